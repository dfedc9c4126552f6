"""Two roundings of one converted measure: translators of an article that gives "85 mph", "30
yards" or "650 pounds" each convert and round it their own way ("136 km/h" / "135 km/h", "27
Meter" / "30 mètres", "295 kg" / "300 kg"), so two translations disagree in the same metric unit
though neither changed the fact (NTREX, two at a time: the largest class of number alarms)."""

from __future__ import annotations

import math

from ..claims import number_rules as R
from ..claims.numbers import rounding_step
from ..model import Quantity, readable_number

# A figure precise enough to be a conversion: its last digit is at most this share of it
# ("321", "2,5", "1,3"); "300" or "30" are round figures, which explain any conversion.
PRECISE_SHARE = 0.08
# How far a rounded figure may lie from the converted value: its own rounding step, at most
# this share of the value ("30 Meter" for 27.4, "300 kg" for 294.8; not "300 km" for 338), or of
# a small value, which whole figures round coarsely ("casi dos kilómetros" for 1.6, "2 cm" for 2.54).
ROUNDED_SHARE = 0.10
SMALL_ROUNDED_SHARE = 0.25
SMALL = 10
OPPOSITE_BOUNDS = ({"more_than", "at_least"}, {"less_than", "at_most"})


def one_converted_measure(a: Quantity, b: Quantity) -> str | None:
    """How two figures in one metric unit may render one round customary figure ("85 mph =
    136.8 km/h"), or None. Each differing figure pair needs one precise figure (`PRECISE_SHARE`)
    and the other, each within its rounding of the conversion; bounds of opposite
    directions ("up to 25" / "more than 25") are a difference whatever the figures."""
    if a.unit != b.unit or a.unit not in R.IMPERIAL_SOURCES or _opposite(a, b):
        return None
    pairs = list(zip(_figures(a), _figures(b)))
    if not pairs or len(_figures(a)) != len(_figures(b)):
        return None
    sources = []
    for x, y in pairs:
        if math.isclose(x, y):
            continue
        source = _common_source(x, y, a.unit)
        if source is None:
            return None
        sources.append(source)
    return ", ".join(sources) or None


def _opposite(a: Quantity, b: Quantity) -> bool:
    return any(a.approx in one and b.approx in other for one, other in (OPPOSITE_BOUNDS, OPPOSITE_BOUNDS[::-1]))


def _figures(q: Quantity) -> tuple[float, ...]:
    if q.approx == "range" and q.low is not None and q.high is not None:
        return (q.low, q.high)
    return (q.value,)


def _common_source(x: float, y: float, unit: str) -> str | None:
    for source, base in R.IMPERIAL_SOURCES[unit]:
        factor = None if base is None else base / R.CONVERSIONS[unit][1]  # metric units per customary one
        for precise, rounded in ((x, y), (y, x)):
            if rounding_step(precise) > PRECISE_SHARE * abs(precise):
                continue
            figure = _round_customary(_to_customary(precise, factor))
            value = _from_customary(figure, factor)
            if abs(precise - value) <= _rounding(precise) and abs(rounded - value) <= min(_rounding(rounded), _share(rounded) * abs(value)):
                return f"{readable_number(figure)} {source} = {shown_figure(value)} {unit}"
    return None


def _share(rounded: float) -> float:
    return SMALL_ROUNDED_SHARE if abs(rounded) < SMALL else ROUNDED_SHARE


def _to_customary(value: float, factor: float | None) -> float:
    return value * 9 / 5 + 32 if factor is None else value / factor  # None: °C from °F


def _from_customary(value: float, factor: float | None) -> float:
    return (value - 32) * 5 / 9 if factor is None else value * factor


def _round_customary(value: float) -> float:
    """The round figure an article would give: halves below 10 ("6.5 feet"), whole ones below 20
    ("12 mph"), fives above ("85 mph")."""
    step = 0.5 if abs(value) < 10 else 1.0 if abs(value) < 20 else 5.0
    return round(value / step) * step


def _rounding(value: float) -> float:
    """How coarsely a figure is rounded: its last digit's place, five of them when a last unit
    or decimal is a 5 ("135" and "25" round to fives, "1,5" to halves; "150" to tens)."""
    step = rounding_step(value)
    last = round(abs(value) / step) % 10
    return step * 5 if last == 5 and step <= 1 else step


def shown_figure(value: float) -> str:
    """A converted figure as a finding names it: two decimals below 10, one above."""
    return readable_number(round(value, 2 if abs(value) < 10 else 1))
