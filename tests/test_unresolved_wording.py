"""Times that cannot be placed on the calendar (no publication date) are said in words in the findings
and the claims listing (branch review18): "a Monday", "3 years before publication", never the
anchor code ("weekday:0", "-3y", "day+2") a reader has to decode. The texts are written for these
tests."""

import io
import re

import pytest

from factcheck.model import Document, Report, readable_anchor
from factcheck.pipeline import Options, compare_documents
from factcheck.report.text import render_text

# What the anchors look like: "weekday:0", "day+2", "-3y", "last_week", "date:12-30", "todayTMO".
ANCHOR_CODE = re.compile(r"weekday:\d|day[+-]\d|[+-]\d+[dwmy]\b|(?:last|next|this)_(?:week|month|year)|date:\d|month:\d|T(?:MO|AF|EV|NI)\b")


@pytest.mark.parametrize("anchor, words", [
    ("weekday:0", "a Monday"),
    ("weekday:4TMO", "a Friday morning"),
    ("weekday:2T15:00", "a Wednesday at 15:00"),
    ("prev:weekday:5", "the last Saturday before publication"),
    ("week+1:weekday:6", "the Sunday 1 week after that of publication"),
    ("today", "the publication day"),
    ("yesterdayTEV", "the evening of the day before publication"),
    ("tomorrow", "the day after publication"),
    ("day+2", "2 days after publication"),
    ("-3y", "3 years before publication"),
    ("+1w", "1 week after publication"),
    ("-3w@previous", "3 weeks before the text's previous date"),
    ("day+0@previous", "the day of the text's previous date"),
    ("+0y", "the year of publication"),
    ("last_week", "last week"),
    ("begin_of_next_week", "start of next week"),
    ("last_year:month:5", "May of last year"),
    ("last_month:month:12", "the last December before publication"),
    ("date:12-30", "30 December, year unknown"),
    ("month:6", "June, year unknown"),
    ("season:SU", "summer, year unknown"),
    ("PRESENT_REF", "now"),
])
def test_an_anchor_is_said_in_words(anchor, words):
    assert readable_anchor(anchor) == words


@pytest.mark.parametrize("anchor", [None, "relative", "date:13-40", "-2m@day-1", "weekday:9", "something_new"])
def test_an_anchor_not_understood_is_a_relative_time_not_a_code(anchor):
    assert readable_anchor(anchor) == "a relative time"


def _undated_story():
    english = "The minister said on Monday that the bridge will open. Three years ago, 30 people died there. The vote is tomorrow."
    dutch = "De minister zei dinsdag dat de brug opengaat. Vier jaar geleden stierven er 30 mensen. De stemming is overmorgen."
    docs = [Document(id=lang, path=f"<{lang}>", lang=lang, text=text, published=None)
            for lang, text in (("en", english), ("nl", dutch))]
    return compare_documents(docs, Options(use_cache=False))


def test_undated_times_that_differ_are_explained_in_words():
    story = _undated_story()
    messages = [f.message for f in story.findings if f.type == "time_mismatch"]
    assert any("“Monday” (a Monday, unresolved) vs “dinsdag” (a Tuesday, unresolved)" in m for m in messages)
    assert any("“Three years ago” (3 years before publication, unresolved)" in m
               and "“Vier jaar geleden” (4 years before publication, unresolved)" in m for m in messages)
    assert any("“overmorgen” (2 days after publication, unresolved)" in m for m in messages)
    assert not [m for m in messages if ANCHOR_CODE.search(m)]


def test_the_claims_listing_says_an_undated_time_in_words():
    stream = io.StringIO()
    render_text(Report(stories=[_undated_story()]), stream, color=False, width=400, list_claims=True)
    listing = stream.getvalue()
    assert "Monday = a Monday, unresolved" in listing
    assert "tomorrow = the day after publication, unresolved" in listing
    assert not ANCHOR_CODE.search(listing)


def test_the_claims_listing_states_a_value_once_where_its_reading_repeats_the_text():
    stream = io.StringIO()
    render_text(Report(stories=[_undated_story()]), stream, color=False, width=400, list_claims=True)
    listing = stream.getvalue()
    assert "[3 years before publication" not in listing  # the text is still named before its reading
    assert "Three years ago = 3 years before publication, unresolved" in listing
    assert re.search(r"\[[^]]*\b30 (people|mensen)\b", listing)
    assert not re.search(r"(\b30 \w+) = \1\b", listing)


def _story(texts: dict[str, str], published):
    docs = [Document(id=lang, path=f"<{lang}>", lang=lang, text=text, published=published) for lang, text in texts.items()]
    return compare_documents(docs, Options(use_cache=False))


def test_a_time_off_the_calendar_says_the_article_has_no_publication_date():
    (finding,) = [f for f in _undated_story().findings if f.type == "time_mismatch" and "Monday" in f.message]
    assert "“Monday” and “dinsdag” cannot be placed on the calendar: no publication date given" in finding.message
    assert "outside years" not in finding.message


def test_a_time_off_the_calendar_says_it_falls_before_year_one():
    from datetime import date

    story = _story({"en": "The mayor said yesterday that the bridge closed.", "nl": "De burgemeester zei vandaag dat de brug dichtging."},
                   date(1, 1, 1))
    (finding,) = [f for f in story.findings if f.type == "time_mismatch"]
    assert "“yesterday” cannot be placed on the calendar: counted from the publication date given, outside years 1-9999" in finding.message
    assert "no publication date" not in finding.message
