"""Hand-checked time expressions in all six languages (publication date 2015-11-30, a Monday)."""

from datetime import date

import pytest

from factcheck.claims.times import extract_times, time_relation

PUB = date(2015, 11, 30)


def only(text: str, lang: str, published=PUB):
    found = extract_times(text, lang, published)
    assert len(found) == 1, found
    expr = found[0]
    assert text[expr.start:expr.end] == expr.text
    return expr


# --- seed cases -------------------------------------------------------------------------------

def test_vandaag_resolves_against_publication_date():
    expr = only("Oorspronkelijk moest het bedrijf vandaag stoppen.", "nl")
    assert (expr.value, expr.relative, expr.anchor, expr.granularity) == ("2015-11-30", True, "today", "day")


def test_vandaag_without_publication_date_stays_unresolved():
    expr = only("Oorspronkelijk moest het bedrijf vandaag stoppen.", "nl", None)
    assert expr.value is None and expr.earliest is None and expr.anchor == "today" and expr.relative


def test_op_30_december_takes_publication_year():
    expr = only("op 30 december moet BlackBerry gestopt zijn", "nl")
    assert (expr.text, expr.value) == ("30 december", "2015-12-30")


def test_in_juli_is_a_month():
    expr = only("In juli liet de autoriteit weten", "nl")
    assert (expr.value, expr.granularity, expr.earliest, expr.latest) == ("2015-07", "month", "2015-07-01", "2015-07-31")


def test_at_years_end_contains_december_30():
    end = only("BlackBerry will shut down operations in Pakistan at year’s end because", "en")
    dec30 = only("It is therefore withdrawing on December 30, he said.", "en")
    assert dec30.value == "2015-12-30"
    assert end.anchor == "end_of_year" and (end.earliest, end.latest) == ("2015-12-01", "2015-12-31")
    assert time_relation(end, dec30) == "contains"
    assert time_relation(dec30, end) == "within"


def test_bare_weekday_is_latest_such_day_up_to_publication():
    assert only("the company said Monday.", "en").value == "2015-11-30"
    assert only("het bedrijf zei vrijdag", "nl").value == "2015-11-27"


def test_seed_articles_agree_on_december_30():
    nl = only("op 30 december moet BlackBerry gestopt zijn", "nl")
    en = only("It is therefore withdrawing on December 30.", "en")
    assert time_relation(nl, en) == "equal"


def test_today_vs_december_30():
    today = only("De deadline is vandaag.", "nl")
    dec30 = only("The deadline is December 30.", "en")
    assert time_relation(today, dec30) == "disjoint"
    unresolved = only("De deadline is vandaag.", "nl", None)
    assert time_relation(unresolved, dec30) == "unknown"
    assert time_relation(unresolved, only("The deadline is today.", "en", None)) == "equal"


# --- all languages ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,value", [
    ("Am 30. Dezember 2015 endet der Dienst.", "de", "2015-12-30"),
    ("Le service s'arrête le 30 décembre 2015.", "fr", "2015-12-30"),
    ("El servicio termina el 30 de diciembre de 2015.", "es", "2015-12-30"),
    ("Il servizio termina il 30 dicembre 2015.", "it", "2015-12-30"),
    ("The service ends on 2015-12-30.", "en", "2015-12-30"),
    ("Der Dienst endet am 30.12.2015.", "de", "2015-12-30"),
    ("Heute hat das Unternehmen mitgeteilt", "de", "2015-11-30"),
    ("Aujourd'hui l'entreprise a annoncé", "fr", "2015-11-30"),
    ("Hoy la empresa anunció", "es", "2015-11-30"),
    ("Oggi l'azienda ha annunciato", "it", "2015-11-30"),
    ("Het bedrijf maakte het gisteren bekend.", "nl", "2015-11-29"),
    ("The company announced it yesterday.", "en", "2015-11-29"),
    ("Das Unternehmen schließt morgen.", "de", "2015-12-01"),
    ("L'entreprise ferme demain.", "fr", "2015-12-01"),
    ("La empresa cerró ayer.", "es", "2015-11-29"),
    ("L'azienda ha chiuso ieri.", "it", "2015-11-29"),
    ("in 2015 groeide de omzet", "nl", "2015"),
    ("drie weken geleden", "nl", "2015-11-09"),
    ("il y a deux jours", "fr", "2015-11-28"),
    ("hace tres días", "es", "2015-11-27"),
    ("in dezember", "de", "2015-12"),
    ("le lundi prochain", "fr", "2015-12-07"),
])
def test_values_in_all_languages(text, lang, value):
    assert only(text, lang).value == value


@pytest.mark.parametrize("text,lang,earliest,latest", [
    ("eind dit jaar", "nl", "2015-12-01", "2015-12-31"),
    ("Ende des Jahres", "de", "2015-12-01", "2015-12-31"),
    ("à la fin de l'année", "fr", "2015-12-01", "2015-12-31"),
    ("a finales de año", "es", "2015-12-01", "2015-12-31"),
    ("alla fine dell'anno", "it", "2015-12-01", "2015-12-31"),
    ("eind december", "nl", "2015-12-21", "2015-12-31"),
    ("next week", "en", "2015-12-07", "2015-12-13"),
    ("volgende week", "nl", "2015-12-07", "2015-12-13"),
    ("la semaine prochaine", "fr", "2015-12-07", "2015-12-13"),
    ("this month", "en", "2015-11-01", "2015-11-30"),
    ("l'anno scorso", "it", "2014-01-01", "2014-12-31"),
    ("begin volgend jaar", "nl", "2016-01-01", "2016-01-31"),
])
def test_periods(text, lang, earliest, latest):
    expr = only(text, lang)
    assert (expr.earliest, expr.latest) == (earliest, latest)


def test_end_of_year_without_publication_date_keeps_anchor_across_languages():
    anchors = {only(t, l, None).anchor for t, l in [("at year's end", "en"), ("eind dit jaar", "nl"),
                                                    ("Ende des Jahres", "de"), ("fin de l'année", "fr"),
                                                    ("a finales de año", "es")]}
    assert anchors == {"end_of_year"}


def test_never_uses_machine_clock():
    for text, lang in [("today", "en"), ("next week", "en"), ("Monday", "en"), ("in juli", "nl")]:
        assert only(text, lang, None).value is None


# --- false-positive guards ------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("We know that now and then it rains.", "en"),  # "we" != Wednesday, "now and" != today
    ("Die Regierung verlangt Zugang.", "de"),  # "Die" != Dienstag
    ("You may go.", "en"),  # "may" the verb
    ("Ze kwamen 's morgens aan.", "nl"),
    ("Am Morgen kam er.", "de"),
    ("Llegó por la mañana.", "es"),
    ("Er kwamen 2000 mensen.", "nl"),  # a count, not a year
    ("De laatste jaren groeide het.", "nl"),  # recent years, not "last year"
    ("They won 3-2 and ate 1/3 of it.", "en"),
])
def test_false_positives(text, lang):
    assert extract_times(text, lang, PUB) == []


def test_relation_overlap_and_disjoint():
    december = only("in december", "nl")
    end_of_year = only("at year's end", "en")
    assert time_relation(december, end_of_year) == "equal"
    assert time_relation(december, only("next week", "en")) == "contains"
    assert time_relation(only("in november", "nl"), only("this week", "en")) == "overlap"
    assert time_relation(only("in juli", "nl"), december) == "disjoint"
