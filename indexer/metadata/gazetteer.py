"""Gazetteers: Länder, Bundestag constituencies, Kreise and city districts, from data files.

Region answers must be names a journalist can facet on and a Land must follow from them, so
places come from official tables (see ``data/README.md``) rather than from guesses. The tables
are read once, lazily, into plain dicts keyed by a normalised spelling; every lookup is a dict
access, which keeps extraction fast.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: Place kinds, from the broadest to the most specific.
LAND, KREIS, BEZIRK, WAHLKREIS = "land", "kreis", "bezirk", "wahlkreis"
GEMEINDE = "gemeinde"

_DASHES = re.compile(r"\s*[\u2010-\u2015\u2212-]\s*")
_SPACES = re.compile(r"\s+")
_SUFFIX = re.compile(r"\s*(?:\(.*\)|\s(?:am|an der|im|in der|ob der|i\.|a\.)\s.*)$")
_WK_IN_REGION = re.compile(r"\b(?:Wahlkreis|WK)\.?\s*(?:Nr\.?\s*)?0*(\d{1,3})\b", re.IGNORECASE)
_ROMAN_OR_NUMBER = re.compile(r"\s+(?:[IVX]{1,4}|\d{1,2})$")
_PREFIX = re.compile(
    r"^(?:Landkreis|Kreis|Stadt|Kreisfreie Stadt|Hansestadt|Landeshauptstadt|Bezirk|"
    r"Kreisverband|Stadtverband|Wahlkreis|Region|Städteregion|Regionalverband|Freistaat|Land)\s+",
    re.IGNORECASE,
)


# A Kreis whose name joins several parts before "-Kreis" ("Rhein-Lahn-Kreis"): people drop
# the "-Kreis". One-part names are left alone ("Ilm-Kreis" is not the river Ilm).
_SPOKEN_KREIS = re.compile(
    # "Rhein-Sieg-Kreis", "Saarpfalz-Kreis" (one part of six letters or more: not "Ilm"),
    # "Hochtaunuskreis" (a stem of nine or more: not "Enz", "Saale", "Heide")
    r"^([A-ZÄÖÜ]\w+(?:-[A-ZÄÖÜ]\w+)+|[A-ZÄÖÜ]\w{5,})-Kreis$|^([A-ZÄÖÜ][a-zäöüß]{8,})kreis$"
)


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: its display name, kind, Land code and (for constituencies) number."""

    name: str
    kind: str
    land: str
    number: int | None = None
    typ: str = ""
    population: int = 0  # Gemeinden only (31.12.2024)
    kreis: str = ""  # Gemeinden only: the Kreis key (AGS, 5 digits)


# A one-letter abbreviation and the space after it ("a. Main", "i. OB", "b. Berlin").
_LETTER_DOT_SPACE = re.compile(r"\b([a-zäöü])\.\s+")


def norm(name: str) -> str:
    """Comparison key: NFC, casefolded, one kind of dash, single spaces ("Leipzig – Süd")."""
    text = unicodedata.normalize("NFC", name).casefold()
    text = _DASHES.sub("-", text)
    text = _LETTER_DOT_SPACE.sub(r"\1.", text)  # "Prien a. Chiemsee" is "Prien a.Chiemsee"
    return _SPACES.sub(" ", text).strip(" .,;:")


def _wk_key(name: str) -> str:
    """Constituency names are written with spaces or dashes alike ("Leipzig-Süd", "Leipzig Süd")."""
    return norm(name).replace("-", " ")


def _rows(filename: str) -> Iterator[list[str]]:
    data = resources.files("indexer.metadata").joinpath("data", filename)
    lines = data.read_text(encoding="utf-8").splitlines()
    header_seen = False
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield line.split("\t")


@dataclass
class _Tables:
    land_names: dict[str, str]  # code -> name
    lands: dict[str, str]  # norm(name or alias) -> code
    adjectives: list[tuple[str, str]]  # (stem, code)
    places: dict[str, list[Place]]  # norm(name) -> places (Kreise, Bezirke)
    wahlkreise: dict[int, Place]
    wk_names: dict[str, Place]  # norm(name or alias) -> constituency
    max_words: int


def _load_laender() -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]]]:
    land_names: dict[str, str] = {}
    lands: dict[str, str] = {}
    adjectives: list[tuple[str, str]] = []
    for code, name, aliases, adjs, *_ in _rows("laender.tsv"):
        land_names[code] = name
        lands[norm(name)] = code
        for alias in filter(None, aliases.split("|")):
            lands[norm(alias)] = code
        adjectives.extend((adj, code) for adj in filter(None, adjs.split("|")))
    return land_names, lands, adjectives


def _load_places(lands: dict[str, str]) -> dict[str, list[Place]]:
    """Kreise under their short name (also without prefix and suffix: "Freiburg"), and the
    Berlin and Hamburg districts under name, display form and aliases."""
    places: dict[str, list[Place]] = {}

    def add(key: str, place: Place) -> None:
        bucket = places.setdefault(norm(key), [])
        if place not in bucket:
            bucket.append(place)

    for _ags, land, typ, name, *_ in _rows("kreise.tsv"):
        place = Place(name=name, kind=KREIS, land=land, typ=typ)
        add(name, place)
        short = _PREFIX.sub("", name)
        add(short, place)
        short = _SUFFIX.sub("", short)
        if short and norm(short) not in lands:  # "Brandenburg an der Havel" is not the Land
            add(short, place)
        spoken = _SPOKEN_KREIS.match(name)
        if spoken:  # "Volt Rhein-Lahn", "SPD Hochtaunus": a Kreis named without its "-Kreis"
            add(spoken.group(1) or spoken.group(2), place)
    for land, name, display, aliases, *_ in _rows("bezirke.tsv"):
        place = Place(name=display or name, kind=BEZIRK, land=land)
        for key in filter(None, [name, display, *aliases.split("|")]):
            add(key, place)
    return places


def _load_wahlkreise() -> tuple[dict[int, Place], dict[str, Place]]:
    wahlkreise: dict[int, Place] = {}
    wk_names: dict[str, Place] = {}
    for number, land, name, aliases, *_ in _rows("wahlkreise_btw2025.tsv"):
        wk = Place(name=name, kind=WAHLKREIS, land=land, number=int(number))
        wahlkreise[int(number)] = wk
        for key in filter(None, [name, *aliases.split("|")]):
            wk_names.setdefault(_wk_key(key), wk)
    return wahlkreise, wk_names


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """Load every table once (about 1,000 rows; a few milliseconds)."""
    land_names, lands, adjectives = _load_laender()
    places = _load_places(lands)
    wahlkreise, wk_names = _load_wahlkreise()
    max_words = max(len(k.split()) for k in [*places, *lands])
    return _Tables(land_names, lands, adjectives, places, wahlkreise, wk_names, max_words)


@lru_cache(maxsize=1)
def _landscapes() -> dict[str, str]:
    """Regierungsbezirke and landscapes of one Land: norm(name) -> Land code."""
    return {norm(name): land for land, name, *_ in _rows("landschaften.tsv")}


def landscape_land(word: str) -> str | None:
    """The Land of a region within one Land ("Oberbayern", "Münsterland"), for Land context."""
    return _landscapes().get(norm(word))


def land_name(code: str) -> str:
    """The Land's name for its official two-letter code."""
    return tables().land_names.get(code, code)


@lru_cache(maxsize=65536)
def land_code(name: str) -> str | None:
    """Code of a Land written as name, alias ("NRW") or code; ``None`` if it is not a Land."""
    t = tables()
    key = norm(name)
    if key.upper() in t.land_names and len(key) == 2:
        return key.upper()
    return t.lands.get(key)


@lru_cache(maxsize=16384)
def land_of_adjective(word: str) -> str | None:
    """ "Sächsischer", "Thüringer" -> the Land's code, for "Sächsischer Landtag"."""
    low = word.casefold()
    for stem, code in tables().adjectives:
        if low.startswith(stem) and len(low) - len(stem) <= 3:
            return code
    return None


@lru_cache(maxsize=65536)
def places(name: str) -> tuple[Place, ...]:
    """Kreise and districts called ``name`` (several where a city and a Landkreis share it)."""
    t = tables()
    key = norm(name)
    found = t.places.get(key)
    if not found:
        stripped = norm(_PREFIX.sub("", name))
        found = t.places.get(stripped) if stripped != key else None
    return _with_namesakes(name, tuple(found)) if found else ()


#: Kreis types of a city that is its own Kreis.
CITY_KREIS_TYPES = frozenset(("Kreisfreie Stadt", "Stadtkreis"))
#: A place this many times larger than every namesake is meant without further context; a
#: town elsewhere larger than that share of a city's size makes the city's short name ambiguous.
POPULATION_PRIOR = 5


def _with_namesakes(name: str, found: tuple[Place, ...]) -> tuple[Place, ...]:
    """A city that is its own Kreis, named in a form that towns in other Länder share at a
    comparable size, comes with them, so the document's Land context decides: "Neustadt" is
    Neustadt an der Weinstraße or Neustadt am Rübenberge. "Halle" stays Halle (Saale), over
    five times the size of any namesake; a Landkreis ("Kreisverband Borken") is no town."""
    if len(found) != 1 or found[0].kind != KREIS or found[0].typ not in CITY_KREIS_TYPES:
        return found
    kreis = found[0]
    towns = gemeinden(name)
    own = max((t.population for t in towns if t.land == kreis.land), default=0)
    rivals = tuple(
        t for t in towns if t.land != kreis.land and t.population * POPULATION_PRIOR > own
    )
    return found + rivals if rivals else found


def wahlkreis(number: int) -> Place | None:
    """Bundestag constituency by its 2025 number."""
    return tables().wahlkreise.get(number)


def wahlkreis_by_name(name: str) -> Place | None:
    """Bundestag constituency by its official name or a common alias ("Leipzig Süd")."""
    return tables().wk_names.get(_wk_key(_PREFIX.sub("", name)))


@lru_cache(maxsize=16384)
def resolve(name: str) -> tuple[Place, ...]:
    """Places for a region as written, also for composites ("Bochum-Langendreer",
    "Rosenheim-Land", "Potsdam-Mittelmark II") whose head is in a table."""
    direct = places(name)
    if direct:
        return direct
    code = land_code(name)
    if code:
        return (Place(name=land_name(code), kind=LAND, land=code),)
    base = _ROMAN_OR_NUMBER.sub("", name.strip())
    if base != name.strip():
        return resolve(base)
    if " " in name.strip():
        return ()
    parts = re.split(r"[\u2010-\u2015-]", name)
    for cut in range(len(parts) - 1, 0, -1):
        head = "-".join(parts[:cut]).strip()
        found = places(head) or (
            (Place(name=land_name(c), kind=LAND, land=c),) if (c := land_code(head)) else ()
        )
        if found and parts[cut:] == ["Land"]:
            # "Harburg-Land", "Osnabrück-Land": a party's name for the Landkreis, never the
            # namesake city or district ("Hamburg-Harburg")
            found = tuple(p for p in found if p.kind == KREIS) or found
        if found:
            return found
    return ()


_Row = tuple[str, ...]


@dataclass
class _Gemeinden:
    by_name: dict[str, list[_Row]]  # key(name) -> table rows
    by_alias: dict[str, list[_Row]]  # key(alias) -> table rows
    postcodes: dict[str, str]  # postcode of a seat -> Land code
    prefixes: dict[str, str]  # first three digits -> Land code, where only one Land has them
    kreise: dict[str, str]  # Kreis key -> short name
    verbaende: dict[tuple[str, str], list[_Row]]  # (type, key(name)) -> member rows


# Characters after which :func:`norm` could differ from a plain casefold (dashes, odd spaces).
_NEEDS_NORM = re.compile(r"[\u2010-\u2015\u2212]|\s[-\s]|-\s|[^\w\s().,/'-]|\b\w\.\s")


def _key(name: str) -> str:
    """:func:`norm` for the table's names (NFC, single spaces: checked by the tests), cheaply:
    most names need only a casefold."""
    return norm(name) if _NEEDS_NORM.search(name) else name.casefold().strip(" .,;:")


# The official names' abbreviations as running text writes them out ("Lohr a.Main" → "Lohr
# am Main", "Neumarkt i.d.OPf." → "Neumarkt in der Oberpfalz", "Lauf a.d.Pegnitz").
_WRITTEN_OUT = (
    (re.compile(r"\bi\.\s?d\.\s?"), "in der "),
    (re.compile(r"\ba\.\s?d\.\s?"), "an der "),
    (re.compile(r"\bv\.\s?d\.\s?"), "vor der "),
    (re.compile(r"\ba\.\s?(?=[A-ZÄÖÜ])"), "am "),
    (re.compile(r"\bi\.\s?(?=[A-ZÄÖÜ])"), "im "),
    (re.compile(r"\bb\.\s?(?=[A-ZÄÖÜ])"), "bei "),
    (re.compile(r"\bOPf\.?"), "Oberpfalz"),
)


def _written_out(name: str) -> str:
    if "." not in name:
        return name
    for pattern, words in _WRITTEN_OUT:
        name = pattern.sub(words, name)
    return " ".join(name.split())


@lru_cache(maxsize=1)
def _gemeinden() -> _Gemeinden:
    """The 10,751 Gemeinden, read once on first use: rows are indexed by name as they are;
    :class:`Place` objects are made only for the names looked up."""
    names: dict[str, list[_Row]] = {}
    aliases: dict[str, list[_Row]] = {}
    postcodes: dict[str, str] = {}
    prefix_lands: dict[str, set[str]] = {}
    verbaende: dict[tuple[str, str], list[_Row]] = {}
    for row in _rows("gemeinden.tsv"):
        names.setdefault(_key(row[6]), []).append(tuple(row))
        if len(row) > 8 and row[8]:
            kind, verband_name = row[8].split(":", 1)
            verbaende.setdefault((kind, _key(verband_name)), []).append(tuple(row))
        if row[7]:
            for alias in row[7].split("|"):
                aliases.setdefault(_key(alias), []).append(tuple(row))
        written = _written_out(row[6])
        if written != row[6]:  # "Lohr a.Main" is written "Lohr am Main" in running text
            aliases.setdefault(_key(written), []).append(tuple(row))
        if "/ " in row[6]:  # "Dillingen/ Saar" is written "Dillingen/Saar"
            aliases.setdefault(_key(_display_name(row[6])), []).append(tuple(row))
        plz, land = row[5], row[1]
        if plz:
            postcodes[plz] = land
            prefix_lands.setdefault(plz[:3], set()).add(land)
    kreise = {ags: name for ags, _land, _typ, name, *_ in _rows("kreise.tsv")}
    prefixes = {k: next(iter(v)) for k, v in prefix_lands.items() if len(v) == 1}
    return _Gemeinden(names, aliases, postcodes, prefixes, kreise, verbaende)


def _display_name(official: str) -> str:
    """A Gemeinde's name as the town writes it: the register's "Dillingen/ Saar" and
    "Lauenburg/ Elbe" without the space after the slash."""
    return official.replace("/ ", "/")


def _places_of(rows: list[_Row]) -> tuple[Place, ...]:
    """Table rows as places, largest first."""
    found = [
        Place(_display_name(name), GEMEINDE, land, None, typ, int(population or 0), kreis)
        for _ags, land, kreis, typ, population, _plz, name, *_ in rows
    ]
    return tuple(sorted(found, key=lambda p: -p.population))


@lru_cache(maxsize=65536)
def gemeinden(name: str) -> tuple[Place, ...]:
    """Gemeinden called ``name``: official short names first (largest first), then the
    aliases ("Frankfurt", "Halle"), which are ambiguous by design."""
    table = _gemeinden()
    key = norm(name)
    found = _places_of(table.by_name.get(key, []))
    alias = _places_of(table.by_alias.get(key, []))
    if not found and not alias:
        stripped = norm(_PREFIX.sub("", name))
        if stripped != key:
            return gemeinden(_PREFIX.sub("", name))
    return found + tuple(p for p in alias if p not in found)


#: The words a Gemeindeverband is named by ("Verbandsgemeinde Elbe-Heide", "VG Kirchberg",
#: "Amt Hüttener Berge") -> the types they may mean.
VERBAND_WORDS: dict[str, tuple[str, ...]] = {
    "Verbandsgemeinde": ("Verbandsgemeinde",),
    "VG": ("Verbandsgemeinde", "Verwaltungsgemeinschaft"),
    "Samtgemeinde": ("Samtgemeinde",),
    "Amt": ("Amt",),
    "Amtes": ("Amt",),
    "Amts": ("Amt",),
    "Verwaltungsgemeinschaft": ("Verwaltungsgemeinschaft",),
    "VGem": ("Verwaltungsgemeinschaft",),
    "Verwaltungsverband": ("Verwaltungsverband",),
    "Gemeindeverwaltungsverband": ("Verwaltungsverband",),
    "GVV": ("Verwaltungsverband",),
}


@lru_cache(maxsize=4096)
def verband(word: str, name: str) -> Place | None:
    """The Gemeindeverband ``word`` and ``name`` name ("Verbandsgemeinde", "Elbe-Heide"), as
    one place: written with its type ("Verbandsgemeinde Elbe-Heide"), the Land, the Kreis and
    the population of its member Gemeinden; ``None`` where the register has no such one, or
    several in different Länder."""
    table = _gemeinden()
    rows = [
        row
        for kind in VERBAND_WORDS.get(word, ())
        for row in table.verbaende.get((kind, _key(name)), [])
    ]
    if not rows or len({row[1] for row in rows}) > 1 or len({row[8] for row in rows}) > 1:
        return None
    kind, official = rows[0][8].split(":", 1)
    kreise = Counter(row[2] for row in rows)
    population = sum(int(row[4] or 0) for row in rows)
    return Place(
        f"{kind} {official}", GEMEINDE, rows[0][1], None, kind, population,
        kreise.most_common(1)[0][0],
    )  # fmt: skip


def kreis_of(place: Place) -> str | None:
    """The short name of a Gemeinde's Kreis ("Steinfurt" for Ochtrup)."""
    return _gemeinden().kreise.get(place.kreis) if place.kreis else None


def places_of_adjective(
    adjective: str, kinds: tuple[str, ...] = (KREIS, BEZIRK, GEMEINDE)
) -> tuple[str, tuple[Place, ...]] | None:
    """The place a town's or a Kreis's adjective is made from ("Riedenburger" Riedenburg,
    "Altonaer" Altona, "Bremer" Bremen): (stem, places) for the first stem whose places (Kreise
    and districts before Gemeinden) are of ``kinds``; None for other words."""
    if len(adjective) < 5 or not adjective.endswith("er"):
        return None
    for stem in (adjective[:-2], adjective[:-1], adjective[:-2] + "en"):
        found = places(stem) or (gemeinden(stem) if GEMEINDE in kinds else ())
        if found and found[0].kind in kinds:
            return stem, found
    return None


def land_of_postcode(postcode: str) -> str | None:
    """Land code for a five-digit postcode: exact for a Gemeinde's seat, else by its first three
    digits where they belong to one Land only; ``None`` where they cross a Land border."""
    if len(postcode) != 5 or not postcode.isdigit():
        return None
    table = _gemeinden()
    return table.postcodes.get(postcode) or table.prefixes.get(postcode[:3])


def bundesland_of(region: str) -> str | None:
    """The Land of a region name or constituency ("Leipzig-Süd (Wahlkreis 152)" -> "Sachsen").

    ``None`` when the name is unknown, names Germany as a whole, or is shared by places in
    different Länder (the caller then needs context from the text).
    """
    try:
        if not region or not region.strip():
            return None
        wk_number = _WK_IN_REGION.search(region)
        if wk_number:
            name_part = region[: wk_number.start()].strip(" (")
            by_name = wahlkreis_by_name(name_part) if name_part else None
            if by_name:
                return land_name(by_name.land)
            if not name_part:
                wk = wahlkreis(int(wk_number.group(1)))
                return land_name(wk.land) if wk else None
            region = name_part
        by_wk_name = wahlkreis_by_name(region)
        found = resolve(region)
        lands = {p.land for p in found}
        if not lands and by_wk_name:
            lands = {by_wk_name.land}
        if not lands:  # a Gemeinde ("Elmshorn"); a name shared across Länder stays open
            lands = {p.land for p in gemeinden(re.sub(r"\s*\(.*\)$", "", region))}
        return land_name(lands.pop()) if len(lands) == 1 else None
    except (ValueError, RecursionError):
        return None
