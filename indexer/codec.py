"""A faster Whoosh segment writer: same codec, same postings, a fraction of the time.

Whoosh's :class:`~whoosh.writing.SegmentWriter` spends most of an indexing run in Python
bookkeeping per posting: the analyzer's generator chain per token, a tuple per posting in a
sorting pool, a sort of all postings at commit, and a method call, six assertions and a
field-length column look-up per posting when the postings are written. For this project's
schema (about 600 postings per speech) that is 10-15 ms per document.

:class:`FastSegmentWriter` keeps Whoosh's W3 codec, its per-document writer (stored fields,
columns, lengths: byte for byte the same files) and its readers, and changes how postings get
to disk:

* text fields whose analyzer is one of the project's chains are analysed in bulk by
  :mod:`indexer.analysis.terms` (one tokenizer pass shared by ``title``, ``text`` and
  ``exact``; every word form analysed once per process);
* postings go straight into one list per term (documents arrive in order, so only the terms
  are sorted) and the field lengths are kept at hand for the block statistics;
* :class:`PostingsEncoder` writes whole posting lists in W3's block format. Decoded, every block
  and term info equals Whoosh's; the block data is pickled with protocol 4 and tiny blocks are
  left uncompressed, which halves the posting file (see the class).

Tests compare every column file, every term's blocks and the search service's results with
those of Whoosh's writer. Anything unusual (another codec, term vectors, spelling fields, a
merge into this writer) takes the stock code path.
"""

from __future__ import annotations

from array import array
from hashlib import md5
from itertools import chain
from operator import itemgetter, sub
from pickle import dumps
from typing import Any
from zlib import compress

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter, W3TermInfo
from whoosh.fields import FieldType
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.filetables import _lengths as _LENGTHS
from whoosh.formats import Frequency, Positions
from whoosh.index import Index
from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from indexer.analysis.terms import (
    ExactTerms,
    GermanTerms,
    concatenated,
    exact_terms_for,
    german_terms_for,
    split_tokens,
)

#: (term, frequency, weight, encoded value) as ``Format.word_values`` yields them.
WordValue = tuple[Any, int, float, bytes]
#: One document's postings in a field: terms, weights, encoded values, and the field length
#: (the sum of the frequencies).
_DocPostings = tuple[list[Any], list[float], list[bytes], int]
#: One term's postings in document order, flat: [docnum, weight, value, docnum, weight, ...].
#: One list per term (not three) because posting lists are appended to in random order and
#: each object touched is a likely cache miss.
_Postings = list[Any]

_MAGIC: bytes = WHOOSH3_HEADER_MAGIC
_TERMINFO = W3TermInfo._struct
#: Posting bytes gathered before they are written to the file.
_FLUSH_BYTES = 1 << 22
#: Blocks whose pickle is shorter are not compressed (zlib would make them longer).
COMPRESS_MIN = 80
#: Postings per block (Whoosh writes 128): fewer, longer blocks for whole-list reads.
BLOCK_POSTINGS = 1024
#: Blocks of fewer postings keep tuples: an array's pickle carries a ~50-byte constructor
#: reference, which would make the many tiny blocks longer than :data:`COMPRESS_MIN`.
ARRAY_MIN = 32
#: Pickle protocol of the block data. Whoosh uses 2, which spells every byte string (the
#: encoded positions) as a ``_codecs.encode`` call; protocol 4 halves the posting file and its
#: pickling and compression time. Whoosh reads blocks with ``pickle.loads``, any protocol.
_DATA_PROTOCOL = 4

#: Memory per buffered posting and term, for :meth:`FastSegmentWriter.memory_bytes` (measured
#: on the speech corpus: three list slots, some positions, the term's list and dict entry).
_POSTING_BYTES = 40
_TERM_BYTES = 200

_FREQ_VALUES: list[bytes] = [pack_uint(n) for n in range(256)]
_ONE = pack_uint(1)


def _freq_value(freq: int) -> bytes:
    if freq < 256:
        return _FREQ_VALUES[freq]
    value: bytes = pack_uint(freq)
    return value


class _SinglePositions:
    """``Positions.encode([pos])`` by position: most terms occur once in a document."""

    def __init__(self) -> None:
        self._values: list[bytes] = []

    def __getitem__(self, pos: int) -> bytes:
        values = self._values
        while len(values) <= pos:
            values.append(_ONE + dumps([len(values)], 2))
        return values[pos]


_single = _SinglePositions()
#: float(n): shared objects for the weights of the exact fields (one per posting otherwise).
_FLOATS: list[float] = [float(n) for n in range(4096)]


def _encode_positions(positions: list[int]) -> bytes:
    """``whoosh.formats.Positions.encode``."""
    if len(positions) == 1:
        return _single[positions[0]]
    deltas = []
    base = 0
    for pos in positions:
        deltas.append(pos - base)
        base = pos
    count: bytes = pack_uint(len(deltas))
    return count + dumps(deltas, 2)


class _FieldPlan:
    """How the writer analyses one field: Whoosh's way, or one of the bulk analysers."""

    def __init__(self, field: FieldType) -> None:
        self.german: GermanTerms | None = None
        self.exact: ExactTerms | None = None
        fmt = field.format
        if field.indexed and fmt is not None:
            if type(fmt) is Frequency:
                self.german = german_terms_for(field.analyzer)
            elif type(fmt) is Positions:
                self.exact = exact_terms_for(field.analyzer)
        self.bulk = self.german is not None or self.exact is not None
        self.field_boost: float = getattr(fmt, "field_boost", 1.0)

    def postings(self, raws: list[str]) -> _DocPostings:
        """This document's terms, weights, values and summed frequencies, as the format's
        ``word_values`` computes them."""
        fb = self.field_boost
        if self.german is not None:
            counts, weights = self.german.counts(raws)
            freqs = counts.values()
            length = sum(freqs)
            if length < len(_FREQ_VALUES):
                values = list(map(_FREQ_VALUES.__getitem__, freqs))
            else:
                values = list(map(_freq_value, freqs))
            if fb == 1.0:
                return list(counts), list(weights.values()), values, length
            return list(counts), [w * fb for w in weights.values()], values, length
        assert self.exact is not None
        found = self.exact.positions(raws)
        counts_ = list(map(len, found.values()))
        length = sum(counts_)
        if fb == 1.0 and length < len(_FLOATS):
            weights_ = list(map(_FLOATS.__getitem__, counts_))
        else:
            weights_ = [float(n) * fb for n in counts_]
        return list(found), weights_, list(map(_encode_positions, found.values())), length


def supports(writer: SegmentWriter) -> bool:
    """Whether the bulk path applies: the W3 codec and no term vectors or spelling fields."""
    if type(writer.codec) is not W3Codec or type(writer.fieldwriter) is not W3FieldWriter:
        return False
    schema = writer.schema
    return not any(
        schema[name].vector or schema[name].separate_spelling() for name in schema.names()
    )


class FastSegmentWriter(SegmentWriter):  # type: ignore[misc]
    """A :class:`SegmentWriter` with bulk analysis and in-memory postings (same files)."""

    def __init__(self, ix: Index, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self._bulk = supports(self)
        self._plans = {name: _FieldPlan(self.schema[name]) for name in self.schema.names()}
        self._postings: dict[str, dict[Any, _Postings]] = {}
        #: field -> the length of each document's field as the length column reports it
        self._lengths: dict[str, list[int]] = {}
        self._posting_count = 0
        self._term_count = 0

    # -- adding ---------------------------------------------------------------------------
    def add_document(self, **fields: Any) -> None:
        if not self._bulk:
            super().add_document(**fields)
            return
        self._check_state()
        schema = self.schema
        docboost = self._doc_boost(fields)
        fieldnames = sorted([name for name in fields if not name.startswith("_")])
        self._check_fields(schema, fieldnames)
        # Everything that may fail happens before the writer changes: a bad document leaves
        # no trace (the stock writer would be left inside a half-written document).
        tokens = self._shared_tokens(fields, fieldnames)
        prepared = []
        for fieldname in fieldnames:
            value = fields.get(fieldname)
            if value is None:
                continue
            field = schema[fieldname]
            postings: _DocPostings | None = None
            length = 0
            if field.indexed:
                fieldboost = self._field_boost(fields, fieldname, docboost)
                postings = self._doc_postings(fieldname, field, value, tokens)
                if fieldboost != 1.0:
                    terms, weights, values, total = postings
                    postings = terms, [w * fieldboost for w in weights], values, total
                if field.scorable:
                    length = postings[3]
            customval = fields.get(f"_stored_{fieldname}", value)
            column = field.column_type
            has_column = bool(column) and customval is not None
            colvalue = field.to_column_value(customval) if has_column else None
            stored = customval if field.stored else None
            prepared.append((fieldname, field, postings, length, stored, has_column, colvalue))
        self._add_prepared(prepared)

    def _add_prepared(self, prepared: list[Any]) -> None:
        docnum = self.docnum
        perdocwriter = self.perdocwriter
        perdocwriter.start_doc(docnum)
        for fieldname, field, postings, length, stored, has_column, colvalue in prepared:
            if postings is not None and postings[0]:
                self._add_postings(fieldname, docnum, postings)
            if length:
                lengths = self._lengths.setdefault(fieldname, [])
                if len(lengths) < docnum:
                    lengths.extend([0] * (docnum - len(lengths)))
                lengths.append(byte_to_length(length_to_byte(length)))
            perdocwriter.add_field(fieldname, field, stored, length)
            if has_column:
                perdocwriter.add_column_value(fieldname, field.column_type, colvalue)
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_postings(self, fieldname: str, docnum: int, doc: _DocPostings) -> None:
        postings = self._postings.get(fieldname)
        if postings is None:
            postings = self._postings[fieldname] = {}
        terms, weights, values, _ = doc
        before = len(postings)
        # All look-ups in one C-level pass, then one ``+=`` per posting (not three method
        # calls): this loop runs once per posting, some 20 million times for the corpus.
        entries = list(map(postings.get, terms))
        for entry, term, weight, vbytes in zip(entries, terms, weights, values, strict=True):
            if entry is None:
                postings[term] = [docnum, weight, vbytes]
            else:
                entry += (docnum, weight, vbytes)
        self._term_count += len(postings) - before
        self._posting_count += len(terms)

    def _shared_tokens(self, fields: dict[str, Any], names: list[str]) -> dict[str, list[str]]:
        """Raw tokens per text value of the bulk fields; ``a + "\\n" + b`` reuses a's and b's."""
        values = [v for n in names if self._plans[n].bulk and isinstance(v := fields[n], str)]
        tokens: dict[str, list[str]] = {}
        for value in sorted(values, key=len):
            if value in tokens:
                continue
            found = None
            for first in tokens:
                rest = len(value) - len(first) - 1
                if rest < 0 or value[len(first)] != "\n" or not value.startswith(first):
                    continue
                second = value[len(first) + 1:]
                if second in tokens:
                    found = concatenated(first, tokens[first], tokens[second])
                    if found is not None:
                        break
            tokens[value] = found if found is not None else split_tokens(value)
        return tokens

    def _doc_postings(
        self, fieldname: str, field: FieldType, value: Any, tokens: dict[str, list[str]]
    ) -> _DocPostings:
        plan = self._plans[fieldname]
        if plan.bulk and isinstance(value, str):
            return plan.postings(tokens[value])
        items: list[WordValue] = list(field.index(value))
        terms = [t.decode("utf-8") if plan.bulk else t for t, _, _, _ in items]
        return terms, [w for _, _, w, _ in items], [v for _, _, _, v in items], sum(
            f for _, f, _, _ in items
        )

    def memory_bytes(self) -> int:
        """A rough estimate of the memory the buffered postings take."""
        return self._posting_count * _POSTING_BYTES + self._term_count * _TERM_BYTES

    # -- writing --------------------------------------------------------------------------
    def _flush_segment(self) -> None:
        if not self._bulk:
            super()._flush_segment()
            return
        pool = self.pool
        if pool.current or pool.runs:
            # Segments were merged into this writer through Whoosh's pool: let the pool sort
            # everything (slow, but merges into a writer that also added documents are rare).
            self._postings_to_pool()
            super()._flush_segment()
            return
        self.perdocwriter.close()
        self._write_postings()
        self.fieldwriter.close()

    def _sorted_terms(self, fieldname: str) -> list[tuple[bytes, _Postings]]:
        # Encode first, then sort the fresh (adjacent in memory) byte strings: sorting the
        # term strings themselves, scattered over the heap, costs a cache miss per comparison.
        items = [
            (key.encode("utf-8") if isinstance(key, str) else key, postings)
            for key, postings in self._postings[fieldname].items()
        ]
        items.sort(key=itemgetter(0))
        return items

    def _postings_to_pool(self) -> None:
        add = self.pool.add
        for fieldname in sorted(self._postings):
            for btext, postings in self._sorted_terms(fieldname):
                for i in range(0, len(postings), 3):
                    docnum, weight, vbytes = postings[i:i + 3]
                    add((fieldname, btext, docnum, weight, vbytes))
        self._postings.clear()

    def _write_postings(self) -> None:
        encoder = PostingsEncoder(self.fieldwriter)
        schema = self.schema
        for fieldname in sorted(self._postings):
            encoder.write_field(
                fieldname, schema[fieldname], self._sorted_terms(fieldname),
                self._lengths.get(fieldname, []),
            )
        self._postings.clear()


class PostingsEncoder:
    """Writes whole posting lists in the format of Whoosh's ``W3PostingsWriter``.

    Whoosh encodes a block with a generator per posting and calls half a dozen methods per
    posting and per term; here a block takes a few C-level operations, and the bytes of the
    posting file and of the term table are gathered in buffers.

    Deliberate differences, all invisible to Whoosh's reader (which takes any block length and
    any sequence type):

    * blocks hold up to :data:`BLOCK_POSTINGS` postings instead of Whoosh's 128, and the ids
      (deltas) and weights of blocks of :data:`ARRAY_MIN` postings or more are pickled as
      ``array`` objects instead of tuples of Python numbers. :mod:`indexer.ranking` reads
      whole posting lists: an array is one buffer it decodes with numpy, and a long list has
      an eighth of the blocks;
    * block data is pickled with protocol 4 (:data:`_DATA_PROTOCOL`);
    * blocks shorter than :data:`COMPRESS_MIN` bytes are not compressed (Whoosh compresses
      every block, even one of a single posting, where zlib costs a set-up of ~10 µs and makes
      the block longer; the block header records it and the reader honours it).

    Decoded, every term's postings and term info are what Whoosh writes for the same postings
    (tested).
    """

    def __init__(self, fieldwriter: W3FieldWriter) -> None:
        codec = fieldwriter._codec
        self.fieldwriter = fieldwriter
        self.blocklimit: int = BLOCK_POSTINGS
        self.compression: int = codec._compression
        self.tindex = fieldwriter._tindex
        self._fast_table = type(self.tindex) is OrderedHashWriter and self.tindex.hashtype == 0

    def write_field(self, fieldname: str, field: FieldType,
                    terms: list[tuple[bytes, _Postings]], lengths: list[int]) -> None:
        fieldwriter = self.fieldwriter
        fieldwriter.start_field(fieldname, field)
        prefix = pack_ushort(fieldwriter._fieldid)
        fixed = field.format.fixed_value_size()
        postfile = fieldwriter._postfile
        position = postfile.tell()
        posts = bytearray()
        table = _TermTable(self.tindex) if self._fast_table else None
        encode = self.encode_term
        for btext, postings in terms:
            start = position + len(posts)
            info = encode(posts, postings, fixed, lengths)
            info += pack_long(start) + pack_int(position + len(posts) - start)
            if table is not None:
                table.add(prefix + btext, info)
            else:
                self.tindex.add(prefix + btext, info)
            if len(posts) > _FLUSH_BYTES:
                postfile.write(bytes(posts))
                position += len(posts)
                posts.clear()
        postfile.write(bytes(posts))
        if table is not None:
            table.close()
        fieldwriter.finish_field()

    def encode_term(self, out: bytearray, postings: _Postings, fixed: int | None,
                    lengths: list[int]) -> bytes:
        """Append the term's blocks to ``out``; return its term info (without the extent)."""
        docs: list[int] = postings[0::3]
        weights: list[float] = postings[1::3]
        values: list[bytes] = postings[2::3]
        count = len(docs)
        limit = self.blocklimit
        out += _MAGIC
        total = 0.0
        minlength: int | None = None
        maxlength = 0
        maxweight: float = 0
        for start in range(0, count, limit):
            end = start + limit
            if count <= limit:
                ids, block_weights, block_values = docs, weights, values
            else:
                ids, block_weights, block_values = (
                    docs[start:end], weights[start:end], values[start:end]
                )
            floats = array("f", block_weights)
            n = len(ids)
            if floats.count(1.0) == n:
                mini_weights: Any = None
            elif floats.count(floats[0]) == n:
                mini_weights = floats[0]
            else:
                mini_weights = floats if n >= ARRAY_MIN else tuple(floats)
            if fixed is None or fixed < 0:
                mini_values: Any = tuple([v for v in block_values if v])
            elif fixed == 0:
                mini_values = None
            else:
                mini_values = b"".join(block_values)
            deltas: Any = map(sub, ids, chain((0,), ids))
            deltas = array("I", deltas) if n >= ARRAY_MIN else tuple(deltas)
            data = dumps((deltas, mini_weights, mini_values), _DATA_PROTOCOL)
            comp = self.compression if len(data) >= COMPRESS_MIN else 0
            if comp:
                data = compress(data, comp)
            top = max(block_weights)
            block_max = top if top > 0 else 0
            if lengths:
                # every document of a scorable field's posting has a length (>= its frequency)
                known = [lengths[d] for d in ids]
                block_min, block_maxlen = min(known), max(known)
            else:
                block_min, block_maxlen = None, 0
            info = dumps((n, ids[-1], block_max, comp, length_to_byte(block_min),
                          length_to_byte(block_maxlen)), 2)
            size = len(info) + len(data)
            out += pack_int(size if end < count else -size)
            out += info
            out += data
            # what W3TermInfo.add_block gathers
            total += sum(floats)
            if minlength is None:
                minlength = block_min
            elif block_min is not None:
                minlength = min(minlength, block_min)
            maxlength = max(maxlength, block_maxlen)
            maxweight = max(maxweight, block_max)
        info_bytes: bytes = _TERMINFO.pack(
            0, total, count, 0 if minlength is None else length_to_byte(minlength),
            length_to_byte(maxlength), maxweight, docs[0], docs[-1],
        )
        return info_bytes


class _TermTable:
    """``OrderedHashWriter.add`` for many keys: records gathered in a buffer (same bytes)."""

    def __init__(self, tindex: OrderedHashWriter) -> None:
        self.tindex = tindex
        self.dbfile = tindex.dbfile
        self.position = self.dbfile.tell()
        self.buffer = bytearray()
        self.lastkey: bytes = tindex.lastkey

    def add(self, key: bytes, value: bytes) -> None:
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        buffer = self.buffer
        pos = self.position + len(buffer)
        self.tindex.index.append(pos)
        buffer += _LENGTHS.pack(len(key), len(value))
        buffer += key
        buffer += value
        h = int.from_bytes(md5(key).digest()[12:], "big")  # filetables.md5_hash
        self.tindex.buckets[h & 255].append((h, pos))
        self.lastkey = key

    def close(self) -> None:
        self.dbfile.write(bytes(self.buffer))
        self.tindex.lastkey = self.lastkey
