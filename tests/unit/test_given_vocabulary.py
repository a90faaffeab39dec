"""Given offices and document types are checked against the vocabularies; the web app shows
every office by a gender-neutral name."""

from __future__ import annotations

import re

import pytest

from indexer.given import OFFICES, allowed_values, given_office, known_value, split_known
from indexer.metadata import office as office_rules
from webapp.labels import OFFICE_LABELS, value_label


@pytest.mark.parametrize(
    ("given", "key"),
    [
        ("Bezirksvorsitzende", "Bezirksvorsitzender"),
        ("Kreisvorsitzende", "Kreisvorsitzender"),
        ("Kreisvorsitz", "Kreisvorsitzender"),
        ("stellvertretende Landesvorsitzende", "stellv. Landesvorsitzender"),
        ("Stellvertretender Landesvorsitzender", "stellv. Landesvorsitzender"),
        ("stellv. Landesvorsitz", "stellv. Landesvorsitzender"),
        ("Co-Landesvorsitzende", "Landesvorsitzender"),
        ("Direktkandidatin Bundestag", "Direktkandidat Bundestag"),
        ("Direktkandidatur Landtag", "Direktkandidat Landtag"),
        ("Bürgermeisterin", "Bürgermeister"),
        ("Bürgermeisteramt", "Bürgermeister"),
        ("Stadträtin", "Stadtrat"),
        ("Bundesparteitagsdelegierte", "Bundesparteitagsdelegierter"),
        ("Delegierte zum Landesparteitag", "Landesparteitagsdelegierter"),
        # the Greens' conference names in some Länder and for the federal party
        ("Delegierte für die Landesdelegiertenversammlung", "Landesparteitagsdelegierter"),
        ("Delegierter zur LDV", "Landesparteitagsdelegierter"),
        ("Delegierte zur Bundesdelegiertenversammlung", "Bundesparteitagsdelegierter"),
        ("Kandidatin für den Landtag (Direktmandat)", "Direktkandidat Landtag"),
    ],
)
def test_gendered_and_deputy_forms_fold_to_one_key(given: str, key: str) -> None:
    assert given_office(given) == key


@pytest.mark.parametrize("given", ["Quatsch", "Mitglied des Bundestages", "posts", " "])
def test_values_outside_the_vocabulary_are_not_offices(given: str) -> None:
    assert given_office(given) is None


def test_document_types_come_from_their_vocabulary() -> None:
    assert known_value("doc_type", "Bewerbung") == "candidacy"
    assert known_value("doc_type", "posts") is None
    assert known_value("doc_type", "Quatsch") is None
    assert known_value("party", "Quatsch") == "Quatsch"  # no vocabulary: passes unchanged
    assert "candidacy" in allowed_values("doc_type") and "Landrat" in allowed_values("office")


def test_split_known_keeps_known_values_and_reports_the_rest() -> None:
    kept, ignored = split_known(
        {"doc_type": "posts", "office": ("Kreisvorsitzende", "Quatsch"), "party": "SPD"}
    )
    assert kept == {"office": "Kreisvorsitzender", "party": "SPD"}
    assert ignored == {"doc_type": "posts", "office": "Quatsch"}


def _offices_the_extractor_names() -> set[str]:
    _, scopes = office_rules._vocabulary()
    names = {k for k in scopes if k not in (office_rules.DIREKT, office_rules.LISTE,
                                              office_rules.PARLAMENT)}
    names |= set(office_rules._LEVEL_OFFICE.values())
    names |= set(office_rules._BARE_OFFICE.values())
    for board, posts in office_rules._BOARD_POSTS.items():
        names |= {board, *posts}
    return names


def test_every_office_the_extractor_names_is_in_the_vocabulary() -> None:
    missing = _offices_the_extractor_names() - set(OFFICES)
    assert not missing, f"offices without a vocabulary entry (and a neutral label): {missing}"


#: Masculine-only forms that must never name a woman's office in the interface.
_MASCULINE = re.compile(r"Kandidat\b|Vorsitzende[rn]?\b|Delegierter\b|meister\b|^Landrat$")


@pytest.mark.parametrize("key", list(OFFICES))
def test_every_office_key_has_a_neutral_label_that_reads_back(key: str) -> None:
    label = value_label("office", key)
    assert label == OFFICE_LABELS[key] and label.strip()
    assert not _MASCULINE.search(label), label
    assert given_office(label) == key  # the label typed into --office names the same office


def test_neutral_labels_for_the_common_offices() -> None:
    assert value_label("office", "Landesvorsitzender") == "Landesvorsitz"
    assert value_label("office", "stellv. Landesvorsitzender") == "stellv. Landesvorsitz"
    assert value_label("office", "Direktkandidat Bundestag") == "Direktkandidatur Bundestag"
    assert value_label("office", "Bürgermeister") == "Bürgermeisteramt"
    assert value_label("office", "Kreisvorsitzender") == "Kreisvorsitz"
