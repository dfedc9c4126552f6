"""Country and region names in each language, from the Unicode CLDR data (extracted from Babel at
build time by scripts/build_territories.py into factcheck/data/territories.tsv.gz, 11 KB, so that
the install does not carry Babel's 35 MB of locale data).

The word lexicon translates "Países Bajos" word by word ("countries low") and knows few
country names; CLDR names every territory in every language ("Países Bajos", "Paesi Bassi",
"Niederlande" -> "Netherlands"), so a translated country name is recognised as the same name.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from pathlib import Path

TERRITORIES = Path(__file__).resolve().parent / "data" / "territories.tsv.gz"


def english_place_name(name: str, lang: str) -> str | None:
    """The English CLDR name of the territory `name` names in `lang`, or None."""
    if lang == "en":
        return None
    return _territories(lang).get(_fold(name))


@lru_cache(maxsize=None)
def _territories(lang: str) -> dict[str, str]:
    return {_fold(local): english for name_lang, local, english in _territory_rows() if name_lang == lang}


def _territory_rows() -> list[tuple[str, str, str]]:
    with gzip.open(TERRITORIES, "rt", encoding="utf-8") as handle:
        return [tuple(line.rstrip("\n").split("\t")) for line in handle if line.strip()]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ").split())
