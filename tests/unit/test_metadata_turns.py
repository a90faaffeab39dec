# ruff: noqa: E501  (the cases are whole German sentences; wrapping them hurts reading)
"""Speaker turns, flyers and self-introductions: patterns of a blind set, one fictional text each.

A transcript names its chair and its candidate at the start of their turns; an interview's
byline names the journalist and the answers carry the candidate's surname; a flyer asks for the
vote and names the office in a slogan. Every person and scene is invented.
"""

from __future__ import annotations

from indexer.metadata import document, extract_metadata, turns
from tests.support.extraction import sure

TRANSCRIPT = """Mitschnitt – Kreismitgliederversammlung, 4. Oktober 2026
Bewerbungsrede TOP 4: Wahl der Direktkandidatin / des Direktkandidaten für den Landtagswahlkreis Musterstadt II

Versammlungsleitung (Rita Faltermeier): so dann kommen wir zu punkt vier es liegt uns eine bewerbung vor jonas du hast zehn minuten

Jonas Vierling: ja danke rita liebe genossinnen und genossen ich bin jonas ich bin 38 und ich stehe heute hier weil ich mich als euer direktkandidat für den wahlkreis bewerbe

ich arbeite seit zwölf jahren als busfahrer und ich weiß was auf dem land fehlt

Rita Faltermeier: danke jonas gibt es fragen
"""


def test_the_speaker_whose_own_turn_bids_is_the_candidate_not_the_chair() -> None:
    found = sure(TRANSCRIPT)
    assert found.get("person") == "Jonas Vierling"
    assert found.get("doc_type") == "candidacy"


INTERVIEW = """Kommunalwahl 2026 · Landratswahl
„Der Kreis muss digitaler werden“
Am 13. September wählt der Kreis einen neuen Landrat. Wir haben alle Bewerber zum Interview gebeten. Heute: Dr. Ansgar Tiedemeyer, Kandidat der Freien Wähler.
Von Corinna Stubenrauch · 21.08.2026

Herr Tiedemeyer, Sie sind Apotheker. Warum wollen Sie Landrat werden?
Tiedemeyer: Ich sitze seit 2019 im Kreistag und sehe jeden Tag, wie langsam die Verwaltung arbeitet. Ich will das ändern.
Was wäre Ihre erste Amtshandlung?
Tiedemeyer: Ich würde alle Bauanträge digital annehmen lassen, und zwar vom ersten Tag an. Mein Ziel sind sechs Wochen.
Und der Nahverkehr?
Tiedemeyer: Ein Rufbus für jedes Dorf. Das kostet Geld, aber es hält die Dörfer lebendig.
"""


def test_an_interview_names_the_one_who_answers_not_the_journalist_of_the_byline() -> None:
    found = sure(INTERVIEW)
    assert found.get("person") == "Ansgar Tiedemeyer"
    assert found.get("office") == "Landrat"


FLYER = """KLARTEXT FÜR HOLZHEIM.

Benedikt Sauerwein
Ihr Bürgermeister für Holzheim

Am 8. März 2026 ist Kommunalwahl.
Ich bitte Sie um Ihre Stimme.

Wer ich bin
- Jahrgang 1981, verheiratet, zwei Kinder
- Schreinermeister, seit 2014 im Gemeinderat

Am 8. März: Liste 2 – Benedikt Sauerwein ankreuzen!
"""


def test_a_flyer_that_asks_for_the_vote_is_a_candidacy_for_the_office_of_its_slogan() -> None:
    found = sure(FLYER)
    assert found.get("doc_type") == "candidacy"
    assert found.get("office") == "Bürgermeister"
    assert found.get("person") == "Benedikt Sauerwein"


def test_a_self_introduction_names_a_person_whose_first_name_the_table_lacks() -> None:
    text = (
        "Ich bewerbe mich um einen Platz auf der Landesliste zur Landtagswahl 2026.\n\n"
        "Ich heiße Zwetanka Morgenthal-Brink, bin 41 Jahre alt und arbeite als Übersetzerin."
    )
    assert sure(text).get("person") == "Zwetanka Morgenthal-Brink"


def test_one_quoted_line_in_a_press_release_makes_no_turns() -> None:
    doc = document.build(
        "Der Kreisverband hat den Haushalt beraten.\n"
        "Fraktionsvorsitzender Lukas Hermannsdorfer: „Das ist ein Erfolg für die Schulen.“\n"
        "Die Beratung geht im Januar weiter.",
        None,
    )
    assert turns.turns(doc) == []


PROFILE = """STECKBRIEF

Name: Merle Olbertz-Sayed
Partei: SPD
Kandidatur: Landtag Brandenburg, Wahlkreis 21 (Potsdam I)
Alter: 44
Beruf: Hebamme
Hobbys: Rudern

Warum ich in den Landtag will:
„Ich will, dass jede Geburtsstation im Land offen bleibt.“
"""


def test_a_profile_in_fields_is_a_candidacy_of_the_name_field() -> None:
    found = sure(PROFILE)
    assert found.get("doc_type") == "candidacy"
    assert found.get("person") == "Merle Olbertz-Sayed"
    assert found.get("office") == "Direktkandidat Landtag"
    assert found.get("region") == "Potsdam I (Wahlkreis 21)"


def test_a_profile_without_a_candidacy_field_is_no_candidacy() -> None:
    text = PROFILE.replace("Kandidatur: Landtag Brandenburg, Wahlkreis 21 (Potsdam I)\n", "")
    text = text.replace("Warum ich in den Landtag will:", "Was mich antreibt:")
    assert sure(text).get("doc_type") != "candidacy"


def test_a_headline_in_the_present_announces_a_nomination() -> None:
    text = (
        "KV Musterland\nPressemitteilung\n\n"
        "Hiltrud Wenzelmann ist Bundestagskandidatin für den Wahlkreis Rosenheim\n\n"
        "Die Delegierten haben Hiltrud Wenzelmann mit 211 von 236 Stimmen gewählt. "
        "Die 52-jährige Tierärztin lebt in Prien."
    )
    found = sure(text)
    assert found.get("doc_type") == "candidacy"
    assert found.get("person") == "Hiltrud Wenzelmann"


def test_a_candidacy_in_a_landtag_constituency_compound_is_found() -> None:
    text = (
        "Seit Juni steht fest: Jorinde Kappelhoff tritt für die Freien Demokraten im "
        "Landtagswahlkreis 34 Heidelberg an. Wir haben mit ihr gesprochen.\n"
        "Frau Kappelhoff, warum wollen Sie in den Landtag?\n"
        "Weil ich glaube, dass die Hochschulen mehr Freiheit brauchen.\n"
        "Und Ihr Ziel?\nEin zweistelliges Ergebnis im Wahlkreis.\n"
        "Die Fragen stellte Ole Brandauer."
    )
    found = sure(text)
    assert found.get("office") == "Direktkandidat Landtag"
    assert found.get("person") == "Jorinde Kappelhoff"
    assert found.get("doc_type") == "candidacy"


def test_a_bavarian_stimmkreis_candidacy_is_one_for_the_landtag() -> None:
    text = (
        "Augsburg, 29. November 2026\nDie Delegierten der CSU im Stimmkreis Augsburg-Stadt-Ost "
        "haben am Samstag Lioba Wittmannsberger zur Stimmkreiskandidatin gewählt. Die "
        "37-jährige Juristin erhielt 58 von 61 Stimmen."
    )
    assert sure(text).get("office") == "Direktkandidat Landtag"


FLYER_OURS = """MARLENE OSTERKAMP-YILDIZ
Für Musterhausen. Mit Herz und Plan.

Unsere Oberbürgermeisterin für Musterhausen
Kommunalwahl 2025

Liebe Musterhausenerinnen und Musterhausener,
ich bin hier groß geworden und leite heute ein Planungsteam.

Seit 2020 bin ich Ratsfrau und Sprecherin unserer Fraktion.

Am 14. September:
Marlene Osterkamp-Yildiz zur Oberbürgermeisterin wählen!
"""


def test_a_flyer_with_a_call_to_vote_and_a_name_in_capitals() -> None:
    found = sure(FLYER_OURS)
    assert found.get("doc_type") == "candidacy"
    assert found.get("office") == "Oberbürgermeister"
    assert found.get("person") == "Marlene Osterkamp-Yildiz"


def test_the_incumbent_named_as_ours_is_no_sought_office() -> None:
    text = (
        "Unsere Oberbürgermeisterin Frau Kuntze-Abel hat das Fest eröffnet. Es kamen "
        "800 Gäste, und der Ortsverein hat Waffeln verkauft."
    )
    assert "office" not in sure(text)


def test_a_call_to_vote_for_the_party_makes_no_candidacy() -> None:
    text = (
        "Unser Programm zur Landtagswahl\n– Kurzfassung –\n\n1. TIERSCHUTZ INS ZENTRUM\n"
        "- ein Verbot von Wildtieren in Zirkussen\n\n"
        "Am Wahltag: Beide Stimmen für Mensch, Umwelt und Tierschutz!"
    )
    assert sure(text).get("doc_type") != "candidacy"


NOMINATION_SPEECH = """Rede von Gesine Haverkamp
anlässlich der Nominierung zur Landratskandidatin
Kreisparteitag im Landkreis Musterland, 21. Februar 2026

– Es gilt das gesprochene Wort –

Liebe Freundinnen und Freunde,

vor zwölf Jahren stand ich schon einmal an einem solchen Rednerpult. Heute geht es um das Amt, um das ich mich heute bei Ihnen bewerbe.

Ich möchte Landrätin des Landkreises werden.

Am 13. September wählen die Menschen im Landkreis. Ich bitte Sie heute um Ihr Vertrauen.
"""


def test_the_speech_of_a_candidate_at_the_nominating_assembly_is_a_candidacy() -> None:
    found = sure(NOMINATION_SPEECH)
    assert found.get("doc_type") == "candidacy"
    assert found.get("office") == "Landrat"
    assert found.get("person") == "Gesine Haverkamp"


def test_a_speech_without_a_bid_stays_a_speech() -> None:
    text = (
        "Rede von Gesine Haverkamp zum Haushalt 2026\n\n– Es gilt das gesprochene Wort –\n\n"
        "Sehr geehrter Herr Präsident, meine Damen und Herren,\n"
        "der Haushalt des Landkreises ist solide. Ich danke der Verwaltung für ihre Arbeit."
    )
    assert sure(text).get("doc_type") == ("other", "speech")


def test_an_faq_on_how_to_run_is_no_candidacy() -> None:
    text = (
        "**Wer darf für uns kandidieren?**\nAlle Menschen ab 18 Jahren, die wahlberechtigt sind.\n\n"
        "**Für welche Ämter kann ich kandidieren?**\nFür den Rat deiner Stadt, den Kreistag oder als Bürgermeister*in.\n\n"
        "**Muss ich Zeit mitbringen?**\nJa, oft 15 Stunden pro Woche."
    )
    assert sure(text, "FAQ: Wie werde ich Kandidat*in?").get("doc_type") != "candidacy"


NEWSLETTER = """Kreisverband aktuell
Newsletter der Partei im Kreis Musterland · Ausgabe 3/2025 · März 2025
Liebe Mitglieder,
der Frühling kommt, und mit ihm der Kommunalwahlkampf. Am 14. September wählen wir Räte, Kreistage, Bürgermeister und Landräte. In den nächsten Wochen stellen unsere Ortsverbände ihre Listen auf.
Termine
- 22.03.2025 – Kreisparteitag in Musterstadt
Herzliche Grüße
Ihre Kreisgeschäftsführerin
Marlies Overbeck-Brinkmann
"""


def test_a_newsletter_that_mentions_list_assemblies_is_no_candidacy() -> None:
    found = sure(NEWSLETTER)
    assert found.get("doc_type") == "other"
    assert "office" not in found


def test_an_interview_printed_in_a_newsletter_is_a_candidacy() -> None:
    text = (
        "Aus dem Mitgliederrundbrief des Ortsvereins, Ausgabe Dezember 2024\n\n"
        "Interview mit unserer Direktkandidatin Yasemin Achterberg-Okoro\n\n"
        "Yasemin, du bist mit 91 Prozent zur Kandidatin für den Wahlkreis 204 (Mainz) gewählt worden. Wie fühlt sich das an?\n"
        "Überwältigend. Ich habe nicht mit so einem klaren Ergebnis gerechnet.\n\n"
        "Was sind deine Themen?\nGute Arbeit und bezahlbare Mieten.\n\nDas Gespräch führte Jörn Stenzelmann."
    )
    found = sure(text)
    assert found.get("doc_type") == "candidacy"
    assert found.get("person") == "Yasemin Achterberg-Okoro"


def test_a_byline_with_an_academic_title_names_the_author() -> None:
    found = extract_metadata(
        "Die Partei kritisiert den Senat. Der Hafen braucht eine Lösung für den Schlick.",
        title="Senat muss Schlick-Problem lösen",
        hints={"byline": "Dr. Friederike Asmussenbrink"},
    )
    assert found["person"].value == "Friederike Asmussenbrink"


LETTER = """Liebe Bürgerinnen und Bürger,

am 26. Mai 2024 wählen Sie einen neuen Stadtrat und eine neue Bürgermeisterin oder einen neuen Bürgermeister. Die Partei hat mich einstimmig als Kandidaten nominiert, und ich möchte mich Ihnen kurz vorstellen.

Ich bin 54 Jahre alt und leite das Tiefbauamt des Landkreises.

Musterstadt, den 4. Mai

Ihr
Dipl.-Ing. Torsten
Kühnholdt
"""


def test_a_name_broken_over_the_last_two_lines_signs_the_letter() -> None:
    assert sure(LETTER).get("person") == "Torsten Kühnholdt"


def test_an_election_dated_before_its_verb_fixes_the_year_of_the_signature() -> None:
    assert sure(LETTER).get("date") == "2024-05-04"


def test_a_candidacy_for_the_treasurer_of_the_kreis_is_one_for_its_board() -> None:
    text = (
        "Bewerbung als Kreisschatzmeisterin\n\nLiebe Mitglieder,\nich bewerbe mich bei der "
        "Kreisvertreterversammlung am 15. März um das Amt der Kreisschatzmeisterin.\n\n"
        "Zu meiner Person: Theresa Aschenbeck, 39 Jahre, Steuerfachwirtin."
    )
    assert sure(text).get("office") == "Kreisvorstand"


PRESS_NOMINATION = """FREIE WÄHLER Musterbach
Presseinformation

Stefan Ruppelmann-Hainz soll Bürgermeister von Musterbach werden

Musterbach. Die FREIEN WÄHLER Musterbach schicken Stefan Ruppelmann-Hainz ins Rennen um das Bürgermeisteramt. Die Mitgliederversammlung nominierte den 49-Jährigen ohne Gegenstimme.

Der Vorsitzende der FREIEN WÄHLER im Kreis, Ewald Schnellbachmann, nannte Ruppelmann-Hainz „den bestmöglichen Kandidaten“.

12. März 2025
Ansprechpartner: Jörg Weitzelmann, Pressesprecher
"""


def test_a_press_release_announcing_one_nominee_names_no_contact_or_official_as_nominee() -> None:
    found = extract_metadata(PRESS_NOMINATION)
    assert "nominees" not in found
    values = {k: v.value for k, v in found.items() if v.confidence >= 0.5}
    assert values.get("person") == "Stefan Ruppelmann-Hainz"
    assert values.get("doc_type") == "candidacy"
    assert values.get("office") == "Bürgermeister"


def test_a_landtag_speech_names_its_speaker_land_and_session_date() -> None:
    text = (
        "Rede im Landtag Brandenburg, 14. Sitzung, 22. Mai 2025 – TOP 6: Gesetz zur Änderung des Schulgesetzes\n\n"
        "(Es gilt das gesprochene Wort.)\nFrau Präsidentin! Sehr geehrte Kolleginnen und Kollegen!\n"
        "Ich war 26 Jahre lang Lehrerin, zuletzt an einer Oberschule in Schwedt.\nVielen Dank."
    )
    found = sure(text, "Rede zum Schulgesetz – Kerstin Wodrichsen, MdL")
    assert found.get("doc_type") == ("other", "speech")
    assert found.get("person") == "Kerstin Wodrichsen"
    assert found.get("region") == "Brandenburg"
    assert found.get("date") == "2025-05-22"


def test_a_passive_with_soll_is_no_nomination() -> None:
    text = (
        "Das Programm:\n- Die Siesta im Rathaus soll nur legalisiert werden.\n"
        "- Ein Kreisverkehr für jeden Ortsteil.\n\nGewählt wird am 13. September 2026."
    )
    assert sure(text, "Unser Programm für Musterdorf").get("doc_type") != "candidacy"


SCRIPT = """VIDEOSKRIPT – Vorstellung (Reel, ca. 75 Sek.)
Projekt: LTW 2026 / Wahlkreis Musterstadt III

INSERT: „Marlene Hobohmann · Direktkandidatin Wahlkreis Musterstadt III“

MARLENE (spricht in die Kamera):
Hallo, ich bin Marlene. Ich bin Pflegefachfrau und ich kandidiere bei der Landtagswahl für den Wahlkreis hier bei uns.

MARLENE (Off):
Seit 15 Jahren arbeite ich im Krankenhaus.
"""


def test_a_script_labels_the_candidate_by_first_name_in_capitals() -> None:
    assert sure(SCRIPT).get("person") == "Marlene Hobohmann"


def test_the_questioner_of_a_blog_qa_is_not_the_answerer() -> None:
    text = (
        "Auf der Mailingliste hat mir Matthias Grabenhorst ein paar Fragen zu meiner Kandidatur gestellt.\n\n"
        "> **Matthias:** Du willst Landesschatzmeister werden. Hast du Erfahrung mit Finanzen?\n\n"
        "Ja. Ich bin Steuerfachangestellter und habe die Kasse des Kreisverbands geführt.\n\n"
        "> **Matthias:** Was machst du anders?\n\nIch will ein Team aufbauen."
    )
    found = extract_metadata(text, title="Fragen von Matthias zur Kandidatur als Landesschatzmeister")
    assert found.get("person") is None or found["person"].value != "Matthias Grabenhorst"


def test_a_reversed_name_field_with_its_label_spelt_out() -> None:
    text = (
        "Kurzvorstellung der Bewerberinnen und Bewerber\n\nBewerbung für: Listenplatz 9–12\n"
        "Name, Vorname: Krüger-Adomeitis, Johanna\nJahrgang: 1986\nBeruf: Tierärztin\n\n"
        "Ich bewerbe mich um einen Platz auf der Landesliste zur Landtagswahl."
    )
    assert sure(text).get("person") == "Johanna Krüger-Adomeitis"


def test_a_post_signed_above_its_hashtags_with_the_full_name_in_brackets() -> None:
    text = (
        "📣 ICH KANDIDIERE! 📣\n\nIch bewerbe mich auf der Landesmitgliederversammlung als Landessprecherin!\n\n"
        "Meine ganze Bewerbung findet ihr im Link in Bio.\n\nEure Anna (Anna-Lena Vöcklinger, sie/ihr)\n\n"
        "#GrüneJugend #Kandidatur\n\n♡ 214  💬 31\nvor 3 Tagen"
    )
    assert sure(text).get("person") == "Anna-Lena Vöcklinger"


def test_a_question_portal_asks_the_candidate_named_after_an() -> None:
    from tests.support.extraction import sure

    title = "Frage von Petra Ahlgrimm an Uwe Stellmacher (FDP), Direktkandidat im Wahlkreis 61"
    text = (
        "Sehr geehrter Herr Stellmacher, wie stehen Sie zur Verlängerung der Straßenbahn?\n\n"
        "Antwort von Uwe Stellmacher:\nSehr geehrte Frau Ahlgrimm, ich halte die Verlängerung "
        "für richtig und werde mich dafür einsetzen.\n\nBeantwortet am 17.01.2025\n"
    )
    found = sure(text, title=title)
    assert found["person"] == "Uwe Stellmacher"  # not the questioner
    assert found["date"] == "2025-01-17"  # the answer's own date


def test_a_closing_word_and_a_first_name_are_no_broken_name() -> None:
    from tests.support.extraction import sure

    text = (
        "Mehmet Akgül-Rohde, DIE LINKE Ortsverband Gröpelingen/Walle\n\nLiebe Genoss*innen,\n\n"
        "auf der Landesmitgliederversammlung wählen wir unsere Delegierten zum Bundesparteitag. "
        "Ich bewerbe mich auf einen der offenen Plätze.\n\nIch würde mich über eure Stimme "
        "freuen.\n\nSolidarisch\nMehmet\n"
    )
    found = sure(text, title="Bewerbung als Delegierter zum Bundesparteitag")
    assert found["person"] == "Mehmet Akgül-Rohde"


def test_the_press_contact_under_a_nomination_report_is_not_the_nominee() -> None:
    from tests.support.extraction import sure

    text = (
        "Sonsbeck, 23.05.2025\n\nDie CDU Sonsbeck geht mit Birgit Terhoeven in die "
        "Bürgermeisterwahl. Die Mitgliederversammlung wählte die Steuerberaterin mit 41 von 43 "
        "Stimmen zur Kandidatin. „Sie kann zuhören“, sagte der Vorsitzende Werner Ophey.\n\n"
        "Kontakt für Rückfragen:\nCDU-Gemeindeverband Sonsbeck\nWerner Ophey, Vorsitzender\n"
    )
    found = sure(text, title="CDU schickt Birgit Terhoeven ins Rennen um das Bürgermeisteramt")
    assert found["person"] == "Birgit Terhoeven"


PODCAST = """Dorfgespräche – der Podcast der SPD im Landkreis
Folge 12: „Bürgermeister im Ehrenamt“
Veröffentlicht am 24. April 2024

[00:00:05] Wiebke Sandhövel: Moin und willkommen! Ich bin Wiebke Sandhövel, und mir gegenüber
sitzt Hinnerk Dallmeyer. Hallo Hinnerk!

[00:00:21] Hinnerk Dallmeyer: Moin Wiebke, schön, dass ihr zu uns aufs Land gekommen seid.

[00:00:25] Wiebke Sandhövel: Hinnerk, du willst am 9. Juni Bürgermeister von Groß Miltzow
werden. Warum tut man sich das an?

[00:00:33] Hinnerk Dallmeyer: Weil sonst keiner da war. Der amtierende Bürgermeister hört auf,
und im Dorf haben wir lange überlegt. Ich kenne die Gemeinde und ich kenne die Leute, und ich
will, dass unser Dorf eine Zukunft hat.

[00:01:10] Wiebke Sandhövel: Und was willst du als Erstes angehen?

[00:01:14] Hinnerk Dallmeyer: Den Radweg nach Woldegk. Den fordern wir seit zehn Jahren.
"""


def test_a_podcasts_guest_is_the_candidate_not_the_host_who_introduces_herself() -> None:
    """Turns stamped with their time ("[00:00:25] Name: …"); the host introduces herself and
    asks ("du willst am 9. Juni Bürgermeister … werden": a bid told to its candidate)."""
    doc = document.build(PODCAST, "")
    assert [t.speaker for t in turns.turns(doc)][:2] == ["Wiebke Sandhövel", "Hinnerk Dallmeyer"]
    assert turns.interviewers(doc) == {"Wiebke Sandhövel"}
    found = sure(PODCAST)
    assert found["person"] == "Hinnerk Dallmeyer"
    assert found["office"] == "Bürgermeister"
    assert found["region"] == "Groß Miltzow"
