"""factcheck's own reports, recognised by how each format begins: `compare articles/ -o
articles/report.json` (or .md, .html, .txt) puts a report among the articles, and the next run
read it as an article (a JSON report was an "empty" input error, a Markdown one an article in
English). Ingest leaves such a file out with a warning naming it; the patterns are the first
lines the renderers write, specific enough that no article begins that way."""

from __future__ import annotations

from pathlib import Path

from .lazyre import compiled

# The translation cache (translate/cache.py writes it), named here so that ingest leaves it out without
# reading the translate stage: `--cache-dir articles/cache` puts it, with its -wal/-shm files, among the articles.
CACHE_FILE = "translations.sqlite3"

# How much of a file's beginning is looked at: every signature ends within its first lines.
HEAD_BYTES = 4096

_JSON_OBJECT = r'\A\{\s*'
SIGNATURES: tuple[tuple[str, str], ...] = (
    # compare/check/claims --format json or jsonl (every line of a JSONL report begins so)
    ("report (JSON)", _JSON_OBJECT + r'"schema_version":\s*"[^"]*",\s*"tool":\s*\{\s*"name":\s*"factcheck"'),
    ("report (SARIF)", _JSON_OBJECT + r'"\$schema":\s*"[^"]*sarif[^"]*",\s*"version":\s*"[^"]*",\s*"runs":\s*\[\s*\{\s*"tool":\s*\{\s*"driver":\s*\{\s*"name":\s*"factcheck"'),
    ("report (rdjson)", _JSON_OBJECT + r'"source":\s*\{\s*"name":\s*"factcheck"'),
    ("report (GitLab Code Quality)", r'\A\[\s*\{\s*"type":\s*"issue",\s*"check_name":\s*"factcheck '),
    ("cluster report (JSON)", _JSON_OBJECT + r'"clusters":\s*\[\s*(?:\]|\{\s*"id":\s*"[^"]*",\s*"articles":\s*\[)'),
    ("report (Markdown)", r"\A## factcheck: \d+ stor(?:y|ies), "),
    ("report (HTML)", r"\A<!doctype html>\n<html[^>]*>\n<head>\n(?:<meta[^>]*>\n)*<title>factcheck: \d+ stor(?:y|ies), "),
    ("report (GitHub annotations)", r"\A::(?:error|warning|notice) [^\n]*title=factcheck "),
    # the text report, side by side and the claims listing: a story header, then its counts
    ("report (text)", r"\AStory [^\n]*\n  \d+ claims?\b"),
    ("cluster report (text)", r"\Acluster-\d+  \(\d+ articles?: "),
)


def own_report_kind(head: bytes) -> str | None:
    """What kind of factcheck report a file beginning with `head` is, or None for anything else."""
    text = head[:HEAD_BYTES].removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace").lstrip()
    if text[:1] not in ("{", "[", "#", "<", ":", "S", "c"):  # the first character of every signature: most files stop here
        return None
    return next((kind for kind, pattern in SIGNATURES if compiled(pattern).match(text)), None)


def own_report_file_kind(path: Path) -> str | None:
    """`own_report_kind` of the file at `path`; None when it is no report or cannot be read."""
    try:
        with open(path, "rb") as handle:
            return own_report_kind(handle.read(HEAD_BYTES))
    except (OSError, ValueError):
        return None
