"""Reports of an election to a party office, told in the third person (fictional texts).

A re-election ("als Kreisvorsitzenden bestätigt") and a vote count ("mit 41 von 47 Stimmen")
report an election as plainly as "zum Vorsitzenden gewählt"; the person is the one the
reporting sentence names first, not the predecessor it names later.
"""

from __future__ import annotations

from indexer.metadata import extract_metadata, nominees
from indexer.metadata.document import build
from tests.support.extraction import sure


def test_a_chair_confirmed_in_office_is_the_reported_candidate() -> None:
    text = (
        "Kreisparteitag: Malte Oberhoff bleibt an der Spitze der CDU Nordwestmecklenburg\n\n"
        "Grevesmühlen. Die Mitglieder der CDU Nordwestmecklenburg haben Malte Oberhoff am "
        "Samstag als Kreisvorsitzenden bestätigt. Der 48-Jährige erhielt 91 Prozent der "
        "Stimmen.\n\nVeröffentlicht am 14.09.2025"
    )
    found = sure(text)
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Malte Oberhoff"
    assert found["office"] == "Kreisvorsitzender"
    assert found["party"] == "CDU"


def test_a_vote_count_reports_the_election_and_names_the_winner() -> None:
    text = (
        "Neuer Vorsitz im Ortsverein\n\n"
        "Die SPD in Bad Segeberg hat gewählt: Mit 23 von 25 Stimmen setzte sich Lene "
        "Harmsdorf durch. Harmsdorf arbeitet als Lehrerin und ist seit 2017 Mitglied. Sie folgt "
        "auf Bernd Quistorp, der nicht mehr antrat.\n\nBad Segeberg, 3. März 2026"
    )
    found = sure(text)
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Lene Harmsdorf"


def test_a_vote_on_a_motion_is_no_election_report() -> None:
    text = (
        "Pressemitteilung\n\nRat lehnt Bäderkonzept ab\n\n"
        "Mit 23 von 41 Stimmen hat der Rat der Stadt Meschede am Donnerstag das Bäderkonzept "
        "der Verwaltung abgelehnt. Die Grünen hatten eine Sanierung des Freibads gefordert.\n\n"
        "Meschede, 12. Juni 2025"
    )
    found = sure(text)
    assert found["doc_type"] == "press_release"
    assert "person" not in found and "office" not in found


def test_a_place_at_a_sentence_end_keeps_no_full_stop() -> None:
    text = (
        "Liebe Genossinnen und Genossen,\n\nhiermit erkläre ich meine Kandidatur für den "
        "Vorsitz unseres Ortsvereins Lübeck-Moisling. Seit 2018 bin ich Mitglied der SPD.\n\n"
        "Solidarische Grüße\nJannik Osterloh-Brandt"
    )
    found = sure(text)
    assert found["region"] == "Lübeck-Moisling"
    assert found["person"] == "Jannik Osterloh-Brandt"


def test_our_candidate_in_a_headline_is_a_nomination_with_its_nominee() -> None:
    text = (
        "Unsere Kandidatin für den Landtag\n\nDie CDU im Wahlkreis Hildesheim schickt Dr. Birte "
        "Allmann ins Rennen. Die 46-jährige Zahnärztin aus Sarstedt wurde am Freitag von den "
        "Delegierten mit 94 Prozent gewählt.\n\n„Hildesheim braucht eine Stimme“, sagte Allmann."
        "\n\nHildesheim, 14. März 2026"
    )
    found = sure(text, title="Unsere Kandidatin für den Landtag")
    assert found["person"] == "Birte Allmann"
    assert found["office"] == "Direktkandidat Landtag"


def test_a_decision_to_run_told_in_an_infinitive_clause_is_a_bid() -> None:
    text = (
        "Liebe Freundinnen und Freunde,\n\nnach reiflicher Überlegung habe ich mich entschieden, "
        "bei der Landesdelegiertenkonferenz im November erneut für Platz 2 unserer Landesliste "
        "zur Landtagswahl in Sachsen-Anhalt zu kandidieren.\n\nHerzlich,\neure Sophie\n"
        "(Sophie Laurent-Krügel, MdL)"
    )
    found = sure(text)
    assert found["doc_type"] == "candidacy"
    assert found["office"] == "Landesliste Landtag"
    assert found["person"] == "Sophie Laurent-Krügel"  # the full name in brackets signs


def test_a_dual_leadership_elected_as_speakers_of_a_kreisverband() -> None:
    text = (
        "Neue Doppelspitze für die Grünen in Lippe\n\n"
        "Detmold, 22. Februar 2026. Die Kreismitgliederversammlung von BÜNDNIS 90/DIE GRÜNEN "
        "Lippe hat am Donnerstagabend Annika Vohwinkel und Sebastian Treichel zu ihren neuen "
        "Sprecher*innen gewählt. Vohwinkel erhielt 52 von 58 Stimmen, Treichel 49.\n\n"
        "Die bisherige Sprecherin Gudrun Meyerhoff trat nicht mehr an. „Ich übergebe einen "
        "starken Kreisverband“, sagte Meyerhoff.\n"
    )
    found = sure(text)
    assert found["office"] == "Kreisvorsitzender"
    assert found["person"] == ("Annika Vohwinkel", "Sebastian Treichel")
    assert found["doc_type"] == "candidacy"


RESULTS_NEWSLETTER = """LINKS IN LINDENAU – Mitgliederrundbrief
Ausgabe 6/2024 · Juni 2024

IN DIESER AUSGABE
  1. Danke! Unsere neue Stadtratsfraktion
  2. Ortschaftsräte: Wer für uns gewählt wurde
  3. Nach der Wahl ist vor der Wahl
  4. Termine im Juli

1. DANKE! UNSERE NEUE STADTRATSFRAKTION

Liebe Genossinnen und Genossen,

die Kommunalwahl am 9. Juni ist vorbei. Wir sind weiterhin mit einer starken Fraktion im
Stadtrat vertreten. Folgende Genossinnen und Genossen sind gewählt (nach Wahlkreisen):

  Wahlkreis 0 (Mitte)             Jana Wolkenrath
  Wahlkreis 1 (Nordost)           Peter Albrecht-Mehring
  Wahlkreis 2 (Ost)               Sevgi Aydemir
  Wahlkreis 3 (Südost)            Thomas Gierlich
  Wahlkreis 4 (Süd)               Robin Schaller
  Wahlkreis 5 (Südwest)           Karin Lüttjens

Die konstituierende Sitzung der Fraktion ist am 2. Juli. Dort wird auch der Fraktionsvorstand
gewählt; bisher haben Jana Wolkenrath und Thomas Gierlich angekündigt, gemeinsam für den
Fraktionsvorsitz zu kandidieren.

2. ORTSCHAFTSRÄTE

In den Ortschaftsrat Engelsdorf wurde Ines Matuschat gewählt, in den Ortschaftsrat
Holzhausen Frank Heidenreich.

3. NACH DER WAHL IST VOR DER WAHL

Am 1. September wird der Landtag gewählt. Wir treten in allen Wahlkreisen mit eigenen
Direktkandidierenden an.

Solidarische Grüße
Eure Stadtvorsitzenden
Carla Mörbitz und Steffen Ruhnke
"""


def test_the_elected_of_a_public_vote_that_is_over_are_no_nominees() -> None:
    """The look back ("die Kommunalwahl am 9. Juni ist vorbei") stands below a newsletter's
    contents: still in its lead."""
    found = sure(RESULTS_NEWSLETTER)
    assert found.get("doc_type") != "candidacy"
    assert "office" not in found


CALL = (
    "Im Mai 2027 wählt Bremen eine neue Bürgerschaft. Wir suchen Genossinnen und Genossen, die "
    "für uns kandidieren wollen.\n\n"
    "Die Landesmitgliederversammlung zur Aufstellung der Liste findet am Samstag, 7. November "
    "2026, statt.\n\n"
    "Bewerbungen bitte bis zum 15. Oktober 2026 an den Landesvorstand. Eine Bewerbung sollte "
    "enthalten:\n"
    "- ein Bewerbungsschreiben und einen kurzen Lebenslauf,\n"
    "- die Angabe, für welchen Wahlbereich und ggf. welchen Listenplatz ihr kandidiert.\n\n"
    "Für den Landesvorstand\n"
    "Hülya Demirkaya und Frerk Onkena, Landessprecher*innen\n"
)


def test_a_call_for_candidacies_is_no_candidacy() -> None:
    found = extract_metadata(
        CALL, title="Aufruf: Bewerbungen für unsere Listen zur Bürgerschaftswahl"
    )
    assert found["doc_type"].value == "other"
    assert "office" not in found


def test_readers_addressed_as_the_ones_who_may_run_are_no_report() -> None:
    """Without the title, "für welchen Listenplatz ihr kandidiert" is still no nomination."""
    found = sure(CALL)
    assert found.get("doc_type") != "candidacy"


SEAT_TABLE = """So sieht der neue Kreistag aus

Nach dem vorläufigen amtlichen Endergebnis steht fest, wie sich der neue Kreistag
zusammensetzt. Die konstituierende Sitzung ist für den 1. Juli geplant.

| Partei | Sitze 2024 | Sitze 2019 |
|---|---:|---:|
| CDU | 17 | 18 |
| SPD | 12 | 16 |

Wir sind mit drei Abgeordneten im neuen Kreistag vertreten. Gewählt wurden:

Wahlbereich I (Ludwigslust): Henrike Pallasch-Dorn
Wahlbereich III (Hagenow): Bent Ulrichsen
Wahlbereich V (Parchim): Margit Kühlewind
"""

FORUM = """Wahlforum: Wer wird Bürgermeister*in?

Wann: Donnerstag, 4. September 2025, 18:30 Uhr
Wo: Kulturfabrik, Großer Saal

Am 21. September 2025 wählen die Bürgerinnen und Bürger eine neue Bürgermeisterin oder einen
neuen Bürgermeister. Wir laden alle Kandidierenden zu einem öffentlichen Wahlforum ein.

Zugesagt haben:
- Carsten Pflugradt (CDU)
- Ramona Eichelkraut (SPD)
- Dr. Esther Wallbrink (DIE LINKE)
- Henning Rauschtal (FDP)
"""


def test_the_elected_after_an_official_count_are_no_nominees() -> None:
    """ "Nach dem vorläufigen amtlichen Endergebnis", a seat table: the vote is over."""
    found = sure(SEAT_TABLE, title="So sieht der neue Kreistag aus")
    assert found.get("doc_type") != "candidacy"
    assert "office" not in found and "nominees" not in found


def test_an_event_pages_guests_are_no_nominees_and_the_page_no_bid() -> None:
    """A forum's page ("Wann: … / Wo: …") lists the candidates it invites, no nominees."""
    found = sure(FORUM, title="Wahlforum: Wer wird Bürgermeister*in?")
    assert found.get("doc_type") == "other"
    assert "nominees" not in found and "office" not in found
    # the same list without the event stays a list of nominees
    own = FORUM
    own = own.replace(
        "Wann: Donnerstag, 4. September 2025, 18:30 Uhr\nWo: Kulturfabrik, Großer Saal\n", ""
    ).replace("Wahlforum: ", "")
    own = own.replace(
        "Wir laden alle Kandidierenden zu einem öffentlichen Wahlforum ein.",
        "Die SPD hat ihre Kandidierenden für den Stadtrat nominiert.",
    )
    assert nominees.find(build(own, "")) != []
    assert sure(own, title="Wer wird Bürgermeister*in?").get("nominees")
