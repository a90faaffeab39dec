"""Cue phrases read by several field finders (genre, office, person, nominees).

A vote count reports an election: "erhielt 58 von 61 Stimmen", "mit 87 Prozent der
Stimmen", "79 Prozent der Delegiertenstimmen". Kept as one pattern text, compiled or embedded
by each finder, so the finders agree on what a vote count is.
"""

from __future__ import annotations

VOTE_COUNT = (
    r"\b\d+\s+(?:von\s+\d+\s+)?(?:abgegebenen\s+|gültigen\s+)?(?:Ja-|Delegierten)?[Ss]timmen\b|"
    r"\b\d+(?:,\d+)?\s*(?:Prozent|%)\s+der\s+(?:abgegebenen\s+|gültigen\s+)?"
    r"(?:Delegierten)?[Ss]timmen\b"
)
