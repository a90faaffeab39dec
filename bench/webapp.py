"""Server-side latency of the search page on the full Bundestag corpus, with facets and dates,
and of the candidacies list (``/kandidaturen``) and the people A–Z list (``/personen``).

Requests go through the real Flask app (routing, parameter validation, search with all seven
facets, snippets, facet dicts with toggle URLs, histogram, template rendering) via Flask's test
client, so the figures are the server's own time without network or browser. A bounded number
of requests per scenario; prints p50/p95/max per scenario and overall. Nothing asserts.

Usage::

    .venv/bin/python bench/webapp.py --index /tmp/bt          # an index of the corpus you built
    .venv/bin/python bench/webapp.py --workdir /tmp/bench-web  # build it there (a few minutes)
    .venv/bin/python bench/webapp.py --index /tmp/bt --requests 100 --queries 20

Skips with a message (exit 0) where ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from shared_data import CORPUS, QUERIES

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


#: Common words that hit a large share of the corpus: the expensive end for facet counting.
BROAD = ["Rente", "Klimaschutz", "Bundeswehr", "Deutschland", "Haushalt", "Migration"]


def load_queries(limit: int) -> list[str]:
    queries: list[str] = []
    if QUERIES.exists():
        with QUERIES.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            queries = [row["query"] for row in reader if row.get("query")]
    return (queries[:limit] or BROAD) + BROAD


def scenarios(queries: list[str]) -> dict[str, list[dict[str, str | list[str]]]]:
    """URL parameters of the search page per scenario (each with facets; most with dates)."""
    dated = [{"q": q, "from": "2022", "to": "2024-06"} for q in queries]
    return {
        "query + date range": dated,
        "query + date range + party": [{**p, "party": "SPD"} for p in dated],
        "query + date range, newest, page 3": [{**p, "sort": "newest", "page": "3"} for p in dated],
        "no query + date range (browse)": [
            {"from": "2023-01", "to": "2023-12"},
            {"from": "2022"},
            {"to": "2022-06-30"},
        ],
    }


def page_scenarios(queries: list[str]) -> dict[str, list[dict[str, str | list[str]]]]:
    """URL parameters of ``/kandidaturen`` and ``/personen`` per scenario (path in ``_path``)."""
    k, p = "/kandidaturen", "/personen"
    return {
        "/kandidaturen": [{"_path": k}],
        "/kandidaturen + party / date range": [
            {"_path": k, "party": "SPD"}, {"_path": k, "from": "2023"},
            {"_path": k, "party": "CDU/CSU", "from": "2022", "to": "2024-06"},
        ],
        "/kandidaturen + query": [{"_path": k, "q": q} for q in queries],
        "/personen": [{"_path": p}],
        "/personen + name filter / party": [
            {"_path": p, "name": "mül"}, {"_path": p, "name": "an"}, {"_path": p, "party": "SPD"},
        ],
    }


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def measure(
    get: Callable[[dict[str, str | list[str]]], int],
    params: list[dict[str, str | list[str]]],
    requests: int,
    seen: set[str],
    cold: list[float],
) -> list[float]:
    """Time ``requests`` GETs cycling through ``params``; the first one per query is "cold"."""
    times: list[float] = []
    for n in range(requests):
        p = params[n % len(params)]
        started = time.perf_counter()
        status = get(p)
        elapsed = (time.perf_counter() - started) * 1000
        times.append(elapsed)
        key = str(p.get("q", ""))
        if key not in seen:
            seen.add(key)
            cold.append(elapsed)
        if status != 200:
            print(f"  unexpected status {status} for {p}")
    return times


def line(name: str, times: list[float]) -> str:
    if not times:
        return f"{name:40} {0:5d}"
    return (
        f"{name:40} {len(times):5d} {statistics.median(times):8.1f} "
        f"{percentile(times, 0.95):8.1f} {max(times):8.1f}"
    )


def build(workdir: Path) -> Path:
    from indexer.engine.store import IndexStore
    from indexer.ingest.indexing import IndexOptions, index_paths

    index = workdir / "index"
    store = IndexStore(index)
    if store.exists():
        print(f"reusing index {index}")
        return index
    print(f"indexing {CORPUS} into {index} (a few minutes) …", flush=True)
    started = time.perf_counter()
    summary = index_paths(store, [CORPUS], IndexOptions())
    print(f"  {summary.added} documents in {time.perf_counter() - started:.0f} s")
    return index


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, help="an existing index of the Bundestag corpus")
    parser.add_argument("--workdir", type=Path, help="where to build the index without --index")
    parser.add_argument("--requests", type=int, default=120, help="requests per scenario")
    parser.add_argument("--queries", type=int, default=30, help="dev queries (plus broad ones)")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"skipped: shared corpus not available ({CORPUS}); present in CI, absent in a clone")
        return 0

    from webapp import create_app

    index = args.index or build(args.workdir or Path(tempfile.mkdtemp(prefix="bench-webapp-")))
    app = create_app({"INDEX_DIR": str(index)})
    client = app.test_client()

    def get(params: dict[str, str | list[str]]) -> int:
        path = str(params.get("_path", "/"))
        query = {k: v for k, v in params.items() if k != "_path"}
        response = client.get(path, query_string=query)
        response.close()
        return response.status_code

    started = time.perf_counter()
    get({"q": "Rente"})  # opens the index and reads the facet columns once
    print(f"first request (opens index, loads facet table): {time.perf_counter() - started:.2f} s")
    stats = client.get("/api/search", query_string={"page_size": "1"}).get_json()
    print(f"index: {index} ({stats['total']} documents)")

    queries = load_queries(args.queries)
    every: list[float] = []
    cold: list[float] = []
    seen: set[str] = {"Rente"}
    print(f"\n{'scenario':40} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, params in scenarios(queries).items():
        times = measure(get, params, args.requests, seen, cold)
        every += times
        print(line(name, times))
    print(line("all", every))
    print(line("  of which the first request of a query", cold))
    print()
    for path in ("/kandidaturen", "/personen"):  # what the first visit of each page pays
        started = time.perf_counter()
        get({"_path": path})
        print(f"first request of {path}: {(time.perf_counter() - started) * 1000:.1f} ms")
    print(f"\n{'page':40} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    pages: list[float] = []
    cpu: list[float] = []
    for name, params in page_scenarios(queries[:10]).items():
        started = time.thread_time()
        times = measure(get, params, args.requests, seen, [])
        cpu.append((time.thread_time() - started) * 1000 / len(times))
        pages += times
        print(line(name, times) + f"   (CPU {cpu[-1]:.1f} ms per request)")
    print(line("all pages", pages))
    print("CPU time per request is this thread's own: on a busy machine it stays near the "
          "unloaded wall time while the wall-clock figures grow with the load.")
    print(
        "\nServer-side time of GET / through the Flask app (facets, histogram, snippets and "
        "rendering included); target (issue #6): p95 <= 50 ms. The first request of a query "
        "ranks all its hits once; facet clicks, date changes, sorting and paging of that query "
        "reuse that. /kandidaturen and /personen (issue #16): target p95 <= 50 ms as well."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
