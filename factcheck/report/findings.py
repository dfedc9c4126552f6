"""Findings as the machine renderers see them: located, ordered, fingerprinted, described.

SARIF, GitHub annotations, rdjson, Markdown and HTML all list the same findings in the same
order (most severe first) with the same wording, because they all read them through here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from ..langid import LANGUAGE_NAMES
from ..model import SEVERITY_RANK, Claim, Document, Finding, Report, StoryReport
from .locations import Location, claim_location, claims_location, describe, display_path

FINGERPRINT_KEY = "factcheckFinding/v1"

# What each finding type means, for rule metadata (SARIF), annotation titles and the HTML filters.
RULES: dict[str, tuple[str, str]] = {
    "time_mismatch": ("Time differs", "The aligned claims give different dates or times for the same event."),
    "number_mismatch": ("Number differs", "The aligned claims give different numbers or quantities."),
    "entity_mismatch": ("Name differs", "The aligned claims name a different person or organisation in the same role."),
    "polarity_mismatch": ("Negation differs", "One article negates a claim that the other states."),
    "modality_mismatch": ("Certainty differs", "One article states as fact what the other hedges (may, would, reportedly)."),
    "attribution_mismatch": ("Source differs", "The aligned claims are attributed to different sources or roles."),
    "omission": ("Only in one article", "Claims that no claim in the other articles matches, and figures, dates or "
                 "names of linked claims that the other articles do not state anywhere."),
}


def omitted_values(finding: Finding) -> str:
    """What a value-level omission names, as read (“365” (365 injured); “Bernard Cazeneuve”); ""
    for a claim-level one, which names whole claims."""
    return "; ".join(value.get("reading") or value.get("text", "") for value in finding.evidence.get("values") or ())


def others_do_not(story: StoryReport) -> str:
    """Before the claim whose values only one article states: "the other article does not" in a
    story of two (it said "the other articles do not" beside a single other article)."""
    return "the other articles do not" if len(story.documents) > 2 else "the other article does not"


def omission_heading(findings: Iterable[Finding]) -> str:
    """"Only in one article (3 claims; values of 2 linked claims; 4 info findings)": claim-level
    omissions count their claims, value-level ones the linked claims whose values only one article
    states; the finding count makes the summary line's info count add up."""
    findings = list(findings)
    claims = values = 0
    for finding in findings:
        if finding.evidence.get("values"):
            values += 1
        else:
            claims += len(finding.evidence.get("claims") or [finding.left])
    counts = [plural(claims, "claim")] if claims or not values else []
    counts += [f"values of {plural(values, 'linked claim')}"] if values else []
    counts += [plural(len(findings), "info finding")]
    return f"Only in one article ({'; '.join(counts)})"


def rule_title(finding_type: str) -> str:
    return RULES.get(finding_type, (finding_type.replace("_", " ").capitalize(), ""))[0]


def rule_description(finding_type: str) -> str:
    return RULES.get(finding_type, ("", finding_type.replace("_", " ")))[1]


@dataclass(frozen=True)
class LocatedFinding:
    """A finding with the claim it is reported on (`primary`) and the other article's claim."""

    story: StoryReport
    finding: Finding
    primary_claim: Claim | None
    other_claim: Claim | None
    primary: Location | None
    other: Location | None
    omitted: tuple[Claim, ...] = ()

    @property
    def severity(self) -> str:
        return self.finding.severity

    @property
    def type(self) -> str:
        return self.finding.type

    def fingerprint(self) -> str:
        """Stable across runs and line shifts: what is compared, not where it stands."""
        parts = [
            self.story.id,
            self.finding.type,
            self.primary.path if self.primary else "",
            _normalised(self.primary_claim.text) if self.primary_claim else "",
            self.other.path if self.other else "",
            _normalised(self.other_claim.text) if self.other_claim else "",
        ]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:32]

    def other_claim_label(self) -> str:
        """What the related location is, for SARIF and rdjson: not 'conflicts', since many findings are notes
        ("the claims may state different things"), and the id and language said once ('en:2 (English)',
        was 'en (en)')."""
        claim = self.other_claim
        if claim is None:
            return "the claim in the other article"
        return f"the other article's claim {claim.id} ({LANGUAGE_NAMES.get(claim.lang, claim.lang)})"

    def sentences(self) -> list[tuple[Claim, Location | None]]:
        """The claims whose sentences show the evidence, primary first."""
        pairs = [(self.primary_claim, self.primary), (self.other_claim, self.other)]
        return [(claim, location) for claim, location in pairs if claim is not None]


def located_findings(report: Report, prefer_paths: Iterable[str] = ()) -> list[LocatedFinding]:
    """Every finding of every story, most severe first (stable within a severity).

    `prefer_paths`: files the annotation should sit on when a finding spans two articles
    (the files changed in a pull request), so reviewers see it on the lines they touched.
    """
    preferred = {_normalised_path(p) for p in prefer_paths}
    located = [locate(story, finding, preferred) for story in report.stories for finding in story.findings]
    return sorted(located, key=lambda item: -SEVERITY_RANK.get(item.severity, 0))


def locate(story: StoryReport, finding: Finding, preferred: set[str] = frozenset()) -> LocatedFinding:
    claims = {c.id: c for c in story.claims}
    documents = {d.id: d for d in story.documents}
    if finding.type == "omission":
        return _locate_omission(story, finding, claims, documents)
    primary, other = claims.get(finding.left or ""), claims.get(finding.right or "")
    if primary and other and _prefers(other, documents, preferred) and not _prefers(primary, documents, preferred):
        primary, other = other, primary
    return LocatedFinding(story, finding, primary, other, _where(primary, documents), _where(other, documents))


def _locate_omission(story, finding, claims, documents) -> LocatedFinding:
    omitted = tuple(claims[cid] for cid in finding.evidence.get("claims", [finding.left]) if cid in claims)
    first = omitted[0] if omitted else claims.get(finding.left or "")
    doc = documents.get(first.doc) if first else None
    location = claims_location(doc, list(omitted) or [first]) if doc and first else None
    return LocatedFinding(story, finding, first, None, location, None, omitted)


def _where(claim: Claim | None, documents: dict[str, Document]) -> Location | None:
    if claim is None or claim.doc not in documents:
        return None
    return claim_location(documents[claim.doc], claim)


def _prefers(claim: Claim, documents: dict[str, Document], preferred: set[str]) -> bool:
    doc = documents.get(claim.doc)
    return bool(doc) and _normalised_path(doc.path) in preferred


def _normalised_path(path: str) -> str:
    return display_path(path)


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def severity_counts(report: Report) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for story in report.stories:
        for finding in story.findings:
            counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return counts


def nothing_to_compare(story: StoryReport) -> str | None:
    """A story of one article compares nothing: "No differences found" there read as a pass
    (a story whose other articles were skipped, a new story in CI)."""
    if len(story.documents) < 2:
        return "Only one article in this story: nothing to compare it with."
    return None


def articles_without_claims(story: StoryReport) -> list[tuple[str, str]]:
    """(document id, why) for each article that gave no claim: its only text set aside as boilerplate
    (text in a script the language's rules do not read, a site name alone) showed as an article
    of "0 claims" with no word on why, though the JSON kept the reason."""
    claimed = {claim.doc for claim in story.claims}
    found = []
    for doc in story.documents:
        if doc.id in claimed:
            continue
        reasons = sorted({span.reason for span in story.removed.get(doc.id, [])})
        found.append((doc.id, f"its text was set aside ({'; '.join(reasons)})" if reasons else "no sentence with words"))
    return found


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


# Column title -> key of StoryReport.summary(), for the per-story tables (Markdown, HTML).
SUMMARY_COUNTS = {
    "Claims": "claims", "Pairs": "pairs", "Agree": "agree", "Partial": "partial", "Conflict": "conflict",
    "Weak": "weak", "Only in one": "unmatched", "Errors": "error", "Warnings": "warning", "Info": "info",
}


def summary_counts(story: StoryReport) -> list[int]:
    summary = story.summary()
    return [summary.get(key, 0) for key in SUMMARY_COUNTS.values()]


def summary_line(report: Report, failed: bool | None = None) -> str:
    """`factcheck: 2 stories, 1 error, 3 warnings — FAIL` (the verdict only when known)."""
    counts = severity_counts(report)
    parts = [plural(len(report.stories), "story", "stories")]
    parts += [plural(counts["error"], "error"), plural(counts["warning"], "warning")]
    if counts["info"]:
        parts.append(f"{counts['info']} info")
    verdict = "" if failed is None else (" — FAIL" if failed else " — ok")
    return f"factcheck: {', '.join(parts)}{verdict}"


# --- evidence text with the differing facet marked (Markdown and HTML share these) ---------

FACET_ATTRIBUTES = {"times": "times", "numbers": "numbers", "entities": "entities"}


def facet_spans(claim: Claim, evidence: dict) -> list[tuple[int, int]]:
    """Document offsets of the facet values that differ (times, numbers, names), or of the words
    a negation or modality rests on (the evidence's `cues`); attribution concerns the whole claim
    and has no span. Where the evidence names the two values that differ, only those are marked: a
    finding on "Saturday" vs "vendredi" does not also mark the "two-year" both sentences agree on."""
    attribute = FACET_ATTRIBUTES.get(evidence.get("facet", ""))
    if attribute is None:
        return _cue_spans(claim, evidence)
    items = [item for item in getattr(claim, attribute) if item.end > item.start]
    differing = {value.get("text") if isinstance(value, dict) else value for value in evidence.get("differing") or ()}
    named = [(item.start, item.end) for item in items if item.text in differing]
    return sorted(named or _written_in(claim, differing) or [(item.start, item.end) for item in items])


def _written_in(claim: Claim, values: set) -> list[tuple[int, int]]:
    """Where the claim writes a differing value that is no single facet item ("Boeing 737", a name
    with its figure): its first place in the claim's text."""
    found = []
    for value in values:
        at = claim.text.find(value) if isinstance(value, str) and value else -1
        if at >= 0:
            found.append((claim.start + at, claim.start + at + len(value)))
    return found


def _cue_spans(claim: Claim, evidence: dict) -> list[tuple[int, int]]:
    cues = evidence.get("cues") or ()
    return sorted((cue["start"], cue["end"]) for cue in cues
                  if isinstance(cue, dict) and cue.get("claim") == claim.id and cue.get("start") is not None)


def sentence_with_offset(story: StoryReport, claim: Claim) -> tuple[str, int]:
    """The claim's whole sentence and the document offset it starts at (claim text as fallback)."""
    sentences = story.sentences.get(claim.doc, [])
    if 0 <= claim.sentence < len(sentences):
        sentence = sentences[claim.sentence]
        return sentence.text, sentence.start
    return claim.text, claim.start


# Punctuation and quotes around a claim that do not make the sentence say more than the claim.
_FRAME = " \t\n.,;:!?\"'“”‘’«»„()[]-–—"


def claim_gloss(story: StoryReport, claim: Claim) -> str | None:
    """The claim's English gloss for a line under its whole sentence, or None when there is none.
    "…" stands where the sentence goes on beyond the claim: the gloss covers the claim only, and
    under a longer sentence it read as a translation that left half of the sentence out."""
    if not claim.translation or claim.translation == claim.text:
        return None
    text, base = sentence_with_offset(story, claim)
    before = text[: max(0, claim.start - base)].strip(_FRAME)
    after = text[max(0, claim.end - base) :].strip(_FRAME)
    return f"≈ {'… ' if before else ''}{claim.translation}{' …' if after else ''}"


def split_marked(text: str, base: int, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Cut `text` (starting at document offset `base`) into (piece, is_marked) runs; spans
    outside the text or overlapping an earlier span are ignored rather than guessed at."""
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        start, end = start - base, end - base
        if start < cursor or end > len(text) or start >= end:
            continue
        pieces += [(text[cursor:start], False), (text[start:end], True)]
        cursor = end
    pieces.append((text[cursor:], False))
    return [(piece, marked) for piece, marked in pieces if piece]


def marked_sentence(item: LocatedFinding, claim: Claim) -> list[tuple[str, bool]]:
    text, base = sentence_with_offset(item.story, claim)
    return split_marked(text, base, facet_spans(claim, item.finding.evidence))


# An `info` finding below this confidence is a hint about a loosely linked pair (the claims may
# simply state different things): the text and Markdown reports list these after the findings, so
# the evidence a reader must weigh is not buried under them. Nothing is left out; warnings and
# errors are always shown whole.
NOTE_CONFIDENCE = 0.5


def is_low_confidence_note(finding: Finding) -> bool:
    return finding.severity == "info" and finding.type != "omission" and finding.confidence < NOTE_CONFIDENCE


def repeated_findings(findings: Iterable[Finding], claims: dict[str, Claim]) -> list[list[Finding]]:
    """Findings grouped when they say the same thing (severity, type, message) about the same two
    sentences, in the order of each group's first: one sentence cut into several claims, each linked
    to one claim of the other article ("Marty Beard, chief operating officer at BlackBerry, said …"
    against "…, a indiqué Marty Beard, directrice générale de BlackBerry") gave three identical
    warnings, each with the same two sentences. Shown once, with all their claims."""
    groups: dict[tuple, list[Finding]] = {}
    for finding in findings:
        groups.setdefault((finding.severity, finding.type, finding.message, _sentence_of(finding.left, claims),
                           _sentence_of(finding.right, claims)), []).append(finding)
    return list(groups.values())


def _sentence_of(claim_id: str | None, claims: dict[str, Claim]) -> tuple:
    claim = claims.get(claim_id or "")
    return (claim.doc, claim.paragraph, claim.sentence) if claim else (claim_id,)


def confidence_text(findings: Iterable[Finding]) -> str:
    """How sure, as every report meant to be read says it: 'confidence 0.86', or 'confidence
    0.51–0.66' for a line several findings share. Nothing for omissions: every one has the same
    fixed confidence (compare/omissions.py, a hint), which would tell the reader nothing."""
    values = sorted({f"{f.confidence:.2f}" for f in findings if f.type != "omission"}, key=float)
    if not values:
        return ""
    return f"confidence {values[0]}" if len(values) == 1 else f"confidence {values[0]}–{values[-1]}"


def finding_text(item: LocatedFinding) -> str:
    """Plain multi-line text: the message (and how sure), then each article's sentence with where it stands."""
    sure = confidence_text([item.finding])
    lines = [f"{item.finding.message} ({sure})" if sure else item.finding.message]
    for claim, location in item.sentences():
        where = describe(location) if location else ""
        # An omission is about its own claims: their sentence may hold matched claims too.
        shown = claim.text if item.omitted else claim.sentence_text or claim.text
        lines.append(f"{_claim_label(claim, where)}: {shown}")
    for claim in item.omitted[1:]:
        lines.append(f"{_claim_label(claim)}: {claim.text}")
    return "\n".join(lines)


def _claim_label(claim: Claim, where: str = "") -> str:
    """'nl:6 (Dutch, seeds/nl.md:13:1)': the claim id the other reports use, its language named once
    (was 'nl [nl] (…)')."""
    details = ", ".join(filter(None, (LANGUAGE_NAMES.get(claim.lang, claim.lang), where)))
    return f"{claim.id} ({details})"
