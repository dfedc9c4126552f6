"""Spans already claimed by an earlier rule, with an O(log n) overlap test.

Time and number rules skip a match that overlaps anything taken; a linear scan of the taken
list made a long sentence with thousands of values quadratic."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class TakenSpans:
    """Half-open [start, end) spans, kept sorted and disjoint (overlapping ones are merged)."""

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Same test as `any(start < e and s < end for s, e in spans)`."""
        index = bisect_right(self.ends, start)  # first span that ends after `start`
        return index < len(self.starts) and self.starts[index] < end

    def add(self, start: int, end: int) -> None:
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end)  # spans first..last-1 overlap [start, end)
        if first < last:
            start, end = min(start, self.starts[first]), max(end, self.ends[last - 1])
        self.starts[first:last] = [start]
        self.ends[first:last] = [end]
