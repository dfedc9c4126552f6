"""Country and region names in each language, from the Unicode CLDR data that Babel ships.

The word lexicon translates "Países Bajos" word by word ("countries low") and knows few
country names; CLDR names every territory in every language ("Países Bajos", "Paesi Bassi",
"Niederlande" -> "Netherlands"), so a translated country name is recognised as the same name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def english_place_name(name: str, lang: str) -> str | None:
    """The English CLDR name of the territory `name` names in `lang`, or None."""
    if lang == "en":
        return None
    return _territories(lang).get(_fold(name))


@lru_cache(maxsize=None)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        local, english = Locale.parse(lang).territories, Locale("en").territories
    except (UnknownLocaleError, ValueError):
        return {}
    return {_fold(text): english[code] for code, text in local.items() if code in english}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ").split())
