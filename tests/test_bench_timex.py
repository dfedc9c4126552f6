"""bench_timex's value-error split: each error judged against the gold's own annotation of the same
construction (no ../shared/data needed: the spans below are made up)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from benchmarks.bench_timex import (SPAN_WAYS, Document, Tally, Timex, construction, one_way_ceiling, span_error_classes,
                                    value_error_classes)


def _timex(text: str, value: str, kind: str = "DATE") -> Timex:
    return Timex(0, len(text), kind, value, text)


def test_construction_generalises_names_counts_and_years():
    assert construction("Last week") == construction("last week") == "last week"
    assert construction("Thursday night") == construction("Sunday night") == "weekday night"
    assert construction("about three years ago") == construction("two years ago") == "n years ago"
    assert construction("Nov. 6, 1989") == construction("March 30, 2004") == "month n, year"
    assert construction("the decade") == "decade"  # "dec" of "decade" is no month
    assert construction("this week") != construction("next week")


def _row(rows: list[str], name_start: str) -> list[str]:
    row = next(r for r in rows if r.startswith(f"| {name_start}"))
    return [cell.strip() for cell in row.strip("|").split("|")]


def test_value_errors_split_into_reading_two_way_and_one_way_conventions():
    right_week = (_timex("last week", "2004-W11"), _timex("last week", "2004-W11"))
    open_week = (_timex("last week", "2004-WXX"), _timex("last week", "2004-W12"))  # our shape is gold elsewhere
    other_day = (_timex("Friday", "2004-03-12"), _timex("Friday", "2004-03-19"))  # same shape, another day
    month_ago = (_timex("two months ago", "2004-01"), _timex("two months ago", "2004-01-15"))  # never a day in gold
    matches = [right_week, open_week, other_day, month_ago]
    errors = [("value", "doc", gold, ours) for gold, ours in (open_week, other_day, month_ago)]
    errors.append(("missed", "doc", _timex("now", "PRESENT_REF"), None))  # not a value error
    overall = Tally(gold=5, system=4, relaxed=4, relaxed_system=4, value=1)  # relaxed F1 8/9
    rows, one_way = value_error_classes(errors, matches, overall)
    assert one_way == Counter({SPAN_WAYS[1]: 1})  # "two months ago" is matched once in all
    assert _row(rows, "gold leaves a part open")[1:] == ["1", "0", "1", "0"]
    assert _row(rows, "which weekday")[1:] == ["1", "1", "0", "0"]
    assert _row(rows, "granularity")[1:] == ["1", "0", "0", "1"]
    assert _row(rows, "all")[1:] == ["3", "1", "1", "1"]
    assert rows[-1].endswith("value F1 to 0.4444 at most.")  # (1 + 1) / 4 correct x relaxed F1 8/9


def _document(name: str, text: str, gold: list[tuple[str, str, str]]) -> Document:
    """A made-up document whose gold spans are the first uses of the given wordings."""
    spans = []
    for wording, kind, value in gold:
        start = text.index(wording)
        spans.append(Timex(start, start + len(wording), kind, value, wording))
    return Document(name, date(2004, 3, 19), text, spans)


def test_spans_on_one_side_split_by_what_the_gold_does_with_the_same_wording():
    docs = [_document("a", "It is now clear. Rates rose for years. The week ended. Sales in the week fell.",
                      [("now", "DATE", "PRESENT_REF"), ("The week", "DATE", "2004-WXX")]),
            _document("b", "Shares now trade. Costs rose for years and a decade.", [])]
    week_missed = docs[0].gold[1]
    week_later = Timex(docs[0].text.index("the week"), docs[0].text.index("the week") + 8, "DATE", "2004-WXX", "the week")
    docs[0].gold.append(week_later)  # the gold tags "the week" in both its uses
    now_spurious = Timex(6, 9, "DATE", "PRESENT_REF", "now")  # one tagged use of "now" in a, one untagged in b
    years = docs[1].text.index("years")
    years_spurious = Timex(years, years + 5, "DURATION", "PXY", "years")  # "years" never tagged (two uses)
    decade = docs[1].text.index("a decade")
    decade_spurious = Timex(decade, decade + 8, "DURATION", "P10Y", "a decade")  # used once, untagged
    errors = [("missed", "a", week_missed, None), ("spurious", "b", now_spurious, None),
              ("spurious", "b", years_spurious, None), ("spurious", "b", decade_spurious, None),
              ("value", "a", week_missed, week_missed)]  # not a span error
    rows, ways = span_error_classes(errors, docs)
    assert ways == Counter({("missed", SPAN_WAYS[2]): 1, ("spurious", SPAN_WAYS[0]): 1,
                            ("spurious", SPAN_WAYS[1]): 1, ("spurious", SPAN_WAYS[2]): 1})
    assert _row(rows, "all")[1:] == ["1: 0 / 0 / 1", "3: 1 / 1 / 1"]
    assert _row(rows, "reference word")[1:] == ["0: 0 / 0 / 0", "1: 1 / 0 / 0"]


def test_one_way_ceiling_adds_found_spans_and_drops_spurious_ones():
    overall = Tally(gold=10, system=10, value=5)  # value F1 0.5
    spans = Counter({("missed", SPAN_WAYS[1]): 1, ("missed", SPAN_WAYS[2]): 1, ("spurious", SPAN_WAYS[1]): 2,
                     ("missed", SPAN_WAYS[0]): 5})
    values = Counter({SPAN_WAYS[1]: 1, SPAN_WAYS[2]: 1})
    line = one_way_ceiling(overall, values, spans)[0]
    assert "with the wordings used once: +2 values, +2 spans found, -2 spans dropped -> 0.9000" in line  # 2 x 9 / 20
    assert "without them: +1 values, +1 spans found, -0 spans dropped -> 0.6667" in line  # 2 x 7 / 21
