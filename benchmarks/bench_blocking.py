"""How many article pairs blocking compares in the scale benchmark's stories.

    python -m benchmarks.bench_blocking 10 20 50 1000

For each story size (the stories of `benchmarks.bench_scale --only story`: ~2 KB articles, en and nl, five
per event) prints the article pairs `blocking.article_pairs` chooses and the claims of the story. The time of
a story is linear in its compared claim pairs, so this explains the story-size ratio of the scale section.
"""

from __future__ import annotations

import logging
import sys

from factcheck import blocking


def counted_pairs(size: int) -> tuple[int, int]:
    from benchmarks.bench_scale import _documents
    from factcheck.pipeline import Options, compare_documents

    seen: list[tuple[int, int]] = []
    choose = blocking.article_pairs

    def counting(by_doc, story_id=""):
        pairs = choose(by_doc, story_id)
        seen.append((len(pairs), sum(len(claims) for claims in by_doc.values())))
        return pairs

    blocking.article_pairs = counting
    try:
        compare_documents(_documents({"kind": "story", "size": size}), Options(use_cache=False), "bench")
    finally:
        blocking.article_pairs = choose
    return seen[-1]


def main(argv: list[str]) -> None:
    logging.getLogger("factcheck").setLevel(logging.ERROR)  # the blocking notes are expected here
    print("| articles | article pairs compared | partners an article | claims |\n|---:|---:|---:|---:|")
    for size in map(int, argv or ["10", "1000"]):
        pairs, claims = counted_pairs(size)
        print(f"| {size} | {pairs} | {2 * pairs / size:.2f} | {claims} |", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
