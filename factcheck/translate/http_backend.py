"""Translation through an OpenAI-compatible /v1/chat/completions endpoint that the user runs
(llama.cpp server, vLLM, Ollama, LM Studio, a hosted API...). Standard library only.

Several claims go in one request as numbered lines; the reply is parsed back by number. When the numbers do not
come back one-to-one, the batch is re-sent one claim per request rather than guessing an alignment.
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from .base import TranslationError, base_lang

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "en": "English"}
NUMBERED_LINE = re.compile(r"^\s*(?:\[(\d+)\]|(\d+)\s*[.):\]-])\s*(.*)$")
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}
MIN_REQUEST_SECONDS = 0.5  # no request is started with less time than this
SYSTEM_PROMPT = (
    "You translate news sentences into English. Translate faithfully: keep every number, date, name and "
    "negation exactly; do not add or explain anything. Reply with the translations only, one per line, "
    "each starting with its number as given."
)


def _seconds(value: float | None, variable: str, default: float) -> float:
    raw = value if value is not None else os.environ.get(variable) or default
    try:
        seconds = float(raw)
    except (TypeError, ValueError):
        seconds = 0.0
    if not seconds > 0:
        raise TranslationError(f"{variable.removeprefix('FACTCHECK_HTTP_').lower()} must be a number of seconds above 0, not {_one_line(raw)!r}")
    return seconds


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
        timeout: float | None = None,
        retries: int = 3,
        backoff: float = 1.0,
        deadline: float | None = None,
        max_reply_bytes: int = 4_000_000,
    ):
        url = url or os.environ.get("FACTCHECK_HTTP_URL")
        if not url:
            raise TranslationError("http translator needs an endpoint: set FACTCHECK_HTTP_URL or pass --translator-option url=URL")
        if urlsplit(url).scheme.lower() not in ("http", "https") or not urlsplit(url).netloc:
            # "localhost:8080" or "ftp://…" was sent anyway and failed as a "malformed reply".
            raise TranslationError(f"http translator: the endpoint must be an http:// or https:// URL, not {_one_line(url)!r}")
        self.url = chat_url(url)
        self.model = model or os.environ.get("FACTCHECK_HTTP_MODEL") or "default"
        self.api_key = api_key or os.environ.get("FACTCHECK_HTTP_API_KEY")
        self.batch_size = max(1, int(batch_size))
        self.timeout = _seconds(timeout, "FACTCHECK_HTTP_TIMEOUT", 60.0)
        self.retries = max(0, int(retries))
        self.backoff = float(backoff)
        # `timeout` bounds one request from connecting to its last byte; `deadline` every request
        # and pause of this translator together (one story), counted from its first request.
        self.deadline = _seconds(deadline, "FACTCHECK_HTTP_DEADLINE", 600.0)
        self.max_reply_bytes = int(max_reply_bytes)
        self._started: float | None = None

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
            content = payload["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as error:
            raise TranslationError(f"malformed reply from translation endpoint {self.url}: no choices[0].message.content") from error
        if content is None:
            return ""
        if not isinstance(content, str):
            raise TranslationError(f"malformed reply from translation endpoint {self.url}: "
                                   f"choices[0].message.content is {type(content).__name__}, not text")
        return content

    def _post_with_retries(self, data: bytes) -> dict:
        last_error: Exception | None = None
        for attempt in range(self.retries + 1):
            pause = self.backoff * 2 ** (attempt - 1) if attempt else 0.0
            if pause >= self._left() - MIN_REQUEST_SECONDS:
                break  # no time left for another try: say why the last one failed
            time.sleep(pause)
            try:
                return self._post(data)
            except urllib.error.HTTPError as error:
                if error.code not in RETRYABLE_STATUS:
                    raise TranslationError(f"translation endpoint {self.url} answered HTTP {error.code}: {_one_line(error.reason)}") from error
                last_error = error
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                last_error = error
            except http.client.BadStatusLine as error:  # not HTTP at all: a wrong port, another protocol
                raise TranslationError(f"translation endpoint {self.url} did not answer in HTTP: {_one_line(error)}") from error
            except (http.client.HTTPException, ValueError) as error:  # a cut reply; JSON that does not parse
                last_error = error
        if last_error is None:
            raise TranslationError(f"translation endpoint {self.url}: the overall deadline of {self.deadline:g} s "
                                   "(option deadline=) has passed")
        if isinstance(last_error, ValueError):
            raise TranslationError(f"malformed reply from translation endpoint {self.url}: {_one_line(last_error)}")
        reason = getattr(last_error, "reason", last_error)
        raise TranslationError(f"cannot reach translation endpoint {self.url}: {_one_line(reason)}")

    def _left(self) -> float:
        """Seconds left of the overall deadline, counted from this translator's first request."""
        if self._started is None:
            self._started = time.monotonic()
        return self.deadline - (time.monotonic() - self._started)

    def _post(self, data: bytes) -> dict:
        """One request, bounded by `timeout` and by what is left of `deadline`, whatever the
        server does: a watchdog shuts the socket when time is up (a server that sends a byte a
        second defeats socket timeouts, which count per read)."""
        limit = max(MIN_REQUEST_SECONDS, min(self.timeout, self._left()))
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(self.url, data=data, headers=headers, method="POST")
        watchdog = _Watchdog(limit)
        try:
            with _opener(watchdog).open(request, timeout=limit) as response:
                body = _read_capped(response, self.max_reply_bytes, self.url)
        except (OSError, http.client.HTTPException) as error:
            # the watchdog, or on a busy machine the socket's own timeout first: the same reason
            if (watchdog.fired or _timed_out(error)) and not isinstance(error, urllib.error.HTTPError):
                raise TimeoutError(f"no complete reply within {limit:g} s") from error
            raise
        finally:
            watchdog.cancel()
        if watchdog.fired:  # the socket was shut under a read, which then looks like the end of the body
            raise TimeoutError(f"no complete reply within {limit:g} s")
        return json.loads(body.decode("utf-8"))


def _timed_out(error: BaseException) -> bool:
    """A socket timeout, raised as it is or wrapped by urllib (`URLError.reason`)."""
    return isinstance(error, TimeoutError) or isinstance(getattr(error, "reason", None), TimeoutError)


class _Watchdog:
    """Shuts down the sockets of one request when its time is up."""

    def __init__(self, seconds: float):
        self.sockets: list[socket.socket] = []
        self.fired = False
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self.sockets.append(sock)
            if self.fired:
                _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self.sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


def _opener(watchdog: _Watchdog) -> urllib.request.OpenerDirector:
    """urllib as usual (proxies from the environment, HTTPS), with every connection's socket
    handed to the watchdog as soon as it is open."""

    def watched(base):
        class Connection(base):
            def connect(self):
                super().connect()
                watchdog.watch(self.sock)

        return Connection

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(watched(http.client.HTTPConnection), req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(watched(http.client.HTTPSConnection), req, context=self._context)

    return urllib.request.build_opener(Http, Https)


def _read_capped(response, limit: int, url: str) -> bytes:
    """The reply body, refused past `limit` bytes (announced or received) without holding more."""
    announced = response.headers.get("Content-Length")
    if announced and announced.isdigit() and int(announced) > limit:
        raise TranslationError(f"translation endpoint {url}: reply of {int(announced):,} bytes is over the limit of {limit:,} (max_reply_bytes=)")
    chunks, size = [], 0
    while chunk := response.read1(65536):
        size += len(chunk)
        if size > limit:
            raise TranslationError(f"translation endpoint {url}: reply is over the limit of {limit:,} bytes (max_reply_bytes=)")
        chunks.append(chunk)
    return b"".join(chunks)


def _one_line(value) -> str:
    """Server-supplied text in an error message: one line, no control characters, short."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(value))
    return " ".join(text.split())[:200]


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
