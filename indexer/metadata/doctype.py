"""Document type: candidacy, press_release, programme, speech, resolution, other.

The type gates the other fields: only a candidacy has a sought office and a candidate. A press
release that announces a candidacy is a candidacy (that is what a journalist facets on), so the
candidacy evidence is weighed first; the other types are recognised by their fixed phrases in
title, heading or closing lines ("Pressemitteilung", "Wahlprogramm", "möge beschließen",
"Herr Präsident! Meine Damen und Herren!").
"""

from __future__ import annotations

import re

from indexer.metadata.document import FOOTER, HEAD, TAIL, TITLE, Doc

CANDIDACY, PRESS, PROGRAMME, SPEECH, RESOLUTION, OTHER = (
    "candidacy",
    "press_release",
    "programme",
    "speech",
    "resolution",
    "other",
)

_SPEECH = re.compile(
    r"(?:(?:Sehr\s+geehrte[rn]?\s+)?(?:Frau|Herr)\s+(?:Alters|Vize)?[Pp]räsident(?:in)?[!,.]|"
    r"Meine\s+(?:sehr\s+(?:geehrten|verehrten)\s+)?Damen\s+und\s+Herren[!,]|"
    r"Es\s+gilt\s+das\s+gesprochene\s+Wort|^Rede\s+(?:von|des|der|zu[mr]?)\b|"
    r"Liebe\s+Kolleginnen\s+und\s+Kollegen!)"
)
_PRESS = re.compile(
    r"\b(?:Pressemitteilung|Presseerklärung|Pressemeldung|Medieninformation|Pressekontakt|"
    r"Ansprechpartner\w*\s+für\s+die\s+Presse|Pressestelle|Presseinformation)\b"
)
_PROGRAMME = re.compile(
    r"(?:\w*[Pp]rogramm\b|\w*programms?\b|Wahlprogramm\w*|Grundsatzprogramm\w*|"
    r"Kapitel\b|Unsere\s+Forderungen|Leitantrag|Positionspapier)"
)
_RESOLUTION = re.compile(
    r"(?:\bBeschluss\b|\bBeschlüsse\b|möge\s+beschließen|\bAntrag\b|Antragsteller\w*|"
    r"beschließt\s*:|\bResolution\b|Dringlichkeitsantrag)"
)
_OTHER = re.compile(
    r"\b(?:Einladung|Tagesordnung|Newsletter|Protokoll|Termine?|Veranstaltung|Rundbrief|"
    r"Nachruf|Stellenausschreibung)\b"
)
_FIRST_PERSON_BID = re.compile(
    r"\b(?:[Ii]ch\s+(?:kandidiere|bewerbe\s+mich|trete\b[^.!?]{0,60}\ban)|kandidiere\b|"
    r"bewerbe\s+mich|"
    r"(?:kandidiere|bewerbe)\s+ich|[Mm]eine\s+(?:Kandidatur|Bewerbung)|melde\s+ich\s+mich|"
    r"[Hh]iermit\s+bewerbe|[Ii]ch\s+möchte\b[^.!?]{0,80}\b(?:kandidieren|werden))"
)
_THIRD_PERSON_BID = re.compile(
    r"\b(?:bewirbt\s+sich|kandidiert|Kandidatur|Bewerbung|nominiert|aufgestellt|"
    r"zur\s+Kandidatin|zum\s+Kandidaten|\w*[Kk]andidat(?:in)?\b|stellen?\b[^.!?]{0,60}\bauf\b|"
    r"Fragen\s+an)"
)


def _head_text(doc: Doc) -> str:
    parts = [s.text for s in doc.sentences if s.zone in (TITLE, HEAD)]
    return " ".join(parts[:8])


def marked_type(doc: Doc) -> tuple[str, str] | None:
    """A type its fixed phrases settle regardless of candidacy cues (speech), with evidence."""
    for sentence in doc.sentences[:12]:
        if sentence.zone != FOOTER and _SPEECH.search(sentence.text):
            return SPEECH, sentence.text
    return None


def classify(doc: Doc, *, has_candidate: bool, office_score: float) -> tuple[str, str]:
    """(type, evidence) from the candidacy evidence found and the fixed phrases."""
    marked = marked_type(doc)
    if marked:
        return marked
    text = " ".join(s.text for s in doc.sentences if s.zone != FOOTER)
    head = _head_text(doc)
    first_person = _FIRST_PERSON_BID.search(text)
    third_person = _THIRD_PERSON_BID.search(text)
    if has_candidate and (
        office_score >= 3 or (office_score > 0 and (first_person or third_person))
    ):
        evidence = first_person or third_person
        if evidence is None:
            return CANDIDACY, head[:160]
        assert evidence is not None
        return CANDIDACY, _around(text, evidence.start())
    title_and_first = " ".join(
        s.text for s in doc.sentences if s.zone in (TITLE, HEAD) and s.line < 3
    )
    for pattern, kind in (
        (_PRESS, PRESS),
        (_PROGRAMME, PROGRAMME),
        (_RESOLUTION, RESOLUTION),
        (_OTHER, OTHER),
    ):
        match = pattern.search(title_and_first)
        if match:
            return kind, _around(title_and_first, match.start())
    if has_candidate and first_person:
        return CANDIDACY, _around(text, first_person.start())
    closing = " ".join(s.text for s in doc.sentences if s.zone in (TAIL, FOOTER))
    for pattern, kind in ((_PRESS, PRESS), (_RESOLUTION, RESOLUTION), (_PROGRAMME, PROGRAMME)):
        match = pattern.search(closing)
        if match:
            return kind, _around(closing, match.start())
    return OTHER, head[:160]


def _around(text: str, pos: int, width: int = 80) -> str:
    return text[max(0, pos - width) : pos + width].strip()
