"""Attribution: who said it.

Two claims' speakers are compared only when both claims name one (`claims/clauses.py` reads "X said
(that) …", "…, said X, role", "according to X" in six languages). A speaker described more or less
specifically ("the police" / "police spokesman X", "Chief Operating Officer Marty Beard" / "Marty Beard
van het bedrijf") is the same speaker; a difference is a warning only when both speakers are named
people, or both are described by words that translate to nothing alike (a firefighters' spokesman
against a health minister). An outlet or agency ("selon l'AFP", "meldt hun persbureau"), a vague
source ("the authorities") and a pronoun ("It said") are compared at most as a note: two outlets
citing two agencies usually report one statement (docs/discrepancies.md, "Who said it").
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from ..translate.english_words import ENGLISH_STOPWORDS
from ..claims import DETERMINER
from ..model import (
    Attribution,
    Claim,
    Finding,
    Pair,
)
from ..translate.english_words import common_english_words
from .common import (
    Siblings,
    _cognate,
    _confident_one_to_one,
    _evidence,
    _finding,
    _lemma,
    _senses,
    written_separately,
)
from .names import _acronym, _same_name, one_body_acronyms, spelled_otherwise

# An outlet or agency a claim is credited to: stems found inside a word ("Nachrichtenagentur"), per
# language, and agency names, the same in every language.
OUTLET_STEMS = {
    "en": "agency newspaper website broadcaster", "nl": "persbureau agentschap krant omroep website",
    "de": "agentur zeitung sender website", "fr": "agence journal site quotidien",
    "es": "agencia diario periódico cadena sitio", "it": "agenzia giornale quotidiano emittente sito",
}
AGENCIES = frozenset("afp reuters ap ansa efe dpa belga apa anp sda ats amaq site".split())
# Sources too vague, or too generic, to name one body, read in English (foreign words through every
# dictionary sense): "the authorities", "het bedrijf" (the company).
VAGUE_NATIVE = {
    "en": "authorities officials sources", "nl": "autoriteiten instanties bronnen functionarissen",
    "de": "behörden quellen beamte", "fr": "autorités sources responsables", "es": "autoridades fuentes funcionarios",
    "it": "autorità fonti funzionari",
}
VAGUE_WORDS = frozenset("authorities official officials source sources media report reports statement people"
                        " someone company firm group".split())
# A pronoun names no one ("It also said …"); per language, lower case.
PRONOUNS = {
    "en": "it he she they we i", "nl": "het hij zij ze wij we ik men", "de": "es er sie wir ich man",
    "fr": "il elle ils elles on nous je", "es": "él ella ellos ellas nosotros yo",
    "it": "lui lei loro noi io esso essa",
}
DESCRIBED_APART = 0.8  # two speakers described by words that translate to nothing alike
NAME_IN_SENTENCE = 90  # rapidfuzz partial ratio: the name, up to a letter or an inflection
SHORT_NAME = 3  # up to this length a name is looked for as a whole word (a partial ratio finds it inside words)
OTHER_SOURCE = 0.3  # an outlet or a vague source: a note


def check_attribution(left: Claim, right: Claim, pair: Pair, _siblings: Siblings) -> list[Finding]:
    a, b = left.attribution, right.attribution
    if not a or not b or _pronoun(a, left.lang) or _pronoun(b, right.lang):
        return []
    name_a, name_b = _person_name(a, left.lang), _person_name(b, right.lang)
    if _same_name(a.source, b.source) or (name_a and name_b and _same_person(name_a, name_b)):
        return _described_differently(left, right, a, b, written_separately(pair)) + _name_spelled_otherwise(
            left, right, pair, name_a, name_b)
    if name_a and name_b and _surname_otherwise(name_a, name_b) and not _described_apart(
            _common_forms(a.role or "", left.lang), _common_forms(b.role or "", right.lang)):
        return _named_otherwise(left, right, pair, name_a, name_b)
    evidence = _evidence(left, right, "attribution", _source_text(a), _source_text(b))
    speakers = f"“{_source_text(a)}” vs “{_source_text(b)}”"
    if _outlet(a, left.lang) or _outlet(b, right.lang):
        message = f"credited to other sources: {speakers} (an outlet or agency; both may report one statement)"
        return [_finding("attribution_mismatch", "info", left, right, message, evidence, confidence=OTHER_SOURCE)]
    if name_a and name_b and not _named_in(name_a, right) and not _named_in(name_b, left) and not _one_body(name_a, name_b):
        # Between translations only whole partners: in a bead that joins two sentences each may have its speaker.
        whole = written_separately(pair) or _confident_one_to_one(pair)
        return [_finding("attribution_mismatch", "warning" if whole else "info", left, right, f"attributed to {speakers}", evidence)]
    words_a, words_b = _description(a, left.lang), _description(b, right.lang)
    if not words_a or not words_b or _alike(words_a, words_b):
        return []  # one speaker described more or less specifically ("the police" / "police spokesman X")
    if not written_separately(pair):
        return []  # between translations a description the dictionary renders otherwise is no other speaker
    if _described_apart(words_a, words_b) and not _vague(a, left.lang) and not _vague(b, right.lang):
        message = f"attributed to different speakers: {speakers} (their descriptions share no word)"
        return [_finding("attribution_mismatch", "warning", left, right, message, evidence, confidence=DESCRIBED_APART)]
    message = f"credited to other sources: {speakers} (one of them too vague to tell)"
    return [_finding("attribution_mismatch", "info", left, right, message, evidence, confidence=OTHER_SOURCE)]


def _vague(attribution: Attribution, lang: str) -> bool:
    words = re.findall(r"\w+", f"{attribution.source} {attribution.role or ''}".lower())
    return bool(set(words) & set(VAGUE_NATIVE.get(lang, "").split()))


def _described_apart(words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """Two descriptions that both say what the speaker is, and share no word in any sense: a firefighters'
    spokesman and a health minister; "the police" and "police spokesman X" are one speaker."""
    return bool(words_a and words_b) and not (words_a | words_b) & VAGUE_WORDS and not _alike(words_a, words_b)


def _described_differently(left: Claim, right: Claim, a: Attribution, b: Attribution, separately: bool) -> list[Finding]:
    if not a.role or not b.role or a.role.lower() == b.role.lower():
        return []  # a bare name ("Beard said") is the same speaker told with less detail: nothing differs
    evidence = _evidence(left, right, "attribution", _source_text(a), _source_text(b))
    speakers = f"“{_source_text(a)}” vs “{_source_text(b)}”"
    roles = _common_forms(a.role or "", left.lang), _common_forms(b.role or "", right.lang)
    if separately and _described_apart(*roles):
        # "directrice générale" vs "chief operating officer", "vom Innenministerium" vs "chief public
        # prosecutor": one person given two titles that share no word.
        message = f"the same speaker is given another title: {speakers}"
        return [_finding("attribution_mismatch", "warning", left, right, message, evidence, confidence=DESCRIBED_APART)]
    # "Chief Operating Officer Marty Beard" vs "Marty Beard van het bedrijf": the same
    # speaker described differently is missing detail, not a conflict.
    message = f"the speaker is described differently: {speakers}"
    return [_finding("attribution_mismatch", "info", left, right, message, evidence)]


def _name_spelled_otherwise(left: Claim, right: Claim, pair: Pair, name_a: str | None, name_b: str | None) -> list[Finding]:
    """One speaker, two spellings of the given name that no transliteration explains ("Rutker" /
    "Rutger" Jeuken): a name finding, since one article names the person wrongly. Between
    translations only on whole partners, as for two speakers."""
    given = spelled_otherwise(name_a, name_b) if name_a and name_b else None
    if given is None:
        return []
    message = (f"the same speaker's name is spelled two ways: “{name_a}” vs “{name_b}” (“{given[0]}” / “{given[1]}”: "
               "letters no transliteration accounts for, so one article likely misspells it)")
    return _speaker_named_wrongly(left, right, pair, (name_a, name_b), given, message)


def _speaker_named_wrongly(left: Claim, right: Claim, pair: Pair, names: tuple[str, str], differing: tuple[str, str],
                           message: str) -> list[Finding]:
    """One speaker named two ways, one article naming the person wrongly: a name finding, a warning
    between separately written articles or whole partners, a note between other translations."""
    evidence = _evidence(left, right, "entities", [names[0]], [names[1]], differing=list(differing), speaker=True)
    whole = written_separately(pair) or _confident_one_to_one(pair)
    return [_finding("entity_mismatch", "warning" if whole else "info", left, right, message, evidence, confidence=DESCRIBED_APART)]


def _surname_otherwise(name_a: str, name_b: str) -> bool:
    """"Christophe Lambert" / "Christophe Laurent", "Amanda Ortiz" / "Amanda Ortega": two names of as
    many words, the first (the given name) the same, the last another."""
    words_a, words_b = name_a.split(), name_b.split()
    return (len(words_a) >= 2 and len(words_a) == len(words_b) and words_a[0].lower() == words_b[0].lower()
            and not _same_name(words_a[-1], words_b[-1]))


def _named_otherwise(left: Claim, right: Claim, pair: Pair, name_a: str, name_b: str) -> list[Finding]:
    """One speaker (one given name, titles that do not differ) with two surnames: one article names the
    person wrongly, a name finding as for a misspelt given name (`_name_spelled_otherwise`); two people
    sharing a given name and a title in one statement are rare. Between translations only on whole partners."""
    surnames = name_a.split()[-1], name_b.split()[-1]
    message = (f"the speaker has the same given name but another surname: “{name_a}” vs “{name_b}” (the same "
               "speaker named two ways, or two people sharing a given name and a title)")
    return _speaker_named_wrongly(left, right, pair, (name_a, name_b), surnames, message)


def _pronoun(attribution: Attribution, lang: str) -> bool:
    return attribution.source.lower() in PRONOUNS.get(lang, "").split()


def _person_name(attribution: Attribution, lang: str) -> str | None:
    """The name that ends a speaker ("City manager Pep Guardiola", "Der mazedonische Präsident Glenn
    Middleton", "John Chen"): capitalised words no dictionary knows as common words; "the police",
    "The Brussels transport authority" end with none."""
    words = attribution.source.split()
    if _named_apart_from_description(attribution, words, lang):
        return attribution.source
    name: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if not word[:1].isupper() or DETERMINER.fullmatch(word):
            break
        if _known_word(word, lang) and not _surname_after_given_name(words, index, lang):
            break
        name.insert(0, word)
    return " ".join(name) or None


NAME_WORDS = (2, 4)  # a person's name set apart from its description: "María Jesús Robles"


def _named_apart_from_description(attribution: Attribution, words: list[str], lang: str) -> bool:
    """A speaker the reader set apart from a description ("la consejera de Agricultura, María Jesús
    Robles", "La directora financiera, Marta Iglesias"), of two to four capitalised words, in a language
    that capitalises only names inside a phrase: a person's name, even where the dictionary knows its
    words ("Jesús", "robles": oaks; "marta": marten; "iglesias": churches)."""
    return (lang in NAMES_ONLY_CAPITALISED and bool(attribution.role) and NAME_WORDS[0] <= len(words) <= NAME_WORDS[1]
            and all(word[:1].isupper() and not DETERMINER.fullmatch(word) for word in words))


# Languages that capitalise only names inside a phrase: there a capitalised word after another one is
# a name's second word whatever the dictionary says ("Luis Ortega": ortega, a bird; "Marta Iglesias").
# Not German (every noun) nor English (titles and bodies: "the Home Office").
NAMES_ONLY_CAPITALISED = frozenset("nl fr es it".split())


def _surname_after_given_name(words: list[str], index: int, lang: str) -> bool:
    """The word at `index` follows a capitalised word of the speaker that no dictionary knows (a
    given name, "Luis"): the two are one name, the second a surname the dictionary also knows."""
    if lang not in NAMES_ONLY_CAPITALISED or index == 0:
        return False
    before = words[index - 1]
    return before[:1].isupper() and not DETERMINER.fullmatch(before) and not _known_word(before, lang)


def _one_body(name_a: str, name_b: str) -> bool:
    """Two acronyms of one body in two languages ("la SNCB" / "de NMBS"): `one_body_acronyms`."""
    acronym_a, acronym_b = _acronym(name_a), _acronym(name_b)
    return bool(acronym_a and acronym_b and one_body_acronyms(acronym_a, acronym_b))


def _known_word(word: str, lang: str) -> bool:
    bare = word.strip(".,'’").lower()
    return bool(_senses(bare, lang)) if lang != "en" else bare in common_english_words()


def _same_person(a: str, b: str) -> bool:
    """"Donald Trump" / "Trump": two names of one person end alike."""
    return _same_name(a, b) or _same_name(a.split()[-1], b.split()[-1])


def _named_in(name: str, other: Claim) -> bool:
    """The speaker's name stands in the other sentence: one speaker read differently on the two sides
    (a title taken for the speaker, the name kept inside the clause). A short name must stand as a
    word: "PP" is not named in "approve"."""
    if len(name) <= SHORT_NAME:
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", other.sentence_text, re.IGNORECASE) is not None
    return fuzz.partial_ratio(name.lower(), other.sentence_text.lower()) >= NAME_IN_SENTENCE


def _outlet(attribution: Attribution, lang: str) -> bool:
    words = re.findall(r"\w+", f"{attribution.source} {attribution.role or ''}".lower())
    stems = OUTLET_STEMS.get(lang, "").split()
    return any(word in AGENCIES or any(stem in word for stem in stems) for word in words)


def _description(attribution: Attribution, lang: str) -> frozenset[str]:
    """The common words that say what the speaker is ("porte-parole des pompiers" -> spokesman,
    fireman), in English; names and places are left out (they qualify, they do not describe)."""
    return _common_forms(f"{attribution.source} {attribution.role or ''}", lang)


def _common_forms(text: str, lang: str) -> frozenset[str]:
    words = text.split()
    return _english_forms(" ".join(w for i, w in enumerate(words) if _common(w, lang, first=i == 0)), lang)


def _common(word: str, lang: str, first: bool) -> bool:
    """A word of the language's dictionary, not a name: German capitalises its nouns, and any language
    the first word of a sentence ("Police said …")."""
    if not word[:1].isupper():
        return True
    known = bool(_senses(word, lang)) or (lang == "en" and word.lower() in common_english_words())
    return known and (first or lang == "de")


@lru_cache(maxsize=20_000)
def _english_forms(text: str, lang: str) -> frozenset[str]:
    forms = set()
    for word in re.findall(r"[^\W\d_][\w'-]*", text.lower()):
        if DETERMINER.fullmatch(word) or _function_word(word, lang):
            continue
        for form in (word, _lemma(word, lang), *_senses(word, lang)):
            forms.update(w for w in re.findall(r"[a-z]+", form.lower()) if len(w) >= 3 and w not in ENGLISH_STOPWORDS)
    return frozenset(forms)


def _function_word(word: str, lang: str) -> bool:
    """A word every dictionary sense of which is made of function words ("del" -> of the, "vom" ->
    from the): it says nothing of what the speaker is ("el Instituto Geofísico del Perú")."""
    senses = _senses(word, lang) if lang != "en" else ()
    return bool(senses) and all(w in ENGLISH_STOPWORDS for sense in senses for w in sense.lower().split())


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) or any(_cognate(x, y) for x in a for y in b)


def _source_text(attribution) -> str:
    """As the article wrote it: a title goes before the name ("Chief Operating Officer Marty
    Beard"), a lowercase phrase after it ("Marty Beard van het bedrijf")."""
    if not attribution.role:
        return attribution.source
    if attribution.role[:1].islower():
        return f"{attribution.source} {attribution.role}"
    return f"{attribution.role} {attribution.source}"
