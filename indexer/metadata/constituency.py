"""Constituencies of direct candidacies: "Leipzig-Süd (Wahlkreis 152)", "WK 22",
"Stimmkreis 105", "Potsdam-Mittelmark II".

Bundestag numbers and names go through the 2025 constituency table (an earlier election's
numbers differ beyond the first 65); Landtag constituencies are kept as the text writes them,
with the Land the places or the document's context give.
"""

from __future__ import annotations

import re

from indexer.metadata import gazetteer
from indexer.metadata.document import HEAD, TITLE, Doc
from indexer.metadata.gazetteer import Place
from indexer.metadata.landcontext import LandContext
from indexer.metadata.office import OfficeHit
from indexer.metadata.places import (
    CAP,
    PLACE,
    PLACES,
    RegionHit,
    pick_land,
    slash_joined,
    trim_place,
)

_WK = re.compile(
    r"(?:(?P<kind>Bundestags|Landtags|Abgeordnetenhaus|Bürgerschafts)?[Ww]ahlkreis(?:es)?|"
    r"(?P<stimm>Stimmkreis)(?:es)?)\b"
    # (a form's field: "Wahlkreis Nr.: 153")
    r"(?:\s*(?:Nr\.?\s*:?\s*)?(?P<num>\d{1,3})\b)?"
    rf"(?:\s*(?:[–—:-]\s*|\(\s*|\s+)(?P<name>{PLACES}))?\)?"
    r"|\bWK\.?\s*(?P<num2>\d{1,3})\b"
    rf"(?:[ \t]*(?:[–—:-][ \t]*|\([ \t]*|[ \t]+)(?P<name2>{PLACES}))?\)?"
)


NOT_A_NAME = ("Nr", "Nr.", "Im", "In", "Und", "Der", "Die", "Das")
_NUMERAL_END = re.compile(r"\s(?:[IVX]{1,4}|\d{1,2})$")


def _named_constituency(text: str, bund: bool) -> tuple[int, str] | None:
    """(number, name) of a constituency written "Pinneberg-Nord (Wahlkreis 22)"."""
    named = _NAMED_WK.search(text) if "ahlkreis" in text else None
    if named is None:
        return None
    kind = named.group("kind")
    if kind and (kind == "Bundestags") != bund:
        return None
    trimmed, found = trim_place(named.group("name"))
    if found or _NUMERAL_END.search(named.group("name")):
        return int(named.group("num")), trimmed
    return None


def _scan_constituency(
    doc: Doc, office: OfficeHit, bund: bool
) -> tuple[int | None, str | None, str]:
    """(number, name as written, evidence) of the constituency, office sentence first."""
    number: int | None = None
    name: str | None = None
    evidence = ""
    for sentence in [office.sentence, *doc.content()]:
        named = _named_constituency(sentence.text, bund)
        if named is not None:
            return named[0], named[1], sentence.text
        for match in _WK.finditer(sentence.text):
            # a Stimmkreis is a constituency of the Bavarian Landtag
            kind = match.group("kind") or ("Landtags" if match.group("stimm") else None)
            if kind and (kind == "Bundestags") != bund:
                continue  # a Landtag constituency number is not a Bundestag one
            num = match.group("num") or match.group("num2")
            if num and number is None:
                number, evidence = int(num), evidence or sentence.text
            group = "name" if match.group("name") else "name2"
            raw = match.group(group)
            if raw and name is None and raw.split()[0] not in NOT_A_NAME:
                # the table's name may run on past the captured place: "Leipzig – Süd",
                # "Steinfurt I – Borken I", "Jena – Sömmerda – Weimarer Land I"
                start = match.start(group)
                listed = _constituency_name(sentence.text[start : start + 90]) if bund else None
                trimmed, found = slash_joined(raw) or trim_place(raw)
                if listed:  # the longest name in the table: "Leipzig Süd", not "Leipzig"
                    name, evidence = listed, evidence or sentence.text
                elif found or _NUMERAL_END.search(raw):  # a place, never "Seite."
                    name, evidence = (trimmed if found else raw), evidence or sentence.text
                elif gazetteer.wahlkreis_by_name(raw):
                    name = raw
        if number is not None and name is not None:
            break
        if name is not None and not bund:
            # a Landtag constituency is named as the text writes it ("Treptow-Köpenick 4"); a
            # number in another sentence ("den Wahlkampf im Wahlkreis 83 koordiniert") is
            # another constituency, often the Bundestag's
            break
    return number, name, evidence


# The form the labelling rules use: "Pinneberg-Nord (Wahlkreis 22)".
_NAMED_WK = re.compile(
    rf"(?P<name>{PLACE})[ \t]*\([ \t]*(?P<kind>Bundestags|Landtags)?[Ww]ahlkreis[ \t]*"
    r"(?:Nr\.?[ \t]*)?(?P<num>\d{1,3})[ \t]*\)"
)
_QUARTERS = frozenset(("Nord", "Süd", "Ost", "West", "Mitte", "Land", "Stadt"))


#: Words in the longest constituency name ("Brandenburg an der Havel – Potsdam-Mittelmark I –
#: Havelland III – Teltow-Fläming I" is 13, dashes included).
_LONGEST_NAME = 13
_DASH_WORDS = frozenset(("-", "–", "—"))


def _constituency_name(raw: str) -> str | None:
    """The longest leading phrase of ``raw`` that names a Bundestag constituency, as written
    ("Leipzig Süd" -> "Leipzig-Süd": a city quarter is joined with a hyphen)."""
    words = [w for w in raw.rstrip(".,;:").split()[:_LONGEST_NAME] if w not in _DASH_WORDS]
    for cut in range(len(words), 0, -1):
        phrase = " ".join(words[:cut])
        listed = gazetteer.wahlkreis_by_name(phrase)
        if listed:
            if _dashless(listed.name) == _dashless(phrase):
                return listed.name  # "Aalen Heidenheim" is "Aalen – Heidenheim" as written
            if cut == 2 and words[1] in _QUARTERS:
                return "-".join(words[:2])
            return phrase
    return None


def _dashless(name: str) -> str:
    return gazetteer.norm(name).replace("-", " ")


def _informal(written: str, wk: Place) -> bool:
    """Is ``written`` an informal name of constituency ``wk``: a part of its official name,
    or a town of its Land that is no constituency name ("Wahlkreis 5 (Altenholz)" for "Kiel")?
    A known alias ("Leipzig-Süd") stays as written."""
    if _abridged(written, wk.name):
        return True
    if gazetteer.wahlkreis_by_name(written) is not None:
        return False
    if _shares_a_part(written, wk.name):
        return True  # "Seenplatte I / Vorpommern-Greifswald II" for "Mecklenburgische
        # Seenplatte I – Vorpommern-Greifswald II": the official name, shortened
    places = gazetteer.resolve(written) or gazetteer.gemeinden(written)
    return bool(places) and all(p.land == wk.land for p in places[:1])


def _name_parts(name: str) -> set[str]:
    return {gazetteer.norm(part) for part in re.split(r"\s+[-–]\s+|\s*/\s*", name) if part}


def _shares_a_part(written: str, official: str) -> bool:
    """Do a written and an official constituency name of several parts share one whole part
    ("Vorpommern-Greifswald II")?"""
    ours, theirs = _name_parts(written), _name_parts(official)
    return len(ours) > 1 and len(theirs) > 1 and bool(ours & theirs)


def _abridged(written: str, official: str) -> bool:
    """Is ``written`` one part of a longer official constituency name ("Segeberg" of
    "Segeberg – Stormarn-Mitte", "Altenholz" of "Kiel – Altenholz – Kronshagen")?"""
    key, full = gazetteer.norm(written), gazetteer.norm(official)
    parts = [gazetteer.norm(part) for part in re.split(r"\s+[-–]\s+|/", official)]
    return full != key and (key in parts or (full.startswith(key) and not full[len(key)].isalnum()))


# Bundestag elections before 2025, named in a text ("Bundestagswahl 2021", "BTW17").
_EARLIER_BTW = re.compile(r"(?:Bundestagswahl|BTW)[ \t]*(?:20)?(?:02|05|09|13|17|21)\b")
_BTW_2025 = re.compile(r"(?:Bundestagswahl|BTW)[ \t]*(?:20)?25\b")
#: Constituencies 1-65 (Schleswig-Holstein to Brandenburg) kept their numbers in 2025; from
#: Sachsen-Anhalt on (one constituency fewer) every later number shifted.
_STABLE_NUMBERS = 65


def _table_applies(doc: Doc, number: int | None) -> bool:
    """May the 2025 constituency table name this constituency? Not for a text about an
    earlier Bundestag election, unless its number lies in the block that did not change."""
    text = f"{doc.title}\n{doc.text}"
    if "wahl" not in text and "BTW" not in text:
        return True
    earlier = _EARLIER_BTW.search(text) is not None and _BTW_2025.search(text) is None
    return not earlier or (number is not None and number <= _STABLE_NUMBERS)


def find_constituency(doc: Doc, office: OfficeHit, context: LandContext) -> RegionHit | None:
    """ "Name (Wahlkreis N)" for a direct candidacy; Bundestag numbers and names go through
    the 2025 table, Landtag constituencies are kept as the text writes them."""
    bund = office.canonical.endswith("Bundestag")
    number, name, evidence = _scan_constituency(doc, office, bund)
    if not bund and name is None:  # "Direktkandidatin für Pankow 3", "im Wahlkreis 12"
        name = _numbered_name(doc)
    if number is None and name is None:
        return None
    land: str | None = None
    if bund and not _table_applies(doc, number):
        # an earlier election: its numbers (and some names) differ from the 2025 table, so
        # what the text writes stays as written; only the Land of a known name is taken
        named = gazetteer.wahlkreis_by_name(name) if name else None
        land = named.land if named else None
    elif bund:
        wk = gazetteer.wahlkreis(number) if number is not None else None
        if wk is None and name is not None:
            wk = gazetteer.wahlkreis_by_name(name)
            number = wk.number if wk else None
        if wk is not None and (name is None or _informal(name, wk)):
            name = wk.name  # "Segeberg" for "Segeberg – Stormarn-Mitte"
        land = wk.land if wk else None
    if land is None and name is not None:
        land = pick_land(gazetteer.resolve(name), context)
    if land is None and name is not None and "/" in name:  # "Kirn/Bad Sobernheim"
        joined = slash_joined(name)
        land = pick_land(joined[1], context) if joined else None
    if land is None and not bund:
        land = context.top()
    if name and number is not None:
        region = f"{name} (Wahlkreis {number})"
    else:
        region = name or f"Wahlkreis {number}"
    return RegionHit(region, land, evidence or office.sentence.text)


_NUMBERED = re.compile(
    rf"\b(?:für|in|im)\s+(?P<place>{CAP}(?:[-–]{CAP})*\s+(?:[IVX]{{1,4}}|\d))\b"
)


def _numbered_name(doc: Doc) -> str | None:
    """A Landtag constituency named like "Potsdam-Mittelmark II" in title or heading."""
    for sentence in doc.sentences:
        if sentence.zone not in (TITLE, HEAD):
            continue
        match = _NUMBERED.search(sentence.text)
        if match and gazetteer.resolve(match.group("place")):
            return match.group("place")
    return None
