"""Terminal side-by-side view (`--side-by-side`): each pair of articles in two columns, aligned
claims on one row, claims found in one article only against an empty cell.

Two ratio columns with overflow="fold" keep long sentences readable; below ~100 columns two
columns are too narrow to read, so the view falls back to stacked lines, as difftastic does.
Article text always goes through `rich.text.Text` (no markup: "[Reuters]" must survive).
"""

from __future__ import annotations

from itertools import combinations
from typing import TextIO

from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..langid import LANGUAGE_NAMES
from ..model import Claim, Document, Finding, Report, StoryReport
from ..safe_text import one_line_label as label
from .findings import confidence_text, facet_spans, split_marked
from .terminal import is_plain, output_width, write_report
from .text import SEVERITY_MARK, SEVERITY_STYLE, filters_note, story_header, story_summary

MIN_SIDE_BY_SIDE_WIDTH = 100
PIPED_WIDTH = 120  # two columns need a width; whole lines would make one table row a screen wide
STATUS_MARK = {"agree": ("✔", "green"), "partial": ("≈", "yellow"), "conflict": ("✖", "bold red"), "weak": ("~", "dim"), None: ("·", "dim")}
HIGHLIGHT = "bold reverse"

Row = tuple[Claim | None, Claim | None, str | None]


def render_side_by_side(report: Report, stream: TextIO, color: bool | None = None, width: int | None = None) -> None:
    width = output_width(stream, width, piped=PIPED_WIDTH)
    # no_color=None lets rich read NO_COLOR itself; False would override it.
    console = Console(file=stream, no_color=True if color is False else None, force_terminal=color, highlight=False, emoji=False, width=width)
    plain = is_plain(console)
    write_report(stream, console, lambda target: _render_report(target, report, plain))


def _render_report(console: Console, report: Report, plain: bool) -> None:
    for story in report.stories:
        console.print(story_header(story))
        console.print(Padding(story_summary(story), (0, 0, 0, 2)))
        for left, right in combinations(story.documents, 2):
            view = _PairView(story, left, right, plain)
            console.print(view.table() if console.width >= MIN_SIDE_BY_SIDE_WIDTH else view.stacked())
        if len(story.documents) < 2:
            console.print(Text("  only one article: nothing to put side by side", style="dim"))
        console.print()
    if filters_note(report.options):
        console.print(Text(filters_note(report.options), style="dim"))


class _PairView:
    """One pair of articles of a story, row by row; a row with findings is followed by their
    messages across the full width (which value differs, and how sure)."""

    def __init__(self, story: StoryReport, left: Document, right: Document, plain: bool):
        self.story, self.left, self.right, self.plain = story, left, right, plain
        self.findings: dict[tuple[str, str], list[Finding]] = {}
        for finding in story.findings:
            if finding.left and finding.right:
                self.findings.setdefault(tuple(sorted((finding.left, finding.right))), []).append(finding)

    def table(self) -> Group:
        """Each row its own grid of the same three columns (so they line up), which lets a
        finding's message run under both articles."""
        blocks: list = [Rule(style="dim")]
        blocks.insert(0, _columns(_doc_title(self.left), Text(""), _doc_title(self.right)))
        for left, right, status in self.rows():
            mark, style = STATUS_MARK.get(status, STATUS_MARK[None])
            blocks.append(_columns(self.cell(left, right), Text(mark, style=style), self.cell(right, left)))
            blocks += [Padding(_message(f), (0, 0, 0, 4)) for f in self._findings(left, right)]
        return Group(*blocks, Text(""))

    def stacked(self) -> Group:
        """Each row's claims one under the other, beside their article's id, and its findings; a
        wrapped line hangs under its text (one Text for all wrapped them to the left margin)."""
        blocks: list = []
        for left, right, status in self.rows():
            mark, style = STATUS_MARK.get(status, STATUS_MARK[None])
            blocks.append(Text(f"{mark} {status or 'only in one article'}", style=style))
            for doc, claim, other in ((self.left, left, right), (self.right, right, left)):
                if claim:
                    blocks.append(_labelled(Text(label(doc.id), style="bold"), self.cell(claim, other)))
            blocks += [Padding(_message(f), (0, 0, 0, 4)) for f in self._findings(left, right)]
        return Group(*blocks, Text(""))

    def rows(self) -> list[Row]:
        """Aligned pairs and one-sided claims in the left article's order; a right-only claim
        goes after the row holding the right claim just before it."""
        claims = {c.id: c for c in self.story.claims}
        rows: list[Row] = []
        paired_right = set()
        for pair in self.story.pairs:
            a, b = claims.get(pair.left), claims.get(pair.right)
            if a and b and a.doc == self.right.id:
                a, b = b, a
            if a and b and a.doc == self.left.id and b.doc == self.right.id:
                rows.append((a, b, pair.status))
                paired_right.add(b.id)
        paired_left = {a.id for a, _, _ in rows}
        rows += [(c, None, None) for c in self.story.claims if c.doc == self.left.id and c.id not in paired_left]
        rows.sort(key=lambda row: row[0].start)
        for claim in (c for c in self.story.claims if c.doc == self.right.id and c.id not in paired_right):
            before = [i for i, (_, b, _) in enumerate(rows) if b and b.start < claim.start]
            rows.insert(before[-1] + 1 if before else 0, (None, claim, None))
        return rows

    def cell(self, claim: Claim | None, other: Claim | None) -> Text:
        if claim is None:
            return Text("")
        spans = [span for f in self._findings(claim, other) for span in facet_spans(claim, f.evidence)]
        text = Text()
        for piece, marked in split_marked(claim.text, claim.start, spans):
            if marked and self.plain:
                text.append(f"«{piece}»")
            else:
                text.append(piece, style=HIGHLIGHT if marked else "")
        return text

    def _findings(self, a: Claim | None, b: Claim | None) -> list[Finding]:
        if a is None or b is None:
            return []
        return self.findings.get(tuple(sorted((a.id, b.id))), [])


def _columns(left: Text, mark: Text, right: Text) -> Table:
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(ratio=1, overflow="fold")
    grid.add_column(width=2, no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    grid.add_row(left, mark, right)
    return grid


def _labelled(name: Text, text: Text) -> Padding:
    """`  en   text…`, the text's wrapped lines under its first word."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=max(4, name.cell_len), no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    grid.add_row(name, text)
    return Padding(grid, (0, 0, 0, 2))


def _message(finding: Finding) -> Text:
    sure = confidence_text([finding])
    text = Text(f"{SEVERITY_MARK[finding.severity]} {finding.severity} {finding.type}{f' ({sure})' if sure else ''}: ",
                style=SEVERITY_STYLE[finding.severity])
    text.append(finding.message)
    return text


def _doc_title(doc: Document) -> Text:
    return Text(f"{label(doc.id)} ({LANGUAGE_NAMES.get(doc.lang, doc.lang)})", style="bold")
