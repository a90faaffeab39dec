"""Gazetteers and the normalisers other modules use: canonical_party/office, bundesland_of.

The project's own tables are checked against the official extracts in ../shared/gazetteers
(read from there, never copied), so a typo in a constituency or Land cannot slip in.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from indexer.metadata import bundesland_of, canonical_office, canonical_party, gazetteer

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("PARTEISUCHE_SHARED", ROOT.parent / "shared"))
GAZETTEERS = SHARED / "gazetteers"


def _shared_csv(name: str) -> list[dict[str, str]]:
    path = GAZETTEERS / name
    if not path.exists():
        pytest.skip(f"shared gazetteer not available: {path} (present in CI, absent in a clone)")
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_wahlkreise_match_the_official_table() -> None:
    rows = _shared_csv("wahlkreise-btw2025.csv")
    assert len(rows) == 299
    for row in rows:
        wk = gazetteer.wahlkreis(int(row["nummer"]))
        assert wk is not None, row
        assert wk.name == row["name"]
        assert gazetteer.land_name(wk.land) == row["land"]
    assert gazetteer.wahlkreis(300) is None


def test_kreise_match_the_official_table() -> None:
    rows = _shared_csv("kreise-2024.csv")
    assert len(rows) == 400
    ours = {
        fields[0]: fields
        for fields in gazetteer._rows("kreise.tsv")  # noqa: SLF001 - the table as shipped
    }
    assert len(ours) == 400
    for row in rows:
        ags, land, typ, name = ours[row["ags"]][:4]
        assert name == row["name"]
        assert typ == row["typ"]
        assert gazetteer.land_name(land) == row["land"]


def test_every_land_has_its_constituencies() -> None:
    counts: dict[str, int] = {}
    for number in range(1, 300):
        wk = gazetteer.wahlkreis(number)
        assert wk is not None
        counts[wk.land] = counts.get(wk.land, 0) + 1
    assert len(counts) == 16
    assert counts["ST"] == 8 and counts["BY"] == 47 and counts["NW"] == 64


@pytest.mark.parametrize(
    ("region", "land"),
    [
        ("Leipzig-Süd (Wahlkreis 152)", "Sachsen"),
        ("Leipzig Süd", "Sachsen"),
        ("Wahlkreis 173", "Hessen"),
        ("Chemnitz (Wahlkreis 161)", "Sachsen"),
        ("Sachsen-Anhalt", "Sachsen-Anhalt"),
        ("NRW", "Nordrhein-Westfalen"),
        ("Landkreis Rosenheim", "Bayern"),
        ("Rosenheim-Land", "Bayern"),
        ("Bochum-Langendreer", "Nordrhein-Westfalen"),
        ("Potsdam-Mittelmark II", "Brandenburg"),
        ("Hamburg-Altona", "Hamburg"),
        ("Lichtenberg", "Berlin"),
        ("Freiburg", "Baden-Württemberg"),
        ("Frankfurt am Main", "Hessen"),
        ("Region Hannover", "Niedersachsen"),
        ("Kreisverband Anhalt-Bitterfeld", "Sachsen-Anhalt"),
    ],
)
def test_bundesland_of(region: str, land: str) -> None:
    assert bundesland_of(region) == land


@pytest.mark.parametrize(
    "region", ["", "Deutschland", "Atlantis", "Harburg", "Frankfurt", "Wahlkreis 999"]
)
def test_bundesland_of_unknown_or_ambiguous(region: str) -> None:
    # Harburg: Hamburg district and Landkreis in NI; Frankfurt: am Main and (Oder).
    assert bundesland_of(region) is None


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("BÜNDNIS 90/DIE GRÜNEN", "Bündnis 90/Die Grünen"),
        ("Grüne", "Bündnis 90/Die Grünen"),
        ("DIE LINKE", "Die Linke"),
        ("DIE LINKE.", "Die Linke"),
        ("Linke", "Die Linke"),
        ("CDU/CSU", "CDU/CSU"),
        ("fraktionslos", "fraktionslos"),
        ("cdu", "CDU"),
        ("Freie Demokraten", "FDP"),
        ("BVB / Freie Wähler", "Freie Wähler"),
        ("Bündnis Sahra Wagenknecht", "BSW"),
        ("Volt Deutschland", "Volt"),
        ("Piraten", "Piratenpartei"),
        ("ödp", "ÖDP"),
        ("Die PARTEI", "Die PARTEI"),
        ("SPD Landesverband Sachsen", "SPD"),
    ],
)
def test_canonical_party(given: str, canonical: str) -> None:
    assert canonical_party(given) == canonical


@pytest.mark.parametrize("given", ["", "   ", "Kaninchenzüchterverein", "IG Metall"])
def test_canonical_party_unknown(given: str) -> None:
    assert canonical_party(given) is None


@pytest.mark.parametrize(
    ("label", "canonical"),
    [
        ("Oberbürgermeisterin", "Oberbürgermeister"),
        ("stellvertretende Landesvorsitzende", "stellv. Landesvorsitzender"),
        ("stellv. Kreisvorsitzender", "stellv. Kreisvorsitzender"),
        ("Landesvorsitzende", "Landesvorsitzender"),
        ("Direktkandidat Bundestag", "Direktkandidat Bundestag"),
        ("Direktkandidatin Landtag", "Direktkandidat Landtag"),
        ("Landrätin", "Landrat"),
        ("Stadträtin", "Stadtrat"),
        ("Kreistag", "Kreistag"),
        ("Delegierte zum Bundesparteitag", "Bundesparteitagsdelegierter"),
        ("Landesschatzmeisterin", "Landesschatzmeister"),
    ],
)
def test_canonical_office(label: str, canonical: str) -> None:
    assert canonical_office(label) == canonical


@pytest.mark.parametrize(
    "label", ["Mitglied des Bundestages", "Bundesminister der Finanzen", "", "Direktkandidat"]
)
def test_canonical_office_none_for_other_roles(label: str) -> None:
    assert canonical_office(label) is None


def test_gemeinden_match_the_official_table() -> None:
    """The shipped table is the official extract: every key, name, Land, Kreis, population."""
    rows = _shared_csv("gemeinden-2025.csv")
    assert len(rows) == 10751
    ours = {
        fields[0]: fields
        for fields in gazetteer._rows("gemeinden.tsv")  # noqa: SLF001 - the table as shipped
    }
    assert len(ours) == len(rows)
    assert sum(int(fields[4]) for fields in ours.values()) == 83_576_223
    for row in rows:
        ags, land, kreis, typ, population, plz, name, aliases = ours[row["ags"]][:8]
        assert (name, typ, kreis, population, plz) == (
            row["name"],
            row["typ"],
            row["kreis_ags"],
            row["einwohner"],
            row["plz"],
        )
        assert gazetteer.land_name(land) == row["land"]
        for alias in (row["name_kurz"], row["name_frueher"]):
            assert not alias or alias in aliases.split("|")


def test_every_gemeinde_lies_in_a_known_kreis() -> None:
    kreise = {fields[0] for fields in gazetteer._rows("kreise.tsv")}  # noqa: SLF001
    for fields in gazetteer._rows("gemeinden.tsv"):  # noqa: SLF001
        assert fields[2] in kreise, fields
        assert fields[2].startswith(fields[0][:2])


def test_gemeinden_largest_first_and_aliases_after_names() -> None:
    roth = gazetteer.gemeinden("Roth")
    named = [p for p in roth if p.name == "Roth"]
    assert len(named) == 5 and roth[: len(named)] == tuple(named)  # "Roth bei Prüm" after
    assert (roth[0].land, roth[0].typ) == ("BY", "Stadt")
    assert [p.population for p in named] == sorted((p.population for p in named), reverse=True)
    (hardenberg,) = gazetteer.gemeinden("Nörten-Hardenberg")
    assert hardenberg.land == "NI" and gazetteer.kreis_of(hardenberg) == "Northeim"
    frankfurt = gazetteer.gemeinden("Frankfurt")  # an alias only: am Main and (Oder)
    assert {p.land for p in frankfurt} == {"HE", "BB"}
    assert gazetteer.gemeinden("Stadt Ochtrup")[0].land == "NW"
    assert gazetteer.gemeinden("Atlantis") == ()


@pytest.mark.parametrize(
    ("postcode", "land"),
    [("37176", "NI"), ("48607", "NW"), ("04109", "SN"), ("00001", None), ("1234", None)],
)
def test_land_of_postcode(postcode: str, land: str | None) -> None:
    assert gazetteer.land_of_postcode(postcode) == land


@pytest.mark.parametrize(
    ("region", "land"),
    [
        ("Elmshorn", "Schleswig-Holstein"),
        ("Nörten-Hardenberg", "Niedersachsen"),
        ("Hilden", "Nordrhein-Westfalen"),
    ],
)
def test_bundesland_of_a_gemeinde(region: str, land: str) -> None:
    assert bundesland_of(region) == land


def test_fast_gemeinde_keys_equal_the_full_normalisation() -> None:
    """The table is indexed with a cheap key; it must be the key lookups normalise to."""
    for fields in gazetteer._rows("gemeinden.tsv"):  # noqa: SLF001
        for name in [fields[6], *filter(None, fields[7].split("|"))]:
            assert gazetteer._key(name) == gazetteer.norm(name), name  # noqa: SLF001


def test_landscapes_lie_in_their_land_only() -> None:
    """A landscape counts for its Land: it must be no Kreis or sizeable town elsewhere."""
    rows = list(gazetteer._rows("landschaften.tsv"))  # noqa: SLF001
    assert len(rows) == 30
    for land, name, *_ in rows:
        assert gazetteer.landscape_land(name) == land
        elsewhere = [p for p in gazetteer.places(name) if p.land != land]
        elsewhere += [
            p for p in gazetteer.gemeinden(name) if p.land != land and p.population > 5000
        ]
        assert not elsewhere, (name, elsewhere)
        assert gazetteer.land_code(name) is None, name  # not a Land's name or alias


@pytest.mark.parametrize(
    ("written", "kreis"),
    [("Rhein-Lahn", "Rhein-Lahn-Kreis"), ("Ennepe-Ruhr", "Ennepe-Ruhr-Kreis"),
     ("Saale-Orla", "Saale-Orla-Kreis")],
)  # fmt: skip
def test_a_kreis_is_found_without_its_kreis_suffix(written: str, kreis: str) -> None:
    assert [p.name for p in gazetteer.places(written)] == [kreis]


def test_a_one_part_kreis_needs_its_suffix() -> None:
    assert gazetteer.places("Ilm") == ()


def test_hamburg_districts_display_their_official_names() -> None:
    assert [p.name for p in gazetteer.places("Hamburg-Wandsbek")] == ["Wandsbek"]
    assert [p.name for p in gazetteer.places("Harburg") if p.land == "HH"] == ["Hamburg-Harburg"]


def test_a_gemeinde_is_named_as_the_town_writes_it() -> None:
    """The register writes "Dillingen/ Saar"; the town, and every text, "Dillingen/Saar"."""
    for written in ("Dillingen/Saar", "Dillingen/ Saar"):
        (place,) = gazetteer.gemeinden(written)
        assert place.name == "Dillingen/Saar" and place.land == "SL"


@pytest.mark.parametrize(
    ("spoken", "kreis"),
    [("Saarpfalz", "Saarpfalz-Kreis"), ("Hochtaunus", "Hochtaunuskreis"),
     ("Vogelsberg", "Vogelsbergkreis"), ("Rhein-Sieg", "Rhein-Sieg-Kreis")],
)  # fmt: skip
def test_a_kreis_is_found_by_the_name_parties_give_it(spoken: str, kreis: str) -> None:
    assert gazetteer.places(spoken)[0].name == kreis


@pytest.mark.parametrize("word", ["Ilm", "Heide", "Saale", "Enz"])
def test_a_short_stem_is_no_kreis_of_its_own(word: str) -> None:
    assert all(place.kind != "kreis" for place in gazetteer.places(word))


@pytest.mark.parametrize(
    ("name", "lands"),
    [
        # Neustadt an der Weinstraße (RP) and Neustadt am Rübenberge (NI) are of a size
        ("Neustadt", {"RP", "NI"}),
        # a namesake at least a fifth of the size makes the short name ambiguous
        ("Landau", {"RP", "BY"}),
    ],
)
def test_a_kreis_short_name_shared_by_towns_elsewhere_brings_them(
    name: str, lands: set[str]
) -> None:
    found = gazetteer.places(name)
    assert found[0].kind == gazetteer.KREIS
    assert lands <= {p.land for p in found}


@pytest.mark.parametrize(
    "name",
    # far larger than any namesake; the full name; a Landkreis ("Kreisverband Borken")
    ["Halle", "Freiburg", "Neustadt an der Weinstraße", "Borken", "Landsberg"],
)
def test_a_kreis_far_larger_than_its_namesakes_stands_alone(name: str) -> None:
    assert len({p.land for p in gazetteer.places(name)}) == 1


def test_gemeindeverbaende_match_the_official_table() -> None:
    """Each Gemeinde's Verbandsgemeinde, Samtgemeinde, Amt, Verwaltungsgemeinschaft or
    Verwaltungsverband is the register's, by type and short name."""
    rows = {row["ags"]: row for row in _shared_csv("gemeinden-2025.csv")}
    kept = ("Verbandsgemeinde", "Samtgemeinde", "Amt", "Verwaltungsgemeinschaft",
            "Verwaltungsverband")  # fmt: skip
    for fields in gazetteer._rows("gemeinden.tsv"):  # noqa: SLF001
        row = rows[fields[0]]
        if row["gemeindeverband_typ"] not in kept:
            assert fields[8] == "", fields
            continue
        kind, name = fields[8].split(":", 1)
        assert kind == row["gemeindeverband_typ"]
        assert row["gemeindeverband"].split(",")[0].strip().endswith(name)


def test_a_gemeindeverband_is_one_place_of_its_members() -> None:
    elbe_heide = gazetteer.verband("Verbandsgemeinde", "Elbe-Heide")
    assert elbe_heide is not None
    assert (elbe_heide.name, elbe_heide.land, elbe_heide.typ) == (
        "Verbandsgemeinde Elbe-Heide", "ST", "Verbandsgemeinde"
    )
    assert gazetteer.kreis_of(elbe_heide) == "Börde"
    members = [f for f in gazetteer._rows("gemeinden.tsv") if f[8] == "Verbandsgemeinde:Elbe-Heide"]  # noqa: SLF001, E501
    assert elbe_heide.population == sum(int(f[4]) for f in members) and len(members) == 7
    hills = gazetteer.verband("Amt", "Hüttener Berge")
    assert hills is not None and hills.land == "SH"
    assert gazetteer.verband("Amt", "des") is None  # "das Amt des Bürgermeisters"
    assert gazetteer.verband("Samtgemeinde", "Elbe-Heide") is None  # the type must fit
