"""The pre-forked production server: workers share the port, restart, and never outlive it."""

from __future__ import annotations

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


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL])
def test_workers_serve_restart_and_stop_with_the_parent(tmp_path: Path, stop: int) -> None:
    build_index(write_corpus(tmp_path / "docs"), tmp_path / "index")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "webapp.cli", "serve", "--index", str(tmp_path / "index"),
         "--port", str(port), "--workers", "2", "--threads", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
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
