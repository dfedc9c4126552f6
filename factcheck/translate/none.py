"""The identity back-end: claims are compared as written (useful for same-language stories and tests)."""

from __future__ import annotations


class IdentityTranslator:
    name = "none"
    version = "1"

    def translate(self, texts: list[str], source_lang: str) -> list[str]:
        return list(texts)
