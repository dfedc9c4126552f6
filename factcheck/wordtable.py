"""A word list kept as an SQLite table in the cache directory: built on first use, then opened in a
millisecond and asked one word at a time, where reading the whole list into a dict or set would
cost every run tens of milliseconds (the lemma lists, the common English words). Worker processes
share its pages through the page cache. When the cache cannot be written, the list itself serves."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from .cachefile import save_atomically


# This process's id, kept up to date across `fork` (os.getpid() is a system call, and a batch
# asks its tables ~60,000 times)
_process = [os.getpid()]
os.register_at_fork(after_in_child=lambda: _process.__setitem__(0, os.getpid()))

LOOKUP = "SELECT lemma FROM lemmas WHERE word = ?"


class WordTable(Mapping):
    """A read-only mapping (word -> value) over one table file. A connection is not carried
    across `fork` (SQLite forbids it): each process opens its own.

    The file is shared by every run using the cache directory, and may fail after it was opened:
    removed by another installation's pruning before a forked worker opens it, or damaged in pages
    the opening check did not read ("database disk image is malformed"). Either raised inside a
    story, which was skipped. Then `words()` (the list the table is made from) answers instead, for
    the rest of the process, and a sound table is written for the runs after."""

    __slots__ = ("_path", "_pid", "_connection", "_answers", "_words", "_listed")

    def __init__(self, path: Path, words: Callable[[], Mapping[str, str | bytes]]) -> None:
        self._path, self._pid, self._connection = path, None, None
        self._answers: dict[str, bool] = {}  # `in` asks about the same words again and again
        self._words = words
        self._listed: Mapping[str, str | bytes] | None = None

    def _rows(self, sql: str) -> list[tuple] | None:
        """The rows, or None once the file has failed (then `_listed` answers)."""
        if self._listed is None:
            try:
                return self._query(sql).fetchall()
            except sqlite3.Error:
                self._list_instead()
        return None

    def _list_instead(self) -> None:
        self._listed = self._words()
        save_atomically(self._path, _table_writer(self._listed))

    def _query(self, sql: str, parameters=()) -> sqlite3.Cursor:
        if self._pid != _process[0]:
            # immutable: a table is written once under a temporary name and renamed into place, never
            # changed after, so SQLite may skip its file locks and change checks on every query (a
            # lookup 5.7 -> 3.1 us CPU; a batch looks up ~50,000 words).
            self._connection = sqlite3.connect(f"{self._path.absolute().as_uri()}?mode=ro&immutable=1", uri=True,
                                               check_same_thread=False)
            self._pid = _process[0]
        return self._connection.execute(sql, parameters)

    def get(self, key: str, default=None):
        if self._listed is None:
            try:
                row = self._query(LOOKUP, (key,)).fetchone()
                return row[0] if row else default
            except sqlite3.Error:
                self._list_instead()
        return self._listed.get(key, default)

    def __contains__(self, key) -> bool:
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = self.get(key) is not None
        return answer

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __iter__(self):
        rows = self._rows("SELECT word FROM lemmas")
        return iter(self._listed) if rows is None else (word for (word,) in rows)

    def __len__(self) -> int:
        rows = self._rows("SELECT count(*) FROM lemmas")
        return len(self._listed) if rows is None else rows[0][0]


class FewWordsFirst(Mapping):
    """A large mapping that one run asks a few words of and another a great many: the first
    `limit` distinct words are read from `table` (a query costs ~3 us) and `decode`d, and past them
    the whole mapping is `load`ed (one call, tens to hundreds of ms) and asked instead. So a
    short run reads a few hundred rows, and a long one pays at most the load and `limit` queries."""

    __slots__ = ("_table", "_decode", "_load", "_limit", "_answers", "_whole")

    def __init__(self, table: Mapping, decode: Callable, load: Callable[[], Mapping], limit: int) -> None:
        self._table, self._decode, self._load, self._limit = table, decode, load, limit
        self._answers: dict = {}
        self._whole: Mapping | None = None

    def get(self, key, default=None):
        if self._whole is not None:
            return self._whole.get(key, default)
        answers = self._answers
        if key not in answers:
            if len(answers) >= self._limit:
                return self.whole().get(key, default)
            stored = self._table.get(key)
            answers[key] = None if stored is None else self._decode(stored)
        value = answers[key]
        return default if value is None else value

    def whole(self) -> Mapping:
        if self._whole is None:
            self._whole, self._answers = self._load(), {}
        return self._whole

    def __getitem__(self, key):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __iter__(self) -> Iterator:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())

    def items(self):
        return self.whole().items()

    def values(self):
        return self.whole().values()


def open_word_table(path: Path, words: Callable[[], Mapping[str, str | bytes]]) -> Mapping[str, str | bytes]:
    """The table at `path`, built from `words()` when missing, unreadable or corrupt (atomically:
    parallel runs may race); `words()` itself when it cannot be written."""
    table = WordTable(path, words)
    try:
        table._query(LOOKUP, ("",)).fetchone()  # opens it: missing, unreadable or corrupt raise here
        return table
    except sqlite3.Error:
        pass
    listed = words()
    # the table keeps `words`, not the list: the list is made again only if the table fails later
    return WordTable(path, words) if save_atomically(path, _table_writer(listed)) else listed


def _table_writer(words: Mapping[str, str | bytes]) -> Callable[[str], None]:
    def write(temporary: str) -> None:
        try:
            with contextlib.closing(sqlite3.connect(temporary)) as connection, connection:
                # "lemmas": the name the lemma tables had before other lists were kept this way
                connection.execute("CREATE TABLE lemmas (word TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
                connection.executemany("INSERT INTO lemmas VALUES (?, ?)", sorted(words.items()))
        except sqlite3.Error as error:  # a full disk, a locked file: as unwritable as an OSError
            raise OSError(error) from error

    return write
