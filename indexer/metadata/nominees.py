"""Every nominee of a list announcement: numbered lists, tables, "Region: Name" lines, prose.

Announcements of several candidates ("treten 13 Bewerberinnen und Bewerber an", "Unsere
Landesliste", "Die ersten drei Plätze der Liste") put the names in list items, in table cells, in
lines such as "Pinneberg-Nord (Wahlkreis 22): Anna Muster", or in one sentence ("haben wir Anna
Muster für Kiel-Nord, Jonas Beispiel für Kiel-Ost ... aufgestellt"). A name counts only when
:mod:`names` knows its first name. Each nominee keeps the list place and the region the line
names, where it names one.

A list item is a nominee line when the name stands at the start of the item, in a cell, or right
after a "Region:" label. Prose names count only in sentences with a nominee cue
("Direktkandidat", "Liste", "aufgestellt", "gewählt", "kandidiert"), and never after a cue of a
predecessor, rival or quoted official.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.metadata import gazetteer
from indexer.metadata import names as names_module
from indexer.metadata.cues import (
    CLAUSE_CHAR,
    CLOSING_GREETINGS,
    QUOTED,
    VOTE_COUNT,
    without_quotations,
)
from indexer.metadata.document import FOOTER, HEAD_CHARS, TAIL_CHARS, Doc
from indexer.metadata.names import Name, find_names
from indexer.metadata.office import UNRESOLVED
from indexer.metadata.office import mentions as office_mentions
from indexer.metadata.party import find_mentions as party_mentions
from indexer.stamps import PART_BREAK

# "1. ", "1) ", "- ", "* ", "• " at the start of a line; table rows start with "|".
# A number without a period where a PDF table lost its rules ("1 Muster, Anna Lehrerin").
_ITEM = re.compile(
    r"^[ \t]*(?:(?P<number>\d{1,3})(?:[.)][ \t]+|[ \t]+(?=[A-ZÄÖÜ])|\ufe0f?\u20e3[ \t]*)|"
    # (a social post's keycap digits, "1️⃣ Anna Muster")
    r"[-–—*•·][ \t]+|(?P<table>\|))"
)
# "Pinneberg-Nord (Wahlkreis 22): Name", "Segeberg-West (25): Name", "Platz 3 – Name",
# "Wahlbezirk 01 Hünxe-Mitte ........ Muster, Anna" (dot leaders of a PDF table).
_LABEL = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<label>[A-ZÄÖÜ][^:|\n]{1,60}?)[ \t]*"
    r"(?::|[ \t][–—-]|\.{3,}|…+)[ \t]+(?=\S)"
)
# Academic titles before a listed name ("1. Dr. Kerstin Muster (Tierärztin)").
_TITLES = re.compile(r"(?:(?:Dr|Prof|Dipl\.-\w+)\.?\s*)+")
_PLACE_IN_LABEL = re.compile(r"(?:Platz|Listenplatz)\s+(\d{1,3})\b")
_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
_PLACE_WORD = r"(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
_PLACE_ORDINAL = (
    r"(?:ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|achten|neunten|zehnten)"
)
# Sentences that name nominees: candidacy and list words.
_CUE = re.compile(
    r"[Kk]andidat|[Bb]ewerber|[Ll]iste\b|[Ll]isten|aufgestellt|nominiert|gewählt|kandidier|"
    # a list place in words: "Auf Platz zwei folgt …", "Den vierten Platz belegt …"
    rf"Platz\s+{_PLACE_WORD}\b|{_PLACE_ORDINAL}\s+(?:Listen)?[Pp]latz|"
    r"tritt\b[^.!?]{0,80}\ban\b|treten\b[^.!?]{0,80}\ban\b|Wahlkreis|Platz\s+\d|Plätze[n]?\s+\d|"
    r"Hoffnungsträger|Doppelspitze|vorgeschlagen|"
    rf"schläg[tl]\w*\b{CLAUSE_CHAR}{{0,160}}\bvor\b|"
    # a board completed: "Dem Landesvorstand gehören außerdem X, Y und Z an"
    r"\w*[Vv]orstand\w*\s+(?:gehören|gehört)\b[^.!?]{0,160}\ban\b|Beisitzer\w*|"
    r"[Nn]eue[rn]?\s+\w*(?:[Vv]orsitzende[rn]?|[Ss]precher\w*(?:[*:_ ]innen)?|"
    r"[Ss]chatzmeister\w*|Kassierer\w*|Schriftführer\w*)\s+(?:ist|sind|wird|werden)\b|"
    # … the other way round: "X und Y sind die neuen Landessprecher*innen"
    r"\b(?:ist|sind)\s+(?:die|der)\s+neuen?\s+\w*(?:[Vv]orsitzende\w*|[Ss]precher\w*|"
    r"[Ss]chatzmeister\w*|Doppelspitze)"
)
# A sentence that reports a choice of candidates, not just a candidacy.
_CHOSEN = re.compile(
    r"aufgestellt|nominier|gewählt|wählte|wählen\b|bestimmt|gekürt|Platz\s+\d|"
    r"Listenplatz|[Ss]pitzenkandidat|angeführt|führt\b[^.!?]{0,60}\bListe|" + VOTE_COUNT
)
# An election's result ("erhielt 79 Prozent der Delegiertenstimmen", "… führen die Linke",
# "im Amt bestätigt"), searched only in sentences holding one of its words.
_RESULT_HINTS = ("Prozent", "timmen", "führen", "bestätigt", "wiedergewählt")
_RESULT_CUE = re.compile(
    rf"\bim\s+Amt\s+bestätigt|\bwiedergewählt\b|{VOTE_COUNT}|"
    # a share given alone after the first ("…, Ceyda Muster 84 Prozent")
    r"\d\s+Prozent|\bführen\s+(?:die|den)\b"
)


def _cued(sentence: str) -> bool:
    """Whether a sentence names nominees: a candidacy or list word, or an election's result."""
    if _CUE.search(sentence):
        return True
    return any(h in sentence for h in _RESULT_HINTS) and _RESULT_CUE.search(sentence) is not None


# A plural announcement: the text presents several candidates. The scan starts with literals
# (see :mod:`hints`); whether a form is plural is checked in :func:`plural`.
_PLURAL_SCAN = re.compile(
    r"(?:Kandid|kandid|Direktkandid|Bewerber|bewerber)\w*(?:[*:_ ]innen|\*X)?|Landesliste|"
    # a council's or another election's list: "stellt Kreistagsliste auf"
    r"(?:Kreistags|Stadtrats|Gemeinderats|Ortsbeirats|Bezirks|Reserve|Europa|Bundes)liste|"
    r"Listenplätze|Liste\s+(?:für|zur)|liste\s+(?:für|zur)|Plätze\s+der\s+Liste|"
    r"Hoffnungsträger|Wahlvorschläge|"
    # a board elected: several people at once ("hat einen neuen Vorstand gewählt")
    r"neuen\s+\w*[Vv]orstand\s+(?:gewählt|bestimmt)"
)
# Rarer plural cues, searched only where their words occur (each branch more slows the scan
# of every text): delegates sent to an assembly (not the delegates who vote at one), "Gewählt
# wurden", a new Doppelspitze, "Sprecher*innen", a compilation's "Bewerbungen für …".
_PLURAL_RARE_HINTS = (
    "Delegierte", "Gewählt", "Doppelspitze", "precher*", "precher:", "precher_",
    "precher innen", "precherinnen und", "ewerbungen", "andidaturen", "Neuer ",
)  # fmt: skip
_PLURAL_RARE = re.compile(
    r"Delegierte[n]?\s+(?:\w+\s+){0,3}?(?:zum|zur|für\s+den|für\s+die)\s+\w*(?:[Pp]arteitag|"
    r"[Kk]onferenz|LPT|BPT|LDK|BDK)|"
    r"Gewählt\s+wurden|(?:[Nn]eue|eine|als)\s+Doppelspitze|"
    r"[Ss]precher[*:_ ]innen|[Ss]precherinnen\s+und|"
    r"\b(?:Bewerbungen|Kandidaturen)\s+(?:für|zu[mr]|um)\b|"
    r"Neuer\s+\w*[Vv]orstand\s+(?:gewählt|bestimmt)"
)
# A count right before a word that is singular and plural alike ("Bewerber").
_COUNTED = re.compile(
    rf"\b(?:\d{{1,3}}|{_PLACE_WORD}|beide[n]?|alle|mehrere|sämtliche|weitere)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "als Kandidaten", "zum Direktkandidaten": an accusative or dative singular, not a plural.
_SINGULAR_BEFORE = frozenset("als den zum einen dem ihren seinen unseren".split())


def plural(text: str) -> bool:
    """Whether the text presents several candidates ("unsere Direktkandidaten", "treten 13
    Bewerberinnen und Bewerber an", "Kandidat*innen", "Landesliste", "Listenplätze")."""
    if any(hint in text for hint in _PLURAL_RARE_HINTS) and _PLURAL_RARE.search(text):
        return True
    for match in _PLURAL_SCAN.finditer(text):
        word = match.group(0)
        if word[0] not in "KkDBb" or word.endswith(
            ("innen", "*X", "X", "ierenden", "liste", "aturen")  # "Vier Bürgermeisterkandidaturen"
        ):
            return True
        if word.endswith("ewerber") and _COUNTED.search(
            text, max(0, match.start() - 20), match.start()
        ):
            return True  # "drei Bewerber", "13 Bewerber", "alle Bewerber": no singular
        if word.endswith("ierende"):  # "Drei Direktkandidierende", not "eine Kandidierende"
            before = text[max(0, match.start() - 30) : match.start()].split()[-1:]
            if not any(w.lower() in ("eine", "einer", "der") for w in before):
                return True
        if word.endswith("aten"):  # Kandidaten, Direktkandidaten: plural unless "als/zum …"
            # (an adjective may stand between: "den bestmöglichen Kandidaten")
            before = text[max(0, match.start() - 30) : match.start()].split()[-2:]
            if not any(w.lower() in _SINGULAR_BEFORE for w in before):
                return True
    return False


# Names after these words are not nominees (predecessors, rivals, officials, questioners).
_NOT_NOMINEE_BEFORE = re.compile(
    r"(?:Vorgänger\w*|Nachfolger\w*|Amtsinhaber\w*|Gegenkandidat\w*|Konkurrent\w*|amtierende[rn]?|"
    r"Mitbewerber\w*|gegen(?:\s+\w+){0,2}|Bündnis\w*|[Bb]isherige[rn]?(?:\s+\w+){0,2}|"
    r"ehemalige[rn]?|frühere[rn]?|Bürgermeister(?:in)?|Ministerpräsident\w*|Minister\w*|"
    r"Moderat\w*|Fragen\s+stellte|Versammlungsleit\w*|Wahlleit\w*|dankte|Dank\s+an|"
    r"(?:seine|ihre|dessen|deren)\s+[\w-]+|"
    r"Geschäftsführer(?:in)?|Generalsekretär(?:in)?|"
    r"Foto:|Text:|V\.\s?i\.\s?S\.\s?d\.\s?P\.?:?)\s*$"
)
_REGION_AFTER = re.compile(
    r"^\W{0,3}(?:\([^)]*\)\W{0,3})?(?:für|im|in)\s+(?:den\s+)?(?:Wahlkreis\s+)?"
    r"(?P<region>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?(?:\s*\((?:Wahlkreis\s+)?\d{1,3}\))?)"
)
_PARENS = re.compile(r"\(([^)]*)\)")
_MAX_LINE = 160
# What follows a labelled nominee's name in a list item that describes them.
_ASIDE_AFTER = re.compile(r"\s*(?:\(\d{2}\)|,\s*\d{2}\b|\()")
_ITEM_REST = 140


@dataclass(frozen=True)
class Nominee:
    """One announced candidate with the list place and region the document gives, if any."""

    person: str
    place: int | None
    region: str | None
    start: int
    evidence: str
    listed: bool  # from a list item, table row or labelled line (not from prose)
    #: the first name is in the first-name table; an unknown one ("Dada Böhmig") is taken
    #: only inside a list whose other items are known names
    known: bool = True
    #: the post its label names ("Stellvertretende Kreisvorsitzende: …" on a board's list);
    #: None: the office of the whole list
    office: str | None = None


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _table_nominee(line: str, start: int) -> Nominee | None:
    cells = _cells(line)
    for index, cell in enumerate(cells):
        found = find_names(cell, whole_line=True)
        if not found or found[0].start > 2 or found[0].end < len(cell) - 30:
            continue
        place = next((int(m[1]) for c in cells[:index] if (m := _NUMBER.match(c))), None)
        # a later cell the gazetteer knows as a place (not the occupation column)
        region = next((c for c in cells[index + 1 :] if c and _is_place(c)), None)
        return Nominee(found[0].name, place, region, start, line.strip(), True)
    for index, cell in enumerate(cells):
        if _shaped(cell):
            place = next((int(m[1]) for c in cells[:index] if (m := _NUMBER.match(c))), None)
            return Nominee(" ".join(cell.split()), place, None, start, line.strip(), True, False)
    return None


# Two or three capitalised words and nothing else: a name by its shape alone.
_SHAPE = re.compile(
    r"[A-ZÄÖÜ][a-zäöüßéèáàçñ]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàçñ]+)?"
    r"(?:[ \t]+[A-ZÄÖÜ][a-zäöüßéèáàçñ]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàçñ]+)?){1,2}"
)


def _shaped(text: str) -> bool:
    """Whether ``text`` has the shape of a name, its words no function words or nouns the
    names table rejects as surnames ("Weitere Informationen" passes the shape; lists decide)."""
    text = text.strip(" \t*_")
    if not _SHAPE.fullmatch(text):
        return False
    words = text.split()
    return not any(
        w in names_module.NOT_SURNAME
        or w in names_module.NOT_FIRST
        or w in _HEADING_WORDS
        or _NOUN_ENDING.search(w)
        or gazetteer.land_code(w)  # "Landtags Mecklenburg-Vorpommern": a parliament's name
        for w in words
    )


# Words of headings and site furniture, and endings of German nouns no surname has often.
_HEADING_WORDS = frozenset(
    """Weitere Weiteres Aktuelles Kontakt Impressum Datenschutz Termine Presse Downloads Links
    Startseite Suche Übersicht Unsere Unser Mehr Alle Neue Neues Seite Menü Hinweise
    Grüße Grüßen Gruß Herzliche Herzlichen Viele Beste Liebe Danke Dank""".split()
)  # (and the closing of a letter above its signature: "Herzliche Grüße")
_NOUN_ENDING = re.compile(r"(?:ung|ungen|heit|keit|tion|tionen|ionen|ismus|schaft|ität)$")


def _is_place(text: str) -> bool:
    return bool(gazetteer.places(text) or gazetteer.land_code(text))


# A label that names a place or a list place: "Markt Bruckmühl", "Wahlkreis 3", "Platz 2".
_PLACE_PREFIX = re.compile(r"^(?:Stadt|Gemeinde|Markt|Marktgemeinde|Ortsteil|Stadtteil)\s+")


def _place_label(text: str) -> bool:
    return bool(
        _PLACE_IN_LABEL.search(text)
        or "ahlkreis" in text
        or _is_place(_PLACE_PREFIX.sub("", text))
        or gazetteer.gemeinden(_PLACE_PREFIX.sub("", text))
    )


def _label_nominee(line: str, start: int, item: bool = False) -> Nominee | None:
    label = _LABEL.match(line)
    if label is None:
        return None
    rest = line[label.end() :]
    found = find_names(rest)
    before = _TITLES.sub("", rest[: found[0].start]) if found else ""  # "Prof. Dr. Anna …"
    # after the name, an aside or a comma ("Anton Muster (52), Schreinermeister …") may run on
    text = label["label"].strip()
    described = bool(found) and _ASIDE_AFTER.match(rest, found[0].end) is not None
    room = _ITEM_REST if described and (item or _place_label(text)) else 60
    if not found or before.strip() or len(rest) - found[0].end > room:
        return None
    if find_names(text):  # "Anna Muster: Ich ..." is a speaker, not a labelled nominee
        return None
    if _CONTACT_LABEL.search(text):  # "Ansprechpartner: Jörg Muster, Pressesprecher"
        return None
    if _SENDER_PARTS.search(text):  # "CDU-Stadtverband Rheinberg · Vorsitzender: Jörg Muster"
        return None
    place_match = _PLACE_IN_LABEL.search(text)
    place = int(place_match[1]) if place_match else None
    post = _post(text)
    region = None if place_match or post else _region_label(text)
    return Nominee(found[0].name, place, region, start, line.strip(), True, office=post)


def _post(label: str) -> str | None:
    """The office a label names as a whole ("Kreisvorsitzender", "Stellvertretende
    Landesvorsitzende"), as a key of the vocabulary; None for a region, a place number, a
    candidacy still to be resolved ("Direktkandidat": which parliament?) or several offices."""
    found = office_mentions(label)
    if len(found) != 1:
        return None
    start, end, row = found[0]
    if row.canonical in UNRESOLVED or label[:start].strip() or label[end:].strip(" \t*"):
        return None
    return row.canonical


#: Between the names of one label line: "Sabine Oelze, Marcel Hünecke und Ina Muster".
_NAME_JOINT = re.compile(r"\s*(?:,|;|/|\bund\b|\bsowie\b|&)\s*")


def _co_nominees(line: str, first: Nominee) -> list[Nominee]:
    """The further names of a label line that lists several for one label ("Beisitzer: Anna
    Muster, Ben Beispiel und Cem Probe"): only names joined by commas or "und", nothing else on
    the line, so a name in a description ("Anna Muster, Nachfolgerin von …") is never taken."""
    label = _LABEL.match(line)
    if label is None or not first.listed:
        return []
    rest = line[label.end() :].rstrip(" \t.")
    found = find_names(rest)
    if len(found) < 2 or rest[: found[0].start].strip() or rest[found[-1].end :].strip():
        return []
    joints = [rest[a.end : b.start] for a, b in zip(found, found[1:], strict=False)]
    if not all(_NAME_JOINT.fullmatch(joint) for joint in joints):
        return []
    return [
        Nominee(
            n.name,
            first.place,
            first.region,
            first.start,
            first.evidence,
            True,
            office=first.office,
        )
        for n in found[1:]
    ]


def _region_label(text: str) -> str | None:
    """A region label as written ("Pinneberg-Nord (Wahlkreis 22)"), a bare number in
    parentheses read as the Wahlkreis ("Segeberg-West (25)")."""
    inner = _PARENS.search(text)
    if inner and inner[1].strip().isdigit():
        return f"{text[: inner.start()].strip()} (Wahlkreis {int(inner[1])})"
    return text if text[:1].isupper() else None


def _item_nominee(line: str, start: int) -> Nominee | None:
    item = _ITEM.match(line)
    if item is None:
        return None
    if item["table"]:
        return _table_nominee(line, start)
    rest = line[item.end() :]
    found = find_names(rest, whole_line=True)
    place = int(item["number"]) if item["number"] else None
    before = _TITLES.sub("", rest[: found[0].start]) if found else ""
    if found and found[0].start <= 12 and not before.strip("*_ \t"):
        region = _region_after(rest[found[0].end :])
        return Nominee(found[0].name, place, region, start, line.strip(), True)
    shaped = _strip_aside(rest).strip("*_ \t")
    if not found and len(shaped) <= 60 and _shaped(shaped):
        # a first name the table lacks ("11. Dada Muster"): kept, like a bare name line, only
        # inside a list of mostly known names (see :func:`listed`)
        return Nominee(" ".join(shaped.split()), place, None, start, line.strip(), True, False)
    return _label_nominee(line, start, item=True)


def _region_after(rest: str) -> str | None:
    match = _REGION_AFTER.match(rest)
    return match["region"] if match else None


def _bare_nominee(line: str, start: int) -> Nominee | None:
    """A line that is nothing but a name (a list whose numbers the reader dropped), perhaps
    with occupation and town in brackets ("Anna Muster (Ärztin, Frankfurt (Oder))")."""
    line = _strip_aside(line)
    if len(line) > 60 or line.count(" ") > 5 or not line.lstrip()[:1].isupper():
        return None
    found = find_names(line, whole_line=True)
    if len(found) == 1 and not line[: found[0].start].strip() and not line[found[0].end :].strip():
        return Nominee(found[0].name, None, None, start, line.strip(), True)
    if not found and _shaped(line):
        return Nominee(" ".join(line.split()), None, None, start, line.strip(), True, False)
    return None


def _strip_aside(line: str) -> str:
    """The line without a closing bracketed aside, nested brackets included."""
    text = line.rstrip(" \t.,;")
    if not text.endswith(")"):
        return line
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            return text[:index].rstrip()
    return line


# A bid's heading in a compilation of several ("Bewerbung von Paula Muster", "Kandidatur:
# Jonas Beispiel", "Vorstellung Anna Probe").
_BID_HEADING = re.compile(
    r"^[ \t]*(?:Bewerbung|Kandidatur|Vorstellung|Bewerbungsschreiben)(?:\s+von|\s*:|\s+–)?\s+"
)


# A portrait's opening: the name, the age, then the rest ("Anna Muster, 31, Ärztin. …").
_AGED_OPENER = re.compile(r"^\W{0,3}(?P<name>[^,\n]{5,60}),\s*(?:[2-9]\d)(?:\s*Jahre)?\s*,\s+\S")


def _aged_openers(doc: Doc) -> list[Nominee]:
    """Names that open paragraphs with their age, as a report's portraits of its candidates
    do, one paragraph each."""
    found: list[Nominee] = []
    for start, line, zone in doc.lines:
        if zone == FOOTER:
            continue
        opener = _AGED_OPENER.match(line)
        if opener is None:
            continue
        names = find_names(opener["name"], whole_line=True)
        if len(names) == 1 and names[0].start == 0 and names[0].end >= len(opener["name"]) - 1:
            found.append(Nominee(names[0].name, None, None, start, opener.group(0), True))
    return found


# A portrait's heading: the name, the party in brackets, a colon or a dash and a short epithet
# ("Florian Muster (CSU): Der Vereinsmensch", "Anna Probe (Grüne) – die Quereinsteigerin").
_PARTY_HEADING = re.compile(
    r"^[ \t]*(?:[*#]+[ \t]*)?(?P<name>[A-ZÄÖÜ][^()\n:]{2,50}?)[ \t]*\((?P<party>[^()\n]{2,40})\)"
    r"[ \t]*(?::|[–—-])[ \t]+\S"
)
#: Longest heading line of a portrait.
_PORTRAIT_HEADING_CHARS = 100


def _party_headings(doc: Doc) -> list[Nominee]:
    """Candidates that portraits head one by one with their party ("Name (Party): Epithet"),
    as a newspaper's series presents the candidates of an election."""
    found: list[Nominee] = []
    for start, line, zone in doc.lines:
        if zone == FOOTER or len(line) > _PORTRAIT_HEADING_CHARS or "(" not in line:
            continue
        heading = _PARTY_HEADING.match(line)
        if heading is None or not party_mentions(heading["party"]):
            continue
        names = find_names(heading["name"], whole_line=True)
        if len(names) == 1 and names[0].start == 0:
            found.append(Nominee(names[0].name, None, None, start, line.strip(), True))
    return found


def _headed_bids(doc: Doc) -> list[Nominee]:
    """Names of the bids a compilation heads one by one (an Antragsbuch's candidacies)."""
    found: list[Nominee] = []
    for start, line, zone in doc.lines:
        if zone == FOOTER or len(line) > 80:
            continue
        heading = _BID_HEADING.match(line)
        if heading is None:
            continue
        rest = line[heading.end() :].strip()
        names = find_names(rest)
        if names and names[0].start == 0 and names[0].end >= len(rest) - 2:
            found.append(Nominee(names[0].name, None, None, start, line.strip(), True))
    return found


# A section break of a booklet copied out of a PDF: a rule, or a running page header/footer.
_SECTION_BREAK = re.compile(r"^\s*(?:[-=_*·]{8,}|.*\bSeite\s+\d+(?:\s+von\s+\d+)?)\s*$")
# The line under a bid's name in a booklet: "Bewerbung für Platz 3", "Kandidatur als Beisitzer".
_BID_LINE = re.compile(r"^\s*(?:Bewerbung|Kandidatur)\s+(?:für|um|als|zu[mr])\b")


def _opens_section(doc: Doc, number: int) -> bool:
    """Whether the name line ``number`` heads a section: a section break above it, or the
    line under it names a bid."""
    above = next((line for _, line, _ in reversed(doc.lines[:number]) if line.strip()), "")
    below = doc.lines[number + 1][1] if number + 1 < len(doc.lines) else ""
    return bool(_SECTION_BREAK.match(above) or _BID_LINE.match(below))


#: Characters by which the middle of a long list overlaps the examined head and tail.
_OVERLAP = 300
#: Longest part of a long text read for a booklet's sections or a list's rows (a hundred pages
#: of bids; a 50 MB protocol whose head holds a list costs no more than that).
_BOOKLET_CHARS = 300_000


def _booklet_sections(whole: str) -> list[Nominee]:
    """The bidders' names that head the sections of a whole booklet (see :func:`_opens_section`);
    offsets are those of the whole text (-1: not in the examined part)."""
    lines = whole[:_BOOKLET_CHARS].split("\n")
    found: list[Nominee] = []
    above = ""
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        below = next((n.strip() for n in lines[number + 1 : number + 3] if n.strip()), "")
        if len(line) <= 60 and (_SECTION_BREAK.match(above) or _BID_LINE.match(below)):
            nominee = _bare_nominee(line, -1)
            if nominee is not None and nominee.known:
                found.append(nominee)
        above = line
    return _unique(found)


def _runs(bare: list[tuple[int, Nominee]]) -> list[Nominee]:
    """Name lines in runs; a name known only by its shape needs a known neighbour."""
    found: list[Nominee] = []
    for index, (number, nominee) in enumerate(bare):
        neighbours = [
            n
            for n, other in bare[max(0, index - 1) : index + 2]
            if n != number and (other.known or nominee.known)
        ]
        if any(abs(n - number) <= 2 for n in neighbours):
            found.append(nominee)
    return found


def _middle_items(whole: str) -> list[Nominee]:
    """The list items and labelled rows between the examined head and tail of a long text,
    numbered after the head's (their offsets lie between head and tail, in order)."""
    # (overlapping head and tail a little: a line cut at either edge is read whole in one)
    middle = whole[HEAD_CHARS - _OVERLAP : len(whole) - TAIL_CHARS + _OVERLAP][:_BOOKLET_CHARS]
    found: list[Nominee] = []
    for line in middle.split("\n")[1:-1]:  # the first and last may be cut
        if not line.strip() or len(line) > _MAX_LINE:
            continue
        nominee = _item_nominee(line, HEAD_CHARS) or _label_nominee(line, HEAD_CHARS)
        if nominee is not None:
            found.append(nominee)
    return found


def _sections(doc: Doc, bare: list[tuple[int, Nominee]]) -> list[Nominee]:
    """The bidders whose names head a booklet's sections; in a long booklet, of which only the
    head and the tail are examined, read from the whole text."""
    sections = [nominee for number, nominee in bare if _opens_section(doc, number)]
    if sections and doc.whole:
        return _booklet_sections(doc.whole)
    return sections


def _opened_alike(doc: Doc) -> list[Nominee]:
    """Names that two or more parts of a text open the same way: a compilation's "Bewerbung
    von X" … "Bewerbung von Y", portraits' "Anna Muster, 31, Ärztin. …" or "Florian Muster
    (CSU): Der Vereinsmensch"."""
    found: list[Nominee] = []
    for group in (_headed_bids(doc), _aged_openers(doc), _party_headings(doc)):
        if len(group) >= 2:
            found.extend(group)
    return found


def listed(doc: Doc) -> list[Nominee]:
    """Nominees from list items, table rows and "Region: Name" lines (footer excluded), and
    from runs of lines that are nothing but a name (a lone name line is a heading or a
    signature, not a list)."""
    found: list[Nominee] = []
    bare: list[tuple[int, Nominee]] = []
    signed_from = _closing_line(doc)
    for number, (start, line, zone) in enumerate(doc.lines):
        if zone == FOOTER or not line.strip():
            continue
        if len(line) > _MAX_LINE:
            label = _LABEL.match(line)
            if not _ITEM.match(line) and not (label and _place_label(label["label"].strip())):
                continue
            # a list item that runs on ("- Markt Bruckmühl: Anton Muster (52), Schreiner-
            # meister und seit 2014 …", its wrapped lines joined): its head names the nominee
            line = line[: line.rfind(" ", 0, _MAX_LINE)]
        nominee = _item_nominee(line, start) or _label_nominee(line, start)
        if nominee is not None:
            found.append(nominee)
            found.extend(_co_nominees(line, nominee))
        elif number < signed_from and (nominee := _bare_nominee(line, start)) is not None:
            bare.append((number, nominee))
    if doc.whole and len(found) >= 2:
        found.extend(_middle_items(doc.whole))  # a long list runs on beyond the examined head
    found.extend(_opened_alike(doc))
    sections = _sections(doc, bare)
    if len(sections) >= 2:  # a Bewerbungsheft: a page or a section per bid, its name on top
        found.extend(sections)
    found.extend(_runs(bare))
    # Names known only by their shape count inside a list of mostly known names.
    known = sum(1 for n in found if n.known)
    if known < 3 or known < 2 * (len(found) - known):
        found = [n for n in found if n.known]
    found.sort(key=lambda n: n.start)
    return _unique(found)


#: Lines at the end of a text searched for its closing.
_CLOSING_LINES = 15


def _closing_line(doc: Doc) -> int:
    """The number of the line of the text's closing greetings (the number of lines if none):
    bare name lines below it sign the letter (two chairs of an invitation), they are no list
    of nominees."""
    first = max(0, len(doc.lines) - _CLOSING_LINES)
    for number in range(len(doc.lines) - 1, first - 1, -1):
        if CLOSING_GREETINGS.match(doc.lines[number][1].strip()):
            return number
    return len(doc.lines)


def in_prose(doc: Doc) -> list[Nominee]:
    """Names in sentences with a nominee cue, outside lists (each sentence read once).

    A name outside a quotation needs a cue outside it too: in "„Wir gehen mit zwei starken
    Kandidaten in den Wahlkampf“, sagte der Kreisvorsitzende X" the cue is the speaker's
    word, and X is no nominee. A name inside the quotation goes with the quotation's cues.
    """
    found: list[Nominee] = []
    for sentence in doc.sentences:
        if sentence.zone == FOOTER or not _cued(sentence.text):
            continue
        quotes = [m.span() for m in QUOTED.finditer(sentence.text)]
        cued_outside = not quotes or _cued(without_quotations(sentence.text))
        for name in find_names(sentence.text, reversed_form=False):
            quoted = any(a <= name.start < b for a, b in quotes)
            if _excluded(sentence.text, name) or not (quoted or cued_outside):
                continue
            start = sentence.start + name.start if sentence.start >= 0 else -1
            region = _region_after(sentence.text[name.end :])
            found.append(Nominee(name.name, None, region, start, sentence.text, False))
    return _unique(found)


# "…, der selbst nicht kandidiert": named beside the list, not on it; "…, Ewald Muster,
# nannte sie …": an official speaking about the nominee.
_NOT_NOMINEE_AFTER = re.compile(
    r"[^.!?]{0,80}\b(?:nicht|nie)\s+(?:\w+\s+)?(?:kandidier\w*|an(?:tritt|treten)?\b|aufgestellt)|"
    r"\s*,?\s*(?:nannte|sagte|erklärte|betonte|lobte|kündigte|freute|gratulierte|dankte|"
    r"begrüßte|würdigte|zeigte\s+sich)\b"
)
# Labels of contact lines under a press release, not of list places or regions.
# A letterhead or footer line of parts ("SPD-Ortsverein Musterstadt · Vorsitzende: …"): the
# sender and its officers, whom a board's list never writes that way.
_SENDER_PARTS = PART_BREAK
_CONTACT_LABEL = re.compile(
    r"\b(?:Ansprechpartner\w*|Kontakt|Pressekontakt|Pressesprecher\w*|Rückfragen|"
    r"Verantwortlich|Redaktion|Foto|Text|"
    # the roles of a meeting in its minutes' head: "Sitzungsleitung: …", "Protokoll: …"
    r"Sitzungsleitung|Versammlungsleitung|Leitung|Moderation|Protokoll\w*|Schriftführ\w*|"
    r"Anwesend|Gäste|Gast|Entschuldigt|Referent\w*|Gastgeber\w*|"
    # an e-mail's header fields
    r"From|Von|To|An|Cc|Bcc|Absender\w*|Empfänger\w*|Gesendet|Sent)\b"
)


def _excluded(text: str, name: Name) -> bool:
    return bool(
        _NOT_NOMINEE_BEFORE.search(text[max(0, name.start - 40) : name.start])
        or _NOT_NOMINEE_AFTER.match(text, name.end)
    )


def _unique(found: list[Nominee]) -> list[Nominee]:
    """First mention of each person wins; a later one fills in a missing place or region."""
    by_person: dict[str, Nominee] = {}
    for nominee in found:
        seen = by_person.get(nominee.person)
        if seen is None:
            by_person[nominee.person] = nominee
        elif (
            (seen.place is None and nominee.place is not None)
            or (seen.region is None and nominee.region is not None)
            or (seen.office is None and nominee.office is not None)
        ):
            by_person[nominee.person] = Nominee(
                seen.person,
                seen.place if seen.place is not None else nominee.place,
                seen.region or nominee.region,
                seen.start,
                seen.evidence,
                seen.listed or nominee.listed,
                office=seen.office or nominee.office,
            )
    return list(by_person.values())


def _office_heads(doc: Doc, items: list[Nominee]) -> bool:
    """Does the title or a line just above the first listed name name an office ("Unser Team
    für den Gemeinderat:")? A signature's "Kreisvorsitzender" below the list does not."""
    first = min((n.start for n in items if n.start >= 0), default=-1)
    above = [line for start, line, _zone in doc.lines if 0 <= start < first][-2:]
    return any(office_mentions(text) for text in [doc.title, *above] if text)


def find(doc: Doc) -> list[Nominee]:
    """All nominees of an announcement of several candidates; ``[]`` when the document does
    not present several (a single candidacy's co-candidates and predecessors are no list).

    Two or more listed names make a list. Names in prose count when the title or the first
    lines use a plural cue ("Direktkandidaten", "Landesliste", "Bewerberinnen und Bewerber").
    """
    items = listed(doc)
    head = " ".join([doc.title] + [line for _, line, zone in doc.lines[:12] if zone != FOOTER])
    is_plural = plural(head) or plural(doc.text[:4000])
    # three listed names make a list without a plural cue only where something is chosen or
    # sought at all: a podium or a team of speakers is no list of nominees
    listing = len(items) >= 3 and bool(_CUE.search(doc.text) or _office_heads(doc, items))
    if len(items) >= 2 and (is_plural or listing):
        # beside a list, a name in prose joins it only where its sentence reports a choice
        # ("wählten … X zur Kandidatin"), not where a guest "kandidiert" for something else
        prose = [n for n in in_prose(doc) if _CHOSEN.search(n.evidence)] if is_plural else []
        found = _unique(items + prose)
        # in the order of the text: "Auf Platz 1 … X" in prose before the list of the others
        return sorted(found, key=lambda n: n.start if n.start >= 0 else 10**9)
    if not is_plural:
        return []
    prose = in_prose(doc)
    combined = _unique(items + prose)
    return combined if len(combined) >= 2 else []
