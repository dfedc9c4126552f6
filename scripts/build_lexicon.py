#!/usr/bin/env python3
"""Compile Debian FreeDict dictionaries into the compact lexicons shipped in factcheck/translate/data/.

Usage:
    cd /tmp/fd && apt-get download dict-freedict-{nld,deu,fra,spa,ita}-eng dict-freedict-eng-{nld,deu,fra,spa,ita} \
        dict-freedict-{nld,fra,spa,ita}-deu dict-freedict-deu-{nld,fra,spa,ita} dict-freedict-fra-ita
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
import os
import re
import sys
import unicodedata
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


# Pronunciation, tags, domains and a bracketed short form: "Donnerstag /dˈɔnɜstˌɑːk/ (Do /dˈoː/) <masc, n, sg>".
HEADLINE_NOISE = re.compile(r"\s*(/[^/]*/|<[^>]*>|\[[^\]]*\]|\([^)]*\))")


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
# The German dictionary glues an abbreviation and its pronunciation to some glosses: "Thursday <n>Thu,  /tˈuː/",
# "[geogr.] ArizonaAZ,  /ˈɑːts/". Both leaked into the glosses ("Freitag" -> "/frˈiː/", "Arizona" -> "/ˈɑːts/").
GLUED_ABBREVIATION = re.compile(r"<[^>]*>[^\s,;<]+|(?<=[a-z])[A-Z]{2,}(?=[\s,;]|$)")
PRONUNCIATION = re.compile(r"(?<!\S)/[^/\n]+/(?!\S)")  # "/frˈiː/", but not "analogue/digital"
SENSE_NUMBER = re.compile(r"^\d+\.\s*")


def entry_senses(entry: str) -> list[list[str]]:
    """Gloss lists per sense, in dictionary order."""
    senses = []
    for line in entry.split("\n")[1:]:
        if is_annotation(line):
            continue
        line = PRONUNCIATION.sub("", GLUED_ABBREVIATION.sub("", line))
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


# ---------------------------------------------------------------- pivot through German (fr/es/it/nl -> de -> en)

# The direct fr/es/it dictionaries (and their eng-* reverses) hold only 3.5k-8.5k headwords each; the Wiktionary-based
# <lang>-deu / deu-<lang> dictionaries are 3-5 times larger for fr and es, and the German lexicon glosses the pivot.
# Italian has little German data; the 55k-entry fra-ita, inverted, goes through the French lexicon (direct entries
# only: no second pivot hop).
PIVOTS = {"nl": ("de",), "fr": ("de",), "es": ("de",), "it": ("de", "fr")}
TRAILING_SENSE_REFERENCE = re.compile(r"\s+\d+$")  # "Partei 2." -> "Partei"


def translation_lines(entry: str) -> list[str]:
    """Lines that translate the headword. The Wiktionary-derived dictionaries follow each numbered translation line
    with a definition in the source language ("1. Biwak" / "Lieu de campement en plein air"): without numbers, only
    the first line translates."""
    lines = [line for line in entry.split("\n")[1:] if not is_annotation(line)]
    numbered = [line for line in lines if SENSE_NUMBER.match(line.strip())]
    return numbered or lines[:1]


def pivot_words(entry: str) -> list[list[str]]:
    senses = []
    for line in translation_lines(entry):
        fake_entry = "\n" + line.strip()
        for glosses in entry_senses(fake_entry):
            senses.append([TRAILING_SENSE_REFERENCE.sub("", g) for g in glosses])
    return senses


def pivot_candidates(
    dictd: Path, lang: str, pivot_lexicons: dict[str, dict[str, list[str]]]
) -> dict[str, list[tuple[str, int, int]]]:
    """source -> [(English gloss, sense, position)] through each pivot language: <lang>-<pivot> forward, then
    <pivot>-<lang> inverted (ranked one sense lower), where FreeDict has them. A pivot word must be an entry of
    the pivot's lexicon; its best English gloss is taken."""
    candidates: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for pivot in PIVOTS.get(lang, ()):
        glossary = pivot_lexicons[pivot]
        for index_head, entry in read_dictionary(dictd, f"{LANGS[lang]}-{LANGS[pivot]}"):
            key = source_key(entry_headword(entry, index_head))
            for sense, words in enumerate(pivot_words(entry)):
                for position, word in enumerate(words):
                    add_pivot(candidates, key, glossary.get(source_key(word)), sense, position)
        for index_head, entry in read_dictionary(dictd, f"{LANGS[pivot]}-{LANGS[lang]}"):
            english = glossary.get(source_key(entry_headword(entry, index_head)))
            for sense, words in enumerate(pivot_words(entry)):
                for word in words:
                    add_pivot(candidates, source_key(word), english, sense + 1, 0)
    return candidates


def read_dictionary(dictd: Path, name: str) -> list[tuple[str, str]]:
    """Like read_entries, but a pair FreeDict does not publish (ita-fra) is simply empty."""
    return read_entries(dictd, name) if (dictd / f"freedict-{name}.index").exists() else []


PIVOT_GLOSSES = 2  # of each pivot word: its second gloss is often the one the source word means


def add_pivot(candidates: dict, key: str, english: list[str] | None, sense: int, position: int) -> None:
    """Single words only: a pivoted phrase wins over word-by-word translation at run time, and two hops garble
    phrases ("plus de" -> "mehr als" -> "on"). The pivot word's second gloss ranks two positions lower."""
    if english and usable_source(key) and " " not in key:
        for rank, gloss in enumerate(english[:PIVOT_GLOSSES]):
            candidates[key].append((gloss, sense, position + 2 * rank))


# ---------------------------------------------------------------- proper names


def proper_names(forward_by_lang: dict[str, dict]) -> dict[str, str]:
    """Source words that some FreeDict dictionary glosses with themselves, capitalised ("Leiden" -> "Leiden" [geogr.]):
    place and person names. German "Leiden" is also "suffering", Dutch "leiden" is "lead"; the runtime lets such a
    capitalised word inside a sentence pass through as a name when its glosses include the word itself."""
    names = {}
    for forward in forward_by_lang.values():
        for key, candidates in forward.items():
            for gloss, _, _ in candidates:
                if gloss[:1].isupper() and gloss.lower() == key and " " not in key:
                    names[key] = gloss
    return names


def mark_names(lexicon: dict[str, list[str]], names: dict[str, str]) -> None:
    """Appends the name as the last gloss where ranking dropped it (names rank low on purpose)."""
    for key, glosses in lexicon.items():
        if key in names and names[key] not in glosses:
            glosses.append(names[key])


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


def gloss_score(gloss: str, sense: int, position: int, support: float, english: "EnglishStats", lang: str) -> float:
    """Higher is better: an early sense, a common English word, confirmed by another dictionary, short."""
    words = gloss.split()
    return (
        english.commonness(gloss)
        + support
        - SENSE_WEIGHT.get(lang, 1.0) * min(sense, 5)
        - 0.3 * min(position, 5)
        - 0.7 * (len(words) - 1)
        - (1.5 if gloss != gloss.lower() else 0.0)  # names ("All Souls' Day") only win when nothing else is left
    )


REVERSE_SUPPORT = 2.0  # the eng-<lang> dictionary lists the same pair: a round trip
PIVOT_SUPPORT = 1.0  # reached through German too: weaker, two dictionaries and a ranking step away
REVERSE_ONLY = -1.0
PIVOT_ONLY = -1.5
# A pair listed in several entries (forward and reverse) is a main sense: German FreeDict lists "Kirche" -> "church"
# four times and "service" once, "stark" -> "strong" five times and "sound" once.
MENTION_BONUS = 0.75
MAX_EXTRA_MENTIONS = 4
# A gloss spelled like its source word (accents aside) is the cognate, nearly always the main sense when the
# dictionary lists it at all: "Team" -> "team" (not "outfit"), "Experte" -> "expert", "leader" -> "leader".
# Not German: its large dictionary already lists main senses repeatedly, and its cognates are mostly the Latin
# register ("Hürde" -> "hurdle", "Doktorat" -> "doctorate") where the English text usually has the plain word.
COGNATE_BONUS = {"fr": 3.0, "es": 3.0, "it": 3.0, "nl": 3.0}
COGNATE_RATIO = 80.0
COGNATE_STEM = 6


def fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def is_cognate(source: str, gloss: str) -> bool:
    """One word each, spelled alike once accents are folded ("négociation"/"negotiation", "Experte"/"expert").
    Not names: "mars" is the month before the planet."""
    from rapidfuzz import fuzz

    if " " in source or " " in gloss or min(len(source), len(gloss)) < 4 or not gloss.islower():
        return False
    a, b = fold_accents(source), fold_accents(gloss)
    # A shared stem with another suffix is a cognate too: "activiteit"/"activity", "négociation"/"negotiation".
    stem = len(os.path.commonprefix([a, b]))
    return fuzz.ratio(a, b) >= COGNATE_RATIO or (stem >= COGNATE_STEM and stem >= 0.7 * min(len(a), len(b)))


def mention_counts(forward: list[tuple[str, int, int]], reverse: list[tuple[str, int]]) -> Counter:
    """How many dictionary entries list each gloss (lower case, a plural counted with its singular when both are
    listed: "negotiations" backs "negotiation"), forward and reverse together."""
    listed = Counter([g.lower() for g, _, _ in forward] + [g.lower() for g, _ in reverse])
    counts = Counter(listed)
    for gloss, count in listed.items():
        singular = gloss[:-1]
        if gloss.endswith("s") and singular in listed:
            counts[singular] += count
            counts[gloss] += listed[singular]
    return counts


def rank_glosses(
    source: str,
    forward: list[tuple[str, int, int]],
    reverse: list[tuple[str, int]],
    pivot: list[tuple[str, int, int]],
    english: EnglishStats,
    lang: str,
) -> list[str]:
    """Direct glosses when there are any, else the reverse dictionary's, else the pivot's; each source confirms
    the others' glosses, a pair listed in several entries ranks higher, and so does the cognate."""
    reverse_set = {g.lower() for g, _ in reverse}
    pivot_mentions = Counter(g.lower() for g, _, _ in pivot)
    mentions = mention_counts(forward, reverse)

    def support(gloss: str) -> float:
        low = gloss.lower()
        return (
            (REVERSE_SUPPORT if low in reverse_set else 0.0)
            + (PIVOT_SUPPORT if low in pivot_mentions else 0.0)
            + MENTION_BONUS * min(mentions[low] + pivot_mentions[low] - 1, MAX_EXTRA_MENTIONS)
            + (COGNATE_BONUS.get(lang, 0.0) if is_cognate(source, gloss) else 0.0)
        )

    scored: dict[str, float] = {}
    if forward:
        # Glosses only the reverse dictionary has compete too, a step lower: "Leute" -> "people" is in eng-deu only.
        candidates = [(g, s, p, support(g)) for g, s, p in forward]
        listed = {g.lower() for g, _, _ in forward}
        candidates += [(g, s, 0, REVERSE_ONLY + support(g) - REVERSE_SUPPORT) for g, s in reverse if g.lower() not in listed]
    elif reverse:
        candidates = [(g, s, 0, REVERSE_ONLY + support(g) - REVERSE_SUPPORT) for g, s in reverse]
    else:
        candidates = [(g, s, p, PIVOT_ONLY + support(g) - PIVOT_SUPPORT) for g, s, p in pivot]
    for gloss, sense, position, bonus in candidates:
        score = gloss_score(gloss, sense, position, bonus, english, lang)
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
    and reverse-only phrases and compounds, to keep the file at about 3 MB."""
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
    looks up the lemma next anyway (halves the German file; English number/tense is irrelevant for matching).
    Not when the lemma means something else: simplemma reads the nouns "Ball", "Netz", "Nähe", "Pass" as forms of
    the verbs "ballen", "netzen", "nähen", "passen", whose glosses ("roll", "wet", "sew", "suit") replaced theirs."""
    if lang != "de":
        return
    import simplemma

    for key in [k for k in lexicon if " " not in k]:
        lemma = simplemma.lemmatize(key, lang=lang).lower()
        if lemma != key and lemma in lexicon and same_meaning(lexicon[key][0], lexicon[lemma][0]):
            del lexicon[key]


def same_meaning(gloss: str, lemma_gloss: str) -> bool:
    """The form's best gloss and the lemma's (what the runtime would emit) share a word start: "teams"/"team",
    "organized"/"organize"."""
    def starts(text: str) -> set[str]:
        return {word[:4] for word in re.split(r"[\s-]+", text.lower()) if len(word) > 2}

    return bool(starts(gloss) & starts(lemma_gloss))


def language_candidates(dictd: Path, lang: str, respacer: Respacer) -> tuple[dict, dict]:
    lang3 = LANGS[lang]
    return forward_candidates(dictd, lang3, respacer), reverse_pairs(dictd, lang3, respacer)


def all_glosses(forward: dict, reverse: dict) -> set[str]:
    glosses = {g.lower() for candidates in forward.values() for g, _, _ in candidates}
    return glosses | {g.lower() for pairs in reverse.values() for g, _ in pairs}


def build_language(
    lang: str, forward: dict, reverse: dict, pivot: dict, english: EnglishStats, names: dict[str, str]
) -> dict[str, list[str]]:
    lexicon = {}
    # Sorted: drop_inflected_forms depends on insertion order, and set order changes between runs (hash seed).
    for key in sorted(set(forward) | set(reverse) | set(pivot)):
        if not keep_entry(key, lang, key in forward):
            continue
        glosses = rank_glosses(key, forward.get(key, []), reverse.get(key, []), pivot.get(key, []), english, lang)
        if glosses:
            lexicon[key] = glosses[: 2 if lang == "de" else MAX_GLOSSES]
    drop_inflected_forms(lexicon, lang)
    mark_names(lexicon, names)
    return lexicon


def entry_sources(lexicon: dict, forward: dict, reverse: dict, pivot: dict) -> str:
    """How many entries each dictionary contributed: direct, reverse-only, pivot-only."""
    direct = sum(key in forward for key in lexicon)
    reverse_only = sum(key not in forward and key in reverse for key in lexicon)
    return f"{direct:,} direct, {reverse_only:,} reverse only, {len(lexicon) - direct - reverse_only:,} pivot only"


def build_order(langs: list[str]) -> list[str]:
    """The requested languages with their pivots, pivots first."""
    order: list[str] = []
    for lang in langs:
        for needed in (*PIVOTS.get(lang, ()), lang):
            if needed not in order:
                order.append(needed)
    return sorted(order, key=lambda lang: (bool(PIVOTS.get(lang)), lang == "it", lang))  # it pivots through fr


def direct_only(lexicon: dict[str, list[str]], forward: dict) -> dict[str, list[str]]:
    """A pivot's own dictionary entries: a word it only knows through a pivot of its own is two hops from English."""
    return {key: glosses for key, glosses in lexicon.items() if key in forward}


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
    names = proper_names({lang: forward for lang, (forward, _) in candidates.items()})
    lexicons: dict[str, dict[str, list[str]]] = {}
    for lang in build_order(args.lang or sorted(LANGS)):
        pivot = pivot_candidates(args.dictd, lang, {p: direct_only(lexicons[p], candidates[p][0]) for p in PIVOTS.get(lang, ())})
        lexicons[lang] = build_language(lang, *candidates[lang], pivot, english, names)
        if args.lang and lang not in args.lang:
            continue  # built only as another language's pivot
        path = args.out / f"lexicon-{lang}.tsv.gz"
        write_lexicon(lexicons[lang], path)
        print(f"{lang}: {len(lexicons[lang]):,} entries ({entry_sources(lexicons[lang], *candidates[lang], pivot)}), "
              f"{path.stat().st_size / 1e6:.2f} MB -> {path}")
    write_english_words(args.out)
    return 0


def write_english_words(out: Path) -> None:
    """The common English words (factcheck.translate.english_words), counted over the package's lexicons:
    the ones just written when --out is the default."""
    from factcheck.translate import lexicon
    from factcheck.translate.english_words import DATA_FILE, write_common_english_words

    lexicon.load_lexicon.cache_clear()
    write_common_english_words(out / DATA_FILE)


if __name__ == "__main__":
    raise SystemExit(main())
