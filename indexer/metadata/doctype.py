"""Document type: candidacy, press_release, programme or other; a speech or a resolution also
by that finer type.

The four base types are those of the shared labelling rules (``../shared/eval``), the keys
`extract --json`, the API and the facets use: every document is one of them. Speeches and
resolutions (motions, statutes, decisions) are "other" documents there, and a journalist
still wants to filter them: they carry their base type first and the finer type after it
(``("other", "speech")``, see :func:`with_base_type`), so a facet counts them under both and
``doc_type=speech`` still finds them.

The type gates the other fields: only a candidacy has a sought office and a candidate. A press
release that announces a candidacy is a candidacy (that is what a journalist facets on), so the
candidacy evidence is weighed first; the other types are recognised by their fixed phrases in
title, heading or closing lines ("Pressemitteilung", "Wahlprogramm", "möge beschließen",
"Herr Präsident! Meine Damen und Herren!"). :func:`canonical_doc_type` maps the labels people
give ("Bewerbung", "PM", "Redebeitrag", "press release") onto the same six values.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from indexer.metadata.cues import DECLINED_AFTER, TRETE_AN
from indexer.metadata.document import FOOTER, HEAD, TAIL, TITLE, Doc, Sentence
from indexer.metadata.gazetteer import norm

CANDIDACY, PRESS, PROGRAMME, SPEECH, RESOLUTION, OTHER = (
    "candidacy",
    "press_release",
    "programme",
    "speech",
    "resolution",
    "other",
)
DOC_TYPES = (CANDIDACY, PRESS, PROGRAMME, SPEECH, RESOLUTION, OTHER)
#: The types of the labelling rules; every document has one of them, first among its types.
BASE_TYPES = (CANDIDACY, PRESS, PROGRAMME, OTHER)
#: Finer types and the base type they belong to.
BASE_OF = {SPEECH: OTHER, RESOLUTION: OTHER}


def finest_type(values: Sequence[str]) -> str:
    """The most specific of a document's types (``["other", "speech"]`` -> ``"speech"``): what
    the extraction rules take as the given type."""
    finer = [v for v in values if v in BASE_OF]
    return finer[0] if finer else values[0]


def with_base_type(value: str | tuple[str, ...]) -> str | tuple[str, ...]:
    """The types with the base type of each finer one, base types first: ``"speech"`` ->
    ``("other", "speech")``; ``"candidacy"`` stays as it is. Unknown values are kept (the
    vocabulary check is the caller's)."""
    values = (value,) if isinstance(value, str) else tuple(value)
    bases = [BASE_OF.get(v, v) for v in values]
    ordered = list(dict.fromkeys([*bases, *values]))
    return ordered[0] if len(ordered) == 1 else tuple(ordered)


# Forms of address and stage directions only a speech has. The Bundestag's presiding officer may
# be named ("Sehr geehrter Herr Alterspräsident Dr. Muster!"). Searched in the title and in the
# head of the text as it is, without cutting sentences ("^": a line start).
_SPEECH = re.compile(
    r"(?:Frau|Herr)\s+(?:Alters|Vize|Bundestags|Landtags)?"
    r"[Pp]räsident(?:in)?(?:\s+(?:Dr\.\s+)?[A-ZÄÖÜ][\w-]+){0,3}\s*[!,.]|"
    r"Meine\s+(?:sehr\s+(?:geehrten|verehrten)\s+)?Damen\s+und\s+Herren[!,]|"
    r"Es\s+gilt\s+das\s+gesprochene\s+Wort|"
    r"(?:^|(?<=[.!?]\s))(?:Rede|Redebeitrag|Redemanuskript|Grußwort|Festrede|Plenarrede)\s+"
    r"(?:von|des|der|zu[mr]?|auf|beim|bei|anlässlich|im|vor|in)\b|"
    r"^[ \t]*(?:Redner(?:in)?|Rednerinnen|Es\s+spricht|Es\s+sprach)\s*:|"
    r"(?:Liebe|Sehr\s+geehrte|Werte|Verehrte)\s+Kolleginnen\s+und\s+Kollegen!",
    re.MULTILINE,
)
# A bid in a speech's head makes it a candidacy speech (then the candidacy is weighed first).
_SPEECH_BID = re.compile(
    r"[Ii]ch\s+kandidiere|kandidiere\s+ich|[Ii]ch\s+bewerbe\s+mich\s+(?:um|als|für|heute)|"
    r"bewerbe\s+ich\s+mich|[Mm]eine\s+Kandidatur\s+(?:für|als|um)|"
    # in a subordinate clause: "das Amt, um das ich mich heute bei Ihnen bewerbe"
    r"[Ii]ch\s+mich\b[^.!?]{0,60}\bbewerbe\b"
)
# Substrings one of which every speech marker contains (tested before the pattern runs).
_SPEECH_HINTS = ("räsident", "Damen und", "gesprochene", "Rede", "Gruß", "Kollegen!", "Es spr")
#: How much of the text's head is searched for speech markers (lines of the first 12).
SPEECH_HEAD_CHARS, SPEECH_HEAD_LINES = 1500, 12
# A candidacy speech ("Bewerbungsrede") is a candidacy: its heading says so.
_CANDIDACY_HEADING_HINTS = ("ewerb", "andid", "ominier", "ufstell", "onferenz")
_CANDIDACY_HEADING = re.compile(
    r"(?:Bewerbungs|Vorstellungs|Kandidatur)rede|[Kk]andidiere|bewerbe\s+mich|"
    r"(?:Bewerbung|Kandidatur)\s+(?:als|für|um|zu[mr]?)\b|"
    r"Nominierung\s+(?:zu[mr]|als)\s+(?:\w+\s+)?\w*[Kk]andidat|"
    # the speech of the assembly that nominates: "anlässlich der Nominierungsversammlung"
    r"Nominierungs(?:versammlung|konferenz|parteitag)|Aufstellungsversammlung|Wahlkreiskonferenz"
)
# The fixed phrases of the other types. Each pattern starts with a literal, never with "\b" or
# "\w*", so a scan is one quick pass (compounds such as "Wahlprogramm" match on their tail).
_PRESS = re.compile(
    r"(?:Pressemitteilung|Presseerklärung|Pressemeldung|Medieninformation|Pressekontakt|"
    r"Ansprechpartner\w*\s+für\s+die\s+Presse|Pressestelle|Presseinformation)\b"
)
_PROGRAMME = re.compile(
    r"[Pp]rogramms?\b|(?:Wahl|Grundsatz)programm\w*|Kapitel\b|Unsere\s+Forderungen|Leitantrag|"
    r"Positionspapier"
)
_RESOLUTION = re.compile(
    r"Beschluss\b|Beschlüsse\b|möge\s+beschließen|Antrag\b|Antragsteller|beschließt\s*:|"
    r"Resolution\b|Dringlichkeitsantrag|"
    # a party's statutes are its standing decisions
    r"Satzung\s+(?:de[sr]|der)\b|(?:Geschäfts|Finanz|Schieds|Wahl)ordnung\s+(?:de[sr]|der|für)\b"
)
_OTHER = re.compile(
    r"(?:Einladung|Tagesordnung|Newsletter|Protokoll|Termine?|Veranstaltung|Rundbrief|"
    r"Nachruf|Stellenausschreibung)\b"
)
# A press release without the word: a dateline that runs into the text ("Rostock, 14. August
# 2019 – Der Kreisverband ...") and reported speech ("„...“, sagte X").
_PRESS_DATELINE = re.compile(
    r"^[A-ZÄÖÜ][\w./() -]{1,40},\s*(?:den\s+)?\d{1,2}\.\s*"
    r"(?:\d{1,2}\.\s*\d{2,4}|[A-ZÄÖÜ][a-zä]+\.?\s+\d{4})\s*[–—.-]\s+\S"
)
_REPORTED = re.compile(
    r"(?:sagte|erklärte|betonte|kritisierte|forderte|ergänzte|so)\s+(?:[a-zäöü]+\s+)?[A-ZÄÖÜ]"
)
_FIRST_PERSON_BID = re.compile(
    rf"[Ii]ch\s+(?:kandidiere|bewerbe\s+mich|{TRETE_AN})|kandidiere\b|"
    r"bewerbe\s+mich|"
    r"(?:kandidiere|bewerbe)\s+ich|[Mm]eine\s+(?:Kandidatur|Bewerbung)|melde\s+ich\s+mich|"
    r"[Hh]iermit\s+bewerbe|[Ii]ch\s+möchte\b[^.!?]{0,80}\b(?:kandidieren|werden)"
)
_THIRD_PERSON_BID = re.compile(
    r"bewirbt\s+sich|kandidiert|Kandidatur|Bewerbung|nominiert|aufgestellt|"
    r"zur\s+Kandidatin|zum\s+Kandidaten|[Kk]andidat(?:in)?\b|stellen?\b[^.!?]{0,60}\bauf\b|"
    r"Fragen\s+an"
)


_DECLINED_AFTER = re.compile(DECLINED_AFTER)


def _first_bid(text: str) -> re.Match[str] | None:
    """The first first-person bid phrase in ``text`` that is not declined."""
    for match in _FIRST_PERSON_BID.finditer(text):
        if not _DECLINED_AFTER.match(text, match.end()):
            return match
    return None


class Joined:
    """Sentences joined with spaces, with the way back from a match to its sentence."""

    def __init__(self, sentences: Sequence[Sentence], separator: str = " ") -> None:
        self.sentences = list(sentences)
        self.starts: list[int] = []
        pos = 0
        for sentence in self.sentences:
            self.starts.append(pos)
            pos += len(sentence.text) + len(separator)
        self.text = separator.join(s.text for s in self.sentences)

    def evidence(self, pos: int) -> str:
        """The sentence containing ``pos`` (a long one cut to whole words around ``pos``)."""
        index = bisect_right(self.starts, pos) - 1
        if not 0 <= index < len(self.sentences):
            return ""
        return around(self.sentences[index].text, pos - self.starts[index])


def around(text: str, pos: int, width: int = 100) -> str:
    """``text`` if short, else the whole words within ``width`` characters of ``pos``."""
    if len(text) <= 2 * width:
        return text
    start = max(0, pos - width)
    end = min(len(text), pos + width)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < pos else start
    if end < len(text):
        space = text.rfind(" ", pos, end)
        end = space if space > pos else end
    return text[start:end].strip()


def marked_type(doc: Doc) -> tuple[str, str] | None:
    """A type its fixed phrases settle regardless of candidacy cues (speech), with evidence.

    Only the head of the text is examined (no sentences are cut): this is the cheap first test.
    A speech whose head also bids for an office ("Bewerbungsrede ...", "ich kandidiere") is
    left to :func:`classify`, which weighs the candidacy first."""
    marker = speech_marker(doc)
    if marker is None or marker[1]:
        return None
    return SPEECH, marker[0]


def speech_marker(doc: Doc) -> tuple[str, bool] | None:
    """(evidence, whether the head also bids for an office) for a speech's fixed phrases;
    kept on the document, since the classification asks again."""
    if doc.speech_marker is False:
        doc.speech_marker = _speech_marker(doc)
    return doc.speech_marker if isinstance(doc.speech_marker, tuple) else None


def _speech_marker(doc: Doc) -> tuple[str, bool] | None:
    end = 0
    for number, (start, line, _zone) in enumerate(doc.lines):
        if number >= SPEECH_HEAD_LINES or start > SPEECH_HEAD_CHARS:
            break
        end = start + len(line)
    head = doc.text[:end]
    if not any(hint in head or hint in doc.title for hint in _SPEECH_HINTS):
        return None
    evidence = ""
    match = _SPEECH.search(doc.title) if doc.title else None
    if match is not None:
        evidence = around(doc.title, match.start())
    else:
        for match in _SPEECH.finditer(head):
            if doc.lines[doc.line_index(match.start())][2] != FOOTER:
                sentence = doc.sentence_in_line(match.start())
                offset = sentence.find(match.group(0)[:20])
                evidence = around(sentence, max(0, offset))
                break
        else:
            return None
    heading = [doc.title, *(line for _, line, _ in doc.lines[:3] if len(line) < 200)]
    bids = any(
        any(hint in text for hint in _CANDIDACY_HEADING_HINTS) and _CANDIDACY_HEADING.search(text)
        for text in heading
    ) or bool(("ewerb" in head or "andid" in head) and _SPEECH_BID.search(head))
    return evidence, bids


def _third_person_bid(doc: Doc, content: Joined, office_score: float) -> re.Match[str] | None:
    """A third person's bid, which needs an office named with a cue: "Dort wird auch der
    Kreisvorstand neu gewählt" beside "Bewerbungen sind … zu richten" states none."""
    third = _THIRD_PERSON_BID.search(content.text) if office_score >= 2 else None
    if third is not None and _programme_titled(doc):
        # "Kommunalwahlprogramm 2026", its preface signed "Spitzenkandidatin für den
        # Kreistag": the programme's author has a role, the text bids for nothing
        return None
    return third


# A title that names an election programme (not "Mein Programm für Musterstadt", which a
# candidate may write over her bid).
_PROGRAMME_TITLE = re.compile(r"[Ww]ahlprogramm|Grundsatzprogramm|Regierungsprogramm")


def _programme_titled(doc: Doc) -> bool:
    return any(s.zone == TITLE and _PROGRAMME_TITLE.search(s.text) for s in doc.sentences[:3])


def classify(doc: Doc, *, has_candidate: bool, office_score: float) -> tuple[str, str]:
    """(type, evidence) from the candidacy evidence found and the fixed phrases."""
    marker = speech_marker(doc)
    if marker is not None and not marker[1]:
        return SPEECH, marker[0]
    head = Joined([s for s in doc.sentences if s.zone in (TITLE, HEAD)][:8])
    # The bid phrases are searched only where a candidate was found (most texts have none),
    # or in a speech whose head bids (the candidate's speech at the nominating assembly).
    has_candidate = has_candidate or marker is not None
    content = Joined([s for s in doc.sentences if s.zone != FOOTER] if has_candidate else [])
    first_person = _first_bid(content.text) if has_candidate else None
    if has_candidate and office_score > 0:
        evidence = first_person or _third_person_bid(doc, content, office_score)
        if evidence is not None:
            return CANDIDACY, content.evidence(evidence.start())
        if office_score >= 3:
            return CANDIDACY, head.evidence(0)
    if marker is not None:  # a speech that names an office but no candidacy for it
        return SPEECH, marker[0]
    press = _press_dateline(doc)
    if press is not None:
        return PRESS, press
    first = Joined([s for s in doc.sentences if s.zone in (TITLE, HEAD) and s.line < 3])
    for pattern, kind in (
        (_PRESS, PRESS),
        (_PROGRAMME, PROGRAMME),
        (_RESOLUTION, RESOLUTION),
        (_OTHER, OTHER),
    ):
        match = pattern.search(first.text)
        if match:
            return kind, first.evidence(match.start())
    if has_candidate and first_person:
        return CANDIDACY, content.evidence(first_person.start())
    closing = Joined([s for s in doc.sentences if s.zone in (TAIL, FOOTER)])
    for pattern, kind in ((_PRESS, PRESS), (_RESOLUTION, RESOLUTION), (_PROGRAMME, PROGRAMME)):
        match = pattern.search(closing.text)
        if match:
            return kind, closing.evidence(match.start())
    return OTHER, head.evidence(0)


def _press_dateline(doc: Doc) -> str | None:
    """The dateline of a press release that does not call itself one, if the text also
    reports what someone said."""
    for _start, line, zone in doc.lines[:2]:
        if zone != FOOTER and _PRESS_DATELINE.match(line):
            if _REPORTED.search(doc.text):
                return around(line, 0)
            return None
    return None


# Labels people give for a type (front matter, sidecars, CLI flags, JSONL "type" fields),
# compared after norm(): lower case, one kind of dash, single spaces.
_LABELS: dict[str, str] = {
    **dict.fromkeys(
        """candidacy candidature application nomination bewerbung kandidatur vorstellung
        bewerbungsschreiben bewerbungsrede kandidaturerklärung kandidatenvorstellung
        selbstvorstellung vorstellungsrede nominierung bewerbungstext kandidatenbrief""".split(),
        CANDIDACY,
    ),
    **dict.fromkeys(
        """press_release press-release pressrelease pressemitteilung pressemeldung pm
        presseerklärung presseinformation medieninformation medienmitteilung
        pressemitteilungen""".split(),
        PRESS,
    ),
    **dict.fromkeys(
        """programme program manifesto platform wahlprogramm programm grundsatzprogramm
        kommunalwahlprogramm landtagswahlprogramm bundestagswahlprogramm europawahlprogramm
        regierungsprogramm parteiprogramm positionspapier""".split(),
        PROGRAMME,
    ),
    **dict.fromkeys(
        """speech rede redebeitrag plenarrede parteitagsrede redemanuskript grußwort festrede
        ansprache""".split(),
        SPEECH,
    ),
    **dict.fromkeys(
        """resolution motion decision beschluss antrag resolution leitantrag dringlichkeitsantrag
        beschlussvorlage änderungsantrag initiativantrag beschlüsse""".split(),
        RESOLUTION,
    ),
    **dict.fromkeys("other sonstiges sonstige andere anderes".split(), OTHER),
    "press release": PRESS,
}
# Compounds and phrases by their head word ("Kommunalwahlprogramm (Auszug)", "PM der SPD").
_LABEL_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:bewerbung|kandidatur|vorstellung|nominierung)"), CANDIDACY),
    (
        re.compile(r"^pm\b|presse(?:mitteilung|meldung|erklärung|information)|medien(?:info|mitt)"),
        PRESS,
    ),
    (re.compile(r"(?:programm|manifest)"), PROGRAMME),
    (re.compile(r"rede\b|redebeitrag|ansprache|speech"), SPEECH),
    (re.compile(r"(?:beschluss|beschlüsse|antrag|resolution|motion)"), RESOLUTION),
]


@lru_cache(maxsize=1024)
def canonical_doc_type(label: str) -> str | None:
    """One of the six types for a label as people write it ("Bewerbung" -> candidacy, "PM" ->
    press_release, "Wahlprogramm" -> programme, "Plenarrede" -> speech, "Antrag" ->
    resolution, the English names -> themselves); ``None`` for labels that name no type."""
    if not isinstance(label, str) or not label.strip():
        return None
    key = norm(label).replace("_", " ")
    found = (
        _LABELS.get(key) or _LABELS.get(key.replace(" ", "_")) or _LABELS.get(key.replace(" ", ""))
    )
    if found:
        return found
    for pattern, kind in _LABEL_PATTERNS:
        if pattern.search(key):
            return kind
    return None
