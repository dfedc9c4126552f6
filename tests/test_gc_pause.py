"""The cycle collector is paused while a story is extracted and compared (factcheck/gc_pause.py):
that is only safe while the pipeline makes no reference cycles, and the collector's state must
be restored afterwards, also when the story fails."""

import gc

import pytest

from factcheck.gc_pause import without_cycle_collection
from factcheck.model import Report
from factcheck.pipeline import Options, compare_documents, run
from factcheck.report import jsonl_text
from tests.conftest import SEEDS
from tests.test_scale import EN_WORDS, NL_WORDS, one_long_sentence


@pytest.fixture
def collector_state():
    was_enabled = gc.isenabled()
    yield
    gc.enable() if was_enabled else gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collectors_state_is_restored_also_after_an_error(collector_state, enabled):
    gc.enable() if enabled else gc.disable()
    seen = []

    @without_cycle_collection
    def story(fail: bool):
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("bad story")
        return "report"

    assert story(False) == "report"
    with pytest.raises(ValueError):
        story(True)
    assert seen == [False, False]
    assert gc.isenabled() is enabled


def test_a_story_leaves_no_cyclic_garbage(collector_state):
    from factcheck.model import Document

    documents = [Document(f"d{i}", "", lang, one_long_sentence(words, 1500, seed=i))
                 for i, (lang, words) in enumerate([("en", EN_WORDS), ("nl", NL_WORDS), ("en", EN_WORDS)])]
    options = Options(use_cache=False)

    def stories():
        jsonl_text(Report([compare_documents(documents, options)], [], {}))  # a batch worker renders too
        return run([str(SEEDS)], options)

    stories()  # first use loads lexicons and patterns lazily; those are not per-story work
    gc.collect()
    gc.disable()
    report = stories()
    assert report.stories and report.stories[0].findings
    assert gc.collect() == 0  # nothing unreachable was left for the collector: refcounting freed it all


def test_a_batch_freezes_what_outlives_each_story_until_the_run_ends():
    """The language data and caches a story leaves are frozen (out of the collector's scans)
    after each story, and handed back to the collector when the run ends."""
    from factcheck.engines import InProcessEngine

    frozen = []
    with InProcessEngine() as engine:
        for _ in engine.map_ordered(lambda task: frozen.append(gc.get_freeze_count()), range(2)):
            frozen.append(gc.get_freeze_count())
    assert frozen[1] > 0 and frozen[3] >= frozen[1]  # after each story
    assert gc.get_freeze_count() == 0


def test_a_command_runs_without_cycle_collection_and_restores_it(monkeypatch):
    """Start-up (imports of the stages, typer, rich) allocates long-lived objects only: the young
    collections it triggered re-scanned them ~90 times a seed run. The command runs paused; the
    collector is as before once it has ended, even when it failed."""
    from typer.core import TyperGroup
    from typer.testing import CliRunner

    from factcheck.cli import app

    seen = []

    def command_body(self, ctx):
        seen.append(gc.isenabled())
        raise RuntimeError("the command fails")

    monkeypatch.setattr(TyperGroup, "invoke", command_body)
    assert gc.isenabled()
    result = CliRunner().invoke(app, ["compare", "seeds"])
    assert result.exit_code == 3
    assert seen == [False]
    assert gc.isenabled()


def test_after_a_command_the_heap_is_frozen_at_exit_so_finalisation_does_not_scan_it():
    """Python's last collection at exit scans every unfrozen object (the whole heap after a
    batch); a command arranges for everything to be frozen at exit, and a batch still unfreezes
    what it froze when it ends (for a caller that goes on). Run in a child process: the handler
    must not freeze this test session."""
    import subprocess
    import sys

    script = (
        "import atexit, gc, os\n"
        "from factcheck.cli import app\n"
        "try:\n"
        f"    app(['compare', {str(SEEDS)!r}, '--no-cache', '-o', os.devnull], prog_name='factcheck')\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert gc.get_freeze_count() == 0\n"
        "atexit._run_exitfuncs()\n"
        "print(gc.get_freeze_count(), len(gc.get_objects()))\n"
    )
    frozen, unfrozen = map(int, subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                               check=True).stdout.split())
    assert frozen > 50_000 and unfrozen < 100
