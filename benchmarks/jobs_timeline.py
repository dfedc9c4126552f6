"""Where a `--jobs N` batch spends its time (issue 16): a timeline of the parent and each worker.

    python -m benchmarks.jobs_timeline [--jobs 2] [--repeat 3] [--compare-one] [--pool-of-one] [--sizes]

Runs `factcheck compare BATCH --format jsonl --no-cache --jobs N` in fresh child processes, the
246-article NTREX batch of `bench_speed` (123 stories of English + one other language), with the
batch code wrapped from outside (nothing user-visible in the product): the parent stamps the end of
its imports, of the plan, of the warm-up, the fork of the pool and its shutdown; each worker stamps
its start, every story (wall, CPU, page faults; with `--sizes` the pickled size of what it sends
back, which costs the worker a second pickling) and its exit. A cache folder of its own, as in
`bench_speed`. Printed, medians over the repeats:

- the parent's serial part: wall and CPU seconds until the pool is forked (imports, plan, warm-up);
- each worker's busy and idle seconds from the fork to the parent's end (idle = waiting for a task
  or for the parent), how many of the five languages beside English it met, and the tail: seconds between the first and the last worker's last story;
- the end: the pool's shutdown (waiting for the workers to exit) and the parent's own exit;
- per-story CPU in the workers against the same stories in-process (`--compare-one`) and in one
  forked worker alone (`--pool-of-one`): what a fork costs a story (copy-on-write) apart from what
  a second worker costs (each has its own memos and lazily loaded data; shared caches).

Only timings are looked at, never the output.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck.cachefile import COMPILED_CACHE_ENV

ROOT = Path(__file__).resolve().parents[1]
SIZES_ENV = "FACTCHECK_TIMELINE_SIZES"
POOL_OF_ONE_ENV = "FACTCHECK_TIMELINE_POOL_OF_ONE"


# --------------------------------------------------------------------------- inside the measured process


def _stamp(folder: str, record: dict) -> None:
    """One JSON line per event in a file per process (workers end with os._exit: written at once)."""
    with open(os.path.join(folder, f"{os.getpid()}.jsonl"), "a", encoding="utf-8") as out:
        out.write(json.dumps({"pid": os.getpid(), "wall": time.time(), "cpu": time.process_time(),
                              "faults": resource.getrusage(resource.RUSAGE_SELF).ru_minflt, **record}) + "\n")


def _wrapped(module, name: str, before=None, after=None) -> None:
    import functools

    original = getattr(module, name)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        if before:
            before(*args)
        result = original(*args, **kwargs)
        if after:
            after(result, *args)
        return result

    setattr(module, name, wrapper)  # same module and name: a pool pickles it by reference


def instrumented_run(folder: str, argv: list[str]) -> None:
    import pickle

    _stamp(folder, {"event": "interpreter"})
    from factcheck import batch, cli

    _stamp(folder, {"event": "imports"})
    _wrapped(batch, "plan", after=lambda result, *a: _stamp(folder, {"event": "plan"}))
    _wrapped(batch, "warm_up", before=lambda *a: _stamp(folder, {"event": "warm_up start"}),
             after=lambda result, *a: _stamp(folder, {"event": "warm_up end"}))

    sizes = os.environ.get(SIZES_ENV) == "1"  # pickling each result again costs the worker CPU

    def story_done(result, task, *rest):
        _stamp(folder, {"event": "story end", "story": getattr(task, "story_id", "?"),
                        "bytes": len(pickle.dumps(result)) if sizes else 0})

    _wrapped(batch, "process_story_safely",
             before=lambda task, *rest: _stamp(folder, {"event": "story start", "story": getattr(task, "story_id", "?")}),
             after=story_done)
    pool_of_one = os.environ.get(POOL_OF_ONE_ENV) == "1"
    if pool_of_one or argv[argv.index("--jobs") + 1] != "1":
        from factcheck import engines
        from factcheck.engines import local

        if pool_of_one:  # one forked worker: what running outside the parent costs, without a second worker
            engines.get_engine = lambda batch, stories, load_data=None, affinity=None: local.ProcessEngine(1, load_data, affinity)

        _wrapped(local, "start_worker", before=lambda *a: _stamp(folder, {"event": "worker start"}),
                 after=lambda result, *a: _stamp(folder, {"event": "worker ready"}))
        _wrapped(local.ProcessEngine, "__enter__", after=lambda result, *a: _stamp(folder, {"event": "pool"}))
        _wrapped(local.ProcessEngine, "_collect", after=lambda result, *a: _stamp(folder, {"event": "result"}))
        _wrapped(local.ProcessEngine, "__exit__", before=lambda *a: _stamp(folder, {"event": "shutdown start"}),
                 after=lambda result, *a: _stamp(folder, {"event": "shutdown end"}))
        from factcheck import lazyre

        _wrapped(lazyre, "save_compiled", before=lambda *a: _stamp(folder, {"event": "worker exit"}),
                 after=lambda result, *a: _stamp(folder, {"event": "worker saved"}))
    try:
        cli.app(argv, prog_name="factcheck")
    except SystemExit:
        pass
    _stamp(folder, {"event": "end"})


# --------------------------------------------------------------------------- the benchmark


def run_once(batch: Path, jobs: int, folder: Path, pool_of_one: bool = False) -> dict:
    folder.mkdir()
    start = time.time()
    command = [sys.executable, "-m", "benchmarks.jobs_timeline", "--inside", str(folder), "--",
               "compare", str(batch), "--format", "jsonl", "--no-cache", "-o", "/dev/null", "--jobs", str(jobs)]
    env = {**os.environ, POOL_OF_ONE_ENV: "1" if pool_of_one else ""}
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.time() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} exited {os.waitstatus_to_exitcode(status)}")
    events = [json.loads(line) for path in folder.glob("*.jsonl") for line in path.read_text().splitlines()]
    return summarise(events, start, wall, usage.ru_utime + usage.ru_stime)


def summarise(events: list[dict], start: float, wall: float, cpu: float) -> dict:
    parent = next(e["pid"] for e in events if e["event"] == "interpreter")
    mine = {e["event"]: e for e in events if e["pid"] == parent and e["event"] not in ("result", "story start", "story end")}
    stories = {}
    for e in sorted(events, key=lambda e: e["wall"]):
        if e["event"] == "story start":
            stories[(e["pid"], e["story"])] = {"pid": e["pid"], "start": e["wall"], "cpu0": e["cpu"], "faults0": e["faults"]}
        elif e["event"] == "story end":
            s = stories[(e["pid"], e["story"])]
            s.update(end=e["wall"], cpu=e["cpu"] - s.pop("cpu0"), faults=e["faults"] - s.pop("faults0"), bytes=e["bytes"])
    story_cpu = {story: s["cpu"] for (pid, story), s in stories.items() if not story.startswith("warm-up")}
    end = mine["end"]["wall"]
    summary = {"wall": wall, "cpu": cpu, "exit": start + wall - mine["end"]["wall"], "to imports": mine["imports"]["wall"] - start,
               "to plan": mine["plan"]["wall"] - start, "stories": story_cpu,
               "story bytes": sum(s["bytes"] for (pid, story), s in stories.items() if not story.startswith("warm-up"))}
    summary["story faults"] = sum(s["faults"] for (pid, story), s in stories.items() if not story.startswith("warm-up"))
    pool = mine.get("pool")
    if pool is None:  # in-process
        return summary
    summary["serial wall"] = pool["wall"] - start
    summary["serial cpu"] = pool["cpu"]  # the parent's own CPU since its start, interpreter included
    summary["parent cpu meanwhile"] = mine["end"]["cpu"] - pool["cpu"]
    summary["warm-up"] = mine["warm_up end"]["wall"] - mine["warm_up start"]["wall"] if "warm_up end" in mine else 0.0
    workers = sorted({e["pid"] for e in events if e["event"] == "worker start"})
    last_ends, busy, idle, first_story, faults, cpus = [], [], [], [], [], []
    for pid in workers:
        own = [s for (p, story), s in stories.items() if p == pid and not story.startswith("warm-up")]
        ready = next(e["wall"] for e in events if e["pid"] == pid and e["event"] == "worker ready")
        busy.append(sum(s["end"] - s["start"] for s in own))
        last_ends.append(max((s["end"] for s in own), default=ready))
        first_story.append(min((s["start"] for s in own), default=ready) - start)
        idle.append((end - pool["wall"]) - busy[-1])
        own_events = [e for e in events if e["pid"] == pid]
        faults.append(max(e["faults"] for e in own_events) - min(e["faults"] for e in own_events))
        cpus.append(max(e["cpu"] for e in own_events))
    summary.update({"workers": len(workers), "worker busy": busy, "worker idle": idle, "first story at": first_story,
                    "worker cpu": cpus, "worker faults": faults, "tail": max(last_ends) - min(last_ends), "after last story": end - max(last_ends),
                    "last result to shutdown": mine["shutdown start"]["wall"] - max(last_ends),
                    "shutdown": mine["shutdown end"]["wall"] - mine["shutdown start"]["wall"],
                    "shutdown cpu": mine["shutdown end"]["cpu"] - mine["shutdown start"]["cpu"],
                    "shutdown to end": end - mine["shutdown end"]["wall"],
                    "workers exit after last story": [max(e["wall"] for e in events if e["pid"] == pid and e["event"] == "worker exit")
                                                      - last for pid, last in zip(workers, last_ends)],
                    "workers saving": [max(e["wall"] for e in events if e["pid"] == pid and e["event"] == "worker saved")
                                       - max(e["wall"] for e in events if e["pid"] == pid and e["event"] == "worker exit") for pid in workers],
                    "stories per worker": [sum(1 for (p, _) in stories if p == pid) for pid in workers],
                    "languages per worker": [len({_language_of(story) for (p, story) in stories if p == pid and not story.startswith("warm-up")})
                                             for pid in workers]})
    return summary


def _language_of(story: str) -> str:
    """The language beside English of story "sN" in `ntrex_batch`."""
    from benchmarks.datasets import FOREIGN_LANGS

    return FOREIGN_LANGS[int(story[1:]) % len(FOREIGN_LANGS)]


def ntrex_batch(folder: Path) -> Path:
    from benchmarks.bench_speed import ntrex_jsonl
    from benchmarks.datasets import FOREIGN_LANGS, data_root, read_ntrex

    path = folder / "batch.jsonl"
    ntrex_jsonl(read_ntrex(data_root()), path, lambda n: ("en", FOREIGN_LANGS[n % len(FOREIGN_LANGS)]))
    return path


def median_of(runs: list[dict], key: str):
    values = [run[key] for run in runs]
    if isinstance(values[0], list):
        return [statistics.median(column) for column in zip(*values)]
    return statistics.median(values)


def story_cpu(runs: list[dict]) -> float:
    """Each story's median CPU over the runs, summed."""
    return sum(statistics.median(run["stories"][story] for run in runs) for story in runs[0]["stories"])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--inside"]:
        instrumented_run(argv[1], argv[3:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--compare-one", action="store_true", help="also run --jobs 1 in turns: per-story CPU in and out of workers")
    parser.add_argument("--pool-of-one", action="store_true", help="also run one forked worker in turns (fork costs without a second worker)")
    parser.add_argument("--sizes", action="store_true", help="also pickle each result to report its size (costs the workers CPU)")
    args = parser.parse_args(argv)
    # As bench_speed: the package's bytecode compiled first (pip does that on install); an editable
    # checkout under PYTHONDONTWRITEBYTECODE would otherwise compile every module in the serial start.
    compileall.compile_dir(ROOT / "factcheck", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        batch = ntrex_batch(folder)
        os.environ[COMPILED_CACHE_ENV] = str(folder / "cache")
        os.environ[SIZES_ENV] = "1" if args.sizes else ""  # its own: other checkouts rewrite the shared one
        run_once(batch, args.jobs, folder / "untimed")  # the cache directory as a later run finds it
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        pooled, alone, single = [], [], []
        for number in range(args.repeat):
            pooled.append(run_once(batch, args.jobs, folder / f"pool{number}"))
            if args.compare_one:
                alone.append(run_once(batch, 1, folder / f"alone{number}"))
            if args.pool_of_one:
                single.append(run_once(batch, 1, folder / f"single{number}", pool_of_one=True))
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    keys = ["wall", "cpu", "to imports", "to plan", "serial wall", "serial cpu", "warm-up", "parent cpu meanwhile",
            "worker busy", "worker idle", "worker cpu", "worker faults", "exit", "first story at", "tail", "after last story", "last result to shutdown", "shutdown", "shutdown cpu",
            "shutdown to end", "workers exit after last story", "workers saving", "stories per worker", "languages per worker"] + (["story bytes"] if args.sizes else [])
    print(f"\n--jobs {args.jobs}, medians of {args.repeat}:")
    for key in keys:
        value = median_of(pooled, key)
        print(f"  {key}: " + (", ".join(f"{v:.3f}" for v in value) if isinstance(value, list) else f"{value:.3f}"))
    if alone:
        print("--jobs 1, medians:")
        for key in ("wall", "cpu", "to imports", "to plan"):
            print(f"  {key}: {median_of(alone, key):.3f}")
        in_workers, in_process = story_cpu(pooled), story_cpu(alone)
        print(f"  story CPU summed: in workers {in_workers:.3f} s, in-process {in_process:.3f} s "
              f"(x{in_workers / in_process:.3f})")
        print(f"  speed-up (wall): {median_of(alone, 'wall') / median_of(pooled, 'wall'):.3f}")
        for label, runs in (("one forked worker", single), (f"{args.jobs} workers", pooled)) if single else ():
            print(f"  story CPU summed, {label}: {story_cpu(runs):.3f} s (x{story_cpu(runs) / story_cpu(alone):.3f} in-process)"
                  f"; page faults in stories {median_of(runs, 'story faults'):.0f}, in-process {median_of(alone, 'story faults'):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
