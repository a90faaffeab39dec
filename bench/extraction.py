"""Metadata extraction: per-field scores on the dev set and documents per second.

Run: ``.venv/bin/python bench/extraction.py [--docs 2000]``. Reads ../shared (never copied);
each part is skipped with a message where its data is absent. Speed is measured twice over the
same Bundestag speeches: with the values the JSONL reader gives (person, party, date, role) as
``known``, as the indexer calls it, and with nothing known (every rule runs). Candidacy texts
(the dev set and the sample corpus, read with the project's readers) are timed as well, with
the worst case: one 10 KB candidacy statement.

Wall-clock times depend on what else the machine runs; the CPU time of this process (``cpu``)
is steadier on a shared machine and is printed beside them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from shared_data import CORPUS, SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.metadata import extract_metadata  # noqa: E402

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


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def _candidacy_texts() -> list[tuple[str, str | None]]:
    """Dev documents and the sample corpus's candidacy statements, as the readers give them."""
    from indexer.readers import READERS, Limits, suffix_of

    paths = sorted((DEV / "docs").glob("*")) if (DEV / "docs").exists() else []
    paths += sorted(ROOT.glob("corpus/bewerbung-*")) + sorted(ROOT.glob("corpus/kandidatur-*"))
    texts: list[tuple[str, str | None]] = []
    for path in paths:
        reader = READERS.get(suffix_of(path))
        if reader is None or ".meta." in path.name:
            continue
        for raw in reader(path, Limits()):
            if not isinstance(raw, Exception):
                texts.append((raw.text, raw.title))
    return texts


def _ten_kb(texts: list[tuple[str, str | None]]) -> tuple[str, str | None]:
    """The longest statement grown to 10 KB with paragraphs of the others, before its
    signature: a long candidacy with the usual cues everywhere."""
    text, title = max(texts, key=lambda item: len(item[0]))
    body, _, signature = text.rpartition("\n\n")
    paragraphs = [p for t, _ in texts for p in t.split("\n\n") if len(p) > 200]
    index = 0
    while paragraphs and len(body) + len(signature) < 10_000:
        body += "\n\n" + paragraphs[index % len(paragraphs)]
        index += 1
    return body + "\n\n" + signature, title


def candidacy_speed(repeat: int = 5) -> None:
    texts = _candidacy_texts()
    if not texts:
        print("speed (candidacy texts): skipped, no dev set and no corpus")
        return
    for text, title in texts:  # warm-up: tables loaded, caches filled
        extract_metadata(text, title=title)
    times: list[float] = []
    cpu_total = 0.0
    for _ in range(repeat):
        for text, title in texts:
            wall, cpu = _timed(lambda t=text, ti=title: extract_metadata(t, title=ti))
            times.append(wall)
            cpu_total += cpu
    size = sum(len(t) for t, _ in texts) / len(texts) / 1000
    print(
        f"speed (candidacy texts): {len(times) / sum(times):,.0f} documents/s, "
        f"cpu {len(times) / max(cpu_total, 1e-9):,.0f} documents/s "
        f"({len(texts)} texts, {size:.1f} KB average; slowest {max(times) * 1000:.1f} ms)"
    )
    big, title = _ten_kb(texts)
    runs = [_timed(lambda: extract_metadata(big, title=title)) for _ in range(20)]
    walls = sorted(wall for wall, _ in runs)
    cpus = sorted(cpu for _, cpu in runs)
    print(
        f"speed (one {len(big) / 1000:.0f} KB candidacy): median {walls[10] * 1000:.1f} ms, "
        f"worst {walls[-1] * 1000:.1f} ms, cpu median {cpus[10] * 1000:.1f} ms"
    )


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

        def run(with_known: bool = with_known) -> None:
            for s in speeches:
                known = (
                    {"person": s["person"], "party": s["party"] or "", "date": s["date"],
                     "office": s["role"]}
                    if with_known
                    else None
                )  # fmt: skip
                extract_metadata(s["text"], title=s.get("agenda_title"), known=known)

        wall, cpu = _timed(run)
        print(
            f"speed ({label}): {len(speeches) / wall:,.0f} documents/s, "
            f"cpu {len(speeches) / max(cpu, 1e-9):,.0f} documents/s "
            f"({len(speeches)} speeches, {chars / len(speeches) / 1000:.1f} KB average)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="speeches to time")
    args = parser.parse_args()
    dev_scores()
    speed(args.docs)
    candidacy_speed()


if __name__ == "__main__":
    main()
