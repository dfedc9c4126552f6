"""How wide terminal output is: the terminal's width at a terminal, whole lines when piped.

Rich falls back to 80 columns (or the width of whatever terminal stdin or stderr is) when the
output is piped, which cuts sentences in CI logs and hides them from `grep`. Piped output is
therefore not wrapped unless COLUMNS asks for a width.
"""

from __future__ import annotations

import io
import os
import re
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


# A style code at the very end of a text: Rich pads a styled line to the console's width, and
# the padding may sit before, between or inside the codes that end the line.
CLOSING_CODE = re.compile(r"\x1b\[[0-9;]*m\Z")


def _without_padding(text: str) -> str:
    """Each line without its trailing blanks, the style codes among them kept (so styles still
    end); linear in the line, however many blanks it has."""
    return "\n".join(_line_without_padding(line) for line in text.split("\n"))


def _line_without_padding(line: str) -> str:
    codes: list[str] = []
    while True:
        line = line.rstrip(" ")
        code = CLOSING_CODE.search(line[-32:])  # a style code is short: look at the tail only
        if not code:
            return line + "".join(reversed(codes))
        codes.append(code.group(0))
        line = line[:len(line) - len(code.group(0))]


def is_plain(console: Console) -> bool:
    """No style will show: NO_COLOR, output that is not a terminal, or a terminal Rich writes no
    styles to at all (TERM=dumb: Emacs shells, some CI consoles). Differing values are then
    marked «…», as when piped; with styles alone they were not marked at all."""
    return console.no_color or not console.is_terminal or console.color_system is None


def write_report(stream, console: Console, render: Callable[[Console], None]) -> None:
    """Render with `console`: without styles when it has none (see `write_plain`); styled to a
    terminal directly; styled but piped (FORCE_COLOR in CI), through a buffer whose padding is cut,
    since the unwrapped width would otherwise pad a line with a million blanks."""
    if is_plain(console):
        write_plain(stream, console.width, render)
    elif is_tty(stream):
        render(console)
    else:
        buffer = io.StringIO()
        render(Console(file=buffer, force_terminal=True, color_system=console.color_system, highlight=False,
                       emoji=False, width=console.width, soft_wrap=console.soft_wrap))
        stream.write(_without_padding(buffer.getvalue()))


def write_plain(stream, width: int, render: Callable[[Console], None]) -> None:
    """Piped or NO_COLOR: render without styles, then drop the padding Rich adds to fill the
    width (trailing blanks would only get in the way of grep and diff)."""
    buffer = io.StringIO()
    # force_terminal=False: FORCE_COLOR in the environment must not put style codes back.
    render(Console(file=buffer, no_color=True, force_terminal=False, highlight=False, emoji=False, width=width))
    stream.write("\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n")
