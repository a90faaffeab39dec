"""Getting documents into the index: discover files, read them (:mod:`indexer.readers`), extract
metadata (:mod:`indexer.metadata`), and write segments through :mod:`indexer.engine` in worker
processes.

May import ``readers``, ``metadata``, ``analysis``, ``engine`` and the top-level modules; never
``query`` or ``search``.
"""
