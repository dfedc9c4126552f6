"""Territory names shipped as data (factcheck/data/territories.tsv.gz, built from CLDR)."""

import pytest

from factcheck.langid import SUPPORTED_LANGUAGES
from factcheck.places import english_place_name


@pytest.mark.parametrize(("name", "lang"), [("Países Bajos", "es"), ("Paesi Bassi", "it"), ("Niederlande", "de"),
                                            ("pays-bas", "fr"), ("Nederland", "nl")])
def test_country_names_in_every_language_map_to_english(name, lang):
    assert english_place_name(name, lang) == "Netherlands"


def test_every_supported_language_has_territory_names():
    # A language added to langid needs `python scripts/build_territories.py` (pip install -e '.[data]').
    for lang in SUPPORTED_LANGUAGES:
        if lang != "en":
            assert english_place_name("Pakistan", lang) == "Pakistan" or english_place_name("Pakistán", lang) == "Pakistan", lang


def test_english_and_unknown_names_are_left_alone():
    assert english_place_name("Netherlands", "en") is None
    assert english_place_name("Blackberry", "nl") is None
