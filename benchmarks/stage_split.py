"""Where one story of the batch goes (issue 16): CPU per pipeline stage of the 246-article batch, one job.

    python -m benchmarks.stage_split [--repeat 3] [--baseline DIR]

Runs `factcheck compare BATCH --format jsonl --no-cache --jobs 1` (the NTREX batch of `bench_speed`:
123 stories of English + one other language) in fresh child processes, with the stage functions
wrapped from outside by CPU timers (nothing in the product changes): segmenting, claims with their
facets (times, numbers, clauses, stance cues, names), lexicon translation, alignment, and each check
of the comparison. Figures are inclusive (claims contain times), medians over the repeats, in ms a
story. `--baseline DIR` (a checkout of an older commit) runs the same in turns with that checkout
first on PYTHONPATH, each with a cache folder of its own, after one untimed run of each to fill it.
Only timings are looked at, never the output.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_speed import ntrex_jsonl
from benchmarks.datasets import FOREIGN_LANGS, data_root, read_ntrex
from factcheck.cachefile import COMPILED_CACHE_ENV

# (module, attribute, label): wrapped where the caller looks it up
STAGES = [
    ("factcheck.batch", "process_story", "story"),
    ("factcheck.segment", "segment", "segment"),
    ("factcheck.claims", "extract_claims", "claims and facets"),
    ("factcheck.claims", "extract_times", "  times"),
    ("factcheck.claims", "extract_numbers", "  numbers"),
    ("factcheck.claims", "split_clauses", "  clauses"),
    ("factcheck.claims", "_stance_cues", "  stance cues"),
    ("factcheck.claims", "_entities", "  names"),
    ("factcheck.pipeline", "_translate", "translation"),
    ("factcheck.blocking", "align_bounded", "alignment"),
    ("factcheck.compare", "compare_pairs", "comparison"),
    ("factcheck.compare", "omissions", "omissions"),
    ("factcheck.compare", "one_sided_values", "one-sided values"),
    ("factcheck.runtime", "finish_report", "report finishing"),
    ("factcheck.report", "jsonl_text", "JSONL rendering"),
]

CHILD = """
import atexit, importlib, json, sys, time
spent = {}

def timed(function, label):
    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - start
    return run

for module, name, label in json.loads(sys.argv[1]):
    module = importlib.import_module(module)
    setattr(module, name, timed(getattr(module, name), label))
import factcheck.compare as compare
compare.FACET_CHECKS = tuple(timed(check, "  " + check.__name__) for check in compare.FACET_CHECKS)
atexit.register(lambda: print(json.dumps(spent)))
from factcheck.cli import app
sys.argv = ["factcheck", "compare", sys.argv[2], "--no-cache", "--format", "jsonl", "--jobs", "1", "-o", "/dev/null"]
app(prog_name="factcheck")
"""


def run_once(batch: Path, env: dict) -> dict[str, float]:
    # run from the batch's folder: `-c` puts the working directory first on sys.path, before PYTHONPATH
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(STAGES), str(batch)], env=env, cwd=batch.parent,
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path)
    args = parser.parse_args(argv)
    corpus = read_ntrex(data_root())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        batch = folder / "batch.jsonl"
        ntrex_jsonl(corpus, batch, lambda n: ("en", FOREIGN_LANGS[n % len(FOREIGN_LANGS)]))
        stories = len(corpus.doc_order)
        variants = {"this checkout": {**os.environ, COMPILED_CACHE_ENV: str(folder / "checkout")}}
        if args.baseline:
            variants["baseline"] = {**os.environ, "PYTHONPATH": str(args.baseline.resolve()),
                                    COMPILED_CACHE_ENV: str(folder / "baseline")}
        for env in variants.values():
            run_once(batch, env)  # untimed: fills the cache folder
        runs: dict[str, list[dict]] = {name: [] for name in variants}
        for _ in range(args.repeat):
            for name, env in variants.items():
                runs[name].append(run_once(batch, env))
    labels = list(dict.fromkeys(label for found in runs.values() for run in found for label in run))
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| stage (ms a story, CPU) | " + " | ".join(variants) + " |")
    print("|---|" + "---:|" * len(variants))
    for label in labels:
        cells = [statistics.median(run.get(label, 0.0) for run in runs[name]) * 1000 / stories for name in variants]
        print(f"| {label} | " + " | ".join(f"{cell:.1f}" for cell in cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
