"""The same input gives the same report, whatever Python's string-hash seed (sets of names and
words are everywhere in the pipeline; their iteration order must never reach the output)."""

import json
import os
import subprocess
import sys

from .conftest import SEEDS


def report_with_hash_seed(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
    command = [sys.executable, "-m", "factcheck", "compare", str(SEEDS), "--format", "json", "--no-cache"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout)


def test_report_does_not_depend_on_the_hash_seed():
    assert report_with_hash_seed("1") == report_with_hash_seed("2")
