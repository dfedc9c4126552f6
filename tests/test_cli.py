import json

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.cli import app
from factcheck.report.schema import report_schema

from .conftest import SEEDS

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input, env={"NO_COLOR": "1", "TERMINAL_WIDTH": "200"})


@pytest.fixture(scope="module")
def seed_json():
    result = invoke("compare", str(SEEDS), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"factcheck {__version__}"


def test_json_report_validates_against_the_shipped_schema(seed_json):
    jsonschema.validate(seed_json, report_schema())
    story = seed_json["stories"][0]
    assert story["summary"]["claims"] == len(story["claims"])
    assert {d["id"] for d in story["documents"]} == {"en", "nl"}


def test_the_schema_describes_the_evidence_every_finding_carries(seed_json):
    # A reader piping the JSON into other tools found facet, left_sentence, doc, texts… in every
    # report but not in the published schema (the evidence object allows more keys, so nothing failed).
    described = report_schema()["$defs"]["finding"]["properties"]["evidence"]["properties"]
    findings = seed_json["stories"][0]["findings"]
    pairwise = {key for f in findings if f["type"] != "omission" for key in f["evidence"]}
    omission = {key for f in findings if f["type"] == "omission" and "values" not in f["evidence"] for key in f["evidence"]}
    core = {"facet", "left_values", "right_values", "left_text", "right_text", "left_sentence", "right_sentence"}
    assert core <= pairwise and core <= set(described)
    assert omission and omission <= set(described)
    assert set(seed_json["options"]) <= set(report_schema()["properties"]["options"]["properties"])
    pair_evidence = report_schema()["$defs"]["pair"]["properties"]["evidence"]["properties"]
    assert {key for pair in seed_json["stories"][0]["pairs"] for key in pair["evidence"]} <= set(pair_evidence)


def test_claim_offsets_point_into_the_document_text(seed_json):
    bodies = {p.stem: p.read_text(encoding="utf-8").split("---\n", 2)[2] for p in SEEDS.glob("*.md")}
    for claim in seed_json["stories"][0]["claims"]:
        assert bodies[claim["doc"]][claim["start"]:claim["end"]] == claim["text"]


def test_schema_command_prints_the_schema():
    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == report_schema()


def test_text_output_shows_the_deadline_finding_with_both_sentences():
    result = invoke("compare", str(SEEDS))
    assert result.exit_code == 0
    out = result.stdout
    assert "time_mismatch" in out and "«vandaag»" in out
    assert "\x1b[" not in out  # no colour codes when piped
    findings = out.split("Agreements")[0]
    assert "Hoewel oorspronkelijk het bedrijf" in findings and "year’s end" in findings


# The seed's one finding above info is a warning (the superseded deadline, issue 13), so "error" passes.
@pytest.mark.parametrize("fail_on, expected", [("none", 0), ("info", 1), ("warning", 1), ("error", 0)])
def test_fail_on_sets_the_exit_code(fail_on, expected):
    assert invoke("compare", str(SEEDS), "--fail-on", fail_on, "--format", "json").exit_code == expected


def test_fail_on_error_passes_when_articles_agree(tmp_path):
    (tmp_path / "en.md").write_text("---\nlang: en\npublished: 2020-03-02\n---\nThe company will close its factory in Leiden on 30 June.\n")
    (tmp_path / "nl.md").write_text("---\nlang: nl\npublished: 2020-03-02\n---\nHet bedrijf sluit op 30 juni zijn fabriek in Leiden.\n")
    result = invoke("compare", str(tmp_path), "--fail-on", "error", "--format", "json")
    assert result.exit_code == 0, result.stdout
    story = json.loads(result.stdout)["stories"][0]
    assert story["summary"]["pairs"] == 1 and story["summary"]["conflict"] == 0


def test_number_conflict_fails_at_error(tmp_path):
    (tmp_path / "en.md").write_text("---\nlang: en\npublished: 2020-03-02\n---\nThe company will cut 300 jobs at its factory in Leiden.\n")
    (tmp_path / "de.md").write_text("---\nlang: de\npublished: 2020-03-02\n---\nDas Unternehmen streicht 500 Stellen in seiner Fabrik in Leiden.\n")
    result = invoke("compare", str(tmp_path), "--fail-on", "error", "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["stories"][0]["findings"]
    assert [f["type"] for f in findings if f["severity"] == "error"] == ["number_mismatch"]


def test_jsonl_writes_one_valid_report_per_story(tmp_path):
    feed = tmp_path / "feed.jsonl"
    articles = [
        {"id": "a-en", "story": "a", "lang": "en", "published": "2021-05-01", "text": "The mayor of Utrecht resigned on Friday."},
        {"id": "a-nl", "story": "a", "lang": "nl", "published": "2021-05-01", "text": "De burgemeester van Utrecht is vrijdag afgetreden."},
        {"id": "b-fr", "story": "b", "lang": "fr", "published": "2021-05-02", "text": "Le musée de Lyon ouvrira en juillet."},
    ]
    feed.write_text("\n".join(json.dumps(a) for a in articles))
    result = invoke("compare", str(feed), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    # a story that fails during the run is a line of skipped inputs with no story: say why
    assert all(line["stories"] for line in lines), result.stderr
    assert [line["stories"][0]["id"] for line in lines] == ["a", "b"]
    for line in lines:
        jsonschema.validate(line, report_schema())
    single = lines[1]["stories"][0]
    assert single["summary"]["claims"] == 1 and single["pairs"] == [] and single["findings"] == []


def test_stdin_input(tmp_path):
    result = invoke("claims", "-", "--format", "json", "--lang", "en", "--published", "2015-11-30", input="BlackBerry said Monday it will leave Pakistan.")
    assert result.exit_code == 0, result.stderr
    claims = json.loads(result.stdout)["stories"][0]["claims"]
    assert claims and claims[0]["doc"] == "-"


def test_claims_command_lists_facets():
    result = invoke("claims", str(SEEDS / "nl.md"), "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    jsonschema.validate(report, report_schema())
    claims = report["stories"][0]["claims"]
    vandaag = next(c for c in claims if "vandaag" in c["text"])
    assert vandaag["times"][0]["value"] == "2015-11-30" and vandaag["modality"] == "obligation"


def test_missing_input_is_a_usage_error_with_one_line(tmp_path):
    result = invoke("compare", str(tmp_path / "nope.md"))
    assert result.exit_code == 2
    assert "nope.md: no such file or directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_published_option_is_a_usage_error():
    result = invoke("compare", str(SEEDS), "--published", "yesterday")
    assert result.exit_code == 2


@pytest.mark.parametrize(("value", "said"), [
    ("20151130", "'20151130' (expected YYYY-MM-DD)"),  # Python's ISO reader took these two,
    ("2015-W49-1", "'2015-W49-1' (expected YYYY-MM-DD)"),  # which front matter refuses
    ("2015-02-30", "'2015-02-30' (no such day)"),
])
def test_published_option_is_read_as_front_matter_reads_it(value, said):
    result = invoke("claims", "-", "--lang", "en", "--published", value, input="BlackBerry said Monday it will leave.")
    assert result.exit_code == 2 and said in result.stderr


def test_published_option_may_carry_a_time_as_front_matter_may():
    result = invoke("claims", "-", "--format", "json", "--lang", "en", "--published", "2015-11-30T23:30:00+01:00",
                    input="BlackBerry said Monday it will leave.")
    assert result.exit_code == 0 and json.loads(result.stdout)["stories"][0]["documents"][0]["published"] == "2015-11-30"


def test_output_file(tmp_path):
    target = tmp_path / "report.json"
    result = invoke("compare", str(SEEDS), "--format", "json", "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    jsonschema.validate(json.loads(target.read_text()), report_schema())


def test_stage_warnings_are_one_line_on_stderr(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    # the default cache folder (a --cache-dir or FACTCHECK_CACHE_DIR named by the user is a usage error)
    result = runner.invoke(app, ["compare", str(SEEDS), "--format", "json"], env={"FACTCHECK_CACHE_DIR": None, "XDG_CACHE_HOME": str(blocker / "cache"), "NO_COLOR": "1"})
    assert result.exit_code == 0
    json.loads(result.stdout)  # the report is untouched
    warnings = [line for line in result.stderr.splitlines() if "translation cache" in line]
    assert warnings and warnings[0].startswith("factcheck: warning: translation cache disabled")


@pytest.mark.parametrize("format", ["json", "text"])
def test_a_reader_that_stops_early_ends_the_run_quietly_with_exit_0(tmp_path, format):
    # docs/errors.md: `factcheck … | head` exits 0. Typer's own handling of the broken pipe exits 1,
    # which a JSON report larger than the pipe's buffer, written in pieces, reached.
    import shutil
    import subprocess
    import sys

    for story in ("a", "b"):  # two stories: ~140 KB of JSON, twice a pipe's buffer
        shutil.copytree(SEEDS, tmp_path / story)
    process = subprocess.Popen([sys.executable, "-m", "factcheck", "compare", str(tmp_path), "-f", format, "--no-cache", "-j", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline()
    process.stdout.close()  # as `head -1` does
    assert process.wait(timeout=300) == 0
    assert process.stderr.read() == b""
