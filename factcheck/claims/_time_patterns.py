"""The ordered regex rules of `times.extract_times`, built once per language from `_time_rules`.

Each rule is a compiled pattern plus an `interpret(match, text)` that returns a `Meaning` (or
None to reject the match, e.g. a word that is not a number, "de morgen" = the morning). Rules
are ordered from most to least specific; `extract_times` lets the first rule that claims a
span keep it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Callable

from factcheck.claims import _time_rules as R
from factcheck.claims.number_rules import quantity_follows
from factcheck.lazyre import LazyPattern, alternation, compiled
from factcheck.claims._time_meanings import (
    Lexicon, Meaning, case_free, date_meaning, day_of_month_meaning, day_offset_meaning, duration_meaning,
    fixed_meaning, fold, fragment_pattern, lexicon, lookup, month_meaning, nth_weekday_meaning, month_resolution, parse_count, part_of_current,
    POSITION_MODS, period_meaning, position_meaning, shifted_month_meaning, sub_period, two_digit_year,
    weekday_meaning, word_number, ordinal_word, year_from_words, year_resolution, anaphoric_day_meaning, period_of_date,
    required_part, one_piece,
)

B = r"(?<![\w])"  # left word boundary that also works after apostrophes and hyphens
E = r"(?![\w])"
YEAR = r"(?P<year>[12]\d{3})(?!\d)"
LATEST_BARE_YEAR = 2199
DOTTED_YEAR_REACH = 30  # years from publication within which "2015.3" is a month, not a decimal
WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: LazyPattern  # compiled on first use: most rules never meet a line with their words
    interpret: Callable[[re.Match, str], Meaning | None]
    group: str | None = None  # report only this group's span (e.g. the year after "in")
    needs: tuple[str, ...] = ()  # word classes of which every match contains one (speed)
    # A case-free regex of the rule's own words that every match contains (speed): a line without
    # it is not scanned ("{N} {U} ago": "ago"; the scan for a count and its unit costs more)
    contains: LazyPattern | None = None

    def span(self, match: re.Match) -> tuple[int, int]:
        return match.span(self.group) if self.group else match.span()

    @cached_property
    def scan(self) -> LazyPattern:
        """`pattern` lowercased, for the lowercased text, without IGNORECASE (which slows a scan
        down): on case-simple text (`case_simple`) it matches wherever `pattern` does (and, in the
        few case-sensitive parts, "(?-i:Election Day)", at other cases too), so it finds where to try `pattern`."""
        return LazyPattern(case_free(self.pattern.source))


# ---------------------------------------------------------------------------------------------
# Regex fragments per language


@dataclass(frozen=True)
class _Fragments:
    month_full: str
    month_any: str
    weekday: str
    unit_singular: str
    unit_any: str
    shift_pre: str
    shift_post: str
    article: str
    day_suffix: str
    day_word: str  # a day number in words: "tiende", "twenty one", "vingt et un"
    count_words: str  # a count in up to three words: "forty eight", "cincuenta y dos", "quarenta e oito"
    year_words: str  # a run of number words that may spell a year: "nineteen twenty eight"
    not_counted: str  # after a year: no noun or unit it would count ("début septembre, 1240 cas")


def _sep_after(fragment: str) -> str:
    """Whitespace after a word, none needed after an elided article ("l'année", "quest'anno")."""
    return r"(?:\s+|(?<=['’]))"


@lru_cache(maxsize=None)
def _fragments(lang: str) -> _Fragments:
    months = R.MONTHS[lang]
    abbreviations = [form + r"\.?" for forms in months for form in forms[1:]]
    units = R.UNITS[lang].values()
    return _Fragments(
        month_full=alternation(forms[0] for forms in months),
        month_any=alternation([forms[0] for forms in months] + abbreviations),
        weekday=alternation(form for forms in R.WEEKDAYS[lang] for form in forms),
        unit_singular=alternation(f for singular, _ in units for f in singular),
        unit_any=alternation(f for singular, plural in units for f in singular + plural),
        shift_pre=alternation(R.SHIFT_PRE[lang]),
        shift_post=alternation(R.SHIFT_POST[lang]) if R.SHIFT_POST[lang] else "(?!x)x",
        article=R.PERIOD_ARTICLES[lang],
        day_suffix=R.DAY_SUFFIXES[lang],
        day_word=_day_word(lang),
        count_words=_count_words(lang),
        year_words=_year_words(lang),
        not_counted=_not_counted(lang),
    )


def _not_counted(lang: str) -> str:
    """A lookahead refusing a year that a count noun, unit or scale word follows: "Depuis début
    septembre, 1240 cas", "im Mai 1200 Tote", "en marzo, 1500 manifestantes" hold a month and a
    figure. The nouns are `COUNTED_NOUNS` (where a language has them: in English a bare plural
    may follow a fronted time, "In May 2016 voters approved", and a count of thousands takes a
    comma, "1,240 cases"); the units and scales are the bare year's (`_counted_after`)."""
    nouns = R.COUNTED_NOUNS.get(lang)
    noun = rf"|\s+{nouns}(?!\w)" if nouns else ""
    # a rule must be case-simple (`case_simple`): the one unit with "ß" ("Fuß") is also written "Fuss"
    units = _counted_after(lang).pattern.replace("ß", "ss")
    return rf"(?!{units}{noun})"


def _number_word(lang: str) -> str:
    return rf"{R.NUMBER_STEMS[lang]}[^\W\d_]*(?:-[^\W\d_]+)*"


def _count_words(lang: str) -> str:
    word, conj = _number_word(lang), R.AND_WORDS[lang]
    # an ordinal between a count and its unit ("les neuf premiers mois") is no part of the count
    infix = R.DURATION_INFIXES.get(lang)
    not_infix = rf"(?!(?:{infix})\b)" if infix else ""
    return rf"{word}(?:(?:\s+{conj}\s+|\s+|-){not_infix}{word}){{0,2}}"


def _day_word(lang: str) -> str:
    """One number word, or tens + unit as two words ("twenty one", "treinta y uno"); the tens
    form comes first so "twenty-first nineteen seventy" keeps "nineteen" for the year."""
    word, tens, conj = _number_word(lang), R.DAY_TENS[lang], R.AND_WORDS[lang]
    return rf"(?:{tens}(?:\s+{conj}\s+|\s+|-){word}|{word})"


def _year_words(lang: str) -> str:
    word, conj = _number_word(lang), R.AND_WORDS[lang]
    return rf"{word}(?:(?:\s+{conj}\s+|\s+|\s*-\s*){word}){{0,6}}"


def _relative_period(f: _Fragments, unit: str) -> str:
    """"volgende week", "the next month", "la semaine prochaine", "quest'anno" (named groups
    pre/unit/post)."""
    return (rf"(?:(?P<pre>{f.shift_pre}){_sep_after('')}(?P<unit>{unit})"
            rf"|{f.article}(?P<unit2>{unit})\s*(?P<post>{f.shift_post}))")


def _g(match: re.Match, name: str) -> str | None:
    """An optional named group: None when absent from this rule's pattern or unmatched."""
    return match.groupdict().get(name)


def _unit_and_shift(match: re.Match, lex: Lexicon) -> tuple[str | None, int]:
    word = _g(match, "unit") or _g(match, "unit2")
    return lex.unit(word), lex.shift(_g(match, "pre") or _g(match, "post"))


def _original(match: re.Match, group: str, text: str) -> str:
    """A group's text as written (patterns match accent-folded text of the same length)."""
    return text[match.start(group):match.end(group)]


def _day_number(match: re.Match, lang: str, text: str) -> int | None:
    day = match.group("day")
    number = int(day) if day else word_number(_original(match, "dayword", text), lang)
    return number if number and 1 <= number <= 31 else None


def _year_number(match: re.Match, lang: str, text: str) -> int | None:
    """The year of a date: digits, or words ("September 10, nineteen zero one"); None when
    absent. 0 when words follow that are no year, so the caller can reject the reading."""
    if _g(match, "year"):
        return int(match.group("year"))
    if _g(match, "year2d") or _g(match, "year2e"):
        return two_digit_year(int(_g(match, "year2d") or _g(match, "year2e")))
    if not _g(match, "yearword"):
        return None
    year = year_from_words(_original(match, "yearword", text), lang)
    return year if year and 1000 <= year <= 2999 else 0


# A day in digits must not continue a number: "6,107.31 augustus" is no 31 August.
_DAY_DIGITS = r"(?<!\d[.,])(?P<day>\d{1,2})"


# "17-sept", "17/Sep": a hyphen or slash joins a day in digits to its month; after a day in words
# it joins a compound number ("dix-sept", "vingt-sept" are 17 and 27, not 10 and 20 September).
_DAY_MONTH_SEPARATOR = r"(?(dayword)\s*|\s*(?:[-/]\s*)?)"


def _day_slot(f: _Fragments) -> str:
    return rf"(?:{_DAY_DIGITS}(?P<suf>{f.day_suffix})|(?P<dayword>{f.day_word}))"


def _year_slot(f: _Fragments, two_digits: bool = False) -> str:
    """A year in digits or words; after a written day also in two digits ("1er avril 78", "April 1,
    '78") when an apostrophe marks them, or no comma comes before and only punctuation after ("le 3 mai
    12 personnes" and "March 3, 12 and 15" are a count and days)."""
    short = r"|['’](?P<year2d>\d{2})(?!\d)|(?<!,)(?<!,\s)(?P<year2e>\d{2})(?=\s*(?:[.;:!?)]|,(?!\s*\d)|$))" if two_digits else ""
    return rf"(?:{YEAR}{f.not_counted}|(?P<yearword>{f.year_words}){short})"


def _rule(name: str, regex: str, interpret, group: str | None = None, needs: tuple[str, ...] = (), contains: str | None = None) -> Rule:
    """`contains`: a part of `regex` that every match holds (Rule.contains)."""
    return Rule(name, LazyPattern(fold(regex), FLAGS), interpret, group, needs or _NEEDS[name.split("_")[0]],  # no family: no rule
                contained(contains))


def contained(regex: str | None) -> LazyPattern | None:
    """`regex`, a part of a rule's pattern, as its scan reads it (Rule.scan): folded, case-free."""
    return LazyPattern(case_free(fold(regex))) if regex else None


# Cheap pre-check: a rule family only reads the lines that have a word of one of its classes
# (one scan per class instead of one per rule), keyed by the first part of the rule name.
_NEEDS = {
    "iso": ("digit",), "numeric": ("digit",), "lone": ("digit",), "introduced": ("digit",), "wordyear": ("digit", "number_word"),
    "day": ("month", "unit"), "month": ("month",), "year": ("month",), "shift": ("month", "weekday"),
    "bare": ("month",), "weekday": ("weekday",), "nth": ("weekday",), "week": ("weekday",),
    "earlier": ("unit",), "duration": ("unit",), "relative": ("unit", "day"),
    "position": ("month", "digit", "unit", "position"),
}


@lru_cache(maxsize=None)
def word_classes(lang: str) -> dict[str, re.Pattern]:
    """Patterns that tell where a text has words of each class (see Rule.needs). They run on
    the lowercased folded text, and look only for what every phrase of the class contains."""
    f = _fragments(lang)
    words = {"month": f.month_any, "weekday": f.weekday, "unit": f.unit_any,
             "day": _required_alternation(R.RELATIVE_DAYS[lang]),
             "position": _required_alternation(R.POSITION_COMPOUNDS[lang]),
             "anaphoric": _required_alternation(R.ANAPHORIC_DAYS[lang])}
    from factcheck.claims._time_kinds import kind_word_classes  # it builds on this module

    classes = dict(words, digit=r"\d", number_word=rf"{B}{R.NUMBER_STEMS[lang]}", **kind_word_classes(lang))
    return {name: compiled(case_free(fold(regex))) for name, regex in classes.items()}


# Classes whose words start a word ("5 ans", not "dans"); they may end inside one ("Mondays").
# Checked after the match, as a leading look-behind would slow the scan down.
WORD_START_CLASSES = {"month", "weekday", "unit", "day", "position", "anaphoric", "duration_unit", "set", "reference",
                      "season", "holiday", "clock_word", "weekend"}


def _required_alternation(phrases) -> str:
    return alternation(required_part(phrase) for phrase in phrases) if phrases else "(?!x)x"


# ---------------------------------------------------------------------------------------------
# Numeric dates


def _numeric_rules(lang: str) -> list[Rule]:
    month_first = lang == "en"  # US order first in English, day-first everywhere else

    def day_month(a: int, b: int) -> list[tuple[int, int]]:
        return [(b, a), (a, b)] if month_first else [(a, b), (b, a)]

    def full_date(m: re.Match, text: str) -> Meaning | None:
        year = m.group("year") or m.group("year2") or m.group("year2b")
        year = int(year) if len(year) == 4 else two_digit_year(int(year))
        for day, month in day_month(int(m.group("a")), int(m.group("b"))):
            meaning = date_meaning(year, month, day) if 1 <= month <= 12 else None
            if meaning:
                return meaning
        return None

    def day_month_only(m: re.Match, text: str) -> Meaning | None:
        a, b = m.group("a"), m.group("b")
        # "3-2" (a score) or "1/3" (a fraction) are not dates: need a day > 12 or zero padding.
        if int(a) <= 12 and int(b) <= 12 and not (a.startswith("0") or b.startswith("0")):
            return None
        for day, month in day_month(int(a), int(b)):
            if 1 <= month <= 12 and 1 <= day <= 31:
                return date_meaning(None, month, day)
        return None

    def dotted_day_month(m: re.Match, text: str) -> Meaning | None:
        if quantity_follows(text, m.end(), lang) or _time_unit_after(lang).match(text, m.end()):
            return None  # "on 4.22 million shares", "in 4.22 seconds", "am 22.04 Uhr": a decimal or a clock
        return day_month_only(m, text)

    def iso(m: re.Match, text: str) -> Meaning | None:
        return date_meaning(int(m.group("year")), int(m.group("month")), int(m.group("day")))

    def month_year(m: re.Match, text: str) -> Meaning | None:
        if quantity_follows(text, m.end(), lang):
            return None  # "at 1.1854 dollars": an exchange rate, not January 1854
        month = int(m.group("month") or m.group("month2"))
        year = int(m.group("year") or m.group("year2"))
        if not 1 <= month <= 12:
            return None
        if m.group("year") and "." in m.group(0):
            # "closed at 2082.1", "fell to 1678.5" in 1989: a dotted year far from the
            # publication's is an index level, a decimal; "2015.3" near it stays March 2015
            return Meaning("month", False, None, resolve=lambda pub: month_resolution(year, month)
                           if abs(year - pub.year) <= DOTTED_YEAR_REACH else None)
        return fixed_meaning("month", month_resolution(year, month))

    no_digit_before = r"(?<![\d/.,-])"
    no_digit_after = r"(?!\d|[./-]\d)"
    return [
        _rule("iso_date", rf"{no_digit_before}{YEAR}(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep)"
                          rf"(?P<day>\d{{1,2}}){no_digit_after}", iso),
        # "08/12,2015", "12-08, 2015": the year may also follow a comma
        _rule("numeric_date", rf"{no_digit_before}(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})"
                              rf"(?:(?P=sep)(?P<year>\d{{4}}|\d{{2}})|,(?P<year2>\d{{4}}|\d{{2}})|,\s+(?P<year2b>\d{{4}}))"
                              rf"{no_digit_after}(?![.,]\d)", full_date),
        _rule("numeric_month_year",
              rf"{no_digit_before}(?:(?P<year>[12]\d{{3}})\s*[-/.]\s*(?P<month>\d{{1,2}})"
              rf"|(?P<month2>\d{{1,2}})\s*[-/.]\s*(?P<year2>[12]\d{{3}})){no_digit_after}", month_year),
        _rule("numeric_day_month", rf"{no_digit_before}(?P<a>\d{{1,2}})[/-](?P<b>\d{{1,2}})"
                                   rf"{no_digit_after}(?![.,]\d|\s*%)", day_month_only),
        # "on 4.22", "el 4.22", "op 22.4": with a dot only after a preposition of days, and with
        # nothing counted after it ("on 4.22 million shares" is a decimal)
        _rule("numeric_dotted_day_month", rf"{B}{R.DOTTED_DAY_PREPOSITIONS[lang]}\s+(?P<d>(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}}))"
                                          rf"{no_digit_after}(?![.,]\d|\s*%)", dotted_day_month, group="d"),
    ] + _numeric_day_month_rules(lang)


@lru_cache(maxsize=None)
def _time_unit_after(lang: str) -> re.Pattern:
    """A unit of duration, an hour word or a.m./p.m. right after a figure."""
    units = alternation(form for singular, plural in R.DURATION_UNITS[lang].values() for form in singular + plural)
    words = "|".join((units, R.CLOCK_HOUR_WORDS[lang], R.CLOCK_AM[lang], R.CLOCK_PM[lang]))
    return compiled(fold(rf"\s*(?:{words})(?!\w)"), FLAGS)


def _numeric_day_month_rules(lang: str) -> list[Rule]:
    """Day + month number without a year, in forms one language uses: German "28.10." (the
    closing dot marks the ordinal month, so "3.5" stays a decimal) and Spanish "17 del 11"."""
    def day_month(m: re.Match, text: str) -> Meaning | None:
        day, month = int(m.group("day")), int(m.group("month"))
        return date_meaning(None, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None

    forms = {"de": r"(?<![\d.,])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?![\d\w])",
             "es": r"(?<![\d.,])(?P<day>\d{1,2})\s+del\s+(?P<month>\d{1,2})(?![\d%]|[.,]\d|\s*%)"}
    return [_rule("numeric_day_month_word", forms[lang], day_month)] if lang in forms else []


# ---------------------------------------------------------------------------------------------
# End / begin / middle of a period


def _position_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    positions = {word: pos for pos, words in R.POSITION_WORDS[lang].items() for word in words}
    position_alt = "|".join(f"(?P<p{i}>{word})" for i, word in enumerate(positions))
    target = (rf"(?:(?P<month>{f.month_full})(?:\s*,?\s*{YEAR}{f.not_counted})?|(?P<year2>[12]\d{{3}})(?!\d){f.not_counted}"
              rf"|{_relative_period(f, f.unit_singular)}|(?P<unit3>{f.unit_singular}))")
    single_words = {"early", "late", "mid", "mid-", "medio"}

    def which_position(m: re.Match) -> str:
        index = next(i for i in range(len(positions)) if m.group(f"p{i}") is not None)
        return list(positions.values())[index]

    def interpret(m: re.Match, text: str) -> Meaning | None:
        position = which_position(m)
        if m.group("month"):
            month = lex.month(m.group("month"))
            year = int(m.group("year")) if m.group("year") else None
            return _narrowed(month_meaning(year, month), "month", position)
        if m.group("year2"):
            return _narrowed(fixed_meaning("year", year_resolution(int(m.group("year2")))), "year", position)
        if _g(m, "unit3"):
            # a bare unit needs a real position phrase: "end of the year", not "early years"
            if m.group(0).split()[0].lower().rstrip("-") in single_words:
                return None
            unit, offset = lex.unit(m.group("unit3")), 0
        else:
            unit, offset = _unit_and_shift(m, lex)
        return position_meaning(position, unit, offset) if unit != "day" else None

    compounds = [
        # every match holds the compound ("year-end", "jaareinde"): the "position" class is made of them
        _rule(f"position_compound_{i}", rf"{B}{regex}{E}",
              lambda m, t, pos=pos, unit=unit: position_meaning(pos, unit, 0), needs=("position",))
        for i, (regex, (pos, unit)) in enumerate(R.POSITION_COMPOUNDS[lang].items())
    ]
    return compounds + [_rule("position", rf"{B}(?:{position_alt})\s*{target}{E}", interpret)]


def _narrowed(meaning: Meaning, unit: str, position: str) -> Meaning:
    """Apply end/begin/mid to a month or year meaning (fixed or relative)."""
    mod = POSITION_MODS[position]
    if meaning.fixed:
        return Meaning(meaning.granularity, False, None, fixed=sub_period(unit, meaning.fixed, position), mod=mod)
    resolve, tensed = meaning.resolve, meaning.tensed
    return Meaning(meaning.granularity, True, f"{position}_of_{meaning.anchor}", mod=mod,
                   resolve=lambda pub: sub_period(unit, resolve(pub), position),
                   tensed=(lambda pub, tense: sub_period(unit, tensed(pub, tense), position)) if tensed else None)


# ---------------------------------------------------------------------------------------------
# Dates with month names


def _month_name_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    weekday_prefix = rf"(?:(?P<wd>{f.weekday})\.?,?\s+)?"
    year_tail = rf"(?:\s*,?{R.MONTH_YEAR_JOINERS[lang]}\s*[-/]?\s*{_year_slot(f, two_digits=True)})?"
    day_month_year = (rf"{weekday_prefix}{R.DAY_ARTICLES[lang]}{_day_slot(f)}"
                      rf"{R.DAY_MONTH_JOINERS[lang]}{_DAY_MONTH_SEPARATOR}(?P<month>{f.month_any})"
                      rf"{year_tail}{E}")
    # after its month a day takes no ordinal dot: "Nov. 6." ends a sentence, the dot is no part of the date
    month_day_year = (rf"{weekday_prefix}(?P<month>{f.month_any})\s*[-/.]?\s*{R.DAY_ARTICLES[lang]}"
                      rf"(?:{_DAY_DIGITS}(?P<suf>(?!\.){f.day_suffix}|)(?!\d)|(?P<dayword>{f.day_word}))"
                      rf"(?:\s*,?\s*{_year_slot(f, two_digits=True)})?{E}")

    def interpret_date(m: re.Match, text: str) -> Meaning | None:
        day, year = _day_number(m, lang, text), _year_number(m, lang, text)
        if not day or year == 0 or _loose_cardinal_after_month(m, lang, text):
            return None
        return date_meaning(year, lex.month(m.group("month")), day)

    def interpret_month_year(m: re.Match, text: str) -> Meaning | None:
        year = _year_number(m, lang, text)
        return month_meaning(year, lex.month(m.group("month"))) if year else None

    def interpret_ymd(m: re.Match, text: str) -> Meaning | None:
        return date_meaning(int(m.group("year")), lex.month(m.group("month")), int(m.group("day")))

    dates = [("day_month_year", day_month_year), ("month_day_year", month_day_year)]
    return (
        [_rule("year_month_day", rf"{B}{YEAR}\s*(?P<sep>[-/.])\s*(?P<month>{f.month_any})\s*(?P=sep)\s*"
                                 rf"{_DAY_DIGITS}(?!\d)", interpret_ymd)]
        + _period_of_date_rules(lang, dates, interpret_date)
        + [_rule(name, B + regex, interpret_date) for name, regex in dates]
        + [_rule("month_year", rf"{B}(?P<month>{f.month_any})\s*,?{R.MONTH_YEAR_JOINERS[lang]}\s*{_year_slot(f)}{E}",
                 interpret_month_year),
           _rule("year_month", rf"{B}{YEAR}\s*,?\s*(?P<month>{f.month_any}){E}", interpret_month_year)]
    )


def _loose_cardinal_after_month(m: re.Match, lang: str, text: str) -> bool:
    """"in March two companies merged" is no 2 March: a spelled cardinal right after the month
    counts as its day only when no word follows (or a year came with it); ordinals always do."""
    if not (_g(m, "dayword") and m.start("month") < m.start("dayword")) or _g(m, "yearword") or _g(m, "year"):
        return False
    followed_by_word = re.match(r"\s+[^\W\d_]", text[m.end():])
    return bool(followed_by_word) and not ordinal_word(_original(m, "dayword", text), lang)


def _period_of_date_rules(lang: str, dates: list[tuple[str, str]], interpret_date) -> list[Rule]:
    """"the week of September 16th", "la semana del 16 de septiembre": the week or month
    containing the date."""
    rules = []
    for unit, templates in R.PERIOD_OF_DATE[lang].items():
        def interpret(m: re.Match, text: str, unit=unit) -> Meaning | None:
            day = interpret_date(m, text)
            return period_of_date(day, unit) if day else None

        for i, template in enumerate(templates):
            for name, regex in dates:
                rules.append(_rule(f"month_{unit}{i}_of_{name}", B + template.replace("{DATE}", regex), interpret))
    return rules


# "of" between a month and what names it, in every language ("mes de agosto", "June of next year").
MONTH_OF = r"of|van|des|de|del|do|di|dello|della|dell['’]|d['’]"


def _written_as_month(lang: str, word: str) -> bool:
    """A month name that is also a common word ("may", "march") is a month only with a capital,
    alone or next to a shift word ("this May", but "this may take a while")."""
    return word[0].isupper() or word.lower() not in R.CAPITALISED_ONLY_MONTHS.get(lang, set())


# A capitalised word (a title's dot allowed) right before a month name, at the end of what precedes it.
NAME_BEFORE = LazyPattern(r"(?<![\w.])([^\W\d_][\w'’-]*)\.?\s+$")


def _name_not_month(lang: str, word: str, text: str, start: int) -> bool:
    """"Theresa May said", "Mrs May", "Brian May": a month name that is also another word
    (CAPITALISED_ONLY_MONTHS) right after a capitalised word that is no common word of the language
    is a surname; "Last May", "In May", "Since March", "Friday, May" stay months. So is one that
    opens a name (`NAMED_MONTH_WORDS`: "the annual March for Life", "the March of the Mothers")."""
    if word.lower() not in R.CAPITALISED_ONLY_MONTHS.get(lang, set()):
        return False
    if _opens_a_name(lang, text, start, start + len(word)):
        return True
    before = NAME_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[0].isupper():
        return False
    from .facets import _known_words  # the dictionary's words, loaded only when such a month is seen

    return before.group(1).lower() not in _known_words(lang)


def _opens_a_name(lang: str, text: str, start: int, end: int) -> bool:
    """The word after an article (`NAMED_MONTH_WORDS` "before") and before a link to a capitalised
    word ("after": "for Life", "of the Combatant Mothers") is the head of a name, not a month;
    after a preposition ("in March for talks with NATO") it stays a month."""
    named = _named_month_words(lang)
    return named is not None and named[0].search(text, max(0, start - 40), start) is not None \
        and named[1].match(text, end) is not None


@lru_cache(maxsize=None)
def _named_month_words(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    words = R.NAMED_MONTH_WORDS.get(lang)
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{words['before']})\s+[\"'`“‘]*\Z", re.IGNORECASE), re.compile(words["after"])


def _shifted_month_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    """"afgelopen september", "juin prochain", "volgend jaar juni", "June next year"."""
    year_unit = alternation(R.UNITS[lang]["year"][0])
    year_phrase = rf"(?P<pre>{f.shift_pre}){_sep_after('')}{year_unit}"
    month = rf"(?P<month>{f.month_full})"
    # "el pasado mes de agosto", "lo scorso mese di agosto": the unit named before the month
    month_unit = rf"(?:{alternation(R.UNITS[lang]['month'][0])}\s+(?:{MONTH_OF})\s*)?"

    def shifted(m: re.Match, text: str) -> Meaning | None:
        if not _written_as_month(lang, m.group("month")):
            return None  # "this may take a while", "they march this year"
        return shifted_month_meaning(lex.month(m.group("month")), lex.shift(_g(m, "pre") or _g(m, "post")))

    def with_year_phrase(m: re.Match, text: str) -> Meaning | None:
        if not _written_as_month(lang, m.group("month")):
            return None
        return month_meaning(None, lex.month(m.group("month")), lex.shift(_g(m, "pre") or _g(m, "post")))

    return [
        _rule("year_phrase_month", rf"{B}{year_phrase}\s+{month}{E}", with_year_phrase, contains=year_unit),
        _rule("month_year_phrase", rf"{B}{month}(?:\s+(?:{MONTH_OF}))?\s+{year_phrase}{E}",
              with_year_phrase, contains=year_unit),
        # "mai l'an dernier", "mayo del año pasado": the shift word after the year's unit
        _rule("month_year_phrase_post", rf"{B}{month}(?:\s+(?:{MONTH_OF}))?\s+(?:l['’])?{year_unit}\s+(?P<post>{f.shift_post}){E}",
              with_year_phrase, contains=year_unit),
        _rule("shift_month", rf"{B}(?P<pre>{f.shift_pre})\s+{month_unit}{month}{E}", shifted),
        _rule("month_shift", rf"{B}{month}\s+(?P<post>{f.shift_post}){E}", shifted),
    ]


def _weekday_day_rule(lang: str, f: _Fragments, lex: Lexicon) -> Rule:
    """"vrijdag de 22e", "Friday the 22nd", "vendredi 22": that day of the publication month."""
    article = R.DAY_ARTICLES[lang]

    def interpret(m: re.Match, text: str) -> Meaning | None:
        day = _day_number(m, lang, text)
        has_marker = bool(m.group("art").strip() or (_g(m, "suf") or "").strip())
        if not day or (lang in ("en", "nl", "de") and m.group("day") and not has_marker):
            return None  # "said Monday 5 people died" is not the 5th
        if not m.group("day") and (not has_marker or _original(m, "dayword", text)[:1].isupper()):
            return None  # "Samedi, six personnes", "dimanche, le Premier ministre"
        if not m.group("day") and re.match(r"\s+[^\W\d_]", text[m.end():]):
            # "Samstag, dem ersten Tag" is a word ordinal of a noun; "vrijdag de vijftiende terug"
            # a day of the month only where that day is the weekday written
            return day_of_month_meaning(day, weekday=lex.weekday(m.group("wd")))
        return day_of_month_meaning(day)

    return _rule("weekday_day", rf"{B}(?P<wd>{f.weekday}),?\s+(?P<art>{article}){_day_slot(f)}{E}", interpret)


def _nth_weekday_rule(lang: str, f: _Fragments, lex: Lexicon) -> Rule:
    """"de tweede zondag", "the 3rd Tuesday", "le premier lundi": in the publication month."""

    def interpret(m: re.Match, text: str) -> Meaning | None:
        nth = _day_number(m, lang, text)
        word = m.group("dayword")
        ordinal = ordinal_word(_original(m, "dayword", text), lang) if word else (_g(m, "suf") or "").strip()
        if not nth or nth > 5 or not ordinal:  # "the second Monday", not "two Monday(s)"
            return None
        return nth_weekday_meaning(nth, lex.weekday(m.group("wd")))

    return _rule("nth_weekday", rf"{B}{R.DAY_ARTICLES[lang]}{_day_slot(f)}\s+(?P<wd>{f.weekday}){E}", interpret)


def _day_of_relative_month_rule(lang: str, f: _Fragments, lex: Lexicon) -> Rule:
    """"de 20ste van de volgende maand", "the 20th of next month"."""
    month_unit = alternation(R.UNITS[lang]["month"][0])

    def interpret(m: re.Match, text: str) -> Meaning | None:
        day = _day_number(m, lang, text)
        _, offset = _unit_and_shift(m, lex)
        return day_of_month_meaning(day, offset) if day else None

    regex = (rf"{B}{R.DAY_ARTICLES[lang]}{_day_slot(f)}{R.DAY_MONTH_JOINERS[lang]}"
             rf"\s+{_relative_period(f, month_unit)}{E}")
    return _rule("day_of_relative_month", regex, interpret, contains=month_unit)


def _lone_ordinal_rule(lang: str, f: _Fragments) -> list[Rule]:
    """"on the 15th", "op de 15e", "am 15.": a day of the publication month."""
    preposition = {"en": r"on\s+the", "nl": r"op\s+de", "de": r"am"}.get(lang)
    if not preposition:
        return []
    suffix = {"en": r"(?:st|nd|rd|th)", "nl": r"(?:e|ste|de)", "de": r"\."}[lang]
    return [_rule("lone_ordinal", rf"{B}{preposition}\s+(?P<d>(?P<day>\d{{1,2}}){suffix}){E if lang != 'de' else ''}",
                  lambda m, t: day_of_month_meaning(int(m.group("day")))
                  if 1 <= int(m.group("day")) <= 31 else None, group="d")]


# ---------------------------------------------------------------------------------------------
# Relative expressions


def _relative_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    return (_weekday_week_rules(lang, f, lex) + _earlier_later_rules(lang, f, lex)
            + _duration_rules(lang, f, lex) + _after_next_rules(lang, f, lex) + [_rest_of_rule(lang, f, lex)]
            + _anaphoric_period_rules(lang, f, lex) + [_relative_period_rule(lang, f, lex), _anaphoric_day_rule(lang)]
            + [_relative_day_rule(lang)] + _weekday_rules(lang, f, lex))


def _after_next_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    """"the year after next", "de maand na de volgende": two periods after publication."""
    template = R.AFTER_NEXT[lang]
    regex = template.replace("{U}", rf"(?P<unit>{f.unit_singular})")

    def interpret(m: re.Match, text: str) -> Meaning | None:
        unit = lex.unit(m.group("unit"))
        return period_meaning(unit, 2) if unit in ("week", "month", "year") else None

    return [_relative_rule("relative_after_next", rf"{B}{regex}{E}", interpret)] if "{U}" in template else []


def _rest_of_rule(lang: str, f: _Fragments, lex: Lexicon) -> Rule:
    """"rest of the year", "resto del mes": the current period from publication on."""

    def interpret(m: re.Match, text: str) -> Meaning | None:
        unit = lex.unit(m.group("unit"))
        return part_of_current(unit, 0, "later") if unit in ("week", "month", "year") else None

    return _relative_rule("relative_rest_of",
                          rf"{B}{R.REST_OF[lang]}\s*(?P<unit>{f.unit_singular}){E}", interpret)


def _anaphoric_day_rule(lang: str) -> Rule:
    """"the next day", "de volgende dag", "le lendemain" (re-anchored in times.extract_times)."""
    table = R.ANAPHORIC_DAYS[lang]

    def interpret(m: re.Match, text: str) -> Meaning | None:
        return anaphoric_day_meaning(lookup(table, m.group(0)))

    return _relative_rule("relative_anaphoric_day", rf"{B}{alternation(table)}{E}", interpret, ("anaphoric",))


def _anaphoric_period_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    """"the following year", "that same day", "later that year": a period counted from the date
    the text mentioned last (re-anchored in times.extract_times; unresolved without one)."""
    table = R.ANAPHORIC_PERIODS.get(lang, {})

    def interpret(m: re.Match, text: str, offset: int) -> Meaning | None:
        unit = lex.unit(m.group("unit"))
        if unit not in ("day", "week", "month", "year"):
            return None
        return Meaning(unit, True, f"{unit}{offset:+d}@previous", fixed=(None, None, None),
                       anaphoric_period=(unit, offset))

    unit = rf"(?P<unit>{f.unit_singular})"
    return [_relative_rule(f"anaphoric_period_{i}", rf"{B}{template.replace('{U}', unit)}{E}",
                           lambda m, t, offset=offset: interpret(m, t, offset))
            for i, (template, offset) in enumerate(table.items())]


def _relative_rule(name: str, regex: str, interpret, needs: tuple[str, ...] = ("unit",), contains: str | None = None) -> Rule:
    """A relative-family rule with its own word-class pre-check (a unit word by default)."""
    return Rule(name, LazyPattern(fold(regex), FLAGS), interpret, None, needs, contained(contains))


def template_words(template: str, space: str = " ") -> str | None:
    """The longest part of `template` between its slots ("{N} {U}(?: or so)? ago" -> "ago"), without
    its leading optional groups, a space written as `space`: every match of a pattern made of it
    contains it. None where a group or an alternative spans a slot ("(?:{N} {U}|{D}) ago"): a part
    is then no whole piece of the pattern."""
    parts = [part.strip() for part in re.split(r"\{\w+\}", template)]
    if not all(one_piece(part) for part in parts):
        return None
    return max((required_part(part).strip() for part in parts), key=len).replace(" ", space) or None


def _weekday_week_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    """"volgende week vrijdag", "Friday next week", "vendredi de la semaine prochaine"."""
    week = alternation(R.UNITS[lang]["week"][0])
    week_phrase = _relative_period(f, week)
    filler = r"(?:\s+(?:op|on|am|le|el|il))?"
    of = r"(?:,?\s+(?:of|van|de|der|de\s+la|della|di|del|de\s+l['’]))?"

    def interpret(m: re.Match, text: str) -> Meaning | None:
        _, offset = _unit_and_shift(m, lex)
        return weekday_meaning(lex.weekday(m.group("wd")), f"week:{offset:+d}")

    return [
        _rule("week_weekday", rf"{B}{week_phrase}{filler}\s+(?P<wd>{f.weekday}){E}", interpret, contains=week),
        _rule("weekday_week", rf"{B}(?P<wd>{f.weekday}){of}\s+{week_phrase}{E}", interpret, contains=week),
    ]


def _earlier_later_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    parts = R.EARLIER_LATER[lang]
    filler = r"(?:(?:in|im|en|dans|nel|del|in\s+het|in\s+the|in\s+de)\s+)?"
    bare_unit = rf"(?:het|the|de|l['’]|el|la|il)\s*(?P<unit3>{f.unit_singular})"

    def interpret(m: re.Match, text: str) -> Meaning | None:
        part = lookup_part(m.group("part"))
        if _g(m, "unit3"):
            unit, offset = lex.unit(m.group("unit3")), 0
        else:
            unit, offset = _unit_and_shift(m, lex)
        return part_of_current(unit, offset, part) if unit in ("week", "month", "year") else None

    def lookup_part(word: str) -> str:
        return next(v for k, v in parts.items() if fragment_pattern(k).fullmatch(word))

    regex = (rf"{B}(?P<part>{alternation(parts)})\s+{filler}"
             rf"(?:{_relative_period(f, f.unit_singular)}|{bare_unit}){E}")
    return [_rule("earlier_later", regex, interpret)]


def _duration_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    count = rf"(?:\d+|{alternation(R.VAGUE_COUNTS[lang])}|{f.count_words})"
    weekdays = [form for forms in R.WEEKDAYS[lang] for form in forms]
    years_in = _years_in_unit(lang)
    unit = alternation([f.unit_any, *years_in] + [form + R.WEEKDAY_PLURAL[lang] + "?" for form in weekdays])
    pair = rf"(?:{R.DURATION_QUALIFIERS[lang]}\s+)?{count}\s+{unit}"
    pairs = rf"(?P<dur>{pair}(?:(?:\s*,\s*|\s+{R.AND_WORDS[lang]}\s+|\s+){pair})*)"
    pair_parser = compiled(fold(rf"(?P<n>{count})\s+(?P<unit>{unit}){E}"), FLAGS)
    plural = compiled(R.WEEKDAY_PLURAL[lang] + "$") if R.WEEKDAY_PLURAL[lang] else None

    def unit_of(word: str) -> str | None:
        """A calendar unit, or "weekday:N" for counted weekdays ("two Sundays")."""
        weekday = lex.weekday(word)
        if weekday is None and plural:
            weekday = lex.weekday(plural.sub("", word.lower()))
        return lex.unit(word) if weekday is None else f"weekday:{weekday}"
    days = dict(R.RELATIVE_DAYS[lang], **{R.NOW_WORDS[lang]: 0})
    day_word = rf"(?P<day>{alternation(days)})"

    def counted(n: int | None, word: str) -> tuple[int | None, str | None]:
        """A count of decades or centuries is counted in years ("a decade ago" = ten years ago)."""
        years = years_in.get(fold(word.lower()))
        return (n * years if n else n, "year") if years else (n, unit_of(word))

    def parse_pairs(phrase: str) -> list[tuple[int, str]] | None:
        # match the folded phrase, read the count as written (text2num needs "tweeëntwintig")
        parts = [counted(parse_count(phrase[m.start("n"):m.end("n")], lang), m.group("unit"))
                 for m in pair_parser.finditer(fold(phrase))]
        if len(parts) > 1 and any(u.startswith("weekday:") for _, u in parts):
            return None  # "two Sundays and three days" is no calendar phrase
        return parts if parts and all(n and u for n, u in parts) else None

    def base_offset(m: re.Match) -> int:
        word = _g(m, "day")
        return next(v for k, v in days.items() if fragment_pattern(k).fullmatch(fold(word))) if word else 0

    vague_counts = {fold(word.lower()) for word, n in R.VAGUE_COUNTS[lang].items() if n > 1}

    def interpret(m: re.Match, text: str, sign: int) -> Meaning | None:
        phrase = _original(m, "dur", text)
        parts = parse_pairs(phrase)
        vague = any(fold(p.group("n").lower()) in vague_counts for p in pair_parser.finditer(fold(phrase)))
        return duration_meaning(parts, sign, base_offset(m), vague) if parts else None

    def regex(template: str) -> str:
        words = template.replace(" ", r"\s+").replace(r"{N}\s+{U}", pairs)
        return B + words.replace("{D}", day_word) + E

    def interpret_shift(m: re.Match, text: str, sign: int) -> Meaning | None:
        parts = [(1, lex.unit(m.group("u1")))] if _g(m, "u1") else parse_pairs(_original(m, "dur", text))
        if not parts or not all(unit for _, unit in parts):
            return None
        meaning = duration_meaning(parts, sign)
        return replace(meaning, anchor=f"{meaning.anchor}@published", shift=(tuple(parts), sign),
                       reporting=bool(_g(m, "u1")))

    def shift_regex(template: str) -> str:
        return regex(template).replace("{U1}", rf"(?P<u1>{f.unit_singular})")

    # Templates anchored on a day word first: "over twee dagen vanaf morgen" counts from tomorrow.
    templates = sorted(R.DURATION_TEMPLATES[lang], key=lambda item: "{D}" not in item[0])
    return [_relative_rule(f"duration_{i}", regex(template), lambda m, t, sign=sign: interpret(m, t, sign),
                           ("unit", "weekday", "duration_unit"), template_words(template, r"\s+"))
            for i, (template, sign) in enumerate(templates)] + [
        _relative_rule(f"duration_shift_{i}", shift_regex(template),
                       lambda m, t, sign=sign: interpret_shift(m, t, sign), ("unit",), template_words(template, r"\s+"))
        for i, (template, sign) in enumerate(R.ANAPHORIC_SHIFTS[lang])]


# TIMEX3 duration codes of units longer than a year, in years: "two decades ago" is the year
# twenty years back, as "twenty years ago" (the words are each language's DURATION_UNITS).
YEARS_PER_DURATION_CODE = {"DE": 10, "CE": 100}


@lru_cache(maxsize=None)
def _years_in_unit(lang: str) -> dict[str, int]:
    """Folded decade/century forms -> years in one ("décennies" -> 10)."""
    return {fold(form): years for code, years in YEARS_PER_DURATION_CODE.items()
            for forms in R.DURATION_UNITS[lang].get(code, ([], [])) for form in forms}


def _relative_period_rule(lang: str, f: _Fragments, lex: Lexicon) -> Rule:
    def interpret(m: re.Match, text: str) -> Meaning | None:
        unit, offset = _unit_and_shift(m, lex)
        return period_meaning(unit, offset) if unit in ("week", "month", "year") else None

    return _rule("relative_period", rf"{B}{_relative_period(f, f.unit_singular)}{E}", interpret)


def _relative_day_rule(lang: str) -> Rule:
    table = R.RELATIVE_DAYS[lang]
    # whole words only: "gebeurde gisteren" ends in "de " but is no "de morgen"
    not_a_day = compiled(r"(?<!\w)" + fold(R.NOT_A_DAY_AFTER[lang]), FLAGS) if lang in R.NOT_A_DAY_AFTER else None
    era_before = compiled(r"(?<!\w)(?:" + fold(R.ERA_NOUNS[lang]["before"]) + r")$", FLAGS)
    era_after = compiled(fold(R.ERA_NOUNS[lang]["after"]) + r"(?!\w)", FLAGS)

    def interpret(m: re.Match, text: str) -> Meaning | None:
        if not_a_day and not_a_day.search(text[max(0, m.start() - 20):m.start()]):
            return None  # "de morgen", "am Morgen", "la mañana": part of a day
        if era_before.search(m.string, max(0, m.start() - 40), m.start()) or era_after.match(m.string, m.end()):
            return None  # "today's youth", "the people of tomorrow", "le monde de demain": an era, no day
        offset = next(v for k, v in table.items() if fragment_pattern(k).fullmatch(m.group(0)))
        return day_offset_meaning(offset)

    return _rule("relative_day", rf"{B}{alternation(table)}{E}", interpret)


def _weekday_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    upcoming = compiled(fold(R.UPCOMING_WORDS[lang]), FLAGS)
    anaphoric = compiled(fold(R.ANAPHORIC_WEEKDAY_SHIFTS[lang]), FLAGS) if lang in R.ANAPHORIC_WEEKDAY_SHIFTS else None

    def mode_for(shift_words: str | None) -> str:
        if not shift_words:
            return "past"
        if upcoming.fullmatch(shift_words.strip()):
            return "upcoming"
        offset = lex.shift(shift_words)
        return "prev" if offset < 0 else f"week:{offset:+d}"

    def interpret(m: re.Match, text: str) -> Meaning | None:
        shift_words = _g(m, "pre") or _g(m, "post")
        weekday = lex.weekday(m.group("wd"))
        meaning = weekday_meaning(weekday, mode_for(shift_words))
        if shift_words and anaphoric and anaphoric.fullmatch(shift_words.strip()):
            # "the previous Friday": counted from the story's last day (publication without one)
            return replace(meaning, anaphoric_weekday=(weekday, 1 if lex.shift(shift_words) > 0 else -1))
        return meaning

    weekday = rf"(?P<wd>{f.weekday})"
    return [
        _rule("shift_weekday", rf"{B}(?P<pre>{f.shift_pre})\s+{weekday}{E}", interpret),
        _rule("weekday_shift", rf"{B}{weekday}\s+(?P<post>{f.shift_post}){E}", interpret),
        _rule("weekday", rf"{B}{weekday}{E}", interpret),
    ]


# ---------------------------------------------------------------------------------------------
# Bare months and years


def _bare_rules(lang: str, f: _Fragments, lex: Lexicon) -> list[Rule]:
    def bare_month(m: re.Match, text: str) -> Meaning | None:
        word = m.group(0)
        if not _written_as_month(lang, word) or _name_not_month(lang, word, text, m.start()):
            return None
        return month_meaning(None, lex.month(word))

    def year(m: re.Match, text: str) -> Meaning | None:
        found = int(m.group("year"))
        # "opgelopen tot 2349", "bilan de 2349 morts": beyond 2199 a number after a
        # preposition is a count in news, not a year; so is one with a scale word or a unit
        # ("de 2000 millones", "de 1500 euros", "in 2000 m Höhe")
        if found > LATEST_BARE_YEAR or _counted_after(lang).match(text, m.end()):
            return None
        if _bound_before(lang).search(text[max(0, m.start("year") - 30):m.start("year")]):
            return None  # "más de 1000 personas", "plus de 1500": a bound counts, a year is not bounded so
        return fixed_meaning("year", year_resolution(found))

    def bare_year(m: re.Match, text: str) -> Meaning | None:
        return None if quantity_follows(text, m.end(), lang) else year(m, text)

    def year_in_words(m: re.Match, text: str) -> Meaning | None:
        found = year_from_words(_original(m, "yearword", text), lang)
        # "in two thousand cases": a round thousand after "in" is a count, not a year
        return fixed_meaning("year", year_resolution(found)) if found and 1000 < found < 3000 and found % 1000 else None

    def year_after_noun(m: re.Match, text: str) -> Meaning | None:
        found = int(m.group("digits")) if m.group("digits") else year_from_words(_original(m, "yearword", text), lang)
        # "year 247" is a year; "year 2 of the war" is a count of years
        return fixed_meaning("year", year_resolution(found)) if found and 100 <= found <= 2999 else None

    return [
        _rule("bare_month", rf"{B}{f.month_full}{E}", bare_month),
        # "the 1850's" / "the 1960s" is a decade, not a year
        _rule("introduced_year", rf"{B}{R.YEAR_INTRODUCERS[lang]}\s+{YEAR}(?![.,]\d)(?!\s*%)(?!['’]?s\b){f.not_counted}", year,
              group="year"),
        _rule("wordyear_noun", rf"{B}(?P<y>{R.YEAR_NOUNS[lang]}\s+(?:(?P<digits>\d{{3,4}})(?![.,]?\d)"
                                      rf"|(?P<yearword>{f.year_words}))){E}", year_after_noun, group="y",
              contains=required_part(R.YEAR_NOUNS[lang])),
        _rule("wordyear_introduced", rf"{B}{R.YEAR_INTRODUCERS[lang]}\s+(?P<yearword>{f.year_words}){E}",
              year_in_words, group="yearword"),
        # last: "the company's 1989 results", "predicting 1990 earnings" - in news a four-digit
        # 19xx/20xx standing alone is a year, unless a unit or scale makes it a count ("2000 people")
        _rule("lone_year", rf"(?<![\w$€£#.,:/-])(?P<year>(?:19|20)\d\d)(?![\w%]|[.,:/-]\d|['’]s\b){f.not_counted}", bare_year),
    ]


@lru_cache(maxsize=None)
def _counted_after(lang: str) -> re.Pattern:
    """A scale word or a measure or currency of the number rules right after a figure: it counts
    something. People are left out: "In 2016 people voted" starts with a year."""
    from factcheck.claims import number_rules as N

    units = N.units_after(lang)
    words = [*N.SCALES.get(lang, {}), *(word for word, unit in units.items() if unit != "people")]
    return re.compile(rf"\s*(?:{'|'.join(sorted(words, key=len, reverse=True))})(?!\w)", re.I)


# Bounds of the number rules that make the figure after them a count: "more than 2000" is no year,
# while "up to 2020" / "hasta 2020" / "jusqu'à 2020" ("until") and "around 2000" may be one.
COUNT_BOUNDS = ("more_than", "less_than", "at_least")


@lru_cache(maxsize=None)
def _bound_before(lang: str) -> re.Pattern:
    from factcheck.claims import number_rules as N

    words = [word for word, kind in N.APPROX.get(lang, {}).items() if kind in COUNT_BOUNDS]
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(words, key=len, reverse=True))})\s*$", re.I)


@lru_cache(maxsize=None)
def build_rules(lang: str) -> tuple[Rule, ...]:
    from factcheck.claims._time_kinds import current_period_rules, early_rules, late_rules  # they build on this module

    f, lex = _fragments(lang), lexicon(lang)
    return tuple(
        _numeric_rules(lang)
        + early_rules(lang, f, lex)
        + _position_rules(lang, f, lex)
        + _month_name_rules(lang, f, lex)
        + [_weekday_day_rule(lang, f, lex), _nth_weekday_rule(lang, f, lex),
           _day_of_relative_month_rule(lang, f, lex)]
        + _shifted_month_rules(lang, f, lex)
        + _relative_rules(lang, f, lex)
        + late_rules(lang, f, lex)
        + _lone_ordinal_rule(lang, f)
        + _bare_rules(lang, f, lex)
        + current_period_rules(lang)
    )
