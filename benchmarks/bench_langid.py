"""Language identification per back-end on NTREX dev documents (issue 15, lean install).

    python -m benchmarks.bench_langid

`factcheck.langid.detect_language` with each installed back-end (py3langid: the `fast` extra;
langdetect: the default install) on documents 1-40 (dev) in the six languages: the headline alone,
three sentences (lines 2-4) and the whole document. Prints right / wrong / refused (unsupported or
undetected) and the time per text. Only counts are printed, never a text.
"""

from __future__ import annotations

import importlib.util
import time
from collections import Counter

from benchmarks.datasets import data_root, ntrex_split, read_ntrex
from factcheck import langid

SHAPES = {"headline": lambda lines: lines[0], "three sentences": lambda lines: " ".join(lines[1:4]),
          "whole document": lambda lines: "\n\n".join(lines)}


def outcome(text: str, lang: str) -> str:
    try:
        return "right" if langid.detect_language(text) == lang else "wrong"
    except langid.LanguageError as err:
        return "unsupported" if "unsupported" in str(err) else "undetected"


def main() -> int:
    corpus = read_ntrex(data_root())
    docs = ntrex_split(corpus.doc_order, "dev")
    backends = [langid._Langdetect] + ([langid._Py3langid] if importlib.util.find_spec("py3langid") else [])
    print("| back-end | text | right | wrong | unsupported | undetected | ms a text |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for backend in backends:
        identifier = backend()
        langid._identifier = lambda identifier=identifier: identifier
        outcome("The bridge is closed on Monday, the mayor said.", "en")  # loading is not timed per text
        for shape, cut in SHAPES.items():
            counts, start = Counter(), time.process_time()
            for lang in langid.SUPPORTED_LANGUAGES:
                for doc in docs:
                    counts[outcome(cut(corpus.lines[doc][lang]), lang)] += 1
            ms = 1000 * (time.process_time() - start) / sum(counts.values())
            print(f"| {backend.__name__.strip('_')} | {shape} | {counts['right']} | {counts['wrong']} | {counts['unsupported']} | "
                  f"{counts['undetected']} | {ms:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
