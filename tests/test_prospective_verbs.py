"""A verb that looks ahead (expect, forecast, plan, hope, must or be to + infinitive) dates a bare weekday of
the clause it governs forward ("prevé que el episodio termine el domingo", "moeten het zondag opnemen
tegen"), even after a past statement; in another clause it says nothing, and without it the day stays the
last one, as before."""
from datetime import date

import pytest

from factcheck.claims.times import extract_times

PUBLISHED = date(2031, 6, 18)  # a Wednesday: the last Sunday is 15 June, the coming one 22 June
LAST_SUNDAY, COMING_SUNDAY = "2031-06-15", "2031-06-22"


def sundays(text: str, lang: str) -> list[str]:
    return [str(t.value) for t in extract_times(text, lang, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("es", "El servicio meteorológico prevé que la ola de frío termine el domingo."),
    ("es", "El alcalde espera inaugurar el puente el domingo."),
    ("es", "Los sistemas deberían funcionar de nuevo el domingo, según la empresa."),
    ("es", "Los vecinos tenían pensado votar el domingo."),
    ("it", "Il servizio meteorologico prevede che l'ondata di freddo finisca domenica."),
    ("it", "Il sindaco spera di inaugurare il ponte domenica."),
    ("it", "La squadra deve ancora annunciare la formazione per domenica."),
    ("fr", "Le service météorologique prévoit que la vague de froid se termine dimanche."),
    ("fr", "Le maire espère inaugurer le pont dimanche."),
    ("fr", "Le ministre devait visiter le chantier dimanche."),
    ("de", "Der Bürgermeister hofft, am Sonntag die Brücke zu eröffnen."),
    ("de", "Die Mannschaft muss am Sonntag gegen den Tabellenführer antreten."),
    ("nl", "De ploeg moet het zondag opnemen tegen de koploper."),
    ("nl", "Een derde van de inwoners was van plan om te stemmen op zondag."),
    ("nl", "De weerdienst verwacht dat de kou zondag verdwijnt."),
    ("pt", "O serviço meteorológico prevê que a vaga de frio termine no domingo."),
    ("pt", "O presidente da câmara espera inaugurar a ponte no domingo."),
])
def test_a_verb_that_looks_ahead_dates_its_clause_forward(lang, text):
    assert sundays(text, lang) == [COMING_SUNDAY]


@pytest.mark.parametrize("lang, text", [
    # the same days with no such verb: the last Sunday, as before
    ("es", "La ola de frío terminó el domingo."),
    ("it", "Il sindaco ha inaugurato il ponte domenica."),
    ("fr", "Le maire a inauguré le pont dimanche."),
    ("nl", "De ploeg nam het zondag op tegen de koploper."),
    # the verb governs another clause, after a comma and a clause opener: it does not reach the day
    ("it", "La squadra ha vinto domenica sera, ma spera ancora di vincere il titolo."),
    ("es", "El equipo ganó el domingo, pero espera ganar el título."),
    ("fr", "L'équipe a gagné dimanche, mais espère encore remporter le titre."),
])
def test_elsewhere_the_day_stays_the_last_one(lang, text):
    assert sundays(text, lang)[0].startswith(LAST_SUNDAY)
