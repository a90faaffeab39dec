"""``Hit.scored``: the fast copy of a hit with another score and snippet is the hit
``dataclasses.replace`` makes, and leaves the original alone (hits are shared per generation)."""

from __future__ import annotations

import dataclasses

import pytest

from indexer.search.types import Hit


def _hit() -> Hit:
    return Hit("bewerbung-1", None, "Bewerbung für den Kreisvorsitz", ["Mira Testfrau"],
               ["kreisvorsitz"], ["Landkreis Beispielstadt"], ["Sachsen"], ["SPD"],
               ["candidacy"], "2024-03-01", "", indexed_at="2024-03-02T10:00:00Z",
               source="https://example.org/bewerbung")


@pytest.mark.parametrize(("score", "snippet"), [(1.5, None), (None, "… <mark>Kreis</mark> …"),
                                                (0.0, "")])
def test_scored_equals_replace(score: float | None, snippet: str | None) -> None:
    hit = _hit()
    changes: dict[str, object] = {"score": score}
    if snippet is not None:
        changes["snippet"] = snippet
    copy = hit.scored(score, snippet)
    assert copy == dataclasses.replace(hit, **changes)
    assert dataclasses.asdict(copy) == dataclasses.asdict(dataclasses.replace(hit, **changes))
    assert hit == _hit()  # the shared original is unchanged
    assert copy.person is hit.person or copy.person == hit.person


def test_a_copy_stays_frozen() -> None:
    copy = _hit().scored(2.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        copy.score = 3.0  # type: ignore[misc]
    assert hash(copy.id) == hash("bewerbung-1")
