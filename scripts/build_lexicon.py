#!/usr/bin/env python3
"""Compile Debian FreeDict dictionaries into the compact lexicons shipped in factcheck/translate/data/.

Usage:
    cd /tmp/fd && apt-get download dict-freedict-{nld,deu,fra,spa,ita}-eng dict-freedict-eng-{nld,deu,fra,spa,ita}
    for f in *.deb; do dpkg-deb -x "$f" x; done
    python scripts/build_lexicon.py --dictd /tmp/fd/x/usr/share/dictd

Output: factcheck/translate/data/lexicon-<lang>.tsv.gz, one line per source entry
("source<TAB>gloss1|gloss2|gloss3"), source lower-cased (may be a multi-word expression).

Data: FreeDict (https://freedict.org), GPL-2.0-or-later (some files "or later" GPL-3); the compiled lexicons are
derived works under the same terms, compatible with factcheck's GPL-3.0-or-later. The hand-written supplement
(factcheck/translate/supplement.py) is ours and is merged at load time, not here.
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

LANGS = {"nl": "nld", "de": "deu", "fr": "fra", "es": "spa", "it": "ita"}
OUT_DIR = Path(__file__).resolve().parent.parent / "factcheck" / "translate" / "data"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
MAX_GLOSSES = 3
MAX_SOURCE_WORDS = 4  # the runtime matches expressions of up to 4 tokens
MAX_GLOSS_WORDS = 4  # longer "glosses" are explanations, useless as fuzzy-matching tokens

# ---------------------------------------------------------------- reading dictd files


def b64_number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + B64.index(char)
    return value


def read_entries(dictd: Path, name: str) -> list[tuple[str, str]]:
    """(index headword, entry text) pairs of one FreeDict dictionary, in index order."""
    data = gzip.open(dictd / f"freedict-{name}.dict.dz").read()
    entries = []
    for line in (dictd / f"freedict-{name}.index").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        start, length = b64_number(parts[1]), b64_number(parts[2])
        entries.append((parts[0], data[start : start + length].decode("utf-8", "replace")))
    return entries


HEADLINE_NOISE = re.compile(r"\s*(/[^/]*/|<[^>]*>|\[[^\]]*\])")


def entry_headword(entry: str, index_headword: str) -> str:
    """The headword as printed in the entry (the index drops hyphens: 'asie du sudest')."""
    first = entry.split("\n", 1)[0]
    head = HEADLINE_NOISE.sub("", first).strip()
    return head or index_headword


def is_annotation(line: str) -> bool:
    """Notes, synonyms, cross-references and quoted examples; a gloss line may start with ' [ugs.] '."""
    stripped = line.strip()
    if not stripped or line.startswith("   "):
        return True
    return stripped.startswith(("Note:", "Synonym", "see:", '"'))


GLOSS_NOISE = re.compile(r"<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}")
SENSE_NUMBER = re.compile(r"^\d+\.\s*")


def entry_senses(entry: str) -> list[list[str]]:
    """Gloss lists per sense, in dictionary order."""
    senses = []
    for line in entry.split("\n")[1:]:
        if is_annotation(line):
            continue
        line = GLOSS_NOISE.sub("", SENSE_NUMBER.sub("", line))
        glosses = [normalise_gloss(g) for g in re.split(r"[,;]", line)]
        glosses = [g for g in glosses if g]
        if glosses:
            senses.append(glosses)
    return senses


def normalise_gloss(gloss: str) -> str:
    gloss = gloss.replace("\u2010", "-").replace("\u2011", "-").replace("’", "'")
    gloss = re.sub(r"\b(sth|sb|so|smth|etw|jdn|jdm|jds)\b\.?", "", gloss)
    gloss = re.sub(r"^(to|a|an|the)\s+", "", gloss.strip())  # "to stop" -> "stop"
    return re.sub(r"\s+", " ", gloss).strip(" .!?'\"-")


# ---------------------------------------------------------------- English side: frequency proxy and re-spacing


def english_counts(dictd: Path) -> Counter:
    """Word counts over the English halves of the large eng-deu/deu-eng dictionaries.

    No English corpus ships offline; example phrases and glosses of 500k entries are a usable proxy for how common
    a word is (it ranks 'high' above 'contralto', 'the' far above both)."""
    counts: Counter = Counter()
    for _, entry in read_entries(dictd, "eng-deu"):
        counts.update(w.lower() for w in re.findall(r"[A-Za-z]+", entry_headword(entry, "")))
    for _, entry in read_entries(dictd, "deu-eng"):
        for sense in entry_senses(entry):
            for gloss in sense:
                counts.update(w.lower() for w in re.findall(r"[A-Za-z]+", gloss))
    return counts


SHORT_WORDS = set("a i of to in on at by up an as is it be do go no so we he me my or us".split())


class Respacer:
    """Restores spaces lost in older FreeDict glosses ('cometoahalt' -> 'come to a halt').

    Unigram segmentation (cheapest sum of -log p) over the English frequency proxy; only applied to gloss words
    that are unknown as a whole, so 'understand' is never cut into 'under stand'."""

    def __init__(self, counts: Counter):
        self.total = sum(counts.values())
        self.counts = counts
        self.max_len = 20
        self.memo: dict[str, str] = {}

    def cost(self, word: str) -> float:
        count = self.counts.get(word, 0)
        too_short = len(word) < 3 and word not in SHORT_WORDS  # no "con tr alto"
        if count < 1 or too_short:
            return math.inf
        return -math.log(count / self.total) + 4.0  # + constant per word: prefer fewer pieces

    def whole_cost(self, word: str) -> float:
        count = self.counts.get(word, 0)
        return -math.log(count / self.total) + 4.0 if count else math.inf

    def split(self, word: str) -> str:
        lower = word.lower()
        if not lower.isalpha() or len(lower) < 4 or self.counts.get(lower, 0) >= 50:
            return word  # common words are never better split (and skipping them keeps the build fast)
        if word not in self.memo:
            self.memo[word] = self._segment(word, lower)
        return self.memo[word]

    def _segment(self, word: str, lower: str) -> str:
        best = [0.0] + [math.inf] * len(lower)
        back = [0] * (len(lower) + 1)
        for end in range(1, len(lower) + 1):
            for start in range(max(0, end - self.max_len), end):
                cost = best[start] + self.cost(lower[start:end])
                if cost < best[end]:
                    best[end], back[end] = cost, start
        # Split only when the pieces are likelier than the whole ("ofthe" is a typo found a few times;
        # "understand" is far commoner than "under" + "stand").
        if back[-1] == 0 or best[-1] >= self.whole_cost(lower):
            return word
        pieces, end = [], len(lower)
        while end > 0:
            pieces.append(word[back[end] : end])
            end = back[end]
        return " ".join(reversed(pieces))

    def gloss(self, gloss: str) -> str:
        return " ".join(self.split(w) for w in gloss.split())


# ---------------------------------------------------------------- collecting and ranking candidates


def source_key(headword: str) -> str:
    key = headword.lower().replace("’", "'").replace("\u2010", "-")
    return re.sub(r"\s+", " ", key).strip()


def usable_source(key: str) -> bool:
    words = key.split()
    return 0 < len(words) <= MAX_SOURCE_WORDS and not re.search(r"[0-9/=+&@]", key) and len(key) < 40


def usable_gloss(gloss: str) -> bool:
    return 0 < len(gloss.split()) <= MAX_GLOSS_WORDS and len(gloss) < 40


def forward_candidates(dictd: Path, lang3: str, respacer: Respacer) -> dict[str, list[tuple[str, int, int]]]:
    """source -> [(gloss, sense index, position in sense)] from the <lang>-eng dictionary."""
    candidates: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for index_head, entry in read_entries(dictd, f"{lang3}-eng"):
        key = source_key(entry_headword(entry, index_head))
        if not usable_source(key):
            continue
        sense_offset = len({s for _, s, _ in candidates[key]})  # repeated headwords: later entries rank lower
        for sense_index, glosses in enumerate(entry_senses(entry)):
            for position, gloss in enumerate(glosses):
                gloss = respacer.gloss(gloss)
                if usable_gloss(gloss):
                    candidates[key].append((gloss, sense_offset + sense_index, position))
    return candidates


def reverse_pairs(dictd: Path, lang3: str, respacer: Respacer) -> dict[str, list[tuple[str, int]]]:
    """source -> [(English headword, sense index)] from inverting the eng-<lang> dictionary."""
    pairs: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for index_head, entry in read_entries(dictd, f"eng-{lang3}"):
        english = respacer.gloss(normalise_gloss(entry_headword(entry, index_head)))
        if not usable_gloss(english):
            continue
        for sense_index, glosses in enumerate(entry_senses(entry)):
            for foreign in glosses:
                key = source_key(foreign)
                if usable_source(key):
                    pairs[key].append((english, sense_index))
    return pairs


# German FreeDict has one sense per entry and many entries per headword, in no meaningful order: its sense rank
# is weak evidence. The older, smaller dictionaries list main senses first.
SENSE_WEIGHT = {"de": 0.25}


class EnglishStats:
    """How common an English gloss is: word counts over the German dictionary's English text, plus in how many
    of the five languages' dictionaries it occurs as a gloss (the German dictionary alone is technical and ranks
    'check' and 'trapping' above 'stop'; 'stop' is a gloss in all five)."""

    def __init__(self, counts: Counter, glosses_by_lang: dict[str, set[str]]):
        self.counts = counts
        self.languages: Counter = Counter()
        for glosses in glosses_by_lang.values():
            self.languages.update(glosses)

    def commonness(self, gloss: str) -> float:
        words = gloss.lower().split()
        count = min(math.log1p(self.counts.get(w, 0)) for w in words) if words else 0.0
        return 0.5 * count + 1.0 * self.languages.get(gloss.lower(), 0)


def gloss_score(gloss: str, sense: int, position: int, round_trip: bool, english: "EnglishStats", lang: str) -> float:
    """Higher is better: an early sense, a common English word, confirmed by the reverse dictionary, short."""
    words = gloss.split()
    return (
        english.commonness(gloss)
        + (2.0 if round_trip else 0.0)
        - SENSE_WEIGHT.get(lang, 1.0) * min(sense, 5)
        - 0.3 * min(position, 5)
        - 0.7 * (len(words) - 1)
        - (1.5 if gloss != gloss.lower() else 0.0)  # names ("All Souls' Day") only win when nothing else is left
    )


def rank_glosses(
    forward: list[tuple[str, int, int]], reverse: list[tuple[str, int]], english: EnglishStats, lang: str
) -> list[str]:
    reverse_set = {g.lower() for g, _ in reverse}
    scored: dict[str, float] = {}
    for gloss, sense, position in forward:
        score = gloss_score(gloss, sense, position, gloss.lower() in reverse_set, english, lang)
        scored[gloss] = max(scored.get(gloss, -math.inf), score)
    if not forward:  # only known from the reverse dictionary: weaker evidence, ranked the same way
        for gloss, sense in reverse:
            score = gloss_score(gloss, sense, 0, False, english, lang) - 1.0
            scored[gloss] = max(scored.get(gloss, -math.inf), score)
    ranked = sorted(scored, key=lambda g: (-scored[g], g))
    unique: list[str] = []
    for gloss in ranked:
        if gloss.lower() not in (u.lower() for u in unique):
            unique.append(gloss)
    return unique[:MAX_GLOSSES]


# ---------------------------------------------------------------- pruning (German is 519k headwords)


def keep_entry(key: str, lang: str, forward: bool) -> bool:
    """German: drop phrases of 3+ words, very long compounds (the runtime's compound splitter covers most of them)
    and reverse-only phrases and compounds, to keep the file under 3 MB."""
    if lang != "de":
        return True
    words = key.split()
    if len(words) > 2 or (len(words) == 1 and len(key) > 18):
        return False
    if not forward and (len(words) > 1 or len(key) > 14):
        return False
    return True


def drop_inflected_forms(lexicon: dict[str, list[str]], lang: str) -> None:
    """German only: an inflected form whose simplemma lemma is itself an entry is dropped, because the runtime
    looks up the lemma next anyway (halves the German file; English number/tense is irrelevant for matching)."""
    if lang != "de":
        return
    import simplemma

    for key in [k for k in lexicon if " " not in k]:
        lemma = simplemma.lemmatize(key, lang=lang).lower()
        if lemma != key and lemma in lexicon:
            del lexicon[key]


def language_candidates(dictd: Path, lang: str, respacer: Respacer) -> tuple[dict, dict]:
    lang3 = LANGS[lang]
    return forward_candidates(dictd, lang3, respacer), reverse_pairs(dictd, lang3, respacer)


def all_glosses(forward: dict, reverse: dict) -> set[str]:
    glosses = {g.lower() for candidates in forward.values() for g, _, _ in candidates}
    return glosses | {g.lower() for pairs in reverse.values() for g, _ in pairs}


def build_language(lang: str, forward: dict, reverse: dict, english: EnglishStats) -> dict[str, list[str]]:
    lexicon = {}
    for key in set(forward) | set(reverse):
        if not keep_entry(key, lang, key in forward):
            continue
        glosses = rank_glosses(forward.get(key, []), reverse.get(key, []), english, lang)
        if glosses:
            lexicon[key] = glosses[: 2 if lang == "de" else MAX_GLOSSES]
    drop_inflected_forms(lexicon, lang)
    return lexicon


def write_lexicon(lexicon: dict[str, list[str]], path: Path) -> None:
    lines = (f"{key}\t{'|'.join(glosses)}\n" for key, glosses in sorted(lexicon.items()))
    # mtime=0: identical input gives a byte-identical file (stable data hash for the translation cache).
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write("".join(lines).encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dictd", type=Path, default=Path("/tmp/fd/x/usr/share/dictd"))
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--lang", action="append", choices=sorted(LANGS), help="default: all")
    args = parser.parse_args(argv)
    if not (args.dictd / "freedict-deu-eng.index").exists():
        print(f"FreeDict files not found under {args.dictd} (see the usage in this script's docstring)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    counts = english_counts(args.dictd)
    respacer = Respacer(counts)
    # Candidates of all five languages are read first: cross-language support ranks the glosses of each.
    candidates = {lang: language_candidates(args.dictd, lang, respacer) for lang in sorted(LANGS)}
    english = EnglishStats(counts, {lang: all_glosses(*pair) for lang, pair in candidates.items()})
    for lang in args.lang or sorted(LANGS):
        lexicon = build_language(lang, *candidates[lang], english)
        path = args.out / f"lexicon-{lang}.tsv.gz"
        write_lexicon(lexicon, path)
        print(f"{lang}: {len(lexicon):,} entries, {path.stat().st_size / 1e6:.2f} MB -> {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
