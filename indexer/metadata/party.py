"""Parties: canonical names from the aliases in ``data/parties.tsv``.

Facets only group correctly when "DIE LINKE.", "Linke" and "der Linken" all become "Die Linke",
so both given values (:func:`canonical_party`) and mentions in the text go through one table.
A document's party is the one its title, heading and organisational names point to; a rival
mentioned in passing ("die AfD holte 20 Prozent") weighs less than the publisher.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from indexer.metadata.document import BODY, FOOTER, HEAD, TAIL, TITLE, Doc
from indexer.metadata.gazetteer import _rows, norm

_ZONE_WEIGHT = {TITLE: 3.0, HEAD: 2.0, BODY: 1.0, TAIL: 1.5, FOOTER: 1.0}
# A party named as the organisation ("CSU Rosenheim-Land", "SPD-Mitglied", "FDP Niedersachsen")
# is stronger evidence of the publisher than a party discussed in the text.
_ORG_AFTER = re.compile(
    r"[\s-]*(?:Kreisverband|Landesverband|Ortsverein|Ortsverband|Stadtverband|Bezirksverband|"
    r"Fraktion|Mitglied|Landesleitung|Kreis|Landtagsfraktion|Bundestagsfraktion)|"
    r"\s+[A-ZÄÖÜ][a-zäöü]+(?:-[A-ZÄÖÜ][a-zäöü]+)*\s*(?:$|[|–:·,])"
)


@dataclass(frozen=True)
class _Party:
    canonical: str
    pattern: re.Pattern[str]
    hints: tuple[str, ...]


@dataclass(frozen=True)
class PartyMention:
    """One mention: canonical party and its span in the searched string."""

    canonical: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _table() -> tuple[list[_Party], dict[str, str]]:
    """(parties with their mention regex and hint substrings, alias -> canonical)."""
    parties: list[_Party] = []
    aliases: dict[str, str] = {}
    for canonical, pattern, alias_list, hints, *_ in _rows("parties.tsv"):
        aliases[norm(canonical)] = canonical
        for alias in filter(None, alias_list.split("|")):
            aliases.setdefault(norm(alias), canonical)
        if pattern:
            parties.append(
                _Party(canonical, re.compile(pattern), tuple(filter(None, hints.split("|"))))
            )
    return parties, aliases


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "/_-" or after.isalnum() or after in "/_")


def find_mentions(text: str) -> tuple[PartyMention, ...]:
    """Party mentions in ``text`` (each party's hints are checked before its regex runs).

    Cached: the party and the region rules both ask for the mentions of the same text."""
    return _find_mentions(text)


@lru_cache(maxsize=32)
def _find_mentions(text: str) -> tuple[PartyMention, ...]:
    parties, _ = _table()
    found: list[PartyMention] = []
    for entry in parties:
        if not any(hint in text for hint in entry.hints):
            continue
        for match in entry.pattern.finditer(text):
            if _bounded(text, match.start(), match.end()):
                found.append(PartyMention(entry.canonical, match.start(), match.end()))
    found.sort(key=lambda m: m.start)
    return tuple(found)


def is_party(text: str) -> bool:
    """Does ``text`` contain a party name (used to reject "Freie Demokraten" as a person)?"""
    return bool(find_mentions(text))


def canonical_party(name: str) -> str | None:
    """Canonical party for a given name or alias ("BÜNDNIS 90/DIE GRÜNEN" -> "Bündnis 90/Die
    Grünen", "DIE LINKE" -> "Die Linke"); "CDU/CSU" and "fraktionslos" stay as they are.

    Returns ``None`` for names the table does not know.
    """
    if not name or not name.strip():
        return None
    _, aliases = _table()
    key = norm(name)
    found = aliases.get(key) or aliases.get(key.rstrip("."))
    if found:
        return found
    key = re.sub(
        r"\s+(?:landesverband|kreisverband|ortsverein|ortsverband|stadtverband|bezirksverband)\b.*$",
        "",
        key,
    )
    found = aliases.get(key)
    if found:
        return found
    stripped = name.strip().rstrip(".")
    for mention in find_mentions(stripped):
        if mention.start == 0 and mention.end >= len(stripped) - 1:
            return mention.canonical
    return None


def find_party(doc: Doc) -> tuple[str, str] | None:
    """(canonical party, evidence sentence) for the party the document speaks for."""
    scores: dict[str, float] = defaultdict(float)
    evidence: dict[str, tuple[float, str]] = {}

    def count(canonical: str, text: str, end: int, zone: str, sentence: str) -> None:
        if canonical == "fraktionslos":
            return
        weight = _ZONE_WEIGHT.get(zone, 1.0)
        if _ORG_AFTER.match(text, end, min(len(text), end + 60)):
            weight *= 1.5
        scores[canonical] += weight
        best = evidence.get(canonical)
        if best is None or weight > best[0]:
            evidence[canonical] = (weight, sentence)

    if doc.title:
        for mention in find_mentions(doc.title):
            count(mention.canonical, doc.title, mention.end, TITLE, doc.title)
    for mention in find_mentions(doc.text):
        sentence = doc.sentence_at(mention.start)
        if sentence is None:
            continue
        count(mention.canonical, doc.text, mention.end, sentence.zone, sentence.text)
    if not scores:
        return None
    best_party = max(scores.items(), key=lambda kv: kv[1])[0]
    return best_party, evidence[best_party][1]
