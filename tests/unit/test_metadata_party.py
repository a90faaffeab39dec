"""Party candidates: the publisher's party, not the opponents, former parties or umbrellas.

One fictional document per pattern; people and groups are invented.
"""

from __future__ import annotations

import pytest

from indexer.metadata import document, party
from indexer.metadata.evidence import Context, decide
from tests.support.extraction import sure


def _party(text: str, title: str = "") -> str | None:
    doc = document.build(text, title)
    decision = decide(party.candidates(doc, Context()))
    return str(decision.value) if decision is not None else None


def test_opponents_are_not_the_party() -> None:
    title = "Schluss mit der CDU-geführten Landesregierung"
    text = (
        "Die CDU-geführte Landesregierung hat die Schulen vergessen. Die CDU-geführte "
        "Koalition streicht Stellen, und die CDU-geführten Ministerien schweigen.\n"
        "Darum kandidiere ich für den Landtag.\n"
        "Eure Merle Tiedgen, SPD"
    )
    assert _party(text, title) == "SPD"


def test_an_open_letter_to_another_party() -> None:
    text = (
        "Liebe SPD,\n"
        "ihr habt versprochen, die Radwege auszubauen. Wir als Grüne erinnern euch daran.\n"
        "Jonte Albrecht"
    )
    assert _party(text) == "Bündnis 90/Die Grünen"


def test_former_membership_and_joining_are_weak() -> None:
    text = (
        "2005 bin ich der FDP beigetreten und 2019 aus der FDP ausgetreten. Heute ist die "
        "ÖDP meine politische Heimat, und ich bewerbe mich um den Vorsitz."
    )
    assert _party(text) == "ÖDP"


def test_joining_alone_still_names_the_party() -> None:
    text = "Anfang 2017 bin ich der FDP beigetreten. Ich bewerbe mich als Delegierter."
    assert _party(text) == "FDP"


def test_umbrella_organisation_counts_less_than_the_group() -> None:
    text = (
        "Als Volt Kassel treten wir erstmals an. Unser Bündnispartner ist Mitglied "
        "der Freie Wähler Bayern e.V."
    )
    found = party.candidates(document.build(text, ""), Context())
    rules = {(c.value, c.rule) for c in found}
    assert ("Freie Wähler", "umbrella") in rules
    assert _party(text) == "Volt"


def test_self_description_outweighs_body_mentions() -> None:
    text = (
        "Die SPD will das, die SPD will jenes, und auch die SPD im Bund redet viel. "
        "Wir als Linke sagen: Schluss damit."
    )
    assert _party(text) == "Die Linke"


def test_unit_of_the_party() -> None:
    text = "Der Kreisverband der CSU hat mich nominiert. Die SPD und die Grünen haben andere Pläne."
    assert _party(text) == "CSU"


def test_title_outweighs_a_body_mention() -> None:
    text = "Ich war lange in Vereinen aktiv. Auch die SPD hat mich eingeladen."
    assert _party(text, "Bewerbung für den Kreistag | Piratenpartei Musterkreis") == "Piratenpartei"


def test_a_given_party_yields_nothing() -> None:
    doc = document.build("Die SPD im Kreis.", "")
    assert party.candidates(doc, Context(known={"party": "CDU"})) == []


def test_find_party_is_the_decision_over_the_candidates() -> None:
    found = party.find_party(document.build("Wir als Grüne sagen nein.", ""))
    assert found is not None and found[0] == "Bündnis 90/Die Grünen"


@pytest.mark.parametrize("text", ["", "SPD", "Liebe SPD", "-geführte CDU e.V.", "e.V. e.V."])
def test_candidates_never_raise(text: str) -> None:
    assert isinstance(party.candidates(document.build(text, text), Context()), list)


def test_a_partner_party_is_not_the_party() -> None:
    text = (
        "Wir danken allen Wählerinnen und Wählern! Im Rat sind wir eine Fraktion mit der "
        "LINKEN eingegangen, damit die ÖDP mitreden kann."
    )
    assert _party(text) == "ÖDP"


def test_two_parties_named_alike_stay_uncertain() -> None:
    text = "Die SPD und die CDU haben im Rat zugestimmt."
    decision = decide(party.candidates(document.build(text, ""), Context()))
    assert decision is not None and decision.confidence < 0.5


def test_a_rivals_group_in_the_body_is_no_self_description() -> None:
    text = (
        "Pressemitteilung\nUnser Antrag für mehr Radwege wurde abgelehnt. Die CDU-Fraktion "
        "und die FDP-Fraktion stimmten dagegen.\nWir Grüne bleiben dran.\n"
        "Bündnis 90/Die Grünen, Ortsverband Musterfeld"
    )
    decision = decide(party.candidates(document.build(text, ""), Context()))
    assert decision is not None and decision.value == "Bündnis 90/Die Grünen"
    assert decision.confidence >= 0.5  # the rivals' groups do not push it out of the facets


@pytest.mark.parametrize("text", ["Wir Grüne sagen nein.", "Unsere SPD vor Ort packt an."])
def test_we_and_our_party(text: str) -> None:
    found = party.candidates(document.build(text, ""), Context())
    assert [c.rule for c in found] == ["self"]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Seit 2015 bin ich bei den Jusos aktiv.", "SPD"),
        ("Als Juso-Vorsitzende weiß ich, was junge Menschen brauchen.", "SPD"),
        ("Ich komme aus der Linksjugend.", "Die Linke"),
        ("Bei den Jungen Liberalen habe ich gelernt, Anträge zu schreiben.", "FDP"),
        ("Wir Liberale stehen für Freiheit.", "FDP"),
    ],
)
def test_youth_organisations_name_their_party(text: str, canonical: str) -> None:
    assert _party(text) == canonical


def test_liberal_as_an_adjective_is_no_party() -> None:
    assert _party("Liberale Politik heißt Verantwortung.") is None


def _party_with(text: str, known: dict[str, str]) -> str | None:
    doc = document.build(text, "")
    decision = decide(party.candidates(doc, Context(known=known)))
    return str(decision.value) if decision is not None else None


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Liebe Grüne in Oberhausen,\nich bewerbe mich um einen Platz im Kreisvorstand.\n"
         "Eure Tamsin Holtkötter", "Bündnis 90/Die Grünen"),
        ("Liebe Bündnisgrüne im Kreis Lippe,\nseit drei Jahren bin ich Sprecherin.\n"
         "Wiebke Dörenkamp", "Bündnis 90/Die Grünen"),
        ("Hallo Piraten,\nhier kommt meine Bewerbung für den Vorstand.\nKai Wendeborn",
         "Piratenpartei"),
    ],
)  # fmt: skip
def test_greeting_the_members_names_the_own_party(text: str, canonical: str) -> None:
    assert _party(text) == canonical


def test_greeting_a_party_by_its_short_name_is_an_open_letter() -> None:
    text = "Liebe CDU,\neure Verkehrspolitik ist von gestern.\nGrüße, Ihr Volt-Team Nordheide"
    assert _party(text) == "Volt"


@pytest.mark.parametrize(
    "text",
    [
        "Ich trete im Kreis Wesel für das BSW an. Früher war ich in der SPD, bis 2022. "
        "Die SPD hat die Pendler vergessen.",
        "Sie waren zwölf Jahre in der SPD. Heute treten Sie für das BSW an. Warum?",
    ],
)
def test_a_past_membership_said_in_the_past_tense_is_weak(text: str) -> None:
    assert _party(text, "BSW Niederrhein – Gespräch") == "BSW"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("ich bin Sprecherin unseres Stadtverbands Die Linke Neubrandenburg und kandidiere "
         "erneut.", "Die Linke"),
        ("Herzliche Grüße\nEuer Team von Volt Rhein-Sieg", "Volt"),
        ("Die Grünen Weißenfels laden ein.", "Bündnis 90/Die Grünen"),
    ],
)  # fmt: skip
def test_common_word_names_before_a_town_or_kreis(text: str, canonical: str) -> None:
    assert _party(text) == canonical


def test_a_common_word_before_a_hamlets_name_is_no_party() -> None:
    # "Wiesen" is a Gemeinde of 1,000 people, and the noun here
    assert _party("Grüne Wiesen und blauer Himmel am Sonntag.") is None


@pytest.mark.parametrize(
    ("byline", "canonical"),
    [("SPD Unterbezirk Hameln-Pyrmont", "SPD"), ("Piratenpartei Thüringen", "Piratenpartei")],
)
def test_a_bylines_organisation_names_the_party(byline: str, canonical: str) -> None:
    text = "Unsere Kandidatin stellt sich vor. Sie beantwortet die Fragen unserer Leser."
    assert _party_with(text, {"byline": byline}) == canonical


def test_a_persons_byline_names_no_party() -> None:
    assert _party_with("Ein Abend im Gemeindesaal.", {"byline": "Frieda Lohmöller"}) is None


def test_lowercase_transcript_counts_only_sure_mentions() -> None:
    words = "und dann haben wir viel geredet über die stadt " * 6
    speech = f"liebe freundinnen {words} und wir als grüne wollen die busse retten danke"
    hand = f"liebe freundinnen {words} und die linke hand weiß nicht was die rechte tut danke"
    assert _party(speech) == "Bündnis 90/Die Grünen"
    assert _party(hand) is None
    assert _party(f"{words} die spd hat versagt aber wir nicht") == "SPD"


def test_greeting_a_rivals_members_does_not_outweigh_the_signature() -> None:
    text = (
        "Liebe Grüne,\nim Ausschuss habt ihr gegen den Radweg an der Lindenallee gestimmt.\n"
        "Wir bitten euch, das zu überdenken.\nEure SPD-Fraktion Bad Salzuflen"
    )
    assert _party(text) != "Bündnis 90/Die Grünen"


def test_a_past_role_in_the_party_still_names_it() -> None:
    text = "Ich war acht Jahre Ortsvorsitzende der SPD Kassel und kandidiere jetzt für den Landtag."
    assert _party(text) == "SPD"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "Jonte hat mir Fragen zu meiner Kandidatur als Beisitzer im Landesvorstand der "
            "Piraten Niedersachsen gestellt. Listenverbindungen mit Volt oder der PARTEI haben "
            "in einigen Räten funktioniert.",
            "Piratenpartei",
        ),
        (
            "Ich bin seit 2022 Schatzmeisterin im Kreisvorstand der SPD und möchte es bleiben. "
            "Mit der Linken und der FDP im Rat gibt es Streit.",
            "SPD",
        ),
    ],
)
def test_the_writers_seat_in_a_partys_body_names_the_party(text: str, canonical: str) -> None:
    decision = decide(party.candidates(document.build(text, ""), Context()))
    # sure enough for the facet (metadata_min_confidence 0.5) despite the parties beside it
    assert decision is not None and decision.value == canonical and decision.confidence >= 0.5


def test_a_rivals_board_in_a_press_release_is_no_self_description() -> None:
    text = (
        "Der Landesvorstand der CDU beschloss gestern neue Kürzungen. Die Grünen in Kiel "
        "halten dagegen: Wir als Grüne stehen für die Schulsozialarbeit."
    )
    assert _party(text) == "Bündnis 90/Die Grünen"


def _confidence(text: str) -> tuple[str | None, float]:
    decision = decide(party.candidates(document.build(text, ""), Context()))
    return (str(decision.value), decision.confidence) if decision else (None, 0.0)


def test_two_party_adjectives_in_the_writers_voice_name_the_party() -> None:
    text = (
        "Liebe Freundinnen und Freunde,\n\n"
        "ich bewerbe mich um Platz 3 unserer Landesliste. Ich will, dass grüne Verkehrspolitik "
        "im ganzen Land als Chance gilt.\n\n"
        "Wir brauchen eine starke grüne Stimme aus dem Norden im Landtag.\n\n"
        "Ilka Brammertz"
    )
    assert _confidence(text) == ("Bündnis 90/Die Grünen", pytest.approx(0.52, abs=0.01))


@pytest.mark.parametrize(
    ("sentence", "canonical"),
    [
        ("Meine sozialdemokratischen Werte habe ich von meiner Mutter.", "SPD"),
        ("Wir stehen für christdemokratische Politik mit Herz.", "CDU"),
        ("Unsere christlich-soziale Heimatpolitik ist mein Kompass.", "CSU"),
    ],
)
def test_one_adjective_is_a_hint_below_the_facet_threshold(sentence: str, canonical: str) -> None:
    text = f"Ich kandidiere für den Kreistag.\n\n{sentence}\n\nTomke Selle"
    value, confidence = _confidence(text)
    assert value == canonical
    assert confidence < 0.5


@pytest.mark.parametrize(
    "text",
    [
        # technical terms, not the party
        "Ich will grünen Stahl aus Salzgitter und grünen Wasserstoff für unsere Region.",
        # the writer opposes it
        "Ich kandidiere gegen grüne Verbotspolitik. Wir wollen keine grüne Bevormundung.",
        # nobody speaks: a report about the party
        "Die grüne Fraktion stimmte zu. Die grüne Stimme im Rat blieb allein.",
    ],
)
def test_adjectives_that_do_not_speak_for_a_party(text: str) -> None:
    assert _confidence(text)[0] is None


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Ich bewerbe mich um den Kreisvorsitz der Jungen Union Merzig-Wadern.", "CDU"),
        # the Junge Union in Bayern is the CSU's
        ("Ich bewerbe mich um den Kreisvorsitz der Jungen Union Passau. Unsere CSU …", "CSU"),
        ("Ich bewerbe mich um den Bezirksvorsitz der Jungen Union Bayern.", "CSU"),
        ("Ich bewerbe mich um den Landesvorsitz der Jungen Alternative Sachsen.", "AfD"),
        # a member calls herself a pirate
        (
            "Pirat bin ich seit dem Sommer 2009, und ich kandidiere für den Landesvorstand.",
            "Piratenpartei",
        ),
    ],
)
def test_youth_organisations_and_members_name_their_party(text: str, canonical: str) -> None:
    assert _party(f"{text}\nLukas Brettschneider") == canonical


def test_thanks_to_the_junge_union_at_a_csu_party_stay_csu() -> None:
    text = (
        "Rund 140 Gäste kamen zum Sommerfest des CSU-Ortsverbands Röttenbach. Ein herzliches "
        "Dankeschön an die Junge Union für den Auf- und Abbau!"
    )
    assert _party(text) == "CSU"


@pytest.mark.parametrize(
    "text",
    [
        # a closing only the Greens write
        "Liebe Freundinnen und Freunde,\n\nich bewerbe mich um einen Platz auf unserer Liste "
        "für den Kreistag.\n\nGrüne Grüße\nTjalf Hörmeyer",
        # a vote called for in capitals
        "Grün für Vegesack\n\nWir wollen mehr Bäume und sichere Radwege im Stadtteil.\n\n"
        "Am 14. Mai: Ihre fünf Stimmen für GRÜN im Beirat Vegesack!",
        # auto-captions in lower case under a header written with capitals
        "Titel: Warum ich kandidiere\nKanal: GRÜNE Erfurt\nHochgeladen: 04.12.2024\n\n0:00\n"
        "hallo ihr lieben ich bin malin und ich\n0:03\nbewerbe mich um die direktkandidatur\n"
        "0:06\nfür den bundestag in erfurt\n"
        + "0:09\nich wohne seit zehn jahren hier und arbeite als pflegerin im klinikum\n" * 12,
    ],
)
def test_the_greens_own_formulas_and_a_cased_header_name_the_party(text: str) -> None:
    assert sure(text).get("party") == "Bündnis 90/Die Grünen"


def test_another_partys_closing_is_no_green_formula() -> None:
    text = (
        "SPD Kreisverband Musterstadt\n\nDie SPD Musterstadt hat ihre Liste für den Kreistag "
        "aufgestellt. Die SPD tritt mit 30 Kandidierenden an.\n\nMit solidarischen Grüßen\n"
        "Anke Tüllmann, SPD-Kreisvorsitzende"
    )
    assert sure(text).get("party") == "SPD"
