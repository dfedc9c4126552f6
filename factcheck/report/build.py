"""The JSON contract: Report -> plain dict (schema in factcheck/schema/report.schema.json).

Every renderer works from this dict (or the Report itself), so the terminal, JSON, SARIF and
HTML views can never disagree about what was found.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from functools import cache

from .. import __version__
from ..model import Claim, Document, Report, Skipped, StoryReport
from ..safe_text import json_text

# 1.1: `confidence` on every pair and finding; TIMEX3 type, mod and zone on times; 1.2: pair status `weak`;
# 1.3: `cues` in the evidence of polarity and modality findings (the words they rest on);
# 1.4: `cues` on every claim (the words its negation and modality were read from);
# 1.5: `values` and `linked` in the evidence of value-level omissions (compare/one_sided.py);
# 1.6: `differing` (the two values compared) in the evidence of number findings and of duration,
# frequency and part-of-day findings too; figure and time
# evidence bounded to the two values compared, with `figures` / `times` / `dates` counts (review10);
# 1.7: `ordinal` on every figure ("87e", "23rd": compared only with ordinals; ordinals14)
SCHEMA_VERSION = "1.7"


def report_to_dict(report: Report) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "options": report.options,
        "stories": [story_to_dict(story) for story in report.stories],
        "skipped": [skipped_to_dict(s) for s in report.skipped],
    }


def jsonl_lines(full: dict) -> Iterator[dict]:
    """`--format jsonl`: one line per story; each line is itself a valid report with one story
    (skipped inputs get a line of their own), so every line validates against the same schema."""
    head = {key: full[key] for key in ("schema_version", "tool", "options")}
    for story in full["stories"]:
        yield {**head, "stories": [story], "skipped": []}
    if full["skipped"]:
        yield {**head, "stories": [], "skipped": full["skipped"]}


def jsonl_text(report: Report) -> str:
    """The report's `--format jsonl` lines, as written (a batch worker renders each story's)."""
    return "".join(json_text(line) + "\n" for line in jsonl_lines(report_to_dict(report)))


def story_to_dict(story: StoryReport) -> dict:
    return {
        "id": story.id,
        "documents": [_document(doc, story) for doc in story.documents],
        "claims": [_claim(claim) for claim in story.claims],
        "pairs": [_plain(pair) for pair in story.pairs],
        "findings": [_plain(finding) for finding in story.findings],
        "unmatched": list(story.unmatched),
        "summary": story.summary(),
    }


def skipped_to_dict(skipped: Skipped) -> dict:
    return {"path": skipped.path, "reason": skipped.reason, "code": skipped.code}


def _document(doc: Document, story: StoryReport) -> dict:
    return {
        "id": doc.id,
        "path": doc.path,
        "lang": doc.lang,
        "lang_detected": doc.lang_detected,
        "published": doc.published.isoformat() if doc.published else None,
        "title": doc.title,
        "url": doc.url,
        "body_line_offset": doc.body_line_offset,
        "sentences": len(story.sentences.get(doc.id, [])),
        "removed": [_plain(span) for span in story.removed.get(doc.id, [])],
    }


def _claim(claim: Claim) -> dict:
    return {
        "id": claim.id,
        "doc": claim.doc,
        "lang": claim.lang,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.sentence_text,
        "sentence_index": claim.sentence,
        "paragraph": claim.paragraph,
        "translation": claim.translation,
        "times": [_plain(t) for t in claim.times],
        "numbers": [_plain(q) for q in claim.numbers],
        "entities": [{"text": e.text, "type": e.type} for e in claim.entities],
        "negated": claim.negated,
        "modality": claim.modality,
        "cues": [_plain(cue) for cue in claim.cues],
        "attribution": _plain(claim.attribution) if claim.attribution else None,
    }


def _plain(value):
    """`dataclasses.asdict` without its deep copy of every leaf (the report's leaves are strings,
    numbers and None, which a copy returns unchanged): dataclasses, lists, tuples and dicts become
    new ones, the leaves are shared. Rendering a story took about twice as long with asdict."""
    names = _field_names(type(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    if isinstance(value, tuple):
        items = [_plain(item) for item in value]
        return type(value)(*items) if hasattr(value, "_fields") else type(value)(items)
    return value


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    return tuple(field.name for field in fields(kind)) if is_dataclass(kind) else None
