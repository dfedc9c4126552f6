"""Language identification and the set of languages the pipeline supports.

Used per article, never per sentence: on a whole article a small identifier is reliable and the
larger lingua model (96 MB wheel, 185 MB RAM) buys nothing at that length. py3langid (4.5 MB, BSD)
where it is installed (the `fast` extra: it requires numpy), else langdetect (3 MB, Apache-2.0,
pure Python; seeded, so the same text always gets the same answer). Both agree on every whole
NTREX dev article; on a headline alone py3langid more often declines where langdetect guesses
(BENCHMARKS.md, "Lean install").
"""

from __future__ import annotations

import importlib.util
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
    identifier = _identifier()
    top, top_prob = identifier.best(sample, restricted=False)
    if top not in SUPPORTED_LANGUAGES and top_prob >= UNSUPPORTED_CONFIDENCE:
        raise LanguageError(f"unsupported language (detected '{top}'; supported: {', '.join(SUPPORTED_LANGUAGES)})")
    lang, prob = identifier.best(sample, restricted=True)
    if prob < MIN_CONFIDENCE:
        raise LanguageError("language could not be detected; give it with 'lang' in front matter or --lang")
    return lang


@lru_cache(maxsize=1)
def _identifier():
    return _Py3langid() if importlib.util.find_spec("py3langid") is not None else _Langdetect()


class _Py3langid:
    """py3langid's naive Bayes over byte n-grams, its probabilities normalised (over all its
    languages, or over ours when `restricted`)."""

    def best(self, sample: str, restricted: bool) -> tuple[str, float]:
        return (self._restricted() if restricted else self._full()).classify(sample)

    @lru_cache(maxsize=1)
    def _full(self):
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    @lru_cache(maxsize=1)
    def _restricted(self):
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(SUPPORTED_LANGUAGES))
        return identifier


class _Langdetect:
    """langdetect's character n-gram profiles (55 languages); restricted to ours by a prior that
    is zero for every other language. Its random sampling of n-grams is seeded per text."""

    SEED = 0

    def best(self, sample: str, restricted: bool) -> tuple[str, float]:
        from langdetect.lang_detect_exception import LangDetectException

        detector = self._factory().create()
        if restricted:
            detector.set_prior_map({lang: 1.0 for lang in SUPPORTED_LANGUAGES})
        detector.append(sample)
        try:
            found = detector.get_probabilities()
        except LangDetectException:  # no letters to go by
            return "", 0.0
        return (found[0].lang, found[0].prob) if found else ("", 0.0)

    @lru_cache(maxsize=1)
    def _factory(self):
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        factory.set_seed(self.SEED)
        return factory
