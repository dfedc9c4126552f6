"""Configuration: `[tool.factcheck]` in pyproject.toml or a factcheck.toml, found upwards.

Search starts in the current directory and goes up to the filesystem root; in each directory
`factcheck.toml` (keys at the top level, or under `[tool.factcheck]`) wins over
`pyproject.toml`, and a pyproject.toml without a `[tool.factcheck]` table is passed over, as
ruff and black do. Precedence, highest first: command-line option, the story's own table
(`[tool.factcheck.stories.<id>]`), the top-level setting, the built-in default.
Mistakes (unknown keys, wrong values) are errors naming the file: a typo in `ignore` must not
silently let findings through.
"""

from __future__ import annotations

import json
import math
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .align import AlignConfig
from .model import FINDING_TYPES, Report

CONFIG_FILE = "factcheck.toml"
FORMATS = ("text", "json", "jsonl", "sarif", "github", "markdown", "html", "rdjson", "gitlab")
FAIL_LEVELS = ("error", "warning", "info", "none")
TRANSLATORS = ("lexicon", "none", "http", "argos")  # factcheck.translate.TRANSLATORS (a test keeps them equal)
STORY_KEYS = {"fail_on", "ignore", "translator"}
TOP_KEYS = STORY_KEYS | {"format", "align", "stories", "min_confidence"}


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class StorySettings:
    fail_on: str | None = None
    ignore: tuple[str, ...] | None = None
    translator: str | None = None


@dataclass(frozen=True)
class Config:
    format: str | None = None
    fail_on: str | None = None
    translator: str | None = None
    ignore: tuple[str, ...] = ()
    min_confidence: float | None = None
    align: dict = field(default_factory=dict)
    stories: dict[str, StorySettings] = field(default_factory=dict)
    source: Path | None = None

    def for_story(self, story_id: str) -> StorySettings:
        """The story's effective settings from the file (the command line comes on top)."""
        own = self.stories.get(story_id, StorySettings())
        return StorySettings(
            fail_on=own.fail_on or self.fail_on,
            ignore=own.ignore if own.ignore is not None else self.ignore,
            translator=own.translator or self.translator,
        )

    def align_config(self) -> AlignConfig:
        return replace(AlignConfig(), **self.align)


def find_config(start: Path | None = None) -> Path | None:
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "factcheck" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """The given file, else the nearest one found from `start` upwards, else defaults."""
    path = path or find_config(start)
    if path is None:
        return Config()
    data = _read_toml(path)
    if path.name == "pyproject.toml" or "tool" in data:
        return parse_config(data.get("tool", {}).get("factcheck", {}), path)
    return parse_config(data, path, table="")


def parse_config(data: dict, source: Path | None = None, table: str = "tool.factcheck") -> Config:
    """`table`: where the keys stand in the file, so that messages name the section as the user wrote it
    (a factcheck.toml has them at the top level: no "[tool.factcheck]" to look for there)."""
    where = str(source or "configuration")
    prefix = f"{table}." if table else ""
    _check_keys(data, TOP_KEYS, where, f"[{table}]" if table else TOP_LEVEL)
    top = _story_settings(data, where, f"[{table}]" if table else TOP_LEVEL)
    stories = data.get("stories", {})
    if not isinstance(stories, dict):
        raise ConfigError(f"{where}: 'stories' must be a table of story ids")
    return Config(
        format=_choice(data, "format", FORMATS, where, f"[{table}]" if table else TOP_LEVEL),
        fail_on=top.fail_on,
        translator=top.translator,
        ignore=top.ignore or (),
        min_confidence=_fraction(data, "min_confidence", where, f"[{table}]" if table else TOP_LEVEL),
        align=_align(data.get("align", {}), where, f"[{prefix}align]"),
        stories={str(sid): _story_table(story, where, f"[{prefix}stories.{sid}]") for sid, story in stories.items()},
        source=source,
    )


def _story_table(table: object, where: str, section: str) -> StorySettings:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: {section} must be a table")
    _check_keys(table, STORY_KEYS, where, section)
    return _story_settings(table, where, section)


def _story_settings(table: dict, where: str, section: str) -> StorySettings:
    ignore = table.get("ignore")
    if ignore is not None:
        if not isinstance(ignore, list) or not all(isinstance(item, str) for item in ignore):
            raise ConfigError(f"{_place(where, section)}: ignore must be a list of finding types")
        unknown = sorted(set(ignore) - set(FINDING_TYPES))
        if unknown:
            raise ConfigError(f"{_place(where, section)}: ignore: unknown finding type(s) {', '.join(unknown)} (known: {', '.join(FINDING_TYPES)})")
        ignore = tuple(ignore)
    return StorySettings(fail_on=_choice(table, "fail_on", FAIL_LEVELS, where, section), ignore=ignore,
                         translator=_choice(table, "translator", TRANSLATORS, where, section))


def _align(table: object, where: str, section: str) -> dict:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: {section} must be a table")
    counts = {f.name for f in fields(AlignConfig) if isinstance(f.default, int)}
    _check_keys(table, {f.name for f in fields(AlignConfig)}, where, section)
    for key, value in table.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{_place(where, section)}: {key} must be a number")
        # nan, inf or a negative value ran silently (a threshold of nan paired nothing) or failed
        # half-way as an internal error ('cannot convert float NaN to integer').
        if not math.isfinite(value) or value < 0:
            raise ConfigError(f"{_place(where, section)}: {key} = {value} must be a finite number of at least 0")
        if key in counts and value != int(value):
            raise ConfigError(f"{_place(where, section)}: {key} = {value} must be a whole number")
    return {key: int(value) if key in counts else float(value) for key, value in table.items()}


def _fraction(table: dict, key: str, where: str, section: str) -> float | None:
    """A number from 0 to 1 (`min_confidence = 0.5`), as `--min-confidence` takes."""
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        shown = "nan" if value != value else json.dumps(value, default=str)  # as TOML writes it, not NaN
        raise ConfigError(f"{_place(where, section)}: {key} = {shown} must be a number from 0 to 1")
    return float(value)


def _choice(table: dict, key: str, allowed: tuple[str, ...], where: str, section: str) -> str | None:
    value = table.get(key)
    if value is not None and value not in allowed:
        raise ConfigError(f"{_place(where, section)}: {_not_one_of(key, value, allowed)}")
    return value


def _not_one_of(key: str, value: object, allowed: tuple[str, ...]) -> str:
    """The value as TOML writes it (`translator = true`, `format = ["json"]`), not as Python's repr
    (`True`, `['json']`, a table as `{'url': 5}`)."""
    choices = ", ".join(allowed)
    if isinstance(value, dict):
        return f"{key} is a table, not one of {choices}"
    return f"{key} = {json.dumps(value, default=str)} is not one of {choices}"


TOP_LEVEL = "the top level of the file"


def _place(where: str, section: str) -> str:
    """The file and its section, as the user wrote it: "factcheck.toml: [stories.x]". It read "the top
    level of the file ignore must be a list", and a story's `fail_on = 3` named no story."""
    return where if section == TOP_LEVEL else f"{where}: {section}"


def _check_keys(table: dict, allowed: set[str], where: str, section: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) in {section}: {', '.join(unknown)} (allowed: {', '.join(sorted(allowed))})")


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: {err}") from None
    except UnicodeDecodeError:  # a ValueError: it was reported as a bad --ignore value
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 text (saved as UTF-16 or Latin-1?)") from None
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err.strerror or err}") from None


def apply_ignores(report: Report, config: Config, cli_ignore: tuple[str, ...] | None = None) -> Report:
    """Drop findings of ignored types, per story (the command line's list replaces the file's)."""
    stories = []
    for story in report.stories:
        ignored = set(cli_ignore if cli_ignore is not None else config.for_story(story.id).ignore or ())
        kept = [f for f in story.findings if f.type not in ignored]
        stories.append(story if len(kept) == len(story.findings) else replace(story, findings=kept))
    return replace(report, stories=stories)

