"""Where the benchmarks find ../shared (the corpus and the evaluation sets); same rule as tests.

The scripts run as ``python bench/NAME.py``, which puts this folder on ``sys.path``.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PARTEISUCHE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "bundestag-reden-wp20-21.jsonl.gz"
RELEVANCE_DEV = SHARED / "eval" / "relevance-dev"
QUERIES = RELEVANCE_DEV / "queries.tsv"
