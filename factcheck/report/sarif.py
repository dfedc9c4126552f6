"""SARIF 2.1.0: one result per finding, one rule per finding type, stable fingerprints.

Code-scanning tools deduplicate results across runs by `partialFingerprints`, so the
fingerprint hashes what was compared (story, type, file, claim text), never line numbers.
Columns are counted in Unicode code points, declared with the run's `columnKind`.
Paths are relative to `%SRCROOT%` (the working directory, declared in `originalUriBaseIds`), so
code scanning maps results onto the repository's files when factcheck runs from its root.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import TextIO
from urllib.parse import quote

from .. import DOCS_URL, __version__
from ..model import FINDING_TYPES, Report
from ..safe_text import write_json
from .findings import FINGERPRINT_KEY, LocatedFinding, located_findings, rule_description, rule_title
from .locations import Location

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SOURCE_ROOT = "%SRCROOT%"


def render_sarif(report: Report, stream: TextIO, prefer_paths=()) -> None:
    write_json(sarif_log(report, prefer_paths), stream, indent=2)


def sarif_log(report: Report, prefer_paths=()) -> dict:
    rule_ids = list(FINDING_TYPES)
    findings = located_findings(report, prefer_paths)
    rule_ids += sorted({item.type for item in findings} - set(rule_ids))  # future types still get a rule
    run = {
        "tool": {"driver": _driver(rule_ids)},
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "results": [_result(item, rule_ids.index(item.type)) for item in findings],
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _driver(rule_ids: list[str]) -> dict:
    return {
        "name": "factcheck",
        "version": __version__,
        "informationUri": DOCS_URL,
        "rules": [_rule(rule_id) for rule_id in rule_ids],
    }


def _rule(rule_id: str) -> dict:
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("_")),
        "shortDescription": {"text": rule_title(rule_id)},
        "fullDescription": {"text": rule_description(rule_id)},
        "help": {"text": rule_description(rule_id)},
    }


def _result(item: LocatedFinding, rule_index: int) -> dict:
    result = {
        "ruleId": item.type,
        "ruleIndex": rule_index,
        "level": SARIF_LEVEL.get(item.severity, "note"),
        "message": {"text": item.finding.message},
        "locations": [_location(item.primary, item.primary_claim.text if item.primary_claim else None)] if item.primary else [],
        "partialFingerprints": {FINGERPRINT_KEY: item.fingerprint()},
        "properties": {"story": item.story.id, "left": item.finding.left, "right": item.finding.right},
    }
    if item.type != "omission":  # how sure the finding is (0-1), as in the JSON report
        result["properties"]["confidence"] = item.finding.confidence
    if item.other:
        related = _location(item.other, item.other_claim.text if item.other_claim else None)
        related["id"] = 1
        related["message"] = {"text": item.other_claim_label()}
        result["relatedLocations"] = [related]
    return result


def _location(location: Location, snippet: str | None) -> dict:
    physical: dict = {"artifactLocation": _artifact(location.path)}
    if location.start is not None:
        physical["region"] = _region(location, snippet)
    return {"physicalLocation": physical}


def _artifact(path: str) -> dict:
    """Repository-relative paths (as `display_path` gives them) hang off %SRCROOT%; a path outside
    the working directory stays an absolute file URI, given as '../x' too (a relative reference
    that climbs out of %SRCROOT% is no repository path, and SARIF URIs carry no '..' segments)."""
    if PurePosixPath(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    if PurePosixPath(path).parts[:1] == ("..",):
        return {"uri": Path(os.path.abspath(path)).as_uri()}
    return {"uri": quote(os.fsencode(path)), "uriBaseId": SOURCE_ROOT}


def _region(location: Location, snippet: str | None) -> dict:
    region = {"startLine": location.start.line}
    if location.start.column is not None:
        region["startColumn"] = location.start.column
    if location.end is not None:
        region["endLine"] = location.end.line
        if location.end.column is not None:
            region["endColumn"] = location.end.column
    if snippet:
        region["snippet"] = {"text": snippet}
    return region
