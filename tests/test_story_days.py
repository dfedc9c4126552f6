"""Days named by the story rather than by the calendar (issue 14, branch timex17): the Nth day of an
event said in the present is the day of writing, and "that same day" after a month is a day of
that month. Expected values are worked out by hand from the publication date below."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.claims.times import extract_times, time_relation

PUB = date(2014, 5, 3)  # a Saturday


def read(text: str, lang: str):
    return [(t.text, t.value) for t in extract_times(text, lang, PUB)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Today is the eighth day of the blockade.", "en", ("the eighth day", "2014-05-03")),
    ("It's the second day of an offensive by the army.", "en", ("the second day", "2014-05-03")),
    ("Es ist der dritte Tag des Streiks.", "de", ("der dritte Tag", "2014-05-03")),
    ("C'est le deuxième jour de grève à la SNCF.", "fr", ("le deuxième jour", "2014-05-03")),
    ("Nous en sommes au troisième jour de grève.", "fr", ("troisième jour", "2014-05-03")),
    ("Il s'agit du dernier jour de la visite.", "fr", ("dernier jour", "2014-05-03")),  # "du" = "de le"
    ("Het is de tweede dag van de staking.", "nl", ("de tweede dag", "2014-05-03")),
    ("Es el segundo día de huelga en el metro.", "es", ("el segundo día", "2014-05-03")),
    ("Siamo al quarto giorno di sciopero.", "it", ("quarto giorno", "2014-05-03")),
    ("Hoje é o segundo dia de greve.", "pt", ("o segundo dia", "2014-05-03")),
])
def test_the_nth_day_of_an_event_said_in_the_present_is_the_day_of_writing(text, lang, expected):
    assert expected in read(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("It was the third day of the strike.", "en"),  # past: the event's date, unknown
    ("On his first day in office he signed it.", "en"),  # no copula, no event
    ("It is the second day in a row that prices fell.", "en"),  # "in a row" is no event of the story
    ("The eighth day of the talks brought nothing.", "en"),
    ("Es war der dritte Tag des Streiks.", "de"),
])
def test_an_nth_day_not_said_of_today_stays_unread(text, lang):
    assert read(text, lang) == []


def test_that_same_day_after_a_month_is_a_day_of_that_month():
    text = "The doctor was shot last October. His name was crossed out that same day."
    times = extract_times(text, "en", PUB)
    assert [(t.text, t.value) for t in times] == [("last October", "2013-10"), ("that same day", "2013-10-XX")]
    # it covers the month it lies in: the comparison finds it inside that October, apart from November
    same_day = times[1]
    assert (same_day.earliest, same_day.latest) == ("2013-10-01", "2013-10-31")
    november = extract_times("on 4 November 2013", "en", PUB)[0]
    assert time_relation(same_day, extract_times("on 12 October 2013", "en", PUB)[0]) == "contains"
    assert time_relation(same_day, november) == "disjoint"


@pytest.mark.parametrize("text, expected", [
    ("He left in 2011. That same day the firm closed.", [("2011", "2011"), ("That same day", "2011-XX-XX")]),
    ("He left in 2011. That same month the firm closed.", [("2011", "2011"), ("That same month", "2011-XX")]),
    # a day after a month may fall in the next one: no value
    ("He left in March 2011. The following day the firm closed.", [("March 2011", "2011-03"), ("The following day", None)]),
])
def test_the_same_period_inside_a_coarser_antecedent_writes_the_unknown_part_as_x(text, expected):
    assert read(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Shares fell Friday. Dealers placed heavy buy orders in the morning.", "en", ("morning", "2014-05-02TMO")),
    ("It's the second day of the offensive. By mid afternoon, sources said it had ended.", "en",
     ("afternoon", "2014-05-03TAF")),
    ("Am Freitag fielen die Kurse. Am Abend erholten sie sich.", "de", ("Abend", "2014-05-02TEV")),
    ("Vendredi, les cours ont chuté. Dans la soirée, ils ont remonté.", "fr", ("soirée", "2014-05-02TEV")),
    ("Vrijdag daalden de koersen. In de avond herstelden ze.", "nl", ("avond", "2014-05-02TEV")),
    ("El viernes cayeron las bolsas. Por la tarde se recuperaron.", "es", ("tarde", "2014-05-02TAF")),
    ("Venerdì le borse sono crollate. Nel pomeriggio hanno recuperato.", "it", ("pomeriggio", "2014-05-02TAF")),
    ("Na sexta-feira as bolsas caíram. À tarde recuperaram.", "pt", ("tarde", "2014-05-02TAF")),
])
def test_a_part_of_day_after_its_preposition_is_on_the_day_the_story_named_last(text, lang, expected):
    assert expected in read(text, lang)
    part = next(t for t in extract_times(text, lang, PUB) if t.text == expected[0])
    # a time of day with no day written: no interval, so the comparison stakes no date on it
    assert (part.type, part.granularity, part.earliest, part.latest) == ("TIME", "time", None, None)


@pytest.mark.parametrize("text", [
    "Dealers placed heavy buy orders in the morning.",  # no day named before it
    "Shares fell Friday. He appeared on a morning talk show.",  # no preposition: no time
    "Shares fell Friday, depressed by overnight losses in New York.",  # "by" is no time preposition here
])
def test_a_part_of_day_with_no_story_day_or_preposition_stays_unread(text):
    assert [t.type for t in extract_times(text, "en", PUB)] in ([], ["DATE"])


def test_a_part_of_day_joined_to_its_weekday_is_one_time():
    # future tense: the coming Monday (PUB is a Saturday); "lunedì in serata" is one time, as "Monday
    # evening" is (not a part of the day named before it and a second, bare weekday)
    assert ([(t.text, t.type, t.value) for t in extract_times("Si avvicinerà lunedì in serata con piogge.", "it", PUB)]
            == [("lunedì in serata", "TIME", "2014-05-05TEV")])


def test_a_french_part_of_day_before_de_and_its_weekday_is_not_joined():
    # "de" joins no part of day to a weekday in French: "la nuit de samedi à dimanche" is two edges of
    # two days (tests/test_timex.py); with no day named before it the part is not read
    text = "Elle traversera l'Arizona dans la soirée de mardi."
    assert [(t.text, t.value) for t in extract_times(text, "fr", PUB)] == [("mardi", "2014-05-06")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The day before last Tuesday's hearing, he went home.", "en", [("The day before last Tuesday", "2014-04-28")]),
    ("Shops closed the day after Christmas.", "en", [("the day after Christmas", "2013-12-26")]),
    ("La veille du 14 juillet, il partira.", "fr", [("La veille du 14 juillet", "2014-07-13")]),
    ("Am Tag vor dem 3. Mai reiste er ab.", "de", [("Am Tag vor dem 3. Mai", "2014-05-02")]),
    ("De dag na 5 mei vertrok hij.", "nl", [("De dag na 5 mei", "2014-05-06")]),
    ("El día antes del 3 de mayo se fue.", "es", [("El día antes del 3 de mayo", "2014-05-02")]),
    # the phrase alone is an anaphoric day; before a date the join replaces it
    ("Il giorno dopo il 3 maggio è partito.", "it", [("Il giorno dopo il 3 maggio", "2014-05-04")]),
    ("O dia seguinte ao 3 de maio foi calmo.", "pt", [("O dia seguinte ao 3 de maio", "2014-05-04")]),
])
def test_the_day_before_or_after_a_written_day_is_that_day_moved(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("He left the day before the election.", "en", []),  # an event: no day to move
    ("The day before yesterday he left.", "en", [("The day before yesterday", "2014-05-01")]),
    ("Il 3 maggio è arrivato. Il giorno dopo è partito.", "it", [("Il 3 maggio", "2014-05-03"), ("Il giorno dopo", "2014-05-04")]),
])
def test_a_day_before_or_after_no_written_day_keeps_its_own_reading(text, lang, expected):
    assert read(text, lang) == expected
