"""Who publishes and who signs: invitations, obituaries, local branches, web-page site names.

Fictional people; real places and parties.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from indexer.metadata import document, gazetteer, office, region
from tests.support.extraction import sure
from webapp.cli import cli


def test_an_agenda_item_that_will_nominate_makes_no_candidacy() -> None:
    text = (
        "Einladung zur Jahreshauptversammlung\n\n"
        "Liebe Mitglieder des SPD-Ortsvereins Bad Bevensen,\n"
        "hiermit laden wir euch herzlich zur Jahreshauptversammlung am Freitag, 13. Februar "
        "2026, um 19 Uhr ein.\nTagesordnung:\n1. Begrüßung\n2. Bericht des Vorstands\n"
        "3. Wahl des Vorstands\n4. Nominierung unserer Kandidatin für die Samtgemeinderatswahl\n"
        "Mit solidarischen Grüßen\nKatrin Warnecke-Schulz\nOrtsvereinsvorsitzende"
    )
    found = sure(text)
    assert found["doc_type"] == "other"
    assert "office" not in found
    assert found["person"] == "Katrin Warnecke-Schulz"  # the signing author


def test_a_call_for_candidacies_names_no_sought_office() -> None:
    text = (
        "Einladung zur Kreismitgliederversammlung\n\n"
        "Liebe Freundinnen und Freunde, am 20. September wählen wir einen neuen Kreisvorstand. "
        "Bewerbungen für die Wahlen sind bis zum 13. September an den Kreisvorstand zu richten.\n"
        "Wer kandidieren möchte, stellt sich auf der Versammlung kurz vor.\n\n"
        "Grüne Kreisverband Wesermarsch"
    )
    found = sure(text)
    assert "office" not in found
    assert found.get("doc_type") != "candidacy"
    # the Kreisvorstand that receives the bids is no office anybody seeks here
    hits = office.find_offices(document.build(text, None), "")
    assert all("Bewerbungen" not in hit.sentence.text for hit in hits)


def test_a_signature_with_the_signers_role_names_the_author() -> None:
    text = (
        "Nachruf\n\nDer CDU-Gemeindeverband Uedem trauert um sein Ehrenmitglied Heinrich "
        "Wellenbrink, der im Alter von 88 Jahren verstorben ist. Er war viele Jahre "
        "Vorsitzender des Gemeindeverbandes.\nWir werden ihm ein ehrendes Andenken bewahren.\n"
        "Für den Vorstand\nClaudia Vennekamp, Vorsitzende"
    )
    found = sure(text)
    assert found["person"] == "Claudia Vennekamp"  # not the deceased
    assert found["region"] == "Uedem"  # a CDU Gemeindeverband is a local unit
    assert found["bundesland"] == "Nordrhein-Westfalen"


def test_a_kreis_named_land_is_the_landkreis_not_the_city_district() -> None:
    assert {p.land for p in gazetteer.resolve("Harburg")} == {"NI", "HH"}
    assert [p.land for p in gazetteer.resolve("Harburg-Land")] == ["NI"]
    text = (
        "Kreisverband Harburg-Land\n\nBewerbung als Beisitzer im Kreisvorstand\n\n"
        "Moin zusammen,\nich bin Arne Wiechelmann, 57 Jahre alt, Zimmermeister. In den "
        "Kreisvorstand möchte ich die Sicht des Handwerks einbringen.\nArne Wiechelmann"
    )
    found = sure(text)
    assert found["region"] == "Harburg-Land"
    assert found["bundesland"] == "Niedersachsen"


def test_a_web_pages_site_name_in_its_title_names_the_publisher(tmp_path: Path) -> None:
    """The h1 is the title shown; the <title>'s site name still says who published the page."""
    page = tmp_path / "kandidatur.html"
    page.write_text(
        "<html><head><title>Kandidatur für den Landesvorstand – Grüne Jugend Thüringen</title>"
        "</head><body><main><article><h1>Kandidatur für den Landesvorstand</h1>"
        "<p>Hallo ihr Lieben,</p><p>mein Name ist Lio Brandauer, ich bin 22 Jahre alt. Auf der "
        "Landesmitgliederversammlung möchte ich in den Landesvorstand gewählt werden.</p>"
        "<p>Ich freu mich auf euch!<br>Lio</p></article></main></body></html>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["extract", "--json", str(page)], catch_exceptions=False)
    row = json.loads(result.stdout)
    assert row["title"] == "Kandidatur für den Landesvorstand"
    assert row["party"] == "Bündnis 90/Die Grünen"
    assert row["bundesland"] == "Thüringen"


def test_minutes_under_a_sender_line_are_no_candidacy() -> None:
    text = (
        "BÜNDNIS 90/DIE GRÜNEN – Ortsverband Pirna\n\n"
        "Protokoll der Mitgliederversammlung vom 04.11.2025\n\nSitzungsleitung: Claus Reinwald\n\n"
        "TOP 4 Bericht aus dem Kreisverband\nDie Kreismitgliederversammlung findet am 24. Januar "
        "2026 statt. Dort wird auch der Kreisvorstand neu gewählt. Bewerbungen sind bis zum "
        "10. Januar an den Kreisvorstand zu richten.\n\ngez. Claus Reinwald"
    )
    found = sure(text)
    assert found["doc_type"] == "other"
    assert "office" not in found


def test_an_invitation_to_a_nominating_assembly_names_no_candidate() -> None:
    text = (
        "SPD-Unterbezirk München-Land\nDer Vorstand\n\nUnterhaching, 28. Oktober 2024\n\n"
        "Einladung zur Aufstellungsversammlung für die Bundestagswahl 2025\n\n"
        "Liebe Genossinnen und Genossen,\nhiermit laden wir euch herzlich ein.\nTagesordnung:\n"
        "1. Eröffnung\n4. Vorstellung der Bewerberinnen und Bewerber\n"
        "5. Wahl der Direktkandidatin/des Direktkandidaten für den Wahlkreis 220\n\n"
        "Mit solidarischen Grüßen\nGabriele Huttmann"
    )
    found = sure(text)
    assert found["doc_type"] == "other"
    assert "office" not in found


def test_an_interview_with_an_office_holder_about_her_work_is_no_candidacy() -> None:
    text = (
        "Seit der Kommunalwahl sitzt Volt mit zwei Mandaten im Leipziger Stadtrat. Wir haben mit "
        "Stadträtin Johanna Kretschmer über das erste Jahr gesprochen.\n\n"
        "Johanna, ein Jahr Stadtrat – wie fällt deine Bilanz aus?\n\nGemischt.\n\n"
        "Was ist dein wichtigstes Thema?\n\nMobilität.\n\nWirst du wieder antreten?\n\n"
        "Darüber entscheide ich später."
    )
    found = sure(text, title="Interview mit Stadträtin Johanna Kretschmer")
    assert found.get("doc_type") != "candidacy"


def test_minutes_belong_to_the_local_branch_that_holds_them() -> None:
    text = (
        "BÜNDNIS 90/DIE GRÜNEN – Ortsverband Pirna\n\nProtokoll der Mitgliederversammlung vom "
        "04.11.2025\n\nTOP 4 Bericht aus dem Kreisverband Sächsische Schweiz-Osterzgebirge\n"
        "Die Kreismitgliederversammlung findet im Januar statt.\n\ngez. Claus Reinwald"
    )
    # as the text reader gives it: the first line is the title, the text keeps it
    found = sure(text, title=text.split("\n", 1)[0])
    assert found["region"] == "Pirna"
    assert found["bundesland"] == "Sachsen"


def test_a_branch_named_with_its_party_before_its_place() -> None:
    text = (
        "PROTOKOLL\nder Mitgliederversammlung des Ortsverbands Bündnis 90/Die Grünen Nauen\n"
        "am 17. September 2025, Gaststätte „Zum Havelländer“, Nauen\n\nAnwesend: 14 Mitglieder"
    )
    units = region._units(document.build(text, "PROTOKOLL"))
    assert "Bündnis" not in [unit.place for unit in units]  # the party is no place
    found = sure(text, title="PROTOKOLL")
    assert found["region"] == "Nauen"
    assert found["bundesland"] == "Brandenburg"


def test_declining_to_run_again_is_no_candidacy() -> None:
    text = (
        "Kreisverband Vorpommern-Rügen\n\nLiebe Mitglieder,\n\nwie ihr wisst, habe ich im "
        "Frühjahr angekündigt, nicht erneut für den Kreisvorsitz zu kandidieren. Nach sechs "
        "Jahren ist es Zeit für neue Gesichter.\n\nMit herzlichen Grüßen\nGunnar Pieplowski\n"
        "Stralsund, 3. Juni 2025"
    )
    found = sure(text)
    assert found.get("doc_type") != "candidacy"
    assert "office" not in found


def test_a_council_groups_press_release_belongs_to_its_city() -> None:
    text = (
        "Stadtratsfraktion fordert Hitzeschutzplan\n\nAugsburg, 8. Juli 2025 – Die "
        "SPD-Stadtratsfraktion fordert einen Hitzeschutzplan.\n\nSPD-Stadtratsfraktion Augsburg"
    )
    found = sure(text, title="Pressemitteilung: Hitzeschutzplan – SPD Stadtratsfraktion Augsburg")
    assert found["region"] == "Augsburg"


def test_a_newsletters_table_of_contents_announces_no_candidacy() -> None:
    text = (
        "Newsletter der SPD Gelsenkirchen – Juni 2025\n\nLiebe Genossinnen und Genossen,\n\n"
        "in diesem Newsletter:\n- Rückblick auf das Sommerfest in Buer\n- Unser OB-Kandidat "
        "Kai Brammerts stellt sich vor (Seite 2)\n- Termine im Juli\n\nDas Sommerfest war ein "
        "voller Erfolg.\n\nEuer Vorstand"
    )
    found = sure(text, title="Newsletter der SPD Gelsenkirchen – Juni 2025")
    assert found["doc_type"] == "other"
    assert "person" not in found


def test_a_kreis_whose_name_is_a_noun_needs_a_preposition() -> None:
    text = (
        "Besuch in der Grundschule\n\nHeute war ich zu Gast in einer Grundschule. Die Kinder "
        "haben mir ihr Schulgartenprojekt gezeigt, und wir haben über gesundes Essen gesprochen."
        "\n\nJonas Feldmann"
    )
    assert "bundesland" not in sure(text)
