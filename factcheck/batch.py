"""Batch mode: thousands of articles, grouped into stories, compared on all cores or on Dask.

Memory stays flat as the input grows because no pass holds the articles' texts:

- Pass 1 (plan) streams every input once. A JSONL file is read line by line from disk (not the
  whole file, so the 20 MB --max-bytes limit applies per article line) and each article is reduced
  to a `Locator` (file, byte offset, unique id, story label) plus, when it must be clustered, its
  anchor set. Everything else that ingest reports is collected as Skipped right here.
- Stories are formed: by `story` field / front matter / folder when given; articles without one
  are clustered automatically (factcheck.cluster) when they come from a feed (JSONL or stdin),
  while files named one by one on the command line form one story together (DESIGN.md's rule).
- Pass 2 (run) walks the stories in order of first appearance, re-reads each story's articles by
  byte offset, and hands (story id, documents) to an engine. An engine keeps only a bounded number
  of stories in flight and yields reports in plan order (a reorder buffer), so output is
  deterministic for any --jobs and `--format jsonl` can write each story as soon as it is done.

Articles that cannot be re-read from disk (standard input; JSONL files found inside a directory,
which ingest reads whole) are kept in memory from pass 1: they are bounded by --max-bytes.
The unit of work is engine-neutral: `process_story` = `extract` each document + `compare_story`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from .cluster import ClusterConfig, ClusterItem, cluster, cluster_item
from .ingest import JSONL_SUFFIXES, IngestOptions, decode_bytes, document_from_jsonl_line, iter_documents
from .model import Document, Report, Skipped, StoryReport
from .pipeline import DEFAULT_STORY, Options, _ingest_options, compare_story, extract

GROUPINGS = ("auto", "story", "cluster")
# Digits, a date and a quotation: enough to compile the claim patterns that every article needs.
WARM_UP_TEXT = 'On 3 March 2019, 1,200 people said: "It was 15 % more than in 2018."'

UTF8_BOM = b"\xef\xbb\xbf"


@dataclass
class BatchOptions:
    jobs: int | None = None  # None: all cores
    engine: str = "local"  # local | dask
    scheduler: str | None = None  # Dask scheduler address; None starts a LocalCluster
    group: str = "auto"  # auto | story (labels only) | cluster (ignore labels, cluster everything)
    cluster: ClusterConfig = field(default_factory=ClusterConfig)


@dataclass(frozen=True)
class Locator:
    """Where to find one article again in pass 2, and what pass 1 learnt about it."""

    doc_id: str  # unique over the whole run (like ingest's _make_ids_unique)
    path: str  # the file to re-read ("" for articles held in memory)
    offset: int | None = None  # byte offset of the JSONL line; None: the whole file
    line: int = 0
    label: str | None = None  # story field / front matter / folder
    feed: bool = False  # from a JSONL file or stdin (clustered when unlabelled)
    held: int | None = None  # index into Plan.held for articles kept in memory
    lang: str = ""
    published: str | None = None  # ISO date, for `factcheck cluster`


@dataclass
class Plan:
    stories: list[tuple[str, list[Locator]]]
    skipped: list[Skipped]
    held: list[Document] = field(default_factory=list)
    articles: int = 0

    def languages(self) -> list[str]:
        return sorted({locator.lang for _, locators in self.stories for locator in locators if locator.lang})


@dataclass(frozen=True)
class StoryTask:
    story_id: str
    documents: list[Document]


def process_story(task: StoryTask, options: Options) -> StoryReport:
    """The unit of work every engine runs: per-document extraction, then the story comparison."""
    return compare_story([extract(doc) for doc in task.documents], options, task.story_id)


# --------------------------------------------------------------------------- pass 1: plan


class _UniqueIds:
    """Incremental version of ingest's rule: qualify a repeated id by story, then number it."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def claim(self, doc: Document) -> str:
        candidate = doc.id
        if candidate in self.seen and doc.story:
            candidate = f"{doc.story}/{doc.id}"
        base, count = candidate, 1
        while candidate in self.seen:
            count += 1
            candidate = f"{base}~{count}"
        self.seen.add(candidate)
        return candidate


def plan(paths: Iterable[str], ingest_options: IngestOptions, batch: BatchOptions, translator=None) -> Plan:
    if batch.group not in GROUPINGS:
        raise ValueError(f"unknown grouping {batch.group!r} (expected one of {', '.join(GROUPINGS)})")
    ids = _UniqueIds()
    result = Plan(stories=[], skipped=[])
    locators: list[Locator] = []
    items: dict[int, ClusterItem] = {}  # locator index -> anchors, only for articles to cluster
    for item in _scan(paths, ingest_options, result):
        if isinstance(item, Skipped):
            result.skipped.append(item)
            continue
        doc, locator = item
        locator = replace(locator, doc_id=ids.claim(doc), lang=doc.lang,
                          published=doc.published.isoformat() if doc.published else None)
        if _needs_clustering(locator, batch.group):
            items[len(locators)] = cluster_item(replace(doc, id=locator.doc_id), translator)
        locators.append(locator)
    result.articles = len(locators)
    result.stories = _group(locators, items, batch)
    return result


def _scan(paths: Iterable[str], options: IngestOptions, result: Plan) -> Iterator[Skipped | tuple[Document, Locator]]:
    for raw in paths:
        if raw != "-" and Path(raw).suffix.lower() in JSONL_SUFFIXES and Path(raw).is_file():
            yield from _scan_jsonl(Path(raw), options)
        else:
            yield from _scan_ingested(raw, options, result)


def _scan_jsonl(path: Path, options: IngestOptions) -> Iterator[Skipped | tuple[Document, Locator]]:
    articles = 0
    for number, offset, raw in _jsonl_lines(path):
        if not raw.strip():
            continue
        articles += 1
        item = _document_from_line(raw, str(path), number, options)
        if isinstance(item, Skipped):
            yield item
        else:
            yield item, Locator(item.id, str(path), offset, number, item.story, feed=True)
    if not articles:
        yield Skipped(str(path), "no articles in the JSONL file (only blank lines)", "empty")


def _jsonl_lines(path: Path) -> Iterator[tuple[int, int, bytes]]:
    """(1-based line number, byte offset, raw line) without reading the file whole."""
    with path.open("rb") as handle:
        offset = 0
        for number, raw in enumerate(handle, start=1):
            yield number, offset, raw[len(UTF8_BOM):] if offset == 0 and raw.startswith(UTF8_BOM) else raw
            offset += len(raw)


def _document_from_line(raw: bytes, shown: str, number: int, options: IngestOptions) -> Document | Skipped:
    if len(raw) > options.max_bytes:
        return Skipped(f"{shown}:{number}", f"line is over the limit of {options.max_bytes:,} bytes (--max-bytes)", "too_large")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        from .ingest import InputError

        try:
            text = decode_bytes(raw)  # same fallbacks as a whole file (cp1252 exports...)
        except InputError as err:
            return Skipped(f"{shown}:{number}", err.reason, err.code)
    return document_from_jsonl_line(text.rstrip("\r\n"), shown, number, options)


def _scan_ingested(raw: str, options: IngestOptions, result: Plan) -> Iterator[Skipped | tuple[Document, Locator]]:
    """Everything that is not a top-level JSONL file goes through ingest unchanged."""
    for item in iter_documents([raw], options):
        if isinstance(item, Skipped):
            yield item
        elif raw == "-" or _is_jsonl_line(item):
            result.held.append(item)  # cannot seek back into stdin or a directory's JSONL file
            # One article on stdin belongs with the other inputs; only a JSONL feed is clustered.
            yield item, Locator(item.id, "", None, 0, item.story, feed=_is_jsonl_line(item), held=len(result.held) - 1)
        else:
            yield item, Locator(item.id, item.path, None, 0, item.story)


def _is_jsonl_line(doc: Document) -> bool:
    path, _, line = doc.path.rpartition(":")
    return line.isdigit() and (path == "-" or Path(path).suffix.lower() in JSONL_SUFFIXES)


def _needs_clustering(locator: Locator, group: str) -> bool:
    return group == "cluster" or (group == "auto" and locator.label is None and locator.feed)


def _group(locators: list[Locator], items: dict[int, ClusterItem], batch: BatchOptions) -> list[tuple[str, list[Locator]]]:
    """Story id per article, then stories in order of their first article."""
    story_of = {index: _label_story(locator, batch.group) for index, locator in enumerate(locators)}
    if items:
        order = sorted(items)
        clustering = cluster([items[index] for index in order], batch.cluster)
        for number, members in enumerate(clustering.clusters, start=1):
            for member in members:
                story_of[order[member]] = f"cluster-{number}"
    stories: dict[str, list[Locator]] = {}
    for index, locator in enumerate(locators):
        stories.setdefault(story_of[index], []).append(locator)
    return list(stories.items())


def _label_story(locator: Locator, group: str) -> str:
    # In "cluster" mode every article gets a cluster id afterwards; labels are ignored.
    return locator.label or DEFAULT_STORY


# --------------------------------------------------------------------------- pass 2: run


@dataclass
class BatchRun:
    plan: Plan
    options: Options
    batch: BatchOptions

    @property
    def skipped(self) -> list[Skipped]:
        return self.plan.skipped

    def tasks(self) -> Iterator[StoryTask]:
        """Story by story, reading each story's articles only when the engine asks for it."""
        for story_id, locators in self.plan.stories:
            yield StoryTask(story_id, [self._load(locator) for locator in locators])

    def stories(self, stage: Callable[[str], None] = lambda description: None) -> Iterator[StoryReport]:
        """`stage` hears what runs before the first story is done (for the progress bar)."""
        from .engines import get_engine

        # Each worker loads the language data as it starts (in-process: the first story loads
        # what it uses), so the stages are announced in the order a user waits for them.
        load_data = partial(warm_up, self.options, tuple(self.plan.languages()))
        stage("loading language data")
        stage("starting workers")
        with get_engine(self.batch, len(self.plan.stories), load_data) as engine:
            stage("comparing the first story")
            yield from engine.map_ordered(process_story, self.tasks(), self.options)

    def report(self) -> Report:
        return Report(stories=list(self.stories()), skipped=self.skipped, options=self.options.recorded())

    def _load(self, locator: Locator) -> Document:
        if locator.held is not None:
            doc = self.plan.held[locator.held]
        elif locator.offset is not None:
            doc = _reread_jsonl_line(locator, _ingest_options(self.options))
        else:
            doc = _reread_file(locator, _ingest_options(self.options))
        return replace(doc, id=locator.doc_id)


def _reread_jsonl_line(locator: Locator, options: IngestOptions) -> Document:
    with open(locator.path, "rb") as handle:
        handle.seek(locator.offset)
        raw = handle.readline()
    if locator.offset == 0 and raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM):]
    return _expect_document(_document_from_line(raw, locator.path, locator.line, options), locator)


def _reread_file(locator: Locator, options: IngestOptions) -> Document:
    items = list(iter_documents([locator.path], options))
    doc = items[0] if items else Skipped(locator.path, "vanished")
    # A file read through its folder took the folder as story; read alone it has none.
    return replace(_expect_document(doc, locator), story=locator.label)


def _expect_document(item: Document | Skipped, locator: Locator) -> Document:
    if isinstance(item, Skipped):
        raise RuntimeError(f"{item.path}: changed while factcheck was running ({item.reason})")
    return item


def run_batch(paths: Iterable[str], options: Options | None = None, batch: BatchOptions | None = None) -> BatchRun:
    """Plan now (pass 1); the comparison runs when `stories()` or `report()` is consumed."""
    options = options or Options()
    batch = batch or BatchOptions()
    return BatchRun(plan(paths, _ingest_options(options), batch), options, batch)


def warm_up(options: Options, languages: Iterable[str]) -> None:
    """Load each language's data once per worker process as it starts (engines with workers run
    this; in-process runs load lazily, only what their stories use): lexicons, lemma lists, claim
    patterns (regexes compiled on first use). A tiny story in the run's languages touches every
    stage; a Dutch-English feed loads no Italian."""
    documents = [Document(f"warm-up-{lang}", "", lang, WARM_UP_TEXT) for lang in languages]
    try:
        process_story(StoryTask("warm-up", documents), replace(options, use_cache=False))
    except Exception:  # noqa: BLE001 - only an optimisation: the real run reports real errors
        return


def story_skeleton(story: StoryReport) -> StoryReport:
    """What a streamed story leaves behind for the exit code: only its most severe finding, so
    that memory does not grow with the output (the full report has already been written)."""
    from .model import SEVERITY_RANK

    worst = max(story.findings, key=lambda finding: SEVERITY_RANK[finding.severity], default=None)
    return StoryReport(story.id, [], [], [], [worst] if worst else [], [])


def default_jobs() -> int:
    return os.cpu_count() or 1
