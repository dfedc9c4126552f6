"""The program ends without Python's finalisation, and nothing it owes the user is lost: exit
status, the report, standard output, the `atexit` handlers (cache files are saved by them)."""

import json
import os
import subprocess
import sys

from factcheck import __version__
from factcheck.cachefile import COMPILED_CACHE_ENV
from factcheck.quick_exit import exit_status

from .conftest import SEEDS

# Run as the `factcheck` script runs it: `app()` without arguments reads sys.argv. An object
# freed at finalisation says so, and an `atexit` handler registered before the app says it ran.
PROGRAM = """
import atexit, sys, threading

class Finalised:
    def __del__(self):
        sys.stdout.write("finalised\\n")

kept_until_finalisation = Finalised()
atexit.register(lambda: sys.stdout.write("atexit ran\\n"))
mode, arguments = sys.argv[1], sys.argv[2:]
if mode == "with-a-thread":
    threading.Thread(target=threading.Event().wait, args=(0.5,)).start()
sys.argv = ["factcheck", *arguments]
from factcheck.cli import app
if mode == "with-arguments":
    app(arguments)
if mode == "with-a-name":
    app(prog_name="factcheck")
app()
"""


def _run(tmp_path, mode: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, COMPILED_CACHE_ENV: str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-c", PROGRAM, mode, *args], capture_output=True, text=True, env=env, timeout=300)


def test_the_program_skips_finalisation_but_runs_atexit_and_writes_everything(tmp_path):
    report = tmp_path / "report.json"
    run = _run(tmp_path, "alone", "compare", str(SEEDS), "--no-cache", "-o", str(report), "--fail-on", "none")
    assert run.returncode == 0, run.stderr
    assert run.stdout == "atexit ran\n"  # no "finalised": the process ended before it
    assert len(json.loads(report.read_text(encoding="utf-8"))["stories"][0]["claims"]) > 10
    assert any(tmp_path.joinpath("cache").glob("regex-*.kept"))  # saved by an atexit handler

    printed = _run(tmp_path, "alone", "compare", str(SEEDS), "--no-cache", "-f", "json", "--fail-on", "none")
    assert json.loads(printed.stdout.removesuffix("atexit ran\n")) == json.loads(report.read_text(encoding="utf-8"))


def test_the_exit_status_is_the_commands(tmp_path):
    missing = _run(tmp_path, "alone", "compare", str(tmp_path / "missing"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    assert missing.stdout == "atexit ran\n"
    assert _run(tmp_path, "alone", "--version").stdout == f"factcheck {__version__}\natexit ran\n"


def test_with_another_thread_running_or_called_with_arguments_it_ends_the_usual_way(tmp_path):
    threaded = _run(tmp_path, "with-a-thread", "--version")
    assert threaded.returncode == 0
    assert threaded.stdout.splitlines() == [f"factcheck {__version__}", "atexit ran", "finalised"]
    # a script that calls app([...]) or app(prog_name=...) (as `python -m factcheck` does) gets
    # SystemExit back, as from any Typer app
    for mode in ("with-arguments", "with-a-name"):
        called = _run(tmp_path, mode, "--version")
        assert called.returncode == 0
        assert called.stdout.splitlines() == [f"factcheck {__version__}", "atexit ran", "finalised"]


def test_exit_status_follows_python():
    assert [exit_status(code) for code in (None, 0, 1, 3, True)] == [0, 0, 1, 3, True]
    assert exit_status("a message") is None  # Python prints it and exits 1: left to Python
