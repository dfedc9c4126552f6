"""Figures that are part of a name: designations ("Apollo 11", "Boeing 737", "Airbus A320", "G20",
"MH17", "COVID-19", "Route 66", "Ligue 1").

Such a figure counts nothing: it names a thing together with the word before it. When both claims of a
pair name one thing with a figure ("Apollo 11" / "Apollo 12"), `compare/names.py` compares the two as
names and `compare/numbers.py` leaves those figures out (never compared by role as a count). Where only
one side reads a designation (the other language writes it otherwise), its figure stays a quantity, as
before: dropping it there left the other side's figure to pair with another count.

Two forms, the same for every language:
- letters in capitals joined to the figure, or by a hyphen: "G20", "MH17", "A320", "F-16", "COVID-19"
  (a currency code is no name: "EUR12");
- a capitalised word of three letters or more that reads as a name (`facets`: in German not a common
  noun, "die Nummer 101", which other languages write in lower case), a space or a hyphen, then the
  figure: "Apollo 11", "Boeing-737", "Covid-19". Not when the word opens the sentence and the dictionary
  knows it ("Vorige 12", "About 12"), is a month or weekday ("March 12"), follows a place preposition
  ("In Texas 12 …": a count in a place; per-language words below), or is an English function word; not
  when a unit, scale or duration word follows the figure ("Texas 12 miles", "Gaza 300 people", "Church 18
  years ago"), nor in a title-case headline (every word of four letters or more capitalised: "Toll Soars
  Above 800"), nor for a figure before a dash or beside a score ("44-year-old", "Ayr 38 - Melrose 17").
  In languages where a name may directly precede a count inside a clause (Dutch and German put the verb
  last: "dat Shell 300 banen schrapt", "dass Siemens 300 Stellen streicht"), the figure must end its
  phrase there (punctuation, the end, or in German a word in lower case).

A four-digit year after a name ("Paris 2024", "Euro 2024") is left to the time reader: it is a year
there, and no designation here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.claims import number_rules as R

# A place preposition before the capitalised word makes it a place, and the figure a count there
# ("In Gaza 300 …", "à Paris 12 …"). A name after it is rarely followed by its designation figure.
PLACE_PREPOSITIONS = {
    "en": "in|at|near",
    "nl": "in|te|bij",
    "de": "in|im|bei",
    "fr": "à|en|près de",
    "es": "en",
    "it": "a|in",
}
# What may follow the figure of "Word N" for it to be a designation, per language; the default
# takes any word but a unit or scale (checked apart).
PHRASE_END_AFTER = {
    "nl": r"(?=\s*(?:[^\w\s'’-]|$))",
    "de": r"(?=\s*(?:[^\w\s'’-]|$|[a-zäöüß]))",
}

ACRONYM_FIGURE = re.compile(r"(?<![\w.,$€£-])(?P<name>[A-Z]{1,5})-?(?P<figure>\d{1,4})(?P<tail>[a-z]{0,3})(?![\w'’%-]|[.,:]\d)")
WORD_FIGURE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})[ \u00a0-](?P<figure>\d{1,4})(?P<tail>[a-z]{0,3})"
    r"(?![\w'’%]|[.,:]\d|\s?[-–/:])")
YEAR = re.compile(r"1[89]\d\d|20\d\d")


@dataclass(frozen=True)
class Designation:
    text: str  # as written ("Apollo 11", "F-16")
    name: str  # the name word as written ("Apollo", "G", "MH")
    figure: str  # the figure with its letters ("11", "320", "17")
    start: int  # of the whole designation
    end: int
    figure_start: int

    @property
    def key(self) -> str:
        """What two articles must share to name the same thing: the name word, case aside."""
        return self.name.casefold()


def in_claim(claim_text: str, sentence: str, lang: str) -> list[Designation]:
    """The designations of a claim, read in its whole sentence (where a sentence starts matters)."""
    offset = sentence.find(claim_text)
    if offset < 0:
        return designations(claim_text, lang)
    return [d for d in designations(sentence, lang) if offset <= d.start and d.end <= offset + len(claim_text)]


def designations(text: str, lang: str) -> list[Designation]:
    """The designations in a sentence, in text order."""
    return list(_designations(text, lang)) if DIGIT.search(text) else []


# Both patterns need one: a sentence without finds none. (One C scan: a Python test per character ran
# over each sentence once per claim and pair, ~3 % of a batch.)
DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def _designations(text: str, lang: str) -> tuple[Designation, ...]:
    """(Each claim of a sentence, and each pair it is in, reads the same sentence.)"""
    found = [_designation(m) for m in ACRONYM_FIGURE.finditer(text) if m.group("name") not in R.CURRENCIES]
    if not _title_case(text):  # in a title-case headline every word is capitalised ("Toll Soars Above 800")
        found += [_designation(m) for m in WORD_FIGURE.finditer(text) if _names_a_thing(m, text, lang)]
    return tuple(sorted(found, key=lambda d: d.start))


def _designation(match: re.Match) -> Designation:
    figure = match.group("figure") + match.group("tail")
    return Designation(match.group(0), match.group("name"), figure, match.start(), match.end(), match.start("figure"))


def _names_a_thing(match: re.Match, text: str, lang: str) -> bool:
    from factcheck.claims.facets import _known_word, is_sentence_start, looks_like_name

    word = match.group("name")
    if not looks_like_name(word, lang) or YEAR.fullmatch(match.group("figure")):
        return False  # a month or weekday ("March 12"), a German common noun ("die Nummer 101")
    if is_sentence_start(text, match.start()) and _known_word(word, lang):
        return False
    if _english_function_word(word, lang) or _score_before(text, match.start()):
        return False  # a title-case headline ("Toll Soars Above 800"), a score ("Ayr 38 - Melrose 17")
    lower = text.lower()
    if R.quantity_follows(lower, match.end(), lang) or _time_unit_after(lang).match(lower, match.end()):
        return False  # a count, a measure or a duration ("Church 18 years ago")
    if _place_before(lang).search(text, 0, match.start()):
        return False
    ending = PHRASE_END_AFTER.get(lang)
    return ending is None or re.match(ending, text[match.end():]) is not None


def _title_case(text: str) -> bool:
    words = LONG_WORD.findall(text)
    return len(words) >= 3 and all(word[0].isupper() for word in words)


LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _english_function_word(word: str, lang: str) -> bool:
    from factcheck.translate.english_words import ENGLISH_STOPWORDS

    return lang == "en" and word.lower() in ENGLISH_STOPWORDS


SCORE_BEFORE = re.compile(r"\d\s?[-–:]\s?$")


def _score_before(text: str, start: int) -> bool:
    return SCORE_BEFORE.search(text, max(0, start - 4), start) is not None


def _time_unit_after(lang: str) -> re.Pattern:
    from factcheck.claims._time_patterns import _time_unit_after as unit_after

    return unit_after(lang)


@lru_cache(maxsize=None)
def _place_before(lang: str) -> re.Pattern:
    words = PLACE_PREPOSITIONS.get(lang)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w'’])(?:{words})\s+$", re.IGNORECASE)
