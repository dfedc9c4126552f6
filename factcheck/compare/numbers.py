"""Numbers: figures outside each other's tolerance."""

from __future__ import annotations

import math

from ..claims.numbers import convertible, interval, quantity_relation
from ..model import (
    Claim,
    Finding,
    Pair,
    Quantity,
)
from .common import Siblings, _evidence, _finding

ONE_SIDED_BOUNDS = ("more_than", "less_than", "at_least", "at_most")


ROUNDING_SLACK = 0.05  # "more than 300" vs "more than 297": the same bound, rounded


def check_numbers(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """Numbers that agree are paired off one to one; what is left on both sides and measures
    the same kind of thing is a changed figure. A number only one side gives is detail."""
    left_rest, right_rest = _unpaired_quantities(left.numbers, right.numbers)
    left_rest = _unpaired_quantities(left_rest, [q for c in siblings.of_left for q in c.numbers])[0]
    right_rest = _unpaired_quantities(right_rest, [q for c in siblings.of_right for q in c.numbers])[0]
    clashes = [(a, b, verdict) for a in left_rest for b in right_rest if (verdict := _number_verdict(a, b)) in ("conflict", "differ")]
    if not clashes:
        return []
    a, b, verdict = min(clashes, key=lambda clash: clash[2] != "conflict")
    severity = "error" if verdict == "conflict" else "warning"
    evidence = _evidence(left, right, "numbers", [_number_value(q) for q in left.numbers], [_number_value(q) for q in right.numbers])
    message = f"number differs: “{a.text}” ({_describe_quantity(a)}) vs “{b.text}” ({_describe_quantity(b)})"
    return [_finding("number_mismatch", severity, left, right, message, evidence)]


def _unpaired_quantities(left: list[Quantity], right: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Greedy one-to-one pairing of agreeing quantities ("6 and 6 Plus" vs "6 and 7 Plus" keeps 6 / 7)."""
    unused = list(right)
    rest = []
    for a in left:
        partner = next((b for b in unused if _number_verdict(a, b) == "agree"), None)
        if partner is None:
            rest.append(a)
        else:
            unused.remove(partner)
    return rest, unused


def _number_verdict(a: Quantity, b: Quantity) -> str:
    """agree | differ (probably another figure) | conflict | unrelated.

    Rounding is tolerated through `interval` ("297" ~ "300"); intervals that only touch do not
    count as overlapping ("14" vs "15"). An exact figure must itself lie in an approximate one
    ("around 9 billion" does not cover "8 billion"), two ranges must share their bounds, and two
    bounds of one kind must be the same bound ("less than 5%" is not "less than 3%"). Converted
    units ("85 mph" / "140 km/h") agree within the conversion tolerance.
    """
    relation = quantity_relation(a, b)
    if relation == "incomparable" or not _units_comparable(a, b):
        return "unrelated"
    if relation == "equal":
        return "agree"
    if convertible(a, b):
        return "agree" if relation == "compatible" else "conflict"
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    if max(a_low, b_low) >= min(a_high, b_high) and not (a_low == a_high == b_low == b_high):
        return "conflict"
    if a.approx == b.approx and a.approx in ONE_SIDED_BOUNDS:
        return "agree" if relation == "compatible" and _values_agree(a.value, b.value) else "differ"
    if a.approx == b.approx == "range":
        return "agree" if _same_bounds(a, b) else "differ"
    exact, approximate = (a, b) if a.approx == "exact" else (b, a)
    if exact.approx == "exact" and approximate.approx != "exact":
        low, high = interval(approximate)
        return "agree" if low <= exact.value <= high else "differ"
    return "agree"


def _units_comparable(a: Quantity, b: Quantity) -> bool:
    """A number with a unit and one without usually measure different things ("85" vs "85,000
    people"), except a count of people, which languages often leave implicit ("17 muertos" =
    "17 people dead", "cinque individui")."""
    if (a.unit is None) == (b.unit is None):
        return True
    return (a.unit or b.unit) == "people"


def _values_agree(x: float, y: float) -> bool:
    return math.isclose(x, y, rel_tol=ROUNDING_SLACK)


def _same_bounds(a: Quantity, b: Quantity) -> bool:
    return math.isclose(a.low or 0, b.low or 0) and math.isclose(a.high or 0, b.high or 0)


def _describe_quantity(q: Quantity) -> str:
    unit = f" {q.unit}" if q.unit else ""
    if q.approx == "range":
        return f"{q.low:g}–{q.high:g}{unit}"
    return f"{q.approx.replace('_', ' ')} {q.value:g}{unit}" if q.approx != "exact" else f"{q.value:g}{unit}"


def _number_value(q: Quantity) -> dict:
    return {"text": q.text, "value": q.value, "unit": q.unit, "approx": q.approx, "low": q.low, "high": q.high}
