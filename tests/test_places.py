"""Territory names shipped as data (factcheck/data/territories.tsv.gz, built from CLDR)."""

import pytest

from factcheck.langid import SUPPORTED_LANGUAGES
from factcheck.places import country_of_demonym, english_place_name, territories_in, territory


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


@pytest.mark.parametrize(("name", "lang", "english"), [
    ("VS", "nl", "United States"), ("EE.\u00a0UU.", "es", "United States"), ("U.S.", "en", "United States"),
    ("Großbritanniens", "de", "United Kingdom"), ("Britain", "en", "United Kingdom"),
    ("Regno Unito", "it", "United Kingdom"), ("United Kingdom", "en", "United Kingdom")])
def test_everyday_and_inflected_forms_name_their_territory(name, lang, english):
    assert territory(name, lang) == english


def test_acronyms_of_territories_are_read_only_in_capitals():
    assert territory("us", "en") is None
    assert territories_in("Help us, said the mayor.", "en") == frozenset()


def test_territories_are_found_inside_longer_names_and_sentences():
    assert territories_in("Die Dürre im Osten der USA trifft auch Großbritanniens Bauern.", "de") == {
        "United States", "United Kingdom"}


@pytest.mark.parametrize("text", ["United  States", "Groot-Brittannie", "  Bosnia-Herzegovina ", "U.S.", "Cote d'Ivoire",
                                  "ISLE OF MAN", "Timor-Leste\t", "Saint Kitts & Nevis", ""])
def test_ascii_names_fold_as_the_unicode_route_folds_them(text):
    """ASCII takes a shortcut (no decomposition): it must give what decomposing gives."""
    import unicodedata

    from factcheck.places import _fold

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    expected = " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ").split())
    assert _fold(text) == expected
    assert _fold("Côte d'Ivoire") == _fold("Cote d'Ivoire") == "cote d'ivoire"


def test_territory_tables_are_kept_in_the_cache_directory_and_read_back(tmp_path, monkeypatch):
    """Made from the data files once, then read from the cache directory: the same tables."""
    from factcheck import places
    from factcheck.cachefile import COMPILED_CACHE_ENV

    monkeypatch.setenv(COMPILED_CACHE_ENV, str(tmp_path))
    places._tables.cache_clear()
    made = places._tables("nl")
    assert made == places._made_tables("nl") and list(tmp_path.glob("territory-tables*.marshal"))

    places._tables.cache_clear()  # what a later run sees: only the file

    def not_again(lang):
        raise AssertionError(f"made again for {lang}")

    monkeypatch.setattr(places, "_made_tables", not_again)
    assert places._tables("nl") == made
    assert english_place_name("Verenigde Staten", "nl") == "United States" and territory("VS", "nl") == "United States"
    places._tables.cache_clear()  # the next test reads the default cache directory again


def test_one_word_countries_are_kept_in_the_cache_directory_and_read_back(tmp_path, monkeypatch):
    """The English names the demonyms are matched against: made once, then read back equal, in order."""
    from factcheck import places
    from factcheck.cachefile import COMPILED_CACHE_ENV

    monkeypatch.setenv(COMPILED_CACHE_ENV, str(tmp_path))
    places._one_word_countries.cache_clear()
    made = places._one_word_countries()
    assert list(made.items()) == list(places._made_one_word_countries().items())
    assert made["netherlands"] == "Netherlands" and "europe" not in made and "united states" not in made

    places._one_word_countries.cache_clear()  # what a later run sees: only the file
    monkeypatch.setattr(places, "_made_one_word_countries", lambda: pytest.fail("made again"))
    assert list(places._one_word_countries().items()) == list(made.items())
    assert country_of_demonym("Dutch") == "Netherlands" and country_of_demonym("Belgian") == "Belgium"
    places._one_word_countries.cache_clear()


def test_name_beginnings_are_kept_in_the_cache_directory_and_read_back(tmp_path, monkeypatch):
    from factcheck import places
    from factcheck.cachefile import COMPILED_CACHE_ENV

    monkeypatch.setenv(COMPILED_CACHE_ENV, str(tmp_path))
    places._name_beginnings.cache_clear()
    made = places._name_beginnings("nl")
    assert made == places._made_name_beginnings("nl") and "verenigde" in made[0] and "verenigde s" in made[1]

    places._name_beginnings.cache_clear()  # what a later run sees: only the file
    monkeypatch.setattr(places, "_made_name_beginnings", lambda lang: pytest.fail("made again"))
    assert places._name_beginnings("nl") == made and territory("Verenigde Staten", "nl") == "United States"
    places._name_beginnings.cache_clear()


def test_each_language_and_version_of_a_kept_table_has_a_file_of_its_own(tmp_path, monkeypatch):
    """A run reads only its languages' tables; the files of older versions are pruned when a new
    version is written (three kept per kind and language), those of other languages left alone."""
    import os

    from factcheck import places
    from factcheck.cachefile import COMPILED_CACHE_ENV, KEPT_PER_FAMILY, read_marshal, save_marshal

    monkeypatch.setenv(COMPILED_CACHE_ENV, str(tmp_path))
    older = [tmp_path / f"territory-tables-nl-old{i}.marshal" for i in range(KEPT_PER_FAMILY)]
    other_language = tmp_path / "territory-tables-de-old0.marshal"
    for age, path in enumerate([*older, other_language]):
        save_marshal(path, {("stale",): ({}, {}, {})})
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    places._tables.cache_clear()
    made = places._tables("nl")
    places._tables.cache_clear()

    files = sorted(path.name for path in tmp_path.glob("territory-tables-nl-*.marshal"))
    assert len(files) == KEPT_PER_FAMILY and older[0].name not in files  # the oldest went
    assert other_language.exists()
    (current,) = [path for path in tmp_path.glob("territory-tables-nl-*.marshal") if "old" not in path.name]
    assert list(read_marshal(current).values()) == [made]  # this language's tables only
    assert made == places._made_tables("nl")


@pytest.mark.parametrize("word, country", [
    ("Chinese", "China"), ("Belgian", "Belgium"), ("Pakistani", "Pakistan"),  # derived from the CLDR name
    ("Nigerian", "Nigeria"),  # the longest stem: not Niger
    ("Dutch", "Netherlands"), ("Pole", "Poland"),  # irregular: data/demonyms.tsv
    ("Roman", None),  # "Rom" misses too much of "Romania"
    ("Jordan", None),  # the country's own name is no demonym
    ("European", None), ("Asian", None),  # a continent is no nationality
    # a plural names the people its singular does: the people a figure counts ("150 Spaniards")
    ("Spaniards", "Spain"), ("Italians", "Italy"), ("Danes", "Denmark"), ("Pakistanis", "Pakistan"),
    ("Bahamas", None), ("Romans", None), ("Europeans", None), ("Times", None),
])
def test_demonyms_name_their_country(word, country):
    assert country_of_demonym(word) == country


@pytest.mark.parametrize(("text", "lang"), [
    ("Britain's trade with the U.S. and EE. UU. fell; Bosnia-Herzegovina and Cote d'Ivoire did not.", "en"),
    ("Die Exporte des Irans und Grossbritanniens in die USA, nach Suedkorea und Oesterreich.", "de"),
    ("De VS, Groot-Brittannie en Nieuw-Zeeland; ook Saint Kitts en Nevis.", "nl"),
    ("Les Etats-Unis, le Royaume-Uni et la Cote d'Ivoire; PAYS-BAS en capitales.", "fr"),
    ("NEW ZEALAND AND SOUTH KOREA, said the 2019 report (U.K., EU).", "en"),
    # accents composed and decomposed (a combining mark ends a word), spaces of other widths, case endings
    ("Die Exporte des Irans und Großbritanniens in die USA, nach Su\u0308dkorea und Österreichs Nachbarn.", "de"),
    ("Les États-Unis, le Royaume\u00a0Uni et la Co\u0302te d\u2019Ivoire ; la Corée du Sud.", "fr"),
    ("Gli Stati\u2009Uniti, il Regno Unito e la Co\u0302te d'Ivoire; PAESI BASSI in maiuscolo.", "it"),
    ("Los EE. UU., Países Bajos y Bosnia-Herzegovina-; España.", "es"),
])
def test_territories_in_text_are_those_its_runs_of_words_name(text, lang):
    """The runs whose first word begins no name are skipped unfolded: the same places as asking
    `territory` about every run of up to four words."""
    from factcheck.places import MAX_TERRITORY_WORDS, TERRITORY_WORD

    spans = [match.span() for match in TERRITORY_WORD.finditer(text)]
    every_run = {territory(text[start:end].strip(), lang) for i, (start, _) in enumerate(spans)
                 for _, end in spans[i:i + MAX_TERRITORY_WORDS]} - {None}
    assert every_run  # each sentence names a place
    assert territories_in.__wrapped__(text, lang) == every_run
