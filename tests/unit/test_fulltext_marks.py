"""The marked text of one part: numbering from where the part begins, PDF page labels."""

from __future__ import annotations

import re

from indexer.search.highlight import Highlighter, QueryTerms
from webapp.fulltext import marked_text

TERMS = QueryTerms(frozenset({"radweg"}), frozenset({"radwege"}))
PAGES = ["Seite eins: Radwege. ", "Seite zwei: mehr Radwege, viele Radwege. ", "Seite drei. "]


def _text() -> tuple[str, list[int]]:
    starts, position = [], 0
    for page in PAGES:
        starts.append(position)
        position += len(page)
    return "".join(PAGES), starts


def test_the_whole_text_is_labelled_and_numbered_as_before() -> None:
    text, pages = _text()
    html, marks, first_page = marked_text(Highlighter(), text, TERMS, pages)
    assert re.findall(r'id="seite-(\d)"', html) == ["1", "2", "3"]
    assert re.findall(r'<mark id="treffer-(\d)">', html) == ["1", "2", "3"]
    assert (marks, first_page) == (3, 1)


def test_a_window_continues_the_numbering_and_names_the_page_it_begins_in() -> None:
    text, pages = _text()
    start = pages[1] + len("Seite zwei: mehr ")  # inside page 2
    html, marks, first_page = marked_text(
        Highlighter(), text, TERMS, pages, (start, len(text)), first_mark=7
    )
    assert html.startswith('<span class="page-label" id="seite-2">S. 2</span><mark id="treffer-7">')
    assert re.findall(r'id="seite-(\d)"', html) == ["2", "3"]
    assert re.findall(r'<mark id="treffer-(\d+)">', html) == ["7", "8"]
    assert (marks, first_page) == (2, 2)
