"""bench_timex's value-error split: each error judged against the gold's own annotation of the same
construction (no ../shared/data needed: the spans below are made up)."""

from __future__ import annotations

from benchmarks.bench_timex import Tally, Timex, construction, value_error_classes


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
    rows = value_error_classes(errors, matches, overall)
    assert _row(rows, "gold leaves a part open")[1:] == ["1", "0", "1", "0"]
    assert _row(rows, "which weekday")[1:] == ["1", "1", "0", "0"]
    assert _row(rows, "granularity")[1:] == ["1", "0", "0", "1"]
    assert _row(rows, "all")[1:] == ["3", "1", "1", "1"]
    assert rows[-1].endswith("value F1 to 0.4444 at most.")  # (1 + 1) / 4 correct x relaxed F1 8/9
