"""Bounds on how much of a story is compared, so that a story's cost grows linearly.

Two limits, each announced on stderr when it changes what is compared:

* **Partners per article.** A story of N articles has N(N-1)/2 article pairs. Up to
  `COMPLETE_UP_TO` articles every pair is compared (a newsroom's editions in a dozen languages,
  66 pairs, are checked completely). Beyond that each article is compared with at most `MAX_PARTNERS` of its best candidates, found by
  blocking: an inverted index over language-neutral anchors (names, numbers, resolved dates,
  as the aligner sees them) and English pivot words, each shared token weighted by its rarity
  in the story. A token found in more than `MAX_POSTING` articles links each of them only to
  the `MAX_POSTING` nearest in input order, so building the candidates is linear in the story size.
* **Claims per alignment.** The aligner holds dense claim x claim and claim x vocabulary
  matrices. Two articles with more than `MAX_ALIGN_CLAIMS` claims (about 150 KB of prose) are
  aligned block by block: both are cut into the same number of consecutive blocks and block i
  is aligned with block i (facts far from their relative position in the other article are
  then missed). This keeps two 1 MB articles within memory until the aligner itself is sparse.
"""

from __future__ import annotations

import logging
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from .model import Claim, Pair

log = logging.getLogger("factcheck.blocking")

MAX_PARTNERS = 8
# Up to this many articles a story is compared completely: 66 article pairs cost less than one blocked
# story of 17 articles, and a small story's missing pairs would be the ones a reader checks first.
COMPLETE_UP_TO = 12
MAX_POSTING = 64
CANDIDATES_PER_ARTICLE = 4 * MAX_PARTNERS  # best-scored candidates kept per article before the choice
MAX_ALIGN_CLAIMS = 2000


def article_pairs(by_doc: dict[str, list[Claim]], story_id: str = "") -> list[tuple[str, str]]:
    """The article pairs to compare, each as (earlier, later) in input order."""
    docs = list(by_doc)
    every = [(a, b) for i, a in enumerate(docs) for b in docs[i + 1:]] if len(docs) <= COMPLETE_UP_TO else None
    if every is not None:
        return every
    chosen = _blocked_pairs(docs, {doc: _tokens(claims) for doc, claims in by_doc.items()})
    total = len(docs) * (len(docs) - 1) // 2
    log.warning(
        "story %s has %d articles: each is compared with at most %d partners that share rare names, numbers or "
        "words with it (%d of %d article pairs compared; see docs/scale.md)",
        story_id or "(unnamed)", len(docs), MAX_PARTNERS, len(chosen), total,
    )
    return chosen


def _tokens(claims: list[Claim]) -> set[str]:
    from .align import claim_anchors, content_words

    tokens: set[str] = set()
    for claim in claims:
        tokens |= claim_anchors(claim)
        tokens.update(content_words(claim.translation or claim.text).split())
    return tokens


def _blocked_pairs(docs: list[str], tokens: dict[str, set[str]]) -> list[tuple[str, str]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for index, doc in enumerate(docs):
        for token in sorted(tokens[doc]):  # sorted: the same choice under any hash seed
            postings[token].append(index)
    scores: list[Counter] = [Counter() for _ in docs]
    for members in postings.values():
        weight = math.log(len(docs) / len(members))
        for position, a in enumerate(members):
            row = scores[a]
            for b in members[_neighbours(len(members), position)]:
                if b != a:
                    row[b] += weight
    # Best shared evidence first (ties by input order, so the choice is deterministic); a pair is
    # taken while both articles have fewer than MAX_PARTNERS, so no article becomes a hub.
    candidates = {(min(a, b), max(a, b)): score for a, row in enumerate(scores)
                  for b, score in row.most_common(CANDIDATES_PER_ARTICLE)}
    degree = [0] * len(docs)
    pairs = []
    for (a, b), _ in sorted(candidates.items(), key=lambda item: (-item[1], item[0])):
        if degree[a] < MAX_PARTNERS and degree[b] < MAX_PARTNERS:
            degree[a] += 1
            degree[b] += 1
            pairs.append((a, b))
    return [(docs[a], docs[b]) for a, b in sorted(pairs)]


def _neighbours(count: int, position: int) -> slice:
    """The members of a posting of `count` around `position` (itself included): all of them; for a
    common token, only the MAX_POSTING nearest in input order (its weight is low anyway, and all of
    them would make the index quadratic)."""
    low = max(0, min(position - MAX_POSTING // 2, count - MAX_POSTING - 1))
    return slice(low, low + MAX_POSTING + 1)


def align_bounded(align: Callable[..., list[Pair]], left: list[Claim], right: list[Claim], config, embeddings=None) -> list[Pair]:
    """`align(left, right, config, embeddings)`, block by block when the articles are too long
    for the dense matrices (see the module docstring)."""
    blocks = math.ceil(max(len(left), len(right)) / MAX_ALIGN_CLAIMS)
    if blocks <= 1:
        return align(left, right, config, embeddings)
    log.warning(
        "articles %s and %s have %d and %d claims: aligned in %d blocks of at most %d claims by position "
        "(a fact far from its place in the other article is not matched)",
        left[0].doc, right[0].doc, len(left), len(right), blocks, MAX_ALIGN_CLAIMS,
    )
    pairs: list[Pair] = []
    for block in range(blocks):
        rows, columns = _block(len(left), blocks, block), _block(len(right), blocks, block)
        vectors = (embeddings[0][rows], embeddings[1][columns]) if embeddings is not None else None
        pairs.extend(align(left[rows], right[columns], config, vectors))
    return pairs


def _block(size: int, blocks: int, block: int) -> slice:
    return slice(size * block // blocks, size * (block + 1) // blocks)


def compared_with(pairs: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """For each article, the articles it was compared with (for omission messages)."""
    partners: dict[str, list[str]] = defaultdict(list)
    for a, b in pairs:
        partners[a].append(b)
        partners[b].append(a)
    return partners
