"""Speaker turns: who says what in a transcript, an interview or minutes.

A transcript of an assembly ("Versammlungsleiter (Frank Muster): … Anna Probe: ich bewerbe
mich …") and a printed interview ("Probe: Ich sitze seit 2020 im Kreistag …") mark each turn
with its speaker at the start of a line. The candidate is the speaker whose own turn states the
bid, or in an interview the one who answers; the chair who calls the candidate up, the
interviewer and people merely named are not. A label is a full name, a role with the name in
parentheses, or a surname that the text names in full elsewhere ("Dr. Jan Probe … Probe:").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from indexer.metadata import names
from indexer.metadata.document import FOOTER, Doc

# "Anna Probe: …", "Probe: …", "Dr. Anna Probe (SPD): …", "Versammlungsleiter (Frank Muster): …",
# "[00:00:21] Anna Probe: …"
_LABEL = re.compile(
    # (a recording's transcript puts the time first: "[00:00:21] Olaf Muster: …")
    r"(?m)^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?(?:[*_]{1,2})?"
    r"(?P<label>(?:(?:Dr|Prof)\.[ \t]+)?[A-ZÄÖÜ][\w'-]+"
    r"(?:[ \t]+(?:von|van|de|der|zu)?[ \t]*[A-ZÄÖÜ][\w'-]+){0,2})"
    r"(?:[ \t]*\((?P<paren>[^()\n]{2,60})\))?(?:[*_]{1,2})?[ \t]*:(?:[*_]{1,2})?"
    # the words on the same line or, in a script, on the next
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?=\S)"
)
#: Labels of an interview's or a form's parts that are no speaker.
_NOT_SPEAKER = frozenset(
    """
    Frage Antwort Moderation Moderator Moderatorin Redaktion Interview Betreff Datum Von An Ort
    Zeit Name Kandidat Kandidatin Bewerber Bewerberin Thema Titel Protokoll Anwesend Beschluss
    Ergebnis Abstimmung Tagesordnung Hinweis Quelle Foto Bild Kontakt Telefon Mail Web Beruf
    Alter Wohnort Jahrgang Familie Hobbys Mitglied Ziele Schwerpunkte Motto Tel Fax Adresse
    """.split()
)
#: Fewest speaker-labelled turns that make a text one of turns (a quote in a press release,
#: "Hermanns: „Das ist ein Erfolg.“", is one line, not a transcript).
MIN_TURNS = 2


@dataclass(frozen=True)
class Turn:
    """One turn: the speaker's full name (``None`` when the label names no person), the label
    as written and what the speaker says, up to the next turn."""

    speaker: str | None
    label: str
    text: str


def turns(doc: Doc) -> list[Turn]:
    """The text's turns in order, or none when fewer than :data:`MIN_TURNS` are labelled
    (computed once per document)."""
    cached = doc.memo.get("turns")
    if isinstance(cached, list):
        return cached
    found = _turns(doc)
    doc.memo["turns"] = found
    return found


def _turns(doc: Doc) -> list[Turn]:
    text = doc.text
    labels = [m for m in _LABEL.finditer(text) if _label_words_ok(m["label"])]
    if len(labels) < MIN_TURNS:
        return []
    full_names = _full_names(doc)
    out: list[Turn] = []
    for index, match in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        sentence = doc.sentence_at(match.start())
        if sentence is not None and sentence.zone == FOOTER:
            continue
        speaker = _speaker(match["label"], match["paren"], full_names)
        out.append(Turn(speaker, match["label"], text[match.end() : end]))
    return out if sum(1 for t in out if t.speaker) >= 1 and len(out) >= MIN_TURNS else []


def _label_words_ok(label: str) -> bool:
    return not any(word.rstrip(".") in _NOT_SPEAKER for word in label.split())


@dataclass(frozen=True)
class _Known:
    """The names the text writes in full, by surname and by a first name only one of them has
    (first one wins)."""

    by_surname: dict[str, str]
    by_first: dict[str, str]


def _full_names(doc: Doc) -> _Known:
    by_surname: dict[str, str] = {}
    firsts: dict[str, set[str]] = {}
    for found in names.find_names(doc.text):
        by_surname.setdefault(found.name.split()[-1], found.name)
        firsts.setdefault(found.first, set()).add(found.name)
    by_first = {first: next(iter(n)) for first, n in firsts.items() if len(n) == 1}
    return _Known(by_surname, by_first)


def _speaker(label: str, paren: str | None, full_names: _Known) -> str | None:
    """The full name a label stands for: the label itself, the name in its parentheses (a
    role label), or the full form of a surname."""
    stripped = re.sub(r"^(?:Dr|Prof)\.\s+", "", label)
    found = names.name_at(stripped)
    if found is not None and found.end == len(stripped):
        return found.name
    if paren:
        inner = names.name_at(paren.strip())
        if inner is not None:
            return inner.name
    if " " not in stripped:
        # a surname ("Probe:"), or a first name as a script writes it ("MARLENE (Off):")
        return full_names.by_surname.get(stripped) or full_names.by_first.get(
            stripped.capitalize()
        )
    return None


def bidder(doc: Doc, states_bid: Callable[[str], bool]) -> tuple[str, str] | None:
    """(name, evidence) of the speaker whose own turn states the bid (``states_bid`` says
    whether a text does), if exactly one speaker does."""
    bidders: dict[str, str] = {}
    for turn in turns(doc):
        if turn.speaker and states_bid(turn.text):
            bidders.setdefault(turn.speaker, f"{turn.label}: {_first_line(turn.text)}")
    if len(bidders) != 1:
        return None
    name, evidence = next(iter(bidders.items()))
    return name, evidence


#: Share of the spoken words an interview's answerer has at least (the interviewer asks short
#: questions; a second guest would share the answers).
ANSWERER_SHARE = 0.6


def answerer(doc: Doc) -> tuple[str, str] | None:
    """(name, evidence) of the one who answers in an interview: the named speaker with most of
    the words, speaking in the first person."""
    words: dict[str, int] = {}
    first_person: dict[str, bool] = {}
    evidence: dict[str, str] = {}
    total = 0
    for turn in turns(doc):
        count = len(turn.text.split())
        total += count
        if turn.speaker and _asks(turn.text):
            continue  # "Matthias: Hast du Erfahrung?": the one who asks (the answers follow)
        if turn.speaker:
            words[turn.speaker] = words.get(turn.speaker, 0) + count
            said = f" {turn.text.lower()} "
            first_person[turn.speaker] = first_person.get(turn.speaker, False) or (
                " ich " in said or " mein" in said or " mir " in said
            )
            evidence.setdefault(turn.speaker, f"{turn.label}: {_first_line(turn.text)}")
    if not words or total == 0:
        return None
    name = max(words, key=lambda n: words[n])
    # (a podcast's host talks as much as her guest: her words do not count against him)
    hosts = interviewers(doc)
    asked = sum(len(t.text.split()) for t in turns(doc) if t.speaker in hosts and t.speaker != name)
    if words[name] / max(total - asked, 1) < ANSWERER_SHARE or not first_person[name]:
        return None
    return name, evidence[name]


def interviewers(doc: Doc) -> frozenset[str]:
    """The named speakers most of whose turns end in a question ("Jule Muster: Olaf, du willst
    Bürgermeister werden. Warum tut man sich das an?"): a host, a moderator, no candidate
    (computed once per document: the person rules and the answerer ask for them)."""
    cached = doc.memo.get("interviewers")
    if isinstance(cached, frozenset):
        return cached
    asked: dict[str, list[bool]] = {}
    for turn in turns(doc):
        if turn.speaker:
            question = _asks(turn.text)
            asked.setdefault(turn.speaker, []).append(question)
    found = frozenset(
        name for name, questions in asked.items() if 2 * sum(questions) >= len(questions)
    )
    doc.memo["interviewers"] = found
    return found


#: What ends a speaker's own line: a sentence's end or an opened quotation's.
_LINE_ENDS = tuple(".!?:\"“”»«")


def _asks(text: str) -> bool:
    """Whether a turn's own words end in a question: its first line, with the lines a hard
    wrap broke off it ("… du willst am 9. Juni Bürgermeister" / "werden. Warum?"), but not the
    interviewer's unlabelled question printed under an answer."""
    words: list[str] = []
    for line in text.strip().split("\n"):
        line = line.strip().rstrip(" *_")
        words.append(line)
        if not line or line.endswith(_LINE_ENDS):
            break
    return " ".join(words).rstrip().endswith("?")


def _first_line(text: str, limit: int = 160) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0] + " …"
