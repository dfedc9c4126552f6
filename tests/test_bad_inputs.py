"""End to end through the CLI: every bad input gives one stderr line and a `skipped` entry,
the good articles next to it are still reported, and no traceback ever reaches the user."""

import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck import cli
from factcheck.report.schema import report_schema

from .conftest import ROOT, SEEDS

BAD = ROOT / "tests" / "bad_inputs"
HAS_TRAFILATURA = importlib.util.find_spec("trafilatura") is not None

# file -> (code, reason) as the user reads them: one line each, naming file and cause.
EXPECTED_SKIPS = {
    "bad_date.md": ("published", "invalid published date '30/11/2015' (expected YYYY-MM-DD)"),
    "bad_front_matter.md": ("front_matter", "malformed front matter (line 3): expected ',' or ']', but got '<stream end>'"),
    "binary.txt": ("binary", "binary file (contains NUL bytes)"),
    "broken.jsonl:2": ("json", "invalid JSON: Unterminated string starting at column 45"),
    "broken.jsonl:5": ("json", "line is not a JSON object (expected one article per line)"),
    "empty.md": ("empty", "empty file"),
    "list_front_matter.md": ("front_matter", "front matter is not a mapping of keys to values"),
    "unclosed_front_matter.md": ("front_matter", "front matter is not closed (no '---' line after it)"),
    "unknown_lang.md": ("language", "unsupported language (detected 'fi'; supported: en, nl, de, fr, es, it)"),
    "whitespace.txt": ("empty", "empty file (only whitespace)"),
}
if not HAS_TRAFILATURA:
    EXPECTED_SKIPS["page.html"] = ("unsupported_type", "HTML input needs the optional extra: pip install 'news-factcheck[html]'")
GOOD_INPUTS = {"good_en.md", "good_nl.md", "latin1.txt", "utf16.txt", "broken.jsonl:1", "broken.jsonl:4", "broken.jsonl:6"}
# Hostile but usable: each lives in a subfolder (its own story) with the regression test for it.
GOOD_INPUTS |= {"far_dates/end_of_calendar.md", "far_dates/ancient.md", "hostile/feed.jsonl:1", "hostile/feed.jsonl:2"}
if HAS_TRAFILATURA:  # with the html extra installed the page is read (the suite failed there)
    GOOD_INPUTS |= {"page.html"}


def invoke(*args, **kwargs):
    return CliRunner().invoke(cli.app, [str(a) for a in args], env={"TERMINAL_WIDTH": "200", "NO_COLOR": "1"}, **kwargs)


def error_lines(result) -> list[str]:
    """Standard error without the repairs reported as warnings (the hostile feed's terminal escapes)."""
    return [line for line in result.stderr.splitlines() if not line.startswith("factcheck: warning:")]


@pytest.fixture(scope="module")
def bad_report():
    result = invoke("compare", BAD, "--format", "json", "--translator", "none", "--no-cache")
    return result, json.loads(result.stdout)


def test_each_bad_input_gives_exactly_one_line_naming_file_and_cause(bad_report):
    result, _ = bad_report
    expected = sorted(f"factcheck: error: {BAD / name}: {reason}" for name, (_, reason) in EXPECTED_SKIPS.items())
    assert sorted(error_lines(result)) == expected
    assert "Traceback" not in result.stderr
    escapes = "terminal escape sequences (colour or cursor codes, not article text) removed in 2 places"
    bidi = "bidi controls or tag characters (text shown in another order than it is read, or hidden) removed in 2 places"
    assert [line for line in result.stderr.splitlines() if line not in expected] == [
        f"factcheck: warning: {HOSTILE / 'feed.jsonl'}:{number}: {warned}" for number in (1, 2) for warned in (escapes, bidi)]


def test_skipped_inputs_are_listed_in_the_report_with_reason_and_code(bad_report):
    _, report = bad_report
    listed = {s["path"]: (s["code"], s["reason"]) for s in report["skipped"]}
    assert listed == {str(BAD / name): value for name, value in EXPECTED_SKIPS.items()}
    jsonschema.validate(report, report_schema())


def test_good_articles_next_to_bad_ones_are_still_compared(bad_report):
    result, report = bad_report
    assert result.exit_code == cli.EXIT_OK
    paths = [d["path"] for story in report["stories"] for d in story["documents"]]
    assert sorted(paths) == sorted(str(BAD / name) for name in GOOD_INPUTS)
    assert all(story["claims"] for story in report["stories"])


def test_latin1_and_utf16_articles_are_decoded_correctly(bad_report):
    _, report = bad_report
    documents = {d["id"]: d for story in report["stories"] for d in story["documents"] if not d["path"].endswith("jsonl")}
    claims = " ".join(c["text"] for story in report["stories"] for c in story["claims"])
    assert (documents["latin1"]["lang"], documents["latin1"]["title"]) == ("fr", "Fermeture du pont")
    assert (documents["utf16"]["lang"], documents["utf16"]["title"]) == ("de", "Brücke gesperrt")
    assert "sera fermé pendant trois semaines" in claims
    assert "Die Brücke der Stadt wird ab Montag" in claims


def test_duplicate_ids_in_one_feed_are_both_kept_under_distinct_ids(bad_report):
    _, report = bad_report
    ids = [d["id"] for story in report["stories"] for d in story["documents"]]
    assert len(ids) == len(set(ids)) == len(GOOD_INPUTS)
    assert "feed-it" in ids and any(i != "feed-it" and "feed-it" in i for i in ids)


def test_strict_exits_2_but_still_writes_the_report(tmp_path):
    out = tmp_path / "report.json"
    result = invoke("compare", BAD, "--strict", "--format", "json", "--output", out, "--translator", "none")
    assert result.exit_code == cli.EXIT_INPUT
    assert error_lines(result)[-1] == f"factcheck: error: {len(EXPECTED_SKIPS)} input(s) skipped and --strict is set"
    assert json.loads(out.read_text())["stories"]


def test_claims_command_has_the_same_error_behaviour():
    result = invoke("claims", BAD, "--format", "json")
    assert result.exit_code == cli.EXIT_OK and len(error_lines(result)) == len(EXPECTED_SKIPS)
    strict = invoke("claims", BAD / "good_en.md", BAD / "empty.md", "--strict")
    assert strict.exit_code == cli.EXIT_INPUT


def test_nothing_usable_exits_2_with_a_summary_line():
    result = invoke("compare", BAD / "empty.md", BAD / "binary.txt")
    assert result.exit_code == cli.EXIT_INPUT
    assert error_lines(result) == [
        f"factcheck: error: {BAD / 'empty.md'}: empty file",
        f"factcheck: error: {BAD / 'binary.txt'}: binary file (contains NUL bytes)",
        "factcheck: error: no usable input (all inputs were skipped)",
    ]
    # A path that does not exist is a usage error before anything is read (tests/test_cli_usage.py).
    missing = invoke("compare", BAD / "empty.md", BAD / "missing.md")
    assert missing.exit_code == cli.EXIT_INPUT
    assert error_lines(missing) == [f"factcheck: error: {BAD / 'missing.md'}: no such file or directory"]


def test_a_file_over_max_bytes_is_refused_by_name():
    result = invoke("compare", BAD / "good_en.md", BAD / "good_nl.md", "--max-bytes", "100", "--translator", "none")
    assert result.exit_code == cli.EXIT_INPUT
    assert error_lines(result)[0] == f"factcheck: error: {BAD / 'good_en.md'}: file is 173 bytes, over the limit of 100 (--max-bytes)"


def test_a_50_megabyte_file_is_refused_without_being_read(tmp_path):
    big = tmp_path / "big.md"
    with big.open("wb") as handle:  # sparse: the test neither writes nor reads 50 MB
        handle.truncate(50_000_000)
    result = invoke("compare", big, BAD / "good_en.md", "--translator", "none")
    assert f"{big}: file is 50,000,000 bytes, over the limit of 20,000,000 (--max-bytes)" in result.stderr
    assert result.exit_code == cli.EXIT_OK


def test_an_unexpected_exception_is_one_line_and_exit_3(monkeypatch):
    monkeypatch.setattr(cli, "_run_guarded", _explode)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    result = invoke("compare", SEEDS)
    assert result.exit_code == cli.EXIT_INTERNAL == 3
    assert error_lines(result) == [
        "factcheck: internal error: RuntimeError: boom\\nsecond line (run 'factcheck --debug …' for the traceback)"
    ]


def test_debug_shows_the_traceback(monkeypatch):
    monkeypatch.setattr(cli, "_run_guarded", _explode)
    result = invoke("--debug", "compare", SEEDS)
    assert result.exit_code == cli.EXIT_INTERNAL
    assert "Traceback (most recent call last)" in result.stderr and "_explode" in result.stderr


def _explode(*args, **kwargs):
    raise RuntimeError("boom\nsecond line")


def test_a_file_name_with_a_newline_stays_on_one_line(tmp_path):
    odd = tmp_path / "two\nlines.md"
    odd.write_bytes(b"")
    result = invoke("compare", odd, BAD / "good_en.md", "--translator", "none")
    assert error_lines(result) == [f"factcheck: error: {tmp_path}/two\\nlines.md: empty file"]


@pytest.mark.skipif(not HAS_TRAFILATURA, reason="the html extra is not installed")
def test_html_input_with_the_extra_is_read():
    result = invoke("claims", BAD / "page.html", "--lang", "en", "--format", "json")
    assert result.exit_code == cli.EXIT_OK


def test_no_network_access_with_the_default_back_ends(monkeypatch):
    """The whole CLI on the seeds with sockets blocked: any connection attempt fails the run."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    result = invoke("compare", SEEDS, "--format", "json")
    assert result.exit_code == cli.EXIT_OK, result.stderr
    assert not attempts and result.stderr == ""
    assert json.loads(result.stdout)["stories"][0]["pairs"]


def _network_namespace_command() -> list[str] | None:
    """`unshare -n` (or, without root, `unshare -rn` in a user namespace) when this system allows it."""
    unshare = shutil.which("unshare")
    for command in ([unshare, "-n"], [unshare, "-r", "-n"]) if unshare else ():
        try:
            if subprocess.run([*command, "true"], capture_output=True, timeout=30).returncode == 0:
                return command
        except (OSError, subprocess.SubprocessError):
            pass
    return None


def test_the_same_report_with_no_network_at_all():
    """Not a mocked socket: the kernel gives the process no network (`unshare -n`), and the
    report is byte for byte the one of a normal run."""
    isolate = _network_namespace_command()
    if isolate is None:
        pytest.skip("unshare -n is not permitted here")
    args = ["compare", SEEDS, "--format", "json", "--no-cache"]
    normal = _run_cli(*args)
    isolated = subprocess.run([*isolate, sys.executable, "-m", "factcheck", *map(str, args)], capture_output=True,
                              env={**os.environ, "NO_COLOR": "1", "PYTHONUTF8": "1"}, timeout=120)
    assert (isolated.returncode, isolated.stderr) == (normal.returncode, normal.stderr) == (cli.EXIT_OK, b"")
    assert isolated.stdout == normal.stdout and json.loads(isolated.stdout)["stories"][0]["findings"]


def test_ids_and_stories_from_input_never_become_paths(tmp_path, monkeypatch):
    """A hostile feed: ids and stories that look like paths. The only file written is --output
    (plus the translation cache the user configured); the ids are reported verbatim."""
    work = tmp_path / "work"
    work.mkdir()
    feed = work / "feed.jsonl"
    records = [
        {"id": "../../etc/passwd", "story": "../../../tmp/evil", "lang": "en", "text": "The bridge is closed."},
        {"id": "/etc/shadow", "story": "../../../tmp/evil", "lang": "nl", "text": "De brug is dicht."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records))
    monkeypatch.chdir(work)
    for fmt in cli.Format:
        out = tmp_path / f"out.{fmt.value}"
        before = _tree(tmp_path)
        result = invoke("compare", feed, "--format", fmt.value, "--output", out, "--no-cache")
        assert result.exit_code == cli.EXIT_OK, result.stderr
        assert _tree(tmp_path) - before == {out}
    report = json.loads((tmp_path / "out.json").read_text())
    assert {d["id"] for d in report["stories"][0]["documents"]} == {"../../etc/passwd", "/etc/shadow"}


def _tree(root):
    return {path for path in root.rglob("*")}


def test_html_report_keeps_markup_from_articles_as_text(tmp_path):
    """Text, titles, ids and story names come from untrusted scrapes: in the HTML report every
    one of them must stay text, never become markup or script."""
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    records = [
        {"id": f"en{attack}", "story": f"s{attack}", "lang": "en", "title": attack, "text": f"The bridge is closed {attack} on Monday."},
        {"id": "nl", "story": f"s{attack}", "lang": "nl", "title": attack, "text": f"De brug is maandag dicht {attack}."},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records))
    result = invoke("compare", feed, "--format", "html", "--translator", "none", "--no-cache")
    assert result.exit_code == cli.EXIT_OK, result.stderr
    page = result.stdout
    assert "<script>alert" not in page and "<img src=x" not in page and "alert(1)>" not in page
    assert "&lt;script&gt;alert(" in page


# ------------------------------------------------------------------ dates outside the calendar


def _times_by_text(report: dict) -> dict[str, dict]:
    return {t["text"]: t for story in report["stories"] for claim in story["claims"] for t in claim["times"]}


def test_dates_outside_the_calendar_are_kept_as_text_unresolved():
    """"2500 jaar geleden", "in 9000 years", "tomorrow" on 9999-12-31: Python's date cannot hold
    the day, so the expression stays in the claim, unresolved, and the run goes on (was exit 3)."""
    result = invoke("compare", BAD / "far_dates", "--format", "json", "--translator", "none", "--no-cache")
    assert result.exit_code == cli.EXIT_OK, result.stderr
    report = json.loads(result.stdout)
    times = _times_by_text(report)
    unresolved = ["tomorrow", "in 9000 years", "3000000 days", "12345678901234567890 weeks",
                  "the next week", "the next day", "2500 jaar geleden", "over 9000 jaar"]
    for text in unresolved:
        found = [t for written, t in times.items() if text in written]
        assert found and all(t["value"] is None and t["earliest"] is None for t in found), (text, found)
    # the same rules still resolve the days the calendar holds
    # (the year, at day or year granularity: "N years ago" may be read as a year)
    assert times["morgen"]["value"] == "2015-12-01" and times["2100 years ago"]["value"].startswith("7899")
    jsonschema.validate(report, report_schema())


@pytest.mark.parametrize("lang, text", [
    ("en", "It was built 2100 years ago."), ("nl", "Het werd 2100 jaar geleden gebouwd."),
    ("de", "Sie wurde vor 2100 Jahren gebaut."), ("fr", "Il a été construit il y a 2100 ans."),
    ("es", "Fue construido hace 2100 años."), ("it", "Fu costruito 2100 anni fa."),
])
def test_2100_years_ago_in_every_language(lang, text):
    from datetime import date

    from factcheck.claims.times import extract_times

    for published in (date(2015, 11, 30), date(1, 1, 1)):
        [found] = extract_times(text, lang, published)
        assert found.value is None and found.earliest is None and found.text.strip(".") in text
    assert extract_times(text, lang, date(9999, 12, 31))[0].value.startswith("7899")  # day or year granularity


def test_one_far_date_does_not_lose_the_batch(tmp_path):
    """50 stories in one feed, one of them with a far date: all 50 are reported."""
    records = [{"id": f"a{n}", "story": f"s{n}", "lang": "en", "published": "2015-11-30",
                "text": f"The bridge closes on {n % 28 + 1} December, the mayor said."} for n in range(50)]
    records[17]["text"] = "The bridge opened 2100 years ago and closes in 3000000 days."
    records.append({"id": "last", "story": "s3", "lang": "en", "published": "9999-12-31", "text": "It closes tomorrow."})
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records))
    result = invoke("compare", feed, "--format", "json", "--translator", "none", "--no-cache", "--jobs", "1")
    assert result.exit_code == cli.EXIT_OK, result.stderr
    assert len(json.loads(result.stdout)["stories"]) == 50


# ------------------------------------------------------------------ injection through the input

HOSTILE = BAD / "hostile"  # terminal escapes, bidi overrides, forged workflow commands, @mentions
# What may never reach a terminal or a log: C0 (but tab/newline), DEL, C1, bidi controls.
UNSAFE_OUTPUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")
RUNNER_COMMAND = re.compile(r"^\s*(?:::|##\[)")
OWN_ANNOTATION = re.compile(r"^::(?:error|warning|notice) file=[^\n]*::[^\n]*$")


@pytest.mark.parametrize("fmt, extra", [(f.value, ()) for f in cli.Format] + [("text", ("--side-by-side",))])
def test_hostile_text_reaches_neither_terminal_nor_ci_runner(fmt, extra):
    result = invoke("compare", HOSTILE, "--format", fmt, *extra, "--no-cache", "--verbose")
    assert result.exit_code == cli.EXIT_OK, result.stderr
    for stream in (result.stdout, result.stderr):
        assert not UNSAFE_OUTPUT.search(stream), UNSAFE_OUTPUT.search(stream)
    commands = [line for line in result.stdout.splitlines() + result.stderr.splitlines() if RUNNER_COMMAND.match(line)]
    if fmt == "github":  # the format's own annotations, and nothing forged among them
        assert commands and all(OWN_ANNOTATION.match(line) for line in commands)
        assert not any("add-mask" in line.split("::")[1] for line in commands)
    else:
        assert commands == []
    assert "factcheck: story hostile\\n::add-mask::secret:" in result.stderr  # the --verbose line, escaped


def test_machine_formats_escape_hostile_text_but_keep_it_exact():
    result = invoke("compare", HOSTILE, "--format", "json", "--no-cache")
    report = json.loads(result.stdout)
    [record] = [json.loads(line) for line in (HOSTILE / "feed.jsonl").read_text().splitlines()][:1]
    [document] = [d for d in report["stories"][0]["documents"] if d["path"].endswith(":1")]
    assert (document["id"], document["title"]) == (record["id"], record["title"])
    assert "\\u001b[2J" in result.stdout and "\\u009b" in result.stdout and "\\u202e" in result.stdout


def test_markdown_keeps_tables_whole_and_defuses_html_and_mentions():
    page = invoke("compare", HOSTILE, "--format", "markdown", "--no-cache").stdout
    rows = [line for line in page.splitlines() if line.startswith("| `hostile")]
    assert len(rows) == 1 and len(re.findall(r"(?<!\\)\|", rows[0])) == 13  # 12 cells, none split
    assert "en\\|x" in rows[0]
    assert "@octocat" not in page and "@\u200boctocat" in page
    assert not re.search(r"(?<!\\)<(?:b|img)\b", page) and "\\<img src=x" in page  # shown, never markup


def test_hostile_file_names_are_shown_escaped(tmp_path):
    named = tmp_path / "title\x1b]0;pwned\x07\u202e.md"
    named.write_text("---\nlang: en\n---\nThe bridge closes on Monday, the mayor said.\n")
    (tmp_path / "empty\x9b2J.md").write_bytes(b"")
    result = invoke("compare", tmp_path, "--no-cache")
    assert result.exit_code == cli.EXIT_OK, result.stderr
    assert result.stderr.splitlines()[0] == f"factcheck: error: {tmp_path}/empty\\x9b2J.md: empty file"
    assert not UNSAFE_OUTPUT.search(result.stdout + result.stderr)
    assert "title␛]0;pwned␇�" in result.stdout


# ------------------------------------------------------------------ output you cannot lose


def test_output_appears_only_when_complete(tmp_path, monkeypatch):
    """A run that dies while writing (here: the renderer fails half-way) leaves the old report
    as it was and no temporary file behind; a complete run replaces it."""
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "report.json"
    out.write_text("the old report")

    def half_then_die(report, format, stream, *args):
        stream.write("{ half a report")
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_render_format", half_then_die)
    result = invoke("compare", SEEDS, "--format", "json", "--output", out)
    assert result.exit_code == cli.EXIT_INTERRUPTED == 130
    assert out.read_text() == "the old report" and sorted(folder.iterdir()) == [out]
    monkeypatch.undo()
    assert invoke("compare", SEEDS, "--format", "json", "--output", out).exit_code == cli.EXIT_OK
    assert json.loads(out.read_text())["stories"] and sorted(folder.iterdir()) == [out]


def test_kill_9_while_writing_leaves_the_old_report(tmp_path):
    """The issue's case in a real process: SIGKILL half-way through writing the report."""
    out = tmp_path / "report.json"
    out.write_text("the old report")
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from factcheck.output import report_stream\n"
        "with report_stream(Path(sys.argv[1])) as stream:\n"
        "    stream.write('{ half a report' * 10000)\n"
        "    stream.flush()\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True, timeout=60)
    assert result.returncode == -9
    assert out.read_text() == "the old report"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_an_output_that_is_no_regular_file_is_written_in_place(tmp_path):
    """`-o /dev/null`, a FIFO: the report goes into it, and it stays what it was (a temporary file
    renamed over /dev/null had replaced the device with a file, for every program after)."""
    import stat
    import threading

    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    result = invoke("compare", SEEDS, "--format", "json", "--output", fifo, "--no-cache")
    reader.join(timeout=60)
    assert result.exit_code == cli.EXIT_OK, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and sorted(tmp_path.iterdir()) == [fifo]
    assert received and json.loads(received[0])["stories"]


def test_an_output_that_is_an_input_is_refused_before_the_run(tmp_path, monkeypatch):
    story = tmp_path / "story"
    shutil.copytree(SEEDS, story)
    before = {path.name: path.read_bytes() for path in story.iterdir()}
    for paths, out in (([story / "nl.md", story / "en.md"], story / "nl.md"), ([story], story / "en.md")):
        result = invoke("compare", *paths, "--output", out)
        assert result.exit_code == cli.EXIT_INPUT
        assert "is one of the inputs" in result.stderr
    assert {path.name: path.read_bytes() for path in story.iterdir()} == before


@pytest.mark.parametrize("where", ["missing/report.json", "."])
def test_an_unwritable_output_is_a_usage_error_before_any_work(tmp_path, monkeypatch, where):
    from factcheck import batch

    monkeypatch.setattr(batch, "run_batch", lambda *a, **k: pytest.fail("the run started"))
    result = invoke("compare", SEEDS, "--output", tmp_path / where)
    assert result.exit_code == cli.EXIT_INPUT and "--output" in result.stderr


def test_file_names_that_are_not_utf8_are_represented_safely(tmp_path):
    """surrogateescape names: \\udcXX escapes in JSON text, percent-encoded bytes in SARIF URIs,
    valid UTF-8 in every format, to stdout and with -o (was exit 3 or invalid UTF-8)."""
    folder = tmp_path / "story"
    folder.mkdir()
    shutil.copy(SEEDS / "en.md", folder / "en.md")
    shutil.copy(SEEDS / "nl.md", folder / os.fsdecode(b"nl-caf\xe9.md"))
    for fmt in cli.Format:
        out = tmp_path / f"out.{fmt.value}"
        written = _run_cli("compare", folder, "--format", fmt.value, "--output", out, "--no-cache")
        printed = _run_cli("compare", folder, "--format", fmt.value, "--no-cache")
        for result in (written, printed):
            assert result.returncode == cli.EXIT_OK, result.stderr
        out.read_bytes().decode("utf-8")
        printed.stdout.decode("utf-8")
    ids = [d["id"] for d in json.loads((tmp_path / "out.json").read_bytes())["stories"][0]["documents"]]
    assert os.fsdecode(b"nl-caf\xe9") in ids and b"nl-caf\\udce9" in (tmp_path / "out.json").read_bytes()
    assert b'"uri": "story/nl-caf%E9.md"' in _run_cli("compare", "story", "-f", "sarif", "--no-cache", cwd=tmp_path).stdout


def _run_cli(*args, cwd=None, stdout=subprocess.PIPE, **kwargs):
    """factcheck in its own process: what file descriptors and exit codes really do."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONUTF8": "1"}
    return subprocess.run([sys.executable, "-m", "factcheck", *map(str, args)], cwd=cwd, stdout=stdout,
                          stderr=subprocess.PIPE, env=env, timeout=120, **kwargs)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_a_full_standard_output_is_exit_2_with_a_message():
    with open("/dev/full", "w") as full:
        result = _run_cli("compare", SEEDS, stdout=full)
    assert result.returncode == cli.EXIT_INPUT
    assert result.stderr.decode() == "factcheck: error: cannot write the report to standard output: No space left on device\n"


def test_a_closed_standard_output_is_exit_2_with_a_message():
    result = _run_cli("compare", SEEDS, stdout=None, pass_fds=(), preexec_fn=lambda: os.close(1))
    assert result.returncode == cli.EXIT_INPUT
    assert "standard output is closed" in result.stderr.decode() and "Traceback" not in result.stderr.decode()


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_standard_output_that_is_not_utf8_still_gets_the_report(encoding):
    # A Windows console or a Latin-1 locale cannot hold "—" or "’": each format was exit 3
    # (UnicodeEncodeError). Text for people shows what it cannot as "?"; JSON stays UTF-8.
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": encoding}
    env.pop("PYTHONUTF8", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "factcheck", *args, str(SEEDS)], capture_output=True, env=env, timeout=120)

    text = run("compare")
    assert text.returncode == 0, text.stderr
    assert text.stdout.decode(encoding).startswith("Story seeds ? 2 articles")
    for command, format in (("compare", "json"), ("compare", "sarif"), ("claims", "jsonl"), ("compare", "markdown")):
        result = run(command, "-f", format)
        assert result.returncode == 0, (format, result.stderr)
        assert "year’s end" in result.stdout.decode("utf-8")
    assert json.loads(run("compare", "-f", "json").stdout.decode("utf-8"))["stories"][0]["id"] == "seeds"


@pytest.mark.parametrize("args", [("compare",), ("compare", "--side-by-side"), ("claims",), ("cluster",)])
def test_an_id_with_a_line_break_stays_on_one_line_in_the_text_reports(args, tmp_path):
    # A newline in a story or article id split the header and the labels over two lines, so a
    # JSONL id could forge a line of the report ("✔ agree   …" under a finding).
    forged = "en\n✔ agree   nl:1 ↔ en:1  score 0.99"
    lines = [json.dumps({"id": forged, "story": "s\tt\nFindings (0)", "lang": "en", "published": "2021-03-15",
                         "text": "The bridge closes on Monday, the mayor said."}),
             json.dumps({"id": "nl", "story": "s\tt\nFindings (0)", "lang": "nl", "published": "2021-03-15",
                         "text": "De brug gaat dinsdag dicht, zei de burgemeester."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke(*args, tmp_path / "feed.jsonl", "--no-cache" if args[0] == "compare" else "--max-bytes=100000")
    assert result.exit_code == cli.EXIT_OK, result.stderr
    output = result.stdout.splitlines()
    assert not any(line.lstrip().startswith(("✔ agree   nl:1", "Findings (0)")) for line in output), result.stdout
    assert "en␤✔ agree" in result.stdout.replace("\n", "")  # the id shown, its line break as ␤ (labels may fold)
    if args[0] != "cluster":
        assert any("s␉t␤Findings (0)" in line for line in output)
