"""Load test: the production server (waitress) on loopback under a realistic request mix.

Starts ``parteisuche serve`` on 127.0.0.1 with an index of the Bundestag corpus, then runs a
bounded number of client threads for a bounded time: searches, facet clicks, date filters, deep
pages, document pages, person pages, API calls and CSV exports. Prints requests/s, p50/p95/p99
latency and errors; with ``--reindex`` a full ``reindex`` runs during the measurement, to show
that searches keep working while the index is rebuilt and switched.

With ``--members`` the index holds every tenth speech as a members-only document
(``visibility: mitglieder``) and the clients are signed in: browsers with the session cookie of
``/anmelden``, API calls with HTTP Basic credentials (the signed-in mix of issue 17); without
it, on such an index, the same mix runs as the public (every answer cut to public documents).

Only loopback is contacted. Two load generators: ``--tool wrk`` (Debian's wrk, C, with a Lua
script drawing paths from the same mix; preferred) or the built-in Python threads, which share
the 2 cores and the GIL with nothing but still cost CPU the server would otherwise have. Both
sign in with ``--members``: wrk sends the session cookie a Python sign-in got (and HTTP Basic
on API paths) and counts the answers made for a member. The CPU seconds of the server and of
the client are printed beside the figures.

    python bench/load.py --index /tmp/bt-index [--seconds 30] [--clients 8] [--reindex] [--tool wrk]
    python bench/load.py --index /tmp/bt-members --members [--public]
"""

from __future__ import annotations

import argparse
import base64
import csv
import gzip
import http.client
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote, urlencode

from shared_data import CORPUS, QUERIES

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "webapp.cli"]
MAX_REQUESTS = 200_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


#: The bench's member account (``--members``), made in the bench's own index.
MEMBER = ("bench", "bench-passwort-lang")
#: Every n-th speech is members-only in a ``--members`` index.
INTERNAL_EVERY = 10


def ensure_index(index: Path, members: bool = False, limit: int | None = None) -> None:
    check = subprocess.run([*CLI, "check", "--index", str(index), "--quiet"], check=False)
    if check.returncode != 0:
        print(f"building the index at {index} (once) ...", flush=True)
        copy = index.parent / (index.name + "-corpus.jsonl")
        source = marked_corpus(copy, members, limit) if members or limit else CORPUS
        subprocess.run([*CLI, "index", "--index", str(index), "-q", str(source)], check=True)
    if members:
        subprocess.run([*CLI, "users", "add", MEMBER[0], "--index", str(index),
                        "--password-stdin"], input=MEMBER[1] + "\n", text=True, check=True,
                       capture_output=True)


def marked_corpus(path: Path, members: bool, limit: int | None) -> Path:
    """The shared corpus (its first ``limit`` speeches), with every tenth speech
    members-only if ``members``, written beside the index (built at first use from ../shared,
    never committed)."""
    if not path.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as source, \
                path.open("w", encoding="utf-8") as out:
            for number, line in enumerate(source):
                if limit is not None and number >= limit:
                    break
                record = json.loads(line)
                if members and number % INTERNAL_EVERY == 0:
                    record["visibility"] = "mitglieder"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def sign_in(port: int) -> str:
    """The ``Cookie`` header of a fresh session of the bench's member (through the form)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/anmelden")
    response = conn.getresponse()
    page = response.read().decode("utf-8")
    form = re.search(r'parteisuche_formular=([^;]+)', response.getheader("Set-Cookie") or "")
    token = re.search(r'class="sign-in-form".*?name="csrf" value="([^"]+)"', page, re.S)
    if not form or not token:
        raise SystemExit("no sign-in form")
    body = urlencode({"csrf": token.group(1), "name": MEMBER[0], "passwort": MEMBER[1]})
    conn.request("POST", "/anmelden", body=body, headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"parteisuche_formular={form.group(1)}"})
    response = conn.getresponse()
    response.read()
    session = re.search(r'parteisuche_sitzung=([^;]+)', response.getheader("Set-Cookie") or "")
    conn.close()
    if response.status != 303 or not session:
        raise SystemExit(f"sign-in failed: {response.status}")
    return f"parteisuche_sitzung={session.group(1)}"


def basic_header() -> str:
    return "Basic " + base64.b64encode(f"{MEMBER[0]}:{MEMBER[1]}".encode()).decode()


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


class Sample(NamedTuple):
    """One request as a client saw it: seconds until the whole answer and until its first
    byte (a streamed export starts sending after its first rows), and its lines."""

    kind: str
    seconds: float
    status: int
    first_byte: float
    lines: int


#: Kinds that stream a whole result set: reported apart as bulk downloads as well.
BULK_KINDS = frozenset({"export"})


class Client(threading.Thread):
    def __init__(self, port: int, mix: list[tuple[str, str]], stop_at: float, seed: int,
                 results: list[Sample], lock: threading.Lock,
                 members: bool = False) -> None:
        super().__init__(daemon=True)
        self.port, self.mix, self.stop_at = port, mix, stop_at
        self.rng = random.Random(seed)
        self.results, self.lock = results, lock
        self.members = members

    def _headers(self, path: str, cookie: str) -> dict[str, str]:
        """A signed-in browser sends its session cookie; scripts (the API) HTTP Basic."""
        if not self.members:
            return {}
        if path.startswith("/api/"):
            return {"Authorization": basic_header()}
        return {"Cookie": cookie}

    def run(self) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        local: list[Sample] = []
        cookie = sign_in(self.port) if self.members else ""
        while time.monotonic() < self.stop_at and len(local) < MAX_REQUESTS:
            kind, path = self.rng.choice(self.mix)
            started = time.perf_counter()
            first_byte, lines = 0.0, 0
            try:
                conn.request("GET", path, headers=self._headers(path, cookie))
                response = conn.getresponse()
                first = response.read(1)
                first_byte = time.perf_counter() - started
                body = first + response.read()
                lines = body.count(b"\n")
                status = response.status
            except (OSError, http.client.HTTPException):
                status = 0
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            local.append(Sample(kind, time.perf_counter() - started, status, first_byte, lines))
        conn.close()
        with self.lock:
            self.results.extend(local)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def _figures(latencies_ms: list[float]) -> dict[str, float | None]:
    if not latencies_ms:
        return {"p50_ms": None, "p95_ms": None, "p99_ms": None, "max_ms": None}
    return {
        "p50_ms": round(statistics.median(latencies_ms), 1),
        "p95_ms": round(percentile(latencies_ms, 95), 1),
        "p99_ms": round(percentile(latencies_ms, 99), 1),
        "max_ms": round(max(latencies_ms), 1),
    }


def report(results: list[Sample], seconds: float, label: str) -> dict[str, object]:
    """Overall and per-kind figures; status 0 is a connection error (reset, timeout).

    Besides the figures over every request: the interactive requests alone (pages and API
    calls a person waits for) and the bulk downloads (CSV exports of a whole search) by time
    to first byte and lines per second, the measures a download is judged by.
    """
    errors = [r for r in results if r.status == 0 or r.status >= 500]
    client_errors = [r for r in results if 400 <= r.status < 500]
    summary: dict[str, object] = {
        "label": label,
        "requests": len(results),
        "requests_per_s": round(len(results) / seconds, 1),
        **_figures([r.seconds * 1000 for r in results]),
        "errors": len(errors),
        "4xx": len(client_errors),
    }
    by_kind: dict[str, list[Sample]] = {}
    for sample in results:
        by_kind.setdefault(sample.kind, []).append(sample)
    summary["by_kind"] = {
        kind: {
            "n": len(rows),
            **_figures([r.seconds * 1000 for r in rows]),
            "statuses": dict(sorted(Counter(str(r.status) for r in rows).items())),
        }
        for kind, rows in sorted(by_kind.items())
    }
    interactive = [r.seconds * 1000 for r in results if r.kind not in BULK_KINDS]
    summary["interactive"] = {"n": len(interactive), **_figures(interactive)}
    bulk = [r for r in results if r.kind in BULK_KINDS and r.status == 200]
    if bulk:
        summary["bulk"] = {
            "n": len(bulk),
            "first_byte": _figures([r.first_byte * 1000 for r in bulk]),
            "lines_per_s": round(sum(r.lines for r in bulk) / sum(r.seconds for r in bulk)),
            "lines_p50": statistics.median(r.lines for r in bulk),
            "lines_max": max(r.lines for r in bulk),
        }
    return summary


WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("PARTEISUCHE_PATHS")) do paths[#paths + 1] = line end
-- signed in (--members): pages carry the session cookie, API calls HTTP Basic
local cookie = os.getenv("PARTEISUCHE_COOKIE") or ""
local basic = os.getenv("PARTEISUCHE_BASIC") or ""
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end
function init(args)
  statuses = {}
  members = 0
  math.randomseed(41 + id)
end
request = function()
  local path = paths[math.random(#paths)]
  if cookie == "" then return wrk.format("GET", path) end
  if path:sub(1, 5) == "/api/" then
    return wrk.format("GET", path, {["Authorization"] = basic})
  end
  return wrk.format("GET", path, {["Cookie"] = cookie})
end
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  -- an answer made for a member is marked private (webapp.auth)
  if (headers["Cache-Control"] or ""):find("private", 1, true) then members = members + 1 end
end
done = function(summary, latency, requests)
  local total, counts, signed = {}, {}, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + n end
    signed = signed + thread:get("members")
  end
  for status, n in pairs(total) do
    counts[#counts + 1] = string.format("\\"%d\\": %d", status, n)
  end
  local e = summary.errors
  io.write(string.format("JSON {\\"requests\\": %d, \\"seconds\\": %.3f, "
    .. "\\"mean_ms\\": %.1f, \\"p50_ms\\": %.1f, "
    .. "\\"p95_ms\\": %.1f, \\"p99_ms\\": %.1f, \\"max_ms\\": %.1f, \\"non_2xx\\": %d, "
    .. "\\"socket_errors\\": %d, \\"socket_error_kinds\\": {\\"connect\\": %d, \\"read\\": %d, "
    .. "\\"write\\": %d, \\"timeout\\": %d}, \\"member_answers\\": %d, \\"statuses\\": {%s}}\\n",
    summary.requests, summary.duration / 1e6, latency.mean / 1000, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout,
    signed, table.concat(counts, ", ")))
end
"""


def run_wrk(port: int, mix: list[tuple[str, str]], seconds: float, clients: int,
            workdir: Path, members: bool = False) -> dict[str, object]:
    """wrk with the request mix; non-2xx includes the designed 429s of concurrent exports.

    Signed in (``members``), one session of ``/anmelden`` serves every connection, as a
    browser's tabs share one; API paths send HTTP Basic credentials instead."""
    signed = {"PARTEISUCHE_COOKIE": sign_in(port), "PARTEISUCHE_BASIC": basic_header()} \
        if members else {}
    paths = workdir / "paths.txt"
    paths.write_text("\n".join(path for _kind, path in mix) + "\n", encoding="utf-8")
    script = workdir / "mix.lua"
    script.write_text(WRK_SCRIPT, encoding="utf-8")
    done = subprocess.run(
        ["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s", "--timeout", "10s", "-s",
         str(script), f"http://127.0.0.1:{port}"],
        capture_output=True, text=True, check=True,
        env={**os.environ, "PARTEISUCHE_PATHS": str(paths), **signed},
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("JSON "))
    figures: dict[str, Any] = json.loads(line[5:])
    figures["requests_per_s"] = round(int(figures["requests"]) / float(figures["seconds"]), 1)
    return figures


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a process and its living children (the serving
    workers), from /proc; 0.0 where /proc is not there."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0.0
    pids = [pid]
    try:
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return 0.0
    for each in pids:
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def own_cpu_seconds() -> float:
    """CPU seconds of this process (the Python clients) and its finished children (wrk)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def start_server(args: argparse.Namespace, port: int, log: Path) -> subprocess.Popen[bytes]:
    """``parteisuche serve``; its log goes to a file (an unread pipe would fill and stall it)."""
    command = [*CLI, "serve", "--index", str(args.index), "--port", str(port),
               "--threads", str(args.threads)]
    if args.workers:
        command += ["--workers", str(args.workers)]
    with log.open("wb") as handle:
        return subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT)


def wait_ready(server: subprocess.Popen[bytes], port: int, seconds: float = 120) -> None:
    """Until the server answers over HTTP: its workers warm up before they accept, while the
    listening socket (bound by the parent) already takes connections."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=seconds)
            conn.request("GET", "/api/openapi.json")
            conn.getresponse().read()
            conn.close()
            return
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("server did not start") from None
            time.sleep(0.2)


class Reindex:
    """A full ``reindex`` in the background, timed, optionally at a lower CPU priority."""

    def __init__(self, index: Path, nice: int, log: Path) -> None:
        command = [*CLI, "reindex", "--index", str(index), "-q"]
        if nice:
            command = ["nice", "-n", str(nice), *command]
        self.started = time.monotonic()
        self.log = log
        with log.open("wb") as handle:
            self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=handle)
        self.ended = 0.0
        self.watcher = threading.Thread(target=self._wait, daemon=True)
        self.watcher.start()

    def _wait(self) -> None:
        self.process.wait()
        self.ended = time.monotonic()

    def finish(self, measured_until: float) -> dict[str, object]:
        """Wait for the end; did the new index get switched in while we measured?"""
        self.watcher.join(timeout=3600)
        return {"reindex_exit": self.process.returncode,
                "reindex_s": round(self.ended - self.started, 1),
                "switched_during_measurement": self.ended <= measured_until}


#: Why the wrk row has no percentiles.
WRK_LATENCY_NOTE = (
    "wrk's latency figures are left out: they are not per request. On this mix, and on a toy "
    "server where 3 % of requests take 1 s and the rest 1 ms, Debian's wrk 4.1 printed a mean "
    "latency several times what its own request count allows (a closed loop of c connections "
    "for t seconds cannot average more than c*t/requests), and a p90 near 1 s where 97 % of "
    "requests took 1 ms. Use the Python clients (the default) for per-request percentiles; "
    "wrk's requests/s and statuses stand."
)


def print_summary(summary: dict[str, Any]) -> None:
    print("| label | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | 4xx |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| {summary['label']} | {summary['requests']} | {summary['requests_per_s']} | "
          f"{summary['p50_ms']} | {summary['p95_ms']} | {summary['p99_ms']} | "
          f"{summary['max_ms']} | {summary['errors']} | {summary['4xx']} |")
    bound = 1000 * int(summary.get("clients") or 0) * float(summary.get("seconds_measured") or 0)
    if summary.get("requests"):
        print(f"  mean latency a closed loop of {summary.get('clients')} clients allows: "
              f"at most {bound / int(summary['requests']):.1f} ms")
    if "wrk_latency_ms" in summary:
        print(f"  {WRK_LATENCY_NOTE}\n  (wrk printed {summary['wrk_latency_ms']})")
    if "interactive" in summary:
        figures = summary["interactive"]
        print(f"  interactive requests (all but exports): n={figures['n']} "
              f"p50={figures['p50_ms']} p95={figures['p95_ms']} p99={figures['p99_ms']} ms")
    if "bulk" in summary:
        bulk, first = summary["bulk"], summary["bulk"]["first_byte"]
        print(f"  exports as downloads: n={bulk['n']}, first byte p50={first['p50_ms']} "
              f"p95={first['p95_ms']} p99={first['p99_ms']} ms, {bulk['lines_per_s']:,} "
              f"lines/s while streaming (median {bulk['lines_p50']:.0f}, "
              f"largest {bulk['lines_max']:,} lines)")
    for kind, figures in summary["by_kind"].items():
        print(f"  {kind:9s} n={figures['n']:6d} p50={figures['p50_ms']:7.1f} "
              f"p95={figures['p95_ms']:7.1f} p99={figures['p99_ms']:7.1f} "
              f"max={figures['max_ms']:7.1f} ms  {figures['statuses']}")
    print(f"  CPU seconds: server {summary.get('server_cpu_s')} "
          f"({summary.get('server_cpu_ms_per_request')} ms a request), client "
          f"{summary.get('client_cpu_s')} (of {summary.get('cpu_available_s')} on the machine)")
    extra = {k: summary[k] for k in ("statuses", "socket_error_kinds", "member_answers",
                                     "reindex_exit",
                                     "reindex_s", "switched_during_measurement") if k in summary}
    print(f"  load average {summary['load_before']} -> {summary['load_after']}; {extra}")


def measure(args: argparse.Namespace, port: int, mix: list[tuple[str, str]],
            stop_at: float) -> dict[str, Any]:
    started = time.monotonic()
    label = ("with reindex" if args.reindex else "steady") + f" ({args.tool})"
    if args.members:
        label += ", signed in" if not args.public else ", public view of a members index"
    if args.tool == "wrk":
        figures = run_wrk(port, mix, args.seconds, args.clients, args.json.parent,
                          args.members and not args.public)
        summary: dict[str, Any] = {"label": label, **figures}
        # wrk's latency figures are not per request (see WRK_LATENCY_NOTE): kept aside
        summary["wrk_latency_ms"] = {
            key: summary.pop(key) for key in ("mean_ms", "p50_ms", "p95_ms", "p99_ms", "max_ms")
        }
        summary.update(_figures([]), errors=summary["socket_errors"], by_kind={})
        summary["4xx"] = f"{summary['non_2xx']} non-2xx"
        return summary
    results: list[Sample] = []
    lock = threading.Lock()
    signed_in = args.members and not args.public
    clients = [Client(port, mix, stop_at, seed, results, lock, signed_in)
               for seed in range(1, args.clients + 1)]
    for client in clients:
        client.start()
    for client in clients:
        client.join()
    return report(results, time.monotonic() - started, label)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=Path("/tmp/parteisuche-bench-index"))
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=8, help="server threads per process")
    parser.add_argument("--workers", type=int, default=0,
                        help="server processes (default: the server's own, all cores)")
    parser.add_argument("--reindex", action="store_true",
                        help="run a full reindex during the measurement")
    parser.add_argument("--reindex-nice", type=int, default=0,
                        help="run that reindex under `nice -n N` (background priority)")
    parser.add_argument("--tool", choices=["python", "wrk"], default="python")
    parser.add_argument("--members", action="store_true",
                        help="an index with members-only speeches; the clients sign in")
    parser.add_argument("--limit", type=int, default=None,
                        help="index only the first N speeches (a smaller index, built faster)")
    parser.add_argument("--public", action="store_true",
                        help="with --members: the clients stay anonymous (the public's view)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "load.json")
    args = parser.parse_args()
    if not CORPUS.exists() or not QUERIES.exists():
        print(f"skipped: shared data not available ({CORPUS.parent.parent})")
        return 0
    args.seconds = min(args.seconds, 300.0)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    ensure_index(args.index, args.members, args.limit)
    mix = request_mix(args.index)
    port = free_port()
    server_log = args.json.with_suffix(".server.log")
    server = start_server(args, port, server_log)
    try:
        wait_ready(server, port)
        warm = Client(port, mix, time.monotonic() + 3, 0, [], threading.Lock(),
                      args.members and not args.public)
        warm.start()
        warm.join()
        load_before = load_average()
        server_cpu, client_cpu = cpu_seconds(server.pid), own_cpu_seconds()
        stop_at = time.monotonic() + args.seconds
        reindex = (Reindex(args.index, args.reindex_nice, args.json.with_suffix(".reindex.log"))
                   if args.reindex else None)
        summary = measure(args, port, mix, stop_at)
        summary.update(load_before=load_before, load_after=load_average(),
                       server_cpu_s=round(cpu_seconds(server.pid) - server_cpu, 1),
                       client_cpu_s=round(own_cpu_seconds() - client_cpu, 1),
                       cpu_available_s=round(args.seconds * (os.cpu_count() or 1), 1))
        summary["server_cpu_ms_per_request"] = round(
            1000 * summary["server_cpu_s"] / max(1, int(summary["requests"])), 1)
        if reindex is not None:
            summary.update(reindex.finish(measured_until=time.monotonic()))
        summary["clients"], summary["server_threads"] = args.clients, args.threads
        summary["seconds_measured"] = args.seconds
        summary["server_workers"] = args.workers or "default"
    finally:
        server.terminate()
        server.wait(timeout=10)
    print_summary(summary)
    if summary["errors"]:
        print(f"  server log: {server_log}")
    args.json.write_text(json.dumps(summary, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore::SyntaxWarning")
    sys.exit(main())
