"""Functions that `dataclasses` generates, compiled once across runs.

For every dataclass the standard library writes the source of `__init__`, `__repr__`, `__eq__`, ...
and compiles it with `exec` as the class is made: ~25 ms of a seed run for the ~60 classes of the
stages and the libraries they load, every run and every worker (issue 16). While
`generated_code_kept()` is active, that `exec` takes the code object compiled from the same source
by an earlier run, kept in one file per interpreter and bytecode version in the cache
directory. The function made is the one the source makes (same text, same compiler, same flags);
an unreadable or foreign file only costs the compilation, and one that cannot be written nothing.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.util import MAGIC_NUMBER
from types import CodeType

from .cachefile import KeptAcrossRuns

MAX_SOURCES = 5_000  # start afresh past this (sources of older versions pile up otherwise)

_KEPT = KeptAcrossRuns(f"code-{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}.kept", MAX_SOURCES)


@contextmanager
def generated_code_kept() -> Iterator[None]:
    """Dataclasses made meanwhile get their generated methods from the kept code objects. The
    module's own `exec` name shadows the builtin for `dataclasses` alone, and is removed after."""
    if "exec" in vars(dataclasses):  # already active (nested): the outer scope restores it
        yield
        return
    dataclasses.exec = _exec_kept
    try:
        yield
    finally:
        del dataclasses.exec


def _exec_kept(source, globals=None, locals=None) -> None:  # noqa: A002 - exec's own signature
    if isinstance(source, str):
        source = _code_of(source)
    exec(source, globals, locals)


def _code_of(source: str) -> CodeType:
    code = _KEPT.get(source)
    if not isinstance(code, CodeType):
        # dont_inherit: compiled as `exec` in dataclasses compiles it, without this module's
        # `from __future__ import annotations` (annotations of generated __init__ stay objects)
        code = compile(source, "<string>", "exec", dont_inherit=True)
        _KEPT.add(source, code)
    return code
