"""Compiled regex programs kept across runs (factcheck/lazyre.py): a pattern served from the cache
is the pattern `re.compile` builds, and a damaged cache only costs the compilation."""

import re

import pytest

from factcheck import lazyre
from factcheck.cachefile import COMPILED_CACHE_ENV, read_kept
from factcheck.lazyre import alternation

PATTERNS = [
    (r"(?<![\w.,])(?P<day>\d{1,2})\s+(?P<month>janv\.?|juin|mars)(?!\w)", re.IGNORECASE),
    (r"(?:(?P<n>\d+)|(?P<word>[^\W\d_]+))\s*(?P=n)?", 0),
    (r"^\s*(?i:vandaag|today)\b", re.MULTILINE),
    (r"[«»“”]|\(\?", 0),
]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(COMPILED_CACHE_ENV, str(tmp_path / "regex"))
    monkeypatch.setattr(lazyre, "_PROGRAMS", lazyre._Programs())
    return tmp_path / "regex"


def _fresh_process_view(monkeypatch):
    """What a later run sees: nothing in memory, only the file."""
    monkeypatch.setattr(lazyre, "_PROGRAMS", lazyre._Programs())


def _same_as_re(pattern, source, flags):
    expected = re.compile(source, flags)
    assert pattern == expected  # compares the pattern text, the flags and the compiled program
    assert pattern.groupindex == expected.groupindex and pattern.groups == expected.groups
    text = "le 3 janv. et 12 JUIN; today 7 7 «x» (?"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_compiled_then_cached_patterns_equal_re_compile(cache_dir, monkeypatch):
    for source, flags in PATTERNS:
        _same_as_re(lazyre.compiled(source, flags), source, flags)
    lazyre.save_compiled()
    assert len(list(cache_dir.glob("*.kept"))) == 1

    _fresh_process_view(monkeypatch)
    compile_calls = []
    monkeypatch.setattr(lazyre, "_program", lambda *args: compile_calls.append(args))
    for source, flags in PATTERNS:
        _same_as_re(lazyre.compiled(source, flags), source, flags)
    assert compile_calls == []  # every one came from the file


def test_a_damaged_cache_file_costs_only_the_compilation(cache_dir, monkeypatch):
    lazyre.compiled(*PATTERNS[0])
    lazyre.save_compiled()
    (path,) = cache_dir.glob("*.kept")
    path.write_bytes(b"\x00not marshal data")
    _fresh_process_view(monkeypatch)
    _same_as_re(lazyre.compiled(*PATTERNS[0]), *PATTERNS[0])


def test_a_program_the_engine_rejects_is_compiled_again(cache_dir, monkeypatch):
    source, flags = PATTERNS[1]
    lazyre.compiled(source, flags)
    lazyre.save_compiled()
    _fresh_process_view(monkeypatch)
    flags_used, code, groups, group_index, index_group = lazyre._PROGRAMS._kept.get((source, flags))
    lazyre._PROGRAMS._kept.add((source, flags), (flags_used, code[: len(code) // 2], groups, group_index, index_group))
    lazyre.save_compiled()
    _fresh_process_view(monkeypatch)
    _same_as_re(lazyre.compiled(source, flags), source, flags)


def test_a_changed_private_re_layout_falls_back_to_re_compile(cache_dir, monkeypatch):
    def changed_layout(source, flags):
        raise AttributeError("module 're._compiler' has no attribute '_code'")

    monkeypatch.setattr(lazyre, "_program", changed_layout)
    for source, flags in PATTERNS:
        _same_as_re(lazyre.compiled(source, flags), source, flags)
    with pytest.raises(re.error):  # a wrong pattern is still the caller's error
        lazyre.compiled("(unclosed", 0)


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(COMPILED_CACHE_ENV, str(blocker / "regex"))
    monkeypatch.setattr(lazyre, "_PROGRAMS", lazyre._Programs())
    _same_as_re(lazyre.compiled(*PATTERNS[2]), *PATTERNS[2])
    lazyre.save_compiled()


def test_lazy_pattern_compiles_through_the_cache(cache_dir):
    lazy = lazyre.LazyPattern(*PATTERNS[0])
    assert lazy.search("le 3 janv. 2020").group("day") == "3"
    assert lazy._compiled == re.compile(*PATTERNS[0])


def test_a_lazy_pattern_answers_as_the_compiled_pattern(cache_dir):
    import copy

    source, flags = PATTERNS[1]
    lazy, pattern, text = lazyre.LazyPattern(source, flags), re.compile(source, flags), "12 12 ab 7 x7"
    assert lazy.search(text).span() == pattern.search(text).span()
    assert lazy.match(text).span() == pattern.match(text).span() and lazy.fullmatch("7 7").span() == (0, 3)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert lazy.findall(text) == pattern.findall(text) and lazy.split(text) == pattern.split(text)
    assert lazy.sub("#", text) == pattern.sub("#", text)
    assert (lazy.pattern, lazy.groupindex, lazy.groups) == (pattern.pattern, pattern.groupindex, pattern.groups)
    assert copy.copy(lazyre.LazyPattern(source)).search(text).group() == "12 12"


def test_alternation_text_does_not_depend_on_set_order():
    """The cache is keyed by the pattern text: equally long forms must not come out in hash order."""
    forms = ["jun", "jul", "may", "june", "july", "sept"]
    assert alternation(forms) == alternation(reversed(forms)) == "(?:july|june|sept|jul|jun|may)"


def _compile_in_worker(number: int) -> str:
    return lazyre.compiled(rf"worker-{number}\d+").pattern


def test_programs_compiled_in_worker_processes_are_saved_as_the_workers_end(cache_dir, monkeypatch):
    """Pool workers end with os._exit, so atexit never runs there."""
    import sys

    from factcheck.engines import local

    if sys.platform != "linux":
        pytest.skip("forked workers: Linux")
    monkeypatch.setattr(local, "start_method", lambda: "fork")  # the fixture's cache folder is in the environment they inherit
    with local.ProcessEngine(2) as engine:
        assert list(engine.map_ordered(_compile_in_worker, range(4))) == [rf"worker-{n}\d+" for n in range(4)]
    saved = read_kept(lazyre._PROGRAMS._kept.path())
    assert {(rf"worker-{n}\d+", 0) for n in range(4)} <= set(saved)


def test_a_forked_worker_leaves_what_the_parent_compiled_to_the_parent(cache_dir, monkeypatch):
    """The parent saves its own programs at its exit; workers that saved them too rewrote the
    whole file once each, one after another, while the parent waited for them to end."""
    import sys

    from factcheck.engines import local

    if sys.platform != "linux":
        pytest.skip("forked workers: Linux")
    lazyre.compiled(r"parent-only\d+")  # compiled before the fork, not saved yet
    monkeypatch.setattr(local, "start_method", lambda: "fork")
    with local.ProcessEngine(2) as engine:
        assert list(engine.map_ordered(_compile_in_worker, range(2))) == [rf"worker-{n}\d+" for n in range(2)]
    saved = set(read_kept(lazyre._PROGRAMS._kept.path()))
    assert {(rf"worker-{n}\d+", 0) for n in range(2)} <= saved and (r"parent-only\d+", 0) not in saved
    lazyre.save_compiled()  # the parent's exit
    assert (r"parent-only\d+", 0) in set(read_kept(lazyre._PROGRAMS._kept.path()))


def test_patterns_a_library_compiles_at_import_come_from_the_cache(cache_dir, monkeypatch):
    with lazyre.library_patterns_kept():
        for source, flags in PATTERNS:
            _same_as_re(re.compile(source, flags), source, flags)
        assert re.compile(rb"bytes\d", re.I) == lazyre._re_compile(rb"bytes\d", re.I)  # re's own way
    assert re.compile is lazyre._re_compile  # put back
    lazyre.save_compiled()

    _fresh_process_view(monkeypatch)
    compile_calls = []
    monkeypatch.setattr(lazyre, "_program", lambda *args: compile_calls.append(args))
    with lazyre.library_patterns_kept():
        for source, flags in PATTERNS:
            _same_as_re(re.compile(source, flags), source, flags)
    assert compile_calls == []


class LibraryString(str):
    """A str subclass, as lxml hands trafilatura's patterns over: marshal refuses it."""


def test_a_pattern_given_as_a_str_subclass_is_compiled_by_re_and_the_cache_still_saves(cache_dir):
    # With the html extra every run ended in "Exception ignored in atexit callback … unmarshallable object".
    with lazyre.library_patterns_kept():
        pattern = re.compile(LibraryString(r"post[-_]text|cookie"), re.I)
        lazyre.compiled(*PATTERNS[0])
    assert pattern.search("A COOKIE notice").group() == "COOKIE"
    lazyre.save_compiled()
    (path,) = cache_dir.glob("*.kept")
    assert set(read_kept(path)) == {(PATTERNS[0][0], int(PATTERNS[0][1]))}


def test_a_kept_value_that_marshal_refuses_is_not_saved_and_raises_nothing(cache_dir):
    from factcheck.cachefile import KeptAcrossRuns

    kept = KeptAcrossRuns("refused.kept", 10)
    kept.add("key", LibraryString("value"))
    kept.save()  # runs at exit: an exception there is a traceback after the report
    assert not (cache_dir / "refused.kept").exists()


def test_patterns_of_re_search_and_its_kin_come_from_the_cache(cache_dir, monkeypatch):
    """re.search(source, text), re.sub, re.findall ... compile through re's private compiler (after
    re's own cache): within the scope that comes from the kept programs too, and is put back."""
    from re import _compiler

    def searches():
        re.purge()  # re's own cache of this process would answer first
        text = "le 3 janv. et 12 JUIN; today 7 7 «x» (?"
        return ([m.span() for m in re.finditer(*PATTERNS[0][:1], text, PATTERNS[0][1])],
                re.sub(PATTERNS[1][0], "#", text), re.findall(PATTERNS[3][0], text))

    expected = searches()
    uncached = _compiler.compile
    with lazyre.library_patterns_kept():
        assert searches() == expected
    assert _compiler.compile is uncached  # put back
    lazyre.save_compiled()
    (path,) = cache_dir.glob("*.kept")
    assert {PATTERNS[0], (PATTERNS[1][0], 0), (PATTERNS[3][0], 0)} <= set(read_kept(path))

    _fresh_process_view(monkeypatch)
    compile_calls = []
    monkeypatch.setattr(lazyre, "_program", lambda *args: compile_calls.append(args))
    with lazyre.library_patterns_kept():
        assert searches() == expected
    assert compile_calls == []  # every one came from the file


def test_a_changed_private_re_layout_does_not_recurse_through_re_search(cache_dir, monkeypatch):
    def changed_layout(source, flags):
        raise AttributeError("module 're._compiler' has no attribute '_code'")

    monkeypatch.setattr(lazyre, "_program", changed_layout)
    re.purge()
    with lazyre.library_patterns_kept():
        assert re.search(r"(?P<n>\d+)\s*x", "ab 12 x").group("n") == "12"


def test_re_compile_is_put_back_when_the_import_fails(cache_dir):
    with pytest.raises(re.error), lazyre.library_patterns_kept():
        re.compile("(unclosed")
    assert re.compile is lazyre._re_compile


def test_without_the_engine_entry_point_a_library_compiles_as_ever(cache_dir, monkeypatch):
    monkeypatch.setattr(lazyre, "_sre", None)
    with lazyre.library_patterns_kept():
        assert re.compile is lazyre._re_compile
        _same_as_re(lazyre.compiled(*PATTERNS[0]), *PATTERNS[0])


def test_a_changed_private_re_layout_does_not_recurse_through_the_replaced_re_compile(cache_dir, monkeypatch):
    def changed_layout(source, flags):
        raise AttributeError("module 're._compiler' has no attribute '_code'")

    monkeypatch.setattr(lazyre, "_program", changed_layout)
    with lazyre.library_patterns_kept():
        _same_as_re(re.compile(*PATTERNS[1]), *PATTERNS[1])


def test_a_command_compiles_its_patterns_through_the_kept_programs(cache_dir, monkeypatch):
    """The stages a command imports (and the libraries they load) compile their module-level
    patterns while the command runs: those come from the kept programs too, and re.compile is
    re's own again once the command has ended, even when it failed."""
    from typer.core import TyperGroup
    from typer.testing import CliRunner

    from factcheck.cli import app

    seen = []

    def command_body(self, ctx):
        seen.append(re.compile)
        raise RuntimeError("the command fails")

    monkeypatch.setattr(TyperGroup, "invoke", command_body)
    result = CliRunner().invoke(app, ["compare", "seeds"])
    assert result.exit_code == 3  # the guard's internal error
    assert len(seen) == 1 and seen[0] is not lazyre._re_compile
    assert re.compile is lazyre._re_compile


def test_later_runs_add_nothing_but_a_bounded_variant_to_the_file(tmp_path):
    """The programs a run needs are kept by the first runs (a second one may still add one that a
    path through a filled cache needs), so later runs find them and add nothing. A pattern whose
    text changes from process to process would be added again by every run (tokenize's, built from
    a set of string prefixes, which numpy.ma's import compiled: the file grew by ~13 KB a run and was
    rewritten at every exit). Each run has its own hash seed, fixed so the test is repeatable; a
    pattern built from a two-element set (simplemma's hyphens) has two texts, so one more key may come."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT, SEEDS

    keys = []
    for seed in range(1, 7):
        env = {**os.environ, COMPILED_CACHE_ENV: str(tmp_path), "PYTHONHASHSEED": str(seed)}
        subprocess.run([sys.executable, "-m", "factcheck", "compare", str(SEEDS), "--no-cache", "-o", os.devnull],
                       cwd=ROOT, env=env, check=False, capture_output=True)
        (path,) = tmp_path.glob("regex-*.kept")
        keys.append(set(read_kept(path)))
    assert len(keys[-1] - keys[1]) <= 1, sorted(keys[-1] - keys[1])
