"""Benchmark data loaders: NTREX-128 perturbed document pairs, Text+Berg de-fr gold, DEMETR.

The evaluation data lives outside the repository (``../shared/data``, third-party, read-only);
nothing here is shipped in the package. Splits follow ``shared/data/SPLITS.md``: tune on dev only.

NTREX is line-parallel, which makes a clean alignment gold but an unrealistically easy one, so each
foreign document is perturbed deterministically (fixed seed): lines are rejoined into paragraphs,
10-20 % of the foreign lines are dropped, one line from another document is inserted, and a number,
a date and a name are changed in kept lines. Every line keeps its character span in the built text
so that claim offsets can be mapped back to lines for scoring.
"""

from __future__ import annotations

import bisect
import json
from concurrent.futures import ProcessPoolExecutor
import sys
import os
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

NTREX_FILES = {
    "en": "newstest2019-src.eng.txt",
    "nl": "newstest2019-ref.nld.txt",
    "de": "newstest2019-ref.deu.txt",
    "fr": "newstest2019-ref.fra.txt",
    "es": "newstest2019-ref.spa.txt",
    "it": "newstest2019-ref.ita.txt",
}
FOREIGN_LANGS = ("nl", "de", "fr", "es", "it")
NTREX_DEV_DOCS = 40  # SPLITS.md: documents 1-40 (order of first appearance) are dev
# NTREX gives no dates; newstest2019 articles are from late 2018 / early 2019. A fixed date lets
# relative expressions ("on Sunday") resolve identically on both sides.
NTREX_PUBLISHED = date(2019, 1, 15)
# One fixed date may never meet the weekday or month-end configuration another split meets. The sweep
# (`--published sweep`): one publication date per weekday around NTREX_PUBLISHED, and the turn of a
# year, where a bare weekday, "last"/"next" and a bare month cross a week, month and year boundary.
NTREX_PUBLICATION_SWEEP = (*(date(2019, 1, 14) + timedelta(days=n) for n in range(7)),
                           date(2018, 12, 31), date(2019, 1, 1))
DEFAULT_SEED = 13

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
CALENDAR_WORDS = {w.lower() for table in (MONTHS, WEEKDAYS) for words in table.values() for w in words}

EDIT_TYPES = ("number", "date", "name")


def data_root(override: str | os.PathLike | None = None) -> Path:
    """--data beats $FACTCHECK_DATA beats ../shared/data next to the repository."""
    if override:
        return Path(override)
    if os.environ.get("FACTCHECK_DATA"):
        return Path(os.environ["FACTCHECK_DATA"])
    return DEFAULT_DATA


# --------------------------------------------------------------------------- built documents


@dataclass(frozen=True)
class Line:
    """One gold unit (NTREX segment or Text+Berg sentence) and where it sits in the built text."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    # NTREX: index of the English line this line translates (None for the inserted line).
    # Text+Berg: the line's own index.
    source: int | None


@dataclass(frozen=True)
class BuiltDoc:
    id: str
    lang: str
    text: str
    lines: tuple[Line, ...]
    published: date | None = None

    def line_at(self, offset: int) -> int | None:
        """Index of the line containing `offset`; an offset in the gap between two lines
        belongs to the following line (a claim never starts with the separator)."""
        starts = [line.start for line in self.lines]
        pos = bisect.bisect_right(starts, offset) - 1
        if pos < 0:
            return 0 if self.lines else None
        if offset >= self.lines[pos].end and pos + 1 < len(self.lines):
            return pos + 1
        return pos


def build_document(doc_id: str, lang: str, paragraphs: list[list[tuple[str, int | None]]],
                   published: date | None = None) -> BuiltDoc:
    """Join lines into prose: lines of a paragraph with a space (so the segmenter has to find
    the sentence boundaries itself), paragraphs with a blank line."""
    parts: list[str] = []
    lines: list[Line] = []
    cursor = 0
    for p_index, paragraph in enumerate(paragraphs):
        if p_index:
            parts.append("\n\n")
            cursor += 2
        for l_index, (text, source) in enumerate(paragraph):
            if l_index:
                parts.append(" ")
                cursor += 1
            lines.append(Line(len(lines), text, cursor, cursor + len(text), p_index, source))
            parts.append(text)
            cursor += len(text)
    return BuiltDoc(doc_id, lang, "".join(parts), tuple(lines), published)


# --------------------------------------------------------------------------- NTREX reading


@dataclass(frozen=True)
class NtrexCorpus:
    doc_order: tuple[str, ...]
    # doc id -> lang -> lines of that document
    lines: dict[str, dict[str, list[str]]]


def read_ntrex(root: Path) -> NtrexCorpus:
    folder = root / "ntrex128"
    ids = (folder / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    per_lang = {lang: (folder / name).read_text(encoding="utf-8").splitlines()
                for lang, name in NTREX_FILES.items()}
    order: list[str] = []
    lines: dict[str, dict[str, list[str]]] = {}
    for i, doc_id in enumerate(ids):
        doc_id = doc_id.strip()
        if doc_id not in lines:
            order.append(doc_id)
            lines[doc_id] = {lang: [] for lang in NTREX_FILES}
        for lang, texts in per_lang.items():
            lines[doc_id][lang].append(texts[i].strip())
    return NtrexCorpus(tuple(order), lines)


def publication_dates(spec: str | None) -> tuple[date, ...]:
    """`--published`: "sweep" for NTREX_PUBLICATION_SWEEP, else ISO dates separated by commas;
    nothing for the fixed NTREX_PUBLISHED."""
    if not spec:
        return (NTREX_PUBLISHED,)
    if spec == "sweep":
        return NTREX_PUBLICATION_SWEEP
    return tuple(date.fromisoformat(part.strip()) for part in spec.split(",") if part.strip())


def ntrex_split(order: tuple[str, ...], split: str) -> list[str]:
    if split == "dev":
        return list(order[:NTREX_DEV_DOCS])
    if split == "test":
        return list(order[NTREX_DEV_DOCS:])
    raise ValueError(f"unknown split {split!r} (dev|test)")


# --------------------------------------------------------------------------- perturbations
# Each finder returns candidate edits inside one line as (start, end, old, new, detail), offsets
# relative to the foreign line. A candidate is only offered when the English line carries the same
# value, so applying it creates a real discrepancy between the two documents.

Candidate = tuple[int, int, str, str, str]

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w'’-])")
_PLAIN_INT = re.compile(r"(?<![\w.,:/-])\d+(?!\w|[.,:/-]\d)")  # not 2-0, 859-292-3680, 1.5
_YEAR = re.compile(r"(?<![\w.,:/-])(?:1[5-9]|20)\d\d(?!\w|[.,:/]\d)")
_SENTENCE_OPENERS = set(".!?:;\"“”„«»‘'(–-")


def paragraph_groups(n_lines: int, rng: random.Random) -> list[list[int]]:
    """Headline alone, then groups of 2-4 consecutive lines."""
    if n_lines == 0:
        return []
    groups = [[0]]
    i = 1
    while i < n_lines:
        size = rng.randint(2, 4)
        groups.append(list(range(i, min(n_lines, i + size))))
        i += size
    return groups


def choose_dropped(n_lines: int, rng: random.Random, low: float = 0.10, high: float = 0.20) -> set[int]:
    """10-20 % of the lines, never the headline (a real rewrite keeps a headline)."""
    if n_lines < 3:
        return set()
    count = max(1, round(n_lines * rng.uniform(low, high)))
    return set(rng.sample(range(1, n_lines), min(count, n_lines - 1)))


def _has_word(text: str, word: str, ignore_case: bool = False) -> bool:
    flags = re.IGNORECASE if ignore_case else 0
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags) is not None


def _same_case(template: str, word: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word[:1].lower() + word[1:]


def _near_month(text: str, start: int, end: int, lang: str) -> bool:
    """A number next to a month name is a day of month: that is a date edit, not a number edit."""
    window = text[max(0, start - 15):end + 15].lower()
    return any(_has_word(window, m.lower()) for m in MONTHS[lang])


def changed_number(value: int) -> int:
    """Clearly different (not within any 'about' tolerance) and still plausible; never a
    year-like 1000-2099, which extractors rightly read as a date ("rises to 1249")."""
    new = value + max(2, value // 2 + 1)
    return new + 1100 if 1000 <= new <= 2099 else new  # lands at 2100 or above


def number_candidates(foreign: str, english: str, lang: str) -> list[Candidate]:
    found = []
    for m in _PLAIN_INT.finditer(foreign):
        old = m.group()
        value = int(old)
        if len(old) == 4 and 1500 <= value <= 2099:
            continue  # a year: offered as a date edit
        if _near_month(foreign, m.start(), m.end(), lang):
            continue
        if not re.search(rf"(?<![\w.,:/-]){old}(?!\w|[.,:/-]\d)", english):
            continue
        found.append((m.start(), m.end(), old, str(changed_number(value)), "integer"))
    return found


def _calendar_candidates(foreign: str, english: str, lang: str, table: dict[str, list[str]],
                         detail: str, rng: random.Random) -> list[Candidate]:
    found = []
    words = table[lang]
    for index, word in enumerate(words):
        if not _has_word(english, table["en"][index]):
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", foreign, re.IGNORECASE):
            others = [i for i in range(len(words))
                      if i != index and not _has_word(english, table["en"][i])]
            new = _same_case(m.group(), words[rng.choice(others)])
            found.append((m.start(), m.end(), m.group(), new, detail))
    return found


def date_candidates(foreign: str, english: str, lang: str, rng: random.Random) -> list[Candidate]:
    found = _calendar_candidates(foreign, english, lang, MONTHS, "month", rng)
    found += _calendar_candidates(foreign, english, lang, WEEKDAYS, "weekday", rng)
    for m in _YEAR.finditer(foreign):
        if _has_word(english, m.group()):
            shift = rng.choice([-3, -2, -1, 1, 2, 3])
            found.append((m.start(), m.end(), m.group(), str(int(m.group()) + shift), "year"))
    return found


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_OPENERS


def _capitalised_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised words separated by single spaces ("Burgemeester Elin Jones")."""
    runs: list[list[tuple[int, int, str]]] = []
    for m in _WORD.finditer(text):
        if not m.group()[0].isupper():
            continue
        if runs and text[runs[-1][-1][1]:m.start()] == " ":
            runs[-1].append((m.start(), m.end(), m.group()))
        else:
            runs.append([(m.start(), m.end(), m.group())])
    return runs


def _plausible_name(words: list[str], common: frozenset[str]) -> bool:
    """Every word looks like a proper name: Capitalised, not a calendar word, and never written
    in lower case in the English texts (which rules out 'News', 'Parliament', 'Long')."""
    shortest = 2 if len(words) > 1 else 3  # "Ri Yong Ho" yes, a lone "St" (Saint) no
    return all(len(w) >= shortest and w[1:].islower() and w.lower() not in CALENDAR_WORDS
               and w.lower() not in common for w in words)


def shared_names(foreign: str, english: str, common: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """Whole names inside a sentence of the foreign line that the English line also has.

    Of each capitalised run the longest tail is taken: a capitalised word in front of a name is
    mostly a title or (in German) a noun ("Burgemeester Elin Jones", "Premier Zoran Zaev"), while
    a capitalised word after it belongs to the name ("Fox News Channel" is not "Fox")."""
    names = []
    for run in _capitalised_runs(foreign):
        for k in range(len(run)):
            start, end = run[k][0], run[-1][1]
            name = foreign[start:end]
            if (not _starts_sentence(foreign, start) and _plausible_name([w for *_p, w in run[k:]], common)
                    and _has_word(english, name)):
                names.append((start, end, name))
                break
    return names


def lowercase_vocabulary(texts: list[str]) -> frozenset[str]:
    return frozenset(w for text in texts for w in _WORD.findall(text) if w.islower())


def name_candidates(foreign: str, english: str, usable: list[str], rng: random.Random,
                    common: frozenset[str] = frozenset()) -> list[Candidate]:
    """Swap a whole shared name for one of `usable` (names from other documents that neither
    document of the pair mentions, see `usable_names`), preferring one as many words long."""
    if not usable:
        return []
    found = []
    for s, e, name in shared_names(foreign, english, common):
        same_length = [u for u in usable if u.count(" ") == name.count(" ")]
        found.append((s, e, name, rng.choice(same_length or usable), "name"))
    return found


def usable_names(pool: list[str], avoid: str) -> list[str]:
    return [name for name in pool if not _has_word(avoid, name)]


def apply_edit(text: str, candidate: Candidate) -> str:
    start, end, _old, new, _detail = candidate
    return text[:start] + new + text[end:]


# --------------------------------------------------------------------------- NTREX pairs


@dataclass(frozen=True)
class Edit:
    type: str  # number | date | name
    line: int  # index of the edited line in the foreign document
    source: int  # index of the English line it translates
    old: str
    new: str
    start: int  # span of the new value in the foreign document text
    end: int
    detail: str = ""


@dataclass(frozen=True)
class NtrexPair:
    id: str
    doc_id: str
    lang: str
    english: BuiltDoc
    foreign: BuiltDoc
    gold: frozenset[tuple[int, int]]  # (English line, foreign line)
    inserted: tuple[int, ...]  # foreign lines that must stay unmatched
    dropped: tuple[int, ...]  # English lines without a counterpart
    edits: tuple[Edit, ...] = field(default_factory=tuple)


def english_vocabulary(corpus: NtrexCorpus, doc_ids: list[str]) -> frozenset[str]:
    return lowercase_vocabulary([line for d in doc_ids for line in corpus.lines[d]["en"]])


def name_pool(corpus: NtrexCorpus, doc_ids: list[str], lang: str, common: frozenset[str]) -> list[str]:
    """Names shared by English and `lang` lines of the given documents (same split only)."""
    names: set[str] = set()
    for doc_id in doc_ids:
        for en, xx in zip(corpus.lines[doc_id]["en"], corpus.lines[doc_id][lang]):
            names.update(name for _s, _e, name in shared_names(xx, en, common))
    return sorted(names)


def _pick_edits(kept: dict[int, str], english: list[str], lang: str, names: list[str],
                common: frozenset[str], rng: random.Random) -> dict[int, tuple[str, Candidate]]:
    """At most one edit of each type, each on a different kept line (keyed by English index)."""
    chosen: dict[int, tuple[str, Candidate]] = {}
    for edit_type in EDIT_TYPES:
        options = []
        for source in sorted(kept):
            if source in chosen:
                continue
            text, en = kept[source], english[source]
            if edit_type == "number":
                found = number_candidates(text, en, lang)
            elif edit_type == "date":
                found = date_candidates(text, en, lang, rng)
            else:
                found = name_candidates(text, en, names, rng, common)
            options += [(source, c) for c in found]
        if options:
            source, candidate = rng.choice(options)
            chosen[source] = (edit_type, candidate)
    return chosen


def make_ntrex_pair(corpus: NtrexCorpus, doc_id: str, lang: str, donors: list[str],
                    pool: list[str], seed: int = DEFAULT_SEED,
                    common: frozenset[str] = frozenset()) -> NtrexPair:
    english = corpus.lines[doc_id]["en"]
    foreign = corpus.lines[doc_id][lang]
    # Paragraphing depends on the document only, so every language shares the English layout.
    groups = paragraph_groups(len(english), random.Random(f"{seed}:{doc_id}:paragraphs"))
    rng = random.Random(f"{seed}:{doc_id}:{lang}")
    dropped = choose_dropped(len(english), rng)
    kept = {i: foreign[i] for i in range(len(foreign)) if i not in dropped}
    names = usable_names(pool, "\n".join(english + foreign))
    edits = _pick_edits(kept, english, lang, names, common, rng)
    for source, (_type, candidate) in edits.items():
        kept[source] = apply_edit(kept[source], candidate)

    en_paragraphs = [[(english[i], i) for i in group] for group in groups]
    xx_paragraphs = [[(kept[i], i) for i in group if i in kept] for group in groups]
    _insert_foreign_line(xx_paragraphs, corpus, doc_id, lang, donors, rng)
    xx_paragraphs = [p for p in xx_paragraphs if p]

    en_doc = build_document(f"{doc_id}.en", "en", en_paragraphs, NTREX_PUBLISHED)
    xx_doc = build_document(f"{doc_id}.{lang}", lang, xx_paragraphs, NTREX_PUBLISHED)
    gold = frozenset((line.source, line.index) for line in xx_doc.lines if line.source is not None)
    inserted = tuple(line.index for line in xx_doc.lines if line.source is None)
    return NtrexPair(
        id=f"{doc_id}.{lang}", doc_id=doc_id, lang=lang, english=en_doc, foreign=xx_doc,
        gold=gold, inserted=inserted, dropped=tuple(sorted(dropped)),
        edits=tuple(_locate_edits(xx_doc, edits)),
    )


def load_ntrex_faithful(root: Path, split: str = "dev", langs: tuple[str, ...] = FOREIGN_LANGS,
                        seed: int = DEFAULT_SEED, published: date = NTREX_PUBLISHED) -> list[list[BuiltDoc]]:
    """One story per document: English and its translations with nothing changed (same paragraphing
    as the perturbed pairs, no dropped, inserted or edited line). Any warning or error is a false alarm
    or a real translation difference."""
    corpus = read_ntrex(root)
    stories = []
    for doc_id in ntrex_split(corpus.doc_order, split):
        groups = paragraph_groups(len(corpus.lines[doc_id]["en"]), random.Random(f"{seed}:{doc_id}:paragraphs"))
        stories.append([build_document(f"{doc_id}.{lang}", lang,
                                       [[(corpus.lines[doc_id][lang][i], i) for i in group] for group in groups],
                                       published)
                        for lang in ("en", *langs)])
    return stories


@dataclass(frozen=True)
class EditedStory:
    """A six-language NTREX story where one translation carries the injected edits of `make_ntrex_pair`
    (number, date, name, each on its own line) and the other five are faithful."""

    id: str
    docs: tuple[BuiltDoc, ...]  # en first, then FOREIGN_LANGS; nothing dropped or inserted
    edited: str  # the edited language
    edits: tuple[Edit, ...]  # located in the edited language's document


def load_ntrex_six_edited(root: Path, split: str = "dev", seed: int = DEFAULT_SEED) -> list[EditedStory]:
    """The faithful six-language stories of `load_ntrex_faithful`, one language edited per story, the
    language turning with the document's rank so that each is edited equally often."""
    corpus = read_ntrex(root)
    doc_ids = ntrex_split(corpus.doc_order, split)
    common = english_vocabulary(corpus, doc_ids)
    pools = {lang: name_pool(corpus, doc_ids, lang, common) for lang in FOREIGN_LANGS}
    stories = []
    for rank, (doc_id, docs) in enumerate(zip(doc_ids, load_ntrex_faithful(root, split, seed=seed))):
        lang = FOREIGN_LANGS[rank % len(FOREIGN_LANGS)]
        english, foreign = corpus.lines[doc_id]["en"], corpus.lines[doc_id][lang]
        rng = random.Random(f"{seed}:{doc_id}:{lang}:six")
        kept = dict(enumerate(foreign))
        edits = _pick_edits(kept, english, lang, usable_names(pools[lang], "\n".join(english + foreign)), common, rng)
        for source, (_type, candidate) in edits.items():
            kept[source] = apply_edit(kept[source], candidate)
        at = FOREIGN_LANGS.index(lang) + 1
        old = docs[at]
        paragraphs = [[(kept[line.source], line.source) for line in old.lines if line.paragraph == p]
                      for p in range(old.lines[-1].paragraph + 1)]
        edited = build_document(old.id, lang, paragraphs, old.published)
        stories.append(EditedStory(doc_id, tuple(docs[:at]) + (edited,) + tuple(docs[at + 1:]), lang,
                                   tuple(_locate_edits(edited, edits))))
    return stories


def _insert_foreign_line(paragraphs: list[list[tuple[str, int | None]]], corpus: NtrexCorpus,
                         doc_id: str, lang: str, donors: list[str], rng: random.Random) -> None:
    """One off-topic line (not a headline) from another document of the same split and language."""
    candidates = [d for d in donors if d != doc_id and len(corpus.lines[d][lang]) > 1]
    if not candidates or len(paragraphs) < 2:
        return
    donor = rng.choice(candidates)
    text = rng.choice(corpus.lines[donor][lang][1:])
    target = rng.randrange(1, len(paragraphs))  # never inside the headline paragraph
    paragraphs[target].insert(rng.randint(0, len(paragraphs[target])), (text, None))


def _locate_edits(doc: BuiltDoc, edits: dict[int, tuple[str, Candidate]]) -> list[Edit]:
    by_source = {line.source: line for line in doc.lines if line.source is not None}
    located = []
    for source, (edit_type, (start, _end, old, new, detail)) in sorted(edits.items()):
        line = by_source[source]
        begin = line.start + start
        assert doc.text[begin:begin + len(new)] == new
        located.append(Edit(edit_type, line.index, source, old, new, begin, begin + len(new), detail))
    return located


def load_ntrex_pairs(root: Path, split: str = "dev", langs: tuple[str, ...] = FOREIGN_LANGS,
                     seed: int = DEFAULT_SEED, limit: int | None = None) -> list[NtrexPair]:
    corpus = read_ntrex(root)
    doc_ids = ntrex_split(corpus.doc_order, split)
    common = english_vocabulary(corpus, doc_ids)
    pairs = []
    for lang in langs:
        pool = name_pool(corpus, doc_ids, lang, common)
        for doc_id in doc_ids[:limit]:
            pairs.append(make_ntrex_pair(corpus, doc_id, lang, doc_ids, pool, seed, common))
    return pairs


# --------------------------------------------------------------------------- Text+Berg

Bead = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class TextBergDoc:
    id: str
    de: BuiltDoc
    fr: BuiltDoc
    gold: tuple[Bead, ...]


def parse_beads(text: str) -> list[Bead]:
    """Vecalign format: one bead per line, `[src ids]:[tgt ids]`, 0-based, `[]` = empty side."""
    beads = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        left, right = raw.split("]:[")
        src = tuple(int(x) for x in left.strip("[ ").split(",") if x.strip())
        tgt = tuple(int(x) for x in right.strip("] ").split(",") if x.strip())
        beads.append((src, tgt))
    return beads


def detokenise(line: str) -> str:
    """Undo the corpus tokenisation (`d' altitude`, `sommets , ce`): our segmenter and
    extractors are built for ordinary running text, which is what they will see in use."""
    text = re.sub(r"\s+([,.;:!?%)\]»])", r"\1", line.strip())
    text = re.sub(r"([(\[«„])\s+", r"\1", text)
    text = re.sub(r"(\w['’])\s+(?=\w)", r"\1", text)
    return text


def _sentence_document(doc_id: str, lang: str, sentences: list[str]) -> BuiltDoc:
    # One sentence per paragraph: a paragraph break is a hard boundary for the segmenter, so the
    # gold sentence boundaries survive (the segmenter may still split inside a line; we map back).
    return build_document(doc_id, lang, [[(s, i)] for i, s in enumerate(sentences)])


def textberg_names(split: str) -> list[str]:
    if split == "dev":
        return ["dev"]
    if split == "test":
        return [f"test{i}" for i in range(7)]
    raise ValueError(f"unknown split {split!r} (dev|test)")


def load_textberg(root: Path, split: str = "dev", raw: bool = False) -> list[TextBergDoc]:
    folder = root / "textberg_bleualign_defr"
    docs = []
    for name in textberg_names(split):
        sides = {}
        for lang in ("de", "fr"):
            lines = (folder / f"{name}.{lang}").read_text(encoding="utf-8").splitlines()
            lines = [line.strip() if raw else detokenise(line) for line in lines]
            sides[lang] = _sentence_document(f"textberg.{name}.{lang}", lang, lines)
        gold = parse_beads((folder / f"{name}.defr").read_text(encoding="utf-8"))
        docs.append(TextBergDoc(f"textberg.{name}", sides["de"], sides["fr"], tuple(gold)))
    return docs


# --------------------------------------------------------------------------- DEMETR


@dataclass(frozen=True)
class DemetrItem:
    id: int
    lang: str
    source: str  # non-English source sentence
    reference: str  # human English translation
    mt: str  # checked MT (consistent with the source)
    perturbed: str  # perturbed MT (discrepant when `applied`)
    perturbation: str
    severity: str
    applied: bool


def load_demetr(root: Path, split: str = "dev", files: list[str] | None = None) -> list[DemetrItem]:
    """Items with an odd id are dev, even ids are test (SPLITS.md)."""
    parity = {"dev": 1, "test": 0}[split]
    folder = root / "demetr"
    paths = [folder / f for f in files] if files else sorted(folder.glob("*_id*.json"))
    items = []
    for path in paths:
        for raw in json.loads(path.read_text(encoding="utf-8")):
            if raw["id"] % 2 != parity:
                continue
            items.append(DemetrItem(raw["id"], raw["lang_tag"], raw["src_sent"], raw["eng_sent"],
                                    raw["mt_sent"], raw["pert_sent"], raw["pert_name"],
                                    raw["severity"], bool(raw["pert_check"])))
    return items


def map_jobs(function, jobs: list, workers: int, chunksize: int = 1) -> list:
    """`function` over `jobs`, in order: in this process for one worker, else in a process pool."""
    if workers <= 1:
        return [function(job) for job in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(function, jobs, chunksize=chunksize))


def command_line(module: str, argv: list[str] | None) -> str:
    """The command a benchmark section quotes: `python -m benchmarks.MODULE` and its arguments."""
    return ("python -m benchmarks." + module + " " + " ".join(argv if argv is not None else sys.argv[1:])).strip()


def publish(body: str, heading: str, write: bool, details_path: Path | None = None, details=None) -> None:
    """Print a benchmark section; write the dev details (`details()`, JSON) and the section into
    BENCHMARKS.md when asked."""
    print(body)
    if details_path:
        details_path.write_text(json.dumps(details(), ensure_ascii=False, indent=1), encoding="utf-8")
    if write:
        write_section(Path(__file__).resolve().parents[1] / "BENCHMARKS.md", body, heading)


READING = "Reading"


def write_section(path: Path, body: str, heading: str) -> None:
    """Replace the measured part of the section `heading` of BENCHMARKS.md (up to the next `## `) and
    keep the rest of the file. The section's reading (from its first line starting "Reading" to the section's
    end) is written by hand and kept as it is, so a benchmark holds no copy of it."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        path.write_text(text.rstrip() + "\n\n" + body.rstrip() + "\n", encoding="utf-8")
        return
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    reading = next((i for i in range(start + 1, end) if lines[i].startswith(READING)), end)
    kept = "".join(lines[reading:end]).rstrip()
    after = "".join(lines[end:])
    section = body.rstrip() + "\n" + ("\n" + kept + "\n" if kept else "")
    path.write_text("".join(lines[:start]) + section + ("\n" + after if after else ""), encoding="utf-8")
