"""One self-contained HTML page a fact-checker can read, however many languages a story has.

Per story: a summary, a grid of the findings between each two articles, the findings grouped
per fact (a claim that disagrees with five articles is one card listing its five counterparts,
not five cards), then two articles side by side, chosen by the reader (any two, or a pivot
article against each other one); claims are underlined by how they compare with the article
beside them, differing values are marked, and every finding links to its place in the articles
and names it as file:line. A legend explains the marks.

No network: style and script are inlined and a Content-Security-Policy forbids every fetch.
All article text goes through `html.escape`; the script reads only `data-` attributes (JSON
parsed, never evaluated). Without script every article is shown, two to a row.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from typing import TextIO

from ..langid import LANGUAGE_NAMES
from ..model import SEVERITY_RANK, Claim, Document, Report, StoryReport
from .findings import (
    NOTE_CONFIDENCE,
    RULES,
    SUMMARY_COUNTS,
    LocatedFinding,
    claim_gloss,
    confidence_text,
    facet_spans,
    is_low_confidence_note,
    located_findings,
    nothing_to_compare,
    omission_heading,
    plural,
    rule_title,
    sentence_with_offset,
    split_marked,
    summary_counts,
    summary_line,
)
from .html_assets import SCRIPT, STYLE
from .locations import Location, describe

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
STATUS_MARK = {"agree": "✔", "partial": "≈", "conflict": "✖", "weak": "~"}


def render_html(report: Report, stream: TextIO, prefer_paths=()) -> None:
    stream.write(html_page(report, prefer_paths))


def html_page(report: Report, prefer_paths=()) -> str:
    findings = located_findings(report, prefer_paths)
    sections = [StoryPage(i, story, [item for item in findings if item.story is story]).section() for i, story in enumerate(report.stories)]
    stories = "\n".join(sections) or '<p class="empty">No articles.</p>'
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(summary_line(report))}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(summary_line(report))}</h1>{filters(findings)}</header>\n"
        f"<main>\n{legend()}\n{story_index(report)}{stories}\n{skipped_list(report)}</main>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def filters(findings: list[LocatedFinding]) -> str:
    counts = Counter(item.type for item in findings)
    boxes = "".join(
        f'<label title="{escape(RULES.get(kind, ("", ""))[1])}"><input type="checkbox" data-filter="{escape(kind)}" checked> '
        f"{escape(rule_title(kind))} ({count})</label>"
        for kind, count in sorted(counts.items())
    )
    return f'<fieldset class="filters"><legend>Show</legend>{boxes}</fieldset>' if boxes else ""


def legend() -> str:
    """What every colour, mark and symbol on the page means (docs/discrepancies.md, in short)."""
    severities = (
        ("error", "dates or figures that cannot both hold, in claims that say the same thing"),
        ("warning", "a probable contradiction: another name in the same role, a flipped negation or certainty"),
        ("info", "missing detail, a speaker described differently, a claim one article alone makes, a loose match"),
    )
    items = "".join(f'<li class="sev-{name}"><span class="badge">{name}</span> {escape(text)}</li>' for name, text in severities)
    marks = (
        ('<span class="claim st-agree">claim</span>', "✔ agrees with a claim of the article beside it"),
        ('<span class="claim st-partial">claim</span>', "≈ agrees in part (adds a date or figure; an info finding)"),
        ('<span class="claim st-conflict flagged sev-error">claim</span>', "✖ conflicts with it (colour: the severity)"),
        ('<span class="claim st-weak">claim</span>', "~ weakly linked (a shared name, role or figure alone, or position alone): not an agreement"),
        ('<span class="claim st-none">claim</span>', "· no counterpart in the article beside it"),
        ('<mark class="facet">30 December</mark>', "the value that differs"),
        ('<span class="claim linked">claim</span>', "the claim pointed at and its counterparts"),
    )
    mark_items = "".join(f"<li>{sample} {escape(text)}</li>" for sample, text in marks)
    return (
        '<details class="legend" open><summary>Legend</summary><div class="legend-body">'
        f'<div><h4>Severity</h4><ul>{items}</ul></div>'
        f'<div><h4>In the articles</h4><ul>{mark_items}</ul></div>'
        "<div><h4>Links</h4><ul><li><span class=\"pair-link\">de:2 ↔ en:2</span> those two articles side by side, at the claim</li>"
        "<li><span class=\"loc-sample\">de.md:9</span> file:line of a claim; click to find it in the article</li>"
        "<li>Hover a claim to outline its counterparts; the boxes at the top filter by kind.</li></ul></div>"
        "</div></details>"
    )


def skipped_list(report: Report) -> str:
    items = "".join(f"<li>{escape(s.path)}: {escape(s.reason)}</li>" for s in report.skipped)
    return f"<h2>Skipped inputs</h2><ul>{items}</ul>" if items else ""


def story_index(report: Report) -> str:
    """With several stories, one table of them all (the Markdown report's columns), each row a link
    to its story: the page is otherwise one long scroll with nothing saying which story has errors."""
    if len(report.stories) < 2:
        return ""
    head = "".join(f"<th>{escape(title)}</th>" for title in ("Story", "Articles", *SUMMARY_COUNTS))
    rows = "".join(
        f'<tr><td><a href="#story-{index}">{escape(story.id)}</a></td>'
        f"<td>{escape(', '.join(doc.lang for doc in story.documents))}</td>"
        + "".join(f"<td>{count}</td>" for count in summary_counts(story)) + "</tr>"
        for index, story in enumerate(report.stories)
    )
    return f'<nav class="story-index"><h2>{plural(len(report.stories), "story", "stories").capitalize()}</h2><table class="summary"><tr>{head}</tr>{rows}</table></nav>\n'


def summary_table(story: StoryReport) -> str:
    head = "".join(f"<th>{escape(title)}</th>" for title in SUMMARY_COUNTS)
    cells = "".join(f"<td>{count}</td>" for count in summary_counts(story))
    return f'<table class="summary"><tr>{head}</tr><tr>{cells}</tr></table>'


def _worst(severities) -> str | None:
    return max(severities, key=lambda s: SEVERITY_RANK[s], default=None)


# --- findings grouped per fact ------------------------------------------------------------------


@dataclass
class FactGroup:
    """Findings that share claims (one claim against several articles, or a chain of them)."""

    items: list[LocatedFinding]
    claims: list[Claim]  # the most connected claim first, then in document order
    hub: Claim | None  # the claim every finding of the group involves, when there is one

    @property
    def severity(self) -> str:
        return _worst(item.severity for item in self.items) or "info"

    @property
    def types(self) -> list[str]:
        return sorted({item.type for item in self.items})


def fact_groups(items: list[LocatedFinding], documents: list[Document],
                attached: list[LocatedFinding] = ()) -> tuple[list[FactGroup], list[LocatedFinding]]:
    """Connected components of the claims that findings link (union-find), most severe first.
    `attached` (the low-confidence notes) join the group of a claim they share but link no groups:
    through them unrelated findings chained into one card ("12 claims in 2 articles · 30 findings").
    Returns the groups and the attached findings that joined none."""
    parent: dict[str, str] = {}

    def root(claim_id: str) -> str:
        while parent.setdefault(claim_id, claim_id) != claim_id:
            parent[claim_id] = parent[parent[claim_id]]
            claim_id = parent[claim_id]
        return claim_id

    for item in items:
        ids = [claim.id for claim, _ in item.sentences()]
        for other in ids[1:]:
            parent[root(other)] = root(ids[0])
    components: dict[str, list[LocatedFinding]] = {}
    for item in items:
        components.setdefault(root(item.sentences()[0][0].id) if item.sentences() else id(item), []).append(item)
    linked = {claim.id for item in items for claim, _ in item.sentences()}
    alone = []
    for item in attached:
        shared = next((claim.id for claim, _ in item.sentences() if claim.id in linked), None)
        if shared is None:
            alone.append(item)
        else:
            components[root(shared)].append(item)
    order = {doc.id: n for n, doc in enumerate(documents)}
    groups = [_group(members, order) for members in components.values()]
    return sorted(groups, key=lambda g: (-SEVERITY_RANK[g.severity], -len(g.items), order.get(g.claims[0].doc, 0) if g.claims else 0)), alone


def _group(items: list[LocatedFinding], order: dict[str, int]) -> FactGroup:
    claims = {claim.id: claim for item in items for claim, _ in item.sentences()}
    degree = Counter(claim.id for item in items for claim, _ in item.sentences())
    hub_id = next((cid for cid, count in degree.most_common(1) if count == len(items) and len(items) > 1), None)
    ranked = sorted(claims.values(), key=lambda c: (c.id != hub_id, order.get(c.doc, 0), c.start))
    return FactGroup(items, ranked, claims.get(hub_id) if hub_id else None)


# --- one story ----------------------------------------------------------------------------------


@dataclass
class ClaimMarks:
    """What the page shows on one claim: its aligned partners and the findings it is part of."""

    partners: list[str] = field(default_factory=list)
    types: set[str] = field(default_factory=set)
    severity: str | None = None
    facet_spans: list[tuple[int, int]] = field(default_factory=list)

    def add_finding(self, item: LocatedFinding, claim: Claim) -> None:
        self.types.add(item.type)
        self.severity = _worst([s for s in (self.severity, item.severity) if s])
        self.facet_spans += facet_spans(claim, item.finding.evidence)


class StoryPage:
    def __init__(self, index: int, story: StoryReport, findings: list[LocatedFinding]):
        self.index, self.story = index, story
        self.claims = {c.id: c for c in story.claims}
        self.anchors = {c.id: f"s{index}-c{n}" for n, c in enumerate(story.claims)}
        self.problems = [item for item in findings if item.type != "omission"]
        self.omissions = [item for item in findings if item.type == "omission"]
        notes = [item for item in self.problems if is_low_confidence_note(item.finding)]
        # the cards, and the low-confidence notes on no claim of theirs (folded apart)
        self.groups, self.notes = fact_groups([item for item in self.problems if item not in notes], story.documents, notes)
        self.marks = self._claim_marks(findings)
        self.links = self._links()
        self.locations: dict[str, Location] = {
            claim.id: location for item in findings for claim, location in item.sentences() if location
        }
        self.left, self.right = self._default_pair()

    def section(self) -> str:
        story, many = self.story, len(self.story.documents) > 2
        groups = self.groups
        empty = escape(nothing_to_compare(story) or ("No finding of confidence 0.50 or more: see the low-confidence notes below."
                                                     if self.notes else "No contradictions found."))
        cards = "\n".join(self.fact_card(group) for group in groups) or f'<li class="empty">{empty}</li>'
        count = f"{plural(len(groups), 'fact')}, {plural(len(self.problems) - len(self.notes), 'finding')}"
        articles = "\n".join(self.article(doc) for doc in story.documents)
        return (
            f'<section class="story" id="story-{self.index}" data-left="{escape(self.left)}" data-right="{escape(self.right)}">\n'
            f"<h2>Story {escape(story.id)}</h2>\n<p class=\"docs\">{self.documents_line()}</p>\n"
            f'<div class="overview">{summary_table(story)}{self.pair_grid() if many else ""}</div>\n'
            f'<div class="section-head"><h3>Findings by fact ({count})</h3>{self.scope_choice() if many else ""}</div>\n'
            f'<ol class="facts">\n{cards}\n</ol>\n{self.note_group()}{self.omission_group()}'
            f'<div class="section-head"><h3>Articles</h3>{self.pair_choice() if many else ""}</div>\n'
            f'<div class="articles">\n{articles}\n</div>\n</section>'
        )

    # -- overview and choices --

    def documents_line(self) -> str:
        return " · ".join(
            f"<b>{escape(d.id)}</b> ({escape(LANGUAGE_NAMES.get(d.lang, d.lang))})" for d in self.story.documents
        )

    def pair_counts(self) -> dict[tuple[str, str], list[LocatedFinding]]:
        counts: dict[tuple[str, str], list[LocatedFinding]] = {}
        for item in self.problems:
            docs = tuple(sorted({claim.doc for claim, _ in item.sentences()}))
            if len(docs) == 2:
                counts.setdefault(docs, []).append(item)
        return counts

    def _default_pair(self) -> tuple[str, str]:
        """The two articles with the most (and most severe) findings between them."""
        docs = [d.id for d in self.story.documents]
        if len(docs) < 2:
            return (docs[0] if docs else "", "")
        scored = {pair: sum(10 ** SEVERITY_RANK[i.severity] for i in items) for pair, items in self.pair_counts().items()}
        if not scored:
            return docs[0], docs[1]
        best = max(scored, key=lambda pair: (scored[pair], -docs.index(pair[0]), -docs.index(pair[1])))
        return tuple(sorted(best, key=docs.index))

    def pair_grid(self) -> str:
        """Findings between each two articles; a cell shows that pair side by side."""
        docs = self.story.documents
        counts = self.pair_counts()
        head = "".join(f"<th>{escape(d.id)}</th>" for d in docs[1:])
        rows = []
        for i, left in enumerate(docs[:-1]):
            cells = []
            for j, right in enumerate(docs[1:], start=1):
                if j <= i:
                    cells.append("<td></td>")
                    continue
                items = counts.get(tuple(sorted((left.id, right.id))), [])
                severity = _worst(item.severity for item in items)
                label = str(len(items)) if items else "·"
                title = f"{left.id} and {right.id}: {plural(len(items), 'finding')}"
                cells.append(
                    f'<td><button type="button" class="pair-cell{" sev-" + severity if severity else ""}" data-left="{escape(left.id)}" '
                    f'data-right="{escape(right.id)}" title="{escape(title)}">{label}</button></td>'
                )
            rows.append(f"<tr><th>{escape(left.id)}</th>{''.join(cells)}</tr>")
        return (
            '<div class="pair-grid"><table><caption>Findings between each two articles (click: side by side)</caption>'
            f"<tr><th></th>{head}</tr>{''.join(rows)}</table></div>\n"
        )

    def _select(self, side: str, chosen: str) -> str:
        options = "".join(
            f'<option value="{escape(d.id)}"{" selected" if d.id == chosen else ""}>{escape(d.id)} — {escape(LANGUAGE_NAMES.get(d.lang, d.lang))}</option>'
            for d in self.story.documents
        )
        return f'<select data-side="{side}" aria-label="{side} article">{options}</select>'

    def pair_choice(self) -> str:
        return f'<label class="choice">Side by side: {self._select("left", self.left)} and {self._select("right", self.right)}</label>'

    def scope_choice(self) -> str:
        pivots = "".join(f'<option value="doc:{escape(d.id)}">involving {escape(d.id)} (pivot)</option>' for d in self.story.documents)
        return (
            '<label class="choice">Show findings: <select data-scope aria-label="which findings">'
            f'<option value="all" selected>between all articles</option><option value="pair">between the two articles shown</option>{pivots}'
            "</select></label>"
        )

    # -- fact cards --

    def fact_card(self, group: FactGroup) -> str:
        head = f'<span class="badge">{escape(group.severity)}</span> <b>{escape(", ".join(rule_title(t) for t in group.types))}</b>'
        docs = sorted({c.doc for c in group.claims})
        if group.hub:
            others = [d for d in docs if d != group.hub.doc]
            scope = f"{escape(group.hub.id)} against {escape(plural(len(others), 'article'))} ({escape(', '.join(others))})"
        else:
            scope = f"{escape(plural(len(group.claims), 'claim'))} in {escape(plural(len(docs), 'article'))}"
        rows = "".join(self.claim_row(group, claim) for claim in group.claims)
        lines = "".join(self.finding_line(message, items) for message, items in _same_message(group.items))
        return (
            f'<li class="fact sev-{escape(group.severity)}" data-types="{escape(" ".join(group.types))}">'
            f'<div class="fact-head">{head} <span class="scope">{scope} · {escape(plural(len(group.items), "finding"))}</span></div>'
            f'<table class="fact-claims">{rows}</table><ul class="fact-findings">{lines}</ul></li>'
        )

    def claim_row(self, group: FactGroup, claim: Claim) -> str:
        evidences = [item.finding.evidence for item in group.items if claim in (c for c, _ in item.sentences())]
        text, base = sentence_with_offset(self.story, claim)
        spans = sorted({span for evidence in evidences for span in facet_spans(claim, evidence)})
        sentence = "".join(_marked_piece(piece, marked) for piece, marked in split_marked(text, base, spans))
        location = self.locations.get(claim.id)
        where = escape(describe(location)) if location else escape(claim.id)
        partner = self._partner_in(group, claim)
        gloss = claim_gloss(self.story, claim)
        translation = f'<div class="translation">{escape(gloss)}</div>' if gloss else ""
        return (
            f'<tr class="{"hub" if claim is group.hub else ""}"><th><span class="lang-tag" title="{escape(claim.doc)}">{escape(claim.doc)}</span></th>'
            f'<td lang="{escape(claim.lang)}">{sentence}{translation}</td>'
            f'<td class="loc"><a href="#{self.anchors[claim.id]}" data-goto="{self.anchors[claim.id]}" data-doc="{escape(claim.doc)}" '
            f'data-with="{escape(partner)}" title="show in the articles">{where}</a></td></tr>'
        )

    def _partner_in(self, group: FactGroup, claim: Claim) -> str:
        """The article to show beside `claim`'s own: that of its first counterpart in the group."""
        for item in group.items:
            ids = [c for c, _ in item.sentences()]
            if claim in ids:
                return next((c.doc for c in ids if c is not claim), "")
        return ""

    def finding_line(self, message: str, items: list[LocatedFinding]) -> str:
        first = items[0]
        buttons = "".join(self.pair_button(item) for item in items)
        docs = " ".join(sorted({c.doc for item in items for c, _ in item.sentences()}))
        pairs = escape(json.dumps([[c.doc for c, _ in item.sentences()] for item in items], ensure_ascii=False))
        confidence = confidence_text(item.finding for item in items)
        sure = f' <span class="conf">({escape(confidence)})</span>' if confidence else ""
        return (
            f'<li class="finding sev-{escape(first.severity)}" data-type="{escape(first.type)}" data-docs="{escape(docs)}" data-pairs="{pairs}">'
            f'<span class="mini sev-{escape(first.severity)}">{escape(first.severity)}</span> {escape(message)}{sure} {buttons}</li>'
        )

    def pair_button(self, item: LocatedFinding) -> str:
        (a, _), (b, _) = item.sentences()[0], item.sentences()[-1]
        return (
            f'<button type="button" class="pair-link" data-left="{escape(a.doc)}" data-right="{escape(b.doc)}" '
            f'data-goto="{self.anchors[a.id]}" title="show {escape(a.doc)} and {escape(b.doc)} side by side">{escape(a.id)} ↔ {escape(b.id)}</button>'
        )

    def note_group(self) -> str:
        """Info findings of low confidence (loosely linked claims that may state different things) on
        no claim of a card: folded below the cards, as the text and Markdown reports list them apart."""
        if not self.notes:
            return ""
        cards = "\n".join(self.fact_card(group) for group in fact_groups(self.notes, self.story.documents)[0])
        return (f'<details class="omissions notes"><summary>Low-confidence notes ({plural(len(self.notes), "finding")}, '
                f'confidence below {NOTE_CONFIDENCE:.2f})</summary>\n<ol class="facts">\n{cards}\n</ol></details>\n')

    def omission_group(self) -> str:
        """Claims found in one article only: often many, so folded away below the contradictions
        (their claims stay marked in the articles)."""
        if not self.omissions:
            return ""
        items = "\n".join(self.omission_item(item) for item in self.omissions)
        heading = escape(omission_heading(item.finding for item in self.omissions))
        return f'<details class="omissions"><summary>{heading}</summary>\n<ol class="findings">\n{items}\n</ol></details>\n'

    def omission_item(self, item: LocatedFinding) -> str:
        claims = list(item.omitted) or [c for c, _ in item.sentences()]
        doc = claims[0].doc if claims else ""
        where = escape(describe(item.primary)) if item.primary else ""
        link = f'<a href="#{self.anchors[claims[0].id]}" data-goto="{self.anchors[claims[0].id]}" data-doc="{escape(doc)}" data-with="">{where}</a>' if claims else ""
        texts = "".join(f'<p lang="{escape(c.lang)}">{escape(c.text)}</p>' for c in claims)
        return (
            f'<li class="finding sev-{escape(item.severity)}" data-type="omission" data-docs="{escape(doc)}">'
            f'<span class="lang-tag">{escape(doc)}</span> {escape(item.finding.message)} <span class="loc">{link}</span>'
            f'<div class="evidence">{texts}</div></li>'
        )

    # -- the articles, with each claim wrapped in a linked, highlightable span --

    def _claim_marks(self, findings: list[LocatedFinding]) -> dict[str, ClaimMarks]:
        marks = {claim.id: ClaimMarks() for claim in self.story.claims}
        for pair in self.story.pairs:
            if pair.left in marks and pair.right in marks:
                marks[pair.left].partners.append(pair.right)
                marks[pair.right].partners.append(pair.left)
        for item in findings:
            for claim in {c.id: c for c in [*item.omitted, *(c for c, _ in item.sentences())]}.values():
                marks[claim.id].add_finding(item, claim)
        return marks

    def _links(self) -> dict[str, list[tuple[Claim, str, str, list[str]]]]:
        """Per claim, each aligned partner with the pair's status, worst severity ("" for none)
        and finding types: the script marks a claim against whichever article is beside it."""
        by_pair: dict[frozenset, list] = {}
        for finding in self.story.findings:
            by_pair.setdefault(frozenset((finding.left, finding.right)), []).append(finding)
        links: dict[str, list] = {}
        for pair in self.story.pairs:
            if pair.left not in self.claims or pair.right not in self.claims:
                continue
            found = by_pair.get(frozenset((pair.left, pair.right)), [])
            severity, types = _worst(f.severity for f in found) or "", sorted({f.type for f in found})
            for one, other in ((pair.left, pair.right), (pair.right, pair.left)):
                links.setdefault(one, []).append((self.claims[other], pair.status, severity, types))
        return links

    def article(self, doc: Document) -> str:
        language = LANGUAGE_NAMES.get(doc.lang, doc.lang)
        meta = " · ".join(escape(part) for part in (doc.path, doc.published.isoformat() if doc.published else "date unknown"))
        title = f" — {escape(doc.title)}" if doc.title else ""
        shown = doc.id in (self.left, self.right) or len(self.story.documents) <= 2
        order = "" if not shown else f' style="order: {0 if doc.id == self.left else 1}"'
        body = self.article_text(doc, [c for c in self.story.claims if c.doc == doc.id])
        return (
            f'<article class="doc{"" if shown else " aside"}" lang="{escape(doc.lang)}" data-doc="{escape(doc.id)}"{order}>'
            f'<h3>{escape(doc.id)} ({escape(language)}){title}</h3>'
            f'<div class="meta">{meta}</div><div class="text">{body}</div></article>'
        )

    def article_text(self, doc: Document, claims: list[Claim]) -> str:
        """The whole text, escaped, with claims wrapped in spans (overlapping claims are left plain)."""
        pieces, cursor = [], 0
        for claim in sorted(claims, key=lambda c: (c.start, c.end)):
            if claim.start < cursor or claim.end > len(doc.text) or claim.start >= claim.end:
                continue
            pieces += [escape(doc.text[cursor : claim.start]), self.claim_span(doc, claim)]
            cursor = claim.end
        pieces.append(escape(doc.text[cursor:]))
        return "".join(pieces)

    def claim_span(self, doc: Document, claim: Claim) -> str:
        marks = self.marks[claim.id]
        classes = ["claim"] + (["paired"] if marks.partners else []) + ([f"sev-{marks.severity}", "flagged"] if marks.severity else [])
        attributes = {
            "class": " ".join(classes),
            "id": self.anchors[claim.id],
            "data-claim": claim.id,
            "data-partners": " ".join(self.anchors[p] for p in marks.partners if p in self.anchors),
            "data-types": " ".join(sorted(marks.types)),
            "data-links": json.dumps(
                [[self.anchors[other.id], other.doc, status, severity, types] for other, status, severity, types in self.links.get(claim.id, [])],
                ensure_ascii=False,
            ) if claim.id in self.links else "",
            "title": self._claim_title(claim, marks),
            "tabindex": "0",
        }
        rendered = " ".join(f'{name}="{escape(value)}"' for name, value in attributes.items() if value)
        inner = "".join(_marked_piece(piece, marked) for piece, marked in split_marked(doc.text[claim.start : claim.end], claim.start, marks.facet_spans))
        return f"<span {rendered}>{inner}</span>"

    def _claim_title(self, claim: Claim, marks: ClaimMarks) -> str:
        parts = [claim.id]
        parts += [f"{STATUS_MARK.get(status, '')} {status} with {other.id}" for other, status, _, _ in self.links.get(claim.id, [])]
        if marks.types:
            parts.append(", ".join(rule_title(t) for t in sorted(marks.types)))
        if claim.translation and claim.translation != claim.text:
            parts.append(f"≈ {claim.translation}")
        return " — ".join(parts)


def _same_message(items: list[LocatedFinding]) -> list[tuple[str, list[LocatedFinding]]]:
    """Findings of a group that say the same thing ("stated as asserted vs possibility") on one
    line with all their pairs."""
    lines: dict[tuple[str, str, str], list[LocatedFinding]] = {}
    for item in items:
        lines.setdefault((item.severity, item.type, item.finding.message), []).append(item)
    return [(message, members) for (_, _, message), members in lines.items()]


def _marked_piece(piece: str, marked: bool) -> str:
    return f'<mark class="facet">{escape(piece)}</mark>' if marked else escape(piece)
