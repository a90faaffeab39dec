"""Every benchmark in one command (``make bench``): each script prints its figures and writes
its JSON to ``bench/results/``; this runner only orders them and shares one work folder, so the
index of the corpus is built once and reused by the query, web-app and load benchmarks.

    .venv/bin/python bench/run_all.py                     # everything but growth (~30 min)
    .venv/bin/python bench/run_all.py --growth            # also 10x the corpus (~1 h more)
    .venv/bin/python bench/run_all.py --quick             # smoke run of every script
    .venv/bin/python bench/run_all.py --only queries load # some of them

Skips with a message (exit 0) where ``../shared`` is absent, as every script does. A script
that fails is reported and the others still run; the exit code is 1 if any failed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from shared_data import CORPUS, QUERIES

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"
ORDER = ("compounds", "extraction", "indexing", "relevance", "queries", "webapp", "load")


def commands(work: Path, quick: bool, growth: bool) -> dict[str, list[list[str]]]:
    """The command lines of each benchmark, in the order they run."""
    index = work / "queries" / "parteisuche"
    queries = ["queries.py", "--workdir", str(work / "queries")]
    load = ["load.py", "--index", str(index), "--seconds", "10" if quick else "30"]
    if shutil.which("wrk"):
        load += ["--tool", "wrk"]
    if quick:
        return {
            "compounds": [["compounds.py"]],
            "extraction": [["extraction.py", "--docs", "300"]],
            "indexing": [["indexing.py", "--quick"]],
            "relevance": [["relevance.py", "--limit-docs", "3000", "--skip-stock"]],
            "queries": [[*queries, "--quick"]],
            "webapp": [["webapp.py", "--index", str(work / "queries" / "parteisuche"),
                        "--requests", "20", "--queries", "5"]],
            "load": [load],
        }
    plan = {
        "compounds": [["compounds.py"]],
        "extraction": [["extraction.py"]],
        "indexing": [["indexing.py", *(["--growth"] if growth else [])]],
        "relevance": [["relevance.py", "--workdir", str(work / "relevance"), "--reuse"]],
        "queries": [queries],
        "webapp": [["webapp.py", "--index", str(index)]],
        "load": [load, [*load, "--reindex"]],
    }
    if growth:
        plan["queries"].append([
            "queries.py", "--workdir", str(work / "queries-x10"), "--scale", "10",
            "--compare", str(RESULTS / "queries-x1.json"),
            "--peers", "fts5", "tantivy",  # stock Whoosh would take ~30 min to build at 10x
        ])
    return plan


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run of every script")
    parser.add_argument("--growth", action="store_true", help="also measure 10x the corpus")
    parser.add_argument("--only", nargs="+", choices=ORDER, help="run only these")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/parteisuche-bench"),
                        help="indexes and peers are built here once and reused")
    args = parser.parse_args(argv)
    if not CORPUS.exists() or not QUERIES.exists():
        print(f"skipped: shared data not available ({CORPUS}, {QUERIES}); present in CI, "
              "absent in a fresh clone")
        return 0
    work = args.workdir / ("quick" if args.quick else "full")
    work.mkdir(parents=True, exist_ok=True)
    plan = commands(work, args.quick, args.growth)
    failed: list[str] = []
    for name in args.only or ORDER:
        for command in plan[name]:
            print(f"\n## {name}: {' '.join(command)}\n", flush=True)
            started = time.perf_counter()
            done = subprocess.run([sys.executable, str(BENCH / command[0]), *command[1:]],
                                  cwd=BENCH.parent, check=False)
            print(f"({name}: {time.perf_counter() - started:.0f} s, exit {done.returncode})",
                  flush=True)
            if done.returncode:
                failed.append(name)
    print(f"\nresults in {RESULTS}" + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
