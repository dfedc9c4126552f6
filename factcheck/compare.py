"""Compare: facet-by-facet verdict for each aligned pair -> typed findings with evidence.

Each facet checker returns findings (or none) for one pair; the pair's status follows from the
most severe finding and from whether one side only adds detail. Claims that no pair covers
become `omission` findings, one per paragraph run, not one per line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from .claims.numbers import quantity_relation
from .claims.times import time_relation
from .model import SEVERITY_RANK, Claim, Document, Finding, Pair, Quantity, TimeExpr

# Stances that commit to the claim vs those that hedge it: a change across the two is news.
# "would" (conditional) is left out of both: in reported speech it is the future seen from
# the past ("the government would require access"), so it is only worth a note.
CERTAIN = {"asserted", "future", "obligation"}
UNCERTAIN = {"possibility", "hedged"}
# Below this alignment score a pair is related but not the same statement, so a flipped
# negation there is more likely two different propositions than a contradiction.
STRONG_PAIR = 0.35
NAME_MATCH = 85  # rapidfuzz ratio at which two spellings are the same name (transliteration)


def compare_pairs(pairs: list[Pair], claims: dict[str, Claim]) -> tuple[list[Pair], list[Finding]]:
    judged, findings = [], []
    for pair in pairs:
        left, right = claims[pair.left], claims[pair.right]
        pair_findings = [f for check in FACET_CHECKS for f in check(left, right, pair)]
        judged.append(replace(pair, status=_status(pair_findings, left, right)))
        findings.extend(pair_findings)
    return judged, findings


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


def check_times(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    if not left.times or not right.times:
        return []
    relations = [(a, b, time_relation(a, b)) for a in left.times for b in right.times]
    if any(rel in ("equal", "contains", "within", "overlap") for _, _, rel in relations):
        return []
    a, b, relation = relations[0]
    unresolved = [t for t in (a, b) if t.value is None]
    severity = "warning" if unresolved or relation == "unknown" else "error"
    message = f"time differs: {_describe_time(a)} vs {_describe_time(b)}"
    if unresolved:
        message += " (publication date unknown, so the relative time cannot be resolved)"
    evidence = _evidence(left, right, "times", [_time_value(t) for t in left.times], [_time_value(t) for t in right.times], relation=relation)
    return [_finding("time_mismatch", severity, left, right, message, evidence)]


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
    if not left.numbers or not right.numbers:
        return []
    findings = []
    for a in left.numbers:
        comparable = [(b, quantity_relation(a, b)) for b in right.numbers]
        comparable = [(b, rel) for b, rel in comparable if rel != "incomparable"]
        if comparable and not any(rel in ("equal", "compatible") for _, rel in comparable):
            b = comparable[0][0]
            evidence = _evidence(left, right, "numbers", [_number_value(q) for q in left.numbers], [_number_value(q) for q in right.numbers])
            findings.append(_finding("number_mismatch", "error", left, right, f"number differs: “{a.text}” vs “{b.text}”", evidence))
    return findings[:1]


def _number_value(q: Quantity) -> dict:
    return {"text": q.text, "value": q.value, "unit": q.unit, "approx": q.approx}


# --- names -------------------------------------------------------------------------------


def check_entities(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    """A name in one claim with no counterpart in the other, where the other names someone
    else of the same type, is a different actor in the same role; extra names are detail."""
    left_only = _unmatched_names(left, right)
    right_only = _unmatched_names(right, left)
    clashes = [(a, b) for a in left_only for b in right_only if a.type == b.type and a.type in ("PERSON", "ORG")]
    if not clashes:
        return []
    a, b = clashes[0]
    evidence = _evidence(left, right, "entities", [e.text for e in left.entities], [e.text for e in right.entities])
    return [_finding("entity_mismatch", "warning", left, right, f"different {a.type.lower()}: “{a.text}” vs “{b.text}”", evidence)]


def _unmatched_names(a: Claim, b: Claim):
    return [e for e in a.entities if not any(_same_name(e.text, o.text) for o in b.entities)]


def _same_name(x: str, y: str) -> bool:
    return fuzz.token_set_ratio(x.lower(), y.lower()) >= NAME_MATCH or fuzz.partial_ratio(x.lower(), y.lower()) >= 95


# --- polarity and modality -----------------------------------------------------------------


def check_polarity(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    if left.negated == right.negated:
        return []
    negated, plain = (left, right) if left.negated else (right, left)
    evidence = _evidence(left, right, "negated", left.negated, right.negated)
    message = f"one side negates the claim ({negated.id}), the other does not ({plain.id})"
    if pair.score < STRONG_PAIR:
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
    if bool(a.role) != bool(b.role):
        evidence = _evidence(left, right, "attribution", _source_text(a), _source_text(b))
        message = f"only one side gives the speaker's role: {_source_text(a if a.role else b)}"
        return [_finding("attribution_mismatch", "info", left, right, message, evidence)]
    return []


def _is_generic_source(source: str) -> bool:
    return not source[:1].isupper()


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
