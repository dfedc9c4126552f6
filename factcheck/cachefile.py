"""Files that the cache directory holds derived data in (lemma tries, compiled regexes)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def save_atomically(path: Path, write: Callable[[str], None]) -> None:
    """`write(temporary)` then rename it to `path`: parallel runs may race, and a reader sees the old
    file or the new one, never half of one. A read-only cache only costs speed: no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        os.close(handle)
        try:
            write(temporary)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError:
        pass
