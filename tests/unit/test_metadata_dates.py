"""Date candidates: the document's own date first, then the assembly, then the election.

One fictional document per pattern; people, lists and events are invented.
"""

from __future__ import annotations

import pytest

from indexer.metadata import DATE_RIVAL_PENALTY as RIVAL_PENALTY
from indexer.metadata import dates, document
from indexer.metadata.evidence import Context, decide

#: The default of the ``metadata_min_confidence`` setting: values under it stay out of facets.
FACET_THRESHOLD = 0.5


def _date(text: str, title: str = "", **known: str) -> str | None:
    doc = document.build(text, title)
    decision = decide(dates.candidates(doc, Context(genre="candidacy", known=known)))
    return str(decision.value) if decision is not None else None


def _sure_date(text: str, title: str, genre: str) -> str | None:
    """The date decided for a text of ``genre``, if sure enough for the facet."""
    decision = decide(dates.candidates(document.build(text, title), Context(genre=genre)))
    return str(decision.value) if decision and decision.confidence >= FACET_THRESHOLD else None


ELECTION_TEXT = (
    "Liebe Mitglieder,\n"
    "ich bewerbe mich um einen Platz auf unserer Liste. Gewählt wird am 8. März 2026.\n"
    "Eure Ilka Brenneisen"
)


def test_file_name_of_a_dated_post_beats_the_election() -> None:
    assert _date(ELECTION_TEXT, filename="_posts/2025-11-30-bewerbung-liste.md") == "2025-11-30"
    assert _date(ELECTION_TEXT) == "2026-03-08"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("2024-09-29-slug.md", "2024-09-29"),
        ("blog/_posts/2012-10-17-fragen.markdown", "2012-10-17"),
        ("content/posts/2024-03-01-liste/index.md", "2024-03-01"),
        ("2024-03-01-liste/bild.md", None),
        ("2024-13-01-kaputt.md", None),
        ("bewerbung-2024.md", None),
        ("", None),
    ],
)
def test_filename_date(name: str, value: str | None) -> None:
    assert dates.filename_date(name) == value


def test_last_updated_line_beats_the_election() -> None:
    text = "Zuletzt aktualisiert: 19.01.2026\n" + ELECTION_TEXT
    assert _date(text) == "2026-01-19"


def test_published_line_with_a_byline() -> None:
    text = "Veröffentlicht am 3. März 2026 von der Redaktion · Kategorie: Wahlen\n" + ELECTION_TEXT
    assert _date(text) == "2026-03-03"


def test_dated_signature_gives_the_month() -> None:
    text = ELECTION_TEXT + "\nTrier, im Mai 2026"
    assert _date(text) == "2026-05"


def test_assembly_beats_election() -> None:
    text = (
        "Auf der Kreismitgliederversammlung am 14. Februar 2026 stelle ich mich zur Wahl. "
        "Die Kommunalwahl findet am 8. März 2026 statt."
    )
    assert _date(text) == "2026-02-14"


def test_template_footer_date_is_weaker_than_the_assembly() -> None:
    text = (
        "Auf der Mitgliederversammlung am 22. November 2025 kandidiere ich für den Vorstand.\n"
        "Veröffentlicht am 12.01.2019 · © 2019 Ortsverein Musterdorf · Impressum"
    )
    assert _date(text) == "2025-11-22"


def test_past_election_is_not_the_date() -> None:
    text = (
        "Seit der Kommunalwahl am 13. September 2020 sitze ich im Stadtrat. "
        "Ich kandidiere erneut bei der Kommunalwahl 2025."
    )
    assert _date(text) == "2025"


def test_election_night() -> None:
    text = "Ich kämpfe dafür, am Abend des 23. Februar 2025 wieder jubeln zu können."
    assert _date(text) == "2025-02-23"


def test_newsletter_issue() -> None:
    text = "Aus dem Mitgliederrundbrief des Ortsvereins Musterhausen-Nord, Ausgabe Dezember 2024\n"
    text += "Ich bin 1968 geboren und seit 2001 Mitglied."
    assert _date(text) == "2024-12"


def test_birth_membership_and_copyright_years_are_no_date() -> None:
    text = "Ich bin Jahrgang 1975, seit 2009 Mitglied der Partei.\n© 2025 Ortsverband Musterfeld"
    assert _date(text) is None


def test_format_metadata_is_weak() -> None:
    text = "Auf dem Landesparteitag am 7. Juni 2025 bewerbe ich mich als Beisitzerin."
    assert _date(text, format_date="2025-06-20") == "2025-06-07"
    assert _date("Ein Text ohne Datum.", format_date="2025-06-20") == "2025-06-20"


def test_election_year_in_the_title() -> None:
    assert _date("Unsere Kandidierenden stellen sich vor.", "Landtagswahl 2022") == "2022"


def test_a_given_date_yields_nothing() -> None:
    doc = document.build(ELECTION_TEXT, "")
    assert dates.candidates(doc, Context(known={"date": "2025-01-01"})) == []


def test_find_date_is_the_decision_over_the_candidates() -> None:
    text = "Zuletzt aktualisiert: 19.01.2026\n" + ELECTION_TEXT
    hit = dates.find_date(document.build(text, ""))
    assert hit is not None and hit.value == "2026-01-19"


@pytest.mark.parametrize("text", ["", "2025-13-45", "am 31. Februar 2025 Wahl", "Ausgabe Mai 20"])
def test_candidates_never_raise(text: str) -> None:
    doc = document.build(text, text)
    assert isinstance(dates.candidates(doc, Context(known={"filename": text})), list)


def test_a_year_inside_a_stronger_date_supports_it() -> None:
    text = "Zur Bundestagswahl 2025 trete ich an. Gewählt wird am 23. Februar 2025."
    found = dates.candidates(document.build(text, ""), Context())
    assert {c.value for c in found} == {"2025-02-23"}
    assert {c.rule for c in found} >= {"election", "election-year"}


def _confidence(text: str, **known: str) -> tuple[str | None, float]:
    doc = document.build(text, "")
    decision = decide(dates.candidates(doc, Context(known=known)), rival_penalty=RIVAL_PENALTY)
    return (str(decision.value), decision.confidence) if decision else (None, 0.0)


def test_rules_that_settle_the_date_reach_the_facet_threshold() -> None:
    assembly = (
        "Auf der Mitgliederversammlung am 14. Februar 2026 stelle ich mich zur Wahl. "
        "Die Kommunalwahl findet am 8. März 2026 statt."
    )
    value, confidence = _confidence(assembly)
    assert value == "2026-02-14" and confidence >= FACET_THRESHOLD
    value, confidence = _confidence("Bei der Landtagswahl 2027 kandidiere ich.")
    assert value == "2027" and confidence >= FACET_THRESHOLD


def test_weak_evidence_stays_under_the_facet_threshold() -> None:
    assert _confidence("Kein Datum im Text.", format_date="2025-06-20")[1] < FACET_THRESHOLD
    footer = "Ich bewerbe mich.\nVeröffentlicht am 12.01.2019 · © 2019 Ortsverein · Impressum"
    assert _confidence(footer)[1] < FACET_THRESHOLD


def test_deadlines_are_no_date() -> None:
    text = (
        "Bewerbungen für die Wahl sind bis zum 15. Januar 2026 möglich. "
        "Die Wahlversammlung findet am 7. Februar 2026 statt."
    )
    assert _date(text) == "2026-02-07"
    only = "Für die Wahl gilt: Anmeldeschluss 15. Januar 2026."
    assert _date(only) is None


def test_a_template_date_years_before_the_assembly_is_stale() -> None:
    text = (
        "Veröffentlicht am 12.01.2019\n"
        "Auf der Mitgliederversammlung am 22. November 2025 bewerbe ich mich für den Vorstand."
    )
    assert _date(text) == "2025-11-22"
    fresh = text.replace("12.01.2019", "02.11.2025")
    assert _date(fresh) == "2025-11-02"


def test_an_election_year_years_ahead_does_not_stale_the_dateline() -> None:
    text = "Berlin, 3. Mai 2023\nWir bereiten uns schon heute auf die Bundestagswahl 2025 vor."
    assert _date(text) == "2023-05-03"


def test_a_timestamp_with_a_time_is_a_dateline() -> None:
    text = "Zuletzt aktualisiert am 19. Januar 2026 um 14:03 Uhr\n" + ELECTION_TEXT
    assert _date(text) == "2026-01-19"
    event = "Am 5. Februar 2026, 19 Uhr: Mitgliederversammlung im Bürgerhaus\n" + ELECTION_TEXT
    rules = {c.rule for c in dates.candidates(document.build(event, ""), Context())}
    assert "assembly" in rules and "dateline" not in rules  # an event line, no timestamp


def test_the_year_of_a_dated_assembly_fixes_a_day_without_year() -> None:
    text = (
        "Ich bewerbe mich als Delegierte für die BDK im November 2025.\n"
        "Die Kreismitgliederversammlung wählt die Delegierten am 23. September."
    )
    assert _date(text) == "2025-09-23"


def test_a_day_without_year_stays_undated_without_a_fixing_event() -> None:
    text = (
        "Seit 2022 bin ich im Kreisvorstand. Auf dem Landesparteitag am 7. und 8. September "
        "bewerbe ich mich als Landesvorsitzender."
    )
    assert _date(text) is None


# --- the document's own date: bylines, minutes, signatures without a year --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht: 11. Februar 2025\nDer Ortsverein hat Jale Brinkhus für den Stadtrat "
         "nominiert. Gewählt wird am 14. September 2025.", "2025-02-11"),
        ("Protokoll der Mitgliederversammlung\nDatum: 04.11.2025\nSeit der Kommunalwahl 2019 "
         "sind wir mit drei Sitzen im Rat. Die Versammlung wählte Tom Ahlers zum Vorsitzenden.",
         "2025-11-04"),
    ],
)  # fmt: skip
def test_a_byline_or_minutes_date_beats_events(text: str, expected: str) -> None:
    assert _date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ich bewerbe mich als Delegierte für den Landesparteitag im Oktober 2027.\n"
         "Viele Grüße\nRegensburg, 2. August\nElfi Danner-Kuhn", "2027-08-02"),
        ("Für die Bundesdelegiertenkonferenz im Dezember 2026 bitte ich um euer Vertrauen.\n"
         "Bielefeld, den 30. September\nMalte Overbeck", "2026-09-30"),
    ],
)  # fmt: skip
def test_a_signature_without_year_takes_the_year_the_text_fixes(text: str, expected: str) -> None:
    assert _date(text) == expected


def test_a_signature_without_year_and_nothing_that_fixes_one_gives_no_day() -> None:
    text = "Ich bewerbe mich für den Vorstand.\nKassel, 2. August\nRieke Lamprecht"
    assert _date(text) is None


def test_a_pdf_line_break_inside_the_assembly_sentence() -> None:
    text = (
        "Liebe Mitglieder,\nich bitte um eure Unterstützung.\n\nDie Wahlkreisversammlung\n"
        "am 15. März 2025 in Hamm\nentscheidet über die Kandidatur für die\n"
        "Landtagswahl 2027."
    )
    assert _date(text) == "2025-03-15"


def test_a_transcript_in_lower_case_names_the_election_day() -> None:
    text = (
        "liebe freundinnen und freunde ich bin elske hammerich und ich bitte euch um eure "
        "stimme für die landtagswahl 2026 denn am 22 märz entscheidet sich viel danke"
    )
    assert _date(text) == "2026-03-22"


def test_a_heading_above_a_date_is_not_its_sentence() -> None:
    text = "Kommunalwahl 2026\nAm 3. Mai treffen wir uns zur Mitgliederversammlung im Saal."
    found = dates.candidates(document.build(text, ""), Context())
    rules = {c.rule for c in found if c.value == "2026-05-03"}
    assert "assembly" in rules and "election" not in rules


def test_a_signature_without_year_after_the_election_day_is_from_the_year_before() -> None:
    text = (
        "Ich bewerbe mich um die Direktkandidatur für die Landtagswahl am 22. März 2026.\n"
        "Mainz, 12. Oktober\nKonstanze Wegerich"
    )
    assert _date(text) == "2025-10-12"


def test_agreeing_is_no_vote_in_ordinary_prose() -> None:
    text = "Dem Antrag vom Vorstand stimme ich zu, am 4. Mai 2026 treffen wir uns im Saal."
    rules = {c.rule for c in dates.candidates(document.build(text, ""), Context())}
    assert "election" not in rules


def test_a_nomination_in_the_perfect_tense_dates_the_assembly() -> None:
    text = (
        "Die SPD im Landkreis Harburg hat am 9. März 2024 ihre Liste für den Kreistag "
        "gewählt. Auf Platz 1 steht Tamme Oldenburg."
    )
    assert _date(text) == "2024-03-09"
    future = "Am 9. Juni 2024 wird der Kreistag gewählt, die Liste steht."
    rules = {c.rule for c in dates.candidates(document.build(future, ""), Context())}
    assert "assembly" not in rules


def test_a_post_dated_by_its_file_name_fixes_the_year_of_a_day_without_one() -> None:
    """ "am 16. Mai" in a post named 2025-03-14-… is May 2025, never a later year."""
    from indexer.metadata import extract_metadata

    text = ("Warum kandidierst du für den Landesvorstand?\n"
            "Weil der Landesparteitag am 16. Mai in Kassel einen neuen Vorstand wählt und "
            "Kandidaturen nicht an fehlenden Freiwilligen scheitern dürfen.\n"
            "Bis zur Landtagswahl 2027 wollen wir in jedem Kreis Ansprechpersonen haben.\n")
    found = extract_metadata(text, title="Fragen an Kerrin", filename="posts/2025-03-14-fragen.md")
    assert found["date"].value in ("2025-03-14", "2025-05-16")


def _own_date(text: str, title: str = "", genre: str = "other") -> str | None:
    doc = document.build(text, title)
    decision = decide(dates.candidates(doc, Context(genre=genre)), rival_penalty=RIVAL_PENALTY)
    return str(decision.value) if decision is not None else None


def test_a_closing_dateline_beats_the_assembly_and_the_election_of_the_title() -> None:
    text = (
        "Liebe Genossinnen und Genossen,\n\n"
        "ich bewerbe mich um einen Platz auf der Landesliste.\n\n"
        "Die Landesmitgliederversammlung wählt die Liste am 14. März 2027.\n\n"
        "Hannover, 2. Dezember 2026\nWiebke Aldenhoven"
    )
    title = "Bewerbung für die Landesliste zur Landtagswahl 2027"
    assert _own_date(text, title, genre="candidacy") == "2026-12-02"


def test_an_e_mail_header_dates_the_mail_not_the_meeting_it_invites_to() -> None:
    text = (
        "Von: Kreisvorstand <vorstand@example.org>\n"
        "Datum: Do., 3. Dez. 2026, 20:05\n"
        "Betreff: Einladung zur Aufstellungsversammlung Kommunalwahl 2027\n\n"
        "Liebe Mitglieder,\nwir laden ein zur Mitgliederversammlung am Samstag, 9. Januar 2027."
    )
    assert _own_date(text) == "2026-12-03"


def test_a_header_line_of_parts_carries_the_issue_date() -> None:
    text = (
        "Rundbrief des Ortsvereins Musterstadt · Ausgabe 4/2026 · 1. Oktober 2026\n\n"
        "Liebe Mitglieder,\nder Parteitag am 21. November wählt den neuen Vorstand. "
        "Und schon jetzt denken wir an die Kommunalwahl 2031.\n"
    )
    # the election five years ahead makes the newsletter's date no template's date
    assert _own_date(text, genre="newsletter") == "2026-10-01"


def test_a_day_without_year_takes_the_year_of_the_documents_own_date() -> None:
    doc = document.build(
        "Ausgabe Herbst · 5. Oktober 2026\n\nAuf dem Parteitag am 21. November wählen wir.\n"
        "Die Kommunalwahl im März 2031 ist noch weit.",
        "",
    )
    values = {str(c.value) for c in dates.candidates(doc, Context(genre="newsletter"))}
    assert "2026-11-21" in values and "2031-11-21" not in values


def test_a_footer_part_with_a_change_date_is_a_dateline() -> None:
    text = (
        "Antworten der Kandidierenden auf unsere Fragen.\n\nDie Wahl am 1. September zählt.\n\n"
        "Musterverein e.V. · Parteipolitisch neutral · Letzte Änderung der Seite: 02.08.2024"
    )
    assert _own_date(text, "Wahlprüfsteine Landtagswahl 2024") == "2024-08-02"


def test_a_numbered_issue_with_its_month_dates_a_newsletter() -> None:
    text = (
        "Betreff: Post aus Berlin – Nr. 11 / November 2025\n\n"
        "Liebe Genossinnen und Genossen,\nes war ein voller Monat."
    )
    assert _own_date(text, genre="newsletter") == "2025-11"


def _date_of(text: str) -> object:
    doc = document.build(text, None)
    decision = decide(dates.candidates(doc, Context()), rival_penalty=RIVAL_PENALTY)
    return decision.value if decision is not None else None


def test_a_date_continuing_a_wrapped_pdf_line_is_no_dateline() -> None:
    text = (
        "Wahlordnung\nfür die Landesvertreterversammlung\n"
        "Beschlossen vom Landesvorstand am 12. Mai 2025\n\n§ 1 Geltungsbereich\n"
        "(1) Diese Wahlordnung gilt für die Landesvertreterversammlung am\n"
        "27. September 2025 in der Stadthalle Sindelfingen.\n"
    )
    assert _date_of(text) == "2025-05-12"


def test_an_events_days_are_no_dateline_but_a_submission_date_is() -> None:
    text = (
        "Landesdelegiertenkonferenz BÜNDNIS 90/DIE GRÜNEN NRW\n8.–9. November 2025, Bielefeld\n\n"
        "Antrag V-12\nAntragsteller*innen: KV Münster\nEingereicht am: 02.09.2025\n\n"
        "Die Landesdelegiertenkonferenz möge beschließen: Sozialticket sichern."
    )
    assert _date_of(text) == "2025-09-02"


def test_minutes_are_dated_by_their_meeting() -> None:
    text = (
        "Ortsverband Pirna\n\nProtokoll der Mitgliederversammlung vom 04.11.2025\n\n"
        "TOP 2: Das Protokoll vom 02.09.2025 wird genehmigt. Die Kreismitgliederversammlung "
        "findet am 24. Januar 2026 statt."
    )
    assert _date_of(text) == "2025-11-04"


PROGRAMME_PAGES = "".join(
    f"Seite {n}\n\nWir wollen in Musterau mehr Busse und eine sanierte Grundschule. Am 15. März "
    "2026 ist Kommunalwahl, und wir bitten um Ihr Vertrauen.\n\n" for n in range(1, 12)
)


def test_a_version_stamp_in_the_footer_line_dates_the_text() -> None:
    # the last line of a PDF: address and "Stand:" - the programme's own date, not the election
    text = PROGRAMME_PAGES + (
        "V.i.S.d.P.: Hauke Timmermann, Am Deich 4, 25813 Husum · Stand: Januar 2026\n"
    )
    assert len(text) > 1500
    assert _date(text, "Kommunalwahlprogramm 2026") == "2026-01"


def test_a_template_publication_line_in_the_footer_stays_weak() -> None:
    text = PROGRAMME_PAGES + "Impressum · Datenschutz · Veröffentlicht am 03.03.2019\n"
    assert _date(text, "Kommunalwahlprogramm 2026") == "2026-03-15"


def test_a_monthly_issue_numbered_by_its_month() -> None:
    text = (
        "Amtsblatt-Beitrag der SPD Musterdorf                  Ausgabe 04/2024\n\n"
        "Unsere Kandidatinnen und Kandidaten für den Gemeinderat stellen sich vor. Gewählt wird "
        "am 9. Juni 2024.\n"
    )
    assert _date(text) == "2024-04"


def test_a_publication_note_in_brackets_under_the_signature() -> None:
    text = (
        "Hallo zusammen,\nich bewerbe mich auf dem Kreisparteitag am 21. Februar 2026 als "
        "Beisitzerin für den Kreisvorstand.\n\nEure Wiebke\n\n"
        "(veröffentlicht am 09.02.2026 auf kv-musterau.de/bewerbungen)\n"
    )
    assert _date(text) == "2026-02-09"


def test_a_files_own_date_is_no_rival_of_the_texts() -> None:
    # a PDF exported long before (or after) the election it lists: the text's year stands
    value, confidence = _confidence("Bei der Landtagswahl 2027 kandidiere ich.",
                                    format_date="2019-01-01")
    assert value == "2027" and confidence >= FACET_THRESHOLD
    value, confidence = _confidence("Bei der Landtagswahl 2027 kandidiere ich.",
                                    format_date="2027-02-03")
    assert value == "2027" and confidence >= FACET_THRESHOLD
    # without a date of the text it dates the file, unsure
    value, confidence = _confidence("Ein Text ohne Datum.", format_date="2027-02-03")
    assert value == "2027-02-03" and confidence < FACET_THRESHOLD


def test_an_election_whose_result_is_told_is_a_past_one() -> None:
    text = ("Ich möchte für den Deutschen Bundestag kandidieren. Bei der Kommunalwahl 2019 "
            "wurde ich in die Bürgerschaft der Hansestadt Rostock gewählt.")
    value, confidence = _confidence(text)
    assert value is None or confidence < FACET_THRESHOLD
    # a nomination for an election to come, told in the past tense, dates the text
    value, confidence = _confidence("Für die Landtagswahl 2026 wurde ich auf Platz 3 gewählt.")
    assert value == "2026" and confidence >= FACET_THRESHOLD


def test_the_members_own_nominating_act_dates_the_assembly() -> None:
    text = ("am 14. März 2026 stellen wir in Güstrow unsere Landesliste für die Landtagswahl am "
            "20. September 2026 auf. Ich bewerbe mich um den vierten Listenplatz.")
    value, confidence = _confidence(text)
    assert value == "2026-03-14" and confidence >= FACET_THRESHOLD
    # "stellen wir … vor" presents, it does not nominate
    text = ("Am 14. März 2026 stellen wir unsere Kandidaten für die Landtagswahl am 20. September "
            "2026 vor.")
    assert _confidence(text)[0] == "2026-09-20"


@pytest.mark.parametrize(
    "header", ["15.10.2024 · Presse · 2 Kommentare", "15.10.2024 | Pressemitteilungen"]
)
def test_a_posts_header_line_under_a_headline_ending_in_ab_is_its_date(header: str) -> None:
    """"Grüne lehnen Kürzungen ab" ends with a verb's particle, not with "ab" before a date
    that a PDF wrapped onto the next line: the header line under it dates the post."""
    text = (
        "Grüne lehnen Kürzungen beim Nahverkehr in Musterstadt ab\n"
        f"{header}\n"
        "Musterstadt. Der Kreisverband kritisiert die Pläne der Verwaltung. Zur Kundgebung am "
        "Samstag, 26. Oktober, um 14 Uhr lädt Helga Vormbrock ein."
    )
    assert _sure_date(text, "", "press_release") == "2024-10-15"


def test_a_running_page_header_dates_the_series_not_the_bid() -> None:
    """"27.09.2025 · Anlage 3: Bewerbungen" over each page of an assembly's papers is the
    assembly's; the bid's own dated signature is the document's date."""
    header = (
        "Kreisverband Musterkreis – Kreismitgliederversammlung\n27.09.2025 · Anlage 3: Bewerbungen"
    )
    text = (
        f"{header}\nBewerbung als Delegierte zur BDK\nLiebe Freundinnen und Freunde,\n"
        "ich bewerbe mich als Delegierte für die Bundesdelegiertenkonferenz.\n"
        f"Seite 1 von 2\n{header}\nIch freue mich auf eure Stimmen.\n"
        "Musterstadt, 2. September 2025\nLena Quastenberg\nSeite 2 von 2"
    )
    assert _date(text) == "2025-09-02"


def test_a_running_header_alone_still_dates_the_text() -> None:
    header = "Stand: 14.03.2025 · Entwurf"
    text = f"{header}\nKapitel 1: Wohnen in Musterstadt\nWir wollen bauen.\n{header}\nKapitel 2"
    assert _date(text) == "2025-03-14"


@pytest.mark.parametrize(
    "decided",
    [
        "Beschlossen von der Mitgliederversammlung des Regionalverbands am 2. März 2024 in\n"
        "Musterstadt-Nord.",
        "Beschlossen am 2. März 2024.",
        "Verabschiedet auf dem Kreisparteitag am 2. März 2024",
    ],
)
def test_a_programmes_decision_line_is_its_date(decided: str) -> None:
    """"Beschlossen von der Mitgliederversammlung … am 2. März 2024" dates a programme
    chapter, not the election it prepares ("nach dem 9. Juni 2024 entscheidet …")."""
    text = (
        f"Kapitel 3: Wohnen ist ein Menschenrecht\n{decided}\n"
        "Im Kreis steigen die Mieten schneller als die Einkommen. Über diese Fragen "
        "entscheiden nach dem 9. Juni 2024 die Regionalversammlung und der Stadtrat."
    )
    assert _sure_date(text, "Kommunalwahlprogramm 2024", "programme") == "2024-03-02"
