"""The document's genre, decided first: it gates which fields a document can have.

A first-person candidacy, a third-person nomination, a list of nominees and a Q&A with a
candidate all state a candidacy (doc_type ``candidacy``); a press release, a programme, a
speech, a newsletter or anything else does not, and then no office is sought and no candidate
named. Each genre collects weighted cues from the title, the first lines, the structure
(numbered lists and tables of names, question lines) and the body; :func:`evidence.decide`
picks one and says how sure it is.

The cues are general: "Bewerbung"/"Kandidatur" in a title, "ich kandidiere"/"bewerbe mich" in
the first person outside quotations, question lines answered in the first person, two or more
nominees in a list. The older phrase classifier (:func:`doctype.classify`) is one voice among
them: it knows press releases, programmes, resolutions and speeches by their fixed phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.metadata import doctype, names
from indexer.metadata.casing import capital_lines
from indexer.metadata.cues import (
    CREDIT_LINE,
    DECLINED_AFTER,
    TRITT_AN,
    UNQUOTED_CLAUSE_CHAR,
    VOTE_COUNT,
    without_quotations,
)
from indexer.metadata.document import FOOTER, HEAD, TITLE, Doc
from indexer.metadata.evidence import Candidate, decide
from indexer.metadata.hints import literal_branches
from indexer.metadata.nominees import Nominee
from indexer.metadata.office import slogan_title

CANDIDACY, NOMINATION, NOMINEES, QA = "candidacy", "nomination", "nominees", "qa"
PRESS, PROGRAMME, SPEECH, NEWSLETTER, OTHER = (
    "press_release",
    "programme",
    "speech",
    "newsletter",
    "other",
)
RESOLUTION = "resolution"
#: doc_type of each genre (the vocabulary of the facet).
DOC_TYPE = {
    CANDIDACY: doctype.CANDIDACY,
    NOMINATION: doctype.CANDIDACY,
    NOMINEES: doctype.CANDIDACY,
    QA: doctype.CANDIDACY,
    PRESS: doctype.PRESS,
    PROGRAMME: doctype.PROGRAMME,
    SPEECH: doctype.SPEECH,
    RESOLUTION: doctype.RESOLUTION,
    NEWSLETTER: doctype.OTHER,
    OTHER: doctype.OTHER,
}
CANDIDACY_GENRES = frozenset((CANDIDACY, NOMINATION, NOMINEES, QA))

# A bid named in a title: "Bewerbung zum …", "Meine Kandidatur", "Vorstandsbewerbung",
# "Warum ich kandidiere", "Kandidatin für die Bürgerschaft".
_TITLE_BID = re.compile(
    r"(?:^|[\s:–—-])(?:Meine\s+)?(?:Bewerbung|Kandidatur|Vorstellung)\b(?!\s+(?:der|des)\s+Partei)|"
    r"\w+bewerbung\b|[Ii]ch\s+kandidiere|[Ii]ch\s+bewerbe|\bkandidiere\b|"
    r"(?:^|[\s–—|-])(?:Direkt)?[Kk]andidat(?:in)?\s+(?:für|zu[mr]|als|im)\b|"
    r"(?:^|[\s:–—|-])Nominierung\b"
)
# A headline under the sender that names the text a bid: "STECKBRIEF – KANDIDATUR
# KREISVORSITZ", "Meine Bewerbung für den Landesvorstand" (not "Kandidatin … gewählt").
_OWN_BID_HEADLINE = re.compile(r"(?:^|[\s:–—-])(?:Meine\s+)?(?:Bewerbung|Kandidatur)\b(?!en)")
# First-person bids ("ich kandidiere", "bewerbe ich mich", "trete … an", "möchte … werden").
_FIRST_PERSON = re.compile(
    rf"\b[Ii]ch\s+(?:kandidiere|bewerbe\s+mich|trete\b{UNQUOTED_CLAUSE_CHAR}{{0,120}}\ban\b|"
    r"möchte\b[^.!?„“]{0,100}\b(?:kandidieren|werden|übernehmen|vertreten)|"
    r"will\b[^.!?„“]{0,100}\b(?:kandidieren|werden))|"
    r"\b(?:kandidiere|bewerbe)\s+ich\b|\b(?:möchte|will)\s+ich\b[^.!?„“]{0,100}\b"
    rf"(?:kandidieren|werden|übernehmen)\b|\btrete\s+ich\b{UNQUOTED_CLAUSE_CHAR}{{0,120}}\ban\b|"
    r"[Mm]eine\s+(?:Kandidatur|Bewerbung)\b|bitte\s+ich\s+(?:euch|Sie|dich)\s+um|"
    # a bid in a subordinate clause ("weil ich mich als Direktkandidatin bewerbe")
    r"\b[Ii]ch\s+mich\b[^.!?„“]{0,80}\b(?:bewerbe|zur\s+Wahl\s+stelle)\b|"
    # "stelle ich mich für Platz 4 unserer Liste zur Wahl", "Ich stelle mich … zur Verfügung"
    r"\b(?:stelle\s+ich\s+mich|[Ii]ch\s+stelle\s+mich)\b[^.!?„“]{0,120}\bzur\s+"
    r"(?:Wahl|Verfügung)\b|"
    # a bid as the second verb: "Ich möchte mich einsetzen und kandidiere für die Liste"
    r"\b[Ii]ch\b[^.!?„“]{0,120}\bund\s+(?:kandidiere|bewerbe\s+mich)\b|"
    # a voter asked for a vote ("Ich bitte Sie um Ihre Stimme"), as on a flyer
    r"\b[Ii]ch\s+bitte\s+(?:Sie|euch|dich)\b[^.!?„“]{0,40}\bum\s+(?:Ihre|eure|deine)\s+"
    r"(?:Stimme|Unterstützung|Vertrauen)|"
    r"\b(?:haben|hat)\s+mich\b[^.!?„“]{0,100}\b(?:gewählt|nominiert|aufgestellt)"
)
# A bid in an infinitive clause: "habe ich mich entschieden, … erneut für Platz 2 zu
# kandidieren" (not "angekündigt, nicht erneut für den Kreisvorsitz zu kandidieren"); searched
# only where the infinitive occurs (the clause is read back from it to its "ich").
_INFINITIVE = re.compile(r"\b(?:zu\s+kandidieren|anzutreten|zu\s+bewerben)\b")
_INFINITIVE_HINTS = ("zu kandidieren", "anzutreten", "zu bewerben")
_OWN_CLAUSE = re.compile(r"\b[Ii]ch\b(?:(?!\bnicht\b|\bkein)[^.!?„“]){0,140}$")
# Third-person nominations ("X wurde … als Kandidatin gewählt", "unser Kandidat").
_THIRD_PERSON = re.compile(
    rf"\b(?:nominiert|aufgestellt|bewirbt\s+sich|kandidiert|{TRITT_AN}|"
    r"(?:zu[rm]|als)\s+(?:\w+\s+){0,2}(?:\w*[Kk]andidat\w*|Spitzenkandidat\w*)\s+"
    r"(?:für\s+)?[^.!?]{0,80}\b(?:gewählt|gekürt|bestimmt))|"
    r"\bins\s+Rennen\b|"
    # "CDU schickt X in den Wahlkreis Bremen I", "… in die Landtagswahl"
    r"\bschick(?:t|en)\b[^.!?]{0,80}\bin\s+(?:den\s+(?:Wahlkreis|Wahlkampf|Kreistag|Landtag|"
    r"Bundestag)|die\s+\w*[Ww]ahl)\b|"
    # an election to a party office reported: "JU wählt X zum neuen Landesvorsitzenden",
    # "X wurde zur Kreisvorsitzenden gewählt", "X ist neuer Landesvorsitzender"
    # (anchored on "zum/zur": a branch starting at "wurde" scanned every passive in a text)
    r"\bzu[rm]\s+neue[nr]?\s+\w*(?:[Vv]orsitzende[nr]?|[Ss]precher(?:in|innen)?|"
    r"[Ss]chatzmeister(?:in)?)\b|"
    r"\bzu[rm]\s+\w*(?:[Vv]orsitzende[nr]?|[Ss]precher(?:in|innen)?|[Ss]chatzmeister(?:in)?)\s+"
    r"(?:gewählt|bestimmt|gekürt)\b|"
    r"\bist\s+(?:neue[rn]?|neu\s+gewählte[rn]?)\s+\w*(?:[Vv]orsitzende[rn]?|[Ss]precher(?:in)?|"
    r"[Ss]chatzmeister(?:in)?)\b|"
    r"\b[Nn]eue[rsn]?\s+\w*(?:[Vv]orstand|[Vv]orsitzende[rn]?|[Ss]pitze|[Dd]oppelspitze)\s+"
    r"(?:gewählt|bestätigt|bestimmt)\b|"
    # a re-election reported: "hat X als Kreisvorsitzenden bestätigt", "im Amt bestätigt",
    # "als Landessprecherin wiedergewählt" (an office word, not any "bestätigt")
    r"\b(?:als|zu[rm])\s+(?:neue[nr]?\s+)?\w*(?:[Vv]orsitzende[nr]?|[Ss]precher(?:in|innen)?|"
    r"[Ss]chatzmeister(?:in)?|[Kk]andidat(?:in|en)?)\s+(?:im\s+Amt\s+)?"
    r"(?:bestätigt|wiedergewählt)\b|"
    r"\bim\s+Amt\s+(?:de[rs]\s+)?\w*(?:[Vv]orsitzende[nr]?|[Ss]precher(?:in|s)?)\s+bestätigt\b|"
    # "Svenja Muster führt die SPD Mainz-Bingen": the party's new chair
    r"\bführt\s+(?:künftig\s+|nun\s+|jetzt\s+)?(?:die|den)\s+(?:SPD|CDU|CSU|FDP|AfD|BSW|ÖDP|"
    r"Grünen|Linke|Jusos|JU|Junge\s+Union|Freien\s+Wähler|Piraten|Volt)\b|"
    # "X soll Bürgermeister von Y werden": a nomination announced in a headline
    r"\bsoll\s+(?:\w+\s+){0,3}?\w*(?:meister|[Rr]at|rätin|[Kk]andidat|[Kk]andidatin|"
    r"[Vv]orsitzende[rn]?|[Aa]bgeordnete[rn]?|[Ss]precher|[Ss]precherin)\b[^.!?„“]{0,60}\bwerden\b|"
    r"\bsoll\b[^.!?„“]{0,60}\b(?:Wahlkreis|Stimmkreis|Mandat)\w*\b[^.!?„“]{0,40}\b(?:holen|gewinnen)\b|"
    # "X ist Bundestagskandidatin für den Wahlkreis …": a nomination told in the present
    r"\bist\s+(?:(?:die|der|neue[rn]?|unsere?r?)\s+)?\w*[Kk]andidat(?:in)?\s+"
    r"(?:für|der|des|im|zu[mr])\b|"
    # an election reported in the perfect ("hat … Doreen Muster zur neuen Kreisvorsitzenden
    # gewählt"), not the passive of a first-person text ("haben mich … gewählt")
    r"\b(?:hat|haben)\b(?:(?!\bmich\b)[^.!?„“]){0,120}\bzu[rm]\s+(?:neue[nr]?\s+)?"
    r"[A-ZÄÖÜ]\w+\s+(?:gewählt|nominiert|gekürt|bestimmt)\b|"
    r"\b(?:wählte|wählten|kürte|kürten|nominierte|nominierten|bestimmte|bestimmten)\b[^.!?]{0,120}"
    r"\b(?:(?:zu[rm]?|als)\s+"
    r"(?:\w+\s+){0,2}\w*[Kk]andidat|auf\s+(?:den\s+)?(?:Listen)?[Pp]latz\s+\d|an\s+die\s+Spitze)|"
    r"\b(?:Kandidat(?:in)?|Spitzenkandidat(?:in)?)\s+(?:für|zu[rm])\b[^.!?]{0,80}\b"
    r"(?:gewählt|nominiert|aufgestellt|gekürt)\b|"
    r"\bführt\b[^.!?]{0,60}\b(?:in\s+die\s+\w*[Ww]ahl|Liste\b|an\b)|"
    # the nominating assembly's minutes (the Bundeswahlordnung's form): "Als Bewerberin für den
    # Wahlkreis wurde gewählt: …"
    r"\bAls\s+(?:\w+\s+)?(?:Wahlkreis)?(?:[Bb]ewerber|[Kk]andidat)(?:in|innen)?\b[^.!?]{0,80}"
    r"\b(?:wurde|wurden)\s+(?:\w+\s+){0,2}(?:gewählt|aufgestellt|nominiert|bestimmt)\b"
)
# A vote count reports an election ("erhielt 58 von 61 Stimmen", "mit 87 Prozent der
# Stimmen") — of a person only where the text names an office; else a vote on a motion.
_VOTE_COUNT = re.compile(VOTE_COUNT)
# "Unser Direktkandidat für …" announces in a headline; in the body it only refers to one.
_OUR_CANDIDATE = re.compile(
    r"\b[Uu]nser(?:e|er)?\s+(?:\w+\s+)?(?:Direkt|Bürgermeister|Landrats|OB-|Spitzen)?"
    r"[Kk]andidat(?:in)?\b"
)
# An item of an agenda ("4. Nominierung unserer Kandidatin", "TOP 3: Wahl des Vorstands"):
# what an assembly will do, not what happened.
_AGENDA_ITEM = re.compile(r"\s*(?:TOP\s*\d{1,2}\b|\d{1,2}[.)]\s)")
_QA_TITLE = re.compile(
    r"\bFragen\b|\bInterview\b|[Bb]efragung|\bfragt\b|\bantworte|Nachgefragt|Wahlprüfstein|"
    r"\bQ\s?&\s?A\b|[Ii]m\s+Gespräch|Kandidat\w*check|Antworten\s+(?:von|auf)"
)
# The credit line under a printed interview ("Die Fragen stellte Sophie Muster.").
_QA_CREDIT = re.compile(rf"(?:{CREDIT_LINE}|Interview:\s)")
# A flyer's call to vote for the candidate ("Tanja Muster zur Oberbürgermeisterin wählen!",
# "Am 8. März: Liste 3 – Tobias Muster ankreuzen!", "Wählen Sie …", "Beide Stimmen für …"):
# plain substrings, found with str.find (a regex scan of a long text cost a millisecond).
_VOTE_CALLS = (
    "wählen!", "ankreuzen", "Wählen Sie", "wählen Sie", "Beide Stimmen für", "beide Stimmen für",
    "Ihre Stimme für", "Eure Stimme für", "eure Stimme für",
)  # fmt: skip
_QA_LINE = re.compile(r"^\W{0,4}(?:Frage|Antwort|F|A)\s*\d*\s*[:.]?\W*$|\?\W{0,4}$")
# A candidate's profile in fields ("Kandidatur: Landtag, Wahlkreis 21", "Listenplatz: 4").
_PROFILE_FIELD = re.compile(
    r"(?m)^[ \t]*(?:[*_]{1,2})?(?:Kandidatur|Kandidat(?:in)?\s+für|Ich\s+kandidiere\s+für|"
    r"Listenplatz|Direktkandidat(?:in)?|Bewerbung\s+für|Bewerbung\s+um)(?:[*_]{1,2})?[ \t]*:"
)
_NAME_FIELD = re.compile(
    r"(?m)^[ \t]*(?:[*_]{1,2})?(?:Name|Vor-\s+und\s+Nachname)(?:[*_]{1,2})?[ \t]*:"
)
_CANDIDACY_WORD = re.compile(
    r"[Kk]andid|[Bb]ewerb|Wahl\b|gewählt|[Vv]orstand|[Vv]orsitz|Landesliste|Mandat|Direktkandidat"
)
_BID_WORD = re.compile(r"[Kk]andid|[Bb]ewerb|[Nn]ominier|antreten|tritt\s+an")
_ORDINAL_DOT = re.compile(r"(?<=\d)\.(?=\s)")
# Title words of genres without a candidacy (any case: "PRESSEMITTEILUNG").
_PRESS_HEADING = re.compile(
    r"presse(?:mitteilung|erklärung|meldung|information)|medien(?:information|mitteilung)",
    re.IGNORECASE,
)
# "PM: …", "PM vom 3. Mai": the usual short form in titles of party press releases.
_PM_HEADING = re.compile(r"(?:^|\n)\s*PM\s*(?:[:|–—-]|vom\b|\d)")
_PROGRAMME_HEADING = re.compile(
    r"(?:Wahl|Grundsatz|Kommunalwahl|Regierungs|Partei)?[Pp]rogramm\b|\w+programm\b|"
    r"Positionspapier|Leitantrag|Wahlprüfsteine"
)
#: An event with candidates as guests, named in a title.
_EVENT_TITLE = re.compile(r"Wahlforum|Podiumsdiskussion|Diskussionsabend")
_OTHER_HEADING = re.compile(
    r"(?:Jahres)?[Rr]ückblick|Einladung|Nachruf|Tagesordnung|Protokoll|Termine\b|Veranstaltung|"
    # an event with the candidates as guests: "Wahlforum: Wer wird Bürgermeister*in?"
    rf"{_EVENT_TITLE.pattern}|"
    # a resignation: "Rücktritt vom Vorsitz und Niederlegung meines Mandats"
    r"Rücktritt|Mandatsniederlegung|Niederlegung\s+(?:meines|des|ihres|seines)\s+Mandat|"
    r"(?:Rechenschafts|Jahres|Tätigkeits|Kassen|Geschäfts)bericht|"
    r"\bFAQ\b|[Hh]äufig\s+gestellte\s+Fragen|[Hh]äufige\s+Fragen"
)
# The same words opening a headline line below the sender ("Protokoll der
# Mitgliederversammlung vom 4.11.", "Einladung zur Aufstellungsversammlung").
_OTHER_HEADING_LINE = re.compile(
    r"(?m)^[ \t]*(?:Protokoll|Einladung|Nachruf|Tagesordnung|Rücktritt|"
    r"(?:Rechenschafts|Jahres|Tätigkeits|Kassen|Geschäfts)bericht)\b(?![ \t]*:)",
    re.IGNORECASE,  # "EINLADUNG zur Mitgliederversammlung", as letters set it
)
_FAQ = re.compile(r"\bFAQ\b|[Hh]äufig\s+gestellte\s+Fragen|[Hh]äufige\s+Fragen")
# An event's details at the top of its page: "Wann: …" and "Wo: …" (or "Ort: …").
_EVENT_FIELDS = re.compile(r"(?m)^[ \t]*Wann\s*:")
_EVENT_PLACE = re.compile(r"(?m)(?:^|\s)(?:Wo|Ort|Veranstaltungsort)\s*:")
# A collection of other people's articles: what it reports is news, not its own candidacy.
_PRESS_REVIEW = re.compile(r"Pressespiegel|Presseschau|Medienspiegel|Pressestimmen")
_NEWSLETTER = re.compile(r"\b(?:Newsletter|Rundbrief|Mitgliederbrief|Rundschreiben)\w*|Ausgabe\b")


class _Branches:
    """A pattern searched branch by branch, each branch starting with a literal (see
    :mod:`hints`): the first match in the text, as one search of the whole pattern would
    find it, at a fraction of the cost. A leading word boundary is checked here."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.branches = tuple(
            re.compile(b, pattern.flags) for b in literal_branches(pattern.pattern)
        )

    def search(self, text: str) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for branch in self.branches:
            pos = 0
            while (match := branch.search(text, pos)) is not None:
                if match.start() == 0 or not (text[match.start() - 1].isalnum()):
                    if best is None or match.start() < best.start():
                        best = match
                    break
                pos = match.start() + 1
        return best


_FIRST_PERSON_SCAN = _Branches(_FIRST_PERSON)
_THIRD_PERSON_SCAN = _Branches(_THIRD_PERSON)


def reports_nomination(text: str) -> bool:
    """Whether ``text`` reports a nomination or an election in the third person."""
    return _THIRD_PERSON_SCAN.search(_ORDINAL_DOT.sub(" ", _unquoted(text))) is not None


def _infinitive_bid(text: str) -> re.Match[str] | None:
    """The first "ich …, … zu kandidieren" of ``text`` (its "ich"), if any."""
    if not any(hint in text for hint in _INFINITIVE_HINTS):
        return None
    for match in _INFINITIVE.finditer(text):
        clause = _OWN_CLAUSE.search(text, max(0, match.start() - 150), match.start())
        if clause is not None:
            return clause
    return None


# A negation inside a bid's phrase: "trete ich … nicht erneut an", "möchte nicht wieder …".
_DECLINED = re.compile(r"\b(?:nicht|nie|kein\w*)\b")
_BUT = re.compile(r"[^.!?]*?\bsondern\b")
# … or right after it (see :data:`cues.DECLINED_AFTER`)
_DECLINED_AFTER = re.compile(DECLINED_AFTER)


def _first_person_bid(text: str) -> re.Match[str] | None:
    """The first first-person bid in ``text``: a fixed phrase, or an infinitive clause; a
    bid declined ("trete ich am 31. Januar nicht erneut an") is none."""
    found = _FIRST_PERSON_SCAN.search(text)
    while found is not None and (
        (_DECLINED.search(found.group(0)) and not _BUT.match(text, found.end(), found.end() + 80))
        or _DECLINED_AFTER.match(text, found.end())
    ):
        blanked = " " * (found.end() - found.start())
        text = text[: found.start()] + blanked + text[found.end() :]
        found = _FIRST_PERSON_SCAN.search(text)
    clause = _infinitive_bid(text)
    if found is None or (clause is not None and clause.start() < found.start()):
        return clause
    return found


def states_bid(text: str) -> bool:
    """Whether ``text`` bids in the first person outside quotations ("ich bewerbe mich")."""
    return _first_person_bid(_ORDINAL_DOT.sub(" ", _unquoted(text))) is not None


@dataclass(frozen=True)
class Genre:
    """The decided genre, its doc_type, how sure the decision is, and why."""

    name: str
    doc_type: str
    confidence: float
    evidence: str

    @property
    def candidacy(self) -> bool:
        return self.name in CANDIDACY_GENRES


#: How much of each first line counts as heading (a speech's first line can be a paragraph).
HEADING_CHARS = 240


def _head_text(doc: Doc, lines: int = 6, separator: str = " ") -> str:
    return separator.join(
        line[:HEADING_CHARS] for _, line, zone in doc.lines[:lines] if zone != FOOTER
    )


# (not after an abbreviation: "PRESSEMITTEILUNG Nr. 147/2025", "Dr. Anna Muster")
_SENTENCE_BREAK = re.compile(r"(?<!\bNr)(?<!\bDr)(?<!\bSt)(?<!\bca)(?<!\bProf)(?<!\d)[.!?]\s+\S")


#: Lines read for headlines: a press release puts its sender, "Pressemitteilung" and a
#: dateline above the headline.
HEADING_LINES = 5


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•–][ \t]|\d{1,2}[.)][ \t])")


def _heading(doc: Doc) -> str:
    """The title and those of the first lines that read as headlines (short, one sentence),
    one per line: evidence is quoted line by line (computed once per document)."""
    cached = doc.memo.get("heading")
    if isinstance(cached, str):
        return cached
    lines = [
        line
        for _, line, zone in doc.lines[:HEADING_LINES]
        if zone != FOOTER
        and len(line) <= 160
        and not _SENTENCE_BREAK.search(line.rstrip())
        and not _LIST_ITEM.match(line)  # a table of contents' item is no headline
    ]
    heading = capital_lines("\n".join([doc.title, *lines]))
    doc.memo["heading"] = heading
    return heading


def _unquoted(text: str) -> str:
    """Text with quotations blanked: a quoted "ich kandidiere" is someone else's bid."""
    return without_quotations(text)


#: Longest question blanked (a question is a sentence, not a paragraph).
_QUESTION_CHARS = 300


def _unasked(text: str) -> str:
    """Text with questions blanked: an FAQ's or an interviewer's "kann ich kandidieren?".
    (Found from each "?" back to the sentence's start: a regex scanning every position for a
    question it might start is many times slower on long texts.)"""
    if "?" not in text:
        return text
    chars = list(text)
    end = text.find("?")
    while end >= 0:
        start = (
            max(
                text.rfind(".", 0, end),
                text.rfind("!", 0, end),
                text.rfind("?", 0, end),
                text.rfind("\n", 0, end),
            )
            + 1
        )
        if end - start <= _QUESTION_CHARS:
            chars[start : end + 1] = " " * (end + 1 - start)
        end = text.find("?", end + 1)
    return "".join(chars)


def _question_lines(doc: Doc) -> int:
    return sum(
        1
        for _, line, zone in doc.lines
        if zone != FOOTER and len(line) < 300 and _QA_LINE.search(line.strip())
    )


def _cue(genre: str, weight: float, zone: str, evidence: str, rule: str) -> Candidate:
    return Candidate("genre", genre, weight, zone, evidence, rule)


def _bid_cues(doc: Doc, office_found: bool) -> list[Candidate]:
    """First-person and third-person bids in the title and the text (outside quotations)."""
    cues: list[Candidate] = []
    title = capital_lines(doc.title)
    # "Unsere Kandidatin für den Landtag" announces someone else's candidacy: no own bid
    # (the title, or a headline under the sender: "STECKBRIEF – KANDIDATUR KREISVORSITZ")
    bid_line = title if title and _TITLE_BID.search(title) else ""
    if not bid_line:
        bid_line = next(
            (
                line
                for line in _heading(doc).split("\n")[1:]
                if _OWN_BID_HEADLINE.search(line) and not _THIRD_PERSON_SCAN.search(line)
            ),
            "",
        )
    if bid_line and not _OUR_CANDIDATE.search(bid_line):
        cues.append(_cue(CANDIDACY, 0.75, TITLE, bid_line, "title-bid"))
    elif title and slogan_title(title):
        cues.append(_cue(CANDIDACY, 0.75, TITLE, title, "title-slogan"))
    joined = doctype.Joined([s for s in doc.sentences if s.zone not in (TITLE, FOOTER)])
    body = _ORDINAL_DOT.sub(" ", _unasked(_unquoted(joined.text)))  # "am 22. März" ends no clause
    first = _first_person_bid(body)
    if first is not None:
        weight = 0.7 if office_found else 0.5
        cues.append(_cue(CANDIDACY, weight, HEAD, joined.evidence(first.start()), "i-bid"))
    heading = _heading(doc)
    headline = _THIRD_PERSON_SCAN.search(heading) or _OUR_CANDIDATE.search(heading)
    if headline is not None and _DECLINED_AFTER.match(heading, headline.end()):
        headline = None  # "Hartmut Muster kandidiert nicht erneut für den Kreisvorsitz"
    third = headline or _reported_in_body(joined, body, office_found)
    ours = _OUR_CANDIDATE.search(body[:2500]) if third is None and first is None else None
    if ours is not None and _agenda_item(joined, ours.start()):
        ours = None
    if ours is not None:
        cues.append(_cue(NOMINATION, 0.3, HEAD, joined.evidence(ours.start()), "our-candidate"))
    if third is not None and first is None and headline is None:
        sentence = joined.evidence(third.start())
        if _SELF_ELECTED.search(sentence):
            # "hat mich die Wahlkreisversammlung … zum Direktkandidaten gewählt": the writer
            # reports her own nomination, a first-person text
            weight = 0.6 if office_found else 0.35
            cues.append(_cue(CANDIDACY, weight, HEAD, sentence, "own-nomination"))
            return cues
    if third is not None and first is None:
        in_heading = headline is not None
        # A nomination in the headline is as plain as a bid in a title.
        weight = (0.75 if in_heading else 0.6) if office_found else 0.35
        text = _line_of(heading, third.start()) if in_heading else joined.evidence(third.start())
        cues.append(_cue(NOMINATION, weight, TITLE if in_heading else HEAD, text, "third-bid"))
    return cues


# The readers addressed as the ones who may run ("welchen Listenplatz ihr kandidiert", "wenn du
# kandidieren willst"): a call for candidacies, no report.
_ADDRESSED_BEFORE = re.compile(r"\b(?:ihr|du|euch|dich)\b[^.!?\n]{0,50}$")


# The writer as the one elected or nominated: "hat mich … gewählt", "wurde ich … nominiert".
_SELF_ELECTED = re.compile(
    r"\b(?:ha(?:t|ben)\s+mich|wurde\s+ich|bin\s+ich)\b[^.!?]{0,150}?"
    r"\b(?:gewählt|nominiert|aufgestellt|bestätigt|bestimmt)\b"
)


def _reported_in_body(
    joined: doctype.Joined, body: str, office_found: bool
) -> re.Match[str] | None:
    """A nomination or election reported in the body's first 2,500 characters (a vote count
    where an office was found), unless it is an agenda item, undecided or a statute's rule."""
    third = _THIRD_PERSON_SCAN.search(body[:2500])
    if third is None and office_found and "timmen" in body:
        third = _VOTE_COUNT.search(body[:2500])
    if third is None:
        return None
    if _agenda_item(joined, third.start()):
        return None  # "4. Nominierung der Kandidatin": an invitation's agenda, no report
    if _ADDRESSED_BEFORE.search(body, max(0, third.start() - 60), third.start()):
        return None  # "für welchen Wahlbereich ihr kandidiert": a call addresses its readers
    sentence = joined.evidence(third.start())
    if _UNDECIDED.search(sentence):
        return None  # "Die Stadtratsliste soll im November aufgestellt werden": not yet
    if _STATUTORY.search(sentence):
        return None  # "(1) Die Bewerber … werden … nach den Wahlgesetzen aufgestellt": a rule
    return third


def _agenda_item(joined: doctype.Joined, pos: int) -> bool:
    return _AGENDA_ITEM.match(joined.evidence(pos)) is not None


def _profile_cues(doc: Doc, office_found: bool) -> list[Candidate]:
    """A profile whose fields name the candidacy and the person ("Name: …", "Kandidatur: …"),
    or one field that does both ("Kandidatin: Hanna Muster (CDU)", as on a flyer)."""
    if ":" not in doc.text:
        return []
    field = _PROFILE_FIELD.search(doc.text)
    if field is None or _NAME_FIELD.search(doc.text) is None:
        field = _candidate_field(doc.text)
    if field is None:
        return []
    weight = 0.7 if office_found else 0.5
    return [_cue(CANDIDACY, weight, HEAD, _line_of(doc.text, field.start()), "profile")]


# A field naming the candidate: "Kandidatin: Hanna Muster (CDU), Ortsteil Nord".
_CANDIDATE_FIELD = re.compile(
    r"(?m)^[ \t]*(?:[*_]{1,2})?(?:Kandidat(?:in)?|Bewerber(?:in)?)(?:[*_]{1,2})?[ \t]*:[ \t]*"
)


def _candidate_field(text: str) -> re.Match[str] | None:
    """The first "Kandidatin:" field whose value begins with a person's name."""
    for match in _CANDIDATE_FIELD.finditer(text):
        found = names.name_at(text[match.end() : match.end() + 60])
        if found is not None and found.start == 0:
            return match
    return None


def _vote_call_cues(doc: Doc, office_found: bool) -> list[Candidate]:
    """A call to vote for a named person (a flyer, a poster text): a campaign for a candidacy."""
    text = doc.text
    calls = sorted(pos for call in _VOTE_CALLS if (pos := text.find(call)) >= 0)
    if not calls:
        return []
    unquoted = _unquoted(text)
    for pos in calls:
        if unquoted[pos] == " ":
            continue  # inside a quotation
        line = _line_of(text, pos)
        # a call for a person ("Tobias Muster ankreuzen!"), not for the party's list or cause
        if names.find_names(line):
            weight = 0.6 if office_found else 0.4
            return [_cue(CANDIDACY, weight, HEAD, line, "vote-call")]
    return []


#: Genre of a document type named as a post's category.
_TYPE_GENRE = {
    doctype.CANDIDACY: CANDIDACY,
    doctype.PRESS: PRESS,
    doctype.PROGRAMME: PROGRAMME,
    doctype.SPEECH: SPEECH,
    doctype.RESOLUTION: RESOLUTION,
}


def _category_cues(category: str) -> list[Candidate]:
    """A post filed under a type ("categories: [Pressemitteilung, Hafen]"): the site's own
    word for it, as strong as a heading; categories that name no type say nothing."""
    for word in category.split(","):
        kind = doctype.canonical_doc_type(word.strip())
        if kind in _TYPE_GENRE:
            return [_cue(_TYPE_GENRE[kind], 0.6, "front_matter", word.strip(), "category")]
    return []


# A nomination still to come: "soll im November aufgestellt werden", "steht noch nicht fest".
# A statute's or rule book's provision: numbered paragraphs ("(1) Die Bewerberinnen und
# Bewerber … werden … aufgestellt"), sections, legal references; it says how candidates are
# chosen, never who was.
_STATUTORY = re.compile(
    r"^\s*\(\d{1,2}\)\s|§\s*\d|\bnach\s+(?:den\s+)?(?:Vorschriften|Maßgabe)\b|"
    r"\bgemäß\s+(?:§|der\s+Satzung|den\s+Wahlgesetzen)"
)
_UNDECIDED = re.compile(
    r"\b(?:soll|sollen|wird|werden|will|wollen)\b[^.!?]{0,80}\b(?:aufgestellt|nominiert|gewählt|"
    r"bestimmt)\s+werden\b|\bnoch\s+nicht\s+(?:fest|entschieden|nominiert|aufgestellt|gewählt)|"
    # the present passive of an assembly to come: "Am 15. März wird ein neuer Kreisvorstand
    # gewählt" (a report says "wurde gewählt")
    r"\b(?:wird|werden)\s+(?:[^.!?]{0,60}\s)?(?:ein|eine|der|die|das|unser\w*)\s+(?:neue[rns]?\s+)?"
    r"\w+\s+(?:gewählt|aufgestellt|nominiert|bestimmt)\s*[.!?]|"
    r"\bsteht\s+noch\s+nicht\b|\bnoch\s+offen\b"
)

#: Weight of a heading that names minutes, an invitation, an obituary, a review: such a text
#: reports nominations (a TOP of the minutes, the agenda of an invitation) without being one.
_OTHER_HEADING_WEIGHT = 0.7

#: Weight of "Pressemitteilung" over a headline or lead that announces a nomination: the
#: channel, barely a rival of the nomination (0.3 kept a reported nomination, 0.6, under the
#: facet threshold: 0.6 - 0.6 * 0.3 = 0.42).
PRESS_CHANNEL_WEIGHT = 0.1

#: Characters of a press release's lead read for the nomination it may announce.
LEAD_CHARS = 500


def _heading_cues(doc: Doc, office_found: bool = False) -> list[Candidate]:
    """A press release or a review, invitation, obituary … named in the title or first lines
    (a candidacy announced in a press release still has its own, stronger cues)."""
    heading = _heading(doc)
    press = _PRESS_HEADING.search(heading) or _PM_HEADING.search(heading)
    if press is not None:
        # A press release whose headline or lead announces a nomination is a candidacy (that
        # is what a member facets on): then "Pressemitteilung" names the channel, not the genre.
        announces = _THIRD_PERSON_SCAN.search(heading) or _TITLE_BID.search(heading)
        if announces is None and office_found:
            announces = _THIRD_PERSON_SCAN.search(_lead(doc))
        weight = PRESS_CHANNEL_WEIGHT if announces else 0.7
        return [_cue(PRESS, weight, TITLE, _line_of(heading, press.start()), "press-heading")]
    programme = _PROGRAMME_HEADING.search(doc.title) if doc.title else None
    if programme is not None:
        return [_cue(PROGRAMME, 0.7, TITLE, doc.title, "programme-heading")]
    review = _PRESS_REVIEW.search(doc.title) if doc.title else None
    if review is not None:
        return [_cue(OTHER, 0.7, TITLE, doc.title, "press-review")]
    other = _OTHER_HEADING.search(doc.title) if doc.title else None
    if other is not None:
        return [_cue(OTHER, _OTHER_HEADING_WEIGHT, TITLE, doc.title, "other-heading")]
    newsletter = _NEWSLETTER.search(f"{doc.title}\n{_head_text(doc, 4, separator=chr(10))}")
    if newsletter is not None:  # "Newsletter der CDU im Kreis … · Ausgabe 3/2025"
        return [_cue(NEWSLETTER, 0.6, TITLE, newsletter.group(0), "newsletter-heading")]
    fields = _event_fields(heading)
    if fields is not None:
        # an event's page: "Wann: Donnerstag, 4. September 2025, 18:30 Uhr" / "Wo: …"
        line = _line_of(heading, fields.start())
        return [_cue(OTHER, _OTHER_HEADING_WEIGHT, TITLE, line, "event-fields")]
    # under a sender line: "SPD-Unterbezirk München-Land / Der Vorstand / … / Einladung zur …"
    other = _OTHER_HEADING_LINE.search(heading)
    if other is not None:
        line = _line_of(heading, other.start())
        return [_cue(OTHER, _OTHER_HEADING_WEIGHT, TITLE, line, "other-heading")]
    return []


def _lead(doc: Doc) -> str:
    """The first sentences under the headline: where a press release says what happened."""
    body = [s.text for s in doc.sentences if s.zone not in (TITLE, FOOTER)]
    return _ORDINAL_DOT.sub(" ", _unquoted(" ".join(body)[:LEAD_CHARS]))


def _line_of(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)].strip()


def _qa_cues(doc: Doc, office_found: bool) -> list[Candidate]:
    """A Q&A: question lines answered in the first person, or a title that says so."""
    head = f"{doc.title} {_head_text(doc, 4)}"
    if _FAQ.search(head):
        return []  # an FAQ answers its readers' questions, no candidate's
    credit = "Fragen stellte" in doc.text or "führte" in doc.text or "Interview:" in doc.text
    titled = _QA_TITLE.search(head) or (_QA_CREDIT.search(doc.text) if credit else None)
    if titled is None:
        return []  # question lines alone make an FAQ or a press release, not an interview
    questions = _question_lines(doc)
    if questions < 1 or not (office_found or _CANDIDACY_WORD.search(head)):
        return []  # an interview about anything else is no candidacy
    if not office_found and not _BID_WORD.search(head):
        return []  # an office-holder asked about her work ("zwei Mandate") seeks nothing
    if not _BID_WORD.search(head) and not states_bid(_unasked(doc.text)):
        # an office only in the questions ("Man hört, Sie könnten antreten." – "Ich
        # kandidiere nicht."): a newspaper's interview with an office-holder
        return []
    weight = min(0.35 + 0.1 * questions + (0.3 if titled else 0.0), 0.9)
    evidence = titled.group(0) if titled else f"{questions} Fragen"
    return [_cue(QA, weight, TITLE if titled else HEAD, evidence, "qa")]


def _phrase_cues(doc: Doc, office_score: float, has_candidate: bool) -> list[Candidate]:
    """The fixed-phrase classifier's answer as one cue (press release, programme, speech …)."""
    kind, evidence = doctype.classify(doc, has_candidate=has_candidate, office_score=office_score)
    genre = {doctype.CANDIDACY: CANDIDACY}.get(kind, kind)
    # A fixed phrase in the title or the first lines names the genre; one deep in the body
    # ("unser Wahlprogramm" in a bid) is a weaker hint.
    heading = evidence and (evidence in doc.title or evidence in _head_text(doc, 3))
    weight = 0.6 if heading else 0.4
    if kind == doctype.CANDIDACY:
        weight = 0.55
    elif kind == doctype.OTHER:
        # No phrase of any genre: "other" is more likely right than wrong, and no more;
        # "other" is the default, not a cue: it speaks only when no genre has a cue.
        if _NEWSLETTER.search(f"{doc.title} {_head_text(doc, 2)}"):
            return [_cue(NEWSLETTER, 0.5, HEAD, evidence, "newsletter")]
        return [_cue(OTHER, 0.5, HEAD, evidence, "fallback")]
    return [_cue(genre, weight, HEAD, evidence, "phrases")]


#: Weight of nominees found only in the prose of a text that holds a first-person bid.
_PROSE_BESIDE_BID = 0.4


def classify(
    doc: Doc,
    *,
    office_score: float,
    has_candidate: bool,
    nominees: list[Nominee],
    category: str = "",
) -> Genre:
    """The genre from all cues; candidacy genres outrank the fixed phrases of the others
    when their cues are strong (a press release announcing a nomination is a nomination)."""
    marker = doctype.speech_marker(doc)
    if marker is not None and not marker[1]:
        return Genre(SPEECH, doctype.SPEECH, 0.9, marker[0])
    office_found = office_score > 0
    cues = (
        _bid_cues(doc, office_found)
        + _qa_cues(doc, office_found)
        + _profile_cues(doc, office_found)
        + _vote_call_cues(doc, office_found)
        + _heading_cues(doc, office_found)
        + _category_cues(category)
    )
    phrases = _phrase_cues(doc, office_score, has_candidate)
    # The phrase classifier reads the same "Pressemitteilung" heading: one piece of
    # evidence is counted once.
    said = {cue.value for cue in cues if cue.rule == "press-heading"}
    if (phrases[0].rule != "fallback" or not cues) and phrases[0].value not in said:
        cues += [_channel_only(phrases[0], cues)]
    # a post filed under "Pressemitteilungen" whose headline announces a nomination: the
    # category names the channel too
    cues = [_channel_only(c, cues) if c.rule == "category" else c for c in cues]
    over = _after_public_vote(doc)
    if over:
        # after a public vote, "unsere Spitzenkandidatin" looks back on the campaign: only a
        # bid of the writer's own still makes a candidacy
        cues = _own_bids_only(cues)
        cues = cues or [_cue(OTHER, 0.5, HEAD, "", "after-the-vote")]
    # (a web page's title carries its site: "Landesvorstand – ÖDP Schleswig-Holstein")
    own_title = _SITE_AFTER.split(doc.title.strip(), 1)[0]
    team = _TEAM_TITLE.match(own_title) is not None
    if team or _CALL_TITLE.match(own_title):
        # "Unser Landesvorstand": a page of the board in office, its members no nominees, a
        # passing "die Landesliste wird im Herbst aufgestellt" no report; "Aufruf: Bewerbungen
        # für unsere Listen" calls for bids that no one has made yet
        cues = _own_bids_only(cues)
        cues = [c for c in cues if c.rule != "phrases"]
        cues.append(_cue(OTHER, 0.6, TITLE, doc.title, "team-page" if team else "call"))
    event = _event_page(doc)
    if event:
        # an event's page ("Wahlforum", "Wann: … / Wo: …"): its guests are candidates of
        # several parties, no one's nominees; only a bid of the writer's own is one
        cues = _own_bids_only(cues)
    if len(nominees) >= 2 and not over and not team and not event:
        listed = sum(1 for n in nominees if n.listed)
        weight = min(0.6 + 0.1 * len(nominees) + (0.1 if listed >= 2 else 0.0), 0.95)
        if listed < 2 and any(cue.rule == "i-bid" for cue in cues):
            # names in the prose of a first-person bid are its co-candidates and rivals
            # ("Neben mir bewerben sich X und Y …"), not a report's nominees
            weight = min(weight, _PROSE_BESIDE_BID)
        names = ", ".join(n.person for n in nominees[:4])
        cues.append(_cue(NOMINEES, weight, HEAD, names, "nominees"))
    decision = decide(_once_per_sentence(_contained(cues)), key=_candidacy_key)
    if decision is None:  # pragma: no cover - the phrase cue is always there
        return Genre(OTHER, doctype.OTHER, 0.0, "")
    # Within the candidacy genres the strongest single cue names the kind.
    name = str(decision.value)
    return Genre(name, DOC_TYPE.get(name, doctype.OTHER), decision.confidence, decision.evidence)


# A public election's outcome: mandates won ("hat … ein Mandat errungen", "drei Direktmandate
# gewonnen") or members moving into a parliament or council ("In die neue Bürgerschaft ziehen
# ein: …"). The names listed under it are the elected, not nominees.
_MANDATES_WON = re.compile(
    r"\b(?:Mandat\w*|Direktmandat\w*|Sitze?)\b[^.!?]{0,60}\b(?:errungen|gewonnen|geholt|"
    r"erobert|verteidigt)\b"
)
# The title of a page that presents the board or team in office ("Unser Landesvorstand",
# "Vorstand", "Unser Team", "Über uns", "Ansprechpartner").
_TEAM_TITLE = re.compile(
    r"^(?:(?:Unser(?:e|en)?|Der|Die|Das)\s+)?(?:(?:Landes|Kreis|Bundes|Orts|Stadt|Bezirks|"
    r"Fraktions|Geschäftsführende[rn]?\s+)?[Vv]orstand|Team|Ansprechpartner\w*|"
    r"Über\s+uns|Wir\s+über\s+uns)(?:\s+(?:de[rs]\s+|im\s+|in\s+)?[A-ZÄÖÜ][\w.-]*){0,3}$"
)
# The title of a call for candidacies ("Aufruf: Bewerbungen für unsere Listen", "Kandidierende
# gesucht", "Ausschreibung").
_CALL_TITLE = re.compile(
    r"^(?:Aufruf|Ausschreibung|Bewerbungsaufruf|Wahlaufruf\s+zur\s+Kandidatur)\b|"
    r"^(?:\w+\s+){0,3}(?:Kandidat\w*|Bewerber\w*|Kandidierende)\s+gesucht\b|^Wir\s+suchen\b"
)
_SITE_AFTER = re.compile(r"\s+[|–—·-]\s+")


def _event_page(doc: Doc) -> bool:
    """Whether the text is an event's page: its title names a forum or a panel, or its head
    gives the event's details ("Wann: …" and "Wo: …")."""
    if doc.title and _EVENT_TITLE.search(doc.title):
        return True
    return _event_fields(_heading(doc)) is not None


def _event_fields(heading: str) -> re.Match[str] | None:
    """The "Wann:" of an event's details in a text's headlines, where a "Wo:" goes with it."""
    fields = _EVENT_FIELDS.search(heading)
    return fields if fields is not None and _EVENT_PLACE.search(heading) else None


def _own_bids_only(cues: list[Candidate]) -> list[Candidate]:
    """The cues without those of reported candidacies; a writer's own bid stays."""
    return [c for c in cues if c.value not in _REPORTED_GENRES or c.rule in _OWN_BIDS]


#: Genres a third person's words make, and the cues of a writer's own bid.
_REPORTED_GENRES = frozenset((NOMINATION, CANDIDACY))
_OWN_BIDS = frozenset(("i-bid", "title-bid"))
# The vote is over: "Die Bürgerschaftswahl (am 9. Juni) ist vorbei", "Danke für eure
# Stimmen", "für einen Einzug hat es nicht gereicht", "unser Wahlergebnis", an official
# count.
_VOTE_OVER = re.compile(
    r"\b\w*[Ww]ahl(?:\s+(?:am|vom)\s+\d{1,2}\.\s*\w+(?:\s+\d{4})?)?\s+ist\s+"
    r"(?:vorbei|gelaufen|entschieden|geschlagen)\b|"
    r"\b[Dd]anke\s+für\s+(?:eure|Ihre|die|jede)\s+(?:\w+\s+)?Stimmen?\b|"
    r"\bfür\s+(?:einen|den)\s+(?:Wieder)?[Ee]inzug\b[^.!?]{0,40}\b(?:gereicht|reichte)\b|"
    r"\b(?:unser|unseres|das)\s+(?:\w+\s+)?Wahlergebnis\w*\b|"
    # an official count: "Nach dem vorläufigen amtlichen Endergebnis", "Sitzverteilung im
    # Kreistag", "Wahlbeteiligung: 63,8 %"
    r"\bamtliche[ns]?\s+Endergebnis\w*|\bSitzverteilung\b|\bWahlbeteiligung\b"
)
_MOVE_IN = re.compile(r"\b(?:ziehen|zieht|zogen|zog)\b")
_IN_WORD = re.compile(r"\bein\b")
_PARLIAMENT = re.compile(
    r"\b(?:Landtag|Bundestag|Bürgerschaft|Abgeordnetenhaus|Europaparlament|Europäische\s+"
    r"Parlament|Stadtrat|Kreistag|Gemeinderat|Stadtverordnetenversammlung)\w*"
)


#: Where a text looks back on a vote: its first sentences, within its first characters (a
#: newsletter's contents and headings are short sentences of their own).
_LOOK_BACK_SENTENCES, _LOOK_BACK_CHARS = 30, 1500


def _after_public_vote(doc: Doc) -> bool:
    """Does the lead look back on a public election (mandates won, members moving into a
    parliament, "die Wahl ist vorbei")? Then a list of names is the elected, not nominees,
    and "unsere Spitzenkandidatin" names the campaign's candidate, no nomination."""
    for sentence in doc.sentences[:_LOOK_BACK_SENTENCES]:
        if sentence.zone == FOOTER or sentence.start > _LOOK_BACK_CHARS:
            continue
        text = sentence.text
        if _MANDATES_WON.search(text) or _VOTE_OVER.search(text):
            return True
        if _MOVE_IN.search(text) and _IN_WORD.search(text) and _PARLIAMENT.search(text):
            return True
    return False


def _channel_only(phrase: Candidate, cues: list[Candidate]) -> Candidate:
    """A press release whose headline announces a nomination is a candidacy: then the press
    phrases ("Veröffentlicht von Pressestelle") or its category ("Pressemitteilungen") name the
    channel, as a press heading does."""
    headline = any(c.rule == "third-bid" and c.zone == TITLE for c in cues)
    if phrase.value != PRESS or not headline:
        return phrase
    return _cue(PRESS, 0.3, phrase.zone, phrase.evidence, phrase.rule)


#: Weight a candidacy cue needs to make a newsletter that contains it a candidacy.
STRONG_CANDIDACY_CUE = 0.7


def _contained(cues: list[Candidate]) -> list[Candidate]:
    """A newsletter is a container: an interview with the candidate or a bid printed in it
    makes it a candidacy, a passing "our branches set up their lists" does not. A press review
    is one too, of other papers' news: nothing in it makes it a candidacy."""
    if any(cue.rule == "press-review" for cue in cues):
        # a press review reports other papers' news: no candidacy of its own
        return [cue for cue in cues if cue.value not in CANDIDACY_GENRES]
    if not any(cue.rule == "newsletter-heading" for cue in cues):
        return cues
    strong = any(
        cue.value in CANDIDACY_GENRES and cue.weight >= STRONG_CANDIDACY_CUE for cue in cues
    )
    if strong:
        return [cue for cue in cues if cue.rule != "newsletter-heading"]
    return [cue for cue in cues if cue.value not in CANDIDACY_GENRES]


def _once_per_sentence(cues: list[Candidate]) -> list[Candidate]:
    """One sentence is one piece of evidence of a candidacy: where two rules read one in the
    same sentence (a bid cue and the phrase classifier), only the stronger counts; a report of
    someone's nomination in minutes must not outweigh their heading twice."""
    best: dict[str, Candidate] = {}
    for cue in cues:
        if cue.value in CANDIDACY_GENRES:
            if cue.evidence not in best or cue.weight > best[cue.evidence].weight:
                best[cue.evidence] = cue
    return [cue for cue in cues if cue.value not in CANDIDACY_GENRES or best[cue.evidence] is cue]


def _candidacy_key(value: object) -> object:
    """Candidacy genres pool their evidence: they all say "this states a candidacy"."""
    return CANDIDACY if value in CANDIDACY_GENRES else value
