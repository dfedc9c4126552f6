"""Claims of separately written articles linked for the values they tell differently (links16;
`align_facts._differing_value_pairs`): two claims each the other's most similar claim, sharing no
anchor, that state values of one kind (a unit, a count, a day) which the other article states
nowhere. Compare reports the values; a warning only where the two fill one role confidently."""

from dataclasses import replace

import pytest

np = pytest.importorskip("numpy")  # the `fast` extra

from factcheck.align_facts import fact_links
from factcheck.link_wording import readable_anchor
from factcheck.model import Claim, TimeExpr

from .test_align_facts import _counted
from .test_values_alone import _facts_link, _severities
from .test_compare import claim

# Two invented reports of one flood: the evacuated told with two figures, and what else each states.
EVACUATED_EN = "About 2,400 people were evacuated from the valley."
EVACUATED_FR = "Quelque 1 900 personnes ont été évacuées de la vallée."
RAIN_EN = "The rain fell for three days."
RAIN_FR = "La pluie est tombée pendant trois jours."


def _articles(left_texts: list[str], right_texts: list[str]) -> tuple[list[Claim], list[Claim]]:
    left = [replace(_counted("en", "en", text), id=f"en:{n}", sentence=n) for n, text in enumerate(left_texts)]
    right = [replace(_counted("fr", "fr", text), id=f"fr:{n}", sentence=n) for n, text in enumerate(right_texts)]
    return left, right


def _labels(links, i: int, j: int) -> list[str]:
    return [a for link in links if (link.left, link.right) == (i, j) for a in link.anchors]


# The evacuated are each other's most similar claims (0.2); so are the rain sentences (0.3).
SIMILAR = [[0.2, 0.02], [0.01, 0.3]]


def test_mutually_best_worded_claims_with_differing_counts_are_linked():
    left, right = _articles([EVACUATED_EN, RAIN_EN], [EVACUATED_FR, RAIN_FR])
    links = fact_links(left, right, np.array(SIMILAR))
    assert _labels(links, 0, 0) == ["differing:people"]


@pytest.mark.parametrize("left_texts, similar", [
    # the French figure is stated in the English article too: the figures are not this fact's alone
    ([EVACUATED_EN, "Another 1,900 people lost power in the town."], SIMILAR),
    # the English claim is more like another French claim: not each other's best
    ([EVACUATED_EN, RAIN_EN], [[0.2, 0.25], [0.01, 0.3]]),
    # too little wording in common
    ([EVACUATED_EN, RAIN_EN], [[0.05, 0.02], [0.01, 0.3]]),
])
def test_no_link_for_values_stated_elsewhere_or_claims_not_each_others_best(left_texts, similar):
    left, right = _articles(left_texts, [EVACUATED_FR, RAIN_FR])
    links = fact_links(left, right, np.array(similar))
    assert not any(a.startswith("differing:") for link in links for a in link.anchors)


def test_a_count_and_a_measure_are_no_values_of_one_kind():
    left, right = _articles(["About 2,400 people were evacuated from the valley.", RAIN_EN],
                            ["L'eau est montée de 3 mètres dans la vallée.", RAIN_FR])
    links = fact_links(left, right, np.array(SIMILAR))
    assert not any(a.startswith("differing:") for link in links for a in link.anchors)


def _dated(item: Claim, day: str) -> Claim:
    return replace(item, times=[TimeExpr(text=day, start=0, end=0, value=day, granularity="day", relative=False, earliest=day, latest=day)])


def test_two_differing_days_link_the_claims_that_state_them():
    left, right = _articles(["The dam broke in the night.", RAIN_EN], ["La digue a cédé dans la nuit.", RAIN_FR])
    left[0], right[0] = _dated(left[0], "2031-05-05"), _dated(right[0], "2031-05-06")
    assert _labels(fact_links(left, right, np.array(SIMILAR)), 0, 0) == ["differing:date"]
    right[0] = _dated(right[0], "2031-05-05")  # the same day: an anchor they share, not a difference
    assert not any(a.startswith("differing:") for link in fact_links(left, right, np.array(SIMILAR)) for a in link.anchors)


@pytest.mark.parametrize("left_text, right_text, label, expected", [
    # two written-out days of one granularity on a link made for them: one day told two ways
    ("The bridge reopened on 3 May 2031.", "Le pont a rouvert le 5 mai 2031.", "differing:date", {"warning"}),
    # the same claims on a link made by wording alone: a note
    ("The bridge reopened on 3 May 2031.", "Le pont a rouvert le 5 mai 2031.", None, {"info"}),
    # weekdays read from each article's own publication date: a note, whatever the link
    ("The bridge reopened on Monday.", "Le pont a rouvert mardi.", "differing:date", {"info"}),
])
def test_a_link_made_for_differing_values_warns_only_where_they_fill_one_role(left_text, right_text, label, expected):
    left, right = claim(left_text, "en", "a"), claim(right_text, "fr", "b")
    link = _facts_link(left, right, 0.15, [label] if label else [])
    assert _severities([link], [left, right], "time_mismatch", left, right) == expected


def test_a_link_for_differing_values_says_so_in_words():
    assert readable_anchor("differing:EUR") == ("their wording (each the other's closest claim) and a figure (EUR) on "
                                                "each side that the other article does not state")
    assert "a day on each side" in readable_anchor("differing:date")
