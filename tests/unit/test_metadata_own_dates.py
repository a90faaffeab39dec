"""The document's own date where mail programs, page templates and PDF footers put it.

Fictional people and texts throughout.
"""

from __future__ import annotations

from indexer.metadata import extract_metadata
from indexer.readers.html import parse_html


def _date(text: str, title: str | None = None) -> object:
    found = extract_metadata(text, title=title)
    return found["date"].value if "date" in found else None


NEWSLETTER_MAIL = """From: Piratenpartei Bremen <newsletter@example.org>
To: mitglieder@example.org
Date: Tue, 2 Dec 2025 08:00:00 +0100
Subject: [Piraten HB] Newsletter Dezember 2025 – LMV im Januar

Ahoi Piratinnen und Piraten,

die nächste Landesmitgliederversammlung findet am Samstag, 24. Januar 2026, statt.
Anträge bitte bis zum 20. Dezember 2025 einreichen.
"""


def test_an_e_mails_rfc_date_header_dates_it() -> None:
    assert _date(NEWSLETTER_MAIL) == "2025-12-02"


SENT_MAIL = """Von: Marlies Ohlendorf-Kraus
Gesendet: Freitag, 4. April 2025 um 16:20 Uhr
An: Delegierte Landesparteitag
Betreff: Meine Bewerbung

Liebe Delegierte,

der Landesvorstand hat den Landesparteitag für Samstag, den 10. Mai, nach Neunkirchen
einberufen. Ich bewerbe mich dort als stellvertretende Landesvorsitzende.

Marlies Ohlendorf-Kraus
"""


def test_a_sent_line_with_its_time_dates_the_mail() -> None:
    assert _date(SENT_MAIL) == "2025-04-04"


SIGNED_PDF_COPY = "\n".join(
    ["FDP Baden-Württemberg · Landesvertreterversammlung 2025 · Bewerbungen Landesliste", ""]
    + [
        "Ich bewerbe mich um Platz 6 der Landesliste. Die Landesvertreterversammlung tagt "
        "am 19. Juli in Pforzheim, gewählt wird im März 2026."
    ]
    + ["Ich setze mich für gute Schulen und schnelle Verfahren in den Kommunen ein."] * 30
    + [
        "",
        "Heidelberg, den 30. Juni 2025",
        "",
        "Henrike Stallbaum-Eisele",
        "",
        "Kontakt: henrike@example.org",
        "",
        "---------------------------------------------------------------",
        "Bewerbung Henrike Stallbaum-Eisele                  Seite 2 von 2",
        "---------------------------------------------------------------",
    ]
)


def test_a_dated_signature_above_a_contact_line_and_a_page_footer() -> None:
    assert _date(SIGNED_PDF_COPY) == "2025-06-30"


PAGE = """<html><head><title>Meine Kandidatur – Freie Wähler Bad Dürkheim</title></head><body>
<main><h1>Meine Kandidatur für das Amt des Bürgermeisters</h1>
<p>Liebe Bürgerinnen und Bürger, am 14. September 2025 wählen Sie einen neuen Bürgermeister
oder eine neue Bürgermeisterin. Ich trete an, als Kandidat der Freien Wähler, und bitte Sie um
Ihre Stimme für eine Stadt, die zusammenhält und ihre Zukunft selbst in die Hand nimmt.</p>
<p>Ihr Konrad Weißenbach-Lutz</p></main>
<footer><p>Veröffentlicht am 12.03.2019</p>
<p class="updated">Seite zuletzt aktualisiert: 06.05.2025</p></footer>
</body></html>"""


def test_a_footers_version_stamp_dates_the_page_its_old_template_date_does_not() -> None:
    raw = parse_html(PAGE)
    assert "Seite zuletzt aktualisiert: 06.05.2025" in raw.text
    assert "12.03.2019" not in raw.text
    assert _date(raw.text, raw.title) == "2025-05-06"


FORUM_POST = """Betreff: [Kandidatur] Beisitz im Bundesvorstand – Bundesparteitag 2026.1

Ahoi zusammen,

ich kandidiere auf dem Bundesparteitag 2026.1 für einen Beisitz im Bundesvorstand der
Piratenpartei Deutschland. Ich bin 29 und wohne in Bielefeld.

Klarmachen zum Ändern!
Malte

--
Piratenpartei Deutschland · Kandidaturen-Forum · Beitrag vom 03.02.2026, 21:47
"""


def test_a_forum_posts_stamp_dates_it() -> None:
    assert _date(FORUM_POST) == "2026-02-03"


WIKI_PAGE = """<html><head><title>BE:Kandidaturen/Kassenprüfer/Muster – Piratenwiki</title></head>
<body><div id="content"><h1>BE:Kandidaturen/Kassenprüfer/Muster</h1>
<p>Moin zusammen, ich bin Lasse, 41, Steuerfachangestellter aus Adlershof, und kandidiere als
Kassenprüfer für den Landesverband Berlin auf der Landesmitgliederversammlung 2026.1, weil
sich die letzten beiden Prüfer nach der letzten Versammlung zurückgezogen haben.</p></div>
<div id="footer"><ul id="footer-info">
<li id="footer-info-lastmod">Diese Seite wurde zuletzt am 5. Februar 2026 um 21:13 Uhr
bearbeitet.</li></ul></div></body></html>"""


def test_a_wikis_last_edit_dates_its_page() -> None:
    raw = parse_html(WIKI_PAGE)
    assert _date(raw.text, raw.title) == "2026-02-05"


REPLY = """From: Hanno Rieckhoff <kgf@example.org>
To: Vorsitzende der Ortsverbände <ov@example.org>
Date: Tue, 2 Dec 2025 09:14:03 +0100
Subject: AW: AW: Kreisparteitag 17. Januar – Saal, Anträge, Delegierte

Liebe Ortsvorsitzende,

kurzer Stand von mir: Die Aula in Plön ist für den 17. Januar fest gebucht. Anträge zum
Kreisparteitag bitte bis 2. Januar an mich. Auf der Tagesordnung steht die Wahl der
Delegierten zum Landesparteitag.

Beste Grüße
Hanno

-----Ursprüngliche Nachricht-----
Von: Gesine Tammling <gesine@example.org>
Gesendet: Montag, 1. Dezember 2025 20:41
Betreff: AW: Kreisparteitag 17. Januar – Saal, Anträge, Delegierte

> Moin Hanno, moin alle,
>
> ist die Aula barrierefrei? Und: Weiß schon jemand, wer für den Kreisvorsitz antritt?
> Bei uns in Preetz wird viel spekuliert, und die Zeitung hat auch schon angerufen.
>
> Gesine Tammling
> Vorsitzende CDU-Ortsverband Preetz
"""


def test_a_reply_is_its_own_document_by_its_sender() -> None:
    found = {k: v.value for k, v in extract_metadata(REPLY, title=REPLY.split("\n")[0]).items()}
    assert found["date"] == "2025-12-02"  # the reply's, not the quoted message's
    assert found.get("person") == "Hanno Rieckhoff"  # not the quoted message's signer
    assert "office" not in found


def test_a_programmes_byline_unit_is_its_region() -> None:
    text = (
        "Der folgende Text ist ein Auszug aus unserem Kreistagswahlprogramm, beschlossen von der "
        "Kreismitgliederversammlung.\n\nWer in Dommitzsch oder Belgern wohnt, ist ohne eigenes "
        "Auto abgehängt. Das wollen wir ändern: jede Gemeinde im Landkreis im Stundentakt.\n"
    )
    found = extract_metadata(
        text,
        title="Kreistagswahlprogramm 2024 – Auszug: Mobilität",
        hints={"byline": "Kreisverband Nordsachsen"},
    )
    assert found["region"].value == "Nordsachsen"
    assert found["bundesland"].value == "Sachsen"


def test_a_datelines_place_is_no_speaker() -> None:
    text = (
        "„Spandau hat mehr verdient“ – Rede von Gregor Paschkowitz beim Neujahrsempfang\n"
        "Zitadelle Spandau, 16. Januar 2026 · Es gilt das gesprochene Wort.\n\n"
        "Liebe Spandauerinnen und Spandauer, herzlich willkommen hier in der Zitadelle! Das Jahr "
        "2026 wird ein besonderes Jahr für Berlin und für Spandau.\n"
    )
    found = extract_metadata(text, title="Rede zum Neujahrsempfang 2026 | SPD Spandau")
    assert found.get("person") is None or found["person"].value == "Gregor Paschkowitz"


LETTERHEAD = """Dr. Hans-Georg Wiebking                              Bonn, den 3.5.1998
Rechtsanwalt
Poppelsdorfer Allee 51
53115 Bonn


An die Mitglieder
des F.D.P.-Kreisverbandes Bonn

Betr.:  Meine Kandidatur für den Kreisvorsitz

Liebe Parteifreundinnen und Parteifreunde,

wie Ihr wißt, wird unser Kreisvorsitzender nicht wieder antreten. Ich bewerbe mich auf dem
nächsten Kreisparteitag am Samstag, 16. Mai 1998, um den Kreisvorsitz. Die Bundestagswahl
am 27. September 1998 wird für uns eine der schwersten seit langem, und dafür müssen wir
die Weichen stellen, damit wir in allen Stadtbezirken präsent sind und gewinnen.

Mit freundlichen Grüßen

gez. Dr. H.-G. Wiebking
"""


def test_a_letterhead_in_columns_dates_the_letter() -> None:
    """A typewriter's letterhead puts the dateline beside the name; the next line (the
    writer's profession) is no continuation of it."""
    assert extract_metadata(LETTERHEAD)["date"].value == "1998-05-03"


CALENDAR = """Saarbrücken, 31. März 2025

Liebe Mitglieder,

auf der Landesmitgliederversammlung am Samstag haben wir einen neuen Landesvorstand gewählt.
Danke für eure Arbeit!

Termine
12. April 2025 – Kreismitgliederversammlung Saarlouis
26. April 2025 – Klausur des neuen Landesvorstands
14. Juni 2025 – Landesmitgliederversammlung (Teil 2), Homburg
"""


def test_a_calendar_of_dates_does_not_date_the_text() -> None:
    assert extract_metadata(CALENDAR)["date"].value == "2025-03-31"


# --- portals, recordings, printed pages, two languages, permalinks (set 16's patterns) --------

QUESTION_PORTAL = """Thomas Wendehals-Kuhn – Kandidat Bundestagswahl 2025

Frage von Sieglinde K. · 14.01.2025 · Thema: Rente
Ich bin 63 und frage mich, was aus meiner Rente wird.

Antwort von Thomas Wendehals-Kuhn · 17.01.2025
Ich kandidiere für den Bundestag, weil ich genau das ändern will.

Profil zuletzt aktualisiert am 03.02.2025
"""


def test_a_question_portals_page_is_dated_by_its_profile_not_by_the_first_question() -> None:
    assert _date(QUESTION_PORTAL) == "2025-02-03"
    # without the profile's stamp the thread's entries date the page
    without = QUESTION_PORTAL.replace("Profil zuletzt aktualisiert am 03.02.2025\n", "")
    assert _date(without) == "2025-01-14"


def test_a_candidate_checks_answers_and_profile_stamps_date_it() -> None:
    text = (
        "Kandidat:innen-Check Bezirksversammlung 2024\n\n"
        "Antworten eingereicht am 29.04.2024 · Profil zuletzt aktualisiert am 06.05.2024\n\n"
        "These 1: Der Bezirk braucht mehr Radwege. Begründung der Kandidatin: Ich bin dafür."
    )
    assert _date(text) in ("2024-04-29", "2024-05-06")


def test_an_upload_and_a_transcripts_recording_date_the_text() -> None:
    captions = (
        "Warum ich für den Bundestag kandidiere – Malin Obermüller\n"
        "Hochgeladen: 04.12.2024\n\n"
        "[00:00] hallo ich bin malin und ich bewerbe mich um die direktkandidatur\n"
        "Die Wahlkreisversammlung ist am 18. Januar 2025.\n"
    )
    assert _date(captions) == "2024-12-04"
    interview = (
        "Am Mikrofon\nAbschrift des Interviews vom 14. Mai 2024, 18.10 Uhr\n\n"
        "MODERATORIN: Am 9. Juni 2024 wird gewählt. Warum kandidieren Sie?\n"
        "GAST: Weil ich Bürgermeister werden will.\n"
    )
    assert _date(interview) == "2024-05-14"


def test_a_printed_pages_footer_dates_a_press_release() -> None:
    text = (
        "Pressemitteilung\n\nFraktion fordert Neubau der Klinik\n\n"
        "Die Fraktion im Bezirkstag hält einen Neubau für nötig und beantragt in der Sitzung "
        "am 3. Juli 2025 eine Prüfung. Gewählt wird der neue Bezirkstag am 8. Oktober 2028.\n\n"
        "V.i.S.d.P.: Fraktion im Bezirkstag, Pressestelle\n"
        "Fraktion im Bezirkstag · Augsburg · 14.05.2025 · Seite 1/1\n"
    )
    assert _date(text) == "2025-05-14"


def test_a_bilingual_dateline_dates_the_text() -> None:
    text = (
        "Glückwunsch an die neue Bürgermeisterin\n\n"
        "Harrislee, 4. November 2024 / Harreslev, den 4. november 2024\n\n"
        "Wir gratulieren herzlich zur Wahl am 27. Oktober 2024. Vi ønsker hjertelig tillykke."
    )
    assert _date(text) == "2024-11-04"


def test_a_posts_permalink_dates_it_where_the_text_does_not() -> None:
    text = (
        "Mein Weg in den Ortschaftsrat\n\nIch bin Anton Rübenstrunk und kandidiere für den "
        "Ortschaftsrat.\n\nPermalink: https://gruene-ost.example/2024/03/19/ortschaftsrat/\n"
    )
    assert _date(text) == "2024-03-19"
    other = text.replace("Permalink: ", "Siehe auch: ")
    assert _date(other) != "2024-03-19"  # a link to another post is no date of this one


def test_a_calendar_weeks_stamp_dates_the_text_by_its_month() -> None:
    """ "Stand: KW 12/2025" (a press review's issue) names a week, dated by the month of its
    Monday, 17 March 2025; a week that the year lacks names nothing."""
    text = (
        "Pressespiegel – Stand: KW 12/2025\n\nLandrat kündigt Sparpaket an. Die Kreisverwaltung "
        "legt am 27. März 2025 den Haushalt vor."
    )
    assert _date(text) == "2025-03"
    assert _date(text.replace("KW 12/2025", "KW 53/2025")) != "2025-12"
