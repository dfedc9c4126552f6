"""Files in the cache directory that hold data derived from what is installed (lemma tries,
compiled regexes, parsed lexicons): built on first use, then loaded in milliseconds. Each is a
pure function of the installed code and data, named by what it was built from, so it need not
follow --cache-dir (the translation cache); `FACTCHECK_COMPILED_CACHE_DIR` moves them."""

from __future__ import annotations

import atexit
import marshal
import mmap
import os
import struct
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

COMPILED_CACHE_ENV = "FACTCHECK_COMPILED_CACHE_DIR"


def compiled_cache_dir() -> Path:
    if os.environ.get(COMPILED_CACHE_ENV):
        return Path(os.environ[COMPILED_CACHE_ENV])
    import platformdirs

    return Path(platformdirs.user_cache_dir("factcheck")) / "compiled"


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Held by one process at a time (an advisory lock on `path` + ".lock"), for a read, merge and
    write that must not interleave with another's. Without fcntl (Windows) or a writable folder: no
    lock, and a lost merge only costs recomputing what it held."""
    try:
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path.with_name(path.name + ".lock"), "a")
    except (ImportError, OSError):
        yield
        return
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError:
            pass
        yield


# Every marshal file begins with this mark, the length of the data and its CRC-32: a file damaged
# on disk (a flipped bit, a block of zeros, a truncated copy) can still unmarshal into other values,
# and those would be a wrong lexicon or regex program for every later run. The check costs ~0.2 ms
# per MB (0.7 ms for the seed run's files, against ~30 ms to unmarshal them).
MARSHAL_MARK = b"FCm1"
MARSHAL_HEADER = struct.Struct("<4sQI")


def read_marshal(path: Path):
    """What `save_marshal` wrote, or None when the file is missing, unreadable, damaged or of an
    older layout (its maker then builds it again)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    body = checked_body(data)
    if body is None:
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None


def checked_body(data: bytes) -> memoryview | None:
    """The data after the header when its length and checksum match, else None."""
    if len(data) < MARSHAL_HEADER.size:
        return None
    mark, length, checksum = MARSHAL_HEADER.unpack_from(data)
    body = memoryview(data)[MARSHAL_HEADER.size:]
    if mark != MARSHAL_MARK or length != len(body) or checksum != zlib.crc32(body):
        return None
    return body


def save_marshal(path: Path, value) -> None:
    data = marshal.dumps(value)
    header = MARSHAL_HEADER.pack(MARSHAL_MARK, len(data), zlib.crc32(data))
    save_atomically(path, lambda temporary: _write_parts(temporary, header, data))


def _write_parts(path: str, *parts: bytes) -> None:
    with open(path, "wb") as handle:
        for part in parts:
            handle.write(part)


# Files kept per family (one language's parsed lexicon, say). More than one: two installations sharing
# a cache directory (a project's venv and a pipx install, two checkouts) may name their files
# differently, and deleting every other name made each rebuild what the other had just written.
KEPT_PER_FAMILY = 3


def save_marshal_in_family(path: Path, value, family: str) -> None:
    """`save_marshal`, after `prune_family`."""
    prune_family(path, family)
    save_marshal(path, value)


def prune_family(path: Path, family: str) -> None:
    """Before `path` is written: remove the oldest files matching the glob `family` beyond
    KEPT_PER_FAMILY - 1 (made from older data, or by an installation not used lately)."""
    try:
        others = sorted(path.parent.glob(family), key=_modified, reverse=True)
        for stale in others[KEPT_PER_FAMILY - 1:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def save_atomically(path: Path, write: Callable[[str], None]) -> bool:
    """`write(temporary)` then rename it to `path`: parallel runs may race, and a reader sees the old
    file or the new one, never half of one. A read-only cache only costs speed: no error, False."""
    import tempfile  # here: a run whose files are all made already writes none

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        os.close(handle)
        try:
            write(temporary)
            os.replace(temporary, path)
            return True
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError:
        return False


class KeptAcrossRuns:
    """A dict kept in one file of the cache directory, for values that are a pure function of
    their key and the interpreter and cost every run time to make (regex programs, compiled code):
    a run reads the file's index and then only the entries it asks for (layout: `KEPT_MARK`), and what it
    added is merged back into the file as it ends. An unreadable file reads as empty; one that
    cannot be written costs nothing."""

    def __init__(self, file_name: str, max_entries: int, max_bytes: int = 16 << 20) -> None:
        self.file_name, self.max_entries, self.max_bytes = file_name, max_entries, max_bytes
        self._stored: _KeptFile | None = None
        self._made: dict = {}  # by this process (kept here after a save, or left to another to save)
        self._new: dict = {}  # of those, what this process saves
        _KEPT_FILES.append(self)

    def path(self) -> Path:
        return compiled_cache_dir() / self.file_name

    def open(self) -> None:
        """Read the index now (finding the cache directory may import platformdirs)."""
        if self._stored is None:
            self._stored = _KeptFile.open(self.path())

    def get(self, key):
        if key in self._made:
            return self._made[key]
        self.open()
        return self._stored.get(key)

    def add(self, key, value) -> None:
        if not self._new:
            atexit.register(self.save)
        self._new[key] = self._made[key] = value

    def forget_unsaved(self) -> None:
        self._new = {}  # still known: used, not made again

    def save(self) -> None:
        """Atomically, under a lock: workers end at once, and each merges into what the one before
        wrote. Past `max_entries` or `max_bytes` the file starts afresh: entries of older versions
        pile up, and so would keys that differ in every run (a library pattern built from a
        hash-randomised set once added 13 KB a run), which every later run would read the index of."""
        if not self._new:
            return
        path = self.path()
        with exclusive(path):
            merged = read_kept(path) if _size(path) <= self.max_bytes else {}
            if len(merged) + len(self._new) > self.max_entries:
                merged = {}
            merged.update(self._new)
            self._new = {}
            if self._stored is not None:
                self._stored.close()  # a mapped file cannot be replaced on every system
                self._stored = None
            save_kept(path, merged)


# A kept file (`KeptAcrossRuns`): a header (mark, length of the index, its CRC-32), the index (a
# marshalled dict from each key's digest to its entry's offset, length and CRC-32), then the entries,
# each a marshalled (key, value). The file is mapped, not read: a cache directory shared by every
# command holds the regex programs of every language and of `cluster` (~8 MB after the benchmarks),
# which a seed run read and unmarshalled whole (~10 ms of its ~0.2 s) to use a fifth of them.
KEPT_MARK = b"FCk1"


def _digest(key) -> int:
    """The same in every process (unlike `hash` of a string): length and CRC-32 of the key's text.
    Keys are strings or tuples of strings and integers; the entry holds the key, so two keys
    with one digest only cost a compilation."""
    text = "\x00".join(map(str, key)) if isinstance(key, tuple) else str(key)
    data = text.encode("utf-8", "surrogatepass")
    return len(data) << 32 | zlib.crc32(data)


class _KeptFile:
    """The index of a kept file and its mapped entries, each checked as it is read."""

    def __init__(self, index: dict, mapped, start: int) -> None:
        self.index, self.mapped, self.start = index, mapped, start

    @classmethod
    def open(cls, path: Path) -> _KeptFile:
        try:
            with open(path, "rb") as handle:
                mapped = _mapped(handle)
        except (OSError, ValueError):  # missing, unreadable, or empty (which mmap refuses)
            return cls({}, None, 0)
        index = _checked_index(mapped)
        if index is None:
            return cls({}, None, 0)
        return cls(index, mapped, MARSHAL_HEADER.size + MARSHAL_HEADER.unpack_from(mapped)[1])

    def get(self, key):
        place = self.index.get(_digest(key))
        if place is None:
            return None
        entry = _checked_entry(self.mapped, self.start, place)
        return entry[1] if entry is not None and entry[0] == key else None

    def close(self) -> None:
        if hasattr(self.mapped, "close"):  # a mapping (a file read whole is bytes)
            self.mapped.close()
        self.mapped = None


def _mapped(handle):
    """The file mapped into memory; read whole where it cannot be mapped (some network or FUSE
    file systems)."""
    try:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except OSError:
        return handle.read()


def _checked_index(data) -> dict | None:
    if len(data) < MARSHAL_HEADER.size:
        return None
    mark, length, checksum = MARSHAL_HEADER.unpack_from(data)
    body = data[MARSHAL_HEADER.size:MARSHAL_HEADER.size + length]
    if mark != KEPT_MARK or len(body) != length or zlib.crc32(body) != checksum:
        return None
    try:
        index = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    return index if isinstance(index, dict) else None


def _checked_entry(data, start: int, place) -> tuple | None:
    """(key, value) of the entry at `place` of the index, or None when it is damaged."""
    try:
        offset, length, checksum = place
        body = data[start + offset:start + offset + length]
        if len(body) != length or zlib.crc32(body) != checksum:
            return None
        entry = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    return entry if isinstance(entry, tuple) and len(entry) == 2 else None


def read_kept(path: Path) -> dict:
    """Every entry of a kept file that reads back intact."""
    stored = _KeptFile.open(path)
    try:
        entries = (_checked_entry(stored.mapped, stored.start, place) for place in stored.index.values())
        return dict(entry for entry in entries if entry is not None)
    finally:
        stored.close()


def save_kept(path: Path, entries: dict) -> None:
    """Entries marshal refuses (a string of a subclass) are left out; with none left, nothing is written."""
    index, bodies, offset = {}, [], 0
    for key, value in entries.items():
        try:
            body = marshal.dumps((key, value))
        except ValueError:
            continue
        index[_digest(key)] = (offset, len(body), zlib.crc32(body))
        bodies.append(body)
        offset += len(body)
    if not bodies:
        return
    index_data = marshal.dumps(index)
    header = MARSHAL_HEADER.pack(KEPT_MARK, len(index_data), zlib.crc32(index_data))
    save_atomically(path, lambda temporary: _write_parts(temporary, header, index_data, *bodies))


_KEPT_FILES: list[KeptAcrossRuns] = []


def leave_inherited_to_parent() -> None:
    """In a forked worker: what the parent made before the fork is the parent's to save (at its
    exit). Each worker rewrote the whole file for it too, one after another under the lock, while
    the parent waited for them to end; now a worker saves only what it made itself."""
    for kept in _KEPT_FILES:
        kept.forget_unsaved()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def kept(name: str, key: tuple, compute: Callable[[], object], family: str | None = None):
    """`compute()`, kept in the cache directory under `key` in `name`.marshal (marshal-able values
    only), for small results that are a pure function of the installed code and costly to compute
    in every run. `name` carries a version: bump it when what `compute` computes changes. With
    `family` (a glob of the file names of older versions of `name`), those beyond KEPT_PER_FAMILY
    are removed when the file is written."""
    path = compiled_cache_dir() / f"{name}.marshal"
    stored = read_marshal(path)
    stored = stored if isinstance(stored, dict) else {}
    if key not in stored:
        stored[key] = compute()
        if family:
            prune_family(path, family)
        save_marshal(path, stored)
    return stored[key]
