"""Terminal reports (text and --side-by-side) as people and logs see them: whole lines when
piped, the terminal's width at a terminal (through a real pseudo-terminal), only differing
values marked, and the findings' messages in the side-by-side view."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from dataclasses import replace

import pytest

from factcheck.langid import LANGUAGE_NAMES
from factcheck.model import Pair, Report
from factcheck.progress import StoryCounts, Verbosity, story_progress
from factcheck.report.html import html_page
from factcheck.report.side_by_side import render_side_by_side
from factcheck.report.text import render_text
from tests.report_factory import sample_report, story_report

from .conftest import ROOT, SEEDS

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# The seed's English sentence of the deadline finding: longer than 120 columns.
LONG_SENTENCE = (
    "BlackBerry will shut down operations in Pakistan «at year’s end» because demands from the country’s "
    "Telecommunications Authority would result in a massive invasion of user privacy, the company said Monday."
)


def _environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TERMINAL_WIDTH", "FORCE_COLOR")}
    env.update(NO_COLOR="1", **extra)
    return env


def _compare_piped(*args: str, **env: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "compare", str(SEEDS), *args],
        capture_output=True, text=True, env=_environment(**env), cwd=ROOT, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _compare_on_terminal(columns: int, stream: str = "stdout") -> list[str]:
    """One of stdout or stderr on a pseudo-terminal `columns` wide, the other discarded."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, stream: follower}
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "compare", str(SEEDS)],
        **streams, stdin=subprocess.DEVNULL, env=_environment(CI=""), cwd=ROOT,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the follower side closed: the program has exited
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=120) == 0
    return ANSI.sub("", b"".join(chunks).decode("utf-8")).replace("\r", "").splitlines()


def test_piped_text_keeps_each_sentence_on_one_line():
    lines = _compare_piped()
    assert any(LONG_SENTENCE in line for line in lines)
    assert max(len(line) for line in lines) > 120
    assert all(line == line.rstrip() for line in lines)  # no padding to a width


def test_columns_still_sets_the_width_of_piped_text():
    lines = _compare_piped(COLUMNS="90")
    assert max(len(line) for line in lines) <= 90
    assert not any(LONG_SENTENCE in line for line in lines)


def test_a_terminal_gets_text_wrapped_at_its_own_width():
    lines = _compare_on_terminal(100)
    assert any(line.startswith("Findings (") for line in lines)
    assert max(len(line) for line in lines) <= 100
    assert max(len(line) for line in lines) > 80  # the terminal's width, not Rich's fallback


def test_piped_side_by_side_uses_120_columns_and_two_columns():
    lines = _compare_piped("--side-by-side")
    assert max(len(line) for line in lines) <= 120
    header = next(line for line in lines if "en (English)" in line)
    assert "nl (Dutch)" in header


def _text(report: Report, width: int = 200) -> str:
    stream = io.StringIO()
    render_text(report, stream, color=False, width=width)
    return stream.getvalue()


def test_agreements_mark_only_values_that_a_finding_says_differ():
    story = story_report()
    number_finding = next(f for f in story.findings if f.type == "number_mismatch")
    # en:1 and nl:1 agree (no finding on them); en:2 and nl:2 agree in part, their numbers differ.
    pairs = [Pair("en:1", "nl:1", 0.8, "agree"), Pair("en:2", "nl:2", 0.6, "partial")]
    story = replace(story, pairs=pairs, findings=[replace(number_finding, severity="info")])
    agreements = _text(Report([story])).split("Agreements (2)")[1].split("Only in one article")[0]
    assert "BlackBerry will leave Pakistan on December 30" in agreements  # shown, not marked
    assert "«" not in agreements.split("Marty Beard")[0]
    assert "«5,000»" in agreements and "«6.000»" in agreements


def test_summary_counts_of_one_are_singular():
    story = story_report()
    one_pair = replace(story, claims=[c for c in story.claims if c.id in ("en:1", "nl:1")], pairs=[Pair("en:1", "nl:1", 0.8, "agree")], findings=[])
    assert "— 2 articles:" in _text(Report([one_pair])) and "2 claims · 1 pair: 1 agree" in _text(Report([one_pair]))
    one_article = replace(story, documents=story.documents[:1], claims=story.claims[:1], pairs=[], findings=[])
    out = _text(Report([one_article]))
    assert "— 1 article:" in out and "1 claim · 0 pairs" in out and "(s)" not in out


def test_a_weak_link_is_listed_apart_from_the_agreements_with_what_links_it():
    story = replace(story_report(), findings=[],
                    pairs=[Pair("en:1", "nl:1", 0.8, "agree"),
                           Pair("en:2", "nl:2", 0.2, "weak", {"method": "facts", "anchors": ["name:Beard"]})])
    out = _text(Report([story]))
    assert "1 agree, 0 partial, 0 conflict, 1 weak" in out
    agreements = out.split("Agreements (1)")[1].split("Weak links (1")[0]
    assert "en:1 ↔ nl:1" in agreements and "en:2" not in agreements
    assert "~ en:2 ↔ nl:2  score 0.20: linked by the name “Beard”" in out.split("Weak links (1")[1]  # was 'name:Beard'


def test_a_link_by_position_alone_says_so_in_the_weak_links():
    story = replace(story_report(), findings=[],
                    pairs=[Pair("en:1", "nl:1", 0.0, "weak", {"method": "gap", "text": 0.0, "shared": []}),
                           Pair("en:2", "nl:2", 0.1, "weak", {"method": "gap", "text": 0.1, "shared": ["Beard"]})])
    weak = _text(Report([story])).split("Weak links (2")[1]
    assert "~ en:1 ↔ nl:1  score 0.00: linked by position only" in weak
    assert "~ en:2 ↔ nl:2  score 0.10: linked by position and little wording" in weak


def test_a_bead_of_the_sentence_path_that_shares_nothing_says_position_only():
    """The two claims of a path bead placed by the articles' order (score 0, nothing shared) are a weak
    link by position, like a gap link: "linked by a few words" claimed words in common that there are not."""
    story = replace(story_report(), findings=[],
                    pairs=[Pair("en:1", "nl:1", 0.0, "weak", {"method": "path", "text": 0.0, "shared": []})])
    weak = _text(Report([story])).split("Weak links (1")[1]
    assert "~ en:1 ↔ nl:1  score 0.00: linked by position only" in weak
    assert "a few words" not in weak


@pytest.mark.parametrize(("label", "said"), [
    ("date:2015-12-30", "the date 2015-12-30"), ("number:28 people", "the figure “28 people”"),
    ("lead:dead", "the figure for “dead” both articles lead with"), ("roles:dead+injured", "a passage on the same roles (dead, injured)"),
    ("other:x", "other:x"),
])
def test_weak_link_anchors_are_worded_for_a_reader(label, said):
    from factcheck.link_wording import readable_anchor

    assert readable_anchor(label) == said


def test_side_by_side_shows_the_summary_and_each_findings_message():
    report = sample_report()
    for width in (160, 80):  # two columns, and stacked below 100 columns
        stream = io.StringIO()
        render_side_by_side(report, stream, color=False, width=width)
        out = " ".join(stream.getvalue().split())  # wrapping aside
        assert "7 claims · 3 pairs" in out and "2 errors, 1 warning" in out
        for finding in report.stories[0].findings:
            if finding.type != "omission":
                assert " ".join(finding.message.split()) in out, (width, finding.message)
        assert re.search(r"✖ error time_mismatch \(confidence \d\.\d\d\): time differs", out)


def test_stacked_side_by_side_hangs_wrapped_lines_under_their_text():
    # Below 100 columns the view is stacked; a wrapped claim or finding started again at the left
    # margin, under the article ids and status marks a reader scans down.
    stream = io.StringIO()
    render_side_by_side(sample_report(), stream, color=False, width=60)
    lines = stream.getvalue().splitlines()[3:]
    labelled = [i for i, line in enumerate(lines) if re.match(r"  \S+ +\S", line) and not line.startswith("    ")]
    wrapped = [lines[i + 1] for i in labelled if i + 1 < len(lines) and lines[i + 1].strip()
               and not re.match(r"(?:  \S+ |[✔≈✖~·] |    [✖▲•] )", lines[i + 1])]
    assert wrapped, "the sample report has a claim longer than one line"
    assert all(line.startswith(" " * 7) for line in wrapped), wrapped
    messages = [i for i, line in enumerate(lines) if re.match(r"    [✖▲•] ", line)]
    assert messages and all(lines[i + 1].startswith("    ") or not lines[i + 1].strip() or re.match(r"[✔≈✖~·] ", lines[i + 1])
                            for i in messages if i + 1 < len(lines))


def test_side_by_side_starts_with_the_text_reports_header_and_its_dates():
    # it said only "Story seeds": not the articles' publication dates that relative times were read against
    report = sample_report()
    side, text = io.StringIO(), io.StringIO()
    render_side_by_side(report, side, color=False, width=200)
    render_text(report, text, color=False, width=200)
    header = text.getvalue().splitlines()[0]
    assert side.getvalue().splitlines()[0] == header
    assert all(f"({LANGUAGE_NAMES[doc.lang]}, " in header for doc in report.stories[0].documents)


def test_progress_names_each_stage_before_the_first_story_then_counts_with_an_eta():
    frames = "\n".join(_compare_on_terminal(100, stream="stderr"))
    stages = ["loading language data", "starting workers", "comparing the first story", "1/1"]
    positions = [frames.find(stage) for stage in stages]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), (positions, frames[-2000:])
    assert "0/1" not in frames  # before the first story the bar pulses instead of sitting at zero
    assert "ETA" in frames.split("1/1")[-1]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_eta_is_estimated_once_stories_land(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    stream = _Terminal()
    with story_progress(4, Verbosity.NORMAL, stream) as tick:
        tick.stage("loading language data")
        for _ in range(3):
            tick(story_report())
    last = ANSI.sub("", stream.getvalue()).split("\r")
    counted = [frame for frame in last if "3/4" in frame]
    assert counted and re.search(r"ETA \d+:\d\d:\d\d", counted[-1]), counted


def test_the_verbose_story_line_counts_in_words_that_agree():
    # "1 articles, 1 claims, 1 findings" for a story of one article.
    stream = io.StringIO()
    with story_progress(2, Verbosity.VERBOSE, stream) as tick:
        tick(StoryCounts("solo", 1, 1, 1))
        tick(StoryCounts("pair", 2, 0, 3))
    lines = [re.sub(r" \(\d+\.\d s so far\)$", "", line) for line in stream.getvalue().splitlines()]
    assert lines == ["factcheck: story solo: 1 article, 1 claim, 1 finding", "factcheck: story pair: 2 articles, 0 claims, 3 findings"]


def test_a_low_confidence_info_is_a_one_line_note_and_a_warning_never_is():
    story = story_report()
    polarity = next(f for f in story.findings if f.type == "polarity_mismatch")
    number = next(f for f in story.findings if f.type == "number_mismatch")
    story = replace(story, findings=[replace(polarity, severity="info", confidence=0.2),
                                     replace(number, severity="warning", confidence=0.2)])
    out = _text(Report([story]))
    findings, notes = out.split("Findings (1)")[1].split("Low-confidence notes (1 info, confidence below 0.50")
    assert "number_mismatch" in findings and "Marty Beard said" in findings  # whole, with its sentences
    assert "polarity_mismatch" not in findings
    note = notes.split("Agreements")[0]
    assert f"• polarity_mismatch en:4 ↔ nl:3 confidence 0.20: {polarity.message}" in " ".join(note.split())
    assert "Het bedrijf weigert" not in note  # its sentences stay in the JSON report


def test_forced_colour_into_a_pipe_is_styled_but_not_padded(monkeypatch):
    # FORCE_COLOR in a CI log: styles kept, no line padded to the unwrapped width (it was a
    # million blanks on one line of the seed report), in both terminal renderers.
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for render in (render_text, render_side_by_side):
        stream = io.StringIO()
        render(sample_report(), stream, color=True)
        out = stream.getvalue()
        assert ANSI.search(out)
        lines = ANSI.sub("", out).splitlines()
        assert lines and all(line == line.rstrip() for line in lines)
        assert len(out) < 100_000


@pytest.mark.parametrize("extra", [(), ("--side-by-side",)])
def test_a_report_file_is_plain_text_even_with_forced_colour(tmp_path, extra):
    # CI sets FORCE_COLOR for its logs: `-o report.txt` got style codes (bold, reverse video)
    # in the file, an artifact to read later; and NO_COLOR with it still left the bold in.
    env = {key: value for key, value in _environment(FORCE_COLOR="1", TERM="xterm-256color").items() if key != "NO_COLOR"}
    report = tmp_path / "report.txt"
    printed = subprocess.run([sys.executable, "-m", "factcheck", "compare", str(SEEDS), *extra], capture_output=True, text=True,
                             env=env, cwd=ROOT, timeout=120, check=True).stdout
    subprocess.run([sys.executable, "-m", "factcheck", "compare", str(SEEDS), *extra, "-o", str(report)],
                   env=env, cwd=ROOT, timeout=120, check=True)
    written = report.read_text(encoding="utf-8")
    assert ANSI.search(printed)  # the log still gets its colours
    assert not ANSI.search(written) and "«vandaag»" in written
    both = subprocess.run([sys.executable, "-m", "factcheck", "compare", str(SEEDS), *extra], capture_output=True, text=True,
                          env={**env, "NO_COLOR": "1"}, cwd=ROOT, timeout=120, check=True).stdout
    assert not ANSI.search(both) and "«vandaag»" in both


def test_article_ids_longer_than_six_characters_are_shown_whole(tmp_path):
    # The label column was 6 wide: "numrus…" and "reuter…" hid which article a sentence is from,
    # and two ids with a common start ("feed-es", "feed-it") read the same.
    for source, name in (("nl.md", "numrush-nl.md"), ("en.md", "reuters-en.md")):
        (tmp_path / name).write_text((SEEDS / source).read_text(encoding="utf-8"), encoding="utf-8")
    compared = subprocess.run([sys.executable, "-m", "factcheck", "compare", str(tmp_path)], capture_output=True, text=True,
                              env=_environment(), cwd=ROOT, timeout=120, check=True).stdout
    sentence_labels = {line.split()[0] for line in compared.splitlines() if line.startswith(("numrush", "reuters"))}
    assert sentence_labels == {"numrush-nl", "reuters-en"}
    assert "…" not in "".join(line[:12] for line in compared.splitlines())
    listed = subprocess.run([sys.executable, "-m", "factcheck", "claims", str(tmp_path)], capture_output=True, text=True,
                            env=_environment(), cwd=ROOT, timeout=120, check=True).stdout
    assert re.search(r"^numrush-nl:21 +Je kunt hier", listed, re.M) and re.search(r"^reuters-en:17 +If governments", listed, re.M)
    assert re.search(r"^numrush-nl ¶8 +Wel zegt", compared, re.M)  # the omissions' "id ¶N" labels too


def test_a_very_long_id_is_shortened_in_its_label_cell_keeping_both_ends(tmp_path):
    # Shown whole, a 3,000-character JSONL id folded into over a hundred lines per sentence.
    body = "x" * 3000
    records = [{"id": f"{body}-{lang}", "story": "s", "lang": lang, "published": "2021-03-15", "text": text}
               for lang, text in (("en", "The bridge closes on Monday, the mayor said."),
                                  ("nl", "De brug gaat dinsdag dicht, zei de burgemeester."))]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    for command in ("compare", "claims"):
        out = subprocess.run([sys.executable, "-m", "factcheck", command, str(feed)], capture_output=True, text=True,
                             env=_environment(), cwd=ROOT, timeout=120, check=True).stdout
        assert len(out.splitlines()) < 30, len(out.splitlines())
        cells = [line.split()[0] for line in out.splitlines() if line.startswith("…")]
        assert any(cell.endswith("-en") or cell.endswith("-en:1") for cell in cells), cells


@pytest.mark.parametrize("list_claims", [False, True])
def test_unwrapped_output_is_the_same_whether_rich_looks_for_line_breaks_or_not(monkeypatch, list_claims):
    """Piped text is UNWRAPPED wide: a cell that fits is drawn without Rich's search for places
    to break it (report/text.py, `_unwrapped`); the report must not change. A tab (expanded only
    as it is drawn) and a text too long for the width keep the search."""
    from factcheck.report import text

    story = story_report()
    claims = list(story.claims)
    claims[0] = replace(claims[0], text="BlackBerry\twill leave Pakistan on December 30")
    variants = [sample_report(), Report(stories=[replace(story, claims=claims)], options={})]

    def rendered(report: Report, width: int | None = None) -> str:
        stream = io.StringIO()
        render_text(report, stream, width=width, list_claims=list_claims)
        return stream.getvalue()

    unwrapped, kept = text._StoryView._unwrapped, []
    monkeypatch.setattr(text._StoryView, "_unwrapped", lambda self, grid: kept.append(unwrapped(self, grid).columns[1].no_wrap) or grid)
    fast = [rendered(report) for report in variants] + [rendered(variants[0], width=40)]
    assert True in kept and False in kept  # the shortcut was taken, and refused for the tab and the width of 40
    monkeypatch.setattr(text._StoryView, "_unwrapped", lambda self, grid: grid)
    assert [rendered(report) for report in variants] + [rendered(variants[0], width=40)] == fast
    assert "BlackBerry\twill" not in fast[1]  # the tab was drawn as blanks in both


def test_a_gloss_of_part_of_the_shown_sentence_says_where_the_sentence_goes_on():
    """The ≈ line glosses the claim only; under a longer sentence it read as the translation of all of it."""
    text = _text(sample_report())
    glosses = [line.strip() for line in text.splitlines() if line.strip().startswith("≈ ")]
    assert "≈ BlackBerry leaves Pakistan on 31 December …" in glosses  # the sentence goes on: ", zei het bedrijf maandag."
    assert "≈ According to Marty Beard 6,000 customers are affected." in glosses  # the whole sentence
    html = html_page(sample_report())
    assert "≈ BlackBerry leaves Pakistan on 31 December …</div>" in html


def test_the_summarys_info_count_adds_up_from_the_sections_that_show_them():
    # The seeds said "13 info" over one info finding: the 4 notes and 8 omissions did not say they were info.
    story = story_report()
    polarity = next(f for f in story.findings if f.type == "polarity_mismatch")
    story = replace(story, findings=[*story.findings, replace(polarity, severity="info", confidence=0.2)])
    out = _text(Report([story]))
    summary_info = int(re.search(r"(\d+) info\b", out).group(1))
    findings_info = len(re.findall(r"^• info ", out.split("Low-confidence notes")[0], re.M))
    notes = int(re.search(r"Low-confidence notes \((\d+) info", out).group(1))
    omissions = int(re.search(r"Only in one article \(.*; (\d+) info findings?\)", out).group(1))
    assert notes and omissions
    assert summary_info == findings_info + notes + omissions
