"""Align: score every cross-document claim pair and pick pairs (1:n allowed, low scores left alone).

Similarity of two claims = IDF-weighted soft overlap of their English content words and
language-neutral anchors (names, numbers, resolved dates); words match exactly or fuzzily
(rapidfuzz cdist over the story vocabulary), so untranslated cognates still count.

Two ways to pick pairs, chosen per document pair:
  * parallel texts (a translation, an edited copy): when the confident matches mostly keep their
    order, a monotone dynamic programme over sentences (like Gale-Church, Vecalign, Bertalign, but
    over our similarity) finds the best path with 1:1, 2:1, 1:2, ... and skip moves, so weak but
    well-placed pairs are kept and inserted or dropped sentences are skipped; within each sentence
    pair every claim takes its most similar partner; a few sentences skipped on both sides between
    two beads are aligned by their lengths; claims still alone may pair by free linking nearby;
  * independent articles (few confident matches, see align_facts.looks_comparable): fact-level,
    many-to-many links anchored on shared names, figures and dates (factcheck/align_facts.py), plus
    competitive linking on similarity x position, ranked by a hubness-corrected margin (CSLS), with
    1:n links where they are clearly earned, for claims that share wording.
Every Pair carries its score and the evidence that made it.
"""

from __future__ import annotations

import copy
import importlib.util
import math
import re
import sys
from collections import Counter
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import align_small
from .align_facts import COUNT_HINT, LEFTOVER, WHEN_HINT, fact_links, leftover_values, looks_comparable, rare_shared_words
from .align_small import Grid, block_of, f32
from .claim_memo import per_claim
from .model import Claim, Pair
from .translate.english_words import ENGLISH_STOPWORDS


class _Numpy:
    """numpy, imported on first use: short articles are aligned without it (align_small), and
    importing it costs more than their whole alignment."""

    def __getattr__(self, name: str):
        import numpy

        globals()["np"] = numpy
        return getattr(numpy, name)


np = _Numpy()
# Article pairs of at most this many claim pairs are scored without numpy while no other work has
# imported it: for one story the import costs more than the plain-Python path (align_small),
# which is slower than numpy's products (~3x for parallel text) but needs no import; above it,
# numpy's products are worth the import even for one story.
SMALL_PAIRS = 2_500
# A run of more stories than this imports numpy before the first (`load_numpy`): the plain-Python
# path's extra ~10 ms a story of parallel text would exceed the ~50 ms import after ~5 stories.
NUMPY_STORIES = 4


def _numpy_loaded() -> bool:
    return "numpy" in sys.modules


@lru_cache(maxsize=1)
def numpy_installed() -> bool:
    """numpy is optional (the `fast` extra): without it every article pair, long ones block by
    block, is aligned in plain Python (align_small), with the same output."""
    return importlib.util.find_spec("numpy") is not None


def load_numpy() -> None:
    """Import numpy now (a run of many stories), so every story is aligned with it."""
    if numpy_installed():
        import numpy  # noqa: F401


@dataclass(frozen=True)
class AlignConfig:
    weight_position: float = 0.25  # share of the score that position can take away
    anchor_boost: float = 1.5  # names, numbers and dates weigh more than ordinary words
    fuzzy_cutoff: float = 82.0  # rapidfuzz ratio at which two words count as the same (cognates)
    threshold: float = 0.22  # below this a pair is not made (free linking)
    extra_partner_margin: float = 0.02  # CSLS margin a further (1:n) partner must reach
    path_threshold: float = 0.14  # on the monotone path a pair needs only this similarity
    merge_penalty: float = 0.02  # cost of each extra sentence in a bead (n:m is rarer than 1:1)
    weight_length: float = 0.2  # on the path, how much a Gale-Church length match adds to a bead
    length_floor: float = 0.05  # ... but only to beads whose words overlap at least this much
    source_word_weight: float = 0.3  # weight of a claim's own words (two non-English articles)
    source_word_min: int = 6  # ... of at least this many letters (short words are not cognates)
    weight_embeddings: float = 0.6  # share of embedding similarity when embeddings are given
    parallel_order: float = 0.8  # share of confident matches in order that makes a pair "parallel"
    gap_length_fit: float = 0.5  # Gale-Church fit at which a skipped sentence pair between path beads is a bead
    attach_gain: float = 0.3  # gain in length fit at which a lone sentence joins a neighbouring bead (refine)
    join_odds: float = 0.1  # two neighbouring beads become one when their length fits' product is below this x the joined fit
    gap_max: int = 5  # gaps of at most this many sentences a side are aligned by their lengths
    gap_unshared_anchors: int = 3  # ... unless they carry this many names and numbers between them, sharing none
    free_link_reach: int = 2  # sentences beyond the path's neighbouring pairs that a free link may reach


def align(left: list[Claim], right: list[Claim], config: AlignConfig | None = None, embeddings=None) -> list[Pair]:
    """Pairs between two documents' claims; statuses are filled in by compare.

    `embeddings`: optional (left, right) arrays of claim embeddings (factcheck.embeddings),
    mixed into the similarity with weight `config.weight_embeddings`."""
    config = config or AlignConfig()
    if not left or not right:
        return []
    # Two articles in languages other than English share cognates ("Expedition", "expédition")
    # that a word lexicon may translate apart; against English they would only dilute the bags.
    source_words = left[0].lang != "en" and right[0].lang != "en"
    bags = [claim_bag(c, config, source_words) for c in left + right]
    blocks = _anchored_blocks(bags[: len(left)], bags[len(left):], left, right, config)
    if blocks is None:
        return _align_bags(left, right, bags[: len(left)], bags[len(left):], config, embeddings)
    whole = _Whole(_idf_by_word(bags), _last_sentence(left), _last_sentence(right), _length_ratio(left, right))
    pairs = []
    for (a, b), (c, d) in blocks:
        # Each block is aligned with a margin of its neighbours' sentences, so that a bead across
        # the cut is seen whole; a block keeps the pairs of its own left claims.
        own = {claim.id for claim in left[a:b]}
        a, b = _sentence_start(left, a - BLOCK_MARGIN), _sentence_start(left, b + BLOCK_MARGIN)
        c, d = _sentence_start(right, c - BLOCK_MARGIN), _sentence_start(right, d + BLOCK_MARGIN)
        pairs += [pair for pair in _align_bags(left[a:b], right[c:d], bags[a:b], bags[len(left) + c:len(left) + d], config,
                                               (embeddings[0][a:b], embeddings[1][c:d]) if embeddings is not None else None, whole)
                  if pair.left in own]
    return pairs


@dataclass(frozen=True)
class _Whole:
    """What a block of two long articles is scored against: the whole articles' word weights,
    sentence positions and length ratio, so that a block scores its pairs as the whole would."""

    idf: dict[str, float]
    last_left: int
    last_right: int
    length_ratio: float


def _align_bags(left, right, bags_l, bags_r, config: AlignConfig, embeddings=None, whole: _Whole | None = None) -> list[Pair]:
    if embeddings is None and (not numpy_installed() or (whole is None and len(left) * len(right) <= SMALL_PAIRS and not _numpy_loaded())):
        similarity, text, positions, scores = _small_matrices(left, right, bags_l, bags_r, config, whole)
    else:
        similarity = _Similarity(bags_l, bags_r, config, embeddings, whole.idf if whole else None)
        text = similarity.matrix()
        positions = _position_closeness(left, right, (whole.last_left, whole.last_right) if whole else None)
        scores = text * (1.0 - config.weight_position * (1.0 - positions))
    if _single_sentences(left, right) or (_looks_parallel(text, config) and not looks_comparable(text)):
        chosen, method = _parallel_pairs(similarity, text, scores, left, right, config, whole.length_ratio if whole else None)
        pairs = _path_pairs(left, right, chosen, method, similarity, text, scores, positions)
    else:  # separately written articles: fact-anchored, many-to-many links (align_facts.py)
        pairs = _fact_pairs(left, right, text, positions, similarity, _competitive_linking(scores, left, right, config),
                            whole_articles=whole is None, rare_words=rare_shared_words(bags_l, bags_r))
    if whole is not None:  # a block of two long articles: which value an article states alone is the whole article's question
        return pairs
    return pairs + _leftover_value_links(left, right, pairs, similarity, text, positions)


def _leftover_value_links(left, right, pairs, similarity, text, positions) -> list[Pair]:
    """A fact link for the one value of a kind (a figure's unit, a written-out day) that each article
    states and the other does not (`align_facts.leftover_values`): "Castel was also fined 180,000
    euros" / "… condamné à une amende de 150 000 euros", left apart by a path that pairs sentences by
    position, or by fact links that found no shared anchor. Compare reports what differs
    (`compare._leftover_value`)."""
    paired = {(pair.left, pair.right) for pair in pairs}
    return [Pair(left=left[i].id, right=right[j].id, score=round(float(text[i, j]), 3), status="agree",
                 evidence={"method": "facts", "text": round(float(text[i, j]), 3), "position": round(float(positions[i, j]), 3),
                           "shared": similarity.shared(i, j), "anchors": [f"{LEFTOVER}{kind}"]})
            for i, j, kind in leftover_values(left, right) if (left[i].id, right[j].id) not in paired]


def _small_matrices(left, right, bags_l, bags_r, config: AlignConfig, whole=None):
    """Similarity, text similarity, position closeness and scores of a short article pair,
    without numpy (align_small)."""
    similarity = _SmallSimilarity(bags_l, bags_r, config, whole.idf if whole else None)
    text = similarity.matrix()
    last_l, last_r = (whole.last_left, whole.last_right) if whole else (_last_sentence(left), _last_sentence(right))
    positions = align_small.positions(align_small.relative_positions([c.sentence for c in left], last_l),
                                      align_small.relative_positions([c.sentence for c in right], last_r))
    return similarity, text, positions, align_small.position_scores(text, positions, config.weight_position)


def _path_pairs(left, right, chosen, method, similarity, text, scores, positions) -> list[Pair]:
    """Pairs of the parallel path, each with its score and evidence."""
    return [
        Pair(
            left=left[i].id,
            right=right[j].id,
            score=round(float(text[i, j] if (i, j) in method else scores[i, j]), 3),
            status="agree",
            evidence={
                "method": method.get((i, j), "linking"),
                "text": round(float(text[i, j]), 3),
                "position": round(float(positions[i, j]), 3),
                "shared": similarity.shared(i, j),
            },
        )
        for i, j in chosen
    ]


def _fact_pairs(left, right, text, positions, similarity, word_links, whole_articles: bool = True, rare_words=None) -> list[Pair]:
    """Pairs for the links of align_facts, each with its score and the anchors it rests on;
    `whole_articles`: the claims are the two articles', not a block of them; `rare_words`: the
    words only two claims use (`align_facts.rare_shared_words`)."""
    return [
        Pair(left=left[link.left].id, right=right[link.right].id, score=link.score, status="agree",
             evidence={"method": "facts", "text": link.text, "position": round(float(positions[link.left, link.right]), 3),
                       "shared": similarity.shared(link.left, link.right), "anchors": list(link.anchors),
                       **({"faint": list(link.faint)} if link.faint else {})})
        for link in fact_links(left, right, text, word_links, whole_articles=whole_articles, rare_words=rare_words)
    ]


def _parallel_pairs(similarity, text, scores, left, right, config, ratio: float | None = None) -> tuple[list[tuple[int, int]], dict]:
    """The sentence path, its gaps filled and boundaries refined, then free links; with each
    pair's method ("path" or "gap"; free links have none and count as "linking"). `ratio`: of the
    right to the left text's length (default: of these claims' sentences)."""
    small = isinstance(text, Grid)
    sentences_l, sentences_r = _Sentences.of(left, small), _Sentences.of(right, small)
    ratio = ratio or _Sentences.length_ratio(sentences_l, sentences_r)
    path = _sentence_path(similarity, text, sentences_l, sentences_r, ratio, config)
    gaps = _fill_gaps(path, text, sentences_l, sentences_r, ratio, config)
    refined = _Gaps(sentences_l, sentences_r, text, config, ratio).refine(sorted(path + gaps))
    chosen = _add_free_links(refined, scores, left, right, config)
    on_path = set(path)
    return chosen, {pair: "path" if pair in on_path else "gap" for pair in refined}


@per_claim
def claim_bag(claim: Claim, config: AlignConfig, source_words: bool = False) -> dict[str, float]:
    """Content words of the English pivot text, plus language-neutral anchors, with boosts;
    with `source_words`, the claim's own longer words too, weighing less."""
    anchors = claim_anchors(claim)
    lowered = {a.lower() for a in anchors}
    bag = {word: 1.0 for word in content_words(claim.translation or claim.text).split() if word not in lowered}
    for anchor in anchors:
        bag[anchor] = config.anchor_boost
    # Both claims say *when* or *how many*: a weak hint that they are about the same event even
    # when the values differ (which is exactly what compare must then report).
    if _dated(claim):
        bag[WHEN_HINT] = 1.0
    if claim.numbers:
        bag[COUNT_HINT] = 1.0
    if source_words:
        for word in re.findall(r"[^\W\d_]{%d,}" % config.source_word_min, claim.text.lower()):
            bag.setdefault(word, config.source_word_weight)
    return bag


class _Similarity:
    """IDF-weighted soft Dice overlap of word bags, vectorised.

    Words match exactly or fuzzily (rapidfuzz ratio over the story's vocabulary, so untranslated
    cognates such as "telecommunicatie"/"telecommunications" still count). For claim i with
    weights v_i and coverage c_j[w] = how well claim j covers word w, the overlap is v_i . c_j.
    Two neighbouring claims merge by adding weights and taking the larger coverage, which gives
    the similarity of 2:1 and 1:2 beads without building new bags.
    """

    def __init__(self, left_bags, right_bags, config: AlignConfig, embeddings=None, idf: dict | None = None):
        """`idf`: word -> weight from a larger text than these bags (a block of a long article)."""
        self.left_bags, self.right_bags = left_bags, right_bags
        self.embeddings, self.weight_embeddings = embeddings, config.weight_embeddings
        vocabulary = sorted({w for bag in left_bags + right_bags for w in bag})
        self.index = {w: k for k, w in enumerate(vocabulary)}
        self.similar = _word_similarity(vocabulary, config)
        self.alike_pairs = _alike_words(self.similar)
        fuzzy = np.zeros(len(vocabulary), dtype=bool)
        fuzzy[self.alike_pairs[0]] = True
        if idf is None:
            self.idf = _idf(left_bags + right_bags, self.index)
        else:
            self.idf = np.array([idf[w] for w in vocabulary], dtype=np.float32)
        self.weights_l, self.cover_l = _weights_and_cover(left_bags, self.index, self.idf, self.similar, fuzzy)
        self.weights_r, self.cover_r = _weights_and_cover(right_bags, self.index, self.idf, self.similar, fuzzy)

    def matrix(self) -> np.ndarray:
        return self.bead(1, 1)

    def of_sentences(self, groups_l: list[list[int]], groups_r: list[list[int]]) -> _Similarity:
        """The same similarity between groups of claims (whole sentences), merged as in `bead`."""
        merged = copy.copy(self)
        merged.weights_l, merged.cover_l = _merge_groups(self.weights_l, self.cover_l, groups_l)
        merged.weights_r, merged.cover_r = _merge_groups(self.weights_r, self.cover_r, groups_r)
        if self.embeddings is not None:
            left, right = self.embeddings
            merged.embeddings = (np.array([left[g].sum(axis=0) for g in groups_l]), np.array([right[g].sum(axis=0) for g in groups_r]))
        return merged

    def bead(self, left_size: int, right_size: int) -> np.ndarray:
        """Similarity of `left_size` neighbouring left claims together (row i: claims i..) to
        `right_size` neighbouring right claims together (column j: claims j..)."""
        weights_l, cover_l = _merge_neighbours(self.weights_l, self.cover_l, left_size)
        weights_r, cover_r = _merge_neighbours(self.weights_r, self.cover_r, right_size)
        lexical = _dice(weights_l, cover_l, weights_r, cover_r)
        if self.embeddings is None:
            return lexical
        from .embeddings import merge_neighbours, rescaled_cosine

        left, right = self.embeddings
        semantic = rescaled_cosine(merge_neighbours(left, left_size), merge_neighbours(right, right_size))
        return (1.0 - self.weight_embeddings) * lexical + self.weight_embeddings * semantic

    def shared(self, i: int, j: int) -> list[str]:
        words, right, index = list(self.left_bags[i]), self.right_bags[j], self.index
        if not words or not right:
            return []
        # A word of both bags is shared; only the others look for a similar spelling among the
        # right bag's words, through the few words each is similar to.
        columns = None
        both = []
        for word in words:
            if word not in right:
                alike = self.alike.get(index[word])
                if not alike:
                    continue
                columns = columns if columns is not None else {index[o] for o in right}
                if alike.isdisjoint(columns):
                    continue
            both.append(word)
        idf = self._idf_values
        return sorted(both, key=lambda w: (-idf[index[w]], w))[:6]  # ties by name: stable output

    @cached_property
    def alike(self) -> dict[int, set[int]]:
        """Vocabulary index -> the other words similar to it (the words with a fuzzy match only)."""
        rows, columns = self.alike_pairs
        starts = np.flatnonzero(np.diff(rows, prepend=-1)).tolist()  # rows come sorted: one run per word
        return {int(rows[start]): set(columns[start:end].tolist()) for start, end in zip(starts, starts[1:] + [len(rows)])}

    @cached_property
    def _idf_values(self) -> list[float]:
        return self.idf.tolist()


class _SmallSimilarity(_Similarity):
    """The same similarity over sparse rows in plain Python (align_small), for short articles."""

    def __init__(self, left_bags, right_bags, config: AlignConfig, idf: dict | None = None):
        self.left_bags, self.right_bags, self.embeddings = left_bags, right_bags, None
        vocabulary = sorted({w for bag in left_bags + right_bags for w in bag})
        self.index = {w: k for k, w in enumerate(vocabulary)}
        self.width = len(vocabulary)
        similar = _similar_words(vocabulary, config)
        self.alike = {k: set(others) for k, others in similar.items()}
        if idf is None:
            self.idf = self._idf_values = align_small.idf(left_bags + right_bags, self.index)
        else:
            self.idf = self._idf_values = [idf[w] for w in vocabulary]
        self.weights_l, self.cover_l = align_small.weights_and_cover(left_bags, self.index, self.idf, similar)
        self.weights_r, self.cover_r = align_small.weights_and_cover(right_bags, self.index, self.idf, similar)
        self._neighbours: dict[tuple[int, int], align_small.Rows] = {}

    def of_sentences(self, groups_l: list[list[int]], groups_r: list[list[int]]) -> _SmallSimilarity:
        merged = copy.copy(self)
        merged.weights_l, merged.cover_l = align_small.merge_groups(self.weights_l, self.cover_l, groups_l)
        merged.weights_r, merged.cover_r = align_small.merge_groups(self.weights_r, self.cover_r, groups_r)
        merged._neighbours = {}
        return merged

    def bead(self, left_size: int, right_size: int) -> Grid:
        return align_small.dice(self._merged(0, left_size), self._merged(1, right_size))

    def _merged(self, side: int, size: int) -> align_small.Rows:
        """One side's rows with `size` neighbours merged, made once for all the bead shapes that use them."""
        key = (side, size)
        if key not in self._neighbours:
            weights, cover = (self.weights_l, self.cover_l) if side == 0 else (self.weights_r, self.cover_r)
            self._neighbours[key] = align_small.Rows(*align_small.merge_neighbours(weights, cover, size), self.width)
        return self._neighbours[key]


def _similar_words(vocabulary: list[str], config: AlignConfig) -> dict[int, dict[int, float]]:
    """`_word_similarity` as sparse rows: word -> {other word: similarity} for the fuzzy matches."""
    from rapidfuzz import fuzz, process

    forms = {k: _fuzzy_form(w) for k, w in enumerate(vocabulary) if w[:1] not in "#@"}  # numbers and dates match only themselves
    order = sorted(forms, key=lambda k: len(forms[k]))
    choices = [forms[k] for k in order]
    lengths = [len(form) for form in choices]
    # The ratio is symmetric and at most 200 x shorter / (shorter + longer): each word is compared
    # only with the longer words (or as long, after it) that could reach the cutoff.
    longest = 200.0 / config.fuzzy_cutoff - 1.0
    similar: dict[int, dict[int, float]] = {}
    for a, k in enumerate(order):
        end = bisect_right(lengths, lengths[a] * longest + 1e-9)
        for _, score, found in process.extract(choices[a], choices[a + 1:end], scorer=fuzz.ratio, processor=None,
                                               score_cutoff=config.fuzzy_cutoff, limit=None):
            other = order[a + 1 + found]
            value = f32(f32(score) / 100.0)
            if vocabulary[k][:1].isupper() == vocabulary[other][:1].isupper() or value >= 1.0:
                similar.setdefault(k, {})[other] = value
                similar.setdefault(other, {})[k] = value
    return similar


def _alike_words(similar: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(word, other word) index pairs of the fuzzy matches, by word (most words have none)."""
    # Similarities are 0, at least the fuzzy cutoff, or 1 (the word itself): a row summing to more
    # than 1 has a match, and only those rows are searched.
    rows = np.flatnonzero(similar.sum(axis=1) > 1.0)
    found, columns = np.nonzero(similar[rows])
    rows = rows[found]
    other = rows != columns
    return rows[other], columns[other]


def _word_similarity(vocabulary: list[str], config: AlignConfig) -> np.ndarray:
    similar = _fuzzy_ratios([_fuzzy_form(w) for w in vocabulary], config.fuzzy_cutoff) / 100.0
    # dtype=bool: with an empty vocabulary (claims of punctuation only) numpy would make float
    # arrays, which cannot index.
    exact_only = np.array([w[:1] in "#@" for w in vocabulary], dtype=bool)
    names = np.array([w[:1].isupper() for w in vocabulary], dtype=bool)
    similar[exact_only, :] = 0.0  # numbers and dates match only themselves: 11-30 is not 12-30
    similar[:, exact_only] = 0.0
    # Names match names (fuzzily: transliterations), and words only when spelled the same: English
    # capitalises titles and the nouns of names ("Judge Kavanaugh", "Democratic Party"), which the
    # other article's translation has in lower case ("juge" -> "judge").
    name_and_word = names[:, None] != names[None, :]
    similar[name_and_word & (similar < 1.0)] = 0.0
    np.fill_diagonal(similar, 1.0)
    return similar


RATIO_BLOCK = 64  # words scored against the others at once by `_fuzzy_ratios`


def _fuzzy_ratios(forms: list[str], cutoff: float) -> np.ndarray:
    """`process.cdist(forms, forms, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.float32)`,
    with each block of words of similar length scored only against the words whose length lets
    the ratio reach the cutoff (at most 200 x shorter / (shorter + longer)): the same matrix for
    ~60 % of the work (the NTREX batch's 123 story vocabularies: 0.12 -> 0.075 s)."""
    from rapidfuzz import fuzz, process

    if cutoff <= 0 or len(forms) <= RATIO_BLOCK:
        return process.cdist(forms, forms, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.float32)
    longest = 200.0 / cutoff - 1.0
    order = sorted(range(len(forms)), key=lambda k: len(forms[k]))
    lengths = [len(forms[k]) for k in order]
    ratios = np.zeros((len(forms), len(forms)), dtype=np.float32)
    for first in range(0, len(order), RATIO_BLOCK):
        rows = order[first:first + RATIO_BLOCK]
        # a margin of a letter each way: a word more is scored, never one less
        columns = order[bisect_left(lengths, lengths[first] / longest - 1):bisect_right(lengths, lengths[first + len(rows) - 1] * longest + 1)]
        ratios[np.ix_(rows, columns)] = process.cdist([forms[k] for k in rows], [forms[k] for k in columns], scorer=fuzz.ratio,
                                                      score_cutoff=cutoff, dtype=np.float32)
    return ratios


@lru_cache(maxsize=50_000)
def _fuzzy_form(word: str) -> str:
    """Lower case, punctuation dropped and accents folded, so "télécommunications" meets "telecommunications"."""
    from rapidfuzz import utils

    folded = unicodedata.normalize("NFKD", utils.default_process(word))
    return "".join(c for c in folded if not unicodedata.combining(c))


def _dice(weights_l, cover_l, weights_r, cover_r) -> np.ndarray:
    overlap = weights_l @ cover_r.T + (weights_r @ cover_l.T).T
    totals = weights_l.sum(axis=1)[:, None] + weights_r.sum(axis=1)[None, :]
    return np.divide(overlap, totals, out=np.zeros_like(overlap), where=totals > 0)


def _merge_neighbours(weights: np.ndarray, cover: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    rows = len(weights) - size + 1
    if rows <= 0:
        return weights[:0], cover[:0]
    merged_weights, merged_cover = weights[:rows].copy(), cover[:rows].copy()
    for offset in range(1, size):
        merged_weights += weights[offset:offset + rows]
        np.maximum(merged_cover, cover[offset:offset + rows], out=merged_cover)
    return merged_weights, merged_cover


def _merge_groups(weights: np.ndarray, cover: np.ndarray, groups: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    merged_weights = np.array([weights[g].sum(axis=0) for g in groups]).reshape(len(groups), weights.shape[1])
    merged_cover = np.array([cover[g].max(axis=0) for g in groups]).reshape(len(groups), cover.shape[1])
    return merged_weights, merged_cover


def _idf(bags, index) -> np.ndarray:
    columns = np.fromiter((index[word] for bag in bags for word in bag), dtype=np.intp)
    counts = np.bincount(columns, minlength=len(index)).astype(np.float32)  # claims holding each word
    return np.log((len(bags) + 1) / (counts + 1)) + 1.0


def _idf_by_word(bags) -> dict[str, float]:
    """The same weights as `_idf`, as a mapping over the whole of two long articles (in plain
    Python without numpy)."""
    words = list(Counter(word for bag in bags for word in bag))
    index = {w: k for k, w in enumerate(words)}
    return dict(zip(words, _idf(bags, index).tolist() if numpy_installed() else align_small.idf(bags, index)))


def _weights_and_cover(bags, index, idf, similar, fuzzy: np.ndarray):
    """Row i: the idf-weighted words of bag i, and how well it covers each word of the vocabulary
    (the best similarity of its words to it). A word similar to no other word covers itself
    alone (1.0 on the diagonal), so only the rows with such a fuzzy match take a maximum."""
    weights = np.zeros((len(bags), len(index)), dtype=np.float32)
    cover = np.zeros_like(weights)
    lengths = [len(bag) for bag in bags]
    rows, ends = np.repeat(np.arange(len(bags)), lengths), np.cumsum(lengths, dtype=np.intp)
    columns = np.fromiter((index[w] for bag in bags for w in bag), dtype=np.intp, count=len(rows))
    weights[rows, columns] = idf[columns] * np.fromiter((v for bag in bags for v in bag.values()), dtype=np.float32, count=len(rows))
    cover[rows, columns] = 1.0
    # The rows with a fuzzy match, ascending (np.unique would import numpy.ma: 16 ms a run)
    for row in np.flatnonzero(np.bincount(rows[fuzzy[columns]])):
        cover[row] = similar[columns[ends[row] - lengths[row]:ends[row]]].max(axis=0)
    return weights, cover


def content_words(text: str) -> str:
    words = (w for w in re.findall(r"[\w'-]+", text.lower()) if w not in ENGLISH_STOPWORDS and len(w) > 1)
    return " ".join(_normalised(w) for w in words)


@lru_cache(maxsize=50_000)
def _normalised(word: str) -> str:
    """Lemma, then the representative of its synonym group (looked up by surface form too,
    since the lemmatiser turns some adjectives into verbs: "unfettered" -> "unfetter")."""
    lemma = _lemma(word)
    return SYNONYMS.get(word) or SYNONYMS.get(lemma) or lemma


# News verbs and nouns that translations render with different English words; each maps to
# one representative. Small on purpose: no offline English thesaurus ships in a wheel.
_SYNONYM_GROUPS = (
    "stop halt cease end quit discontinue shut terminate",
    "leave withdraw exit depart retreat pull",
    "say state tell declare announce report claim",
    "demand require request insist ask",
    "help assist support aid",
    "access entry",
    "company firm business enterprise producer manufacturer",
    "government authority authorities administration state regime",
    "customer client user",
    "investigation inquiry probe examination",
    "criminal crime",
    "security safety",
    "unlimited unfettered unrestricted",
    "activity operation work business",
    "deadline term limit",
    "postpone delay defer extend",
    "block ban prohibit forbid",
    "encrypt encrypted encryption",
    "message messages",
)
SYNONYMS = {word: group.split()[0] for group in _SYNONYM_GROUPS for word in group.split()}


@lru_cache(maxsize=50_000)
def _lemma(word: str) -> str:
    from .lemmas import lemmatize

    return lemmatize(word, "en")


def claim_anchors(claim: Claim) -> set[str]:
    """Language-neutral handles: names, number values and resolved times."""
    anchors = {name_key(e.text) for e in claim.entities} | capitalised_words(claim.text)
    if claim.attribution and claim.attribution.source[:1].isupper():
        anchors.add(name_key(claim.attribution.source))
    anchors |= {f"#{q.value:g}" for q in claim.numbers}
    anchors |= {f"@{t.value}" for t in _dated(claim) if t.value}
    anchors |= {f"@{t.anchor}" for t in _dated(claim) if not t.value and t.anchor}
    # a time of day on a day dates that day, as in align_facts ("mardi à 21h15" / "Tuesday")
    anchors |= {f"@{t.earliest}" for t in claim.times if t.type == "TIME" and t.earliest}
    return {a for a in anchors if a}


def _dated(claim: Claim) -> list:
    """The claim's dates: a duration, a frequency or "now" says little about which event it is."""
    return [t for t in claim.times if t.type == "DATE" and t.granularity != "ref"]


def capitalised_words(text: str) -> set[str]:
    """Capitalised words after the first: in German every noun is capitalised, so these are not
    all names, but a word spelled identically in another language's article almost always is
    one ("Leiden", "Merkel") even where the translation lexicon mistook it for a common word."""
    return {w for w in re.findall(r"(?<=\s)[A-ZÀ-Þ][\w'’-]*\w", text) if len(w) > 2 and not w.isupper()}


def name_key(name: str) -> str:
    # Names compare by their last token: "Marty Beard" and "Beard" share "Beard".
    last = name.split()[-1] if name.split() else ""
    return last.strip("'’").removesuffix("'s").removesuffix("’s")


def _position_closeness(left: list[Claim], right: list[Claim], last: tuple[int, int] | None = None) -> np.ndarray:
    """1 - distance of relative sentence positions (0 = first sentence, 1 = `last`, by default the
    last of these claims)."""
    last_l, last_r = last or (_last_sentence(left), _last_sentence(right))
    return 1.0 - np.abs(_relative_positions(left, last_l)[:, None] - _relative_positions(right, last_r)[None, :])


def _relative_positions(claims: list[Claim], last: int) -> np.ndarray:
    return np.array([c.sentence for c in claims], dtype=np.float32) / (np.float32(last) or 1.0)


def _last_sentence(claims: list[Claim]) -> int:
    return max(c.sentence for c in claims)


def _length_ratio(left: list[Claim], right: list[Claim]) -> float:
    # lengths as lists: whole numbers, so their sums are exact either way
    return _Sentences.length_ratio(_Sentences.of(left, small=True), _Sentences.of(right, small=True))


# --- long parallel articles: blocks between anchors ------------------------------------------

# Claims a side per block: the path and its similarities cost the square of a block's size, so
# long articles are aligned block by block, which keeps time and memory linear in their length.
BLOCK_CLAIMS = 150
RARE = 2  # a word at most this often on each side is an anchor word (names, numbers, rare words)
BLOCK_MARGIN = 40  # claims of the neighbouring blocks aligned with a block (not kept from it)
ANCHOR_REACH = 8  # an anchor cuts only where its neighbours in the chain are this close (claims)


def _anchored_blocks(bags_l, bags_r, left: list[Claim], right: list[Claim], config: AlignConfig):
    """((left start, end), (right start, end)) claim ranges of blocks of a long parallel article
    pair, cut at sentences that anchors tie together; None to align the pair as one block (short,
    or not parallel: independent articles have no order to cut along)."""
    if min(len(left), len(right)) <= 2 * BLOCK_CLAIMS:
        return None
    mutual = _rare_word_partners(bags_l, bags_r)
    chain = [mutual[k] for k in _increasing_run([j for _, j in mutual])]
    if len(chain) < 3 or len(chain) < config.parallel_order * len(mutual):
        return None
    first_l, first_r = _sentence_starts(left), _sentence_starts(right)
    cuts = [(0, 0)]
    for (i0, j0), (i, j), (i1, j1) in zip(chain, chain[1:], chain[2:]):
        if i1 - i0 > ANCHOR_REACH or j1 - j0 > ANCHOR_REACH:
            continue  # a lone anchor may be a repeated name far from its translation
        start_l, start_r = first_l[left[i].sentence], first_r[right[j].sentence]
        if (start_l - cuts[-1][0] >= BLOCK_CLAIMS and start_r > cuts[-1][1]
                and len(left) - start_l >= BLOCK_CLAIMS // 2 and len(right) - start_r >= BLOCK_CLAIMS // 2):
            cuts.append((start_l, start_r))
    if len(cuts) == 1:
        return None
    ends = cuts[1:] + [(len(left), len(right))]
    return [((a, c), (b, d)) for (a, b), (c, d) in zip(cuts, ends)]


def _rare_word_partners(bags_l, bags_r) -> list[tuple[int, int]]:
    """Claim pairs that are each other's best partner by the words that are rare on both sides,
    in left order (an inverted index: only claims that share such a word are ever compared)."""
    seen_l = Counter(w for bag in bags_l for w in bag)
    seen_r = Counter(w for bag in bags_r for w in bag)
    holders: dict[str, list[int]] = {}
    for j, bag in enumerate(bags_r):
        for word in bag:
            if seen_r[word] <= RARE and 0 < seen_l[word] <= RARE:
                holders.setdefault(word, []).append(j)
    shared: Counter = Counter((i, j) for i, bag in enumerate(bags_l) for word in bag for j in holders.get(word, ()))
    best_l: dict[int, tuple[int, int]] = {}
    best_r: dict[int, tuple[int, int]] = {}
    for (i, j), count in sorted(shared.items()):
        if count > best_l.get(i, (0, 0))[0]:
            best_l[i] = (count, j)
        if count > best_r.get(j, (0, 0))[0]:
            best_r[j] = (count, i)
    return [(i, j) for i, (_, j) in sorted(best_l.items()) if best_r[j][1] == i]


def _sentence_start(claims: list[Claim], index: int) -> int:
    """The first claim of the sentence of claim `index` (clipped to the claims)."""
    if index >= len(claims):
        return len(claims)
    index = max(index, 0)
    while index and claims[index - 1].sentence == claims[index].sentence:
        index -= 1
    return index


def _sentence_starts(claims: list[Claim]) -> dict[int, int]:
    """Sentence -> index of its first claim."""
    starts: dict[int, int] = {}
    for index, claim in enumerate(claims):
        starts.setdefault(claim.sentence, index)
    return starts


# --- parallel texts: a monotone path --------------------------------------------------------


def _looks_parallel(text: np.ndarray, config: AlignConfig) -> bool:
    """Do the confident matches (mutual best, above the free threshold) keep their order?
    Measured as the longest increasing run of their right-hand positions."""
    best_right = text.argmax(axis=1)
    best_left = text.argmax(axis=0)
    anchors = [int(best_right[i]) for i in range(text.shape[0]) if best_left[best_right[i]] == i and text[i, best_right[i]] >= _CONFIDENT]
    # Two in order are enough where they also cover much of the text (`looks_comparable`): a short
    # translation has few sentences to match.
    if len(anchors) < 2:
        return False
    return _longest_increasing(anchors) / len(anchors) >= config.parallel_order


def _single_sentences(left: list[Claim], right: list[Claim]) -> bool:
    """Two one-sentence texts (a quote and its translation, a headline against a headline) are
    compared in order: their clauses can only correspond left to right."""
    return all(c.sentence == left[0].sentence for c in left) and all(c.sentence == right[0].sentence for c in right)


def _longest_increasing(values: list[int]) -> int:
    return len(_increasing_run(values))


def _increasing_run(values: list[int]) -> list[int]:
    """Positions of a longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []  # smallest tail value of a run of each length
    ends: list[int] = []  # ... and its position
    before: list[int] = []  # position of the previous element in its run
    for position, value in enumerate(values):
        slot = bisect_left(tails, value)
        before.append(ends[slot - 1] if slot else -1)
        tails[slot:slot + 1], ends[slot:slot + 1] = [value], [position]
    run, position = [], ends[-1] if ends else -1
    while position >= 0:
        run.append(position)
        position = before[position]
    return run[::-1]


_CONFIDENT = f32(0.22)  # as float32: numpy compares float32 values with a float32 constant


# Moves of the path: (left sentences, right sentences) consumed by one bead. Sentence splitting
# differs between languages, so a sentence may face one to four on the other side.
_BEADS = ((1, 1), (2, 1), (1, 2), (3, 1), (1, 3), (2, 2), (1, 4), (4, 1), (2, 3), (3, 2))
_SKIP_LEFT, _SKIP_RIGHT = 0, len(_BEADS) + 1  # move codes around the beads' 1..len(_BEADS)
SMALL_PATH_CELLS = 2_500  # sentence pairs up to which the monotone path is filled in plain Python
# Claims of the other article up to which the sentence path reads the claim similarities from lists:
# listing a row and its transpose costs ~75 ns a value, and each of the path's two blocks a sentence
# pair is read ~5 us faster from lists than through numpy's indexing (10.8 against 5.3 us)
LISTED_COLUMNS = 150


def _monotone_path(similarity: _Similarity, lengths_l: np.ndarray, lengths_r: np.ndarray, ratio: float, config: AlignConfig) -> list[tuple[int, int]]:
    """Best monotone path through the units (sentences) of `similarity`, maximising the sum over
    its beads of similarity + length match - threshold - merge penalty; skipping one costs nothing.
    Rows are filled with numpy, and the skip-right move becomes a running maximum along the row
    (or in plain Python for a short article's similarity, align_small)."""
    if isinstance(similarity, _SmallSimilarity):
        n, m = len(similarity.weights_l), len(similarity.weights_r)
        gains = {shape: align_small.bead_gains(similarity.bead(*shape), _small_window_sums(lengths_l, shape[0]),
                                               _small_window_sums(lengths_r, shape[1]), ratio, config, config.merge_penalty * (sum(shape) - 2))
                 for shape in _BEADS}
        return _trace_path(align_small.monotone_path(gains, _BEADS, n, m, _SKIP_LEFT, _SKIP_RIGHT), n, m)
    bead_scores = {
        shape: _with_length(similarity.bead(*shape), _length_match(lengths_l, lengths_r, ratio, *shape), config)
        for shape in _BEADS
    }
    n, m = similarity.weights_l.shape[0], similarity.weights_r.shape[0]
    if n * m <= SMALL_PATH_CELLS:
        # A few sentences a side: numpy's per-call cost exceeds the loop's, and the table of
        # moves is the same (float64 sums and comparisons either way)
        gains = {shape: (scores - config.path_threshold - config.merge_penalty * (sum(shape) - 2)).tolist()
                 for shape, scores in bead_scores.items()}
        return _trace_path(align_small.monotone_path(gains, _BEADS, n, m, _SKIP_LEFT, _SKIP_RIGHT), n, m)
    total = np.zeros((n + 1, m + 1), dtype=np.float64)
    move = np.full((n + 1, m + 1), _SKIP_LEFT, dtype=np.int8)
    move[0, 1:] = _SKIP_RIGHT
    for i in range(1, n + 1):
        row, row_move = total[i - 1].copy(), np.full(m + 1, _SKIP_LEFT, dtype=np.int8)
        for code, (di, dj) in enumerate(_BEADS, start=1):
            if i < di or dj > m:
                continue
            gain = bead_scores[(di, dj)][i - di, :] - config.path_threshold - config.merge_penalty * (di + dj - 2)
            candidate = np.full(m + 1, -np.inf)
            candidate[dj:] = total[i - di, : m + 1 - dj] + gain[: m + 1 - dj]
            better = candidate > row
            row[better], row_move[better] = candidate[better], code
        running = np.maximum.accumulate(row)
        row_move[running > row] = _SKIP_RIGHT
        total[i], move[i] = running, row_move
    return _trace_path(move, n, m)


def _with_length(text: np.ndarray, length: np.ndarray, config: AlignConfig) -> np.ndarray:
    """Length helps only beads that share some words: an inserted, unrelated sentence of the
    right length must not be pulled onto the path."""
    return text + config.weight_length * length * (text >= config.length_floor)


def _length_match(lengths_l: np.ndarray, lengths_r: np.ndarray, ratio: float, left_size: int, right_size: int) -> np.ndarray:
    """Gale-Church: how likely the character lengths of two beads are translations of each
    other (1 = the expected ratio exactly), as exp(-z^2/2) with their variance of 6.8."""
    left, right = _window_sums(lengths_l, left_size), _window_sums(lengths_r, right_size)
    return _length_fit(left[:, None], right[None, :], ratio)


def _small_window_sums(lengths: list[float], size: int) -> list[float]:
    """`_window_sums` over a list."""
    return [sum(lengths[k:k + size]) for k in range(len(lengths) - size + 1)]


def _length_fit(left, right, ratio: float):
    if type(left) in (int, float) and type(right) in (int, float):  # plain numbers: no numpy needed
        return align_small.length_fit(left, right, ratio)
    z = (right - ratio * left) / np.sqrt(6.8 * left)
    return np.exp(-(z**2) / 2)


def _window_sums(values: np.ndarray, size: int) -> np.ndarray:
    """Sums of `size` neighbours; empty when there are fewer values (np.convolve would swap)."""
    if size > len(values):
        return values[:0]
    return np.convolve(values, np.ones(size), mode="valid")


def _trace_path(move: np.ndarray, i: int, j: int) -> list[tuple[int, int]]:
    pairs = []
    while i > 0 or j > 0:
        code = int(move[i, j]) if i > 0 else _SKIP_RIGHT
        if code == _SKIP_LEFT:
            i -= 1
        elif code == _SKIP_RIGHT:
            j -= 1
        else:
            di, dj = _BEADS[code - 1]
            pairs.extend((i - a - 1, j - b - 1) for a in range(di) for b in range(dj))
            i, j = i - di, j - dj
    return sorted(pairs)


def _sentence_path(similarity: _Similarity, text: np.ndarray, sentences_l: _Sentences, sentences_r: _Sentences,
                   ratio: float, config: AlignConfig) -> list[tuple[int, int]]:
    """The monotone path over whole sentences (their claims' bags merged), then within each
    sentence pair of it every claim with its most similar claim on the other side. Sentences, not
    clauses, are what translations keep in order; clause splitting differs between languages."""
    merged = similarity.of_sentences(sentences_l.claims, sentences_r.claims)
    if not isinstance(text, Grid) and text.shape[1] <= LISTED_COLUMNS:
        # one small block per sentence pair: read from lists (the same floats), not numpy's fancy indexing
        text = Grid(text.tolist(), text.shape[1])
    pairs = set()
    for s, t in _monotone_path(merged, sentences_l.lengths, sentences_r.lengths, ratio, config):
        pairs.update(_cover(sentences_l.claims[s], sentences_r.claims[t], text))
    return sorted(pairs)


# --- parallel texts: the path's gaps, sentence by sentence -----------------------------------


@dataclass
class _Sentences:
    """One side's sentences in text order: their claims and their character lengths."""

    claims: list[list[int]]
    lengths: np.ndarray
    of_claim: list[int]  # claim index -> position of its sentence
    anchors: list[set[str]]  # names and number values
    texts: list[str]

    @classmethod
    def of(cls, claims: list[Claim], small: bool = False) -> _Sentences:
        """`small`: lengths as a list (align_small), else a numpy array."""
        order = sorted({c.sentence for c in claims})
        at = {s: k for k, s in enumerate(order)}
        members: list[list[int]] = [[] for _ in order]
        anchors: list[set[str]] = [set() for _ in order]
        lengths = [1.0] * len(order)
        texts = [""] * len(order)
        for index, claim in enumerate(claims):
            members[at[claim.sentence]].append(index)
            lengths[at[claim.sentence]] = max(len(claim.sentence_text), 1)
            texts[at[claim.sentence]] = claim.sentence_text
            anchors[at[claim.sentence]] |= {name_key(e.text) for e in claim.entities} | {f"#{q.value:g}" for q in claim.numbers}
        return cls(members, lengths if small else np.array(lengths, dtype=np.float64), [at[c.sentence] for c in claims], anchors, texts)

    @staticmethod
    def length_ratio(left: _Sentences, right: _Sentences) -> float:
        """Characters of the right text per character of the left (Gale-Church's expected ratio)."""
        return sum(right.lengths) / sum(left.lengths)


def _fill_gaps(path, text: np.ndarray, sentences_l: _Sentences, sentences_r: _Sentences, ratio: float, config: AlignConfig) -> list[tuple[int, int]]:
    """Claim pairs for sentences the path skipped between two of its beads.

    Through a word lexicon a freely worded translation may share no word with its original, so
    the path skips it although both neighbours are linked; where a few sentences are skipped on
    both sides, they are aligned by their lengths alone (Gale-Church, within the gap). A
    translation keeps its names and numbers, so sentences carrying several of them but none in
    common are not one (an inserted sentence where one was dropped)."""
    gaps = _Gaps(sentences_l, sentences_r, text, config, ratio)
    beads = _sentence_beads(path, gaps.left, gaps.right)
    added = []
    for before, after in zip(beads, beads[1:]):
        gap_l = range(max(before[0]) + 1, min(after[0]))
        gap_r = range(max(before[1]) + 1, min(after[1]))
        if 0 < len(gap_l) <= config.gap_max and 0 < len(gap_r) <= config.gap_max:
            added += gaps.within(gap_l, gap_r)
    return added


class _Gaps:
    """Gale-Church by sentence lengths, for the few sentences between two path beads."""

    def __init__(self, left: _Sentences, right: _Sentences, text: np.ndarray, config: AlignConfig, ratio: float | None = None):
        self.left, self.right, self.text, self.config = left, right, text, config
        self.ratio = ratio or _Sentences.length_ratio(left, right)

    def within(self, gap_l: range, gap_r: range) -> list[tuple[int, int]]:
        """The beads (shapes as on the path) that best fit the lengths, each worth its fit -
        `gap_length_fit`; a sentence may stay out at no cost."""
        n, m = len(gap_l), len(gap_r)
        best = [[-math.inf] * (m + 1) for _ in range(n + 1)]
        best[0][0] = 0.0
        back: dict[tuple[int, int], tuple[int, int]] = {}
        for a in range(n + 1):
            for b in range(m + 1):
                for di, dj in ((1, 0), (0, 1)) + _BEADS:
                    if (a, b) == (0, 0) or di > a or dj > b:
                        continue
                    gain = self._bead_gain(gap_l[a - di:a], gap_r[b - dj:b]) if di and dj else 0.0
                    if best[a - di][b - dj] + gain > best[a][b]:
                        best[a][b], back[(a, b)] = best[a - di][b - dj] + gain, (di, dj)
        pairs, (a, b) = [], (n, m)
        while (a, b) != (0, 0):
            di, dj = back[(a, b)]
            if di and dj:
                rows = [c for s in gap_l[a - di:a] for c in self.left.claims[s]]
                pairs += _cover(rows, [c for t in gap_r[b - dj:b] for c in self.right.claims[t]], self.text)
            a, b = a - di, b - dj
        return pairs

    def refine(self, path) -> list[tuple[int, int]]:
        """Moves a sentence across the boundary of two neighbouring beads (or onto a lone
        sentence facing it) when it shares nothing with its own bead and the lengths of both fit
        better after the move: the path likes to merge a short, unmatched sentence ("En avant!")
        into its neighbour's bead, leaving its partner ("Vorwärts!") alone. A lone sentence joins a
        bead when its length fit gains at least `attach_gain` ("Bern:" to "Hallwag." / "Hallwag, Bern.")."""
        beads = self._with_lone_sentences(_sentence_beads(path, self.left, self.right))
        for first, second in zip(beads, beads[1:]):
            for side in (0, 1):
                self._move(first, second, side, max(first[side], default=None))
                self._move(second, first, side, min(second[side], default=None))
        beads = self._attach_fragments(beads)
        beads, bridges = self._join_split_beads(beads)
        return sorted(set(self._pairs(path, beads)) | set(bridges))

    def _attach_fragments(self, beads):
        """A lone sentence joins the neighbouring bead across a boundary that only one language's
        punctuation makes: French splits at semicolons and colons where German goes on with a comma
        ("Der 12. Juli - es wird hell, ..., Eile tut not." / "L'aube du 12 juillet se lève ...:" +
        "il faut se hâter."). With two such neighbours, the one it shares more words with."""
        kept = []
        for k, bead in enumerate(beads):
            neighbours = self._fragment_of(beads, k)
            if neighbours:
                side = 0 if bead[0] else 1
                (sentence,) = bead[side]
                max(neighbours, key=lambda other: self._similarity_to(sentence, side, other[1 - side]))[side].add(sentence)
            else:
                kept.append(bead)
        return kept

    def _fragment_of(self, beads, k: int) -> list:
        """The neighbouring beads of lone bead k across a weak boundary on its own side."""
        bead = beads[k]
        if bool(bead[0]) == bool(bead[1]):
            return []
        side = 0 if bead[0] else 1
        (sentence,) = bead[side]
        texts = (self.left if side == 0 else self.right).texts
        found = []
        if not re.search(r"[^\W\d_]{2}", texts[sentence]):  # no word at all: debris of the scan ("- _-")
            return found
        if k > 0 and all(beads[k - 1]) and sentence - 1 in beads[k - 1][side] and _weak_boundary(texts[sentence - 1], texts[sentence]):
            found.append(beads[k - 1])
        if k + 1 < len(beads) and all(beads[k + 1]) and sentence + 1 in beads[k + 1][side] and _weak_boundary(texts[sentence], texts[sentence + 1]):
            found.append(beads[k + 1])
        return found

    def _similarity_to(self, sentence: int, side: int, others: set[int]) -> float:
        """The best similarity of a sentence's claims to those of sentences on the other side."""
        own, facing = (self.left, self.right) if side == 0 else (self.right, self.left)
        text = self.text if side == 0 else self.text.T
        columns = [c for t in others for c in facing.claims[t]]
        return float(block_of(text, own.claims[sentence], columns).max())

    def _join_split_beads(self, beads):
        """Two neighbouring beads whose lengths fit badly alone but well together become one: the
        path cuts a 2:2 into two 1:1 where each side's first sentence says part of the other's second
        ("1. Vom Kangchendzönga ist ... nicht viel Neues" / "1. Kangchenjunga." + "Au point de vue ...").
        The best claim pair across the cut keeps them one bead."""
        joined, bridges = [], []
        for bead in beads:
            if joined and self._joins(joined[-1], bead):
                bridges.append(self._bridge(joined[-1], bead))
                joined[-1][0].update(bead[0])
                joined[-1][1].update(bead[1])
            else:
                joined.append(bead)
        return joined, bridges

    def _joins(self, first, second) -> bool:
        """Gale-Church odds: the joined bead must fit, and fit far better than the two beads' fits
        together (their product)."""
        if not all(first) or not all(second):
            return False
        together = self._fit((first[0] | second[0], first[1] | second[1]))
        return together >= self.config.gap_length_fit and self._fit(first) * self._fit(second) <= self.config.join_odds * together

    def _fit(self, bead) -> float:
        left, right = self.left.lengths, self.right.lengths
        return float(_length_fit(sum(left[s] for s in sorted(bead[0])), sum(right[t] for t in sorted(bead[1])), self.ratio))

    def _bridge(self, first, second) -> tuple[int, int]:
        """The most similar claim pair with one claim on each side of the cut."""
        crossings = [(a, b) for x, y in ((first, second), (second, first))
                     for a in self._claims(self.left, x[0]) for b in self._claims(self.right, y[1])]
        return max(crossings, key=lambda pair: self.text[pair])

    @staticmethod
    def _claims(sentences: _Sentences, chosen) -> list[int]:
        return [c for s in sorted(chosen) for c in sentences.claims[s]]

    def _with_lone_sentences(self, beads):
        """The beads in order, with each sentence alone in a gap of one side as a bead of its own."""
        out = []
        for before, after in zip(beads, beads[1:] + [None]):
            out.append(before)
            if after is None:
                break
            gap_l = range(max(before[0]) + 1, min(after[0]))
            gap_r = range(max(before[1]) + 1, min(after[1]))
            if not gap_l or not gap_r:
                out += [({s}, set()) for s in gap_l] + [(set(), {t}) for t in gap_r]
        return out

    def _move(self, source, target, side: int, sentence) -> None:
        other = 1 - side
        lone = not source[other]
        if sentence is None or not target[other]:
            return
        if not lone and (len(source[side]) < 2 or self._evidence(sentence, side, source[other])):
            return
        # A lone sentence has no evidence against it, but may just be a dropped one: it needs a clear gain.
        before = self._gain(source) + self._gain(target) + (self.config.attach_gain if lone else 0.0)
        source[side].remove(sentence)
        target[side].add(sentence)
        if self._gain(source) + self._gain(target) <= before:
            target[side].remove(sentence)
            source[side].add(sentence)

    def _evidence(self, sentence: int, side: int, others: set[int]) -> bool:
        return self._similarity_to(sentence, side, others) >= self.config.length_floor

    def _gain(self, bead) -> float:
        return self._bead_gain(sorted(bead[0]), sorted(bead[1])) if bead[0] and bead[1] else 0.0

    def _pairs(self, path, beads) -> list[tuple[int, int]]:
        """The path's claim pairs that stay inside a bead, and partners for the claims of
        sentences that have none inside their bead."""
        bead_of = {(0, s): k for k, bead in enumerate(beads) for s in bead[0]}
        bead_of |= {(1, t): k for k, bead in enumerate(beads) for t in bead[1]}
        kept = {(i, j) for i, j in path if bead_of[(0, self.left.of_claim[i])] == bead_of[(1, self.right.of_claim[j])]}
        linked = {(0, self.left.of_claim[i]) for i, _ in kept} | {(1, self.right.of_claim[j]) for _, j in kept}
        for bead in beads:
            if bead[0] and bead[1] and any((side, x) not in linked for side in (0, 1) for x in bead[side]):
                rows, columns = self._claims(self.left, bead[0]), self._claims(self.right, bead[1])
                kept.update(pair for pair in _cover(rows, columns, self.text)
                            if (0, self.left.of_claim[pair[0]]) not in linked or (1, self.right.of_claim[pair[1]]) not in linked)
        return sorted(kept)

    def _bead_gain(self, sentences_l, sentences_r) -> float:
        anchors_l = set().union(*(self.left.anchors[s] for s in sentences_l))
        anchors_r = set().union(*(self.right.anchors[t] for t in sentences_r))
        if _foreign_anchors(anchors_l, anchors_r, self.config):
            return -math.inf
        return self._fit((sentences_l, sentences_r)) - self.config.gap_length_fit


def _weak_boundary(before: str, after: str) -> bool:
    """Whether a sentence boundary may be one that only one language's punctuation makes: the first
    sentence ends in a colon, semicolon or comma, or the second starts in lower case, with a dash or
    a closing bracket ("... se lève dans un ciel où rampent des traînées de cirrus:" / "il faut se
    hâter.", "- kosteten ein paar Tage.")."""
    before, after = before.rstrip(), after.lstrip()
    return bool(before and after) and (before[-1] in ":;," or after[0].islower() or after[0] in "-–)")


def _foreign_anchors(left: set[str], right: set[str], config: AlignConfig) -> bool:
    return len(left | right) >= config.gap_unshared_anchors and not any(_same_anchor(a, b) for a in left for b in right)


def _same_anchor(left: str, right: str) -> bool:
    """Names also match inside a longer spelling ("Tooth" in an OCR's "BlackTooth"); numbers only exactly."""
    if left[:1] == "#" or right[:1] == "#" or min(len(left), len(right)) < 5:
        return left == right
    left, right = _fuzzy_form(left), _fuzzy_form(right)
    return left in right or right in left


def _sentence_beads(path, sentences_l: _Sentences, sentences_r: _Sentences) -> list[tuple[set[int], set[int]]]:
    """The path's claim pairs as beads of sentences (claim pairs sharing a sentence join), in order."""
    beads: list[tuple[set[int], set[int]]] = []
    for i, j in sorted(path):
        s, t = sentences_l.of_claim[i], sentences_r.of_claim[j]
        if beads and (s in beads[-1][0] or t in beads[-1][1]):
            beads[-1][0].add(s)
            beads[-1][1].add(t)
        else:
            beads.append(({s}, {t}))
    return beads


def _cover(rows: list[int], columns: list[int], text: np.ndarray) -> list[tuple[int, int]]:
    """Pairs that give every claim of two sentences its most similar partner in the other."""
    backwards = _best_partners(columns, rows, text.T)
    return sorted(set(_best_partners(rows, columns, text)) | {(i, j) for j, i in backwards})


def _best_partners(rows: list[int], columns: list[int], text: np.ndarray) -> list[tuple[int, int]]:
    return [(row, columns[int(best)]) for row, best in zip(rows, block_of(text, rows, columns).argmax(axis=1))]




def _add_free_links(path, scores: np.ndarray, left: list[Claim], right: list[Claim], config: AlignConfig) -> list[tuple[int, int]]:
    """Claims the path left alone may still pair a little out of order (clauses swapped across a
    sentence boundary), but only by free linking among themselves, at the free threshold, and
    only near where the path puts them: far away, one shared number or name pulls in a figure
    caption or a later mention of the same peak."""
    used_left = {i for i, _ in path}
    used_right = {j for _, j in path}
    rest_left = [i for i in range(len(left)) if i not in used_left]
    rest_right = [j for j in range(len(right)) if j not in used_right]
    if not rest_left or not rest_right:
        return sorted(path)
    near = _near_the_path(path, rest_left, rest_right, right, config)
    if isinstance(scores, Grid):
        sub = align_small.near_scores(scores, rest_left, rest_right, near)
    else:
        sub = scores[np.ix_(rest_left, rest_right)] * np.array(near, dtype=bool).reshape(len(rest_left), len(rest_right))
    extra = _competitive_linking(sub, [left[i] for i in rest_left], [right[j] for j in rest_right], config)
    return sorted(path + [(rest_left[a], rest_right[b]) for a, b in extra])


def _near_the_path(path, rest_left: list[int], rest_right: list[int], right: list[Claim], config: AlignConfig) -> list[list[bool]]:
    """Whether each right claim lies within `free_link_reach` sentences of the right sentences the
    path gives the left claim's neighbours (its nearest path pairs before and after)."""
    path = sorted(path)
    starts = [i for i, _ in path]
    sentences = [right[j].sentence for j in rest_right]
    near = []
    for i in rest_left:
        after = bisect_left(starts, i)
        low = right[path[after - 1][1]].sentence - config.free_link_reach if after > 0 else -math.inf
        high = right[path[after][1]].sentence + config.free_link_reach if after < len(path) else math.inf
        near.append([low <= s <= high for s in sentences])
    return near


# --- independent articles: competitive linking ----------------------------------------------


def _competitive_linking(scores: np.ndarray, left: list[Claim], right: list[Claim], config: AlignConfig) -> list[tuple[int, int]]:
    """Best pairs first, each claim once; then 1:n links where they are clearly earned.

    Candidates are ranked by a hubness-corrected margin (CSLS, as in cross-lingual retrieval):
    a short headline that resembles everything must beat its own average to win a pair.
    """
    partners_left: dict[int, list[int]] = {}
    partners_right: dict[int, list[int]] = {}
    chosen = []
    for gap, i, j in _link_candidates(scores, config):
        free = i not in partners_left and j not in partners_right
        if free or _may_extend(i, j, gap, scores, partners_left, partners_right, left, right, config):
            chosen.append((int(i), int(j)))
            partners_left.setdefault(i, []).append(j)
            partners_right.setdefault(j, []).append(i)
    return sorted(chosen)


def _link_candidates(scores, config: AlignConfig):
    """(CSLS margin, i, j) of the pairs scoring at least the free threshold, largest margin first,
    ties by the later claims."""
    if isinstance(scores, Grid):
        return align_small.link_candidates(scores, config.threshold)
    margin = scores - (_hub(scores, axis=1)[:, None] + _hub(scores, axis=0)[None, :]) / 2
    rows, columns = np.nonzero(scores >= config.threshold)
    gaps = margin[rows, columns]
    # (gap, i, j) in descending order, in one sort.
    order = np.lexsort((columns, rows, gaps))[::-1]
    return zip(gaps[order], rows[order].tolist(), columns[order].tolist())


def _hub(scores: np.ndarray, axis: int, k: int = 3) -> np.ndarray:
    """Mean of each claim's k best scores against the other side."""
    k = min(k, scores.shape[axis])
    return -np.sort(-scores, axis=axis).take(range(k), axis=axis).mean(axis=axis)


def _may_extend(i, j, gap, scores, partners_left, partners_right, left, right, config) -> bool:
    """A further link for a claim that already has a partner (1:n): only to a free claim and
    only when the pair clearly beats both claims' usual similarity (a positive CSLS margin).
    News articles restate a fact in several clauses, so this is common and worth keeping."""
    if (i in partners_left) == (j in partners_right):
        return False
    return gap >= f32(config.extra_partner_margin)  # gap is float32 (numpy compares in float32)
