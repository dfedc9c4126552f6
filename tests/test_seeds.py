"""The model case (issue 2): what the seed report must show, checked against the articles by hand."""

from datetime import date

import pytest

from factcheck.ingest import ingest
from factcheck.pipeline import Options, compare_documents, run

from .conftest import SEEDS
from .seed_helpers import claim_id, findings_between, paired


@pytest.fixture(scope="module")
def story():
    report = run([str(SEEDS)], Options())
    assert len(report.stories) == 1 and not report.skipped
    return report.stories[0]


def test_vandaag_is_resolved_to_the_publication_date(story):
    vandaag = next(c for c in story.claims if c.doc == "nl" and "vandaag" in c.text)
    (time,) = [t for t in vandaag.times if t.text == "vandaag"]
    assert time.value == "2015-11-30" and time.relative


def test_deadline_today_vs_december_30_is_a_time_mismatch(story):
    vandaag = claim_id(story, "nl", "vandaag moest stoppen")
    mismatches = [f for f in story.findings if f.type == "time_mismatch" and vandaag in (f.left, f.right)]
    assert mismatches, "the Dutch 'vandaag' deadline must be reported against the English date"
    finding = mismatches[0]
    other = finding.right if finding.left == vandaag else finding.left
    english = next(c for c in story.claims if c.id == other)
    assert english.doc == "en" and ("December 30" in english.sentence_text or "year’s end" in english.text)
    # The Dutch "vandaag" is the original deadline, since moved to 30 December (issue 13, point 6):
    # a warning that says so, not an error against the date both articles now agree on.
    assert finding.severity == "warning"
    assert "vandaag" in finding.evidence["left_sentence"] + finding.evidence["right_sentence"]
    assert "original value" in finding.message and "oorspronkelijk" in finding.message
    assert "30 december" in finding.message and "does not mention the original" in finding.message


def test_deadline_is_the_one_finding_at_warning_or_above(story):
    serious = [f for f in story.findings if f.severity in ("warning", "error")]
    assert [f.type for f in serious] == ["time_mismatch"]
    assert 0 < serious[0].confidence <= 1


def test_30_december_agrees_with_december_30(story):
    dutch = claim_id(story, "nl", "op 30 december")
    english = claim_id(story, "en", "withdrawing on December 30")
    pair = paired(story, dutch, english)
    assert pair is not None and pair.status in ("agree", "partial")
    assert not findings_between(story, dutch, english, "time_mismatch")


@pytest.mark.parametrize(
    "dutch, english",
    [
        ("BlackBerry trekt zich terug uit Pakistan", "BlackBerry to leave Pakistan"),  # headline
        ("BBM-berichten", "BBM messages"),  # the BES / e-mail / BBM demand
        ("onderzoeken naar", "investigations of criminal activity"),  # help with criminal investigations
        ("militaire en zakelijke klanten", "military and business customers"),
        ("ongelimiteerde toegang", "unfettered access"),
    ],
)
def test_corresponding_claims_are_paired(story, dutch, english):
    d = [c.id for c in story.claims if c.doc == "nl" and dutch in c.text]
    e = [c.id for c in story.claims if c.doc == "en" and english in c.text]
    assert any(paired(story, a, b) and paired(story, a, b).status != "conflict" for a in d for b in e), (dutch, english)


def test_marty_beard_statement_is_paired(story):
    dutch = claim_id(story, "nl", "niets anders op dan te stoppen")
    beard = [c.id for c in story.claims if c.doc == "en" and c.attribution and "Beard" in c.attribution.source]
    assert any(paired(story, dutch, e) for e in beard)


@pytest.mark.parametrize("fragment", ["Edward Snowden", "Google, Apple and Facebook"])
def test_english_only_paragraphs_stay_unmatched(story, fragment):
    claim = claim_id(story, "en", fragment)
    assert claim in story.unmatched
    assert any(f.type == "omission" and claim in f.evidence["claims"] for f in story.findings)


def test_boilerplate_is_not_a_claim(story):
    texts = " ".join(c.text for c in story.claims)
    assert "Leave a Reply" not in texts and "Home / Mobile" not in texts and "Numrush" not in texts


def test_without_publication_date_today_stays_relative_and_is_still_reported():
    docs = ingest([str(SEEDS)]).documents
    undated = [d.__class__(**{**d.__dict__, "published": None}) for d in docs]
    story = compare_documents(undated, Options())
    vandaag = next(c for c in story.claims if c.doc == "nl" and "vandaag" in c.text)
    (time,) = [t for t in vandaag.times if t.text == "vandaag"]
    assert time.value is None and time.relative and time.anchor == "today"
    mismatches = [f for f in story.findings if f.type == "time_mismatch" and vandaag.id in (f.left, f.right)]
    assert mismatches and "no publication date" in mismatches[0].message
    # nothing places "vandaag" against "at year's end": a note, not a warning
    assert all(f.severity == "info" and f.confidence < 0.5 for f in mismatches)
    assert date.today().isoformat() not in str(mismatches[0].evidence)
