"""The interface every translation back-end implements."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

PIVOT_LANG = "en"


class TranslationError(RuntimeError):
    """A back-end could not translate (endpoint unreachable, package missing, malformed reply)."""


class TranslatorSettingError(TranslationError):
    """A back-end named or set up wrongly (an option it does not take, a value it cannot use): a
    mistake in the command or configuration, said as such rather than as a failed translation."""


@runtime_checkable
class Translator(Protocol):
    """Translates a batch of texts from `source_lang` into English, one output per input, same order.

    `version` identifies the back-end's configuration and data, so cached results of an older lexicon or another
    model are never reused (the cache keys on `name` + `version`)."""

    name: str
    version: str

    def translate(self, texts: list[str], source_lang: str) -> list[str]: ...


def base_lang(lang: str | None) -> str:
    """'nl-NL' -> 'nl'; the back-ends only care about the language, not the region."""
    return (lang or "").replace("_", "-").split("-")[0].lower()
