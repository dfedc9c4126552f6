"""Web addresses, e-mail addresses and @handles hidden from the value readers.

"[said](https://example.org/news/2024/03/fire-45-boats)" names no 45 boats and no March: the
figures, dates and capitalised words inside an address are part of a name for a page or a
mailbox, never a value the article states. `hidden` blanks each address out with spaces of
the same length, so every offset the readers return stays an offset into the original text.
Addresses are the same in every language: the pattern holds no words.
"""

from __future__ import annotations

import re

# Characters that end an address written inside text: white space, quotes, angle brackets and the
# closing bracket of a Markdown link "[text](url)" or of a parenthesis around it.
_ADDRESS_CHARS = r"[^\s<>\"'“”‘’()\[\]{}]"
ADDRESS = re.compile(
    rf"(?:\b(?:https?|ftp)://|\bwww\.){_ADDRESS_CHARS}+"  # with a scheme or www.
    rf"|\b(?:[a-z0-9-]+\.)+[a-z]{{2,}}/{_ADDRESS_CHARS}*"  # a bare host with a path: example.org/news/2024
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|(?<![\w@])@\w+",  # a handle: @Lisbon112
    re.IGNORECASE)
# A sentence's full stop or comma after an address is no part of it ("see example.org/news.").
_TRAILING_PUNCTUATION = ".,;:!?"


def hidden(text: str) -> str:
    """`text` with every address replaced by as many spaces (offsets unchanged)."""
    if "/" not in text and "@" not in text and "www." not in text.lower():
        return text  # no address can be there: most sentences
    return ADDRESS.sub(_blank, text)


def _blank(match: re.Match) -> str:
    address = match.group(0).rstrip(_TRAILING_PUNCTUATION)
    return " " * len(address) + match.group(0)[len(address):]
