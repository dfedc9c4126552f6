"""Compare: facet-by-facet verdict for each aligned pair -> typed findings with evidence.

Each facet checker returns findings (or none) for one pair; the pair's status follows from the
most severe finding and from whether one side only adds detail. Claims that no pair covers
become `omission` findings, one per paragraph run, not one per line.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .align import ENGLISH_STOPWORDS
from .claims.facets import (
    DOTTED_ACRONYM,
    MODALITY,
    NEGATION,
    ability_only,
    entities,
    is_sentence_start,
    lemma_list_knows,
    lexically_negated,
    negated,
    stances,
)
from .claims.numbers import convertible, interval, quantity_relation
from .claims.times import time_relation
from .model import SEVERITY_RANK, Claim, Document, Entity, Finding, Pair, Quantity, TimeExpr
from .places import english_place_name
from .translate.english_words import common_english_words

# Stances that commit to the claim vs those that hedge it: a change across the two is news.
# "would" (conditional) is left out of both: in reported speech it is the future seen from
# the past ("the government would require access"), so it is only worth a note.
CERTAIN = {"asserted", "future", "obligation"}
UNCERTAIN = {"possibility", "hedged"}
# Below this alignment score a pair is related but not the same statement, so a flipped
# negation there is more likely two different propositions than a contradiction.
STRONG_PAIR = 0.35
# An exclusive 1:1 link needs less: dictionary translation keeps the scores of one and the same
# sentence near 0.25-0.35, and a negation word or a swapped name is too small to move them.
NEGATION_PAIR = 0.25
# A hedged claim this much longer than its certain partner may carry the hedge in a part the
# partner does not cover.
PARTIAL_CLAIM = 1.8
SCOPE_WORDS = 1  # content words after a negation that say what it denies
MAX_SPEAKER_WORDS = 5  # "Deputy Inspector General D.K. Arya"; longer is a clause, not a speaker
ONE_SIDED_BOUNDS = ("more_than", "less_than", "at_least", "at_most")
ROUNDING_SLACK = 0.05  # "more than 300" vs "more than 297": the same bound, rounded
NAME_MATCH = 85  # rapidfuzz ratio at which two spellings are the same name (transliteration)
# Words that carry no identity in a name ("Cabo de Europa", "The Seven Sisters").
NAME_FILLERS = frozenset("the of de del di da la le les los las el il lo der die das von van du des and y e et und s".split())
# Titles and forms of address: they say how a person is named, not who ("Father Johnson" /
# "Eerwaarde Johnson", "St" / "Saint" / "San", "Sen." / "Sénateur").
TITLES = frozenset(
    "mr mrs ms dr st sen rep gov gen prof saint san santa sankt sint herr frau meneer mevrouw monsieur madame mme "
    "senor senora sr sra signor signora sig father pater padre pere eerwaarde reverend rev senator senateur "
    "senador senatore det insp sgt lt col capt cpl supt".split()
)
# English adjectives of places whose spelling does not share a stem with the place ("Welsh
# assembly" = "Nationale Vergadering van Wales"); regular ones (German/Germany, Chinese/China)
# are found as cognates, and the dictionaries render foreign adjectives into these.
DEMONYM_PLACES = {
    "welsh": ("wales",), "british": ("britain", "uk"), "briton": ("britain",), "scottish": ("scotland",),
    "scots": ("scotland",), "english": ("england",), "irish": ("ireland",), "dutch": ("netherlands", "holland"),
    "french": ("france",), "swiss": ("switzerland",), "greek": ("greece",), "danish": ("denmark",),
    "swedish": ("sweden",), "finnish": ("finland",), "polish": ("poland",), "turkish": ("turkey",),
    "spanish": ("spain",), "portuguese": ("portugal",), "norwegian": ("norway",), "belgian": ("belgium",),
    "flemish": ("flanders",), "catalan": ("catalonia",), "basque": ("basque",), "kurdish": ("kurdistan",),
    "filipino": ("philippines",), "peruvian": ("peru",), "thai": ("thailand",), "icelandic": ("iceland",),
}
STATE_ACRONYMS = frozenset("US USA UK GB EU UN VS VK VN EEUU UE ONU UAE VAE EAU RU".split())
ACRONYM_LETTERS = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
CAPITALISED_RUN = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)+")
# Longer acronyms are too rarely spelled out word for word in a translation to be worth trying.
MAX_SPELLED_ACRONYM = 5
EVERY_GLOSS = 5  # glosses per word when every sense of a name's words is wanted (`_every_gloss`)


@dataclass(frozen=True)
class Siblings:
    """The other partners of each claim of a pair: when one side splits a sentence into two
    claims, a figure of the unsplit claim is stated by one of them, not missing. Times are
    left out on purpose: "was to stop today, now moved to 30 December" against "will shut
    down at year's end" must still show the changed deadline (the seed case)."""

    of_left: tuple[Claim, ...] = ()  # right-side claims also paired with the left claim
    of_right: tuple[Claim, ...] = ()
    # Words written together as one full name somewhere in the documents ("Chad Hammel"): one
    # side may call the person by the first name, the other by the surname.
    full_names: frozenset[frozenset[str]] = frozenset()
    # The sentences just before and after each claim's own, in its paragraph: a translator may
    # make two sentences of one ("… didn't come by itself, it dragged cars" / "no llegó solo. …").
    around_left: str = ""
    around_right: str = ""

    def split_sentence(self, left: Claim, right: Claim) -> bool:
        """No siblings, or only the other clauses of the partner's own sentence: one sentence
        split in two, not a bead across sentences, where a name may well be another actor."""
        return all(c.sentence == right.sentence for c in self.of_left) and all(c.sentence == left.sentence for c in self.of_right)


def compare_pairs(pairs: list[Pair], claims: dict[str, Claim]) -> tuple[list[Pair], list[Finding]]:
    judged, findings = [], []
    partners: dict[str, list[str]] = {}
    for pair in pairs:
        partners.setdefault(pair.left, []).append(pair.right)
        partners.setdefault(pair.right, []).append(pair.left)
    full_names = _full_names(claims.values())
    sentences = _sentences_by_paragraph(claims.values())
    for pair in _mark_one_to_one(pairs):
        left, right = claims[pair.left], claims[pair.right]
        siblings = Siblings(tuple(claims[c] for c in partners[pair.left] if c != pair.right),
                            tuple(claims[c] for c in partners[pair.right] if c != pair.left), full_names,
                            _around(left, sentences), _around(right, sentences))
        pair_findings = [f for check in FACET_CHECKS for f in check(left, right, pair, siblings)]
        judged.append(replace(pair, status=_status(pair_findings, left, right)))
        findings.extend(pair_findings)
    return judged, findings


def _sentences_by_paragraph(claims: Iterable[Claim]) -> dict[tuple[str, int], dict[int, str]]:
    found: dict[tuple[str, int], dict[int, str]] = {}
    for claim in claims:
        found.setdefault((claim.doc, claim.paragraph), {})[claim.sentence] = claim.sentence_text
    return found


def _around(claim: Claim, sentences: dict[tuple[str, int], dict[int, str]]) -> str:
    paragraph = sentences.get((claim.doc, claim.paragraph), {})
    return " ".join(paragraph.get(claim.sentence + step, "") for step in (-1, 1)).strip()


def _mark_one_to_one(pairs: list[Pair]) -> list[Pair]:
    """Note in each pair's evidence whether both claims have no other partner: a 1:1 link is
    the aligner's confident reading that the two claims say the same thing."""
    partners: dict[str, int] = {}
    for pair in pairs:
        for claim in (pair.left, pair.right):
            partners[claim] = partners.get(claim, 0) + 1
    return [replace(p, evidence={**p.evidence, "one_to_one": partners[p.left] == partners[p.right] == 1}) for p in pairs]


def _status(findings: list[Finding], left: Claim, right: Claim) -> str:
    if any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK["warning"] for f in findings):
        return "conflict"
    if findings or _adds_detail(left, right) or _adds_detail(right, left):
        return "partial"
    return "agree"


def _adds_detail(a: Claim, b: Claim) -> bool:
    return (bool(a.times) and not b.times) or (bool(a.numbers) and not b.numbers)


def _evidence(left: Claim, right: Claim, facet: str, left_values, right_values, **extra) -> dict:
    return {
        "facet": facet,
        "left_values": left_values,
        "right_values": right_values,
        "left_text": left.text,
        "right_text": right.text,
        "left_sentence": left.sentence_text,
        "right_sentence": right.sentence_text,
        **extra,
    }


def _finding(kind: str, severity: str, left: Claim, right: Claim, message: str, evidence: dict) -> Finding:
    return Finding(type=kind, severity=severity, left=left.id, right=right.id, message=message, evidence=evidence)


# --- times -------------------------------------------------------------------------------

# Relations that mean both sides can describe the same moment: granularity ("in December" vs
# "December 30") is tolerated, only disjoint periods contradict.
TIME_AGREEMENT = ("equal", "contains", "within", "overlap")


def check_times(left: Claim, right: Claim, pair: Pair, _siblings: Siblings) -> list[Finding]:
    """Times that agree are paired off one to one (an equal reading first); a time left over on
    each side that contradicts the other is a changed date. Without a clash among the time
    expressions, years written anywhere in the claims are compared the same way."""
    left_rest, right_rest = _unpaired_times(left.times, right.times)
    clashes = [(a, b, rel) for a in left_rest for b in right_rest if (rel := _time_relation(a, b)) not in TIME_AGREEMENT]
    if not clashes:
        return _year_findings(left, right, pair)
    a, b, relation = min(clashes, key=lambda clash: clash[2] != "disjoint")
    if relation == "unknown" and any(_bare_weekday(t) for t in (a, b)):
        return []  # a bare weekday is resolved by a tense guess: no evidence against a date
    unresolved = [t for t in (a, b) if t.value is None]
    message = f"time differs: {_describe_time(a)} vs {_describe_time(b)}"
    if unresolved:
        message += " (publication date unknown, so the relative time cannot be resolved"
        message += "; the two differ whatever it is)" if relation == "disjoint" else ")"
    evidence = _evidence(left, right, "times", [_time_value(t) for t in left.times], [_time_value(t) for t in right.times], relation=relation)
    return [_finding("time_mismatch", _contradiction_severity(relation == "disjoint", pair), left, right, message, evidence)]


def _contradiction_severity(checkable: bool, pair: Pair) -> str:
    """error: a checkable contradiction on a confident pair; warning: a probable one; info: the
    pair itself is loose, so the claims may simply state different things."""
    if not _confident(pair):
        return "info"
    return "error" if checkable else "warning"


def _unpaired_times(left: list[TimeExpr], right: list[TimeExpr]) -> tuple[list[TimeExpr], list[TimeExpr]]:
    """One-to-one pairing of agreeing times, equal readings first ("aujourd'hui mardi 15 octobre"
    vs "today, Tuesday 18 October" keeps 15 / 18 October apart although "today" agrees)."""
    left_rest, right_rest = list(left), list(right)
    for accepted in (("equal",), TIME_AGREEMENT):
        for a in list(left_rest):
            partner = next((b for b in right_rest if _time_relation(a, b) in accepted), None)
            if partner is not None:
                left_rest.remove(a)
                right_rest.remove(partner)
    return left_rest, right_rest


WEEKDAY_ANCHOR = re.compile(r"(?:(?P<shift>[\w+-]+):)?weekday:(?P<day>\d)")


def _bare_weekday(t: TimeExpr) -> bool:
    match = WEEKDAY_ANCHOR.fullmatch(t.anchor or "")
    return bool(match and not match.group("shift"))


def _time_relation(a: TimeExpr, b: TimeExpr) -> str:
    weekdays = WEEKDAY_ANCHOR.fullmatch(a.anchor or ""), WEEKDAY_ANCHOR.fullmatch(b.anchor or "")
    if all(weekdays) and (_bare_weekday(a) or _bare_weekday(b)):
        # "on Sunday" vs "next Sunday": whether a bare weekday lies before or after publication is
        # a guess from tense, so two weekdays compare by name.
        return "equal" if weekdays[0].group("day") == weekdays[1].group("day") else "disjoint"
    relation = time_relation(a, b)
    if relation == "unknown" and a.value is None and b.value is None:
        return _anchor_relation(a.anchor, b.anchor)
    return relation


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
    spoken_by = claim.attribution.text if claim.attribution else ""
    return YEAR.findall(f"{claim.text} {spoken_by}")


def _anchor_relation(a: str | None, b: str | None) -> str:
    """Two unresolved expressions still compare when both are read against the same (unknown)
    publication date: "15 octobre" vs "18 October" (same year), "vor zwei Monaten" vs "five
    months ago" (same distance unit) differ whatever that date is."""
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
        return f"“{t.text}” ({t.anchor or 'relative'}, unresolved)"
    return f"“{t.text}” ({'= ' if t.relative else ''}{_time_span(t)})"


def _time_span(t: TimeExpr) -> str:
    """The value, or the narrower interval when there is one ("at year's end" is not all of 2015)."""
    if t.earliest and t.latest and (t.earliest, t.latest) != _natural_bounds(t.value or ""):
        return t.earliest if t.earliest == t.latest else f"{t.earliest} to {t.latest}"
    return t.value or ""


def _natural_bounds(value: str) -> tuple[str, str]:
    """First and last day of an ISO year ("2015") or month ("2015-12"); a day is its own bound."""
    import calendar

    if len(value) == 4 and value.isdigit():
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7 and value[:4].isdigit() and value[5:].isdigit():
        last = calendar.monthrange(int(value[:4]), int(value[5:]))[1]
        return f"{value}-01", f"{value}-{last:02d}"
    return value, value


def _time_value(t: TimeExpr) -> dict:
    return {"text": t.text, "value": t.value, "relative": t.relative, "earliest": t.earliest, "latest": t.latest, "anchor": t.anchor}


# --- numbers -----------------------------------------------------------------------------


def check_numbers(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """Numbers that agree are paired off one to one; what is left on both sides and measures
    the same kind of thing is a changed figure. A number only one side gives is detail."""
    left_rest, right_rest = _unpaired_quantities(left.numbers, right.numbers)
    left_rest = _unpaired_quantities(left_rest, [q for c in siblings.of_left for q in c.numbers])[0]
    right_rest = _unpaired_quantities(right_rest, [q for c in siblings.of_right for q in c.numbers])[0]
    clashes = [(a, b, verdict) for a in left_rest for b in right_rest if (verdict := _number_verdict(a, b)) in ("conflict", "differ")]
    if not clashes:
        return []
    a, b, verdict = min(clashes, key=lambda clash: clash[2] != "conflict")
    severity = "error" if verdict == "conflict" else "warning"
    evidence = _evidence(left, right, "numbers", [_number_value(q) for q in left.numbers], [_number_value(q) for q in right.numbers])
    message = f"number differs: “{a.text}” ({_describe_quantity(a)}) vs “{b.text}” ({_describe_quantity(b)})"
    return [_finding("number_mismatch", severity, left, right, message, evidence)]


def _unpaired_quantities(left: list[Quantity], right: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Greedy one-to-one pairing of agreeing quantities ("6 and 6 Plus" vs "6 and 7 Plus" keeps 6 / 7)."""
    unused = list(right)
    rest = []
    for a in left:
        partner = next((b for b in unused if _number_verdict(a, b) == "agree"), None)
        if partner is None:
            rest.append(a)
        else:
            unused.remove(partner)
    return rest, unused


def _number_verdict(a: Quantity, b: Quantity) -> str:
    """agree | differ (probably another figure) | conflict | unrelated.

    Rounding is tolerated through `interval` ("297" ~ "300"); intervals that only touch do not
    count as overlapping ("14" vs "15"). An exact figure must itself lie in an approximate one
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
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    if max(a_low, b_low) >= min(a_high, b_high) and not (a_low == a_high == b_low == b_high):
        return "conflict"
    if a.approx == b.approx and a.approx in ONE_SIDED_BOUNDS:
        return "agree" if relation == "compatible" and _values_agree(a.value, b.value) else "differ"
    if a.approx == b.approx == "range":
        return "agree" if _same_bounds(a, b) else "differ"
    exact, approximate = (a, b) if a.approx == "exact" else (b, a)
    if exact.approx == "exact" and approximate.approx != "exact":
        low, high = interval(approximate)
        return "agree" if low <= exact.value <= high else "differ"
    return "agree"


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


def _describe_quantity(q: Quantity) -> str:
    unit = f" {q.unit}" if q.unit else ""
    if q.approx == "range":
        return f"{q.low:g}–{q.high:g}{unit}"
    return f"{q.approx.replace('_', ' ')} {q.value:g}{unit}" if q.approx != "exact" else f"{q.value:g}{unit}"


def _number_value(q: Quantity) -> dict:
    return {"text": q.text, "value": q.value, "unit": q.unit, "approx": q.approx, "low": q.low, "high": q.high}


# --- names -------------------------------------------------------------------------------


def check_entities(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """A different actor in the same role: each side names someone the other side does not
    mention at all (not as a name, not in its text, its English rendering or the dictionary
    rendering of its names), while the rest of the claims aligned. A name only one side gives
    is detail, not a conflict. Acronyms are compared only with acronyms: "NATO"/"OTAN"/"NAVO",
    "US"/"VS"/"EE.UU." are one name in several languages, and an expansion is no swap."""
    left_speaker, right_speaker = _unmatched_speaker(left, right, pair), _unmatched_speaker(right, left, pair)
    speakers = left_speaker + right_speaker
    # A name of one claim may sit in the other half of a split bead, on the other side.
    left_only = _unmentioned(_names(left) + left_speaker, left, (right, *siblings.of_left))
    right_only = _unmentioned(_names(right) + right_speaker, right, (left, *siblings.of_right))
    # A speaker one side leaves out is common ("…, Beard said"): it clashes only with a name
    # of its own kind (a person with a person), not with whatever the other claim names.
    clash = next(((a, b) for a in left_only for b in right_only
                  if _same_kind_of_name(a, b) and (a.type == b.type or not {a, b} & set(speakers))
                  and not _one_full_name(a, b, siblings.full_names)), None)
    if clash is None:
        return []
    a, b = clash
    evidence = _evidence(left, right, "entities", [e.text for e in left.entities], [e.text for e in right.entities], differing=[a.text, b.text])
    message = f"different name: “{a.text}” vs “{b.text}”"
    if _confident(pair) and siblings.split_sentence(left, right):
        return [_finding("entity_mismatch", "warning", left, right, message, evidence)]
    # A loose link: more likely two statements than one name swapped.
    return [_finding("entity_mismatch", "info", left, right, message + " (the claims may be about different things)", evidence)]


def _full_names(claims: Iterable[Claim]) -> frozenset[frozenset[str]]:
    """Two or three capitalised words in a row ("Chad Hammel", "Elin Jones"); longer runs are
    headlines or institutions ("Hurricane Rosa Threatening Phoenix"), not one person."""
    sentences = {claim.sentence_text for claim in claims}
    runs = (match.group(0).split() for sentence in sentences for match in CAPITALISED_RUN.finditer(sentence))
    return frozenset(frozenset(map(str.lower, run)) for run in runs if 2 <= len(run) <= 3)


def _one_full_name(a: Entity, b: Entity, full_names: frozenset[frozenset[str]]) -> bool:
    words = frozenset(word.lower() for word in (*a.text.split(), *b.text.split()))
    return any(words <= name for name in full_names)


def _names(claim: Claim) -> list[Entity]:
    """The claim's names that carry identity: titles alone ("Mr", "Sen.") and capitalised
    common words ("Het", "Commissione", which the dictionary renders as "the", "commission")
    and currencies of amounts ("26.750 US-Dollar", "26 750 USD") are left out. A speaker is
    compared by `check_attribution`, in its own role."""
    return [e for e in claim.entities if _name_words(e.text) and not _common_word_in(e.text, claim)
            and not _in_amount(e, claim) and not _function_words_only(e.text, claim.lang)]


def _function_words_only(text: str, lang: str) -> bool:
    """"That", "Questo" (this) capitalised where the segmenter joined two lines: no name."""
    words = re.findall(r"\w+", text)
    return not _acronym(text) and all(
        all(gloss.lower() in ENGLISH_STOPWORDS for gloss in _senses(word, lang) or (word,)) for word in words)


def _in_amount(entity: Entity, claim: Claim) -> bool:
    return any(q.start <= entity.start < q.end for q in claim.numbers)


def _common_word_in(text: str, claim: Claim) -> bool:
    """Only German capitalises common nouns: elsewhere a capital inside a sentence marks a name
    even when the dictionary knows a homonym ("Mangola", "Labour" -> "tillage")."""
    inside = claim.lang != "de" and not is_sentence_start(claim.sentence_text, max(claim.sentence_text.find(text), 0))
    return not inside and _common_word(text, claim.lang)


def _unmatched_speaker(claim: Claim, other: Claim, pair: Pair) -> list[Entity]:
    """The names in the claim's speaker when the other claim has none: one language reports
    "said Formula 1 boss Chase Carey", the other keeps the name inside the clause, so the
    speaker is compared as a name of the claim (`check_attribution` needs both speakers).
    Only on an exclusive 1:1 pair: with a claim split in two, the speaker may sit elsewhere."""
    if not claim.attribution or other.attribution or not pair.evidence.get("one_to_one"):
        return []
    source = claim.attribution.source
    at = max(claim.sentence_text.find(source), 0)
    return [e for e in entities(source, at, claim.sentence_text, claim.lang, set()) if not _common_word(e.text, claim.lang)]


def _common_word(text: str, lang: str) -> bool:
    if lang == "en" or _acronym(text) or len(text.split()) > 1:
        return False
    translation = next(iter(_renderings(text, lang)), text)
    return translation == translation.lower()


def _acronym(text: str) -> str | None:
    """"U.S." -> "US", "AMs" -> "AM", "EE. UU." -> "EEUU", "I. A." -> "IA"; None for other names."""
    letters = re.sub(r"['’]s$|(?<=[A-Z])s$", "", re.sub(r"\.\s*", "", text))
    return letters if ACRONYM_LETTERS.fullmatch(letters) else None


def _same_kind_of_name(a: Entity, b: Entity) -> bool:
    acronym_a, acronym_b = _acronym(a.text), _acronym(b.text)
    if acronym_a and acronym_b:
        return not set(acronym_a) & set(acronym_b)  # "EU"/"UE", "NATO"/"NAVO": one name
    if acronym_a or acronym_b:
        # An acronym against a written-out name: a swap only when the name's initials share no
        # letter with it ("US" / "France"); "OTAN" / "Atlantic Alliance" may be an expansion,
        # and the countries and unions below are often written as an adjective ("Amerikaanse",
        # "British", "européen") that shares no initial with them.
        acronym, name = (acronym_a, b.text) if acronym_a else (acronym_b, a.text)
        initials = {word[0].upper() for word in re.findall(r"\w+", name)}
        return acronym not in STATE_ACRONYMS and not initials & set(acronym)
    return True


@lru_cache(maxsize=50_000)
def _renderings(text: str, lang: str) -> tuple[str, ...]:
    """The English a whole name may take: the CLDR country name, the dictionary's translation
    of the name and of each of its words ("Neapel" -> "Naples", "Rode Kruis" -> "Red Cross")."""
    if lang == "en":
        return ()
    from .translate.lexicon import LexiconTranslator

    translator = LexiconTranslator()
    (phrase,) = translator.translate([text], lang)
    words = " ".join(translator.translate(text.split(), lang)) if " " in text else ""
    return tuple(r for r in (english_place_name(text, lang), phrase, words) if r)


@lru_cache(maxsize=50_000)
def _every_gloss(text: str, lang: str) -> str:
    """The name translated with every gloss of each word, parts of compounds included: a name
    may use another sense of a part ("Beleidsonderzoek": policy investigation / research)."""
    if lang == "en":
        return ""
    from .translate.lexicon import LexiconTranslator

    (glosses,) = LexiconTranslator(glosses=EVERY_GLOSS).translate([text], lang)
    return glosses


@lru_cache(maxsize=50_000)
def _senses(word: str, lang: str) -> tuple[str, ...]:
    """Every gloss of a word ("Comercio" -> business / trade / commerce): the translator keeps
    the first sense, a name may use another ("Ministry of Economy, Trade and Industry")."""
    if lang == "en":
        return ()
    from .translate.lexicon import load_lexicon

    entries = load_lexicon(lang).entries
    word = word.lower()
    # The inflected form and its lemma may have other glosses ("Schotse": Scotswoman; "schots": Scottish).
    return tuple(dict.fromkeys((*entries.get(word, ()), *entries.get(_lemma(word, lang), ()))))


def _confident(pair: Pair) -> bool:
    """The aligner is sure both claims state the same thing: a strong score, an exclusive 1:1
    link that is not a marginal one, or a bead of the monotone path of a parallel text, 1:1 or
    one claim split in two on one side (dictionary translation keeps the similarity of a
    faithful translation low). Names, dates and figures are looked for in the whole bead."""
    return pair.evidence.get("method") == "path" or _confident_one_to_one(pair)


def _confident_one_to_one(pair: Pair) -> bool:
    """As `_confident`, but a split bead does not count: a negation or a hedge of the unsplit
    sentence may sit in the other half, so stance is only compared between whole partners."""
    if pair.score >= STRONG_PAIR:
        return True
    exclusive = bool(pair.evidence.get("one_to_one"))
    return exclusive and (pair.score >= NEGATION_PAIR or pair.evidence.get("method") == "path")


@dataclass
class OtherSide:
    """What the other claims (a partner and its siblings) offer to find a name of `own` in:
    their words (`_vocabulary`), their acronyms, and their runs of content words."""

    own: Claim
    others: tuple[Claim, ...]

    @cached_property
    def vocabulary(self) -> list[str]:
        return [word for other in self.others for word in _vocabulary(other)]

    @cached_property
    def acronyms(self) -> set[str]:
        return {acronym for other in self.others for e in _names(other) if (acronym := _acronym(e.text))}

    @cached_property
    def initial_runs(self) -> list[list[set[str]]]:
        """Runs of the other side's words as initials, where a word the own claim already
        expresses is blank: it translates a word of its own, not an acronym ("Fronteras" is
        the "Frontières" of "Médecins Sans Frontières", not the F of a swapped "FIFA")."""
        own = _vocabulary(self.own)
        return [[set() if _word_found(word, lang, own) else initials for word, lang, initials in run]
                for other in self.others for run in _word_runs(other)]


def _unmentioned(names: list[Entity], own: Claim, others: tuple[Claim, ...]) -> list[Entity]:
    side = OtherSide(own, others)
    return [e for e in names if not _mentioned(e, own.lang, side)]


def _mentioned(entity: Entity, lang: str, side: OtherSide) -> bool:
    """Is the name in the other claims, spelled alike (transliteration, translation of its
    words: "Stati Uniti" / "United States", "Operación Dragón" / "Operation Dragon")? The head
    (last word) must be found, or two thirds of the name's words; the name as written or its
    dictionary rendering. An acronym, alone or in a name ("Labour MP"), by `_acronym_found`."""
    acronym = _acronym(entity.text)
    if acronym:
        return _acronym_found(acronym, side)
    tokens = [token for token in _name_tokens(entity.text) if _name_words(token)]
    proper = {_fold(token) for token in tokens if not _acronym(token) and _proper_word(token, lang)}
    for reading in (_name_words(r) for r in _renderings(entity.text, lang)):
        if reading and _identified(reading, [_words_found([word], side.vocabulary) for word in reading], proper):
            return True
    found = [_token_found(token, lang, side, in_phrase=len(tokens) > 1) for token in tokens]
    return bool(tokens) and _identified([_fold(token) for token in tokens], found, proper)


def _token_found(token: str, lang: str, side: OtherSide, in_phrase: bool) -> bool:
    """A word of a name: by `_word_found`, an acronym by `_acronym_found`, and a demonym before
    a noun by its place ("Welsh Parliament" / "Parlamento de Gales"; a bare "Welsh" stands for
    something unnamed, "the Welsh assembly", whose swap it must not hide)."""
    if _word_found(token, lang, side.vocabulary):
        return True
    if (acronym := _acronym(token)) and _acronym_found(acronym, side):
        return True
    places = DEMONYM_PLACES.get(token.lower(), ()) if in_phrase and lang == "en" else ()
    return any(_words_found(_name_words(place), side.vocabulary) for place in places)


def _name_tokens(text: str) -> list[str]:
    """Words of a name, a dotted acronym as one ("U.S. Defense Department": "U.S.", ...)."""
    return re.findall(rf"{DOTTED_ACRONYM.pattern}|\w+", text)


def _acronym_found(acronym: str, side: OtherSide) -> bool:
    """Any acronym of the other side sharing a letter ("NATO" / "OTAN"), or words of the other
    side whose initials spell it, in any order ("AM" / "Miembro de la Asamblea", "AI" /
    "inteligencia artificial", German compounds through their translation: "national assembly member")."""
    return any(set(acronym) & set(other) for other in side.acronyms) or any(
        _spells(acronym, run) for run in side.initial_runs)


def _spells(acronym: str, run: list[set[str]]) -> bool:
    """Some window of the run, one word per letter and at most one word more ("leden van de
    Nationale Vergadering" for "AM"), has a distinct word for each letter of the acronym."""
    if len(acronym) > MAX_SPELLED_ACRONYM:
        return False
    return any(_assign(acronym, run[start:start + size])
               for size in (len(acronym), len(acronym) + 1) for start in range(len(run) - size + 1))


def _assign(letters: str, words: list[set[str]]) -> bool:
    if not letters:
        return True
    return any(letters[0] in initials and _assign(letters[1:], words[:i] + words[i + 1:])
               for i, initials in enumerate(words))


def _word_runs(claim: Claim) -> list[list[tuple[str, str, set[str]]]]:
    """The claim's sentence and its translation as runs of content words (word, language,
    initials in upper case); a word of the sentence has the initials of its dictionary senses
    too ("Asamblea": A for assembly)."""
    texts = [(claim.sentence_text, claim.lang)] + ([(claim.translation or "", "en")] if claim.lang != "en" else [])
    return [[(word, lang, _initials(word, lang)) for word in _content_words(text, lang)] for text, lang in texts]


def _content_words(text: str, lang: str) -> list[str]:
    """Function words ("that", Dutch "die" for "that") spell no acronym."""
    return [word for word in re.findall(r"\w+", text) if all(map(_content_word, (word, *_senses(word, lang))))]


def _content_word(word: str) -> bool:
    return len(word) >= 3 and word.lower() not in NAME_FILLERS and word.lower() not in ENGLISH_STOPWORDS


def _initials(word: str, lang: str) -> set[str]:
    return {w[0].upper() for w in (word, *_senses(word, lang))}


def _identified(words: list[str], found: list[bool], proper: set[str]) -> bool:
    """Enough of the name is found (its head, or two thirds of its words), and one of its
    proper words, which no dictionary translates, if it has any: common words alone ("Show"
    in "The Tracy Ullman Show", "Adjunct Professor" before "Marco") do not identify a name."""
    proper_found = [hit for word, hit in zip(words, found) if word in proper]
    return _enough_found(found) and (not proper_found or any(proper_found))


def _proper_word(token: str, lang: str) -> bool:
    """A word only a name uses: no common English word, the dictionary has no common sense for
    it ("Taipei" -> "Taipei"), and the language's lemma list does not know it either (our
    Italian dictionary lacks "Giustizia")."""
    common_senses = [sense for sense in _senses(token, lang) if sense != sense.capitalize()]
    return not _common_word_of_english(token) and not common_senses and not _word_of(token, lang)


def _word_of(token: str, lang: str) -> bool:
    """simplemma knows the word in this language (English is judged by `common_english_words`)."""
    return lang != "en" and bool(lemma_list_knows(token.lower(), lang))


def _fold(token: str) -> str:
    return "".join(_name_words(token))


def _word_found(token: str, lang: str, vocabulary: list[str]) -> bool:
    """One word of a name, as written or in any of its senses ("Hermanas" -> sisters)."""
    forms = (_name_words(form) for form in (token, *_senses(token, lang)))
    return any(_words_found(words, vocabulary) for words in forms if words)


def _vocabulary(claim: Claim) -> list[str]:
    # The whole sentence counts: a clause split can leave the name in the neighbouring clause.
    renderings = [r for e in claim.entities for r in _renderings(e.text, claim.lang)]
    senses = [sense for e in claim.entities for token in e.text.split() for sense in _senses(token, claim.lang)]
    senses += [_every_gloss(e.text, claim.lang) for e in claim.entities]
    words = _name_words(" ".join([claim.sentence_text, claim.translation or "", *(e.text for e in claim.entities), *renderings, *senses]))
    words += [place for word in words for place in DEMONYM_PLACES.get(word, ())]
    return words + _english_lemmas(tuple(words)) if claim.lang == "en" else words


@lru_cache(maxsize=20_000)
def _english_lemmas(words: tuple[str, ...]) -> list[str]:
    """"Allies" -> "ally": the dictionary renders a foreign name in the singular."""
    return [lemma for word in words if (lemma := _lemma(word, "en")) != word]


@lru_cache(maxsize=50_000)
def _lemma(word: str, lang: str) -> str:
    import simplemma

    try:
        return simplemma.lemmatize(word, lang=lang)
    except ValueError:  # a language simplemma does not know
        return word


def _words_found(words: list[str], vocabulary: list[str]) -> bool:
    return _enough_found([any(_cognate(word, candidate) for candidate in vocabulary) for word in words])


def _enough_found(found: list[bool]) -> bool:
    """The head (last word) of a name, or two thirds of its words."""
    return found[-1] or sum(found) * 3 >= len(found) * 2


def _common_word_of_english(token: str) -> bool:
    return token.lower() in common_english_words()


def _cognate(a: str, b: str) -> bool:
    """Same name across languages: close spelling ("Siria"/"Syria"), a shared stem
    ("Argentinien"/"Argentina", "Stati"/"States") or one inside the other ("Südkorea"/"Korea")."""
    if min(len(a), len(b)) < 5:
        # Short words differ by one letter too easily ("est"/"west", "ira"/"iran"): only an
        # identical word or, below, a stem shared with a longer one.
        if a == b:
            return True
    elif _same_initial(a, b) and _spelling_distance(a, b) <= min(len(a), len(b)) // 5:
        # One changed letter in five ("Siria"/"Syria"); a moved letter is two changes
        # ("uniti"/"until"), another initial another word ("saving"/"having").
        return True
    shorter, longer = sorted((a, b), key=len)
    stem = len(os.path.commonprefix([a, b]))
    # A plural inside a compound keeps its own ending ("Turks" in "Deutschtürken").
    inside = shorter in longer or (len(shorter) > 4 and shorter.removesuffix("s") in longer)
    return len(shorter) >= 4 and (stem >= max(4, 0.6 * len(shorter)) or inside)


def _spelling_distance(a: str, b: str) -> int:
    # A genitive or plural "s" is no other name ("Bischkeks"/"Bishkek").
    return min(Levenshtein.distance(x, y) for x in (a, a.removesuffix("s")) for y in (b, b.removesuffix("s")))


def _same_initial(a: str, b: str) -> bool:
    # c, k and q spell one sound across our languages: "Corea"/"Korea", "Katar"/"Qatar".
    return a[0] == b[0] or {a[0], b[0]} <= set("ckq")


def _name_words(text: str) -> list[str]:
    text = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", text)  # "U.S" -> "US", "K.o." -> "Ko."
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return [w for w in re.findall(r"\w+", folded) if w not in NAME_FILLERS and w not in TITLES]


def _same_name(x: str, y: str) -> bool:
    return fuzz.token_set_ratio(x.lower(), y.lower()) >= NAME_MATCH or fuzz.partial_ratio(x.lower(), y.lower()) >= 95


# --- polarity and modality -----------------------------------------------------------------


def check_polarity(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """One side negates, the other does not. Not a contradiction when the plain side's sentence
    carries the negation in a clause this claim leaves out (clauses are split differently in
    each language); only a note when a translation more likely rephrased it (`_rephrased_negation`)
    or when the pair itself is loose."""
    if left.negated == right.negated:
        return []
    negated_claim, plain = (left, right) if left.negated else (right, left)
    if negated(plain.sentence_text, plain.lang):
        return []
    evidence = _evidence(left, right, "negated", left.negated, right.negated)
    message = f"one side negates the claim ({negated_claim.id}), the other does not ({plain.id})"
    around = siblings.around_right if plain is right else siblings.around_left
    note = _rephrased_negation(negated_claim, plain, around)
    if note is None and not _confident_one_to_one(pair):
        note = "; the claims may state different things"
    return [_finding("polarity_mismatch", "info" if note else "warning", left, right, message + (note or ""), evidence)]


def _rephrased_negation(negated_claim: Claim, plain: Claim, around: str) -> str | None:
    """Why the plain side may say the same thing after all, or None."""
    if lexically_negated(plain.sentence_text, plain.lang):
        return "; the other side may negate with a word"  # "unbeaten" / "nog geen nederlaag"
    if len(negated_claim.sentence_text) > len(plain.sentence_text) and negated(around, plain.lang):
        return "; the negation may sit in the neighbouring sentence (one sentence made two)"
    denied = _scope_words(negated_claim.text, negated_claim.lang, _negation_cues(negated_claim.lang))
    if denied and plain.lang == "en" and not _stated_in(denied, negated_claim.lang, plain):
        # "L'intérêt n'a pas faibli" / "Interest remained high": what is denied is not said on
        # the other side, so the translation most likely rephrased the negation.
        return f"; “{denied[0]}” has no counterpart on the other side: the negation may be rephrased"
    return None


def check_modality(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    labels = {left.modality, right.modality}
    if len(labels) == 1:
        return []
    evidence = _evidence(left, right, "modality", left.modality, right.modality)
    message = f"stated as {left.modality} vs {right.modality}"
    if labels & CERTAIN and labels & UNCERTAIN:
        hedged_claim, certain = (left, right) if left.modality in UNCERTAIN else (right, left)
        around = siblings.around_right if certain is right else siblings.around_left
        judged = _hedge_severity(hedged_claim, certain, around, pair)
        if judged is None:
            return []
        severity, note = judged
        return [_finding("modality_mismatch", severity, left, right, message + note, evidence)]
    if "conditional" in labels and labels & CERTAIN and pair.score >= STRONG_PAIR:
        return [_finding("modality_mismatch", "info", left, right, message + " (may be reported speech)", evidence)]
    return []


def _negation_cues(lang: str) -> str:
    return NEGATION[lang] + (r"|\w+n['’]t" if lang == "en" else "")  # "didn't", "wasn't"


def _scope_words(text: str, lang: str, cue_pattern: str) -> list[str]:
    """What a negation denies: the first content words after each cue ("did not
    *run*", "n'a pas *faibli*", "nicht *erreichen*"); when nothing follows ("de regering steunt
    het niet"), every content word before it, since the verb may be anywhere there."""
    # Modal and auxiliary verbs are skipped with the cues: "no podía ser" denies "ser".
    cue = re.compile(rf"(?:{cue_pattern}|{_modal_verbs(lang)})", re.I)
    scope: list[str] = []
    for match in re.finditer(rf"(?<![\w'’])(?:{cue_pattern})(?![\w'’])", text, re.I):
        after = re.findall(r"\w[\w'’-]*", text[match.end():])
        before = re.findall(r"\w[\w'’-]*", text[:match.start()])
        following = [w for w in after if _denied_word(w, lang, cue)][:SCOPE_WORDS]
        scope += following or [w for w in before if _denied_word(w, lang, cue)]
    return scope


@lru_cache(maxsize=None)
def _modal_verbs(lang: str) -> str:
    # Not the future or conditional: in French, Spanish and Italian those are verb endings.
    return "|".join(MODALITY[stance][lang] for stance in ("obligation", "possibility", "ability") if lang in MODALITY[stance])


def _denied_word(word: str, lang: str, cue: re.Pattern) -> bool:
    """Not a cue itself, nor a function word: in English not a stopword, elsewhere a word whose
    main (first) dictionary sense is not made of stopwords ("sie" -> she, "era" -> was)."""
    if cue.fullmatch(word) or len(word) < 3 or word.lower() in ENGLISH_STOPWORDS:
        return False
    senses = _senses(word, lang)
    return not senses or any(w not in ENGLISH_STOPWORDS for w in senses[0].lower().split())


def _stated_in(words: list[str], lang: str, other: Claim) -> bool:
    """Does the other claim's sentence say one of the words: as written, in a dictionary sense
    of its words, or by a word the dictionary translates so ("gespielt" for "played")? Also
    true when the dictionaries cannot tell (a word they do not know): then nothing is ruled out."""
    forms = {form for word in words for form in _english_forms(word, lang)}
    by_source = _source_words_for(tuple(sorted(forms)), other.lang)
    if (lang != "en" and not any(_senses(word, lang) for word in words)) or (other.lang != "en" and not by_source):
        return True
    vocabulary = _sentence_vocabulary(other)
    if any(_cognate(form, candidate) for form in forms for candidate in vocabulary):
        return True
    written = {w for word in re.findall(r"\w+", other.sentence_text.lower()) for w in (word, _lemma(word, other.lang))}
    return bool(written & by_source)


@lru_cache(maxsize=20_000)
def _source_words_for(english: tuple[str, ...], lang: str) -> frozenset[str]:
    """Headwords of the language's dictionary with one of these English words in a sense."""
    if lang == "en":
        return frozenset()
    index = _reverse_lexicon(lang)
    return frozenset(word for form in english for word in index.get(form, ()))


@lru_cache(maxsize=None)
def _reverse_lexicon(lang: str) -> dict[str, tuple[str, ...]]:
    """English word -> the headwords whose senses use it (built once, about 0.3 s for German)."""
    from .translate.lexicon import load_lexicon

    index: dict[str, list[str]] = {}
    for word, senses in load_lexicon(lang).entries.items():
        for english in {w for sense in senses for w in sense.lower().split()}:
            index.setdefault(english, []).append(word)
    return {english: tuple(words) for english, words in index.items()}


def _english_forms(word: str, lang: str) -> list[str]:
    senses = [w for sense in _senses(word, lang) for w in _name_words(sense) if w not in ENGLISH_STOPWORDS]
    forms = _name_words(word) + senses
    return forms + [_lemma(form, "en") for form in forms]


def _sentence_vocabulary(claim: Claim) -> list[str]:
    words = _name_words(f"{claim.sentence_text} {claim.translation or ''}")
    # Looked up as written: folding accents first would lose "kämpfen" -> fight.
    written = set(re.findall(r"\w+", claim.sentence_text.lower()))
    senses = [w for word in written for sense in _senses(word, claim.lang) for w in _name_words(sense)]
    return words + senses + [_lemma(word, "en") for word in words + senses]


def _hedge_severity(hedged: Claim, certain: Claim, around: str, pair: Pair) -> tuple[str, str] | None:
    """(severity, note) of a hedge only one side has, or None when the other side hedges too."""
    if ability_only(hedged.text, hedged.lang):
        return None  # "can be heard" / "se oye": translators add and drop ability freely
    if stances(certain.sentence_text, certain.lang) & UNCERTAIN:
        return None  # the hedge sits in a clause of the other sentence this claim leaves out
    if len(hedged.sentence_text) > len(certain.sentence_text) and stances(around, certain.lang) & UNCERTAIN:
        return "info", " (the hedge may sit in the neighbouring sentence)"
    # On a loose pair, or next to a much longer claim, a different stance is more likely a
    # different statement.
    partial = len(hedged.text) > PARTIAL_CLAIM * len(certain.text)
    return ("warning" if _confident_one_to_one(pair) and not partial else "info"), ""


# --- attribution ---------------------------------------------------------------------------


def check_attribution(left: Claim, right: Claim, pair: Pair, _siblings: Siblings) -> list[Finding]:
    a, b = left.attribution, right.attribution
    if not a or not b:
        return []
    if not _same_name(a.source, b.source):
        if _is_generic_source(a.source) or _is_generic_source(b.source):
            return []
        evidence = _evidence(left, right, "attribution", a.source, b.source)
        return [_finding("attribution_mismatch", "warning", left, right, f"attributed to “{a.source}” vs “{b.source}”", evidence)]
    if (a.role or "").lower() != (b.role or "").lower():
        # "Chief Operating Officer Marty Beard" vs "Marty Beard van het bedrijf": the same
        # speaker described differently is missing detail, not a conflict.
        evidence = _evidence(left, right, "attribution", _source_text(a), _source_text(b))
        message = f"the speaker is described differently: “{_source_text(a)}” vs “{_source_text(b)}”"
        return [_finding("attribution_mismatch", "info", left, right, message, evidence)]
    return []


def _is_generic_source(source: str) -> bool:
    """"the company", or a span too long to be a name (a clause the attribution rule swallowed)."""
    return not source[:1].isupper() or len(source.split()) > MAX_SPEAKER_WORDS


def _source_text(attribution) -> str:
    """As the article wrote it: a title goes before the name ("Chief Operating Officer Marty
    Beard"), a lowercase phrase after it ("Marty Beard van het bedrijf")."""
    if not attribution.role:
        return attribution.source
    if attribution.role[:1].islower():
        return f"{attribution.source} {attribution.role}"
    return f"{attribution.role} {attribution.source}"


FACET_CHECKS: tuple[Callable[[Claim, Claim, Pair, Siblings], list[Finding]], ...] = (
    check_times,
    check_numbers,
    check_entities,
    check_polarity,
    check_modality,
    check_attribution,
)


# --- omissions -----------------------------------------------------------------------------


def omissions(unmatched: Iterable[Claim], documents: list[Document]) -> list[Finding]:
    """One `omission` per run of unmatched claims in the same paragraph of one document."""
    by_paragraph: dict[tuple[str, int], list[Claim]] = {}
    for claim in unmatched:
        by_paragraph.setdefault((claim.doc, claim.paragraph), []).append(claim)
    others = {d.id: [o.id for o in documents if o.id != d.id] for d in documents}
    findings = []
    for (doc, paragraph), claims in by_paragraph.items():
        missing_in = ", ".join(others.get(doc, [])) or "the other articles"
        message = f"only {doc} says this (paragraph {paragraph + 1}, {len(claims)} claim(s)); not found in {missing_in}"
        evidence = {"claims": [c.id for c in claims], "texts": [c.text for c in claims], "paragraph": paragraph, "doc": doc}
        findings.append(Finding("omission", "info", claims[0].id, None, message, evidence))
    return findings
