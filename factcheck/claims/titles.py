"""Office titles (`factcheck/data/office_titles.tsv`): words of how a person is named ("Prime Minister
Lucía Paredes", "Bürgermeister Hans Keller"), not of who. Read by the claims stage (a speaker that
opens with one is described, not named) and by the fact aligner (no name anchor)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

OFFICE_TITLES = Path(__file__).resolve().parent.parent / "data" / "office_titles.tsv"


def office_title(word: str, lang: str) -> bool:
    """A title written with a capital ("Prime Minister Lucía Paredes", the pivot's "Minister") says
    how a person is named, not who: "Minister" / "Ministerio de Salud" share no name."""
    folded = folded_name(word)
    return folded in _office_titles(lang) or folded in _office_titles("en")


@lru_cache(maxsize=None)
def _office_titles(lang: str) -> frozenset[str]:
    """`lang`'s office titles, folded as names are."""
    for line in OFFICE_TITLES.read_text(encoding="utf-8").splitlines():
        code, _, words = line.partition("\t")
        if code == lang:
            return frozenset(folded_name(word) for word in words.split())
    return frozenset()


def folded_name(word: str) -> str:
    """Case, accents and punctuation folded away: "Bürgermeister" -> "burgermeister"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c.isalnum())
