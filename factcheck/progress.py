"""Feedback on stderr while stories are compared, scaled to who is watching.

A progress bar only for a person at a terminal: never when stderr is piped, in CI (`CI` is
set by GitHub Actions, GitLab and most others; animated bars flood their logs) or with
--quiet. --verbose adds one line per story, which does suit logs.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum

from .model import StoryReport
from .report.terminal import is_tty
from .safe_text import one_line


class Verbosity(IntEnum):
    QUIET = 0
    NORMAL = 1
    VERBOSE = 2


def verbosity(quiet: bool, verbose: bool) -> Verbosity:
    if quiet:
        return Verbosity.QUIET
    return Verbosity.VERBOSE if verbose else Verbosity.NORMAL


def progress_bar_wanted(level: Verbosity, stream=None) -> bool:
    stream = stream or sys.stderr
    return level is not Verbosity.QUIET and not os.environ.get("CI") and is_tty(stream)


@dataclass(frozen=True)
class StoryCounts:
    """What the --verbose line says of a finished story (all a streamed story brings back)."""

    id: str
    articles: int
    claims: int
    findings: int

    @classmethod
    def of(cls, story: StoryReport) -> StoryCounts:
        return cls(story.id, len(story.documents), len(story.claims), len(story.findings))


class StoryProgress:
    """Called with each finished story; `stage()` names the work under way before the first one
    lands (loading language data, starting workers), so the bar never sits silent at 0/N. Until
    then the bar pulses; afterwards it counts stories and estimates the time left."""

    def __init__(self, total: int, level: Verbosity, stream, bar=None):
        self.total, self.level, self.stream, self.bar = total, level, stream, bar
        self.started = time.monotonic()
        self.done = 0
        self.task = bar.add_task(FIRST_STAGE, total=None, count=plural_stories(total)) if bar else None

    def stage(self, description: str) -> None:
        if self.bar and not self.done:
            self.bar.update(self.task, description=description)
            self.bar.refresh()

    def __call__(self, story: StoryReport | StoryCounts) -> None:
        self.done += 1
        if self.level is Verbosity.VERBOSE:
            from .report.findings import plural  # only for -v

            counts = story if isinstance(story, StoryCounts) else StoryCounts.of(story)
            took = time.monotonic() - self.started
            self.stream.write(one_line(
                f"factcheck: story {counts.id}: {plural(counts.articles, 'article')}, {plural(counts.claims, 'claim')}, "
                f"{plural(counts.findings, 'finding')} ({took:.1f} s so far)"
            ) + "\n")
        if self.bar:
            self.bar.update(self.task, total=self.total, description="comparing stories", count=f"{self.done}/{self.total}")
            self.bar.advance(self.task)
            self.bar.refresh()


FIRST_STAGE = "starting"


def plural_stories(count: int) -> str:
    return f"{count} {'story' if count == 1 else 'stories'}"


@contextmanager
def story_progress(total: int, level: Verbosity, stream=None) -> Iterator[StoryProgress]:
    """Yields the progress to call after each story is compared."""
    stream = stream or sys.stderr
    if not progress_bar_wanted(level, stream) or total < 1:
        yield StoryProgress(total, level, stream)
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    columns = (
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[count]}"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(file=stream), transient=True) as bar:
        yield StoryProgress(total, level, stream, bar)
