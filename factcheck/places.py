"""Country and region names in each language, from the Unicode CLDR data (extracted from Babel at
build time by scripts/build_territories.py into factcheck/data/territories.tsv.gz, 11 KB, so that
the install does not carry Babel's 35 MB of locale data).

The word lexicon translates "Países Bajos" word by word ("countries low") and knows few
country names; CLDR names every territory in every language ("Países Bajos", "Paesi Bassi",
"Niederlande" -> "Netherlands"), so a translated country name is recognised as the same name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

TERRITORIES = Path(__file__).resolve().parent / "data" / "territories.tsv.gz"
ALIASES = Path(__file__).resolve().parent / "data" / "territory_aliases.tsv"
DEMONYMS = Path(__file__).resolve().parent / "data" / "demonyms.tsv"
MAX_TERRITORY_WORDS = 4  # "Territoire britannique de l'océan Indien" is the longest one worth finding
# Case endings a territory name takes in running text ("Großbritanniens", "des Irans"); English
# "Britain's" splits at the apostrophe.
CASE_ENDINGS = {"de": ("es", "s")}
TERRITORY_WORD = re.compile(r"(?:[A-Z]{1,2}\.\s?){2,}|\w+(?:-\w+)*")  # "EE. UU.", "U.S.", "Groot-Brittannië"


def english_place_name(name: str, lang: str) -> str | None:
    """The English CLDR name of the territory `name` names in `lang`, or None."""
    if lang == "en":
        return None
    return _territories(lang).get(_fold(name))


def _territories(lang: str) -> dict[str, str]:
    return _tables(lang)[0]


@lru_cache(maxsize=None)
def _tables(lang: str) -> tuple[dict[str, str], ...]:
    """`lang`'s folded CLDR names, its names and aliases, and its acronyms (-> English name)."""
    return tuple(_kept("territory-tables", lang, lambda: _made_tables(lang)))


def _kept(kind: str, lang: str, make: Callable[[], object]):
    """`make()`, made from the data files once and kept in the cache directory under the files'
    sizes and times and this module's source: reading and folding every language's names cost
    each run ~2.5 ms, ~2.5 ms more for the English ones of `_one_word_countries`, and ~0.8 ms a
    language for `_name_beginnings`. One file per kind, language and version of the sources: a run
    reads only its languages' tables, and a new version's files replace the old ones. (One file per
    kind, read whole for each language, held every language and every version made in the cache
    directory: a seed compare read 0.46 MB for its two languages, a batch 1.4 MB, growing with each
    version.)"""
    sources = _sources_key()
    if sources is None:  # not files on disk (a zip): made in every run
        return make()
    from .cachefile import kept

    return kept(f"{kind}-{lang}-{sources[0]}", sources[1:], make, family=f"{kind}-{lang}-*.marshal")


@lru_cache(maxsize=1)
def _sources_key() -> tuple | None:
    """A digest of this module's source and the data files' sizes and times (what names a kept
    file), then the source's hash and those sizes and times themselves, once a run (None: not on disk)."""
    try:
        sources = (hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16],
                   *((stat.st_size, stat.st_mtime_ns) for stat in map(Path.stat, (TERRITORIES, ALIASES))))
    except OSError:
        return None
    return hashlib.sha256(repr(sources).encode()).hexdigest()[:12], *sources


def _made_tables(lang: str) -> tuple[dict[str, str], ...]:
    local = {_fold(local): english for name_lang, local, english in _territory_rows() if name_lang == lang}
    names = {_fold(english): english for _, _, english in _territory_rows()} if lang == "en" else dict(local)
    names.update((_fold(alias), english) for alias_lang, alias, english in _alias_rows()
                 if alias_lang == lang and not _acronym_alias(alias))
    acronyms = {_letters(alias): english for alias_lang, alias, english in _alias_rows()
                if alias_lang == lang and _acronym_alias(alias)}
    return local, names, acronyms


@lru_cache(maxsize=1)  # read once, whichever language asks first
def _territory_rows() -> tuple[tuple[str, str, str], ...]:
    import gzip  # only to make what `_kept` keeps

    with gzip.open(TERRITORIES, "rt", encoding="utf-8") as handle:
        return tuple(tuple(line.rstrip("\n").split("\t")) for line in handle if line.strip())


@lru_cache(maxsize=100_000)  # the English names repeat once per language; runs of words recur
def _fold(text: str) -> str:
    if text.isascii():  # most words: nothing to decompose, and casefold is lower (same result, no scan per character)
        return " ".join(text.lower().replace("-", " ").split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ").split())


def territory(name: str, lang: str) -> str | None:
    """The English CLDR name of the territory `name` names in `lang` (English included), by its
    CLDR name or an everyday alias ("VS", "EE. UU.", "Britain", "Großbritanniens"), or None."""
    _, names, acronyms = _tables(lang)
    return _territory_named(name, names, acronyms, CASE_ENDINGS.get(lang, ()))


def _territory_named(name: str, names: dict[str, str], acronyms: dict[str, str], endings: tuple[str, ...]) -> str | None:
    # Acronyms match only written in capitals, with or without dots ("EE. UU.", "U.S."): `_letters`.
    for form in (name, *(name[: -len(end)] for end in endings if name.endswith(end))):
        found = names.get(_fold(form)) or acronyms.get(_letters(form))
        if found:
            return found
    return None


@lru_cache(maxsize=100_000)
def territories_in(text: str, lang: str) -> frozenset[str]:
    """Every territory a run of up to MAX_TERRITORY_WORDS words of `text` names."""
    spans = [match.span() for match in TERRITORY_WORD.finditer(text)]
    # the tables looked up once per text, not once per run (~50,000 runs in the 246-article batch)
    _, names, acronyms = _tables(lang)
    endings = CASE_ENDINGS.get(lang, ())
    found = set()
    for i, (start, first_end) in enumerate(spans):
        may_be_named = _may_open_a_name(text, start, first_end, lang, endings)
        for _, end in spans[i:i + MAX_TERRITORY_WORDS]:
            run = text[start:end].strip()
            if (may_be_named or run.isupper()) and (place := _territory_named(run, names, acronyms, endings)):
                found.add(place)
    return frozenset(found)


def _may_open_a_name(text: str, start: int, end: int, lang: str, endings: tuple[str, ...]) -> bool:
    """Can a run of words that opens with the word text[start:end] fold to a name of `lang`'s
    table? `_fold` works character by character, then evens out spaces, so the run's fold begins
    with the word's: a name begins so, followed by a space or nothing where the word ends at a
    space, a hyphen or the text's end. A one-word run may also be a name once a case ending is
    cut off. Most runs of a sentence fail this and skip folding (an acronym is still looked up:
    it is read in capitals)."""
    word, after = text[start:end], text[end:end + 1]
    at_a_space = not after or after.isspace() or after == "-" or word[-1:].isspace()
    whole_words, any_letters = _name_beginnings(lang)
    word = word.strip()
    return (_fold(word) in (whole_words if at_a_space else any_letters)
            or any(word.endswith(ending) and _fold(word[:-len(ending)]) in whole_words for ending in endings))


@lru_cache(maxsize=None)
def _name_beginnings(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """How the folded names of `lang`'s table begin: the empty string, their runs of whole words
    (the whole name included), and every run of their characters."""
    return tuple(_kept("territory-name-beginnings", lang, lambda: _made_name_beginnings(lang)))


def _made_name_beginnings(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    names = _tables(lang)[1]
    whole_words = {name[:i] for name in names for i in range(len(name) + 1) if i in (0, len(name)) or name[i] == " "}
    return frozenset(whole_words), frozenset(name[:i] for name in names for i in range(len(name) + 1))


def _acronym_alias(alias: str) -> bool:
    return alias.replace(" ", "").isupper() and len(alias.replace(" ", "")) <= 5


def _letters(text: str) -> str:
    # Spaces and dots are uncased, so the letters are all capitals exactly when the text's are:
    # most runs of words ("Trump said") are told apart without building the string.
    return re.sub(r"[\s.]", "", text) if text.isupper() else ""


@lru_cache(maxsize=1)  # read once, whichever language asks first
def _alias_rows() -> tuple[tuple[str, str, str], ...]:
    lines = ALIASES.read_text(encoding="utf-8").splitlines()
    return tuple(tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#"))


# English endings of a people's name after the country's stem ("Chin|ese", "Belgi|an", "Pakistan|i").
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "ic", "i")
# CLDR regions named in one word: a continent is no nationality ("European" / "Asian").
REGIONS = frozenset("world africa oceania americas caribbean australasia melanesia polynesia asia europe eurozone".split())


@lru_cache(maxsize=20_000)
def country_of_demonym(word: str) -> str | None:
    """The English CLDR name of the country an English demonym names ("Chinese" -> China, "Belgian"
    -> Belgium, "Dutch" -> Netherlands), or None. Derived: the word less an ending is the start of
    a one-word country name, missing at most two of its letters ("Roman" is no Romanian); the
    longest such stem wins ("Nigerian" -> Nigeria, not Niger). Irregular ones from data/demonyms.tsv.
    A plural names the people as its singular does ("Italians", "Danes": the people a figure counts)."""
    folded = _fold(word)
    if folded in _one_word_countries():
        return None  # the country's own name ("Jordan", "Sudan", "Bahamas") is no demonym
    found = _country_of_singular_demonym(folded)
    if found is None and folded.endswith("s"):
        found = _country_of_singular_demonym(folded[:-1])
    return found


def _country_of_singular_demonym(folded: str) -> str | None:
    if folded in _one_word_countries():
        return None
    if folded in _irregular_demonyms():
        return _irregular_demonyms()[folded]
    found = None
    for ending in DEMONYM_ENDINGS:
        stem = folded.removesuffix(ending)
        if stem == folded or len(stem) < 3:
            continue
        for name, english in _one_word_countries().items():
            if name.startswith(stem) and len(stem) >= len(name) - 2 and (found is None or len(stem) > found[0]):
                found = (len(stem), english)
    return found[1] if found else None


def country_named(name: str, lang: str) -> str | None:
    """As `territory`, but a country only: a region ("world", "Europe") names no one's nationality."""
    found = territory(name, lang)
    return found if found and _fold(found) not in REGIONS else None


@lru_cache(maxsize=1)
def _one_word_countries() -> dict[str, str]:
    return _kept("territory-one-word-countries", "en", _made_one_word_countries)


def _made_one_word_countries() -> dict[str, str]:
    names = {_fold(english): english for _, _, english in _territory_rows()}
    return {name: english for name, english in names.items() if " " not in name and name not in REGIONS}


@lru_cache(maxsize=1)
def _irregular_demonyms() -> dict[str, str]:
    lines = DEMONYMS.read_text(encoding="utf-8").splitlines()
    return dict(tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#"))
