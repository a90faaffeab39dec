"""The region, date and party finders never raise and always propose well-formed candidates,
whatever the text and whatever the context (office, scope, given values) they are asked in."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.metadata import dates, document, gazetteer, party, region
from indexer.metadata.evidence import ZONES, Context, decide

ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
LANDS = {gazetteer.land_name(code) for code in gazetteer.tables().land_names}

# Words the region, date and party rules react to, so generated texts reach deep code paths.
VOCAB = st.sampled_from(
    [
        "Stadt", "Gemeinde", "Ochtrup", "Roth", "Marianne", "Nörten-Hardenberg", "Freie",
        "Bürgerliste", "Wahlkreis", "WK", "152", "(Wahlkreis 8)", "Segeberg", "Sachsen-\n",
        "Anhalt", "MV-Piraten", "Landesverband", "Kreisverband", "Abteilung", "Britz", "in",
        "für", "geboren", "Handelsschule", "Rostocker", "Bürgerschaft", "Wahlbereich",
        "Bremerhaven", "SPD", "CDU-geführte", "Liebe", "beigetreten", "e.V.", "Wir", "Grüne",
        "Jusos", "Fraktion", "mit", "der", "LINKEN", "am", "23.", "Februar", "2025", "Abend",
        "des", "Zuletzt", "aktualisiert:", "19.01.2026", "Ausgabe", "Dezember", "2024", "bis",
        "zum", "Seit", "Kommunalwahl", "2020", "Veröffentlicht", "©", "48607", "Münsterland",
        "Bundestagswahl", "2021", "Landesparteitag", "BDK", "Kassel", "\n", ".", ",", " ",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(VOCAB, max_size=60).map(" ".join),
)
SCOPES = st.sampled_from(
    [
        (None, None),
        ("Direktkandidat Bundestag", "wk"),
        ("Direktkandidat Landtag", "wk"),
        ("Landesliste Landtag", "list"),
        ("Landesvorstand", "land"),
        ("Kandidat Europaparlament", "bund"),
        ("Kreistag", "kreis"),
        ("Stadtrat", "stadt"),
        ("Bezirksverordnetenversammlung", "bezirk"),
        ("Ortsvorsitzender", "ort"),
        ("Bundesparteitagsdelegierter", "unit"),
    ]
)
KNOWN = st.dictionaries(
    st.sampled_from(["filename", "format_date", "context_date", "region", "party", "date"]),
    st.one_of(st.text(max_size=30), st.sampled_from(["2024-09-29-slug.md", "2025-06", "Kiel"])),
    max_size=3,
)


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, title=TEXTS, scope=SCOPES, known=KNOWN)
def test_candidates_are_well_formed(
    text: str, title: str, scope: tuple[str | None, str | None], known: dict[str, str]
) -> None:
    office, office_scope = scope
    ctx = Context(
        genre="candidacy" if office else "other",
        office=office,
        office_scope=office_scope,
        known=known,
    )
    doc = document.build(text, title)
    found = [*region.candidates(doc, ctx), *dates.candidates(doc, ctx), *party.candidates(doc, ctx)]
    for candidate in found:
        assert 0.0 < candidate.weight <= 1.0, candidate
        assert candidate.zone in ZONES, candidate
        assert isinstance(candidate.value, str) and candidate.value, candidate
        if candidate.field == "date":
            assert ISO.match(candidate.value), candidate
        if candidate.field == "bundesland":
            assert candidate.value in LANDS, candidate
    for field in ("region", "bundesland", "party", "date"):
        decision = decide(c for c in found if c.field == field)
        assert decision is None or 0.0 <= decision.confidence <= 1.0
