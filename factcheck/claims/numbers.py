"""Numbers and quantities in news text, normalised across languages.

`extract_numbers(text, lang, exclude=None)` finds digit numbers with the language's separators
("272.000", "3,5", fr "272 000", en "28,000"), spelled numbers via text2num ("drieëntwintig",
"two million"), scale words ("1,5 miljoen"), units (%, currencies, people, km...),
approximations ("more than", "ruim", "etwa", "environ", "unos", "circa") and ranges
("between 10 and 20", "10-20"). Numbers inside time expressions (years, day numbers of dates,
durations) are left to `times.extract_times`. For speed the patterns read the lowercased text,
and only the lines that contain what they need (a digit or number word, a range's "to"); no
quantity crosses a line break.

`quantity_relation(a, b)` says equal / compatible / conflict / incomparable; tolerances are
documented on `interval` and in docs/times-and-numbers.md.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable

from factcheck.claims import number_rules as R
from factcheck.claims._spans import TakenSpans
from factcheck.claims._time_meanings import Lines, case_free, lowered
from factcheck.lazyre import alternation, compiled
from factcheck.model import Quantity

ABOUT_TOLERANCE = 0.10  # "about 30" -> 27..33
NEARLY_TOLERANCE = 0.10  # "nearly 300" -> 270..300
ROUNDING_CAP = 0.05  # a round figure covers at most ±5 % ("28,000" ~ 27,500..28,500)
CONVERSION_TOLERANCE = 0.10  # "85 mph" ~ "140 km/h" (136.8): converted figures get rounded
# Units whose figures are never rounded: a clock time or a century is exact as written.
EXACT_UNITS = {"clock", "century", "score", "s"}
FLAGS = re.IGNORECASE
B = r"(?<![\w.,])"
# After a unit no letter and no digit: "km2" and "km²" are areas, not kilometres.
UNIT_END = r"(?![^\W_])"


# ---------------------------------------------------------------------------------------------
# Patterns


@dataclass(frozen=True)
class _Pass:
    """One regex pass of `extract_numbers`. It reads the lowercased text (see `lowered`), or
    the text as written where case matters (Roman numerals), and only the lines that contain
    `trigger`, a case-free regex that every match contains."""
    pattern: re.Pattern
    interpret: Callable[[re.Match, str, str], Quantity | None]
    trigger: re.Pattern
    on_lowered: bool = True


def _case_free(regex: str) -> re.Pattern:
    return compiled(case_free(regex))


def _core(lang: str, name: str) -> str:
    """A number as written: digits with the language's grouping, or spelled-out words."""
    marks = ".," + R.APOSTROPHE_GROUPING
    spaces = R.GROUPING_SPACES + " " if lang in R.SPACE_GROUPING else R.GROUPING_SPACES if lang in R.NARROW_SPACE_GROUPING else ""
    group = rf"[{marks}{spaces}]"
    # a figure with a superscript after it is a power ("10²") or a footnote mark: its value is unsure
    digits = rf"(?:\d{{1,3}}(?:{group}\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?)(?![\d.,]*[{R.SUPERSCRIPT_DIGITS}])"
    return rf"(?P<{name}>{digits}|{_word_number_regex(lang)})"


def _word_number_regex(lang: str) -> str:
    token = rf"[^\W\d_]*{alternation(R.NUMBER_WORD_STEMS[lang])}[^\W\d_]*"
    joiner = R.NUMBER_WORD_JOINERS[lang]
    return rf"\b{token}(?:(?:\s+{joiner}\s+|[\s-]+){token})*\b"


def _scale(lang: str, name: str) -> str:
    return rf"(?:\s*(?P<{name}>{alternation(R.SCALES[lang])})(?![\w]))?"


@lru_cache(maxsize=None)
def _passes(lang: str) -> tuple[_Pass, ...]:
    approx = alternation(R.APPROX[lang])
    currency = alternation(R.CURRENCY_BEFORE)
    units = _units(lang)
    # "hasta casi dos", "up to almost 2": a bound before an approximation word keeps the bound
    single = (rf"(?:(?<!\w)(?P<approx>{approx})(?:\s+(?P<approx_then>{approx}))?\s+)?(?:(?P<cur>{currency})\s?)?{B}{_core(lang, 'num')}"
              rf"{_scale(lang, 'scale')}(?:{units}{UNIT_END})?")
    ranges = []
    for template in R.RANGE_TEMPLATES[lang] + [r"{A}\s?[-–]\s?{B}"]:
        template = template.replace(" ", r"\s+")
        connector = template.split("{A}")[1].split("{B}")[0]  # " to ", "-": in every match
        body = template.replace("{A}", _core(lang, "a") + _scale(lang, "scale_a"))
        body = body.replace("{B}", _core(lang, "b") + _scale(lang, "scale"))
        pattern = _case_free(rf"(?:(?P<cur>{currency})\s?)?{B}{body}(?:{units}{UNIT_END})?")
        ranges.append(_Pass(pattern, _range, _case_free(connector)))
    digit, number = _case_free(r"\d"), _case_free(rf"\d|{alternation(R.NUMBER_WORD_STEMS[lang])}")
    # Clock times and centuries first: "15.00 uur" is not fifteen, "siglo XV" is a number.
    return (_Pass(_case_free(R.FRANCS_AND_CENTIMES), _francs_and_centimes, _case_free(r"fr")),
            _Pass(_elapsed_pattern(lang), _elapsed_time, digit),
            _Pass(_clock_pattern(lang), _clock, digit),
            _Pass(compiled(R.SCORE), _score, _case_free("[:–-]")),
            _Pass(_century_pattern(lang), _century, _case_free(R.CENTURY_WORDS[lang]), on_lowered=False),
            *ranges, *_round_pass(lang), _one_or_half_pass(lang, approx, units), _Pass(_case_free(single), _single, number),
            _Pass(_vague_pattern(lang), _vague, _case_free(alternation(R.VAGUE_AMOUNTS[lang]))))


def _units(lang: str) -> str:
    # "deux millions d'euros", "dos millones de euros": a linking "of" before the unit
    words = R.units_after(lang)
    return (rf"(?:\s*(?:d['’]|de\s+|di\s+|of\s+))?\s*{_currency_country(lang, words)}"
            rf"(?P<unit>{alternation(list(words))})")


def _currency_country(lang: str, words: dict[str, str]) -> str:
    """The country of a currency before the currency word ("Britse pond"), optional; empty for a
    language that writes it after."""
    countries = R.CURRENCY_COUNTRIES.get(lang)
    if not countries:
        return ""
    currencies = alternation([word for word, unit in words.items() if unit in R.CURRENCIES])
    return rf"(?:(?:{countries})\s+(?=(?:{currencies})(?![^\W\d_])))?"


def _one_or_half_pass(lang: str, approx: str, units: str) -> _Pass:
    """"over half an inch", "een halve kilometer", "a mile", "über einem Zentimeter": one or half
    of a measure, which a translation writes in figures ("plus de 1,3 cm", "1,6 km")."""
    words = rf"(?P<half>{R.HALF_MEASURE[lang]})|(?P<one>{alternation(R.ARTICLE_ONES[lang])})"
    pattern = _case_free(rf"(?:(?<!\w)(?P<approx>{approx})\s+)?\b(?:{words}){units}{UNIT_END}")
    return _Pass(pattern, _one_or_half, _case_free(words))


# ---------------------------------------------------------------------------------------------
# Parsing one number


# Compiled once: parse_digits runs for every figure of every claim.
DIGIT_GROUPING = re.compile(rf"[{R.GROUPING_SPACES} {R.APOSTROPHE_GROUPING}]")
LAST_THREE_DIGITS = {mark: re.compile(rf"\{mark}\d{{3}}$") for mark in ".,"}


def parse_digits(token: str, lang: str) -> float | None:
    """"272.000" (nl) -> 272000, "3,5" -> 3.5, "28,000" (en) -> 28000, "272 000" (fr); None
    for a token with two decimal marks ("6,107,31" in French)."""
    token = DIGIT_GROUPING.sub("", token)
    thousands, decimal = (".", ",") if lang in R.DECIMAL_COMMA else (",", ".")
    # A lone separator followed by exactly three digits groups thousands ("1.500" in nl);
    # the other one, or a separator before 1-2 / 4+ digits, is the decimal mark.
    if token.count(thousands) == 1 and token.count(decimal) == 0 and not LAST_THREE_DIGITS[thousands].search(token):
        token = token.replace(thousands, decimal)
    token = token.replace(thousands, "")
    return float(token.replace(decimal, ".")) if token.count(decimal) <= 1 else None


@lru_cache(maxsize=4096)
def parse_words(phrase: str, lang: str) -> float | None:
    from text_to_num import text2num  # lazy: only texts with spelled numbers pay for it

    try:
        return float(text2num(phrase.lower(), lang))
    except (ValueError, KeyError, IndexError):
        return None


def _core_value(token: str, lang: str) -> float | None:
    if token[0].isdigit():
        return parse_digits(token, lang)
    if token.lower() in R.ARTICLE_ONES[lang]:
        return 1.0  # "eine Million", "een miljoen" (text2num does not read the article)
    return parse_words(token, lang)


def _scale_factor(word: str | None, lang: str) -> float:
    if not word:
        return 1.0
    return next(v for k, v in R.SCALES[lang].items() if re.fullmatch(k, word, FLAGS))


def _unit_of(match: re.Match, lang: str) -> str | None:
    for table, group in ((R.CURRENCY_BEFORE, "cur"), (R.units_after(lang), "unit")):
        word = match.groupdict().get(group)
        if word:
            return next(v for k, v in table.items() if re.fullmatch(k, word.strip(), FLAGS))
    return None


# ---------------------------------------------------------------------------------------------
# Interpretation of a match


def _approx_bounds(value: float, approx: str) -> tuple[float | None, float | None]:
    if approx == "about":
        return value * (1 - ABOUT_TOLERANCE), value * (1 + ABOUT_TOLERANCE)
    if approx == "nearly":
        return value * (1 - NEARLY_TOLERANCE), value
    if approx in ("more_than", "at_least"):
        return value, None
    if approx in ("less_than", "at_most"):
        return None, value
    return None, None


def _is_bare_article_or_ordinal(match: re.Match, text: str, lang: str, group: str, scale: str | None) -> bool:
    token = match.group(group)
    if token.lower() in R.ARTICLE_ONES[lang] and not scale and not _bounded_one(match, token, lang):
        return True  # "een", "one", "un": articles and pronouns (one of a measure: `_one_or_half_pass`)
    following = text[match.end(group):match.end(group) + 1]
    return token[0].isdigit() and following.isalpha() and not match.group("unit") and not scale  # "30e", "1st", "G4"


def _bounded_one(match: re.Match, token: str, lang: str) -> bool:
    """"au moins un mort", "at least one", "mindestens ein": after a lower bound the word is the
    figure one, not an article (English "a"/"an" stay articles: "more than a year")."""
    approx_word = match.group("approx")
    if not approx_word or token.lower() in R.ARTICLE_ONLY.get(lang, ()):
        return False
    return next((v for k, v in R.APPROX[lang].items() if re.fullmatch(k, approx_word, FLAGS)), None) in ("at_least", "more_than")


def _is_year(match: re.Match, value: float) -> bool:
    token = match.group("num")
    return (re.fullmatch(r"(1[89]|20)\d\d", token) is not None and not match.group("unit")
            and not match.group("cur") and not match.group("scale"))


def _ordinal_end(match: re.Match, text: str, lang: str) -> int | None:
    """Where a digit ordinal's suffix ends ("87e", "23rd", "3º"), or None for no ordinal: the
    suffix of the language right after the digits, ending the word, with no unit or scale read."""
    token, end = match.group("num"), match.end("num")
    if not token.isdigit() or match.group("unit") or match.group("scale") or match.group("cur"):
        return None
    for suffix in sorted(R.ORDINAL_SUFFIXES[lang], key=len, reverse=True):
        after = end + len(suffix)
        if text[end:after].lower() == suffix and not text[after:after + 1].isalnum():
            return after
    return None


def _ordinal(match: re.Match, text: str, lang: str) -> Quantity | None:
    end = _ordinal_end(match, text, lang)
    if end is None:
        return None
    start = match.start("num")
    return Quantity(text[start:end], start, end, float(match.group("num")), ordinal=True)


def _single(match: re.Match, text: str, lang: str) -> Quantity | None:
    scale = match.group("scale")
    if (ordinal := _ordinal(match, text, lang)) is not None:
        return ordinal
    if _is_bare_article_or_ordinal(match, text, lang, "num", scale) or match.group("num").lower() in R.VAGUE_AMOUNTS[lang]:
        return None  # "hundreds" alone is an order of magnitude (`_vague`), not 100
    core = _core_value(match.group("num"), lang)
    if core is None or (_is_year(match, core) and not R.counted_noun_follows(text, match.end(), lang)):
        return None
    return _approximated(match, text, lang, core * _scale_factor(scale, lang) * _currency_scale(match), _unit_of(match, lang))


def _approximated(match: re.Match, text: str, lang: str, value: float, unit: str | None) -> Quantity:
    """The quantity of a match with its approximation word ("more than", "ruim", "casi"), if any."""
    approx_word = match.group("approx")
    approx = _approx_kind(approx_word, lang)
    if approx in ("about", "nearly") and match.groupdict().get("approx_then"):
        approx = _approx_kind(match.group("approx_then"), lang)  # "about up to 2"
    end = match.end()
    if approx == "exact" and (after := _approx_after(lang).match(text, end)):
        approx, end = "about", after.end()
    low, high = _approx_bounds(value, approx)
    start = match.start("approx") if approx_word else match.start()
    return Quantity(text[start:end], start, end, value, unit, "about" if approx == "nearly" else approx, low, high)


@lru_cache(maxsize=None)
def _approx_after(lang: str) -> re.Pattern:
    """An approximation word right after a figure (`number_rules.APPROX_AFTER`); none in a language without."""
    words = R.APPROX_AFTER.get(lang)
    return re.compile(rf"\s+(?:{words})(?![\w])(?!\s*\d)", FLAGS) if words else re.compile(r"(?!)")


def _approx_kind(approx_word: str | None, lang: str) -> str:
    return next((v for k, v in R.APPROX[lang].items() if re.fullmatch(k, approx_word, FLAGS)), "exact") if approx_word else "exact"


def _one_or_half(match: re.Match, text: str, lang: str) -> Quantity | None:
    unit = _unit_of(match, lang)
    word = "half" if match.group("half") else "one"
    if unit not in (R.CONVERSIONS if word == "half" else R.ARTICLE_MEASURES) or len(match.group("unit")) < 2:
        return None  # a symbol after an article is a word's end ("am", "a m.")
    if not (match.group(word).endswith("-") or text[match.end(word):match.start("unit")].isspace()):
        return None  # "am": the unit must be a word of its own
    return _approximated(match, text, lang, 0.5 if word == "half" else 1.0, unit)


def _currency_scale(match: re.Match) -> float:
    """"£125m": after a currency sign, "m" is million, not metres."""
    unit = match.group("unit")
    return R.CURRENCY_SCALES.get(unit.lower(), 1.0) if match.group("cur") and unit else 1.0


def _round_pass(lang: str) -> tuple[_Pass, ...]:
    """"une vingtaine de morts": about 20 (see `R.ROUND_AMOUNTS`), article included."""
    if lang not in R.ROUND_AMOUNTS:
        return ()
    words = alternation(R.ROUND_AMOUNTS[lang])
    pattern = _case_free(rf"\b(?:(?:{alternation(R.ARTICLE_ONES[lang])})\s+)?(?P<w>{words})(?=\s+{R.ROUND_LINKS[lang]}[^\W\d_])")
    return (_Pass(pattern, _round, _case_free(words)),)


def _round(match: re.Match, text: str, lang: str) -> Quantity | None:
    value = float(R.ROUND_AMOUNTS[lang][match.group("w").lower()])
    low, high = _approx_bounds(value, "about")
    return Quantity(text[match.start():match.end()], match.start(), match.end(), value, None, "about", low, high)


def _vague_pattern(lang: str) -> re.Pattern:
    word = alternation(R.VAGUE_AMOUNTS[lang])
    link = rf"\s+{R.VAGUE_LINKS[lang]}\s+" if R.VAGUE_LINKS[lang] else r"\s+"
    return _case_free(rf"\b(?P<a>{word})(?:{link}(?P<b>{word}))?\b")


def _vague(match: re.Match, text: str, lang: str) -> Quantity | None:
    """"hundreds" -> 100..1000, "tens of thousands" -> 10,000..100,000."""
    amounts = R.VAGUE_AMOUNTS[lang]
    base = amounts[match.group("a").lower()] * (amounts[match.group("b").lower()] if match.group("b") else 1.0)
    return Quantity(text[match.start():match.end()], match.start(), match.end(), base, None, "range", base, base * 10)


def _range(match: re.Match, text: str, lang: str) -> Quantity | None:
    a, b = _core_value(match.group("a"), lang), _core_value(match.group("b"), lang)
    if a is None or b is None:
        return None
    scale = _scale_factor(match.group("scale"), lang)
    a *= _scale_factor(match.group("scale_a"), lang) if match.group("scale_a") else scale
    b *= scale
    if not a < b:
        return None  # "3-2" is a score, "2015-16" a season
    return Quantity(text[match.start():match.end()], match.start(), match.end(), (a + b) / 2, _unit_of(match, lang),
                    "range", a, b)


# ---------------------------------------------------------------------------------------------
# Clock times and centuries: numbers a translation keeps, in a notation it may change

_CLOCK_24 = {"nl": r"\s*uur", "de": r"\s*uhr", "es": r"(?:\s*h(?:oras)?\b)?"}  # "15.00 uur"


def _hm(i: int) -> tuple[str, str, str]:
    """Hour, minute and a.m./p.m. groups, numbered: a name may occur once per pattern."""
    return (rf"(?P<h{i}>[01]?\d|2[0-3])", rf"(?P<m{i}>[0-5]\d)", rf"(?P<mer{i}>[ap])\.?\s?m\b\.?")


def _clock_pattern(lang: str) -> re.Pattern:
    """"3 p.m.", "11:45 pm", "15:00", "15.00 uur", "15 h 30": minutes after midnight (unit "clock")."""
    (h1, m1, mer1), (h2, m2, mer2), (h3, m3, _), (h4, m4, _) = (_hm(i) for i in range(1, 5))
    forms = [rf"{h1}(?:[:.]{m1})?\s?{mer1}", rf"{h2}:{m2}(?:\s?{mer2})?"]
    if lang in _CLOCK_24:
        forms.append(rf"{h3}\.{m3}{_CLOCK_24[lang]}")
    if lang == "fr":
        forms.append(rf"{h4}\s?h\s?{m4}?")
    return _case_free(rf"{B}(?:{'|'.join(forms)})(?![\w:])")


def _elapsed_pattern(lang: str) -> re.Pattern:
    """A time taken ("2:06:31", "2:06.31", "2 ore 19 minuti e 48 secondi"): read whole, never as a
    time of day, whose "06:31" or "2:06" would clash with the other article's reading of one result."""
    hour, minute, second = R.ELAPSED_WORDS[lang]
    spelled = (rf"{B}(?P<h2>\d{{1,2}})\s*(?:{hour})\s*,?\s*(?P<m2>[0-5]?\d)\s*(?:{minute})\b"
               rf"(?:\s*,?\s*(?:{R.NUMBER_WORD_JOINERS[lang]}\s+)?(?P<s2>[0-5]?\d)\s*(?:{second})\b)?")
    return _case_free(rf"{R.ELAPSED_TIME}|{spelled}")


def _elapsed_time(match: re.Match, text: str, lang: str) -> Quantity | None:
    """"2:06:31" -> 7591 seconds (unit "s"), exact."""
    hours, minutes, seconds = (int(_first(match, name) or 0) for name in ("h", "m", "s"))
    seconds += hours * 3600 + minutes * 60
    return Quantity(text[match.start():match.end()], match.start(), match.end(), float(seconds), "s")


def _clock(match: re.Match, text: str, lang: str) -> Quantity | None:
    hours, minutes, meridiem = int(_first(match, "h")), int(_first(match, "m") or 0), _first(match, "mer")
    if meridiem:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if meridiem.lower() == "p" else 0)
    return Quantity(text[match.start():match.end()], match.start(), match.end(), float(hours * 60 + minutes), "clock")


DOTTED_CLOCK = re.compile(r"(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)")
WHOLE_HOUR = re.compile(r"(?P<h>[01]?\d|2[0-3])")
TIME_OF_DAY = re.compile(r"T(?P<h>\d\d):(?P<m>\d\d)")


def clock_readings(numbers: list[Quantity], times: list, text: str = "", lang: str = "en") -> list[Quantity]:
    """A plain "10.01" or "22.30" that the time reader takes for a time of day ("at 10.01",
    "poco prima delle 22.30") is that clock time, not a decimal: compared with "a las 09.55" as
    a time, never with a count. So is the hour of a whole hour the time reader reads with its
    hour word ("um 18 Uhr", "om 18 uur", "vers 14 heures", "a las 5 horas"), not a count of 18:
    its time of day is the time reader's ("18 heures" of a duration is no time of day). So is an hour
    written in words inside a time of day ("rond half zeven 's avonds", `_names_the_hour`)."""
    clocks = [(t.start, t.end, t.value) for t in times if t.type == "TIME"]
    found = []
    for q in numbers:
        within = next((value for start, end, value in clocks if start <= q.start and q.end <= end), None) if q.unit is None else None
        if within is not None and (dotted := DOTTED_CLOCK.fullmatch(q.text)):
            q = replace(q, value=float(int(dotted["h"]) * 60 + int(dotted["m"])), unit="clock", approx="exact", low=None, high=None)
        elif within is not None and (hour := WHOLE_HOUR.fullmatch(q.text)) and (read := TIME_OF_DAY.search(within or "")):
            if int(hour["h"]) % 12 == int(read["h"]) % 12:
                q = replace(q, value=float(int(read["h"]) * 60 + int(read["m"])), unit="clock", approx="exact", low=None, high=None)
        elif within is not None and not q.text[:1].isdigit() and (read := TIME_OF_DAY.search(within or "")):
            if _names_the_hour(q.value, int(read["h"]), int(read["m"])):
                q = replace(q, value=float(int(read["h"]) * 60 + int(read["m"])), unit="clock", approx="exact", low=None, high=None)
        found.append(q)
    return [_hour_of_a_clock_range(q, found, text, lang) for q in found] if text else found


def _names_the_hour(value: float, hour: int, minute: int) -> bool:
    """An hour written in words inside a time of day the time reader read ("acht uur in de ochtend",
    "rond half zeven 's avonds" = 18:30, "kwart voor acht" = 7:45): the hour itself, or the next one
    where minutes are counted towards it ("half", "quarter to"). A count of the clause is never that."""
    return value == int(value) and (int(value) % 12 == hour % 12 or (minute > 0 and int(value) % 12 == (hour + 1) % 12))


def _hour_of_a_clock_range(q: Quantity, numbers: list[Quantity], text: str, lang: str) -> Quantity:
    """The first bound of a range whose second bound is a time of day ("zwischen 22 und 7 Uhr",
    "between 5 and 6pm", "van 22 tot 7 uur"): the hour word or the "pm" is written once, after the
    second, and holds for both; a bare "22" there is a time of day, never a count."""
    if q.unit is not None or not WHOLE_HOUR.fullmatch(q.text):
        return q
    after = next((n for n in numbers if n.start >= q.end), None)
    if after is None or after.unit != "clock":
        return q
    if not any(opening.search(text, 0, q.start) and joint.fullmatch(text, q.end, after.start)
               for opening, joint in _clock_ranges(lang)):
        return q
    hour = int(q.text)
    if after.value >= 12 * 60 and hour < 12 and (hour + 12) * 60 <= after.value:
        hour += 12  # "between 5 and 6pm": both in the afternoon
    return replace(q, value=float(hour * 60), unit="clock", approx="exact", low=None, high=None)


CLOCK_ARTICLES = r"(?:(?:le|la|las|les|de|die)\s+)?"  # "entre las 22 y las 7", "tussen de 22 en 7 uur"


@lru_cache(maxsize=None)
def _clock_ranges(lang: str) -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """For each range template of the language (`RANGE_TEMPLATES`: "zwischen {A} und {B}", "{A} bis {B}"),
    what must stand before its first bound (the opening word, right before) and between its bounds."""
    found = []
    for template in R.RANGE_TEMPLATES[lang]:
        opening, rest = template.split("{A}")
        joint = rest.split("{B}")[0].strip()
        before = rf"(?<![\w'’]){opening.strip()}\s+{CLOCK_ARTICLES}$".replace(" ", r"\s+") if opening.strip() else r"$"
        found.append((re.compile(before, re.I), re.compile(rf"\s+{re.escape(joint)}\s+{CLOCK_ARTICLES}", re.I)))
    return tuple(found)


def _francs_and_centimes(match: re.Match, text: str, lang: str) -> Quantity | None:
    """"49 fr. 50" -> 49.50 CHF."""
    value = int(match.group("units")) + int(match.group("cents")) / 100
    return Quantity(text[match.start():match.end()], match.start(), match.end(), value, "CHF")


def _score(match: re.Match, text: str, lang: str) -> Quantity | None:
    """"3:1" -> a score, kept whole (value higher x 100 + lower), never compared with a count. The
    order is left out: each side's report may put its own team first ("1-0" / "bei 0:1-Rückstand")."""
    home, away = int(match.group("home")), int(match.group("away"))
    if match.group("mark") != ":" and home < away:
        return None  # "1-5": a range
    return Quantity(text[match.start():match.end()], match.start(), match.end(),
                    float(max(home, away) * 100 + min(home, away)), "score")


def _first(match: re.Match, name: str) -> str | None:
    """The named group of whichever alternative matched (the names repeat across alternatives)."""
    return next((match.group(i) for key, i in match.re.groupindex.items()
                 if key.rstrip("0123456789") == name and match.group(i) is not None), None)


@lru_cache(maxsize=None)
def _century_pattern(lang: str) -> re.Pattern:
    number = r"(?P<c>[IVXLC]+|\d{1,2})(?:st|nd|rd|th|e|er|ème|eme|ste|de|\.|º|°)?"
    word = R.CENTURY_WORDS[lang]
    order = rf"{word}\s+{number}" if lang in R.CENTURY_BEFORE else rf"{number}[\s-]+{word}"
    return compiled(rf"{B}{order}(?!\w)", FLAGS)


def _century(match: re.Match, text: str, lang: str) -> Quantity | None:
    token = match.group("c")
    if not token[0].isdigit() and not token.isupper():
        return None  # Roman numerals are written in capitals; "mix siècles" is no century
    value = int(token) if token[0].isdigit() else R.roman_to_int(token)
    if not value or value > 30:
        return None
    return Quantity(match.group(0), match.start(), match.end(), float(value), "century", "exact", None, None)


# ---------------------------------------------------------------------------------------------
# Public API


def extract_numbers(text: str, lang: str, exclude: Iterable[tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities in `text`, non-overlapping, in text order.

    `exclude`: spans to leave alone (time expressions). When None, the spans of
    `extract_times(text, lang, None)` are used, so "30 december 2015" yields no numbers.
    """
    if lang not in R.SCALES:
        return []
    if exclude is None:
        from factcheck.claims.times import calendar_spans, extract_times

        exclude = calendar_spans(extract_times(text, lang, None))
    taken = TakenSpans([*exclude, *_spans_of_years(text, lang)])
    found: list[Quantity] = []
    lines, lower = Lines(text), lowered(text)
    for step in _passes(lang):
        readable = lines.containing(step.trigger, lower)
        if not readable:  # most passes: no line has their trigger
            continue
        windows = lines.spans(readable)
        for quantity in _accepted(step, lower if step.on_lowered else text, text, lang, taken, windows):
            taken.add(quantity.start, quantity.end)
            found.append(quantity)
    return sorted(found, key=lambda q: q.start)


# "2010-2015", "2017-18", "2017/2018": a span of years (a season, a period), not a range of counts.
YEAR_JOINERS = "-–/"
YEAR_SPAN = re.compile(rf"(?<![\d.,/-])(1[89]\d\d|20\d\d)\s?[{YEAR_JOINERS}]\s?(\d\d(?:\d\d)?)(?![\d.,%])")


def _spans_of_years(text: str, lang: str) -> list[tuple[int, int]]:
    """Where two years are joined by a dash or slash, the later one written whole or by its last
    two digits, with no unit or currency: those figures are years, which the time comparison
    reads; as numbers they were a range in one language and a lone "18" in another."""
    if not any(joiner in text for joiner in YEAR_JOINERS):  # YEAR_SPAN opens with a look-behind: tried at every position
        return []
    spans, lower = [], lowered(text)
    unit = _unit_after(lang)
    for match in YEAR_SPAN.finditer(text):
        first, second = int(match.group(1)), match.group(2)
        later = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        priced = _currency_just_before().search(text[max(0, match.start() - 4):match.start()])
        if 0 < later - first <= 50 and not priced and not unit.match(lower, match.end()):
            spans.append((match.start(), match.end()))
    return spans


@lru_cache(maxsize=1)
def _currency_just_before() -> re.Pattern:
    return re.compile(rf"(?:{alternation(R.CURRENCY_BEFORE)})\s?$")


@lru_cache(maxsize=None)
def _unit_after(lang: str) -> re.Pattern:
    return _case_free(_units(lang) + UNIT_END)


def _accepted(step: _Pass, searched: str, text: str, lang: str, taken: TakenSpans,
              windows: list[tuple[int, int]]):
    """Matches in the given line spans of `searched` (`text` or its lowercased copy) that
    interpret to a quantity and overlap nothing taken; after a rejection the search resumes
    one character later ("someone two" -> "two")."""
    for position, line_end in windows:
        while (match := step.pattern.search(searched, position, line_end)) is not None:
            free = not taken.overlaps(match.start(), match.end())
            quantity = step.interpret(match, text, lang) if free and match.group(0).strip() else None
            if quantity is None:
                position = match.start() + 1
                continue
            yield quantity
            position = match.end()


def interval(q: Quantity) -> tuple[float, float]:
    """The values a quantity allows. Approximations use their low/high; an exact round figure
    covers half its rounding step, capped at ±5 % ("28,000" -> 27,500..28,500; "300" ->
    285..315; "297" -> 296.5..297.5)."""
    if q.approx != "exact":
        return (q.low if q.low is not None else -math.inf, q.high if q.high is not None else math.inf)
    if q.unit in EXACT_UNITS or q.ordinal:
        return q.value, q.value
    slack = min(rounding_step(q.value) / 2, abs(q.value) * ROUNDING_CAP)
    return q.value - slack, q.value + slack


def rounding_step(value: float) -> float:
    """The place of the last non-zero digit: 1 for 321 and 135, 100 for 1200, 0.1 for 2.5, 0.01 for 1.98."""
    if value != int(value):
        decimals = len(repr(value).split(".")[1])
        return 10.0 ** -decimals
    number, step = int(abs(value)), 1
    while number and number % 10 == 0:
        number //= 10
        step *= 10
    return float(step)


TEMPERATURES = {"°", "°C", "°F"}  # "°": "degrees" without a scale (US news mean Fahrenheit)


COUNTS = (None, "people")  # a bare figure counts something; "people" names what


def same_kind(a: Quantity, b: Quantity) -> bool:
    """Whether two figures can measure the same thing: two counts, one unit, or two units of one
    dimension ("2 km" / "due chilometri", "85 mph" / "136 km/h"). A count and a measure cannot
    ("80 morts" / "80 km orari", "four children" / "cuatro kilómetros"), however alike the figure, and
    an ordinal compares only with an ordinal."""
    if a.ordinal != b.ordinal:
        return False  # "the 87th minute" / "87 minutes", "finished 3rd" / "3 teams"
    return a.unit == b.unit or (a.unit in COUNTS and b.unit in COUNTS) or convertible(a, b)


def convertible(a: Quantity, b: Quantity) -> bool:
    """Different units of one dimension ("mph"/"km/h", "inches"/"cm", "°F"/"°C"), or degrees of
    which one side does not say the scale ("80 degrees" / "27 °C")."""
    if _unknown_scale(a, b):
        return True
    if not a.unit or not b.unit or a.unit == b.unit:
        return False
    if {a.unit, b.unit} == {"°F", "°C"}:
        return True
    dimension_a, dimension_b = R.CONVERSIONS.get(a.unit), R.CONVERSIONS.get(b.unit)
    return bool(dimension_a and dimension_b and dimension_a[0] == dimension_b[0])


def converted(q: Quantity, unit: str) -> Quantity:
    """`q` expressed in `unit` (same dimension, see `convertible`), bounds converted alike."""
    if unit == q.unit:
        return q
    if {unit, q.unit} == {"°F", "°C"}:
        change = (lambda v: (v - 32) * 5 / 9) if unit == "°C" else (lambda v: v * 9 / 5 + 32)
    else:
        factor = R.CONVERSIONS[q.unit][1] / R.CONVERSIONS[unit][1]
        change = lambda v: v * factor  # noqa: E731 - one-line conversion
    bound = lambda v: None if v is None else change(v)  # noqa: E731
    return replace(q, value=change(q.value), unit=unit, low=bound(q.low), high=bound(q.high))


def quantity_relation(a: Quantity, b: Quantity) -> str:
    """equal | compatible | conflict | incomparable.

    Units must agree where both are known ("%" vs "EUR", "EUR" vs "USD" -> incomparable); a
    number without a unit compares with any unit. equal = same exact value (or same interval);
    compatible = the intervals (see `interval`) overlap; conflict = they do not. Converted
    measures ("85 mph" vs "136 km/h") are compared with `CONVERSION_TOLERANCE`, because
    translators round what they convert.
    """
    if _unknown_scale(a, b) or {a.unit, b.unit} == {"°F", "°C"}:
        return _temperature_relation(a, b)
    if convertible(a, b):
        return _converted_relation(a, converted(b, a.unit))
    if a.unit and b.unit and a.unit != b.unit:
        return "incomparable"
    if a.approx == b.approx == "exact" and math.isclose(a.value, b.value, rel_tol=1e-9):
        return "equal"
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    if a.approx == b.approx and (a_low, a_high) == (b_low, b_high):
        return "equal"
    return "compatible" if a_low <= b_high and b_low <= a_high else "conflict"


def _unknown_scale(a: Quantity, b: Quantity) -> bool:
    return "°" in (a.unit, b.unit) and {a.unit, b.unit} <= TEMPERATURES


def _temperature_relation(a: Quantity, b: Quantity) -> str:
    """Every reading of two temperatures: each scale where one side does not say it, and a
    temperature or a difference of temperatures ("10 degrees above average" = "6 Grad über dem
    Durchschnitt": a difference converts without the offset)."""
    readings = [(x, y) for x in _scales(a) for y in _scales(b)]
    relations = {_converted_relation(x, convert(y, x.unit)) for x, y in readings for convert in (converted, _converted_difference)}
    return "compatible" if "compatible" in relations else "conflict"


def _converted_difference(q: Quantity, unit: str) -> Quantity:
    if unit == q.unit:
        return q
    factor = 5 / 9 if unit == "°C" else 9 / 5
    bound = lambda v: None if v is None else v * factor  # noqa: E731
    return replace(q, value=q.value * factor, unit=unit, low=bound(q.low), high=bound(q.high))


def _scales(q: Quantity) -> list[Quantity]:
    """The readings of a temperature: "80 degrees" may be Fahrenheit or Celsius."""
    return [replace(q, unit="°F"), replace(q, unit="°C")] if q.unit == "°" else [q]


def _converted_relation(a: Quantity, b: Quantity) -> str:
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    slack = CONVERSION_TOLERANCE * max(abs(a.value), abs(b.value))
    return "compatible" if a_low - slack <= b_high and b_low - slack <= a_high else "conflict"
