"""Ingest: paths, directories, stdin, JSON/JSONL -> Document objects (or Skipped, never silent).

Reading is defensive because articles come from scrapers and CMS exports: bytes are decoded
with a BOM check, then UTF-8, then charset-normalizer; front matter is YAML read as strings
only (YAML would turn `lang: no` into False and dates into date objects).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from .langid import LanguageError, detect_language, normalise_language
from .model import Document, Skipped

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
DEFAULT_MAX_BYTES = 20_000_000
FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)---[ \t]*(?:\r?\n|\Z)", re.S)
ARTICLE_FIELDS = ("id", "story", "lang", "published", "title", "url", "text")


class InputError(Exception):
    """An input that cannot be used; the message names the cause (the caller adds the path)."""

    def __init__(self, reason: str, code: str = "input_error"):
        super().__init__(reason)
        self.reason = reason
        self.code = code


@dataclass
class IngestOptions:
    published: date | None = None  # for inputs without a publication date
    lang: str | None = None  # force a language for inputs without one
    max_bytes: int = DEFAULT_MAX_BYTES
    follow_symlinks: bool = True


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
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(options)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_directory(path, options)
        else:
            yield from _read_file_safely(path, options, story_default=None)


def _read_directory(root: Path, options: IngestOptions) -> Iterator[Document | Skipped]:
    seen_dirs: set[tuple[int, int]] = set()
    for directory, dirnames, filenames in os.walk(root, followlinks=options.follow_symlinks, onerror=None):
        here = Path(directory)
        stat = here.stat()
        key = (stat.st_dev, stat.st_ino)
        if key in seen_dirs:  # a symlink loop: visit each real directory once
            dirnames[:] = []
            yield Skipped(str(here), "symlink loop: directory already visited", "symlink_loop")
            continue
        seen_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = here / name
            if path.suffix.lower() not in KNOWN_SUFFIXES:
                yield Skipped(str(path), f"unsupported file type '{path.suffix or name}'", "unsupported_type")
                continue
            story = _story_from_directory(root, here)
            yield from _read_file_safely(path, options, story_default=story)


def _story_from_directory(root: Path, directory: Path) -> str:
    return directory.name if directory != root else (root.resolve().name or "story")


def _read_file_safely(path: Path, options: IngestOptions, story_default: str | None) -> Iterator[Document | Skipped]:
    try:
        raw = _read_bytes(path, options.max_bytes)
        yield from _parse_bytes(raw, path, options, story_default)
    except InputError as err:
        yield Skipped(str(path), err.reason, err.code)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)", "too_large")
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file or directory", "not_found") from None
    except PermissionError:
        raise InputError("permission denied", "unreadable") from None
    except IsADirectoryError:
        raise InputError("is a directory", "unreadable") from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", "unreadable") from None


def _read_stdin(options: IngestOptions) -> Iterator[Document | Skipped]:
    raw = sys.stdin.buffer.read(options.max_bytes + 1)
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
    text = decode_bytes(raw)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _parse_jsonl(text, shown, options, story_default)
    elif suffix in JSON_SUFFIXES:
        yield _document_from_record(_load_json_object(text), shown, options, story_default, default_id=path.stem)
    elif suffix in HTML_SUFFIXES:
        yield _document_from_html(text, shown, path.stem, options, story_default)
    else:
        yield _document_from_text(text, shown, path.stem, options, story_default)


def decode_bytes(raw: bytes) -> str:
    """Decode article bytes: BOMs first, then strict UTF-8, cp1252, then charset-normalizer's best guess."""
    if not raw.strip():
        raise InputError("empty file", "empty")
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return _decode_or_fail(raw, encoding)
    if b"\x00" in raw[:8192]:
        raise InputError("binary file (contains NUL bytes)", "binary")
    for encoding in ("utf-8", "cp1252"):
        # All supported languages are Western European: after UTF-8, Windows-1252 (a superset of
        # Latin-1's printable range) is by far the likeliest; charset-normalizer's statistical
        # guess picks cp1250/mac_latin2 on short French or Dutch text.
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 input

    best = from_bytes(raw).best()
    if best is None:
        raise InputError("cannot determine the text encoding (binary file?)", "encoding")
    return str(best)


def _decode_or_fail(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(f"invalid {encoding} text at byte {err.start}", "encoding") from None


def split_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """Return (front matter as strings, body, number of lines before the body)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text.lstrip("\ufeff"), 0
    try:
        meta = yaml.load(match.group(1), Loader=yaml.BaseLoader)  # strings only, no type guessing
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise InputError(f"malformed front matter{where}: {getattr(err, 'problem', None) or err}", "front_matter") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError("front matter is not a mapping of keys to values", "front_matter")
    body = text[match.end():]
    return meta, body, text[: match.end()].count("\n")


def _document_from_text(text: str, shown: str, stem: str, options: IngestOptions, story_default: str | None) -> Document:
    meta, body, line_offset = split_front_matter(text)
    record = {key: _scalar(meta, key) for key in ARTICLE_FIELDS if key != "text"}
    record["text"] = body
    return _document_from_record(record, shown, options, story_default, default_id=stem, line_offset=line_offset)


def _document_from_html(text: str, shown: str, stem: str, options: IngestOptions, story_default: str | None) -> Document:
    try:
        import trafilatura  # optional extra: factcheck[html]
    except ImportError:
        raise InputError("HTML input needs the optional extra: pip install 'factcheck[html]'", "unsupported_type") from None
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


def _load_json_object(text: str) -> dict:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"invalid JSON at line {err.lineno} column {err.colno}: {err.msg}", "json") from None
    if not isinstance(record, dict):
        raise InputError("JSON input must be one article object", "json")
    return record


def _parse_jsonl(text: str, shown: str, options: IngestOptions, story_default: str | None) -> Iterator[Document | Skipped]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{shown}:{number}"
        try:
            yield _document_from_record(_load_json_object(line), where, options, story_default, default_id=f"line{number}")
        except InputError as err:
            yield Skipped(where, err.reason, err.code)


def _document_from_record(
    record: dict, shown: str, options: IngestOptions, story_default: str | None, default_id: str, line_offset: int = 0
) -> Document:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no article text" if text is None else "article text is empty or not a string", "empty")
    lang, detected = _resolve_language(record.get("lang"), text, options)
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
    )


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise InputError(f"field '{key}' must be a single value", "json")
    return str(value).strip() or None


def _resolve_language(given: object, text: str, options: IngestOptions) -> tuple[str, bool]:
    try:
        if given not in (None, ""):
            return normalise_language(str(given)), False
        if options.lang:
            return normalise_language(options.lang), False
        return detect_language(text), True
    except LanguageError as err:
        raise InputError(str(err), "language") from None


def parse_published(value: object) -> date | None:
    """ISO date or date-time ('2015-11-30', '2015-11-30T08:00:00Z'); anything else is an input error."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", text)
    if not match:
        raise InputError(f"invalid published date '{text}' (expected YYYY-MM-DD)", "published")
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise InputError(f"invalid published date '{text}' (no such day)", "published") from None


def _make_ids_unique(documents: list[Document]) -> None:
    """Two inputs may share a stem (nl.md in two story folders): qualify by story, then number."""
    seen: dict[str, int] = {}
    for index, doc in enumerate(documents):
        candidate = doc.id
        if candidate in seen and doc.story:
            candidate = f"{doc.story}/{doc.id}"
        base, count = candidate, 1
        while candidate in seen:
            count += 1
            candidate = f"{base}~{count}"
        seen[candidate] = index
        if candidate != doc.id:
            documents[index] = _with_id(doc, candidate)


def _with_id(doc: Document, new_id: str) -> Document:
    from dataclasses import replace

    return replace(doc, id=new_id)
