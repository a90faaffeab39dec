"""The user's query language, turned into a Whoosh query.

Interface used by :mod:`indexer.search` (keep it stable): :func:`parse_query` returns a
:class:`ParsedQuery`, and :func:`weighting` the ranking model. Parsing never raises on user
input; what it could not understand becomes a ``notice`` for the user.

The language (German and English operator names; operators only in capitals, since "und",
"oder", "nicht" are ordinary words in a German sentence)::

    Mindestlohn erhöhen          plain words: documents with more of the words rank higher
    "Nationale Sicherheitsstrategie"   exact phrase („…“ and »…« work too)
    -AfD   NICHT AfD             exclude
    Rente ODER Pension           either (also OR, |)
    Rente UND Pflege             both, strictly (also AND, &)
    Klima*                       prefix
    person:"Sören Pellmann"  partei:SPD  amt:Landesvorsitzender  region:Sachsen
    datum:2024  datum:2024-09  datum:2021..2023  jahr:2024  titel:Haushalt

Plain words are searched stemmed in ``title`` and ``text`` and unstemmed in ``person_text``.
A word that occurs nowhere in the index is tried as a compound of indexed words, then with
typo tolerance (edit distance 1 from 5 letters, 2 from 9), and a "Meinten Sie …" suggestion is
built from the unstemmed ``exact`` field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from whoosh.query import (
    And,
    AndMaybe,
    ConstantScoreQuery,
    Every,
    NullQuery,
    NumericRange,
    Or,
    Phrase,
    Prefix,
    Query,
    Term,
)
from whoosh.query import Not as NotQuery
from whoosh.searching import Searcher

from indexer.analysis import exact_analyzer, fold, german_analyzer, split_compound
from indexer.analysis.compounds import LINKS
from indexer.engine.ranking import (
    COMMON_RATIO,
    COMMON_SHARE,
    COMPOUND_TIER,
    COVERAGE_BONUS,
    NEAR_WEIGHT,
    NEAR_WINDOW,
    PERSON_WEIGHT,
    PHRASE_CONTEXT_WEIGHT,
    TITLE_WEIGHT,
    Coverage,
    Near,
)

#: Longest query we look at; the rest is cut with a notice.
MAX_QUERY_CHARS = 1000
#: Most words, phrases and operators we turn into a query; more only slow the search down.
MAX_CLAUSES = 64
#: Deepest nesting of parentheses we follow.
MAX_DEPTH = 8

#: German field names users may type, mapped to schema fields.
FIELD_ALIASES: dict[str, str] = {
    "person": "person_text",
    "name": "person_text",
    "partei": "party",
    "party": "party",
    "fraktion": "party",
    "amt": "office",
    "office": "office",
    "rolle": "office",
    "region": "region",
    "ort": "region",
    "bundesland": "bundesland",
    "land": "bundesland",
    "typ": "doc_type",
    "type": "doc_type",
    "titel": "title",
    "title": "title",
    "datum": "date",
    "date": "date",
    "jahr": "year",
    "year": "year",
}

#: Fields holding exact, comma-separated values (matched against the index's own values).
_FACET_FIELDS = ("person", "office", "region", "bundesland", "party", "doc_type")

@dataclass
class ParsedQuery:
    """A parsed query plus what the UI needs around it."""

    query: Query
    #: Folded words the user typed (for highlighting in the exact field).
    terms: list[str] = field(default_factory=list)
    #: "Meinten Sie ..." suggestion, or None.
    suggestion: str | None = None
    #: A message about parts of the query that were ignored or repaired.
    notice: str | None = None


class Vocabulary:
    """The words and facet values the parser may consult: here all of the index's.

    Compound splitting, typo tolerance, "Meinten Sie …" and the ``Kein Dokument hat …`` notice
    all ask the index which words exist. A search made for the public must not learn that
    from documents only members may see; :mod:`indexer.search.access` passes a subclass that
    answers from the visible documents only.
    """

    def __init__(self, reader: Any) -> None:
        self.reader = reader

    def has(self, fieldname: str, text: str) -> bool:
        try:
            return (fieldname, text) in self.reader
        except Exception:  # noqa: BLE001 - a field missing from an old index
            return False

    def doc_frequency(self, fieldname: str, text: str) -> int:
        try:
            return int(self.reader.doc_frequency(fieldname, text))
        except Exception:  # noqa: BLE001 - a field missing from an old index
            return 0

    def doc_count(self) -> int:
        """How many documents the words are counted in."""
        try:
            return int(self.reader.doc_count())
        except Exception:  # noqa: BLE001 - a reader without live documents
            return 0

    def terms_within(self, fieldname: str, text: str, maxdist: int) -> set[str]:
        """Indexed words within ``maxdist`` edits sharing the first letter."""
        return set(self.reader.terms_within(fieldname, text, maxdist, prefix=1))

    def values(self, fieldname: str) -> list[str]:
        """Every value of a facet field."""
        return [
            v if isinstance(v, str) else v.decode("utf-8")
            for v in self.reader.lexicon(fieldname)
        ]


# --- lexing ------------------------------------------------------------------------------------

_QUOTES = str.maketrans({c: '"' for c in "„“”«»‟″〝〞＂"})
_OPERATORS = {
    "ODER": "or", "OR": "or", "|": "or", "||": "or",
    "UND": "and", "AND": "and", "&": "and", "&&": "and",
    "NICHT": "not", "NOT": "not",
}  # fmt: skip
_LEX = re.compile(
    r"""
    (?P<ws>\s+)
    | (?P<phrase>"[^"]*"?)
    | (?P<lp>\()
    | (?P<rp>\))
    | (?P<field>[^\W\d_]+):(?P<value>"[^"]*"?|[^\s()"]+)
    | (?P<word>[^\s()"]+)
    """,
    re.VERBOSE,
)


@dataclass
class _Tok:
    kind: str  # word, phrase, field, lp, rp, or, and, not
    text: str
    field: str = ""


def _lex(text: str, notices: list[str]) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _LEX.finditer(text):
        raw = m.group()
        if m.group("ws") is not None:
            continue
        if m.group("field") is not None:
            name = m.group("field").lower()
            if name in FIELD_ALIASES:
                toks.append(_Tok("field", m.group("value"), FIELD_ALIASES[name]))
                if m.group("value").startswith('"') and (
                    len(m.group("value")) == 1 or not m.group("value").endswith('"')
                ):
                    notices.append("Ein Anführungszeichen war nicht geschlossen.")
            else:  # "Bürger:innen", "19:30" and the like are words
                toks.append(_Tok("word", raw))
        elif m.group("phrase") is not None:
            if len(raw) == 1 or not raw.endswith('"'):
                notices.append("Ein Anführungszeichen war nicht geschlossen.")
            toks.append(_Tok("phrase", raw.strip('"')))
        elif m.group("lp") is not None:
            toks.append(_Tok("lp", raw))
        elif m.group("rp") is not None:
            toks.append(_Tok("rp", raw))
        elif raw in _OPERATORS:
            toks.append(_Tok(_OPERATORS[raw], raw))
        elif raw.endswith(":") and raw[:-1].lower() in FIELD_ALIASES:
            notices.append(f"Das Feld {raw} hatte keinen Wert und wurde ignoriert.")
        else:
            toks.append(_Tok("word", raw))
    return toks


# --- parsing -----------------------------------------------------------------------------------

#: A compound's parts are looked for only where the compound itself is in fewer documents
#: than this. Measured on the Bundestag dev queries (bench/relevance.py): for compounds that
#: are common anyway, the part matches pushed relevant speeches out of the top 100 (Recall@100
#: 0.774 -> 0.754) and tripled the median latency (10 -> 30 ms), for +0.003 nDCG@10; where a
#: compound is rare, its parts are where the recall is.
PARTS_ONLY_BELOW = 20


class _Parser:
    """Recursive descent over the tokens; builds Whoosh queries directly."""

    def __init__(self, toks: list[_Tok], builder: _Builder) -> None:
        self.toks = toks
        self.i = 0
        self.b = builder
        self.depth = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def parse(self) -> Query | None:
        q = self.parse_or()
        while self.peek() is not None:  # stray ")" at top level
            self.b.notice("Eine schließende Klammer ohne öffnende wurde ignoriert.")
            self.i += 1
            more = self.parse_or()
            q = _and([x for x in (q, more) if x is not None])
        return q

    def parse_or(self) -> Query | None:
        branches = [self.parse_and()]
        while (tok := self.peek()) is not None and tok.kind == "or":
            self.i += 1
            branches.append(self.parse_and())
        present = [q for q in branches if q is not None]
        if len(branches) > 1 and len(present) < len(branches):
            self.b.notice("Ein ODER ohne Suchbegriff auf einer Seite wurde ignoriert.")
        if not present:
            return None
        return present[0] if len(present) == 1 else Or(present)

    def parse_and(self) -> Query | None:
        words: list[Query] = []
        hard: list[Query] = []
        negated: list[Query] = []
        strict = False
        while (tok := self.peek()) is not None and tok.kind not in ("or", "rp"):
            if tok.kind == "and":
                self.i += 1
                strict = True
                continue
            negate = False
            if tok.kind == "not":
                self.i += 1
                negate = True
                tok = self.peek()
                if tok is None or tok.kind in ("or", "rp", "and", "not"):
                    self.b.notice("Ein NICHT ohne Suchbegriff wurde ignoriert.")
                    continue
            elif tok.kind == "word" and tok.text.startswith("-") and len(tok.text) > 1:
                negate = True
                tok = _Tok("word", tok.text[1:])
            query, is_word = self.parse_atom(tok)
            if query is None:
                continue
            if negate:
                negated.append(query)
            elif is_word:
                words.append(query)
            else:
                hard.append(query)
        return self.b.combine(words, hard, negated, strict)

    def parse_atom(self, tok: _Tok) -> tuple[Query | None, bool]:
        self.i += 1
        if tok.kind == "lp":
            if self.depth >= MAX_DEPTH:
                return None, False
            self.depth += 1
            inner = self.parse_or()
            self.depth -= 1
            if (nxt := self.peek()) is not None and nxt.kind == "rp":
                self.i += 1
            else:
                self.b.notice("Eine Klammer war nicht geschlossen.")
            return inner, False
        if tok.kind == "rp":
            return None, False
        if tok.kind == "phrase":
            return self.b.phrase(tok.text), False
        if tok.kind == "field":
            return self.b.field(tok.field, tok.text), False
        if tok.kind in ("and", "or", "not"):
            return None, False
        if tok.text.endswith("*") and len(tok.text.rstrip("*")) >= 2:
            return self.b.prefix(tok.text.rstrip("*")), False
        return self.b.word(tok.text), True


def _and(queries: Sequence[Query]) -> Query | None:
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else And(list(queries))


# --- building ----------------------------------------------------------------------------------


class _Builder:
    """Turns words, phrases and fields into Whoosh queries against one searcher's index."""

    def __init__(self, searcher: Searcher, vocabulary: Vocabulary | None = None) -> None:
        self.searcher = searcher
        self.vocabulary = vocabulary or Vocabulary(searcher.reader())
        self.german = german_analyzer()
        self.exact = exact_analyzer()
        self.notices: list[str] = []
        self.terms: list[str] = []
        #: (word as typed, replacement) for the suggestion
        self.corrections: list[tuple[str, str]] = []
        self.clauses = 0
        self.stopped: list[str] = []
        #: id of a plain word's query (alive in the parser's word list until it is combined)
        #: -> share of the documents holding the word (see :func:`_coverage`)
        self.shares: dict[int, float] = {}

    def notice(self, text: str) -> None:
        if text not in self.notices:
            self.notices.append(text)

    def _budget(self) -> bool:
        self.clauses += 1
        if self.clauses > MAX_CLAUSES:
            self.notice(f"Nur die ersten {MAX_CLAUSES} Suchbegriffe wurden berücksichtigt.")
            return False
        return True

    def _has(self, fieldname: str, text: str) -> bool:
        return self.vocabulary.has(fieldname, text)

    def _analyze(self, text: str, exact: bool = False) -> list[str]:
        chain = self.exact if exact else self.german
        return [t.text for t in chain(text, mode="query")]

    # plain words

    def word(self, raw: str) -> Query | None:
        if not self._budget():
            return None
        stems = self._analyze(raw)
        forms = self._analyze(raw, exact=True)
        self.terms.extend(forms)
        if not stems:
            if forms:
                self.stopped.extend(forms)
            return None
        if self._known(stems, forms):
            query = self._with_parts(self._word_query(stems, forms), forms)
        else:
            query = self._unknown(raw, stems, forms)
        self.shares[id(query)] = self._share(stems)
        return query

    def _share(self, stems: list[str]) -> float:
        """The share of documents holding the word (its rarest stem) in the text field."""
        total = self.vocabulary.doc_count()
        if total <= 0:
            return 0.0
        return min(self.vocabulary.doc_frequency("text", s) for s in stems) / total

    def _known(self, stems: list[str], forms: list[str]) -> bool:
        return all(self._has("text", s) or self._has("title", s) for s in stems) or (
            len(forms) == 1 and self._has("person_text", forms[0])
        )

    def _word_query(self, stems: list[str], forms: list[str]) -> Query:
        per_stem = [
            Or([Term("text", s), Term("title", s, boost=TITLE_WEIGHT)]) for s in stems
        ]
        query = per_stem[0] if len(per_stem) == 1 else And(per_stem)
        if len(forms) == 1:
            name = self._name_form(forms[0])
            query = Or([query, Term("person_text", name, boost=PERSON_WEIGHT)])
        return query

    def _name_form(self, form: str) -> str:
        """A name's genitive as the name: "Sommerfelds Antrag" finds Greta Sommerfeld's speeches.

        German names take the genitive -s ("Weimers", "Merkels"); the speakers' names are
        indexed unstemmed (``person_text``), so the -s is dropped where only the name without it
        is a known name part ("Lars" stays "Lars": it is one itself).
        """
        if (
            len(form) > 4
            and form.endswith("s")
            and not self._has("person_text", form)
            and self._has("person_text", form[:-1])
        ):
            return form[:-1]
        return form

    def _with_parts(self, query: Query, forms: list[str]) -> Query:
        """A compound also finds its parts close together, ranked below the compound itself.

        "Kindergrundsicherung" finds "Grundsicherung für Kinder" (and "für jedes Kind eine
        Grundsicherung"): the modifier's and the head's forms within :data:`NEAR_WINDOW`
        positions in the unstemmed field, in either order, scored by the parts' BM25F times
        :data:`NEAR_WEIGHT`; documents with the compound itself earn :data:`COMPOUND_TIER`.
        Only for a compound that few documents contain (:data:`PARTS_ONLY_BELOW`).
        """
        if len(forms) != 1 or self._df(forms[0]) >= PARTS_ONLY_BELOW:
            return query
        split = self._top_split(forms[0])
        if split is None:
            return query
        groups = [self._exact_forms(part) for part in split]
        stems = [self._analyze(part) for part in split]
        if not all(groups) or not all(len(s) == 1 for s in stems):
            return query
        scoring = And([self._word_query(s, []) for s in stems], boost=NEAR_WEIGHT)
        near = Near("exact", groups, NEAR_WINDOW, scoring)
        return Or([query, ConstantScoreQuery(query, COMPOUND_TIER), near])

    def _top_split(self, word: str) -> tuple[str, str] | None:
        """The compound's modifier and head as the index knows them.

        The splitter says where parts begin ("kinder|grund|sicherung"); of the two-part
        readings at those places ("kinder + grundsicherung", "kindergrund + sicherung") the one
        whose rarer side occurs in most documents wins, so the bracketing comes from usage. A
        modifier may have lost a linking element ("arbeit|s|markt") or an -e ("schul|buch").
        """
        parts = split_compound(word)
        cuts = sorted({i for p in parts if (i := word.find(p[: max(3, len(p) - 2)])) > 0})
        best: tuple[int, tuple[str, str]] | None = None
        for cut in cuts:
            head, front = word[cut:], word[:cut]
            if len(head) < 4 or len(front) < 3 or not self._has("exact", head):
                continue
            fronts = [front, *(front[: -len(k)] for k in LINKS if front.endswith(k)),
                      front + "e", front + "en"]
            mod = next((m for m in fronts if len(m) >= 3 and self._has("exact", m)), None)
            if mod is None:
                continue
            usage = min(self._df(mod), self._df(head))
            if best is None or usage > best[0]:
                best = (usage, (mod, head))
        return best[1] if best else None

    def _df(self, word: str) -> int:
        return self.vocabulary.doc_frequency("exact", word)

    def _exact_forms(self, part: str) -> list[str]:
        """Indexed unstemmed forms of a compound part: the part and its inflections (the
        forms with the same stem: "kinder" -> kinder, kindern, kind, kindes)."""
        stem = self._analyze(part)
        if len(stem) != 1:
            return []
        base = {*(stem[0] + end for end in _INFLECTIONS), *(part + end for end in _INFLECTIONS)}
        return sorted(
            f for f in base if self._has("exact", f) and self._analyze(f) == stem
        )

    def _unknown(self, raw: str, stems: list[str], forms: list[str]) -> Query:
        """A word the index does not know: a compound of known words, or a typo."""
        if len(forms) == 1:
            parts = [p for p in split_compound(forms[0]) if len(p) >= 4]
            heads = _leaves(parts)
            part_stems = [self._analyze(p) for p in heads]
            if heads and all(
                ps and all(self._has("text", s) for s in ps) for ps in part_stems
            ):
                return And([self._word_query(ps, []) for ps in part_stems])
            best = self._fuzzy(forms[0])
            if best:
                self.corrections.append((raw, best[0]))
                alternatives = [
                    self._word_query(self._analyze(c) or [c], [c]) for c in best[:3]
                ]
                return alternatives[0] if len(alternatives) == 1 else Or(alternatives)
        return self._word_query(stems, forms)

    def _fuzzy(self, form: str) -> list[str]:
        """Indexed words within the allowed edit distance, closest and most frequent first."""
        if len(form) < 5 or not form.isalpha():
            return []
        maxdist = 2 if len(form) >= 9 else 1
        try:
            found = self.vocabulary.terms_within("exact", form, maxdist)
        except Exception:  # noqa: BLE001 - Whoosh's automata on odd input
            return []
        found.discard(form)
        if not found:
            return []

        def rank(candidate: str) -> tuple[int, int]:
            return (_distance(form, candidate), -self._df(candidate))

        return sorted(found, key=rank)[:5]

    # prefixes and phrases

    def prefix(self, raw: str) -> Query | None:
        if not self._budget():
            return None
        forms = self._analyze(raw, exact=True)
        if not forms:
            return None
        stem = forms[-1]
        self.terms.append(stem)
        query: Query = Or([Prefix("exact", stem), Prefix("person_text", stem)])
        if len(forms) > 1:
            query = And([*[Term("exact", f) for f in forms[:-1]], query])
        return query

    def phrase(self, text: str) -> Query | None:
        if not self._budget():
            return None
        forms = self._analyze(text, exact=True)
        self.terms.extend(forms)
        if not forms:
            return None
        if len(forms) == 1:
            required: Query = Or([Term("exact", forms[0]), Term("person_text", forms[0])])
        else:
            required = Or([Phrase("exact", forms), Phrase("person_text", forms)])
        stems = self._analyze(text)
        if not stems or PHRASE_CONTEXT_WEIGHT <= 0:
            return required
        context = [self._word_query([s], []) for s in stems]
        optional = context[0] if len(context) == 1 else Or(context)
        optional.boost = PHRASE_CONTEXT_WEIGHT
        return AndMaybe(required, optional)

    # fields

    def field(self, name: str, value: str) -> Query | None:
        if not self._budget():
            return None
        quoted = value.startswith('"')
        value = value.strip('"').strip()
        if not value:
            self.notice("Ein Feld ohne Wert wurde ignoriert.")
            return None
        if name == "person_text":
            forms = self._analyze(value, exact=True)
            if not forms:
                return None
            text_q: Query = (
                Term("person_text", forms[0]) if len(forms) == 1 else Phrase("person_text", forms)
            )
            values = self._facet_values("person", value)
            return Or([text_q, *[Term("person", v) for v in values]])
        if name in _FACET_FIELDS:
            terms = self._facet_terms(name, value)
            if not terms:
                self.notice(f"Kein Dokument hat {name} = {value!r}.")
                return NullQuery
            return ConstantScoreQuery(Or(terms), 0.0)
        if name in ("date", "year"):
            return self._date(name, value)
        # title
        stems = self._analyze(value)
        if not stems:
            return None
        title_terms = _and([Term("title", s) for s in stems])
        if quoted and len(stems) > 1:
            # The stemmed title keeps no positions; word order is checked in the exact field,
            # which holds the title too.
            forms = self._analyze(value, exact=True)
            return And([title_terms, Phrase("exact", forms)]) if len(forms) > 1 else title_terms
        return title_terms

    def _date(self, name: str, value: str) -> Query | None:
        span = _date_range(value)
        if span is None:
            self.notice(
                f"Datum {value!r} nicht verstanden; möglich sind z. B. 2024, 2024-09, "
                "2024-09-07 oder 2021..2023."
            )
            return None
        low, high = span
        if name == "year":
            return ConstantScoreQuery(NumericRange("year", low // 10000, high // 10000), 0.0)
        return ConstantScoreQuery(
            And([NumericRange("date_start", 1, high), NumericRange("date_end", low, None)]), 0.0
        )

    def _facet_terms(self, name: str, value: str) -> list[Query]:
        """Terms for ``field:value`` on a facet, through the canonical vocabularies.

        "typ:Rede" means doc_type speech, "amt:Landesvorsitz" the canonical office, and
        "region:Sachsen" every document in Sachsen: its region or its Bundesland, without
        "Sachsen-Anhalt" (a Land named exactly wins over word-prefix matches).
        """
        canonical = _CANONICAL.get(name)
        typed = (canonical(value) if canonical else None) or value
        if name == "region":
            lands = [v for v in self._facet_values("bundesland", typed) if _same(v, typed)]
            regions = self._facet_values("region", typed)
            if lands:
                regions = [v for v in regions if _same(v, typed)]
            return [*(Term("bundesland", v) for v in lands), *(Term("region", v) for v in regions)]
        return [Term(name, v) for v in self._facet_values(name, typed)]

    def _facet_values(self, name: str, value: str) -> list[str]:
        """Indexed values of a facet field matching what the user typed, case-insensitively.

        An exact (folded) match wins; otherwise values containing the typed words as whole
        words or word beginnings ("linke" -> "Die Linke", "grüne" -> "BÜNDNIS 90/DIE GRÜNEN").
        """
        wanted = _value_words(value)
        if not wanted:
            return []
        try:
            lexicon = self.vocabulary.values(name)
        except Exception:  # noqa: BLE001 - field absent from this index
            return []
        exact = [v for v in lexicon if _value_words(v) == wanted]
        if exact:
            return exact
        found = []
        for v in lexicon:
            have = _value_words(v)
            if all(any(h.startswith(w) for h in have) for w in wanted if len(w) >= 2):
                found.append(v)
        return found[:50]

    # combining

    def combine(
        self, words: list[Query], hard: list[Query], negated: list[Query], strict: bool
    ) -> Query | None:
        positive: list[Query] = list(hard)
        if words:
            if strict or len(words) == 1:
                positive.extend(words)
            else:
                positive.append(_coverage(words, [self.shares.get(id(w), 0.0) for w in words]))
        if not positive and not negated:
            return None
        base: Query = _and(positive) or Every()
        if not negated:
            return base
        return And([base, *[NotQuery(q) for q in negated]])


def _coverage(words: list[Query], shares: list[float]) -> Query:
    """Documents with more of the words first; among equals, by BM25F.

    Only the words fewer than :data:`COMMON_SHARE` of the documents hold are counted, unless
    every word is that common: a common word ("stärken", "Zukunft", "Gesetz") ranks within a
    tier by its BM25F but does not make a tier of its own.
    """
    if COVERAGE_BONUS <= 0:
        return Or(words)
    rarest = min(shares)
    counted = [share < max(COMMON_SHARE, COMMON_RATIO * rarest) for share in shares]
    if not any(counted):
        counted = [True] * len(words)
    return Coverage.of(words, COVERAGE_BONUS, counted)


#: Endings tried for the inflected forms of a compound part (checked against the index).
_INFLECTIONS = ("", "e", "en", "n", "s", "es", "er", "ern", "ns")


def _leaves(parts: list[str]) -> list[str]:
    """The smallest parts of a split that together spell the word (drop intermediate nodes)."""
    leaves = []
    for p in parts:
        if not any(q != p and q in p for q in parts):
            leaves.append(p)
    return leaves


_VALUE_WORD = re.compile(r"[^\W_]+")


def _value_words(value: str) -> tuple[str, ...]:
    return tuple(_VALUE_WORD.findall(fold(value)))


_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_GERMAN_DATE = re.compile(r"^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$")


def _date_bounds(text: str) -> tuple[int, int] | None:
    """yyyymmdd bounds of "2024", "2024-09", "2024-09-07" or "7.9.2024"."""
    text = text.strip()
    m = _DATE.match(text)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
    else:
        g = _GERMAN_DATE.match(text)
        if not g:
            return None
        day, month, year = g.group(1), g.group(2), g.group(3)
    y = int(year)
    if not month:
        return y * 10000 + 101, y * 10000 + 1231
    mo = int(month)
    if not 1 <= mo <= 12:
        return None
    if not day:
        return y * 10000 + mo * 100 + 1, y * 10000 + mo * 100 + 31
    d = int(day)
    if not 1 <= d <= 31:
        return None
    return (y * 10000 + mo * 100 + d,) * 2


def _date_range(text: str) -> tuple[int, int] | None:
    """Bounds of a date or a range "2021..2023", ">=2024" style ranges excluded."""
    if ".." in text:
        low_text, _, high_text = text.partition("..")
        low = _date_bounds(low_text) if low_text.strip() else (10000101, 10000101)
        high = _date_bounds(high_text) if high_text.strip() else (99991231, 99991231)
        if low is None or high is None:
            return None
        return low[0], high[1]
    return _date_bounds(text)


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (restricted), for ranking a handful of candidates."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


# --- suggestions -------------------------------------------------------------------------------

_UNFOLD = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"))


def display_form(folded: str) -> str:
    """Best-known spelling of a folded word ("muetterrente" -> "mütterrente")."""
    variants = {folded}
    for plain, umlaut in _UNFOLD:
        variants |= {v.replace(plain, umlaut) for v in variants}
    if len(variants) == 1:
        return folded
    try:
        import wordfreq

        return max(sorted(variants), key=lambda v: wordfreq.zipf_frequency(v, "de"))
    except Exception:  # noqa: BLE001 - the suggestion still works, only less pretty
        return folded


def _suggest(text: str, corrections: Iterable[tuple[str, str]]) -> str | None:
    suggestion = text
    changed = False
    for typed, folded in corrections:
        shown = display_form(folded)
        if typed[:1].isupper():
            shown = shown[:1].upper() + shown[1:]
        if typed in suggestion:
            suggestion = suggestion.replace(typed, shown, 1)
            changed = True
    return suggestion if changed else None


# --- entry point -------------------------------------------------------------------------------


def parse_query(
    text: str, searcher: Searcher, vocabulary: Vocabulary | None = None
) -> ParsedQuery:
    """Parse what a user typed; an empty query matches every document. Never raises.

    ``vocabulary`` limits what the parser learns from the index (default: all of it).
    """
    notices: list[str] = []
    if not isinstance(text, str):
        text = str(text)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notices.append(f"Die Suchanfrage wurde auf {MAX_QUERY_CHARS} Zeichen gekürzt.")
    text = text.translate(_QUOTES).replace("\x00", " ")
    if not text.strip():
        return ParsedQuery(Every(), notice=" ".join(notices) or None)
    builder = _Builder(searcher, vocabulary)
    try:
        toks = _lex(text, notices)
        query = _Parser(toks, builder).parse()
        if query is None and builder.stopped:
            # only function words ("wir", "das"): look for them verbatim
            query = _and([Term("exact", w) for w in builder.stopped[:MAX_CLAUSES]])
        suggestion = _suggest(text, builder.corrections)
    except Exception:  # noqa: BLE001 - never let a query take the search down
        words = re.findall(r"[^\W_]+", text)[:MAX_CLAUSES]
        query = _and([Term("exact", fold(w)) for w in words])
        suggestion = None
        notices.append("Die Suchanfrage konnte nicht vollständig verstanden werden.")
    notices.extend(builder.notices)
    if query is None:
        query = NullQuery
        notices.append("Die Suchanfrage enthält keine suchbaren Wörter.")
    unique = list(dict.fromkeys(notices))
    return ParsedQuery(
        query,
        terms=list(dict.fromkeys(builder.terms)),
        suggestion=suggestion,
        notice=" ".join(unique) or None,
    )


def _same(indexed: str, typed: str) -> bool:
    return _value_words(indexed) == _value_words(typed)


def _canonical_doc_type(value: str) -> str | None:
    from indexer.metadata import canonical_doc_type

    return canonical_doc_type(value)


def _canonical_office(value: str) -> str | None:
    from indexer.metadata import canonical_office

    return canonical_office(value)


def _canonical_party(value: str) -> str | None:
    from indexer.metadata import canonical_party

    return canonical_party(value)


#: Typed labels (German or English, gendered, abbreviated) to the values the index holds.
_CANONICAL: dict[str, Callable[[str], str | None]] = {
    "doc_type": _canonical_doc_type,
    "office": _canonical_office,
    "party": _canonical_party,
}
