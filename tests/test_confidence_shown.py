"""Every report a person reads says how sure each finding is, as the text report and the JSON do
(side by side, Markdown, HTML, GitHub annotations and rdjson said nothing; SARIF had no confidence)."""

import io
import json
from dataclasses import replace

import pytest

from factcheck.report.formats import render_format
from factcheck.report.side_by_side import render_side_by_side
from tests.report_factory import sample_report

CONFIDENCE = {"time_mismatch": 0.83, "number_mismatch": 0.61, "polarity_mismatch": 0.47}


def _report():
    report = sample_report()
    story = report.stories[0]
    story.findings = [replace(f, confidence=CONFIDENCE.get(f.type, 0.5)) for f in story.findings]
    return report


def _rendered(name: str) -> str:
    stream = io.StringIO()
    if name == "side-by-side":
        render_side_by_side(_report(), stream, color=False, width=160)
    else:
        render_format(_report(), name, stream)
    return stream.getvalue()


@pytest.mark.parametrize("name", ["side-by-side", "markdown", "html", "github", "rdjson"])
def test_each_finding_shows_its_confidence(name, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    out = _rendered(name)
    for value in CONFIDENCE.values():
        assert f"confidence {value:.2f}" in out, (name, value)
    assert "confidence 0.50" not in out  # every omission has the same fixed 0.5: not shown


def test_sarif_results_carry_the_confidence():
    results = json.loads(_rendered("sarif"))["runs"][0]["results"]
    by_rule = {r["ruleId"]: r["properties"].get("confidence") for r in results}
    assert by_rule == {**CONFIDENCE, "omission": None}


def _with_notes():
    """The sample story with two more info findings of low confidence (0.12 listed before 0.34 in the story)."""
    report = _report()
    story = report.stories[0]
    number = next(f for f in story.findings if f.type == "number_mismatch")
    story.findings += [replace(number, severity="info", confidence=0.12, message="a faint note"),
                       replace(number, severity="info", confidence=0.34, message="a likelier note")]
    return report


def test_markdown_folds_low_confidence_notes_after_the_findings_likeliest_first():
    stream = io.StringIO()
    render_format(_with_notes(), "markdown", stream)
    out = stream.getvalue()
    findings, notes = out.split("<details><summary>Low-confidence notes (2, confidence below 0.50)</summary>")
    notes = notes.split("</details>")[0]
    assert "number differs" in findings and "a faint note" not in findings and "a likelier note" not in findings
    assert notes.index("a likelier note") < notes.index("a faint note")  # likeliest first
    assert "confidence 0.34" in notes and "Only in one article" not in notes


def test_text_lists_low_confidence_notes_likeliest_first():
    from factcheck.report.text import render_text

    stream = io.StringIO()
    render_text(_with_notes(), stream, color=False)
    notes = stream.getvalue().split("Low-confidence notes (2")[1]
    assert notes.index("a likelier note") < notes.index("a faint note")
    # where their sentences are: not only the JSON (it said so before Markdown and HTML showed them)
    assert notes.startswith(" info, confidence below 0.50; with their sentences in --format markdown, html or json)")


def _with_one_sentence_cut_in_two():
    """The time finding twice: en:1 and en:5, a second claim of en:1's sentence, each against nl:1
    (one sentence cut into two claims, both linked to one claim of the other article)."""
    report = _report()
    story = report.stories[0]
    first = next(c for c in story.claims if c.id == "en:1")
    second = replace(first, id="en:5", start=first.start + 11, text=first.text[11:])
    story.claims.append(second)
    time = next(f for f in story.findings if f.type == "time_mismatch")
    story.findings.insert(1, replace(time, left="en:5", confidence=0.64))
    return report


def test_text_shows_findings_that_say_the_same_on_the_same_sentences_once():
    from factcheck.report.text import render_text

    stream = io.StringIO()
    render_text(_with_one_sentence_cut_in_two(), stream, color=False)
    out = stream.getvalue()
    assert out.count("time differs: “December 30”") == 1 and out.count("BlackBerry will leave Pakistan on") == 1
    assert "en:1, en:5 ↔ nl:1  confidence 0.64–0.83  (2 findings, one per pair of claims)" in out
    assert "Findings (4)" in out  # every finding counted


def test_markdown_shows_findings_that_say_the_same_on_the_same_sentences_once():
    stream = io.StringIO()
    render_format(_with_one_sentence_cut_in_two(), "markdown", stream)
    out = stream.getvalue()
    assert out.count("time differs: “December 30”") == 1
    assert "(confidence 0.64–0.83, 2 findings on these sentences): time differs: “December 30”" in out
    assert "Time differs" not in out  # the message opens with the type's title: said once


@pytest.mark.parametrize(("finding_type", "message", "heading"), [
    ("time_mismatch", "time of day differs: “7” (07:00) vs “9” (09:00)", "(confidence 0.90): time of day differs"),
    ("time_mismatch", "duration differs: “drie weken” (3 weeks) vs “three days” (3 days)", "(confidence 0.90): duration differs"),
    ("number_mismatch", "number differs: “12” vs “15”", "(confidence 0.90): number differs"),
    ("entity_mismatch", "different name: “Claes” vs “Vidal”", "(Name differs, confidence 0.90): different name"),
    ("number_mismatch", "rounded figure agrees: “2.5 %” vs “about 2 %”", "(Number differs, confidence 0.90): rounded figure"),
])
def test_markdown_heading_says_what_differs_once(finding_type, message, heading):
    # "(Time differs, confidence 0.90): time of day differs: …" said it twice (user18's zoo story)
    from factcheck.model import Finding
    from factcheck.report.findings import LocatedFinding
    from factcheck.report.markdown import _title_unless_said

    finding = Finding(finding_type, "error", "en:1", "nl:1", message, {}, confidence=0.9)
    title = _title_unless_said(LocatedFinding(None, finding, None, None, None, None))
    assert f"({title + ', ' if title else ''}confidence 0.90): {message}".startswith(heading)


def test_markdown_rows_name_the_claims_the_messages_refer_to():
    """A message names claim ids ("one side negates the claim (nl:3)"); the rows said only 'en' / 'nl'."""
    stream = io.StringIO()
    render_format(_with_one_sentence_cut_in_two(), "markdown", stream)
    out = stream.getvalue()
    assert "| **en:4** |" in out and "| **nl:3** |" in out  # the negation finding's two rows
    assert "| **en:1, en:5** |" in out  # both claims of the sentence two findings share


def test_an_article_that_gave_no_claim_says_why_in_the_text_report():
    # Its only text set aside as boilerplate, it showed as "0 claims" with no word on why (the JSON kept it).
    import io

    from factcheck.model import Document, RemovedSpan, Report
    from factcheck.report.text import render_text
    from tests.report_factory import story_report

    story = story_report()
    story.documents.append(Document("ja\x1b[31m", "ja.md", "en", "東京の橋は閉鎖された。"))
    story.removed["ja\x1b[31m"] = [RemovedSpan(0, 11, "site or section name before the headline", "東京の橋は閉鎖された。")]
    story.documents.append(Document("dots", "dots.md", "en", "... !!!"))
    stream = io.StringIO()
    render_text(Report(stories=[story]), stream, color=False)
    lines = stream.getvalue().splitlines()
    assert "  ja␛[31m: no claims, its text was set aside (site or section name before the headline)." in lines
    assert "  dots: no claims, no sentence with words." in lines
    assert not any(line.startswith(("  en: no claims", "  nl: no claims")) for line in lines)


@pytest.mark.parametrize("limit", [500, 900, 1300, 1600])
def test_a_job_summary_over_the_limit_is_cut_at_a_line_end_with_folded_blocks_closed(limit, monkeypatch, tmp_path):
    # It was cut at a byte: mid-word, mid-table-row, inside a <details> block that swallowed the note.
    from factcheck.report import github
    from factcheck.report.markdown import markdown_report

    report = sample_report()
    whole = markdown_report(report)
    monkeypatch.setattr(github, "STEP_SUMMARY_LIMIT", limit)
    summary = tmp_path / "summary.md"
    github.append_step_summary(report, str(summary))
    written = summary.read_text(encoding="utf-8")
    assert len(written.encode("utf-8")) <= limit and len(whole.encode("utf-8")) > limit
    kept, _, note = written.rpartition("_… truncated")
    assert whole.startswith(kept.rstrip("\n").removesuffix("</details>").rstrip("\n"))
    assert written.count("<details>") == written.count("</details>")
    assert kept.endswith("\n\n") and "limited to 1 MiB" in note
