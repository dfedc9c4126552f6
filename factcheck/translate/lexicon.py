"""The offline default back-end: word and phrase translation with FreeDict-derived lexicons.

The output is not fluent English: it is an English token sequence, in the source word order, meant for fuzzy
matching against other claims (rapidfuzz token ratios). Names, numbers, acronyms and unknown words (often
cognates: "smartphones", "deadline") pass through unchanged, because they are exactly what the other article
shares.

Pipeline per token: multi-word expression (longest first) -> surface form -> lemma (simplemma) -> compound
split (nl/de) -> hyphen parts -> unchanged.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from pathlib import Path
from typing import Callable, Mapping

from ..cachefile import compiled_cache_dir, kept, prune_family, read_marshal, save_marshal_in_family
from ..wordtable import FewWordsFirst, WordTable, open_word_table
from .base import PIVOT_LANG, base_lang
from .english_words import common_english_words
from .supplement import COGNATE_ENDINGS, COMBINING_FORMS, NOT_COMPOUND_PARTS, SUPPLEMENT

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "de", "fr", "es", "it")
DATA_FOLDER = Path(__file__).parent / "data"
CODE_VERSION = "2"  # bump when the token pipeline changes, so cached translations are recomputed
MAX_PHRASE = 4
COMPOUND_LANGS = {"nl", "de"}
MIN_COMPOUND_PART = 3
LINKING_ELEMENTS = ("", "s", "en", "e", "n", "es", "er")  # Dutch/German Fugenelemente, most common first

TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*%?|\w+(?:['’]\w+)*(?:['’](?=\s|$))?(?:-\w+(?:['’]\w+)*)*", re.UNICODE)
# A gap that starts a new sentence (or headline line). A plain space does not: every token used to count as
# sentence-initial, so capitalised names inside a sentence were translated ("in Leiden" -> "in disease").
SENTENCE_BREAK_RE = re.compile(r"[.!?:;\"“”‘«»(\[]|\n")
# French/Italian elided articles and prepositions: "l'autorité" -> "l'" + "autorité".
ELISION_RE = re.compile(r"^(l|d|qu|n|s|j|c|m|t|dell|all|nell|sull|dall|un|quest)['’](.+)$", re.IGNORECASE)


# ---------------------------------------------------------------- data


@dataclass
class Lexicon:
    lang: str
    entries: Mapping[str, tuple[str, ...]]  # a dict, or a FewWordsFirst over the kept table
    data_hash: str
    # (first words of the multi-word entries, the first two or more words of the entries of three or
    # more: "in de" of "in de steek laten", or None: worked out from the entries), read on first use:
    # a run that only asks glosses (a name glossed by other languages) never reads German's 18,000
    phrases: Callable[[], tuple[frozenset[str], frozenset[str] | None]] = field(compare=False, repr=False)
    # A word's glosses as the translator looks them up (its lemma, stem guesses, cognates): asked
    # again for 70 % of the words of a batch (compound parts, repeated words), and the same each time
    looked_up: dict[str, tuple[str, ...] | None] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def phrase_starts(self) -> frozenset[str]:
        return self._phrase_index[0]

    @cached_property
    def phrase_heads(self) -> frozenset[str]:
        heads = self._phrase_index[1]
        return phrase_heads(self.entries) if heads is None else heads

    @cached_property
    def _phrase_index(self) -> tuple[frozenset[str], frozenset[str] | None]:
        return self.phrases()

    def starts_phrase(self, word: str) -> bool:
        return word in self.phrase_starts

    def continues_phrase(self, words: list[str]) -> bool:
        """Whether some entry goes on from these two or more words."""
        return " ".join(words) in self.phrase_heads

    def get(self, key: str) -> tuple[str, ...] | None:
        return self.entries.get(key)


def _data_file(lang: str) -> Path:
    # not importlib.resources: its file reader imports zipfile, ~3 ms of every run
    return DATA_FOLDER / f"lexicon-{lang}.tsv.gz"


# A run that asks more distinct words of a lexicon than one in WHOLE_AFTER of its entries, or than
# MAX_ROWS_READ, loads the whole of it; fewer are read from its table (a seed story asks ~50-700
# Dutch words of 25,600: ~1-3 ms against 12 ms for the whole). A row costs ~4 us, an entry of the
# whole ~0.5 us: the 246-article batch asks German 8,700 words (36 ms) where its 270,000 entries
# load in 150-450 ms. The cap bounds what a long run spends on rows before it loads the whole.
WHOLE_AFTER, MAX_ROWS_READ = 20, 20_000
MAX_WORDS_REMEMBERED = 200_000  # per language (`Lexicon.looked_up`): past it, start afresh
NOT_LOOKED_UP = object()


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """One language's lexicon with our supplement over it, once per process. Parsing the shipped
    file costs German 0.28 s, so the parsed lexicon is kept in the cache directory (named by the
    data file's size and time and the supplement): whole in a marshal file, which loads in half
    that, and as an SQLite table (factcheck/wordtable.py) that a run asking few words reads instead.
    Its phrase index is read when first asked (`Lexicon.phrases`)."""
    supplement_text = _supplement_text(lang)
    whole_file = _parsed_file(lang, supplement_text)
    if whole_file is None:
        entries, data_hash, phrase_starts = _parsed(lang, supplement_text)
        return Lexicon(lang, entries, data_hash, partial(tuple, (phrase_starts, None)))
    # "lexicon-index3-": (data hash, size, the marshalled (phrase starts, phrase heads)), the phrases
    # unmarshalled when asked; "lexicon-index2-" files, which older versions sharing the cache read,
    # hold the four side by side
    index_file = whole_file.with_name(whole_file.name.replace("lexicon-", "lexicon-index3-", 1))
    table_file = whole_file.with_name(whole_file.name.replace("lexicon-", "lexicon-table-", 1)).with_suffix(".sqlite")
    index = read_marshal(index_file)
    if isinstance(index, tuple) and len(index) == 3 and isinstance(index[2], bytes):
        data_hash, size, phrases = index
        whole = partial(_whole_lexicon, lang, whole_file, supplement_text)
        table = open_word_table(table_file, lambda: _stored_glosses(whole()[0]))
        if isinstance(table, WordTable):
            entries = FewWordsFirst(table, marshal.loads, lambda: whole()[0], max(1, min(size // WHOLE_AFTER, MAX_ROWS_READ)))
            return Lexicon(lang, entries, data_hash, partial(marshal.loads, phrases))
    entries, data_hash, phrase_starts = _whole_lexicon(lang, whole_file, supplement_text)
    phrases = (phrase_starts, phrase_heads(entries))
    prune_family(table_file, f"lexicon-table-{lang}-*.sqlite")
    if isinstance(open_word_table(table_file, lambda: _stored_glosses(entries)), WordTable):
        save_marshal_in_family(index_file, (data_hash, len(entries), marshal.dumps(phrases)), f"lexicon-index3-{lang}-*.marshal")
    return Lexicon(lang, entries, data_hash, partial(tuple, phrases))


def phrase_heads(entries: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Every run of two or more leading words of an entry that has more words after it: a window
    of the text whose words but the last are not one of them is no entry, whatever its last word."""
    return frozenset(" ".join(words[:size]) for key in entries if key.count(" ") >= 2
                     for words in [key.split(" ")] for size in range(2, len(words)))


def _whole_lexicon(lang: str, whole_file: Path, supplement_text: bytes) -> tuple:
    """(entries, data hash, phrase starts) from the kept marshal file, parsed when it is missing."""
    stored = read_marshal(whole_file)
    if isinstance(stored, tuple) and len(stored) == 3:
        return stored
    parsed = _parsed(lang, supplement_text)
    save_marshal_in_family(whole_file, parsed, f"lexicon-{lang}-*.marshal")
    return parsed


def _parsed(lang: str, supplement_text: bytes) -> tuple:
    import gzip  # here: a run reads the parsed lexicon kept in the cache directory, not the file

    raw = _data_file(lang).read_bytes()
    entries: dict[str, tuple[str, ...]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        key, _, glosses = line.partition("\t")
        entries[key] = tuple(glosses.split("|"))
    entries.update(SUPPLEMENT.get(lang, {}))
    phrase_starts = frozenset(key.partition(" ")[0] for key in entries if " " in key)
    data_hash = hashlib.sha256(raw + supplement_text).hexdigest()[:16]
    return entries, data_hash, phrase_starts


def _stored_glosses(entries: dict[str, tuple[str, ...]]) -> dict[str, bytes]:
    """A table row's glosses: the tuple marshalled, read back exactly whatever its text holds."""
    return {word: marshal.dumps(glosses) for word, glosses in entries.items()}


def _parsed_file(lang: str, supplement_text: bytes) -> Path | None:
    """Where the parsed lexicon is kept; None when the data file is not a file on disk (a zip)."""
    try:
        stat = os.stat(_data_file(lang))
    except (OSError, TypeError):
        return None
    made_from = f"{CODE_VERSION}-{stat.st_size}-{stat.st_mtime_ns}-{hashlib.sha256(supplement_text).hexdigest()[:12]}"
    return compiled_cache_dir() / f"lexicon-{lang}-{made_from}.marshal"


@lru_cache(maxsize=None)
def _lemmatizer(lang: str) -> Callable[[str], str]:
    """simplemma loads its per-language data on first use (about a second): only for languages we meet."""
    from ..lemmas import lemmatize as lemma_of

    # Remembered here too: a phrase look-up lemmatises the last word of each window, so a word is
    # asked up to three times in a row, and simplemma's own cache sits below two more calls.
    @lru_cache(maxsize=100_000)
    def lemmatize(token: str) -> str:
        try:
            return lemma_of(token, lang)
        except (ValueError, KeyError):
            return token

    return lemmatize


# ---------------------------------------------------------------- tokens


@dataclass
class Token:
    text: str
    sentence_initial: bool
    # Worked out once: a phrase look-up reads each token's form up to four times per start.
    lower: str = field(init=False, repr=False)
    is_number: bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.lower = self.text.lower().replace("’", "'")
        self.is_number = self.text[0].isdigit()

    @property
    def is_acronym(self) -> bool:
        first = self.text[0]
        if first.islower() and first.isalpha():  # most words: answered by their first letter
            return False
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    tokens, previous_end = [], 0
    for match in TOKEN_RE.finditer(text):
        gap = text[previous_end : match.start()]
        initial = not tokens or bool(SENTENCE_BREAK_RE.search(gap))
        tokens.append(Token(match.group(), initial))
        previous_end = match.end()
    return tokens


# ---------------------------------------------------------------- the translator


class LexiconTranslator:
    """Dictionary translation into English. `glosses` English alternatives are emitted per source word (1 reads
    best; more raises recall for fuzzy matching at the cost of noise)."""

    name = "lexicon"

    def __init__(self, glosses: int = 1):
        self.glosses = max(1, int(glosses))

    @property
    def version(self) -> str:
        return f"{CODE_VERSION}-g{self.glosses}-{_data_files_hash()}"

    def translate(self, texts: list[str], source_lang: str) -> list[str]:
        lang = base_lang(source_lang)
        if lang == PIVOT_LANG:
            return list(texts)
        if lang not in LANGUAGES:
            log.warning("lexicon translator has no dictionary for %r: claims are compared untranslated", lang)
            return list(texts)
        sentence = _SentenceTranslator(load_lexicon(lang), _lemmatizer(lang), self.glosses)
        return [sentence.translate(text) for text in texts]


@lru_cache(maxsize=None)
def _data_files_hash() -> str:
    """Hashing the 4.3 MB of data files cost every run ~15 ms: the hash is kept in the cache
    directory under what it was made from (the data files' sizes and times, as for the parsed
    lexicons, and the source and supplement themselves)."""
    try:
        made_from = tuple((lang, stat.st_size, stat.st_mtime_ns) for lang in LANGUAGES
                          for stat in [os.stat(_data_file(lang))])
    except (OSError, TypeError):  # not files on disk (a zip): hashed in every run
        return _hash_of_data_files()
    source = hashlib.sha256(Path(__file__).read_bytes() + _supplement_text()).hexdigest()
    return kept("lexicon-data-hash-1", (CODE_VERSION, source, made_from), _hash_of_data_files)


def _hash_of_data_files() -> str:
    # The pipeline's own source is hashed too: a code change must not serve translations cached by older code.
    digest = hashlib.sha256(CODE_VERSION.encode() + Path(__file__).read_bytes())
    for lang in LANGUAGES:
        digest.update(_data_file(lang).read_bytes())
        digest.update(_supplement_text(lang))
    return digest.hexdigest()[:16]


def _supplement_text(*langs: str) -> bytes:
    return b"".join(repr((sorted(SUPPLEMENT.get(lang, {}).items()), sorted(NOT_COMPOUND_PARTS.get(lang, ())),
                          COGNATE_ENDINGS.get(lang), sorted(COMBINING_FORMS.get(lang, {}).items()))).encode()
                     for lang in langs or LANGUAGES)


class _SentenceTranslator:
    def __init__(self, lexicon: Lexicon, lemmatize: Callable[[str], str], glosses: int):
        self.lexicon = lexicon
        self.lang = lexicon.lang
        self.lemmatize = lemmatize
        self.glosses = glosses

    def translate(self, text: str) -> str:
        tokens = tokenize(text)
        output: list[str] = []
        index = 0
        while index < len(tokens):
            consumed, words = self._phrase(tokens, index)
            if not consumed:
                consumed, words = 1, self._token(tokens[index])
            output.extend(words)
            index += consumed
        return " ".join(output)

    # -- multi-word expressions

    def _phrase(self, tokens: list[Token], start: int) -> tuple[int, list[str]]:
        """Longest dictionary phrase starting at `start` ("in de steek laten", "al mismo tiempo")."""
        if not self.lexicon.starts_phrase(tokens[start].lower):  # most words start none: skip the lookups
            return 0, []
        for length in range(min(MAX_PHRASE, len(tokens) - start), 1, -1):
            window = tokens[start : start + length]
            if any(t.is_number for t in window):
                continue
            words = [t.lower for t in window]
            # Both look-ups below begin with the window's words but the last: when no entry of three
            # or more words does, skip them (94 % of the longer windows of the NTREX batch)
            if length > 2 and not self.lexicon.continues_phrase(words[:-1]):
                continue
            glosses = self._lookup_phrase(words)
            if glosses:
                return length, self._emit(glosses)
        return 0, []

    def _lookup_phrase(self, words: list[str]) -> tuple[str, ...] | None:
        glosses = self.lexicon.get(" ".join(words))
        if glosses is None:  # inflected last word: "in de steek liet" -> "in de steek laten"
            lemma = self._lemma(words[-1])
            glosses = self.lexicon.get(" ".join(words[:-1] + [lemma]))
        return glosses

    # -- single tokens

    def _token(self, token: Token) -> list[str]:
        if token.is_number or token.is_acronym:
            return [token.text]
        if self._looks_like_name(token):
            return [token.text]
        glosses = self._lookup_word(token.lower)
        if glosses:
            return self._emit(glosses)
        if "-" in token.text:  # "BBM-berichten", "Service-data": each piece as a token of its own
            pieces = [p for p in token.text.split("-") if p]
            return [w for i, p in enumerate(pieces) for w in self._hyphen_piece(p, token.sentence_initial and not i, i == len(pieces) - 1)]
        parts = self._split_parts(token.lower)
        if parts:
            return [w for part in parts for w in self._emit(part)]
        # Unknown: a name at the start of a sentence keeps its case; other words are usually cognates.
        return [token.text if token.is_capitalised else token.lower]

    def _hyphen_piece(self, piece: str, sentence_initial: bool, last: bool) -> list[str]:
        """A piece before a hyphen may be a combining form ("franco-" -> "French"), not the word it resembles."""
        combining = None if last else COMBINING_FORMS.get(self.lang, {}).get(piece.lower())
        if combining is None:
            return self._token(Token(piece, sentence_initial))
        return [combining] if combining else []

    def _looks_like_name(self, token: Token) -> bool:
        """A capitalised word inside a sentence is a name unless the dictionary knows it as a proper noun
        ("Pakistaanse" -> "Pakistani"). German capitalises every noun, so there only unknown words are names, or
        words that some FreeDict dictionary glosses with themselves (the build marks those: "Leiden" is the city,
        not "disease"; in Dutch not "lead")."""
        if not token.is_capitalised or token.sentence_initial:
            return False
        glosses = self._lookup_word(token.lower)
        if glosses and token.text in glosses:
            return True
        if glosses is None and "-" in token.text:
            return not self._has_common_word_piece(token.text)
        if self.lang == "de":
            return glosses is None and split_compound(token.lower, self._known_part) is None
        return glosses is None or not glosses[0][:1].isupper()

    def _has_common_word_piece(self, text: str) -> bool:
        """ "BBM-berichten" is an acronym plus a word, translated piece by piece; "Jong-un" and "Baden-Württemberg"
        are names (short pieces such as "un" do not count: they are names' syllables as often as words)."""
        pieces = text.split("-")[1:]
        return any(p[:1].islower() and len(p) >= 3 and self._lookup_word(p.lower()) for p in pieces)

    def _lookup_word(self, word: str) -> tuple[str, ...] | None:
        remembered = self.lexicon.looked_up
        glosses = remembered.get(word, NOT_LOOKED_UP)
        if glosses is NOT_LOOKED_UP:
            if len(remembered) >= MAX_WORDS_REMEMBERED:
                remembered.clear()
            glosses = remembered[word] = self._looked_up_word(word)
        return glosses

    def _looked_up_word(self, word: str) -> tuple[str, ...] | None:
        glosses = self.lexicon.get(word)
        if glosses is None:
            glosses = self._elided(word)
        if glosses is None:
            lemma = self._lemma(word)
            if lemma != word:
                glosses = self.lexicon.get(lemma)
        if glosses is None:
            glosses = next(filter(None, map(self.lexicon.get, _stem_guesses(word, self.lang))), None)
        if glosses is None:
            glosses = _cognate(word, self.lang)
        return glosses

    def _lemma(self, word: str) -> str:
        lemma = self.lemmatize(word).lower()
        # Dutch separable verbs come back as "uit_stellen": the dictionary lists "uitstellen".
        return lemma.replace("_", "")

    def _elided(self, word: str) -> tuple[str, ...] | None:
        match = ELISION_RE.match(word) if self.lang in ("fr", "it") else None
        if not match:
            return None
        article = self.lexicon.get(match.group(1) + "'") or ()
        rest = self._lookup_word(match.group(2)) or (match.group(2),)
        return tuple(f"{a} {r}" for a in article[:1] for r in rest[:1]) or rest

    # -- compounds and hyphenated words

    def _split_parts(self, word: str) -> list[tuple[str, ...]] | None:
        """Glosses of the parts of a hyphenated word or a Dutch/German compound, or None."""
        if "-" in word:
            return [glosses for piece in word.split("-") if piece for glosses in self._piece(piece)]
        if self.lang in COMPOUND_LANGS:
            parts = split_compound(word, self._known_part) or split_unknown_modifier(word, self._known_part)
            if parts:
                return [self._lookup_word(p) or (p,) for p in parts]
        return None

    def _piece(self, word: str) -> list[tuple[str, ...]]:
        """One piece of a hyphenated word ("BBM-berichten", "Service-data"): word, compound, or unchanged."""
        glosses = self._lookup_word(word)
        if glosses:
            return [glosses]
        parts = split_compound(word, self._known_part) if self.lang in COMPOUND_LANGS else None
        if parts:
            return [self._lookup_word(p) or (p,) for p in parts]
        return [(word,)]

    def _known_part(self, part: str) -> bool:
        if " " in part or part in NOT_COMPOUND_PARTS.get(self.lang, ()):
            return False
        return self._lookup_word(part) is not None

    def _emit(self, glosses: tuple[str, ...]) -> list[str]:
        return [g if g[:1].isupper() else g.lower() for g in glosses[: self.glosses]]


def _stem_guesses(word: str, lang: str) -> list[str]:
    """Fallback de-inflection where simplemma has no entry: possessive/plural "'s" ("risico's"), and Dutch
    adjective/plural endings with vowel doubling ("pakistanse" -> "pakistaans", "aziatische" -> "aziatisch")."""
    guesses = []
    if word.endswith(("'s", "’s")):
        guesses.append(word[:-2])
    if lang == "nl":
        for ending in ("e", "en", "s"):
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3:
                guesses.append(stem)
                guesses.append(_double_vowel(stem))
    return guesses


def _cognate(word: str, lang: str) -> tuple[str, ...] | None:
    """The English form of a Latin-derived word by its ending ("renovatie" -> "renovation"), when that form is
    a common English word; the first ending that fits decides (they are listed longest first)."""
    for ending, english in COGNATE_ENDINGS.get(lang, ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            candidate = word[: -len(ending)] + english
            return (candidate,) if candidate in common_english_words() else None
    return None


def _double_vowel(stem: str) -> str:
    """Dutch open syllable spelling: "pakistans" -> "pakistaans" (the adjective lost a vowel before -e)."""
    match = re.match(r"^(.*[^aeiou])([aeou])([^aeiou]+)$", stem)
    return f"{match.group(1)}{match.group(2) * 2}{match.group(3)}" if match else stem


MIN_INFLECTED_STEM = 4  # "spott" + s; shorter stems are names' syllables as often as words


@lru_cache(maxsize=50_000)
def senses(word: str, lang: str) -> tuple[str, ...]:
    """Every gloss of a word ("Comercio" -> business / trade / commerce): the translator keeps
    the first sense, a name may use another ("Ministry of Economy, Trade and Industry")."""
    if lang == "en":
        return ()
    entries = load_lexicon(lang).entries
    word = word.lower()
    # The inflected form and its lemma may have other glosses ("Schotse": Scotswoman; "schots": Scottish).
    return tuple(dict.fromkeys((*entries.get(word, ()), *entries.get(_lemmatizer(lang)(word), ()))))


@lru_cache(maxsize=50_000)
def part_senses(word: str, lang: str) -> tuple[tuple[str, ...], ...] | None:
    """The English senses of each part of a Dutch or German word that the dictionary knows only in
    parts: a compound ("beleidsonderzoek" -> (policy, politics, prudence), (investigation, research))
    or a known word with a linking or genitive ending ("unabhängigkeits" -> (independence,)).
    None for a word known whole, for other languages, and for a word no parts cover (most names)."""
    if lang not in COMPOUND_LANGS:
        return None
    sentence = _SentenceTranslator(load_lexicon(lang), _lemmatizer(lang), 1)
    word = word.lower()
    if sentence._lookup_word(word) is not None:
        return None
    stems = (word[: -len(link)] for link in LINKING_ELEMENTS if link and word.endswith(link))
    parts = split_compound(word, sentence._known_part) or next(
        ([stem] for stem in stems if len(stem) >= MIN_INFLECTED_STEM and sentence._known_part(stem)), None)
    return tuple(sentence._lookup_word(part) or () for part in parts) if parts else None


def split_unknown_modifier(word: str, known: Callable[[str], bool]) -> list[str] | None:
    """Last resort for compounds whose modifier is a cognate missing from the dictionary:
    "telecommunicatieautoriteiten" -> ["telecommunicatie", "autoriteiten"] (longest known head of >= 5 letters)."""
    for cut in range(5, len(word) - 4):
        if known(word[cut:]):
            return [word[:cut], word[cut:]]
    return None


def split_compound(word: str, known: Callable[[str], bool], depth: int = 0) -> list[str] | None:
    """Greedy longest-known-prefix split with linking elements: "telekommunikationsbehörde" ->
    ["telekommunikation", "behörde"]. Returns None when the word cannot be covered by known parts."""
    if depth > 3 or len(word) < 2 * MIN_COMPOUND_PART:
        return None
    for cut in range(len(word) - MIN_COMPOUND_PART, MIN_COMPOUND_PART - 1, -1):
        head = word[:cut]
        if not known(head):
            continue
        rest = word[cut:]
        for link in LINKING_ELEMENTS:
            if not rest.startswith(link):
                continue
            tail = rest[len(link) :]
            if len(tail) < MIN_COMPOUND_PART:
                continue
            if known(tail):
                return [head, tail]
            deeper = split_compound(tail, known, depth + 1)
            if deeper:
                return [head] + deeper
    return None
