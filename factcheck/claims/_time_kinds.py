"""Rules for the TIMEX3 kinds beyond calendar dates: times of day, durations, sets, present/past/
future references, quarters, seasons and holidays. Built, like `_time_patterns`, from the
per-language tables in `time_lang/<lang>.json`; nothing here names a word of any language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from factcheck.claims import _time_rules as R
from factcheck.claims.number_rules import quantity_follows, roman_to_int
from factcheck.lazyre import LazyPattern, alternation, compiled
from factcheck.claims._time_meanings import (
    OUT_OF_CALENDAR, POSITION_MODS, Lexicon, Meaning, anaphoric_day_meaning, period_meaning, week_resolution, day_offset_meaning, day_resolution, fixed_meaning, fold, lookup,
    month_resolution, ordinal_word, parse_count, required_part, safe_date, sub_period, weekday_meaning, word_number, year_resolution,
    yearly_meaning,
)
from factcheck.claims._time_patterns import (
    B, E, YEAR, Rule, _Fragments, _g, _number_word, _original, _relative_period, _written_as_month, _year_number, _year_slot,
    contained, template_words,
)

FLAGS = re.IGNORECASE

# When each holiday falls, for every language (the names are in the language files): "MM-DD", an
# offset from Western Easter ("easter+39"), or the nth weekday of a month ("11:3:4" = fourth
# Thursday of November).
HOLIDAY_DATES = {
    "new_years_day": "01-01", "epiphany": "01-06", "valentines_day": "02-14", "liberation_day_it": "04-25",
    "kings_day": "04-27", "queens_day": "04-30", "labour_day": "05-01", "liberation_day": "05-05",
    "republic_day_it": "06-02", "independence_day": "07-04", "bastille_day": "07-14", "assumption": "08-15",
    "german_unity": "10-03", "all_saints": "11-01", "sinterklaas": "12-05", "christmas_eve": "12-24",
    "christmas": "12-25", "boxing_day": "12-26", "new_years_eve": "12-31",
    "holy_week": "easter-6", "holy_thursday": "easter-3", "good_friday": "easter-2", "easter": "easter+0", "easter_monday": "easter+1",
    "ascension": "easter+39", "pentecost": "easter+49", "whit_monday": "easter+50",
    "thanksgiving": "11:3:4",
    # "MM[-DD]:weekday:nth": the nth weekday (0 = Monday) on or after that day; nth -1: the month's last
    "us_election_day": "11-02:1:1", "us_labor_day": "09:0:1", "memorial_day": "05:0:-1",
    "martin_luther_king_day": "01:0:3", "presidents_day": "02:0:3", "veterans_day": "11-11",
}
# Holidays that are a whole week, given by its Monday: Holy Week ("Semana Santa", "Karwoche") is the
# ISO week that ends on Easter Sunday
WEEK_HOLIDAYS = frozenset({"holy_week"})
# Months of each season (northern hemisphere, meteorological); winter runs into the next year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
# Clock hours of the parts of day, for comparing a part of day with a clock time.
# An evening runs to midnight and a morning from 4 ("gisteravond om 23.15 uur", "vanochtend om vier uur").
PART_HOURS = {"MO": (4, 12), "MI": (11, 14), "AF": (12, 18), "EV": (17, 24), "NI": (20, 30), "DT": (8, 18)}


def _rule(name: str, regex: str, interpret, needs: tuple[str, ...], group: str | None = None, contains: str | None = None) -> Rule:
    """`needs` has no default: a rule without a word class would search every line of every text.
    `contains`: a part of `regex` that every match holds (Rule.contains)."""
    if not needs:
        raise ValueError(f"time rule {name} has no word class (Rule.needs)")
    return Rule(name, LazyPattern(fold(regex), FLAGS), interpret, group, needs, contained(contains))


def _key(table: dict, found: str):
    return lookup(table, re.sub(r"\s+", " ", found.strip()))


# ---------------------------------------------------------------------------------------------
# Times of day


def clock_value(hour: int, minute: int, half: str | None) -> str | None:
    """"9.15 p.m." -> "21:15"; None for an impossible time."""
    if half == "PM" and hour < 12:
        hour += 12
    elif half == "AM" and hour == 12:
        hour = 0
    if not (0 <= hour <= 24 and 0 <= minute <= 59) or (hour == 24 and minute):
        return None
    return f"{hour:02d}:{minute:02d}"


# A clock read from words ("om vier uur", "half past three", "kwart over acht") is the spoken
# 12-hour clock: with no a.m./p.m. or part of day written, news means the daytime reading
# (07:00-18:59), as nobody writes "half vier" for 03:30 without "'s nachts".
DAYTIME_FROM_HOUR = 7


def spoken_clock_value(minutes: int, half: str | None) -> str | None:
    """A spoken clock time given as minutes after 00:00 on the 12-hour dial ("kwart voor een"
    = 45, "half vier" = 210) -> "HH:MM", in the half of the day written, else by daytime."""
    if not 0 <= minutes <= 24 * 60:
        return None
    hour, minute = divmod(minutes, 60)
    if half is None and hour < DAYTIME_FROM_HOUR:
        hour += 12
    return clock_value(hour, minute, half)


def time_meaning(part: str, zone: str | None = None, day: Meaning | None = None, half_guessed: bool = False) -> Meaning:
    """A time of day ("21:15" or a part of day "EV"), on `day` when one is written with it, else
    on the publication day (the TIMEX3 convention); only a written day gives it an interval."""
    if day is not None and day.anaphoric is not None:
        # "le lendemain matin", "the next morning": counted from the story's last day like "the next
        # day" (times._reanchored); until then a guess from publication, anchored "...@published"
        guess = time_meaning(part, zone, replace(day, anaphoric=None))
        return replace(guess, anchor=f"day{day.anaphoric:+d}T{part}@published", anaphoric=day.anaphoric)
    anchor = f"{day.anchor if day and day.anchor else 'published' if not day else 'date'}T{part}"

    def on(resolution):
        return (f"{resolution[0]}T{part}", resolution[1], resolution[2]) if resolution else None

    if day is None:
        return Meaning("time", True, anchor, resolve=lambda pub: (f"{pub.isoformat()}T{part}", None, None),
                       type="TIME", zone=zone, half_guessed=half_guessed)
    if day.fixed:
        return Meaning("time", False, None, fixed=on(day.fixed), type="TIME", zone=zone)
    resolve, tensed = day.resolve, day.tensed
    return Meaning("time", True, anchor, resolve=lambda pub: on(resolve(pub)),
                   tensed=(lambda pub, tense: on(tensed(pub, tense))) if tensed else None, type="TIME", zone=zone)


def clock_on_day(timed: Meaning, clock: str, zone: str | None) -> Meaning:
    """A time of day on a day (`timed`: "gisteravond", "hier soir") with its part of day replaced
    by the clock time written next to it ("23:15")."""

    def on(resolution):
        return (f"{resolution[0].rpartition('T')[0]}T{clock}", resolution[1], resolution[2]) if resolution else None

    base, at, origin = (timed.anchor or "").partition("@")  # "day+1TMO@published": the guess stays marked
    anchor = f"{base.rpartition('T')[0]}T{clock}{at}{origin}" if timed.anchor else None
    if timed.fixed:
        return replace(timed, anchor=anchor, fixed=on(timed.fixed), zone=zone)
    resolve, tensed = timed.resolve, timed.tensed
    return replace(timed, anchor=anchor, resolve=lambda pub: on(resolve(pub)), zone=zone,
                   tensed=(lambda pub, tense: on(tensed(pub, tense))) if tensed else None)


def _clock_rules(lang: str) -> list[Rule]:
    """"10:35 a.m.", "21.15 Uhr", "17h50", "9 p.m.", "4 in the morning", "om 18 uur", "alle 18",
    "noon"; a time zone or "local time" after it is kept (as text) with the time."""
    am, pm, hours, zones = R.CLOCK_AM[lang], R.CLOCK_PM[lang], R.CLOCK_HOUR_WORDS[lang], R.TIME_ZONES[lang]
    in_the = R.CLOCK_IN_THE[lang]
    half = rf"(?:\s*(?P<am>{am})|\s*(?P<pm>{pm})|\s+(?P<inthe>{alternation(in_the)}))"
    # an hour word, a half of day, or both ("3 uur 's middags", "3 Uhr nachmittags", "3 horas de la tarde")
    hour_word = rf"\s*(?:{hours})(?![^\W\d_])"
    marker = (rf"(?:(?={hour_word}|\s*(?:{am}|{pm})|\s+(?:{alternation(in_the)}))"
              rf"(?:\s*(?P<hw>{hours})(?![^\W\d_]))?{half}?)")
    zone = rf"(?:\s*,?\s*\(?(?P<zone>{zones})\)?)?"
    prep = rf"(?:(?P<prep>{R.CLOCK_PREPOSITIONS[lang]})\s+)?"
    no_number = r"(?<![\d.,:/])"
    end = r"(?![\d.,:]\d)"

    def half_of_day(m: re.Match) -> str | None:
        """AM/PM from "a.m.", "p.m." or "in the evening"; None when not written."""
        if _g(m, "am") or _g(m, "pm"):
            return "AM" if _g(m, "am") else "PM"
        return _key(in_the, m.group("inthe")) if _g(m, "inthe") else None

    # "3 uur", "24 heures", "3 horas" are hours of duration as often as times of day: with a word that is
    # also the duration unit, the figure is a clock time only after a clock preposition ("om 3 uur", also
    # with a clock modifier between: "om ongeveer 3 uur"), with minutes ("15.30 uur", "14 heures 30") or
    # with a half of day ("3 uur 's middags")
    unit_hours = compiled(fold(rf"(?:{alternation(sum(R.DURATION_UNITS[lang]['H'], []))})"), FLAGS)
    prep_before = compiled(fold(rf"{B}(?:{R.CLOCK_PREPOSITIONS[lang]})(?:\s+(?:{alternation(R.CLOCK_MODS[lang])}))?\s+\Z"), FLAGS)

    # "après 8 heures de négociations", "tras 8 horas de espera": hours "of" something are an amount
    # of time whatever the preposition before them (a half of day, "8 heures du matin", is read first)
    of_noun = compiled(fold(rf"\s+(?:{R.HOURS_OF[lang]})(?:\s+|(?<=['’]))[^\W\d_]"), FLAGS) if lang in R.HOURS_OF else None

    def amount_of_hours(m: re.Match, text: str) -> bool:
        return bool(of_noun and not half_of_day(m) and not _g(m, "minute")
                    and unit_hours.fullmatch(fold(_g(m, "hw") or ""))
                    and of_noun.match(fold(text[m.end():m.end() + 40])))

    in_clock_range = _clock_range_end(lang, hours)
    closes_hours_range = _hours_range_end(lang)
    up_to_a_day = _up_to_a_day(lang)

    def hours_of_duration(m: re.Match, text: str) -> bool:
        if amount_of_hours(m, text):
            return True
        if not (_g(m, "hw") and unit_hours.fullmatch(fold(m.group("hw"))) and not (half_of_day(m) or _g(m, "minute"))):
            return False
        # "de 12 à 24 heures": a clock preposition joining two bare figures is a range of hours
        return closes_hours_range(m, text) or up_to_a_day(m, text) or not (
            _g(m, "prep") or _g(m, "sep") or prep_before.search(fold(text[max(0, m.start() - 25):m.start()]))
            or in_clock_range(m, text))

    def interpret(m: re.Match, text: str) -> Meaning | None:
        which = half_of_day(m)
        if hours_of_duration(m, text):
            return None  # "de afgelopen 24 uur", "la réunion a duré 3 heures": the duration rule reads it
        if not (which or _g(m, "hw")) and (quantity_follows(text, m.end(), lang)
                                            or (m.group("hour") == "0" and _g(m, "sep") == ".")):
            return None  # "at 2.46 billion guilders", "about 0.55 share": a figure, not a clock time
        if _g(m, "hw") and _g(m, "minute") and not _g(m, "sep") and quantity_follows(text, m.end(), lang):
            return None  # "um 14 Uhr 30 Polizisten": the 30 counts people
        value = clock_value(int(m.group("hour")), int(_g(m, "minute") or 0), which)
        marked = which or _g(m, "hw") or _g(m, "sep") in (":", "h") or _g(m, "prep")
        return time_meaning(value, _g(m, "zone")) if value and marked else None

    def word(m: re.Match, text: str) -> Meaning | None:
        return time_meaning(_key(R.CLOCK_WORDS[lang], m.group("w")), _g(m, "zone"))

    bare_prep = R.CLOCK_BARE_HOUR_PREPOSITIONS[lang]
    bare_after = R.CLOCK_BARE_HOUR_FOLLOWERS.get(lang, "(?!x)x")
    word_hour = rf"(?P<hourword>{_number_word(lang)})"

    def interpret_word(m: re.Match, text: str) -> Meaning | None:
        hour = word_number(_original(m, "hourword", text), lang)
        if amount_of_hours(m, text):
            return None  # "après huit heures de débat": the duration rule reads it
        value = spoken_clock_value(hour * 60, half_of_day(m)) if hour is not None and 0 <= hour <= 24 else None
        return time_meaning(value, _g(m, "zone"), half_guessed=not half_of_day(m)) if value else None

    def interpret_half(m: re.Match, text: str) -> Meaning | None:
        """"om half acht" = 7:30: half an hour before the hour named."""
        hour = int(m.group("hour")) if _g(m, "hour") else word_number(_original(m, "hourword", text), lang)
        value = spoken_clock_value(hour * 60 - 30, half_of_day(m)) if hour and 1 <= hour <= 12 else None
        return time_meaning(value, _g(m, "zone"), half_guessed=not half_of_day(m)) if value else None

    half_before = R.CLOCK_HALF_BEFORE.get(lang, "(?!x)x")
    rules = _clock_copula_rules(lang, zone, interpret) + _clock_range_start_rules(lang, unit_hours, interpret)
    rules += [
        # "om half acht", "um halb 8": the preposition is needed ("half acht" alone may be a count)
        _rule("clock_half", rf"{B}(?P<prep>{R.CLOCK_PREPOSITIONS[lang]})\s+(?P<t>(?:{half_before})\s+"
              rf"(?:(?P<hour>1[0-2]|0?[1-9])|{word_hour})(?:{marker})?{zone}){E}",
              interpret_half, ("clock_half",), group="t"),
    ] if lang in R.CLOCK_HALF_BEFORE else []
    rules = _clock_offset_rules(lang, marker, zone, half_of_day) + rules
    return rules + [
        # "om acht uur", "iets na negen in de ochtend", "at nine p.m.": an hour in words needs a
        # preposition and an hour word or part of day
        _rule("clock_words", rf"{B}(?P<prep>{R.CLOCK_PREPOSITIONS[lang]})\s+(?P<t>{word_hour}{marker}{zone}){E}",
              interpret_word, ("number_word",), group="t"),
        _rule("clock", rf"{B}{prep}(?P<t>{no_number}(?P<hour>[012]?\d)(?P<sep>[:.h])(?P<minute>[0-5]\d){marker}?{zone}){end}",
              interpret, ("digit",), group="t"),
        # "14 Uhr 30", "14 heures 30": minutes after the hour word
        _rule("clock_hour", rf"{no_number}(?P<hour>[012]?\d){marker}(?(hw)(?:\s*(?P<minute>[0-5]\d)(?![\d.,:]?\d))?){zone}{end}",
              interpret, ("digit",)),
        _rule("clock_bare_hour", rf"{B}(?P<prep>{bare_prep})\s+(?P<t>(?P<hour>[012]?\d)){zone}(?=\s*(?:[,.;)]|$))",
              interpret, ("digit",), group="t"),
        # "alle ore 8", "intorno alle ore 8": the hour word before the figure makes it a clock time
        _rule("clock_hour_word_first", rf"{B}(?P<prep>{bare_prep})\s+(?P<t>(?P<hw>{hours})\s+(?P<hour>[012]?\d)){zone}{end}(?!\d)",
              interpret, ("digit",), group="t"),
        # "alle 13 dal Malieveld": a bare hour before a preposition of place or day (after the rule above,
        # which keeps the hour word of "alle ore 7 sulla strada" in the time's text)
        _rule("clock_bare_hour_before_word", rf"{B}(?P<prep>{bare_prep})\s+(?P<t>(?P<hour>[012]?\d)){zone}(?=\s+(?:{bare_after})(?![\w'’]))",
              interpret, ("digit",), group="t"),
        # not inside a compound: "l'après-midi" is the afternoon, not "midi"
        _rule("clock_word", rf"(?<![\w-])(?P<w>{alternation(R.CLOCK_WORDS[lang])}){E}{zone}", word, ("clock_word",)),
    ]


# A clock figure written in a range: "de 8 heures à 17 heures", "von 9.30 bis 17 Uhr".
_RANGE_FIGURE = r"[012]?\d(?:[:.h][0-5]\d)?"


def _clock_range_end(lang: str, hours: str):
    """Whether an hour with its hour word is one end of a range of clock times: "van 8 uur tot 17
    uur", "de 8 horas a 17 horas" (`CLOCK_RANGES`). Both ends written with the hour word (or with
    minutes) read as times of day, since the second end is one; "de 8 à 10 heures" and "tussen 8 en
    10 uur" stay as they are (as often a duration of 8 to 10 hours)."""
    ranges = R.CLOCK_RANGES.get(lang)
    if not ranges:
        return lambda m, text: False
    written = rf"{_RANGE_FIGURE}\s*(?:{hours})(?![^\W\d_])|[012]?\d[:.h][0-5]\d(?!\d)"
    opens = compiled(fold(rf"{B}(?:{ranges['from']})\s+\Z"), FLAGS)
    # "de 2 heures à 3 heures de route": hours "of" something make the range an amount of time
    of_noun = rf"(?!\s+(?:{R.HOURS_OF[lang]})(?:\s+|(?<=['’]))[^\W\d_])" if lang in R.HOURS_OF else ""
    closes = compiled(fold(rf"\s+(?:{ranges['to']})\s+(?:{written}){of_noun}"), FLAGS)
    second = compiled(fold(rf"{B}(?:{ranges['from']})\s+(?:{written})\s+(?:{ranges['to']})\s+\Z"), FLAGS)

    def in_range(m: re.Match, text: str) -> bool:
        before, after = fold(text[max(0, m.start() - 40):m.start()]), fold(text[m.end():m.end() + 40])
        return bool((opens.search(before) and closes.match(after)) or second.search(before))
    return in_range


def _hours_range_end(lang: str):
    """Whether an hour (with an hour word that is also the duration unit) closes a range whose first
    end is a bare figure: "un délai de 12 à 24 heures", "van 6 tot 8 uur", "de 6 a 8 horas" are 12 to
    24 hours, as "2 à 3 semaines" is 2 to 3 weeks, though "à", "tot", "a" are clock prepositions. The
    clock words of `CLOCK_RANGES` keep it a time of day ("dalle 8 alle 17", "das 8 às 17 horas", minutes
    or an hour word at the first end), and so does a first end that is no smaller (a clock range may
    run past midnight, an amount of hours grows) or that is a day ("le 15 à 17 heures"). An afternoon hour (13 to 23) at the closing end keeps the clock too:
    "de 8 à 17 heures", "de 14 à 16 heures" are office hours far more often than amounts of hours, while
    amounts close at 12 or below or at 24 and above ("de 6 à 8 heures", "de 12 à 24 heures")."""
    ranges = R.CLOCK_RANGES.get(lang)
    if not ranges:
        return lambda m, text: False
    first = compiled(fold(rf"(?<![\d.,:/])(?P<first>[012]?\d)\s+(?:{ranges['bare_to']})\s+\Z"), FLAGS)
    day_article = compiled(fold(rf"(?<![^\W\d_])(?:{R.DAY_ARTICLES[lang]})\Z"), FLAGS)
    clock_opens = compiled(fold(rf"{B}(?:{ranges['from']})\s+\Z"), FLAGS) if ranges["clock_words"] else None

    def closes(m: re.Match, text: str) -> bool:
        before = fold(text[max(0, m.start() - 40):m.start()])
        bare = first.search(before)
        if not bare or int(bare.group("first")) >= int(m.group("hour")):
            return False
        if 12 < int(m.group("hour")) < 24:  # an afternoon hour closes office hours ("de 8 à 17 heures")
            return False
        lead = before[:bare.start()]
        return not (day_article.search(lead).group() or (clock_opens and clock_opens.search(lead)))
    return closes


def _up_to_a_day(lang: str):
    """Whether "jusqu'à 24 heures", "tot 24 uur" is up to a day's worth of hours rather than until
    midnight: only where the words say it is an amount (`HOURS_UP_TO`), a duration verb or "de" before
    the preposition ("une garde à vue de jusqu'à 24 heures", "peut durer jusqu'à 24 heures") or after
    the hour ("kan tot 24 uur duren"). Only the hour 24: a larger one is no clock time anyway, and a
    smaller one after such words is still as often a clock time ("a duré jusqu'à 17 heures")."""
    table = R.HOURS_UP_TO.get(lang)
    if not table:
        return lambda m, text: False
    lead = compiled(fold(rf"{B}(?:{table['before']})\s+(?:{table['up_to']})\s+\Z"), FLAGS)
    bare = compiled(fold(rf"{B}(?:{table['up_to']})\s+\Z"), FLAGS)
    trail = compiled(fold(rf"\s+(?:{table['after']}){E}"), FLAGS)

    def up_to(m: re.Match, text: str) -> bool:
        if int(m.group("hour")) != 24:
            return False
        before, after = fold(text[max(0, m.start() - 40):m.start()]), fold(text[m.end():m.end() + 40])
        return bool(lead.search(before) or (bare.search(before) and trail.match(after)))
    return up_to


def _clock_range_start_rules(lang: str, unit_hours: re.Pattern, interpret) -> list[Rule]:
    """The bare first end of a range of clock times: "von 8 bis 17 Uhr", "from 8 to 5 o'clock",
    "dalle 8 alle 17", "de 8h30 à 17 heures". Only where the words make it a clock: minutes, range
    words that hold the article of a clock time (`clock_words`: "dalle", "de las"), or a closing
    hour word that is never a duration unit ("Uhr", "o'clock"); "de 8 à 17 heures" may be 8 to 17
    hours and is left alone."""
    ranges = R.CLOCK_RANGES.get(lang)
    if not ranges:
        return []
    hours = R.CLOCK_HOUR_WORDS[lang]

    def start(m: re.Match, text: str) -> Meaning | None:
        closing = _g(m, "close")
        clear = (_g(m, "minute") or ranges["clock_words"] or (closing and not unit_hours.fullmatch(fold(closing))))
        return interpret(m, text) if clear else None

    return [_rule("clock_range_start", rf"{B}(?P<prep>{ranges['from']})\s+(?P<t>(?<![\d.,:/])(?P<hour>[012]?\d)"
                  rf"(?:(?P<sep>[:.h])(?P<minute>[0-5]\d))?)(?=\s+(?:{ranges['to']})\s+{_RANGE_FIGURE}"
                  rf"(?:\s*(?P<close>{hours})(?![^\W\d_]))?)",
                  start, ("digit",), group="t")]


def _clock_copula_rules(lang: str, zone: str, interpret) -> list[Rule]:
    """An hour said to be the time (`CLOCK_COPULAS`): "il est 8 heures", "het was 4 uur toen",
    "eran las 8", "erano le 8". Only where the clause ends after it (punctuation or a word of
    `after`: "quand", "toen"), so "het is 4 uur rijden" stays a duration."""
    copula = R.CLOCK_COPULAS.get(lang)
    if not copula:
        return []
    hour_word = rf"\s*(?P<hw>{R.CLOCK_HOUR_WORDS[lang]})(?![^\W\d_])"
    hour_word = rf"(?:{hour_word})?" if copula["bare_hour"] else hour_word
    ends = rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:{copula['after']}){E})"
    return [_rule("clock_copula", rf"{B}(?P<prep>{copula['before']})\s+(?P<t>(?P<hour>[012]?\d){hour_word}{zone}){ends}",
                  interpret, ("digit",), group="t")] + _clock_copula_told_rules(lang, copula, hour_word, zone, ends)


def _clock_copula_told_rules(lang: str, copula: dict, hour_word: str, zone: str, ends: str) -> list[Rule]:
    """A told time said to be the time: "il est 8 heures et demie", "eran las 8 y media", "erano le 8
    e mezza" (the hour and a quarter or half of `CLOCK_OFFSETS`, were the duration PT8H30M or
    nothing), "het was half negen" (`CLOCK_HALF_BEFORE`, 8:30). The clause must end after it, as for
    "il est 8 heures"."""
    table, rules = R.CLOCK_OFFSETS.get(lang), []
    if table and not table["minutes_first"]:
        told = (rf"(?:(?P<after>{table['after']})|(?P<before>{table['before']}))\s+"
                rf"(?:(?P<quarter>{table['quarter']})|(?P<half>{table['half']}))")

        def offset_told(m: re.Match, text: str) -> Meaning | None:
            written = word_number(_original(m, "hourword", text), lang) if _g(m, "hourword") else int(m.group("hour"))
            if not written or not 1 <= written <= 23:
                return None
            minutes = written * 60 + (1 if _g(m, "after") else -1) * (15 if _g(m, "quarter") else 30)
            if _g(m, "hourword") and written <= 12:  # "huit heures et demie": its half of day guessed
                return time_meaning(spoken_clock_value(minutes, None), _g(m, "zone"), half_guessed=True)
            return time_meaning(clock_value(*divmod(minutes, 60), None), _g(m, "zone"))

        hour = rf"(?:(?P<hour>[012]?\d)|(?P<hourword>{_number_word(lang)}))"
        rules.append(_rule("clock_copula_told", rf"{B}(?:{copula['before']})\s+(?P<t>{hour}{hour_word}"
                           rf"\s+{told}{zone}){ends}", offset_told, ("number_word", "digit"), group="t"))
    if lang in R.CLOCK_HALF_BEFORE:
        def half_told(m: re.Match, text: str) -> Meaning | None:
            hour = int(m.group("hour")) if _g(m, "hour") else word_number(_original(m, "hourword", text), lang)
            value = spoken_clock_value(hour * 60 - 30, None) if hour and 1 <= hour <= 12 else None
            return time_meaning(value, _g(m, "zone"), half_guessed=True) if value else None

        rules.append(_rule("clock_copula_half", rf"{B}(?:{copula['before']})\s+(?P<t>(?:{R.CLOCK_HALF_BEFORE[lang]})\s+"
                           rf"(?:(?P<hour>1[0-2]|0?[1-9])|(?P<hourword>{_number_word(lang)})){zone}){ends}",
                           half_told, ("clock_half",), group="t"))
    return rules


def _clock_offset_rules(lang: str, marker: str, zone: str, half_of_day) -> list[Rule]:
    """Clock times told as minutes before or after an hour (`CLOCK_OFFSETS`): "ten past eight",
    "a quarter to nine", "half past three", "kwart over acht", "tien over half negen" (8:40),
    "fünf vor halb neun", "huit heures moins le quart", "las ocho y media", "le nove meno un
    quarto". Minutes-first languages name the minutes before the hour, the others after it."""
    table = R.CLOCK_OFFSETS.get(lang)
    if not table:
        return []
    word_hour, word_minutes = (rf"(?P<{name}>{_number_word(lang)})" for name in ("hourword", "minuteword"))
    hour = rf"(?:(?P<hour>2[0-3]|[01]?\d)|{word_hour})"
    half_before = rf"(?:(?P<halfhour>{R.CLOCK_HALF_BEFORE[lang]})\s+)?" if lang in R.CLOCK_HALF_BEFORE else ""
    # "alle 14 e 30", "a las 9 y 15": digits after the hour (not before it: "at 5 to 6" is a range)
    digit_minutes = "" if table["minutes_first"] else r"|(?P<minutes>[0-5]\d)(?!\d)"
    amount = (rf"(?:(?P<quarter>{table['quarter']})|(?P<half>{table['half']})"
              rf"|(?:{word_minutes}{digit_minutes})(?:\s+{table['minute_words']})?)")
    direction = rf"(?:(?P<after>{table['after']})|(?P<before>{table['before']}))"
    if table["minutes_first"]:
        told = rf"{amount}\s+{direction}\s+{half_before}{hour}(?:\s+{R.CLOCK_HOUR_WORDS[lang]})?"
    else:
        told = rf"{hour}(?:\s+{R.CLOCK_HOUR_WORDS[lang]})?\s+{direction}\s+{amount}"

    def offset(m: re.Match, text: str) -> int | None:
        if _g(m, "quarter") or _g(m, "half"):
            return 15 if _g(m, "quarter") else 30
        minutes = word_number(_original(m, "minuteword", text), lang)
        return minutes if minutes and minutes < (60 if _g(m, "after") else 30) else None

    units = compiled(rf"\s*(?:{_duration_units(lang)[0]}){E}", FLAGS)

    def interpret(m: re.Match, text: str) -> Meaning | None:
        if quantity_follows(text, m.end(), lang) or units.match(text, m.end()):
            return None  # "at five to six percent", "about ten to twelve years": a range of figures
        if _g(m, "minutes"):  # "alle 14 e 30": the 24-hour clock written in figures
            value = clock_value(int(m.group("hour")), int(m.group("minutes")), half_of_day(m)) if _g(m, "hour") and _g(m, "after") else None
            return time_meaning(value, _g(m, "zone")) if value else None
        named = int(m.group("hour")) if _g(m, "hour") else word_number(_original(m, "hourword", text), lang)
        minutes = offset(m, text)
        if not named or not 1 <= named <= 12 or minutes is None:
            return None
        base = named * 60 - (30 if _g(m, "halfhour") else 0)
        value = spoken_clock_value(base + (minutes if _g(m, "after") else -minutes), half_of_day(m))
        return time_meaning(value, _g(m, "zone"), half_guessed=not half_of_day(m)) if value else None

    return [_rule("clock_offset", rf"{B}(?P<prep>{table['prepositions']})\s+(?P<t>{told}(?:{marker})?{zone}){E}",
                  interpret, ("number_word", "digit"), group="t")]


def _indefinite_future_rule(lang: str) -> list[Rule]:
    """"Islam will one day be ...", "some day", "algún día": a day no one can name, FUTURE_REF, not
    the duration P1D (optional `INDEFINITE_FUTURE`; read before the durations)."""
    if lang not in R.INDEFINITE_FUTURE:
        return []
    meaning = Meaning("ref", True, "FUTURE_REF", fixed=("FUTURE_REF", None, None))
    return [_rule("indefinite_future", rf"{B}(?:{R.INDEFINITE_FUTURE[lang]}){E}", lambda m, text: meaning,
                  ("duration_unit",))]


def _ordinal_day_today_rule(lang: str) -> list[Rule]:
    """"Today is the eighth day of Desert Shield", "It's the second day of an offensive", "c'est le
    troisième jour de grève": the Nth day of an event, said in the present, is the day of writing
    (optional `ORDINAL_DAYS_TODAY`: the words before the span, the span `day` with {O} for the
    ordinal, and what follows it). Said in the past ("it was the third day of the strike") it
    needs the event's date, which no rule reads."""
    if lang not in R.ORDINAL_DAYS_TODAY:
        return []
    regex = R.ORDINAL_DAYS_TODAY[lang].replace("{O}", r"(?P<ordinal>\w+)")

    def interpret(m: re.Match, text: str) -> Meaning | None:
        return day_offset_meaning(0) if ordinal_word(text[m.start("ordinal"):m.end("ordinal")], lang) else None

    return [_rule("ordinal_day_today", rf"{B}(?:{regex}){E}", interpret, ("duration_unit",), group="day")]


def _deictic_part_rule(lang: str) -> Rule:
    """"tonight", "vanavond", "hier soir": a part of a day counted from publication."""
    table = R.DEICTIC_PARTS[lang]

    def interpret(m: re.Match, text: str) -> Meaning | None:
        offset, part = _key(table, m.group(0))
        return time_meaning(part, None, day_offset_meaning(offset))

    return _rule("deictic_part", rf"{B}{alternation(table)}{E}", interpret, ("part",))


def _anaphoric_day_part_rule(lang: str) -> Rule:
    """"the next morning", "am nächsten Abend", "de volgende ochtend", "la noche siguiente": a part
    of the day after (or before) the one the text mentioned last (`ANAPHORIC_DAY_PARTS`, {P} a part
    of day of PARTS_OF_DAY; re-anchored in times.extract_times)."""
    parts = R.PARTS_OF_DAY[lang]
    templates = R.ANAPHORIC_DAY_PARTS[lang]
    regex = "|".join(f"(?P<a{i}>{template.replace('{P}', f'(?P<p{i}>{alternation(parts)})')})"
                     for i, template in enumerate(templates))

    def interpret(m: re.Match, text: str) -> Meaning | None:
        i = next(i for i in range(len(templates)) if m.group(f"a{i}") is not None)
        return time_meaning(_key(parts, m.group(f"p{i}")), None, anaphoric_day_meaning(list(templates.values())[i]))

    return _rule("anaphoric_day_part", rf"{B}(?:{regex}){E}", interpret, ("part",))


def _part_of_day_rule(lang: str, f: _Fragments, lex: Lexicon) -> Rule:
    """A part of day ("morning", "avond"), also glued to its weekday ("dinsdagavond",
    "Freitagabend"). Alone it only joins a day written next to it (see times._join_day_and_time)."""
    parts = R.PARTS_OF_DAY[lang]

    def interpret(m: re.Match, text: str) -> Meaning | None:
        part = _key(parts, m.group("part"))
        if _g(m, "wd"):
            return time_meaning(part, None, weekday_meaning(lex.weekday(m.group("wd")), "past"))
        return Meaning("part", True, f"T{part}", fixed=(part, None, None), type="TIME")

    return _rule("part_of_day", rf"{B}(?P<wd>{f.weekday})?(?P<part>{alternation(parts)}){E}", interpret, ("part",))


# ---------------------------------------------------------------------------------------------
# Durations and sets


@lru_cache(maxsize=None)
def _duration_units(lang: str) -> tuple[str, dict[str, str]]:
    forms = {form: code for code, (singular, plural) in R.DURATION_UNITS[lang].items() for form in singular + plural}
    # a form may end in a lookahead ("quarters(?!\s+of)": "three quarters of voters" is a share)
    return alternation(forms), {fold(re.sub(r"\(\?!.*\)$", "", form).lower()): code for form, code in forms.items()}


def duration_value(count: float | None, code: str) -> str:
    """TIMEX3 duration: count 3 of "D" -> "P3D", of "H" -> "PT3H"; None count -> "PXD"."""
    if code == "DE":
        count, code = (None if count is None else count * 10), "Y"
    elif code == "CE":
        count, code = (None if count is None else count * 100), "Y"
    halves = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}
    if count is not None and count != int(count) and (count * 2).is_integer() and code in halves:
        # "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M (TIMEX3 writes no fractions)
        per, smaller = halves[code]
        whole = duration_value(int(count), code) if int(count) else ("PT" if code in ("H", "MIN") else "P")
        rest = duration_value(per // 2, smaller)
        return whole + rest[2:] if smaller in ("S", "MIN", "H") and "T" in whole else whole + rest[1:]
    amount = "X" if count is None else f"{count:g}"  # "2.15 hours" = PT2.15H, as written
    if code in ("S", "MIN", "H"):
        return f"PT{amount}{'M' if code == 'MIN' else code}"
    return f"P{amount}{code}"


def duration_meaning_of(value: str, mod: str | None) -> Meaning:
    return Meaning("duration", False, f"duration:{value}", fixed=(value, None, None), type="DURATION", mod=mod)


def _duration_rules(lang: str, f: _Fragments) -> list[Rule]:
    units, code_of = _duration_units(lang)
    mods = R.DURATION_MODS[lang]
    count = rf"(?:\d+(?:[.,]\d+)?|{alternation(R.VAGUE_COUNTS[lang])}|{f.count_words})"
    mod = _duration_mod_pattern(lang, rf"(?:{count}|{R.DURATION_VAGUE[lang]}|{R.DURATION_HALF[lang]})")
    not_an_age = rf"(?!{R.AGE_AFTER[lang]})"  # "a 6-year-old" is an age, not a duration
    # "two more weeks", "an additional year": DURATION_INFIXES between the count and the unit.
    # "2 1/2 years", "two and a half years", "a minute and a half", "deux ans et demi"
    and_a_half = R.DURATION_AND_A_HALF.get(lang, "(?!x)x")
    regex = (rf"{B}{mod[0]}(?P<span>{mod[1]}(?P<body>{R.DURATION_LEADS[lang]}(?:(?P<n>{count})(?P<half_n>\s+1/2|{and_a_half})?"
             rf"|(?P<vague>{R.DURATION_VAGUE[lang]}))"
             rf"(?:\s+(?:{R.DURATION_INFIXES.get(lang, '(?!x)x')}))?"
             rf"(?:\s+|-)(?P<unit>{units})(?P<half_u>{and_a_half})?{R.DURATION_SUFFIX[lang]})){E}{not_an_age}")
    half = rf"{B}{mod[0]}(?P<span>{mod[1]}(?P<body>(?P<half>{R.DURATION_HALF[lang]})\s*(?P<unit>{units}))){E}{not_an_age}"

    indefinite = re.compile(fold(R.DURATION_VAGUE[lang]), FLAGS)
    plurals = alternation(form for _, forms in R.DURATION_UNITS[lang].values() for form in forms)
    # only plural: Dutch "jaar" is both ("een jaar", "drie jaar")
    singulars = alternation(form for forms, _ in R.DURATION_UNITS[lang].values() for form in forms)
    plural_unit = re.compile(fold(rf"(?!{singulars}$){plurals}"), FLAGS)
    indefinite_one = re.compile(fold(alternation(w for w, n in R.VAGUE_COUNTS[lang].items() if n == 1)), FLAGS)
    rate = _rate_before(lang)
    half_before = re.compile(fold(rf"{B}{R.DURATION_HALF[lang]}\s*$"), FLAGS)
    one_and_a_half = re.compile(fold(R.DURATION_ONE_AND_A_HALF.get(lang, "(?!x)x")), FLAGS)

    def interpret(m: re.Match, text: str) -> Meaning | None:
        code = code_of.get(fold(m.group("unit").lower()))
        if code is None or (_g(m, "n") and half_before.search(text, max(0, m.start("body") - 12), m.end("n"))):
            return None  # "[half an] hour" is read whole by the next rule
        mod = _duration_mod(mods, _g(m, "signal"), _g(m, "mod"))
        if rate and _g(m, "n") and not mod and m.start("n") == m.start("body") and rate[0].fullmatch(m.group("n")) \
                and rate[1].search(text, max(0, m.start("body") - 40), m.start("body")):
            return _set(duration_value(1, code))  # "$500 million a year", "four flights a week": a rate (TIMEX3 SET)
        count = None
        # "a few days", "several years": TIMEX3 leaves the count open (PXD), though "a few days
        # ago" still counts three days for a date
        if _g(m, "n") and not indefinite.fullmatch(m.group("n")):
            written = _original(m, "n", text)
            if not written[0].isdigit() and word_number(written, lang) is not None and ordinal_word(written, lang):
                return None  # "am ersten Tag", "the first day": a day of a series, not a length of time
            count = float(written.replace(",", ".")) if written[0].isdigit() else parse_count(written, lang)
            if count is None or count > 10_000:
                return None
        if count == 1 and _g(m, "n") and indefinite_one.fullmatch(m.group("n")) and plural_unit.fullmatch(m.group("unit")):
            count = None  # "a decades-long battle": decades, not one
        if _g(m, "half"):
            count = 1.5 if one_and_a_half.fullmatch(m.group("half")) else 0.5  # "anderhalf jaar" = P1Y6M
        elif count is not None and (_g(m, "half_n") or _g(m, "half_u")):
            count += 0.5
        if mod == "MORE_THAN" and _g(m, "n") and m.start("n") > m.start("body"):
            mod = None  # "over the past two years" is during them, not more than them
        return duration_meaning_of(duration_value(count, code), mod)

    bare = rf"{B}{R.DURATION_BARE_AFTER[lang]}\s+(?P<span>(?P<unit>{plurals})){E}"
    rules = [_rule("duration_bare", bare, interpret, ("duration_unit",), group="span"),
             _rule("duration", regex, interpret, ("duration_unit",), group="span"),
             _rule("duration_half", half, interpret, ("duration_unit",), group="span", contains=R.DURATION_HALF[lang])]
    if R.DURATION_SUFFIX[lang]:
        def lasting(m: re.Match, text: str) -> Meaning | None:
            """"jarenlang", "wochenlang", "decades-long" (PXY, PXW); "a day-long meeting" (P1D)."""
            code = code_of.get(fold(m.group("unit").lower()))
            if not (m.group("long") and code):
                return None
            count = None if plural_unit.fullmatch(m.group("unit")) else 1
            return duration_meaning_of(duration_value(count, code), None)

        suffixed = rf"{B}(?P<unit>{units})(?P<long>{R.DURATION_SUFFIX[lang]}){E}{not_an_age}"
        rules.append(_rule("duration_lasting", suffixed, lasting, ("duration_unit",)))
    return rules


def _duration_mod_pattern(lang: str, count: str) -> tuple[str, str]:
    """The regex parts before a duration's span and at its start: a preposition of the language's
    DURATION_MOD_PREPOSITIONS ("within", "in", "binnen"), or a MORE_THAN word before no count ("over
    the past two years": during them), is a TIMEX3 signal, left out of the span; the rest of a
    DURATION_MODS phrase ("less than" of "in less than", "about") TIMEX3 keeps in the span ("[about three
    days]", "in [less than an hour]") as well as in `mod`."""
    mods = R.DURATION_MODS[lang]
    prepositions = R.DURATION_MOD_PREPOSITIONS[lang]
    opening = re.compile(rf"(?:{prepositions})(?:\s+|$)", re.IGNORECASE)
    rests = {phrase[opening.match(phrase).end():] if opening.match(phrase) else phrase for phrase in mods}
    more_than = alternation(phrase for phrase, mod in mods.items() if mod == "MORE_THAN")
    signal = rf"(?:(?P<signal>{prepositions}|{more_than}(?!\s+{count}{E}))\s+)?"
    return signal, rf"(?:(?P<mod>{alternation(r for r in rests if r)})\s+)?"


def _duration_mod(mods: dict, signal: str | None, words: str | None) -> str | None:
    """The TIMEX3 mod of a duration's leading words: the preposition and the modifier together ("in
    less than", "within"), else the modifier alone ("in about": "about")."""
    joined = " ".join(part for part in (signal, words) if part)
    return (_key(mods, joined) if joined else None) or (_key(mods, words) if words else None)


@lru_cache(maxsize=None)
def _rate_before(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The language's RATE_ARTICLES, and a figure with at most two words before it ("$1.76 a year",
    "700 seats a week", "four flights a week": a rate, a SET); a comma or a preposition of duration
    before the article ("in 2015, a year", "5 days for a week") leaves it a duration."""
    words = R.RATE_ARTICLES.get(lang)
    if not words:
        return None
    figure = rf"(?:[$€£]?\d(?:[\d.,]*\d)?%?|{B}{_number_word(lang)})"
    prepositions = alternation([*R.DURATION_MODS[lang], R.DURATION_BARE_AFTER[lang]])
    before = rf"{figure}(?:\s+(?!(?:{prepositions}){E})[^\W\d_]+){{0,2}}\s+\Z"
    return re.compile(fold(words), FLAGS), re.compile(fold(before), FLAGS)


def _set_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    """"daily", "jaarlijks", "every Monday", "chaque semaine", "every three days", "each July"."""
    words = R.SET_WORDS[lang]
    units, code_of = _duration_units(lang)
    plural = R.WEEKDAY_PLURAL[lang]
    weekday = f.weekday if not plural else rf"{f.weekday}(?:{plural})?"
    every = (rf"{B}{R.EVERY_WORDS[lang]}\s+(?:(?P<wd>{weekday})|(?P<month>{f.month_full})"
             rf"|(?:(?P<n>\d+|{f.count_words})\s+)?(?P<unit>{units})){E}")

    def fixed_word(m: re.Match, text: str) -> Meaning | None:
        return _set(_key(words, m.group(0)))

    def interpret(m: re.Match, text: str) -> Meaning | None:
        if _g(m, "wd"):
            day = lex.weekday(m.group("wd")) if lex.weekday(m.group("wd")) is not None else \
                lex.weekday(re.sub(f"{plural}$", "", m.group("wd").lower())) if plural else None
            return _set(f"XXXX-WXX-{day + 1}") if day is not None else None
        if _g(m, "month"):  # "each July", "chaque juillet": once a year, in that month ("every may" is no month)
            month = lex.month(m.group("month")) if _written_as_month(lang, m.group("month")) else None
            return _set(f"XXXX-{month:02d}") if month else None
        code = code_of.get(fold(m.group("unit").lower()))
        count = 1 if not _g(m, "n") else (int(m.group("n")) if m.group("n").isdigit() else word_number(_original(m, "n", text), lang))
        return _set(duration_value(count, code)) if code and count else None

    rules = [_rule("set_word", rf"{B}{alternation(words)}{E}", fixed_word, ("set",)), _rule("set_every", every, interpret, ("set",))]
    if lang in R.WEEKLY_SUFFIXES:
        # "on Tuesdays", "Tuesday nights", "les mardis soirs", "sonntags", "zondags": a weekday or its part of
        # day with the language's suffix of recurrence (a plural or an adverb's ending) recurs weekly
        parts, suffix = R.PARTS_OF_DAY[lang], R.WEEKLY_SUFFIXES[lang]
        weekly = (rf"{B}(?P<wd>{f.weekday})(?P<plural_day>{suffix})?"
                  rf"(?:\s+(?P<part>{alternation(parts)})(?P<plural_part>{suffix})?)?{E}")

        counted = re.compile(fold(rf"(?:\d+|{B}{_number_word(lang)}|{alternation(R.VAGUE_COUNTS[lang])})\s+\Z"), FLAGS)

        def weekly_set(m: re.Match, text: str) -> Meaning | None:
            day = lex.weekday(m.group("wd"))
            if day is None or not (_g(m, "plural_day") or _g(m, "plural_part")) \
                    or counted.search(text, max(0, m.start() - 30), m.start()):
                return None  # "two Sundays from now" is a count of days
            part = f"T{_key(parts, m.group('part'))}" if _g(m, "part") else ""
            return _set(f"XXXX-WXX-{day + 1}{part}")

        rules.append(_rule("set_weekly", weekly, weekly_set, ("weekday",)))
    return rules


def _set(value: str | None) -> Meaning | None:
    return Meaning("set", False, f"set:{value}", fixed=(value, None, None), type="SET") if value else None


# ---------------------------------------------------------------------------------------------
# References, quarters, seasons, holidays


def _reference_rule(lang: str) -> Rule:
    """"now", "currently", "inmiddels" (PRESENT_REF: the publication date), "recently", "the future";
    "the coming weeks", "les semaines à venir" (PXW: an open stretch of weeks from now, as "the next
    few weeks" is)."""
    table = R.REFERENCE_WORDS[lang]

    def interpret(m: re.Match, text: str) -> Meaning | None:
        value = _key(table, m.group(0))
        if not value.endswith("_REF"):
            return duration_meaning_of(value, None)
        if value == "PRESENT_REF":
            return Meaning("ref", True, value, resolve=lambda pub: (value, pub, pub))
        return Meaning("ref", True, value, fixed=(value, None, None))

    # "the past decade", "the past century" are no PAST_REF: the phrase does not run into a unit of time
    units = _duration_units(lang)[0]
    return _rule("reference", rf"{B}{alternation(table)}{E}(?!\s+(?:{units}){E})", interpret, ("reference",))


def quarter_resolution(year: int, quarter: int):
    first = date(year, 3 * quarter - 2, 1)
    last = month_resolution(year, 3 * quarter)[2]
    return f"{year:04d}-Q{quarter}", first, last


def shifted_resolution(value: str, granularity: str, parts, sign: int):
    """A date `value` of the given granularity moved by ((count, unit), ...) x sign, at the same
    granularity ("1989-Q3" a year earlier = "1988-Q3"); None when the units do not fit it (two
    days after a month)."""
    months = sum(n * (12 if unit == "year" else 1) for n, unit in parts if unit in ("year", "month"))
    days = sum(n * (7 if unit == "week" else 1) for n, unit in parts if unit in ("week", "day"))
    if any(unit not in ("year", "month", "week", "day") for _, unit in parts):
        return None
    try:
        if granularity == "year" and not days and months % 12 == 0:
            return year_resolution(int(value[:4]) + sign * months // 12)
        if granularity == "quarter" and not days and months % 3 == 0:
            index = int(value[:4]) * 4 + int(value[6]) - 1 + sign * months // 3
            return quarter_resolution(index // 4, index % 4 + 1)
        if granularity == "month" and not days:
            moved = date(int(value[:4]), int(value[5:7]), 1) + relativedelta(months=sign * months)
            return month_resolution(moved.year, moved.month)
        if granularity == "day":
            return day_resolution(date.fromisoformat(value) + relativedelta(months=sign * months, days=sign * days))
    except OUT_OF_CALENDAR:
        return None
    return None


def _quarter_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    """"the third quarter" (of the publication year, or the last one in a past-tense sentence),
    "Q3 2015", "the latest quarter" / "the quarter" (the last one completed before publication;
    QUARTER_SHIFTS has the language's own words for that)."""
    ordinals = R.ORDINALS[lang]
    year_tail = rf"(?:\s*(?:{R.QUARTER_YEAR_JOINERS[lang]}|,)?\s*{YEAR})?"

    def interpret(m: re.Match, text: str) -> Meaning | None:
        if _g(m, "ord") or _g(m, "q"):
            quarter = int(m.group("q")) if _g(m, "q") else _key(ordinals, m.group("ord"))
            if _g(m, "year"):
                return fixed_meaning("quarter", quarter_resolution(int(m.group("year")), quarter))
            if _g(m, "yshift"):  # "next year's first quarter"
                years = lex.shift(m.group("yshift"))
                return Meaning("quarter", True, f"year{years:+d}:quarter:{quarter}",
                               resolve=lambda pub: quarter_resolution(pub.year + years, quarter))
            return yearly_meaning("quarter", f"quarter:{quarter}", lambda year: quarter_resolution(year, quarter))
        if _g(m, "year"):  # "the 1988 quarter", "the 1989 period"
            year = int(m.group("year"))
            return Meaning("year", False, f"quarter_of:{year}", fixed=year_resolution(year), quarter_of_its_year=True)
        if _g(m, "yshift"):  # "last year's quarter", "the same period last year"
            years = lex.shift(m.group("yshift"))
            return Meaning("year", True, f"year{years:+d}:quarter_of", quarter_of_its_year=True,
                           resolve=lambda pub: year_resolution(pub.year + years))
        shift = _g(m, "shift")
        own = _key(R.QUARTER_SHIFTS[lang], shift) if shift else None
        offset = -1 if not shift else own if own is not None else lex.shift(shift)

        def resolve(pub: date):
            index = pub.year * 4 + (pub.month - 1) // 3 + offset
            return quarter_resolution(index // 4, index % 4 + 1)

        return Meaning("quarter", True, f"quarter{offset:+d}", resolve=resolve)

    rules = []
    for i, template in enumerate(R.QUARTER_PATTERNS[lang]):
        regex = (template.replace("{ORD}", rf"(?P<ord>{alternation(ordinals)})")
                 .replace("{SHIFT}", rf"(?P<shift>{f.shift_pre}|{f.shift_post}|{alternation(R.QUARTER_SHIFTS[lang])})")
                 .replace("{YEARSHIFT}", rf"(?P<yshift>{f.shift_pre})"))
        # the year is written before the quarter ("the 1988 third quarter") or may follow it
        regex = regex.replace("{YEAR}", YEAR) if "{YEAR}" in regex else regex + year_tail
        rules.append(_rule(f"quarter_{i}", rf"{B}{regex}{E}", interpret, ("quarter",)))
    rules.append(_rule("quarter_q", rf"{B}q(?P<q>[1-4])(?:\s*{YEAR}|\s*'?(?P<yy>\d\d))?{E}", interpret, ("quarter",)))
    return rules


def season_resolution(year: int, season: str):
    start, end = SEASON_MONTHS[season]
    last_year, last_month = year + (end - 1) // 12, (end - 1) % 12 + 1
    return f"{year:04d}-{season}", date(year, start, 1), month_resolution(last_year, last_month)[2]


def _season_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    """"summer 1998", "last fall", "deze zomer", "l'été prochain", bare "in the spring" (by tense)."""
    names = {form: code for code, forms in R.SEASONS[lang].items() for form in forms}
    season = rf"(?P<season>{alternation(names)})"
    article = R.SEASON_ARTICLES[lang]

    def interpret(m: re.Match, text: str) -> Meaning | None:
        code = _key(names, m.group("season"))
        year = _year_number(m, lang, text)  # "the winter of 1994", "the winter of nineteen ninety-four"
        if year is not None:
            return fixed_meaning("season", season_resolution(year, code)) if year else None
        offset = lex.shift(_g(m, "pre") or _g(m, "post")) if _g(m, "pre") or _g(m, "post") else 0
        if offset:

            def resolve(pub: date):
                this = season_resolution(pub.year, code)
                year = pub.year + offset
                if offset < 0 and this[2] < pub:
                    year += 1  # "last fall" in April: the fall of the previous year, already over
                if offset > 0 and this[1] > pub:
                    year -= 1  # "next summer" in April: this year's
                return season_resolution(year, code)

            return Meaning("season", True, f"{offset:+d}:season:{code}", resolve=resolve)
        # "this summer" is the bare season: in a past-tense sentence in January, the summer just
        # gone ("quest'estate", "cet été" and "this summer" must read alike whatever the tense)
        return yearly_meaning("season", f"season:{code}", lambda year: season_resolution(year, code))

    joiner = R.SEASON_YEAR_JOINERS[lang]
    return [
        _rule("season_year", rf"{B}{article}{season}{joiner}\s+{_year_slot(f)}{E}", interpret, ("season",)),
        # (an elided shift word runs into the season: "quest'estate")
        _rule("season_shift", rf"{B}(?P<pre>{f.shift_pre})(?:\s+|(?<=['’])){season}{E}", interpret, ("season",)),
        _rule("shift_season", rf"{B}{article}{season}\s+(?P<post>{f.shift_post}){E}", interpret, ("season",)),
        # a bare season word, after what the language needs to tell it from a homograph ("été")
        _rule("season", rf"{B}{R.SEASON_BARE_BEFORE[lang]}{season}{E}", interpret, ("season",)),
    ]


def _decade_rules(lang: str) -> list[Rule]:
    """"the 1960s", "de jaren 60", "die 80er Jahre", "les années 1990": TIMEX3 value "196"; a
    decade without its century is the twentieth century's (news usage)."""

    def interpret(m: re.Match, text: str) -> Meaning | None:
        tens = int(m.group("decade")) if _g(m, "decade") else _tens_word(_original(m, "tens", text), lang)
        if tens is None or (_g(m, "tens") and quantity_follows(text, m.end(), lang)):
            return None  # "durante años treinta personas": a count after the noun
        start = int(_g(m, "century") or "19") * 100 + tens * 10
        return fixed_meaning("decade", (str(start // 10), date(start, 1, 1), date(start + 9, 12, 31)))

    century, decade, tens = r"(?P<century>1[5-9]|20)", r"(?P<decade>\d)", rf"(?P<tens>{_number_word(lang)})"
    return [_rule(f"decade_{i}", B + template.replace("{CENTURY}", century).replace("{DECADE}", decade).replace("{TENS}", tens) + E,
                  interpret, ("digit",) if "{DECADE}" in template else ("decade_word",))
            for i, template in enumerate(R.DECADE_PATTERNS[lang])]


def _decade_shift_rule(lang: str, f: _Fragments, lex: Lexicon) -> Rule:
    """"the last decade", "this decade", "het vorige decennium", "la década pasada": the calendar
    decade that many decades from publication's (TIMEX3 "198" for the 1980s), as "last year" is the
    calendar year before; its interval runs on to publication, since "the last decade" also means the
    last ten years. After a shift word of `DECADE_SPAN_SHIFTS` ("the past decade") it is those ten
    years, the duration P10Y, as "the past ten years" is; a count ("the past two decades") stays a
    duration too."""
    decade = alternation(R.DURATION_UNITS[lang]["DE"][0])
    spans = compiled(fold(R.DECADE_SPAN_SHIFTS[lang]), FLAGS) if lang in R.DECADE_SPAN_SHIFTS else None

    def interpret(m: re.Match, text: str) -> Meaning | None:
        shift = _g(m, "pre") or _g(m, "post")
        if spans and spans.fullmatch(shift):
            return duration_meaning_of(duration_value(1, "DE"), None)
        offset = lex.shift(shift)

        def resolve(pub: date):
            start = (pub.year // 10 + offset) * 10
            return str(start // 10), date(start, 1, 1), pub if offset == -1 else date(start + 9, 12, 31)

        return Meaning("decade", True, f"decade{offset:+d}", resolve=resolve)

    return _rule("decade_shift", rf"{B}{_relative_period(f, decade)}{E}", interpret, ("duration_unit",), contains=decade)


def _tens_word(word: str, lang: str) -> int | None:
    """"negentig", "Novanta", "quatre-vingt" -> 9; "nineties", "neunziger" through the language's
    DECADE_WORD_ENDINGS ("ies" -> "y", "er" -> ""); None for a word that is no ten from 20 to 90."""
    for ending, replacement in R.DECADE_WORD_ENDINGS.get(lang, {}).items():
        word = re.sub(f"{ending}$", replacement, word, flags=re.IGNORECASE)
    number = word_number(word, lang)
    return number // 10 if number and number % 10 == 0 and 20 <= number <= 90 else None


def _century_rules(lang: str) -> list[Rule]:
    """"the 20th century", "de twintigste eeuw", "das 19. Jahrhundert", "le XIXe siècle", "siglo XX":
    TIMEX3 value "19" (the years 1900-1999), from the language's CENTURY_PATTERNS (templates with
    {N} digits, {ROMAN} capital Roman numerals, {WORD} an ordinal in words)."""

    def interpret(m: re.Match, text: str) -> Meaning | None:
        n = int(m.group("n")) if _g(m, "n") else roman_to_int(m.group("roman")) if _g(m, "roman") else \
            word_number(_original(m, "word", text), lang) if _g(m, "word") and ordinal_word(_original(m, "word", text), lang) else None
        if not n or not 2 <= n <= 21:
            return None
        first = (n - 1) * 100
        return fixed_meaning("century", (f"{n - 1:02d}", date(first, 1, 1), date(first + 99, 12, 31)))

    slots = {"{N}": r"(?P<n>\d{1,2})", "{ROMAN}": r"(?-i:(?P<roman>[IVXL]{1,7}))", "{WORD}": rf"(?P<word>{_number_word(lang)})"}
    rules = []
    for i, template in enumerate(R.CENTURY_PATTERNS.get(lang, ())):
        regex = template
        for slot, group in slots.items():
            regex = regex.replace(slot, group)
        # every template names the century ("century", "eeuw", "siglo"), a word of the duration units
        rules.append(_rule(f"century_{i}", B + regex + E, interpret, ("duration_unit",), contains=template_words(template)))
    return rules


def weekend_resolution(saturday: date):
    iso_year, week, _ = saturday.isocalendar()
    return f"{iso_year:04d}-W{week:02d}-WE", saturday, saturday + timedelta(days=1)


def _weekend_rule(lang: str, f: _Fragments, lex: Lexicon) -> Rule:
    """"the weekend", "this weekend", "le week-end dernier", "volgend weekend": a Saturday-Sunday.
    Without a shift word it is the last one (in a future-tense sentence the next one); "this
    weekend" is this week's, or in a past-tense sentence before Saturday the one just gone."""
    weekend = rf"(?P<we>{R.WEEKEND_WORDS[lang]})"

    def interpret(m: re.Match, text: str) -> Meaning | None:
        words = _g(m, "pre") or _g(m, "post")
        offset = lex.shift(words) if words else None

        def resolve(pub: date, tense: str = ""):
            this_saturday = pub + timedelta(days=5 - pub.weekday())
            if offset == 0 and tense == "past" and pub.weekday() < 5:
                # "he left this weekend" on a Tuesday: the weekend just gone, as "am Wochenende"
                return weekend_resolution(this_saturday - timedelta(weeks=1))
            if offset is not None:
                return weekend_resolution(this_saturday + timedelta(weeks=offset))
            if tense == "future":
                return weekend_resolution(this_saturday if pub.weekday() < 5 else this_saturday + timedelta(weeks=1))
            return weekend_resolution(this_saturday if pub.weekday() >= 5 else this_saturday - timedelta(weeks=1))

        anchor = f"weekend{offset:+d}" if offset is not None else "weekend"
        return Meaning("week", True, anchor, resolve=resolve, tensed=resolve if offset in (None, 0) else None)

    regex = (rf"{B}(?:(?P<pre>{f.shift_pre})\s+|{R.WEEKEND_ARTICLES[lang]}){weekend}"
             rf"(?:\s+(?P<post>{f.shift_post}))?{E}")
    return _rule("weekend", regex, interpret, ("weekend",))


def holiday_day(key: str, year: int) -> date | None:
    rule = HOLIDAY_DATES[key]
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[len("easter"):]))
    if rule.count(":") == 2:
        start, weekday, nth = rule.split(":")
        month, _, day = start.partition("-")
        weekday, nth = int(weekday), int(nth)
        if nth < 0:  # "Memorial Day": the last Monday of May
            last = month_resolution(year, int(month))[2]
            return last - timedelta(days=(last.weekday() - weekday) % 7)
        first = date(year, int(month), int(day or 1))
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    month, day = (int(part) for part in rule.split("-"))
    return safe_date(year, month, day)


def _holiday_rule(lang: str) -> list[Rule]:
    """Holidays by name in every language; fixed, Easter-based (dateutil.easter) or nth weekday."""
    names = {form: key for key, forms in R.HOLIDAYS[lang].items() for form in forms if key in HOLIDAY_DATES}

    def interpret(m: re.Match, text: str) -> Meaning | None:
        key = _key(names, m.group("h"))
        granularity, resolution = ("week", week_resolution) if key in WEEK_HOLIDAYS else ("day", day_resolution)
        if _g(m, "year"):
            found = holiday_day(key, int(m.group("year")))
            return fixed_meaning(granularity, resolution(found)) if found else None
        return yearly_meaning(granularity, f"holiday:{key}", lambda year: (resolution(d) if (d := holiday_day(key, year)) else None))

    year = rf"(?:\s*,?{R.MONTH_YEAR_JOINERS[lang]}\s*{YEAR})?"
    return [_rule("holiday", rf"{B}(?P<h>{alternation(names)}){year}{E}", interpret, ("holiday",))]


def part_of_period_meaning(period: Meaning, count: int, code: str, position: str) -> Meaning:
    """"the last six months of this year", "los primeros 6 meses del próximo año": the period's
    value (as for "end of the year") with its interval narrowed to its first or last `count` units."""
    length = relativedelta(**{{"D": "days", "W": "weeks", "M": "months"}[code]: count})

    def narrow(resolution):
        if resolution is None:
            return None
        value, first, last = resolution
        if position == "begin":
            return value, first, min(last, first + length - timedelta(days=1))
        return value, max(first, last - length + timedelta(days=1)), last

    return _narrowed_period(period, f"{position}{count}{code}_of_{period.anchor}", narrow)


def half_of_year_meaning(year: Meaning, half: int) -> Meaning:
    """"the first half of 1990", "de tweede helft van dit jaar", "el primer semestre de 2016": the
    TIMEX3 half-year (`1990-H1`), its interval January-June or July-December."""
    def narrow(resolution):
        if resolution is None:
            return None
        value, first, _ = resolution
        months = (1, 6) if half == 1 else (7, 12)
        return (f"{value[:4]}-H{half}", date(first.year, months[0], 1),
                date(first.year, months[1], 30 if half == 1 else 31))

    return _narrowed_period(year, f"H{half}_of_{year.anchor}", narrow)


def month_in_year_meaning(position: str | None, month: int, year: Meaning) -> Meaning:
    """Month `month` (narrowed to its begin/end/mid `position`, if any) of the relative year
    `year` ("last year"): resolved from that year, with no tense of its own."""
    def resolve(pub: date):
        in_year = year.resolve(pub)
        if in_year is None:
            return None
        whole = month_resolution(in_year[1].year, month)
        return sub_period("month", whole, position) if position else whole

    anchor = f"{position}_of_month:{month}" if position else f"month:{month}"
    return Meaning("month", True, f"{year.anchor}:{anchor}", mod=POSITION_MODS.get(position or ""), resolve=resolve)


def _narrowed_period(period: Meaning, anchor: str, narrow) -> Meaning:
    if period.fixed:
        return Meaning(period.granularity, False, None, fixed=narrow(period.fixed))
    resolve, tensed = period.resolve, period.tensed
    return Meaning(period.granularity, True, anchor, resolve=lambda pub: narrow(resolve(pub)),
                   tensed=(lambda pub, tense: narrow(tensed(pub, tense))) if tensed else None)


# ---------------------------------------------------------------------------------------------
# Assembly


def early_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    """Rules that run before the calendar-date rules: their phrases contain dates or weekdays."""
    return _clock_rules(lang) + _decade_rules(lang) + [_decade_shift_rule(lang, f, lex)] + _century_rules(lang) + _set_rules(lang, f, lex) + _holiday_rule(lang) + _quarter_rules(lang, f, lex) \
        + _season_rules(lang, f, lex) + [_weekend_rule(lang, f, lex), _anaphoric_day_part_rule(lang), _deictic_part_rule(lang)] + _indefinite_future_rule(lang) \
        + _ordinal_day_today_rule(lang)


def current_period_rules(lang: str) -> list[Rule]:
    """"the year", "the full year", "the fiscal year" in news: the publication year; "the year ended
    March 31" is a year's length (a DURATION, as TIMEX3 annotates a period named by its end). Run
    last: "the end of the year" and "the year 2000" are read by other rules."""
    table = R.CURRENT_PERIODS.get(lang)
    if not table:
        return []
    ended = re.compile(rf"\s+{fold(R.PERIOD_ENDED[lang])}\b", FLAGS)
    units = {"year": "Y", "month": "M", "week": "W"}

    def interpret(m: re.Match, text: str) -> Meaning | None:
        unit = _key(table, m.group(0))
        if ended.match(text, m.end()):
            return duration_meaning_of(duration_value(1, units[unit]), None)
        return period_meaning(unit, 0)

    # each phrase names its unit ("the fiscal year"): a word of the unit class
    return [_rule("current_period", rf"{B}{alternation(table)}{E}", interpret, ("unit",))]


def late_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    """Rules that run after the relative-date rules ("three days ago" is a date, "three days" a
    duration; "from now" belongs to a date)."""
    return _duration_rules(lang, f) + [_reference_rule(lang), _part_of_day_rule(lang, f, lex)]


@lru_cache(maxsize=None)
def kind_word_classes(lang: str) -> dict[str, str]:
    """Word classes of these rules for the pre-check of `_time_patterns.word_classes`: each rule
    reads only the lines that hold a word of its class."""
    units, _ = _duration_units(lang)
    return {
        "duration_unit": units,
        "set": alternation([required_part(w) for w in R.SET_WORDS[lang]] + [required_part(R.EVERY_WORDS[lang])]),
        "reference": alternation(required_part(w) for w in R.REFERENCE_WORDS[lang]),
        "season": alternation(form for forms in R.SEASONS[lang].values() for form in forms),
        "holiday": alternation(required_part(form) for forms in R.HOLIDAYS[lang].values() for form in forms),
        "quarter": alternation(R.QUARTER_NOUNS[lang] + ["q[1-4]"]),
        "clock_word": alternation(R.CLOCK_WORDS[lang]),
        "clock_half": R.CLOCK_HALF_BEFORE.get(lang, "(?!x)x"),
        "decade_word": R.DECADE_WORDS.get(lang, "(?!x)x"),  # "jaren negentig", "the nineties"
        "weekend": R.WEEKEND_WORDS[lang],
        "part": alternation(list(R.PARTS_OF_DAY[lang]) + [required_part(w) for w in R.DEICTIC_PARTS[lang]]),
    }


@lru_cache(maxsize=None)
def tense_markers(lang: str) -> dict[str, re.Pattern]:
    markers = dict(R.TENSE_MARKERS[lang])
    if lang in R.SCHEDULED_PRESENT:
        markers["future"] = _with_scheduled_present(markers["future"], lang)
    return {tense: compiled(regex, FLAGS) for tense, regex in markers.items()}


def _with_scheduled_present(future: str, lang: str) -> str:
    """The present tense of a verb that announces a planned event is a future marker: "De selectie begint
    woensdag aan de voorbereiding", "Liverpool spielt am Mittwoch", "el club inicia la pretemporada el
    lunes" are the coming days (NTREX dev: present-tense sentences with a bare weekday are schedules and
    forecasts), while an unknown verb leaves a bare weekday the last one, as before."""
    return rf"(?:{future})|(?:{R.SCHEDULED_PRESENT[lang]})"
