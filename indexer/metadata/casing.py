"""Texts written without capitals: transcripts from speech recognition, chat logs.

German capitalises every noun, and the rules lean on it: "Linke" is the party, "die linke
Hand" is not; "Stimme" is the vote, "ich stimme zu" is not. In a text without capitals that
difference is gone, so the rules that depend on it ask here first and relax (or tighten)
what they accept.
"""

from __future__ import annotations

from functools import lru_cache

#: A text with fewer capital letters than this share of its words is written in lower case
#: (normal German prose has some 25 % capitalised words; the document step restores a few
#: office words such as "Direktkandidatin" even in a transcript).
LOWERCASE_SHARE = 0.08
#: Characters looked at: enough to judge, cheap on long texts (this runs for every document).
_SAMPLE = 2000
#: Fewer words than this say too little about how a text is written.
_MIN_WORDS = 50


@lru_cache(maxsize=8)
def lower_case_text(text: str) -> bool:
    """Is ``text`` a transcript without capitals? Counted without regular expressions and
    cached, since every document passes here twice (party and date)."""
    sample = text[:_SAMPLE]
    words = sample.count(" ") + sample.count("\n")  # about one separator per word
    return words >= _MIN_WORDS and sum(map(str.isupper, sample)) < LOWERCASE_SHARE * words


#: Words up to this length stay in capitals: abbreviations (SPD, CDU, ÖDP, MLPD), not words.
_ABBREVIATION_CHARS = 4


@lru_cache(maxsize=8)
def capital_lines(text: str) -> str:
    """``text`` with lines set in capitals ("KANDIDATUR KREISVORSITZ", "TANJA MUSTER") written
    as German capitalises ("Kandidatur Kreisvorsitz"): the office and name rules read case.
    Abbreviations stay; same length, so offsets stay valid."""
    if not any(line.isupper() for line in text.split("\n", 40)[:40]):
        return text
    return "\n".join(_recased_line(line) if line.isupper() else line for line in text.split("\n"))


def _recased_line(line: str) -> str:
    words = []
    for word in line.split(" "):
        letters = sum(map(str.isalpha, word))
        if letters > _ABBREVIATION_CHARS:
            parts = [part[:1] + part[1:].lower() for part in word.split("-")]
            recased = "-".join(parts)
            word = recased if len(recased) == len(word) else word
        words.append(word)
    return " ".join(words)
