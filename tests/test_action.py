"""The composite GitHub Action (.github/actions/factcheck): its definition, and its two scripts run
for real (bash, git, the installed factcheck) in a throw-away repository holding the seed story."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, SEEDS

ACTION_DIR = ROOT / ".github" / "actions" / "factcheck"
WORKFLOWS = ROOT / ".github" / "workflows"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
FACTCHECK = Path(sys.executable).with_name("factcheck")

needs_tools = pytest.mark.skipif(not (shutil.which("bash") and shutil.which("git") and FACTCHECK.exists()),
                                 reason="needs bash, git and the installed factcheck command")


def action() -> dict:
    return yaml.safe_load((ACTION_DIR / "action.yml").read_text(encoding="utf-8"))


def test_action_has_the_inputs_and_outputs_users_expect():
    definition = action()
    assert {"version", "paths", "fail-on", "format"} <= set(definition["inputs"])
    assert {"findings", "errors", "report", "exit-code"} <= set(definition["outputs"])


def test_action_leaves_the_callers_python_alone_and_pins_what_it_installs():
    steps = action()["runs"]["steps"]
    for step in steps:
        if step.get("uses", "").startswith("actions/setup-python"):
            assert step["with"]["update-environment"] is False
    install = next(step for step in steps if "pip install" in step.get("run", ""))
    assert "--constraint" in install["run"] and '-m venv "$VENV"' in install["run"]
    assert any(step.get("uses", "").startswith("actions/cache") for step in steps)
    pins = [line for line in (ACTION_DIR / "constraints.txt").read_text().splitlines() if line and not line.startswith("#")]
    assert pins and all("==" in line for line in pins)


def test_action_scripts_avoid_xargs():
    for script in [ACTION_DIR / "action.yml", *ACTION_DIR.glob("*.sh")]:
        assert "xargs" not in script.read_text(encoding="utf-8").replace("No xargs", "")


def test_repository_workflow_runs_the_action_on_the_seeds_and_uploads_sarif():
    jobs = [job for path in WORKFLOWS.glob("*.yml") for job in yaml.safe_load(path.read_text(encoding="utf-8"))["jobs"].values()]
    using = [(job, step) for job in jobs for step in job["steps"] if step.get("uses") == "./.github/actions/factcheck"]
    assert using, "no workflow job uses the action"
    job, step = using[0]
    assert "seeds" in step["with"]["paths"] and step["with"]["format"] == "sarif"
    assert job["permissions"]["security-events"] == "write"
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["if"].startswith("always()") and step["id"] in upload["with"]["sarif_file"]


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    """A git repository with the seed story under articles/, committed."""
    root = tmp_path_factory.mktemp("repo")
    shutil.copytree(SEEDS, root / "articles" / "blackberry")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "."], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "articles"], cwd=root, check=True)
    return root


def run_action(repo: Path, tmp_path: Path, fail_on: str = "error", format: str = "sarif", args: str = "",
               patterns: str = "articles/**/*.md\n"):
    """list-articles.sh then check.sh, as the action's steps run them; returns (exit code, outputs, stdout)."""
    runner_temp, output = tmp_path / "runner", tmp_path / "github_output"
    runner_temp.mkdir()
    env = {"PATH": f"{FACTCHECK.parent}:/usr/bin:/bin", "HOME": str(tmp_path), "RUNNER_TEMP": str(runner_temp),
           "GITHUB_OUTPUT": str(output), "PATTERNS": patterns, "CHANGED_ONLY": "false", "BASE": "",
           "FACTCHECK": str(FACTCHECK), "FAIL_ON": fail_on, "FORMAT": format, "ARGS": args,
           "FACTCHECK_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    listed = subprocess.run(["bash", str(ACTION_DIR / "list-articles.sh")], cwd=repo, env=env, capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr
    checked = subprocess.run(["bash", str(ACTION_DIR / "check.sh")], cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
    return checked.returncode, outputs, checked.stdout


@needs_tools
def test_action_writes_valid_sarif_and_passes_the_findings_exit_code(repo, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    # The seeds' deadline finding is a warning (the Dutch date is marked as superseded).
    code, outputs, _ = run_action(repo, tmp_path, fail_on="warning")
    assert code == 1 and outputs["exit-code"] == "1"
    assert outputs["count"] == "2" and outputs["warnings"] == "1" and int(outputs["findings"]) >= 1
    sarif = json.loads(Path(outputs["report"]).read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    run = sarif["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.resolve().as_uri() + "/"
    locations = [loc["physicalLocation"]["artifactLocation"] for result in run["results"] for loc in result["locations"]]
    assert locations and all(loc["uriBaseId"] == "%SRCROOT%" and (repo / loc["uri"]).is_file() for loc in locations)
    assert sum(result["level"] == "error" for result in run["results"]) == int(outputs["errors"])
    assert sum(result["level"] == "warning" for result in run["results"]) == int(outputs["warnings"])


@needs_tools
def test_action_usage_error_is_exit_2_not_1(repo, tmp_path):
    code, outputs, _ = run_action(repo, tmp_path, args="--lang xx")
    assert code == 2 and outputs["exit-code"] == "2"


@needs_tools
def test_action_github_format_prints_annotations_and_passes_below_fail_on(repo, tmp_path):
    code, outputs, stdout = run_action(repo, tmp_path, fail_on="none", format="github")
    assert code == 0 and outputs["exit-code"] == "0" and outputs["warnings"] == "1"
    assert "::warning file=articles/blackberry/" in stdout


@needs_tools
@pytest.mark.parametrize(("fail_on", "code"), [("", 1), ("error", 0)])
def test_action_without_fail_on_lets_the_repository_configuration_decide(tmp_path, fail_on, code):
    # The story's own table asks for warnings; the seeds have one. The action passed `--fail-on error`
    # whatever the input, so the repository's fail_on (top level or per story) was never read.
    root = tmp_path / "repo"
    shutil.copytree(SEEDS, root / "articles" / "blackberry")
    (root / "factcheck.toml").write_text('[stories.blackberry]\nfail_on = "warning"\n', encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "."], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "articles"], cwd=root, check=True)
    found, outputs, _ = run_action(root, tmp_path, fail_on=fail_on, format="json")
    assert found == code and outputs["exit-code"] == str(code) and outputs["warnings"] == "1"


def test_action_fail_on_defaults_to_the_configuration():
    assert action()["inputs"]["fail-on"]["default"] == ""


@needs_tools
def test_repository_workflow_expects_what_the_action_reports_on_the_seeds(tmp_path):
    # The workflow's check said "one error, exit 1" long after the seed deadline became a warning:
    # the job would fail on GitHub. Its expectations are run here, with its own fail-on.
    jobs = [job for path in WORKFLOWS.glob("*.yml") for job in yaml.safe_load(path.read_text(encoding="utf-8"))["jobs"].values()]
    job, step = next((job, step) for job in jobs for step in job["steps"] if step.get("uses") == "./.github/actions/factcheck")
    expectations = " ".join(s.get("run", "") for s in job["steps"] if step["id"] in str(s.get("env", "")))
    expected = dict(re.findall(r'test "\$(\w+)" = (\d+)', expectations))
    assert {"EXIT_CODE", "WARNINGS", "ERRORS"} <= set(expected)
    root = tmp_path / "repo"
    shutil.copytree(SEEDS, root / "seeds")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "."], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "seeds"], cwd=root, check=True)
    code, outputs, _ = run_action(root, tmp_path, fail_on=step["with"]["fail-on"], format=step["with"]["format"],
                                  patterns=step["with"]["paths"])
    assert (str(code), outputs["warnings"], outputs["errors"]) == (expected["EXIT_CODE"], expected["WARNINGS"], expected["ERRORS"])
