"""`factcheck cluster`: the automatic story clusters, as text or JSON.

When every article also carries a story label (field, front matter, folder), the clusters are
scored against those labels (pairwise precision/recall/F1), which is how the clustering benchmark
is measured.
"""

from __future__ import annotations

from ..batch import Plan
from ..cluster import pairwise_scores
from ..safe_text import one_line_label
from .build import skipped_to_dict


def clusters_to_dict(plan: Plan) -> dict:
    result = {
        "clusters": [
            {"id": story_id, "articles": [_article(locator) for locator in locators]}
            for story_id, locators in plan.stories
        ],
        "skipped": [skipped_to_dict(s) for s in plan.skipped],
    }
    evaluation = evaluate_against_labels(plan)
    if evaluation is not None:
        result["evaluation"] = evaluation
    return result


def _article(locator) -> dict:
    place = f"{locator.path}:{locator.line}" if locator.offset is not None else (locator.path or "-")
    return {"id": locator.doc_id, "lang": locator.lang, "published": locator.published, "path": place,
            "story": locator.label}


def evaluate_against_labels(plan: Plan) -> dict | None:
    articles = [(number, locator) for number, (_, locators) in enumerate(plan.stories) for locator in locators]
    if not articles or any(locator.label is None for _, locator in articles):
        return None
    predicted: dict[int, list[int]] = {}
    for index, (number, _) in enumerate(articles):
        predicted.setdefault(number, []).append(index)
    return pairwise_scores(list(predicted.values()), [locator.label for _, locator in articles])


def render_clusters_text(plan: Plan, stream) -> None:
    for story_id, locators in plan.stories:
        langs = ", ".join(sorted({locator.lang for locator in locators}))
        stream.write(f"{one_line_label(story_id)}  ({len(locators)} article{'s' if len(locators) != 1 else ''}: {langs})\n")
        for locator in locators:
            article = {key: one_line_label(value) if isinstance(value, str) else value for key, value in _article(locator).items()}
            label = f"  [story: {article['story']}]" if article["story"] else ""
            stream.write(f"  {article['id']}  {article['lang']}  {article['published'] or '-'}  {article['path']}{label}\n")
    evaluation = evaluate_against_labels(plan)
    if evaluation is not None:
        stream.write("\nagainst the story labels: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}\n".format(**evaluation))
