"""The lemma lists behind factcheck.lemmas: built once into the cache, read after, same lemmas as
simplemma's own in-memory dictionaries."""

import os

import pytest
import simplemma

from factcheck import lemmas

WORDS = {
    "en": ["houses", "said", "children", "better", "Elections", "ran", "Qwxzy"],
    "nl": ["huizen", "zeiden", "kinderen", "verkiezingen", "liep"],
}


@pytest.fixture
def trie_factory(tmp_path):
    return lambda: lemmas.WordTableFactory(tmp_path)


def test_a_language_is_built_on_first_use_then_mapped(trie_factory, tmp_path):
    first = trie_factory().get_dictionary("en")
    built = tmp_path / "en.sqlite"
    assert built.is_file() and not (tmp_path / "nl.sqlite").exists()  # only the language asked for
    stamp = built.stat().st_mtime_ns
    second = trie_factory().get_dictionary("en")
    assert built.stat().st_mtime_ns == stamp  # read back, not rebuilt
    assert second.get("houses") == first.get("houses") == "house"
    assert second.get("Qwxzy") is None


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_same_lemmas_as_simplemma(trie_factory, lang):
    from simplemma.strategies import DefaultStrategy

    mapped = simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=trie_factory()))
    for word in WORDS[lang]:
        assert mapped.lemmatize(word, lang) == simplemma.lemmatize(word, lang=lang), word


def test_known_words_and_languages_as_simplemma():
    assert lemmas.is_known("huizen", "nl") == simplemma.is_known("huizen", lang="nl") is True
    assert lemmas.is_known("qwxzy", "nl") is False
    assert lemmas.lemmatize("Nominierungsprozesses", "de", greedy=True) == simplemma.lemmatize(
        "Nominierungsprozesses", lang="de", greedy=True)
    with pytest.raises(ValueError):
        lemmas.lemmatize("word", "xx")
    with pytest.raises(ValueError):
        lemmas.is_known("", "en")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_cache_only_costs_speed(trie_factory, tmp_path):
    tmp_path.chmod(0o500)
    try:
        assert trie_factory().get_dictionary("en").get("children") == "child"
        assert not (tmp_path / "en.sqlite").exists()
    finally:
        tmp_path.chmod(0o700)


def test_a_cache_that_cannot_be_created_only_costs_speed(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    factory = lemmas.WordTableFactory(blocked / "lemmas")
    assert factory.get_dictionary("en").get("children") == "child"


def test_a_corrupt_cache_file_is_built_again(trie_factory, tmp_path):
    (tmp_path / "en.sqlite").write_bytes(b"not a database")
    assert trie_factory().get_dictionary("en").get("children") == "child"
    assert (tmp_path / "en.sqlite").stat().st_size > 1000  # rebuilt


def test_a_forked_process_opens_its_own_connection(trie_factory):
    table = trie_factory().get_dictionary("en")
    assert table.get("children") == "child"  # the parent's connection is open now
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: the same table object, used after the fork
        os.close(reader)
        answer = f"{table.get('houses')} {table._pid == os.getpid()}"  # noqa: SLF001 - its own connection
        os.write(writer, answer.encode())
        os._exit(0)
    os.close(writer)
    answer = os.read(reader, 100).decode()
    os.waitpid(pid, 0)
    assert answer == "house True" and table.get("houses") == "house"


def test_a_relative_cache_directory_works(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    table = lemmas.WordTableFactory(lemmas.Path("relative cache")).get_dictionary("en")
    assert table.get("children") == "child"
    assert (tmp_path / "relative cache" / "en.sqlite").is_file()


def test_the_compiled_cache_variable_moves_the_lemma_tables_too(monkeypatch, tmp_path):
    # One variable moves every file derived from what is installed; the lemma tables' own
    # variable still wins when both are set.
    from factcheck.cachefile import COMPILED_CACHE_ENV
    from factcheck.lemmas import LEMMA_CACHE_ENV, lemma_cache_dir

    monkeypatch.delenv(LEMMA_CACHE_ENV, raising=False)
    monkeypatch.setenv(COMPILED_CACHE_ENV, str(tmp_path / "derived"))
    assert (tmp_path / "derived") in lemma_cache_dir().parents
    monkeypatch.setenv(LEMMA_CACHE_ENV, str(tmp_path / "lemmas"))
    assert lemma_cache_dir() == tmp_path / "lemmas"
