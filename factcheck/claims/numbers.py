"""Numbers and quantities in news text, normalised across languages.

`extract_numbers(text, lang, exclude=None)` finds digit numbers with the language's separators
("272.000", "3,5", fr "272 000", en "28,000"), spelled numbers via text2num ("drieëntwintig",
"two million"), scale words ("1,5 miljoen"), units (%, currencies, people, km...),
approximations ("more than", "ruim", "etwa", "environ", "unos", "circa") and ranges
("between 10 and 20", "10-20"). Numbers inside time expressions (years, day numbers of dates,
durations) are left to `times.extract_times`.

`quantity_relation(a, b)` says equal / compatible / conflict / incomparable; tolerances are
documented on `interval` and in docs/times-and-numbers.md.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from factcheck.claims import _number_rules as R
from factcheck.model import Quantity

ABOUT_TOLERANCE = 0.10  # "about 30" -> 27..33
NEARLY_TOLERANCE = 0.10  # "nearly 300" -> 270..300
ROUNDING_CAP = 0.05  # a round figure covers at most ±5 % ("28,000" ~ 27,500..28,500)
FLAGS = re.IGNORECASE
B = r"(?<![\w.,])"


def _alt(fragments: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted(set(fragments), key=len, reverse=True)) + ")"


# ---------------------------------------------------------------------------------------------
# Patterns


@dataclass(frozen=True)
class _Patterns:
    single: re.Pattern
    ranges: tuple[re.Pattern, ...]
    word_number: re.Pattern


def _core(lang: str, name: str) -> str:
    """A number as written: digits with the language's grouping, or spelled-out words."""
    group = r"[.,\u00a0\u202f ]" if lang in R.SPACE_GROUPING else r"[.,]"
    digits = rf"\d{{1,3}}(?:{group}\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
    return rf"(?P<{name}>{digits}|{_word_number_regex(lang)})"


def _word_number_regex(lang: str) -> str:
    token = rf"[^\W\d_]*{_alt(R.NUMBER_WORD_STEMS[lang])}[^\W\d_]*"
    joiner = R.NUMBER_WORD_JOINERS[lang]
    return rf"\b{token}(?:(?:\s+{joiner}\s+|[\s-]+){token})*\b"


def _scale(lang: str, name: str) -> str:
    return rf"(?:\s*(?P<{name}>{_alt(R.SCALES[lang])})(?![\w]))?"


@lru_cache(maxsize=None)
def _patterns(lang: str) -> _Patterns:
    approx = _alt(R.APPROX[lang])
    currency = _alt(R.CURRENCY_BEFORE)
    # "deux millions d'euros", "dos millones de euros": a linking "of" before the unit
    units = rf"(?:\s*(?:d['’]|de\s+|di\s+|of\s+))?\s*(?P<unit>{_alt(list(R.UNITS_AFTER[lang]) + list(R.COMMON_UNITS_AFTER))})"
    single = (rf"(?:(?P<approx>{approx})\s+)?(?:(?P<cur>{currency})\s?)?{B}{_core(lang, 'num')}"
              rf"{_scale(lang, 'scale')}(?:{units}(?![^\W\d_]))?")
    ranges = []
    for template in R.RANGE_TEMPLATES[lang] + [r"{A}\s?[-–]\s?{B}"]:
        body = template.replace(" ", r"\s+").replace("{A}", _core(lang, "a") + _scale(lang, "scale_a"))
        body = body.replace("{B}", _core(lang, "b") + _scale(lang, "scale"))
        ranges.append(re.compile(rf"(?:(?P<cur>{currency})\s?)?{B}{body}(?:{units}(?![^\W\d_]))?", FLAGS))
    return _Patterns(re.compile(single, FLAGS), tuple(ranges), re.compile(_word_number_regex(lang), FLAGS))


# ---------------------------------------------------------------------------------------------
# Parsing one number


def parse_digits(token: str, lang: str) -> float:
    """"272.000" (nl) -> 272000, "3,5" -> 3.5, "28,000" (en) -> 28000, "272 000" (fr)."""
    token = re.sub(r"[\u00a0\u202f ]", "", token)
    thousands, decimal = (".", ",") if lang in R.DECIMAL_COMMA else (",", ".")
    # A lone separator followed by exactly three digits groups thousands ("1.500" in nl);
    # the other one, or a separator before 1-2 / 4+ digits, is the decimal mark.
    if token.count(thousands) == 1 and token.count(decimal) == 0 and not re.search(rf"\{thousands}\d{{3}}$", token):
        token = token.replace(thousands, decimal)
    return float(token.replace(thousands, "").replace(decimal, "."))


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
    for table, group in ((R.CURRENCY_BEFORE, "cur"), ({**R.UNITS_AFTER[lang], **R.COMMON_UNITS_AFTER}, "unit")):
        word = match.group(group)
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
    if token.lower() in R.ARTICLE_ONES[lang] and not scale:
        return True  # "een", "one", "un": articles and pronouns
    following = text[match.end(group):match.end(group) + 1]
    return token[0].isdigit() and following.isalpha() and not match.group("unit")  # "30e", "1st", "G4"


def _is_year(match: re.Match, value: float) -> bool:
    token = match.group("num")
    return (re.fullmatch(r"(1[89]|20)\d\d", token) is not None and not match.group("unit")
            and not match.group("cur") and not match.group("scale"))


def _single(match: re.Match, text: str, lang: str) -> Quantity | None:
    scale = match.group("scale")
    if _is_bare_article_or_ordinal(match, text, lang, "num", scale):
        return None
    core = _core_value(match.group("num"), lang)
    if core is None or _is_year(match, core):
        return None
    value = core * _scale_factor(scale, lang)
    approx_word = match.group("approx")
    approx = next((v for k, v in R.APPROX[lang].items() if re.fullmatch(k, approx_word, FLAGS)), "exact") if approx_word else "exact"
    low, high = _approx_bounds(value, approx)
    start = match.start("approx") if approx_word else match.start()
    return Quantity(text[start:match.end()], start, match.end(), value, _unit_of(match, lang),
                    "about" if approx == "nearly" else approx, low, high)


def _range(match: re.Match, text: str, lang: str) -> Quantity | None:
    a, b = _core_value(match.group("a"), lang), _core_value(match.group("b"), lang)
    if a is None or b is None:
        return None
    scale = _scale_factor(match.group("scale"), lang)
    a *= _scale_factor(match.group("scale_a"), lang) if match.group("scale_a") else scale
    b *= scale
    if not a < b:
        return None  # "3-2" is a score, "2015-16" a season
    return Quantity(match.group(0), match.start(), match.end(), (a + b) / 2, _unit_of(match, lang), "range", a, b)


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
        from factcheck.claims.times import extract_times

        exclude = [(t.start, t.end) for t in extract_times(text, lang, None)]
    taken = list(exclude)
    found: list[Quantity] = []
    patterns = _patterns(lang)
    for pattern, interpret in [(p, _range) for p in patterns.ranges] + [(patterns.single, _single)]:
        for quantity in _accepted(pattern, interpret, text, lang, taken):
            taken.append((quantity.start, quantity.end))
            found.append(quantity)
    return sorted(found, key=lambda q: q.start)


def _accepted(pattern: re.Pattern, interpret, text: str, lang: str, taken: list[tuple[int, int]]):
    """Matches that interpret to a quantity and overlap nothing taken; after a rejection the
    search resumes one character later ("someone two" -> "two")."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        free = not any(match.start() < end and start < match.end() for start, end in taken)
        quantity = interpret(match, text, lang) if free and match.group(0).strip() else None
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
    slack = min(_rounding_step(q.value) / 2, abs(q.value) * ROUNDING_CAP)
    return q.value - slack, q.value + slack


def _rounding_step(value: float) -> float:
    """10^k for the lowest non-zero digit of an integer value; 0.5 units below that."""
    if value != int(value):
        decimals = len(repr(value).split(".")[1])
        return 10.0 ** -decimals
    number, step = int(abs(value)), 1
    while number and number % 10 == 0:
        number //= 10
        step *= 10
    return float(step)


def quantity_relation(a: Quantity, b: Quantity) -> str:
    """equal | compatible | conflict | incomparable.

    Units must agree where both are known ("%" vs "EUR", "EUR" vs "USD" -> incomparable); a
    number without a unit compares with any unit. equal = same exact value (or same interval);
    compatible = the intervals (see `interval`) overlap; conflict = they do not.
    """
    if a.unit and b.unit and a.unit != b.unit:
        return "incomparable"
    if a.approx == b.approx == "exact" and math.isclose(a.value, b.value, rel_tol=1e-9):
        return "equal"
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    if a.approx == b.approx and (a_low, a_high) == (b_low, b_high):
        return "equal"
    return "compatible" if a_low <= b_high and b_low <= a_high else "conflict"
