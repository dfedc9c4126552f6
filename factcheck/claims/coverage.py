"""What of a sentence no claim holds: no content may disappear into an attribution or a gap.

A word is covered when it lies inside one of the sentence's claims or in the attribution text set
aside for them ("…, Beard said Monday"). `lost_words` lists the others (words of one or two
letters and punctuation do not count); the tests and `benchmarks/bench_comparable.py` require it
to be empty.
"""

from __future__ import annotations

import re

from ..model import Claim, Sentence

CONTENT_WORD = re.compile(r"[^\W_]{3,}")


def lost_words(sentence: Sentence, claims: list[Claim]) -> list[str]:
    mine = [c for c in claims if c.doc == sentence.doc and c.sentence == sentence.index]
    spans = [(c.start - sentence.start, c.end - sentence.start) for c in mine]
    attributions = " ".join(c.attribution.text for c in mine if c.attribution)
    lost = []
    for match in CONTENT_WORD.finditer(sentence.text):
        inside = any(start <= match.start() and match.end() <= end for start, end in spans)
        if not inside and match.group(0) not in attributions:
            lost.append(match.group(0))
    return lost
