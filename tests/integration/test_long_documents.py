"""A very long document (a protocol of many sessions) is shown in parts, hits first.

The generated text is about 1.3 MB (thirteen parts): large enough for the behaviour, small
enough to index in seconds. The 50 MB case is measured by ``bench/bigfile.py``, not here.
"""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from indexer.analysis.parts import PART_CHARS
from indexer.ingest.pipeline import file_id
from indexer.schema import STORED_TEXT_CHARS
from indexer.search import SearchRequest
from tests.browser.corpus import build_index
from tests.support.longdoc import HITS, protocol
from webapp import create_app, search_service


@pytest.fixture(scope="module")
def long_doc(tmp_path_factory: pytest.TempPathFactory) -> tuple[FlaskClient, str]:
    folder = tmp_path_factory.mktemp("lang")
    docs = folder / "docs"
    docs.mkdir()
    (docs / "kurz.txt").write_text("Rede von Frau Altmoor zum Mindestlohn im Kreistag.\n")
    path = docs / "protokoll.txt"
    path.write_text(protocol(), encoding="utf-8")
    build_index(docs, folder / "index")
    app = create_app({"INDEX_DIR": str(folder / "index"), "TESTING": True})
    return app.test_client(), file_id(path)


def _page(client: FlaskClient, doc_id: str, query: str) -> str:
    response = client.get(f"/dokument/{doc_id}{query}")
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    return response.get_data(as_text=True)


def _marks(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<mark id="treffer-(\d+)">Mindestlohn</mark>', html)]


def test_the_page_opens_at_the_first_part_with_hits_and_lists_the_others(
    long_doc: tuple[FlaskClient, str],
) -> None:
    client, doc_id = long_doc
    html = _page(client, doc_id, "?q=Mindestlohn")
    assert len(html.encode()) < 4 * PART_CHARS  # one part, not the whole text
    assert "Dies ist Teil 4." in html
    assert _marks(html) == [1, 2, 3]
    listed = re.findall(r"Teil (\d+)</(?:a|strong)> \((\d+) Treffer\)", html)
    assert [(int(p), int(n)) for p, n in listed] == sorted(HITS.items())
    assert f'teil=9#treffer-{HITS[4] + 1}"' in html  # the next part's first mark
    assert "Weitere Treffer in Teil 9" in html and "data-next-part" in html
    assert 'data-total="6"' in html


def test_marks_are_numbered_across_parts(long_doc: tuple[FlaskClient, str]) -> None:
    client, doc_id = long_doc
    seen: list[int] = []
    for part in range(1, 14):
        marks = _marks(_page(client, doc_id, f"?q=Mindestlohn&teil={part}"))
        assert len(marks) == HITS.get(part, 0)
        seen += marks
    assert seen == list(range(1, sum(HITS.values()) + 1))


def test_a_part_is_a_permalink_and_keeps_its_text(long_doc: tuple[FlaskClient, str]) -> None:
    client, doc_id = long_doc
    first = _page(client, doc_id, "?teil=2")
    assert first == _page(client, doc_id, "?teil=2")
    assert "Dies ist Teil 2." in first and 'rel="prev"' in first and 'rel="next"' in first
    plain = _page(client, doc_id, "")
    assert "Dies ist Teil 1." in plain and "Wortprotokoll des Kreistags" in plain
    assert len(plain.encode()) < 4 * PART_CHARS
    last = _page(client, doc_id, "?teil=13")
    assert 'rel="next"' not in last


@pytest.mark.parametrize(("query", "status"), [("?teil=x", 400), ("?teil=14", 404),
                                               ("?teil=0", 404)])
def test_a_wrong_part_is_a_clear_error(
    long_doc: tuple[FlaskClient, str], query: str, status: int
) -> None:
    client, doc_id = long_doc
    response = client.get(f"/dokument/{doc_id}{query}")
    assert response.status_code == status
    assert "Teil" in response.get_data(as_text=True)


def test_a_short_document_is_one_part_as_before(long_doc: tuple[FlaskClient, str]) -> None:
    client, _ = long_doc
    service = search_service(client.application)
    doc_id = next(service.iter_hits(SearchRequest(q="Altmoor"))).id
    html = _page(client, doc_id, "?q=Mindestlohn")
    assert _marks(html) == [1]
    assert "text-parts" not in html and "1 Treffer für" in html


def test_hits_carry_the_beginning_of_a_long_text_and_its_page_the_whole(
    long_doc: tuple[FlaskClient, str],
) -> None:
    """A hit list reads a long document's stored beginning only (STORED_TEXT_CHARS); its
    snippet comes from there; the page and the API have the whole text."""
    client, doc_id = long_doc
    service = search_service(client.application)
    searcher = service.searcher()
    stored = searcher.stored_fields(searcher.document_number(id=doc_id))
    assert len(stored["text"]) == STORED_TEXT_CHARS
    whole = service.document(doc_id)
    assert whole is not None and len(whole["text"]) > 12 * PART_CHARS
    assert whole["text"].startswith(stored["text"])
    result = service.search(SearchRequest(q="Mindestlohn"))
    hit = next(h for h in result.hits if h.id == doc_id)
    # No match in the stored beginning: the snippet is the opening, after the title line.
    assert hit.title == "Wortprotokoll des Kreistags Musterau"
    opening = stored["text"][len(hit.title):].split()
    assert hit.snippet.split()[:5] == opening[:5] and len(hit.snippet) < 1_000
    assert "<mark>" not in hit.snippet
    api = client.get(f"/api/documents/{doc_id}").get_json()
    assert api["text"] == whole["text"]


def test_the_service_gives_a_documents_highlights_with_hits_per_part(
    long_doc: tuple[FlaskClient, str],
) -> None:
    """The document page's one way to the query: the service parses it, counts the hits per
    part from the index and marks the text (the page no longer calls parser or index)."""
    client, doc_id = long_doc
    service = search_service(client.application)
    record = service.document(doc_id)
    assert record is not None
    from indexer.analysis.parts import stored_map

    found = stored_map(record["extra"], record["text"])
    assert found is not None
    shown = service.highlights(doc_id, "Mindestlohn", found["positions"])
    assert shown.terms and shown.part_hits is not None
    assert {n: h for n, h in enumerate(shown.part_hits, 1) if h} == HITS
    marked = shown.mark_parts("Der Mindestlohn steigt. Mindestlohn!", [23])
    assert "".join(marked).count("<mark>") == 2 and len(marked) == 2
    # without part map or query: no counts, no terms
    assert service.highlights(doc_id, "Mindestlohn").part_hits is None
    empty = service.highlights(doc_id, "  ", found["positions"])
    assert not empty.terms and empty.part_hits is None
    assert service.highlights("gibt-es-nicht", "Mindestlohn", found["positions"]).part_hits is None
