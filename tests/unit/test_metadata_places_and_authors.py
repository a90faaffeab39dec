"""Places that share a name, places of one's working life, a party's Bezirk, and the page's
author as evidence of a candidate's own post (fictional people; real places and parties)."""

from __future__ import annotations

import pytest

from tests.support.extraction import sure


def test_the_landkreis_is_named_where_a_city_shares_its_name() -> None:
    text = (
        "Für einen Kreistag, der zuhört\n\nServus miteinander,\nich trete auf Listenplatz 3 der "
        "ÖDP für den Kreistag des Landkreises Fürth an. Die Stadt Fürth wählt ihren eigenen "
        "Stadtrat.\n\nEure Verena Strobelmaier"
    )
    found = sure(text)
    assert found["office"] == "Kreistag"
    assert found["region"] == "Landkreis Fürth"  # bare "Fürth" reads as the city
    assert found["bundesland"] == "Bayern"


def test_a_town_one_worked_in_is_not_the_town_one_runs_in() -> None:
    text = (
        "Meine Bewerbung als Bürgermeisterin – SPD Langeoog\n\nMoin,\nich möchte Bürgermeisterin "
        "unserer Insel werden und trete bei der Bürgermeisterwahl an. Nach dem Studium habe ich "
        "acht Jahre in der Kämmerei der Stadt Wittmund gearbeitet, seit 2021 bin ich Mitglied "
        "im Rat der Gemeinde Langeoog.\n\nEure Imke Gerdesmann"
    )
    found = sure(text)
    assert found["office"] == "Bürgermeister"
    assert found["region"] == "Langeoog"


def test_a_party_bezirk_is_its_own_office_and_region() -> None:
    text = (
        "Bewerbung für den Bezirksvorsitz\n\nLiebe Genossinnen und Genossen,\nauf unserem "
        "Bezirksparteitag wählen wir einen neuen Bezirksvorstand. Ich bewerbe mich als "
        "Bezirksvorsitzender des SPD-Bezirks Weser-Ems. Seit 2013 bin ich Vorsitzender des "
        "Unterbezirks Leer.\n\nMit solidarischen Grüßen\nGerrit Uphoffmann"
    )
    found = sure(text)
    assert found["office"] == "Bezirksvorsitzender"
    assert found["region"] == "Weser-Ems"
    # a deputy is no chair: the vocabulary has no deputy Bezirksvorsitz, so no office at all
    deputy = sure(
        "Ich bewerbe mich als stellvertretende Bezirksvorsitzende der SPD im Bezirk Hannover."
        "\nAnna Bezirkowski"
    )
    assert deputy.get("office") != "Bezirksvorsitzender"


def test_a_qualified_town_name_is_that_town() -> None:
    text = (
        "Weimar (Lahn): Tobias Kehrmann will Bürgermeister werden\n\nDer SPD-Ortsverein Weimar "
        "(Lahn) hat Tobias Kehrmann als Kandidaten für die Bürgermeisterwahl nominiert. "
        "Amtsinhaber Gerhard Löwenau (parteilos) tritt nach 18 Jahren nicht mehr\nan."
    )
    found = sure(text)
    assert found["region"] == "Weimar (Lahn)"
    assert found["bundesland"] == "Hessen"
    assert found["person"] == "Tobias Kehrmann"  # not the incumbent who steps down


def test_the_page_author_signed_by_first_name_outweighs_the_list_leader() -> None:
    from indexer.metadata import extract_metadata

    text = (
        "Servus miteinander,\nich trete auf Listenplatz 3 der ÖDP für den Kreistag an. Unsere "
        "Liste wurde am 18. Oktober 2025 aufgestellt, angeführt von Kreisrat Gerhard Pfistermann, "
        "der seit 2014 im Kreistag sitzt.\n\nPfiat eich,\nVeronika"
    )
    found = extract_metadata(
        text, title="Für einen Kreistag, der zuhört", hints={"byline": "Veronika Strobelmaier"}
    )
    assert found["person"].value == "Veronika Strobelmaier"
    assert found["person"].confidence >= 0.5


def test_a_kreis_named_in_the_genitive_is_the_kreis() -> None:
    text = (
        "FREIE WÄHLER – Fraktion im Kreistag des Vogelsbergkreises\n\nStellungnahme zum "
        "Nahverkehrsplan\n\nLauterbach, den 30. Juni 2025\n\nDie Fraktion nimmt wie folgt "
        "Stellung: Wir begrüßen den Stundentakt.\n\nHartmut Schellhaas\nFraktionsvorsitzender"
    )
    found = sure(text)
    assert found["region"] == "Vogelsbergkreis"
    assert found["bundesland"] == "Hessen"


def test_a_sentence_comparing_parties_speaks_for_none_of_them() -> None:
    from indexer.metadata import extract_metadata

    text = (
        "Seit der Kommunalwahl sitzt Volt mit zwei Mandaten im Stadtrat. Mit der Grünen-Fraktion "
        "und der SPD klappt das oft gut, mit der CDU bei der Digitalisierung überraschend auch."
        "\n\nVolt Leipzig trifft sich jeden Dienstag."
    )
    found = extract_metadata(text, title="Interview mit Stadträtin Jana Kretschmer")["party"]
    assert found.value == "Volt"
    # the Greens' "Fraktion" in the comparison is no rival organisation any more
    assert found.confidence > 0.45


def test_a_unit_something_came_from_is_not_the_texts_own() -> None:
    text = (
        "Fragen zu meiner Kandidatur\n\nZu meiner Kandidatur zur Landesliste für die "
        "Bundestagswahl hat Rainer mir Fragen gestellt. Die Anträge, die ich vom Landesverband "
        "Brandenburg übernommen habe, habe ich auf dem Landesparteitag in Stralsund gestellt. "
        "In Rostock und Greifswald haben wir Stammtische gegründet.\n\nNiels Lohmeier"
    )
    found = extract_metadata_values(text)
    assert found.get("bundesland") != "Brandenburg"
    assert found.get("region") != "Brandenburg"


def extract_metadata_values(text: str) -> dict[str, object]:
    from indexer.metadata import extract_metadata

    return {k: v.value for k, v in extract_metadata(text).items()}


def test_a_local_branch_under_its_citys_name_lies_in_that_city() -> None:
    text = (
        "Kandidatenvorstellung Ortsbeirat 4 (Bornheim/Ostend)\nFDP Frankfurt am Main – "
        "Ortsverband Bornheim/Ostend\n\nPlatz 1: Johanna Prätorius-Nguyen\n\nJohanna wohnt seit "
        "2017 in Bornheim. Bei der Kommunalwahl tritt sie auf Platz 1 der FDP-Liste für den "
        "Ortsbeirat 4 an."
    )
    found = sure(text)
    assert found["bundesland"] == "Hessen"  # not Bornheim in Nordrhein-Westfalen
    assert found["region"] == "Bornheim/Ostend"


def test_official_abbreviations_match_the_names_written_out() -> None:
    from indexer.metadata import gazetteer

    assert [p.name for p in gazetteer.gemeinden("Lohr am Main")] == ["Lohr a.Main"]
    assert [p.land for p in gazetteer.gemeinden("Neumarkt in der Oberpfalz")] == ["BY"]
    text = (
        "Bewerbung als Bürgermeisterin\n\nIch kandidiere bei der Kommunalwahl als "
        "Bürgermeisterin der Stadt Simbach am Inn.\n\nAnna Rottaler-Huber"
    )
    found = sure(text)
    assert found["region"] == "Simbach am Inn"  # as written, not the table's "Simbach a.Inn"
    assert found["bundesland"] == "Bayern"


def test_a_district_council_is_not_the_namesake_town_elsewhere() -> None:
    text = (
        "Hallo Nachbarinnen und Nachbarn,\nbei der Kommunalwahl kandidiere ich auf Platz 2 "
        "unserer Liste für den Ortsbeirat Bornheim. Ich bin Yasemin Karahan und wohne seit "
        "zwölf Jahren in der Berger Straße.\nEure Yasemin"
    )
    found = sure(text)
    assert found.get("bundesland") != "Nordrhein-Westfalen"  # the town Bornheim near Bonn
    assert found["region"] == "Bornheim"
    # the site's name in the page title says which city: "DIE LINKE. Frankfurt"
    titled = sure(text, title="Ich kandidiere für den Ortsbeirat Bornheim | DIE LINKE. Frankfurt")
    assert titled["bundesland"] == "Hessen"


@pytest.mark.parametrize(("title", "land"), [
    ("Unsere Kandidaten | SPD Kassel", "Hessen"),
    ("Termine – DIE LINKE. Frankfurt", "Hessen"),
])
def test_a_party_unit_named_by_its_town_gives_the_context(title: str, land: str) -> None:
    from indexer.metadata import document
    from indexer.metadata.landcontext import LandContext

    assert LandContext(document.build("Ein Text ohne Ort.", title)).top() == gazetteer_code(land)


def gazetteer_code(land: str) -> str:
    from indexer.metadata import gazetteer

    code = gazetteer.land_code(land)
    assert code is not None
    return code


def test_the_csu_places_a_small_town_in_bavaria_against_a_namesake_district() -> None:
    text = (
        "Liebe Mitglieder des CSU-Ortsverbands Münsing,\n\nbei der Ortshauptversammlung in "
        "Ammerland bewerbe ich mich um den Vorsitz unseres Ortsverbands. Ammerland liegt mir "
        "am Herzen.\n\nEuer Korbinian Stangl"
    )
    found = sure(text, title="Bewerbung für den Ortsvorsitz")
    assert found["region"] == "Münsing"
    assert found["bundesland"] == "Bayern"  # not the Landkreis Ammerland in Niedersachsen
