"""Command line: parse arguments, call the pipeline, hand the report to a renderer. Nothing else.

Exit codes follow ruff/vale/semgrep: 0 clean, 1 findings at or above --fail-on, 2 usage or
input error (including: no usable input at all, or any skipped input with --strict), 3 internal
error (a bug: one line on stderr, the traceback only with `factcheck --debug`).
"""

# No `from __future__ import annotations` here: Typer reads every command's annotations at each
# start, and string annotations it must evaluate one by one (3 ms of every run, `--version` too).
import errno
import logging
import os
import sys
import traceback
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperGroup

from . import DISTRIBUTION, __version__

if TYPE_CHECKING:  # the stages load when a command runs, not for --version or --help
    from .model import Report

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells report it
DEBUG_KEY = "factcheck.debug"


class GuardedGroup(TyperGroup):
    """Every command runs inside this guard: an unexpected exception is a bug, and a user who
    wanted a report gets one line and exit 3 instead of a traceback (`--debug` shows it)."""

    def invoke(self, ctx):
        from .gc_pause import freeze_at_exit, without_cycle_collection
        from .kept_code import generated_code_kept
        from .lazyre import library_patterns_kept

        freeze_at_exit()
        try:
            # the stages' and libraries' patterns and dataclass methods, compiled once across runs
            with library_patterns_kept(), generated_code_kept():
                return without_cycle_collection(super().invoke)(ctx)
        except (typer.Exit, typer.Abort):
            raise  # Typer's own ways of ending: exit codes
        except typer.TyperException as err:  # a usage error: its message may quote an option's value
            if isinstance(getattr(err, "message", None), str):
                err.message = _one_line(err.message)  # `--lang $'\x1b]0;…'` wrote the escape to the terminal
            raise
        except KeyboardInterrupt:
            sys.stderr.write("factcheck: interrupted\n")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except OSError as err:
            if err.errno == errno.EPIPE:  # `factcheck … | head`: the reader has what it wanted
                _reader_gone()
            _report_internal_error(ctx, err)
        except Exception as err:
            _report_internal_error(ctx, err)


def _reader_gone():
    """Exit 0, quietly, as docs/errors.md says. Typer's own handling exits 1: a JSON report larger
    than the pipe's buffer, written in pieces, made `factcheck compare -f json … | head` fail."""
    from .output import silence_stdout

    silence_stdout()  # what is still buffered would fail again as Python exits
    raise typer.Exit(EXIT_OK)


def _report_internal_error(ctx, err: Exception):
    if ctx.meta.get(DEBUG_KEY) or os.environ.get("FACTCHECK_DEBUG"):
        traceback.print_exception(err, file=sys.stderr)
    else:
        detail = f"{type(err).__name__}: {err}"[:300]
        sys.stderr.write(_one_line(f"factcheck: internal error: {detail} (run 'factcheck --debug …' for the traceback)") + "\n")
    raise typer.Exit(EXIT_INTERNAL)


class Program(typer.Typer):
    """The command line app. Called bare, as the `factcheck` script calls it, it ends the process
    without Python's finalisation (factcheck/quick_exit.py); called with anything (arguments,
    `prog_name` as `python -m factcheck` does, a script or a test that goes on after it) it raises
    SystemExit as any Typer app does."""

    def __call__(self, *args, **kwargs):
        try:
            return super().__call__(*args, **kwargs)
        except SystemExit as ended:
            if not args and not kwargs:
                from .quick_exit import end_program, exit_status

                status = exit_status(ended.code)
                if status is not None:
                    end_program(status)
            raise


app = Program(
    cls=GuardedGroup,
    name="factcheck",
    help="Cross-check news articles in several languages, claim by claim.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Help text is plain text: "[embeddings]" and "[tool.factcheck]" are not Rich markup.
    rich_markup_mode=None,
    # Click caps help at 80 columns even in a wider terminal, cutting each command's summary
    # ("…report agreements,..."); up to 120 it now uses the terminal's width.
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
)


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    markdown = "markdown"
    html = "html"
    rdjson = "rdjson"
    gitlab = "gitlab"


class Scorer(str, Enum):
    lexical = "lexical"
    embeddings = "embeddings"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    none = "none"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="On an internal error, show the Python traceback.")] = False,
) -> None:
    """Cross-check news articles in several languages, claim by claim."""
    from .engines import default_to_one_blas_thread

    ctx.meta[DEBUG_KEY] = debug
    _route_warnings_to_stderr()
    default_to_one_blas_thread()


def _route_warnings_to_stderr() -> None:
    """Warnings from the stages (e.g. an unwritable translation cache) read like our errors:
    `factcheck: warning: …` on stderr, never mixed into the report on stdout."""
    logger = logging.getLogger("factcheck")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        logger.addHandler(_StderrHandler())
        logger.setLevel(logging.WARNING)
        logger.propagate = False


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (test runners swap it), lowercase level."""

    def __init__(self):
        super().__init__()
        self.setFormatter(logging.Formatter("factcheck: %(levelname)s: %(message)s"))

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value):
        pass

    def format(self, record: logging.LogRecord) -> str:
        return _one_line(super().format(logging.makeLogRecord({**record.__dict__, "levelname": record.levelname.lower()})))


def _checked_fraction(value: float | None) -> float | None:
    """Click's range check lets "nan" through (every comparison with it is false): `--min-confidence
    nan` left out every finding and passed CI, `--threshold nan` joined no two articles."""
    if value is not None and value != value:
        raise typer.BadParameter("nan is not a number from 0 to 1")
    return value


def _checked_lang(value: str | None) -> str | None:
    from .langid import LanguageError, normalise_language

    try:
        return normalise_language(value) if value is not None else None
    except LanguageError as err:
        raise typer.BadParameter(str(err)) from None


# "PATH...": one or more (the usage line showed "{PATH}", as if only one path were accepted).
PathsArg = Annotated[list[str], typer.Argument(metavar="PATH...", help="Article files, directories (read recursively), or - for stdin.", show_default=False)]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the report to this file instead of stdout (- is stdout).")]
PublishedOpt = Annotated[str | None, typer.Option("--published", metavar="YYYY-MM-DD", help="Publication date (YYYY-MM-DD) for inputs without one.")]
LangOpt = Annotated[str | None, typer.Option("--lang", callback=_checked_lang, metavar="LANG", help="Language for inputs without one: en, nl, de, fr, es, it (else detected).")]
MaxBytesOpt = Annotated[int | None, typer.Option("--max-bytes", min=1, metavar="BYTES", help="Refuse input files larger than this many bytes (default 20 MB).")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit 2 when any input was skipped, even if others were usable.")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the translation cache.")]
CacheDirOpt = Annotated[str | None, typer.Option("--cache-dir", metavar="DIR", help="Translation cache folder.", envvar="FACTCHECK_CACHE_DIR")]
# Options that a configuration file can also set default None, so that "not given" is visible.
FailOnOpt = Annotated[FailOn | None, typer.Option("--fail-on", help="Exit 1 when a finding has at least this severity (default: from config, else none for compare, error for check).", show_default=False)]
ConfiguredFormatOpt = Annotated[Format | None, typer.Option("--format", "-f", help="Output format (default: the --output file's suffix, e.g. .html, .sarif, .json; else from config; else text).", show_default=False)]
ScorerOpt = Annotated[Scorer, typer.Option("--scorer", help=f"Claim similarity: lexical (default, fast) or embeddings (multilingual-e5-small; needs {DISTRIBUTION}[embeddings]).")]


class Translator(str, Enum):
    lexicon = "lexicon"
    none = "none"
    http = "http"
    argos = "argos"


ConfiguredTranslatorOpt = Annotated[Translator | None, typer.Option("--translator", help="Translation back-end (default: from config, else lexicon).", show_default=False)]
TranslatorOptionOpt = Annotated[list[str] | None, typer.Option("--translator-option", metavar="KEY=VALUE", help="Setting for the translation back-end, repeatable: url=, model=, api_key=, timeout= (http); glosses= (lexicon).", show_default=False)]
IgnoreOpt = Annotated[list[str] | None, typer.Option("--ignore", metavar="TYPE[,TYPE...]", help="Finding type(s) to leave out (repeat or comma-separate); replaces the config's list.", show_default=False)]
ConfigOpt = Annotated[str | None, typer.Option("--config", metavar="FILE", help="Configuration file (default: factcheck.toml or pyproject.toml [tool.factcheck], searched upwards).", show_default=False)]
SideBySideOpt = Annotated[bool, typer.Option("--side-by-side", help="Text format: aligned claims in two columns (stacked below 100 columns).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only the report and errors: no progress, summary or warning lines.")]
MinConfidenceOpt = Annotated[float | None, typer.Option("--min-confidence", min=0.0, max=1.0, callback=_checked_fraction, metavar="0-1", help="Leave out findings whose confidence (0-1, in the JSON) is below this (default: from config, else 0).", show_default=False)]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="One line per story on stderr as it is compared.")]


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class Group(str, Enum):
    auto = "auto"
    story = "story"
    cluster = "cluster"


JobsOpt = Annotated[int | None, typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes (default: all cores; 1 runs in-process).")]
EngineOpt = Annotated[Engine, typer.Option("--engine", help=f"Where stories are compared: local processes or a Dask cluster (needs {DISTRIBUTION}[dask]).")]
SchedulerOpt = Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786); default: a local Dask cluster.")]
GroupOpt = Annotated[Group, typer.Option("--group", help="Stories: auto (labels, else cluster JSONL/stdin feeds), story (labels only), cluster (ignore labels).")]


@app.command(short_help="Compare the articles of a story: agreements, conflicts, omissions.")
def compare(
    paths: PathsArg,
    format: ConfiguredFormatOpt = None,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    published: PublishedOpt = None,
    lang: LangOpt = None,
    translator: ConfiguredTranslatorOpt = None,
    translator_option: TranslatorOptionOpt = None,
    scorer: ScorerOpt = Scorer.lexical,
    no_cache: NoCacheOpt = False,
    cache_dir: CacheDirOpt = None,
    max_bytes: MaxBytesOpt = None,
    strict: StrictOpt = False,
    jobs: JobsOpt = None,
    engine: EngineOpt = Engine.local,
    scheduler: SchedulerOpt = None,
    group: GroupOpt = Group.auto,
    ignore: IgnoreOpt = None,
    config: ConfigOpt = None,
    side_by_side: SideBySideOpt = False,
    min_confidence: MinConfidenceOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Compare articles about the same story and report agreements, conflicts and omissions."""
    output = _checked_output(output, paths)
    format = _format_named_by_output(format, output, Format, side_by_side, quiet)
    _check_cache_dir(cache_dir, no_cache)
    from .batch import BatchOptions, run_batch
    from .runtime import ConfiguredRun

    _require_paths(paths)
    if scheduler and engine is not Engine.dask:  # it would be ignored: the run stays local
        raise typer.BadParameter("a scheduler needs --engine dask", param_hint="'--scheduler'")
    settings = _settings(config, format, fail_on, translator, ignore, quiet, verbose, default_fail_on="none", min_confidence=min_confidence)
    _check_side_by_side(side_by_side, settings)
    options = _pipeline_options(settings, settings.translator, translator_option, cache_dir, no_cache, published, lang, max_bytes, scorer)
    batch = BatchOptions(jobs=jobs, engine=engine.value, scheduler=scheduler, group=group.value)
    if settings.format == "jsonl":  # each story is written as soon as it is done
        report = _run_guarded(lambda: _stream_jsonl(ConfiguredRun(run_batch(paths, options, batch), settings), output))
    else:
        report = _run_guarded(lambda: ConfiguredRun(run_batch(paths, options, batch), settings).report())
        _finish(report, Format(settings.format), output, side_by_side=side_by_side)
    raise typer.Exit(_exit_code(report, settings, strict, announce_pass=settings.level >= 2))


@app.command(short_help="CI: check the stories of changed files; exit 1 on errors.")
def check(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Changed article files (their stories' other articles are read too), or directories.", show_default=False)],
    format: ConfiguredFormatOpt = None,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    published: PublishedOpt = None,
    lang: LangOpt = None,
    translator: ConfiguredTranslatorOpt = None,
    translator_option: TranslatorOptionOpt = None,
    scorer: ScorerOpt = Scorer.lexical,
    no_cache: NoCacheOpt = False,
    cache_dir: CacheDirOpt = None,
    max_bytes: MaxBytesOpt = None,
    strict: StrictOpt = False,
    ignore: IgnoreOpt = None,
    config: ConfigOpt = None,
    side_by_side: SideBySideOpt = False,
    min_confidence: MinConfidenceOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """CI entry point: check the stories the given (changed) files belong to; exit 1 on errors."""
    output = _checked_output(output, paths)
    format = _format_named_by_output(format, output, Format, side_by_side, quiet)
    _check_cache_dir(cache_dir, no_cache)
    if "-" in paths:  # it was looked up as a file, "not found (deleted?)", and passed with exit 0
        raise typer.BadParameter("check reads article files and their stories from disk; for standard input use 'factcheck compare -'", param_hint="'PATH...'")
    from .check import run_check

    settings = _settings(config, format, fail_on, translator, ignore, quiet, verbose, default_fail_on="error", min_confidence=min_confidence)
    _check_side_by_side(side_by_side, settings)

    def options_for(story_id: str):
        story_translator = settings.translator_for(story_id, given_on_command_line=translator is not None)
        return _pipeline_options(settings, story_translator, translator_option, cache_dir, no_cache, published, lang, max_bytes, scorer)

    report, missing = _run_guarded(lambda: run_check(paths, options_for, settings.level))
    for path in missing:
        _note(f"{path}: not found (deleted?); checking the rest of its story", settings)
    if not report.stories and not report.skipped:
        _note("no articles to check", settings)
        raise typer.Exit(EXIT_OK)
    report = _apply_settings(report, settings)
    _finish(report, Format(settings.format), output, side_by_side=side_by_side, prefer_paths=paths)
    raise typer.Exit(_exit_code(report, settings, strict, announce_pass=settings.level >= 1))


class ClaimsFormat(str, Enum):
    """The formats that list claims; the finding formats (sarif, markdown...) would show an empty
    comparison ("No differences found") for a command that compares nothing."""

    text = "text"
    json = "json"
    jsonl = "jsonl"


@app.command(short_help="List each article's claims and their facets.")
def claims(
    paths: PathsArg,
    format: Annotated[ClaimsFormat | None, typer.Option("--format", "-f", help="Output format (default: the --output file's suffix, .json or .jsonl; else text).", show_default=False)] = None,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    lang: LangOpt = None,
    max_bytes: MaxBytesOpt = None,
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """List each article's claims and their facets (times, numbers, names, negation, modality)."""
    output = _checked_output(output, paths)
    format = _format_named_by_output(format, output, ClaimsFormat, quiet=quiet) or ClaimsFormat.text
    _quiet_warnings(quiet)
    from .pipeline import Options, extract_only

    _require_paths(paths)
    options = Options(published=_parse_date(published), lang=lang, max_bytes=max_bytes)
    report = _run_guarded(lambda: extract_only(paths, options))
    _finish(report, Format(format.value), output, list_claims=True)
    raise typer.Exit(_strict_exit_code(report, strict) or EXIT_OK)


class ClusterFormat(str, Enum):
    text = "text"
    json = "json"


@app.command(short_help="Group articles into stories automatically.")
def cluster(
    paths: PathsArg,
    format: Annotated[ClusterFormat | None, typer.Option("--format", "-f", help="Output format (default: the --output file's suffix, .json; else text).", show_default=False)] = None,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    lang: LangOpt = None,
    max_bytes: MaxBytesOpt = None,
    threshold: Annotated[float | None, typer.Option("--threshold", min=0.0, max=1.0, callback=_checked_fraction, metavar="0-1", help="Minimum anchor similarity to join a story (default 0.2).")] = None,
    window: Annotated[int | None, typer.Option("--window", min=0, metavar="DAYS", help="Articles further apart than this many days are never one story (default 3).")] = None,
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Group articles into stories automatically (story labels are ignored, but scored against)."""
    output = _checked_output(output, paths)
    format = _format_named_by_output(format, output, ClusterFormat, quiet=quiet) or ClusterFormat.text
    _quiet_warnings(quiet)
    from dataclasses import replace

    from .batch import BatchOptions, plan
    from .cluster import ClusterConfig
    from .pipeline import ingest_settings
    from .report.clusters import clusters_to_dict, render_clusters_text
    from .safe_text import CommandSafeStream, sanitised, write_json

    _require_paths(paths)
    config = ClusterConfig()
    config = replace(config, threshold=config.threshold if threshold is None else threshold,
                     date_window_days=config.date_window_days if window is None else window)
    clusters = plan(paths, ingest_settings(_parse_date(published), lang, max_bytes), BatchOptions(group="cluster", cluster=config))
    for skipped in clusters.skipped:
        _error(f"{skipped.path}: {skipped.reason}")
    with _open_output(output, for_people=format is ClusterFormat.text) as stream:
        if format is ClusterFormat.text:
            safe = CommandSafeStream(stream)
            render_clusters_text(sanitised(clusters), safe)
            safe.finish()
        else:
            write_json(clusters_to_dict(clusters), stream, indent=2)
    if not clusters.stories:
        _error("no usable input" + (" (all inputs were skipped)" if clusters.skipped else ""))
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(_strict_exit_code(clusters, strict) or EXIT_OK)


@app.command(short_help="Print the JSON Schema of the report.")
def schema() -> None:
    """Print the JSON Schema of the report (the machine-readable contract)."""
    from .report.schema import schema_text

    sys.stdout.write(schema_text())


def _parse_date(value: str | None) -> date | None:
    """`--published`, read as front matter's `published:` is (a time may follow the day). Python's
    own ISO reader also took "20151130" and the week date "2015-W49-1", which front matter refuses."""
    if value is None:
        return None
    from .ingest import InputError, parse_published

    try:
        parsed = parse_published(value)
    except InputError as err:
        parsed, problem = None, err.reason.removeprefix("invalid published date ")
    else:
        problem = f"'{value}' (expected YYYY-MM-DD)"  # empty: no date
    if parsed is None:
        raise typer.BadParameter(_one_line(problem), param_hint="'--published'")
    return parsed


def _run_guarded(produce) -> "Report":
    from .embeddings import EmbeddingsUnavailable
    from .engines import EngineUnavailable
    from .translate import TranslationError, TranslatorSettingError

    try:
        return produce()
    except TranslationError as err:  # a setting the user got wrong is said as such, not as a failed translation
        _error(str(err) if isinstance(err, TranslatorSettingError) else f"translation failed: {err}")
        raise typer.Exit(EXIT_INPUT) from None
    except (EmbeddingsUnavailable, EngineUnavailable) as err:
        _error(str(err))
        raise typer.Exit(EXIT_INPUT) from None


def _finish(report: "Report", format: Format, output: Path | None, side_by_side: bool = False, prefer_paths=(), list_claims: bool = False) -> None:
    for skipped in report.skipped:
        _error(f"{skipped.path}: {skipped.reason}")
    with _open_output(output, for_people=format is Format.text) as stream:
        # A report file is plain text, FORCE_COLOR or not (CI sets it for its logs, not artifacts).
        _render(report, format, stream, side_by_side, prefer_paths, list_claims, colour=None if output is None else False)
    if not report.stories:
        _error("no usable input" + (" (all inputs were skipped)" if report.skipped else ""))
        raise typer.Exit(EXIT_INPUT)


def _render(report: "Report", format: Format, stream, side_by_side: bool = False, prefer_paths=(), list_claims: bool = False, colour: bool | None = None) -> None:
    from .report.formats import JSON_FORMATS, WORKFLOW_COMMAND_FORMATS
    from .safe_text import CommandSafeStream, sanitised

    if format.value in JSON_FORMATS:  # escaped by json_text or write_json, the data kept exact
        _render_format(report, format, stream, side_by_side, prefer_paths, list_claims, colour)
    elif format.value in WORKFLOW_COMMAND_FORMATS:  # its own commands, each escaped onto one line
        _render_format(sanitised(report), format, stream, side_by_side, prefer_paths, list_claims, colour)
    else:
        safe = CommandSafeStream(stream)
        _render_format(sanitised(report), format, safe, side_by_side, prefer_paths, list_claims, colour)
        safe.finish()


def _render_format(report: "Report", format: Format, stream, side_by_side: bool, prefer_paths, list_claims: bool, colour: bool | None = None) -> None:
    from .report import jsonl_text, report_to_dict
    from .report.formats import SHARING_FORMATS, render_format
    from .safe_text import write_json

    if format is Format.text and side_by_side:
        from .report.side_by_side import render_side_by_side

        render_side_by_side(report, stream, color=colour)
    elif format is Format.text:
        from .report.text import render_text

        render_text(report, stream, color=colour, list_claims=list_claims)
    elif format.value in SHARING_FORMATS:
        render_format(report, format.value, stream, prefer_paths)
    elif format is Format.json:
        write_json(report_to_dict(report), stream, indent=2)
    else:
        stream.write(jsonl_text(report))


def _stream_jsonl(run, output: Path | None) -> "Report":
    """`compare --format jsonl`: one line per story, written (and flushed) as soon as the story
    is done, in plan order (rendered where the story was compared). The returned report keeps
    only what the exit code needs."""
    from .model import Report
    from .report import jsonl_text

    for skipped in run.skipped:
        _error(f"{skipped.path}: {skipped.reason}")
    reported = len(run.skipped)  # stories that fail during the run are added after these
    report = Report(stories=[], skipped=run.skipped, options=run.recorded_options())
    with _open_output(output) as stream:
        for story in run.streamed():
            stream.write(story.text)
            stream.flush()
            report.stories.append(story.skeleton)
        for skipped in report.skipped[reported:]:
            _error(f"{skipped.path}: {skipped.reason}")
        if report.skipped:
            stream.write(jsonl_text(Report([], report.skipped, report.options)))
    if not report.stories:
        _error("no usable input" + (" (all inputs were skipped)" if report.skipped else ""))
        raise typer.Exit(EXIT_INPUT)
    return report


@contextmanager
def _open_output(output: Path | None, for_people: bool = False):
    """The report stream (factcheck.output: atomic file, checked stdout); failure is exit 2."""
    from .output import OutputError, report_stream

    try:
        with report_stream(output, for_people) as stream:
            yield stream
    except OutputError as err:
        _error(str(err))
        raise typer.Exit(EXIT_INPUT) from None


def _checked_output(output: Path | None, paths: list[str]) -> Path | None:
    """Before any work: an output that cannot be written, or that is an input, is a usage error.
    `-o -` is standard output, as `-` is standard input (it wrote a file named "-")."""
    from .output import OutputError, check_output

    if output is not None and str(output) == "-":
        output = None
    try:
        check_output(output, paths)
    except OutputError as err:
        raise typer.BadParameter(_one_line(str(err)), param_hint="'--output'") from None
    return output


def _format_named_by_output(format: Enum | None, output: Path | None, formats: type[Enum], side_by_side: bool = False,
                            quiet: bool = False) -> Enum | None:
    """--format, else the format of `formats` that the --output file's suffix names (`-o report.html`
    wrote the text report into an .html file), else None: the configuration or the default decides.
    `--side-by-side` is a text view: it keeps text whatever the file is called. A suffix that names
    no format of the command is said (a warning), unless `quiet`."""
    from .report.formats import format_for_output

    if format is not None or output is None or side_by_side:
        return format
    offered = tuple(member.value for member in formats)
    named = format_for_output(output.name, offered)
    if named is None and output.suffix and not quiet:
        # `-o report.yaml` would otherwise get the text report without a word
        logging.getLogger("factcheck").warning(
            "%s: the suffix %s names no format this command writes (%s); writing the configured or default "
            "format (choose one with --format)", output, output.suffix, ", ".join(offered))
    return formats(named) if named else None


def _quiet_warnings(quiet: bool) -> None:
    """`-q` means the same in every command: the report and errors only, so no warning lines."""
    logging.getLogger("factcheck").setLevel(logging.ERROR if quiet else logging.WARNING)


def _check_cache_dir(cache_dir: str | None, no_cache: bool) -> None:
    """A cache folder the user named (option or FACTCHECK_CACHE_DIR) that cannot be one is a
    usage error before the run; the default folder only warns (the run goes on without cache)."""
    if not cache_dir or no_cache:  # "" (FACTCHECK_CACHE_DIR= ) means the default, as in the pipeline
        return
    from .translate.cache import cache_dir_problem

    problem = cache_dir_problem(Path(cache_dir))
    if problem is not None:
        raise typer.BadParameter(_one_line(problem), param_hint="'--cache-dir'")


def _exit_code(report: "Report", settings, strict: bool, announce_pass: bool) -> int:
    """--strict's exit 2 over the verdict, whose summary line is still given: the action's
    outputs (findings, errors, warnings) are read from it, and they said 0 under --strict."""
    verdict = _verdict(report, settings, announce_pass)
    return _strict_exit_code(report, strict) or verdict


def _strict_exit_code(report: "Report", strict: bool) -> int:
    if strict and report.skipped:
        _error(f"{len(report.skipped)} input(s) skipped and --strict is set")
        return EXIT_INPUT
    return EXIT_OK


def _settings(config, format, fail_on, translator, ignore, quiet, verbose, default_fail_on: str, min_confidence: float | None = None):
    """Command line over configuration file over built-in default; a bad file is exit 2."""
    from .runtime import ConfigError, resolve_settings

    _quiet_warnings(quiet)
    try:
        return resolve_settings(
            config, format.value if format else None, fail_on.value if fail_on else None, translator.value if translator else None,
            ignore, quiet, verbose, default_fail_on, min_confidence,
        )
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint="'--ignore'") from None
    except ConfigError as err:
        _error(str(err))
        raise typer.Exit(EXIT_INPUT) from None


def _pipeline_options(settings, translator: str, translator_option, cache_dir, no_cache: bool, published, lang, max_bytes, scorer: Scorer = Scorer.lexical):
    from .pipeline import Options

    return Options(
        translator=translator,
        translator_options=_translator_options(translator_option or []),
        scorer=scorer.value,
        cache_dir=cache_dir,
        use_cache=not no_cache,
        published=_parse_date(published),
        lang=lang,
        max_bytes=max_bytes,
        align=settings.config.align_config(),
    )


def _apply_settings(report: "Report", settings) -> "Report":
    from .runtime import finish_report

    return finish_report(report, settings)


def _verdict(report: "Report", settings, announce_pass: bool) -> int:
    """Exit 1 when a story has a finding at or above its fail-on level; the one-line summary
    (`factcheck: 2 stories, 1 error, 3 warnings — FAIL (--fail-on error)`) goes to stderr, never
    into the report. A failure is always explained (unless --quiet): exit 1 must not be a mystery."""
    from .report.findings import summary_line
    from .runtime import failed

    verdict = failed(report, settings)
    if verdict and settings.level >= 1:
        sys.stderr.write(_one_line(summary_line(report, verdict) + _fail_on_source(settings)) + "\n")
    elif announce_pass:
        sys.stderr.write(summary_line(report, verdict) + "\n")
    return EXIT_FINDINGS if verdict else EXIT_OK


def _fail_on_source(settings) -> str:
    """Where the failing level came from, when it was not on the command line."""
    if settings.fail_on is None and settings.config.source is not None:
        return f" (fail_on from {settings.config.source})"
    return ""


def _require_paths(paths: list[str]) -> None:
    """A path that does not exist is a usage error (exit 2), as in ruff and semgrep: a typo in CI
    (or an option value read as a path) must not pass silently. So is `-` given twice."""
    missing = [path for path in paths if path != "-" and not os.path.lexists(path)]
    for path in missing:
        _error(f"{path}: no such file or directory")
    if paths.count("-") > 1:  # the second read finds it used up: an "empty file" that is not one
        _error("- (standard input) can be given only once")
    if missing or paths.count("-") > 1:
        raise typer.Exit(EXIT_INPUT)


def _check_side_by_side(side_by_side: bool, settings) -> None:
    if side_by_side and settings.format != "text":
        _error(f"--side-by-side works only with --format text (the format is {settings.format})")
        raise typer.Exit(EXIT_INPUT)


def _translator_options(values: list[str]) -> dict[str, str | int | float]:
    """`--translator-option url=http://localhost:8080 --translator-option timeout=30`."""
    options: dict[str, str | int | float] = {}
    for value in values:
        key, sep, raw = value.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"'{value}' is not KEY=VALUE", param_hint="'--translator-option'")
        options[key.strip()] = _number_or_text(raw.strip())
    return options


def _number_or_text(raw: str) -> str | int | float:
    for kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            pass
    return raw


def _note(message: str, settings) -> None:
    if settings.level >= 1:
        sys.stderr.write(_one_line(f"factcheck: {message}") + "\n")


def _error(message: str) -> None:
    sys.stderr.write(_one_line(f"factcheck: error: {message}") + "\n")


def _one_line(message: str) -> str:
    """One problem, one line: a file name or reason with a newline in it must not forge a
    second message, so control characters are shown escaped."""
    from .safe_text import one_line

    return one_line(message)
