"""The aligner's matrices for short articles, in plain Python over sparse word bags.

Importing numpy costs more CPU than aligning two short articles (a claim's bag holds a few of
the story's hundreds of words), so `align` scores article pairs of at most `align.SMALL_PAIRS`
claim pairs here while nothing has imported numpy (one story; a batch imports it first, since
numpy's products are ~3x faster once loaded). The values follow numpy's float32 arithmetic step
by step: each operation is rounded to float32 (`f32`), sums run in numpy's order (pairwise for
a row, one row after another for rows), dot products as a chain of fused multiply-adds. Two
things are not reproduced bit for bit: BLAS's summation order in a product of matrices and
numpy's own float32 logarithm and float64 exponential (last-bit differences, which rounding
scores to three decimals hides)."""

from __future__ import annotations

import math
import struct
from array import array
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache
from operator import add

_PACK, _UNPACK = struct.Struct("f").pack, struct.Struct("f").unpack


def f32(value: float) -> float:
    """`value` rounded to the nearest float32 (float32 arithmetic: the float64 result of one
    operation on float32 values, rounded, is the float32 result)."""
    return _UNPACK(_PACK(value))[0]


class Grid:
    """A dense matrix as rows of Python floats, with the few numpy operations the aligner uses."""

    __slots__ = ("rows", "width", "_transposed")

    def __init__(self, rows: list[list], width: int):
        self.rows, self.width = rows, width
        self._transposed = None

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), self.width

    @property
    def size(self) -> int:
        return len(self.rows) * self.width

    @property
    def T(self) -> Grid:  # noqa: N802 (numpy's name)
        """The transpose, made once (a Grid is never changed after it is made; the aligner asks for a
        long article block's transpose for every sentence pair it covers). It does not point back:
        a reference cycle would be left to the garbage collector (tests/test_gc_pause.py)."""
        if self._transposed is None:
            self._transposed = Grid([list(column) for column in zip(*self.rows)] if self.rows else [[] for _ in range(self.width)],
                                    len(self.rows))
        return self._transposed

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self.rows[i][j]
        return self.rows[key]

    def argmax(self, axis: int) -> list[int]:
        """The first largest value's index along `axis` (1: in each row, 0: in each column)."""
        rows = self.rows if axis == 1 else self.T.rows
        return [max(range(len(row)), key=row.__getitem__) for row in rows]

    def max(self) -> float:
        return max(max(row) for row in self.rows)

    def block(self, rows: list[int], columns: list[int]) -> Grid:
        return Grid([[self.rows[i][j] for j in columns] for i in rows], len(columns))


def block_of(matrix, rows: list[int], columns: list[int]):
    """The rows x columns block of a matrix, numpy's or a Grid."""
    if isinstance(matrix, Grid):
        return matrix.block(rows, columns)
    import numpy as np

    return matrix[np.ix_(rows, columns)]


# --- word bags as sparse rows: column -> value ---------------------------------------------


def idf(bags, index: dict[str, int]) -> list[float]:
    """log((claims + 1) / (claims holding the word + 1)) + 1, as align._idf computes it in float32."""
    counts = [0] * len(index)
    for bag in bags:
        for word in bag:
            counts[index[word]] += 1
    return [_idf_value(len(bags) + 1, count) for count in counts]


@lru_cache(maxsize=4096)
def _idf_value(claims: int, holders: int) -> float:
    return f32(f32(math.log(f32(claims / (holders + 1)))) + 1.0)


def weights_and_cover(bags, index, idf_values, similar: dict[int, dict[int, float]]):
    """Sparse rows of align._weights_and_cover: idf-weighted words, and how well each bag covers
    each word (1 for its own words, the best similarity of its words to a similar word)."""
    weights, cover = [], []
    for bag in bags:
        columns = [index[word] for word in bag]
        weights.append({k: _product(idf_values[k], value) for k, value in zip(columns, bag.values())})
        covered = dict.fromkeys(columns, 1.0)
        for k in columns:
            for other, value in similar.get(k, {}).items():
                if value > covered.get(other, 0.0):
                    covered[other] = value
        cover.append(covered)
    return weights, cover


@lru_cache(maxsize=4096)
def _product(weight: float, value: float) -> float:
    """A word's float32 weight: its idf times its bag value (few distinct pairs in a story)."""
    return f32(weight * f32(value))


def merge_rows(rows: list[dict[int, float]], combine) -> dict[int, float]:
    """Rows combined column by column in order (numpy's reduction along the rows)."""
    merged = dict(rows[0])
    for row in rows[1:]:
        for k, value in row.items():
            merged[k] = combine(merged[k], value) if k in merged else value
    return merged


def _add(a: float, b: float) -> float:
    """a + b in float32 (adding zero is exact: no rounding needed)."""
    return f32(a + b) if a and b else a + b


class Rows:
    """One side's sparse rows (claims, or neighbours merged): idf-weighted words, how well each row
    covers each word, and each row's weight total (the Dice denominator's share)."""

    __slots__ = ("weights", "totals", "ordered", "holders")

    def __init__(self, weights: list[dict[int, float]], cover: list[dict[int, float]], width: int):
        self.weights = weights
        # What `dice` reads, made once for the bead shapes that share these rows: each row's words in
        # column order, and per column the rows that cover it.
        self.ordered = [sorted(row.items()) for row in weights]
        self.totals = [_pairwise(items, 0, width) for items in self.ordered]
        self.holders = defaultdict(list)
        for j, row in enumerate(cover):
            for k, value in row.items():
                self.holders[k].append((j, value))


def merge_neighbours(weights, cover, size: int):
    """Rows i..i+size-1 merged for every i, as align._merge_neighbours."""
    count = len(weights) - size + 1
    return ([merge_rows(weights[i:i + size], _add) for i in range(count)],
            [merge_rows(cover[i:i + size], max) for i in range(count)])


def merge_groups(weights, cover, groups: list[list[int]]):
    """Groups of rows merged, as align._merge_groups."""
    return ([merge_rows([weights[i] for i in g], _add) for g in groups],
            [merge_rows([cover[i] for i in g], max) for g in groups])


def dice(left: Rows, right: Rows) -> Grid:
    """align._dice over sparse rows: (w_l . c_r + w_r . c_l) / (sum w_l + sum w_r). Sums are kept in
    float32 arrays, whose every store rounds as `f32` does (a pair sharing no word keeps its 0)."""
    forward = _products(left.ordered, right.holders, len(right.totals))
    backward = _products(right.ordered, left.holders, len(left.totals))  # w_r . c_l by right row
    behind_rows = zip(*backward) if backward else [()] * len(left.totals)  # ... by left row
    totals_r = right.totals
    rows = []
    for total_l, ahead, behind in zip(left.totals, forward, behind_rows):
        overlaps = array("f", map(add, ahead, behind))
        totals = array("f", [total_l + total_r for total_r in totals_r])
        rows.append(array("f", [overlap / total if total > 0 else 0.0 for overlap, total in zip(overlaps, totals)]).tolist())
    return Grid(rows, len(totals_r))


def _products(ordered: list[list[tuple[int, float]]], holders: dict[int, list[tuple[int, float]]], count: int) -> list[array]:
    """Row i: [weights[i] . cover[j] for j < count] (`ordered`: the weight rows' items in column
    order; `holders`: column -> (j, cover[j] of it)), summed over the columns in order with one
    rounding per term (a fused multiply-add, as BLAS's kernels do): each term is added in float64
    and stored in a float32 array, which rounds it. Only the j that share a column are touched."""
    zeros, no_holders = array("f", bytes(4 * count)), ()
    products = []
    for row in ordered:
        sums = zeros[:]
        for k, weight in row:
            for j, value in holders.get(k, no_holders):
                sums[j] = weight * value + sums[j]
        products.append(sums)
    return products


def _pairwise(items: list[tuple[int, float]], start: int, count: int) -> float:
    # numpy's pairwise_sum over values start..start+count, `items` the non-zero (column order):
    # fewer than 8 values in order; up to 128 in 8 running sums (column mod 8) combined as a tree,
    # the rest in order; more split in two halves (a multiple of 8 first). Zeros add nothing.
    if len(items) < 3:  # one value is its sum; two are one rounded addition in whatever order
        return (_add(items[0][1], items[1][1]) if len(items) == 2 else items[0][1]) if items else 0.0
    if count < 8:
        return _in_order(items, 0.0)
    if count <= 128:
        whole = start + count - count % 8
        lanes = [0.0] * 8
        rest = []
        for k, value in items:
            if k < whole:
                lane = (k - start) % 8
                before = lanes[lane]
                lanes[lane] = f32(before + value) if before else value  # _add (values are not zero)
            else:
                rest.append((k, value))
        return _in_order(rest, _lane_tree(lanes))
    half = count // 2
    half -= half % 8
    cut = bisect_left(items, (start + half, -math.inf))
    return _add(_pairwise(items[:cut], start, half), _pairwise(items[cut:], start + half, count - half))


def _lane_tree(lanes: list[float]) -> float:
    """numpy's ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)) in float32. With at most two lanes
    not zero it is their one rounded sum, whatever the tree (most lanes of a sparse row are zero)."""
    filled = [value for value in lanes if value]
    if len(filled) < 3:
        return (f32(filled[0] + filled[1]) if len(filled) == 2 else filled[0]) if filled else 0.0
    a, b, c, d, e, f, g, h = lanes
    return _add(_add(_add(a, b), _add(c, d)), _add(_add(e, f), _add(g, h)))


def _in_order(items: list[tuple[int, float]], total: float) -> float:
    for _, value in items:
        total = _add(total, value)
    return total


# --- what the aligner computes from the similarities -----------------------------------------


def positions(left_places: list[float], right_places: list[float]) -> Grid:
    """align._position_closeness: 1 - |relative position left - right| in float32."""
    return Grid([[f32(1.0 - abs(f32(a - b))) for b in right_places] for a in left_places], len(right_places))


def relative_positions(sentences: list[int], last: int) -> list[float]:
    last = f32(last) or 1.0
    return [f32(s / last) for s in sentences]


def position_scores(text: Grid, closeness: Grid, weight_position: float) -> Grid:
    """text * (1 - weight_position * (1 - closeness)), in float32."""
    weight = f32(weight_position)
    return Grid([[f32(t * f32(1.0 - f32(weight * f32(1.0 - p)))) if t else 0.0 for t, p in zip(row_t, row_p)]
                 for row_t, row_p in zip(text.rows, closeness.rows)], text.width)


def link_candidates(scores: Grid, threshold: float) -> list[tuple[float, int, int]]:
    """(CSLS margin, i, j) of the pairs scoring at least `threshold`, largest margin first, ties
    by the later claims (align._link_candidates)."""
    hub_l = _hubs(scores.rows, scores.width)
    hub_r = _hubs(scores.T.rows, len(scores.rows))
    floor = f32(threshold)
    found = [(f32(score - f32(f32(hub_l[i] + hub_r[j]) / 2)), i, j)
             for i, row in enumerate(scores.rows) for j, score in enumerate(row) if score >= floor]
    return sorted(found, reverse=True)


def _hubs(rows: list[list[float]], width: int, k: int = 3) -> list[float]:
    k = min(k, width)
    hubs = []
    for row in rows:
        total = 0.0
        for value in sorted(row, reverse=True)[:k]:
            total = f32(total + value)
        hubs.append(f32(total / k))
    return hubs


def near_scores(scores: Grid, rest_left: list[int], rest_right: list[int], near: list[list[bool]]) -> Grid:
    """The scores of the claims left alone, zero where not near the path."""
    return Grid([[scores.rows[i][j] if ok else 0.0 for j, ok in zip(rest_right, near_row)]
                 for i, near_row in zip(rest_left, near)], len(rest_right))


def bead_gains(bead: Grid, lengths_l: list[float], lengths_r: list[float], ratio: float, config, penalty: float) -> list[list[float]]:
    """align._with_length minus the path threshold and `penalty`, in float64 as numpy does; the
    beads' character lengths `lengths_l` x `lengths_r` are fitted (Gale-Church) only where their
    words overlap enough for the fit to count (most beads of a long article share no word)."""
    floor, weight, threshold = f32(config.length_floor), config.weight_length, config.path_threshold
    return [[(t + weight * length_fit(a, b, ratio) if t >= floor else t) - threshold - penalty for t, b in zip(row_t, lengths_r)]
            for row_t, a in zip(bead.rows, lengths_l)]


def length_fit(left: float, right: float, ratio: float) -> float:
    """Gale-Church: how likely character lengths `left` and `right` are translations of each other
    at the expected ratio (1 = exactly), exp(-z^2/2) with a variance of 6.8 (align._length_fit)."""
    z = (right - ratio * left) / math.sqrt(6.8 * left)
    return math.exp(-(z * z) / 2)


def monotone_path(gains: dict[tuple[int, int], list[list[float]]], beads, n: int, m: int, skip_left: int, skip_right: int) -> Grid:
    """align._monotone_path's table of moves, row by row in plain Python."""
    total = [0.0] * (m + 1)
    totals = [total]
    moves = [[skip_left] + [skip_right] * m]
    for i in range(1, n + 1):
        row, row_move = totals[i - 1][:], [skip_left] * (m + 1)
        for code, (di, dj) in enumerate(beads, start=1):
            if i < di or dj > m:
                continue
            gain, before = gains[(di, dj)][i - di], totals[i - di]
            for j in range(dj, m + 1):
                candidate = before[j - dj] + gain[j - dj]
                if candidate > row[j]:
                    row[j], row_move[j] = candidate, code
        best = -math.inf
        for j, value in enumerate(row):
            if value > best:
                best = value
            elif best > value:
                row_move[j] = skip_right
                row[j] = best
        totals.append(row)
        moves.append(row_move)
    return Grid(moves, m + 1)
