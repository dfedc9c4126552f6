"""Discrepancy-detection benchmark on DEMETR (tracker issue 5).

    python -m benchmarks.bench_discrepancy --split dev             # tune on this
    python -m benchmarks.bench_discrepancy --split both --write    # once, at the end: dev + test into BENCHMARKS.md

Each DEMETR item (de, fr, es, it source sentence; English translations) becomes two one-sentence
Documents, the source and an English version, compared with `compare_documents(docs, Options())`
(default lexicon translator). English versions:

* the perturbed MT of a critical perturbation (`pert_check` true only): numbers, named entities,
  negation, antonyms. Detected = a finding of the matching type at warning or above (antonyms:
  any warning or error, since no finding type names them). Numbers: DEMETR changes years,
  days of the month and counts of years/months ("1976" -> "1982", "vor drei Jahren" -> "four
  years ago"), which are times, so a `time_mismatch` counts as well as a `number_mismatch` --
  but only when its message names the changed value (a word or number of the perturbed MT
  that the checked MT does not have), so an unrelated time finding is no hit. The row
  "numbers (number_mismatch only)" is the stricter reading, shown for comparison;
* the reference translation (`base_id35_reference`) and the minor perturbations (word swap,
  function word): no factual change, so any warning or error is a false alarm.

The pair rate (the aligner paired the two sentences at all) is reported next to each figure,
because an unpaired item can show no pair finding: that recall loss belongs to alignment.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/bench_discrepancy.py` from the repo root
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.datasets import DemetrItem, data_root, load_demetr, map_jobs, write_section

REPO = Path(__file__).resolve().parents[1]
SECTION = "## Discrepancy detection (issue 5)"
LANGS = {"german": "de", "french": "fr", "spanish": "es", "italian": "it"}
# (row, perturbation file, finding types that count as detection; None = any warning+).
# Many DEMETR number replacements change a year ("1976" -> "1982"), which we report as a
# time_mismatch: the target row counts those when the finding names the changed value; a figure
# that is part of a name ("Boeing 737" -> "Boeing 747") is a designation, reported as an
# entity_mismatch "different designation", counted the same way (branch designations13).
DESIGNATION = "different designation"  # the message of a designation clash (compare/names.py)
REVERSED_NEGATION = "derived: negation removed from the checked MT"
RECALL_SETS = (
    ("numbers", "critical_id10_numbers_replaced.json", ("number_mismatch", "time_mismatch", DESIGNATION)),
    ("numbers (number_mismatch only)", "critical_id10_numbers_replaced.json", ("number_mismatch",)),
    # A swapped speaker is reported as a different attribution ("said Zimmermann" / "says
    # Graf Zeppelin"): at warning that is the named-entity change, in its own role.
    ("named entities", "critical_id9_ne_replaced.json", ("entity_mismatch", "attribution_mismatch")),
    ("negation", "critical_id8_negation.json", ("polarity_mismatch",)),
    ("antonyms", "critical_id7_antonym.json", None),
    # DEMETR only adds a negation to the English side; this derived set removes one, so the
    # other direction (the foreign sentence negates, the English one does not) is measured too.
    ("negation removed from the English", REVERSED_NEGATION, ("polarity_mismatch",)),
)
RECALL_FILES = {file for _, file, _ in RECALL_SETS if file != REVERSED_NEGATION}
FALSE_ALARM_SETS = {
    "base_id35_reference.json": "reference",
    "minor_id14_word_swap.json": "minor: word swap",
    "minor_id16_function_word.json": "minor: function word",
}
TARGETS = {"numbers": 0.92, "named entities": 0.85, "negation": 0.75}
FALSE_ALARM_TARGET = 0.08
ALARM = ("error", "warning")
WORD = re.compile(r"\w+")
DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Outcome:
    file: str
    id: int
    lang: str
    paired: bool
    alarms: tuple[str, ...]  # finding types at warning or above
    messages: tuple[str, ...]
    changed: tuple[str, ...] = ()  # words of the perturbed MT that the checked MT lacks


def changed_words(checked: str, perturbed: str) -> tuple[str, ...]:
    """What the perturbation put in: the perturbed sentence's words, minus the checked MT's."""
    remaining = Counter(WORD.findall(checked.lower()))
    changed = []
    for word in WORD.findall(perturbed.lower()):
        if remaining[word]:
            remaining[word] -= 1
        else:
            changed.append(word)
    return tuple(changed)


def compare_item(job: tuple[str, DemetrItem]) -> Outcome:
    from factcheck.model import Document
    from factcheck.pipeline import Options, compare_documents

    file, item = job
    lang = LANGS[item.lang]
    source = Document(id="src", path="<demetr>/src", lang=lang, text=item.source)
    english = Document(id="en", path="<demetr>/en", lang="en", text=item.perturbed)
    story = compare_documents([source, english], Options(), story_id=f"demetr-{item.id}")
    alarms = [f for f in story.findings if f.severity in ALARM]
    return Outcome(file, item.id, lang, bool(story.pairs), tuple(f.type for f in alarms),
                   tuple(f"{f.type} {f.severity}: {f.message}" for f in alarms), changed_words(item.mt, item.perturbed))


def jobs_for(root: Path, split: str) -> list[tuple[str, DemetrItem]]:
    jobs = []
    for file in [*sorted(RECALL_FILES), *FALSE_ALARM_SETS]:
        for item in load_demetr(root, split, files=[file]):
            usable = item.lang in LANGS and (item.applied or file in FALSE_ALARM_SETS)
            if usable:
                jobs.append((file, item))
    return jobs + [(REVERSED_NEGATION, item) for item in reversed_negation_items(root, split)]


ENGLISH_NOT = re.compile(r"\s+not\b|n't\b")


def reversed_negation_items(root: Path, split: str) -> list[DemetrItem]:
    """Each sentence (once) whose source and checked MT both negate with a plain "not": the MT
    without it ("did not go" -> "did go", "won't" -> "will") is the perturbed side."""
    from factcheck.claims.facets import negated

    sentences = {(i.lang, i.source): i for i in load_demetr(root, split) if i.lang in LANGS}
    items = []
    for item in sentences.values():
        if ENGLISH_NOT.search(item.mt) and negated(item.source, LANGS[item.lang]):
            plain = re.sub(r"\bwon't\b", "will", re.sub(r"\bcan't\b", "can", item.mt))
            items.append(dataclasses.replace(item, perturbed=ENGLISH_NOT.sub("", plain), applied=True))
    return items


# --------------------------------------------------------------------------- scoring


def detector(wanted: tuple[str, ...] | None):
    if wanted is None:
        return lambda outcome: bool(outcome.alarms)
    if "time_mismatch" in wanted:
        return lambda outcome: any(_counted(kind, message, wanted) and _names_change(message, outcome.changed)
                                   for kind, message in zip(outcome.alarms, outcome.messages))
    return lambda outcome: any(kind in outcome.alarms for kind in wanted)


def _counted(kind: str, message: str, wanted: tuple[str, ...]) -> bool:
    return kind in wanted or (DESIGNATION in wanted and kind == "entity_mismatch" and DESIGNATION in message)


def _names_change(message: str, changed: tuple[str, ...]) -> bool:
    """"1960s" is named by "1960", "10th" by "11-10": numbers are matched by their digits."""
    words = set(WORD.findall(message.lower())) | set(DIGITS.findall(message))
    return not changed or any(word in words or set(DIGITS.findall(word)) & words for word in changed)


def summarise(outcomes: list[Outcome]) -> dict:
    by_file: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_file[outcome.file].append(outcome)
    recall = {name: _rates(by_file[file], detector(wanted)) for name, file, wanted in RECALL_SETS}
    alarms = {name: _rates(by_file[file], lambda o: bool(o.alarms)) for file, name in FALSE_ALARM_SETS.items()}
    negatives = [o for file in FALSE_ALARM_SETS for o in by_file[file]]
    alarms["all non-factual"] = _rates(negatives, lambda o: bool(o.alarms))
    alarm_types = Counter(t for o in negatives for t in set(o.alarms))
    return {"recall": recall, "false_alarms": alarms, "false_alarm_types": dict(alarm_types.most_common())}


def _rates(outcomes: list[Outcome], hit) -> dict:
    n = len(outcomes) or 1
    per_lang = {lang: round(sum(map(hit, group)) / len(group), 3)
                for lang, group in sorted(_group_by_lang(outcomes).items())}
    return {"items": len(outcomes), "rate": round(sum(map(hit, outcomes)) / n, 3),
            "paired": round(sum(o.paired for o in outcomes) / n, 3),
            "rate_when_paired": round(sum(hit(o) for o in outcomes if o.paired) / (sum(o.paired for o in outcomes) or 1), 3),
            "per_lang": per_lang}


def _group_by_lang(outcomes: list[Outcome]) -> dict[str, list[Outcome]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.lang].append(outcome)
    return groups


# --------------------------------------------------------------------------- report


def split_table(split: str, summary: dict) -> list[str]:
    langs = sorted(LANGS.values())
    header = f"| {split} | items | rate | pair rate | rate when paired | " + " | ".join(langs) + " | target |"
    lines = [header, "|" + "---|" * (6 + len(langs))]
    for kind, table, targets in (("recall", summary["recall"], TARGETS), ("false alarms", summary["false_alarms"], {})):
        for name, row in table.items():
            target = targets.get(name, FALSE_ALARM_TARGET if name == "all non-factual" else None)
            target_text = "" if target is None else (f"≥ {target}" if kind == "recall" else f"≤ {target}")
            per_lang = " | ".join(str(row["per_lang"].get(lang, "")) for lang in langs)
            lines.append(f"| {kind}: {name} | {row['items']} | **{row['rate']}** | {row['paired']} | "
                         f"{row['rate_when_paired']} | {per_lang} | {target_text} |")
    kinds = ", ".join(f"{k} {v}" for k, v in summary["false_alarm_types"].items()) or "none"
    lines += ["", f"False alarms by finding type (items): {kinds}."]
    return lines


def section(summaries: dict[str, dict], command: str) -> str:
    lines = [SECTION, "", f"Command: `{command}` (run {date.today().isoformat()}; data `../shared/data/demetr`).",
             "Harness and scoring rules: docstring of `benchmarks/bench_discrepancy.py`. Items: de, fr, es, it "
             "sources; recall only on items whose perturbation was applied (`pert_check`). \"rate when paired\" "
             "leaves out items whose two sentences the aligner did not pair (an alignment loss, not a compare one).",
             ""]
    for split, summary in summaries.items():
        title = "Dev (odd ids; tuned on)" if split == "dev" else "Test (even ids; measured once, not tuned on)"
        lines += [f"### {title}", "", *split_table(split, summary), ""]
    return "\n".join([*lines, ""])


# --------------------------------------------------------------------------- main


def run_split(root: Path, split: str, workers: int) -> list[Outcome]:
    return map_jobs(compare_item, jobs_for(root, split), workers, chunksize=8)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="evaluation data folder (default: $FACTCHECK_DATA or ../shared/data)")
    parser.add_argument("--split", choices=("dev", "test", "both"), default="dev")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--write", action="store_true", help="write the section into BENCHMARKS.md")
    parser.add_argument("--details", type=Path, help="write every item's outcome as JSON here")
    args = parser.parse_args(argv)
    root = data_root(args.data)
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    summaries, details = {}, {}
    for split in splits:
        outcomes = run_split(root, split, args.workers)
        summaries[split] = summarise(outcomes)
        details[split] = [o.__dict__ for o in outcomes]
    command = "python -m benchmarks.bench_discrepancy " + " ".join(argv if argv is not None else sys.argv[1:])
    body = section(summaries, command.strip())
    print(body)
    if args.details:
        args.details.write_text(json.dumps(details, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.write:
        write_section(REPO / "BENCHMARKS.md", body, SECTION)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
