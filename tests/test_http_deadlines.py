"""The http translator against misbehaving servers (issue 17, item 6): hanging, trickling,
not HTTP, `"content": 42`, oversized. Each server is a thread on 127.0.0.1 only; every call
runs under a guard thread so that a regression fails the test instead of hanging the suite."""

import json
import socket
import threading

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.translate import TranslationError, get_translator

from .conftest import SEEDS

GUARD_SECONDS = 60


class RawServer:
    """Accepts connections on 127.0.0.1 and hands each to `behave(connection)`."""

    def __init__(self, behave):
        self.behave = behave
        self.connections = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection):
        with connection:
            try:
                self.behave(connection, self.stop)
            except OSError:
                pass  # the client gave up: that is the point

    def close(self):
        self.stop.set()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread (close alone does not)
        except OSError:
            pass
        self.sock.close()


@pytest.fixture
def raw_server(request):
    def start(behave):
        server = RawServer(behave)
        request.addfinalizer(server.close)
        return server

    return start


def _read_request(connection):
    data = b""
    while b"\r\n\r\n" not in data:
        data += connection.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
    while len(body) < length:
        body += connection.recv(65536)


def hang(connection, stop):
    _read_request(connection)
    stop.wait(GUARD_SECONDS)


def trickle(connection, stop):
    _read_request(connection)
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
    while not stop.wait(0.05):
        connection.sendall(b" ")


def not_http(connection, stop):
    _read_request(connection)
    connection.sendall(b"SSH-2.0-OpenSSH_9.6\r\n")


def _json_reply(payload: bytes, announce: bool = True):
    def reply(connection, stop):
        _read_request(connection)
        length = f"Content-Length: {len(payload)}\r\n" if announce else "Connection: close\r\n"
        connection.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{length}\r\n".encode() + payload)

    return reply


def _guarded(call):
    """Run `call` in a thread; fail (not hang) when it outlives GUARD_SECONDS."""
    outcome = {}

    def target():
        try:
            outcome["value"] = call()
        except Exception as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(GUARD_SECONDS)
    assert not thread.is_alive(), "the translator did not give up"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def test_a_hanging_endpoint_is_given_up_at_the_overall_deadline(raw_server):
    server = raw_server(hang)
    translator = get_translator("http", url=server.url, timeout=1, retries=50, backoff=0.01, deadline=2.5)
    with pytest.raises(TranslationError, match=r"cannot reach translation endpoint .*no complete reply within [\d.]+ s"):
        _guarded(lambda: translator.translate(["Een.", "Twee."], "nl"))
    assert server.connections <= 3  # about 1 s each within 2.5 s, not 51 tries


def test_a_socket_timeout_before_the_watchdog_gives_the_same_reason(raw_server, monkeypatch):
    # on a busy machine the socket's own timeout can end a request before the watchdog fires
    from factcheck.translate import http_backend

    class IdleWatchdog(http_backend._Watchdog):
        def _fire(self) -> None:
            pass

    monkeypatch.setattr(http_backend, "_Watchdog", IdleWatchdog)
    server = raw_server(hang)
    translator = get_translator("http", url=server.url, timeout=1, retries=0)
    with pytest.raises(TranslationError, match="no complete reply within 1 s"):
        _guarded(lambda: translator.translate(["Een."], "nl"))


def test_a_server_sending_a_byte_at_a_time_is_cut_off_by_the_request_timeout(raw_server):
    server = raw_server(trickle)
    translator = get_translator("http", url=server.url, timeout=1, retries=0)
    with pytest.raises(TranslationError, match="no complete reply within 1 s"):
        _guarded(lambda: translator.translate(["Een."], "nl"))


def test_a_reply_that_is_not_http_is_a_clear_error_without_retries(raw_server):
    server = raw_server(not_http)
    translator = get_translator("http", url=server.url, retries=3, backoff=0.01)
    with pytest.raises(TranslationError, match="did not answer in HTTP"):
        _guarded(lambda: translator.translate(["Een."], "nl"))
    assert server.connections == 1


def test_content_that_is_not_text_is_a_malformed_reply(raw_server):
    server = raw_server(_json_reply(json.dumps({"choices": [{"message": {"content": 42}}]}).encode()))
    translator = get_translator("http", url=server.url)
    with pytest.raises(TranslationError, match=r"choices\[0\].message.content is int, not text"):
        _guarded(lambda: translator.translate(["Een."], "nl"))


@pytest.mark.parametrize("announce", [True, False])
def test_a_reply_over_the_size_cap_is_refused(raw_server, announce):
    server = raw_server(_json_reply(b'{"choices": "' + b"x" * 200_000 + b'"}', announce))
    translator = get_translator("http", url=server.url, max_reply_bytes=10_000)
    with pytest.raises(TranslationError, match="over the limit of 10,000"):
        _guarded(lambda: translator.translate(["Een."], "nl"))


def test_the_cli_says_it_in_one_line_exits_2_and_the_warm_up_never_calls_the_endpoint(raw_server, monkeypatch):
    server = raw_server(_json_reply(json.dumps({"choices": [{"message": {"content": 42}}]}).encode()))
    monkeypatch.setenv("FACTCHECK_HTTP_URL", server.url)
    result = _guarded(lambda: CliRunner().invoke(app, ["compare", str(SEEDS), "--translator", "http", "--no-cache"]))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("factcheck: error:")]
    assert len(errors) == 1 and "content is int, not text" in errors[0]
    assert server.connections == 1  # the real request only: no warm-up request before it


def test_a_bad_timeout_setting_is_a_translation_error(monkeypatch):
    monkeypatch.setenv("FACTCHECK_HTTP_TIMEOUT", "soon")
    with pytest.raises(TranslationError, match="timeout must be a number of seconds above 0, not 'soon'"):
        get_translator("http", url="http://127.0.0.1:9")
