"""The document's date: dateline or signature first, else the assembly, else the election.

Candidacy texts are full of years that are not their date: birth years, "seit 2009", past
elections, "© 2025". So a date counts only in a position that dates the document (a dateline
"Chemnitz, 18.11.2024", "Veröffentlicht am ...", a closing "Trier, im Mai 2024") or next to an
assembly or election word. A day without a year ("am 26. April") takes its year from a given
date or from a single event year in the same sentence or title; otherwise it is not used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import lru_cache

from indexer.isodate import compose
from indexer.metadata import names
from indexer.metadata.casing import capital_lines, lower_case_text
from indexer.metadata.cues import CLAUSE_CHAR
from indexer.metadata.document import FOOTER, HEAD, TAIL, TITLE, Doc
from indexer.metadata.evidence import Candidate, Context, decide
from indexer.stamps import PART_BREAK, PART_MARKS, VERSION_STAMP

_MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "maerz": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
# Months also in lower case: transcripts without capitals write "am 23 februar".
_MONTH = (
    r"(?P<month>(?i:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|"
    r"Oktober|November|Dezember)|Jan\.|Feb\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|"
    r"Dez\.)"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# Every date form starts with a digit except "im Mai 2024"; two patterns keep scans fast.
_DATE_NUM = re.compile(
    r"\d(?:"
    r"(?P<iso>\d{3}-\d{2}-\d{2})|"
    r"(?P<nd>\d?)\.\s?(?P<nm>\d{1,2})\.\s?(?P<ny>(?:19|20)\d{2}|\d{2})(?!\d)|"
    rf"(?P<td>\d?)\.?(?:\s*(?:und|bis|/|–|-)\s*\d{{1,2}}\.)?\s*{_MONTH}(?:\s+{_YEAR})?"
    r")"
)
_MONTH_YEAR = re.compile(
    r"(?P<mm>Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\s+(?P<my>(?:19|20)\d{2})(?!\d)"
)
_MONTH_HINTS = ("uar", "ärz", "pril", "Mai", "Jun", "Jul", "ugust", "ber")


@lru_cache(maxsize=16)
def _text_dates(text: str) -> tuple[re.Match[str], ...]:
    """The date matches of a whole examined text, found once for the rules that need them."""
    return tuple(_date_matches(text))


def _year_of(match: re.Match[str]) -> str:
    """The year of a full date match as four digits ("05.03.24" -> "2024"), for comparing."""
    if match.group("iso"):
        return match.group(0)[:4]
    year = match.group("ny") or match.group("year") or ""
    return year if len(year) == 4 else "20" + year


def _date_matches(text: str) -> list[re.Match[str]]:
    """Date matches in ``text`` in order (numeric and written forms, one scan each)."""
    found = [
        m
        for m in _DATE_NUM.finditer(text)
        if m.start() == 0 or not (text[m.start() - 1].isdigit() or text[m.start() - 1] == ".")
    ]
    if any(hint in text for hint in _MONTH_HINTS):
        taken = [(m.start(), m.end()) for m in found]
        for m in _MONTH_YEAR.finditer(text):
            if not any(start <= m.start() < end for start, end in taken):
                found.append(m)
        found.sort(key=lambda m: m.start())
    return found


# What may stand before a document's own date on its line: a label ("Veröffentlicht am",
# an e-mail's "Datum:" or "Gesendet:"), a place ("Chemnitz, den"), a weekday ("Mi., "), or a
# label and a weekday ("Datum: Mi., 18. Nov. 2026").
_DATELINE_PREFIX = re.compile(
    # (also in brackets: "(veröffentlicht am 09.02.2026 auf kv-musterau.de)")
    r"^\(?(?:"
    # a programme's or a resolution's decision: "Beschlossen von der Mitgliederversammlung des
    # Regionalverbands am 2. März 2024", "Verabschiedet auf dem Landesparteitag am …"
    r"(?:[Bb]eschlossen|[Vv]erabschiedet)\s+(?:von|auf|durch|vo[mn]|in|bei)\b[^:\d\n.!?]{0,90}?"
    r"\b(?:am|vom)\s+|"
    # a body's decision as a heading ("Beschluss des Landesvorstands vom 6. Mai 2025") and a
    # statute's current version ("zuletzt geändert durch Beschluss des Parteitags vom …")
    r"Beschluss\s+(?:de[sr]|der)\s[^:\d\n.!?]{0,90}?\b(?:am|vom)\s+|"
    # a speech's session: "Plenarsitzung am 26. Juni 2025", "Sitzung des Landtags vom …"
    r"(?:Plenar|Landtags|Bundestags|Rats|Kreistags)?[Ss]itzung(?:\s+de[sr]\s[^:\d\n.!?]{1,50}?)?"
    r"\s+(?:am|vom)\s+|"
    r"(?:[Zz]uletzt\s+(?:geändert|aktualisiert|geä\w+)|[Ii]n\s+der\s+Fassung)\b"
    r"[^:\d\n.!?]{0,90}?\b(?:am|vom)\s+|"
    # (a portal's profile and answers: "Profil zuletzt aktualisiert am", "Antworten eingereicht
    # am")
    r"(?:(?:Seite|Artikel|Beitrag|Text|Profil|Antworten)\s+)?(?:Veröffentlicht|veröffentlicht|"
    r"Erschienen|eingereicht|"
    r"erschienen|Gepostet|gepostet|zuletzt\s+aktualisiert|zuletzt\s+geändert|"
    # a forum's or a blog's stamp: "Beitrag vom 02.02.2026, 21:47", "Eintrag vom …"
    r"(?:Beitrag|Eintrag|Artikel|Post)\s+vom|"
    r"Publiziert|Datum|Stand|Pressemitteilung|Presseerklärung|"
    r"Erstellt|Aktualisiert|Zuletzt\s+aktualisiert|Zuletzt\s+geändert|Letzte\s+Änderung|"
    r"Ausgabe|Newsletter|Rundbrief|Gesendet|Versendet|Verschickt|Date|Sent|Eingereicht|"
    r"Eingegangen|Beschlossen|Verabschiedet|Protokoll\b[^:\d]{0,60}?\bvom|"
    # a question portal's answer, a forum's post: "Beantwortet am 17.01.2025"
    r"Beantwortet|beantwortet|Geschrieben|geschrieben|Eingestellt|eingestellt|"
    # a video's or a broadcast's: "Hochgeladen: 04.12.2024", "Ausgestrahlt am …", and a
    # recording's transcript: "Abschrift des Interviews vom 14. Mai 2024"
    r"Hochgeladen|Ausgestrahlt|(?:Abschrift|Mitschnitt|Transkript|Aufzeichnung|Sendung)\b"
    r"[^:\d\n.!?]{0,40}?\bvom)"
    r"\b[^:\d]{0,30}:?\s*)?"
    r"(?:[A-ZÄÖÜ][\w./()' -]{1,40},\s*(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*\.?,\s*)?"
    r"(?:den\s+|im\s+|Anfang\s+|Ende\s+|Mitte\s+)?|"
    r"(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*\.?,?\s*|"
    # a parliament's session: "Rede im Landtag Brandenburg, 14. Sitzung, 22. Mai 2025"
    r"(?:[A-ZÄÖÜ][^,\n]{1,60},\s*)?\d{1,3}\.\s+(?:Plenar)?[Ss]itzung\w*,?\s*(?:am\s+|vom\s+)?)?$"
)
# A line that breaks off mid-sentence: the next line goes on with it ("… gilt für die
# Versammlung am" / "27. September 2025 in der Stadthalle").
_CONTINUED = re.compile(
    r"(?:\b(?:am|vom|ab|bis|zum|seit|den|dem|im|ist|wird|findet|wurde|werden|zwischen)|,)$"
)
# Two days of one event ("8.–9. November", "8. und 9. November").
_RANGE = re.compile(r"^\d{1,2}\.?\s*(?:und|bis|/|–|-)\s*\d")
# A header or footer line of parts ("Newsletter des KV · Ausgabe 11/2026 · 27. November 2026",
# "Verein e.V. | Letzte Änderung: 02.08.2024"): each part may be a dateline of its own.
_SEGMENT_BREAK = PART_BREAK
#: A post's header line: a date and then the next item ("15.10.2024 · Presse · 2 Kommentare").
_HEADER_DATE = re.compile(rf"\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}}\s+[{PART_MARKS}]\s+")
#: Longest line whose parts are read as datelines (a header, not a paragraph).
SEGMENTED_LINE_CHARS = 240
# The place-and-date lead of a paragraph, up to the dash or period that ends it.
_RUN_ON_DATELINE = re.compile(
    r"([A-ZÄÖÜ][\w./() -]{1,40},\s*(?:den\s+)?\d{1,2}\.\s*"
    r"(?:\d{1,2}\.\s*\d{2,4}|[A-ZÄÖÜ][a-zä]+\.?\s+\d{4}))\s*(?:[–—-]|\.(?=\s+[A-ZÄÖÜ„\"]))"
)
# A timestamp line ("Veröffentlicht am 3. März 2026 um 10:15 Uhr"): its "Uhr" is no event.
_PUBLISHED = re.compile(
    r"(?:Veröffentlicht|Erschienen|Publiziert|Zuletzt|Aktualisiert|Stand|Datum|Erstellt|"
    r"Gesendet|Versendet|Beantwortet|Gepostet|Geschrieben|Eingestellt|Hochgeladen|Ausgestrahlt|"
    r"Abschrift|Mitschnitt|Transkript|Aufzeichnung)\b",
    re.IGNORECASE,
)
_NOT_DATELINE = re.compile(r"\b(?:Uhr|Termin|Ort|Wann|Beginn|Zeit|Frist|bis\s+zum)\b", re.I)
_ASSEMBLY = re.compile(
    r"(?:[Pp]arteitag\w*|[Vv]ersammlung\w*|\bLDK\b|\bBDK\b|\bKMV\b|\bLMV\b|\bMV\b|\bJHV\b|"
    r"[Dd]elegiertenkonferenz\w*|[Kk]onferenz\w*|[Kk]ongress\w*|[Kk]onvent\w*|[Nn]ominierung\w*|"
    r"[Uu]rwahl|[Mm]itgliederentscheid|[Kk]reisparteitag|treffen\s+wir\s+uns)"
)
_ELECTION = re.compile(
    r"(?:\w*[Ww]ahl(?:en)?\b|[Ww]ahltag|[Ww]ahlsonntag|[Ww]ahlabend|[Aa]bend\s+des\b|"
    r"[Gg]ewählt\s+wird|\bwählen\b|\bwählt\b|"
    r"\bkandidier\w*|"
    r"\bStimmen?\b)"
)
_VOTING_VERB = re.compile(r"wählt|wählen|[Gg]ewählt\s+wird|kandidier\w*|[Ss]timmen?")
# In a transcript without capitals "stimme" is the vote too ("ich bitte um eure stimme").
_ELECTION_ANY_CASE = re.compile(_ELECTION.pattern, re.IGNORECASE)
_ASSEMBLY_YEAR = re.compile(
    r"(?:[Pp]arteitag\w*|[Vv]ersammlung\w*|LDK|BDK|[Dd]elegiertenkonferenz\w*)\s+"
    r"(?P<year>(?:19|20)\d{2})(?:[./]\d)?\b"
)
_ELECTION_YEAR = re.compile(
    r"(?:Bundestags|Landtags|Europa|Kommunal|Bürgerschafts|Abgeordnetenhaus|Gemeinderats|Stadtrats|"
    r"Kreistags|Oberbürgermeister|Bürgermeister|Landrats)wahl(?:en)?\s+(?P<year>(?:19|20)\d{2})\b"
)
_EVENT_YEAR = re.compile(r"(?<![\d©])(?<!seit )(?<!Jahrgang )(?<!geboren )\b(?:19|20)\d{2}\b")


# What may follow a dateline's date: a separator, a byline ("von der Redaktion"), a
# category ("in Programm"), a time ("um 11:21 Uhr"), a form's signature ("Datum, Unterschrift:
# Mainz, 14.09.2025   gez. A. Muster").
_DATELINE_REST = re.compile(
    r"^\s*(?:[·|,–—-]|\(|\)|\.?$|von\s|in(?:\s|$)|um\s\d|by\s|auf\s|gez\.|i\.\s?[AV]\.)"
)


@dataclass(frozen=True)
class DateHit:
    value: str
    evidence: str
    rank: int  # 0 dateline, 1 assembly, 2 election, 3/4 their years
    zone: str = ""


#: Years a party document's own date can plausibly have.
_PLAUSIBLE_YEARS = (1990, 2100)


def _compose(year: int | None, month: int | None, day: int | None) -> str | None:
    return compose(year, month, day, _PLAUSIBLE_YEARS)


def _month(word: str) -> int | None:
    return _MONTHS.get(word.casefold().rstrip("."))


def _value(match: re.Match[str], default_year: int | None) -> str | None:
    """ISO value of one date match; a missing year is taken from ``default_year``."""
    groups = match.groupdict()
    text = match.group(0)
    if groups.get("mm"):
        return _compose(int(groups["my"]), _month(groups["mm"]), None)
    if groups.get("iso"):
        return _compose(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    day = int(text[0] + (groups.get("nd") or groups.get("td") or ""))
    if groups.get("nm"):
        year = int(groups["ny"])
        if year < 100:
            year += 2000
        return _compose(year, int(groups["nm"]), day)
    if groups.get("month"):
        given_year = int(groups["year"]) if groups.get("year") else default_year
        return _compose(given_year, _month(groups["month"]), day)
    return None


# An event the document dates by its year ("die BDK im November 2025", "zur Landtagswahl 2026"):
# it fixes the year of "am 23. September" elsewhere in the text (labelling rule 4).
_FIXING_YEAR = re.compile(
    r"(?:[Pp]arteitag\w*|[Vv]ersammlung\w*|\bLDK\b|\bBDK\b|\bLPT\b|[Dd]elegiertenkonferenz\w*|"
    r"[Kk]onferenz\w*|\w*[Ww]ahl(?:en)?\b)[ \t]+(?:(?:im|am|vom)[ \t]+)?(?:\d{1,2}\.[ \t]*)?"
    r"(?:(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)[ \t]+)?(?P<year>(?:19|20)\d{2})\b"
)


# An election dated before its verb: "am 26. Mai 2024 wählen Sie", "Am 8. März 2026 ist
# Kommunalwahl".
_FIXING_DATE = re.compile(
    r"\d{1,2}\.[ \t]*(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember)[ \t]+(?P<year>(?:19|20)\d{2})[ \t,]+"
    r"(?:wählen|wählt|ist[ \t]+(?:\w+[ \t]+)?\w*[Ww]ahl|findet[ \t]+(?:die|der)[ \t]+\w*[Ww]ahl)"
)


@lru_cache(maxsize=16)
def _fixed_year(text: str) -> int | None:
    """The one year the text's dated assemblies and elections share, if exactly one; a past
    event ("seit der Kommunalwahl 2020") fixes nothing."""
    years = {
        int(match.group("year"))
        for pattern in (_FIXING_YEAR, _FIXING_DATE)
        for match in pattern.finditer(text)
        if not _PAST.search(text, max(0, match.start() - 40), match.start())
    }
    return years.pop() if len(years) == 1 else None


def _single_year(*texts: str) -> int | None:
    years = {int(m.group(0)) for text in texts for m in _EVENT_YEAR.finditer(text)}
    return years.pop() if len(years) == 1 else None


#: Lines at a text's end read for a dated signature.
_SIGNATURE_LINES = 10
# An e-mail's header date ("Date: Mon, 1 Dec 2025 08:00:00 +0100"), as mail programs write it.
_MAIL_DATE = re.compile(
    r"^(?:Date|Sent)\s*:\s*(?P<value>(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}.*)$"
)


# A wiki's or a CMS's version stamp as a sentence: "Diese Seite wurde zuletzt am 4. Februar
# 2026 um 21:13 Uhr bearbeitet."
_EDITED = re.compile(
    r"\bzuletzt\s+am\s+(?P<when>[^.]{0,8}\d[^,]{4,30}?)(?:\s+um\s+[\d:.]+\s*Uhr)?\s+"
    r"(?:bearbeitet|geändert|aktualisiert)\b"
)


# A post's or a mail's time after a full numeric date: "08.12.2024, 16:20 Uhr", "03.03.2025
# 19:47" (an event's date is mostly written out: "Dienstag, 12. Mai 2026, 19:00 Uhr").
_TIME_AFTER_DATE = re.compile(
    r"(?<=\.\d{4})\s*(?:,|um)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*Uhr)?(?=\s*(?:$|[·|]))"
)
_WEEKDAYS_EN = frozenset(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
# A mailing-list archive's date line (C's ctime): "Tue Jan 14 21:13:07 CET 2025".
_CTIME = re.compile(
    r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<month>[A-Z][a-z]{2})\s+(?P<day>\d{1,2})\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{2,5}\s+)?(?P<year>(?:19|20)\d{2})\s*$"
)
_MONTHS_EN = {
    m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)
}


def _ctime_date(line: str) -> str | None:
    """The ISO date of a ctime line, as mailing-list archives (Pipermail) print it."""
    match = _CTIME.match(line.strip())
    month = _MONTHS_EN.get(match["month"]) if match else None
    if match is None or month is None:
        return None
    return _compose(int(match["year"]), month, int(match["day"]))


def _mail_date(line: str) -> str | None:
    """The ISO date of an e-mail's RFC 5322 "Date:" header line."""
    match = _MAIL_DATE.match(line)
    if match is None:
        return None
    try:
        sent = parsedate_to_datetime(match.group("value"))
    except (TypeError, ValueError, IndexError):
        return None
    return sent.date().isoformat()


def _datelines(doc: Doc) -> list[DateHit]:
    hits: list[DateHit] = []
    previous = ""
    # a dated signature may stand above a contact line and a page footer ("Seite 2 von 2")
    last_lines = len(doc.lines) - _SIGNATURE_LINES
    # a calendar of dates ("12. April 2025 – Kreismitgliederversammlung Saarlouis" / "26. April
    # 2025 – Klausur …"): its entries are events, no dateline of the text
    calendar = sum(1 for _, line, _ in doc.lines if _CALENDAR_ENTRY.match(line)) >= 2
    entries: list[DateHit] = []  # dated entries of a thread: "Frage von Anna K. · 14.01.2025"
    for index, (start, full_line, zone) in enumerate(doc.lines):
        if index > _HEADER_LINES and _COMMENTS_HEADING.match(full_line):
            break  # readers' comments below the text ("Kommentare" / "Karl, 24.10.2025, 09:12")
        if calendar and index > _HEADER_LINES and _CALENDAR_ENTRY.match(full_line):
            continue  # (a header's "12.04.2025 – Pressemitteilung" still dates the text)
        before, previous = previous, full_line
        if (
            zone not in (HEAD, TAIL, FOOTER)
            and start > 1500
            and index < last_lines
            and not _signed_under(doc, index)
        ):
            continue
        if (
            full_line[:1].isdigit()
            and _CONTINUED.search(before[-16:])
            and not (before == doc.title or _HEADER_DATE.match(full_line))
        ):
            continue  # "…Versammlung am\n27. September 2025 in der Stadthalle": a PDF wrap
            # (not under a headline that ends in a verb's "ab", nor a post's header line
            # "15.10.2024 · Presse · 2 Kommentare")
        if zone == FOOTER and _PAGE_OF.search(full_line):
            zone = TAIL  # a printed page's footer ("Augsburg · 14.05.2025 · Seite 1/1"), not
            # a web template's: the document's own
        for line in _dateline_parts(full_line):
            hit = _dateline(doc, line, zone, part=line != full_line)
            if hit is not None:
                (entries if _THREAD_ENTRY.match(full_line) else hits).append(hit)
                break
    # complete datelines first, then month-only closings ("Trier, im Mai 2024"); a thread's
    # entries date the page only where nothing else does (a question portal's page is dated
    # by its "Profil zuletzt aktualisiert am …", not by the first citizen's question)
    hits.sort(key=lambda h: -len(h.value))
    return hits or sorted(entries, key=lambda h: -len(h.value))


# A printed page's number: "Seite 1/1", "Seite 2 von 3".
_PAGE_OF = re.compile(r"\bSeite\s+\d{1,3}\s*(?:/|von)\s*\d{1,3}\b")
# The header of a thread's entry: a question, an answer or a comment by someone.
_THREAD_ENTRY = re.compile(
    r"^\W{0,3}(?:Frage|Antwort|Kommentar|Nachfrage|Rückfrage|Reply|Comment)\s+(?:von|by)\s"
)


# An entry of a calendar: a date, a dash, the event ("14. Juni 2025 – Landesmitgliederversammlung").
_CALENDAR_ENTRY = re.compile(
    r"^\W{0,3}\d{1,2}\.\s*(?:\d{1,2}\.\s*|[A-ZÄÖÜ][a-zä]+\.?\s+)(?:\d{4}|\d{2})?,?\s*"
    r"(?:\d{1,2}[.:]\d{2}\s*(?:Uhr\s*)?)?[–—-]\s+[A-ZÄÖÜ]"
)
#: Lines of a page's header, where "2 Kommentare" counts a post's comments instead of heading them.
_HEADER_LINES = 3
# The heading of a page's comments: "Kommentare", "3 Kommentare", "Kommentare (2)", "Comments".
_COMMENTS_HEADING = re.compile(
    r"^\W{0,3}(?:\d+\s+)?(?:Kommentare?|Leserkommentare|Comments?|Diskussion|Antworten)"
    r"(?:\s*\(\d+\))?(?:\s+zu\s+[^\n]{0,60})?\W{0,3}$"
)


def _signed_under(doc: Doc, index: int) -> bool:
    """Whether the line after line ``index`` is a name alone: a dated signature ("Leipzig,
    31. August 2026" / "Anna Muster") above an enclosure such as a CV."""
    if index + 1 >= len(doc.lines):
        return False
    after = doc.lines[index + 1][1].strip()
    if not _NAME_LINE.fullmatch(after):
        return False
    return names.is_first_name(after.split()[0])


# A line that is a name alone: two to four capitalised words.
_NAME_LINE = re.compile(r"[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,3}")
_DECIDED = re.compile(r"\(?(?:[Bb]eschlossen|[Vv]erabschiedet)\s")
#: A version stamp that ends a line of sentences.
_STAMP_AT_END = re.compile(
    r"[.!?]\s+((?:Stand|Zuletzt\s+aktualisiert|Aktualisiert)\s*:?\s*[^.!?:]{0,12}\d[\d.\s]{3,12}\d)$"
)
#: A statute's or a programme's current version within its decision line.
_LATEST_VERSION = re.compile(r"\b(?:[Zz]uletzt\s+geändert|[Ii]n\s+der\s+Fassung\s+vom)\b")
_SENTENCE_END = re.compile(r"(?<!\d)\.(?:\s|$)")


def _dateline_parts(full_line: str) -> list[str]:
    """The line, or its lead ("Rostock, 14. August 2019 – Der Kreisverband …"), then the
    parts of a header line of parts."""
    latest = _LATEST_VERSION.search(full_line)
    if latest is not None and latest.start() > 0:
        # "beschlossen am 12. April 2019, zuletzt geändert … vom 18. März 2024": the text is
        # dated by its current version
        return [
            full_line[latest.start() : latest.start() + 240],
            *_dateline_parts(full_line[: latest.start()]),
        ]
    stamp = _STAMP_AT_END.search(full_line)
    if stamp is not None and stamp.start(1) > 0:
        # "… Gäste sind herzlich willkommen! Stand: 08.01.2025": the page's version stamp
        return [stamp.group(1), *_dateline_parts(full_line[: stamp.start(1)].rstrip())]
    if len(full_line) <= 90:
        parts = [full_line]
    elif _DECIDED.match(full_line):  # "Beschlossen von der Mitgliederversammlung … am …"
        parts = [_SENTENCE_END.split(full_line[:240], 1)[0]]
    else:
        lead = _RUN_ON_DATELINE.match(full_line)
        parts = [lead.group(1)] if lead is not None else []
    if len(full_line) <= SEGMENTED_LINE_CHARS and _COLUMN_GAP.search(full_line.strip()):
        # a letterhead set in columns: "Dr. Anna Muster          Bonn, den 3.5.1998"
        parts += [part for part in _COLUMN_GAP.split(full_line.strip()) if part]
    byline = _BYLINE_DATE.match(full_line) if full_line.lstrip()[:1] in "VTA" else None
    if byline is not None:
        # an article's byline with its time: "Von Anna Muster · 12. Februar 2026, 05:30 Uhr"
        parts.append(byline["date"])
    if len(full_line) <= _BILINGUAL_LINE_CHARS and " / " in full_line:
        # a bilingual dateline: "Harrislee, 4. November 2024 / Harreslev, den 4. november 2024"
        parts += [part.strip() for part in full_line.split(" / ")]
    if len(full_line) <= SEGMENTED_LINE_CHARS and _SEGMENT_BREAK.search(full_line):
        parts += [part.strip() for part in _SEGMENT_BREAK.split(full_line)]
    elif len(full_line) <= SEGMENTED_LINE_CHARS and full_line.count(" – ") >= 2:
        # a record's header of parts: "Landtag – 8. Wahlperiode – 31. Sitzung – Donnerstag,
        # 22. Mai 2025"
        parts += [part.strip() for part in full_line.split(" – ")]
    elif len(full_line) <= SEGMENTED_LINE_CHARS and " – " in full_line:
        first, last = full_line.split(" – ", 1)[0], full_line.rsplit(" – ", 1)[1]
        parts.append(first.strip())  # "…, 22. Mai 2025 – TOP 6: …"
        if _MONTH_YEAR.fullmatch(last.strip()) or VERSION_STAMP.match(last.strip()):
            # a report's issue: "Bericht aus der BVV – Dezember 2024"; its version stamp:
            # "Pressespiegel – Stand: KW 12/2025"
            parts.append(last.strip())
    return parts


# A byline, its date and the time of day: the date alone is the article's.
_BYLINE_DATE = re.compile(
    r"^\W{0,3}(?:Von|Text:|Autor(?:in)?:)\s+[^·|\n]{2,60}?\s*[·|]\s*"
    r"(?P<date>\d{1,2}\.\s*(?:\d{1,2}\.\s*|[A-ZÄÖÜ][a-zä]+\.?\s+)(?:19|20)\d{2})"
    r",?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?\s*$"
)
#: Longest line read as a dateline in two languages.
_BILINGUAL_LINE_CHARS = 120
# The gap between a letterhead's columns (a typewriter's or a text export's spaces).
_COLUMN_GAP = re.compile(r"[ \t]{4,}")


def _machine_stamp(line: str) -> str | None:
    """The date of a line that programs write: a mail's "Date:" header, a mailing-list
    archive's ctime line, a wiki's "zuletzt am … bearbeitet"."""
    if line.startswith(("Date", "Sent")):
        return _mail_date(line)
    if line[:3] in _WEEKDAYS_EN:
        return _ctime_date(line)
    if "zuletzt am" in line:
        edited = _EDITED.search(line)
        found = _date_matches(edited.group("when")) if edited else []
        return _value(found[0], None) if found else None
    return None


# The calendar week after a version stamp's label: "Stand: KW 12/2025" (a press review's).
_WEEK = re.compile(
    r"\s*:?\s*(?:KW|Kalenderwoche)\s*(?P<week>\d{1,2})\s*/\s*(?P<year>(?:19|20)\d{2})\b"
)


def _week_stamp(line: str) -> str | None:
    """The month a calendar week's stamp falls in (that of its Monday): a week is no day."""
    label = VERSION_STAMP.match(line)
    match = _WEEK.match(line, label.end()) if label is not None else None
    if match is None or not 1 <= int(match["week"]) <= 53:
        return None
    try:
        monday = dt.date.fromisocalendar(int(match["year"]), int(match["week"]), 1)
    except ValueError:  # week 53 of a year that has 52
        return None
    return _compose(monday.year, monday.month, None)


def _dateline(doc: Doc, line: str, zone: str, part: bool = False) -> DateHit | None:
    """The document's own date if ``line`` is a dateline (``part``: a part of a header
    line of parts)."""
    stamped = _machine_stamp(line)
    if stamped is None and ("KW" in line or "woche" in line):
        stamped = _week_stamp(line)
    if stamped is not None:
        return DateHit(stamped, line, 0, zone)
    if part or _PUBLISHED.match(line):
        # a byline's or a labelled stamp's time ("Von … · So., 08.12.2024, 16:20 Uhr", "Datum:
        # 03.03.2025 19:47"); a line of its own with a time is an event's ("Sa., 25.01.2025,
        # 14:00 Uhr")
        line = _TIME_AFTER_DATE.sub("", line)
    if _NOT_DATELINE.search(line) and not _PUBLISHED.match(line):
        return None  # an event line ("Am 5. Mai, 19 Uhr"), not a timestamp
    found = _date_matches(line)
    match = found[0] if found else None
    if match is not None and _RANGE.search(match.group(0)):
        return None  # "8.–9. November 2025, Bielefeld": an event's days, no document's date
    if not match or not _DATELINE_PREFIX.match(line[: match.start()]):
        return None
    rest = line[match.end() :]
    signed = "Unterschrift" in line[: match.start()]  # the rest is the signature
    if rest.strip() and not _DATELINE_REST.match(rest) and not signed:
        return None
    value = _value(match, None)
    rank = 0
    if value is None and match.groupdict().get("month") and not match.group("year"):
        # "München, 23. September": the year the document's own events fix (rule 4)
        value, rank = _value(match, _fixed_year(doc.text)), _INFERRED_RANK
    return DateHit(value, line, rank, zone) if value else None


def _context_year(known_date: str | None) -> int | None:
    if known_date and re.match(r"^(?:19|20)\d{2}", known_date):
        return int(known_date[:4])
    return None


def _event_dates(doc: Doc, known_year: int | None) -> list[DateHit]:
    hits: list[DateHit] = []
    text = doc.text
    election = _ELECTION_ANY_CASE if lower_case_text(text) else _ELECTION
    for match in _text_dates(text):
        sentence = doc.sentence_at(match.start())
        if sentence is None or sentence.zone == FOOTER:
            continue
        value = _value(match, known_year)
        if value is None and match.groupdict().get("month") and not match.group("year"):
            fixed = _single_year(sentence.text, doc.title) or _fixed_year(text)
            value = _value(match, fixed)
        if value is None:
            continue
        before, after = _around(text, match)
        if _DEADLINE_BEFORE.search(before[-30:]):
            continue  # "Bewerbungen bis zum 15. Januar": a deadline dates nothing
        # "am 14. März 2026 stellen wir unsere Landesliste … auf": the assembly
        we_nominate = _WE_NOMINATE_AFTER.match(text, match.end()) is not None
        kind = 1 if we_nominate else _nearest_kind(before, after, election)
        if kind is not None:
            before_past = _PAST.search(text, sentence.start, match.start()) is not None
            hits.append(
                DateHit(value, sentence.text, _PAST_RANK if before_past else kind, sentence.zone)
            )
    if "wahl" in text or "arteitag" in text or "ersammlung" in text:
        for pattern, rank in ((_ASSEMBLY_YEAR, 3), (_ELECTION_YEAR, 4)):
            for match in pattern.finditer(text):
                sentence = doc.sentence_at(match.start())
                if sentence is not None and sentence.zone != FOOTER:
                    told = _PAST.search(text, sentence.start, match.start()) is not None
                    past = told or _won_at(text, match.start(), match.end())
                    year = match.group("year")
                    hits.append(
                        DateHit(year, sentence.text, _PAST_RANK if past else rank, sentence.zone)
                    )
    hits.extend(_issues(doc))
    hits.extend(_title_events(doc, known_year, election))
    return hits


def _title_events(doc: Doc, known_year: int | None, election: re.Pattern[str]) -> list[DateHit]:
    """An assembly or election dated in the title ("KOMMUNALWAHL 13.09.2026 – GEMEINDERAT
    SÖHLDE" on a flyer; a heading in capitals read as German writes it)."""
    title = capital_lines(doc.title)
    if not title or not any(c.isdigit() for c in title):
        return []
    hits: list[DateHit] = []
    for match in _text_dates(title):
        value = _value(match, known_year)
        if value is None:
            continue
        before, after = _around(title, match)
        # "am 14. März 2026 stellen wir unsere Landesliste … auf": the assembly
        we_nominate = _WE_NOMINATE_AFTER.match(title, match.end()) is not None
        kind = 1 if we_nominate else _nearest_kind(before, after, election)
        if kind is not None:
            hits.append(DateHit(value, doc.title, kind, TITLE))
    return hits


# Where the words before a date stop: a sentence's end, or a line break unless the next line
# goes on in lower case: a PDF breaks "Die Wahlkreisversammlung\nam 7. Dezember 2024" mid-
# sentence, while a heading ("Kommunalwahl 2026\nAm 3. Mai ...") is followed by a capital.
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n(?![ \t]*[a-zäöüß])")
# After a date, the line's end stops too: a dateline is followed by the text, not its sentence.
_AFTER_STOP = re.compile(r"[.!?](?:\s|$)|\n")


def _around(text: str, match: re.Match[str]) -> tuple[str, str]:
    """The words of the date's sentence before it (up to 70 characters) and after it (90)."""
    before = text[max(0, match.start() - 70) : match.start()]
    stops = list(_SENTENCE_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    after = text[match.end() : match.end() + 90]
    stop = _AFTER_STOP.search(after)
    return before, (after[: stop.start() + 1] if stop else after)


# A deadline: "bis zum 15. Januar", "Anmeldeschluss: 3. März", "spätestens am 1. Mai".
_DEADLINE_BEFORE = re.compile(
    r"(?:\bbis|[Ff]rist\w*|spätestens|\w*[Ss]chluss|Deadline)\W{0,3}(?:(?:zum|am|den|zum\s+)\s*)?$"
)
# A past event ("Seit der Kommunalwahl 2020", "bereits bei der Landtagswahl 2011"): evidence
# of nothing but the past; kept, weakly, for documents that name nothing else.
_PAST = re.compile(r"\b(?:[Ss]eit|bereits|damals|vergangene\w*|[Ll]etzte[nrm]?|zuletzt|früher)\b")
_PAST_RANK = 7
# An election told as won or lost: "Bei der Kommunalwahl 2019 wurde ich in die Bürgerschaft
# gewählt" ("Für die Landtagswahl 2026 wurde ich auf Platz 3 gewählt" is a nomination for one
# to come: only "bei" an election tells its result).
_AT_ELECTION = re.compile(r"\b[Bb]ei\s+der\s+\S*\s*$")
_RESULT_AFTER = re.compile(
    r"[^.!?]{0,80}?\b(?:wurde|wurden|war|waren|zog|zogen|gewann|gewannen|erreichte|erreichten|"
    r"holte|holten|verlor|verloren|erhielt|erhielten)\b"
)


def _won_at(text: str, start: int, end: int) -> bool:
    """Is the election at ``start:end`` one whose result the sentence tells (a past one)?"""
    return bool(
        _AT_ELECTION.search(text, max(0, start - 30), start) and _RESULT_AFTER.match(text, end)
    )


#: A dateline without a year, dated by the year the text's events fix.
_INFERRED_RANK = 9
# A newsletter's issue: "Rundbrief der SPD Mainz-Neustadt, Ausgabe Dezember 2024".
_ISSUE = re.compile(
    r"\b(?:(?:Ausgabe|Heft|Newsletter|Rundbrief|Mitgliederbrief)\w*\s+(?:Nr\.?\s*\d{1,3}\s*[/,–-]?\s*)?|"
    r"Nr\.?\s*\d{1,3}\s*[/,–-]\s*)"
    r"(?P<mm>Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\s+(?P<my>(?:19|20)\d{2})(?!\d)|"
    # a monthly issue numbered by its month: "Amtsblatt … Ausgabe 04/2024"
    r"\b(?:Ausgabe|Heft)\s+(?P<im>0?[1-9]|1[0-2])\s*/\s*(?P<iy>(?:19|20)\d{2})(?!\d)"
)


def _issues(doc: Doc) -> list[DateHit]:
    """The issue of a newsletter, named in its title or first lines."""
    hits: list[DateHit] = []
    for text, zone in [(doc.title, TITLE), *((line, z) for _, line, z in doc.lines[:4])]:
        if "usgabe" not in text and "rief" not in text and "etter" not in text and "Nr" not in text:
            continue
        for match in _ISSUE.finditer(text):
            if match.group("im"):
                value = _compose(int(match.group("iy")), int(match.group("im")), None)
            else:
                value = _compose(int(match.group("my")), _month(match.group("mm")), None)
            if value:
                hits.append(DateHit(value, text, 8, zone))
    return hits


# A nomination told in the perfect tense: "... hat am 2. März ihre Liste gewählt", "haben wir
# am Samstag ... nominiert" (the future "wird am ... gewählt" is the election).
_PERFECT_BEFORE = re.compile(r"\b(?:hat|haben)\b(?:\s+\w+){0,3}\s+am\s+$")
_NOMINATED_AFTER = re.compile(r"\b(?:gewählt|nominiert|aufgestellt|bestimmt|gekürt)\b")


# The members' own nominating act right after a date: "am 14. März stellen wir … auf",
# "wählen wir unsere Delegierten", "nominieren wir".
_WE_NOMINATE_AFTER = re.compile(
    # (not "stellen wir … vor": a presentation, its particle at the clause's end)
    rf"\W{{0,3}}(?:stellen|wählen|nominieren|bestimmen|küren)\s+wir\b"
    rf"(?!{CLAUSE_CHAR}*\bvor\s*(?:[.!?,;]|$))"
)


def _nearest_kind(before: str, after: str, election: re.Pattern[str] = _ELECTION) -> int | None:
    """1 when the nearest cue is an assembly, 2 when it is an election, else ``None``. A voting
    verb after an assembly ("die Kreismitgliederversammlung wählt am ...") is what the
    assembly does: the date is the assembly's."""
    cues = [(len(before) - m.end(), 1) for m in _ASSEMBLY.finditer(before)]
    cues += [
        (len(before) - m.end(), 1 if cues and _VOTING_VERB.fullmatch(m.group(0)) else 2)
        for m in election.finditer(before)
    ]
    if cues:
        return min(cues)[1]
    if _PERFECT_BEFORE.search(before) and _NOMINATED_AFTER.search(after):
        return 1  # "Die Linke hat am 2. März 2024 ihre Liste gewählt": the nominating act
    cues = [(m.start(), 1) for m in _ASSEMBLY.finditer(after)]
    cues += [(m.start(), 2) for m in election.finditer(after)]
    return min(cues)[1] if cues else None


#: Weights of the date rules (evidence strength of one hit, 0..1), in the order of the rules
#: for a document's date: its own date first, then the assembly, then the election. A rule
#: that alone settles the date by the labelling rules weighs at least the facet threshold
#: (``metadata_min_confidence``, 0.5) even against a weaker rival (penalty 0.3 each); years
#: alone, template footers, past events, format metadata and the latest date stay under it.
_WEIGHTS = {
    "title-dateline": 0.9,
    "dateline": 0.85,
    "filename": 0.8,
    "issue": 0.8,
    "dateline-month": 0.78,
    "dateline-inferred": 0.75,
    # "Beschlossen von der Mitgliederversammlung am …": the text's own date where no
    # publication line gives one (a programme published later is dated by its publication)
    "decided": 0.75,
    "assembly": 0.72,
    "election": 0.62,
    "dateline-year": 0.6,
    "assembly-year": 0.58,
    "title-election-year": 0.58,
    "election-year": 0.55,
    "format": 0.3,
    "stale-dateline": 0.3,
    "footer-dateline": 0.2,
    "past-event": 0.15,
    "latest-date": 0.1,
}
#: A document dated more years than this before the assembly or election it speaks of (not a
#: past one) has a template's date, not its own: nobody announces a nomination years ahead.
_STALE_YEARS = 1
#: An event dated by its month only is less precise evidence than one dated by its day.
_MONTH_ONLY = 0.9
_RANK_RULE = {
    1: "assembly",
    2: "election",
    3: "assembly-year",
    4: "election-year",
    7: "past-event",
    8: "issue",
}
_ZONE_NAME = {TITLE: "title", HEAD: "lead", TAIL: "signature", FOOTER: "footer"}
# A Jekyll/Hugo post: "2024-09-29-slug.md", or a Hugo page bundle "2024-09-29-slug/index.md"
# (the date is the post's, given by its author).
_FILENAME_DATE = re.compile(
    r"(?:^|[/\\_])((?:19|20)\d{2})-(\d{2})-(\d{2})-[^/\\]*"
    r"(?:[/\\](?:_?index|README)\.\w+)?$"
)
_TITLE_ELECTION_YEAR = re.compile(
    r"(?:Bundestags|Landtags|Europa|Kommunal|Bürgerschafts|Abgeordnetenhaus|Bürgermeister|"
    r"Oberbürgermeister|Landrats)wahl(?:en)?\s+(?P<year>(?:19|20)\d{2})\b"
)
_DISTRACTOR_BEFORE = re.compile(
    r"(?:[Ss]eit|geboren|[Gg]eb\.|Jahrgang|beigetreten|[Mm]itglied|bis\s+zum|bis|[Ff]rist|"
    r"spätestens|©|zuletzt|damals|[Ii]m\s+Jahr)\W*(?:de[mn]\s+|am\s+)?$"
)


def filename_date(name: str) -> str | None:
    """The date of a Jekyll/Hugo post from its file name ("2024-09-29-slug.md")."""
    match = _FILENAME_DATE.search(name or "")
    if match is None:
        return None
    return _compose(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _dateline_rule(hit: DateHit) -> str:
    if hit.zone == FOOTER and not (
        VERSION_STAMP.match(hit.evidence) or _EDITED.search(hit.evidence)
    ):
        # "Veröffentlicht am ..." of a site template, often years old; a version stamp
        # ("Stand: Januar 2026", "Zuletzt aktualisiert: …") dates this document's text
        return "footer-dateline"
    if hit.rank == _INFERRED_RANK:
        return "dateline-inferred"
    if _DECIDED.match(hit.evidence):
        return "decided"
    return {10: "dateline", 7: "dateline-month"}.get(len(hit.value), "dateline-year")


#: A form's or a motion's date field: "Eingereicht am: …", "Datum: …", "Datum, Unterschrift: …".
_DATE_FIELD = re.compile(r"^(?:Eingereicht|Eingegangen|Datum)\b[^:\n\d]{0,30}:")


def _latest_date(doc: Doc) -> DateHit | None:
    """The latest full date in title, head and body that no distractor word precedes (a
    document is rarely older than the dates it names); the weakest of the date rules."""
    best: DateHit | None = None
    for match in _text_dates(doc.text):
        if match.groupdict().get("mm") or not (
            match.group("iso") or match.group("ny") or match.group("year")
        ):
            continue
        if best is not None and _year_of(match) < best.value[:4]:
            continue  # cannot be later than the best so far: skip the work
        before = doc.text[max(0, match.start() - 30) : match.start()]
        if _DISTRACTOR_BEFORE.search(before) or _DEADLINE_BEFORE.search(before):
            continue
        value = _value(match, None)
        sentence = doc.sentence_at(match.start())
        if value is None or len(value) != 10 or sentence is None or sentence.zone == FOOTER:
            continue
        if best is None or value > best.value:
            best = DateHit(value, sentence.text, 5, sentence.zone)
    return best


# The post's own address with its date, as blogs build it: "Permalink: https://…/2024/03/19/
# ortschaftsrat-…/" (a link to another post is no "Permalink").
_PERMALINK = re.compile(
    r"^\W{0,3}(?:Permalink|Kurzlink|Link\s+zu\s+diesem\s+Beitrag)\s*:?\s*\S*?"
    r"/(?P<year>(?:19|20)\d{2})/(?P<month>[01]\d)/(?:(?P<day>[0-3]\d)/)?"
)


def _permalink_date(doc: Doc) -> DateHit | None:
    """The date in the text's own permalink, weighed as a post's file name is."""
    for _start, line, zone in doc.lines:
        if "link" not in line[:30].lower():
            continue
        match = _PERMALINK.match(line)
        if match is not None:
            day = int(match.group("day")) if match.group("day") else None
            value = _compose(int(match.group("year")), int(match.group("month")), day)
            if value:
                return DateHit(value, line, 0, zone)
    return None


def _hits(
    doc: Doc, known: Mapping[str, str], *, candidacy: bool = True
) -> list[tuple[DateHit, str]]:
    """Every date the rules propose, with the rule that proposed it. ``candidacy``: the
    document states a candidacy (then a dateline years before its election is a template's)."""
    found: list[tuple[DateHit, str]] = []
    named = filename_date(known.get("filename", ""))
    if named:
        found.append((DateHit(named, known["filename"], 0, "filename"), "filename"))
    linked = _permalink_date(doc)
    if linked is not None:
        found.append((linked, "filename"))
    formatted = known.get("format_date", "")
    if re.match(r"^(?:19|20)\d{2}(?:-\d{2}){0,2}$", formatted):
        found.append((DateHit(formatted, formatted, 6, "format"), "format"))
    if doc.title:
        title_dates = _date_matches(doc.title)
        title_match = title_dates[0] if title_dates else None
        if title_match and _DATELINE_PREFIX.match(doc.title[: title_match.start()]):
            value = _value(title_match, None)
            if value and len(value) == 10:
                found.append((DateHit(value, doc.title, 0, TITLE), "title-dateline"))
        for match in _TITLE_ELECTION_YEAR.finditer(doc.title):
            hit = DateHit(match.group("year"), doc.title, 4, TITLE)
            found.append((hit, "title-election-year"))
    datelines = _datelines(doc)
    # A post dated by its file name fixes the year of "am 16. Mai" as a given date does, and
    # so does the document's own dateline ("Ausgabe 11/2026 · 27. November 2026").
    own = next((h.value for h in datelines if h.rank == 0 and len(h.value) == 10), None)
    events = _event_dates(doc, _context_year(known.get("context_date") or named or own))
    # only a dated assembly or election: "die Landtagswahl 2026" may be prepared years ahead
    # the event a stale date is measured against: the nominating assembly where the text names
    # one (an election further ahead, "Kommunalwahl im März 2026", says nothing of when a bid
    # for the assembly of October 2024 was written), else the election
    assemblies = [int(h.value[:4]) for h in events if h.rank == 1]
    elections = [int(h.value[:4]) for h in events if h.rank == 2]
    upcoming = min(assemblies) if assemblies else max(elections, default=0)
    last_event = max(
        (h.value for h in events if h.rank in (1, 2) and len(h.value) == 10), default=""
    )
    found.extend(_dateline_hits(doc, datelines, candidacy, upcoming, last_event))
    found.extend((hit, _RANK_RULE[hit.rank]) for hit in events)
    latest = _latest_date(doc)
    if latest is not None:
        found.append((latest, "latest-date"))
    return _format_date_as_fallback(found)


def _dateline_hits(
    doc: Doc, datelines: list[DateHit], candidacy: bool, upcoming: int, last_event: str
) -> list[tuple[DateHit, str]]:
    """The datelines with their rules: a running header's, a header part's beside a date
    field, an inferred year's, a template's stale date (see :func:`_hits`)."""
    out: list[tuple[DateHit, str]] = []
    # a running page header or footer repeats on every page ("27.09.2025 · Anlage 3:
    # Bewerbungen" over each page of an assembly's papers): its date is the series', not the
    # document's, where the text dates itself elsewhere
    at: dict[str, list[int]] = {}  # line -> the numbers of the lines it stands on
    for number, (_start, line, _zone) in enumerate(doc.lines):
        at.setdefault(line, []).append(number)
    # (a line repeated right below itself is a page's dateline put back twice, no series')
    running = {
        h.evidence
        for h in datelines
        if len(where := at.get(h.evidence, [])) >= 2 and where[-1] - where[0] > _ADJACENT_LINES
    }
    dated_elsewhere = any(h.evidence not in running for h in datelines)
    # a form's date field ("Eingereicht am: 22.04.2025") is the text's own date; a date that
    # is only a part of a header line ("Landesmitgliederversammlung · 17. Mai 2025 · Antrag
    # A-7") is then the series' or the assembly's
    fielded = any(_DATE_FIELD.match(h.evidence) for h in datelines)
    for hit in datelines:
        rule = _dateline_rule(hit)
        if hit.evidence in running and dated_elsewhere and not VERSION_STAMP.match(hit.evidence):
            rule = "footer-dateline"
        elif fielded and hit.evidence not in at and not _DATE_FIELD.match(hit.evidence):
            rule = "footer-dateline"
        if rule == "dateline-inferred" and last_event and hit.value > last_event:
            # "Mainz, 12. Oktober" before "der Wahl am 22. März 2026": written the year before
            earlier = _compose(int(hit.value[:4]) - 1, int(hit.value[5:7]), int(hit.value[8:10]))
            hit = DateHit(earlier or hit.value, hit.evidence, hit.rank, hit.zone)
        stale = int(hit.value[:4]) < upcoming - _STALE_YEARS
        if candidacy and rule != "footer-dateline" and stale:
            rule = "stale-dateline"  # a template's "Veröffentlicht am" years before the event
        out.append((hit, rule))
    return out


#: Lines within which a repeated dateline is one dateline twice, not a running header.
_ADJACENT_LINES = 3
#: Rules that only fill a gap: they never stand against a date the text itself gives.
_FALLBACK_RULES = frozenset(("format", "latest-date", "past-event", "footer-dateline"))


def _format_date_as_fallback(found: list[tuple[DateHit, str]]) -> list[tuple[DateHit, str]]:
    """A file's own date (a PDF's CreationDate: the day someone exported it) dates a text
    that names none; beside a date of the text it is left out, never a rival that leaves the
    text's date uncertain (even a day of the same year is another value)."""
    if all(rule in _FALLBACK_RULES for _hit, rule in found):
        return found
    return [(hit, rule) for hit, rule in found if rule != "format"]


def _specific(value: str, rule: str, hits: list[tuple[DateHit, str]]) -> str:
    """The most specific value of a stronger rule that ``value`` is a prefix of: "Bundestags-
    wahl 2025" supports "2025-02-23" instead of rivalling it."""
    weight = _WEIGHTS[rule]
    best = value
    for hit, other in hits:
        longer = hit.value
        if len(longer) > len(best) and longer.startswith(value) and _WEIGHTS[other] > weight:
            best = longer
    return best


def _as_candidates(hits: list[tuple[DateHit, str]]) -> list[Candidate]:
    """One candidate per value and rule (the strongest): the same date named five times by
    one rule is one piece of evidence, not five. A year or month that a stronger rule's date
    lies in supports that date."""
    seen: set[tuple[str, str]] = set()
    found: list[Candidate] = []
    for hit, rule in hits:
        value = _specific(hit.value, rule, hits) if len(hit.value) < 10 else hit.value
        if (value, rule) in seen:
            continue
        seen.add((value, rule))
        zone = _ZONE_NAME.get(hit.zone, hit.zone if hit.zone in ("filename", "format") else "body")
        weight = _WEIGHTS[rule]
        if rule in ("assembly", "election") and len(value) == 7:
            weight *= _MONTH_ONLY  # "die BDK im November 2025" dates less than "am 23. September"
        found.append(Candidate("date", value, weight, zone, hit.evidence, rule))
    return _own_date_first(found)


#: Rules that give the document's own date (title, dateline, signature, issue, file name).
_OWN_RULES = frozenset(
    (
        "title-dateline",
        "dateline",
        "filename",
        "issue",
        "dateline-month",
        "dateline-inferred",
        "decided",
    )
)
#: How much an event's date counts against the document's own date: pooled, several events
#: (the election in the title, the assembly, their years) outweighed one dateline, although
#: by the labelling rules the document's own date comes first.
_EVENT_AGAINST_OWN = 0.5


def _own_date_first(found: list[Candidate]) -> list[Candidate]:
    """Events' dates weigh less where the document has a date of its own that they differ
    from; where they agree they support it as before."""
    own = [c for c in found if c.rule in _OWN_RULES and c.weight >= _WEIGHTS["dateline-inferred"]]
    if not own:
        return found
    best = str(max(own, key=lambda c: c.weight).value)
    return [
        c
        if c.rule in _OWN_RULES or best.startswith(str(c.value))
        else Candidate(
            c.field,
            c.value,
            round(c.weight * _EVENT_AGAINST_OWN, 3),
            c.zone,
            c.evidence,
            c.rule,
            c.start,
        )
        for c in found
    ]


def candidates(doc: Doc, ctx: Context) -> list[Candidate]:
    """Date candidates with their evidence, for :func:`evidence.decide`.

    The document's own date (title or dateline, a dated signature, "Zuletzt aktualisiert",
    a newsletter issue, the file name of a Jekyll/Hugo post) outweighs the nominating
    assembly, which outweighs the election; years alone, template footers, format metadata
    and the latest date in the text are weak. A date given by a person yields nothing here.

    Hooks in ``ctx.known`` besides the given fields: ``filename`` (the file's name, for dated
    posts), ``format_date`` (a PDF CreationDate or similar: weak evidence) and
    ``context_date`` (a date that fixes the year of "am 7. September").
    """
    if ctx.known.get("date"):
        return []
    return _as_candidates(_hits(doc, ctx.known, candidacy=ctx.candidacy))


def find_date(doc: Doc, *, known_date: str | None = None) -> DateHit | None:
    """The document's own date, or the assembly or election date it refers to: the decision
    over :func:`candidates`, kept for callers of the old API."""
    known = {"context_date": known_date} if known_date else {}
    hits = _hits(doc, known)
    decision = decide(_as_candidates(hits))
    if decision is None:
        return None
    return next(hit for hit, rule in hits if hit.value == decision.value)


_ = TITLE
