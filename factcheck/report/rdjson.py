"""reviewdog Diagnostic Format (rdjson), the format vale's GitHub action feeds to reviewdog.

A finding sits on the claim in one article and points, through `related_locations`, at the
claim in the other article it conflicts with. reviewdog counts columns in UTF-8 bytes and
treats `end` as exclusive.
"""

from __future__ import annotations

from typing import TextIO

from .. import DOCS_URL
from ..model import Report
from ..safe_text import write_json
from .findings import LocatedFinding, finding_text, located_findings, rule_title
from .locations import Location, Position

RDJSON_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "factcheck", "url": DOCS_URL}


def render_rdjson(report: Report, stream: TextIO, prefer_paths=()) -> None:
    write_json(rdjson_result(report, prefer_paths), stream, indent=2)


def rdjson_result(report: Report, prefer_paths=()) -> dict:
    diagnostics = [diagnostic(item) for item in located_findings(report, prefer_paths) if item.primary]
    return {"source": SOURCE, "diagnostics": diagnostics}


def diagnostic(item: LocatedFinding) -> dict:
    result = {
        "message": finding_text(item),
        "location": _location(item.primary),
        "severity": RDJSON_SEVERITY.get(item.severity, "INFO"),
        "source": SOURCE,
        "code": {"value": item.type},
        "original_output": f"{item.type}: {rule_title(item.type)}",
    }
    if item.other:
        result["related_locations"] = [{"message": item.other_claim_label(), "location": _location(item.other)}]
    return result


def _location(location: Location) -> dict:
    result: dict = {"path": location.path}
    if location.start is not None:
        result["range"] = {"start": _position(location.start)}
        if location.end is not None:
            result["range"]["end"] = _position(location.end)
    return result


def _position(position: Position) -> dict:
    result = {"line": position.line}
    if position.byte_column is not None:
        result["column"] = position.byte_column
    return result
