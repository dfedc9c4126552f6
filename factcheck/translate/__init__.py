"""Translation stage: fills Claim.translation with an English rendering of each claim.

    translator = get_translator("lexicon")            # offline default; "none", "http", "argos"
    translate_claims(claims, translator, cache=open_cache())
"""

from __future__ import annotations

import inspect
from collections import defaultdict
from typing import Callable

from ..model import Claim
from .base import PIVOT_LANG, TranslationError, Translator, TranslatorSettingError, base_lang
from .cache import TranslationCache, open_cache

__all__ = [
    "Translator",
    "TranslationError",
    "TranslatorSettingError",
    "TranslationCache",
    "get_translator",
    "open_cache",
    "translate_claims",
    "TRANSLATORS",
    "DEFAULT_TRANSLATOR",
]

DEFAULT_TRANSLATOR = "lexicon"


def _lexicon() -> type:
    from .lexicon import LexiconTranslator

    return LexiconTranslator


def _none() -> type:
    from .none import IdentityTranslator

    return IdentityTranslator


def _http() -> type:
    from .http_backend import HttpTranslator

    return HttpTranslator


def _argos() -> type:
    from .argos_backend import ArgosTranslator

    return ArgosTranslator


# Each back-end's class, imported lazily: choosing "none" must not load a dictionary, "lexicon"
# must not touch the network code.
TRANSLATORS: dict[str, Callable[[], type]] = {
    "lexicon": _lexicon,
    "none": _none,
    "http": _http,
    "argos": _argos,
}


def get_translator(name: str = DEFAULT_TRANSLATOR, **options) -> Translator:
    """The back-end called `name`, configured with `options` (e.g. glosses=2; url=, model=, timeout=)."""
    load = TRANSLATORS.get((name or DEFAULT_TRANSLATOR).lower())
    if load is None:
        raise TranslatorSettingError(f"unknown translator {name!r}; choose one of: {', '.join(TRANSLATORS)}")
    backend = load()
    # An option the back-end does not take is an error, named with the ones it does take (not
    # Python's "unexpected keyword argument", and not silently dropped by a back-end without any).
    accepted = list(inspect.signature(backend).parameters)
    unknown = sorted(set(options) - set(accepted))
    if unknown:
        takes = ", ".join(f"{option}=" for option in accepted) or "no options"
        raise TranslatorSettingError(f"translator {name!r} has no option {', '.join(unknown)} (it takes: {takes})")
    try:
        return backend(**options)
    except (TypeError, ValueError) as err:  # a value of the wrong form: glosses=abc, retries=x
        given = ", ".join(f"{key}=" for key in options)  # names only: api_key= must not reach a log
        raise TranslatorSettingError(f"translator {name!r}: an option has a value it cannot use (given: {given}): {err}") from None


def translate_claims(claims: list[Claim], translator: Translator, cache: TranslationCache | None = None) -> None:
    """Fill `claim.translation` for every claim: English claims keep their text; the others are translated in one
    batch per language, reusing and filling `cache` (None: no cache)."""
    by_lang: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        lang = base_lang(claim.lang)
        if lang == PIVOT_LANG:
            claim.translation = claim.text
        else:
            by_lang[lang].append(claim)
    for lang, group in by_lang.items():
        translations = _translate_texts([c.text for c in group], lang, translator, cache)
        for claim in group:
            claim.translation = translations[claim.text]


def _translate_texts(
    texts: list[str], lang: str, translator: Translator, cache: TranslationCache | None
) -> dict[str, str]:
    unique = list(dict.fromkeys(texts))
    # Only a cache needs the version (the lexicons' is a hash of their 4 MB of data).
    backend = f"{translator.name}:{getattr(translator, 'version', '')}" if cache is not None else ""
    found = cache.get_many(backend, lang, unique) if cache else {}
    missing = [text for text in unique if text not in found]
    if missing:
        results = translator.translate(missing, lang)
        if len(results) != len(missing):
            raise TranslationError(
                f"translator {translator.name!r} returned {len(results)} translations for {len(missing)} texts"
            )
        fresh = dict(zip(missing, results))
        if cache is not None:
            cache.put_many(backend, lang, fresh)
        found.update(fresh)
    return found
