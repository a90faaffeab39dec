# ruff: noqa: E501  (the cases are whole German sentences; wrapping them hurts reading)
"""Genre first, then the candidate: one fictional document per pattern real party texts use.

Self-introductions in many phrasings, passive first-person nominations, titles that name the
office without its level, Q&A posts (the one answering is the candidate, never the
questioner), lists of nominees in numbered lists, tables, "Nachname, Vorname" lines and
"Region: Name" lines, press releases and programmes that name no candidacy, co-candidates,
transcripts without capitals. All people and places of activity are invented.
"""

from __future__ import annotations

import pytest

from indexer.metadata import NOMINEES, document, extract_metadata, genre, nominees
from indexer.metadata.evidence import Context
from tests.support.extraction import sure


def values(text: str, title: str | None = None) -> dict[str, object]:
    return {k: v.value for k, v in extract_metadata(text, title=title).items()}


def confidences(text: str, title: str | None = None) -> dict[str, float]:
    return {k: v.confidence for k, v in extract_metadata(text, title=title).items()}


# --- self-introductions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "Mein Name ist Jorinde Kesselbrink, ich bin 41 Jahre alt und Erzieherin in Eberswalde.",
        "Ich heiße Jorinde Kesselbrink und arbeite seit zwölf Jahren als Erzieherin.",
        "Ich bin Jorinde Kesselbrink, 41, Erzieherin und Mutter von zwei Kindern.",
    ],
)
def test_self_introduction_phrasings(intro: str) -> None:
    text = (
        "Liebe Genossinnen und Genossen,\n\n"
        f"{intro} Hiermit bewerbe ich mich um den Kreisvorsitz der SPD Barnim.\n\n"
        "Ich möchte, dass unser Kreisverband wieder in jedem Dorf sichtbar ist.\n\n"
        "Solidarische Grüße"
    )
    found = values(text)
    assert found["person"] == "Jorinde Kesselbrink"
    assert found["office"] == "Kreisvorsitzender"
    assert found["doc_type"] == "candidacy"


def test_signature_after_greeting_names_the_candidate() -> None:
    text = (
        "Liebe Freundinnen und Freunde,\n\n"
        "ich kandidiere für den Landesvorstand, weil ich die Arbeit der Kreisverbände stärken will. "
        "Seit 2019 bin ich Kreisvorsitzende in Uelzen.\n\n"
        "Herzliche Grüße\nTjorven Albrechtsen"
    )
    found = values(text)
    assert found["person"] == "Tjorven Albrechtsen"
    assert found["office"] == "Landesvorstand"


def test_capitalised_noun_pair_is_not_a_person() -> None:
    text = (
        "Bewerbung um die Direktkandidatur im Bundestagswahlkreis 69\n\n"
        "Liebe Genossinnen und Genossen, ich bitte euch um eure Unterstützung als Direktkandidatin.\n\n"
        "Drei Dinge will ich in den Mittelpunkt stellen: Mieten, Löhne, Busse.\n\n"
        "Mit solidarischen Grüßen\nWiebke Holzapfel"
    )
    assert values(text)["person"] == "Wiebke Holzapfel"


def test_passive_first_person_nomination() -> None:
    text = (
        "Liebe Mitglieder,\n\n"
        "die Delegierten haben mich am Samstag auf Platz 5 der Landesliste für den Landtag gewählt. "
        "Dafür danke ich euch von Herzen.\n\n"
        "Eure Henrike Vosskamp"
    )
    found = values(text)
    assert found["doc_type"] == "candidacy"
    assert found["office"] == "Landesliste Landtag"
    assert found["person"] == "Henrike Vosskamp"


def test_transcript_without_capitals() -> None:
    text = (
        "also ja hallo zusammen mein name ist greta wollenhaupt und ich kandidiere heute "
        "für den landesvorstand weil ich finde dass wir mehr rausgehen müssen"
    )
    found = values(text)
    assert found["person"] == "Greta Wollenhaupt"
    assert found["doc_type"] == "candidacy"
    assert found["office"] == "Landesvorstand"  # office words are read capitalised again
    item = extract_metadata(text)["office"]
    assert item.evidence in text  # quoted as given, in lower case


def test_co_candidate_of_a_double_leadership_is_not_the_person() -> None:
    text = (
        "Bewerbung für den Landesvorsitz\n\n"
        "Liebe Genossinnen und Genossen,\n\n"
        "deshalb bewerbe ich mich auf dem Landesparteitag um den Landesvorsitz. "
        "Svenja Oberkamp kandidiert ebenfalls für die Doppelspitze; wir wollen gemeinsam arbeiten.\n\n"
        "Ich bin 47 Jahre alt und Busfahrer.\n\nSolidarische Grüße\nHauke Brinkhege"
    )
    assert values(text)["person"] == "Hauke Brinkhege"


# --- offices named in titles and without their level ----------------------------------------


def test_title_names_a_deputy_chair_without_its_level() -> None:
    title = "Bewerbung zum stellvertretenden Vorsitzenden für den LPT 2026.1"
    text = (
        "Hallo zusammen!\n\n"
        "Im letzten Jahr habe ich die Landesliste und die Direktkandidaten zur Wahl angemeldet. "
        "Daher möchte ich auch im kommenden Vorstand das Amt des Stellvertreters übernehmen.\n\n"
        "Der Landesverband braucht eine verlässliche Verwaltung."
    )
    found = values(text, title=title)
    assert found["office"] == "stellv. Landesvorsitzender"
    assert found["doc_type"] == "candidacy"


def test_abteilung_chair_is_a_local_chair() -> None:
    text = (
        "An die Mitglieder der SPD-Abteilung Lindenhof\n\n"
        "Liebe Genossinnen und Genossen,\n\n"
        "nach vier Jahren als Kassierer möchte ich jetzt Verantwortung als Abteilungsvorsitzender übernehmen.\n\n"
        "Solidarische Grüße\nMalik Fennemann"
    )
    found = values(text)
    assert found["office"] == "Ortsvorsitzender"
    assert found["person"] == "Malik Fennemann"


# --- Q&A ---------------------------------------------------------------------------------------


def test_qa_answerer_is_the_person_not_the_questioner() -> None:
    title = "Drei Fragen an unsere Kandidatin für die Landesliste"
    text = (
        "Der Kreisverband unterstützt Dr. Annegret Weißgerber bei ihrer Bewerbung um Platz 4 der Landesliste zur Bundestagswahl.\n\n"
        "Annegret, warum willst du in den Bundestag?\n\n"
        "Weil ich als Handwerksmeisterin jeden Tag sehe, was Bürokratie kostet.\n\n"
        "Was ist dein wichtigstes Thema?\n\n"
        "Ausbildung. Ohne Fachkräfte steht bald jede Baustelle still.\n\n"
        "Die Fragen stellte Benno Quast, Kreisvorsitzender."
    )
    found = values(text, title=title)
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Annegret Weißgerber"


def test_interview_about_something_else_is_no_candidacy() -> None:
    title = "Interview: Wie wir den Radverkehr in der Stadt verbessern"
    text = (
        "Warum fahren so wenige Menschen mit dem Rad zur Arbeit?\n\n"
        "Weil die Wege unsicher sind und Abstellplätze fehlen.\n\n"
        "Was muss zuerst passieren?\n\n"
        "Geschützte Radstreifen auf den Hauptachsen."
    )
    found = values(text, title=title)
    assert found.get("doc_type") != "candidacy"
    assert "office" not in found and "person" not in found


# --- lists of nominees -------------------------------------------------------------------------

_NUMBERED = """Neustadt, 4. März 2026

Freie Liste Neustadt stellt Kandidatenliste für die Stadtratswahl auf

Auf der Aufstellungsversammlung treten 14 Bewerberinnen und Bewerber für den Stadtrat an. Die ersten Plätze der Liste:

1. Quellmann, Torsten (47), Tischler, Neustadt-Süd
2. Brüggemeier, Svenja (33), Ärztin, Altstadt
3. Okonkwo-Lange, Benedikt (29), Student, Neustadt-Nord

„Wir wollen zuhören“, sagte Listenführer Torsten Quellmann.
"""

_TABLE = """Unsere Landesliste zur Bundestagswahl

| Platz | Name               | Kreis      |
| :---: | ------------------ | ---------- |
|   1   | Hedda Sommerkorn   | Flensburg  |
|   2   | Lasse Pfefferkorn  | Kiel       |
|   3   | Ilka Dreesen       | Husum      |
"""

_LABELLED = """Liebe Mitglieder,

der Kreisverband hat seine Direktkandidatinnen und Direktkandidaten für die Landtagswahl gewählt:

Pinnau-Nord (Wahlkreis 22): Jannik Ohlsen
Pinnau-Süd (Wahlkreis 23): Merle Thießen
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_NUMBERED, ["Torsten Quellmann", "Svenja Brüggemeier", "Benedikt Okonkwo-Lange"]),
        (_TABLE, ["Hedda Sommerkorn", "Lasse Pfefferkorn", "Ilka Dreesen"]),
        (_LABELLED, ["Jannik Ohlsen", "Merle Thießen"]),
    ],
    ids=["numbered-reversed", "table", "region-labels"],
)
def test_every_nominee_is_a_person(text: str, expected: list[str]) -> None:
    found = extract_metadata(text)
    assert found["doc_type"].value == "candidacy"
    assert list(found["person"].value) == expected
    assert [d["person"] for d in found[NOMINEES].details] == expected


def test_nominees_keep_place_region_and_office() -> None:
    found = extract_metadata(_TABLE)
    details = found[NOMINEES].details
    assert [d["place"] for d in details] == [1, 2, 3]
    assert details[1]["region"] == "Kiel"
    assert all(d["office"] == "Landesliste Bundestag" for d in details)
    labelled = extract_metadata(_LABELLED)[NOMINEES].details
    assert labelled[0]["region"] == "Pinnau-Nord (Wahlkreis 22)"
    assert labelled[0]["office"] == "Direktkandidat Landtag"


def test_names_in_lines_without_numbers_form_a_list() -> None:
    text = (
        "Wir präsentieren unsere Landesliste:\n\nKnut Asmussen\nFrauke Lüdemann\nOle Carstensen\n"
    )
    assert list(values(text)["person"]) == ["Knut Asmussen", "Frauke Lüdemann", "Ole Carstensen"]  # type: ignore[call-overload]


def test_single_nomination_with_rival_is_no_list() -> None:
    text = (
        "Die Wahlkreiskonferenz hat Arvid Steinhövel zum Kandidaten für den Landtagswahlkreis 16 gewählt. "
        "Er setzte sich mit 73 zu 41 Stimmen gegen seine Mitbewerberin Rieke Salzwedel durch.\n\n"
        "Steinhövel dankte Rieke Salzwedel für einen fairen Wettbewerb."
    )
    doc = document.build(text, None)
    assert nominees.find(doc) == []
    found = values(text)
    assert found["person"] == "Arvid Steinhövel"
    assert NOMINEES not in found


def test_a_lone_name_line_is_a_heading_not_a_list() -> None:
    doc = document.build("Hedda Sommerkorn\n\nIch kandidiere für den Kreistag.", None)
    assert nominees.listed(doc) == []


# --- genres without a candidacy ------------------------------------------------------------


def test_press_release_names_no_office_and_no_candidate() -> None:
    text = (
        "Pressemitteilung\n\n"
        "Kreisverband fordert mehr Busse im ländlichen Raum\n\n"
        "Der Kreisverband fordert den Landkreis auf, den Busverkehr am Wochenende auszubauen. "
        "„Wer auf dem Land lebt, braucht Mobilität“, sagte die Kreisvorsitzende Anke Wiesner."
    )
    found = values(text)
    assert found["doc_type"] == "press_release"
    assert "office" not in found


def test_genre_context_says_whether_a_candidacy_is_stated() -> None:
    doc = document.build("Ich kandidiere für den Kreistag.\n\nHerzliche Grüße\nIlse Ramdohr", None)
    kind = genre.classify(doc, office_score=5.0, has_candidate=True, nominees=[])
    assert kind.candidacy and kind.doc_type == "candidacy" and kind.confidence >= 0.5
    assert Context(genre=kind.name).candidacy
    assert not Context(genre="press_release").candidacy


# --- confidence --------------------------------------------------------------------------------


def test_every_value_has_a_confidence_between_0_and_1() -> None:
    for item in extract_metadata(_NUMBERED).values():
        assert 0.0 <= item.confidence <= 1.0


def test_a_bare_heading_name_is_less_certain_than_a_self_introduction() -> None:
    body = "\n\n".join(f"Im Barnim fehlen {n} Buslinien." for n in range(3, 9))
    heading = f"Jorinde Kesselbrink\n\nIch kandidiere für den Kreistag im Barnim.\n\n{body}"
    intro = (
        f"Mein Name ist Jorinde Kesselbrink. Ich kandidiere für den Kreistag im Barnim.\n\n{body}"
    )
    assert confidences(heading)["person"] < confidences(intro)["person"]


# --- offices: negation, board posts, the office of a list, levels ------------------------------


def test_a_negated_candidacy_is_not_the_office() -> None:
    text = (
        "Unsere Direktkandidatin im Wahlkreis 182 für den Bundestag\n\n"
        "Der Kreisverband hat Ilka Brenneisen als Direktkandidatin nominiert. "
        "Auf der Landesliste kandidiert sie nicht."
    )
    assert values(text)["office"] == "Direktkandidat Bundestag"


def test_a_post_on_the_named_board_refines_the_office() -> None:
    title = "Fragen an die Kandidierenden für den Landesvorstand"
    text = (
        "Antworten von Till Ebermann, Kandidat für das Amt des stellvertretenden Landesvorsitzenden\n\n"
        "1. Warum kandidierst du?\nWeil der Landesverband neue Ideen braucht.\n\n"
        "2. Was ist dein Thema?\nBildung."
    )
    found = values(text, title=title)
    assert found["office"] == "stellv. Landesvorsitzender"
    assert found["person"] == "Till Ebermann"


def test_the_office_of_a_list_is_the_one_named_with_it() -> None:
    text = (
        "Wir treten nicht nur mit einer Landesliste zur Landtagswahl an. "
        "Wir haben auch Direktkandidatinnen und Direktkandidaten.\n\n"
        "Das sind unsere Direktkandidatinnen und Direktkandidaten:\n\n"
        "- Knut Asmussen\n- Frauke Lüdemann\n- Ole Carstensen\n"
    )
    found = extract_metadata(text)
    assert found["office"].value == "Direktkandidat Landtag"
    assert {d["office"] for d in found[NOMINEES].details} == {"Direktkandidat Landtag"}


def test_the_file_name_can_name_the_election() -> None:
    text = "Unsere Landesliste:\n\nKnut Asmussen\nFrauke Lüdemann\nOle Carstensen\n"
    assert "office" not in values(text)  # which parliament? the text does not say
    found = extract_metadata(text, filename="2021-12-08-ltw22-landesliste.md")
    assert found["office"].value == "Landesliste Landtag"


def test_an_organisation_named_europe_is_no_european_election() -> None:
    text = (
        "Kommunalwahl 2026 – Volt Europa in München\n\n"
        "Am 8. März 2026 wählt München einen neuen Stadtrat. "
        "Ich kandidiere auf Platz 5 unserer Liste, weil ich will, dass München digitaler wird.\n\n"
        "Euer Jasper Lindqvist"
    )
    assert values(text)["office"] == "Stadtrat"


# --- genre headings ----------------------------------------------------------------------------


def test_press_release_heading_in_capitals() -> None:
    text = (
        "PRESSEMITTEILUNG\n\nWeißenfels, 4. Juli 2025\n\n"
        "Kreisverband fordert Erhalt der Buslinie 7\n\n"
        "„Wer im Schichtdienst arbeitet, braucht den Bus auch nach 22 Uhr“, erklärt die Kreisvorsitzende Anke Wiesner."
    )
    found = values(text)
    assert found["doc_type"] == "press_release"
    assert "office" not in found and "person" not in found


def test_a_review_that_mentions_a_future_nomination_is_no_candidacy() -> None:
    title = "Jahresrückblick 2025 der Stadtratsfraktion"
    text = (
        "Liebe Bürgerinnen und Bürger,\n\nein bewegtes Jahr im Stadtrat geht zu Ende. "
        "Die Nominierung unseres Oberbürgermeisterkandidaten erfolgt im Frühjahr.\n\n"
        "Ihr Hubert Zankl\nFraktionsvorsitzender"
    )
    found = values(text, title=title)
    assert found.get("doc_type") != "candidacy"
    assert "office" not in found


# --- more shapes of nominations and lists ------------------------------------------------------


def test_pdf_table_without_rules_is_a_list_of_nominees() -> None:
    title = "Wahlvorschlag Gemeinderat"
    text = (
        "Wahlvorschlag der SPD für die Gemeinderatswahl am 9. Juni 2024\n\n"
        "Nr Name, Vorname Beruf Wohnort\n"
        "1 Wengler, Hannelore Lehrerin Talheim\n2 Eckstein, Jürgen Landwirt Neuweiler\n"
        "3 Ottmers, Sabine Pflegerin Talheim\n"
    )
    found = extract_metadata(text, title=title)
    assert found["office"].value == "Gemeinderat"
    assert list(found["person"].value) == ["Hannelore Wengler", "Jürgen Eckstein", "Sabine Ottmers"]
    assert [d["place"] for d in found[NOMINEES].details] == [1, 2, 3]


def test_prose_list_with_occupation_and_place() -> None:
    title = "Kreistagswahl 2024: unsere Kandidatinnen und Kandidaten"
    text = (
        "Der Ortsverband hat seine Liste für den Kreistag aufgestellt. Für uns kandidieren "
        "Hannelore Wengler (Lehrerin, Talheim), Jürgen Eckstein (Landwirt, Neuweiler) und "
        "Sabine Ottmers (Pflegerin, Talheim)."
    )
    found = values(text, title=title)
    assert found["person"] == ("Hannelore Wengler", "Jürgen Eckstein", "Sabine Ottmers")
    assert found["office"] == "Kreistag"


def test_third_person_nomination_by_an_assembly() -> None:
    text = (
        "Die Mitgliederversammlung wählte am Samstag Hannelore Wengler mit 45 von 50 Stimmen "
        "zur Direktkandidatin für den Landtagswahlkreis 79. Wengler ist Lehrerin an der "
        "Handelsschule. Die Kreisvorsitzende Sabine Ottmers gratulierte."
    )
    found = values(text)
    assert found["doc_type"] == "candidacy"
    assert found["office"] == "Direktkandidat Landtag"
    assert found["person"] == "Hannelore Wengler"


def test_form_field_with_reversed_name() -> None:
    text = (
        "Bewerbung als Direktkandidatin für den Bundestagswahlkreis 128\n\n"
        "Name: Wengler, Hannelore\nAlter: 52\nBeruf: Lehrerin\n\nIch bewerbe mich, weil …"
    )
    assert values(text)["person"] == "Hannelore Wengler"


def test_programme_title_outweighs_a_candidate_quoted_in_it() -> None:
    title = "Kommunalwahlprogramm 2024"
    text = (
        "Kapitel 1: Wohnen\n\nWir wollen bezahlbaren Wohnraum. Unsere Kandidatin Hannelore "
        "Wengler sagt: Wohnen ist ein Menschenrecht.\n\nKapitel 2: Verkehr\n\nMehr Busse."
    )
    found = values(text, title=title)
    assert found["doc_type"] == "programme"
    assert "office" not in found and "person" not in found


# --- the genre gates the candidate; other genres have an author --------------------------------


def test_press_release_announcing_a_nomination_is_a_candidacy() -> None:
    text = (
        "Pressemitteilung\n\nKreisverband nominiert Hannelore Wengler als Direktkandidatin\n\n"
        "Der Kreisverband hat am Samstag Hannelore Wengler als Direktkandidatin für den "
        "Bundestagswahlkreis 128 nominiert. Wengler erhielt 40 von 42 Stimmen."
    )
    found = extract_metadata(text)
    assert found["doc_type"].value == "candidacy"
    assert found["person"].value == "Hannelore Wengler"
    assert found["office"].value == "Direktkandidat Bundestag"
    for item in found.values():  # evidence is quoted as written
        assert item.evidence in text or item.evidence == "", item


def test_invitation_does_not_make_its_guest_a_candidate() -> None:
    title = "Einladung zum Sommerfest"
    text = (
        "Liebe Mitglieder,\n\nam 12. Juli feiern wir im Garten. Mit dabei ist unsere "
        "Direktkandidatin Hannelore Wengler, die über ihre Pläne für den Bundestag berichtet.\n\n"
        "Herzliche Grüße\nJürgen Eckstein\nKreisvorsitzender"
    )
    found = sure(text, title=title)  # what reaches the facets
    assert found.get("doc_type") != "candidacy"
    assert "office" not in found
    assert found.get("person") != "Hannelore Wengler"


def test_no_office_or_candidate_is_surer_than_the_genre() -> None:
    text = (
        "Pressemitteilung\n\nHürden für kleine Parteien\n\n"
        "Für Landeslisten und Direktkandidaturen müssen kleine Parteien Unterschriften sammeln. "
        "Das kritisieren wir."
    )
    found = extract_metadata(text)
    genre_sure = found["doc_type"].confidence if "doc_type" in found else 0.0
    for field in ("office", "person"):
        if field in found:
            assert found[field].confidence <= max(genre_sure, 0.5)
    assert found.get("doc_type") is None or found["doc_type"].value == "press_release"


def test_a_rare_first_name_inside_a_list_of_known_names_counts() -> None:
    text = (
        "Wir präsentieren unsere Landesliste:\n\n"
        "Knut Asmussen\nFrauke Lüdemann\nOrtrun Baumgärtel\nOle Carstensen\n\n"
        "Weitere Informationen\n"
    )
    found = values(text)
    assert found["person"] == (
        "Knut Asmussen",
        "Frauke Lüdemann",
        "Ortrun Baumgärtel",
        "Ole Carstensen",
    )


def test_a_rare_first_name_alone_is_no_list() -> None:
    doc = document.build("Unsere Landesliste\n\nOrtrun Baumgärtel\nWeitere Informationen\n", None)
    assert nominees.listed(doc) == []


def test_an_occupation_column_is_no_region() -> None:
    text = (
        "Unsere Liste für den Stadtrat\n\n"
        "| Platz | Name | Beruf | Kreis |\n|---|---|---|---|\n"
        "| 1 | Hannelore Wengler | Lehrerin | Kiel |\n| 2 | Jürgen Eckstein | Landwirt | |\n"
        "| 3 | Sabine Ottmers | Pflegerin | |\n"
    )
    details = extract_metadata(text)[NOMINEES].details
    assert [d["region"] for d in details] == ["Kiel", None, None]


def test_press_release_heading_quote_is_not_its_author() -> None:
    text = (
        "Pressemitteilung\n\nAnke Wiesner: Busse auch nach 22 Uhr!\n\n"
        "Der Kreisverband fordert den Landkreis auf, den Busverkehr auszubauen. "
        "„Wer auf dem Land lebt, braucht Mobilität“, sagte Anke Wiesner."
    )
    assert "person" not in values(text)


def test_review_is_signed_by_its_author() -> None:
    title = "Jahresrückblick 2025 der Stadtratsfraktion"
    text = (
        "Liebe Bürgerinnen und Bürger,\n\nein bewegtes Jahr im Stadtrat geht zu Ende.\n\n"
        "Ihr Hubert Zankl\nFraktionsvorsitzender"
    )
    found = sure(text, title=title)
    assert found["doc_type"] == "other" and found["person"] == "Hubert Zankl"


def test_a_press_release_announcing_a_nomination_states_its_candidate_surely() -> None:
    text = (
        "Pressemitteilung vom 12.05.2025\n\n"
        "Grüne Heidelberg nominieren Miriam Scholtysek für die Landtagswahl\n\n"
        "Der Kreisverband Heidelberg von Bündnis 90/Die Grünen hat Miriam Scholtysek als "
        "Kandidatin für den Landtagswahlkreis 34 Heidelberg nominiert. Zweitkandidat ist Jonas "
        "Albrecht.\n\nPressekontakt: Ruth Gerlinger, presse@example.org\n"
    )
    found = sure(text)
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Miriam Scholtysek"
    assert found["office"] == "Direktkandidat Landtag"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Liebe Freundinnen und Freunde,\nam 14. Mai wählen wir neue Gemeindevertretungen und "
         "Kreistage. Auf unserer Kreisversammlung am 4. März stelle ich mich für Platz 4 unserer "
         "Liste für den Kreistag Musterkreis zur Wahl, und ich möchte euch erzählen, warum.\n"
         "Eure Frida Bruhnshagen", "Kreistag"),
        ("Liebe Nachbarinnen und Nachbarn,\njetzt möchte ich mich auch im Gemeinderat einsetzen "
         "und kandidiere für die Wählergemeinschaft Musterau. Ich bin 46 Jahre alt und "
         "Kfz-Meister.\nIhr Steffen Kühnhold", "Gemeinderat"),
    ],
)
def test_bids_told_with_an_inverted_or_a_second_verb(text: str, office: str) -> None:
    """"stelle ich mich für Platz 4 … zur Wahl", "… einsetzen und kandidiere für …": first-
    person bids as plain as "ich kandidiere"."""
    found = sure(text)
    assert found.get("doc_type") == "candidacy" and found.get("office") == office


def test_a_campaign_title_with_a_dash_before_the_office() -> None:
    text = (
        "Liebe Nachbarinnen und Nachbarn,\n"
        "viele kennen mich aus der Feuerwehr. Am 9. Juni haben Sie drei Stimmen.\n"
        "Steffen Kühnhold"
    )
    found = sure(text, "Steffen Kühnhold – für den Gemeinderat Musterau")
    assert found.get("doc_type") == "candidacy" and found.get("office") == "Gemeinderat"


def test_an_invitation_headed_in_capitals_is_no_candidacy() -> None:
    """"EINLADUNG zur Mitgliederversammlung" with an agenda that elects delegates and calls
    for bids: an invitation, as "Einladung zur …" is."""
    text = (
        "Die Linke – Kreisverband Musterstadt\n\nMusterstadt, 6. Januar 2026\n\n"
        "EINLADUNG zur Mitgliederversammlung\n\nLiebe Genossinnen und Genossen,\n"
        "wir laden euch herzlich ein: Samstag, 24. Januar 2026, 11:00 Uhr, Bürgerhaus.\n\n"
        "Tagesordnung:\n1. Begrüßung\n2. Wahl von vier Delegierten zum Landesparteitag\n"
        "3. Verschiedenes\n\nZu TOP 2: Wer als Delegierte oder Delegierter kandidieren möchte, "
        "kann sich beim Kreisvorstand melden.\n\nMit solidarischen Grüßen\n"
        "für den Kreisvorstand\nRonja Meyerhoff-Kruszka\nKreissprecherin"
    )
    found = sure(text)
    assert found.get("doc_type") != "candidacy" and "office" not in found


RESIGNATION = """Persönliche Erklärung
Gundula Mertesacker, Kobern-Gondorf
Rücktritt vom Vorsitz der Fraktion und Niederlegung meines Mandats im Gemeinderat

Liebe Kolleginnen und Kollegen,

nach reiflicher Überlegung habe ich mich entschieden, mein Mandat im Gemeinderat zum 31. Juli
niederzulegen. Ich war seit 2009 Mitglied des Gemeinderates. Meinem Ortsgemeinderat bleibe ich
bis zum Ende der Wahlperiode erhalten; bei der nächsten Kommunalwahl werde ich nicht mehr
kandidieren.

Kobern-Gondorf, 2. Juli 2025
Gundula Mertesacker
"""


def test_a_resignation_with_a_declined_bid_is_no_candidacy() -> None:
    found = sure(RESIGNATION, title="Persönliche Erklärung")
    assert found.get("doc_type") == "other"
    assert "office" not in found


def test_a_bid_declined_for_one_post_but_made_for_another_still_counts() -> None:
    text = (
        "Bewerbung\n\nLiebe Genossinnen und Genossen,\n\nauf der Kreisdelegiertenversammlung "
        "wählen wir den Kreisvorstand neu. Ich bewerbe mich nicht für den Vorsitz, sondern als "
        "eine der stellvertretenden Kreisvorsitzenden.\n\nEure Gundula Mertesacker"
    )
    assert sure(text).get("office") == "stellv. Kreisvorsitzender"
