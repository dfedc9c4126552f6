"""Invisible format characters in article text (soft hyphens, zero-width spaces and joiners, word
joiners, a byte-order mark inside the text, variation selectors, bidi controls, tag characters) show
nothing, yet they split what the reader sees as one figure or name: "1<soft hyphen>000" was read as
1 and 0 euros. Ingest removes them with the file's columns kept; figures written with a thin space
or a superscript are read as the reader reads them; JSON output escapes what line splitters break
on. Every text here is made up for these tests."""

import json

import pytest
from typer.testing import CliRunner

from factcheck import cli
from factcheck.claims.numbers import extract_numbers
from factcheck.ingest import IngestOptions, ingest, without_hidden_text
from factcheck.report.locations import position_at
from factcheck.safe_text import json_text, visible

SOFT_HYPHEN, ZERO_WIDTH_SPACE, WORD_JOINER, ZERO_WIDTH_NBSP = "\u00ad", "\u200b", "\u2060", "\ufeff"
RIGHT_TO_LEFT_OVERRIDE, POP, ISOLATE, POP_ISOLATE = "\u202e", "\u202c", "\u2066", "\u2069"
TAG_A, VARIATION_SELECTOR = "\U000e0041", "\ufe0f"


def invoke(*args):
    return CliRunner().invoke(cli.app, [str(a) for a in args], env={"TERMINAL_WIDTH": "200", "NO_COLOR": "1"})


def claims_of(tmp_path, body: str, lang: str = "en"):
    article = tmp_path / f"{lang}.md"
    article.write_text(f"---\nlang: {lang}\npublished: 2024-05-02\n---\n{body}\n", encoding="utf-8")
    result = invoke("claims", article, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["stories"][0]["claims"]


@pytest.mark.parametrize("hidden", [SOFT_HYPHEN, ZERO_WIDTH_SPACE, WORD_JOINER, ZERO_WIDTH_NBSP, TAG_A, "\u200c\u200d"])
def test_an_invisible_character_inside_a_figure_or_a_name_splits_neither(tmp_path, hidden):
    [claim] = claims_of(tmp_path, f"The harbour board paid 4{hidden}500 euros for a crane in Ros{hidden}tock.")
    assert [(n["text"], n["value"], n["unit"]) for n in claim["numbers"]] == [("4500 euros", 4500, "EUR")]
    assert [e["text"] for e in claim["entities"]] == ["Rostock"]
    assert hidden not in claim["sentence"]


def test_a_variation_selector_or_an_isolate_no_longer_hides_the_unit(tmp_path):
    [claim] = claims_of(tmp_path, f"The harbour board paid {ISOLATE}4500{POP_ISOLATE}{VARIATION_SELECTOR} euros for a crane.")
    assert [(n["value"], n["unit"]) for n in claim["numbers"]] == [(4500, "EUR")]


def test_a_figure_under_a_bidi_override_is_read_as_stored_and_said(tmp_path, caplog):
    # shown reversed as "4500", stored as "0054": factcheck reads (and reports) what is stored, and warns
    article = tmp_path / "en.md"
    article.write_text(f"---\nlang: en\n---\nThe board paid {RIGHT_TO_LEFT_OVERRIDE}0054{POP} euros.\n", encoding="utf-8")
    [doc] = ingest([str(article)], IngestOptions()).documents
    assert doc.text == "The board paid 0054 euros.\n"
    assert [r.getMessage() for r in caplog.records] == [
        f"{article}: bidi controls or tag characters (text shown in another order than it is read, or hidden) "
        "removed in 2 places, on line 4"]


def test_typographic_invisibles_are_removed_without_a_warning(tmp_path, caplog):
    article = tmp_path / "de.md"
    article.write_text(f"---\nlang: de\n---\nDie Bundes{SOFT_HYPHEN}regierung zahlte 4{ZERO_WIDTH_SPACE}500 Euro.\n", encoding="utf-8")
    [doc] = ingest([str(article)], IngestOptions()).documents
    assert doc.text == "Die Bundesregierung zahlte 4500 Euro.\n"
    assert caplog.records == []


def test_columns_still_count_the_files_characters(tmp_path):
    line = f"Ein{SOFT_HYPHEN}tritt: 4{ZERO_WIDTH_SPACE}{ZERO_WIDTH_SPACE}500 Besucher in Ros{TAG_A}tock, {RIGHT_TO_LEFT_OVERRIDE}neu{POP} heute."
    article = tmp_path / "de.md"
    article.write_text(f"---\nlang: de\n---\nErste Zeile.\n{line}\n", encoding="utf-8")
    [doc] = ingest([str(article)], IngestOptions(warn=False)).documents
    file_line = article.read_text(encoding="utf-8").split("\n")[4]
    for word in ("tritt", "4500", "Besucher", "tock", "neu", "heute"):
        position = position_at(doc, doc.text.index(word))
        assert position.line == 5, word
        shown = file_line[position.column - 1:]
        assert shown.startswith(word[0]) and shown.replace(ZERO_WIDTH_SPACE, "").startswith(word), word
        assert position.byte_column == len(file_line[: position.column - 1].encode("utf-8")) + 1, word


def test_escapes_and_invisibles_in_one_run_are_one_place():
    cleaned = without_hidden_text(f"Loud\x1b[1m{ZERO_WIDTH_SPACE}quiet and 4{SOFT_HYPHEN}500")
    assert cleaned.text == "Loud quiet and 4500"
    assert len(cleaned.removed) == 2 and len(cleaned.escapes_at) == 1 and cleaned.reordering_or_hidden_at == ()


def test_line_breaks_and_ordinary_text_are_left_alone():
    text = "Zeile eins\nZeile\u2028zwei, 76\u202f000 Zuschauer, caf\u00e9 und \u00c5se.\n"
    assert without_hidden_text(text).text == text


@pytest.mark.parametrize("text, lang", [
    ("Il y avait 76\u2009000 spectateurs au stade.", "fr"),  # thin space, as French typesetting groups
    ("Es waren 76\u2009000 Zuschauer im Stadion.", "de"),
    ("C'erano 76\u202f000 spettatori allo stadio.", "it"),
])
def test_a_thin_space_groups_thousands(text, lang):
    [quantity] = extract_numbers(text, lang)
    assert quantity.value == 76000


@pytest.mark.parametrize("text, lang", [
    ("The crater is 10² metres across.", "en"),  # a power, or a footnote: either way not ten
    ("Die Fläche misst 3,5² Meter.", "de"),
])
def test_a_figure_with_a_superscript_is_not_read_as_the_bare_figure(text, lang):
    assert extract_numbers(text, lang) == []


@pytest.mark.parametrize("text", ["The park covers 12 km2 of dunes.", "The park covers 12 km² of dunes."])
def test_an_area_is_not_a_length(text):
    [quantity] = extract_numbers(text, "en")
    assert (quantity.value, quantity.unit) == (12, "km²")  # tests/test_areas.py: areas as units


def test_json_escapes_line_separators_and_tag_characters_losslessly():
    value = {"id": f"en{TAG_A}", "text": "one\u2028two\u2029three"}
    written = json_text(value)
    assert "\u2028" not in written and "\u2029" not in written and TAG_A not in written
    assert "\\udb40\\udc41" in written and len(written.splitlines()) == 1
    assert json.loads(written) == value


def test_tag_characters_in_an_id_are_shown_not_hidden():
    assert visible(f"en{TAG_A}{TAG_A}") == "en\ufffd\ufffd"


def test_a_split_figure_no_longer_conflicts_with_its_translation(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "en.md").write_text(
        f"---\nlang: en\npublished: 2024-05-02\n---\nThe harbour board paid 4{SOFT_HYPHEN}500 euros for a new crane on Monday.\n",
        encoding="utf-8")
    (story / "nl.md").write_text(
        "---\nlang: nl\npublished: 2024-05-02\n---\nHet havenbestuur betaalde maandag 4500 euro voor een nieuwe kraan.\n",
        encoding="utf-8")
    report = json.loads(invoke("compare", story, "--format", "json").stdout)
    assert [f["type"] for f in report["stories"][0]["findings"] if f["severity"] != "info"] == []
    assert any(p["status"] == "agree" for p in report["stories"][0]["pairs"])


@pytest.mark.parametrize("body", ["\u00ad", "\u200b\u2060 \ufeff", "\x1b[0m\x1b[2J"])
def test_a_text_of_nothing_but_hidden_characters_is_an_empty_input(tmp_path, body):
    article = tmp_path / "en.md"
    article.write_text(f"---\nlang: en\n---\n{body}\n", encoding="utf-8")
    result = ingest([str(article)], IngestOptions())
    assert not result.documents
    [skipped] = result.skipped
    assert skipped.code == "empty" and "invisible" in skipped.reason
