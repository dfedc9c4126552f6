"""Issue 13, point 2: a value of a linked claim that the other article does not state anywhere is an
omission (`info`), never a conflict; one finding per claim, naming its values. The texts are written
for these tests."""

import json
import re
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
    assert "only article it states" in found[0].message and "not found anywhere in article en" in found[0].message
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
    assert report["schema_version"] == "1.7"


def test_every_renderer_shows_the_one_sided_value_as_a_note(quake_folder):
    text = invoke("compare", str(quake_folder), "--no-cache").stdout
    assert "values of 1 linked claim" in text and "states “365” (365 injured)" in text
    # one other article: it said "the other articles do not"
    assert "states “365” (365 injured); the other article does not: " in text
    markdown = invoke("compare", str(quake_folder), "--format", "markdown", "--no-cache").stdout
    assert "states **“365” (365 injured)**; the other article does not: " in markdown
    html = invoke("compare", str(quake_folder), "--format", "html", "--no-cache").stdout
    assert "only article it states “365” (365 injured)" in html
    sarif = json.loads(invoke("compare", str(quake_folder), "--format", "sarif", "--no-cache").stdout)
    omitted = [r for r in sarif["runs"][0]["results"] if "365" in r["message"]["text"]]
    assert [r["level"] for r in omitted] == ["note"] and omitted[0]["ruleId"] == "omission"


# --- branch omit10: classes of false value omissions (a value read on one side, not on its rendering) ---


def omitted_values(*articles: tuple[str, str]) -> list[str]:
    return [v["text"] for f in value_omissions(story_of(*articles)) for v in f.evidence["values"]]


@pytest.mark.parametrize("text, lang, expected", [
    ("De trein vertrok om ongeveer 6 uur uit Utrecht.", "nl", ("6 uur", "TIME", "2021-06-14T06:00")),
    # "à 6 heures de Lyon" would be six hours away from Lyon (HOURS_OF): the place comes first here
    ("Le train a quitté Lyon à environ 6 heures.", "fr", ("6 heures", "TIME", "2021-06-14T06:00")),
    ("De vergadering duurde ongeveer 6 uur.", "nl", ("6 uur", "DURATION", "PT6H")),  # no preposition: hours of duration
    ("La réunion a duré environ 6 heures.", "fr", ("6 heures", "DURATION", "PT6H")),
])
def test_an_hour_after_a_clock_preposition_and_a_modifier_is_a_time_of_day(text, lang, expected):
    from factcheck.claims.times import extract_times

    read = [(t.text, t.type, t.value) for t in extract_times(text, lang, date(2021, 6, 14))]
    assert any(found[0].endswith(expected[0]) and found[1:] == expected[1:] for found in read), read


def test_a_time_of_day_written_as_hours_is_not_missing_beside_a_clock_time():
    assert not omitted_values(("nl", "De jongen werd zaterdag om ongeveer 4 uur gevonden in Leiden."),
                              ("en", "The boy was found in Leiden at about 04:00 on Saturday."))


def test_a_duration_and_a_date_counted_back_by_the_same_amount_are_one_value():
    farmer_en = "Ten years previously, a pig pinned a farmer from Kent to his tractor."
    assert not omitted_values(("en", farmer_en), ("nl", "Tien jaar eerder duwde een varken een boer uit Kent tegen zijn tractor."))
    # another amount is no rendering of it: the ten years stay one-sided
    assert "Ten years" in omitted_values(("en", farmer_en), ("nl", "Een varken duwde een boer uit Kent tegen zijn tractor."))


def test_span_reads_durations_and_dates_counted_back_alike():
    from factcheck.compare.one_sided import _span
    from factcheck.model import TimeExpr

    def time(value, anchor, type_="DATE", relative=True):
        granularity = "duration" if type_ == "DURATION" else "year"
        return TimeExpr(text="x", start=0, end=1, value=value, granularity=granularity, relative=relative, anchor=anchor, type=type_)

    assert _span(time("P10Y", "duration:P10Y", "DURATION", False)) == _span(time(None, "-10y@previous")) == (10, 10, "Y")
    assert _span(time("2017", "-3y")) == (3, 3, "Y") != _span(time("PT3H", "duration:PT3H", "DURATION", False))
    assert _span(time("2020-02-29", "weekday:5")) is None
    two_to_three_weeks = TimeExpr(text="x", start=0, end=1, value="P2W", granularity="duration", relative=False,
                                  earliest="P2W", latest="P3W", type="DURATION")
    assert _span(two_to_three_weeks) == (2, 3, "W")


def test_a_score_written_with_a_dash_or_a_colon_is_one_value():
    french = ("fr", "Le match était serré: le score était de 17:5 à la pause pour Ayr.")
    assert not omitted_values(french, ("en", "The match was close: the score was 17-5 to Ayr at the break."))
    changed = omitted_values(french, ("en", "The match was close: the score was 17-4 to Ayr at the break."))
    assert "17:5" in changed and "17-4" in changed


def test_a_compound_of_dictionary_words_is_found_by_the_senses_of_its_parts():
    dutch = ("nl", "Een peiling van het Instituut voor Beleidsonderzoek toonde een opkomst van 40 procent.")
    assert not omitted_values(dutch, ("en", "A poll by the Institute for Policy Research showed a turnout of 40 percent."))
    # the parts' senses must be written in a row: an institute named otherwise is not it
    assert "Beleidsonderzoek" in omitted_values(dutch, ("en", "A poll by the institute showed a turnout of 40 percent."))


def test_part_senses_split_compounds_and_inflected_words_but_not_names():
    from factcheck.translate.lexicon import part_senses

    assert [("research" in senses, "policy" in senses) for senses in part_senses("Beleidsonderzoek", "nl")] == [(False, True), (True, False)]
    (genitive,) = part_senses("Unabhängigkeits", "de")  # "Unabhängigkeit" with a linking s
    assert "independence" in genitive
    assert part_senses("Lenferink", "nl") is None and part_senses("Beleidsonderzoek", "fr") is None


def test_a_place_named_by_its_adjective_on_the_other_side_is_not_missing():
    assert not omitted_values(("nl", "Een varken duwde een boer uit Wales tegen zijn tractor."),
                              ("en", "A pig pinned a Welsh farmer to his tractor."))
    assert "Wales" in omitted_values(("nl", "Een varken duwde een boer uit Wales tegen zijn tractor."),
                                     ("en", "A pig pinned a farmer to his tractor."))


def test_a_century_in_roman_figures_holds_a_decade_of_it():
    assert not omitted_values(("es", "La congregación original se fue en los años 30 del siglo XX."),
                              ("en", "The original congregation moved out in the 1930s."))


def test_already_compared_values_come_from_the_findings_evidence_not_their_messages():
    from factcheck.compare.one_sided import _compared_in_findings
    from factcheck.model import Finding

    named = Finding("number_mismatch", "warning", "a:1", "b:1", "a message quoting nothing",
                    {"left_values": [{"text": "250"}, {"text": "12"}], "right_values": [{"text": "247"}],
                     "differing": [{"text": "250"}, {"text": "247"}]})
    sides = Finding("entity_mismatch", "info", "a:2", "b:2", "“X” vs “Y”", {"left_values": ["Pirozzi"], "right_values": ["Rossi"]})
    assert _compared_in_findings([named, sides]) == {"a:1": {"250"}, "b:1": {"247"}, "a:2": {"Pirozzi"}, "b:2": {"Rossi"}}


def test_a_number_finding_names_the_two_figures_it_compares():
    story = story_of(("it", "Il terremoto di martedì ad Amatrice ha ucciso 250 persone."),
                     ("en", "The earthquake in Amatrice on Tuesday killed 247 people."))
    (finding,) = [f for f in story.findings if f.type == "number_mismatch"]
    assert [v["text"] for v in finding.evidence["differing"]] == ["250 persone", "247 people"]  # as the quantities are read


def test_omissions_name_articles_as_articles_not_as_a_bare_id_that_reads_as_a_word():
    """An article's id is mostly its language code: "only it states …; not found anywhere in it" read
    as a pronoun. Both kinds of omission say "article it", and "articles …" for several."""
    story = story_of(("it", QUAKE_IT), ("en", QUAKE_EN), ("de", "Der Bürgermeister Sergio Pirozzi bat um Hilfe."))
    messages = [f.message for f in story.findings if f.type == "omission"]
    assert messages and all(m.startswith("only article ") for m in messages)
    assert any("not found anywhere in articles " in m or "not found in articles " in m for m in messages)
    assert not any(re.search(r"\b(?:only|in) (?:it|en|de)\b", m) for m in messages)


def test_one_sided_values_speak_of_other_articles_in_the_plural_only_beside_several():
    from types import SimpleNamespace

    from factcheck.report.findings import others_do_not

    assert others_do_not(SimpleNamespace(documents=["it", "en"])) == "the other article does not"
    assert others_do_not(SimpleNamespace(documents=["it", "en", "de"])) == "the other articles do not"


@pytest.mark.parametrize(("figure", "role", "said"), [
    ("365", "injured", "365 injured"),
    ("420", "part of people", "420 of the people"),  # it said "420 part of people" (user17's cruise story)
    ("11", "part of a count", "11 of a count"),
    ("42", "age of jones", "age 42"),  # "42 age of jones"
])
def test_a_one_sided_figure_is_named_with_its_role_in_words(figure, role, said):
    from factcheck.compare.one_sided import _figure_in_role

    assert _figure_in_role(figure, role) == said


def test_a_one_sided_part_of_a_whole_reads_as_english():
    story = story_of(("it", "La nave trasportava 3.280 passeggeri, tra cui 420 italiani."),
                     ("en", "The ship carried 3,280 passengers."))
    assert [v["reading"] for f in value_omissions(story) for v in f.evidence["values"]] == ["“420” (420 of the people)"]
