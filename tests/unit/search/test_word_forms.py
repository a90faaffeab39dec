"""Regression table for German word forms and compounds: query -> must find / must not find.

In the style of FragDenStaat's German search tests: each row is a query, the fictional
sentences it must find and those it must not. The index is built through the project's store
and searched through the search service, as ``parteisuche search`` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.analysis import tokens
from indexer.analysis.lemmas import singular
from indexer.engine.store import IndexStore
from indexer.search import SearchRequest, SearchService

#: Fictional sentences (names and places made up or generic).
SENTENCES: dict[str, str] = {
    "autos": "Die Autos der Pendlerinnen stehen jeden Morgen im Stau vor Tannfeld.",
    "auto": "Frau Lindqvist fährt ihr Auto nur noch am Wochenende.",
    "kitas": "In Tannfeld fehlen drei Kitas und zwanzig Erzieherinnen.",
    "ministerien": "Die Bundesministerien haben den Entwurf monatelang liegen lassen.",
    "ministerium": "Das Ministerium antwortete erst nach der dritten Anfrage.",
    "museen": "Die kleinen Museen auf dem Land brauchen eine feste Förderung.",
    "museum": "Das Museum in Tannfeld schließt im Winter früher.",
    "viren": "Gegen die neuen Viren hilft vor allem Lüften.",
    "themen": "Die Themen der Sitzung waren lang und zäh.",
    "thema": "Das Thema Wohnen beschäftigt den Ortsbeirat seit Jahren.",
    "zentren": "Die Zentren für Beratung sollen länger öffnen.",
    "mechanismen": "Die Mechanismen der Kontrolle greifen nicht.",
    "mutter": "Jede Mutter kennt das Problem mit den Öffnungszeiten.",
    "muetter": "Viele Mütter arbeiten in Teilzeit.",
    "gut": "Das Konzept ist gut durchdacht, sagte Herr Brakel.",
    "gueterverkehr": "Der Güterverkehr soll auf die Schiene.",
    "guetersloh": "Die Delegierten aus Gütersloh stimmten geschlossen dagegen.",
    "kinder": "Die Kinder im Viertel brauchen einen sicheren Schulweg.",
    "rinder": "Die Rinder auf der Weide am Fluss wurden gezählt.",
    "wahl": "Die Wahl des Vorstands findet im Mai statt.",
    "wal": "Ein Wal wurde vor der Küste gesichtet.",
    "kindergrundsicherung": "Die Kindergrundsicherung kommt endlich, sagte Frau Okonkwo.",
    "grundsicherung_fuer_kinder": "Wir fordern eine Grundsicherung für Kinder aus armen Familien.",
    "kinder_grundsicherung": "Kinder brauchen eine eigene Grundsicherung.",
    "kinder_far": "Kinder spielen gern draußen. Das ist bekannt, auch in Tannfeld und "
    "überall sonst, und deshalb reden wir heute über die Grundsicherung.",
    "sicherung": "Die Sicherung der Daten ist Aufgabe der Verwaltung.",
    "mietpreisbremse": "Die Mietpreisbremse wird verlängert.",
    "bremse_fuer_mietpreise": "Wir brauchen eine Bremse für die Mietpreise in Tannfeld.",
}

#: query -> (must find, must not find): keys of SENTENCES.
TABLE: list[tuple[str, set[str], set[str]]] = [
    ("Auto", {"auto", "autos"}, set()),
    ("Autos", {"auto", "autos"}, set()),
    ("Kita", {"kitas"}, set()),
    ("Ministerium", {"ministerium", "ministerien"}, set()),
    ("Ministerien", {"ministerium", "ministerien"}, set()),
    ("Museum", {"museum", "museen"}, set()),
    ("Virus", {"viren"}, set()),
    ("Thema", {"thema", "themen"}, set()),
    ("Themen", {"thema", "themen"}, set()),
    ("Zentrum", {"zentren"}, set()),
    ("Mechanismus", {"mechanismen"}, set()),
    ("Mutter", {"mutter", "muetter"}, set()),
    ("Mütter", {"mutter", "muetter"}, set()),
    # false friends
    ("gut", {"gut"}, {"gueterverkehr", "guetersloh"}),
    ("Güter", {"gueterverkehr"}, {"gut"}),
    ("Kinder", {"kinder"}, {"rinder"}),
    ("Rinder", {"rinder"}, {"kinder"}),
    ("Wahl", {"wahl"}, {"wal"}),
    ("Wal", {"wal"}, {"wahl"}),
    # compounds at query time: the parts close together, in either order
    (
        "Kindergrundsicherung",
        {"kindergrundsicherung", "grundsicherung_fuer_kinder", "kinder_grundsicherung"},
        {"kinder_far", "sicherung", "kinder"},
    ),
    ("Mietpreisbremse", {"mietpreisbremse", "bremse_fuer_mietpreise"}, set()),
    # quoted phrases stay exact
    ('"Kindergrundsicherung"', {"kindergrundsicherung"}, {"grundsicherung_fuer_kinder"}),
    ('"Autos"', {"autos"}, {"auto"}),
]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    store = IndexStore(Path(tmp_path_factory.mktemp("forms")) / "index")
    writer = store.writer(store.create())
    for key, text in SENTENCES.items():
        writer.add_document(id=key, title="", text=text, exact=text)
    writer.commit()
    yield SearchService(store)


def _found(service: SearchService, query: str) -> list[str]:
    result = service.search(SearchRequest(q=query, page_size=100, with_snippets=False))
    return [hit.id for hit in result.hits]


@pytest.mark.parametrize(("query", "must", "must_not"), TABLE, ids=[row[0] for row in TABLE])
def test_regression_table(
    service: SearchService, query: str, must: set[str], must_not: set[str]
) -> None:
    found = set(_found(service, query))
    assert must <= found, f"{query!r} missed {sorted(must - found)}"
    assert not (must_not & found), f"{query!r} found {sorted(must_not & found)}"


def test_a_compound_ranks_above_its_parts_nearby(service: SearchService) -> None:
    found = _found(service, "Kindergrundsicherung")
    assert found[0] == "kindergrundsicherung"
    found = _found(service, "Mietpreisbremse")
    assert found[0] == "mietpreisbremse"


@pytest.mark.parametrize(
    ("plural", "single"),
    [("Autos", "Auto"), ("Kitas", "Kita"), ("Handys", "Handy"), ("Ministerien", "Ministerium"),
     ("Gremien", "Gremium"), ("Museen", "Museum"), ("Zentren", "Zentrum"), ("Viren", "Virus"),
     ("Algorithmen", "Algorithmus"), ("Themen", "Thema"), ("Firmen", "Firma"),
     ("Städte", "Stadt"), ("Ärzte", "Arzt"), ("Länder", "Land")],
)  # fmt: skip
def test_plural_and_singular_share_a_term(plural: str, single: str) -> None:
    assert tokens(plural) == tokens(single)


@pytest.mark.parametrize(
    ("word", "other"),
    [("gut", "Güter"), ("Daten", "Datum"), ("kommen", "Komma"), ("Studien", "Studium"),
     ("Haus", "hau"), ("Preis", "prei"), ("Paris", "pari"), ("Medien", "Medium"),
     ("Kinder", "Rinder"), ("Wahl", "Wal"), ("Omen", "Oma")],
)  # fmt: skip
def test_other_words_stay_apart(word: str, other: str) -> None:
    assert tokens(word) != tokens(other)


def test_the_word_list_guards_every_rule() -> None:
    """No rule folds into a word the list does not know, or into a much rarer one."""
    assert singular("ministerien", {}) == "ministerien"
    assert singular("autos", {"auto": 5.0, "autos": 4.5}) == "auto"
    assert singular("autos", {"auto": 3.0, "autos": 4.5}) == "autos"
    assert singular("studien", {"studie": 4.0, "studium": 4.0}) == "studien"
