"""Key terms with kept collection frequencies are Whoosh's key terms, term for term."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from whoosh.filedb.filestore import RamStorage
from whoosh.searching import Searcher

from indexer.engine.codec import FastSegmentWriter
from indexer.schema import build_schema
from indexer.search.similar import KeyTerms

TEXTS = [
    "Der Gemeinderat von Musterau beschließt den Haushalt und die Kreisumlage.",
    "Die Kreisumlage steigt, der Haushalt des Kreises Musterau wird knapp.",
    "Radwege an der Lindenallee: der Ortsverein fordert sichere Radwege für Kinder.",
    "Die Schule an der Lindenallee bekommt eine Mensa; der Schulweg wird sicherer.",
    "Haushalt, Haushalt, Haushalt: der Kämmerer spricht über Rücklagen und Kredite.",
]


@pytest.fixture
def searcher() -> Iterator[Searcher]:
    ix = RamStorage().create_index(build_schema())
    for part in (TEXTS[:2], TEXTS[2:]):  # two segments: frequencies are summed over both
        writer = FastSegmentWriter(ix)
        for n, text in enumerate(part):
            writer.add_document(id=f"{len(part)}-{n}", title="T", text=text, exact=text)
        writer.commit(merge=False)
    with ix.searcher() as found:
        yield found


@pytest.mark.parametrize("number", [1, 3, 20])
def test_the_key_terms_are_whooshs(searcher: Searcher, number: int) -> None:
    kept = KeyTerms()
    texts = [*TEXTS, "Ein Text mit Wörtern, die sonst nirgends stehen: Zaunkönig Musterau."]
    for _round in range(2):  # the second round reads the kept frequencies
        for text in texts:
            want = searcher.key_terms_from_text("text", text, numterms=number)
            assert want and kept.of_text(searcher.reader(), "text", text, number) == want


def test_a_text_without_indexed_words_fails_as_whoosh_does(searcher: Searcher) -> None:
    with pytest.raises(ZeroDivisionError):
        searcher.key_terms_from_text("text", "Zaunkönig Quastenflosser", numterms=5)
    with pytest.raises(ZeroDivisionError):
        KeyTerms().of_text(searcher.reader(), "text", "Zaunkönig Quastenflosser", 5)
    assert KeyTerms().of_text(searcher.reader(), "text", "", 5) == []


def test_no_more_words_are_kept_than_its_size(searcher: Searcher) -> None:
    kept = KeyTerms(size=3)
    kept.of_text(searcher.reader(), "text", TEXTS[0], 5)
    assert kept.of_text(searcher.reader(), "text", TEXTS[2], 5) == searcher.key_terms_from_text(
        "text", TEXTS[2], numterms=5
    )
    assert len(kept._kept) == 3
