"""English words that the dictionaries' glosses write in lower case more often than capitalised:
"show", "party", "river", "brown" are common words, "Germany", "Taipei", "Merkel" are not.

The name checks ask this of a name's words (a common head such as "Show" does not identify "The
Tracy Ullman Show"). Counting every gloss of the five dictionaries takes about 1.5 s, so the set
ships precomputed in `data/english-common.txt.gz`; `scripts/build_lexicon.py` rewrites it with
the lexicons, and a test checks that it still matches them.
"""

from __future__ import annotations

import gzip
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA_FILE = "english-common.txt.gz"


@lru_cache(maxsize=1)
def common_english_words() -> frozenset[str]:
    raw = resources.files(__package__).joinpath("data", DATA_FILE).read_bytes()
    return frozenset(gzip.decompress(raw).decode("utf-8").split("\n"))


def compute_common_english_words() -> frozenset[str]:
    from .lexicon import LANGUAGES, load_lexicon

    counts: Counter[str] = Counter()
    for lang in LANGUAGES:
        for glosses in load_lexicon(lang).entries.values():
            for gloss in glosses:
                counts.update(gloss.split())
    return frozenset(word for word in counts if word.islower() and counts[word] > counts[word.capitalize()])


def write_common_english_words(path: Path) -> None:
    # mtime=0: the same lexicons give a byte-identical file.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write("\n".join(sorted(compute_common_english_words())).encode("utf-8"))
