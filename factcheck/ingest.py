"""Ingest: paths, directories, stdin, JSON/JSONL -> Document objects (or Skipped, never silent).

Reading is defensive because articles come from scrapers and CMS exports: only regular files
are read, size-checked before reading; bytes are decoded with a BOM check, then BOM-less UTF-16,
UTF-8 (also slightly damaged), cp1252, then charset-normalizer, and binary data is refused;
front matter is YAML read as strings only (YAML would turn `lang: no` into False and dates into
date objects). Terminal escape sequences and invisible format characters are removed from article
text (escape parameters were read as values, a soft hyphen split a figure in two). Symbolic links
in a folder are followed only while they stay inside it.
Every problem becomes a Skipped with a one-line reason and a code (docs/errors.md).
"""

from __future__ import annotations

import errno
import hashlib
import io
import itertools
import json
import logging
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from stat import S_ISFIFO, S_ISREG

from .langid import LanguageError, detect_language, normalise_language
from .lazyre import library_patterns_kept
from .model import Document, RemovedCharacters, Skipped
from .own_reports import CACHE_FILE, HEAD_BYTES, own_report_file_kind, own_report_kind
from .safe_text import BIDI_CONTROLS, TAG_CHARACTERS, one_line


TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
DEFAULT_MAX_BYTES = 20_000_000
# Line breaks as YAML knows them: CRLF, LF and the old Mac CR-only.
BREAK = r"(?:\r\n?|\n)"
LINE_BREAK = re.compile(BREAK)
FRONT_MATTER = re.compile(rf"\A(?:\ufeff)?---[ \t]*{BREAK}(?:(.*?){BREAK})?---[ \t]*(?:{BREAK}|\Z)", re.S)
# An opening '---' followed by a 'key:' line, with no closing '---': front matter with a typo.
UNCLOSED_FRONT_MATTER = re.compile(rf"\A(?:\ufeff)?---[ \t]*{BREAK}[A-Za-z_][\w-]*[ \t]*:")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
log = logging.getLogger(__name__)
ARTICLE_FIELDS = ("id", "story", "lang", "published", "title", "url", "text")


class InputError(Exception):
    """An input that cannot be used; the message names the cause (the caller adds the path)."""

    def __init__(self, reason: str, code: str = "input_error"):
        reason = printable_reason(reason)
        super().__init__(reason)
        self.reason = reason
        self.code = code


MAX_REASON_CHARS = 300


def printable_reason(reason: str) -> str:
    """Reasons quote input values ('invalid published date …'): keep them one short line, with
    control characters escaped, whatever the input held."""
    if len(reason) > MAX_REASON_CHARS:
        reason = reason[: MAX_REASON_CHARS - 1] + "…"
    return one_line(reason)


@dataclass
class IngestOptions:
    published: date | None = None  # for inputs without a publication date
    lang: str | None = None  # force a language for inputs without one
    max_bytes: int = DEFAULT_MAX_BYTES
    follow_symlinks: bool = True
    warn: bool = True  # warnings (duplicate front-matter keys) on stderr; off when batch mode re-reads


@dataclass
class IngestResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def ingest(paths: Iterable[str], options: IngestOptions | None = None) -> IngestResult:
    """Read every input; problems become Skipped entries so that other inputs still run."""
    options = options or IngestOptions()
    result = IngestResult()
    for item in iter_documents(paths, options):
        (result.skipped if isinstance(item, Skipped) else result.documents).append(item)
    _make_ids_unique(result.documents)
    return result


def iter_documents(paths: Iterable[str], options: IngestOptions) -> Iterator[Document | Skipped]:
    """Stream documents (or Skipped) path by path; JSONL files are read line by line."""
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(options)
            continue
        for item in input_files(raw, options, seen):
            if isinstance(item, Skipped):
                yield item
            else:
                yield from read_file(*item, options)


def input_files(raw: str, options: IngestOptions, seen: set[tuple[int, int]] | None = None) -> Iterator[tuple[Path, str | None] | Skipped]:
    """The files one path on the command line stands for, each with the story its folder
    gives it (None for a file named by itself), or Skipped for what will not be read.
    `seen` (device, inode) spans all the paths of one run: a file reached twice (`articles/
    articles/new.md`, the same name given twice, a link to it) is read once, where first reached;
    read twice it was compared with itself as a second article, or made a story of its own."""
    streams = _own_streams()
    for item in _input_files(raw, options):
        path = Path(item.path) if isinstance(item, Skipped) else item[0]
        if isinstance(item, Skipped) and item.code != "unsupported_type":
            yield item
        elif (written := _output_of_this_run(path, streams)) is not None:
            _warn_own_report(str(path), written)
        elif isinstance(item, Skipped) or seen is None or not _reached_before(path, seen):
            yield item


# This run's own streams, as what they make of a file they are written into.
OWN_STREAMS = (("stdout", "report", "standard output"), ("stderr", "log", "standard error"))


def _own_streams() -> list[tuple[str, str, os.stat_result]]:
    """(what it writes, its name, its stat) of standard output and standard error."""
    streams = []
    for stream_name, kind, described in OWN_STREAMS:
        try:
            streams.append((kind, described, os.fstat(getattr(sys, stream_name).fileno())))
        except (AttributeError, ValueError, OSError):  # no descriptor (a test runner's buffer), closed
            continue
    return streams


def _output_of_this_run(path: Path, streams: list[tuple[str, str, os.stat_result]]) -> str | None:
    """What of this run is written into `path` ("report of this very run (standard output is
    redirected into it)"), or None. `factcheck compare articles/ > articles/report.txt` (the shell
    makes the file, empty, before factcheck starts), `… | tee articles/report.txt` (tee makes it as
    it starts) and `2> articles/errors.txt` read the file as an empty article: an error written into
    that very file (and `> articles/report.log`, a name a folder read does not take, an
    unsupported_type error). The pipe's reader is looked up only for an empty file (a report tee
    already holds text of begins as one and is known by that)."""
    if not streams:
        return None
    try:
        stat = path.stat()
    except (OSError, ValueError):
        return None
    key = (stat.st_dev, stat.st_ino)
    for kind, described, output in streams:
        if S_ISREG(output.st_mode) and key == (output.st_dev, output.st_ino):
            return f"{kind} of this very run ({described} is redirected into it)"
        if (S_ISFIFO(output.st_mode) and S_ISREG(stat.st_mode) and stat.st_size == 0
                and key in files_written_from_pipe(output.st_ino)):
            return f"{kind} of this very run ({described} is piped into it)"
    return None


@lru_cache(maxsize=4)
def files_written_from_pipe(pipe_inode: int) -> frozenset[tuple[int, int]]:
    """(device, inode) of the regular files held open for writing by the processes that read the
    pipe `pipe_inode` as their standard input (`| tee FILE`). Linux's /proc only; elsewhere, or
    where /proc shows other processes' descriptors to no one, none (and such a file stays an
    `empty` input error)."""
    reader_stdin = f"pipe:[{pipe_inode}]"
    written: set[tuple[int, int]] = set()
    try:
        processes = [name for name in os.listdir("/proc") if name.isdigit()]
    except OSError:
        return frozenset()
    for process in processes:
        try:
            if os.readlink(f"/proc/{process}/fd/0") == reader_stdin:
                written.update(_files_open_for_writing(f"/proc/{process}"))
        except OSError:  # gone, or not ours to see
            continue
    return frozenset(written)


def _files_open_for_writing(process: str) -> Iterator[tuple[int, int]]:
    for descriptor in os.listdir(f"{process}/fd"):
        try:
            with open(f"{process}/fdinfo/{descriptor}", encoding="ascii") as info:
                flags = next((int(line.split()[1], 8) for line in info if line.startswith("flags:")), 0)
            stat = os.stat(f"{process}/fd/{descriptor}")
        except (OSError, ValueError):
            continue
        if (flags & os.O_ACCMODE) in (os.O_WRONLY, os.O_RDWR) and S_ISREG(stat.st_mode):
            yield stat.st_dev, stat.st_ino


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _reached_before(path: Path, seen: set[tuple[int, int]]) -> bool:
    key = _file_key(path)
    if key is None:
        return False  # reading it will say what is wrong
    if key in seen:
        return True
    seen.add(key)
    return False


def _input_files(raw: str, options: IngestOptions) -> Iterator[tuple[Path, str | None] | Skipped]:
    path = Path(raw)
    if path.is_dir():
        yield from _directory_files(path, options)
    elif _binary_document(path):
        yield Skipped(raw, f"unsupported file type '{path.suffix}' (factcheck reads text, Markdown, JSON, JSONL and HTML)",
                      "unsupported_type")
    else:
        yield path, None


_MIME_TYPES = None
# Zip-based document formats the standard library's table does not know.
ZIPPED_DOCUMENT_SUFFIXES = {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".7z"}


def _binary_document(path: Path) -> bool:
    """A file given by name is read whatever its suffix ("notes", "story.text"), except known
    non-text formats (.pdf, .docx, images, archives): decoded as text they give garbage or a
    misleading 'language' error. The standard library's own table, not the system's, decides."""
    global _MIME_TYPES
    if path.suffix.lower() in ZIPPED_DOCUMENT_SUFFIXES:
        return True
    if path.suffix.lower() in KNOWN_SUFFIXES or not path.suffix:
        return False
    if _MIME_TYPES is None:
        import mimetypes

        _MIME_TYPES = mimetypes.MimeTypes()
    kind, compression = _MIME_TYPES.guess_type(path.name, strict=False)
    return compression is not None or (kind is not None and not kind.startswith("text/") and not kind.endswith(("xml", "json")))


def _directory_files(root: Path, options: IngestOptions) -> Iterator[tuple[Path, str] | Skipped]:
    """Walk a folder. Unreadable subfolders, symlink loops and symlinks that lead out of the
    folder are reported, never followed silently: the user named this folder, not /etc."""
    found = False
    for item in _walk_directory(root, options):
        found = True
        yield item
    if not found:  # a wrong folder named in CI: one line that names it, not a bare 'no usable input'
        yield Skipped(str(root), f"no article files in this folder (factcheck reads {', '.join(sorted(KNOWN_SUFFIXES))})", "empty")


def _walk_directory(root: Path, options: IngestOptions) -> Iterator[tuple[Path, str] | Skipped]:
    walk_errors: list[OSError] = []
    real_root = root.resolve()
    seen_dirs: set[tuple[int, int]] = set()
    for directory, dirnames, filenames in os.walk(root, followlinks=options.follow_symlinks, onerror=walk_errors.append):
        yield from _walk_errors_as_skipped(walk_errors)
        here = Path(directory)
        problem = _directory_problem(here, real_root, seen_dirs)
        if problem:
            dirnames[:] = []
            yield problem
            continue
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and (item := _file_in_directory(here / name, root, real_root)) is not None:
                yield item
    yield from _walk_errors_as_skipped(walk_errors)


def _walk_errors_as_skipped(errors: list[OSError]) -> Iterator[Skipped]:
    while errors:
        err = errors.pop(0)
        yield Skipped(str(err.filename), os_error_reason(err), "unreadable")


def _directory_problem(here: Path, real_root: Path, seen_dirs: set[tuple[int, int]]) -> Skipped | None:
    try:
        stat = here.stat()
        real = here.resolve()
    except (OSError, RuntimeError) as err:  # RuntimeError: resolve() on a symlink loop (Python < 3.13)
        return Skipped(str(here), os_error_reason(err) if isinstance(err, OSError) else "symlink loop", "unreadable")
    key = (stat.st_dev, stat.st_ino)
    if key in seen_dirs:  # a symlink loop: visit each real directory once
        return Skipped(str(here), "symlink loop: directory already visited", "symlink_loop")
    seen_dirs.add(key)
    if not real.is_relative_to(real_root):
        return Skipped(str(here), f"symbolic link leads outside {real_root} (not followed)", "outside_input")
    return None


def _file_in_directory(path: Path, root: Path, real_root: Path) -> tuple[Path, str] | Skipped | None:
    """The file to read, Skipped, or None for a report of factcheck's own in a name it does not
    read as an article (`report.sarif`: left out with a warning, as one in `report.json` is)."""
    if path.suffix.lower() not in KNOWN_SUFFIXES:
        kind = _own_file_kind(path) if path.is_file() else None
        if kind is not None:
            _warn_own_report(str(path), kind)
            return None
        return Skipped(str(path), f"unsupported file type '{path.suffix or path.name}'", "unsupported_type")
    if path.is_symlink() and path.exists() and not path.resolve().is_relative_to(real_root):
        return Skipped(str(path), f"symbolic link leads outside {real_root} (not followed)", "outside_input")
    return path, _story_from_directory(root, path.parent)


def _own_file_kind(path: Path) -> str | None:
    """What factcheck file this is: a report, or the translation cache (`--cache-dir articles/cache`
    put translations.sqlite3 and its -wal/-shm files among the articles, three errors a run)."""
    if path.name == CACHE_FILE or path.name.startswith(CACHE_FILE + "-"):
        return "translation cache file"
    return own_report_file_kind(path)


def _story_from_directory(root: Path, directory: Path) -> str:
    return directory.name if directory != root else (root.resolve().name or "story")


def read_file(path: Path, story_default: str | None, options: IngestOptions) -> Iterator[Document | Skipped]:
    """The documents of one file (one, or a JSONL feed's lines); `story_default` from its folder."""
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, options, story_default)
            return
        raw = _read_bytes(path, options.max_bytes)
        yield from _parse_bytes(raw, path, options, story_default)
    except InputError as err:
        yield Skipped(str(path), err.reason, err.code)
    except OSError as err:  # a read that fails half-way (EIO, a file on a vanished mount)
        yield Skipped(str(path), os_error_reason(err), "unreadable")


def _read_jsonl_file(path: Path, options: IngestOptions, story_default: str | None) -> Iterator[Document | Skipped]:
    with open_regular_file(path) as handle:
        yield from (item for _, _, item in jsonl_records(handle, str(path), options, story_default))


def open_regular_file(path: Path):
    """An input opened for reading in binary; InputError in plain words for what cannot be
    (missing, a directory, a FIFO or device, permission)."""
    handle = _open_input(path)
    try:
        _check_regular_file_size(os.fstat(handle.fileno()), None)
    except InputError:
        handle.close()
        raise
    return handle


WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")  # UTF-16 LE/BE, UTF-32 BE (LE starts like UTF-16 LE)


def jsonl_records(
    handle, shown: str, options: IngestOptions, story_default: str | None
) -> Iterator[tuple[int | None, int, Document | Skipped]]:
    """(byte offset, line number, Document or Skipped) for each article line of a feed (a file, wherever it was found,
    or stdin), line by line: each line decoded on its own (a NUL line or a cp1252 line spoils
    only itself), --max-bytes per line. Only UTF-16/32 feeds (their newline is two or four
    bytes) are decoded whole; their lines have no offset (None)."""
    if _own_report(handle.peek(HEAD_BYTES), shown, options):
        return
    if handle.peek(4)[:4].startswith(WIDE_BOMS):
        raw = read_at_most(handle, options.max_bytes)
        if len(raw) > options.max_bytes:
            raise InputError(f"file is over the limit of {options.max_bytes:,} bytes (--max-bytes)", "too_large")
        yield from ((None, 0, item) for item in _parse_jsonl(decode_bytes(raw), shown, options, story_default))
        return
    articles, size = 0, 0
    for number, offset, raw in jsonl_lines(handle, options.max_bytes):
        size += len(raw)
        if raw.strip():
            articles += 1
            yield offset, number, document_from_jsonl_bytes(raw, shown, number, options, story_default)
    if not articles:
        raise InputError("empty file (only whitespace)" if size else "empty file", "empty")


UTF8_BOM = b"\xef\xbb\xbf"


def jsonl_lines(handle, limit: int) -> Iterator[tuple[int, int, bytes]]:
    """(1-based line number, byte offset, raw line without its newline and a leading UTF-8
    BOM) of an open binary file, without reading it whole. Lines end at b"\\n" only (U+2028
    and U+0085 are legal inside JSON strings). A line longer than `limit` is given as its first
    `limit` + 2 bytes (over the limit: reported as such) and the rest of it is passed over, a piece
    at a time: read whole, one 2 GB line took 2 GB before the limit was looked at."""
    offset, most = 0, min(limit + 2, sys.maxsize)  # the line, a CR and its LF
    for number in itertools.count(1):
        raw = handle.readline(most)
        if not raw:
            return
        length = len(raw)
        if not raw.endswith(b"\n") and length == most:
            length += _skip_rest_of_line(handle)
        line = raw[len(UTF8_BOM):] if offset == 0 and raw.startswith(UTF8_BOM) else raw
        yield number, offset, line.rstrip(b"\r\n")
        offset += length


def _skip_rest_of_line(handle) -> int:
    skipped = 0
    while piece := handle.readline(READ_CHUNK):
        skipped += len(piece)
        if piece.endswith(b"\n"):
            break
    return skipped


def document_from_jsonl_bytes(
    raw: bytes, shown: str, number: int, options: IngestOptions, story_default: str | None = None
) -> Document | Skipped:
    """One raw JSONL line -> Document or Skipped: UTF-8, else the same fallbacks as a file."""
    if len(raw) > options.max_bytes:
        return Skipped(f"{shown}:{number}", f"line is over the limit of {options.max_bytes:,} bytes (--max-bytes)", "too_large")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = decode_bytes(raw)  # cp1252 exports and the like
        except InputError as err:
            return Skipped(f"{shown}:{number}", err.reason, err.code)
    if "\x00" in text:
        return Skipped(f"{shown}:{number}", "binary data (contains NUL bytes)", "binary")
    return document_from_jsonl_line(text, shown, number, options, story_default)


def _open_input(path: Path):
    """Open an input for reading in binary, with plain-worded errors."""
    try:
        # O_NONBLOCK: opening a FIFO would otherwise wait for a writer before we can refuse it.
        return os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb")
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError("broken symbolic link (its target does not exist)", "not_found") from None
        raise InputError("no such file or directory", "not_found") from None
    except OSError as err:
        raise InputError(os_error_reason(err), "unreadable") from None
    except ValueError:  # a NUL byte in the path
        raise InputError("invalid path", "not_found") from None


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    with _open_input(path) as handle:
        stat = os.fstat(handle.fileno())
        _check_regular_file_size(stat, max_bytes)
        raw = read_at_most(handle, max_bytes, stat.st_size)
    if len(raw) > max_bytes:  # the file grew after it was measured
        raise InputError(f"file is over the limit of {max_bytes:,} bytes (--max-bytes)", "too_large")
    return raw


# Bytes asked of an input of unknown length at a time (standard input, a file that grows as it is read).
READ_CHUNK = 1 << 20


def read_at_most(handle, limit: int, expected: int = 0) -> bytes:
    """The input's bytes up to `limit` + 1 (one more says it is over the limit), asked for as they come
    (`expected`: the length it had when measured). `read(limit + 1)` makes room for all of them at once:
    a `--max-bytes` of a terabyte (meaning no limit) was a MemoryError, exit 3, on any file."""
    chunks: list[bytes] = []
    size, want = 0, max(expected + 1, READ_CHUNK)
    while size <= limit:
        chunk = handle.read(min(want, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size, want = size + len(chunk), READ_CHUNK
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _check_regular_file_size(stat: os.stat_result, max_bytes: int | None) -> None:
    """Checked on the open handle, so the file measured is the file read. FIFOs, sockets and
    devices are refused: reading one would block forever or never end (/dev/zero)."""
    if not S_ISREG(stat.st_mode):
        raise InputError("not a regular file (device, FIFO or socket)", "unreadable")
    if max_bytes is not None and stat.st_size > max_bytes:
        raise InputError(f"file is {stat.st_size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)", "too_large")


def os_error_reason(err: OSError) -> str:
    """Plain words for the OS errors users meet, without Python's '[Errno 13]' noise."""
    known = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EISDIR: "is a directory, not a file",
        errno.ENOTDIR: "a part of the path is a file, not a directory",
        errno.ELOOP: "symlink loop (too many levels of symbolic links)",
        errno.ENOENT: "no such file or directory",
        errno.ENAMETOOLONG: "file name too long",
    }
    return known.get(err.errno) or f"cannot read: {err.strerror or err}"


def _read_stdin(options: IngestOptions) -> Iterator[Document | Skipped]:
    try:
        raw = read_at_most(sys.stdin.buffer, options.max_bytes)
    except (OSError, ValueError, AttributeError):  # stdin closed, or not a byte stream
        yield Skipped("-", "cannot read standard input", "unreadable")
        return
    if len(raw) > options.max_bytes:
        yield Skipped("-", f"standard input is over the limit of {options.max_bytes:,} bytes (--max-bytes)", "too_large")
        return
    text_start = raw.lstrip()[:1]
    suffix = ".jsonl" if text_start in (b"{", b"[") else ".md"
    try:
        yield from _parse_bytes(raw, Path("-" + suffix), options, story_default=None, display="-")
    except InputError as err:
        yield Skipped("-", err.reason, err.code)


def _parse_bytes(
    raw: bytes, path: Path, options: IngestOptions, story_default: str | None, display: str | None = None
) -> Iterator[Document | Skipped]:
    shown = display or str(path)
    suffix = path.suffix.lower()
    if suffix not in JSONL_SUFFIXES and _own_report(raw, shown, options):
        return
    if suffix in JSONL_SUFFIXES:
        yield from (item for _, _, item in jsonl_records(io.BufferedReader(io.BytesIO(raw)), shown, options, story_default))
        return
    text = decode_bytes(raw)
    if suffix in JSON_SUFFIXES:
        yield _document_from_record(_load_json_object(text), shown, options, story_default, default_id=path.stem)
    elif suffix in HTML_SUFFIXES:
        yield _document_from_html(text, shown, path.stem, options, story_default)
    else:
        yield _document_from_text(text, shown, path.stem, options, story_default)


def _own_report(head: bytes, shown: str, options: IngestOptions) -> bool:
    """A report factcheck wrote (`-o articles/report.json`) is not an article: left out, with a
    warning naming it, not an input error (a report beside the articles is no fault of theirs)."""
    kind = own_report_kind(head)
    if kind is not None and options.warn:
        _warn_own_report(shown, kind)
    return kind is not None


def _warn_own_report(shown: str, kind: str) -> None:
    log.warning("%s: a factcheck %s, not an article: not read", shown, kind)


BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Above this share of control characters (other than tab, newlines, form feed) decoded "text"
# is really binary data that happened to decode, e.g. a JPEG renamed to .txt.
MAX_CONTROL_SHARE = 0.05
# UTF-8 with a few broken bytes (a cut-and-paste from another encoding) is still UTF-8 when
# valid multi-byte sequences outnumber invalid bytes this many times; cp1252 would garble all.
UTF8_DAMAGE_RATIO = 4
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
TEXT_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
# The other control characters (Unicode's category Cc, fixed for good: C0, DEL, C1), found by one
# scan instead of a category look-up per character.
NON_TEXT_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Terminal escape sequences (ECMA-48; text copied from a terminal or a coloured log) are never
# article text, and their parameters must not be read as values ("ESC[0m" was "0 m", zero metres):
# strings (OSC, DCS and the like, up to BEL or ST), CSI (7-bit "ESC [" or C1 0x9B), charset
# designations ("ESC ( B") and two-character escapes ("ESC 7", "ESC M"). A run of them is one match.
# A string's body never holds a control character, so none reaches over a line break.
_ESCAPE_STRING = "(?:\x1b[]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x00-\x1f\x7f-\x9f]*(?:\x07|\x1b\\\\|\x9c)"
_CSI = "(?:\x1b\\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
_TWO_CHARACTER_ESCAPE = "\x1b(?:[()*+\\-./][\x30-\x7e]|[78=>@-Z\\\\^_`a-z{|}~])"
_TERMINAL_ESCAPE = f"{_ESCAPE_STRING}|{_CSI}|{_TWO_CHARACTER_ESCAPE}"
TERMINAL_ESCAPES = re.compile(f"(?:{_TERMINAL_ESCAPE})+")
_ESCAPE_INTRODUCERS = "\x1b\x90\x98\x9b\x9d\x9e\x9f"
# Invisible format characters carry no letter or digit, yet split what the reader sees as one word or
# figure ("1<soft hyphen>000" was 1 and 0 euros, "Ber<zero-width space>lin" the name "Ber") or show
# the text in another order than it is read. Removed like escapes (nothing left in their place, as
# nothing shows): soft hyphen, combining grapheme joiner, Arabic letter mark, Mongolian variation
# selectors and vowel separator, zero-width space/non-joiner/joiner, LRM/RLM, bidi embeddings and
# overrides, word joiner, invisible operators, bidi isolates, deprecated format controls, variation
# selectors, a byte-order mark inside the text, tag characters, supplementary variation selectors.
_REORDERING_OR_HIDDEN = BIDI_CONTROLS + TAG_CHARACTERS
INVISIBLE_FORMAT = (f"\u00ad\u034f\u061c\u180b-\u180f\u200b-\u200f\u2060-\u2064\u206a-\u206f"
                    f"\ufe00-\ufe0f\ufeff\U000e0100-\U000e01ef{_REORDERING_OR_HIDDEN}")
_NOT_TEXT = re.compile(f"(?:{_TERMINAL_ESCAPE}|[{INVISIBLE_FORMAT}])+")
_MAY_HOLD_NOT_TEXT = re.compile(f"[{_ESCAPE_INTRODUCERS}{INVISIBLE_FORMAT}]")
_HAS_ESCAPE = re.compile(f"[{_ESCAPE_INTRODUCERS}]")
_HAS_REORDERING_OR_HIDDEN = re.compile(f"[{_REORDERING_OR_HIDDEN}]")


def decode_bytes(raw: bytes) -> str:
    """Decode article bytes: BOMs first, then UTF-16 without BOM, strict UTF-8, slightly damaged
    UTF-8, cp1252, then charset-normalizer's best guess. Binary data is refused, not decoded."""
    if not raw:
        raise InputError("empty file", "empty")
    text = _decode_text(raw)
    if not text.strip():
        raise InputError("empty file (only whitespace)", "empty")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError("binary file (mostly control characters, not text)", "binary")
    return text


def _decode_text(raw: bytes) -> str:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            if encoding == "utf-16" and b"\x00" not in raw[len(bom):]:
                # UTF-16 of Western text has a zero byte in every other byte: none at all means a
                # stray BOM on 8-bit text (an editor's export), which decodes as that text
                return _decode_text(raw[len(bom):])
            return _decode_or_fail(raw, encoding)
    if b"\x00" in raw:
        return _decode_utf16_without_bom(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        return raw.decode("utf-8", errors="replace")
    try:
        # All supported languages are Western European: after UTF-8, Windows-1252 (a superset of
        # Latin-1's printable range) is by far the likeliest; charset-normalizer's statistical
        # guess picks cp1250/mac_latin2 on short French or Dutch text.
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return _decode_by_guess(raw)


def _decode_utf16_without_bom(raw: bytes) -> str:
    """NUL bytes mean binary, unless they sit in every other byte as in BOM-less UTF-16 text."""
    for encoding, zero_position in (("utf-16-le", 1), ("utf-16-be", 0)):
        if len(raw) % 2 == 0 and _share_of_zeros(raw[zero_position::2]) > 0.5 and _share_of_zeros(raw[1 - zero_position::2]) < 0.05:
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                break
    raise InputError("binary file (contains NUL bytes)", "binary")


def _share_of_zeros(data: bytes) -> float:
    return data.count(0) / len(data) if data else 0.0


def _mostly_utf8(raw: bytes) -> bool:
    valid = len(UTF8_MULTIBYTE.findall(raw))
    invalid = raw.decode("utf-8", errors="replace").count("\ufffd") - raw.count("\ufffd".encode())
    return valid > 0 and valid >= UTF8_DAMAGE_RATIO * max(invalid, 1)


def _decode_by_guess(raw: bytes) -> str:
    from charset_normalizer import from_bytes  # only needed for the rare input that is neither

    best = from_bytes(raw).best()
    if best is None:
        raise InputError("cannot determine the text encoding (binary file?)", "encoding")
    return str(best)


def _control_share(text: str) -> float:
    """Share of control characters outside terminal escape sequences: a coloured terminal capture
    of an article is text (its sequences are removed later), not binary data."""
    sample = TERMINAL_ESCAPES.sub("", text[:65_536])
    return len(NON_TEXT_CONTROLS.findall(sample)) / max(len(sample), 1)


@dataclass(frozen=True)
class CleanedText:
    """Article text without what is not article text: each run removed, and where (offsets into
    the cleaned text) the runs held terminal escapes, and bidi controls or tag characters."""

    text: str
    removed: tuple[RemovedCharacters, ...] = ()
    escapes_at: tuple[int, ...] = ()
    reordering_or_hidden_at: tuple[int, ...] = ()


def without_hidden_text(text: str) -> CleanedText:
    """`text` without terminal escape sequences and invisible format characters, and each run
    removed. A run holding an escape between two letters or digits becomes a space, so it never
    joins two words into one ("Bold<ESC>[0mnext" is "Bold next"); a run of invisible characters
    only leaves nothing, as nothing showed ("1<soft hyphen>000" is 1000). No line break is
    removed, so line numbers stay those of the file."""
    # (ASCII text holds none but ESC: the check is then a few microseconds, not a scan)
    if ("\x1b" not in text) if text.isascii() else not _MAY_HOLD_NOT_TEXT.search(text):
        return CleanedText(text)
    removed: list[RemovedCharacters] = []
    escapes_at: list[int] = []
    reordering_at: list[int] = []
    shift = 0  # characters the cleaned text is shorter by, before this run

    def replacement(match: re.Match) -> str:
        nonlocal shift
        run = match.group()
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        escape = _HAS_ESCAPE.search(run) is not None
        kept = " " if escape and before.isalnum() and after.isalnum() else ""
        at = match.start() - shift + len(kept)
        removed.append(RemovedCharacters(at, len(run) - len(kept), len(run.encode("utf-8")) - len(kept)))
        if escape:
            escapes_at.append(at)
        if _HAS_REORDERING_OR_HIDDEN.search(run):
            reordering_at.append(at)
        shift += len(run) - len(kept)
        return kept

    cleaned = _NOT_TEXT.sub(replacement, text)
    return CleanedText(cleaned, tuple(removed), tuple(escapes_at), tuple(reordering_at))


def _decode_or_fail(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(f"invalid {encoding} text at byte {err.start}", "encoding") from None


def split_front_matter(text: str, shown: str | None = None) -> tuple[dict[str, str], str, int]:
    """Return (front matter as strings, body, number of lines before the body). With `shown`
    (the input's name), a key given twice is a warning naming file and key."""
    match = FRONT_MATTER.match(text)
    if not match:
        if UNCLOSED_FRONT_MATTER.match(text):
            raise InputError("front matter is not closed (no '---' line after it)", "front_matter")
        return {}, text.lstrip("\ufeff"), 0
    source = match.group(1) or ""
    meta = _simple_front_matter(source)
    if meta is None:
        meta = _load_yaml_strings(source, shown)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError("front matter is not a mapping of keys to values", "front_matter")
    body = text[match.end():]
    return meta, body, len(LINE_BREAK.findall(text, 0, match.end()))


# Front matter as most articles write it: one `key: value` a line, the value plain (letters, digits
# and ". _ / + -" inside) or in double quotes without escapes, line breaks or control characters.
# PyYAML's string loader reads exactly these strings from such lines; anything else (comments,
# lists, escapes, indentation, \r\n, a key twice, a key over YAML's 1,024 characters) goes to
# PyYAML, which a run then imports (~5 ms): tests/test_ingest.py compares the two.
SIMPLE_FRONT_MATTER_LINE = re.compile(
    r'([A-Za-z_][A-Za-z0-9_-]{0,127}):'
    r'(?: +(?:"([^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]*)"'
    r'|([A-Za-z0-9](?:[A-Za-z0-9 ._/+-]*[A-Za-z0-9._/+-])?)))? *')


def _simple_front_matter(source: str) -> dict[str, str] | None:
    """The front matter's strings when every line is a simple `key: value`, else None."""
    meta: dict[str, str] = {}
    for line in source.split("\n"):
        match = SIMPLE_FRONT_MATTER_LINE.fullmatch(line)
        if not match or match[1] in meta or match[1] in YAML_NULLS:
            return None
        key, quoted, plain = match.groups()
        meta[key] = quoted if quoted is not None else "" if plain is None or plain in YAML_NULLS else plain
    return meta


@lru_cache(maxsize=1)
def _yaml():
    """PyYAML, imported on first front matter (~10 ms that a JSONL feed, e.g. `factcheck cluster`'s, never needs)."""
    with library_patterns_kept():  # its reader compiles a class of Unicode ranges at import (3 ms)
        import yaml
    return yaml


# YAML's spellings of "no value", when not quoted: `published: ~` or `story: null` (CMS exports write
# them) were an invalid date 'null' and a story named "~"; they are absent, like an empty value.
YAML_NULLS = frozenset({"~", "null", "Null", "NULL"})


@lru_cache(maxsize=1)
def _string_loader():
    """PyYAML's BaseLoader (strings only, no type guessing: `lang: no` stays Norwegian), with an
    unquoted null read as the empty string."""
    yaml = _yaml()

    class StringLoader(yaml.BaseLoader):
        def construct_scalar(self, node):
            if node.style is None and node.value in YAML_NULLS:
                return ""
            return super().construct_scalar(node)

    return StringLoader


def _load_yaml_strings(source: str, shown: str | None = None) -> object:
    yaml = _yaml()
    try:
        loader = _string_loader()(source)
        try:
            node = loader.get_single_node()
            if shown is not None:
                _warn_duplicate_keys(node, shown)
            return loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        hint = YAML_HINTS.get(problem, "")
        raise InputError(f"malformed front matter{where}: {problem}{hint}", "front_matter") from None
    except RecursionError:  # PyYAML composes recursively: '[[[[…' thousands deep
        raise InputError("malformed front matter: nested too deeply", "front_matter") from None


# What the user can do about PyYAML's commonest complaint: a headline such as `title: Brexit: what
# next` (news titles often have a colon) reads as a mapping inside a value.
YAML_HINTS = {"mapping values are not allowed here": " (a value that holds ': ' must be quoted: title: \"Brexit: what next\")"}


def _warn_duplicate_keys(node, shown: str) -> None:
    """YAML keeps the last of two equal keys without a word; a `lang:` or `published:` given
    twice is almost always a mistake, so say which value wins."""
    yaml = _yaml()
    if not isinstance(node, yaml.MappingNode):
        return
    counts = Counter(key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode))
    repeated = [(name, count) for name, count in counts.items() if count > 1]
    if not repeated:
        return
    # One line for the file, however many repeats (100,000 'lang:' lines gave 99,999 warnings).
    said = [f"'{name}' is given {'twice' if count == 2 else f'{count} times'}" for name, count in repeated[:MAX_KEYS_NAMED]]
    more = f" (and {len(repeated) - MAX_KEYS_NAMED} more keys)" if len(repeated) > MAX_KEYS_NAMED else ""
    keys, values = ("key", "value is") if len(repeated) == 1 else ("keys", "values are")
    log.warning("%s: front matter %s %s%s; the last %s used", shown, keys, ", ".join(said), more, values)


MAX_KEYS_NAMED = 5


def _document_from_text(text: str, shown: str, stem: str, options: IngestOptions, story_default: str | None) -> Document:
    meta, body, line_offset = split_front_matter(text, shown if options.warn else None)
    record = {key: _scalar(meta, key) for key in ARTICLE_FIELDS if key != "text"}
    record["published"] = record["published"] or _date_key(meta)
    record["text"] = body
    return _document_from_record(record, shown, options, story_default, default_id=stem, line_offset=line_offset, lines_are_the_file=True)


def _date_key(meta: dict) -> str | None:
    """`date:`, the publication date's key in Jekyll, Hugo and Eleventy front matter, read when there
    is no `published:` (it was passed over without a word: the article had no date, and "Monday"
    resolved to nothing). Checked as `published` is, its message naming the key the file has."""
    value = _scalar(meta, "date")
    try:
        parse_published(value)
    except InputError as err:
        raise InputError(err.reason.replace("invalid published date", "invalid date in front matter 'date:'", 1), err.code) from None
    return value


def _document_from_html(text: str, shown: str, stem: str, options: IngestOptions, story_default: str | None) -> Document:
    try:
        import trafilatura  # optional extra: news-factcheck[html]
    except ImportError:
        raise InputError("HTML input needs the optional extra: pip install 'news-factcheck[html]'", "unsupported_type") from None
    body = trafilatura.extract(text, include_comments=False, include_tables=False)
    if not body:
        raise InputError("no article text found in the HTML", "empty")
    meta = trafilatura.extract_metadata(text)
    record = {
        "title": getattr(meta, "title", None),
        "published": getattr(meta, "date", None),
        "url": getattr(meta, "url", None),
        "lang": None,
        "text": body,
    }
    return _document_from_record(record, shown, options, story_default, default_id=stem)


def _scalar(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"front matter field '{key}' must be a single value", "front_matter")
    return value


def _load_json_object(text: str, what: str = "JSON input must be one article object") -> dict:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"invalid JSON: {_json_error_place(err)}", "json") from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", "json") from None
    except ValueError as err:  # e.g. an integer over Python's 4300-digit conversion limit
        raise InputError(f"invalid JSON: {err}", "json") from None
    if not isinstance(record, dict):
        raise InputError(what, "json")
    return record


def _json_error_place(err: json.JSONDecodeError) -> str:
    """'Unterminated string starting at column 31'; the line only for multi-line JSON (a JSONL
    line's number is already in the path shown)."""
    where = f"column {err.colno}" if "\n" not in err.doc.strip() else f"line {err.lineno} column {err.colno}"
    return f"{err.msg} {where}" if err.msg.endswith(" at") else f"{err.msg} at {where}"


def _parse_jsonl(text: str, shown: str, options: IngestOptions, story_default: str | None) -> Iterator[Document | Skipped]:
    # Split on "\n" only: str.splitlines() also splits on U+2028 and U+0085, which JSON allows
    # raw inside strings, and would cut a valid record in two.
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield document_from_jsonl_line(line, shown, number, options, story_default)


def document_from_jsonl_line(
    line: str, shown: str, number: int, options: IngestOptions, story_default: str | None = None
) -> Document | Skipped:
    """One JSONL line (1-based `number`) -> Document or Skipped. Public because batch mode
    (factcheck.batch) streams big JSONL files line by line instead of reading them whole."""
    where = f"{shown}:{number}"
    try:
        record = _load_json_object(line, "line is not a JSON object (expected one article per line)")
        return _document_from_record(record, where, options, story_default, default_id=f"line{number}")
    except InputError as err:
        return Skipped(where, err.reason, err.code)


def _document_from_record(
    record: dict, shown: str, options: IngestOptions, story_default: str | None, default_id: str, line_offset: int = 0,
    lines_are_the_file: bool = False,
) -> Document:
    cleaned = without_hidden_text(_article_text(record))
    text = cleaned.text
    if not text.strip():
        raise InputError("article text is empty (only invisible characters or terminal escapes)", "empty")
    if options.warn:
        _warn_cleaned(shown, cleaned, line_offset if lines_are_the_file else None)
    lang, detected = _resolve_language(_optional_str(record, "lang"), text, options)
    return Document(
        id=_optional_str(record, "id") or default_id,
        path=shown,
        lang=lang,
        text=text,
        published=parse_published(record.get("published")) or options.published,
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        story=_optional_str(record, "story") or story_default,
        body_line_offset=line_offset,
        lang_detected=detected,
        characters_removed=cleaned.removed,
    )


ESCAPES_REMOVED = "terminal escape sequences (colour or cursor codes, not article text)"
REORDERING_REMOVED = "bidi controls or tag characters (text shown in another order than it is read, or hidden)"


def _warn_cleaned(shown: str, cleaned: CleanedText, line_offset: int | None) -> None:
    """The warnings for what ingest removed from one input's text; lines are named where the text
    is the file's own (`line_offset` is where it starts in the file, else None)."""
    for what, offsets in ((ESCAPES_REMOVED, cleaned.escapes_at), (REORDERING_REMOVED, cleaned.reordering_or_hidden_at)):
        if offsets:
            file_lines = [] if line_offset is None else [line_offset + line + 1 for line in _lines_at(cleaned.text, list(offsets))]
            _warn_removed(shown, what, len(offsets), file_lines)


def _warn_removed(shown: str, what: str, runs: int, file_lines: list[int]) -> None:
    """One line per input and kind, as for other repairs of its text: how many runs of `what` were
    removed and, where the text is the file's own, on which lines."""
    where = ""
    if file_lines:
        lines = sorted(set(file_lines))
        more = f" and {len(lines) - MAX_LINES_NAMED} more" if len(lines) > MAX_LINES_NAMED else ""
        where = f" on line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines[:MAX_LINES_NAMED]))}{more}"
    log.warning("%s: %s removed in %s%s", shown, what, "1 place" if runs == 1 else f"{runs} places", where and "," + where)


MAX_LINES_NAMED = 5


def _lines_at(text: str, offsets: list[int]) -> list[int]:
    """0-based line of each of the ascending `offsets`, in one pass over the text."""
    lines, line, previous = [], 0, 0
    for offset in offsets:
        line += text.count("\n", previous, offset)
        lines.append(line)
        previous = offset
    return lines


def _article_text(record: dict) -> str:
    text = record.get("text")
    if text is None:
        raise InputError("no article text (no 'text' field)", "empty")
    if not isinstance(text, str):
        raise InputError("field 'text' must be a string", "json")
    if not text.strip():
        raise InputError("article text is empty", "empty")
    return _without_lone_surrogates(text)


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise InputError(f"field '{key}' must be a single value", "json")
    return _without_lone_surrogates(str(value)).strip() or None


def _without_lone_surrogates(text: str) -> str:
    """JSON escapes such as "\\ud800" decode to lone surrogates, which no output can encode;
    U+FFFD keeps the length, so claim offsets still point at the same characters."""
    if not LONE_SURROGATE.search(text):
        return text
    return LONE_SURROGATE.sub("\ufffd", text)


def _resolve_language(given: object, text: str, options: IngestOptions) -> tuple[str, bool]:
    try:
        if given not in (None, ""):
            return normalise_language(str(given)), False
        if options.lang:
            return normalise_language(options.lang), False
        return detect_language(text), True
    except LanguageError as err:
        raise InputError(str(err), "language") from None


# A date, then maybe a time and a zone as ISO 8601, YAML ('2001-12-14 21:59:43.10 -5') and Jekyll
# ('2015-11-30 23:30:00 +0100') write them. The day is the one written: the zone only says where.
PUBLISHED = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[Tt ][0-9:.,]+(?:\s*(?:[Zz]|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?))?)?$")


def parse_published(value: object) -> date | None:
    """ISO date or date-time ('2015-11-30', '2015-11-30T08:00:00Z'); anything else is an input error."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    match = PUBLISHED.match(text)
    if not match:
        raise InputError(f"invalid published date '{text}' (expected YYYY-MM-DD)", "published")
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise InputError(f"invalid published date '{text}' (no such day)", "published") from None


class UniqueIds:
    """Two inputs may share an id (nl.md in two story folders, a feed that repeats one): the
    first keeps it; a repeat is qualified by its story when the first is in another story
    (`story/x`), then numbered (`x~2`). Incremental, so batch mode applies the same rule."""

    def __init__(self) -> None:
        self._story_of: dict[str, str | None] = {}

    def claim(self, doc: Document) -> str:
        candidate = doc.id
        if candidate in self._story_of and doc.story and self._story_of[candidate] != doc.story:
            candidate = f"{doc.story}/{doc.id}"
        base, count = candidate, 1
        while candidate in self._story_of:
            count += 1
            candidate = f"{base}~{count}"
        self._story_of[candidate] = doc.story
        return candidate


class Copies:
    """Articles whose text is the same as an earlier input's of the same story (a file saved twice
    under two names, a feed that repeats an article): a copy is no second witness. Compared, it paired every claim
    with its twin as an agreement and reported each finding of its original a second time. The
    first is compared; each copy is skipped as `duplicate`."""

    def __init__(self) -> None:
        self._first: dict[tuple[str | None, bytes], str] = {}

    def copy_of_earlier(self, doc: Document) -> Skipped | None:
        key = (doc.story, hashlib.blake2b(doc.text.encode("utf-8", "surrogatepass"), digest_size=16).digest())
        first = self._first.setdefault(key, doc.path)
        if first == doc.path:
            return None
        return Skipped(doc.path, f"the same text as {first}: compared once", "duplicate")


def without_copies(documents: list[Document], skipped: list[Skipped]) -> list[Document]:
    """The documents but those whose text an earlier one has; each copy is added to `skipped`."""
    copies, kept = Copies(), []
    for doc in documents:
        if (copy := copies.copy_of_earlier(doc)) is None:
            kept.append(doc)
        else:
            skipped.append(copy)
    return kept


def _make_ids_unique(documents: list[Document]) -> None:
    ids = UniqueIds()
    for index, doc in enumerate(documents):
        unique = ids.claim(doc)
        if unique != doc.id:
            documents[index] = _with_id(doc, unique)


def _with_id(doc: Document, new_id: str) -> Document:
    from dataclasses import replace

    return replace(doc, id=new_id)
