"""A range of durations or hours is read with both ends ("two to three weeks", "entre 8 et 10 heures";
issue 14): the value is the first end's, as TimeBank annotates such a range, and `earliest` /
`latest` hold the shortest and longest length, which the comparison uses."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.claims.times import extract_times
from tests.test_timex import _time_findings

PUB = date(2021, 3, 15)


def durations(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(t.text, t.value, t.earliest, t.latest) for t in extract_times(text, lang, PUB) if t.type == "DURATION"]


@pytest.mark.parametrize("text, lang, expected", [
    ("The repairs should take two to three weeks.", "en", ("two to three weeks", "P2W", "P2W", "P3W")),
    ("The crossing takes between six and eight hours.", "en", ("six and eight hours", "PT6H", "PT6H", "PT8H")),
    ("Ze blijven 4-6 dagen in het ziekenhuis.", "nl", ("4-6 dagen", "P4D", "P4D", "P6D")),
    ("De verbouwing duurt twee tot drie weken.", "nl", ("twee tot drie weken", "P2W", "P2W", "P3W")),
    ("Die Sperrung dauert zwei bis drei Wochen.", "de", ("zwei bis drei Wochen", "P2W", "P2W", "P3W")),
    ("Er saß zwischen zwei und vier Jahren in Haft.", "de", ("zwei und vier Jahren", "P2Y", "P2Y", "P4Y")),
    ("Les travaux dureront deux à trois semaines.", "fr", ("deux à trois semaines", "P2W", "P2W", "P3W")),
    ("Le trajet prend entre 8 et 10 heures.", "fr", ("8 et 10 heures", "PT8H", "PT8H", "PT10H")),
    ("Las obras durarán de dos a tres semanas.", "es", ("dos a tres semanas", "P2W", "P2W", "P3W")),
    ("I lavori dureranno da due a tre settimane.", "it", ("due a tre settimane", "P2W", "P2W", "P3W")),
    ("As obras vão durar de duas a três semanas.", "pt", ("duas a três semanas", "P2W", "P2W", "P3W")),
    ("Ficou preso entre dois e cinco anos.", "pt", ("dois e cinco anos", "P2Y", "P2Y", "P5Y")),
])
def test_a_range_of_durations_spans_both_ends(text, lang, expected):
    assert durations(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("The repairs should take three weeks.", "en", [("three weeks", "P3W", None, None)]),
    # a first end that is not smaller is no range of lengths
    ("The wait fell from three to two weeks.", "en", [("two weeks", "P2W", None, None)]),
    # a modifier on the closing end keeps the reading it had
    ("It took two to about three weeks.", "en", [("about three weeks", "P3W", None, None)]),
])
def test_what_is_no_range_keeps_its_single_count(text, lang, expected):
    assert durations(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le magasin est ouvert de 8 heures à 17 heures.", "fr", [("8 heures", "TIME"), ("17 heures", "TIME")]),
    ("Der Laden ist von 8 bis 17 Uhr geöffnet.", "de", [("8", "TIME"), ("17 Uhr", "TIME")]),
    ("De winkel is open van 8 tot 17 uur.", "nl", [("17 uur", "TIME")]),
])
def test_a_range_of_clock_times_stays_clock_times(text, lang, expected):
    assert [(t.text, t.type) for t in extract_times(text, lang, PUB) if t.type in ("TIME", "DURATION")] == expected


@pytest.mark.parametrize("left, lang, right", [
    ("De verbouwing duurt twee tot drie weken.", "nl", "The works will take two weeks."),
    ("De verbouwing duurt twee tot drie weken.", "nl", "The works will take three weeks."),
    ("Les travaux dureront deux à trois semaines.", "fr", "The works will take two to three weeks."),
    ("Le trajet prend entre 8 et 10 heures.", "fr", "The trip takes ten hours."),
])
def test_a_range_agrees_with_each_of_its_counts(left, lang, right):
    assert _time_findings(left, lang, right) == []


@pytest.mark.parametrize("left, lang, right, reading", [
    # the first end's count in another unit: as "three weeks" against "three days"
    ("Die Sperrung dauert zwei bis drei Wochen.", "de", "The closure will last two days.", "2 weeks to 3 weeks"),
    ("Las obras durarán de dos a tres semanas.", "es", "The works will last three days.", "2 weeks to 3 weeks"),
    ("I lavori dureranno da due a tre settimane.", "it", "The works will last three months.", "2 weeks to 3 weeks"),
])
def test_a_count_of_the_range_in_another_unit_is_a_duration_discrepancy(left, lang, right, reading):
    (finding,) = _time_findings(left, lang, right)
    assert "duration differs" in finding.message and reading in finding.message


def test_a_range_and_a_count_outside_it_clash_as_numbers():
    from tests.test_compare import findings

    _, found = findings("Las obras durarán de dos a tres semanas.", "es", "The works will last six weeks.")
    assert [(f.type, f.severity) for f in found if f.type == "number_mismatch"] == [("number_mismatch", "error")]
    assert [f for f in found if f.type == "time_mismatch"] == []


@pytest.mark.parametrize("left, lang, right", [
    # Two lengths in different units with no count in common: the figures are of different roles
    # (minutes, hours), so only the lengths themselves can show the difference (issue 13, compare13).
    ("Die Fahrt dauerte rund 30 Minuten.", "de", "The journey took an hour."),
    ("Het overleg duurde twintig minuten.", "nl", "The talks lasted an hour."),
    ("Le trajet a duré deux heures.", "fr", "The journey took 90 minutes."),
    ("La reunión duró 45 minutos.", "es", "The meeting lasted two hours."),
    ("Il viaggio è durato due giorni.", "it", "The trip lasted 30 hours."),
])
def test_lengths_in_other_units_that_differ_are_a_duration_discrepancy(left, lang, right):
    (finding,) = _time_findings(left, lang, right)
    assert finding.severity == "warning" and "duration differs" in finding.message


@pytest.mark.parametrize("left, lang, right", [
    ("Die Fahrt dauerte 60 Minuten.", "de", "The journey took an hour."),
    ("La reunión duró una hora y media.", "es", "The meeting lasted 90 minutes."),
    ("Il viaggio è durato due giorni.", "it", "The trip lasted 48 hours."),
    # a bound is no length: "less than an hour" holds 30 minutes
    ("Die Fahrt dauerte weniger als eine Stunde.", "de", "The journey took 30 minutes."),
    ("La reunión duró más de dos horas.", "es", "The meeting lasted 150 minutes."),
])
def test_the_same_length_in_other_units_or_a_bound_is_no_duration_discrepancy(left, lang, right):
    assert _time_findings(left, lang, right) == []
