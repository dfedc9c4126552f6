"""simplemma behind one door, with its word lists in a form that loads in a millisecond.

simplemma ships each language's lemma list front-coded and lzma-compressed and decodes it into a
dict in pure Python: 0.25 s for English, 1.8 s for German, in every run and every worker. Here the
list is decoded once per simplemma version into an SQLite table in the cache directory (the
standard library's `sqlite3`; it replaced a `marisa-trie` file, a 6 MB dependency, at the same
speed: BENCHMARKS.md, issue 15), which later runs open in a millisecond, and worker processes share
its pages through the page cache. Only the languages a run meets are touched. When the cache
directory cannot be written, simplemma's own in-memory dictionaries are used: same lemmas, slower.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path

import simplemma
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import DefaultDictionaryFactory
from simplemma.strategies.dictionaries.dictionary_factory import CachingDictionaryFactory
from simplemma.utils import normalize_token

from .cachefile import save_atomically

CACHE_SUBDIR = "lemmas"
LEMMA_CACHE_ENV = "FACTCHECK_LEMMA_CACHE_DIR"


def lemma_cache_dir() -> Path:
    """Shared by every run of the same simplemma version (a pure function of the installed data,
    so unlike the translation cache it need not follow --cache-dir)."""
    if os.environ.get(LEMMA_CACHE_ENV):
        return Path(os.environ[LEMMA_CACHE_ENV])
    import platformdirs

    return Path(platformdirs.user_cache_dir("factcheck")) / CACHE_SUBDIR / f"simplemma-{simplemma.__version__}"


class _WordTable(Mapping):
    """simplemma's dictionary interface (`get`) over one language's SQLite table of words. A
    connection is not carried across `fork` (SQLite forbids it): each process opens its own."""

    __slots__ = ("_path", "_pid", "_connection")

    def __init__(self, path: Path) -> None:
        self._path, self._pid, self._connection = path, None, None

    def _query(self, sql: str, parameters=()) -> sqlite3.Cursor:
        if self._pid != os.getpid():
            # immutable: the table is written once under a temporary name and renamed into place,
            # never changed after, so SQLite may skip its file locks and change checks on every
            # query (a lookup 5.7 -> 3.1 us CPU; a batch looks up ~50,000 words).
            self._connection = sqlite3.connect(f"{self._path.absolute().as_uri()}?mode=ro&immutable=1", uri=True,
                                               check_same_thread=False)
            self._pid = os.getpid()
        return self._connection.execute(sql, parameters)

    def get(self, key: str, default=None):
        row = self._query("SELECT lemma FROM lemmas WHERE word = ?", (key,)).fetchone()
        return row[0] if row else default

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __iter__(self):
        return (word for (word,) in self._query("SELECT word FROM lemmas"))

    def __len__(self) -> int:
        return self._query("SELECT count(*) FROM lemmas").fetchone()[0]


class WordTableFactory(CachingDictionaryFactory):
    """Builds `<lang>.sqlite` on first use (atomically: parallel runs may race) and reads it after;
    simplemma's own dictionary when the cache cannot be written."""

    def __init__(self, cache_dir: Path) -> None:
        self._cache_dir = cache_dir
        super().__init__(cache_max_size=64)

    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
        path = self._cache_dir / f"{lang}.sqlite"
        table = _WordTable(path)
        try:
            table.get("")  # opens it: missing, unreadable or corrupt raise here
            return table
        except sqlite3.Error:
            pass  # not built yet (or unreadable): build it
        words = DefaultDictionaryFactory(cache_max_size=0).get_dictionary(lang)  # ValueError: unsupported
        return _WordTable(path) if save_atomically(path, _table_writer(words)) else words


def _table_writer(words: Mapping[str, str]) -> Callable[[str], None]:
    def write(temporary: str) -> None:
        try:
            with contextlib.closing(sqlite3.connect(temporary)) as connection, connection:
                connection.execute("CREATE TABLE lemmas (word TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
                connection.executemany("INSERT INTO lemmas VALUES (?, ?)", sorted(words.items()))
        except sqlite3.Error as error:  # a full disk, a locked file: as unwritable as an OSError
            raise OSError(error) from error

    return write


@lru_cache(maxsize=1)
def _factory():
    return WordTableFactory(lemma_cache_dir())


@lru_cache(maxsize=2)
def _lemmatizer(greedy: bool) -> simplemma.Lemmatizer:
    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(greedy=greedy, dictionary_factory=_factory()))


@lru_cache(maxsize=1)
def _lookup() -> DictionaryLookupStrategy:
    return DictionaryLookupStrategy(_factory())


def lemmatize(token: str, lang: str, greedy: bool = False) -> str:
    """As `simplemma.lemmatize`; ValueError for a language simplemma does not cover."""
    return _lemmatizer(greedy).lemmatize(token, lang)


def is_known(token: str, lang: str) -> bool:
    """As `simplemma.is_known` for one language; ValueError for an empty token or a language it
    does not cover."""
    if not token:
        raise ValueError("Wrong input value: empty string")
    return _lookup().get_lemma(normalize_token(token), lang) is not None
