"""Parties: canonical names from the names and aliases in ``data/parties.tsv``.

Facets only group correctly when "DIE LINKE.", "Linke" and "der LINKEN" all become "Die Linke",
so both given values (:func:`canonical_party`) and mentions in the text go through one table.
A document's party is the one its title, heading and organisational names point to; a rival
mentioned in passing ("die AfD holte 20 Prozent") weighs less than the publisher.

Capitalisation decides between a party and an ordinary word: names are matched regardless of
case and inflection ("Freien Wähler", "FREIEN WÄHLERN"), but their content words must be
capitalised, so "die grünen Wiesen" is no party. Names that are also ordinary words ("Grüne",
"Linke", "Piraten") need more when they stand before another capitalised word: a place or an
organisational word ("die Grünen Kiel") and not a noun ("Grüne Wiesen", "Linke Politik").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from indexer.metadata import gazetteer
from indexer.metadata.casing import lower_case_text
from indexer.metadata.document import BODY, FOOTER, HEAD, TAIL, TITLE, Doc
from indexer.metadata.evidence import Candidate, Context, decide
from indexer.metadata.gazetteer import _rows, norm
from indexer.metadata.hints import HintIndex

#: Parties that stand in one Land only (canonical name -> Land code): their documents belong to
#: it where nothing else says, and their name is Land context ("CSU-Ortsverband Münsing").
PARTY_LAND = {"CSU": "BY", "SSW": "SH"}

# A party named as the organisation ("CSU Rosenheim-Land", "SPD-Mitglied", "FDP Niedersachsen")
# is stronger evidence of the publisher than a party discussed in the text.
_ORG_AFTER = re.compile(
    r"[\s-]*(?:Kreisverband|Landesverband|Ortsverein|Ortsverband|Stadtverband|Bezirksverband|"
    r"Gemeindeverband|Stadtbezirksverband|Ortsunion|"
    r"Fraktion|Mitglied|Landesleitung|Kreis|Landtagsfraktion|Bundestagsfraktion)|"
    r"\s+[A-ZÄÖÜ][a-zäöü]+(?:-[A-ZÄÖÜ][a-zäöü]+)*\s*(?:$|[|–:·,])"
)
# After a common-word name: the next word, if it is capitalised.
_NEXT_CAPITAL = re.compile(r"[ \t]+([A-ZÄÖÜ][\w]*(?:-[\w]+)*)")
# Organisational words that may follow a party name ("Grüne Jugend", "Linke Kreisverband").
_ORG_WORDS = (
    "Kreis", "Landes", "Bundes", "Orts", "Stadt", "Bezirk", "Fraktion", "Landtag", "Bundestag",
    "Jugend", "Hochschul", "Mitglied", "Gruppe", "Basis", "Regional", "Unterbezirk", "Verband",
    "Parteitag", "Partei", "Vorstand", "Abgeordnet", "Liste", "Ratsfraktion", "Gemeinderat",
    "Stadtrat", "Kreistag", "Europa", "Deutschland", "Direktkandidat", "Kandidat", "Spitzen",
    "Vorsitz", "Sprecher", "Landrat", "Bürgermeister", "Oberbürgermeister",
)  # fmt: skip


@dataclass(frozen=True)
class _Party:
    canonical: str
    #: (pattern, kind): kind is "name", "common" or "abbreviation"
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    hints: tuple[str, ...]


@dataclass(frozen=True)
class PartyMention:
    """One mention: canonical party and its span in the searched string."""

    canonical: str
    start: int
    end: int


def _in_capitals(pattern: str) -> str:
    """The pattern for the all-caps form ("Freie[n]?\\s+Wähler" -> "FREIE[N]?\\s+WÄHLER"):
    letters upper-cased, escapes (``\\s``) and group syntax left alone."""
    out: list[str] = []
    escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        else:
            upper = char.upper()
            out.append(upper if len(upper) == 1 else char)
    return "".join(out)


def _hint_forms(hints: str) -> tuple[str, ...]:
    """Each hint as written and in capitals ("Linke", "LINKE")."""
    forms: dict[str, None] = {}
    for hint in filter(None, hints.split("|")):
        forms[hint] = None
        forms[hint.upper()] = None
    return tuple(forms)


@lru_cache(maxsize=1)
def _table() -> tuple[list[_Party], dict[str, str]]:
    """(parties with their patterns and hint substrings, alias -> canonical)."""
    parties: list[_Party] = []
    aliases: dict[str, str] = {}
    for canonical, names, common, abbreviations, alias_list, hints, *_ in _rows("parties.tsv"):
        aliases[norm(canonical)] = canonical
        for alias in filter(None, alias_list.split("|")):
            aliases.setdefault(norm(alias), canonical)
        patterns: list[tuple[re.Pattern[str], str]] = []
        for source, kind in ((names, "name"), (common, "common")):
            if source:
                patterns.append((re.compile(source), kind))
                if _in_capitals(source) != source:
                    patterns.append((re.compile(_in_capitals(source)), kind))
        if abbreviations:
            patterns.append((re.compile(abbreviations), "abbreviation"))
        if patterns:
            parties.append(_Party(canonical, tuple(patterns), _hint_forms(hints)))
    return parties, aliases


@lru_cache(maxsize=1)
def _hint_index() -> HintIndex:
    return HintIndex([p.hints for p in _table()[0]])


@lru_cache(maxsize=1)
def _relaxed() -> list[_Party]:
    """The table for labels people give ("spd-kreisverband", "grüne jugend"): every pattern
    regardless of case, no checks of what follows."""
    parties, _ = _table()
    return [
        _Party(
            p.canonical,
            tuple(
                (re.compile(pattern.pattern, re.IGNORECASE), "label") for pattern, _ in p.patterns
            ),
            tuple(hint.lower() for hint in p.hints),
        )
        for p in parties
    ]


def _bounded(text: str, start: int, end: int, *, abbreviation: bool = False) -> bool:
    """A mention is a whole word: "SPD-Mitglied" and "NRW-SPD" count, "CDU/CSU" is not "CDU"."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in "/_" or (before == "-" and not abbreviation):
        return False
    if text[end - 1] == ".":  # "DIE LINKE.Sachsen-Anhalt"
        return True
    if before == "#" and after.isupper():
        return True  # a hashtag's camel-case compound: "#VoltHamburg", "#SPDKiel"
    return not (after.isalnum() or after in "/_")


def _names_a_party(text: str, start: int, end: int) -> bool:
    """A common-word name ("Grüne", "Linke") in capitals, or not followed by a capitalised noun
    other than a place or an organisational word ("die Grünen Kiel", not "Grüne Wiesen")."""
    mention = text[start:end]
    if mention.isupper():
        return True
    following = _NEXT_CAPITAL.match(text, end)
    if following is None:
        return True
    word = following.group(1).rstrip(".")
    if word.startswith(_ORG_WORDS) or word.isupper():
        return True
    if gazetteer.land_code(word) or gazetteer.places(word):
        return True
    # a town of some size ("Die Linke Greifswald"), not a hamlet that is also a noun ("Wiesen")
    towns = gazetteer.gemeinden(word)
    return bool(towns) and towns[0].population >= _ORG_TOWN_POPULATION


#: Smallest Gemeinde whose name after a common-word party name makes it an organisation.
_ORG_TOWN_POPULATION = 10000


def find_mentions(text: str) -> tuple[PartyMention, ...]:
    """Party mentions in ``text`` (each party's hints are checked before its patterns run).

    Cached: the party and the region rules both ask for the mentions of the same text."""
    return _find_mentions(text)


@lru_cache(maxsize=32)
def _find_mentions(text: str, relaxed: bool = False) -> tuple[PartyMention, ...]:
    if relaxed:
        low = text.lower()
        parties = [p for p in _relaxed() if any(hint in low for hint in p.hints)]
    else:
        table = _table()[0]
        parties = [table[index] for index in sorted(_hint_index().rows(text))]
    found: list[PartyMention] = []
    for entry in parties:
        for pattern, kind in entry.patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                if not _bounded(text, start, end, abbreviation=kind != "name"):
                    continue
                if kind == "common" and not _names_a_party(text, start, end):
                    continue
                found.append(PartyMention(entry.canonical, start, end))
    # one mention per span: "Bündnis 90/Die Grünen" is not also a mention of "Grünen"
    found.sort(key=lambda m: (m.start, m.start - m.end))
    kept: list[PartyMention] = []
    covered = -1
    for mention in found:
        if mention.start >= covered:
            kept.append(mention)
            covered = mention.end
    return tuple(kept)


def is_party(text: str) -> bool:
    """Does ``text`` contain a party name (used to reject "Freie Demokraten" as a person)?"""
    return bool(find_mentions(text))


_PARENTHESES = re.compile(r"\s*\(([^()]*)\)\s*")


@lru_cache(maxsize=4096)
def canonical_party(name: str) -> str | None:
    """Canonical party for a given name or label ("BÜNDNIS 90/DIE GRÜNEN" -> "Bündnis 90/Die
    Grünen", "Freie Demokraten (FDP)" -> "FDP", "SPD-Kreisverband Leipzig" -> "SPD", "Partei
    DIE LINKE" -> "Die Linke"); "CDU/CSU" and "fraktionslos" stay as they are.

    Returns ``None`` when no party is recognisable, or when the label names several.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    _, aliases = _table()
    key = norm(name)
    keys = [key, key.rstrip("."), _PARENTHESES.sub(" ", key).strip()]
    keys += [inner.strip() for inner in _PARENTHESES.findall(key)]
    for candidate in keys:
        found = aliases.get(candidate)
        if found:
            return found
    text = " ".join(name.split())
    for relaxed in (False, True):
        parties = list(dict.fromkeys(m.canonical for m in _find_mentions(text, relaxed)))
        if len(parties) > 1 and "Die PARTEI" in parties:  # "Partei DIE LINKE"
            parties.remove("Die PARTEI")
        if len(parties) == 1:
            return parties[0]
        if parties:
            return None
    return None


#: Evidence weight of one mention by zone: the title and signature speak for the publisher,
#: the body discusses parties, the footer is site furniture. A party document usually names
#: only its own party, so one plain mention alone reaches the facet threshold (0.5); a rival
#: named as often keeps both under it.
_MENTION_WEIGHT = {TITLE: 0.65, HEAD: 0.55, BODY: 0.5, TAIL: 0.6, FOOTER: 0.45}
#: Weights of the rules that say more than a mention does.
_RULE_WEIGHT = {
    "self": 0.85,
    "organisation": 0.75,
    "partner": 0.05,
    "joined": 0.1,
    "opponent": 0.03,
    "former": 0.03,
    "past": 0.03,
    # "Liebe Grüne," greets the members: usually one's own, but an open letter to a rival's
    # members exists too, so it alone settles the party only barely
    "greeting": 0.55,
    "byline": 0.7,
}
# "wir als Grüne", "unsere Partei, die SPD", "Kreisverband der CDU", "für die Linke kandidiere",
# "Mitglied der FDP": the text speaks as or for this party (checked just before a mention).
_SELF_BEFORE = re.compile(
    r"(?:\bwir(?:\s+als|\s+von\s+de[rn])?|\bunsere[rn]?(?:\s+(?:Partei|Fraktion|Liste)\W*(?:die|der)?)?|"
    r"(?:Kreis|Landes|Orts|Stadt|Bezirks|Bundes)verband(?:es)?\s+(?:der|von)|"
    r"\b(?:Kandidat\w*|Spitzenkandidat\w*|Direktkandidat\w*|Mitglied(?:er)?)\s+(?:der|des|von)|"
    r"\bin\s+der)\s+$",
    re.IGNORECASE,
)
_SELF_AFTER = re.compile(r"^\W{0,3}(?:kandidier|trete\s+ich|bewerbe\s+ich)", re.IGNORECASE)
# A body of the party the writer stands for or sits in: "meine Kandidatur für den
# Landesvorstand der Piraten", "ich bin Beisitzerin im Kreisvorstand der SPD" — self only with
# the writer in the sentence (I, my), since "der Landesvorstand der CDU beschloss" in a press
# release names a rival's board.
_BODY_OF_BEFORE = re.compile(
    r"(?:vorstand|vorsitz|liste|fraktion|präsidium|parteirat)(?:es|s)?\s+(?:der|des|von)\s+$",
    re.IGNORECASE,
)
# A speech's heading names its speaker with her party in brackets.
_SPEECH_OF_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:Rede|Redebeitrag|Plenarrede|Parteitagsrede|Grußwort)\s+(?:de[rs]|von)\s+"
    r"[^()\n.!?]{3,70}\($"
)
_WRITER = re.compile(r"\b(?:ich|mein\w*|mich|mir)\b", re.IGNORECASE)
# A bid for a party, its verb later in the sentence: "für die Grünen im Wahlkreis 4 antreten".
_FOR_BEFORE = re.compile(r"\bfür\s+(?:die\s+|den\s+)?$", re.IGNORECASE)
_BID_AFTER = re.compile(
    r"[^.!?]{0,80}?\b(?:an(?:zu)?treten|kandidieren|zu\s+kandidieren|bewerben|ins\s+Rennen)\b"
)
# An opponent: "CDU-geführte Landesregierung", "unter CDU-Führung", "gegen die AfD", "anders
# als die FDP", "im Gegensatz zur CSU" (and "Liebe SPD, ...": see the salutation below).
_OPPONENT_AFTER = re.compile(r"^(?:-|\s+)(?:geführt|regiert|dominiert|Führung)\w*")
_OPPONENT_BEFORE = re.compile(
    r"\bgegen\s+(?:die|den)\s+$|\banders\s+als\s+(?:die|der)\s+$|"
    r"\bim\s+Gegensatz\s+zu[rm]?\s+$|\bRegierung\s+(?:aus|von)\s+(?:der|den)?\s*$"
)
# A salutation: "Liebe SPD, ..." addresses a party (an open letter to a rival), "Liebe Grüne in
# Frankfurt," or "Liebe Bündnisgrüne" the members (the writer's own party).
_SALUTATION_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:Liebe[rs]?|Hallo|Servus|Moin)[ \t]+$")
# Past membership said with a past tense ("Sie waren lange in der SPD", "ich war zehn Jahre
# Mitglied der CDU"): the party of a former life. A past role is not ("ich war Ortsvorsitzende
# der SPD Kassel" speaks for the SPD still).
_PAST_BEFORE = re.compile(
    r"\b(?:war|waren|warst|wart)\b(?:[ \t]+\w+){0,3}?[ \t]+(?:in|bei|Mitglied\s+(?:in\s+)?)"
    r"\s*de[rnm]\s+$",
    re.IGNORECASE,
)
# A partner: "eine Fraktion mit der LINKEN", "Koalition mit den Grünen", "gemeinsam mit der SPD".
_PARTNER_BEFORE = re.compile(
    r"\b(?:Fraktion|Koalition|Bündnis|Zusammenarbeit|Kooperation|Listenverbindung|Zählgemeinschaft|"
    r"gemeinsam|zusammen)\s+(?:mit|aus)\s+(?:der|den|die|dem)?\s*$"
)
# Membership: joined ("2005 der FDP beigetreten": a past step, weak), left or former
# ("aus der SPD ausgetreten", "ehemals Mitglied der CDU", "wechselte von der FDP").
_JOINED_AFTER = re.compile(r"^\s+(?:beigetreten|eingetreten)")
_FORMER_AFTER = re.compile(r"^\s+(?:ausgetreten|verlassen|den\s+Rücken)")
_FORMER_BEFORE = re.compile(
    r"\b(?:ehemal\w*|früher\w*|vormals|einst|wechselte\s+von|Wechsel\s+von|bis\s+(?:19|20)\d{2})"
    r"[^.!?]{0,25}$"
)
# A party the writer never served: "nie ein Mandat für die SPD", "kein Amt in der CDU".
_NEVER_BEFORE = re.compile(
    r"\b(?:nie|niemals|kein\w*)\s+(?:\w+\s+){0,2}(?:für|in|bei)\s+(?:die|der|den)\s+$"
)
# An umbrella organisation named on a local group's page ("Freie Wähler Bayern e.V.").
_UMBRELLA_AFTER = re.compile(r"^[\s\w-]{0,30}?\be\.\s?V\.")


def _members(mention: str) -> bool:
    """Does a mention name the members ("Grüne", "Bündnisgrüne", "Sozialdemokraten", "Freie
    Wähler") rather than the party as a body ("SPD", "Die Linke.", "Volt")?"""
    last = mention.split()[-1]
    return not mention.isupper() and last[-1:] in "enr" and last not in ("Volt", "PARTEI")


def _mention_rule(text: str, start: int, end: int) -> str:
    """What the words around one mention make of it: "self", "organisation", "opponent",
    "partner", "former", "joined", "umbrella" or a plain "mention"."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    if _SALUTATION_BEFORE.search(before):
        return "greeting" if _members(text[start:end]) else "opponent"
    if _OPPONENT_AFTER.match(after) or _OPPONENT_BEFORE.search(before):
        return "opponent"
    if _PARTNER_BEFORE.search(before):
        return "partner"
    if _FORMER_AFTER.match(after) or _FORMER_BEFORE.search(before):
        return "former"
    if _NEVER_BEFORE.search(before):
        return "former"  # "Ich habe nie ein Mandat für die SPD gehabt"
    if _JOINED_AFTER.match(after):
        return "joined"
    if _PAST_BEFORE.search(before):
        return "past"
    if _UMBRELLA_AFTER.match(after):
        return "umbrella"
    if _speaks_for(text, start, end):
        return "self"
    if _ORG_AFTER.match(text, end, min(len(text), end + 60)):
        return "organisation"
    return "mention"


def _speaks_for(text: str, start: int, end: int) -> bool:
    """Does the text speak as or for the party mentioned at ``start:end``: "wir als Grüne",
    "Mitglied der FDP", "für die Linke kandidiere", "ich möchte für DIE LINKE im Wahlkreis 39
    antreten", "meine Kandidatur für den Landesvorstand der Piraten"?"""
    before = text[max(0, start - 40) : start]
    if _SELF_BEFORE.search(before) or _SELF_AFTER.match(text[end : end + 40]):
        return True
    if _BODY_OF_BEFORE.search(before) and _WRITER.search(text, _sentence_start(text, start), start):
        return True
    if _SPEECH_OF_BEFORE.search(text, max(0, start - 90), start):
        return True  # "Rede der Abgeordneten Carola Muster (SPD) zu TOP 7": the speaker's party
    return bool(
        _FOR_BEFORE.search(before) and _BID_AFTER.match(text, end, min(len(text), end + 100))
    )


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (after the last . ! ? or line break, at
    most 200 characters back)."""
    start = max(0, pos - 200)
    found = max(text.rfind(mark, start, pos) for mark in ".!?\n")
    return found + 1 if found >= 0 else start


def _weight(rule: str, zone: str) -> float:
    """A mention's weight: its zone's, raised by what it says of the publisher, cut to almost
    nothing when it names an opponent or a party the writer left."""
    base = _MENTION_WEIGHT.get(zone, 0.15)
    if rule == "organisation" and zone in (HEAD, BODY):  # "die CDU-Fraktion lehnte ab": a rival?
        return base + 0.05
    if rule in ("self", "organisation"):
        return max(base, _RULE_WEIGHT[rule] if zone != FOOTER else base + 0.1)
    if rule == "umbrella":
        return base / 2
    return _RULE_WEIGHT.get(rule, base)


def _mentions(doc: Doc) -> list[tuple[str, str, str, str]]:
    """(canonical, rule, zone, evidence sentence) for every party mention outside quotes of
    other parties; "fraktionslos" is no party."""
    found: list[tuple[str, str, str, str]] = []
    if doc.title:
        for mention in find_mentions(doc.title):
            rule = _mention_rule(doc.title, mention.start, mention.end)
            found.append((mention.canonical, rule, TITLE, doc.title))
    lower = lower_case_text(doc.text)
    mentions = _find_mentions(doc.text, True) if lower else find_mentions(doc.text)
    for mention in mentions:
        sentence = doc.sentence_at(mention.start)
        if sentence is None:
            continue
        rule = _mention_rule(doc.text, mention.start, mention.end)
        written = doc.text[mention.start : mention.end]
        if (
            lower
            and rule not in _SURE_IN_LOWERCASE
            and not _abbreviation(doc.text, mention)
            and written.islower()
        ):
            continue  # "die linke hand" in a transcript is no party; its header's "Kanal:
            # GRÜNE Erfurt", written with capitals, is one
        found.append((mention.canonical, rule, sentence.zone, sentence.text))
    return [m for m in found if m[0] != "fraktionslos"]


#: What a mention in a text without capitals must say to count: "wir als linke", "mitglied der
#: grünen"; an abbreviation ("spd", "bsw") counts as it is.
_SURE_IN_LOWERCASE = frozenset(("self", "organisation"))
_ABBREVIATIONS = frozenset(("spd", "cdu", "csu", "fdp", "afd", "bsw", "ödp", "npd", "dkp", "ssw"))


def _abbreviation(text: str, mention: PartyMention) -> bool:
    return text[mention.start : mention.end].casefold() in _ABBREVIATIONS


_ZONE_NAME = {TITLE: "title", HEAD: "lead", BODY: "body", TAIL: "signature", FOOTER: "footer"}


def candidates(doc: Doc, ctx: Context) -> list[Candidate]:
    """Party candidates with their evidence, for :func:`evidence.decide`.

    The title, the signature, organisational names ("Kreisverband der X", "CSU Rosenheim")
    and self-descriptions ("wir als Grüne") outweigh mentions in the body; opponents ("CDU-
    geführte Landesregierung", "Liebe SPD, …"), parties left ("aus der SPD ausgetreten") and
    joining years ("2005 der FDP beigetreten") barely count; an umbrella organisation's name
    ("Freie Wähler Bayern e.V.") counts half. A party given by a person yields nothing here.
    """
    if ctx.known.get("party"):
        return []
    found = _byline(ctx.known.get("byline", ""))
    repeats: dict[tuple[str, str, str], int] = {}
    mentions = _mentions(doc)
    parties_in: dict[str, set[str]] = {}
    for canonical, rule, _zone, sentence in mentions:
        if rule in ("mention", "organisation"):  # a partner or opponent is said to be one
            parties_in.setdefault(sentence, set()).add(canonical)
    for canonical, rule, zone, sentence in mentions:
        # the same kind of mention again adds less each time: talk about a party is not
        # evidence of speaking for it, however often it recurs
        seen = repeats.get((canonical, rule, zone), 0)
        repeats[(canonical, rule, zone)] = seen + 1
        weight = _weight(rule, zone) / (2**seen)
        if len(parties_in.get(sentence, ())) > 1 and rule in ("mention", "organisation"):
            # "mit der Grünen-Fraktion und der SPD klappt das, mit der CDU auch": a sentence
            # that names several parties compares them; it speaks for none of them
            weight *= SEVERAL_PARTIES_FACTOR
        found.append(
            Candidate("party", canonical, weight, _ZONE_NAME.get(zone, "body"), sentence, rule)
        )
    found.extend(_adjective_candidates(doc))
    found.extend(_youth_union(doc, {m[0] for m in mentions}))
    found.extend(_green_formulas(doc))
    return found


# The Greens' own formulas: the closing "Grüne Grüße" / "Mit grünen Grüßen", and the vote
# called for in capitals: "Ihre fünf Stimmen für GRÜN", "GRÜN wählen".
_GREEN_FORMULA = re.compile(
    r"(?m)^[ \t]*(?:Mit\s+)?[Gg]rüne[n]?\s+Grüße[n]?\b|\bfür\s+GRÜN\b|\bGRÜN\s+wählen\b"
)
#: Weight of a Green formula: the party's own voice, though a single line.
GREEN_FORMULA_WEIGHT = 0.6


def _green_formulas(doc: Doc) -> list[Candidate]:
    """A closing or a call for the vote that only the Greens write."""
    if "Grüße" not in doc.text and "GRÜN" not in doc.text:
        return []  # (a literal test first: the pattern scans a text much more slowly)
    match = _GREEN_FORMULA.search(doc.text)
    sentence = doc.sentence_at(match.start()) if match is not None else None
    if match is None or sentence is None or sentence.zone == FOOTER:
        return []
    zone = _ZONE_NAME.get(sentence.zone, "body")
    return [Candidate("party", GREENS, GREEN_FORMULA_WEIGHT, zone, sentence.text, "formula")]


# The Junge Union belongs to the CDU, in Bayern to the CSU ("Junge Union Bayern" is in the
# table as the CSU's).
_YOUTH_UNION = re.compile(r"\bJunge[n]?\s+Union\b(?!\s+Bayern)")
_BAVARIAN = re.compile(r"\bBayern|\bbayerisch|\bCSU\b")


def _youth_union(doc: Doc, named: set[str]) -> list[Candidate]:
    """A mention of the Junge Union as one of its party's: the CSU's where the text names the
    CSU or Bayern and not the CDU, else the CDU's."""
    match = _YOUTH_UNION.search(doc.text) if "Union" in doc.text else None
    if match is None:
        return []
    sentence = doc.sentence_at(match.start())
    if sentence is None or sentence.zone == FOOTER:
        return []
    bavarian = "CDU" not in named and ("CSU" in named or _BAVARIAN.search(doc.text) is not None)
    value = "CSU" if bavarian else "CDU"
    rule = _mention_rule(doc.text, match.start(), match.end())
    weight = _weight(rule, sentence.zone)
    zone = _ZONE_NAME.get(sentence.zone, "body")
    return [Candidate("party", value, weight, zone, sentence.text, rule)]


#: Weight kept by a mention in a sentence that names several parties.
SEVERAL_PARTIES_FACTOR = 0.5


# A party's adjective in the writer's own voice: "Ich will, dass grüne Industriepolitik hier als
# Chance gilt", "unsere sozialdemokratischen Werte". Only adjectives that name one party, and
# for "grün" only before a political noun ("grüne Stimme", not "grüner Stahl").
_GREEN_NOUNS = (
    r"[A-ZÄÖÜ]\w*politik|Politik|Stimmen?|Handschrift|Positionen?|Ideen|Antworten|(?:Grund)?werte|"
    r"Mehrheit(?:en)?|\w*[Ff]raktion|(?:Spitzen|Direkt)?[Kk]andidat\w*|Mitglied\w*|Bewegung|"
    r"Partei|\w*[Pp]rogramm\w*|\w*[Ll]iste|Basis|Familie|\w*[Tt]hemen|Regierungsbeteiligung|"
    r"Minister\w*|(?:Ober)?[Bb]ürgermeister\w*|Landr[aä]t\w*|Abgeordnete\w*|\w*[Rr]ät(?:e|in\w*)|"
    r"\w*[Vv]erband|Kolleg\w*|Freund\w*|Mitstreiter\w*|Überzeugung\w*|Herzens\w*|Erfolge"
)
GREENS = "Bündnis 90/Die Grünen"
#: (party, the adjective after its first letter, the adjective): the adjective is tried only
#: where that substring stands (str.find is far cheaper than a pattern scanning the text).
_PARTY_ADJECTIVES = (
    (
        GREENS,
        "rün",
        re.compile(r"(?<!\w)[Gg]rün(?:e|en|er|es|em)\s+(?:" + _GREEN_NOUNS + r")\b"),
    ),
    ("SPD", "ozialdemokratisch", re.compile(r"(?<!\w)[Ss]ozialdemokratisch(?:e[nrsm]?)?\b")),
    ("CDU", "hristdemokratisch", re.compile(r"(?<!\w)[Cc]hristdemokratisch(?:e[nrsm]?)?\b")),
    ("CSU", "hristlich-sozial", re.compile(r"(?<!\w)[Cc]hristlich-sozial(?:e[nrsm]?)?\b")),
    ("FDP", "reidemokratisch", re.compile(r"(?<!\w)[Ff]reidemokratisch(?:e[nrsm]?)?\b")),
)
_WRITER_OR_WE = re.compile(r"\b(?:ich|mein\w*|mich|mir|wir|uns|unser\w*)\b", re.IGNORECASE)
# "gegen grüne Verbotspolitik", "statt sozialdemokratischer Umverteilung", "grüne Ideologie":
# the adjective names an opponent.
_ADJECTIVE_OPPOSED = re.compile(
    r"\b(?:gegen|statt|anstatt|keine[nr]?|ohne|Schluss\s+mit)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_OPPOSED_SENTENCE = re.compile(
    r"ideolog|Verbot|gescheitert|versagt|Irrweg|Bevormundung|Chaos|Ampel", re.IGNORECASE
)
#: A party's adjective in the writer's voice: a hint alone, two of them settle the party.
ADJECTIVE_WEIGHT = 0.4


def _matches_at(text: str, hint: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` starting one character before each ``hint`` in ``text``."""
    at = text.find(hint, 1)
    while at >= 0:
        match = pattern.match(text, at - 1)
        if match is not None:
            yield match
        at = text.find(hint, at + 1)


def _adjective_candidates(doc: Doc) -> list[Candidate]:
    """Candidates from party adjectives in sentences where the writer speaks ("ich", "wir"),
    for texts that never name their party: "eine starke grüne Stimme aus dem Saarland"."""
    found: list[Candidate] = []
    seen: dict[str, int] = {}
    for canonical, hint, pattern in _PARTY_ADJECTIVES:
        for match in _matches_at(doc.text, hint, pattern):
            sentence = doc.sentence_at(match.start())
            if sentence is None or sentence.zone == FOOTER:
                continue
            if not _WRITER_OR_WE.search(sentence.text) or _OPPOSED_SENTENCE.search(sentence.text):
                continue
            if _ADJECTIVE_OPPOSED.search(doc.text, max(0, match.start() - 40), match.start()):
                continue
            repeats = seen.get(canonical, 0)
            seen[canonical] = repeats + 1
            weight = ADJECTIVE_WEIGHT / (2**repeats)
            zone = _ZONE_NAME.get(sentence.zone, "body")
            found.append(Candidate("party", canonical, weight, zone, sentence.text, "adjective"))
    return found


def _byline(byline: str) -> list[Candidate]:
    """A page's byline that names one party ("SPD Magdeburg", "Piratenpartei Sachsen"): the
    publisher's organisation, strong evidence; a person's name there says nothing."""
    written = " ".join(byline.split())
    parties = {m.canonical for m in find_mentions(written)} if written else set()
    if len(parties) != 1:
        return []
    value = parties.pop()
    weight = _RULE_WEIGHT["byline"]
    return [Candidate("party", value, weight, "front_matter", written, "byline")]


def find_party(doc: Doc) -> tuple[str, str] | None:
    """(canonical party, evidence sentence) for the party the document speaks for: the
    decision over :func:`candidates`, kept for callers of the old API."""
    decision = decide(candidates(doc, Context()))
    if decision is None:
        return None
    return str(decision.value), decision.evidence
