"""Numbers: figures outside each other's tolerance."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache, partial
from heapq import merge

from ..claims import number_rules as R
from ..claims.numbers import TEMPERATURES, convertible, interval, quantity_relation
from ..claims.numbers import converted as in_unit
from ..claims.roles import PERSONS, Role, quantity_role
from ..lazyre import alternation
from ..model import (
    Claim,
    Finding,
    Pair,
    Quantity,
    quoted_figure,
    readable_number,
)
from .converted import one_converted_measure, shown_figure
from .names import designated_figures
from .common import Siblings, _evidence, _finding, length_balance, written_separately
from .role_match import CONFIDENT_ROLE, GENERIC_ROLE, ONE_ROLE_UNKNOWN, SAME_ROLE, describe_role, role_match

ONE_SIDED_BOUNDS = ("more_than", "less_than", "at_least", "at_most")


# Role confidence of the only figure left on each side of balanced claims: enough for a warning,
# not for an error, which needs the role itself to be known.
SOLE_FIGURES = 0.75
OTHER_ROLE_HINT = 0.2  # two sole figures whose role words differ: info
ROUNDING_SLACK = 0.05  # "more than 300" vs "more than 297": the same bound, rounded


def check_numbers(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """Numbers that agree are paired off one to one; what is left on both sides and fills the
    same role (`roles.py`: the same counted thing or unit) is a changed figure. A number only one
    side gives, or one of another role, is detail, never a conflict."""
    left_rest, right_rest = _unpaired_quantities(_counted(left, right), _counted(right, left))
    left_rest, right_rest = _elided_units(left_rest, right_rest, left, right)
    # Only the partner's own article: in a story of three or more, another article's claim would
    # state a changed figure's original and hide the change (310 vs 240 million, the others 240).
    role_of = partial(_role_on_link, pair=pair)
    left_rest, right_rest = (_unpaired_by_siblings(left_rest, left, right_rest, right, siblings.of_left, role_of),
                             _unpaired_by_siblings(right_rest, right, left_rest, left, siblings.of_right, role_of))
    left_rest, right_rest, converted = _converted_pairs(left_rest, right_rest)
    roles = {id(q): role_of(q, left) for q in left_rest} | {id(q): role_of(q, right) for q in right_rest}
    sole = len(left_rest) == len(right_rest) == 1
    clashes = list(_clashes(left_rest, right_rest, roles, written_separately(pair), sole))
    if not clashes:
        return _converted_notes(left, right, converted) or _rounding_notes(left, right)
    match, conflict, a, b = max(clashes, key=lambda clash: clash[:2])
    if sole and match > OTHER_ROLE_HINT and not (written_separately(pair) and match == ONE_ROLE_UNKNOWN):
        # The one figure left on each side: the alignment itself says they fill one role (a
        # translation that changed the figure), as far as the two claims are alike in length.
        # Not between separately written articles when only one role is known: there a lone
        # figure of the other claim is as often another count ("150 personas" / "4 cabin staff").
        match = max(match, round(SOLE_FIGURES * length_balance(left, right), 3))
    # One stated figure with bound words that differ ("más de 25" / "fino a 25", "25" / "more than
    # 25") is a difference of wording around an agreed figure: a warning at most.
    severity = "error" if conflict and match >= CONFIDENT_ROLE and not _one_figure_bounded_apart(a, b) else "warning"
    evidence = _compared_figures(left, right, a, b, role_confidence=match, roles=[roles[id(a)].concept, roles[id(b)].concept],
                         qualifiers=[list(roles[id(a)].qualifiers), list(roles[id(b)].qualifiers)],
                         outcomes=[roles[id(a)].outcome, roles[id(b)].outcome],
                         differing=[_number_value(a), _number_value(b)])
    kind = _finding_type(a, b)
    message = (f"{'time of day' if kind == 'time_mismatch' else 'number'} differs: {quoted_figure(a)}{describe_role(roles[id(a)])} vs "
               f"{quoted_figure(b)}{describe_role(roles[id(b)])}")
    if apart := _scale_words_apart(a, b):
        message += f"; exactly {readable_number(apart)} times apart, as a scale word read in another language's sense makes them"
    if _one_figure_bounded_apart(a, b):
        message += f"; the same figure ({readable_number(a.value)}), bounded differently"
    elif not conflict:
        message += _stated_figures_note(a, b)
    message += _conversion_note(a, b)
    return [_finding(kind, severity, left, right, message, evidence, confidence=match)]


def _counted(claim: Claim, partner: Claim) -> list[Quantity]:
    """The claim's figures less those of a designation the partner also names with a figure ("Apollo 11" /
    "Apollo 12": names, compared by `names._designation_clash`)."""
    named = designated_figures(claim, partner)
    return [q for q in claim.numbers if q.start not in named] if named else claim.numbers


SCALE_STEP = 1000  # scale words step by a thousand (thousand, million, billion, milliard, billón)


def _scale_words_apart(a: Quantity, b: Quantity) -> float | None:
    """The factor between two figures of one unit when it is a power of a thousand and one of them
    is written with a scale word ("£2.8bn" / "2800 billones de libras": a million times): what a
    translator who reads a scale word in another language's sense writes. Still a changed figure."""
    if a.unit != b.unit or not a.value or not b.value or not (_written_with_scale(a) or _written_with_scale(b)):
        return None
    factor = max(abs(a.value), abs(b.value)) / min(abs(a.value), abs(b.value))
    power = round(math.log(factor, SCALE_STEP))
    return float(SCALE_STEP ** power) if power >= 1 and math.isclose(factor, SCALE_STEP ** power, rel_tol=1e-9) else None


# A scale word of any language after a figure ("miljard", "Mrd.", "billones"; a figure does not keep
# its language), or the letters of one right after a currency figure ("£2.8bn", "£125m").
SCALE_WORD = re.compile(rf"\d\s?{alternation(w for words in R.SCALES.values() for w in words)}(?![^\W\d_])", re.IGNORECASE)
CURRENCY_LETTERS = re.compile(rf"\d{alternation(R.CURRENCY_SCALES)}(?![^\W\d_])", re.IGNORECASE)


def _written_with_scale(q: Quantity) -> bool:
    return bool(SCALE_WORD.search(q.text) or q.unit in R.CURRENCIES and CURRENCY_LETTERS.search(q.text))


def _one_figure_bounded_apart(a: Quantity, b: Quantity) -> bool:
    """The same figure on both sides, a bound word on one or both that differs."""
    kinds = {a.approx, b.approx}
    return (a.approx != b.approx and kinds <= {*ONE_SIDED_BOUNDS, "exact"} and bool(kinds & set(ONE_SIDED_BOUNDS))
            and math.isclose(a.value, b.value))


def _elided_units(left_rest: list[Quantity], right_rest: list[Quantity], left: Claim,
                  right: Claim) -> tuple[list[Quantity], list[Quantity]]:
    """Pairs off, one to one, a figure with its unit and the same figure written bare in a claim
    that gives that unit to another figure: the unit is said once for both ("entre 2 y 5
    centímetros, con posibilidad de llegar a los 10" / "10 cm"; "between 5 and 10 inches, locally 15")."""
    left_rest, right_rest = _elide(left_rest, right_rest, right)
    right_rest, left_rest = _elide(right_rest, left_rest, left)
    return left_rest, right_rest


def _elide(rest: list[Quantity], partner_rest: list[Quantity], partner: Claim) -> tuple[list[Quantity], list[Quantity]]:
    """`rest` and `partner_rest` without the pairs of `_elided_units` whose bare figure is the partner's."""
    units = {q.unit for q in partner.numbers} - {None, "people", "clock"}
    bare = [q for q in partner_rest if q.unit is None and q.approx == "exact"]
    kept = []
    for q in rest:
        match = next((b for b in bare if q.unit in units and math.isclose(q.value, b.value)), None) if bare else None
        if match is None:
            kept.append(q)
        else:
            bare.remove(match)
    taken = {id(b) for b in partner_rest if b.unit is None and b.approx == "exact"} - {id(b) for b in bare}
    return kept, [b for b in partner_rest if id(b) not in taken]


def _compared_figures(left: Claim, right: Claim, a: Quantity, b: Quantity, **extra) -> dict:
    """The evidence of a figure finding: the two figures compared, and how many each claim states
    (`figures`; the claims themselves list them all). Every figure of both claims was copied into
    each finding: two 128 KiB figure tables made 734 findings of ~520 figures each, and the JSON
    report peaked at ~1 GB."""
    return _evidence(left, right, "numbers", [_number_value(a)], [_number_value(b)],
                     figures=[len(left.numbers), len(right.numbers)], **extra)


def _clashes(left_rest: list[Quantity], right_rest: list[Quantity], roles: dict[int, Role], separately: bool, sole: bool):
    """(role match, conflict, a, b) of each two figures left that differ, in order, up to the first
    that none can beat: a conflict of the strongest match any two of them can reach (a table of
    hundreds of figures has one role, and its first conflict settles it)."""
    strongest = None if sole else _strongest_match(left_rest, right_rest, roles, separately)
    if strongest is None and not sole:
        return
    for a in left_rest:
        for b in right_rest:
            verdict = _number_verdict(a, b)
            match = role_match(a, b, roles[id(a)], roles[id(b)], separately) if verdict in ("conflict", "differ") else None
            if match is None and sole and verdict in ("conflict", "differ"):
                # Role words that disagree (one language's "casualties" is the other's dead): the
                # one figure left on each side is still worth a hint, never more.
                match = OTHER_ROLE_HINT
            if match is not None:
                yield match, verdict == "conflict", a, b
                if match == strongest and verdict == "conflict":
                    return


def _strongest_match(left: list[Quantity], right: list[Quantity], roles: dict[int, Role], separately: bool) -> float | None:
    """At least the strongest role match of a figure of `left` and one of `right` whose units can
    meet: read once per role and unit. Only a group counted with an outcome reads the figures
    themselves (`_group_exceeds_outcome`), which at most makes it a generic role."""
    def kinds(figures):
        return {(roles[id(q)], q.unit): q for q in figures}
    matches = []
    for (role_a, unit_a), a in kinds(left).items():
        for (role_b, unit_b), b in kinds(right).items():
            if _family(unit_a) == _family(unit_b):
                matches.append(role_match(a, b, role_a, role_b, separately))
                if role_a.outcome or role_b.outcome:
                    matches.append(GENERIC_ROLE)
    return max((match for match in matches if match is not None), default=None)


def _role_on_link(quantity: Quantity, claim: Claim, pair: Pair) -> Role:
    """The role of a figure as this link reads it. A group with an outcome ("Decenas de pasajeros
    (78, …) murieron") is a part of that outcome's count, unless the aligner found it to be the
    figure its article leads with for the outcome (`lead:dead`, align_facts: the first such figure,
    the claim's only one): then it is the article's count of the outcome, its toll, compared as
    one with the other article's (and a sibling's "limitado a 80" does not answer "at least 80")."""
    role = quantity_role(quantity, claim)
    if role.outcome and written_separately(pair) and f"lead:{role.outcome}" in (pair.evidence.get("anchors") or ()):
        return replace(role, concept=role.outcome, outcome=None)
    return role


def _unpaired_by_siblings(rest: list[Quantity], claim: Claim, partner_rest: list[Quantity], partner: Claim,
                          siblings: tuple[Claim, ...], role_of=quantity_role) -> list[Quantity]:
    """The figures of `rest` that no sibling of the partner states either. A figure whose role the
    partner itself states ("meer dan 130" gewonden / "230 ont été blessés") is answered by the
    partner: only a sibling that states it the same way (value and kind of bound) is its other
    half; a sibling's figure that merely fits it ("130 blessés" in the metro) is another count.
    Counts of persons only: a duration's role ("hours") does not say what lasted."""
    if not rest:
        return []
    stated = [q for c in siblings if c.doc == partner.doc for q in c.numbers]
    answered = [q for q in rest if role_of(q, claim).concept in PERSONS and
                any(role_match(q, b, role_of(q, claim), role_of(b, partner)) == SAME_ROLE for b in partner_rest)]
    statements = AgreeingFigures(stated)
    unstated = {id(q) for q in rest if q not in answered and statements.take(q) is None}
    return [q for q in rest if id(q) in unstated or (q in answered and not any(_same_statement(q, b) for b in stated))]


def _same_statement(a: Quantity, b: Quantity) -> bool:
    return (a.value, a.unit, a.approx) == (b.value, b.unit, b.approx) or _number_verdict(a, b) == "agree" and a.approx == b.approx


def _finding_type(a: Quantity, b: Quantity) -> str:
    """Two times of day ("a las 09.55" / "at 10.01") are read as figures, but what differs is when
    something happened: a time finding, as a changed date would be."""
    return "time_mismatch" if a.unit == b.unit == "clock" else "number_mismatch"


def _conversion_note(a: Quantity, b: Quantity) -> str:
    """Two units of one dimension ("120 km²" / "120 ha"): the second figure in the first's unit, so
    the reader sees how far apart they are; nothing for one unit or a temperature of unknown scale."""
    if a.unit == b.unit or "°" in (a.unit, b.unit) or not convertible(a, b):
        return ""
    return f"; {readable_number(b.value)} {b.unit} = {shown_figure(in_unit(b, a.unit).value)} {a.unit}"


def _stated_figures_note(a: Quantity, b: Quantity) -> str:
    if a.approx in ONE_SIDED_BOUNDS or b.approx in ONE_SIDED_BOUNDS:
        return f"; the ranges overlap, but the stated figures differ ({readable_number(a.value)} vs {readable_number(b.value)})"
    return "; the figures may describe different things"


def _converted_pairs(left: list[Quantity], right: list[Quantity]) -> tuple[list[Quantity], list[Quantity], list[tuple]]:
    """Pairs off, one to one, the figures that two roundings of one converted customary measure
    explain ("136 km/h" / "135 km/h": 85 mph): translators each convert and round it their own way,
    so the pair is no clash, and neither figure is left to clash with another of its unit."""
    unused, rest, converted = list(right), [], []
    for a in left:
        convertible_unit = a.unit in R.IMPERIAL_SOURCES  # one_converted_measure's own first test, once
        match = next(((b, source) for b in unused if (source := one_converted_measure(a, b))), None) if convertible_unit else None
        if match is None:
            rest.append(a)
        else:
            unused.remove(match[0])
            converted.append((a, *match))
    return rest, unused, converted


def _converted_notes(left: Claim, right: Claim, converted: list[tuple]) -> list[Finding]:
    """The first converted pair, as a note naming the customary figure both may render."""
    for a, b, source in converted[:1]:
        evidence = _compared_figures(left, right, a, b, note="converted")
        message = f"converted figures may differ by rounding: {quoted_figure(a)} vs {quoted_figure(b)}, both near {source}"
        return [_finding("number_mismatch", "info", left, right, message, evidence)]
    return []


def _rounding_notes(left: Claim, right: Claim) -> list[Finding]:
    """An approximate figure against an exact one within its rounding ("about 50" vs 47, "una
    quindicina" vs 16) agrees; the note says so, because the stated figures differ."""
    notes = []
    for a in left.numbers:
        for b in right.numbers:
            rounded = (({a.approx, b.approx} & {"about"} and "exact" in (a.approx, b.approx)) or a.unit == b.unit == "clock"
                       or _bound_on_whole_figure(a, b))
            if rounded and not _values_agree(a.value, b.value) and _number_verdict(a, b) == "agree":
                evidence = _compared_figures(left, right, a, b, note="rounding")
                message = f"rounded figure agrees: {quoted_figure(a)} vs {quoted_figure(b)}"
                if a.unit == "clock" and abs(a.value - b.value) > 6 * 60:
                    message = (f"clock times agree when read in the other half of the day: “{a.text}” vs “{b.text}” "
                               "(one is written without a.m./p.m.)")
                notes.append(_finding("number_mismatch", "info", left, right, message, evidence))
    return notes[:1]


def _unpaired_quantities(left: list[Quantity], right: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Greedy one-to-one pairing of agreeing quantities ("6 and 6 Plus" vs "6 and 7 Plus" keeps 6 / 7):
    each figure of `left` takes the first unused figure of `right` that agrees with it."""
    figures = AgreeingFigures(right)
    rest = [a for a in left if figures.take(a) is None]
    return rest, figures.unused()


class AgreeingFigures:
    """Figures looked up by value, so that one figure meets only those that can agree with it, not
    every figure of a table (review9: two flattened tables of 8 KiB made 15.8 M verdicts).

    Figures whose verdict reads the same values form one group, tried once (the first unused
    figure of a group is the one the greedy pairing would take). Exact figures are sorted by value
    per unit (a bare count with "people"): the only ones that can agree with a figure are then in
    a window of values (`_windows`). The others (approximate figures, other units of one dimension,
    temperatures) are few in any text and tried one group at a time."""

    def __init__(self, figures: list[Quantity]):
        self.figures = figures
        self.groups: dict[tuple, list[int]] = {}  # verdict key -> positions in `figures`, ascending
        for position, q in enumerate(figures):
            self.groups.setdefault(_verdict_key(q), []).append(position)
        self.taken = dict.fromkeys(self.groups, 0)  # how many of each group are used, from the front
        by_value: dict[str | None, list[tuple[float, tuple]]] = {}
        self.others: dict[object, list[tuple]] = {}  # family -> keys tried one by one
        self.units: dict[object, set[str | None]] = {}  # family -> unit classes with sorted figures
        for key, positions in self.groups.items():
            q = figures[positions[0]]
            if _sorted_by_value(q):
                by_value.setdefault(_unit_class(q.unit), []).append((q.value, key))
                self.units.setdefault(_family(q.unit), set()).add(_unit_class(q.unit))
            else:
                self.others.setdefault(_family(q.unit), []).append(key)
        for entries in by_value.values():
            entries.sort(key=lambda entry: entry[0])
        self.by_value = {unit: ([value for value, _ in entries], [key for _, key in entries]) for unit, entries in by_value.items()}

    def take(self, a: Quantity) -> Quantity | None:
        """The first unused figure that agrees with `a`, now used; None when none does."""
        best, first = None, len(self.figures)
        for key in self._candidates(a):
            positions, taken = self.groups[key], self.taken[key]
            if taken < len(positions) and positions[taken] < first and _number_verdict(a, self.figures[positions[taken]]) == "agree":
                best, first = key, positions[taken]
        if best is None:
            return None
        self.taken[best] += 1
        return self.figures[first]

    def states(self, a: Quantity) -> bool:
        """Whether any of the figures agrees with `a`, used or not."""
        return any(_number_verdict(a, self.figures[self.groups[key][0]]) == "agree" for key in self._candidates(a))

    def unused(self) -> list[Quantity]:
        """The figures not taken, in their order."""
        return [self.figures[position] for position in merge(*(positions[self.taken[key]:] for key, positions in self.groups.items()))]

    def _candidates(self, a: Quantity):
        """The groups that can agree with `a`: a superset, the verdict decides."""
        family, unit = _family(a.unit), _unit_class(a.unit)
        if unit in self.by_value and a.unit not in TEMPERATURES:
            values, keys = self.by_value[unit]
            for low, high in _windows(a):
                yield from keys[bisect_left(values, low):bisect_right(values, high)]
        for other in self.units.get(family, set()) - {unit}:  # another unit of one dimension: converted
            yield from self.by_value[other][1]
        yield from self.others.get(family, ())


def _verdict_key(q: Quantity) -> tuple:
    """What `_number_verdict` reads of a figure."""
    return q.value, q.unit, q.approx, q.low, q.high, q.unit == "clock" and _half_of_day_open(q)


def _unit_class(unit: str | None) -> str | None:
    """A bare figure compares with a count of people as with another bare figure."""
    return None if unit == "people" else unit


def _family(unit: str | None) -> object:
    """Units whose figures can agree with each other's: one unit, one dimension, temperatures."""
    if unit in TEMPERATURES:
        return "temperature"
    return R.CONVERSIONS[unit][0] if unit in R.CONVERSIONS else _unit_class(unit)


def _sorted_by_value(q: Quantity) -> bool:
    return q.approx == "exact" and q.unit not in TEMPERATURES and math.isfinite(q.value)


# A little wider than the verdict's own tolerances, so that the window is never narrower than they are.
WINDOW_MARGIN = 1e-6


def _windows(a: Quantity) -> list[tuple[float, float]]:
    """The values of exact figures of `a`'s unit that `_verdict` can call agreeing with `a`: a clock
    time within the half hour (in either half of the day), the same figure for an exact figure or a
    bound (two stated figures), the figures inside an approximate figure or a range."""
    if a.unit == "clock":
        slack = CLOCK_HOUR_SLACK + 1
        return [(a.value + shift - slack, a.value + shift + slack) for shift in (-12 * 60, 0, 12 * 60)]
    if a.approx == "exact" or a.approx in ONE_SIDED_BOUNDS:
        margin = WINDOW_MARGIN * abs(a.value)
        return [(a.value - margin, a.value + margin)]
    low, high = interval(a)
    return [(low - WINDOW_MARGIN * abs(low), high + WINDOW_MARGIN * abs(high))]


def _number_verdict(a: Quantity, b: Quantity) -> str:
    """`_verdict` of the two values: a story compares the same figures again and again (each
    claim with every partner and sibling), and the verdict depends on the values alone."""
    if a.unit == b.unit == "clock" and (_half_of_day_open(a) or _half_of_day_open(b)):
        # "7.30" is 07:30 or 19:30 as its writer means it: either reading may agree
        evening = [replace(q, value=q.value + 12 * 60) if _half_of_day_open(q) else q for q in (a, b)]
        if _verdict(*evening) == "agree":
            return "agree"
    return _verdict_of_values((a.value, a.unit, a.approx, a.low, a.high), (b.value, b.unit, b.approx, b.low, b.high))


@lru_cache(maxsize=50_000)
def _verdict_of_values(a: tuple, b: tuple) -> str:
    return _verdict(Quantity("", 0, 0, *a), Quantity("", 0, 0, *b))


def _verdict(a: Quantity, b: Quantity) -> str:
    """agree | differ (probably another figure) | conflict | unrelated.

    Intervals (see `interval`) that do not overlap conflict; intervals that only touch do not
    count as overlapping ("14" vs "15"). Overlapping intervals with different stated figures
    differ: two exact figures (247 vs 250), a bound and a figure ("at least 60" vs 65), two bounds
    of different kinds. An exact figure must itself lie in an approximate one
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
    if a.unit == b.unit == "clock":
        return "agree" if abs(a.value - b.value) <= _clock_rounding(a, b) else "conflict"
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    if max(a_low, b_low) >= min(a_high, b_high) and not (a_low == a_high == b_low == b_high):
        return "conflict"
    if a.approx in ONE_SIDED_BOUNDS or b.approx in ONE_SIDED_BOUNDS:
        # A bound states a figure: "more than 60" vs "plus de 65" or vs "65" overlap as intervals
        # but report different figures (docs/discrepancies.md, "stated figures").
        if _bound_on_whole_figure(a, b):
            return "agree"
        same_kind = a.approx == b.approx
        return "agree" if math.isclose(a.value, b.value, rel_tol=ROUNDING_SLACK if same_kind else 1e-9) else "differ"
    if a.approx == b.approx == "range":
        return "agree" if _same_bounds(a, b) else "differ"
    exact, approximate = (a, b) if a.approx == "exact" else (b, a)
    if exact.approx == "exact" and approximate.approx != "exact":
        low, high = interval(approximate)
        return "agree" if low <= exact.value <= high else "differ"
    # Two exact figures within each other's rounding (247 vs 250) are still two stated figures.
    return "differ" if a.approx == b.approx == "exact" else "agree"


def _bound_on_whole_figure(a: Quantity, b: Quantity) -> bool:
    """A bound that drops the decimals of the other figure in its own direction ("ruim 41 procent" /
    "41,2 Prozent", "less than 3 percent" / "2.9 %"): that figure rounded to a whole number, not
    another figure. "more than 60" against 65 still states another figure."""
    for bound, exact in ((a, b), (b, a)):
        if exact.approx != "exact" or exact.unit != bound.unit or exact.value == int(exact.value):
            continue
        whole = math.floor(exact.value) if bound.approx in ("more_than", "at_least") else math.ceil(exact.value)
        if bound.approx in ONE_SIDED_BOUNDS and bound.value == whole:
            return True
    return False


CLOCK_HOUR_SLACK = 30  # "9 p.m." covers 20:30-21:30
CLOCK_SLACK = 3  # "21.12" ~ "21.15": two reports of one moment; "23:35" vs "23:45" is another time


def _clock_rounding(a: Quantity, b: Quantity) -> float:
    """Minutes two clock times may differ by and still report one moment: a whole hour is a
    rounded time; otherwise a few minutes."""
    return CLOCK_HOUR_SLACK if any(q.value % 60 == 0 for q in (a, b)) else CLOCK_SLACK


# "a.m.", "p.m.", "pm", "a. m.": a written half of the day
HALF_OF_DAY_MARK = re.compile(r"\b[ap]\.?\s?m\b\.?", re.IGNORECASE)


def _half_of_day_open(q: Quantity) -> bool:
    """A clock time written on the 12-hour dial with no a.m./p.m. ("at 7.30"): read as morning,
    though its writer may mean the evening; an hour after 12 ("19.30") or a mark settles it."""
    hour = re.match(r"\d{1,2}", q.text)
    return bool(hour) and 1 <= int(hour.group()) <= 12 and q.value < 13 * 60 and not HALF_OF_DAY_MARK.search(q.text)


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




def states_figure(claim: Claim, figure: dict) -> bool:
    """A figure of the claim agrees with `figure`, a finding's record of one (`_number_value`; a
    time of day's too), as this check would pair them."""
    wanted = Quantity(figure["text"], 0, 0, figure["value"], figure.get("unit"), figure.get("approx") or "exact",
                      figure.get("low"), figure.get("high"))
    return any(not q.ordinal and _number_verdict(q, wanted) == "agree" for q in claim.numbers)


def _number_value(q: Quantity) -> dict:
    return {"text": q.text, "value": q.value, "unit": q.unit, "approx": q.approx, "low": q.low, "high": q.high,
            **({"ordinal": True} if q.ordinal else {})}
