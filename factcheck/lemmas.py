"""simplemma behind one door, with its word lists in a form that loads in a millisecond.

simplemma ships each language's lemma list front-coded and lzma-compressed and decodes it into a
dict in pure Python: 0.25 s for English, 1.8 s for German, in every run and every worker. Here the
list is decoded once per simplemma version into a MARISA trie in the cache directory (simplemma's
own trie format, `marisa-trie`), which later runs memory-map: 1-2 ms, and worker processes share
the pages. Only the languages a run meets are touched. Without `marisa-trie`, or when the cache
directory cannot be written, simplemma's own in-memory dictionaries are used: same lemmas, slower.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import simplemma
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY, DefaultDictionaryFactory
from simplemma.strategies.dictionaries.dictionary_factory import CachingDictionaryFactory
from simplemma.utils import normalize_token

from .cachefile import save_atomically

CACHE_SUBDIR = "lemmas"
LEMMA_CACHE_ENV = "FACTCHECK_LEMMA_CACHE_DIR"


def lemma_cache_dir() -> Path:
    """Shared by every run of the same simplemma version (a pure function of the installed data,
    so unlike the translation cache it need not follow --cache-dir)."""
    if os.environ.get(LEMMA_CACHE_ENV):
        return Path(os.environ[LEMMA_CACHE_ENV])
    import platformdirs

    return Path(platformdirs.user_cache_dir("factcheck")) / CACHE_SUBDIR / f"simplemma-{simplemma.__version__}"


class _MappedTrie(Mapping):
    """simplemma's dictionary interface (`get`) over a memory-mapped marisa BytesTrie."""

    __slots__ = ("_trie",)

    def __init__(self, trie) -> None:
        self._trie = trie

    def get(self, key: str, default=None):
        values = self._trie.get(key)
        return values[0].decode() if values else default

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __iter__(self):
        return iter(self._trie.iterkeys())

    def __len__(self) -> int:
        return len(self._trie)


class MappedTrieFactory(CachingDictionaryFactory):
    """Builds `<lang>.marisa` on first use (atomically: parallel runs may race) and maps it after."""

    def __init__(self, cache_dir: Path) -> None:
        self._cache_dir = cache_dir
        super().__init__(cache_max_size=64)

    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
        import marisa_trie

        path = self._cache_dir / f"{lang}.marisa"
        trie = marisa_trie.BytesTrie()
        try:
            return _MappedTrie(trie.mmap(str(path)))
        except (OSError, RuntimeError, ValueError):
            pass  # not built yet (or unreadable): build it
        words = DefaultDictionaryFactory(cache_max_size=0).get_dictionary(lang)  # ValueError: unsupported
        built = marisa_trie.BytesTrie((word, lemma.encode()) for word, lemma in words.items())
        save_atomically(path, built.save)
        return _MappedTrie(built)


@lru_cache(maxsize=1)
def _factory():
    try:
        import marisa_trie  # noqa: F401
    except ImportError:
        return DEFAULT_DICTIONARY_FACTORY
    return MappedTrieFactory(lemma_cache_dir())


@lru_cache(maxsize=2)
def _lemmatizer(greedy: bool) -> simplemma.Lemmatizer:
    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(greedy=greedy, dictionary_factory=_factory()))


@lru_cache(maxsize=1)
def _lookup() -> DictionaryLookupStrategy:
    return DictionaryLookupStrategy(_factory())


def lemmatize(token: str, lang: str, greedy: bool = False) -> str:
    """As `simplemma.lemmatize`; ValueError for a language simplemma does not cover."""
    return _lemmatizer(greedy).lemmatize(token, lang)


def is_known(token: str, lang: str) -> bool:
    """As `simplemma.is_known` for one language; ValueError for an empty token or a language it
    does not cover."""
    if not token:
        raise ValueError("Wrong input value: empty string")
    return _lookup().get_lemma(normalize_token(token), lang) is not None
