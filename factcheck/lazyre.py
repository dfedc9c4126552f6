"""Regular expressions compiled when first used, not when their module is imported.

A run reads a few languages and, per line, only the patterns whose trigger words it has (see
claims/times.py), so most of the hundreds of patterns are never needed: compiling them all up
front cost a short run more than comparing its articles (issue 16)."""

from __future__ import annotations

import re


class LazyPattern:
    """Stands in for `re.compile(source, flags)`: the pattern is compiled on the first search."""

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self.source, self.flags, self._compiled = source, flags, None

    def __getattr__(self, name: str):
        """`search`, `finditer`, ... of the compiled pattern (compiled on the first of them)."""
        if name.startswith("_"):  # not yet initialised (copy, pickle): no pattern to ask
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return getattr(self._compiled, name)
