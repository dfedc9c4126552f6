"""Omissions: what only one article says."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import (
    Claim,
    Document,
    Finding,
)


# The aligner may have missed a counterpart worded very differently: an omission is a hint.
OMISSION_CONFIDENCE = 0.5


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
        findings.append(Finding("omission", "info", claims[0].id, None, message, evidence, confidence=OMISSION_CONFIDENCE))
    return findings
