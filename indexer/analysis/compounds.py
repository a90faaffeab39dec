"""German compound splitting for indexing.

"Mindestlohnerhöhung" is indexed whole and also as mindestlohn, mindest, lohn and erhöhung,
so a search for "Lohn" or "Mindestlohn erhöhen" finds it. Splitting happens only at index time:
a query for the whole compound still prefers documents that use that very word, because the
parts are indexed with a lower boost.

Word source: the German frequency list of the ``wordfreq`` package (code Apache-2.0, word lists
CC-BY-SA 4.0), loaded lazily when the first word is split and kept in a per-user cache file
(:mod:`indexer.analysis.vocabulary`). Nothing derived from it is copied into this repository
or its package, only the small hand-written tables below.

Method, after Koehn & Knight (2003) with German-specific guards:

* a part must be a known word (Zipf frequency >= :data:`HEAD_ZIPF` for heads, a little lower
  for modifiers), at least four letters long unless it is one of a few short nouns
  (:data:`SHORT_PARTS`, "Gas", "Amt", "Rat"...);
* linking elements (Fugen: -s-, -es-, -n-, -en-, -e-, -ens-; plural modifiers such as "Kinder"
  are words in their own right) and an elided -e/-en
  (Schul|buch from Schule, Impf|pflicht from impfen) are understood;
* function words and derivational suffixes are never parts, which is what keeps "insgesamt",
  "Vorsitzender", "Beitrag", "Ausschuss" or "Wirtschaft" whole;
* among possible splits the one whose parts are most frequent (geometric mean) wins, with a
  penalty per extra part; the split is applied recursively, and every node of the resulting tree
  is emitted (bundestariftreuegesetz -> bund, tariftreue, tarif, treue, gesetz...).

Precision and recall on the test table are printed by ``bench/compounds.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from whoosh.analysis import Token

from indexer.analysis.filters import _Comparable, fold

#: Minimum Zipf frequency (log10 per billion words) of a head (right part).
HEAD_ZIPF = 3.0
#: Minimum Zipf frequency of a modifier (left part); modifiers are often rarer bound forms.
MODIFIER_ZIPF = 2.5
#: Shortest word we try to split, and the shortest part.
MIN_WORD = 7
MIN_PART = 4
#: A part that is itself a compound (not a known word) costs this much (in Zipf units).
PART_PENALTY = 0.75
#: Cutting a linking element costs a little: "Mehrwert|steuer" beats "Mehrwerts|teuer".
LINK_PENALTY = 0.2
#: A part that is a known word earns a little: "Bundestag|s|abgeordnete", not "Bund|es|tags...".
NODE_BONUS = 0.1
#: A known word is split further only if its parts are nearly as frequent as the word itself
#: (Koehn & Knight's criterion, loosened so that "Mindestlohn" still yields "Lohn").
LEXICALISED_MARGIN = 0.6

#: Short nouns that are common compound parts ("Gaspreis", "Bundesrat", "Bürgeramt").
SHORT_PARTS: frozenset[str] = frozenset(
    fold(w)
    for w in (
        "amt", "bad", "bau", "bus", "ehe", "eis", "gas", "hof", "kur", "lkw", "pkw", "mut",
        "ort", "ost", "rat", "rad", "see", "tag", "tal", "tat", "tee", "tod", "tor", "weg", "wut",
        "zug", "zoll", "öl", "eu", "kita", "heim", "arzt", "bahn", "kind", "land", "geld",
    )
)  # fmt: skip

#: Fugen elements that may sit between modifier and head, longest first.
LINKS: tuple[str, ...] = ("ens", "es", "en", "s", "n", "e")

#: Never a part: function words, prefixes and derivational suffixes that happen to be words.
NEVER_PARTS: frozenset[str] = frozenset(
    fold(w)
    for w in """
    ab abs aber als also am an ans auch auf aus außer bei beim bis da dabei dadurch dafür dagegen
    daher damit danach daneben dann dar daran darauf daraus darin darum darunter das dass dem den
    denn der des dessen deren die dies diese diesem diesen dieser dieses doch dort durch ein eine
    einem einen einer eines einander ent er es etwa euer für gegen gar ge her herab heran heraus
    herein herum herunter hervor hier hin hinaus hinein hinter hinüber ich ihm ihn ihr ihre im in
    ins irgend je jede jedem jeden jeder jedes jener jetzt kein keine mal man mehr mein meist mit
    mittel nach neben nicht noch nun nur ob oben oder ohne ohnehin sehr sein seit selbst sich sie
    so solch soll sondern statt um ums und uns unser unten unter vom von vor voran voraus vorbei
    vorher vorne während wann war was weder weil weit weiter welch wenn wer wie wieder wir wo
    wohl zu zum zur zurück zusammen zwar zwischen über viel viele vielen aller alle allen alles
    allerdings dings gleich gleichen selbstverständlich insgesamt insg gesamt ander andere anderen
    schaft schaften heit heiten keit keiten ung ungen lich liche lichen ling linge nis nisse
    tum tümer chen lein isch ische haft sam bar weise los lose ieren ierung tion tionen ismus
    ität nahme nahmen losen ende ender enden ernde erin erinnen ins innen rung lung sung tung
    nung ation ationen
    """.split()
)

#: Lexicalised words that look like compounds but must stay whole (a query for "Land" should
#: not find every speech mentioning Deutschland).
NOT_COMPOUNDS: frozenset[str] = frozenset(
    fold(w)
    for w in """
    deutschland russland ausland inland finnland griechenland england irland island holland
    estland lettland thailand neuseeland grönland rheinland saarland festland abendland
    vaterland heimatland insgesamt richtlinie richtlinien
    brandenburg hamburg augsburg magdeburg luxemburg mecklenburg
    württemberg nürnberg heidelberg königsberg wittenberg erlangen tübingen göttingen
    notwendig notwendige notwendigen notwendigkeit vielleicht allerdings mittlerweile
    letztendlich beispielsweise gleichzeitig jedenfalls haushalt haushalte haushalts
    handlung handlungen verhandlung verhandlungen verbraucher verbraucherin verbraucherinnen
    krankenhaus krankenhäuser krankenhauses
    """.split()
)


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, float]:
    """Folded German word -> Zipf frequency, from wordfreq (only words above MODIFIER_ZIPF)."""
    from indexer.analysis import vocabulary  # imported lazily: most commands never split

    # not through fold's cache: these words would crowd it out
    return vocabulary.load(MODIFIER_ZIPF, fold.__wrapped__)


def _zipf(word: str, minimum: float) -> float | None:
    """The word's Zipf frequency if it may be a part, else None."""
    if word in NEVER_PARTS:
        return None
    if len(word) < MIN_PART and word not in SHORT_PARTS:
        return None
    z = _vocabulary().get(word)
    if z is None or z < minimum:
        return None
    return z


#: A decomposition: (score, parts). Parts are the tree's nodes, outermost first.
_Split = tuple[float, tuple[str, ...]]


def _modifiers(raw: str) -> tuple[tuple[str, bool], ...]:
    """Dictionary forms a modifier written ``raw`` may stand for, and whether a link was cut."""
    if raw in NEVER_PARTS or len(raw) < MIN_PART:
        return ((raw, False),)
    forms = [(raw, False)]
    for link in LINKS:
        if raw.endswith(link) and len(raw) - len(link) >= 3:
            forms.append((raw[: -len(link)], True))
    if raw[-1] not in "aeiouy":
        forms.append((raw + "e", True))
        if not raw.endswith(("er", "el", "en")):
            forms.append((raw + "en", True))
    return tuple(forms)


@lru_cache(maxsize=200_000)
def _unit(word: str, head: bool) -> _Split | None:
    """Score and parts of ``word`` as one part of a compound: a known word or a compound."""
    z = _zipf(word, HEAD_ZIPF if head else MODIFIER_ZIPF)
    inner = _best_split(word) if word not in NEVER_PARTS else None
    if z is None:
        if inner is None:
            return None
        return inner[0] - PART_PENALTY, (word, *inner[1])
    if inner is not None and inner[0] >= z - LEXICALISED_MARGIN:
        return z + NODE_BONUS, (word, *inner[1])
    return z + NODE_BONUS, (word,)


@lru_cache(maxsize=200_000)
def _best_split(word: str) -> _Split | None:
    """Best split of a folded lowercase word into modifier + head, recursively; None if none.

    The score is the length-weighted mean frequency of modifier and head (short frequent
    words like "eng" or "haus" should not win over long ones), minus a small cost for a cut
    linking element.
    """
    n = len(word)
    if n < MIN_WORD or word in NOT_COMPOUNDS:
        return None
    best: _Split | None = None
    best_score = 0.0
    vocab = _vocabulary()
    unit = _unit
    for i in range(3, n - 2):
        # Heads are known words (German compounds are right-headed); only modifiers may be
        # compounds themselves. This keeps the work per new word small: a few dictionary
        # lookups per split point, recursion only on the prefixes in front of a known head.
        tail = word[i:]
        if tail not in vocab:
            continue
        head = unit(tail, True)
        if head is None:
            continue
        head_part = head[0] * (n - i)
        for mod_form, linked in _modifiers(word[:i]):
            mod = unit(mod_form, False)
            if mod is None:
                continue
            score = (mod[0] * i + head_part) / n - (LINK_PENALTY if linked else 0.0)
            if best is None or score > best_score:
                best_score = score
                best = (score, mod[1] + head[1])
    return best


@lru_cache(maxsize=100_000)
def _split_cached(word: str) -> tuple[str, ...]:
    return tuple(split_compound(word))


def split_compound(word: str) -> list[str]:
    """Parts of a compound (folded, lowercase), outermost first; [] for a simple word.

    >>> split_compound("mindestlohnerhoehung")
    ['mindestlohn', 'mindest', 'lohn', 'erhoehung']
    """
    word = fold(word)
    if not word.isalpha():
        return []
    found = _best_split(word)
    if found is None:
        return []
    parts: list[str] = []
    for part in found[1]:
        if part != word and part not in parts:
            parts.append(part)
    return parts


class CompoundFilter(_Comparable):
    """Index-time: after each compound, yield its parts at the same position with ``boost``.

    Expects folded lowercase tokens (after :class:`GermanFoldFilter`). In query mode it passes
    tokens through unchanged. Hyphen-joined wholes from the tokenizer are not split again (their
    parts are already in the stream).
    """

    def __init__(self, boost: float = 0.5) -> None:
        self.boost = boost

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        part_boost = self.boost
        for t in tokens:
            if t.mode != "index" or getattr(t, "joined", False) or t.stopped:
                yield t
                continue
            text = t.text
            parts = _split_cached(text) if len(text) >= MIN_WORD else ()
            yield t
            if parts:
                boost = t.boost
                variant = getattr(t, "variant", False)
                t.variant = True
                t.boost = boost * part_boost
                for part in parts:
                    t.text = part
                    yield t
                t.boost = boost
                t.variant = variant
