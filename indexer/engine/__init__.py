"""The storage engine: the only package that knows Whoosh's internals.

Codec, flat posting arrays and their group files, merges, memory-mapped storage, durable commits
and locking, bulk column decoding, and ranking (the BM25F parameters live in ``ranking``).
May import Whoosh, numpy, :mod:`indexer.analysis` and the top-level modules (``config``,
``errors``, ``models``, ``schema``, ``isodate``); never ``query``, ``search``, ``ingest``,
``metadata`` or ``readers`` — they build on this package, not the other way round.
"""
