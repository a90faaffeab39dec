"""The pre-forked production server: workers share the port, restart, and never outlive it."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser.corpus import build_index, write_corpus

pytestmark = pytest.mark.slow


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


def _wait_until(condition: object, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def _serve_two_workers(tmp_path: Path) -> tuple[subprocess.Popen[bytes], int]:
    """``parteisuche serve`` with two worker processes on a free port, over a small index."""
    build_index(write_corpus(tmp_path / "docs"), tmp_path / "index")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "webapp.cli", "serve", "--index", str(tmp_path / "index"),
         "--port", str(port), "--workers", "2", "--threads", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return server, port


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL])
def test_workers_serve_restart_and_stop_with_the_parent(tmp_path: Path, stop: int) -> None:
    server, port = _serve_two_workers(tmp_path)
    try:
        assert _wait_until(lambda: len(_children(server.pid)) == 2)
        url = f"http://127.0.0.1:{port}/api/search?q=Mietpreisbremse"

        def answers() -> bool:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    return response.status == 200
            except OSError:
                return False

        assert _wait_until(answers)
        first, second = _children(server.pid)
        os.kill(first, signal.SIGKILL)
        assert _wait_until(lambda: len(_children(server.pid)) == 2 and
                           first not in _children(server.pid))
        assert all(answers() for _ in range(10))
        workers = _children(server.pid)
        os.kill(server.pid, stop)
        server.wait(timeout=20)
        assert _wait_until(lambda: not any(_alive(pid) for pid in workers)), "orphaned workers"
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def _connections_per_worker(port: int, workers: list[int]) -> list[int]:
    """Established connections to ``port`` held by each worker: the kernel's TCP table
    (/proc/net/tcp) names each socket's inode, the workers' open files point at them."""
    established: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                established.add(f"socket:[{fields[9]}]")
    counts = []
    for pid in workers:
        held = 0
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                held += os.readlink(fd) in established
            except OSError:
                continue
        counts.append(held)
    return counts


def _answered(port: int) -> http.client.HTTPConnection:
    """A connection that got one answer and stays open (HTTP/1.1 keep-alive)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/api/search?q=Mietpreisbremse")
    response = conn.getresponse()
    response.read()
    assert response.status == 200
    assert response.getheader("Connection") != "close"
    return conn


def test_keep_alive_connections_are_spread_over_the_workers(tmp_path: Path) -> None:
    """Clients that keep their connections (wrk, browsers) once left 6 of 8 on one worker.
    Each connection here is opened after the previous one was answered, so every worker has
    seen the new count before the next arrives: they must hold 4 and 4 (webapp.balance)."""
    server, port = _serve_two_workers(tmp_path)
    connections: list[http.client.HTTPConnection] = []
    try:
        assert _wait_until(lambda: len(_children(server.pid)) == 2)

        def answers() -> bool:
            try:
                _answered(port).close()
                return True
            except OSError:
                return False

        assert _wait_until(answers, 60)
        workers = _children(server.pid)
        # Both workers serve (they warm up first): each has held one of the probes.
        served = [0, 0]
        deadline = time.monotonic() + 60
        while 0 in served and time.monotonic() < deadline:
            probe_conn = _answered(port)
            held = _connections_per_worker(port, workers)
            served = [a + b for a, b in zip(served, held, strict=True)]
            probe_conn.close()
        assert 0 not in served, "a worker never served"
        assert _wait_until(lambda: _connections_per_worker(port, workers) == [0, 0])
        time.sleep(1.5)  # a worker learns the other's count at least once a second
        started = time.monotonic()
        connections.extend(_answered(port) for _ in range(8))
        # No connection waits for a worker that does not listen: the one that may take it
        # is woken (an idle worker's event loop otherwise sleeps up to a second).
        assert time.monotonic() - started < 1.0
        assert sorted(_connections_per_worker(port, workers)) == [4, 4]
    finally:
        for conn in connections:
            conn.close()
        server.terminate()
        server.wait(timeout=20)
