"""The full text on a document page: marked, with PDF page labels, and in parts when long.

A text longer than one part (:data:`indexer.analysis.parts.PART_CHARS`) is shown one part at
a time, ``?teil=N`` in the URL. With a query, the page opens at the first part that holds a
hit, lists the parts with hits (how many each) and links from one to the next; the counts come
from the index (:mod:`indexer.search.passages`), so only the part shown is read and marked,
and a page costs the same for a 50 MB protocol as for a speech. Marks are numbered across the
whole text (``treffer-N``): part 3 continues where part 2 stopped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from indexer.analysis.parts import part_starts, stored_map
from indexer.search import SearchService
from indexer.search.highlight import Highlighter, QueryTerms
from webapp.errors import WebError

_MARK = re.compile(r"<mark>")


@dataclass
class FullText:
    """What the template shows of the text; ``parts`` is empty for a text in one part."""

    html: Markup
    #: marks shown on this page, and the number of the first of them
    marks: int
    first_mark: int
    #: marks in the whole text (as the index counts them, for a text in parts)
    total: int
    first_page: int | None
    part: int = 1
    parts: list[dict[str, Any]] = field(default_factory=list)
    next_hit_part: dict[str, Any] | None = None

    @property
    def last_mark(self) -> int:
        return self.first_mark + self.marks - 1


def full_text(
    service: SearchService,
    record: dict[str, Any],
    q: str,
    pages: list[int],
    part_arg: str | None,
    part_url: Callable[[int], str],
) -> FullText:
    """The text of ``record`` for its page; ``part_url(n)`` links to part ``n``."""
    text: str = record["text"]
    starts = part_starts(text)
    if len(starts) < 2:
        shown = service.highlights(record["id"], q)
        html, marks, first_page = marked_text(shown.highlighter, text, shown.terms, pages)
        return FullText(html, marks, 1, marks, first_page)
    # hits per part from the index, where it has a part map (indexed before parts existed:
    # ``parteisuche reindex`` adds it)
    found = stored_map(record.get("extra") or {}, text) if q.strip() else None
    shown = service.highlights(record["id"], q, found["positions"] if found else None)
    counts = shown.part_hits
    part = _chosen_part(part_arg, len(starts), counts)
    ends = [*starts[1:], len(text)]
    before = sum(counts[: part - 1]) if counts else 0
    html, marks, first_page = marked_text(
        shown.highlighter, text, shown.terms, pages, (starts[part - 1], ends[part - 1]),
        before + 1,
    )
    total = sum(counts) if counts else marks
    parts: list[dict[str, Any]] = [
        {
            "number": n,
            "url": part_url(n),
            "hits": counts[n - 1] if counts else None,
            "current": n == part,
            "first_mark": (sum(counts[: n - 1]) + 1) if counts else 1,
        }
        for n in range(1, len(starts) + 1)
    ]
    later = [p for p in parts if p["number"] > part and p["hits"]]
    return FullText(
        html, marks, before + 1, max(total, before + marks), first_page, part, parts,
        later[0] if later else None,
    )


def _chosen_part(arg: str | None, count: int, hits: list[int] | None) -> int:
    """The part asked for; without one, the first part with a hit (else the first)."""
    if arg is None or arg == "":
        if hits:
            return next((n for n, h in enumerate(hits, 1) if h), 1)
        return 1
    if not arg.isdigit():
        raise WebError(400, "Der Teil des Textes muss eine Zahl sein (teil=1, teil=2, …).")
    part = int(arg)
    if not 1 <= part <= count:
        raise WebError(404, f"Der Text hat {count} Teile; Teil {part} gibt es nicht.")
    return part


def marked_text(
    highlighter: Highlighter,
    text: str,
    terms: QueryTerms,
    pages: list[int] | None = None,
    window: tuple[int, int] | None = None,
    first_mark: int = 1,
) -> tuple[Markup, int, int | None]:
    """``text[window]`` escaped, query terms in ``<mark id="treffer-N">`` (numbered from
    ``first_mark``), a page label ("S. 2") where a PDF page begins (and at the top of a part
    that begins inside a page); the number of marks and the page of the first one."""
    start, end = window or (0, len(text))
    pages = pages or []
    inside = [s - start for s in pages if start < s < end]  # page starts within the window
    cuts = [0, *inside]
    counter = iter(range(first_mark, first_mark + 10_000_000))
    parts: list[str] = []
    marks, first_page = 0, None
    shown = highlighter.mark_parts(text[start:end], terms, inside)
    for cut, html in zip(cuts, shown, strict=True):
        page = max(1, bisect_right(pages, start + cut)) if pages else None
        if page is not None:
            parts.append(f'<span class="page-label" id="seite-{page}">S. {page}</span>')
        found = html.count("<mark>")
        if found and first_page is None and page is not None:
            first_page = page
        marks += found
        # Only our own <mark> tags exist in the escaped text ("<" in documents is "&lt;").
        parts.append(_MARK.sub(lambda _: f'<mark id="treffer-{next(counter)}">', html))
    return Markup("".join(parts)), marks, first_page
