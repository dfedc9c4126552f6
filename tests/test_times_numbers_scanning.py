"""The fast scan of times.py and numbers.py: lowercased text, line by line, trigger words."""

from datetime import date

import pytest

from factcheck.claims._time_meanings import Lines, case_free, fold, lowered, required_part
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


def test_case_simple_text():
    from factcheck.claims._time_meanings import case_simple

    assert case_simple("On 3 March 2019") and case_simple("Le 3 MARS, à l’Élysée « déjà »")
    for odd in ("Straße", "ſeit", "ılık", "İstanbul", "ΟΔΟΣ", "5 \u212a"):  # Kelvin sign
        assert not case_simple(f"Am 3. März {odd}")


def _atoms(parsed, ignorecase: bool, negated: bool = False):
    """(op, argument, ignorecase, inside a negative look-around) for every node of a parsed regex."""
    from re import _constants as c

    for op, av in parsed.data:
        yield op, av, ignorecase, negated
        if op is c.SUBPATTERN:
            _, add, remove, sub = av
            yield from _atoms(sub, (ignorecase or bool(add & c.SRE_FLAG_IGNORECASE)) and not remove & c.SRE_FLAG_IGNORECASE, negated)
        elif op is c.BRANCH:
            for sub in av[1]:
                yield from _atoms(sub, ignorecase, negated)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            yield from _atoms(av[2], ignorecase, negated)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            yield from _atoms(av[1], ignorecase, negated or op is c.ASSERT_NOT)
        elif op is c.ATOMIC_GROUP:
            yield from _atoms(av, ignorecase, negated)
        elif op is c.GROUPREF_EXISTS:
            yield from _atoms(av[1], ignorecase, negated)
            if av[2] is not None:
                yield from _atoms(av[2], ignorecase, negated)


@pytest.mark.parametrize("lang", ["en", "nl", "de", "fr", "es", "it", "pt"])
def test_each_rule_scan_matches_wherever_its_pattern_does(lang):
    """What makes Rule.scan (the lowercased pattern without IGNORECASE, on the lowercased text)
    match wherever the pattern matches, on case-simple text: its letters are case-simple, ranges
    under IGNORECASE keep to one case, and the case-sensitive parts ("(?-i:Election Day)", Roman
    numerals) only widen the scan: nothing there negates or ranges over letters."""
    import re
    from re import _constants as c, _parser

    from factcheck.claims._time_meanings import case_simple
    from factcheck.claims._time_patterns import build_rules

    def lowers_onto(low: int, high: int) -> bool:
        chars = [chr(code) for code in range(low, high + 1)]
        lowered_range = [chr(code) for code in range(ord(chr(low).lower()), ord(chr(high).lower()) + 1)]
        return sorted({ch.lower() for ch in chars}) == lowered_range and len(lowered_range) == len(chars)

    for rule in build_rules(lang):
        assert case_simple(rule.pattern.source), rule.name
        for op, av, ignorecase, negated in _atoms(_parser.parse(rule.pattern.source, rule.pattern.flags), True):
            if op is c.IN:
                assert all(kind is not c.RANGE or lowers_onto(*arg) for kind, arg in av), rule.name
            if not ignorecase:  # case-sensitive: only what matches more when lowercased
                assert not negated and op not in (c.NOT_LITERAL, c.ASSERT_NOT), rule.name
                assert op is not c.IN or all(kind in (c.LITERAL, c.RANGE) for kind, _ in av), rule.name
        assert re.compile(rule.scan.source).flags & re.IGNORECASE == 0


@pytest.mark.parametrize("text,lang", [
    ("On Election Day, March 3, 2019, at 10 a.m. they met; three weeks later, on Monday the 4th, too.", "en"),
    ("Op dinsdag 12 MAART 2019 om 14.30 uur, twee jaar na de ramp van eind vorig jaar.", "nl"),
    ("Am 3. Mai 2019 um 9 Uhr, seit ZWEI Jahren, im Frühjahr.", "de"),
    ("Au XVe siècle, puis le 1er avril 2019 à 8 heures, il y a Deux Ans.", "fr"),
    ("El 30 de Mayo de 2005, hace tres años, en el siglo XX.", "es"),
    ("Il 4 luglio 2018, nel secolo XIX, due settimane fa.", "it"),
])
def test_scan_and_pattern_find_the_same_matches(text, lang):
    from factcheck.claims._time_meanings import fold
    from factcheck.claims._time_patterns import build_rules
    from factcheck.claims.times import _first_match

    for variant in (text, text.upper(), text.lower(), text.title(), text.swapcase()):
        folded = fold(variant)
        lower = lowered(folded)
        for rule in build_rules(lang):
            position, expected = 0, True
            while expected:  # every match, as extract_times resumes after a rejected one
                expected = rule.pattern.search(folded, position, len(folded))
                found = _first_match(rule, folded, lower, position, len(folded))
                assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict())), rule.name
                position = expected.start() + 1 if expected else position


def test_fold_takes_accents_off_letter_for_letter_and_keeps_every_other_character():
    """Each character alone, as NFD's first character where that decomposes a letter of Latin-1 to
    Latin Extended-B, and any mix of them: offsets found in folded text index the original."""
    import unicodedata

    def expected(char: str) -> str:
        decomposed = unicodedata.normalize("NFD", char)
        return decomposed[0] if 0xC0 <= ord(char) < 0x250 and len(decomposed) > 1 else char

    characters = [chr(code) for code in range(0x3000)] + ["\U0001F600", "Σ", "İ", "ß"]
    assert [fold(char) for char in characters] == [expected(char) for char in characters]
    text = "Über 30 % des équipes, São Paulo—Kraków: ½ «Ærø» İstanbul 😀 ÿ"
    assert fold(text) == "".join(map(expected, text)) == "Uber 30 % des equipes, Sao Paulo—Krakow: ½ «Ærø» Istanbul 😀 y"
    assert fold("plain ASCII") == "plain ASCII"


# Sentences with a match of each rule that has `Rule.contains` (durations counted from a day or from
# publication, shifts, a day of a relative month, a weekday of a relative week, a year after its
# noun, half a unit, a relative decade, a century, a month of a relative year).
CONTAINS_TEXTS = {
    "en": "Two years ago, and in three weeks, five days before yesterday, two days later, three months earlier, the "
          "year-earlier quarter, on the 20th of next month, Friday next week, in the year nineteen ninety, for half a "
          "year, in the last decade, in the 19th century and the twentieth century, two weeks from now, three days after tomorrow, in June next year.",
    "nl": "Twee jaar geleden, over drie weken, twee dagen eerder, op de 20e van de volgende maand, vrijdag volgende week, "
          "het jaar 1990, een half jaar, het vorige decennium, de 19e eeuw, drie dagen na morgen, volgend jaar juni.",
    "de": "Vor zwei Jahren, in drei Wochen, zwei Tage später, am 20. des nächsten Monats, Freitag nächste Woche, im Jahr "
          "1990, ein halbes Jahr, im letzten Jahrzehnt, im 19. Jahrhundert, drei Tage nach morgen, im Juni nächsten Jahres.",
    "fr": "Il y a deux ans, dans trois semaines, deux jours plus tard, le 20 du mois prochain, vendredi de la semaine "
          "prochaine, l'année 1990, une demi-heure, la décennie passée, au XIXe siècle, trois jours après demain, en mai l'an dernier.",
    "es": "Hace dos años, dentro de tres semanas, dos días después, el 20 del mes próximo, el viernes de la semana "
          "próxima, el año 1990, media hora, la década pasada, el siglo XIX, tres días después de mañana, en mayo del año pasado.",
    "it": "Due anni fa, tra tre settimane, due giorni dopo, il 20 del mese prossimo, venerdì della settimana prossima, "
          "l'anno 1990, mezz'ora, il decennio scorso, il XIX secolo, tre giorni dopo domani, a giugno l'anno prossimo.",
}


@pytest.mark.parametrize("lang", sorted(CONTAINS_TEXTS))
def test_every_match_of_a_rule_holds_what_the_rule_says_it_contains(lang):
    from factcheck.claims._time_patterns import build_rules

    folded = fold(CONTAINS_TEXTS[lang])
    lower = lowered(folded)
    matched = set()
    for rule in build_rules(lang):
        for match in rule.pattern.finditer(folded) if rule.contains is not None else ():
            matched.add(rule.name.split("_")[0])
            assert rule.contains.search(lower, match.start(), match.end()), (rule.name, match.group())
    assert {"duration", "century", "decade", "weekday", "wordyear"} <= matched and matched & {"month", "year"}


@pytest.mark.parametrize("lang", sorted(CONTAINS_TEXTS))
def test_lines_without_what_a_rule_contains_are_skipped_with_the_same_times(lang, monkeypatch):
    """extract_times with `Rule.contains` finds what it finds without it, in any case of the text."""
    from dataclasses import replace

    import factcheck.claims.times as times

    text = CONTAINS_TEXTS[lang] + "\n" + "Nothing here.\nThe 20th, later: 1990. Ago, before, in, week.\n" + CONTAINS_TEXTS[lang].upper()
    with_contains = extract_times(text, lang, PUB)
    needing = times._rules_needing
    monkeypatch.setattr(times, "_rules_needing", lambda *key: tuple(replace(rule, contains=None) for rule in needing(*key)))
    assert extract_times(text, lang, PUB) == with_contains
    assert len(with_contains) >= 8


def test_template_words_are_a_whole_piece_of_the_template():
    from factcheck.claims._time_patterns import template_words

    assert template_words("{N} {U}(?: or so)? ago") == "ago"
    assert template_words("il y a {N} {U}", r"\s+") == r"il\s+y\s+a"
    assert template_words("{N} {U} (?:gerekend )?(?:vanaf|na) {D}") == "(?:vanaf|na)"
    assert template_words("(?:{N} {U}|{D}) ago") is None  # a group across a slot
    assert template_words("{N} {U} ago|in {N} {U}") is None  # an alternative across a slot
    assert template_words("{N} {U}") is None
