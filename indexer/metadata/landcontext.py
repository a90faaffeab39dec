"""The document's Land context: which Land its words point to, for shared place names and
for a Land office whose Land the text does not name.

Land names and abbreviations ("MV", "NRW-SPD"), Land adjectives ("Sächsischer Landtag"),
Kreise and districts of one Land, demonyms of sizeable towns ("Rostocker"), towns after "in"
or "für", postcodes (footer included: an office address says which Land the publisher is in),
party domains ("piratenpartei-mv.de") and Land names broken across PDF lines
("Sachsen-\\nAnhalt") all count; places of one's life ("geboren in", "Schule in") and
surnames ("Marianne Roth") do not. Lookups are dict accesses into the gazetteers, and a word's
own evidence is cached.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from indexer.metadata import gazetteer, names
from indexer.metadata.document import FOOTER, HEAD, TITLE, Doc
from indexer.metadata.party import PARTY_LAND

# A place of one's life, not of the candidacy: birth, home, school, study, work ("die
# Handelsschule in Steinfurt", "Studium in Münster", "tätig in Hagen").
NOT_HERE = re.compile(
    r"(?:geboren|aufgewachsen|wohne|wohnt|lebe|lebt|arbeite|arbeitet|studier\w*|gelernt|zogen|"
    r"\w*schule|Studium|Ausbildung|Universität|Abitur|Praktikum|tätig|beschäftigt|gearbeitet|"
    r"\baus|\bnach|\bbei|\bvon|\bvom|Lieblingsort|Urlaub|(?<!wahl)Heimat\w*)[^.!?,]{0,30}$",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-ZÄÖÜ][\w]*(?:[-–][A-ZÄÖÜ]?[\w]+)*")
# The word before a surname: a first name ("Marianne Roth") or a form of address.
_NAME_BEFORE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+\.?)[ \t]+$")
_ADDRESS = frozenset(("Frau", "Herr", "Herrn", "Dr.", "Prof.", "Genossin", "Genosse"))


# The verb after the place closes the clause of one's life: "in der Kämmerei der Stadt
# Wittmund gearbeitet", "in Kassel aufgewachsen", "in Jena studiert".
_LIFE_VERBS = (
    "gearbeitet", "gelebt", "gewohnt", "aufgewachsen", "studiert", "geboren", "gelernt",
    "ausgebildet", "beschäftigt", "tätig", "gegangen", "zur Schule",
)  # fmt: skip
_LIFE_AFTER = re.compile(
    r"[^,.;:!?]{0,40}?\b(?:gearbeitet|gelebt|gewohnt|aufgewachsen|studiert|geboren|"
    r"gelernt|ausgebildet|beschäftigt|tätig|gegangen|zur\s+Schule)\b"
)


def _life_after(text: str, start: int) -> bool:
    """Whether the clause after ``start`` closes with a verb of one's life ("… gearbeitet");
    plain substring tests on the clause (a regex per place word cost more)."""
    clause = text[start : start + 50]
    for stop in ",.;:!?":
        cut = clause.find(stop)
        if cut >= 0:
            clause = clause[:cut]
    if not any(verb in clause for verb in _LIFE_VERBS):
        return False
    return _LIFE_AFTER.match(text, start) is not None


def not_here(text: str, start: int) -> bool:
    """Is the capitalised word at ``start`` no place of the candidacy: after "geboren in",
    "Schule in" and the like, before "… gearbeitet", or a surname ("Marianne Roth", "Frau
    Kleve")?"""
    if NOT_HERE.search(text, max(0, start - 40), start):
        return True
    if _life_after(text, start):
        return True
    before = _NAME_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    word = before.group(1)
    return word in _ADDRESS or names.is_first_name(word)


LINE_HYPHEN = re.compile(r"([-–])\n")


#: A Gemeinde this many times larger than every namesake is meant without further context.
POPULATION_PRIOR = gazetteer.POPULATION_PRIOR


class LandContext:
    """The document's Land evidence, counted only when a rule needs it (it scans every word)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._counts: Counter[str] | None = None

    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = land_context(self.doc)
        return self._counts

    def top(self) -> str | None:
        counts = self.counts()
        return counts.most_common(1)[0][0] if counts else None


# Two-letter Land abbreviations common enough in party texts to count on their own ("MV");
# the others ("BE", "ST", "HE") are ordinary letters too and count only as "MV-Piraten".
_SHORT_LANDS = frozenset(("MV", "BW", "SH", "HH"))
_ABBREVIATED = re.compile(r"([A-ZÄÖÜ]{2,3})[-–][A-ZÄÖÜ]")
_POSTCODE = re.compile(r"(?<![\d.,])(\d{5})[ \t]+[A-ZÄÖÜ]")
# "in Wetzlar", "für Kassel", and a party's local unit by its town: "SPD Kassel", "DIE LINKE.
# Frankfurt" (a site's name in a page title).
_TOWN_AT = re.compile(
    r"\b(?:in|für|Stadt|Gemeinde|SPD|CDU|CSU|FDP|AfD|BSW|ÖDP|Volt|LINKE\.?|Linke\.?|GRÜNE|"
    r"Grüne|Grünen)[ \t]+$"
)
#: Smallest Gemeinde whose name alone, after "in"/"für", counts as Land context.
_TOWN_CONTEXT_POPULATION = 5000
_BROKEN_NAME = re.compile(r"[A-ZÄÖÜ]\w+[-–]\n[A-ZÄÖÜ]\w+")


def _abbreviation_code(word: str) -> str | None:
    """ "MV" on its own, or "NRW-SPD", "MV-Piraten": a Land abbreviation at a compound's head."""
    if word in _SHORT_LANDS:
        return word
    head = _ABBREVIATED.match(word)
    return gazetteer.land_code(head.group(1)) if head else None


#: Smallest town whose demonym ("Rostocker") counts as Land context.
_DEMONYM_POPULATION = 20000


def _demonym_land(stem: str) -> str | None:
    """The Land of a Kreis or sizeable town named by its demonym's stem, if unambiguous."""
    lands = {p.land for p in gazetteer.places(stem)}
    if not lands:
        towns = [t for t in gazetteer.gemeinden(stem) if t.population >= _DEMONYM_POPULATION]
        lands = {t.land for t in towns}
    return lands.pop() if len(lands) == 1 else None


def _town_land(word: str, text: str, start: int) -> str | None:
    """The Land of a sizeable Gemeinde named after "in"/"für" ("Kanzlei in Wetzlar")."""
    if not _TOWN_AT.search(text, max(0, start - 12), start):
        return None
    towns = gazetteer.gemeinden(word)
    if not towns or towns[0].population < _TOWN_CONTEXT_POPULATION:
        return None
    if len(towns) > 1 and towns[0].population < POPULATION_PRIOR * towns[1].population:
        return None
    return towns[0].land


#: Longest line searched for a postcode: addresses are short lines, paragraphs are not.
_ADDRESS_LINE = 200


def _postcodes_and_broken_names(doc: Doc) -> Counter[str]:
    """Land evidence that does not follow sentences: postcodes in short lines (footer
    included) and Land names broken across lines."""
    counts: Counter[str] = Counter()
    for _start, line, _zone in doc.lines:
        if len(line) > _ADDRESS_LINE:
            continue
        for match in _POSTCODE.finditer(line):
            code = gazetteer.land_of_postcode(match.group(1))
            if code:
                counts[code] += 1
    text = doc.text
    if ".de" in text or ".org" in text:
        counts.update(_domain_lands(text))
    if "-\n" in text or "–\n" in text:
        for match in _BROKEN_NAME.finditer(text):
            code = gazetteer.land_code(LINE_HYPHEN.sub(r"\1", match.group(0)))
            if code:
                counts[code] += 2
    return counts


# A party site's or mail address's domain names its Land: "piratenpartei-mv.de",
# "spd-sachsen-anhalt.de", "gruene-bayern.org" (last parts), "sachsen.linke.de" (first label
# before a party's name). Found by plain string search: this runs on every document.
_TLDS = (".de", ".org", ".eu", ".net")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_PARTY_LABELS = frozenset(
    ("spd", "gruene", "linke", "die-linke", "fdp", "cdu", "csu", "volt", "piratenpartei",
     "piraten", "bsw", "oedp", "freiewaehler")
)  # fmt: skip
_UMLAUTS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"))
#: Two- and three-letter labels that are a Land's abbreviation, not ordinary letters ("be").
_DOMAIN_SHORT = frozenset(("mv", "bw", "sh", "hh", "nrw", "rlp"))


def _hosts(text: str) -> set[str]:
    """Host names before a German or generic top-level domain, without it ("spd-mv")."""
    hosts: set[str] = set()
    for tld in _TLDS:
        at = text.find(tld)
        while at > 0:
            end = at + len(tld)
            if end >= len(text) or not text[end].isalnum():
                start = at
                while start > 0 and text[start - 1] in _HOST_CHARS:
                    start -= 1
                hosts.add(text[start:at].strip(".-"))
            at = text.find(tld, end)
    return hosts


def _domain_lands(text: str) -> Counter[str]:
    """Lands named by the domains in ``text``, one count per distinct domain."""
    counts: Counter[str] = Counter()
    for host in _hosts(text):
        labels = host.split(".")
        if len(labels) > 1 and labels[-1] in _PARTY_LABELS:
            names = [labels[-2]]  # "sachsen.linke"
        else:
            parts = labels[-1].split("-")
            if len(parts) < 2:
                continue  # "spd.de" names no Land
            names = ["-".join(parts[-2:]), parts[-1]]  # "sachsen-anhalt" before "anhalt"
        code = next(filter(None, map(_label_land, names)), None)
        if code:
            counts[code] += 1
    return counts


def _label_land(label: str) -> str | None:
    if len(label) <= 3 and label not in _DOMAIN_SHORT:
        return None
    code = gazetteer.land_code(label)
    if code is None and "e" in label:
        for plain, umlaut in _UMLAUTS:
            label = label.replace(plain, umlaut)
        code = gazetteer.land_code(label)
    return code


# Kreise whose names are common nouns too ("gesundes Essen", "auf dem Hof", "die Lippe"):
# they count only where a preposition makes them a place ("in Essen").
_NOUN_PLACES = frozenset(("Essen", "Hof", "Halle", "Weiden", "Lippe", "Bergstraße", "Heide"))


def noun_not_place(word: str, text: str, start: int) -> bool:
    """Is ``word`` at ``start`` one of the Kreise that are common nouns too, used as a noun
    ("bis zum letzten Hof"), not after "in"/"für" as a place?"""
    return word in _NOUN_PLACES and not _TOWN_AT.search(text, max(0, start - 12), start)


# A landmark named after a town by its adjective, which may lie anywhere: "Görlitzer Park",
# "Frankfurter Allee", "Hamburger Straße", "Potsdamer Platz".
_LANDMARK_AFTER = re.compile(
    r"\s+(?:Park|Straße|Str\.|Platz|Bahnhof|Tor|Brücke|Allee|Ring|Damm|Ufer|Chaussee|Weg|"
    r"Landstraße|Hof|Markt|Kreuz|Tunnel|Viertel|Kiez)\b"
)


def _word_land(word: str, text: str, start: int) -> tuple[str, int] | None:
    """(Land code, weight) a word implies: a Land's name (2), its adjective (1), a Kreis or
    district of one Land (1), a sizeable town after "in"/"für" (1); ``None`` otherwise."""
    if noun_not_place(word, text, start):
        return None
    if word.endswith("er") and _LANDMARK_AFTER.match(text, start + len(word)):
        return None  # "den Görlitzer Park" lies in Berlin, not in Görlitz
    implied, town = _word_land_alone(word)
    if implied is None and town:
        land = _town_land(word, text, start)
        return (land, 1) if land else None
    return implied


@lru_cache(maxsize=65536)
def _word_land_alone(word: str) -> tuple[tuple[str, int] | None, bool]:
    """What a word implies by itself, and whether it may be a town (which needs a look at the
    words before it); cached, since most words of a text are no place at all."""
    if word in _NOT_PLACE:
        return None, False
    party_land = PARTY_LAND.get(word.split("-", 1)[0])
    if party_land is not None:  # a party of one Land: "CSU-Ortsverband Münsing"
        return (party_land, 1), False
    if len(word) < 3 or "-" in word[:4]:
        short = _abbreviation_code(word)
        return ((short, 2) if short else None), False
    code = gazetteer.land_code(word) if len(word) > 3 or word.isupper() else None
    if code:
        return (code, 2), False
    adjective = gazetteer.land_of_adjective(word) or gazetteer.landscape_land(word)
    if adjective:
        return (adjective, 1), False
    if word.endswith("er") and len(word) > 6:  # "Rostocker Stammtisch"
        town = _demonym_land(word[:-2])
        if town:
            return (town, 1), False
    lands = {p.land for p in gazetteer.places(word)}
    if len(lands) == 1:
        return (lands.pop(), 1), False
    # a name of several (Frankfurt am Main, Frankfurt (Oder)) is a town's where the words
    # before make it one, with the population prior between them (:func:`_town_land`)
    return None, bool(gazetteer.gemeinden(word))


def land_context(doc: Doc) -> Counter[str]:
    """How often each Land is named or implied by a place outside footer and biography.

    Postcodes count everywhere, footer included: an office address is never the region, but
    it does say which Land the publisher is in. A Land name broken across a PDF line
    ("Sachsen-\nAnhalt") counts as the whole name."""
    counts = _postcodes_and_broken_names(doc)
    for sentence in doc.sentences:
        if sentence.zone == FOOTER:
            continue
        weight = 2 if sentence.zone in (TITLE, HEAD) else 1
        text = sentence.text
        brackets = " (" in text
        for match in WORD.finditer(text):
            end = match.end()
            qualified = (
                QUALIFIED.match(text, end) if brackets and text.startswith(" (", end) else None
            )
            if qualified is not None:
                # "Weimar (Lahn)" is the Hessian Gemeinde, not the city in Thüringen
                implied = _qualified_land(match.group(0) + qualified.group(0))
            else:
                implied = _word_land(match.group(0), text, match.start())
            if implied is None:
                continue
            if not_here(text, match.start()):
                continue
            counts[implied[0]] += implied[1] * weight
    return counts


# A qualifier in brackets that belongs to a place's name: "Frankfurt (Oder)", "Weimar (Lahn)".
QUALIFIER = r"(?:[ \t]\([A-ZÄÖÜ][a-zäöü]+\.?\))"
QUALIFIED = re.compile(QUALIFIER)


def _qualified_land(name: str) -> tuple[str, int] | None:
    """The Land of a place written with its qualifier ("Frankfurt (Oder)", "Weimar (Lahn)")."""
    found = gazetteer.resolve(name) or gazetteer.gemeinden(name)
    lands = {p.land for p in found}
    return (lands.pop(), 2) if len(lands) == 1 else None


_NOT_PLACE = frozenset(("Mitte", "Nord", "Süd", "Ost", "West", "Land", "Stadt", "Kreis"))


def clear_top(context: LandContext) -> bool:
    """Does one Land dominate the document's Land evidence (at least twice the next)?"""
    ranked = context.counts().most_common(2)
    return bool(ranked) and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
