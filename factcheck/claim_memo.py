"""Work that depends on one claim alone, done once per claim instead of once per pair.

A claim of a story is aligned with each of its article's partners (up to 8) and compared in each
of its ~12 pairs; what is read off the claim itself (its word bag, its fact anchors, its names)
is the same every time. Claims are mutable dataclasses, hence unhashable: the memo is keyed by
the claim's identity and checked against a weak reference to it (an id is reused only after its
claim is gone), and against its translation, the one field a later stage fills in. It holds no
claim alive. A story's pairs come article pair by article pair, so a claim is asked for within a
short stretch of the run: a full memo forgets its older half, which keeps memory bounded (a
1,000-article story has ~25,000 claims) at the cost of a few repeated readings.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import wraps
from itertools import islice
from typing import TypeVar

from .model import Claim

Result = TypeVar("Result")

DEFAULT_SIZE = 8_000  # entries per function: the claims of ~300 articles


def per_claim(function: Callable[..., Result], maxsize: int = DEFAULT_SIZE) -> Callable[..., Result]:
    """`function(claim, *hashable_args)`, memoised per claim and arguments. The result is shared
    between callers: it must not be changed by them."""
    memo: dict[tuple, tuple[weakref.ref, str | None, Result]] = {}

    @wraps(function)
    def memoised(claim: Claim, *args):
        key = (id(claim), *args)
        entry = memo.get(key)
        if entry is not None and entry[0]() is claim and entry[1] == claim.translation:
            return entry[2]
        value = function(claim, *args)
        if len(memo) >= maxsize:
            for old in list(islice(memo, max(1, maxsize // 2))):
                del memo[old]
        memo[key] = (weakref.ref(claim), claim.translation, value)
        return value

    memoised.cache_clear = memo.clear  # type: ignore[attr-defined]
    return memoised
