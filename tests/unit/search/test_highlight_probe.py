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


# --- the plain substring search that replaces the pattern in most texts ---------------------
def _pattern_starts(text: str, terms: QueryTerms) -> list[int]:
    from indexer.search.highlight import _probe_pattern

    pattern = _probe_pattern(terms)
    assert pattern is not None
    return [hit.start() for hit in pattern.finditer(text)]


def _words_around(text: str, starts: list[int]) -> set[int]:
    """The starts of the whitespace-separated stretches holding ``starts`` (what spans reads)."""
    from indexer.search.highlight import _last_space

    return {_last_space(text, s) for s in starts}


def test_a_german_text_is_searched_for_plain_spellings() -> None:
    from indexer.search.highlight import _probe_pattern, _probe_spellings, _probe_starts

    terms = _terms(["Häuser", "Straße", "Mütterrente"])
    spellings = _probe_spellings(terms)
    assert spellings is not None and {"haus", "häus", "hauß", "stra", "muet", "müt"} <= set(
        spellings
    )
    pattern = _probe_pattern(terms)
    assert pattern is not None
    starts = list(_probe_starts(TEXT, terms, pattern))
    # more places than the pattern's matches (overlaps), but in the same words
    assert _words_around(TEXT, starts) == _words_around(TEXT, _pattern_starts(TEXT, terms))


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("aäbcdeéfghiklmnoöprsßtuüzAÄOÖUÜẞSHRE ſıİK-*:.\n")),
        max_size=120,
    ),
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
    upper=st.booleans(),
)
def test_plain_search_and_pattern_read_the_same_words(
    text: str, words: list[str], upper: bool
) -> None:
    """With and without rare letters (é, ſ, ı, İ, the Kelvin sign: then the pattern is
    used), in any case: the same words are analysed, and the spans are every word's."""
    from indexer.search.highlight import _probe_pattern, _probe_starts

    terms = _terms(words)
    sample = text + " " + " ".join(w.upper() if upper else w for w in words)
    pattern = _probe_pattern(terms)
    assert pattern is not None
    starts = list(_probe_starts(sample, terms, pattern))
    assert starts == sorted(set(starts))
    assert _words_around(sample, starts) == _words_around(sample, _pattern_starts(sample, terms))
    highlighter = Highlighter()
    assert highlighter.spans(sample, terms) == highlighter.spans_slow(sample, terms)


@pytest.mark.parametrize(
    ("text", "word", "marked"),
    [
        ("Die Rénte steigt.", "Rente", "Rénte"),  # an accent a German text seldom has
        ("DIE RÉNTE STEIGT.", "Rente", "RÉNTE"),
        ("Die STRAẞE und die Straße.", "Straße", "STRAẞE"),  # capital sharp s
        ("Das HÄUSERMEER, die Häuser.", "Häuser", "Häuser"),
        ("Neue Haeuser bauen.", "Häuser", "Haeuser"),
    ],
)
def test_spellings_the_plain_search_must_find(text: str, word: str, marked: str) -> None:
    highlighter = Highlighter()
    terms = _terms([word])
    spans = highlighter.spans(text, terms)
    assert spans == highlighter.spans_slow(text, terms)
    assert marked in [text[s:e] for s, e in spans]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=())) | st.sampled_from(
    ["Café", "Straße", "Kelvin \u212a", "„Rente“ – €", "ſ", "Dvořák", "\ud800 lose", "plain"]
))
def test_the_rare_letter_test_equals_the_pattern_over_the_whole_text(text: str) -> None:
    """Only the non-ASCII characters are looked at (cut out of the UTF-8 in C); the
    answer is the pattern's over the whole text, lone surrogates included."""
    from indexer.search.highlight import _RARE_LETTER, _has_rare_letter

    assert _has_rare_letter(text) == (_RARE_LETTER.search(text) is not None)
