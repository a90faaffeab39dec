"""The highlighter's pre-check (analyse only words holding a query term's first letters)
finds exactly the words that analysing every word finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.query import And, Or, Phrase, Term

from indexer.analysis import exact_analyzer, german_analyzer
from indexer.search.highlight import Highlighter, QueryTerms

TEXT = (
    "Die Mütterrente bleibt, die Rentenversicherung auch. Muetterrente und RENTE! "
    "Häuser, Haus und Hausbau; die Straße, STRASSE, Strassenbau und Fußball-Fans. "
    "Größe, groesste Größen. Ein Café, ein CAFÉ und Cafés. Bürger*innen, Bürger:innen, "
    "Bürgergeld-Empfänger und CO2-Preis. Die Nationale Sicherheitsstrategie, national.\n"
    "Klimaschutzgesetz und Klima-Schutz. Ökologie, oekologisch. Ärzte, Arzt, aerztlich."
)

WORDS = [
    "Rente", "Mütterrente", "Haus", "Häuser", "Straße", "Größe", "Café", "Bürger",
    "Bürgergeld", "CO2", "Preis", "Sicherheit", "Strategie", "national", "Klima", "Schutz",
    "Ökologie", "Arzt", "Ärzte", "Fuß", "Ball",
]  # fmt: skip


def _terms(words: list[str]) -> QueryTerms:
    german, exact = german_analyzer(), exact_analyzer()
    parts = []
    for w in words:
        parts += [Term("text", t.text) for t in german(w, mode="query")]
        parts += [Term("exact", t.text) for t in exact(w, mode="query")]
    return QueryTerms.from_query(Or(parts))


@pytest.mark.parametrize("word", WORDS)
def test_prechecked_spans_equal_full_analysis(word: str) -> None:
    highlighter = Highlighter()
    terms = _terms([word])
    assert highlighter.spans(TEXT, terms) == highlighter.spans_slow(TEXT, terms)


def test_umlaut_and_compound_matches_are_found() -> None:
    highlighter = Highlighter()
    marked = highlighter.mark(TEXT, _terms(["Rente"]))
    for word in ("Mütterrente", "Rentenversicherung", "Muetterrente", "RENTE"):
        assert f"<mark>{word}</mark>" in marked
    assert "<mark>Größe</mark>" in highlighter.mark(TEXT, _terms(["groesse"]))


def test_phrases_and_every_word() -> None:
    highlighter = Highlighter()
    query = And([Phrase("exact", ["nationale", "sicherheitsstrategie"]), Term("text", "klima")])
    terms = QueryTerms.from_query(query)
    assert highlighter.spans(TEXT, terms) == highlighter.spans_slow(TEXT, terms)
    assert highlighter.spans(TEXT, _terms(WORDS)) == highlighter.spans_slow(TEXT, _terms(WORDS))


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("aäbcdeéfghiklmnoöprsßtuüzAÄOÖUÜ -*:.\n")), max_size=120
    ),
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
)
def test_precheck_never_loses_a_match(text: str, words: list[str]) -> None:
    highlighter = Highlighter()
    terms = _terms(words)
    sample = text + " " + " ".join(words)
    assert highlighter.spans(sample, terms) == highlighter.spans_slow(sample, terms)


def test_a_snippet_reads_a_bounded_stretch_of_a_long_text() -> None:
    """Matches beyond the scanned stretch do not make the snippet (its cost stays bounded)."""
    from indexer.search.highlight import SNIPPET_SCAN

    highlighter = Highlighter()
    terms = QueryTerms(frozenset({"mindestlohn"}), frozenset({"mindestlohn"}))
    filler = "der Kreistag berät über Straßen " * (SNIPPET_SCAN // 32 + 10)
    text = filler + "Der Mindestlohn steigt. " + filler
    opening = highlighter.snippet(text, terms)
    assert "<mark>" not in opening and opening.startswith("der Kreistag") and len(opening) < 400
    early = highlighter.snippet("Der Mindestlohn steigt. " + text, terms)
    assert early.startswith("Der <mark>Mindestlohn</mark>")


def test_a_snippet_looks_further_when_the_first_stretch_has_no_match() -> None:
    from indexer.search.highlight import SNIPPET_FIRST, SNIPPET_SCAN

    highlighter = Highlighter()
    terms = QueryTerms(frozenset({"mindestlohn"}), frozenset({"mindestlohn"}))
    filler = "der Kreistag berät über Straßen " * (SNIPPET_FIRST // 32 + 10)
    assert len(filler) * 2 < SNIPPET_SCAN
    text = filler + "Der Mindestlohn steigt. " + filler
    assert "<mark>Mindestlohn</mark>" in highlighter.snippet(text, terms)
