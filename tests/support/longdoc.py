"""A long protocol (fictional) whose query word stands in a few known parts, for the tests of
the document page in parts (integration and browser)."""

from __future__ import annotations

import random

from indexer.analysis.parts import PART_CHARS

FILLER = (
    "der Kreistag berät heute über den Haushalt und die Schulen im Landkreis sowie über "
    "Straßen Brücken Radwege und den Nahverkehr zwischen den Gemeinden"
).split()
#: The parts (1-based) whose text holds the query word, and how often.
HITS = {4: 3, 9: 2, 12: 1}


def protocol(parts: int = 13) -> str:
    rng = random.Random(5)
    chunks = ["Wortprotokoll des Kreistags Musterau\n\n"]
    for part in range(1, parts + 1):
        paragraphs = []
        size = 0
        while size < PART_CHARS - 2_000:
            paragraph = " ".join(rng.choice(FILLER) for _ in range(120)) + ".\n\n"
            paragraphs.append(paragraph)
            size += len(paragraph)
        for n in range(HITS.get(part, 0)):  # in the middle of the part, far from its edges
            i = len(paragraphs) // 3 + 3 * n
            paragraphs[i] = "Der Mindestlohn muss steigen, sagt Frau Quellbrunn. " + paragraphs[i]
        chunks.append("".join(paragraphs)[: PART_CHARS - 1_000])
    return "".join(chunks)
