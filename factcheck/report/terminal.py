"""How wide terminal output is: the terminal's width at a terminal, whole lines when piped.

Rich falls back to 80 columns (or the width of whatever terminal stdin or stderr is) when the
output is piped, which cuts sentences in CI logs and hides them from `grep`. Piped output is
therefore not wrapped unless COLUMNS asks for a width.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable

from rich.console import Console

UNWRAPPED = 1_000_000  # wider than any sentence: one output line per report line


def is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def output_width(stream, width: int | None = None, piped: int = UNWRAPPED) -> int | None:
    """`width` when given; None (Rich's own choice: COLUMNS, else the terminal's) when COLUMNS is
    set or `stream` is a terminal; else `piped`."""
    if width is not None or os.environ.get("COLUMNS", "").strip().isdigit() or is_tty(stream):
        return width
    return piped


def write_plain(stream, width: int, render: Callable[[Console], None]) -> None:
    """Piped or NO_COLOR: render without styles, then drop the padding Rich adds to fill the
    width (trailing blanks would only get in the way of grep and diff)."""
    buffer = io.StringIO()
    render(Console(file=buffer, no_color=True, highlight=False, emoji=False, width=width))
    stream.write("\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n")
