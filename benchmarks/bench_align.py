"""Alignment + discrepancy benchmark (tracker issue 3).

    python -m benchmarks.bench_align --split dev            # both translators, NTREX + Text+Berg
    python -m benchmarks.bench_align --split test --write   # measure once, record in BENCHMARKS.md

NTREX-128 (en vs nl/de/fr/es/it, perturbed by benchmarks.datasets): claims are mapped to the gold
lines that contain their first letter or digit; a line pair is predicted when any claim pair links the two
lines; line-level P/R/F1 against the gold (English line i <-> kept foreign line i). Injected edits
count as detected when a finding of the matching type involves a claim on the edited foreign line.
A false conflict is an error/warning finding that touches no edited line (and is not an omission
of a dropped/inserted line).

Text+Berg de-fr: one gold sentence per paragraph; predicted claim pairs become sentence pairs,
their connected components become beads, unlinked sentences 1:0 / 0:1 beads; scored with the
strict/lax bead precision/recall definition used by Vecalign and Bertalign.

Gale-Church (benchmarks.gale_church) runs on exactly the same line sequences.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/bench_align.py` from the repo root
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import gale_church
from benchmarks.datasets import (
    DEFAULT_SEED,
    FOREIGN_LANGS,
    BuiltDoc,
    NtrexPair,
    TextBergDoc,
    data_root,
    load_ntrex_pairs,
    load_textberg,
    map_jobs,
)

REPO = Path(__file__).resolve().parents[1]
SECTION = "## Alignment (issue 3)"
EDIT_FINDING = {"number": "number_mismatch", "date": "time_mismatch", "name": "entity_mismatch"}
# The same change reported in its own role: a changed count of years ("18 years ago" -> "28")
# is a time_mismatch naming the new number, a swapped speaker a different attribution.
ALSO_DETECTS = {"number": "time_mismatch", "name": "attribution_mismatch"}
DESIGNATION = "different designation"  # an entity_mismatch on a figure that is part of a name (compare/names.py)
CONFLICT_SEVERITIES = ("error", "warning")
TARGETS = {"ntrex_f1": 0.92, "textberg_f1": 0.85, "edit_recall": 0.85, "false_conflicts": 0.25}

LinePair = tuple[int, int]


# --------------------------------------------------------------------------- running the pipeline


def to_document(doc: BuiltDoc):
    from factcheck.model import Document

    return Document(id=doc.id, path=f"<benchmark>/{doc.id}", lang=doc.lang, text=doc.text,
                    published=doc.published)


def pipeline_options(translator: str):
    """`translator` names a back-end, optionally with `+embeddings` for the embeddings scorer."""
    from factcheck.pipeline import Options

    backend, _, scorer = translator.partition("+")
    # No translation cache: every pair is translated from scratch, so timings are honest.
    return Options(translator=backend, use_cache=False, scorer=scorer or "lexical")


def run_pipeline(left: BuiltDoc, right: BuiltDoc, translator: str):
    from factcheck.pipeline import compare_documents

    started = time.perf_counter()
    story = compare_documents([to_document(left), to_document(right)], pipeline_options(translator))
    return story, time.perf_counter() - started


@dataclass
class ClaimMap:
    """claim id -> (doc id, gold line index)."""

    where: dict[str, tuple[str, int]]

    @classmethod
    def build(cls, story, docs: list[BuiltDoc]) -> ClaimMap:
        by_id = {d.id: d for d in docs}
        return cls({c.id: (c.doc, by_id[c.doc].line_at(_first_word(by_id[c.doc].text, c.start, c.end)))
                    for c in story.claims if c.doc in by_id})

    def line_pair(self, a: str, b: str, left_id: str) -> LinePair | None:
        """(left line, right line) for a claim pair in either orientation."""
        if a not in self.where or b not in self.where:
            return None
        (doc_a, line_a), (doc_b, line_b) = self.where[a], self.where[b]
        if doc_a == doc_b:
            return None
        return (line_a, line_b) if doc_a == left_id else (line_b, line_a)


def _first_word(text: str, start: int, end: int) -> int:
    """Offset of a claim's first letter or digit: a closing quote the segmenter left at the start of
    the next sentence ('... participer ? » Scherzer, pour qui ...') belongs to the previous line,
    the claim to the line its words are on."""
    for offset in range(start, end):
        if text[offset].isalnum():
            return offset
    return start


def predicted_line_pairs(story, claim_map: ClaimMap, left_id: str) -> set[LinePair]:
    found = set()
    for pair in story.pairs:
        lines = claim_map.line_pair(pair.left, pair.right, left_id)
        if lines is not None:
            found.add(lines)
    return found


def finding_claims(finding) -> list[str]:
    ids = [c for c in (finding.left, finding.right) if c]
    return ids + [c for c in finding.evidence.get("claims", []) if c not in ids] if isinstance(finding.evidence, dict) else ids


# --------------------------------------------------------------------------- NTREX


@dataclass
class PairResult:
    id: str
    lang: str
    system: str
    tp: int
    fp: int
    fn: int
    seconds: float | None = None
    inserted_matched: int = 0
    inserted_total: int = 0
    dropped_matched: int = 0
    edits: list[dict] = field(default_factory=list)  # type, detail, detected, any_finding
    false_conflicts: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # misaligned line pairs, for the analysis
    claims: int = 0


def score_lines(predicted: set[LinePair], gold: frozenset[LinePair]) -> tuple[int, int, int]:
    return len(predicted & gold), len(predicted - gold), len(gold - predicted)


def _line_errors(pair: NtrexPair, predicted: set[LinePair]) -> list[dict]:
    errors = []
    for en, xx in sorted(predicted - pair.gold):
        kind = "inserted" if xx in pair.inserted else "dropped" if en in pair.dropped else "wrong"
        errors.append({"kind": f"fp_{kind}", "en": en, "xx": xx,
                       "en_text": pair.english.lines[en].text, "xx_text": pair.foreign.lines[xx].text})
    for en, xx in sorted(pair.gold - predicted):
        errors.append({"kind": "fn", "en": en, "xx": xx,
                       "en_text": pair.english.lines[en].text, "xx_text": pair.foreign.lines[xx].text})
    return errors


def evaluate_ntrex_pipeline(pair: NtrexPair, translator: str) -> PairResult:
    story, seconds = run_pipeline(pair.english, pair.foreign, translator)
    claim_map = ClaimMap.build(story, [pair.english, pair.foreign])
    predicted = predicted_line_pairs(story, claim_map, pair.english.id)
    tp, fp, fn = score_lines(predicted, pair.gold)
    result = PairResult(pair.id, pair.lang, f"pipeline/{translator}", tp, fp, fn, seconds,
                        inserted_matched=len({xx for _en, xx in predicted if xx in pair.inserted}),
                        inserted_total=len(pair.inserted),
                        dropped_matched=len({en for en, _xx in predicted if en in pair.dropped}),
                        errors=_line_errors(pair, predicted), claims=len(story.claims))
    result.edits = [_edit_outcome(pair, edit, story, claim_map) for edit in pair.edits]
    result.false_conflicts = _false_conflicts(pair, story, claim_map)
    return result


def _foreign_lines_of(finding, claim_map: ClaimMap, foreign_id: str) -> set[int]:
    return {claim_map.where[c][1] for c in finding_claims(finding)
            if c in claim_map.where and claim_map.where[c][0] == foreign_id}


def _english_lines_of(finding, claim_map: ClaimMap, english_id: str) -> set[int]:
    return {claim_map.where[c][1] for c in finding_claims(finding)
            if c in claim_map.where and claim_map.where[c][0] == english_id}


def _edit_outcome(pair: NtrexPair, edit, story, claim_map: ClaimMap) -> dict:
    on_line = [f for f in story.findings if edit.line in _foreign_lines_of(f, claim_map, pair.foreign.id)]
    line_claims = [c.translation or c.text for c in story.claims
                   if claim_map.where.get(c.id) == (pair.foreign.id, edit.line)]
    return {
        "pair": pair.id, "type": edit.type, "detail": edit.detail, "old": edit.old, "new": edit.new,
        "detected": any(_detects(f, edit) for f in on_line),
        # Looser: any error/warning on the edited line (a changed "18 years ago" may fairly
        # come out as time_mismatch); shown next to the strict figure, never instead of it.
        "flagged": any(f.severity in CONFLICT_SEVERITIES for f in on_line),
        "findings_on_line": sorted({f.type for f in on_line}),
        "line": pair.foreign.lines[edit.line].text, "en_line": pair.english.lines[edit.source].text,
        "line_claims": line_claims,
        "aligned_to": sorted(en for en, xx in predicted_line_pairs(story, claim_map, pair.english.id)
                             if xx == edit.line),
        "gold_en": edit.source,
    }


def _detects(finding, edit) -> bool:
    if finding.type == EDIT_FINDING[edit.type]:
        return True
    if edit.type == "number" and DESIGNATION in finding.message and finding.severity in CONFLICT_SEVERITIES:
        return str(edit.new) in finding.message  # a figure that is part of a name: "Category 1" / "categoria 3"
    if finding.type != ALSO_DETECTS.get(edit.type) or finding.severity not in CONFLICT_SEVERITIES:
        return False
    return edit.type == "name" or str(edit.new) in finding.message


def _false_conflicts(pair: NtrexPair, story, claim_map: ClaimMap) -> list[dict]:
    edited_xx = {e.line for e in pair.edits}
    edited_en = {e.source for e in pair.edits}
    false = []
    for finding in story.findings:
        if finding.severity not in CONFLICT_SEVERITIES:
            continue
        xx_lines = _foreign_lines_of(finding, claim_map, pair.foreign.id)
        en_lines = _english_lines_of(finding, claim_map, pair.english.id)
        if xx_lines & edited_xx or en_lines & edited_en:
            continue
        if finding.type == "omission" and (xx_lines <= set(pair.inserted) and en_lines <= set(pair.dropped)):
            continue  # a real omission: the line was dropped or inserted on purpose
        false.append({"pair": pair.id, "type": finding.type, "severity": finding.severity,
                      "message": finding.message, "en_lines": sorted(en_lines), "xx_lines": sorted(xx_lines),
                      "aligned_correctly": all((e, x) in pair.gold for e in en_lines for x in xx_lines)})
    return false


def evaluate_ntrex_gale_church(pair: NtrexPair) -> PairResult:
    started = time.perf_counter()
    beads = gale_church.align_texts([l.text for l in pair.english.lines], [l.text for l in pair.foreign.lines])
    seconds = time.perf_counter() - started
    predicted = gale_church.bead_pairs(beads)
    tp, fp, fn = score_lines(predicted, pair.gold)
    return PairResult(pair.id, pair.lang, "gale-church", tp, fp, fn, seconds,
                      inserted_matched=len({xx for _en, xx in predicted if xx in pair.inserted}),
                      inserted_total=len(pair.inserted),
                      dropped_matched=len({en for en, _xx in predicted if en in pair.dropped}),
                      errors=_line_errors(pair, predicted))


# --------------------------------------------------------------------------- Text+Berg


Bead = tuple[tuple[int, ...], tuple[int, ...]]


def beads_from_pairs(pairs: set[LinePair], n_src: int, n_tgt: int) -> list[Bead]:
    """Connected components of the sentence-pair graph; unlinked sentences become 1:0 / 0:1."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node):
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for s, t in pairs:
        parent[find(("s", s))] = find(("t", t))
    groups: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for node in [("s", i) for i in range(n_src)] + [("t", j) for j in range(n_tgt)]:
        groups[find(node)].append(node)
    beads = []
    for members in groups.values():
        src = tuple(sorted(i for side, i in members if side == "s"))
        tgt = tuple(sorted(j for side, j in members if side == "t"))
        beads.append((src, tgt))
    return sorted(beads, key=lambda b: (b[0][:1] or b[1][:1], b[1][:1]))


def _bead_counts(gold: list[Bead], test: list[Bead]) -> Counter:
    """Strict and lax hits/misses of `test` beads against `gold` (Vecalign's definition: a test
    bead is a strict hit when identical to a gold bead, a lax hit when some of its source
    sentences are gold-aligned to some of its target sentences)."""
    gold_set = {b for b in gold if b[0] or b[1]}
    gold_targets: dict[int, set[int]] = defaultdict(set)
    for src, tgt in gold_set:
        for s in src:
            gold_targets[s].update(tgt)
    counts: Counter = Counter()
    for bead in {b for b in test if b[0] or b[1]}:
        if bead in gold_set:
            counts.update(strict_hit=1, lax_hit=1)
            continue
        counts["strict_miss"] += 1
        linked = set().union(*(gold_targets[s] for s in bead[0])) if bead[0] else set()
        counts["lax_hit" if linked & set(bead[1]) else "lax_miss"] += 1
    return counts


def score_beads(gold_docs: list[list[Bead]], test_docs: list[list[Bead]]) -> dict[str, float]:
    """Precision over all predicted beads (1:0 / 0:1 included); recall over gold beads with both
    sides non-empty, matched against predicted beads with both sides non-empty."""
    p_counts: Counter = Counter()
    r_counts: Counter = Counter()
    for gold, test in zip(gold_docs, test_docs):
        p_counts += _bead_counts(gold, test)
        both = lambda beads: [b for b in beads if b[0] and b[1]]  # noqa: E731
        r_counts += _bead_counts(both(test), both(gold))

    def ratio(counts: Counter, kind: str) -> float:
        total = counts[f"{kind}_hit"] + counts[f"{kind}_miss"]
        return counts[f"{kind}_hit"] / total if total else 0.0

    result = {}
    for kind in ("strict", "lax"):
        p, r = ratio(p_counts, kind), ratio(r_counts, kind)
        result.update({f"p_{kind}": p, f"r_{kind}": r, f"f1_{kind}": 2 * p * r / (p + r) if p + r else 0.0})
    return result


@dataclass
class BeadResult:
    id: str
    system: str
    gold: list[Bead]
    test: list[Bead]
    seconds: float
    claims: int = 0


def evaluate_textberg_pipeline(doc: TextBergDoc, translator: str) -> BeadResult:
    story, seconds = run_pipeline(doc.de, doc.fr, translator)
    claim_map = ClaimMap.build(story, [doc.de, doc.fr])
    pairs = predicted_line_pairs(story, claim_map, doc.de.id)
    beads = beads_from_pairs(pairs, len(doc.de.lines), len(doc.fr.lines))
    return BeadResult(doc.id, f"pipeline/{translator}", list(doc.gold), beads, seconds, len(story.claims))


def evaluate_textberg_gale_church(doc: TextBergDoc) -> BeadResult:
    started = time.perf_counter()
    beads = gale_church.align_texts([l.text for l in doc.de.lines], [l.text for l in doc.fr.lines])
    return BeadResult(doc.id, "gale-church", list(doc.gold), beads, time.perf_counter() - started)


# --------------------------------------------------------------------------- aggregation


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summarise_ntrex(results: list[PairResult]) -> list[dict]:
    rows = []
    groups: dict[tuple[str, str], list[PairResult]] = defaultdict(list)
    for r in results:
        groups[(r.system, r.lang)].append(r)
        groups[(r.system, "all")].append(r)
    for (system, lang), group in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all", kv[0][1])):
        p, r, f = prf(sum(x.tp for x in group), sum(x.fp for x in group), sum(x.fn for x in group))
        edits = [e for x in group for e in x.edits]
        row = {"system": system, "lang": lang, "pairs": len(group), "p": p, "r": r, "f1": f,
               "inserted_matched": sum(x.inserted_matched for x in group),
               "inserted": sum(x.inserted_total for x in group),
               "median_ms": 1000 * statistics.median(x.seconds for x in group)}
        if system.startswith("pipeline"):
            for kind in ("number", "date", "name"):
                of_kind = [e for e in edits if e["type"] == kind]
                row[f"recall_{kind}"] = _share(of_kind)
                row[f"n_{kind}"] = len(of_kind)
            row["recall_edits"] = _share(edits)
            row["flagged_edits"] = sum(e["flagged"] for e in edits) / len(edits) if edits else 0.0
            row["n_edits"] = len(edits)
            row["false_conflicts_per_pair"] = sum(len(x.false_conflicts) for x in group) / len(group)
        rows.append(row)
    return rows


def _share(edits: list[dict]) -> float:
    return sum(e["detected"] for e in edits) / len(edits) if edits else 0.0


def summarise_textberg(results: list[BeadResult]) -> list[dict]:
    rows = []
    by_system: dict[str, list[BeadResult]] = defaultdict(list)
    for r in results:
        by_system[r.system].append(r)
    for system, group in sorted(by_system.items()):
        scores = score_beads([g.gold for g in group], [g.test for g in group])
        rows.append({"system": system, "docs": len(group), **scores,
                     "median_s": statistics.median(g.seconds for g in group)})
    return rows


# --------------------------------------------------------------------------- output


def ntrex_table(rows: list[dict]) -> list[str]:
    lines = ["| system | lang | pairs | line P | line R | line F1 | inserted matched | edit recall (num / date / name) | all edits | edits flagged (any type) | false conflicts / pair | median ms / pair |",
             "|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"]
    for row in rows:
        if "recall_edits" in row:
            per_type = " / ".join(f"{row[f'recall_{k}']:.2f} ({row[f'n_{k}']})" for k in ("number", "date", "name"))
            edits, false = f"{row['recall_edits']:.3f}", f"{row['false_conflicts_per_pair']:.2f}"
            flagged = f"{row['flagged_edits']:.3f}"
        else:
            per_type, edits, false, flagged = "–", "–", "–", "–"
        lang = f"**{row['lang']}**" if row["lang"] == "all" else row["lang"]
        lines.append(f"| {row['system']} | {lang} | {row['pairs']} | {row['p']:.3f} | {row['r']:.3f} | {row['f1']:.3f} "
                     f"| {row['inserted_matched']}/{row['inserted']} | {per_type} | {edits} | {flagged} | {false} | {row['median_ms']:.1f} |")
    return lines


def textberg_table(rows: list[dict]) -> list[str]:
    lines = ["| system | docs | strict P | strict R | strict F1 | lax P | lax R | lax F1 | median s / doc |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        lines.append(f"| {row['system']} | {row['docs']} | {row['p_strict']:.3f} | {row['r_strict']:.3f} | {row['f1_strict']:.3f} "
                     f"| {row['p_lax']:.3f} | {row['r_lax']:.3f} | {row['f1_lax']:.3f} | {row['median_s']:.2f} |")
    return lines


def target_lines(ntrex_rows: list[dict], textberg_rows: list[dict]) -> list[str]:
    """Pass/fail per target and back-end, so the section never needs reading between the lines."""
    lines = []
    systems = sorted({r["system"] for r in ntrex_rows + textberg_rows if r["system"].startswith("pipeline")})
    gc_ntrex = {r["lang"]: r["f1"] for r in ntrex_rows if r["system"] == "gale-church"}
    gc_tb = next((r["f1_strict"] for r in textberg_rows if r["system"] == "gale-church"), None)
    for system in systems:
        checks = []
        per_lang = [r for r in ntrex_rows if r["system"] == system and r["lang"] != "all"]
        overall = next((r for r in ntrex_rows if r["system"] == system and r["lang"] == "all"), None)
        if per_lang:
            worst = min(per_lang, key=lambda r: r["f1"])
            checks.append(_check(f"NTREX line F1 ≥ {TARGETS['ntrex_f1']} in every language (worst {worst['lang']} {worst['f1']:.3f})",
                                 worst["f1"] >= TARGETS["ntrex_f1"]))
            beats = all(r["f1"] > gc_ntrex.get(r["lang"], 1.0) for r in per_lang)
            checks.append(_check("NTREX above Gale–Church in every language", beats))
        if overall:
            checks.append(_check(f"edit recall ≥ {TARGETS['edit_recall']} ({overall['recall_edits']:.3f})",
                                 overall["recall_edits"] >= TARGETS["edit_recall"]))
            checks.append(_check(f"false conflicts ≤ {TARGETS['false_conflicts']} / pair ({overall['false_conflicts_per_pair']:.2f})",
                                 overall["false_conflicts_per_pair"] <= TARGETS["false_conflicts"]))
        tb = next((r for r in textberg_rows if r["system"] == system), None)
        if tb:
            checks.append(_check(f"Text+Berg strict F1 ≥ {TARGETS['textberg_f1']} ({tb['f1_strict']:.3f})",
                                 tb["f1_strict"] >= TARGETS["textberg_f1"]))
            if gc_tb is not None:
                checks.append(_check(f"Text+Berg above Gale–Church ({gc_tb:.3f})", tb["f1_strict"] > gc_tb))
        lines.append(f"- `{system}`: " + "; ".join(checks))
    return lines


def _check(text: str, ok: bool) -> str:
    return f"{'PASS' if ok else 'FAIL'} {text}"


def split_section(split: str, command: str, ntrex_rows: list[dict], textberg_rows: list[dict], seed: int) -> str:
    out = [f"### {split} split", "",
           f"Command: `{command}` — run {date.today().isoformat()} at commit {_git_head()} (seed {seed}).", ""]
    if ntrex_rows:
        out += ["NTREX-128 perturbed pairs (English vs foreign, line level):", "", *ntrex_table(ntrex_rows), ""]
    if textberg_rows:
        out += ["Text+Berg de–fr (bead level, Vecalign strict/lax):", "", *textberg_table(textberg_rows), ""]
    targets = target_lines(ntrex_rows, textberg_rows)
    if targets:
        out += ["Targets:", "", *targets, ""]
    return "\n".join(out).rstrip() + "\n"


SECTION_INTRO = """Harness: `benchmarks/bench_align.py` (data loaders `benchmarks/datasets.py`, baseline `benchmarks/gale_church.py`).

- **NTREX-128** (dev = documents 1–40, test = 41–123): for each document and language the lines are rejoined into
  paragraphs (headline alone, then 2–4 lines); on the foreign side 10–20 % of lines are dropped, one line from another
  document is inserted, and a number, a date (month / weekday / year) and a name shared with the English line are
  changed in three kept lines (no negation: inserting one reliably is not possible without a parser). Deterministic
  (seed 13), `published` = 2019-01-15 on both sides. Claims map to the line containing their first letter or digit
  (a closing "»" that the segmenter leaves at the start of the next sentence belongs to the previous line); a line
  pair is predicted when any claim pair links the lines. Gold = English line i ↔ kept foreign line i; the inserted line
  must stay unmatched. Edit recall: a finding of the matching type (number_mismatch / time_mismatch /
  entity_mismatch) involving a claim on the edited line; also, at warning or above, a time_mismatch whose message
  names the new number (a changed "18 years ago") and an attribution_mismatch for a changed name (a swapped speaker). False conflicts: error/warning findings touching no edited
  line (genuine translation differences in NTREX count against us here).
- **Text+Berg** de–fr (dev = `dev`, test = `test0`–`test6`): lines detokenised, one sentence per paragraph; claim
  pairs → sentence pairs → connected components = beads, unlinked sentences = 1:0 / 0:1 beads; strict/lax P/R/F1 as
  in Vecalign's `score.py` (precision over all predicted beads, recall over gold beads with two non-empty sides).
- **Gale–Church**: length-only DP (1:1, 1:0, 0:1, 2:1, 1:2, 2:2; c = 1, s² = 6.8, the paper's priors) on the same lines.
- **Systems**: `pipeline/lexicon` is the default (offline lexicon translation, lexical scorer); `pipeline/none` uses no
  translation; `pipeline/lexicon+embeddings` adds `--scorer embeddings` (needs `pip install '.[embeddings]'`).
"""


def write_markdown(path: Path, split: str, body: str) -> None:
    """Replace only this section (and in it only this split), keep everything else."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    before, own, after = _cut_section(text)
    splits = _split_subsections(own)
    splits[split] = body
    # Hand-written subsections (e.g. "### Failure analysis") survive a rerun, after the figures.
    ordered = [splits[s] for s in ("dev", "test") if s in splits]
    ordered += [text for key, text in splits.items() if key not in ("dev", "test")]
    section = "\n".join([SECTION, "", SECTION_INTRO, *ordered]).rstrip() + "\n"
    parts = [before.rstrip() + "\n\n" if before.strip() else "", section, ("\n" + after.lstrip()) if after.strip() else ""]
    path.write_text("".join(parts), encoding="utf-8")


def _cut_section(text: str) -> tuple[str, str, str]:
    lines = text.splitlines(keepends=True)
    start = next((i for i, l in enumerate(lines) if l.strip() == SECTION), None)
    if start is None:
        return text, "", ""
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return "".join(lines[:start]), "".join(lines[start:end]), "".join(lines[end:])


def _split_subsections(section: str) -> dict[str, str]:
    found: dict[str, str] = {}
    current, buffer = None, []
    for line in section.splitlines(keepends=True):
        if line.startswith("### "):
            if current:
                found[current] = "".join(buffer).rstrip() + "\n"
            heading = line.strip()
            current, buffer = (heading[4:-6] if heading.endswith(" split") else heading), [line]
        elif current:
            buffer.append(line)
    if current:
        found[current] = "".join(buffer).rstrip() + "\n"
    return found


def _git_head() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# --------------------------------------------------------------------------- main


def _ntrex_job(args: tuple[NtrexPair, str]) -> PairResult:
    pair, system = args
    return evaluate_ntrex_gale_church(pair) if system == "gale-church" else evaluate_ntrex_pipeline(pair, system)


def _textberg_job(args: tuple[TextBergDoc, str]) -> BeadResult:
    doc, system = args
    return evaluate_textberg_gale_church(doc) if system == "gale-church" else evaluate_textberg_pipeline(doc, system)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="evaluation data folder (default: $FACTCHECK_DATA or ../shared/data)")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--translator", default="lexicon,none", help="comma-separated back-ends: lexicon,none; add +embeddings for the embeddings scorer (lexicon+embeddings)")
    parser.add_argument("--langs", default=",".join(FOREIGN_LANGS))
    parser.add_argument("--limit", type=int, help="first N documents per language (NTREX)")
    parser.add_argument("--suite", choices=("all", "ntrex", "textberg"), default="all")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (timings stay per pair)")
    parser.add_argument("--raw-textberg", action="store_true", help="feed Text+Berg tokenised, as distributed")
    parser.add_argument("--no-baseline", action="store_true", help="skip Gale–Church")
    parser.add_argument("--write", action="store_true", help="write the section into BENCHMARKS.md")
    parser.add_argument("--markdown", default=str(REPO / "BENCHMARKS.md"))
    parser.add_argument("--details", help="write per-item errors (misalignments, missed edits, false conflicts) as JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    root = data_root(args.data)
    translators = [t.strip() for t in args.translator.split(",") if t.strip()]
    systems = translators + ([] if args.no_baseline else ["gale-church"])
    ntrex_results: list[PairResult] = []
    textberg_results: list[BeadResult] = []
    if args.suite in ("all", "ntrex"):
        langs = tuple(l.strip() for l in args.langs.split(",") if l.strip())
        pairs = load_ntrex_pairs(root, args.split, langs, args.seed, args.limit)
        ntrex_results = map_jobs(_ntrex_job, [(p, s) for s in systems for p in pairs], args.jobs)
    if args.suite in ("all", "textberg"):
        docs = load_textberg(root, args.split, raw=args.raw_textberg)
        textberg_results = map_jobs(_textberg_job, [(d, s) for s in systems for d in docs], args.jobs)

    ntrex_rows = summarise_ntrex(ntrex_results) if ntrex_results else []
    textberg_rows = summarise_textberg(textberg_results) if textberg_results else []
    command = "python -m benchmarks.bench_align " + " ".join(argv if argv is not None else sys.argv[1:])
    body = split_section(args.split, command.strip(), ntrex_rows, textberg_rows, args.seed)
    print(body)
    if args.write:
        write_markdown(Path(args.markdown), args.split, body)
    if args.details:
        _write_details(Path(args.details), ntrex_results, textberg_results)
    return 0


def _write_details(path: Path, ntrex: list[PairResult], textberg: list[BeadResult]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "ntrex": [dataclasses.asdict(r) for r in ntrex],
        "textberg": [{"id": r.id, "system": r.system, "claims": r.claims,
                      "missed_gold": sorted(map(str, set(map(_bead_key, r.gold)) - set(map(_bead_key, r.test)))),
                      "wrong_test": sorted(map(str, set(map(_bead_key, r.test)) - set(map(_bead_key, r.gold))))}
                     for r in textberg],
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")


def _bead_key(bead: Bead) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return (tuple(bead[0]), tuple(bead[1]))


if __name__ == "__main__":
    sys.exit(main())
