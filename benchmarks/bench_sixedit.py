"""Injected edits in a story of six languages (tracker issue 13: faithful translations).

    python -m benchmarks.bench_sixedit                    # dev and test side by side, printed
    python -m benchmarks.bench_sixedit --write            # and into BENCHMARKS.md (this section only)
    python -m benchmarks.bench_sixedit --splits dev --details out.json   # every dev edit, for reading

Each NTREX document (dev = 1-40, test = 41-123) is one story of six articles (en, nl, de, fr, es, it: the
faithful stories of `bench_comparable`); ONE translation, turning with the document's rank, carries the
injected edits of `bench_align` (a number, a date, a name shared with the English line, each on its own line;
same injection code, its own seed) and the other five are faithful. The whole story is compared at once, as
a newsroom with translated editions would run it.

* edit recall: edits reported at warning/error, with the edit's type (`bench_align`'s rule), by a finding
  between a claim on the edited line and a claim of another article; "against" = of the five other
  articles, how many such a finding names (mean over the edits found);
* at any severity: the same with `info` findings counted (what the report still shows, demoted);
* two at a time (`--pairwise`): the edited article compared with each other article alone, the same rule;
  an edit counts when any of the five pairs reports it (what per-pair recall in `bench_align` measures);
* false alarms: warning/error findings none of whose claims is on an edited line, per story.
Test is printed as totals only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/bench_sixedit.py` from the repo root
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_align import CONFLICT_SEVERITIES, _detects, finding_claims, to_document
from benchmarks.datasets import EditedStory, data_root, command_line, load_ntrex_six_edited, map_jobs, publish

SECTION = "## Injected edits in a six-language story (issue 13)"


@dataclass
class StoryOutcome:
    id: str
    edited: str
    edits: list[dict] = field(default_factory=list)  # type, found_by (langs at warning+), shown_by (any severity)
    false_alarms: list[str] = field(default_factory=list)  # type/severity


def _compare(docs):
    from factcheck.pipeline import Options, compare_documents

    return compare_documents([to_document(d) for d in docs], Options(use_cache=False))


def _edit_reporters(story_report, docs, edited_id: str, edit, alarms_only: bool) -> set[str]:
    """Languages of the articles a finding of the edit's type sets against the edited line."""
    built = {d.id: d for d in docs}
    claims = {c.id: c for c in story_report.claims}

    def on_edit(claim_id: str) -> bool:
        claim = claims.get(claim_id)
        return claim is not None and claim.doc == edited_id and built[edited_id].line_at(claim.start) == edit.line

    reporters = set()
    for finding in story_report.findings:
        if alarms_only and finding.severity not in CONFLICT_SEVERITIES:
            continue
        ids = finding_claims(finding)
        if not any(on_edit(c) for c in ids) or not _detects(finding, edit):
            continue
        reporters |= {claims[c].lang for c in ids if c in claims and claims[c].doc != edited_id}
    return reporters


def evaluate_story(story: EditedStory, pairwise: bool = False) -> StoryOutcome:
    edited = next(d for d in story.docs if d.lang == story.edited)
    report = _compare(story.docs)
    outcome = StoryOutcome(story.id, story.edited)
    pair_reports = [(other, _compare([other, edited])) for other in story.docs if other is not edited] if pairwise else []
    for edit in story.edits:
        row = {"type": edit.type, "old": edit.old, "new": edit.new,
               "found_by": sorted(_edit_reporters(report, story.docs, edited.id, edit, True)),
               "shown_by": sorted(_edit_reporters(report, story.docs, edited.id, edit, False))}
        if pairwise:
            row["pairwise_by"] = sorted(lang for other, pair in pair_reports
                                        for lang in _edit_reporters(pair, [other, edited], edited.id, edit, True))
        outcome.edits.append(row)
    claims = {c.id: c for c in report.claims}
    edited_lines = {e.line for e in story.edits}
    for finding in report.findings:
        if finding.severity not in CONFLICT_SEVERITIES:
            continue
        touched = [claims[c] for c in finding_claims(finding) if c in claims]
        if not any(c.doc == edited.id and edited.line_at(c.start) in edited_lines for c in touched):
            outcome.false_alarms.append(f"{finding.type}/{finding.severity}")
    return outcome


def summary(outcomes: list[StoryOutcome]) -> dict:
    edits = [e for o in outcomes for e in o.edits]
    found = [e for e in edits if e["found_by"]]
    result = {"stories": len(outcomes), "edits": len(edits), "found": len(found),
              "by type": {t: (sum(bool(e["found_by"]) for e in edits if e["type"] == t),
                              sum(e["type"] == t for e in edits)) for t in ("number", "date", "name")},
              "against": sum(len(e["found_by"]) for e in found) / len(found) if found else 0.0,
              "shown": sum(bool(e["shown_by"]) for e in edits),
              "false alarms": sum(len(o.false_alarms) for o in outcomes),
              "false alarm types": Counter(t for o in outcomes for t in o.false_alarms)}
    if edits and "pairwise_by" in edits[0]:
        result["pairwise"] = sum(bool(e["pairwise_by"]) for e in edits)
        result["lost"] = sum(bool(e["pairwise_by"]) and not e["found_by"] for e in edits)
    return result


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "–"


def table(summaries: dict[str, dict]) -> list[str]:
    splits = list(summaries)
    rows = [
        ("stories (one edited article each)", lambda s: str(s["stories"])),
        ("edit recall, warning/error, typed", lambda s: f"**{_share(s['found'], s['edits'])}**"),
        *((f"  {kind}", (lambda k: lambda s: _share(*s["by type"][k]))(kind)) for kind in ("number", "date", "name")),
        ("of the 5 other articles, how many report a found edit (mean)", lambda s: f"{s['against']:.2f}"),
        ("edits shown at any severity (info included)", lambda s: _share(s["shown"], s["edits"])),
        ("edits found two articles at a time (any of the 5 pairs)",
         lambda s: _share(s["pairwise"], s["edits"]) if "pairwise" in s else "–"),
        ("found two at a time, lost in the six-article story", lambda s: str(s.get("lost", "–"))),
        ("false alarms (warning/error off the edited lines)", lambda s: str(s["false alarms"])),
        ("false alarms per story", lambda s: f"{s['false alarms'] / max(s['stories'], 1):.2f}"),
    ]
    lines = ["| NTREX, 6 languages, one edited | " + " | ".join(splits) + " |", "|---|" + "---:|" * len(splits)]
    lines += [f"| {name} | " + " | ".join(cell(summaries[s]) for s in splits) + " |" for name, cell in rows]
    lines.append("")
    for split, s in summaries.items():
        kinds = ", ".join(f"{k} {v}" for k, v in s["false alarm types"].most_common()) or "none"
        lines.append(f"{split}: false alarms by type: {kinds}.")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="evaluation data folder (default: $FACTCHECK_DATA or ../shared/data)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--splits", default="dev,test")
    parser.add_argument("--pairwise", action="store_true", help="also compare the edited article with each other alone")
    parser.add_argument("--write", action="store_true", help="write the section into BENCHMARKS.md")
    parser.add_argument("--details", type=Path, help="dev edits and their reporters as JSON (never test)")
    args = parser.parse_args(argv)
    root = data_root(args.data)
    summaries, dev_outcomes = {}, []
    for split in [s for s in args.splits.split(",") if s]:
        outcomes = map_jobs(partial(evaluate_story, pairwise=args.pairwise), load_ntrex_six_edited(root, split),
                        args.workers)
        summaries[split] = summary(outcomes)
        if split == "dev":
            dev_outcomes = outcomes
    body = "\n".join([SECTION, "", f"Command: `{command_line('bench_sixedit', argv)}`", "", *table(summaries)])
    publish(body, SECTION, args.write, args.details, lambda: [o.__dict__ for o in dev_outcomes])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
