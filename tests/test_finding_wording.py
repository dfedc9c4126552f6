"""How findings explain themselves (branch explain14): each message names the values as written and,
where it says more, as read, in words a reader need not decode, and its reasons are true of the two
sentences. The texts are written for these tests."""

import io
import re
from dataclasses import replace
from datetime import date

import pytest

from factcheck.model import Document, Finding, Report, TimeExpr, quoted_reading, readable_time_span
from factcheck.pipeline import Options, compare_documents, run
from factcheck.report.text import render_text

from .conftest import ROOT, SEEDS
from .report_factory import story_report

DAY = date(2020, 3, 2)
REPEATED_READING = re.compile(r"“([^”]+)” \(\1\)")


def story_of(*articles: tuple[str, str]):
    docs = [Document(id=lang, path=f"<{lang}>", lang=lang, text=text, published=DAY) for lang, text in articles]
    return compare_documents(docs, Options(use_cache=False))


def _duration(value: str, mod: str | None = None, earliest: str | None = None, latest: str | None = None) -> TimeExpr:
    return TimeExpr("x", 0, 1, value, "duration", False, earliest=earliest, latest=latest, type="DURATION", mod=mod)


@pytest.mark.parametrize("duration, words", [
    (_duration("P30Y"), "30 years"),
    (_duration("PT1H", "MORE_THAN"), "more than 1 hour"),
    (_duration("PT8H30M"), "8 hours 30 minutes"),
    (_duration("P1D", "APPROX"), "about 1 day"),
    (_duration("P2W", earliest="P2W", latest="P3W"), "2 weeks to 3 weeks"),
    (_duration("PXY"), "years"),  # "decades", "des années": no number stated
])
def test_a_duration_is_said_in_words_not_as_its_timex_code(duration, words):
    assert readable_time_span(duration) == words


def test_a_repetition_is_said_in_words():
    every = replace(_duration("P1Y"), type="SET", granularity="set")
    assert readable_time_span(every) == "every year"
    assert readable_time_span(replace(every, value="P2W")) == "every 2 weeks"
    # a weekday or month that recurs: the claims listing said "[montags = XXXX-WXX-1]"
    assert readable_time_span(replace(every, value="XXXX-WXX-1")) == "every Monday"
    assert readable_time_span(replace(every, value="XXXX-WXX-2TNI")) == "every Tuesday night"
    assert readable_time_span(replace(every, value="XXXX-07")) == "every July"


def test_a_vague_reference_is_said_in_words():
    # "[die Zukunft = FUTURE_REF]" in the claims listing
    future = TimeExpr("die Zukunft", 0, 11, "FUTURE_REF", "ref", False)
    assert readable_time_span(future) == "the future"
    assert readable_time_span(replace(future, value="PAST_REF")) == "the past"


@pytest.mark.parametrize("value, mod, words", [
    ("2029-10-09TEV", None, "the evening of 2029-10-09"),
    ("2031-07-20T18:30", "APPROX", "about 18:30 on 2031-07-20"),
    ("2030-06-04T24:00", "BEFORE", "before 24:00 on 2030-06-04"),
])
def test_a_time_of_day_is_said_with_its_day_in_words(value, mod, words):
    # the claims listing and the omissions said the day alone ("Sonntag gegen 20.30 Uhr = 2031-07-20")
    day = value[:10]
    time = TimeExpr("x", 0, 1, value, "time", False, earliest=day, latest=day, type="TIME", mod=mod)
    assert readable_time_span(time) == words


def test_a_duration_code_that_is_not_understood_is_shown_as_it_is():
    assert readable_time_span(_duration("P2L")) == "P2L"  # decades in TimeBank: left for a reader to see


TIMEX_CODE = re.compile(r"\bP(?:T?\d|T)|\dT(?:MO|AF|EV|NI|\d)|APPROX|MORE_THAN|LESS_THAN")


@pytest.mark.parametrize("left, lang, right, said", [
    # a part of day and a clock time on their day: they showed "(2015-11-30TEV)", "(2015-11-30T18:30, APPROX)"
    ("Het ongeluk gebeurde maandagochtend.", "nl", "The accident happened on Monday evening.",
     "time of day differs: “maandagochtend” (the morning of 2015-11-30) vs “Monday evening” (the evening of 2015-11-30)"),
    ("Het ongeluk gebeurde maandag rond half zeven 's avonds.", "nl", "The accident happened on Monday afternoon.",
     "(about 18:30 on 2015-11-30) vs “Monday afternoon” (the afternoon of 2015-11-30)"),
    # lengths and repetitions: they showed "(PT30M, APPROX)", "(P1W)"
    ("Die Fahrt dauerte rund 30 Minuten.", "de", "The journey took an hour.",
     "duration differs: “rund 30 Minuten” (about 30 minutes) vs “an hour” (1 hour)"),
    ("De krant verschijnt elke week.", "nl", "The paper appears every day.",
     "frequency differs: “elke week” (every week) vs “every day”"),
])
def test_a_time_of_day_duration_or_frequency_finding_says_its_values_in_words(left, lang, right, said):
    from tests.test_timex import _time_findings

    (finding,) = _time_findings(left, lang, right)
    assert said in finding.message
    assert not TIMEX_CODE.search(finding.message), finding.message


def test_a_reading_that_only_repeats_the_text_is_left_out():
    assert quoted_reading("55", "55") == "“55”"
    assert quoted_reading("Zwei", "2") == "“Zwei” (2)"


def test_number_findings_do_not_repeat_a_figure_as_its_reading():
    story = story_of(("en", "The fire at the Lyon plant on Tuesday injured 55 workers, the company said."),
                     ("fr", "L'incendie de l'usine de Lyon mardi a blessé 66 ouvriers, a indiqué l'entreprise."))
    found = [f for f in story.findings if f.type == "number_mismatch"]
    assert found and "“55”" in found[0].message and "“66”" in found[0].message
    assert not REPEATED_READING.search(found[0].message)


def test_a_one_sided_count_of_people_and_a_duration_read_as_a_reader_says_them():
    story = story_of(("fr", "Le pont de Lyon, fermé pendant 30 ans, a rouvert mardi avec 23 personnes à bord du premier tram."),
                     ("en", "The bridge in Lyon reopened on Tuesday."))
    (found,) = [f for f in story.findings if f.type == "omission" and "values" in f.evidence]
    readings = {v["text"]: v["reading"] for v in found.evidence["values"]}
    assert readings["30 ans"] == "“30 ans” (30 years)"  # was "(P30Y)"
    # The role's noun stands for "people", not after it ("23 people passengers", "23 people people").
    assert readings["23 personnes"] == "“23 personnes” (23 passengers)"
    assert "P30Y" not in found.message and "people passengers" not in found.message


@pytest.fixture(scope="module")
def six_languages():
    (story,) = run([str(ROOT / "tests" / "fixtures" / "six_languages")], Options()).stories
    return story


def test_a_witness_is_said_to_clash_with_neither_side_not_to_agree_with_both(six_languages):
    # The German sentence gives 31 March and the Spanish one 30 April: the German article cannot agree
    # with both sides of the Spanish-Dutch difference, it only raises no warning against either.
    downgraded = [f for f in six_languages.findings if "witness" in f.evidence]
    assert downgraded
    for finding in downgraded:
        assert "agrees with both" not in finding.message
        assert f"({finding.evidence['witness']}) is linked to both with no warning or error against either" in finding.message


def test_a_statement_date_note_names_what_it_dates(six_languages):
    notes = [f for f in six_languages.findings if f.type == "time_mismatch" and f.evidence.get("statement")]
    assert notes and all(f.message.endswith("; one of the two times dates a statement, not the fact it reports") for f in notes)


def test_wrapped_low_confidence_notes_hang_under_their_text():
    story = story_report()
    base = next(f for f in story.findings if f.left and f.right)
    note = Finding("polarity_mismatch", "info", base.left, base.right,
                   "“niet” (not) negates the one claim; the other states it without a negation; " * 3, base.evidence,
                   confidence=0.2)
    stream = io.StringIO()
    render_text(Report(stories=[replace(story, findings=[note])]), stream, color=False, width=60)
    lines = stream.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("• polarity_mismatch"))
    end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    assert end - start > 2 and all(line.startswith("  ") for line in lines[start + 1:end]), lines[start:end]


def test_a_negation_in_the_neighbouring_sentence_says_what_may_have_happened():
    (story,) = run([str(SEEDS)], Options()).stories
    notes = [f for f in story.findings if "neighbouring sentence" in f.message]
    assert notes and all("the other article may have split one sentence in two" in f.message for f in notes)
    assert not any("one sentence made two" in f.message for f in notes)
