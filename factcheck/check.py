"""`factcheck check PATH…`: the CI entry point.

A pull request changes some articles; a change can only be judged against the other articles
of the same story. So every changed file brings in its story: the article files beside it in
the same directory, narrowed to its `story:` when front matter names one. Each such story is
compared once, however many of its files changed. Directories given as paths are read whole,
like `factcheck compare` does. Paths that no longer exist (an article deleted in the pull
request) are reported, and the articles left in their folder are checked (every story there: the
deleted file's front matter, which named its story, is gone).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .ingest import KNOWN_SUFFIXES, IngestOptions, ingest, os_error_reason, without_copies
from .model import Document, Report, Skipped
from .pipeline import Options, compare_documents, group_by_story
from .progress import Verbosity, story_progress
from .report.locations import display_path


@dataclass
class CheckPlan:
    """What to read: directories whose stories to compare, and the changed files that pick
    the stories (None: every story found there)."""

    directories: dict[Path, set[str] | None] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    # Folders that lost an article: which story it told (its front matter) is gone with it, so every
    # story of its siblings is compared.
    every_story: set[Path] = field(default_factory=set)

    def add_file(self, path: Path) -> None:
        directory = path.parent.resolve()
        if directory not in self.directories or self.directories[directory] is not None:
            self.directories.setdefault(directory, set()).add(display_path(str(path)))

    def add_directory(self, path: Path) -> None:
        self.directories[path.resolve()] = None

    def add_missing(self, raw: str) -> None:
        self.missing.append(raw)
        directory = Path(raw).parent
        if directory.is_dir():
            directory = directory.resolve()
            if self.directories.get(directory, set()) is not None:
                self.directories.setdefault(directory, set())
                self.every_story.add(directory)


def plan(paths: Iterable[str]) -> CheckPlan:
    result = CheckPlan()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            result.add_directory(path)
        elif path.exists() or path.is_symlink():  # a broken link or a loop is read, and reported, not "deleted"
            result.add_file(path)
        else:
            result.add_missing(raw)
    return result


def story_documents(check_plan: CheckPlan, ingest_options: IngestOptions) -> tuple[dict[str, list[Document]], list[Skipped]]:
    """Documents per story for every story touched by the plan, and the inputs that failed."""
    stories: dict[str, list[Document]] = {}
    skipped: list[Skipped] = []
    for directory, changed in check_plan.directories.items():
        if changed is None:
            read = ingest([_shown(directory)], ingest_options)
        else:
            paths, unlisted = articles_to_read(directory, changed)
            read = ingest([_shown(p) for p in paths], ingest_options)
            read.skipped[:0] = unlisted
        documents = [replace(doc, story=doc.story or directory.name) for doc in without_copies(read.documents, read.skipped)]
        # A changed file that could not be read told no story (its front matter is what failed):
        # like a deleted one, every story of its folder is checked, not none of them.
        every_story = directory in check_plan.every_story or bool(changed and changed & {s.path for s in read.skipped})
        for story_id, docs in group_by_story(documents).items():
            if changed is None or every_story or any(display_path(doc.path) in changed for doc in docs):
                stories[_unique_story_id(stories, story_id, directory)] = docs
        # A sibling that cannot be read may be one of the story's articles (its front matter,
        # which names the story, is what failed): reported, never passed over in silence, or a
        # story compared without its partner looked clean ("1 article ... ok", exit 0).
        skipped += read.skipped
    return stories, skipped


def _unique_story_id(stories: dict, story_id: str, directory: Path) -> str:
    """Two folders may carry the same story name (2015/pakistan, 2016/pakistan): they are
    different stories, so the later one is qualified by its folder."""
    return story_id if story_id not in stories else f"{story_id} ({_shown(directory)})"


def sibling_articles(directory: Path) -> list[Path]:
    """Article files directly in `directory` (not below it: sub-folders are other stories)."""
    return sorted(p for p in directory.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in KNOWN_SUFFIXES)


def articles_to_read(directory: Path, changed: set[str]) -> tuple[list[Path], list[Skipped]]:
    """The article files beside the changed ones, and each changed file with an article's suffix
    that is no regular file (a FIFO, a device): read, it is reported; left out, the run said "no
    articles to check" and passed. A folder that cannot be listed is reported (it was an internal
    error, exit 3) and only its changed files are read."""
    named = sorted(Path(shown) for shown in changed if Path(shown).suffix.lower() in KNOWN_SUFFIXES)
    try:
        siblings = sibling_articles(directory)
    except OSError as err:
        reason = f"cannot list the folder ({os_error_reason(err)}); only the changed files in it were read"
        return named, [Skipped(_shown(directory), reason, "unreadable")]
    return siblings + [path for path in named if not path.is_file()], []


def _shown(path: Path) -> str:
    """Paths as the user would write them (relative to the working directory when possible),
    because they end up in annotations and reports."""
    return display_path(str(path))


def run_check(paths: Iterable[str], options_for: Callable[[str], Options], level: Verbosity) -> tuple[Report, list[str]]:
    """Compare every story the paths belong to; returns the report and the paths not found."""
    check_plan = plan(paths)
    base = options_for("")
    ingest_options = IngestOptions(published=base.published, lang=base.lang)
    if base.max_bytes:
        ingest_options.max_bytes = base.max_bytes
    groups, skipped = story_documents(check_plan, ingest_options)
    stories = []
    with story_progress(len(groups), level) as tick:
        tick.stage("comparing the first story")
        for story_id, documents in groups.items():
            stories.append(compare_documents(documents, options_for(story_id), story_id))
            tick(stories[-1])
    return Report(stories=stories, skipped=skipped, options=base.recorded()), check_plan.missing
