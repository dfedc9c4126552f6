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

from ..model import Claim, Quantity

ROLE_FILES = Path(__file__).with_name("roles")
GENERIC = "people"
# Concepts that count persons: the generic "people" may stand for any of them.
PERSONS = frozenset("dead injured missing people passengers crew children adults arrested suspects soldiers police "
                    "rescuers jobs".split())
WORDS_AFTER, WORDS_BEFORE = 3, 4
MIN_HEAD_LETTERS = 4  # shorter words after a figure are mostly articles and prepositions
PHRASE_BREAK = re.compile(r"[,;:()\[\]“”\"«»]|\s[–—-]\s")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# How sure we are that two figures fill one role (calibrated on comparable_news dev, see
# docs/discrepancies.md): the same specific role word, the same measuring unit, a generic
# count of people on both sides, or one or both roles unknown.
SAME_ROLE = 1.0
SAME_UNIT = 0.8
SAME_SHARE = 0.5  # two percentages: a share of what is rarely said next to the figure
GENERIC_ROLE = 0.6
ONE_ROLE_UNKNOWN = 0.35
BOTH_UNKNOWN = 0.3
CONFIDENT_ROLE = 0.8


@dataclass(frozen=True)
class Role:
    concept: str | None  # "dead", "injured", "people"...; None when no role word is near
    word: str | None  # the word that says so, as written; without a concept, the word after the figure
    lang: str = "en"


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


def quantity_role(quantity: Quantity, claim: Claim) -> Role:
    """The role word nearest the figure in its sentence: after it first, then before it."""
    text, offset = claim.sentence_text, sentence_start(claim)
    start, end = quantity.start - offset, quantity.end - offset
    if not 0 <= start <= end <= len(text):
        return Role(None, None)
    # The figure's own words first: its unit may be a role word ("Drei Personen", "34 people").
    own = [m.group(0) for m in WORD.finditer(text, start, end)]
    # A role word stands in the figure's own phrase: the windows stop at punctuation
    # ("Hortense Jones, 36, a lifelong resident" does not count residents).
    phrase_end = PHRASE_BREAK.search(text, end)
    phrase_start = max((m.end() for m in PHRASE_BREAK.finditer(text, 0, start)), default=0)
    after = [m.group(0) for m in WORD.finditer(text, end, phrase_end.start() if phrase_end else len(text))][:WORDS_AFTER]
    before = [m.group(0) for m in WORD.finditer(text, phrase_start, start)][-WORDS_BEFORE:][::-1]
    for window in (own, after, before):
        found = [(word, concept) for word in window if not (concept := concept_of(word, claim.lang) or "").startswith("@")]
        specific = next(((w, c) for w, c in found if c and c != GENERIC), None)
        generic = next(((w, c) for w, c in found if c == GENERIC), None)
        if specific or generic:
            word, concept = specific or _predicate(text, end, claim) or generic
            return Role(concept, word, claim.lang)
    head = next((word for word in after[:2] if len(word) >= MIN_HEAD_LETTERS), None)
    return Role(None, head, claim.lang)


def _predicate(text: str, end: int, claim: Claim) -> tuple[str, str] | None:
    """A count of people takes its role from the clause: "Drei Personen wurden am Samstag
    verletzt" counts injured. The first specific role word up to the next figure or the clause end."""
    stop = min([q.start - sentence_start(claim) for q in claim.numbers if q.start - sentence_start(claim) >= end]
               + [claim.end - sentence_start(claim)])
    for match in WORD.finditer(text, end, max(end, stop)):
        concept = concept_of(match.group(0), claim.lang)
        if concept and concept != GENERIC and not concept.startswith("@"):
            return match.group(0), concept
    return None


def sentence_start(claim: Claim) -> int:
    """Document offset of the claim's sentence (the claim's text sits inside it)."""
    inside = claim.sentence_text.find(claim.text)
    return claim.start - max(inside, 0)


def role_match(a: Quantity, b: Quantity, role_a: Role, role_b: Role) -> float | None:
    """How sure we are that the two figures fill one role; None when they clearly do not."""
    if role_a.concept and role_b.concept:
        if role_a.concept != role_b.concept:
            # "people" is every count of persons: weakly the same role as "dead" or "injured".
            persons = {role_a.concept, role_b.concept} - {GENERIC} <= PERSONS
            return ONE_ROLE_UNKNOWN if GENERIC in (role_a.concept, role_b.concept) and persons else None
        return GENERIC_ROLE if role_a.concept == GENERIC else SAME_ROLE
    if a.unit and a.unit == b.unit and a.unit != "people":
        return SAME_SHARE if a.unit == "%" else SAME_UNIT
    if not (role_a.concept or role_b.concept) and _same_head(role_a, role_b):
        return SAME_UNIT
    if role_a.concept or role_b.concept:
        return ONE_ROLE_UNKNOWN
    return BOTH_UNKNOWN


def _same_head(a: Role, b: Role) -> bool:
    """The words after the two figures translate alike (dictionary glosses, lemmatised):
    a role no role file lists, read through the translation lexicon."""
    return bool(a.word and b.word and _glosses(a.word, a.lang) & _glosses(b.word, b.lang))


@lru_cache(maxsize=20_000)
def _glosses(word: str, lang: str) -> frozenset[str]:
    from .common import _lemma, _senses

    english = [word] if lang == "en" else [g for g in _senses(word, lang) if " " not in g]
    return frozenset(_lemma(fold(g), "en") for g in english)


def describe_role(role: Role) -> str:
    return f" [{role.concept}: “{role.word}”]" if role.concept else ""
