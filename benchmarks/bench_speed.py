"""Speed benchmark (issue 16): every ratio of the issue, measured side by side in one run.

    python -m benchmarks.bench_speed [--repeat 5] [--only startup,scale,batch,cluster,jobs] [--baseline DIR]

Each figure is the median over `--repeat` fresh child processes of their CPU time (user + system,
from wait4, so a process pool's reaped workers count too) and peak RSS; the machine is shared, so
ratios are taken between figures measured in the same run, in turns (one repeat of every command,
then the next). What is measured is an installed factcheck after its first run: the package's
bytecode is compiled first (pip does that on install; an editable checkout under
PYTHONDONTWRITEBYTECODE would otherwise recompile every module in every run) and every command
runs once untimed, so that the cache directory holds what a first run builds there (lemma
tries, compiled regexes, parsed lexicons: a folder of its own for each checkout). Inputs are built from NTREX-128 (all 1997 lines for the long articles and every
document for the batch; only timings are looked at, never the output):

- start-up: `python -c 'import rich, typer'` (the floor for any typer CLI), `factcheck --version`,
  `factcheck compare seeds/`;
- scale: one English and one Dutch article of the first 200 and of all 1997 NTREX lines (lines of a
  document joined into paragraphs of three), `compare --no-cache`;
- batch: the 123 NTREX documents as stories of two articles (English + one other language in
  turn: 246 articles), `compare --jobs 1 --format jsonl --no-cache`;
- jobs: the same batch with `--jobs 2` against `--jobs 1` by wall time, next to the machine's own
  two-process ceiling (two copies of a pure-Python loop at once against one);
- cluster: `factcheck cluster` over the 123 documents in all six languages (738 articles).

`--baseline DIR` (a checkout of an older commit, e.g. `git worktree add --detach DIR main`) runs
every command a second time with that checkout's `factcheck` package first on PYTHONPATH, in the
same turns, and prints both side by side: before and after measured under the same load.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.datasets import FOREIGN_LANGS, NTREX_PUBLISHED, data_root, read_ntrex
from factcheck.cachefile import COMPILED_CACHE_ENV

ROOT = Path(__file__).resolve().parents[1]
FACTCHECK = str(Path(sys.executable).parent / "factcheck")
SECTIONS = ("startup", "scale", "batch", "jobs", "cluster")
BASELINE = " [baseline]"
SPIN = "import time\nend = time.process_time() + %f\nwhile time.process_time() < end: pass"


def measure(command: list[str], env: dict | None = None) -> dict:
    """CPU seconds, wall seconds and peak RSS (MiB) of one child process (and its reaped children)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: findings at --fail-on, still a full run
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}")
    return {"cpu": usage.ru_utime + usage.ru_stime, "wall": time.perf_counter() - start, "rss": usage.ru_maxrss / 1024}


def run_in_turns(commands: dict[str, list[str]], repeat: int, caches: Path, baseline: Path | None = None) -> dict[str, dict]:
    """Medians per command; every repeat runs each command once (and at once its baseline run), so
    load that comes and goes falls on all of them alike. Each checkout keeps its derived data in a
    cache directory of its own under `caches`, as two installations would: in a shared one each
    took the other's parsed lexicons for stale (named by the data files' times) and replaced them."""
    variants = {"": {**os.environ, COMPILED_CACHE_ENV: str(caches / "checkout")}}
    if baseline:
        variants[BASELINE] = {**os.environ, "PYTHONPATH": str(baseline.resolve()), COMPILED_CACHE_ENV: str(caches / "baseline")}
    runs: dict[str, list[dict]] = {name + suffix: [] for name in commands for suffix in variants}
    for _ in range(repeat):
        for name, command in commands.items():
            for suffix, env in variants.items():
                runs[name + suffix].append(measure(command, env))
    return {name: {key: statistics.median(run[key] for run in results) for key in ("cpu", "wall", "rss")}
            for name, results in runs.items()}


def long_article(lines: list[str], lang: str, count: int, folder: Path) -> Path:
    paragraphs = [" ".join(lines[k:k + 3]) for k in range(0, count, 3)]
    path = folder / f"{lang}.md"
    path.write_text(f"---\nlang: {lang}\npublished: {NTREX_PUBLISHED.isoformat()}\n---\n\n" + "\n\n".join(paragraphs) + "\n",
                    encoding="utf-8")
    return path


def scale_inputs(corpus, folder: Path) -> dict[int, Path]:
    ordered = {lang: [line for doc in corpus.doc_order for line in corpus.lines[doc][lang]] for lang in ("en", "nl")}
    inputs = {}
    for count in (200, len(ordered["en"])):
        story = folder / f"scale{count}"
        story.mkdir()
        for lang, lines in ordered.items():
            long_article(lines, lang, count, story)
        inputs[count] = story
    return inputs


def ntrex_jsonl(corpus, path: Path, langs_of) -> int:
    articles = 0
    with path.open("w", encoding="utf-8") as out:
        for number, doc in enumerate(corpus.doc_order):
            for lang in langs_of(number):
                lines = corpus.lines[doc][lang]
                out.write(json.dumps({"id": f"d{number}-{lang}", "lang": lang, "story": f"s{number}",
                                      "published": NTREX_PUBLISHED.isoformat(), "title": lines[0],
                                      "text": "\n\n".join(lines[1:])}, ensure_ascii=False) + "\n")
                articles += 1
    return articles


def compare(path: Path, *flags: str) -> list[str]:
    return [FACTCHECK, "compare", str(path), "--no-cache", "-o", "/dev/null", *flags]


def two_process_ceiling(seconds: float, repeat: int) -> float:
    """How much faster two CPU-bound processes finish than one after the other, on this machine now."""
    spin = [sys.executable, "-c", SPIN % seconds]
    ratios = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(spin, check=True)
        one = time.perf_counter() - start
        start = time.perf_counter()
        pair = [subprocess.Popen(spin) for _ in range(2)]
        for process in pair:
            process.wait()
        ratios.append(2 * one / (time.perf_counter() - start))
    return statistics.median(ratios)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated: " + ",".join(SECTIONS))
    parser.add_argument("--baseline", type=Path, help="a checkout of an older commit to measure side by side")
    args = parser.parse_args(argv)
    sections = set(args.only.split(","))
    corpus = read_ntrex(data_root())
    commands = {"import rich, typer": [sys.executable, "-c", "import rich, typer"],
                "factcheck --version": [FACTCHECK, "--version"],
                "compare seeds/": compare(ROOT / "seeds")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "scale" in sections:
            for count, story in scale_inputs(corpus, folder).items():
                commands[f"en-nl {count} lines"] = compare(story)
        if sections & {"batch", "jobs"}:
            batch = folder / "batch.jsonl"
            articles = ntrex_jsonl(corpus, batch, lambda n: ("en", FOREIGN_LANGS[n % len(FOREIGN_LANGS)]))
            commands[f"batch {articles} articles, 1 job"] = compare(batch, "--format", "jsonl", "--jobs", "1")
            if "jobs" in sections:
                commands[f"batch {articles} articles, 2 jobs"] = compare(batch, "--format", "jsonl", "--jobs", "2")
        if "cluster" in sections:
            everything = folder / "all.jsonl"
            articles = ntrex_jsonl(corpus, everything, lambda n: ("en",) + FOREIGN_LANGS)
            commands[f"cluster {articles} articles"] = [FACTCHECK, "cluster", str(everything), "-o", "/dev/null"]
        for checkout in (ROOT, args.baseline) if args.baseline else (ROOT,):
            compileall.compile_dir(checkout / "factcheck", quiet=1)
        run_in_turns(commands, 1, folder, args.baseline)  # untimed: the cache directory as any run after the first finds it
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        results = run_in_turns(commands, args.repeat, folder, args.baseline)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| command | CPU s | wall s | peak RSS MiB |" + (" baseline CPU s | wall s | RSS MiB |" if args.baseline else ""))
    print("|---|---:|---:|---:|" + ("---:|---:|---:|" if args.baseline else ""))
    for name in commands:
        row = [results[name]] + ([results[name + BASELINE]] if args.baseline else [])
        print(f"| {name} | " + " | ".join(f"{f['cpu']:.3f} | {f['wall']:.3f} | {f['rss']:.0f}" for f in row) + " |")
    report_ratios(results, args.repeat, args.baseline is not None)
    return 0


def report_ratios(results: dict[str, dict], repeat: int, with_baseline: bool) -> None:
    ceiling = [("this machine's two-process ceiling (wall)", two_process_ceiling(results[name]["wall"] / 2, repeat), "(reference)")
               for name in results if name.startswith("batch") and name.endswith("1 job")
               and name.replace("1 job", "2 jobs") in results][:1]
    now = ratios({name: figures for name, figures in results.items() if not name.endswith(BASELINE)})
    before = ratios({name[:-len(BASELINE)]: figures for name, figures in results.items()
                     if name.endswith(BASELINE)} | {"import rich, typer": results["import rich, typer"]}) if with_baseline else []
    print("\n| ratio | measured |" + (" baseline |" if with_baseline else "") + " target |")
    print("|---|---:|" + ("---:|" if with_baseline else "") + "---|")
    for index, (label, value, target) in enumerate(now + ceiling):
        old = f" {before[index][1]:.2f} |" if with_baseline and index < len(before) else (" |" if with_baseline else "")
        print(f"| {label} | {value:.2f} |{old} {target} |")


def ratios(results: dict[str, dict]) -> list[tuple[str, float, str]]:
    floor, seed = results["import rich, typer"]["cpu"], results["compare seeds/"]["cpu"]
    lines = [("seed compare / import rich, typer (CPU)", seed / floor, "<= 4"),
             ("factcheck --version / import rich, typer (CPU)", results["factcheck --version"]["cpu"] / floor, "<= 1.5")]
    long = sorted((name for name in results if name.startswith("en-nl")), key=lambda n: int(n.split()[1]))
    if len(long) == 2:
        small, large = results[long[0]], results[long[1]]
        lines.append((f"{long[1]} / {long[0]} (CPU)", large["cpu"] / small["cpu"], "<= 11"))
        lines.append((f"peak RSS at {long[1]} (MiB)", large["rss"], "<= 400"))
    for name, figures in results.items():
        if name.startswith("batch") and name.endswith("1 job"):
            lines.append((f"{name} / seed compare (CPU)", figures["cpu"] / seed, "<= 4"))
            two = results.get(name.replace("1 job", "2 jobs"))
            if two:
                lines.append(("2 jobs / 1 job speed-up (wall)", figures["wall"] / two["wall"], ">= 1.8"))
        if name.startswith("cluster"):
            lines.append((f"{name} / seed compare (CPU)", figures["cpu"] / seed, "<= 1.5"))
    return lines


if __name__ == "__main__":
    sys.exit(main())
