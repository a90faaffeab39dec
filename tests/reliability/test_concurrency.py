"""Writers and readers at the same time, through the real CLI and the real WSGI server.

- two ``index`` runs at once: one writes, the other waits ``--wait`` and then stops with a clear
  message; re-running it afterwards loses and duplicates nothing;
- the web app keeps answering searches with zero errors while a reindex and an optimize run,
  and shows the new documents afterwards, without a restart.
"""

from __future__ import annotations

import fcntl
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "webapp.cli"]


def _corpus(path: Path, prefix: str, count: int, word: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            text = (f"Rede {number} zur {word} und zum Haushalt. Die Kolleginnen und Kollegen "
                    f"beraten den Antrag {prefix}{number} im Ausschuss.")
            handle.write(json.dumps({"id": f"{prefix}-{number}", "text": text,
                                     "date": "2024-03-01", "party": "SPD"}) + "\n")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=600,
                          check=False)


def _documents(index: Path) -> int:
    report = json.loads(_cli("check", "--index", str(index), "--json").stdout)
    assert report["healthy"], report
    count: int = report["documents"]
    return count


def test_second_index_run_waits_then_fails_and_nothing_is_lost(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _corpus(first, "a", 8000, "Rente")
    _corpus(second, "b", 300, "Pflege")
    index = tmp_path / "index"
    assert _cli("index", "--index", str(index), "-q", str(tmp_path / "b.jsonl")).returncode == 0
    running = subprocess.Popen([*CLI, "index", "--index", str(index), "-q", "--procs", "2",
                                str(first)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    assert _wait_for_lock(index / "write.lock"), "the first run never took the writer lock"
    blocked = _cli("index", "--index", str(index), "--wait", "0.5", "--force", str(second))
    assert running.poll() is None, "the first run ended too early for this test to mean much"
    _out, err = running.communicate(timeout=600)
    assert running.returncode == 0, err
    assert blocked.returncode == 5  # index busy
    assert "Another parteisuche process" in blocked.stderr and "--wait SECONDS" in blocked.stderr
    assert "Traceback" not in blocked.stderr
    again = _cli("index", "--index", str(index), "--json", "--force", str(second))
    assert again.returncode == 0 and json.loads(again.stdout)["updated"] == 300
    assert _documents(index) == 8300


def _wait_for_lock(path: Path, seconds: float = 60) -> bool:
    """True once another process holds the writer lock (our own flock attempt fails)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists():
            with path.open("a") as handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return True
                fcntl.flock(handle, fcntl.LOCK_UN)
        time.sleep(0.02)
    return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(port: int, query: str) -> tuple[int, dict[str, object] | None]:
    url = f"http://127.0.0.1:{port}/api/search?" + urlencode({"q": query})
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, None
    except OSError:
        return 0, None


def test_web_app_answers_during_reindex_and_optimize(tmp_path: Path) -> None:
    corpus = tmp_path / "reden.jsonl"
    _corpus(corpus, "r", 3000, "Rente")
    index = tmp_path / "index"
    assert _cli("index", "--index", str(index), "-q", "--commit-every", "500",
                str(corpus)).returncode == 0
    port = _free_port()
    server = subprocess.Popen([*CLI, "serve", "--index", str(index), "--port", str(port),
                               "--threads", "4"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    statuses: list[int] = []
    totals: list[int] = []
    stop = threading.Event()

    def hammer() -> None:
        while not stop.is_set():
            status, body = _get(port, "Rente Haushalt")
            statuses.append(status)
            if body is not None:
                totals.append(int(body["total"]))  # type: ignore[call-overload]

    try:
        deadline = time.monotonic() + 30
        while _get(port, "Rente")[0] != 200:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        threads = [threading.Thread(target=hammer) for _ in range(3)]
        for thread in threads:
            thread.start()
        reindexed = _cli("reindex", "--index", str(index))
        optimized = _cli("optimize", "--index", str(index))
        added = tmp_path / "neu.jsonl"
        _corpus(added, "neu", 50, "Wasserstoffstrategie")
        indexed = _cli("index", "--index", str(index), str(added))
        time.sleep(0.5)
        stop.set()
        for thread in threads:
            thread.join()
        assert reindexed.returncode == 0, reindexed.stderr
        assert optimized.returncode == 0 and "optimized: 1 segment" in optimized.stdout
        assert indexed.returncode == 0, indexed.stderr
        assert len(statuses) > 20
        assert set(statuses) == {200}, f"errors while writing: {sorted(set(statuses))}"
        # Before and after the 50 new documents (they mention the Haushalt too), nothing between.
        assert set(totals) <= {3000, 3050} and 3000 in totals, "a search saw a partial index"
        status, body = _get(port, "Wasserstoffstrategie")
        assert status == 200 and body is not None and body["total"] == 50
    finally:
        stop.set()
        server.terminate()
        server.wait(timeout=10)
