"""The word-class pre-check of the time rules (Rule.needs) is for speed only: a rule reads only the
lines that hold a word of one of its classes, so no match may lie on a line the check skips."""

from datetime import date
from pathlib import Path

import pytest

from factcheck.claims import times
from factcheck.claims._time_meanings import Lines, fold, lowered
from factcheck.claims._time_patterns import build_rules, word_classes

FIXTURES = Path(__file__).parent / "fixtures"
LANGS = ("en", "nl", "de", "fr", "es", "it")

# Own sentences for the rules that once had no word class (centuries, "the fiscal year"), and a few
# other kinds of time expression, one a line as in NTREX-style input.
SENTENCES = {
    "en": ["The accounts close at the year-end, and the audit is due by mid-year.",
           "The chapel was built in the 14th century and rebuilt in the nineteenth century.",
           "Sales for the fiscal year rose 4%; the year ended March 31 was weaker.",
           "Twentieth-century furniture fills the hall, open every Monday from 9:30 until noon.",
           "The full year looks better than the first quarter of 2019, the director said last week."],
    "nl": ["Het verslag komt voor het jaareinde, de begroting aan het eind van het jaar.",
           "De kerk stamt uit de 14e eeuw, de toren uit de zestiende eeuw.",
           "Het museum is sinds vorig jaar elke dinsdag open, van 10.00 tot 17.00 uur."],
    "de": ["Der Bericht kommt zum Jahresende, die Bilanz bis zum Monatsende.",
           "Die Burg wurde im 12. Jahrhundert gebaut, die Kapelle im fünfzehnten Jahrhundert.",
           "Seit drei Jahren ist das Haus am Wochenende geöffnet, zuletzt am 3. Mai 2021."],
    "fr": ["Le rapport paraîtra en fin d'année, le bilan en fin de mois.",
           "L'abbaye date du XIIe siècle et la tour du 15e siècle.",
           "Le musée rouvre lundi prochain, deux ans après la fermeture du 4 mars 2020."],
    "es": ["El informe saldrá a fin de año y el balance a principios de año.",
           "El puente es del siglo XVI y la torre del siglo 18.",
           "La obra duró tres meses y terminó el pasado martes, 12 de enero."],
    "it": ["Il rapporto uscirà a fine anno, il bilancio a fine mese.",
           "La chiesa risale al XIII secolo, il campanile al secolo XV.",
           "Il museo riapre domenica, dopo due anni di lavori iniziati nel marzo 2019."],
}


def corpus(lang: str) -> str:
    """The language's own sentences and the article fixtures written in it, one line each."""
    lines = list(SENTENCES[lang])
    for folder in ("museum_six", "comparable"):
        path = FIXTURES / folder / f"{lang}.md"
        if path.exists():
            lines += [line for line in path.read_text(encoding="utf-8").split("---", 2)[-1].splitlines() if line.strip()]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", LANGS + ("pt",))
def test_every_rule_has_a_known_word_class(lang):
    classes = word_classes(lang)
    for rule in build_rules(lang):
        assert rule.needs and set(rule.needs) <= set(classes), rule.name


@pytest.mark.parametrize("lang", LANGS)
def test_no_rule_matches_on_a_line_its_word_classes_skip(lang):
    folded = fold(corpus(lang))
    lines = Lines(folded)
    lines_with = times._lines_with_word_classes(lang, lowered(folded), lines)
    matched = set()
    for rule in build_rules(lang):
        read = set().union(*(lines_with[name] for name in rule.needs))
        for index, (start, end) in enumerate(lines.spans(lines.every)):
            found = rule.pattern.search(folded, start, end)
            assert found is None or index in read, (rule.name, found)
            if found:
                matched.add(rule.name.split("_")[0])
                matched.add("compound" if "_compound_" in rule.name else "")
    assert "century" in matched and "compound" in matched  # (compounds: the "position" class alone)  # the corpus reaches the rules that once ran on every line
    assert lang != "en" or "current" in matched


@pytest.mark.parametrize("lang", LANGS)
def test_extraction_with_the_pre_check_equals_extraction_without(lang, monkeypatch):
    text = corpus(lang)
    gated = times.extract_times(text, lang, date(2021, 6, 1))
    monkeypatch.setattr(times, "_lines_with_word_classes",
                        lambda lang, lower, lines: {name: set(lines.every) for name in word_classes(lang)})
    ungated = times.extract_times(text, lang, date(2021, 6, 1))
    assert gated == ungated
    assert any(expr.granularity == "century" for expr in gated)


# Where several rules match overlapping words, the first in their order takes them.
OVERLAPPING = {"en": ["The museum reopened on 3 March 2021, next Monday, April 5, at 9:30.",
                      "In the first quarter of 2019 sales fell; by the end of the year they rose again."]}


@pytest.mark.parametrize("lang", LANGS)
def test_each_line_read_alone_finds_the_same_with_and_without_the_pre_check(lang, monkeypatch):
    """As the pipeline reads them, a sentence at a time: each line has its own set of classes, and
    the rules that set admits (sifted once per set) run in their order, which decides overlaps."""
    lines = [line for line in corpus(lang).splitlines() if line.strip()] + OVERLAPPING.get(lang, [])
    gated = [times.extract_times(line, lang, date(2021, 6, 1)) for line in lines]
    monkeypatch.setattr(times, "_lines_with_word_classes",
                        lambda lang, lower, lines: {name: set(lines.every) for name in word_classes(lang)})
    monkeypatch.setattr(times, "_rules_needing", lambda lang, present: build_rules(lang))  # every rule, in order
    assert gated == [times.extract_times(line, lang, date(2021, 6, 1)) for line in lines]
    assert sum(map(len, gated)) >= 3
