"""Text from the input, made safe to echo: the one place every renderer and every stderr
message goes through (docs/errors.md, "Hostile text").

Article text, titles, ids, story names and file names are untrusted. Echoed raw they could
drive the reader's terminal (CSI clear screen, OSC 8 links, OSC 0 window titles, C1 controls
such as U+009B, which some terminals read as CSI), reorder what is shown (bidi overrides,
"Trojan Source"), or make a CI runner execute a workflow command (a line that starts with
`::error`, `::add-mask::` or `##[`: runners read them from stdout and stderr alike).

- `visible`: for rendered reports (text, side by side, Markdown, GitHub, HTML). Each unsafe
  character becomes one visible stand-in (C0 controls their Control Picture, "␛" for ESC;
  C1, bidi controls, tag characters and lone surrogates "�"), so every offset into the text
  stays valid.
  Newlines and tabs are kept: layout is the renderer's business.
- `one_line`: for stderr messages. Every non-printable character is shown as its escape
  (`\\n`, `\\x1b`, `\\u202e`, `\\udcff` for an undecodable byte of a file name): one problem,
  one line.
- `no_workflow_commands`: a line that would start a runner command gets a zero-width space
  after its first colon, which shows the same and is no command.
- `json_text`: JSON whose text is plain ASCII-safe for a terminal: C1, DEL, bidi controls, tag
  characters, the line and paragraph separators and lone surrogates (from file names decoded
  with surrogateescape) are written as \\uXXXX escapes, so the data is unchanged and the output
  is valid UTF-8 that every line splitter keeps on its lines.
"""

from __future__ import annotations

import dataclasses
import json
import re

from .lazyre import LazyPattern

# C0 (but tab and newline), DEL, C1, the bidi embeddings/overrides/isolates and marks, tag
# characters (invisible letters: hidden text), lone surrogates.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"  # embeddings, overrides, isolates: they reorder what is shown
TAG_CHARACTERS = "\U000e0000-\U000e007f"  # invisible letters: hidden text
_BIDI = "\u061c\u200e\u200f" + BIDI_CONTROLS  # and the bidi marks
# (Kept compiled across runs: a class of these ranges costs re 5 ms to compile.)
UNSAFE = LazyPattern(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}{TAG_CHARACTERS}\ud800-\udfff]")
# What json.dumps(ensure_ascii=False) leaves raw that a terminal or a UTF-8 encoder chokes on, and
# the line and paragraph separators, which JavaScript before ES2019 and line splitters such as
# Python's str.splitlines take for line breaks (a JSONL record cut in two).
_JSON_UNSAFE = LazyPattern(f"[\x7f-\x9f\u2028\u2029{_BIDI}{TAG_CHARACTERS}\ud800-\udfff]")
# Leading blanks or colour codes (the runner trims blanks; a coloured line is still a line).
_WORKFLOW_COMMAND = re.compile(r"^((?:\s|\x1b\[[0-9;]*m)*)(::|##\[)", re.M)
ZERO_WIDTH_SPACE = "\u200b"


def _stand_in(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (ESC is ␛)
    return "\u2421" if code == 0x7F else "\ufffd"


def visible(text: str) -> str:
    """`text` with every unsafe character replaced by one visible stand-in (same length)."""
    return UNSAFE.sub(_stand_in, text) if UNSAFE.search(text) else text


_LINE_BREAKS = str.maketrans({"\n": "\u2424", "\t": "\u2409", "\u2028": "\u2424", "\u2029": "\u2424"})


def one_line_label(text: str) -> str:
    """An id, story name or path as the text reports show it: `visible`, and on one line (a line
    break or tab becomes its Control Picture, ␤ ␉). A newline in an id ("en\\n✔ agree …") split a
    report's header and labels and could forge a line of the report."""
    return visible(text).translate(_LINE_BREAKS)


def one_line(text: str) -> str:
    """`text` on one line, every non-printable character shown as its backslash escape."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode("ascii") for ch in text)


def no_workflow_commands(text: str) -> str:
    """No line of `text` starts a CI runner command (`::error …`, `::add-mask::…`, `##[group]`)."""
    return _WORKFLOW_COMMAND.sub(lambda m: m.group(1) + m.group(2)[0] + ZERO_WIDTH_SPACE + m.group(2)[1:], text)


def json_text(value, indent: int | None = None) -> str:
    """json.dumps for output: readable UTF-8, with what could hurt a terminal or the encoder escaped."""
    return _json_escaped(json.dumps(value, ensure_ascii=False, indent=indent))


def _json_escaped(text: str) -> str:
    return _JSON_UNSAFE.sub(_json_escape, text)


def _json_escape(match: re.Match) -> str:
    """The character as JSON's \\uXXXX escape; one beyond the BMP (a tag character) as its
    UTF-16 surrogate pair, as JSON requires."""
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


# Characters of JSON gathered before each write of `write_json`.
JSON_WRITE_CHARS = 1 << 16


def write_json(value, stream, indent: int | None = None) -> None:
    """`json_text(value, indent)` and a newline, written to `stream` a piece at a time. The report
    of two 128 KiB figure tables is 24 MB of JSON: as one string, and the millions of pieces json
    joins into it, it took 160 MiB at the run's peak. Escaping piece by piece is the same, since
    what is escaped is one character at a time."""
    pieces: list[str] = []
    size = 0
    for piece in json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(value):
        pieces.append(piece)
        size += len(piece)
        if size >= JSON_WRITE_CHARS:
            stream.write(_json_escaped("".join(pieces)))
            pieces, size = [], 0
    pieces.append("\n")
    stream.write(_json_escaped("".join(pieces)))


def sanitised(value):
    """A copy of a report (or any dataclass/list/dict tree) with every string made `visible`.
    Lengths are kept, so claim and sentence offsets still index the texts."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, list):
        return [sanitised(item) for item in value]
    if isinstance(value, tuple):
        return tuple(sanitised(item) for item in value)
    if isinstance(value, dict):
        return {sanitised(key): sanitised(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: sanitised(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


class CommandSafeStream:
    """Wraps an output stream so that no written line starts a runner command; complete lines
    are passed on as they come (`finish` writes the rest). Terminal queries (isatty, encoding,
    fileno) go to the wrapped stream, so rich still sees the terminal it writes to."""

    def __init__(self, stream):
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        head, newline, self._pending = (self._pending + text).rpartition("\n")
        if newline:
            self._stream.write(no_workflow_commands(head + newline))
        return len(text)

    def finish(self) -> None:
        if self._pending:
            self._stream.write(no_workflow_commands(self._pending))
            self._pending = ""
        self._stream.flush()

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name):
        return getattr(self._stream, name)
