"""Dataclass methods compiled once across runs (factcheck/kept_code.py): a class made from kept
code behaves as one made by `dataclasses` alone, and a damaged or unwritable cache only costs the
compilation."""

import dataclasses
import inspect

import pytest

from factcheck import kept_code
from factcheck.cachefile import COMPILED_CACHE_ENV, KeptAcrossRuns, read_kept


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(COMPILED_CACHE_ENV, str(tmp_path / "compiled"))
    _fresh_process_view(monkeypatch)
    return tmp_path / "compiled"


def _fresh_process_view(monkeypatch):
    """What a later run sees: nothing in memory, only the file."""
    monkeypatch.setattr(kept_code, "_KEPT", KeptAcrossRuns(kept_code._KEPT.file_name, kept_code.MAX_SOURCES))


def _make_class():
    @dataclasses.dataclass(frozen=True, order=True)
    class Span:
        start: int
        end: int = 0
        labels: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Span


def _behaves_as_plain_dataclass(made):
    plain = _make_class()
    assert inspect.signature(made) == inspect.signature(plain)
    assert inspect.signature(made.__init__).parameters["start"].annotation is int  # not the string "int"
    assert repr(made(3, 5, ("a",))).endswith("Span(start=3, end=5, labels=('a',))")
    assert made(3) == made(3, 0, ()) and made(1, 9) < made(2, 0)
    assert hash(made(3, 5)) == hash(made(3, 5))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made(1).start = 2
    with pytest.raises(TypeError):
        made()


def test_a_class_made_from_kept_code_is_the_plain_dataclass(cache_dir, monkeypatch):
    with kept_code.generated_code_kept():
        _behaves_as_plain_dataclass(_make_class())
    kept_code._KEPT.save()
    assert len(list(cache_dir.glob("code-*.kept"))) == 1

    _fresh_process_view(monkeypatch)
    compiled = []
    monkeypatch.setattr(kept_code, "compile", lambda *args, **kwargs: compiled.append(args), raising=False)
    with kept_code.generated_code_kept():
        _behaves_as_plain_dataclass(_make_class())
    assert compiled == []  # every method came from the file


def test_a_damaged_cache_file_costs_only_the_compilation(cache_dir, monkeypatch):
    with kept_code.generated_code_kept():
        _make_class()
    kept_code._KEPT.save()
    (path,) = cache_dir.glob("code-*.kept")
    path.write_bytes(b"\x00not marshal data")
    _fresh_process_view(monkeypatch)
    with kept_code.generated_code_kept():
        _behaves_as_plain_dataclass(_make_class())


def test_an_entry_that_is_no_code_is_compiled_again(cache_dir, monkeypatch):
    with kept_code.generated_code_kept():
        _make_class()
    for source in list(kept_code._KEPT._new):
        kept_code._KEPT.add(source, "not a code object")
    kept_code._KEPT.save()
    _fresh_process_view(monkeypatch)
    with kept_code.generated_code_kept():
        _behaves_as_plain_dataclass(_make_class())


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(COMPILED_CACHE_ENV, str(blocker / "compiled"))
    _fresh_process_view(monkeypatch)
    with kept_code.generated_code_kept():
        _behaves_as_plain_dataclass(_make_class())
    kept_code._KEPT.save()


def test_dataclasses_uses_the_builtin_exec_again_after_the_scope_even_when_it_fails(cache_dir):
    with pytest.raises(RuntimeError), kept_code.generated_code_kept():
        with kept_code.generated_code_kept():  # nested: the outer scope puts it back
            assert dataclasses.exec is kept_code._exec_kept
        assert dataclasses.exec is kept_code._exec_kept
        raise RuntimeError("an import fails")
    assert "exec" not in vars(dataclasses)


def test_a_kept_file_past_its_byte_cap_starts_afresh(cache_dir):
    """Keys that differ in every run (a pattern built from a hash-randomised set) must not grow the
    file that every later run reads: past the cap a save keeps only what this run made."""

    first = KeptAcrossRuns("capped.kept", max_entries=1_000, max_bytes=200)
    first.add("run-1", "x" * 300)
    first.save()
    second = KeptAcrossRuns("capped.kept", max_entries=1_000, max_bytes=200)
    second.add("run-2", "y")
    second.save()
    assert set(read_kept(first.path())) == {"run-2"}
    third = KeptAcrossRuns("capped.kept", max_entries=1_000, max_bytes=200)
    third.add("run-3", "z")
    third.save()
    assert set(read_kept(first.path())) == {"run-2", "run-3"}  # small files merge as before


def test_a_forked_worker_leaves_the_parents_unsaved_entries_to_the_parent(cache_dir):
    from factcheck.cachefile import leave_inherited_to_parent

    kept = KeptAcrossRuns("inherited.kept", max_entries=1_000)
    kept.add("parent", 1)
    leave_inherited_to_parent()  # what a worker does as it starts
    kept.add("worker", 2)
    kept.save()
    assert set(read_kept(kept.path())) == {"worker"} and kept.get("parent") == 1


def test_a_damaged_entry_costs_only_that_entry(cache_dir):
    """A run reads the index and the entries it asks for: a flipped byte in one entry makes that
    one read as missing (made again), never as another value, and leaves the others readable."""
    first = KeptAcrossRuns("entries.kept", max_entries=1_000)
    for number in range(3):
        first.add(("pattern", number), f"program {number} " * 20)
    first.save()
    data = bytearray(first.path().read_bytes())
    data[data.index(b"program 1 ") + 3] ^= 0x20  # inside the second entry's value
    first.path().write_bytes(bytes(data))
    later = KeptAcrossRuns("entries.kept", max_entries=1_000)
    assert later.get(("pattern", 1)) is None
    assert [later.get(("pattern", n)) for n in (0, 2)] == ["program 0 " * 20, "program 2 " * 20]


def test_a_file_of_the_whole_dict_layout_reads_as_empty_and_is_replaced(cache_dir):
    """Files written before the index (one marshalled dict) read as missing, and the next save writes the index."""
    from factcheck.cachefile import save_marshal

    old = KeptAcrossRuns("layout.kept", max_entries=1_000)
    save_marshal(old.path(), {"key": "old value"})
    assert old.get("key") is None
    old.add("key", "new value")
    old.save()
    assert KeptAcrossRuns("layout.kept", max_entries=1_000).get("key") == "new value"
    assert read_kept(old.path()) == {"key": "new value"}


def test_two_keys_with_one_digest_never_answer_for_each_other(cache_dir, monkeypatch):
    from factcheck import cachefile

    monkeypatch.setattr(cachefile, "_digest", lambda key: 7)
    first = KeptAcrossRuns("digests.kept", max_entries=1_000)
    first.add("one source", 1)
    first.save()
    later = KeptAcrossRuns("digests.kept", max_entries=1_000)
    assert later.get("another source") is None and later.get("one source") == 1


def test_a_kept_file_that_cannot_be_mapped_is_read_whole(cache_dir, monkeypatch):
    from factcheck import cachefile

    first = KeptAcrossRuns("unmapped.kept", max_entries=1_000)
    first.add("key", "value")
    first.save()

    def refuse(*args, **kwargs):
        raise OSError("no mmap on this file system")

    monkeypatch.setattr(cachefile.mmap, "mmap", refuse)
    assert KeptAcrossRuns("unmapped.kept", max_entries=1_000).get("key") == "value"
