"""Every person of a set of documents with their document count, offices and parties.

Counted from the facet codes of the index generation (:class:`FacetTable`): one pass over the
documents' person, office and party codes, so listing a thousand people costs a few
milliseconds, not a thousand person searches. :meth:`SearchService.people` chooses the documents.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from indexer.engine.ranking import Mask

if TYPE_CHECKING:  # the cache keeps these summaries, so it imports this module
    from indexer.search.cache import FacetTable


@dataclass(frozen=True)
class PersonSummary:
    """One person: documents, and the offices and parties named with them (most often first)."""

    name: str
    documents: int
    offices: tuple[str, ...]
    parties: tuple[str, ...]


def person_summaries(table: FacetTable, docs: Mask) -> list[PersonSummary]:
    """Each person of ``docs`` (unordered), with counts and co-occurring values."""
    ids = np.flatnonzero(docs)
    person_codes = table.codes["person"][ids]
    named = person_codes != 0  # code 0: documents without a person
    ids, person_codes = ids[named], person_codes[named]
    counts = table.count("person", ids)
    offices = _pairs(table, person_codes, ids, "office")
    parties = _pairs(table, person_codes, ids, "party")
    return [
        PersonSummary(
            name,
            count,
            _ranked(offices.get(name)),
            _ranked(parties.get(name)),
        )
        for name, count in counts.items()
    ]


def _pairs(
    table: FacetTable, person_codes: np.ndarray[Any, Any], ids: np.ndarray[Any, Any], name: str
) -> dict[str, Counter[str]]:
    """Per person value, how often each value of facet ``name`` is named with it."""
    other = table.codes[name][ids]
    width = len(table.keys[name])
    combined = person_codes.astype(np.int64) * width + other
    unique, counts = np.unique(combined[other != 0], return_counts=True)
    people, values = table.keys["person"], table.keys[name]
    out: dict[str, Counter[str]] = {}
    for code, count in zip(unique.tolist(), counts.tolist(), strict=True):
        for person in people[code // width]:
            seen = out.setdefault(person, Counter())
            for value in values[code % width]:
                seen[value] += count
    return out


def _ranked(counter: Counter[str] | None) -> tuple[str, ...]:
    if not counter:
        return ()
    return tuple(value for value, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
