"""Batch and scale benchmark (issue 7): throughput per engine, peak memory vs input size, clustering F1.

    python -m benchmarks.bench_batch [--stories 1000] [--repeat 3] [--skip-dask]

Inputs are generated from NTREX dev documents (1-40, SPLITS.md) only: story i is document i mod 40
in 2-3 languages, each article with its lines shuffled (headline kept first) and 10-20 % dropped,
so no two stories are identical. Every run is a fresh `factcheck compare --format jsonl` process
(--no-cache, so the translation cache does not turn repeats into lookups); peak memory is the
child's ru_maxrss with --jobs 1 (in-process: the process pool's workers are not the parent).
"""

from __future__ import annotations

import argparse
import json
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


def clustering_scores(seed: int = 7) -> dict:
    from factcheck.cluster import cluster, cluster_item, pairwise_scores
    from factcheck.model import Document

    corpus = read_ntrex(data_root())
    rng = random.Random(seed)
    items, gold = [], []
    for doc_id in ntrex_split(corpus.doc_order, "dev"):
        for lang in LANGS:
            lines = varied_lines(corpus.lines[doc_id][lang], rng)
            doc = Document(f"{doc_id}/{lang}", "-", lang, "\n\n".join(lines[1:]), published=NTREX_PUBLISHED, title=lines[0])
            items.append(cluster_item(doc))
            gold.append(doc_id)
    start = time.perf_counter()
    result = cluster(items)
    scores = pairwise_scores(result.clusters, gold)
    return {**scores, "articles": len(items), "stories": len(set(gold)), "clusters": len(result.clusters),
            "seconds": time.perf_counter() - start}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    print("clustering:", json.dumps(clustering_scores()))
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.jsonl"
        articles = write_stories(big, args.stories)
        engines = [("1 job", ["--jobs", "1"]), ("all jobs", [])]
        if not args.skip_dask:
            engines.append(("dask local", ["--engine", "dask"]))
        rates = {}
        for name, flags in engines:
            runs = [timed_run(big, *flags)[0] for _ in range(args.repeat)]
            rates[name] = articles / statistics.median(runs)
            print(f"{name}: {articles} articles, median {statistics.median(runs):.1f} s of {[round(r, 1) for r in runs]} "
                  f"-> {rates[name]:.1f} articles/s ({rates[name] / rates['1 job']:.2f}x 1 job)")
        for stories in (args.stories // 10, args.stories, args.stories * 10):
            path = Path(tmp) / f"mem{stories}.jsonl"
            size = write_stories(path, stories)
            peaks = [peak_rss(path) for _ in range(args.repeat if stories <= args.stories else 1)]
            print(f"memory: {stories} stories ({size} articles, {path.stat().st_size / 1e6:.1f} MB): "
                  f"peak RSS median {statistics.median(peaks) / 1024:.1f} MiB of {[round(p / 1024, 1) for p in peaks]}")


if __name__ == "__main__":
    main()
