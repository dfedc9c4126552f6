"""Own-written article pairs (user13): eight invented events, each told by two outlets in two languages
(tests/fixtures/user13/<event>_<lang>_<lang>/), written independently: other order, quotes against
paraphrase, relative dates against each article's own publication date, units and number words written
differently. Each pair's gold file (tests/fixtures/user13/gold/<pair>.json) says which sentences agree,
which disagree and how (the planted discrepancies), and what only one side says.

What a fact-checker needs from each pair: no warning or error on facts both articles agree on, and each
planted discrepancy reported as a warning or error of its type. Discrepancies the tool cannot find yet
are `xfail` with the reason (docs/discrepancies.md; BENCHMARKS.md, "Own-written pairs (user13)")."""

import pytest

from .own_pairs import OwnPairs, severities

PAIRS = OwnPairs("user13")

# Planted discrepancies the tool misses today, by (pair, the left side's gold words), with why.
NOT_FOUND_YET = {
    ("avalanche_de_fr", "Zwei von ihnen kamen ums Leben"):
        "the pair is aligned as a translation; 'Un des skieurs est décédé' is linked by position to another sentence",
    ("avalanche_de_fr", "Die Opfer stammen aus Deutschland"):
        "a country by its name ('Deutschland') against a demonym ('belges') is not compared; only two demonyms are",
    ("fire_fr_es", "s'est déclaré vendredi"):
        "the pair is aligned as a translation; the sentence of 'vendredi' is left unmatched",
    ("fire_fr_es", "a été provoqué par une ligne électrique"):
        "the pair is aligned as a translation; the hedged Spanish sentence is left unmatched",
    ("plant_en_de", "Chief executive Martina Vogel"):
        "a title before a name outside an attribution ('Finanzchefin Martina Vogel begründete') is not compared",
    ("strike_nl_fr", "zei een woordvoerder van de NMBS"):
        "two described speakers are compared only between separately written articles, and the pair is aligned "
        "as a translation",
    ("tram_en_nl", "11 new stops"):
        "'stops' is no known role and 'includes' marks 11 as part of a count: compared at confidence 0.35 (info)",
}


def test_every_pair_has_its_gold_and_two_articles():
    assert len(PAIRS.pairs) == 8
    for pair in PAIRS.pairs:
        langs = {PAIRS.gold(pair)["left"], PAIRS.gold(pair)["right"]}
        assert {doc.lang for doc in PAIRS.story(pair).documents} == langs
        assert 2 <= sum(1 for fact in PAIRS.gold(pair)["facts"] if fact["status"] == "disagree") <= 3


# False alarms the tool still raises, by pair, with why.
FALSE_ALARM_YET = {
    "fire_fr_es": "'en el sur de Francia' / 'dans les Bouches-du-Rhône': a country against a department is read as "
                  "another name (no data says which places lie in which country)",
}


@pytest.mark.parametrize("pair", PAIRS.pair_cases(FALSE_ALARM_YET))
def test_no_warning_or_error_outside_the_planted_discrepancies(pair):
    PAIRS.assert_no_false_alarm(pair)


# Claims that state what only their article says and are still shown agreeing with a claim of the
# other article, by (pair, the gold words), with why.
SHOWN_AGREEING_YET = {
    ("fire_fr_es", "reste fermée"):
        "the two last sentences are a bead of the translation path, sharing one small count ('deux' / 'dos')",
    ("fire_fr_es", "España envió dos hidroaviones"):
        "the two last sentences are a bead of the translation path, sharing one small count ('deux' / 'dos')",
    ("tram_en_nl", "Hart voor Den Haag"):
        "a fact link by the name 'Hague' alone, the story's city, not seen as such: the Dutch lead's 'Den Haag' "
        "is translated 'the Haag', so only the English first sentence names it",
}


@pytest.mark.parametrize("pair, lang, words", list(PAIRS.one_side_cases(SHOWN_AGREEING_YET)))
def test_what_only_one_article_states_is_not_shown_as_an_agreement(pair, lang, words):
    """A link by position alone ("Der dritte wurde … nach Visp geflogen" / "Un des skieurs est décédé")
    is no agreement."""
    PAIRS.assert_not_shown_agreeing(pair, lang, words)


@pytest.mark.parametrize("pair, data, fact", list(PAIRS.planted_cases(NOT_FOUND_YET)))
def test_planted_discrepancy_is_reported_with_its_type(pair, data, fact):
    PAIRS.assert_planted_found(pair, data, fact)


# ----------------------------------------------------------------------------- rules added for these pairs


@pytest.mark.parametrize("text, lang, negated", [
    # a word of "never" between a superlative and its participle is "ever" (the highest ever recorded)
    ("Ieri la marea ha raggiunto la quarta quota più alta mai registrata in città.", "it", False),
    ("È il ponte più lungo mai costruito nella regione.", "it", False),
    ("Fue la cifra más alta jamás registrada en el puerto.", "es", False),
    ("Es el peor incendio nunca visto en la comarca.", "es", False),
    # ... but a negation of its own still negates, and "mai" without a superlative is "never"
    ("Il più giovane non ha mai vinto una gara.", "it", True),
    ("Il sindaco non è più mai tornato in municipio.", "it", True),
    ("Mai vista una folla simile in piazza.", "it", True),
    ("El alcalde nunca visitó el puerto.", "es", True),
])
def test_never_words_between_a_superlative_and_its_participle_mean_ever(text, lang, negated):
    from factcheck.claims import facets

    assert facets.negated(text, lang) is negated


@pytest.mark.parametrize("left, left_lang, right, right_lang, expected", [
    # one body's acronym in two languages (they share most letters) is one speaker
    ("Un bus sur deux circulera demain, a annoncé la STIB.", "fr", "Morgen rijdt één bus op twee, meldt de MIVB.", "nl", set()),
    ("La alianza enviará dos buques, según la OTAN.", "es", "The alliance will send two ships, NATO said.", "en", set()),
    # two bodies whose acronyms share a single letter remain two speakers
    ("Le suspect a été arrêté lundi, selon le FBI.", "fr", "The suspect was arrested on Monday, the CIA said.", "en", {"warning"}),
    # acronyms of two letters, or of unequal length, share letters too easily to be read as one body
    ("Le budget sera voté en juin, selon le PS.", "fr", "The budget will be voted on in June, the SP said.", "en", {"warning"}),
    ("La grève continuera mardi, selon la CGT.", "fr", "The strike will go on until Tuesday, the CFDT said.", "en", {"warning"}),
    # a short speaker's name is not "named" inside another word of the other sentence ("PP" in "approve")
    ("El Gobierno aprobará el plan en mayo, según el PP.", "es", "The government will approve the plan in May, the PSOE said.", "en", {"warning"}),
])
def test_acronyms_of_one_body_in_two_languages_are_one_speaker(left, left_lang, right, right_lang, expected):
    assert severities("attribution_mismatch", left, left_lang, right, right_lang) == expected
