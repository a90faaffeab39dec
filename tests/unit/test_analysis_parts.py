"""Parts of a long text, and the exact field's token position where each begins."""

from __future__ import annotations

import random

from indexer.analysis import exact_analyzer
from indexer.analysis.parts import part_map, part_starts, stored_map

WORDS = ["Rente", "§", "218", "Klima-Schutz", "Bürger*innen", "und", "A1", "Straße", "z.B."]


def _text(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return " ".join(
        rng.choice(WORDS) + ("\n\n" if rng.random() < 0.02 else "") for _ in range(words)
    )


def test_parts_cover_the_text_and_keep_their_size() -> None:
    text = _text(6_000)
    starts = part_starts(text, size=2_000)
    ends = [*starts[1:], len(text)]
    assert starts[0] == 0 and len(starts) > 5
    assert all(0 < end - start <= 2_000 for start, end in zip(starts, ends, strict=True))
    for start in starts[1:]:
        assert text[start - 1].isspace()  # cut after whitespace, never inside a word
        assert text[:start].rstrip()[-1] != "§"  # nor between "§" and its number


def test_a_short_text_is_one_part() -> None:
    assert part_starts("kurz", size=100) == [0]
    assert part_map("Titel", "kurz", size=100) is None


def test_positions_are_those_of_the_exact_field() -> None:
    """Each part's position is the position Whoosh's exact analyzer gives its first token in
    ``title + "\\n" + text`` (the exact field's value)."""
    title, text = "Wortprotokoll § 5", _text(3_000, seed=2)
    found = part_map(title, text, size=1_500)
    assert found is not None
    value = f"{title}\n{text}"
    # (Whoosh reuses one token object: read its fields as it comes)
    tokens = [(t.pos, t.startchar) for t in exact_analyzer()(value, positions=True, chars=True)]
    offset = len(title) + 1
    for start, position in zip(found["starts"], found["positions"], strict=True):
        first = next(pos for pos, char in tokens if char >= offset + start)
        assert first == position


def test_a_stored_map_is_used_only_while_it_fits_the_text() -> None:
    text = _text(30_000)
    found = part_map("T", text)
    assert found is not None
    assert stored_map({"parts": found}, text) == found
    assert stored_map({"parts": found}, "anders " + text) is None  # the text changed
    assert stored_map({}, text) is None
    assert stored_map({"parts": {"starts": "x"}}, text) is None
