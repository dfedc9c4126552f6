"""Own-written article pairs (user20): five invented events of kinds not used before (an auction record for an
old master, an airliner's emergency landing, a prison escape, a stranded whale, a car park's partial collapse),
told in nl-en, de-it, es-it, en-es and one story of three articles (nl, fr, de: the car park; one gold file per
pair of its articles, one fact contradicted by each article against the two others, and one more stated by two
of the three only and differing, for each pair). The nl-en auction is the easier case: the outlet's English
edition, translated from its Dutch article, with three planted edits. The others are written independently:
other order and grouping, quotes against paraphrase, attributions with their own days, publication dates a day
apart ("questa sera" / "am Montagabend", "esta madrugada" / "nella notte tra sabato e domenica", "este jueves" /
"on Thursday", "ce mardi" / "gisteravond" / "am Dienstagabend"), "unos 2.100" / "2.087", "rund 9000 Meter" /
"8.900 metri", "zo'n 1.500" / "environ 1 500" / "rund 1500", "30.000 euros" / "30,000 euros", "168 Passagiere und
sechs Besatzungsmitglieder" / "174 persone", a count the German articles give as raised ("zwölf … auf 19",
"von zwei … auf drei") and a cost the English one gives as revised (30,000 -> 45,000 euros), facts only one side
has. Three planted discrepancies a pair, of different types (tests/own_pairs.py; BENCHMARKS.md, "Own-written
pairs (user20)"); two of them are a person's role ("Kopilotin" / "comandante", "brandweercommandant" /
"Bürgermeister"), typed in the gold as the finding that would report them (`entity`, and `attribution` for a
speaker described otherwise) with `"kind": "role"`. Measured first with the tool untouched, as a user meets it."""

from .own_pairs import OwnPairs, checks_of

PAIRS = OwnPairs("user20")
GARAGE = "garage_nl_fr_de"

TRANSLATION_PATH = "the pair is aligned as a translation (align.align's parallel path); "
NO_LINK = "no link between the two claims: "

# Planted discrepancies the tool misses today, by (pair, the left side's gold words), with why.
NOT_FOUND_YET = {
    ("escape_es_it", "escaparon hacia las 3.15 horas"):
        NO_LINK + "the Italian time sentence ('La fuga è avvenuta verso le 5 del mattino') shares no anchor with the "
        "Spanish one (the times differ, no name); the Spanish claim is linked by the two ages to the Italian lead "
        "and accomplice sentences",
    ("escape_es_it", "saltaron un muro de seis metros"):
        "linked (a weak fact link by the unit 'm'), a note: 'seis metros' / 'otto metri' compared at 0.37",
    ("escape_es_it", "Los investigadores creen que los fugados podrían haber recibido ayuda desde el exterior"):
        NO_LINK + "the Italian 'I due sono stati aiutati da complici' is linked to the Spanish lead and to the "
        "road-blocks sentence (both by 'Guardia Civil' / the place), the Spanish hedge to nothing",
    (f"{GARAGE}-fr_de", "s'est effondrée ce mardi vers 19 h 20"):
        TRANSLATION_PATH + NO_LINK + "the French time sits in the lead, the German in the second sentence; each "
        "lead is paired with the other lead, each second sentence with the other",
    (f"{GARAGE}-fr_de", "Son exploitant, Interparking"):
        TRANSLATION_PATH + "a weak gap bead (score 0.00), no name finding on it",
    (f"{GARAGE}-fr_de", "a déclaré la porte-parole de la zone de police, Sophie Lemaire"):
        TRANSLATION_PATH + NO_LINK + "each quote is in a weak gap bead with a neighbour; the French speaker "
        "('la porte-parole de la zone de police', eight words) is not read either",
    (f"{GARAGE}-nl_de", "wordt uitgebaat door Interparking"):
        TRANSLATION_PATH + "wrong link: the Dutch operator sentence is paired with 'Das 1974 gebaute Parkhaus', "
        "the German operator sentence with a gap neighbour",
    (f"{GARAGE}-nl_de", "zei brandweercommandant Marc Jacquet"):
        TRANSLATION_PATH + NO_LINK + "the two quotes of one speaker say different things and stand in other places",
    (f"{GARAGE}-nl_fr", "Zo'n 70 auto's werden onder het puin bedolven"):
        TRANSLATION_PATH + "wrong link: the French '43 voitures' shares its sentence with the two levels and is "
        "paired with the Dutch levels-and-time sentence, the Dutch count stands alone, unmatched",
    (f"{GARAGE}-nl_fr", "Het gebeurde rond 17.20 uur"):
        TRANSLATION_PATH + NO_LINK + "the French time sits in the lead, the Dutch in the second sentence",
    (f"{GARAGE}-nl_fr", "De oorzaak is waarschijnlijk waterinsijpeling"):
        TRANSLATION_PATH + "wrong link: the Dutch hedge is in a weak gap bead with the French quote (a note there)",
    ("landing_de_it", "Gelandet wurde der Jet von Kopilotin Anna Berger"):
        TRANSLATION_PATH + "linked (agree), no finding: two ranks of one named person who is no speaker are "
        "not compared ('Kopilotin' / 'comandante')",
    ("landing_de_it", "Nach Angaben der Fluggesellschaft geriet das Triebwerk nicht in Brand"):
        TRANSLATION_PATH + "found against the neighbour 'I vigili del fuoco … hanno spento le fiamme' (a warning "
        "on a pair the gold leaves unscored), not against 'Il motore sinistro aveva preso fuoco', unmatched",
    ("whale_en_es", "Volunteers managed to push the whale back into the sea at high tide"):
        TRANSLATION_PATH + "linked, a note (0.27): 'managed to' has no counterpart, 'the claims may state "
        "different things'",
    ("whale_en_es", "said Carmen Suárez, a marine biologist at the University of Oviedo"):
        TRANSLATION_PATH + NO_LINK + "the English speaker is not read ('…,\" said X': the comma inside the "
        "closing quote), and the two quote sentences are not paired",
}

# False errors the tool still raises, by pair, with why.
FALSE_ERROR_YET = {
    "landing_de_it": TRANSLATION_PATH + "'168 Passagieren und sechs Besatzungsmitgliedern' against '174 persone, "
                     "tra passeggeri ed equipaggio': a total of people against one of its parts, the Italian count "
                     "read as passengers (the first group named after it); reading a count followed by two groups "
                     "as counting them all removed it but cost one NTREX Italian test edit flagged (0.863 -> 0.858), "
                     "not kept",
}

# False alarms the tool still raises, by pair, with why.
FALSE_ALARM_YET = {
    "auction_nl_en": TRANSLATION_PATH + "'Haarlem Guild' / 'Haarlemse Sint-Lucasgilde': a translated name of a "
                     "body read as two names (the English one cut at 'of': 'Haarlem Guild', 'Saint Luke')",
    "escape_es_it": "'no detectaron la fuga hasta el recuento de las 7.30' / 'L'allarme è scattato soltanto alle "
                    "7.30': 'not until' is read as a negation of the event, the Italian 'only at' as none (English "
                    "'not … until' is a negation idiom; the Spanish and Italian forms are in no earlier set nor in "
                    "comparable or NTREX dev, so no rule was written for them)",
    "landing_de_it": FALSE_ERROR_YET["landing_de_it"],
}

# Claims that state what only their article says and are still shown agreeing, by (pair, gold words), with why.
PATH_NEIGHBOURS = TRANSLATION_PATH + "a path bead of two neighbouring one-sided sentences, at a wording score below 0.2"
OWNERS = (TRANSLATION_PATH + "one bead of the two articles' sentences on the buried cars' owners, which say different "
          "things ('kunnen zich melden bij de stad' / 'devront attendre plusieurs semaines')")
SHOWN_AGREEING_YET = {
    (f"{GARAGE}-fr_de", "Ce n'est pas le premier incident dans un parking liégeois"): PATH_NEIGHBOURS,
    (f"{GARAGE}-fr_de", "Erst im Oktober war in Brüssel ein Parkhaus wegen Rissen in der Decke geschlossen worden"):
        PATH_NEIGHBOURS + " (the closing sentences on earlier car-park incidents, in Liège 2024 and Brussels)",
    (f"{GARAGE}-nl_de", "Eigenaars van beschadigde auto's kunnen zich melden bij de stad"): PATH_NEIGHBOURS,
    (f"{GARAGE}-nl_de", "Das Parkhaus bleibt mindestens drei Monate geschlossen"): PATH_NEIGHBOURS,
    (f"{GARAGE}-nl_de", "Das 1974 gebaute Parkhaus ist eines der größten in Lüttich"):
        TRANSLATION_PATH + "a path bead with the Dutch places-and-operator sentence (score 0.06)",
    (f"{GARAGE}-nl_fr", "Eigenaars van beschadigde auto's kunnen zich melden bij de stad"): OWNERS,
    (f"{GARAGE}-nl_fr", "Les propriétaires des voitures ensevelies devront attendre plusieurs semaines"): OWNERS,
    ("escape_es_it", "Il trasferimento in Italia era previsto per novembre"):
        "a fact link by the country alone ('Italia' / 'extradición a Italia'), kept partial",
    ("escape_es_it", "Anche la polizia italiana è stata informata e non esclude un rientro di Greco in Italia"):
        "a fact link by the prisoner's name and the country, which the Spanish extradition sentence names too: "
        "different facts",
}


def test_seven_gold_pairs_of_three_planted_discrepancies_of_three_types_and_a_story_of_three_languages():
    PAIRS.assert_well_formed(pairs=7, distinct_types=True)
    assert {doc.lang for doc in PAIRS.story(f"{GARAGE}-nl_fr").documents} == {"nl", "fr", "de"}
    # The translated edition keeps its source's sentences one for one; the others are written apart.
    sentences = {lang: {c.sentence_text for c in PAIRS.story("auction_nl_en").claims if c.lang == lang} for lang in ("nl", "en")}
    assert len(sentences["nl"]) == len(sentences["en"]) == 15


CHECKS = checks_of(PAIRS, NOT_FOUND_YET, FALSE_ALARM_YET, SHOWN_AGREEING_YET, FALSE_ERROR_YET)
(test_no_error_outside_the_planted_discrepancies, test_no_warning_or_error_outside_the_planted_discrepancies,
 test_what_only_one_article_states_is_not_shown_as_an_agreement, test_planted_discrepancy_is_reported_with_its_type) = CHECKS
