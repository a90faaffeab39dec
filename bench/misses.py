"""Where the Recall@100 misses of the dev queries come from, counted per cause.

For each dev query (``../shared/eval/relevance-dev``) every relevant speech that is not among
parteisuche's first 100 hits is read back from an index built by ``bench/relevance.py`` and
given one cause, the first that fits:

* ``ranked_out``: the speech holds every query word (as the analyzer stems it) and matched,
  but 100 others ranked higher;
* ``phrase_apart``: a quoted phrase whose words the speech holds, but not side by side;
* otherwise a query word the speech lacks, by what the speech has instead:
  ``in_compound`` (the word's folded form inside a longer word: "tariftreue" in
  "bundestariftreuegesetz"), ``other_form`` (a word sharing the first letters but stemmed
  apart: "eingebürgert" for "Einbürgerung"), ``absent`` (nothing like it: a synonym or a
  paraphrase, "Arzneimittel" for "Medikamente");
  with ``+matched`` where the speech still matched on fewer words (ranked below the speeches
  with all of them) and ``+unmatched`` where it did not match at all.

Usage::

    .venv/bin/python bench/relevance.py --workdir /tmp/rel      # builds the index once
    .venv/bin/python bench/misses.py --index /tmp/rel/parteisuche [--verbose]

It prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from relevance import load_qrels, load_queries
from shared_data import RELEVANCE_DEV

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer.analysis import exact_analyzer, german_analyzer  # noqa: E402

#: How many hits are listed to learn a missed speech's rank.
DEPTH = 1000
#: Letters a word and a form in the speech must share to count as "another form of it".
SHARED_PREFIX = 5


def _terms(analyzer: object, text: str, mode: str = "index") -> list[str]:
    return [t.text for t in analyzer(text, mode=mode)]  # type: ignore[operator]


def _adjacent(forms: list[str], exact: list[str]) -> bool:
    n = len(forms)
    return any(exact[i : i + n] == forms for i in range(len(exact) - n + 1))


def _lacking_cause(word: str, exact: set[str], stems: set[str]) -> str:
    """What the speech has instead of a query word it lacks."""
    folded = _terms(exact_analyzer(), word)
    if not folded:
        return "absent"
    form = folded[0]
    if any(form in token and token != form for token in exact if len(token) > len(form)):
        return "in_compound"
    stem = _terms(german_analyzer(), word, "query")
    core = (stem[0] if stem else form)[:SHARED_PREFIX]
    if len(core) >= 4 and any(token.startswith(core) for token in exact):
        return "other_form"
    return "absent"


def cause(query: str, text: str, rank: int | None) -> tuple[str, list[str]]:
    """The cause of one miss and the query words the speech lacks."""
    exact_seq = _terms(exact_analyzer(), text)
    exact, stems = set(exact_seq), set(_terms(german_analyzer(), text))
    phrase = query.startswith('"')
    words = re.findall(r"[^\W_]+", query.replace('"', " "))
    lacking = [w for w in words if not set(_terms(german_analyzer(), w, "query")) <= stems]
    if phrase and not lacking:
        forms = _terms(exact_analyzer(), query.strip('"'))
        return ("ranked_out" if _adjacent(forms, exact_seq) else "phrase_apart"), []
    if not lacking:
        return "ranked_out", []
    causes = sorted({_lacking_cause(w, exact, stems) for w in lacking})
    primary = next(c for c in ("in_compound", "other_form", "absent") if c in causes)
    return f"{primary}+{'matched' if rank is not None else 'unmatched'}", lacking


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--verbose", action="store_true", help="print every missed speech")
    args = ap.parse_args(argv)
    if not (RELEVANCE_DEV / "queries.tsv").exists():
        print(f"missing {RELEVANCE_DEV}: nothing to measure", file=sys.stderr)
        return 2
    from indexer.engine.store import IndexStore
    from indexer.search import SearchRequest, SearchService

    service = SearchService(IndexStore(args.index))
    qrels = load_qrels()
    totals: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = {}
    relevant_count = 0
    for q in load_queries():
        request = SearchRequest(q=q["query"], page_size=DEPTH, with_snippets=False)
        ranked = [h.id for h in service.search(request, max_page_size=DEPTH).hits]
        position = {doc: i for i, doc in enumerate(ranked)}
        relevant = [d for d, g in qrels.get(q["qid"], {}).items() if g > 0]
        relevant_count += len(relevant)
        missed = [d for d in relevant if position.get(d, DEPTH) >= 100]
        found: Counter[str] = Counter()
        lacking_words: Counter[str] = Counter()
        for doc in missed:
            stored = service.document(doc)
            text = f"{stored.get('title', '')}\n{stored.get('text', '')}" if stored else ""
            why, lacking = cause(q["query"], text, position.get(doc))
            found[why] += 1
            lacking_words.update(lacking)
        totals.update(found)
        per_kind.setdefault(q["kind"], Counter()).update(found)
        print(f"{q['qid']} {q['kind']:9} {len(missed):3}/{len(relevant):3} missed  "
              f"{q['query']!s:40} {dict(found.most_common())}"
              + (f"  lacking {dict(lacking_words.most_common(4))}" if args.verbose else ""))
    print(f"\n{sum(totals.values())} of {relevant_count} relevant speeches missed (not in top 100)")
    for name, count in totals.most_common():
        print(f"  {name:22} {count:5}")
    for kind, counts in sorted(per_kind.items()):
        print(f"  {kind:10} {dict(counts.most_common())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
