"""Forwarded e-mails, first names introduced alone, joined particles, letters' address lines,
and reports whose headline names nobody (fictional people; real places and parties)."""

from __future__ import annotations

import pytest

from indexer.metadata import extract_metadata, mail, names
from tests.support.extraction import sure

FORWARD = (
    "Von: Greta Ohlsen <kgf@gruene-beispiel.example>\n"
    "Gesendet: Montag, 6. Oktober 2025 08:47\n"
    "Betreff: WG: Bewerbung Landesvorstand – Fiete Harmsen\n\n"
    "Liebe Mitglieder,\nanbei leite ich euch die Bewerbung von Fiete weiter.\n\n"
    "Grüne Grüße\nGreta Ohlsen\nKreisgeschäftsführerin\n\n"
    "---------- Ursprüngliche Nachricht ----------\n"
    "Von: Fiete Harmsen <fiete@posteo.example>\n"
    "Datum: Do., 2. Okt. 2025 um 22:13\n"
    "Betreff: Bewerbung Landesvorstand\n\n"
    "Bewerbung als Beisitzer im Landesvorstand von BÜNDNIS 90/DIE GRÜNEN Schleswig-Holstein\n\n"
    "Liebe Freund*innen,\nauf der Landesmitgliederversammlung wählen wir einen neuen "
    "Landesvorstand. Ich bewerbe mich um einen Platz als Beisitzer. Ich bin Bootsbauer und "
    "seit 2017 Mitglied unserer Partei.\n\nFiete Harmsen"
)


def test_a_forwarded_mail_is_the_authors_not_the_forwarders() -> None:
    inner = mail.forwarded(FORWARD)
    assert inner is not None and inner.subject == "Bewerbung Landesvorstand"
    assert FORWARD[inner.start :].lstrip().startswith("Von: Fiete Harmsen")
    found = sure(FORWARD)
    assert found["person"] == "Fiete Harmsen"
    assert found["office"] == "Landesvorstand"
    assert found["date"] == "2025-10-02"  # the author's own message, not the forward
    # evidence offsets point into the whole text
    date = extract_metadata(FORWARD)["date"]
    assert date.start is not None and FORWARD[date.start :].startswith(date.evidence[:10])


def test_a_separator_without_a_forwarded_header_is_no_forward() -> None:
    text = "Protokoll\n\n---------- Ursprüngliche Nachricht ----------\n\nkein Kopf, nur Text " * 3
    assert mail.forwarded(text) is None


def test_a_first_name_introduced_alone_confirms_the_signature() -> None:
    text = (
        "Bewerbung um den Kreisvorsitz\n\nHey zusammen,\nauf unserer Kreiskonferenz wählen wir "
        "einen neuen Vorstand. Nach drei Jahren hört Lea Brockhoff als Vorsitzende auf. Ich "
        "möchte übernehmen und bewerbe mich als Kreisvorsitzender der Jusos im Kreis Borken.\n"
        "Ich bin Mats, 23, und mache eine Ausbildung.\n\nIch freue mich auf eure Stimmen!\n"
        "Mats Dreihaus\nVreden, 28. August 2025"
    )
    found = sure(text)
    assert found["person"] == "Mats Dreihaus"  # not the chair who steps down


def test_joined_arabic_particles_belong_to_the_surname() -> None:
    assert [n.name for n in names.find_names("Rasha al-Sayegh – Kandidatin für den Rat")] == [
        "Rasha al-Sayegh"
    ]


def test_a_letters_address_line_is_no_person() -> None:
    assert names.find_names("An den Kreisvorstand") == []
    text = (
        "An den Kreisvorstand\nDIE LINKE. Mittelsachsen\n\nBewerbung als Delegierter zum "
        "Bundesparteitag\n\nLiebe Genossinnen und Genossen,\nhiermit bewerbe ich mich als "
        "Delegierter unseres Kreisverbands für den Bundesparteitag. Damals habe ich für unsere "
        "Kandidatin im Wahlkreis 160 Plakate gehängt.\n\nMit solidarischen Grüßen\n"
        "Nils-Ole Brettschneider\n\nFreiberg, den 14.08.2025"
    )
    found = sure(text)
    assert found["person"] == "Nils-Ole Brettschneider"
    assert found["office"] == "Bundesparteitagsdelegierter"  # not a past campaign's candidacy


def test_a_press_release_whose_lead_reports_a_nomination_is_a_candidacy() -> None:
    text = (
        "PRESSEMITTEILUNG\n\nCDU Bremen schickt Jost Kellermeyer in den Wahlkreis Bremen I\n\n"
        "Bremen, 21.09.2024 – Die Mitgliederversammlung der CDU im Bundestagswahlkreis 54 "
        "(Bremen I) hat am Freitagabend Jost Kellermeyer zum Direktkandidaten für die "
        "Bundestagswahl 2025 gewählt.\n\nPressekontakt: CDU-Landesverband Bremen"
    )
    found = sure(text)
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Jost Kellermeyer"
    assert found["office"] == "Direktkandidat Bundestag"


def test_a_headline_without_a_name_points_to_the_lead_sentence_that_has_one() -> None:
    text = (
        "FDP Mecklenburg-Vorpommern wählt neue Landesvorsitzende\n\n"
        "Rostock, 5. April 2025. Die Freien Demokraten haben eine neue Spitze: Auf dem "
        "Landesparteitag wählten die Delegierten die Apothekerin Kathrin Behmerlo mit 71,4 "
        "Prozent der Stimmen zur Landesvorsitzenden.\n\nBehmerlo folgt auf Jan Sörensmann. Zu "
        "stellvertretenden Landesvorsitzenden wurden Tim Rabenau und Anja Kroosing gewählt, "
        "neuer Landesschatzmeister ist Frank Eggersen."
    )
    found = sure(text)
    assert found["person"] == "Kathrin Behmerlo"
    assert found["office"] == "Landesvorsitzender"


def test_double_surnames_joined_by_a_romance_particle() -> None:
    found = [n.name for n in names.find_names("– Daniel Pereira da Costa (Saarlouis-Roden)")]
    assert found == ["Daniel Pereira da Costa"]
    # a German "von" before a party is no surname
    assert [n.name for n in names.find_names("Anna Muster von Bündnis 90")] == ["Anna Muster"]


def test_delegates_listed_with_dashes_are_all_nominees() -> None:
    text = (
        "Kreisparteitag der CDU Saarlouis: Delegierte für den Landesparteitag gewählt\n\n"
        "Dillingen/Saar, 14.10.2025. Beim Kreisparteitag haben die Mitglieder die Delegierten "
        "des Kreisverbands zum Landesparteitag gewählt.\n\nGewählt wurden unter anderem:\n"
        "– Ann-Kathrin Schmittollinger (Wallerfangen)\n– Elmar Recktenwaldt (Schwalbach)\n"
        "– Jutta Kieferle (Lebach)\n– Daniel Pereira da Costa (Saarlouis-Roden)\n\n"
        "Kreisvorsitzender Stefan Hoffeldt dankte den Delegierten."
    )
    found = sure(text)
    assert found["person"] == (
        "Ann-Kathrin Schmittollinger",
        "Elmar Recktenwaldt",
        "Jutta Kieferle",
        "Daniel Pereira da Costa",
    )
    assert found["office"] == "Landesparteitagsdelegierter"
    assert found["doc_type"] == "candidacy"


def test_delegates_who_vote_make_no_list_of_nominees() -> None:
    text = (
        "FDP wählt neue Landesvorsitzende\n\nAuf dem Landesparteitag wählten die Delegierten "
        "die Apothekerin Kathrin Behmerlo mit 71,4 Prozent der Stimmen zur Landesvorsitzenden. "
        "Zu stellvertretenden Landesvorsitzenden wurden Tim Rabenau und Anja Kroosing gewählt."
    )
    assert sure(text)["person"] == "Kathrin Behmerlo"


def test_a_signature_with_pronouns_names_the_candidate() -> None:
    text = (
        "Bewerbung als Landessprecher*in\n\nLiebe Genoss*innen,\n\nich kandidiere auf dem "
        "Landesparteitag in Erfurt erneut als Landessprecher*in von DIE LINKE. Thüringen.\n\n"
        "Kim Ortlepping (sie/ihr)"
    )
    assert sure(text)["person"] == "Kim Ortlepping"


def test_a_compilation_of_bids_names_each_bidder() -> None:
    text = (
        "Antragsbuch Landesparteitag 2025 – Bewerbungen für den Landesvorstand\n\n"
        "Bewerbung von Paula Rimkowski\n\nLiebe Genossinnen und Genossen, ich bewerbe mich als "
        "Beisitzerin im Landesvorstand.\n\nPaula Rimkowski\n\nBewerbung von Henning Dreßlau\n\n"
        "Liebe Genossinnen und Genossen, hiermit kandidiere ich für den Landesvorstand.\n\n"
        "Henning Dreßlau"
    )
    found = sure(text)
    assert found["person"] == ("Paula Rimkowski", "Henning Dreßlau")
    assert found["office"] == "Landesvorstand"


def test_a_new_board_reported_names_everyone_elected() -> None:
    text = (
        "Neuer Kreisvorstand gewählt: Svenja Liebenau führt die SPD Mainz-Bingen\n\n"
        "Ingelheim. Die SPD hat eine neue Spitze: Auf dem Kreisparteitag wählten die Delegierten "
        "Svenja Liebenau mit 94 Prozent zur neuen Kreisvorsitzenden. Sie folgt auf Werner "
        "Pfeiffenberger, der nicht mehr kandidiert hatte.\n\nZu stellvertretenden "
        "Kreisvorsitzenden wurden Erkan Yıldızoğlu und Ricarda Haßlauer gewählt. Neuer Kassierer "
        "ist Heinz-Dieter Mauerholt; Schriftführerin Lena Graffenberg wurde im Amt bestätigt."
    )
    people = sure(text)["person"]
    assert isinstance(people, tuple)
    assert set(people) == {
        "Svenja Liebenau",
        "Erkan Yıldızoğlu",
        "Ricarda Haßlauer",
        "Heinz-Dieter Mauerholt",
        "Lena Graffenberg",
    }  # not the predecessor


def test_a_doppelspitze_told_by_vote_counts_names_both_not_the_predecessors_co_chair() -> None:
    text = (
        "Neue Doppelspitze: Tjorven Albrecht und Ceyda Korkmazoğlu führen die Bremer Linke\n\n"
        "Der Landesparteitag hat eine neue Landesspitze gewählt. Tjorven Albrecht erhielt 79 "
        "Prozent der Delegiertenstimmen, Ceyda Korkmazoğlu 84 Prozent. Sie lösen den bisherigen "
        "Landessprecher Gerold Wiechers ab; seine Co-Sprecherin Anke Thiesing will sich um einen "
        "Listenplatz bewerben."
    )
    people = sure(text)["person"]
    assert set(people) == {"Tjorven Albrecht", "Ceyda Korkmazoğlu"}


SIGNED_BY_FIRST_NAME = """Hallo allerseits!

Ich bewerbe mich auf dem Landesparteitag erneut um das Amt des stellvertretenden
Landesvorsitzenden. Im letzten Jahr habe ich die Mitgliederverwaltung neu aufgestellt.

Klarmachen zum Ändern!

Jannik
{after}"""


@pytest.mark.parametrize(
    "after",
    ["", "\nPS: Fragen beantworte ich gern auf der Mailingliste oder per Mail.\n"],
)
def test_a_bid_signed_only_by_a_first_name_names_that_first_name(after: str) -> None:
    found = extract_metadata(SIGNED_BY_FIRST_NAME.format(after=after))
    assert found["person"].value == "Jannik"


def test_an_address_completes_the_signed_first_name() -> None:
    text = SIGNED_BY_FIRST_NAME.format(after="\nPS: Fragen gern an jannik.vosskuhl@example.org\n")
    assert extract_metadata(text)["person"].value == "Jannik Vosskuhl"
