"""The fast scan of times.py and numbers.py: lowercased text, line by line, trigger words."""

from datetime import date

import pytest

from factcheck.claims._time_meanings import Lines, case_free, lowered, required_part
from factcheck.claims.numbers import extract_numbers
from factcheck.claims.times import extract_times

PUB = date(2019, 1, 15)


def test_no_time_expression_crosses_a_line_break():
    text = "Ocurrió el domingo.\nEl 30 de mayo de 2005 fue otro día."
    assert [t.text for t in extract_times(text, "es", PUB)] == ["domingo", "El 30 de mayo de 2005"]


def test_no_range_crosses_a_line_break():
    assert [q.text for q in extract_numbers("Between 10 and\n20 people came.", "en")] == ["10", "20 people"]


@pytest.mark.parametrize("text,lang,expected", [
    ("MORE THAN 5 MILLION EUROS", "en", (5e6, "EUR", "more_than")),
    ("Rund 3,5 Prozent", "de", (3.5, "%", "about")),
    ("Entre 10 Y 20 Personas", "es", (15, "people", "range")),
])
def test_numbers_are_read_whatever_their_case(text, lang, expected):
    (q,) = extract_numbers(text, lang)
    assert (q.value, q.unit, q.approx) == expected and q.text == text


def test_capitals_still_matter_where_they_mean_something():
    assert [q.value for q in extract_numbers("Au XVe siècle", "fr")] == [15]
    assert extract_numbers("un mix siècles", "fr") == []
    assert [t.text for t in extract_times("In March he may go.", "en", PUB)] == ["March"]


def test_a_letter_that_lowercases_to_two_keeps_offsets():
    text = "İstanbul: 30 december 2015, 272.000 bezoekers"
    assert lowered(text)[0] == "İ" and len(lowered(text)) == len(text)
    assert [t.text for t in extract_times(text, "nl", PUB)] == ["30 december 2015"]
    assert [q.text for q in extract_numbers(text, "nl")] == ["272.000"]


def test_a_number_with_two_decimal_marks_is_no_number():
    assert extract_numbers("6,107,31 personnes", "fr") == []


def test_class_words_start_a_word():
    assert [t.text for t in extract_times("Il y a deux ans, dans la ville.", "fr", PUB)] == ["Il y a deux ans"]


def test_regex_helpers():
    assert case_free(r"(?P<Month>Mai)\W\S") == r"(?P<month>mai)\W\S"
    assert required_part(r"(?:at\s+|by\s+)?(?:the\s+)?year['’]s\s+end") == r"year['’]s\s+end"
    assert required_part(r"(?:am\s+)?(?:nächsten|folgenden)\s+tag") == r"(?:nächsten|folgenden)\s+tag"
    lines = Lines("a\nbb\n\nccc")
    assert lines.spans({0, 1, 3}) == [(0, 1), (2, 4), (6, 9)]
    assert lines.containing(__import__("re").compile("b|c"), "a\nbb\n\nccc") == {1, 3}


def test_accent_folding_changes_only_decomposable_latin_letters():
    """fold keeps offsets: one character for one, the base letter of a Latin letter with a mark
    (U+00C0-U+024F), every other character (punctuation, Greek, CJK, emoji) as it is."""
    import unicodedata

    from factcheck.claims._time_meanings import fold

    every = "".join(chr(code) for code in range(0x30000) if not 0xD800 <= code < 0xE000)
    expected = "".join(unicodedata.normalize("NFD", ch)[0] if 0xC0 <= ord(ch) < 0x250 else ch for ch in every)
    assert fold(every) == expected
    assert fold("después “próximo” — ’s") == "despues “proximo” — ’s"
