"""The author or candidate: names found in the slots where candidacy texts put them.

German capitalises every noun, so "a run of capitalised words" is not a name. Instead a name is
taken only from a slot that introduces the candidate: a self-introduction ("Mein Name ist",
"ich bin"), a form field ("Name:"), a heading or signature line that is nothing but a name, a
third-person candidacy ("X bewirbt sich", "wurde X als Direktkandidat aufgestellt",
"Fragen an X"), a list announcement ("Angeführt ... von X, auf Platz 2 folgt Y"). Slots next
to predecessor, rival or questioner cues are ignored. A signature with only a first name
("Glück auf, Marcel") confirms the full name found elsewhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from indexer.metadata import gazetteer, genre, names, turns
from indexer.metadata.cues import CLOSING_GREETINGS, CREDIT_LINE, VOTE_COUNT, without_quotations
from indexer.metadata.document import FOOTER, HEAD, TITLE, Doc, Sentence, split_sentences
from indexer.metadata.evidence import Candidate as EvidenceCandidate
from indexer.metadata.evidence import Context
from indexer.metadata.hints import literal_branches
from indexer.metadata.party import is_party
from indexer.stamps import PART_BREAK

# the letters of names as :mod:`names` reads them ("Niehoff-Szymański" must not end at the "ń")
_UP = names._UP
_LOW = names._LOW
_TOKEN = rf"[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)*"
_PARTICLE = r"(?:von|van|de|der|den|zu|zur|vom|ter|ten|da|di|del|dos|du|la|le|al|el)"
_TITLE = (
    r"(?:(?:Dr|Prof|Dipl|Dres|PD|MdB|MdL|MdEP|MdA|MdBB)\.?(?:-[A-Z][a-z]+\.?)?"
    r"(?:\s*(?:med|rer\.\s*nat|rer\.\s*pol|phil|jur|h\.\s*c|dent|vet|oec|pol|habil)\.)*\s+)"
)
_NICK = r"(?:\s+[„\"“»‚'‘][^\"“”«‘’'\n]{1,20}[“\"”«‘’'])"
NAME = (
    rf"(?P<titles>{_TITLE}*)(?P<name>(?P<first>{_TOKEN}){_NICK}?(?:\s+{_TOKEN})?"
    rf"(?:\s+{_PARTICLE}){{0,2}}\s+{names.JOINED_PARTICLE}{_TOKEN})"
)
_NAME_ONLY = re.compile(rf"^{NAME}$")
_TITLES_RE = re.compile(_TITLE)
_NICK_RE = re.compile(_NICK)

# Capitalised words that start sentences or fill slots but are never part of a person's name.
_NOT_NAME = frozenset(
    """
    Liebe Lieber Lieben Hallo Herzliche Herzlichen Grüße Gruß Grüßen Glück Mit Viele Vielen Beste
    Besten Freundliche Freundlichen Solidarische Solidarischen Sehr Geehrte Euer Eure Ihr Ihre
    Die Der Das Den Dem Des Ein Eine Einen Einer Ich Wir Sie Er Es Mein Meine Unser Unsere Dein
    Deine Als Auf Aus Bei Für Mit Nach Seit Von Vor Zum Zur Im In Am An Und Oder Aber Weil Dass
    Wenn Was Wer Wie Warum Wo Heute Hier Jetzt Dabei Damit Dafür Deshalb Denn Doch Auch Noch
    Nicht Kein Keine Alle Jede Jeder Dieser Diese Dieses Name Vorname Nachname Kandidat
    Kandidatin Kandidatur Bewerbung Bewerber Bewerberin Delegierte Delegierter Genossinnen Genossen
    Freundinnen Freunde Mitglieder Bürgerinnen Bürger Damen Herren Frau Herr Kreisverband
    Landesverband Ortsverein Ortsverband Pressemitteilung Einladung Tagesordnung Kontakt Impressum
    Datenschutz Januar Februar März April Mai Juni Juli August September Oktober November Dezember
    Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Wahlkreis Landtag Bundestag
    Stadtrat Gemeinderat Kreistag Partei Fraktion Vorstand Kreisvorstand Landesvorstand Thema
    Themen Fragen Antworten Frage Antwort Interview Porträt Steckbrief Kurz Mehr Neue Neuer Neues
    Junge Jungen Freie Freien Grüne Grünen Linke Linken Sozialdemokraten Demokraten Christlich
    Deutschland Europa Gemeinsam Zukunft Politik Landesliste Platz Liste Wahl Europawahl
    Bundestagswahl Landtagswahl Kommunalwahl Gewerkschaft Stadt Gemeinde Kreis Landkreis
    Regierung Opposition Verantwortung Heimat Arbeit Familie Bildung Ortsvorsitz Kreisvorsitz
    Landesvorsitz Vorsitz Vorsitzende Vorsitzender Sprecher Sprecherin Beisitzer Beisitzerin
    Schatzmeister Schatzmeisterin Mitglied Direktkandidat Direktkandidatin Oberbürgermeister
    Oberbürgermeisterin Bürgermeister Bürgermeisterin Landrat Landrätin Hochschule Universität
    Stiftung Verein Gruppe Team Seite Start Aktuelles Termine Wohnort Beruf Alter Geboren Über Zur
    Person Lebenslauf Ziele Schwerpunkte Motivation Vielen Dank Danke Servus Moin Tschüss Gute Guten
    """.split()
)
# Endings of German common nouns and adjectives that no first name has.
_NOUNISH = re.compile(
    r"(?:ung|heit|keit|schaft|tion|ität|ismus|nahme|ungen|tum|nis|erei|ierung|ische[nrs]?|"
    r"liche[nrs]?|versammlung|parteitag|partei|verband|vorstand|wahl|straße|platz|kreis|stadt)$"
)

# A signature with the signer's role: "Claudia Muster, Vorsitzende", "Jan Probe, MdL".
_NAME_AND_ROLE = re.compile(
    rf"^{NAME},[ \t]*(?:[Ss]tellv\.[ \t]*|[Ss]tellvertretende[rn]?[ \t]+)?[\w-]*"
    r"(?:[Vv]orsitzende[rn]?|[Ss]precher(?:in)?|[Gg]eschäftsführer(?:in)?|[Ss]chatzmeister(?:in)?|[Ss]chriftführer(?:in)?|"
    r"[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|MdL|MdB|MdEP|MdA|MdBB|MdHB|"
    # a council seat or a candidacy: "ÖDP-Kreisrätin", "Stadtrat", "Direktkandidatin"
    r"[Rr](?:at|ätin)|[Kk]andidat(?:in)?|[Aa]bgeordnete[r]?|[Vv]orsteher(?:in)?|"
    r"[Bb]eisitzer(?:in)?|[Dd]elegierte[r]?)\b[^\n]{0,60}$"
)
_GREETING_LINE = re.compile(
    r"^(?:Für\s+den\s+\w*[Vv]orstand|Im\s+Namen\s+de[sr]\s+[^\n]{3,60}|"
    r"Mit\s+\w+(?:\s+\w+)?\s+Grüße?n?|Herzliche\s+Grüße|Viele\s+Grüße|Beste\s+Grüße|"
    r"Liebe\s+Grüße|Glück\s+auf|Freundschaft|Solidarische\s+Grüße|Solidarisch|Herzlich|"
    r"Euer|Eure|Ihr|Ihre|Dein|Deine|Gruß|Grüße|Danke|Vielen\s+Dank|Herzlichst|Servus|"
    r"Bis\s+bald)\W*$",
    re.IGNORECASE,
)
_EXCLUDE_BEFORE = re.compile(
    r"(?:Vorgänger\w*|Nachfolger\w*|Amtsinhaber\w*|Mitbewerber\w*|Gegenkandidat\w*|"
    r"Konkurrent\w*|langjährige[rn]?|bisherige[rn]?|ehemalige[rn]?|amtierende[rn]?|frühere[rn]?|"
    r"verstorbene[rn]?|Moderat\w*|Fragen\s+stellte|Interview\s+führte|Gespräch\s+führte|Text:|"
    r"Foto:|Bild:|\bgegen|folgt\s+auf|Nachfolge|Bundeskanzler\w*|Ministerpräsident\w*|"
    r"Minister\w*|Präsident\w*|dankte|Dank\s+an|würdigte|Sprecher\w*|erklärt\w*|sagte|betont\w*|"
    r"so\s+(?:die|der)|zitiert|[Ww]ie\s+schon|Kreisvorsitzende[rn]?|Landesvorsitzende[rn]?|"
    r"[Gg]emeinsam\s+mit|[Zz]usammen\s+mit|\bhört|\bscheidet|verabschiede\w*|\blegt)"
    r"[^.!?]{0,25}$"
)

_OFFICE_WORDS = (
    r"(?:\w*[Kk]andidat|\w*[Vv]orsitz|\w*[Dd]elegiert|\w*[Bb]ürgermeister|Landr[aä]t|\w*[Ss]precher|"
    r"Beisitzer|\w*[Ss]chatzmeister|Mitglied\s+des\s+(?:Landes|Bundes|Kreis)vorstand)"
)


@dataclass(frozen=True)
class _Slot:
    """A place where candidacy texts name the candidate: an anchor phrase with the name right
    after it (``after=True``: "Mein Name ist X") or right before it ("X bewirbt sich").
    Anchors are cheap to find; the costly name pattern only runs next to one."""

    kind: str
    anchor: re.Pattern[str]
    score: float
    after: bool
    #: skip names after predecessor, rival or quotation cues (not for a speaker's own line)
    exclude: bool = True
    #: before-slots: what may stand between name and anchor ("space": one or more spaces,
    #: "party": spaces and a parenthesis, "any": spaces or nothing)
    gap: str = "any"


# The writer of minutes ("Protokoll: Anna Muster", "Schriftführerin: …"): their author, never
# the candidate a nomination's minutes name.
_WRITER = _Slot(
    "minutes-writer",
    re.compile(
        r"(?m)^[ \t]*(?:Protokoll(?:führer(?:in)?)?|Protokollant(?:in)?|Schriftführer(?:in)?)"
        r"[ \t]*:[ \t]*"
    ),
    5,
    True,
    exclude=False,
)
_SLOTS: list[_Slot] = [
    _WRITER,
    _Slot(
        "self",
        re.compile(
            r"(?:[Mm]ein\s+Name\s+ist|[Ii]ch\s+heiße|[Ii]ch\s+bin|[Ii]ch,)\s+"
            r"(?:(?:übrigens|übrigens\s+auch|eigentlich|also)\s+)?"
        ),
        6,
        True,
    ),
    _Slot("self", re.compile(r"(?:[Kk]urz\s+zu\s+mir|[Zz]u\s+meiner\s+Person)\s*:\s*"), 6, True),
    _Slot(
        "field",
        re.compile(
            r"(?m)^\s*(?:Name|Vor-\s+und\s+Nachname|Kandidat(?:in)?|Bewerber(?:in)?)\s*:\s*"
        ),
        6,
        True,
    ),
    _Slot(
        "byline",
        re.compile(
            r"(?:(?m:^)\s*(?:Autor(?:in)?|Verfasser(?:in)?|Von|gez\.)\s*:?\s*|"
            r"(?:Bewerbung|Kandidatur|Vorstellung|Bewerbungsschreiben|Bewerbungsrede)\s+(?:von\s+)?|"
            r"(?:Rede|Ansprache|Redebeitrag)\s+von\s+)"
        ),
        4,
        True,
    ),
    _Slot(
        "qa",
        re.compile(
            r"(?:Fragen\s+an|Interview\s+mit|[Gg]espräch\s+mit|Nachgefragt\s+bei|[Ss]teckbrief:?|"
            r"[Pp]orträt:?|[Vv]orgestellt:?)\s+"
        ),
        5,
        True,
    ),
    _Slot(
        "third",
        re.compile(
            r"(?:bewirbt\s+sich|kandidiert|kandidieren|treten|tritt|nominiert|nominieren|"
            r"nominierte)\s+(?:auch\s+|erneut\s+|nun\s+|jetzt\s+)?"
        ),
        5,
        True,
    ),
    _Slot(
        "list",
        re.compile(
            r"(?:[Aa]ngeführt\s+(?:\w+\s+){0,4}?von|(?:Platz|Rang)\s+\d{1,3}\s*(?:folgt|geht\s+an|belegt|steht|für|:|–|-)|"
            r"[Ss]pitzenkandidat\w*|Listenplatz\s+\d{1,3}\s*:?)\s+"
        ),
        4,
        True,
    ),
    # Slots with the name before the anchor: the anchor starts at its keyword, and the space
    # (and a party in parentheses, "Anna Probe (SPD) kandidiert") before it is skipped in code.
    _Slot(
        "third",
        re.compile(
            r"(?:bewirbt\s+sich|kandidiert|tritt\s|will\s|möchte\s|stellt\s+sich|"
            r"ist\s+(?:unsere?r?\s+|die\s+|der\s+|neue[rn]?\s+)?\w*[Kk]andidat)"
        ),
        5,
        False,
        gap="party",
    ),
    _Slot(
        "third",
        re.compile(
            r"(?:als|zu[rm])\s+(?:neue[nrs]?\s+|unsere?[nrs]?\s+|ihre?[nrs]?\s+)?(?:\w+\s+){0,2}?"
            + _OFFICE_WORDS
        ),
        5,
        False,
        gap="space",
    ),
    _Slot(
        "third",
        re.compile(r"(?:auf|für)\s+(?:den\s+)?(?:Listen)?[Pp]latz\s+\d{1,3}\b"),
        4,
        False,
        gap="space",
    ),
    _Slot(
        "age",
        re.compile(r"(?:\((?P<age>\d{2})\)|,\s*(?P<age2>\d{2})\s*(?:,|Jahre|J\.))"),
        2,
        False,
        gap="any",
    ),
]
# A speech names its speaker in a field ("Rednerin: X"), a heading ("Rede der
# stellvertretenden Landesvorsitzenden X") or an introduction; other slots name other people.
_SPEAKER_NOUN_ENDINGS = (
    "vorsitzende[nr]?",
    "sprecher(?:in|s)?",
    "minister(?:in|s)?",
    "präsident(?:in|en)?",
    "meister(?:in|s)?",
    "rätin",
    "rats",
    "abgeordnete[nr]?",
    "kandidat(?:in|en)?",
    "genossin",
    "genossen",
    "kollegin",
    "kollegen",
    "senator(?:in|s)?",
    "sekretär(?:in|s)?",
    "delegierte[nr]?",
    "mitglied(?:s|er)?",
)
# A title noun before a speaker's name, in a compound ("Landtagsabgeordneten") or alone
# ("Rede der Abgeordneten Carola Muster").
_SPEAKER_NOUNS = (
    r"(?:[A-ZÄÖÜ][\w-]*(?:"
    + "|".join(_SPEAKER_NOUN_ENDINGS)
    + ")|(?:"
    + "|".join(ending[0].upper() + ending[1:] for ending in _SPEAKER_NOUN_ENDINGS)
    + "))"
)
_SPEAKER_SLOTS: list[_Slot] = [
    _Slot(
        "field",
        re.compile(
            r"(?m)^[ \t]*(?:Redner(?:in)?|Sprecher(?:in)?|Referent(?:in)?|Vortragende[r]?|"
            r"Es\s+spricht|Es\s+sprach|Gastredner(?:in)?|Festredner(?:in)?)\s*:\s*"
        ),
        6,
        True,
        exclude=False,
    ),
    _Slot(
        "byline",
        re.compile(
            r"(?m)^[ \t]*(?:Rede|Redebeitrag|Redemanuskript|Grußwort|Festrede|Ansprache|"
            r"Plenarrede|Parteitagsrede|Rede\s+und\s+Antwort|"
            # the line under a speech's heading: "Gehalten von Kreisrätin Anna Muster"
            r"(?:[Gg]ehalten|[Vv]orgetragen)(?:\s+am\s+[\w. ]{6,20}?)?)\s+(?:von|des|der|durch)\s+"
            rf"(?:(?:[a-zäöü][\w.-]*|{_SPEAKER_NOUNS})\s+){{0,4}}"
        ),
        5,
        True,
        exclude=False,
    ),
    *(slot for slot in _SLOTS if slot.kind == "self"),
    _WRITER,
    # a member of parliament named in a speech's heading: "Rede zum Schulgesetz – Anna Muster, MdL"
    _Slot("byline", re.compile(r",\s*(?:MdL|MdB|MdEP|MdA|MdBB|MdHB)\b"), 4, False),
]
_OFFICE_NOUN = re.compile(_SPEAKER_NOUNS)
_NAME_AT = re.compile(NAME)
_I_AM_THE = re.compile(rf"\b[Ii]ch\s+bin\s+(?:die|der)\s+({_TOKEN})\b")  # "Ich bin die Vroni"
# "Ich bin Mats, 23, …", "Ich heiße Mats und …": a first name introduced on its own
# (matched after each literal "Ich bin " found by str.find: a pattern's leading class or
# "ch" would be tried at nearly every position of a German text)
_I_AM_FIRST = re.compile(rf"({_TOKEN})(?=\s*,|\s+und\b|\s*\()")
_I_AM_OPENINGS = ("Ich bin ", "ich bin ", "Ich heiße ", "ich heiße ")
_NAME_BEFORE = re.compile(NAME + r"$")
# (after a label that names the text as one person's: "Bewerbung: Kerstin Muster")
_HEADING = re.compile(
    r"^(?:(?:Bewerbung|Kandidatur|Vorstellung|Selbstvorstellung)(?:\s+von)?\s*[:–—]?\s+)?"
    rf"{NAME}\s*(?:$|[–—:|,(]|-\s|\s+-\s)"
)
# "gez. Anna Muster", "i. A. Anna Muster": a signature line
_SIGNED = re.compile(r"^\s*(?:[Gg]ez\.|i\.\s?A\.|i\.\s?V\.)\s*")
#: A sign-off that starts the signature line itself ("Ihr Dr. Marcus Terhorst", "Eure Lea").
_POSSESSIVE = re.compile(r"^(?:Ihr|Ihre|Euer|Eure|Dein|Deine)\s+(?=\S)")
_CO_AFTER = re.compile(r"\S+\s+(?:ebenfalls|auch|gleichfalls|mit\s+mir|gemeinsam)\b")
#: A name that asks ("X hat mir ein paar Fragen gestellt", "X wollte wissen"): the questioner.
_ASKS_AFTER = re.compile(
    r"\s*(?:[\w,]+\s+){0,3}(?:Fragen|Frage)\b|\s*(?:fragte|fragt|fragen|wollte\s+wissen)\b"
)


@dataclass
class Candidate:
    """A person found in one or more slots."""

    name: str
    display: str
    score: float = 0.0
    kinds: set[str] = field(default_factory=set)
    first_at: int = 10**9
    nick: str | None = None


def clean_name(raw: str) -> tuple[str, str]:
    """(facet value without titles and nickname, display form with titles)."""
    display = " ".join(raw.split())
    name = _NICK_RE.sub("", display)
    name = _TITLES_RE.sub("", name + " ").strip()
    return " ".join(name.split()), display


def _valid(name: str) -> bool:
    tokens = [t for t in name.split() if not re.fullmatch(_PARTICLE, t)]
    if len(tokens) < 2 or len(tokens) > 4:
        return False
    for token in tokens:
        for part in token.split("-"):
            if part in _NOT_NAME:
                return False
    if _NOUNISH.search(tokens[0].casefold()) and len(tokens[0]) > 6:
        return False
    if _OFFICE_NOUN.fullmatch(tokens[0]):
        return False
    if is_party(name):
        return False
    if gazetteer.places(name) or gazetteer.land_code(name) or gazetteer.places(tokens[0]):
        return False
    if _demonym(tokens[0]) or _PUBLICATION.search(tokens[-1].casefold()):
        return False  # "Bruckmühler Rundbrief", "Hagenower Nachrichten": a newsletter's title
    return not all(gazetteer.places(t) or gazetteer.land_code(t) for t in tokens)


# The last word of a newsletter's or a paper's title ("Ortsblatt", "Kreisnachrichten").
_PUBLICATION = re.compile(
    r"(?:rundbrief|nachrichten|zeitung|kurier|rundschau|anzeiger|blatt|journal|magazin|"
    r"newsletter|mitteilungen|infobrief)$"
)


def _demonym(word: str) -> bool:
    """Whether ``word`` is a place's adjective ("Bruckmühler", "Kieler"): no first name."""
    return not names.is_first_name(word) and gazetteer.places_of_adjective(word) is not None


def _trim(name: str) -> str:
    """Drop a leading non-name word swallowed by the pattern ("Orangerie Fulda Elisabeth X")."""
    tokens = name.split()
    while len(tokens) > 2 and (
        tokens[0] in _NOT_NAME
        or gazetteer.places(tokens[0])
        or _NOUNISH.search(tokens[0].lower())
        or _OFFICE_NOUN.fullmatch(tokens[0])
    ):
        tokens = tokens[1:]
    if len(tokens) > 3 and not re.fullmatch(_PARTICLE, tokens[-2]):
        tokens = tokens[-2:]
    return " ".join(tokens)


class _Collector:
    def __init__(self) -> None:
        self.found: dict[str, Candidate] = {}
        self.first_names: list[tuple[str, float]] = []
        self.confirmed = False

    def add(self, raw: str, kind: str, score: float, order: int) -> None:
        name, display = clean_name(raw)
        nick_match = _NICK_RE.search(raw)
        name = _trim(name)
        if not _valid(name):
            return
        candidate = self.found.get(name)
        if candidate is None:
            candidate = self.found[name] = Candidate(name=name, display=display)
        if _TITLES_RE.match(display) and not _TITLES_RE.match(candidate.display):
            candidate.display = display
        if nick_match:
            candidate.nick = nick_match.group(0).strip(" „\"“”»«‚'‘’")
        candidate.score += score
        candidate.kinds.add(kind)
        candidate.first_at = min(candidate.first_at, order)


#: Slots are searched in the title, the first and the last characters of the text and the
#: sentence of the sought office: candidates introduce themselves early and sign at the end.
SLOT_HEAD, SLOT_TAIL = 2500, 800


@lru_cache(maxsize=8)
def _branches(slots: tuple[_Slot, ...]) -> tuple[tuple[_Slot, re.Pattern[str]], ...]:
    """Each slot's anchor split into branches that start with a literal (see :mod:`hints`)."""
    return tuple(
        (slot, re.compile(branch, slot.anchor.flags))
        for slot in slots
        for branch in literal_branches(slot.anchor.pattern)
    )


def _slot_parts(doc: Doc, focus: Sentence | None) -> list[tuple[int, int]]:
    """Spans of the text searched for slots: whole sentences up to :data:`SLOT_HEAD`, from
    the last :data:`SLOT_TAIL` characters, and the focus sentence."""
    text = doc.text
    tail_from = len(text) - SLOT_TAIL
    head_end = SLOT_HEAD
    at_head_end = doc.sentence_at(SLOT_HEAD)
    if at_head_end is not None:
        head_end = at_head_end.start + len(at_head_end.text)
    if tail_from <= head_end:
        return [(0, len(text))]
    at_tail = doc.sentence_at(tail_from)
    tail_start = min(at_tail.start, tail_from) if at_tail is not None else tail_from
    parts = [(0, head_end), (tail_start, len(text))]
    if focus is not None and head_end < focus.start < tail_from:
        parts.append((focus.start, focus.start + len(focus.text)))
    return parts


def _slot_hits(
    doc: Doc,
    collector: _Collector,
    focus: Sentence | None = None,
    slots: Sequence[_Slot] = (),
) -> None:
    """Names in the slots, searched in the title and in :func:`_slot_parts`. Each anchor
    branch scans each part once (not once per sentence); a hit is read in its own sentence."""
    branches = _branches(tuple(slots or _SLOTS))
    if doc.title:
        title = doc.sentences[0]
        title_seen: set[tuple[int, int]] = set()
        for slot, branch in branches:
            for anchor in branch.finditer(title.text):
                if (id(slot), anchor.start()) not in title_seen:
                    title_seen.add((id(slot), anchor.start()))
                    _slot_hit(title, anchor, 0, slot, collector)
    text = doc.text
    seen: set[tuple[int, int]] = set()  # (slot, anchor start): one hit per place and slot
    parts = _slot_parts(doc, focus)
    for slot, branch in branches:
        for start, end in parts:
            for anchor in branch.finditer(text, start, end):
                if (id(slot), anchor.start()) in seen:
                    continue
                seen.add((id(slot), anchor.start()))
                sentence = doc.sentence_at(anchor.end() if slot.after else anchor.start())
                if sentence is None or sentence.zone == FOOTER:
                    continue
                offset = sentence.start
                if anchor.start() < offset and text[anchor.start() : offset].strip():
                    continue  # the anchor began in the sentence before
                _slot_hit(sentence, anchor, offset, slot, collector)


def _name_end(text: str, pos: int, gap: str) -> int | None:
    """Where a name before an anchor at ``pos`` must end, or ``None`` if the gap is wrong."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if gap == "any":
        return end
    if end == pos:
        return None
    if gap == "party" and end > 0 and text[end - 1] == ")":
        opening = text.rfind("(", max(0, end - 32), end - 1)
        inner = text[opening + 1 : end - 1] if opening >= 0 else ""
        if opening > 0 and inner and not any(c in inner for c in "()\n"):
            before = opening
            while before > 0 and text[before - 1].isspace():
                before -= 1
            if before < opening:
                return before
    return end


def _slot_hit(
    sentence: Sentence, anchor: re.Match[str], offset: int, slot: _Slot, collector: _Collector
) -> None:
    """Read the name next to one anchor (``offset``: where the anchor's text starts)."""
    text = sentence.text
    if slot.kind == "age":
        groups = anchor.groupdict()
        age = int(groups.get("age") or groups.get("age2") or 0)
        if not 16 <= age <= 99:
            return
    anchor_start = max(0, anchor.start() - offset)
    anchor_end = anchor.end() - offset
    if anchor_end > len(text):
        return
    if slot.after:
        match = _NAME_AT.match(text, anchor_end)
    else:
        name_end = _name_end(text, anchor_start, slot.gap)
        if name_end is None:
            return
        match = _NAME_BEFORE.search(text, max(0, name_end - 80), name_end)
    if match is None:
        return
    if slot.exclude and _EXCLUDE_BEFORE.search(text, max(0, match.start() - 60), _own_start(match)):
        return
    if not slot.after and _CO_AFTER.match(text, anchor_start):
        return  # "Anna Muster kandidiert ebenfalls": a co-candidate or rival
    if slot.kind == "third" and _NOT_RUNNING.match(text, anchor_end):
        return  # "Uwe Muster tritt nach acht Jahren nicht wieder an": the predecessor
    bonus = 1.0 if sentence.zone in (TITLE, HEAD) else 0.0
    raw = match.group("titles") + match.group("name")
    collector.add(raw, slot.kind, slot.score + bonus, sentence.index)


# A candidacy denied right after a third-person anchor: "tritt … nicht wieder an",
# "kandidiert nicht mehr".
_NOT_RUNNING = re.compile(
    r"[^.!?;]{0,50}?\b(?:nicht|nie|keinesfalls)\s+(?:\w+\s+){0,2}?(?:an|mehr)\b"
)


def _own_start(match: re.Match[str]) -> int:
    """Where the person's name starts in a slot's match: "Amtsinhaber Gerhard Muster" read
    before an anchor is the incumbent's title and his name."""
    inner = names.find_names(match.group("name"))
    if inner and inner[-1].end == len(match.group("name")) and inner[-1].start > 0:
        return match.start("name") + inner[-1].start
    return match.start()


# A byline's marks: "von", a date or a time among the parts.
_BYLINE_PARTS = re.compile(r"^\W*[Vv]on\s|\d")


def _heading_and_signature(doc: Doc, collector: _Collector) -> None:
    # (a mail's quoted lines, "> Gesa Muster", are the signature of the message answered)
    lines = [(text, zone) for _, text, zone in doc.lines if zone != FOOTER and text[:1] != ">"]
    heads = [doc.title] if doc.title else []
    heads += [text for text, _ in lines[:3]]
    for order, line in enumerate(heads):
        match = _HEADING.match(_capitalised(line))
        if match is None and PART_BREAK.search(line) and not _BYLINE_PARTS.search(line):
            # a header line of parts that opens with the writer: "Kim Muster · Basisgruppe
            # Magdeburg · Pronomen: they/them" (not a reporter's "Von Jonas Muster · 22.08.2025")
            match = _HEADING.match(_capitalised(PART_BREAK.split(line, 1)[0]))
        if match and _DATELINE_AFTER.match(line, match.end("name")):
            continue  # "Zitadelle Spandau, 16. Januar 2026": a dateline's place, no name
        if match:
            collector.add(match.group("titles") + match.group("name"), "heading", 3.0, order)
    kept = _without_furniture(lines)
    _signature(_joined_signature(kept[-4:]), collector)
    _signed_above_enclosure(kept[:-4], collector)
    for text, _zone in lines[:6]:
        sender = _SENDER_LINE.match(text.strip())
        if sender is not None:  # "Anna Muster anna.muster at web.de", "Anna Muster @amuster"
            collector.add(sender.group("titles") + sender.group("name"), "signature", 4.0, 0)
            break
    collector.first_names.extend(_introduced_first_names(doc.text))


# The sender of a message in a mailing-list archive or a mail's header: the name, then the
# address ("Anna Muster anna.muster at posteo.de", "Anna Muster <anna@example.org>").
_SENDER_LINE = re.compile(
    rf"^(?:(?:Von|From)\s*:\s*)?{NAME}\s+(?:<?[\w.+-]+(?:@|\s+at\s+)[\w-]+(?:\.[\w-]+)+>?|"
    # a social post's author: a handle ("@pmuster.bsky.social", "@anna@social.example") or a
    # network's degree of contact ("• 1.", "· 2.")
    r"@[\w.-]+(?:@[\w.-]+)?|[•·]\s*[123]\.(?:\s*\+)?)$"
)
#: How much a signature above an enclosure counts against one under the whole text.
ENCLOSED_SIGNATURE_SHARE = 0.75


def _signed_above_enclosure(lines: list[tuple[str, str]], collector: _Collector) -> None:
    """The name under a letter's closing greetings that stand before its last lines: a
    cover letter with the CV or the form after it ("Mit freundlichen Grüßen" / "Anna Muster"
    / "Lebenslauf" / …). Only a closing with greetings or a sign-off with a full name ("Ihre
    Tanja Muster") counts there, so a "Danke" or a lone "Ihr" inside the text never names
    anyone."""
    for position in range(len(lines) - 1):
        line = lines[position][0].strip()
        if CLOSING_GREETINGS.match(line):
            _signature(lines[position : position + 2], collector, ENCLOSED_SIGNATURE_SHARE)
        elif _signs_off(line):
            # "Ihre Tanja Muster" / "Spitzenkandidatin für den Kreistag" under a programme's
            # preface, the programme after it
            _signature(lines[position : position + 1], collector, ENCLOSED_SIGNATURE_SHARE)


def _signs_off(line: str) -> bool:
    """Whether ``line`` is a sign-off with a full name and nothing else ("Ihre Tanja Muster",
    "Euer Dr. Jan Beispiel"), which signs the part above it wherever it stands."""
    possessive = _POSSESSIVE.match(line)
    return possessive is not None and _NAME_ONLY.match(line[possessive.end() :]) is not None


def _signature(tail: list[tuple[str, str]], collector: _Collector, share: float = 1.0) -> None:
    """The names (or a first name alone) that sign the text in its last lines; ``share``
    scales their weight (a signature above an enclosure counts less)."""
    for position, (text, _zone) in enumerate(tail):
        stripped = _PRONOUNS.sub("", _SIGNED.sub("", text)).strip(" .,!")
        if stripped.startswith("(") and stripped.endswith(")"):
            stripped = stripped[1:-1].strip()  # "eure Sophie" / "(Sophie Muster, MdL)"
        signed_off = _POSSESSIVE.match(stripped)
        if signed_off:
            stripped = stripped[signed_off.end() :]
            # "Eure Anna (Anna-Lena Muster, sie/ihr)": the full name in brackets
            bracketed = _BRACKETED_NAME.search(stripped)
            if bracketed:
                stripped = bracketed.group(1)
        match = (
            _NAME_ONLY.match(stripped) or _NAME_AND_ROLE.match(stripped) or _name_and_home(stripped)
        )
        previous = tail[position - 1][0] if position else ""
        if _CONTACT_LABEL_LINE.match(previous):
            continue  # a sidebar's "Ansprechpartner" / "Landesgeschäftsführer Jens Muster"
        if match:
            greeted = bool(signed_off) or bool(_GREETING_LINE.match(previous))
            score = 4.0 if position >= len(tail) - 2 or greeted else 2.0
            if _role_first(match.group("name")) and not greeted:
                score = 1.0  # "Landesgeschäftsführer Jens Muster": a contact, not who signs
            name = match.group("titles") + match.group("name")
            collector.add(name, "signature", score * share, 10**6)
        elif re.fullmatch(_TOKEN, stripped) and stripped not in _NOT_NAME:
            if position == len(tail) - 1 or _GREETING_LINE.match(previous):
                collector.first_names.append((stripped, 3.0 * share))


# A signature with the writer's home after a comma: "Carsten Muster, Hagenow".
_NAME_AND_REST = re.compile(rf"^{NAME},[ \t]*(?P<home>[A-ZÄÖÜ][^,\n]{{1,40}})$")


def _name_and_home(line: str) -> re.Match[str] | None:
    """A name followed by a place the gazetteers know ("Anna Muster, Bernau bei Berlin")."""
    match = _NAME_AND_REST.match(line)
    if match is None:
        return None
    home = match.group("home").strip(" .")
    known = gazetteer.places(home) or gazetteer.gemeinden(home) or gazetteer.land_code(home)
    return match if known else None


def _role_first(name: str) -> bool:
    """Whether a signature-shaped line starts with a role before the name ("Pressesprecher
    Jens Muster"): its first word no first name, its second one."""
    words = name.split()
    return len(words) >= 3 and not names.is_first_name(words[0]) and names.is_first_name(words[1])


# A label over a contact in a page's sidebar or under a press release: the name under it is
# whom to ask, not who signs.
_CONTACT_LABEL_LINE = re.compile(
    r"^(?:Ihr[e]?\s+)?(?:Ansprechpartner\w*|Ansprechperson\w*|Kontakt|Pressekontakt|Rückfragen|"
    r"Presse|V\.?\s?i\.?\s?S\.?\s?d\.?\s?P\.?)(?:\s+\w+)?\s*:?\s*$"
)


# A date after a heading's "name": the line is a dateline ("Bad Segeberg, 3. März 2026").
_DATELINE_AFTER = re.compile(r"\s*,\s*(?:den\s+|am\s+)?\d{1,2}\.")


def _introduced_first_names(text: str) -> list[tuple[str, float]]:
    """First names the writer introduces alone: "Ich bin die Vroni", "Ich bin Mats, 23"."""
    found: list[tuple[str, float]] = []
    if "ch bin d" in text:
        found.extend((match.group(1), 2.0) for match in _I_AM_THE.finditer(text))
    for opening in _I_AM_OPENINGS:
        at = text.find(opening)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                match = _I_AM_FIRST.match(text, at + len(opening))
                if match is not None and names.is_first_name(match.group(1)):
                    found.append((match.group(1), 2.0))
            at = text.find(opening, at + 1)
    return found


# Pronouns after a signed name: "Kim Muster (sie/ihr)", "Alex Probe (they/them)".
_PRONOUNS = re.compile(
    r"\s*\((?:sie|er|they|dey|xier|es|keine)\b[^()\n]{0,24}\)\s*$", re.IGNORECASE
)
# After a sign-off's first name, the full name in brackets: "(Anna-Lena Muster, sie/ihr)".
_BRACKETED_NAME = re.compile(r"\(([^(),]{3,60})(?:,[^()]*)?\)\s*$")
# The furniture under a social-media post: hashtags, counters, "vor 3 Tagen", "Antworten".
_FURNITURE = re.compile(
    r"^(?:(?:#\w+\s*)+|[♡❤💬🔁↻\d\s.,kK]+|vor\s+\d+\s+\w+|Antworten|Teilen|Gefällt\s+mir.*)$"
)


def _without_furniture(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The lines without the post's furniture at the end (the signature stands above it),
    nor a postscript under the signature ("PS: Fragen beantworte ich gerne …")."""
    end = len(lines)
    while end > 0 and _FURNITURE.match(lines[end - 1][0].strip()):
        end -= 1
    for back in range(end - 1, max(end - _POSTSCRIPT_LINES, 0) - 1, -1):
        if _POSTSCRIPT.match(lines[back][0]):
            return lines[:back]
    return lines[:end]


# A postscript under the signature ("PS: …", "P.S.: …"), at most a few lines long.
_POSTSCRIPT = re.compile(r"^[ \t]*P\.?\s?S\.?\s*[:.]?\s")
_POSTSCRIPT_LINES = 4


#: Longest line of a name broken over two lines ("Dipl.-Ing. Steffen" / "Muster").
_BROKEN_NAME_CHARS = 40


def _joined_signature(tail: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The closing lines, with a name broken over its last two lines joined again."""
    if len(tail) < 2:
        return tail
    (first, zone), (second, _) = tail[-2], tail[-1]
    if (
        len(first) <= _BROKEN_NAME_CHARS
        and not _GREETING_LINE.match(first.strip())  # "Solidarisch" / "Mehmet": no name
        and re.fullmatch(_TOKEN, second.strip(" .,"))
        and not _NAME_ONLY.match(_SIGNED.sub("", first).strip(" .,"))
    ):
        joined = f"{first.strip()} {second.strip(' .,')}"
        if _NAME_ONLY.match(_TITLES_RE.sub("", joined).strip()):
            return [*tail[:-2], (joined, zone)]
    return tail


def _capitalised(line: str) -> str:
    """A heading in capitals as names are written ("TANJA MUSTER-DEMIR" -> "Tanja Muster-Demir");
    only short lines of two to four words, as a flyer or poster sets a name."""
    words = line.split()
    if not line.isupper() or not 2 <= len(words) <= 4:
        return line
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in words)


def find_persons(
    doc: Doc, *, known: str | None = None, focus: Sentence | None = None
) -> tuple[tuple[str, ...], str, float] | None:
    """(names, evidence, confidence): one name, or several for a list announcement."""
    return _ranked(doc, _collect(doc, known, focus))


def _collect(doc: Doc, known: str | None, focus: Sentence | None) -> _Collector:
    """The names in the slots (computed once per document, known name and focus)."""
    key = ("person-slots", known, focus.start if focus is not None else None)
    cached = doc.memo.get(key)
    if isinstance(cached, _Collector):
        return cached
    collector = _Collector()
    if known:
        collector.add(known, "known", 20.0, -1)
    _slot_hits(doc, collector, focus)
    _heading_and_signature(doc, collector)
    _post_header(doc, collector)
    _byline_line(doc, collector)
    doc.memo[key] = collector
    return collector


# A post's byline line under its headline: "von Tarek Muster · 5. Oktober 2024 · 4 Min.".
_BYLINE_LINE = re.compile(
    rf"^(?:[Vv]on|[Aa]utor(?:in)?:)[ \t]+(?P<line>{NAME})[ \t]*(?:[·|•,–—]|$)"
)


def _byline_line(doc: Doc, collector: _Collector) -> None:
    """The byline under a post's headline, in lower case too ("von Tarek Muster ·"), which the
    web page's markup gives as the line above its date."""
    for _, text, zone in doc.lines[:6]:
        if zone == FOOTER:
            continue
        match = _BYLINE_LINE.match(text)
        if match is not None:
            collector.add(match.group("line"), "byline", 3.0, 0)
            return


#: Least score for a speaker: a field or heading line, or a signature with a greeting.
SPEAKER_MIN_SCORE = 3.0


def find_speaker(doc: Doc) -> tuple[tuple[str, ...], str, float] | None:
    """(name, evidence, confidence) of a speech's speaker: "Rednerin: X", "Rede von X", a
    heading or signature line that is a name, "Mein Name ist X". Names in the speech itself
    (people thanked, quoted or attacked) are not taken."""
    collector = _Collector()
    _slot_hits(doc, collector, None, _SPEAKER_SLOTS)
    _heading_and_signature(doc, collector)
    found = _ranked(doc, collector, lists=False)
    if found is None or found[2] < SPEAKER_MIN_SCORE:
        return None
    return found


_AUTHOR_KINDS = frozenset(("signature", "self", "field", "byline", "minutes-writer"))
# Where a text that states no candidacy names its writer: a speaker's slots, a byline under
# the headline ("Von Doreen Muster · 11. August 2025"), the member who asks a parliament
# ("Schriftliche Kleine Anfrage der Abgeordneten Merve Muster (DIE LINKE)").
_AUTHOR_SLOTS: list[_Slot] = [
    *_SPEAKER_SLOTS,
    _Slot(
        "byline",
        # (and a report's credit line, "Text: Doreen Muster · Fotos: …", with its colon)
        re.compile(
            r"(?m)^[ \t]*(?:Von|From|Autor(?:in)?|Verfasst\s+von|"
            r"Text(?:\s*(?:und|&|/)\s*(?:Fotos?|Bild(?:er)?))?(?=[ \t]*:))[ \t]*:?[ \t]+"
        ),
        4,
        True,
        exclude=False,
    ),
    _Slot(
        "field",
        # (the anchor starts at "der": "Kleine Anfrage" often stands on the line above)
        re.compile(r"(?m)^[ \t]*(?:der|des)\s+Abgeordneten\s+"),
        5,
        True,
        exclude=False,
    ),
]


def find_author(doc: Doc) -> tuple[str, str, float] | None:
    """(name, evidence, weight) of the signing author of a text that states no candidacy: a
    signature, a byline, a form field or a self-introduction, with a known first name. A
    heading that is a name is not enough here (a press release quotes people in headings)."""
    collector = _Collector()
    _slot_hits(doc, collector, None, _AUTHOR_SLOTS)
    _heading_and_signature(doc, collector)
    _post_header(doc, collector)
    if not collector.found:
        return None
    _confirm(doc, collector)
    signed = [
        c
        for c in collector.found.values()
        if c.kinds & _AUTHOR_KINDS and names.is_first_name(c.name.split()[0])
    ]
    if not signed:
        return None
    best = max(signed, key=lambda c: (c.score, -c.first_at))
    return best.name, best.display, _weight(best.score)


# The line under a post's header name: its date, perhaps with a place ("23. September 2024 ·
# Cottbus", "vor 3 Tagen", "12.03.2025, 18:04").
_POSTED_LINE = re.compile(
    r"^(?:\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[A-ZÄÖÜ][a-zä]+\.?\s+\d{4})|vor\s+\d+\s+\w+|"
    r"(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*\.?,?\s+\d{1,2}\.)"
)


def _post_header(doc: Doc, collector: _Collector) -> None:
    """A social-media post or a blog entry opens with its author's name on a line of its own
    and the date of posting under it ("Doreen Muster" / "23. September 2024 · Cottbus"): a
    byline, though no word says so."""
    lines = [text for _, text, zone in doc.lines[:3] if zone != FOOTER]
    if len(lines) >= 2 and _NAME_ONLY.match(lines[0]) and _POSTED_LINE.match(lines[1]):
        collector.add(lines[0], "byline", 4.0, 0)


def _ranked(
    doc: Doc, collector: _Collector, *, lists: bool = True
) -> tuple[tuple[str, ...], str, float] | None:
    if not collector.found:
        return None
    _confirm(doc, collector)
    ranked = sorted(collector.found.values(), key=lambda c: (-c.score, c.first_at))
    first_person = any(k in c.kinds for c in ranked for k in ("self", "field", "known"))
    listed = [c for c in ranked if c.kinds & {"list", "age", "third"} and c.score >= 4]
    if lists and not first_person and len(listed) >= 2 and any("list" in c.kinds for c in listed):
        listed.sort(key=lambda c: c.first_at)
        names = tuple(c.name for c in listed)
        return names, "; ".join(c.display for c in listed), min(c.score for c in listed)
    best = ranked[0]
    return (best.name,), best.display, best.score


def _confirm(doc: Doc, collector: _Collector) -> None:
    """A first name signing the text, or a surname repeated, confirms a candidate (once)."""
    if collector.confirmed:
        return
    collector.confirmed = True
    for candidate in collector.found.values():
        tokens = candidate.name.split()
        for first, score in collector.first_names:
            if first == tokens[0] or first == candidate.nick:
                candidate.score += score
                candidate.kinds.add("first-name")
        surname = re.escape(tokens[-1])
        repeats = len(re.findall(rf"(?<![\w-]){surname}(?![\w-])", doc.text))
        if repeats >= 2:
            candidate.score += 1.0


def sentence_of(doc: Doc, name: str) -> Sentence | None:
    """First sentence that mentions ``name`` (for evidence)."""
    for sentence in doc.sentences:
        if name in sentence.text:
            return sentence
    return None


# Where the candidate of a Q&A or a nomination stands: after these cues in title and lead.
_ANSWERER = re.compile(
    r"(?:Antwort(?:en)?\s+von|Fragen?\s+an|Interview\s+mit|[Gg]espräch\s+mit|Nachgefragt\s+bei|"
    # a question portal's heading: "Frage von Petra Muster an Uwe Beispiel (FDP)"
    r"Frage\s+von\s+(?:\S+\s+){1,3}?an|"
    r"unsere[rnm]?\s+(?:\w+\s+)?(?:Direkt|Bürgermeister|Landrats|Spitzen|OB-)?[Kk]andidat(?:in|en)?|"
    r"[Kk]andidat(?:in|en)?\s+für)\s+(?:(?:de[nmr]|die|das|unsere[nmr]?)\s+)?"
)
_QUESTIONER = re.compile(
    r"(?:Fragen?\s+(?:von|stellte|stellten)|[Gg]efragt\s+von|Interview\s+führte|[Mm]oderation)"
    r"\W{0,3}(?:(?!an\b)\w+\W+){0,3}$"  # (not past "an": "Frage von X an Y" asks Y)
)


def _weight(score: float) -> float:
    """A slot score as a weight 0..1: a self-introduction (6) 0.88, a signature after a
    greeting (4) 0.76, a heading line that is a name (3) 0.66, a bare signature (2) 0.51."""
    return 1.0 - math.pow(0.7, max(score, 0.0))


def candidates(
    doc: Doc, context: Context, focus: Sentence | None = None
) -> list[EvidenceCandidate]:
    """Weighted candidates for the candidate's name, from the slots, the title and the lead.

    A name whose first word is not a known first name (:mod:`names`) keeps little weight: a
    capitalised noun pair ("Drei Dinge") is not a person. In a Q&A the one answering is the
    candidate and the questioner never is; in a nomination a name in the title or in a cue
    sentence of the lead is the nominee.
    """
    out = _slot_candidates(doc, _collect(doc, context.known.get("person"), focus), context)
    out.extend(_lead_names(doc, context))
    focused = _focus_names(context, focus)
    out.extend(focused + _repeated(doc, focused))
    out.extend(_field_names(doc))
    out.extend(_turn_names(doc, context))
    hosts = turns.interviewers(doc) if ":" in doc.text else frozenset()
    if hosts and any(c.value not in hosts for c in out):
        # a podcast's host introduces herself ("Ich bin Jule Muster") and asks: she is no
        # candidate where someone else answers
        out = [c for c in out if c.value not in hosts]
    if not out:
        out.extend(_spoken_names(doc))
    if context.genre == "candidacy":  # a first-person bid: names in third-person slots are
        out = [_halved(c, _THIRD_ONLY) for c in out]  # co-candidates, predecessors, thanked
    if context.genre in _REPORTED_GENRES:  # the byline of an interview or a report on a
        out = [_halved(c, _BYLINE_ONLY) for c in out]  # nomination names the journalist
    if context.genre == "nomination":  # and a report's signature its press contact or chair
        out = [_halved(c, _SIGNATURE_ONLY) for c in out]
    return out


def _slot_candidates(doc: Doc, collector: _Collector, context: Context) -> list[EvidenceCandidate]:
    """Candidates from the names the slots found, weighted by their slot scores."""
    out: list[EvidenceCandidate] = []
    if not collector.found:
        return out
    _confirm(doc, collector)
    for found in collector.found.values():
        if "known" in found.kinds:
            out.append(_evidence(found.name, 0.95, "given", found.display, "known"))
            continue
        if "minutes-writer" in found.kinds and context.candidacy:
            continue  # "Schriftführerin: Carina Muster" under a nomination's minutes
        name, weight = found.name, _weight(found.score)
        if not names.is_first_name(name.split()[0]) and not _introduced(doc, found):
            # "Dillingen Matthias Kerber": the slot took a place before the name.
            inner = names.find_names(name)
            if len(inner) == 1 and inner[0].end == len(name):
                name = inner[0].name
            elif gazetteer.resolve(name) or gazetteer.gemeinden(name):
                continue  # a dateline's "Bad Segeberg, 3. März 2026" names a town
            elif any(word in names.NOT_SURNAME for word in name.split()):
                continue  # "mit 71 Prozent der Stimmen zur Vorsitzenden": no name
            else:
                weight *= 0.4
        zone = "signature" if "signature" in found.kinds else "body"
        out.append(_evidence(name, weight, zone, found.display, ",".join(found.kinds)))
    return out


#: Weight of the page's author in a first-person bid (alone, more likely right than wrong:
#: a candidate's own post), and where the text signs with the author's first name
#: ("Veronika" under a post by "Veronika Muster").
BYLINE_WEIGHT, SIGNED_BYLINE_WEIGHT = 0.55, 0.75


# A credit line that names the reporter of a text about someone else: "Die Fragen stellte Jonas
# Muster.", "Das Gespräch führte …", "Interview: …", "Text: … · Fotos: …".
_CREDIT_LINE = re.compile(
    rf"(?:{CREDIT_LINE}|(?:^|\n)[ \t]*(?:Interview|Text|Moderation):)[ \t]+{NAME}"
)


def credited_surnames(doc: Doc) -> frozenset[str]:
    """Surnames (case-folded) of the people a credit line names as the reporter or
    interviewer: a byline of the same person is theirs, not the candidate's."""
    if not any(cue in doc.text for cue in ("Fragen stellte", "führte", "Interview:", "Text:")):
        return frozenset()
    found = set()
    for match in _CREDIT_LINE.finditer(doc.text):
        words = clean_name(match.group("name"))[0].split()
        if len(words) >= 2:
            found.add(words[-1].casefold())
    return frozenset(found)


def signed_first_name(doc: Doc) -> str | None:
    """The first name a text signs with under a closing or introduces itself by ("Niels",
    "Ich bin Ole"), where no full name is found: the only name some blog posts give."""
    collector = _collect(doc, None, None)
    for first, _score in collector.first_names:
        if names.is_first_name(first):
            return _mailed_name(doc.text, first) or first
    return None


# An e-mail address made of a first name and a surname ("niels.muster@example.org").
_MAIL_NAME = re.compile(r"\b([a-zäöüß]+)[._-]([a-zäöüß]+(?:-[a-zäöüß]+)?)@[\w-]+(?:\.[\w-]+)+")


def _mailed_name(text: str, first: str) -> str | None:
    """The full name an e-mail address in the text gives the signed first name ("Niels" and
    "niels.muster@…" make "Niels Muster")."""
    if "@" not in text:
        return None
    for match in _MAIL_NAME.finditer(text):
        if match.group(1) == first.casefold():
            surname = "-".join(part.capitalize() for part in match.group(2).split("-"))
            return f"{first} {surname}"
    return None


def byline_candidates(doc: Doc, context: Context, byline: str) -> list[EvidenceCandidate]:
    """The page's author (front matter ``author``, a ``<meta name=author>``) as evidence in a
    first-person bid; other genres are written about the candidate by someone else."""
    if context.genre != "candidacy":
        return []
    name = byline_name(byline)
    if name is None:
        return []
    signed = {first for first, _score in _collect(doc, None, None).first_names}
    weight = SIGNED_BYLINE_WEIGHT if name.first in signed else BYLINE_WEIGHT
    return [_evidence(name.name, weight, "front_matter", f"Autor: {byline.strip()}", "byline")]


def byline_name(byline: str) -> names.Name | None:
    """The person a byline names, if the whole byline is a name ("Dr. Anna Muster"; not
    "Kreisverband Musterau" or "Team Jana"); academic titles are no part of it."""
    written = clean_name(" ".join(byline.split()))[0]
    name = names.name_at(written) if written else None
    if name is None or name.start != 0 or name.end != len(written):
        return None
    return name


#: Slot kinds by which a first-person text names its own writer.
_OWN_KINDS = frozenset(("self", "signature", "field", "byline", "known", "first-name"))
#: Weight of own evidence that makes third-person mentions in a first-person bid irrelevant.
OWN_SURE = 0.7


def first_person_only(candidates: list[EvidenceCandidate]) -> list[EvidenceCandidate]:
    """A first-person bid whose writer signs or introduces themself surely: names found only
    in third-person slots (the list leader, a co-candidate) are left out, rather than pooled
    into a rival from several weak mentions."""
    if not any(c.weight >= OWN_SURE and _kinds(c) & _OWN_KINDS for c in candidates):
        return candidates
    return [c for c in candidates if not _kinds(c) or not _kinds(c) <= _THIRD_ONLY]


def _kinds(candidate: EvidenceCandidate) -> set[str]:
    """The slot kinds a candidate was found by (its rule lists them, comma-separated)."""
    return set(candidate.rule.split(",")) - {""}


def _introduced(doc: Doc, found: Candidate) -> bool:
    """Whether the text introduces the name as the writer's own ("Ich heiße Olena Muster",
    "Mein Name ist …"): then it is a name although the first-name table lacks it."""
    if "self" not in found.kinds:
        return False
    own = re.compile(rf"(?:[Mm]ein\s+Name\s+ist|[Ii]ch\s+heiße)\s+{re.escape(found.display)}\b")
    return own.search(doc.text) is not None


#: Genres written about the candidate by someone else: the byline names the writer.
_REPORTED_GENRES = frozenset(("qa", "nomination"))
_BYLINE_ONLY = frozenset(("byline",))
_SIGNATURE_ONLY = frozenset(("signature",))
#: Weight of a speaker whose own turn states the bid, and of an interview's answerer.
TURN_BID_WEIGHT, TURN_ANSWER_WEIGHT = 0.85, 0.75


def _turn_names(doc: Doc, context: Context) -> list[EvidenceCandidate]:
    """The speaker whose turn states the bid, or who answers the interview (see :mod:`turns`)."""
    if not context.candidacy or ":" not in doc.text:
        return []
    found = turns.bidder(doc, genre.states_bid)
    if found is not None:
        return [_evidence(found[0], TURN_BID_WEIGHT, "body", found[1], "turn-bid")]
    if context.genre == "qa" or turns.interviewers(doc):
        # (a transcript of an interview or a podcast: the guest who answers)
        answered = turns.answerer(doc)
        if answered is not None:
            name, said = answered
            return [_evidence(name, TURN_ANSWER_WEIGHT, "body", said, "turn-answer")]
    return []


_THIRD_ONLY = frozenset(("third", "lead-cue", "list"))


def _halved(candidate: EvidenceCandidate, only: frozenset[str]) -> EvidenceCandidate:
    """Half the weight of a candidate found only by the slot kinds ``only``."""
    kinds = _kinds(candidate) - {"first-name"}
    if not kinds or not kinds <= only:
        return candidate
    return EvidenceCandidate(
        candidate.field,
        candidate.value,
        round(candidate.weight / 2, 3),
        candidate.zone,
        candidate.evidence,
        candidate.rule,
    )


# A self-introduction in a transcript without capitals ("mein name ist anna muster und …").
_SPOKEN_SELF = re.compile(
    r"\b(?:mein\s+name\s+ist|ich\s+heiße|ich\s+bin(?:\s+(?:die|der))?)\s+"
    r"([a-zäöüß]+(?:-[a-zäöüß]+)?)\s+([a-zäöüß]+(?:-[a-zäöüß]+)?)",
    re.IGNORECASE,
)
_SPOKEN_NOT_SURNAME = frozenset(
    "und ich bin komme aus wohne seit lebe arbeite habe heute hier jahre alt als die der das "
    "von vom zum zur in im am an mit für auch schon noch gerne sehr".split()
)


def _spoken_names(doc: Doc) -> list[EvidenceCandidate]:
    """Names in transcripts that lost their capitals: a known first name and a surname word
    right after "mein name ist" / "ich heiße", capitalised again."""
    out: list[EvidenceCandidate] = []
    for match in _SPOKEN_SELF.finditer(doc.text[:SLOT_HEAD]):
        first, last = (word[:1].upper() + word[1:] for word in match.groups())
        if match[2].lower() in _SPOKEN_NOT_SURNAME or not names.is_first_name(first):
            continue
        surname = "-".join(part[:1].upper() + part[1:] for part in last.split("-"))
        out.append(_evidence(f"{first} {surname}", 0.6, "body", match.group(0), "spoken-self"))
    return out


def _evidence(name: str, weight: float, zone: str, evidence: str, rule: str) -> EvidenceCandidate:
    return EvidenceCandidate("person", name, round(min(weight, 0.99), 3), zone, evidence, rule)


def _lead_names(doc: Doc, context: Context) -> list[EvidenceCandidate]:
    """Names in the title and the first lines: after an answerer cue ("Interview mit unserer
    Direktkandidatin X"), or any known name in a nomination's title."""
    out: list[EvidenceCandidate] = []
    heads = [(doc.title, TITLE)] if doc.title else []
    heads += [(line, zone) for _, line, zone in doc.lines[:6] if zone != FOOTER]
    for text, zone in heads:
        unquoted = without_quotations(text)
        for found in names.find_names(unquoted):
            before = text[max(0, found.start - 60) : found.start]
            if _QUESTIONER.search(before) or _EXCLUDE_BEFORE.search(before):
                continue
            if _CO_AFTER.match(text, found.end + 1):
                continue  # "X kandidiert ebenfalls": a co-candidate
            if _ASKS_AFTER.match(text, found.end):
                continue  # "X hat mir Fragen gestellt": the questioner
            if _ANSWERER.search(before[-45:]):
                out.append(_evidence(found.name, 0.7, zone, text, "answerer"))
            elif zone == TITLE and context.candidacy:
                out.append(_evidence(found.name, 0.55, zone, text, "title-name"))
            elif context.candidacy and _cued(_sentence_around(unquoted, found.start)):
                # the cue in the name's own sentence: a lead paragraph also names the deputies,
                # and a report names the one elected to the sought office first
                cued = sum(1 for c in out if c.rule == "lead-cue" and c.value != found.name)
                weight = LEAD_CUE_WEIGHT if cued == 0 else LEAD_CUE_WEIGHT * 0.6
                out.append(_evidence(found.name, weight, zone, text, "lead-cue"))
    return out + _addressed(doc, out) + _repeated(doc, out)


#: Weight of the first name in a nomination's cue sentence (later names weigh less: the
#: nominee leads the sentence that reports the election, a co-chair or rival follows).
FOCUS_NAME_WEIGHT = 0.45


def _focus_names(context: Context, focus: Sentence | None) -> list[EvidenceCandidate]:
    """Names in the sentence that reports a nomination or an election ("Mit 41 von 47 Stimmen
    setzte sich Friederike Muster durch"), when no slot word stands beside the name: the
    sentence is about the nominee, unless the name follows a predecessor or rival cue."""
    if context.genre != "nomination" or focus is None:
        return []
    out: list[EvidenceCandidate] = []
    text = without_quotations(focus.text)
    for found in names.find_names(text):
        if not names.is_first_name(found.name.split()[0]):
            continue
        if _EXCLUDE_BEFORE.search(text[max(0, found.start - 60) : found.start]):
            continue
        weight = FOCUS_NAME_WEIGHT if not out else FOCUS_NAME_WEIGHT / 2
        out.append(_evidence(found.name, weight, focus.zone, focus.text, "focus-name"))
    return out


def _cued(sentence: str) -> bool:
    """Whether a lead sentence states a candidacy or reports a nomination."""
    return _LEAD_CUE.search(sentence) is not None or genre.reports_nomination(sentence)


def _sentence_around(text: str, pos: int) -> str:
    """The sentence of a line that holds the position ``pos``."""
    for start, sentence in split_sentences(text):
        if start <= pos < start + len(sentence):
            return sentence
    return text


def _repeated(doc: Doc, found: list[EvidenceCandidate]) -> list[EvidenceCandidate]:
    """A lead name whose surname the text repeats ("Schwab ist Lehrerin …") is talked about:
    the nominee, more likely than someone mentioned once."""
    out: list[EvidenceCandidate] = []
    for name in {str(c.value) for c in found}:
        surname = name.split()[-1]
        if len(re.findall(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", doc.text)) >= 2:
            out.append(_evidence(name, 0.3, "body", name, "repeated"))
    return out


# A form field with the name reversed ("Name: Muster, Anna"), as in application forms.
_FIELD_REVERSED = re.compile(
    r"(?m)^[ \t]*\|?[ \t]*(?:Name|(?:Nach)?[Nn]ame,[ \t]*Vorname|Kandidat(?:in)?|Bewerber(?:in)?)"
    # a colon or a table's cell border ("| Name | Muster, Anna |")
    r"[ \t]*(?::[ \t]*\|?|\|)[ \t]*"
    r"(?P<last>[A-ZÄÖÜ][\w-]+),[ \t]*(?P<first>[A-ZÄÖÜ][\w-]+)[ \t]*\|?[ \t]*$"
)


# A form's name in two fields, either order ("Name: Muster" / "Vorname: Anna").
_FIELDS_SPLIT = re.compile(
    r"(?m)^[ \t]*(?:Nachname|Name|Familienname)[ \t]*:[ \t]*(?P<last>[A-ZÄÖÜ][\w-]+)[ \t]*\n"
    r"[ \t]*Vorname[ \t]*:[ \t]*(?P<first>[A-ZÄÖÜ][\w-]+)[ \t]*$|"
    r"^[ \t]*Vorname[ \t]*:[ \t]*(?P<first2>[A-ZÄÖÜ][\w-]+)[ \t]*\n"
    r"[ \t]*(?:Nachname|Name|Familienname)[ \t]*:[ \t]*(?P<last2>[A-ZÄÖÜ][\w-]+)[ \t]*$"
)


def _field_names(doc: Doc) -> list[EvidenceCandidate]:
    out: list[EvidenceCandidate] = []
    if not any(hint in doc.text for hint in ("ame:", "ame |", "in:", "er:", "in |", "er |")):
        return out
    for match in _FIELD_REVERSED.finditer(doc.text, 0, SLOT_HEAD):
        if names.is_first_name(match["first"]):
            name = f"{match['first']} {match['last']}"
            out.append(_evidence(name, 0.85, "lead", match.group(0).strip(), "field-reversed"))
    if "Vorname:" in doc.text:
        for match in _FIELDS_SPLIT.finditer(doc.text):
            first = match["first"] or match["first2"]
            last = match["last"] or match["last2"]
            if names.is_first_name(first) and not names.is_first_name(last):
                name = f"{first} {last}"
                out.append(_evidence(name, 0.85, "lead", match.group(0).strip(), "field-split"))
    return out


# Quotations: a quoted "Kandidat" is someone speaking about the candidate, not a cue here.


# A lead sentence that states the candidacy ("unterstützt X bei ihrer Bewerbung um …").
_LEAD_CUE = re.compile(
    r"[Bb]ewerbung|[Kk]andidat|kandidier|nominiert|aufgestellt|gewählt|bewirbt|tritt\b|"
    rf"wählte|kürte|bestätigt|{VOTE_COUNT}"
)
#: Weight of the first name in a lead sentence with a candidacy cue (later names: 60 %).
LEAD_CUE_WEIGHT = 0.5
# A question put to the candidate by first name ("Anna, warum willst du …?").
_VOCATIVE = re.compile(r"(?m)^\W{0,4}([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?),\s+\w[^\n]*\?")


def _addressed(doc: Doc, found: list[EvidenceCandidate]) -> list[EvidenceCandidate]:
    """A candidate from the lead whom the questions address by first name: a Q&A's answerer."""
    if not found or "?" not in doc.text:
        return []
    firsts = {str(c.value).split()[0]: str(c.value) for c in found}
    out: list[EvidenceCandidate] = []
    for match in _VOCATIVE.finditer(doc.text, 0, SLOT_HEAD):
        name = firsts.get(match[1])
        if name is not None:
            out.append(_evidence(name, 0.5, "body", match.group(0), "addressed"))
            break
    return out
