"""Metadata extraction: per-field accuracy and precision on the dev sets and seeds; speed.

Run: ``.venv/bin/python bench/extraction.py [--docs 2000]``. Reads ../shared (never copied);
each part is skipped with a message where its data is absent.

Scores: each document goes through the pipeline as ``parteisuche extract --json`` runs it, so
a field counts only when its value is sure enough for the facets (``metadata_min_confidence``).
Per field: *accuracy* (right answers, abstaining counts as right only where the gold accepts
null) and *precision* (right among the values stated). The comparison is the evaluation sets'
own ``score.py`` (its normalisation of names, offices, parties, regions), loaded from ../shared.
Nominee recall: the candidates of list announcements found among the stated persons.

Speed is measured twice over the same Bundestag speeches: with the values the JSONL reader
gives (person, party, date, role) as ``known``, as the indexer calls it, and with nothing known
(every rule runs). Candidacy texts (the dev sets and the sample corpus, read with the project's
readers) are timed as well, with the worst case: one 10 KB candidacy statement. Wall-clock
times depend on what else the machine runs; the CPU time of this process (``cpu``) is steadier
on a shared machine and is printed beside them.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

from shared_data import CORPUS, SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.metadata import extract_metadata  # noqa: E402
from indexer.models import META_FIELDS, RawDocument  # noqa: E402

DEV = SHARED / "eval" / "metadata-dev"
DEV2 = SHARED / "eval" / "metadata-dev2"
#: Fictional sets of this project (bench/data/metadata-fictional-*/README.md): each was written
#: blind, scored once, and is a development set since.
FICTIONAL = sorted(
    (Path(__file__).parent / "data").glob("metadata-fictional-*"),
    key=lambda folder: int(folder.name.rsplit("-", 1)[1]),
)
SEEDS = SHARED / "seeds"
FIELDS = ("person", "office", "region", "bundesland", "party", "date", "doc_type")
#: What the issue says the two seed statements must yield (facts, not their text).
SEED_EXPECTED: dict[str, dict[str, list[str | None]]] = {
    "pellmann": {
        "person": ["Sören Pellmann"],
        "office": ["Direktkandidat Bundestag"],
        "region": ["Leipzig-Süd (Wahlkreis 152)", "Leipzig II (Wahlkreis 152)"],
        "bundesland": ["Sachsen"],
        "party": ["Die Linke"],
        "date": ["2025-02-23"],
        "doc_type": ["candidacy"],
    },
    "sorge": {
        "person": ["Alexander Sorge"],
        "office": ["Landesvorsitzender"],
        "region": ["Sachsen-Anhalt"],
        "bundesland": ["Sachsen-Anhalt"],
        "party": ["Die Linke"],
        "date": ["2024-09-07"],
        "doc_type": ["candidacy"],
    },
}


def _scorer() -> ModuleType | None:
    """The evaluation sets' score.py (normalisation and matching), read from ../shared."""
    path = DEV2 / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """File name -> the fields as ``extract --json`` states them (sure values only)."""
    from indexer.ingest.pipeline import Failure, build_document, discover, read_source
    from indexer.readers import Limits

    rows: dict[str, dict[str, Any]] = {}
    for given in paths:
        for source in discover([given]):
            if isinstance(source, Failure):
                continue
            for prepared in read_source(source, {}, Limits.from_config()):
                if isinstance(prepared, Failure):
                    continue
                doc = build_document(prepared)
                row: dict[str, Any] = {}
                for name in META_FIELDS:
                    value = doc.meta.get(name)
                    row[name] = (list(value.value) if isinstance(value.value, tuple)
                                 else value.value) if value else None  # fmt: skip
                row["nominees"] = doc.extra.get("nominees") or []
                rows[given.name] = row
    return rows


def _report(label: str, gold: list[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> None:
    scorer = _scorer()
    if scorer is None:
        print(f"{label}: skipped, {DEV2 / 'score.py'} not available")
        return
    print(f"{label} ({len(gold)} documents): field accuracy, precision of stated values")
    for field in FIELDS:
        right = stated = stated_right = 0
        for item in gold:
            pred = preds.get(Path(item["file"]).name, {}).get(field)
            ok = bool(scorer.match(field, pred, item[field]))
            right += ok
            if pred not in (None, []):
                stated += 1
                stated_right += ok
        precision = f"{stated_right / stated:.3f} ({stated_right}/{stated})" if stated else "-"
        print(f"  {field:10s} {right / len(gold):.3f} ({right}/{len(gold)})   {precision}")
    multi = [g for g in gold if (g.get("notes") or "").startswith("[multi]")]
    if multi:
        found = total = 0
        for item in multi:
            wanted = {scorer.norm_person(x) for x in scorer.as_list(item["person"]) if x}
            pred = preds.get(Path(item["file"]).name, {}).get("person")
            got = {scorer.norm_person(x) for x in scorer.as_list(pred) if x}
            found += len(wanted & got)
            total += len(wanted)
        print(f"  nominees   {found / total:.3f} ({found}/{total}) of list announcements")


def dev_scores() -> None:
    for folder in (DEV, DEV2, *FICTIONAL):
        if not (folder / "gold.jsonl").exists():
            print(f"{folder.name}: skipped, {folder} not available")
            continue
        with (folder / "gold.jsonl").open(encoding="utf-8") as handle:
            gold = [json.loads(line) for line in handle if line.strip()]
        preds = predict([folder / item["file"] for item in gold])
        _report(folder.name, gold, preds)


def seed_scores() -> None:
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.exists() else []
    if not paths:
        print(f"seeds: skipped, {SEEDS} not available")
        return
    preds = predict(paths)
    gold = []
    for path in paths:
        key = next((k for k in SEED_EXPECTED if k in path.name), None)
        if key is not None:
            gold.append({"file": path.name, "notes": None, **SEED_EXPECTED[key]})
    _report("seeds", gold, preds)


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def _candidacy_texts() -> list[tuple[str, str | None]]:
    """Dev documents and the sample corpus's candidacy statements, as the readers give them."""
    from indexer.readers import READERS, Limits, suffix_of

    paths = [p for folder in (DEV, DEV2) if (folder / "docs").exists()
             for p in sorted((folder / "docs").glob("*"))]  # fmt: skip
    paths += sorted(ROOT.glob("corpus/bewerbung-*")) + sorted(ROOT.glob("corpus/kandidatur-*"))
    texts: list[tuple[str, str | None]] = []
    for path in paths:
        reader = READERS.get(suffix_of(path))
        if reader is None or ".meta." in path.name:
            continue
        for raw in reader(path, Limits()):
            if isinstance(raw, RawDocument):
                texts.append((raw.text, raw.title))
    return texts


def _ten_kb(texts: list[tuple[str, str | None]]) -> tuple[str, str | None]:
    """The longest statement under 10 KB grown to 10 KB with paragraphs of the others, before
    its signature: a long candidacy with the usual cues everywhere."""
    text, title = max((t for t in texts if len(t[0]) <= 10_000), key=lambda item: len(item[0]))
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
            wall, cpu = _timed(partial(extract_metadata, text, title=title))
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
    seed_scores()
    speed(args.docs)
    candidacy_speed()


if __name__ == "__main__":
    main()
