"""Readings of round 20: an hour written in words inside a time of day is that clock time
(claims/numbers.py `clock_readings`); a bare hour after a clock preposition is one before a preposition of
place or day too (`CLOCK_BARE_HOUR_FOLLOWERS`); a speaker named between commas after its description is a
person's name whatever the dictionary knows of its words (compare/attribution.py)."""

from __future__ import annotations

import pytest

from factcheck.compare.attribution import _person_name
from factcheck.model import Attribution

from .own_pairs import severities
from .test_compare import claim


def _figures(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in claim(text, lang, "a").numbers]


@pytest.mark.parametrize("text, lang, minutes", [
    ("Zondag rond half zeven 's avonds sloegen ze alarm.", "nl", 18 * 60 + 30),  # "half zeven" = 6:30
    ("De eerste bom ontplofte om acht uur in de ochtend.", "nl", 8 * 60),
    ("De trein vertrok om kwart voor acht.", "nl", 7 * 60 + 45),  # the hour named is the next one
    ("Le train est parti vers sept heures du soir.", "fr", 19 * 60),
    ("The train left at seven in the evening.", "en", 19 * 60),
    ("Il treno è partito alle sette di sera.", "it", 19 * 60),
    ("El tren salió a las siete de la tarde.", "es", 19 * 60),
])
def test_an_hour_in_words_inside_a_time_of_day_is_that_clock_time(text, lang, minutes):
    (figure,) = _figures(text, lang)
    assert figure[1:] == (minutes, "clock")


def test_a_count_in_words_beside_a_time_of_day_stays_a_count():
    figures = _figures("Drie klimmers sloegen om acht uur 's avonds alarm.", "nl")
    assert ("Drie", 3, None) in figures and any(unit == "clock" and value == 20 * 60 for _, value, unit in figures)


@pytest.mark.parametrize("text, lang, clock", [
    ("Il corteo è partito alle 13 dal Malieveld.", "it", "T13:00"),
    ("La strada resta chiusa da lunedì alle 23 a martedì.", "it", "T23:00"),
    ("La marcha salió a las 13 desde la plaza Mayor.", "es", "T13:00"),
    ("Il premio è andato alle 13 squadre della lega.", "it", None),  # a count of teams
    ("Hanno dato un premio alle 3 di loro.", "it", None),  # "di" follows a count too: not a follower
    ("Se repartió a las 13 familias del barrio.", "es", None),
])
def test_a_bare_hour_before_a_preposition_of_place_or_day_is_a_time_of_day(text, lang, clock):
    values = [t.value for t in claim(text, lang, "a").times if t.type == "TIME"]
    assert [value[-6:] for value in values] == ([clock] if clock else [])


def test_two_times_of_day_one_written_in_words_are_compared():
    found = severities("time_mismatch", "Der Notruf ging am Sonntag gegen 20.30 Uhr ein.", "de",
                       "Zondag rond half zeven 's avonds sloegen ze alarm.", "nl")
    assert found & {"warning", "error"}


@pytest.mark.parametrize("source, role, lang, name", [
    ("María Jesús Robles", "la consejera de Agricultura", "es", "María Jesús Robles"),  # jesús, robles: dictionary words
    ("Marta Iglesias", "La directora financiera", "es", "Marta Iglesias"),  # marta: marten, iglesias: churches
    ("Marta Iglesias", None, "es", None),  # no description set apart: the dictionary decides, as before
    ("Protección Civil", "el portavoz de", "es", "Protección Civil"),  # what the reader sets apart is taken as written
    ("el Ministerio de Sanidad", "la portavoz", "es", None),  # lower-case words: no name
    ("Marta Iglesias", "the finance director", "en", "Iglesias"),  # not English, which capitalises titles and bodies too
])
def test_a_speaker_named_between_commas_after_its_description_is_a_name(source, role, lang, name):
    assert _person_name(Attribution(source, role), lang) == name


def test_two_named_speakers_of_one_quote_are_two_speakers():
    found = severities("attribution_mismatch",
                       "«No podemos garantizar el agua del verano si no ahorramos ahora», afirmó la consejera de "
                       "Agricultura, María Jesús Robles.", "es",
                       "„Wenn wir jetzt nicht sparen, können wir das Wasser für den Sommer nicht garantieren“, sagte "
                       "der Bürgermeister von Vélez-Málaga, Jesús Lupiáñez.", "de")
    assert "warning" in found
