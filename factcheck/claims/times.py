"""Time expressions in news text, normalised against the publication date.

`extract_times(text, lang, published)` finds dates, partial dates, deictic days, weekdays,
relative periods, end/begin/middle-of-period phrases and years in en/nl/de/fr/es/it and returns
`TimeExpr` objects; `time_relation(a, b)` compares two of them.

Design (see docs/times-and-numbers.md):
* One ordered list of regex rules, built per language from the tables in `_time_rules.py`.
  Rules run most specific first; a span claimed by an earlier rule is never re-read.
* Speed: a rule reads only the lines that contain a word it needs (a month, a digit...),
  found by one case-free scan per word class; no expression crosses a line break.
* Every rule produces a `Meaning`: either fixed dates, or a function of the publication date
  plus a language-neutral `anchor`. Without a publication date relative expressions keep
  `value=None` and only their anchor - the machine clock is never consulted.
* dateparser is not needed for the rules here (it misses every end-of-period phrase and has
  false positives such as "we" -> Wednesday); it is loaded lazily only by the benchmark.

Resolution rules (news conventions):
* partial dates ("30 december", "in juli") take the publication year;
* a bare weekday ("the company said Monday") is the most recent such day on or before the
  publication date (0-6 days back), because news reports mostly in the past tense;
  "this Friday" = Friday of this week, "last Friday" = most recent Friday before publication,
  "next Friday" / "coming Friday" = first Friday after publication, "Friday next week" = Friday
  of next week; `compare` matches a bare weekday against another weekday by name;
* end of year = December, beginning = January, middle = June-July; end of month = day 21 to
  the last day, beginning = 1-10, middle = 11-20; end of week = Friday-Sunday.
* "the next day" and its kin count from the last resolved day earlier in the text; without one
  they guess from publication, marked "@published", and `time_relation` calls such a guess unknown.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from factcheck.claims import _time_rules as R
from factcheck.claims._spans import TakenSpans
from factcheck.claims._time_meanings import (
    Lines, Meaning, OutsideCalendar, case_simple, day_shifted_meaning, fold, lexicon, lookup, fragment_pattern, lowered, parse_count, period_resolution,
    shifted, to_expr,
)
from factcheck.claims._time_kinds import (
    PART_HOURS, clock_on_day, duration_value, half_of_year_meaning, month_in_year_meaning, part_of_period_meaning, quarter_resolution, shifted_resolution, tense_markers,
    time_meaning,
)
from factcheck.claims._time_patterns import B, E, MONTH_OF, WORD_START_CLASSES, build_rules, word_classes, _number_word
from factcheck.lazyre import alternation, compiled
from factcheck.model import TimeExpr


# ---------------------------------------------------------------------------------------------
# Public API


def extract_times(text: str, lang: str, published: date | None = None) -> list[TimeExpr]:
    """All time expressions in `text`, non-overlapping, in text order."""
    if lang not in R.LANGS:
        return []
    taken = TakenSpans()
    found: list[tuple[int, int, Meaning]] = []
    folded = fold(text)  # same length, so spans found in it index `text`
    lines, lower = Lines(folded), lowered(folded)
    lines_with = _lines_with_word_classes(lang, lower, lines)
    scanned = lower if case_simple(folded) else None  # where the rules' case-free scans apply
    present = frozenset(name for name, found in lines_with.items() if found)
    windows_of = _windows_by_needs(lines, lines_with)
    tenses = _Tenses(text, lang)
    for rule in _rules_needing(lang, present):
        windows = windows_of(rule.needs)
        if rule.contains is not None and scanned is not None:
            windows = [(start, end) for start, end in windows if rule.contains.search(scanned, start, end)]
        for start, end, meaning in _rule_matches(rule, folded, scanned, text, taken, windows):
            if meaning.fixed or to_expr(text, start, end, meaning, published, tenses.of(meaning, start, end)):
                # (a relative meaning may name no day: 29 February of a common year)
                taken.add(start, end)
                found.append((start, end, meaning))
    if not found:  # most sentences: nothing for the joins and anchors below to work on
        return []
    found.sort(key=lambda item: item[0])
    if lang in R.TITLE_CASE_NAMES:
        found = [item for item in found if not _written_as_title(text, lang, item[0], item[1])]
    if lang in R.UNIT_COMPOUND_LINKS:
        found = [item for item in found if not _unit_compound(lang).match(folded, item[1])]
    exprs = []
    joined = _join_parts_of_periods(folded, lang, _join_halves_of_years(folded, lang, _join_months_and_years(folded, found)))
    joined = _with_duration_ranges(text, folded, lang, joined)
    days_and_times = _join_days_and_times(folded, lang, _with_clock_mods(folded, lang, joined))
    for start, end, meaning in _with_days_next_to_days(folded, lang, _with_day_edges(folded, lang, days_and_times)):
        expr = to_expr(text, start, end, meaning, published, tenses.of(meaning, start, end))
        # a part of day alone is no date, unless a preposition makes it a time of the story's day
        if expr and (meaning.granularity != "part" or _part_of_story_day(folded, lang, start)):
            exprs.append((_within_in_the_past(folded, lang, tenses, expr), meaning))
    exprs = _with_coordinated_weekly_sets(text, lang, _with_coordinated_days(text, lang, exprs))
    exprs = _quarters_closed_by_a_day(text, lang, exprs)
    named_quarters = _quarters_after_year_ago(folded, exprs)
    anchored = _anchor_anaphora(exprs, _period_end_days(text, lang, exprs) | set(named_quarters),
                                _parts_of_year(folded, lang, exprs))
    return _with_year_ago_quarters(text, _parts_on_story_days(anchored), named_quarters)


def _part_of_story_day(folded: str, lang: str, start: int) -> bool:
    """"Dealers placed heavy buy orders in the morning", "By mid afternoon", "am Abend", "dans la
    soirée": a part of day after one of the language's PART_OF_DAY_BEFORE is a time of the day the
    story last named (`_parts_on_story_days`); elsewhere ("a morning talk show") it is no time."""
    before = R.PART_OF_DAY_BEFORE.get(lang)
    return before is not None and fragment_pattern(rf"(?<!\w)(?:{before})\s+\Z").search(folded, max(0, start - 30), start) is not None


STORY_DAY_TIME = re.compile(r"\d{4}-\d\d-\d\dT")


def _parts_on_story_days(exprs: list[TimeExpr]) -> list[TimeExpr]:
    """A lone part of day is kept only where `_anchor_anaphora` put it on the story's last day (as
    a clock time with no day of its own is: TIMEX3's value, no interval); with no day before it, it
    is dropped, as before."""
    return [replace(expr, granularity="time") if expr.granularity == "part" else expr for expr in exprs
            if expr.granularity != "part" or STORY_DAY_TIME.match(expr.value or "")]


ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def _with_coordinated_days(text: str, lang: str, exprs: list[tuple[TimeExpr, Meaning]]) -> list[tuple[TimeExpr, Meaning]]:
    """"April 24 and 25", "April 24-25, 1999", "24 and 25 April", "am 24. und 25. April", "les 24 et 25
    avril": the day number joined to a written date by the language's AND_WORDS or a dash is a day of
    the same month (a later one); it was unread, or a day of the publication month ("24.")."""
    after, before = _coordinated_day_patterns(lang)
    result: list[tuple[TimeExpr, Meaning]] = []
    for expr, meaning in exprs:
        day = ISO_DAY.fullmatch(expr.value or "") if expr.granularity == "day" and expr.type == "DATE" else None
        if day and expr.text[:1].isdigit() and (written := before.search(text, max(0, expr.start - 12), expr.start)):
            first = _day_of_same_month(text, expr, day, int(written.group("day")), written.start("day"), written.end("day"))
            if first and int(written.group("day")) < int(day.group(3)):
                if result and result[-1][0].start >= written.start("day"):
                    result.pop()  # "24." read alone as a day of the publication month
                result.append((first, meaning))
        result.append((expr, meaning))
        if day and expr.text[-1:].isdigit() and (written := after.match(text, expr.end)):
            second = _day_of_same_month(text, expr, day, int(written.group("day")), written.start("day"), written.end("day"))
            if second and int(written.group("day")) > int(day.group(3)):
                result.append((second, meaning))
    return result


@lru_cache(maxsize=None)
def _coordinated_day_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    joiner = rf"\s*(?:(?<!\w)(?:{R.AND_WORDS[lang]})(?!\w)|[-–])\s*"
    # the day after must end the phrase (no "25 more people", "25%", "25,000"): punctuation, a year or the end
    after = rf"{joiner}(?P<day>[0-3]?\d)\.?(?=\s*(?:[,.;:)\n]|\Z|(?:19|20)\d\d\b))(?![.,]\d)"
    before = rf"(?<![\d.,])(?P<day>[0-3]?\d)\.?{joiner}\Z"
    return compiled(after, re.IGNORECASE), compiled(before, re.IGNORECASE)


WEEKLY_SET = re.compile(r"XXXX-WXX-\d(T[A-Z]{2})?")


def _with_coordinated_weekly_sets(text: str, lang: str, exprs: list[tuple[TimeExpr, Meaning]]) -> list[tuple[TimeExpr, Meaning]]:
    """"on Monday and Tuesday nights", "Saturday and Sunday mornings": a bare weekday joined by the
    language's AND_WORDS to a weekly set shares its recurrence and part of day (XXXX-WXX-1TNI); it was
    read as one past Monday, a date the story does not name."""
    joiner = _and_between(lang)
    result = list(exprs)
    for i in range(len(result) - 1):
        first, (weekly, meaning) = result[i][0], result[i + 1]
        recurs = WEEKLY_SET.fullmatch(weekly.value or "") if weekly.type == "SET" else None
        day = lexicon(lang).weekday(first.text) if recurs and first.type == "DATE" else None
        if day is not None and joiner.fullmatch(text, first.end, weekly.start):
            value = f"XXXX-WXX-{day + 1}{recurs.group(1) or ''}"
            result[i] = (replace(weekly, text=first.text, start=first.start, end=first.end, value=value,
                                 anchor=f"set:{value}"), meaning)
    return result


@lru_cache(maxsize=None)
def _and_between(lang: str) -> re.Pattern:
    return compiled(rf"\s+(?:{R.AND_WORDS[lang]})\s+", re.IGNORECASE)


def _day_of_same_month(text: str, expr: TimeExpr, day: re.Match, number: int, start: int, end: int) -> TimeExpr | None:
    try:
        iso = date(int(day.group(1)), int(day.group(2)), number).isoformat()
    except ValueError:
        return None
    anchor = f"date:{day.group(2)}-{number:02d}" if (expr.anchor or "").startswith("date:") else expr.anchor
    return replace(expr, text=text[start:end], start=start, end=end, value=iso, earliest=iso, latest=iso, anchor=anchor)


COUNT_FORWARD = re.compile(r"\+(\d+)([dwmy])")


def _within_in_the_past(folded: str, lang: str, tenses: _Tenses, expr: TimeExpr) -> TimeExpr:
    """"His second letter in two weeks was published", "he had lost ten kilos in three weeks": where
    the language's forward count ("in two weeks") also means "within" (`WITHIN_PREPOSITIONS`), in a
    past-tense sentence it is the time something took, a duration, not the day two weeks after
    publication; not after a conditional ("said it would decide in two weeks": `CONDITIONAL_WORDS`)."""
    within = R.WITHIN_PREPOSITIONS.get(lang)
    counted = COUNT_FORWARD.fullmatch(expr.anchor or "")
    preposition = within and counted and fragment_pattern(rf"(?:{within})\s+").match(folded, expr.start)
    if not preposition or tenses.at(expr.start, expr.end) != "past":
        return expr
    conditional = fragment_pattern(rf"(?<!\w)(?:{R.CONDITIONAL_WORDS[lang]})(?!\w)")
    first, last = tenses.sentence(expr.start)
    if conditional.search(folded, max(first, expr.start - 60), expr.start) or \
            conditional.search(folded, expr.end, min(last, expr.end + 30)):
        return expr  # "agreed to pay in two weeks", "angekündigt, in zwei Wochen zu entscheiden": still to come
    value = duration_value(int(counted.group(1)), counted.group(2).upper())
    return replace(expr, text=expr.text[preposition.end() - expr.start:], start=preposition.end(), value=value,
                   type="DURATION", granularity="duration", relative=False, earliest=None, latest=None,
                   anchor=f"duration:{value}")


WORD = re.compile(r"[^\W\d_]+")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\"'`“‘(\[]|--|_)\s*\Z")
LOWERCASE_WORD = re.compile(r"\b[a-z]{3,}\b")


def _written_as_title(text: str, lang: str, start: int, end: int) -> bool:
    """ABC's "This Week", CBS's "60 Minutes", the film "High Noon", "VOA Today": in a language that
    writes common words in lower case (`TITLE_CASE_NAMES`), a time expression whose every word is
    capitalised, one of them no month, weekday or holiday (which take a capital anyway), is the name
    of a programme or a work; so is a single such word after a capitalised word in mid-sentence.
    Only inside running text: a headline in title case keeps its times."""
    words = WORD.findall(text[start:end])
    common = [w for w in words if not _named_anyway(lang, w)]
    if not common or not all(w[0].isupper() and not w.isupper() for w in words) or _holiday(lang).search(fold(text[start:end])):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    around = text[max(line_start, start - 40):start] + " " + text[end:min(line_end, end + 40)]
    if not LOWERCASE_WORD.search(around):
        return False  # a headline or a line of names
    if not text.startswith(common[-1], start) or len(common) > 1:
        return True  # "This Week", "60 Minutes": a common word capitalised after the expression's start
    before = text[max(line_start, start - 40):start]
    return not SENTENCE_START.search(before) and re.search(r"\b[A-Z][\w'’-]*\s+\Z", before) is not None


@lru_cache(maxsize=None)
def _unit_compound(lang: str) -> re.Pattern:
    """What makes the unit just read the first half of a compound adjective of comparison: "a
    year-to-year basis", "a month-to-month lease" name no length of time. (A quarter is left alone:
    "the quarter-to-quarter comparison" is the text's quarter against the year-earlier one, the
    antecedent of "the year-earlier period" after it.)"""
    units = alternation(form for singular, _ in R.DURATION_UNITS[lang].values() for form in singular)
    return compiled(fold(rf"(?:{R.UNIT_COMPOUND_LINKS[lang]})(?:{units})(?!\w)"), re.IGNORECASE)


@lru_cache(maxsize=None)
def _names_anyway(lang: str) -> frozenset[str]:
    """Month and weekday names of the language, which some languages capitalise as a rule."""
    return frozenset(form for forms in R.MONTHS[lang] + R.WEEKDAYS[lang] for form in forms)


def _named_anyway(lang: str, word: str) -> bool:
    return fold(word.lower()) in _names_anyway(lang)


@lru_cache(maxsize=None)
def _holiday(lang: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(form for forms in R.HOLIDAYS[lang].values() for form in forms)})(?!\w)",
                      re.IGNORECASE)


def calendar_spans(times: list[TimeExpr]) -> list[tuple[int, int]]:
    """Spans the number extractor leaves alone: dates ("30 december 2015"). Durations, clock
    times and sets keep their figures as quantities ("14 ans", "21.15 Uhr"), which the number
    comparison reads with their bounds and rounding; so do counts from an event of the story
    ("due anni dopo"), which the time comparison leaves aside."""
    return [(t.start, t.end) for t in times if t.type == "DATE" and not left_to_numbers(t)]


def left_to_numbers(t: TimeExpr) -> bool:
    """Dates whose figure the number comparison reads: counts from the story ("ten years later")
    and centuries ("siglo XV", "the 15th century", read with their Roman numerals as numbers)."""
    return counts_from_story(t) or t.granularity == "century"


def counts_from_story(t: TimeExpr) -> bool:
    """"Ten years later", "a year earlier": counted from a date of the story, not from publication."""
    return bool(re.fullmatch(r"[+-][^@]*@previous", t.anchor or ""))


def _join_days_and_times(folded: str, lang: str, found: list[tuple[int, int, Meaning]]):
    """A day and a time of day written together ("Tuesday at 9 p.m.", "vendredi soir",
    "21.15 Uhr am Montag") make one TIME expression on that day (`folded`: the accent-folded
    text, which the joiners are written against: "mercredi à 15 h")."""
    joiner = _day_time_joiner(lang)
    result: list[tuple[int, int, Meaning]] = []
    for start, end, meaning in found:
        if result and joiner.fullmatch(folded[result[-1][1]:start]):
            p_start, _, previous = result[-1]
            joined = _day_and_time(previous, meaning) or _clock_in_part_of_day(previous, meaning)
            if joined:
                result[-1] = (p_start, end, replace(joined, mod=meaning.mod or previous.mod))
                continue
        result.append((start, end, meaning))
    return result


@lru_cache(maxsize=None)
def _day_time_joiner(lang: str) -> re.Pattern:
    """What may stand between a day and its time (built once per language, not per text)."""
    joiners, mods = R.TIME_JOINERS[lang], alternation(R.CLOCK_MODS[lang])
    # "giovedì, alle ore 19:30", "Friday at about 9 p.m.", "vendredi peu avant 21 heures"
    return fragment_pattern(rf"\s*,?\s*(?:{joiners})?\s*(?:(?<!\w)(?:{mods})\s*(?:{joiners})?\s*)?")


def _with_clock_mods(folded: str, lang: str, found: list[tuple[int, int, Meaning]]):
    """A clock time after "about", "shortly before", "dopo le", "vers" (`CLOCK_MODS`) keeps that
    TIMEX3 mod (APPROX, BEFORE, AFTER); the span leaves the phrase out (a preposition may stand inside
    it, "intorno alle ore 8"), where a duration keeps its modifier."""
    mods = R.CLOCK_MODS[lang]

    def with_mod(start: int, end: int, meaning: Meaning, written: re.Match):
        if meaning.type == "TIME" and not meaning.mod and CLOCK.fullmatch(_time_part(meaning) or ""):
            return start, end, replace(meaning, mod=lookup(mods, written.group("mod")))
        return None

    return _rewritten_after(folded, found, _clock_mod_before(lang), with_mod) if mods else found


# A duration read as one count and one unit ("P3W", "PT10H"), the only kind a range joins.
SINGLE_DURATION = re.compile(r"P(T?)(\d+)([A-Z])")


def _with_duration_ranges(text: str, folded: str, lang: str, found: list[tuple[int, int, Meaning]]):
    """A duration whose count is the closing end of a range ("two to three weeks", "zwei bis drei
    Wochen", "entre 8 et 10 heures", "2-3 days": `DURATION_RANGES`, or a dash) spans both ends.
    TIMEX3 has no range value: the value is the first end's, as TimeBank annotates "two to three
    weeks" (P2W); `earliest` / `latest` hold the shortest and longest length ("P2W", "P3W"), so the
    comparison meets every count between them. Only a
    smaller first count with nothing read there already makes a range (a clock range such as
    "de 8 à 17 heures" is a TIME, not a duration, and stays as it is)."""
    patterns = _duration_range_before(lang)
    result: list[tuple[int, int, Meaning]] = []
    for start, end, meaning in found:
        single = SINGLE_DURATION.fullmatch(meaning.fixed[0] or "") if meaning.type == "DURATION" and meaning.fixed else None
        written = single and not meaning.mod and next(
            (m for cut in _first_word_ends(folded, start, end) for pattern in patterns
             if (m := pattern.search(folded, max(0, start - 40), cut))), None)
        low = written and parse_count(text[written.start("low"):written.end("low")], lang)
        if low and 0 < low < int(single.group(2)) and not (result and result[-1][1] > written.start("low")):
            shortest = f"P{single.group(1)}{low}{single.group(3)}"
            meaning = replace(meaning, fixed=(shortest, shortest, meaning.fixed[0]), anchor=f"duration:{shortest}")
            start = written.start("low")
        result.append((start, end, meaning))
    return result


def _first_word_ends(folded: str, start: int, end: int) -> tuple[int, ...]:
    """Where the range words may end: before the duration, or after its first word, which may be
    the joining word read as an article ("de duas [a três semanas]": Portuguese "a")."""
    first = FIRST_WORD.match(folded, start, end)
    return (start, first.end()) if first else (start,)


FIRST_WORD = re.compile(r"[^\W\d_]+\s+")


@lru_cache(maxsize=None)
def _duration_range_before(lang: str) -> tuple[re.Pattern, ...]:
    """The first end of a range and its joining words, right before the closing duration: one
    pattern per template of `DURATION_RANGES`, and the dash of "2-3 days"."""
    low = rf"(?P<low>\d+|{_number_word(lang)})"
    templates = [*(template.replace("{LOW}", low) + r"\s+" for template in R.DURATION_RANGES[lang]), rf"{low}\s?[-–]\s?"]
    return tuple(fragment_pattern(rf"{B}{template}\Z") for template in templates)


@lru_cache(maxsize=None)
def _clock_mod_before(lang: str) -> re.Pattern:
    return fragment_pattern(rf"{B}(?P<mod>{alternation(R.CLOCK_MODS[lang])})\s+(?:(?:{R.CLOCK_PREPOSITIONS[lang]})\s+)?"
                            rf"(?:(?:{R.CLOCK_HOUR_WORDS[lang]})\s+)?\Z")


def _with_day_edges(folded: str, lang: str, found: list[tuple[int, int, Meaning]]):
    """A day written at an edge of itself ("late Saturday", "early Sunday", "in der Nacht zum
    Sonntag", "en la madrugada del domingo", "dans la nuit de samedi à dimanche": `DAY_EDGES`)
    keeps the TIMEX3 mod START or END. A night crosses midnight and translators name it by either
    day, so the comparison lets a day's late edge meet the next day and a day's early edge the day
    before (compare/times). The span leaves the phrase out, as for clock mods."""
    if lang not in R.DAY_EDGES:
        return found
    before, after = _day_edge_patterns(lang)

    def at_edge(start: int, end: int, meaning: Meaning, written: re.Match):
        if meaning.type == "DATE" and meaning.granularity == "day" and not meaning.mod:
            return start, end, replace(meaning, mod="START" if written.group("start") else "END")
        return None

    return _rewritten_after(folded, found, before, at_edge, after)


def _with_days_next_to_days(folded: str, lang: str, found: list[tuple[int, int, Meaning]]):
    """"The day before last Tuesday's hearing", "la veille du 14 juillet", "am Tag nach dem 3. Mai": the
    day before or after a written day is one DATE, that day moved (`DAYS_NEXT_TO`: phrase -> days);
    before an event ("the day before the election") it names no day and is not read."""
    table = R.DAYS_NEXT_TO.get(lang)
    if not table:
        return found
    offsets = list(table.values())
    before = fragment_pattern(rf"(?<!\w)(?:{'|'.join(f'(?P<n{i}>{phrase})' for i, phrase in enumerate(table))})\s+\Z")

    def next_to(start: int, end: int, meaning: Meaning, written: re.Match):
        if meaning.type != "DATE" or meaning.granularity != "day" or meaning.anaphoric is not None:
            return None
        which = next(i for i in range(len(offsets)) if written.group(f"n{i}") is not None)
        return written.start(), end, day_shifted_meaning(meaning, offsets[which])

    joined = _rewritten_after(folded, found, before, next_to)
    # the phrase may have been read on its own ("il giorno dopo", an anaphoric day): the join replaces it
    return [item for item in joined if not any(other[0] < item[1] <= other[1] and other[0] <= item[0] and other != item
                                               for other in joined)]


@lru_cache(maxsize=None)
def _day_edge_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """The phrases right before a day, and right after it, that put it at its START or END."""
    edges = R.DAY_EDGES[lang]
    never = "(?!x)x"
    phrases = {(edge, side): edges.get(edge, {}).get(side, never) for edge in ("START", "END") for side in ("before", "after")}
    before = fragment_pattern(rf"{B}(?:(?P<start>{phrases['START', 'before']})|(?P<end>{phrases['END', 'before']}))\s+\Z")
    after = fragment_pattern(rf"\s*,?\s*(?:(?P<start>{phrases['START', 'after']})|(?P<end>{phrases['END', 'after']})){E}")
    return before, after


def _rewritten_after(folded: str, found: list[tuple[int, int, Meaning]], before: re.Pattern, rewrite,
                     after: re.Pattern | None = None):
    """`found`, each expression that `before` matches right before (within 40 characters), or
    `after` right after, replaced by `rewrite(start, end, meaning, match)` where that gives one."""
    result = []
    for start, end, meaning in found:
        written = before.search(folded, max(0, start - 40), start) or (after and after.match(folded, end))
        result.append((written and rewrite(start, end, meaning, written)) or (start, end, meaning))
    return result


def _day_and_time(a: Meaning, b: Meaning) -> Meaning | None:
    day, time = (a, b) if b.type == "TIME" else (b, a)
    if time.type == "TIME" and _time_part(time) and day.type == "DATE" and day.granularity == "day":
        return time_meaning(_time_part(time), time.zone, day)
    return None


CLOCK = re.compile(r"(\d\d):(\d\d)")


def _clock_in_part_of_day(a: Meaning, b: Meaning) -> Meaning | None:
    """"gisteravond om 23.15 uur", "hier soir à 23h15", "heute Morgen gegen halb sieben", "at 11
    o'clock this morning": the clock time on the day of the part of day next to it, which also
    tells a spoken clock's a.m. from p.m. ("halb sieben" in the morning is 06:30)."""
    clock_meaning, part_meaning = (a, b) if CLOCK.fullmatch(_time_part(a) or "") else (b, a)
    clock = CLOCK.fullmatch(_time_part(clock_meaning) or "")
    written = (part_meaning.fixed[0] if part_meaning.fixed else part_meaning.anchor) or ""
    part = written.partition("@")[0].rpartition("T")[2] if part_meaning.type == "TIME" else ""
    if not clock or part not in PART_HOURS or written.startswith("published") or part_meaning.granularity == "part":
        return None
    hour, minute = int(clock.group(1)), clock.group(2)
    if clock_meaning.half_guessed and _hours_from_part((hour + 12) % 24, part) < _hours_from_part(hour, part):
        hour = (hour + 12) % 24
    return clock_on_day(part_meaning, f"{hour:02d}:{minute}", clock_meaning.zone)


def _hours_from_part(hour: int, part: str) -> int:
    """How many hours `hour` lies outside the hours of a part of day (0 inside; night runs past 24)."""
    low, high = PART_HOURS[part]
    return min(max(low - h, h - high + 1, 0) for h in (hour, hour + 24))


def _join_parts_of_periods(folded: str, lang: str, found: list[tuple[int, int, Meaning]]):
    """"the last six months of this year": a first/last count of days, weeks or months followed by
    the year, quarter or month they belong to is one DATE, that period narrowed (not a duration;
    `folded`: the accent-folded text)."""
    joiner = fragment_pattern(rf"\s+(?:{R.QUARTER_YEAR_JOINERS[lang]})\s+")
    leads = R.PERIOD_PART_LEADS[lang]
    result: list[tuple[int, int, Meaning]] = []
    for start, end, meaning in found:
        joined = result and meaning.granularity in ("year", "quarter", "month")
        if joined and joiner.fullmatch(folded[result[-1][1]:start]):
            d_start, d_end, duration = result[-1]
            counted = re.fullmatch(r"P(\d+)([DWM])", duration.fixed[0] or "") if duration.type == "DURATION" else None
            position = next((place for lead, place in leads.items()
                             if fragment_pattern(lead + r"\s").match(folded[d_start:d_end])), None)
            if counted and position and not duration.mod:
                part = part_of_period_meaning(meaning, int(counted.group(1)), counted.group(2), position)
                result[-1] = (d_start, end, part)
                continue
        result.append((start, end, meaning))
    return result


def _join_halves_of_years(folded: str, lang: str, found: list[tuple[int, int, Meaning]]):
    """"the first half of 1990", "im zweiten Halbjahr 2016": a year after one of the language's
    YEAR_HALVES (and its QUARTER_YEAR_JOINERS) is that half-year (`folded`: the accent-folded text)."""
    halves = R.YEAR_HALVES.get(lang)
    if not halves:
        return found
    before = fragment_pattern(rf"(?<!\w)(?:{'|'.join(f'(?P<h{i}>{h})' for i, h in enumerate(halves))})"
                              rf"\s+(?:(?:{R.QUARTER_YEAR_JOINERS[lang]})\s+)?\Z")

    def half_of(start: int, end: int, meaning: Meaning, half: re.Match):
        if meaning.granularity != "year":
            return None
        which = list(halves.values())[next(i for i in range(len(halves)) if half.group(f"h{i}") is not None)]
        return half.start(), end, half_of_year_meaning(meaning, which)

    return _rewritten_after(folded, found, before, half_of)


# A month as the position and month rules name it, relative to publication: "month:10" ("October"),
# "begin_of_month:10" ("early October", "début octobre", "Anfang Oktober").
MONTH_ANCHOR = re.compile(r"(?:(end|begin|mid)_of_)?month:(\d+)")
YEAR_ANCHORS = ("last_year", "this_year", "next_year")
MONTH_YEAR_JOINER = re.compile(rf"\s+(?:(?:{MONTH_OF})\s*)?", re.IGNORECASE)


def _join_months_and_years(folded: str, found: list[tuple[int, int, Meaning]]):
    """"early October last year", "fin juin l'an prochain", "Anfang Oktober letzten Jahres", "a ottobre
    dell'anno scorso": a month (at one of its edges or whole) right before a year named from
    publication lies in that year; the year phrase decides it, not the sentence's tense, and the two
    make one expression, as "October last year" is one (`folded`: the accent-folded text)."""
    result: list[tuple[int, int, Meaning]] = []
    for start, end, meaning in found:
        if result and meaning.anchor in YEAR_ANCHORS and not meaning.fixed and not _possessive(folded, end):
            m_start, m_end, month = result[-1]
            written = MONTH_ANCHOR.fullmatch(month.anchor or "") if month.granularity == "month" else None
            if written and not month.fixed and MONTH_YEAR_JOINER.fullmatch(folded, m_end, start):
                result[-1] = (m_start, end, month_in_year_meaning(written.group(1), int(written.group(2)), meaning))
                continue
        result.append((start, end, meaning))
    return result


def _time_part(meaning: Meaning) -> str | None:
    """The clock time or part of day of a TIME meaning not yet tied to a written day."""
    if meaning.granularity == "part":
        return meaning.fixed[0]
    anchor = meaning.anchor or ""
    return anchor[len("publishedT"):] if anchor.startswith("publishedT") else None


class _Tenses:
    """The tense of the sentence around an expression (HeidelTime's clue for underspecified
    dates): "past" or "future" from the nearest marker of the language's TENSE_MARKERS in the
    same sentence, "" when there is none. Markers are looked for only once a text needs them."""

    # not after an initial, a short title, a doubled capital or "vs." ("P. Davison", "Mr. Schwarz", "Jan. 2",
    # "EE. UU.", "Roe vs. Wade")
    SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z]{2})(?<!\bvs)"
                              r"[.!?]+[\"'”’)\]]*\s+"
                              r"(?=[\"'“‘(\[]?[A-Z0-9])|\n")

    def __init__(self, text: str, lang: str):
        self.text, self.lang = text, lang
        self.ends: list[int] | None = None
        self.sentences: dict[int, list[tuple[int, str]]] = {}  # sentence start -> its markers

    def of(self, meaning: Meaning, start: int, end: int) -> str:
        return self.at(start, end) if meaning.tensed is not None else ""

    def at(self, start: int, end: int) -> str:
        governing = self._preposition_before(start, end)
        if governing == "future" and self._pluperfect_near(start, end):
            return "past"  # "had filed reports by Wednesday", "Until Thursday, they had not called him"
        if governing:
            return governing
        first, last = self.sentence(start)
        if first not in self.sentences:  # markers are looked for only in sentences that need them
            self.sentences[first] = _outermost([(m.start(), m.end(), tense)
                                                for tense, pattern in self._markers().items()
                                                for m in pattern.finditer(self.text, first, last)])
        nearest = min(((abs(position - start), FUTURE if tense in IN_CLAUSE else tense)
                       for position, reach, tense in self.sentences[first]
                       if not start <= position < end
                       and (tense not in IN_CLAUSE or not _possessive(self.text, end) and self._same_clause(position, reach, start, end))),
                      default=None)
        return nearest[1] if nearest else ""

    def _markers(self) -> dict[str, re.Pattern]:
        reported, prospective = _reported_future(self.lang), _prospective_verbs(self.lang)
        return {**tense_markers(self.lang), **({REPORTED: reported[0]} if reported else {}),
                **({PROSPECTIVE: prospective} if prospective and reported else {})}

    def _same_clause(self, position: int, reach: int, start: int, end: int) -> bool:
        """A future seen from a past statement ("said the harbour would reopen on Friday", "sagte,
        der Hafen werde am Donnerstag öffnen", "a déclaré que le port rouvrirait vendredi") dates
        only the expression of its own clause: no punctuation and no word that opens another
        clause between them ("threw on Thursday and would be pitching Sunday": Thursday is past), and
        within a few words ("Laut einer am Montag veröffentlichten Umfrage des … Instituts würden …":
        the Monday dates the poll, a participle's phrase away from the main verb). A possessive is
        never such an expression ("would look for ways around Wednesday's ruling": the ruling's day,
        already past; `at` leaves it out)."""
        between = self.text[reach:start] if reach <= start else self.text[end:position]
        return (len(between) <= REPORTED_REACH and not CLAUSE_PUNCTUATION.search(between)
                and not _reported_future(self.lang)[1].search(between))

    def sentence(self, start: int) -> tuple[int, int]:
        """Start and end of the sentence around `start`."""
        if self.ends is None:
            self.ends = [m.end() for m in self.SENTENCE_END.finditer(self.text) if not self._ordinal_day(m)]
        index = bisect_right(self.ends, start)
        return self.ends[index - 1] if index else 0, self.ends[index] if index < len(self.ends) else len(self.text)

    def _pluperfect_near(self, start: int, end: int) -> bool:
        """A past perfect next to the expression in its sentence ("had filed reports by Wednesday",
        "avaient déposé"): a deadline it names was already met or missed, so "by Wednesday" is the
        last Wednesday, not the next. Within a few words only: in "The sale, which had been
        expected, is part of a program to pay the loan by February" the deadline is another clause's."""
        auxiliaries = _pluperfect_auxiliaries(self.lang)
        first, last = self.sentence(start)
        return auxiliaries is not None and auxiliaries.search(self.text, max(first, start - PLUPERFECT_REACH),
                                                              min(last, end + PLUPERFECT_REACH)) is not None

    def _ordinal_day(self, end: re.Match) -> bool:
        """A day number's ordinal dot before a month name ("Am 3. Mai wurde"): no sentence end."""
        return (self.text[end.start()] == "." and DAY_NUMBER_BEFORE.search(self.text, max(0, end.start() - 3), end.start()) is not None
                and _month_name(self.lang).match(self.text, end.end()) is not None)

    def _preposition_before(self, start: int, end: int) -> str:
        """"since March" is the last March, "by February" the next one, whatever the verb says:
        the language's TENSE_PREPOSITIONS right before the expression decide; not before a possessive,
        whose noun they govern ("released by Friday's quake")."""
        if _possessive(self.text, end):
            return ""
        for tense, pattern in _tense_prepositions(self.lang).items():
            if pattern.search(self.text, max(0, start - 30), start):
                return tense
        return ""


def _possessive(text: str, end: int) -> bool:
    """An expression ending at `end` that determines a noun ("Wednesday's ruling", "last year's
    results"): it names the noun's time, so the words that date a clause's adverbials do not reach it."""
    return text.startswith(("'s", "’s"), end)


@lru_cache(maxsize=None)
def _month_name(lang: str) -> re.Pattern:
    return re.compile("|".join(forms[0] for forms in R.MONTHS[lang]) + r"\b", re.IGNORECASE)


DAY_NUMBER_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\Z")


PLUPERFECT_REACH = 50  # characters either side of a deadline ("members had filed compliance reports by")


@lru_cache(maxsize=None)
def _pluperfect_auxiliaries(lang: str) -> re.Pattern | None:
    words = R.PLUPERFECT_AUXILIARIES.get(lang)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None


FUTURE, REPORTED = "future", "reported"  # REPORTED: a REPORTED_FUTURE marker, future within its clause only
PROSPECTIVE = "prospective"  # a PROSPECTIVE_VERBS marker: also future within its clause only
IN_CLAUSE = (REPORTED, PROSPECTIVE)
REPORTED_REACH = 50  # characters between a reported future and the expression it dates ("dass der Hafen am Donnerstag wieder öffnen werde")
CLAUSE_PUNCTUATION = re.compile(r"[,;:()\[\]\"“”«»–—]")


@lru_cache(maxsize=None)
def _reported_future(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The language's REPORTED_FUTURE markers and the words that open another clause."""
    table = R.REPORTED_FUTURE.get(lang)
    if not table:
        return None
    return compiled(table["markers"], re.IGNORECASE), re.compile(rf"(?<!\w)(?:{table['clause_openers']})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _prospective_verbs(lang: str) -> re.Pattern | None:
    """The language's PROSPECTIVE_VERBS: a verb that looks ahead from its own time (expect, forecast,
    plan, hope, must or be to + infinitive: "prévoit que l'épisode se termine dimanche", "espera pisar el
    montículo el domingo", "moeten het zondag opnemen tegen", "hofft, am Sonntag … zu stehen") dates the
    expression of the clause it governs, as a reported future does; in another clause ("hanno vinto venerdì
    sera, ma sperano …") it says nothing about it. Its complementizer or the comma before a German
    infinitive is part of the marker, so the clause it opens counts as its own."""
    table = R.PROSPECTIVE_VERBS.get(lang)
    return compiled(table, re.IGNORECASE) if table else None


@lru_cache(maxsize=None)
def _tense_prepositions(lang: str) -> dict[str, re.Pattern]:
    return {tense: re.compile(rf"(?<!\w)(?:{words})\s+\Z", re.IGNORECASE)
            for tense, words in R.TENSE_PREPOSITIONS.get(lang, {}).items()}


def _outermost(markers: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the markers that lie inside no other one: in "are expected to" the
    future marker holds "expected", which is no past tense there. One sweep in start order
    (longest first), so a sentence of thousands of markers stays cheap."""
    kept, reach = [], -1
    for start, end, tense in sorted(markers, key=lambda marker: (marker[0], -marker[1])):
        if end > reach:
            kept.append((start, end, tense))
        reach = max(reach, end)
    return kept


def _quarters_after_year_ago(folded: str, found: list[tuple[TimeExpr, Meaning]]) -> dict[int, int]:
    """Start -> quarter number of each quarter named right after "year-ago" / "year-earlier" ("the
    year-ago third quarter"): that quarter of the year before, not of the publication year; it
    is no antecedent of its own."""
    return {expr.start: int(expr.value[-1]) for (before, meaning), (expr, _) in zip(found, found[1:])
            if meaning.reporting and before.value and not folded[before.end:expr.start].strip()
            and expr.granularity == "quarter" and QUARTER_VALUE.fullmatch(expr.value or "")}


QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")


def _with_year_ago_quarters(text: str, exprs: list[TimeExpr], named_quarters: dict[int, int]) -> list[TimeExpr]:
    """"the year-ago third quarter" as one DATE: the quarter it names, in the year "year-ago" gave;
    "the quarter a year ago", "the third quarter a year earlier" likewise: the quarter a year back (the
    quarter was a second expression, this year's)."""
    result: list[TimeExpr] = []
    for expr in exprs:
        quarter = named_quarters.get(expr.start)
        if quarter and result and result[-1].value:
            year_ago = result[-1]
            value, first, last = quarter_resolution(int(year_ago.value[:4]), quarter)
            result[-1] = replace(year_ago, text=text[year_ago.start:expr.end], end=expr.end, value=value,
                                 granularity="quarter", earliest=first.isoformat(), latest=last.isoformat())
            continue
        if result and _quarter_years_back(result[-1], expr) and not text[result[-1].end:expr.start].strip():
            result[-1] = replace(expr, text=text[result[-1].start:expr.end], start=result[-1].start)
            continue
        result.append(expr)
    return result


def _quarter_years_back(quarter: TimeExpr, back: TimeExpr) -> bool:
    """A quarter followed by a count back in years that resolved to a quarter ("a year ago")."""
    return (quarter.granularity == "quarter" and QUARTER_VALUE.fullmatch(quarter.value or "") is not None
            and back.granularity == "quarter" and re.match(r"-\d+y", back.anchor or "") is not None)


def _period_end_days(text: str, lang: str, found: list[tuple[TimeExpr, Meaning]]) -> set[int]:
    """Starts of the days that only close the period before them ("the quarter ended Sept. 30",
    "the year ending June 30"): a later "a year earlier" counts from that period, not from the day."""
    return {expr.start for (before, _), (expr, _) in zip(found, found[1:])
            if before.granularity in ("quarter", "year", "duration") and _closes(text, lang, before, expr)}


def _closes(text: str, lang: str, period: TimeExpr, day: TimeExpr) -> bool:
    """`day` right after `period` and the language's PERIOD_ENDED ("the quarter ended Sept. 30")."""
    return (lang in R.PERIOD_ENDED and day.granularity == "day"
            and fragment_pattern(rf"\s+{R.PERIOD_ENDED[lang]}\s+").fullmatch(text[period.end:day.start]) is not None)


RELATIVE_QUARTER = re.compile(r"quarter[+-]\d")  # the anchor of "the quarter", "the latest quarter"


def _quarters_closed_by_a_day(text: str, lang: str, exprs: list[tuple[TimeExpr, Meaning]]) -> list[tuple[TimeExpr, Meaning]]:
    """"the quarter ended July 31", "the latest quarter ending Jan. 31": a quarter named by no number
    but closed by a day is the calendar quarter holding most of the three months up to that day
    (May to July: the second), not the last quarter before publication; a numbered one ("its fourth
    quarter ended Aug. 26") keeps the company's own numbering."""
    result = list(exprs)
    for i, ((quarter, meaning), (day, _)) in enumerate(zip(exprs, exprs[1:])):
        if quarter.granularity == "quarter" and RELATIVE_QUARTER.fullmatch(quarter.anchor or "") \
                and ISO_DAY.fullmatch(day.value or "") and _closes(text, lang, quarter, day):
            try:
                middle = date.fromisoformat(day.value) - timedelta(days=45)
            except OverflowError:  # a closing day in the first weeks of year 1
                continue
            number = (middle.month - 1) // 3 + 1
            closed = quarter_resolution(middle.year, number)
            if closed[0] != quarter.value:
                result[i] = (replace(_resolved(quarter, closed, "quarter"), anchor=f"quarter:{number}"), meaning)
    return result


YEAR_PART = re.compile(r"P([2-9]|1[01])M")


def _parts_of_year(folded: str, lang: str, found: list[tuple[TimeExpr, Meaning]]) -> set[int]:
    """Starts of the durations that name a reporting period within a year ("the nine months",
    "the first six months", "les neuf premiers mois"): a count of 2-11 months led by one of the
    language's DURATION_LEADS. A later "a year earlier" counts from that period's year, not from
    the quarter named before it (`folded`: the accent-folded text the leads are written against)."""
    lead = fragment_pattern(R.DURATION_LEADS[lang])
    return {expr.start for expr, _ in found
            if expr.type == "DURATION" and not expr.mod and YEAR_PART.fullmatch(expr.value or "")
            and (m := lead.match(folded, expr.start, expr.end)) and m.end() > expr.start}


def _anchor_anaphora(found: list[tuple[TimeExpr, Meaning]], period_ends: set[int] = frozenset(),
                     year_parts: set[int] = frozenset()) -> list[TimeExpr]:
    """"He was arrested on 3 May and charged the next day", "profit rose from a year earlier":
    an anaphoric expression counts from the last resolved date before it in the same text, at that
    date's granularity (an anaphoric day anchored this way can anchor the next one). Without one it
    keeps its publication-date fallback, anchored "...@published"."""
    result: list[TimeExpr] = []
    previous: TimeExpr | None = None
    last_quarter: TimeExpr | None = None  # "the 1988 quarter" is the quarter named last, though a year came since
    reported: TimeExpr | None = None  # the last date that is no count back ("a year ago" is a comparison point)
    in_year_part = False  # the last date-like expression was a reporting period within a year ("the six months")
    for expr, meaning in found:
        expr, counted_from_antecedent = _reanchored(expr, meaning, previous, last_quarter)
        # a count from the story ("a year earlier") refers to the same antecedent as the next one
        # does ("... from a year earlier; sales rose from a year earlier"), so it anchors nothing;
        # nor does a day that only closes a period ("the quarter ended Sept. 30")
        if (expr.type == "DATE" and expr.value and expr.earliest and not _fallback(expr) and not counted_from_antecedent
                and expr.start not in period_ends and expr.granularity in GRANULARITY_ORDER):
            previous = expr
            last_quarter = expr if QUARTER_VALUE.fullmatch(expr.value) else last_quarter
            reported = expr if not COUNTED_BACK.match(expr.anchor or "") else reported
        elif expr.start in year_parts and previous is not None:
            # "the first nine months ... the 1988 period": a year, the one being reported (not that
            # of a comparison point named before: "fell from a year ago. In the nine months, ...")
            previous, last_quarter = _year_of(reported or previous), None
        elif in_year_part and expr.start in period_ends and expr.value:
            previous = _year_of(expr)  # "for the six months ended Aug. 12": that day's year
        in_year_part = expr.start in year_parts
        result.append(expr)
    return result


COUNTED_BACK = re.compile(r"-\d+[dwmy]")  # the anchor of "a year ago", "two weeks ago"


def _year_of(expr: TimeExpr) -> TimeExpr:
    """The calendar year `expr` lies in, as an antecedent for "a year earlier"."""
    year = expr.value[:4]
    return replace(expr, value=year, granularity="year", earliest=f"{year}-01-01", latest=f"{year}-12-31")


def _reanchored(expr: TimeExpr, meaning: Meaning, previous: TimeExpr | None,
                last_quarter: TimeExpr | None = None) -> tuple[TimeExpr, bool]:
    """`expr` counted from the text's last date where its meaning asks for that, and whether it is
    such a count (an anaphoric day is not: "the next day ... the day after" chain)."""
    if previous is not None and meaning.anaphoric is not None and previous.granularity == "day":
        try:
            day = shifted(date.fromisoformat(previous.value), days=meaning.anaphoric).isoformat()
        except OutsideCalendar:
            day = None
        part = f"T{_anaphoric_part(meaning)}" if meaning.type == "TIME" else ""  # "the next morning"
        return replace(expr, value=day and day + part, earliest=day, latest=day,
                       anchor=f"day{meaning.anaphoric:+d}{part}@previous"), False
    if previous is not None and meaning.anaphoric_weekday is not None and previous.granularity == "day":
        return _weekday_from_previous(expr, previous, *meaning.anaphoric_weekday), False
    if meaning.quarter_of_its_year and expr.value and last_quarter is not None:
        return _resolved(expr, quarter_resolution(int(expr.value[:4]), int(last_quarter.value[6])), "quarter"), True
    if meaning.anaphoric_period is not None:
        return _period_of_previous(expr, previous, *meaning.anaphoric_period), True
    if meaning.shift is not None:
        if meaning.reporting and not _reports_this_year(previous, expr):
            return expr, True  # "the 1988 period ... the year-ago results": the year before publication
        # "ten years later" counts from the story, never from publication: unresolved without an
        # earlier date it fits
        moved = shifted_resolution(previous.value, previous.granularity, *meaning.shift) if previous else None
        value, first, last = moved or (None, None, None)
        return replace(expr, value=value, earliest=first and first.isoformat(), latest=last and last.isoformat(),
                       granularity=previous.granularity if moved else expr.granularity,
                       anchor=expr.anchor.replace("@published", "@previous")), True
    if previous is not None and previous.granularity == "day" and _time_part(meaning) and meaning.type == "TIME":
        # "The blast occurred at about 10:35 a.m.": a clock time with no day of its own is on the
        # story's last day (TIMEX3's value), not on the publication day; it keeps no interval, as
        # the comparison should not stake a date on this inference
        return replace(expr, value=f"{previous.value}T{_time_part(meaning)}"), False
    if previous is not None and previous.granularity == "quarter" and (back := _years_back(expr, previous)):
        # "third-quarter profit rose from a year ago": the quarter a year back, not the year
        return _resolved(expr, shifted_resolution(previous.value, "quarter", ((back, "year"),), -1), "quarter"), True
    return expr, False


def _anaphoric_part(meaning: Meaning) -> str:
    """The part of day of "the next morning" (anchor "day+1TMO@published")."""
    return (meaning.anchor or "").partition("T")[2].partition("@")[0]


def _weekday_from_previous(expr: TimeExpr, previous: TimeExpr, weekday: int, direction: int) -> TimeExpr:
    """"down 4.5% from the previous Friday" after a Friday: the nearest `weekday` strictly before
    (direction -1) or after (+1) the text's previous day."""
    base = date.fromisoformat(previous.value)
    steps = ((weekday - base.weekday()) * direction) % 7 or 7
    try:
        day = shifted(base, days=direction * steps).isoformat()
    except OutsideCalendar:
        return expr
    return replace(expr, value=day, earliest=day, latest=day, anchor=f"weekday:{weekday}{direction:+d}@previous")


def _resolved(expr: TimeExpr, resolution, granularity: str) -> TimeExpr:
    value, first, last = resolution
    return replace(expr, value=value, earliest=first.isoformat(), latest=last.isoformat(), granularity=granularity)


def _reports_this_year(previous: TimeExpr | None, expr: TimeExpr) -> bool:
    """Whether "year-ago" counts from the text's last date: only while that date lies in the
    publication year, the period being reported (`expr` is resolved from publication: the year
    before it). Without a last date it stays the year before publication."""
    if previous is None:
        return False
    if not (expr.value and expr.granularity == "year" and (expr.anchor or "").startswith("-1y")):
        return True
    return int(previous.value[:4]) == int(expr.value) + 1


GRANULARITY_ORDER = ("day", "week", "month", "quarter", "year")


def _period_of_previous(expr: TimeExpr, previous: TimeExpr | None, unit: str, offset: int) -> TimeExpr:
    """"the following year" after "in March 1995" = 1996; unresolved without an earlier date, or
    when that date is coarser than the unit ("the following day" after "in 1995"), except for the
    same period: "in October ... that same day" is a day of that October (`_inside_previous`)."""
    if previous is None:
        return expr
    if GRANULARITY_ORDER.index(previous.granularity) > GRANULARITY_ORDER.index(unit):
        return _inside_previous(expr, previous, unit) if offset == 0 else expr
    try:
        value, first, last = period_resolution(unit, date.fromisoformat(previous.earliest), offset)
    except OutsideCalendar:
        return expr
    return replace(expr, value=value, earliest=first.isoformat(), latest=last.isoformat())


# TIMEX3 writes a day or month of a known month or year with its unknown places as X ("1998-10-XX")
UNKNOWN_INSIDE = {("day", "month"): "-XX", ("day", "year"): "-XX-XX", ("month", "year"): "-XX"}


def _inside_previous(expr: TimeExpr, previous: TimeExpr, unit: str) -> TimeExpr:
    """"that same day" after "last October": a day somewhere in the antecedent's month, which it
    covers (TIMEX3 `1998-10-XX`); kept unresolved where TIMEX3 has no such form (a day of a week)."""
    unknown = UNKNOWN_INSIDE.get((unit, previous.granularity))
    if unknown is None:
        return expr
    return replace(expr, value=previous.value + unknown, earliest=previous.earliest, latest=previous.latest,
                   granularity=previous.granularity)


def _years_back(expr: TimeExpr, quarter: TimeExpr) -> int | None:
    """N of "N years ago" when the text last named a quarter of the publication year (whose year
    is N after the expression's), else None."""
    counted = re.fullmatch(r"-(\d+)y", expr.anchor or "")
    if not (counted and expr.value and expr.granularity == "year"):
        return None
    back = int(counted.group(1))
    return back if int(quarter.value[:4]) == int(expr.value) + back else None


def _fallback(expr: TimeExpr) -> bool:
    """An anaphoric day resolved against publication only for want of an antecedent."""
    return bool(expr.anchor and expr.anchor.endswith("@published"))


def _lines_with_word_classes(lang: str, lower: str, lines: Lines) -> dict[str, set[int]]:
    """For each word class (see Rule.needs), the lines of `lower` (the lowercased folded text) that
    contain a word of it: a rule only reads those lines, as each of its matches contains such a word."""
    return {name: lines.containing(trigger, lower, word_start=name in WORD_START_CLASSES)
            for name, trigger in word_classes(lang).items()}


@lru_cache(maxsize=4096)
def _rules_needing(lang: str, present: frozenset[str]) -> tuple:
    """The language's rules, in their order, that need a word class of `present` (a rule with
    none of its classes in the text cannot match). Texts share few sets of classes, so the ~90
    rules of a language are sifted once per set, not once per sentence."""
    return tuple(rule for rule in build_rules(lang) if not present.isdisjoint(rule.needs))


def _windows_by_needs(lines: Lines, lines_with: dict[str, set[int]]) -> Callable[[tuple[str, ...]], list[tuple[int, int]]]:
    """The line spans a rule reads, by its `needs`: ~90 rules of a language share ~25 of them,
    so each is worked out once per text, not once per rule; and a rule none of whose word
    classes the text has is skipped before (extract_times over the 246-article batch's
    sentences: −17 % CPU with the joiners below)."""
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}

    def of(needs: tuple[str, ...]) -> list[tuple[int, int]]:
        if needs not in windows:
            windows[needs] = lines.spans(set().union(*(lines_with[name] for name in needs)))
        return windows[needs]

    return of


def _rule_matches(rule, folded: str, lower: str | None, text: str, taken: TakenSpans, windows: list[tuple[int, int]]):
    """Accepted matches of one rule within the given line spans. After a rejected match the
    search resumes one character later (not after the match), so "ga twee oktober" rejected
    as a two-word day number still finds "twee oktober". Patterns run on the accent-folded
    text; `interpret` also gets the original, for number words ("tweeëntwintig") that
    text2num needs spelled correctly. `lower`: the folded text lowercased, where it is
    case-simple (else None)."""
    for position, line_end in windows:
        while (match := _first_match(rule, folded, lower, position, line_end)) is not None:
            start, end = rule.span(match)
            free = not taken.overlaps(start, end)
            meaning = rule.interpret(match, text) if free else None
            if meaning is None and free and (words := _spelled_year_start(match)):
                # "August 6. This will": "This" (a number-word stem) is no year; read the date without it
                match = rule.pattern.match(folded, match.start(), words)
                start, end = rule.span(match) if match else (start, end)
                meaning = rule.interpret(match, text) if match and not taken.overlaps(start, end) else None
            if meaning is None:
                position = start + 1 if match is None else match.start() + 1
                continue
            yield start, end, meaning
            position = match.end()


def _first_match(rule, folded: str, lower: str | None, position: int, end: int) -> re.Match | None:
    """`rule.pattern.search(folded, position, end)`, found through `rule.scan` on the lowercased
    text where there is one: the scan matches wherever the pattern does (see Rule.scan), so the
    first place where the pattern matches too is where the search would stop (the rules' searches
    over the 246-article batch's sentences: 0.43 -> 0.31 s CPU)."""
    if lower is None:
        return rule.pattern.search(folded, position, end)
    while (candidate := rule.scan.search(lower, position, end)) is not None:
        if (match := rule.pattern.match(folded, candidate.start(), end)) is not None:
            return match
        position = candidate.start() + 1
    return None


def _spelled_year_start(match: re.Match) -> int | None:
    start = match.start("yearword") if "yearword" in match.re.groupindex else -1
    return start if start > match.start() else None


def time_relation(a: TimeExpr, b: TimeExpr) -> str:
    """equal | contains (a contains b) | within (a within b) | overlap | disjoint | unknown.

    Resolved expressions are compared by their closed [earliest, latest] intervals. When either
    is unresolved (no publication date), only identical anchors can be called "equal"; anything
    else is "unknown" - the caller reports it as unverifiable, never as agreeing.
    """
    if _fallback(a) or _fallback(b):
        return "unknown"  # "the next day" without its antecedent: a guess, never evidence
    if "DURATION" in (a.type, b.type):
        return "unknown"  # a range of lengths ("P2W" to "P3W") is no stretch of the calendar
    if a.earliest and a.latest and b.earliest and b.latest:
        a1, a2, b1, b2 = a.earliest, a.latest, b.earliest, b.latest  # ISO strings sort as dates
        if (a1, a2) == (b1, b2):
            return "equal"
        if a2 < b1 or b2 < a1:
            return "disjoint"
        if a1 <= b1 and b2 <= a2:
            return "contains"
        if b1 <= a1 and a2 <= b2:
            return "within"
        return "overlap"
    if a.anchor and a.anchor == b.anchor and a.value is None and b.value is None:
        return "equal"
    return "unknown"
