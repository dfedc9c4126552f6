"""End to end through the CLI: every bad input gives one stderr line and a `skipped` entry,
the good articles next to it are still reported, and no traceback ever reaches the user."""

import importlib.util
import json
import socket

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


def invoke(*args, **kwargs):
    return CliRunner().invoke(cli.app, [str(a) for a in args], env={"TERMINAL_WIDTH": "200", "NO_COLOR": "1"}, **kwargs)


def error_lines(result) -> list[str]:
    return result.stderr.splitlines()


@pytest.fixture(scope="module")
def bad_report():
    result = invoke("compare", BAD, "--format", "json", "--translator", "none", "--no-cache")
    return result, json.loads(result.stdout)


def test_each_bad_input_gives_exactly_one_line_naming_file_and_cause(bad_report):
    result, _ = bad_report
    expected = sorted(f"factcheck: error: {BAD / name}: {reason}" for name, (_, reason) in EXPECTED_SKIPS.items())
    assert sorted(error_lines(result)) == expected
    assert "Traceback" not in result.stderr


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
