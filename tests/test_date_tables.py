"""Dates looked up by interval and key (datetables9, the guide's "every stage near-linear"): two
tables of dates pair off, clash and anchor exactly as trying every two dates did, with work that
grows with the table, not with its square."""

import random
from datetime import date

from hypothesis import given, settings, strategies as st

from factcheck import align_facts
from factcheck.align_facts import Anchor, FactConfig, _matching_keys, _same
from factcheck.compare import times
from factcheck.compare.times import TIME_AGREEMENT, _strongest_clash, _time_relation, _unpaired_times
from factcheck.model import TimeExpr


def _day(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


BASE = date(2019, 3, 1).toordinal()


@st.composite
def time_lists(draw, max_size=10):
    """Dates of a few days, weeks, months and years (so that many are equal, overlap or hold one
    another), with anchored, unresolved and clock-time readings among them."""
    found = []
    for at in range(draw(st.integers(0, max_size))):
        kind = draw(st.sampled_from(["day", "day", "day", "span", "month", "year", "weekday", "date", "today",
                                     "unresolved", "time"]))
        first = BASE + draw(st.integers(0, 40))
        last = first + (draw(st.sampled_from([0, 1, 6, 30])) if kind == "span" else 0)
        anchor, value = None, _day(first)
        if kind == "month":
            first, last = date(2019, 3, 1).toordinal(), date(2019, 3, 31).toordinal()
            value = "2019-03"
        elif kind == "year":
            first, last = date(2019, 1, 1).toordinal(), date(2019, 12, 31).toordinal()
            value = "2019"
        elif kind == "weekday":
            anchor = f"weekday:{date.fromordinal(first).weekday()}"
        elif kind == "date":
            anchor = f"date:{_day(first)[5:]}"
        elif kind == "today":
            anchor = "today"
        earliest, latest = _day(first), _day(last)
        if kind == "unresolved":
            value = earliest = latest = None
            anchor = draw(st.sampled_from(["today", "weekday:2", "date:03-05", "-2d"]))
        time_type = "TIME" if kind == "time" else "DATE"
        found.append(TimeExpr(f"t{at}", at, at + 1, value, "day", anchor is not None, earliest, latest, anchor, time_type))
    return found


def greedy(left, right):
    """The pairing as it was: each time against every unused time of the other side, equal first."""
    left_rest, right_rest = list(left), list(right)
    for accepted in (("equal",), TIME_AGREEMENT):
        for a in list(left_rest):
            partner = next((b for b in right_rest if _time_relation(a, b) in accepted), None)
            if partner is not None:
                left_rest.remove(a)
                right_rest.remove(partner)
    return left_rest, right_rest


@settings(max_examples=400, deadline=None)
@given(time_lists(), time_lists())
def test_pairing_by_interval_is_the_greedy_pairing_of_every_two_times(left, right):
    assert _unpaired_times(left, right) == greedy(left, right)


def _table(count: int, seed: int, parity: int = 0) -> list[TimeExpr]:
    """Distinct days over 15 years, odd or even (two tables of another parity share none)."""
    days = [BASE + 2 * day + parity for day in random.Random(seed).sample(range(15 * 180), count)]
    return [TimeExpr(_day(d), i, i + 1, _day(d), "day", False, _day(d), _day(d)) for i, d in enumerate(days)]


def test_two_tables_of_dates_pair_off_without_comparing_every_two(monkeypatch):
    calls = []
    monkeypatch.setattr(times, "_time_relation", lambda a, b: calls.append(1) or _time_relation(a, b))
    left = _table(300, 1)
    right = _table(300, 2, parity=1) + left[:50]  # 50 equal dates among them
    left_rest, right_rest = _unpaired_times(left, right)
    assert not calls  # dates written with their year relate by interval: no pairwise verdict
    assert len(left_rest) == 250 and len(right_rest) == 300
    assert (left_rest, right_rest) == greedy(left, right)


def test_the_clash_search_ends_at_the_first_clash_nothing_can_beat():
    drawn = []
    left, right = _table(100, 3), _table(100, 4)
    clashes = ((a, b, _time_relation(a, b), False) for a in left for b in right if drawn.append(1) is None)
    clash = _strongest_clash(c for c in clashes if c[2] not in TIME_AGREEMENT)
    every = [(a, b, _time_relation(a, b), False) for a in left for b in right if _time_relation(a, b) not in TIME_AGREEMENT]
    assert clash == min(every, key=lambda c: (c[3], c[2] != "disjoint", c[0].granularity != c[1].granularity))
    assert len(drawn) < 10


def test_a_weaker_clash_first_is_passed_over_for_a_stronger_one():
    a, b, c = _table(3, 5)
    weak = (a, b, "unknown", False)
    mixed = (a, c, "disjoint", True)
    strong = (b, c, "disjoint", False)
    assert _strongest_clash(iter([mixed, weak, strong, weak])) == strong
    assert _strongest_clash(iter([mixed, weak])) == weak
    assert _strongest_clash(iter([])) is None


CONFIG = FactConfig()


@st.composite
def date_anchors(draw, max_size=10):
    keys = ["2019", "2019-03", "2019-03-05", "2019-03-12", "2019-04", "2019-04-03", "2020", "2020-03-05", "2019-W10"]
    return [Anchor(draw(st.sampled_from(["date", "date", "role"])), draw(st.sampled_from(keys)), 1.0,
                   explicit=draw(st.booleans())) for _ in range(draw(st.integers(0, max_size)))]


@settings(max_examples=300, deadline=None)
@given(date_anchors(), date_anchors())
def test_dates_anchor_by_key_as_by_every_two(left, right):
    found = list(_matching_keys(left, right, CONFIG))
    every = [(a, b) for a in left for b in right if b.kind == a.kind and _same(a, b, CONFIG)]
    assert sorted(found, key=repr) == sorted(every, key=repr)


def test_a_table_of_dates_anchors_without_comparing_every_two(monkeypatch):
    calls = []
    monkeypatch.setattr(align_facts, "_same", lambda a, b, config: calls.append(1) or _same(a, b, config))
    left = [Anchor("date", _day(BASE + 7 * i), 1.0) for i in range(500)]
    right = [Anchor("date", _day(BASE + 5 * i), 1.0) for i in range(500)] + [Anchor("date", "2019", 1.0)]
    found = list(_matching_keys(left, right, CONFIG))
    assert len(found) == len({a.key for a in left} & {b.key for b in right}) + sum(a.key.startswith("2019") for a in left)
    assert len(calls) < 3 * len(left)
