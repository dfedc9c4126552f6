"""A report written into the input folder (`compare articles/ -o articles/report.json`) is not an
article on the next run: it is left out with one warning line naming it, and may be written again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.own_reports import own_report_kind

from .conftest import SEEDS

runner = CliRunner()

# (command, extra options, file name): every report factcheck writes, in a name a folder read takes
REPORTS = [
    ("compare", ["-f", "text"], "report.txt"),
    ("compare", ["--side-by-side"], "side.txt"),
    ("compare", ["-f", "json"], "report.json"),
    ("compare", ["-f", "jsonl"], "report.jsonl"),
    ("compare", ["-f", "sarif"], "report-sarif.json"),
    ("compare", ["-f", "rdjson"], "report-rdjson.json"),
    ("compare", ["-f", "sarif"], "report.sarif"),  # names a folder read does not take: a warning, not an error
    ("compare", ["-f", "rdjson"], "report.rdjson"),
    ("compare", ["-f", "github"], "annotations.txt"),
    ("compare", ["-f", "markdown"], "report.md"),
    ("compare", ["-f", "html"], "report.html"),
    ("claims", ["-f", "text"], "claims.txt"),
    ("claims", ["-f", "json"], "claims.json"),
    ("claims", ["-f", "jsonl"], "claims.jsonl"),
    ("cluster", ["-f", "text"], "clusters.txt"),
    ("cluster", ["-f", "json"], "clusters.json"),
]


def invoke(*args, input=None):
    return runner.invoke(app, [str(arg) for arg in args], input=input, env={"NO_COLOR": "1"})


@pytest.fixture
def story(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(SEEDS, folder)
    return folder


def _documents(result) -> list[str]:
    return [doc["id"] for story in json.loads(result.stdout)["stories"] for doc in story["documents"]]


def test_every_report_written_into_the_input_folder_is_left_out_by_name(story):
    articles = _documents(invoke("compare", story, "--no-cache", "-f", "json"))
    for command, options, name in REPORTS:
        written = invoke(command, story, *(["--no-cache"] if command == "compare" else []), *options, "-o", story / name)
        assert written.exit_code == 0, (name, written.stderr)
        assert own_report_kind((story / name).read_bytes()) is not None, name
    result = invoke("compare", story, "--no-cache", "-f", "json")
    assert result.exit_code == 0 and _documents(result) == articles
    assert json.loads(result.stdout)["skipped"] == []
    notes = result.stderr.splitlines()
    assert sorted(notes) == sorted(f"factcheck: warning: {story / name}: a factcheck {own_report_kind((story / name).read_bytes())}, not an article: not read"
                                   for _, _, name in REPORTS)
    assert invoke("compare", story, "--no-cache", "-f", "json", "-q").stderr == ""


def test_a_report_in_the_input_folder_may_be_written_again_but_an_article_may_not(story):
    for _ in range(2):  # the second run overwrote nothing it reads
        result = invoke("compare", story, "--no-cache", "-f", "json", "-o", story / "report.json", "--strict")
        assert result.exit_code == 0, result.stderr
    refused = invoke("compare", story, "--no-cache", "-f", "json", "-o", story / "en.md")
    assert refused.exit_code == 2 and "is one of the inputs" in refused.stderr


def test_a_report_on_standard_input_or_named_alone_is_no_article(story):
    report = invoke("compare", story, "--no-cache", "-f", "json").stdout
    piped = invoke("compare", "-", "--no-cache", input=report)
    assert piped.exit_code == 2
    assert piped.stderr.splitlines() == ["factcheck: warning: -: a factcheck report (JSON), not an article: not read",
                                         "factcheck: error: no usable input"]
    (story / "report.json").write_text(report)
    named = invoke("claims", story / "report.json")
    assert named.exit_code == 2 and "report.json: a factcheck report (JSON)" in named.stderr


@pytest.mark.parametrize("text", [
    "## factcheck: a tool that checks facts\n\nThe bridge was closed on Monday.\n",
    "Story time — 3 articles: a tale\nThe bridge was closed on Monday.\n",
    "Story time\n  12 claims were made about the bridge on Monday.\n".replace("  12", "12"),
    '{"text": "The bridge was closed on Monday.", "tool": {"name": "factcheck"}}',
    '{"schema_version": "1", "text": "The bridge was closed on Monday.", "tool": {"name": "factcheck"}}',
    "::warning the bridge was closed on Monday.\n",
    "<!doctype html>\n<html>\n<head>\n<title>factcheck: why the bridge closed</title></head><body>The bridge was closed.</body></html>",
])
def test_an_article_that_merely_resembles_a_report_is_read(text):
    assert own_report_kind(text.encode()) is None


def test_a_translation_cache_kept_inside_the_input_folder_is_no_input_error(story):
    cache = story / "cache"
    assert invoke("compare", story, "--cache-dir", cache).exit_code == 0  # the cache is made during this run
    assert any(path.name.startswith("translations.sqlite3") for path in cache.iterdir())
    again = invoke("compare", story, "--cache-dir", cache, "-f", "json", "--strict")
    assert again.exit_code == 0 and json.loads(again.stdout)["skipped"] == []
    notes = again.stderr.splitlines()
    assert notes and all(line.startswith(f"factcheck: warning: {cache / 'translations.sqlite3'}") and
                         line.endswith(": a factcheck translation cache file, not an article: not read") for line in notes)


@pytest.mark.parametrize("command, options", [("compare", ["--no-cache", "--strict"]), ("claims", ["--strict"]), ("cluster", ["--strict"])])
def test_standard_output_redirected_into_the_input_folder_is_not_read(story, command, options):
    """`factcheck compare articles/ > articles/report.txt`: the shell makes the file, empty, before
    the run, which read it as an empty article: an error inside the very report written there."""
    report = story / "report.txt"
    with open(report, "wb") as stdout:
        run = subprocess.run([sys.executable, "-m", "factcheck", command, str(story), *options], stdout=stdout,
                             stderr=subprocess.PIPE, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [f"factcheck: warning: {report}: a factcheck report of this very run "
                                       "(standard output is redirected into it), not an article: not read"]
    assert "empty file" not in report.read_text(encoding="utf-8")


# A reader of standard input that writes it to a file, as `tee FILE` does: the file is made, empty, as it starts.
TEE = "import shutil, sys; out = open(sys.argv[1], 'wb'); shutil.copyfileobj(sys.stdin.buffer, out)"


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="the pipe's reader is found through Linux's /proc")
@pytest.mark.parametrize("command, options", [("compare", ["--no-cache", "--strict"]), ("claims", ["--strict"])])
def test_standard_output_piped_into_a_file_of_the_input_folder_is_not_read(story, command, options):
    """`factcheck compare articles/ | tee articles/report.txt`: tee makes the file, empty, as it starts,
    and the run read it as an empty article, an error inside the very report written there."""
    report = story / "report.txt"
    tee = subprocess.Popen([sys.executable, "-c", TEE, str(report)], stdin=subprocess.PIPE)
    try:
        for _ in range(500):  # until tee has made the file, as a shell's `| tee` usually has when the folder is read
            if report.exists():
                break
            time.sleep(0.01)
        run = subprocess.run([sys.executable, "-m", "factcheck", command, str(story), *options], stdout=tee.stdin,
                             stderr=subprocess.PIPE, text=True, timeout=300)
    finally:
        tee.stdin.close()
        tee.wait(timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [f"factcheck: warning: {report}: a factcheck report of this very run "
                                       "(standard output is piped into it), not an article: not read"]
    assert "empty file" not in report.read_text(encoding="utf-8") and report.stat().st_size > 0


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="the pipe's reader is found through Linux's /proc")
def test_an_empty_article_is_still_an_error_when_standard_output_is_a_pipe(story):
    (story / "empty.md").write_bytes(b"")
    run = subprocess.run([sys.executable, "-m", "factcheck", "claims", str(story)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, timeout=300)
    assert run.returncode == 0 and run.stderr.splitlines() == [f"factcheck: error: {story / 'empty.md'}: empty file"]


def test_standard_error_redirected_into_the_input_folder_is_not_read(story):
    # `2> articles/errors.txt`: the file, empty as the run starts, was an "empty file" error written into itself.
    log = story / "errors.txt"
    with open(log, "wb") as stderr:
        run = subprocess.run([sys.executable, "-m", "factcheck", "claims", str(story), "--strict"], stdout=subprocess.PIPE,
                             stderr=stderr, timeout=300)
    assert run.returncode == 0
    assert log.read_text(encoding="utf-8").splitlines() == [
        f"factcheck: warning: {log}: a factcheck log of this very run (standard error is redirected into it), not an article: not read"]


def test_standard_output_redirected_into_a_name_a_folder_read_does_not_take_is_no_error(story):
    # `> articles/report.log`: an empty file of an unread type, an unsupported_type error before.
    report = story / "report.log"
    with open(report, "wb") as stdout:
        run = subprocess.run([sys.executable, "-m", "factcheck", "claims", str(story), "--strict"], stdout=stdout,
                             stderr=subprocess.PIPE, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [f"factcheck: warning: {report}: a factcheck report of this very run "
                                       "(standard output is redirected into it), not an article: not read"]
