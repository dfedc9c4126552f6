"""Rules added for what the user18 own-written pairs showed (and user13-user17's had shown): a country
against a place its own article names in another sentence is no swapped name, and a bead of the sentence path
whose claims share only that both state a date or a figure was placed by position."""

from datetime import date

import pytest

from factcheck.compare.common import positional_link
from factcheck.model import Document, Pair
from factcheck.pipeline import Options, compare_documents

ALARMS = {"warning", "error"}


def _name_alarms(left: tuple[str, str], right: tuple[str, str]) -> list:
    """The entity warnings and errors of two whole (language, text) articles compared as a story."""
    docs = [Document(id=lang, path=f"<{lang}>", lang=lang, text=text, published=date(2031, 4, 14)) for lang, text in (left, right)]
    return [f for f in compare_documents(docs, Options(use_cache=False)).findings
            if f.type == "entity_mismatch" and f.severity in ALARMS]


PARK = ("fr", "Un lynx s'est échappé dimanche du parc animalier de Kerlann, à Malmedy. Le parc restera fermé jusqu'à mercredi.")


def test_a_country_against_a_place_its_own_article_names_elsewhere_is_no_swapped_name():
    """One outlet writes the country in the sentence, the other the park, which the first names in its next one."""
    country = ("es", "Un lince se escapó el domingo de un parque de Malmedy, en Bélgica. "
                     "El parque de Kerlann permanecerá cerrado hasta el miércoles.")
    assert not _name_alarms(country, PARK)


@pytest.mark.parametrize("left, right", [
    # the park is named nowhere in the country's article: perhaps another place swapped in
    (("es", "Un lince se escapó el domingo de un parque de Malmedy, en Bélgica. El parque permanecerá cerrado hasta el miércoles."),
     PARK),
    # one country for another stays a clash, whatever else the article names
    (("es", "Un lince se escapó el domingo de un parque de Malmedy, en Francia. "
            "El parque de Kerlann permanecerá cerrado hasta el miércoles."),
     ("fr", "Un lynx s'est échappé dimanche du parc animalier de Kerlann, en Belgique. Le parc restera fermé jusqu'à mercredi.")),
])
def test_a_country_against_a_name_its_article_never_writes_or_another_country_still_clashes(left, right):
    assert _name_alarms(left, right)


def _bead(score: float, shared: list[str]) -> Pair:
    return Pair("fr:15", "nl:16", score, "agree", {"method": "path", "text": score, "shared": shared, "one_to_one": True})


@pytest.mark.parametrize("shared", [["@when"], ["#count"], ["000", "#count"], ["@when", "#count"]])
def test_a_bead_sharing_only_that_both_state_a_date_or_a_figure_was_placed_by_position(shared):
    bead = _bead(0.07, shared)
    assert positional_link(bead)


@pytest.mark.parametrize("shared", [["@when", "Malmedy"], ["#17", "#count"], ["@2031-04-16", "@when"], ["park"]])
def test_a_bead_sharing_a_word_name_figure_or_date_keeps_its_score(shared):
    bead = _bead(0.07, shared)
    assert not positional_link(bead)
