"""Language identification and the set of languages the pipeline supports.

py3langid (4.5 MB, BSD) is used per article, never per sentence: it is reliable on a whole
article and the larger lingua model (96 MB wheel, 185 MB RAM) buys nothing at that length.
"""

from __future__ import annotations

from functools import lru_cache

SUPPORTED_LANGUAGES = ("en", "nl", "de", "fr", "es", "it")
LANGUAGE_NAMES = {"en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}
_ALIASES = {
    "eng": "en", "english": "en", "nld": "nl", "dut": "nl", "dutch": "nl", "nederlands": "nl",
    "deu": "de", "ger": "de", "german": "de", "deutsch": "de", "fra": "fr", "fre": "fr",
    "french": "fr", "français": "fr", "spa": "es", "spanish": "es", "español": "es",
    "ita": "it", "italian": "it", "italiano": "it",
}
# Below this normalised probability, among our languages, we refuse to guess.
MIN_CONFIDENCE = 0.80
# An unsupported language this sure of itself is reported as such, not forced into ours.
UNSUPPORTED_CONFIDENCE = 0.90


class LanguageError(ValueError):
    pass


def normalise_language(code: str) -> str:
    """'en-GB', 'EN', 'eng', 'English' -> 'en'; raise for languages we do not support."""
    key = code.strip().lower().replace("_", "-")
    key = _ALIASES.get(key, key.split("-")[0])
    key = _ALIASES.get(key, key)
    if key not in SUPPORTED_LANGUAGES:
        raise LanguageError(f"unsupported language '{code}' (supported: {', '.join(SUPPORTED_LANGUAGES)})")
    return key


def detect_language(text: str) -> str:
    sample = text[:20_000]
    top, top_prob = _full_identifier().classify(sample)
    if top not in SUPPORTED_LANGUAGES and top_prob >= UNSUPPORTED_CONFIDENCE:
        raise LanguageError(f"unsupported language (detected '{top}'; supported: {', '.join(SUPPORTED_LANGUAGES)})")
    lang, prob = _restricted_identifier().classify(sample)
    if prob < MIN_CONFIDENCE:
        raise LanguageError("language could not be detected; give it with 'lang' in front matter or --lang")
    return lang


@lru_cache(maxsize=1)
def _full_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _restricted_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier
