"""The waitress server the browser tests run in a thread stops cleanly, whatever clients hold.

A browser keeps connections alive, opens some speculatively without sending anything, and
may be mid-request when a fixture ends. Each round here leaves such connections open and
stops the server: the loop thread must end at once (not after waitress's 120 s channel
timeout) and without an exception in any thread (pytest turns one into an error), and every
client must see its connection closed.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from tests.support.liveserver import serving, url

ROUNDS = 20


def _app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """A WSGI app that answers ``/slow`` after a pause (a request still in flight at stop)."""
    if environ["PATH_INFO"] == "/slow":
        time.sleep(0.3)
    body = b"hallo"
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "5")])
    return [body]


def _wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the server did not reach the expected state"
        time.sleep(0.01)


def _closed_by_server(sock: socket.socket) -> bool:
    """True once the server has closed this connection (EOF or reset), waiting up to 5 s."""
    sock.settimeout(5)
    try:
        while sock.recv(4096):
            pass
    except ConnectionResetError:
        pass
    except TimeoutError:
        return False
    return True


def _open_clients(port: int) -> list[socket.socket]:
    """Two kept-alive connections after an answer, one silent, one with half a request."""
    kept = []
    for _ in range(2):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", "/")
        response = connection.getresponse()
        assert response.read() == b"hallo" and not response.will_close
        assert connection.sock is not None
        kept.append(connection.sock)
    silent = socket.create_connection(("127.0.0.1", port), timeout=5)
    half = socket.create_connection(("127.0.0.1", port), timeout=5)
    half.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
    return [*kept, silent, half]


@pytest.mark.parametrize("in_flight", [False, True], ids=["idle", "mid-request"])
def test_stop_ends_the_loop_with_connections_open(in_flight: bool) -> None:
    for _ in range(ROUNDS):
        _one_round(in_flight)


def _one_round(in_flight: bool) -> None:
    with serving(_app, "waitress-stop-test", threads=2) as server:
        port = server.effective_port
        clients = _open_clients(port)
        _wait_for(lambda: len(server.active_channels) == len(clients))
        if in_flight:
            slow = socket.create_connection(("127.0.0.1", port), timeout=5)
            slow.sendall(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
            clients.append(slow)
        started = time.monotonic()
    assert time.monotonic() - started < 3, "the stop waited on the open connections"
    assert not any(t.name == "waitress-stop-test" for t in threading.enumerate())
    assert server.task_dispatcher.threads == set()
    assert server._map == {}
    try:
        assert all(_closed_by_server(client) for client in clients)
    finally:
        for client in clients:
            client.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


def test_the_url_names_the_loopback_port() -> None:
    with serving(_app, "waitress-url-test", threads=1) as server:
        connection = http.client.HTTPConnection("127.0.0.1", server.effective_port, timeout=5)
        assert url(server) == f"http://127.0.0.1:{server.effective_port}"
        connection.request("GET", "/")
        assert connection.getresponse().read() == b"hallo"
        connection.close()
