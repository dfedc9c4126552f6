"""Values far outside what news states (branch review18): years no calendar holds and figures beyond
a float's precision are read without a crash, and a reading never shows digits the text does not
have. The texts are written for these tests."""

from datetime import date

from factcheck.claims.numbers import extract_numbers
from factcheck.claims.times import extract_times
from factcheck.model import quoted_figure, readable_number

PUBLISHED = date(2020, 1, 1)


def test_a_figure_beyond_float_precision_shows_the_digits_it_holds_then_zeros():
    [figure] = extract_numbers("The deficit was 12345678901234567890 dollars.", "en")
    reading = readable_number(figure.value)
    assert reading == "12,345,678,901,234,567,000"  # was 12,345,678,901,234,567,168
    assert reading.replace(",", "")[:17] == "12345678901234567890"[:17]
    assert "168" not in quoted_figure(figure)


def test_whole_numbers_a_float_holds_exactly_are_shown_exactly():
    assert readable_number(2.0**53 - 1) == "9,007,199,254,740,991"
    assert readable_number(2.0**53) == "9,007,199,254,740,992"
    assert readable_number(28_000_000.0) == "28,000,000"
    assert readable_number(-3.5) == "-3.5"


def test_years_no_calendar_holds_are_no_dates():
    for lang, text in (("en", "In the year 99999 the city will have 5 million people. In 30000 BC the first settlers came."),
                       ("nl", "In het jaar 99999 heeft de stad 5 miljoen inwoners. In 30000 v.Chr. kwamen de eersten.")):
        times = extract_times(text, lang, PUBLISHED)
        assert not [t for t in times if t.value and ("99999" in t.text or "30000" in t.text)], times
