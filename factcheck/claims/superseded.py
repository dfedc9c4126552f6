"""What a value is doing in its sentence: dating a statement, or standing for an earlier value.

* Time of the statement vs time of the fact: "said on Wednesday", "a décidé mardi" date the
  statement, not what was said; such a time is compared only with another statement time.
* Superseded values: "oorspronkelijk … vandaag … uitgesteld … 30 december", "originally",
  "postponed to", "revised down from 80": the value after an @original word (or before an
  @changed word, "from 80 to 60") is the earlier one, the value after the @changed word the one
  that holds now. A finding on the earlier value says so.

The marker words are per-language data (`roles/<lang>.tsv`, concepts starting with "@"); the
code reads every language the same way. Values are anything with document offsets `start`/`end`
and a `text` (TimeExpr, Quantity).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..claim_memo import per_claim
from ..model import Claim
from .roles import WORD, concept_of, sentence_start

STATEMENT_BEFORE, STATEMENT_AFTER = 2, 1  # "said on Wednesday", "a décidé mardi", "Monday said"
ORIGINAL_REACH = 8  # words from an @original word to the value it marks


@dataclass(frozen=True)
class Superseded:
    value: object  # the earlier value (TimeExpr or Quantity)
    newer: object | None  # the value that replaced it, when the sentence gives one
    original: str | None  # the word that marks it as the original one, as written
    changed: str | None  # the word that says it was changed


def _words(claim: Claim) -> list[tuple[int, int, str]]:
    """(document start, end, word) of every word of the claim's sentence."""
    offset = sentence_start(claim)
    return [(m.start() + offset, m.end() + offset, m.group(0)) for m in WORD.finditer(claim.sentence_text)]


def _marker(word: str, lang: str) -> str | None:
    concept = concept_of(word, lang)
    return concept if concept and concept.startswith("@") else None


def is_statement_time(value, claim: Claim) -> bool:
    """The time dates a statement, not the fact: it stands next to a statement word, it is the
    date of a dateline ("SANTIAGO DE COMPOSTELA, Spain, July 25 The driver…": when the report was
    filed), or it is a "today" / "yesterday" said inside a quotation (the speaker's day, not the
    day the article was published)."""
    known = _statement_times(claim)  # asked for each time it is compared with, in each pair of the claim
    if value not in known:
        known[value] = _dates_a_statement(value, claim)
    return known[value]


@per_claim
def _statement_times(claim: Claim) -> dict:
    return {}


def _dates_a_statement(value, claim: Claim) -> bool:
    words = _words(claim)
    before = [w for s, e, w in words if e <= value.start][-STATEMENT_BEFORE:]
    after = [w for s, e, w in words if s >= value.end][:STATEMENT_AFTER]
    if any(_marker(w, claim.lang) == "@statement" for w in (*before, *after)):
        return True
    start = value.start - sentence_start(claim)
    if not 0 <= start <= len(claim.sentence_text):
        return False
    return bool(DATELINE.fullmatch(claim.sentence_text[:start])) or (
        bool(DEICTIC.match(getattr(value, "anchor", None) or "")) and _quoted(claim.sentence_text, start))


# A dateline: the city in capitals, perhaps its country, then the date ("BRUSSELS, March 22",
# "SANTIAGO DE COMPOSTELA, Spain, July 25").
DATELINE = re.compile(r"\W*[A-ZÀ-Ý]{3,}[A-ZÀ-Ý .'-]*(?:,\s*[A-ZÀ-Ý][^\W\d_]*(?:[ .-]+[A-ZÀ-Ý][^\W\d_]*)*)*,\s*")
# Times counted from the day of writing ("today", "gisteren", "demain"): in a quotation, from the day of speaking.
DEICTIC = re.compile(r"(?:today|tomorrow|yesterday|day[+-]\d|published)")
OPENING_QUOTES, CLOSING_QUOTES = "„“«\"", "“”»\""


def _quoted(sentence: str, start: int) -> bool:
    """Whether the position lies inside a quotation: an opening quote mark before it that no
    closing mark has ended (straight quotes alternate)."""
    inside = False
    for char in sentence[:start]:
        if char == '"':
            inside = not inside
        elif char in OPENING_QUOTES and not inside:
            inside = True
        elif char in CLOSING_QUOTES and inside:
            inside = False
    return inside


def superseded(value, claim: Claim, sentence_values: list) -> Superseded | None:
    """`value` is marked as the earlier one of its sentence, and by which later value if any.

    With an @changed word in the sentence, the values before it are earlier and the first value
    after it the newer one ("vandaag … uitgesteld: op 30 december"); when all values follow it,
    the first is the earlier and the last the newer ("revised down from 80 to 60", "postponed
    from 1 March to 1 May"). An @original word up to `ORIGINAL_REACH` words before a value marks
    it as earlier too ("originally due today")."""
    words = _words(claim)
    kinds = [(s, w, _marker(w, claim.lang)) for s, e, w in words]
    changed = next(((s, w) for s, w, kind in kinds if kind == "@changed"), None)
    before = [w for s, e, w in words if e <= value.start][-ORIGINAL_REACH:]
    original = next((w for w in reversed(before) if _marker(w, claim.lang) == "@original"), None)
    values = sorted({id(v): v for v in (*sentence_values, value)}.values(), key=lambda v: v.start)
    newer = None
    if changed:
        after = [v for v in values if v.start > changed[0]]
        if value.start < changed[0] and after:
            newer = after[0]
        elif len(after) >= 2 and value is after[0]:
            newer = after[-1]
    if newer is None and original:
        newer = next((v for v in values if v.start > value.end), None)
    if newer is None and not original:
        return None
    return Superseded(value, newer, original, changed[1] if changed and newer is not None else None)
