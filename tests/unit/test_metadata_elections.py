"""An election reported as done: the office of a nomination announcement, but a past office
in a first-person statement that bids for another one (fictional documents)."""

from __future__ import annotations

from indexer.metadata import extract_metadata


def _values(text: str, title: str) -> dict[str, object]:
    return {k: v.value for k, v in extract_metadata(text, title=title).items()
            if v.confidence >= 0.5}


def test_an_election_reported_in_the_perfect_is_a_nomination_announcement() -> None:
    found = _values(
        "Der Kreisparteitag hat am Samstag in Eutin Wiebke Sondermann zur neuen "
        "Kreisvorsitzenden gewählt. Sie erhielt 88 von 97 Stimmen.\n",
        "Kreisparteitag wählt neue Spitze",
    )
    assert found["person"] == "Wiebke Sondermann"
    assert found["office"] == "Kreisvorsitzender" and found["doc_type"] == "candidacy"


def test_a_past_election_gives_way_to_the_bid() -> None:
    found = _values(
        "Liebe Mitglieder,\n2019 habt ihr mich zum Ortsvorsitzenden gewählt. Nun bewerbe ich "
        "mich um den Kreisvorsitz.\n\nEuer Jens Ahlgrimm\n",
        "Meine Bewerbung",
    )
    assert found["office"] == "Kreisvorsitzender" and found["person"] == "Jens Ahlgrimm"


def test_a_first_person_passive_nomination_still_counts() -> None:
    found = _values(
        "Liebe Freundinnen und Freunde,\ndie Delegierten haben mich am Samstag auf Platz 4 der "
        "Landesliste für die Landtagswahl gewählt. Dafür danke ich euch.\n\nEure Merle Ostwald\n",
        "Danke!",
    )
    assert found["office"] == "Landesliste Landtag"


def test_the_spd_and_linke_parteivorstand_is_the_federal_board() -> None:
    found = _values(
        "Liebe Genossinnen und Genossen,\nauf dem Bundesparteitag wählen wir einen neuen "
        "Parteivorstand. Ich bewerbe mich als Beisitzerin für den Parteivorstand.\n\n"
        "Eure Hanne Lüttjohann\n",
        "Bewerbung für den Parteivorstand",
    )
    assert found["office"] == "Bundesvorstand" and found["region"] == "Deutschland"


def test_a_signature_line_that_starts_with_the_sign_off_and_a_title() -> None:
    found = _values(
        "Liebe Mitglieder der CDU im Kreis Musterau,\nich bewerbe mich beim Kreisparteitag um "
        "den Kreisvorsitz.\n\nIch freue mich auf Ihre Unterstützung.\n\nHerzlichst\n"
        "Ihr Dr. Anselm Kreutzkamp\n",
        "Meine Bewerbung für den Kreisvorsitz",
    )
    assert found["person"] == "Anselm Kreutzkamp"


def test_a_numbered_list_keeps_a_first_name_the_table_lacks_among_known_ones() -> None:
    from indexer.metadata import document, nominees

    text = ("Unsere Landesliste:\n\n1. Simone Kallweit\n2. Jana Köhnke\n3. Ove Schrödter\n"
            "4. Dennis Boysenberg\n5. Zuzu Brammer\n")
    found = [n.person for n in nominees.find(document.build(text, "Unsere Kandidierenden"))]
    assert "Zuzu Brammer" in found and len(found) == 5
    shapes = "Unsere Liste:\n\n1. Xolo Brammer\n2. Quaz Temmler\n3. Zuzu Wendt\n"
    assert nominees.find(document.build(shapes, "Unsere Kandidierenden")) == []


def test_nominated_as_our_candidate_for_a_constituency_beats_an_added_list_bid() -> None:
    # "zu ihrem Kandidaten für den Wahlkreis … gewählt" is the nomination the text is about;
    # "Außerdem bewerbe ich mich … Landesliste" is a bid added to it.
    found = _values(
        "Liebe Bürgerinnen und Bürger,\ndie Grünen im Kreis Rottweil haben mich am 3. Mai "
        "einstimmig zu ihrem Kandidaten für den Bundestagswahlkreis 285 (Rottweil – Tuttlingen) "
        "gewählt. Außerdem bewerbe ich mich um einen Platz auf der Landesliste.\n\n"
        "Ihr Ansgar Pfitzenmaier\n",
        "Warum ich für den Bundestag kandidiere",
    )
    assert found["office"] == "Direktkandidat Bundestag"
    assert str(found["region"]).startswith("Rottweil")


def test_an_added_bid_stays_second_whichever_comes_first() -> None:
    found = _values(
        "Liebe Mitglieder,\nzusätzlich zu meiner Arbeit im Ortsverein: Ich bewerbe mich um "
        "Platz 3 der Landesliste für die Landtagswahl. Darüber hinaus trete ich im Wahlkreis "
        "Musterstadt I an, wenn ihr mich nominiert.\n\nEure Talke Brunsiek\n",
        "Meine Bewerbung für die Landesliste",
    )
    assert found["office"] == "Landesliste Landtag"


def test_delegates_elected_by_a_land_assembly_belong_to_the_land_not_the_venue() -> None:
    found = _values(
        "Schwerin, 14.06.2025 – Auf dem Landesparteitag in Schwerin haben die Mitglieder der "
        "Volt Mecklenburg-Vorpommern heute ihre Delegierten zum Bundesparteitag gewählt. "
        "Gewählt wurden:\n\n• Jorinde Pahlke (Rostock)\n• Keno Wiebusch (Greifswald)\n",
        "Delegierte zum Bundesparteitag gewählt",
    )
    assert found["office"] == "Bundesparteitagsdelegierter"
    assert found["region"] == "Mecklenburg-Vorpommern"


def test_delegates_to_a_land_assembly_belong_to_the_kreis_that_elects_them() -> None:
    found = _values(
        "Liebe Mitglieder im Kreisverband Vorpommern-Greifswald,\nauf der "
        "Kreismitgliederversammlung am 3. Mai in Anklam wählen wir unsere Delegierten zum "
        "Landesparteitag, und dafür bewerbe ich mich.\n\nEure Ilka Dammasch\n",
        "Bewerbung als Delegierte zum Landesparteitag",
    )
    assert found["region"] == "Vorpommern-Greifswald"


def test_the_election_of_an_office_in_the_title_of_a_candidacy_names_the_office() -> None:
    found = _values(
        "Liebe Bürgerinnen und Bürger,\nnach vielen Gesprächen habe ich mich entschieden: Ich "
        "trete an. Die Versammlung hat mich am Samstag einstimmig nominiert.\n\n"
        "Ihr Korbinian Haslbeck\n",
        "Bürgermeisterwahl Engelsberg – mein Angebot an Sie",
    )
    assert found["office"] == "Bürgermeister" and found["region"] == "Engelsberg"


def test_an_added_bid_in_the_middle_of_the_sentence_is_second_too() -> None:
    found = _values(
        "Liebe Jusos,\nich bewerbe mich als Kreisvorsitzender der Jusos im Kreis Borken.\n"
        "Bei der Kommunalwahl trete ich außerdem auf Platz 9 der SPD-Liste für den Rat der "
        "Stadt Vreden an.\n\nEuer Hauke Terhorst\n",
        "Bewerbung um den Kreisvorsitz",
    )
    assert found["office"] == "Kreisvorsitzender"


def test_the_candidate_s_home_ortsteil_is_not_the_gemeinde_of_the_mayoral_race() -> None:
    found = _values(
        "Die Freie Wählervereinigung Frickingen hat sich bei ihrer Mitgliederversammlung "
        "einstimmig hinter Henrike Stadelmaier gestellt. Die 41-jährige Verwaltungswirtin aus "
        "dem Ortsteil Altheim bewirbt sich bei der Bürgermeisterwahl am 30. März um die "
        "Nachfolge des Amtsinhabers.\n",
        "FWV unterstützt Henrike Stadelmaier",
    )
    assert found["office"] == "Bürgermeister" and found["region"] == "Frickingen"


def test_a_town_council_candidate_mentioning_the_kreistag_is_running_in_the_town() -> None:
    found = _values(
        "Ich bin Jolanda Wetterich, 29 Jahre alt. Bei der Kommunalwahl trete ich auf der "
        "grünen Liste für die Stadtverordnetenversammlung Hungen an.\n\nIm Kreistag des "
        "Landkreises Gießen sitzen schon zwei Grüne aus dem Ostkreis – ich will, dass auch "
        "im Stadtparlament eine junge Stimme dazukommt.\n",
        "Jolanda Wetterich: Warum ich für die Stadtverordnetenversammlung kandidiere",
    )
    assert found["office"] == "Stadtrat" and found["region"] == "Hungen"


def test_a_bid_whose_clause_holds_the_election_date_and_a_ward() -> None:
    # the period of "14. September" does not end the clause of "trete … an"
    found = _values(
        "Ich heiße Gernot Vossebein und trete bei der Kommunalwahl am 14. September für die "
        "CDU im Wahlbezirk Höfen für den Rat der Stadt Monschau an.\n\nIch bin 58, "
        "Schreinermeister.\n\nGernot\n",
        "Für Monschau in den Rat",
    )
    assert found["office"] == "Stadtrat" and found["doc_type"] == "candidacy"
    assert found["region"] == "Monschau"


def test_a_signature_with_a_council_seat_as_role_names_the_candidate() -> None:
    found = _values(
        "Liebe Nachbarinnen und Nachbarn,\nam 14. November möchte ich mich als Kandidatin für "
        "das Amt der ersten Bürgermeisterin nominieren lassen.\n\nEure Roswitha\n\n"
        "Roswitha Unterforsthuber, ÖDP-Kreisrätin\n",
        "Warum ich Bürgermeisterin von Egenhofen werden will",
    )
    assert found["person"] == "Roswitha Unterforsthuber"
    assert found["office"] == "Bürgermeister" and found["region"] == "Egenhofen"


def test_a_table_with_dot_leaders_lists_its_nominees() -> None:
    from indexer.metadata import document, nominees

    doc = document.build(
        "Die Mitgliederversammlung hat folgende Kandidierenden für die Wahlbezirke "
        "aufgestellt:\n\n"
        "Wahlbezirk 01 Musterdorf-Mitte ........ Terwiel, Annegret\n"
        "Wahlbezirk 02 Oberhausen-Süd ........... Kampmann, Dietrich\n"
        "Wahlbezirk 03 Niederfeld ............... Hülskamp, Lea\n\n"
        "Den Bürgermeisterkandidaten unterstützt der Ortsverein gemeinsam mit den Grünen.\n",
        "Unsere Kandidatinnen und Kandidaten für den Gemeinderat",
    )
    found = [n.person for n in nominees.find(doc)]
    assert found == ["Annegret Terwiel", "Dietrich Kampmann", "Lea Hülskamp"]


def test_a_flyer_with_a_heading_in_capitals_and_a_candidate_field() -> None:
    found = _values(
        "Kandidatin: Gesine Wöltje (SPD), Ortsteil Nettlingen\n\n"
        "• 41 Jahre, Tierärztin\n• Glasfaser bis zum letzten Hof\n• Grundschule erhalten\n",
        "KOMMUNALWAHL 13.09.2026 – GEMEINDERAT SÖHLDE",
    )
    assert found["person"] == "Gesine Wöltje" and found["doc_type"] == "candidacy"
    assert found["office"] == "Gemeinderat" and found["region"] == "Söhlde"
    assert found["bundesland"] == "Niedersachsen" and found["date"] == "2026-09-13"


def test_direct_candidates_named_in_the_gender_neutral_plural() -> None:
    found = _values(
        "Für die Bundestagswahl treten in den folgenden Wahlkreisen an:\n\n"
        "1. Wahlkreis 1: Hinnerk Paulsen-Dahl\n2. Wahlkreis 4: Wiebke Thomsen\n"
        "3. Wahlkreis 7: Malte Rosenboom\n\nDie Landesliste wird im Dezember gewählt.\n",
        "Unsere Direktkandidierenden zur Bundestagswahl",
    )
    assert found["office"] == "Direktkandidat Bundestag"


def test_delegates_of_a_kreis_sent_to_the_land_assembly_on_a_linke_page() -> None:
    # the page's title names the Kreisverband ("DIE LINKE. Marburg-Biedenkopf"); "Auf dem
    # Landesparteitag möchte ich …" is where the delegate goes, not who elects her
    found = _values(
        "Liebe Genossinnen und Genossen,\nauf unserer Gesamtmitgliederversammlung wählen wir "
        "die Delegierten des Kreisverbands für den Landesparteitag. Ich bewerbe mich um einen "
        "der Plätze.\n\nAuf dem Landesparteitag möchte ich mich für die Geburtshilfe einsetzen. "
        "Ich will eure Stimme in Frankfurt, Kassel oder wo immer der Parteitag tagt, gut "
        "vertreten.\n\nEure Mareike\n",
        "Bewerbung als Delegierte zum Landesparteitag – DIE LINKE. Marburg-Biedenkopf",
    )
    assert found["office"] == "Landesparteitagsdelegierter"
    assert found["region"] == "Marburg-Biedenkopf"


def test_unit_words_are_counted_at_word_starts_only() -> None:
    import re

    from indexer.metadata import office

    text = (
        "Landesverband und Kreisverband, LPT-Beschluss, XLPT, Bezirks_Ortsverein, "
        "Unterbezirksvorstand; der Ortsverband tagt im Distrikt 3. Abteilungsleitung"
    )
    for pattern in office._LEVEL_UNITS.values():
        bounded = re.compile(r"\b" + pattern.pattern)
        assert office._words_at_start(pattern, text) == len(bounded.findall(text))
