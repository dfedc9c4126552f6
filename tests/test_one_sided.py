"""Issue 13, point 2: a value of a linked claim that the other article does not state anywhere is an
omission (`info`), never a conflict; one finding per claim, naming its values. The texts are written
for these tests."""

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from factcheck.model import Document
from factcheck.pipeline import Options, compare_documents

from .test_cli import invoke

DAY = date(2020, 3, 2)
SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "factcheck" / "schema" / "report.schema.json").read_text())

QUAKE_IT = ("Il terremoto di martedì ad Amatrice ha ucciso 250 persone e ne ha ferite 365. "
            "Il sindaco Sergio Pirozzi ha chiesto aiuto.")
QUAKE_EN = "The earthquake in Amatrice on Tuesday killed 250 people. Mayor Sergio Pirozzi asked for help."


def story_of(*articles: tuple[str, str]):
    docs = [Document(id=lang, path=f"<{lang}>", lang=lang, text=text, published=DAY) for lang, text in articles]
    return compare_documents(docs, Options(use_cache=False))


def value_omissions(story):
    return [f for f in story.findings if f.type == "omission" and "values" in f.evidence]


def test_a_figure_only_one_linked_claim_states_is_an_info_omission_naming_it():
    story = story_of(("it", QUAKE_IT), ("en", QUAKE_EN))
    found = value_omissions(story)
    assert [(f.severity, f.left, [v["text"] for v in f.evidence["values"]]) for f in found] == [("info", "it:1", ["365"])]
    value = found[0].evidence["values"][0]
    assert QUAKE_IT[value["start"]:value["end"]] == "365" and value["kind"] == "number" and "injured" in value["reading"]
    assert "only it states" in found[0].message and "not found anywhere in en" in found[0].message
    assert found[0].evidence["linked"] == ["en:1"]  # the claim it is linked to, which does not state it
    # The shared figure (250 dead) is stated on both sides: neither an omission nor a conflict.
    assert not any(f.severity in ("warning", "error") for f in story.findings)
    assert not any("250" in v["text"] for f in found for v in f.evidence["values"])


def test_a_value_stated_elsewhere_in_the_other_article_is_not_missing():
    story = story_of(("it", QUAKE_IT), ("en", QUAKE_EN + " Hospitals treated 365 injured people."))
    assert not value_omissions(story)


def test_a_figure_the_linked_claim_gives_for_the_same_role_is_compared_not_omitted():
    story = story_of(("it", "Il terremoto di martedì ad Amatrice ha ucciso 250 persone."),
                     ("en", "The earthquake in Amatrice on Tuesday killed 247 people."))
    assert not value_omissions(story)
    assert any(f.type == "number_mismatch" for f in story.findings)


def test_a_name_only_one_article_gives_is_named_and_one_written_alike_is_not():
    left = ("fr", "Le car est entré dans le tunnel de Sierre à 21h15, a déclaré le procureur Olivier Elsig mercredi. "
                  "Il ramenait des enfants de Barcelonnette.")
    right = ("en", "The coach entered the tunnel at Sierre at 21:15, prosecutor Olivier Elsig said on Wednesday. "
                   "It was bringing children home.")
    found = value_omissions(story_of(left, right))
    named = [v["text"] for f in found for v in f.evidence["values"]]
    assert "Barcelonnette" in named  # not "Barcelona" or any other word of the English article
    assert not {"Sierre", "Olivier Elsig"} & set(named)  # written alike on both sides


def test_a_written_date_only_one_side_gives_is_named_but_a_weekday_read_from_publication_is_not():
    english = ("en", "Mayor Sergio Pirozzi spoke in Amatrice about the 250 dead.")
    dated = value_omissions(story_of(("it", "Il sindaco Sergio Pirozzi ha parlato il 14 febbraio ad Amatrice dei 250 morti."), english))
    assert [[(v["kind"], v["text"]) for v in f.evidence["values"]] for f in dated] == [[("time", "il 14 febbraio")]]
    # Each language reads a bare weekday from the publication date in its own way: no value to miss.
    assert not value_omissions(story_of(("it", "Il sindaco Sergio Pirozzi ha parlato lunedì ad Amatrice dei 250 morti."), english))


def test_faithful_translation_has_no_value_omission():
    story = story_of(("nl", "De brand in Leiden verwoestte dinsdag 12 woningen, zei burgemeester Henri Lenferink."),
                     ("en", "The fire in Leiden destroyed 12 homes on Tuesday, mayor Henri Lenferink said."))
    assert not value_omissions(story)


@pytest.fixture()
def quake_folder(tmp_path):
    (tmp_path / "it.md").write_text(f"---\nlang: it\npublished: 2020-03-02\n---\n{QUAKE_IT}\n")
    (tmp_path / "en.md").write_text(f"---\nlang: en\npublished: 2020-03-02\n---\n{QUAKE_EN}\n")
    return tmp_path


def test_json_carries_the_values_and_validates(quake_folder):
    result = invoke("compare", str(quake_folder), "--format", "json", "--no-cache")
    report = json.loads(result.stdout)
    jsonschema.validate(report, SCHEMA)
    found = [f for s in report["stories"] for f in s["findings"] if f["evidence"].get("values")]
    assert [[v["text"] for v in f["evidence"]["values"]] for f in found] == [["365"]]
    assert report["schema_version"] == "1.6"


def test_every_renderer_shows_the_one_sided_value_as_a_note(quake_folder):
    text = invoke("compare", str(quake_folder), "--no-cache").stdout
    assert "values of 1 linked claim" in text and "states “365” (365 injured)" in text
    markdown = invoke("compare", str(quake_folder), "--format", "markdown", "--no-cache").stdout
    assert "states **“365” (365 injured)**" in markdown
    html = invoke("compare", str(quake_folder), "--format", "html", "--no-cache").stdout
    assert "only it states “365” (365 injured)" in html
    sarif = json.loads(invoke("compare", str(quake_folder), "--format", "sarif", "--no-cache").stdout)
    omitted = [r for r in sarif["runs"][0]["results"] if "365" in r["message"]["text"]]
    assert [r["level"] for r in omitted] == ["note"] and omitted[0]["ruleId"] == "omission"
