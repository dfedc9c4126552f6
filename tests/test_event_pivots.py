"""Claims of separately written articles linked by the event they tell (links18;
`align_facts._event_pivot_pairs`): two claims that alone in their articles name one event family
(factcheck/data/event_families.tsv: a verb and its noun, per language) with values of one kind that
differ and that the other article states nowhere. Compare reports the values; a warning only where
the two fill one role confidently (two times of day, one unit), a note otherwise (weekdays)."""

from dataclasses import replace

import pytest

np = pytest.importorskip("numpy")  # the `fast` extra

from factcheck.align_facts import claim_events, event_pivot_only, fact_links
from factcheck.link_wording import readable_anchor
from factcheck.model import Claim

from .test_align_facts import _counted
from .test_compare import claim
from .test_values_alone import _facts_link, _severities


@pytest.mark.parametrize("lang, text, family", [
    ("en", "Three men were arrested near the border.", "arrest"),
    ("de", "Die Polizei nahm zwei Männer in der Nacht fest.", "arrest"),  # a separable verb: both parts
    ("nl", "De politie hield vijf jongeren aan.", "arrest"),
    ("it", "Il ritrovamento è avvenuto ieri.", "find"),  # the noun of the verb
    ("fr", "La statuette a été retrouvée dans une cave.", "find"),
    ("es", "Unas 300 personas fueron evacuadas.", "evacuation"),
    ("es", "El barco chocó contra unas rocas.", "collision"),
])
def test_a_claim_names_the_event_family_of_its_verb_or_noun(lang, text, family):
    assert family in claim_events(claim(text, lang, "a"))


@pytest.mark.parametrize("lang, text", [
    ("it", "Il museo si trova nel centro di Roma."),  # where a thing is, not a find
    ("fr", "Le musée se trouve au centre de Paris."),
    ("nl", "De minister hield een toespraak."),  # "hield" without "aan": held, no arrest
    ("en", "The fund paid out 2 million dollars."),  # a fund, not a find
])
def test_words_that_only_look_like_an_event_name_none(lang, text):
    assert not claim_events(claim(text, lang, "a"))


# Two invented reports of one raid: the arrests told with two counts in other words, and what else each states.
ARREST_DE = "Die Polizei nahm in Graz 14 Verdächtige fest."
ARREST_NL = "Agenten hielden zeventien mensen aan."
WEATHER_DE = "Es regnete den ganzen Tag."
WEATHER_NL = "Het regende de hele dag."
UNLIKE = [[0.03, 0.01], [0.0, 0.3]]  # the arrests share almost no word; the weather sentences do


def _articles(left_texts: list[str], right_texts: list[str]) -> tuple[list[Claim], list[Claim]]:
    left = [replace(_counted("de", "de", text), id=f"de:{n}", sentence=n) for n, text in enumerate(left_texts)]
    right = [replace(_counted("nl", "nl", text), id=f"nl:{n}", sentence=n) for n, text in enumerate(right_texts)]
    return left, right


def _event_labels(links, i: int, j: int) -> list[str]:
    return [a for link in links if (link.left, link.right) == (i, j) for a in link.anchors if a.startswith("event:")]


def test_the_claims_that_alone_name_one_event_with_differing_counts_are_linked():
    left, right = _articles([ARREST_DE, WEATHER_DE], [ARREST_NL, WEATHER_NL])
    labels = _event_labels(fact_links(left, right, np.array(UNLIKE)), 0, 0)
    assert [label.partition("/")[0] for label in labels] == ["event:arrest"]


@pytest.mark.parametrize("right_texts", [
    # a second claim of the Dutch article names arrests with a figure: which one the German states is unknown
    [ARREST_NL, "Later werden nog twee mensen opgepakt."],
    # the German figure is stated in the Dutch article too: the figures are not this event's alone
    [ARREST_NL, "Er waren 14 agenten in actie."],
    # no event in common: the Dutch claim counts the injured
    ["Zeventien mensen raakten gewond.", WEATHER_NL],
])
def test_no_event_link_where_another_claim_competes_or_the_value_is_stated_elsewhere(right_texts):
    left, right = _articles([ARREST_DE, WEATHER_DE], right_texts)
    links = fact_links(left, right, np.array(UNLIKE))
    assert not any(a.startswith("event:") for link in links for a in link.anchors)


@pytest.mark.parametrize("label, expected", [
    # two times of day on a link made for them by the event: one moment told two ways
    ("event:collision/clock", {"warning"}),
    # the same claims on a loose link by wording alone: a note
    (None, {"info"}),
])
def test_a_link_made_by_an_event_warns_on_two_times_of_day(label, expected):
    left = claim("Das Schiff rammte gegen 23.15 Uhr einen Felsen.", "de", "a")
    right = claim("El barco chocó contra unas rocas hacia las 21.40 horas.", "es", "b")
    link = _facts_link(left, right, 0.1, [label] if label else [])
    assert _severities([link], [left, right], "time_mismatch", left, right) == expected


def test_two_weekdays_on_an_event_link_stay_a_note():
    # each read from its own article's publication date
    left = claim("Die Carabinieri fanden die Statuette am Dienstag.", "de", "a")
    right = claim("Il ritrovamento è avvenuto mercoledì.", "it", "b")
    link = _facts_link(left, right, 0.04, ["event:find/date"])
    assert _severities([link], [left, right], "time_mismatch", left, right) == {"info"}


def test_an_event_link_says_so_in_words_and_is_no_sibling():
    assert readable_anchor("event:find/date") == "the event “find” that each alone names with a day the other article does not state"
    assert "a time of day" in readable_anchor("event:collision/clock")
    assert event_pivot_only(["event:find/date"])
    assert not event_pivot_only(["event:find/date", "name:Innsbruck"])
    assert not event_pivot_only([])
