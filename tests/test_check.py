"""`factcheck check`: which articles a changed file brings in, exit codes, the summary line.

Most tests replace the comparison with a fixed story (tests/report_factory.py) so that they
test the CI plumbing, not the pipeline's current judgement; one runs the real pipeline.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil

import pytest
from typer.testing import CliRunner

from factcheck import check as check_module
from factcheck.cli import app
from factcheck.progress import Verbosity, progress_bar_wanted
from tests.conftest import SEEDS
from tests.report_factory import story_report, write_articles

ENV = {"TERMINAL_WIDTH": "200", "NO_COLOR": "1", "CI": "", "GITHUB_STEP_SUMMARY": ""}


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """articles/<story>/<lang>.md, with the working directory at the repository root."""
    write_articles(tmp_path / "articles" / "blackberry")
    write_articles(tmp_path / "articles" / "other-story")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def compared(monkeypatch):
    """Replace the comparison: record which documents each story got, return the fixed story."""
    calls: dict[str, list[str]] = {}

    def fake_compare(documents, options, story_id):
        calls[story_id] = sorted(doc.path for doc in documents)
        by_lang = {doc.lang: doc.path for doc in documents}
        story = story_report(en_path=by_lang.get("en", "en.md"), nl_path=by_lang.get("nl", "nl.md"))
        story.id = story_id
        return story

    monkeypatch.setattr(check_module, "compare_documents", fake_compare)
    return calls


def invoke(*args: str):
    return CliRunner().invoke(app, ["check", *args], env=ENV)


def test_changed_file_brings_in_its_story_siblings_only(repo, compared):
    result = invoke("articles/blackberry/nl.md", "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert compared == {"blackberry": ["articles/blackberry/en.md", "articles/blackberry/nl.md"]}
    assert json.loads(result.stdout)["stories"][0]["id"] == "blackberry"


def test_front_matter_story_narrows_a_shared_directory(repo, compared):
    folder = repo / "articles" / "2015"
    folder.mkdir()
    for name, story in (("a-en.md", "a"), ("a-nl.md", "a"), ("b-en.md", "b")):
        # a text of its own each: one text twice in a story is a copy, compared once (test_copies.py)
        folder.joinpath(name).write_text(f"---\nlang: en\nstory: {story}\n---\nSome text here, in {name}.\n", encoding="utf-8")
    invoke("articles/2015/a-nl.md", "-q")
    assert compared == {"a": ["articles/2015/a-en.md", "articles/2015/a-nl.md"]}


def test_each_story_is_compared_once(repo, compared):
    invoke("articles/blackberry/nl.md", "articles/blackberry/en.md", "articles/other-story/en.md", "-q")
    assert sorted(compared) == ["blackberry", "other-story"]


def test_summary_line_and_default_fail_on_error(repo, compared):
    result = invoke("articles/blackberry/nl.md")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("factcheck: 1 story, 2 errors, 1 warning, 1 info — FAIL")
    assert "Story blackberry" in result.stdout  # the report itself goes to stdout


@pytest.mark.parametrize(
    ("options", "exit_code"),
    [
        ((), 1),
        (("--fail-on", "none"), 0),
        (("--fail-on", "warning"), 1),
        (("--ignore", "time_mismatch,number_mismatch"), 0),
        (("--ignore", "time_mismatch,number_mismatch", "--fail-on", "warning"), 1),
        (("--ignore", "no_such_type"), 2),
    ],
)
def test_exit_codes(repo, compared, options, exit_code):
    assert invoke("articles/blackberry/en.md", "-q", *options).exit_code == exit_code


def test_quiet_prints_no_summary(repo, compared):
    result = invoke("articles/blackberry/en.md", "--quiet")
    assert result.stderr == ""


def test_deleted_file_is_noted_and_its_story_still_checked(repo, compared):
    result = invoke("articles/blackberry/gone.md", "articles/blackberry/en.md")
    assert "articles/blackberry/gone.md: not found" in result.stderr
    assert "blackberry" in compared


def test_an_article_deleted_alone_still_gets_the_rest_of_its_folder_checked(repo, compared):
    # It said "checking the rest of its story", then "no articles to check", exit 0: a pull request that
    # only deletes an article was never checked.
    result = invoke("articles/blackberry/gone.md")
    assert "articles/blackberry/gone.md: not found" in result.stderr and "no articles to check" not in result.stderr
    assert compared == {"blackberry": ["articles/blackberry/en.md", "articles/blackberry/nl.md"]}
    assert result.exit_code == 1


def test_nothing_to_check_is_success(repo, compared):
    result = invoke("articles/none/gone.md")
    assert result.exit_code == 0
    assert "no articles to check" in result.stderr


def test_an_unreadable_changed_file_is_named_and_the_rest_of_its_folder_checked(repo, compared, monkeypatch):
    # Its story could not be told (its front matter is what failed), so no story was picked: "no usable
    # input (all inputs were skipped)", exit 2, while its partner was readable. chmod 000 does not stop
    # root (the tests' user), so the refusal is simulated where ingest opens the file.
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):
        if os.fspath(path).endswith(os.path.join("blackberry", "nl.md")):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    result = invoke("articles/blackberry/nl.md", "--format", "json")
    assert "factcheck: error: articles/blackberry/nl.md: permission denied" in result.stderr
    assert "no usable input" not in result.stderr
    assert compared == {"blackberry": ["articles/blackberry/en.md"]}
    assert [s["code"] for s in json.loads(result.stdout)["skipped"]] == ["unreadable"]


def test_a_folder_that_cannot_be_listed_is_reported_and_its_changed_file_still_checked(repo, compared, monkeypatch):
    # Listing the changed file's folder raised: "internal error: PermissionError", exit 3. Simulated
    # (root lists any folder); Path.iterdir lists through os.listdir or os.scandir by Python version.
    def refuse(real):
        def listing(path="."):
            if os.fspath(path).rstrip(os.sep).endswith(os.path.join("articles", "blackberry")):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)
        return listing

    monkeypatch.setattr(os, "listdir", refuse(os.listdir))
    monkeypatch.setattr(os, "scandir", refuse(os.scandir))
    result = invoke("articles/blackberry/nl.md", "--format", "json")
    assert result.exit_code == 1, result.stderr  # the fixed story's errors: compared, not an internal error
    assert "factcheck: error: articles/blackberry: cannot list the folder (permission denied)" in result.stderr
    assert compared == {"blackberry": ["articles/blackberry/nl.md"]}
    assert [s["code"] for s in json.loads(result.stdout)["skipped"]] == ["unreadable"]


@pytest.mark.parametrize("target", ["nowhere.md", "loop.md"])
def test_a_changed_file_that_is_a_broken_link_is_reported_not_taken_for_deleted(repo, compared, target):
    # It was "not found (deleted?)": a link to nowhere, or to itself, passed as a deleted article.
    (repo / "articles" / "blackberry" / "loop.md").symlink_to(target)
    result = invoke("articles/blackberry/loop.md", "--format", "json")
    assert "factcheck: error: articles/blackberry/loop.md: " in result.stderr and "deleted" not in result.stderr
    assert sorted(compared) == ["blackberry"]
    assert [s["path"] for s in json.loads(result.stdout)["skipped"]] == ["articles/blackberry/loop.md"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_changed_file_that_is_a_fifo_is_reported_not_passed(repo, compared):
    # It was not among the folder's regular files, so nothing picked it: "no articles to check", exit 0.
    os.mkfifo(repo / "articles" / "blackberry" / "pipe.md")
    result = invoke("articles/blackberry/pipe.md")
    assert "factcheck: error: articles/blackberry/pipe.md: not a regular file" in result.stderr
    assert "no articles to check" not in result.stderr
    assert sorted(compared) == ["blackberry"]  # its story unknown: the folder's stories are checked


def test_github_format_annotates_the_changed_file_and_writes_the_summary(repo, compared, tmp_path):
    summary = tmp_path / "step-summary.md"
    result = CliRunner().invoke(
        app, ["check", "articles/blackberry/nl.md", "--format", "github"], env={**ENV, "GITHUB_STEP_SUMMARY": str(summary)}
    )
    first = result.stdout.splitlines()[0]
    assert first.startswith("::error file=articles/blackberry/nl.md,line=5,")
    assert "| `blackberry` |" in summary.read_text(encoding="utf-8")


def test_a_job_summary_that_cannot_be_written_is_a_warning_and_the_annotations_stand(repo, compared, tmp_path):
    # $GITHUB_STEP_SUMMARY naming a folder (or a missing one) was exit 2, "cannot write the report
    # to standard output: Is a directory", though the annotations had been written.
    result = CliRunner().invoke(app, ["check", "articles/blackberry/nl.md", "--format", "github"],
                                env={**ENV, "GITHUB_STEP_SUMMARY": str(tmp_path)})
    assert result.exit_code == 1  # the error finding, as with a writable summary
    assert result.stdout.startswith("::error file=articles/blackberry/nl.md,")
    assert f"factcheck: warning: cannot write the job summary to {tmp_path} ($GITHUB_STEP_SUMMARY): Is a directory" in result.stderr
    assert "standard output" not in result.stderr


def test_side_by_side_view(repo, compared):
    wide = CliRunner().invoke(app, ["check", "articles/blackberry/en.md", "--side-by-side", "--fail-on", "none"], env={**ENV, "COLUMNS": "160"})
    narrow = CliRunner().invoke(app, ["check", "articles/blackberry/en.md", "--side-by-side", "--fail-on", "none"], env={**ENV, "COLUMNS": "80"})
    assert wide.exit_code == 0
    assert "  en   BlackBerry will leave Pakistan on «December 30»" in narrow.stdout  # stacked below 100 columns
    result = wide
    header = next(line for line in result.stdout.splitlines() if "en (English)" in line)
    assert "nl (Dutch)" in header  # two columns on a wide terminal
    assert "«December 30»" in result.stdout


def test_real_pipeline_on_the_seeds(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "articles" / "blackberry")
    monkeypatch.chdir(tmp_path)
    result = invoke("articles/blackberry/nl.md", "--format", "sarif", "--translator", "none")
    assert result.exit_code in (0, 1), result.stderr
    assert json.loads(result.stdout)["version"] == "2.1.0"
    assert result.stderr.startswith("factcheck: 1 story, ")


class _Terminal:
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("level", "ci", "stream", "wanted"),
    [
        (Verbosity.NORMAL, "", _Terminal(), True),
        (Verbosity.NORMAL, "true", _Terminal(), False),  # animated bars flood CI logs
        (Verbosity.QUIET, "", _Terminal(), False),
        (Verbosity.NORMAL, "", io.StringIO(), False),  # piped stderr
    ],
)
def test_progress_bar_only_for_a_person_at_a_terminal(monkeypatch, level, ci, stream, wanted):
    monkeypatch.setenv("CI", ci)
    assert progress_bar_wanted(level, stream) is wanted


def test_standard_input_is_a_usage_error_for_check():
    # `check -` looked for a file named "-": "not found (deleted?)", "no articles to check", exit 0.
    result = CliRunner().invoke(app, ["check", "-"], input=(SEEDS / "nl.md").read_text(encoding="utf-8"), env=ENV)
    assert result.exit_code == 2 and result.stdout == ""
    assert "for standard input use 'factcheck compare -'" in result.stderr and "deleted" not in result.stderr


def test_an_unreadable_article_beside_the_changed_one_is_reported(tmp_path, monkeypatch):
    # Its broken partner was dropped in silence: "1 article ... ok", exit 0, no word on stderr.
    story = tmp_path / "story"
    story.mkdir()
    shutil.copy(SEEDS / "en.md", story / "en.md")
    (story / "nl.md").write_text("---\nlang: nl\ntags: [a, b\n---\nDe brug gaat dicht.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "story/en.md", "--format", "json"], env=ENV)
    assert result.exit_code == 0, result.stderr
    assert "factcheck: error: story/nl.md: malformed front matter" in result.stderr
    assert [s["path"] for s in json.loads(result.stdout)["skipped"]] == ["story/nl.md"]
    strict = CliRunner().invoke(app, ["check", "story/en.md", "--strict"], env=ENV)
    assert strict.exit_code == 2 and "1 input(s) skipped and --strict is set" in strict.stderr


def test_under_strict_the_summary_line_of_the_findings_is_still_given(tmp_path, monkeypatch):
    # The action reads its findings/errors/warnings outputs from this line: under --strict they said 0.
    story = tmp_path / "story"
    story.mkdir()
    shutil.copy(SEEDS / "en.md", story / "en.md")
    shutil.copy(SEEDS / "nl.md", story / "nl.md")
    (story / "broken.md").write_bytes(b"\x00\x01binary")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "story/en.md", "--strict", "--fail-on", "warning"], env=ENV)
    assert result.exit_code == 2
    assert re.search(r"^factcheck: 1 story, \d+ errors?, \d+ warnings?, .* — FAIL", result.stderr, re.M), result.stderr
    assert result.stderr.rstrip().endswith("1 input(s) skipped and --strict is set")
