"""Triangulation: in a story of three or more articles, a disagreement between two articles that
each agree with a third on the same fact is more likely a translation or extraction artefact
than a changed fact; a real change in one article disagrees with all the others and stays.

A *witness* of a finding on claims a and b (type T) is a claim c of a third article that is
paired with both, states the facet (a figure for numbers, a date for times, a name for names;
every claim states a polarity and a stance) and carries no T finding at warning or above with
either. With a witness, the finding becomes `info` and says which article agrees with both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..model import SEVERITY_RANK, Claim, Finding, Pair

ALARM = SEVERITY_RANK["warning"]

# What a claim must state to testify on a finding of each type (polarity and stance: always).
STATES = {
    "number_mismatch": lambda c: bool(c.numbers),
    "time_mismatch": lambda c: bool(c.times),
    "entity_mismatch": lambda c: bool(c.entities),
    "attribution_mismatch": lambda c: c.attribution is not None,
}


def triangulate(pairs: Iterable[Pair], findings: list[Finding], claims: dict[str, Claim]) -> list[Finding]:
    if len({claim.doc for claim in claims.values()}) < 3:
        return findings
    partners: dict[str, set[str]] = {}
    for pair in pairs:
        partners.setdefault(pair.left, set()).add(pair.right)
        partners.setdefault(pair.right, set()).add(pair.left)
    # Rounds until nothing changes: a disagreement set aside in one round no longer counts against
    # a witness in the next; each round judges every finding against the same alarms.
    while True:
        alarms = {(f.type, frozenset((f.left, f.right))) for f in findings if SEVERITY_RANK[f.severity] >= ALARM}
        judged = [_downgraded(f, _witness(f, partners, alarms, claims)) for f in findings]
        if judged == findings:
            return judged
        findings = judged


def _witness(finding: Finding, partners: dict[str, set[str]], alarms: set, claims: dict[str, Claim]) -> Claim | None:
    if SEVERITY_RANK[finding.severity] < ALARM or finding.left not in claims or finding.right not in claims:
        return None
    a, b = claims[finding.left], claims[finding.right]
    states = STATES.get(finding.type, lambda c: True)
    for candidate in sorted(partners.get(a.id, set()) & partners.get(b.id, set())):
        c = claims[candidate]
        if c.doc in (a.doc, b.doc) or not states(c):
            continue
        if all((finding.type, frozenset((c.id, x.id))) not in alarms for x in (a, b)):
            return c
    return None


def _downgraded(finding: Finding, witness: Claim | None) -> Finding:
    if witness is None:
        return finding
    note = (f"; the {witness.lang} article ({witness.id}) agrees with both, so the difference is more likely "
            "one of translation or reading than of fact")
    return replace(finding, severity="info", message=finding.message + note,
                   evidence={**finding.evidence, "witness": witness.id})
