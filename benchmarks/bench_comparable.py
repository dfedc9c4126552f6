"""Comparable-article benchmark (tracker issue 13): separately written articles, and faithful translations.

    python -m benchmarks.bench_comparable                 # comparable_news dev + NTREX dev and test, printed
    python -m benchmarks.bench_comparable --write         # and into BENCHMARKS.md (this section only)
    python -m benchmarks.bench_comparable --skip-ntrex    # the comparable pairs only (fast, for tuning)
    python -m benchmarks.bench_comparable --skip-ntrex --two-at-a-time  # + NTREX alarms (dev, test totals), two languages alone
    python -m benchmarks.bench_comparable --ntrex-splits dev --published sweep  # NTREX under several publication dates

Prints the comparable pairs twice: as the pipeline aligns them, and with the gold alignment.

**Comparable news** (`../shared/data/comparable_news/dev`, 18 real pairs written by different outlets, facts
annotated with exact spans). Each pair is run as a user would run it: two Documents with their language,
publication date and headline, `compare_documents(docs, Options())` (default lexicon translator, no cache). A claim
*covers* a gold span when its character range, or that of its attribution (who said it: "selon le maire de
Bruxelles", set aside from the claim), overlaps an occurrence of the span in its document's text. A
finding's claims are oriented by document (left = the pair file's first document).

* discrepancy recall: gold `discrepancy` facts with a warning/error finding of the gold type
  (time -> time_mismatch, number -> number_mismatch, ...) whose left claim covers the left span and whose right
  claim covers the right span; "any type" counts a warning/error of any type on the same two spans;
* precision: warning/error findings with two claims, counted true when both claims cover the two spans of one gold
  discrepancy (of any type); shown per severity and, where findings carry one, per confidence band;
* false alarms: warning/error findings whose claims cover both spans of a gold `agree` fact and of no gold
  discrepancy, per pair (target: at most 1 per 5 pairs);
* agreement recall: gold `agree` facts covered by an `agree` or `partial` pair whose claims cover the two spans;
* agreement precision: whether the agreements shown are right. An `agree` or `partial` pair is *judged* when its
  left claim covers the left span of some gold fact and its right claim the right span of some gold fact (any
  label, `only_left` / `only_right` included; the same `covers` rule); it is *right* when both claims cover the
  two spans of ONE `agree` or `discrepancy` fact (a pair on a discrepancy is a right link even if it says agree).
  Shown overall, by the pair's score band and by its link method (fact links: the kinds of anchor it rests on,
  `name`, `role`, `date+name`, ...; kinds on fewer than 5 judged pairs together), with the count of pairs not
  judged because one or both claims cover no annotated span; `weak` links (loose and unsure, not shown as
  agreement) are counted apart the same way. A wrong link can be a right one the gold did not
  annotate (a restatement elsewhere in the article): the figure is a lower bound, read by band, not alone;
* omission recall: `only_left` / `only_right` facts reported by an `omission` finding: a claim-level one (a run of
  unmatched claims) with a claim covering the span, or a value-level one (`compare/one_sided.py`) naming a value
  whose characters overlap the span; "unmatched claims only" is the measure before branch `omit9`;
* omission precision: each omitted claim (claim-level) or value (value-level) is false when it covers the span of
  a gold `agree` or `discrepancy` fact on its side (the other article does state it), right when it lies only on
  one-sided facts; on no annotated fact it is not judged. Omission findings per story are counted too.
* the same figures with the gold alignment (the claims covering each gold fact are paired as a confident fact
  link and compared): the comparison side alone, whatever the aligner finds.

`--details FILE` writes every pair's facts as JSON: for each discrepancy and agreed fact the aligner's claim
pairs covering it (`links`: method, score, lexical similarity, anchors, link confidence, findings with their
severity), the covering claims' texts, the findings of the gold alignment there (`gold_findings`) and, for a
discrepancy, `why`: reported, not paired, paired with its type only at info, or paired with no finding of
its type, beside the best severity the gold alignment gets; for a one-sided fact, `why`: reported (claim- or
value-level), or how the claims covering it are linked; and each omitted claim or value with its verdict.

**Faithful translations** (NTREX-128, documents as in `bench_align` but nothing dropped, inserted or edited;
one story per document with its six languages en/nl/de/fr/es/it, every pair of articles compared, `published`
2019-01-15, or each date of `--published`: "sweep" = one per weekday and the turn of a year, since a bare weekday
or "last"/"next" resolves differently on each): the share of stories with any `error`, and warnings per story (also split by language pair). Every warning here is a false alarm (or a real
translation difference). Dev = documents 1-40, test = 41-123 (measured, never inspected item by item).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import partial
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/bench_comparable.py` from the repo root
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.datasets import BuiltDoc, data_root, command_line, load_ntrex_faithful, map_jobs, publication_dates, publish

SECTION = "## Comparable articles (issue 13)"
FACT_TYPES = ("time", "number", "entity", "polarity", "modality", "attribution")
FINDING_TYPE = {kind: f"{kind}_mismatch" for kind in FACT_TYPES}
ALARM = ("error", "warning")
CONFIDENCE_BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))
SCORE_BANDS = ((0.0, 0.15), (0.15, 0.25), (0.25, 0.35), (0.35, 1.01))  # a link's score (agreement precision)
FEW_LINKS = 5  # anchor kinds on fewer shown agreements than this are counted together as "other"
ORACLE_SCORE = 0.5  # a gold link: as sure as a strong alignment score
TARGETS = {"discrepancy recall": 0.6, "precision": 0.8, "false alarms per pair": 0.2, "agreement recall": 0.7,
           "stories with an error": 0.02, "warnings per story": 0.1}


# --------------------------------------------------------------------------- comparable news


def load_comparable(root: Path, split: str = "dev") -> list[dict]:
    folder = root / "comparable_news" / split
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def documents_of(pair: dict):
    from factcheck.model import Document

    return [Document(id=d["id"], path=f"<comparable>/{pair['id']}/{d['id']}", lang=d["lang"], text=d["text"],
                     published=date.fromisoformat(d["published"]) if d.get("published") else None,
                     title=d.get("title") or None, story=pair["id"])
            for d in pair["documents"]]


def span_ranges(text: str, span: str | None) -> list[tuple[int, int]]:
    if not span:
        return []
    found, start = [], text.find(span)
    while start >= 0:
        found.append((start, start + len(span)))
        start = text.find(span, start + 1)
    return found


@dataclass
class PairOutcome:
    id: str
    facts: list[dict] = field(default_factory=list)  # per fact: type, label, hit flags
    alarms: list[dict] = field(default_factory=list)  # per warning/error finding: severity, confidence, verdict
    shown: list[dict] = field(default_factory=list)  # per agree/partial pair: score, method, verdict (agreement precision)
    claims: int = 0
    unmatched: int = 0
    lost_words: list[str] = field(default_factory=list)  # content words in no claim and no attribution
    omissions: list[dict] = field(default_factory=list)  # per omitted claim or value: on which gold facts (_judged_omissions)
    omission_findings: tuple[int, int] = (0, 0)  # claim-level, value-level omission findings


def covering(claims, text_ranges: list[tuple[int, int]]) -> frozenset[str]:
    """Claims whose text, or whose attribution ("…, a affirmé le président François Hollande": who said
    the claim is part of it), overlaps one of the ranges."""
    return frozenset(c.id for c in claims if any(lo < end and start < hi for lo, hi in _claim_ranges(c)
                                                 for start, end in text_ranges))


def _claim_ranges(claim) -> list[tuple[int, int]]:
    from factcheck.claims.roles import sentence_start

    ranges = [(claim.start, claim.end)]
    attribution = claim.attribution.text if claim.attribution else ""
    at = claim.sentence_text.find(attribution) if attribution else -1
    if at >= 0:
        start = sentence_start(claim) + at
        ranges.append((start, start + len(attribution)))
    return ranges


def evaluate_pair(pair: dict, oracle: bool = False) -> PairOutcome:
    from factcheck.pipeline import Options, compare_documents

    docs = documents_of(pair)
    story = compare_documents(docs, Options(use_cache=False), story_id=pair["id"])
    left_doc, right_doc = docs[0].id, docs[1].id
    by_doc = {d.id: [c for c in story.claims if c.doc == d.id] for d in docs}
    if oracle:
        story = _with_gold_alignment(story, pair, docs, by_doc)
    doc_of = {c.id: c.doc for c in story.claims}
    claim_of = {c.id: c for c in story.claims}
    unmatched = set(story.unmatched)

    def oriented(a: str | None, b: str | None) -> tuple[str | None, str | None]:
        return (b, a) if doc_of.get(a) == right_doc or doc_of.get(b) == left_doc else (a, b)

    findings = [(f, *oriented(f.left, f.right)) for f in story.findings]
    pairs = [(p, *oriented(p.left, p.right)) for p in story.pairs]
    facts = []
    for fact in pair["facts"]:
        left = covering(by_doc[left_doc], span_ranges(docs[0].text, fact["left"]))
        right = covering(by_doc[right_doc], span_ranges(docs[1].text, fact["right"]))
        facts.append({"type": fact["type"], "label": fact["label"], "left": left, "right": right,
                      "spans": (fact["left"], fact["right"])})

    def on_fact(fact: dict, a: str | None, b: str | None) -> bool:
        return a in fact["left"] and b in fact["right"]

    from factcheck.claims.coverage import lost_words

    outcome = PairOutcome(pair["id"], claims=len(story.claims), unmatched=len(unmatched),
                          lost_words=[w for sentences in story.sentences.values() for s in sentences
                                      for w in lost_words(s, story.claims)])
    alarms = [(f, a, b) for f, a, b in findings if f.severity in ALARM and a and b]
    omitted_values = [f for f in story.findings if f.type == "omission" and "values" in f.evidence]
    omitted_claims = {c for f in story.findings if f.type == "omission" and "values" not in f.evidence
                      for c in f.evidence["claims"]}
    statuses: dict[str, set[str]] = defaultdict(set)  # claim -> the statuses of its links
    for p in story.pairs:
        statuses[p.left].add(p.status)
        statuses[p.right].add(p.status)
    for fact in facts:
        label, kind = fact["label"], fact["type"]
        row = {"type": kind, "label": label}
        if label == "discrepancy":
            hits = [f for f, a, b in alarms if on_fact(fact, a, b)]
            row["typed"] = any(f.type == FINDING_TYPE[kind] for f in hits)
            row["any"] = bool(hits)
            row["paired"] = any(on_fact(fact, a, b) for p, a, b in pairs)
        elif label == "agree":
            row["covered"] = any(p.status in ("agree", "partial") and on_fact(fact, a, b) for p, a, b in pairs)
            row["paired"] = any(on_fact(fact, a, b) for p, a, b in pairs)
        else:
            side = fact["left"] if label == "only_left" else fact["right"]
            row["omitted"] = bool(side & unmatched)
            at = 0 if label == "only_left" else 1
            ranges = span_ranges(docs[at].text, fact["spans"][at])
            row["value omitted"] = any(_overlaps(value, ranges) for finding in omitted_values
                                       if finding.evidence["doc"] == docs[at].id for value in finding.evidence["values"])
            row["claim omitted"] = bool(side & omitted_claims)
            row["found"] = row["claim omitted"] or row["value omitted"]
            row["claims"] = {"left" if at == 0 else "right": _claim_texts(side, claim_of)}
            row["why"] = _why_one_sided(row, side, statuses)
        if label in ("discrepancy", "agree"):
            row["links"] = [_link_details(p, a, b, findings) for p, a, b in pairs if on_fact(fact, a, b)]
            row["claims"] = {"left": _claim_texts(fact["left"], claim_of), "right": _claim_texts(fact["right"], claim_of)}
        outcome.facts.append(row)
    discrepancies = [f for f in facts if f["label"] == "discrepancy"]
    agreements = [f for f in facts if f["label"] == "agree"]
    for finding, a, b in alarms:
        true = any(on_fact(fact, a, b) for fact in discrepancies)
        outcome.alarms.append({
            "type": finding.type, "severity": finding.severity, "confidence": _confidence(finding),
            "true": true, "on_agree": not true and any(on_fact(fact, a, b) for fact in agreements),
            "message": finding.message,
        })
    outcome.shown = [_shown_agreement(p, a, b, facts) for p, a, b in pairs if p.status in ("agree", "partial", "weak")]
    outcome.omissions = _judged_omissions(story, docs, facts)
    outcome.omission_findings = _omission_counts(story)
    return outcome


def _why_one_sided(row: dict, side: frozenset[str], statuses: dict[str, set[str]]) -> str:
    """What became of one gold one-sided fact (for `--details`): reported as an unmatched claim or
    as a value of a linked claim, else how the claims covering it are linked."""
    if row["claim omitted"]:
        return "reported: a claim-level omission"
    if row["value omitted"]:
        return "reported: a value of a linked claim"
    if not side:
        return "no claim covers the span"
    links = set().union(*(statuses[c] for c in side))
    return "missed: linked by weak links only" if links == {"weak"} else "missed: linked (" + "/".join(sorted(links)) + ")"


def _omission_counts(story) -> tuple[int, int]:
    """Omission findings of a story: claim-level (a run of unmatched claims), value-level (omit9)."""
    omitted = [f for f in story.findings if f.type == "omission"]
    values = sum("values" in f.evidence for f in omitted)
    return len(omitted) - values, values


def _overlaps(value: dict, ranges: list[tuple[int, int]]) -> bool:
    return any(value["start"] < end and start < value["end"] for start, end in ranges)


def _judged_omissions(story, docs, facts: list[dict]) -> list[dict]:
    """Each omission finding's units (a claim of a claim-level omission, a value of a value-level
    one) against the gold facts of its side: `false` when it lies on a gold `agree` or
    `discrepancy` fact (the other article does state it), `one_sided` when it lies on an
    `only_left` / `only_right` fact of its side; neither: on no annotated fact."""
    sides = {docs[0].id: ("left", "only_left"), docs[1].id: ("right", "only_right")}
    judged = []
    for finding in story.findings:
        if finding.type != "omission":
            continue
        side, only = sides[finding.evidence["doc"]]
        text = docs[0].text if side == "left" else docs[1].text
        spans = [(fact, span_ranges(text, fact["spans"][side == "right"])) for fact in facts]
        if "values" in finding.evidence:
            units = [(f"{value['kind']}: {value['reading']}", lambda fact, ranges, v=value: _overlaps(v, ranges))
                     for value in finding.evidence["values"]]
        else:
            units = [(claim, lambda fact, ranges, c=claim: c in fact[side]) for claim in finding.evidence["claims"]]
        for unit, on in units:
            lies_on = [fact["label"] for fact, ranges in spans if on(fact, ranges)]
            judged.append({"level": "value" if "values" in finding.evidence else "claim", "unit": unit,
                           "false": any(label in ("agree", "discrepancy") for label in lies_on),
                           "one_sided": only in lies_on, "message": finding.message})
    return judged


def _shown_agreement(pair, left: str | None, right: str | None, facts: list[dict]) -> dict:
    """One agree/partial pair the report shows, judged against the gold facts: `judged` when each claim
    covers a span of some annotated fact (of any label), `right` when both cover the two spans of one
    agree or discrepancy fact (a link on a discrepancy is a right link, whatever its status says)."""
    left_on = any(left in fact["left"] for fact in facts)
    right_on = any(right in fact["right"] for fact in facts)
    kinds = "+".join(sorted({anchor.split(":")[0] for anchor in pair.evidence.get("anchors") or ()})) or "words only"
    method = pair.evidence.get("method") or "?"
    return {"score": pair.score, "link": "gold link" if pair.evidence.get("gold") else f"{method}: {kinds}",
            "status": pair.status,
            "judged": left_on and right_on, "annotated_sides": left_on + right_on,
            "right": any(left in fact["left"] and right in fact["right"] for fact in facts
                         if fact["label"] in ("agree", "discrepancy"))}


def _link_details(pair, left: str, right: str, findings) -> dict:
    """What the aligner did with one claim pair covering a gold fact (for `--details`): how it was
    linked (method, score, lexical similarity, anchors), how sure compare is of the link, and the
    findings it got with their severity, so that a paired but silent discrepancy says why."""
    evidence = pair.evidence
    return {"pair": [left, right], "method": evidence.get("method"), "score": pair.score,
            "text": evidence.get("text"), "anchors": evidence.get("anchors") or [],
            "confidence": pair.confidence, "status": pair.status,
            "findings": [{"type": f.type, "severity": f.severity, "confidence": _confidence(f), "message": f.message}
                         for f, a, b in findings if (a, b) == (left, right)]}


def _claim_texts(ids, claim_of) -> dict[str, str]:
    return {c: claim_of[c].text for c in sorted(ids)}


def _with_gold_alignment(story, pair: dict, docs, by_doc):
    """The comparison side alone: the claims covering each gold fact's two spans are paired (as a
    confident fact link between separately written articles, worded alike so never capped) and compared, so that what is measured is not the aligner's."""
    from dataclasses import replace

    from factcheck.compare import compare_pairs, omissions, one_sided_values
    from factcheck.model import Pair

    links = {}
    for fact in pair["facts"]:
        lefts = covering(by_doc[docs[0].id], span_ranges(docs[0].text, fact["left"]))
        rights = covering(by_doc[docs[1].id], span_ranges(docs[1].text, fact["right"]))
        for a in sorted(lefts):
            for b in sorted(rights):
                links[(a, b)] = Pair(a, b, ORACLE_SCORE, "agree", {"method": "facts", "text": 1.0, "gold": True})
    claims = {c.id: c for c in story.claims}
    pairs, findings = compare_pairs(list(links.values()), claims)
    paired = {c for p in pairs for c in (p.left, p.right)}
    unmatched = [c for c in story.unmatched if c not in paired]
    # The omissions as the pipeline makes them, on these links.
    others = {docs[0].id: [docs[1].id], docs[1].id: [docs[0].id]}
    findings += [*omissions([claims[c] for c in unmatched], docs, others), *one_sided_values(pairs, findings, claims, others)]
    return replace(story, pairs=pairs, findings=findings, unmatched=unmatched)


def _confidence(finding) -> float | None:
    value = getattr(finding, "confidence", None)
    if value is None and isinstance(finding.evidence, dict):
        value = finding.evidence.get("confidence")
    return value


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.2f} ({hits}/{total})" if total else "–"


def comparable_summary(outcomes: list[PairOutcome]) -> dict:
    facts = [f for o in outcomes for f in o.facts]
    alarms = [a for o in outcomes for a in o.alarms]
    rows = {}
    for kind in (*FACT_TYPES, "all"):
        mine = [f for f in facts if kind == "all" or f["type"] == kind]
        disc = [f for f in mine if f["label"] == "discrepancy"]
        agree = [f for f in mine if f["label"] == "agree"]
        only = [f for f in mine if f["label"] in ("only_left", "only_right")]
        rows[kind] = {
            "discrepancy recall": (sum(f["typed"] for f in disc), len(disc)),
            "discrepancy recall (any type)": (sum(f["any"] for f in disc), len(disc)),
            "discrepancies paired at all": (sum(f["paired"] for f in disc), len(disc)),
            "agreement recall": (sum(f["covered"] for f in agree), len(agree)),
            "agree facts paired at all": (sum(f["paired"] for f in agree), len(agree)),
            "omission recall, unmatched claims only (before omit9)": (sum(f["omitted"] for f in only), len(only)),
            "omission recall": (sum(f["found"] for f in only), len(only)),
        }
    precision = {severity: (sum(a["true"] for a in alarms if a["severity"] == severity),
                            sum(a["severity"] == severity for a in alarms)) for severity in ALARM}
    precision["warning + error"] = (sum(a["true"] for a in alarms), len(alarms))
    bands = {}
    for low, high in CONFIDENCE_BANDS:
        band = [a for a in alarms if a["confidence"] is not None and low <= a["confidence"] < high]
        if band:
            bands[f"{low:.2f}–{min(high, 1.0):.2f}"] = (sum(a["true"] for a in band), len(band))
    false_alarms = sum(a["on_agree"] for a in alarms)
    return {"rows": rows, "precision": precision, "bands": bands, "pairs": len(outcomes),
            "agreement": _agreement_precision([s for o in outcomes for s in o.shown]),
            "false_alarms": false_alarms, "unannotated_alarms": sum(not a["true"] and not a["on_agree"] for a in alarms),
            "alarm_types": Counter(f"{a['type']}/{a['severity']}/{'true' if a['true'] else 'false'}" for a in alarms),
            "unmatched": (sum(o.unmatched for o in outcomes), sum(o.claims for o in outcomes)),
            "lost_words": sum(len(o.lost_words) for o in outcomes),
            "omission findings": _per_story([o.omission_findings for o in outcomes]),
            "omissions": {level: _omission_precision([u for o in outcomes for u in o.omissions if u["level"] == level])
                          for level in ("claim", "value")}}


def _per_story(counts: list[tuple[int, int]]) -> str:
    """Claim-level and value-level omission findings per story."""
    n = len(counts) or 1
    claims, values = sum(c for c, _ in counts), sum(v for _, v in counts)
    return f"claim-level {claims} ({claims / n:.1f} per story), value-level {values} ({values / n:.1f} per story)"


def _omission_precision(units: list[dict]) -> dict:
    """Omitted claims or values judged: those on an annotated fact, and of them the ones on no
    gold agree/discrepancy fact (right: the other article does not state it)."""
    judged = [u for u in units if u["false"] or u["one_sided"]]
    return {"units": len(units), "judged": len(judged), "right": sum(not u["false"] for u in judged),
            "false": sum(u["false"] for u in judged), "false, also on a one-sided fact": sum(u["false"] and u["one_sided"] for u in judged)}


def _agreement_precision(shown: list[dict]) -> dict:
    """Right links among the judged agree/partial pairs: all, by score band, by the link's method
    (fact links: the kinds of anchor it rests on), and how many rest on no annotated fact; the
    `weak` links (compare._weak_link) apart, for what a threshold sets aside."""
    weak = [s for s in shown if s["status"] == "weak"]
    shown = [s for s in shown if s["status"] != "weak"]
    judged = [s for s in shown if s["judged"]]

    def counts(rows: list[dict]) -> tuple[int, int]:
        return sum(s["right"] for s in rows), len(rows)

    rows = {"all": counts(judged)}
    for low, high in SCORE_BANDS:
        band = [s for s in judged if low <= s["score"] < high]
        if band:
            rows[f"score {low:.2f}–{min(high, 1.0):.2f}"] = counts(band)
    kinds = Counter(s["link"] for s in judged)
    for kind, n in kinds.most_common():
        if n >= FEW_LINKS:
            rows[kind] = counts([s for s in judged if s["link"] == kind])
    other = [s for s in judged if kinds[s["link"]] < FEW_LINKS]
    if other:
        rows["other anchors"] = counts(other)
    if weak:
        rows["weak links (shown apart, not as agreement)"] = counts([s for s in weak if s["judged"]])
    return {"rows": rows, "shown": len(shown), "one side": sum(s["annotated_sides"] == 1 for s in shown),
            "neither": sum(s["annotated_sides"] == 0 for s in shown)}


def comparable_lines(summary: dict) -> list[str]:
    metrics = list(next(iter(summary["rows"].values())))
    lines = ["| metric | " + " | ".join(FACT_TYPES) + " | **all** | target |", "|---" * (len(FACT_TYPES) + 3) + "|"]
    for metric in metrics:
        target = TARGETS.get(metric)
        cells = [_share(*summary["rows"][kind][metric]) for kind in FACT_TYPES]
        lines.append(f"| {metric} | " + " | ".join(cells) + f" | **{_share(*summary['rows']['all'][metric])}** | "
                     + (f"≥ {target}" if target else "") + " |")
    lines += ["", "| warning/error findings | precision (on a gold discrepancy) | target |", "|---|---|---|"]
    for severity, counts in summary["precision"].items():
        lines.append(f"| {severity} | {_share(*counts)} | {'≥ 0.8' if severity == 'warning + error' else ''} |")
    for band, counts in summary["bands"].items():
        lines.append(f"| confidence {band} | {_share(*counts)} | |")
    agreement = summary["agreement"]
    lines += ["", "| agree/partial pairs shown, judged | agreement precision (both claims on one gold fact) |",
              "|---|---|"]
    lines += [f"| {name} | {_share(*counts)} |" for name, counts in agreement["rows"].items()]
    lines += ["", f"Agree/partial pairs shown: {agreement['shown']}; on no annotated fact (not judged): one claim "
              f"{agreement['one side']}, neither claim {agreement['neither']}."]
    pairs = summary["pairs"]
    unmatched, claims = summary["unmatched"]
    lines += ["", f"False alarms on gold `agree` facts: **{summary['false_alarms']}** in {pairs} pairs = "
              f"**{summary['false_alarms'] / pairs:.2f} per pair** (target ≤ 0.2); warning/error findings on "
              f"no annotated fact: {summary['unannotated_alarms']}; claims unmatched: {_share(unmatched, claims)}; "
              f"content words in no claim and no attribution (issue 13, point 7): {summary['lost_words']}.",
              "Warning/error findings by type/severity/verdict: "
              + (", ".join(f"{k} {v}" for k, v in sorted(summary["alarm_types"].items())) or "none") + "."]
    lines += ["", "| omission findings (info), per omitted unit | units | on an annotated fact | omission precision (on no gold agree/discrepancy fact) | false omissions (of them also on a one-sided fact) |",
              "|---|---|---|---|---|"]
    for level, name in (("claim", "unmatched claims (claim-level)"), ("value", "values of linked claims (value-level, omit9)")):
        counts = summary["omissions"][level]
        lines.append(f"| {name} | {counts['units']} | {counts['judged']} | {_share(counts['right'], counts['judged'])} | "
                     f"{counts['false']} ({counts['false, also on a one-sided fact']}) |")
    lines += ["", f"Omission findings: {summary['omission findings']}."]
    return lines


# --------------------------------------------------------------------------- faithful translations


@dataclass
class FaithfulOutcome:
    id: str
    errors: int
    warnings: int
    by_pair: dict[str, list[int]]  # "en-de" -> [errors, warnings]
    types: tuple[str, ...]
    time_kinds: tuple[str, ...] = ()  # per time or modality alarm: which readings clash (counts only)
    lines: tuple[str, ...] = ()  # per alarm: its two claims on translations of one line or of two
    omission_findings: tuple[int, int] = (0, 0)  # claim-level, value-level omission findings


def evaluate_faithful(docs: list[BuiltDoc]) -> FaithfulOutcome:
    from benchmarks.bench_align import to_document
    from factcheck.pipeline import Options, compare_documents

    story = compare_documents([to_document(d) for d in docs], Options(use_cache=False))
    lang_of = {c.id: c.lang for c in story.claims}
    alarms = [f for f in story.findings if f.severity in ALARM]
    built = {d.id: d for d in docs}
    claim_of = {c.id: c for c in story.claims}

    def source_line(claim_id: str | None) -> int | None:
        claim = claim_of.get(claim_id)
        doc = built.get(claim.doc) if claim else None
        at = doc.line_at(claim.start) if doc else None
        return doc.lines[at].source if at is not None else None

    lines = tuple(f"{f.type}/{f.severity}/" + ("one line" if source_line(f.left) == source_line(f.right) else "two lines")
                  for f in alarms)
    by_pair: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for finding in alarms:
        langs = sorted({lang_of.get(finding.left, "?"), lang_of.get(finding.right, "?")} - {"?"}, key=_lang_order)
        by_pair["-".join(langs)][0 if finding.severity == "error" else 1] += 1
    return FaithfulOutcome(docs[0].id.split(".")[0], sum(f.severity == "error" for f in alarms),
                           sum(f.severity == "warning" for f in alarms), dict(by_pair),
                           tuple(f"{f.type}/{f.severity}" for f in alarms),
                           tuple(f"{time_clash_kind(f)}/{f.severity}" for f in alarms if f.type == "time_mismatch")
                           + tuple(f"{stance_clash_kind(f)}/{f.severity}" for f in alarms if f.type == "modality_mismatch"), lines,
                           _omission_counts(story))


def stance_clash_kind(finding) -> str:
    """The two stances of a modality alarm, in a fixed order ("asserted vs hedged"); "other" for
    a statement one side says is unconfirmed."""
    evidence = finding.evidence or {}
    stated = [evidence.get("left_values"), evidence.get("right_values")]
    plain = all(isinstance(stance, str) for stance in stated) and "unconfirmed" not in stated
    return "stances: " + " vs ".join(sorted(stated)) if plain else "stances: other"


def time_clash_kind(finding) -> str:
    """Which readings a time clash rests on (a measurement of classes, counts only): years found
    anywhere in the claims, or the anchors of the two clashing times with their figures left out
    ("-Ny@published": counted back from publication, "day+N@previous": from an earlier time of the
    text, "written": a calendar date written out)."""
    message = finding.message
    if message.startswith("year differs"):
        return "years in the text"
    evidence = finding.evidence or {}
    times = {t["text"]: t for side in ("left_values", "right_values") for t in evidence.get(side) or [] if isinstance(t, dict)}
    quoted = re.findall(r"“([^”]*)”", message.split(";")[0])[:2]
    if message.startswith("number differs") and all(q in times for q in quoted):
        minutes = abs(times[quoted[0]]["value"] - times[quoted[1]]["value"])
        return "clock times, " + ("12 hours apart" if minutes == 720 else "whole hours apart" if minutes % 60 == 0
                                  else "minutes apart")
    if not message.startswith("time differs"):
        return message.split(":")[0]
    kinds = sorted(re.sub(r"\d+", "N", times[q].get("anchor") or "") or "written" if q in times else "?" for q in quoted)
    days = [times[q].get("value") for q in quoted if q in times]
    return " vs ".join(kinds) + _days_apart(days)


def _days_apart(values: list) -> str:
    """", a day apart" when two resolved days are one day apart (midnight and time zones), else
    ", further apart" for two days."""
    try:
        first, second = (date.fromisoformat((v or "")[:10]) for v in values)
    except ValueError:
        return ""
    return ", a day apart" if abs((first - second).days) == 1 else ", further apart"


def faithful_two_at_a_time(docs: list[BuiltDoc]) -> Counter:
    """Alarms by type/severity when each two languages of a story are compared alone (what a
    user comparing two articles sees: no third article to triangulate with)."""
    from itertools import combinations

    from benchmarks.bench_align import to_document
    from factcheck.pipeline import Options, compare_documents

    counts: Counter = Counter()
    for a, b in combinations(docs, 2):
        story = compare_documents([to_document(a), to_document(b)], Options(use_cache=False))
        alarms = [f for f in story.findings if f.severity in ALARM]
        counts.update(f"{f.type}/{f.severity}" for f in alarms)
        counts.update(STANCE_KEY + stance_clash_kind(f) for f in alarms if f.type == "modality_mismatch")
    return counts


STANCE_KEY = "modality alarm on "  # the stance classes two at a time: counts only, apart from the alarm total


def _lang_order(lang: str) -> tuple[int, str]:
    return (lang != "en", lang)


def faithful_summary(outcomes: list[FaithfulOutcome]) -> dict:
    n = len(outcomes) or 1
    pair_totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for outcome in outcomes:
        for pair, (errors, warnings) in outcome.by_pair.items():
            pair_totals[pair][0] += errors
            pair_totals[pair][1] += warnings
    return {"stories": len(outcomes), "with error": sum(o.errors > 0 for o in outcomes),
            "errors": sum(o.errors for o in outcomes), "warnings": sum(o.warnings for o in outcomes),
            "warnings per story": sum(o.warnings for o in outcomes) / n, "pairs": dict(pair_totals),
            "types": Counter(t for o in outcomes for t in o.types),
            "time kinds": Counter(t for o in outcomes for t in o.time_kinds),
            "lines": Counter(t for o in outcomes for t in o.lines),
            "most errors": max((o.errors for o in outcomes), default=0),
            "omission findings": _per_story([o.omission_findings for o in outcomes])}


def faithful_lines(summaries: dict[str, dict]) -> list[str]:
    lines = ["| NTREX, 6 languages a story | " + " | ".join(summaries) + " | target |",
             "|---|" + "---|" * len(summaries) + "---|"]
    rows = (
        ("stories", lambda s: str(s["stories"]), ""),
        ("stories with any error", lambda s: _share(s["with error"], s["stories"]), "≤ 0.02"),
        ("errors", lambda s: str(s["errors"]), ""),
        ("warnings", lambda s: str(s["warnings"]), ""),
        ("warnings per story", lambda s: f"**{s['warnings per story']:.2f}**", "≤ 0.1"),
        ("errors in the story with most errors", lambda s: str(s["most errors"]), ""),
    )
    for name, cell, target in rows:
        lines.append(f"| {name} | " + " | ".join(cell(s) for s in summaries.values()) + f" | {target} |")
    lines.append("")
    for split, summary in summaries.items():
        pairs = ", ".join(f"{pair} {e}/{w}" for pair, (e, w) in sorted(summary["pairs"].items())) or "none"
        types = ", ".join(f"{k} {v}" for k, v in summary["types"].most_common()) or "none"
        kinds = ", ".join(f"{k} {v}" for k, v in summary["time kinds"].most_common()) or "none"
        lines.append(f"{split}: errors/warnings by language pair: {pairs}. By type: {types}. "
                     f"Time and modality clashes by the readings they rest on: {kinds}. By whether the two claims translate one "
                     "line: " + (", ".join(f"{k} {v}" for k, v in summary["lines"].most_common()) or "none") + ". "
                     f"Omission findings (info; six languages, every article compared with the five others): {summary['omission findings']}.")
    return lines


# --------------------------------------------------------------------------- main


def section(command: str, comparable: dict, comparison_alone: dict, faithful: dict[str, dict]) -> str:
    lines = [SECTION, "", f"Command: `{command}` (run {date.today().isoformat()}). Harness and scoring rules: "
             "docstring of `benchmarks/bench_comparable.py`.", "",
             "### Comparable news, dev (18 pairs written separately; tuned on; the test half is held out)", "",
             *comparable_lines(comparable), "",
             "### The comparison side alone: comparable news dev with the gold alignment", "",
             "The claims covering each gold fact's two spans are paired (as a confident fact link between separately written articles) and compared, so "
             "these figures measure `factcheck/compare`, not the aligner.", "",
             *comparable_lines(comparison_alone), ""]
    if faithful:
        lines += ["### Faithful translations: NTREX, nothing edited (dev tuned on; test measured only)", "",
                  *faithful_lines(faithful), ""]
    return "\n".join(lines)


def details(pairs: list[dict], outcomes: list[PairOutcome], gold_outcomes: list[PairOutcome]) -> list[dict]:
    """Every pair's facts with the aligner's links covering them (`links`: method, confidence,
    findings) beside the findings the same fact gets with the gold alignment (`gold_findings`),
    and every warning/error finding with its verdict."""
    payload = []
    for pair, outcome, gold in zip(pairs, outcomes, gold_outcomes):
        facts = []
        for fact, row, gold_row in zip(pair["facts"], outcome.facts, gold.facts):
            row = {"spans": [fact["left"], fact["right"]], **row}
            if "links" in gold_row:
                row["gold_findings"] = [f for link in gold_row["links"] for f in link["findings"]]
            if row["label"] == "discrepancy":
                row["why"] = _why(row)
            facts.append(row)
        payload.append({"id": outcome.id, "facts": facts, "alarms": outcome.alarms, "omissions": outcome.omissions})
    return payload


def _why(row: dict) -> str:
    """What became of one gold discrepancy with the aligner, beside what the gold alignment gets:
    "reported", "not paired", "paired, only info" (the finding of its type is there, graded or
    capped to info) or "paired, no finding of its type"."""
    wanted = FINDING_TYPE[row["type"]]
    if row["typed"]:
        found = "reported"
    elif not row["paired"]:
        found = "not paired"
    elif any(f["type"] == wanted for link in row["links"] for f in link["findings"]):
        found = "paired, only info"
    else:
        found = "paired, no finding of its type"
    gold = [f["severity"] for f in row.get("gold_findings", []) if f["type"] == wanted]
    best = min(gold, key=lambda severity: ("error", "warning", "info").index(severity), default="none")
    return f"{found}; with the gold alignment: {best}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="evaluation data folder (default: $FACTCHECK_DATA or ../shared/data)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-ntrex", action="store_true", help="comparable pairs only")
    parser.add_argument("--ntrex-splits", default="dev,test")
    parser.add_argument("--published", help='NTREX publication dates: "sweep" or ISO dates separated by commas '
                                            "(default: the fixed 2019-01-15); a column per split and date")
    parser.add_argument("--write", action="store_true", help="write the section into BENCHMARKS.md")
    parser.add_argument("--details", type=Path, help="every pair's facts and findings as JSON")
    parser.add_argument("--two-at-a-time", action="store_true",
                        help="alarms when each two languages of an NTREX story are compared alone, per split of --ntrex-splits (printed)")
    args = parser.parse_args(argv)
    root = data_root(args.data)
    pairs = load_comparable(root)
    outcomes = map_jobs(evaluate_pair, pairs, args.workers)
    comparable = comparable_summary(outcomes)
    gold_outcomes = map_jobs(partial(evaluate_pair, oracle=True), pairs, args.workers)
    comparison_alone = comparable_summary(gold_outcomes)
    faithful = {}
    if not args.skip_ntrex:
        dates = publication_dates(args.published)
        for split in [s for s in args.ntrex_splits.split(",") if s]:
            for day in dates:
                column = split if not args.published else f"{split} {day:%a %Y-%m-%d}"
                stories = load_ntrex_faithful(root, split, published=day)
                faithful[column] = faithful_summary(map_jobs(evaluate_faithful, stories, args.workers))
    if args.two_at_a_time:
        for split in [s for s in args.ntrex_splits.split(",") if s]:
            counts = sum(map_jobs(faithful_two_at_a_time, load_ntrex_faithful(root, split), args.workers), Counter())
            alarms = Counter({k: v for k, v in counts.items() if not k.startswith(STANCE_KEY)})
            stances = Counter({k[len(STANCE_KEY):].removeprefix("stances: "): v for k, v in counts.items() if k.startswith(STANCE_KEY)})
            print(f"NTREX {split}, two languages at a time: {sum(alarms.values())} alarms; "
                  + ", ".join(f"{k} {v}" for k, v in alarms.most_common())
                  + "; modality alarms by stance: " + ", ".join(f"{k} {v}" for k, v in stances.most_common()))
    body = section(command_line("bench_comparable", argv), comparable, comparison_alone, faithful)
    publish(body, SECTION, args.write, args.details, lambda: details(pairs, outcomes, gold_outcomes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
