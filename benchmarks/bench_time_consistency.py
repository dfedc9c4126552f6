"""Line-level cross-language time consistency on NTREX-128 (issues 13 and 14).

Usage (from the repository root):
    python -m benchmarks.bench_time_consistency                 # dev and test side by side
    python -m benchmarks.bench_time_consistency --show-dev      # also list the disagreeing DEV lines
    python -m benchmarks.bench_time_consistency --write         # replace its section of BENCHMARKS.md
    python -m benchmarks.bench_time_consistency --published sweep --splits dev --show-dev  # several publication dates

NTREX lines are translations of one another in en/nl/de/fr/es/it, so every line should read as the
same times in all six languages. Each line is read on its own with `extract_times(line, lang,
published)`, `published` being the fixed NTREX date of `bench_comparable`/`bench_align`
(2019-01-15), or with `--published` each of several dates ("sweep": one per weekday and the turn of a
year, `datasets.NTREX_PUBLICATION_SWEEP`), since a bare weekday, "last"/"next" and a bare month resolve
differently on each; then one row per date and the lines flagged under any of them. Then every two languages of a line are compared:

* `flagged`: the time comparison itself (`compare.times.check_times`, the two lines as two claims
  of a confident 1:1 bead of a parallel text) gives a warning or an error. This is the disagreement
  that becomes a false finding on faithful translations; it is split by the kind the finding names
  (time / year / duration / frequency / time of day).
* `type`: the TIMEX types read differ (a DURATION in one language, a DATE in the other).
* `count`: the number of time expressions differs (one language's data lacks a word).
* `resolved apart`: one underspecified reference, the same anchor in two languages (a bare weekday
  "weekday:6", a bare month "month:8", a day and month "date:12-30", a season ...), resolves to another
  day or period: the direction or year guessed from tense differs. The comparison tolerates it (it
  compares these by name), but the values in the JSON should not depend on the language.

A line counts once per kind if any two of its languages disagree that way. Per language, a line
counts against the language that is the odd one out: flagged against at least half of the others.
Dev = documents 1-40 (tuned on, listed with --show-dev, broken down by kind), test = 41-123 (totals only).
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from benchmarks.datasets import (NTREX_FILES, NTREX_PUBLISHED, data_root, ntrex_split, publication_dates, read_ntrex,
                                 write_section)
from factcheck.claims.times import extract_times
from factcheck.compare.common import Siblings
from factcheck.compare.times import check_times
from factcheck.model import Claim, Pair, TimeExpr

LANGS = tuple(NTREX_FILES)  # en nl de fr es it
SECTION = "## Cross-language time consistency on NTREX lines (issues 13, 14)"
COMMAND = "python -m benchmarks.bench_time_consistency"
FLAG_KINDS = ("time", "year", "duration", "frequency", "time of day")
# A bead of the monotone path through a parallel text, 1:1: the comparison trusts it fully.
PARALLEL_BEAD = Pair("l", "r", 1.0, "agree", {"method": "path", "one_to_one": True})


@dataclass
class LineReading:
    doc: str
    line: int
    texts: dict[str, str]
    times: dict[str, list[TimeExpr]]
    published: date
    flagged: list[tuple[str, str, str, str]] = field(default_factory=list)  # (lang a, lang b, kind, message)
    shapes: list[str] = field(default_factory=list)  # per flagged pair: what kind of readings clash
    type_differs: bool = False
    count_differs: bool = False
    resolved_apart: list[str] = field(default_factory=list)  # anchors read as other days in two languages


def read_line(doc: str, index: int, texts: dict[str, str], published: date = NTREX_PUBLISHED) -> LineReading:
    times = {lang: extract_times(text, lang, published) for lang, text in texts.items()}
    reading = LineReading(doc, index, texts, times, published)
    claims = {lang: _claim(doc, index, lang, texts[lang], times[lang]) for lang in texts}
    for a, b in itertools.combinations(texts, 2):
        for finding in check_times(claims[a], claims[b], PARALLEL_BEAD, Siblings()):
            if finding.severity in ("warning", "error"):
                reading.flagged.append((a, b, finding.message.split(" differs")[0], finding.message))
                reading.shapes.append(_clash_shape(finding.message, times[a], times[b]))
    types = {lang: sorted(t.type for t in found) for lang, found in times.items()}
    reading.type_differs = len({tuple(sorted(set(v))) for v in types.values()}) > 1
    reading.count_differs = len({len(found) for found in times.values()}) > 1
    reading.resolved_apart = _resolved_apart(times)
    return reading


UNDERSPECIFIED = re.compile(r"(?:weekday|month|date|season|holiday|quarter):[\w-]+")


def _resolved_apart(times: dict[str, list[TimeExpr]]) -> list[str]:
    """Anchors of underspecified references ("weekday:6") that two languages resolve to other days."""
    starts: dict[str, set[str]] = {}
    for found in times.values():
        for t in found:
            anchor = (t.anchor or "").split("T")[0]
            if UNDERSPECIFIED.fullmatch(anchor) and t.earliest:
                starts.setdefault(anchor, set()).add(t.earliest)
    return sorted(anchor for anchor, days in starts.items() if len(days) > 1)


def _clash_shape(message: str, left: list[TimeExpr], right: list[TimeExpr]) -> str:
    """The two clashing readings without their words (aggregate-safe for test): granularity and
    whether each is relative to publication, e.g. "day/relative vs day/written"."""
    quoted = re.findall(r"“([^”]*)”", message)

    def shape(side: list[TimeExpr]) -> str:
        t = next((t for t in side if t.text in quoted), None)
        return "?" if t is None else f"{t.type.lower()}:{t.granularity}/{'relative' if t.relative else 'written'}"

    return " vs ".join(sorted((shape(left), shape(right))))


def _claim(doc: str, index: int, lang: str, text: str, times: list[TimeExpr]) -> Claim:
    return Claim(id=f"{doc}.{lang}:{index}", doc=f"{doc}.{lang}", lang=lang, text=text, start=0, end=len(text),
                 sentence=index, paragraph=index, sentence_text=text, times=times)


def read_split(corpus, split: str, published: date = NTREX_PUBLISHED) -> list[LineReading]:
    readings = []
    for doc in ntrex_split(corpus.doc_order, split):
        lines = corpus.lines[doc]
        for i in range(len(lines["en"])):
            readings.append(read_line(doc, i, {lang: lines[lang][i] for lang in LANGS}, published))
    return readings


def odd_language(reading: LineReading) -> list[str]:
    """Languages flagged against at least half of the other five."""
    against = Counter()
    for a, b, _kind, _message in {(a, b, "", "") for a, b, _k, _m in reading.flagged}:
        against[a] += 1
        against[b] += 1
    return [lang for lang in LANGS if against[lang] * 2 >= len(LANGS) - 1]


@dataclass(frozen=True)
class Summary:
    lines: int
    with_times: int
    flagged: int
    flagged_pairs: int
    by_kind: dict[str, int]
    by_language: dict[str, int]
    type_differs: int
    count_differs: int
    resolved_apart: int
    shapes: dict[str, int]

    def rate(self, n: int) -> str:
        return f"{n / self.lines:.3f} ({n})"


def summarise(readings: list[LineReading]) -> Summary:
    by_kind = Counter()
    by_language = Counter()
    for r in readings:
        for kind in {k for _a, _b, k, _m in r.flagged}:
            by_kind[kind] += 1
        for lang in odd_language(r):
            by_language[lang] += 1
    return Summary(
        lines=len(readings),
        with_times=sum(1 for r in readings if any(r.times.values())),
        flagged=sum(1 for r in readings if r.flagged),
        flagged_pairs=sum(len({(a, b) for a, b, _k, _m in r.flagged}) for r in readings),
        by_kind=dict(by_kind), by_language=dict(by_language),
        type_differs=sum(r.type_differs for r in readings),
        count_differs=sum(r.count_differs for r in readings),
        resolved_apart=sum(bool(r.resolved_apart) for r in readings),
        shapes=dict(Counter(shape for r in readings for shape in r.shapes)),
    )


# Splits whose breakdown (by kind, language, clash shape) is printed. Test gets the totals only: a
# breakdown there would say which classes to fix, which is tuning on test by another name.
BROKEN_DOWN = ("dev",)


def table(summaries: dict[str, Summary]) -> list[str]:
    splits = list(summaries)
    out = ["| NTREX lines, 6 languages | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]

    def row(label: str, cell, breakdown: bool = False) -> None:
        cells = (cell(summaries[s]) if not breakdown or s in BROKEN_DOWN else "–" for s in splits)
        out.append(f"| {label} | " + " | ".join(cells) + " |")

    row("lines (with a time in some language)", lambda s: f"{s.lines} ({s.with_times})")
    row("**lines flagged (warning/error between two languages)**", lambda s: f"**{s.rate(s.flagged)}**")
    row("flagged language pairs per line", lambda s: f"{s.flagged_pairs / s.lines:.3f}")
    for kind in FLAG_KINDS:
        row(f"flagged: {kind}", lambda s, k=kind: s.rate(s.by_kind.get(k, 0)), breakdown=True)
    for lang in LANGS:
        row(f"odd one out: {lang}", lambda s, lang=lang: s.rate(s.by_language.get(lang, 0)), breakdown=True)
    row("TIMEX types differ", lambda s: s.rate(s.type_differs))
    row("number of expressions differs", lambda s: s.rate(s.count_differs))
    row("one underspecified reference resolved apart", lambda s: s.rate(s.resolved_apart))
    for shape in sorted({k for split, s in summaries.items() if split in BROKEN_DOWN for k in s.shapes}):
        row(f"flagged pairs: {shape}", lambda s, k=shape: str(s.shapes.get(k, 0)), breakdown=True)
    return out


def _describe(t: TimeExpr) -> str:
    return f"{t.text!r}={t.type}:{t.value or t.anchor}"


def show_dev(readings: list[LineReading], everything: bool) -> None:
    for r in readings:
        if not (r.flagged or r.resolved_apart or (everything and (r.type_differs or r.count_differs))):
            continue
        odd = odd_language(r)
        kinds = (sorted({k for _a, _b, k, _m in r.flagged}) or (["resolved apart: " + ", ".join(r.resolved_apart)]
                 if r.resolved_apart else ["type"] if r.type_differs else ["count"]))
        print(f"\n== {r.doc} line {r.line} (published {r.published:%a %Y-%m-%d}): {', '.join(kinds)}; "
              f"odd one out: {', '.join(odd) or '-'}")
        for lang in LANGS:
            marker = "*" if lang in odd else " "
            print(f" {marker}{lang}: {'; '.join(_describe(t) for t in r.times[lang]) or '-'}  | {r.texts[lang][:160]}")
        for a, b, _kind, message in r.flagged[:3]:
            print(f"    {a}-{b}: {message}")


def sweep_table(readings: dict[str, dict[date, list[LineReading]]]) -> list[str]:
    """One row per publication date: lines flagged and flagged language pairs per split, and the lines
    flagged under any of the dates."""
    splits = list(readings)
    out = ["| published | " + " | ".join(f"{s}: lines flagged | {s}: flagged pairs | {s}: resolved apart" for s in splits)
           + " |", "|---|" + "---|---|---|" * len(splits)]
    dates = list(next(iter(readings.values())))
    for day in dates:
        cells = []
        for split in splits:
            summary = summarise(readings[split][day])
            cells += [summary.rate(summary.flagged), str(summary.flagged_pairs), summary.rate(summary.resolved_apart)]
        out.append(f"| {day:%a %Y-%m-%d} | " + " | ".join(cells) + " |")
    cells = []
    for split in splits:
        flagged = {(r.doc, r.line) for day in dates for r in readings[split][day] if r.flagged}
        apart = {(r.doc, r.line) for day in dates for r in readings[split][day] if r.resolved_apart}
        cells += [str(len(flagged)), str(sum(summarise(readings[split][day]).flagged_pairs for day in dates)), str(len(apart))]
    out.append("| **any of these dates (lines; pairs summed)** | " + " | ".join(f"**{c}**" for c in cells) + " |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="data folder (default ../shared/data)")
    parser.add_argument("--published", help='"sweep" or ISO dates separated by commas (default: the fixed 2019-01-15)')
    parser.add_argument("--splits", default="dev,test", help="dev,test (default) or dev alone while tuning")
    parser.add_argument("--show-dev", action="store_true", help="list the flagged dev lines")
    parser.add_argument("--show-all-dev", action="store_true", help="also dev lines whose types or counts differ")
    parser.add_argument("--write", action="store_true", help="replace this benchmark's section of BENCHMARKS.md")
    args = parser.parse_args(argv)
    corpus = read_ntrex(data_root(args.data))
    dates = publication_dates(args.published)
    splits = [s for s in args.splits.split(",") if s]
    readings = {split: {day: read_split(corpus, split, day) for day in dates} for split in splits}
    if (args.show_dev or args.show_all_dev) and "dev" in readings:
        for day in dates:
            show_dev(readings["dev"][day], args.show_all_dev)
    if len(dates) > 1:
        print("\n".join(sweep_table(readings)))
        return 0
    lines = table({split: summarise(readings[split][dates[0]]) for split in splits})
    print("\n".join(lines))
    if args.write:
        body = f"{SECTION}\n\n`{COMMAND}` (published 2019-01-15 for every document):\n\n" + "\n".join(lines) + "\n"
        write_section(Path(__file__).resolve().parents[1] / "BENCHMARKS.md", body, SECTION)
    return 0


if __name__ == "__main__":
    sys.exit(main())
