"""Indexing speed, memory and size: parteisuche against stock Whoosh, SQLite FTS5 and tantivy.

Indexes the first 1,000 and 10,000 speeches and the whole Bundestag corpus (35,900 speeches)
with ``parteisuche index`` — the real command: reading, ids, content hashes, metadata
extraction, the German analysis chain, worker processes, durable commits — and then adds 100
new speeches to the largest index (an incremental run). The same documents go into the peers:

* stock Whoosh 2.7.4: ``LanguageAnalyzer('de')`` on one TEXT field (title and text), ID, two
  KEYWORD and a NUMERIC field, one writer in one process;
* SQLite FTS5 (stdlib ``sqlite3``): ``unicode61 remove_diacritics 2``, one transaction;
* tantivy 0.27 (``bench/tantivy_peer.py``: Snowball German, fast fields for the facets; its
  writer's own threads), where the optional package is installed.

Every run is its own process, timed from outside. Printed per run: wall time, documents/s,
MB of text/s, CPU seconds (all processes) and the cores that makes, peak memory of the whole
process tree (sum of PSS, sampled every 50 ms from /proc; RSS where PSS is unreadable), and the
index size on disk; then parteisuche/peer ratios. A Markdown table goes to stdout and all
figures to ``bench/results/indexing-<time>.json``. The load average is printed before and
after: figures from a busy machine are not comparable.

Usage::

    .venv/bin/python bench/indexing.py                  # 1k, 10k, full; procs 2; both peers
    .venv/bin/python bench/indexing.py --quick          # 1k only (smoke run)
    .venv/bin/python bench/indexing.py --procs 1 2      # parteisuche with 1 and 2 processes
    .venv/bin/python bench/indexing.py --sizes full --no-peers
    .venv/bin/python bench/indexing.py --growth         # also 10x the corpus (new ids; slow)

Skips with a message (exit 0) where ``../shared`` is absent. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import tantivy_peer
from shared_data import CORPUS

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SIZES = {"1k": 1_000, "10k": 10_000, "full": None}
INCREMENT = 100


# --- measuring a process tree ----------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    """Parent -> children of every process (a scan of all of ``/proc``: the fallback)."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _tree(root: int) -> list[int]:
    """``root`` and its descendants, from each thread's ``children`` file (Linux 3.5+): a few
    small reads instead of one per process of the machine, which on a busy machine (hundreds
    of processes) was most of the sampler's cost. Falls back to scanning ``/proc``."""
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                    todo.extend(int(child) for child in handle.read().split())
            except FileNotFoundError:
                return _tree_by_scan(root)
            except OSError:
                continue
    return pids


def _tree_by_scan(root: int) -> list[int]:
    tree = _children()
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(tree.get(pid, []))
    return pids


def _memory_kb(pid: int) -> int:
    """PSS of one process (shared pages counted once across the tree), else RSS."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except OSError:
        return 0


class TreeSampler(threading.Thread):
    """Largest summed memory of a process and all its descendants, sampled from /proc.

    Reading PSS is not free: the kernel walks every page of a process, some 8 ms for a worker
    of 500 MB, so sampling three such processes every 50 ms took a quarter of a core from the
    measured command on a two-core machine (and its wall time with it). The sampler therefore
    waits at least :data:`BUDGET` times as long as its last sample took: at most ~2.5 % of
    one core, and still a sample every fraction of a second (memory grows over seconds).
    At 10 % of a core it had cost a two-core run of the whole corpus some 3 s of its wall
    time (6.8 s of sampler CPU in 81 s).
    """

    #: Waiting time per unit of sampling time.
    BUDGET = 40.0

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_kb = 0
        self.max_procs = 0
        self.samples = 0
        self.sampling_s = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            started = time.thread_time()
            pids = _tree(self.pid)
            self.peak_kb = max(self.peak_kb, sum(_memory_kb(p) for p in pids))
            self.max_procs = max(self.max_procs, len(pids))
            cost = time.thread_time() - started
            self.samples += 1
            self.sampling_s += cost
            self._done.wait(max(self.interval, cost * self.BUDGET))

    def stop(self) -> None:
        self._done.set()
        self.join()


@dataclass
class Run:
    system: str
    size: str
    docs: int
    text_mb: float
    wall_s: float = 0.0
    cpu_s: float = 0.0
    peak_mb: float = 0.0
    procs_seen: int = 0
    index_mb: float = 0.0
    ok: bool = True
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.wall_s if self.wall_s else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.text_mb / self.wall_s if self.wall_s else 0.0

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(docs_per_s=round(self.docs_per_s, 1), mb_text_per_s=round(self.mb_per_s, 2),
                    cores=round(self.cpu_s / self.wall_s, 2) if self.wall_s else 0.0)
        return data


def measure(command: list[str], run: Run, output: Path | None) -> Run:
    """Run ``command`` to completion and fill in time, CPU, peak memory and size."""
    # the 10x file of --growth is larger than the default per-file limit (50 MB)
    env = {**os.environ, "PARTEISUCHE_MAX_FILE_MB": "100000"}
    before = os.times()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env)
    sampler = TreeSampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    run.wall_s = time.perf_counter() - started
    sampler.stop()
    after = os.times()
    run.cpu_s = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    run.peak_mb = sampler.peak_kb / 1024
    run.extra.update(memory_samples=sampler.samples, sampler_cpu_s=round(sampler.sampling_s, 2))
    run.procs_seen = sampler.max_procs
    run.ok = process.returncode == 0
    if not run.ok:
        run.note = (stderr or stdout).strip().splitlines()[-1:][0] if (stderr or stdout) else ""
    if output is not None and output.exists():
        run.index_mb = _size_mb(output)
    return run


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


# --- data ------------------------------------------------------------------------------------


def _lines(limit: int | None) -> Iterator[str]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            if line.strip():
                yield line


def write_subset(workdir: Path, name: str, limit: int | None, copies: int = 1) -> tuple[Path, int,
                                                                                         float]:
    """The first ``limit`` speeches as JSON Lines, gzipped like the corpus (``copies`` times,
    later copies under new ids); the corpus itself when that is all of it. Returns (path,
    documents, MB of speech text)."""
    docs, text_bytes = 0, 0
    if limit is None and copies == 1:
        for line in _lines(None):
            docs += 1
            text_bytes += len(str(json.loads(line).get("text") or "").encode("utf-8"))
        return CORPUS, docs, text_bytes / 2**20
    path = workdir / f"corpus-{name}.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        for copy in range(copies):
            for line in _lines(limit):
                record = json.loads(line)
                if copy:
                    record["id"] = f"{record.get('id')}-copy{copy}"
                    line = json.dumps(record, ensure_ascii=False) + "\n"
                out.write(line)
                docs += 1
                text_bytes += len(str(record.get("text") or "").encode("utf-8"))
    return path, docs, text_bytes / 2**20


def write_increment(workdir: Path) -> Path:
    """100 speeches from the end of the corpus under ids the index does not hold yet."""
    lines = list(_lines(None))[-INCREMENT:]
    path = workdir / "increment.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number, line in enumerate(lines):
            record = json.loads(line)
            record["id"] = f"bench-new-{number:03d}"
            record["text"] = f"{record.get('text', '')}\n\nNachtrag {number}."
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


# --- peers (run in a child process: python bench/indexing.py --peer NAME ...) ------------------


def _records(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def peer_whoosh(source: Path, target: Path) -> None:
    from whoosh import index
    from whoosh.analysis import LanguageAnalyzer
    from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema

    schema = Schema(
        id=ID(stored=True, unique=True),
        text=TEXT(analyzer=LanguageAnalyzer("de"), stored=True),
        person=KEYWORD(stored=True, commas=True),
        party=KEYWORD(stored=True, commas=True),
        date=ID(stored=True),
        year=NUMERIC(int, stored=True),
    )
    target.mkdir(parents=True)
    writer = index.create_in(str(target), schema).writer(limitmb=256)
    for record in _records(source):
        date = str(record.get("date") or "")
        writer.add_document(
            id=str(record["id"]),
            text=f"{record.get('agenda_title') or ''}\n{record.get('text') or ''}",
            person=str(record.get("person") or ""),
            party=str(record.get("party") or ""),
            date=date,
            year=int(date[:4]) if date[:4].isdigit() else 0,
        )
    writer.commit()


def peer_fts5(source: Path, target: Path) -> None:
    db = sqlite3.connect(target)
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, text, person, party, "
        "date UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
    )
    with db:
        db.executemany(
            "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)",
            (
                (r["id"], r.get("agenda_title") or "", r.get("text") or "",
                 r.get("person") or "", r.get("party") or "", r.get("date") or "")
                for r in _records(source)
            ),
        )
    db.close()


def peer_tantivy(source: Path, target: Path) -> None:
    tantivy_peer.build(target, _records(source))


PEERS = {"whoosh": peer_whoosh, "fts5": peer_fts5, "tantivy": peer_tantivy}


# --- the benchmark ---------------------------------------------------------------------------


def parteisuche(source: Path, index: Path, procs: int, run: Run) -> Run:
    # --nice 0: the default priority (10) yields to any other work and would measure that
    command = [sys.executable, "-m", "webapp.cli", "index", str(source), "--index", str(index),
               "--procs", str(procs), "--nice", "0", "--quiet", "--json"]
    return measure(command, run, index)


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def table(runs: list[Run]) -> str:
    head = ("| system | size | docs | wall s | docs/s | MB text/s | CPU s | cores | peak MB "
            "| index MB |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    rows = [
        f"| {r.system} | {r.size} | {r.docs:,} | {r.wall_s:.1f} | {r.docs_per_s:.0f} "
        f"| {r.mb_per_s:.2f} | {r.cpu_s:.1f} | {r.cpu_s / r.wall_s if r.wall_s else 0:.2f} "
        f"| {r.peak_mb:.0f} | {r.index_mb:.0f} |" + ("" if r.ok else f" FAILED: {r.note}")
        for r in runs
    ]
    return "\n".join([head, *rows])


def ratios(runs: list[Run]) -> list[str]:
    lines = []
    for run in runs:
        if not run.system.startswith("parteisuche") or run.size == "+100":
            continue
        for peer in PEERS:
            other = next((r for r in runs if r.system == peer and r.size == run.size), None)
            if other and other.wall_s and run.wall_s:
                lines.append(
                    f"- {run.system} / {peer} ({run.size}): wall {run.wall_s / other.wall_s:.2f}x,"
                    f" peak memory {run.peak_mb / max(other.peak_mb, 1):.2f}x,"
                    f" index size {run.index_mb / max(other.index_mb, 0.01):.2f}x"
                )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1k documents only")
    parser.add_argument("--sizes", nargs="+", choices=[*SIZES], help="subsets to index")
    parser.add_argument("--procs", nargs="+", type=int, default=[2],
                        help="parteisuche worker processes, one run each (default: 2)")
    parser.add_argument("--no-peers", action="store_true",
                        help="skip the peers (stock Whoosh, FTS5, tantivy)")
    parser.add_argument("--growth", action="store_true",
                        help="also index 10 copies of the corpus (new ids): 359,000 documents")
    parser.add_argument("--workdir", type=Path, help="keep subsets and indexes here")
    parser.add_argument("--peer", choices=[*PEERS], help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--target", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.peer:  # child process of a peer run
        PEERS[args.peer](args.source, args.target)
        return 0
    if not CORPUS.exists():
        print(f"skipped: shared corpus not available at {CORPUS} (present in CI)")
        return 0

    sizes = ["1k"] if args.quick else (args.sizes or [*SIZES])
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-indexing-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"workdir {workdir}; load average before: {_load()}; cores: {os.cpu_count()}",
          flush=True)
    runs: list[Run] = []
    largest: dict[int, Path] = {}
    for size in sizes:
        source, docs, text_mb = write_subset(workdir, size, SIZES[size])
        for procs in args.procs:
            index = workdir / f"parteisuche-{size}-p{procs}"
            shutil.rmtree(index, ignore_errors=True)
            run = parteisuche(source, index, procs, Run(f"parteisuche p{procs}", size, docs,
                                                        text_mb))
            runs.append(run)
            largest[procs] = index
            print(table([run]).splitlines()[-1], flush=True)
        if not args.no_peers:
            for peer in PEERS:
                if peer == "tantivy" and not tantivy_peer.available():
                    print("tantivy peer skipped: the package is not installed "
                          "(pip install -e '.[bench]')", flush=True)
                    continue
                target = workdir / f"{peer}-{size}" / ("docs.db" if peer == "fts5" else "")
                shutil.rmtree(target.parent if peer == "fts5" else target, ignore_errors=True)
                target.parent.mkdir(parents=True, exist_ok=True)
                command = [sys.executable, str(Path(__file__).resolve()), "--peer", peer,
                           "--source", str(source), "--target", str(target)]
                run = measure(command, Run(peer, size, docs, text_mb), target)
                runs.append(run)
                print(table([run]).splitlines()[-1], flush=True)
    increment = write_increment(workdir)
    inc_mb = sum(len(str(r.get("text") or "").encode()) for r in _records(increment)) / 2**20
    for procs, index in largest.items():
        run = parteisuche(increment, index, procs,
                          Run(f"parteisuche p{procs}", "+100", INCREMENT, inc_mb))
        run.note = f"incremental add to the {sizes[-1]} index"
        runs.append(run)
        print(table([run]).splitlines()[-1], flush=True)
    if args.growth:
        source, docs, text_mb = write_subset(workdir, "growth", None, copies=10)
        procs = max(args.procs)
        index = workdir / f"parteisuche-growth-p{procs}"
        shutil.rmtree(index, ignore_errors=True)
        runs.append(parteisuche(source, index, procs,
                                Run(f"parteisuche p{procs}", "10x", docs, text_mb)))
        print(table(runs[-1:]).splitlines()[-1], flush=True)

    print(f"\nload average after: {_load()}\n")
    print(table(runs))
    print("\n".join(["", *ratios(runs)]))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"indexing-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"cores": os.cpu_count(), "runs": [r.as_dict() for r in runs],
                               "workdir": str(workdir)}, indent=1), encoding="utf-8")
    print(f"\nfigures written to {out.relative_to(ROOT)}")
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
