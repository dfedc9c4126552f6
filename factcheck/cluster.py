"""Automatic story grouping: articles about the same event, across languages, without labels.

Word-level similarity fails across languages (the seed pair shares 4 % of its words), but names,
acronyms and numbers survive translation: the seed pair shares 24 % of those "anchors". So each
article is reduced to a set of language-neutral anchors, and:

1. anchors found in too many articles are dropped (years, "EU", the desk's own name...): they
   join unrelated stories;
2. MinHash LSH (datasketch) proposes candidate pairs from the anchor sets: each article meets only
   the articles in its own buckets, so the cost grows with the number of stories, not with the
   square of the number of articles;
3. a candidate pair is kept when the publication dates are within a window and the exact anchor
   Jaccard passes a threshold;
4. kept pairs are merged with union-find (connected components), clusters in order of first
   appearance, so the output is deterministic.

Only the anchor sets are kept in memory (a few dozen hashed ints per article), never the texts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from .model import Document

NUMBER = re.compile(r"\d+(?:[.,  ]\d{3})*(?:[.,]\d+)?")
WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
# A capitalised word right after these (or at the start of a paragraph) is capitalised because it
# starts a sentence, not because it is a name.
SENTENCE_OPENERS = set(".!?:;\"“”„«»‘'(–—-")
MIN_NUMBER_DIGITS = 2  # "1", "3" occur in every article
NAME_PREFIX = 6  # "Pakistan", "Pakistani", "pakistanais", "Pakistán" -> "pakist"
KEYWORD = re.compile(r"[^\W\d_]{4,}")
PIVOT_LANG = "en"  # the translation back-ends translate into English
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
    threshold: float = 0.15  # minimum average Jaccard of two clusters' anchor sets (tuned on NTREX dev)
    lsh_threshold: float = 0.1  # Jaccard at which LSH starts proposing a pair (recall first)
    num_perm: int = 128
    date_window_days: int = 3  # articles further apart than this are never one story
    max_df: float = 0.1  # anchors in more than this share of the articles are dropped
    min_df_articles: int = 3  # ...but max_df never drops anchors seen in this few articles
    min_anchors: int = 3  # articles with fewer anchors stay on their own
    seed: int = 1


@dataclass
class ClusterItem:
    """What clustering needs to know about one article (the text itself is not kept)."""

    key: str
    lang: str
    published: date | None
    anchors: frozenset[str]


@dataclass
class Clustering:
    clusters: list[list[int]]  # item indexes, clusters and members in order of first appearance
    candidate_pairs: int = 0
    kept_pairs: int = 0
    dropped_anchors: list[str] = field(default_factory=list)


def cluster_item(doc: Document, translator=None) -> ClusterItem:
    """`translator` (a factcheck.translate back-end, e.g. "lexicon") adds translated keywords."""
    found = anchors(doc.title, doc.text, doc.lang)
    if translator is not None:
        found |= keyword_anchors(doc.title, doc.text, doc.lang, translator)
    return ClusterItem(doc.id, doc.lang, doc.published, frozenset(found))


def anchors(title: str | None, text: str, lang: str = "en") -> set[str]:
    """Names (capitalised words not opening a sentence), acronyms and numbers, normalised so that
    the same anchor looks the same in every language."""
    found: set[str] = set()
    for body in (title or "", text):
        found.update(_number_anchors(body))
        found.update(_name_anchors(body, lang))
    return found


def keyword_anchors(title: str | None, text: str, lang: str, translator) -> set[str]:
    """Content words of the article's English rendering: what the story is about, beyond names.
    Marked with "~" so that a keyword never collides with a name anchor."""
    paragraphs = [part for part in ((title or "") + "\n\n" + text).split("\n\n") if part.strip()]
    english = paragraphs if lang == PIVOT_LANG else translator.translate(paragraphs, lang)
    return {"~" + _fold(word)[:NAME_PREFIX] for part in english for word in KEYWORD.findall(part.lower())
            if word not in ENGLISH_STOPWORDS}


def _number_anchors(text: str) -> Iterable[str]:
    for match in NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())  # 28,000 / 28.000 / 28 000 -> 28000
        if len(digits) >= MIN_NUMBER_DIGITS:
            yield "#" + digits


def _name_anchors(text: str, lang: str) -> Iterable[str]:
    for match in WORD.finditer(text):
        word = match.group()
        if word.isupper() and len(word) >= 2:
            yield _fold(word)  # acronym: BBM, BES, NSA
        elif word[0].isupper() and len(word) >= 3 and not _opens_sentence(text, match.start()):
            if lang == "de" and _is_german_noun(word):
                continue  # German capitalises every noun: only unknown words are likely names
            yield _fold(word)[:NAME_PREFIX]


def _is_german_noun(word: str) -> bool:
    from .translate.lexicon import load_lexicon

    return load_lexicon("de").get(word.lower()) is not None


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in SENTENCE_OPENERS


def _fold(word: str) -> str:
    """Lower case without accents: "Pakistán" and "Pakistan" must be one anchor."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def cluster(items: list[ClusterItem], config: ClusterConfig | None = None) -> Clustering:
    config = config or ClusterConfig()
    kept, dropped = _drop_common_anchors(items, config)
    candidates = _candidate_pairs(kept, config)
    scored = [(similarity(kept[a], kept[b]), a, b) for a, b in candidates if _within_window(items[a], items[b], config)]
    members = {index: [index] for index in range(len(items))}
    parent = list(range(len(items)))
    merges = 0
    # Strongest pairs first; two clusters merge only when their average pairwise similarity passes
    # the threshold (average linkage). Plain connected components chain related stories together
    # (two desks' articles on the same summit share every name) through one strong pair.
    for score, left, right in sorted(scored, key=lambda edge: (-edge[0], edge[1], edge[2])):
        if score < config.threshold:
            break
        root_left, root_right = _find(parent, left), _find(parent, right)
        if root_left == root_right:
            continue
        if _average_similarity(members[root_left], members[root_right], kept) >= config.threshold:
            root = _union(parent, root_left, root_right)
            members[root] = members.pop(root_left if root != root_left else root_right) + members[root]
            merges += 1
    return Clustering(_components(parent), len(candidates), merges, dropped)


def _within_window(left: ClusterItem, right: ClusterItem, config: ClusterConfig) -> bool:
    if left.published and right.published:
        return abs((left.published - right.published).days) <= config.date_window_days
    return True


def _average_similarity(left: list[int], right: list[int], anchor_sets: list[frozenset[str]]) -> float:
    total = sum(similarity(anchor_sets[a], anchor_sets[b]) for a in left for b in right)
    return total / (len(left) * len(right))


def similarity(left: frozenset[str], right: frozenset[str]) -> float:
    union = len(left | right)
    return len(left & right) / union if union else 0.0


def _drop_common_anchors(items: list[ClusterItem], config: ClusterConfig) -> tuple[list[frozenset[str]], list[str]]:
    df = Counter(anchor for item in items for anchor in item.anchors)
    limit = max(config.min_df_articles, config.max_df * len(items))
    common = {anchor for anchor, count in df.items() if count > limit}
    return [item.anchors - common for item in items], sorted(common)


def _candidate_pairs(anchor_sets: list[frozenset[str]], config: ClusterConfig) -> set[tuple[int, int]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=config.lsh_threshold, num_perm=config.num_perm)
    buckets: dict[int, list[int]] = {}
    for index, anchor_set in enumerate(anchor_sets):
        if len(anchor_set) < config.min_anchors:
            continue
        minhash = MinHash(num_perm=config.num_perm, seed=config.seed)
        minhash.update_batch([anchor.encode("utf-8") for anchor in anchor_set])
        for other in lsh.query(minhash):
            buckets.setdefault(index, []).append(other)
        lsh.insert(index, minhash)
    return {(min(a, b), max(a, b)) for a, others in buckets.items() for b in others}


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
