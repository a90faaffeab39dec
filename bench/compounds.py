"""Precision and recall of the compound splitter on the test table.

Usage: ``.venv/bin/python bench/compounds.py [--verbose]``. Prints figures, asserts nothing
(``tests/unit/test_compounds.py`` holds the thresholds).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from compound_table import COMPOUNDS, NON_COMPOUNDS, score  # type: ignore[import-not-found]  # noqa: E402, I001

from indexer.analysis.compounds import split_compound  # noqa: E402


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    words = [*COMPOUNDS, *NON_COMPOUNDS]
    split = {w: split_compound(w) for w in words}
    seconds = time.perf_counter() - started
    precision, recall, problems = score(split)
    print(f"compounds: {len(COMPOUNDS)}, non-compounds: {len(NON_COMPOUNDS)}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  ({seconds:.2f} s incl. word list)")
    if "--verbose" in argv:
        for w in words:
            print(f"  {w:34} {split[w]}")
    for p in problems:
        print("  " + p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
