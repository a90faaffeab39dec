"""Corrections that last: values staff set for one document with ``parteisuche set``.

They live in ``corrections.json`` in the index folder, beside ``parteisuche.json`` and outside
every data folder and every document file, so ``index --force`` and ``reindex`` (which builds a
new data folder) read them again, and the documents' files stay as their authors wrote them.
In the precedence of given values a correction stands below only the CLI flags of a later
``index`` call (see :mod:`indexer.ingest.pipeline`).

``set`` and ``unset`` take effect at once: the document is read again from its file, with the
flags of the call that indexed it, exactly as the next ``index`` would. When the file is gone,
the stored document is rewritten instead: ``set`` changes only the corrected fields, ``unset``
re-extracts the field from the stored text (sidecar and front matter are gone with the file).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indexer import metadata as extraction
from indexer.engine.documents import from_stored, meta_from_stored, to_fields
from indexer.engine.durable import sync_folder
from indexer.engine.merging import merge_small_segments
from indexer.engine.store import IndexStore
from indexer.errors import ParteisucheError
from indexer.ingest.pipeline import (
    Correction,
    Failure,
    FolderDefaults,
    Given,
    Prepared,
    SourceFile,
    build_document,
    read_source,
    sort_extracted,
)
from indexer.models import Document, MetaValue
from indexer.readers import Limits

CORRECTIONS = "corrections.json"
_FORMAT = 1

Values = Mapping[str, str | tuple[str, ...]]


class UnknownDocument(ParteisucheError):
    """``set``/``unset`` named an id the index does not hold."""


@dataclass
class Corrections:
    """All corrections of one index: doc id -> field -> {"value", "by", "at"}."""

    documents: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path) -> Corrections:
        path = root / CORRECTIONS
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise ParteisucheError(
                f"The corrections file {path} is unreadable ({exc}); fix or remove it."
            ) from exc
        documents = raw.get("documents") if isinstance(raw, dict) else None
        if not isinstance(documents, dict):
            raise ParteisucheError(f"The corrections file {path} has no 'documents' mapping.")
        return cls(documents)

    def save(self, root: Path) -> None:
        """Write, flush, rename: a crash leaves the old or the new file, never half of one."""
        root.mkdir(parents=True, exist_ok=True)
        target = root / CORRECTIONS
        tmp = root / f".{CORRECTIONS}.{os.getpid()}.tmp"
        data = {"format": _FORMAT, "documents": self.documents}
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        sync_folder(root)

    def of(self, doc_id: str) -> Correction:
        return self.documents.get(doc_id, {})

    def set(self, doc_id: str, values: Values, by: str, at: str | None = None) -> list[str]:
        """Record ``values``; the fields whose value changed (a repeated ``set`` changes
        nothing and keeps who set it when)."""
        at = at or now()
        current = self.documents.setdefault(doc_id, {})
        changed = []
        for name, value in values.items():
            plain = list(value) if isinstance(value, tuple) else value
            if name in current and current[name].get("value") == plain:
                continue
            current[name] = {"value": plain, "by": by, "at": at}
            changed.append(name)
        if not current:
            del self.documents[doc_id]
        return changed

    def unset(self, doc_id: str, fields: list[str]) -> list[str]:
        """Drop the corrections of ``fields``; the fields that had one."""
        current = self.documents.get(doc_id, {})
        removed = [name for name in fields if current.pop(name, None) is not None]
        if doc_id in self.documents and not current:
            del self.documents[doc_id]
        return removed


def now() -> str:
    """UTC time in ISO form to the microsecond: corrections and flags given in the same second
    must still compare in the order they were made."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass
class Outcome:
    """What one ``set``/``unset`` did."""

    doc_id: str
    changed: list[str]
    #: "file": read again from its file; "stored": rewritten from the index (file gone).
    rewritten_from: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def correct(
    store: IndexStore,
    doc_id: str,
    values: Values,
    unset: list[str],
    by: str,
    wait: float = 0.0,
) -> Outcome:
    """Set ``values`` and drop the corrections of ``unset`` for one document, and rewrite it."""
    with store.locked(wait):
        ix = store.open()
        with ix.searcher() as searcher:
            stored = searcher.document(id=doc_id)
        if not stored:
            raise UnknownDocument(
                f"No document with the id {doc_id!r} in the index; "
                "`parteisuche list` shows the ids."
            )
        corrections = Corrections.load(store.root)
        changed = corrections.set(doc_id, values, by) if values else []
        changed += corrections.unset(doc_id, unset) if unset else []
        outcome = Outcome(doc_id, changed)
        record = from_stored(stored)
        meta = meta_from_stored(record)
        if changed:  # a repeated set or an unset of nothing writes nothing
            corrections.save(store.root)
            doc, outcome.rewritten_from = _rewritten(store, record, corrections, unset)
            _replace(store, ix, doc)
            meta = doc.meta
        outcome.metadata = {
            name: {"value": value.value if isinstance(value.value, str) else list(value.value),
                   "origin": value.origin}
            for name, value in meta.items()
        }
        return outcome


def _rewritten(
    store: IndexStore, record: dict[str, Any], corrections: Corrections, unset: list[str]
) -> tuple[Document, str]:
    from_file = _from_file(store, record, corrections)
    if from_file is not None:
        return build_document(from_file), "file"
    return _from_record(record, corrections.of(record["id"]), unset), "stored"


def _from_file(
    store: IndexStore, record: dict[str, Any], corrections: Corrections
) -> Prepared | None:
    """The document read again from its file as ``index`` would read it, else ``None``."""
    path = Path(record.get("path") or "")
    if not record.get("path") or not path.is_file():
        return None
    root, overrides, at = _source_of(store, path)
    given = Given(overrides, at, corrections.documents, FolderDefaults())
    for item in read_source(SourceFile(path, root), given, Limits.from_config()):
        if not isinstance(item, Failure) and item.doc_id == record["id"]:
            return item
    return None


def _source_of(
    store: IndexStore, path: Path
) -> tuple[Path, dict[str, str | tuple[str, ...]], str]:
    """The folder the file was indexed from and the flags of that call (the latest entry of
    the manifest that covers the file)."""
    for source in reversed(store.manifest().sources):
        root = Path(str(source.get("path") or ""))
        if root == path or root in path.parents:
            raw = source.get("overrides") or {}
            overrides = {k: tuple(v) if isinstance(v, list) else str(v) for k, v in raw.items()}
            return (root if root.is_dir() else path.parent), overrides, str(source.get("at") or "")
    return path.parent, {}, ""


def _from_record(record: dict[str, Any], correction: Correction, unset: list[str]) -> Document:
    """The stored document with its corrected fields changed; an unset field is extracted
    again from the stored text."""
    meta = meta_from_stored(record)
    extra = {k: v for k, v in (record.get("extra") or {}).items()}
    uncertain = dict(extra.pop("uncertain", None) or {})
    for name in unset:
        meta.pop(name, None)
    for name, item in correction.items():
        value = item["value"]
        meta[name] = MetaValue(
            tuple(value) if isinstance(value, list) else str(value), "correction",
            by=item.get("by"), at=item.get("at"),
        )
    for name in list(uncertain):
        if name in meta or name in unset:
            uncertain.pop(name)
    if uncertain:
        extra["uncertain"] = uncertain
    missing = [name for name in unset if name not in meta]
    if missing:
        known = {f: v.as_list()[0] for f, v in meta.items()}
        found = extraction.extract_metadata(record["text"], title=record["title"], known=known)
        extra = sort_extracted(found, missing, meta, extra)
    return Document(
        doc_id=record["id"], title=record["title"], text=record["text"],
        source=str(record.get("source") or ""), content_hash=str(record.get("content_hash")),
        meta=meta, path=record.get("path"), extra=extra, alias=str(record.get("alias") or ""),
    )


def _replace(store: IndexStore, ix: Any, doc: Document) -> None:
    from indexer.ingest.indexing import regroup_and_publish

    writer = store.writer(ix)
    try:
        writer.delete_by_term("id", doc.doc_id)
        writer.add_document(**to_fields(doc))
        writer.commit(mergetype=merge_small_segments)
    except BaseException:
        writer.cancel()
        raise
    regroup_and_publish(store, ix)
