"""Batch mode: streaming plan, story grouping, --jobs determinism, streamed JSONL output."""

import json
import os
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.batch import BatchOptions, run_batch
from factcheck.cli import app
from factcheck.config import Config
from factcheck.pipeline import Options
from factcheck.progress import Verbosity
from factcheck.report import report_to_dict
from factcheck.report.findings import plural
from factcheck.runtime import ConfiguredRun, Settings

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "batch" / "three_stories.jsonl"
SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "factcheck" / "schema" / "report.schema.json").read_text())


def _report(paths, **batch):
    return report_to_dict(run_batch([str(p) for p in paths], Options(use_cache=False), BatchOptions(**batch)).report())


def test_stories_come_from_the_story_field_in_order_of_first_appearance():
    report = _report([FIXTURE], jobs=1)
    assert [s["id"] for s in report["stories"]] == ["blackberry", "floods", "merger"]
    assert [[d["id"] for d in s["documents"]] for s in report["stories"]] == [["bb-en", "bb-nl"], ["fl-en", "fl-nl"], ["ms-en", "ms-nl"]]


def test_two_jobs_give_exactly_the_output_of_one_job():
    assert _report([FIXTURE], jobs=2) == _report([FIXTURE], jobs=1)


def test_unlabelled_feed_is_clustered_into_the_same_stories(tmp_path):
    unlabelled = tmp_path / "feed.jsonl"
    lines = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    unlabelled.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "story"}) + "\n" for r in lines), encoding="utf-8")
    stories = _report([unlabelled], jobs=1)["stories"]
    assert [[d["id"] for d in s["documents"]] for s in stories] == [["bb-en", "bb-nl"], ["fl-en", "fl-nl"], ["ms-en", "ms-nl"]]
    assert [s["id"] for s in stories] == ["cluster-1", "cluster-2", "cluster-3"]


def test_batch_equals_the_one_shot_pipeline_on_the_seeds():
    from factcheck.pipeline import run

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    expected = report_to_dict(run([str(seeds)], Options(use_cache=False)))
    assert _report([seeds], jobs=2) == expected


def test_bad_lines_are_skipped_and_the_rest_still_runs(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(FIXTURE.read_bytes() + b"not json\n\n")
    run = run_batch([str(feed)], Options(use_cache=False), BatchOptions(jobs=1))
    assert [s.path for s in run.skipped] == [f"{feed}:7"]
    assert len(run.report().stories) == 3


def test_streamed_jsonl_has_one_valid_report_line_per_story(tmp_path):
    result = CliRunner().invoke(app, ["compare", str(FIXTURE), "--format", "jsonl", "--jobs", "2", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["stories"][0]["id"] for line in lines] == ["blackberry", "floods", "merger"]
    for line in lines:
        jsonschema.validate(line, SCHEMA)
        assert len(line["stories"]) == 1


@pytest.mark.parametrize("extra", [[], ["--ignore", "time_mismatch", "--min-confidence", "0.7"]])
def test_streamed_stories_are_finished_and_rendered_alike_in_workers_and_in_process(extra):
    """With --jobs 2 a worker applies the settings and renders each story's line (only the line,
    the most severe finding and the counts come back): the same bytes and --verbose counts as
    one job, where it all happens in the one process."""
    def run(jobs):
        result = CliRunner().invoke(app, ["compare", str(FIXTURE), "--format", "jsonl", "--jobs", jobs, "--no-cache",
                                          "--verbose", "--fail-on", "info", *extra])
        counts = [line.split(" (")[0] for line in result.stderr.splitlines() if line.startswith("factcheck: story ")]
        return result.exit_code, result.stdout, counts

    one, two = run("1"), run("2")
    assert two == one
    exit_code, stdout, counts = one
    lines = [json.loads(line)["stories"][0] for line in stdout.splitlines()]
    assert counts == [f"factcheck: story {s['id']}: {plural(len(s['documents']), 'article')}, {plural(len(s['claims']), 'claim')}, "
                      f"{plural(len(s['findings']), 'finding')}" for s in lines]
    findings = [f for s in lines for f in s["findings"]]
    assert exit_code == (1 if findings else 0)  # from the most severe finding each story sent back
    # The fixture's two findings: an error on a time (ignored by type) and a warning on a number
    # at confidence 0.675 (left out by --min-confidence 0.7).
    assert {f["type"] for f in findings} == (set() if extra else {"time_mismatch", "number_mismatch"})


def test_streaming_writes_each_story_before_the_next_is_computed(monkeypatch):
    """The first story line is on the stream before the engine has been asked for the last story."""
    from factcheck import batch as batch_module

    written_before_last: list[int] = []
    lines: list[str] = []

    class Stream:
        def write(self, text):
            lines.append(text)

        def flush(self):
            pass

    original = batch_module.BatchRun.tasks

    def tasks(self):
        for number, task in enumerate(original(self)):
            if number == 2:
                written_before_last.append(len(lines))
            yield task

    monkeypatch.setattr(batch_module.BatchRun, "tasks", tasks)
    from factcheck import cli

    monkeypatch.setattr(cli, "_open_output", lambda output: _nullcontext(Stream()))
    run = ConfiguredRun(run_batch([str(FIXTURE)], Options(use_cache=False), BatchOptions(jobs=1)), _quiet_settings())
    cli._stream_jsonl(run, None)
    assert written_before_last == [2]


def _quiet_settings() -> Settings:
    return Settings(config=Config(), format="jsonl", fail_on=None, default_fail_on="none", translator="lexicon",
                    ignore=None, level=Verbosity.QUIET)


def _nullcontext(value):
    from contextlib import nullcontext

    return nullcontext(value)


def test_unknown_grouping_is_refused():
    with pytest.raises(ValueError):
        run_batch([str(FIXTURE)], Options(), BatchOptions(group="nope"))


def test_warm_up_runs_one_tiny_uncached_story_in_the_languages_of_the_run(monkeypatch):
    from factcheck import batch as batch_module

    seen = []
    monkeypatch.setattr(batch_module, "process_story",
                        lambda task, options: seen.append(([doc.lang for doc in task.documents], options.use_cache)))
    run = run_batch([str(FIXTURE)], Options(), BatchOptions(jobs=1))
    batch_module.warm_up(run.options, run.plan.languages())
    assert seen == [(["en", "nl"], False)]


def test_warm_up_failures_are_not_errors(monkeypatch):
    from factcheck import batch as batch_module

    monkeypatch.setattr(batch_module, "process_story", lambda task, options: 1 / 0)
    batch_module.warm_up(Options(), ["en"])


def _note_pid(folder: str) -> None:
    import os

    (Path(folder) / str(os.getpid())).touch(exist_ok=False)  # a second load in one worker would fail here


def _worker_environment(_task) -> tuple[int, str]:
    import os

    return os.getpid(), os.environ.get("OPENBLAS_NUM_THREADS", "")


def test_started_workers_each_load_the_data_once_and_use_one_blas_thread(tmp_path, monkeypatch):
    from functools import partial

    from factcheck.engines import InProcessEngine
    from factcheck.engines import local

    monkeypatch.setattr(local, "start_method", lambda: "forkserver")  # what a run with other threads gets
    with local.ProcessEngine(2, partial(_note_pid, str(tmp_path))) as engine:
        results = list(engine.map_ordered(_worker_environment, range(12)))
    workers = {pid for pid, _ in results}
    loaded = {int(path.name) for path in tmp_path.iterdir()}
    assert workers <= loaded and len(loaded) <= 2 and os.getpid() not in loaded  # every worker that ran a task had loaded, once
    assert {threads for _, threads in results} == {"1"}
    from factcheck.engines import get_engine

    # In-process: nothing loaded ahead, the stories load what they use.
    with get_engine(BatchOptions(jobs=1), 5, partial(_note_pid, str(tmp_path))) as engine:
        assert isinstance(engine, InProcessEngine) and len(list(engine.map_ordered(_worker_environment, range(2)))) == 2
    assert len(list(tmp_path.iterdir())) == len(loaded)


def test_forked_workers_share_the_data_the_parent_loaded_once(tmp_path):
    from functools import partial

    from factcheck.engines import local

    if local.start_method() != "fork":
        pytest.skip("workers are not forked here")
    with local.ProcessEngine(2, partial(_note_pid, str(tmp_path))) as engine:
        results = list(engine.map_ordered(_worker_environment, range(12)))
    assert {int(path.name) for path in tmp_path.iterdir()} == {os.getpid()}  # loaded here, before the fork, only
    assert os.getpid() not in {pid for pid, _ in results} and {threads for _, threads in results} == {"1"}


def _frozen_objects(_task) -> int:
    import gc

    return gc.get_freeze_count()


def test_forked_workers_inherit_the_parents_data_frozen(tmp_path):
    """The data the parent loaded before the fork is out of the workers' collections from their
    first story on (a full collection would read all of it, and copy its pages)."""
    import gc
    from functools import partial

    from factcheck.engines import local

    if local.start_method() != "fork":
        pytest.skip("workers are not forked here")
    with local.ProcessEngine(2, partial(_note_pid, str(tmp_path))) as engine:
        frozen = list(engine.map_ordered(_frozen_objects, range(2)))
    assert min(frozen) > 0
    assert gc.get_freeze_count() == 0  # the parent hands its objects back to the collector at the end


def test_a_feed_in_a_folder_is_streamed_like_a_named_one(tmp_path):
    """Found in a folder, a JSONL feed is read line by line and re-read by offset, not held in
    memory; a NUL line is skipped alone; the folder names the story of lines without one."""
    from factcheck.batch import plan
    from factcheck.ingest import IngestOptions

    folder = tmp_path / "feeds"
    folder.mkdir()
    lines = FIXTURE.read_bytes().splitlines()
    lines.insert(1, b'{"id": "nul", "lang": "en", "text": "x\x00y"}')
    lines.append(json.dumps({"id": "loose", "lang": "fr", "text": "Le pont est fermé."}, ensure_ascii=False).encode("cp1252"))
    (folder / "f.jsonl").write_bytes(b"\n".join(lines))
    planned = plan([str(folder)], IngestOptions(), BatchOptions())
    assert planned.held == [] and all(loc.offset is not None for _, locs in planned.stories for loc in locs)
    assert [(s.path, s.code) for s in planned.skipped] == [(f"{folder / 'f.jsonl'}:2", "binary")]
    report = _report([folder], jobs=1)
    assert [s["id"] for s in report["stories"]] == ["blackberry", "floods", "merger", "feeds"]
    assert report["stories"][3]["claims"][0]["text"] == "Le pont est fermé."
    assert _report([folder / "f.jsonl"], jobs=1)["stories"][:3] == report["stories"][:3]


def test_a_batch_opens_the_translation_cache_once_not_per_story(tmp_path, monkeypatch):
    from factcheck.translate.cache import TranslationCache

    opened = []
    original = TranslationCache._open
    monkeypatch.setattr(TranslationCache, "_open", lambda self: opened.append(self.path) or original(self))
    report = run_batch([str(FIXTURE)], Options(cache_dir=str(tmp_path)), BatchOptions(jobs=1)).report()
    assert len(report.stories) == 3 and all(claim.translation for story in report.stories for claim in story.claims)
    assert len(opened) == 1 and (tmp_path / Path(opened[0]).name).exists()
