"""False alarms on faithful translations beyond NTREX (issue 13): a guard for compare rules.

    python -m benchmarks.bench_faithful                       # Text+Berg windows and DEMETR references, dev and test
    python -m benchmarks.bench_faithful --details FILE        # and every dev alarm with both sentences (dev only)

Every warning or error counted here is a false alarm or a real divergence of two translations, since
nothing is edited:

* **Text+Berg de–fr** (`textberg_bleualign_defr`, Swiss Alpine Club yearbook articles translated by
  hand): each document is cut into windows of `--window` consecutive gold beads (20); the German and
  French sentences of one window become two articles compared with `compare_documents(docs, Options())`,
  as a user comparing two short articles would. A bead's sentences on one side make one paragraph (the
  corpus cuts lines inside sentences, e.g. after "2 fr." of "2 fr. 70"; the segmenter reads the
  paragraph as running text). Dev = `dev.*`, test = `test0`–`test6`.
* **DEMETR** (de, fr, es, it): the source sentence against its human English translation
  (`base_id35_reference.json`) and against the checked machine translation (`mt`, the same items), one
  sentence a side, as `bench_discrepancy` compares them (its "reference" false-alarm row counts items;
  this counts alarms by type). Dev = odd ids, test = even ids.

Printed: alarms by type and severity, alarms per window / item, windows / items with any alarm, dev and
test side by side. `--details` writes only dev alarms (test is measured, never read item by item).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/bench_faithful.py` from the repo root
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.datasets import build_document, data_root, detokenise, load_demetr, map_jobs, parse_beads, textberg_names

ALARM = ("error", "warning")
SPLITS = ("dev", "test")
DEMETR_LANGS = {"german": "de", "french": "fr", "spanish": "es", "italian": "it"}
REFERENCE_FILE = "base_id35_reference.json"


Paragraphs = tuple[tuple[str, ...], ...]  # a side's paragraphs, each its lines


@dataclass(frozen=True)
class Unit:
    """Two faithful texts to compare: a Text+Berg window or a DEMETR item."""
    id: str
    langs: tuple[str, str]
    texts: tuple[Paragraphs, Paragraphs]


@dataclass(frozen=True)
class Outcome:
    id: str
    alarms: tuple[str, ...]  # "type/severity"
    details: tuple[dict, ...]


def textberg_windows(root: Path, split: str, window: int) -> list[Unit]:
    """Consecutive runs of `window` gold beads of each document, as two articles."""
    folder = root / "textberg_bleualign_defr"
    units = []
    for name in textberg_names(split):
        sides = [[detokenise(line) for line in (folder / f"{name}.{lang}").read_text(encoding="utf-8").splitlines()]
                 for lang in ("de", "fr")]
        beads = parse_beads((folder / f"{name}.defr").read_text(encoding="utf-8"))
        for start in range(0, len(beads), window):
            chunk = beads[start:start + window]
            texts = tuple(tuple(lines for bead in chunk
                                if (lines := tuple(sides[side][i] for i in bead[side] if sides[side][i].strip())))
                          for side in (0, 1))
            if all(texts):
                units.append(Unit(f"{name}:{start}", ("de", "fr"), texts))
    return units


def demetr_translations(root: Path, split: str, translation: str) -> list[Unit]:
    """Each item's source against one of its English translations ("reference" or "mt")."""
    return [Unit(f"demetr-{item.id}", (DEMETR_LANGS[item.lang], "en"), (((item.source,),), ((getattr(item, translation),),)))
            for item in load_demetr(root, split, files=[REFERENCE_FILE]) if item.lang in DEMETR_LANGS]


def compare_unit(unit: Unit) -> Outcome:
    from benchmarks.bench_align import to_document
    from factcheck.pipeline import Options, compare_documents

    docs = [to_document(build_document(f"{unit.id}.{lang}", lang, [[(line, None) for line in lines] for lines in paragraphs]))
            for lang, paragraphs in zip(unit.langs, unit.texts)]
    story = compare_documents(docs, Options(use_cache=False), story_id=unit.id)
    claim_of = {c.id: c for c in story.claims}
    alarms = [f for f in story.findings if f.severity in ALARM]

    def side(claim_id: str | None) -> list | None:
        claim = claim_of.get(claim_id)
        return [claim.lang, claim.text, claim.sentence_text] if claim else None

    return Outcome(unit.id, tuple(f"{f.type}/{f.severity}" for f in alarms),
                   tuple({"unit": unit.id, "type": f.type, "severity": f.severity, "message": f.message,
                          "left": side(f.left), "right": side(f.right)} for f in alarms))


def summary(outcomes: list[Outcome]) -> dict:
    alarms = Counter(a for o in outcomes for a in o.alarms)
    n = len(outcomes) or 1
    return {"units": len(outcomes), "with alarm": sum(bool(o.alarms) for o in outcomes),
            "alarms": sum(alarms.values()), "per unit": sum(alarms.values()) / n, "by type": alarms}


def table(title: str, unit_name: str, summaries: dict[str, dict]) -> list[str]:
    kinds = sorted({k for s in summaries.values() for k in s["by type"]})
    lines = [f"| {title} | " + " | ".join(summaries) + " |", "|---|" + "---:|" * len(summaries)]
    rows = [(unit_name, lambda s: str(s["units"])),
            (f"{unit_name} with a warning or error", lambda s: str(s["with alarm"])),
            ("warnings and errors", lambda s: f"**{s['alarms']}**"),
            (f"per {unit_name.rstrip('s')}", lambda s: f"{s['per unit']:.2f}")]
    rows += [(kind, lambda s, kind=kind: str(s["by type"].get(kind, 0))) for kind in kinds]
    lines += [f"| {name} | " + " | ".join(cell(s) for s in summaries.values()) + " |" for name, cell in rows]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="evaluation data folder (default: $FACTCHECK_DATA or ../shared/data)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--window", type=int, default=20, help="gold beads per Text+Berg window")
    parser.add_argument("--splits", default="dev,test")
    parser.add_argument("--details", type=Path, help="every dev alarm with both claims, as JSON lines")
    args = parser.parse_args(argv)
    root = data_root(args.data)
    splits = [s for s in args.splits.split(",") if s in SPLITS]
    sources = (("Text+Berg de–fr", "windows", lambda split: textberg_windows(root, split, args.window)),
               ("DEMETR human reference vs source", "items", lambda split: demetr_translations(root, split, "reference")),
               ("DEMETR checked MT vs source", "items", lambda split: demetr_translations(root, split, "mt")))
    dev_details: list[dict] = []
    for title, unit_name, load in sources:
        summaries = {}
        for split in splits:
            outcomes = map_jobs(compare_unit, load(split), args.workers, chunksize=4)
            summaries[split] = summary(outcomes)
            if split == "dev":
                dev_details += [{"source": title, **d} for o in outcomes for d in o.details]
        print("\n".join(table(title, unit_name, summaries)) + "\n")
    if args.details:
        args.details.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dev_details), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
