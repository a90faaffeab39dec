"""Whoosh's stored columns decoded in bulk, reaching into its column readers' raw bytes.

Whoosh reads a column one document at a time through Python; these read a whole column of a
segment at once. They use private attributes of Whoosh 2.7.4's column readers (the exact pin
makes that safe) and fall back to the public API where the layout is not the expected one.
"""

from __future__ import annotations

import pickle
import sys
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any

from whoosh.searching import Searcher

from indexer.schema import split_values


def raw_text_column(reader: Any, name: str, size: int) -> list[bytes] | None:
    """The raw bytes of a KEYWORD/ID column for every document, read in bulk (or None)."""
    if name not in reader.schema or type(reader.schema[name]).__name__ not in ("KEYWORD", "ID"):
        return None
    out: list[bytes] = []
    for leaf, _offset in reader.leaf_readers():
        count = leaf.doc_count_all()
        if not leaf.has_column(name):
            out.extend([b""] * count)
            continue
        column = leaf.column_reader(name, translate=False)
        lengths = getattr(column, "_lengths", None)
        offsets = getattr(column, "_offsets", None)
        if lengths is None or offsets is None or len(lengths) != count:
            return None
        data = bytes(column._dbfile.get(column._basepos, column._length))
        out.extend(data[o : o + n] for o, n in zip(offsets, lengths, strict=True))
    return out if len(out) == size else None


def column_values(reader: Any, name: str, size: int) -> Iterator[tuple[str, ...]]:
    if not size or not reader.has_column(name):
        yield from [()] * size
        return
    if name == "year":
        numbers = numeric_column(reader, name, size)
        if numbers is not None:
            yield from ((str(n),) if n else () for n in numbers)
            return
    column = reader.column_reader(name)
    for raw in (column[d] for d in range(size)):
        if name == "year":
            yield (str(raw),) if raw else ()
        else:
            yield tuple(split_values(raw))


def indexed_order_from_terms(searcher: Searcher) -> array[int]:
    """Documents by ``indexed_at``, newest first, from the term table alone.

    Each full-precision ``indexed_at`` term (shift byte 0, sorted like the time) names its
    documents; a term of one document stores that document's number in its term info, so no
    postings need to be read (Whoosh's own sort on this column-less field reads them all).
    """
    pairs: list[tuple[bytes, int]] = []
    for leaf, offset in searcher.reader().leaf_readers():
        for (name, term), info in leaf._terms.items_from("indexed_at", b""):
            if name != "indexed_at" or term[:1] != b"\x00":
                break
            if info.doc_frequency() == 1:
                pairs.append((term, offset + info.min_id()))
            else:
                postings = leaf.postings("indexed_at", term)
                pairs.extend((term, offset + d) for d in postings.all_ids())
    pairs.sort(reverse=True)
    return array("i", (d for _, d in pairs))


def numeric_column(reader: Any, name: str, size: int) -> array[int] | None:
    """An unsigned integer column of every segment, decoded in bulk (None: not such a column).

    Whoosh reads a column one document at a time through Python; the raw column of an
    unsigned, integral NUMERIC field is the big-endian array of the values themselves.
    """
    field = reader.schema[name] if name in reader.schema else None
    if (
        field is None
        or type(field).__name__ != "NUMERIC"
        or field.numtype is not int
        or field.signed
        or field.decimal_places
    ):
        return None
    out = array("l")
    for leaf, _offset in reader.leaf_readers():
        count = leaf.doc_count_all()
        if not leaf.has_column(name):
            out.extend([0] * count)
            continue
        column = leaf.column_reader(name, translate=False)
        typecode = getattr(column, "_typecode", None)
        if typecode is None or typecode not in "bBhHiIlLqQ":
            return None
        raw = array(typecode)
        raw.frombytes(bytes(column._dbfile.get(column._basepos, column._count * raw.itemsize)))
        if sys.byteorder == "little":
            raw.byteswap()
        out.extend(raw.tolist())
        out.extend([column._default] * (count - len(raw)))
    return out if len(out) == size else None


def int_column(reader: Any, name: str, size: int) -> array[int]:
    if not size or not reader.has_column(name):
        return array("l", [0] * size)
    bulk = numeric_column(reader, name, size)
    if bulk is not None:
        return bulk
    column = reader.column_reader(name)
    return array("l", (int(column[d] or 0) for d in range(size)))


#: A document's stored record by document number (see :func:`stored_records`).
RecordReader = Callable[[int], dict[str, Any]]


def stored_records(reader: Any) -> RecordReader:
    """A reader of stored records (what ``reader.stored_fields(docnum)`` returns) for many
    documents: the segments' stored columns are looked up once, not for every document.

    Whoosh keeps a document's stored fields as one zlib-compressed pickle in the segment's
    ``_stored`` column; each ``stored_fields`` call went through the multi-reader, the
    segment's per-document reader, two column wrappers and a filter of the record's keys
    against the schema in Python (about a sixth of the read; here one set comparison). An
    export of a thousand hits reads a thousand records. A segment whose column has another
    layout is read through Whoosh.
    """
    schema = reader.schema
    names = frozenset(schema.names())
    leaves = [(offset, leaf, stored_column(leaf)) for leaf, offset in reader.leaf_readers()]
    starts = [offset for offset, _leaf, _column in leaves]

    def record(docnum: int) -> dict[str, Any]:
        offset, leaf, column = leaves[bisect_right(starts, docnum) - 1]
        local = docnum - offset
        if column is None or not 0 <= local < len(column._lengths):
            return dict(leaf.stored_fields(local))
        length = column._lengths[local]
        if not length:
            return {}
        raw = column._dbfile.get(column._basepos + column._offsets[local], length)
        found: dict[str, Any] = pickle.loads(zlib.decompress(raw))
        if found.keys() <= names:
            return found
        return {k: v for k, v in found.items() if k in schema}  # as Whoosh filters them

    return record


def stored_column(leaf: Any) -> Any | None:
    """The compressed-bytes reader under a segment's ``_stored`` column (Whoosh 2.7.4's W3
    layout: pickles, zlib-compressed), or None where the segment is laid out otherwise."""
    from whoosh.codec.whoosh3 import STORED_COLUMN
    from whoosh.columns import CompressedBytesColumn, PickleColumn

    perdoc = getattr(leaf, "_perdoc", None)
    if perdoc is None or not hasattr(perdoc, "_cached_reader"):
        return None
    wrapper = perdoc._cached_reader("_stored", STORED_COLUMN)
    child = getattr(wrapper, "_child", None)
    if (
        isinstance(wrapper, PickleColumn.Reader)
        and isinstance(child, CompressedBytesColumn.Reader)
        and getattr(child, "_decompress", None) is zlib.decompress
        and all(hasattr(child, a) for a in ("_lengths", "_offsets", "_basepos", "_dbfile"))
    ):
        return child
    return None
