"""German-aware tokenizer.

Whoosh's ``RegexTokenizer`` splits "Leipzig-Süd" into two unrelated words, keeps "Bürger*innen"
as two tokens, tears "19/28444" apart and forgets "§ 218". German political text is full of all
four, so this tokenizer recognises them:

* hyphenated words ("Ost-West-Rentenüberleitung") yield their parts at consecutive positions
  and, when indexing, also the joined whole ("ostwestrentenüberleitung") at the position of the
  first part, so "Mindestlohn-Erhöhung" meets "Mindestlohnerhöhung" and the parts stay findable;
* gender forms (Bürger*innen, Bürger:innen, Bürger_innen, Bürger/innen, BürgerInnen) become
  "bürgerinnen"; when indexing, "bürger" is added at the same position;
* numbers and identifiers stay whole ("19/28444", "1.000", "2,5", "2024-09-01", "CO2");
  "§ 218" becomes "§218" (and, when indexing, also "218");
* apostrophes, straight or typographic, are dropped inside words ("geht’s" -> "gehts") and
  quotation marks („…“, »…«) are never part of a token.

The tokenizer lowercases (gender detection needs the original case, and doing it here saves a
filter pass over every token). Tokens it adds beside the main one carry ``t.variant = True`` and
tokens that are a hyphen-joined whole carry ``t.joined = True`` so later filters can tell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Token, Tokenizer

_LETTER = r"[^\W\d_]"
_ALNUM = r"[^\W_]"
_APOS = "'\u2019\u02bc\u00b4`"
#: Hyphen characters that join words (not dashes: "–" separates clauses).
_HYPHENS = "-\u2010\u2011"

#: One token candidate. Order matters: paragraph signs, then numeric identifiers, then words.
TOKEN_RE = re.compile(
    rf"""
    (?P<para>§§?\s*\d+[a-z]?)
    | (?P<num>\d+(?:[{_HYPHENS}.,/:]\d+)+(?![^\W_]))
    | (?P<word>
        {_ALNUM}+(?:[{_APOS}]{_ALNUM}+)*
        (?:[{_HYPHENS}]{_ALNUM}+(?:[{_APOS}]{_ALNUM}+)*)*
        (?:[*:_/]?[{_HYPHENS}]?(?:innen|in)\b)?
      )
    """,
    re.VERBOSE | re.UNICODE,
)

#: Gender suffix written with a star, colon, underscore or slash: "Bürger*innen", "Bürger/-in".
_GENDER_MARK = re.compile(rf"^(?P<base>.*{_LETTER})[*:_/][{_HYPHENS}]?(?P<suffix>innen|in)$")
#: Binnen-I: "BürgerInnen", "LehrerIn" (a capital I after a lowercase letter).
_BINNEN_I = re.compile(r"^(?P<base>.*[a-zäöüß])I(?P<rest>nnen|n)$")
_APOS_RE = re.compile(f"[{_APOS}]")
_HYPHEN_SPLIT = re.compile(f"[{_HYPHENS}]")


def _gender(word: str) -> tuple[str, str] | None:
    """Return (joined form, base form) for a gender-marked word, else None."""
    m = _GENDER_MARK.match(word)
    if m:
        base = m.group("base")
        return base + m.group("suffix"), base
    m = _BINNEN_I.match(word)
    if m:
        base = m.group("base")
        return base + "i" + m.group("rest"), base
    return None


class GermanTokenizer(Tokenizer):  # type: ignore[misc]
    """Tokenizer for German text; see the module docstring for the rules."""

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __hash__(self) -> int:
        return hash(self.__class__.__name__)

    def __call__(  # noqa: C901 - one pass over the matches, one branch per token kind
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        indexing = mode == "index"
        if not tokenize:
            t.original = t.text = value.lower()
            t.boost = 1.0
            t.variant = t.joined = False
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        pos = start_pos
        for match in TOKEN_RE.finditer(value):
            raw = match.group()
            if is_plain(raw):
                # fast path: a plain word or number, by far the most common token
                t.text = raw.lower()
                t.boost = 1.0
                t.variant = t.joined = t.stopped = False
                if keeporiginal:
                    t.original = t.text
                if positions:
                    t.pos = pos
                if chars:
                    t.startchar = start_char + match.start()
                    t.endchar = start_char + match.end()
                pos += 1
                yield t
                continue
            start, end = match.span()
            pieces = match_pieces(raw, match.lastgroup, indexing)
            width = 1
            for text, offset, variant, joined in pieces:
                t.text = text
                t.boost = 1.0
                t.variant = variant
                t.joined = joined
                t.stopped = False
                if keeporiginal:
                    t.original = text
                if positions:
                    t.pos = pos + offset
                if chars:
                    t.startchar = start_char + start
                    t.endchar = start_char + end
                width = max(width, offset + 1)
                yield t
            pos += width


#: (text, position offset, is variant, is joined whole)
Piece = tuple[str, int, bool, bool]


def is_plain(raw: str) -> bool:
    """A plain word or number: one lowercased token, no variants (by far the most common)."""
    return raw.isalnum() and "I" not in raw[1:]


def match_pieces(raw: str, kind: str | None, indexing: bool) -> list[Piece]:
    """The tokens of one match that is not plain, by the group (``kind``) that matched it."""
    if kind == "para":
        number = raw.lstrip("§").strip()
        pieces = [("§" + number, 0, False, False)]
        if indexing:
            pieces.append((number, 0, True, False))
        return pieces
    if kind == "num":
        return [(raw, 0, False, False)]
    return _word_pieces(raw, indexing)


def _word_pieces(raw: str, indexing: bool) -> list[Piece]:
    """Split a word match into (text, position offset, variant, joined) pieces."""
    word = _APOS_RE.sub("", raw)
    gender = _gender(word)
    base: str | None = None
    if gender is not None:
        word, base = gender
    parts = [p for p in _HYPHEN_SPLIT.split(word) if p]
    if len(parts) <= 1:
        text = (parts[0] if parts else word).lower()
        pieces = [(text, 0, False, False)]
        if base is not None and indexing:
            pieces.append((base.lower(), 0, True, False))
        return pieces
    lowered = [p.lower() for p in parts]
    pieces = [(p, i, False, False) for i, p in enumerate(lowered)]
    if indexing:
        pieces.insert(0, ("".join(lowered), 0, True, True))
        if base is not None:
            # "Bürger-*innen" is rare; "Ärzt-innen" does not occur. Keep the base findable.
            pieces.append(("".join(_HYPHEN_SPLIT.split(base.lower())), 0, True, False))
    return pieces
