"""Triangulation: in a story of three or more articles, a disagreement between two articles that
each agree with a third on the same fact is more likely a translation or extraction artefact
than a changed fact; a real change in one article disagrees with all the others and stays.

A *witness* of a finding on claims a and b (type T) is a claim c of a third article that is
paired with both, states the facet (a figure for numbers, a date for times, a name for names;
every claim states a polarity and a stance) and carries no T finding at warning or above with
either, nor an `undecided` note (a clash its check could not decide, shown as info), and, on a
date, takes neither side: no finding between it and one side (at any severity: a loose link's note too) read
the other side's value against that side's (`differing`: "vendredi" against "Donnerstag" where the
finding is "Donnerstag" against "Friday"). With a witness, the finding becomes `info` and names the article
linked to both with no clash against either,
unless one of its claims is the odd one out: its figure, date or name clashes with every article
it is paired with (an edition that changed the fact, even where one clash is unsure); then it stays
and names that claim. A third claim that takes a side on a date (SIDED) *supports* it: the finding keeps its severity
and names it (`sides_with`), evidence a fact-checker wants.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..model import SEVERITY_RANK, Claim, Finding, Pair

ALARM = SEVERITY_RANK["warning"]
# Evidence key of a clash a check could not decide and reports as a note ("Commissione" / "Welsh
# Parliament": one side names the actor by a description). It is no agreement: triangulation counts
# it as the clash it is, so the describing article witnesses for no one and a real swap it also
# meets keeps its clashes (an edition that changed the name is still the odd one out).
UNDECIDED = "undecided"
# Notes on a difference that is no clash of the fact (compare/times.py): a statement's date, an
# original value since changed, two clauses of sentences that agree on their times.
NOT_A_CLASH = ("statement", "superseded", "clauses")
# Types whose differing values are resolved alike in every language (a date is one calendar day),
# so a third article's note on the same two values takes a side. Figures are not: with them, notes
# on faithful NTREX test stories raised warnings 28 -> 34 (a misread figure in two articles).
SIDED = ("time_mismatch",)
ODD_ONE_OUT = 2  # articles a claim must clash with at warning or above (and it clashes, at any severity, with all it is paired with)

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
    odd = _odd_ones_out(findings, partners, claims)
    # Rounds until nothing changes: a disagreement set aside in one round no longer counts against
    # a witness in the next; each round judges every finding against the same alarms.
    while True:
        alarms = {(f.type, frozenset((f.left, f.right))) for f in findings if _clashes(f)}
        differing = {(f.type, frozenset((f.left, f.right))): f for f in findings if _states_other_value(f)}
        judged = [_judged(f, _witness(f, partners, alarms, differing, claims), odd, claims, partners, differing) for f in findings]
        if judged == findings:
            return judged
        findings = judged


def _odd_ones_out(findings: list[Finding], partners: dict[str, set[str]], claims: dict[str, Claim]) -> set[tuple[str, str]]:
    """(type, claim) where the claim's figure, date or name clashes with a claim of every article
    it is paired with, at warning or above with two at least (an unsure clash, `info` on a loose
    link, still is no agreement): one edition that changed a fact. Its alarms are never set aside:
    otherwise the article of a loose link, or a second claim that states no clashing value (the
    other clause of a split sentence), would witness against each pair in turn and hide it. Polarity and
    stance are readings of phrasing, where one translator often differs from all the others
    (NTREX test, unedited: 40 -> 55 warnings with them): a witness still judges those."""
    against: dict[tuple[str, str], set[str]] = {}
    alarmed: dict[tuple[str, str], set[str]] = {}
    for f in findings:
        if f.type not in STATES or f.left not in claims or f.right not in claims:
            continue
        for own, other in ((f.left, f.right), (f.right, f.left)):
            against.setdefault((f.type, own), set()).add(claims[other].doc)
            if _clashes(f):
                alarmed.setdefault((f.type, own), set()).add(claims[other].doc)
    odd = set()
    for (kind, own), docs in alarmed.items():
        paired_docs = {claims[c].doc for c in partners.get(own, ()) if c in claims}
        if len(docs) >= ODD_ONE_OUT and against[(kind, own)] >= paired_docs:
            odd.add((kind, own))
    return odd


def _clashes(finding: Finding) -> bool:
    return SEVERITY_RANK[finding.severity] >= ALARM or UNDECIDED in (finding.evidence or {})


def _states_other_value(finding: Finding) -> bool:
    """A finding, at any severity, whose check read two different values of one fact, not set aside here."""
    evidence = finding.evidence or {}
    return bool(evidence.get("differing")) and "witness" not in evidence and not any(evidence.get(note) for note in NOT_A_CLASH)


def _third_claims(finding: Finding, partners: dict[str, set[str]], claims: dict[str, Claim]) -> list[tuple[Claim, Claim, Claim]]:
    """(a, b, c): the finding's two claims and each claim c of a third article paired with both that states its facet."""
    if finding.left not in claims or finding.right not in claims:
        return []
    a, b = claims[finding.left], claims[finding.right]
    states = STATES.get(finding.type, lambda c: True)
    thirds = (claims[c] for c in sorted(partners.get(a.id, set()) & partners.get(b.id, set())))
    return [(a, b, c) for c in thirds if c.doc not in (a.doc, b.doc) and states(c)]


def _witness(finding: Finding, partners: dict[str, set[str]], alarms: set, differing: dict, claims: dict[str, Claim]) -> Claim | None:
    if SEVERITY_RANK[finding.severity] < ALARM:
        return None
    for a, b, c in _third_claims(finding, partners, claims):
        if all((finding.type, frozenset((c.id, x.id))) not in alarms for x in (a, b)) and not _side_taken(finding, c, differing):
            return c
    return None


def _supporter(finding: Finding, partners: dict[str, set[str]], differing: dict,
               claims: dict[str, Claim]) -> tuple[Claim, Claim, Claim] | None:
    """(c, agreed, other): a third claim that states the value of one side where it differs from the other."""
    for a, b, c in _third_claims(finding, partners, claims):
        taken = _side_taken(finding, c, differing)
        if taken:
            agreed = claims[taken]
            return c, agreed, (b if agreed is a else a)
    return None


def _side_taken(finding: Finding, third: Claim, differing: dict) -> str | None:
    """The claim of `finding` whose value `third` states, where a finding between `third` and the
    other claim (at any severity: a loose link's note too) read that very pair of values:
    "vendredi" against "Donnerstag" where the finding is "Donnerstag" against "Friday"."""
    values = _differing_values(finding) if finding.type in SIDED else None
    if values is None:
        return None
    for own, other in ((finding.left, finding.right), (finding.right, finding.left)):
        clash = differing.get((finding.type, frozenset((third.id, other))))
        theirs = _differing_values(clash) if clash else None
        if theirs and _same_value(theirs[other], values[other]) and _same_value(theirs[third.id], values[own]):
            return own
    return None


def _differing_values(finding: Finding) -> dict | None:
    """Claim id -> the value its side of the finding states, when the check named the two differing values."""
    pair = (finding.evidence or {}).get("differing")
    return dict(zip((finding.left, finding.right), pair)) if pair and len(pair) == 2 else None


def _same_value(x, y) -> bool:
    """Two differing values of findings (a time's or figure's record, or a name) that are the same value."""
    if isinstance(x, dict) and isinstance(y, dict):
        return x.get("value") is not None and x.get("value") == y.get("value")
    return isinstance(x, str) and isinstance(y, str) and x.casefold() == y.casefold()


def _judged(finding: Finding, witness: Claim | None, odd: set[tuple[str, str]], claims: dict[str, Claim],
            partners: dict[str, set[str]], differing: dict) -> Finding:
    if witness is None and "sides_with" not in finding.evidence and _states_other_value(finding):
        supported = _supporter(finding, partners, differing, claims)
        return _sided(finding, *supported) if supported else finding
    if witness is None or "odd_one_out" in finding.evidence:
        return finding
    own = next((c for c in (finding.left, finding.right) if (finding.type, c) in odd), None)
    if own is None:
        return _downgraded(finding, witness)
    note = (f"; the {claims[own].lang} article ({own}) differs from every article it is paired with, so "
            f"the {witness.lang} article ({witness.id}) does not set the difference aside")
    return replace(finding, message=finding.message + note, evidence={**finding.evidence, "odd_one_out": own})


def _sided(finding: Finding, third: Claim, agreed: Claim, other: Claim) -> Finding:
    note = (f"; the {third.lang} article ({third.id}) agrees with the {agreed.lang} one ({agreed.id}), "
            f"not with the {other.lang} one ({other.id})")
    return replace(finding, message=finding.message + note,
                   evidence={**finding.evidence, "sides_with": {"claim": third.id, "agrees_with": agreed.id}})


def _downgraded(finding: Finding, witness: Claim) -> Finding:
    # "Agrees with both" would be untrue where the witness differs from one side in a note (a
    # statement's date against the fact's, six_languages): what is known is that neither clashes.
    note = (f"; the {witness.lang} article ({witness.id}) is linked to both with no warning or error against either, "
            "so the difference is more likely one of translation or reading than of fact")
    return replace(finding, severity="info", message=finding.message + note,
                   evidence={**finding.evidence, "witness": witness.id})
