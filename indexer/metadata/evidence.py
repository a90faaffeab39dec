"""Candidates with evidence, and the one place that decides between them.

Every field finder proposes :class:`Candidate` values, each with the zone of the document it
was found in, the rule that found it and a weight (how strongly that piece of evidence alone
supports the value, 0..1). :func:`decide` is the only place that turns candidates into a value:
it pools the evidence per value, picks the best and gives it a confidence that drops when a
rival value has support too. A value below the facet threshold is kept with its evidence (the
document page shows it as "unsicher") but stays out of the facets: a wrong facet value costs a
member more than a missing one.

Calibration for finders: the facet threshold is the setting ``metadata_min_confidence``
(default 0.5, "more likely right than wrong"). A rule that alone settles the value by the
labelling rules (an assembly date when the text has no date of its own) should weigh at least
that much; weights under it mean "a hint, not enough for a facet".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

#: Zones of a document, in the order a reader meets them.
ZONES: tuple[str, ...] = (
    "given",  # a value a person gave (front matter, sidecar, CLI): not decided here
    "filename",  # a dated file name (Jekyll/Hugo posts)
    "format",  # format metadata (PDF /Author, CreationDate, docx core properties): weak
    "front_matter",
    "title",
    "lead",  # the first paragraph(s)
    "body",
    "signature",  # closing lines, sign-off, V.i.S.d.P.
    "footer",  # site boilerplate: weakest
)

Value = str | tuple[str, ...]

#: Genres a document is classified into before any field is sought (see ``genre.py``).
GENRES: tuple[str, ...] = (
    "candidacy",  # a first-person bid ("Ich bewerbe mich …")
    "nomination",  # a third-person announcement of one candidate ("X wurde … gewählt")
    "nominees",  # a list of several nominees ("treten 13 Bewerber an" + a list)
    "qa",  # a Q&A post or interview: the one who answers is the person
    "press_release",
    "programme",
    "speech",  # speeches and minutes
    "newsletter",
    "other",
)


@dataclass(frozen=True)
class Context:
    """What every field finder may know about the document before it looks for its field.

    ``genre`` is one of :data:`GENRES`; ``office`` the canonical sought office (``None`` for
    non-candidacy genres or when none was found) and ``office_scope`` its scope (the level of
    the office's region: ``wk``, ``land``, ``kreis`` … as :func:`indexer.metadata.office.scope_of`
    returns it). ``known`` holds the values a person
    gave (front matter, sidecar, CLI): finders never contradict them.
    """

    genre: str = "other"
    office: str | None = None
    office_scope: str | None = None
    known: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def candidacy(self) -> bool:
        """Whether the genre announces or states a candidacy (the fields of a bid apply)."""
        return self.genre in ("candidacy", "nomination", "nominees", "qa")


@dataclass(frozen=True)
class Candidate:
    """One proposed value for one field and why.

    ``weight`` is the strength of this single piece of evidence (0..1): a front-matter field or
    "Ich bewerbe mich als Landesvorsitzende" is near 0.9, a capitalised name in the footer near
    0.1. ``evidence`` quotes the examined text; ``start`` is its offset where known.
    """

    field: str
    value: Value
    weight: float
    zone: str
    evidence: str
    rule: str = ""
    start: int | None = None


@dataclass(frozen=True)
class Decision:
    """The chosen value of a field, how sure we are, and the candidates that supported it."""

    field: str
    value: Value
    confidence: float
    evidence: str
    start: int | None
    support: tuple[Candidate, ...]
    rivals: tuple[Candidate, ...] = ()


def _pooled(weights: Iterable[float]) -> float:
    """Independent pieces of evidence for one value combine as a noisy OR."""
    missing = 1.0
    for weight in weights:
        missing *= 1.0 - min(max(weight, 0.0), 1.0)
    return 1.0 - missing


def decide(
    candidates: Iterable[Candidate],
    *,
    key: Callable[[Value], object] | None = None,
    rival_penalty: float = 0.6,
) -> Decision | None:
    """Pool candidates per value (``key`` folds spellings), pick the best, rate the margin.

    Confidence is the pooled support of the best value minus ``rival_penalty`` times that of
    the strongest rival, clipped to 0..1: two well-supported values mean we do not know.
    The evidence quoted is that of the strongest single candidate for the chosen value.
    """
    groups: dict[object, list[Candidate]] = {}
    for candidate in candidates:
        group_key = key(candidate.value) if key is not None else candidate.value
        groups.setdefault(group_key, []).append(candidate)
    if not groups:
        return None
    scored = sorted(
        ((_pooled(c.weight for c in group), group) for group in groups.values()),
        key=lambda pair: -pair[0],
    )
    best_score, best = scored[0]
    rival_score = scored[1][0] if len(scored) > 1 else 0.0
    confidence = min(max(best_score - rival_penalty * rival_score, 0.0), 1.0)
    strongest = max(best, key=lambda c: c.weight)
    rivals = tuple(c for _, group in scored[1:] for c in group)
    return Decision(
        field=strongest.field,
        value=strongest.value,
        confidence=round(confidence, 3),
        evidence=strongest.evidence,
        start=strongest.start,
        support=tuple(sorted(best, key=lambda c: -c.weight)),
        rivals=rivals,
    )
