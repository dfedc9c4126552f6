"""Benchmark for issue 4: date resolution on Recognizers-Text specs, and extraction speed.

Usage (from the repository root):
    python benchmarks/bench_times.py [--data PATH] [--no-write]     (needs the extra: pip install -e '.[bench]')

Scoring
* dev = DateParser.json + DatePeriodParser.json of nl/en/de/fr/es (SPLITS.md: *Parser.json is
  the tuning part); test = DateTimeModel.json (measured once, never tuned on).
* A "date case" is one gold result whose TIMEX value is a day (YYYY-MM-DD / XXXX-MM-DD), a
  weekday (XXXX-WXX-d), a month (YYYY-MM / XXXX-MM) or a year (YYYY). Times, durations, ranges,
  weeks, seasons and invalid dates (resolution 0001-01-01) are skipped; cases without a
  ReferenceDateTime are skipped (their meaning depends on the test machine's clock).
* Correct = the extracted expression overlapping the gold span has `value` equal to the gold
  value. For underspecified TIMEX (XXXX-10-02, XXXX-WXX-5) either the gold future or past
  resolution counts, since Recognizers itself leaves that choice to the application.
  Where a day-like TIMEX resolves to a range ("week of September 16th": XXXX-09-16 with
  startDate/endDate), the gold is that range and ours must match it exactly as
  `earliest..latest` (the gold end date is exclusive); a single day never counts for it.
* Baseline: dateparser.search_dates restricted to the language with RELATIVE_BASE = reference
  date, PREFER_DATES_FROM=current_period; its datetime is cut to the gold granularity (a
  favour to the baseline: it never has to decide month vs day).
* Speed: extract_times + extract_numbers (what the claims stage runs) vs search_dates alone, on
  the seed articles and on a 30-line NTREX dev article per language; median of repeated runs
  after one warm-up call each.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import sys
import time
import warnings
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.datasets import write_section  # noqa: E402
from factcheck.claims.times import extract_times  # noqa: E402

LANGS = {"nl": "Dutch", "en": "English", "de": "German", "fr": "French", "es": "Spanish"}
DEV_FILES = ("DateParser.json", "DatePeriodParser.json")
TEST_FILE = "DateTimeModel.json"
SECTION = "## Time expressions (issue 4)"
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TIMEX_KINDS = [
    ("weekday", re.compile(r"XXXX-WXX-[1-7]")),
    ("day", re.compile(r"(\d{4}|XXXX)-\d\d-\d\d")),
    ("month", re.compile(r"(\d{4}|XXXX)-\d\d")),
    ("year", re.compile(r"\d{4}")),
]
EXPLICIT_DATE = re.compile(r"\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}")


@dataclass(frozen=True)
class Case:
    lang: str
    text: str
    start: int
    end: int
    reference: date
    kind: str
    gold: frozenset[str]


def _kind(timex: str, span_text: str) -> str | None:
    for kind, pattern in TIMEX_KINDS:
        if pattern.fullmatch(timex):
            if kind == "day":
                if timex.startswith("XXXX"):
                    return "day_partial"
                return "day_explicit" if EXPLICIT_DATE.search(span_text) else "day_relative"
            return kind
    return None


def _gold_values(timex: str, kind: str, resolutions: list[str]) -> frozenset[str] | None:
    if any(r.startswith("0001") for r in resolutions):
        return None  # Recognizers marks invalid dates ("30 feb") this way
    ranges = frozenset(r for r in resolutions if ".." in r)
    if kind.startswith("day") and ranges:
        return ranges
    resolutions = [r.split("..")[0] for r in resolutions]
    if not timex.startswith("XXXX"):
        return frozenset({timex})
    width = 7 if kind == "month" else 10
    values = frozenset(r[:width] for r in resolutions if r)
    return values or None


def _range(start: str | None, end: str | None) -> str:
    """"start..last" for a gold range (Recognizers' end date is exclusive), else start or ""."""
    if not (start and end and re.match(r"\d{4}-\d\d-\d\d", start) and re.match(r"\d{4}-\d\d-\d\d", end)):
        return start or ""  # no range, or a time range ("18:00:00"), which is no date case
    last = date.fromisoformat(end[:10]) - timedelta(days=1)
    return f"{start[:10]}..{last.isoformat()}"


def _parser_resolutions(value: dict) -> list[str]:
    found = []
    for key in ("FutureResolution", "PastResolution"):
        res = value.get(key) or {}
        found.append(res.get("date") or _range(res.get("startDate"), res.get("endDate")))
    return found


def _model_resolutions(result: dict) -> tuple[str | None, list[str]]:
    values = (result.get("Resolution") or {}).get("values") or []
    if not values:
        return None, []
    return values[0].get("timex"), [v.get("value") or _range(v.get("start"), v.get("end")) for v in values]


def load_cases(data: Path, lang: str, files: tuple[str, ...]) -> tuple[list[Case], int]:
    cases, skipped_no_reference = [], 0
    for name in files:
        path = data / "recognizers_text_datetime_specs" / LANGS[lang] / name
        for item in json.loads(path.read_text(encoding="utf-8-sig")):
            reference = (item.get("Context") or {}).get("ReferenceDateTime")
            for result in item.get("Results") or []:
                if "Value" in result:
                    timex = (result.get("Value") or {}).get("Timex")
                    resolutions = _parser_resolutions(result.get("Value") or {})
                    start, end = result["Start"], result["Start"] + result["Length"]
                else:
                    timex, resolutions = _model_resolutions(result)
                    start = result.get("Start", item["Input"].find(result["Text"]))
                    end = result["End"] + 1 if "End" in result else start + len(result["Text"])
                kind = _kind(timex, result["Text"]) if timex else None
                gold = _gold_values(timex, kind, resolutions) if kind else None
                if not gold:
                    continue
                if not reference:
                    skipped_no_reference += 1
                    continue
                cases.append(Case(lang, item["Input"], start, end, date.fromisoformat(reference[:10]), kind, gold))
    return cases, skipped_no_reference


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def ours(case: Case) -> str | None:
    found = extract_times(case.text, case.lang, case.reference)
    best = max(found, key=lambda e: _overlap((e.start, e.end), (case.start, case.end)), default=None)
    if best is None or _overlap((best.start, best.end), (case.start, case.end)) == 0:
        return None
    if any(".." in g for g in case.gold):
        return f"{best.earliest}..{best.latest}"
    return best.value


def baseline(case: Case) -> str | None:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(case.reference, datetime.min.time()),
                "PREFER_DATES_FROM": "current_period", "PREFER_DAY_OF_MONTH": "first"}
    try:
        found = search_dates(case.text, languages=[case.lang], settings=settings) or []
    except Exception:
        return None
    width = next(len(g) for g in case.gold)
    for matched, moment in found:
        start = case.text.find(matched)
        if _overlap((start, start + len(matched)), (case.start, case.end)):
            return moment.date().isoformat()[:width]
    return None


def score(cases: list[Case], resolver) -> dict:
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        hit = resolver(case) in case.gold
        by_kind[case.kind][0] += hit
        by_kind[case.kind][1] += 1
    correct = sum(v[0] for v in by_kind.values())
    return {"correct": correct, "total": len(cases), "by_kind": dict(by_kind)}


def _share(correct: int, total: int) -> str:
    return f"{correct / total:.3f}" if total else "-"


def accuracy_table(title: str, results: dict[str, tuple[dict, dict]], skipped: dict[str, int]) -> list[str]:
    lines = [f"### {title}", "", "| lang | cases | ours | dateparser | skipped (no reference date) |",
             "|---|---|---|---|---|"]
    totals = [0, 0, 0]
    for lang, (mine, base) in results.items():
        lines.append(f"| {lang} | {mine['total']} | {_share(mine['correct'], mine['total'])} | "
                     f"{_share(base['correct'], base['total'])} | {skipped[lang]} |")
        totals = [totals[0] + mine["total"], totals[1] + mine["correct"], totals[2] + base["correct"]]
    lines.append(f"| **all** | {totals[0]} | **{_share(totals[1], totals[0])}** | {_share(totals[2], totals[0])} | |")
    lines += ["", "By expression type (ours / dateparser, all languages):", "",
              "| type | cases | ours | dateparser |", "|---|---|---|---|"]
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for mine, base in results.values():
        for kind, (correct, total) in mine["by_kind"].items():
            kinds[kind][0] += total
            kinds[kind][1] += correct
            kinds[kind][2] += base["by_kind"][kind][0]
    for kind, (total, correct, base_correct) in sorted(kinds.items()):
        lines.append(f"| {kind} | {total} | {_share(correct, total)} | {_share(base_correct, total)} |")
    return lines + [""]


def target_notes(dev: dict) -> list[str]:
    """State plainly whether the issue's targets (dev >= 0.92 overall, >= 0.88 per language) hold."""
    total = sum(mine["total"] for mine, _ in dev.values())
    overall = sum(mine["correct"] for mine, _ in dev.values()) / total
    below = [lang for lang, (mine, _) in dev.items() if mine["correct"] / mine["total"] < 0.88]
    verdict = "met" if overall >= 0.92 and not below else "NOT met"
    return [f"Targets (dev >= 0.92 overall, >= 0.88 per language): **{verdict}** - overall "
            f"{overall:.3f}; below 0.88: {', '.join(below) or 'none'}. Remaining dev misses are mostly "
            "readings we reject on purpose for news: 'the day' / 'my day' / 'this day' = today, "
            "'the last day' = yesterday (in news: the final day), 'last September' / 'afgelopen "
            "september' = the previous calendar year (we read the most recent September), "
            "weekday abbreviations ('ven'), 'two years ago' = the day (TIMEX3: the year), '2 years 21 "
            "days later' from publication (we count from the story); plus 'two monday later', "
            "'3~2015', misspelt 'dos cientos'. French: 168 dev "
            "cases have no reference date and are skipped.", ""]


def evaluate(data: Path, files: tuple[str, ...]) -> tuple[dict, dict]:
    results, skipped = {}, {}
    for lang in LANGS:
        cases, skipped[lang] = load_cases(data, lang, files)
        results[lang] = (score(cases, ours), score(cases, baseline))
    return results, skipped


def _median_seconds(function, repeats: int) -> float:
    function()  # warm-up: lazy imports, regex compilation, dateparser language data
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def speed(data: Path, repeats: int = 31) -> list[str]:
    """Times *and* numbers, as the claims stage extracts them, against search_dates alone."""
    from dateparser.search import search_dates

    from factcheck.claims.numbers import extract_numbers

    lines = ["### Speed (extract_times + extract_numbers vs dateparser search_dates alone)", "",
             "| article | lang | lines | times ms | times + numbers ms | search_dates ms | search_dates / times + numbers (> 1: ours faster) |",
             "|---|---|---|---|---|---|---|"]
    ratios = []
    for name, lang, text, published in _speed_articles(data):
        settings = {"RELATIVE_BASE": datetime.combine(published, datetime.min.time()),
                    "PREFER_DATES_FROM": "current_period", "PREFER_DAY_OF_MONTH": "first"}

        def ours_extract(text=text, lang=lang, published=published):
            times = extract_times(text, lang, published)
            extract_numbers(text, lang, exclude=[(t.start, t.end) for t in times])

        mine = _median_seconds(ours_extract, repeats)
        times_only = _median_seconds(lambda: extract_times(text, lang, published), repeats)
        theirs = _median_seconds(lambda: search_dates(text, languages=[lang], settings=settings), repeats)
        lines.append(f"| {name} | {lang} | {len([l for l in text.splitlines() if l.strip()])} | "
                     f"{times_only * 1000:.2f} | {mine * 1000:.2f} | {theirs * 1000:.2f} | {theirs / mine:.2f} |")
        ratios.append(theirs / mine)
    verdict = "met" if min(ratios) > 1 else "NOT met"
    return lines + ["", f"Target (times + numbers faster than search_dates on every article): **{verdict}** - "
                    f"lowest ratio {min(ratios):.2f}. Timings are medians on a shared machine, so they move "
                    "with its load. Each time rule and number pattern reads only the lines that contain a "
                    "word it needs (a month name, a digit, a range's 'to'), and the number patterns read "
                    "lowercased text instead of matching case-insensitively.", ""]


def _speed_articles(data: Path):
    """The two seed articles, and a 30-sentence news article per language made of the first 30
    lines of NTREX-128 dev documents (newstest2019: published 2019-01-15)."""
    for path in sorted((data.parent / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield path.name, "nl" if " het " in text else "en", text, date(2015, 11, 30)
    files = {"en": "newstest2019-src.eng.txt", "nl": "newstest2019-ref.nld.txt", "de": "newstest2019-ref.deu.txt",
             "fr": "newstest2019-ref.fra.txt", "es": "newstest2019-ref.spa.txt"}
    for lang, name in files.items():
        path = data / "ntrex128" / name
        if path.exists():
            first_30 = path.read_text(encoding="utf-8").splitlines()[:30]  # dev documents (1-40) come first
            yield "NTREX dev, 30 lines", lang, "\n".join(first_30), date(2019, 1, 15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-write", action="store_true", help="print only, leave BENCHMARKS.md alone")
    parser.add_argument("--skip-test", action="store_true", help="dev part only (while tuning)")
    args = parser.parse_args()
    if importlib.util.find_spec("dateparser") is None:
        raise SystemExit("bench_times needs dateparser (the baseline): pip install -e '.[bench]'")
    warnings.filterwarnings("ignore")

    body = ["Command: `python benchmarks/bench_times.py` (data: `--data`, default "
            "`../shared/data`). Scoring rules are in the script's docstring: date cases = gold TIMEX "
            "day/weekday/month/year; correct = our `value` equals the gold value (future or past "
            "resolution for underspecified TIMEX; the exact range for day-like TIMEX that resolve to "
            "a range, such as 'week of September 16th'); dateparser gets its datetime cut to the gold "
            f"granularity. Last run: {date.today().isoformat()}.", ""]
    dev, dev_skipped = evaluate(args.data, DEV_FILES)
    body += accuracy_table("Dev: DateParser.json + DatePeriodParser.json (tuned on)", dev, dev_skipped)
    body += target_notes(dev)
    if not args.skip_test:
        test, test_skipped = evaluate(args.data, (TEST_FILE,))
        body += accuracy_table("Test: DateTimeModel.json (measured once, not tuned on)", test, test_skipped)
    body += speed(args.data)
    print("\n".join(body))
    if not args.no_write:
        write_section(Path(__file__).resolve().parents[1] / "BENCHMARKS.md", "\n".join([SECTION, "", *body]), SECTION)


if __name__ == "__main__":
    main()
