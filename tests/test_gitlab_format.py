"""`--format gitlab`: a GitLab Code Quality report (`artifacts: reports: codequality:`), for
newsrooms whose CI is GitLab's: each finding an issue on its claim's line, with its evidence."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.own_reports import own_report_kind

runner = CliRunner()
REQUIRED = {"description", "check_name", "fingerprint", "severity", "location"}
GITLAB_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def invoke(*args):
    return runner.invoke(app, [str(arg) for arg in args], env={"NO_COLOR": "1", "TERMINAL_WIDTH": "200"})


def write_story(folder, blank_lines: int = 0):
    folder.mkdir(exist_ok=True)
    gap = "\n" * blank_lines
    (folder / "en.md").write_text(f"---\nlang: en\npublished: 2023-04-03\n---\n{gap}A storm cut power to 30 villages on Sunday, the utility said.\n\n"
                                  "The mayor said schools would stay closed.\n", encoding="utf-8")
    (folder / "nl.md").write_text("---\nlang: nl\npublished: 2023-04-03\n---\nEen storm legde zondag de stroom plat in 35 dorpen, "
                                  "zei het energiebedrijf.\n\nDe burgemeester zei dat de scholen dicht bleven.\n", encoding="utf-8")
    return folder


def gitlab_report(folder):
    result = invoke("compare", folder, "--no-cache", "-f", "gitlab")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_each_finding_is_a_code_quality_issue_on_its_claims_line(tmp_path):
    issues = gitlab_report(write_story(tmp_path / "storm"))
    figures = [issue for issue in issues if issue["check_name"] == "factcheck number_mismatch"]
    assert len(figures) == 1
    (issue,) = figures
    assert REQUIRED <= set(issue) and issue["severity"] in GITLAB_SEVERITIES
    path, line = issue["location"]["path"], issue["location"]["lines"]["begin"]
    assert path.endswith(("storm/en.md", "storm/nl.md"))
    claim_line = (tmp_path / path.rsplit("/", 2)[-2] / path.rsplit("/", 1)[-1]).read_text(encoding="utf-8").splitlines()[line - 1]
    assert ("30 villages" if path.endswith("en.md") else "35 dorpen") in claim_line
    # one line that says why: the values, how sure, and both sentences
    assert "\n" not in issue["description"] and "“30”" in issue["description"] and "“35”" in issue["description"]
    assert "confidence" in issue["description"]
    assert "A storm cut power to 30 villages" in issue["description"] and "stroom plat in 35 dorpen" in issue["description"]
    assert all(issue["severity"] in GITLAB_SEVERITIES for issue in issues)
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)


def test_severities_follow_the_findings_and_fingerprints_survive_a_line_shift(tmp_path):
    before = gitlab_report(write_story(tmp_path / "a"))
    machine = json.loads(invoke("compare", tmp_path / "a", "--no-cache", "-f", "json").stdout)
    levels = {"error": "major", "warning": "minor", "info": "info"}
    expected = sorted(levels[finding["severity"]] for story in machine["stories"] for finding in story["findings"])
    assert sorted(issue["severity"] for issue in before) == expected
    shifted = gitlab_report(write_story(tmp_path / "a", blank_lines=3))
    assert [issue["fingerprint"] for issue in shifted] == [issue["fingerprint"] for issue in before]
    moved = [issue for issue in shifted if issue["location"]["path"].endswith("en.md")]
    assert moved and all(new["location"]["lines"]["begin"] == old["location"]["lines"]["begin"] + 3
                         for new, old in zip(moved, [issue for issue in before if issue["location"]["path"].endswith("en.md")]))


def test_a_story_without_findings_is_an_empty_list(tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "en.md").write_text("---\nlang: en\npublished: 2023-04-03\n---\nA storm cut power to 30 villages.\n", encoding="utf-8")
    assert gitlab_report(folder) == []


def test_a_gitlab_report_among_the_articles_is_not_read_as_one(tmp_path):
    folder = write_story(tmp_path / "storm")
    written = invoke("compare", folder, "--no-cache", "-f", "gitlab", "-o", folder / "gl-code-quality-report.json")
    assert written.exit_code == 0, written.stderr
    assert own_report_kind((folder / "gl-code-quality-report.json").read_bytes()) == "report (GitLab Code Quality)"
    again = invoke("compare", folder, "--no-cache", "-f", "json")
    assert again.exit_code == 0 and json.loads(again.stdout)["skipped"] == []
    assert "a factcheck report (GitLab Code Quality), not an article: not read" in again.stderr
