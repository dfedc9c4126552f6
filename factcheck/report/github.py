"""GitHub Actions workflow commands (`::error file=…,line=…::message`) for a CI step.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and 50 per job,
and drops the rest silently. So the most severe come first, one closing notice says how many
were left out, and the complete table goes to the job summary ($GITHUB_STEP_SUMMARY).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..model import Report
from .findings import LocatedFinding, finding_text, located_findings, plural, rule_title
from .markdown import markdown_report

log = logging.getLogger(__name__)
COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
STEP_SUMMARY_LIMIT = 1024 * 1024  # GitHub refuses a step summary over 1 MiB


@dataclass(frozen=True)
class AnnotationLimits:
    per_level: int = 10
    per_job: int = 50


def escape_data(value: str) -> str:
    """The message part of a workflow command: only %, CR and LF are special."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A property value (file=, title=): also ':' and ',' which separate properties."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def workflow_command(command: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{command}{' ' + props if props else ''}::{escape_data(message)}"


def render_github(
    report: Report,
    stream: TextIO,
    summary_path: str | None = None,
    prefer_paths=(),
    limits: AnnotationLimits = AnnotationLimits(),
) -> None:
    findings = located_findings(report, prefer_paths)
    shown, left_out = select_annotations(findings, limits)
    for item in shown:
        stream.write(annotation(item) + "\n")
    if left_out:
        message = (
            f"{plural(left_out, 'more finding')} not shown as annotations "
            f"(GitHub shows at most {limits.per_level} per severity in a step); see the job summary for all of them"
        )
        stream.write(workflow_command("notice", message, title="factcheck: more findings") + "\n")
    if summary_path:
        append_step_summary(report, summary_path, prefer_paths)


def select_annotations(findings: list[LocatedFinding], limits: AnnotationLimits) -> tuple[list[LocatedFinding], int]:
    """Most severe first, within GitHub's per-severity and per-job caps; one slot is kept for
    the overflow notice when anything is left out."""
    shown, taken = [], Counter()
    budget = limits.per_job
    for item in findings:
        command = COMMAND.get(item.severity, "notice")
        if taken[command] < limits.per_level and len(shown) < budget:
            shown.append(item)
            taken[command] += 1
    left_out = len(findings) - len(shown)
    if left_out and (taken["notice"] >= limits.per_level or len(shown) >= budget):
        shown.pop()  # the least severe (they are sorted) makes room for the notice
        left_out += 1
    return shown, left_out


def annotation(item: LocatedFinding) -> str:
    location = item.primary
    properties: dict[str, object] = {"file": location.path if location else None}
    if location and location.start:
        properties.update(_line_properties(location))
    properties["title"] = f"factcheck {item.type}: {rule_title(item.type)}"
    return workflow_command(COMMAND.get(item.severity, "notice"), finding_text(item), **properties)


def _line_properties(location) -> dict[str, object]:
    start, end = location.start, location.end
    props: dict[str, object] = {"line": start.line, "endLine": end.line if end else None}
    if start.column is not None:
        props["col"] = start.column
        if end and end.line == start.line and end.column and end.column > start.column:
            props["endColumn"] = end.column - 1  # GitHub's end column is inclusive
    return props


TRUNCATED = "\n_… truncated: the job summary is limited to 1 MiB; run factcheck locally for the full report._\n"


def _within_summary_limit(text: str) -> str:
    """The Markdown report, cut to GitHub's limit at a line's end, with a `<details>` block left open
    closed, so the note after it is no table cell or folded text (it was cut at a byte: mid-word,
    mid-row, inside a folded block)."""
    encoded = text.encode("utf-8")
    if len(encoded) <= STEP_SUMMARY_LIMIT:
        return text
    room = STEP_SUMMARY_LIMIT - len(TRUNCATED.encode("utf-8")) - len(DETAILS_CLOSED) * MAX_DETAILS_OPEN - 2
    kept = encoded[:room].decode("utf-8", errors="ignore")
    kept = kept[:kept.rfind("\n") + 1]
    opened = min(MAX_DETAILS_OPEN, max(0, kept.count("<details>") - kept.count("</details>")))
    return kept + DETAILS_CLOSED * opened + "\n" + TRUNCATED


DETAILS_CLOSED = "\n</details>\n"
MAX_DETAILS_OPEN = 2  # the Markdown report folds notes and omissions, never one inside the other


def append_step_summary(report: Report, summary_path: str, prefer_paths=()) -> None:
    text = _within_summary_limit(markdown_report(report, prefer_paths))
    try:
        with Path(summary_path).open("a", encoding="utf-8") as handle:
            handle.write(text + "\n")
    except OSError as err:
        # The annotations, already written, are the report; a summary file the runner did not
        # set up (a folder, a missing one) is worth a warning, not the run (it was exit 2,
        # blamed on "standard output").
        log.warning("cannot write the job summary to %s ($GITHUB_STEP_SUMMARY): %s", summary_path, err.strerror or err)
