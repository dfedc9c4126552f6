"""Time expressions in news text, normalised against the publication date.

`extract_times(text, lang, published)` finds dates, partial dates, deictic days, weekdays,
relative periods, end/begin/middle-of-period phrases and years in en/nl/de/fr/es/it and returns
`TimeExpr` objects; `time_relation(a, b)` compares two of them.

Design (see docs/times-and-numbers.md):
* One ordered list of regex rules, built per language from the tables in `_time_rules.py`.
  Rules run most specific first; a span claimed by an earlier rule is never re-read.
* Speed: a rule reads only the lines that contain a word it needs (a month, a digit...),
  found by one case-free scan per word class; no expression crosses a line break.
* Every rule produces a `_Meaning`: either fixed dates, or a function of the publication date
  plus a language-neutral `anchor`. Without a publication date relative expressions keep
  `value=None` and only their anchor - the machine clock is never consulted.
* dateparser is not needed for the rules here (it misses every end-of-period phrase and has
  false positives such as "we" -> Wednesday); it is loaded lazily only by the benchmark.

Resolution rules (news conventions):
* partial dates ("30 december", "in juli") take the publication year;
* a bare weekday ("the company said Monday") is the most recent such day on or before the
  publication date (0-6 days back), because news reports mostly in the past tense;
  "this Friday" = Friday of this week, "last Friday" = most recent Friday before publication,
  "next Friday" / "coming Friday" = first Friday after publication, "Friday next week" = Friday
  of next week; `compare` matches a bare weekday against another weekday by name;
* end of year = December, beginning = January, middle = June-July; end of month = day 21 to
  the last day, beginning = 1-10, middle = 11-20; end of week = Friday-Sunday.
* "the next day" and its kin count from the last resolved day earlier in the text; without one
  they guess from publication, marked "@published", and `time_relation` calls such a guess unknown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from factcheck.claims import _time_rules as R
from factcheck.claims._time_meanings import Lines, Meaning, OutsideCalendar, fold, lowered, shifted, to_expr
from factcheck.claims._time_patterns import WORD_START_CLASSES, build_rules, word_classes
from factcheck.model import TimeExpr


# ---------------------------------------------------------------------------------------------
# Public API


def extract_times(text: str, lang: str, published: date | None = None) -> list[TimeExpr]:
    """All time expressions in `text`, non-overlapping, in text order."""
    if lang not in R.LANGS:
        return []
    taken: list[tuple[int, int]] = []
    found: list[tuple[TimeExpr, Meaning]] = []
    folded = fold(text)  # same length, so spans found in it index `text`
    lines = Lines(folded)
    lines_with = _lines_with_word_classes(lang, folded, lines)
    for rule in build_rules(lang):
        readable = set().union(*(lines_with[name] for name in rule.needs)) if rule.needs else lines.every
        windows = lines.spans(readable)
        for start, end, meaning in _rule_matches(rule, folded, text, taken, windows):
            expr = to_expr(text, start, end, meaning, published)
            if expr:
                taken.append((start, end))
                found.append((expr, meaning))
    found.sort(key=lambda pair: pair[0].start)
    return _anchor_anaphora(found)


def _anchor_anaphora(found: list[tuple[TimeExpr, Meaning]]) -> list[TimeExpr]:
    """"He was arrested on 3 May and charged the next day": an anaphoric day counts from the
    last resolved day before it in the same text (an anaphor anchored this way can anchor the
    next one). Without one it keeps its publication-date fallback, anchored "...@published"."""
    result: list[TimeExpr] = []
    previous_day: date | None = None
    for expr, meaning in found:
        if meaning.anaphoric is not None and previous_day is not None:
            try:
                day = shifted(previous_day, days=meaning.anaphoric).isoformat()
            except OutsideCalendar:
                day = None
            expr = replace(expr, value=day, earliest=day, latest=day, anchor=f"day{meaning.anaphoric:+d}@previous")
        if expr.granularity == "day" and expr.value and not _fallback(expr):
            previous_day = date.fromisoformat(expr.value)
        result.append(expr)
    return result


def _fallback(expr: TimeExpr) -> bool:
    """An anaphoric day resolved against publication only for want of an antecedent."""
    return bool(expr.anchor and expr.anchor.endswith("@published"))


def _lines_with_word_classes(lang: str, folded: str, lines: Lines) -> dict[str, set[int]]:
    """For each word class (see Rule.needs), the lines that contain a word of it: a rule only
    reads those lines, as each of its matches contains such a word."""
    lower = lowered(folded)
    return {name: lines.containing(trigger, lower, word_start=name in WORD_START_CLASSES)
            for name, trigger in word_classes(lang).items()}


def _rule_matches(rule, folded: str, text: str, taken: list[tuple[int, int]], windows: list[tuple[int, int]]):
    """Accepted matches of one rule within the given line spans. After a rejected match the
    search resumes one character later (not after the match), so "ga twee oktober" rejected
    as a two-word day number still finds "twee oktober". Patterns run on the accent-folded
    text; `interpret` also gets the original, for number words ("tweeëntwintig") that
    text2num needs spelled correctly."""
    for position, line_end in windows:
        while (match := rule.pattern.search(folded, position, line_end)) is not None:
            start, end = rule.span(match)
            free = not any(start < t_end and t_start < end for t_start, t_end in taken)
            meaning = rule.interpret(match, text) if free else None
            if meaning is None:
                position = match.start() + 1
                continue
            yield start, end, meaning
            position = match.end()


def time_relation(a: TimeExpr, b: TimeExpr) -> str:
    """equal | contains (a contains b) | within (a within b) | overlap | disjoint | unknown.

    Resolved expressions are compared by their closed [earliest, latest] intervals. When either
    is unresolved (no publication date), only identical anchors can be called "equal"; anything
    else is "unknown" - the caller reports it as unverifiable, never as agreeing.
    """
    if _fallback(a) or _fallback(b):
        return "unknown"  # "the next day" without its antecedent: a guess, never evidence
    if a.earliest and a.latest and b.earliest and b.latest:
        a1, a2, b1, b2 = a.earliest, a.latest, b.earliest, b.latest  # ISO strings sort as dates
        if (a1, a2) == (b1, b2):
            return "equal"
        if a2 < b1 or b2 < a1:
            return "disjoint"
        if a1 <= b1 and b2 <= a2:
            return "contains"
        if b1 <= a1 and a2 <= b2:
            return "within"
        return "overlap"
    if a.anchor and a.anchor == b.anchor and a.value is None and b.value is None:
        return "equal"
    return "unknown"
