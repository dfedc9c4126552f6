"""Cache folders that cannot be used: a `--cache-dir` the user named is a usage error naming it
(before the run), the default folder only costs the cache (a warning)."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.translate.cache import cache_dir_problem, open_cache

from .conftest import SEEDS

runner = CliRunner()


def invoke(*args, env=None):
    return runner.invoke(app, list(args), env={"NO_COLOR": "1", **(env or {})})


def _unusable_dirs(tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder\n")
    return {"a file": (a_file, f"{a_file}: exists and is not a folder"),
            "under a file": (a_file / "cache", f"{a_file / 'cache'}: {a_file} exists and is not a folder")}


@pytest.mark.parametrize("command", ["compare", "check"])
@pytest.mark.parametrize("case", ["a file", "under a file"])
def test_a_cache_dir_that_cannot_be_a_folder_is_a_one_line_usage_error(tmp_path, command, case):
    folder, reason = _unusable_dirs(tmp_path)[case]
    result = invoke(command, str(SEEDS), "--cache-dir", str(folder))
    assert result.exit_code == 2 and result.stdout == ""
    assert f"Invalid value for '--cache-dir': {reason}" in result.stderr
    assert "Errno" not in result.stderr
    # the same folder from the environment variable, and nothing checked when the cache is off
    assert invoke(command, str(SEEDS), env={"FACTCHECK_CACHE_DIR": str(folder)}).exit_code == 2
    assert invoke(command, str(SEEDS), "--cache-dir", str(folder), "--no-cache").exit_code in (0, 1)


def test_a_cache_dir_that_is_not_writable_is_named(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    # root may write anywhere: the permission check itself is what is asked
    monkeypatch.setattr(os, "access", lambda path, mode: os.fspath(path) != os.fspath(locked))
    assert cache_dir_problem(locked) == f"{locked}: not writable"
    assert cache_dir_problem(locked / "new" / "cache") == f"{locked / 'new' / 'cache'}: cannot be created ({locked} is not writable)"
    assert cache_dir_problem(tmp_path / "new" / "cache") is None


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes read-only folders")
def test_a_read_only_cache_dir_is_a_usage_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    result = invoke("compare", str(SEEDS), "--cache-dir", str(locked / "cache"))
    assert result.exit_code == 2 and "is not writable" in result.stderr


def test_an_unusable_default_cache_only_warns_in_words(tmp_path, caplog):
    folder, reason = _unusable_dirs(tmp_path)["a file"]
    assert open_cache(folder) is None
    assert f"translation cache disabled: {reason}" in caplog.text and "Errno" not in caplog.text
