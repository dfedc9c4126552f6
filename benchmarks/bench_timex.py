"""TempEval-3 scoring of time expressions on TimeBank + AQUAINT (issue 14).

Usage (from the repository root):
    python benchmarks/bench_timex.py [--data PATH] [--no-write] [--errors N]

Data: `../shared/data/timebank_aquaint/` (TBAQ-cleaned, 256 English news documents; all of it is
dev per SPLITS.md). Each document's `<TEXT>` is stripped of its tags (entities unescaped) and
given to `extract_times(text, "en", published)` with the publication date from `<DCT>`.

Scoring follows TempEval-3 Task A (UzZaman et al. 2013):
* relaxed match = a gold and a system span that overlap; strict match = same span (ignoring
  surrounding whitespace). Matching is one to one, in text order.
* precision = matched system spans / system spans, recall = matched gold / gold spans, F1.
* value accuracy = share of relaxed matches whose TIMEX3 value equals the gold value
  (`TimeExpr.timex`, falling back to `value`; `mod` is not part of it, as in TempEval-3);
  value F1 = value accuracy x relaxed F1. Type accuracy likewise.
* By type: recall over gold spans of that type, precision over system spans our tagger typed so,
  value accuracy over the relaxed matches of gold spans of that type.
* Value errors are counted by class (VALUE_ERROR_CLASSES, the first class that fits): what is left
  to gain, and how much of it is the annotation's own convention. Each class is split by what the
  gold does with the same construction (`construction`: the span's wording with names, counts and
  years generalised) over every relaxed match: a reading (gold and ours have one value shape, another
  day or year), a construction the gold annotates both ways (elsewhere with our value's shape), or one
  the gold annotates one way only (never with our shape: where a rule could still gain).
* Spans on one side only are counted by class and split by what the gold does with the same wording
  in every use (`span_way`): a missed span whose wording it tags every time, or a spurious one it never
  tags, is one way (told apart when the wording occurs once); the value F1 that reading every one-way
  value and span the gold's way would give is the honest ceiling of rules (`one_way_ceiling`).

Second part, `../shared/data/comparable_news/dev` (real same-event article pairs): of the gold
`type: time` facts labelled `agree` with a span on both sides, the share whose two spans hold time
expressions that resolve to compatible values (each article against its own publication date):
dates whose periods meet (`compare.times._time_relation`), durations of the same length (within
a quarter), sets of the same period, times of day with the same clock time or part of day.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.datasets import write_section  # noqa: E402
from factcheck.claims.times import extract_times  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SECTION = "## TempEval-3 time expressions (issue 14)"
TYPES = ("DATE", "TIME", "DURATION", "SET")
TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Document:
    name: str
    published: date
    text: str
    gold: list[Timex] = field(default_factory=list)
    corpus: str = ""


def parse_tml(path: Path) -> Document:
    """The TEXT of a TimeML file without tags, with the character spans of its TIMEX3."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4})-?(\d\d)-?(\d\d)", raw)
    published = date(int(dct.group(1)), int(dct.group(2)), int(dct.group(3)))
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict] | None = None
    position = 0
    for tag in TAG.finditer(body):
        chunk = html.unescape(body[position:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(ATTRIBUTE.findall(tag.group(3))))
        elif open_timex:
            start, attributes = open_timex
            gold.append(Timex(start, length, attributes.get("type", ""), attributes.get("value", ""), ""))
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    text = "".join(pieces)
    gold = [Timex(g.start, g.end, g.type, g.value, text[g.start:g.end]) for g in gold]
    return Document(path.stem, published, text, gold, path.parent.name)


def load(data: Path) -> list[Document]:
    folder = data / "timebank_aquaint"
    return [parse_tml(path) for path in sorted(folder.glob("*/*.tml"))]


def system_timexes(doc: Document) -> list[Timex]:
    found = extract_times(doc.text, "en", doc.published)
    return [Timex(t.start, t.end, getattr(t, "type", None) or "DATE",
                  (getattr(t, "timex", None) or t.value or ""), t.text) for t in found]


def _trimmed(t: Timex, text: str) -> tuple[int, int]:
    span = text[t.start:t.end]
    return t.start + len(span) - len(span.lstrip()), t.end - len(span) + len(span.rstrip())


def match(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one relaxed matches: each gold span takes the first unused overlapping system span."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, s in enumerate(system):
            if i not in used and s.start < g.end and g.start < s.end:
                used.add(i)
                pairs.append((g, s))
                break
    return pairs


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    relaxed: int = 0  # matched gold spans
    relaxed_system: int = 0  # matched system spans (for precision by predicted type)
    strict: int = 0
    strict_system: int = 0
    value: int = 0
    type: int = 0

    def f1(self, matched_gold: int, matched_system: int) -> tuple[float, float, float]:
        precision = matched_system / self.system if self.system else 0.0
        recall = matched_gold / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def evaluate(docs: list[Document]) -> tuple[dict[str, Tally], list[tuple[str, str, Timex, Timex | None]],
                                            list[tuple[Timex, Timex]]]:
    """Tallies by type, the errors (value, missed, spurious) and every relaxed match (gold, ours)."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    errors: list[tuple[str, str, Timex, Timex | None]] = []
    matches: list[tuple[Timex, Timex]] = []
    for doc in docs:
        system = system_timexes(doc)
        pairs = match(doc.gold, system)
        matches += pairs
        matched_gold = {id(g) for g, _ in pairs}
        matched_system = {id(s) for _, s in pairs}
        for key, items in (("all", doc.gold), *((t, [g for g in doc.gold if g.type == t]) for t in TYPES)):
            tallies[key].gold += len(items)
        for key, items in (("all", system), *((t, [s for s in system if s.type == t]) for t in TYPES)):
            tallies[key].system += len(items)
        for g, s in pairs:
            strict = _trimmed(g, doc.text) == _trimmed(s, doc.text)
            for key in ("all", s.type):
                tallies[key].relaxed_system += 1
                tallies[key].strict_system += strict
            for key in ("all", g.type):
                tally = tallies[key]
                tally.relaxed += 1
                tally.strict += strict
                tally.value += s.value == g.value
                tally.type += s.type == g.type
            if s.value != g.value:
                errors.append(("value", doc.name, g, s))
        errors += [("missed", doc.name, g, None) for g in doc.gold if id(g) not in matched_gold]
        errors += [("spurious", doc.name, s, None) for s in system if id(s) not in matched_system]
    return tallies, errors, matches


def table(tallies: dict[str, Tally]) -> list[str]:
    rows = ["| type | gold | ours | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc. | value F1 | type acc. |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for key in ("all",) + TYPES:
        t = tallies[key]
        precision, recall, f1 = t.f1(t.relaxed, t.relaxed_system)
        _, _, strict_f1 = t.f1(t.strict, t.strict_system)
        value_accuracy = t.value / t.relaxed if t.relaxed else 0.0
        type_accuracy = t.type / t.relaxed if t.relaxed else 0.0
        rows.append(f"| {key} | {t.gold} | {t.system} | {strict_f1:.3f} | {precision:.3f} | {recall:.3f} | "
                    f"{f1:.3f} | {value_accuracy:.3f} | {value_accuracy * f1:.3f} | {type_accuracy:.3f} |")
    return rows


def corpus_split(docs: list[Document]) -> list[str]:
    """Value F1 of each corpus alone (all of it is dev: a change is kept only if neither falls)."""
    rows = ["| corpus | documents | gold | ours | correct values | relaxed F1 | value acc. | value F1 |",
            "|---|---|---|---|---|---|---|---|"]
    for corpus in sorted({d.corpus for d in docs}) + ["all"]:
        part = [d for d in docs if corpus in (d.corpus, "all")]
        t = evaluate(part)[0]["all"]
        _, _, f1 = t.f1(t.relaxed, t.relaxed_system)
        accuracy = t.value / t.relaxed if t.relaxed else 0.0
        rows.append(f"| {corpus} | {len(part)} | {t.gold} | {t.system} | {t.value} | {f1:.3f} | {accuracy:.3f} | "
                    f"{accuracy * f1:.4f} |")
    return rows


def target_notes(tallies: dict[str, Tally]) -> list[str]:
    t, duration = tallies["all"], tallies["DURATION"]
    _, _, relaxed = t.f1(t.relaxed, t.relaxed_system)
    value_f1 = (t.value / t.relaxed if t.relaxed else 0.0) * relaxed
    _, _, duration_f1 = duration.f1(duration.relaxed, duration.relaxed_system)
    marks = [("value F1 >= 0.85", value_f1 >= 0.85, value_f1), ("relaxed F1 >= 0.92", relaxed >= 0.92, relaxed),
             ("DURATION relaxed F1 >= 0.8", duration_f1 >= 0.8, duration_f1)]
    return ["Targets: " + "; ".join(f"{name}: {value:.3f} {'met' if ok else 'NOT met'}" for name, ok, value in marks)]


WEEKDAY_NAME = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
# Classes of value errors, tried in this order (the first that fits names the error).
VALUE_ERROR_CLASSES = (
    ("gold leaves a part open (1989-WXX, 1968-XX, 198X, 1989-QX)",
     lambda g, s: "X" in g.value and not g.value.startswith("P")),
    ("weekday with a part of day: gold a DATE day, ours a TIME (TIMEX3's TIME)",
     lambda g, s: re.fullmatch(r".*T(?:MO|AF|EV|NI)", s.value) is not None and g.value[:10] == s.value[:10]),
    ("which weekday (the story's time is not the publication's; tense)", lambda g, s: bool(WEEKDAY_NAME.search(g.text))),
    ("week number written W7 against W07",
     lambda g, s: bool(re.fullmatch(r"\d{4}-W\d+", g.value) and re.fullmatch(r"\d{4}-W\d+", s.value))
     and int(g.value[6:]) == int(s.value[6:])),
    ("a duration against a date (last week = P1W, in two weeks, the weekend)",
     lambda g, s: (g.type == "DURATION") != (s.type == "DURATION")),
    ("granularity (a day against its month, quarter or year)",
     lambda g, s: bool(g.value and s.value) and (g.value.startswith(s.value) or s.value.startswith(g.value))),
    ("year choice (underspecified month or day, year-ago)",
     lambda g, s: bool(re.match(r"\d{4}", g.value) and re.match(r"\d{4}", s.value)) and g.value[:4] != s.value[:4]),
    ("other", lambda g, s: True),
)


MONTH_WORD = re.compile(r"(?i)(?<!\w)(?:january|february|march|april|may|june|july|august|september|october|"
                        r"november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)(?!\w)")
COUNT_WORD = re.compile(r"(?i)\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                        r"thirty|forty|fifty|several|few)\b")
LEADING_WORDS = re.compile(r"(?i)^(?:(?:the|about|nearly|almost|more than|less than|some|early|late|mid|over|around)\s+)+")


def construction(text: str) -> str:
    """The wording of a gold span with its particulars generalised ("last week", "N years ago",
    "WEEKDAY night", "MONTH N, YEAR"), so that one construction's annotations can be compared."""
    text = WEEKDAY_NAME.sub("WEEKDAY", text.strip(" .,"))
    text = COUNT_WORD.sub("N", re.sub(r"\b\d{4}s?\b", "YEAR", MONTH_WORD.sub("MONTH", text)))
    return LEADING_WORDS.sub("", text).lower()


def value_shape(value: str) -> str:
    """A TIMEX3 value with its digits generalised: "1989-W43" and "1998-W07" are one shape, "1989-WXX" another."""
    return re.sub(r"\d", "9", value)


# What a value error says about the reader, judged against the gold's own annotation of the same
# construction: a reading (the same shape as the gold, another day or year: the story's time, tense,
# a gold typo), a convention the gold applies two ways (elsewhere it gives this construction our
# shape), or one way (the gold never gives it our shape: where a rule change could gain).
VALUE_ERROR_KINDS = ("reading (same shape)", "gold annotates it both ways", "gold one way only")


def value_error_kind(gold: Timex, ours: Timex, shapes: dict[str, Counter]) -> str:
    if value_shape(gold.value) == value_shape(ours.value):
        return VALUE_ERROR_KINDS[0]
    return VALUE_ERROR_KINDS[1] if shapes[construction(gold.text)][value_shape(ours.value)] else VALUE_ERROR_KINDS[2]


def value_error_classes(errors, matches: list[tuple[Timex, Timex]], overall: Tally) -> tuple[list[str], Counter]:
    """Value errors (relaxed matches with another value) by class, largest first, each split by
    VALUE_ERROR_KINDS (the gold value shapes of each construction over every relaxed match), and
    the value F1 that reading every one-way construction the gold's way would give at most; and the
    one-way errors counted as the spans are (SPAN_WAYS: a construction matched once in all documents
    says nothing about the annotators' habit)."""
    shapes: dict[str, Counter] = defaultdict(Counter)
    for gold, _ in matches:
        shapes[construction(gold.text)][value_shape(gold.value)] += 1
    counts: dict[str, Counter] = defaultdict(Counter)
    one_way: Counter = Counter()
    for kind, _, gold, ours in errors:
        if kind == "value":
            name = next(name for name, fits in VALUE_ERROR_CLASSES if fits(gold, ours))
            counts[name][value_error_kind(gold, ours, shapes)] += 1
            if value_error_kind(gold, ours, shapes) == VALUE_ERROR_KINDS[2]:
                one_way[SPAN_WAYS[1] if sum(shapes[construction(gold.text)].values()) == 1 else SPAN_WAYS[2]] += 1
    rows = ["| value errors by class | count | " + " | ".join(VALUE_ERROR_KINDS) + " |", "|---|---|---|---|---|"]
    ordered = sorted(counts.items(), key=lambda item: -sum(item[1].values()))
    rows += [f"| {name} | {sum(c.values())} | " + " | ".join(str(c[k]) for k in VALUE_ERROR_KINDS) + " |"
             for name, c in ordered]
    total = sum((c for _, c in ordered), Counter())
    rows.append(f"| all | {sum(total.values())} | " + " | ".join(str(total[k]) for k in VALUE_ERROR_KINDS) + " |")
    _, _, relaxed = overall.f1(overall.relaxed, overall.relaxed_system)
    ceiling = (overall.value + total[VALUE_ERROR_KINDS[2]]) / overall.relaxed * relaxed if overall.relaxed else 0.0
    return rows + ["", f"Read the gold's way, the {total[VALUE_ERROR_KINDS[2]]} errors of constructions the gold "
                   f"annotates one way only would raise value F1 to {ceiling:.4f} at most."], one_way


REFERENCE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# Classes of spans found on one side only, tried in this order (the first that fits names the error):
# what a rule could still gain by reading or dropping a span, and what is the annotators' choice.
SPAN_ERROR_CLASSES = (
    ("reference word tagged in some uses only (now, currently, recently, current, recent, soon, future)",
     lambda t: t.value in REFERENCE_VALUES or t.type == "DATE" and bool(re.search(r"(?i)\bfuture\b", t.text))),
    ("rate or frequency (a year, a week, daily, annually)", lambda t: t.type == "SET"),
    ("a day or week of the story named by its events (the days before the slaying, the day after his death, "
     "for the week)",
     lambda t: t.type != "DURATION" and bool(re.fullmatch(r"(?i)(?:the\s+|that\s+)?(?:\w+\s+)?(?:days?|weeks?)", t.text.strip()))),
    ("duration (for years, several months, 13 days after, a 24-hour candle)", lambda t: t.type == "DURATION"),
    ("part of a day (in the morning, mid afternoon, overnight)", lambda t: t.type == "TIME"),
    ("other date", lambda t: True),
)


# What the gold does with the same wording elsewhere, for a span on one side only: a missed span whose
# wording the gold tags in every use (or a spurious one it never tags) is one way; one it tags in some
# uses only is both ways; a wording used once says nothing about the annotators' habit.
SPAN_WAYS = ("both ways", "one way, wording used once", "one way, wording used 2+ times")


def span_way(kind: str, item: Timex, docs_by_name: dict[str, Document]) -> str:
    """How the gold annotates every use of the span's wording (case-insensitive, whole words)."""
    wording = re.compile(rf"(?i)(?<!\w){re.escape(item.text.strip(' ,.'))}(?!\w)")
    tagged = untagged = 0
    for doc in docs_by_name.values():
        for m in wording.finditer(doc.text):
            in_gold = any(g.start < m.end() and m.start() < g.end for g in doc.gold)
            tagged += in_gold
            untagged += not in_gold
    one_way = untagged == 0 if kind == "missed" else tagged == 0
    return SPAN_WAYS[0] if not one_way else SPAN_WAYS[1] if tagged + untagged == 1 else SPAN_WAYS[2]


def span_error_classes(errors, docs: list[Document]) -> tuple[list[str], Counter]:
    """Missed gold spans and spurious system spans by class, each split by SPAN_WAYS; the counts by
    (kind, way) for the ceiling."""
    docs_by_name = {doc.name: doc for doc in docs}
    counts = Counter((kind, next(name for name, fits in SPAN_ERROR_CLASSES if fits(item)), span_way(kind, item, docs_by_name))
                     for kind, _, item, _ in errors if kind in ("missed", "spurious"))
    ways = " / ".join(SPAN_WAYS)
    rows = [f"| spans on one side only, by class | missed (gold only): {ways} | spurious (ours only): {ways} |", "|---|---|---|"]

    def cell(kind: str, name: str | None) -> str:
        split = [sum(n for (k, c, w), n in counts.items() if k == kind and w == way and name in (None, c)) for way in SPAN_WAYS]
        return f"{sum(split)}: " + " / ".join(map(str, split))

    rows += [f"| {name} | {cell('missed', name)} | {cell('spurious', name)} |" for name, _ in SPAN_ERROR_CLASSES]
    by_way = Counter()
    for (kind, _, way), n in counts.items():
        by_way[kind, way] += n
    return rows + [f"| all | {cell('missed', None)} | {cell('spurious', None)} |"], by_way


def one_way_ceiling(overall: Tally, values: Counter, spans: Counter) -> list[str]:
    """Value F1 if every one-way error were read the gold's way: the one-way value errors made right,
    the missed spans found with the gold's value, the spurious spans dropped; with and without the
    wordings (constructions) used once."""
    lines = []
    for label, ways in (("with the wordings used once", SPAN_WAYS[1:]), ("without them", SPAN_WAYS[2:])):
        made_right = sum(values[way] for way in ways)
        found = sum(spans["missed", way] for way in ways)
        dropped = sum(spans["spurious", way] for way in ways)
        ceiling = 2 * (overall.value + made_right + found) / (overall.gold + overall.system + found - dropped)
        lines.append(f"{label}: +{made_right} values, +{found} spans found, -{dropped} spans dropped -> {ceiling:.4f}")
    return ["Every one-way error of the two tables above read the gold's way, value F1 at most: "
            + "; ".join(lines) + "."]


# English words of that first class, counted over every use: a span raises value F1 only where the
# annotators tag it, with our value, in more than about value F1 / 2 of its uses (about 41 %).
REFERENCE_WORD_USES = ("now", "currently", "recently", "current", "recent", "soon", "future", "previously", "already")


def reference_word_uses(docs: list[Document]) -> list[str]:
    """Per word: its uses, how many fall in a gold span (with a reference value) and in one of ours."""
    rows = ["| word | uses | in a gold span | of them PRESENT/PAST/FUTURE_REF | in one of ours |", "|---|---|---|---|---|"]
    read_by_doc: dict[str, list[Timex]] = {}
    for word in REFERENCE_WORD_USES:
        uses = tagged = referenced = read = 0
        for doc in docs:
            for m in re.finditer(rf"(?i)\b{word}\b", doc.text):
                if doc.name not in read_by_doc:
                    read_by_doc[doc.name] = system_timexes(doc)
                ours = read_by_doc[doc.name]
                gold = [g for g in doc.gold if g.start < m.end() and m.start() < g.end]
                uses += 1
                tagged += bool(gold)
                referenced += any(g.value in REFERENCE_VALUES for g in gold)
                read += any(s.start < m.end() and m.start() < s.end for s in ours)
        rows.append(f"| {word} | {uses} | {tagged} | {referenced} | {read} |")
    return rows


def error_summary(errors, limit: int) -> list[str]:
    kinds = Counter(kind for kind, *_ in errors)
    lines = [f"errors: {dict(kinds)}"]
    for kind in ("missed", "spurious", "value"):
        shown = [e for e in errors if e[0] == kind][:limit]
        for _, name, item, system in shown:
            extra = f" -> ours {system.text!r}={system.value} {system.type}" if system else ""
            lines.append(f"  {kind:8} {name}: {item.text!r} {item.type} {item.value}{extra}")
    return lines


def comparable_agreement(data: Path) -> tuple[Counter, list[str]]:
    """Outcome of each agreeing gold time fact: compatible / different / unread (a side without
    a time expression in its span)."""
    import json

    outcome: Counter = Counter()
    misses: list[str] = []
    for path in sorted((data / "comparable_news" / "dev").glob("*.json")):
        pair = json.loads(path.read_text(encoding="utf-8"))
        docs = pair["documents"]
        times = [extract_times(d["text"], d["lang"], date.fromisoformat(d["published"])) for d in docs]
        for fact in pair["facts"]:
            if fact["type"] != "time" or fact["label"] not in ("agree", "discrepancy") or not (fact["left"] and fact["right"]):
                continue
            sides = [_in_span(t, d["text"], span) for t, d, span in zip(times, docs, (fact["left"], fact["right"]))]
            verdict = "unread" if not all(sides) else \
                "compatible" if any(_compatible(a, b) for a in sides[0] for b in sides[1]) else "different"
            if fact["label"] == "discrepancy":
                outcome[f"discrepancy {verdict}"] += 1
                continue
            outcome[verdict] += 1
            if verdict != "compatible":
                values = [[(t.text, t.value) for t in side] for side in sides]
                misses.append(f"  {verdict:10} {pair['id']}: {fact['left']!r} / {fact['right']!r} -> {values}")
    return outcome, misses


def _in_span(times, text: str, span: str):
    start = text.find(span)
    return [t for t in times if t.start < start + len(span) and start < t.end]


def _compatible(a, b) -> bool:
    from factcheck.compare.times import DURATION, TIME_AGREEMENT, UNIT_DAYS, _hours, _period_of_set, _time_relation, _unit

    if a.type == "DURATION" and b.type == "DURATION":
        da, db = DURATION.fullmatch(a.value or ""), DURATION.fullmatch(b.value or "")
        if not (da and db) or "X" in (da.group(2), db.group(2)):
            return a.value == b.value
        length_a = float(da.group(2)) * UNIT_DAYS[_unit(da)]
        length_b = float(db.group(2)) * UNIT_DAYS[_unit(db)]
        return abs(length_a - length_b) <= 0.25 * max(length_a, length_b)
    if a.type == "SET" and b.type == "SET":
        return _period_of_set(a.value) == _period_of_set(b.value)
    if a.type == "TIME" and b.type == "TIME" and _hours(a) and _hours(b):
        (a1, a2), (b1, b2) = _hours(a), _hours(b)
        return a1 <= b2 + 1 and b1 <= a2 + 1 and (not (a.earliest and b.earliest) or a.earliest == b.earliest)
    if {a.type, b.type} <= {"DATE", "TIME"} and a.granularity != "ref" and b.granularity != "ref":
        return _time_relation(a, b) in TIME_AGREEMENT
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-write", action="store_true", help="print only, leave BENCHMARKS.md alone")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind (dev data)")
    args = parser.parse_args()
    docs = load(args.data)
    tallies, errors, matches = evaluate(docs)
    body = [f"Command: `python benchmarks/bench_timex.py` ({len(docs)} TimeBank + AQUAINT documents, all dev "
            "per SPLITS.md; scoring as TempEval-3 Task A, see the script's docstring). Value F1 = value "
            "accuracy x relaxed F1; HeidelTime, the best TempEval-3 system, reached about 0.78 on its test set.",
            ""] + table(tallies) + [""] + corpus_split(docs) + [""] + target_notes(tallies)
    value_rows, value_one_way = value_error_classes(errors, matches, tallies["all"])
    span_rows, span_ways = span_error_classes(errors, docs)
    body += [""] + value_rows + [""] + span_rows + [""] + one_way_ceiling(tallies["all"], value_one_way, span_ways) \
        + [""] + reference_word_uses(docs)
    outcome, misses = comparable_agreement(args.data)
    total = outcome["compatible"] + outcome["different"] + outcome["unread"]
    discrepancies = sum(v for k, v in outcome.items() if k.startswith("discrepancy"))
    body += ["", f"comparable_news/dev: {outcome['compatible']} of {total} gold `agree` time facts "
             f"({outcome['compatible'] / total:.2f}) resolve to compatible values on both sides; "
             f"{outcome['different']} to values that differ, {outcome['unread']} with no time expression read "
             f"in one of the two spans. Of the {discrepancies} gold `discrepancy` time facts, "
             f"{outcome['discrepancy different']} resolve to values that differ, "
             f"{outcome['discrepancy compatible']} to compatible ones, {outcome['discrepancy unread']} are not read."]
    print("\n".join(body))
    if args.errors:
        print("\n".join(error_summary(errors, args.errors) + misses))
    if not args.no_write:
        write_section(Path(__file__).resolve().parents[1] / "BENCHMARKS.md", "\n".join([SECTION, "", *body]), SECTION)


if __name__ == "__main__":
    main()
