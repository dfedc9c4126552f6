"""Regular expressions compiled when first used, and compiled programs kept across runs.

A run reads a few languages and, per line, only the patterns whose trigger words it has (see
claims/times.py), so most of the hundreds of patterns are never needed: compiling them all up
front cost a short run more than comparing its articles (issue 16). Those a run does use still
cost it ~0.1 s to parse and compile in pure Python (`re._parser`, `re._compiler`), every run and
every worker: `compiled` keeps each program (the list of opcodes that `re.compile` hands to
`_sre.compile`) in one kept file per interpreter and regex-engine version in the cache
directory, from which later runs read the programs they use in a few milliseconds (an index,
then each program as it is asked for: the file holds those of every language and command run
with that cache directory). A pattern built from a cached program
equals (`==`) the one `re.compile` builds; an unreadable, stale or foreign file only costs the
compilation (the C engine validates every program it is given), and one that cannot be written
costs nothing.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager

from .cachefile import KeptAcrossRuns

MAX_PROGRAMS = 20_000  # start afresh past this (patterns of older versions pile up otherwise)

try:  # the engine's own entry point; every CPython has it, another interpreter may not
    import _sre
    from re import _compiler, _parser

    _CODE_TYPE = next(code for code in "IL" if array(code).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # pragma: no cover
    _sre = None

_re_compile = re.compile  # the real one: the fallbacks below must not come back through `library_patterns_kept`
# What re.search, re.sub, re.findall ... compile a pattern string with (after re's own cache of
# the process); the fallbacks below use it, since within `library_patterns_kept` re.compile
# itself comes back here.
_compile_uncached = _compiler.compile if _sre is not None else _re_compile


def compiled(source: str, flags: int = 0) -> re.Pattern:
    """`re.compile(source, flags)`, from the cached program when an earlier run compiled it."""
    return _PROGRAMS.compile(source, int(flags))


def alternation(forms) -> str:
    """Longest first (so a form is never cut short by its own prefix), then alphabetical: the same
    pattern text in every run, which the compiled-pattern cache (`compiled`) is keyed by."""
    # (alphabetical, then a stable sort by length: no key function called per form)
    return "(?:" + "|".join(sorted(sorted(set(forms)), key=len, reverse=True)) + ")"


@contextmanager
def library_patterns_kept() -> Iterator[None]:
    """While a library is imported, the `re.compile` calls of its module code go through `compiled`
    (simplemma compiles ~350 rule patterns of 21 languages at import: ~20 ms of every run), and so
    do the patterns that `re.search(pattern, text)` and its kin compile on first use (~40 a seed
    run, 4 ms). The patterns equal re.compile's; a pattern of bytes or with re.DEBUG takes re's own way."""
    if _sre is None:
        yield
        return
    _PROGRAMS.load()  # now: finding the cache directory imports platformdirs, which compiles patterns of its own
    replaced, replaced_uncached = re.compile, _compiler.compile
    re.compile, _compiler.compile = _kept_else(_re_compile), _kept_else(_compile_uncached)
    try:
        yield
    finally:
        re.compile, _compiler.compile = replaced, replaced_uncached


def _kept_else(fallback):
    """A compile function that takes a pattern string through `compiled` and anything else through
    `fallback`. Exactly str: marshal refuses a subclass (trafilatura's patterns, which lxml hands
    over as its own string type), and the cache file failed to save with a traceback at exit."""

    def compile_kept(pattern, flags=0):
        if type(pattern) is str and isinstance(flags, int) and not flags & re.DEBUG:
            return compiled(pattern, flags)
        return fallback(pattern, flags)

    return compile_kept


def save_compiled() -> None:
    """Write the programs compiled since the cache was read (atomically: parallel runs may race;
    the last writer wins and the others' new programs are compiled again later)."""
    _PROGRAMS.save()


class _Programs:
    def __init__(self) -> None:
        self._kept = KeptAcrossRuns(_cache_file_name(), MAX_PROGRAMS) if _sre is not None else None
        self._patterns: dict[tuple[str, int], re.Pattern] = {}  # as re.compile's own cache

    def compile(self, source: str, flags: int) -> re.Pattern:
        if _sre is None:
            return _compile_uncached(source, flags)
        key = (source, flags)
        if key not in self._patterns:
            self._patterns[key] = self._from_cache(key) or self._compile_new(key)
        return self._patterns[key]

    def _from_cache(self, key: tuple[str, int]) -> re.Pattern | None:
        stored = self._kept.get(key)
        if stored is None:
            return None
        try:
            flags_used, code, groups, group_index, index_group = stored
            return _sre.compile(key[0], flags_used, array(_CODE_TYPE, code).tolist(), groups, group_index, index_group)
        except (RuntimeError, TypeError, ValueError):  # not a program of this engine
            return None

    def _compile_new(self, key: tuple[str, int]) -> re.Pattern:
        try:
            flags_used, code, groups, group_index, index_group = _program(*key)
        except (AttributeError, TypeError, ValueError, RuntimeError):  # re's private layout changed
            return _compile_uncached(*key)  # uncached, never broken
        # the opcodes as bytes: one object to unmarshal instead of thousands of ints
        self._kept.add(key, (flags_used, array(_CODE_TYPE, code).tobytes(), groups, group_index, index_group))
        return _sre.compile(key[0], flags_used, code, groups, group_index, index_group)

    def load(self) -> None:
        self._kept.open()

    def save(self) -> None:
        if self._kept is not None:
            self._kept.save()


def _program(source: str, flags: int) -> tuple:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern itself."""
    parsed = _parser.parse(source, flags)
    group_index = dict(parsed.state.groupdict)
    index_group = [None] * parsed.state.groups
    for name, index in group_index.items():
        index_group[index] = name
    return (int(flags | parsed.state.flags), _compiler._code(parsed, flags), parsed.state.groups - 1,
            group_index, tuple(index_group))


def _cache_file_name() -> str:
    return f"regex-{sys.implementation.cache_tag}-sre{_sre.MAGIC}.kept"


_PROGRAMS = _Programs()


class LazyPattern:
    """Stands in for `compiled(source, flags)`: the pattern is compiled on the first search."""

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self.source, self.flags, self._compiled = source, flags, None

    def __getattr__(self, name: str):
        """`pattern`, `groupindex`, ... of the compiled pattern (compiled on the first use)."""
        if name.startswith("_"):  # not yet initialised (copy, pickle): no pattern to ask
            raise AttributeError(name)
        return getattr(self.resolved(), name)

    def resolved(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = compiled(self.source, self.flags)
        return self._compiled

    # The searches, found on the class: through `__getattr__` each call first failed the ordinary
    # look-up, raising and catching an AttributeError (~1,500 searches a seed run, 2-4 us each).
    search = property(lambda self: self.resolved().search)
    match = property(lambda self: self.resolved().match)
    fullmatch = property(lambda self: self.resolved().fullmatch)
    finditer = property(lambda self: self.resolved().finditer)
    findall = property(lambda self: self.resolved().findall)
    sub = property(lambda self: self.resolved().sub)
    split = property(lambda self: self.resolved().split)
