"""Relevance and speed of parteisuche's German search against Whoosh's stock analyzer.

Indexes the Bundestag speech corpus twice from the same prepared documents (the project's own
reader, metadata and field mapping): once with parteisuche's schema and once with Whoosh's stock
``LanguageAnalyzer('de')`` on title and text. Then runs the dev queries through the project's
search service (what ``parteisuche search --queries`` runs) and through Whoosh's default query
parser, and prints nDCG@10, Recall@100 and MRR overall and per query kind, analysis throughput
and build times.

Usage::

    .venv/bin/python bench/relevance.py                    # build both indexes in a temp dir
    .venv/bin/python bench/relevance.py --workdir /tmp/rel --reuse   # re-run queries only
    .venv/bin/python bench/relevance.py --limit-docs 3000  # quick smoke run (figures meaningless)
    .venv/bin/python bench/relevance.py --workdir /tmp/rel --reuse-stock  # rebuild ours only

``--reuse-stock`` keeps the stock index already in ``--workdir`` (its analyzers do not change
with the project's) and rebuilds parteisuche's: both are still queried in the same run.

Nothing here asserts; it prints figures.
"""

from __future__ import annotations

import argparse
import gzip
import math
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shared_data import CORPUS
from shared_data import RELEVANCE_DEV as EVAL
from whoosh import index as whoosh_index
from whoosh import qparser
from whoosh.analysis import LanguageAnalyzer, LowercaseFilter, RegexTokenizer
from whoosh.fields import TEXT, Schema

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer.analysis import exact_analyzer, german_analyzer  # noqa: E402
from indexer.engine.documents import to_fields  # noqa: E402
from indexer.ingest.pipeline import build_document, discover, read_source  # noqa: E402
from indexer.schema import build_schema  # noqa: E402

KINDS = ("compound", "no_umlaut", "phrase", "keyword")


# --- data --------------------------------------------------------------------------------------


def prepared_fields(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    """Field dicts for every speech, through the project's reader and metadata pipeline."""
    from indexer.readers import Limits

    source = corpus
    if limit:
        source = Path(tempfile.mkdtemp(prefix="relevance-corpus-")) / "sample.jsonl.gz"
        with gzip.open(corpus, "rt", encoding="utf-8") as src, gzip.open(
            source, "wt", encoding="utf-8"
        ) as dst:
            for i, line in enumerate(src):
                if i >= limit:
                    break
                dst.write(line)
    fields: list[dict[str, Any]] = []
    for item in discover([source]):
        if not hasattr(item, "path") or item.__class__.__name__ == "Failure":
            continue
        for prepared in read_source(item, {}, Limits.from_config()):  # type: ignore[arg-type]
            if prepared.__class__.__name__ == "Failure":
                continue
            fields.append(to_fields(build_document(prepared)))  # type: ignore[arg-type]
    return fields


def stock_schema() -> Schema:
    """The project's schema with Whoosh's stock analyzers instead of the German chain."""
    schema = build_schema()
    stock = LanguageAnalyzer("de")
    plain = RegexTokenizer() | LowercaseFilter()
    schema.remove("title")
    schema.remove("text")
    schema.remove("exact")
    schema.remove("person_text")
    schema.add("title", TEXT(analyzer=stock, stored=True, field_boost=2.0))
    schema.add("text", TEXT(analyzer=stock, stored=True))
    schema.add("exact", TEXT(analyzer=plain, phrase=True))
    schema.add("person_text", TEXT(analyzer=plain, field_boost=3.0))
    return schema


def build(directory: Path, schema: Schema, docs: list[dict[str, Any]]) -> float:
    """Write ``docs`` into a fresh Whoosh index; returns seconds."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    ix = whoosh_index.create_in(str(directory), schema)
    started = time.perf_counter()
    writer = ix.writer(limitmb=256)
    for fields in docs:
        writer.add_document(**fields)
    writer.commit()
    return time.perf_counter() - started


def build_project(root: Path, docs: list[dict[str, Any]]) -> float:
    """Write ``docs`` through the project's store (manifest, schema version); returns seconds."""
    from indexer.engine.store import IndexStore

    if root.exists():
        shutil.rmtree(root)
    store = IndexStore(root)
    ix = store.create()
    started = time.perf_counter()
    writer = store.writer(ix)
    for fields in docs:
        writer.add_document(**fields)
    writer.commit()
    return time.perf_counter() - started


# --- evaluation --------------------------------------------------------------------------------


def load_queries() -> list[dict[str, str]]:
    rows = []
    with (EVAL / "queries.tsv").open(encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            if line.strip():
                rows.append(dict(zip(header, line.rstrip("\n").split("\t"), strict=False)))
    return rows


def load_qrels() -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    for line in (EVAL / "qrels.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 4:
            qrels[parts[0]][parts[2]] = int(parts[3])
    return qrels


def ndcg(ranked: list[str], judged: dict[str, int], k: int = 10) -> float:
    gains = [judged.get(d, 0) for d in ranked[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted(judged.values(), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked: list[str], judged: dict[str, int], k: int = 100) -> float:
    relevant = {d for d, g in judged.items() if g > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def mrr(ranked: list[str], judged: dict[str, int]) -> float:
    for i, d in enumerate(ranked):
        if judged.get(d, 0) > 0:
            return 1.0 / (i + 1)
    return 0.0


Runner = Callable[[str], tuple[list[str], float]]


def evaluate(name: str, run: Runner, queries: list[dict[str, str]],
             qrels: dict[str, dict[str, int]], verbose: bool = False) -> dict[str, Any]:
    per_kind: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    times = []
    for q in queries:
        ranked, took = run(q["query"])
        times.append(took)
        judged = qrels.get(q["qid"], {})
        scores = (ndcg(ranked, judged), recall(ranked, judged), mrr(ranked, judged))
        per_kind[q["kind"]].append(scores)
        per_kind["all"].append(scores)
        if verbose:
            print(f"  {name:10} {q['qid']} {q['kind']:9} nDCG {scores[0]:.3f} R {scores[1]:.3f}"
                  f"  {q['query']}")
    summary = {
        kind: tuple(statistics.mean(s[i] for s in rows) for i in range(3))
        for kind, rows in per_kind.items()
    }
    return {"name": name, "summary": summary, "median_ms": statistics.median(times),
            "p95_ms": sorted(times)[int(len(times) * 0.95) - 1]}


def project_runner(root: Path) -> Runner:
    """What ``parteisuche search --queries FILE --limit 100 --json`` runs for each line."""
    from indexer.engine.store import IndexStore
    from indexer.search import SearchRequest, SearchService

    service = SearchService(IndexStore(root))

    def run(text: str) -> tuple[list[str], float]:
        request = SearchRequest(q=text, page_size=100, with_snippets=False)
        result = service.search(request, max_page_size=1000)
        return [h.id for h in result.hits], result.took_ms

    return run


def stock_runner(directory: Path, group: Any) -> Runner:
    ix = whoosh_index.open_dir(str(directory))
    searcher = ix.searcher()
    parser = qparser.MultifieldParser(["title", "text"], ix.schema, group=group)

    def run(text: str) -> tuple[list[str], float]:
        started = time.perf_counter()
        results = searcher.search(parser.parse(text), limit=100)
        ids = [hit["id"] for hit in results]
        return ids, (time.perf_counter() - started) * 1000

    return run


def report(results: list[dict[str, Any]]) -> None:
    print()
    print(f"{'system':34} {'kind':10} {'nDCG@10':>8} {'R@100':>8} {'MRR':>8}")
    for res in results:
        for kind in ("all", *KINDS):
            if kind in res["summary"]:
                n, r, m = res["summary"][kind]
                print(f"{res['name']:34} {kind:10} {n:8.3f} {r:8.3f} {m:8.3f}")
        print(f"{res['name']:34} latency median {res['median_ms']:.1f} ms, "
              f"p95 {res['p95_ms']:.1f} ms")


# --- throughput --------------------------------------------------------------------------------


def throughput(docs: list[dict[str, Any]], sample: int = 1500) -> None:
    texts = [d["text"] for d in docs[:sample]]
    chains = {
        "parteisuche german_analyzer": german_analyzer(),
        "parteisuche exact_analyzer": exact_analyzer(),
        "stock LanguageAnalyzer('de')": LanguageAnalyzer("de"),
    }
    german_analyzer()  # warm the compound vocabulary outside the timing
    list(german_analyzer()("Mindestlohnerhöhung", mode="index"))
    for name, chain in chains.items():
        started = time.perf_counter()
        count = 0
        for text in texts:
            for _ in chain(text, mode="index", positions=True):
                count += 1
        seconds = time.perf_counter() - started
        print(f"analysis {name:32} {count / seconds:12,.0f} tokens/s ({count:,} tokens)")


# --- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--reuse", action="store_true", help="reuse indexes in --workdir")
    ap.add_argument("--limit-docs", type=int, default=None)
    ap.add_argument("--reuse-stock", action="store_true",
                    help="rebuild parteisuche's index, reuse the stock one in --workdir")
    ap.add_argument("--skip-stock", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="print every query's figures")
    args = ap.parse_args(argv)
    if not CORPUS.exists() or not (EVAL / "queries.tsv").exists():
        print(f"missing {CORPUS} or {EVAL}: nothing to measure", file=sys.stderr)
        return 2
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="relevance-"))
    ours_dir, stock_dir = workdir / "parteisuche", workdir / "stock"
    if not args.reuse:
        started = time.perf_counter()
        docs = prepared_fields(CORPUS, args.limit_docs)
        print(f"prepared {len(docs):,} documents in {time.perf_counter() - started:.1f} s "
              "(reader + metadata, not analysis)")
        throughput(docs)
        ours_s = build_project(ours_dir, docs)
        print(f"build parteisuche: {ours_s:.1f} s")
        if args.reuse_stock and stock_dir.exists():
            print(f"stock index reused from {stock_dir}")
        elif not args.skip_stock:
            stock_s = build(stock_dir, stock_schema(), docs)
            print(f"build stock:       {stock_s:.1f} s")
            print(f"build time ratio parteisuche / stock: {ours_s / stock_s:.2f}x")
        del docs
    queries, qrels = load_queries(), load_qrels()
    results = [evaluate("parteisuche", project_runner(ours_dir), queries, qrels, args.verbose)]
    if stock_dir.exists() and not args.skip_stock:
        results.append(evaluate("stock LanguageAnalyzer('de') AND",
                                stock_runner(stock_dir, qparser.AndGroup), queries, qrels))
        results.append(evaluate("stock LanguageAnalyzer('de') OR",
                                stock_runner(stock_dir, qparser.OrGroup), queries, qrels))
    report(results)
    print(f"\nindexes in {workdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
