"""Parsed lexicons kept in the cache directory (translate/lexicon.py): a lexicon read back from
the cache is the lexicon parsed from the shipped file, and a damaged cache only costs the parse."""

import gzip

import pytest

from factcheck.cachefile import COMPILED_CACHE_ENV, KEPT_PER_FAMILY
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
    monkeypatch.setattr(gzip, "decompress", lambda raw: pytest.fail("parsed again"))
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
    assert len(list(cache_dir.glob("lexicon-it-*.marshal"))) == 2  # the new file beside the older one


def test_parsed_files_of_other_installations_are_kept_up_to_a_few(cache_dir):
    """Two installations sharing the cache name their files differently (their data files' times):
    each keeps its own instead of deleting the other's, and the oldest go beyond KEPT_PER_FAMILY."""
    import os

    cache_dir.mkdir(parents=True)
    others = [cache_dir / f"lexicon-it-other{i}.marshal" for i in range(KEPT_PER_FAMILY + 1)]
    for age, other in enumerate(others):
        other.write_bytes(b"x")
        os.utime(other, (1_000_000 - age, 1_000_000 - age))  # others[0] the newest
    lexicon.load_lexicon("it")
    kept = set(cache_dir.glob("lexicon-it-*.marshal"))
    assert len(kept) == KEPT_PER_FAMILY
    assert set(others[: KEPT_PER_FAMILY - 1]) <= kept  # the newest others survive
    assert not kept & set(others[KEPT_PER_FAMILY - 1:])  # the oldest are gone


def test_the_reverse_lexicon_read_back_equals_the_one_built(cache_dir, monkeypatch):
    import marshal

    from factcheck.compare import stance

    build = stance._reverse_lexicon_built
    stance._reverse_lexicon.cache_clear()
    stance._reverse_lexicon("it")
    (stored,) = cache_dir.glob("reverse-lexicon-it-*.sqlite")
    stance._reverse_lexicon.cache_clear()
    monkeypatch.setattr(stance, "_reverse_lexicon_built", lambda lexicon: pytest.fail("built again"))
    read_back = stance._reverse_lexicon("it")
    stance._reverse_lexicon.cache_clear()
    built = build(lexicon.load_lexicon("it"))
    assert {english: marshal.loads(words) for english, words in read_back.items()} == built
    assert "house" in built and "casa" in built["house"]  # a real index, English word -> headwords


def test_the_reverse_lexicon_serves_without_a_writable_cache(cache_dir, monkeypatch):
    from factcheck.compare import stance

    cache_dir.parent.mkdir(parents=True, exist_ok=True)
    cache_dir.write_text("a file where the cache directory should be")
    stance._reverse_lexicon.cache_clear()
    stance._source_words_for.cache_clear()
    try:
        assert "casa" in stance._source_words_for(("house",), "it")
    finally:
        stance._reverse_lexicon.cache_clear()
        stance._source_words_for.cache_clear()


def test_the_kept_data_hash_follows_the_data_files(cache_dir, monkeypatch, tmp_path):
    """The translator's version (the translation cache's key) hashes the data files; the hash is
    kept under their sizes and times, and a changed file gives a new one, not the kept one."""
    copies = tmp_path / "data"
    copies.mkdir()
    for lang in lexicon.LANGUAGES:
        (copies / f"{lang}.tsv.gz").write_bytes(lexicon._data_file(lang).read_bytes())
    monkeypatch.setattr(lexicon, "_data_file", lambda lang: copies / f"{lang}.tsv.gz")
    lexicon._data_files_hash.cache_clear()
    first = lexicon._data_files_hash()
    assert first == lexicon._hash_of_data_files()

    lexicon._data_files_hash.cache_clear()
    with monkeypatch.context() as patched:
        patched.setattr(lexicon, "_hash_of_data_files", lambda: pytest.fail("hashed again"))
        assert lexicon._data_files_hash() == first  # from the kept file

    (copies / "it.tsv.gz").write_bytes((copies / "it.tsv.gz").read_bytes() + b"\x00changed")
    lexicon._data_files_hash.cache_clear()
    assert lexicon._data_files_hash() not in (first, None)
    lexicon._data_files_hash.cache_clear()


def test_a_later_run_reads_few_words_from_the_table_and_many_from_the_whole_lexicon(cache_dir, monkeypatch):
    from factcheck.wordtable import FewWordsFirst

    parsed = lexicon.load_lexicon("it")
    assert isinstance(parsed.entries, dict)  # the first run parsed it and kept it both ways
    lexicon.load_lexicon.cache_clear()
    later = lexicon.load_lexicon("it")
    entries = later.entries
    assert isinstance(entries, FewWordsFirst)
    assert (later.data_hash, later.phrase_starts, later.phrase_heads) == (parsed.data_hash, parsed.phrase_starts, parsed.phrase_heads)
    assert parsed.phrase_heads  # kept with the index, not worked out from the whole lexicon
    words = sorted(parsed.entries)[:: max(1, len(parsed.entries) // (2 * entries._limit))]
    few = words[: entries._limit // 2] + ["nonesuchword"]
    assert [later.get(w) for w in few] == [parsed.entries.get(w) for w in few]
    assert "casa" in entries and "nonesuchword" not in entries
    assert entries._whole is None  # read row by row
    with monkeypatch.context() as patched:
        reads = []
        read_marshal = lexicon.read_marshal
        patched.setattr(lexicon, "read_marshal", lambda path: reads.append(path) or read_marshal(path))
        assert [later.get(w) for w in words] == [parsed.entries.get(w) for w in words]
        assert len(reads) == 1 and reads[0].name.startswith("lexicon-it-")  # past the limit: loaded once
    assert entries._whole == parsed.entries and len(entries) == len(parsed.entries)


def test_a_read_only_cache_directory_serves_the_parsed_lexicon(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(COMPILED_CACHE_ENV, str(blocker / "compiled"))
    lexicon.load_lexicon.cache_clear()
    try:
        assert lexicon.load_lexicon("it").get("casa")
        lexicon.load_lexicon.cache_clear()
        assert isinstance(lexicon.load_lexicon("it").entries, dict)
    finally:
        lexicon.load_lexicon.cache_clear()


def test_a_damaged_table_is_built_again(cache_dir):
    parsed = lexicon.load_lexicon("it")
    (table,) = cache_dir.glob("lexicon-table-it-*.sqlite")
    table.write_bytes(b"not a database")
    lexicon.load_lexicon.cache_clear()
    assert lexicon.load_lexicon("it").get("casa") == parsed.get("casa")


def test_a_lexicon_read_back_reads_its_phrase_index_only_when_a_phrase_is_asked(cache_dir):
    """A name glossed by other languages asks their lexicons a word or two: German's 18,000 phrase
    starts are not unmarshalled for that; the translator's first phrase look-up reads them."""
    parsed = lexicon.load_lexicon("it")
    lexicon.load_lexicon.cache_clear()
    later = lexicon.load_lexicon("it")
    assert later.get("casa") == parsed.get("casa")
    assert "_phrase_index" not in vars(later)  # glosses asked, phrases not read
    start = next(iter(parsed.phrase_starts))
    assert later.starts_phrase(start) and not later.starts_phrase("nonesuchword")
    assert "_phrase_index" in vars(later)
    assert (later.phrase_starts, later.phrase_heads) == (parsed.phrase_starts, parsed.phrase_heads)


def test_an_index_of_the_older_layout_is_written_again_in_the_new_one(cache_dir):
    from factcheck.cachefile import read_marshal, save_marshal

    parsed = lexicon.load_lexicon("it")
    (index,) = cache_dir.glob("lexicon-index3-it-*.marshal")
    older = index.with_name(index.name.replace("index3", "index2"))
    save_marshal(older, (parsed.data_hash, parsed.phrase_starts, len(parsed.entries), parsed.phrase_heads))
    save_marshal(index, (parsed.data_hash, parsed.phrase_starts, len(parsed.entries), parsed.phrase_heads))
    lexicon.load_lexicon.cache_clear()
    later = lexicon.load_lexicon("it")  # four fields: not this layout, so built again
    assert (later.data_hash, later.phrase_starts, later.phrase_heads) == (parsed.data_hash, parsed.phrase_starts, parsed.phrase_heads)
    data_hash, size, phrases = read_marshal(index)
    assert (data_hash, size) == (parsed.data_hash, len(parsed.entries)) and isinstance(phrases, bytes)
    assert read_marshal(older)[1] == parsed.phrase_starts  # an older version's file is left to it
