"""Terminal renderer (rich): summary, then findings with both sentences, agreements, one-sided text.

Article text always goes through `rich.text.Text` (never markup: "[Reuters]" must survive).
Without colour (piped, NO_COLOR) the differing facet is marked with «…» so the evidence is
still visible in a log or an e-mail.
"""

from __future__ import annotations

from typing import TextIO

from rich.cells import cell_len
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..langid import LANGUAGE_NAMES
from ..link_wording import link_basis
from ..model import Claim, Finding, Quantity, Report, Sentence, StoryReport, readable_quantity, readable_time_span, unresolved_reading
from ..safe_text import one_line_label as label
from .findings import (
    NOTE_CONFIDENCE,
    articles_without_claims,
    claim_gloss,
    confidence_text,
    facet_spans,
    is_low_confidence_note,
    nothing_to_compare,
    omission_heading,
    omitted_values,
    others_do_not,
    plural,
    repeated_findings,
)
from .terminal import UNWRAPPED, is_plain, output_width, write_report

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_MARK = {"error": "✖", "warning": "▲", "info": "•"}
STATUS_MARK = {"agree": "✔", "partial": "≈", "conflict": "✖", "weak": "~"}
HIGHLIGHT = "bold reverse"


def render_text(report: Report, stream: TextIO, color: bool | None = None, width: int | None = None, list_claims: bool = False) -> None:
    """`list_claims`: every claim with its facets (`factcheck claims`), whatever the number of articles."""
    width = output_width(stream, width)
    # no_color=None lets rich read NO_COLOR itself; False would override it.
    console = Console(file=stream, no_color=True if color is False else None, force_terminal=color, highlight=False, emoji=False, width=width, soft_wrap=False)
    plain = is_plain(console)
    write_report(stream, console, lambda target: _render_report(target, report, plain, list_claims))


def _render_report(console: Console, report: Report, plain: bool, list_claims: bool = False) -> None:
    for index, story in enumerate(report.stories):
        if index:
            console.print()
        _render_story(console, story, plain, list_claims)
    for skipped in report.skipped:
        console.print(Text(f"skipped {label(skipped.path)}: {skipped.reason}", style="dim"))
    filters = filters_note(report.options)
    if filters:
        console.print()
        console.print(Text(filters, style="dim"))
    if not report.stories and not report.skipped:
        console.print("No articles found.")


def _render_story(console: Console, story: StoryReport, plain: bool, list_claims: bool = False) -> None:
    claims = {c.id: c for c in story.claims}
    view = _StoryView(story, claims, plain, label_width(story, console.width), console.width)
    console.print(story_header(story))
    # `factcheck claims` compares nothing: a line of zero pairs and findings would say it did.
    summary = Text(plural(len(story.claims), "claim")) if list_claims else story_summary(story)
    # Plain output is a million columns wide and stripped of trailing blanks: padding it out is waste.
    console.print(Padding(summary, (0, 0, 0, 2), expand=not plain))
    if not list_claims and nothing_to_compare(story):
        console.print(Padding(Text(nothing_to_compare(story), style="dim"), (0, 0, 0, 2), expand=not plain))
    for doc_id, why in articles_without_claims(story):
        console.print(Padding(Text(f"{label(doc_id)}: no claims, {why}.", style="dim"), (0, 0, 0, 2), expand=not plain))
    problems = [f for f in story.findings if f.type != "omission"]
    notes = sorted((f for f in problems if is_low_confidence_note(f)), key=lambda f: -f.confidence)  # likeliest first
    shown = [f for f in problems if not is_low_confidence_note(f)]
    _section(console, f"Findings ({len(shown)})", [view.finding(group) for group in repeated_findings(shown, claims)])
    # Each heading names its severity, so the summary's "13 info" adds up from what is shown.
    _section(console, f"Low-confidence notes ({len(notes)} info, confidence below {NOTE_CONFIDENCE:.2f}; "
             "with their sentences in --format markdown, html or json)", [view.note(f) for f in notes])
    agreements = [p for p in story.pairs if p.status in ("agree", "partial")]
    _section(console, f"Agreements ({len(agreements)})", [view.pair(p) for p in agreements])
    weak = [p for p in story.pairs if p.status == "weak"]
    _section(console, f"Weak links ({len(weak)}, loosely linked: not counted as agreement)",
             [view.weak_link(p) for p in weak])
    omissions = [f for f in story.findings if f.type == "omission"]
    _section(console, omission_heading(omissions), [view.omission(f) for f in omissions])
    if list_claims or len(story.documents) == 1:
        console.print()
        console.print(Text(f"Claims ({len(story.claims)})", style="bold underline"))
        for claim in story.claims:
            console.print(view.claim_line(claim))


def _section(console: Console, title: str, blocks: list) -> None:
    """A titled block of the report; left out entirely when there is nothing in it."""
    if not blocks:
        return
    console.print()
    console.print(Text(title, style="bold underline"))
    for block in blocks:
        console.print(block)


def _said_with_its_day(q: Quantity, claim: Claim) -> bool:
    """A clock time inside a time of day that is read with it ("Sonntag gegen 20.30 Uhr = about 20:30
    on 2031-07-20"): listed again it said 20:30 twice ("…; 20.30 Uhr = 20:30")."""
    return q.unit == "clock" and any(t.type == "TIME" and t.start <= q.start and q.end <= t.end and ":" in readable_time_span(t)
                                     for t in claim.times)


def filters_note(options: dict) -> str:
    """What the settings left out of the findings and their counts (the JSON's options), so that
    "0 warnings" is not read as "none found" when --ignore or --min-confidence removed them."""
    parts = []
    if options.get("ignore"):
        where = ", in the stories without a list of their own" if options.get("ignore_by_story") else ""
        parts.append(f"findings of type {', '.join(options['ignore'])} (ignore{where})")
    for story, types in (options.get("ignore_by_story") or {}).items():
        parts.append(f"in story {label(story)}: {', '.join(types)} (its ignore list)")
    if options.get("min_confidence"):
        parts.append(f"findings below confidence {options['min_confidence']:.2f} (min_confidence)")
    return f"Left out by the settings: {'; '.join(parts)}." if parts else ""


def story_header(story: StoryReport) -> Text:
    """"Story seeds — 2 articles: en (English, 2015-11-30) · nl (Dutch, 2015-11-30)": the story and
    its articles, with the dates their relative times were read against (text and side by side)."""
    docs = " · ".join(
        f"{label(d.id)} ({LANGUAGE_NAMES.get(d.lang, d.lang)}, {d.published.isoformat() if d.published else 'date unknown'})"
        for d in story.documents
    )
    header = Text(f"Story {label(story.id)}", style="bold")
    header.append(f" — {plural(len(story.documents), 'article')}: {docs}")
    return header


def story_summary(story: StoryReport) -> Text:
    s = story.summary()
    line = Text(f"{plural(s['claims'], 'claim')} · {plural(s['pairs'], 'pair')}: {s['agree']} agree, {s['partial']} partial, {s['conflict']} conflict{_weak_count(s)} · {s['unmatched']} unmatched · ")
    for severity in ("error", "warning", "info"):
        count = plural(s[severity], severity) if severity != "info" else f"{s[severity]} info"
        line.append(count, style=SEVERITY_STYLE[severity] if s[severity] else "")
        line.append(", " if severity != "info" else "")
    return line


def _weak_count(summary: dict) -> str:
    return f", {summary['weak']} weak" if summary.get("weak") else ""


class _StoryView:
    def __init__(self, story: StoryReport, claims: dict[str, Claim], plain: bool, label_width: int = 6, line_width: int = 80):
        self.story, self.claims, self.plain, self.label_width = story, claims, plain, label_width
        self.line_width = line_width

    def finding(self, group: list[Finding]) -> Group:
        """One finding, or several that say the same about the same two sentences (`repeated_findings`):
        their sentences once, every claim named."""
        finding = group[0]
        lefts, rights = (list(dict.fromkeys(getattr(f, side) for f in group)) for side in ("left", "right"))
        head = Text("\n")
        head.append(f"{SEVERITY_MARK[finding.severity]} {finding.severity:<7} ", style=SEVERITY_STYLE[finding.severity])
        head.append(f"{finding.type}  ", style="bold")
        many = f"  ({len(group)} findings, one per pair of claims)" if len(group) > 1 else ""
        head.append(f"{', '.join(map(label, lefts))} ↔ {', '.join(map(label, rights))}  {confidence_text(group)}{many}", style="dim")
        grid = self._grid()
        grid.add_row("", Text(finding.message))
        evidences = [f.evidence for f in group]
        for side in (lefts, rights):
            shown = [self.claims[claim_id] for claim_id in side if claim_id in self.claims]
            if shown:
                self._add_sentence_rows(grid, shown, evidences)
        return Group(head, self._unwrapped(grid))

    def note(self, finding: Finding) -> Table:
        line = Text(f"{finding.type}  ", style="bold")
        line.append(f"{label(finding.left)} ↔ {label(finding.right)}  confidence {finding.confidence:.2f}: ", style="dim")
        line.append(finding.message)
        return self._hanging(Text(SEVERITY_MARK[finding.severity], style=SEVERITY_STYLE[finding.severity]), line)

    def weak_link(self, pair) -> Table:
        """One line: what links the two claims, so a reader can still follow it up."""
        line = Text(f"{label(pair.left)} ↔ {label(pair.right)}  score {pair.score:.2f}: ", style="dim")
        line.append(f"linked by {link_basis(pair.evidence)}")
        return self._hanging(Text(STATUS_MARK["weak"], style="dim"), line)

    def _hanging(self, mark: Text, line: Text) -> Table:
        """A one-line entry whose wrapped lines start under its text, not under its mark, so that
        each note stands out from the next at any width."""
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=cell_len(mark.plain), no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")
        grid.add_row(mark, line)
        return grid

    def pair(self, pair) -> Group:
        """An agreeing (or partly agreeing) pair: values are marked only where a finding on this
        very pair says they differ, so equal dates are not dressed up as differences."""
        head = Text(f"{STATUS_MARK[pair.status]} {pair.status:<8}", style="green" if pair.status == "agree" else "yellow")
        head.append(f"{label(pair.left)} ↔ {label(pair.right)}  score {pair.score:.2f}", style="dim")
        evidences = [f.evidence for f in self.story.findings if {f.left, f.right} == {pair.left, pair.right}]
        grid = self._grid()
        for claim_id in (pair.left, pair.right):
            claim = self.claims[claim_id]
            spans = [(*span, HIGHLIGHT) for evidence in evidences for span in facet_spans(claim, evidence)]
            grid.add_row(Text(cell_label(claim.doc), style="bold"), self._marked(claim.text, claim.start, spans))
        return Group(head, self._unwrapped(grid))

    def omission(self, finding: Finding) -> Group:
        doc = finding.evidence.get("doc", "")
        grid = self._grid()
        text = Text(" / ".join(finding.evidence.get("texts", [])))
        if values := omitted_values(finding):  # a linked claim: which of its values only this article states
            text = Text.assemble((f"states {values}; {others_do_not(self.story)}: ", "bold"), text)
        grid.add_row(Text(f"{cell_label(doc)} ¶{finding.evidence.get('paragraph', 0) + 1}", style="cyan"), text)
        return self._unwrapped(grid)

    def claim_line(self, claim: Claim) -> Table:
        text = self._marked(claim.text, claim.start, self._all_facet_spans(claim))
        facts = [_reading(t.text, readable_time_span(t) or unresolved_reading(t)) for t in claim.times]
        facts += [_reading(q.text, readable_quantity(q)) for q in claim.numbers if not _said_with_its_day(q, claim)]
        if claim.negated:
            facts.append(_with_cues("negated", claim, "negation"))
        if claim.modality != "asserted":
            facts.append(_with_cues(claim.modality, claim, claim.modality))
        if claim.attribution:
            facts.append(f"said by {claim.attribution.source}")
        if facts:
            text.append(f"   [{'; '.join(facts)}]", style="dim")
        grid = self._grid()
        grid.add_row(Text(cell_label(claim.id), style="dim"), text)
        return self._unwrapped(grid)

    def _grid(self) -> Table:
        return _grid(self.label_width)

    def _unwrapped(self, grid: Table) -> Table:
        """Piped output is as wide as UNWRAPPED: a text that fits it (two columns a character at
        most) is never wrapped, so Rich is told not to look for places to break it (the same lines,
        ~10 % less rendering; a tab, expanded only as it is drawn, keeps the search)."""
        text_column = grid.columns[1]
        room = self.line_width - self.label_width - 1
        if self.line_width >= UNWRAPPED and all(2 * len(cell) <= room and "\t" not in str(cell) for cell in text_column.cells):
            text_column.no_wrap = True
        return grid

    def _add_sentence_rows(self, grid: Table, claims: list[Claim], evidences: list[dict]) -> None:
        """The sentence of `claims` (one sentence: several claims of it when findings are grouped)."""
        claim = claims[0]
        sentence = self._sentence(claim)
        spans = [(*span, HIGHLIGHT) for evidence in evidences for part in claims for span in facet_spans(part, evidence)]
        spans += [(part.start, part.end, "underline") for part in claims]
        base = sentence.start if sentence else claim.start
        body = sentence.text if sentence else claim.text
        grid.add_row(Text(cell_label(claim.doc), style="bold"), self._marked(body, base, spans))
        for gloss in filter(None, (claim_gloss(self.story, part) for part in claims)):
            grid.add_row("", Text(gloss, style="dim italic"))

    def _all_facet_spans(self, claim: Claim) -> list[tuple[int, int, str]]:
        return [(item.start, item.end, HIGHLIGHT) for item in (*claim.times, *claim.numbers)]

    def _sentence(self, claim: Claim) -> Sentence | None:
        sentences = self.story.sentences.get(claim.doc, [])
        return sentences[claim.sentence] if claim.sentence < len(sentences) else None

    def _marked(self, body: str, base: int, spans: list[tuple[int, int, str]]) -> Text:
        """Style spans (document offsets) inside `body`, which starts at offset `base`."""
        if self.plain:
            return Text(_bracket_highlights(body, base, [s for s in spans if s[2] == HIGHLIGHT]))
        text = Text(body)
        for start, end, style in spans:
            text.stylize(style, max(0, start - base), max(0, end - base))
        return text


# The label column (article id, claim id, "id ¶N") is as wide as the story's longest label, at
# least 6 columns and at most a quarter of the line (24 at most); a longer label folds onto a
# second line. A label cut short ("feed-…" for both feed-es and feed-it) would hide which
# article a sentence is from.
LABEL_MIN, LABEL_MAX = 6, 24


def cell_label(value: str) -> str:
    """An id as its label cell shows it: on one line, and an id longer than two full lines of the
    column kept to its start and end ("x…x-en"), which tell articles apart; a 5,000-character id
    folded into two hundred lines per sentence."""
    value = label(value)
    return value if len(value) <= 2 * LABEL_MAX else f"{value[:LABEL_MAX]}…{value[-(LABEL_MAX - 1):]}"


def label_width(story: StoryReport, line_width: int) -> int:
    longest = max((max(len(claim.id), len(f"{claim.doc} ¶{claim.paragraph + 1}")) for claim in story.claims), default=0)
    return max(LABEL_MIN, min(longest, LABEL_MAX, line_width // 4))


def _grid(label_width: int = LABEL_MIN) -> Table:
    """Label column + text column: wrapped text stays in its column, no borders to break."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=label_width, overflow="fold")
    grid.add_column(ratio=1, overflow="fold")
    return grid


def _reading(text: str, value: str) -> str:
    """A value as the claims listing shows it: "vandaag = 2015-11-30", but "30 people" alone where
    the reading would only repeat what the text says ("30 people = 30 people")."""
    if " ".join(value.split()).casefold() == " ".join(text.split()).casefold():
        return text
    return f"{text} = {value}"


def _with_cues(label: str, claim: Claim, signals: str) -> str:
    """'negated: “nooit”', 'conditional: “would”': the word a stance was read from, as the
    findings quote it, so a reader of `factcheck claims` can check the reading."""
    words = [f"“{cue.text}”" for cue in claim.cues if cue.signals == signals]
    return f"{label}: {', '.join(words)}" if words else label


def _bracket_highlights(body: str, base: int, spans: list[tuple[int, int, str]]) -> str:
    # Overlapping values ("two" inside "two-year") are marked once, as their union: bracketing
    # each would nest and cut the brackets ("««tw»o-year»").
    merged: list[list[int]] = []
    for start, end, _ in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        s, e = start - base, end - base
        if 0 <= s < e <= len(body):
            body = f"{body[:s]}«{body[s:e]}»{body[e:]}"
    return body
