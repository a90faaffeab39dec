"""Metadata extraction from German party documents: pure functions over text.

The pipeline calls :func:`extract_metadata` only for fields nobody supplied; its answers are
stored with origin ``extracted`` and the evidence span, so the document page can show why.

One module per field (``person``, ``office``, ``region``, ``dates``, ``party``, ``doctype``),
rule tables at the top of each, gazetteers as data files under ``data/`` (sources and licences
in ``data/README.md``). The document type gates the rest: a press release has no sought office
and its quoted spokesperson is not a candidate.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass

from indexer.metadata import dates, doctype, document, gazetteer, office, party, person, region

__all__ = [
    "Extracted",
    "bundesland_of",
    "canonical_office",
    "canonical_party",
    "extract_metadata",
]

log = logging.getLogger(__name__)

canonical_party = party.canonical_party
canonical_office = office.canonical_office
bundesland_of = gazetteer.bundesland_of

_DOC_TYPES = {"candidacy", "press_release", "programme", "speech", "resolution", "other"}


@dataclass(frozen=True)
class Extracted:
    """One extracted value and the text span that supports it.

    ``start`` is the evidence's offset in the text as given, where it can be known (``None``
    for evidence from the title or from given values).
    """

    value: str | tuple[str, ...]
    evidence: str
    start: int | None = None


def extract_metadata(
    text: str,
    *,
    title: str | None = None,
    known: Mapping[str, str] | None = None,
) -> dict[str, Extracted]:
    """Return what the text says about person, office, region, bundesland, party, date, doc_type.

    ``known`` holds values already given by a person or the format (e.g. a front-matter date),
    which the rules may use as context (a given date fixes the year of "am 7. September").
    Fields the text does not settle are left out. Never raises on any input.
    """
    try:
        given = {
            str(k): str(v)
            for k, v in (known or {}).items()
            if isinstance(v, str | int) and str(v).strip()
        }
        return _extract(text if isinstance(text, str) else "", title, given)
    except Exception:  # extraction must never stop indexing; the bug is logged, not raised
        log.exception("metadata extraction failed")
        return {}


def _evidence(doc: document.Doc, sentence: document.Sentence | None, value: str) -> Extracted:
    if sentence is None:
        return Extracted(value, "")
    return Extracted(value, sentence.text, doc.original_offset(sentence.start))


def _extract(text: str, title: str | None, known: dict[str, str]) -> dict[str, Extracted]:
    doc = document.build(text, title)
    if not doc.sentences:
        return {}
    out: dict[str, Extracted] = {}

    if "party" not in known:
        found_party = party.find_party(doc)
        if found_party:
            out["party"] = Extracted(found_party[0], found_party[1])

    marked = doctype.marked_type(doc)
    given_type = known.get("doc_type", "").strip().lower()
    speech = (marked is not None and marked[0] == doctype.SPEECH) or given_type == doctype.SPEECH
    office_hit = None if speech else office.find_office(doc)
    # Only a candidacy has a candidate: without a sought office the name search is skipped.
    persons = (
        person.find_persons(doc, known=known.get("person"), focus=office_hit.sentence)
        if office_hit is not None
        else None
    )
    kind, kind_evidence = doctype.classify(
        doc,
        has_candidate=persons is not None,
        office_score=office_hit.score if office_hit else 0.0,
    )
    if given_type in _DOC_TYPES:
        kind = given_type
    else:
        out["doc_type"] = Extracted(kind, kind_evidence)
    candidacy = kind == doctype.CANDIDACY

    if candidacy and office_hit is not None and "office" not in known:
        out["office"] = _evidence(doc, office_hit.sentence, office_hit.canonical)
    if candidacy and persons is not None and "person" not in known:
        names, display, _ = persons
        value: str | tuple[str, ...] = names[0] if len(names) == 1 else names
        sentence = person.sentence_of(doc, display) or person.sentence_of(doc, names[0])
        evidence = sentence.text if sentence else display
        start = doc.original_offset(sentence.start) if sentence else None
        out["person"] = Extracted(value, evidence, start)

    region_office = office_hit if candidacy else None
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
    _add_region(doc, out, known, region_office, candidacy=candidacy, speech=speech)

    if "date" not in known:
        hit = dates.find_date(doc)
        if hit:
            out["date"] = Extracted(hit.value, hit.evidence)
    elif "date" in known:
        pass
    return out


def _add_region(
    doc: document.Doc,
    out: dict[str, Extracted],
    known: dict[str, str],
    office_hit: office.OfficeHit | None,
    *,
    candidacy: bool,
    speech: bool,
) -> None:
    if "region" in known:
        if "bundesland" not in known:
            land = gazetteer.bundesland_of(known["region"])
            if land:
                out["bundesland"] = Extracted(land, known["region"])
        return
    if speech:
        return
    hit = region.find_region(doc, office_hit, candidacy=candidacy)
    if hit is None:
        return
    out["region"] = Extracted(hit.region, hit.evidence)
    if "bundesland" not in known and hit.region != region.DEUTSCHLAND:
        code = hit.land or region.land_for(hit.region, region.LandContext(doc))
        if code:
            out["bundesland"] = Extracted(gazetteer.land_name(code), hit.evidence)


_ = re
