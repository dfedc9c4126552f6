"""Where findings sit in the ORIGINAL files, shared by every machine renderer.

Claim offsets index into `Document.text` (the body after front matter); CI annotations and
editors need line/column in the file as stored, so the front-matter lines
(`Document.body_line_offset`) are added here, once, for SARIF, GitHub, rdjson and Markdown.
Inputs whose text is not a verbatim slice of the file (HTML via trafilatura, JSON strings) get
a file-level (or, for JSONL, line-level) location instead of a made-up column.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path, PurePath

from ..ingest import TEXT_SUFFIXES as VERBATIM_SUFFIXES  # inputs whose body is the file's own text: offsets map to lines
from ..model import Claim, Document, RemovedCharacters

JSONL_RECORD = re.compile(r"^(?P<path>.+\.(?:jsonl|ndjson)):(?P<line>\d+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Position:
    """1-based line; 1-based column counted in characters and, for reviewdog, in UTF-8 bytes."""

    line: int
    column: int | None = None
    byte_column: int | None = None


@dataclass(frozen=True)
class Location:
    """A span in a file; `start`/`end` are None for a file-level location. `end` is exclusive."""

    path: str
    start: Position | None = None
    end: Position | None = None
    doc: str = ""
    lang: str = ""


def display_path(path: str) -> str:
    """Forward-slash path, relative to the working directory when under it (CI tools match
    annotations against repository-relative paths)."""
    if path == "-":
        return path
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            pass
    return PurePath(os.path.normpath(candidate)).as_posix()


def position_at(doc: Document, offset: int) -> Position:
    """Line and column in the original file of a character offset into `doc.text`."""
    text = doc.text
    offset = max(0, min(offset, len(text)))
    line_start = text.rfind("\n", 0, offset) + 1
    line = doc.body_line_offset + text.count("\n", 0, offset) + 1
    before = text[line_start:offset]
    # escape sequences and invisible characters ingest removed from this line before the offset are in the file
    runs = doc.characters_removed
    removed = runs[bisect_left(runs, line_start, key=_at) : bisect_right(runs, offset, key=_at)]
    return Position(line=line, column=len(before) + 1 + sum(run.characters for run in removed),
                    byte_column=len(before.encode("utf-8")) + 1 + sum(run.utf8_bytes for run in removed))


def _at(run: RemovedCharacters) -> int:
    return run.at


def span_location(doc: Document, start: int, end: int) -> Location:
    """The location of document offsets [start, end), as precise as the input kind allows."""
    record = JSONL_RECORD.match(doc.path)
    if record:
        line = Position(int(record.group("line")))
        return Location(display_path(record.group("path")), line, line, doc.id, doc.lang)
    if PurePath(doc.path).suffix.lower() not in VERBATIM_SUFFIXES and doc.path != "-":
        return Location(display_path(doc.path), doc=doc.id, lang=doc.lang)
    end = max(start, end - 1 if end > start and doc.text[end - 1 : end] == "\n" else end)
    return Location(display_path(doc.path), position_at(doc, start), position_at(doc, end), doc.id, doc.lang)


def claim_location(doc: Document, claim: Claim) -> Location:
    return span_location(doc, claim.start, claim.end)


def claims_location(doc: Document, claims: list[Claim]) -> Location:
    """One location covering several claims of one document (an omitted paragraph run)."""
    return span_location(doc, min(c.start for c in claims), max(c.end for c in claims))


def describe(location: Location) -> str:
    """`path:line:col`, `path:line` or `path`, for human-readable text."""
    if location.start is None:
        return location.path
    if location.start.column is None:
        return f"{location.path}:{location.start.line}"
    return f"{location.path}:{location.start.line}:{location.start.column}"
