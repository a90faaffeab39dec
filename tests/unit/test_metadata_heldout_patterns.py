# ruff: noqa: E501  (the cases are whole German sentences; wrapping them hurts reading)
"""Patterns found on documents the extractor had never seen, one fictional text per phrasing.

Municipal councils under their local names (Stadtvertretung, Stadtverordnetenversammlung, the
Bürgerschaft of a Hanseatic city, Ortsgemeinderat, Ortsbeirat, "Rat der Stadt"), constituency
candidacies that name no parliament (the Wahlkreis decides), past offices and elections held on
the same day, third-person nominations, "PM:" press releases, minutes signed by their writer,
lists of nominees with occupations in brackets. Every person and scene is invented.
"""

from __future__ import annotations

import pytest

from indexer.metadata import extract_metadata
from indexer.metadata.names import find_names
from tests.support.extraction import sure

# --- municipal bodies are Stadtrat / Gemeinderat; the councils below them keep their names ------


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "Ich kandidiere bei der Kommunalwahl für die Stadtvertretung von Ueckermünde. Ich bin Wiebke Hollmichel, 44, Physiotherapeutin.",
            "Stadtrat",
        ),
        (
            "Ich bewerbe mich um einen Sitz in der Stadtverordnetenversammlung Bad Vilbel. Mein Name ist Arvid Sternkopf.",
            "Stadtrat",
        ),
        (
            "Ich kandidiere für die Stralsunder Bürgerschaft. Ich bin Tamara Lühning und arbeite als Lotsin.",
            "Stadtrat",
        ),
        (
            "Ich kandidiere für die Ratsversammlung in Neumünster. Ich bin Tamara Lühning.",
            "Stadtrat",
        ),
        (
            "Ich bin Gerold Wipperfürth und kandidiere für den Ortsgemeinderat Hahnstätten auf der Liste der Wählergruppe.",
            "Gemeinderat",
        ),
        (
            "Mein Name ist Janne Bröckerhoff, und ich kandidiere für den Ortsbeirat Bockenheim.",
            "Ortsbeirat",
        ),
        (
            "Ich heiße Runa Schwarzkopf und kandidiere für den Stadtbezirksrat "
            "Ahlem-Badenstedt-Davenstedt.",
            "Stadtbezirksrat",
        ),
        (
            "Ich bin Till Ebinger und kandidiere für den Bezirksbeirat Stuttgart-Vaihingen.",
            "Bezirksbeirat",
        ),
        (
            "Ich bin Hanne Oltmanns und kandidiere für den Ortsrat Wettbergen.",
            "Ortsrat",
        ),
    ],
)
def test_municipal_bodies_fold_to_council_offices(text: str, office: str) -> None:
    assert sure(text)["office"] == office


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Ich bin Jule Harmsen und kandidiere für die Bezirksvertretung Köln-Nippes.",
         "Bezirksvertretung"),
        ("Moin, ich bin Tjark Olthaus und bewerbe mich um einen Platz auf unserer Liste für den "
         "Beirat Findorff.", "Beirat"),
        ("Ich heiße Ida Wernicke und kandidiere für den Ortschaftsrat Stetten.", "Ortschaftsrat"),
        # the councils above the Kreise
        ("Ich heiße Ida Wernicke und kandidiere für die Regionalversammlung des Verbands Region "
         "Stuttgart.", "Regionalversammlung"),
        ("Ich bin Jule Harmsen und bewerbe mich um einen Sitz in der Landschaftsversammlung "
         "Rheinland.", "Landschaftsversammlung"),
        # a Kreis's assembly and head under other names
        ("Ich bin Jule Harmsen und kandidiere für die Regionsversammlung der Region Hannover.",
         "Kreistag"),
        ("Bewerbung für das Amt des Städteregionsrates\n\nIch bin Jule Harmsen und bewerbe mich "
         "um eure Nominierung.", "Landrat"),
        ("Bewerbung für das Amt des Landrates\n\nIch bin Jule Harmsen und bewerbe mich um eure "
         "Nominierung.", "Landrat"),
        # the head of a Samtgemeinde, a Verbandsgemeinde, an Ortsgemeinde is its Bürgermeister
        ("Ich bin Jule Harmsen und bewerbe mich um das Amt der Samtgemeindebürgermeisterin.",
         "Bürgermeister"),
        ("Ich bin Jule Harmsen und kandidiere als Ortsbürgermeisterin meines Dorfes.",
         "Bürgermeister"),
        ("Ich bin Jule Harmsen und kandidiere für den Verbandsgemeinderat.", "Gemeinderat"),
    ],
)  # fmt: skip
def test_councils_outside_the_vocabulary_keep_their_own_names(text: str, office: str) -> None:
    """A facet "Bezirksversammlung" means Hamburg's; a Frankfurt Ortsbeirat, Bremen's Beiräte
    and the assemblies above the Kreise are found under their own names."""
    assert sure(text)["office"] == office


def test_a_bavarian_bezirkstag_candidacy_is_no_landtag_one() -> None:
    text = (
        "Bewerbung als Direktkandidat für den Bezirkstag von Oberfranken im Stimmkreis Hof\n\n"
        "Ich bewerbe mich bei unserer Aufstellungsversammlung als Direktkandidat für den "
        "Bezirkstag von Oberfranken im Stimmkreis Hof. Ich bin Veit Gräbner."
    )
    assert sure(text)["office"] == "Bezirkstag"
    landtag = text.replace("den Bezirkstag von Oberfranken", "den Landtag")
    assert sure(landtag)["office"] == "Direktkandidat Landtag"


def test_bremen_buergerschaft_stays_a_land_parliament() -> None:
    text = "Ich bin Okke Harmsen und kandidiere auf Platz 4 der Landesliste für die Bremische Bürgerschaft."
    assert sure(text)["office"] == "Landesliste Landtag"


def test_list_place_for_city_buergerschaft_is_the_city_council() -> None:
    text = (
        "Ich bin Lene Quadflieg. Bei der Bürgerschaftswahl in Wismar trete ich auf Platz 3 "
        "unserer Liste an."
    )
    assert sure(text)["office"] == "Stadtrat"


# --- a constituency without the parliament's name ------------------------------------------


def test_constituency_name_from_the_gazetteer_makes_it_the_bundestag() -> None:
    text = (
        "Hier stellt sich unser Direktkandidat für Gifhorn – Peine vor. Ich bin Anton Quernheim "
        "und trete im Wahlkreis 45 für euch an."
    )
    assert sure(text, title="Vorstellung")["office"] == "Direktkandidat Bundestag"


def test_a_named_landtag_election_wins_over_the_gazetteer() -> None:
    text = (
        "Ich bin Henrike Dorsch und bewerbe mich als Direktkandidatin für Calw. "
        "Die Landtagswahl im März entscheidet über die Bildungspolitik."
    )
    assert sure(text)["office"] == "Direktkandidat Landtag"


def test_candidate_for_the_wahlkreis_in_a_title() -> None:
    text = (
        "Ich heiße Vitus Lamprecht, bin 38 und Schreiner. Seit heute bin ich offiziell nominiert."
    )
    found = sure(text, title="Ich bin euer Kandidat für den Wahlkreis Hochtaunus")
    assert found["office"] == "Direktkandidat Bundestag"


def test_question_naming_the_constituency_bid() -> None:
    text = (
        "Frage: Herr Pölitz, Sie treten im Wahlkreis Aalen – Heidenheim für uns an. Warum?\n"
        "Antwort: Weil ich hier seit dreißig Jahren lebe und arbeite.\n"
        "Frage: Was ist Ihr Ziel?\n"
        "Antwort: Dass wir im Bundestag mitreden."
    )
    found = sure(text, title="Interview mit unserem Kandidaten")
    assert found["office"] == "Direktkandidat Bundestag"
    assert found["doc_type"] == "candidacy"


# --- past offices and other elections are not the sought office -----------------------------


def test_past_council_seat_does_not_give_the_list_its_level() -> None:
    text = (
        "Ich bin Lorenz Beckenbauer-Tiede und kandidiere im Wahlkreis 180 Main-Taunus als Direktkandidat. "
        "Zusätzlich bewerbe ich mich um Platz 9 der Landesliste.\n\n"
        "Ich bin Steuerberater. Von 2011 bis 2016 war ich Stadtverordneter in Hofheim."
    )
    assert sure(text)["office"] in ("Direktkandidat Bundestag", "Landesliste Bundestag")


def test_election_on_the_same_day_is_not_the_office() -> None:
    text = (
        "Die Mitgliederversammlung hat Hinnerk Asmussen zum Spitzenkandidaten für die Wahl zur "
        "Stadtvertretung gewählt. Gewählt wird im Juni, zeitgleich mit dem Kreistag des Landkreises."
    )
    assert sure(text, title="Hinnerk Asmussen führt die Liste an")["office"] == "Stadtrat"


# --- third-person nominations ----------------------------------------------------------------


def test_nomination_on_list_place_one() -> None:
    text = (
        "Oberursel. Die Grünen gehen mit Marlene Ketteler an der Spitze in die Kommunalwahl am 15. März 2026. "
        "Die Mitgliederversammlung wählte die 52-jährige Bibliothekarin am Montag auf Platz 1 der Liste "
        "für die Stadtverordnetenversammlung.\n\nKetteler ist seit 2016 Ortsvorsteherin."
    )
    found = sure(text, title="Marlene Ketteler führt Grüne in die Kommunalwahl")
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Marlene Ketteler"
    assert found["office"] == "Stadtrat"


def test_nomination_for_a_landtag_election_with_a_date_inside_the_clause() -> None:
    text = (
        "Die Wahlkreisversammlung der FDP hat am Samstag Ansgar Tiedtke zum Kandidaten für die "
        "Landtagswahl am 22. März 2026 im Wahlkreis Mainz II gewählt. Der 47-jährige Tierarzt erhielt 61 Stimmen."
    )
    found = sure(text, title="Nominierung im Wahlkreis Mainz II")
    assert found["doc_type"] == "candidacy"
    assert found["office"] == "Direktkandidat Landtag"
    assert found["person"] == "Ansgar Tiedtke"


def test_press_release_announcing_a_nomination_is_a_candidacy() -> None:
    text = (
        "Ortsverein Musterbach\nPressemitteilung vom 02.06.2025\n\n"
        "Kandidatin für das Bürgermeisteramt gewählt\n\n"
        "Der Ortsverein hat am Dienstag Roswitha Pfeilschifter einstimmig zur Kandidatin für die "
        "Bürgermeisterwahl nominiert. Die 51-jährige Juristin leitet derzeit das Ordnungsamt."
    )
    found = sure(text)
    assert found["doc_type"] == "candidacy"
    assert found["office"] == "Bürgermeister"


@pytest.mark.parametrize(
    "title",
    [
        "PM: Wir fordern einen Nachtbus nach Rastede",
        "PM – Freibad muss bleiben",
        "PM vom 4. Mai: Radweg jetzt",
    ],
)
def test_pm_titles_are_press_releases(title: str) -> None:
    text = (
        "Die Partei fordert, dass der Stadtrat den Vorschlag prüft. „Es reicht“, erklärte "
        "der Kreisvorsitzende Olaf Brinkhege auf einer Pressekonferenz."
    )
    found = sure(text, title=title)
    assert found["doc_type"] == "press_release"
    assert "office" not in found


# --- the person: minutes' writer, late self-introductions, names with Polish letters --------


@pytest.mark.parametrize(
    "signature",
    [
        "Protokoll: Reinhild Osterkamp",
        "Schriftführerin: Reinhild Osterkamp",
        "gez. Reinhild Osterkamp",
    ],
)
def test_minutes_are_authored_by_their_writer(signature: str) -> None:
    text = (
        "Datum: 03.02.2026, 19:30 Uhr\nOrt: Vereinsheim\n\n"
        "TOP 1 Begrüßung durch den Kreisvorsitzenden Adalbert Winkelmann.\n"
        "TOP 2 Bericht zur Wahl. Kandidatin Edith Brenneisen dankt für die Unterstützung.\n"
        "TOP 3 Verschiedenes.\n\n" + signature
    )
    found = sure(text, title="Protokoll der Mitgliederversammlung")
    assert found["person"] == "Reinhild Osterkamp"
    assert "office" not in found


def test_self_introduction_with_an_adverb() -> None:
    text = (
        "Auf dem Landesparteitag wird der Vorstand neu gewählt.\n\n**Warum kandidierst du?**\n"
        "Weil ich seit Jahren die Kasse führe. Ich heiße übrigens Sieglind Abendroth-Kuhn.\n\n"
        "**Was willst du als Landesschatzmeisterin ändern?**\nAlles transparent machen."
    )
    found = sure(text, title="Kandidatur Landesschatzmeister – eure Fragen")
    assert found["person"] == "Sieglind Abendroth-Kuhn"
    assert found["office"] == "Landesschatzmeister"


def test_surname_with_polish_letters_is_whole() -> None:
    text = "Ich bin Jonas Wróblewski-Kowalczyński und kandidiere als Kreisvorsitzender."
    assert sure(text)["person"] == "Jonas Wróblewski-Kowalczyński"


# --- lists of nominees -----------------------------------------------------------------------


def nominees_of(text: str, title: str) -> list[str]:
    found = extract_metadata(text, title=title)
    value = found["person"].value
    return list(value) if isinstance(value, tuple) else [str(value)]


def test_list_lines_with_nested_brackets_and_a_bystander_who_does_not_run() -> None:
    text = (
        "Auf seinem Landesparteitag hat der Landesverband seine Landesliste für die Bundestagswahl gewählt. "
        "Auf Platz 1 setzte sich die Lehrerin Margit Sonnenschmidt aus Wittenberge durch.\n\n"
        "Die weiteren Plätze:\n\n"
        "Volkmar Pirschel (Elektriker, Frankfurt (Oder))\n"
        "Sigrun Hackethal (Pflegerin, Luckenwalde)\n"
        "Ole Brandtner (Student, Cottbus)\n\n"
        "Landesvorsitzender Norbert Kleinschmidt, der selbst nicht kandidiert, gratulierte allen."
    )
    found = nominees_of(text, "Landesliste zur Bundestagswahl gewählt")
    assert found == [
        "Margit Sonnenschmidt",
        "Volkmar Pirschel",
        "Sigrun Hackethal",
        "Ole Brandtner",
    ]


def test_reversed_list_lines_whose_surname_is_also_a_first_name() -> None:
    text = (
        "Die Mitgliederversammlung hat die Reserveliste für die Kommunalwahl gewählt.\n\n"
        "- Heinemann, Frauke\n- Jannes, Tilo\n- Brandt, Silke\n- Ocken, Marten\n"
    )
    found = nominees_of(text, "Unsere Reserveliste für den Rat der Stadt")
    assert found == ["Frauke Heinemann", "Tilo Jannes", "Silke Brandt", "Marten Ocken"]


def test_reversed_list_lines_with_a_double_surname() -> None:
    text = (
        "Die Mitgliederversammlung hat die Liste für den Stadtrat gewählt.\n\n"
        "1. Quintana Robledo, Inés\n2. Hollermann, Jörg\n3. Teixeira Lopes, Mateus\n"
    )
    found = nominees_of(text, "Unsere Liste für den Stadtrat")
    assert found == ["Inés Quintana Robledo", "Jörg Hollermann", "Mateus Teixeira Lopes"]


@pytest.mark.parametrize(
    "line", ["1. Kreisrätin Hollermann, Birte", "2. Listenplatz Quast, Jörg", "- Beisitzer Ahl, Uwe"]
)
def test_a_role_before_a_reversed_name_is_no_part_of_the_surname(line: str) -> None:
    found = [name.name for name in find_names(line, whole_line=True)]
    assert not any(word in name for name in found for word in ("Kreis", "Listen", "Beisitzer"))


def test_an_event_name_is_no_nominee() -> None:
    text = (
        "Im Hinterzimmer (Bowlingbahn, Happy Hour) hat die Partei ihre Kandidaten für die "
        "Kreistagswahl gewählt.\n\n"
        "| Wahlkreis | Kandidat |\n|---|---|\n| Nord | Heiko Brummund |\n| Süd | Marlis Eggerstedt |\n"
    )
    assert nominees_of(text, "Kreistag: Die Partei stellt auf") == [
        "Heiko Brummund",
        "Marlis Eggerstedt",
    ]


# --- Sprecher roles and transcripts ----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("Kandidatur als Sprecherin des Stadtverbands Bergen", "Ortsvorsitzender"),
        ("Kandidatur als Sprecher des Kreisverbands Uckermark", "Kreisvorsitzender"),
    ],
)
def test_sprecher_of_a_party_unit_is_its_chair(title: str, office: str) -> None:
    text = "Liebe Genossinnen und Genossen,\n\nich bewerbe mich bei unserer Mitgliederversammlung. Ich bin Hajo Wendland, 58, Landwirt.\n\nHajo"
    assert sure(text, title=title)["office"] == office


def test_transcript_without_capitals_or_punctuation() -> None:
    text = (
        "liebe genossinnen und genossen mein name ist ilka brodersen ich bin 36 jahre alt und ich "
        "bewerbe mich heute als direktkandidatin im wahlkreis 152 für den bundestag ich arbeite "
        "als krankenpflegerin"
    )
    found = sure(text)
    assert found["person"] == "Ilka Brodersen"
    assert found["office"] == "Direktkandidat Bundestag"
    assert found["doc_type"] == "candidacy"


@pytest.mark.parametrize(
    ("title", "text", "person", "office"),
    [
        (
            "CDU schickt Amelie Hartkopf ins Rennen",
            "Die CDU Westerwald schickt Amelie Hartkopf ins Rennen um das Landratsamt. Die Kreismitgliederversammlung stimmte mit großer Mehrheit für die 44-jährige Juristin.",
            "Amelie Hartkopf",
            "Landrat",
        ),
        (
            "Grüne setzen auf Jasper Vollmert",
            "Mit 41 von 45 Stimmen bestimmten die Grünen Jasper Vollmert zu ihrem Bürgermeisterkandidaten für Bad Sassendorf. Der 39-Jährige ist Förster.",
            "Jasper Vollmert",
            "Bürgermeister",
        ),
    ],
)
def test_nominations_in_other_verbs(title: str, text: str, person: str, office: str) -> None:
    found = sure(text, title=title)
    assert (found["doc_type"], found["person"], found["office"]) == ("candidacy", person, office)


def test_a_kreis_in_the_genitive_with_its_capital() -> None:
    text = (
        "Ich bin Konstantin Reißig, 27, und bewerbe mich um einen Platz auf unserer Liste für "
        "den Kreistag des Ilm-Kreises.\n\nEuer Konstantin"
    )
    found = sure(text)
    assert found["office"] == "Kreistag"
    assert found["region"] == "Ilm-Kreis"
    assert found["bundesland"] == "Thüringen"
