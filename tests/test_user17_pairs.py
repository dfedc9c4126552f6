"""Own-written article pairs (user17): five invented events of kinds not used before (a bridge collapse, a
satellite launch, a vaccine recommendation, a marathon, a cruise ship run aground), told in nl-fr, en-de, es-en,
it-nl and one story of three articles (de, es, it: the cruise ship; one gold file per pair of its articles, three
facts each contradicted by one article against the two others, three more stated by two of the three only and
differing). The es-en vaccine story is the easier case: the outlet's English edition, translated from its Spanish
article, with three planted edits. The others are written independently: other order and grouping, quotes against
paraphrase, attributions with their own days, publication dates a day apart ("gisterochtend" / "ce mardi matin",
"in der Nacht zum Mittwoch um 2.14 Uhr deutscher Zeit" / "9:14 p.m. local time on Tuesday"), "ruim 9.000" /
"quelque 9 200", "4.1-tonne" / "rund 4100 Kilogramm", "2:06:31" / "2:06.31", "2 ore 19 minuti e 48 secondi" /
"2:19.48", a damage estimate one article gives as since revised (unscored), "Visé" / "Wezet", facts only one side
has. Three planted discrepancies a pair, of different types (tests/own_pairs.py; BENCHMARKS.md, "Own-written pairs
(user17)"). Measured first with the tool untouched, as a user meets it."""

from .own_pairs import OwnPairs, checks_of

PAIRS = OwnPairs("user17")
CRUISE = "cruise_de_es_it"

TRANSLATION_PATH = "the pair is aligned as a translation (align.align's parallel path); "
NO_LINK = "no link between the two claims: "

# Planted discrepancies the tool misses today, by (pair, the left side's gold words), with why.
NOT_FOUND_YET = {
    ("bridge_nl_fr", "kort na 5.40 uur in het water"):
        TRANSLATION_PATH + NO_LINK + "the French lead states the time ('peu après 6 h 40'), the Dutch the span's "
        "sentence ('Een stuk van 45 meter … kort na 5.40 uur'); each bead pairs other sentences",
    ("bridge_nl_fr", "Volgens de Waalse minister van Mobiliteit, Claire Dupont, waren er toen geen tekenen van verzwakking"):
        TRANSLATION_PATH + "wrong link: the Dutch claim is paired with the French quote of the same minister "
        "(another statement), the mayor's statement with the inspection sentence",
    (f"{CRUISE}-de_es", "Das Schiff könnte nach Angaben der Reederei schon am Sonntag freigeschleppt werden"):
        "compared, a note: 'könnte' against the future 'será' is read as a hedge that may bear on a part of it",
    (f"{CRUISE}-de_it", "Treibstoff ist nach Angaben der Behörden nicht ausgetreten"):
        NO_LINK + "the fact route links neither claim to the other (no shared name, figure or date)",
    (f"{CRUISE}-de_it", "Kapitän Paolo Ferri blieb mit einem Teil der Besatzung an Bord"):
        NO_LINK + "'Kapitän Paolo Ferri' / 'Il comandante, Marco Serra' share no anchor on the fact route",
    (f"{CRUISE}-es_it", "El barco se desvió de la ruta prevista"):
        TRANSLATION_PATH + "linked, but no speaker is compared: 'La compagnia ha ammesso che …' is not read "
        "as an attribution",
    ("marathon_it_nl", "La partenza è stata data alle 8.30 da via dei Fori Imperiali"):
        TRANSLATION_PATH + NO_LINK + "the Dutch start time shares its sentence with the temperature, paired elsewhere",
    ("marathon_it_nl", "Alla corsa hanno preso parte oltre 21.000 atleti"):
        TRANSLATION_PATH + "wrong link: 'ruim 12.000 lopers' is paired with the weather sentence by position",
    ("satellite_en_de", "Its solar panels unfolded as planned"):
        "compared, a note: 'unfolded' is read as a word that negates (the prefix 'un-'), so the German "
        "'noch nicht vollständig entfaltet' may be a rephrasing",
    ("satellite_en_de", "The first images are expected in August"):
        "compared, a note: the fact link rests on the word 'first' alone (a loose link)",
    ("vaccine_es_en", "El Ministerio de Sanidad no recomendará la vacunación general en España"):
        TRANSLATION_PATH + "compared, a note: the Spanish dictionary has no sense 'recommend' for 'recomendar' "
        "(bill, endorse, talk up), so the denied word seems to have no counterpart and the flip reads as a rephrasing",
}

# False errors the tool still raises, by pair, with why.
LAST_BEAD = ("the last sentences ('Un pont provisoire pourrait être installé d'ici l'été' / 'De schade werd dinsdag "
             "nog op 12 miljoen euro geraamd') are one bead sharing only that both are dated: summer against "
             "Tuesday as one changed date (the bead is `weak` since user18, but keeps its confidence)")
FALSE_ERROR_YET = {"bridge_nl_fr": TRANSLATION_PATH + LAST_BEAD}

# False alarms the tool still raises, by pair, with why.
FALSE_ALARM_YET = {
    "bridge_nl_fr": TRANSLATION_PATH + LAST_BEAD + "; 'Visé' / 'Wezet': a town's exonym is read as another name "
                    "(no data of ours lists town exonyms; user16's 'Girona' / 'Gérone' is the same class); and "
                    "'ruim 9.000' against 'quelque 9 200' is a bound and a figure that state different figures, a "
                    "warning by design (issue 13, point 3; docs/discrepancies.md)",
    f"{CRUISE}-es_it": TRANSLATION_PATH + "'La Capitanía Marítima ha abierto una investigación' / 'La Procura di "
                       "Genova ha aperto un fascicolo': two inquiries by two bodies, one bead, a name warning",
}

# Claims that state what only their article says and are still shown agreeing, by (pair, gold words), with why.
BEAD = TRANSLATION_PATH + "one bead of the path with {}"
COMPATRIOTS = BEAD.format("the other article's count of its own compatriots among the passengers (600 Germans "
                          "and 150 Spaniards / 420 Italians): two subgroups, no longer compared as one count")
SHOWN_AGREEING_YET = {
    (f"{CRUISE}-de_es", "Verletzt wurde nach Angaben der Rettungskräfte niemand"):
        BEAD.format("'Salvamento Marítimo coordinó el desembarco', sharing the word 'rescue'"),
    (f"{CRUISE}-es_it", "Entre los pasajeros había unos 600 alemanes y 150 españoles"): COMPATRIOTS,
    (f"{CRUISE}-es_it", "Tra i passeggeri c'erano anche 420 italiani"): COMPATRIOTS,
    ("satellite_en_de", "It was the fourth Ariane 6 flight this year"):
        "a fact link by the rocket's name 'Ariane 6' (the story's subject) and its figure 6",
    ("satellite_en_de", "plans up to ten launches in 2031"): "a fact link by one date anchor alone (2031-05-21)",
    ("bridge_nl_fr", "Nous voulons savoir pourquoi un ouvrage contrôlé a pu céder ainsi"):
        BEAD.format("the Dutch claim crediting the same minister with another statement"),
}


def test_every_pair_has_its_gold_articles_of_twelve_sentences_and_three_planted_discrepancies_of_three_types():
    PAIRS.assert_well_formed(pairs=7)
    for pair in PAIRS.pairs:
        assert len({fact["type"] for fact in PAIRS.gold(pair)["facts"] if fact["status"] == "disagree"}) == 3
    assert {doc.lang for doc in PAIRS.story(f"{CRUISE}-de_es").documents} == {"de", "es", "it"}


(test_no_error_outside_the_planted_discrepancies, test_no_warning_or_error_outside_the_planted_discrepancies,
 test_what_only_one_article_states_is_not_shown_as_an_agreement,
 test_planted_discrepancy_is_reported_with_its_type) = checks_of(PAIRS, NOT_FOUND_YET, FALSE_ALARM_YET, SHOWN_AGREEING_YET,
                                                                   FALSE_ERROR_YET)
