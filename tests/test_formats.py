"""Machine and sharing formats: SARIF (validated against the official schema), GitHub workflow
commands (escaping, limits, job summary), Markdown, rdjson, HTML — all from a Report built in
tests/report_factory.py, independent of the pipeline."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.report.findings import located_findings
from factcheck.report.github import AnnotationLimits, annotation, escape_data, escape_property, render_github, workflow_command
from factcheck.report.html import html_page
from factcheck.report.locations import position_at, span_location
from factcheck.report.markdown import markdown_report
from factcheck.report.rdjson import rdjson_result
from factcheck.report.sarif import sarif_log
from tests.report_factory import many_findings_report, sample_report, story_report, write_articles

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


def _render(renderer, report, **kwargs) -> str:
    stream = io.StringIO()
    renderer(report, stream, **kwargs)
    return stream.getvalue()


# --- locations in the original file ---------------------------------------------------------


def test_line_and_column_count_front_matter_lines(tmp_path):
    en_path, _ = write_articles(tmp_path)
    story = story_report(en_path=str(en_path))
    original_lines = en_path.read_text(encoding="utf-8").split("\n")
    for claim in (c for c in story.claims if c.doc == "en"):
        location = span_location(story.documents[0], claim.start, claim.end)
        line = original_lines[location.start.line - 1]
        assert line[location.start.column - 1 :].startswith(claim.text)


def test_byte_column_counts_utf8_bytes():
    doc = replace(story_report().documents[0], text="é𐐀b", body_line_offset=2)
    position = position_at(doc, 2)  # the "b"
    assert (position.line, position.column, position.byte_column) == (3, 3, 7)


def test_html_and_jsonl_inputs_get_file_and_line_level_locations():
    doc = story_report().documents[0]
    assert span_location(replace(doc, path="page.html"), 0, 5).start is None
    jsonl = span_location(replace(doc, path="feed.jsonl:7"), 0, 5)
    assert (jsonl.path, jsonl.start.line, jsonl.start.column) == ("feed.jsonl", 7, None)


# --- SARIF ------------------------------------------------------------------------------------


def test_sarif_validates_against_the_official_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(json.dumps(sarif_log(sample_report())))
    jsonschema.Draft4Validator(schema).validate(log)


def test_sarif_has_one_result_per_finding_with_rule_and_related_location():
    run = sarif_log(sample_report())["runs"][0]
    results = run["results"]
    assert len(results) == 4
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {r["ruleId"] for r in results}
    time_result = next(r for r in results if r["ruleId"] == "time_mismatch")
    region = time_result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (6, 1)  # 5 front-matter lines
    related = time_result["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "articles/blackberry/nl.md"
    assert related["region"]["startLine"] == 5
    assert [r["level"] for r in results] == ["error", "error", "warning", "note"]


def test_sarif_fingerprints_are_stable_and_ignore_line_shifts():
    first = sarif_log(sample_report())["runs"][0]["results"]
    shifted_report = sample_report()
    story = shifted_report.stories[0]
    story.documents = [replace(doc, body_line_offset=doc.body_line_offset + 3) for doc in story.documents]
    shifted = sarif_log(shifted_report)["runs"][0]["results"]
    prints = [r["partialFingerprints"] for r in first]
    assert prints == [r["partialFingerprints"] for r in shifted]
    assert len({json.dumps(p) for p in prints}) == len(prints)
    assert first[0]["locations"] != shifted[0]["locations"]


# --- GitHub workflow commands ------------------------------------------------------------------


def test_github_escaping():
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    command = workflow_command("error", "x: y, z", file="dir,1/a:b.md", line=3)
    assert command == "::error file=dir%2C1/a%3Ab.md,line=3::x: y, z"


def test_github_annotation_points_at_the_original_line():
    output = _render(render_github, sample_report())
    first = output.splitlines()[0]
    assert first.startswith("::error file=articles/blackberry/en.md,line=6,endLine=6,col=1,")
    assert "title=factcheck time_mismatch%3A Time differs::" in first
    # the claim id the other reports use, its language named once (was 'nl [nl] (…)')
    assert "%0Anl:1 (Dutch, articles/blackberry/nl.md:5:1): " in first
    assert all(line.startswith("::") for line in output.splitlines())  # one command per line
    assert "100%25 sure" in output


def test_github_limits_most_severe_first_then_one_overflow_notice():
    report = many_findings_report(errors=12, warnings=12, infos=6)
    assert sum(len(s.findings) for s in report.stories) == 30
    lines = _render(render_github, report).splitlines()
    commands = [line.split(" ", 1)[0] for line in lines]
    assert commands[:10] == ["::error"] * 10
    assert commands[10:20] == ["::warning"] * 10
    assert commands[20:26] == ["::notice"] * 6
    assert len(lines) == 27
    assert "4 more findings not shown" in lines[-1]


def test_github_keeps_within_the_per_job_cap():
    report = many_findings_report(errors=12, warnings=12, infos=12)
    lines = _render(render_github, report, limits=AnnotationLimits(per_level=10, per_job=20))
    lines = lines.splitlines()
    assert len(lines) == 20  # 19 findings + the overflow notice
    assert "17 more findings" in lines[-1]


def test_github_writes_the_full_table_to_the_step_summary(tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    _render(render_github, many_findings_report(), summary_path=str(summary))
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")  # appended, not replaced
    assert "| Story | Articles |" in text
    assert text.count("error finding") == 12 and text.count("warning finding") == 12


# --- Markdown ----------------------------------------------------------------------------------


def test_markdown_has_summary_table_and_both_sentences():
    text = markdown_report(sample_report())
    assert "## factcheck: 1 story, 2 errors, 1 warning, 1 info" in text
    assert "| `blackberry` | en, nl | 7 | 3 | 0 | 0 | 3 | 0 | 1 | 2 | 1 | 1 |" in text  # was "en (en), nl (nl)"
    assert "BlackBerry will leave Pakistan on **December 30**, the company said Monday." in text
    assert "BlackBerry vertrekt op **31 december** uit Pakistan" in text
    assert "`articles/blackberry/nl.md:5:1`" in text


def test_summary_tables_count_weak_links_so_statuses_add_up_to_the_pairs():
    report = sample_report()
    story = report.stories[0]
    story.pairs[0] = replace(story.pairs[0], status="weak")
    header, row = _summary_rows(markdown_report(report))
    counts = dict(zip(header, row))
    assert counts["Weak"] == "1"
    assert sum(int(counts[k]) for k in ("Agree", "Partial", "Conflict", "Weak")) == int(counts["Pairs"]) == 3
    assert "<th>Weak</th>" in html_page(report)


def _summary_rows(text: str) -> tuple[list[str], list[str]]:
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    header, row = (line.strip("|").split("|") for line in lines[:2])
    return [cell.strip() for cell in header], [cell.strip() for cell in row]


def test_markdown_escapes_article_text():
    text = markdown_report(sample_report())
    assert "<script>" not in text
    assert r"\[Reuters\] \<script\>" in text


def test_markdown_escapes_dollars_so_no_math_is_rendered():
    from factcheck.report.markdown import md_escape

    # GitHub renders "$...$" as LaTeX; escaped, each "$" shows as written
    assert md_escape(r"paid $5 and $\Huge\text{OK}$") == r"paid \$5 and \$\\Huge\\text\{OK\}\$"


# --- rdjson --------------------------------------------------------------------------------------


def test_rdjson_related_location_points_at_the_other_article():
    result = rdjson_result(sample_report())
    first = result["diagnostics"][0]
    assert first["severity"] == "ERROR" and first["code"]["value"] == "time_mismatch"
    assert first["location"]["path"] == "articles/blackberry/en.md"
    assert first["location"]["range"]["start"] == {"line": 6, "column": 1}
    related = first["related_locations"][0]["location"]
    assert related["path"] == "articles/blackberry/nl.md"
    assert related["range"]["start"]["line"] == 5
    omission = result["diagnostics"][-1]
    assert omission["severity"] == "INFO" and "related_locations" not in omission


def test_changed_file_is_preferred_as_the_annotated_side():
    located = located_findings(sample_report(), prefer_paths=["articles/blackberry/nl.md"])
    assert located[0].primary.path == "articles/blackberry/nl.md"
    assert located[0].other.path == "articles/blackberry/en.md"


# --- HTML ----------------------------------------------------------------------------------------


def test_html_escapes_article_text_and_needs_no_network():
    page = html_page(sample_report())
    assert page.count("<script>") == 1  # ours; the article's is text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page
    for external in ('src="http', "href=\"http", "@import", "url("):
        assert external not in page


def test_html_links_aligned_claims_and_marks_facets():
    page = html_page(sample_report())
    en_1 = re.search(r'<span class="claim[^"]*" id="([^"]+)" data-claim="en:1" data-partners="([^"]+)" data-types="time_mismatch"', page)
    nl_1 = re.search(r'<span class="claim[^"]*" id="([^"]+)" data-claim="nl:1" data-partners="([^"]+)"', page)
    assert en_1 and nl_1 and en_1.group(2) == nl_1.group(1) and nl_1.group(2) == en_1.group(1)
    assert '<mark class="facet">31 december</mark>' in page
    assert 'data-filter="time_mismatch"' in page


def test_sarif_and_rdjson_point_at_this_projects_documentation_not_the_index_namesake():
    from factcheck import DISTRIBUTION, DOCS_URL
    from factcheck.report.rdjson import SOURCE

    information = sarif_log(sample_report())["runs"][0]["tool"]["driver"]["informationUri"]
    assert information == DOCS_URL == SOURCE["url"]
    assert "pypi.org/project/factcheck/" not in information
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert f'name = "{DISTRIBUTION}"' in pyproject and f'Documentation = "{DOCS_URL}"' in pyproject


def test_sarif_uris_are_relative_to_srcroot(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    en_path, nl_path = write_articles(tmp_path / "articles")
    outside = tmp_path.parent / "elsewhere.md"  # not under the working directory
    run = sarif_log(sample_report(en_path=str(en_path), nl_path=str(outside)))["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    artifacts = [loc["physicalLocation"]["artifactLocation"] for result in run["results"]
                 for loc in result["locations"] + result.get("relatedLocations", [])]
    inside = [a for a in artifacts if a.get("uriBaseId") == "%SRCROOT%"]
    assert inside and {a["uri"] for a in inside} == {"articles/en.md"} and (tmp_path / "articles" / "en.md").is_file()
    assert {a["uri"] for a in artifacts if "uriBaseId" not in a} == {outside.resolve().as_uri()}


def test_a_sarif_path_given_outside_the_working_directory_as_dot_dot_is_an_absolute_uri(tmp_path, monkeypatch):
    # '../my story/nl.md' hung off %SRCROOT% as '../my%20story/nl.md': no repository path
    en_path, nl_path = write_articles(tmp_path / "my story")
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    run = sarif_log(sample_report(en_path="../my story/en.md", nl_path="../my story/nl.md"))["runs"][0]
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for result in run["results"] for loc in result["locations"]}
    assert uris and uris <= {en_path.resolve().as_uri(), nl_path.resolve().as_uri()}
    assert not any(".." in uri for uri in uris)


def test_the_json_report_holds_what_asdict_gives_for_every_value():
    """report_to_dict converts pairs, findings, times, numbers, attributions and removed spans
    without dataclasses.asdict's deep copy: the result must still be exactly asdict's."""
    from dataclasses import asdict

    from factcheck.pipeline import Options, run
    from factcheck.report import report_to_dict
    from tests.conftest import SEEDS

    story = run([str(SEEDS)], Options(use_cache=False)).stories[0]
    rendered = report_to_dict(run([str(SEEDS)], Options(use_cache=False)))["stories"][0]
    claims = {claim["id"]: claim for claim in rendered["claims"]}
    assert story.findings and any(claim.attribution for claim in story.claims)
    assert rendered["pairs"] == [asdict(pair) for pair in story.pairs]
    assert rendered["findings"] == [asdict(finding) for finding in story.findings]
    for claim in story.claims:
        assert claims[claim.id]["times"] == [asdict(time) for time in claim.times]
        assert claims[claim.id]["numbers"] == [asdict(number) for number in claim.numbers]
        assert claims[claim.id]["attribution"] == (asdict(claim.attribution) if claim.attribution else None)
    removed = [span for spans in story.removed.values() for span in spans]
    assert [r for doc in rendered["documents"] for r in doc["removed"]] == [asdict(span) for span in removed]


def test_the_omission_heading_counts_one_claim_in_the_singular():
    from factcheck.report.text import render_text

    report = sample_report()
    assert len(report.stories[0].unmatched) == 1
    stream = io.StringIO()
    render_text(report, stream, color=False, width=120)
    assert "Only in one article (1 claim; 1 info finding)" in stream.getvalue()
    for page in (stream.getvalue(), markdown_report(report), html_page(report)):
        assert "Only in one article (1 claim" in page and "(1 claims" not in page and "1 info findings" not in page


def test_an_omission_annotation_quotes_the_omitted_claim_not_its_whole_sentence():
    """A sentence may hold a matched claim beside the omitted one: quoting the whole sentence under
    'only en says this' told the reader that the matched part was missing from the other article."""
    report = sample_report()
    story = report.stories[0]
    matched_part = "It did so on December 30, and"
    story.claims[:] = [replace(c, sentence_text=f"{matched_part} {c.text}") if c.id == "en:3" else c for c in story.claims]
    omission = next(item for item in located_findings(report) if item.type == "omission")
    diagnostic = rdjson_result(report)["diagnostics"][-1]["message"]
    assert omission.primary_claim.id == "en:3"
    assert "[Reuters]" in diagnostic and matched_part not in diagnostic
    assert "[Reuters]" in annotation(omission) and matched_part not in annotation(omission)


def test_related_locations_name_the_other_claim_once_without_calling_every_finding_a_conflict():
    """'the claim in en (en) it conflicts with' said the id twice and called notes conflicts."""
    report = sample_report()
    sarif_messages = [r["relatedLocations"][0]["message"]["text"] for r in sarif_log(report)["runs"][0]["results"] if "relatedLocations" in r]
    rdjson_messages = [d["related_locations"][0]["message"] for d in rdjson_result(report)["diagnostics"] if "related_locations" in d]
    assert sarif_messages and sarif_messages == rdjson_messages
    assert "the other article's claim nl:1 (Dutch)" in sarif_messages
    assert not any("conflict" in m or "(nl)" in m for m in sarif_messages)


def test_markdown_summary_names_the_language_of_an_article_whose_id_does_not():
    report = sample_report()
    story = report.stories[0]
    story.documents[:] = [replace(story.documents[0], id="bb-feed")] + story.documents[1:]
    assert "| `blackberry` | bb-feed (en), nl |" in markdown_report(report)
