"""Trailing attributions whose speaker follows the verb, with a time, an adjunct or an apposition around it
("…, a indiqué mardi l'Office fédéral …", "…, wie die WHO am Dienstag mitteilte", "…, aldus de politie")."""
import pytest

from factcheck.claims.clauses import split_clauses

INVERTED = [
    ("fr", "Le nombre de cas a doublé en une semaine, a indiqué mardi l'Office fédéral de la santé publique (OFSP).",
     "l'Office fédéral de la santé publique (OFSP)"),
    ("fr", "Le feu n'est pas encore fixé sur le flanc nord, a déclaré le préfet Jean Dupont dimanche matin.",
     "le préfet Jean Dupont"),
    ("de", "Die Zahl der Fälle hat sich verdoppelt, wie die WHO am Dienstag mitteilte.", "die WHO"),
    ("de", "Der Höhepunkt werde erst im Dezember erwartet, sagte Kantonsärztin Anna Weber am Dienstag vor den Medien.",
     "Kantonsärztin Anna Weber"),
    ("es", "La pretemporada empieza la semana que viene, según informó el club.", "el club"),
    ("es", "El acuerdo se firmará en las próximas semanas, dijo el martes el ministro de Economía.", "el ministro de Economía"),
    ("it", "La linea resterà chiusa fino a mercoledì, ha detto ieri la ministra dei Trasporti Eva Berger.",
     "la ministra dei Trasporti Eva Berger"),
    ("it", "Il traffico resterà bloccato per tutta la notte, ha detto il sindaco.", "il sindaco"),
    ("nl", "Er raakten drie mensen gewond bij het ongeluk, aldus de politie.", "de politie"),
    ("nl", "De boeren laten zich niet zomaar wegsturen, zei Piet de Boer van de bond dinsdag op het podium.",
     "Piet de Boer van de bond"),
]


@pytest.mark.parametrize("lang, sentence, speaker", INVERTED)
def test_a_speaker_after_the_verb_is_read(lang, sentence, speaker):
    clauses = split_clauses(sentence, lang)
    assert clauses[0].attribution_source == speaker
    assert all(sentence[c.start:c.end] not in clauses[0].attribution_text for c in clauses)  # the claim keeps its content


@pytest.mark.parametrize("lang, sentence", [
    ("es", "El equipo viajará a Austria en julio, dijo que el calendario es muy exigente."),  # a reported clause
    ("fr", "Oriol Martí, en prison depuis un an, a annoncé son intention de se présenter aux élections."),  # an object
    ("de", "Hier würden etwa 200 Leute stehen, sagte Trump und zeigte dabei auf die Menge vor ihm."),  # a second clause
    ("en", "Officials met relatives of the victims on the tram, said he had fired at a relative first."),  # no "that"
    ("it", "Il sindaco ha chiuso la strada per tutta la notte, ha detto che la strada non era sicura."),  # a clause
])
def test_what_follows_the_verb_is_no_speaker(lang, sentence):
    assert split_clauses(sentence, lang)[0].attribution_source is None
