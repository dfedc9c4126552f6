"""Automatic story grouping: articles about the same event, across languages, without labels.

Word-level similarity fails across languages (the seed pair shares 4 % of its words), but names,
acronyms and numbers survive translation: the seed pair shares 24 % of those "anchors". So each
article is reduced to a set of language-neutral anchors, and:

1. anchors are kept only when they can tell stories apart: seen in at least one other article (an
   anchor no other article has only dilutes the similarity), not in too many (years, "EU", the
   desk's own name...); German capitalised words (German capitalises every noun) only when an
   article in another language has them too;
2. MinHash LSH (hashlib and int arithmetic, `_candidate_pairs`) proposes candidate pairs from the anchor sets: each article meets only
   the articles in its own buckets, so the cost grows with the number of stories, not with the
   square of the number of articles;
3. candidate pairs within the publication-date window are scored by Jaccard weighted by anchor
   rarity (IDF): sharing "Zaev" says more than sharing "NATO";
4. pairs are merged strongest first with average linkage (two clusters merge only when their
   average pairwise similarity passes the threshold), clusters in order of first appearance, so
   the output is deterministic.

Only the anchor sets are kept in memory (a few dozen hashed ints per article), never the texts.
"""

from __future__ import annotations

import hashlib
import math
import re
import struct
import sys
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import chain, combinations

from .cachefile import kept
from .model import Document

# A word (a whole run of letters) that does not start with a lower-case letter of ASCII or Latin-1
# (ß-ÿ: the accented lower case of the six languages): those can be neither an acronym nor a name, and
# the regex steps over them where a Python test per word cost `cluster` ~10 % (other lower-case
# initials, "ł", "ő", are told apart in `_anchors_and_names`). The first letter is matched before the
# look back at the character before it, so most positions fail on one class test (scan 52 -> 31 ms).
WORD_START = r"[^\W\d_a-zß-ÿ]"
WORD_REST = r"(?<![^\W\d_].)[^\W\d_]*"
WORD = re.compile(WORD_START + WORD_REST)
# A number after its first digit: more digits, groups of three after a thousands separator, decimals
# ("28 000", "3.5").
NUMBER_REST = r"\d*(?:[.,  ]\d{3})*(?:[.,]\d+)?"
# Numbers and words in one scan, which opens with one character class (a digit or a word's first
# letter): the engine steps to the next such character in C, where a scan for numbers alone (opening with a
# repeat, `\d+`) tried a match at every position (two scans of 1.7 MB 37 -> 24 ms). A token is a
# number when its first character is a digit (that branch always matches then), else a WORD; the two
# never overlap (digits and separators against letters), so the tokens are what a scan for numbers
# (`\d` + NUMBER_REST) and one for WORD would find.
TOKEN = re.compile(r"[^\W_a-zß-ÿ](?:(?<=\d)" + NUMBER_REST + "|" + WORD_REST + ")")
# A capitalised word right after these (or at the start of a paragraph) is capitalised because it
# starts a sentence, not because it is a name.
SENTENCE_OPENERS = set(".!?:;\"“”„«»‘'(–—-")
# The words that open a sentence, found by a second scan that stops only at the openers (again a
# character class first): a word is a name when it occurs at least once elsewhere, so occurrences are
# counted per distinct word instead of looking back from each (46,000 words in 738 articles).
OPENED_WORD = re.compile("[\n" + re.escape("".join(sorted(SENTENCE_OPENERS))) + r"][ \t]*(" + WORD.pattern + ")")
TEXT_START_WORD = re.compile(r"[ \t]*(" + WORD.pattern + ")")
NON_DIGITS = re.compile(r"\D")
MIN_NUMBER_DIGITS = 2  # "1", "3" occur in every article
NAME_PREFIX = 6  # "Pakistan", "Pakistani", "pakistanais", "Pakistán" -> "pakist"
KEYWORD = re.compile(r"[^\W\d_]{4,}")
PIVOT_LANG = "en"  # the translation back-ends translate into English
# Languages that capitalise every noun: a capitalised word is a name only when another language's
# article has it too (ClusterItem.unconfirmed).
NOUN_CAPITALISING = frozenset({"de"})
# Short function words are already excluded by KEYWORD's length; these are the longer ones that the
# lexicon emits for almost every sentence.
ENGLISH_STOPWORDS = frozenset(
    "this that these those with from have were been being their there which would could should about after "
    "before they them will said says also more than other into some when what your over only such most "
    "very just while where because through during against between under again then once here both each "
    "many much even still does doing made make like well".split()
)


@dataclass
class ClusterConfig:
    threshold: float = 0.2  # minimum average weighted Jaccard of two clusters' anchor sets (tuned on NTREX dev)
    lsh_threshold: float = 0.1  # Jaccard at which LSH starts proposing a pair (recall first)
    num_perm: int = 128
    lsh: bool = True  # False: score every pair (quadratic; the benchmark's check of what LSH misses)
    date_window_days: int = 3  # articles further apart than this are never one story
    max_df: float = 0.1  # anchors in more than this share of the articles are dropped
    min_df_articles: int = 3  # ...but max_df never drops anchors seen in this few articles (nor in as many as the input has languages)
    min_anchors: int = 3  # articles with fewer anchors stay on their own
    seed: int = 1
    min_shared: int = 2  # anchors in fewer articles are dropped (1: keep all)
    idf: bool = True  # weight anchors by rarity


@dataclass
class ClusterItem:
    """What clustering needs to know about one article (the text itself is not kept)."""

    key: str
    lang: str
    published: date | None
    anchors: frozenset[str]
    # Anchors that count only when an article in another language has them too: German capitalises
    # every noun, so "Gebiet" or "Sanktionen" look like names but join German articles of unrelated
    # stories. A real name ("Zaev", "Palu") is found again in the other languages' articles.
    unconfirmed: frozenset[str] = frozenset()


@dataclass
class Clustering:
    clusters: list[list[int]]  # item indexes, clusters and members in order of first appearance


def cluster_item(doc: Document, translator=None) -> ClusterItem:
    """`translator` (a factcheck.translate back-end, e.g. "lexicon") adds translated keywords."""
    found, names = _anchors_and_names(doc.title, doc.text, doc.lang)
    unconfirmed = names if doc.lang in NOUN_CAPITALISING else set()
    if translator is not None:
        found |= keyword_anchors(doc.title, doc.text, doc.lang, translator)
    return ClusterItem(doc.id, doc.lang, doc.published, frozenset(found), frozenset(unconfirmed - found))


def anchors(title: str | None, text: str, lang: str = "en") -> set[str]:
    """Names (capitalised words not opening a sentence), acronyms and numbers, normalised so that
    the same anchor looks the same in every language. In a language that capitalises every noun
    only acronyms and numbers: its capitalised words are `capitalised_words`, which must be confirmed."""
    return _anchors_and_names(title, text, lang)[0]


def capitalised_words(title: str | None, text: str) -> set[str]:
    return _anchors_and_names(title, text, "")[1]


def _anchors_and_names(title: str | None, text: str, lang: str) -> tuple[set[str], set[str]]:
    """`anchors` and `capitalised_words` from one pass over the words (the scan is most of a
    `cluster` run). Each distinct word is looked at once."""
    tokens: Counter[str] = Counter()
    opened: Counter[str] = Counter()  # occurrences of a word where a sentence opens
    for body in (title or "", text):
        tokens.update(TOKEN.findall(body))
        opened.update(OPENED_WORD.findall(body))
        if first := TEXT_START_WORD.match(body):
            opened[first.group(1)] += 1
    found: set[str] = set()
    names: set[str] = set()
    for token, count in tokens.items():
        if token[0].isdecimal():  # what \d matches
            if len(digits := _digits(token)) >= MIN_NUMBER_DIGITS:
                found.add("#" + digits)
        elif token.isupper():  # an acronym: BBM, BES, NSA
            if len(token) >= 2:
                found.add(_fold(token))
        # (a lower-case initial beyond Latin-1, "ł", "ő", is neither upper case nor capitalised)
        elif len(token) >= 3 and token[0].isupper() and count > opened[token]:  # not only where a sentence opens
            names.add(_fold(token)[:NAME_PREFIX])
    if lang not in NOUN_CAPITALISING:
        found |= names
    return found, names


def _digits(number: str) -> str:
    return NON_DIGITS.sub("", number)  # 28,000 / 28.000 / 28 000 -> 28000


def keyword_anchors(title: str | None, text: str, lang: str, translator) -> set[str]:
    """Content words of the article's English rendering: what the story is about, beyond names.
    Marked with "~" so that a keyword never collides with a name anchor."""
    paragraphs = [part for part in ((title or "") + "\n\n" + text).split("\n\n") if part.strip()]
    english = paragraphs if lang == PIVOT_LANG else translator.translate(paragraphs, lang)
    return {"~" + _fold(word)[:NAME_PREFIX] for part in english for word in KEYWORD.findall(part.lower())
            if word not in ENGLISH_STOPWORDS}


@lru_cache(maxsize=100_000)  # names recur in and across articles
def _fold(word: str) -> str:
    """Lower case without accents: "Pakistán" and "Pakistan" must be one anchor."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def cluster(items: list[ClusterItem], config: ClusterConfig | None = None) -> Clustering:
    config = config or ClusterConfig()
    kept = _informative_anchors(items, config)
    weights = _idf_weights(kept, config)
    candidates = _candidate_pairs(kept, config) if config.lsh else _every_pair(kept, config)
    totals = [sum(map(weights.__getitem__, anchor_set)) for anchor_set in kept]
    scored = [(_pair_similarity(kept, weights, totals, a, b), a, b) for a, b in sorted(candidates) if _within_window(items[a], items[b], config)]
    linkage = _AverageLinkage(len(items), scored)
    # Strongest pairs first; two clusters merge only when their average pairwise similarity passes
    # the threshold (average linkage). Plain connected components chain related stories together
    # (two desks' articles on the same summit share every name) through one strong pair.
    for score, left, right in sorted(scored, key=lambda edge: (-edge[0], edge[1], edge[2])):
        if score < config.threshold:
            break
        root_left, root_right = _find(linkage.parent, left), _find(linkage.parent, right)
        if root_left != root_right and linkage.average(root_left, root_right) >= config.threshold:
            linkage.merge(root_left, root_right)
    return Clustering(_components(linkage.parent))


class _AverageLinkage:
    """Union-find plus, per cluster, the summed similarity of its scored pairs to each other cluster.
    A pair LSH did not propose (or outside the date window) counts as 0, so a merge costs the number
    of the clusters' scored pairs, not |A|x|B| similarity computations: a big story (hundreds of
    articles on one event) stays cheap."""

    def __init__(self, size: int, scored: list[tuple[float, int, int]]):
        self.parent = list(range(size))
        self.size = [1] * size
        self.links: list[dict[int, float]] = [{} for _ in range(size)]
        for score, a, b in scored:
            self.links[a][b] = self.links[b][a] = score

    def average(self, left: int, right: int) -> float:
        return self.links[left].get(right, 0.0) / (self.size[left] * self.size[right])

    def merge(self, left: int, right: int) -> None:
        root = _union(self.parent, left, right)
        gone = right if root == left else left
        self.size[root] += self.size[gone]
        for other, total in self.links[gone].items():
            if other == root:
                continue
            self.links[root][other] = self.links[root].get(other, 0.0) + total
            links_of_other = self.links[other]
            links_of_other[root] = links_of_other.get(root, 0.0) + links_of_other.pop(gone)
        self.links[root].pop(gone, None)
        self.links[gone] = {}


def _within_window(left: ClusterItem, right: ClusterItem, config: ClusterConfig) -> bool:
    if left.published and right.published:
        return abs((left.published - right.published).days) <= config.date_window_days
    return True


def _pair_similarity(anchor_sets: list[frozenset[str]], weights: dict[str, float], totals: list[float], a: int, b: int) -> float:
    """`similarity` with each article's summed weights computed once (`totals`): the union's weight is
    both totals less the shared weight, so a pair sums only what it shares."""
    shared = sum(map(weights.__getitem__, anchor_sets[a] & anchor_sets[b]))
    union = totals[a] + totals[b] - shared
    return shared / union if union > 0 else 0.0


def similarity(left: frozenset[str], right: frozenset[str], weights: dict[str, float] | None = None) -> float:
    """Jaccard, weighted by anchor rarity when `weights` is given: sharing "Zaev" says more than sharing "NATO"."""
    if weights is None:
        union = len(left | right)
        return len(left & right) / union if union else 0.0
    union = sum(weights[anchor] for anchor in left | right)
    return sum(weights[anchor] for anchor in left & right) / union if union else 0.0


def _anchors_by_language(items: list[ClusterItem]) -> dict[str, set[str]]:
    """Per language, the (confirmed) anchors of its articles."""
    by_language: dict[str, set[str]] = {}
    for item in items:
        by_language.setdefault(item.lang, set()).update(item.anchors)
    return by_language


def _idf_weights(anchor_sets: list[frozenset[str]], config: ClusterConfig) -> dict[str, float]:
    df = Counter(anchor for anchor_set in anchor_sets for anchor in anchor_set)
    total = max(len(anchor_sets), 1)
    if not config.idf:
        return {anchor: 1.0 for anchor in df}
    return {anchor: math.log(1 + total / count) for anchor, count in df.items()}


def _informative_anchors(items: list[ClusterItem], config: ClusterConfig) -> list[frozenset[str]]:
    """Each article's anchors that can tell stories apart: seen in another article (an anchor no
    other article has only dilutes the similarity), not in too many (years, "EU"), and, for the
    unconfirmed ones, seen in an article in another language."""
    df = Counter(chain.from_iterable(item.anchors | item.unconfirmed for item in items))
    by_language = _anchors_by_language(items)
    monolingual = len(by_language) <= 1  # nothing could confirm: trust them as names
    # One story told in every language of the input has each of its anchors that many times: in a
    # small input (one six-language story) max_df would otherwise drop every anchor it shares.
    story_in_every_language = len(by_language)
    limit = max(config.min_df_articles, story_in_every_language, config.max_df * len(items))
    common = {anchor for anchor, count in df.items() if count > limit}
    dropped = common | {anchor for anchor, count in df.items() if count < config.min_shared}
    kept = []
    for item in items:
        others = [anchors for lang, anchors in by_language.items() if lang != item.lang]
        confirmed = {anchor for anchor in item.unconfirmed - dropped
                     if monolingual or any(anchor in anchors for anchors in others)}
        kept.append(frozenset((item.anchors - dropped) | confirmed))
    return kept


def _candidate_pairs(anchor_sets: list[frozenset[str]], config: ClusterConfig) -> set[tuple[int, int]]:
    """MinHash LSH: articles whose signatures agree on every row of some band share a bucket, and
    only articles sharing a bucket are scored. A pair with anchor Jaccard s is proposed with
    probability 1 - (1 - s^rows)^bands, which rises steeply around `config.lsh_threshold`."""
    bands, rows = _band_shape(config.lsh_threshold, config.num_perm)
    permutations = _Permutations(*_permutations(config.num_perm, config.seed))
    band_values = struct.Struct(f"{rows * LANE_BYTES}s" * bands).unpack_from  # a signature's bands, in one call
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for index, anchor_set in enumerate(anchor_sets):
        if len(anchor_set) < config.min_anchors:
            continue
        for band_and_values in enumerate(band_values(permutations.minhash(anchor_set))):
            buckets.setdefault(band_and_values, []).append(index)
    # (one dict for all bands: the pairs come out article by article, and the many found again in
    # other bands meet the set's recently used entries; a dict per band was 2x slower at 7,380 articles)
    return {pair for members in buckets.values() if len(members) > 1 for pair in combinations(members, 2)}


def _every_pair(anchor_sets: list[frozenset[str]], config: ClusterConfig) -> set[tuple[int, int]]:
    usable = [index for index, anchor_set in enumerate(anchor_sets) if len(anchor_set) >= config.min_anchors]
    return set(combinations(usable, 2))


MERSENNE_PRIME = (1 << 61) - 1
HASH_MASK = (1 << 32) - 1
LANE_BYTES = 8  # a signature value (uint64, as numpy's MinHash stored them)
# Anchors whose permuted values are kept (~1.1 KB each at 128 permutations: at most ~36 MB however long
# the feed; 738 NTREX articles have ~2,000 distinct anchors).
LANES_KEPT = 32_768


class _Permutations:
    """MinHash signatures: per permutation, the smallest (a·h + b) mod p & 0xFFFFFFFF over the
    anchors' 32-bit SHA-1 hashes h (universal hashing; a, h, b < 2^32, so a·h + b < 2^64). In plain
    Python (numpy's import alone was ~15 % of a `cluster` run): one big integer holds an anchor's
    values for all permutations in 64-bit lanes, and a few operations on it compute them all at
    once and take the minimum lane by lane (SIMD within a register; ~2x loops over the values)."""

    def __init__(self, multipliers: bytes, offsets: bytes):
        self.count = len(multipliers) // LANE_BYTES
        self.multipliers, self.offsets = (int.from_bytes(values, sys.byteorder) for values in (multipliers, offsets))
        self.prime, self.ones, self.sevens, self.low_bits, self.guards = (
            self._in_every_lane(value) for value in (MERSENNE_PRIME, 1, 7, HASH_MASK, HASH_MASK + 1))
        self.lanes: dict[str, int] = {}  # anchors recur across articles: each is permuted once

    def _in_every_lane(self, value: int) -> int:
        return int.from_bytes(array("Q", [value] * self.count).tobytes(), sys.byteorder)

    def minhash(self, anchor_set: frozenset[str]) -> bytes:
        """The signature: `count` values of LANE_BYTES bytes each."""
        guarded = self.guards | self.low_bits  # the smallest values so far, each lane with its bit 32 set (2^32 + value)
        for anchor in anchor_set:
            lanes = self.lanes.get(anchor)
            if lanes is None:
                if len(self.lanes) >= LANES_KEPT:
                    self.lanes.clear()
                lanes = self.lanes[anchor] = self.permuted(anchor)
            # Per lane (values < 2^32): 2^32 + smallest - lanes keeps its bit 32 (no borrow from the
            # next lane) exactly where smallest >= lanes, and there its low 32 bits are smallest -
            # lanes; subtracted under a mask of 32 ones in those lanes, smallest becomes lanes there.
            difference = guarded - lanes
            not_larger = difference & self.guards
            guarded -= difference & (not_larger - (not_larger >> 32))
        smallest = guarded ^ self.guards if anchor_set else 0
        return smallest.to_bytes(LANE_BYTES * self.count, sys.byteorder)

    def permuted(self, anchor: str) -> int:
        """(a·h + b) mod p & 0xFFFFFFFF for every permutation, in lanes. x mod p for p = 2^61 - 1
        folds the bits above 61 onto the low ones: x < 2^64 gives y = (x & p) + (x >> 61) < 2^61 + 8,
        and (y + 1 folded once more) - 1 is y mod p exactly, 0 for y = p included, with no borrow
        between lanes (each lane's folded value is at least 1)."""
        hashed = int.from_bytes(hashlib.sha1(anchor.encode("utf-8")).digest()[:4], "little")
        lanes = self.multipliers * hashed + self.offsets
        lanes = (lanes & self.prime) + (lanes >> 61 & self.sevens) + self.ones
        return ((lanes & self.prime) + (lanes >> 61 & self.ones) - self.ones) & self.low_bits


# Both below are the same in every run and cost a run ~15 ms (600 band shapes tried): they are kept
# in the cache directory. The permutations are numpy's `RandomState(seed)` stream (NEP 19 froze it
# across numpy versions), drawn here in plain Python, so the signatures are those datasketch and our
# earlier numpy code computed, and no numpy is needed.
LSH_CONSTANTS = "cluster-lsh-2"


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[bytes, bytes]:
    """Multipliers and offsets of the permutations (uint64, native byte order)."""
    return kept(LSH_CONSTANTS, ("permutations", num_perm, seed), lambda: _new_permutations(num_perm, seed))


def _new_permutations(num_perm: int, seed: int) -> tuple[bytes, bytes]:
    """numpy's `RandomState(seed).randint(1, HASH_MASK, num_perm, uint64)`, then `randint(0, HASH_MASK, ...)`."""
    draw = _legacy_mt19937(seed)
    multipliers = array("Q", [1 + _bounded(draw, HASH_MASK - 2) for _ in range(num_perm)])
    offsets = array("Q", [_bounded(draw, HASH_MASK - 1) for _ in range(num_perm)])
    return multipliers.tobytes(), offsets.tobytes()


def _legacy_mt19937(seed: int):
    """The 32-bit outputs of numpy's legacy RandomState(seed): Mersenne Twister seeded by
    `init_genrand` (Python's `random.seed` would use `init_by_array`; its generator is the same
    MT19937, so the state is set directly)."""
    import random

    state = [seed & 0xFFFFFFFF]
    for position in range(1, 624):
        previous = state[-1]
        state.append((1812433253 * (previous ^ (previous >> 30)) + position) & 0xFFFFFFFF)
    generator = random.Random()
    generator.setstate((3, tuple(state) + (624,), None))
    return lambda: generator.getrandbits(32)


def _bounded(draw, largest: int) -> int:
    """A value in 0..largest as numpy's legacy bounded integers draw it: 32-bit outputs masked
    to the smallest power of two above `largest`, redrawn while larger (here largest < 2^32)."""
    mask = (1 << largest.bit_length()) - 1
    while (value := draw() & mask) > largest:
        pass
    return value


@lru_cache(maxsize=8)
def _band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    return kept(LSH_CONSTANTS, ("bands", threshold, num_perm), lambda: _best_band_shape(threshold, num_perm))


def _best_band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands × rows (≤ num_perm signature values) that minimise the area of false positives
    (Jaccard below the threshold, proposed) plus false negatives (above it, not proposed) under
    the S-curve, as MinHash LSH implementations choose them (Leskovec et al., Mining of Massive
    Datasets, ch. 3)."""
    below, above = _linspace(0.0, threshold, 257), _linspace(threshold, 1.0, 257)

    def error(bands: int, rows: int) -> float:
        false_positive = [1 - (1 - x**rows) ** bands for x in below]
        false_negative = [(1 - x**rows) ** bands for x in above]
        return _area(false_positive, below) + _area(false_negative, above)

    shapes = [(bands, rows) for bands in range(1, num_perm + 1) for rows in range(1, num_perm // bands + 1)]
    return min(shapes, key=lambda shape: error(*shape))


def _linspace(start: float, stop: float, count: int) -> list[float]:
    """numpy.linspace's points: start + k * step, the last exactly `stop`."""
    step = (stop - start) / (count - 1)
    return [k * step + start for k in range(count - 1)] + [stop]


def _area(values: list[float], points: list[float]) -> float:
    """Trapezoidal rule."""
    return math.fsum((v1 + v0) * (p1 - p0) for v0, v1, p0, p1 in zip(values, values[1:], points, points[1:])) / 2


def _union(parent: list[int], root_a: int, root_b: int) -> int:
    root = min(root_a, root_b)  # the earliest article names the cluster
    parent[max(root_a, root_b)] = root
    return root


def _find(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]
        index = parent[index]
    return index


def _components(parent: list[int]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for index in range(len(parent)):
        groups.setdefault(_find(parent, index), []).append(index)
    return list(groups.values())  # roots are first members, so dict order is first appearance


def pairwise_scores(predicted: list[list[int]], gold: list[str]) -> dict[str, float]:
    """Pairwise precision/recall/F1: every pair of articles put together is right or wrong."""
    predicted_pairs = {pair for group in predicted for pair in combinations(sorted(group), 2)}
    by_gold: dict[str, list[int]] = {}
    for index, label in enumerate(gold):
        by_gold.setdefault(label, []).append(index)
    gold_pairs = {pair for group in by_gold.values() for pair in combinations(group, 2)}
    true = len(predicted_pairs & gold_pairs)
    precision = true / len(predicted_pairs) if predicted_pairs else 1.0
    recall = true / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "predicted_pairs": len(predicted_pairs), "gold_pairs": len(gold_pairs)}
