"""Plain data passed between readers, metadata extraction and the index."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Metadata fields a person can give or the extractor can find.
META_FIELDS: tuple[str, ...] = (
    "person",
    "office",
    "region",
    "bundesland",
    "party",
    "date",
    "doc_type",
)

#: Fields a person can give: the metadata fields plus a document's visibility, which only
#: people decide (nothing is extracted for it; see :mod:`indexer.visibility`).
GIVEN_FIELDS: tuple[str, ...] = (*META_FIELDS, "visibility")

#: Where a stored metadata value came from, strongest first.
ORIGINS: tuple[str, ...] = ("cli", "correction", "sidecar", "folder", "document", "extracted")


@dataclass
class RawDocument:
    """What a reader returns: text plus the format's own metadata (front matter, HTML meta...)."""

    text: str
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    #: Stable id when the format carries one (JSONL ``id``); otherwise the pipeline derives it.
    doc_id: str | None = None
    #: Where the document came from: a URL from HTML/JSONL, else the pipeline sets the path.
    source: str | None = None
    #: For records of a bulk file: the 1-based line number, for error messages.
    line: int | None = None
    #: Data only the format knows (e.g. the agenda item of a speech), kept for display.
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MetaValue:
    """A metadata value with its origin and, for extracted values, the evidence span."""

    value: str | tuple[str, ...]
    origin: str
    evidence: str | None = None
    #: how sure an extracted value is (0..1); ``None`` for given values
    confidence: float | None = None
    #: for a correction: who made it and when (ISO time)
    by: str | None = None
    at: str | None = None

    def as_list(self) -> list[str]:
        return list(self.value) if isinstance(self.value, tuple) else [self.value]


@dataclass
class Document:
    """A document ready for the index."""

    doc_id: str
    title: str
    text: str
    source: str
    content_hash: str
    meta: dict[str, MetaValue] = field(default_factory=dict)
    path: str | None = None
    #: Data only the format knows (e.g. the agenda item of a speech) kept for display.
    extra: dict[str, Any] = field(default_factory=dict)
    #: An earlier id of this document whose permalink redirects here ("" for none).
    alias: str = ""
