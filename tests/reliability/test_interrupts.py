"""Ctrl-C, SIGTERM and SIGHUP during ``index``: one line, exit code 130, nothing lost.

A terminal sends SIGINT to the whole process group, a service manager SIGTERM, a closed
terminal SIGHUP. Each time the run must end promptly (it once hung forever in the queues'
feeder threads), print no worker tracebacks, keep every committed document and leave the
rest to the next run.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.reliability.test_crash_safety import CLI, _documents, _group_members

pytestmark = pytest.mark.slow

DOCS = 6000
COMMIT_EVERY = 1500  # above MIN_PARALLEL (512): the worker processes start
#: Generous: a run that does not end in this time hangs (a clean stop takes about a second).
HANG = 30.0
LINE = re.compile(r"^abgebrochen: (\d+) Dokumente gespeichert, Rest beim nächsten Lauf$")


def _corpus(path: Path) -> Path:
    words = ("Mindestlohn Rente Wohnungsbau Klimaschutz Haushalt Bürgergeld Schule Pflege "
             "Bahn Digitalisierung Landwirtschaft Kommune Wahlkreis Antrag Beschluss").split()
    with path.open("w", encoding="utf-8") as handle:
        for number in range(DOCS):
            text = " ".join(words[(number * 7 + i * 3) % len(words)] for i in range(120))
            record = {"id": f"rede-{number:05d}", "text": text, "date": "2025-03-01",
                      "person": f"Rednerin {number % 41}", "party": "SPD", "type": "speech"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _wait_for_first_commit(index: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if (_documents(index) or 0) > 0:
            return
        time.sleep(0.2)
    pytest.fail("the run ended or never committed before the signal could be sent")


@pytest.mark.parametrize(
    ("signum", "whole_group"),
    [(signal.SIGINT, True), (signal.SIGTERM, True), (signal.SIGHUP, False)],
    ids=["ctrl-c-at-a-terminal", "sigterm-to-the-group", "sighup-to-the-parent"],
)
def test_interrupted_index_stops_cleanly_and_loses_nothing(
    tmp_path: Path, signum: signal.Signals, whole_group: bool
) -> None:
    corpus = _corpus(tmp_path / "reden.jsonl")
    index = tmp_path / "index"
    process = subprocess.Popen(
        [*CLI, "index", "--index", str(index), "--procs", "2", "--commit-every",
         str(COMMIT_EVERY), "--quiet", str(corpus)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    _wait_for_first_commit(index, process)
    if whole_group:
        os.killpg(process.pid, signum)
    else:
        os.kill(process.pid, signum)
    try:
        _out, err = process.communicate(timeout=HANG)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"index did not end within {HANG:g} s of {signum.name}")
    if process.returncode == 0:
        pytest.skip("the run finished before the signal arrived; nothing to check")
    assert process.returncode == 130, err
    assert "Traceback" not in err and "Aborted" not in err, err
    lines = err.strip().splitlines()
    match = LINE.match(lines[-1]) if lines else None
    assert match is not None, err
    assert len(lines) == 1, err
    assert _group_members(process.pid) == [], "worker processes outlived the parent"
    saved = int(match.group(1))
    assert _documents(index) == saved and 0 < saved < DOCS
    again = subprocess.run([*CLI, "index", "--index", str(index), "--json", str(corpus)],
                           capture_output=True, text=True, timeout=600, check=False)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert (summary["added"], summary["unchanged"]) == (DOCS - saved, saved)
    assert _documents(index) == DOCS
