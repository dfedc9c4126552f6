"""Align: score every cross-document claim pair and pick pairs (1:n allowed, low scores left alone).

Score = text overlap x position factor, where
  * text:     IDF-weighted soft overlap of the claims' English content words and language-neutral
              anchors (names, numbers, resolved dates); words match exactly or fuzzily (rapidfuzz
              cdist over the story vocabulary), so untranslated cognates still count,
  * position: how close the claims stand in their articles (order is usually kept); it can take
              away at most `weight_position` of the score.
Selection is competitive linking: best pairs first, each claim once, then a second pass lets a
claim take further partners from one sentence on the other side (a sentence split into two
clauses in one language and kept whole in the other), so 1:n links stay local.
Every Pair carries its score and the parts that made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .model import Claim, Pair

ENGLISH_STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into onto about over after before
    is are was were be been being am do does did has have had having it its this that these those
    there their they them he she his her we our us you your i me my not no so than then too very
    will would shall should can could may might must also just only which who whom whose what when
    where why how all any each both more most other some such own same s t said says say""".split()
)


@dataclass(frozen=True)
class AlignConfig:
    weight_position: float = 0.25  # share of the score that position can take away
    anchor_boost: float = 1.5  # names, numbers and dates weigh more than ordinary words
    fuzzy_cutoff: float = 82.0  # rapidfuzz ratio at which two words count as the same (cognates)
    threshold: float = 0.22  # below this a pair is not made
    extra_partner_margin: float = 0.02  # CSLS margin a further (1:n) partner must reach


def align(left: list[Claim], right: list[Claim], config: AlignConfig | None = None) -> list[Pair]:
    """Pairs between two documents' claims; statuses are filled in by compare."""
    config = config or AlignConfig()
    if not left or not right:
        return []
    bags = [claim_bag(c, config) for c in left + right]
    text, shared = _soft_overlap(bags[: len(left)], bags[len(left):], config)
    positions = np.array([[_position_closeness(a, b, left, right) for b in right] for a in left])
    scores = text * (1.0 - config.weight_position * (1.0 - positions))
    chosen = _competitive_linking(scores, left, right, config)
    return [
        Pair(
            left=left[i].id,
            right=right[j].id,
            score=round(float(scores[i][j]), 3),
            status="agree",
            evidence={
                "text": round(float(text[i][j]), 3),
                "position": round(float(positions[i][j]), 3),
                "shared": shared(i, j),
            },
        )
        for i, j in chosen
    ]


def claim_bag(claim: Claim, config: AlignConfig) -> dict[str, float]:
    """Content words of the English pivot text, plus language-neutral anchors, with boosts."""
    anchors = claim_anchors(claim)
    lowered = {a.lower() for a in anchors}
    bag = {word: 1.0 for word in content_words(claim.translation or claim.text).split() if word not in lowered}
    for anchor in anchors:
        bag[anchor] = config.anchor_boost
    # Both claims say *when* or *how many*: a weak hint that they are about the same event even
    # when the values differ (which is exactly what compare must then report).
    if claim.times:
        bag["@when"] = 1.0
    if claim.numbers:
        bag["#count"] = 1.0
    return bag


def _soft_overlap(left_bags, right_bags, config: AlignConfig):
    """IDF-weighted soft Dice overlap of word bags, vectorised.

    Words match exactly or fuzzily (rapidfuzz ratio over the story's vocabulary, so untranslated
    cognates such as "telecommunicatie"/"telecommunications" still count). For claim i with
    weights v_i and coverage s_j[w] = how well claim j covers word w, the overlap is v_i . s_j.
    """
    from rapidfuzz import fuzz, process, utils

    vocabulary = sorted({w for bag in left_bags + right_bags for w in bag})
    index = {w: k for k, w in enumerate(vocabulary)}
    similar = (
        process.cdist(vocabulary, vocabulary, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=config.fuzzy_cutoff, dtype=np.float32)
        / 100.0
    )
    # dtype=bool: with an empty vocabulary (claims of punctuation only) numpy would make float
    # arrays, which cannot index.
    exact_only = np.array([w[:1] in "#@" for w in vocabulary], dtype=bool)
    names = np.array([w[:1].isupper() for w in vocabulary], dtype=bool)
    similar[exact_only, :] = 0.0  # numbers and dates match only themselves: 11-30 is not 12-30
    similar[:, exact_only] = 0.0
    similar[np.ix_(names, ~names)] = 0.0  # names match names (fuzzily: transliterations)
    similar[np.ix_(~names, names)] = 0.0
    np.fill_diagonal(similar, 1.0)
    idf = _idf(left_bags + right_bags, index)
    weights_l, cover_l = _weights_and_cover(left_bags, index, idf, similar)
    weights_r, cover_r = _weights_and_cover(right_bags, index, idf, similar)
    overlap = weights_l @ cover_r.T + (weights_r @ cover_l.T).T
    totals = weights_l.sum(axis=1)[:, None] + weights_r.sum(axis=1)[None, :]
    text = np.divide(overlap, totals, out=np.zeros_like(overlap), where=totals > 0)

    def shared(i: int, j: int) -> list[str]:
        both = [w for w in left_bags[i] if any(similar[index[w], index[o]] > 0 for o in right_bags[j])]
        return sorted(both, key=lambda w: -idf[index[w]])[:6]

    return text, shared


def _idf(bags, index) -> np.ndarray:
    counts = np.zeros(len(index), dtype=np.float32)
    for bag in bags:
        for word in bag:
            counts[index[word]] += 1
    return np.log((len(bags) + 1) / (counts + 1)) + 1.0


def _weights_and_cover(bags, index, idf, similar):
    weights = np.zeros((len(bags), len(index)), dtype=np.float32)
    cover = np.zeros_like(weights)
    for row, bag in enumerate(bags):
        columns = [index[w] for w in bag]
        weights[row, columns] = idf[columns] * np.array(list(bag.values()), dtype=np.float32)
        if columns:
            cover[row] = similar[columns].max(axis=0)
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
    import simplemma

    return simplemma.lemmatize(word, lang="en")


def claim_anchors(claim: Claim) -> set[str]:
    """Language-neutral handles: names, number values and resolved times."""
    anchors = {_name_key(e.text) for e in claim.entities} | _capitalised_words(claim.text)
    if claim.attribution and claim.attribution.source[:1].isupper():
        anchors.add(_name_key(claim.attribution.source))
    anchors |= {f"#{q.value:g}" for q in claim.numbers}
    anchors |= {f"@{t.value}" for t in claim.times if t.value}
    anchors |= {f"@{t.anchor}" for t in claim.times if not t.value and t.anchor}
    return {a for a in anchors if a}


def _capitalised_words(text: str) -> set[str]:
    """Capitalised words after the first: in German every noun is capitalised, so these are not
    all names, but a word spelled identically in another language's article almost always is
    one ("Leiden", "Merkel") even where the translation lexicon mistook it for a common word."""
    return {w for w in re.findall(r"(?<=\s)[A-ZÀ-Þ][\w'’-]*\w", text) if len(w) > 2 and not w.isupper()}


def _name_key(name: str) -> str:
    # Names compare by their last token: "Marty Beard" and "Beard" share "Beard".
    last = name.split()[-1] if name.split() else ""
    return last.strip("'’").removesuffix("'s").removesuffix("’s")


def _position_closeness(a: Claim, b: Claim, left: list[Claim], right: list[Claim]) -> float:
    return 1.0 - abs(_relative_position(a, left) - _relative_position(b, right))


def _relative_position(claim: Claim, claims: list[Claim]) -> float:
    last = max(c.sentence for c in claims) or 1
    return claim.sentence / last


def _competitive_linking(scores: np.ndarray, left: list[Claim], right: list[Claim], config: AlignConfig) -> list[tuple[int, int]]:
    """Best pairs first, each claim once; then 1:n links where they are clearly earned.

    Candidates are ranked by a hubness-corrected margin (CSLS, as in cross-lingual retrieval):
    a short headline that resembles everything must beat its own average to win a pair.
    """
    margin = scores - (_hub(scores, axis=1)[:, None] + _hub(scores, axis=0)[None, :]) / 2
    candidates = sorted(
        ((margin[i, j], i, j) for i, j in zip(*np.nonzero(scores >= config.threshold))),
        reverse=True,
    )
    partners_left: dict[int, list[int]] = {}
    partners_right: dict[int, list[int]] = {}
    chosen = []
    for gap, i, j in candidates:
        free = i not in partners_left and j not in partners_right
        if free or _may_extend(i, j, gap, scores, partners_left, partners_right, left, right, config):
            chosen.append((int(i), int(j)))
            partners_left.setdefault(i, []).append(j)
            partners_right.setdefault(j, []).append(i)
    return sorted(chosen)


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
    return gap >= config.extra_partner_margin
