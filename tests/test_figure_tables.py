"""Figures looked up by value (issue 16, review9's "hostile input shapes"): the comparison of a
table of figures grows linearly with it, and pairs off, clashes and anchors exactly as trying
every two figures did."""

import random

import pytest
from hypothesis import given, settings, strategies as st

from factcheck import align_facts
from factcheck.align_facts import FactConfig, _matching_figures, _same
from factcheck.compare import numbers
from factcheck.compare.numbers import AgreeingFigures, _clashes, _number_verdict, _unpaired_quantities
from factcheck.claims.roles import Role
from factcheck.compare.role_match import role_match
from factcheck.model import Quantity

UNITS = [None, "people", "%", "EUR", "km", "mi", "m", "clock", "°", "°C", "°F", "score"]
APPROX = ["exact", "exact", "exact", "about", "more_than", "at_least", "less_than", "at_most", "range"]


@st.composite
def figures(draw, max_size=12):
    """Figures of few values (so that many agree), units of one dimension, clock times with and
    without a half of the day, bounds and ranges."""
    found = []
    units = draw(st.lists(st.sampled_from(UNITS), min_size=1, max_size=3))  # a few a claim, so that they meet
    for at in range(draw(st.integers(0, max_size))):
        value = float(draw(st.sampled_from([0, 1, 7, 9, 10, 12, 47, 50, 100, 105, 297, 300, 510, 540, 545, 1140, 1260])))
        unit, approx = draw(st.sampled_from(units)), draw(st.sampled_from(APPROX))
        low = high = None
        if approx == "about":
            low, high = value * 0.9, value * 1.1
        elif approx in ("more_than", "at_least"):
            low = value
        elif approx in ("less_than", "at_most"):
            high = value
        elif approx == "range":
            low, high = value, value * draw(st.sampled_from([1.0, 1.5, 2.0]))
        text = draw(st.sampled_from(["7.30", "19.30", "9 p.m.", str(int(value))])) if unit == "clock" else str(int(value))
        found.append(Quantity(text, at, at + 1, value, unit, approx, low, high))
    return found


def greedy(left, right):
    """The pairing as it was: each figure of `left` against every unused one of `right`."""
    unused, rest = list(right), []
    for a in left:
        partner = next((b for b in unused if _number_verdict(a, b) == "agree"), None)
        if partner is None:
            rest.append(a)
        else:
            unused.remove(partner)
    return rest, unused


@settings(max_examples=300, deadline=None)
@given(figures(), figures())
def test_pairing_by_value_is_the_greedy_pairing_of_every_two_figures(left, right):
    rest, unused = _unpaired_quantities(left, right)
    expected_rest, expected_unused = greedy(left, right)
    assert [id(q) for q in rest] == [id(q) for q in expected_rest]
    assert [id(q) for q in unused] == [id(q) for q in expected_unused]


@settings(max_examples=200, deadline=None)
@given(figures(), figures(max_size=4))
def test_a_figure_is_stated_when_any_figure_agrees(article, values):
    lookup = AgreeingFigures(article)
    for value in values:
        assert lookup.states(value) == any(_number_verdict(value, q) == "agree" for q in article)


ROLES = [Role(None, None), Role(None, "cars"), Role("dead", "dead"), Role("injured", "injured"), Role("people", "people"),
         Role("people", "passengers", outcome="dead"), Role("dead", "dead", qualifiers=("Accumoli",))]


@settings(max_examples=300, deadline=None)
@given(figures(), figures(), st.data(), st.booleans())
def test_the_clash_shown_is_the_strongest_of_every_two_figures(left, right, data, separately):
    roles = {id(q): data.draw(st.sampled_from(ROLES)) for q in left + right}
    sole = len(left) == len(right) == 1
    everything = []
    for a in left:
        for b in right:
            verdict = _number_verdict(a, b)
            if verdict in ("conflict", "differ"):
                match = role_match(a, b, roles[id(a)], roles[id(b)], separately)
                match = numbers.OTHER_ROLE_HINT if match is None and sole else match
                if match is not None:
                    everything.append((match, verdict == "conflict", a, b))
    found = list(_clashes(left, right, roles, separately, sole))
    strongest = lambda clashes: max(clashes, key=lambda clash: clash[:2])  # noqa: E731 - as check_numbers reads them
    assert bool(found) == bool(everything)
    if everything:
        assert [id(x) if isinstance(x, Quantity) else x for x in strongest(found)] == \
               [id(x) if isinstance(x, Quantity) else x for x in strongest(everything)]


def anchors(quantities):
    return [align_facts.Anchor("number", f"{q.value:g} {q.unit}", 1.0, q.value, q) for q in quantities]


@settings(max_examples=200, deadline=None)
@given(figures(), figures())
def test_figures_anchor_each_other_as_when_compared_pairwise(left, right):
    config = FactConfig()
    left, right = anchors(left), anchors(right)
    expected = {(id(a), id(b)) for a in left for b in right if _same(a, b, config)}
    assert {(id(a), id(b)) for a, b in _matching_figures(left, right, config)} == expected


def table(size: int, seed: int) -> list[Quantity]:
    """A flattened table: figures 1-999, no words (benchmarks/bench_scale.py `table`)."""
    rng = random.Random(seed)
    return [Quantity(str(v), i, i + 1, float(v)) for i, v in enumerate(rng.randint(1, 999) for _ in range(size))]


def verdicts_counted(monkeypatch, work) -> int:
    calls = []
    counted = numbers._number_verdict
    monkeypatch.setattr(numbers, "_number_verdict", lambda a, b: calls.append(1) or counted(a, b))
    work()
    return len(calls)


@pytest.mark.parametrize("work", ["pairing", "lookup", "clashes"])
def test_verdicts_grow_linearly_with_a_table(monkeypatch, work):
    def run(size):
        left, right = table(size, 1), table(size, 2)
        if work == "pairing":
            return lambda: _unpaired_quantities(left, right)
        if work == "lookup":
            lookup = AgreeingFigures(right)
            return lambda: [lookup.states(q) for q in left]
        roles = {id(q): Role(None, None) for q in left + right}
        return lambda: list(_clashes(left, right, roles, False, False))
    for size in (1000, 4000):
        # At most one verdict a figure (the group of its value): every two figures were size² / 2.
        assert 0 < verdicts_counted(monkeypatch, run(size)) <= size


def test_figure_anchors_grow_linearly_with_a_table(monkeypatch):
    config, calls = FactConfig(), []
    same = align_facts._same
    monkeypatch.setattr(align_facts, "_same", lambda a, b, c: calls.append(1) or same(a, b, c))

    def count(size):
        calls.clear()
        list(_matching_figures(anchors(table(size, 1)), anchors(table(size, 2)), config))
        return len(calls)
    for size in (1000, 4000):
        # the figures of the same value only (values 1-999): a few a figure, not `size`
        assert 0 < count(size) <= 5 * size


def grid(units):
    """Every value, bound and range of a few values in `units`, clock times written with and without
    a half of the day: figures close to each other in every way a verdict reads."""
    found = []
    for value in (0, 7, 9, 12, 45, 47, 50, 100, 105, 297, 300, 510, 540, 545, 560, 570, 1140, 1170, 1260):
        for unit in units:
            for approx in APPROX[2:]:
                low = value * 0.9 if approx in ("about", "range", "more_than", "at_least") else None
                high = value * 1.1 if approx in ("about", "range", "less_than", "at_most") else None
                texts = ("7.30", "19.30", "9 p.m.") if unit == "clock" else (str(value),)
                found += [Quantity(text, 0, 1, float(value), unit, approx, low, high) for text in texts]
    return found


@pytest.mark.parametrize("units", [(None, "people"), ("clock",), ("km", "mi", "m"), ("°", "°C", "°F"), ("%", "EUR")])
def test_the_figures_tried_include_every_figure_that_agrees(units):
    figures = grid(units)
    lookup = AgreeingFigures(figures)
    key_of = {id(q): key for key, positions in lookup.groups.items() for q in (figures[i] for i in positions)}
    for a in figures:
        agreeing = {key_of[id(b)] for b in figures if _number_verdict(a, b) == "agree"}
        assert agreeing <= set(lookup._candidates(a)), a
