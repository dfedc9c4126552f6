"""Ingest on hostile inputs: every problem is a Skipped entry with a plain reason, never an
exception, and readable text in an odd encoding is read, not refused."""

import io
import json
import os
import sys

import pytest

from factcheck import ingest as ingest_module
from factcheck.ingest import IngestOptions, InputError, decode_bytes, ingest

FRENCH = "Le café est fermé depuis décembre, a déclaré le maire à la presse."
GERMAN = "Die Brücke wird ab Montag für drei Wochen gesperrt, sagte der Bürgermeister."


def only_skip(paths, options=None):
    result = ingest([str(p) for p in paths], options or IngestOptions(lang="en"))
    assert not result.documents, result.documents
    assert len(result.skipped) == 1, result.skipped
    return result.skipped[0]


@pytest.mark.parametrize(
    "raw",
    [
        GERMAN.encode("utf-16"),  # with BOM, the platform's byte order
        b"\xfe\xff" + GERMAN.encode("utf-16-be"),
        GERMAN.encode("utf-16-le"),  # no BOM: recognised by the zero bytes
        GERMAN.encode("utf-16-be"),
        GERMAN.encode("utf-32"),
        b"\xef\xbb\xbf" + GERMAN.encode("utf-8"),
    ],
)
def test_unicode_encodings_with_and_without_bom(raw):
    assert decode_bytes(raw) == GERMAN


def test_cp1252_quotes_and_euro_sign():
    text = "« Ça coûte 5 € », a dit l’élu."
    assert decode_bytes(text.encode("cp1252")) == text


def test_latin1_is_read_as_such():
    assert decode_bytes(FRENCH.encode("latin-1")) == FRENCH


def test_utf8_with_one_broken_byte_stays_utf8():
    """One stray Latin-1 byte in a UTF-8 article must not turn every 'é' into 'Ã©'."""
    raw = FRENCH.encode("utf-8") + b" Caf\xe9."
    assert decode_bytes(raw) == FRENCH + " Caf\ufffd."


def test_binary_without_nul_bytes_is_refused():
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(bytes(range(1, 32)) * 20 + b"some text")


def test_empty_and_whitespace_only():
    with pytest.raises(InputError, match=r"^empty file$"):
        decode_bytes(b"")
    with pytest.raises(InputError, match=r"only whitespace"):
        decode_bytes("  \n".encode("utf-16"))


def test_undetectable_language(tmp_path):
    (tmp_path / "n.txt").write_text("12 345 — 678 !!! 90 %\n")
    skip = only_skip([tmp_path / "n.txt"], IngestOptions())
    assert skip.code == "language" and "could not be detected" in skip.reason and "--lang" in skip.reason


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    skip = only_skip([fifo])
    assert skip.reason == "not a regular file (device, FIFO or socket)"


def test_device_is_refused():
    assert only_skip(["/dev/zero"]).reason == "not a regular file (device, FIFO or socket)"


def test_path_through_a_file(tmp_path):
    (tmp_path / "a.md").write_text("Text.")
    assert only_skip([tmp_path / "a.md" / "b.md"]).reason == "a part of the path is a file, not a directory"


def test_dangling_symlink_given_and_found_in_a_folder(tmp_path):
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    assert only_skip([tmp_path / "gone.md"]).reason == "broken symbolic link (its target does not exist)"
    assert only_skip([tmp_path]).reason == "broken symbolic link (its target does not exist)"


def test_symlink_loops_in_a_folder_are_reported_once(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "en.md").write_text("The bridge is closed.")
    (story / "again").symlink_to(story, target_is_directory=True)
    (story / "self.md").symlink_to(story / "self.md")
    result = ingest([str(tmp_path)], IngestOptions(lang="en"))
    assert [d.id for d in result.documents] == ["en"]
    reasons = {os.path.basename(s.path): s.reason for s in result.skipped}
    assert reasons == {
        "again": "symlink loop: directory already visited",
        "self.md": "symlink loop (too many levels of symbolic links)",
    }


def test_symlinks_leading_out_of_the_folder_are_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("A secret that was never given.")
    folder = tmp_path / "given"
    folder.mkdir()
    (folder / "en.md").write_text("The bridge is closed.")
    (folder / "secret.md").symlink_to(outside / "secret.md")
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    result = ingest([str(folder)], IngestOptions(lang="en"))
    assert [d.id for d in result.documents] == ["en"]
    assert {s.code for s in result.skipped} == {"outside_input"}
    assert len(result.skipped) == 2 and all("leads outside" in s.reason for s in result.skipped)


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    """chmod 000 does not stop root (the tests' user), so the walk's error is simulated."""
    (tmp_path / "locked").mkdir()
    (tmp_path / "en.md").write_text("The bridge is closed.")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = ingest([str(tmp_path)], IngestOptions(lang="en"))
    assert [d.id for d in result.documents] == ["en"]
    assert [(s.path, s.reason) for s in result.skipped] == [(str(tmp_path / "locked"), "permission denied")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    locked = tmp_path / "locked.md"
    locked.write_text("Text.")
    locked.chmod(0)
    assert only_skip([locked]).reason == "permission denied"


def test_jsonl_keeps_unicode_line_separators_inside_strings(tmp_path):
    record = {"id": "a", "lang": "en", "text": "First part.\u2028Second part.\x85Third part."}
    (tmp_path / "f.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = ingest([str(tmp_path / "f.jsonl")])
    assert not result.skipped and result.documents[0].text == record["text"]


def test_jsonl_lone_surrogates_become_replacement_characters(tmp_path):
    (tmp_path / "f.jsonl").write_text('{"id": "a\\udc00", "lang": "en", "text": "Broken \\ud800 text."}\n')
    doc = ingest([str(tmp_path / "f.jsonl")]).documents[0]
    assert doc.text == "Broken \ufffd text." and doc.id == "a\ufffd"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("[" * 100_000 + "]" * 100_000, "invalid JSON: nested too deeply"),
        ('{"id": ' + "9" * 5000 + ', "text": "x"}', "invalid JSON: Exceeds the limit (4300 digits)"),
        ('{"lang": "en"}', "no article text (no 'text' field)"),
        ('{"lang": "en", "text": 5}', "field 'text' must be a string"),
        ('{"lang": ["en"], "text": "The bridge."}', "field 'lang' must be a single value"),
        ('{"lang": "en", "text": "  "}', "article text is empty"),
        ("{not json", "invalid JSON: Expecting property name enclosed in double quotes at column 2"),
    ],
)
def test_bad_jsonl_lines(tmp_path, line, reason):
    (tmp_path / "f.jsonl").write_text(line + "\n")
    skip = only_skip([tmp_path / "f.jsonl"])
    assert skip.path == f"{tmp_path / 'f.jsonl'}:1" and skip.reason.startswith(reason)


def test_jsonl_with_only_blank_lines(tmp_path):
    (tmp_path / "f.jsonl").write_text("\n  \n")
    assert only_skip([tmp_path / "f.jsonl"]).reason == "empty file (only whitespace)"


def test_multi_line_json_error_names_line_and_column(tmp_path):
    (tmp_path / "a.json").write_text('{\n  "text": "x",\n  oops\n}')
    assert only_skip([tmp_path / "a.json"]).reason.endswith("at line 3 column 3")


@pytest.mark.parametrize(
    "front, reason",
    [
        ("---\n" + "[" * 5000 + "\n---\n", "malformed front matter: nested too deeply"),
        ("---\n- a\n- b\n---\n", "front matter is not a mapping of keys to values"),
        ("---\njust a string\n---\n", "front matter is not a mapping of keys to values"),
        ("---\ntitle:\n  nested: map\n---\n", "front matter field 'title' must be a single value"),
        ("---\nlang: en\ntitle: x\n", "front matter is not closed (no '---' line after it)"),
        ("---\nlang: en\npublished: 2015-02-30\n---\n", "invalid published date '2015-02-30' (no such day)"),
        ("---\nlang: en\npublished: yesterday\n---\n", "invalid published date 'yesterday' (expected YYYY-MM-DD)"),
        ("---\nlang: tlh\n---\n", "unsupported language 'tlh'"),
        ("---\nlang: en\n---\n   \n", "article text is empty"),
    ],
)
def test_bad_front_matter(tmp_path, front, reason):
    (tmp_path / "a.md").write_text(front + "The bridge is closed.\n" if "empty" not in reason else front)
    skip = only_skip([tmp_path / "a.md"])
    assert skip.reason.startswith(reason)


def test_empty_front_matter_block_is_allowed(tmp_path):
    (tmp_path / "a.md").write_text("---\n---\nThe bridge is closed.\n")
    doc = ingest([str(tmp_path / "a.md")], IngestOptions(lang="en")).documents[0]
    assert doc.text == "The bridge is closed.\n" and doc.body_line_offset == 2


def test_duplicate_ids_within_and_across_stories(tmp_path):
    # two texts: a repeated text is a copy, skipped (tests/test_copies.py), and this is about ids
    lines = [{"id": "x", "story": "s", "lang": "en", "text": text} for text in ("One.", "Three.")]
    lines.append({"id": "x", "story": "t", "lang": "en", "text": "Two."})
    (tmp_path / "f.jsonl").write_text("\n".join(json.dumps(r) for r in lines))
    assert [d.id for d in ingest([str(tmp_path / "f.jsonl")]).documents] == ["x", "x~2", "t/x"]
    # the CLI reads feeds in batch mode: the same documented ids (it gave "s/x" for the repeat)
    from typer.testing import CliRunner

    from factcheck import cli

    result = CliRunner().invoke(cli.app, ["compare", str(tmp_path / "f.jsonl"), "-f", "json", "--translator", "none"])
    assert sorted(d["id"] for story in json.loads(result.stdout)["stories"] for d in story["documents"]) == ["t/x", "x", "x~2"]


def test_closed_stdin_is_reported(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    assert only_skip(["-"]).reason == "cannot read standard input"


def test_stdin_over_the_limit(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 50)))
    assert only_skip(["-"], IngestOptions(max_bytes=10)).code == "too_large"


def test_a_file_that_grows_while_read_is_still_bounded(tmp_path, monkeypatch):
    """The size is checked on the open file, and the read itself never takes more than the limit."""
    (tmp_path / "a.md").write_text("The bridge is closed. " * 10)
    monkeypatch.setattr(ingest_module, "_check_regular_file_size", lambda stat, max_bytes: None)
    assert only_skip([tmp_path / "a.md"], IngestOptions(lang="en", max_bytes=50)).reason == "file is over the limit of 50 bytes (--max-bytes)"


@pytest.mark.parametrize("limit", [10**12, 10**23])
def test_a_limit_far_above_the_input_reads_it_without_making_room_for_the_limit(tmp_path, monkeypatch, limit):
    # `--max-bytes 1000000000000` (no limit, meant) was a MemoryError, 10**23 an OverflowError: exit 3
    # on a 2 KB file, read(limit + 1) made room for the whole limit first.
    (tmp_path / "a.md").write_text("The bridge is closed. " * 10)
    result = ingest([str(tmp_path / "a.md")], IngestOptions(lang="en", max_bytes=limit))
    assert not result.skipped and result.documents[0].text == "The bridge is closed. " * 10
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"The bridge is closed. " * 100_000)))
    result = ingest(["-"], IngestOptions(lang="en", max_bytes=limit))
    assert not result.skipped and len(result.documents[0].text) == 2_200_000


def test_a_file_that_grows_while_read_in_pieces_is_still_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "READ_CHUNK", 7)
    (tmp_path / "a.md").write_text("The bridge is closed. " * 10)
    # measured at 20 bytes, it holds 220: read piece by piece, it stops one byte past the limit
    monkeypatch.setattr(ingest_module, "_check_regular_file_size", lambda stat, max_bytes: None)
    assert only_skip([tmp_path / "a.md"], IngestOptions(lang="en", max_bytes=50)).code == "too_large"
    assert len(ingest_module.read_at_most(io.BytesIO(b"x" * 220), 50, expected=20)) == 51
    assert ingest_module.read_at_most(io.BytesIO(b"x" * 40), 50, expected=20) == b"x" * 40


def test_a_feed_line_over_the_limit_is_never_held_whole_and_the_lines_after_it_keep_their_offsets():
    # Read whole, one 2 GB line took 2 GB before the limit was looked at.
    lines = [b'{"id": "a"}', b'{"id": "big", "text": "' + b"x" * 10_000 + b'"}', b"", b'{"id": "b"}\r']
    data = b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n"
    read = list(ingest_module.jsonl_lines(io.BufferedReader(io.BytesIO(data), buffer_size=64), 100))
    assert [number for number, _, _ in read] == [1, 2, 3, 4]
    assert read[0][2] == b'{"id": "a"}' and len(read[1][2]) == 102 and read[2][2] == b"" and read[3][2] == b'{"id": "b"}'
    assert [data[offset:].split(b"\n")[0].rstrip(b"\r") for _, offset, _ in read[1:]] == [lines[1], b"", b'{"id": "b"}']


def test_a_feed_line_over_the_limit_is_reported_and_the_next_lines_compared(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(record) for record in (
        {"id": "a", "lang": "en", "story": "s", "text": "The bridge closed on Monday."},
        {"id": "big", "lang": "en", "story": "s", "text": "The bridge closed. " * 500},
        {"id": "b", "lang": "nl", "story": "s", "text": "De brug ging maandag dicht."})) + "\n", encoding="utf-8")
    result = ingest([str(feed)], IngestOptions(max_bytes=1_000))
    assert [d.id for d in result.documents] == ["a", "b"]
    assert [(s.path, s.code) for s in result.skipped] == [(f"{feed}:2", "too_large")]


# ------------------------------------------------------------------ issue 17, item 8


def test_jsonl_in_a_folder_is_read_line_by_line_like_a_given_one(tmp_path, monkeypatch):
    """One NUL line spoils only itself and each line is decoded on its own (a cp1252 line next
    to UTF-8 ones), in a folder exactly as when the file is named (the folder's copy used to be
    decoded whole: all lines lost, or mojibake)."""
    folder = tmp_path / "feeds"
    folder.mkdir()
    lines = [
        json.dumps({"id": "a", "lang": "fr", "text": FRENCH}, ensure_ascii=False).encode("utf-8"),
        b'{"id": "nul", "lang": "en", "text": "x\x00y"}',
        json.dumps({"id": "b", "lang": "fr", "text": "« Ça coûte 5 € », a dit l’élu."}, ensure_ascii=False).encode("cp1252"),
    ]
    (folder / "f.jsonl").write_bytes(b"\r\n".join(lines))
    in_folder, given = ingest([str(folder)]), ingest([str(folder / "f.jsonl")])
    expected = [("a", FRENCH), ("b", "« Ça coûte 5 € », a dit l’élu.")]
    assert [(d.id, d.text) for d in in_folder.documents] == [(d.id, d.text) for d in given.documents] == expected
    assert [(s.path, s.code) for s in in_folder.skipped] == [(f"{folder / 'f.jsonl'}:2", "binary")]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((folder / "f.jsonl").read_bytes())))
    piped = ingest(["-"])  # and the same from standard input
    assert [(d.id, d.text) for d in piped.documents] == expected and [s.path for s in piped.skipped] == ["-:2"]


def test_cr_only_line_endings_keep_the_front_matter(tmp_path):
    (tmp_path / "a.md").write_bytes(b"---\rlang: nl\rtitle: Brug dicht\rpublished: 2015-11-30\r---\rDe brug gaat dicht.\r")
    doc = ingest([str(tmp_path / "a.md")]).documents[0]
    assert (doc.lang, doc.title, str(doc.published), doc.text, doc.body_line_offset) == ("nl", "Brug dicht", "2015-11-30", "De brug gaat dicht.\r", 5)


def test_a_duplicate_front_matter_key_is_a_warning_naming_file_and_key(tmp_path, caplog):
    (tmp_path / "a.md").write_text("---\nlang: en\ntitle: One\nlang: nl\n---\nDe brug gaat dicht.\n")
    doc = ingest([str(tmp_path / "a.md")]).documents[0]
    assert doc.lang == "nl"
    assert [r.getMessage() for r in caplog.records] == [f"{tmp_path / 'a.md'}: front matter key 'lang' is given twice; the last value is used"]


def test_a_front_matter_key_repeated_many_times_is_one_warning_line(tmp_path, caplog):
    # 100,000 'lang:' lines printed 99,999 identical warnings.
    (tmp_path / "a.md").write_text("---\n" + "lang: en\n" * 1000 + "title: a\ntitle: b\n---\nThe bridge is closed.\n")
    assert ingest([str(tmp_path / "a.md")]).documents[0].lang == "en"
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'a.md'}: front matter keys 'lang' is given 1000 times, 'title' is given twice; the last values are used"]


def test_a_utf16_byte_order_mark_on_ascii_text_is_read_as_that_text():
    """An exporter's stray FF FE before 8-bit text: decoded as UTF-16 it was CJK noise and the
    article was refused as an unsupported language."""
    assert decode_bytes(b"\xff\xfe" + GERMAN.encode("utf-8")) == GERMAN
    assert decode_bytes(GERMAN.encode("utf-16")) == GERMAN  # real UTF-16 is unchanged


@pytest.mark.parametrize("name", ["report.pdf", "story.docx", "photo.JPG", "feed.jsonl.gz"])
def test_a_binary_document_given_by_name_is_an_unsupported_type(tmp_path, name):
    (tmp_path / name).write_bytes(b"%PDF-1.4 The bridge is closed on Monday, the mayor said.")
    skip = only_skip([tmp_path / name])
    assert skip.code == "unsupported_type" and "unsupported file type" in skip.reason


def test_a_text_file_with_another_suffix_given_by_name_is_still_read(tmp_path):
    for name in ("notes", "story.log", "story.csv"):
        (tmp_path / name).write_text("The bridge is closed on Monday, the mayor said.")
        assert ingest([str(tmp_path / name)], IngestOptions(lang="en")).documents
