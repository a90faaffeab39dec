"""Places as a text writes them, and what the gazetteers make of them.

A place phrase (:data:`PLACE`) is capitalised words, hyphen compounds, "am/an der" joins and a
constituency's numeral; :func:`trim_place` keeps the longest prefix the gazetteers know (Kreise,
districts and Länder first, then Gemeinden), and :func:`pick_land` and
:func:`town_or_context` choose the Land between namesakes, with population as the prior and
the document's Land context (:mod:`landcontext`) to break ties. :class:`RegionHit` is what a
region rule finds. Shared by :mod:`region` and :mod:`constituency`.
"""

from __future__ import annotations

from dataclasses import dataclass

from indexer.metadata import gazetteer
from indexer.metadata.gazetteer import GEMEINDE, KREIS, Place
from indexer.metadata.landcontext import LINE_HYPHEN, POPULATION_PRIOR, QUALIFIER, LandContext

CAP = r"[A-ZÄÖÜ][\w.]*"
# A place as written: capitalised words, hyphen compounds, "am/an der/im" joins, a numeral.
_JOIN = r"(?:am|an[ \t]+der|im|in[ \t]+der|ob[ \t]+der)"
# a trailing constituency numeral ("Lichtenberg 2"), not the day of a date ("2. Oktober")
_NUMERAL = r"(?:[IVX]{1,4}|\d{1,2})(?!\d)(?!\.\s?(?:\d|[A-ZÄÖÜ][a-zä]+[ \t]+\d))"
# A place as written: capitalised words, hyphen compounds, "am/an der/im" joins, a numeral.
# A hyphen may end a PDF line inside a name ("Sachsen-\nAnhalt"): :func:`trim_place` joins it.
# A qualifier in brackets belongs to the name: "Frankfurt (Oder)", "Halle (Saale)"; never a
# constituency's "(Wahlkreis 22)", which has a number.
PLACE = (
    rf"{CAP}(?:[-–]\n?{CAP}|[-–][a-zäöü]\w+)*(?:[ \t]+{_JOIN}[ \t]+{CAP})?"
    rf"(?:[ \t]+{CAP}(?:[-–]{CAP})*)?(?:[ \t]+{_NUMERAL})?{QUALIFIER}?"
)
# A Landtag constituency may be named by places joined with slashes ("Kirn/Bad Sobernheim").
PLACES = rf"{PLACE}(?:[ \t]*/[ \t]*{PLACE}){{0,2}}"


@dataclass(frozen=True)
class RegionHit:
    region: str
    land: str | None  # Land code
    evidence: str


def land_hit(code: str, evidence: str) -> RegionHit:
    return RegionHit(gazetteer.land_name(code), code, evidence)


def _gemeinde(phrase: str) -> tuple[str, tuple[Place, ...]]:
    """Gemeinden called ``phrase``, also in the genitive ("Bürger Elmshorns"), with the
    official name for display ("Elmshorn"; "Frankfurt am Main" for "Frankfurt")."""
    found = gazetteer.gemeinden(phrase)
    if not found and phrase.endswith("s") and len(phrase) > 4:
        found = gazetteer.gemeinden(phrase[:-1])
    if found and "." in found[0].name and " " in phrase and "." not in phrase:
        return phrase, found  # "Simbach am Inn" as written, not the table's "Simbach a.Inn"
    return (found[0].name if found else phrase), found


def trim_place(raw: str, *, local: bool = True) -> tuple[str, tuple[Place, ...]]:
    """Longest prefix of a captured phrase that is a known place (else its first word).
    Kreise, districts and Länder come first; with ``local`` a Gemeinde is found too (only a
    phrase in a place position is passed here: "Stadt X", "SPD X", "Ortsverein X")."""
    words = LINE_HYPHEN.sub(r"\1", raw).rstrip(".,;:").split()
    for cut in range(len(words), 0, -1):
        # a sentence may end inside the phrase ("Ortsvereins Kiel-Gaarden. Seit 2019 …")
        phrase = " ".join(words[:cut]).rstrip(".,;:")
        found = gazetteer.resolve(phrase)
        if found:
            return phrase, found
        genitive = _genitive_kreis(phrase)
        if genitive is not None:
            return genitive
        if local:
            name, found = _gemeinde(phrase)
            if found:
                return name, found
    first = words[0].rstrip(".,;:") if words else raw
    return first, gazetteer.resolve(first)


def slash_joined(raw: str) -> tuple[str, tuple[Place, ...]] | None:
    """A name of places joined by slashes, as Landtag constituencies are named
    ("Kirn/Bad Sobernheim"): kept whole when every part is a place; the places of all parts."""
    if "/" not in raw:
        return None
    parts = [part.strip() for part in raw.split("/")]
    places: list[Place] = []
    for index, part in enumerate(parts):
        # the last part may run on into the sentence: "Kirn/Bad Sobernheim antreten"
        trimmed, found = trim_place(part) if index == len(parts) - 1 else (part, ())
        found = found or gazetteer.resolve(part) or _gemeinde(part)[1]
        if not found:
            return None
        parts[index] = trimmed
        places.extend(found)
    return "/".join(parts), tuple(places)


def _genitive_kreis(phrase: str) -> tuple[str, tuple[Place, ...]] | None:
    """A Kreis named in the genitive ("des Vogelsbergkreises", "des Rhein-Sieg-Kreises", "des
    Ilm-Kreises")."""
    for suffix in ("es", "s"):
        if phrase.lower().endswith("kreis" + suffix) and len(phrase) > 8:
            stem = phrase[: -len(suffix)]
            found = gazetteer.resolve(stem)
            if found:
                return stem, found
    return None


def pick_land(found: tuple[Place, ...], context: LandContext) -> str | None:
    """The Land of a place name: unique, else the one the document's Land context names,
    else (for Gemeinden) the Land of a namesake far larger than all others ("Roth")."""
    lands = {p.land for p in found}
    if len(lands) == 1:
        return lands.pop()
    counts = context.counts()
    ranked = sorted(lands, key=lambda code: -counts.get(code, 0))
    if ranked and counts.get(ranked[0], 0) > 0:
        return ranked[0]
    towns = sorted((p for p in found if p.kind in (GEMEINDE, KREIS)), key=lambda p: -_people(p))
    if len(towns) > 1 and _people(towns[0]) >= POPULATION_PRIOR * _people(towns[1]):
        return towns[0].land
    return None


def _people(place: Place) -> int:
    """Population of a Gemeinde, or of the city a kreisfreie Stadt is ("Frankfurt am Main"
    against "Frankfurt (Oder)"); 0 for a Landkreis, which is no town to compare."""
    if place.kind == GEMEINDE:
        return place.population
    same = [t.population for t in gazetteer.gemeinden(place.name) if t.land == place.land]
    return max(same, default=0)


#: A Gemeinde smaller than this, in a Land the document's context never names, is more likely
#: a namesake Ortsteil elsewhere ("Abteilung Britz" in Berlin-Neukölln, not Britz in Barnim).
_SMALL_TOWN = 10000


def town_or_context(found: tuple[Place, ...], context: LandContext) -> str | None:
    """The Land of a place; for small Gemeinden the document's Land context may overrule."""
    land = pick_land(found, context)
    if not found or any(p.kind != GEMEINDE or p.population >= _SMALL_TOWN for p in found):
        return land
    counts = context.counts()
    top = context.top()
    if top and counts.get(land or "", 0) == 0 and top not in {p.land for p in found}:
        return top
    return land
