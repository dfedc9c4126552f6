"""Markdown for a pull-request comment or a job summary: a table per story, then the findings
with both sentences, the differing facet in bold.

Article text is untrusted: Markdown and HTML punctuation in it is backslash-escaped, so a
headline with `*`, `|`, `$` (GitHub's math) or `<script>` shows as written and cannot break the
table or the page.
"""

from __future__ import annotations

import re
from typing import TextIO

from ..langid import LANGUAGE_NAMES
from ..model import Report, StoryReport
from .findings import (
    SUMMARY_COUNTS,
    NOTE_CONFIDENCE,
    LocatedFinding,
    confidence_text,
    is_low_confidence_note,
    repeated_findings,
    located_findings,
    marked_sentence,
    nothing_to_compare,
    omission_heading,
    omitted_values,
    others_do_not,
    rule_title,
    summary_counts,
    summary_line,
)
from .locations import describe

SEVERITY_MARK = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}
# "$" too: GitHub renders "$...$" and "$$...$$" as LaTeX math (a quoted "$\Huge\text{OK}$" would shout).
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~&$])")


# "@name" in a PR comment notifies that user or team: a zero-width space after "@" keeps the text.
MENTION = re.compile(r"@(?=\w)")


def md_escape(text: str) -> str:
    """Literal text inside Markdown: special punctuation escaped, line breaks flattened (a
    table cell is one line), @mentions defused. Edge spaces are kept: pieces of one sentence
    are escaped apart."""
    return MENTION.sub("@\u200b", MARKDOWN_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text)))


def md_code(text: str) -> str:
    """An id or path as inline code, safe in a table cell: on one line, and `|` escaped (GFM
    splits cells on it even inside code spans)."""
    return "`" + re.sub(r"\s+", " ", text).replace("`", "'").replace("|", "\\|") + "`"


def render_markdown(report: Report, stream: TextIO, prefer_paths=()) -> None:
    stream.write(markdown_report(report, prefer_paths))


def markdown_report(report: Report, prefer_paths=()) -> str:
    findings = located_findings(report, prefer_paths)
    lines = [f"## {md_escape(summary_line(report))}", "", *summary_table(report.stories), ""]
    for story in report.stories:
        lines += story_section(story, [item for item in findings if item.story is story])
    for skipped in report.skipped:
        lines.append(f"- skipped {md_code(skipped.path)}: {md_escape(skipped.reason)}")
    return "\n".join(lines).rstrip() + "\n"


def summary_table(stories: list[StoryReport]) -> list[str]:
    columns = ("Story", "Articles", *SUMMARY_COUNTS)
    rows = [_table_row(columns), "|" + "|".join([":--", ":--"] + ["--:"] * len(SUMMARY_COUNTS)) + "|"]
    for story in stories:
        # the language only where the id does not already say it ("en (en)" said it twice)
        articles = ", ".join(md_escape(d.id) if d.id == d.lang else f"{md_escape(d.id)} ({d.lang})" for d in story.documents)
        rows.append(_table_row([md_code(story.id), articles, *map(str, summary_counts(story))]))
    return rows


def _table_row(cells) -> str:
    return "| " + " | ".join(cells) + " |"


def story_section(story: StoryReport, findings: list[LocatedFinding]) -> list[str]:
    docs = ", ".join(f"{md_code(d.path)} ({LANGUAGE_NAMES.get(d.lang, d.lang)})" for d in story.documents)
    lines = [f"### Story {md_code(story.id)}", "", docs, ""]
    problems = [item for item in findings if item.type != "omission"]
    notes = sorted((item for item in problems if is_low_confidence_note(item.finding)), key=lambda item: -item.finding.confidence)
    omissions = [item for item in findings if item.type == "omission"]
    if not problems and not omissions:
        lines += [nothing_to_compare(story) or "No differences found.", ""]
    for group in _repeated(story, [item for item in problems if item not in notes]):
        lines += finding_block(group)
    if notes:
        # folded like the omissions: in a pull-request comment they buried the findings to weigh
        lines += [f"<details><summary>Low-confidence notes ({len(notes)}, confidence below {NOTE_CONFIDENCE:.2f})</summary>", ""]
        for group in _repeated(story, notes):
            lines += finding_block(group)
        lines += ["</details>", ""]
    if omissions:
        lines += omission_block(omissions)
    return lines


def _repeated(story: StoryReport, items: list[LocatedFinding]) -> list[list[LocatedFinding]]:
    """`repeated_findings`: the same message on the same two sentences, shown once."""
    located = {id(item.finding): item for item in items}
    groups = repeated_findings([item.finding for item in items], {c.id: c for c in story.claims})
    return [[located[id(finding)] for finding in group] for group in groups]


def _title_unless_said(item: LocatedFinding) -> str:
    """The finding type's title, left out where the message opens by saying what differs: "(Number
    differs, confidence 0.72): number differs: …", "(Time differs, …): time of day differs: …" said
    it twice. "Name differs" stays before "different name: …"."""
    title = rule_title(item.type)
    opening = item.finding.message.partition(":")[0].casefold()
    return "" if opening.endswith(" differs") or opening == title.casefold() else title


def finding_block(group: list[LocatedFinding]) -> list[str]:
    item = group[0]
    many = f"{len(group)} findings on these sentences" if len(group) > 1 else ""
    what = ", ".join(filter(None, (_title_unless_said(item), confidence_text(i.finding for i in group), many)))
    head = f"**{SEVERITY_MARK.get(item.severity, item.severity)} · {item.type}** ({what}): {md_escape(item.finding.message)}"
    lines = [head, "", _table_row(["", "Where", "Sentence"]), "|---|---|---|"]
    for claim, location in item.sentences():
        sentence = "".join(f"**{md_escape(piece)}**" if marked else md_escape(piece) for piece, marked in marked_sentence(item, claim))
        where = md_code(describe(location)) if location else ""
        # the claim ids, which the messages name ("“nooit” negates nl:19"): the language alone did not say which row
        ids = dict.fromkeys(other.id for member in group for other, _ in member.sentences()
                            if (other.doc, other.paragraph, other.sentence) == (claim.doc, claim.paragraph, claim.sentence))
        lines.append(_table_row([f"**{md_escape(', '.join(ids))}**", where, sentence]))
    return lines + [""]


def omission_block(omissions: list[LocatedFinding]) -> list[str]:
    lines = [f"<details><summary>{omission_heading(item.finding for item in omissions)}</summary>", ""]
    for item in omissions:
        where = md_code(describe(item.primary)) if item.primary else ""
        texts = " / ".join(md_escape(claim.text) for claim in item.omitted)
        values = omitted_values(item.finding)
        lines.append(f"- {where} " + (f"states **{md_escape(values)}**; {others_do_not(item.story)}: " if values else "") + texts)
    return lines + ["", "</details>", ""]
