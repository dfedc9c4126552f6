"""A weekday against a day counted from the publication date (issue 13, branch `faithful17`).

"Thursday" is named in the text; "gisteren" names a day only through the publication date given,
which need not be the day the text was written for (a translation released a day later, one date
given for every article of a story). Such a clash is a note that says which publication weekday
would make the two agree; a weekday against a weekday, or a written date against "yesterday", is
compared as before. The publication date of these tests is Monday 2015-11-30."""

import pytest

from tests.test_compare import findings, severity_of


def _time_findings(left, lang, right, right_lang="en"):
    found, all_findings = findings(left, lang, right, right_lang)
    return severity_of("time_mismatch", found), [f for f in all_findings if f.type == "time_mismatch"]


@pytest.mark.parametrize(
    "left, lang, right, right_lang, agreeing",
    [
        ("De minister trad gisteren af na de stemming.", "nl", "The minister resigned on Thursday after the vote.", "en", "Friday"),
        ("Der Minister trat gestern nach der Abstimmung zurück.", "de", "The minister resigned on Thursday after the vote.", "en", "Friday"),
        ("Le ministre a démissionné hier après le vote.", "fr", "The minister resigned on Thursday after the vote.", "en", "Friday"),
        ("El ministro dimitió ayer tras la votación.", "es", "The minister resigned on Wednesday after the vote.", "en", "Thursday"),
        ("Il ministro si è dimesso ieri dopo il voto.", "it", "The minister resigned on Wednesday after the vote.", "en", "Thursday"),
        ("De stemming is morgen.", "nl", "The vote is on Friday.", "en", "Thursday"),
        ("The minister resigned yesterday after the vote.", "en", "Der Minister trat am Donnerstag nach der Abstimmung zurück.", "de", "Friday"),
    ],
)
def test_a_weekday_against_a_day_counted_from_publication_is_a_note_naming_the_agreeing_weekday(left, lang, right, right_lang, agreeing):
    severities, found = _time_findings(left, lang, right, right_lang)
    assert severities == {"info"}
    (finding,) = found
    assert finding.evidence["publication"] is True
    assert "2015-11-30, a Monday" in finding.message
    assert finding.message.endswith(f"if the article was published on a {agreeing}")
    assert finding.confidence <= 0.3


@pytest.mark.parametrize(
    "left, lang, right, expected",
    [
        # the weekday is the day counted from publication: they agree
        ("De minister trad gisteren af na de stemming.", "nl", "The minister resigned on Sunday after the vote.", set()),
        ("Le ministre a démissionné hier après le vote.", "fr", "The minister resigned on Sunday after the vote.", set()),
        # a date written out is no weekday: "yesterday" against it is checked against the date given
        ("Le ministre a démissionné hier après le vote.", "fr", "The minister resigned on 20 November after the vote.", {"error"}),
        ("Der Minister trat gestern nach der Abstimmung zurück.", "de", "The minister resigned on 20 November after the vote.", {"error"}),
        # two weekdays are both named in the text
        ("De minister trad donderdag af na de stemming.", "nl", "The minister resigned on Tuesday after the vote.", {"error"}),
    ],
)
def test_an_agreeing_weekday_agrees_and_a_written_date_or_a_second_weekday_still_clashes(left, lang, right, expected):
    severities, found = _time_findings(left, lang, right)
    assert severities == expected
    assert not any(f.evidence["publication"] for f in found)
