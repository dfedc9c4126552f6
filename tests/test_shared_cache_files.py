"""Files of the compiled-data cache (~/.cache/factcheck/compiled) are shared by every run and
installation using it: a file damaged, truncated or removed by another process must cost at most a
rebuild, never an exception inside a story (which skipped it: "internal" on stderr)."""

from __future__ import annotations

import json
import marshal
import os
import random
import sqlite3
import subprocess
import sys

import pytest

from factcheck.cachefile import COMPILED_CACHE_ENV, kept, read_marshal, save_marshal
from factcheck.wordtable import WordTable, open_word_table

from .conftest import ROOT, SEEDS

WORDS = {f"word{i:06d}": f"lemma{i % 97}" for i in range(60_000)}


def _garble_second_half(path) -> None:
    """Damage the pages a lookup reads late, not the first ones the opening check reads."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(random.Random(size).randbytes(size - size // 2))


def test_a_table_damaged_after_its_opening_check_answers_from_the_list(tmp_path):
    path = tmp_path / "words.sqlite"
    open_word_table(path, lambda: WORDS)
    _garble_second_half(path)
    table = open_word_table(path, lambda: WORDS)
    assert isinstance(table, WordTable)  # the check passed: the damage is met during lookups
    assert {word: table.get(word) for word in list(WORDS)[::101]} == {word: WORDS[word] for word in list(WORDS)[::101]}
    assert table.get("not-a-word") is None and len(table) == len(WORDS) and set(table) == set(WORDS)
    # a sound table was written for the runs after
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM lemmas").fetchone() == (len(WORDS),)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_table_removed_before_a_forked_worker_opens_it_still_answers(tmp_path):
    path = tmp_path / "words.sqlite"
    table = open_word_table(path, lambda: WORDS)
    assert table.get("word000001") == "lemma1"
    path.unlink()  # another installation pruned it; the worker's own connection opens after the fork
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(reader)
        try:
            answer = json.dumps([table.get("word000002"), table.get("word059999")])
        except BaseException as error:  # noqa: BLE001 - reported to the parent, whatever it is
            answer = json.dumps(repr(error))
        os.write(writer, answer.encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as stream:
        answer = json.loads(stream.read())
    os.waitpid(child, 0)
    assert answer == ["lemma2", f"lemma{59999 % 97}"]


def test_a_truncated_marshal_file_reads_as_missing(tmp_path):
    path = tmp_path / "kept.marshal"
    value = {("pattern", i): (i, "x" * i, b"\x00", frozenset({i})) for i in range(200)}
    save_marshal(path, value)
    whole = path.read_bytes()
    assert read_marshal(path) == value
    for length in range(0, len(whole), 97):
        path.write_bytes(whole[:length])
        assert read_marshal(path) is None


def _damage_in_place(path, old: bytes, new: bytes) -> None:
    """A change on disk that still unmarshals, into other values (a flipped bit in a string)."""
    data = path.read_bytes()
    assert data.count(old) == 1 and len(old) == len(new)
    path.write_bytes(data.replace(old, new))


def test_a_marshal_file_damaged_into_other_values_reads_as_missing(tmp_path):
    # Without a checksum it read back as {"casa": ("mouse",)}: a wrong lexicon for every later run.
    path = tmp_path / "kept.marshal"
    save_marshal(path, {"casa": ("house",)})
    _damage_in_place(path, b"house", b"mouse")
    assert read_marshal(path) is None


def test_a_kept_value_damaged_on_disk_is_computed_again_and_the_file_mended(tmp_path, monkeypatch):
    monkeypatch.setenv(COMPILED_CACHE_ENV, str(tmp_path))
    computed = []

    def compute():
        computed.append(1)
        return ("house", 12345)

    assert kept("table-1", ("it",), compute) == ("house", 12345)
    _damage_in_place(tmp_path / "table-1.marshal", b"house", b"mouse")
    assert kept("table-1", ("it",), compute) == ("house", 12345) and len(computed) == 2
    assert read_marshal(tmp_path / "table-1.marshal") == {("it",): ("house", 12345)}


def test_a_marshal_file_of_the_layout_before_the_checksum_is_built_again(tmp_path):
    path = tmp_path / "kept.marshal"
    path.write_bytes(marshal.dumps({"casa": ("house",)}))
    assert read_marshal(path) is None


def test_a_run_over_a_damaged_shared_cache_reports_every_story(tmp_path):
    env = {**os.environ, COMPILED_CACHE_ENV: str(tmp_path / "compiled"), "FACTCHECK_CACHE_DIR": str(tmp_path / "translations")}
    env.pop("FACTCHECK_LEMMA_CACHE_DIR", None)
    command = [sys.executable, "-m", "factcheck", "compare", str(SEEDS), "--format", "jsonl", "--no-cache"]

    def run():
        return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)

    clean = run()
    files = [path for path in (tmp_path / "compiled").rglob("*") if path.is_file() and path.stat().st_size > 4096]
    assert any(path.suffix == ".sqlite" for path in files) and any(path.suffix == ".marshal" for path in files)
    for index, path in enumerate(files):
        if path.suffix == ".sqlite":
            _garble_second_half(path)
        else:
            os.truncate(path, path.stat().st_size * index // (2 * len(files)))
    damaged = run()
    assert (damaged.returncode, damaged.stdout) == (clean.returncode, clean.stdout)
    assert damaged.stderr == "" and all(not json.loads(line).get("skipped") for line in damaged.stdout.splitlines())
