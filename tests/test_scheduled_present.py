"""A bare weekday in a sentence whose verb announces a planned event in the present tense is the coming
day ("De selectie begint woensdag", "el club inicia la pretemporada el lunes"); past sentences keep the last one."""
from datetime import date

import pytest

from factcheck.claims.times import extract_times

PUBLISHED = date(2031, 6, 16)  # a Monday

COMING = [
    ("nl", "De selectie van de trainer begint woensdag aan de voorbereiding.", "2031-06-18"),
    ("de", "Der Verein spielt am Mittwoch im Stadion gegen den Meister.", "2031-06-18"),
    ("fr", "L'équipe affronte jeudi le champion en titre.", "2031-06-19"),
    ("es", "El club inicia la pretemporada el miércoles.", "2031-06-18"),
    ("it", "La squadra gioca giovedì contro la capolista.", "2031-06-19"),
    ("pt", "A equipa joga na quinta-feira contra o líder.", "2031-06-19"),
]


@pytest.mark.parametrize("lang, text, day", COMING)
def test_a_scheduled_event_in_the_present_is_the_coming_day(lang, text, day):
    assert [str(t.value) for t in extract_times(text, lang, PUBLISHED)] == [day]


@pytest.mark.parametrize("lang, text, day", [
    ("nl", "De selectie begon woensdag aan de voorbereiding.", "2031-06-11"),
    ("de", "Der Verein spielte am Mittwoch gegen den Meister.", "2031-06-11"),
    ("es", "El club inició la pretemporada el miércoles.", "2031-06-11"),
    ("nl", "De brand woedde woensdag in het centrum.", "2031-06-11"),  # an unknown verb: the last day, as before
])
def test_a_past_sentence_keeps_the_last_day(lang, text, day):
    assert [str(t.value) for t in extract_times(text, lang, PUBLISHED)] == [day]
