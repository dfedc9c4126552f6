"""One self-contained HTML page: per story the findings, then the articles side by side with
aligned claims linked (hover or click highlights the partner), the differing facet values
marked, and check boxes that filter by finding type.

No network: style and script are inlined and a Content-Security-Policy forbids every fetch.
All article text goes through `html.escape`; the script reads only `data-` attributes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import escape
from typing import TextIO

from ..langid import LANGUAGE_NAMES
from ..model import SEVERITY_RANK, Claim, Document, Report, StoryReport
from .findings import (
    SUMMARY_COUNTS,
    LocatedFinding,
    facet_spans,
    located_findings,
    marked_sentence,
    rule_title,
    split_marked,
    summary_counts,
    summary_line,
)
from .html_assets import SCRIPT, STYLE
from .locations import describe

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def render_html(report: Report, stream: TextIO, prefer_paths=()) -> None:
    stream.write(html_page(report, prefer_paths))


def html_page(report: Report, prefer_paths=()) -> str:
    findings = located_findings(report, prefer_paths)
    sections = [story_section(i, story, [item for item in findings if item.story is story]) for i, story in enumerate(report.stories)]
    stories = "\n".join(sections) or '<p class="empty">No articles.</p>'
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(summary_line(report))}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(summary_line(report))}</h1>{filters(findings)}</header>\n"
        f"<main>\n{stories}\n{skipped_list(report)}</main>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def filters(findings: list[LocatedFinding]) -> str:
    counts = Counter(item.type for item in findings)
    boxes = "".join(
        f'<label><input type="checkbox" data-filter="{escape(kind)}" checked> {escape(rule_title(kind))} ({count})</label>'
        for kind, count in sorted(counts.items())
    )
    return f'<fieldset class="filters"><legend>Show</legend>{boxes}</fieldset>' if boxes else ""


def skipped_list(report: Report) -> str:
    items = "".join(f"<li>{escape(s.path)}: {escape(s.reason)}</li>" for s in report.skipped)
    return f"<h2>Skipped inputs</h2><ul>{items}</ul>" if items else ""


def story_section(index: int, story: StoryReport, findings: list[LocatedFinding]) -> str:
    marks = claim_marks(story, findings)
    problems = [item for item in findings if item.type != "omission"]
    omissions = [item for item in findings if item.type == "omission"]
    items = "\n".join(finding_item(item) for item in problems) or '<li class="empty">No contradictions found.</li>'
    articles = "\n".join(article(doc, story, marks) for doc in story.documents)
    return (
        f'<section class="story" id="story-{index}">\n<h2>Story {escape(story.id)}</h2>\n{summary_table(story)}\n'
        f'<ol class="findings">\n{items}\n</ol>\n{omission_group(omissions)}'
        f'<div class="articles" style="--columns: {max(1, len(story.documents))}">\n{articles}\n</div>\n</section>'
    )


def omission_group(omissions: list[LocatedFinding]) -> str:
    """Claims found in one article only: often many, so folded away below the contradictions
    (their claims stay marked in the articles)."""
    if not omissions:
        return ""
    items = "\n".join(finding_item(item) for item in omissions)
    count = sum(len(item.omitted) or 1 for item in omissions)
    return f'<details class="omissions"><summary>Only in one article ({count} claims)</summary>\n<ol class="findings">\n{items}\n</ol></details>\n'


def summary_table(story: StoryReport) -> str:
    head = "".join(f"<th>{escape(title)}</th>" for title in SUMMARY_COUNTS)
    cells = "".join(f"<td>{count}</td>" for count in summary_counts(story))
    return f'<table class="summary"><tr>{head}</tr><tr>{cells}</tr></table>'


def finding_item(item: LocatedFinding) -> str:
    claim_ids = [c.id for c in item.omitted] or [c.id for c, _ in item.sentences()]
    evidence = "".join(evidence_line(item, claim, location) for claim, location in item.sentences())
    evidence += "".join(f'<p lang="{escape(c.lang)}"><span class="lang-tag">{escape(c.lang)}</span> {escape(c.text)}</p>' for c in item.omitted[1:])
    return (
        f'<li class="finding sev-{escape(item.severity)}" data-type="{escape(item.type)}" data-claims="{escape(" ".join(claim_ids))}">'
        f'<span class="badge">{escape(item.severity)}</span> <b>{escape(rule_title(item.type))}</b> '
        f'{escape(item.finding.message)}<div class="evidence">{evidence}</div></li>'
    )


def evidence_line(item: LocatedFinding, claim: Claim, location) -> str:
    sentence = "".join(_marked_piece(piece, marked) for piece, marked in marked_sentence(item, claim))
    where = f' title="{escape(describe(location))}"' if location else ""
    return f'<p lang="{escape(claim.lang)}"{where}><span class="lang-tag">{escape(claim.lang)}</span> {sentence}</p>'


def _marked_piece(piece: str, marked: bool) -> str:
    return f'<mark class="facet">{escape(piece)}</mark>' if marked else escape(piece)


# --- the articles, with each claim wrapped in a linked, highlightable span -------------------


@dataclass
class ClaimMarks:
    """What the page shows on one claim: its aligned partners and the findings it is part of."""

    partners: list[str] = field(default_factory=list)
    types: set[str] = field(default_factory=set)
    severity: str | None = None
    facet_spans: list[tuple[int, int]] = field(default_factory=list)

    def add_finding(self, item: LocatedFinding, claim: Claim) -> None:
        self.types.add(item.type)
        if self.severity is None or SEVERITY_RANK[item.severity] > SEVERITY_RANK[self.severity]:
            self.severity = item.severity
        self.facet_spans += facet_spans(claim, item.finding.evidence.get("facet", ""))


def claim_marks(story: StoryReport, findings: list[LocatedFinding]) -> dict[str, ClaimMarks]:
    marks = {claim.id: ClaimMarks() for claim in story.claims}
    for pair in story.pairs:
        if pair.left in marks and pair.right in marks:
            marks[pair.left].partners.append(pair.right)
            marks[pair.right].partners.append(pair.left)
    for item in findings:
        for claim in {c.id: c for c in [*item.omitted, *(c for c, _ in item.sentences())]}.values():
            marks[claim.id].add_finding(item, claim)
    return marks


def article(doc: Document, story: StoryReport, marks: dict[str, ClaimMarks]) -> str:
    language = LANGUAGE_NAMES.get(doc.lang, doc.lang)
    meta = " · ".join(escape(part) for part in (doc.path, doc.published.isoformat() if doc.published else "date unknown"))
    title = f" — {escape(doc.title)}" if doc.title else ""
    body = article_text(doc, [c for c in story.claims if c.doc == doc.id], marks)
    return (
        f'<article class="doc" lang="{escape(doc.lang)}"><h3>{escape(doc.id)} ({escape(language)}){title}</h3>'
        f'<div class="meta">{meta}</div><div class="text">{body}</div></article>'
    )


def article_text(doc: Document, claims: list[Claim], marks: dict[str, ClaimMarks]) -> str:
    """The whole text, escaped, with claims wrapped in spans (overlapping claims are left plain)."""
    pieces, cursor = [], 0
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        if claim.start < cursor or claim.end > len(doc.text) or claim.start >= claim.end:
            continue
        pieces += [escape(doc.text[cursor : claim.start]), claim_span(doc, claim, marks[claim.id])]
        cursor = claim.end
    pieces.append(escape(doc.text[cursor:]))
    return "".join(pieces)


def claim_span(doc: Document, claim: Claim, marks: ClaimMarks) -> str:
    classes = ["claim"] + (["paired"] if marks.partners else []) + ([f"sev-{marks.severity}", "flagged"] if marks.severity else [])
    attributes = {
        "class": " ".join(classes),
        "data-claim": claim.id,
        "data-partners": " ".join(marks.partners),
        "data-types": " ".join(sorted(marks.types)),
        "title": _claim_title(claim, marks),
        "tabindex": "0",
    }
    rendered = " ".join(f'{name}="{escape(value)}"' for name, value in attributes.items() if value)
    inner = "".join(_marked_piece(piece, marked) for piece, marked in split_marked(doc.text[claim.start : claim.end], claim.start, marks.facet_spans))
    return f"<span {rendered}>{inner}</span>"


def _claim_title(claim: Claim, marks: ClaimMarks) -> str:
    parts = [claim.id]
    if marks.types:
        parts.append(", ".join(rule_title(t) for t in sorted(marks.types)))
    if claim.translation and claim.translation != claim.text:
        parts.append(f"≈ {claim.translation}")
    return " — ".join(parts)
