"""Region and Land candidates: one fictional document per pattern real party texts show.

Every person, list and document here is invented; the places are real (the gazetteers).
The candidates are decided the way the extractor decides them (:func:`evidence.decide`).
"""

from __future__ import annotations

import pytest

from indexer.metadata import document, extract_metadata, region
from indexer.metadata.evidence import Context, decide
from indexer.metadata.office import find_offices
from tests.support.extraction import sure


def _decided(text: str, office: str | None, scope: str | None, title: str = "") -> tuple:
    doc = document.build(text, title)
    ctx = Context(genre="candidacy" if office else "other", office=office, office_scope=scope)
    found = region.candidates(doc, ctx)
    place = decide(c for c in found if c.field == "region")
    land = decide(c for c in found if c.field == "bundesland")
    return (place.value if place else None, land.value if land else None)


def test_small_gemeinde_of_a_mayoral_candidacy() -> None:
    text = (
        "Liebe Ochtruperinnen und Ochtruper,\n"
        "ich bewerbe mich als Bürgermeisterin der Stadt Ochtrup. Ich bin 44 Jahre alt und "
        "habe die Handelsschule in Steinfurt besucht.\n"
        "Eure Fenna Kloppenborg"
    )
    assert _decided(text, "Bürgermeister", "stadt") == ("Ochtrup", "Nordrhein-Westfalen")


def test_voter_group_name_names_the_gemeinde() -> None:
    text = (
        "Die Freie Bürgerliste Nörten-Hardenberg hat mich auf Platz 3 für den Gemeinderat "
        "nominiert. Ich freue mich auf den Wahlkampf.\nIhr Tjark Ohlendiek"
    )
    assert _decided(text, "Gemeinderat", "stadt") == ("Nörten-Hardenberg", "Niedersachsen")


def test_surname_that_is_a_place_is_not_the_region() -> None:
    text = (
        "Marianne Roth kandidiert für den Gemeinderat in Albstadt. "
        "Roth ist seit 2015 Mitglied im Ortsverband."
    )
    assert _decided(text, "Gemeinderat", "stadt") == ("Albstadt", "Baden-Württemberg")


def test_genitive_town_in_the_title() -> None:
    text = "Ich will Bürgermeister werden. Unterstützt mich mit eurer Unterschrift!"
    title = "An alle Bürgerinnen und Bürger der Stadt Elmshorns"
    assert _decided(text, "Bürgermeister", "stadt", title)[0] == "Elmshorn"


def test_land_name_broken_across_a_pdf_line() -> None:
    text = (
        "Bewerbung um den Vorsitz im Landesverband Sachsen-\n"
        "Anhalt\nLiebe Genossinnen und Genossen, ich bewerbe mich als Landesvorsitzende."
    )
    assert _decided(text, "Landesvorsitzender", "land") == ("Sachsen-Anhalt", "Sachsen-Anhalt")


def test_constituency_written_name_then_number() -> None:
    text = (
        "Unsere Direktkandidaten zur Landtagswahl:\n"
        "Pinneberg-Nord (Wahlkreis 22): Ole Brodersen-Haak\n"
        "Wir brauchen 50 Unterschriften pro Kandidat."
    )
    place, land = _decided(text, "Direktkandidat Landtag", "wk")
    assert place == "Pinneberg-Nord (Wahlkreis 22)" and land == "Schleswig-Holstein"


def test_landtag_constituency_name_must_be_a_place() -> None:
    text = (
        "Ich kandidiere im Wahlkreis 22 für den Landtag. Wahlkreis Seite. Mehr dazu später.\n"
        "Kreisverband Pinneberg"
    )
    place, _ = _decided(text, "Direktkandidat Landtag", "wk")
    assert place is not None and not place.startswith("Seite")


def test_abridged_bundestag_constituency_gets_its_official_name() -> None:
    text = "Ich bin eure Direktkandidatin im Wahlkreis 8 Segeberg für den Bundestag."
    assert _decided(text, "Direktkandidat Bundestag", "wk") == (
        "Segeberg – Stormarn-Mitte (Wahlkreis 8)",
        "Schleswig-Holstein",
    )


def test_postcode_in_the_footer_gives_the_land_of_a_land_body() -> None:
    text = (
        "Ich bewerbe mich um einen Platz im Landesvorstand.\n"
        "Ich freue mich auf eure Fragen.\n"
        "Landesgeschäftsstelle · Musterweg 4 · 99084 Erfurt"
    )
    assert _decided(text, "Landesvorstand", "land") == ("Thüringen", "Thüringen")


def test_land_abbreviation_at_a_compound_head() -> None:
    text = (
        "Als Landesverband müssen wir besser werden. Die MV-Piraten haben viel erreicht. "
        "Darum bewerbe ich mich für den Landesvorstand."
    )
    assert _decided(text, "Landesvorstand", "land") == (
        "Mecklenburg-Vorpommern",
        "Mecklenburg-Vorpommern",
    )


def test_federal_list_is_deutschland_without_a_land() -> None:
    text = "Ich kandidiere auf der Bundesliste für das Europäische Parlament. Gruß aus Kassel."
    place, land = _decided(text, "Kandidat Europaparlament", "bund")
    assert place == "Deutschland" and land is None


def test_a_given_region_yields_only_its_land() -> None:
    doc = document.build("Ein Text ohne Ort.", "")
    ctx = Context(genre="candidacy", known={"region": "Hilden"})
    found = region.candidates(doc, ctx)
    assert [(c.field, c.value) for c in found] == [("bundesland", "Nordrhein-Westfalen")]


def test_publisher_town_of_a_text_without_candidacy() -> None:
    text = (
        "Liebe Freundinnen und Freunde der SPD Bad Vilbel,\n"
        "der Ortsverein lädt zum Sommerfest am Burgpark ein."
    )
    assert _decided(text, None, None, "Sommerfest | SPD Bad Vilbel")[0] == "Bad Vilbel"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "Wahlkreis (Wahlkreis 999)", "Stadt Stadt Stadt", "MV-", "-\n-\n"],
)
def test_candidates_never_raise(text: str) -> None:
    doc = document.build(text, text)
    for scope, office in (("stadt", "Stadtrat"), ("wk", "Direktkandidat Bundestag")):
        ctx = Context(genre="candidacy", office=office, office_scope=scope)
        assert isinstance(region.candidates(doc, ctx), list)


def test_find_region_is_the_decision_over_the_candidates() -> None:
    text = (
        "Die SPD Hilden nominiert mich als Bürgermeisterkandidaten. Ich will Bürgermeister werden."
    )
    doc = document.build(text, "")
    ctx = Context(genre="candidacy", office="Bürgermeister", office_scope="stadt")
    decided = decide(c for c in region.candidates(doc, ctx) if c.field == "region")
    hit = region.find_region(doc, region._office_for(doc, ctx), candidacy=True)  # noqa: SLF001
    assert hit is not None and decided is not None and hit.region == decided.value == "Hilden"


def test_assembly_venue_is_not_the_region() -> None:
    text = (
        "Vom 26. auf den 27. Januar tagt die Bundesdelegiertenkonferenz in\n"
        "Kassel. Hiermit bewerbe ich mich als Delegierter für die BDK in\n"
        "Kassel. Ich bin im Kreisverband Marburg-Biedenkopf aktiv."
    )
    place, land = _decided(text, "Bundesparteitagsdelegierter", "unit")
    assert place == "Marburg-Biedenkopf" and land == "Hessen"


def test_local_branch_named_like_a_small_town_elsewhere() -> None:
    # Britz is an Ortsteil of Berlin-Neukölln and a small Gemeinde in Brandenburg.
    text = (
        "An die Mitglieder der SPD-Abteilung Britz\n"
        "ich bewerbe mich als Abteilungsvorsitzender. Im Kreis Neukölln arbeite ich mit."
    )
    assert _decided(text, "Ortsvorsitzender", "ort") == ("Britz", "Berlin")


def test_list_for_an_electoral_area() -> None:
    text = (
        "ich bewerbe mich um Platz 4 unserer Liste für den Wahlbereich Bremerhaven "
        "zur Bürgerschaftswahl."
    )
    assert _decided(text, "Landesliste Landtag", "list") == ("Bremerhaven", "Bremen")


def test_land_office_published_by_a_local_unit_gives_its_land() -> None:
    text = (
        "Ich bewerbe mich für den Landesvorstand. Unser Landesverband muss sichtbarer werden.\n"
        "Kreisverband Greifswald"
    )
    assert _decided(text, "Landesvorstand", "land")[0] == "Mecklenburg-Vorpommern"


def test_demonym_of_a_town_is_land_context() -> None:
    text = (
        "Auf dem Rostocker Stammtisch habe ich mich vorgestellt. Ich kandidiere für den "
        "Landesvorstand."
    )
    assert _decided(text, "Landesvorstand", "land")[1] == "Mecklenburg-Vorpommern"


def test_school_town_is_not_the_region() -> None:
    text = (
        "Ich kandidiere für den Kreistag. Ich habe die Handelsschule in Steinfurt besucht, "
        "nach der Ausbildung in Steinfurt war ich tätig in Steinfurt.\n"
        "Ihre Hiltrud Brüggemann, CDU-Kreisverband Borken"
    )
    assert _decided(text, "Kreistag", "kreis") == ("Borken", "Nordrhein-Westfalen")


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Ich kandidiere für die Bremische Bürgerschaft auf der Landesliste.", "Bremen"),
        ("Ich kandidiere für die Hamburgische Bürgerschaft auf der Landesliste.", "Hamburg"),
        ("Ich kandidiere auf der Landesliste für das Abgeordnetenhaus.", "Berlin"),
    ],
)
def test_land_parliament_names_give_the_land(text: str, land: str) -> None:
    assert _decided(text, "Landesliste Landtag", "list") == (land, land)


def test_constituency_named_by_one_of_its_towns_gets_the_official_name() -> None:
    text = "Ich kandidiere als Direktkandidatin für den Bundestag im Wahlkreis 5 (Altenholz)."
    place, _ = _decided(text, "Direktkandidat Bundestag", "wk")
    assert place == "Kiel (Wahlkreis 5)"  # the official name of 2025


def test_the_land_of_a_known_region_is_not_rivalled_by_context() -> None:
    text = (
        "Bewerbung als Delegierte zum Bundesparteitag – SPD Bremen-Nord\n"
        "Ich war lange in Hamburg und in Niedersachsen aktiv, in Hamburg und Hannover."
    )
    doc = document.build(text, "")
    ctx = Context(genre="candidacy", office="Bundesparteitagsdelegierter", office_scope="unit")
    found = region.candidates(doc, ctx)
    lands = {c.value for c in found if c.field == "bundesland"}
    assert lands == {"Bremen"}


def test_a_surname_that_is_a_kreis_is_no_land_context() -> None:
    # Roth is a Landkreis in Bayern; here it is only the surname of a councillor in Münster.
    text = (
        "Ich bewerbe mich für den Landesvorstand. Marianne Roth hat mich vorgeschlagen, "
        "und Frau Roth unterstützt mich. Gemeinsam mit Marianne Roth war ich in Münster aktiv."
    )
    assert _decided(text, "Landesvorstand", "land")[1] == "Nordrhein-Westfalen"


def test_landtag_constituency_named_after_wk_number() -> None:
    text = (
        "Ich bewerbe mich als Direktkandidat für den Hessischen Landtag im WK 43 Offenbach-Stadt."
    )
    assert _decided(text, "Direktkandidat Landtag", "wk") == (
        "Offenbach-Stadt (Wahlkreis 43)",
        "Hessen",
    )


def test_party_in_a_kreis_names_the_publisher_not_the_assembly_town() -> None:
    text = (
        "Die Linke im Saalekreis lädt ein: Die Kreismitgliederversammlung in Merseburg "
        "wählt am 12. Oktober 2024 den neuen Vorstand."
    )
    assert _decided(text, None, None) == ("Saalekreis", "Sachsen-Anhalt")


def test_party_at_an_assembly_venue_is_no_unit() -> None:
    text = (
        "Im Januar tagt die Bundesdelegiertenkonferenz der GRÜNEN in Kassel. Ich bin im "
        "Kreisverband Marburg-Biedenkopf aktiv und bewerbe mich als Delegierter."
    )
    assert _decided(text, "Bundesparteitagsdelegierter", "unit")[0] == "Marburg-Biedenkopf"


def test_landtag_candidacy_in_a_city_without_constituency_name() -> None:
    text = (
        "Ich kandidiere für den Hessischen Landtag in meiner Wahlheimat Frankfurt, "
        "weil ich hier seit zwölf Jahren lebe."
    )
    assert _decided(text, "Direktkandidat Landtag", "wk") == ("Frankfurt am Main", "Hessen")


def test_home_town_is_still_not_the_region() -> None:
    text = (
        "Ich kandidiere für den Landtag. In meiner Heimatstadt Kassel bin ich aufgewachsen.\n"
        "Kreisverband Marburg-Biedenkopf"
    )
    assert _decided(text, "Direktkandidat Landtag", "wk")[0] != "Kassel"


def test_female_councillor_form_names_the_town() -> None:
    text = (
        "Ich bewerbe mich als Stadträtin in Waldkirch. Aufgewachsen bin ich in Freiburg, "
        "studiert habe ich in Konstanz."
    )
    assert _decided(text, "Stadtrat", "stadt") == ("Waldkirch", "Baden-Württemberg")


def test_programme_for_a_kreistag_names_the_kreis() -> None:
    text = "Unser Programm für den Kreistag Vorpommern-Greifswald 2024–2029."
    assert _decided(text, None, None, "Wahlprogramm 2024") == (
        "Vorpommern-Greifswald",
        "Mecklenburg-Vorpommern",
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # 2021: Leipzig II was number 153; the 2025 table's 153 is another constituency
        (
            "Zur Bundestagswahl 2021 bin ich Direktkandidatin im Wahlkreis 153 Leipzig II.",
            "Leipzig II (Wahlkreis 153)",
        ),
        ("Zur Bundestagswahl 2021 bin ich Direktkandidatin im Wahlkreis 153.", "Wahlkreis 153"),
        ("Zur Bundestagswahl 2021 bin ich Direktkandidatin im Wahlkreis Leipzig II.", "Leipzig II"),
        # numbers up to 65 (Schleswig-Holstein to Brandenburg) did not change
        (
            "Zur Bundestagswahl 2021 bin ich Direktkandidatin im Wahlkreis 8.",
            "Segeberg – Stormarn-Mitte (Wahlkreis 8)",
        ),
    ],
)
def test_constituencies_of_an_earlier_bundestag_election(text: str, place: str) -> None:
    assert _decided(text, "Direktkandidat Bundestag", "wk")[0] == place


def test_a_land_office_with_unclear_land_context_stays_uncertain() -> None:
    text = (
        "Ich bewerbe mich für den Landesvorstand. Berlin macht vieles besser, "
        "und in Bayern ist die Partei größer."
    )
    doc = document.build(text, "")
    ctx = Context(genre="candidacy", office="Landesvorstand", office_scope="land")
    place = decide(c for c in region.candidates(doc, ctx) if c.field == "region")
    assert place is not None and place.confidence < 0.5


def test_a_landscape_is_land_context() -> None:
    text = "Ich bewerbe mich für den Landesvorstand. Im Münsterland kennt man mich."
    assert _decided(text, "Landesvorstand", "land")[1] == "Nordrhein-Westfalen"


# --- constituencies named in several parts, or by number only --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frage: Herr Brenneisen, warum treten Sie im Wahlkreis Rottweil – Tuttlingen an?\n"
         "Antwort: Weil ich hier aufgewachsen bin.", "Rottweil – Tuttlingen (Wahlkreis 285)"),
        ("Unser Direktkandidat für Celle - Uelzen heißt Malte Riechers. Im Wahlkreis Celle - "
         "Uelzen will er die Bahn zurückholen.", "Celle – Uelzen (Wahlkreis 44)"),
        ("Ich kandidiere im Wahlkreis Plön–Neumünster für den Bundestag.\nEure Ilka Sönnichsen",
         "Plön – Neumünster (Wahlkreis 6)"),
    ],
)  # fmt: skip
def test_constituency_names_with_spaced_dashes(text: str, expected: str) -> None:
    place, _land = _decided(text, "Direktkandidat Bundestag", "wk")
    assert place == expected


def test_constituency_given_by_number_only() -> None:
    text = (
        "ich bewerbe mich als direktkandidatin im Wahlkreis 63 für die Bundestagswahl und ich "
        "will dass die Oderbrücke endlich saniert wird"
    )
    assert _decided(text, "Direktkandidat Bundestag", "wk") == (
        "Frankfurt (Oder) – Oder-Spree (Wahlkreis 63)",
        "Brandenburg",
    )


# --- a place broken across a PDF line ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bewerbung für den Kreistag Märkisch-\nOderland\nIch bin Holger Pietzsch und "
         "kandidiere.", "Märkisch-Oderland"),
        ("Ich kandidiere für den Kreistag Dahme-\nSpreewald auf Platz 4.\nUte Kranepuhl",
         "Dahme-Spreewald"),
    ],
)  # fmt: skip
def test_a_hyphen_at_a_line_end_before_a_capital_is_kept(text: str, expected: str) -> None:
    assert _decided(text, "Kreistag", "kreis") == (expected, "Brandenburg")


# --- Saarland constituency lists, official names for short forms ------------------------------


def test_saarland_constituency_list_names_its_area() -> None:
    text = (
        "Die SPD Saar hat ihre Wahlkreisliste Neunkirchen für die Landtagswahl aufgestellt. "
        "Auf Platz 1 steht Gerlinde Backes-Uhl."
    )
    assert _decided(text, "Landesliste Landtag", "list") == ("Neunkirchen", "Saarland")


def test_a_short_city_name_becomes_the_official_one() -> None:
    text = "Ich möchte für die Stadtverordnetenversammlung in Frankfurt kandidieren. Udo Kaltwasser"
    assert _decided(text, "Stadtrat", "stadt") == ("Frankfurt am Main", "Hessen")


def test_a_kreis_without_its_kreis_suffix() -> None:
    text = "Der Kreisvorstand von Volt Rhein-Sieg lädt zum Sommerfest ein.\nEuer Team"
    assert _decided(text, None, None) == ("Rhein-Sieg-Kreis", "Nordrhein-Westfalen")


def test_a_hamburg_district_keeps_its_official_name() -> None:
    text = "Ich trete für die Bezirksversammlung Eimsbüttel an. Jorinde Kalkbrenner"
    assert _decided(text, "Bezirksversammlung", "bezirk") == ("Eimsbüttel", "Hamburg")


def test_a_transcript_with_its_speaker_given_skips_the_land_context() -> None:
    text = (
        "Herr Präsident! Meine Damen und Herren! In Passau, in Regensburg und in Landshut "
        "warten die Pendler auf die Bahn. Bayern braucht die Strecke."
    )
    doc = document.build(text, "")
    given = Context(known={"person": "Ilse Vormweg", "office": "Mitglied des Bundestages"})
    rules = {c.rule for c in region.candidates(doc, given)}
    assert not any(rule.startswith("land-context") for rule in rules)
    unknown = {c.rule for c in region.candidates(document.build(text, ""), Context())}
    assert any(rule.startswith("land-context") for rule in unknown)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich bewerbe mich im Wahlkreis Steinfurt I – Borken I um das Direktmandat.",
         "Steinfurt I – Borken I (Wahlkreis 123)"),
        ("Ich kandidiere im Wahlkreis Brandenburg an der Havel – Potsdam-Mittelmark I – "
         "Havelland III – Teltow-Fläming I für den Bundestag.",
         "Brandenburg an der Havel – Potsdam-Mittelmark I – Havelland III – Teltow-Fläming I "
         "(Wahlkreis 60)"),
    ],
)  # fmt: skip
def test_constituency_names_with_numerals_in_every_part(text: str, expected: str) -> None:
    assert _decided(text, "Direktkandidat Bundestag", "wk")[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich kandidiere für die Stadtverordnetenversammlung in Frankfurt (Oder). Vita Kühnel",
         ("Frankfurt (Oder)", "Brandenburg")),
        ("Ich kandidiere für den Stadtrat Halle (Linke Liste). Bert Ziesche",
         ("Halle (Saale)", "Sachsen-Anhalt")),
    ],
)  # fmt: skip
def test_a_bracketed_qualifier_belongs_to_the_town(text: str, expected: tuple) -> None:
    assert _decided(text, "Stadtrat", "stadt") == expected


def test_a_party_domain_names_the_land_of_a_land_office() -> None:
    text = (
        "Frage: Wie willst du den Landesverband voranbringen?\n"
        "Antwort: Mit mehr Transparenz. Die Protokolle stehen auf piratenpartei-mv.de, "
        "Fragen gern an vorstand@piraten-mv.de."
    )
    assert _decided(text, "Landesvorstand", "land") == (
        "Mecklenburg-Vorpommern",
        "Mecklenburg-Vorpommern",
    )


@pytest.mark.parametrize("text", ["Siehe kita-be.de und www.spd.de.", "Mehr auf be.example.de"])
def test_domains_without_a_land_say_nothing(text: str) -> None:
    assert region.land_context(document.build(text, "")) == {}


def test_a_landtag_constituency_named_by_places_joined_with_a_slash() -> None:
    text = (
        "Liebe Freundinnen und Freunde,\nich möchte im Wahlkreis 23 (Wittlich/Bernkastel-Kues) "
        "als eure Direktkandidatin für den Landtag antreten.\nEure Hiltrud Schwamborn"
    )
    found = _decided(text, "Direktkandidat Landtag", "wk")
    assert found == ("Wittlich/Bernkastel-Kues (Wahlkreis 23)", "Rheinland-Pfalz")


def test_a_slash_between_words_that_are_no_places_is_no_constituency_name() -> None:
    text = (
        "Liebe Mitglieder,\nich möchte im Wahlkreis 23 (Wittlich/Ohnegleichen) für den Landtag "
        "kandidieren.\nEure Hiltrud Schwamborn"
    )
    place, _ = _decided(text, "Direktkandidat Landtag", "wk")
    assert place is None or "/" not in place


def test_a_party_s_bezirksgruppe_is_the_publishing_unit() -> None:
    text = (
        "Infostand am Samstag von 10 bis 14 Uhr in der Altstadt.\n\n"
        "Eure Tierschutzpartei Berlin, Bezirksgruppe Spandau"
    )
    place, land = _decided(text, None, None)
    assert place == "Spandau" and land == "Berlin"


def test_a_district_council_named_short_in_the_title_and_with_its_city_in_the_text() -> None:
    text = (
        "Hallo liebe Nachbarinnen,\nich kandidiere bei der Kommunalwahl für die Grünen im "
        "Ortsbeirat Mainz-Neustadt.\nEure Lieselotte Grabowski"
    )
    place, land = _decided(text, "Stadtrat", "stadt", "Kandidatur für den Ortsbeirat Neustadt")
    assert place == "Mainz-Neustadt" and land == "Rheinland-Pfalz"


def test_a_federal_sender_dates_its_release_from_its_office_but_speaks_for_the_country() -> None:
    """ "ÖDP – Bundesverband" over "Würzburg/Berlin, 30. Juli 2024": the federal party's
    release is about Deutschland, not about the town of its office."""
    text = (
        "PRESSEMITTEILUNG\nÖkologisch-Demokratische Partei (ÖDP) – Bundesverband\n\n"
        "Würzburg/Berlin, 30. Juli 2024\n\nÖDP zum Wahlrechtsurteil: Karlsruhe rettet die "
        "Grundmandatsklausel\n\nDie ÖDP begrüßt das Urteil des Bundesverfassungsgerichts, "
        "erklärte der Bundesvorsitzende.\n\nKontakt: Mira Tessendorf, Pressesprecherin, "
        "Bundesgeschäftsstelle, Pommergasse 1, 97070 Würzburg"
    )
    found = {k: v.value for k, v in extract_metadata(text).items()}
    assert found.get("region") == "Deutschland" and "bundesland" not in found


NEUSTADT = """Liebe Genossinnen und Genossen,
ich bewerbe mich um einen Platz auf unserer Liste für den Stadtrat in Neustadt. Seit 2016 bin
ich im SPD-Ortsverein Neustadt aktiv.
Herzliche Grüße
Talea Brons
SPD Neustadt · {sender}"""


@pytest.mark.parametrize(
    ("sender", "region", "land"),
    [
        ("Landesverband Niedersachsen", "Neustadt am Rübenberge", "Niedersachsen"),
        ("Region Hannover", "Neustadt am Rübenberge", "Niedersachsen"),
        ("Landesverband Rheinland-Pfalz", "Neustadt an der Weinstraße", "Rheinland-Pfalz"),
    ],
)
def test_a_shared_town_name_is_settled_by_the_land_context(
    sender: str, region: str, land: str
) -> None:
    found = extract_metadata(NEUSTADT.format(sender=sender))
    assert (found["region"].value, found["bundesland"].value) == (region, land)


def test_a_shared_town_name_without_context_names_no_land() -> None:
    found = extract_metadata(NEUSTADT.format(sender="Ortsverein"))
    assert "bundesland" not in found or found["bundesland"].confidence < 0.5


GROUP_RELEASE = """{sender}
Pressestelle

PRESSEMITTEILUNG Nr. 87/2024
{town}, 16.05.2024

Mehr Lehrkräfte für die Grundschulen

Die Fraktion hat heute einen Antrag eingebracht, mit dem die Landesregierung aufgefordert
wird, 500 neue Stellen zu schaffen.

Dazu erklärt Jolanda Vierhaus, MdL, Sprecherin für Bildung der {party} Landtagsfraktion:
„Jede Grundschule braucht genug Lehrkräfte.“
"""


@pytest.mark.parametrize(
    ("sender", "town", "party", "land"),
    [
        (
            "FREIE WÄHLER Landtagsfraktion im Bayerischen Landtag",
            "München",
            "FREIE WÄHLER",
            "Bayern",
        ),
        ("SPD-Fraktion im Landtag Brandenburg", "Potsdam", "SPD", "Brandenburg"),
        ("Fraktion DIE LINKE im Sächsischen Landtag", "Dresden", "LINKEN", "Sachsen"),
    ],
)
def test_a_landtag_groups_release_is_about_its_land(
    sender: str, town: str, party: str, land: str
) -> None:
    """The group speaks for its Land (as a Landesverband would); its seat in the dateline is
    no region, and "Landtagsfraktion" after the party's name is no place."""
    found = extract_metadata(GROUP_RELEASE.format(sender=sender, town=town, party=party))
    assert (found["region"].value, found["bundesland"].value) == (land, land)


def test_a_council_constituency_named_by_its_district_is_the_citys() -> None:
    """"Wahlkreis 03 (Neustadt)" of the Dresden city council is part of Dresden, not the
    town Neustadt in Sachsen."""
    text = (
        "Bündnisgrüne stellen Kandidatinnen und Kandidaten für die Stadtratswahl auf\n\n"
        "Auf ihrer Mitgliederversammlung am Mittwochabend im Kulturrathaus haben die Dresdner "
        "Bündnisgrünen ihre Kandidatinnen und Kandidaten für die Stadtratswahl am 13. Juni 2004 "
        "gewählt. In allen 13 Wahlkreisen der Stadt tritt die Partei mit eigenen Listen an.\n\n"
        "Angeführt werden die Listen in drei Wahlkreisen von:\n\n"
        "- Wahlkreis 03 (Neustadt): Christiane Vogtländer, 44, Sozialpädagogin, seit 1999 "
        "Stadträtin und Vorsitzende der Stadtratsfraktion\n"
        "- Wahlkreis Pieschen: Dr. Matthias Ebersberg, 39, Physiker\n"
        "- Wahlkreis Plauen: Katrin Seidewald, 31, Landschaftsarchitektin\n\n"
        "BÜNDNIS 90/DIE GRÜNEN, Kreisverband Dresden\n"
    )
    found = extract_metadata(text)
    assert found["office"].value == "Stadtrat"
    assert (found["region"].value, found["bundesland"].value) == ("Dresden", "Sachsen")


def test_delegates_elected_by_a_land_assembly_named_by_its_abbreviation() -> None:
    """"Auf der LVV … ihre Delegierten … gewählt": the Land elects, not the writer's Kreis
    (the assembly cue of :mod:`cues`, LVV included)."""
    text = (
        "Auf der LVV in Halle haben die Mitglieder der linksjugend Sachsen-Anhalt ihre "
        "Delegierten zum Bundeskongress gewählt.\n\n"
        "Ich bewerbe mich als Delegierte zum Bundesparteitag. Ich bin seit 2021 im "
        "Kreisverband Harz aktiv.\n\nLiv Brandauer"
    )
    assert extract_metadata(text)["region"].value == "Sachsen-Anhalt"


def test_a_village_mayor_is_placed_in_the_village_not_in_the_kreis_of_an_election_list() -> None:
    """The only sentence that names the office with a place lists the day's elections
    ("Kreistag Wartburgkreis, Gemeinderat und Bürgermeister"); the Gemeinde of that Kreis whose
    people the text greets is the town."""
    text = (
        "Ich stelle mich vor\n\nLiebe Nazzaer, liebe Nachbarinnen und Nachbarn,\n\n"
        "ich bin Gunhild Rasemann, 57 Jahre alt und Bankkauffrau. Am 26. Mai wählen wir einen "
        "neuen ehrenamtlichen Bürgermeister oder eine neue Bürgermeisterin. Ich bewerbe mich um "
        "das Amt. Nazza soll ein Dorf für Familien bleiben.\n\nIhre Gunhild Rasemann\n\n"
        "Kommunalwahlen in Thüringen am 26. Mai 2024: Kreistag Wartburgkreis, Gemeinderat und "
        "Bürgermeister."
    )
    found = sure(text)
    assert found["office"] == "Bürgermeister"
    assert found["region"] == "Nazza"


def test_the_kreis_of_the_days_kreistag_is_not_the_mayors_town() -> None:
    """The office's own sentence lists the day's elections with the Kreistag's Kreis; the
    greeted people name the town, also where the town's name itself ends in "-er"."""
    text = (
        "An alle Haushalte\n\nLiebe Bergweilerinnen und Bergweiler,\n\n"
        "am 9. Juni 2024 wählen Sie nicht nur den Ortsgemeinderat und den Kreistag "
        "Bernkastel-Wittlich, sondern auch Ihren Ortsbürgermeister. Ich möchte sein Nachfolger "
        "werden und bewerbe mich um das Amt des Ortsbürgermeisters unserer Gemeinde.\n\n"
        "Ihr Veit Kornmesser"
    )
    found = sure(text)
    assert found["office"] == "Bürgermeister"
    assert found["region"] == "Bergweiler"


def test_a_bid_for_the_office_named_in_it_is_no_answer_to_the_list_before() -> None:
    """ "Ich bewerbe mich um das Amt des Bürgermeisters" names its office: it does not make
    every election of the sentence before ("… die Gemeindevertretung, den Kreistag …") a bid."""
    text = (
        "DIE LINKE. Ortsverband Odervorland\n\n"
        "Liebe Briesenerinnen und Briesener,\n\nam 28. September 2008 wählen Sie die "
        "Gemeindevertretung, den Kreistag Oder-Spree und den ehrenamtlichen Bürgermeister "
        "unserer Gemeinde. Ich bewerbe mich um das Amt des Bürgermeisters der Gemeinde Briesen "
        "(Mark).\n\nIhr Veit Kornmesser"
    )
    found = sure(text)
    assert found["office"] == "Bürgermeister"
    assert found["region"] == "Briesen (Mark)"
    hits = find_offices(document.build(text, ""))
    listed = [hit for hit in hits if hit.canonical != "Bürgermeister"]
    assert all(hit.score < 3 for hit in listed), listed


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "An alle Haushalte\n\nLiebe Bürgerinnen und Bürger in Angern, Burgstall und Rogätz,\n\n"
            "am 22. März wählen Sie eine neue Verbandsgemeindebürgermeisterin oder einen neuen "
            "Verbandsgemeindebürgermeister. Ich bewerbe mich um dieses Amt. Seit 2019 sitze ich "
            "im Verbandsgemeinderat Elbe-Heide.\n\nIhr Egon Brümmerstedt",
            "Verbandsgemeinde Elbe-Heide",
        ),
        (
            "Die Wählergemeinschaft der Verbandsgemeinde Kirchberg (Hunsrück) hat Jutta "
            "Ochsenreither als Kandidatin für die Wahl zur Bürgermeisterin der Verbandsgemeinde "
            "nominiert. Sie lebt in Büchenbeuren.",
            "Verbandsgemeinde Kirchberg (Hunsrück)",
        ),
        (
            "Liebe Mitglieder,\n\nbei der Kommunalwahl wird in der Samtgemeinde Tostedt auch die "
            "Samtgemeindebürgermeisterin neu gewählt. Ich bewerbe mich um eure Nominierung für "
            "dieses Amt. Ich lebe in Handeloh.\n\nEure Jutta Ochsenreither",
            "Samtgemeinde Tostedt",
        ),
    ],
)
def test_the_head_of_a_gemeindeverband_is_placed_in_the_verband(text: str, region: str) -> None:
    """A Verbands- or Samtgemeinde's Bürgermeister is sought in the Verband the text names
    (the register's members make it one place), not in a member Gemeinde or the Kreis."""
    found = sure(text)
    assert found["office"] == "Bürgermeister"
    assert found["region"] == region


def test_a_kreis_office_in_a_region_is_placed_in_the_region_written_in_full() -> None:
    """The Region Hannover's assembly is its Kreistag; "Hannover" alone reads as the city."""
    text = (
        "Bewerbung für die Liste zur Regionsversammlung Hannover\n\nLiebe Freundinnen und "
        "Freunde,\n\nich bewerbe mich um einen Platz auf unserer Liste für die "
        "Regionsversammlung Hannover.\n\nEuer Tjalf Hörmeyer"
    )
    found = sure(text)
    assert found["office"] == "Kreistag"
    assert found["region"] == "Region Hannover"


def test_a_party_unit_of_an_amt_places_its_press_release_in_the_amt() -> None:
    """ "CDU-Ortsverbände im Amt Hüttener Berge" sends the text: the Amt is its area, not the
    town of the dateline; an Amt the text merely mentions places nothing."""
    text = (
        "CDU-Ortsverbände im Amt Hüttener Berge\n– Pressemitteilung –\n\n"
        "Owschlag, den 17. Oktober 2025\n\nAmtsumlage: CDU warnt vor Belastung der Gemeinden\n\n"
        "Die CDU-Ortsverbände lehnen die vorgeschlagene Erhöhung der Amtsumlage ab. Der "
        "Amtsausschuss entscheidet am 6. November über den Haushalt."
    )
    assert sure(text).get("region") == "Amt Hüttener Berge"
    mentioned = text.replace("CDU-Ortsverbände im Amt Hüttener Berge", "CDU-Ortsverband Owschlag")
    mentioned += " Das Amt Hüttener Berge hat sechzehn Gemeinden."
    assert sure(mentioned).get("region") != "Amt Hüttener Berge"
