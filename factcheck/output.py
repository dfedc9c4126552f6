"""Where the report goes: `--output FILE` or standard output, so that a report is never lost.

- The output path is checked before the run (a usage error, exit 2): not a folder, its folder
  exists and is writable, and it is not one of the inputs (`-o article.md` would destroy it).
- A report file is written to a temporary file in the same folder and moved over the old one
  with `os.replace` only when complete: a run that dies (kill -9, a full disk) leaves the old
  report as it was, never a truncated one. An output that is not a regular file (`-o /dev/null`,
  a FIFO, a terminal) is written in place: a file renamed over it replaced the device itself.
- Standard output that cannot take the report (`> /dev/full`, closed) is exit 2 with a message.
- Standard output whose encoding is not UTF-8 (a Windows console, a Latin-1 locale,
  `PYTHONIOENCODING=ascii`) cannot hold every character of an article: a report for people (text)
  shows those it cannot as `?`, a document for programs (JSON, SARIF, Markdown, HTML...) is
  written in UTF-8 as its format requires. Either was an internal error (UnicodeEncodeError).
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


class OutputError(Exception):
    """The report cannot be written; the message says why (the caller exits 2)."""


def check_output(output: Path | None, inputs: Iterable[str]) -> None:
    """Raise OutputError now, before any work, when the report could not be written."""
    if output is None:
        if sys.stdout is None or sys.stdout.closed:
            raise OutputError("standard output is closed (use --output FILE)")
        return
    folder = output.parent
    if output.is_dir():
        raise OutputError(f"{output}: is a directory")
    if _written_in_place(output):
        if not os.access(output, os.W_OK):
            raise OutputError(f"{output}: is not writable")
        return
    if not folder.is_dir():
        raise OutputError(f"{output}: its folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{output}: its folder {folder} is not writable")
    for raw in inputs:
        if raw != "-" and _is_input(output, Path(raw)):
            raise OutputError(f"{output}: is one of the inputs; the report would overwrite it")


def _is_input(output: Path, given: Path) -> bool:
    """`output` is the input file `given`, or an article file that reading folder `given` reads."""
    from .ingest import KNOWN_SUFFIXES

    try:
        if os.path.samefile(output, given):
            return True
    except OSError:  # one of them does not exist (yet)
        return output.resolve() == given.resolve()
    return (given.is_dir() and output.is_file() and output.suffix.lower() in KNOWN_SUFFIXES
            and output.resolve().is_relative_to(given.resolve()) and not _is_own_report(output))


def _is_own_report(path: Path) -> bool:
    """A report an earlier run wrote into the input folder: ingest leaves it out, so writing it
    again destroys no article (`compare articles/ -o articles/report.json`, run twice)."""
    from .own_reports import own_report_file_kind

    return own_report_file_kind(path) is not None


@contextmanager
def report_stream(output: Path | None, for_people: bool = False) -> Iterator[TextIO]:
    """The stream to write the report to; the file appears (atomically) only when complete.
    `for_people`: plain text for a terminal (standard output keeps its own encoding)."""
    if output is None:
        yield from _stdout(for_people)
        return
    if _written_in_place(output):
        yield from _in_place(output)
        return
    import tempfile  # here: standard output, most runs' way, needs none of it

    try:
        descriptor, temporary = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"{output}: cannot write report: {err.strerror or err}") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(output))
        os.replace(temporary, output)
    except OSError as err:
        _remove(temporary)
        raise OutputError(f"{output}: cannot write report: {err.strerror or err}") from None
    except BaseException:
        _remove(temporary)
        raise


def _written_in_place(output: Path) -> bool:
    """An existing output that is not a regular file: a device (/dev/null), a FIFO, a terminal."""
    try:
        mode = os.stat(output).st_mode
    except OSError:  # not there yet (or not ours to see): a new report file
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _in_place(output: Path) -> Iterator[TextIO]:
    try:
        handle = open(output, "w", encoding="utf-8")
    except OSError as err:
        raise OutputError(f"{output}: cannot write report: {err.strerror or err}") from None
    try:
        with handle:
            yield handle
    except OSError as err:
        raise OutputError(f"{output}: cannot write report: {err.strerror or err}") from None


def _stdout(for_people: bool) -> Iterator[TextIO]:
    stream = sys.stdout
    if stream is None:
        raise OutputError("standard output is closed (use --output FILE)")
    try:
        _fit_encoding(stream, for_people)
        yield stream
        stream.flush()
    except OSError as err:
        if err.errno == errno.EPIPE:
            raise  # `factcheck … | head`: the reader has what it wanted
        silence_stdout()
        raise OutputError(f"cannot write the report to standard output: {err.strerror or err}") from None
    except ValueError:
        if not stream.closed:
            raise  # a bug (UnicodeEncodeError is a ValueError too), not a closed stream
        raise OutputError("standard output is closed (use --output FILE)") from None


def _fit_encoding(stream, for_people: bool) -> None:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    if codecs.lookup(encoding).name == "utf-8" or not hasattr(stream, "reconfigure"):
        return
    if for_people:
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8")


def silence_stdout() -> None:
    """What is still buffered for a full or broken stdout would fail again when Python exits
    (a second message, exit 120): point the descriptor at /dev/null so that flush succeeds."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def _mode_for(output: Path) -> int:
    """An existing report keeps its permissions; a new one gets the usual 0666 less umask
    (mkstemp's 0600 would hide the report from a CI step running as another user)."""
    try:
        return output.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
