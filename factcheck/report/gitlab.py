"""GitLab Code Quality report (`artifacts: reports: codequality:`), the CodeClimate issue subset
GitLab reads: a JSON array of issues, each with `description`, `check_name`, `fingerprint`,
`severity` and `location` (`path`, `lines.begin`). GitLab shows them in the merge request's
Code Quality widget and on the changed lines of its diff.

GitLab shows one line per issue, so the description is one line: the finding's message, how sure,
and both claims with their sentences (a finding without its evidence would not say why). The
fingerprint is SARIF's (stable across runs and line shifts), made unique within the report, since
GitLab merges issues that share one.
"""

from __future__ import annotations

import hashlib
from typing import TextIO

from ..model import Report
from ..safe_text import write_json
from .findings import LocatedFinding, finding_text, located_findings

# GitLab's levels are info, minor, major, critical, blocker; a factcheck error is a fact to
# check before publishing, not a broken build.
GITLAB_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def render_gitlab(report: Report, stream: TextIO, prefer_paths=()) -> None:
    write_json(gitlab_issues(report, prefer_paths), stream, indent=2)


def gitlab_issues(report: Report, prefer_paths=()) -> list[dict]:
    issues, seen = [], set()
    for item in located_findings(report, prefer_paths):
        if item.primary is None:
            continue
        fingerprint = _unique(item.fingerprint(), seen)
        issues.append(_issue(item, fingerprint))
    return issues


def _issue(item: LocatedFinding, fingerprint: str) -> dict:
    location = item.primary
    line = location.start.line if location.start is not None else 1
    return {
        "type": "issue",
        "check_name": f"factcheck {item.type}",
        "description": " · ".join(finding_text(item).splitlines()),
        "categories": ["Bug Risk"],
        "severity": GITLAB_SEVERITY.get(item.severity, "info"),
        "fingerprint": fingerprint,
        "location": {"path": location.path, "lines": {"begin": line}},
    }


def _unique(fingerprint: str, seen: set[str]) -> str:
    """`fingerprint`, or for its n-th repeat in this report (one pair of claims with two findings
    of one type) a hash of it and n: the same issue keeps the same fingerprint from run to run."""
    candidate, repeat = fingerprint, 1
    while candidate in seen:
        repeat += 1
        candidate = hashlib.sha256(f"{fingerprint}\x1f{repeat}".encode()).hexdigest()[:32]
    seen.add(candidate)
    return candidate
