"""Only the values a finding says differ are marked in its sentences, in every format meant to be
read: a date clash does not also mark the duration both sentences agree on."""

from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

MUSEUM = Path(__file__).resolve().parent / "fixtures" / "museum_six"
INPUTS = [str(MUSEUM / "en.md"), str(MUSEUM / "fr.md")]  # reopened "on Saturday" vs "vendredi", both "two years"


def compare(*args):
    result = CliRunner().invoke(app, ["compare", *INPUTS, *args], env={"NO_COLOR": "1", "COLUMNS": "300"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_text_marks_the_differing_days_not_the_agreeing_duration():
    out = compare()
    assert "reopened on «Saturday» after a two-year renovation" in out
    assert "a rouvert «vendredi» après deux ans de rénovation" in out


def test_markdown_marks_the_differing_days_not_the_agreeing_duration():
    out = compare("--format", "markdown")
    assert "reopened on **Saturday** after a two-year renovation" in out
    assert "a rouvert **vendredi** après deux ans de rénovation" in out


def test_html_marks_the_differing_days_not_the_agreeing_duration():
    out = compare("--format", "html")
    assert '<mark class="facet">Saturday</mark>' in out and '<mark class="facet">vendredi</mark>' in out
    assert '<mark class="facet">two-year</mark>' not in out and '<mark class="facet">deux ans</mark>' not in out


def claims(*paths):
    result = CliRunner().invoke(app, ["claims", *map(str, paths)], env={"NO_COLOR": "1", "COLUMNS": "300"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_claims_mark_overlapping_values_once():
    # "two" (a number) lies inside "two-year" (a duration): one pair of brackets, not nested ones.
    out = claims(MUSEUM / "en.md")
    assert "after a «two-year» renovation" in out and "««" not in out and "»»" not in out


def test_claims_show_large_figures_in_digits():
    out = claims(MUSEUM / "de.md")
    assert "[28 Millionen Euro = 28,000,000 EUR]" in out and "e+07" not in out


def test_claims_read_times_of_day_and_bounds_as_the_findings_do(tmp_path):
    """A time of day was listed as minutes since midnight ('10.45 uur = 645 clock'); a bound lost
    its word ('at least 24 people' was '24 people')."""
    article = tmp_path / "nl.md"
    article.write_text("---\nlang: nl\npublished: 2019-03-19\n---\nDe schietpartij vond om 10.45 uur plaats. "
                       "Minstens 24 mensen raakten gewond.\n", encoding="utf-8")
    out = claims(article)
    assert "10.45 uur = 10:45" in out and "clock" not in out
    assert "at least 24" in out
    # the time of day is said with its day, once: it said "10.45 uur = 2019-03-19; 10.45 uur = 10:45"
    assert "[10.45 uur = 10:45 on 2019-03-19]" in out and out.count("10:45") == 1
