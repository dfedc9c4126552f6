"""Values of separately written articles compared where the fact link alone would leave a note
(planted15; docs/discrepancies.md, "Loose fact links"): the one value of a kind that each article
states and the other does not (`align_facts.leftover_values`), a time of day, a minute or a figure of one
unit whose claims have no other sure partner stating one in the pair's own two articles (a third article's
claim is its own reading, grades19), and the Italian minute mark."""

from datetime import date

import pytest

from factcheck.align_facts import leftover_values
from factcheck.claims.roles import quantity_role
from factcheck.compare import compare_pairs
from factcheck.model import Claim, Document, Pair

from .test_compare import claim, claim_beside

DAY = date(2031, 4, 8)


def _claims(doc: str, lang: str, sentences: list[str]) -> list[Claim]:
    """The claims of an invented article, one sentence each at least."""
    from factcheck.claims import extract_claims
    from factcheck.segment import segment

    document = Document(id=doc, path=f"<{doc}>", lang=lang, text=" ".join(sentences), published=DAY)
    claims = extract_claims(document, segment(document).sentences)
    for item in claims:
        item.translation = item.text
    return claims


def _texts(claims: list[Claim], found) -> list[tuple[str, str, str]]:
    return [(claims[0][i].text, claims[1][j].text, kind) for i, j, kind in found]


# Two invented reports of one court case: each gives the fine once, in another place of the article.
FINE_EN = ["A court in Valmont convicted the mining firm Orvex of polluting the river.",
           "The judge said the pollution had lasted for years.",
           "Orvex was fined 240,000 euros.",
           "The firm's lawyer said it would appeal."]
FINE_FR = ["Orvex devra payer une amende de 260 000 euros.",
           "Le tribunal de Valmont a reconnu la société minière coupable d'avoir pollué la rivière.",
           "Son avocat a annoncé faire appel."]


def test_the_one_figure_of_a_unit_each_article_states_alone_is_linked():
    left, right = _claims("en", "en", FINE_EN), _claims("fr", "fr", FINE_FR)
    assert _texts((left, right), leftover_values(left, right)) == [
        ("Orvex was fined 240,000 euros.", "Orvex devra payer une amende de 260 000 euros.", "EUR")]


@pytest.mark.parametrize("extra_sentence", [
    "The firm had already paid 260,000 euros in damages in 2029.",  # the French figure is stated after all
    "Orvex made a profit of 3 million euros last year.",  # two figures in euros on one side: which is the fine?
])
def test_no_link_when_the_figure_is_stated_or_not_the_only_one(extra_sentence):
    left, right = _claims("en", "en", [*FINE_EN, extra_sentence]), _claims("fr", "fr", FINE_FR)
    assert leftover_values(left, right) == []


@pytest.mark.parametrize("left_sentence, right_sentence, expected", [
    # a written-out day, one each side
    ("The ban takes effect on 1 March 2032.", "Het verbod gaat in op 1 mei 2032.", ["date"]),
    # a day read from each article's own publication date is no such value, nor is a time of day or a share
    ("The ban was announced on Monday.", "Het verbod werd dinsdag aangekondigd.", []),
    ("The meeting started at 9.30 a.m.", "De vergadering begon om 10.30 uur.", []),
    ("The party won 28 percent of the vote.", "De partij haalde 31 procent van de stemmen.", []),
])
def test_which_values_are_linked_alone(left_sentence, right_sentence, expected):
    left = _claims("en", "en", ["The government decided on the fireworks ban.", left_sentence])
    right = _claims("nl", "nl", ["Het kabinet besloot tot een vuurwerkverbod.", right_sentence])
    assert [kind for _i, _j, kind in leftover_values(left, right)] == expected


def _facts_link(left: Claim, right: Claim, text: float, anchors: list[str], one_to_one: bool = False) -> Pair:
    return Pair(left.id, right.id, text, "agree", {"method": "facts", "text": text, "anchors": anchors, "one_to_one": one_to_one})


def _severities(pairs: list[Pair], claims: list[Claim], kind: str, left: Claim, right: Claim) -> set[str]:
    _, found = compare_pairs(pairs, {c.id: c for c in claims})
    return {f.severity for f in found if f.type == kind and {f.left, f.right} == {left.id, right.id}}


def test_a_link_made_for_the_values_alone_reports_them():
    left = claim("Orvex was fined 240,000 euros.", "en", "a")
    right = claim("Orvex devra payer une amende de 260 000 euros.", "fr", "b")
    leftover = _facts_link(left, right, 0.1, ["leftover:EUR"])
    assert _severities([leftover], [left, right], "number_mismatch", left, right) == {"warning"}
    # the same claims on a loose link by the name alone: a note
    by_name = _facts_link(left, right, 0.1, ["name:Orvex"])
    assert _severities([by_name], [left, right], "number_mismatch", left, right) == {"info"}


QUAKE = ("The magnitude 6.4 quake struck at 4:10 a.m.", "en", "a")
SISMO = ("El sismo, de magnitud 6,4, se produjo a las 6:10.", "es", "b")


@pytest.mark.parametrize("other_partner, expected", [
    ("Se registraron más de treinta réplicas en la región.", {"warning"}),  # the other partner states no time of day
    ("La primera réplica llegó a las 6:40 en la región.", {"info"}),  # ... which of the two is the quake's?
])
def test_a_time_of_day_is_compared_where_no_other_partner_states_one(other_partner, expected):
    left, right = claim(*QUAKE), claim(*SISMO)
    other = claim_beside(other_partner, "es", right, 1)  # the next sentence of the Spanish article
    pairs = [_facts_link(left, right, 0.3, ["number:6.4"]), _facts_link(left, other, 0.4, ["role:quakes"])]
    assert _severities(pairs, [left, right, other], "time_mismatch", left, right) == expected


@pytest.mark.parametrize("third_lang, third_text", [
    ("fr", "La première réplique a été ressentie à 6 h 40 dans la région."),
    ("de", "Das erste Nachbeben folgte um 6.40 Uhr."),
    ("it", "La prima scossa di assestamento è arrivata alle 6.40."),
    ("nl", "De eerste naschok volgde om 6.40 uur."),
])
def test_a_third_article_stating_a_time_of_day_does_not_compete(third_lang, third_text):
    """In a story of three, a partner in the third article is that article's reading, not a second
    candidate in the Spanish one: the English and Spanish times are still each other's only ones."""
    left, right, third = claim(*QUAKE), claim(*SISMO), claim(third_text, third_lang, "c")
    assert third.numbers or third.times
    pairs = [_facts_link(left, right, 0.3, ["number:6.4"]), _facts_link(left, third, 0.4, ["role:quakes"])]
    assert _severities(pairs, [left, right, third], "time_mismatch", left, right) == {"warning"}


def test_a_second_partner_in_the_pairs_own_article_still_competes_in_a_story_of_three():
    left, right = claim(*QUAKE), claim(*SISMO)
    same_article = claim_beside("La primera réplica llegó a las 6:40 en la región.", "es", right, 1)
    third = claim("Das erste Nachbeben folgte um 6.40 Uhr.", "de", "c")
    pairs = [_facts_link(left, right, 0.3, ["number:6.4"]), _facts_link(left, same_article, 0.4, ["role:quakes"]),
             _facts_link(left, third, 0.4, ["role:quakes"])]
    assert _severities(pairs, [left, right, same_article, third], "time_mismatch", left, right) == {"info"}


def test_a_weak_partner_does_not_take_the_time_of_day():
    """A link the aligner is unsure of (a role alone, confidence below 0.5) is no partner that states it."""
    left, right, other = claim(*QUAKE), claim(*SISMO), claim("La primera réplica llegó a las 6:40 en la región.", "es", "c")
    pairs = [_facts_link(left, right, 0.3, ["number:6.4"]), _facts_link(left, other, 0.05, ["role:quakes"])]
    assert _severities(pairs, [left, right, other], "time_mismatch", left, right) == {"warning"}


def test_the_italian_minute_mark_says_what_an_ordinal_counts():
    (minute,) = claim("All'84' il difensore ha segnato di testa.", "it", "a").numbers
    assert minute.ordinal and quantity_role(minute, claim("All'84' il difensore ha segnato di testa.", "it", "a")).concept == "minutes"


@pytest.mark.parametrize("label, words", [
    ("leftover:EUR", "the one figure in EUR that each article states and the other does not"),
    ("leftover:date", "the one date written out to the day that each article states and the other does not"),
])
def test_a_link_for_values_alone_says_so_in_words(label, words):
    from factcheck.link_wording import readable_anchor

    assert readable_anchor(label) == words


# An invented warehouse fire told in German and Dutch; the French article states the German figure.
PAPER_DE = ("Bei dem Brand im Hafenlager verbrannten rund 120 Tonnen Papier.", "de", "a")
PAPER_NL = ("Bij de brand in de havenloods ging ongeveer 210 ton papier verloren.", "nl", "b")


@pytest.mark.parametrize("other_partner, in_pair_article, expected", [
    ("Quelque 120 tonnes de papier ont brûlé dans l'entrepôt.", False, {"warning"}),  # the third article's reading
    ("Later werd nog 30 ton karton geborgen.", True, {"info"}),  # a second Dutch figure in tonnes: which is the fire's?
])
def test_a_figure_of_one_unit_is_compared_unless_the_pairs_own_article_states_another(other_partner, in_pair_article, expected):
    left, right = claim(*PAPER_DE), claim(*PAPER_NL)
    other = claim_beside(other_partner, "nl", right, 1) if in_pair_article else claim(other_partner, "fr", "c")
    pairs = [_facts_link(left, right, 0.3, ["word:paper"]), _facts_link(left, other, 0.4, ["number:120 t"])]
    assert _severities(pairs, [left, right, other], "number_mismatch", left, right) == expected
