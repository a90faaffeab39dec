"""Metadata extraction from German party documents: pure functions over text.

The pipeline calls :func:`extract_metadata` only for fields nobody supplied; its answers are
stored with origin ``extracted`` and the evidence span, so the document page can show why.

The genre is decided first (:mod:`genre`: first-person candidacy, nomination, list of nominees,
Q&A, press release, programme, speech, newsletter, other) and gates the rest: only a candidacy
has a sought office and a candidate, and neither is surer than the genre; a press release or a
review has its signing author; a speech has a speaker but no sought office; a list of nominees
has every nominee as a person (:mod:`nominees`). The field finders (``person``, ``office``,
``region``, ``dates``, ``party``) propose :class:`evidence.Candidate` values with weights, and
:func:`evidence.decide` picks each field's value with a confidence; the pipeline keeps values
under ``metadata_min_confidence`` out of the facets. Rule tables sit at the top of each module,
gazetteers as data files under ``data/`` (sources and licences in ``data/README.md``); a person
is a known first name (``data/vornamen.tsv``) and a surname (:mod:`names`).

The normalisers (:func:`canonical_party`, :func:`canonical_office`, :func:`canonical_doc_type`,
:func:`bundesland_of`) serve values people give: front matter, sidecars, CLI flags, JSONL fields.

Speed: the common bulk case is a parliamentary speech whose speaker, party and date are given.
Its type is settled from the first sentences (:func:`doctype.marked_type` cuts only those), and
nothing else then needs the text cut into sentences.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass

from indexer.metadata import (
    dates,
    doctype,
    document,
    gazetteer,
    genre,
    mail,
    names,
    nominees,
    office,
    party,
    person,
    places,
    region,
    turns,
)
from indexer.metadata.evidence import Context, decide

__all__ = [
    "HINTS",
    "DOC_TYPES",
    "finest_type",
    "with_base_type",
    "Extracted",
    "bundesland_of",
    "canonical_doc_type",
    "canonical_office",
    "canonical_party",
    "extract_metadata",
]

log = logging.getLogger(__name__)

canonical_party = party.canonical_party
canonical_office = office.canonical_office
canonical_doc_type = doctype.canonical_doc_type
bundesland_of = gazetteer.bundesland_of
DOC_TYPES = doctype.DOC_TYPES
with_base_type = doctype.with_base_type
finest_type = doctype.finest_type


@dataclass(frozen=True)
class Extracted:
    """One extracted value and the text span that supports it.

    ``evidence`` quotes the text as given (gender stars, dashes and spaces unchanged, never
    cut inside a word); ``start`` is its offset in the text as given, where it can be known
    (``None`` for evidence from the title or from given values).
    """

    value: str | tuple[str, ...]
    evidence: str
    start: int | None = None
    #: how sure the decision is (0..1); values under ``metadata_min_confidence`` stay out of
    #: the facets and are shown as "unsicher" with their evidence
    confidence: float = 1.0
    #: for a list of nominees: one {person, office, region, place} per nominee
    details: tuple[Mapping[str, object], ...] = ()


#: Confidence of the values of finders that do not rate their own evidence yet (they name
#: one value by fixed rules): a party named in the text is rarely wrong, a date or a region
#: more often (event dates, venues). Stated on principle, not fitted to a score.
RULE_CONFIDENCE = {"party": 0.8, "date": 0.7, "region": 0.7, "bundesland": 0.7}
#: How much a rival date lowers the date's confidence (see :func:`evidence.decide`).
DATE_RIVAL_PENALTY = 0.3
#: Key under which :func:`extract_metadata` returns the nominees of a list announcement.
NOMINEES = "nominees"


def extract_metadata(
    text: str,
    *,
    title: str | None = None,
    known: Mapping[str, str] | None = None,
    filename: str | None = None,
    hints: Mapping[str, str] | None = None,
) -> dict[str, Extracted]:
    """Return what the text says about person, office, region, bundesland, party, date, doc_type.

    ``known`` holds values already given by a person or the format (e.g. a front-matter date),
    which the rules may use as context (a given date fixes the year of "am 7. September", a
    given type "Rede" or "speech" makes the text a speech). Fields the text does not settle are
    left out. Never raises on any input. ``filename`` (the file's name) is weak evidence of
    a date (a Jekyll/Hugo post "2024-09-29-slug.md"). ``hints`` holds weak evidence from the
    format: ``byline`` (a web page's author), ``format_author`` and ``format_date`` (document
    properties, PDF Info); the text wins over all of them.
    """
    try:
        given = {
            str(k): str(v)
            for k, v in (known or {}).items()
            if isinstance(v, str | int) and str(v).strip()
        }
        hooks = {k: str(v) for k, v in (hints or {}).items() if k in HINTS and str(v).strip()}
        if filename:
            hooks["filename"] = filename
        text = text if isinstance(text, str) else ""
        inner = mail.forwarded(text)
        if inner is not None and genre.states_bid(text[: inner.start]):
            # the forwarder bids in the note ("unten die Einladung … Ich bewerbe mich"): the
            # note is the document, the forwarded invitation its context
            inner = None
        if inner is not None:  # the forwarded message is the document (see :mod:`mail`)
            found = _extract(inner.text, inner.subject or title, given, hooks)
            found = {field: _shifted(value, inner.start) for field, value in found.items()}
        else:
            found = _extract(text, title, given, hooks)
        return _with_base_type(found)
    except Exception:  # extraction must never stop indexing; the bug is logged, not raised
        log.exception("metadata extraction failed")
        return {}


def _with_base_type(found: dict[str, Extracted]) -> dict[str, Extracted]:
    """A speech or a resolution is also an "other" document (:func:`doctype.with_base_type`)."""
    kind = found.get("doc_type")
    if kind is not None:
        found["doc_type"] = dataclasses.replace(kind, value=doctype.with_base_type(kind.value))
    return found


def _shifted(value: Extracted, offset: int) -> Extracted:
    """A value found in a part of the text, its evidence offset in the whole text."""
    if value.start is None:
        return value
    return dataclasses.replace(value, start=value.start + offset)


class _Results:
    """Extracted values with their evidence, quoted from the original text at the end."""

    def __init__(self, doc: document.Doc) -> None:
        self.doc = doc
        self.values: dict[str, Extracted] = {}

    def add(
        self,
        field: str,
        value: str | tuple[str, ...],
        snippet: str,
        confidence: float | None = None,
    ) -> None:
        """A value whose evidence is a snippet of the examined (cleaned) title or text."""
        quoted, start = self.doc.evidence(snippet)
        self.values[field] = Extracted(value, quoted, start, _confidence(field, confidence))

    def add_sentence(
        self,
        field: str,
        value: str | tuple[str, ...],
        sentence: document.Sentence,
        confidence: float | None = None,
    ) -> None:
        start = self.doc.original_offset(sentence.start) if sentence.start >= 0 else None
        quoted = self.doc.quote_sentence(sentence)
        self.values[field] = Extracted(value, quoted, start, _confidence(field, confidence))

    def add_given(self, field: str, value: str, given: str) -> None:
        """A value that follows from a given value (the Land of a given region)."""
        self.values[field] = Extracted(value, given)


def _confidence(field: str, confidence: float | None) -> float:
    return confidence if confidence is not None else RULE_CONFIDENCE.get(field, 0.7)


def _extract(
    text: str, title: str | None, known: dict[str, str], hooks: dict[str, str] | None = None
) -> dict[str, Extracted]:
    doc = document.build(text, title)
    if not doc.lines and not doc.title:
        return {}
    out = _Results(doc)
    given_type = doctype.canonical_doc_type(known.get("doc_type", ""))
    # (a given speech needs no marker: its phrases would only be the type's evidence)
    marked = doctype.marked_type(doc) if given_type is None else None
    if "party" not in known:  # the page's byline ("SPD Magdeburg") is party evidence too
        _party(doc, out, {**(hooks or {}), **known})
    if given_type == doctype.SPEECH or (given_type is None and marked is not None):
        _speech(doc, out, known, marked)
        context = Context(genre=genre.SPEECH, known={**(hooks or {}), **known})
    else:
        hooks = hooks or {}
        context = _document(
            doc,
            out,
            known,
            given_type,
            hooks.get("filename", ""),
            hooks.get("format_category", ""),
            hooks.get("byline", ""),
        )
        known_all = {**(hooks or {}), **known}
        context = Context(context.genre, context.office, context.office_scope, known_all)
    # (not for a parliament's record of speeches, whose speaker's party is given: a CSU
    # member's Bundestag speech is federal, like everyone else's)
    federal_record = context.genre == genre.SPEECH and "party" in known
    if "bundesland" not in known and "bundesland" not in out.values and not federal_record:
        _land_of_party(out, known)
    if "date" not in known:
        _date(doc, out, context)
    if "person" not in known and "person" not in out.values:
        _byline_person(out, context, hooks or {})
    return out.values


#: How sure that is: a CSU text is Bavarian, unless it names another Land (then that wins).
PARTY_LAND_CONFIDENCE = 0.6


def _land_of_party(out: _Results, known: Mapping[str, str]) -> None:
    """The Land of a party that exists in one Land only (the CSU's European list names no
    Land, but it is Bavaria's)."""
    party_value = known.get("party") or (
        out.values["party"].value if "party" in out.values else ""
    )
    code = party.PARTY_LAND.get(str(party_value))
    if code is not None:
        land = gazetteer.land_name(code)
        out.values["bundesland"] = Extracted(
            land, f"Partei: {party_value}", None, PARTY_LAND_CONFIDENCE
        )
        found = out.values.get("region")
        if found is not None and found.value == region.DEUTSCHLAND:
            # a federal-level list of a party that runs in one Land is that Land's list
            out.values["region"] = Extracted(
                land, f"Partei: {party_value}", None, PARTY_LAND_CONFIDENCE
            )


#: Weak evidence from the format (see :func:`extract_metadata`).
HINTS = ("byline", "format_author", "format_date", "format_category")
#: How sure a person is who only the page's byline names (above the facet threshold: on a
#: candidate's own page the byline is the candidate), and who only the document properties
#: name (below it: often a secretary or the template's author, so shown as uncertain).
BYLINE_CONFIDENCE = {"byline": 0.55, "format_author": 0.35}


def _byline_person(out: _Results, context: Context, hooks: Mapping[str, str]) -> None:
    """Where the text names no person: the page's author, if it is a person's name. Not for
    nominations and lists, whose writer is not the nominee, nor for speeches."""
    if context.genre in (genre.NOMINATION, genre.NOMINEES, genre.SPEECH):
        return
    for key, sure in BYLINE_CONFIDENCE.items():
        # "Dr. Friederike Muster" is her name too: academic titles are no part of the facet
        written = person.clean_name(" ".join(hooks.get(key, "").split()))[0]
        name = person.byline_name(written)
        if name is not None:
            label = "Autor laut Seitenkopf" if key == "byline" else "Autor laut Dateieigenschaften"
            out.values["person"] = Extracted(name.name, f"{label}: {written}", None, sure)
            return


def _date(doc: document.Doc, out: _Results, context: Context) -> None:
    """The document's date, decided over the date finder's weighted candidates."""
    finder = getattr(dates, "candidates", None)
    if finder is None:  # the older finder without candidates
        hit = dates.find_date(doc)
        if hit:
            out.add("date", hit.value, hit.evidence)
        return
    # A text names many dates (events, deadlines, the election) and the rule order decides
    # between them; another date is expected, so it lowers the confidence less than a rival
    # person or office would.
    decision = decide(finder(doc, context), rival_penalty=DATE_RIVAL_PENALTY)
    if decision is not None and isinstance(decision.value, str):
        out.add("date", decision.value, decision.evidence, decision.confidence)


def _speech(
    doc: document.Doc,
    out: _Results,
    known: dict[str, str],
    marked: tuple[str, str] | None,
) -> None:
    """A speech: its speaker is the person, it seeks no office, its heading names the region.
    With speaker, party and date given, only the first sentences are ever cut."""
    if "doc_type" not in known:
        out.add("doc_type", doctype.SPEECH, marked[1] if marked else "")
    if "person" not in known:
        speaker = person.find_speaker(doc)
        if speaker is not None:
            _add_person(doc, out, speaker)
        else:  # a stenographic record: the named speaker who holds the floor
            _floor_speaker(doc, out)
    if "region" in known:
        _land_of_given_region(out, known)
        return
    hit = region.find_heading_region(doc) or region.find_sender_region(doc)
    if hit is not None:
        _add_region_hit(doc, out, known, hit)


def _floor_speaker(doc: document.Doc, out: _Results) -> None:
    """In a record with speaker labels ("Präsidentin: … Hendrik Muster (CDU): …") the named
    speaker with most of the words, speaking in the first person (see :mod:`turns`)."""
    if ":" not in doc.text:
        return
    found = turns.answerer(doc)
    if found is not None:
        out.add("person", found[0], found[0], TURN_SPEAKER_CONFIDENCE)


#: How sure the speaker of a labelled record is (most words, in the first person).
TURN_SPEAKER_CONFIDENCE = 0.7


def _document(
    doc: document.Doc,
    out: _Results,
    known: dict[str, str],
    given_type: str | None,
    filename: str = "",
    category: str = "",
    byline: str = "",
) -> Context:
    """Any other text: the genre first, then the fields a text of that genre can have."""
    offices = office.find_offices(doc, filename)
    office_hit = offices[0] if offices else None
    listed = nominees.find(doc)
    # The slot search for a candidate runs where a candidacy is likely.
    persons = (
        person.find_persons(
            doc,
            known=known.get("person"),
            focus=office_hit.sentence if office_hit is not None else None,
        )
        if office_hit is not None or given_type == doctype.CANDIDACY
        else None
    )
    # an office named without its level ("zur neuen Vorsitzenden" of an SPD-Distrikt) is an
    # office for the genre's cues too
    bare = office.find_bare_office(doc) if office_hit is None else None
    kind = genre.classify(
        doc,
        office_score=office_hit.score if office_hit else (bare.score if bare else 0.0),
        has_candidate=persons is not None,
        nominees=listed,
        category=category,
    )
    if given_type is None:
        out.add("doc_type", kind.doc_type, kind.evidence, kind.confidence)
    if kind.name == genre.SPEECH and given_type is None and "person" not in known:
        speaker = person.find_speaker(doc)  # a speech that also talks of candidacies
        if speaker is not None:
            _add_person(doc, out, speaker)
    # A given type wins, but a press release that announces a candidacy still has one.
    candidacy = given_type == doctype.CANDIDACY or (
        given_type in (None, doctype.PRESS) and kind.candidacy
    )
    if candidacy and kind.name == genre.NOMINEES and listed:
        # (an office named without its level, "zu ihren neuen Sprecher*innen gewählt", with
        # the level of the unit that elects: the Kreisvorsitz of a Green Kreisverband)
        office_hit = _list_office(offices, listed) or office_hit or bare
    elif candidacy:
        office_hit = _sought_office(doc, office_hit)
    context = Context(
        genre=kind.name,
        office=office_hit.canonical if candidacy and office_hit else None,
        office_scope=office_hit.scope if candidacy and office_hit else None,
        known=known,
    )
    # A sought office and a candidate exist only in a candidacy: neither is surer than the
    # genre (a given type "candidacy" is sure).
    gate = 1.0 if given_type == doctype.CANDIDACY else kind.confidence
    if candidacy and office_hit is not None and "office" not in known:
        sure = min(office.confidence(office_hit), gate)
        out.add_sentence("office", office_hit.canonical, office_hit.sentence, sure)
    if candidacy and "person" not in known:
        focus = _named_focus(offices, office_hit)
        _candidate_person(doc, out, context, listed, focus, gate, byline)
    elif "person" not in known and kind.name not in (genre.SPEECH,):
        _author(doc, out)
    if context.genre == genre.NOMINEES and listed:
        _add_nominees(out, listed, context)

    # (the page's byline may name the unit that publishes it: "Kreisverband Nordsachsen")
    region_context = (
        Context(context.genre, context.office, context.office_scope, {**known, "byline": byline})
        if byline
        else context
    )
    _region(doc, out, region_context, office_hit if candidacy else None, candidacy)
    return context


#: A list of nominees is itself the candidacy cue for the office named with it.
LIST_OFFICE_BONUS = 1.5


# An election the text puts off to a later date.
_LATER = re.compile(r"\berst\s+(?:im|am|nach|in|zum|zur|ab)\b|\bspäter\b|\bnoch\s+nicht\b")


def _list_office(
    offices: list[office.OfficeHit], listed: list[nominees.Nominee]
) -> office.OfficeHit | None:
    """The office of a list of nominees: named in the sentence of the first listed nominee
    ("Angeführt wird die Ratsliste von …", where the title names two councils), else in the
    title, else the mention nearest before the first listed nominee ("Das sind unsere
    Direktkandidat*innen:"), else the first one."""
    if not offices:
        return None
    first = min((n.start for n in listed if n.start >= 0), default=-1)
    own = [
        hit
        for hit in offices
        if 0 <= hit.sentence.start <= first < hit.sentence.start + len(hit.sentence.text)
    ]
    titled = own[:1] or [hit for hit in offices if hit.sentence.zone == document.TITLE]
    before = [hit for hit in offices if 0 <= hit.sentence.start <= first]
    # (not an election still to come: "Die Delegierten für die LDK wählen wir erst im
    # Frühjahr", "die Kreistagsliste wird erst im Januar aufgestellt")
    before = [hit for hit in before if not _LATER.search(hit.sentence.text)] or before
    chosen = (
        titled[0]
        if titled
        else max(before, key=lambda hit: hit.sentence.start)
        if before
        else min(offices, key=lambda hit: hit.sentence.start)
    )
    return office.OfficeHit(
        chosen.canonical,
        chosen.scope,
        chosen.score + LIST_OFFICE_BONUS,
        chosen.sentence,
        chosen.start,
        chosen.end,
        chosen.pattern,
    )


def _sought_office(doc: document.Doc, found: office.OfficeHit | None) -> office.OfficeHit | None:
    """The vocabulary's office, unless a bid in the title names one without its level
    ("Bewerbung zum stellvertretenden Vorsitzenden für den LPT"): the title's bid wins."""
    if found is not None and found.score >= office.BARE_TITLE_SCORE:
        return found  # a bid in the title already named the office with its level
    bare = office.find_bare_office(doc)
    if bare is None:
        return found
    if found is None or (bare.sentence.zone == document.TITLE and bare.score > found.score):
        return bare
    return found


def _region(
    doc: document.Doc,
    out: _Results,
    context: Context,
    region_office: office.OfficeHit | None,
    candidacy: bool,
) -> None:
    """The region the sought office refers to (a given office gives the scope)."""
    known = context.known
    given_office = office.canonical_office(known.get("office", ""))
    if given_office and region_office is not None:
        region_office = office.OfficeHit(
            given_office,
            office.scope_of(given_office) or region_office.scope,
            region_office.score,
            region_office.sentence,
            region_office.start,
            region_office.end,
        )
    if "region" in known:
        _land_of_given_region(out, known)
        return
    finder = getattr(region, "candidates", None)
    if finder is None:  # the older finder without candidates
        hit = region.find_region(doc, region_office, candidacy=candidacy)
        if hit is not None:
            _add_region_hit(doc, out, known, hit)
        return
    if candidacy and not context.candidacy:  # a given type "candidacy" wins over the genre
        context = Context(genre.CANDIDACY, context.office, context.office_scope, context.known)
    found = finder(doc, context, region_office)
    for field in ("region", "bundesland"):
        if field in known:
            continue
        decision = decide(c for c in found if c.field == field)
        if decision is not None and isinstance(decision.value, str):
            out.add(field, _land_named(decision.value), decision.evidence, decision.confidence)


def _land_named(region: str) -> str:
    """"Land Bremen", "Freistaat Sachsen" as a region are the Land's own name."""
    for prefix in ("Land ", "Freistaat ", "Bundesland "):
        code = gazetteer.land_code(region[len(prefix) :]) if region.startswith(prefix) else None
        if code:
            return gazetteer.land_name(code)
    return region


def _party(doc: document.Doc, out: _Results, known: dict[str, str]) -> None:
    """The party the document speaks for, decided over the party finder's candidates."""
    finder = getattr(party, "candidates", None)
    if finder is None:  # the older finder without candidates
        found = party.find_party(doc)
        if found:
            out.add("party", found[0], found[1])
        return
    decision = decide(finder(doc, Context(known=known)))
    if decision is not None and isinstance(decision.value, str):
        out.add("party", decision.value, decision.evidence, decision.confidence)


def _named_focus(
    offices: list[office.OfficeHit], best: office.OfficeHit | None
) -> document.Sentence | None:
    """The sentence of the sought office that names someone: a headline without a name
    ("FDP wählt neue Landesvorsitzende") points to the lead sentence that names her."""
    if best is None:
        return None
    if names.find_names(best.sentence.text):
        return best.sentence
    for hit in offices:
        if hit.canonical == best.canonical and names.find_names(hit.sentence.text):
            return hit.sentence
    return best.sentence


def _candidate_person(
    doc: document.Doc,
    out: _Results,
    context: Context,
    listed: list[nominees.Nominee],
    focus: document.Sentence | None,
    gate: float = 1.0,
    byline: str = "",
) -> None:
    """The candidate: every nominee of a list, else the best-supported single name (the
    page's author weighs in on a first-person bid: a candidate's own post). A reporter named
    by a credit line ("Die Fragen stellte Jonas Muster.") is neither."""
    reporters = person.credited_surnames(doc)
    if reporters:  # "Von Jonas Muster" over a Steckbrief "Die Fragen stellte Jonas Muster."
        listed = [n for n in listed if _person_key(n.person) not in reporters]
    if context.genre == genre.NOMINEES and len(listed) >= 2:
        value = tuple(n.person for n in listed)
        evidence = "; ".join(n.evidence for n in listed[:3])
        out.add("person", value, evidence, min(0.5 + 0.1 * len(listed), 0.9, gate))
        return
    candidates = person.candidates(doc, context, focus) + person.byline_candidates(
        doc, context, byline
    )
    if context.genre == genre.CANDIDACY:
        candidates = person.first_person_only(candidates)
    if reporters:
        candidates = [c for c in candidates if _person_key(c.value) not in reporters]
    decision = decide(candidates, key=_person_key)
    if decision is None:
        first = person.signed_first_name(doc) if context.genre == genre.CANDIDACY else None
        if first is not None:  # a blog's bid signed "Niels" and nothing more
            out.add("person", first, first, min(SIGNED_FIRST_NAME_CONFIDENCE, gate))
        return
    sentence = person.sentence_of(doc, str(decision.evidence)) or person.sentence_of(
        doc, str(decision.value if isinstance(decision.value, str) else decision.value[0])
    )
    sure = min(decision.confidence, gate)
    if sentence is not None:
        out.add_sentence("person", decision.value, sentence, sure)
    else:
        out.add("person", decision.value, decision.evidence, sure)


#: How sure a first-person bid's writer is when the text gives only the first name it signs
#: with: the labelling rules accept it, a member searching finds the text by it.
SIGNED_FIRST_NAME_CONFIDENCE = 0.5


def _author(doc: document.Doc, out: _Results) -> None:
    """The signing author of a text that states no candidacy ("Ihr Xaver Muster" under a
    review): a signature, byline, form field or self-introduction, never a name the text
    merely mentions or quotes."""
    found = person.find_author(doc)
    if found is None:
        return
    name, display, weight = found
    sentence = person.sentence_of(doc, display) or person.sentence_of(doc, name)
    if sentence is not None:
        out.add_sentence("person", name, sentence, round(weight, 3))
    else:
        out.add("person", name, display, round(weight, 3))


def _person_key(value: object) -> object:
    """One person, one key: the surname ("Vroni" and "Veronika Muster" are one candidate)."""
    return value.split()[-1].casefold() if isinstance(value, str) and value.split() else value


def _add_nominees(out: _Results, listed: list[nominees.Nominee], context: Context) -> None:
    """The nominees as records ({person, office, region, place}) beside the person value."""
    records = tuple(
        {"person": n.person, "office": n.office or context.office, "region": n.region,
         "place": n.place}
        for n in listed
    )
    evidence = "; ".join(n.evidence for n in listed[:3])
    out.values[NOMINEES] = Extracted(
        tuple(n.person for n in listed),
        evidence,
        None,
        0.5 + min(0.1 * len(listed), 0.4),
        records,
    )


def _add_person(
    doc: document.Doc, out: _Results, found: tuple[tuple[str, ...], str, float]
) -> None:
    names, display, _ = found
    value: str | tuple[str, ...] = names[0] if len(names) == 1 else names
    sentence = person.sentence_of(doc, display) or person.sentence_of(doc, names[0])
    if sentence is not None:
        out.add_sentence("person", value, sentence)
    else:
        out.add("person", value, display)


def _land_of_given_region(out: _Results, known: Mapping[str, str]) -> None:
    if "bundesland" not in known:
        land = gazetteer.bundesland_of(known["region"])
        if land:
            out.add_given("bundesland", land, known["region"])


def _add_region_hit(
    doc: document.Doc, out: _Results, known: Mapping[str, str], hit: places.RegionHit
) -> None:
    out.add("region", hit.region, hit.evidence)
    if "bundesland" not in known and hit.region != region.DEUTSCHLAND:
        code = hit.land or region.land_for(hit.region, region.LandContext(doc))
        if code:
            out.add("bundesland", gazetteer.land_name(code), hit.evidence)
