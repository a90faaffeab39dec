"""From paths on disk to :class:`~indexer.models.Document` objects ready for the index.

Discovery walks folders, readers turn files into text, and metadata is merged in a fixed order
of trust: CLI flags > correction (``parteisuche set``) > sidecar file > nearest folder default
(``_meta.yaml``) > the document's own metadata > extraction from the text. Every failure becomes
a :class:`Failure` and the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from indexer import config
from indexer import metadata as extraction
from indexer.errors import ReaderError
from indexer.given import given_metadata, split_known
from indexer.models import GIVEN_FIELDS, META_FIELDS, Document, MetaValue, RawDocument
from indexer.readers import Limits, RecordError, pick_reader
from indexer.readers.base import PAGE_TITLE

#: Bump when the pipeline's output changes for the same input, so `index` re-processes.
PIPELINE_VERSION = 12  # 2: metadata by genre, with confidence; nominees. 3: vocabularies.
# 4: the document's own date first, layout tables, speaker turns (session 6 extraction round)
# 5: election reports, forwarded mail, page site names, party Bezirke (session 7 round)
# 6: added bids, Land assemblies, version stamps, flyers, dot-leader tables (session 8 round)
# 7: hard-wrapped text (PDF text layers) read as paragraphs, a PDF's placeholder title dropped
# 8: per-post offices and co-nominees of a board list, quoted cues, seats held for a party,
#    district councils, schema.org dates of web pages
# 9: the writer's seat in a party body names the party, the Greens' delegate assemblies, a
#    "Liste für den Stadtrat" as the candidacy cue of its office, a footer's version stamp, a
#    post's header line under a headline ending in "ab", a report's credit line ("Text: …"),
#    three listed names a list of nominees only with a nomination cue or an office above, a
#    speech heading's "Rede der Abgeordneten X (SPD)", a record's header of parts, bids told
#    inverted ("stelle ich mich … zur Wahl") or as a second verb ("… und kandidiere"), an HTML
#    page's facts box (<dl>), a running page header's date only where the text dates itself
#    nowhere else, a programme's decision line ("Beschlossen von … am …"), "EINLADUNG" headings,
#    "Kreiswahlliste" as the Kreistag's, a federal sender's text about Deutschland, the elected
#    of a public election no nominees
# 10: reversed names with a double surname on list lines ("Vasquez Ortega, Lucía"); a speech
#     or a resolution typed "other" first, its finer type after it; a form's "Datum,
#     Unterschrift" field, a cover letter signed above its enclosure, "Name, Heimatort"
#     signatures, letterhead officers no nominees, statutes (current version, no bids in
#     provisions), a newsletter's title no name; district councils as Bezirksversammlung, the
#     Bezirkstag as Kreistag, the Bundeswahlordnung's nomination minutes, RTF table cells
#     as tabs, a federal sender under the text, "Dillingen/Saar" as the town writes it; a
#     speech placed by its sender line; a group's motion title and a noun no town; a date
#     field over a header line's date; delegates placed by "die Altonaer Delegierten"; a
#     district council ("BVV Pankow") as a unit, "Görlitzer Park" no Land, a title's issue;
#     timestamps with a time, mailing-list archives (sender line, ctime date), a dated
#     signature above an enclosure; a saved mail titled by its subject, an assembly to come
#     ("wird ein neuer Kreisvorstand gewählt") no report, the signers under a closing no list;
#     thanks after a public vote ("Die Bürgerschaftswahl ist vorbei") no candidacy; a social
#     post's author line ("Anna Muster @amuster.bsky.social", "Anna Muster • 1."); an
#     incumbent named by his town's adjective ("Riedenburger Bürgermeister") seeks no office;
#     Schleswig-Holstein's "Ratsversammlung" is a Stadtrat; keycap list items ("1️⃣ Anna
#     Muster") and a hashtag's party ("#VoltHamburg"); a version stamp ending a line; a
#     Kreis by its spoken name ("FDP Saarpfalz", "SPD Hochtaunus")
# 11: a party's adjective in the writer's voice ("eine starke grüne Stimme"); a reporter's
#     credit line; a writer's own nomination ("hat mich … gewählt"); a city's short name
#     shared by towns elsewhere ("Neustadt") settled by the Land context; a sign-off with a
#     full name; an election programme's title; a Landtag group or protocol as sender; readers'
#     comments dated apart; youth organisations' parties; minutes' writers; split name fields;
#     a session's date ("Plenarsitzung am …")
# 12: councils outside the label vocabulary under their own names (Ortsbeirat, Beirat,
#     Bezirkstag …), heads of Samt- and Verbandsgemeinden as Bürgermeister, a board proposing
#     candidates no office sought, a proposed Doppelspitze as nominees, teasers of other pages
#     undated, a footer's version stamp in any item of its line

SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")
#: A file with these names gives values for every document in its folder and below.
FOLDER_DEFAULTS = ("_meta.yaml", "_meta.yml")
#: Files in walked folders that document the folder rather than being documents.
_FOLDER_NOTES = ("readme", "license", "licence", "copying")

Overrides = Mapping[str, str | tuple[str, ...]]
#: Corrections of one document: field -> {"value", "by", "at"} (see ``ingest.corrections``).
Correction = Mapping[str, Mapping[str, Any]]


@dataclass(frozen=True)
class Failure:
    """A file or record that did not go into the index, and why."""

    path: str
    reason: str
    line: int | None = None
    #: Set when the record was read but could not be indexed.
    doc_id: str | None = None

    def describe(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


#: Hex digits of the path hash in a document id: 40 bits, so two files with the same name
#: collide with a chance of about 1 in 10^12 (and a collision is reported, never silent).
_ID_HASH_DIGITS = 10


@dataclass(frozen=True)
class SourceFile:
    """A file found on disk and the folder it was reached from."""

    path: Path
    root: Path

    @cached_property
    def resolved(self) -> Path:
        return self.path.resolve()

    @cached_property
    def doc_id(self) -> str:
        """The file's id: its name plus a hash of its resolved absolute path.

        The same file gets the same id whatever folder, relative or absolute path or symlink
        reached it, and two files with the same name in different folders get different ids
        (every Kreisverband sends a ``bewerbung.pdf``). The name keeps permalinks readable.
        """
        digest = hashlib.sha1(str(self.resolved).encode("utf-8", "surrogateescape"))
        tag = digest.hexdigest()[:_ID_HASH_DIGITS]
        name = self.resolved.name
        stem, dot, suffix = name.rpartition(".")
        return f"{stem}-{tag}.{suffix}" if dot and stem else f"{name}-{tag}"

    @cached_property
    def legacy_id(self) -> str:
        """The id of schema 3 and before (the path relative to the folder given), kept so
        that permalinks of that time still lead to the document."""
        try:
            return self.resolved.relative_to(self.root).as_posix()
        except ValueError:
            return self.path.name

    @cached_property
    def shown(self) -> str:
        """The path as shown to readers: relative to the parent of the folder it was indexed
        from (``kvA/bewerbung.txt``), never the server's absolute path."""
        try:
            return self.resolved.relative_to(self.root.parent).as_posix()
        except ValueError:
            return self.resolved.name


def file_id(path: Path) -> str:
    """The document id of the file at ``path``, however the path is written."""
    return SourceFile(path, path.parent).doc_id


# -- discovery -------------------------------------------------------------------------------
def printable(path: Path | str) -> str:
    """A path as text that can always be printed and stored (undecodable bytes escaped)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def discover(paths: Iterable[Path]) -> Iterator[SourceFile | Failure]:
    """Files to index under the given paths (folders are walked, sorted, hidden files skipped)."""
    for source in _discover(paths):
        if isinstance(source, SourceFile) and printable(source.path) != str(source.path):
            yield Failure(printable(source.path),
                          "file name is not valid UTF-8; rename the file to index it")
        elif isinstance(source, Failure):
            yield Failure(printable(source.path), source.reason, source.line, source.doc_id)
        else:
            yield source


def _discover(paths: Iterable[Path]) -> Iterator[SourceFile | Failure]:
    for path in paths:
        if path.is_symlink() and not path.exists():
            yield Failure(str(path), "broken symbolic link")
        elif path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            if not is_sidecar(path.name):  # metadata of another file, not a document
                yield SourceFile(path, path.resolve().parent)
        else:
            yield Failure(str(path), "no such file or folder")


def _walk(folder: Path) -> Iterator[SourceFile | Failure]:
    root = folder.resolve()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for dirname in dirnames:
            sub = Path(dirpath) / dirname
            if sub.is_symlink() and not _inside(sub.resolve(), root):
                yield Failure(str(sub), "symbolic link leads outside the indexed folder")
        for name in sorted(filenames):
            if name.startswith(".") or is_sidecar(name) or _is_folder_note(name):
                continue
            path = Path(dirpath) / name
            if path.is_symlink():
                target = path.resolve()
                if not _inside(target, root):
                    yield Failure(str(path), "symbolic link leads outside the indexed folder")
                    continue
                if not target.is_file():
                    yield Failure(str(path), "broken symbolic link")
                    continue
            yield SourceFile(path, root)


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def is_sidecar(name: str) -> bool:
    """Sidecars and folder defaults describe documents and are never documents themselves."""
    lowered = name.lower()
    return lowered.endswith(SIDECAR_SUFFIXES) or lowered in FOLDER_DEFAULTS


def _is_folder_note(name: str) -> bool:
    stem = name.lower().split(".", 1)[0]
    return stem in _FOLDER_NOTES


# -- sidecars --------------------------------------------------------------------------------
def sidecar_for(path: Path) -> Path | None:
    """``NAME.meta.yaml``/``.json`` beside the document (``a.txt.meta.yaml`` or ``a.meta.yaml``)."""
    stems = [path.name]
    base = path.name.split(".", 1)[0]
    if base and base != path.name:
        stems.append(base)
    for stem in stems:
        for suffix in SIDECAR_SUFFIXES:
            candidate = path.with_name(stem + suffix)
            if candidate.is_file():
                return candidate
    return None


def read_sidecar(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise ReaderError(f"sidecar {path.name} is unreadable: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReaderError(f"sidecar {path.name} must hold a mapping of keys to values")
    return data


# -- documents -------------------------------------------------------------------------------
@dataclass
class Prepared:
    """A record read from disk, with its id and hash, before metadata extraction."""

    raw: RawDocument
    doc_id: str
    #: The resolved absolute path: for finding changed and vanished files, never shown.
    path: str
    content_hash: str
    given: list[tuple[str, Overrides]]
    #: The path as shown to readers (relative to the indexed folder's parent).
    shown: str = ""
    #: The id this record had under schema 3, for old permalinks ("" where the id is given).
    alias: str = ""
    #: Who corrected which field when: field -> {"by", "at"}.
    notes: dict[str, dict[str, Any]] = field(default_factory=dict)


class FolderDefaults:
    """Values of the ``_meta.yaml`` files in a file's folder and the folders above it; the
    nearest file wins field by field. Each folder is read once per run."""

    def __init__(self) -> None:
        self._read: dict[Path, dict[str, Any] | ReaderError] = {}

    def for_file(self, path: Path) -> dict[str, str | tuple[str, ...]]:
        merged: dict[str, str | tuple[str, ...]] = {}
        for folder in reversed(path.resolve().parents):  # farthest first, nearest last
            merged.update(given_metadata(self._folder(folder)))
        return merged

    def _folder(self, folder: Path) -> dict[str, Any]:
        if folder not in self._read:
            try:
                self._read[folder] = _read_folder_defaults(folder)
            except ReaderError as exc:
                self._read[folder] = exc
        found = self._read[folder]
        if isinstance(found, ReaderError):
            raise found
        return found


def _read_folder_defaults(folder: Path) -> dict[str, Any]:
    for name in FOLDER_DEFAULTS:
        candidate = folder / name
        if candidate.is_file():
            try:
                return read_sidecar(candidate)
            except ReaderError as exc:
                raise ReaderError(f"folder defaults {candidate} are unreadable: {exc}") from exc
    return {}


@dataclass
class Given:
    """What people said about the documents of a run besides the files themselves."""

    overrides: Overrides
    #: When the overrides were given (ISO time; ``None``: now, in this call). A correction
    #: made later wins over them when a recorded call is replayed (``reindex``).
    overrides_at: str | None = None
    corrections: Mapping[str, Correction] | None = None
    folders: FolderDefaults | None = None


def read_source(
    source: SourceFile, overrides: Overrides | Given, limits: Limits
) -> Iterator[Prepared | Failure]:
    """Read one file into prepared records; failures are yielded, never raised."""
    display = str(source.path)
    given = overrides if isinstance(overrides, Given) else Given(overrides)
    try:
        sidecar_path = sidecar_for(source.path)
        sidecar = given_metadata(read_sidecar(sidecar_path)) if sidecar_path else {}
        folder = (given.folders or FolderDefaults()).for_file(source.path)
        records = pick_reader(source.path)(source.path, limits)
        for record in records:
            if isinstance(record, RecordError):
                yield Failure(display, record.reason, record.line)
                continue
            yield _prepare(record, source, given, sidecar, folder)
    except ReaderError as exc:
        yield Failure(display, str(exc))
    except (RecursionError, MemoryError) as exc:
        yield Failure(display, f"file is too complex to read ({type(exc).__name__})")


def _prepare(
    raw: RawDocument, source: SourceFile, given: Given, sidecar: Overrides, folder: Overrides
) -> Prepared:
    if raw.doc_id:
        doc_id, alias = raw.doc_id, ""
    elif raw.line is not None:
        doc_id, alias = f"{source.doc_id}:{raw.line}", f"{source.legacy_id}:{raw.line}"
    else:
        doc_id, alias = source.doc_id, source.legacy_id
    correction = (given.corrections or {}).get(doc_id) or {}
    layers: list[tuple[str, Overrides]] = [
        ("cli", _flags(given, correction)),
        ("correction", {name: _value(item["value"]) for name, item in correction.items()}),
        ("sidecar", sidecar),
        ("folder", folder),
        ("document", raw.metadata),
    ]
    notes = {name: {"by": item.get("by"), "at": item.get("at")}
             for name, item in correction.items()}
    fingerprint = json.dumps(
        [PIPELINE_VERSION, raw.text, raw.title, raw.source, raw.extra, layers, notes],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    return Prepared(
        raw=raw,
        doc_id=doc_id,
        path=str(source.resolved),
        shown=source.shown,
        alias=alias,
        content_hash=hashlib.sha256(fingerprint.encode("utf-8")).hexdigest(),
        given=layers,
        notes=notes,
    )


def _flags(given: Given, correction: Correction) -> Overrides:
    """The CLI flags that still count: replayed flags (``reindex``) yield to corrections made
    after them; flags of this very call win over every correction."""
    if given.overrides_at is None:
        return given.overrides
    return {
        name: value for name, value in given.overrides.items()
        if str((correction.get(name) or {}).get("at") or "") <= given.overrides_at
    }


def _value(value: Any) -> str | tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list | tuple) else str(value)


def build_document(prepared: Prepared) -> Document:
    """Merge metadata by precedence and extract what nobody gave."""
    raw = prepared.raw
    meta: dict[str, MetaValue] = {}
    ignored: dict[str, Any] = {}
    for origin, layer in prepared.given:
        kept, unknown = split_known(layer)
        for field_name, bad in unknown.items():
            ignored.setdefault(field_name, {"value": bad, "origin": origin})
        for field_name, value in kept.items():
            if field_name in GIVEN_FIELDS and field_name not in meta and value:
                note = prepared.notes.get(field_name, {}) if origin == "correction" else {}
                meta[field_name] = MetaValue(
                    canonical(field_name, value), origin, by=note.get("by"), at=note.get("at")
                )
    title = raw.title or _fallback_title(prepared.path)
    missing = [f for f in META_FIELDS if f not in meta]
    extra = dict(raw.extra, ignored_given=ignored) if ignored else raw.extra
    if missing:
        # (of a type, the finest: a given speech is "other" first, and a speech to the rules)
        known = {
            f: extraction.finest_type(v.as_list()) if f == "doc_type" else v.as_list()[0]
            for f, v in meta.items()
        }
        # The file name and its folder: a dated post ("2024-09-29-slug.md") or page bundle
        # ("2024-09-29-slug/index.md") is dated by them, "ltw22-liste.md" names the election.
        where = Path(prepared.path)
        found = extraction.extract_metadata(
            # A web page's own title, site name and all, where its h1 became the title shown:
            # the site name ("| SPD Bremen-Nord") is evidence of party and region.
            raw.text, title=str(raw.extra.get(PAGE_TITLE) or raw.title or "") or None,
            known=known, filename=f"{where.parent.name}/{where.name}",
            hints={k: str(v) for k, v in raw.extra.items() if k in extraction.HINTS},
        )
        extra = sort_extracted(found, missing, meta, extra)
    return Document(
        doc_id=prepared.doc_id,
        title=title,
        text=raw.text,
        source=raw.source or prepared.shown or Path(prepared.path).name,
        content_hash=prepared.content_hash,
        meta=meta,
        path=prepared.path,
        extra=extra,
        alias=prepared.alias,
    )


#: Fields whose facet threshold is a share of ``metadata_min_confidence``. Every document has
#: a type, one of few, and a negative's type competes with the candidacy cues its reports of
#: others' nominations carry, so the type's confidence runs low where it is right: on the dev
#: sets (session 9) the types between 0.3 and 0.5 were right in 7 of 7 documents, the other
#: fields' uncertain values in 15 of 21.
FIELD_THRESHOLD_SHARE = {"doc_type": 0.6}


def sort_extracted(
    found: Mapping[str, extraction.Extracted],
    missing: list[str],
    meta: dict[str, MetaValue],
    extra: dict[str, Any],
) -> dict[str, Any]:
    """Extracted values at least ``metadata_min_confidence`` sure go into ``meta`` (and so
    into the facets); less certain ones into ``extra["uncertain"]`` with their evidence, for
    the document page. The nominees of a list announcement go into ``extra["nominees"]``."""
    threshold = config.get_float("metadata_min_confidence")
    uncertain: dict[str, Any] = {}
    for field_name in missing:
        hit = found.get(field_name)
        if hit is None:
            continue
        if hit.confidence >= threshold * FIELD_THRESHOLD_SHARE.get(field_name, 1.0):
            meta[field_name] = MetaValue(hit.value, "extracted", hit.evidence, hit.confidence)
        else:
            value = list(hit.value) if isinstance(hit.value, tuple) else hit.value
            uncertain[field_name] = {
                "value": value, "confidence": hit.confidence, "evidence": hit.evidence,
            }
    listed = found.get(extraction.NOMINEES)
    if not uncertain and listed is None:
        return extra
    extra = dict(extra)
    if uncertain:
        extra["uncertain"] = uncertain
    if listed is not None:
        extra["nominees"] = [dict(record) for record in listed.details]
    return extra


def canonical(field_name: str, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
    """Given values in canonical spelling where the gazetteers know them."""
    normaliser = _NORMALISERS.get(field_name)
    if normaliser is None:
        return value
    if isinstance(value, tuple):
        value = tuple(normaliser(v) or v for v in value)
    else:
        value = normaliser(value) or value
    # a given "Rede" is a speech and so an "other" document, like an extracted one
    return extraction.with_base_type(value) if field_name == "doc_type" else value


_NORMALISERS: dict[str, Callable[[str], str | None]] = {
    "party": extraction.canonical_party,
    "office": extraction.canonical_office,
    "doc_type": extraction.canonical_doc_type,
}


def _fallback_title(path: str) -> str:
    return Path(path).stem.replace("_", " ").replace("-", " ").strip() or path
