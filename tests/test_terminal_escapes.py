"""Terminal escape sequences in an article (text copied from a terminal, a coloured log) are not
article text: ingest removes them, so no value is read from their parameters ("ESC[0m" was
"0 m", zero metres), while line numbers, columns and the quoted evidence stay those of the file."""

import json
import re

import pytest
from typer.testing import CliRunner

from factcheck import cli
from factcheck.ingest import CleanedText, IngestOptions, ingest, without_hidden_text
from factcheck.report.locations import position_at

ESC = "\x1b"
RED, RESET, BOLD = f"{ESC}[31m", f"{ESC}[0m", f"{ESC}[1m"
UNSAFE_OUTPUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def invoke(*args):
    return CliRunner().invoke(cli.app, [str(a) for a in args], env={"TERMINAL_WIDTH": "200", "NO_COLOR": "1"})


@pytest.mark.parametrize("hostile, cleaned", [
    (f"Hi {RED}there{RESET} you", "Hi there you"),  # CSI, the colour codes of every terminal
    (f"{ESC}[2J{ESC}[1;1HTitle", "Title"),  # a run of several is one place
    ("Hi \x9b31mthere", "Hi there"),  # C1 CSI, one character
    (f"Hi {ESC}]0;window 12{ESC}\\there", "Hi there"),  # OSC ended by ST
    (f"Hi {ESC}]8;;https://x.example/42\x07link{ESC}]8;;\x07 now", "Hi link now"),  # OSC ended by BEL
    (f"{ESC}(B{ESC}7Hi{ESC}8 there{ESC}M", "Hi there"),  # charset designation, two-character escapes
])
def test_escape_sequences_are_removed_with_their_parameters(hostile, cleaned):
    assert without_hidden_text(hostile).text == cleaned


def test_a_removed_sequence_never_joins_two_words():
    assert without_hidden_text(f"Loud{BOLD}{RED}quiet, 4{RESET}2 and {BOLD}x{RESET}.").text == "Loud quiet, 4 2 and x."


@pytest.mark.parametrize("stray", [f"a lone {ESC} escape", "a bell\x07 rings", f"half {ESC}[", f"no end {ESC}]0;title 5"])
def test_stray_controls_that_are_no_sequence_stay_as_they_are(stray):
    assert without_hidden_text(stray) == CleanedText(stray)


def test_no_line_break_is_removed_so_line_numbers_stay():
    text = f"one {ESC}]0;t\nwo\x07 {RED}\nthree{RESET}\n"
    assert without_hidden_text(text).text.count("\n") == text.count("\n")


def write_story(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "en.md").write_text(
        "---\nlang: en\n---\nThe ferry left at dawn.\n\n"
        f"{BOLD}Harbour news.{RESET} The {RED}old{RESET} ferry carried {BOLD}7{RESET} trucks across the bay.\n",
        encoding="utf-8")
    (story / "nl.md").write_text(
        "---\nlang: nl\n---\nDe veerboot vertrok bij dageraad.\n\nHavennieuws. De oude veerboot vervoerde 9 vrachtwagens over de baai.\n",
        encoding="utf-8")
    return story


def test_no_value_is_read_from_a_sequence_and_a_real_value_beside_it_still_is(tmp_path):
    story = write_story(tmp_path)
    report = json.loads(invoke("claims", story / "en.md", "--format", "json").stdout)
    claims = report["stories"][0]["claims"]
    assert [n["text"] for c in claims for n in c["numbers"]] == ["7"]
    assert "The old ferry carried 7 trucks across the bay." in [c["text"] for c in claims]


def test_lines_columns_and_evidence_are_the_files_own(tmp_path, caplog):
    story = write_story(tmp_path)
    [doc] = ingest([str(story / "en.md")], IngestOptions()).documents
    assert caplog.records[0].getMessage() == (
        f"{story / 'en.md'}: terminal escape sequences (colour or cursor codes, not article text) removed in 6 places, on line 6")
    file_line = (story / "en.md").read_text(encoding="utf-8").split("\n")[5]
    for word in ("Harbour", "old", "7", "trucks"):
        position = position_at(doc, doc.text.index(word))
        assert position.line == 6
        assert file_line[position.column - 1:].startswith(word), word
        assert file_line.encode()[position.byte_column - 1:].startswith(word.encode()), word
    result = invoke("compare", story, "--format", "github", "--translator", "lexicon", "--no-cache")
    annotation = next(line for line in result.stdout.splitlines() if "number" in line and "en.md" in line)
    column = int(re.search(r"col=(\d+)", annotation).group(1))
    assert "line=6," in annotation and file_line[column - 1:].startswith(f"The {RED}old"), annotation


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "github", "sarif"])
def test_reports_quote_the_cleaned_sentence_and_no_control_character(tmp_path, fmt):
    result = invoke("compare", write_story(tmp_path), "--format", fmt, "--translator", "lexicon", "--no-cache")
    assert result.exit_code == cli.EXIT_OK, result.stderr
    assert not UNSAFE_OUTPUT.search(result.stdout) and not UNSAFE_OUTPUT.search(result.stderr)
    assert "\\u001b" not in result.stdout and "\u241b" not in result.stdout  # neither escaped nor shown as ␛
    assert "The old ferry carried" in result.stdout


def test_a_coloured_capture_is_read_as_text_not_refused_as_binary(tmp_path):
    line = " ".join(f"{RED}word{RESET}" for _ in range(30))  # over 5% escape characters
    (tmp_path / "log.txt").write_text(f"{line}. Then 3 ships sailed.\n", encoding="utf-8")
    result = ingest([str(tmp_path / "log.txt")], IngestOptions(lang="en"))
    assert result.skipped == [] and ESC not in result.documents[0].text


def test_a_jsonl_record_is_cleaned_and_its_record_named(tmp_path, caplog):
    record = {"id": "a", "lang": "en", "text": f"Three {RED}boats{RESET} sank."}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [doc] = ingest([str(tmp_path / "feed.jsonl")]).documents
    assert doc.text == "Three boats sank."
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'feed.jsonl'}:1: terminal escape sequences (colour or cursor codes, not article text) removed in 2 places"]
