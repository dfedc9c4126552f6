"""What `compare` and `check` share between parsing arguments and writing the report:
settings resolved from command line over configuration file, ignored finding types, progress
and verbosity, and the exit verdict. Kept out of cli.py so the CLI stays a thin layer.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import partial

from .config import Config, ConfigError, apply_ignores, load_config
from .model import FINDING_TYPES, SEVERITY_RANK, Report, StoryReport
from .progress import StoryCounts, Verbosity, story_progress, verbosity

__all__ = ["ConfigError", "Settings", "resolve_settings", "validate_ignore"]


@dataclass(frozen=True)
class Settings:
    """Effective settings of one command run (command line over file over default)."""

    config: Config
    format: str
    fail_on: str | None  # from the command line only; None: per story from the file, else the default
    default_fail_on: str
    translator: str
    ignore: tuple[str, ...] | None  # from the command line; None: per story from the file
    level: Verbosity
    min_confidence: float = 0.0  # findings below this confidence are left out (--min-confidence)

    def fail_level(self, story_id: str) -> str:
        return self.fail_on or self.config.for_story(story_id).fail_on or self.default_fail_on

    def translator_for(self, story_id: str, given_on_command_line: bool) -> str:
        if given_on_command_line:
            return self.translator
        return self.config.for_story(story_id).translator or self.translator


def resolve_settings(
    config_path: str | None,
    format: str | None,
    fail_on: str | None,
    translator: str | None,
    ignore: list[str] | None,
    quiet: bool,
    verbose: bool,
    default_fail_on: str,
    min_confidence: float | None = None,
) -> Settings:
    from pathlib import Path

    config = load_config(Path(config_path) if config_path else None)
    return Settings(
        config=config,
        format=format or config.format or "text",
        fail_on=fail_on,
        default_fail_on=config.fail_on or default_fail_on,
        translator=translator or config.translator or "lexicon",
        ignore=tuple(validate_ignore(ignore)) if ignore else None,
        level=verbosity(quiet, verbose),
        min_confidence=min_confidence if min_confidence is not None else config.min_confidence or 0.0,
    )


def validate_ignore(values: list[str]) -> list[str]:
    """`--ignore omission,entity_mismatch` or repeated `--ignore`; unknown types are errors."""
    types = [part.strip() for value in values for part in value.split(",") if part.strip()]
    unknown = sorted(set(types) - set(FINDING_TYPES))
    if unknown:
        raise ValueError(f"unknown finding type(s) {', '.join(unknown)} (known: {', '.join(FINDING_TYPES)})")
    return types


def finish_report(report: Report, settings: Settings) -> Report:
    report = confident_only(apply_ignores(report, settings.config, settings.ignore), settings.min_confidence)
    return replace(report, options=with_filters(report.options, settings))


def confident_only(report: Report, min_confidence: float) -> Report:
    """Leave out findings less confident than `min_confidence` (pairs and their status stay)."""
    if min_confidence <= 0:
        return report
    stories = [replace(story, findings=[f for f in story.findings if f.confidence >= min_confidence])
               for story in report.stories]
    return replace(report, stories=stories)


def with_filters(options: dict, settings: Settings) -> dict:
    """The report's options and the filters applied to its findings, so that a reader of the JSON
    knows that findings (and the summary's counts of them) were left out: `min_confidence`, the
    finding types of `ignore` (command line, else the configuration file) and, from the file,
    `ignore_by_story` for the stories with a list of their own."""
    recorded = dict(options)
    if settings.min_confidence > 0:
        recorded["min_confidence"] = settings.min_confidence
    ignore = settings.ignore if settings.ignore is not None else settings.config.ignore
    if ignore:
        recorded["ignore"] = list(ignore)
    by_story = {} if settings.ignore is not None else {
        story_id: list(story.ignore) for story_id, story in settings.config.stories.items() if story.ignore is not None}
    if by_story:
        recorded["ignore_by_story"] = by_story
    return recorded


def failed(report: Report, settings: Settings) -> bool:
    """True when some story has a finding at or above its own fail-on level."""
    for story in report.stories:
        level = settings.fail_level(story.id)
        if level != "none" and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level] for f in story.findings):
            return True
    return False


def finished_story(settings: Settings, story: StoryReport) -> StoryReport:
    return finish_report(Report([story]), settings).stories[0]


@dataclass(frozen=True)
class StreamedStory:
    """A story of streamed output (`--format jsonl`) as a worker sends it back: its rendered
    lines and what the parent still needs, not the whole report (unpickling a report cost the
    parent more than rendering it costs the worker, on the cores the workers need)."""

    text: str
    skeleton: StoryReport  # batch.story_skeleton: its most severe finding, for the exit code
    counts: StoryCounts


def streamed_story(settings: Settings, options: dict, story: StoryReport) -> StreamedStory:
    from .batch import story_skeleton
    from .report import jsonl_text

    story = finished_story(settings, story)
    return StreamedStory(jsonl_text(Report([story], [], options)), story_skeleton(story), StoryCounts.of(story))


class ConfiguredRun:
    """A batch run whose stories come out with ignored findings removed and progress ticked,
    so streamed output (`--format jsonl`) obeys the configuration like the whole report does.
    Both are done where the story was compared (`finish`, in the worker)."""

    def __init__(self, run, settings: Settings):
        self._run, self._settings = run, settings
        self._total = len(run.plan.stories)

    def __getattr__(self, name):
        return getattr(self._run, name)

    def stories(self) -> Iterator[StoryReport]:
        return self._ticked(partial(finished_story, self._settings))

    def streamed(self) -> Iterator[StreamedStory]:
        return self._ticked(partial(streamed_story, self._settings, self.recorded_options()))

    def _ticked(self, finish) -> Iterator:
        with story_progress(self._total, self._settings.level) as tick:
            for story in self._run.stories(stage=tick.stage, finish=finish):
                tick(story.counts if isinstance(story, StreamedStory) else story)
                yield story

    def recorded_options(self) -> dict:
        return with_filters(self.options.recorded(), self._settings)

    def report(self) -> Report:
        return Report(stories=list(self.stories()), skipped=self.skipped, options=self.recorded_options())

