"""Parsed lexicons kept in the cache directory (translate/lexicon.py): a lexicon read back from
the cache is the lexicon parsed from the shipped file, and a damaged cache only costs the parse."""

import pytest

from factcheck.cachefile import COMPILED_CACHE_ENV
from factcheck.translate import lexicon


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(COMPILED_CACHE_ENV, str(tmp_path / "compiled"))
    lexicon.load_lexicon.cache_clear()
    yield tmp_path / "compiled"
    lexicon.load_lexicon.cache_clear()


def _fields(lex):
    return lex.lang, lex.entries, lex.data_hash, lex.phrase_starts


def test_cached_lexicon_equals_the_parsed_one(cache_dir, monkeypatch):
    parsed = lexicon.load_lexicon("it")
    (stored,) = cache_dir.glob("lexicon-it-*.marshal")
    lexicon.load_lexicon.cache_clear()
    monkeypatch.setattr(lexicon.gzip, "decompress", lambda raw: pytest.fail("parsed again"))
    assert _fields(lexicon.load_lexicon("it")) == _fields(parsed)
    assert parsed.get("casa") and parsed.phrase_starts  # a real lexicon, not an empty one


def test_a_damaged_cache_file_is_parsed_again(cache_dir):
    parsed = lexicon.load_lexicon("it")
    (stored,) = cache_dir.glob("lexicon-it-*.marshal")
    stored.write_bytes(b"\x00damaged")
    lexicon.load_lexicon.cache_clear()
    assert _fields(lexicon.load_lexicon("it")) == _fields(parsed)


def test_a_changed_supplement_is_not_served_from_the_old_file(cache_dir, monkeypatch):
    lexicon.load_lexicon("it")
    lexicon.load_lexicon.cache_clear()
    monkeypatch.setitem(lexicon.SUPPLEMENT, "it", {**lexicon.SUPPLEMENT.get("it", {}), "parolaprova": ("test word",)})
    assert lexicon.load_lexicon("it").get("parolaprova") == ("test word",)
    assert len(list(cache_dir.glob("lexicon-it-*.marshal"))) == 1  # the older file is replaced
