"""Hard-wrapped texts (a PDF's text layer, a wrapped e-mail) read as paragraphs.

A PDF's text layer breaks every paragraph into lines of the page's width and has no blank
lines between paragraphs; the rules cut sentences per line, so a bid split across two lines
was invisible. Fictional people and texts throughout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.metadata import extract_metadata
from indexer.metadata.document import build, unwrapped
from indexer.readers import Limits, pick_reader
from indexer.readers.base import meaningful_title
from tests.support.pdfgen import make_pdf

# Wrapped at about 88 characters, as a PDF's text layer comes out of pypdf: the bid
# ("bewerbe mich … um das Amt der Bürgermeisterin") is cut by a line break.
WRAPPED = """Ein Angebot für Wolfhagen
Liebe Wolfhagerinnen und Wolfhager,
seit vielen Monaten sprechen mich Menschen beim Wochenmarkt, im Sportverein und nach den
Sitzungen des Ortsbeirats an, ob ich mir das vorstellen kann. Nach langen Gesprächen mit
meiner Familie habe ich mich entschieden: Ich bewerbe mich bei der Wahl am 15. März 2026
um das Amt der Bürgermeisterin unserer Stadt. Der Ortsverband der Grünen hat mich am
vergangenen Freitag einstimmig nominiert, und dafür bin ich sehr dankbar.
Ich bin 46 Jahre alt, Bauingenieurin und arbeite seit vierzehn Jahren beim Wasserverband
in Kassel. Mit meinem Mann und unseren beiden Kindern lebe ich im Ortsteil Istha.
Was mir wichtig ist:
– ein Rathaus, das auch am Samstagvormittag offen hat,
– bezahlbare Bauplätze für junge Familien,
– sichere Radwege zwischen den Ortsteilen.
Ich freue mich auf Ihre Fragen und auf viele Gespräche in den kommenden Wochen.
Ihre Marlene Oberdieck-Sauer
"""


def test_wrapped_lines_of_a_paragraph_are_joined_with_the_same_length() -> None:
    joined = unwrapped(WRAPPED)
    assert len(joined) == len(WRAPPED)  # offsets stay valid
    assert "mit meiner Familie habe ich mich entschieden" in joined
    assert "März 2026 um das Amt der Bürgermeisterin" in joined


def test_headings_greetings_lists_and_signatures_stay_lines() -> None:
    lines = unwrapped(WRAPPED).split("\n")
    assert lines[0] == "Ein Angebot für Wolfhagen"
    assert "Liebe Wolfhagerinnen und Wolfhager," in lines
    assert "– bezahlbare Bauplätze für junge Familien," in lines
    assert "Was mir wichtig ist:" in lines
    assert lines[-2] == "Ihre Marlene Oberdieck-Sauer"


def test_rows_of_a_list_and_form_fields_are_never_joined() -> None:
    rows = "\n".join(
        [
            "Unsere Kandidierenden für den Kreistag",
            "Die Kreismitgliederversammlung hat am Samstag in der Stadthalle ihre Kandidierenden",
            "für die Wahl zum Kreistag gewählt, die Liste wird im Frühjahr noch einmal ergänzt.",
            "Wahlbezirk 1 (Altstadt, Neustadt, Hafen): Greta Lindqvist-Maier, 44, Apothekerin",
            "Wahlbezirk 2 (Nordviertel und Gewerbegebiet): Ole Brandstätter, 29, Mechatroniker",
            "Wahlbezirk 3 (Südstadt mit dem Ortsteil Kleinhausen): Ayla Kervancı, 51, Lehrerin",
            "Name, Vorname: Brandstätter, Ole und das ist ein sehr langer Eintrag im Formular",
            "Beruf: Mechatroniker bei einem mittelständischen Betrieb im Landkreis und Vater",
            "Gewählt wird am 13. September, die Briefwahl beginnt wie immer sechs Wochen vorher.",
            "Alle Bewerberinnen und Bewerber stellen sich im August auf dem Marktplatz vor.",
        ]
    )
    lines = unwrapped(rows).split("\n")[1:]
    assert lines[0].endswith("Kandidierenden für die Wahl zum Kreistag gewählt, die Liste wird "
                             "im Frühjahr noch einmal ergänzt.")
    assert [line.split(" ")[0] for line in lines[1:4]] == ["Wahlbezirk"] * 3
    assert lines[4].startswith("Name, Vorname:") and lines[5].startswith("Beruf:")


def test_a_line_ending_in_a_hyphen_stays_for_the_rules_that_join_names() -> None:
    text = "\n".join(
        ["Ich bewerbe mich um ein Mandat im Kreistag des Landkreises Potsdam-"]
        + ["Mittelmark, weil ich seit Jahren in Bad Belzig lebe und die Region gut kenne."] * 8
    )
    assert unwrapped(text).split("\n")[0].endswith("Potsdam-")


@pytest.mark.parametrize(
    "text",
    [
        # whole paragraphs on one line each (a web page, a Markdown file): nothing to join
        "Titel\n\n" + "\n\n".join(["Ein ganzer Absatz in einer Zeile. " * 12] * 6),
        # a short form: too few lines to tell a width
        "Bewerbung\nName: Jana Beispiel\nAmt: Kreisvorsitz\nKreis: Harz\n",
        # short lines only (a poem, a list of names)
        "\n".join(["Anna Muster", "Bernd Beispiel", "Carla Exempel", "Dirk Probe"] * 3),
    ],
)
def test_text_that_is_not_wrapped_is_left_as_it_is(text: str) -> None:
    assert unwrapped(text) == text


def test_the_document_cut_reads_the_wrapped_bid_as_one_sentence() -> None:
    doc = build(WRAPPED, "Ein Angebot für Wolfhagen")
    assert any(
        "Ich bewerbe mich bei der Wahl am 15. März 2026 um das Amt der Bürgermeisterin" in s.text
        for s in doc.sentences
    )


def test_a_wrapped_local_candidacy_gets_office_and_town() -> None:
    found = {k: v.value for k, v in extract_metadata(WRAPPED, title=WRAPPED.split("\n")[0]).items()}
    assert found["office"] == "Bürgermeister"
    assert found["person"] == "Marlene Oberdieck-Sauer"
    # the town of the greeting and the title; never the party of "Ortsverband der Grünen"
    assert found["region"] == "Wolfhagen"
    assert found["bundesland"] == "Hessen"


def test_the_town_comes_from_the_greeting_alone() -> None:
    text = WRAPPED.replace("Ein Angebot für Wolfhagen", "Mein Angebot an Sie")
    found = {k: v.value for k, v in extract_metadata(text, title="Mein Angebot an Sie").items()}
    assert found.get("region") == "Wolfhagen"


def test_a_party_after_a_unit_word_is_no_place() -> None:
    text = WRAPPED.replace("Wolfhagen", "unsere Stadt").replace(
        "Liebe Wolfhagerinnen und Wolfhager", "Liebe Mitbürgerinnen und Mitbürger"
    )
    found = {k: v.value for k, v in extract_metadata(text, title="Ein Angebot").items()}
    assert found.get("region") != "Grünen"


# -- PDFs ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("Microsoft Word - Bewerbung_final.docx", None),
        ("Dokument1", None),
        ("Unbenannt 3", None),
        ("bewerbung_kv_2024", None),
        ("Kandidatur.pdf", None),
        ("  ", None),
        ("Bewerbung für den Kreisvorsitz", "Bewerbung für den Kreisvorsitz"),
        ("SPD-Kreisverband  Harz", "SPD-Kreisverband Harz"),
    ],
)
def test_placeholder_titles_of_document_properties_are_dropped(
    value: str, kept: str | None
) -> None:
    assert meaningful_title(value) == kept


def test_a_pdf_without_a_real_title_takes_its_first_line(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan_0042.pdf", [WRAPPED], title="Microsoft Word - Dokument1")
    (raw,) = list(pick_reader(path)(path, Limits()))
    assert raw.title == "Ein Angebot für Wolfhagen"


def test_a_wrapped_pdf_candidacy_is_read_whole(tmp_path: Path) -> None:
    # pdfgen wraps at about 90 characters, as a typeset page does, without blank lines
    text = " ".join(WRAPPED.split("\n")[2:7])
    page = "\n".join([*WRAPPED.split("\n")[:2], text, *WRAPPED.split("\n")[7:]])
    path = make_pdf(tmp_path / "bewerbung.pdf", [page])
    (raw,) = list(pick_reader(path)(path, Limits()))
    assert raw.text.count("\n") > 10  # wrapped by the page, as real PDFs are
    found = {k: v.value for k, v in extract_metadata(raw.text, title=raw.title).items()}
    assert found["office"] == "Bürgermeister"
    assert found["region"] == "Wolfhagen"


# -- which Kreis, which publisher ------------------------------------------------------------
LANDRAT_BID = """Lindenau, 9. Februar 2026

Liebe Mitglieder der SPD Hildburghausen,

bei der Landratswahl im Mai möchte ich für die SPD antreten. Ich bitte die
Kreiswahlversammlung am 28. Februar um Ihr Vertrauen.

Seit 2019 bin ich Bürgermeisterin der Stadt Eisfeld. Hildburghausen ist klein, aber
Hildburghausen hat Kraft. Mit dem Landkreis Sonneberg will ich enger zusammenarbeiten,
beim Rettungsdienst und beim Nahverkehr.

Mit herzlichen Grüßen
Wiebke Ostheimer-Laue
"""


def test_a_landrat_bid_keeps_its_own_kreis_over_the_neighbours_it_names() -> None:
    found = {k: v.value for k, v in extract_metadata(LANDRAT_BID, title="Lindenau").items()}
    assert found["office"] == "Landrat"
    assert found["region"] == "Hildburghausen"


PRESS_RELEASE = """Pressemitteilung · 12.03.2026
Radwege: Kreise müssen planen
Erfurt. Die Linke Thüringen fordert von den Landkreisen schnellere Planungen für Radwege
zwischen den Dörfern. „Wer heute nicht plant, baut in zehn Jahren nicht“, sagt die
Landesvorsitzende Henrike Saalfeld. Die CDU-Fraktion im Kreistag Gotha hatte zuletzt einen
Planungsstopp gefordert.
"""


def test_a_press_release_is_published_by_the_unit_its_title_names() -> None:
    title = "Radwege: Kreise müssen planen | Die Linke Thüringen"
    found = {k: v.value for k, v in extract_metadata(PRESS_RELEASE, title=title).items()}
    assert found.get("region") == "Thüringen"


# Copied out of a PDF into a .txt file: the typesetter's hyphens at the line ends stay.
HYPHENATED = """SPD-Kreisverband Vorpommern-Greifswald    Kreisparteitag 5. April 2025 – Bewerbungen

Wahl der Delegierten zum Landesparteitag

Liebe Genossinnen und Genossen,

ich bewerbe mich erneut als Delegierte unseres Kreisverbands zum Lan-
desparteitag der SPD Mecklenburg-Vorpommern. Der Landesparteitag wird im
Juni in Güstrow über das Regierungsprogramm für die Landtags-
wahl 2026 beraten, und ich möchte, dass die Stimme der Inseln
dort laut und deutlich zu hören ist. Ich bin 49 Jahre alt, gelernte
Bankkauffrau und arbeite seit 2003 bei der Sparkasse in Wolgast. Seit
2019 bin ich Gemeindevertreterin in Zinnowitz auf der Insel Usedom.

Mit solidarischen Grüßen
Antje Wollenberg-Rusch
"""


def test_line_end_hyphens_of_a_wrapped_text_are_joined_and_offsets_kept() -> None:
    doc = build(HYPHENATED, HYPHENATED.split("\n")[0])
    assert "zum Landesparteitag der SPD Mecklenburg-Vorpommern" in doc.text
    assert "Landtagswahl 2026" in doc.text
    start = doc.text.index("Landesparteitag der SPD")
    # evidence quotes the text as written, hyphen and line break included
    assert doc.quote(start, start + len("Landesparteitag")) == "Lan-\ndesparteitag"
    assert doc.original_offset(start) == HYPHENATED.index("Lan-\ndesparteitag")
    assert "Vorpommern-Greifswald" in doc.text  # a capital after the hyphen: a name


def test_a_delegate_of_her_kreisverband_to_the_land_assembly() -> None:
    found = {
        k: v.value for k, v in extract_metadata(HYPHENATED, title=HYPHENATED.split("\n")[0]).items()
    }
    assert found["office"] == "Landesparteitagsdelegierter"
    assert found["person"] == "Antje Wollenberg-Rusch"


SHORT_RELEASE = (
    "SPD Kreisverband Nordfriesland stellt Kreistagsliste auf\n"
    "Husum, 11. Januar 2023. Angeführt wird die Liste von der Kreisvorsitzenden Wiebke\n"
    "Nommensen aus Bredstedt. Auf den Plätzen 2 bis 5 folgen Jens-Ove Petersen (Niebüll), Hauke\n"
    "Carstensen (Husum), Maike Lorenzen (Friedrichstadt) und Frauke Jessen (Sylt)."
)


def test_a_short_wrapped_text_of_four_lines_is_read_as_a_paragraph() -> None:
    joined = unwrapped(SHORT_RELEASE)
    assert len(joined) == len(SHORT_RELEASE)
    assert "Wiebke Nommensen aus" in joined and "Hauke Carstensen" in joined
    assert joined.startswith("SPD Kreisverband Nordfriesland stellt Kreistagsliste auf\n")


def test_a_short_pdf_press_release_keeps_its_nominees(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "liste.pdf", [SHORT_RELEASE])
    raw = next(iter(pick_reader(pdf)(pdf, Limits())))
    found = extract_metadata(raw.text, title=raw.title)
    assert found["office"].value == "Kreistag"
    assert "Frauke Jessen" in found["person"].value


def test_four_short_lines_of_a_list_stay_lines() -> None:
    text = "Unsere Kandidierenden\nAnna Muster, Kiel\nBen Beispiel, Lübeck\nCem Probe, Flensburg"
    assert unwrapped(text) == text


def test_a_dateline_under_a_long_headline_opens_its_paragraph() -> None:
    text = (
        "CDU Sachsen fordert schnellere Genehmigungen für Windräder im Erzgebirge und Vogtland\n"
        "Dresden, 4. Juni 2026. Die Landtagsfraktion fordert kürzere Genehmigungsverfahren für\n"
        "Windkraftanlagen. Wir verlieren Jahre in Aktenordnern, sagte der energiepolitische\n"
        "Sprecher der Fraktion am Mittwoch in Dresden vor Journalistinnen und Journalisten."
    )
    lines = unwrapped(text).split("\n")
    assert lines[1].startswith("Dresden, 4. Juni 2026. Die Landtagsfraktion fordert")
    found = extract_metadata(text)
    assert found["date"].value == "2026-06-04"


def test_a_labelled_heading_of_a_booklet_is_not_joined_to_the_title() -> None:
    text = (
        "Kandidierende für den Landesvorstand – Landesparteitag Sachsen 2025\n"
        "Kandidatur für den Landesvorstand: Ines Rotermund\n"
        "Ich bin 44 Jahre alt, Lehrerin in Zwickau und seit 2012 Mitglied der Partei. Ich "
        "möchte im\n"
        "Landesvorstand für Bildungspolitik streiten.\n"
        "Kandidatur für den Landesvorstand: Kai-Uwe Schildbach\n"
        "Ich bin 52 und Busfahrer in Plauen. Mir geht es um den ländlichen Raum und die Busse.\n"
    )
    lines = unwrapped(text).split("\n")
    assert lines[1] == "Kandidatur für den Landesvorstand: Ines Rotermund"
    assert "Ich möchte im Landesvorstand für Bildungspolitik streiten." in lines[2]
