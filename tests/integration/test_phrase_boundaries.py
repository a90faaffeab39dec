"""A quoted phrase is found wherever its words stand in a long document: across the cut between
two parts of its page and across the end of its stored beginning (the rest of the text lives
in another column), because the exact field numbers the tokens of the whole text. It never
continues from one document into the next."""

from __future__ import annotations

import random

import pytest

from indexer.analysis.parts import part_starts
from indexer.ingest.pipeline import file_id
from indexer.schema import STORED_TEXT_CHARS
from indexer.search import SearchRequest, SearchService
from tests.browser.corpus import build_index

FILLER = (
    "der Kreistag berät heute über den Haushalt und die Schulen im Landkreis sowie über "
    "Straßen Brücken Radwege und den Nahverkehr zwischen den Gemeinden"
).split()
#: (first word, second word) of each phrase, and where it stands.
AT_PART_CUT = ("Kieselsee", "Sonderfonds")
AT_STORED_END = ("Farnwedel", "Rücklage")
#: One document ends with the first word, the next (in name order) begins with the second.
ACROSS_DOCUMENTS = ("Quellbrunn", "Zuschuss")


def _protocol() -> str:
    rng = random.Random(9)
    paragraphs = ["Wortprotokoll des Kreistags Musterau"]
    size = 0
    while size < STORED_TEXT_CHARS + 40_000:
        paragraphs.append(" ".join(rng.choice(FILLER) for _ in range(150)))
        size += len(paragraphs[-1]) + 2
    text = "\n\n".join(paragraphs) + "\n"
    # the last word before the first part's end and the first word after it
    cut = part_starts(text)[1]
    head = text[:cut].rstrip("\n").rsplit(" ", 1)[0]
    tail = text[cut:].split(" ", 1)[1]
    text = f"{head} {AT_PART_CUT[0]}\n\n{AT_PART_CUT[1]} {tail}"
    # two words around the end of the stored beginning, inside a paragraph
    at = text.index(" ", STORED_TEXT_CHARS - 12)
    return f"{text[:at]} {AT_STORED_END[0]} {AT_STORED_END[1]} {text[at + 1:]}"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[SearchService, str]:
    folder = tmp_path_factory.mktemp("phrase-boundaries")
    docs = folder / "docs"
    docs.mkdir()
    path = docs / "protokoll.txt"
    path.write_text(_protocol(), encoding="utf-8")
    first, second = ACROSS_DOCUMENTS
    (docs / "rede-a.txt").write_text(f"Rede im Kreistag\n\nDer Dank gilt Frau {first}\n")
    (docs / "rede-b.txt").write_text(f"{second} für die Schulen im Landkreis\n\nBeschlossen.\n")
    store = build_index(docs, folder / "index")
    return SearchService(store), file_id(path)


def _hits(service: SearchService, words: tuple[str, str]) -> list[str]:
    result = service.search(SearchRequest(q=f'"{words[0]} {words[1]}"', page_size=10))
    return [hit.id for hit in result.hits]


def test_the_phrases_stand_where_the_test_means(indexed: tuple[SearchService, str]) -> None:
    service, doc_id = indexed
    record = service.document(doc_id)
    assert record is not None
    text = record["text"]
    cut = part_starts(text)[1]
    assert text[:cut].endswith(f" {AT_PART_CUT[0]}\n\n")
    assert text[cut:].startswith(f"{AT_PART_CUT[1]} ")
    at = text.index(" ".join(AT_STORED_END))
    assert at < STORED_TEXT_CHARS < at + len(" ".join(AT_STORED_END))


def test_a_phrase_across_a_part_cut_is_found(indexed: tuple[SearchService, str]) -> None:
    service, doc_id = indexed
    assert _hits(service, AT_PART_CUT) == [doc_id]
    assert _hits(service, AT_PART_CUT[::-1]) == []


def test_a_phrase_across_the_stored_beginning_is_found(indexed: tuple[SearchService, str]) -> None:
    service, doc_id = indexed
    assert _hits(service, AT_STORED_END) == [doc_id]
    assert _hits(service, AT_STORED_END[::-1]) == []


def test_a_phrase_never_joins_two_documents(indexed: tuple[SearchService, str]) -> None:
    service, _doc_id = indexed
    assert _hits(service, ACROSS_DOCUMENTS) == []
    assert len(_hits(service, ("Frau", ACROSS_DOCUMENTS[0]))) == 1
    assert len(_hits(service, (ACROSS_DOCUMENTS[1], "für"))) == 1


@pytest.mark.parametrize(
    "words", [("die", "die"), ("und", "die"), ("Schulen", "im"), ("im", "Schulen")]
)
def test_common_words_in_the_long_document_match_as_the_text_says(
    indexed: tuple[SearchService, str], words: tuple[str, str]
) -> None:
    service, doc_id = indexed
    record = service.document(doc_id)
    assert record is not None
    tokens = record["text"].lower().split()
    pair = [w.lower() for w in words]
    expected = any(tokens[i : i + 2] == pair for i in range(len(tokens) - 1))
    assert (doc_id in _hits(service, words)) is expected
