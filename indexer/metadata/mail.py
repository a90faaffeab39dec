"""A forwarded e-mail: the forwarded message is the document, the forward its envelope.

Party offices pass candidacies on by e-mail ("WG: Bewerbung Landesvorstand"): the text
starts with the forwarder's header and note, then a separator ("---------- Ursprüngliche
Nachricht ----------", "Anfang der weitergeleiteten Nachricht:") and the author's own header
and text. Read whole, the forwarder's "Von:" line and signature compete with the author's;
read from the separator on, the forwarded message speaks for itself and its own header
dates it. Only a separator followed by a header block counts, and only when enough text
follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The separator line of the common mail programs (Outlook, Gmail, Thunderbird, Apple Mail).
_SEPARATOR = re.compile(
    r"(?im)^[ \t>]*(?:-{2,}[ \t]*(?:Ursprüngliche[ \t]+Nachricht|Weitergeleitete[ \t]+Nachricht|"
    r"Forwarded[ \t]+message|Original[ \t]+Message)[ \t]*-{2,}|"
    r"Anfang[ \t]+der[ \t]+weitergeleiteten[ \t]+(?:Nachricht|E-Mail)[ \t]*:)[ \t]*$"
)
# A header line of the forwarded message.
_HEADER = re.compile(
    r"(?im)^[ \t>]*(?:Von|From|Datum|Date|Gesendet|Sent|Betreff|Subject|An|To)[ \t]*:"
)
_SUBJECT = re.compile(r"(?im)^[ \t>]*(?:Betreff|Subject)[ \t]*:[ \t]*(?P<subject>[^\n]+)$")
# A reply's subject (the message below the separator is quoted, not passed on).
_REPLY_PREFIX = re.compile(r"^(?:AW|Re|RE|Antw|SV)[ \t]*:", re.IGNORECASE)
_FORWARD_PREFIX = re.compile(r"^(?:(?:WG|Fwd?|AW|Re|FW)[ \t]*:[ \t]*)+", re.IGNORECASE)
#: Where a separator may stand (a forwarder's note is short) and how much must follow it.
SEPARATOR_WITHIN, LEAST_FORWARDED = 3000, 200


@dataclass(frozen=True)
class Forwarded:
    """The forwarded message: where it starts in the text, its text and its subject."""

    start: int
    text: str
    subject: str | None


def forwarded(text: str) -> Forwarded | None:
    """The forwarded message of an e-mail forward, or ``None`` for any other text."""
    if "achricht" not in text and "essage" not in text and "Anfang" not in text:
        return None
    separator = _SEPARATOR.search(text, 0, SEPARATOR_WITHIN)
    if separator is None:
        return None
    own_subject = _SUBJECT.search(text, 0, separator.start())
    if own_subject and _REPLY_PREFIX.match(own_subject["subject"].strip()):
        # a reply ("AW: …") quotes the message it answers: the reply is the document
        return None
    start = separator.end()
    rest = text[start:]
    header = _HEADER.search(rest, 0, 400)
    if header is None or len(rest.strip()) < LEAST_FORWARDED:
        return None
    subject = _SUBJECT.search(rest, 0, 1200) or _SUBJECT.search(text, 0, separator.start())
    plain = _FORWARD_PREFIX.sub("", subject["subject"].strip()) if subject else ""
    return Forwarded(start, rest, plain or None)
