"""Pause Python's cyclic garbage collector while a story is extracted and compared.

The pipeline builds its results from plain dataclasses, lists and dicts without reference
cycles (a story of 30 synthetic articles plus the seeds, run with the collector off, leaves 0
unreachable objects; tests/test_gc_pause.py), so reference counting frees everything and the
cycle collector only re-scans the live objects. Those grow with the story: a 1,000-article
story holds millions of them, and the full collections its allocations trigger cost ~10 % of
its time while a 10-article story triggers none. Reference counting still frees memory as
before; the collector's previous state is restored afterwards, so cycles made elsewhere (or by
a future change, which the test would catch) are collected at the next collection.
"""

from __future__ import annotations

import atexit
import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def without_cycle_collection(function: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused


def run_and_freeze(function: Callable[..., R], *args) -> R:
    """One story of a batch, then what outlives it frozen (`gc.freeze`): the language data and
    caches its stories loaded, which stay for the run. Collections between stories then scan
    only what was made since, not all of that again (in a 246-article batch the collector took
    ~0.17 s, 3 % of the run, most of it re-scanning the data; in a forked worker, scanning the
    parent's data also copied every page of it). Frozen objects are still freed by reference
    counting when they go; only a reference cycle frozen while alive waits for `unfreeze` (the
    engine, at the end of the run) to be collected, and the pipeline makes none (tests/test_gc_pause.py)."""
    result = function(*args)
    gc.freeze()
    return result


def unfreeze() -> None:
    gc.unfreeze()


def freeze_at_exit() -> None:
    """For a process that ends after its command (the CLI). Python's finalisation runs one last
    collection over every unfrozen object even with the collector disabled: after a batch the
    whole heap (~790,000 objects for 246 articles, ~0.3 s), after a seed run ~0.06 s, serial in
    every run. It frees nothing the exit does not, so everything is frozen first (atexit
    handlers run before it; frozen objects are skipped)."""
    atexit.unregister(gc.freeze)  # registered once, however often a command runs in one process
    atexit.register(gc.freeze)
