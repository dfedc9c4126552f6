"""Areas are units of one dimension: converted between km², hectares, m², acres and square miles,
and never compared with a length or a count (reading them: tests/test_numbers.py)."""

import pytest

from factcheck.claims.numbers import extract_numbers, quantity_relation
from tests.test_compare import findings, severity_of


@pytest.mark.parametrize("text, lang", [
    ("Uno studente su 10 ha votato.", "it"),  # "ha" is a verb in Italian and Spanish, no hectare
    ("Solo 1 de cada 10 ha votado.", "es"),
])
def test_ha_is_a_hectare_only_where_it_is_no_word(text, lang):
    assert all(q.unit is None for q in extract_numbers(text, lang))


def test_an_area_is_not_a_length():
    [area] = extract_numbers("The reserve covers 30 km².", "en")
    [length] = extract_numbers("The trail is 30 km long.", "en")
    assert quantity_relation(area, length) == "incomparable"


@pytest.mark.parametrize("left, lang, right", [
    ("Le feu a brûlé 8 500 hectares.", "fr", "The fire burned 85 square kilometres."),
    ("Das Feuer vernichtete 85 Quadratkilometer Wald.", "de", "The fire destroyed 21,000 acres of forest."),
    ("El fuego arrasó 8.400 hectáreas.", "es", "The fire burned 85 km²."),  # converted and rounded
])
def test_one_area_in_two_units_agrees(left, lang, right):
    found, _ = findings(left, lang, right)
    assert not severity_of("number_mismatch", found)


@pytest.mark.parametrize("left, lang, right", [
    ("Le feu a brûlé 85 hectares.", "fr", "The fire burned 85 square kilometres."),
    ("Het vuur verwoestte 85 hectare bos.", "nl", "The fire destroyed 85 acres of forest."),
    ("Il fuoco ha distrutto 85 chilometri quadrati.", "it", "The fire destroyed 85 square miles."),
])
def test_one_figure_in_two_area_units_is_a_mismatch_that_names_the_conversion(left, lang, right):
    found, details = findings(left, lang, right)
    assert severity_of("number_mismatch", found) & {"warning", "error"}
    (message,) = [f.message for f in details if f.type == "number_mismatch"]
    assert "85" in message and " = " in message  # both figures, and the one in the other's unit


def test_a_conversion_is_named_in_the_unit_of_the_first_figure():
    _, details = findings("Le feu a brûlé 120 hectares.", "fr", "The fire burned 120 square kilometres.")
    (message,) = [f.message for f in details if f.type == "number_mismatch"]
    assert message.endswith("120 km² = 12,000 ha")


def test_an_area_and_a_length_are_not_compared_two_areas_are():
    length, _ = findings("Le nouveau parc s'étend sur 40 km.", "fr", "The new park covers 25 km².")
    area, _ = findings("Le nouveau parc s'étend sur 40 km².", "fr", "The new park covers 25 km².")
    assert not severity_of("number_mismatch", length) and severity_of("number_mismatch", area)


def test_two_roundings_of_one_converted_area_are_a_note():
    """"500 acres" converted twice (202.3 ha): "202 hectares" and "200 Hektar" render one figure."""
    found, details = findings("Le domaine couvre 202 hectares.", "fr", "Das Gut umfasst 200 Hektar.", "de")
    assert severity_of("number_mismatch", found) == {"info"}
    (message,) = [f.message for f in details if f.type == "number_mismatch"]
    assert "500 acre" in message
