"""What one huge document costs: searches that match it, its page, indexing, merges, warm-up.

Builds, in a work folder, an index of a few hundred small fictional speeches plus one text file
of ``--mb`` megabytes (50 MB is the readers' limit), all generated here from a fixed seed, then
prints:

* the peak resident memory of ``parteisuche index`` adding the big file (``/usr/bin/time -v``:
  the largest single process, parent or worker);
* the wall time of each of several following small ``index --force`` runs (a merge policy that
  rewrites the big segment shows up as one slow run in every few);
* the web app's warm-up time (``webapp.warmup.warm``), cold, in this process;
* ``took_ms`` p50/p95/max of searches whose hits include the big document (new queries each:
  the query cache is emptied between them);
* the document page of the big document: time until the response is complete (Flask renders
  the template whole, so that is the first-byte time of a real server) and its size, with and
  without a query, and of a later part.

Nothing asserts: tests hold the behaviour, this prints figures. The machine's load average is
printed beside them; wall times from a busy machine are not comparable.

Usage::

    .venv/bin/python bench/bigfile.py                    # 50 MB, in /tmp/parteisuche-bigfile
    .venv/bin/python bench/bigfile.py --mb 5 --small 50  # a quick run
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Fictional vocabulary: every query below occurs many times in the big file.
WORDS = (
    "Rente Klimaschutz Bundeswehr Haushalt Migration Mindestlohn Wohnungsbau Pflege Schule "
    "Digitalisierung Verkehrswende Landwirtschaft Energiepreise Kommunen Bürgerinnen Bürger "
    "Antrag Ausschuss Fraktion Kollege Kollegin Regierung Opposition Gesetzentwurf Beratung "
    "Sitzung Tagesordnung Abstimmung Mehrheit Minderheit Zukunft Verantwortung Gerechtigkeit "
    "Sicherheit Freiheit Bildung Forschung Arbeit Wirtschaft Steuern Förderung Investitionen"
).split()
FILLER = "wir die der das und für mit nicht auch sehr hier heute diese unsere mehr".split()
QUERIES = [
    "Rente", "Klimaschutz", "Bundeswehr Haushalt", "Mindestlohn", "\"Pflege und Schule\"",
    "Wohnungsbau Kommunen", "Digitalisierung", "Energiepreise", "Gerechtigkeit Zukunft",
    "Verkehrswende", "Landwirtschaft Förderung", "Steuern", "Forschung Bildung",
    "Ausschuss", "Migration", "Investitionen", "Abstimmung", "Sicherheit Freiheit",
]
NAMES = ["Henrike Altmoor", "Jasper Quellbrunn", "Ottilie Farnwedel", "Bruno Kieselsee"]


def sentence(rng: random.Random) -> str:
    count = rng.randint(8, 18)
    words = [rng.choice(WORDS if rng.random() < 0.45 else FILLER) for _ in range(count)]
    return " ".join(words).capitalize() + "."


def write_small(folder: Path, count: int, seed: int, tag: str = "rede") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(count):
        name = NAMES[i % len(NAMES)]
        body = "\n\n".join(" ".join(sentence(rng) for _ in range(5)) for _ in range(6))
        year = 2019 + i % 6
        (folder / f"{tag}-{i:04d}.md").write_text(
            f"---\ntitle: {tag.title()} {i} zur Lage\nperson: {name}\nparty: SPD\n"
            f"date: {year}-0{1 + i % 9}-1{i % 10}\ndoc_type: speech\n---\n{body}\n",
            encoding="utf-8",
        )


SYLLABLES = (
    "ab an be bau ber bin da de den der dorf ein en er fahr feld ge gen hal haus hei "
    "her kel ker la land le lich lin markt mer mo nach ner no ord pen plan rat re rich "
    "ring rung sa schaft schul see sen stadt stein ter tum un ver wald wehr wer zu"
).split()


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """Made-up word forms (one to four syllables): a real protocol's long tail of rare words,
    compounds and names, which is what makes its postings and merges large."""
    words = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(size)}
    return [w.capitalize() if i % 3 == 0 else w for i, w in enumerate(sorted(words))]


def write_big(path: Path, megabytes: float, seed: int = 7) -> None:
    """About ``megabytes`` of paragraphs: topic words, filler and a Zipf-like long tail."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    tail = vocabulary(rng, 400_000)
    rng.shuffle(tail)
    import numpy as np

    target = int(megabytes * 1_048_576)
    draw = np.random.default_rng(seed)
    topic, filler, rare = (np.array(w, dtype=object) for w in (WORDS, FILLER, tail))
    with path.open("w", encoding="utf-8") as out:
        out.write("Wortprotokoll der Sitzungen des Kreistags Musterau (fiktiv)\n\n")
        written = 0
        while written < target - 300_000:
            n = 20_000
            roll = draw.random(n)
            words = np.where(
                roll < 0.2,
                topic[draw.integers(0, len(topic), n)],
                np.where(
                    roll < 0.5,
                    filler[draw.integers(0, len(filler), n)],
                    # rank ~ exponential: a few frequent, very many rare forms
                    rare[np.minimum(draw.exponential(20_000, n).astype(int), len(rare) - 1)],
                ),
            )
            ends = draw.random(n)
            words = np.where(ends < 0.06, words + ".", words)
            words = np.where(ends < 0.012, words + "\n\n", words)
            chunk = " ".join(words.tolist()) + " "
            out.write(chunk)
            written += len(chunk.encode("utf-8"))


def run_index(index: Path, args: list[str], measure: bool = False) -> tuple[float, int | None]:
    """Seconds of one ``parteisuche index`` run, and its peak RSS in MB when ``measure``."""
    cli = [sys.executable, "-c", "from webapp.cli import main; main()"]
    command = [*cli, "index", "--index", str(index), "--quiet", *args]
    if measure:
        command = ["/usr/bin/time", "-v", *command]
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout, even from another venv
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    took = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"index failed ({done.returncode}): {done.stderr[-2000:]}")
    peak = None
    if measure:
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        peak = int(found.group(1)) // 1024 if found else None
    return took, peak


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure_app(index: Path, big_name: str) -> None:
    from urllib.parse import quote

    from indexer.search import SearchRequest
    from webapp import create_app, search_service
    from webapp.warmup import warm

    app = create_app({"INDEX_DIR": str(index), "TESTING": True})
    started = time.perf_counter()
    timings = warm(app)
    slowest = sorted(timings.items(), key=lambda kv: -kv[1])[:3]
    print(f"warm-up: {time.perf_counter() - started:.2f} s (slowest steps: "
          + ", ".join(f"{k} {v:.2f} s" for k, v in slowest) + ")")
    service = search_service(app)
    big_id = next(h.id for h in service.iter_hits(SearchRequest()) if big_name in (h.source or ""))
    took: list[float] = []
    for q in QUERIES:
        service.forget_queries()
        result = service.search(SearchRequest(q=q, page_size=10))
        if any(h.id == big_id for h in result.hits):
            took.append(result.took_ms)
    if took:
        print(f"searches matching the big document: {len(took)}, took_ms p50 "
              f"{statistics.median(took):.1f}, p95 {percentile(took, 0.95):.1f}, "
              f"max {max(took):.1f}")
    else:
        print("no search listed the big document on its first page")
    client = app.test_client()
    for label, query in [
        ("page with ?q=Rente", "?q=Rente"),
        ("page without query", ""),
        ("page, part 3, ?q=Rente", "?q=Rente&teil=3"),
    ]:
        started = time.perf_counter()
        response = client.get("/dokument/" + quote(big_id, safe="") + query)
        body = response.get_data()
        seconds = time.perf_counter() - started
        print(f"{label}: status {response.status_code}, {seconds:.2f} s, {len(body) / 1024:.0f} KB,"
              f" {body.count(b'<mark id=')} marks")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/parteisuche-bigfile"))
    parser.add_argument("--mb", type=float, default=49.9, help="big file's MB (the limit: 50)")
    parser.add_argument("--small", type=int, default=300, help="small documents around it")
    parser.add_argument("--runs", type=int, default=5, help="following small index runs")
    args = parser.parse_args()
    work: Path = args.workdir
    shutil.rmtree(work, ignore_errors=True)
    index = work / "index"
    write_small(work / "small", args.small, seed=1)
    write_big(work / "big" / "wortprotokoll-gross.txt", args.mb)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; big file "
          f"{(work / 'big' / 'wortprotokoll-gross.txt').stat().st_size / 1_048_576:.1f} MB, "
          f"{args.small} small documents")
    took, _ = run_index(index, [str(work / "small")])
    print(f"index {args.small} small documents: {took:.1f} s")
    took, peak = run_index(index, [str(work / "big")], measure=True)
    print(f"index the big file: {took:.1f} s, peak RSS {peak} MB")
    runs = []
    for run in range(args.runs):
        write_small(work / "extra", 3, seed=100 + run, tag="nachtrag")
        took, _ = run_index(index, ["--force", str(work / "extra")])
        runs.append(took)
    print("following small `index --force` runs (3 documents each): "
          + ", ".join(f"{t:.1f}" for t in runs) + f" s; max {max(runs):.1f} s")
    measure_app(index, "wortprotokoll-gross.txt")
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
