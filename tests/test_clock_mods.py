"""Approximate and bounded times of day (TIMEX3 `mod` on a TIME), an hour word before the figure,
abbreviated units of duration and decimal durations (issue 14, branch `clock8`). Made-up sentences;
the expected values are worked out by hand from the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.claims.times import extract_times

PUB = date(2021, 6, 14)


def times(text: str, lang: str):
    return [(t.text, t.type, t.value, t.mod) for t in extract_times(text, lang, PUB)]


@pytest.mark.parametrize("text, lang, expected", [
    ("La frana è caduta intorno alle ore 7 sulla strada statale.", "it", ("ore 7", "TIME", "2021-06-14T07:00", "APPROX")),
    ("Il traghetto è partito poco prima delle 21.40 dal porto.", "it", ("21.40", "TIME", "2021-06-14T21:40", "BEFORE")),
    ("I vigili sono arrivati dopo le 23.10 in piazza.", "it", ("23.10", "TIME", "2021-06-14T23:10", "AFTER")),
    ("The ferry left at about 7am from the harbour.", "en", ("7am", "TIME", "2021-06-14T07:00", "APPROX")),
    ("Shortly before 9.40 p.m. the ferry left.", "en", ("9.40 p.m.", "TIME", "2021-06-14T21:40", "BEFORE")),
    ("Vers 21h40, le ferry a quitté le port.", "fr", ("21h40", "TIME", "2021-06-14T21:40", "APPROX")),
    ("Peu après 23 heures, les pompiers sont arrivés.", "fr", ("23 heures", "TIME", "2021-06-14T23:00", "AFTER")),
    ("Die Fähre legte kurz vor 21.40 Uhr ab.", "de", ("21.40 Uhr", "TIME", "2021-06-14T21:40", "BEFORE")),
    ("De veerboot vertrok omstreeks 7 uur uit de haven.", "nl", ("7 uur", "TIME", "2021-06-14T07:00", "APPROX")),
    ("El ferry zarpó poco después de las 23.10 del puerto.", "es", ("23.10", "TIME", "2021-06-14T23:10", "AFTER")),
    ("O barco partiu pouco antes das 21.40 do porto.", "pt", ("21.40", "TIME", "2021-06-14T21:40", "BEFORE")),
    # no modifier: the exact clock time
    ("The ferry left at 9.40 p.m. from the harbour.", "en", ("9.40 p.m.", "TIME", "2021-06-14T21:40", None)),
])
def test_clock_time_keeps_its_modifier(text, lang, expected):
    assert expected in times(text, lang)


@pytest.mark.parametrize("text, lang, mod", [
    ("The ferry left on Friday shortly before 9 p.m.", "en", "BEFORE"),
    ("The ferry left on Friday at about 9 p.m.", "en", "APPROX"),
    ("Le ferry est parti vendredi vers 21 heures.", "fr", "APPROX"),
])
def test_modifier_stays_with_a_clock_joined_to_its_day(text, lang, mod):
    assert [(kind, value, m) for _, kind, value, m in times(text, lang)] == [("TIME", "2021-06-11T21:00", mod)]


def test_an_hour_word_before_the_figure_is_a_clock_not_hours():
    assert times("I treni ripartono alle ore 9 secondo l'azienda.", "it") == [("ore 9", "TIME", "2021-06-14T09:00", None)]
    # without a preposition of time "ore" stays a count of hours
    assert times("Il viaggio dura 9 ore in tutto.", "it") == [("9 ore", "DURATION", "PT9H", None)]


def test_a_modifier_word_does_not_make_a_figure_a_time():
    assert times("Sales rose about 7.5 percent.", "en") == []
    assert [kind for _, kind, _, _ in times("Il prezzo è salito dopo le 3 settimane di trattative.", "it")] == ["DURATION"]


@pytest.mark.parametrize("text, lang, value", [
    ("The crew repaired it in 2.25 hrs after the alarm.", "en", "PT2.25H"),
    ("The battery lasts 3 hr on a charge.", "en", "PT3H"),
    ("The clip is 40 secs long.", "en", "PT40S"),
    ("Die Reparatur dauerte 3 Std. am Stück.", "de", "PT3H"),
    ("La llamada duró 12 min en total.", "es", "PT12M"),
    ("Hij liep de ronde in 4.37 minuten.", "nl", "PT4.37M"),
])
def test_abbreviated_and_decimal_durations(text, lang, value):
    assert [v for _, kind, v, _ in times(text, lang) if kind == "DURATION"] == [value]


def test_a_dotted_figure_before_an_abbreviated_unit_is_no_date():
    assert all(kind != "DATE" for _, kind, _, _ in times("They landed in 2.15 hrs.", "en"))
