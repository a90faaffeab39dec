"""The office or seat *sought*: vocabulary from ``data/offices.tsv`` plus cue words around it.

Candidacy texts name many offices: the one sought, the ones the candidate holds ("seit 2020
Gemeinderätin"), the predecessor's ("Unser Kreisvorsitzender"), the audience ("Liebe
Delegierte"). Each mention is scored by its sentence: candidacy cues ("kandidiere",
"Bewerbung", "als neuen ... vor") raise it, current-office cues in the same clause ("seit",
"bin", "unser") rule it out. Constituency and list mentions (DIREKT, LISTE) are resolved to the
Bundestag, Landtag, European or municipal office by the election named nearby.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from indexer.metadata import gazetteer, names
from indexer.metadata.casing import capital_lines
from indexer.metadata.cues import (
    CLAUSE_CHAR,
    DECLINED_AFTER,
    LAND_ASSEMBLY,
    TRETE_AN,
    TRITT_AN,
    VOTE_COUNT,
)
from indexer.metadata.document import FOOTER, HEAD, TITLE, Doc, Sentence
from indexer.metadata.gazetteer import _rows, norm
from indexer.metadata.hints import literal_branches
from indexer.metadata.party import find_mentions as party_mentions

DIREKT, LISTE, PARLAMENT = "DIREKT", "LISTE", "PARLAMENT"
#: The placeholders above: a candidacy whose parliament is still to be resolved, never a value.
UNRESOLVED = frozenset((DIREKT, LISTE, PARLAMENT))

# Elected or nominated to a role: "zum Ortsvorsitzenden gewählt", "zur neuen Sprecherin
# gekürt", "zu ihrem Kandidaten für den Bundestagswahlkreis 280 (Calw) gewählt", two at once:
# "zu ihren neuen Sprecher*innen gewählt".
_ELECTED_TO = (
    r"zu(?:[rm]|\s+(?:ihre[mrn]|seine[mrn]|unsere[mrn]|eure[mrn]))\s+(?:neue[nr]?\s+)?"
    r"\w+(?:[*:_/ ]innen)?"  # the document reads a gender star as a space
    r"(?:\s+(?:für|im|in)\b[^.!?]{0,60}?)?\s+(?:gewählt|nominiert|gekürt)"
)
# Cue words: a candidacy for the office in this sentence (strong), or hints of one (weak).
_STRONG = re.compile(
    r"\b(?:kandidier\w*|bewerb(?:e|en|t)\b|bewirbt|Bewerbung\w*|Kandidatur\w*|nominier\w*|"
    r"stelle\s+(?:ich\s+)?mich\b[^.!?]{0,120}\bzur\s+Wahl|zur\s+Wahl\s+stell\w*|Hut\s+in\s+den\s+Ring|"
    # (an interviewer's "du willst … werden", "Sie möchten … werden")
    rf"(?:will|willst|wollt|möchte|möchtest|möchten|wollen)\b{CLAUSE_CHAR}{{0,80}}\bwerden\b|"
    r"werden\s+(?:will|willst|möchte|möchtest)|"
    # (a date's full stop may stand between: "schlägt … am 26. April … vor")
    rf"schläg[tl]\w*\b{CLAUSE_CHAR}{{0,160}}\bvor\b|vorgeschlagen|ins\s+Rennen|"
    r"(?:Ihre?|unsere?r?)\s+(?:Direkt|Spitzen|Bürgermeister|Landrats|OB-)?[Kk]andidat\w*|"
    # a campaign's slogan: "Ihr Bürgermeister für Weyarn", "Eure Landrätin für Musterkreis"
    r"(?:Ihr|Ihre|Euer|Eure|Dein|Deine|Unser|Unsere)\s+(?:neue[rn]?\s+)?\w*(?:meister(?:in)?|"
    r"landr(?:at|ätin)|"
    r"abgeordnete[r]?|vertreter(?:in)?)\s+für\b|"
    rf"{_ELECTED_TO}|"
    rf"(?:als|zu[rm])\s+[^.!?]{{0,80}}\baufgestellt|melde\s+ich\s+mich|{TRETE_AN}|{TRITT_AN}|"
    r"antreten|Wahlvorschl\w*|"
    r"(?:wählte|wählten|kürte|kürten)\b[^.!?]{0,120}\b(?:zu[rm]|als|auf\s+(?:den\s+)?"
    r"(?:Listen)?[Pp]latz|an\s+die\s+Spitze)\b|"
    # a vote count: the election itself ("mit 41 von 47 Stimmen")
    rf"{VOTE_COUNT}|"
    # re-elected: "als Kreisvorsitzenden bestätigt", "als Sprecherin wiedergewählt"
    r"als\s+\w+\s+(?:im\s+Amt\s+)?(?:bestätigt|wiedergewählt))",
    re.IGNORECASE,
)
_WEAK = re.compile(
    r"\b(?:aufgestellt|aufstellen|stell\w+\b[^.!?]{0,80}\bauf\b|neue[nrs]?|Vertrauen|Stimme|"
    r"gewählt|wählen|wählt|Unterstützung|erneut|Wiederwahl|Kandidat\w*|Bewerber\w*)\b",
    re.IGNORECASE,
)
# Current or past offices: the nearest cue before the mention in its clause decides.
_CURRENT = re.compile(
    r"\b(?:[Ss]eit|[Bb]isher\w*|[Bb]islang|[Dd]erzeit\w*|[Aa]ktuell|[Aa]mtierende[rnms]?|"
    r"[Ee]hemalige[rnms]?|[Ff]rühere[rnms]?|[Ll]angjährige[rnms]?|[Dd]amalige[rnms]?|"
    r"war|waren|bin|ist|sind|sitze|sitzt|arbeite\w*|[Uu]nser(?:e[rnms]?)?|[Vv]orgänger\w*|"
    r"[Nn]achfolger\w*|[Aa]mtsinhaber\w*|habe|hat|vergangenen|ehrenamtlich|leite|leitet)\b"
)
# Another election held on the same day is mentioned, not sought.
_ALONGSIDE = re.compile(
    r"\b(?:zeitgleich|gleichzeitig|parallel|zusammen|ebenso|neben)\b[^.!?]{0,20}$", re.IGNORECASE
)
_BARE_CONSTITUENCY = re.compile(r"(?:im|für\s+den)\s+Wahlkreis")
_PARLIAMENT_LEVELS = frozenset(("bund", "land", "europa"))
# An office held: "Ich bin seit 2019 im Kreistag", "sitze im Stadtrat".
_HOLDS = re.compile(r"\b(?:[Ss]eit|[Bb]isher\w*|[Dd]erzeit\w*|[Aa]ktuell|sitze|sitzt|bin|ist)\b")
_NEGATED = re.compile(r"[^.!?,;]{0,50}?\b(?:nicht|nie|keine[nrs]?)\b(?!\s+nur)")
# A call for candidacies ("Bewerbungen sind bis zum 13. September an den Kreisvorstand zu
# richten", "Wer kandidieren möchte, …"): an invitation asks for bids, it states none, and the
# office it names is often the one that receives them.
_CALL_FOR_BIDS = re.compile(
    r"\b(?:Bewerbungen|Kandidaturen|Wahlvorschläge)\b[^.!?]{0,120}\b(?:zu\s+richten|einzureichen|"
    r"zu\s+senden|entgegen|erbeten|willkommen|möglich|bis\s+zum)\b|"
    r"\b[Ww]er\s+(?:\w+\s+){0,3}(?:kandidieren|sich\s+bewerben)\s+(?:möchte|will)\b|"
    r"\bkönnen\s+sich\b[^.!?]{0,80}\bbewerben\b"
)
# An agenda item of an assembly: an election to come, nobody's candidacy.
_AGENDA_ELECTION = re.compile(
    r"[ \t]*(?:TOP[ \t]*\d{1,2}[.:)]?|\d{1,2}[.)])[ \t]+(?:Wahl|Wahlen|Nominierung|Aufstellung|"
    r"Vorstellung|Bestätigung)\b"
)
@lru_cache(maxsize=4096)
def _calls_for_bids(sentence: str) -> bool:
    """Whether a sentence asks for candidacies (cached: each office mention asks again)."""
    if "ewerb" not in sentence and "andid" not in sentence and "orschläge" not in sentence:
        return False
    return _CALL_FOR_BIDS.search(sentence) is not None


# Declining an office: "nicht erneut für den …", "nicht mehr als …", "kein weiteres Mal um …".
_NOT_AGAIN = re.compile(
    r"\b(?:nicht|nie)\s+(?:mehr\s+|erneut\s+|wieder\s+|noch\s+einmal\s+)?(?:für|als|um|zu[mr])\s+"
    r"(?:\w+\s+){0,2}$"
)
_PAST = re.compile(
    r"\b(?:[Ee]hemalige[rnms]?|[Ff]rühere[rnms]?|[Dd]amalige[rnms]?|war|waren|[Dd]amals|"
    r"[Ss]einerzeit)\b"
)
_SLOGAN_BEFORE = re.compile(
    r"\b(?:Ihr|Ihre|Euer|Eure|Dein|Deine|Unser|Unsere)\s+(?:neue[rn]?\s+)?$"
)
_SOUGHT_NEAR = re.compile(
    r"\b(?:als|um|für|zu[rm]|neue[nrs]?|künftige[nrs]?|erneut|wieder)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[,;:–—()]|\s-\s|\bund\b|\bsowie\b")
_ADDRESS = re.compile(r"^\s*(?:An\s+die|An\s+den|Liebe[rn]?|Hallo|Sehr\s+geehrte[rn]?)\b")
_AFTER_CURRENT = re.compile(r"^\W{0,3}(?:\S+\s+){0,4}?(?:sitz\w*|seit\s+\d{4})\b")
_FUTURE_AFTER = re.compile(
    r"^[^.!?,]{0,40}?\b(?:möchte|will|werde|würde|kandidiere|bewerbe|trete)\b"
)

# The Bürgerschaft of a Hanseatic city that is not a Land is its city council (the Land
# parliaments of Hamburg and Bremen are Bürgerschaft too; Bremerhaven's council is a
# Stadtverordnetenversammlung).
_HANSE_CITIES = r"(?:Rostock|Greifswald|Stralsund|Wismar|Lübeck)"
_CITY_BUERGERSCHAFT = (
    rf"{_HANSE_CITIES}er\s+Bürgerschaft\w*|"
    rf"Bürgerschaft\w*\s+(?:der\s+(?:Hanse|Universitäts)?[Ss]tadt\s+|in\s+|von\s+)?{_HANSE_CITIES}\b"
)

# Elections named near a constituency or list mention decide its level (one pattern per level,
# compiled branch by branch so that each starts with a literal; see hints.literal_branches).
# A council's level is its own label.
_LEVEL_PATTERNS = {
    # "Europa" alone is no level: "Volt Europa", "Europa-Union" name organisations.
    "europa": r"Europawahl\w*|Europaparlament\w*|Europaliste\w*|Europäische\w*\s+Parlament\w*|"
    r"EU-Parlament|EU-Wahl\w*",
    "bund": r"Bundestag\w*|Kanzlerkandidat\w*|BTW\s?\d*\b|btw\d\d\b",
    # a Stimmkreis is a constituency of the Bavarian Landtag (the Bundestag's are Wahlkreise)
    "land": r"Landtag\w*|Abgeordnetenhaus\w*|Bürgerschaft\w*|Landesparlament|LTW\s?\d*\b|"
    r"ltw\d\d\b|Stimmkreis\w*|Maximilianeum",
    # (Schleswig-Holstein's cities call theirs Ratsversammlung)
    "Stadtrat": r"Stadtrat\w*|Stadtrats\w*|Stadtverordnet\w*|Stadtvertret\w*|Ratsversammlung\w*|"
    r"Rat\s+der\s+(?:Landeshaupt|Hanse|Kreis|Universitäts)?[Ss]tadt|Ratswahl\w*|Ratsliste\w*|"
    + _CITY_BUERGERSCHAFT,
    "Gemeinderat": r"Gemeinderat\w*|Ortsgemeinderat\w*|Gemeindevertret\w*|Rat\s+der\s+Gemeinde",
    # (the Region Hannover's and the Städteregion Aachen's assemblies are a Kreis's)
    "Kreistag": r"Kreistag\w*|Regionsversammlung\w*|Städteregionstag\w*",
    # Bavaria's Bezirkstag (a Bezirk above the Kreise), the Region Stuttgart's assembly and
    # the Landschaftsverbände's in NRW: councils above the Kreise, each under its own name
    "Bezirkstag": r"Bezirkstag\w*",
    "Regionalversammlung": r"Regionalversammlung\w*",
    "Landschaftsversammlung": r"Landschaftsversammlung\w*",
    "Bezirksversammlung": r"Bezirksversammlung\w*",
    # the district councils below a city's or a Gemeinde's council, each under its own name
    "Bezirksvertretung": r"Bezirksvertretung\w*",
    "Ortsbeirat": r"Ortsbeirat\w*",
    "Stadtbezirksrat": r"Stadtbezirksrat\w*",
    "Bezirksbeirat": r"Bezirksbeirat\w*",
    "Ortschaftsrat": r"Ortschaftsrat\w*",
    "Ortsrat": r"Ortsrat\w*",
    "Beirat": r"Beiratsliste\w*|Beiratswahl\w*",
    "Bezirksverordnetenversammlung": r"Bezirksverordnet\w*|BVV",
}
_LEVEL_WORDS = tuple(
    (level, re.compile(branch))
    for level, pattern in _LEVEL_PATTERNS.items()
    for branch in literal_branches(pattern)
)
_LEVEL_OFFICE = {
    (DIREKT, "bund"): "Direktkandidat Bundestag",
    (DIREKT, "land"): "Direktkandidat Landtag",
    (DIREKT, "europa"): "Kandidat Europaparlament",
    (LISTE, "bund"): "Landesliste Bundestag",
    (LISTE, "land"): "Landesliste Landtag",
    (LISTE, "europa"): "Kandidat Europaparlament",
}


@dataclass(frozen=True)
class OfficeHit:
    """A sought office: canonical label, scope, score and the sentence that says so."""

    canonical: str
    scope: str
    score: float
    sentence: Sentence
    start: int
    end: int
    pattern: re.Pattern[str] = re.compile(r"(?!)")


@dataclass(frozen=True)
class _Row:
    canonical: str
    scope: str
    hints: tuple[str, ...]
    pattern: re.Pattern[str]
    #: the pattern's alternatives, each compiled on its own and starting with a literal (see
    #: :mod:`hints`): a regex that starts with a literal is scanned many times faster.
    branches: tuple[re.Pattern[str], ...]


def _branches(pattern: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(branch) for branch in literal_branches(pattern))


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[_Row], dict[str, str]]:
    rows = [
        _Row(
            canonical,
            scope,
            tuple(filter(None, hints.split("|"))),
            re.compile(pattern),
            _branches(pattern),
        )
        for canonical, scope, hints, pattern, *_ in _rows("offices.tsv")
    ]
    scopes = {r.canonical: r.scope for r in rows}
    return rows, scopes


def mentions(text: str) -> list[tuple[int, int, _Row]]:
    """Office mentions in ``text`` as (start, end, row); overlaps go to the longer span, then
    to the earlier row of the table (so "stellv. Kreisvorsitzende" is not a Kreisvorsitz)."""
    rows, _ = _vocabulary()
    found: list[tuple[int, int, int]] = []
    for index, row in enumerate(rows):
        for hint in row.hints:  # a plain loop: cheaper than any() over a generator
            if hint in text:
                break
        else:
            continue
        for branch in row.branches:
            for match in branch.finditer(text):
                start = match.start()
                if start == 0 or not text[start - 1].isalpha():
                    found.append((start, match.end(), index))
    if not found:
        return []
    found.sort(key=lambda t: (t[0], -(t[1] - t[0]), t[2]))
    result: list[tuple[int, int, _Row]] = []
    covered = -1
    for start, end, index in found:
        if start < covered:
            continue
        result.append((start, end, rows[index]))
        covered = end
    return result


def names_office(canonical: str, text: str) -> bool:
    """Whether ``text`` names the office ``canonical`` by one of its own words (a Stadtrat
    sought by a list place is also named "Stadtvertretung Kühlungsborn" in the title)."""
    return any(row.canonical == canonical for _, _, row in mentions(text))


def scope_of(canonical: str) -> str | None:
    """Which region an office refers to (``wk``, ``land``, ``kreis``...)."""
    return _vocabulary()[1].get(canonical)


#: Gender, "Co-" and "stellvertretende" forms of an office label fold onto one key (applied
#: to a lower-cased label); the one fold of the project, used for given values too.
GENDER_FOLD = (
    (re.compile(r"\b(?:stellvertretende[rn]?\s+|stv\.\s*|stellv\.\s*)"), "stellv. "),
    (re.compile(r"^(?:co|ko)-"), ""),
    (re.compile(r"kandidat(?:in|ur)\b"), "kandidat"),
    (re.compile(r"vorsitz(?:ende[rn]?)?\b"), "vorsitzender"),
    (re.compile(r"delegierte[rn]?\b"), "delegierter"),
    (re.compile(r"meisterin\b"), "meister"),
    (re.compile(r"rätin\b"), "rat"),
)


def fold_gender(key: str) -> str:
    """``key`` (lower case) with gendered and deputy forms folded ("stellvertretende
    Landesvorsitzende" -> "stellv. landesvorsitzender")."""
    for pattern, replacement in GENDER_FOLD:
        key = pattern.sub(replacement, key)
    return key


_PARENTHESES = re.compile(r"\s*\(([^()]*)\)")
# Words a label may carry before the office ("Kandidatin für den Landtag", "Co-Landesvorsitz",
# "Beisitzer im Landesvorstand"); any other word before it ("Erster Bürgermeister", "Regierender
# Bürgermeister") makes the label a role of its own, which stays as given.
_LABEL_PREFIX = re.compile(
    r"(?:(?:Bewerbung|Kandidatur|Kandidat(?:in)?|Nominierung|Wahl)\s+(?:als|für|um|zu[rm])?\s*"
    r"(?:den|die|das|eine[nr]?)?\s*|(?:Co|Ko)-\s*|(?:Mitglied|Beisitzer(?:in)?)\s+(?:des|im|der)\s+|"
    r"(?:neue[rn]?|künftige[rn]?)\s+)*",
    re.IGNORECASE,
)


def canonical_office(label: str) -> str | None:
    """Canonical office for a label as people write it ("Oberbürgermeisterin", "Landesvorsitz
    (Co-Vorsitz)", "Direktkandidatur Bundestag", "Kandidatin für den Landtag (Direktmandat)");
    ``None`` for labels that are not a candidacy office ("Mitglied des Bundestages",
    "Bundesminister der Finanzen", "Erster Bürgermeister") or whose level is unknown.
    """
    if not isinstance(label, str) or not label.strip():
        return None
    return _canonical_office(" ".join(label.split()))


@lru_cache(maxsize=4096)
def _canonical_office(label: str) -> str | None:
    _, scopes = _vocabulary()
    outer = _PARENTHESES.sub("", label).strip() or label
    key = fold_gender(norm(outer))
    for canonical in scopes:
        if canonical not in (DIREKT, LISTE, PARLAMENT) and norm(canonical) == key:
            return canonical
    variants = [outer]
    if outer.islower() or outer.isupper():
        variants.append(" ".join(word[:1].upper() + word[1:].lower() for word in outer.split()))
    for text in variants:
        found = _office_in_label(text, label)
        if found:
            return found
    return None


def _office_in_label(text: str, label: str) -> str | None:
    """The office a label names, when only allowed words (see :data:`_LABEL_PREFIX`) precede it;
    constituency and list labels take their level from the whole label."""
    best: tuple[int, int, _Row] | None = None
    prefix = _LABEL_PREFIX.match(text)
    allowed = prefix.end() if prefix else 0
    for start, end, row in mentions(text):
        if start > allowed:
            break
        if best is None or end - start > best[1] - best[0]:
            best = (start, end, row)
    if best is None:
        return None
    row = best[2]
    if row.canonical not in (DIREKT, LISTE, PARLAMENT):
        return row.canonical
    kind = row.canonical
    if kind == PARLAMENT:
        kind = LISTE if _LIST_WORDS.search(label) else DIREKT
    if kind == LISTE and "Wahlkreisliste" in label and "Bürgerschaft" in label:
        kind = DIREKT  # Hamburg: see _hamburg_constituency_list
    level = _level_in(label)
    if level is None:
        return None
    # (a council's list: the council's own label)
    return _LEVEL_OFFICE.get((kind, level)) or (level if kind == LISTE else None)


#: The one council elected in constituencies like a parliament: Bavaria's Bezirkstag, whose
#: direct candidates stand in the Landtag's Stimmkreise.
_ELECTED_IN_CONSTITUENCIES = "Bezirkstag"


def _level_in(text: str, parliament: bool = False) -> str | None:
    """The level named most often in ``text`` (on a tie, the one named first); with
    ``parliament`` only Bundestag, Landtag and European Parliament count (a constituency or a
    Landesliste is never a council's)."""
    found = [
        (match.start(), -match.end(), level)
        for level, pattern in _LEVEL_WORDS
        for match in pattern.finditer(text)
        if not parliament
        or level in _PARLIAMENT_LEVELS
        or match.group(0).startswith(_ELECTED_IN_CONSTITUENCIES)
        if not _mere_mention(text, match.start(), level)
    ]
    if not found:
        return None
    found.sort()
    kept: list[str] = []
    covered = -1
    for start, end, level in found:  # "Rostocker Bürgerschaft" is no Land's "Bürgerschaft"
        if start >= covered:
            kept.append(level)
            covered = -end
    return Counter(kept).most_common(1)[0][0]


def _mere_mention(text: str, start: int, level: str) -> bool:
    """A level word in a past office ("war ich Stadtverordneter"), a council the candidate
    sits on ("sitze seit 2019 im Kreistag") or a mere mention ("zeitgleich mit dem Kreistag")
    names no election of the candidacy. ("Ich bin Direktkandidat im Bundestagswahlkreis"
    names one: a parliament word after "bin" still counts.)"""
    prefix = _clause_prefix(text, start)
    if _ALONGSIDE.search(prefix):
        return True
    if not _current_before(prefix):
        return False
    return bool(_PAST.search(prefix)) or (
        level not in _PARLIAMENT_LEVELS and bool(_HOLDS.search(prefix))
    )


def _clause_prefix(text: str, start: int) -> str:
    before = text[max(0, start - 120) : start]
    cut = 0
    for match in _CLAUSE_BREAK.finditer(before):
        cut = match.end()
    return before[cut:]


def _current_before(prefix: str) -> bool:
    """Is the nearest cue before the mention a current/past-office cue rather than a sought one?"""
    current = [m.start() for m in _CURRENT.finditer(prefix)]
    sought = [m.start() for m in _STRONG.finditer(prefix)] + [
        m.start() for m in _SOUGHT_NEAR.finditer(prefix) if not _for_a_party(prefix, m)
    ]
    if not current:
        return False
    return max(current) > max(sought, default=-1)


def _for_a_party(prefix: str, match: re.Match[str]) -> bool:
    """Is this "für" the party's, not the office's: "sitze ich für DIE LINKE im Stadtrat"?"""
    if match.group().lower() != "für":
        return False
    mentions = party_mentions(prefix[match.end() :])
    between = prefix[match.end() : match.end() + mentions[0].start] if mentions else "-"
    return _ARTICLE_ONLY.fullmatch(between) is not None


_ARTICLE_ONLY = re.compile(r"\s*(?:die|der|den)?\s*", re.IGNORECASE)


_CUE_HINTS = (
    "andid", "ewerb", "ewirbt", "ominier", "Wahl", "Ring", "werden", "chläg", "orgeschlagen",
    "Rennen", "melde", "trete", "tritt", "ufgestellt", "gewählt", "ufstell", "stell",
    "orschl", "wählte", "kürte", "Ihr", "Eur", "Dein", "Unser", "bestätigt", "wiedergewählt",
    "timmen",
)  # fmt: skip


#: An election reported as done ("zum Ortsvorsitzenden gewählt", "wählte sie zur
#: Kandidatin"): the office of a nomination announcement, but in a first-person statement
#: often a past one ("2019 habt ihr mich zum Ortsvorsitzenden gewählt. Nun bewerbe ich mich
#: um …"), so it counts a little less than a bid and an explicit bid elsewhere wins.
_ELECTED = re.compile(
    rf"{_ELECTED_TO}|"
    r"(?:wählte|wählten|kürte|kürten)\b[^.!?]{0,120}\b(?:zu[rm]|als)\b",
    re.IGNORECASE,
)
ELECTED_STRENGTH = 2.5


# What follows the name in a campaign's slogan title: "Ingo Muster für Bürgermeister!",
# "Anna Probe als Landrätin", "Mit Jana Muster in den Landtag" (the name first or after "Mit").
_SLOGAN_AFTER = re.compile(
    r"\s+(?:[–—-]\s+)?(?:für|for|als|in\s+den|in\s+die|ins)\s+(?:\w+\s+)?"
    r"(?:(?:Ober)?[Bb]ürgermeister\w*|Landr[aä]t\w*|Stadtrat|Gemeinderat|Kreistag|Landtag|"
    r"Bundestag|Europa\w*|Rathaus|\w*[Vv]orsitz\w*)\b"
)


def slogan_title(title: str) -> bool:
    """A campaign's slogan as the title: a person's name, then the office ("Ingo Muster für
    Bürgermeister!"); a bid as plain as "Kandidatur" in a title."""
    found = names.find_names(title)
    if not found or not names.is_first_name(found[0].name.split()[0]):
        return False
    lead = title[: found[0].start].strip()
    if lead not in ("", "Mit", "mit"):
        return False
    return _SLOGAN_AFTER.match(title, found[0].end) is not None


# A bid declined: "werde ich nicht mehr kandidieren", or with the negation after the verb as
# the genre's phrases read it (:data:`cues.DECLINED_AFTER`: "kandidiere nicht erneut"); "nicht
# für den Vorsitz, sondern als …" is a bid all the same.
_DECLINED_BID = re.compile(
    r"\b(?:nicht|nie)\s+(?:mehr\s+|erneut\s+|wieder\s+|noch\s+einmal\s+)?(?:kandidieren|"
    r"antreten|an(?:zu)?treten|bewerben)\b(?![^.!?]{0,80}\bsondern\b)|"
    rf"\b(?:kandidiere|bewerbe|trete)(?:\s+ich)?{DECLINED_AFTER}"
)


@lru_cache(maxsize=4096)
def _sentence_strength(text: str) -> float:
    """3 for a candidacy cue in the sentence (2.5 for an election reported as done), 1 for a
    weak hint, else 0 (cached per text). A declined bid is none ("bei der nächsten Wahl werde
    ich nicht mehr kandidieren")."""
    if "nicht" in text or "nie " in text:
        text = _DECLINED_BID.sub(" ", text)
    if any(hint in text for hint in _CUE_HINTS) and _STRONG.search(text):
        if _ELECTED.search(text) and not _STRONG.search(_ELECTED.sub(" ", text)):
            return ELECTED_STRENGTH
        return 3.0
    return 1.0 if _WEAK.search(text) else 0.0


def _titles_a_name(text: str, end: int) -> bool:
    """Whether the office word is the title of the person named right after it."""
    rest = text[end : end + 60]
    if not rest.startswith(" "):
        return False
    found = names.name_at(rest)
    return found is not None and found.start <= 2


# A board as the clause's subject, acting: "Der Kreisvorstand der Linken Mainz schlägt … vor",
# "Landesvorstand nominiert …", "der Ortsvorstand empfiehlt …". It proposes candidates; nobody
# seeks it. (Only boards act so; "Der Kreistag beschloss" is no bid either way.)
_BOARD_ACTS_AFTER = re.compile(
    r"(?:\s+(?:der|des|von|im)\s+(?:[\w.'-]+\s+){0,3}?)?\s*"
    r"(?:schlägt|schlug|nominiert|nominierte|empfiehlt|empfahl|benennt|benannte|präsentiert|"
    r"präsentierte|stellt\s+(?:\w+\s+){0,3}?vor|hat\b[^.!?]{0,100}\b(?:vorgeschlagen|nominiert|"
    r"benannt|empfohlen))\b"
)
_SUBJECT_PREFIX = re.compile(r"\s*(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Uu]nser)\s+)?(?:\S+\s+)?")


def _board_acts(text: str, prefix: str, start: int, end: int) -> bool:
    """Whether a board's name is the subject of a proposing verb, at the clause's start."""
    return (
        "orstand" in text[start:end]
        and _SUBJECT_PREFIX.fullmatch(prefix) is not None
        and _BOARD_ACTS_AFTER.match(text, end) is not None
    )


def _sought_by_nobody(sentence: str, prefix: str) -> bool:
    """A call for bids, an agenda's election to come ("5. Wahl der Direktkandidatin"), an
    office declined ("angekündigt, nicht erneut für den Kreisvorsitz zu kandidieren")."""
    return (
        _calls_for_bids(sentence)
        or _AGENDA_ELECTION.match(sentence) is not None
        or _NOT_AGAIN.search(prefix) is not None
    )


# A bid added to the main one: "Außerdem bewerbe ich mich um einen Platz auf der Landesliste."
# ("trete ich außerdem auf Platz 9 … an": the same in the middle of the sentence)
_ADDITIONAL = re.compile(
    r"^\s*(?:Außerdem|Zusätzlich|Darüber\s+hinaus|Daneben|Ferner)\b|"
    r"\b(?:ich|mich)\s+(?:mich\s+)?(?:außerdem|zusätzlich|ebenfalls|darüber\s+hinaus)\b"
)
#: What an added bid loses against the candidacy the text is about.
ADDITIONAL_PENALTY = 1.0


def _mention_score(sentence: Sentence, start: int, end: int, canonical: str) -> float | None:
    """Score of one office mention; ``None`` when it is a current, past or addressed office."""
    text = sentence.text
    mention = text[start:end]
    # "Direktkandidatin", "Platz 3", "Bundesliste" name a candidacy; "im Wahlkreis … antreten"
    # needs its cue
    intrinsic = (canonical in (DIREKT, LISTE) and not _BARE_CONSTITUENCY.match(mention)) or bool(
        re.search(r"[Kk]andidat|[Bb]ewerbung|Delegiertenbewerbung|\w[Ll]iste\b", mention)
    )
    prefix = _clause_prefix(text, start)
    # "Unsere Liste für den Stadtrat steht", "der Wahlvorschlag für die Kreistagswahl": a list
    # of candidates for the office, as "Stadtratsliste" is
    intrinsic = intrinsic or bool(_LIST_FOR_BEFORE.search(prefix))
    if _ADDRESS.match(text) and start < 40 and "Delegiert" in mention:
        return None
    if _sought_by_nobody(text, prefix) or _board_acts(text, prefix, start, end):
        return None
    # "Unsere Oberbürgermeisterin für Oberhausen" on a flyer: a slogan, not the incumbent
    slogan = bool(_SLOGAN_BEFORE.search(prefix)) and text.startswith(" für ", end)
    intrinsic = intrinsic or slogan
    if _current_before(prefix) and not slogan and (not intrinsic or _PAST.search(prefix)):
        return None
    if not intrinsic and _titles_a_name(text, end):
        return None  # "Landesvorstandssprecher Merten Muster kündigte an": his title
    if not intrinsic and canonical in _HELD_BY_ONE and _town_adjective_before(prefix):
        return None  # "CSU schickt Riedenburger Bürgermeister ins Rennen": the one he holds
    after = text[end : end + 60]
    if _NEGATED.match(text, end, min(len(text), end + 60)):
        return None  # "Auf der Landesliste kandidiert sie nicht."
    if (
        not intrinsic
        and _AFTER_CURRENT.match(after)
        and not _FUTURE_AFTER.match(after)
        and not _STRONG.search(prefix)
    ):
        return None
    score = _sentence_strength(text)
    if not score and sentence.zone == TITLE and slogan_title(text):
        score = 3.0  # "Ingo Muster für Bürgermeister!": the campaign's own slogan
    if not score and sentence.zone == TITLE and "wahl" in text.lower():
        # an election in the title: "Bürgermeisterwahl Engelsberg – mein Angebot an Sie",
        # "KOMMUNALWAHL 13.09.2026 – GEMEINDERAT SÖHLDE" (the genre decides if it is a bid)
        score = 1.0
    if intrinsic:
        score += 2.0
    if re.match(r"^\s*[Aa]ls\s*$", prefix) and _FUTURE_AFTER.match(after):
        score += 1.0
    return _placed(sentence, score)


# A town's adjective right before an office: "der Riedenburger Bürgermeister".
_ADJECTIVE_BEFORE = re.compile(r"\b(?P<adj>[A-ZÄÖÜ][a-zäöüß-]+er)\s+$")


#: Offices one person holds, which a town's adjective turns into a description of the
#: incumbent (a council after one is the body: "in den Kieler Stadtrat").
_HELD_BY_ONE = frozenset(("Bürgermeister", "Oberbürgermeister", "Landrat"))
# What makes the office after the adjective a sought one: "das Amt des Riedenburger
# Bürgermeisters", "als Kieler Oberbürgermeisterin", "zur Wahl des …".
_SOUGHT_BEFORE_ADJECTIVE = re.compile(r"\b(?:Amt|Wahl|als|zu[mr]|für|werden)\b[^.!?]{0,12}$")


def _town_adjective_before(prefix: str) -> bool:
    """Whether the office follows a town's adjective ("Riedenburger", "Kieler"): the office of
    that town's incumbent, named as one describes a person ("Riedenburger Bürgermeister")."""
    match = _ADJECTIVE_BEFORE.search(prefix)
    if match is None or _SOUGHT_BEFORE_ADJECTIVE.search(prefix, 0, match.start()):
        return False
    return gazetteer.places_of_adjective(match["adj"]) is not None


_LIST_FOR_BEFORE = re.compile(
    r"\b(?:Liste|Wahlliste|Kandidat(?:inn)?enliste|Wahlvorschlag)\s+(?:für|zur|zum)\s+"
    r"(?:den|die|das)?\s*$"
)


def _placed(sentence: Sentence, score: float) -> float:
    """A mention's score for where it stands: an added bid ("Außerdem bewerbe ich mich …")
    weighs less, a title or a short first line more."""
    text = sentence.text
    if _ADDITIONAL.search(text):
        score -= ADDITIONAL_PENALTY
    if sentence.zone == TITLE:
        score += 2.5 if score > 0 else 0.0
    elif sentence.zone == HEAD and sentence.line < 4 and len(text) < 120:
        score += 1.5 if score > 0 else 0.0
    return score


def _resolve_level(
    doc: Doc, index: int, sentence: Sentence, start: int, parliament: bool = False
) -> str | None:
    """Level (bund/land/europa or a municipal office) for a DIREKT/LISTE mention: named near
    it, in the sentences around it, in the text, else the Bundestag when the constituency the
    text names is one of the Bundestag's (a Landtag election would have been named)."""
    text = sentence.text
    near = _level_in(text[max(0, start - 80) : start + 140], parliament)
    if near:
        return near
    window = [s.text for s in doc.sentences[max(0, index - 1) : index + 2] if s.zone != FOOTER]
    near = _level_in(" ".join(window), parliament)
    if near:
        return near
    body = [s.text for s in doc.sentences if s.zone != FOOTER]
    return _level_in(" ".join(body), parliament) or _bundestag_constituency(doc)


# "Wahlkreis 45", "WK 175", "Wahlkreis Gifhorn – Peine", "für Gifhorn – Peine"
_WK_NUMBER = re.compile(r"\b(?:Wahlkreis(?:es)?|WK)\s*(?:Nr\.\s*)?(\d{1,3})\b")
_WK_NAME = re.compile(
    r"\b(?:Wahlkreis(?:es)?|für|im)\s+((?:[A-ZÄÖÜ][\w.-]*)(?:\s*[–—-]\s*[A-ZÄÖÜ][\w.-]*|"
    r"\s+(?:[A-ZÄÖÜ][\w.-]*|I{1,3}|IV|an\s+der|am|im|in)){0,5})"
)


def _bundestag_constituency(doc: Doc) -> str | None:
    """``bund`` when the text names a Bundestag constituency by number and name, or by its
    official name: the level of a "Direktkandidat für Gifhorn – Peine" that names no election."""
    text = doc.title + "\n" + doc.text[:6000]
    if "Wahlkreis" not in text and "WK" not in text and "für" not in text:
        return None
    named = {
        wk.number
        for match in _WK_NAME.finditer(text)
        for words in _prefixes(match[1])
        if (wk := gazetteer.wahlkreis_by_name(words)) is not None
    }
    numbers = {int(match[1]) for match in _WK_NUMBER.finditer(text)}
    if named and (not numbers or named & numbers):
        return "bund"
    for number in numbers:
        wk = gazetteer.wahlkreis(number)
        if wk is not None and gazetteer.norm(wk.name.split()[0]) in gazetteer.norm(text):
            return "bund"
    return None


def _prefixes(words: str) -> list[str]:
    """ "Hochtaunus als Direktkandidat" -> the longest leading runs of words first."""
    parts = words.split()
    return [" ".join(parts[:n]) for n in range(len(parts), 0, -1)]


_CONSTITUENCY = re.compile(r"[Ww]ahlkreis(?!liste|vertreter|versammlung|konferenz)|\bWK\s*\d")
_LIST_WORDS = re.compile(r"Landesliste|Listenplatz|Platz\s+\d|Reserveliste|Bundesliste|Europaliste")


def _direct_or_list(doc: Doc) -> str:
    """A parliament candidacy is a direct one when a constituency is named, else a list one
    when a list place is named; a bare "für den Bundestag" counts as direct."""
    text = doc.text + " " + doc.title
    if _CONSTITUENCY.search(text):
        return DIREKT
    return LISTE if _LIST_WORDS.search(text) else DIREKT


def _sentence_mentions(doc: Doc) -> list[tuple[int, Sentence, int, int, _Row]]:
    """Office mentions as (sentence index, sentence, start, end, row): one scan of the title
    and one of the text per office row whose hints occur, instead of one per sentence."""
    found: list[tuple[int, Sentence, int, int, _Row]] = []
    if doc.title:
        title = doc.sentences[0]
        title_text = capital_lines(doc.title)
        found.extend((0, title, start, end, row) for start, end, row in mentions(title_text))
    for start, end, row in mentions(capital_lines(doc.text)):
        sentence = doc.sentence_at(start)
        if sentence is None or sentence.zone == FOOTER:
            continue
        offset = start - sentence.start
        found.append((sentence.index, sentence, offset, offset + end - start, row))
    return found


def _hamburg_constituency_list(doc: Doc, index: int, sentence: Sentence) -> bool:
    """A "Wahlkreisliste" for the Hamburg Bürgerschaft is a constituency candidacy.

    Hamburg elects 71 of its 121 members in 17 multi-member constituencies from the parties'
    Wahlkreislisten; the rest come from the Landeslisten. Of the canonical offices, Direktkandidat
    Landtag fits a Wahlkreisliste place best: it is tied to a constituency, not to the Land. In
    the Saarland and in Bavaria a Wahlkreisliste is a regional list (Landesliste Landtag), and
    their parliaments are called Landtag, so the Bürgerschaft decides.
    """
    if "Wahlkreisliste" not in sentence.text:  # the list place may be named apart ("Platz 1")
        return False
    window = " ".join(s.text for s in doc.sentences[max(0, index - 1) : index + 2])
    return "Bürgerschaft" in window or "Bürgerschaft" in doc.title


# The sentence after an election named answers it in the first person: declined ("Dafür
# bewerbe ich mich nicht") or taken up ("Ich bewerbe mich um einen dieser Plätze", "Dafür
# kandidiere ich").
_DECLINES_NEXT = re.compile(
    r"^(?:Dafür|Darum|Hierfür|Da)\s+(?:bewerbe|kandidiere|melde)\s+ich\s+(?:mich\s+)?"
    r"(?:\w+\s+)?(?:nicht|nie)\b|"
    # an interview's answer: "Das höre ich auch. Aber nein: Ich kandidiere nicht."
    r"(?:^|:\s*)Ich\s+(?:kandidiere|bewerbe\s+mich|trete)\s+(?:\w+\s+)?(?:nicht|nie)\b"
)
_BIDS_NEXT = re.compile(
    r"^(?:Dafür|Darum|Hierfür)\s+(?:bewerbe|kandidiere)\s+ich\b(?![^.!?]{0,20}\bnicht\b)|"
    r"^Ich\s+(?:bewerbe\s+mich|kandidiere)\s+(?:um|für)\s+(?:einen|eine|eines)\s+dieser\b|"
    # the office just named, by reference: "… wählen Sie eine neue Bürgermeisterin. Ich bewerbe
    # mich um dieses Amt." ("um das Amt des Bürgermeisters" names its own)
    r"^Ich\s+(?:bewerbe\s+mich|kandidiere)\s+(?:\w+\s+)?(?:um|für)\s+(?:dieses|das)\s+"
    r"(?:Amt|Mandat)\b(?!\s+(?:des|der)\b)"
)


def _answered(doc: Doc, sentence: Sentence) -> str | None:
    """How the next sentences answer an office named in ``sentence``: "declined", "bid" or
    ``None`` (a bid must follow at once; a refusal may come one sentence later)."""
    if sentence.start < 0:
        return None
    sentences = doc.sentences
    following = [s.text for s in sentences[sentence.index + 1 : sentence.index + 3]]
    if following and _BIDS_NEXT.match(following[0]):
        return "bid"
    if any(_DECLINES_NEXT.search(text) for text in following):
        return "declined"
    return None


def find_office(doc: Doc, hint: str = "") -> OfficeHit | None:
    """The best-supported sought office, or ``None`` when no mention carries a candidacy cue.
    ``hint`` (a file name such as "ltw22-kandidaten.md") may name the election's level."""
    found = find_offices(doc, hint)
    return found[0] if found else None


def find_offices(doc: Doc, hint: str = "") -> list[OfficeHit]:
    """Every mention with a candidacy cue as a sought office, best first (each sentence's
    mention counted once per office)."""
    hits: list[OfficeHit] = []
    for index, sentence, start, end, row in _sentence_mentions(doc):
        score = _mention_score(sentence, start, end, row.canonical)
        if score is None or score <= 0:
            continue
        answer = _answered(doc, sentence)
        if answer == "declined":
            continue  # "… werden auch die Delegierten zum Bundesparteitag gewählt. Dafür bewerbe
            # ich mich nicht."
        if answer == "bid":
            score = max(score, 3.0)  # "… zum Landesparteitag gewählt. Ich bewerbe mich um einen
            # dieser Delegiertenplätze."
        canonical, scope = row.canonical, row.scope
        if canonical == PARLAMENT:
            canonical = _direct_or_list(doc)
        if canonical == LISTE and _hamburg_constituency_list(doc, index, sentence):
            canonical = DIREKT
        if canonical in (DIREKT, LISTE):
            parliament = canonical == DIREKT or _parliament_list(sentence.text, start, end)
            level = _resolve_level(doc, index, sentence, start, parliament) or _level_in(
                hint, parliament
            )
            resolved = _LEVEL_OFFICE.get((canonical, level or "")) or (
                level if canonical == LISTE and level else None
            )
            if resolved is None:
                continue
            canonical = resolved
            scope = scope_of(canonical) or scope
        hits.append(OfficeHit(canonical, scope, score, sentence, start, end, row.pattern))
    hits.sort(key=lambda hit: -hit.score)  # stable: the earlier of equal scores first
    return _refined(hits)


# A list of a parliament's election, in the mention or right after it ("Platz 7 der Landesliste").
_PARLIAMENT_LIST = re.compile(r"(?:Landes|Bundes)listen?\b")
_PARLIAMENT_LIST_AFTER = re.compile(r"\s+(?:der|auf\s+der|unserer)\s+(?:Landes|Bundes)liste\b")


def _parliament_list(text: str, start: int, end: int) -> bool:
    """Does a list mention name a parliament's list (a Landesliste is never a council's)?"""
    return (
        _PARLIAMENT_LIST.match(text, start, end) is not None
        or _PARLIAMENT_LIST_AFTER.match(text, end) is not None
    )


# A board and the posts on it: "Kandidierende für den Landesvorstand" and, in the lead, "für das
# Amt des stellvertretenden Landesvorsitzenden" name one candidacy, the post more precisely.
_BOARD_POSTS = {
    "Landesvorstand": ("Landesvorsitzender", "stellv. Landesvorsitzender", "Landesschatzmeister"),
    "Kreisvorstand": ("Kreisvorsitzender", "stellv. Kreisvorsitzender"),
    "Bundesvorstand": ("Bundesvorsitzender", "stellv. Bundesvorsitzender"),
}


def _refined(hits: list[OfficeHit]) -> list[OfficeHit]:
    """A post on the board the best hit names, sought with a cue too, takes its place."""
    if not hits or hits[0].canonical not in _BOARD_POSTS:
        return hits
    posts = _BOARD_POSTS[hits[0].canonical]
    post = next((hit for hit in hits[1:] if hit.canonical in posts and hit.score >= 2), None)
    if post is None:
        return hits
    best = OfficeHit(
        post.canonical, post.scope, hits[0].score, post.sentence, post.start, post.end, post.pattern
    )
    return [best, *hits]


# Offices named without their level ("zum stellvertretenden Vorsitzenden", "in den Vorstand",
# "Abteilungsvorsitzender", "für die Rostocker Bürgerschaft"): the level comes from the party
# unit and assembly words of the document (LPT, Landesmitgliederversammlung, Kreisverband …).
_BARE = re.compile(
    r"(?P<deputy>[Ss]tellv(?:\.|ertretende[rnms]?)\s*|[Vv]ize-?\s*|[Ss]tv\.\s*)?"
    r"(?P<word>Vorsitz\w*|Vorsitzende[rn]?|Sprecher(?:in|innen)?\b|Vorstand\w*|"
    r"(?:Abteilungs|Ortsvereins|Ortsverbands)vorsitz\w*|"
    r"(?P<city>[A-ZÄÖÜ]\w+er)\s+Bürgerschaft|Bürgermeisteramt\w*)"
)
#: Score of a level-less office named in a title bid (a title bid with the level scores more).
BARE_TITLE_SCORE = 5.0
_BARE_HINTS = ("orsitz", "orstand", "precher", "ürgerschaft", "ürgermeisteramt")
# Unit and assembly words per party level. No leading "\b": a pattern that starts with its
# literals lets the regex engine skip to candidate positions (four times faster on a 10 KB
# text); the word boundary before a match is checked by :func:`_words_at_start`.
_LEVEL_UNITS = {
    "land": re.compile(rf"(?:{LAND_ASSEMBLY}|Landesverband\w*|Landesvorstand\w*)"),
    "kreis": re.compile(
        r"(?:KPT|KMV|Kreis(?:partei|mitglieder|delegierten)\w*|Kreisverband\w*|Kreisvorstand\w*|"
        r"Unterbezirk\w*)"
    ),
    # an SPD "Distrikt" (Hamburg), a Green "Basisgruppe", a JU "Gemeindeverband": local units
    "ort": re.compile(
        r"(?:OMV|Ortsverein\w*|Ortsverband\w*|Abteilung\w*|Ortsgruppe\w*|Distrikt\w*|"
        r"Basisgruppe\w*|Gemeindeverband\w*|Stadtteilgruppe\w*)"
    ),
}


def _words_at_start(pattern: re.Pattern[str], text: str) -> int:
    """How many matches of ``pattern`` in ``text`` begin a word (as a leading ``\b`` would)."""
    count = 0
    for match in pattern.finditer(text):
        start = match.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            count += 1
    return count
_BARE_OFFICE = {
    ("land", False, "vorsitz"): "Landesvorsitzender",
    ("land", True, "vorsitz"): "stellv. Landesvorsitzender",
    ("land", False, "vorstand"): "Landesvorstand",
    ("land", True, "vorstand"): "Landesvorstand",
    ("kreis", False, "vorsitz"): "Kreisvorsitzender",
    ("kreis", True, "vorsitz"): "stellv. Kreisvorsitzender",
    ("kreis", False, "vorstand"): "Kreisvorstand",
    ("kreis", True, "vorstand"): "Kreisvorstand",
    ("ort", False, "vorsitz"): "Ortsvorsitzender",
    ("ort", True, "vorsitz"): "Ortsvorsitzender",
}
# "möchte ich … Verantwortung als Abteilungsvorsitzender übernehmen"
_WANT = re.compile(r"\b(?:möchte|will)\s+ich\b[^.!?]{0,100}\b(?:übernehmen|werden|antreten)\b")
_STATE_CITIES = ("Hamburger", "Bremer", "Bremische", "Bremischen")
_DEPUTY_WORD = re.compile(r"^Stellvertret|^stellv", re.IGNORECASE)


def _unit_level(doc: Doc) -> str | None:
    """The party level the document's unit and assembly words name most (title counts 3x)."""
    counts: Counter[str] = Counter()
    for level, pattern in _LEVEL_UNITS.items():
        title, text = _words_at_start(pattern, doc.title), _words_at_start(pattern, doc.text)
        counts[level] += 3 * title + text
    if not counts or counts.most_common(1)[0][1] == 0:
        return None
    return counts.most_common(1)[0][0]


def _bare_canonical(match: re.Match[str], level: str | None) -> str | None:
    word = match["word"]
    if match["city"]:
        return None if match["city"] in _STATE_CITIES else "Stadtrat"
    if word.startswith("Bürgermeister"):
        return "Bürgermeister"
    if word.startswith(("Abteilungs", "Ortsvereins", "Ortsverbands")):
        return "Ortsvorsitzender"
    kind = "vorstand" if word.startswith("Vorstand") else "vorsitz"
    if level is None:
        return None
    return _BARE_OFFICE.get((level, match["deputy"] is not None, kind))


def find_bare_office(doc: Doc) -> OfficeHit | None:
    """A sought office named without its level, for a text already known to be a candidacy:
    in the title, else in the first sentence with a candidacy cue that names one (computed
    once per document: the genre asks first, the sought office again)."""
    if "bare-office" not in doc.memo:
        doc.memo["bare-office"] = _find_bare_office(doc)
    found = doc.memo["bare-office"]
    return found if isinstance(found, OfficeHit) else None


def _find_bare_office(doc: Doc) -> OfficeHit | None:
    level: str | None | bool = False  # counted on the first mention that needs it
    for sentence in doc.sentences:
        if sentence.zone == FOOTER or not any(h in sentence.text for h in _BARE_HINTS):
            continue
        is_title = sentence.zone == TITLE
        lowered = sentence.text.lower()
        cue = "bewerbung" in lowered or "kandidat" in lowered or _WANT.search(sentence.text)
        if not cue and _sentence_strength(sentence.text) < ELECTED_STRENGTH:
            continue
        for match in _BARE.finditer(sentence.text):
            prefix = _clause_prefix(sentence.text, match.start())
            if not is_title and _current_before(prefix):
                continue
            if level is False:
                level = _unit_level(doc)
            canonical = _bare_canonical(match, level if isinstance(level, str) else None)
            if canonical is None:
                continue
            score = BARE_TITLE_SCORE if is_title else 3.0
            scope = scope_of(canonical) or ""
            return OfficeHit(canonical, scope, score, sentence, match.start(), match.end())
    return None


def confidence(hit: OfficeHit) -> float:
    """How sure a sought office is, from its score: a weak hint (1) stays under the facet
    threshold, a candidacy cue (3) passes it, a cue in the title (5.5) is near certain."""
    return round(1.0 - math.pow(0.75, hit.score), 3)
