"""Token tables for the German analysis chain: input -> expected terms, one rule per table."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.analysis import exact_analyzer, fold, german_analyzer, split_compound, tokens
from indexer.analysis.filters import GermanStemFilter
from indexer.analysis.tokenizer import GermanTokenizer

EXACT = exact_analyzer()
GERMAN = german_analyzer()


def exact(text: str, mode: str = "index") -> list[str]:
    return tokens(text, EXACT, mode)


def stemmed(text: str, mode: str = "query") -> list[str]:
    return tokens(text, GERMAN, mode)


def positions(text: str, mode: str = "index") -> list[tuple[str, int]]:
    return [(t.text, t.pos) for t in EXACT(text, mode=mode, positions=True)]


# --- tokenizing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "index", "query"),
    [
        ("Leipzig-Süd", ["leipzigsued", "leipzig", "sued"], ["leipzig", "sued"]),
        (
            "Ost-West-Rentenüberleitung",
            ["ostwestrentenueberleitung", "ost", "west", "rentenueberleitung"],
            ["ost", "west", "rentenueberleitung"],
        ),
        ("9-Euro-Ticket", ["9euroticket", "9", "euro", "ticket"], ["9", "euro", "ticket"]),
        ("CO2-Preis", ["co2preis", "co2", "preis"], ["co2", "preis"]),
        ("und -Speicherung", ["und", "speicherung"], ["und", "speicherung"]),
        ("Ausbau – schnell", ["ausbau", "schnell"], ["ausbau", "schnell"]),
    ],
)
def test_hyphenated_words_whole_and_parts(text: str, index: list[str], query: list[str]) -> None:
    assert exact(text) == index
    assert exact(text, "query") == query


def test_hyphen_whole_shares_the_first_parts_position() -> None:
    assert positions("die Leipzig-Süd Wahl") == [
        ("die", 0), ("leipzigsued", 1), ("leipzig", 1), ("sued", 2), ("wahl", 3),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Bürger*innen", "Bürger:innen", "Bürger_innen", "BürgerInnen", "Bürger/innen"]
)
def test_gender_forms_meet_buergerinnen_and_buerger(text: str) -> None:
    assert exact(text) == ["buergerinnen", "buerger"]
    assert exact(text, "query") == ["buergerinnen"]
    assert stemmed(text) == stemmed("Bürgerinnen") == stemmed("Bürger")


def test_gender_singular() -> None:
    assert exact("Lehrer*in") == ["lehrerin", "lehrer"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wahlkreis 152", ["wahlkreis", "152"]),
        ("Drucksache 19/28444", ["drucksache", "19/28444"]),
        ("§ 218", ["§218", "218"]),
        ("§218a StGB", ["§218a", "218a", "stgb"]),
        ("1.000 Euro", ["1.000", "euro"]),
        ("2,5 Prozent", ["2,5", "prozent"]),
        ("am 2024-09-01", ["am", "2024-09-01"]),
        ("9 Euro Ticket", ["9", "euro", "ticket"]),
    ],
)
def test_numbers_and_identifiers_stay_whole(text: str, expected: list[str]) -> None:
    assert exact(text) == expected


def test_paragraph_query_is_the_whole_sign() -> None:
    assert exact("§ 218", "query") == ["§218"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Wir schaffen das“", ["wir", "schaffen", "das"]),
        ("»Zeitenwende«", ["zeitenwende"]),
        ("geht’s", ["gehts"]),
        ("geht's", ["gehts"]),
        ("McDonald’s", ["mcdonalds"]),
        ("‚halbe‘ Sache", ["halbe", "sache"]),
    ],
)
def test_quotation_marks_and_apostrophes(text: str, expected: list[str]) -> None:
    assert exact(text) == expected


# --- folding -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Muetterrente", "Mütterrente"),
        ("Buergergeld", "Bürgergeld"),
        ("Strasse", "Straße"),
        ("Haertefallfonds", "Härtefallfonds"),
        ("Vermoegensteuer", "Vermögensteuer"),
        ("MUETTERRENTE", "MÜTTERRENTE"),
    ],
)
def test_typed_umlauts_meet_umlauts(typed: str, written: str) -> None:
    assert exact(typed) == exact(written)
    assert stemmed(typed) == stemmed(written)


@pytest.mark.parametrize(("text", "expected"), [("Steuer", "steuer"), ("Café", "cafe"),
                                                ("Quelle", "quelle"), ("ẞ", "ss")])
def test_fold_leaves_plain_ue_alone_and_strips_other_accents(text: str, expected: str) -> None:
    assert fold(text) == expected


# --- stemming ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        ("Abgeordnete", "Abgeordneter", "Abgeordneten"),
        ("Rente", "Renten"),
        ("erhöhen", "Erhöhung"),
        ("abschaffen", "Abschaffung"),
    ],
)
def test_inflections_share_a_stem(words: tuple[str, ...]) -> None:
    assert len({tuple(stemmed(w)) for w in words}) == 1


def test_stopwords_dropped_but_single_characters_kept() -> None:
    assert stemmed("die Rente und der 9 Euro Ticket") == ["rent", "9", "euro", "ticket"]


def test_numbers_are_not_stemmed() -> None:
    assert stemmed("CO2 19/28444") == ["co2", "19/28444"]


def test_ung_nouns_also_index_their_verb() -> None:
    index = stemmed("Regierung", "index")
    assert stemmed("regieren")[0] in index
    # but only nouns whose -ung Snowball cut: "Zeitung" is not "Zeit"
    assert stemmed("Zeit")[0] not in stemmed("Zeitung", "index")


# --- compounds ---------------------------------------------------------------------------------


def test_compound_indexed_whole_and_by_parts() -> None:
    index = stemmed("Mindestlohnerhöhung", "index")
    assert index[0] == stemmed("Mindestlohnerhöhung")[0]
    for part in ("Mindestlohn", "Lohn", "Erhöhung"):
        assert stemmed(part)[0] in index


def test_compounds_not_split_when_querying() -> None:
    assert stemmed("Mindestlohnerhöhung") == ["mindestlohnerhoh"]


def test_compound_parts_share_the_position_and_weigh_less() -> None:
    toks = [
        (t.text, t.pos, t.boost)
        for t in GERMAN("neue Mindestlohnerhöhung", mode="index", positions=True)
    ]
    assert toks[0][:2] == ("neu", 0)
    whole = toks[1]
    assert whole[1] == 1 and whole[2] == 1.0
    parts = [t for t in toks[2:]]
    assert parts and all(pos == 1 and boost < 1.0 for _, pos, boost in parts)


@pytest.mark.parametrize("word", ["Leipzig", "Vorsitzender", "Regierung", "insgesamt"])
def test_ordinary_words_not_split(word: str) -> None:
    assert split_compound(word) == []
    assert stemmed(word, "index")[0] == stemmed(word)[0]


def test_petitionsausschuss_splits_only_into_real_parts() -> None:
    index = stemmed("Petitionsausschuss", "index")
    assert index[1:] == [stemmed("Petition")[0], stemmed("Ausschuss")[0]]


def test_hyphenated_compound_meets_written_together() -> None:
    assert set(stemmed("Mindestlohnerhöhung")) <= set(stemmed("Mindestlohn-Erhöhung", "index"))


# --- exact field -------------------------------------------------------------------------------


def test_exact_field_is_unstemmed_with_stopwords() -> None:
    assert exact("Die Abgeordneten der Linken") == ["die", "abgeordneten", "der", "linken"]


def test_exact_field_does_not_split_compounds() -> None:
    assert exact("Mindestlohnerhöhung") == ["mindestlohnerhoehung"]


# --- Whoosh contract ---------------------------------------------------------------------------


def test_analyzers_pickle_and_compare_equal() -> None:
    for make in (german_analyzer, exact_analyzer):
        chain = make()
        copy = pickle.loads(pickle.dumps(chain))
        assert copy == make()
        assert tokens("Mütterrente erhöhen", copy) == tokens("Mütterrente erhöhen", make())


def test_stem_filter_pickles_without_the_c_stemmer() -> None:
    f = GermanStemFilter()
    list(f.__call__(iter([])))
    state = f.__getstate__()
    assert state == {"derive": True, "derive_boost": 0.5}
    assert GermanStemFilter(derive=False) != f


def test_tokenizer_chars_point_into_the_text() -> None:
    text = "Die Leipzig-Süd und § 218"
    for t in GermanTokenizer()(text, chars=True, mode="index"):
        assert text[t.startchar : t.endchar]


def test_tokenize_false_keeps_the_value_whole() -> None:
    assert [t.text for t in GermanTokenizer()("Die Linke", tokenize=False)] == ["die linke"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_analyzers_never_raise(text: str) -> None:
    for mode in ("index", "query"):
        tokens(text, GERMAN, mode)
        tokens(text, EXACT, mode)
        list(GERMAN(text, mode=mode, positions=True, chars=True))
