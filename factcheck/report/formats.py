"""The renderers for CI and sharing, by format name, so the CLI dispatches with one call.

All of them only read the finished Report and write plain text to the stream (never through
rich: a console would wrap long lines inside JSON strings).
"""

from __future__ import annotations

import os
from typing import TextIO

from ..model import Report

SHARING_FORMATS = ("sarif", "github", "markdown", "html", "rdjson", "gitlab")
# Written with safe_text.json_text (data exact); the others render a safe_text.sanitised report.
JSON_FORMATS = ("json", "jsonl", "sarif", "rdjson", "gitlab")
# Writes workflow commands on purpose (github.workflow_command escapes each onto one line).
WORKFLOW_COMMAND_FORMATS = ("github",)
# The format an `--output` file's name asks for when no --format is given (as pandoc reads `-o`):
# `-o report.html` wrote the text report into a page that a browser showed as one block of text.
FORMAT_BY_SUFFIX = {
    ".txt": "text", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".sarif": "sarif", ".rdjson": "rdjson",
    ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
}


def format_for_output(name: str, offered: tuple[str, ...]) -> str | None:
    """The format of `offered` that the output file's suffix names, else None (stdout, unknown suffix)."""
    suffix = os.path.splitext(name)[1].lower()
    wanted = FORMAT_BY_SUFFIX.get(suffix)
    return wanted if wanted in offered else None


def render_format(report: Report, name: str, stream: TextIO, prefer_paths=()) -> None:
    """`prefer_paths`: files a two-article finding should be reported on (changed files)."""
    if name == "sarif":
        from .sarif import render_sarif

        render_sarif(report, stream, prefer_paths)
    elif name == "github":
        from .github import render_github

        render_github(report, stream, summary_path=os.environ.get("GITHUB_STEP_SUMMARY") or None, prefer_paths=prefer_paths)
    elif name == "markdown":
        from .markdown import render_markdown

        render_markdown(report, stream, prefer_paths)
    elif name == "html":
        from .html import render_html

        render_html(report, stream, prefer_paths)
    elif name == "rdjson":
        from .rdjson import render_rdjson

        render_rdjson(report, stream, prefer_paths)
    elif name == "gitlab":
        from .gitlab import render_gitlab

        render_gitlab(report, stream, prefer_paths)
    else:
        raise ValueError(f"unknown format {name!r}")
