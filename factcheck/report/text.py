"""Terminal renderer (rich): summary, then findings with both sentences, agreements, one-sided text.

Article text always goes through `rich.text.Text` (never markup: "[Reuters]" must survive).
Without colour (piped, NO_COLOR) the differing facet is marked with «…» so the evidence is
still visible in a log or an e-mail.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from ..langid import LANGUAGE_NAMES
from ..model import Claim, Finding, Report, Sentence, StoryReport

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_MARK = {"error": "✖", "warning": "▲", "info": "•"}
STATUS_MARK = {"agree": "✔", "partial": "≈", "conflict": "✖"}
HIGHLIGHT = "bold reverse"
FACET_SPANS = {"times": "times", "numbers": "numbers", "entities": "entities"}


def render_text(report: Report, stream: TextIO, color: bool | None = None, width: int | None = None) -> None:
    console = Console(file=stream, no_color=color is False, force_terminal=color, highlight=False, emoji=False, width=width, soft_wrap=False)
    plain = console.no_color or not console.is_terminal
    for index, story in enumerate(report.stories):
        if index:
            console.print()
        _render_story(console, story, plain)
    for skipped in report.skipped:
        console.print(Text(f"skipped {skipped.path}: {skipped.reason}", style="dim"))
    if not report.stories and not report.skipped:
        console.print("No articles found.")


def _render_story(console: Console, story: StoryReport, plain: bool) -> None:
    claims = {c.id: c for c in story.claims}
    view = _StoryView(story, claims, plain)
    console.print(_header(story))
    console.print(Padding(_summary_line(story), (0, 0, 0, 2)))
    problems = [f for f in story.findings if f.type != "omission"]
    if problems:
        console.print()
        console.print(Text(f"Findings ({len(problems)})", style="bold underline"))
        for finding in problems:
            console.print(view.finding(finding))
    agreements = [p for p in story.pairs if p.status != "conflict"]
    if agreements:
        console.print()
        console.print(Text(f"Agreements ({len(agreements)})", style="bold underline"))
        for pair in agreements:
            console.print(view.pair(pair))
    omissions = [f for f in story.findings if f.type == "omission"]
    if omissions:
        console.print()
        console.print(Text(f"Only in one article ({len(story.unmatched)} claims)", style="bold underline"))
        for finding in omissions:
            console.print(view.omission(finding))
    if len(story.documents) == 1:
        console.print()
        console.print(Text(f"Claims ({len(story.claims)})", style="bold underline"))
        for claim in story.claims:
            console.print(Padding(view.claim_line(claim), (0, 0, 0, 2)))


def _header(story: StoryReport) -> Text:
    docs = " · ".join(
        f"{d.id} ({LANGUAGE_NAMES.get(d.lang, d.lang)}, {d.published.isoformat() if d.published else 'date unknown'})"
        for d in story.documents
    )
    header = Text(f"Story {story.id}", style="bold")
    header.append(f" — {len(story.documents)} article(s): {docs}")
    return header


def _summary_line(story: StoryReport) -> Text:
    s = story.summary()
    line = Text(f"{s['claims']} claims · {s['pairs']} pairs: {s['agree']} agree, {s['partial']} partial, {s['conflict']} conflict · {s['unmatched']} unmatched · ")
    for severity in ("error", "warning", "info"):
        line.append(f"{s[severity]} {severity}", style=SEVERITY_STYLE[severity] if s[severity] else "")
        line.append(", " if severity != "info" else "")
    return line


class _StoryView:
    def __init__(self, story: StoryReport, claims: dict[str, Claim], plain: bool):
        self.story, self.claims, self.plain = story, claims, plain

    def finding(self, finding: Finding) -> Text:
        text = Text("\n")
        text.append(f"{SEVERITY_MARK[finding.severity]} {finding.severity:<7} ", style=SEVERITY_STYLE[finding.severity])
        text.append(f"{finding.type}  ", style="bold")
        text.append(f"{finding.left} ↔ {finding.right}\n", style="dim")
        text.append(f"  {finding.message}\n")
        facet = finding.evidence.get("facet", "")
        for claim_id in (finding.left, finding.right):
            if claim_id in self.claims:
                text.append_text(self._sentence_block(self.claims[claim_id], facet))
        text.rstrip()
        return text

    def pair(self, pair) -> Text:
        left, right = self.claims[pair.left], self.claims[pair.right]
        text = Text(f"{STATUS_MARK[pair.status]} {pair.status:<8}", style="green" if pair.status == "agree" else "yellow")
        text.append(f"{pair.left} ↔ {pair.right}  score {pair.score:.2f}\n", style="dim")
        text.append_text(self._claim_row(left))
        text.append("\n")
        text.append_text(self._claim_row(right))
        return text

    def omission(self, finding: Finding) -> Text:
        doc = finding.evidence.get("doc", "")
        text = Text(f"• {doc} ¶{finding.evidence.get('paragraph', 0) + 1}: ", style="cyan")
        text.append(" / ".join(finding.evidence.get("texts", [])))
        return text

    def claim_line(self, claim: Claim) -> Text:
        text = Text(f"{claim.id}  ", style="dim")
        text.append_text(self._marked(claim.text, claim.start, self._facet_spans(claim, "times") + self._facet_spans(claim, "numbers")))
        facts = [f"{t.text} = {t.value or (t.anchor or 'relative') + ', unresolved'}" for t in claim.times]
        facts += [f"{q.text} = {q.value:g}{' ' + q.unit if q.unit else ''}" for q in claim.numbers]
        if claim.negated:
            facts.append("negated")
        if claim.modality != "asserted":
            facts.append(claim.modality)
        if claim.attribution:
            facts.append(f"said by {claim.attribution.source}")
        if facts:
            text.append(f"   [{'; '.join(facts)}]", style="dim")
        return text

    def _claim_row(self, claim: Claim) -> Text:
        text = Text(f"    {claim.doc:<4} ", style="bold")
        text.append(claim.text)
        return text

    def _sentence_block(self, claim: Claim, facet: str) -> Text:
        sentence = self._sentence(claim)
        spans = self._facet_spans(claim, facet) if facet in FACET_SPANS else []
        spans.append((claim.start, claim.end, "underline"))
        text = Text(f"    {claim.doc:<4} ", style="bold")
        base = sentence.start if sentence else claim.start
        body = sentence.text if sentence else claim.text
        text.append_text(self._marked(body, base, spans))
        text.append("\n")
        if claim.translation and claim.translation != claim.text:
            text.append(f"         ≈ {claim.translation}\n", style="dim italic")
        return text

    def _sentence(self, claim: Claim) -> Sentence | None:
        sentences = self.story.sentences.get(claim.doc, [])
        return sentences[claim.sentence] if claim.sentence < len(sentences) else None

    def _facet_spans(self, claim: Claim, facet: str) -> list[tuple[int, int, str]]:
        return [(item.start, item.end, HIGHLIGHT) for item in getattr(claim, FACET_SPANS.get(facet, "times"))]

    def _marked(self, body: str, base: int, spans: list[tuple[int, int, str]]) -> Text:
        """Style spans (document offsets) inside `body`, which starts at offset `base`."""
        if self.plain:
            return Text(_bracket_highlights(body, base, [s for s in spans if s[2] == HIGHLIGHT]))
        text = Text(body)
        for start, end, style in spans:
            text.stylize(style, max(0, start - base), max(0, end - base))
        return text


def _bracket_highlights(body: str, base: int, spans: list[tuple[int, int, str]]) -> str:
    for start, end, _ in sorted(spans, reverse=True):
        s, e = start - base, end - base
        if 0 <= s < e <= len(body):
            body = f"{body[:s]}«{body[s:e]}»{body[e:]}"
    return body
