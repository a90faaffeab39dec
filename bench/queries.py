"""Query latency of parteisuche against stock Whoosh, SQLite FTS5 and tantivy on the Bundestag
corpus.

Scenarios, each over the dev queries of ``../shared/eval/relevance-dev/queries.tsv`` (warm: one
warm-up round, then the median of ``--rounds`` rounds per query; p50/p95/max over the queries):

(a)  top-10 (hits with their stored fields, no snippets)
(a+) top-10 with snippets (parteisuche only; the highlighter's word cache is emptied per query)
(b)  top-10 + every facet count
(c)  top-10 with the filters party = DIE LINKE and one year of dates
(d)  page 50 of a broad query (the broad words of ``bench/webapp.py``)
(e)  a person page: every document of one person, oldest first (the 20 most frequent speakers)

plus the cold start: process start to the first answer (a fresh interpreter, median of 3).

parteisuche's per-query result cache is emptied before every timed call, so each figure is a new
query on a warm process (open index, facet table, OS page cache); a repeated query is faster.
What stays warm is per index generation and not per query: the filter masks of (c) (one party,
one year: the "cached filter bitsets" the issue names), the date order, the BM25 length norms
and the hits of documents listed without snippets (so (e), a person page, is a warm figure).

Peers, built in the same run from the same speeches (cached in ``--workdir``):

* stock Whoosh 2.7.4: ``id`` ID, one TEXT (title + text) with ``LanguageAnalyzer('de')``,
  KEYWORD facets person/party/office and NUMERIC ``date``/``year`` (sortable columns); queries
  through ``QueryParser`` with OR grouping, facets by ``groupedby``, filters as a ``filter=``
  query with a ``NumericRange``;
* SQLite FTS5 (``unicode61 remove_diacritics 2``, contentless) with a ``meta`` table; the words
  OR-ed and ranked by ``bm25``, facets by ``GROUP BY`` over a temporary table of the hits;
* tantivy 0.27 through its Python bindings (``bench/tantivy_peer.py``: Snowball German, facets
  by terms aggregations on fast fields, a range query on the date), where it is installed
  (``pip install -e '.[bench]'``; skipped with a message otherwise).

Usage::

    .venv/bin/python bench/queries.py --index /tmp/q-full            # reuse a parteisuche index
    .venv/bin/python bench/queries.py --quick                          # smoke run, 2,000 speeches
    .venv/bin/python bench/queries.py --index /tmp/q-x10 --scale 10 \\
        --compare bench/results/queries-x1.json                       # growth at 10x the corpus

Prints a Markdown table and writes JSON to ``bench/results/`` (``--out``). Nothing asserts;
skips with a message (exit 0) where ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import tantivy_peer
from shared_data import CORPUS, QUERIES

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results"

#: Broad words for the deep page (d), as in ``bench/webapp.py``.
BROAD = ["Rente", "Klimaschutz", "Bundeswehr", "Deutschland", "Haushalt", "Migration"]
PARTY = "DIE LINKE"
YEAR = (20230101, 20231231)
PERSONS = 20
DEEP_PAGE = 50

SCENARIOS: dict[str, str] = {
    "a": "(a) top-10",
    "a+": "(a+) top-10 + snippets",
    "b": "(b) top-10 + all facets",
    "c": "(c) top-10, party + one year",
    "d": f"(d) page {DEEP_PAGE} of a broad query",
    "e": "(e) person page",
}
SYSTEMS = ("parteisuche", "whoosh", "fts5", "tantivy")
TARGETS_P95 = {"a": 5.0, "b": 10.0, "c": 5.0, "d": 20.0}


# --- data --------------------------------------------------------------------------------------


def load_queries() -> list[str]:
    with QUERIES.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [row["query"] for row in reader if row.get("query")]


def speeches(limit: int | None, scale: int) -> Iterator[dict[str, Any]]:
    """The corpus lines, the first ``limit`` of them, repeated ``scale`` times under new ids."""
    for copy in range(scale):
        with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if limit is not None and n >= limit:
                    break
                doc = json.loads(line)
                if copy:
                    doc["id"] = f"{doc['id']}-x{copy}"
                yield doc


def write_corpus(path: Path, limit: int | None, scale: int) -> Path:
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=1) as out:
            for doc in speeches(limit, scale):
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        tmp.rename(path)
    return path


def yyyymmdd(date: str | None) -> int:
    digits = (date or "").replace("-", "")[:8]
    return int(digits.ljust(8, "0")) if digits.isdigit() else 0


# --- the systems -------------------------------------------------------------------------------


class System:
    name = ""

    def top10(self, q: str) -> int:
        raise NotImplementedError

    def snippets(self, q: str) -> int:
        raise NotImplementedError

    def facets(self, q: str) -> int:
        raise NotImplementedError

    def filtered(self, q: str) -> int:
        raise NotImplementedError

    def deep(self, q: str) -> int:
        raise NotImplementedError

    def person(self, name: str) -> int:
        raise NotImplementedError

    def cold_start(self, q: str) -> list[str]:
        """A command that starts a fresh process and prints the first answer."""
        raise NotImplementedError

    def reset(self) -> None:
        """Forget per-query state before a timed call."""


class Parteisuche(System):
    name = "parteisuche"

    def __init__(self, index: Path) -> None:
        from indexer.engine.store import IndexStore
        from indexer.search import SearchRequest, SearchService

        self.index = index
        self.request = SearchRequest
        self.service = SearchService(IndexStore(index))
        self.party = self._party_value()

    def _party_value(self) -> str:
        result = self.service.search(self.request(q="", with_snippets=False))
        values = [v.value for v in result.facets.get("party", [])]
        wanted = re.sub(r"\W", "", PARTY).lower()
        return next((v for v in values if re.sub(r"\W", "", v).lower() == wanted), PARTY)

    def reset(self) -> None:
        self.service.forget_queries()

    def _search(self, **kw: Any) -> int:
        kw.setdefault("with_facets", False)
        kw.setdefault("with_snippets", False)
        result = self.service.search(self.request(**kw))
        return len(result.hits)

    def top10(self, q: str) -> int:
        return self._search(q=q)

    def snippets(self, q: str) -> int:
        self.service.highlighter = type(self.service.highlighter)()
        return self._search(q=q, with_snippets=True)

    def facets(self, q: str) -> int:
        return self._search(q=q, with_facets=True)

    def filtered(self, q: str) -> int:
        y0, y1 = (str(y) for y in YEAR)
        return self._search(
            q=q,
            filters={"party": [self.party]},
            date_from=f"{y0[:4]}-{y0[4:6]}-{y0[6:]}",
            date_to=f"{y1[:4]}-{y1[4:6]}-{y1[6:]}",
        )

    def deep(self, q: str) -> int:
        return self._search(q=q, page=DEEP_PAGE)

    def person(self, name: str) -> int:
        return len(self.service.person_documents(name, limit=1000)[1])

    def persons(self, count: int) -> list[str]:
        result = self.service.search(self.request(q="", with_snippets=False))
        return [v.value for v in result.facets.get("person", [])[:count]]

    def cold_start(self, q: str) -> list[str]:
        cli = Path(sys.executable).with_name("parteisuche")
        return [str(cli), "search", q, "--index", str(self.index), "--limit", "10", "--json"]


class StockWhoosh(System):
    name = "whoosh"

    def __init__(self, directory: Path) -> None:
        from whoosh import index, qparser, sorting
        from whoosh.query import And, NumericRange, Term

        self.directory = directory
        self.ix = index.open_dir(str(directory))
        self.searcher = self.ix.searcher()
        self.parser = qparser.QueryParser("text", self.ix.schema, group=qparser.OrGroup)
        self.Term = Term
        self.sorting = sorting
        self.groups = {
            name: sorting.FieldFacet(name, maptype=sorting.Count)
            for name in ("person", "party", "office", "year")
        }
        self.filter = And([Term("party", PARTY), NumericRange("date", *YEAR)])

    @staticmethod
    def schema() -> Any:
        from whoosh.analysis import LanguageAnalyzer
        from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

        def facet() -> Any:
            return KEYWORD(stored=True, commas=True, lowercase=False, scorable=False, sortable=True)

        return Schema(
            id=ID(stored=True, unique=True),
            title=STORED(),
            text=TEXT(analyzer=LanguageAnalyzer("de")),
            person=facet(),
            party=facet(),
            office=facet(),
            date=NUMERIC(int, bits=32, stored=True, sortable=True, signed=False),
            year=NUMERIC(int, bits=32, stored=True, sortable=True, signed=False),
        )

    @classmethod
    def build(cls, directory: Path, docs: Iterator[dict[str, Any]]) -> None:
        from whoosh import index

        directory.mkdir(parents=True)
        ix = index.create_in(str(directory), cls.schema())
        writer = ix.writer(limitmb=512)
        for doc in docs:
            date = yyyymmdd(doc.get("date"))
            writer.add_document(
                id=doc["id"],
                title=doc.get("agenda_title") or "",
                text=f"{doc.get('agenda_title') or ''}\n{doc.get('text') or ''}",
                person=(doc.get("person") or "").replace(",", " "),
                party=(doc.get("party") or "").replace(",", " "),
                office=(doc.get("role") or "").replace(",", " "),
                date=date,
                year=date // 10000,
            )
        writer.commit()

    def _hits(self, results: Any) -> int:
        return len([hit["id"] for hit in results])

    def top10(self, q: str) -> int:
        return self._hits(self.searcher.search(self.parser.parse(q), limit=10))

    def facets(self, q: str) -> int:
        results = self.searcher.search(self.parser.parse(q), limit=10, groupedby=self.groups)
        for name in self.groups:
            results.groups(name)
        return self._hits(results)

    def filtered(self, q: str) -> int:
        return self._hits(self.searcher.search(self.parser.parse(q), limit=10, filter=self.filter))

    def deep(self, q: str) -> int:
        return self._hits(self.searcher.search_page(self.parser.parse(q), DEEP_PAGE, pagelen=10))

    def person(self, name: str) -> int:
        results = self.searcher.search(self.Term("person", name), limit=1000, sortedby="date")
        return self._hits(results)

    def cold_start(self, q: str) -> list[str]:
        code = (
            "import sys; from whoosh import index, qparser\n"
            "ix = index.open_dir(sys.argv[1]); s = ix.searcher()\n"
            "p = qparser.QueryParser('text', ix.schema, group=qparser.OrGroup)\n"
            "print([h['id'] for h in s.search(p.parse(sys.argv[2]), limit=10)])\n"
        )
        return [sys.executable, "-c", code, str(self.directory), q]


_FTS_WORD = re.compile(r'"[^"]*"|[^\W_]+')


def fts_query(text: str) -> str:
    """The words (and quoted phrases) of a query, OR-ed, each quoted for FTS5."""
    parts = []
    for m in _FTS_WORD.finditer(text):
        words = re.findall(r"[^\W_]+", m[0])
        if words:
            parts.append('"' + " ".join(words) + '"')
    return " OR ".join(parts) or '""'


class Fts5(System):
    name = "fts5"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(str(path), check_same_thread=False)
        self.db.execute("CREATE TEMP TABLE hits (docid INTEGER PRIMARY KEY)")

    @staticmethod
    def build(path: Path, docs: Iterator[dict[str, Any]]) -> None:
        db = sqlite3.connect(str(path))
        db.executescript(
            """
            CREATE VIRTUAL TABLE docs USING fts5(title, text, content='',
                tokenize='unicode61 remove_diacritics 2');
            CREATE TABLE meta (docid INTEGER PRIMARY KEY, id TEXT, title TEXT, person TEXT,
                party TEXT, office TEXT, date INTEGER, year INTEGER);
            """
        )
        for n, doc in enumerate(docs, 1):
            date = yyyymmdd(doc.get("date"))
            title = doc.get("agenda_title") or ""
            db.execute(
                "INSERT INTO docs (rowid, title, text) VALUES (?, ?, ?)",
                (n, title, doc.get("text") or ""),
            )
            db.execute(
                "INSERT INTO meta VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    n,
                    doc["id"],
                    title,
                    doc.get("person"),
                    doc.get("party"),
                    doc.get("role"),
                    date,
                    date // 10000,
                ),
            )
        db.executescript(
            """
            CREATE INDEX meta_person ON meta (person, date);
            CREATE INDEX meta_party ON meta (party, date);
            INSERT INTO docs (docs) VALUES ('optimize');
            ANALYZE;
            """
        )
        db.commit()
        db.close()

    def _rows(self, sql: str, *args: Any) -> int:
        return len(self.db.execute(sql, args).fetchall())

    _TOP = (
        "SELECT m.id, m.title, m.person, m.party, m.date FROM "
        "(SELECT rowid AS docid, rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ? OFFSET ?)"
        " AS h JOIN meta m ON m.docid = h.docid ORDER BY h.rank"
    )

    def top10(self, q: str) -> int:
        return self._rows(self._TOP, fts_query(q), 10, 0)

    def facets(self, q: str) -> int:
        self.db.execute("DELETE FROM temp.hits")
        self.db.execute(
            "INSERT INTO temp.hits SELECT rowid FROM docs WHERE docs MATCH ?", (fts_query(q),)
        )
        for name in ("person", "party", "office", "year"):
            self._rows(
                f"SELECT m.{name}, count(*) FROM temp.hits h JOIN meta m "
                f"ON m.docid = h.docid GROUP BY m.{name}"
            )
        return self.top10(q)

    def filtered(self, q: str) -> int:
        return self._rows(
            "SELECT m.id, m.title, m.person, m.party, m.date FROM docs JOIN meta m "
            "ON m.docid = docs.rowid WHERE docs MATCH ? AND m.party = ? "
            "AND m.date BETWEEN ? AND ? ORDER BY docs.rank LIMIT 10",
            fts_query(q),
            PARTY,
            *YEAR,
        )

    def deep(self, q: str) -> int:
        return self._rows(self._TOP, fts_query(q), 10, (DEEP_PAGE - 1) * 10)

    def person(self, name: str) -> int:
        return self._rows(
            "SELECT id, title, party, date FROM meta WHERE person = ? ORDER BY date LIMIT 1000",
            name,
        )

    def cold_start(self, q: str) -> list[str]:
        code = (
            "import sqlite3, sys\n"
            "db = sqlite3.connect(sys.argv[1])\n"
            "print(db.execute('SELECT m.id FROM docs JOIN meta m ON m.docid = docs.rowid "
            "WHERE docs MATCH ? ORDER BY docs.rank LIMIT 10', (sys.argv[2],)).fetchall())\n"
        )
        return [sys.executable, "-c", code, str(self.path), fts_query(q)]


class Tantivy(System):
    name = "tantivy"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = tantivy_peer.Engine(path)

    def top10(self, q: str) -> int:
        return self.engine.top(q)

    def facets(self, q: str) -> int:
        return self.engine.facets(q)

    def filtered(self, q: str) -> int:
        return self.engine.filtered(q, PARTY, YEAR)

    def deep(self, q: str) -> int:
        return self.engine.top(q, 10, (DEEP_PAGE - 1) * 10)

    def person(self, name: str) -> int:
        return self.engine.person(name)

    def cold_start(self, q: str) -> list[str]:
        here = str(Path(__file__).resolve().parent)
        return [sys.executable, "-c", tantivy_peer.COLD_START, str(self.path), q, here]


# --- measuring ---------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def summary(times: list[float]) -> dict[str, float]:
    return {
        "n": len(times),
        "p50": round(statistics.median(times), 3),
        "p95": round(percentile(times, 0.95), 3),
        "max": round(max(times), 3),
    }


def timed(
    system: System, call: Callable[[str], int], inputs: list[str], rounds: int
) -> list[float]:
    """Per input, the median of ``rounds`` timed calls after one warm-up round."""
    per_input: list[list[float]] = [[] for _ in inputs]
    for round_ in range(rounds + 1):
        for i, value in enumerate(inputs):
            system.reset()
            started = time.perf_counter()
            call(value)
            elapsed = (time.perf_counter() - started) * 1000
            if round_:
                per_input[i].append(elapsed)
    return [statistics.median(t) for t in per_input]


def cold_start(system: System, q: str, runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(system.cold_start(q), capture_output=True, text=True, check=False)
        times.append((time.perf_counter() - started) * 1000)
        if done.returncode:
            print(f"  {system.name} cold start failed: {done.stderr.strip()[-300:]}")
    return summary(times)


def measure(
    system: System, queries: list[str], persons: list[str], rounds: int, cold_runs: int
) -> dict[str, Any]:
    calls: dict[str, tuple[Callable[[str], int], list[str]]] = {
        "a": (system.top10, queries),
        "a+": (system.snippets, queries),
        "b": (system.facets, queries),
        "c": (system.filtered, queries),
        "d": (system.deep, BROAD),
        "e": (system.person, persons),
    }
    out: dict[str, Any] = {}
    for key, (call, inputs) in calls.items():
        try:
            times = timed(system, call, inputs, rounds)
        except NotImplementedError:
            continue
        out[key] = summary(times)
        print(
            f"  {system.name:12} {SCENARIOS[key]:34} p50 {out[key]['p50']:8.2f}  "
            f"p95 {out[key]['p95']:8.2f}  max {out[key]['max']:8.2f} ms",
            flush=True,
        )
    out["cold"] = cold_start(system, queries[0], cold_runs)
    print(f"  {system.name:12} {'cold start':34} p50 {out['cold']['p50']:8.0f} ms", flush=True)
    return out


# --- building ----------------------------------------------------------------------------------


def _build_once(folder: Path, label: str, build: Callable[[Path], None]) -> Path:
    """A peer's index in ``folder``, built unless an earlier run finished it (``done``)."""
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building {label} in {folder} …", flush=True)
        started = time.perf_counter()
        build(folder)
        (folder / "done").write_text(f"{time.perf_counter() - started:.0f} s\n")
        print(f"  {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def build_tantivy(workdir: Path, limit: int | None, scale: int) -> Path | None:
    """The tantivy peer's index, or None where tantivy is missing."""
    if not tantivy_peer.available():
        print("tantivy peer skipped: the package is not installed (pip install -e '.[bench]')")
        return None
    return _build_once(
        workdir / "tantivy",
        "tantivy",
        lambda path: tantivy_peer.build(path, speeches(limit, scale)),
    )


def build_whoosh(workdir: Path, limit: int | None, scale: int) -> Path:
    return _build_once(
        workdir / "whoosh",
        "stock Whoosh",
        lambda path: StockWhoosh.build(path, speeches(limit, scale)),
    )


def build_fts5(workdir: Path, limit: int | None, scale: int) -> Path:
    fts_path = workdir / "fts5.sqlite"
    if not fts_path.exists():
        print(f"building SQLite FTS5 in {fts_path} …", flush=True)
        started = time.perf_counter()
        tmp = fts_path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        Fts5.build(tmp, speeches(limit, scale))
        tmp.rename(fts_path)
        print(f"  {time.perf_counter() - started:.0f} s", flush=True)
    return fts_path


def peer_systems(names: list[str], workdir: Path, limit: int | None, scale: int) -> list[System]:
    """The peers asked for, each built once per work folder."""
    systems: list[System] = []
    for name in names:
        if name == "whoosh":
            systems.append(StockWhoosh(build_whoosh(workdir, limit, scale)))
        elif name == "fts5":
            systems.append(Fts5(build_fts5(workdir, limit, scale)))
        elif (path := build_tantivy(workdir, limit, scale)) is not None:
            systems.append(Tantivy(path))
    return systems


def build_parteisuche(workdir: Path, limit: int | None, scale: int) -> Path:
    index = workdir / "parteisuche"
    if (index / "parteisuche.json").exists():
        return index
    corpus = CORPUS
    if limit is not None or scale > 1:
        corpus = write_corpus(workdir / "corpus.jsonl.gz", limit, scale)
    print(f"indexing {corpus} into {index} (minutes) …", flush=True)
    started = time.perf_counter()
    cli = Path(sys.executable).with_name("parteisuche")
    subprocess.run([str(cli), "index", "--index", str(index), str(corpus), "--nice", "0", "-q"],
                   check=True)
    print(f"  {time.perf_counter() - started:.0f} s", flush=True)
    return index


# --- reporting ---------------------------------------------------------------------------------


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.1f}x" if a is not None and b else "–"


def table(results: dict[str, Any], previous: dict[str, Any] | None) -> str:
    head = ["scenario"]
    for system in SYSTEMS:
        head.append(f"{system} p50 / p95 / max ms")
    head += [f"p95 / {system}" for system in SYSTEMS[1:]] + ["target p95"]
    if previous:
        head.append(f"p95 growth vs {previous['documents']:,} docs")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key in (*SCENARIOS, "cold"):
        ours = results["systems"]["parteisuche"].get(key)
        if ours is None:
            continue
        row = [SCENARIOS.get(key, "cold start (process start to first answer)")]
        for system in SYSTEMS:
            fig = results["systems"].get(system, {}).get(key)
            row.append(f"{fig['p50']:.1f} / {fig['p95']:.1f} / {fig['max']:.1f}" if fig else "–")
        peer = {s: results["systems"].get(s, {}).get(key, {}).get("p95") for s in SYSTEMS[1:]}
        row += [ratio(ours["p95"], peer[system]) for system in SYSTEMS[1:]]
        target = TARGETS_P95.get(key, 1000.0 if key == "cold" else None)
        row.append(f"≤ {target:g} ms" if target else "")
        if previous:
            before = previous["systems"]["parteisuche"].get(key, {}).get("p95")
            growth = [ratio(ours["p95"], before)]
            for system in SYSTEMS[1:]:
                now = results["systems"].get(system, {}).get(key, {}).get("p95")
                then = previous["systems"].get(system, {}).get(key, {}).get("p95")
                growth.append(f"{system} {ratio(now, then)}")
            row.append(", ".join(growth))
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, help="an existing parteisuche index of the corpus")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="peers (and the index without --index) "
        "are built here once and reused (default: a new temp folder)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 2,000 speeches, 10 queries, 1 round"
    )
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds after the warm-up")
    parser.add_argument(
        "--scale",
        type=int,
        default=1,
        help="the corpus this many times (copies under new ids), for growth",
    )
    parser.add_argument("--limit-docs", type=int, help="only the first N speeches")
    parser.add_argument("--skip-peers", action="store_true", help="measure parteisuche only")
    parser.add_argument(
        "--peers", nargs="+", choices=SYSTEMS[1:], help="only these peers (default: all)"
    )
    parser.add_argument("--compare", type=Path, help="an earlier JSON result: growth column")
    parser.add_argument("--out", type=Path, help="JSON output (default bench/results/...)")
    args = parser.parse_args(argv)
    if not CORPUS.exists() or not QUERIES.exists():
        print(
            f"skipped: shared data not available ({CORPUS}, {QUERIES}); present in CI, "
            "absent in a fresh clone"
        )
        return 0
    limit = args.limit_docs or (2000 if args.quick else None)
    rounds = 1 if args.quick else args.rounds
    queries = load_queries()[: 10 if args.quick else None]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-queries-"))
    workdir.mkdir(parents=True, exist_ok=True)

    index = args.index or build_parteisuche(workdir, limit, args.scale)
    systems: list[System] = [Parteisuche(index)]
    if not args.skip_peers:
        systems += peer_systems(args.peers or [*SYSTEMS[1:]], workdir, limit, args.scale)
    ours = systems[0]
    assert isinstance(ours, Parteisuche)
    documents = ours.service.searcher().doc_count()
    persons = ours.persons(5 if args.quick else PERSONS)
    print(
        f"{documents:,} documents, {len(queries)} queries, {len(persons)} persons, "
        f"{rounds} rounds after a warm-up; index {index}; peers in {workdir}",
        flush=True,
    )
    for system in systems[1:]:
        count = system.searcher.doc_count() if isinstance(system, StockWhoosh) else None
        if count is not None and count != documents:
            print(f"  note: {system.name} holds {count:,} documents, parteisuche {documents:,}")

    results: dict[str, Any] = {
        "documents": documents,
        "scale": args.scale,
        "queries": len(queries),
        "rounds": rounds,
        "cpus": os.cpu_count(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "systems": {},
    }
    for system in systems:
        results["systems"][system.name] = measure(
            system, queries, persons, rounds, 1 if args.quick else 3
        )
    previous = json.loads(args.compare.read_text()) if args.compare else None
    markdown = table(results, previous)
    print()
    print(markdown)
    print(
        "\nms per call; ratios are parteisuche / peer at p95. parteisuche's query cache is "
        "emptied before each call (a repeated query or a facet click on it is faster); filter "
        "masks, date order, length norms and snippet-less hits stay warm per index generation."
    )
    out = args.out or RESULTS / f"queries-x{args.scale}{'-quick' if args.quick else ''}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    results["markdown"] = markdown
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    out.with_suffix(".md").write_text(markdown + "\n", encoding="utf-8")
    print(f"written {out} and {out.with_suffix('.md')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
