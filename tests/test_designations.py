"""Figures that are part of a name (branch designations13): "Kestrel 9", "Vandrell 310", "G20" name a thing,
they count nothing. No quantity is read there, and two designations of one name with other figures are a
name clash, not a number compared by role."""

from datetime import date

import pytest

from factcheck.claims.designations import designations
from factcheck.claims.numbers import extract_numbers
from factcheck.model import Document

PUBLISHED = date(2024, 5, 2)


def _findings(left: tuple[str, str], right: tuple[str, str]) -> list:
    from factcheck.pipeline import Options, compare_documents

    docs = [Document(id=lang, path=f"<{lang}>", lang=lang, text=text, published=PUBLISHED) for lang, text in (left, right)]
    return compare_documents(docs, Options(use_cache=False)).findings


def _figures(text: str, lang: str) -> list[float]:
    return [q.value for q in extract_numbers(text, lang)]


@pytest.mark.parametrize("lang, text, named", [
    ("en", "The Kestrel 9 crew returned safely.", "Kestrel 9"),
    ("fr", "L'équipage de Kestrel 9 est rentré.", "Kestrel 9"),
    ("es", "El avión Vandrell 310 aterrizó en la pista.", "Vandrell 310"),
    ("it", "Il volo QX88 è atterrato in ritardo.", "QX88"),
    ("de", "Die Vandrell 310 landete am Abend.", "Vandrell 310"),
    ("nl", "Het toestel was een Vandrell-310.", "Vandrell-310"),
    ("en", "The virus HXV-12 spread quickly.", "HXV-12"),
])
def test_a_figure_written_as_part_of_a_name_is_read_as_a_designation(lang, text, named):
    assert [d.text for d in designations(text, lang)] == [named]


@pytest.mark.parametrize("lang, text, value", [
    ("en", "Some 300 were missing.", 300),  # a known word opening the sentence
    ("de", "Vorige 12 Menschen kamen.", 12),
    ("en", "The fare was EUR 12 for adults.", 12),  # a currency written in capitals
    ("en", "The hotel charged CHF 50 a night.", 50),
    ("en", "Prices start on March 12 at the fair, with 40 stands.", 40),  # a date, then a count
    ("en", "In Dravia 300 died after the flood.", 300),  # a count in a place
    ("en", "The road near Dravia 12 miles long was closed.", 12),  # a unit follows
    ("nl", "Hij zei dat Lumora 300 banen schrapt.", 300),  # a name before a count in a verb-final clause
    ("de", "Er sagte, dass Lumora 300 Stellen streicht.", 300),
    ("en", "Paris 2024 drew 40 teams.", 40),  # the year is left to the time reader
    ("de", "Sie sollen die Nummer 101 anrufen.", 101),  # a German common noun: "number 101" elsewhere
    ("fr", "Ils ont quitté Vandrell 10 kilomètres plus loin.", 10),  # a measure
    ("en", "Flood Toll In Dravia Rises Above 80.", 80),  # a title-case headline
])
def test_real_counts_beside_a_capitalised_word_are_still_read(lang, text, value):
    assert value in _figures(text, lang)
    assert not any(str(value) == d.figure for d in designations(text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "She joined Vandrell 32 years ago."),  # a duration (the time reader takes it)
    ("en", "The 44-year-old was found."),
    ("es", "Vandrell 38 - Dravia 17, un marcador justo."),  # a score between two teams
])
def test_durations_ages_and_scores_are_no_designations(lang, text):
    assert designations(text, lang) == []


@pytest.mark.parametrize("left, right", [
    (("en", "The Kestrel 9 crew landed on the plateau."), ("fr", "L'équipage de Kestrel 8 a atterri sur le plateau.")),
    (("en", "Ministers met at the G20 summit in Lisbon."), ("es", "Los ministros se reunieron en la cumbre del G7 en Lisboa.")),
    (("en", "The Vandrell 310 crashed near the airport."), ("it", "Lo Vandrell 320 è precipitato vicino all'aeroporto.")),
])
def test_another_figure_in_one_name_is_a_name_clash_not_a_count(left, right):
    findings = _findings(left, right)
    assert not [f for f in findings if f.type == "number_mismatch"]  # nobody counted anything
    (clash,) = [f for f in findings if f.type == "entity_mismatch"]
    assert clash.severity == "warning"
    assert "different designation" in clash.message
    assert len(set(clash.evidence["differing"])) == 2


def test_the_same_designation_agrees():
    findings = _findings(("en", "The Kestrel 9 crew landed on the plateau."),
                         ("fr", "L'équipage de Kestrel 9 a atterri sur le plateau."))
    assert [f for f in findings if f.severity in ("warning", "error")] == []


def test_a_count_beside_a_designation_is_still_compared():
    findings = _findings(("en", "The Vandrell 310 crashed and 12 people died."),
                         ("de", "Die Vandrell 310 stürzte ab und 15 Menschen starben."))
    assert [f.type for f in findings if f.severity in ("warning", "error")] == ["number_mismatch"]
    (mismatch,) = [f for f in findings if f.type == "number_mismatch"]
    assert "12" in mismatch.message and "15" in mismatch.message


def test_a_name_written_as_a_common_word_elsewhere_is_found_through_the_rendering():
    # Italian writes the designation in lower case ("categoria 3"), so only its English rendering names it.
    left = ("en", "Storm Vandrell had winds of 85 mph, a Category 1 storm, on Sunday.")
    changed = _findings(left, ("it", "La tempesta Vandrell aveva venti a 138 km/h, una tempesta di categoria 3, domenica."))
    (clash,) = [f for f in changed if f.type == "entity_mismatch"]
    assert clash.severity == "warning" and "Category 1" in clash.message and "category 3" in clash.message
    same = _findings(left, ("it", "La tempesta Vandrell aveva venti a 138 km/h, una tempesta di categoria 1, domenica."))
    assert not [f for f in same if f.type == "entity_mismatch"]


def test_a_figure_only_one_side_designates_still_pairs_with_its_counterpart():
    # The Italian "3" after a common word is no designation, yet both figures are names here: neither
    # may pair with the count of dead.
    findings = _findings(("en", "A Category 1 storm hit Vandrell and 12 people died."),
                         ("it", "Una tempesta di categoria 3 ha colpito Vandrell e 12 persone sono morte."))
    assert [f.type for f in findings if f.severity in ("warning", "error")] == ["entity_mismatch"]


def test_the_report_marks_the_whole_designation_and_nothing_else(tmp_path):
    from typer.testing import CliRunner

    from factcheck import cli

    for lang, text in (("en", "The Boeing 737 crashed near Addis Ababa."), ("fr", "Le Boeing 747 s'est écrasé près d'Addis-Abeba.")):
        (tmp_path / f"{lang}.md").write_text(f"---\nlang: {lang}\npublished: 2024-05-02\n---\n{text}\n", encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["compare", str(tmp_path)], env={"TERMINAL_WIDTH": "200", "NO_COLOR": "1"})
    findings = result.stdout.split("Agreements")[0]
    assert "different designation" in findings
    assert "«Boeing 737»" in findings and "«Boeing 747»" in findings
    assert "«Addis" not in findings
