"""Translation through an OpenAI-compatible /v1/chat/completions endpoint that the user runs
(llama.cpp server, vLLM, Ollama, LM Studio, a hosted API...). Standard library only.

Several claims go in one request as numbered lines; the reply is parsed back by number. When the numbers do not
come back one-to-one, the batch is re-sent one claim per request rather than guessing an alignment.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
import urllib.error
import urllib.request

from .base import TranslationError, base_lang

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "en": "English"}
NUMBERED_LINE = re.compile(r"^\s*(?:\[(\d+)\]|(\d+)\s*[.):\]-])\s*(.*)$")
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}
SYSTEM_PROMPT = (
    "You translate news sentences into English. Translate faithfully: keep every number, date, name and "
    "negation exactly; do not add or explain anything. Reply with the translations only, one per line, "
    "each starting with its number as given."
)


def chat_url(url: str) -> str:
    """Accept a server root, a /v1 base or the full endpoint."""
    url = url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if url.endswith("/v1"):
        return url + "/chat/completions"
    return url + "/v1/chat/completions"


class HttpTranslator:
    name = "http"

    def __init__(
        self,
        url: str | None = None,
        model: str | None = None,
        api_key: str | None = None,
        batch_size: int = 16,
        timeout: float = 60.0,
        retries: int = 3,
        backoff: float = 1.0,
    ):
        url = url or os.environ.get("FACTCHECK_HTTP_URL")
        if not url:
            raise TranslationError("http translator needs an endpoint: set FACTCHECK_HTTP_URL or pass --translator-option url=URL")
        self.url = chat_url(url)
        self.model = model or os.environ.get("FACTCHECK_HTTP_MODEL") or "default"
        self.api_key = api_key or os.environ.get("FACTCHECK_HTTP_API_KEY")
        self.batch_size = max(1, int(batch_size))
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.backoff = float(backoff)

    @property
    def version(self) -> str:
        # The model decides the output; the URL does not (the same model behind another host).
        return f"1-{self.model}"

    def translate(self, texts: list[str], source_lang: str) -> list[str]:
        lang = base_lang(source_lang)
        results: list[str] = []
        for start in range(0, len(texts), self.batch_size):
            results.extend(self._translate_batch(texts[start : start + self.batch_size], lang))
        return results

    def _translate_batch(self, texts: list[str], lang: str) -> list[str]:
        if len(texts) == 1:
            return [self._translate_one(texts[0], lang)]
        reply = self._complete(numbered_prompt(texts, lang))
        parsed = parse_numbered(reply, len(texts))
        if parsed is None:
            log.info("translation reply had the wrong number of lines: translating %d claims one by one", len(texts))
            return [self._translate_one(text, lang) for text in texts]
        return parsed

    def _translate_one(self, text: str, lang: str) -> str:
        reply = self._complete(numbered_prompt([text], lang))
        parsed = parse_numbered(reply, 1)
        return parsed[0] if parsed else reply.strip()

    def _complete(self, prompt: str) -> str:
        body = {
            "model": self.model,
            "temperature": 0,
            "messages": [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": prompt}],
        }
        payload = self._post_with_retries(json.dumps(body).encode("utf-8"))
        try:
            return payload["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError) as error:
            raise TranslationError(f"malformed reply from translation endpoint {self.url}: no choices[0].message.content") from error

    def _post_with_retries(self, data: bytes) -> dict:
        last_error: Exception | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                return self._post(data)
            except urllib.error.HTTPError as error:
                if error.code not in RETRYABLE_STATUS:
                    raise TranslationError(f"translation endpoint {self.url} answered HTTP {error.code}: {error.reason}") from error
                last_error = error
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                last_error = error
            except ValueError as error:  # JSON that does not parse: a proxy page, a crashed server
                last_error = error
        if isinstance(last_error, ValueError):
            raise TranslationError(f"malformed reply from translation endpoint {self.url}: {last_error}")
        reason = getattr(last_error, "reason", last_error)
        raise TranslationError(f"cannot reach translation endpoint {self.url}: {reason}")

    def _post(self, data: bytes) -> dict:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(self.url, data=data, headers=headers, method="POST")
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            return json.loads(response.read().decode("utf-8"))


def numbered_prompt(texts: list[str], lang: str) -> str:
    language = LANGUAGE_NAMES.get(lang, lang or "the source language")
    lines = "\n".join(f"{i}. {' '.join(text.split())}" for i, text in enumerate(texts, 1))
    return f"Translate these {len(texts)} {language} sentences into English:\n{lines}"


def parse_numbered(reply: str, expected: int) -> list[str] | None:
    """Lines "1. ...", "2) ...", "[3] ..." back into a list; None unless numbers 1..expected each appear once.

    An unnumbered single-line reply to a single-claim request is accepted as is."""
    found: dict[int, str] = {}
    for line in reply.strip().splitlines():
        match = NUMBERED_LINE.match(line)
        if not match:
            continue
        number = int(match.group(1) or match.group(2))
        if number in found:
            return None
        found[number] = match.group(3).strip()
    if sorted(found) == list(range(1, expected + 1)):
        return [found[i] for i in range(1, expected + 1)]
    lines = [line.strip() for line in reply.strip().splitlines() if line.strip()]
    if expected == 1 and len(lines) == 1:
        return lines
    return None
