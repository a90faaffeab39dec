"""Region and Land: the unit the candidacy refers to, resolved through the gazetteers.

The office decides which kind of unit is asked for: a constituency for a direct candidacy, the
Land for a Landesliste or a Landesvorstand, "Deutschland" for federal bodies, the Kreis for a
Kreisvorsitz, the Ortsverein for an Ortsvorsitz, the electing unit for a delegate. Places are
only taken from organisational names ("Kreisverband Anhalt-Bitterfeld", "CDU Bremerhaven"),
constituency names and the sentence that names the office, never from "geboren in", "aus",
venues of assemblies or footer addresses. A municipal office names a Gemeinde, often small
("Stadträtin in Waldkirch", "Freie Bürgerliste Nörten-Hardenberg"): the Gemeinden table
resolves it, with its population as the prior between namesakes and the document's Land
context (:mod:`landcontext`) to break ties.

:func:`candidates` proposes region and bundesland values with the weight of the rule that
found them (:data:`_WEIGHTS`); :func:`evidence.decide` chooses. :func:`find_region` is that
decision for callers of the older API.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from indexer.metadata import gazetteer
from indexer.metadata import office as office_module
from indexer.metadata.casing import capital_lines
from indexer.metadata.constituency import NOT_A_NAME, find_constituency
from indexer.metadata.cues import LAND_ASSEMBLY, LOCAL_ASSEMBLY, without_quotations
from indexer.metadata.document import BODY, FOOTER, HEAD, TAIL, TITLE, Doc, Sentence
from indexer.metadata.evidence import Candidate, Context, decide
from indexer.metadata.gazetteer import BEZIRK, GEMEINDE, KREIS, LAND, Place
from indexer.metadata.hints import literal_branches
from indexer.metadata.landcontext import (
    QUALIFIED,
    WORD,
    clear_top,
    not_here,
    noun_not_place,
)
from indexer.metadata.landcontext import LandContext as LandContext  # re-exported: callers
from indexer.metadata.landcontext import land_context as land_context  # of the older API
from indexer.metadata.office import OfficeHit, names_office
from indexer.metadata.party import find_mentions
from indexer.metadata.places import (
    CAP,
    PLACE,
    RegionHit,
    land_hit,
    pick_land,
    town_or_context,
    trim_place,
)

DEUTSCHLAND = "Deutschland"

# A party unit or an administrative unit with its place ("Kreisverband Anhalt-Bitterfeld",
# "im Landkreis Meißen"); compiled branch by branch, each starting with its unit word (see
# hints.literal_branches), and the unit word is the match's first word.
_UNIT = (
    r"(?:Kreisverband\w*|Kreisverbänden|KV|Stadtverband\w*|Unterbezirk\w*|Kreisvereinigung|"
    r"Kreisgruppe|Kreispartei|Ortsverein\w*|Ortsverband\w*|Ortsgruppe\w*|Distrikt|Basisgruppe|"
    r"Gemeindeverband\w*|Stadtbezirksverband\w*|Ortsunion|Basisorganisation|"
    r"Ratsfraktion|Stadtratsfraktion|Kreistagsfraktion|Gemeinderatsfraktion|"
    r"Abteilung|"
    r"Landesverband\w*|LV|Landesliste|Landesparteitag\w*|Landesvorsitz\w*|Landesvorstand\w*|"
    r"Bezirksverband\w*|Bezirksgruppe\w*|Kreis|Landkreis(?:es)?|"
    # a district's council, whose group reports from it: "Bericht aus der BVV Pankow"
    r"BVV|Bezirksverordnetenversammlung|Bezirksversammlung)\s+(?:der\s+\S+\s+|de[rs]\s+)?"
    rf"(?P<place>{PLACE})"
)
_UNIT_BRANCHES = tuple(re.compile(branch) for branch in literal_branches(_UNIT))
# A council group names its council's place: "Fraktion DIE LINKE im Stadtrat der
# Landeshauptstadt Magdeburg", "AfD-Fraktion im Kreistag des Westerwaldkreises".
_COUNCIL_GROUP = re.compile(
    r"Fraktion\b[^\n.:;]{0,40}?\bim\s+(?:Kreistag|Stadtrat|Gemeinderat|Rat|Stadtparlament|"
    r"Bezirkstag)\s+(?:(?:des|der)\s+(?:(?:Landeshauptstadt|Hansestadt|Universitätsstadt|Stadt|"
    rf"Gemeinde|Kreises|Landkreises)\s+)?)?(?P<place>{PLACE})"
)
# A party's Bezirk by name: "des SPD-Bezirks Weser-Ems", "Bezirksverband Oberbayern".
_PARTY_DISTRICT = re.compile(
    rf"\b(?:[A-ZÄÖÜ]+-)?Bezirk(?:s|sverband\w*|es)?[ \t]+(?P<place>{PLACE})"
)
_ASSEMBLY_IN = re.compile(
    rf"\bKreis\w*(?:versammlung|konferenz|parteitag)\w*\s+in\s+(?P<place>{PLACE})"
)
_OFFICE_PLACE = re.compile(
    r"(?:Oberbürgermeister\w*|Bürgermeister\w*|Landr(?:at|ätin)|Stadtr(?:at|ät)\w*|Gemeinder(?:at|ät)\w*|"
    r"Kreistag\w*|Bezirksversammlung|BVV|Bezirksverordnetenversammlung|Rat|"
    r"Stadtverordnetenversammlung|Stadtparlament|Gemeindevertretung|Stadtvertretung)\s+"
    r"(?:(?:von|in|für|der\s+(?:Landeshaupt|Hanse|Kreis|Universitäts)?[Ss]tadt|der\s+Gemeinde|"
    r"des\s+Landkreises|im\s+Landkreis|des\s+Kreises|"
    rf"de[rs])\s+)?(?P<place>{PLACE})"
)
_ADJ_OFFICE = re.compile(
    r"\b(?P<adj>[A-ZÄÖÜ][\w-]+er)\s+(?:Stadtrat\w*|Gemeinderat\w*|Kreistag\w*|Rathaus|"
    r"Oberbürgermeister\w*|Bürgermeister\w*|Landtag\w*|Stadtverordnet\w*|Bürgerschaft|"
    r"Stadtparlament\w*|Ortsbeirat\w*)"
)
#: Words before the name of a city's district, not of a town ("Ortsbeirat Neustadt").
_DISTRICT_WORDS = (
    "Ortsbeirat", "Stadtteil", "Ortsteil", "Stadtbezirksrat", "Bezirksbeirat", "Ortsrat",
    "Ortschaftsrat",
)  # fmt: skip
# A Gemeinde in a place position: "der Stadt Elmshorn", "Gemeinde Nörten-Hardenberg", a local
# voter group's name ("Freie Bürgerliste Nörten-Hardenberg"), "Bürgermeisterwahl in Albstadt".
_GEMEINDE_AT = re.compile(
    r"\b(?:Stadt|Gemeinde|Markt|Marktgemeinde|Flecken|Hansestadt|Kreisstadt|Samtgemeinde|"
    r"Bürgerliste|Wählergemeinschaft|Wählergruppe|Wählervereinigung|Bürgerforum|Bürgerblock|"
    rf"{'|'.join(_DISTRICT_WORDS)}|(?:Oberb|B)ürgermeisterwahl|"
    r"Kommunalwahl|Stadtratswahl|"
    r"Gemeinderatswahl|Kreistag\w*|Kreistagswahl|im\s+Stadtrat|im\s+Gemeinderat|"
    r"im\s+Rat\s+der\s+Stadt)"
    r"(?:\s+(?:in|von|für))?\s+"
    rf"(?P<place>{PLACE})"
)


# Words a line starts with that are never an unknown place's name: a unit word at a line's
# end ("Neuer Vorsitz im Ortsverein") is followed by the next line, not by its place.
_NOT_A_PLACE = frozenset((
    *NOT_A_NAME, "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Wir", "Ich", "Sie", "Er", "Es",
    "Am", "Mit", "Für", "Bei", "Seit", "Nach", "Von", "Zu", "Zum", "Zur", "Auf", "Als", "Liebe",
    "Lieber", "Hallo", "Unser", "Unsere", "Unseren", "Dort", "Hier", "Heute", "Neue", "Neuer",
))  # fmt: skip


# The area of a constituency list: "Wahlkreisliste Saarbrücken", "Wahlkreisliste für Neunkirchen".
_LIST_AREA = re.compile(rf"Wahlkreisliste\w*[ \t]+(?:(?:für|im|in)[ \t]+)?(?P<place>{PLACE})")
_WAHLBEREICH = re.compile(rf"Wahlbereich(?:es)?[ \t]+(?P<place>{PLACE})")


_UNIT_HINTS = (
    "Kreis", "verband", "Orts", "Distrikt", "Basis", "Landes", "KV", "LV", "Unterbezirk",
    "Abteilung", "Gemeinde", "Stadtbezirk", "atsfraktion", "Bezirksgruppe", "BVV",
    "Bezirksverordnet", "Bezirksversammlung",
)  # fmt: skip
# Local units; "Abteilung" is the SPD Berlin's name for its local branches ("Abteilung Britz"),
# "Gemeindeverband" the CDU's and JU's for a Gemeinde's branch.
_LOCAL_UNITS = ("Orts", "Distrikt", "Basis", "Abteilung", "Gemeindeverband", "Stadtbezirksverband")


@dataclass(frozen=True)
class Unit:
    """A party unit named with a place: "Kreisverband Anhalt-Bitterfeld", "CDU Bremerhaven"."""

    word: str  # the unit word, "party" (party name + place) or "assembly" ("Kreis... in X")
    place: str
    places: tuple[Place, ...]
    sentence: Sentence
    order: int


def _units(doc: Doc) -> list[Unit]:
    """Organisational units with a place, title first, then in text order; footer excluded."""
    found: list[Unit] = []
    if doc.title:
        title = doc.sentences[0]
        found.extend(_units_in(doc.title, lambda _pos: title, -100000))
    found.extend(_units_in(doc.text, doc.sentence_at, 0))
    found.sort(key=lambda unit: unit.order)
    return found


def _units_in(text: str, sentence_for: Callable[[int], Sentence | None], base: int) -> list[Unit]:
    found: list[Unit] = []

    def add(word: str, raw: str, pos: int, *, bare_ok: bool = False) -> None:
        sentence = sentence_for(pos)
        if sentence is None or sentence.zone == FOOTER:
            return
        if _ELSEWHERE_BEFORE.search(text, max(0, pos - 20), pos):
            return  # "Anträge, die ich vom Landesverband Brandenburg übernommen habe"
        # an assembly's town is its venue; only a Kreis there names the unit that meets
        place, places = trim_place(raw, local=word != "assembly")
        if places or (bare_ok and place not in _NOT_A_PLACE and not _BODY_WORD.search(place)):
            found.append(Unit(word, place, places, sentence, base + pos))

    for unit, place, start in _unit_words(text):
        add(unit, place, start, bare_ok=unit.startswith(_LOCAL_UNITS))
    for mention in find_mentions(text):
        end = mention.end
        if text.startswith(".", end) and text[end - 5 : end].upper() == "LINKE":
            end += 1  # "DIE LINKE. Marburg-Biedenkopf": the party writes its name so
        rest = text[end : end + 60]
        if _GROUP_BEFORE.search(text, max(0, mention.start - 110), mention.start):
            continue  # "Antrag der Fraktion der CDU/CSU Gesundheit – …": a group, its motion
        named = _PARTY_UNIT.match(rest)
        if named and not _is_venue(text, end + named.start(1)):
            add("party", named.group(1), mention.start, bare_ok=bool(_BARE_PLACE.match(rest)))
    for word, place, pos in _assemblies_and_groups(text):
        add(word, place, pos)
    return found


def _unit_words(text: str) -> Iterator[tuple[str, str, int]]:
    """(unit word, place, position) of units named by their word ("Kreisverband Borken")."""
    if not any(hint in text for hint in _UNIT_HINTS):
        return
    for branch in _UNIT_BRANCHES:
        for match in branch.finditer(text):
            start = match.start()
            if start > 0 and text[start - 1].isalnum():
                continue
            at = match.start("place")
            if _PARTY_FIRST.match(text, at) and any(
                m.start == 0 for m in find_mentions(text[at : at + 40])
            ):
                continue  # "Ortsverbands Bündnis 90/Die Grünen Nauen": the party first
            yield match.group(0).split()[0], match.group("place"), start


def _assemblies_and_groups(text: str) -> Iterator[tuple[str, str, int]]:
    """(unit word, place, position) of assemblies ("Kreisparteitag in X") and council groups."""
    if "Kreis" in text:
        for match in _ASSEMBLY_IN.finditer(text):
            yield "assembly", match.group("place"), match.start()
    if "Fraktion" in text:
        for match in _COUNCIL_GROUP.finditer(text):
            yield "Fraktion", match.group("place"), match.start()


# Words a party's name starts with: only then is a unit's "place" looked up as a party.
_PARTY_FIRST = re.compile(
    r"(?:Bündnis|BÜNDNIS|Die|DIE|SPD|CDU|CSU|FDP|Freie|FREIE|Volt|VOLT|BSW|Grünen?|GRÜNEN?|"
    r"Piraten|PIRATEN|ÖDP|AfD|Linke|LINKE|Tierschutz|SSW)\b"
)
# A unit something came from, or another one: not the text's own.
_ELSEWHERE_BEFORE = re.compile(r"\b(?:vom|aus\s+dem|anderen|andere[rn]?)\s+$")
# "SPD Bremerhaven", "CDU-Kreisverband Borken", "Die Linke im Saalekreis", "Grüne in Hilden"
_PARTY_UNIT = re.compile(
    r"^[\s-]+(?:(?:Kreisverband|Stadtverband|Ortsverein|Landesverband)\s+|"
    r"im[ \t]+(?:Wahlkreis[ \t]+|Landkreis[ \t]+)?|in[ \t]+)?"
    rf"({PLACE})"
)
# A parliamentary group before the party's name ("Fraktion der CDU/CSU", "der Fraktionen SPD,
# BÜNDNIS 90/DIE GRÜNEN und FDP"): what follows the name is a motion's title, not a place.
_GROUP_BEFORE = re.compile(r"\bFraktion(?:en)?\b[^.!?\n–—]{0,100}$")
# A party's body named after its name ("der FREIE WÄHLER Landtagsfraktion:"), never a place.
_BODY_WORD = re.compile(
    r"(?:[Ff]raktion|[Vv]erband|[Vv]orstand|[Ss]telle|[Pp]artei|[Gg]ruppe|[Jj]ugend)$"
)
_BARE_PLACE = re.compile(r"^\s+[A-ZÄÖÜ][a-zäöü]+(?:-[A-ZÄÖÜ][a-zäöü]+)*\s*(?:$|[|–:·,])")


def _composite(place: str, doc: Doc) -> str:
    """Prefer the longer written form of a place ("Bochum-Langendreer" over "Langendreer",
    "Bornheim/Ostend" over "Bornheim")."""
    pattern = re.compile(rf"\b({CAP}[-–]{re.escape(place)})\b")
    match = pattern.search(doc.text) or pattern.search(doc.title)
    if match:
        return match.group(1)
    joined = re.compile(rf"\b({re.escape(place)}/[A-ZÄÖÜ][a-zäöüß]+)\b")
    match = joined.search(doc.title) or joined.search(doc.text)
    return match.group(1) if match else place


_COUNCIL_CONSTITUENCY = re.compile(r"\bWahlkreis\s+\d{1,2}\s*\([^()\n]{1,40}\)")


def _office_place(
    doc: Doc, sentence: Sentence, kinds: tuple[str, ...]
) -> tuple[str, tuple[Place, ...]] | None:
    """A place named with the office in one sentence ("Trierer Stadtrat", "Landrat in X")."""
    # a heading in capitals ("GEMEINDERAT SÖHLDE") as German writes it; same length
    text = capital_lines(_with_continuation(doc, sentence))
    local = GEMEINDE in kinds
    if local and "Wahlkreis" in text:
        # a council's constituency named by its district ("Wahlkreis 03 (Neustadt)"): part of
        # the city, never the namesake town elsewhere; same length
        text = _COUNCIL_CONSTITUENCY.sub(lambda m: " " * len(m.group(0)), text)
    other = _KREIS_OFFICE if local else _TOWN_OFFICE
    for match in _OFFICE_PLACE.finditer(text):
        if other.match(match.group(0)):
            continue  # "Im Kreistag des Landkreises Gießen …" said by a town council candidate
        place, places = trim_place(match.group("place"), local=local)
        if places and places[0].kind in kinds:
            return place, places
    for match in _ADJ_OFFICE.finditer(text):
        adjective = gazetteer.places_of_adjective(match.group("adj"), kinds)
        if adjective is not None:
            stem, places = adjective
            return (places[0].name if places[0].kind == GEMEINDE else stem), places
    if local:
        found = _gemeinde_at(doc, text, kinds)
        if found is not None:
            return found
    return _any_place(text, kinds, skip=_KREIS_BEFORE if local else None)


def _gemeinde_at(
    doc: Doc, text: str, kinds: tuple[str, ...]
) -> tuple[str, tuple[Place, ...]] | None:
    """A Gemeinde in a place position of ``text`` ("der Stadt Elmshorn", "Ortsbeirat X")."""
    for match in _GEMEINDE_AT.finditer(text):
        if not_here(text, match.start()):
            continue  # "die Verwaltungswirtin aus dem Ortsteil Altheim": her home
        place, places = trim_place(match.group("place"))
        if match.group(0).startswith(_DISTRICT_WORDS):
            district = _city_district(place, doc)
            if district is not None:
                return district
            if GEMEINDE in kinds and place[:1].isupper():
                # a district's name: a Gemeinde of that name lies elsewhere ("Ortsbeirat
                # Bornheim" in Frankfurt, not the town Bornheim in Nordrhein-Westfalen), so
                # the name stands as written and its Land is left to the document's context
                return _composite(place, doc), ()
        if places and places[0].kind in kinds:
            return place, places
    return None


def _city_district(place: str, doc: Doc) -> tuple[str, tuple[Place, ...]] | None:
    """A district written with its city elsewhere in the text ("Ortsbeirat Neustadt" and
    "Ortsbeirat Mainz-Neustadt"): the whole name, with the city's places (not the town
    Neustadt an der Weinstraße)."""
    whole = _composite(place, doc)
    if whole == place or not whole.endswith(place):
        return None
    city = whole[: -len(place)].rstrip("-–")
    found = gazetteer.resolve(city) or gazetteer.gemeinden(city)
    return (whole, found) if found else None


#: Unit words that name a Kreis as an administrative area, never a town.
_KREIS_WORDS = frozenset(("Kreis", "Landkreis", "Landkreises"))
# The council or office of the other level: a town's office is not the Kreis's, and back.
_KREIS_OFFICE = re.compile(r"Kreistag|Landr")
_TOWN_OFFICE = re.compile(
    r"Oberbürgermeister|Bürgermeister|Stadtr|Gemeinder|Rat\b|Stadtverordnet|Stadtparlament|"
    r"Gemeindevertret|Stadtvertret"
)
# A Kreis named as such ("im Kreistag des Landkreises Gießen"): not a town's place.
_KREIS_BEFORE = re.compile(r"(?:Landkreis(?:es)?|Kreis(?:es)?|Kreistag\w*)\s+(?:des\s+)?$")


def _any_place(
    text: str, kinds: tuple[str, ...], skip: re.Pattern[str] | None = None
) -> tuple[str, tuple[Place, ...]] | None:
    """The first capitalised word of the sentence that is a place of ``kinds``, with its
    bracketed qualifier ("Frankfurt (Oder)"); never a place of one's life or a surname, nor
    one that ``skip`` finds right before it."""
    for match in WORD.finditer(text):
        if not_here(text, match.start()):
            continue
        if skip is not None and skip.search(text, max(0, match.start() - 40), match.start()):
            continue
        if noun_not_place(match.group(0), text, match.start()):
            continue  # "Glasfaser bis zum letzten Hof"
        places = gazetteer.places(match.group(0))
        if places and places[0].kind in kinds and match.group(0) not in ("Mitte",):
            qualified = QUALIFIED.match(text, match.end())
            if qualified:
                # "Weimar (Lahn)" is a Gemeinde in Hessen, not the city in Thüringen
                full = match.group(0) + qualified.group(0)
                named = gazetteer.resolve(full) or gazetteer.gemeinden(full)
                if named:
                    return named[0].name, named
            return match.group(0), places
    return None


_CONTINUATION = re.compile(r"\n[ \t]*([A-ZÄÖÜ][\w-]*)")


def _with_continuation(doc: Doc, sentence: Sentence) -> str:
    """The sentence, with the name it breaks at a line's end completed: a PDF line that ends
    "Kreistag Potsdam-" continues "Mittelmark" (a hyphen before a capital is a real hyphen,
    so "Potsdam-Mittelmark", never "PotsdamMittelmark")."""
    text = sentence.text
    if not text.endswith(("-", "–")) or sentence.start < 0:
        return text
    follows = _CONTINUATION.match(doc.text, sentence.start + len(text))
    return text + follows.group(1) if follows else text


def _official(written: str, places: tuple[Place, ...], land: str | None) -> str:
    """The official name of a Kreis or Gemeinde written short ("Frankfurt" in Hessen is
    "Frankfurt am Main"), once its Land is known; other names stay as written."""
    if not land or not places or places[0].kind not in (KREIS, GEMEINDE):
        return written
    chosen = [p for p in places if p.land == land and p.kind in (KREIS, GEMEINDE)]
    names_ = {p.name for p in chosen}
    if len(names_) != 1:
        return written
    name = names_.pop()
    key, full = gazetteer.norm(written), gazetteer.norm(name)
    # "Frankfurt" is "Frankfurt am Main", "Rhein-Lahn" the "Rhein-Lahn-Kreis", "Vogelsberg"
    # the "Vogelsbergkreis"
    spoken = full in (key + "-kreis", key + "kreis")
    return name if full.startswith(key + " ") or spoken else written


# A Gemeindeverband by its unit word or its council's: "Verbandsgemeinde Elbe-Heide", "im
# Verbandsgemeinderat Elbe-Heide", "VG Kirchberg (Hunsrück)", "Amt Hüttener Berge".
_VERBAND_AT = re.compile(
    r"\b(?P<word>Verbandsgemeinde|Samtgemeinde|Verwaltungsgemeinschaft|Gemeindeverwaltungsverband|"
    r"Verwaltungsverband|VGem|VG|GVV|Amt(?:es|s)?|(?P<council>Verbandsgemeinde|Samtgemeinde)"
    r"r(?:at|ates|ats))[ \t]+(?P<name>[A-ZÄÖÜ][\w.-]*(?:[ \t]+[A-ZÄÖÜ(][\w.()-]*){0,3})"
)
#: How far before a unit's name its party may stand ("CDU-Ortsverbände im Amt …").
_SENDER_GAP = 30


def _party_just_before(text: str, start: int) -> bool:
    """Whether a party's name ends shortly before ``start`` (the unit it names is the party's)."""
    before = text[max(0, start - _SENDER_GAP - 40) : start]
    mentions = find_mentions(before)
    return bool(mentions) and len(before) - mentions[-1].end <= _SENDER_GAP


#: An office of a Gemeindeverband itself: its Bürgermeister or council, by a compound or
#: followed by the unit ("Bürgermeisterin der Verbandsgemeinde").
_VERBAND_OFFICE = re.compile(r"(?:Verbandsgemeinde|Samtgemeinde)(?:bürgermeister|r[aä]t)")
_VERBAND_AFTER = re.compile(r"\s+(?:der|unserer|einer)\s+(?:Verbandsgemeinde|Samtgemeinde)\b")


def _verband_named(
    doc: Doc, sender: bool = False
) -> tuple[str, tuple[Place, ...], str] | None:
    """The first Gemeindeverband the text names that the register knows (the longest form of
    its name: "Verbandsgemeinde Kirchberg (Hunsrück)", not a Kirchberg elsewhere); with
    ``sender`` only one that a party's unit in the title or lead belongs to ("CDU-Ortsverbände
    im Amt Hüttener Berge"), not one the text merely mentions."""
    for sentence in doc.content():
        if sender and sentence.zone not in (TITLE, HEAD):
            break
        text = sentence.text
        if "emeinde" not in text and "Amt" not in text and "V" not in text and "GVV" not in text:
            continue
        for match in _VERBAND_AT.finditer(text):
            if sender and not _party_just_before(text, match.start()):
                continue
            word = match.group("council") or match.group("word")
            words = match.group("name").split()
            for size in range(len(words), 0, -1):
                place = gazetteer.verband(word, " ".join(words[:size]).rstrip(".,;:"))
                if place is not None:
                    return place.name, (place,), text
    return None


def _gemeinde_named(doc: Doc) -> tuple[str, tuple[Place, ...], str] | None:
    """The first Gemeinde the title or text names in a place position ("der Stadt Hilden",
    "Rostocker Bürgerschaft"), never after "geboren in", "wohne in" and the like."""
    for sentence in doc.content():
        text = sentence.text
        if "tadt" not in text and "emeinde" not in text and "er " not in text:
            continue
        for match in _GEMEINDE_AT.finditer(text):
            if not_here(text, match.start()):
                continue
            place, places = trim_place(match.group("place"))
            if places and places[0].kind in (GEMEINDE, KREIS):
                return place, places, text
        for match in _ADJ_OFFICE.finditer(text):
            adjective = gazetteer.places_of_adjective(match.group("adj"), _ANY_PLACE)
            if adjective is not None:
                return (adjective[1][0].name, adjective[1], text)
    return _gemeinde_addressed(doc)


#: Every kind of place an adjective may name ("Bremer Bürgerschaft": the Land).
_ANY_PLACE = (LAND, KREIS, BEZIRK, GEMEINDE)
# "Liebe Wolfhagerinnen und Wolfhager": a local candidacy addresses the town's people.
_GREETING = re.compile(r"\bLieb(?:e|er|en)\s+(?P<people>[A-ZÄÖÜ][a-zäöüß]{3,}?)(?:erinnen|er)\b")
# "Ein Angebot für Wolfhagen": the town a local candidacy's title is for.
_TITLE_FOR = re.compile(rf"\b(?:für|in)\s+(?P<place>{PLACE})")


def _gemeinde_addressed(doc: Doc) -> tuple[str, tuple[Place, ...], str] | None:
    """The Gemeinde a local candidacy speaks to, where no sentence names it with the office:
    its people in the greeting (the Gemeinde's name from their demonym: Wolfhager ->
    Wolfhagen, Engelsberger -> Engelsberg, Münchner -> München) or the title's "für X"."""
    for sentence in doc.content():
        if sentence.zone not in (TITLE, HEAD):
            break
        match = _GREETING.search(sentence.text)
        if match is None:
            continue
        stem = match.group("people")
        # (a town whose name ends in "-er" greets its people by it: "Liebe Bergweiler")
        for name in (
            stem,
            stem + "en",
            stem + "n",
            stem[:-1] + "en" if stem.endswith("n") else "",
            stem + "er",
        ):
            places = gazetteer.gemeinden(name) if name else ()
            if places:
                return places[0].name, places, sentence.text
    for match in _TITLE_FOR.finditer(doc.title):
        place, places = trim_place(match.group("place"))
        if places and places[0].kind in (GEMEINDE, KREIS):
            return place, places, doc.title
    return None


def _best_unit(
    units: list[Unit], kinds: tuple[str, ...], office: OfficeHit | None, text: str = ""
) -> Unit | None:
    """The unit of one of ``kinds`` most tied to the office sentence, title and heading; with
    ``text``, also the one the text keeps coming back to (a Landrat's own Kreis, not the
    neighbour it wants to work with)."""
    best: tuple[float, int, Unit] | None = None
    repeats: dict[str, int] = {}
    for unit in units:
        if _unit_kind(unit, kinds) not in kinds:
            continue
        score = _unit_score(unit, office)
        if text and unit.places:
            name = unit.places[0].name
            if name not in repeats:
                repeats[name] = len(re.findall(rf"\b{re.escape(name)}\b", text))
            score += 0.5 * min(max(repeats[name] - 1, 0), 2)
        if best is None or score > best[0]:
            best = (score, unit.order, unit)
    return best[2] if best else None


def _unit_kind(unit: Unit, kinds: tuple[str, ...]) -> str | None:
    """The kind of place a unit names; "ort" for a local branch."""
    if unit.places:
        kind = unit.places[0].kind
        return "ort" if kind == GEMEINDE and "ort" in kinds else kind  # "Ortsverein Dassel"
    if unit.word.startswith(_LOCAL_UNITS) or unit.word == "party":
        return "ort"
    return None


def _unit_score(unit: Unit, office: OfficeHit | None) -> float:
    """How much a unit is the document's own: named with the office, in the heading, by a
    unit word, in the singular."""
    score = 1.0
    if office is not None and unit.sentence == office.sentence:
        score += 3
    if unit.sentence.zone in (TITLE, HEAD):
        score += 1
    if unit.word not in ("party", "assembly"):
        score += 0.5
    if unit.word.endswith(("verbänden", "verbände")):
        score -= 1.5  # "mit den Kreisverbänden Saale-Holzland und Saale-Orla": others
    return score


class _Finder:
    """Region rules for one document; the office scope picks the rule (see module doc)."""

    def __init__(self, doc: Doc, office: OfficeHit | None, context: LandContext | None) -> None:
        self.doc = doc
        self.office = office
        self.context = context or LandContext(doc)
        self.units = _units(doc)

    def hit(self, place: str, places: tuple[Place, ...], evidence: str) -> RegionHit:
        if places and places[0].kind == LAND:
            return land_hit(places[0].land, evidence)
        display = place
        if places and places[0].kind == BEZIRK and len(places) == 1:
            display = places[0].name
        land = town_or_context(places, self.context) if places else None
        return RegionHit(_official(display, places, land), land, evidence)

    def unit_hit(self, unit: Unit) -> RegionHit:
        land = self._parent_land(unit) if unit.word.startswith(_LOCAL_UNITS) else None
        if land is not None:
            return RegionHit(_composite(unit.place, self.doc), land, unit.sentence.text)
        return self.hit(unit.place, unit.places, unit.sentence.text)

    def land(self) -> RegionHit | None:
        best = _best_unit(self.units, (LAND,), self.office)
        if best:
            return land_hit(best.places[0].land, best.sentence.text)
        if self.office is not None:
            for match in WORD.finditer(self.office.sentence.text):
                code = gazetteer.land_code(match.group(0))
                if code and len(match.group(0)) > 2:
                    return land_hit(code, self.office.sentence.text)
        code = self.context.top()
        return land_hit(code, "") if code else None

    def constituency(self) -> RegionHit | None:
        """The constituency; for a Landtag one that the text does not name, the Kreis or
        district whose party unit nominates ("Die SPD Altona ... ihre Wahlkreisliste")."""
        assert self.office is not None
        hit = find_constituency(self.doc, self.office, self.context)
        if hit is not None:
            return hit
        if not self.office.canonical.endswith("Bundestag"):
            unit = _best_unit(self.units, (KREIS, BEZIRK), self.office)
            if unit is not None and (
                unit.sentence == self.office.sentence or unit.sentence.zone in (TITLE, HEAD)
            ):
                return self.unit_hit(unit)
            # "Ich kandidiere für den Landtag in meiner Wahlheimat Frankfurt"
            near = _office_place(self.doc, self.office.sentence, (KREIS, GEMEINDE))
            if near is not None:
                return self.hit(near[0], near[1], self.office.sentence.text)
        return self.land()

    def listed(self) -> RegionHit | None:
        """A list candidacy: the Land, or the electoral area a list is drawn up for (Bremen's
        "Wahlbereich Bremerhaven", Saarland's and Hamburg's constituency lists)."""
        assert self.office is not None
        text = self.office.sentence.text
        if "Wahlkreisliste" in text:
            hit = find_constituency(self.doc, self.office, self.context)
            if hit:
                return hit
            named = _LIST_AREA.search(text)
            if named is not None:  # "ihre Wahlkreisliste Saarbrücken"
                place, places = trim_place(named.group("place"))
                if places and places[0].kind != LAND:
                    return self.hit(place, places, text)
        area = _WAHLBEREICH.search(text) if "Wahlbereich" in text else None
        if area is not None:
            place, places = trim_place(area.group("place"))
            if places and places[0].kind != LAND:
                return self.hit(place, places, text)
        return self.land()

    def federal(self) -> RegionHit | None:
        evidence = self.office.sentence.text if self.office else ""
        if "Landesliste" in evidence:
            land = self.land()
            if land:
                return land
        return RegionHit(DEUTSCHLAND, None, evidence)

    def local(self, kinds: tuple[str, ...]) -> RegionHit | None:
        """A Kreis, city or district office: the place named with it, else its unit. A Kreis
        office's Region is written in full ("Region Hannover", "Städteregion Aachen"): the
        short name alone reads as the city."""
        found = self._local(kinds)
        if found is None or GEMEINDE in kinds:
            return found
        regions = [
            p for p in gazetteer.places(found.region) if p.kind == KREIS and p.typ == "Region"
        ]
        if len(regions) == 1 and regions[0].name.endswith(" " + found.region):
            return RegionHit(regions[0].name, found.land, found.evidence)
        return found

    def _local(self, kinds: tuple[str, ...]) -> RegionHit | None:
        assert self.office is not None
        town = GEMEINDE in kinds
        mention = self.office.sentence.text[self.office.start : self.office.end]
        if town and (
            _VERBAND_OFFICE.match(mention)
            or _VERBAND_AFTER.match(self.office.sentence.text, self.office.end)
        ):
            # "Verbandsgemeindebürgermeisterin": the Verbandsgemeinde is the town
            verband = _verband_named(self.doc)
            if verband is not None:
                return self.hit(*verband)
        near = _office_place(self.doc, self.office.sentence, kinds)
        if near:
            found = self.hit(near[0], near[1], self.office.sentence.text)
            if town and near[1] and near[1][0].kind == KREIS:
                # "… wählen Sie den Kreistag Bernkastel-Wittlich, sondern auch Ihren
                # Ortsbürgermeister": the Kreis is the Kreistag's
                return self._town_in(found) or found
            return found
        # The office named with its place in another sentence: for a town's office before the
        # unit that nominates ("wird Bürgermeister der Stadt Dassel" over "Kreisverband
        # Northeim"), for a Kreis's after it.
        anywhere = self._office_place_anywhere(kinds) if town else None
        if anywhere is not None:
            return self._town_in(anywhere) or anywhere
        units = self.units
        if town:  # "im Kreistag des Landkreises Gießen": not a town's council
            units = [u for u in units if u.word not in _KREIS_WORDS]
        best = _best_unit(units, kinds, self.office, self.doc.text)
        if best:
            return self.unit_hit(best)
        if not town:
            anywhere = self._office_place_anywhere(kinds)
            if anywhere is not None:
                return anywhere
        if town:
            named = _gemeinde_named(self.doc)
            if named:
                return self.hit(*named)
        return self.frequent(kinds)

    def _town_in(self, kreis: RegionHit) -> RegionHit | None:
        """A town's office placed only by a Kreis, in a list of the day's elections
        ("Kommunalwahlen am 26. Mai: Kreistag Wartburgkreis, Gemeinderat und Bürgermeister"):
        the Gemeinde of that Kreis whose people the text greets ("Liebe Nazzaer") or that it
        names most is the town."""
        county = _KREIS_PREFIX.sub("", kreis.region)
        for named in (_gemeinde_addressed(self.doc), _frequent_place(self.doc, (GEMEINDE,))):
            if named is None:
                continue
            inside = tuple(
                p for p in named[1] if p.kind == GEMEINDE and gazetteer.kreis_of(p) == county
            )
            if inside:
                return self.hit(named[0], inside, named[2])
        return None

    def _office_place_anywhere(self, kinds: tuple[str, ...]) -> RegionHit | None:
        """The place named with the sought office in any sentence that names it."""
        assert self.office is not None
        for sentence in self.doc.content():
            if "„" in sentence.text:  # a quotation's places ("… auch wenn Mannheim nah ist")
                sentence = dataclasses.replace(sentence, text=without_quotations(sentence.text))
            # (the title may name the office by another word: "für die Stadtvertretung X")
            if self.office.pattern.search(sentence.text) or (
                sentence.zone == TITLE and names_office(self.office.canonical, sentence.text)
            ):
                near = _office_place(self.doc, sentence, kinds)
                if near:
                    return self.hit(near[0], near[1], sentence.text)
        return None

    def local_unit(self) -> RegionHit | None:
        """An Ortsverein: its name as written, in the longest form the text uses."""
        best = _best_unit(self.units, ("ort", KREIS, BEZIRK), self.office)
        if best is None:
            return self.publisher()
        place = _composite(best.place, self.doc)
        places = best.places or gazetteer.resolve(place)
        land = self._parent_land(best)
        if land is None:
            land = town_or_context(places, self.context) if places else self.context.top()
        return RegionHit(place, land, best.sentence.text)

    def _parent_land(self, local: Unit) -> str | None:
        """The Land of the city a local unit's own line names before it, its parent branch
        ("FDP Frankfurt am Main – Ortsverband Bornheim/Ostend": a district of that city, not
        the namesake town in another Land)."""
        own = local.places[0].name if local.places else None
        for unit in self.units:
            if unit is local or unit.sentence != local.sentence or unit.order > local.order:
                continue
            if unit.places and unit.places[0].kind in (KREIS, GEMEINDE):
                if unit.places[0].name != own:
                    return town_or_context(unit.places, self.context)
        return None

    def party_district(self) -> RegionHit | None:
        """A party's Bezirk: a Berlin or Hamburg district where it is one ("Bezirksverband
        Neukölln"), else its name as written ("SPD-Bezirk Weser-Ems", "Bezirk Oberbayern"),
        its Land from the document's context."""
        best = _best_unit(self.units, (BEZIRK,), self.office)
        if best is not None:
            return self.unit_hit(best)
        for sentence in self.doc.content():
            if "ezirk" not in sentence.text:
                continue
            match = _PARTY_DISTRICT.search(sentence.text)
            if match is not None:
                place, places = trim_place(match.group("place"))
                land = places[0].land if places else self.context.top()
                return RegionHit(place, land, sentence.text)
        return self.land()

    def electing_unit(self) -> RegionHit | None:
        """A delegate: the Kreis or district that elects the delegates; the Land where a
        Land assembly elects them ("Auf dem Landesparteitag in Erfurt … ihre Delegierten zum
        Bundesparteitag gewählt": Thüringen, not the venue)."""
        if self._elected_by_land_assembly():
            land = self.land()
            if land is not None:
                return land
        named = self._delegates_of()
        if named is not None:
            return named
        # the unit that owns the assembly the delegates go to ("zum Landesparteitag der SPD
        # Hamburg") does not elect them
        units = (
            [
                u
                for u in self.units
                if not _DESTINATION_BEFORE.search(self.doc.text, max(0, u.order - 60), u.order)
            ]
            if self.office is not None
            else self.units
        )
        best = _best_unit(units, (KREIS, BEZIRK), self.office)
        if best:
            return self.unit_hit(best)
        return self.frequent((KREIS, BEZIRK)) or self.publisher()

    def _delegates_of(self) -> RegionHit | None:
        """The place whose delegates they are, by its adjective: "wählen wir die Altonaer
        Delegierten" (Altona)."""
        texts = [self.office.sentence.text] if self.office is not None else []
        texts += [s.text for s in self.doc.sentences if s.zone in (TITLE, HEAD)]
        for text in texts:
            for match in _DELEGATES_OF.finditer(text):
                adjective = gazetteer.places_of_adjective(match.group("adj"))
                if adjective is not None:
                    return self.hit(*adjective, text)
        return None

    def _elected_by_land_assembly(self) -> bool:
        """Whether a sentence that elects the delegates (the delegate's own, or one of the
        heading's) names a Land assembly as the one that elects ("Auf dem Landesparteitag …
        haben die Mitglieder … ihre Delegierten gewählt"), not as the one the delegates go to
        ("zur Landesdelegiertenkonferenz"), and no sentence there names a local assembly."""
        texts = [self.office.sentence.text] if self.office is not None else []
        texts += [s.text for s in self.doc.sentences if s.zone in (TITLE, HEAD)]
        if any(_LOCAL_ASSEMBLY.search(text) for text in texts):
            return False
        return any(
            _ELECTS.search(text)
            and any(
                not _TO_ASSEMBLY.search(text, max(0, m.start() - 30), m.start())
                for m in _LAND_ASSEMBLY.finditer(text)
            )
            for text in texts
        )

    def frequent(self, kinds: tuple[str, ...]) -> RegionHit | None:
        found = _frequent_place(self.doc, kinds)
        return self.hit(*found) if found else None

    def publisher(self) -> RegionHit | None:
        """Texts without a candidacy: the unit that publishes them, preferably in the title
        (a page's site name, "… | GRÜNE Niedersachsen", over a council group its text quotes)."""
        kinds = ("ort", KREIS, BEZIRK, LAND, GEMEINDE)
        titled = [u for u in self.units if u.sentence.zone == TITLE and u.places]
        best = _best_unit(titled, kinds, None) or _best_unit(self.units, kinds, None)
        if best is None:
            return None
        if best.sentence.zone not in (TITLE, HEAD):
            head = [u for u in self.units if u.sentence.zone in (TITLE, HEAD) and u.places]
            best = head[0] if head else best
        return self.unit_hit(best)


# The assemblies that elect delegates: a Land's, or a Kreis's, district's or branch's (or the
# delegates "des Kreisverbands").
_LAND_ASSEMBLY = re.compile(rf"\b{LAND_ASSEMBLY}")
_LOCAL_ASSEMBLY = re.compile(
    rf"\b{LOCAL_ASSEMBLY}|\bDelegierten\s+(?:des|unseres)\s+(?:Kreis|Bezirks|Stadt|Orts)\w*"
)
# "die Altonaer Delegierten": the delegates of a place, by its adjective.
_DELEGATES_OF = re.compile(r"\b(?P<adj>[A-ZÄÖÜ][\w-]+er)\s+Delegierten\b")
# The assembly the delegates go to, with its owner after it: "zum Landesparteitag der SPD".
_DESTINATION_BEFORE = re.compile(
    r"\bzu[rm]\s+\w*(?:[Pp]arteitag|[Kk]onferenz|[Vv]ersammlung|BDK|LDK)\w*\s+(?:der|des)\s+$"
)
# A sentence in which the delegates are elected.
_ELECTS = re.compile(r"\b(?:gewählt|wählen|wählt|wählte|wählten|bestimmt|nominiert)\b")
# The assembly the delegates go to, not the one that elects them: "zur Landesdelegiertenkonferenz".
_TO_ASSEMBLY = re.compile(r"\b(?:zu[rm]|für\s+(?:den|die|das))\s+(?:\w+\s+)?$")

#: Weights of the region rules (evidence strength of one hit, 0..1): the rule the sought
#: office's scope picks, the unit that publishes the text (named in title or heading, or
#: further down), a Land body speaking for the Land, the Land the document's places imply
#: (more when one Land dominates). A rule that alone settles the value weighs at least the
#: facet threshold (0.5).
_WEIGHTS = {
    "scope": 0.8,
    "publisher-head": 0.65,
    "publisher": 0.5,
    "publisher-town": 0.5,
    "land-body": 0.5,
    "land-context-clear": 0.6,
    "land-context": 0.3,
}
_LAND_SCOPES = ("land", "list")
# A Landtag group: "Landtagsfraktion", "SPD-Fraktion im Landtag Brandenburg", "Fraktion DIE
# LINKE im Sächsischen Landtag".
_LANDTAG_GROUP = (
    r"\bLandtagsfraktion\w*|\bFraktion\b[^\n.:;]{0,40}?\b(?:im|des)\s+(?:[A-ZÄÖÜ]\w+\s+)?Landtag\b"
)
_LAND_BODY = re.compile(
    rf"\bLandes(?:vorstand|verband|vorsitz|partei|geschäftsstelle|liste)\w*|{_LANDTAG_GROUP}"
)


# Bodies outside the office vocabulary that a Land's members elect: its party court,
# auditors, council, and its delegates to the federal councils ("Delegierte zum Länderrat").
_LAND_BODY_SOUGHT = re.compile(
    r"\bLandes(?:schieds\w+|parteirat\w*|ausschuss\w*|kassenprüf\w*|rechnungsprüf\w*|"
    r"revisor\w*|frauenrat\w*)|\b(?:Länderrat|Bundesfrauenrat|Bundesparteirat)\w*"
)
# A bid, or the agenda item of the vote ("Tagesordnungspunkt: W 6 Wahl der Delegierten zum …").
_BID_IN_SENTENCE = re.compile(
    r"\b(?:bewerbe|kandidiere|Bewerbung|Kandidatur)\w*|\bWahl\s+de[rs]\b", re.IGNORECASE
)
#: How far into a text a bid for a Land's body is looked for.
_LAND_BODY_CHARS = 3000


def _land_body_sought(doc: Doc, finder: _Finder) -> RegionHit | None:
    """The Land whose body a bid seeks (no office of the vocabulary names it): "ich bewerbe
    mich … als Beisitzer im Landesschiedsgericht" is for the Land, not the writer's Kreis."""
    if "Landes" not in doc.text and "rat" not in doc.text:
        return None
    for sentence in doc.sentences:
        if sentence.start > _LAND_BODY_CHARS:
            break
        if sentence.zone == FOOTER or not _LAND_BODY_SOUGHT.search(sentence.text):
            continue
        if sentence.zone != TITLE and not _BID_IN_SENTENCE.search(sentence.text):
            continue
        land = finder.land()
        if land is not None:
            return land
        code = finder.context.top() if clear_top(finder.context) else None
        return land_hit(code, sentence.text) if code else None
    return None


def _scope_hit(finder: _Finder) -> RegionHit | None:
    """The hit of the rule the sought office's scope picks (see module doc)."""
    scope = finder.office.scope if finder.office is not None else None
    rules: dict[str | None, Callable[[], RegionHit | None]] = {
        "wk": finder.constituency,
        "list": finder.listed,
        "bund": finder.federal,
        "land": finder.land,
        "kreis": lambda: finder.local((KREIS, BEZIRK)),
        "stadt": lambda: finder.local((GEMEINDE, KREIS, BEZIRK)),
        "bezirk": lambda: finder.local((BEZIRK,)),
        "ort": finder.local_unit,
        "unit": finder.electing_unit,
        "partybezirk": finder.party_district,
    }
    rule = rules.get(scope)
    return rule() if rule is not None else None


def _sender(doc: Doc, finder: _Finder, candidacy: bool) -> tuple[RegionHit, str] | None:
    """The area of a text without a sought office that its sender or its body settles, with
    the rule: a federal sender ("ÖDP – Bundesverband" over a press release dated "Würzburg,
    …"), a Landtag group ("FREIE WÄHLER Landtagsfraktion im Bayerischen Landtag"), a Land's
    body sought ("Beisitzer im Landesschiedsgericht"), a party unit of a Gemeindeverband
    ("CDU-Ortsverbände im Amt Hüttener Berge")."""
    federal = _federal_sender(doc)
    if federal is not None:
        return federal, "publisher-federal"
    group = _land_group_sender(doc, finder.context)
    if group is not None:
        return group, "publisher-land-group"
    sought = _land_body_sought(doc, finder) if candidacy else None
    if sought is not None:
        return sought, "land-body-sought"
    verband = _verband_named(doc, sender=True)
    if verband is not None:
        return finder.hit(*verband), "publisher-verband"
    return None


def _hits(
    doc: Doc,
    office: OfficeHit | None,
    context: LandContext | None = None,
    *,
    candidacy: bool = False,
) -> list[tuple[RegionHit, float, str]]:
    """Every region the rules propose, with the weight of its rule, strongest rule first
    (``candidacy``: the text states a bid, perhaps for a body no office names)."""
    finder = _Finder(doc, office, context)
    found: list[tuple[RegionHit, float, str]] = []
    scope = finder.office.scope if finder.office is not None else None
    scoped = _scope_hit(finder)
    if scoped is not None:
        if scoped.evidence:
            found.append((scoped, _WEIGHTS["scope"], f"scope:{scope}"))
        else:  # the Land office's Land only from the document's Land context
            rule = "land-context-clear" if clear_top(finder.context) else "land-context"
            found.append((scoped, _WEIGHTS[rule], f"scope:{scope}:{rule}"))
    # The publishing unit is the fallback, not a rival: a Kreisverband that nominates for a
    # constituency names a different area (Mainz-Neustadt for WK 204 Mainz), not another answer.
    sender = _sender(doc, finder, candidacy) if scoped is None and office is None else None
    if sender is not None:
        found.append((sender[0], _WEIGHTS["publisher-head"], sender[1]))
        return found
    published = finder.publisher() if scoped is None else None
    if published is not None and scope in _LAND_SCOPES and published.region != DEUTSCHLAND:
        # a Land office published by a local unit: the unit says which Land
        land = published.land or land_for(published.region, finder.context)
        published = land_hit(land, published.evidence) if land else None
    if published is not None:
        head = any(s.text == published.evidence for s in doc.sentences if s.zone in (TITLE, HEAD))
        rule = "publisher-head" if head else "publisher"
        found.append((published, _WEIGHTS[rule], rule))
    elif scoped is None:  # "Fraktionsvorsitzender der CSU im Stadtrat Landshut"
        named = _gemeinde_named(doc)
        if named is not None:
            town = finder.hit(*named)
            found.append((town, _WEIGHTS["publisher-town"], "publisher-town"))
    if not found:  # "Zentralinspektor des Landesvorstands erklärt": the Land speaks
        body = next((s for s in doc.content() if _LAND_BODY.search(s.text)), None)
        code = finder.context.top() if body is not None else None
        if body is not None and code:
            found.append((land_hit(code, body.text), _WEIGHTS["land-body"], "land-body"))
    return found


# A federal body as the sender of a text: "Ökologisch-Demokratische Partei (ÖDP) –
# Bundesverband", "SPD-Bundestagsfraktion", "Bundesgeschäftsstelle".
_FEDERAL_SENDER = re.compile(
    r"\b(?:Bundesverband|Bundesvorstand|Bundesgeschäftsstelle|Bundespartei|Bundestagsfraktion|"
    r"Parteivorstand|Bundesparteivorstand)\b"
)
_LOWER_UNIT = re.compile(r"\b(?:Landes|Kreis|Bezirks|Orts|Stadt|Regional)\w*verband|\bLV\b|\bKV\b")


def _federal_sender(doc: Doc) -> RegionHit | None:
    """Deutschland where the first lines name a federal body as the sender and no Land or
    local unit: its office's town (a dateline "Würzburg/Berlin, 30. Juli 2024") is no region
    of the text."""
    head = [s for s in doc.sentences[:4] if s.zone in (TITLE, HEAD)]
    # (or the sender line under the text: "BSW · Bundesgeschäftsstelle · Pressemitteilung")
    tail = [s for s in doc.sentences[-3:] if s not in head]
    if any(_LOWER_UNIT.search(s.text) for s in head + tail):
        return None  # a Land's or a Kreis's unit speaks, perhaps quoting the federal one
    for sentence in head + tail:
        if len(sentence.text) <= 120 and _FEDERAL_SENDER.search(sentence.text):
            return RegionHit(DEUTSCHLAND, None, sentence.text)
    return None


# A Landtag group or the Landtag itself as the sender: "FREIE WÄHLER Landtagsfraktion im
# Bayerischen Landtag", "SPD-Fraktion im Landtag Brandenburg", a plenary protocol's header.
_LAND_GROUP_SENDER = re.compile(
    rf"{_LANDTAG_GROUP}|"
    # a Landtag's own record: "Landtag Brandenburg   Plenarprotokoll 8/14", "Bayerischer Landtag"
    r"^\s*(?:Landtag\s+(?:von\s+)?[A-ZÄÖÜ][\w-]+|[A-ZÄÖÜ]\w+\s+Landtag)\b"
)


def _land_group_sender(doc: Doc, context: LandContext) -> RegionHit | None:
    """The Land where the first lines name a Landtag group as the sender: a group speaks for
    its Land, as a Landesverband does ("München, 16.05.2024" is its seat, no region)."""
    for sentence in doc.sentences[:4]:
        if sentence.zone not in (TITLE, HEAD) or len(sentence.text) > 120:
            continue
        if not _LAND_GROUP_SENDER.search(sentence.text):
            continue
        named = _parliament_land([sentence])
        if named is not None:
            return named
        code = context.top()
        return land_hit(code, sentence.text) if code else None
    return None


# A genitive or an article after a capitalised word: a noun phrase ("Lage der Höfe").
_ARTICLE_AFTER = re.compile(r"\s+(?:der|des|die|das|von\s+der)\s")


def _heading_place(doc: Doc) -> tuple[str, tuple[Place, ...], str] | None:
    """A town or Kreis the title or the first lines name and the text names again: what a
    text without a candidacy or a unit of its own is about ("DANKE, COTTBUS!")."""
    for sentence in doc.sentences[:4]:
        if sentence.zone not in (TITLE, HEAD):
            continue
        heading = capital_lines(sentence.text)
        for match in WORD.finditer(heading):
            word = match.group(0)
            if word in ("Mitte",) or not_here(heading, match.start()):
                continue
            places = gazetteer.places(word) or gazetteer.gemeinden(word)
            if places and places[0].kind in (KREIS, BEZIRK, GEMEINDE):
                if _ARTICLE_AFTER.match(heading, match.end()):
                    continue  # "Lage der Landwirtschaft": the noun, not the town Lage
                named = re.compile(
                    rf"(?<!die )(?<!der )(?<!das )\b{re.escape(word)}\b", re.IGNORECASE
                )
                if len(named.findall(doc.text)) >= 2:
                    return word, places, sentence.text
    return None


def _decide_hit(hits: list[tuple[RegionHit, float, str]]) -> RegionHit | None:
    """The hit whose region the pooled evidence supports best (see :func:`evidence.decide`)."""
    decision = decide(
        Candidate("region", hit.region, weight, "body", hit.evidence, rule)
        for hit, weight, rule in hits
    )
    if decision is None:
        return None
    return next(hit for hit, _, _ in hits if hit.region == decision.value)


def find_region(doc: Doc, office: OfficeHit | None, *, candidacy: bool) -> RegionHit | None:
    """The region for the document's candidacy (or, for other texts, its publishing unit):
    the decision over :func:`candidates`' region rules, kept for callers of the old API."""
    return _decide_hit(_hits(doc, office if candidacy else None, candidacy=candidacy))


_ZONES = {TITLE: "title", HEAD: "lead", BODY: "body", TAIL: "signature", FOOTER: "footer"}


def _zone(doc: Doc, evidence: str) -> str:
    """The evidence zone (see :data:`evidence.ZONES`) of the sentence quoted as evidence."""
    if evidence and evidence == doc.title:
        return "title"
    for sentence in doc.sentences:
        if sentence.text == evidence:
            return _ZONES.get(sentence.zone, "body")
    return "body"


def _office_for(doc: Doc, ctx: Context) -> OfficeHit | None:
    """The sentence that names the context's sought office, as an :class:`OfficeHit`."""
    if not ctx.candidacy or not ctx.office:
        return None
    scope = ctx.office_scope or office_module.scope_of(ctx.office)
    if scope is None:
        return None
    texts = [(doc.sentences[0], doc.title)] if doc.title else []
    for owner, text in [*texts, (None, doc.text)]:
        for start, end, row in office_module.mentions(text):
            if row.canonical != ctx.office and row.scope != scope:
                continue
            sentence = owner or doc.sentence_at(start)
            if sentence is not None and sentence.zone != FOOTER:
                at = start - max(sentence.start, 0)
                return OfficeHit(
                    ctx.office, scope, 0.5, sentence, at, at + end - start, row.pattern
                )
    sentences = doc.content()
    return OfficeHit(ctx.office, scope, 0.5, sentences[0], 0, 0) if sentences else None


def candidates(doc: Doc, ctx: Context, office_hit: OfficeHit | None = None) -> list[Candidate]:
    """Region and bundesland candidates with their evidence, for :func:`evidence.decide`.

    The sought office (``office_hit``, else found from ``ctx.office``) picks the region rule;
    the publishing unit and a speaking Land body are weaker rivals. Each region brings its
    Land; the document's Land context adds a weak bundesland candidate of its own. A region
    given by a person yields only its Land.
    """
    given = ctx.known.get("region")
    if given:
        land = gazetteer.bundesland_of(given)
        return [Candidate("bundesland", land, 0.9, "given", given, "given-region")] if land else []
    office = office_hit if office_hit is not None else _office_for(doc, ctx)
    context = LandContext(doc)
    hits = _hits(doc, office if ctx.candidacy else None, context, candidacy=ctx.candidacy)
    if _transcript(ctx):
        # A transcript with its speaker given (a parliament's open data): the places it
        # mentions are its topics, not its publisher's Land; counting them every word is
        # the costliest step of indexing a speech corpus, so the Land context is skipped.
        return _from_hits(doc, hits, context)
    if not ctx.candidacy and not any(hit.region for hit, _, rule in hits if rule != "land-body"):
        # a text without a candidacy or a unit of its own: its byline's unit, else the place
        # its heading names ("DANKE, EIMSBÜTTEL!")
        byline = _byline_unit(ctx.known.get("byline", ""), context)
        if byline:
            return byline
        headed = _heading_place(doc)
        if headed is not None:
            finder = _Finder(doc, None, context)
            hits = [(finder.hit(*headed), _WEIGHTS["publisher-town"], "heading-place")]
    found = _from_hits(doc, hits, context)
    # The Land follows from the region where the gazetteers know it; only without one does
    # the document's Land context speak (it would otherwise rival a certain answer).
    top = None if any(c.field == "bundesland" for c in found) else context.top()
    if top and not any(hit.region == DEUTSCHLAND for hit, _, _ in hits[:1]):
        rule = "land-context-clear" if clear_top(context) else "land-context"
        found.append(
            Candidate("bundesland", gazetteer.land_name(top), _WEIGHTS[rule], "body", "", rule)
        )
    return found


def _byline_unit(byline: str, context: LandContext) -> list[Candidate]:
    """The unit a page's byline names ("Kreisverband Nordsachsen", "SPD Ortsverein Lehe") as
    the publisher of a text without a candidacy that names no unit of its own."""
    if not byline:
        return []
    for _unit, place, _start in _unit_words(byline):
        trimmed, places = trim_place(place)
        if places and places[0].kind in (KREIS, GEMEINDE, BEZIRK, LAND):
            land = town_or_context(places, context)
            value = places[0].name if places[0].kind == LAND else trimmed
            found = [Candidate("region", value, _WEIGHTS["publisher"], "byline", byline, "byline")]
            if land:
                name = gazetteer.land_name(land)
                found.append(
                    Candidate("bundesland", name, _WEIGHTS["publisher"], "byline", byline, "byline")
                )
            return found
    return []


def _transcript(ctx: Context) -> bool:
    """A speech or minutes whose speaker and role are given (no candidacy)."""
    return (
        not ctx.candidacy
        and bool(ctx.known.get("person"))
        and (ctx.genre == "speech" or bool(ctx.known.get("office")))
    )


def _from_hits(
    doc: Doc, hits: list[tuple[RegionHit, float, str]], context: LandContext
) -> list[Candidate]:
    """Region candidates of the rules' hits, each with the Land it lies in."""
    found: list[Candidate] = []
    for hit, weight, rule in hits:
        zone = _zone(doc, hit.evidence)
        region = _landkreis_named(hit.region, hit.evidence)
        found.append(Candidate("region", region, weight, zone, hit.evidence, rule))
        code = hit.land or land_for(hit.region, context)
        if code and hit.region != DEUTSCHLAND:
            name = gazetteer.land_name(code)
            found.append(Candidate("bundesland", name, weight, zone, hit.evidence, rule))
    return found


#: The unit word a Kreis's display may carry ("Landkreis Fürth").
_KREIS_PREFIX = re.compile(r"^(?:Landkreis|Kreis)\s+")


def _landkreis_named(region: str, evidence: str) -> str:
    """ "Landkreis Fürth" where a kreisfreie Stadt has the same name ("Fürth", "Leipzig",
    "Rosenheim") and the evidence says the Landkreis is meant ("Kreistag des Landkreises
    Fürth"): the bare name would be read as the city."""
    places = gazetteer.resolve(region)
    types = {p.typ for p in places if p.kind == KREIS}
    if not {"Landkreis", "Kreisfreie Stadt"} <= types:
        return region
    if re.search(rf"\b(?:Landkreis(?:es)?|Landkreis-)\s*{re.escape(region)}\b", evidence):
        return f"Landkreis {region}"
    return region


def _always(sentence: Sentence) -> Callable[[int], Sentence]:
    """A ``sentence_for`` for a text that is one sentence."""
    return lambda _pos: sentence


def find_sender_region(doc: Doc) -> RegionHit | None:
    """A speech's region from the sender line under it ("CDU Kreisverband Oberhavel ·
    Kreisparteitag 2025 · Es gilt das gesprochene Wort"), when its heading names no unit: the
    unit it was written for. Only the last lines count: the speech itself names many."""
    finder = _Finder(doc, None, None)
    # (not a closing note on the speaker: "X ist Abgeordnete … und Vorsitzende des SPD-
    # Ortsvereins Ottweiler" tells where she comes from, not for whom she spoke)
    last = [s for s in doc.sentences[-3:] if not _ABOUT_SPEAKER.search(s.text)]
    units = [u for u in finder.units if u.places and u.sentence in last]
    best = _best_unit(units, ("ort", KREIS, BEZIRK, LAND, GEMEINDE), None)
    if best is None:  # "CDU-Fraktion im Niedersächsischen Landtag · Pressestelle"
        return _parliament_land([s for s in last if len(s.text) <= 120])
    return finder.unit_hit(best)


_ABOUT_SPEAKER = re.compile(r"\b(?:ist|sind|war|waren|lebt|arbeitet|sitzt)\b")


def find_heading_region(doc: Doc) -> RegionHit | None:
    """A speech's region: the party unit or assembly its heading names ("Landesparteitag der
    SPD Schleswig-Holstein"), from the title and the first three lines only. A speech names
    many places in passing; only the heading says where it was given and for whom."""
    units: list[Unit] = []
    heading = [Sentence(doc.title, -1, -1, TITLE)] if doc.title else []
    for number, (start, line, zone) in enumerate(doc.lines[:3]):
        if zone == HEAD and len(line) < 200:  # a heading line, not a paragraph
            heading.append(Sentence(line, start, number, zone))
    for order, sentence in enumerate(heading):
        units.extend(_units_in(sentence.text, _always(sentence), order * 1000))
    best = _best_unit(units, (KREIS, BEZIRK, LAND), None)
    if best is None:
        return _parliament_land(heading) or _land_assembly(doc, heading)
    if best.places[0].kind == LAND:
        return land_hit(best.places[0].land, best.sentence.text)
    lands = {p.land for p in best.places}
    land = lands.pop() if len(lands) == 1 else None
    display = best.place
    if best.places[0].kind == BEZIRK and len(best.places) == 1:
        display = best.places[0].name
    return RegionHit(display, land, best.sentence.text)


# A Land parliament in a speech's heading: "Rede im Landtag Brandenburg", "Landtag von
# Sachsen-Anhalt", "im Sächsischen Landtag".
_LANDTAG_OF = re.compile(r"Landtag(?:s)?\s+(?:von\s+|des\s+Landes\s+)?(?P<land>[A-ZÄÖÜ][\w-]+)")
_LANDTAG_ADJECTIVE = re.compile(r"(?P<adj>[A-ZÄÖÜ][a-zäöü]+e[nrms]?)\s+Landtag")


def _land_assembly(doc: Doc, heading: list[Sentence]) -> RegionHit | None:
    """The Land of a speech given at a Land assembly its heading names without its Land ("auf
    dem Landesparteitag am 17. Mai 2025 in Saarbrücken"), from the Land the document speaks of
    clearly (the venue's town is no region)."""
    sentence = next((s for s in heading if _LAND_ASSEMBLY.search(s.text)), None)
    if sentence is None:
        return None
    context = LandContext(doc)
    code = context.top() if clear_top(context) else None
    return land_hit(code, sentence.text) if code else None


def _parliament_land(heading: list[Sentence]) -> RegionHit | None:
    """The Land whose parliament a speech's heading names."""
    for sentence in heading:
        if "Landtag" not in sentence.text:
            continue
        for match in _LANDTAG_OF.finditer(sentence.text):
            code = gazetteer.land_code(match["land"])
            if code:
                return land_hit(code, sentence.text)
        for match in _LANDTAG_ADJECTIVE.finditer(sentence.text):
            code = gazetteer.land_of_adjective(match["adj"])
            if code:
                return land_hit(code, sentence.text)
    return None


# The venue of an assembly ("die Bundesdelegiertenkonferenz ... in\nHannover"), across lines.
_VENUE_BEFORE = re.compile(
    r"(?:[Pp]arteitag\w*|BDK|LDK|LPT|BPT|LMV|[Kk]onferenz\w*|[Vv]ersammlung\w*|[Kk]ongress\w*|"
    r"[Tt]agung\w*|[Tt]reffen|[Ss]tammtisch\w*)\b[^.!?]{0,50}?\s(?:in|nach)\s+$"
)


def _is_venue(text: str, pos: int) -> bool:
    """Is the place at ``pos`` where an assembly meets ("BDK in Hannover")? Never the region."""
    return _VENUE_BEFORE.search(text, max(0, pos - 90), pos) is not None


def _frequent_place(doc: Doc, kinds: tuple[str, ...]) -> tuple[str, tuple[Place, ...], str] | None:
    counts: Counter[str] = Counter()
    where: dict[str, tuple[tuple[Place, ...], str]] = {}
    for sentence in doc.sentences:
        if sentence.zone == FOOTER:
            continue
        for match in WORD.finditer(sentence.text):
            word = match.group(0)
            if word in ("Mitte",) or not_here(sentence.text, match.start()):
                continue
            if sentence.start >= 0 and _is_venue(doc.text, sentence.start + match.start()):
                continue
            places = gazetteer.places(word)
            if places and places[0].kind in kinds:
                counts[word] += 1
                where.setdefault(word, (places, sentence.text))
    if not counts:
        return None
    word, _ = counts.most_common(1)[0]
    return word, where[word][0], where[word][1]


def land_for(region: str, context: LandContext) -> str | None:
    """Land code for a region name, using the document's Land context for shared names."""
    if region == DEUTSCHLAND:
        return None
    name = gazetteer.bundesland_of(region)
    if name:
        return gazetteer.land_code(name)
    found = gazetteer.resolve(re.sub(r"\s*\(.*\)$", "", region))
    return pick_land(found, context) if found else None
