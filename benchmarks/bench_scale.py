"""Scaling benchmark (issue 17, item 2): time and peak memory against input size.

    python -m benchmarks.bench_scale [--only article|pair|story] [--sizes 8,32,128,512,1024]
                                     [--pair-shapes sentence,prose,table,dates] [--stories 10,30,100,300,1000] [--repeat 1]

* article: one article of 8 KB ... 1 MB, as one long sentence (no full stop until the end) and
  as normal prose, in English and Dutch, through the whole pipeline (`compare_documents`: ingest
  is skipped; segment, claims, translation, a one-article story).
* pair: two articles (en + nl, one sentence or prose; `table`: figures only, a flattened table)
  of the same size, compared: the alignment and the comparison of the pairs are in the loop.
* story: one story of N articles (~2 KB each, en and nl, five articles per event sharing the
  event's names and figures), compared as one story: blocking is in the loop.

The text is generated (seeded) from a small news vocabulary; no data is read. Each case runs in a
fresh process after a warm-up story, so its time excludes start-up and its peak RSS (ru_maxrss) is
its own; "above base" subtracts the RSS after the warm-up (lexicons, models). Ratios use CPU time
(process_time; the case is single-threaded, and wall time on a shared machine swings 3x between
runs), wall time is printed beside it. Medians over --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time

EN = ("the mayor of {place} said on Tuesday that 1,200 people , including {name} and the Red Cross , had been "
      "evacuated from 15 % of the homes in March 2019 while the police , who arrived at 9 p.m. , reported that "
      "about {figure} cars were damaged and \"it was worse than in 2018\" according to officials").split()
NL = ("de burgemeester van {place} zei dinsdag dat 1.200 mensen , onder wie {name} en het Rode Kruis , uit 15 "
      "procent van de woningen waren geëvacueerd in maart 2019 terwijl de politie , die om 21 uur arriveerde , "
      "meldde dat ongeveer {figure} auto's beschadigd waren en \"het was erger dan in 2018\" volgens ambtenaren").split()
WORDS = {"en": EN, "nl": NL}


def _words(lang: str, event: int, rng: random.Random):
    fill = {"{place}": f"Hoorn{event}stad", "{name}": f"Jan Vries{event}", "{figure}": str(300 + event)}
    while True:
        word = rng.choice(WORDS[lang])
        yield fill.get(word, word)


def one_sentence(lang: str, size: int, seed: int = 0, event: int = 0) -> str:
    rng = random.Random(seed)
    words, parts, length = _words(lang, event, rng), [], 0
    while length < size:
        parts.append(next(words))
        length += len(parts[-1]) + 1
    return " ".join(parts) + "."


def prose(lang: str, size: int, seed: int = 0, event: int = 0) -> str:
    rng = random.Random(seed)
    words, out, length = _words(lang, event, rng), [], 0
    while length < size:
        sentence = " ".join(next(words) for _ in range(rng.randint(8, 25)))
        out.append(sentence[0].upper() + sentence[1:] + "." + ("\n\n" if rng.random() < 0.2 else " "))
        length += len(out[-1])
    return "".join(out)


def table(lang: str, size: int, seed: int = 0, event: int = 0) -> str:
    """A table flattened into text: figures and no words, no full stop until the end (review9:
    one claim of hundreds of figures made the figure-role reader quadratic)."""
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        parts.append(str(rng.randint(1, 999)))
        length += len(parts[-1]) + 1
    return " ".join(parts) + "."


MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"),
          "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december")}


def dates(lang: str, size: int, seed: int = 0, event: int = 0) -> str:
    """A table of dates flattened into text ("12 March 2019, 3 April 2019, …"), no full stop until
    the end (datetables9: each claim's dates were compared two by two with its partners')."""
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        parts.append(f"{rng.randint(1, 28)} {MONTHS[lang][rng.randint(0, 11)]} {rng.randint(2010, 2024)}")
        length += len(parts[-1]) + 2
    return ", ".join(parts) + "."


SHAPES = {"sentence": one_sentence, "prose": prose, "table": table, "dates": dates}


# ----------------------------------------------------------------------------- one measured case (child)


def _documents(case: dict):
    from factcheck.model import Document

    kind, size = case["kind"], case["size"]
    if kind == "article":
        make = one_sentence if case["shape"] == "sentence" else prose
        return [Document("a", "", case["lang"], make(case["lang"], size))]
    if kind == "pair":
        make = SHAPES[case.get("shape", "prose")]
        return [Document("en", "", "en", make("en", size, 1)), Document("nl", "", "nl", make("nl", size, 2))]
    langs = ("en", "nl")
    return [Document(f"a{i:04d}", "", langs[i % 2], prose(langs[i % 2], 2000, seed=i, event=i // 5)) for i in range(size)]


def measure(case: dict) -> dict:
    import logging

    from factcheck.model import Document
    from factcheck.pipeline import Options, compare_documents

    logging.getLogger("factcheck").setLevel(logging.ERROR)  # the blocking notes are expected here
    options = Options(use_cache=False)
    compare_documents([Document("w1", "", "en", prose("en", 3000)), Document("w2", "", "nl", prose("nl", 3000))], options)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    documents = _documents(case)
    started, cpu_started = time.perf_counter(), time.process_time()
    story = compare_documents(documents, options, "bench")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"cpu": cpu, "seconds": seconds, "peak_mib": peak / 1024, "base_mib": base / 1024, "claims": len(story.claims),
            "pairs": len(story.pairs)}


# ----------------------------------------------------------------------------- driver


def run_case(case: dict, repeat: int) -> dict:
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-m", "benchmarks.bench_scale", "--case", json.dumps(case)],
                             capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    result = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    result["runs"] = [round(run["cpu"], 2) for run in runs]
    return result


def _row(label: str, result: dict) -> str:
    above = result["peak_mib"] - result["base_mib"]
    return (f"| {label} | {result['cpu']:.2f} s {result['runs'] if len(result['runs']) > 1 else ''} | {result['seconds']:.2f} s | "
            f"{result['peak_mib']:.0f} MiB | {above:.0f} MiB | {result['claims']:.0f} | {result['pairs']:.0f} |")


def _ratio(big: dict, small: dict) -> str:
    above = (big["peak_mib"] - big["base_mib"]) / max(small["peak_mib"] - small["base_mib"], 1.0)
    return f"CPU ×{big['cpu'] / small['cpu']:.1f} (wall ×{big['seconds'] / small['seconds']:.1f}), peak ×{big['peak_mib'] / small['peak_mib']:.2f}, above base ×{above:.1f}"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=("article", "pair", "story"))
    parser.add_argument("--sizes", default="8,32,128,512,1024", help="article sizes in KiB")
    parser.add_argument("--pair-sizes", default="128,512,1024", help="sizes of each article of a pair, KiB")
    parser.add_argument("--pair-shapes", default="sentence,prose", help="pair texts: sentence, prose, table (figures only), dates (a table of dates)")
    parser.add_argument("--stories", default="10,30,100,300,1000", help="articles per story")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    if args.case:
        print(json.dumps(measure(json.loads(args.case))))
        return
    print("| case | CPU | wall | peak RSS | above base | claims | pairs |\n|---|---|---|---|---|---|---|", flush=True)
    sizes = [int(kib) * 1024 for kib in args.sizes.split(",")]
    ratios = []
    if args.only in (None, "article"):
        for shape in ("sentence", "prose"):
            for lang in ("en", "nl"):
                results = {}
                for size in sizes:
                    results[size] = run_case({"kind": "article", "shape": shape, "lang": lang, "size": size}, args.repeat)
                    print(_row(f"one article, {shape}, {lang}, {size // 1024} KiB", results[size]), flush=True)
                if 128 * 1024 in results and 1024 * 1024 in results:
                    ratios.append(f"one article, {shape}, {lang}, 1 MiB vs 128 KiB: {_ratio(results[1024 * 1024], results[128 * 1024])}")
    if args.only in (None, "pair"):
        for shape in args.pair_shapes.split(","):
            results = {}
            for size in (int(kib) * 1024 for kib in args.pair_sizes.split(",")):
                results[size] = run_case({"kind": "pair", "shape": shape, "size": size}, args.repeat)
                print(_row(f"two articles (en + nl), {shape}, {size // 1024} KiB each", results[size]), flush=True)
            if 128 * 1024 in results and 1024 * 1024 in results:
                ratios.append(f"two articles, {shape}, 1 MiB vs 128 KiB each: {_ratio(results[1024 * 1024], results[128 * 1024])}")
    if args.only in (None, "story"):
        results = {}
        for count in (int(n) for n in args.stories.split(",")):
            results[count] = run_case({"kind": "story", "size": count}, args.repeat)
            print(_row(f"one story of {count} articles (~2 KB each)", results[count]), flush=True)
        first, last = min(results), max(results)
        ratios.append(f"story of {last} vs {first} articles: {_ratio(results[last], results[first])}")
    print()
    for line in ratios:
        print(f"- {line}")


if __name__ == "__main__":
    main()
