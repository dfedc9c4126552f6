"""Compare: facet-by-facet verdict for each aligned pair -> typed findings with evidence.

Each facet checker returns findings (or none) for one pair; the pair's status follows from the
most severe finding and from whether one side only adds detail; a loose fact link the aligner is
unsure of is `weak`, shown but not counted as agreement. Claims that no pair covers
become `omission` findings, one per paragraph run, not one per line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from ..align_facts import CLOCK, COUNT, LEFTOVER, LEFTOVER_DATE, differing_value_kinds, event_pivot_only, firmly_anchored
from ..link_wording import readable_anchors
from ..model import SEVERITY_RANK, Claim, Finding, Pair
from .attribution import check_attribution
from .common import NEGATION_PAIR, STRONG_PAIR, Siblings, alignment_confidence, graded, positional_link
from .role_match import CONFIDENT_ROLE, GENERIC_ROLE, SAME_ROLE
from .names import _full_names, check_entities
from .numbers import check_numbers
from .omissions import omissions
from .one_sided import one_sided_values
from .stance import check_modality, check_polarity
from .times import check_times
from .triangulate import triangulate

__all__ = ["compare_pairs", "omissions", "one_sided_values"]

# Two figures of one specific role that lead their articles' counts of it, on a fact link anchored
# on that role: the link's own score says little (little wording in common); measured on
# comparable_news dev, 7 of 9 such warnings fall on an annotated discrepancy (docs/discrepancies.md).
ROLE_ANCHORED_CONFIDENCE = 0.6
SHARED_NAMES = 2  # names both claims of a role-anchored link share: its second anchor, instead of a lead figure
# A loose fact link below this confidence (that of a low-confidence note) is shown as a `weak` link,
# not as agreement: on comparable_news dev 13 of 100 such links joined the claims of one annotated
# fact, against 88 of the 112 agreements still shown (benchmarks/bench_comparable.py, agreement precision).
WEAK_LINK_CONFIDENCE = 0.5
# ... unless it shares a date or a time of day: one moment of the event, not the story's subject.
MOMENT_ANCHORS = ("date:", "clock:")
# A fact link resting on one faint anchor (align_facts: the name both articles lead with, a day of a
# statement) is weak below this much wording in common, whatever its score: "Peru sits on the Pacific
# 'Ring of Fire'" / "El número de fallecidos … en el sur del Perú" (0.21). Above it the two say one
# thing in many words: "BlackBerry has long emphasized security … to government, military and business
# customers" / "BlackBerry heeft ‘s werelds meest veilige communicatieplatform voor overheids-,
# militaire en zakelijke klanten" (0.34, the seed pair).
FAINT_LINK_TEXT = 0.3


def compare_pairs(pairs: list[Pair], claims: dict[str, Claim], dated: frozenset | None = None) -> tuple[list[Pair], list[Finding]]:
    """The pairs judged and their findings; `dated` holds the ids of the articles that have a
    publication date (None where the caller does not know), for the words of a time not placed."""
    judged, findings = [], []
    partners: dict[str, list[str]] = {}
    sure_partners: dict[str, list[Claim]] = {}  # over the links the aligner is sure of (`_unsure_link`)
    for pair in pairs:
        if not event_pivot_only(pair.evidence.get("anchors") or ()):  # no sibling: it shares nothing else
            partners.setdefault(pair.left, []).append(pair.right)
            partners.setdefault(pair.right, []).append(pair.left)
        if not _unsure_link(pair):
            sure_partners.setdefault(pair.left, []).append(claims[pair.right])
            sure_partners.setdefault(pair.right, []).append(claims[pair.left])
    full_names = _full_names(claims.values())
    sentences = _sentences_by_paragraph(claims.values())
    values = _values_by_sentence(claims.values())
    sides: dict = {}  # names.OtherSide per claim and partners, for every pair of the story
    partner_claims = {claim: tuple(claims[c] for c in found) for claim, found in partners.items()}
    articles: dict[str, list[Claim]] = {}
    for claim in claims.values():
        articles.setdefault(claim.doc, []).append(claim)
    for pair in _mark_one_to_one(pairs):
        left, right = claims[pair.left], claims[pair.right]
        siblings = Siblings(tuple(c for c in partner_claims.get(pair.left, ()) if c is not right),
                            tuple(c for c in partner_claims.get(pair.right, ()) if c is not left), full_names,
                            _around(left, sentences), _around(right, sentences),
                            values[(left.doc, left.sentence)], values[(right.doc, right.sentence)], sides, articles, dated)
        aligned = alignment_confidence(pair)
        unrated = [f for check in FACET_CHECKS for f in check(left, right, pair, siblings)]
        pair_findings = _loose_fact_link_cap(_with_sole_kinds(pair, left, right, sure_partners),
                                             [graded(f, aligned) for f in unrated], unrated)
        judged.append(replace(pair, confidence=aligned))
        findings.extend(pair_findings)
    # A link made on an event family alone says the two claims tell one event with another value,
    # not that they agree on the rest: its claims are no partners for a third article's witness.
    findings = triangulate([p for p in judged if not event_pivot_only(p.evidence.get("anchors") or ())], findings, claims)
    by_pair: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        by_pair.setdefault((finding.left, finding.right), []).append(finding)
    judged = [replace(p, status=_status(p, by_pair.get((p.left, p.right), []), claims[p.left], claims[p.right])) for p in judged]
    return judged, findings


def _loose_fact_link_cap(pair: Pair, findings: list[Finding], unrated: list[Finding] | None = None) -> list[Finding]:
    """A link between separately written articles (align_facts.py) that rests only on shared
    anchors, with little wording in common, says the claims are about the same fact, not that
    they state it alike: what differs between them is reported as info, never a conflict, until
    the values are matched by role. (Comparable text only: parallel pairs are untouched.)"""
    if not _loose_fact_link(pair):
        return findings
    shared = readable_anchors(pair.evidence.get("anchors") or (), none="some words")
    note = f" (claims of separately written articles linked by {shared} only; the claims may state different things)"
    # That the two claims state one fact is only as sure as their shared wording.
    worded = alignment_confidence(replace(pair, score=pair.evidence.get("text", 0.0)))
    return [next(filter(None, (lift(f, pair, shared) for lift in LOOSE_LINK_LIFTS)), None) or
            _speakers_of_one_count(check, pair, shared) or
            replace(f, severity="info" if SEVERITY_RANK[f.severity] > SEVERITY_RANK["info"] else f.severity,
                    message=f.message + note if SEVERITY_RANK[f.severity] > SEVERITY_RANK["info"] else f.message,
                    confidence=min(f.confidence, worded))
            for f, check in zip(findings, unrated or findings)]


def _loose_fact_link(pair: Pair) -> bool:
    """A fact link with little wording in common, not firmly anchored (a specific figure and a
    name or date, both shared, are one fact whatever the wording)."""
    return (pair.evidence.get("method") == "facts" and pair.evidence.get("text", 0.0) < STRONG_PAIR
            and not firmly_anchored(pair.evidence.get("anchors") or ()))


def _weak_link(pair: Pair) -> bool:
    """A loose fact link the aligner is unsure of, resting on a name, a role, a figure alone or
    a few words: the claims may be about one story's subject ("The Canadian company
    said it enforces a blanket ban" / "De Canadese producent ... trekt zich terug"), not one fact;
    or a link placed by position alone (`positional_link`)."""
    anchors = pair.evidence.get("anchors") or ()
    faint = set(pair.evidence.get("faint") or ())
    if positional_link(pair) or not _loose_fact_link(pair):
        return positional_link(pair)
    # Resting on faint anchors alone (the story's subject, a day of a statement: align_facts), the
    # link says the claims belong to one story, not that they state one fact, however it scored.
    return (_one_faint_anchor(anchors, faint) and pair.evidence.get("text", 0.0) < FAINT_LINK_TEXT) or (
        pair.confidence < WEAK_LINK_CONFIDENCE
        and not any(anchor.startswith(MOMENT_ANCHORS) and anchor not in faint for anchor in anchors))


def _one_faint_anchor(anchors, faint: set[str]) -> bool:
    """The link rests on one faint anchor alone, perhaps spelled two ways ("Hague" / "Hague's"):
    two names of the story together (its city and its district) already say more."""
    if not anchors or not set(anchors) <= faint:
        return False
    keys = sorted({anchor.partition(":")[2].casefold() for anchor in anchors}, key=len)
    return all(key.startswith(keys[0]) for key in keys)


def _speakers_of_one_count(finding: Finding, pair: Pair, shared: str) -> Finding | None:
    """Who said it (`finding` as the check made it, before the link's confidence graded it), on a
    link that the role lift trusts as one count (`_one_count`): two speakers for one toll ("Selon le
    maire de Bruxelles, … une vingtaine de morts" / "The Brussels transport authority has stated that
    15 people were killed"). A warning at most."""
    if finding.type != "attribution_mismatch" or finding.severity != "warning":
        return None
    anchors = pair.evidence.get("anchors") or ()
    why = _one_count(anchors) or _one_moment(anchors)
    if why is None:
        return None
    return replace(finding, confidence=ROLE_ANCHORED_CONFIDENCE,
                   message=finding.message + f" (claims of separately written articles linked by {shared}: {why})")


def _one_moment(anchors) -> str | None:
    """Why two claims state one statement: both name the same day or time of day ("La nappe
    n'atteindra pas la côte avant mercredi" / "Der Ölteppich werde die Küste nicht vor Mittwoch
    erreichen", `date:2030-11-06`). A name, a month or a year is shared by many facts of one story."""
    moment = next((a.partition(":")[2] for a in anchors
                   if a.startswith("clock:") or (a.startswith("date:") and DAY.fullmatch(a[5:]))), None)
    return f"both state {moment}, one statement" if moment else None


def _role_anchored(finding: Finding, pair: Pair, shared: str) -> Finding | None:
    """Two figures of the same specific role ("150 heridos" / "Around 94 people were injured") on
    a fact link that rests on that role and on a second anchor of its own: each the figure its
    article leads with for the role, two names both claims share ("15 kinderen van basisschool
    ’t Stekske in Lommel" / "Dix-sept enfants … 't Stekske à Lommel"), or another of `_one_count`'s
    reasons. The same count told differently, whatever the wording. A warning at most: the link is
    the aligner's reading."""
    evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
    role = _shared_role(evidence)
    anchors = pair.evidence.get("anchors") or ()
    if finding.type != "number_mismatch" or role is None or f"role:{role}" not in anchors:
        return None
    # The role alone is too weak (comparable_news dev: precision 0.50, 4 of 8), and so is the role
    # with one shared name or date (0.62, 8 of 13): two names rarely meet by chance in two counts.
    why = _one_count(anchors, role)
    if why is None or not _same_subgroup(evidence.get("qualifiers") or ((), ()), anchors, role):
        return None
    return replace(finding, severity="warning", confidence=ROLE_ANCHORED_CONFIDENCE,
                   message=finding.message + f" (claims of separately written articles linked by {shared}: {why})")


def _same_subgroup(qualifiers, anchors, role: str) -> bool:
    """The same subgroup on both sides, or none named: "Zeven Lommelse kinderen" (the children of
    one town) against "Dix-sept enfants" (all of them) is two counts, whatever the link shares. A
    place only one side names ("14 morts à Zaventem" / "11 people died, and 81 were injured, at the
    airport") is the same subgroup on a `roles:` link: those passages are each other's only ones
    stating the roles once the other sites' passages are tied elsewhere (align_facts), so the site
    is what the link already matched; two different places are still two counts."""
    left, right = set(qualifiers[0]), set(qualifiers[1])
    if left == right:
        return True
    return not (left and right) and _passage_of(anchors, role) is not None


def _passage_of(anchors, role: str) -> str | None:
    """The roles of the `roles:` passage link that includes `role` ("dead+injured"), if any."""
    return next((a[6:] for a in anchors if a.startswith("roles:") and role in a[6:].split("+")), None)


def _one_count(anchors, role: str | None = None) -> str | None:
    """Why a role link states one count on both sides (of `role`, or of any role it rests on): each
    the figure its article leads with for the role; two names both claims share; the claims of the
    figures both articles lead with for another role, each article's main statement of the event
    ("Sale a 250 morti … di magnitudo 6" / "At least 247 people were killed when a powerful 6.2
    magnitude earthquake …"); or the one passage of each article that states the same roles
    (`roles:`, align_facts). None when there is no such reason."""
    roles = [role] if role else [a[5:] for a in anchors if a.startswith("role:")]
    for counted in roles:
        if f"lead:{counted}" in anchors:
            return f"the figure each article leads with for {counted}, the same count"
        if sum(anchor.startswith("name:") for anchor in anchors) >= SHARED_NAMES:
            return f"a count of {counted} with the same names, the same count"
        if other_lead := next((a[5:] for a in anchors if a.startswith("lead:")), None):
            return f"a count of {counted} in the claims that state the figure each article leads with for {other_lead}"
        if together := _passage_of(anchors, counted):
            return f"a count of {counted} in the one passage of each article (a sentence, or two neighbouring ones) that states {together.replace('+', ' and ')}"
    return None


def _clock_anchored(finding: Finding, pair: Pair, shared: str) -> Finding | None:
    """Two times of day of one role ("El vuelo … había despegado a las 09.55" / "the flight …
    left the airport at 10.01") on a link anchored on them (`clock:`, the two articles' nearest
    times of day, align_facts): one moment told differently. A warning at most, as above."""
    evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
    roles = evidence.get("roles") or ()
    if finding.type != "time_mismatch" or evidence.get("facet") != "numbers" or len(set(roles)) != 1 or roles[0] is None:
        return None
    if evidence.get("role_confidence", 0.0) < SAME_ROLE or not any(a.startswith("clock:") for a in pair.evidence.get("anchors") or ()):
        return None
    return replace(finding, severity="warning", confidence=ROLE_ANCHORED_CONFIDENCE,
                   message=finding.message + f" (claims of separately written articles linked by {shared}: "
                   f"the nearest times of day of the two articles, both of {roles[0]})")


def _day_anchored(finding: Finding, pair: Pair, shared: str) -> Finding | None:
    """Two days of one month that cannot both hold ("jusqu'au 31 décembre" / "extended the shutdown
    order to 30 December"), on a fact link that also shares a name other than the month: the same
    date told differently. A warning at most."""
    evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
    clash = evidence.get("differing") or ()
    if finding.type != "time_mismatch" or evidence.get("facet") != "times" or len(clash) != 2:
        return None
    # Not a time of a statement, an original value or a clause of two sentences that agree on their times.
    if evidence.get("relation") != "disjoint" or any(evidence.get(note) for note in ("statement", "superseded", "clauses")):
        return None
    days = [t.get("value") or "" for t in clash]
    if not all(DAY.fullmatch(day) for day in days) or days[0][:7] != days[1][:7]:
        return None
    if not all(DIGIT.search(t.get("text") or "") for t in clash):
        return None  # a weekday or "last night" is read from the publication date: the days of two events
    if evidence.get("dates") != [1, 1]:
        return None  # a claim of several dates tells several events: which of them the other claim dates is not known
    written = {word.lower() for t in clash for word in WORD.findall(t.get("text") or "")}
    names = [a[5:] for a in pair.evidence.get("anchors") or () if a.startswith("name:") and a[5:].lower() not in written]
    if not names:
        return None
    return replace(finding, severity="warning", confidence=ROLE_ANCHORED_CONFIDENCE,
                   message=finding.message + f" (claims of separately written articles linked by {shared}: "
                   f"two days of one month, with {', '.join(names)} named on both sides)")


DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DIGIT = re.compile(r"\d")
WORD = re.compile(r"[^\W\d_]+")


def _stance_anchored(finding: Finding, pair: Pair, shared: str) -> Finding | None:
    """A hedge or an unconfirmed statement whose words the other claim itself states ("it is very
    likely that there will not be any survivors" / "no hay supervivientes"), on a fact link that
    also shares a name, a figure, a time of day or a day: the two claims state that statement, one
    of them unsure. A warning at most."""
    evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
    if finding.type != "modality_mismatch" or not evidence.get("stated_in_other"):
        return None
    if not _stance_link(pair.evidence.get("anchors") or ()):
        return None
    return replace(finding, severity="warning", confidence=ROLE_ANCHORED_CONFIDENCE,
                   message=finding.message + f" (claims of separately written articles linked by {shared}: "
                   "the other claim states what one of them leaves unsure)")


def _stance_link(anchors) -> bool:
    """A link that names the fact a hedge is about: one of its own anchors does, or, for a claim
    with no anchor of its own that continues its neighbour (`context:`, align_facts: "Alcune fonti
    parlano finora di 23 morti." + "Il bilancio non è ufficiale."), the neighbour's link is one on
    which compare itself warns: the figures both articles lead with, or a specific figure and a
    name or date. A neighbour linked by one bare figure ("number:2") may be linked to another fact."""
    if any(anchor.startswith("hedged:") for anchor in anchors):
        return True
    inherited = [anchor.removeprefix("context:") for anchor in anchors if anchor.startswith("context:")]
    if inherited:
        return _one_statement(inherited)
    return any(_names_the_fact(anchor) for anchor in anchors) or _one_statement(anchors)


def _one_statement(anchors) -> bool:
    """The figures both articles lead with, or a specific figure and a name or date: a link on
    which compare itself warns, so the two claims state one fact."""
    return any(anchor.startswith("lead:") for anchor in anchors) or firmly_anchored(anchors)


def _names_the_fact(anchor: str) -> bool:
    """A name, a figure, a time of day or a day: not a role or a lead (what is counted), nor a
    month or year ("date:2013-12"), which many facts of one story share."""
    kind, _, key = anchor.partition(":")
    return kind in ("name", "number", "clock") or (kind == "date" and len(key) == len("2013-12-31"))


def _shared_role(evidence: dict) -> str | None:
    """The specific role both figures of a number finding count: the same role word ("morti" /
    "toll"), or, for a group with an outcome, what happened to it ("zeven inzittenden gewond",
    occupants injured, against "fünf verletzt")."""
    roles = evidence.get("roles") or ()
    if len(roles) != 2:
        return None
    if roles[0] == roles[1]:
        return roles[0] if evidence.get("role_confidence", 0.0) >= SAME_ROLE else None
    outcomes = evidence.get("outcomes") or (None, None)
    counted = [{role, outcome} - {None} for role, outcome in zip(roles, outcomes)]
    common = counted[0] & counted[1]
    return next(iter(common)) if len(common) == 1 and evidence.get("role_confidence", 0.0) >= GENERIC_ROLE else None


def _speaker_anchored(finding: Finding, pair: Pair, shared: str) -> Finding | None:
    """Who said it, on a fact link whose two claims credit one speaker named alike (`speaker:`,
    align_facts): whatever fact each claim states, the two articles describe that speaker, so a
    title that differs ("directrice générale" / "chief operating officer"), or the speaker's name
    spelled otherwise ("Rutker" / "Rutger" Jeuken), stands as checked."""
    about_speaker = finding.type == "attribution_mismatch" or finding.evidence.get("speaker")
    if not about_speaker or SEVERITY_RANK[finding.severity] <= SEVERITY_RANK["info"]:
        return None
    if not any(anchor.startswith("speaker:") for anchor in pair.evidence.get("anchors") or ()):
        return None
    return replace(finding, message=finding.message + f" (claims of separately written articles linked by {shared})")


def _surname_anchored(finding: Finding, pair: Pair, shared: str) -> Finding | None:
    """One surname with two given names (`names._given_name_clash`) on a fact link anchored on that
    surname (`name:`): the link says both claims tell of a person of that name, and the given names
    say which; one article names another person or names the person wrongly. A warning at most."""
    evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
    surname = evidence.get("surname")
    if finding.type != "entity_mismatch" or not surname or SEVERITY_RANK[finding.severity] <= SEVERITY_RANK["info"]:
        return None
    if f"name:{surname}".lower() not in {anchor.lower() for anchor in pair.evidence.get("anchors") or ()}:
        return None
    return replace(finding, severity="warning", message=finding.message + f" (claims of separately written articles linked by {shared})")


def _with_sole_kinds(pair: Pair, left: Claim, right: Claim, sure_partners: dict[str, list[Claim]]) -> Pair:
    """The pair as the loose-link lifts read it: with the kinds of figure (`value_kind`) that no
    other partner of either claim states (`sole_kinds`), counting only links the aligner is sure
    of. A claim split across two claims of the other article ("All'84' il difensore Théo Marchand,
    21 anni, …" / "… à la 87e minute" + "Le défenseur de 21 ans …") still has one partner for its
    time of day or its minute."""
    if pair.evidence.get("method") != "facts" or pair.evidence.get("one_to_one"):
        return pair
    kinds = {value_kind(q.unit, q.ordinal) for q in left.numbers} & {value_kind(q.unit, q.ordinal) for q in right.numbers}
    # Only partners in the pair's own two articles compete: in a story of three, a third article's
    # claim that states the same kind of value is that article's reading, not another candidate here.
    others = [c for c in sure_partners.get(left.id, []) if c is not right and c.doc == right.doc] + \
             [c for c in sure_partners.get(right.id, []) if c is not left and c.doc == left.doc]
    stated_elsewhere = {value_kind(q.unit, q.ordinal) for other in others for q in other.numbers}
    return replace(pair, evidence={**pair.evidence, "sole_kinds": sorted(kinds - stated_elsewhere)})


def _unsure_link(pair: Pair) -> bool:
    """A loose fact link below the confidence at which it is shown as a link at all (`weak`): the
    aligner's guess, not a partner that takes a claim's figures."""
    return _loose_fact_link(pair) and alignment_confidence(pair) < WEAK_LINK_CONFIDENCE


def value_kind(unit: str | None, ordinal: bool) -> str:
    """What a figure measures, as far as telling a moment from a count goes: a time of day, a place
    in an order (a minute of a match), or a figure of its unit."""
    if unit == "clock":
        return "clock"
    return "ordinal" if ordinal else f"unit:{unit}"


def _exclusive_values(finding: Finding, pair: Pair, shared: str) -> Finding | None:
    """One figure or date on each side, differing, on a fact link whose two claims have no other
    partner in either article (`one_to_one`), or none that states a figure of that kind
    (`_with_sole_kinds`: a time of day, a minute), and whose wording alone reaches the score at which an
    exclusive link is trusted (`NEGATION_PAIR`, as `alignment_confidence` does for the whole score):
    "La coulée s'est déclenchée vers 15 h 30" / "Die Lawine löste sich gegen 14.30 Uhr", "Construction
    will begin in March 2031" / "De bouw begint in mei 2031". Where the two figures confidently fill one
    role (one unit, or nouns glossed alike) for one subgroup, or the two dates are written out at one
    granularity, the claims state one value differently. A warning at most: the link is the aligner's reading."""
    evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
    if SEVERITY_RANK[finding.severity] < SEVERITY_RANK["warning"] or not _sole_partners(finding, pair):
        return None
    if pair.evidence.get("text", 0.0) < NEGATION_PAIR or len(evidence.get("differing") or ()) != 2:
        return None
    if not _one_value_each(finding.type, evidence):
        return None
    exclusive = "each the other's only partner" if pair.evidence.get("one_to_one") else "each the other's only partner stating such a value"
    return replace(finding, severity="warning", confidence=ROLE_ANCHORED_CONFIDENCE,
                   message=finding.message + f" (claims of separately written articles linked by {shared}: "
                   f"{exclusive}, with one such value each)")


def _leftover_value(finding: Finding, pair: Pair, shared: str) -> Finding | None:
    """The two values a link was made for (`align_facts.leftover_values`: the one value of a kind
    each article states and the other does not, "fined 180,000 euros" / "une amende de 150 000
    euros", "would take effect on 1 October 2030" / "Het verbod gaat in op 1 december 2030"): one
    amount or day told two ways. A warning at most: which fact each states is the aligner's reading.
    Likewise on a link made for two such values of two mutually best-worded claims
    (`align_facts._differing_value_pairs`) or of the two claims alone naming one event with such a
    value (`align_facts._event_pivot_pairs`), where the two fill one role confidently (`_one_value_each`)."""
    evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
    kind = _leftover_kind(finding.type, evidence)
    anchors = pair.evidence.get("anchors") or ()
    if kind is None or not (f"{LEFTOVER}{kind}" in anchors
                            or (kind in differing_value_kinds(anchors) and _one_value_each(finding.type, evidence))):
        return None
    return replace(finding, severity="warning", confidence=ROLE_ANCHORED_CONFIDENCE,
                   message=finding.message + f" (claims of separately written articles linked by {shared})")


def _leftover_kind(kind: str, evidence: dict) -> str | None:
    """The kind of value (`align_facts.leftover_values`) a finding's two differing values share: a
    figure's unit, or a written-out day (one date each, not a time of a statement or an original value)."""
    if kind == "number_mismatch" and evidence.get("facet") == "numbers":
        units = {value.get("unit") for value in evidence.get("differing") or ()}
        return str(next(iter(units)) or COUNT) if len(units) == 1 else None
    if kind == "time_mismatch" and evidence.get("facet") == "numbers":
        # two times of day, read as figures: a link made for them names the kind (`align_facts.CLOCK`)
        units = {value.get("unit") for value in evidence.get("differing") or ()}
        return CLOCK if units == {CLOCK} else None
    if kind == "time_mismatch" and _one_value_each(kind, evidence):
        return LEFTOVER_DATE
    return None


def _sole_partners(finding: Finding, pair: Pair) -> bool:
    """Each claim the other's only partner, or the only one stating a figure of the differing kind."""
    if pair.evidence.get("one_to_one"):
        return True
    differing = (finding.evidence.get("differing") or ()) if finding.evidence.get("facet") == "numbers" else ()
    kinds = {_differing_kind(value) for value in differing}
    return len(kinds) == 1 and kinds <= set(pair.evidence.get("sole_kinds") or ())


MOMENTS = {"clock", "ordinal"}  # value kinds that place something in time or in an order, not counts


def _differing_kind(value: dict) -> str:
    return value_kind(value.get("unit"), bool(value.get("ordinal")))


def _one_value_each(kind: str, evidence: dict) -> bool:
    """The two differing values fill one role: figures of a confidently matched unit or noun, of one
    subgroup (a specific role is `_role_anchored`'s, which asks why the two are one count), or two
    written-out dates of one granularity (not a weekday or "yesterday" read from each article's own
    publication date, nor a time of a statement or an original value)."""
    if evidence.get("facet") == "numbers":
        qualifiers = evidence.get("qualifiers") or ((), ())
        if list(qualifiers[0]) != list(qualifiers[1]):
            return False
        if {_differing_kind(value) for value in evidence["differing"]} <= MOMENTS:
            # A time of day or a minute of a match counts nothing: the role word near it names at
            # most the event it times ("The magnitude 7.1 quake hit at 3:42 a.m."), which the
            # other side may leave to its neighbour; two different events are still two moments.
            return len({role for role in evidence.get("roles") or () if role}) <= 1
        return evidence.get("role_confidence", 0.0) >= CONFIDENT_ROLE and not any(evidence.get("roles") or ())
    if kind != "time_mismatch" or evidence.get("dates") != [1, 1] or evidence.get("times") != [1, 1]:
        return False
    if evidence.get("relation") != "disjoint" or any(evidence.get(note) for note in ("statement", "superseded", "clauses")):
        return False
    first, second = evidence["differing"]
    return (not first.get("relative") and not second.get("relative")
            and len(first.get("value") or "") == len(second.get("value") or ""))


def _sentences_by_paragraph(claims: Iterable[Claim]) -> dict[tuple[str, int], dict[int, str]]:
    found: dict[tuple[str, int], dict[int, str]] = {}
    for claim in claims:
        found.setdefault((claim.doc, claim.paragraph), {})[claim.sentence] = claim.sentence_text
    return found


def _values_by_sentence(claims: Iterable[Claim]) -> dict[tuple[str, int], tuple]:
    found: dict[tuple[str, int], list] = {}
    for claim in claims:
        found.setdefault((claim.doc, claim.sentence), []).extend([*claim.times, *claim.numbers])
    return {key: tuple(values) for key, values in found.items()}


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


def _status(pair: Pair, findings: list[Finding], left: Claim, right: Claim) -> str:
    if any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK["warning"] for f in findings):
        return "conflict"
    if _weak_link(pair):
        return "weak"
    if findings or _adds_detail(left, right) or _adds_detail(right, left):
        return "partial"
    return "agree"


def _adds_detail(a: Claim, b: Claim) -> bool:
    return (bool(a.times) and not b.times) or (bool(a.numbers) and not b.numbers)


FACET_CHECKS: tuple[Callable[[Claim, Claim, Pair, Siblings], list[Finding]], ...] = (
    check_times,
    check_numbers,
    check_entities,
    check_polarity,
    check_modality,
    check_attribution,
)


# What a loose fact link may still report above info, each on a second anchor of its own; the first that applies.
LOOSE_LINK_LIFTS: tuple[Callable[[Finding, Pair, str], Finding | None], ...] = (
    _role_anchored,
    _clock_anchored,
    _day_anchored,
    _stance_anchored,
    _speaker_anchored,
    _surname_anchored,
    _leftover_value,
    _exclusive_values,
)
