"""English words that the dictionaries' glosses write in lower case more often than capitalised:
"show", "party", "river", "brown" are common words, "Germany", "Taipei", "Merkel" are not.

The name checks ask this of a name's words (a common head such as "Show" does not identify "The
Tracy Ullman Show"). Counting every gloss of the five dictionaries takes about 1.5 s, so the set
ships precomputed in `data/english-common.txt.gz`; `scripts/build_lexicon.py` rewrites it with
the lexicons, and a test checks that it still matches them. A run asks about a few dozen to a few
thousand words: it reads them from a table in the cache directory (factcheck/wordtable.py), not
all 88,000 into a set (13 ms of every run).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Container
from functools import lru_cache
from pathlib import Path

DATA_FILE = "english-common.txt.gz"

# English function words: no evidence of what a sentence is about (alignment bags, name glosses,
# speaker descriptions). Here, not in align.py, so the claims stage can ask without importing the aligner.
ENGLISH_STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into onto about over after before
    is are was were be been being am do does did has have had having it its this that these those
    there their they them he she his her we our us you your i me my not no so than then too very
    will would shall should can could may might must also just only which who whom whose what when
    where why how all any each both more most other some such own same s t said says say""".split()
)


@lru_cache(maxsize=1)
def common_english_words() -> Container[str]:
    from ..cachefile import compiled_cache_dir
    from ..wordtable import open_word_table

    raw = _shipped()
    table = compiled_cache_dir() / f"english-common-{hashlib.sha256(raw).hexdigest()[:16]}.sqlite"
    return open_word_table(table, lambda: dict.fromkeys(shipped_common_english_words(raw), ""))


def shipped_common_english_words(raw: bytes | None = None) -> frozenset[str]:
    import gzip  # here: a run reads the table made from it, not the file

    return frozenset(gzip.decompress(raw or _shipped()).decode("utf-8").split("\n"))


def _shipped() -> bytes:
    return (Path(__file__).parent / "data" / DATA_FILE).read_bytes()  # not importlib.resources: see lexicon.py


def compute_common_english_words() -> frozenset[str]:
    from .lexicon import LANGUAGES, load_lexicon

    counts: Counter[str] = Counter()
    for lang in LANGUAGES:
        for glosses in load_lexicon(lang).entries.values():
            for gloss in glosses:
                counts.update(gloss.split())
    return frozenset(word for word in counts if word.islower() and counts[word] > counts[word.capitalize()])


def write_common_english_words(path: Path) -> None:
    import gzip

    # mtime=0: the same lexicons give a byte-identical file.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write("\n".join(sorted(compute_common_english_words())).encode("utf-8"))
