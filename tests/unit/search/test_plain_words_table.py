"""Regression table for unquoted multi-word queries: what they find, and what ranks above what.

Plain words are a soft coordination (:data:`indexer.engine.ranking.COVERAGE_BONUS`): each word
a document has adds a bonus of about one word's BM25F, so that a speech of the debate that never
says one of the words can still rank above a speech that has every word once in passing; and a
word that many documents hold ("stärken") earns no bonus at all (:data:`COMMON_SHARE`), so it
ranks within the other words' matches instead of making a tier of its own. Quoted phrases stay
exact, and false friends stay apart however loose the matching.

The sentences are fictional; the index is built through the project's store and searched
through the search service, as ``parteisuche search`` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.engine.store import IndexStore
from indexer.search import SearchRequest, SearchService

#: key -> (title, text); names and places made up.
DOCUMENTS: dict[str, tuple[str, str]] = {
    "tarif_debatte": (
        "Arbeit",
        "Ohne Tarifbindung keine fairen Löhne: die Tarifbindung in Tannfeld sinkt seit Jahren, "
        "und wo die Tarifbindung fehlt, fehlt der Betriebsrat. Tarifbindung ist Sache der "
        "Sozialpartner, sagte Frau Brakel.",
    ),
    "tarif_nebenbei": (
        "Haushalt",
        "Wir wollen die Vereine stärken, die Feuerwehr, die Schulen und die Busse auf dem Land; "
        "auch die Tarifbindung kam kurz zur Sprache, bevor Herr Okonkwo lange über Brücken, "
        "Straßen, Radwege und den Winterdienst sprach.",
    ),
    "impf_debatte": (
        "Einrichtungsbezogene Impfpflicht",
        "Die Impfpflicht für die Heime kommt. Über die Impfpflicht wird seit Monaten "
        "gestritten; die Impfpflicht gilt ab März. Wer die Impfpflicht ablehnt, muss sagen, "
        "wie er die Bewohner schützt; eine Impfpflicht ist kein Selbstzweck, sagte Frau "
        "Lindqvist.",
    ),
    "impf_nebenbei": (
        "Haushalt",
        "Zum Haushalt: Straßen, Brücken, Schulen, Pflegekräfte, Polizei, die Impfpflicht von "
        "damals, Kitas und Sportplätze, alles kostet Geld, sagte Herr Tannberg im Ausschuss.",
    ),
    "pflege": ("Pflege", "Die Pflegekräfte in Tannfeld arbeiten am Limit."),
    "ehrenamt": ("Ehrenamt", "Wir müssen das Ehrenamt stärken, sagte Herr Brakel."),
    "feuerwehr": ("Feuerwehr", "Die freiwillige Feuerwehr stärken heißt Geräte kaufen."),
    "kommunen": ("Kommunen", "Die Kommunen stärken, nicht schwächen!"),
    "vereine": ("Sport", "Den Sportvereinen fehlt Geld; wir wollen sie stärken."),
    "familien": ("Familien", "Familien stärken: mehr Kitaplätze in Tannfeld."),
    "haushalt": ("Haushalt", "Der Haushalt für Straßen und Brücken wurde beschlossen."),
    "bahn": ("Verkehr", "Die Bahn fährt in Tannfeld wieder stündlich."),
    "wohnen": ("Wohnen", "Mieten in Tannfeld steigen schneller als die Löhne."),
    "kinder": ("Schulweg", "Die Kinder im Viertel brauchen einen sicheren Schulweg."),
    "rinder": ("Weide", "Die Rinder auf der Weide am Fluss wurden gezählt."),
    "wahl": ("Vorstand", "Die Wahl des Vorstands findet im Mai statt."),
    "wal": ("Küste", "Ein Wal wurde vor der Küste gesichtet."),
    "gut": ("Konzept", "Das Konzept ist gut durchdacht, sagte Frau Okonkwo."),
    "gueterverkehr": ("Schiene", "Der Güterverkehr soll auf die Schiene."),
    "phrase_apart": ("Sicherheit", "Die Strategie ist national, die Sicherheit regional."),
    "phrase_exact": ("Sicherheit", "Die nationale Strategie für Sicherheit fehlt noch."),
}

#: key -> (speaker, title, text): speeches whose speaker the text does not name.
SPEECHES: dict[str, tuple[str, str, str]] = {
    "rede_sommerfeld": (
        "Greta Sommerfeld",
        "Haushalt",
        "Wir lehnen diesen Haushalt ab, weil er die Dörfer vergisst, die Busse streicht und "
        "die Bäder schließt.",
    ),
    "rede_lars": ("Lars Tannberg", "Brücken", "Die Brücke in Seedorf muss saniert werden."),
}

#: Other business of made-up local councils, so that the words of the table are as rare as
#: a topic's words are in a real collection (idf), not in one of twenty documents.
PLACES = ("Tannfeld", "Birkenau", "Kleinweiler", "Ostermoor", "Heidbrück", "Lindholm",
          "Rabenau", "Seedorf")  # fmt: skip
TOPICS = ("den Radweg", "die Kirmes", "das Freibad", "die Bücherei", "den Friedhof", "die Ampel",
          "den Marktplatz", "die Glocke", "das Parkhaus", "den Spielplatz")  # fmt: skip
for _n, (_place, _topic) in enumerate((p, t) for p in PLACES for t in TOPICS):
    DOCUMENTS[f"filler{_n}"] = ("Ortsbeirat", f"Der Ortsbeirat von {_place} berät über {_topic}.")
DOCUMENTS["musik"] = ("Musik", "Wir wollen die Musikschulen stärken.")
DOCUMENTS["pflegeheime"] = ("Heime", "Die Heimaufsicht stärken, sagte Frau Tannberg.")

#: query -> (must find, must not find)
FINDS: list[tuple[str, set[str], set[str]]] = [
    ("Tarifbindung stärken", {"tarif_debatte", "tarif_nebenbei", "ehrenamt"}, {"gut"}),
    ("Impfpflicht Pflegekräfte", {"impf_debatte", "impf_nebenbei", "pflege"}, set()),
    # partial matches never reach a false friend
    ("Kinder Wahl", {"kinder", "wahl"}, {"rinder", "wal"}),
    ("Rinder Wal", {"rinder", "wal"}, {"kinder", "wahl"}),
    ("gut Güterverkehr", {"gut", "gueterverkehr"}, set()),
    ("gut Impfpflicht", {"gut", "impf_debatte"}, {"gueterverkehr"}),
    # a speaker's name in the genitive finds the speeches of that speaker
    ("Sommerfelds", {"rede_sommerfeld"}, set()),
    ("Lars", {"rede_lars"}, set()),
    # quoted phrases stay exact
    ('"nationale Strategie"', {"phrase_exact"}, {"phrase_apart"}),
]

#: query -> (ranked higher, ranked lower)
RANKS: list[tuple[str, str, str]] = [
    # "stärken" is common: no tier of its own above the speech about the Tarifbindung
    ("Tarifbindung stärken", "tarif_debatte", "tarif_nebenbei"),
    # the debate's speech without "Pflegekräfte" above both words once in passing
    ("Impfpflicht Pflegekräfte", "impf_debatte", "impf_nebenbei"),
    # with comparable matches, more of the words still rank first
    ("Impfpflicht Pflegekräfte", "impf_nebenbei", "pflege"),
    ("Tarifbindung stärken", "tarif_nebenbei", "ehrenamt"),
    ("Sommerfelds Haushalt", "rede_sommerfeld", "haushalt"),
]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    store = IndexStore(Path(tmp_path_factory.mktemp("plain")) / "index")
    writer = store.writer(store.create())
    for key, (title, text) in DOCUMENTS.items():
        writer.add_document(id=key, title=title, text=text, exact=f"{title}\n{text}")
    for key, (speaker, title, text) in SPEECHES.items():
        writer.add_document(id=key, title=title, text=text, exact=f"{title}\n{text}",
                            person=speaker, person_text=speaker)
    writer.commit()
    yield SearchService(store)


def _found(service: SearchService, query: str) -> list[str]:
    service.forget_queries()
    result = service.search(SearchRequest(q=query, page_size=100, with_snippets=False))
    return [hit.id for hit in result.hits]


@pytest.mark.parametrize(("query", "must", "must_not"), FINDS, ids=[row[0] for row in FINDS])
def test_finds(service: SearchService, query: str, must: set[str], must_not: set[str]) -> None:
    found = set(_found(service, query))
    assert must <= found, f"{query!r} missed {sorted(must - found)}"
    assert not (must_not & found), f"{query!r} found {sorted(must_not & found)}"


@pytest.mark.parametrize(("query", "higher", "lower"), RANKS,
                         ids=[f"{q}: {h} > {lo}" for q, h, lo in RANKS])
def test_ranks(service: SearchService, query: str, higher: str, lower: str) -> None:
    found = _found(service, query)
    assert higher in found and lower in found
    assert found.index(higher) < found.index(lower), found


def test_a_strict_tier_per_word_would_rank_the_passing_mention_first(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table above measures the soft bonus, not the fixture: with the old strict tier
    (1000 per word, every word counted) the rows turn round."""
    from indexer.query import parser

    monkeypatch.setattr(parser, "COVERAGE_BONUS", 1000.0)
    monkeypatch.setattr(parser, "COMMON_SHARE", 2.0)
    for query, higher, lower in RANKS[:2]:
        found = _found(service, query)
        assert found.index(lower) < found.index(higher), (query, found)


def test_without_common_terms_the_common_word_makes_a_tier(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indexer.query import parser

    monkeypatch.setattr(parser, "COMMON_SHARE", 2.0)
    found = _found(service, "Tarifbindung stärken")
    assert found.index("tarif_nebenbei") < found.index("tarif_debatte"), found


def test_without_the_genitive_rule_the_name_finds_nothing(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indexer.query import parser

    monkeypatch.setattr(parser._Builder, "_name_form", lambda self, form: form)
    assert _found(service, "Sommerfelds") == []
    found = _found(service, "Sommerfelds Haushalt")
    assert found.index("haushalt") < found.index("rede_sommerfeld"), found
