"""Extraction never raises and always answers in the documented shape, whatever the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import indexer.metadata as metadata
from indexer.metadata import (
    DOC_TYPES,
    Extracted,
    bundesland_of,
    canonical_doc_type,
    canonical_office,
    canonical_party,
    document,
    names,
    nominees,
)
from indexer.metadata.doctype import BASE_TYPES

FIELDS = {"person", "office", "region", "bundesland", "party", "date", "doc_type"}
ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

# Words the rules react to, so that generated texts reach the deeper code paths.
VOCAB = st.sampled_from(
    [
        "Ich", "bin", "kandidiere", "bewerbe", "mich", "als", "für", "den", "Wahlkreis", "152",
        "Leipzig-Süd", "Landesvorsitz", "Kreisvorsitzende", "DIE", "LINKE.", "SPD", "Grünen",
        "Platz", "3", "Landesliste", "am", "7.", "und", "8.", "September", "2024", "seit",
        "Dr.", "Anna", "Muster", "Mit", "Grüßen", "\n", "\n\n", ",", ".", "–", "(", ")", "„", "“",
        "Landtagswahl", "Bundestagswahl", "Kreisverband", "Rosenheim-Land", "Pressemitteilung",
        "Name:", "Fragen", "an", "©", "12345", "Berlin", "Sachsen-Anhalt", "II", "BVV",
        "Rednerin:", "Rede", "von", "Herr", "Präsident!", "FREIEN", "WÄHLER", "Linke.", "*innen",
        "Wahlkreisliste", "Bürgerschaft", "Europawahl", "Bundesliste", "Kiel,", "–", "sagte",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(VOCAB, max_size=80).map(" ".join),
)


def _check(result: dict[str, Extracted], public: bool = False) -> None:
    """Well-formed values; ``public``: from the wrapper, whose types carry their base type."""
    assert set(result) <= FIELDS | {metadata.NOMINEES}
    for key, item in result.items():
        assert isinstance(item, Extracted)
        assert isinstance(item.evidence, str)
        assert 0.0 <= item.confidence <= 1.0
        if key in ("person", metadata.NOMINEES) and isinstance(item.value, tuple):
            assert all(isinstance(name, str) and name for name in item.value)
        elif key == "doc_type" and isinstance(item.value, tuple):
            # a finer type after its base type: ("other", "speech")
            assert item.value[0] in BASE_TYPES and set(item.value) <= set(DOC_TYPES)
        else:
            assert isinstance(item.value, str) and item.value
        if key == "date":
            assert ISO.match(str(item.value))
        if key == "doc_type" and isinstance(item.value, str):
            assert item.value in (BASE_TYPES if public else DOC_TYPES)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, title=st.one_of(st.none(), st.text(max_size=80)))
def test_extraction_never_raises(text: str, title: str | None) -> None:
    # The rules themselves, not the public wrapper: its last-resort ``except`` would hide a bug.
    _check(metadata._extract(text, title, {}))  # noqa: SLF001


@settings(max_examples=100, deadline=None)
@given(
    text=TEXTS,
    known=st.dictionaries(
        st.sampled_from(["person", "office", "region", "date", "party", "doc_type", "x"]),
        st.text(max_size=30),
        max_size=4,
    ),
)
def test_extraction_with_known_values_never_raises(text: str, known: dict[str, str]) -> None:
    _check(metadata._extract(text, None, {k: v for k, v in known.items() if v.strip()}))  # noqa: SLF001
    _check(metadata.extract_metadata(text, known=known), public=True)


@settings(max_examples=200, deadline=None)
@given(name=st.text(max_size=60))
def test_normalisers_never_raise(name: str) -> None:
    for result in (canonical_party(name), canonical_office(name), bundesland_of(name)):
        assert result is None or isinstance(result, str)
    assert canonical_doc_type(name) in (None, *DOC_TYPES)


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_names_and_nominees_never_raise(text: str) -> None:
    for found in names.find_names(text):
        assert found.name and 0 <= found.start < found.end <= len(text)
    doc = document.build(text, None)
    for nominee in nominees.find(doc):
        assert nominee.person
