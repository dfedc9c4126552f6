"""Attribution: who said it."""

from __future__ import annotations

from ..model import (
    Claim,
    Finding,
    Pair,
)
from .common import Siblings, _evidence, _finding
from .names import MAX_SPEAKER_WORDS, _same_name


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
