"""Cheap scanning: pre-checks and regular expressions that start with a literal.

Python's regular expressions search fast for a pattern that starts with a literal ("Kreistag",
"Ich bin"): the engine jumps from one occurrence of the literal to the next. A pattern that
starts with an alternation, a character class or ``\\s+`` is tried at nearly every position,
five to fifty times slower on a long text. So rule tables are compiled branch by branch, and a
leading group of alternatives or a case pair is multiplied out: ``(?:um|auf)\\s+Platz`` becomes
``um\\s+Platz`` and ``auf\\s+Platz``; ``[Ss]tellv`` becomes ``Stellv`` and ``stellv``.

:class:`HintIndex` finds in one scan which rows of a table can match a text at all: every
party row names literal substrings ("hints") that each of its matches contains. Testing about
70 hints one by one with ``in`` scans a long text 70 times; one expression over all of them
scans it once (about twice as fast, measured on Bundestag speeches).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CASE_PAIR = re.compile(r"\[(\w)(\w)\]")
_QUANTIFIERS = ("?", "*", "+", "{")


def split_top(pattern: str) -> list[str]:
    """Top-level alternatives of a regular expression ("a|(b|c)|d" -> ["a", "(b|c)", "d"])."""
    parts: list[str] = []
    depth, start, index = 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _closing(pattern: str, opening: int) -> int:
    """Index of the parenthesis closing the one at ``opening`` (-1 if unbalanced)."""
    depth, index = 0, opening
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":  # a class may hold parentheses: skip it whole
            end = pattern.find("]", index + 2)
            index = end + 1 if end > 0 else len(pattern)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def _expand(branch: str, limit: int) -> list[str]:
    pair = _CASE_PAIR.match(branch)
    if pair and pair.group(1).lower() == pair.group(2).lower() and pair.group(1) != pair.group(2):
        rest = branch[pair.end() :]
        if not rest.startswith(_QUANTIFIERS):
            return [x for char in pair.groups() for x in _expand(char + rest, limit)]
    if branch.startswith("(?:"):
        close = _closing(branch, 0)
        rest = branch[close + 1 :] if close > 0 else ""
        alternatives = split_top(branch[3:close]) if close > 0 else []
        if rest.startswith("?") and not rest.startswith("??"):  # an optional group
            rest = rest[1:]
            alternatives = alternatives + [""] if rest else []
        elif rest.startswith(_QUANTIFIERS):
            alternatives = []
        if 0 < len(alternatives) <= limit:
            return [x for alt in alternatives for x in _expand(alt + rest, limit)]
    return [branch]


def literal_branches(pattern: str, limit: int = 12) -> list[str]:
    """The pattern's alternatives, each starting with a literal where the pattern allows
    (a leading ``\\b`` is dropped: callers check the word boundary themselves)."""
    branches: list[str] = []
    for part in split_top(pattern):
        for branch in _expand(part.removeprefix("\\b"), limit):
            if branch not in branches:
                branches.append(branch)
    return branches


class HintIndex:
    """The rows (by index) whose hints occur in a text."""

    def __init__(self, rows: Sequence[Sequence[str]]) -> None:
        self._rows_of: dict[str, list[int]] = {}
        for index, hints in enumerate(rows):
            for hint in hints:
                self._rows_of.setdefault(hint, []).append(index)
        # Longest first: a hint that begins another ("Christlich", "Christlich-Soziale") must
        # not hide it. A shorter hint at the same place is only hidden where the longer one
        # matched, and there its own row's pattern could not match either.
        ordered = sorted(self._rows_of, key=len, reverse=True)
        self._pattern = (
            re.compile("|".join(re.escape(hint) for hint in ordered)) if ordered else None
        )

    def rows(self, text: str) -> set[int]:
        """Indexes of the rows with at least one hint in ``text``."""
        found: set[int] = set()
        if self._pattern is None:
            return found
        seen: set[str] = set()
        for match in self._pattern.finditer(text):
            hint = match.group(0)
            if hint not in seen:
                seen.add(hint)
                found.update(self._rows_of[hint])
        return found
