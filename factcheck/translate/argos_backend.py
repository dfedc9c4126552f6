"""Optional back-end: Argos Translate (offline neural MT) when the user has installed it and its language packages.

argostranslate is not a dependency: it is imported only when this back-end is requested, and its packages must
be installed beforehand (`argospm install translate-nl_en`); nothing is downloaded at run time.
"""

from __future__ import annotations

from .base import TranslationError, base_lang


class ArgosTranslator:
    name = "argos"

    def __init__(self):
        try:
            import argostranslate.translate as argos_translate
        except ImportError as error:
            raise TranslationError(
                "translator 'argos' needs the argostranslate package (pip install argostranslate) and its "
                "language packages (argospm install translate-nl_en ...)"
            ) from error
        self._argos = argos_translate

    @property
    def version(self) -> str:
        import importlib.metadata

        return importlib.metadata.version("argostranslate")

    def translate(self, texts: list[str], source_lang: str) -> list[str]:
        lang = base_lang(source_lang)
        languages = {language.code: language for language in self._argos.get_installed_languages()}
        if lang not in languages or "en" not in languages:
            raise TranslationError(f"no Argos Translate package installed for {lang}->en (argospm install translate-{lang}_en)")
        translation = languages[lang].get_translation(languages["en"])
        if translation is None:
            raise TranslationError(f"no Argos Translate package installed for {lang}->en (argospm install translate-{lang}_en)")
        return [translation.translate(text) for text in texts]
