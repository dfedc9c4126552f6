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
from dataclasses import replace

from rapidfuzz import fuzz

from .claims.numbers import interval, quantity_relation
from .claims.times import time_relation
from .model import SEVERITY_RANK, Claim, Document, Entity, Finding, Pair, Quantity, TimeExpr

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
SPELLING_VARIANT = 75  # one letter in five may differ in a longer word ("Siria"/"Syria")
MAX_SPEAKER_WORDS = 5  # "Deputy Inspector General D.K. Arya"; longer is a clause, not a speaker
NAME_MATCH = 85  # rapidfuzz ratio at which two spellings are the same name (transliteration)
# Words that carry no identity in a name ("Cabo de Europa", "The Seven Sisters").
NAME_FILLERS = frozenset("the of de del di da la le les los las el il lo der die das von van du des and y e et und s".split())


def compare_pairs(pairs: list[Pair], claims: dict[str, Claim]) -> tuple[list[Pair], list[Finding]]:
    judged, findings = [], []
    for pair in _mark_one_to_one(pairs):
        left, right = claims[pair.left], claims[pair.right]
        pair_findings = [f for check in FACET_CHECKS for f in check(left, right, pair)]
        judged.append(replace(pair, status=_status(pair_findings, left, right)))
        findings.extend(pair_findings)
    return judged, findings


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


def check_times(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    if not left.times or not right.times:
        return []
    relations = [(a, b, _time_relation(a, b)) for a in left.times for b in right.times]
    if any(rel in TIME_AGREEMENT for _, _, rel in relations):
        return []
    a, b, relation = relations[0]
    unresolved = [t for t in (a, b) if t.value is None]
    severity = "error" if relation == "disjoint" else "warning"
    message = f"time differs: {_describe_time(a)} vs {_describe_time(b)}"
    if unresolved:
        message += " (publication date unknown, so the relative time cannot be resolved"
        message += "; the two differ whatever it is)" if relation == "disjoint" else ")"
    evidence = _evidence(left, right, "times", [_time_value(t) for t in left.times], [_time_value(t) for t in right.times], relation=relation)
    return [_finding("time_mismatch", severity, left, right, message, evidence)]


def _time_relation(a: TimeExpr, b: TimeExpr) -> str:
    relation = time_relation(a, b)
    if relation == "unknown" and a.value is None and b.value is None:
        return _anchor_relation(a.anchor, b.anchor)
    return relation


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
    if t.relative:
        return f"“{t.text}” (= {t.value})"
    return f"“{t.text}” ({t.value})"


def _time_value(t: TimeExpr) -> dict:
    return {"text": t.text, "value": t.value, "relative": t.relative, "earliest": t.earliest, "latest": t.latest, "anchor": t.anchor}


# --- numbers -----------------------------------------------------------------------------


def check_numbers(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    """Numbers that agree are paired off one to one; what is left on both sides and measures
    the same kind of thing is a changed figure. A number only one side gives is detail."""
    left_rest, right_rest = _unpaired_quantities(left.numbers, right.numbers)
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
    ("around 9 billion" does not cover "8 billion"), and two ranges must share their bounds.
    A number with a unit and one without usually measure different things ("85" vs "85,000
    people"), so they are left alone.
    """
    relation = quantity_relation(a, b)
    if relation == "incomparable" or (a.unit is None) != (b.unit is None):
        return "unrelated"
    if relation == "equal":
        return "agree"
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    if max(a_low, b_low) >= min(a_high, b_high) and not (a_low == a_high == b_low == b_high):
        return "conflict"
    if a.approx == b.approx == "range":
        return "agree" if _same_bounds(a, b) else "differ"
    exact, approximate = (a, b) if a.approx == "exact" else (b, a)
    if exact.approx == "exact" and approximate.approx != "exact":
        low, high = interval(approximate)
        return "agree" if low <= exact.value <= high else "differ"
    return "agree"


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


def check_entities(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    """A different actor in the same role: each side names someone the other side does not
    mention at all (not as a name, not in its text or its English rendering), while the rest
    of the claims aligned. A name only one side gives is detail, not a conflict."""
    left_only = [e for e in left.entities if not _mentioned(e, right)]
    right_only = [e for e in right.entities if not _mentioned(e, left)]
    if not left_only or not right_only:
        return []
    a, b = left_only[0], right_only[0]
    evidence = _evidence(left, right, "entities", [e.text for e in left.entities], [e.text for e in right.entities], differing=[a.text, b.text])
    message = f"different name: “{a.text}” vs “{b.text}”"
    if _confident(pair):
        return [_finding("entity_mismatch", "warning", left, right, message, evidence)]
    # A loose link: more likely two statements than one name swapped.
    return [_finding("entity_mismatch", "info", left, right, message + " (the claims may be about different things)", evidence)]


def _confident(pair: Pair) -> bool:
    """The aligner is sure both claims state the same thing: a strong score or an exclusive 1:1
    link that is not a marginal one."""
    return pair.score >= STRONG_PAIR or (pair.score >= NEGATION_PAIR and bool(pair.evidence.get("one_to_one")))


def _mentioned(entity: Entity, other: Claim) -> bool:
    """Is the name in the other claim, spelled alike (transliteration, translation of its
    words: "Stati Uniti" / "United States", "Operación Dragón" / "Operation Dragon")?
    The head (last word) must be found, or two thirds of the name's words."""
    words = _name_words(entity.text)
    if not words:
        return True
    # The whole sentence counts: a clause split can leave the name in the neighbouring clause.
    vocabulary = _name_words(" ".join([other.sentence_text, other.translation or "", *(e.text for e in other.entities)]))
    found = [any(_cognate(word, candidate) for candidate in vocabulary) for word in words]
    return found[-1] or sum(found) * 3 >= len(words) * 2


def _cognate(a: str, b: str) -> bool:
    """Same name across languages: close spelling ("Siria"/"Syria"), a shared stem
    ("Argentinien"/"Argentina", "Stati"/"States") or one inside the other ("Südkorea"/"Korea")."""
    if fuzz.ratio(a, b) >= (SPELLING_VARIANT if min(len(a), len(b)) >= 5 else NAME_MATCH):
        return True
    shorter, longer = sorted((a, b), key=len)
    stem = len(os.path.commonprefix([a, b]))
    return len(shorter) >= 4 and (stem >= max(4, 0.6 * len(shorter)) or shorter in longer)


def _name_words(text: str) -> list[str]:
    text = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", text)  # "U.S" -> "US", "K.o." -> "Ko."
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return [w for w in re.findall(r"\w+", folded) if w not in NAME_FILLERS]


def _same_name(x: str, y: str) -> bool:
    return fuzz.token_set_ratio(x.lower(), y.lower()) >= NAME_MATCH or fuzz.partial_ratio(x.lower(), y.lower()) >= 95


# --- polarity and modality -----------------------------------------------------------------


def check_polarity(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    if left.negated == right.negated:
        return []
    negated, plain = (left, right) if left.negated else (right, left)
    evidence = _evidence(left, right, "negated", left.negated, right.negated)
    message = f"one side negates the claim ({negated.id}), the other does not ({plain.id})"
    if not _confident(pair):
        return [_finding("polarity_mismatch", "info", left, right, message + "; the claims may state different things", evidence)]
    return [_finding("polarity_mismatch", "warning", left, right, message, evidence)]


def check_modality(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    stances = {left.modality, right.modality}
    if len(stances) == 1:
        return []
    evidence = _evidence(left, right, "modality", left.modality, right.modality)
    message = f"stated as {left.modality} vs {right.modality}"
    if stances & CERTAIN and stances & UNCERTAIN:
        return [_finding("modality_mismatch", "warning", left, right, message, evidence)]
    if "conditional" in stances and stances & CERTAIN and pair.score >= STRONG_PAIR:
        return [_finding("modality_mismatch", "info", left, right, message + " (may be reported speech)", evidence)]
    return []


# --- attribution ---------------------------------------------------------------------------


def check_attribution(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
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
    return f"{attribution.role} {attribution.source}".strip() if attribution.role else attribution.source


FACET_CHECKS: tuple[Callable[[Claim, Claim, Pair], list[Finding]], ...] = (
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
