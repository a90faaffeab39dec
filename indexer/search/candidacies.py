"""Candidacies as rows, grouped into elections: the data behind ``/kandidaturen``.

A candidacy document gives one row (its person or persons); a list announcement gives one row
per nominee it names, with the list place and the region of the nominee's line where the text
gives them (``extra["nominees"]``, written by the ingest pipeline). Rows of the same office and
region whose dates lie close together belong to one election or assembly (:func:`elections`):
candidacies for the Landesvorsitz in March and April 2024 are one vote, those of 2022 another.

Pure functions over plain data; :meth:`SearchService.candidacies` finds the documents.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from indexer.isodate import date_span
from indexer.search.types import Hit

#: Two candidacies for the same office and region at most this many days apart (after sorting
#: by date) belong to one election. Candidacy statements for one vote appear over a few weeks;
#: the next vote for the same office is a year or more later.
ELECTION_GAP_DAYS = 120
#: Characters of a statement's beginning shown as its first lines.
LEAD_CHARS = 280
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Nominee:
    """One nominee of a list announcement, as the pipeline stored it."""

    person: str
    office: str | None = None
    region: str | None = None
    place: int | None = None


@dataclass(frozen=True)
class Details:
    """What a candidacy row needs beyond the hit: the nominees and the first lines."""

    nominees: tuple[Nominee, ...] = ()
    lead: str = ""


@dataclass(frozen=True)
class Candidacy:
    """One run for one office: a person (or several, a duo) in one document."""

    doc: Hit
    persons: tuple[str, ...]
    office: str | None
    region: str | None
    place: int | None = None
    #: from a list announcement (one of its nominees), not a statement of its own
    listed: bool = False
    lead: str = ""

    @property
    def bundesland(self) -> str | None:
        return self.doc.bundesland[0] if self.doc.bundesland else None

    @property
    def where(self) -> str | None:
        """Where the election is held: the document's region, else its Bundesland. A list
        announcement's nominees keep their own constituencies as ``region`` but share it."""
        return self.doc.region[0] if self.doc.region else self.bundesland

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.doc.id,
            "title": self.doc.title,
            "date": self.doc.date,
            "persons": list(self.persons),
            "office": self.office,
            "region": self.region,
            "bundesland": self.bundesland,
            "party": ", ".join(self.doc.party) or None,
            "place": self.place,
            "listed": self.listed,
            "lead": self.lead,
            "snippet": self.doc.snippet,
        }


@dataclass
class Election:
    """Candidacies for the same office and region within a short span of time."""

    office: str | None
    region: str | None
    bundesland: str | None
    rows: list[Candidacy] = field(default_factory=list)

    @property
    def first(self) -> str | None:
        return min((r.doc.date for r in self.rows if r.doc.date), default=None)

    @property
    def last(self) -> str | None:
        return max((r.doc.date for r in self.rows if r.doc.date), default=None)

    @property
    def documents(self) -> int:
        return len({r.doc.id for r in self.rows})


def details_from_stored(stored: dict[str, Any]) -> Details:
    """The nominees (from the stored ``extra`` JSON) and the first lines of the text."""
    nominees: tuple[Nominee, ...] = ()
    raw = stored.get("extra")
    if isinstance(raw, str) and '"nominees"' in raw:  # most documents have none: skip the parse
        try:
            extra = json.loads(raw)
        except ValueError:
            extra = {}
        nominees = parse_nominees(extra.get("nominees") if isinstance(extra, dict) else None)
    return Details(nominees, lead(str(stored.get("title") or ""), str(stored.get("text") or "")))


def parse_nominees(items: Any) -> tuple[Nominee, ...]:
    """Stored nominee records; malformed entries are skipped, never an error."""
    if not isinstance(items, list):
        return ()
    out = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("person"), str):
            continue
        place = item.get("place")
        out.append(
            Nominee(
                item["person"],
                str(item["office"]) if item.get("office") else None,
                str(item["region"]) if item.get("region") else None,
                place if isinstance(place, int) and not isinstance(place, bool) else None,
            )
        )
    return tuple(out)


def lead(title: str, text: str, limit: int = LEAD_CHARS) -> str:
    """The first lines of a text, without a first line that repeats the title, cut at a word."""
    lines = [line.strip() for line in text.strip().splitlines()]
    if lines and title and _fold(lines[0]) == _fold(title):
        lines = lines[1:]
    flat = _SPACE.sub(" ", " ".join(lines)).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + " …"


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def rows(hit: Hit, details: Details, persons: Sequence[str] = ()) -> list[Candidacy]:
    """The runs of one document: each nominee of a list announcement, else its person(s).

    ``persons`` (a person filter) keeps only those nominees, so a list of thirty names shows
    the one asked for.
    """
    office = hit.office[0] if hit.office else None
    region = hit.region[0] if hit.region else None
    if details.nominees:
        wanted = set(persons)
        return [
            Candidacy(
                hit,
                (n.person,),
                n.office or office,
                n.region or region,
                n.place,
                listed=True,
                lead=details.lead,
            )
            for n in details.nominees
            if not wanted or n.person in wanted
        ]
    return [Candidacy(hit, tuple(hit.person), office, region, lead=details.lead)]


def elections(candidacies: Iterable[Candidacy], newest_first: bool = True) -> list[Election]:
    """Rows grouped by office, the document's region (else Bundesland) and closeness in time.

    Groups come newest first (by their latest date; undated groups last); within a group,
    rows with a list place by place, then the newest first, then by name.
    """
    by_key: dict[tuple[str, str], list[Candidacy]] = {}
    for row in candidacies:
        key = (row.office or "", row.where or "")
        by_key.setdefault(key, []).append(row)
    groups: list[Election] = []
    for (office, region), members in by_key.items():
        dated = sorted((r for r in members if r.doc.date), key=_day)
        undated = [r for r in members if not r.doc.date]
        current: Election | None = None
        previous = 0
        for row in dated:
            day = _day(row)
            if current is None or day - previous > ELECTION_GAP_DAYS:
                current = _election(office, region, row)
                groups.append(current)
            current.rows.append(row)
            previous = day
        if undated:
            group = _election(office, region, undated[0])
            group.rows.extend(undated)
            groups.append(group)
    for group in groups:
        group.rows.sort(key=_row_order)
    dated_groups = sorted(
        (g for g in groups if g.last), key=lambda g: (g.last or "", g.office or ""),
        reverse=newest_first,
    )
    return dated_groups + [g for g in groups if not g.last]


def _election(office: str, region: str, row: Candidacy) -> Election:
    return Election(office or None, region or None, row.bundesland)


def _day(row: Candidacy) -> int:
    """The row's date as a day number (a partial date counts from its first day)."""
    return _day_number(row.doc.date or "")


@lru_cache(maxsize=20_000)
def _day_number(iso: str) -> int:
    span = date_span(iso)
    if span is None:
        return 0
    start = span[0]
    try:
        return dt.date(start // 10000, start // 100 % 100, start % 100).toordinal()
    except ValueError:
        return 0


def _row_order(row: Candidacy) -> tuple[int, int, str]:
    place = row.place if row.place is not None else 100_000  # unplaced after the list places
    return (place, -_day(row), row.persons[0] if row.persons else "")
