"""Is the extra CPU of `--jobs 2` work that each worker repeats, or two workers slowing each other
down (issue 16)? Runs the stories of the NTREX batch in forked children, the way `--jobs 2` does,
but one child at a time:

    python -m benchmarks.jobs_in_turn [--repeat 3]

- one child: every story, after the parent's start-up (imports, plan, numpy, warm-up of the shared
  languages), as one forked worker would;
- two children in turn: the same stories split the way language affinity splits them between
  two workers (each language's stories to one child only: no language is loaded twice, so this is
  the least repeated work), the second child started when the first has ended.

Both print the children's CPU seconds for their stories (medians of `--repeat`). Without
concurrency two children repeat only what each loads or learns for itself (language data,
memos); the rest of the gap between `--jobs 2` and `--jobs 1` CPU is contention of two processes
running at once (caches, memory bandwidth), which a scheduler cannot remove. Only timings are
looked at, never the output.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from factcheck.cachefile import COMPILED_CACHE_ENV


def split_by_language(tasks: list, shared: frozenset) -> tuple[list, list]:
    """Each language's stories to one child (the larger languages first, each to the child with
    fewer stories so far)."""
    by_language: dict[frozenset, list] = {}
    for task in tasks:
        by_language.setdefault(frozenset(doc.lang for doc in task.documents) - shared, []).append(task)
    halves: tuple[list, list] = ([], [])
    for group in sorted(by_language.values(), key=len, reverse=True):
        min(halves, key=len).extend(group)
    return halves


def child_cpu(stories: list, run_story) -> float:
    """CPU seconds of a forked child that runs `stories` (as a worker would) and exits."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: start as a worker does, run the stories, report, leave at once
        os.close(reader)
        from factcheck.engines.local import start_worker

        start_worker(None)
        start = time.process_time()
        for task in stories:
            run_story(task)
        os.write(writer, repr(time.process_time() - start).encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as answer:
        seconds = float(answer.read())
    os.waitpid(pid, 0)
    return seconds


def _run_story(task, options, finish) -> None:
    from factcheck.batch import process_story_safely
    from factcheck.gc_pause import run_and_freeze

    run_and_freeze(process_story_safely, task, options, finish)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from factcheck.engines import default_to_one_blas_thread

    default_to_one_blas_thread()
    with tempfile.TemporaryDirectory() as tmp:
        from benchmarks.jobs_timeline import ntrex_batch

        os.environ[COMPILED_CACHE_ENV] = str(Path(tmp) / "cache")
        batch = ntrex_batch(Path(tmp))
        from factcheck.align import load_numpy
        from factcheck.batch import BatchOptions, run_batch, warm_up
        from factcheck.pipeline import Options
        from factcheck.runtime import resolve_settings, streamed_story

        options = Options(use_cache=False)
        run = run_batch([str(batch)], options, BatchOptions(jobs=2))
        finish = partial(streamed_story, resolve_settings(None, "jsonl", None, None, None, False, False, "none"),
                         options.recorded())
        tasks = list(run.tasks())
        shared = run.plan.shared_languages(2)
        load_numpy()  # what the parent does before it forks the workers (batch.BatchRun.stories)
        warm_up(options, shared)
        gc.freeze()
        first, second = split_by_language(tasks, frozenset(shared))
        run_story = partial(_run_story, options=options, finish=finish)
        child_cpu(tasks, run_story)  # untimed: the cache directory as a later run finds it
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        one, in_turn = [], []
        for _ in range(args.repeat):
            one.append(child_cpu(tasks, run_story))
            in_turn.append(child_cpu(first, run_story) + child_cpu(second, run_story))
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"stories: {len(tasks)}, split {len(first)} + {len(second)}")
    print(f"one child, every story: {statistics.median(one):.3f} s CPU ({' '.join(f'{x:.3f}' for x in one)})")
    print(f"two children in turn: {statistics.median(in_turn):.3f} s CPU ({' '.join(f'{x:.3f}' for x in in_turn)}); "
          f"x{statistics.median(in_turn) / statistics.median(one):.3f} of one child")
    return 0


if __name__ == "__main__":
    sys.exit(main())
