"""Feedback on stderr while stories are compared, scaled to who is watching.

A progress bar only for a person at a terminal: never when stderr is piped, in CI (`CI` is
set by GitHub Actions, GitLab and most others; animated bars flood their logs) or with
--quiet. --verbose adds one line per story, which does suit logs.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import IntEnum

from .model import StoryReport
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
    return level is not Verbosity.QUIET and not os.environ.get("CI") and _is_tty(stream)


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def story_progress(total: int, level: Verbosity, stream=None) -> Iterator[Callable[[StoryReport], None]]:
    """Yields the function to call after each story is compared."""
    stream = stream or sys.stderr
    started = time.monotonic()

    def log(story: StoryReport) -> None:
        if level is Verbosity.VERBOSE:
            took = time.monotonic() - started
            stream.write(one_line(
                f"factcheck: story {story.id}: {len(story.documents)} articles, {len(story.claims)} claims, "
                f"{len(story.findings)} findings ({took:.1f} s so far)"
            ) + "\n")

    if not progress_bar_wanted(level, stream) or total < 1:
        yield log
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("comparing stories"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(file=stream), transient=True) as bar:
        task = bar.add_task("stories", total=total)

        def advance(story: StoryReport) -> None:
            log(story)
            bar.advance(task)

        yield advance
