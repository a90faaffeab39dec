"""tantivy (through its official Python bindings) as a peer of the benchmarks.

The issue names tantivy and SQLite FTS5 as the fastest engines measured on this corpus. The
index here is tantivy's plain setup for German: one text field (title and text) through
tantivy's simple tokenizer, lowercasing, ASCII folding and its Snowball German stemmer;
person, party and office as raw fast fields (facets by terms aggregation), the date as a
fast ``yyyymmdd`` integer (ranges and date order) and its year. Queries are parsed leniently
with OR between words, as the other peers do. The writer uses its default threads (both
cores here) and a 256 MB heap, like parteisuche's indexer.

The package is an optional benchmark dependency (``pip install -e '.[bench]'``); without it
the benchmarks print that the tantivy peer is skipped.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

TOKENIZER = "de_stem"
FACETS = ("person", "party", "office", "year")
#: Terms aggregations list at most this many values (all of them for this corpus).
FACET_SIZE = 65_000


def available() -> bool:
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return False
    return True


def _schema() -> Any:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name=TOKENIZER)
    builder.add_text_field("text", tokenizer_name=TOKENIZER)
    for name in ("person", "party", "office"):
        builder.add_text_field(name, stored=True, fast=True, tokenizer_name="raw")
    builder.add_integer_field("date", stored=True, fast=True, indexed=True)
    builder.add_integer_field("year", fast=True, indexed=True)
    return builder.build()


def _register(index: Any) -> Any:
    import tantivy

    analyzer = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("german"))
        .build()
    )
    index.register_tokenizer(TOKENIZER, analyzer)
    return index


def open_index(path: Path) -> Any:
    import tantivy

    return _register(tantivy.Index(_schema(), path=str(path), reuse=True))


def build(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Index the speeches (JSONL records) into a new tantivy index at ``path``."""
    import tantivy

    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    index = _register(tantivy.Index(_schema(), path=str(path)))
    writer = index.writer(heap_size=256_000_000)
    for record in records:
        date = str(record.get("date") or "")
        digits = date.replace("-", "")[:8]
        number = int(digits.ljust(8, "0")) if digits.isdigit() else 0
        writer.add_document(
            tantivy.Document(
                id=str(record["id"]),
                title=str(record.get("agenda_title") or ""),
                text=str(record.get("text") or ""),
                person=str(record.get("person") or ""),
                party=str(record.get("party") or ""),
                office=str(record.get("role") or ""),
                date=number,
                year=number // 10000,
            )
        )
    writer.commit()
    writer.wait_merging_threads()


class Engine:
    """The peer's queries on an open index, in the shapes the query benchmark times."""

    def __init__(self, path: Path) -> None:
        import tantivy

        self._tantivy = tantivy
        self.index = open_index(path)
        self.index.reload()
        self.searcher = self.index.searcher()
        self.schema = self.index.schema

    def parse(self, text: str) -> Any:
        query, _errors = self.index.parse_query_lenient(text, ["title", "text"])
        return query

    def _fetch(self, result: Any) -> int:
        """Read each hit's stored fields, as the other systems list their hits."""
        for _key, address in result.hits:
            self.searcher.doc(address)
        return len(result.hits)

    def top(self, text: str, limit: int = 10, offset: int = 0) -> int:
        return self._fetch(self.searcher.search(self.parse(text), limit, offset=offset))

    def facets(self, text: str) -> int:
        query = self.parse(text)
        self.searcher.aggregate(
            query, {name: {"terms": {"field": name, "size": FACET_SIZE}} for name in FACETS}
        )
        return self._fetch(self.searcher.search(query, 10))

    def filtered(self, text: str, party: str, dates: tuple[int, int]) -> int:
        tantivy = self._tantivy
        query = tantivy.Query.boolean_query(
            [
                (tantivy.Occur.Must, self.parse(text)),
                (tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "party", party)),
                (
                    tantivy.Occur.Must,
                    tantivy.Query.range_query(
                        self.schema, "date", tantivy.FieldType.Integer, dates[0], dates[1]
                    ),
                ),
            ]
        )
        return self._fetch(self.searcher.search(query, 10))

    def person(self, name: str) -> int:
        tantivy = self._tantivy
        query = tantivy.Query.term_query(self.schema, "person", name)
        return self._fetch(
            self.searcher.search(query, 1000, order_by_field="date", order=tantivy.Order.Asc)
        )


COLD_START = """
import sys
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from tantivy_peer import Engine
engine = Engine(Path(sys.argv[1]))
result = engine.searcher.search(engine.parse(sys.argv[2]), 10)
print([engine.searcher.doc(a)["id"] for _s, a in result.hits])
"""
