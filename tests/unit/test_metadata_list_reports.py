"""Reports of a list of nominees: who is on the list, and who is only named beside it.

Fictional people throughout.
"""

from __future__ import annotations

from indexer.metadata import extract_metadata, nominees
from indexer.metadata.document import build
from tests.support.extraction import sure

LIST_WITH_GUEST = """PRESSEMITTEILUNG
Freie Wähler Uffing e.V.

Uffing, 17.11.2025

Freie Wähler stellen ihre Gemeinderatsliste auf

Die Freien Wähler Uffing gehen mit einer eigenen Liste in die Kommunalwahl am 8. März 2026.
Bei der Aufstellungsversammlung im Gasthof Post wählten die Mitglieder ihre Bewerberinnen
und Bewerber für den Gemeinderat. Als Gast sprach der Kreisvorsitzende der Freien Wähler
Garmisch-Partenkirchen, Quirin Obermaier, der im März für das Amt des Landrats kandidiert.

Für den Gemeinderat wurden folgende Bewerberinnen und Bewerber aufgestellt:

 1. Gschwendtner, Rosalie, Bankkauffrau, Uffing
 2. Eberl, Vitus, Schreiner, Schöffau
 3. Heinzeller-Koch, Marianne, Erzieherin, Uffing
 4. Lautenbacher, Florian, Landwirt, Schöffau

Pressekontakt: Anton Reiserer, Ortsvorsitzender
"""


def _found(text: str, title: str) -> dict[str, object]:
    return {field: value.value for field, value in extract_metadata(text, title=title).items()}


def test_a_guest_who_runs_for_something_else_is_not_on_the_list() -> None:
    found = _found(LIST_WITH_GUEST, "PRESSEMITTEILUNG")
    persons = found["person"]
    assert isinstance(persons, tuple)
    assert "Quirin Obermaier" not in persons
    assert persons[:2] == ("Rosalie Gschwendtner", "Vitus Eberl")
    # the list's office and town, not the guest's Kreis office
    assert found["office"] == "Gemeinderat"
    assert found["region"] == "Uffing a.Staffelsee" or found["region"] == "Uffing"


LABELLED_WITH_TITLES = """Unsere Direktkandidaten für die Landtagswahl 2027 stehen fest

Die Freien Demokraten in Bochum haben ihre Direktkandidaten für alle drei Bochumer
Landtagswahlkreise gewählt.

Wahlkreis Bochum I: Carla Wendehorst, 33, Ingenieurin
Wahlkreis Bochum II: Prof. Dr. Edmund Lingenhöl, 58, Hochschullehrer
Wahlkreis Bochum III: Yasin Oberkamp-Tuna, 45, Steuerberater
"""


def test_academic_titles_before_a_labelled_nominee() -> None:
    title = LABELLED_WITH_TITLES.split("\n")[0]
    rows = nominees.listed(build(LABELLED_WITH_TITLES, title))
    assert [(n.person, n.region) for n in rows] == [
        ("Carla Wendehorst", "Wahlkreis Bochum I"),
        ("Edmund Lingenhöl", "Wahlkreis Bochum II"),
        ("Yasin Oberkamp-Tuna", "Wahlkreis Bochum III"),
    ]
    found = _found(LABELLED_WITH_TITLES, title)
    assert found["person"] == ("Carla Wendehorst", "Edmund Lingenhöl", "Yasin Oberkamp-Tuna")


MINUTES = """SPD-Ortsverein Billerbeck

Protokoll der Mitgliederversammlung vom 21. Januar 2025
Ort: Gaststätte „Zur Linde“, Billerbeck
Sitzungsleitung: Ewald Tenhagen (Vorsitzender)
Protokoll: Mechthild Averesch

TOP 1 – Begrüßung
Der Vorsitzende begrüßt die Anwesenden und stellt die Beschlussfähigkeit fest.

TOP 2 – Bundestagswahl am 23. Februar 2025
Der Unterbezirk Coesfeld hat im Dezember seine Kandidatin für den Wahlkreis 126 (Coesfeld –
Steinfurt II) nominiert. Der Ortsverein beteiligt sich mit Infoständen auf dem Marktplatz.

TOP 3 – Verschiedenes
Das Sommerfest findet am 28. Juni statt.

Billerbeck, 23.01.2025
"""


def test_minutes_that_report_a_nomination_seek_no_office() -> None:
    found = _found(MINUTES, "SPD-Ortsverein Billerbeck")
    assert "office" not in found
    assert found.get("doc_type") != "candidacy"
    # the branch that keeps the minutes, not the constituency of the reported nomination
    assert found.get("region") == "Billerbeck"


EVENT_REPORT = """Sommerfest am Main: Gute Gespräche bei bestem Wetter

Bei strahlendem Sonnenschein feierte der SPD-Ortsverein Marktheidenfeld am Samstag sein
Sommerfest im Biergarten am Mainufer. Rund 80 Gäste kamen zu Grillwurst und Live-Musik.

Ein Thema beherrschte viele Gespräche: die Kommunalwahl im März 2026. Wer für die SPD als
Bürgermeisterkandidatin oder -kandidat antreten wird, steht noch nicht fest. Die
Stadtratsliste soll im November aufgestellt werden.

Wir danken allen Helferinnen und Helfern!
"""


def test_a_nomination_still_to_come_makes_no_candidacy() -> None:
    found = _found(EVENT_REPORT, EVENT_REPORT.split("\n")[0])
    assert "office" not in found
    assert found.get("doc_type") != "candidacy"


EUROPEAN_LIST = """Die Tierschutzpartei hat am vergangenen Wochenende in Erfurt ihre Bundesliste für
die Europawahl am 9. Juni 2024 aufgestellt. Rund 150 Mitglieder nahmen an der
Bundesmitgliederversammlung in der Messehalle teil. Gewählt wurden insgesamt 18 Kandidierende;
hier stellen wir die ersten vier vor:

- Platz 1: Dr. Hiltrud Osterwald, 51, Tierärztin aus Lübeck, seit 2020 stellvertretende
  Bundesvorsitzende.
- Platz 2: Malte Grünefeld, 34, Umweltingenieur aus Jena.
- Platz 3: Sibel Ohnesorge-Kaya, 45, Juristin aus Augsburg.
- Platz 4: Ruben Tiedemann-Ahl, 29, Student aus Kiel und Landesvorsitzender in Schleswig-Holstein.
"""


def test_a_federal_list_for_the_european_election() -> None:
    found = _found(EUROPEAN_LIST, "Unsere Liste für Europa steht!")
    assert found["office"] == "Kandidat Europaparlament"
    assert found["region"] == "Deutschland"  # not the Land of a nominee's current office
    assert "bundesland" not in found
    assert set(found["person"]) == {  # type: ignore[arg-type]
        "Hiltrud Osterwald",
        "Malte Grünefeld",
        "Sibel Ohnesorge-Kaya",
        "Ruben Tiedemann-Ahl",
    }


THANK_YOU_POST = """Lennart Wiesekopp
24. September 2024 · Eisenhüttenstadt

DANKE, EISENHÜTTENSTADT!

Was für ein Abend. 19,4 Prozent der Erststimmen – das Direktmandat ist es nicht geworden,
aber wir bleiben dran. Danke an alle, die an den Infoständen standen.

Die Kommunalpolitik geht weiter – ich bleibe euer Stadtverordneter.

#Danke #Landtagswahl
"""


def test_a_post_is_written_by_the_name_over_its_date() -> None:
    found = _found(THANK_YOU_POST, "Lennart Wiesekopp")
    assert found.get("person") == "Lennart Wiesekopp"
    assert "office" not in found  # thanks after the election: nothing sought any more


BID_AMONG_RIVALS = """Liebe Genossinnen und Genossen im Saalekreis,

am 6. September 2026 wählt Sachsen-Anhalt einen neuen Landtag. Ich möchte für DIE LINKE im
Wahlkreis 37 als Direktkandidatin antreten und bitte euch bei unserer Wahlkreisversammlung
am 15. November um eure Stimme.

Die AfD hat hier 2021 stark abgeschnitten, der Wahlkreis ging an die CDU.
Ich habe nie ein Mandat für die SPD gehabt, auch wenn mein Vater dort aktiv war.

Eure Jutta Brennecke-Sahin
"""


def test_the_party_a_candidate_runs_for_outweighs_rivals_and_a_party_never_served() -> None:
    party = extract_metadata(BID_AMONG_RIVALS, title="Meine Kandidatur")["party"]
    assert party.value == "Die Linke"
    assert party.confidence >= 0.5  # sure enough for the facet


BERLIN_BID = """Direktkandidatin im Wahlkreis Lichtenberg 3

Hallo! Ich bin Svea Ondraschek, 34, Ingenieurin. Bei der Wahl zum Abgeordnetenhaus am
20. September 2026 trete ich für Volt als Direktkandidatin im Wahlkreis Lichtenberg 3 an.

Bei der Bundestagswahl im Februar 2025 habe ich den Wahlkampf im Wahlkreis 85 koordiniert;
damals war ich noch nicht selbst Kandidatin.
"""


def test_a_landtag_constituency_keeps_its_name_without_another_wahlkreis_number() -> None:
    found = _found(BERLIN_BID, BERLIN_BID.split("\n")[0])
    assert found["office"] == "Direktkandidat Landtag"
    assert found["region"] == "Lichtenberg 3"


NEW_DUO = """**Rudolstadt, 22. November 2025.** Die Landesdelegiertenkonferenz der GRÜNEN
Thüringen hat am Samstag eine neue Doppelspitze gewählt. Mareike Hollenbach aus Sonneberg und
Tilo Graumüller aus Gera sind die neuen Landessprecher*innen. Sie folgen auf das bisherige Duo,
das nach vier Jahren nicht erneut angetreten war, und wollen den Landesverband neu aufstellen.

Hollenbach, 36, ist Stadträtin in Sonneberg und arbeitet als Umweltingenieurin. Sie erhielt 70
Prozent der Stimmen. Graumüller setzte sich im zweiten Wahlgang mit 55 Prozent gegen Bettina
Rauschert aus Jena durch, die für den nicht quotierten Platz kandidiert hatte. Der gelernte
Tischler war bisher Kreisvorstandssprecher in Gera und sitzt seit 2019 im dortigen Stadtrat.

Die LDK tagt noch bis Sonntagnachmittag in der Stadthalle. Auf der Tagesordnung stehen außerdem
Anträge zur Krankenhausreform und zur Zukunft des Thüringer Waldes und seiner Dörfer.
"""


def test_a_new_duo_named_before_its_verb() -> None:
    found = _found(NEW_DUO, "Neue Doppelspitze für die Thüringer Grünen")
    persons = found["person"]
    assert isinstance(persons, tuple)
    assert set(persons[:2]) == {"Mareike Hollenbach", "Tilo Graumüller"}
    assert "Bettina Rauschert" not in persons  # the defeated rival


SLOGAN_PAGE = """**Hardegsen hat ein Problem. Und dieses Problem heißt: zu wenig Mirko.**

Deshalb hat Die PARTEI im Kreisverband Northeim auf ihrer legendären Aufstellungsversammlung im
Hinterzimmer einer Pizzeria in Einbeck einstimmig beschlossen: Mirko Tappendorf wird
Bürgermeister der Stadt Hardegsen.

Mirko ist 44, Hausmeister in Uslar und seit 2015 Mitglied der PARTEI.

Gewählt wird am 13. September 2026. Dann heißt es: Mirko oder nicht Mirko.
"""


def test_a_campaign_slogan_as_the_title_is_a_bid_for_the_town() -> None:
    found = _found(SLOGAN_PAGE, "Mirko Tappendorf für Bürgermeister!")
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Mirko Tappendorf"
    assert found["office"] == "Bürgermeister"
    # the town named with the office, not the Kreisverband that nominates
    assert found["region"] == "Hardegsen"


ANNUAL_REPORT = """Liebe Mitglieder der CDU Sonneberg,

zum Kreisparteitag am 31. Januar in Neuhaus am Rennweg lege ich euch meinen Bericht über die
vergangenen zwei Jahre vor. Es waren die wahlreichsten Jahre, die dieser Kreisverband je
erlebt hat, und ich danke allen, die dabei mitgeholfen haben, von ganzem Herzen dafür.

Bei der Bundestagswahl haben wir mit den Kreisverbänden Hildburghausen und Schmalkalden-Meiningen
im gemeinsamen Wahlkreis einen Wahlkampf auf die Beine gestellt, der sich sehen lassen konnte.

Nach sechs Jahren als Kreisvorsitzender trete ich am 31. Januar nicht erneut an. Ich bleibe
Mitglied des Kreistags und Ortsvorsitzender in Steinach. Der Kreisvorstand hat vorgeschlagen,
dass die Mitglieder meine Nachfolge auf dem Kreisparteitag selbst bestimmen.

Euer Gernot Kühnlenz-Albrecht
"""


def test_an_outgoing_chairs_report_declines_and_bids_for_nothing() -> None:
    found = _found(ANNUAL_REPORT, "Rechenschaftsbericht des Kreisvorsitzenden 2024/2025")
    assert "office" not in found
    assert found.get("doc_type") == "other"
    # its own Kreisverband, not the neighbours it campaigned with
    assert found.get("region") == "Sonneberg"


MINUTES_HEAD = """SPD-Ortsverein Gröpelingen
Protokoll der Mitgliederversammlung vom 21. Oktober 2025

Ort: Bürgerhaus Gröpelingen, Saal 2
Beginn: 19:05 Uhr · Ende: 21:20 Uhr
Sitzungsleitung: Sabine Kollenrott (Vorsitzende)
Protokoll: Jan-Hauke Riedeberg

TOP 1 – Begrüßung
Die Vorsitzende begrüßt die Anwesenden. Die Tagesordnung wird genehmigt.

TOP 2 – Bürgerschaftswahl 2027: Verfahren
Die Vorsitzende erläutert den Zeitplan für die Aufstellung der Liste zur Bürgerschaftswahl
im Mai 2027. Bewerbungen sind bis März 2026 beim Unterbezirk einzureichen.
"""


def test_the_roles_of_a_meeting_are_no_list_of_nominees() -> None:
    found = _found(MINUTES_HEAD, "SPD-Ortsverein Gröpelingen")
    assert not isinstance(found.get("person"), tuple)
    assert "office" not in found
    assert found.get("doc_type") != "candidacy"


BOOKLET = """DIE LINKE. Sachsen-Anhalt

BEWERBUNGEN
zur Landesvertreter*innenversammlung am 7. März 2026 in Halle

Aufstellung der Landesliste zur Wahl des
9. Landtags Sachsen-Anhalt

Stand: 15. Februar 2026
                                                                      Seite 1 von 9
==================================================================================
Bewerbungen LVV 2026 · DIE LINKE. Sachsen-Anhalt                      Seite 4 von 9

Gundula Weißbach-Kern
Bewerbung für Platz 3

Liebe Genossinnen und Genossen, ich bewerbe mich um Platz 3 unserer Landesliste. Ich bin
54 Jahre alt, Sozialpädagogin und lebe seit 1995 in Dessau-Roßlau.

Gundula Weißbach-Kern, KV Dessau-Roßlau
==================================================================================
Bewerbungen LVV 2026 · DIE LINKE. Sachsen-Anhalt                      Seite 5 von 9

Malik Ostendorp
Bewerbung für Platz 6

Hallo zusammen, ich bin Malik, 24 Jahre alt, und studiere Soziale Arbeit in Merseburg.
Ich bewerbe mich für Platz 6, weil im Landtag auch junge Menschen sitzen sollten.

Malik Ostendorp, KV Saalekreis
"""


def test_a_booklet_of_bids_names_every_bidder_but_no_parliament() -> None:
    found = _found(BOOKLET, "DIE LINKE. Sachsen-Anhalt")
    assert found["person"] == ("Gundula Weißbach-Kern", "Malik Ostendorp")
    assert found["office"] == "Landesliste Landtag"


FORWARD_WITH_BID = """From: Lorenz Kiefhaber <lorenz@example.org>
To: Mitglieder CDU-Ortsverband Kirkel <ov-kirkel@example.org>
Date: Mon, 2 Mar 2026 20:03:51 +0100
Subject: Fwd: Kreisparteitag 21. März – Delegiertenwahlen / meine Bewerbung

Liebe Freundinnen und Freunde,

unten findet ihr noch einmal die Einladung der Kreisgeschäftsstelle. Auf dem Kreisparteitag
am 21. März in Homburg werden die Delegierten des Saarpfalz-Kreises zum Landesparteitag der
CDU Saar gewählt. Ich bewerbe mich um einen dieser Delegiertenplätze und würde mich über
eure Unterstützung freuen. Ich bin 33, arbeite als Anwalt und wohne in Kirkel-Limbach.

Wie ihr in der Einladung seht, werden am selben Tag auch die Delegierten zum
Bundesparteitag gewählt. Dafür bewerbe ich mich nicht – da sollen erfahrene Leute hin.

Herzliche Grüße
Lorenz

---------- Weitergeleitete Nachricht ----------
Von: CDU Saarpfalz Kreisgeschäftsstelle <kgs@example.org>
Datum: Mi., 18. Feb. 2026 um 10:12 Uhr
Betreff: Einladung Kreisparteitag 21. März 2026
An: Ortsvorsitzende Saarpfalz-Kreis

> Liebe Ortsvorsitzende,
>
> der Kreisvorstand lädt zum Kreisparteitag am Samstag, 21. März 2026, 9:30 Uhr, in die
> Aula des Saarpfalz-Gymnasiums Homburg ein. Auf der Tagesordnung stehen u. a.:
>
> - Wahl der Delegierten zum Landesparteitag (38 Delegierte)
> - Wahl der Delegierten zum Bundesparteitag (3 Delegierte)
>
> Bewerbungen für die Delegiertenwahlen bitte bis 10. März an die Kreisgeschäftsstelle.
"""


def test_a_forward_whose_note_bids_is_the_forwarders_candidacy() -> None:
    found = _found(FORWARD_WITH_BID, FORWARD_WITH_BID.split("\n")[0])
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Lorenz Kiefhaber"
    assert found["date"] == "2026-03-02"  # the forward's own date, not the invitation's
    # the assembly he bids for, not the one he declines in the next sentence
    assert found["office"] == "Landesparteitagsdelegierter"
    assert found["region"] == "Saarpfalz-Kreis"


INTERVIEW = """Nieder-Olm · Interview

„Wir bauen gegen die Zeit“

In der Verbandsgemeinde fehlen fast 200 Kita-Plätze. Die SPD-Fraktionsvorsitzende im
Verbandsgemeinderat, Annegret Wallhausen-Biehl, über Container und Personalmangel.

Von Carsten Eulenbach · Erschienen am 18.09.2025

Frau Wallhausen-Biehl, im Frühjahr hieß es, bis 2026 habe jedes Kind einen Platz. Was ist
schiefgelaufen?
Die Neubaugebiete sind schneller bezogen worden als geplant, und zwei Träger haben Gruppen
schließen müssen, weil sie kein Personal finden.
Man hört, Sie könnten 2029 für das Bürgermeisteramt der Verbandsgemeinde antreten.
Das höre ich auch. Aber nein: Ich kandidiere nicht. Ich bin gern Fraktionsvorsitzende.
"""


def test_an_interview_where_the_office_holder_declines_to_run_seeks_nothing() -> None:
    found = _found(INTERVIEW, "Kita-Ausbau: „Wir bauen gegen die Zeit“ – Rheinhessen-Echo")
    assert "office" not in found
    assert found.get("doc_type") != "candidacy"


PROFILE = """Junge Union Kreisverband Vogelsberg

STECKBRIEF – KANDIDATUR KREISVORSITZ

Bewerber: Jannis Oberländer-Krug
Alter: 26
Wohnort: Alsfeld

Warum trittst du an?
Weil unser Kreisvorsitzender nach sechs Jahren aufhört und ich die JU weiter aufstellen will.

Dein Ziel für die Kommunalwahl?
Mindestens vier JU-Mitglieder im Kreistag. Ich selbst kandidiere nicht, ich will den
Wahlkampf organisieren.
"""


def test_a_profile_under_a_bid_headline_names_candidate_and_office() -> None:
    found = _found(PROFILE, "Junge Union Kreisverband Vogelsberg")
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Jannis Oberländer-Krug"
    assert found["office"] == "Kreisvorsitzender"


def test_not_this_but_that_is_a_bid() -> None:
    text = (
        "Liebe Genossinnen und Genossen,\n\nauf der Kreisdelegiertenversammlung am 7. Juni "
        "wählen wir den Kreisvorstand der SPD Spandau neu. Ich bewerbe mich nicht für den "
        "Vorsitz, sondern als eine der drei stellvertretenden Kreisvorsitzenden.\n\n"
        "Solidarische Grüße\nFrauke Ohnesorge-Lind\n"
    )
    found = _found(text, "Meine Bewerbung")
    assert found["doc_type"] == "candidacy"
    assert found["office"] == "stellv. Kreisvorsitzender"


TOWN_LIST = """Die FREIEN WÄHLER im Landkreis Miesbach gehen mit drei eigenen Kandidaturen in
die Kommunalwahl am 8. März 2026. Bei der Kreisversammlung am Freitag im Kurhaus stellten sich
die Bewerberinnen und Bewerber vor, die zuvor von ihren Ortsvereinigungen nominiert worden waren.

**Die Kandidaturen im Überblick:**

- **Markt Holzkirchen:** Korbinian Oberleitner (52), Schreinermeister und seit 2014 im Rat,
  zweiter Bürgermeister des Marktes. Die Ortsvereinigung hatte ihn bereits im Juni nominiert.
- **Gemeinde Otterfing:** Veronika Leitenbacher (39), Bankkauffrau aus Bernloh. Sie tritt
  gegen den amtierenden Bürgermeister an und will das Rathaus samstags öffnen.
- **Markt Prien a. Chiemsee:** Theresia Hainzlbauer (58), Hotelfachfrau und Gemeinderätin,
  die 2020 nur knapp in der Stichwahl unterlag und diesmal gewinnen will.
"""


def test_town_labelled_nominees_whose_descriptions_run_on() -> None:
    found = _found(TOWN_LIST, "Drei Bürgermeisterkandidaturen: FREIE WÄHLER starten")
    assert found["person"] == (
        "Korbinian Oberleitner",
        "Veronika Leitenbacher",
        "Theresia Hainzlbauer",
    )
    assert found["office"] == "Bürgermeister"


def test_a_one_letter_abbreviation_is_written_with_or_without_its_space() -> None:
    from indexer.metadata import gazetteer

    assert gazetteer.gemeinden("Prien a. Chiemsee")[0].name == "Prien a.Chiemsee"
    assert gazetteer.gemeinden("Lohr a.Main") == gazetteer.gemeinden("Lohr a. Main")


def test_the_csus_european_list_is_bavarias() -> None:
    text = (
        "Liebe Freundinnen und Freunde,\n\nich bewerbe mich um einen Platz auf der Liste der "
        "CSU für die Europawahl am 9. Juni 2024. Als Landwirtin aus dem Allgäu weiß ich, was "
        "Brüssel für unsere Höfe bedeutet.\n\nEure Walburga Oberhaidacher\n"
    )
    found = _found(text, "Meine Bewerbung für die Europaliste")
    assert found["office"] == "Kandidat Europaparlament"
    assert found["region"] == "Bayern" and found["bundesland"] == "Bayern"


def test_a_predecessor_who_does_not_run_again_is_not_the_candidate() -> None:
    text = (
        "Moin zusammen,\n\nzur Erinnerung: Ich bewerbe mich auf dem Kreisparteitag am "
        "27. September in Mölln um den Vorsitz unseres Kreisverbands. Uwe Tiedjen tritt nach "
        "acht Jahren nicht wieder an.\n\nViele Grüße\nBirgit\n\n--\nBirgit Lübbenau\n"
        "Vorsitzende SPD-Ortsverein Geesthacht\n"
    )
    person = extract_metadata(text, title="Re: Meine Kandidatur für den Kreisvorsitz")["person"]
    assert person.value == "Birgit Lübbenau"
    assert person.confidence >= 0.5


def test_a_town_in_a_quotation_beside_the_office_is_not_the_towns_council() -> None:
    text = (
        "Am 9. Juni 2024 wählen die Edingerinnen und Edinger einen neuen Gemeinderat. Die "
        "Mitgliederversammlung des CDU-Gemeindeverbands hat am 17. Februar ihre Liste "
        "beschlossen.\n\n| Platz | Name | Beruf |\n|---|---|---|\n| 1 | Bernhard Laudenbach | "
        "Bankbetriebswirt |\n| 2 | Carina Mechtersheimer | Physiotherapeutin |\n"
        "| 3 | Tobias Wackerhagen | Ingenieur |\n\n„Wir wollen, dass Edingen-Neckarhausen "
        "eigenständig bleibt – auch wenn Mannheim nur einen Katzensprung entfernt ist“, sagte "
        "Listenführer Bernhard Laudenbach, der dem Gemeinderat seit 2009 angehört.\n"
    )
    found = _found(text, "CDU Edingen-Neckarhausen: Unsere Liste für den Gemeinderat")
    assert found["office"] == "Gemeinderat"
    assert found["region"] == "Edingen-Neckarhausen"


def test_a_thank_you_post_is_about_the_place_its_heading_thanks() -> None:
    found = _found(THANK_YOU_POST, "Lennart Wiesekopp")
    assert found.get("region") == "Eisenhüttenstadt"
    assert found.get("bundesland") == "Brandenburg"


DELEGATE_BOOKLET = """BÜNDNIS 90/DIE GRÜNEN Kreisverband Marburg-Biedenkopf
Kreismitgliederversammlung am 19.09.2025
Bewerbungen: Delegierte zur Bundesdelegiertenkonferenz (BDK)
-----------------------------------------------------------------------------------------

Liebe Mitglieder, auf der Kreismitgliederversammlung wählen wir drei Delegierte für die
Bundesdelegiertenkonferenz im November. Die Delegierten für die Landesdelegiertenkonferenz
wählen wir erst im Frühjahr 2026.

-----------------------------------------------------------------------------------------

Johanne Rieslingen (quotierter Platz)

Ich bin 29, Stadtplanerin und seit 2021 Stadtverordnete in Marburg.

-----------------------------------------------------------------------------------------

Denis Altberger-Koç (offener Platz)

Ich bin 35 und bewerbe mich als BDK-Delegierter, weil Pflege in der Partei zu kurz kommt.
"""


def test_a_lists_office_is_not_one_the_text_puts_off_to_later() -> None:
    found = _found(DELEGATE_BOOKLET, DELEGATE_BOOKLET.split("\n")[0])
    assert found["person"] == ("Johanne Rieslingen", "Denis Altberger-Koç")
    assert found["office"] == "Bundesparteitagsdelegierter"


def test_every_bidder_of_a_long_booklet_is_found_beyond_the_examined_head() -> None:
    bidders = [
        "Gundula Weißbach-Kern", "Malik Ostendorp", "Hannelore Tiedemann",
        "Jonas Brettschneider", "Marion Kühnel-Abendroth", "Patrick Lehnhardt",
    ]  # fmt: skip
    parts = [
        "DIE LINKE. Sachsen-Anhalt\n\nBEWERBUNGEN zur Landesvertreterversammlung\n"
        "Aufstellung der Landesliste zur Wahl des 9. Landtags\n\nStand: 15. Februar 2026\n"
    ]
    for place, name in enumerate(bidders, start=2):
        parts.append(
            "=" * 80 + f"\nBewerbungen LVV 2026 · DIE LINKE. Sachsen-Anhalt     Seite {place}\n\n"
            f"{name}\nBewerbung für Platz {place}\n\nLiebe Genossinnen und Genossen, ich "
            f"bewerbe mich um Platz {place} unserer Landesliste. "
            + "Ich setze mich für gute Schulen und bezahlbare Mieten in unserem Land ein. " * 15
            + f"\n\n{name}\n"
        )
    text = "\n".join(parts)
    assert len(text) > 8000  # longer than the head and tail the rules examine
    assert _found(text, "DIE LINKE. Sachsen-Anhalt")["person"] == tuple(bidders)


def test_every_nominee_of_a_long_list_is_found_beyond_the_examined_head() -> None:
    surnames = [
        "Bauer",
        "Krüger",
        "Lehmann",
        "Schulze",
        "Neumann",
        "Zimmermann",
        "Hartmann",
        "Krause",
        "Köhler",
        "Wagner",
    ]  # fmt: skip ("Wagner" is a first name too)
    firsts = ["Anna", "Bernd", "Carla", "Dirk", "Emma", "Frank", "Gerda", "Hanno", "Ilse", "Jonas"]
    people = [f"{first} {last}" for last in surnames for first in firsts]  # 100 nominees
    rows = "\n".join(
        f"{place}. {name.split()[1]}, {name.split()[0]}, Verwaltungsangestellte aus "
        "Neuruppin-Alt Ruppin"
        for place, name in enumerate(people, start=1)
    )
    text = (
        "SPD-Kreisverband Ostprignitz-Ruppin\n\nUnsere Kandidatinnen und Kandidaten für den "
        "Kreistag\n\nDie Kreisdelegiertenkonferenz hat am Samstag folgende Liste für die "
        f"Kreistagswahl aufgestellt:\n\n{rows}\n\nWir danken allen Kandidierenden.\n"
    )
    assert len(text) > 6000  # longer than the head and tail the rules examine
    found = _found(text, "Unsere Liste für den Kreistag")
    assert found["person"] == tuple(people)


def test_a_list_place_for_the_council_the_title_names_with_its_town() -> None:
    text = (
        "Moin! Ich bin Birka Tammsen, 34, und lebe seit fünf Jahren an der Ostsee. Unser "
        "Ortsverband hat mich auf Platz 1 unserer Liste gewählt. Ich möchte mich für "
        "bezahlbare Wohnungen und einen Radweg an der Küste einsetzen.\n\nEure Birka\n"
    )
    title = "Birka Tammsen – für die Stadtvertretung Kühlungsborn | GRÜNE Landkreis Rostock"
    found = _found(text, title)
    assert found["office"] == "Stadtrat"
    assert found["region"] == "Kühlungsborn"  # the town the title names, not the Kreisverband


LIST_TITLED = """Am Samstag hat unser Ortsverband im Bürgerhaus seine Liste für die Kreistagswahl
am 8. März 2026 aufgestellt. 61 Mitglieder stimmten ab.

Unser Landratskandidat, den wir schon im Frühjahr nominiert haben, steht bewusst nicht auf
der Liste und konzentriert sich auf die Landratswahl.

Die ersten Plätze:

1. Ostermeier, Theresa (44), Hebamme, Mainburg
2. Kagerer, Jonas (31), Zimmerer, Elsendorf
3. Wimmer-Stadler, Gundula (58), Lehrerin, Attenhofen

Euer Vorstand
"""


def test_a_list_for_an_office_in_the_title_names_the_office() -> None:
    """ "Unsere Liste für den Kreistag steht": the list is the candidacy cue of the office the
    title names, over another office the text names with a stronger word beside the list."""
    found = _found(LIST_TITLED, "Unsere Liste für den Kreistag steht!")
    assert found["office"] == "Kreistag"
    names = ["Theresa Ostermeier", "Jonas Kagerer", "Gundula Wimmer-Stadler"]
    assert list(found["person"]) == names


INVITATION_WITH_PODIUM = """Liebe Freundinnen und Freunde,
wie geht es weiter mit dem Handwerk im Landkreis? Darüber wollen wir mit euch diskutieren.
Donnerstag, 23. Oktober 2025, 19:00 Uhr, Bürgerhaus Musterau
Auf dem Podium
- Prof. Dr. Helene Quastwedel, Professorin für Volkswirtschaftslehre
- Markus Weidenmüller, Inhaber eines Werkzeugbaubetriebs
- Sabine Ortlepp-Kainz, Vorsitzende des Gewerbeverbands
Die Moderation übernimmt unser stellvertretender Kreisvorsitzender Quirin Hafenmaier.
Wir freuen uns auf einen lebhaften Abend!
Herzliche Grüße
Tobias Riegelhuber
Kreisvorsitzender
"""


def test_a_podium_of_speakers_is_no_list_of_nominees() -> None:
    """Three names in a list make a list of nominees only where something is chosen or
    sought; an invitation's podium is not, and its letter's closing is no name."""
    found = _found(INVITATION_WITH_PODIUM, "Wirtschaftsabend: Handwerk nach der Krise")
    assert found.get("doc_type") != "candidacy"
    assert found.get("person") == "Tobias Riegelhuber"
    assert nominees.find(build(INVITATION_WITH_PODIUM, "Wirtschaftsabend")) == []


def test_a_team_for_an_office_above_a_list_still_makes_nominees() -> None:
    text = (
        "Unser Team für den Gemeinderat Musterau:\n- Hanna Vogelsang\n- Dietmar Kranewitter\n"
        "- Lioba Settelmeier\n\nWir freuen uns auf den Wahlkampf!\n"
    )
    listed = nominees.find(build(text, "Gemeinsam für Musterau"))
    names = ["Hanna Vogelsang", "Dietmar Kranewitter", "Lioba Settelmeier"]
    assert [n.person for n in listed] == names


def test_a_kreiswahlliste_is_the_kreistag_list() -> None:
    """Schleswig-Holstein's "Kreiswahlliste" and "Kreiswahlkreise" are the Kreistag's; the
    municipal councils elected the same day are not the list's office."""
    text = (
        "Musterstadt, 30. Januar 2023\n\nCDU beschließt Kreiswahlliste: Blohmann führt an\n\n"
        "Mit Kerstin Blohmann an der Spitze zieht die CDU in die Wahl am 14. Mai 2023. Die "
        "Versammlung beschloss die Liste, dazu die Bewerber für die 33 Kreiswahlkreise.\n\n"
        "1. Kerstin Blohmann, 55, Büdelsdorf\n2. Jörn Wiebuschke, 61, Eckernförde\n"
        "3. Malte Sievertsmann, 29, Nortorf\n\n"
        "Die Gemeindevertretungen werden am selben Tag gewählt."
    )
    assert _found(text, "")["office"] == "Kreistag"


RESULT_RELEASE = """Pressemitteilung · 03.03.2025
Drei Mandate für die SPD in Musterstadt-Nord
Die SPD Musterstadt-Nord hat bei der Bürgerschaftswahl am 2. März 2025 in allen drei
Wahlkreisen des Bezirks ein Mandat errungen. In die neue Bürgerschaft ziehen ein:
- Ragna Köttering – Wahlkreis Barmbek
- Jan-Ole Hennemeyer – Wahlkreis Winterhude
- Serkan Bayraktar-Lühr – Wahlkreis Langenhorn
Die SPD gratuliert allen Gewählten.
V.i.S.d.P.: Sönke Jarmstedt
"""


def test_the_elected_of_a_public_election_are_no_nominees() -> None:
    """Mandates won and members moving into the Bürgerschaft: the names under it are the
    elected, and the release reports a result, not a candidacy."""
    found = _found(RESULT_RELEASE, "Drei Mandate für die SPD")
    assert found.get("doc_type") != "candidacy" and "office" not in found
    assert not isinstance(found.get("person"), tuple)


PORTRAITS = """Volt Berlin hat auf seiner Mitgliederversammlung am 7. Dezember 2024 für drei
Berliner Bundestagswahlkreise Direktkandidierende gewählt.

Wahlkreis 82 – Berlin-Friedrichshain-Kreuzberg – Prenzlauer Berg Ost

Sunniva Kraftmeier, 31, Softwareentwicklerin. Sunniva koordiniert das Team Digitales.

Wahlkreis 74 – Berlin-Mitte

Emil Drachenfels, 27, Doktorand. Emil ist Sprecher des Kreisteams Mitte.

Wahlkreis 80 – Berlin-Tempelhof-Schöneberg

Paula Ziegenbalg, 45, Kinderärztin. Paula sitzt in der Bezirksverordnetenversammlung.
"""


def test_portraits_that_open_with_name_and_age_are_a_list_of_nominees() -> None:
    """ "Drei Direktkandidierende" (the gender-neutral plural) and one portrait per nominee."""
    found = sure(PORTRAITS, "Drei Direktkandidierende für Berlin: Volt stellt sich auf")
    assert found["person"] == ("Sunniva Kraftmeier", "Emil Drachenfels", "Paula Ziegenbalg")


BOARD_PROPOSES_DUO = """Ortsvorstand schlägt Doppelspitze vor: Wiebke Tammsen und Hauke Brodersen

Der Ortsvorstand der Grünen Husum schlägt der Mitgliederversammlung am 14. März 2026 eine \
Doppelspitze für den Ortsvorsitz vor: Wiebke Tammsen und Hauke Brodersen sollen den \
Ortsverband künftig gemeinsam führen. Die bisherige Vorsitzende Gesa Ketelsen tritt nicht mehr an.

Wiebke Tammsen (38) ist Hebamme, Hauke Brodersen (52) arbeitet als Deichbauingenieur.
"""

FIRST_PERSON_DUO = """Unsere Bewerbung als Doppelspitze

Liebe Freundinnen und Freunde,

gemeinsam mit Hauke Brodersen bewerbe ich mich als Doppelspitze für den Ortsvorsitz der Grünen
Husum. Ich bin 38 Jahre alt, Hebamme und seit 2019 Mitglied. Hauke und ich wollen den
Ortsverband für die Kommunalwahl aufstellen.

Eure Wiebke Tammsen
"""


def test_a_board_proposing_a_duo_names_both_and_is_no_office_sought() -> None:
    found = _found(BOARD_PROPOSES_DUO, "")
    # the Ortsvorstand proposes; the Ortsvorsitz is sought (a date's full stop inside
    # "schlägt … am 14. März 2026 … vor" does not end the cue)
    assert found["office"] == "Ortsvorsitzender"
    assert found["person"] == ("Wiebke Tammsen", "Hauke Brodersen")


def test_a_co_candidate_of_a_first_person_duo_is_not_a_nominee() -> None:
    found = _found(FIRST_PERSON_DUO, "")
    assert found["person"] == "Wiebke Tammsen"
    assert found["office"] == "Ortsvorsitzender"


PARTY_PORTRAITS = """Wer wird Bürgermeister? Die Kandidaten im Porträt

Von Sebastian Lenzmoser · 12. Februar 2026, 05:30 Uhr
Von Sebastian Lenzmoser · 12. Februar 2026, 05:30 Uhr

Nach 18 Jahren tritt der amtierende Bürgermeister in Gars am Inn nicht mehr an. Um seine
Nachfolge bewerben sich am 8. März 2026 drei Kandidaten.

Florian Stadlhofer (CSU): Der Vereinsmensch
Treffpunkt Sportheim. Der Bankbetriebswirt sitzt seit 2014 im Marktgemeinderat.

Veronika Ganslbauer (Freie Wähler): Die Zahlenfrau
Sie empfängt in ihrer Steuerkanzlei am Marktplatz.

Tobias Wimmesreiter (Grüne): Der Quereinsteiger
Den jüngsten Bewerber treffen wir am Innufer.
"""


def test_portraits_headed_with_name_and_party_name_every_candidate() -> None:
    """A newspaper's series heads each portrait "Name (Party): Epithet"; its byline's date
    (with the time, and put twice by a page) is the article's."""
    found = _found(PARTY_PORTRAITS, "")
    assert found["person"] == ("Florian Stadlhofer", "Veronika Ganslbauer", "Tobias Wimmesreiter")
    assert found["date"] == "2026-02-12"
