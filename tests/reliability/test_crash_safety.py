"""SIGKILL during indexing, commits and merges: the index stays whole and the next run finishes.

Each trial starts ``parteisuche index`` on a few thousand small documents with frequent
commits and two worker processes, kills the CLI at a random moment, and then checks that

- the index opens and ``check`` reports it healthy (or it does not exist yet),
- it holds a whole number of commits: every document of a committed round, no duplicates,
- no worker process outlived the CLI,

and finally that one more run completes the job.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DOCS = 3000
COMMIT_EVERY = 400
TRIALS = 20
CLI = [sys.executable, "-m", "webapp.cli"]


def _write_corpus(path: Path) -> None:
    rng = random.Random(7)
    words = ("Mindestlohn Rente Wohnungsbau Klimaschutz Haushalt Bürgergeld Schule Pflege "
             "Bahn Digitalisierung Landwirtschaft Kommune Wahlkreis Antrag Beschluss").split()
    with path.open("w", encoding="utf-8") as handle:
        for number in range(DOCS):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(20, 80)))
            record = {"id": f"doc-{number:05d}", "text": text, "date": "2024-05-01",
                      "person": f"Person {number % 37}", "party": "SPD"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout,
                          check=False)


def _group_members(pgid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def _documents(index: Path) -> int | None:
    """Documents in the index after ``check`` says it is healthy; None if it does not exist."""
    check = _cli("check", "--index", str(index), "--json")
    if check.returncode == 4:
        return None
    report = json.loads(check.stdout)
    assert check.returncode == 0 and report["healthy"], check.stdout + check.stderr
    documents: int = report["documents"]
    return documents


def test_sigkill_at_random_moments_never_breaks_the_index(tmp_path: Path) -> None:
    corpus = tmp_path / "bulk.jsonl"
    _write_corpus(corpus)
    index = tmp_path / "index"
    rng = random.Random(2024)
    # Calibrate: how long a whole run takes here, so kills land anywhere inside one.
    started = time.monotonic()
    full = _cli("index", "--index", str(tmp_path / "calibration"), "--procs", "2",
                "--commit-every", str(COMMIT_EVERY), "-q", str(corpus))
    assert full.returncode == 0, full.stderr
    duration = time.monotonic() - started
    outcomes = []
    for _trial in range(TRIALS):
        before = _documents(index)
        process = subprocess.Popen(
            [*CLI, "index", "--index", str(index), "--procs", "2", "--force",
             "--commit-every", str(COMMIT_EVERY), "-q", str(corpus)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        time.sleep(rng.uniform(0.05, duration * 1.1))
        finished = process.poll() is not None
        if not finished:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 5
        while _group_members(process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _group_members(process.pid) == [], "worker processes outlived the killed CLI"
        after = _documents(index)
        if after is not None:
            # --force re-adds: a committed round replaces documents, never duplicates them.
            assert after in {before or 0, *range(0, DOCS + 1, COMMIT_EVERY), DOCS}
        outcomes.append((finished, before, after))
    killed = sum(1 for finished, _, _ in outcomes if not finished)
    partial = sum(1 for finished, _, after in outcomes
                  if not finished and after not in (None, DOCS))
    print(f"crash trials: {len(outcomes)}, killed mid-run: {killed}, "
          f"left at an earlier whole commit: {partial}")
    assert killed > 0, "every run ended before its kill"
    final = _cli("index", "--index", str(index), "--procs", "2", "--json", str(corpus))
    assert final.returncode == 0, final.stderr
    assert _documents(index) == DOCS
    summary = json.loads(final.stdout)
    assert summary["added"] + summary["updated"] + summary["unchanged"] == DOCS
