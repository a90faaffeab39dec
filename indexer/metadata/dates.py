"""The document's date: dateline or signature first, else the assembly, else the election.

Candidacy texts are full of years that are not their date: birth years, "seit 2009", past
elections, "© 2025". So a date counts only in a position that dates the document (a dateline
"Chemnitz, 18.11.2024", "Veröffentlicht am ...", a closing "Trier, im Mai 2024") or next to an
assembly or election word. A day without a year ("am 26. April") takes its year from a given
date or from a single event year in the same sentence or title; otherwise it is not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.isodate import compose
from indexer.metadata.document import FOOTER, HEAD, TAIL, TITLE, Doc

_MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "maerz": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Jan\.|Feb\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.)"
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


_DATELINE_PREFIX = re.compile(
    r"^(?:(?:Veröffentlicht|Erschienen|Publiziert|Datum|Stand|Pressemitteilung|Presseerklärung|"
    r"Erstellt|Aktualisiert)\b[^:\d]{0,20}:?\s*|"
    r"[A-ZÄÖÜ][\w./()' -]{1,40},\s*(?:den\s+|im\s+|Anfang\s+|Ende\s+|Mitte\s+)?|"
    r"(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*,?\s*)?$"
)
# The place-and-date lead of a paragraph, up to the dash or period that ends it.
_RUN_ON_DATELINE = re.compile(
    r"([A-ZÄÖÜ][\w./() -]{1,40},\s*(?:den\s+)?\d{1,2}\.\s*"
    r"(?:\d{1,2}\.\s*\d{2,4}|[A-ZÄÖÜ][a-zä]+\.?\s+\d{4}))\s*(?:[–—-]|\.(?=\s+[A-ZÄÖÜ„\"]))"
)
_NOT_DATELINE = re.compile(r"\b(?:Uhr|Termin|Ort|Wann|Beginn|Zeit|Frist|bis\s+zum)\b", re.I)
_ASSEMBLY = re.compile(
    r"(?:[Pp]arteitag\w*|[Vv]ersammlung\w*|\bLDK\b|\bBDK\b|\bKMV\b|\bLMV\b|\bMV\b|\bJHV\b|"
    r"[Dd]elegiertenkonferenz\w*|[Kk]onferenz\w*|[Kk]ongress\w*|[Kk]onvent\w*|[Nn]ominierung\w*|"
    r"[Uu]rwahl|[Mm]itgliederentscheid|[Kk]reisparteitag|treffen\s+wir\s+uns)"
)
_ELECTION = re.compile(
    r"(?:\w*[Ww]ahl(?:en)?\b|[Ww]ahltag|[Ww]ahlsonntag|[Gg]ewählt\s+wird|\bwählen\b|\bwählt\b|"
    r"\bkandidier\w*|"
    r"\bStimmen?\b)"
)
_ASSEMBLY_YEAR = re.compile(
    r"(?:[Pp]arteitag\w*|[Vv]ersammlung\w*|LDK|BDK|[Dd]elegiertenkonferenz\w*)\s+"
    r"(?P<year>(?:19|20)\d{2})(?:[./]\d)?\b"
)
_ELECTION_YEAR = re.compile(
    r"(?:Bundestags|Landtags|Europa|Kommunal|Bürgerschafts|Abgeordnetenhaus|Gemeinderats|Stadtrats|"
    r"Kreistags|Oberbürgermeister|Bürgermeister|Landrats)wahl(?:en)?\s+(?P<year>(?:19|20)\d{2})\b"
)
_EVENT_YEAR = re.compile(r"(?<![\d©])(?<!seit )(?<!Jahrgang )(?<!geboren )\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class DateHit:
    value: str
    evidence: str
    rank: int  # 0 dateline, 1 assembly, 2 election


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


def _single_year(*texts: str) -> int | None:
    years = {int(m.group(0)) for text in texts for m in _EVENT_YEAR.finditer(text)}
    return years.pop() if len(years) == 1 else None


def _datelines(doc: Doc) -> list[DateHit]:
    hits = []
    for start, full_line, zone in doc.lines:
        if zone not in (HEAD, TAIL) and start > 1500:
            continue
        line = full_line
        if len(full_line) > 90:  # a press dateline runs into the text: "Rostock, 14. August
            lead = _RUN_ON_DATELINE.match(full_line)  # 2019 – Der Kreisverband ..."
            if lead is None:
                continue
            line = lead.group(1)
        if _NOT_DATELINE.search(line):
            continue
        found = _date_matches(line)
        match = found[0] if found else None
        if not match or not _DATELINE_PREFIX.match(line[: match.start()]):
            continue
        rest = line[match.end() :]
        if rest.strip() and not re.match(r"^\s*(?:[·|,–—-]|\(|$)", rest):
            continue
        value = _value(match, None)
        if value:
            hits.append(DateHit(value, line, 0))
    # complete datelines first, then month-only closings ("Trier, im Mai 2024")
    hits.sort(key=lambda h: -len(h.value))
    return hits


def _context_year(known_date: str | None) -> int | None:
    if known_date and re.match(r"^(?:19|20)\d{2}", known_date):
        return int(known_date[:4])
    return None


def _event_dates(doc: Doc, known_year: int | None) -> list[DateHit]:
    hits: list[DateHit] = []
    text = doc.text
    for match in _date_matches(text):
        sentence = doc.sentence_at(match.start())
        if sentence is None or sentence.zone == FOOTER:
            continue
        value = _value(match, known_year)
        if value is None and match.groupdict().get("month") and not match.group("year"):
            value = _value(match, _single_year(sentence.text, doc.title))
        if value is None:
            continue
        before = text[max(sentence.start, match.start() - 70) : match.start()]
        after = text[match.end() : min(match.end() + 90, sentence.start + len(sentence.text))]
        kind = _nearest_kind(before, after)
        if kind is not None:
            hits.append(DateHit(value, sentence.text, kind))
    if "wahl" in text or "arteitag" in text or "ersammlung" in text:
        for pattern, rank in ((_ASSEMBLY_YEAR, 3), (_ELECTION_YEAR, 4)):
            for match in pattern.finditer(text):
                sentence = doc.sentence_at(match.start())
                if sentence is not None and sentence.zone != FOOTER:
                    hits.append(DateHit(match.group("year"), sentence.text, rank))
    return hits


def _nearest_kind(before: str, after: str) -> int | None:
    """1 when the nearest cue is an assembly, 2 when it is an election, else ``None``."""
    cues = [(len(before) - m.end(), 1) for m in _ASSEMBLY.finditer(before)]
    cues += [(len(before) - m.end(), 2) for m in _ELECTION.finditer(before)]
    if cues:
        return min(cues)[1]
    cues = [(m.start(), 1) for m in _ASSEMBLY.finditer(after)]
    cues += [(m.start(), 2) for m in _ELECTION.finditer(after)]
    return min(cues)[1] if cues else None


def find_date(doc: Doc, *, known_date: str | None = None) -> DateHit | None:
    """The document's own date, or the assembly or election date it refers to."""
    if doc.title:
        title_dates = _date_matches(doc.title)
        title_match = title_dates[0] if title_dates else None
        if title_match and _DATELINE_PREFIX.match(doc.title[: title_match.start()]):
            value = _value(title_match, None)
            if value and len(value) == 10:
                return DateHit(value, doc.title, 0)
    datelines = _datelines(doc)
    if datelines and len(datelines[0].value) >= 7:
        return datelines[0]
    events = _event_dates(doc, _context_year(known_date))
    if events:
        events.sort(key=lambda h: (h.rank, -len(h.value)))
        best = events[0]
        if datelines and best.rank > 2:
            return datelines[0]
        return best
    return datelines[0] if datelines else None


_ = TITLE
