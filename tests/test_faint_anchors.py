"""Anchors that say little about which fact two claims of separately written articles state
(align_facts `faint`): the name the story is about, a title word, a day of a statement, a bound
against a rounded figure it does not state. A link resting on one of them alone is `weak`."""

from datetime import date

import numpy as np
import pytest

from factcheck.align_facts import fact_links
from factcheck.model import Claim, Document, Pair

from .test_align_facts import _article, _counted

DAY = date(2031, 4, 8)  # a Tuesday


def _claims(doc: str, lang: str, sentences: list[str], published: date = DAY) -> list[Claim]:
    """The claims of an invented article, times read against its publication date."""
    from factcheck.claims import extract_claims
    from factcheck.segment import segment

    document = Document(id=doc, path=f"<{doc}>", lang=lang, text=" ".join(sentences), published=published)
    claims = extract_claims(document, segment(document).sentences)
    for claim in claims:
        claim.translation = claim.text
    return claims


def _faint_links(left: list[Claim], right: list[Claim]) -> dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]]:
    """(left, right) -> (anchors, faint) of each fact link, at a lexical similarity of 0.1 everywhere."""
    return {(link.left, link.right): (link.anchors, link.faint)
            for link in fact_links(left, right, np.full((len(left), len(right)), 0.1))}


# Two invented reports of one flood: both lead with the country; each later says something about
# the country that the other does not, and both name the village the rescuers reached.
FLOOD_EN = ["Floods in northern Valdoria killed 12 people on Monday.",
            "The north of Valdoria has a long history of spring floods.",
            "Rescuers reached the village of Tarrin by boat."]
FLOOD_ES = ["Las inundaciones en el norte de Valdoria dejaron 12 muertos el lunes.",
            "El gobierno de Valdoria prometió ayudas a los agricultores.",
            "Los equipos de rescate llegaron en barca a la aldea de Tarrin."]


def test_the_name_both_articles_lead_with_is_a_faint_anchor():
    links = _faint_links(_article("en", "en", FLOOD_EN), _article("es", "es", FLOOD_ES))
    assert links[(1, 1)] == (("name:Valdoria",), ("name:Valdoria",))  # the country: the story's subject
    assert links[(2, 2)] == (("name:Tarrin",), ())  # the village, one claim a side: what the two state


def test_a_name_only_one_article_leads_with_is_no_subject_of_the_story():
    english = ["Rescuers reached the village of Tarrin by boat.", *FLOOD_EN[1:]]
    links = _faint_links(_article("en", "en", english), _article("es", "es", FLOOD_ES))
    assert links[(1, 1)] == (("name:Valdoria",), ())


@pytest.mark.parametrize("kind, left, right, anchored", [
    # a title written with a capital is how a person is named, not a name the ministry shares
    ("name", ("en", "Prime Minister Ana Ruiz flew to the area on Tuesday."), ("es", "El Ministerio de Salud envió medicinas."), False),
    ("name", ("de", "Bürgermeister Hans Keller eröffnete die Brücke."), ("en", "The Keller Bridge was opened to traffic."), True),
    ("name", ("de", "Bürgermeister Hans Keller eröffnete die Brücke."), ("en", "The mayor of the town has resigned."), False),
    # a bound states a figure of its own: under a million is no "about 740,000" ...
    ("number", ("de", "Rund 740.000 Menschen waren zur Wahl aufgerufen."), ("nl", "De regio telt minder dan een miljoen inwoners."), False),
    # ... but a bound on a figure the rounding covers meets it, and so does an exact figure it covers
    ("number", ("de", "Rund 740.000 Menschen waren zur Wahl aufgerufen."), ("nl", "Meer dan 700.000 mensen mochten stemmen."), True),
    ("number", ("de", "Rund 50 Menschen wurden verletzt."), ("en", "The police said 47 people were injured."), True),
])
def test_office_titles_and_bounds_beyond_a_rounding_anchor_nothing(kind, left, right, anchored):
    links = fact_links([_counted("a", *left)], [_counted("b", *right)], np.full((1, 1), 0.1))
    assert any(a.startswith(f"{kind}:") for link in links for a in link.anchors) is anchored


def test_a_day_one_article_gives_as_the_day_something_was_said_is_faint():
    # the French article dates the welcome on Thursday evening; the Italian quote's "stasera" is the
    # day the captain spoke: both the publication day, neither stating the other's fact
    thursday = date(2031, 4, 10)
    french = _claims("fr", "fr", ["Les joueurs seront accueillis jeudi soir sur la place du Marché."], thursday)
    italian = _claims("it", "it", ['"Questa squadra ha scritto la storia stasera", ha detto il capitano.'], thursday)
    assert _faint_links(french, italian) == {(0, 0): (("date:2031-04-10",), ("date:2031-04-10",))}
    # the same day stated as a fact on both sides is a moment of the story
    italian = _claims("it", "it", ["I giocatori saranno accolti stasera in piazza."], thursday)
    assert _faint_links(french, italian) == {(0, 0): (("date:2031-04-10",), ())}


@pytest.mark.parametrize("anchors, faint, status", [
    (["name:Hague", "name:Hague's"], ["name:Hague", "name:Hague's"], "weak"),  # one faint name, spelled two ways
    (["name:Lommel", "name:Sierre"], ["name:Lommel", "name:Sierre"], "partial"),  # two names of the story say more
    (["name:Peru", "number:38 km"], ["name:Peru"], "partial"),  # a figure of its own beside the subject
    (["name:Peru"], [], "partial"),  # a name that is no subject, at this score
])
def test_a_loose_link_resting_on_one_faint_anchor_is_weak_whatever_its_score(anchors, faint, status):
    from factcheck.compare import compare_pairs

    a, b = _claims("a", "en", ["Peru sits on the Pacific Ring of Fire."]) + _claims("b", "es", ["El Ministerio envió 30 toneladas."])
    link = Pair(a.id, b.id, 0.3, "agree", {"method": "facts", "text": 0.25, "one_to_one": True, "anchors": anchors,
                                          **({"faint": faint} if faint else {})})
    pairs, _ = compare_pairs([link], {a.id: a, b.id: b})
    assert [p.status for p in pairs] == [status]
