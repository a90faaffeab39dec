"""Compound test table: real German compounds with their acceptable parts, and non-compounds.

For each compound the set lists every part a reader would accept as a constituent (folded:
ä -> ae, ß -> ss), including intermediate compounds and dictionary forms of modifiers
("schule" for "Schul-"). Precision counts emitted parts in the set; recall counts the
``needed`` parts (the heads and modifiers a search must find) that were emitted. Shared by
``tests/unit/test_compounds.py`` and ``bench/compounds.py``.
"""

from __future__ import annotations

#: word -> (needed parts, further acceptable parts)
COMPOUNDS: dict[str, tuple[set[str], set[str]]] = {
    "Mindestlohnerhöhung": ({"mindestlohn", "lohn", "erhoehung"}, {"mindest"}),
    "Bundestagsabgeordnete": ({"bundestag", "abgeordnete"}, {"bund", "bundes", "tag"}),
    "Petitionsausschuss": ({"petition", "ausschuss"}, set()),
    "Untersuchungsausschuss": ({"untersuchung", "ausschuss"}, set()),
    "Haushaltsausschuss": ({"haushalt", "ausschuss"}, set()),
    "Mütterrente": ({"muetter", "rente"}, {"mutter"}),
    "Aktivrente": ({"aktiv", "rente"}, set()),
    "Gaspreisbremse": ({"gas", "preisbremse", "bremse"}, {"gaspreis", "preis"}),
    "Strompreis": ({"strom", "preis"}, set()),
    "Bürgergeld": ({"buerger", "geld"}, set()),
    "Elterngeld": ({"eltern", "geld"}, set()),
    "Impfpflicht": ({"pflicht"}, {"impfen", "impf", "impfung"}),
    "Wehrpflicht": ({"pflicht"}, {"wehr", "wehren"}),
    "Clankriminalität": ({"clan", "kriminalitaet"}, set()),
    "Schwangerschaftsabbruch": ({"schwangerschaft", "abbruch"}, set()),
    "Fachkräfteeinwanderung": ({"fachkraefte", "einwanderung"}, {"fach", "kraefte"}),
    "Fachkräftemangel": ({"fachkraefte", "mangel"}, {"fach", "kraefte"}),
    "Wärmeplanungsgesetz": ({"waermeplanung", "planung", "gesetz"}, {"waerme", "planungsgesetz"}),
    "Bürokratieentlastungsgesetz": (
        {"buerokratie", "entlastung", "gesetz"},
        {"buerokratieentlastung", "entlastungsgesetz"},
    ),
    "Bundestariftreuegesetz": (
        {"tarif", "treue", "gesetz"},
        {"bund", "bundes", "tariftreue", "tariftreuegesetz", "bundestariftreue"},
    ),
    "Startchancenprogramm": ({"startchancen", "programm"}, {"start", "chancen", "chance"}),
    "Lieferengpässe": ({"engpaesse"}, {"liefer", "liefern", "lieferung"}),
    "Tierhaltungskennzeichnungsgesetz": (
        {"tierhaltung", "kennzeichnung", "gesetz"},
        {"tier", "haltung", "tierhaltungskennzeichnung", "zeichnung", "kennzeichnungsgesetz"},
    ),
    "Hinweisgeberschutzgesetz": (
        {"hinweisgeber", "schutz", "gesetz"},
        {"hinweis", "geber", "hinweisgeberschutz", "schutzgesetz"},
    ),
    "Verbrennungsmotoren": ({"verbrennung", "motoren"}, set()),
    "Geschlechtseintrag": ({"geschlecht", "eintrag"}, set()),
    "Selbstbestimmungsgesetz": ({"selbstbestimmung", "gesetz"}, {"bestimmung"}),
    "Atomkraftwerke": ({"atomkraft", "kraftwerke", "werke"}, {"atom", "kraft"}),
    "Grundnahrungsmittel": ({"nahrungsmittel"}, {"grund", "nahrung", "mittel"}),
    "Mehrwertsteuer": ({"mehrwert", "steuer"}, {"wert"}),
    "Kulturstaatsminister": ({"kultur", "minister"}, {"kulturstaat", "staat", "staatsminister"}),
    "Vertrauensfrage": ({"vertrauen", "frage"}, set()),
    "Jugendoffiziere": ({"jugend", "offiziere"}, set()),
    "Schuldenbremse": ({"bremse"}, {"schulden", "schuld"}),
    "Linksextremismus": ({"links", "extremismus"}, set()),
    "Sicherheitsstrategie": ({"sicherheit", "strategie"}, set()),
    "Gendersprache": ({"gender", "sprache"}, set()),
    "Arbeitsmarkt": ({"arbeit", "markt"}, set()),
    "Bundesverfassungsgericht": (
        {"verfassungsgericht", "gericht"},
        {"bund", "bundes", "verfassung"},
    ),
    "Bundesregierung": ({"regierung"}, {"bund", "bundes"}),
    "Koalitionsvertrag": ({"koalition", "vertrag"}, set()),
    "Verkehrsminister": ({"verkehr", "minister"}, set()),
    "Klimaschutzgesetz": ({"klimaschutz", "gesetz"}, {"klima", "schutz"}),
    "Gesetzentwurf": ({"gesetz", "entwurf"}, set()),
    "Menschenrechte": ({"menschen", "rechte"}, {"mensch"}),
    "Wahlkreis": ({"wahl", "kreis"}, set()),
    "Verbraucherschutz": ({"verbraucher", "schutz"}, set()),
    "Energiewende": ({"energie", "wende"}, set()),
    "Wohnungsbau": ({"wohnung", "bau"}, set()),
    "Rentenversicherung": ({"versicherung"}, {"rente", "renten"}),
    "Pflegeversicherung": ({"pflege", "versicherung"}, set()),
    "Beitragssatz": ({"beitrag", "satz"}, set()),
    "Krankenhausreform": ({"krankenhaus", "reform"}, set()),
    "Ukrainekrieg": ({"ukraine", "krieg"}, set()),
    "Waffenlieferungen": ({"waffen", "lieferungen"}, {"waffe"}),
    "Sondervermögen": ({"vermoegen"}, {"sonder"}),
    "Heizungsgesetz": ({"heizung", "gesetz"}, set()),
    "Asylbewerber": ({"asyl", "bewerber"}, set()),
    "Bundespolizei": ({"polizei"}, {"bund", "bundes"}),
    "Frauenquote": ({"frauen", "quote"}, {"frau"}),
    "Altersarmut": ({"armut"}, {"alter", "alters"}),
    "Kinderarmut": ({"kinder", "armut"}, {"kind"}),
    "Integrationskurs": ({"integration", "kurs"}, set()),
    "Schulbuch": ({"schule", "buch"}, {"schul"}),
    "Entschließungsantrag": ({"entschliessung", "antrag"}, set()),
    "Beschlussempfehlung": ({"beschluss", "empfehlung"}, set()),
    "Änderungsantrag": ({"aenderung", "antrag"}, set()),
    "Ostdeutschland": ({"deutschland"}, {"ost", "osten"}),
    "Steuerentlastung": ({"steuer", "entlastung"}, set()),
    "Verfassungsschutz": ({"verfassung", "schutz"}, set()),
    "Kindergrundsicherung": ({"sicherung"}, {"kinder", "grund", "grundsicherung", "kindergrund"}),
    "Tagesordnung": ({"ordnung"}, {"tag", "tages"}),
    "Landwirtschaft": ({"wirtschaft"}, {"land"}),
    "Streckbetrieb": ({"betrieb"}, {"strecke", "streck"}),
    "Datenschutz": ({"daten", "schutz"}, set()),
    "Arbeitslosengeld": ({"geld"}, {"arbeitslose", "arbeitslosen", "arbeit"}),
    "Flüchtlingspolitik": ({"fluechtling", "politik"}, set()),
    "Bildungsministerin": ({"bildung", "ministerin"}, set()),
    "Bundesland": ({"land"}, {"bund", "bundes"}),
    "Landtag": ({"land", "tag"}, set()),
}

#: Words that must stay whole: simple words, prefix derivations, lexicalised compounds.
NON_COMPOUNDS: tuple[str, ...] = (
    "Leipzig",
    "Vorsitzender",
    "Regierung",
    "insgesamt",
    "Ausschuss",
    "Wirtschaft",
    "Deutschland",
    "Beispiel",
    "Verantwortung",
    "Unternehmen",
    "Gesellschaft",
    "Richtlinie",
    "Einbürgerung",
    "Entkriminalisierung",
    "Zusammenarbeit",
    "Erneuerbare",
    "Zuwanderung",
    "Gleichberechtigung",
    "Kolleginnen",
    "Abgeordneter",
    "Haushalt",
    "Arbeitslosigkeit",
    "Digitalisierung",
    "Verwaltung",
    "Beitrag",
    "Anfrage",
    "Gegenstand",
    "vielleicht",
    "jedenfalls",
    "Mitglieder",
    "Erhöhung",
    "selbstverständlich",
    "Verhandlungen",
    "Maßnahmen",
    "Entscheidung",
    "Herausforderung",
    "Unterstützung",
)


def score(split: dict[str, list[str]]) -> tuple[float, float, list[str]]:
    """(precision, recall, problems) of a splitter's output over the whole table."""
    emitted = correct = needed = found = 0
    problems: list[str] = []
    for word, (need, extra) in COMPOUNDS.items():
        parts = set(split[word])
        emitted += len(parts)
        good = parts & (need | extra)
        correct += len(good)
        needed += len(need)
        found += len(parts & need)
        wrong = parts - need - extra
        missing = need - parts
        if wrong or missing:
            problems.append(f"{word}: wrong {sorted(wrong)} missing {sorted(missing)}")
    for word in NON_COMPOUNDS:
        parts = set(split[word])
        emitted += len(parts)
        if parts:
            problems.append(f"{word}: should stay whole, got {sorted(parts)}")
    precision = correct / emitted if emitted else 1.0
    recall = found / needed if needed else 1.0
    return precision, recall, problems
