"""simplemma behind one door, with its word lists in a form that loads in a millisecond.

simplemma ships each language's lemma list front-coded and lzma-compressed and decodes it into a
dict in pure Python: 0.25 s for English, 1.8 s for German, in every run and every worker. Here the
list is decoded once per simplemma version into an SQLite table in the cache directory (the
standard library's `sqlite3`; it replaced a `marisa-trie` file, a 6 MB dependency, at the same
speed: BENCHMARKS.md, issue 15), which later runs open in a millisecond, and worker processes share
its pages through the page cache. Only the languages a run meets are touched. When the cache
directory cannot be written, simplemma's own in-memory dictionaries are used: same lemmas, slower
(factcheck/wordtable.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from .lazyre import library_patterns_kept
from .wordtable import open_word_table

with library_patterns_kept():  # its rules for 21 languages compile ~350 patterns at import
    import simplemma
    from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    from simplemma.strategies.dictionaries.dictionary_factory import CachingDictionaryFactory
    from simplemma.utils import normalize_token

CACHE_SUBDIR = "lemmas"
LEMMA_CACHE_ENV = "FACTCHECK_LEMMA_CACHE_DIR"


def lemma_cache_dir() -> Path:
    """Shared by every run of the same simplemma version (a pure function of the installed data,
    so unlike the translation cache it need not follow --cache-dir)."""
    if os.environ.get(LEMMA_CACHE_ENV):
        return Path(os.environ[LEMMA_CACHE_ENV])
    from .cachefile import COMPILED_CACHE_ENV

    if os.environ.get(COMPILED_CACHE_ENV):  # moves every derived file, these included
        root = Path(os.environ[COMPILED_CACHE_ENV])
    else:
        import platformdirs

        root = Path(platformdirs.user_cache_dir("factcheck"))
    return root / CACHE_SUBDIR / f"simplemma-{simplemma.__version__}"


class WordTableFactory(CachingDictionaryFactory):
    """Builds `<lang>.sqlite` on first use (atomically: parallel runs may race) and reads it after;
    simplemma's own dictionary when the cache cannot be written."""

    def __init__(self, cache_dir: Path) -> None:
        self._cache_dir = cache_dir
        super().__init__(cache_max_size=64)

    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
        # ValueError from simplemma's own factory for a language it does not cover
        return open_word_table(self._cache_dir / f"{lang}.sqlite", lambda: DefaultDictionaryFactory(cache_max_size=0).get_dictionary(lang))


@lru_cache(maxsize=1)
def _factory():
    return WordTableFactory(lemma_cache_dir())


@lru_cache(maxsize=2)
def _lemmatizer(greedy: bool) -> simplemma.Lemmatizer:
    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(greedy=greedy, dictionary_factory=_factory()))


@lru_cache(maxsize=1)
def _lookup() -> DictionaryLookupStrategy:
    return DictionaryLookupStrategy(_factory())


def split_sentences(text: str, lang: str) -> list[str]:
    """As `simplemma.split_sentences`."""
    return simplemma.split_sentences(text, lang=lang)


def lemmatize(token: str, lang: str, greedy: bool = False) -> str:
    """As `simplemma.lemmatize`; ValueError for a language simplemma does not cover."""
    return _lemmatizer(greedy).lemmatize(token, lang)


def is_known(token: str, lang: str) -> bool:
    """As `simplemma.is_known` for one language; ValueError for an empty token or a language it
    does not cover."""
    if not token:
        raise ValueError("Wrong input value: empty string")
    return _lookup().get_lemma(normalize_token(token), lang) is not None
