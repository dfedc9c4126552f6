"""A figure or time finding's evidence holds the two values compared and how many each claim
states, not every value of both claims: two tables of figures made findings that each copied
hundreds of figures, and the JSON report grew with the square of the tables (two 128 KiB tables:
~1 GB peak)."""

from __future__ import annotations

import json
import random
import re
from datetime import date

import jsonschema
import pytest

from factcheck.model import Document, Report
from factcheck.pipeline import Options, compare_documents
from factcheck.report import report_to_dict
from factcheck.report.schema import report_schema

MONTHS = {"en": ["January", "March", "May", "July", "September", "November"],
          "nl": ["januari", "maart", "mei", "juli", "september", "november"]}


def figure_table(lang: str, count: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(str(rng.randint(1, 999)) for _ in range(count)) + "."


def date_table(lang: str, count: int, seed: int) -> str:
    rng = random.Random(seed)
    return ", ".join(f"{rng.randint(1, 28)} {rng.choice(MONTHS[lang])} {rng.randint(2010, 2020)}" for _ in range(count)) + "."


def _story(make, count: int):
    documents = [Document(lang, "", lang, make(lang, count, seed), published=date(2020, 1, 1)) for seed, lang in enumerate(("en", "nl"))]
    return compare_documents(documents, Options(use_cache=False), "table")


@pytest.mark.parametrize("make, facet, counts", [(figure_table, "numbers", "figures"), (date_table, "times", "times")])
def test_a_table_finding_carries_the_two_values_compared_and_counts(make, facet, counts):
    story = _story(make, 240)
    claims = {claim.id: claim for claim in story.claims}
    found = [f for f in story.findings if f.evidence.get("facet") == facet]
    assert found
    for finding in found:
        left, right = claims[finding.left], claims[finding.right]
        values = finding.evidence["left_values"], finding.evidence["right_values"]
        assert [len(side) for side in values] == [1, 1]
        quoted = re.findall(r"“([^”]*)”", finding.message)
        assert [values[0][0]["text"], values[1][0]["text"]] == quoted[:2]  # the values the message names
        stated = (left.numbers, right.numbers) if facet == "numbers" else (left.times, right.times)
        assert finding.evidence[counts] == [len(side) for side in stated] and min(finding.evidence[counts]) > 1
        if facet == "times":
            assert finding.evidence["differing"] == [values[0][0], values[1][0]]
            assert finding.evidence["dates"] == [sum(t.type == "DATE" for t in side) for side in stated]
    jsonschema.validate(report_to_dict(Report(stories=[story], skipped=[])), report_schema())


@pytest.mark.parametrize("make", [figure_table, date_table])
def test_a_findings_evidence_does_not_grow_with_the_tables(make):
    largest = {count: max(len(json.dumps(f.evidence)) for f in _story(make, count).findings) for count in (1000, 4000)}
    # four times the values (and claims of up to ~250 of them): one finding's evidence, with its
    # two sentences (cut at 999 characters), stays the same size; it was ~25 KB a finding at 4000
    assert largest[4000] <= largest[1000] * 1.1 < 6000
