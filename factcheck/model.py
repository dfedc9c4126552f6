"""Plain dataclasses passed between the pipeline stages.

ingest -> Document; segment -> Sentence; claims -> Claim (+ facets); translate fills
Claim.translation; align -> Pair; compare -> Finding; report -> StoryReport / Report.
Every stage reads the earlier stages' objects and never mutates them, except that
translate fills the one field reserved for it (Claim.translation).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)  # one per run: a coloured capture has thousands
class RemovedCharacters:
    """A run of characters ingest removed from a document's text (terminal escape sequences,
    invisible format characters: docs/errors.md, "How inputs are read"). From offset `at`
    of the cleaned text on, the file's line holds `characters` more characters (`utf8_bytes` more
    bytes) than the text, so renderers can still give the file's own column."""

    at: int
    characters: int
    utf8_bytes: int


@dataclass(frozen=True)
class Document:
    """One article as read. `text` is the body after front matter; offsets index into it."""

    id: str
    path: str
    lang: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    story: str | None = None
    # Line number (0-based) in the original file where `text` starts (front matter skipped),
    # so renderers can turn claim offsets into file line/column.
    body_line_offset: int = 0
    lang_detected: bool = False
    characters_removed: tuple[RemovedCharacters, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why (reported, never dropped silently)."""

    path: str
    reason: str
    code: str = "input_error"


@dataclass(frozen=True)
class RemovedSpan:
    """Text the segmenter set aside as boilerplate (breadcrumbs, comment trailers), with why."""

    start: int
    end: int
    reason: str
    text: str


@dataclass(frozen=True)
class Sentence:
    doc: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TimeExpr:
    """A time expression normalised against the publication date.

    `value` is an ISO date ("2015-12-30"), month ("2015-12"), year ("2015") or None when it
    could not be anchored (relative expression without a publication date). `earliest`/`latest`
    give the closed ISO-date interval the expression covers, when known. `relative` is true for
    expressions whose meaning depends on the publication date ("today", "vandaag", "Monday").
    `anchor` names what a relative expression means without a date ("today", "yesterday",
    "end_of_year", "weekday:1"...), so two unresolved expressions can still be compared.
    `type` is the TIMEX3 type (DATE, TIME, DURATION, SET) and `value` then a TIMEX3 value:
    "2013-03-21T21:15", "P3D", "XXXX-WXX-1", "PRESENT_REF"; durations and sets have no
    `earliest`/`latest`, except a range of durations ("two to three weeks": value P2W, the first
    end's as in TimeBank), whose `earliest`/`latest` are its shortest and longest length ("P2W", "P3W"). `mod` is the TIMEX3 modifier (APPROX, MORE_THAN, LESS_THAN, START,
    END, MID); `zone` a time zone or "local time" written with a time of day, kept as text.
    """

    text: str
    start: int
    end: int
    value: str | None
    granularity: str  # day | week | month | quarter | year | season | time | duration | set | ref
    relative: bool
    earliest: str | None = None
    latest: str | None = None
    anchor: str | None = None
    type: str = "DATE"
    mod: str | None = None
    zone: str | None = None


@dataclass(frozen=True)
class Quantity:
    """A number or quantity. `low`/`high` express approximations and ranges
    ("more than 28,000" -> low 28000, high None; "about 30" -> 27..33)."""

    text: str
    start: int
    end: int
    value: float
    unit: str | None = None  # "%", "EUR", "USD", "km", "people"...
    approx: str = "exact"  # exact | about | more_than | less_than | at_least | at_most | range
    low: float | None = None
    high: float | None = None
    ordinal: bool = False  # "87e", "23rd", "3º": a place in an order, never compared with a count


EXACT_INTEGERS = 2**53  # a float holds every whole number below this; above it only ~17 digits


def readable_number(value: float) -> str:
    """28,000,000 rather than :g's 2.8e+07, which a reader has to decode (fractions keep up to 6
    decimals). A figure beyond a float's precision shows the digits it holds and zeros, not the
    binary remainder: "12345678901234567890" was read back as 12,345,678,901,234,567,168."""
    if math.isfinite(value) and abs(value) >= EXACT_INTEGERS:
        return f"{int(Decimal(repr(value))):,}"
    if math.isfinite(value) and value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".") if math.isfinite(value) else str(value)


def readable_quantity(q: "Quantity") -> str:
    """A figure as the findings and the claims listing say it: "at least 247 people", "score 3:1", a
    time of day as "10:45" (its value is minutes since midnight: the listing said "645 clock")."""
    if q.unit == "score":
        return f"score {q.text}"
    if q.unit == "clock":  # "shortly before 21:40", "about 07:00", "22:25"
        bound = {"less_than": "before ", "more_than": "after ", "about": "about "}.get(q.approx, "")
        return f"{bound}{int(q.value) // 60:02d}:{int(q.value) % 60:02d}"
    unit = f" {q.unit}" if q.unit else ""
    if q.ordinal:
        return f"ordinal {readable_number(q.value)}{unit}"
    if q.approx == "range":
        return f"{readable_number(q.low)}–{readable_number(q.high)}{unit}"
    figure = readable_number(q.value)
    return f"{q.approx.replace('_', ' ')} {figure}{unit}" if q.approx != "exact" else f"{figure}{unit}"


def quoted_reading(text: str, reading: str) -> str:
    """A value as written and, when it says more, as read: “Zwei” (2), “rund 500” (about 500); a
    reading that only repeats the text (“55” (55)) is left out."""
    return f"“{text}” ({reading})" if reading and reading.casefold() != text.casefold() else f"“{text}”"


def quoted_figure(q: "Quantity") -> str:
    return quoted_reading(q.text, readable_quantity(q))


def readable_time_span(t: TimeExpr) -> str:
    """The value, or the narrower interval when there is one ("at year's end" is not all of 2015);
    the findings and the claims listing say the same. A duration is said in words ("more than 8
    hours"), not as its TIMEX3 code ("PT8H"), which a reader has to decode; so is a repetition ("a
    year", P1Y: "every year"; "montags", XXXX-WXX-1: "every Monday"), a vague reference ("die
    Zukunft", FUTURE_REF: "the future") and a time of day with its day ("about 20:30 on
    2031-07-20", where the day alone was said)."""
    if t.type == "DURATION" and t.value:
        return _readable_duration(t)
    if t.type == "SET" and (every := _duration_words(t.value or "") or _recurring_words(t.value or "")):
        return f"every {every.removeprefix('1 ')}"  # "460,000 tonnes a year": P1Y; "montags": XXXX-WXX-1
    if t.type == "TIME" and TIME_OF_DAY_VALUE.fullmatch(t.value or ""):  # "the evening of 2029-10-09", not the day alone
        return readable_time_of_day(t)
    if t.earliest and t.latest and (t.earliest, t.latest) != _natural_bounds(t.value or ""):
        return t.earliest if t.earliest == t.latest else f"{t.earliest} to {t.latest}"
    return REFERENCE_WORDS.get(t.value or "", t.value or "")  # "die Zukunft": FUTURE_REF; "nu" keeps its day


def _recurring_words(code: str) -> str:
    """"XXXX-WXX-1" -> "Monday", "XXXX-WXX-2TNI" -> "Tuesday night", "XXXX-07" -> "July"; "" for another code."""
    match = RECURRING.fullmatch(code)
    if not match:
        return ""
    if match["month"]:
        return MONTH_NAMES[int(match["month"]) - 1] if 1 <= int(match["month"]) <= 12 else ""
    day = WEEKDAY_NAMES[int(match["weekday"]) - 1]
    return f"{day} {PARTS_OF_DAY[match['part']]}" if match["part"] else day


RECURRING = re.compile(r"XXXX-(?:WXX-(?P<weekday>[1-7])(?:T(?P<part>MO|AF|EV|NI))?|(?P<month>\d\d))")
REFERENCE_WORDS = {"FUTURE_REF": "the future", "PAST_REF": "the past", "PRESENT_REF": "now"}


def readable_time_of_day(t: TimeExpr) -> str:
    """A time of day on its day, in words: "2029-10-09TEV" as "the evening of 2029-10-09",
    "2031-07-20T18:30" with APPROX as "about 18:30 on 2031-07-20". The findings showed the TIMEX3
    code ("2031-07-20T18:30, APPROX"), which a reader has to decode; the JSON keeps it. Another
    form of value stays as it is."""
    match = TIME_OF_DAY_VALUE.fullmatch(t.value or "")
    if not match:
        return t.value or ""
    day, part, clock = match.groups()
    bound = POINT_BOUNDS.get(t.mod or "", "")
    return f"{bound}{clock} on {day}" if clock else f"{bound}the {PARTS_OF_DAY[part]} of {day}"


TIME_OF_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(?:(MO|AF|EV|NI)|(\d\d:\d\d))")
POINT_BOUNDS = {"APPROX": "about ", "BEFORE": "before ", "AFTER": "after ", "ON_OR_BEFORE": "at or before ",
                "ON_OR_AFTER": "at or after ", "START": "the start of ", "MID": "the middle of ", "END": "the end of "}


def readable_anchor(anchor: str | None) -> str:
    """What a time not placed on the calendar means, in words: "weekday:0" as "a Monday", "-3y" as
    "3 years before publication", "last_week" as "last week", "weekday:4TMO" as "a Friday morning". The
    findings and the claims listing showed the code itself ("weekday:0", "day+2", "-3y"), which a
    reader has to decode. A form not known here is "a relative time" rather than a guess."""
    base, _, origin = (anchor or "").partition("@")
    base, part = _split_time_of_day(base)
    words = _anchor_words(base)
    counted_from = ANCHOR_ORIGINS.get(origin)
    if not words or counted_from is None or (origin and "publication" not in words):
        return "a relative time"
    if part and not part.startswith("at ") and not words.startswith("a "):  # "the morning of the day before publication"
        words = f"the {part} {'of ' if words.startswith('the ') else ''}{words}"
    elif part:  # "a Friday morning", "the day before publication at 18:30"
        words = f"{words} {part}"
    return words.replace("publication", counted_from)


def unresolved_reading(t: TimeExpr) -> str:
    """A time not placed on the calendar, as the findings and the claims listing say it: "a Monday,
    unresolved"; just "unresolved" where the words would only repeat the text ("last week")."""
    words = readable_anchor(t.anchor)
    return "unresolved" if words.casefold() == t.text.casefold() else f"{words}, unresolved"


ANCHOR_DAYS = {"today": "the publication day", "published": "the publication day", "PRESENT_REF": "now",
               "yesterday": "the day before publication", "tomorrow": "the day after publication"}
ANCHOR_ORIGINS = {"": "publication", "published": "publication", "previous": "the text's previous date"}
ANCHOR_UNITS = {"d": "day", "w": "week", "m": "month", "y": "year"}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
ANCHOR_FORMS = re.compile(
    r"(?P<day>today|yesterday|tomorrow|published|PRESENT_REF)|day(?P<days>[+-]\d+)|(?P<sign>[+-])(?P<n>\d+)(?P<unit>[dwmy])"
    r"|(?:(?P<prev>prev:)|week(?P<week>[+-]\d+):)?weekday:(?P<weekday>[0-6])|date:(?P<month>\d\d)-(?P<dom>\d\d)"
    r"|(?:(?P<which>this|last|next)_(?P<period>year|month):|(?P<edge>end|begin)_of_)?month:(?P<of_year>\d\d?)"
    r"|season:(?P<season>SP|SU|FA|WI)|(?P<words>(?:(?:begin|end|earlier|later)_(?:of_)?)?(?:this|last|next)_(?:week|month|year))")


def _split_time_of_day(base: str) -> tuple[str, str]:
    """"weekday:4TMO" -> ("weekday:4", "morning"); "publishedT07:00" -> ("published", "at 07:00")."""
    match = re.fullmatch(r"(.*?)T(?:(MO|AF|EV|NI)|(\d\d:\d\d))", base)
    if not match:
        return base, ""
    return match.group(1), PARTS_OF_DAY[match.group(2)] if match.group(2) else f"at {match.group(3)}"


def _anchor_words(base: str) -> str:
    match = ANCHOR_FORMS.fullmatch(base)
    if not match:
        return ""
    if match.group("day"):
        return ANCHOR_DAYS[match.group("day")]
    if match.group("days") or match.group("n"):
        return _distance_words(int(match.group("days") or match.group("sign") + match.group("n")),
                               ANCHOR_UNITS[match.group("unit") or "d"])
    if match.group("weekday"):
        return _weekday_words(WEEKDAY_NAMES[int(match.group("weekday"))], match.group("prev"), match.group("week"))
    month = int(match.group("month") or match.group("of_year") or 0)
    if not 1 <= month <= 12 and not match.group("season") and not match.group("words"):
        return ""
    if match.group("month"):
        return f"{int(match.group('dom'))} {MONTH_NAMES[month - 1]}, year unknown"
    if match.group("which"):  # "mai l'an dernier": May of last year; "décembre dernier": the last December
        return _month_of(MONTH_NAMES[month - 1], match.group("which"), match.group("period"))
    if match.group("of_year"):
        edge = {"end": "end of ", "begin": "start of "}.get(match.group("edge") or "", "")
        return f"{edge}{MONTH_NAMES[month - 1]}, year unknown"
    if match.group("season"):
        return f"{SEASON_NAMES[match.group('season')]}, year unknown"
    return match.group("words").replace("begin_", "start_").replace("_", " ")


def _distance_words(amount: int, unit: str) -> str:
    if amount == 0:
        return f"the {unit} of publication"  # "the same day" counted from the text's previous date: "the day of …"
    return f"{abs(amount)} {unit}{'' if abs(amount) == 1 else 's'} {'after' if amount > 0 else 'before'} publication"


def _month_of(month: str, which: str, period: str) -> str:
    if period == "year":
        return f"{month} of {which} year"
    return {"last": f"the last {month} before publication", "next": f"the next {month} after publication"}.get(which, "")


def _weekday_words(day: str, previous: str | None, week: str | None) -> str:
    if previous:
        return f"the last {day} before publication"
    if week is None:
        return f"a {day}"
    weeks = int(week)
    which = "of publication" if weeks == 0 else _distance_words(weeks, "week").replace(" publication", " that of publication")
    return f"the {day} of the week {which}" if weeks == 0 else f"the {day} {which}"


# A TIMEX3 duration's amounts ("P2Y6M", "PT8H30M", "PXY" for "years" of no stated number).
DURATION_PARTS = re.compile(r"(\d+(?:\.\d+)?|X)([YMWDHS])")
DURATION_UNITS = {("", "Y"): "year", ("", "M"): "month", ("", "W"): "week", ("", "D"): "day",
                  ("T", "H"): "hour", ("T", "M"): "minute", ("T", "S"): "second"}
DURATION_BOUNDS = {"MORE_THAN": "more than ", "EQUAL_OR_MORE": "at least ", "LESS_THAN": "less than ",
                   "EQUAL_OR_LESS": "at most ", "APPROX": "about "}


def _readable_duration(t: TimeExpr) -> str:
    """"P30Y" as "30 years", "PT1H" with MORE_THAN as "more than 1 hour", a range of lengths
    ("two to three weeks": P2W to P3W) as "2 weeks to 3 weeks"; a code it cannot read stays as it is."""
    lengths = [t.earliest, t.latest] if t.earliest and t.latest and t.earliest != t.latest else [t.value]
    worded = [_duration_words(length or "") for length in lengths]
    if not all(worded):
        return t.value or ""
    return DURATION_BOUNDS.get(t.mod or "", "") + " to ".join(worded)


def _duration_words(code: str) -> str:
    """"PT8H30M" -> "8 hours 30 minutes"; "" when `code` is no TIMEX3 duration."""
    date_part, _, time_part = code.removeprefix("P").partition("T")
    if not code.startswith("P") or not (date_part or time_part):
        return ""
    words = []
    for prefix, part in (("", date_part), ("T", time_part)):
        if DURATION_PARTS.sub("", part):
            return ""
        for amount, unit in DURATION_PARTS.findall(part):
            noun = DURATION_UNITS[(prefix, unit)]
            words.append(f"{noun}s" if amount == "X" else f"{readable_number(float(amount))} {noun}{'' if amount == '1' else 's'}")
    return " ".join(words)


def _natural_bounds(value: str) -> tuple[str, str]:
    """First and last day of an ISO year ("2015") or month ("2015-12"); a day is its own bound."""
    import calendar

    if len(value) == 4 and value.isdigit():
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7 and value[:4].isdigit() and value[5:].isdigit():
        last = calendar.monthrange(int(value[:4]), int(value[5:]))[1]
        return f"{value}-01", f"{value}-{last:02d}"
    return value, value


@dataclass(frozen=True)
class Entity:
    text: str
    type: str  # PERSON | ORG | PLACE | PRODUCT | MISC
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Attribution:
    """Who a claim is attributed to ("Marty Beard said"), with role when given."""

    source: str
    role: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Cue:
    """The word or phrase a stance rests on ("nooit", "would", "reportedly"), as written, with its
    document offsets (None where it stands outside the claim's sentence) and what it `signals`:
    "negation", a modality label, or "unconfirmed"."""

    text: str
    start: int | None
    end: int | None
    signals: str


@dataclass
class Claim:
    id: str
    doc: str
    lang: str
    text: str
    start: int
    end: int
    sentence: int  # index of the Sentence in its document
    paragraph: int
    sentence_text: str
    times: list[TimeExpr] = field(default_factory=list)
    numbers: list[Quantity] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"  # asserted | obligation | possibility | future | conditional | hedged
    attribution: Attribution | None = None
    # The words `negated` and `modality` were read from (none when the claim is plain and asserted).
    cues: list[Cue] = field(default_factory=list)
    # Filled by the translate stage: the claim's text in the pivot language (English).
    translation: str | None = None


@dataclass(frozen=True)
class Pair:
    left: str
    right: str
    score: float
    status: str  # agree | partial | conflict | weak (a loose link, not agreement: compare._weak_link)
    evidence: dict = field(default_factory=dict)
    confidence: float = 0.0  # 0-1, how sure the aligner is that both claims state one fact (set by compare)


@dataclass(frozen=True)
class Finding:
    type: str
    severity: str  # error | warning | info
    left: str | None
    right: str | None
    message: str
    evidence: dict = field(default_factory=dict)
    confidence: float = 1.0  # 0-1: alignment confidence x the check's own (role match); see docs/discrepancies.md


@dataclass
class StoryReport:
    id: str
    documents: list[Document]
    claims: list[Claim]
    pairs: list[Pair]
    findings: list[Finding]
    unmatched: list[str]
    sentences: dict[str, list[Sentence]] = field(default_factory=dict)
    removed: dict[str, list[RemovedSpan]] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        statuses = [p.status for p in self.pairs]
        by_severity = {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}
        return {
            "documents": len(self.documents),
            "claims": len(self.claims),
            "pairs": len(self.pairs),
            "agree": statuses.count("agree"),
            "partial": statuses.count("partial"),
            "conflict": statuses.count("conflict"),
            "weak": statuses.count("weak"),
            "unmatched": len(self.unmatched),
            "findings": len(self.findings),
            **by_severity,
        }


@dataclass
class Report:
    stories: list[StoryReport]
    skipped: list[Skipped] = field(default_factory=list)
    options: dict = field(default_factory=dict)


SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}
FINDING_TYPES = (
    "time_mismatch",
    "number_mismatch",
    "entity_mismatch",
    "polarity_mismatch",
    "modality_mismatch",
    "attribution_mismatch",
    "omission",
)
