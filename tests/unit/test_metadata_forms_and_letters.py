"""Forms, letters with enclosures, statutes and letterheads: what office documents carry.

Written for the patterns of fictional set 13 (Word, OpenDocument, RTF and scanned documents):
an application form's "Datum, Unterschrift" field, a cover letter signed above the CV it
encloses, a signature with the writer's home town, a letterhead naming the sender's chair,
a statute's current version, a newsletter's title. Every person here is invented.
"""

from __future__ import annotations

import pytest

from indexer.metadata import extract_metadata
from tests.support.extraction import sure

FORM = (
    "Bewerbungsbogen für die Landesliste zur Landtagswahl 2026\n"
    "Name, Vorname:\tQuenstedt, Malin\n"
    "Wohnort:\tMainz\n"
    "Angestrebtes Amt:\tListenplatz auf der Landesliste zur Landtagswahl am 22.03.2026\n"
    "Datum, Unterschrift:\tMainz, {signed}        {signature}\n\n"
    "Liebe Freundinnen und Freunde,\n"
    "ich bewerbe mich um Platz 5 unserer Landesliste. Auf der Landesdelegiertenversammlung am "
    "11. Oktober 2025 stelle ich mich gern euren Fragen.\n"
    "Herzliche Grüße\n"
    "Malin Quenstedt\n"
)


@pytest.mark.parametrize("signed", ["14.09.25", "14.09.2025"])
@pytest.mark.parametrize("signature", ["gez. M. Quenstedt", "M. Quenstedt", ""])
def test_a_forms_signature_field_dates_it(signed: str, signature: str) -> None:
    found = sure(FORM.format(signed=signed, signature=signature))
    assert found["date"] == "2025-09-14"  # not the election the form's other field names
    assert found["person"] == "Malin Quenstedt"


COVER_LETTER = """SPD-Kreisverband Harz
Kreisgeschäftsstelle
Wernigerode, 12. Januar 2024
Bewerbung um einen Listenplatz für die Kreistagswahl am 9. Juni 2024
Sehr geehrte Damen und Herren, liebe Genossinnen und Genossen,
hiermit bewerbe ich mich um einen Platz auf der Liste der SPD für den Kreistag des Landkreises \
Harz. Ich werde mich auf der Vertreterversammlung gern persönlich vorstellen.
Im Kreistag möchte ich mich für die Sanierung der Kreisstraßen einsetzen.
Meinen Lebenslauf füge ich bei.
Mit freundlichen Grüßen
Gunnar Wedekamp
Lebenslauf
Geboren\t14.08.1976 in Halberstadt
Beruf\tElektromeister
seit 2009\tMitglied der SPD
seit 2019\tMitglied des Stadtrats Wernigerode
"""


def test_a_cover_letter_is_signed_above_the_cv_it_encloses() -> None:
    found = sure(COVER_LETTER)
    assert found["person"] == "Gunnar Wedekamp"
    assert found["office"] == "Kreistag"


def test_only_a_closing_with_greetings_signs_above_an_enclosure() -> None:
    text = COVER_LETTER.replace("Mit freundlichen Grüßen", "Vielen Dank")
    assert "person" not in sure(text)


def test_a_signature_with_the_writers_home_town() -> None:
    text = (
        "Liebe Genossinnen und Genossen,\n\n"
        "ich bewerbe mich um einen Platz auf unserer Landesliste für die Landtagswahl in "
        "Brandenburg, über die der Landesparteitag am 14. März 2026 entscheidet.\n\n"
        "Ich lebe seit zehn Jahren in Bernau und arbeite als Lehrerin.\n\n"
        "Rieke Tammling, Bernau bei Berlin\n"
    )
    assert sure(text)["person"] == "Rieke Tammling"


def test_a_name_with_something_else_after_the_comma_signs_nothing() -> None:
    text = (
        "Liebe Genossinnen und Genossen,\n\n"
        "ich bewerbe mich um einen Platz auf unserer Landesliste für die Landtagswahl in "
        "Brandenburg.\n\n"
        "Danke, Rieke Tammling, Vorfreude auf viele Gespräche\n"
    )
    assert sure(text).get("person") != "Rieke Tammling"


NOMINATION_WITH_LETTERHEAD = """Pressemitteilung · Wendlingen, 18.11.2024
FDP Wendlingen nominiert Carla Oberdiek als Bürgermeisterkandidatin
Die FDP Wendlingen geht mit Carla Oberdiek in die Bürgermeisterwahl. Die Mitgliederversammlung \
des Ortsverbands wählte die 44-Jährige am Freitagabend mit 21 von 23 Stimmen zur Kandidatin für \
die Wahl am 14. September 2025.
Ortsverbandsvorsitzender Henrik Saalfeld zeigte sich zufrieden: „Mit Carla Oberdiek treten wir \
mit einer Kandidatin an, die Verwaltung von innen kennt.“ Die Reserveliste für den Gemeinderat \
will die FDP im Frühjahr aufstellen.

FDP-Ortsverband Wendlingen · Vorsitzender: Henrik Saalfeld
FDP-Kreisverband Esslingen · Geschäftsstelle · 73728 Esslingen
"""


def test_the_chair_on_a_letterhead_line_is_no_nominee() -> None:
    found = extract_metadata(NOMINATION_WITH_LETTERHEAD)
    assert found["person"].value == "Carla Oberdiek"
    assert "nominees" not in found or all(
        record["person"] != "Henrik Saalfeld" for record in found["nominees"].details
    )


STATUTE = """Satzung des Ortsverbandes Kleinmachnow der Freien Demokratischen Partei (FDP)
beschlossen von der Mitgliederversammlung am 12. April 2019, zuletzt geändert durch Beschluss \
der Mitgliederversammlung vom 18. März 2024
§ 1 Name und Sitz
(1) Der Ortsverband führt den Namen „FDP Kleinmachnow“. (2) Sitz ist Kleinmachnow.
§ 2 Vorstand
(1) Der Vorstand besteht aus der oder dem Vorsitzenden und zwei Stellvertretern.
§ 9 Aufstellung von Bewerberinnen und Bewerbern
(1) Die Bewerberinnen und Bewerber für die Gemeindevertretung werden in Mitgliederversammlungen \
nach den Vorschriften der Wahlgesetze aufgestellt.
"""


def test_a_statute_is_dated_by_its_current_version_and_seeks_no_office() -> None:
    found = sure(STATUTE)
    assert found["date"] == "2024-03-18"
    assert found["doc_type"] == ("other", "resolution")
    assert "office" not in found and "person" not in found


def test_a_decision_heading_dates_the_paper() -> None:
    text = (
        "Beschluss des Landesvorstands vom 6. Mai 2025\n"
        "Gute Arbeit in der Prignitz: Positionen für die Landtagswahl 2029\n"
        "1. Tariflohn als Förderbedingung: Landesförderung erhält nur, wer nach Tarif bezahlt.\n"
        "Die Landesliste wird auf der Landesvertreterversammlung im Frühjahr 2029 gewählt.\n"
    )
    assert sure(text)["date"] == "2025-05-06"


def test_a_newsletters_title_is_no_person() -> None:
    text = (
        "Kleinmachnower Rundbrief\n\n"
        "Grußwort des Ortsvorsitzenden\n\n"
        "Liebe Kleinmachnowerinnen und Kleinmachnower,\n\n"
        "ein ereignisreiches Frühjahr liegt hinter uns. Die neue Brücke ist fertig.\n\n"
        "Ich wünsche Ihnen einen schönen Sommer.\n\n"
        "Ihr Detlef Scharnweber\nOrtsvorsitzender\n\n"
        "Ausgabe Juli 2025\n\n"
        "Termine\n\nSommerfest am 12. Juli\n"
    )
    assert sure(text).get("person") in (None, "Detlef Scharnweber")


NOMINATION_MINUTES = """Anlage 20 (zu § 34 Abs. 5 Nr. 1 BWO)

Niederschrift über die Versammlung zur Aufstellung
des Wahlkreisbewerbers

für die Wahl zum 21. Deutschen Bundestag am 23. Februar 2025

Wahlkreis Nr.: 153

Name des Wahlkreises: Leipzig-Land

Partei: Freie Demokratische Partei (FDP)
Ort und Tag der Versammlung: Borna, 16. November 2024

Versammlungsleiter/in: Bernd Kohlsdorf

Schriftführer/in: Peggy Radebrecht

Die Versammlung wurde ordnungsgemäß einberufen. Die Wahl erfolgte geheim mit Stimmzetteln.

Als Bewerberin für den Wahlkreis wurde gewählt:

Name, Vorname: Tannhäuser, Mandy

Beruf: Physiotherapeutin

Stimmen: 39 Ja - 5 Nein - 3 Enthaltungen

Borna, 16.11.2024
"""


def test_the_official_minutes_of_a_constituency_nomination() -> None:
    found = sure(NOMINATION_MINUTES)
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Mandy Tannhäuser"  # not the chair nor the secretary
    assert found["office"] == "Direktkandidat Bundestag"
    assert found["region"] == "Leipzig-Land (Wahlkreis 153)"
    assert found["date"] == "2024-11-16"


def test_a_federal_sender_under_the_text_speaks_for_deutschland() -> None:
    text = (
        "Pressemitteilung\nBerlin, 15. Oktober 2025\n"
        "Volt fordert Entlastung bei den Netzentgelten\n"
        "Volt fordert die Bundesregierung auf, die Netzentgelte zu bezuschussen. „Eine Bäckerei "
        "in Thüringen zahlt mehr als ein Konzern in Frankreich“, erklärte Sprecher Arne Voss.\n"
        "V.i.S.d.P.: Lene Falkenrath, Bundesgeschäftsstelle\n\n"
        "Volt Deutschland · Bundesgeschäftsstelle · Pressemitteilung\n"
    )
    found = sure(text)
    assert found["region"] == "Deutschland" and "bundesland" not in found
    local = text.replace("Volt Deutschland · Bundesgeschäftsstelle", "Volt · Landesverband Berlin")
    assert sure(local).get("region") != "Deutschland"


def test_a_speech_is_placed_by_the_sender_line_under_it() -> None:
    text = (
        "Rede der Kreisvorsitzenden Gesa Timmermann auf dem Kreisparteitag in Velten\n"
        "Liebe Freundinnen und Freunde, liebe Gäste,\n"
        "wir haben in diesem Wahlkampf an mehr Türen geklingelt als je zuvor. Die Menschen "
        "zwischen Hennigsdorf und Fürstenberg erwarten, dass wir uns kümmern.\n"
        "Vielen Dank.\n\n"
        "CDU Kreisverband Oberhavel · Kreisparteitag 2025 · Es gilt das gesprochene Wort\n"
    )
    found = sure(text)
    assert found["region"] == "Oberhavel" and found["bundesland"] == "Brandenburg"


def test_a_parliamentary_groups_motion_title_is_no_place() -> None:
    text = (
        "Aktuelle Stunde auf Verlangen der Fraktion der CDU/CSU Lage der Landwirtschaft – "
        "Betriebe entlasten\n\n"
        "Der Bundestag hat heute über die Lage der Höfe debattiert. Die Opposition forderte "
        "Entlastungen, die Koalition verwies auf den Haushalt."
    )
    found = sure(text)
    assert found.get("region") != "Lage" and found.get("bundesland") != "Nordrhein-Westfalen"


def test_a_motions_date_field_beats_the_assembly_in_its_header_line() -> None:
    text = (
        "Antrag A-3: Mehr Radwege im Bezirk\n"
        "Antragsteller*in: Kreisverband Hamburg-Nord\n"
        "Eingereicht am: 22.04.2025\n"
        "Die Landesmitgliederversammlung möge beschließen:\n"
        "1. Der Landesverband setzt sich für geschützte Radwege ein.\n"
        "Begründung: Der Radverkehr wächst.\n\n"
        "Landesmitgliederversammlung Hamburg · 17. Mai 2025 · Antrag A-3\n"
    )
    assert sure(text)["date"] == "2025-04-22"
    undated = text.replace("Eingereicht am: 22.04.2025\n", "")
    assert sure(undated)["date"] == "2025-05-17"  # without its own date, the header's


def test_delegates_are_placed_by_the_unit_that_elects_them() -> None:
    text = (
        "Hamburg-Wandsbek, 12. Januar 2026\n"
        "Bewerbung als Delegierter zum Landesparteitag\n"
        "Liebe Genossinnen und Genossen,\n"
        "auf unserer Kreisdelegiertenversammlung am 31. Januar 2026 wählen wir die Wandsbeker "
        "Delegierten zum Landesparteitag der SPD Hamburg. Ich bewerbe mich erneut um eines "
        "dieser Mandate.\n"
        "Ich freue mich über eure Stimme.\n"
        "Hinnerk Oldewurtel\n"
    )
    found = sure(text)
    assert found["office"] == "Landesparteitagsdelegierter"
    assert found["region"] == "Wandsbek" and found["bundesland"] == "Hamburg"


REPORT = """Bericht aus der BVV Treptow-Köpenick – Dezember 2024
Liebe Mitglieder,
auch in diesem Jahr hat unsere Gruppe in der Bezirksverordnetenversammlung alles gegeben. Wir \
haben beantragt, am Potsdamer Platz und im Görlitzer Park mehr Bänke aufzustellen.
Die nächste BVV-Wahl ist im September 2026. Unsere Liste stellen wir im Frühjahr 2026 auf.
Mit solidarischen Grüßen
Wenke Hollerbach, Bezirksverordnete
"""


def test_a_council_groups_report_is_placed_and_dated_by_its_title() -> None:
    found = sure(REPORT)
    assert found["region"] == "Treptow-Köpenick" and found["bundesland"] == "Berlin"
    assert found["date"] == "2024-12"  # the issue, not the next election


def test_a_landmark_named_after_a_town_is_not_that_town() -> None:
    text = (
        "Bericht unserer Gruppe – Dezember 2024\n"
        "Wir haben beantragt, den Görlitzer Park nachts mit einem Burggraben zu sichern. Der "
        "Antrag wurde in den Umweltausschuss überwiesen.\n"
        "Mit solidarischen Grüßen\nWenke Hollerbach\n"
    )
    assert sure(text).get("bundesland") != "Sachsen"


def test_a_bylines_timestamp_and_a_labelled_date_with_a_time_date_the_text() -> None:
    report = (
        "Wahlkreiskonferenz nominiert Bernd Oltmanns\n"
        "Von Sandy Pietsch · So., 08.12.2024, 16:20 Uhr\n"
        "Die SPD hat Bernd Oltmanns am Samstag zum Kandidaten für den Wahlkreis Dahme-"
        "Spreewald – Teltow-Fläming III gewählt. Gewählt wird am 23. Februar 2025.\n"
    )
    assert sure(report)["date"] == "2024-12-08"
    mail = (
        "Datum: 03.03.2025 19:47\nBetreff: Kandidatur\n\n"
        "Ich bewerbe mich als Landesschatzmeister.\n"
    )
    assert sure(mail)["date"] == "2025-03-03"


def test_an_events_line_with_a_time_does_not_date_the_page() -> None:
    text = (
        "Volt Talk: Bezahlbar wohnen\n"
        "Gepostet am 20.04.2026\n"
        "Dienstag, 12. Mai 2026, 19:00 Uhr · Kiezraum am Boxhagener Platz\n"
        "Wir laden alle Interessierten herzlich ein.\n"
    )
    assert sure(text)["date"] == "2026-04-20"


def test_a_mailing_list_archives_sender_and_date() -> None:
    text = (
        "[LV-Aktive] Bewerbung Beisitz Landesvorstand\n\n"
        "Jannik Oberdorfer jannik.oberdorfer at posteo.de\n"
        "Tue Jan 14 21:13:07 CET 2025\n\n"
        "Hallo Liste,\n"
        "hiermit bewerbe ich mich als Beisitzer im Landesvorstand. Der Landesparteitag tagt am "
        "8. Februar in Ingolstadt.\n"
        "Viele Grüße\nJannik\n"
    )
    found = sure(text)
    assert found["person"] == "Jannik Oberdorfer"
    assert found["date"] == "2025-01-14"


def test_a_dated_signature_above_an_enclosed_cv() -> None:
    filler = "Der Bundesverband muss die Kommunalen stärker unterstützen. " * 30
    text = (
        "Bewerbung als Beisitzerin im Bundesvorstand\n\n"
        "Liebe Freundinnen und Freunde,\nich bewerbe mich als Beisitzerin im Bundesvorstand. "
        + filler
        + "\nIch freue mich auf eure Fragen bis zur BDK im November.\n"
        "Leipzig, 31. August 2026\nSwenja Hilgenfeldt\n\n"
        "Lebenslauf\ngeboren 1991 in Plauen\n2010–2016 Studium in Leipzig\n"
        "seit 2017 Referentin bei einem Energieversorger\nseit 2019 Mitglied der Partei\n"
        "seit 2021 Sprecherin eines Ortsverbands\nseit 2024 Stadträtin in Leipzig\n"
        "Hobbys: Rudern, Lesen\nSprachen: Englisch, Polnisch\nMitglied bei ver.di\n"
        "Mitglied im BUND\n"
    )
    assert sure(text)["date"] == "2026-08-31"


def test_announcing_not_to_run_again_is_no_candidacy() -> None:
    text = (
        "Liebe Genossinnen und Genossen,\n\n"
        "seit 2019 bin ich Kreisvorsitzender der Linken in Kassel.\n\n"
        "Auf unserer Kreismitgliederversammlung am 15. März 2025 wird ein neuer Kreisvorstand "
        "gewählt. Ich werde dort nicht erneut für den Vorsitz kandidieren.\n\n"
        "Danke für das Vertrauen in diesen sechs Jahren.\n\nSolidarisch\nTill\n"
    )
    found = sure(text, title="Warum ich nicht wieder antrete")
    assert found.get("doc_type") != "candidacy" and "office" not in found


def test_the_signers_of_an_invitation_are_no_nominees() -> None:
    text = (
        "Liebe Genossinnen und Genossen,\n\nhiermit laden wir euch zur Mitgliederversammlung ein. "
        "Bewerberinnen und Bewerber für den Kreistag stellen sich vor.\n\n"
        "Mit solidarischen Grüßen\n\n"
        "Ronja Pfaffenroth\nKreisvorsitzende\n\nMalte Ebeling-Kahr\nKreisvorsitzender\n"
    )
    found = extract_metadata(text, title="Einladung zur Mitgliederversammlung")
    assert "nominees" not in found


def test_thanks_after_a_public_vote_is_no_candidacy() -> None:
    text = (
        "Danke, Bremen! Die Bürgerschaftswahl ist vorbei, und auch wenn es für einen Einzug "
        "nicht gereicht hat: Ihr habt uns gewählt.\n\n"
        "Ein besonderer Dank geht an unsere Spitzenkandidatin Merle Habekost und an alle "
        "Kandidierenden auf unserer Landesliste.\n\n"
        "Nächster Termin: Mitgliederversammlung am 29. März.\n"
    )
    found = sure(text, title="Piratenpartei Bremen")
    assert found.get("doc_type") == "other" and "office" not in found
    bid = text + "\nUnd ich sage euch: Ich kandidiere 2027 wieder für die Bürgerschaft!\n"
    assert sure(bid, title="Piratenpartei Bremen").get("doc_type") == "candidacy"


def test_a_social_posts_author_line_names_the_writer() -> None:
    text = (
        "Thread · 3 Beiträge\n"
        "Peggy Wundermann  @pwundermann.bsky.social\n\n"
        "1/3\nEs ist offiziell: Ich kandidiere für das BSW zur Landtagswahl am 1. September – "
        "als Direktkandidatin im Wahlkreis 11.\n18. Mai 2024 um 10:02\n\n"
        "2/3\nGestern Abend hat mich unsere Wahlkreisversammlung gewählt. Danke!\n"
    )
    assert sure(text)["person"] == "Peggy Wundermann"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "CSU schickt Riedenburger Bürgermeister ins Rennen ums Landratsamt\n\nDie "
            "Delegierten haben Korbinian Haslmaier zum Landratskandidaten gewählt.",
            "Landrat",  # the mayoralty he holds, by his town's adjective, is not sought
        ),
        ("Ich kandidiere für den Kieler Stadtrat. Ich bin Anna Tesloff.", "Stadtrat"),
        (
            "Ich bewerbe mich um das Amt des Riedenburger Bürgermeisters. Ich bin Anna Tesloff.",
            "Bürgermeister",
        ),
        (
            "Ich kandidiere als Kieler Oberbürgermeisterin. Ich bin Anna Tesloff.",
            "Oberbürgermeister",
        ),
    ],
)
def test_an_incumbent_named_by_a_towns_adjective(text: str, office: str) -> None:
    assert sure(text)["office"] == office


def test_a_headline_naming_the_nominee_by_his_present_office() -> None:
    text = (
        "Die Delegierten der CSU im Landkreis Kelheim haben Korbinian Haslmaier mit großer "
        "Mehrheit zum Landratskandidaten gewählt.\n\n"
        "Der 51-Jährige ist seit 2020 Erster Bürgermeister der Stadt Riedenburg."
    )
    title = "CSU schickt Riedenburger Bürgermeister ins Rennen ums Landratsamt - Kelheimer Echo"
    found = sure(text, title=title)
    assert found["office"] == "Landrat" and found["region"] == "Kelheim"


def test_a_social_posts_keycap_list_and_hashtag_party() -> None:
    text = (
        "Unser Team für die Bürgerschaft\n\n"
        "Am Samstag hat unsere Landesmitgliederversammlung die Landesliste für die "
        "Bürgerschaftswahl am 2. März 2025 gewählt.\n\n"
        "1\ufe0f\u20e3 Hanna Kleinsorg – Stadtplanerin aus Ottensen\n"
        "2\ufe0f\u20e3 Ömer Aydın-Brandt – Gründer aus Wilhelmsburg\n"
        "3\ufe0f\u20e3 Finja Rohwedel – Pflegefachfrau aus Barmbek\n\n"
        "#VoltHamburg #Bürgerschaftswahl #Landesliste\n"
    )
    found = sure(text)
    assert found["person"] == ("Hanna Kleinsorg", "Ömer Aydın-Brandt", "Finja Rohwedel")
    assert found["party"] == "Volt"


def test_a_version_stamp_at_the_end_of_a_line_of_sentences() -> None:
    text = (
        "Termine des Kreisverbands\n"
        "Alle Termine sind öffentlich. Gäste sind herzlich willkommen! Stand: 08.01.2025\n"
        "Di., 14.1., 19:30 Uhr\nStammtisch im Ratskeller\n"
        "Sa., 25.1., 14:00 Uhr\nInfostand am Markt\n"
    )
    assert sure(text)["date"] == "2025-01-08"


PROGRAMME_TITLE = "Kommunalwahlprogramm 2026 für den Landkreis Uelzen"
PROGRAMME = """Beschlossen von der Mitgliederversammlung am 11. April 2026.

## Vorwort

Liebe Bürgerinnen und Bürger,

am 13. September 2026 wählen Sie einen neuen Kreistag. Dieses Programm haben wir in vier
offenen Werkstätten erarbeitet. Ich freue mich auf viele Gespräche mit Ihnen.

{signature}
Spitzenkandidatin für den Kreistag

## 1. Mobilität

- Stundentakt im Busverkehr auf allen Hauptlinien
- Sanierung der Kreisstraßen nach einer Prioritätenliste

## 2. Finanzen

- Keine Erhöhung der Kreisumlage ohne Aufgabenkritik
- Offenlegung aller Beraterverträge
"""


def test_a_prefaces_sign_off_names_the_programmes_author() -> None:
    found = extract_metadata(
        PROGRAMME.format(signature="Ihre Hedda Lüttjohann"), title=PROGRAMME_TITLE
    )
    assert found["doc_type"].value == "programme"
    assert found["doc_type"].confidence >= 0.5  # the signer's role bids for nothing
    assert found["person"].value == "Hedda Lüttjohann"
    assert found["person"].confidence >= 0.5
    assert "office" not in found


@pytest.mark.parametrize("signature", ["Ihre", "Ihr Team", "Ihre Kreistagsfraktion"])
def test_a_sign_off_without_a_full_name_names_nobody(signature: str) -> None:
    assert "person" not in sure(PROGRAMME.format(signature=signature), PROGRAMME_TITLE)


MINUTES = """Niederschrift
über die Mitgliederversammlung zur Aufstellung des Wahlkreisbewerbers
für die Wahl zum 21. Deutschen Bundestag im Wahlkreis 62
Die Mitgliederversammlung fand am 23. November 2024 in Königs Wusterhausen statt.
Versammlungsleiter: Dr. Bernd Quellmalz
Schriftführerin: Carina Oppermann
Von den abgegebenen 47 Stimmen entfielen auf den Bewerber 41 Ja-Stimmen.
Damit ist gewählt:
{fields}
Beruf: Wirtschaftsingenieur
Der Gewählte hat die Wahl angenommen.
"""


@pytest.mark.parametrize(
    "fields", ["Name: Krautheim\nVorname: Sebastian", "Vorname: Sebastian\nName: Krautheim"]
)
def test_nomination_minutes_name_the_nominee_not_their_writer(fields: str) -> None:
    found = sure(MINUTES.format(fields=fields))
    assert found["person"] == "Sebastian Krautheim"
    assert found["office"] == "Direktkandidat Bundestag"


def test_ordinary_minutes_are_still_by_their_writer() -> None:
    text = (
        "Protokoll der Mitgliederversammlung des Ortsvereins Lindenau vom 3. März 2025\n"
        "Schriftführerin: Carina Oppermann\n"
        "TOP 1: Begrüßung. TOP 2: Bericht des Vorstands. TOP 3: Sommerfest.\n"
    )
    assert sure(text).get("person") == "Carina Oppermann"


def test_a_tables_name_cell_reversed_names_the_candidate() -> None:
    text = (
        "| Kandidatur |  |\n|---|---|\n| Name | Okonkwo-Rittberg, Felix |\n"
        "| Kandidiert für | Kassenprüfer |\n\n"
        "Moin zusammen, ich bin Felix, 39, und würde die Kassenprüfung gern wieder übernehmen. "
        "Ich kandidiere als Kassenprüfer des Landesverbands.\n"
    )
    assert sure(text)["person"] == "Felix Okonkwo-Rittberg"
