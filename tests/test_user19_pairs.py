"""Own-written article pairs (user19): five invented events of kinds not used before (a drought and water
rationing, a chess tournament, a data-centre power failure, a bank robbery, a mountain rescue), told in es-de,
fr-en, nl-it, de-en and one story of three articles (it, de, nl: the rescue; one gold file per pair of its
articles, one fact contradicted by each article against the two others, and one more stated by two of the
three only and differing, for each pair). The de-en robbery is the easier case: the outlet's English edition,
translated from its German article, with three planted edits. The others are written independently: other
order and grouping, quotes against paraphrase, attributions with their own days, publication dates a day apart
("este jueves" / "am Donnerstag", "dimanche" / "on Sunday", "gisteren" / "martedì", "questa mattina" / "heute"
/ "gisterochtend"), "unos 210.000" / "rund 210 000", "25 000 euros" / "€20,000", "seven points from nine" /
"7 points sur 9", "half zeven 's avonds" / "18.30", an aid figure the Spanish article gives as raised from 25
to 40 million, facts only one side has. Three planted discrepancies a pair, of different types
(tests/own_pairs.py; BENCHMARKS.md, "Own-written pairs (user19)"). Measured first with the tool untouched, as
a user meets it."""

from .own_pairs import OwnPairs, checks_of

PAIRS = OwnPairs("user19")
RESCUE = "rescue_it_de_nl"

TRANSLATION_PATH = "the pair is aligned as a translation (align.align's parallel path); "
NO_LINK = "no link between the two claims: "
SPELLED_ALIKE = ("linked, no warning: two names spelled alike ('{}') are one name written two ways (a "
                 "transliteration, NTREX), a note at most")

# Planted discrepancies the tool misses today, by (pair, the left side's gold words), with why.
NOT_FOUND_YET = {
    ("chess_fr_en", "Le vainqueur empoche un chèque de 25 000 euros"):
        NO_LINK + "the fact route finds no anchor in common (the two sums differ, no name), both are omissions",
    ("chess_fr_en", "Sa victoire devrait lui ouvrir les portes du tournoi des candidats"):
        "linked (a fact link by 'Federation'), no finding: the English claim has two more (weak) links, and a "
        "hedge against a plain statement is compared only between whole 1:1 partners",
    ("drought_es_de", "Los cortes comenzarán el lunes 16 de junio"):
        TRANSLATION_PATH + NO_LINK + "the path is monotone: the German date sentence stands after the hours "
        "sentence, which is paired with the Spanish one after the date (before the range of hours was read "
        "as times, the four sat in one 2:2 bead and the dates clashed there)",
    ("outage_nl_it", "Het datacenter van NordHost in Hoofddorp viel dinsdag rond 14.10 uur zonder stroom"):
        TRANSLATION_PATH + NO_LINK + "the Italian claim is left unmatched",
    ("outage_nl_it", "De noodstroomaggregaten sprongen niet aan"):
        TRANSLATION_PATH + "wrong link: the Dutch claim is paired with 'La corrente è tornata verso le 18', "
        "the Italian generators' claim is unmatched",
    ("outage_nl_it", "die ongeveer 3 miljoen gebruikers heeft"):
        TRANSLATION_PATH + "wrong link: the Italian users' claim is paired with the Dutch time-of-failure "
        "sentence, the Dutch users' claim is unmatched",
    (f"{RESCUE}-de_nl", "Der Notruf ging am Sonntag gegen 20.30 Uhr bei der Landesnotrufzentrale ein"):
        "linked (a fact link by the day alone, text 0.14), a note: the two times of day are compared since "
        "readings20 ('half zeven' is 18:30, no count of seven), but a time of day told differently on a loose "
        "link of little wording is a note (one day holds several events)",
    (f"{RESCUE}-de_nl", "Die Männer sind 34 und 37 Jahre alt"):
        "linked (a fact link by the age 34), a note: a figure of one role linked by another figure of that "
        "role between separately written articles is compared, not asserted",
    (f"{RESCUE}-it_de", "I due erano rimasti bloccati domenica pomeriggio a quota 2.900 metri"):
        TRANSLATION_PATH + "linked, but the German altitude is compared with the Italian 'I due' read as a "
        "count (a note): 'rund 2700 Metern' is no length to the reader (the German dative plural of a unit is "
        "not read; reading it raised NTREX test alarms 916 -> 919, not kept); the metres meet only on a weak "
        "link to the Dutch claim",
    (f"{RESCUE}-it_de", "I due non avevano con sé l'attrezzatura per un bivacco"):
        TRANSLATION_PATH + "linked, a note: a loose bead (score 0.08), 'the claims may state different things'",
    (f"{RESCUE}-it_nl", "I due erano rimasti bloccati domenica pomeriggio a quota 2.900 metri"):
        "a weak fact link (the unit 'm' only), a note",
    (f"{RESCUE}-it_nl", "i due potrebbero aver sottovalutato la lunghezza della via"):
        "linked (a fact link), a note: 'onderschat' is not found as the counterpart of 'sottovalutato', so "
        "the hedged statement is taken for one the other claim does not make",
    ("robbery_de_en", "sagte Polizeisprecher Markus Lercher"): SPELLED_ALIKE.format("Lercher / Lechner"),
}

# False errors the tool still raises, by pair, with why.
FALSE_ERROR_YET: dict = {}

# False alarms the tool still raises, by pair, with why.
FALSE_ALARM_YET = {
    "drought_es_de": TRANSLATION_PATH + "'Private Pools dürfen nicht mehr befüllt, Gärten nicht mehr bewässert "
                     "werden' against 'Quedan prohibidos el llenado de piscinas privadas y el riego de jardines': "
                     "two negations against one negating word ('prohibidos'), and one word explains one negation, "
                     "not two (DEMETR); seen once",
    "outage_nl_it": TRANSLATION_PATH + "'PagoLampo' / 'Haarlemmermeer' in the two leads, a company against a "
                    "place: no data of ours tells kinds of names apart beyond countries, and the Dutch article "
                    "writing 'PagoLampo' elsewhere is also the shape of a swapped name",
}

# Claims that state what only their article says and are still shown agreeing, by (pair, gold words), with why.
THIRD = "a fact link by the word 'third' alone ('terzo intervento' / 'derde keer'), different facts"
SHOWN_AGREEING_YET = {
    ("chess_fr_en", "le tournoi serait reconduit en 2032 avec une dotation portée à 150 000 euros"):
        "a fact link by the year 2032 alone ('next year's Candidates Tournament'), kept `partial` because a "
        "shared date exempts a loose link from `weak`: a year is no moment of the event (making it none cost "
        "comparable news agreement recall, not kept)",
    (f"{RESCUE}-de_nl", "Am Langkofel sind in diesem Sommer bereits zwei Bergsteiger tödlich verunglückt"):
        "a fact link by the story's mountain ('Langkofel', faint) and the count 'two': a bare small count beside "
        "a faint anchor (making such a link weak cost comparable news agreement recall, not kept)",
    ("chess_fr_en", "Wieczorek had led the tournament until a loss to Mehta in round six"):
        "a fact link by the two players' names, which the French final standings write too: different facts",
    ("outage_nl_it", "I server sono stati spenti per evitare il surriscaldamento"):
        TRANSLATION_PATH + "one bead with 'waardoor alle servers uitvielen': both say the servers went down "
        "(the gold is strict here: why differs)",
    (f"{RESCUE}-de_nl", "Ze willen vandaag terugkeren naar Nederland"):
        "a fact link by the country ('niederländische' / 'Nederland') and the word 'today' ('heute', a day "
        "earlier)",
    (f"{RESCUE}-it_de", "i due potrebbero aver sottovalutato la lunghezza della via"):
        TRANSLATION_PATH + "one bead with 'Die beiden haben großes Glück gehabt', sharing 'the two'",
    (f"{RESCUE}-it_nl", "I due non avevano con sé l'attrezzatura per un bivacco"):
        "a fact link by the count 'two' ('I due' / 'De twee'), at a wording score above that of a faint link",
    (f"{RESCUE}-it_nl", "È il terzo intervento sul Sassolungo da inizio luglio"): THIRD,
    (f"{RESCUE}-it_nl", "Het is dit jaar de derde keer dat Nederlandse klimmers in de Dolomieten moeten worden gered"): THIRD,
    (f"{RESCUE}-it_nl", "De mannen, 34 en 39 jaar oud"):
        "one claim holds the ages, which only the Dutch article states, and 'zaten sinds zondagmiddag vast', "
        "which both do: the claim is rightly linked for the second (partial)",
}


def test_seven_gold_pairs_of_three_planted_discrepancies_of_three_types_and_a_story_of_three_languages():
    PAIRS.assert_well_formed(pairs=7, distinct_types=True)
    assert {doc.lang for doc in PAIRS.story(f"{RESCUE}-it_nl").documents} == {"it", "de", "nl"}
    # The translated edition keeps its source's sentences one for one; the others are written apart.
    sentences = {lang: {c.sentence_text for c in PAIRS.story("robbery_de_en").claims if c.lang == lang} for lang in ("de", "en")}
    assert len(sentences["de"]) == len(sentences["en"]) == 15


CHECKS = checks_of(PAIRS, NOT_FOUND_YET, FALSE_ALARM_YET, SHOWN_AGREEING_YET, FALSE_ERROR_YET)
(test_no_error_outside_the_planted_discrepancies, test_no_warning_or_error_outside_the_planted_discrepancies,
 test_what_only_one_article_states_is_not_shown_as_an_agreement, test_planted_discrepancy_is_reported_with_its_type) = CHECKS
