"""Issue 13: comparing separately written articles — roles, stated figures, statement times,
superseded values, confidence. The texts are written for these tests."""

import json
from datetime import date

import pytest

from factcheck.claims import extract_claims
from factcheck.claims.numbers import extract_numbers
from factcheck.model import Document
from factcheck.pipeline import Options, compare_documents
from factcheck.report.build import SCHEMA_VERSION
from factcheck.segment import segment

from .test_cli import invoke

DAY = date(2020, 3, 2)


def findings(left: tuple[str, str], right: tuple[str, str], kind: str):
    docs = [Document(id=lang, path=f"<{lang}>", lang=lang, text=text, published=DAY) for lang, text in (left, right)]
    story = compare_documents(docs, Options(use_cache=False))
    return [f for f in story.findings if f.type == kind], story


def serious(found):
    return [f for f in found if f.severity in ("warning", "error")]


# ----------------------------------------------------------------------------- roles


@pytest.mark.parametrize("left, right", [
    (("it", "Nel terremoto sono morte 250 persone e 365 sono rimaste ferite."),
     ("en", "The earthquake killed 250 people and left 365 injured.")),
    (("es", "El accidente dejó 78 heridos y 13 muertos."), ("en", "The crash left 78 injured and 13 dead.")),
])
def test_figures_of_different_roles_are_not_compared(left, right):
    found, _ = findings(left, right, "number_mismatch")
    assert not serious(found)


def test_same_role_with_other_figure_is_an_error_naming_the_role():
    found, _ = findings(("es", "El accidente dejó 78 heridos en la estación."), ("en", "The crash left 94 injured at the station."),
                        "number_mismatch")
    assert [f.severity for f in found] == ["error"]
    assert "78" in found[0].message and "94" in found[0].message and "injured" in found[0].message
    assert found[0].confidence >= 0.7


def test_aftershocks_are_not_compared_with_the_dead():
    found, _ = findings(("it", "Le scosse registrate finora sono 640, e i morti sono 250."),
                        ("en", "Some 460 aftershocks have rattled the region, and 250 people died."), "number_mismatch")
    assert not any("250" in f.message and "460" in f.message for f in found)


def test_a_figure_of_unknown_role_is_never_an_error():
    found, _ = findings(("de", "Sieben Schüler kamen aus den Niederlanden, sagte der Sender."),
                        ("fr", "Deux cars sont repartis vers la Belgique dans la soirée."), "number_mismatch")
    assert found and all(f.severity != "error" for f in found)


def roles_of(lang: str, text: str) -> dict[str, str | None]:
    from factcheck.claims.roles import quantity_role

    _, story = findings((lang, text), ("en", "Nothing else."), "number_mismatch")
    return {q.text: quantity_role(q, c).concept for c in story.claims if c.lang == lang for q in c.numbers}


@pytest.mark.parametrize("lang, text, expected", [
    # a count of people takes the role of the verb before it, not of the next clause
    ("en", "The attacks killed at least 31 people and injured more than 220.", {"at least 31 people": "dead", "more than 220": "injured"}),
    # ... and only a role of persons ("carriages" is no role of a count of people): people on board are passengers
    ("en", "The train, with 247 people on board, hit a wall as carriages jack-knifed.", {"247 people": "passengers"}),
    ("en", "The train, with 247 people, hit a wall as carriages jack-knifed.", {"247 people": "people"}),
    # a figure after a part-of-whole marker counts a subset; a marker after its role word lists its parts
    ("fr", "L'attaque a fait 32 blessés, dont dix blessés graves.", {"32": "injured", "dix": "part of injured"}),
    ("fr", "Le bilan s'établissait à 80 morts dont des enfants.", {"80": "dead"}),
    ("de", "Drei Menschen wurden getötet und fünf verletzt, drei von ihnen schwer.", {"Drei Menschen": "dead", "fünf": "injured", "drei": "part of a count"}),
    ("en", "At least 86 of the deaths occurred in Amatrice, and 40 % of the votes went to him.", {"At least 86": "part of dead", "40 %": "votes"}),
    # the counted thing as the subject of the figure's phrase
    ("it", "Le scosse registrate finora tra Lazio, Umbria e Marche sono 640.", {"640": "quakes"}),
    # a role word used as an adjective before a noun is not what the figure counts; an outcome is
    ("de", "Dort starben auch zwei Busfahrer und vier erwachsene Betreuer.", {"zwei": "dead", "vier": None}),
    ("en", "Six adult Britons were hurt.", {"Six": None}),
    ("de", "Drei verletzte Personen wurden ins Krankenhaus gebracht.", {"Drei": "injured"}),
    # a role window ends at a sentence end left inside a claim; another figure's noun is not a subject
    ("es", "El convoy, de 13 vagones, viajaba en un tramo limitado a 80. Iban a bordo 218 pasajeros.",
     {"13": "vehicles", "80": None, "218": "passengers"}),
])
def test_roles_of_figures(lang, text, expected):
    assert roles_of(lang, text) == expected


def test_counts_of_one_group_with_different_outcomes_are_not_compared():
    found, _ = findings(("de", "Dort starben außer den 22 Kindern auch ihre zwei Busfahrer."),
                        ("en", "Both drivers were killed and three children remain in critical condition."), "number_mismatch")
    assert not serious(found)


@pytest.mark.parametrize("group, serious_finding", [
    ("Bij de schietpartij raakten zeven inzittenden van de tram gewond.", True),  # a part larger than the whole
    ("Bij de schietpartij raakten drie inzittenden van de tram gewond.", False),  # a part of the injured
])
def test_a_group_with_an_outcome_is_compared_with_that_outcome_only_when_it_exceeds_it(group, serious_finding):
    found, _ = findings(("nl", group), ("de", "Bei den Schüssen wurden fünf Menschen verletzt."), "number_mismatch")
    assert bool(serious(found)) == serious_finding


def test_a_noun_right_after_a_figure_is_what_it_counts():
    # "zwei Busfahrer" counts bus drivers (who died), not the children named before them
    assert roles_of("de", "Dort starben außer den 22 Kindern auch ihre zwei Busfahrer.") == {"22": "children", "zwei": "dead"}


def test_adults_of_one_kind_are_not_all_the_adults():
    found, _ = findings(("de", "Dort starben auch zwei Busfahrer und vier erwachsene Betreuer."),
                        ("en", "All six adults on board perished."), "number_mismatch")
    assert not serious(found)


def test_an_aside_in_brackets_does_not_hide_what_happened_to_a_group():
    from factcheck.claims.roles import quantity_role

    _, story = findings(("es", "Decenas de pasajeros (78, según el último conteo oficial) murieron anoche en la curva."),
                        ("en", "Nothing else."), "number_mismatch")
    roles = {q.text: quantity_role(q, c) for c in story.claims if c.lang == "es" for q in c.numbers}
    assert {(r.concept, r.outcome) for r in roles.values()} == {("passengers", "dead")}


@pytest.mark.parametrize("other, method, serious_finding", [
    ("The train carried 218 passengers.", "facts", False),  # those who died are a part of those on board
    ("The train carried 218 passengers.", "path", True),  # a translation: an outcome read on one side only
    ("In the train 90 passengers died.", "facts", True),  # the same group with the same outcome
])
def test_a_group_with_an_outcome_is_a_part_of_the_group_between_separately_written_articles(other, method, serious_finding):
    from factcheck.compare.common import Siblings, graded
    from factcheck.compare.numbers import check_numbers
    from factcheck.model import Pair

    _, story = findings(("es", "En el tren murieron 78 pasajeros."), ("en", other), "number_mismatch")
    spanish, english = story.claims
    pair = Pair(spanish.id, english.id, 0.5, "agree", {"method": method, "text": 1.0, "one_to_one": True})
    assert bool(serious([graded(f, 0.95) for f in check_numbers(spanish, english, pair, Siblings())])) == serious_finding


@pytest.mark.parametrize("sibling, serious_finding", [
    ("Dans le métro, 130 blessés.", True),  # another count of the injured: the partner's 230 answers
    ("Plus de 130 blessés au total.", False),  # the figure stated the same way: the other half of the fact
])
def test_a_sibling_figure_hides_a_difference_only_when_it_states_the_same_figure(sibling, serious_finding):
    from factcheck.compare.common import Siblings, graded
    from factcheck.compare.numbers import check_numbers
    from factcheck.model import Pair

    _, story = findings(("nl", "Het aantal gewonden staat op meer dan 130."),
                        ("fr", f"{sibling} Au total, 230 personnes ont été blessées."), "number_mismatch")
    dutch, other, partner = story.claims
    pair = Pair(dutch.id, partner.id, 0.5, "agree", {"method": "facts", "text": 1.0, "one_to_one": True})
    found = [graded(f, 0.95) for f in check_numbers(dutch, partner, pair, Siblings(of_left=(other,)))]
    assert bool(serious(found)) == serious_finding


def test_a_part_is_not_compared_with_the_whole():
    found, _ = findings(("es", "El ataque dejó más de 20 heridos en la Rambla."), ("fr", "L'attaque a fait 32 blessés, dont dix blessés graves."),
                        "number_mismatch")
    assert not any("dix" in f.message for f in serious(found))


def test_a_lone_figure_of_unknown_role_is_a_hint_between_separately_written_articles():
    """One known role against an unknown one: a translation that changed the figure (parallel
    pair) warns; a fact link between two outlets' articles is no proof of one role."""
    from factcheck.compare.common import Siblings, graded
    from factcheck.compare.numbers import check_numbers
    from factcheck.model import Pair

    _, story = findings(("es", "El avión llevaba 150 personas."), ("en", "The flight had 4 cabin staff and a pilot."), "x")
    left, right = story.claims
    linked = {"parallel": {"method": "path", "one_to_one": True}, "separate": {"method": "facts", "text": 1.0}}
    severity = {kind: [graded(f, 0.95).severity for f in check_numbers(left, right, Pair(left.id, right.id, 0.5, "agree", evidence), Siblings())]
                for kind, evidence in linked.items()}
    assert severity == {"parallel": ["warning"], "separate": ["info"]}


@pytest.mark.parametrize("check, left, right", [
    ("check_entities", ("en", "The agreement was signed by Merkel in Berlin on Monday."),
     ("de", "Das Abkommen wurde am Montag von Macron in Berlin unterzeichnet.")),
    ("check_polarity", ("en", "The servers would no longer operate in the country from December."),
     ("fr", "Le gouvernement a annoncé son intention de contrôler les serveurs dans le pays à compter de décembre.")),
])
def test_other_names_and_negated_other_clauses_are_details_between_separately_written_articles(check, left, right):
    """On a translation (a path bead) a swapped name or a lost negation warns; two outlets name
    other actors and negate other clauses around one fact: a note."""
    from factcheck.compare import names, stance
    from factcheck.compare.common import Siblings, graded
    from factcheck.model import Pair

    _, story = findings(left, right, "x")
    a, b = story.claims
    checker = getattr(names, check, None) or getattr(stance, check)
    linked = {"parallel": {"method": "path", "one_to_one": True}, "separate": {"method": "facts", "text": 1.0, "one_to_one": True}}
    severity = {kind: [graded(f, 0.95).severity for f in checker(a, b, Pair(a.id, b.id, 0.5, "agree", evidence), Siblings())]
                for kind, evidence in linked.items()}
    assert severity == {"parallel": ["warning"], "separate": ["info"]}


def on_loose_fact_link(left, right, anchors: list[str], score: float = 0.2, text: float | None = None):
    """The findings on one fact link between two one-claim articles, with little wording in common
    (a loose link: `text`, by default a little below the score) and the given anchors."""
    from factcheck.compare import compare_pairs
    from factcheck.model import Pair

    _, story = findings(left, right, "x")
    a, b = story.claims
    link = Pair(a.id, b.id, score, "agree", {"method": "facts", "text": score - 0.1 if text is None else text, "anchors": anchors})
    return compare_pairs([link], {c.id: c for c in story.claims})[1]


@pytest.mark.parametrize("method, score, anchors, status", [
    ("facts", 0.2, ["name:Canadian"], "weak"),  # one name of the story's subject, little wording in common
    ("facts", 0.2, [], "weak"),  # a few words alone
    ("facts", 0.2, ["date:2015-11-30"], "partial"),  # one moment of the event: shown as agreement
    ("facts", 0.45, ["name:Canadian"], "partial"),  # well worded (text 0.35): not a loose link
    ("path", 0.2, [], "partial"),  # a bead of a translation's path, some wording in common
    ("path", 0.0, [], "weak"),  # ... two claims of a bead that share nothing at all: position only
    ("gap", 0.0, [], "weak"),  # placed between linked neighbours by length alone: position only
    ("gap", 0.2, [], "weak"),  # ... with a little wording in common (alignment confidence 0.4)
    ("gap", 0.4, [], "partial"),  # ... with enough wording to vouch for the link (confidence 0.7)
])
def test_a_loose_fact_link_the_aligner_is_unsure_of_is_weak_not_agreement(method, score, anchors, status):
    from factcheck.compare import compare_pairs
    from factcheck.model import Pair

    _, story = findings(("en", "The Canadian company said it enforces a blanket ban on backdoor access."),
                        ("nl", "De Canadese producent heeft maandag bekendgemaakt zich terug te trekken."), "x")
    a, b = story.claims
    link = Pair(a.id, b.id, score, "agree", {"method": method, "text": score - 0.1, "anchors": anchors})
    pairs, _ = compare_pairs([link], {c.id: c for c in story.claims})
    assert [p.status for p in pairs] == [status]


@pytest.mark.parametrize("anchors, severity", [
    (["role:injured", "lead:injured"], "warning"),  # the counts both articles lead with: told differently
    (["role:injured", "name:Maelbeek"], "info"),  # two counts of injured, perhaps one a part of the other
    (["role:injured"], "info"),  # two counts of injured, perhaps of two places
    # the claims that state the figures both articles lead with for another role: each article's
    # main statement of the event, so its count of injured is the event's count
    (["role:injured", "lead:dead"], "warning"),
    # the one sentence of each article that states dead and injured (align_facts `roles:`)
    (["role:injured", "roles:dead+injured"], "warning"),
    (["role:injured", "roles:dead+passengers"], "info"),  # ... when injured is not among them
])
def test_a_fact_link_anchored_on_a_role_compares_its_figures_when_both_lead(anchors, severity):
    found = on_loose_fact_link(("fr", "À la station Maelbeek, l'explosion a fait 106 blessés selon les pompiers."),
                               ("en", "The blast at the Maelbeek station in the morning left 55 wounded."), anchors)
    numbers = [f for f in found if f.type == "number_mismatch"]
    assert [f.severity for f in numbers] == [severity] and "106" in numbers[0].message and "55" in numbers[0].message


@pytest.mark.parametrize("left, right, severity", [
    # one time of day, one written-out month, one count of a known role on each side: one value told differently
    (("en", "The avalanche came down at around 2.30 p.m. at an altitude of 2,800 metres."),
     ("fr", "L'avalanche s'est déclenchée vers 15 h 30 à 2800 mètres d'altitude."), "warning"),
    (("en", "Work on the new bridge will start in April 2031."), ("nl", "De bouw van de nieuwe brug begint in juni 2031."), "warning"),
    (("en", "About 70 percent of the harbour was flooded."), ("it", "L'80% del porto è finito sott'acqua."), "info"),  # a share: of what?
    # weekdays are read from each article's own publication date: perhaps two days of one event
    (("en", "Work on the new bridge will start on Tuesday."), ("nl", "De bouw van de nieuwe brug begint woensdag."), "info"),
    # two figures of unknown, unlike roles: perhaps two counts
    (("en", "The fleet has 12 boats."), ("de", "Die Gemeinde hat 30 Häuser."), "info"),
])
def test_one_value_each_on_an_exclusive_fact_link_is_compared(left, right, severity):
    """A loose fact link whose two claims have no other partner and share some wording (0.25), each
    with one value of one kind: the values are compared as one fact's, a warning at most; with less
    wording in common (0.15) the link may join two facts: a note."""
    for text, expected in ((0.25, severity), (0.15, "info")):
        found = [f for f in on_loose_fact_link(left, right, [], score=0.3, text=text) if f.type in ("time_mismatch", "number_mismatch")]
        assert [f.severity for f in found] == [expected], text


def test_one_value_each_is_only_a_note_when_a_claim_has_another_partner():
    from factcheck.compare import compare_pairs
    from factcheck.model import Pair

    _, story = findings(("en", "Work on the new bridge will start in April 2031."),
                        ("nl", "De bouw van de nieuwe brug begint in juni 2031. Het project kost veel geld."), "x")
    english, first, second = story.claims
    links = [Pair(english.id, other.id, 0.3, "agree", {"method": "facts", "text": 0.25, "anchors": []}) for other in (first, second)]
    found = [f for f in compare_pairs(links, {c.id: c for c in story.claims})[1] if f.type == "time_mismatch"]
    assert [f.severity for f in found] == ["info"] and "juni 2031" in found[0].message


@pytest.mark.parametrize("right, anchors, severity", [
    # the one passage of each article that states dead and injured: the site one side names is
    # the site the passage link matched
    ("The minister stated that 11 people died.", ["role:dead", "roles:dead+injured"], "warning"),
    ("The minister stated that 11 people died.", ["role:dead", "lead:dead"], "info"),  # perhaps the whole toll
    ("The minister stated that 11 people died in Maelbeek.", ["role:dead", "roles:dead+injured"], "info"),  # two sites
])
def test_a_place_only_one_side_names_is_the_same_subgroup_on_a_passage_link(right, anchors, severity):
    found = on_loose_fact_link(("fr", "Les pompiers ont évoqué 14 morts à Zaventem."), ("en", right), anchors)
    numbers = [f for f in found if f.type == "number_mismatch"]
    assert [f.severity for f in numbers] == [severity] and "14" in numbers[0].message and "11" in numbers[0].message


@pytest.mark.parametrize("anchors, severity", [
    (["role:children", "name:Lommel", "name:Stekske"], "warning"),  # a count of children with the same two names
    (["role:children", "name:Lommel"], "info"),  # one shared name meets other counts by chance
])
def test_a_fact_link_anchored_on_a_role_and_two_names_compares_its_figures(anchors, severity):
    found = on_loose_fact_link(("nl", "Bij het ongeval kwamen 15 kinderen van basisschool Stekske in Lommel om."),
                               ("fr", "Dix-sept enfants étaient élèves de l'école Stekske à Lommel."), anchors)
    numbers = [f for f in found if f.type == "number_mismatch"]
    assert [f.severity for f in numbers] == [severity] and "15" in numbers[0].message


@pytest.mark.parametrize("anchors, severity", [
    (["role:injured", "lead:injured"], "warning"),  # the group's outcome is the role both articles lead with
    (["role:injured"], "info"),
])
def test_a_role_anchored_link_compares_a_group_by_its_outcome(anchors, severity):
    found = on_loose_fact_link(("nl", "Bij de schietpartij raakten zeven inzittenden van de tram gewond."),
                               ("de", "Bei den Schüssen wurden fünf Menschen verletzt."), anchors)
    assert [f.severity for f in found if f.type == "number_mismatch"] == [severity]


@pytest.mark.parametrize("anchors, severity", [
    # the passengers who died are the figure the Spanish article leads with for the dead: its toll,
    # which the English toll contradicts (78 is no "at least 80")
    (["role:dead", "lead:dead"], "warning"),
    # otherwise those who died of a group are a part of all the dead, and may well be fewer
    (["role:dead", "name:Compostela"], None),
])
def test_a_group_with_an_outcome_that_leads_its_article_is_its_toll(anchors, severity):
    found = on_loose_fact_link(("es", "Decenas de pasajeros (78, según el último conteo) murieron en Santiago de Compostela."),
                               ("en", "The train derailed near Santiago de Compostela, killing at least 80 people."), anchors)
    numbers = [f for f in found if f.type == "number_mismatch"]
    assert [f.severity for f in numbers] == ([severity] if severity else [])
    if severity:
        assert "78" in numbers[0].message and "80" in numbers[0].message


def test_a_bare_figure_of_another_claim_does_not_answer_the_toll_its_lead_contradicts():
    # the Spanish article's speed limit ("limitado a 80", linked by the bare 80) is no count of the
    # dead: the English "at least 80 people" is answered by the 78 who died, and differs from it
    from factcheck.compare import compare_pairs
    from factcheck.model import Pair

    _, story = findings(("es", "Decenas de pasajeros (78, según el último conteo) murieron en Santiago de Compostela. "
                               "El tren viajaba en un tramo limitado a 80."),
                        ("en", "The train derailed near Santiago de Compostela, killing at least 80 people."), "x")
    toll, limit, english = story.claims
    links = [Pair(toll.id, english.id, 0.3, "agree", {"method": "facts", "text": 0.2, "anchors": ["role:dead", "lead:dead"]}),
             Pair(limit.id, english.id, 0.3, "agree", {"method": "facts", "text": 0.2, "anchors": ["number:80"]})]
    found = compare_pairs(links, {c.id: c for c in story.claims})[1]
    numbers = [f for f in found if f.type == "number_mismatch" and f.left == toll.id]
    assert [f.severity for f in numbers] == ["warning"] and "78" in numbers[0].message


@pytest.mark.parametrize("right, anchors, severity", [
    ("The flight left Barcelona at 10.01.", ["clock:09:55"], "warning"),  # one moment told twice
    ("The flight left Barcelona at 10.01.", [], "info"),  # linked otherwise: perhaps two moments
    ("The tower raised the alarm at 10.01.", ["clock:09:55"], "info"),  # a time of day of another thing
])
def test_a_time_of_day_anchored_link_compares_times_of_one_role(right, anchors, severity):
    found = on_loose_fact_link(("es", "El vuelo había despegado de Barcelona a las 09.55."), ("en", right), anchors)
    assert [f.severity for f in found if f.type == "time_mismatch"] == [severity]


@pytest.mark.parametrize("left, anchors, severity", [
    # two days of one month, and a name besides the month on both sides: one date told differently
    ("Le Pakistan a donné à BlackBerry jusqu'au 31 mars pour se conformer.", ["name:Pakistan", "name:March"], "warning"),
    ("Le Pakistan a donné à BlackBerry jusqu'au 31 mars pour se conformer.", ["name:March"], "info"),  # the month alone
    ("Le Pakistan a donné à BlackBerry jusqu'au 31 mars pour se conformer.", [], "info"),
    ("Le Pakistan a donné à BlackBerry jusqu'au 31 janvier pour se conformer.", ["name:Pakistan"], "info"),  # two months
    ("Le Pakistan a menacé BlackBerry hier.", ["name:Pakistan"], "info"),  # "yesterday": perhaps the day of another event
    # a claim of two dates tells two events: which one the other claim dates is not known
    ("Le 2 mars, le Pakistan a donné à BlackBerry jusqu'au 31 mars pour se conformer.", ["name:Pakistan"], "info"),
])
def test_a_day_anchored_link_compares_two_days_of_one_month(left, anchors, severity):
    found = on_loose_fact_link(("fr", left), ("en", "Pakistan extended the order to March 30 for BlackBerry."), anchors)
    assert [f.severity for f in found if f.type == "time_mismatch"] == [severity]


@pytest.mark.parametrize("anchors, severity", [
    (["name:French"], "warning"),  # a name both claims share, and the hedged word stated by the other
    (["role:dead"], "info"),  # what is counted: not the fact itself
    (["role:dead", "lead:dead"], "warning"),  # ... but the counts both articles lead with: one statement of the event
    (["date:2015-03"], "info"),  # a month: many facts of one story share it
    ([], "info"),
    # a hedge with no anchor of its own, linked through the claim it continues (align_facts `context:`):
    (["context:lead:dead", "context:role:dead"], "warning"),  # the neighbour's link is the two articles' lead toll
    (["context:number:150", "context:name:French"], "warning"),  # ... a specific figure and a name
    (["context:number:2"], "info"),  # ... one bare figure: the neighbour may be linked to another fact
    (["context:name:French"], "info"),
    (["hedged:supervivientes"], "warning"),  # linked for the hedged word the other claim states (align_facts)
])
def test_a_hedge_on_a_word_the_other_claim_states_warns_on_a_link_sharing_a_name(anchors, severity):
    found = on_loose_fact_link(("es", "Las autoridades francesas han confirmado que no hay supervivientes."),
                               ("en", "The French authorities said that it is very likely that there will not be any "
                                      "survivors after the plane crashed in the mountains."), anchors)
    assert [f.severity for f in found if f.type == "modality_mismatch"] == [severity]


@pytest.mark.parametrize("other, separate", [
    ("Das Unternehmen schließt die Fabrik in Leiden.", "warning"),  # the hedged statement, asserted
    ("Das Unternehmen baut eine neue Fabrik in Leiden.", "info"),  # another statement about the factory
])
def test_a_hedge_between_separately_written_articles_bears_on_a_statement_both_make(other, separate):
    from factcheck.compare.common import Siblings, graded
    from factcheck.compare.stance import check_modality
    from factcheck.model import Pair

    _, story = findings(("en", "The company will probably close the factory in Leiden."), ("de", other), "x")
    a, b = story.claims
    linked = {"parallel": {"method": "path", "one_to_one": True}, "separate": {"method": "facts", "text": 1.0, "one_to_one": True}}
    severity = {kind: [graded(f, 0.95).severity for f in check_modality(a, b, Pair(a.id, b.id, 0.5, "agree", evidence), Siblings())]
                for kind, evidence in linked.items()}
    assert severity == {"parallel": ["warning"], "separate": [separate]}


@pytest.mark.parametrize("short, severity", [
    ("Las autoridades han confirmado que no hay supervivientes.", "warning"),  # states what is hedged
    ("Las autoridades han confirmado la hora del accidente.", "info"),  # another part of the long claim
])
def test_a_hedge_in_a_long_claim_counts_when_the_short_claim_states_what_it_hedges(short, severity):
    """A long claim may hedge a part the short one leaves out (length balance); not when the short
    claim itself states the word the hedge bears on."""
    from factcheck.compare.common import Siblings, graded
    from factcheck.compare.stance import check_modality
    from factcheck.model import Pair

    long = ("The airliner with 150 people on board that crashed in the French Alps on Tuesday morning on its "
            "route from Barcelona to Düsseldorf is so badly destroyed that it is very likely that there will not "
            "be any survivors.")
    _, story = findings(("en", long), ("es", short), "x")
    a = next(c for c in story.claims if "likely" in c.text)
    (b,) = [c for c in story.claims if c.doc == "es"]
    assert len(a.text) > 2 * len(b.text)
    link = Pair(a.id, b.id, 0.5, "agree", {"method": "facts", "text": 1.0, "one_to_one": True})
    assert [graded(f, 0.95).severity for f in check_modality(a, b, link, Siblings())] == [severity]


@pytest.mark.parametrize("text, lang, expected", [
    ("Il bilancio non è ufficiale.", "it", True),
    ("À ce stade, on ne connaît pas l'identité du chauffeur.", "fr", True),
    ("Die Zahl der Toten ist noch nicht bestätigt.", "de", True),
    ("Het is niet bekend hoeveel doden er zijn.", "nl", True),
    ("The bus was not speeding.", "en", False),
    ("He did not know the man.", "en", False),
    # a negated noun of evidence (branch compare13)
    ("Police said there was no evidence that the driver was drunk.", "en", True),
    ("Es gibt keine Hinweise darauf, dass der Fahrer betrunken war.", "de", True),
    ("Il n'y a aucune preuve que le chauffeur était ivre.", "fr", True),
    ("No hay pruebas de que el conductor estuviera borracho.", "es", True),
    ("The police found no weapon.", "en", False),
    ("Er wurde kein Hinweisschild gefunden.", "de", False),
])
def test_a_negated_word_of_knowing_leaves_the_statement_unconfirmed(text, lang, expected):
    from factcheck.claims.facets import unconfirmed

    assert unconfirmed(text, lang) == expected


@pytest.mark.parametrize("other, separate", [
    ("The attacks killed at least 31 people at the airport.", "warning"),  # states the toll ("bilancio": the dead)
    ("The airport will stay closed until Thursday.", "info"),  # states something else
])
def test_an_unconfirmed_statement_against_a_plain_one_is_a_difference_of_certainty(other, separate):
    """Between separately written articles "not official / not confirmed / not known" against a
    plain statement of the same thing is modality, not a denial; translations keep the polarity check."""
    from factcheck.compare.common import Siblings, graded
    from factcheck.compare.stance import check_polarity
    from factcheck.model import Pair

    _, story = findings(("it", "Il bilancio delle vittime non è ufficiale."), ("en", other), "x")
    a, b = story.claims
    link = Pair(a.id, b.id, 0.5, "agree", {"method": "facts", "text": 1.0, "one_to_one": True})
    found = [graded(f, 0.95) for f in check_polarity(a, b, link, Siblings())]
    assert [(f.type, f.severity) for f in found] == [("modality_mismatch", separate)]
    parallel = Pair(a.id, b.id, 0.5, "agree", {"method": "path", "one_to_one": True})
    assert {f.type for f in check_polarity(a, b, parallel, Siblings())} == {"polarity_mismatch"}


@pytest.mark.parametrize("unsure, plain, severity", [
    # the other claim states the whole clause left unconfirmed: a difference of certainty
    (("en", "Police said there was no evidence that the driver was drunk."), ("de", "Der Fahrer war betrunken."), "warning"),
    (("fr", "Il n'y a aucune preuve que le chauffeur était ivre."), ("en", "The driver was drunk."), "warning"),
    (("de", "Es gibt keine Hinweise darauf, dass der Fahrer betrunken war."), ("en", "The driver was drunk."), "warning"),
    (("nl", "Er is geen bewijs dat de chauffeur dronken was."), ("en", "The driver was drunk."), "warning"),
    # only its subject, or the speaker: another statement
    (("en", "Police said there was no evidence that the driver was drunk."), ("de", "Der Fahrer wurde verletzt."), "info"),
    (("es", "No hay pruebas de que el conductor estuviera borracho."), ("en", "The driver was injured."), "info"),
    (("en", "Police said there was no evidence that the driver was drunk."), ("fr", "La police a bouclé le quartier."), "info"),
])
def test_no_evidence_leaves_its_own_clause_unconfirmed(unsure, plain, severity):
    """"no evidence that X" / "keine Hinweise darauf, dass X" / "aucune preuve que X": what is
    unconfirmed is X, which the other claim must state itself, all of it; the words of the rest of
    the sentence (the speaker, a name) say nothing about X."""
    from factcheck.compare.common import Siblings, graded
    from factcheck.compare.stance import check_polarity
    from factcheck.model import Pair

    _, story = findings(unsure, plain, "x")
    (a,) = [c for c in story.claims if c.doc == unsure[0]]
    (b,) = [c for c in story.claims if c.doc == plain[0]]
    link = Pair(a.id, b.id, 0.5, "agree", {"method": "facts", "text": 1.0, "one_to_one": True})
    assert [(f.type, graded(f, 0.95).severity) for f in check_polarity(a, b, link, Siblings())] == [("modality_mismatch", severity)]


@pytest.mark.parametrize("other, separate", [
    ("L'attaque a fait au moins un mort, d'après le bilan officiel de la police.", ["warning"]),  # the toll, asserted
    ("Une camionnette a percuté la foule sur l'avenue.", ["info"]),  # another statement of the event
])
def test_a_conditional_after_a_source_is_hearsay_between_separately_written_articles(other, separate):
    """"según las primeras informaciones, habría dos víctimas": the writer reports without vouching;
    without a source, or between translations, a conditional stays at most a note (reported speech)."""
    from factcheck.compare.common import Siblings, graded
    from factcheck.compare.stance import check_modality
    from factcheck.model import Pair

    _, story = findings(("es", "Según las primeras informaciones, habría dos víctimas mortales en el ataque."), ("fr", other), "x")
    a, b = story.claims
    assert a.modality == "conditional" and b.modality == "asserted"
    linked = {"parallel": {"method": "path", "one_to_one": True}, "separate": {"method": "facts", "text": 1.0, "one_to_one": True}}
    severity = {kind: [graded(f, 0.95).severity for f in check_modality(a, b, Pair(a.id, b.id, 0.5, "agree", evidence), Siblings())]
                for kind, evidence in linked.items()}
    assert severity == {"parallel": ["info"], "separate": separate}


@pytest.mark.parametrize("text, lang, expected", [
    ("Según las primeras informaciones, habría dos víctimas mortales.", "es", True),
    ("Selon le maire, le bilan ferait état d'une vingtaine de morts.", "fr", True),
    ("El presidente dijo que habría elecciones en marzo.", "es", False),  # the future of reported speech
])
def test_a_conditional_of_hearsay_follows_a_source(text, lang, expected):
    from factcheck.claims.facets import hearsay_conditional

    assert hearsay_conditional(text, lang) == expected


@pytest.mark.parametrize("text, lang, hedged", [
    ("Der Täter hat nach Medienberichten ein langes Vorstrafenregister.", "de", True),  # a compound report noun
    ("Der Täter hat laut Polizeiberichten ein langes Vorstrafenregister.", "de", True),
    ("Hij is volgens persberichten eerder veroordeeld.", "nl", True),
    ("Er fuhr nach Berlin, um dort zu berichten.", "de", False),  # "berichten" as a verb after a place
])
def test_compound_report_nouns_hedge(text, lang, hedged):
    from factcheck.claims.facets import stances

    assert ("hedged" in stances(text, lang)) == hedged


# ----------------------------------------------------------------------------- stated figures


@pytest.mark.parametrize("left, right, figures", [
    (("en", "More than 60 seats went to the ruling party."), ("fr", "Plus de 65 sièges sont allés au parti au pouvoir."), ("60", "65")),
    (("en", "At least 247 people were killed in the quake."), ("it", "Nel terremoto sono state uccise 250 persone."), ("247", "250")),
])
def test_overlapping_bounds_with_other_stated_figures_warn_naming_both(left, right, figures):
    found, _ = findings(left, right, "number_mismatch")
    assert serious(found), found
    assert all(figure in serious(found)[0].message for figure in figures)


@pytest.mark.parametrize("left, right", [
    (("en", "About 50 people were injured in the fire."), ("de", "Bei dem Brand wurden 47 Menschen verletzt.")),
    (("it", "Una quindicina di persone sono rimaste ferite nell'incendio."), ("en", "16 people were injured in the fire.")),
])
def test_rounding_agrees_with_a_note(left, right):
    found, story = findings(left, right, "number_mismatch")
    assert not serious(found)
    assert any("rounded" in f.message for f in found)
    assert all(p.status != "conflict" for p in story.pairs)


# ----------------------------------------------------------------------------- reading figures


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Es kamen 12'400 Zuschauer.", "de", 12400, None),
    ("Es kamen 12’400 Zuschauer.", "de", 12400, None),
    ("Es waren 76\u202f000 Zuschauer.", "de", 76000, None),
    ("Il y avait 76 000 spectateurs.", "fr", 76000, None),
    ("Le billet coûte 49 fr. 50 pour les adultes.", "fr", 49.5, "CHF"),
    ("Der Eintritt kostet 49.50 Franken.", "de", 49.5, "CHF"),
    ("Sion a gagné 3:1 contre Bâle.", "fr", 301, "score"),
    ("Il y aurait une vingtaine de morts.", "fr", 20, None),  # collective numerals: about that many
    ("Ci sono una quindicina di feriti.", "it", 15, None),
    ("Er vielen een twintigtal doden.", "nl", 20, None),
    ("Bâle a perdu 1:3 contre Sion.", "fr", 301, "score"),
])
def test_swiss_separators_prices_and_scores(text, lang, value, unit):
    (quantity,) = extract_numbers(text, lang)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_a_dotted_time_of_day_is_a_clock_time():
    found, _ = findings(("es", "El avión había despegado a las 09.55 del aeropuerto de Barcelona."),
                        ("en", "The plane had left the airport of Barcelona at 10.01."), "time_mismatch")
    assert serious(found) and "09.55" in serious(found)[0].message and "10.01" in serious(found)[0].message


@pytest.mark.parametrize("text, lang", [("Il est placé en quarantaine.", "fr"), ("Llegó en la primera quincena de julio.", "es")])
def test_collective_words_that_count_nothing_are_no_numbers(text, lang):
    assert extract_numbers(text, lang) == []


def test_about_twenty_is_not_fifteen():
    found, _ = findings(("fr", "Le bilan fait état d'une vingtaine de morts à la station de métro."),
                        ("en", "The transport authority said 15 people were killed at the metro station."), "number_mismatch")
    assert serious(found) and "vingtaine" in serious(found)[0].message


def test_a_price_in_francs_is_one_sentence():
    doc = Document("fr", "<fr>", "fr", "Le billet coûte 49 fr. 50 pour les adultes. Les enfants entrent gratuitement.")
    assert len(segment(doc).sentences) == 2


def test_a_score_is_not_compared_with_an_age():
    found, _ = findings(("fr", "Le FC Sion a battu Bâle 3:1 samedi, et l'entraîneur a 31 ans."),
                        ("en", "FC Sion beat Basel 3:1 on Saturday, and the coach is 31."), "number_mismatch")
    assert not serious(found)


# ----------------------------------------------------------------------------- times


def test_the_time_of_a_statement_is_not_compared_with_the_time_of_the_fact():
    found, _ = findings(("fr", "Le gouvernement a décidé mardi que la loi entre en vigueur le 1er mars."),
                        ("en", "The law takes effect on 1 March, the government decided on Tuesday."), "time_mismatch")
    assert not serious(found)


def test_a_changed_statement_date_is_still_compared_with_a_statement_date():
    found, _ = findings(("en", "The minister said on Monday that the plant will close."),
                        ("de", "Der Minister sagte am Freitag, dass das Werk schließt."), "time_mismatch")
    assert found


@pytest.mark.parametrize("left, right", [
    # the date of a dateline is when the report was filed
    (("es", "Decenas de pasajeros murieron anoche en Santiago al descarrilar el tren."),
     ("en", "SANTIAGO DE COMPOSTELA, Spain, July 25 The driver of the train that derailed was under police guard.")),
    # a quoted "today" is the speaker's day, not the day of publication
    (("nl", "Utrecht is op 1 maart opgeschrikt door een aanslag in een tram."),
     ("de", "„Es ist heute ein schwarzer Tag für unsere Stadt Utrecht“, sagte der Bürgermeister über den Anschlag in einer Straßenbahn.")),
])
def test_a_dateline_or_a_quoted_today_dates_the_statement(left, right):
    found, _ = findings(left, right, "time_mismatch")
    assert found and not serious(found) and "dates a statement" in found[0].message


@pytest.mark.parametrize("left, right", [
    # lone dates years apart: two events
    (("de", "Im Dezember 2013 wurde er wegen versuchten Mordes verurteilt."), ("en", "He was in court accused of a rape in 2017.")),
    # parts of one day: one day holds several events (a shooting in the morning, an arrest in the evening)
    (("en", "The police arrested the suspect on Monday evening."), ("de", "Die Polizei nahm den Verdächtigen am Montagmorgen fest.")),
])
def test_lone_times_are_two_events_between_separately_written_articles(left, right):
    from factcheck.compare.common import Siblings, graded
    from factcheck.compare.times import check_times
    from factcheck.model import Pair

    _, story = findings(left, right, "x")
    a, b = story.claims
    linked = {"parallel": {"method": "path", "one_to_one": True}, "separate": {"method": "facts", "text": 1.0, "one_to_one": True}}
    severity = {kind: {graded(f, 0.95).severity for f in check_times(a, b, Pair(a.id, b.id, 0.5, "agree", evidence), Siblings())}
                for kind, evidence in linked.items()}
    assert severity["parallel"] & {"warning", "error"} and severity["separate"] == {"info"}


def _path_time_severities(left: tuple[str, str], right: tuple[str, str]) -> set[str]:
    """The severities of the time findings of two claims linked as translations (a path bead)."""
    from factcheck.compare.common import Siblings, graded
    from factcheck.compare.times import check_times
    from factcheck.model import Pair

    _, story = findings(left, right, "x")
    a, b = story.claims
    pair = Pair(a.id, b.id, 0.5, "agree", {"method": "path", "one_to_one": True})
    return {graded(f, 0.95).severity for f in check_times(a, b, pair, Siblings())}


@pytest.mark.parametrize("left, right", [
    # each claim's one time, a year against a weekday years apart: two events, even between translations
    (("fr", "La mer des Wadden est classée au patrimoine mondial de l'Unesco depuis 2009."),
     ("nl", "De minister bezoekt dinsdag het eiland.")),
    (("en", "It was the country's deadliest rail accident since 2012."), ("de", "Die Ministerin kam am Mittwoch an die Unfallstelle.")),
])
def test_a_lone_year_against_a_lone_day_years_apart_is_no_changed_date(left, right):
    assert _path_time_severities(left, right) <= {"info"}


@pytest.mark.parametrize("left, right", [
    # a translation that changed the year, or the weekday: one time of one kind on each side
    (("fr", "La mer des Wadden est classée au patrimoine mondial de l'Unesco depuis 2009."),
     ("nl", "De Waddenzee staat sinds 2012 op de werelderfgoedlijst van Unesco.")),
    (("de", "Die Ministerin kam am Mittwoch an die Unfallstelle."), ("en", "The minister came to the scene on Friday.")),
])
def test_a_lone_time_changed_within_its_kind_still_conflicts_between_translations(left, right):
    assert _path_time_severities(left, right) & {"warning", "error"}


def test_a_superseded_deadline_is_explained():
    found, _ = findings(("nl", "Oorspronkelijk moest de fabriek vandaag sluiten, maar de minister heeft de datum uitgesteld naar 30 maart."),
                        ("en", "The factory will close at the end of March."), "time_mismatch")
    assert found and "original value" in found[0].message and "30 maart" in found[0].message
    assert found[0].severity != "error"


# ----------------------------------------------------------------------------- confidence


def test_every_pair_and_finding_carries_a_confidence(tmp_path):
    (tmp_path / "en.md").write_text("---\nlang: en\npublished: 2020-03-02\n---\nThe company will cut 300 jobs at its factory in Leiden.\n")
    (tmp_path / "de.md").write_text("---\nlang: de\npublished: 2020-03-02\n---\nDas Unternehmen streicht 500 Stellen in seiner Fabrik in Leiden.\n")
    report = json.loads(invoke("compare", str(tmp_path), "--format", "json").stdout)
    assert report["schema_version"] == SCHEMA_VERSION
    story = report["stories"][0]
    assert story["pairs"] and all(0 <= p["confidence"] <= 1 for p in story["pairs"])
    assert story["findings"] and all(0 <= f["confidence"] <= 1 for f in story["findings"])
    strict = json.loads(invoke("compare", str(tmp_path), "--format", "json", "--min-confidence", "0.99").stdout)
    kept = strict["stories"][0]["findings"]
    assert all(f["confidence"] >= 0.99 for f in kept) and len(kept) < len(story["findings"])


# ----------------------------------------------------------------------------- negation on faithful translations


@pytest.mark.parametrize("text, negates", [
    ("Trump a qualifié la rencontre de grand pas vers la dénucléarisation.", False),
    ("Le premier pas est fait.", False),
    ("La mairie est à deux pas de la gare.", False),  # a step after a quantity
    ("Après quelques pas, la cordée s'arrêta.", False),
    ("Le guide comptait 40 pas entre les deux crevasses.", False),
    ("Ce n'est pas un grand pas.", True),
    ("Il n'y en a pas trois.", True),
    ("Il ne viendra pas.", True),
])
def test_the_french_noun_pas_is_no_negation(text, negates):
    from factcheck.claims.facets import negated

    assert negated(text, "fr") is negates


@pytest.mark.parametrize("text, lang, kept", [
    ("Ce dimanche, le Premier ministre était à Sierre.", "fr", "Ce dimanche"),
    ("Am Samstag, dem ersten Tag der Saison, griff ein Hai an.", "de", "Samstag"),
])
def test_an_ordinal_before_a_noun_is_not_a_day_of_the_month(text, lang, kept):
    from factcheck.claims.times import extract_times

    assert [t.text for t in extract_times(text, lang, DAY)] == [kept]


def test_ages_are_compared_per_person():
    same, _ = findings(("it", "Il sindaco Pietro Rossi, 59 anni, ha parlato ai giornalisti in piazza."),
                       ("en", "Mayor Pietro Rossi, 36, spoke to reporters on the square."), "number_mismatch")
    assert serious(same) and "Rossi" in serious(same)[0].message
    other, _ = findings(("it", "Il sindaco Pietro Rossi, 59 anni, ha parlato ai giornalisti in piazza."),
                        ("en", "Mayor Paolo Bianchi, 36, spoke to reporters on the square."), "number_mismatch")
    assert not serious(other)


# ----------------------------------------------------------------------------- subgroups (qualifiers)


def qualifiers_of(lang: str, text: str) -> dict[str, tuple[str, ...]]:
    from factcheck.claims.roles import quantity_role

    _, story = findings((lang, text), ("en", "Nothing else."), "number_mismatch")
    return {q.text: quantity_role(q, c).qualifiers for c in story.claims if c.lang == lang for q in c.numbers}


@pytest.mark.parametrize("lang, text, qualified", [
    ("nl", "Bij het ongeval kwamen zeven Brugse kinderen om.", True),  # a demonym before the role word
    ("it", "Il crollo ha causato dodici morti a Visso, secondo i vigili del fuoco.", True),  # a place after it
    ("en", "The storm left 40 dead in Galway by Tuesday.", True),
    ("fr", "La tempête a fait quarante morts selon la préfecture.", False),
    ("de", "Bei dem Sturm wurden sieben Schweizer Kinder verletzt.", True),  # a nationality before the role word
    # German writes every noun with a capital: the counted noun and an event after "bei" are no subgroup.
    ("de", "In der Nacht wurden 14 Wanderer schwer verletzt.", False),
    ("de", "Zwölf Polizisten bei Krawallen verletzt.", False),
])
def test_a_count_names_its_subgroup(lang, text, qualified):
    assert bool(next(iter(qualifiers_of(lang, text).values()))) is qualified


def test_a_place_and_its_adjective_are_one_subgroup():
    from factcheck.claims.roles import Role
    from factcheck.compare.role_match import qualifiers_compatible

    brugse, gent = (Role("children", "kinderen", "nl", qualifiers=(q,)) for q in ("brugs", "gent"))
    assert qualifiers_compatible(Role("dead", "dead"), Role("dead", "morti"))  # none named on either side
    assert not qualifiers_compatible(brugse, Role("children", "enfants", "fr"))  # a subgroup is not the whole
    assert qualifiers_compatible(brugse, Role("children", "enfants", "fr"), one_sided=True)
    assert not qualifiers_compatible(brugse, gent, one_sided=True)
    assert qualifiers_compatible(Role("c", "c", qualifiers=("visso",)), Role("c", "c", qualifiers=("visso",)))


def test_counts_of_two_places_are_not_compared():
    found, _ = findings(("it", "Il crollo ha causato dodici morti a Visso."), ("en", "The quake left 40 dead in Norcia."),
                        "number_mismatch")
    assert serious(found) == []


@pytest.mark.parametrize("left, severity", [
    ("Het ongeval kostte 15 kinderen het leven in het dorp Tielt.", "warning"),  # the same count: told differently
    ("Het ongeval kostte 15 Tieltse kinderen het leven.", "info"),  # the town's children, not all of them
])
def test_a_role_anchored_link_compares_only_counts_of_one_subgroup(left, severity):
    found = on_loose_fact_link(("nl", left), ("fr", "L'accident a coûté la vie à dix-sept enfants de Tielt."),
                               ["role:children", "lead:children", "name:Tielt"])
    assert [f.severity for f in found if f.type == "number_mismatch"] == [severity]


@pytest.mark.parametrize("anchors, severity", [
    (["name:Beard", "speaker:Beard"], "warning"),  # one named speaker, two titles: whatever fact each claim states
    (["name:Beard"], "info"),  # the name alone: the claims may not credit one speaker
])
def test_a_fact_link_crediting_one_named_speaker_compares_the_speakers_titles(anchors, severity):
    found = on_loose_fact_link(("fr", "C'est un compromis inacceptable, a indiqué Marty Beard, directrice générale de BlackBerry."),
                               ("en", "Marty Beard, chief operating officer at BlackBerry, said the demand was not about safety."),
                               anchors, score=0.3)
    assert [f.severity for f in found if f.type == "attribution_mismatch"] == [severity]


@pytest.mark.parametrize("speaker, severity", [
    ("Luis Ortega", "warning"),  # another person, whose surname the Spanish dictionary knows (ortega: a bird)
    ("Jan Kowalski", None),  # the same person
])
def test_two_named_speakers_differ_whatever_words_their_surnames_are(speaker, severity):
    found, _ = findings(("es", f"Según el portavoz {speaker}, el puente se reabrirá en mayo."),
                        ("de", "Die Brücke wird im Mai wieder geöffnet, wie Sprecher Jan Kowalski mitteilte."),
                        "attribution_mismatch")
    assert [f.severity for f in found] == ([severity] if severity else [])


@pytest.mark.parametrize("source, lang, name", [
    ("el vicepresidente Luis Ortega", "es", "Luis Ortega"),
    ("la Guardia Civil", "es", None),  # a body: its capitalised words are words of the dictionary
    ("the Home Office", "en", None),  # English capitalises bodies and titles: the dictionary decides
])
def test_a_speakers_name_is_read_from_its_capitalised_words(source, lang, name):
    from factcheck.compare.attribution import _person_name
    from factcheck.model import Attribution

    assert _person_name(Attribution(source=source), lang) == name


@pytest.mark.parametrize("speaker, severity", [
    ("Marky Kowal", "warning"),  # the given name with another consonant: one article misspells it
    ("Marty Kowal", None),  # the same name: only the title differs
    ("Marti Kowal", None),  # vowels differ: a spelling convention
    ("Anna Kowal", None),  # not spelled alike: perhaps another person of one family
])
def test_one_speaker_whose_given_name_is_spelled_otherwise_is_a_name_finding(speaker, severity):
    found = on_loose_fact_link(("fr", f"C'est un compromis inacceptable, a indiqué {speaker}, directrice générale de BlackBerry."),
                               ("en", "The demand was not about safety, said Marty Kowal, chief operating officer at BlackBerry."),
                               ["name:Kowal", "speaker:Kowal"], score=0.3)
    names = [f for f in found if f.type == "entity_mismatch" and f.severity != "info"]
    assert [f.severity for f in names] == ([severity] if severity else [])
    if severity:
        assert f"“{speaker}” vs “Marty Kowal”" in names[0].message and "misspells" in names[0].message


@pytest.mark.parametrize("left, right, severity", [
    (("fr", "Une fille pakistanaise doit souvent se marier à 14 ans."), ("en", "A Chinese girl often has to marry at 14."), "warning"),
    (("fr", "Une fille pakistanaise doit souvent se marier à 14 ans."), ("en", "A Pakistani girl often has to marry at 14."), None),
    (("de", "Sieben Kinder sind niederländischer Staatsangehörigkeit."), ("en", "Seven children are Belgian nationals."), "warning"),
    (("de", "Sieben Kinder sind niederländischer Staatsangehörigkeit."), ("en", "Seven children are Dutch nationals."), None),
    (("de", "Im Bus waren ein Deutscher und ein Pole."), ("fr", "Le bus transportait un Allemand et un Polonais."), None),
    (("de", "Im Bus waren ein Deutscher und ein Pole."), ("fr", "Le bus transportait un Allemand et un Belge."), "warning"),
    (("fr", "Une fille pakistanaise doit souvent se marier à 14 ans."), ("en", "A girl in China often has to marry at 14."), None),  # a country named, no demonym
    (("fr", "Le procès a attiré autant de monde qu'un match de football."), ("es", "Es una audiencia parecida a la de un partido de fútbol americano."), None),  # "monde" -> world: no country
])
def test_people_of_another_country_named_by_their_demonyms_are_a_name_finding(left, right, severity):
    found, _ = findings(left, right, "entity_mismatch")
    nationality = [f for f in found if "nationality" in f.message]
    assert [f.severity for f in nationality] == ([severity] if severity else [])


@pytest.mark.parametrize("a, b, given", [
    ("Rutker Jansen", "Rutger Jansen", ("Rutker", "Rutger")),
    ("Wladimir Putin", "Vladimir Putin", None),  # w / v: German transliteration
    ("Sergej Lawrow", "Serguei Lawrow", None),  # j, u: spelling conventions
    ("Mijaíl Gorbachov", "Mikhail Gorbachov", None),  # the Spanish jota for kh
    ("Sascha Lobo", "Sasha Lobo", None),
    ("R. Jansen", "Rutger Jansen", None),  # an initial is a shortening
    ("Presidente Rutger Jansen", "Rutger Jansen", None),  # a title read as part of one name
    ("Rutker Jansen", "Rutger Jansen-Smit", None),  # not the same surname
    ("Rutker Jansen", "Rutger Janssen", None),  # another surname: not known to be one person
])
def test_a_given_name_spelled_otherwise_is_told_from_a_transliteration(a, b, given):
    from factcheck.compare.names import spelled_otherwise

    assert spelled_otherwise(a, b) == given
    assert spelled_otherwise(b, a) == (given[::-1] if given else None)


@pytest.mark.parametrize("anchors, severity", [
    (["number:150", "name:France", "role:dead"], "warning"),  # a specific figure and a name: one fact
    (["number:2", "name:France"], "info"),  # a small count and a name meet by chance
    (["number:150"], "info"),
])
def test_a_fact_link_sharing_a_specific_figure_and_a_name_is_not_capped(anchors, severity):
    found = on_loose_fact_link(("de", "Beim Absturz in Frankreich sind offenbar alle 150 Insassen ums Leben gekommen."),
                               ("en", "The crash in France killed all 150 people on board."), anchors, score=0.3)
    assert [f.severity for f in found if f.type == "modality_mismatch"] == [severity]


@pytest.mark.parametrize("anchors, severity", [
    (["role:dead", "roles:dead+injured"], "warning"),  # one count (the one sentence of each with both roles): two speakers
    (["role:dead", "lead:dead"], "warning"),  # the counts both articles lead with
    (["role:dead"], "info"),  # two counts of dead, perhaps of two sites, each with its own source
])
def test_two_speakers_of_one_count_warn_on_a_link_the_role_lift_trusts(anchors, severity):
    found = on_loose_fact_link(("fr", "Selon le maire de Bruxelles, le bilan fait état de 20 morts et de 106 blessés."),
                               ("en", "The Brussels transport authority has stated that 15 people were killed."), anchors, score=0.15)
    assert [f.severity for f in found if f.type == "attribution_mismatch"] == [severity]


@pytest.mark.parametrize("anchors, severity", [
    (["date:2020-03-04", "name:Wednesday"], "warning"),  # both claims state the same day: one statement, two speakers
    (["clock:18:00"], "warning"),  # ... the same time of day
    (["date:2020-03"], "info"),  # a month: many statements of one story share it
    (["name:Rhine"], "info"),  # the story's river: perhaps two statements about it
    ([], "info"),
])
def test_two_named_speakers_of_one_statement_warn_on_a_link_sharing_its_day(anchors, severity):
    found = on_loose_fact_link(("fr", "La digue tiendra au moins jusqu'à mercredi, a déclaré le ministre Paul Girard."),
                               ("de", "Der Deich werde bis Mittwoch halten, sagte die Sprecherin Anna Keller."), anchors, score=0.3)
    assert [f.severity for f in found if f.type == "attribution_mismatch"] == [severity]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Entre los pasajeros había unos 600 alemanes y 150 españoles.", {"unos 600": ("germany",), "150": ("spain",)}),
    ("it", "Tra i passeggeri c'erano anche 420 italiani.", {"420": ("italy",)}),
    ("en", "Among the passengers were about 600 Germans and 150 Spaniards.", {"about 600": ("germany",), "150": ("spain",)}),
    # the whole count keeps its own role; the people counted after "darunter" is a part of it
    ("de", "An Bord waren 3.280 Passagiere, darunter etwa 600 Deutsche.", {"3.280": (), "etwa 600": ("germany",)}),
])
def test_a_people_named_after_a_figure_is_what_it_counts(lang, text, expected):
    assert qualifiers_of(lang, text) == expected


def test_counts_of_two_peoples_among_the_passengers_are_not_compared():
    """Each outlet counts its own readers' compatriots among the passengers: two subgroups, not
    one count told two ways, and neither is the sentence's subject (all the passengers)."""
    found, _ = findings(("es", "Entre los pasajeros había unos 600 alemanes y 150 españoles."),
                        ("it", "Tra i passeggeri c'erano anche 420 italiani."), "number_mismatch")
    assert serious(found) == []
    found, _ = findings(("es", "Viajaban a bordo 2.380 pasajeros, entre ellos 150 españoles."),
                        ("it", "Sulla nave si trovavano 2.380 passeggeri."), "number_mismatch")
    assert serious(found) == []


def test_counts_of_one_people_are_compared():
    found, _ = findings(("es", "Entre los pasajeros había unos 600 alemanes."),
                        ("de", "An Bord waren 3.280 Passagiere, darunter etwa 800 Deutsche."), "number_mismatch")
    assert [f.severity for f in found] == ["warning"] and "600" in found[0].message and "800" in found[0].message


@pytest.mark.parametrize("text, lang, hours", [
    ("Zwischen 22 und 7 Uhr kommt kein Wasser aus der Leitung.", "de", [22, 7]),
    ("Van 22 tot 7 uur is er geen water.", "nl", [22, 7]),
    ("The shop is open between 5 and 6pm on Sundays.", "en", [17, 18]),
])
def test_the_first_hour_of_a_range_of_hours_is_a_time_of_day(text, lang, hours):
    """The hour word or "pm" written once, after the second bound, holds for the first too."""
    doc = Document(lang, f"<{lang}>", lang, text, published=date(2031, 6, 13))
    (claim,) = extract_claims(doc, segment(doc).sentences)
    assert [(q.unit, q.value) for q in claim.numbers] == [("clock", h * 60.0) for h in hours]


@pytest.mark.parametrize("text, lang", [
    ("Sie kamen zu 3 und um 7 Uhr war alles vorbei.", "de"),  # no range: "zu 3 und um 7 Uhr"
    ("Zwischen 8 und 12 Euro kostet der Eintritt.", "de"),  # a range of another unit
])
def test_a_count_before_a_clock_time_outside_a_range_of_hours_stays_a_count(text, lang):
    doc = Document(lang, f"<{lang}>", lang, text, published=date(2031, 6, 13))
    (claim,) = extract_claims(doc, segment(doc).sentences)
    assert claim.numbers[0].unit != "clock"


def test_an_hour_range_is_not_compared_with_a_count_of_people():
    found, _ = findings(("de", "Zwischen 22 und 7 Uhr kommt dann kein Wasser mehr aus der Leitung."),
                        ("es", "Los cortes afectarán cada noche a unos 210.000 vecinos."), "number_mismatch")
    assert not serious(found)
