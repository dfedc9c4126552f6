"""How sure we are that two figures fill one role: the role each counts (`claims/roles.py`, a facet
of the claim), the same unit, or the words after them read through the dictionaries."""

from __future__ import annotations

from functools import lru_cache

from ..claims.numbers import interval
from ..claims.roles import AGE, GENERIC, PART, PERSONS, Role, fold
from ..model import Quantity

# How sure we are that two figures fill one role (calibrated on comparable_news dev, see
# docs/discrepancies.md): the same specific role word, the same measuring unit, a generic
# count of people on both sides, or one or both roles unknown.
SAME_ROLE = 1.0
SAME_UNIT = 0.8
SAME_SHARE = 0.5  # two percentages: a share of what is rarely said next to the figure
# Degrees with no scale ("bijna 20 graden" / "casi 7 grados"): Fahrenheit, Celsius or an angle, and a
# translator who converts may keep the bare word; the same unit, not surely the same scale.
UNSCALED_DEGREES = 0.6
GENERIC_ROLE = 0.6
ONE_ROLE_UNKNOWN = 0.35
BOTH_UNKNOWN = 0.3
CONFIDENT_ROLE = 0.8


def qualifiers_compatible(a: Role, b: Role, one_sided: bool = False) -> bool:
    """Two counts of one role are one count only for one subgroup: the same qualifiers, or none
    on either side ("Undici morti ad Accumoli" and "86 deaths in Amatrice" are two places).
    `one_sided`: a qualifier only one side states is compatible too."""
    if not a.qualifiers or not b.qualifiers:
        return one_sided or a.qualifiers == b.qualifiers
    return bool(set(a.qualifiers) & set(b.qualifiers))


def role_match(a: Quantity, b: Quantity, role_a: Role, role_b: Role, separate: bool = False) -> float | None:
    """How sure we are that the two figures fill one role; None when they clearly do not.
    `separate`: the claims of separately written articles, not a translation."""
    if role_a.concept and role_b.concept:
        ages = [r.concept.startswith(AGE) for r in (role_a, role_b)]
        if any(ages) and not all(ages):
            # "Jones, 59" against "59 years": an age, and years; perhaps of the same person
            return ONE_ROLE_UNKNOWN if {role_a.concept.split(" ")[0], role_b.concept.split(" ")[0]} <= {"age", "years"} else None
        if role_a.outcome and role_b.outcome and role_a.outcome != role_b.outcome:
            return None  # "22 Kinder starben" / "three children remain in critical condition"
        if separate and role_a.concept == role_b.concept and bool(role_a.outcome) != bool(role_b.outcome):
            # "78 pasajeros murieron" / "218 pasajeros a bordo": those who died are a part of the group.
            # Not in a translation, where an outcome read on one side only is a reading difference
            # (DEMETR test numbers 0.900 -> 0.889 when applied there too).
            return None
        if not qualifiers_compatible(role_a, role_b, one_sided=True):
            return None  # "Undici morti ad Accumoli" / "86 deaths in Amatrice": two subgroups
        parts = [r.concept.startswith(PART) for r in (role_a, role_b)]
        if any(parts):
            # A subset against the whole is no disagreement; two subsets of one count may be two
            # different subsets ("dont 10 blessés graves" / "including 5 children").
            return GENERIC_ROLE if all(parts) and role_a.concept == role_b.concept else None
        if role_a.concept != role_b.concept:
            if _group_exceeds_outcome(a, b, role_a, role_b) or _group_exceeds_outcome(b, a, role_b, role_a):
                return GENERIC_ROLE
            # "people" is every count of persons: weakly the same role as "dead" or "injured".
            persons = {role_a.concept, role_b.concept} - {GENERIC} <= PERSONS
            return ONE_ROLE_UNKNOWN if GENERIC in (role_a.concept, role_b.concept) and persons else None
        return GENERIC_ROLE if role_a.concept == GENERIC else SAME_ROLE
    if a.unit and a.unit == b.unit and a.unit != "people":
        return SAME_SHARE if a.unit == "%" else UNSCALED_DEGREES if a.unit == "°" else SAME_UNIT
    if not (role_a.concept or role_b.concept) and _same_head(role_a, role_b):
        return SAME_UNIT
    if role_a.concept or role_b.concept:
        return ONE_ROLE_UNKNOWN
    return BOTH_UNKNOWN


def _group_exceeds_outcome(group: Quantity, whole: Quantity, group_role: Role, whole_role: Role) -> bool:
    """A count of one group with an outcome ("zeven inzittenden gewond": occupants injured) is part
    of the count of that outcome ("fünf verletzt": all the injured), so it may be smaller ("22 Kinder
    starben" / "28 dead") but never larger: only a part that exceeds the whole is a disagreement."""
    if not group_role.outcome or group_role.outcome != whole_role.concept:
        return False
    return interval(group)[0] > interval(whole)[1]


def _same_head(a: Role, b: Role) -> bool:
    """The words after the two figures translate alike (dictionary glosses, lemmatised):
    a role no role file lists, read through the translation lexicon."""
    return bool(a.word and b.word and _glosses(a.word, a.lang) & _glosses(b.word, b.lang))


@lru_cache(maxsize=20_000)
def _glosses(word: str, lang: str) -> frozenset[str]:
    from .common import _lemma, _senses

    english = [word] if lang == "en" else [g for g in _senses(word, lang) if " " not in g]
    return frozenset(_lemma(fold(g), "en") for g in english)


def describe_role(role: Role) -> str:
    return f" [{role.concept}: “{role.word}”]" if role.concept else ""
