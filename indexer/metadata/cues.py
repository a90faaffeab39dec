"""Cue phrases read by several field finders (genre, office, person, nominees).

A vote count reports an election: "erhielt 58 von 61 Stimmen", "mit 87 Prozent der
Stimmen", "79 Prozent der Delegiertenstimmen"; "ich trete … an" is a bid however long the
clause with the election's date and place. Kept as pattern texts, compiled or embedded by
each finder, so the finders agree on what the cue is.
"""

from __future__ import annotations

import re

VOTE_COUNT = (
    r"\b\d+\s+(?:von\s+\d+\s+)?(?:abgegebenen\s+|gültigen\s+)?(?:Ja-|Delegierten)?[Ss]timmen\b|"
    r"\b\d+(?:,\d+)?\s*(?:Prozent|%)\s+der\s+(?:abgegebenen\s+|gültigen\s+)?"
    r"(?:Delegierten)?[Ss]timmen\b"
)

#: A character of the clause a cue spans ("trete … an"): no sentence end, but a period after a
#: digit is an ordinal's or a date's ("trete bei der Kommunalwahl am 14. September … an").
CLAUSE_CHAR = r"(?:[^.!?]|(?<=\d)\.)"
#: The same outside a quotation (a first-person bid is the writer's, not a quoted one's).
UNQUOTED_CLAUSE_CHAR = r"(?:[^.!?„“]|(?<=\d)\.)"
#: A first-person "trete … an" with the clause between (the dates and places of the election).
TRETE_AN = rf"trete\b{CLAUSE_CHAR}{{0,120}}\ban\b"
#: The third person: "tritt … an", "treten … an".
TRITT_AN = rf"(?:tritt|treten)\b{CLAUSE_CHAR}{{0,120}}\ban\b"

#: A party's Land assembly: "Landesparteitag", "Landesmitgliederversammlung", "LDK", "LPT".
LAND_ASSEMBLY = (
    r"(?:LPT|LMV|LDK|LVV|Landes(?:partei|mitglieder|delegierten|vertreter|versammlung)\w*)"
)
#: An assembly below the Land: "Kreisparteitag", "KMV", "Gesamtmitgliederversammlung".
LOCAL_ASSEMBLY = (
    r"(?:KPT|KMV|OMV|(?:Kreis|Unterbezirks|Bezirks|Stadt|Orts|Gesamt)"
    r"(?:partei|mitglieder|delegierten|vertreter|versammlung)\w*)"
)


# The credit line under a printed interview or profile: "Die Fragen stellte Sophie Muster.",
# "Das Gespräch führte …" (its name is the reporter's, never the candidate's).
CREDIT_LINE = r"Die\s+Fragen\s+stellten?|Das\s+(?:Interview|Gespräch)\s+führten?"
# A letter's closing formula with greetings ("Mit freundlichen Grüßen", "Herzliche Grüße",
# "Solidarischer Gruß"): the name under it signs the letter, what follows it is an enclosure.
CLOSING_GREETINGS = re.compile(r"^[^\n]{0,30}\b(?:Grü(?:ß|ss)e?n?|Gruß)\W*$", re.IGNORECASE)
# A quotation (someone else's words): its bids, places and names are not the writer's.
QUOTATION = r"„[^“”\"]{0,400}[“”\"]|\"[^\"]{0,400}\""
QUOTED = re.compile(QUOTATION)


def without_quotations(text: str) -> str:
    """``text`` with every quotation replaced by spaces: what the writer says, at the same
    offsets."""
    return QUOTED.sub(lambda match: " " * len(match.group(0)), text)

# A bid declined right after its phrase: "Ich kandidiere nicht.", "bewerbe mich nicht erneut"
# ("nicht für den Vorsitz, sondern als Stellvertreterin" is a bid all the same).
DECLINED_AFTER = (
    r"\s+(?:mich\s+)?(?:\w+\s+)?(?:nicht|nie|keinesfalls)\b(?![^.!?]{0,80}\bsondern\b)"
)
