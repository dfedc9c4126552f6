"""The README is what a new user runs first: its seed report must be a true excerpt of what
`COLUMNS=110 NO_COLOR=1 factcheck compare seeds/` prints (lines in order, `…` where it leaves some
out), and every format and option it names must exist."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import FORMATS

from .conftest import ROOT, SEEDS

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _seed_excerpt() -> list[str]:
    intro = README.index("`COLUMNS=110 factcheck compare seeds/` prints")
    block = README[README.index("```text\n", intro) + len("```text\n"):]
    return block[:block.index("```")].splitlines()


def _lines_in_order(excerpt: list[str], printed: list[str]) -> list[str]:
    """The excerpt's lines (other than `…`) that are not found in `printed` after the one before."""
    missing, at = [], 0
    for line in excerpt:
        if line == "…":
            continue
        try:
            at = printed.index(line, at) + 1
        except ValueError:
            missing.append(line)
    return missing


def test_the_seed_report_in_the_readme_is_what_the_command_prints(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in ("LINES", "TERMINAL_WIDTH", "FORCE_COLOR")}
    env.update(COLUMNS="110", NO_COLOR="1")
    printed = subprocess.run([sys.executable, "-m", "factcheck", "compare", str(SEEDS), "--no-cache"], capture_output=True,
                             text=True, env=env, cwd=ROOT, timeout=120, check=True).stdout.splitlines()
    excerpt = _seed_excerpt()
    assert len(excerpt) > 20 and excerpt[0].startswith("Story seeds")
    assert _lines_in_order(excerpt, printed) == []


def test_the_excerpt_check_finds_a_line_the_command_does_not_print():
    excerpt = _seed_excerpt()
    assert _lines_in_order(excerpt, excerpt) == []
    assert _lines_in_order([*excerpt, "✖ error   made_up  en:1 ↔ nl:1"], excerpt) == ["✖ error   made_up  en:1 ↔ nl:1"]
    assert _lines_in_order(list(reversed(excerpt[:3])), excerpt[:3]) != []  # order counts


def test_the_formats_the_readme_lists_are_the_formats_compare_takes():
    (listed,) = re.findall(r"Options of `compare`: `--format ([a-z|]+)`", README)
    assert tuple(listed.split("|")) == FORMATS
    help_text = CliRunner().invoke(app, ["compare", "--help"], env={"NO_COLOR": "1", "TERMINAL_WIDTH": "200"}).stdout
    assert "<" + "|".join(FORMATS) + ">" in help_text
