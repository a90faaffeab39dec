"""Long texts in parts, and where each part begins in the ``exact`` field's token positions.

A 50 MB protocol cannot be marked up and sent as one page (52 MB of HTML that a browser never
finishes), nor scanned whole for the query's words on each request (seconds). So a text longer
than :data:`PART_CHARS` is shown in parts, cut where a paragraph (else a space) ends, the same
way at indexing and at every request, so that a part number in a URL stays a permalink while
the text stays the same.

At indexing, :func:`part_map` also records the token position of the ``exact`` field (title,
newline, text) at which each part begins. The exact field stores every token's position, so a
request learns, from the index alone, how many hits of its words each part holds — without
reading the text — and marks only the part it shows.
"""

from __future__ import annotations

from typing import Any

from indexer.analysis.terms import after_paragraph_sign, split_tokens, token_width

#: Characters of text per part of a long document's page (about as many bytes of HTML).
PART_CHARS = 100_000
#: How far before a part's nominal end a paragraph break is looked for.
_PARAGRAPH_REACH = PART_CHARS // 5
#: Key of the part map in a document's ``extra`` (a dict, so the metadata box skips it).
EXTRA_KEY = "parts"


def part_starts(text: str, size: int = PART_CHARS) -> list[int]:
    """Where each part of ``text`` begins (``[0]`` for a short text).

    A part ends after a blank line within the last fifth of ``size`` characters, else after a
    space; never right after a paragraph sign, which the tokenizer joins with the number
    after a space ("§ 218"), so each part has the tokens it would have in the whole text.
    """
    starts = [0]
    while len(text) - starts[-1] > size:
        end = starts[-1] + size
        cut = text.rfind("\n\n", end - _PARAGRAPH_REACH, end)
        if cut < 0 or after_paragraph_sign(text, cut, starts[-1]):  # "§\n\n218": one token
            cut = _space_before(text, starts[-1], end)
        else:
            cut += 2
        if cut <= starts[-1]:
            cut = end  # no whitespace at all: a hard cut in a run of characters
        starts.append(cut)
    return starts


def _space_before(text: str, start: int, end: int) -> int:
    """Just after the last whitespace before ``end`` that does not follow a paragraph sign."""
    pos = end
    while pos > start:
        found = max(text.rfind(" ", start, pos), text.rfind("\n", start, pos))
        if found <= start:
            return -1
        if not after_paragraph_sign(text, found, start):
            return found + 1
        pos = found
    return -1


def part_map(title: str, text: str, size: int = PART_CHARS) -> dict[str, list[int]] | None:
    """``{"starts": [...], "positions": [...]}`` for a long text, None for a short one.

    ``positions[k]`` is the position, in the exact field's value ``title + "\\n" + text``, of
    the first token of part ``k``.
    """
    starts = part_starts(text, size)
    if len(starts) < 2:
        return None
    position = token_width(split_tokens(title)) if title.strip() else 0
    positions = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        positions.append(position)
        position += token_width(split_tokens(text[start:end]))
    return {"starts": starts, "positions": positions}


def stored_map(extra: dict[str, Any], text: str) -> dict[str, list[int]] | None:
    """The part map recorded at indexing, if it still fits ``text`` (else None)."""
    found = extra.get(EXTRA_KEY)
    if not isinstance(found, dict):
        return None
    starts, positions = found.get("starts"), found.get("positions")
    if (
        isinstance(starts, list)
        and isinstance(positions, list)
        and len(starts) == len(positions) > 1
        and all(isinstance(n, int) for n in starts + positions)
        and starts == part_starts(text)
    ):
        return {"starts": starts, "positions": positions}
    return None
