"""Batch and scale benchmark (issue 7): throughput per engine, peak memory vs input size, clustering F1.

    python -m benchmarks.bench_batch [--stories 1000] [--repeat 3] [--skip-dask] [--memory-scales 0.1,1,10]
                                     [--only clustering|throughput|memory] [--test-split] [--every-pair]

Clustering is also scored on small inputs (1, 2, 5 stories x 6 languages, the mean F1).
Inputs are generated from NTREX dev documents (1-40, SPLITS.md) only: story i is document i mod 40
in 2-3 languages, each article with its lines shuffled (headline kept first) and 10-20 % dropped,
so no two stories are identical. Every run is a fresh `factcheck compare --format jsonl` process
(--no-cache, so the translation cache does not turn repeats into lookups); peak memory is the
child's ru_maxrss with --jobs 1 (in-process: the process pool's workers are not the parent).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.datasets import FOREIGN_LANGS, NTREX_PUBLISHED, data_root, ntrex_split, read_ntrex

LANGS = ("en",) + FOREIGN_LANGS


def varied_lines(lines: list[str], rng: random.Random) -> list[str]:
    body = [line for line in lines[1:] if rng.random() > rng.uniform(0.10, 0.20)]
    rng.shuffle(body)
    return [lines[0]] + body


def article(corpus, doc_id: str, lang: str, rng: random.Random, story: str | None, number: int) -> dict:
    lines = varied_lines(corpus.lines[doc_id][lang], rng)
    record = {"id": f"a{number}-{lang}", "lang": lang, "published": NTREX_PUBLISHED.isoformat(),
              "title": lines[0], "text": "\n\n".join(lines[1:])}
    if story:
        record["story"] = story
    return record


def write_stories(path: Path, stories: int, seed: int = 7) -> int:
    corpus = read_ntrex(data_root())
    docs = ntrex_split(corpus.doc_order, "dev")
    rng = random.Random(seed)
    articles = 0
    with path.open("w", encoding="utf-8") as out:
        for number in range(stories):
            for lang in rng.sample(LANGS, rng.choice((2, 3))):
                out.write(json.dumps(article(corpus, docs[number % len(docs)], lang, rng, f"s{number}", number)) + "\n")
                articles += 1
    return articles


def timed_run(path: Path, *flags: str) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one `factcheck compare` child process."""
    command = [str(Path(sys.executable).parent / "factcheck"), "compare", str(path), "--format", "jsonl",
               "-o", "/dev/null", "--no-cache", *flags]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: only runs that grow past the
    # previous maximum are measured exactly, so memory runs go from small to large input.
    return elapsed, max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)


def peak_rss(path: Path) -> int:
    """Peak RSS (KiB) of a fresh process measured by itself (independent of earlier children)."""
    code = ("import resource, sys; from factcheck.cli import app; sys.argv=['factcheck','compare',%r,'--format','jsonl',"
            "'-o','/dev/null','--no-cache','--jobs','1'];\ntry: app()\nexcept SystemExit: pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)") % str(path)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return int(out.strip().splitlines()[-1])


def clustering_scores(seed: int = 7, split: str = "dev", lsh: bool = True, corpus=None, docs=None) -> dict:
    from factcheck.cluster import ClusterConfig, cluster, cluster_item, pairwise_scores
    from factcheck.model import Document

    corpus = corpus or read_ntrex(data_root())
    rng = random.Random(seed)
    items, gold = [], []
    for doc_id in docs or ntrex_split(corpus.doc_order, split):
        for lang in LANGS:
            lines = varied_lines(corpus.lines[doc_id][lang], rng)
            doc = Document(f"{doc_id}/{lang}", "-", lang, "\n\n".join(lines[1:]), published=NTREX_PUBLISHED, title=lines[0])
            items.append(cluster_item(doc))
            gold.append(doc_id)
    start = time.perf_counter()
    result = cluster(items, ClusterConfig(lsh=lsh))
    scores = pairwise_scores(result.clusters, gold)
    return {**scores, "articles": len(items), "stories": len(set(gold)), "clusters": len(result.clusters),
            "seconds": time.perf_counter() - start}


def small_input_f1(split: str, stories: int) -> float:
    """Mean clustering F1 over inputs of `stories` consecutive documents x 6 languages (a folder of
    one or a few stories: the max_df cut of common anchors must not drop a story's own anchors)."""
    corpus = read_ntrex(data_root())
    docs = ntrex_split(corpus.doc_order, split)
    groups = [docs[start:start + stories] for start in range(0, len(docs) - stories + 1, stories)]
    return statistics.mean(clustering_scores(split=split, corpus=corpus, docs=group)["f1"] for group in groups)


def load_average() -> str:
    """Other processes on the machine change every timing here: print the load with each figure."""
    return "load average " + " ".join(f"{value:.2f}" for value in os.getloadavg())


def throughput(path: Path, articles: int, repeat: int, skip_dask: bool) -> None:
    engines = [("1 job", ["--jobs", "1"]), ("2 jobs", ["--jobs", "2"])]
    if not skip_dask:
        engines.append(("dask local", ["--engine", "dask", "--jobs", "2"]))
    # Engines take turns within each repeat, so that load from other processes, which comes and
    # goes, falls on all of them alike instead of on whichever ran during a busy minute.
    runs: dict[str, list[float]] = {name: [] for name, _ in engines}
    for _ in range(repeat):
        for name, flags in engines:
            print(f"  ({load_average()} before {name})", flush=True)
            runs[name].append(timed_run(path, *flags)[0])
    for name, _ in engines:
        median = statistics.median(runs[name])
        print(f"{name}: {articles} articles, median {median:.1f} s of {[round(r, 1) for r in runs[name]]} -> "
              f"{articles / median:.1f} articles/s ({statistics.median(runs['1 job']) / median:.2f}x 1 job)", flush=True)


def memory(tmp: Path, stories: int, scales: list[float], repeat: int) -> None:
    for scale in scales:
        count = max(1, round(stories * scale))
        path = tmp / f"mem{count}.jsonl"
        size = write_stories(path, count)
        peaks = [peak_rss(path) for _ in range(repeat if count <= stories else 1)]
        print(f"memory: {count} stories ({size} articles, {path.stat().st_size / 1e6:.1f} MB): "
              f"peak RSS median {statistics.median(peaks) / 1024:.1f} MiB of {[round(p / 1024, 1) for p in peaks]} "
              f"({load_average()})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--memory-scales", default="0.1,1,10", help="input sizes for peak memory, times --stories")
    parser.add_argument("--only", choices=("clustering", "throughput", "memory"))
    parser.add_argument("--test-split", action="store_true", help="also score clustering on NTREX test documents")
    parser.add_argument("--every-pair", action="store_true", help="also cluster with every pair scored (no LSH): what LSH misses")
    args = parser.parse_args()
    if args.only in (None, "clustering"):
        print("clustering dev:", json.dumps(clustering_scores()))
        if args.test_split:
            print("clustering test:", json.dumps(clustering_scores(split="test")))
        for stories in (1, 2, 5):
            splits = ("dev", "test") if args.test_split else ("dev",)
            print(f"clustering, inputs of {stories} stories x 6 languages, mean F1:",
                  "  ".join(f"{split} {small_input_f1(split, stories):.3f}" for split in splits))
        for split in ("dev", "test") if args.every_pair else ():
            print(f"clustering {split}, every pair scored:", json.dumps(clustering_scores(split=split, lsh=False)))
    with tempfile.TemporaryDirectory() as tmp:
        if args.only in (None, "throughput"):
            big = Path(tmp) / "big.jsonl"
            throughput(big, write_stories(big, args.stories), args.repeat, args.skip_dask)
        if args.only in (None, "memory"):
            memory(Path(tmp), args.stories, [float(scale) for scale in args.memory_scales.split(",")], args.repeat)


if __name__ == "__main__":
    main()
