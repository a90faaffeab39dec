"""Speeches and records of a Landtag: their date is the session's, their region the Land.

A manuscript names its session ("Plenarsitzung am 26. Juni 2025") and is sent by the group's
press office ("CDU-Fraktion im Niedersächsischen Landtag · Pressestelle"); a plenary protocol
opens with "Landtag Brandenburg … Plenarprotokoll 8/14" and "Potsdam, Donnerstag, 15. Mai 2025".
Elections the speakers mention are no date of the text. Every person here is invented.
"""

from __future__ import annotations

from indexer.metadata import extract_metadata

MANUSCRIPT = (
    "zu TOP 14: Entwurf eines Gesetzes zur Änderung des Kommunalverfassungsgesetzes\n\n"
    "{session}\n\n"
    "– Es gilt das gesprochene Wort –\n\n"
    "Sehr geehrte Frau Präsidentin, meine sehr geehrten Damen und Herren,\n"
    "die Kommunen haben Sorgen, weil sich für die Kommunalwahl am 13. September 2026 kaum noch "
    "Kandidatinnen und Kandidaten finden. Wir als CDU-Fraktion sagen: Hybride Sitzungen ja, "
    "aber nicht als Pflicht.\n"
    "Vielen Dank.\n\n"
    "CDU-Fraktion im Niedersächsischen Landtag · Pressestelle\n"
)
TITLE = (
    "Rede des Abgeordneten Hauke Tammen-Grote, kommunalpolitischer Sprecher der "
    "CDU-Landtagsfraktion"
)


def test_a_speech_manuscript_is_dated_by_its_session_and_placed_by_its_sender() -> None:
    found = extract_metadata(
        MANUSCRIPT.format(session="Plenarsitzung am 26. Juni 2025"), title=TITLE
    )
    assert found["date"].value == "2025-06-26"
    assert (found["region"].value, found["bundesland"].value) == ("Niedersachsen", "Niedersachsen")


def test_a_council_speech_is_dated_by_its_session() -> None:
    found = extract_metadata(
        MANUSCRIPT.format(session="Ratssitzung am 10. Dezember 2025"), title=TITLE
    )
    assert found["date"].value == "2025-12-10"


PROTOCOL = """Landtag Brandenburg                                   Plenarprotokoll 8/14
8. Wahlperiode

                            14. Sitzung
                  Potsdam, Donnerstag, 15. Mai 2025

[Auszug]

Tagesordnungspunkt 6: Sicherung der wohnortnahen Krankenhausversorgung
im ländlichen Raum

Antrag der Fraktion BSW und der Fraktion SPD
Drucksache 8/1187

Präsidentin:
Ich rufe Tagesordnungspunkt 6 auf. Das Wort erhält Frau Abgeordnete Dr. Lüdersen.

Dr. Lüdersen (BSW):*
Sehr geehrte Frau Präsidentin! Wer in Forst, in Spremberg oder in Perleberg lebt, der weiß:
Die Frage, ob das Krankenhaus vor Ort bleibt, ist keine Frage der Statistik. Bis 2029 muss
das Land handeln.
"""


def test_a_plenary_protocol_is_the_lands_and_dated_by_its_session() -> None:
    found = extract_metadata(PROTOCOL)
    assert found["date"].value == "2025-05-15"
    assert (found["region"].value, found["bundesland"].value) == ("Brandenburg", "Brandenburg")


CONFERENCE_SPEECH = (
    "Es gilt das gesprochene Wort.\n\n"
    "Rede von Vanessa Brück-Lorenz zur Einbringung des Leitantrags auf dem Landesparteitag am "
    "17. Mai 2025 in Saarbrücken\n\n"
    "Liebe Genossinnen und Genossen,\n\n"
    "ich will mit einer Zahl anfangen: 1.100 Menschen standen vor drei Wochen im Werk in "
    "Saarlouis und fragten, ob ihre Kinder im Saarland noch Arbeit finden. Unser Leitantrag "
    "für das Saarland gibt darauf eine Antwort. Das Saarland kann Industrieland bleiben.\n\n"
    "Glück auf!\n\n"
    "Vanessa Brück-Lorenz ist Abgeordnete im Landtag und Vorsitzende des SPD-Ortsvereins "
    "Ottweiler.\n"
)


def test_a_speech_at_a_land_assembly_is_the_lands_not_the_speakers_home() -> None:
    """The venue (Saarbrücken) and the closing note on the speaker (her Ortsverein) are no
    region; the Land the speech speaks of is."""
    found = extract_metadata(CONFERENCE_SPEECH, title="Rede zum Leitantrag „Saarland 2035“")
    assert (found["region"].value, found["bundesland"].value) == ("Saarland", "Saarland")


def test_a_member_quoted_in_a_groups_release_is_not_its_author() -> None:
    text = (
        "PRESSEMITTEILUNG Nr. 87/2024\nMünchen, 16.05.2024\n\n"
        "Die Fraktion hat heute einen Dringlichkeitsantrag zum Grundwasser eingebracht.\n\n"
        "Dazu erklärt Benedikt Aschenhammer, MdL, Sprecher für Umwelt der Fraktion: „Wasser "
        "ist unser wichtigstes Lebensmittel.“\n"
    )
    found = extract_metadata(text, title="FREIE WÄHLER Landtagsfraktion im Bayerischen Landtag")
    assert "person" not in found or found["person"].value != "Benedikt Aschenhammer"


def test_a_member_who_signs_is_the_author() -> None:
    text = (
        "Liebe Bürgerinnen und Bürger,\n\nder Landtag berät morgen über das Grundwasser. Ich "
        "setze mich für ein Messnetz in jedem Landkreis ein.\n\nIhre\nAnnika Steinhauser, MdL\n"
    )
    assert extract_metadata(text)["person"].value == "Annika Steinhauser"
