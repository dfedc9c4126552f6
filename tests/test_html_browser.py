"""The HTML report in a real browser: Debian's headless Chromium loads the page from a file://
URL (no network: the page must not need any) at 1400 px, takes a screenshot and dumps the DOM
after the page's script has run. A probe script appended by the test measures the layout (no
horizontal scrolling, two readable article columns, full-width finding cards) and clicks
through the page as a reader would. Skipped where chromium is not installed (.ci/run installs it).

FACTCHECK_SCREENSHOTS=DIR keeps the screenshots (docs/images/ holds the published ones).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.pipeline import Options, run
from factcheck.report.html import html_page
from tests.report_factory import sample_report

from .conftest import FIXTURES, ROOT

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")
WIDTH = 1400

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
]

# Appended to a copy of the page: measures what a reader sees, then acts as one. `ACTIONS` is
# a list of [kind, selector]: "click" clicks the first match, then the layout is measured again.
PROBE = """
<script>
(function () {
  function visibleDocs() {
    return [].filter.call(document.querySelectorAll('article.doc'), function (d) { return d.offsetParent !== null; });
  }
  function measure() {
    var text = document.querySelector('.text');
    return {
      scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth,
      articles: visibleDocs().map(function (d) { return [d.dataset.doc, Math.round(d.getBoundingClientRect().width)]; }),
      cards: [].filter.call(document.querySelectorAll('li.fact'), function (c) { return !c.classList.contains('hidden'); })
        .map(function (c) { return Math.round(c.getBoundingClientRect().width); }),
      findings: [].filter.call(document.querySelectorAll('li.finding'), function (f) { return !f.classList.contains('hidden'); })
        .map(function (f) { return [f.dataset.docs, f.dataset.pairs || '[]']; }),
      fontSize: text ? parseFloat(getComputedStyle(text).fontSize) : 0,
      linked: [].map.call(document.querySelectorAll('.claim.linked'), function (c) { return c.dataset.claim; }),
      conflicts: [].map.call(document.querySelectorAll('.claim.st-conflict'), function (c) { return c.dataset.claim; })
    };
  }
  var steps = [measure()];
  ACTIONS.forEach(function (action) {
    var target = document.querySelector(action[1]);
    if (target) target.click();
    steps.push(target ? measure() : null);
  });
  document.body.dataset.probe = JSON.stringify(steps);
})();
</script>
"""


def chromium(tmp_path, *args: str, height: int = 1000, width: int = WIDTH) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--window-size={width},{height}", f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


def write_page(tmp_path, report, name: str = "report.html", actions=()) -> Path:
    page = html_page(report)
    if actions:
        page = page.replace("</body>", PROBE.replace("ACTIONS", json.dumps(list(actions))) + "</body>")
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return path


def probe(tmp_path, report, actions=(), width: int = WIDTH) -> list[dict]:
    page = write_page(tmp_path, report, "probe.html", [*actions] or [["click", "#none"]])
    result = chromium(tmp_path, "--dump-dom", page.as_uri(), width=width)
    found = re.search(r'data-probe="([^"]*)"', result.stdout)
    assert found, result.stderr[-2000:]
    return json.loads(html.unescape(found.group(1)))


def compared_in(folder: Path, path: str):
    """The report on `path` as a user in `folder` would ask for it (paths shown relative)."""
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        return run([path], Options(use_cache=False))
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def six_languages():
    """Six short articles on one invented event (tests/fixtures/six_languages)."""
    return compared_in(FIXTURES, "six_languages")


@pytest.fixture(scope="module")
def seeds():
    return compared_in(ROOT, "seeds")


@pytest.mark.parametrize("name", ["seeds", "six_languages"])
def test_screenshot_at_1400_px(tmp_path, request, name):
    report = request.getfixturevalue(name)
    screenshot = tmp_path / f"report-{name}.png"
    result = chromium(tmp_path, f"--screenshot={screenshot}", write_page(tmp_path, report).as_uri(), height=1100)
    assert screenshot.is_file(), result.stderr[-2000:]
    assert screenshot.read_bytes().startswith(b"\x89PNG") and screenshot.stat().st_size > 10_000
    keep = os.environ.get("FACTCHECK_SCREENSHOTS")
    if keep:
        shutil.copy(screenshot, Path(keep) / screenshot.name)


@pytest.mark.parametrize("name", ["seeds", "six_languages"])
def test_page_is_readable_at_1400_px(tmp_path, request, name):
    report = request.getfixturevalue(name)
    first = probe(tmp_path, report)[0]
    assert first["scrollWidth"] <= first["viewport"] == WIDTH  # nothing squeezed into a horizontal scroll
    assert len(first["articles"]) == 2  # two articles side by side, however many there are
    assert all(width >= 600 for _, width in first["articles"]), first["articles"]
    assert first["cards"] and all(width >= 1200 for width in first["cards"]), first["cards"]
    assert first["fontSize"] >= 14


@pytest.mark.parametrize("name", ["seeds", "six_languages"])
def test_page_does_not_scroll_sideways_in_a_narrow_window(tmp_path, request, name):
    # At 500 px the summary table (659 px) and the file:line links of the finding cards pushed
    # the page wider than the window: a phone or a split screen scrolled it sideways.
    first = probe(tmp_path, request.getfixturevalue(name), width=500)[0]
    assert first["viewport"] == 500 and first["scrollWidth"] <= first["viewport"], first
    assert first["articles"] and all(width <= 500 for _, width in first["articles"]), first["articles"]
    assert first["cards"] and all(width <= 500 for width in first["cards"]), first["cards"]
    assert first["fontSize"] >= 14


def test_a_very_long_id_does_not_widen_the_page(tmp_path):
    # A 3,000-character JSONL id made the page 75,000 px wide (names in bold, the pair buttons
    # kept on one line): everything else had to be scrolled to sideways.
    body = "x" * 3000
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"{body}-{lang}", "story": "s", "lang": lang, "published": "2021-03-15", "text": text}) + "\n"
                            for lang, text in (("en", "The bridge closes on Monday, the mayor said."),
                                               ("nl", "De brug gaat dinsdag dicht, zei de burgemeester."))), encoding="utf-8")
    report = run([str(feed)], Options(use_cache=False))
    assert report.stories[0].findings
    first = probe(tmp_path, report)[0]
    assert first["scrollWidth"] <= first["viewport"] == WIDTH, first["scrollWidth"]


def test_six_languages_a_finding_shows_its_two_articles_at_the_claim(tmp_path, six_languages):
    story = six_languages.stories[0]
    docs = [d.id for d in story.documents]
    first = probe(tmp_path, six_languages)[0]
    shown = [doc for doc, _ in first["articles"]]
    pair = next(f for f in story.findings if f.left and f.right and {f.left.split(":")[0], f.right.split(":")[0]} != set(shown))
    left_doc, right_doc = pair.left.split(":")[0], pair.right.split(":")[0]
    button = f'button.pair-link[data-left="{left_doc}"][data-right="{right_doc}"]'
    _, after = probe(tmp_path, six_languages, [["click", button]])
    assert after is not None, button
    assert sorted(doc for doc, _ in after["articles"]) == sorted([left_doc, right_doc]) and len(docs) == 6
    assert pair.left in after["linked"] and pair.right in after["linked"]
    assert pair.left in after["conflicts"] and pair.right in after["conflicts"]  # marked against each other


def test_six_languages_a_pair_cell_shows_only_that_pairs_findings(tmp_path, six_languages):
    story = six_languages.stories[0]
    finding = next(f for f in story.findings if f.left and f.right)
    a, b = sorted(claim.split(":")[0] for claim in (finding.left, finding.right))
    _, after = probe(tmp_path, six_languages, [["click", f'button.pair-cell[data-left="{a}"][data-right="{b}"]']])
    assert after is not None and sorted(doc for doc, _ in after["articles"]) == [a, b]
    assert after["findings"], "the pair's own findings stay visible"
    for docs, pairs in after["findings"]:
        if json.loads(pairs):  # a finding line (one message, maybe several pairs): one pair is theirs
            assert any(sorted(p) == [a, b] for p in json.loads(pairs)), pairs
        else:  # a claim only one article makes: one of theirs
            assert set(docs.split()) <= {a, b}, docs


def test_article_markup_stays_text_in_the_browser(tmp_path):
    result = chromium(tmp_path, "--dump-dom", write_page(tmp_path, sample_report()).as_uri())
    dom = result.stdout
    assert 'data-ready="true"' in dom, result.stderr[-2000:]  # the page's script ran to the end
    assert re.search(r'<span class="claim paired[^"]*\bflagged\b[^"]*" id="[^"]+" data-claim="en:1"', dom)
    assert '<mark class="facet">December 30</mark>' in dom
    assert "BlackBerry will leave Pakistan" in dom and "BlackBerry vertrekt op" in dom
    assert re.search(r'<article class="doc" lang="en"', dom) and re.search(r'<article class="doc" lang="nl"', dom)
    # The article's <script> stayed text: the DOM holds exactly one script element, ours.
    assert len(re.findall(r"<script\b", dom)) == 1
    assert "&lt;script&gt;alert" in dom
