"""Align: score every cross-document claim pair and pick pairs (1:n allowed, low scores left alone).

Score = weighted mix of
  * text:     rapidfuzz similarity of the English pivot texts, content words only (vectorised cdist),
  * anchors:  overlap of language-neutral anchors (names, numbers, resolved dates),
  * position: how close the claims stand in their articles (paragraph order is usually kept).
Selection is competitive linking: best pairs first, each claim once, then a second pass lets a
claim take further partners from one sentence on the other side (a sentence split into two
clauses in one language and kept whole in the other), so 1:n links stay local.
Every Pair carries its score and the parts that made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
    weight_text: float = 0.62
    weight_anchor: float = 0.23
    weight_position: float = 0.15
    threshold: float = 0.40  # below this a pair is not made
    extra_partner_margin: float = 0.12  # a further partner must score within this of the best


def align(left: list[Claim], right: list[Claim], config: AlignConfig | None = None) -> list[Pair]:
    """Pairs between two documents' claims, best first; statuses are filled in by compare."""
    config = config or AlignConfig()
    if not left or not right:
        return []
    text = _text_scores(left, right)
    anchors = [[_anchor_overlap(a, b) for b in right] for a in left]
    positions = [[_position_closeness(a, b, left, right) for b in right] for a in left]
    scores = [
        [
            config.weight_text * text[i][j] + config.weight_anchor * anchors[i][j] + config.weight_position * positions[i][j]
            for j in range(len(right))
        ]
        for i in range(len(left))
    ]
    chosen = _competitive_linking(scores, left, right, config)
    return [
        Pair(
            left=left[i].id,
            right=right[j].id,
            score=round(scores[i][j], 3),
            status="agree",
            evidence={
                "text": round(text[i][j], 3),
                "anchors": round(anchors[i][j], 3),
                "position": round(positions[i][j], 3),
                "shared_anchors": sorted(claim_anchors(left[i]) & claim_anchors(right[j])),
            },
        )
        for i, j in chosen
    ]


def _text_scores(left: list[Claim], right: list[Claim]) -> list[list[float]]:
    from rapidfuzz import fuzz, process

    queries = [content_words(c.translation or c.text) for c in left]
    choices = [content_words(c.translation or c.text) for c in right]
    set_ratio = process.cdist(queries, choices, scorer=fuzz.token_set_ratio)
    sort_ratio = process.cdist(queries, choices, scorer=fuzz.token_sort_ratio)
    # token_set_ratio alone rewards a short claim contained in a long one; averaging with
    # token_sort_ratio keeps containment useful without letting it dominate.
    return ((set_ratio + sort_ratio) / 200.0).tolist()


def content_words(text: str) -> str:
    return " ".join(_lemma(w) for w in re.findall(r"[\w'-]+", text.lower()) if w not in ENGLISH_STOPWORDS)


@lru_cache(maxsize=50_000)
def _lemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="en")


def claim_anchors(claim: Claim) -> set[str]:
    """Language-neutral handles: names, number values and resolved times."""
    anchors = {_name_key(e.text) for e in claim.entities}
    anchors |= {f"#{_number_key(q.value)}" for q in claim.numbers}
    anchors |= {f"@{t.value}" for t in claim.times if t.value}
    anchors |= {f"@{t.anchor}" for t in claim.times if not t.value and t.anchor}
    return {a for a in anchors if a}


def _name_key(name: str) -> str:
    # Compare names by their last token, lowercased: "Marty Beard" and "Beard" share "beard".
    return name.split()[-1].lower().strip("'’s") if name.split() else ""


def _number_key(value: float) -> str:
    return f"{value:g}"


def _anchor_overlap(a: Claim, b: Claim) -> float:
    left, right = claim_anchors(a), claim_anchors(b)
    if not left or not right:
        return 0.0
    shared = len(left & right) + _near_time_matches(a, b)
    return min(1.0, shared / min(len(left), len(right)))


def _near_time_matches(a: Claim, b: Claim) -> float:
    """Half credit when both claims speak of the same month even if not the same day."""
    months_a = {t.value[:7] for t in a.times if t.value and len(t.value) >= 7}
    months_b = {t.value[:7] for t in b.times if t.value and len(t.value) >= 7}
    exact_a = {t.value for t in a.times if t.value}
    exact_b = {t.value for t in b.times if t.value}
    return 0.5 if (months_a & months_b) and not (exact_a & exact_b) else 0.0


def _position_closeness(a: Claim, b: Claim, left: list[Claim], right: list[Claim]) -> float:
    return 1.0 - abs(_relative_position(a, left) - _relative_position(b, right))


def _relative_position(claim: Claim, claims: list[Claim]) -> float:
    last = max(c.sentence for c in claims) or 1
    return claim.sentence / last


def _competitive_linking(scores, left: list[Claim], right: list[Claim], config: AlignConfig) -> list[tuple[int, int]]:
    candidates = sorted(
        ((scores[i][j], i, j) for i in range(len(left)) for j in range(len(right)) if scores[i][j] >= config.threshold),
        reverse=True,
    )
    best_left = {i: max(scores[i]) for i in range(len(left))}
    best_right = {j: max(scores[i][j] for i in range(len(left))) for j in range(len(right))}
    partners_left: dict[int, list[int]] = {}
    partners_right: dict[int, list[int]] = {}
    chosen = []
    for score, i, j in candidates:
        if i not in partners_left and j not in partners_right:
            accept = True
        else:
            accept = _may_extend(i, j, score, partners_left, partners_right, left, right, best_left, best_right, config)
        if accept:
            chosen.append((i, j))
            partners_left.setdefault(i, []).append(j)
            partners_right.setdefault(j, []).append(i)
    return sorted(chosen)


def _may_extend(i, j, score, partners_left, partners_right, left, right, best_left, best_right, config) -> bool:
    """A second link for a claim: only if the other side is still free, the score is close to
    that claim's best, and the new partner sits in the same sentence as the existing ones."""
    if i in partners_left and j in partners_right:
        return False
    if i in partners_left:
        same_sentence = all(right[k].sentence == right[j].sentence and right[k].doc == right[j].doc for k in partners_left[i])
        return same_sentence and score >= best_left[i] - config.extra_partner_margin
    same_sentence = all(left[k].sentence == left[i].sentence and left[k].doc == left[i].doc for k in partners_right[j])
    return same_sentence and score >= best_right[j] - config.extra_partner_margin
