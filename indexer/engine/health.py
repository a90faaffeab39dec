"""``parteisuche check``: does the index open, match this version and read completely?"""

from __future__ import annotations

from typing import Any

from indexer.engine.flat import FlatSegment, unreadable
from indexer.engine.store import IndexStore
from indexer.errors import ParteisucheError
from indexer.schema import SCHEMA_VERSION, flat_only, flat_positions_only


def check_index(store: IndexStore) -> dict[str, Any]:
    """A report dict; raises IndexMissing / SchemaOutdated for the two actionable states."""
    manifest = store.manifest()
    ix = store.open()
    report: dict[str, Any] = {
        "healthy": True,
        "problem": None,
        "schema_version": SCHEMA_VERSION,
        "data": manifest.data,
        "index": str(store.root),
    }
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
            report["documents"] = reader.doc_count()
            report["segments"] = len(ix._segments())
            ids = reader.column_reader("id") if reader.doc_count() else None
            seen: set[str | None] = set()
            for docnum in reader.all_doc_ids():
                searcher.stored_fields(docnum)
                doc_id = ids[docnum] if ids is not None else None
                if doc_id in seen:
                    raise ParteisucheError(f"document id {doc_id!r} occurs twice")
                seen.add(doc_id)
            for fieldname in ("text", "exact"):
                for _ in reader.lexicon(fieldname):
                    pass
            _check_flat_positions(reader)
    except ParteisucheError as exc:
        report.update(healthy=False, problem=str(exc))
    except Exception as exc:  # noqa: BLE001 - any read failure means the index is damaged
        report.update(healthy=False, problem=f"{type(exc).__name__}: {exc}")
    return report


def _check_flat_positions(reader: Any) -> None:
    """Every segment's flat postings read, where fields keep their postings there alone
    (their words would fail), with the positions of the fields that keep them there (phrases
    would fail)."""
    schema = reader.schema
    names = [name for name in schema.names() if flat_only(schema[name])]
    for leaf, _offset in reader.leaf_readers():
        if not leaf.doc_count_all():  # an empty index's reader, or an empty segment
            continue
        flat = FlatSegment.of(leaf)
        for name in names:
            positions = flat_positions_only(schema[name])
            field = flat.field(name) if flat is not None else None
            if flat is None or (positions and field is not None and field.positions is None):
                raise unreadable(leaf, name, positions)
