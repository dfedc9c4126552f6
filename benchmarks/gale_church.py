"""Length-based sentence alignment (Gale & Church 1993, "A Program for Aligning Sentences in
Bilingual Corpora", Computational Linguistics 19(1)), written from the paper's formulas.

The baseline the pipeline must beat. Only character lengths are used: a bead's cost is
-log P(match type) - log P(delta | match), with delta = (l2 - c*l1) / sqrt(s2 * l) the normalised
length difference, P(delta | match) = 2 * (1 - Phi(|delta|)), c = 1 and s2 = 6.8 (the paper's
estimates for character lengths), and the paper's bead priors.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Bead = tuple[tuple[int, ...], tuple[int, ...]]

# Table 5 of the paper; 1:0 and 0:1 share one category (as do 2:1 and 1:2), and the reference
# implementation charges each member the category's full probability.
PRIORS = {
    (1, 1): 0.89,
    (1, 0): 0.0099,
    (0, 1): 0.0099,
    (2, 1): 0.089,
    (1, 2): 0.089,
    (2, 2): 0.011,
}
MEAN_RATIO = 1.0  # c: expected target characters per source character
VARIANCE = 6.8  # s^2: variance of that ratio per source character
_TINY = 1e-300  # keeps log() finite for hopeless length differences


def _normal_cdf(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def bead_cost(len_src: int, len_tgt: int, prior: float,
              c: float = MEAN_RATIO, s2: float = VARIANCE) -> float:
    """-log(prior * P(delta)). The variance scales with the mean of both (length-normalised)
    sides rather than with l1 alone, as in the paper's program, so 0:1 beads are defined."""
    mean = (len_src + len_tgt / c) / 2.0
    delta = 0.0 if mean == 0 else (c * len_src - len_tgt) / math.sqrt(s2 * mean)
    p_delta = 2.0 * (1.0 - _normal_cdf(abs(delta)))
    return -math.log(prior) - math.log(max(p_delta, _TINY))


def align(src_lengths: Sequence[int], tgt_lengths: Sequence[int],
          c: float = MEAN_RATIO, s2: float = VARIANCE) -> list[Bead]:
    """Minimum-cost bead sequence covering both sides in order (dynamic programming)."""
    n, m = len(src_lengths), len(tgt_lengths)
    cost = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            for (di, dj), prior in PRIORS.items():
                if di > i or dj > j or cost[i - di][j - dj] == math.inf:
                    continue
                total = cost[i - di][j - dj] + bead_cost(
                    sum(src_lengths[i - di:i]), sum(tgt_lengths[j - dj:j]), prior, c, s2)
                if total < cost[i][j]:
                    cost[i][j] = total
                    back[i][j] = (di, dj)
    return _trace(back, n, m)


def _trace(back: list[list[tuple[int, int] | None]], i: int, j: int) -> list[Bead]:
    beads: list[Bead] = []
    while i or j:
        di, dj = back[i][j]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def align_texts(src: Sequence[str], tgt: Sequence[str]) -> list[Bead]:
    return align([len(s) for s in src], [len(t) for t in tgt])


def bead_pairs(beads: Sequence[Bead]) -> set[tuple[int, int]]:
    """Every (source, target) unit pair that shares a non-empty bead."""
    return {(s, t) for src, tgt in beads for s in src for t in tgt}
