"""One reader module per file format; :data:`READERS` maps extensions to read functions."""

from __future__ import annotations

from indexer.readers import html, jsonl, markdown, pdf, text
from indexer.readers.base import Limits, ReadFunction, RecordError, pick_reader, suffix_of

READERS: dict[str, ReadFunction] = {}
for _module in (text, markdown, html, pdf, jsonl):
    for _ext in _module.EXTENSIONS:
        READERS[_ext] = _module.read

__all__ = ["READERS", "Limits", "RecordError", "pick_reader", "suffix_of"]
