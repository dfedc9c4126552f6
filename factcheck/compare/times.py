"""Times: dates and periods that cannot both hold."""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import NamedTuple

from ..claims.superseded import is_statement_time, superseded
from ..claims.times import PART_HOURS, left_to_numbers, time_relation
from ..claim_memo import per_claim
from ..model import (
    Claim,
    Finding,
    Pair,
    WEEKDAY_NAMES,
    TimeExpr,
    quoted_reading,
    readable_time_span,
    unresolved_reading,
)
from .common import Siblings, _confident, _evidence, _finding, length_balance, written_separately

# Relations that mean both sides can describe the same moment: granularity ("in December" vs
# "December 30") is tolerated, only disjoint periods contradict.
TIME_AGREEMENT = ("equal", "contains", "within", "overlap")


def check_times(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """Each kind against its own kind, never a date against a duration: dates (and the days of
    times of day), then durations, sets and parts of day (see `_kind_findings`)."""
    return _date_findings(left, right, pair, siblings) + _kind_findings(left, right, pair)


def _date_findings(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """Dates that agree are paired off one to one (an equal reading first); a date left over on
    each side that contradicts the other is a changed date. A date of a statement ("said on
    Wednesday") is compared with another such date; against the date of a fact it is a hint
    (info) only, since the statement words of one language may be missing from the other's list.
    Without a clash among the dates, years written anywhere in the claims are compared the same way."""
    left_rest, right_rest = _unpaired_times(_dated_of(left), _dated_of(right))
    clash = _strongest_clash(_date_clashes(left, right, left_rest, right_rest))
    if clash is None:
        return _year_findings(left, right, pair)
    a, b, relation, mixed = clash
    if relation == "unknown" and any(_bare_weekday(t) for t in (a, b)):
        return []  # a bare weekday is resolved by a tense guess: no evidence against a date
    told = _date_clash_wording(left, right, pair, siblings, clash)
    evidence = _compared_times(left, right, a, b, relation=relation, superseded=told.superseded, statement=mixed, clauses=told.clauses,
                         publication=told.publication, differing=[_time_value(a), _time_value(b)])
    lone = len(left_rest) == len(right_rest) == 1
    confidence = _date_clash_confidence(left, right, pair, a, b, lone, capped=mixed or told.unplaced or told.publication)
    return [_finding("time_mismatch", told.severity, left, right, told.message, evidence, confidence=confidence)]


def _date_clashes(left: Claim, right: Claim, left_rest: list[TimeExpr], right_rest: list[TimeExpr]):
    """(a, b, relation, mixed) for each two dates left over that do not agree; `mixed`: one dates
    a statement, the other a fact. A year the other claim writes, or a weekday named on its date, is no clash."""
    return ((a, b, rel, is_statement_time(a, left) != is_statement_time(b, right)) for a in left_rest for b in right_rest
            if (rel := _time_relation(a, b)) not in TIME_AGREEMENT
            and not _year_written_across(a, right) and not _year_written_across(b, left)
            and not _weekday_on_date(a, b) and not _weekday_on_date(b, a))


class _ClashWording(NamedTuple):
    """What a date clash's finding says and how severe it is, with the readings that decided it."""

    message: str
    severity: str
    unplaced: bool  # a side has no calendar value and nothing shows the two differ
    superseded: bool
    clauses: bool
    publication: bool


def _date_clash_wording(left: Claim, right: Claim, pair: Pair, siblings: Siblings, clash) -> _ClashWording:
    a, b, relation, mixed = clash
    unresolved = [(t, claim) for t, claim in ((a, left), (b, right)) if t.value is None]
    message = f"time differs: {_describe_time(a)} vs {_describe_time(b)}"
    if unresolved:
        message += f" ({_why_not_placed(unresolved, siblings.dated)}"
        message += "; the two differ whatever it is)" if relation == "disjoint" else ")"
    severity = _contradiction_severity(relation == "disjoint", pair)
    unplaced = bool(unresolved) and relation != "disjoint"
    if unplaced:
        severity = "info"  # one side has no calendar value: nothing shows the two differ
    earlier = _superseded_note(a, left, siblings.sentence_values_left, b) or _superseded_note(b, right, siblings.sentence_values_right, a)
    if mixed:
        # One time dates a statement ("said on Tuesday"), the other what was said: a hint only.
        message += "; one of the two times dates a statement, not the fact it reports"
    clauses = not earlier and _sentences_agree(siblings)
    publication = "" if earlier or clauses or unplaced else _named_by_publication(a, b)
    if earlier:
        message += earlier
        severity = "warning" if severity == "error" else severity
    elif publication:
        # The weekday's name is written; the other day's name comes only from the date the
        # article is said to be published on, which need not be the day its text was written for.
        message += publication
        severity = "info"
    elif clauses:
        # Every time of one sentence agrees with one of the other's: the clash is between two
        # clauses, split or dropped differently (two events of one sentence), not a changed date.
        message += "; the two sentences agree on their times, paired clause by clause otherwise: the two times may date two events"
        severity = "info"
    return _ClashWording(message, severity, unplaced, bool(earlier), clauses, bool(publication))


def _date_clash_confidence(left: Claim, right: Claim, pair: Pair, a: TimeExpr, b: TimeExpr, lone: bool, capped: bool) -> float:
    """The one time left on each side (`lone`) dates one event (a translation that changed the
    date), as far as the claims are alike in length: a time of the longer claim may sit in the part
    the shorter one leaves out. Among several times, dates months apart are more likely two
    events. `capped`: a statement's date against a fact's, a time not placed, a day named only
    through the publication date: a hint at most."""
    balance = length_balance(left, right)
    # Not so between separately written articles: a link there says the claims share a fact, not
    # that their lone dates date it ("im Dezember 2013 verurteilt" / "accused of a rape in 2017").
    # Nor for a calendar date against a day counted from the article's own date, of another
    # granularity: a translator renders a year as a year and a weekday as a weekday, so a year
    # against a weekday months apart ("classée … depuis 2009" / "bezoekt dinsdag") dates two
    # events of the story, not one changed date.
    sole = lone and not written_separately(pair) and _one_kind(a, b)
    confidence = balance if sole else min(_event_confidence(a, b), balance)
    return min(confidence, STATEMENT_VS_FACT) if capped else confidence


def _why_not_placed(unresolved: list[tuple[TimeExpr, Claim]], dated: frozenset | None) -> str:
    """Why a relative time has no calendar value, as a reader can act on it: the article has no
    publication date (give one with --published), or it has one and the time counted from it
    falls outside years 1-9999, or the time counts from an earlier date the text does not give."""
    causes = {t.text: _not_placed_cause(t, claim, dated) for t, claim in unresolved}
    if len(set(causes.values())) == 1:
        times = " and ".join(f"“{text}”" for text in causes)
        return f"{times} cannot be placed on the calendar: {next(iter(causes.values()))}"
    return "; ".join(f"“{text}” cannot be placed on the calendar: {cause}" for text, cause in causes.items())


def _not_placed_cause(t: TimeExpr, claim: Claim, dated: frozenset | None) -> str:
    if t.anchor and t.anchor.endswith("@previous"):
        return "counted from an earlier date the text does not give"
    if dated is None:
        return "no publication date, or one outside years 1-9999"
    if claim.doc in dated:
        return "counted from the publication date given, outside years 1-9999"
    return "no publication date given"


def _one_kind(a: TimeExpr, b: TimeExpr) -> bool:
    """Two times a translation renders one as the other: of one granularity, or both calendar
    dates or both counted from the publication date."""
    return a.granularity == b.granularity or a.relative == b.relative


def _strongest_clash(clashes):
    """The first clash of the strongest kind: same kind first (two dates of facts, two dates of
    statements), then a certain clash, then one between values of one granularity (a year against
    a year rather than a decade not read). The search ends at the first clash nothing can beat
    (two tables of dates left ~60 dates a side, every two of them clashing)."""
    best, best_rank = None, None
    for clash in clashes:
        rank = (clash[3], clash[2] != "disjoint", clash[0].granularity != clash[1].granularity)
        if best_rank is None or rank < best_rank:
            best, best_rank = clash, rank
            if not any(rank):
                break
    return best


STATEMENT_VS_FACT = 0.3  # the time of a statement against the time of the fact: info at most

# Reports of one event disagree by days; dates further apart than this are more likely two
# events of one story (the crash and its commemoration) than a disagreement about one.
SAME_EVENT_DAYS = 92
OTHER_EVENT_CONFIDENCE = 0.3


def _event_confidence(a: TimeExpr, b: TimeExpr) -> float:
    """How sure we are that the two times date one event when the claims hold several times or
    differ in length (when each of two like claims keeps one time, they date one event): low
    when they lie months apart."""
    from datetime import date

    try:
        ends = [date.fromisoformat(t.earliest) for t in (a, b) if t.earliest] + [date.fromisoformat(t.latest) for t in (a, b) if t.latest]
    except ValueError:
        return 1.0
    if len(ends) < 4:
        return 1.0
    gap = max(ends[0], ends[1]) - min(ends[2], ends[3])
    return OTHER_EVENT_CONFIDENCE if gap.days > SAME_EVENT_DAYS else 1.0


def _sentences_agree(siblings: Siblings) -> bool:
    """The dates of the two claims' whole sentences, paired one to one as a claim's are: nothing
    left over on one side ("De eerste is vorige geopend …, de tweede wordt later dit jaar geopend"
    against "letzte Woche … im weiteren Verlauf dieses Jahrs": the Dutch lost "week"). A changed
    date leaves one on each side ("sabato … sabato" against "Saturday … Tuesday")."""
    left_dates, right_dates = (_dated([v for v in values if isinstance(v, TimeExpr)])
                               for values in (siblings.sentence_values_left, siblings.sentence_values_right))
    if not left_dates or not right_dates:
        return False  # no sentence known: nothing to pair the claims' dates with
    left_rest, right_rest = _unpaired_times(left_dates, right_dates)
    return not left_rest or not right_rest


def _superseded_note(time: TimeExpr, claim: Claim, sentence_values: tuple, other: TimeExpr) -> str:
    """"; “vandaag” is the original date (“oorspronkelijk”), since changed (“uitgesteld”) to “30
    december” (= 2015-12-30), which agrees with “at year's end”: the other article does not mention the original"."""
    times = [v for v in sentence_values if isinstance(v, TimeExpr)]
    found = superseded(time, claim, times)
    if found is None:
        return ""
    note = f"; “{time.text}” is the original value" + (f" (“{found.original}”)" if found.original else "")
    if found.newer is None:
        return note + ", so it may no longer hold"
    note += ", since changed" + (f" (“{found.changed}”)" if found.changed else "") + f" to {_describe_time(found.newer)}"
    if _time_relation(found.newer, other) in TIME_AGREEMENT:
        note += f", which agrees with “{other.text}”; the other article does not mention the original value"
    return note


def _year_written_across(t: TimeExpr, other: Claim) -> bool:
    """A bare year that the other claim writes too ("Entre los años 1965 y 1968" vs "Between 1965
    and 1968"): the other side's rules missed it, so it is no evidence of a changed date."""
    return t.granularity == "year" and bool(t.value) and t.value in _years_written(other)


@per_claim
def _dated_of(claim: Claim) -> tuple[TimeExpr, ...]:
    return tuple(_dated(claim.times))


def _dated(times: list[TimeExpr]) -> list[TimeExpr]:
    """The expressions that name a day or period: dates, and times of day with a written day.
    "now"/"recently" (vague references), durations and sets are left to their own checks."""
    # "ten years later" counts from a date of the story that may sit in another claim, and a
    # century is read as a number too: their figures are compared as numbers instead
    return [t for t in times if (t.type == "DATE" and t.granularity != "ref" and not left_to_numbers(t))
            or (t.type == "TIME" and t.earliest)]


# Approximate length of each TIMEX3 duration unit in days, to tell "three weeks" from "three days".
UNIT_DAYS = {"S": 1 / 86400, "TM": 1 / 1440, "H": 1 / 24, "D": 1, "W": 7, "M": 30.44, "Q": 91.3, "Y": 365.25}
DURATION = re.compile(r"P(T?)(\d+(?:\.\d+)?|X)([A-Z])")


def _kind_findings(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    findings = []
    for kind, differ in (("DURATION", _durations_differ), ("SET", _sets_differ), ("TIME", _parts_of_day_differ)):
        a_side = [t for t in left.times if t.type == kind]
        b_side = [t for t in right.times if t.type == kind]
        clash = _lone_clash(a_side, b_side, differ)
        if clash:
            a, b = clash
            message = f"{KIND_NAMES[kind]} differs: {_describe_kind(a)} vs {_describe_kind(b)}"
            evidence = _compared_times(left, right, a, b, relation="disjoint", differing=[_time_value(a), _time_value(b)])
            # Between separately written articles one day holds several events (a shooting in the
            # morning, an arrest at 18.30): a part of day told differently is a note there.
            loose = not _confident(pair) or (kind == "TIME" and written_separately(pair))
            findings.append(_finding("time_mismatch", "info" if loose else "warning", left, right, message, evidence))
    return findings


KIND_NAMES = {"DURATION": "duration", "SET": "frequency", "TIME": "time of day"}


def _lone_clash(a_side: list[TimeExpr], b_side: list[TimeExpr], differ) -> tuple[TimeExpr, TimeExpr] | None:
    """A clash only when nothing on the other side agrees with it, both ways: "for three weeks" vs
    "for three days". With several values a side, any agreeing one clears it: "Sonntagabend und
    Montagmorgen … Montagabend" against a lone "lundi matin" (its "plus tard lundi" has no part of
    day read) is no clash, since the Monday morning agrees with the French one."""
    for a in a_side:
        if b_side and all(differ(a, b) is True for b in b_side):
            b = next((b for b in b_side if all(differ(x, b) is True for x in a_side)), None)
            if b is not None:
                return a, b
    return None


def _durations_differ(a: TimeExpr, b: TimeExpr) -> bool | None:
    """True when a count they share has another unit ("three weeks" vs "three days", "two to
    three weeks" vs "two days"), or when two lengths in different units differ ("rund 30 Minuten" /
    "an hour into its journey": the figures count minutes and hours, roles the number comparison
    never matches); other counts of one unit are the number comparison's (it reads the figures
    with their bounds and rounding). A range ("two to three weeks": `earliest` P2W, `latest` P3W)
    shares each count from its first end to its last. Lengths differ by more than a quarter of the
    shorter one. None when unknown: a vague count ("several years"), or a bound ("less than an
    hour") on a length with no count in common."""
    ranges = _counts(a), _counts(b)
    if None in ranges:
        return None
    (low_a, high_a, unit_a), (low_b, high_b, unit_b) = ranges
    if unit_a == unit_b:
        return False if low_a <= high_b and low_b <= high_a else None  # other counts: the numbers'
    if (high_a < low_b or high_b < low_a) and not (_plain_length(a) and _plain_length(b)):
        return None  # no count in common, and a bound on one side
    days_a = low_a * UNIT_DAYS[unit_a], high_a * UNIT_DAYS[unit_a]
    days_b = low_b * UNIT_DAYS[unit_b], high_b * UNIT_DAYS[unit_b]
    gap = max(days_a[0], days_b[0]) - min(days_a[1], days_b[1])
    return gap > 0.25 * min(days_a[1], days_b[1])


# A duration stated as a length, or about one ("rund 30 Minuten", "an hour"): not a bound.
PLAIN_LENGTH_MODS = (None, "APPROX")


def _plain_length(t: TimeExpr) -> bool:
    return t.mod in PLAIN_LENGTH_MODS


def _counts(t: TimeExpr) -> tuple[float, float, str] | None:
    """The lowest and highest count of a duration and its unit: (3, 3, "W") for "three weeks",
    (2, 3, "W") for "two to three weeks"; None for a vague count or another reading."""
    low = DURATION.fullmatch((t.earliest if t.latest else t.value) or "")
    high = DURATION.fullmatch((t.latest or t.value) or "")
    if not (high and low) or "X" in (high.group(2), low.group(2)) or _unit(low) != _unit(high):
        return None
    return float(low.group(2)), float(high.group(2)), _unit(high)


def _unit(match: re.Match) -> str:
    return "TM" if match.group(1) and match.group(3) == "M" else match.group(3)


def _sets_differ(a: TimeExpr, b: TimeExpr) -> bool:
    """"daily" vs "weekly"; "every Monday" counts as weekly."""
    return _period_of_set(a.value) != _period_of_set(b.value)


def _period_of_set(value: str | None) -> str | None:
    return "P1W" if value and value.startswith("XXXX-WXX-") else value


def _parts_of_day_differ(a: TimeExpr, b: TimeExpr) -> bool | None:
    """Two times of day on the same day whose hours cannot meet ("Tuesday morning" vs "Tuesday
    evening", "21.15" vs "morning"). Two clock times are the number comparison's; a time zone
    or "local time" written on one side only means the two may be in different zones."""
    if (a.zone or "").lower() != (b.zone or "").lower() or a.earliest != b.earliest:
        return None
    hours_a, hours_b = _hours(a), _hours(b)
    if hours_a is None or hours_b is None or (hours_a[0] == hours_a[1] and hours_b[0] == hours_b[1]):
        return None
    return hours_a[1] < hours_b[0] or hours_b[1] < hours_a[0]


def _hours(t: TimeExpr) -> tuple[float, float] | None:
    part = (t.value or t.anchor or "").rpartition("T")[2]
    if part in PART_HOURS:
        return PART_HOURS[part]
    clock = re.fullmatch(r"(\d\d):(\d\d)", part)
    return (int(clock.group(1)) + int(clock.group(2)) / 60,) * 2 if clock else None


def _describe_kind(t: TimeExpr) -> str:
    """A duration, frequency or time of day as written and as read, in words ("about 30 minutes",
    "every week", "the evening of 2029-10-09"); it showed the TIMEX3 code ("PT30M, APPROX",
    "2029-10-09TEV"). The JSON keeps the code."""
    if t.value is None:
        return f"“{t.text}” ({unresolved_reading(t)})"
    reading = readable_time_span(t)
    return quoted_reading(t.text, f"{reading}, {t.zone}" if t.zone else reading)


def _contradiction_severity(checkable: bool, pair: Pair) -> str:
    """error: a checkable contradiction on a confident pair; warning: a probable one; info: the
    pair itself is loose, so the claims may simply state different things."""
    if not _confident(pair):
        return "info"
    return "error" if checkable else "warning"


def _unpaired_times(left: list[TimeExpr], right: list[TimeExpr]) -> tuple[list[TimeExpr], list[TimeExpr]]:
    """One-to-one pairing of agreeing times, equal readings first ("aujourd'hui mardi 15 octobre"
    vs "today, Tuesday 18 October" keeps 15 / 18 October apart although "today" agrees). Each
    time takes the first unused time of the other side that agrees (`AgreeingDates`)."""
    left_rest, candidates = list(left), AgreeingDates(right)
    for accepted in (("equal",), TIME_AGREEMENT):
        for a in list(left_rest):
            if candidates.take(a, accepted):
                left_rest.remove(a)
    return left_rest, candidates.unused()


class AgreeingDates:
    """Times looked up by their interval, so that a date meets only the dates it overlaps, not
    every date of a table (datetables9: two tables of dates compared ~60 × 60 dates a pair).

    A plain date (written with its year: no anchor, a day-exact interval) relates to another by
    its interval alone (`time_relation`); plain dates are grouped by interval, and the groups of
    one length are sorted by their first day, so those that overlap a date lie in a window. Any
    other time (anchored, unresolved, a time of day) is tried one by one, as is every time against
    one that is not plain. The first unused agreeing time in order is taken: the greedy pairing."""

    def __init__(self, times: list[TimeExpr]):
        self.times = times
        self.used = [False] * len(times)
        self.groups: dict[tuple[int, int], list[int]] = {}  # (first, last day) -> positions, ascending
        self.others: list[int] = []  # positions of the times that are not plain
        for position, t in enumerate(times):
            days = _plain_days(t)
            if days is None:
                self.others.append(position)
            else:
                self.groups.setdefault(days, []).append(position)
        by_length: dict[int, list[tuple[int, int]]] = {}
        for first, last in self.groups:
            by_length.setdefault(last - first, []).append((first, last))
        self.by_length = {length: sorted(spans) for length, spans in by_length.items()}

    def take(self, a: TimeExpr, accepted: tuple[str, ...]) -> bool:
        """Use the first unused time that relates to `a` as `accepted` says; False when none does."""
        days = _plain_days(a)
        first = len(self.times)
        tried = self.others if days is not None else range(len(self.times))
        if days is not None:
            first = min((self._head(span) for span in self._spans(days, accepted)), default=first)
        found = next((position for position in tried if position < first and not self.used[position]
                      and _time_relation(a, self.times[position]) in accepted), first)
        if found == len(self.times):
            return False
        self.used[found] = True
        return True

    def unused(self) -> list[TimeExpr]:
        return [t for t, used in zip(self.times, self.used) if not used]

    def _spans(self, days: tuple[int, int], accepted: tuple[str, ...]):
        """The intervals of plain dates that relate to `days` as accepted: the same interval, or
        (agreement) every one that overlaps it."""
        if accepted == ("equal",):
            yield from [days] if days in self.groups else []
            return
        first, last = days
        for length, spans in self.by_length.items():
            start = bisect.bisect_left(spans, (first - length, first - length))
            for span in spans[start:bisect.bisect_right(spans, (last, last + length))]:
                yield span

    def _head(self, span: tuple[int, int]) -> int:
        """The first unused position of a group (its used ones are dropped from the front)."""
        positions = self.groups[span]
        while positions and self.used[positions[0]]:
            positions.pop(0)
        return positions[0] if positions else len(self.times)


def _plain_days(t: TimeExpr) -> tuple[int, int] | None:
    """The (first, last) day numbers of a date written with its year (no anchor), whose relation
    to another such date is that of their intervals; None for any other time."""
    if t.anchor or not (t.earliest and t.latest) or len(t.earliest) != 10 or len(t.latest) != 10:
        return None
    try:
        return date.fromisoformat(t.earliest).toordinal(), date.fromisoformat(t.latest).toordinal()
    except ValueError:
        return None


WEEKDAY_ANCHOR = re.compile(r"(?:(?P<shift>[\w+-]+):)?weekday:(?P<day>\d)")


def _weekday_on_date(weekday: TimeExpr, day: TimeExpr) -> bool:
    """"Wednesday" against "am 26. September", a Wednesday: the weekday's date is counted from
    the publication date and the tense, a guess; the date written out falls on that weekday (in
    its own year, or, written without one, in the year before or after), so it is the same day."""
    from datetime import date

    match = WEEKDAY_ANCHOR.fullmatch(_day_anchor(weekday))
    if not match or day.granularity != "day" or not day.earliest or WEEKDAY_ANCHOR.fullmatch(_day_anchor(day)):
        return False
    year, month, dom = (int(part) for part in day.earliest.split("-"))
    years = (year - 1, year, year + 1) if _day_anchor(day).startswith("date:") else (year,)
    try:
        return any(date(y, month, dom).weekday() == int(match.group("day")) for y in years)
    except ValueError:  # 29 February in a year without it
        return False


# A day counted from the publication date: "today", "yesterday" ("gisteren", "hier"), "day-2".
DAY_OFFSET = re.compile(r"(?P<name>today|tomorrow|yesterday)|day(?P<offset>[+-]\d+)")
DAY_OFFSETS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def _named_by_publication(a: TimeExpr, b: TimeExpr) -> str:
    """A weekday against a day counted from the publication date ("Thursday" / "gisteren"): the
    weekday is named in the text, the other day only through the publication date given, and the
    two name one day for exactly one publication weekday. A translation or a copy is released a
    day or more after its original, and one date given for every article of a story is the
    original's at best, so the clash may be the date's, not the text's: the note says which
    publication weekday would make the two agree. "" when the two are not of these kinds."""
    for weekday, counted in ((a, b), (b, a)):
        named = WEEKDAY_ANCHOR.fullmatch(_day_anchor(weekday))
        offset = DAY_OFFSET.fullmatch(_day_anchor(counted))
        if named and offset and counted.earliest and counted.earliest == counted.latest:
            days = DAY_OFFSETS[offset.group("name")] if offset.group("name") else int(offset.group("offset"))
            try:
                published = date.fromordinal(date.fromisoformat(counted.earliest).toordinal() - days)
            except ValueError:
                return ""
            agreeing = WEEKDAY_NAMES[(int(named.group("day")) - days) % 7]
            return (f"; “{counted.text}” is counted from the publication date given ({published.isoformat()}, a "
                    f"{WEEKDAY_NAMES[published.weekday()]}), “{weekday.text}” is a weekday named in the text: the two "
                    f"name one day if the article was published on a {agreeing}")
    return ""


def _bare_weekday(t: TimeExpr) -> bool:
    match = WEEKDAY_ANCHOR.fullmatch(_day_anchor(t))
    return bool(match and not match.group("shift"))


# Weekday anchors that count forward or back from publication ("upcoming:", "week+1:", "prev:").
_DIRECTION = {"upcoming": 1, "week+1": 1, "prev": -1, "week-1": -1}


def _same_direction(a: re.Match, b: re.Match) -> bool:
    shifts = a.group("shift"), b.group("shift")
    if "week+0" in shifts:
        # "this Friday" / "ce vendredi" names a day of the publication week, before or after
        # publication: only its name is stated. Against "next Friday" / "vendredi prochain" ("next"
        # is read as next week's, Recognizers-Text's reading in every language, but writers also
        # mean the coming one) and against "last Friday" (a report's "ce dimanche" is the Sunday
        # just gone) the week is a guess, so the names are compared.
        return (shifts[0] if shifts[1] == "week+0" else shifts[1]) in _DIRECTION
    direction = _DIRECTION.get(shifts[0])
    return direction is not None and direction == _DIRECTION.get(shifts[1])


def _day_anchor(t: TimeExpr) -> str:
    """The anchor of the day, without a time of day ("weekday:4TMO" for "Friday morning")."""
    return (t.anchor or "").split("T")[0]


def _time_relation(a: TimeExpr, b: TimeExpr) -> str:
    weekdays = WEEKDAY_ANCHOR.fullmatch(_day_anchor(a)), WEEKDAY_ANCHOR.fullmatch(_day_anchor(b))
    if all(weekdays) and (_bare_weekday(a) or _bare_weekday(b) or _same_direction(*weekdays)):
        # "on Sunday" vs "next Sunday": whether a bare weekday lies before or after publication is
        # a guess from tense, so two weekdays compare by name; so do "next Friday" (the coming one)
        # and "volgende vrijdag" (Friday of next week): languages draw that line differently.
        if weekdays[0].group("day") == weekdays[1].group("day"):
            return "equal"
        return "overlap" if _night_between_weekdays(a, b) else "disjoint"
    if _counted_alike(_day_anchor(a), _day_anchor(b)):
        return "overlap"
    relation = time_relation(a, b)
    if relation == "disjoint" and _night_between_days(a, b):
        return "overlap"
    if relation == "unknown" and a.value is None and b.value is None:
        return _anchor_relation(a.anchor, b.anchor)
    if relation == "unknown" and a.anchor is not None and a.anchor == b.anchor:
        return "equal"  # "morgen" placed, "tomorrow" not: the same reference to each one's day
    if relation == "disjoint" and _day_anchor(a) == _day_anchor(b) and _day_anchor(a).startswith(YEARLY):
        return "equal"  # "Pâques" / "Easter", "the third quarter" / "el tercer trimestre": the year is a guess
    if relation == "disjoint" and (_calendar_span(_day_anchor(a)) or _calendar_span(_day_anchor(b))):
        return _month_day_relation(a, b) or relation
    return relation


# Anchors of expressions that recur every year; their year comes from publication and tense.
YEARLY = ("month:", "date:", "holiday:", "season:", "quarter:")

# Periods counted from publication that writers and languages draw apart differently: "the past
# week" / "afgelopen week" is read as last week but also holds the days of this one; a weekend
# without a shift word, or "this weekend" against the one before or after, is placed by tense.
WEEK_OF_PUBLICATION = {"this_week", "earlier_this_week"}
WEEKEND = re.compile(r"weekend([+-]\d+)?")
SHIFTED_YEARLY = re.compile(r"(?:year)?[+-]\d+:((?:season|holiday|quarter):.+)")


def _counted_alike(a: str, b: str) -> bool:
    """Two readings of one period whose difference rests on how it was counted, not on what was
    written: the last week against this week; a weekend against a weekend one week away; a
    season (holiday, quarter) shifted by a year ("last spring") against the same one without a
    shift, whose year is a guess from tense ("in the spring")."""
    if {a, b} & WEEK_OF_PUBLICATION and {a, b} & {"last_week"}:
        return True
    weekends = WEEKEND.fullmatch(a), WEEKEND.fullmatch(b)
    if all(weekends):
        offsets = [int(w.group(1)) if w.group(1) else None for w in weekends]
        return None in offsets or abs(offsets[0] - offsets[1]) <= 1 and 0 in offsets
    for shifted, bare in ((a, b), (b, a)):
        match = SHIFTED_YEARLY.fullmatch(shifted)
        if match and match.group(1) == bare:
            return True
    return False


# The night (PART_HOURS["NI"], 20:00 to 06:00 the next day) crosses midnight. Hours of a reading,
# counted from its own day's midnight: a day's late edge (mod END, "late Saturday") runs from the
# evening into the night after it, its early edge (mod START, "in der Nacht zum Sonntag") is the
# night before it; a day's night ("Sunday night", "zondagnacht", "Sonntagnacht") is either night,
# since usage names the night into a day by it as often as the night after it; an evening reaches
# into the night, since a time zone moves it across midnight ("Monday evening" in one place is
# Tuesday in another).
NIGHT = PART_HOURS["NI"]
DAY_HOURS = {"START": (NIGHT[0] - 24, NIGHT[1] - 24), "END": (PART_HOURS["EV"][0], NIGHT[1]),
             "EV": (PART_HOURS["EV"][0], NIGHT[1]), "NI": (NIGHT[0] - 24, NIGHT[1])}


def _hours_of_day(t: TimeExpr) -> tuple[float, float]:
    """The hours a reading covers, from its day's midnight: a whole day 0-24, a part of day or a
    day's edge its hours (`DAY_HOURS`, `PART_HOURS`), a clock time its hour."""
    part = (t.value or t.anchor or "").rpartition("T")[2] if "T" in (t.value or t.anchor or "") else ""
    clock = re.fullmatch(r"(\d\d):(\d\d)", part)
    if clock:
        return (int(clock.group(1)) + int(clock.group(2)) / 60,) * 2
    return DAY_HOURS.get(t.mod) or DAY_HOURS.get(part) or PART_HOURS.get(part) or (0, 24)


def _night_between(earlier: TimeExpr, later: TimeExpr) -> bool:
    """Two readings of consecutive days whose hours meet across midnight: translators name a
    night by either day ("late Saturday" / "in der Nacht zum Sonntag" / "dans la nuit de samedi
    à dimanche"). Two whole days only touch at midnight, which is no overlap; a clock time is a
    point, which meets an interval that holds it."""
    first, last = _hours_of_day(earlier)
    start, end = (hour + 24 for hour in _hours_of_day(later))
    low, high = max(first, start), min(last, end)
    return low < high or (low == high and (first == last or start == end))


def _night_between_weekdays(a: TimeExpr, b: TimeExpr) -> bool:
    """Two weekdays compared by name: consecutive days with a night between them."""
    days = [int(WEEKDAY_ANCHOR.fullmatch(_day_anchor(t)).group("day")) for t in (a, b)]
    if (days[0] + 1) % 7 == days[1]:
        return _night_between(a, b)
    return (days[1] + 1) % 7 == days[0] and _night_between(b, a)


def _night_between_days(a: TimeExpr, b: TimeExpr) -> bool:
    """Two single days placed on the calendar ("last night" / "in der Nacht zum Dienstag"),
    consecutive, with a night between them."""
    try:
        days = [date.fromisoformat(t.earliest).toordinal() for t in (a, b) if t.earliest and t.earliest == t.latest]
    except ValueError:
        return False
    if len(days) != 2 or abs(days[0] - days[1]) != 1:
        return False
    return _night_between(a, b) if days[0] < days[1] else _night_between(b, a)


def _month_day_relation(a: TimeExpr, b: TimeExpr) -> str | None:
    """A day or month written without its year ("juli", "1 de octubre") takes its year from the
    tense of its own sentence, which translations do not keep: against another date only the
    month and day count."""
    spans = [_calendar_span(_day_anchor(t)) or _month_day_span(t) for t in (a, b)]
    if not all(spans):
        return None
    (a1, a2), (b1, b2) = spans
    return "disjoint" if a2 < b1 or b2 < a1 else "overlap"


def _month_day_span(t: TimeExpr) -> tuple[tuple[int, int], tuple[int, int]] | None:
    if not (t.earliest and t.latest) or t.earliest[:4] != t.latest[:4]:
        return None
    return (int(t.earliest[5:7]), int(t.earliest[8:10])), (int(t.latest[5:7]), int(t.latest[8:10]))


# A year written in digits, also where no time rule reads it ("1956 ging Słania", "Act 2019",
# "(James et al., 1995)", "the 1960s").
YEAR = re.compile(r"(?<![\w.,:/-])(1[5-9]\d\d|20\d\d)(?:['’]?s)?(?![\w.,:/%-]?\d)(?!\s?%)")


def _year_findings(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    left_years, right_years = _years(left), _years(right)
    left_only, right_only = sorted(set(left_years) - set(right_years)), sorted(set(right_years) - set(left_years))
    if not left_only or not right_only:
        return []
    message = f"year differs: {', '.join(left_only)} vs {', '.join(right_only)}"
    evidence = _evidence(left, right, "years", left_years, right_years, relation="disjoint")
    return [_finding("time_mismatch", _contradiction_severity(True, pair), left, right, message, evidence)]


def _years(claim: Claim) -> list[str]:
    """Years in the claim and in its attribution ("said Formula 1 boss", "zei … in 2019")."""
    return list(_years_written(claim))


@per_claim
def _years_written(claim: Claim) -> tuple[str, ...]:
    spoken_by = claim.attribution.text if claim.attribution else ""
    return tuple(YEAR.findall(f"{claim.text} {spoken_by}"))


def _anchor_relation(a: str | None, b: str | None) -> str:
    """Two unresolved expressions still compare when both are read against the same (unknown)
    publication date: "15 octobre" vs "18 October" (same year), "vor zwei Monaten" vs "five
    months ago" (same distance unit) differ whatever that date is; "tomorrow" and "morgen" agree."""
    if a is not None and a == b:
        return "equal"
    days_a, days_b = _calendar_span(a), _calendar_span(b)
    if days_a and days_b:
        if days_a[1] < days_b[0] or days_b[1] < days_a[0]:
            return "disjoint"
        return "overlap"
    offset_a, offset_b = _offset(a), _offset(b)
    if offset_a and offset_b and offset_a[1] == offset_b[1]:
        return "equal" if offset_a[0] == offset_b[0] else "disjoint"
    return "unknown"


def _calendar_span(anchor: str | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(month, day) bounds of a "date:MM-DD" or "month:M" anchor within one year."""
    match = re.fullmatch(r"date:(\d\d)-(\d\d)|month:(\d+)", anchor or "")
    if not match:
        return None
    if match.group(3):
        month = int(match.group(3))
        return (month, 1), (month, 31)
    day = (int(match.group(1)), int(match.group(2)))
    return day, day


def _offset(anchor: str | None) -> tuple[int, str] | None:
    """"-2m" -> (-2, "m"): a plain distance from the publication date in one unit."""
    match = re.fullmatch(r"([+-])(\d+)([dwmy])", anchor or "")
    return (int(match.group(1) + match.group(2)), match.group(3)) if match else None


def _describe_time(t: TimeExpr) -> str:
    if t.value is None:
        return f"“{t.text}” ({unresolved_reading(t)})"
    reading = readable_time_span(t)
    return f"“{t.text}” (= {reading})" if t.relative else quoted_reading(t.text, reading)


def _compared_times(left: Claim, right: Claim, a: TimeExpr, b: TimeExpr, **extra) -> dict:
    """The evidence of a time finding: the two times compared, and how many times (`times`) and
    dates (`dates`) each claim states; the claims list them all. Every time of both claims was
    copied into each finding, and a table of dates made a report quadratic in its size."""
    return _evidence(left, right, "times", [_time_value(a)], [_time_value(b)], times=[len(left.times), len(right.times)],
                     dates=[_date_count(left), _date_count(right)], **extra)


def _date_count(claim: Claim) -> int:
    return sum(t.type == "DATE" for t in claim.times)


def states_time(claim: Claim, time: dict) -> bool:
    """A time of the claim is the very time of `time`, a finding's record of one (`_time_value`), as
    this check compares them (two weekdays by name)."""
    wanted = TimeExpr(text=time["text"], start=0, end=0, value=time.get("value"), granularity="",
                      relative=bool(time.get("relative")), earliest=time.get("earliest"), latest=time.get("latest"),
                      anchor=time.get("anchor"), type=time.get("type") or "DATE", mod=time.get("mod"), zone=time.get("zone"))
    return any(_time_relation(t, wanted) == "equal" for t in claim.times)


def _time_value(t: TimeExpr) -> dict:
    return {"text": t.text, "value": t.value, "type": t.type, "mod": t.mod, "zone": t.zone, "relative": t.relative,
            "earliest": t.earliest, "latest": t.latest, "anchor": t.anchor}
