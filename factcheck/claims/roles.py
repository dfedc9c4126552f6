"""Roles of figures: what a number counts, so that only figures of one role are compared.

Separately written articles give many figures side by side ("250 morti e 365 feriti", "some 460
aftershocks", "150 personas a bordo"); a figure is compared only with a figure of the same role.
The role is the unit when the figure has one (km, EUR, %), else the role word next to it: the
nearest word after the figure (up to three words: "34 people were killed"), or before it ("the
death toll rose to 247"), looked up in the language's role file (`roles/<lang>.tsv`: concept, then
words; a trailing `*` matches any ending). A specific concept (dead, injured, passengers) wins
over the generic "people" in the same window. The code is the same for every language: a new
language is a new file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..claim_memo import per_claim
from ..model import Claim, Quantity
from .facets import demonym_country, looks_like_name

ROLE_FILES = Path(__file__).with_name("roles")
GENERIC = "people"
AGE = "age of "  # concept prefix: "age of jones"
# Concepts that count persons: the generic "people" may stand for any of them.
PERSONS = frozenset("dead injured missing people passengers crew children adults arrested suspects soldiers police "
                    "rescuers jobs".split())
# What happened to the persons counted: the verb before a count of people says it ("killed 31
# people"); a noun before it does not ("puesto" is a post, not "jobs").
OUTCOMES = frozenset("dead injured missing arrested".split())
WORDS_AFTER, WORDS_BEFORE = 3, 4
PART_WORDS = 3  # a part-of-whole marker right before or after the figure ("dont dix", "tres de ellos")
PART = "part of "  # concept prefix: "part of injured"
UNNAMED = "a count"  # "part of a count": a subset whose role is not next to it
MIN_HEAD_LETTERS = 4  # shorter words after a figure are mostly articles and prepositions
# Punctuation ends a phrase, and so does a sentence end the segmenter left inside a claim
# ("… limitado a 80. Iban a bordo 218 pasajeros": the 80 counts no passengers).
SENTENCE_END = re.compile(r"[.!?](?=\s+[¿¡]?[A-ZÀ-Ý])")
PHRASE_BREAK = re.compile(rf"[,;:()\[\]“”\"«»]|\s[–—-]\s|{SENTENCE_END.pattern}")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class Role:
    concept: str | None  # "dead", "injured", "people"...; None when no role word is near
    word: str | None  # the word that says so, as written; without a concept, the word after the figure
    lang: str = "en"
    outcome: str | None = None  # what happened to a group counted ("22 Kinder starben": dead)
    qualifiers: tuple[str, ...] = ()  # which subgroup: a place or people named with it ("ad Accumoli", "Lommelse")


@lru_cache(maxsize=None)
def role_words(lang: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(exact word -> concept, (prefix, concept) pairs) of one language; empty when no file."""
    path = ROLE_FILES / f"{lang}.tsv"
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    if not path.exists():
        return exact, ()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, _, words = line.partition("\t")
        for word in words.split():
            if word.endswith("*"):
                prefixes.append((word[:-1], concept))
            else:
                exact.setdefault(word, concept)
    return exact, tuple(sorted(prefixes, key=lambda p: -len(p[0])))


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=20_000)
def concept_of(word: str, lang: str) -> str | None:
    exact, prefixes = role_words(lang)
    folded = fold(word)
    if folded in exact:
        return exact[folded]
    return next((concept for prefix, concept in prefixes if folded.startswith(prefix)), None)


# Roles asked again and again for the same figure (each of a claim's pairs, the fact links, the
# siblings): read once. Bounded, so a long batch does not keep every story's figures: ~450 bytes an
# entry, and a story of 1,000 articles has ~25,000 figures.
_ROLE_MEMO: dict[tuple, Role] = {}
ROLE_MEMO_SIZE = 50_000


def quantity_role(quantity: Quantity, claim: Claim) -> Role:
    """The role word nearest the figure in its sentence: after it first, then before it."""
    known = _roles_read(claim)  # the claim's own figures, asked once per pair and link it is in
    role = known.get(quantity)
    if role is None:
        role = known[quantity] = _remembered_role(quantity, claim)
    return role


@per_claim
def _roles_read(claim: Claim) -> dict[Quantity, Role]:
    return {}


def _remembered_role(quantity: Quantity, claim: Claim) -> Role:
    # Everything the reading looks at: the figure, the claim's place in its sentence, its language
    # and its other figures (a noun right after another figure is that figure's).
    key = (quantity, claim.lang, claim.start, claim.end, claim.sentence_text, claim.text, _figure_spans(claim))
    role = _ROLE_MEMO.get(key)
    if role is None:
        if len(_ROLE_MEMO) >= ROLE_MEMO_SIZE:
            _ROLE_MEMO.clear()
        role = _ROLE_MEMO[key] = _read_quantity_role(quantity, claim)
    return role


@per_claim
def _figure_spans(claim: Claim) -> tuple[tuple[int, int], ...]:
    # One tuple shared by the keys of all a claim's figures: one each made the memo grow with
    # the square of a claim's figures (a table flattened into a sentence: 16 MB a claim).
    return tuple((q.start, q.end) for q in claim.numbers)


def _read_quantity_role(quantity: Quantity, claim: Claim) -> Role:
    text, offset = claim.sentence_text, sentence_start(claim)
    start, end = quantity.start - offset, quantity.end - offset
    if not 0 <= start <= end <= len(text):
        return Role(None, None)
    person = _apposed_person(text, start, end, quantity, claim.lang)
    if person:
        return Role(f"{AGE}{fold(person)}", person, claim.lang)
    # The figure's own words first: its unit may be a role word ("Drei Personen", "34 people").
    own = [m.group(0) for m in WORD.finditer(text, start, end)]
    if quantity.ordinal:  # an ordinal's own sign may say what it orders: Italian "all'84'" is a minute
        own.append(quantity.text.lstrip("0123456789"))
    # A role word stands in the figure's own phrase: the windows stop at punctuation
    # ("Hortense Jones, 36, a lifelong resident" does not count residents).
    phrase_end = PHRASE_BREAK.search(text, end)
    phrase_start = max((m.end() for m in PHRASE_BREAK.finditer(text, 0, start)), default=0)
    words_after = [m.group(0) for m in WORD.finditer(text, end, phrase_end.start() if phrase_end else len(text))]
    after = _without_attributes(words_after, claim.lang)[:WORDS_AFTER]
    words_before = [m.group(0) for m in WORD.finditer(text, phrase_start, start)]
    before = words_before[-WORDS_BEFORE:][::-1]
    if after and words_after[0] != after[0] and concept_of(after[0], claim.lang) is None:
        # "vier erwachsene Betreuer": a noun no role file knows, so a group of its own; the verb of
        # its phrase says only what happened to it ("starben").
        outcome = _predicate(text, end, claim, OUTCOMES) or _person_role(words_before[::-1], claim.lang, OUTCOMES)
        return Role(None, after[0], claim.lang, outcome[1] if outcome else None)
    # A count can be part of a larger count; a measure ("40 % of the votes", "3 km of road") is not.
    part = _part_of_whole(before[:PART_WORDS], after[:PART_WORDS], claim.lang) if quantity.unit in (None, "people") else ""
    # "auch ihre zwei Busfahrer": a noun of its own right after the figure is what it counts, so a
    # word before it says at most what happened to them ("starben"), never another group ("Kindern").
    own_noun = bool(after) and len(after[0]) >= MIN_HEAD_LETTERS and concept_of(after[0], claim.lang) is None
    for window in (own, after, [w for w in before if concept_of(w, claim.lang) in OUTCOMES] if own_noun else before):
        specific, generic = _role_words(window, claim.lang)
        if specific or generic:
            # "killed at least 31 people and injured more than 220": a count of people takes the
            # role of the verb before it in its phrase, else of the clause after it.
            word, concept = specific or _person_role(before, claim.lang, OUTCOMES) or _predicate(text, end, claim) or generic
            return Role(part + concept, word, claim.lang, _outcome(concept, before, text, end, claim),
                        _qualifiers(after, word, claim.lang))
    # "unos 600 alemanes y 150 españoles": a people named right after the figure is what it counts,
    # a part of whatever the sentence counts (passengers), one count per people: never the whole
    # count of its sentence's subject ("Entre los pasajeros …"), nor a count of another people.
    people = demonym_country(after[0], claim.lang) if own_noun else None
    if people:
        return Role(PART + GENERIC, after[0], claim.lang, qualifiers=(fold(people),))
    # "Le scosse registrate finora ... sono 640": the counted thing is the subject of its phrase,
    # or of the sentence when the figure ends its clause ("Le scosse ... tra Lazio, Umbria e Marche sono 640.").
    sentence_begin = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    subject = _role_words(_words_of_no_figure(text, sentence_begin if not after else phrase_start, start, claim), claim.lang)[0]
    if subject:
        return Role(part + subject[1], subject[0], claim.lang, _outcome(subject[1], before, text, end, claim))
    head = next((word for word in after[:2] if len(word) >= MIN_HEAD_LETTERS), None)
    # "drei von ihnen schwer": a part of a count named elsewhere in the sentence.
    return Role(PART + UNNAMED if part else None, head, claim.lang)


def _without_attributes(words: list[str], lang: str) -> list[str]:
    """"vier erwachsene Betreuer", "six adult Britons": a lower-case role word right before a
    capitalised one (a German noun, elsewhere a name) qualifies it, so the noun is what the figure
    counts. An outcome stays ("drei verletzte Personen" counts injured)."""
    return [word for word, following in zip(words, [*words[1:], ""])
            if not (word[:1].islower() and following[:1].isupper() and _is_group(concept_of(word, lang)))]


def _is_group(concept: str | None) -> bool:
    """A role word that names who or what is counted: not an outcome, not a marker ("a Visso")."""
    return bool(concept) and concept not in OUTCOMES and not concept.startswith("@")


def _words_of_no_figure(text: str, begin: int, end: int, claim: Claim) -> list[str]:
    """The words of text[begin:end] but the noun right after another figure, which is that
    figure's ("El convoy, de 13 vagones, … limitado a 80": 80 counts no carriages)."""
    taken = {word for figure_end, word in _words_after_figures(claim) if begin <= figure_end < end and word < end}
    return [m.group(0) for m in WORD.finditer(text, begin, end) if m.start() not in taken]


@per_claim
def _words_after_figures(claim: Claim) -> tuple[tuple[int, int], ...]:
    """(end of each figure, start of the first word after it), in sentence offsets: read once per
    claim, not once per figure (a sentence of 500 figures and no words searched 250,000 times)."""
    text, offset = claim.sentence_text, sentence_start(claim)
    return tuple((q.end - offset, match.start()) for q in claim.numbers
                 for match in [WORD.search(text, q.end - offset)] if match)


QUALIFIER_STEM = 5  # "Lommelse" / "Lommel", "Accumoli" / "Accumoli": a name and its adjective share a stem


def _qualifiers(after: list[str], role_word: str, lang: str) -> tuple[str, ...]:
    """Which subgroup a count counts, read from the figure's phrase after it: a capitalised word
    before its role word ("Zeven Lommelse kinderen", "16 German teenagers") or a place after an
    @in word ("Undici morti ad Accumoli", "86 deaths in Amatrice"). Folded stems, so that a place
    and its adjective match across languages. A capital that is no name is not a subgroup: German
    writes every noun so, the counted noun ("37 Fahrgäste wurden verletzt") and the event after
    @in ("Sechs Beamte bei Unruhen verletzt") alike (`facets.looks_like_name`)."""
    found = []
    window = after[:after.index(role_word)] if role_word in after else []
    found += [w for w in window if _name_like(w, lang)]
    for previous, word in zip(after, after[1:]):
        if concept_of(previous, lang) == "@in" and _name_like(word, lang):
            found.append(word)
    return tuple(dict.fromkeys(fold(w)[:QUALIFIER_STEM] for w in found))


def _name_like(word: str, lang: str) -> bool:
    """Capitalised and read as a name where it stands (a German common noun is not)."""
    return word[:1].isupper() and looks_like_name(word, lang)


def _role_words(window: list[str], lang: str) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """The first specific and the first generic role word of a window, as (word, concept)."""
    found = [(word, concept) for word in window if not (concept := concept_of(word, lang) or "").startswith("@")]
    specific = next(((w, c) for w, c in found if c and c != GENERIC), None)
    generic = next(((w, c) for w, c in found if c == GENERIC), None)
    return specific, generic


def _person_role(window: list[str], lang: str, roles: frozenset[str] = PERSONS - {GENERIC}) -> tuple[str, str] | None:
    """A role of persons in the window ("killed", "injured"), not of things ("in der Straßenbahn")."""
    return next(((word, concept) for word in window if (concept := concept_of(word, lang)) in roles), None)


def _part_of_whole(before: list[str], after: list[str], lang: str) -> str:
    """"32 blessés, dont dix blessés graves", "28 Menschen, darunter 22 Kinder", "drei von ihnen
    schwer", "86 of the deaths": a figure marked as part of a larger count (@part words near it,
    a partitive @part_of word right after it) counts a subset, compared only with another such
    part, never with the whole."""
    marked = any(concept_of(word, lang) == "@part" for word in (*before, *_before_role_word(after, lang)))
    return PART if marked or (after and concept_of(after[0], lang) == "@part_of") else ""


def _before_role_word(after: list[str], lang: str) -> list[str]:
    """The words after a figure up to its own role word: a @part word after that word lists the
    parts of the figure's count ("80 morts dont des enfants" counts all the dead), not the other way round."""
    for index, word in enumerate(after):
        concept = concept_of(word, lang)
        if concept and not concept.startswith("@"):
            return after[:index]
    return after


# "Hortense Jones, 59," / "Hortense Jones (59)" / "Hortense Jones, 59 anni,": the age of that person.
APPOSED_NAME = re.compile(r"(?<=[^\W\d_])\s+(?P<name>[A-ZÀ-Ý][^\W\d_]+)\s*[,(]\s*$")
AFTER_AGE = re.compile(r"\s*(?:[^\W\d_]+\s*)?(?:[,)]|$)")
MAX_AGE = 120


def _apposed_person(text: str, start: int, end: int, quantity: Quantity, lang: str) -> str | None:
    """The surname a bare figure stands next to as an apposition: the figure is an age, and ages
    are compared per person. Not the first word of a sentence ("However, 36 people...")."""
    if quantity.approx != "exact" or not 0 < quantity.value <= MAX_AGE or quantity.value != int(quantity.value):
        return None
    name = APPOSED_NAME.search(text, 0, start)
    if not name or not AFTER_AGE.match(text, end):
        return None
    word = re.match(r"\s*([^\W\d_]+)", text[end:])
    if word and concept_of(word.group(1), lang) not in (None, "years"):
        return None  # "Jones, 36 people": a count, not an age
    return name.group("name")


def _outcome(concept: str, before: list[str], text: str, end: int, claim: Claim) -> str | None:
    """What happened to a group a figure counts (children, passengers, adults): the outcome
    word of its clause after it, else before it in its phrase ("Dort starben … 22 Kindern",
    "three children remain in critical condition"). Two counts of one group with different
    outcomes are two counts."""
    if concept in OUTCOMES or concept not in PERSONS - {GENERIC}:
        return None
    found = _predicate(text, end, claim, OUTCOMES) or _person_role(before, claim.lang, OUTCOMES)
    return found[1] if found else None


def _predicate(text: str, end: int, claim: Claim, roles: frozenset[str] = PERSONS - {GENERIC}) -> tuple[str, str] | None:
    """A count of people takes its role from the clause: "Drei Personen wurden am Samstag
    verletzt" counts injured. The first specific role word up to the next figure or the clause end."""
    offset = sentence_start(claim)
    # "Decenas de pasajeros (78, según el último conteo oficial) murieron": an aside in brackets
    # neither ends the clause nor says what happened.
    asides = [match.span() for match in ASIDE.finditer(text, end)]
    stop = min([q.start - offset for q in claim.numbers if q.start - offset >= end and not _inside(q.start - offset, asides)]
               + [claim.end - offset])
    words = [match.group(0) for match in WORD.finditer(text, end, max(end, stop)) if not _inside(match.start(), asides)]
    # Persons only: "247 people on board, ... as carriages jack-knifed" counts no carriages.
    return _person_role(words, claim.lang, roles)


ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def sentence_start(claim: Claim) -> int:
    """Document offset of the claim's sentence (the claim's text sits inside it)."""
    inside = claim.sentence_text.find(claim.text)
    return claim.start - max(inside, 0)

