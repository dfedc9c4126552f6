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

Articles that cannot be re-read from disk (standard input; UTF-16/32 JSONL feeds, decoded whole)
are kept in memory from pass 1: they are bounded by --max-bytes. A JSONL file found in a folder is
read like one named on the command line, its story defaulting to the folder's.
The unit of work is engine-neutral: `process_story` = `extract` each document + `compare_story`.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .ingest import (
    UTF8_BOM,
    JSONL_SUFFIXES,
    IngestOptions,
    Copies,
    InputError,
    UniqueIds,
    document_from_jsonl_bytes,
    input_files,
    iter_documents,
    jsonl_records,
    open_regular_file,
    read_file,
)
from .model import Document, Report, Skipped, StoryReport
from .gc_pause import without_cycle_collection
from .pipeline import DEFAULT_STORY, Options, compare_story, extract, ingest_options_of

if TYPE_CHECKING:  # clustering is imported only by the runs that cluster (a folder of files never does)
    from .cluster import ClusterConfig, ClusterItem

GROUPINGS = ("auto", "story", "cluster")
# Digits, a date and a quotation: enough to compile the claim patterns that every article needs.
WARM_UP_TEXT = 'On 3 March 2019, 1,200 people said: "It was 15 % more than in 2018."'

LOCAL_TRANSLATORS = ("lexicon", "none")  # what warm_up may run: no network, no model start-up


@dataclass
class BatchOptions:
    jobs: int | None = None  # None: all cores
    engine: str = "local"  # local | dask
    scheduler: str | None = None  # Dask scheduler address; None starts a LocalCluster
    group: str = "auto"  # auto | story (labels only) | cluster (ignore labels, cluster everything)
    cluster: ClusterConfig | None = None  # None: ClusterConfig()


@dataclass(frozen=True)
class Locator:
    """Where to find one article again in pass 2, and what pass 1 learnt about it."""

    doc_id: str  # unique over the whole run (ingest.UniqueIds)
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

    def shared_languages(self, workers: int) -> tuple[str, ...]:
        """The languages every worker needs: those of more than 1/workers of the stories (their
        stories cannot all go to one worker without leaving the others idle), and at least the most
        common one. They are loaded before the workers start; any other language is loaded by the
        worker its stories go to (engines/local.py gives a worker the stories of its languages)."""
        counts = Counter(lang for _, locators in self.stories for lang in {locator.lang for locator in locators} if lang)
        if not counts:
            return ()
        shared = {lang for lang, stories in counts.items() if stories * workers > len(self.stories)}
        shared.add(min(counts, key=lambda lang: (-counts[lang], lang)))
        return tuple(sorted(shared))


@dataclass(frozen=True)
class StoryTask:
    story_id: str
    documents: list[Document]


@dataclass(frozen=True)
class StoryFailure:
    """A story that could not be compared; it goes to `skipped` and the batch goes on."""

    story_id: str
    reason: str
    code: str = "failed"


@without_cycle_collection
def process_story(task: StoryTask, options: Options) -> StoryReport:
    """The unit of work every engine runs: per-document extraction, then the story comparison."""
    return compare_story([extract(doc) for doc in task.documents], options, task.story_id)


@without_cycle_collection
def process_story_safely(task: StoryTask | StoryFailure, options: Options,
                         finish: Callable[[StoryReport], object] | None = None) -> object:
    """`process_story`, with one story's failure reported instead of ending the batch. Errors of
    the whole run (a translation endpoint that is down, a missing extra) still end it. `finish`
    runs on the report where the story was compared (a worker): what it returns is what the
    parent receives, e.g. the rendered output instead of the whole report."""
    if isinstance(task, StoryFailure):
        return task
    try:
        report = process_story(task, options)
        return finish(report) if finish else report
    except Exception as err:  # noqa: BLE001 - reported as the story's failure, with its cause
        if _fails_every_story(err):
            raise
        return StoryFailure(task.story_id, f"internal error while comparing it: {type(err).__name__}: {err}"[:300], "internal")


def _fails_every_story(err: Exception) -> bool:
    from .embeddings import EmbeddingsUnavailable
    from .translate import TranslationError

    return isinstance(err, (TranslationError, EmbeddingsUnavailable))


# --------------------------------------------------------------------------- pass 1: plan


def plan(paths: Iterable[str], ingest_options: IngestOptions, batch: BatchOptions, translator=None) -> Plan:
    if batch.group not in GROUPINGS:
        raise ValueError(f"unknown grouping {batch.group!r} (expected one of {', '.join(GROUPINGS)})")
    ids = UniqueIds()
    result = Plan(stories=[], skipped=[])
    locators: list[Locator] = []
    items: dict[int, ClusterItem] = {}  # locator index -> anchors, only for articles to cluster
    copies = Copies()
    for item in _scan(paths, ingest_options, result):
        if not isinstance(item, Skipped):
            item = copies.copy_of_earlier(item[0]) or item
        if isinstance(item, Skipped):
            result.skipped.append(item)
            continue
        doc, locator = item
        locator = replace(locator, doc_id=ids.claim(doc), lang=doc.lang,
                          published=doc.published.isoformat() if doc.published else None)
        if _needs_clustering(locator, batch.group):
            from .cluster import cluster_item

            items[len(locators)] = cluster_item(replace(doc, id=locator.doc_id), translator)
        locators.append(locator)
    result.articles = len(locators)
    result.stories = _group(locators, items, batch)
    return result


def _scan(paths: Iterable[str], options: IngestOptions, result: Plan) -> Iterator[Skipped | tuple[Document, Locator]]:
    seen: set[tuple[int, int]] = set()  # a file reached twice is read once (ingest.input_files)
    for raw in paths:
        if raw == "-":  # cannot seek back into stdin: its articles are held
            yield from _held(iter_documents([raw], options), result)
            continue
        for item in input_files(raw, options, seen):
            if isinstance(item, Skipped):
                yield item
            elif item[0].suffix.lower() in JSONL_SUFFIXES and item[0].is_file():
                yield from _scan_jsonl(*item, options, result)
            else:
                for found in read_file(*item, options):
                    yield found if isinstance(found, Skipped) else (found, Locator(found.id, found.path, None, 0, found.story))


def _scan_jsonl(path: Path, story_default: str | None, options: IngestOptions, result: Plan) -> Iterator[Skipped | tuple[Document, Locator]]:
    """A feed, named or found in a folder, line by line; pass 2 re-reads each line by offset."""
    try:
        with open_regular_file(path) as handle:
            for offset, line, item in jsonl_records(handle, str(path), options, story_default):
                if isinstance(item, Skipped):
                    yield item
                elif offset is None:  # a UTF-16/32 feed, decoded whole
                    yield from _held([item], result)
                else:
                    yield item, Locator(item.id, str(path), offset, line, item.story, feed=True)
    except InputError as err:
        yield Skipped(str(path), err.reason, err.code)
    except OSError as err:
        yield Skipped(str(path), f"cannot read: {err.strerror or err}", "unreadable")


def _held(items: Iterable[Document | Skipped], result: Plan) -> Iterator[Skipped | tuple[Document, Locator]]:
    for item in items:
        if isinstance(item, Skipped):
            yield item
        else:
            result.held.append(item)  # cannot seek back into stdin or a feed decoded whole
            # One article on stdin belongs with the other inputs; only a JSONL feed is clustered.
            yield item, Locator(item.id, "", None, 0, item.story, feed=_is_jsonl_line(item), held=len(result.held) - 1)


def _is_jsonl_line(doc: Document) -> bool:
    path, _, line = doc.path.rpartition(":")
    return line.isdigit() and (path == "-" or Path(path).suffix.lower() in JSONL_SUFFIXES)


def _needs_clustering(locator: Locator, group: str) -> bool:
    return group == "cluster" or (group == "auto" and locator.label is None and locator.feed)


def _group(locators: list[Locator], items: dict[int, ClusterItem], batch: BatchOptions) -> list[tuple[str, list[Locator]]]:
    """Story id per article, then stories in order of their first article."""
    story_of = {index: _label_story(locator, batch.group) for index, locator in enumerate(locators)}
    if items:
        from .cluster import cluster

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

    def tasks(self) -> Iterator[StoryTask | StoryFailure]:
        """Story by story, reading each story's articles only when the engine asks for it; a
        story whose file changed since pass 1 is a failure, not the end of the run."""
        for story_id, locators in self.plan.stories:
            try:
                yield StoryTask(story_id, [self._load(locator) for locator in locators])
            except (ChangedInput, OSError) as err:
                yield StoryFailure(story_id, str(err), "changed")

    def stories(self, stage: Callable[[str], None] = lambda description: None,
                finish: Callable[[StoryReport], object] | None = None) -> Iterator:
        """Stories in plan order (each `finish(story)` when given, a picklable function run where
        the story was compared); a failed one is added to `skipped` (with its reason) instead.
        `stage` hears what runs before the first story is done (for the progress bar)."""
        from .align import NUMPY_STORIES, load_numpy  # here: `factcheck cluster` plans without aligning (~15 ms)
        from .engines import TaskFailure, get_engine, worker_count

        # The languages most stories share are loaded before the workers start (in-process: the
        # first story loads what it uses), so the stages are announced in the order a user waits
        # for them; each other language is loaded where its stories go.
        if len(self.plan.stories) > NUMPY_STORIES:
            load_numpy()  # before the workers fork: every story is aligned with it (align.SMALL_PAIRS)
        shared = self.plan.shared_languages(worker_count(self.batch, len(self.plan.stories)))
        load_data = partial(warm_up, self.options, shared)
        stage("loading language data")
        stage("starting workers")
        with get_engine(self.batch, len(self.plan.stories), load_data,
                        partial(languages_to_load, frozenset(shared))) as engine:
            stage("comparing the first story")
            for outcome in engine.map_ordered(process_story_safely, self.tasks(), self.options, finish):
                if isinstance(outcome, TaskFailure):
                    outcome = StoryFailure(outcome.task.story_id, outcome.reason, "worker_died")
                if isinstance(outcome, StoryFailure):
                    self.plan.skipped.append(Skipped(f"story {outcome.story_id}", outcome.reason, outcome.code))
                    continue
                yield outcome

    def report(self) -> Report:
        return Report(stories=list(self.stories()), skipped=self.skipped, options=self.options.recorded())

    def _load(self, locator: Locator) -> Document:
        if locator.held is not None:
            doc = self.plan.held[locator.held]
        else:  # warnings were given when pass 1 read it
            options = replace(ingest_options_of(self.options), warn=False)
            doc = _reread_jsonl_line(locator, options) if locator.offset is not None else _reread_file(locator, options)
        return replace(doc, id=locator.doc_id)


def _reread_jsonl_line(locator: Locator, options: IngestOptions) -> Document:
    with open(locator.path, "rb") as handle:
        handle.seek(locator.offset)
        raw = handle.readline()
    if locator.offset == 0 and raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM):]
    doc = _expect_document(document_from_jsonl_bytes(raw.rstrip(b"\r\n"), locator.path, locator.line, options), locator)
    return replace(doc, story=locator.label)  # a folder's story, as in pass 1


def _reread_file(locator: Locator, options: IngestOptions) -> Document:
    items = list(iter_documents([locator.path], options))
    doc = items[0] if items else Skipped(locator.path, "vanished")
    # A file read through its folder took the folder as story; read alone it has none.
    return replace(_expect_document(doc, locator), story=locator.label)


class ChangedInput(Exception):
    """An article that read well in pass 1 cannot be read the same way in pass 2."""


def _expect_document(item: Document | Skipped, locator: Locator) -> Document:
    if isinstance(item, Skipped):
        raise ChangedInput(f"{item.path} changed while factcheck was running ({item.reason})")
    return item


def run_batch(paths: Iterable[str], options: Options | None = None, batch: BatchOptions | None = None) -> BatchRun:
    """Plan now (pass 1); the comparison runs when `stories()` or `report()` is consumed."""
    options = options or Options()
    batch = batch or BatchOptions()
    return BatchRun(plan(paths, ingest_options_of(options), batch), options, batch)


def languages_to_load(loaded: frozenset[str], task: StoryTask | StoryFailure) -> frozenset[str]:
    """What a worker must load for this story beyond what every worker has (its affinity)."""
    if isinstance(task, StoryFailure):
        return frozenset()
    return frozenset(doc.lang for doc in task.documents) - loaded


def warm_up(options: Options, languages: Iterable[str]) -> None:
    """Load these languages' data before the first story, once per worker process or once in the
    parent before it forks them (engines with workers run this; in-process runs load lazily, only
    what their stories use): lexicons, lemma lists, claim patterns (regexes compiled on first use).
    A tiny story in these languages touches every stage; a Dutch-English feed loads no Italian."""
    documents = [Document(f"warm-up-{lang}", "", lang, WARM_UP_TEXT) for lang in languages]
    # Never the embeddings model (its runtime starts threads; each worker loads it itself) and
    # never a remote translator (the real run calls it, once, with its own deadlines).
    remote = options.translator not in LOCAL_TRANSLATORS
    local = replace(options, use_cache=False, scorer="lexical", translator="none" if remote else options.translator,
                    translator_options={} if remote else options.translator_options)
    try:
        process_story(StoryTask("warm-up", documents), local)
    except Exception as err:  # noqa: BLE001 - only an optimisation: the real run reports real errors
        if _fails_every_story(err):
            raise


def story_skeleton(story: StoryReport) -> StoryReport:
    """What a streamed story leaves behind for the exit code: only its most severe finding, so
    that memory does not grow with the output (the full report has already been written)."""
    from .model import SEVERITY_RANK

    worst = max(story.findings, key=lambda finding: SEVERITY_RANK[finding.severity], default=None)
    return StoryReport(story.id, [], [], [], [worst] if worst else [], [])


def default_jobs() -> int:
    return os.cpu_count() or 1
