"""The pipeline, one direction: ingest -> segment -> claims -> translate -> align -> compare -> report.

`extract` works on one document and `compare_story` on one story, so that batch and
distributed engines can map them over many inputs without knowing the stages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .gc_pause import without_cycle_collection
from .ingest import IngestOptions, ingest
from .model import SEVERITY_RANK, Claim, Document, Report, StoryReport

if TYPE_CHECKING:
    from .align import AlignConfig
    from .segment import Segmentation

DEFAULT_STORY = "story"


def _default_align_config() -> AlignConfig:
    from .align import AlignConfig  # on use: `factcheck cluster` plans a batch but aligns nothing (~15 ms of imports)

    return AlignConfig()


@dataclass
class Options:
    translator: str = "lexicon"
    scorer: str = "lexical"  # lexical | embeddings (optional extra: news-factcheck[embeddings])
    translator_options: dict = field(default_factory=dict)
    cache_dir: str | None = None
    use_cache: bool = True
    published: date | None = None
    lang: str | None = None
    max_bytes: int | None = None
    align: AlignConfig = field(default_factory=_default_align_config)

    def recorded(self) -> dict:
        """The settings a report records, so that a reader can reproduce it."""
        return {"translator": self.translator, "scorer": self.scorer}


@dataclass
class ExtractedDocument:
    document: Document
    segmentation: Segmentation
    claims: list[Claim]


def run(paths: Iterable[str], options: Options | None = None) -> Report:
    options = options or Options()
    read = ingest(paths, ingest_options_of(options))
    stories = [compare_documents(docs, options, story_id) for story_id, docs in group_by_story(read.documents).items()]
    return Report(stories=stories, skipped=read.skipped, options=options.recorded())


def extract_only(paths: Iterable[str], options: Options | None = None) -> Report:
    """Claims and facets only (`factcheck claims`): no translation, alignment or comparison."""
    options = options or Options()
    read = ingest(paths, ingest_options_of(options))
    stories = []
    for story_id, docs in group_by_story(read.documents).items():
        extracted = [extract(doc) for doc in docs]
        stories.append(_story_report(story_id, extracted, pairs=[], findings=[], unmatched=[]))
    return Report(stories=stories, skipped=read.skipped, options={})


def ingest_options_of(options: Options) -> IngestOptions:
    return ingest_settings(options.published, options.lang, options.max_bytes)


def ingest_settings(published: date | None, lang: str | None, max_bytes: int | None) -> IngestOptions:
    ingest_options = IngestOptions(published=published, lang=lang)
    if max_bytes:
        ingest_options.max_bytes = max_bytes
    return ingest_options


def group_by_story(documents: list[Document]) -> dict[str, list[Document]]:
    """By the `story` field or folder; inputs without one form a single story together."""
    groups: dict[str, list[Document]] = {}
    for doc in documents:
        groups.setdefault(doc.story or DEFAULT_STORY, []).append(doc)
    return groups


@without_cycle_collection
def extract(doc: Document) -> ExtractedDocument:
    # The stages are imported where they run: `cluster` plans batches through this module and
    # needs none of them (their imports were 45 ms of its run).
    from .claims import extract_claims
    from .segment import segment

    segmentation = segment(doc)
    return ExtractedDocument(doc, segmentation, extract_claims(doc, segmentation.sentences))


@without_cycle_collection
def compare_documents(documents: list[Document], options: Options | None = None, story_id: str | None = None) -> StoryReport:
    options = options or Options()
    return compare_story([extract(doc) for doc in documents], options, story_id or documents[0].story or DEFAULT_STORY)


@without_cycle_collection
def compare_story(extracted: list[ExtractedDocument], options: Options, story_id: str) -> StoryReport:
    from .align import align
    from .blocking import align_bounded, article_pairs, compared_with
    from .compare import compare_pairs, omissions, one_sided_values

    claims = [claim for item in extracted for claim in item.claims]
    _translate(claims, options)
    by_doc = {item.document.id: item.claims for item in extracted}
    vectors = _embeddings(by_doc, options)
    compared = article_pairs(by_doc, story_id)
    pairs = [
        pair
        for a, b in compared
        for pair in align_bounded(align, by_doc[a], by_doc[b], options.align, (vectors[a], vectors[b]) if vectors else None)
    ]
    claim_index = {claim.id: claim for claim in claims}
    dated = frozenset(item.document.id for item in extracted if item.document.published)
    pairs, findings = compare_pairs(pairs, claim_index, dated)
    paired = {p.left for p in pairs} | {p.right for p in pairs}
    documents = [item.document for item in extracted]
    unmatched = [c for c in claims if c.id not in paired]
    if len(documents) > 1:
        partners = compared_with(compared)
        findings.extend([*omissions(unmatched, documents, partners), *one_sided_values(pairs, findings, claim_index, partners)])
    order = {claim.id: number for number, claim in enumerate(claims)}  # documents in input order, then text order
    findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.type, order.get(f.left, -1), order.get(f.right, -1)))
    return _story_report(story_id, extracted, pairs, findings, [c.id for c in unmatched])


def _story_report(story_id: str, extracted: list[ExtractedDocument], pairs, findings, unmatched) -> StoryReport:
    return StoryReport(
        id=story_id,
        documents=[item.document for item in extracted],
        claims=[claim for item in extracted for claim in item.claims],
        pairs=pairs,
        findings=findings,
        unmatched=unmatched,
        sentences={item.document.id: item.segmentation.sentences for item in extracted},
        removed={item.document.id: item.segmentation.removed for item in extracted},
    )


def _embeddings(by_doc: dict[str, list[Claim]], options: Options) -> dict | None:
    """Claim embeddings per document, for the optional embeddings scorer (source text: the
    model is multilingual, so it needs no translation)."""
    if options.scorer != "embeddings":
        return None
    from .embeddings import embed

    return {doc: embed([c.text for c in claims]) for doc, claims in by_doc.items()}


def _translate(claims: list[Claim], options: Options) -> None:
    from .translate import get_translator, translate_claims
    from .translate.cache import default_cache_dir

    translator = get_translator(options.translator, **options.translator_options)
    cache = _translation_cache(Path(options.cache_dir or default_cache_dir())) if options.use_cache else None
    translate_claims(claims, translator, cache=cache)


@lru_cache(maxsize=4)
def _translation_cache(directory: Path):
    """One per directory and process, so that a batch opens its SQLite connection once, not once
    per story (the cache re-opens it after a fork)."""
    from .translate.cache import open_cache

    return open_cache(directory)
