"""Plural forms the Snowball stemmer leaves apart, folded to their singular before stemming.

Snowball's German stemmer cuts regular endings (-e, -en, -er, -s after a few consonants) and,
on folded text, already joins umlaut plurals ("Mütter" -> mutt = "Mutter", "Städte" -> stadt).
What it cannot know are the plurals that change the word's end:

* foreign plurals: Ministerium/Ministerien, Museum/Museen, Zentrum/Zentren, Virus/Viren,
  Mechanismus/Mechanismen, Thema/Themen, Firma/Firmen, Pizza/Pizzen;
* -s plurals after a vowel: Auto/Autos, Kita/Kitas, Handy/Handys (Snowball keeps that -s).

Each rule below rewrites a word's ending and is applied only when the result is a known German
word (the compound splitter's word list from wordfreq, :mod:`indexer.analysis.vocabulary`) and
the supposed plural is not much more frequent than its singular: "Daten" is far more frequent
than "Datum", "kommen" than "Komma", "Paris" than "pari", so they are other words and stay as
they are. The rules are narrow on purpose (endings, not whole classes): every rule was run over
the whole word list and its folds read; the few words that pass the guards and are still other
words are listed in :data:`NOT_PLURALS`.

Why rules and not a lemma list: the well-kept German lemma lists (Wiktionary-derived ones in
simplemma or spaCy's lookups) are share-alike or of unclear licence, map whole paradigms
(verbs, adjectives) that Snowball already handles, and would change far more terms than the
few plural classes the stemmer misses; their size would also slow every first search. The
rules are small, fast and testable word by word (``tests/unit/test_word_forms.py``).

False friends that Snowball joins are parted here too (:data:`OWN_STEMS`): "Güter" stems to
gut, so "gut" would find every "Güterverkehr".

The same function serves indexing and querying (through the stem filter), so any change here
must bump ``indexer.schema.SCHEMA_VERSION``.
"""

from __future__ import annotations

from functools import lru_cache

#: A plural may be at most this much (Zipf units) more frequent than its singular.
PLURAL_MARGIN = 0.5
#: Shortest singular a rule may produce ("Abo", "Uni", "Kino").
MIN_SINGULAR = 3

#: (plural ending, singular ending), longest first; each guarded by the word list.
ENDINGS: tuple[tuple[str, str], ...] = (
    ("ismen", "ismus"),  # Mechanismen, Organismen, Algorithmen (via "hmen")
    ("zzien", "zzia"),  # Razzien
    ("tren", "trum"),  # Zentren, Spektren
    ("hmen", "hmus"),  # Rhythmen, Algorithmen
    ("iren", "irus"),  # Viren
    ("klen", "klus"),  # Zyklen
    ("ien", "ium"),  # Ministerien, Gremien, Kriterien, Stipendien
    ("een", "eum"),  # Museen, Jubiläen
    ("uen", "uum"),  # Individuen
    ("men", "ma"),  # Themen, Dramen, Dogmen, Firmen, Schemen
    ("zzen", "zza"),  # Pizzen
    ("lben", "lbum"),  # Alben
)

#: Every plural ending of :data:`ENDINGS`: one C-level test before the rules are looked at.
_PLURAL_ENDINGS: tuple[str, ...] = tuple(plural for plural, _ in ENDINGS)

#: Vowels after which an -s plural is not cut by Snowball (Autos, Kitas, Unis, Handys).
S_PLURAL_VOWELS = frozenset("aiouy")

#: Words that pass a rule's guards but are not plurals of the rule's singular.
NOT_PLURALS: frozenset[str] = frozenset(
    """
    etwas jesus pros gros blas judas amos anis lagos hellas dumas carlos lucas nicolas
    medien studien radien omen almen palmen helmen ramen formen normen amen grimmen maximen
    kairos primas malus manus polis vitalis omnis libris heros
    """.split()
)

#: Forms whose Snowball stem would meet an unrelated frequent word: indexed as themselves.
OWN_STEMS: dict[str, str] = {
    "gueter": "gueter",  # Güter(verkehr) is not "gut"
    "guetern": "gueter",
}


def singular(word: str, vocabulary: dict[str, float]) -> str:
    """The singular of a folded plural the stemmer would miss, else ``word`` itself.

    >>> singular("ministerien", {"ministerium": 4.2, "ministerien": 3.7})
    'ministerium'
    """
    if word in NOT_PLURALS or len(word) < MIN_SINGULAR + 1:
        return word
    if word.endswith(_PLURAL_ENDINGS):  # most words: one test instead of one per rule
        return _foreign_singular(word, vocabulary)
    if word[-1] == "s" and word[-2] in S_PLURAL_VOWELS and word[-3] not in "aeiouy":
        candidate = word[:-1]
        if _known_singular(word, candidate, vocabulary):
            return candidate
    return word


def _foreign_singular(word: str, vocabulary: dict[str, float]) -> str:
    """The singular of a word with one of the :data:`ENDINGS` (the first that fits)."""
    for plural, single in ENDINGS:
        if word.endswith(plural):
            candidate = word[: -len(plural)] + single
            if plural == "ien" and word[:-1] in vocabulary:
                return word  # Studien, Linien: plurals of "Studie", "Linie"
            if _known_singular(word, candidate, vocabulary):
                return candidate
            return word
    return word


def _known_singular(word: str, candidate: str, vocabulary: dict[str, float]) -> bool:
    if len(candidate) < MIN_SINGULAR:
        return False
    single = vocabulary.get(candidate)
    if single is None:
        return False
    return vocabulary.get(word, 0.0) <= single + PLURAL_MARGIN


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, float]:
    from indexer.analysis.compounds import _vocabulary as words

    return words()


def lemma(word: str) -> str:
    """The singular of a folded word where the stemmer needs it (uses the cached word list)."""
    if not word.isalpha() or len(word) < MIN_SINGULAR + 1:
        return word
    return singular(word, _vocabulary())
