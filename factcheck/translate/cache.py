"""Persistent translation cache: one SQLite file shared by concurrent runs.

Key: (back-end name + version, source language, sha256 of the text). The version carries the lexicon data hash
or the HTTP model name, so a rebuilt lexicon or another model never serves stale translations.
Each row also stores a checksum of back-end version, language, source text and translation: a row that was
edited or damaged on disk (a "poisoned" translation would silently change findings) fails it and is ignored,
then translated again. It is a checksum, not a signature: it stops damage and careless edits, not someone
who can write the cache and recompute it.
WAL mode + busy timeout + INSERT OR REPLACE make parallel runs (CI matrix, xargs -P) safe; any SQLite or
file-system error turns the cache off for the rest of the run with one warning instead of failing it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import time
from pathlib import Path

from ..own_reports import CACHE_FILE

log = logging.getLogger(__name__)

CACHE_ENV = "FACTCHECK_CACHE_DIR"
BUSY_TIMEOUT_MS = 30_000
_DEFAULT = object()  # "use the env var or the platform cache dir" (None means: no cache)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations_v2 (
    backend TEXT NOT NULL,
    lang TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    translation TEXT NOT NULL,
    checksum TEXT NOT NULL,
    PRIMARY KEY (backend, lang, text_sha256)
) WITHOUT ROWID
"""


def default_cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    import platformdirs

    return Path(platformdirs.user_cache_dir("factcheck"))


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def row_checksum(backend: str, lang: str, text: str, translation: str) -> str:
    return text_key("\x1f".join((backend, lang, text, translation)))


class TranslationCache:
    """get_many/put_many by batch; the connection is opened lazily, once per process (re-opened after fork)."""

    def __init__(self, cache_dir: str | Path):
        self.path = Path(cache_dir) / CACHE_FILE
        self._connection: sqlite3.Connection | None = None
        self._pid: int | None = None
        self.disabled = False

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connection, self._pid = self._open_with_retries(), os.getpid()
        return self._connection

    def _open_with_retries(self, attempts: int = 20) -> sqlite3.Connection:
        """Switching a new database to WAL takes an exclusive lock that SQLite does not wait
        for (the busy timeout does not apply), so two runs starting together retry briefly."""
        for attempt in range(attempts - 1):
            try:
                return self._open()
            except sqlite3.OperationalError as error:
                if "locked" not in str(error):
                    raise
                time.sleep(0.05 * (attempt + 1))
        return self._open()

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute(_SCHEMA)
        except sqlite3.Error:
            connection.close()
            raise
        return connection

    def _disable(self, error: Exception) -> None:
        log.warning("translation cache %s unusable (%s): continuing without cache", self.path, error)
        self.disabled = True

    def get_many(self, backend: str, lang: str, texts: list[str]) -> dict[str, str]:
        if self.disabled or not texts:
            return {}
        keys = {text_key(t): t for t in texts}
        found: dict[str, str] = {}
        rejected = 0
        try:
            connection = self._connect()
            key_list = list(keys)
            for start in range(0, len(key_list), 500):  # stay under SQLite's bound-parameter limit
                chunk = key_list[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(
                    f"SELECT text_sha256, translation, checksum FROM translations_v2 "
                    f"WHERE backend = ? AND lang = ? AND text_sha256 IN ({marks})",
                    [backend, lang, *chunk],
                )
                for key, translation, checksum in rows:
                    if isinstance(translation, str) and checksum == row_checksum(backend, lang, keys[key], translation):
                        found[keys[key]] = translation
                    else:
                        rejected += 1
        except (sqlite3.Error, OSError) as error:
            self._disable(error)
        if rejected:
            log.warning("translation cache %s: %d row(s) failed their checksum (damaged or edited); translated again", self.path, rejected)
        return found

    def put_many(self, backend: str, lang: str, translations: dict[str, str]) -> None:
        if self.disabled or not translations:
            return
        rows = [(backend, lang, text_key(t), tr, row_checksum(backend, lang, t, tr)) for t, tr in translations.items()]
        try:
            connection = self._connect()
            with connection:  # one transaction: a single fsync and a short write lock
                connection.execute("BEGIN IMMEDIATE")
                connection.executemany("INSERT OR REPLACE INTO translations_v2 VALUES (?, ?, ?, ?, ?)", rows)
        except (sqlite3.Error, OSError) as error:
            self._disable(error)

    def close(self) -> None:
        if self._connection is not None and self._pid == os.getpid():
            self._connection.close()
        self._connection = None


def open_cache(cache_dir: str | Path | None | object = _DEFAULT) -> TranslationCache | None:
    """The cache for `cache_dir` (default: $FACTCHECK_CACHE_DIR, else the platform user cache dir); None disables.

    Returns None, with a warning, when the directory cannot be created or written."""
    if cache_dir is None:
        return None
    directory = default_cache_dir() if cache_dir is _DEFAULT else Path(cache_dir)  # type: ignore[arg-type]
    problem = cache_dir_problem(directory)
    if problem is None:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            problem = f"{directory}: cannot create it ({error.strerror or error})"
    if problem is not None:
        log.warning("translation cache disabled: %s", problem)
        return None
    return TranslationCache(directory)


def cache_dir_problem(directory: Path) -> str | None:
    """Why `directory` cannot hold the cache, in words ("…: exists and is not a folder"), or None.
    Looks only, creates nothing: the CLI asks before the run, so that a `--cache-dir` naming a
    file is a usage error rather than a raw "[Errno 17] File exists" warning."""
    existing = directory
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        if existing == directory:
            return f"{directory}: exists and is not a folder"
        return f"{directory}: {existing} exists and is not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{directory}: not writable" if existing == directory else f"{directory}: cannot be created ({existing} is not writable)"
    return None
