"""The HTML report's structure, without a browser: findings grouped per fact, file:line links
that point at the claims, the article chooser for stories of more than two articles, the legend,
and hostile text kept as text in every new place it reaches (ids in choices, JSON attributes).

The six-language story (tests/fixtures/six_languages) is one invented event written for these
tests: the German article gives another opening day, the Spanish one another ferry date."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.pipeline import Options, run
from factcheck.report.html import html_page
from tests.report_factory import sample_report

from .conftest import FIXTURES

SIX = FIXTURES / "six_languages"


@pytest.fixture(scope="module")
def six():
    report = run([str(SIX)], Options(use_cache=False))
    return report, html_page(report)


def _cards(page: str) -> list[str]:
    facts = page.split('<ol class="facts">', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<li class="fact .*?</ul></li>', facts, flags=re.S)


def _anchors(card: str) -> list[str]:
    return re.findall(r'<td class="loc"><a href="#([^"]+)"', card)


def test_each_fact_is_one_card_with_each_claim_once(six):
    report, page = six
    story = report.stories[0]
    cards = _cards(page)
    contradictions = [f for f in story.findings if f.type != "omission"]
    assert len(cards) < len(contradictions)  # 19 pair findings, far fewer facts
    anchors = [anchor for card in cards for anchor in _anchors(card)]
    assert len(anchors) == len(set(anchors))  # no claim on two cards, nor twice on one
    involved = {claim for f in contradictions for claim in (f.left, f.right)}
    assert len(anchors) == len(involved)
    buttons = re.findall(r'class="pair-link"[^>]*>([^<]+)</button>', page)
    assert sorted(buttons) == sorted(f"{f.left} ↔ {f.right}" for f in contradictions)  # every finding, once


def test_a_claim_that_differs_from_all_others_leads_its_card(six):
    _, page = six
    scopes = [html.unescape(s) for s in re.findall(r'<span class="scope">([^<]+)</span>', page)]
    assert any(s.startswith("de:2 against 5 articles (en, es, fr, it, nl)") for s in scopes), scopes  # the opening day
    assert any(s.startswith("es:6 against 5 articles (de, en, fr, it, nl)") for s in scopes), scopes  # the ferry date


def test_card_locations_are_the_claims_file_and_line(six, monkeypatch):
    report, page = six
    story = report.stories[0]
    claims = dict(re.findall(r'<span class="claim[^"]*" id="([^"]+)" data-claim="([^"]+)"', page))
    links = re.findall(r'<a href="#([^"]+)" data-goto="[^"]+" data-doc="[^"]*" data-with="[^"]*" title="show in the articles">([^<]+)</a>', page)
    assert links
    texts = {c.id: c.text for c in story.claims}
    for anchor, where in links:
        path, line, _column = html.unescape(where).rsplit(":", 2)
        file_line = Path(path).read_text(encoding="utf-8").splitlines()[int(line) - 1]
        assert texts[claims[anchor]][:20] in file_line, (where, claims[anchor])


def test_more_than_two_articles_get_a_chooser_and_a_pair_grid(six):
    report, page = six
    docs = [d.id for d in report.stories[0].documents]
    for side in ("left", "right"):
        select = re.search(rf'<select data-side="{side}".*?</select>', page, flags=re.S).group(0)
        assert re.findall(r'<option value="([^"]+)"', select) == docs
    assert re.findall(r'<option value="doc:([^"]+)">involving', page) == docs  # a pivot article
    assert len(re.findall(r'class="pair-cell', page)) == len(docs) * (len(docs) - 1) // 2
    shown = re.findall(r'<article class="doc"', page)
    assert len(shown) == 2 and page.count('<article class="doc aside"') == len(docs) - 2


def test_two_articles_need_no_chooser():
    page = html_page(sample_report())
    body = page.split("<main>", 1)[1].split("<script>", 1)[0]
    assert "<select data-side" not in body and 'class="pair-cell' not in body
    assert page.count('<article class="doc"') == 2


def test_the_legend_explains_severities_statuses_and_marks():
    legend = html_page(sample_report()).split('<details class="legend"', 1)[1].split("</details>", 1)[0]
    for badge in ("error", "warning", "info"):
        assert f'<span class="badge">{badge}</span>' in legend
    for status in ("st-agree", "st-partial", "st-conflict", "st-none"):
        assert status in legend
    assert '<mark class="facet">' in legend and "file:line" in legend


def test_hostile_ids_stay_text_in_choices_grid_and_json(tmp_path):
    attack = '"><script>alert("x")</script><img src=x onerror=alert(1)>'
    records = [
        {"id": f"{lang}{attack}", "story": f"s{attack}", "lang": lang, "title": attack, "text": text}
        for lang, text in (
            ("en", f"The bridge opened on Saturday, March 14, 2026 {attack}."),
            ("nl", "De brug ging zaterdag 14 maart 2026 open."),
            ("de", "Die Brücke wurde am Sonntag, dem 15. März 2026, eröffnet."),
        )
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", str(feed), "--format", "html", "--no-cache"], env={"NO_COLOR": "1"})
    assert result.exit_code in (0, 1), result.stderr
    page = result.stdout
    assert "<script>alert" not in page and "<img src=x" not in page and "alert(1)>" not in page
    assert page.count("<script>") == 1 and 'data-side="left"' in page
    for links in re.findall(r'data-links="([^"]*)"', page):
        assert all(len(link) == 5 for link in json.loads(html.unescape(links)))


def test_several_stories_get_an_index_linking_to_each():
    # Six stories were one long scroll with nothing saying which of them had errors.
    report = run([str(FIXTURES / "batch" / "three_stories.jsonl")], Options(use_cache=False))
    assert len(report.stories) > 1
    page = html_page(report)
    index = re.search(r'<nav class="story-index">(.*?)</nav>', page, re.S).group(1)
    links = re.findall(r'<tr><td><a href="#(story-\d+)">([^<]*)</a></td><td>([^<]*)</td>((?:<td>\d+</td>)+)</tr>', index)
    assert [html.unescape(name) for _, name, _, _ in links] == [story.id for story in report.stories]
    for (anchor, _, langs, counts), story in zip(links, report.stories):
        assert f'<section class="story" id="{anchor}"' in page
        assert langs == ", ".join(doc.lang for doc in story.documents)
        summary = story.summary()
        assert re.findall(r"\d+", counts)[-3:] == [str(summary[s]) for s in ("error", "warning", "info")]
    assert '<nav class="story-index">' not in html_page(sample_report())  # one story: nothing to index


def _with_loose_notes():
    """The sample story with two low-confidence notes: one between the claims of two cards (en:1 of the
    time card, nl:2 of the number card), one between claims on no card (en:3 and a new nl:4)."""
    from dataclasses import replace

    from factcheck.model import Finding

    report = sample_report()
    story = report.stories[0]
    nl3 = next(c for c in story.claims if c.id == "nl:3")
    story.claims.append(replace(nl3, id="nl:4"))
    story.findings += [Finding("number_mismatch", "info", "en:1", "nl:2", "a note across two facts", {}, confidence=0.2),
                       Finding("entity_mismatch", "info", "en:3", "nl:4", "a note on its own", {}, confidence=0.3)]
    return report


def test_low_confidence_notes_do_not_chain_facts_into_one_card():
    page = html_page(_with_loose_notes())
    cards = _cards(page)
    assert len(cards) == 3  # time, number, negation: the note across two of them joined one, linked none
    assert not any("time differs" in card and "number differs" in card for card in cards)  # was one card
    assert sum("a note across two facts" in card for card in cards) == 1
    assert "Findings by fact (3 facts, 4 findings)" in page
    notes = page.split("Low-confidence notes (1 finding, confidence below 0.50)</summary>", 1)[1].split("</details>", 1)[0]
    assert "a note on its own" in notes and not any("a note on its own" in card for card in cards)


def test_a_card_names_its_article_on_one_line_with_the_whole_id_in_the_title():
    page = html_page(sample_report())
    assert '<th><span class="lang-tag" title="en">en</span></th>' in page
    assert re.search(r"\.fact-claims th \.lang-tag \{[^}]*white-space: nowrap[^}]*text-overflow: ellipsis", page)
