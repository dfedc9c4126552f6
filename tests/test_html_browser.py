"""The HTML report in a real browser: Debian's headless Chromium loads the page from a file://
URL (no network: the page must not need any), takes a screenshot and dumps the DOM after the
page's script has run. Skipped where chromium is not installed (.ci/run installs it)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from factcheck.report.html import html_page
from tests.report_factory import sample_report

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1400,1000",
]


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "report.html"
    path.write_text(html_page(sample_report()), encoding="utf-8")
    return path


def test_screenshot_is_taken(tmp_path, page):
    screenshot = tmp_path / "page.png"
    result = chromium(tmp_path, f"--screenshot={screenshot}", page.as_uri())
    assert screenshot.is_file(), result.stderr[-2000:]
    assert screenshot.read_bytes().startswith(b"\x89PNG") and screenshot.stat().st_size > 10_000


def test_page_shows_both_languages_and_a_highlighted_finding(tmp_path, page):
    result = chromium(tmp_path, "--dump-dom", page.as_uri())
    dom = result.stdout
    assert 'data-ready="true"' in dom, result.stderr[-2000:]  # the page's script ran to the end
    assert re.search(r'<span class="claim paired sev-error flagged"[^>]*data-claim="en:1"', dom)
    assert '<mark class="facet">December 30</mark>' in dom
    assert "BlackBerry will leave Pakistan" in dom and "BlackBerry vertrekt op" in dom
    assert '<article class="doc" lang="en">' in dom and '<article class="doc" lang="nl">' in dom
    # The article's <script> stayed text: the DOM holds exactly one script element, ours.
    assert len(re.findall(r"<script\b", dom)) == 1
    assert "&lt;script&gt;alert" in dom
