"""A four-digit figure after a month is a count, not the month's year, when a noun it counts follows
("Depuis début septembre, 1240 cas"): the month keeps the publication's year and the figure is a number."""
from datetime import date

import pytest

from factcheck.claims.numbers import extract_numbers
from factcheck.claims.times import extract_times

PUBLISHED = date(2026, 12, 7)

COUNTS = [
    ("fr", "Depuis début septembre, 1240 cas ont été déclarés.", "début septembre", 1240),
    ("de", "Seit Anfang September, 1200 Tote wurden gezählt.", "Anfang September", 1200),
    ("es", "En marzo, 1500 manifestantes marcharon por el centro.", "marzo", 1500),
    ("it", "Da inizio ottobre, 1800 pazienti sono stati ricoverati.", "inizio ottobre", 1800),
    ("nl", "Sinds begin september zijn 1240 gevallen gemeld.", "begin september", 1240),
    ("pt", "Desde o início de setembro, 1240 casos foram registados.", "início de setembro", None),  # no number rules for pt
]


@pytest.mark.parametrize("lang, text, month_span, figure", COUNTS)
def test_a_figure_before_a_counted_noun_is_no_year(lang, text, month_span, figure):
    times = extract_times(text, lang, PUBLISHED)
    assert [t.text for t in times] == [month_span]
    assert str(times[0].value).startswith("2026-")
    if figure is not None:
        assert figure in [q.value for q in extract_numbers(text, lang)]


@pytest.mark.parametrize("lang, text, value", [
    ("fr", "Depuis début septembre 2024, les cas augmentent.", "2024-09"),
    ("de", "Im Mai 2023 wurden die Regeln geändert.", "2023-05"),
    ("nl", "In mei 2031 gaat de lijn open.", "2031-05"),
    ("es", "Desde finales de mayo, 2000 habitantes fueron evacuados.", None),
])
def test_a_year_without_a_counted_noun_stays_a_year(lang, text, value):
    values = [str(t.value) for t in extract_times(text, lang, PUBLISHED)]
    if value is None:
        assert "2000" not in values  # a count of inhabitants, not the year 2000
    else:
        assert value in values


def test_english_keeps_the_year_before_a_bare_plural():
    # "In May 2016 voters approved": English fronts a time before a bare plural subject and
    # writes a count of thousands with a comma, so a noun after the year is no evidence there
    assert [str(t.value) for t in extract_times("In May 2016 voters approved the plan.", "en", PUBLISHED)] == ["2016-05"]
