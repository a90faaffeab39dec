"""Metadata extraction: per-field scores on the dev set and documents per second.

Run: ``.venv/bin/python bench/extraction.py [--docs 2000]``. Reads ../shared (never copied);
each part is skipped with a message where its data is absent. Speed is measured twice over the
same Bundestag speeches: with the values the JSONL reader gives (person, party, date, role) as
``known``, as the indexer calls it, and with nothing known (every rule runs).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.metadata import extract_metadata  # noqa: E402

SHARED = Path(os.environ.get("PARTEISUCHE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "bundestag-reden-wp20-21.jsonl.gz"
DEV = SHARED / "eval" / "metadata-dev"


def dev_scores() -> None:
    if not (DEV / "gold.jsonl").exists():
        print(f"dev set: skipped, {DEV} not available")
        return
    sys.path.insert(0, str(ROOT / "tests" / "integration"))
    import test_metadata_dev as dev  # the same reading and scoring as the integration test

    dev.DEV = DEV
    for whole_page, label in ((False, "through the readers"), (True, "whole HTML pages")):
        scores = dev._scores(whole_page)  # noqa: SLF001
        print(f"dev set ({label}):")
        for field, value in scores.items():
            print(f"  {field:10s} {value:.3f}")


def speed(count: int) -> None:
    if not CORPUS.exists():
        print(f"speed: skipped, {CORPUS} not available")
        return
    speeches = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            speeches.append(json.loads(line))
            if len(speeches) >= count:
                break
    chars = sum(len(s["text"]) for s in speeches)
    extract_metadata("Warm-up: Ich bin Anna Muster und kandidiere für den Stadtrat.")
    for label, with_known in (("known values given", True), ("nothing known", False)):
        start = time.perf_counter()
        for s in speeches:
            known = (
                {"person": s["person"], "party": s["party"] or "", "date": s["date"],
                 "office": s["role"]}
                if with_known
                else None
            )  # fmt: skip
            extract_metadata(s["text"], title=s.get("agenda_title"), known=known)
        elapsed = time.perf_counter() - start
        print(
            f"speed ({label}): {len(speeches) / elapsed:,.0f} documents/s "
            f"({len(speeches)} speeches, {chars / len(speeches) / 1000:.1f} KB average)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="speeches to time")
    args = parser.parse_args()
    dev_scores()
    speed(args.docs)


if __name__ == "__main__":
    main()
