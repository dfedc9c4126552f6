import json
from datetime import date

import pytest

from factcheck.ingest import IngestOptions, InputError, decode_bytes, ingest, split_front_matter

from .conftest import SEEDS


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_markdown_front_matter_is_read_as_strings(tmp_path):
    write(tmp_path / "a.md", "---\nlang: nl\npublished: 2015-11-30\ntitle: Yes\nstory: bb\n---\nHet bedrijf stopt vandaag.\n")
    result = ingest([str(tmp_path / "a.md")])
    doc = result.documents[0]
    assert (doc.lang, doc.published, doc.title, doc.story) == ("nl", date(2015, 11, 30), "Yes", "bb")
    assert doc.text == "Het bedrijf stopt vandaag.\n"
    assert doc.body_line_offset == 6


def test_yaml_no_is_a_language_not_false():
    meta, body, lines = split_front_matter("---\nlang: no\n---\nbody")
    assert meta == {"lang": "no"} and body == "body" and lines == 3


# Own pieces of front matter lines: what the simple reader takes and what it must leave to PyYAML
# (comments, escapes, flow and block collections, indicators, other line breaks, odd spacing).
USUAL_KEYS = ["lang", "title", "published", "story", "url", "x-id", "_k"]
UNUSUAL_KEYS = ["null", "Null", "y", "a" * 1100, "2015", "na me", "key#", "~", "-k"]
USUAL_VALUES = ["", "nl", "no", "yes", "2015-11-30", "null", "Day  two", "a.b/c+d-e_f", "1.5", '"q"', '""',
                '" lead and trail "', '"caf\u00e9 Ü ✓ 𝔸: a # b"']
UNUSUAL_VALUES = [" ", "2015-11-30T10:00:00+01:00", "NULL", "~", "Null x", "-5", "- x", "a #b", "a# b", "x:y", "x: y", "[a, b]", "{a: b}", "&a",
                 "*a", "!t", "|", ">", "%p", "@x", "`x", "'q'", "'it''s'",
                 '"a \\"b\\" c"', '"a\\nb"', '"tab\there"', '"caf\u00e9 Ü ✓ 𝔸"', '"half" tail', '"a" # c', "é",
                 "a\u2028b", '"a\u2028b"', '"a\x85b"', '"a\ufeffb"', '"x\x7fy"', "trailing   ", "a\tb", "café"]
UNUSUAL_SEPARATORS = [":", ":  ", ":\t", " : "]


def _front_matter_lines(rng, count):
    def pick(usual, unusual):
        return rng.choice(usual if rng.random() < 0.8 else unusual)

    return [pick(USUAL_KEYS, UNUSUAL_KEYS) + pick([": "], UNUSUAL_SEPARATORS) + pick(USUAL_VALUES, UNUSUAL_VALUES)
            for _ in range(count)]


def test_simple_front_matter_reads_what_pyyaml_reads():
    """Every front matter the simple reader answers for, PyYAML's string loader reads the same; what
    it cannot be sure of (None) goes to PyYAML. Own lines, combined at random (seeded)."""
    import random

    from factcheck import ingest as ingest_module

    rng = random.Random(16)
    answered = 0
    for _ in range(4000):
        lines = _front_matter_lines(rng, rng.randint(1, 4))
        if rng.random() < 0.1:
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(["", "# note", "  indented: x", "- item", "\r"]))
        source = "\n".join(lines)
        simple = ingest_module._simple_front_matter(source)
        if simple is None:
            continue
        answered += 1
        assert simple == ingest_module._load_yaml_strings(source), source
        assert list(simple) == list(ingest_module._load_yaml_strings(source)), source
    assert answered > 300  # the common lines are read without PyYAML


def test_usual_front_matter_needs_no_pyyaml():
    from factcheck import ingest as ingest_module

    source = 'lang: en\ntitle: "BlackBerry to leave Pakistan: it says so"\npublished: 2015-11-30\nstory: bb-1\nurl: null'
    assert ingest_module._simple_front_matter(source) == {
        "lang": "en", "title": "BlackBerry to leave Pakistan: it says so", "published": "2015-11-30", "story": "bb-1", "url": ""}
    for needs_yaml in ("lang: en\nlang: nl", "lang: en # English", "title: 'single'", "lang: en\r", "tags: [a, b]", "lang:en"):
        assert ingest_module._simple_front_matter(needs_yaml) is None, needs_yaml


@pytest.mark.parametrize("null", ["~", "null", "Null", "NULL"])
def test_an_unquoted_yaml_null_is_no_value(tmp_path, null):
    # `published: null` (CMS exports write it) was "invalid published date 'null'", the article skipped;
    # `story: ~` made a story named "~".
    write(tmp_path / "a.md", f"---\nlang: nl\npublished: {null}\nstory: {null}\nurl: {null}\n---\nDe brug is dicht.\n")
    result = ingest([str(tmp_path)])
    assert not result.skipped
    doc = result.documents[0]
    assert (doc.published, doc.story, doc.url) == (None, tmp_path.name, None)


def test_a_quoted_null_is_a_string(tmp_path):
    write(tmp_path / "a.md", '---\nlang: nl\ntitle: "null"\nstory: \'~\'\n---\nDe brug is dicht.\n')
    doc = ingest([str(tmp_path / "a.md")]).documents[0]
    assert (doc.title, doc.story) == ("null", "~")


def test_norwegian_is_reported_as_unsupported(tmp_path):
    write(tmp_path / "a.md", "---\nlang: no\n---\nDette er en tekst.\n")
    result = ingest([str(tmp_path / "a.md")])
    assert not result.documents
    assert "unsupported language 'no'" in result.skipped[0].reason


def test_language_is_detected_when_missing(tmp_path):
    write(tmp_path / "x.txt", "Das Unternehmen zieht sich aus Pakistan zurück, sagte der Vorstand am Montag.\n")
    doc = ingest([str(tmp_path / "x.txt")]).documents[0]
    assert doc.lang == "de" and doc.lang_detected


def test_jsonl_groups_by_story_and_reports_broken_lines(tmp_path):
    lines = [
        json.dumps({"id": "a", "story": "s1", "lang": "en", "published": "2020-01-02", "title": "T", "url": "u", "text": "One thing happened."}),
        "{not json",
        json.dumps({"id": "b", "story": "s1", "lang": "fr", "text": "Une chose est arrivée."}),
    ]
    write(tmp_path / "feed.jsonl", "\n".join(lines))
    result = ingest([str(tmp_path / "feed.jsonl")])
    assert [d.id for d in result.documents] == ["a", "b"]
    assert {d.story for d in result.documents} == {"s1"}
    assert result.documents[0].published == date(2020, 1, 2)
    assert len(result.skipped) == 1 and result.skipped[0].path.endswith("feed.jsonl:2")


def test_directory_is_read_recursively_with_story_from_folder(tmp_path):
    (tmp_path / "story-a").mkdir()
    write(tmp_path / "story-a" / "en.txt", "The company said it would leave.")
    write(tmp_path / "story-a" / "notes.pdf", "x")
    result = ingest([str(tmp_path)], IngestOptions(lang="en"))
    assert [d.story for d in result.documents] == ["story-a"]
    assert any("unsupported file type" in s.reason for s in result.skipped)


def test_seeds_are_read_with_their_dates():
    result = ingest([str(SEEDS)])
    assert sorted((d.id, d.lang, d.published.isoformat()) for d in result.documents) == [
        ("en", "en", "2015-11-30"),
        ("nl", "nl", "2015-11-30"),
    ]


def test_published_option_fills_missing_dates(tmp_path):
    write(tmp_path / "a.txt", "The company stops today.")
    doc = ingest([str(tmp_path / "a.txt")], IngestOptions(published=date(2020, 5, 1), lang="en")).documents[0]
    assert doc.published == date(2020, 5, 1)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Le café est fermé depuis décembre, a déclaré le maire à la presse.".encode("latin-1"), "Le café est fermé depuis décembre, a déclaré le maire à la presse."),
        ("\ufeffDe dag".encode("utf-16-le").replace(b"\xff\xfe", b"", 0), None),
    ],
)
def test_decoding_non_utf8(raw, expected):
    if expected is None:
        raw = b"\xff\xfe" + "De dag van vandaag".encode("utf-16-le")
        expected = "De dag van vandaag"
    assert decode_bytes(raw).strip() == expected


def test_empty_and_binary_inputs_are_errors():
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"  \n ")
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\x00\x00\x01")


def test_missing_file_is_skipped_not_fatal(tmp_path):
    write(tmp_path / "a.txt", "The company stops today.")
    result = ingest([str(tmp_path / "missing.md"), str(tmp_path / "a.txt")], IngestOptions(lang="en"))
    assert len(result.documents) == 1
    assert result.skipped[0].reason == "no such file or directory"


def test_malformed_front_matter_names_the_problem(tmp_path):
    write(tmp_path / "a.md", "---\ntitle: [unclosed\n---\nText here.\n")
    result = ingest([str(tmp_path / "a.md")])
    assert "malformed front matter" in result.skipped[0].reason


def test_a_colon_in_an_unquoted_title_says_to_quote_it(tmp_path):
    # YAML's own words ("mapping values are not allowed here") did not say what to change.
    write(tmp_path / "a.md", "---\nlang: en\ntitle: Floods: the clean-up begins\n---\nText here.\n")
    (skipped,) = ingest([str(tmp_path / "a.md")]).skipped
    assert skipped.code == "front_matter"
    assert skipped.reason.startswith("malformed front matter (line 3): mapping values are not allowed here (a value that holds ': ' must be quoted")


def test_invalid_published_date(tmp_path):
    write(tmp_path / "a.md", "---\nlang: en\npublished: 30/11/2015\n---\nText here.\n")
    result = ingest([str(tmp_path / "a.md")])
    assert "invalid published date '30/11/2015'" in result.skipped[0].reason


@pytest.mark.parametrize("front, expected", [
    ("date: 2015-11-30 23:30:00 +0100", date(2015, 11, 30)),  # a Jekyll post
    ("date: 2015-11-30T08:00:00-05:00", date(2015, 11, 30)),  # a Hugo page
    ("published: 2015-12-01\ndate: 2015-11-30", date(2015, 12, 1)),  # factcheck's own key wins
    ("date: ''", date(2020, 5, 1)),  # no value: --published fills it, as for a missing `published`
])
def test_a_date_key_gives_the_publication_date(tmp_path, front, expected):
    # `date:` was passed over without a word: the article had no date and "Monday" stayed unresolved.
    write(tmp_path / "a.md", f"---\nlang: en\n{front}\n---\nThe company stopped on Monday.\n")
    result = ingest([str(tmp_path / "a.md")], IngestOptions(published=date(2020, 5, 1)))
    assert result.skipped == [] and result.documents[0].published == expected


def test_an_unreadable_date_key_is_named_in_its_error(tmp_path):
    write(tmp_path / "a.md", "---\nlang: en\ndate: November 30, 2015\n---\nText here.\n")
    (skipped,) = ingest([str(tmp_path / "a.md")]).skipped
    assert skipped.code == "published"
    assert skipped.reason == "invalid date in front matter 'date:' 'November 30, 2015' (expected YYYY-MM-DD)"


@pytest.mark.parametrize("written", [
    "2015-11-30 23:30:00 +0100",  # Jekyll's own format
    "2015-11-30 23:30:00 +01:00",
    "2015-11-30 23:30:00.10 -5",  # YAML's timestamp example
    "2015-11-30T23:30:00Z",
    "2015-11-30 23:30 UTC",
])
def test_a_published_time_may_carry_its_zone_after_a_space(tmp_path, written):
    write(tmp_path / "a.md", f"---\nlang: en\npublished: {written}\n---\nText here.\n")
    result = ingest([str(tmp_path / "a.md")])
    assert not result.skipped and result.documents[0].published == date(2015, 11, 30)


def test_duplicate_ids_are_made_unique(tmp_path):
    for story in ("a", "b"):
        (tmp_path / story).mkdir()
        write(tmp_path / story / "en.txt", "The company said it would leave.")
    ids = [d.id for d in ingest([str(tmp_path)], IngestOptions(lang="en")).documents]
    assert len(set(ids)) == 2 and "en" in ids


def test_a_file_reached_twice_is_read_once(tmp_path):
    # `compare articles/ articles/en.md` (or one name twice, or a link to it) read the file
    # twice: it was compared with itself as a second article ("en~2": every claim "agrees").
    from .test_cli import invoke

    (tmp_path / "en-link.md").symlink_to(SEEDS / "en.md")
    cases = {  # the paths given: how many distinct files they reach
        (SEEDS / "en.md", SEEDS / "en.md"): 1,
        (SEEDS, SEEDS / "en.md", SEEDS / ".." / "seeds" / "nl.md"): 2,
        (SEEDS / "en.md", tmp_path / "en-link.md"): 1,
    }
    for paths, files in cases.items():
        assert len(ingest(map(str, paths)).documents) == files
        for command in ("compare", "claims"):
            report = json.loads(invoke(command, *map(str, paths), "--format", "json").stdout)
            documents = [doc["id"] for story in report["stories"] for doc in story["documents"]]
            assert "en~2" not in documents and documents.count("en") == 1, (command, paths, documents)
    both = json.loads(invoke("compare", str(SEEDS), str(SEEDS / "en.md"), "--format", "json").stdout)["stories"]
    assert [story["id"] for story in both] == ["seeds"]  # where first reached: its folder's story


def test_the_control_scan_finds_exactly_the_control_characters_that_are_not_layout():
    """Binary input is told by its share of control characters: Unicode's category Cc (C0, DEL,
    C1), tabs, line and page breaks left out."""
    import unicodedata

    from factcheck.ingest import NON_TEXT_CONTROLS, TEXT_CONTROLS

    every = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    assert {ch for ch in every if NON_TEXT_CONTROLS.fullmatch(ch)} == \
        {ch for ch in every if unicodedata.category(ch) == "Cc" and ch not in TEXT_CONTROLS}
