"""``_last_space`` (where a snippet's word scan starts) against its definition: just after the
last character before ``pos`` that ``str.isspace`` calls whitespace, 0 if there is none."""

from __future__ import annotations

import random

from indexer.search.highlight import _last_space

_ALPHABET = "ab Äß-\n\t\u00a0\u2009\u3000x„“.\u200b\x1c"


def _reference(text: str, pos: int) -> int:
    return max((i + 1 for i in range(pos) if text[i].isspace()), default=0)


def test_every_position_of_random_texts() -> None:
    rng = random.Random(17)
    for _ in range(300):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 60)))
        for pos in range(len(text) + 1):
            assert _last_space(text, pos) == _reference(text, pos), (text, pos)


def test_whitespace_far_before_the_position() -> None:
    text = "Antrag " + "x" * 1000 + "Kreisvorsitz"
    assert _last_space(text, len(text)) == 7
    assert _last_space("x" * 450, 450) == 0
    assert _last_space("ab\ncd", 5) == 3
