"""Fact-level alignment of separately written articles (factcheck/align_facts.py).

The fixture (tests/fixtures/comparable) is two short made-up reports of one bus crash, German and
English, with the facts in another order and grouping: the German lead gives the dead, the
children among them and the day ("gestern", published on Wednesday); the English article gives
the children in a sentence of their own and the dead with the time and the day ("on Tuesday",
published on Thursday)."""

from dataclasses import replace
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")  # the `fast` extra

from factcheck.align_facts import FactConfig, fact_links, looks_comparable
from factcheck.ingest import ingest
from factcheck.model import Claim, TimeExpr
from factcheck.pipeline import Options, compare_documents

FIXTURE = Path(__file__).parent / "fixtures" / "comparable"


@pytest.fixture(scope="module")
def story():
    return compare_documents(ingest([str(FIXTURE)]).documents, Options(use_cache=False))


def claim_id(story, doc: str, fragment: str) -> str:
    return next(c.id for c in story.claims if c.doc == doc and fragment in c.text)


def pair_of(story, left: str, right: str):
    return next((p for p in story.pairs if {p.left, p.right} == {left, right}), None)


def test_separately_written_articles_are_linked_by_facts_not_by_path(story):
    assert story.pairs and {p.evidence["method"] for p in story.pairs} == {"facts"}


def test_one_claim_links_to_two_claims_each_for_its_own_anchor(story):
    lead = claim_id(story, "de", "28 Menschen")
    dead = pair_of(story, lead, claim_id(story, "en", "killing 28 people"))
    children = pair_of(story, lead, claim_id(story, "en", "Twenty-two"))
    assert dead is not None and children is not None
    assert "number:28 people" in dead.evidence["anchors"] and "number:22" in children.evidence["anchors"]
    assert "number:28 people" not in children.evidence["anchors"]


def test_relative_days_resolve_against_each_articles_own_date(story):
    # "gestern" on Wednesday and "on Tuesday" written on Thursday are the same day.
    lead = claim_id(story, "de", "gestern")
    pair = pair_of(story, lead, claim_id(story, "en", "on Tuesday"))
    assert any(a.startswith("date:") for a in pair.evidence["anchors"])
    assert not any(f.type == "time_mismatch" for f in story.findings)


def test_links_may_cross_in_order(story):
    # The German third paragraph (the prosecutor) is the English first.
    prosecutor = pair_of(story, claim_id(story, "de", "Oberholzer"), claim_id(story, "en", "Oberholzer"))
    assert prosecutor is not None and "name:Oberholzer" in prosecutor.evidence["anchors"]


def test_facts_only_one_article_states_stay_unmatched(story):
    assert claim_id(story, "de", "drei Monate") in story.unmatched
    assert claim_id(story, "en", "weather") in story.unmatched


def test_every_link_has_a_score_and_its_anchors(story):
    for pair in story.pairs:
        assert 0.0 < pair.score <= 1.0 and pair.score >= pair.evidence["text"]
        assert isinstance(pair.evidence["anchors"], list)


def test_a_loose_fact_link_reports_differences_as_info_only(story):
    # The clock times anchor the crash sentence to "at about 9 p.m.", but wording barely overlaps:
    # a difference found there is a note, never a conflict.
    loose = [f for f in story.findings if f.left and f.right and "only; the claims may state different things)" in f.message]
    assert loose and all(f.severity == "info" for f in loose)
    assert not [f for f in story.findings if f.severity in ("warning", "error")]


def test_a_translation_is_not_taken_for_comparable_text():
    # Most claims in a confident mutual-best match: parallel.
    text = np.eye(6) * 0.5
    assert not looks_comparable(text)
    sparse = np.zeros((6, 6))
    sparse[0, 3] = 0.5
    assert looks_comparable(sparse)


def test_a_common_anchor_links_each_claim_only_to_its_best_partner_in_the_block(story):
    # Hand-made similarity: every claim names "Lindenau"; only the most similar partners link.
    # Without their figures, so that no role of a figure links them all.
    left = [replace(c, numbers=[]) for c in story.claims if c.doc == "de"][:1] * 3
    right = [replace(c, numbers=[]) for c in story.claims if c.doc == "en"][2:3] * 3
    text = np.full((3, 3), 0.06)
    text[0, 0] = text[1, 1] = text[2, 2] = 0.3
    links = fact_links(left, right, text, config=FactConfig(small_block=1))
    assert {(link.left, link.right) for link in links} == {(0, 0), (1, 1), (2, 2)}


def _dated(doc: str, text: str, value: str, granularity: str, relative: bool) -> Claim:
    time = TimeExpr(text=text, start=0, end=len(text), value=value, granularity=granularity, relative=relative)
    return Claim(id=f"{doc}:1", doc=doc, lang="en", text=text, start=0, end=len(text), sentence=0, paragraph=0,
                 sentence_text=text, times=[time], translation=text)


@pytest.mark.parametrize("period, relative, linked", [("2013", False, True), ("2013", True, False)])
def test_a_day_anchors_to_a_written_out_year_not_to_one_read_from_the_publication_date(period, relative, linked):
    # "sentenced in December 2013" / "in 2013" share the year; "at year's end" (resolved from the
    # publication date) holds every date of the story and anchors nothing.
    left = [_dated("a", "in December 2013", "2013-12-19", "day", False)]
    right = [_dated("b", "in 2013", period, "year", relative)]
    links = fact_links(left, right, np.array([[0.06]]))
    assert bool(links) is linked
    assert not linked or links[0].anchors == ("date:2013-12-19",)


def test_different_counts_of_one_role_are_linked_for_compare_to_weigh():
    # Two tolls that differ share no figure, but both count the dead: one fact, stated differently.
    from datetime import date

    from factcheck.model import Document

    docs = [Document(id="it", path="it.md", lang="it", published=date(2031, 5, 7),
                     text="Il terremoto ha fatto 250 morti nella notte.\n\nLe scuole resteranno chiuse fino a lunedì."),
            Document(id="en", path="en.md", lang="en", published=date(2031, 5, 7),
                     text="The weather was mild in the valley.\n\nAt least 247 people were killed by the earthquake.")]
    story = compare_documents(docs, Options(use_cache=False))
    toll = pair_of(story, claim_id(story, "it", "250 morti"), claim_id(story, "en", "247"))
    assert toll is not None and "role:dead" in toll.evidence["anchors"]
    assert not any(a.startswith("number:") for a in toll.evidence["anchors"])


def _counted(doc: str, lang: str, text: str) -> Claim:
    from factcheck.claims.numbers import extract_numbers

    return Claim(id=f"{doc}:1", doc=doc, lang=lang, text=text, start=0, end=len(text), sentence=0, paragraph=0,
                 sentence_text=text, numbers=extract_numbers(text, lang), translation=text)


@pytest.mark.parametrize("left, right, linked", [
    # two tolls that differ, worded apart: the role "dead" is the fact both state
    (("fr", "Ces deux attentats ont fait 14 morts à Zaventem."), ("en", "The minister stated that 11 people died."), True),
    # what happened to the group counted is its role: occupants injured / injured
    (("nl", "Zeker zeven andere inzittenden gewond."), ("de", "Fünf Menschen wurden verletzt."), True),
    # two different roles share no fact
    (("fr", "Ces deux attentats ont fait 14 morts à Zaventem."), ("en", "The police arrested 11 people."), False),
])
def test_figures_of_one_specific_role_are_linked_whatever_their_wording(left, right, linked):
    claims = [_counted("a", *left)], [_counted("b", *right)]
    links = fact_links(*claims, np.zeros((1, 1)))
    assert bool(links) is linked
    assert not links or any(a.startswith("role:") for a in links[0].anchors)


@pytest.mark.parametrize("left, right, linked", [
    # a count and a measure with one figure are two facts: the dead and a speed, children and a distance
    (("fr", "Le bilan s'établit à 60 morts."), ("it", "Il camion andava a 60 km orari."), False),
    (("es", "El tren volcó a cuatro kilómetros de la ciudad."), ("en", "The injured include four children."), False),
    # one distance in two languages' words, and one count with or without its noun
    (("fr", "Le camion a roulé sur 3 kilomètres."), ("it", "una corsa lunga ben tre chilometri"), True),
    (("fr", "Au moins 60 personnes sont mortes."), ("it", "Il bilancio è di 60 vittime."), True),
])
def test_a_figure_anchors_only_a_figure_of_the_same_kind(left, right, linked):
    links = fact_links([_counted("a", *left)], [_counted("b", *right)], np.full((1, 1), 0.1))
    assert any(a.startswith("number:") for link in links for a in link.anchors) is linked


def test_a_nationality_in_lower_case_anchors_by_its_english_pivot():
    # "españoles" is lower case in Spanish; the pivot translation capitalises it as English does.
    spanish = replace(_counted("a", "es", "Entre las víctimas habrían al menos 45 españoles."),
                      translation="between the victims at least 45 Spanish")
    english = _counted("b", "en", "and 42 passengers were of Spanish nationality")
    some_words = np.full((1, 1), 0.1)
    links = fact_links([spanish], [english], some_words)
    assert links and "name:Spanish" in links[0].anchors
    untranslated = replace(spanish, translation=None)
    assert all("name:Spanish" not in link.anchors for link in fact_links([untranslated], [english], some_words))


def _attributed(claim: Claim, source: str, sentence: str) -> Claim:
    """`claim` as the rest of `sentence` once who said it is set aside from it."""
    from factcheck.model import Attribution

    said = sentence.replace(claim.text, "").strip(" ,")
    return replace(claim, sentence_text=sentence, attribution=Attribution(source, None, said))


def test_the_description_of_who_said_it_anchors_like_the_claims_own_names():
    # "According to the French President," is set aside from the English claim; the Spanish outlet
    # writes the source into its claim ("autoridades francesas"): the nationality is their one anchor.
    spanish = replace(_counted("a", "es", "Las autoridades francesas han confirmado que no hay supervivientes."),
                      translation="The French authorities have confirmed that there are no survivors.")
    bare = _counted("b", "en", "François Hollande, it is very likely that there will not be any survivors.")
    english = _attributed(bare, "the French President", "According to the French President, " + bare.text)
    some_words = np.full((1, 1), 0.1)
    links = fact_links([spanish], [english], some_words)
    assert links and "name:French" in links[0].anchors
    assert not fact_links([spanish], [bare], some_words)


def test_a_lower_case_nationality_in_who_said_it_anchors_by_its_english_sense():
    # "selon le ministre belge": the dictionary's sense of "belge" is the capitalised "Belgian"
    bare = _counted("a", "fr", "le bus transportait des enfants de deux écoles")
    french = _attributed(bare, "le ministre belge", bare.text + ", selon le ministre belge des Affaires étrangères")
    english = _counted("b", "en", "The Belgian children were returning from a school trip.")
    links = fact_links([french], [english], np.full((1, 1), 0.1))
    assert links and "name:Belgian" in links[0].anchors


def test_the_name_of_a_speaker_credited_by_name_adds_no_anchor_from_who_said_it():
    # The surname is a name of the claim already (its entities); a speaker quoted in several claims
    # would link them all through the first name too.
    bare = _counted("a", "en", "the company will never support back doors")
    english = _attributed(bare, "Marty Beard", bare.text + ", said Marty Beard, chief operating officer at BlackBerry")
    from factcheck.align_facts import claim_fact_anchors

    names = {a.key for a in claim_fact_anchors(english, FactConfig()) if a.kind == "name"}
    assert "BlackBerry" in names and "Marty" not in names and "Beard" not in names


def test_a_role_links_every_pair_of_a_small_block_but_only_best_partners_of_a_large_one():
    # A news article names its dead a few times: every such claim links to every one on the other side.
    # An article that states a role hundreds of times must not cost the square of that (issue 17).
    from factcheck.align_facts import _block_links

    def links(size: int) -> set[tuple[int, int]]:
        rng = np.random.default_rng(size)
        text = rng.uniform(0.2, 0.9, (size, size))
        return _block_links(list(range(size)), list(range(size)), 0.5, text, FactConfig(role_block_pairs=100), role=True)

    assert len(links(10)) == 100  # 10 x 10 pairs, within the cap: all of them
    large = links(40)  # 1,600 pairs, past the cap: best partners only (mutual, as the role is everywhere)
    assert 0 < len(large) <= 2 * 40


def _article(doc: str, lang: str, sentences: list[str]) -> list[Claim]:
    """One claim a sentence, at its place in the article (a lead is the first figure in text order)."""
    from factcheck.claims.numbers import extract_numbers

    claims, start = [], 0
    for index, text in enumerate(sentences):
        numbers = [replace(q, start=q.start + start, end=q.end + start) for q in extract_numbers(text, lang)]
        claims.append(Claim(id=f"{doc}:{index}", doc=doc, lang=lang, text=text, start=start, end=start + len(text),
                            sentence=index, paragraph=0, sentence_text=text, numbers=numbers, translation=text))
        start += len(text) + 1
    return claims


def _lead_links(left: list[Claim], right: list[Claim]) -> set[tuple[int, int]]:
    return {(link.left, link.right) for link in fact_links(left, right, np.zeros((len(left), len(right))))
            if "lead:dead" in link.anchors}


def test_the_figures_each_article_leads_with_for_a_role_are_paired_in_order():
    italian = _article("it", "it", ["Il terremoto ha fatto 250 morti e 365 feriti.",
                                    "Nel 2009 il terremoto dell'Aquila fece 309 morti.",
                                    "Sale a 250 morti il bilancio ufficiale."])
    english = _article("en", "en", ["At least 247 people were killed in the quake.",
                                    "The death toll rose to 247 on Thursday."])
    # lead with lead, the next mention with the next; the 2009 toll (a later figure) leads nothing
    assert _lead_links(italian, english) == {(0, 0), (2, 1)}
    # stated once on one side: that statement answers every repeat of the other
    assert _lead_links(italian[:2], english) == {(0, 0), (0, 1)}


def test_lead_figures_far_apart_are_two_counts_not_one():
    # 14 dead at the airport (the French article's first toll) is not the 34 dead in all.
    french = _article("fr", "fr", ["Les pompiers ont évoqué 14 morts à l'aéroport.", "Le bilan est de 34 morts."])
    english = _article("en", "en", ["Explosions in Brussels killed 34 people on Tuesday."])
    assert _lead_links(french, english) == set()
    assert _lead_links(french[1:], english) == {(0, 0)}


def test_a_group_with_an_outcome_leads_only_the_outcome():
    # the passengers who died are not the count of passengers: 218 on board leads for passengers
    spanish = _article("es", "es", ["En el tren murieron 78 pasajeros.", "Iban a bordo 218 pasajeros."])
    english = _article("en", "en", ["The train had 247 passengers."])
    links = {(link.left, link.right) for link in fact_links(spanish, english, np.zeros((2, 1))) if "lead:passengers" in link.anchors}
    assert links == {(1, 0)}


def test_a_vague_figure_beside_the_precise_one_does_not_stop_a_claim_leading():
    # "Decenas" (dozens) leads nothing; the 78 in brackets is the claim's one figure of the dead
    spanish = _article("es", "es", ["Decenas de pasajeros (78, según el último conteo) murieron anoche."])
    english = _article("en", "en", ["The train derailed, killing at least 80 people."])
    assert _lead_links(spanish, english) == {(0, 0)}
    two_figures = _article("es", "es", ["Murieron 78 pasajeros y otros 12 pasajeros murieron después."])
    assert _lead_links(two_figures, english) == set()


@pytest.mark.parametrize("english_source, credited", [
    ("Marty Beard", True),  # the speaker, named on both sides
    ("The Beard family", False),  # a description that names the word is no named speaker
])
def test_a_speaker_named_on_both_sides_is_a_speaker_anchor(english_source, credited):
    from factcheck.model import Attribution

    french = replace(_counted("a", "fr", "C'est un compromis que nous ne sommes pas prêts à accepter, a indiqué Marty Beard."),
                     attribution=Attribution("Marty Beard", "directrice générale de BlackBerry"))
    english = replace(_counted("b", "en", f"{english_source} said Pakistan's demand was not a question of public safety."),
                      attribution=Attribution(english_source, "chief operating officer at BlackBerry"))
    links = fact_links([french], [english], np.full((1, 1), 0.1))
    assert links and "name:Beard" in links[0].anchors
    assert ("speaker:Beard" in links[0].anchors) is credited


def test_times_of_day_anchor_only_to_their_nearest_counterpart():
    # 09.55 is the other article's 10.01 (take-off told twice), not its 9.35 (the schedule).
    spanish = _article("a", "es", ["El vuelo había despegado a las 09.55 de Barcelona."])
    english = _article("b", "en", ["The departure was scheduled at 9.35am.", "But it left the airport at 10.01am."])
    anchored = {(link.left, link.right) for link in fact_links(spanish, english, np.full((1, 2), 0.1))
                if any(a.startswith("clock:") for a in link.anchors)}
    assert anchored == {(0, 1)}


@pytest.mark.parametrize("follows, negated, linked", [
    ("Il bilancio non è ufficiale.", True, True),  # a denial with no anchor of its own: about its neighbour's fact
    ("Il bilancio è provvisorio.", False, False),  # a plain statement without anchors may be anything
    ("Il bilancio non comprende i 12 feriti.", True, False),  # its own figure: a fact of its own
])
def test_a_hedge_without_anchors_inherits_the_partners_of_the_claim_it_continues(follows, negated, linked):
    italian = _article("it", "it", ["Alcune fonti parlano di 23 morti.", follows])
    italian[1] = replace(italian[1], negated=negated)
    english = _article("en", "en", ["The weather was mild.", "The bombs killed at least 31 people."])
    links = fact_links(italian, english, np.zeros((2, 2)))
    assert (0, 1) in {(link.left, link.right) for link in links}  # the toll, by its role and lead
    inherited = [link for link in links if link.left == 1]
    assert bool(inherited) is linked
    assert all(link.right == 1 and "context:lead:dead" in link.anchors for link in inherited)


def test_a_hedge_after_a_claim_with_no_link_inherits_nothing():
    # "Une bombe a été retrouvée, mais elle n'a pas explosé": the denial is about the bomb, a fact the
    # other article does not state, not about the linked toll of the sentence before.
    french = _article("fr", "fr", ["Les explosions ont fait 34 morts.", "Une bombe a été retrouvée,", "mais elle n'a pas explosé."])
    french[2] = replace(french[2], negated=True, sentence=1)  # the second clause of the bomb's sentence
    english = _article("en", "en", ["The attacks killed 34 people."])
    assert {link.left for link in fact_links(french, english, np.zeros((3, 1)))} == {0}


@pytest.mark.parametrize("hedge, anchored, linked", [
    ("Une kalashnikov et une ceinture d'explosifs auraient aussi été retrouvées.", False, True),
    ("Des témoins auraient entendu des cris.", False, False),  # no word the other article states
    ("Deux kalashnikovs auraient aussi été retrouvées.", True, False),  # its own figure: a fact of its own
])
def test_an_unlinked_hedge_links_to_a_claim_that_states_the_word_it_bears_on(hedge, anchored, linked):
    french = _article("fr", "fr", ["Une troisième bombe n'a pas été activée.", hedge])
    french[1] = replace(french[1], modality="conditional")
    english = _article("en", "en", ["The whole metro system is now on lockdown.", "An AK-47 was found in the airport departure hall."])
    # the lockdown is the hedge's best-worded claim, but it does not state what the hedge leaves unsure
    text = np.array([[0.0, 0.0], [0.2, 0.13]])
    links = [link for link in fact_links(french, english, text) if link.left == 1]
    assert bool(claim_anchors := [a for link in links for a in link.anchors]) is linked
    if linked:
        assert [(link.left, link.right) for link in links] == [(1, 1)] and claim_anchors == ["hedged:retrouvées"]
    assert anchored == bool(french[1].numbers)


def test_an_unlinked_hedge_needs_some_wording_in_common_with_its_partner():
    french = _article("fr", "fr", ["Une kalashnikov aurait été retrouvée."])
    french[0] = replace(french[0], modality="conditional")
    english = _article("en", "en", ["An AK-47 was found in the airport departure hall."])
    assert fact_links(french, english, np.array([[0.05]])) == []
    assert [link.anchors for link in fact_links(french, english, np.array([[0.12]]))] == [("hedged:retrouvée",)]


def _roles_labels(french_injured_at_airport: str) -> dict[tuple[int, int], str]:
    french = _article("fr", "fr", ["Les pompiers ont évoqué 14 morts à Zaventem.",
                                   f"La ministre avait parlé de {french_injured_at_airport} blessés à l'aéroport.",
                                   "Selon le maire, le bilan ferait état d'une vingtaine de morts dans le métro et de 106 blessés."])
    english = _article("en", "en", ["The minister stated that 11 people died, and 81 were injured, at the airport.",
                                    "The transport authority has stated that 15 people were killed, and 55 wounded, in this blast."])
    return {(link.left, link.right): label for link in fact_links(french, english, np.full((3, 2), 0.1))
            for label in link.anchors if label.startswith("roles:")}


def test_the_one_passage_of_each_article_with_the_same_roles_labels_its_role_links():
    # The airport's sentence on the English side is tied to the French 81 injured: it answers the two
    # French sentences that split its dead and injured (the 14 at Zaventem is its count of dead), and
    # the metro's toll (dead and injured in one sentence on each side) can only be the English blast's.
    assert _roles_labels("81") == {(0, 0): "roles:dead+injured", (1, 0): "roles:dead+injured", (2, 1): "roles:dead+injured"}
    # Without the shared figure each French passage has two English counterparts: no label.
    assert _roles_labels("80") == {}


def _translated(doc: str, lang: str, sentences: list[tuple[str, str]]) -> list[Claim]:
    """An article of one claim a sentence, each with its English pivot translation."""
    return [replace(claim, translation=translation)
            for claim, (_text, translation) in zip(_article(doc, lang, [text for text, _ in sentences]), sentences)]


def _word_links(left: list[Claim], right: list[Claim], text: np.ndarray) -> dict[tuple[int, int], tuple[str, ...]]:
    from factcheck.align import AlignConfig, claim_bag
    from factcheck.align_facts import rare_shared_words

    bags_l, bags_r = [claim_bag(c, AlignConfig()) for c in left], [claim_bag(c, AlignConfig()) for c in right]
    links = fact_links(left, right, text, rare_words=rare_shared_words(bags_l, bags_r))
    return {(link.left, link.right): link.anchors for link in links}


GERMAN_CAUSE = [("Die Unfallursache ist weiter unklar.", "the accident cause is on unclear"),
                ("Der Bus fuhr nachts durch die Berge.", "the bus drove at night through the mountains")]
FRENCH_CAUSE = [("Les causes de l'accident ne sont pas encore connues.", "the causes of the accident are not yet known"),
                ("Le car ramenait des écoliers.", "the coach brought back pupils")]
ITALIAN_THREAT = [("Per la regione è stato dichiarato il massimo livello di minaccia.", "for the region was declared the top threat level"),
                  ("La polizia ha chiuso la stazione.", "the police closed the station")]
ENGLISH_THREAT = [("The local terror threat level was set to a maximum.", "The local terror threat level was set to a maximum."),
                  ("Trains stopped running for the day.", "Trains stopped running for the day.")]


@pytest.mark.parametrize("left, right, words", [
    (("de", GERMAN_CAUSE), ("fr", FRENCH_CAUSE), ("word:accident", "word:cause")),
    (("it", ITALIAN_THREAT), ("en", ENGLISH_THREAT), ("word:level", "word:threat")),
])
def test_words_only_two_claims_use_link_them_when_each_is_the_others_best_match(left, right, words):
    # No name, figure or date is shared: the words each outlet writes once name the fact.
    left, right = _translated("l", *left), _translated("r", *right)
    best_match = np.array([[0.12, 0.02], [0.03, 0.05]])
    assert _word_links(left, right, best_match).get((0, 0)) == words
    from factcheck.align_small import Grid  # short articles are aligned without numpy: the same links

    assert _word_links(left, right, Grid(best_match.tolist(), 2)) == _word_links(left, right, best_match)
    # the right claim is more like another claim: one rare word may be shared by chance
    another_is_closer = np.array([[0.12, 0.02], [0.15, 0.05]])
    assert (0, 0) not in _word_links(left, right, another_is_closer)


def test_a_word_two_claims_of_one_article_use_is_not_rare():
    left = _translated("l", "de", GERMAN_CAUSE)
    right = _translated("r", "fr", [*FRENCH_CAUSE[:1], ("Sur les causes, le procureur reste prudent.",
                                                        "on the causes the public prosecutor stays careful")])
    links = _word_links(left, right, np.array([[0.12, 0.02], [0.03, 0.05]]))
    assert links.get((0, 0)) == ("word:accident",)
