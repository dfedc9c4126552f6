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
# Articles named in one omission message; a story of hundreds would make every message huge.
MAX_NAMED = 8


def omissions(unmatched: Iterable[Claim], documents: list[Document],
              compared_with: dict[str, list[str]] | None = None) -> list[Finding]:
    """One `omission` per run of unmatched claims in the same paragraph of one document.
    `compared_with`: the articles each one was compared with (all others when not given)."""
    by_paragraph: dict[tuple[str, int], list[Claim]] = {}
    for claim in unmatched:
        by_paragraph.setdefault((claim.doc, claim.paragraph), []).append(claim)
    others = compared_with if compared_with is not None else {d.id: [o.id for o in documents if o.id != d.id] for d in documents}
    findings = []
    for (doc, paragraph), claims in by_paragraph.items():
        missing_in = articles_named(others.get(doc, []))
        message = (f"only article {doc} says this (paragraph {paragraph + 1}, {len(claims)} claim{'' if len(claims) == 1 else 's'}); "
                   f"not found in {missing_in}")
        evidence = {"claims": [c.id for c in claims], "texts": [c.text for c in claims], "paragraph": paragraph, "doc": doc}
        findings.append(Finding("omission", "info", claims[0].id, None, message, evidence, confidence=OMISSION_CONFIDENCE))
    return findings


def articles_named(docs: list[str]) -> str:
    """"article it", "articles de, fr": an article id is mostly its language code, and "not found in
    it" (the Italian article) read as a pronoun."""
    if not docs:
        return "the other articles"
    return f"article{'' if len(docs) == 1 else 's'} {_named(docs)}"


def _named(docs: list[str]) -> str:
    if not docs:
        return "the other articles"
    shown = ", ".join(docs[:MAX_NAMED])
    return shown if len(docs) <= MAX_NAMED else f"{shown} and {len(docs) - MAX_NAMED} more"
