"""Markdown with optional YAML front matter: the front matter is metadata, the body is text."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

from indexer.errors import ReaderError
from indexer.given import (
    BYLINE_KEYS,
    KEY_ALIASES,
    SOURCE_KEYS,
    TITLE_KEYS,
    byline,
    first_of,
    given_metadata,
)
from indexer.models import RawDocument
from indexer.readers.base import Limits, ReadResult, read_bytes
from indexer.readers.decoding import decode

EXTENSIONS = (".md", ".markdown")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
#: Hugo's TOML front matter between ``+++`` lines.
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
#: Emphasis only between word boundaries, so the gender star of "Freund*innen" is text.
_EMPHASIS = re.compile(r"(?<![\w*`])(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1(?![\w*`])")
#: Heading marks, quote marks and bullets go; an ordered list's numbers stay, since in a list
#: of nominees they are the list places ("1. Kaminski, Ewa – …").
_BLOCK_PREFIX = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))", re.MULTILINE
)
#: Front-matter keys whose value is the page's text when it has no body.
_TEXT_KEYS = ("text", "content", "body", "description", "summary", "abstract", "excerpt",
              "teaser", "beschreibung", "zusammenfassung", "inhalt", "kurztext")
_LONG_VALUE = 80
_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)


def read(path: Path, limits: Limits) -> ReadResult:
    text = decode(read_bytes(path, limits))
    front, body = split_front_matter(text)
    if not body.strip():
        body = front_matter_text(front)
    if not body.strip():
        raise ReaderError("markdown file has front matter but no text")
    heading = _HEADING.search(body)
    title = first_of(front, TITLE_KEYS) or (heading.group(1).strip() if heading else None)
    author = byline(front)
    extra = {"byline": author} if author else {}
    category = categories(front)
    if category:
        extra["format_category"] = category
    yield RawDocument(
        text=markdown_to_text(body),
        title=title,
        metadata=dict(given_metadata(front, skip=BYLINE_KEYS)),
        doc_id=first_of(front, ("id",)),
        source=first_of(front, SOURCE_KEYS),
        extra=extra,
    )


#: Front-matter keys of a post's categories and tags ("categories: [Pressemitteilung, Hafen]").
CATEGORY_KEYS = ("categories", "category", "tags", "kategorien", "kategorie", "rubrik", "rubriken")


def categories(front: dict[str, Any]) -> str:
    """A post's categories and tags as one comma-separated string: weak evidence of its type
    (a CMS files press releases under "Pressemitteilung"), never a given type."""
    words: list[str] = []
    for key, value in front.items():
        if str(key).lower() not in CATEGORY_KEYS:
            continue
        items = value if isinstance(value, list) else str(value).split(",")
        words += [str(item).strip() for item in items if str(item).strip()]
    return ", ".join(words[:20])


def front_matter_text(front: dict[str, Any]) -> str:
    """The text of a page that keeps all of it in front matter (``description: |`` …).

    Static-site pages often do: a short statement as ``description``, a list of positions as a
    block scalar. Known text keys come first; then any other long or multi-line string value
    that is not metadata, title or source.
    """
    texts = [str(front[key]) for key in front if str(key).lower() in _TEXT_KEYS
             and isinstance(front[key], str) and front[key].strip()]
    if texts:
        return "\n\n".join(texts)
    reserved = set(KEY_ALIASES) | set(TITLE_KEYS) | set(SOURCE_KEYS) | set(BYLINE_KEYS) | {"id"}
    return "\n\n".join(
        value
        for key, value in front.items()
        if str(key).lower() not in reserved
        and isinstance(value, str)
        and ("\n" in value.strip() or len(value) >= _LONG_VALUE)
    )


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Separate YAML (``---``) or TOML (``+++``, Hugo) front matter from the body; malformed
    front matter is a clear error."""
    toml_match = _TOML_FRONT_MATTER.match(text)
    if toml_match:
        try:
            return tomllib.loads(toml_match.group(1)), text[toml_match.end() :]
        except tomllib.TOMLDecodeError as exc:
            raise ReaderError(f"malformed TOML front matter: {exc}") from exc
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ReaderError(f"malformed YAML front matter{where}: {_first_line(exc)}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ReaderError("YAML front matter must be a mapping of keys to values")
    return data, text[match.end() :]


def markdown_to_text(body: str) -> str:
    """Drop Markdown syntax but keep every word: the index wants prose, not markup."""
    text = _RULE.sub("", body)
    text = _LINK.sub(r"\1", text)
    text = _BLOCK_PREFIX.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    return text.strip() + "\n"


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
