"""What a matched time phrase means: calendar arithmetic and `Meaning` builders for times.py."""

from __future__ import annotations

import calendar
import re
import sys
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import lru_cache
from typing import Callable, Iterator

from dateutil.relativedelta import relativedelta

from factcheck.claims import _time_rules as R
from factcheck.lazyre import compiled
from factcheck.model import TimeExpr

# (value, earliest, latest) of a resolved expression.
Resolution = tuple[str, date, date]

# (value, earliest, latest) where a duration, set or reference has no interval; a range of
# durations holds its shortest and longest length there instead ("P2W", "P3W").
Value = tuple[str, date | str | None, date | str | None]


@dataclass(frozen=True)
class Meaning:
    granularity: str
    relative: bool
    anchor: str | None
    fixed: Resolution | Value | None = None
    resolve: Callable[[date], Resolution | None] | None = None
    anaphoric: int | None = None  # day offset from the text's previous day ("the next day")
    type: str = "DATE"  # TIMEX3 type
    mod: str | None = None
    # Underspecified expressions (bare month, weekday, day-month, holiday, season): resolved from
    # publication and the sentence's tense ("past", "future" or "" when unknown).
    tensed: Callable[[date, str], Resolution | None] | None = None
    zone: str | None = None
    # ((count, unit), ...), sign: "a year earlier" counts from the date the text mentioned last
    shift: tuple[tuple[tuple[int, str], ...], int] | None = None
    # (unit, offset): "the following year", "that day" - the period of the text's previous date
    anaphoric_period: tuple[str, int] | None = None
    # "year-ago", "year-earlier": counted from the text's last date only while that lies in the
    # publication year (the period being reported), else from publication
    reporting: bool = False
    # "the 1988 quarter", "last year's quarter": the quarter the text last named, in the year
    # this names (else that year)
    quarter_of_its_year: bool = False
    # a spoken clock ("half sieben") whose a.m./p.m. was not written but taken by daytime
    half_guessed: bool = False
    # (weekday, direction): "the previous Friday", "le vendredi suivant" - the nearest such day
    # before (-1) or after (+1) the text's previous day, not the publication's
    anaphoric_weekday: tuple[int, int] | None = None


# ---------------------------------------------------------------------------------------------
# Calendar helpers. All calendar arithmetic goes through `shifted`: "2500 jaar geleden", "in
# 3000000 days" or "tomorrow" on 9999-12-31 are ordinary text whose day Python's `date` cannot
# hold; `to_expr` then keeps the expression as text, unresolved, instead of failing the run.


class OutsideCalendar(ValueError):
    """The day an expression denotes lies outside what `datetime.date` holds (years 1-9999)."""


def shifted(base: date, **delta: int) -> date:
    """`base` moved by a relativedelta (years, months, weeks, days; month ends clamp, as in
    "one month after 31 January" = 28/29 February); OutsideCalendar past year 1 or 9999."""
    try:
        return base + relativedelta(**delta)
    except (OverflowError, ValueError):
        raise OutsideCalendar(f"{base.isoformat()} {delta}") from None


def checked_year(year: int) -> int:
    if not MINYEAR <= year <= MAXYEAR:
        raise OutsideCalendar(f"year {year}")
    return year


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day_resolution(d: date) -> Resolution:
    return d.isoformat(), d, d


def day_shifted_meaning(meaning: Meaning, days: int) -> Meaning:
    """The day `days` before (negative) or after a day meaning: "the day before last Tuesday"."""

    def moved(resolution):
        return day_resolution(shifted(resolution[1], days=days)) if resolution else None

    return replace(meaning, anchor=meaning.anchor and f"{meaning.anchor}{days:+d}d",
                   fixed=moved(meaning.fixed) if meaning.fixed else None,
                   resolve=meaning.resolve and (lambda pub: moved(meaning.resolve(pub))),
                   tensed=meaning.tensed and (lambda pub, tense: moved(meaning.tensed(pub, tense))))


def month_resolution(year: int, month: int) -> Resolution:
    first = date(checked_year(year), month, 1)
    return f"{year:04d}-{month:02d}", first, first.replace(day=last_day(year, month))


def year_resolution(year: int) -> Resolution:
    return f"{year:04d}", date(checked_year(year), 1, 1), date(year, 12, 31)


def week_resolution(monday: date) -> Resolution:
    iso_year, iso_week, _ = monday.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}", monday, shifted(monday, days=6)


def month_of(base: date, offset: int) -> tuple[int, int]:
    """(year, month) `offset` months from the month of `base`."""
    moved = shifted(base.replace(day=1), months=offset)
    return moved.year, moved.month


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def period_resolution(unit: str, published: date, offset: int) -> Resolution:
    """The calendar week/month/year `offset` periods away from the publication date."""
    if unit == "year":
        return year_resolution(shifted(published, years=offset).year)
    if unit == "month":
        return month_resolution(*month_of(published, offset))
    if unit == "week":
        return week_resolution(shifted(published, days=-published.weekday(), weeks=offset))
    return day_resolution(shifted(published, days=offset))


# TIMEX3 `mod` of a period narrowed to its end, beginning or middle ("at year's end": 2015, END).
POSITION_MODS = {"end": "END", "begin": "START", "mid": "MID"}


def sub_period(unit: str, period: Resolution, position: str) -> Resolution:
    """Narrow a period to its end/begin/middle part (semantics in the module docstring)."""
    value, first, last = period
    if unit == "year":
        months = {"end": (12, 12), "begin": (1, 1), "mid": (6, 7)}[position]
        return value, date(first.year, months[0], 1), date(first.year, months[1], last_day(first.year, months[1]))
    if unit == "month":
        days = {"end": (21, last.day), "begin": (1, 10), "mid": (11, 20)}[position]
        return value, first.replace(day=days[0]), first.replace(day=days[1])
    offsets = {"end": (4, 6), "begin": (0, 1), "mid": (2, 3)}[position]  # week
    return value, shifted(first, days=offsets[0]), shifted(first, days=offsets[1])


def two_digit_year(yy: int) -> int:
    """'89' -> 1989, '15' -> 2015: the same 50-year pivot as most date libraries."""
    return 2000 + yy if yy < 50 else 1900 + yy


# ---------------------------------------------------------------------------------------------
# Number words ("tweeëntwintigste", "twenty-first", "vier")


@lru_cache(maxsize=4096)
def word_number(word: str, lang: str) -> int | None:
    """Cardinal or ordinal number word -> int via text2num (lazy import), else None."""
    word = _with_accents(word.lower().strip(), lang)
    irregular = R.IRREGULAR_ORDINALS.get(lang, {}).get(word)
    if irregular:
        return irregular
    numbers = _numbers_in(word, lang)
    return numbers[0] if len(numbers) == 1 else None


def _with_accents(word: str, lang: str) -> str:
    for pattern, replacement in R.ACCENTED_ENDINGS.get(lang, []):
        word = re.sub(pattern, replacement, word)
    return word


def _numbers_in(words: str, lang: str) -> list[int]:
    """The numbers text2num reads in `words`, or [] when any word is not part of a number
    (conjunctions such as "en" in "negentien en een" are allowed between them)."""
    from text_to_num import alpha2digit

    try:
        converted = alpha2digit(words, lang, threshold=0)
    except Exception:  # text2num raises on some inputs; an unknown word is simply not a number
        return []
    tokens = converted.split()
    numbers = [re.fullmatch(r"(\d+)[^\d\s]{0,4}", t) for t in tokens if t.lower() not in _CONJUNCTIONS]
    return [int(m.group(1)) for m in numbers] if numbers and all(numbers) else []


_CONJUNCTIONS = {w for w in R.AND_WORDS.values()}


@lru_cache(maxsize=1024)
def year_from_words(words: str, lang: str) -> int | None:
    """A year written in words: one number ("two thousand and eighteen", "mil novecientos
    veintiocho", "zeventienhonderdnegenentachtig") or the spoken century + year pair
    ("nineteen twenty eight", "negentien en een", "nineteen zero one"). Dutch writes the pair as
    one word ("negentienachtentwintig"), which text2num cannot split: we try each split."""
    words = re.sub(r"[\s-]+", " ", _with_accents(words.lower().strip(), lang))
    numbers = _numbers_in(words, lang)
    if not numbers and " " not in words:
        numbers = _split_compound(words, lang)
    if len(numbers) == 1:
        return numbers[0]
    if len(numbers) == 2 and 10 <= numbers[0] <= 99 and 0 <= numbers[1] <= 99:
        return numbers[0] * 100 + numbers[1]
    return None


def _split_compound(word: str, lang: str) -> list[int]:
    for cut in range(3, len(word) - 2):
        century, rest = _numbers_in(word[:cut], lang), _numbers_in(word[cut:], lang)
        if len(century) == 1 and len(rest) == 1 and 10 <= century[0] <= 99 and rest[0] <= 99:
            return century + rest
    return []


def parse_count(token: str, lang: str) -> int | None:
    token = token.strip().lower()
    if token.isdigit():
        # past Python's int-conversion limit (4300 digits) a count is no calendar phrase
        return int(token) if len(token) <= sys.get_int_max_str_digits() else None
    vague = {k.lower(): v for k, v in R.VAGUE_COUNTS[lang].items()}
    if token in vague:
        return vague[token]
    first, _, rest = token.partition(" ")
    if rest and (word_number(first, lang) or 0) >= 1_000_000:
        return None  # "2 millions un an plus tôt": the scale word ends the figure before, the count is "un"
    return word_number(token, lang)


# ---------------------------------------------------------------------------------------------
# Lexicon lookups

# Accent folding that keeps string length (one char -> one char), so offsets found in folded
# text index the original: "proximo" matches "próximo", "despues" matches "después".
_FOLD_TABLE = {
    code: unicodedata.normalize("NFD", chr(code))[0]
    for code in range(0xC0, 0x250)
    if len(unicodedata.normalize("NFD", chr(code))) > 1
}
# `translate` pays for a raised and caught KeyError on every character its table misses: the
# characters running text is made of (Latin, general punctuation: ’ “ — …) map to themselves
# explicitly (a sentence folds in less than half the time; the same result for every character).
_FOLD_TABLE.update((code, code) for code in (*range(0x250), *range(0x2000, 0x2070)) if code not in _FOLD_TABLE)


# The characters that fold to another, found by one scan in C: `translate` looked every character
# of a text up in the table, and a rule pattern of 4,000 characters has one "ä" (the ~1,200 rule
# patterns of six languages: 6.6 -> 1.9 ms, the same text).
_FOLDED = {chr(code): base for code, base in _FOLD_TABLE.items() if isinstance(base, str)}
_TO_FOLD = compiled(f"[{re.escape(''.join(_FOLDED))}]")


def fold(text: str) -> str:
    return text if text.isascii() else _TO_FOLD.sub(_folded_character, text)


def _folded_character(match: re.Match) -> str:
    return _FOLDED[match.group()]


# ---------------------------------------------------------------------------------------------
# Fast scanning, shared with numbers.py. Python's re tries a pattern at every character, and
# IGNORECASE makes each try several times slower; so patterns run on lowercased text without
# it, and only on the lines that contain a word the pattern cannot match without.


def lowered(text: str) -> str:
    """`text` in lower case, letter for letter, so offsets stay ("İ" stays: it would become two)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def case_simple(text: str) -> bool:
    """Whether IGNORECASE matching of `text` equals plain matching of `lowered(text)` with
    lowercased patterns: true where each letter has one lowercase and one uppercase that map back
    to each other ("é"/"É"); not with "ß", "ſ", "ı", "İ" or "Σ" (its lowercase depends on its place).
    The patterns must be made of such letters too (tests/test_times_numbers_scanning.py checks the rules')."""
    return text.isascii() or all(map(_case_simple_letter, set(text)))


@lru_cache(maxsize=None)
def _case_simple_letter(char: str) -> bool:
    lower, upper = char.lower(), char.upper()
    return char != "Σ" and len(lower) == len(upper) == 1 and upper.lower() == lower and lower.upper() == upper


def case_free(regex: str) -> str:
    """`regex` with its letters lowercased, for lowercased text; escapes (\\W, \\S) and the
    "(?P" of named groups keep their case."""
    pieces = re.split(r"(\\.|\(\?P)", regex)  # the odd pieces are the kept ones
    return "".join(piece if i % 2 else piece.lower() for i, piece in enumerate(pieces))


def required_part(regex: str) -> str:
    """What every match of `regex` contains: `regex` without its leading optional groups
    ("(?:the\\s+)?next\\s+day" -> "next\\s+day"); a cheap trigger for it."""
    while regex.startswith("(?:"):
        close = _closing_parenthesis(regex)
        if regex[close + 1:close + 2] not in ("?", "*"):
            break
        regex = regex[close + 2:]
    return regex


def _closing_parenthesis(regex: str) -> int:
    for i, char, depth in _group_structure(regex):
        if char == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced regex: {regex}")


def one_piece(regex: str) -> bool:
    """Every parenthesis of `regex` closed within it, and no "|" outside them: a part of a
    pattern that stands whole in it, wherever the pattern places it."""
    depth = 0
    for _, char, depth in _group_structure(regex):
        if depth < 0 or (char == "|" and depth == 0):
            return False
    return depth == 0


def _group_structure(regex: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth of groups after it) of each parenthesis and "|" of `regex` that is
    neither escaped nor in a character class."""
    depth, i, in_class = 0, 0, False
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield i, char, depth
        i += 1


class Lines:
    """Line spans of a text. No expression crosses a line break: one ends a headline, a
    paragraph or (in NTREX-style input) a sentence."""

    def __init__(self, text: str):
        # (most texts are one sentence: no scan for line breaks)
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)] if "\n" in text else [0]
        self.ends = [start - 1 for start in self.starts[1:]] + [len(text)]
        self.every = set(range(len(self.starts)))

    def containing(self, trigger: re.Pattern, lower: str, word_start: bool = False) -> set[int]:
        """Indices of the lines where `trigger` (a case-free pattern) occurs in `lower` (the
        lowercased text), with `word_start` only where no letter precedes it."""
        found: set[int] = set()
        position = 0
        while (match := trigger.search(lower, position)) is not None:
            start, end = match.span()
            position = max(end, start + 1)
            if word_start and start and lower[start - 1].isalpha():
                position = start + 1
                continue
            found.update(range(bisect_right(self.starts, start) - 1, bisect_right(self.starts, max(start, end - 1))))
            if len(found) == len(self.starts):  # every line has one (a one-line text: the first will do)
                break
        return found

    def spans(self, indices) -> list[tuple[int, int]]:
        return [(self.starts[i], self.ends[i]) for i in sorted(indices)]


def lookup(table: dict[str, int], found: str) -> int | None:
    """Find which regex-fragment key of `table` matches `found` exactly."""
    folded = fold(found)
    for fragment, value in table.items():
        if fragment_pattern(fragment).fullmatch(folded):
            return value
    return None


@lru_cache(maxsize=None)
def fragment_pattern(fragment: str) -> re.Pattern:
    """A table key compiled once: there are more of them than `re`'s own cache holds, and a
    recompiled pattern costs more than the match."""
    return compiled(fold(fragment), re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    lang: str
    month_index: dict[str, int]
    weekday_index: dict[str, int]
    unit_of: dict[str, str]

    def month(self, word: str) -> int | None:
        return self.month_index.get(fold(word.lower().rstrip(".")))

    def weekday(self, word: str) -> int | None:
        return self.weekday_index.get(fold(word.lower()))

    def unit(self, word: str) -> str | None:
        return self.unit_of.get(fold(re.sub(r"\s+", " ", word.lower())))

    def shift(self, words: str | None) -> int:
        if not words:
            return 0
        words = re.sub(r"\s+", " ", words.strip())
        for table in (R.SHIFT_PRE[self.lang], R.SHIFT_POST[self.lang]):
            value = lookup(table, words)
            if value is not None:
                return value
        return 0


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    month_index = {fold(form): i + 1 for i, forms in enumerate(R.MONTHS[lang]) for form in forms}
    weekday_index = {fold(form): i for i, forms in enumerate(R.WEEKDAYS[lang]) for form in forms}
    unit_of = {fold(form): unit for unit, (singular, plural) in R.UNITS[lang].items()
               for form in singular + plural}
    return Lexicon(lang, month_index, weekday_index, unit_of)


# ---------------------------------------------------------------------------------------------
# Meanings: what a matched phrase denotes, independent of the publication date when possible


def fixed_meaning(granularity: str, resolution: Resolution | None) -> Meaning | None:
    return Meaning(granularity, False, None, fixed=resolution) if resolution else None


def relative_meaning(granularity: str, anchor: str, resolve: Callable[[date], Resolution | None]) -> Meaning:
    return Meaning(granularity, True, anchor, resolve=resolve)


def offset_name(unit: str, offset: int) -> str:
    names = {0: f"this_{unit}", 1: f"next_{unit}", -1: f"last_{unit}"}
    return names.get(offset, f"{unit}{offset:+d}")


def day_offset_meaning(offset: int) -> Meaning:
    anchor = {0: "today", 1: "tomorrow", -1: "yesterday"}.get(offset, f"day{offset:+d}")
    return relative_meaning("day", anchor, lambda pub: day_resolution(shifted(pub, days=offset)))


def partial_date_meaning(month: int, day: int) -> Meaning:
    """Day and month without a year: the year from the sentence's tense (see `occurrence`)."""
    return yearly_meaning("day", f"date:{month:02d}-{day:02d}",
                          lambda year: (day_resolution(found) if (found := safe_date(year, month, day)) else None))


def yearly_meaning(granularity: str, anchor: str, of_year: Callable[[int], Resolution | None]) -> Meaning:
    """Something that recurs every year (a bare month, "3 May", Easter, summer), resolved by
    `occurrence` from publication and tense."""
    return Meaning(granularity, True, anchor, resolve=lambda pub: occurrence(of_year, pub, ""),
                   tensed=lambda pub, tense: occurrence(of_year, pub, tense))


def occurrence(of_year: Callable[[int], Resolution | None], published: date, tense: str) -> Resolution | None:
    """Which year's occurrence a yearly expression means (HeidelTime's news strategy): in a
    past-tense sentence the latest one up to the publication year that began by publication, in a
    future-tense one the first from the publication year on that has not ended by then, otherwise
    the publication year's. The publication year's also counts within a quarter's slack ("said he
    would testify on Feb. 10" in early January; "volveré el 17 del 11" late in November). A year
    without one (29 February) gives way to the nearest earlier one."""
    candidates = [found for year in range(published.year - 8, published.year + 9) if (found := of_year(year))]
    if tense == "past":
        return max((c for c in candidates if c[1].year <= published.year and c[1] <= published + TENSE_SLACK),
                   key=lambda c: c[1], default=None)
    if tense == "future":
        return min((c for c in candidates if c[2].year >= published.year and c[2] >= published - TENSE_SLACK),
                   key=lambda c: c[1], default=None)
    return min(candidates, key=lambda c: (_distance(c, published), c[1]), default=None)


def _distance(resolution: Resolution, day: date) -> int:
    """Days between `day` and the nearest day of the resolution's interval (0 inside it)."""
    return max((resolution[1] - day).days, (day - resolution[2]).days, 0)


TENSE_SLACK = timedelta(days=92)


def date_meaning(year: int | None, month: int, day: int) -> Meaning | None:
    if year is None:
        return partial_date_meaning(month, day)
    found = safe_date(year, month, day)
    return fixed_meaning("day", day_resolution(found)) if found else None


def month_meaning(year: int | None, month: int, year_offset: int | None = None) -> Meaning:
    if year is not None:
        return fixed_meaning("month", month_resolution(year, month))
    if year_offset is None:
        return yearly_meaning("month", f"month:{month}", lambda year: month_resolution(year, month))
    anchor = f"{offset_name('year', year_offset)}:month:{month}"
    return relative_meaning("month", anchor, lambda pub: month_resolution(shifted(pub, years=year_offset).year, month))


def period_meaning(unit: str, offset: int) -> Meaning:
    return relative_meaning(unit, offset_name(unit, offset), lambda pub: period_resolution(unit, pub, offset))


def position_meaning(position: str, unit: str, offset: int) -> Meaning:
    base = offset_name(unit, offset).replace("this_", "")
    return Meaning(unit, True, f"{position}_of_{base}", mod=POSITION_MODS[position],
                   resolve=lambda pub: sub_period(unit, period_resolution(unit, pub, offset), position))


def weekday_meaning(weekday: int, mode: str) -> Meaning:
    """mode: past (bare weekday), prev ("last"), upcoming ("coming"), or week offset
    "week:+1" ("next", "volgende week vrijdag") / "week:0" ("this"). A bare weekday is the most
    recent such day (0-6 days back), or in a future-tense sentence the next one (0-6 days on)."""

    def resolve(pub: date, tense: str = "") -> Resolution:
        back = (pub.weekday() - weekday) % 7
        if mode == "past":
            ahead = (weekday - pub.weekday()) % 7
            return day_resolution(shifted(pub, days=ahead) if tense == "future" else shifted(pub, days=-back))
        if mode == "prev":
            return day_resolution(shifted(pub, days=-(back or 7)))
        if mode == "upcoming":
            return day_resolution(shifted(pub, days=(weekday - pub.weekday()) % 7 or 7))
        return day_resolution(shifted(pub, days=weekday - pub.weekday(), weeks=int(mode.split(":")[1])))

    prefix = "" if mode == "past" else (mode.replace("week:", "week") + ":")
    return Meaning("day", True, f"{prefix}weekday:{weekday}", resolve=resolve,
                   tensed=resolve if mode == "past" else None)


# "a few years ago", "il y a quelques années", "vor einigen Jahren": the value keeps the count of
# VAGUE_COUNTS (three, Recognizers-Text's reading), but the interval runs from two to nine units away,
# so a report that says "in 2013" against "a few years ago" in 2015 is no clash.
VAGUE_REACH = (2, 9)


def duration_meaning(parts: list[tuple[int, str]], sign: int, base_days: int = 0, vague: bool = False) -> Meaning:
    """"3 weeks ago", "over twee weken", "1 maand en 21 dagen geleden": the day that far from
    publication (or from `base_days` away from it: "twee dagen vanaf morgen"). Units are day,
    week, month, year, workday (Monday-Friday steps) and weekday:N ("two Sundays from now" = the
    second Sunday after the base day). Counted in years only ("two years ago", "dans trois ans")
    it is that year, as TIMEX3 annotates it; otherwise the day (Recognizers-Text's reading of
    "a month ago", which news uses for a day as often as for a month)."""
    months = sum(n * (12 if unit == "year" else 1) for n, unit in parts if unit in ("month", "year"))
    days = sum(n * (7 if unit == "week" else 1) for n, unit in parts if unit in ("day", "week"))
    counted = [(n, unit) for n, unit in parts if unit == "workday" or unit.startswith("weekday:")]
    units = {unit for _, unit in parts}
    granularity = "year" if units == {"year"} else "day"

    # "two weeks ago", "a month ago" name a day only roughly: the interval allows half a unit
    # either way, so reports written a day apart still agree.
    spread = {frozenset({"week"}): 3, frozenset({"month"}): 15}.get(frozenset(units), 0)

    def resolve(pub: date) -> Resolution:
        day = shifted(shifted(pub, days=base_days), months=sign * months)
        day = shifted(day, days=sign * days)
        for n, unit in counted:
            day = _count_days(day, n * sign, unit)
        if vague and len(parts) == 1 and parts[0][1] in CALENDAR_STEPS:
            return _vague_resolution(pub, day, granularity, parts[0][1], sign)
        if granularity == "year":
            return year_resolution(day.year)
        return day.isoformat(), shifted(day, days=-spread), shifted(day, days=spread)

    short = {"day": "d", "week": "w", "month": "m", "year": "y", "workday": "wd"}  # "-3w": three weeks ago
    label = "".join(f"{n}{short.get(unit, unit)}" for n, unit in parts)
    anchor = f"{'+' if sign > 0 else '-'}{label}" + (f"@day{base_days:+d}" if base_days else "")
    return relative_meaning(granularity, anchor, resolve)


CALENDAR_STEPS = {"day": ("days", 1), "week": ("days", 7), "month": ("months", 1), "year": ("months", 12)}


def _vague_resolution(pub: date, day: date, granularity: str, unit: str, sign: int) -> Resolution:
    """The value of `day` (a vague count's guess) with the interval of VAGUE_REACH units from `pub`."""
    step, size = CALENDAR_STEPS[unit]
    ends = sorted(shifted(pub, **{step: sign * reach * size}) for reach in VAGUE_REACH)
    if granularity == "year":
        return str(day.year), date(ends[0].year, 1, 1), date(ends[1].year, 12, 31)
    return day.isoformat(), ends[0], ends[1]


def _count_days(start: date, steps: int, unit: str) -> date:
    """Step |steps| matching days from `start` (exclusive): workdays, or one weekday. Any 7
    days in a row hold each weekday once, so whole weeks are jumped, then at most 7 days walked."""
    wanted = range(5) if unit == "workday" else (int(unit.split(":")[1]),)
    sign = 1 if steps > 0 else -1
    weeks = (abs(steps) - 1) // len(wanted) if steps else 0
    day, left = shifted(start, weeks=sign * weeks), abs(steps) - weeks * len(wanted)
    while left:
        day = shifted(day, days=sign)
        left -= day.weekday() in wanted
    return day


def anaphoric_day_meaning(offset: int) -> Meaning:
    """"the next day", "de volgende dag", "le lendemain": `offset` days from the day the text
    mentioned last; `times.extract_times` re-anchors it. Resolved here against publication,
    which is only the fallback; the anchor says so (time_relation treats it as unverifiable)."""
    anchor = f"day{offset:+d}@published"
    return Meaning("day", True, anchor, resolve=lambda pub: day_resolution(shifted(pub, days=offset)),
                   anaphoric=offset)


def period_of_date(meaning: Meaning, unit: str) -> Meaning:
    """The week (Monday-Sunday) or month containing a date ("the week of September 16th")."""

    def widen(resolution: Resolution | None) -> Resolution | None:
        if resolution is None:
            return None
        day = resolution[1]
        if unit == "month":
            return month_resolution(day.year, day.month)
        return week_resolution(shifted(day, days=-day.weekday()))

    if meaning.fixed:
        return Meaning(unit, False, None, fixed=widen(meaning.fixed))
    resolve = meaning.resolve
    return Meaning(unit, True, f"{unit}_of_{meaning.anchor}", resolve=lambda pub: widen(resolve(pub)))


def nth_weekday_meaning(nth: int, weekday: int, month_offset: int = 0) -> Meaning:
    """"de tweede zondag": the nth such weekday of the publication month."""

    def resolve(pub: date) -> Resolution | None:
        year, month = month_of(pub, month_offset)
        first = date(year, month, 1)
        day = 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1)
        found = safe_date(year, month, day)
        return day_resolution(found) if found else None

    return relative_meaning("day", f"month{month_offset:+d}:weekday:{weekday}#{nth}", resolve)


def day_of_month_meaning(day: int, month_offset: int = 0, weekday: int | None = None) -> Meaning:
    """"vrijdag de 22e", "the 20th of next month": that day of the publication month (+offset);
    with `weekday`, only where that day falls on it (else no expression)."""

    def resolve(pub: date) -> Resolution | None:
        year, month = month_of(pub, month_offset)
        found = safe_date(year, month, day)
        return day_resolution(found) if found and weekday in (None, found.weekday()) else None

    prefix = "" if month_offset == 0 else offset_name("month", month_offset) + ":"
    return relative_meaning("day", f"{prefix}day_of_month:{day}", resolve)


def part_of_current(unit: str, offset: int, part: str) -> Meaning:
    """"earlier this year" = start of the year to publication; "later this month" = the rest."""

    def resolve(pub: date) -> Resolution:
        value, first, last = period_resolution(unit, pub, offset)
        return (value, first, pub) if part == "earlier" else (value, pub, last)

    return relative_meaning(unit, f"{part}_{offset_name(unit, offset)}", resolve)


def to_expr(text: str, start: int, end: int, meaning: Meaning, published: date | None,
            tense: str = "") -> TimeExpr | None:
    """The TimeExpr of a match; None when the phrase names no day ("the 31st" of a 30-day
    month). A day outside the calendar keeps the expression as text, unresolved (value None)."""
    resolution = meaning.fixed
    if resolution is None and published is not None:
        try:
            resolution = resolve_meaning(meaning, published, tense)
        except OUT_OF_CALENDAR:  # OutsideCalendar is a ValueError
            resolution = None  # "2500 years ago", "in 3000000 days": kept as text, unresolved
        else:
            if resolution is None:
                return None
    value, first, last = resolution if resolution else (None, None, None)
    return TimeExpr(
        text=text[start:end], start=start, end=end, value=value,
        granularity=meaning.granularity, relative=meaning.relative,
        earliest=_written_bound(first), latest=_written_bound(last),
        anchor=meaning.anchor, type=meaning.type, mod=meaning.mod, zone=meaning.zone,
    )


def _written_bound(bound: date | str | None) -> str | None:
    """A day as ISO text; a duration's length ("P2W") as it is."""
    return bound if isinstance(bound, str) or bound is None else bound.isoformat()


# What calendar arithmetic raises beyond `date`'s range (years 1-9999) or on a day that does not
# exist; one guard for every rule (see to_expr).
OUT_OF_CALENDAR = (OverflowError, ValueError)


def resolve_meaning(meaning: Meaning, published: date, tense: str = "") -> Resolution | Value | None:
    if meaning.tensed is not None:
        return meaning.tensed(published, tense)
    return meaning.resolve(published) if meaning.resolve is not None else None


def shifted_month_meaning(month: int, offset: int) -> Meaning:
    """"last June" = the most recent June before the publication month, "next June" = the first
    one after it, "this June" = the publication year's (news usage, not calendar-year shifts)."""

    def resolve(pub: date) -> Resolution:
        years = 0
        if offset < 0:
            years = -1 if month >= pub.month else 0
        elif offset > 0:
            years = 1 if month <= pub.month else 0
        return month_resolution(shifted(pub, years=years).year, month)

    return relative_meaning("month", f"{offset_name('month', offset)}:month:{month}", resolve)


@lru_cache(maxsize=1024)
def ordinal_word(word: str, lang: str) -> bool:
    """"tenth", "tiende", "vigésimo segundo" are ordinals; "ten", "tien" are not."""
    word = _with_accents(word.lower().strip(), lang)
    if word in R.IRREGULAR_ORDINALS.get(lang, {}):
        return True
    from text_to_num import alpha2digit

    try:
        converted = alpha2digit(word, lang, threshold=0).split()
    except Exception:
        return False
    return len(converted) == 1 and not converted[0].isdigit()
