"""What a new user trips on (issue 15): help text, usage errors, option validation, stdin as one
article of a story, claims of multi-article stories, NO_COLOR in a real terminal, the reason for
exit 1. Terminal cases run the command in a pseudo-terminal."""

from __future__ import annotations

import json
import os
import pty
import re
import socket
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from factcheck import DISTRIBUTION
from factcheck.cli import app
from factcheck.model import FINDING_TYPES

from .conftest import ROOT, SEEDS

runner = CliRunner()
# An SGR parameter that sets a colour (foreground, background, bright, 256-colour, true colour).
COLOUR_SGR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input, env={"NO_COLOR": "1", "TERMINAL_WIDTH": "200"})


def run_in_terminal(*args: str, no_color: bool, term: str = "xterm-256color") -> str:
    """stdout of `factcheck ARGS` written to a pseudo-terminal (stderr to a pipe)."""
    env = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "FORCE_COLOR", "CI", "TERMINAL_WIDTH")}
    env.update(TERM=term, COLUMNS="120", LINES="40")
    if no_color:
        env["NO_COLOR"] = "1"
    main, child = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "factcheck", *args], stdout=child, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    process.communicate(timeout=300)
    return b"".join(chunks).decode("utf-8", "replace")


# --- what the commands do ------------------------------------------------------------------


def test_claims_lists_the_claims_of_every_article_of_a_story():
    result = invoke("claims", str(SEEDS))
    assert result.exit_code == 0, result.stderr
    listed = {line.split()[0] for line in result.stdout.splitlines() if re.match(r"^(en|nl):\d+ ", line)}
    assert "en:1" in listed and "nl:1" in listed
    json_claims = json.loads(invoke("claims", str(SEEDS), "-f", "json").stdout)["stories"][0]["claims"]
    assert listed == {claim["id"] for claim in json_claims}
    # Nothing was compared, so the summary names the claims and no pairs or findings.
    assert f"{len(json_claims)} claims" in result.stdout and "pairs" not in result.stdout


def test_an_article_on_stdin_forms_one_story_with_the_other_inputs():
    dutch = (SEEDS / "nl.md").read_text(encoding="utf-8")
    result = invoke("compare", "-", str(SEEDS / "en.md"), "-f", "json", input=dutch)
    assert result.exit_code == 0, result.stderr
    stories = json.loads(result.stdout)["stories"]
    assert len(stories) == 1
    assert {doc["id"] for doc in stories[0]["documents"]} == {"-", "en"}
    assert any(finding["type"] == "time_mismatch" for finding in stories[0]["findings"])


def test_a_jsonl_feed_on_stdin_is_still_clustered():
    lines = [json.dumps({"id": f"a{i}", "lang": "en", "text": "BlackBerry leaves Pakistan."}) for i in range(2)]
    result = invoke("compare", "-", "-f", "json", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.stderr
    assert all(story["id"].startswith("cluster-") for story in json.loads(result.stdout)["stories"])


@pytest.mark.parametrize("extra", [(), ("--side-by-side",)])
def test_no_color_is_honoured_in_a_terminal(extra):
    coloured = run_in_terminal("compare", str(SEEDS), "--no-cache", *extra, no_color=False)
    plain = run_in_terminal("compare", str(SEEDS), "--no-cache", *extra, no_color=True)
    assert "Pakistan" in coloured and "Pakistan" in plain
    assert COLOUR_SGR.search(coloured)  # the terminal does get colour without NO_COLOR
    assert not COLOUR_SGR.search(plain)


@pytest.mark.parametrize("extra", [(), ("--side-by-side",)])
def test_a_terminal_without_styles_still_marks_the_differing_values(extra):
    # TERM=dumb (Emacs shell, some CI consoles): Rich writes no styles at all, so the values
    # marked only by reverse video were not marked; they get «…» as in piped output.
    dumb = run_in_terminal("compare", str(SEEDS), "--no-cache", *extra, no_color=False, term="dumb")
    assert "\x1b[" not in dumb
    assert "«vandaag»" in dumb and "«at" in dumb  # "«at year’s end»", which side by side wraps


# --- help ------------------------------------------------------------------------------------


def test_help_keeps_bracketed_text_and_short_flag():
    result = invoke("compare", "-h")
    assert result.exit_code == 0
    help_text = " ".join(result.stdout.split())  # ignore wrapping
    unwrapped = "".join(result.stdout.split())  # also where a line was broken after a hyphen
    assert f"{DISTRIBUTION}[embeddings]" in unwrapped and "[tool.factcheck]" in help_text
    assert "--no-cache Do not read" in help_text  # a flag shows no value type
    assert "<bool>" not in help_text
    assert invoke("-h").exit_code == 0


# --- usage errors: exit 2, one clear line ----------------------------------------------------


@pytest.mark.parametrize("command", ["compare", "claims", "cluster"])
def test_a_path_that_does_not_exist_is_a_usage_error(command):
    result = invoke(command, str(SEEDS), "true")  # e.g. `--no-cache true`: "true" read as a path
    assert result.exit_code == 2
    assert "factcheck: error: true: no such file or directory" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("command, format", [("compare", "json"), ("compare", "jsonl"), ("check", "json")])
def test_the_json_records_the_confidence_filter(command, format):
    """A tool reading the report can tell that findings below --min-confidence were left out."""
    filtered = invoke(command, str(SEEDS), "--no-cache", "--format", format, "--min-confidence", "0.5")
    report = json.loads(filtered.stdout.splitlines()[0] if format == "jsonl" else filtered.stdout)
    assert report["options"]["min_confidence"] == 0.5
    assert all(f["confidence"] >= 0.5 for f in report["stories"][0]["findings"])
    whole = json.loads(invoke(command, str(SEEDS), "--no-cache", "--format", "json").stdout)
    assert "min_confidence" not in whole["options"]


@pytest.mark.parametrize("command, format", [("compare", "json"), ("compare", "jsonl"), ("check", "json")])
def test_the_json_records_the_ignored_finding_types(command, format, tmp_path, monkeypatch):
    """Ignored types are left out of the findings and the summary's counts: the JSON says so."""
    filtered = invoke(command, str(SEEDS), "--no-cache", "--format", format, "--ignore", "omission,polarity_mismatch")
    report = json.loads(filtered.stdout.splitlines()[0] if format == "jsonl" else filtered.stdout)
    assert report["options"]["ignore"] == ["omission", "polarity_mismatch"]
    assert {f["type"] for f in report["stories"][0]["findings"]}.isdisjoint({"omission", "polarity_mismatch"})
    # From the configuration file: the top-level list, and a story's own list beside it.
    (tmp_path / "factcheck.toml").write_text('ignore = ["omission"]\n[stories.seeds]\nignore = ["modality_mismatch"]\n')
    monkeypatch.chdir(tmp_path)
    configured = invoke(command, str(SEEDS), "--no-cache", "--format", format)
    options = json.loads(configured.stdout.splitlines()[0] if format == "jsonl" else configured.stdout)["options"]
    assert options["ignore"] == ["omission"] and options["ignore_by_story"] == {"seeds": ["modality_mismatch"]}
    (tmp_path / "empty.toml").write_text("")
    plain = json.loads(invoke(command, str(SEEDS), "--no-cache", "--format", "json", "--config", str(tmp_path / "empty.toml")).stdout)
    assert "ignore" not in plain["options"] and "ignore_by_story" not in plain["options"]


@pytest.mark.parametrize("command", ["compare", "claims", "cluster", "check"])
def test_a_folder_without_articles_is_named_on_its_error_line(tmp_path, command):
    # A wrong folder in CI said only 'factcheck: error: no usable input', naming nothing.
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / ".hidden.md").write_text("The bridge is closed.")
    result = invoke(command, str(folder))
    assert result.exit_code == 2
    assert f"factcheck: error: {folder}: no article files in this folder (factcheck reads .htm" in result.stderr


def test_cluster_with_nothing_to_cluster_says_why(tmp_path):
    result = invoke("cluster", str(tmp_path))  # an empty folder: exit 2 used to come with no word
    assert result.exit_code == 2 and "factcheck: error: no usable input" in result.stderr
    (tmp_path / "empty.md").write_text("")
    result = invoke("cluster", str(tmp_path))
    assert result.exit_code == 2 and "no usable input (all inputs were skipped)" in result.stderr


def test_cluster_refuses_a_format_it_cannot_write():
    result = invoke("cluster", str(SEEDS), "--format", "sarif")
    assert result.exit_code == 2 and result.stdout == ""
    assert "'sarif' is not one of 'text', 'json'" in result.stderr


@pytest.mark.parametrize("format", ["sarif", "markdown", "github", "html", "rdjson"])
def test_claims_refuses_a_comparison_format(format):
    # `claims` compares nothing: a finding format would report "No differences found".
    result = invoke("claims", str(SEEDS), "--format", format)
    assert result.exit_code == 2 and result.stdout == ""
    assert f"'{format}' is not one of 'text', 'json', 'jsonl'" in result.stderr


def _help(columns: int) -> str:
    # A real process: CliRunner forces click's help width to 80 whatever COLUMNS says.
    env = dict(os.environ, COLUMNS=str(columns), NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "factcheck", "--help"], capture_output=True, text=True, env=env, check=True).stdout


def test_help_uses_a_wide_terminal_up_to_120_columns():
    assert "Compare the articles of a story: agreements, conflicts, omissions." in _help(120)  # was cut at 80: "agreements,..."
    assert max(map(len, _help(80).splitlines())) <= 80


@pytest.mark.parametrize("command", ["compare", "check", "claims", "cluster"])
def test_usage_line_says_paths_are_one_or_more(command):
    usage = invoke(command, "--help").stdout.splitlines()[0]
    assert usage.startswith(f"Usage: factcheck {command} [OPTIONS]") and "PATH..." in usage


@pytest.mark.parametrize("command", ["compare", "check", "claims", "cluster"])
def test_help_names_what_each_option_takes(command):
    # Click's type names ("--published <str>", "--jobs <int range>", "--output <path>") said
    # nothing of the expected form; the choices (<text|json|...>) stay as they are.
    help_text = invoke(command, "--help").stdout
    assert not re.search(r"<(?:str|int|float|path|int range|float range|integer|text)>", help_text), help_text
    assert "--output FILE" in help_text and "--published YYYY-MM-DD" in help_text and "--lang LANG" in help_text


def test_cluster_help_states_the_defaults_it_runs_with():
    from factcheck.cluster import ClusterConfig

    help_text = " ".join(invoke("cluster", "--help").stdout.split())
    defaults = ClusterConfig()
    assert f"(default {defaults.threshold})" in help_text and f"(default {defaults.date_window_days})" in help_text


def test_side_by_side_needs_the_text_format(tmp_path):
    result = invoke("compare", str(SEEDS), "--side-by-side", "-f", "json")
    assert result.exit_code == 2 and result.stdout == ""
    assert "--side-by-side works only with --format text" in result.stderr
    config = tmp_path / "factcheck.toml"
    config.write_text('format = "markdown"\n')
    from_config = invoke("compare", str(SEEDS), "--side-by-side", "--config", str(config))
    assert from_config.exit_code == 2 and "(the format is markdown)" in from_config.stderr


def test_language_and_translator_values_are_validated(tmp_path):
    result = invoke("compare", str(SEEDS), "--lang", "xx")
    assert result.exit_code == 2 and "unsupported language 'xx'" in result.stderr
    result = invoke("compare", str(SEEDS), "--translator", "deepl")
    assert result.exit_code == 2 and "'deepl' is not one of" in result.stderr
    config = tmp_path / "factcheck.toml"
    config.write_text('translator = "deepl"\n')
    result = invoke("compare", str(SEEDS), "--config", str(config))
    assert result.exit_code == 2 and 'translator = "deepl" is not one of lexicon, none, http, argos' in result.stderr


def test_config_and_command_line_translators_are_the_registered_back_ends():
    from factcheck.cli import Translator
    from factcheck.config import TRANSLATORS as CONFIG_TRANSLATORS
    from factcheck.translate import TRANSLATORS

    assert CONFIG_TRANSLATORS == tuple(TRANSLATORS) == tuple(choice.value for choice in Translator)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_http_translator_takes_its_url_from_the_command_line(monkeypatch):
    monkeypatch.delenv("FACTCHECK_HTTP_URL", raising=False)
    missing = invoke("compare", str(SEEDS), "--translator", "http", "--no-cache")
    assert missing.exit_code == 2 and "--translator-option url=" in missing.stderr
    url = f"http://127.0.0.1:{_closed_port()}"
    result = invoke("compare", str(SEEDS), "--translator", "http", "--no-cache",
                    "--translator-option", f"url={url}", "--translator-option", "retries=0")
    assert result.exit_code == 2
    assert f"cannot reach translation endpoint {url}/v1/chat/completions" in result.stderr
    bad = invoke("compare", str(SEEDS), "--translator-option", "url")
    assert bad.exit_code == 2 and "'url' is not KEY=VALUE" in bad.stderr


def test_a_translator_option_the_back_end_does_not_take_is_named():
    unknown = invoke("compare", str(SEEDS), "--no-cache", "--translator-option", "foo=1")
    assert unknown.exit_code == 2 and unknown.stdout == ""
    assert "translator 'lexicon' has no option foo (it takes: glosses=)" in unknown.stderr
    assert "unexpected keyword" not in unknown.stderr
    assert "translation failed" not in unknown.stderr  # a mistake in the command, not a failed translation
    # A back-end without options used to drop them silently.
    ignored = invoke("compare", str(SEEDS), "--no-cache", "--translator", "none", "--translator-option", "glosses=2")
    assert ignored.exit_code == 2 and "translator 'none' has no option glosses (it takes: no options)" in ignored.stderr


def test_a_translator_option_value_of_the_wrong_form_is_a_usage_error():
    # glosses=abc was "story seeds: internal error while comparing it: ValueError", the story
    # skipped; an endpoint that is no http(s) URL was sent anyway and reported as a "malformed reply".
    wrong = invoke("compare", str(SEEDS), "--no-cache", "--translator-option", "glosses=abc")
    assert wrong.exit_code == 2 and wrong.stdout == ""
    assert "translator 'lexicon': an option has a value it cannot use (given: glosses=)" in wrong.stderr
    assert "internal error" not in wrong.stderr and "translation failed" not in wrong.stderr
    secret = invoke("compare", str(SEEDS), "--no-cache", "--translator", "http", "--translator-option", "url=http://127.0.0.1:9",
                    "--translator-option", "api_key=s3cret", "--translator-option", "retries=x")
    assert secret.exit_code == 2 and "(given: url=, api_key=, retries=)" in secret.stderr and "s3cret" not in secret.stderr
    for url in ("localhost:8080", "ftp://example.org"):
        result = invoke("compare", str(SEEDS), "--no-cache", "--translator", "http", "--translator-option", f"url={url}")
        assert result.exit_code == 2
        assert f"the endpoint must be an http:// or https:// URL, not '{url}'" in result.stderr


# --- exit 1 always says why --------------------------------------------------------------------


def test_fail_on_from_the_config_file_says_why_on_stderr(tmp_path):
    config = tmp_path / "factcheck.toml"
    config.write_text('fail_on = "warning"\n')  # the seeds' deadline finding is a warning
    result = invoke("compare", str(SEEDS), "--config", str(config), "-f", "json")
    assert result.exit_code == 1
    assert "1 warning" in result.stderr and "FAIL" in result.stderr and f"fail_on from {config}" in result.stderr
    quiet = invoke("compare", str(SEEDS), "--config", str(config), "-f", "json", "-q")
    assert quiet.exit_code == 1 and quiet.stderr == ""


def test_an_engine_that_cannot_run_is_a_usage_error_not_a_bug(monkeypatch):
    # --engine dask without the extra was exit 3 "internal error: RuntimeError"; a scheduler
    # without --engine dask was silently ignored (the run stayed local).
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the dask extra were not installed
    result = invoke("compare", str(SEEDS), "--engine", "dask")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"factcheck: error: the Dask engine needs the optional extra: pip install '{DISTRIBUTION}[dask]'\n"
    ignored = invoke("compare", str(SEEDS), "--scheduler", "tcp://127.0.0.1:8786")
    assert ignored.exit_code == 2 and "a scheduler needs --engine dask" in ignored.stderr and ignored.stdout == ""


@pytest.mark.parametrize("command", ["compare", "claims", "cluster"])
def test_standard_input_given_twice_is_a_usage_error(command):
    # The second "-" found stdin used up and reported it as an empty file, exit 0.
    result = invoke(command, "-", "-", input=(SEEDS / "nl.md").read_text(encoding="utf-8"))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "factcheck: error: - (standard input) can be given only once\n"


@pytest.mark.parametrize("command", ["compare", "check", "claims", "cluster"])
def test_output_dash_is_standard_output(command, tmp_path, monkeypatch):
    # `-o -` wrote the report to a file named "-" in the current folder.
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    result = invoke(command, str(SEEDS), "-o", "-", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) and list((tmp_path / "here").iterdir()) == []


def test_the_claims_listing_reads_a_time_as_the_findings_do():
    # "at year’s end" was "= 2015" in `factcheck claims` but "(= 2015-12-01 to 2015-12-31)" in the
    # finding on it: the listing gave the year, not the part of it the expression covers.
    report = json.loads(invoke("compare", str(SEEDS), "--no-cache", "-f", "json").stdout)
    finding = next(f for f in report["stories"][0]["findings"] if f["type"] == "time_mismatch")
    quoted, reading = re.search(r"“([^”]+)” \(= ([^)]+)\)", finding["message"]).groups()
    assert " to " in reading  # a part of a year or month: the case the listing got wrong
    listing = invoke("claims", str(SEEDS)).stdout
    assert f"{quoted} = {reading}" in listing


@pytest.mark.parametrize("command, extra", [("compare", ()), ("check", ()), ("compare", ("--side-by-side",))])
def test_the_text_report_says_what_the_settings_left_out(command, extra):
    # "0 warnings" read as "none found" when --ignore or --min-confidence had removed them; the
    # text report did not say so (the JSON now records them under options).
    filtered = invoke(command, str(SEEDS), *extra, "--no-cache", "--ignore", "omission", "--min-confidence", "0.3", "--fail-on", "none")
    assert filtered.exit_code == 0, filtered.stderr
    note = filtered.stdout.rstrip().splitlines()[-1]
    assert note.startswith("Left out by the settings:")
    assert "omission (ignore)" in note and "below confidence 0.30 (min_confidence)" in note
    whole = invoke(command, str(SEEDS), *extra, "--no-cache", "--fail-on", "none").stdout
    assert "Left out by the settings" not in whole


@pytest.mark.parametrize("format, empty", [("markdown", "No differences found."), ("html", "No contradictions found."), ("text", None)])
def test_a_story_of_one_article_says_nothing_was_compared(format, empty):
    # A PR comment said "No differences found." for a story whose only article had nothing to be
    # compared with (its partners skipped, a new story): it read as a pass.
    alone = invoke("compare", str(SEEDS / "en.md"), "--no-cache", "-f", format).stdout
    assert "Only one article in this story: nothing to compare it with." in alone
    if empty:
        assert empty not in alone
        assert empty in invoke("compare", str(SEEDS), "--no-cache", "-f", format, "--ignore", ",".join(FINDING_TYPES)).stdout
    assert "nothing to compare" not in invoke("compare", str(SEEDS), "--no-cache", "-f", format).stdout


def test_the_command_list_in_help_shows_whole_sentences():
    # At 80 columns Click cut each docstring: "check    CI entry point: check the stories the given (changed) files..."
    result = invoke("--help")
    commands = result.stdout.split("Commands:")[1].strip().splitlines()
    assert {line.split()[0] for line in commands} == {"compare", "check", "claims", "cluster", "schema"}
    assert all(line.rstrip().endswith(".") and not line.rstrip().endswith("...") for line in commands), commands


# Options that mean the same thing in every command that reads articles: a user who learnt them on
# `compare` must not meet "No such option" on `claims` (it had no -q) or `cluster`.
SHARED_OPTIONS = ("--output", "-o", "--published", "--lang", "--max-bytes", "--strict", "--quiet", "-q", "--format", "-f")


@pytest.mark.parametrize("command", ["compare", "check", "claims", "cluster"])
def test_options_that_mean_the_same_are_offered_by_every_reading_command(command):
    shown = set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", invoke(command, "--help").stdout))
    assert set(SHARED_OPTIONS) <= shown


@pytest.mark.parametrize("command", ["compare", "check", "claims", "cluster"])
def test_quiet_leaves_the_report_and_errors_only(command, tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "en.md").write_text("---\nlang: en\nlang: en\npublished: 2015-11-30\n---\nThe bridge was closed on Monday after 12 cracks were found.\n")
    (folder / "nl.md").write_text("---\nlang: nl\npublished: 2015-11-30\n---\nDe brug werd maandag gesloten nadat 12 scheuren waren gevonden.\n")
    (folder / "photo.txt").write_bytes(b"\x00\x01binary")
    loud = invoke(command, str(folder), "--no-cache") if command in ("compare", "check") else invoke(command, str(folder))
    quiet = invoke(command, str(folder), "--no-cache", "-q") if command in ("compare", "check") else invoke(command, str(folder), "-q")
    assert "front matter key 'lang' is given twice" in loud.stderr
    assert "factcheck: warning" not in quiet.stderr
    assert "photo.txt: binary file" in quiet.stderr  # errors stay
    assert quiet.stdout == loud.stdout and quiet.exit_code == loud.exit_code


def test_cluster_strict_fails_on_a_skipped_input(tmp_path):
    (tmp_path / "en.md").write_text("---\nlang: en\npublished: 2015-11-30\n---\nThe bridge was closed on Monday.\n")
    (tmp_path / "photo.txt").write_bytes(b"\x00\x01binary")
    assert invoke("cluster", str(tmp_path)).exit_code == 0
    strict = invoke("cluster", str(tmp_path), "--strict")
    assert strict.exit_code == 2 and "1 input(s) skipped and --strict is set" in strict.stderr
    assert strict.stdout  # the clusters are still written


HOSTILE_VALUE = "\x1b[2J\x1b]0;title\x07\n::error::forged\u202e"


@pytest.mark.parametrize("command, option", [("compare", "--lang"), ("claims", "--lang"), ("cluster", "--lang"),
                                             ("compare", "--ignore"), ("check", "--ignore"), ("compare", "--translator-option"),
                                             ("compare", "--published"), ("compare", "--format"), ("compare", "--config")])
def test_a_usage_error_shows_the_value_it_quotes_escaped_on_one_line(command, option):
    result = invoke(command, str(SEEDS), option, HOSTILE_VALUE)
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = [line for line in result.stderr.splitlines() if "\\x1b[2J" in line]  # the whole value, on its line
    assert not any(ch in result.stderr for ch in "\x1b\x07\u202e")
    assert "forged" in line and not any(line.startswith("::") for line in result.stderr.splitlines())


@pytest.mark.parametrize("command, option", [("compare", "--min-confidence"), ("check", "--min-confidence"), ("cluster", "--threshold")])
@pytest.mark.parametrize("value", ["nan", "NaN", "-nan"])
def test_not_a_number_is_no_fraction(command, option, value):
    # Click's 0-1 range check passes nan: every finding was left out and the run passed
    result = invoke(command, str(SEEDS), option, value)
    assert result.exit_code == 2 and result.stdout == ""
    assert f"Invalid value for '{option}': nan is not a number from 0 to 1" in result.stderr


@pytest.mark.parametrize("command, name, begins", [
    ("compare", "report.html", "<!doctype html>"), ("compare", "report.sarif", '{\n  "$schema": "https://json.schemastore.org/sarif'),
    ("compare", "report.json", '{\n  "schema_version"'), ("compare", "report.md", "## factcheck: 1 story"),
    ("check", "report.rdjson", '{\n  "source"'), ("claims", "claims.json", '{\n  "schema_version"'),
    ("cluster", "clusters.json", '{\n  "clusters"'),
])
def test_without_format_the_output_file_name_says_which(command, name, begins, tmp_path):
    # `-o report.html` wrote the text report into the page: a browser showed one block of text.
    out = tmp_path / name
    result = invoke(command, str(SEEDS), "--no-cache" if command in ("compare", "check") else "-q", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith(begins)


def test_the_format_option_and_side_by_side_win_over_the_output_file_name(tmp_path):
    given = invoke("compare", str(SEEDS), "--no-cache", "-f", "json", "-o", str(tmp_path / "report.html"))
    assert given.exit_code == 0 and json.loads((tmp_path / "report.html").read_text(encoding="utf-8"))["stories"]
    side = invoke("compare", str(SEEDS), "--no-cache", "--side-by-side", "-o", str(tmp_path / "side.html"))
    assert side.exit_code == 0 and (tmp_path / "side.html").read_text(encoding="utf-8").startswith("Story seeds")
    unknown = invoke("claims", str(SEEDS), "-o", str(tmp_path / "claims.md"))  # claims writes no Markdown
    assert unknown.exit_code == 0 and (tmp_path / "claims.md").read_text(encoding="utf-8").startswith("Story seeds")


def test_an_output_suffix_that_names_no_format_is_said_on_stderr(tmp_path):
    # `-o report.yaml` got the text report without a word.
    odd = invoke("compare", str(SEEDS), "--no-cache", "-o", str(tmp_path / "report.yaml"))
    assert odd.exit_code == 0 and (tmp_path / "report.yaml").read_text(encoding="utf-8").startswith("Story seeds")
    warning = [line for line in odd.stderr.splitlines() if "report.yaml" in line]
    assert len(warning) == 1 and warning[0].startswith("factcheck: warning: ")
    assert "names no format" in warning[0] and "html" in warning[0] and "--format" in warning[0]
    named = invoke("claims", str(SEEDS), "-o", str(tmp_path / "claims.md"))  # a format, but not one claims writes
    assert "claims.md: the suffix .md names no format this command writes (text, json, jsonl)" in named.stderr
    for quiet_or_known in (("-q", "-o", str(tmp_path / "quiet.yaml")), ("-o", str(tmp_path / "report.json")),
                           ("-o", str(tmp_path / "report.txt")), ("-o", str(tmp_path / "report"))):
        result = invoke("compare", str(SEEDS), "--no-cache", *quiet_or_known)
        assert result.exit_code == 0 and "names no format" not in result.stderr


def test_the_output_file_name_wins_over_the_configured_format(tmp_path):
    config = tmp_path / "factcheck.toml"
    config.write_text('format = "github"\n')
    result = invoke("compare", str(SEEDS), "--no-cache", "--config", str(config), "-o", str(tmp_path / "report.html"))
    assert result.exit_code == 0 and (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    plain = invoke("compare", str(SEEDS), "--no-cache", "--config", str(config), "-o", str(tmp_path / "report.log"))
    assert plain.exit_code == 0 and (tmp_path / "report.log").read_text(encoding="utf-8").startswith("::")


@pytest.mark.parametrize(("args", "option"), [
    (["compare", str(SEEDS), "--lang", "xx"], "'--lang'"),  # Click's own wording
    (["compare", str(SEEDS), "--ignore", "omision"], "'--ignore'"),  # factcheck's checks said it bare: --ignore
    (["compare", str(SEEDS), "--published", "20151130"], "'--published'"),
    (["compare", str(SEEDS), "--translator-option", "url"], "'--translator-option'"),
    (["compare", str(SEEDS), "--scheduler", "tcp://x:1"], "'--scheduler'"),
    (["check", "-"], "'PATH...'"),
])
def test_usage_errors_name_the_option_one_way(args, option):
    result = invoke(*args)
    assert result.exit_code == 2 and f"Invalid value for {option}: " in result.stderr
