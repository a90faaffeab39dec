"""Load test: the production server (waitress) on loopback under a realistic request mix.

Starts ``parteisuche serve`` on 127.0.0.1 with an index of the Bundestag corpus, then runs a
bounded number of client threads for a bounded time: searches, facet clicks, date filters, deep
pages, document pages, person pages, API calls and CSV exports. Prints requests/s, p50/p95/p99
latency and errors; with ``--reindex`` a full ``reindex`` runs during the measurement, to show
that searches keep working while the index is rebuilt and switched.

Only loopback is contacted. Two load generators: ``--tool wrk`` (Debian's wrk, C, with a Lua
script drawing paths from the same mix; preferred) or the built-in Python threads, which share
the 2 cores and the GIL with nothing but still cost CPU the server would otherwise have.

    python bench/load.py --index /tmp/bt-index [--seconds 30] [--clients 8] [--reindex] [--tool wrk]
"""

from __future__ import annotations

import argparse
import csv
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from shared_data import CORPUS, QUERIES

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "indexer.cli"]
MAX_REQUESTS = 200_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ensure_index(index: Path) -> None:
    check = subprocess.run([*CLI, "check", "--index", str(index), "--quiet"], check=False)
    if check.returncode == 0:
        return
    print(f"building the index at {index} (once) ...", flush=True)
    subprocess.run([*CLI, "index", "--index", str(index), "-q", str(CORPUS)], check=True)


def sample_values(index: Path) -> dict[str, list[str]]:
    stats = json.loads(subprocess.run([*CLI, "stats", "--index", str(index), "--json"],
                                      capture_output=True, text=True, check=True).stdout)
    return {name: [v["value"] for v in values[:30]] for name, values in stats["facets"].items()}


def request_mix(index: Path) -> list[tuple[str, str]]:
    """(kind, path) pairs in the proportions a busy evening might bring."""
    with QUERIES.open(encoding="utf-8") as handle:
        queries = [row["query"] for row in csv.DictReader(handle, delimiter="\t")]
    values = sample_values(index)
    ids = [line.split("\t")[0] for line in subprocess.run(
        [*CLI, "list", "--index", str(index), "--limit", "400"], capture_output=True,
        text=True, check=True).stdout.splitlines()]
    rng = random.Random(42)
    mix: list[tuple[str, str]] = []
    for _ in range(2000):
        q = rng.choice(queries)
        roll = rng.random()
        if roll < 0.35:
            mix.append(("search", "/?" + urlencode({"q": q})))
        elif roll < 0.55:
            facet = rng.choice(["party", "person", "year", "office"])
            value = rng.choice(values.get(facet) or [""])
            mix.append(("facet", "/?" + urlencode({"q": q, facet: value})))
        elif roll < 0.65:
            year = rng.choice(["2022", "2023", "2024"])
            mix.append(("dates", "/?" + urlencode({"q": q, "from": year, "to": year,
                                                   "party": "DIE LINKE"})))
        elif roll < 0.75:
            mix.append(("document", "/dokument/" + quote(rng.choice(ids), safe="")))
        elif roll < 0.82:
            person = rng.choice(values.get("person") or ["x"])
            mix.append(("person", "/person/" + quote(person, safe="")))
        elif roll < 0.92:
            mix.append(("api", "/api/search?" + urlencode({"q": q})))
        elif roll < 0.97:
            mix.append(("deep", "/?" + urlencode({"q": "Bundesregierung", "page": 50})))
        else:
            mix.append(("export", "/export.csv?" + urlencode({"q": q, "party": "SPD"})))
    return mix


class Client(threading.Thread):
    def __init__(self, port: int, mix: list[tuple[str, str]], stop_at: float, seed: int,
                 results: list[tuple[str, float, int]], lock: threading.Lock) -> None:
        super().__init__(daemon=True)
        self.port, self.mix, self.stop_at = port, mix, stop_at
        self.rng = random.Random(seed)
        self.results, self.lock = results, lock

    def run(self) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        local: list[tuple[str, float, int]] = []
        while time.monotonic() < self.stop_at and len(local) < MAX_REQUESTS:
            kind, path = self.rng.choice(self.mix)
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = 0
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            local.append((kind, time.perf_counter() - started, status))
        conn.close()
        with self.lock:
            self.results.extend(local)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def report(results: list[tuple[str, float, int]], seconds: float, label: str) -> dict[str, object]:
    latencies = [r[1] * 1000 for r in results]
    errors = [r for r in results if r[2] == 0 or r[2] >= 500]
    client_errors = [r for r in results if 400 <= r[2] < 500]
    summary: dict[str, object] = {
        "label": label,
        "requests": len(results),
        "requests_per_s": round(len(results) / seconds, 1),
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p95_ms": round(percentile(latencies, 95), 1) if latencies else None,
        "p99_ms": round(percentile(latencies, 99), 1) if latencies else None,
        "max_ms": round(max(latencies), 1) if latencies else None,
        "errors": len(errors),
        "4xx": len(client_errors),
        "by_kind": {},
    }
    by_kind: dict[str, list[float]] = {}
    for kind, latency, _status in results:
        by_kind.setdefault(kind, []).append(latency * 1000)
    summary["by_kind"] = {
        kind: {"n": len(v), "p50_ms": round(statistics.median(v), 1),
               "p95_ms": round(percentile(v, 95), 1)}
        for kind, v in sorted(by_kind.items())
    }
    return summary


WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("PARTEISUCHE_PATHS")) do paths[#paths + 1] = line end
math.randomseed(42)
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  io.write(string.format("JSON {\\"requests\\": %d, \\"seconds\\": %.3f, \\"p50_ms\\": %.1f, "
    .. "\\"p95_ms\\": %.1f, \\"p99_ms\\": %.1f, \\"max_ms\\": %.1f, \\"non_2xx\\": %d, "
    .. "\\"socket_errors\\": %d}\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
"""


def run_wrk(port: int, mix: list[tuple[str, str]], seconds: float, clients: int,
            workdir: Path) -> dict[str, object]:
    """wrk with the request mix; non-2xx includes the designed 429s of concurrent exports."""
    paths = workdir / "paths.txt"
    paths.write_text("\n".join(path for _kind, path in mix) + "\n", encoding="utf-8")
    script = workdir / "mix.lua"
    script.write_text(WRK_SCRIPT, encoding="utf-8")
    done = subprocess.run(
        ["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s", "--timeout", "10s", "-s",
         str(script), f"http://127.0.0.1:{port}"],
        capture_output=True, text=True, check=True, env={**os.environ,
                                                         "PARTEISUCHE_PATHS": str(paths)},
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("JSON "))
    figures: dict[str, Any] = json.loads(line[5:])
    figures["requests_per_s"] = round(int(figures["requests"]) / float(figures["seconds"]), 1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=Path("/tmp/parteisuche-bench-index"))
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=8, help="server threads")
    parser.add_argument("--reindex", action="store_true",
                        help="run a full reindex during the measurement")
    parser.add_argument("--tool", choices=["python", "wrk"], default="python")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "load.json")
    args = parser.parse_args()
    if not CORPUS.exists() or not QUERIES.exists():
        print(f"skipped: shared data not available ({CORPUS.parent.parent})")
        return 0
    args.seconds = min(args.seconds, 300.0)
    ensure_index(args.index)
    mix = request_mix(args.index)
    port = free_port()
    server = subprocess.Popen(
        [*CLI, "serve", "--index", str(args.index), "--port", str(port),
         "--threads", str(args.threads)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("server did not start") from None
                time.sleep(0.2)
        warm = Client(port, mix, time.monotonic() + 3, 0, [], threading.Lock())
        warm.start()
        warm.join()
        results: list[tuple[str, float, int]] = []
        lock = threading.Lock()
        started = time.monotonic()
        stop_at = started + args.seconds
        reindexer = None
        if args.reindex:
            reindexer = subprocess.Popen([*CLI, "reindex", "--index", str(args.index), "-q"],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        label = ("with reindex" if args.reindex else "steady") + f" ({args.tool})"
        if args.tool == "wrk":
            args.json.parent.mkdir(parents=True, exist_ok=True)
            summary = {"label": label, **run_wrk(port, mix, args.seconds, args.clients,
                                                 args.json.parent)}
            summary.update(errors=summary["socket_errors"], by_kind={})
            summary["4xx"] = f"{summary['non_2xx']} non-2xx"
        else:
            clients = [Client(port, mix, stop_at, seed, results, lock)
                       for seed in range(1, args.clients + 1)]
            for client in clients:
                client.start()
            for client in clients:
                client.join()
            elapsed = time.monotonic() - started
            summary = report(results, elapsed, label)
        reindex_status = None
        if reindexer is not None:
            reindex_status = reindexer.wait(timeout=3600)
        summary["reindex_exit"] = reindex_status
        summary["clients"], summary["server_threads"] = args.clients, args.threads
    finally:
        server.terminate()
        server.wait(timeout=10)
    print("| label | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | 4xx |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| {summary['label']} | {summary['requests']} | {summary['requests_per_s']} | "
          f"{summary['p50_ms']} | {summary['p95_ms']} | {summary['p99_ms']} | "
          f"{summary['max_ms']} | {summary['errors']} | {summary['4xx']} |")
    for kind, figures in summary["by_kind"].items():  # type: ignore[attr-defined]
        print(f"  {kind:9s} n={figures['n']:6d} p50={figures['p50_ms']:7.1f} ms "
              f"p95={figures['p95_ms']:7.1f} ms")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(summary, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore::SyntaxWarning")
    sys.exit(main())
