"""Own-written article pairs (user18): five invented events of kinds not used before (a Roman coin hoard, a
council election recount, a lottery jackpot, a ferry stranded by an engine failure, lynxes escaped from a zoo),
told in de-fr, en-es, it-en, nl-de and one story of three articles (fr, nl, es: the lynxes; one gold file per
pair of its articles, one fact contradicted by each article against the two others, and one more stated by two
of the three only and differing, for each pair). The it-en jackpot story is the easier case: the outlet's English
edition, translated from its Italian article, with three planted edits. The others are written independently:
other order and grouping, quotes against paraphrase, attributions with their own days, publication dates a day
apart ("am vergangenen Donnerstag" / "mercredi dernier", "zaterdag" / "gestern", "anteayer por la noche" /
"on Wednesday evening"), Swiss "1'350" / "1530", "6,418" / "6418", "Ruim vierhonderd" / "421", "€ 38,50" /
"38,50 Euro", "une vingtaine" / "een veertigtal" / "unos 40", a value estimate one article gives as since revised
(unscored), facts only one side has. Three planted discrepancies a pair, of different types (tests/own_pairs.py;
BENCHMARKS.md, "Own-written pairs (user18)"). Measured first with the tool untouched, as a user meets it."""

from .own_pairs import OwnPairs, checks_of

PAIRS = OwnPairs("user18")
ZOO = "zoo_fr_nl_es"

TRANSLATION_PATH = "the pair is aligned as a translation (align.align's parallel path); "
NO_LINK = "no link between the two claims: "
AS_A_NAME = ("found as a name (entity_mismatch warning), not as the speaker: the gold says who said it, the "
             "tool that another person is named in the sentence")
DIRECTOR = ("found as a name, a note (entity_mismatch info since readings19: one speaker, one given name and title, "
            "another surname); a warning only between whole 1:1 partners, and in a story of three articles the "
            "claim has a partner in each other article")

# Planted discrepancies the tool misses today, by (pair, the left side's gold words), with why.
NOT_FOUND_YET = {
    ("ferry_nl_de", "Pas om 17.45 uur lag de veerboot weer in de Eemshaven"):
        "compared, a note: the fact route links the two claims by the name 'Eemshaven' alone (a loose link), "
        "and a time of day told differently between separately written articles is a note (one day holds "
        "several events)",
    ("ferry_nl_de", "is met een traumahelikopter naar het UMCG in Groningen gebracht"):
        NO_LINK + "the fact route links neither claim (no shared name, figure or date); both are omissions",
    ("hoard_de_fr", "Darin lagen 1'350 Silbermünzen"):
        TRANSLATION_PATH + NO_LINK + "the German sentence gives the count and the emperors, the French two "
        "sentences; the bead pairs the German one with the emperors' sentence only",
    ("hoard_de_fr", "«So einen Fund macht man nur einmal im Leben», sagte Kantonsarchäologin Ursula Brunner"):
        TRANSLATION_PATH + AS_A_NAME,
    ("jackpot_it_en", "La sestina vincente è stata estratta sabato sera"):
        TRANSLATION_PATH + "linked, but the times are paired off first: the English 'of the year' (2031, "
        "the Italian 'dell'anno' is read as no time) contains 'sabato sera' and takes it as its agreeing "
        "partner, so 'Friday evening' has nothing left to clash with",
    ("recount_en_es", "Delgado finished 12 votes ahead of incumbent Mark Whitfield"):
        TRANSLATION_PATH + "wrong link: the Spanish lead carries the margin ('por apenas 21 votos') and is "
        "paired with the English lead, the English margin sentence with the election-night and turnout ones",
    ("recount_en_es", "Doña Ana County Clerk Amanda Ortiz said 38 bipartisan teams counted the paper ballots over three days"):
        TRANSLATION_PATH + "linked, no finding: both names are speakers, left to the attribution check, "
        "which takes two descriptions sharing 'Amanda', 'Doña Ana' and the county for one speaker",
    (f"{ZOO}-fr_es", "a expliqué le directeur du parc, Christophe Lambert"): DIRECTOR,
    (f"{ZOO}-nl_es", "zei directeur Christophe Lambert"): DIRECTOR,
    (f"{ZOO}-fr_es", "la femelle pourrait être endormie et, en dernier recours, abattue"):
        TRANSLATION_PATH + "compared, a note: a hedge against a plain future is a warning only between whole 1:1 "
        "partners, and the Spanish claim has a second partner in the Dutch article (a gap link): a claim's "
        "partners are counted over every article of the story",
    (f"{ZOO}-fr_nl", "Les écoles de Malmedy resteront fermées mardi par précaution"):
        TRANSLATION_PATH + "linked, no finding: 'resteront fermées' / 'blijven gewoon open' is a pair of "
        "antonyms, no negation, and the antonym reading finds none here",
    (f"{ZOO}-nl_es", "Een dierenverzorger merkte rond 9 uur 's ochtends dat het verblijf leeg was"):
        TRANSLATION_PATH + NO_LINK + "the Spanish claim is paired with the French one and with the Dutch "
        "claim on the escape (Sunday), the Dutch one with the French one only",
    (f"{ZOO}-nl_es", "Volgens de Spaanse biologe Elena Vidal, die de dieren naar België begeleidde, zijn lynxen schuw en niet gevaarlijk voor mensen"):
        TRANSLATION_PATH + AS_A_NAME + "; since readings19, which reads 'Según el veterinario del parque, Pieter "
        "Claes,' as the speaker, also as the speaker, a note: two speakers differ only as a note between "
        "translations that are not whole 1:1 partners (leaving a speaker's names out of the name check cost "
        "NTREX injected name edits and a DEMETR test item: not kept)",
}

# False errors the tool still raises, by pair, with why.
FALSE_ERROR_YET = {}

# False alarms the tool still raises, by pair, with why.
FALSE_ALARM_YET = {
    "ferry_nl_de": "'Ruim vierhonderd passagiers' against '421 Passagiere' is a bound and a figure that state "
                   "different figures, a warning by design (issue 13, point 3; docs/discrepancies.md); user17's "
                   "'ruim 9.000' / 'quelque 9 200' is the same case",
    f"{ZOO}-fr_es": TRANSLATION_PATH + "the last sentences ('Hoy son más de 2.000' / 'Il accueille chaque année environ "
                    "180 000 visiteurs') are one bead sharing only that both state a figure and the digits '000': "
                    "`weak` since user18, but its findings keep the bead's confidence (user17's last bead is the "
                    "same class); the French figure's role is read from 'année' before it, not 'visiteurs' after",
}

# Claims that state what only their article says and are still shown agreeing, by (pair, gold words), with why.
SHOWN_AGREEING_YET = {
    ("ferry_nl_de", "Normaal duurt de overtocht naar Borkum ongeveer een uur"):
        "a fact link by the island's name 'Borkum' (the story's subject) and the word 'hour' "
        "('stundenlang')",
    ("recount_en_es", "as state law allows when the margin is below one percent"):
        TRANSLATION_PATH + "one sentence holds the day of the request ('on Nov. 10'), which both articles state, "
        "and the law that allows it, which only the English does: the claim is rightly linked for the first "
        "(readings19 keeps 'Nov. 10' in one sentence; before, the split after 'Nov.' made the clause a claim "
        "of its own)",
    ("recount_en_es", "es hija de inmigrantes de Chihuahua"):
        TRANSLATION_PATH + "one claim holds the nurse's age, which both articles state, and her parents, "
        "which only the Spanish does: the claim is rightly linked for the first (partial)",
    (f"{ZOO}-nl_es", "En 2002 quedaban menos de cien linces ibéricos en libertad"):
        TRANSLATION_PATH + "one bead with the Dutch 'De Iberische lynx gold begin deze eeuw als de meest "
        "bedreigde katachtige' (another fact about the species), sharing 'Iberian lynx'",
}


def test_seven_gold_pairs_of_three_planted_discrepancies_of_three_types_and_a_story_of_three_languages():
    PAIRS.assert_well_formed(pairs=7, distinct_types=True)
    assert {doc.lang for doc in PAIRS.story(f"{ZOO}-fr_nl").documents} == {"fr", "nl", "es"}


CHECKS = checks_of(PAIRS, NOT_FOUND_YET, FALSE_ALARM_YET, SHOWN_AGREEING_YET, FALSE_ERROR_YET)
(test_no_error_outside_the_planted_discrepancies, test_no_warning_or_error_outside_the_planted_discrepancies,
 test_what_only_one_article_states_is_not_shown_as_an_agreement, test_planted_discrepancy_is_reported_with_its_type) = CHECKS
