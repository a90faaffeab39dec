"""Person names recognised by a known first name, not by capitalisation.

German capitalises every noun, so "two capitalised words" is no evidence of a person. A known
first name is: the table ``data/vornamen.tsv`` holds the first names of newborns in four cities
(about 18,000 spellings, each seen at least three times; source and licence in
``data/README.md``). A person is a known first name (a hyphenated one when each part is known)
followed by one or two capitalised surnames, possibly with a particle ("von", "van der"); the
form "Nachname, Vorname" is reordered. Academic titles are dropped. A surname may be a place
("Marianne Roth", "Jonas Kiel"): only the first name is checked against the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "vornamen.tsv"
#: First names of older generations that the newborn lists miss ("Gunhild", "Godehard"):
#: candidates are adults, mostly born decades before those lists begin.
OLDER = Path(__file__).with_name("data") / "vornamen_aeltere.tsv"

#: Capitals and small letters of names as German documents write them, with the letters of
#: Polish, Czech, Turkish, Romanian … names ("Niehoff-Szymański" must not end at the "ń").
_UP = "A-ZÄÖÜÇŞİÉÁÀÂÓÚŁŚŹŻĆČŠŽŘŃĐ"
_LOW = "a-zäöüßáàâãảạéèêëíìîïóòôõúùûçñćčšžłøåæœğşıýơưđńśźżąęěřťďňůőűășțľĺŕ"
_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*"
_PARTICLE = r"(?:von|van|de|der|den|zu|vom|ter|ten|da|di|del|dos|du|la|le|al|el|bin|ibn)"
_TITLES = (
    r"(?:(?:Dr|Prof|Dipl\.-[A-Z][a-z]+|PD)\.?(?:\s*(?:med|rer\.\s*nat|phil|jur|h\.\s*c)\.)*\s+)*"
)
# "Anna Muster", "Anna-Lena von der Heide", "Anna Maria Muster-Beispiel". Words are separated
# by any run of spaces (PDF text and markdown tables pad them).
# An Arabic article or kinship word joined to the surname: "Rasha al-Khatib", "Omar Abu-Saleh"
JOINED_PARTICLE = r"(?:(?:al|el|ad|ar|as|at|az|ash|abu|ibn|bin|ben)-)?"
# A Portuguese, Spanish or Dutch double surname joined by a particle: "Pereira da Costa",
# "Santos de Oliveira" (not German "von": "Anna Muster von Bündnis 90" is no name).
_FOREIGN_PARTICLE = r"(?:da|das|de|do|dos|di|del|la|van)"
_FORWARD = re.compile(
    rf"(?<![\w-]){_TITLES}(?P<first>{_WORD})(?:[ \t]+(?P<second>{_WORD}))?"
    rf"(?P<last>(?:[ \t]+{_WORD}(?=[ \t]+{_FOREIGN_PARTICLE}[ \t]+[{_UP}]))?"
    rf"(?:[ \t]+{_PARTICLE}){{0,2}}[ \t]+{JOINED_PARTICLE}{_WORD})(?![\w-])"
)
# "Muster, Anna" (lists of nominees, tables, ballot papers).
_REVERSED = re.compile(
    rf"(?<![\w-])(?P<last>(?:{_PARTICLE}[ \t]+)?{_WORD}),[ \t]*{_TITLES}(?P<first>{_WORD})"
    rf"(?:[ \t]+(?P<second>{_WORD}))?(?![\w-])"
)

# Capitalised words that follow a first name without being a surname: function words at a
# sentence start, nouns of party texts, months. A first name that is also such a word
# ("Mai", "August") is judged by the word after it.
NOT_SURNAME = frozenset(
    """
    Die Der Das Den Dem Des Ein Eine Einen Einer Ich Wir Sie Er Es Und Oder Aber Auch Als Am Im
    In Zu Zum Zur Für Mit Von Vor Bei Nach Aus Auf An Ist Sind War Hat Haben Wird Werden Kann
    Mein Meine Unser Unsere Ihr Ihre Sein Seine Dies Diese Dieser Wahlkreis Landtag Bundestag
    Kreistag Stadtrat Gemeinderat Partei Fraktion Vorstand Landesliste Liste Platz Kandidat
    Kandidatin Kandidaten Kandidatinnen Direktkandidat Direktkandidatin Bewerbung Kandidatur
    Januar Februar März April Mai Juni Juli August September Oktober November Dezember Uhr
    Straße Str Landesverband Kreisverband Ortsverband Ortsverein Bürgermeister Bürgermeisterin
    Vorsitzende Vorsitzender Sprecher Sprecherin Antwort Frage Fragen Wahl Neue Neuer Grüne
    Linke Jahre Jahren Jahr Prozent Euro Stimmen Mitglied Mitglieder Team Gruppe Dank Vielen
    """.split()
)
# Words that look like first names but open sentences or headings far more often, and English
# words German texts borrow ("Happy Hour", "Art" is a German noun too).
NOT_FIRST = frozenset(
    """
    Alle Bei Wer Was Wie Wo Dank Ende Liebe Mai Rose Sonne Fee Sky Star Summer Welt Amen Neue Hoch
    Grund Wahl Gute Lange Klar Stern Engel Glück Mut Ruhe Ehre Trotz Sommer Winter Rom Ost Nord
    Kurz Mehr Noch Doch Und Nur Frei Den An Man
    Art Happy Sunny Lucky Honey Magic Diamond Heaven Liberty Justice Storm Ocean Sun Moon Blue
    Lady Lord Will Bill Peace Love Gold Silver Chance Ace Hero Boy Song Rock Jazz Soul King Queen
    Prince Princess
    """.split()
)


@dataclass(frozen=True)
class Name:
    """A person's name found in a text: "Vorname Nachname", with the span it was read from."""

    name: str
    first: str
    start: int
    end: int
    reversed: bool = False


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    """First name -> share of girls among the newborns who had it (0..1)."""
    shares = _read(DATA)
    for name, share in older_names().items():
        shares.setdefault(name, share)
    return shares


@lru_cache(maxsize=1)
def older_names() -> dict[str, float]:
    """The first names of :data:`OLDER` (name -> 1.0 for a woman's name, 0.0 for a man's)."""
    return _read(OLDER)


def _read(path: Path) -> dict[str, float]:
    shares: dict[str, float] = {}
    with path.open(encoding="utf-8") as handle:
        header_seen = False
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            if not header_seen:
                header_seen = True
                continue
            name, _, share = line.rstrip("\n").partition("\t")
            shares[name] = float(share)
    return shares


def female_share(first: str) -> float | None:
    """The share of girls among newborns with this first name; ``None`` for an unknown name."""
    table = _table()
    if first in table:
        return table[first]
    parts = first.split("-")
    if len(parts) > 1 and all(part in table for part in parts):
        return table[parts[0]]
    return None


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a known first name (each part of a hyphenated one known)."""
    return word not in NOT_FIRST and female_share(word) is not None


# Compound nouns of party organisation that end a capitalised phrase after a word that is
# also a first name: "An den Kreisvorstand", "Liebe Landesversammlung" name no person.
_ORGANISATION_END = re.compile(
    r"(?:vorstand|verband|versammlung|parteitag|fraktion|ausschuss|konferenz|vorsitz|"
    r"geschäftsstelle|mitglieder|delegierte[n]?|genossinnen|genossen)$"
)


def _surname_ok(last: str) -> bool:
    words = last.split()
    tail = words[-1]
    if len(tail) > 8 and _ORGANISATION_END.search(tail.casefold()):
        return False
    return all(part not in NOT_SURNAME for part in tail.split("-")) and len(tail) > 1


def _compose(first: str, second: str | None, last: str) -> str | None:
    """The full name, or ``None`` when the words are not a person's name."""
    if not is_first_name(first) or not _surname_ok(last):
        return None
    if second is not None:
        if second in NOT_SURNAME:
            return None
        # "Anna Maria Muster": a second first name; "Anna Muster Beispiel" is not a name.
        if not is_first_name(second):
            return None
    parts = [first] + ([second] if second else []) + last.split()
    return " ".join(parts)


def _forward(text: str) -> list[Name]:
    """Forward names ("Vorname [Vorname] Nachname"); a failed start retries at the next word."""
    found: list[Name] = []
    pos = 0
    while True:
        match = _FORWARD.search(text, pos)
        if match is None:
            return found
        first, second = match["first"], match["second"]
        name = _compose(first, second, match["last"])
        if name is not None:
            found.append(Name(name, first, match.start("first"), match.end()))
            pos = match.end()
            continue
        if (
            second is not None
            and re.match(rf"[ \t]+{_FOREIGN_PARTICLE}[ \t]", match["last"])
            and (name := _compose(first, None, " " + second + match["last"])) is not None
        ):
            # "Daniel Pereira da Costa": a double surname, not a second first name
            found.append(Name(name, first, match.start("first"), match.end()))
            pos = match.end()
            continue
        if second is not None and (name := _compose(first, None, " " + second)) is not None:
            # "Anna Muster Beispiel", "Anna Muster Und": keep "Anna Muster".
            found.append(Name(name, first, match.start("first"), match.end("second")))
            pos = match.end("second")
            continue
        pos = match.end("first")


# Only list marks, numbers, table bars and spaces may precede a reversed name on its line:
# "Muster, Anna" in running text is more often "Ja, Anna" or "Danke, Anna".
_LIST_PREFIX = re.compile(r"[\s\d.)|*•#-]*")


def _reversed(text: str, taken: list[Name], whole_line: bool = False) -> list[Name]:
    found: list[Name] = []
    for match in _REVERSED.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        start = match.start()
        if not _LIST_PREFIX.fullmatch(text, line_start, start):
            start = _double_surname_start(text, line_start, start) if whole_line else -1
            if start < 0:
                continue
        if any(n.start <= match.start() < n.end for n in taken):
            continue
        last_word = match["last"].split()[-1]
        if last_word in NOT_SURNAME:
            continue
        # "Anna, Maria" in prose is two people; a list line "Tjaden, Ole" is one, and so is
        # "Demir, Cem – Fachinformatiker" (what follows the name is set off by a dash)
        if is_first_name(last_word) and not (
            whole_line and _LINE_REST.match(text, match.end())
        ):
            continue
        first = match["first"]
        if not is_first_name(first):
            continue
        second = match["second"] if match["second"] and is_first_name(match["second"]) else None
        last = text[start : match.start("last")].split() + match["last"].split()
        full = " ".join([first] + ([second] if second else []) + last)
        found.append(Name(full, first, start, match.end(), reversed=True))
    return found


# The first part of a Spanish or Portuguese double surname before a reversed name on a list
# line: "3. Vasquez Ortega, Lucía".
_SURNAME_PART = re.compile(rf"({_WORD})[ \t]+$")


def _double_surname_start(text: str, line_start: int, at: int) -> int:
    """Where a reversed name with a two-word surname starts on a list line (else -1): the
    word before the surname is capitalised, no first name and no common noun, and only list
    marks precede it ("Vasquez Ortega, Lucía"; not "Kreisrat Muster, Anna")."""
    part = _SURNAME_PART.search(text, line_start, at)
    if part is None or not _LIST_PREFIX.fullmatch(text, line_start, part.start()):
        return -1
    word = part[1]
    if is_first_name(word) or not _surname_ok(word) or _ROLE_NOUN.search(word.casefold()):
        return -1
    return part.start()


# German nouns of roles and places that may head a list line before a reversed name
# ("Kreisrätin Muster, Anna", "Listenplatz Muster, Anna"): never the first part of a surname.
_ROLE_NOUN = re.compile(
    r"(?:rat|rätin|in|innen|er|ende|enden|meister|kandidat|bewerber|platz|liste|stelle|"
    r"vorstand|verband|amt|gruppe|ort|stadt|kreis|land)$"
)


# What may follow the name on a list line: nothing, or an aside set off by a dash or bracket.
# ("Wagner, Gerda, Verwaltungsangestellte": a list line's description after a comma)
_LINE_REST = re.compile(r"[ \t]*(?:$|[–—(,]|-[ \t])")


def find_names(text: str, *, reversed_form: bool = True, whole_line: bool = False) -> list[Name]:
    """Every person's name in ``text``, in order of appearance. With ``whole_line`` the text
    is a list line: "Tjaden, Ole" is then read reversed although "Tjaden" is a first name too."""
    found = _forward(text)
    if reversed_form and "," in text:
        found.extend(_reversed(text, found, whole_line))
        found.sort(key=lambda n: n.start)
    return found


def name_at(text: str) -> Name | None:
    """The name that ``text`` starts with (after spaces, list marks and titles), if any."""
    stripped = text.lstrip(" \t*-•|#")
    offset = len(text) - len(stripped)
    for name in find_names(stripped[:120]):
        if name.start <= 12:
            return Name(
                name.name, name.first, name.start + offset, name.end + offset, name.reversed
            )
        break
    return None
