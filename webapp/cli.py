"""The ``parteisuche`` command line: a thin layer over :mod:`indexer.ingest.indexing` and
:mod:`indexer.search`. Domain errors become messages a person can act on, never tracebacks.
"""

from __future__ import annotations

import csv
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from indexer import config
from indexer.engine.store import IndexStore
from indexer.errors import (
    IndexLocked,
    IndexMissing,
    Interrupted,
    ParteisucheError,
    SchemaOutdated,
)
from indexer.ingest.processes import stop_signals_interrupt
from indexer.models import GIVEN_FIELDS, META_FIELDS
from indexer.schema import SCHEMA_VERSION
from indexer.search import FACET_NAMES, FACETS, SearchRequest, SearchService, facet_name
from indexer.visibility import MEMBERS, VISIBILITIES
from webapp.cli_users import users

# The heavy modules are imported by the commands that need them: a search in a fresh process
# should not pay for the readers (lxml, BeautifulSoup), metadata extraction or the writer.
if TYPE_CHECKING:
    from indexer.ingest.indexing import Summary
    from indexer.ingest.pipeline import Failure
    from indexer.readers import Limits

F = TypeVar("F", bound=Callable[..., Any])

#: Exit codes (documented in the README): 0 ok, 1 some files failed or an error, 2 usage
#: (click), 3 outdated index, 4 missing index, 5 index busy, 130 interrupted.
EXIT_OUTDATED = 3
EXIT_MISSING = 4
EXIT_BUSY = 5
EXIT_INTERRUPTED = 130


def index_option(func: F) -> F:
    return click.option(
        "--index",
        "index_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Index folder (default: $PARTEISUCHE_INDEX or instance/index).",
    )(func)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")(
        func
    )


def quiet_option(func: F) -> F:
    return click.option("--quiet", "-q", is_flag=True, help="No progress output.")(func)


def procs_option(func: F) -> F:
    func = click.option(
        "--nice",
        "niceness",
        type=click.IntRange(0, 19),
        default=lambda: config.get_int("index_nice"),
        show_default="10",
        help="Lower this run's CPU priority by N, so a server on the same machine keeps its "
        "speed (0: as the shell started it).",
    )(func)
    return click.option(
        "--procs",
        type=click.IntRange(min=1),
        default=lambda: os.cpu_count() or 1,
        show_default="all cores",
        help="Worker processes for extraction and analysis (1: all in this process).",
    )(func)


def _lower_priority(niceness: int) -> None:
    """Index runs yield the CPU to searches; the worker processes inherit the priority."""
    if niceness > 0:
        os.nice(niceness)


def wait_option(func: F) -> F:
    return click.option(
        "--wait",
        type=click.FloatRange(min=0),
        default=lambda: float(config.get_int("lock_wait")),
        show_default="0",
        help="Seconds to wait for another process that is writing to the index.",
    )(func)


def domain_errors(func: F) -> F:
    """Turn :class:`ParteisucheError` into a clean ``Error: ...`` message (exit code 1, or 5
    when another writer holds the index), and Ctrl-C, SIGTERM or SIGHUP into one line and
    exit code 130 — no tracebacks, no "Aborted!"."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with stop_signals_interrupt():
                return func(*args, **kwargs)
        except IndexLocked as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(EXIT_BUSY)
        except ParteisucheError as exc:
            raise click.ClickException(str(exc)) from exc
        except (KeyboardInterrupt, Interrupted) as exc:
            saved = exc.saved if isinstance(exc, Interrupted) else None
            if saved is None:
                click.echo("abgebrochen", err=True)
            else:
                click.echo(
                    f"abgebrochen: {saved} Dokumente gespeichert, Rest beim nächsten Lauf",
                    err=True,
                )
            sys.exit(EXIT_INTERRUPTED)

    return wrapper  # type: ignore[return-value]


def echo_json(data: Any) -> None:
    """One JSON document per line; text that cannot be encoded (lone surrogates) is escaped."""
    line = json.dumps(data, ensure_ascii=False)
    click.echo(line.encode("utf-8", "backslashreplace").decode("utf-8"))


def _store(index_dir: Path | None) -> IndexStore:
    return IndexStore(config.index_dir(index_dir))


class _Progress:
    """A one-line counter on stderr, shown only on a terminal and without --quiet."""

    def __init__(self, label: str, quiet: bool) -> None:
        self.label = label
        self.enabled = not quiet and sys.stderr.isatty()
        self.count = 0

    def __call__(self, _item: str) -> None:
        self.count += 1
        if self.enabled and self.count % 100 == 0:
            click.echo(f"\r{self.label}: {self.count} documents", nl=False, err=True)

    def done(self) -> None:
        if self.enabled and self.count >= 100:
            click.echo(f"\r{self.label}: {self.count} documents", err=True)


@click.group()
@click.version_option(package_name="parteisuche")
def cli() -> None:
    """parteisuche: full-text search for German party documents.

    Example: parteisuche index corpus/ && parteisuche search Direktmandat
    """


# -- writing ---------------------------------------------------------------------------------
@cli.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@index_option
@click.option("--force", is_flag=True, help="Re-index documents even if unchanged.")
@click.option("--prune", is_flag=True, help="Remove documents whose files vanished under PATHS.")
@click.option(
    "--commit-every", type=click.IntRange(min=1), default=10_000, show_default=True,
    help="Commit after this many documents, so an interrupted run keeps its progress.",
)
@click.option("--person", help="Person for every document of this call.")
@click.option("--office", help="Office sought, for every document of this call.")
@click.option("--region", help="Region, for every document of this call.")
@click.option("--party", help="Party, for every document of this call.")
@click.option("--date", "date_", help="Date (2024, 2024-09 or 2024-09-07).")
@click.option("--type", "doc_type", help="Document type (candidacy, press_release, ...).")
@click.option(
    "--visibility", type=click.Choice(VISIBILITIES),
    help="Who may see the documents: öffentlich (anyone) or mitglieder (signed-in members).",
)
@procs_option
@wait_option
@json_option
@quiet_option
@domain_errors
def index_cmd(
    paths: tuple[Path, ...],
    index_dir: Path | None,
    force: bool,
    prune: bool,
    commit_every: int,
    person: str | None,
    office: str | None,
    region: str | None,
    party: str | None,
    date_: str | None,
    doc_type: str | None,
    visibility: str | None,
    procs: int,
    niceness: int,
    wait: float,
    as_json: bool,
    quiet: bool,
) -> None:
    """Add new and changed documents; unchanged ones are skipped by content hash.

    Example: parteisuche index corpus/ --prune
    """
    from indexer.ingest.indexing import IndexOptions, index_paths

    _lower_priority(niceness)

    overrides = _overrides(
        person=person, office=office, region=region, party=party, date=date_, doc_type=doc_type,
        visibility=visibility,
    )
    progress = _Progress("indexed", quiet)
    options = IndexOptions(
        overrides=overrides, force=force, prune=prune, wait=wait, procs=procs,
        batch_size=commit_every,
    )
    summary = index_paths(_store(index_dir), paths, options, progress)
    progress.done()
    _report(summary, as_json, quiet)


_FLAG_OF = {"date": "--date", "doc_type": "--type"}


def _overrides(**values: str | None) -> dict[str, str | tuple[str, ...]]:
    result: dict[str, str | tuple[str, ...]] = {}
    for name, value in values.items():
        if value is not None:
            result[name] = _given_value(name, value, _FLAG_OF.get(name, f"--{name}"))
    return result


def _given_value(name: str, value: str | list[str], hint: str) -> str | tuple[str, ...]:
    """A value a person gives, normalised and checked against the vocabulary of its field
    (offices, document types); an unknown one is a usage error listing the allowed values."""
    from indexer.given import allowed_values, known_value, normalise_value

    normalised = normalise_value(name, value)
    if not normalised:
        raise click.BadParameter(f"{value!r} is not a valid value", param_hint=hint)
    items = normalised if isinstance(normalised, tuple) else (normalised,)
    checked = []
    for item in items:
        known = known_value(name, item)
        if known is None:
            allowed = ", ".join(allowed_values(name))
            raise click.BadParameter(
                f"{item!r} is not a known value; allowed: {allowed}", param_hint=hint
            )
        checked.append(known)
    return tuple(checked) if isinstance(normalised, tuple) else checked[0]


def _report(summary: Summary, as_json: bool, quiet: bool) -> None:
    if as_json:
        echo_json(summary.as_dict())
    else:
        if not quiet or summary.failures:
            click.echo(
                f"{summary.added} added, {summary.updated} updated"
                + (f" ({summary.moved} moved)" if summary.moved else "")
                + f", {summary.unchanged} unchanged, "
                f"{summary.removed} removed, {len(summary.failures)} failed "
                f"in {summary.seconds:.1f} s"
            )
        for failure in summary.failures:
            click.echo(f"  failed: {failure.describe()}", err=True)
        for warning in summary.warnings:
            click.echo(f"  warning: {warning}", err=True)
    if summary.failures:
        sys.exit(1)


@cli.command("remove")
@click.argument("targets", nargs=-1, required=True)
@index_option
@wait_option
@json_option
@quiet_option
@domain_errors
def remove_cmd(
    targets: tuple[str, ...], index_dir: Path | None, wait: float, as_json: bool, quiet: bool
) -> None:
    """Remove documents by id, by file path or by folder path.

    Example: parteisuche remove corpus/alt.txt bt-ID20100100
    """
    from indexer.ingest.indexing import remove

    removed, missing = remove(_store(index_dir), targets, wait)
    if as_json:
        echo_json({"removed": removed, "missing": list(missing)})
    elif not quiet:
        click.echo(f"{removed} removed")
    if not as_json:
        for target in missing:
            click.echo(f"  not in the index: {target}", err=True)
    if missing:
        sys.exit(1)


@cli.command("reindex")
@index_option
@procs_option
@wait_option
@json_option
@quiet_option
@domain_errors
def reindex_cmd(
    index_dir: Path | None, procs: int, niceness: int, wait: float, as_json: bool, quiet: bool
) -> None:
    """Rebuild the index from every source indexed so far (after an upgrade, for example).

    The new index replaces the old one in one atomic step; searches keep working meanwhile.

    Example: parteisuche reindex
    """
    from indexer.ingest.indexing import reindex

    store = _store(index_dir)
    if not store.exists():
        raise IndexMissing(f"No index at {store.root}; create one with `parteisuche index PATH`.")
    _lower_priority(niceness)
    progress = _Progress("reindexed", quiet)
    summary = reindex(store, wait, progress=progress, procs=procs)
    progress.done()
    _report(summary, as_json, quiet)


def _by_default() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unbekannt"


def _parse_assignments(assignments: tuple[str, ...]) -> dict[str, str | tuple[str, ...]]:
    """``FIELD=VALUE`` pairs; person takes several values (``person="A; B"`` or repeated)."""
    collected: dict[str, list[str]] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        name = _field_name(name)
        if not sep or not value.strip():
            raise click.BadParameter(f"{item!r}: expected FIELD=VALUE", param_hint="FIELD=VALUE")
        parts = [p.strip() for p in value.split(";")] if name == "person" else [value.strip()]
        collected.setdefault(name, []).extend(p for p in parts if p)
    result: dict[str, str | tuple[str, ...]] = {}
    for name, values in collected.items():
        if name != "person" and len(set(values)) > 1:
            raise click.BadParameter(f"{name} takes one value, got {len(values)}",
                                     param_hint="FIELD=VALUE")
        result[name] = _given_value(name, values if name == "person" else values[0], name)
    return result


def _field_name(name: str) -> str:
    name = name.strip().lower()
    name = {"type": "doc_type"}.get(name, name)
    if name not in GIVEN_FIELDS:
        raise click.BadParameter(
            f"unknown field {name!r}; fields: {', '.join(GIVEN_FIELDS)}", param_hint="FIELD"
        )
    return name


def _by_option(func: F) -> F:
    return click.option(
        "--by", default=_by_default, show_default="the login name",
        help="Who makes the correction (shown on the document page).",
    )(func)


@cli.command("set")
@click.argument("doc_id", metavar="ID")
@click.argument("assignments", nargs=-1, required=True, metavar="FIELD=VALUE...")
@index_option
@_by_option
@wait_option
@json_option
@quiet_option
@domain_errors
def set_cmd(
    doc_id: str, assignments: tuple[str, ...], index_dir: Path | None, by: str, wait: float,
    as_json: bool, quiet: bool,
) -> None:
    """Correct metadata of one document; the correction outlasts `index --force` and `reindex`.

    It wins over sidecars, folder defaults, the document's own metadata and extraction; only
    the flags of a later `index` call win over it. Several persons: person="A; B" or
    person=A person=B. Fields: person, office, region, bundesland, party, date, doc_type,
    visibility (öffentlich or mitglieder).

    Example: parteisuche set bewerbung-1a2b3c4d5e.txt office=Landesvorsitz party="Die Linke"
    """
    from indexer.ingest.corrections import correct

    values = _parse_assignments(assignments)
    outcome = correct(_store(index_dir), doc_id, values, [], by, wait)
    _correction_out(outcome, "set", as_json, quiet)


@cli.command("unset")
@click.argument("doc_id", metavar="ID")
@click.argument("fields", nargs=-1, required=True, metavar="FIELD...")
@index_option
@wait_option
@json_option
@quiet_option
@domain_errors
def unset_cmd(
    doc_id: str, fields: tuple[str, ...], index_dir: Path | None, wait: float, as_json: bool,
    quiet: bool,
) -> None:
    """Remove corrections of one document; each field falls back to the next source.

    Example: parteisuche unset bewerbung-1a2b3c4d5e.txt office
    """
    from indexer.ingest.corrections import correct

    names = list(dict.fromkeys(_field_name(name) for name in fields))
    outcome = correct(_store(index_dir), doc_id, {}, names, "", wait)
    _correction_out(outcome, "unset", as_json, quiet)


def _correction_out(outcome: Any, verb: str, as_json: bool, quiet: bool) -> None:
    if as_json:
        echo_json({"id": outcome.doc_id, "changed": outcome.changed,
                   "rewritten_from": outcome.rewritten_from, "metadata": outcome.metadata})
    elif not quiet:
        if outcome.changed:
            click.echo(f"{outcome.doc_id}: {verb} {', '.join(outcome.changed)}")
        else:
            click.echo(f"{outcome.doc_id}: nothing to change")


@cli.command("optimize")
@index_option
@wait_option
@json_option
@quiet_option
@domain_errors
def optimize_cmd(index_dir: Path | None, wait: float, as_json: bool, quiet: bool) -> None:
    """Merge the index into one segment; searches keep working while it runs.

    Example: parteisuche optimize
    """
    from indexer.ingest.indexing import optimize

    segments = optimize(_store(index_dir), wait)
    if as_json:
        echo_json({"segments": segments})
    elif not quiet:
        click.echo(f"optimized: {segments} segment{'s' if segments != 1 else ''}")


# -- reading ---------------------------------------------------------------------------------
@cli.command("list")
@index_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N documents.")
@json_option
@domain_errors
def list_cmd(index_dir: Path | None, limit: int | None, as_json: bool) -> None:
    """List indexed documents: id, date, person and title.

    Example: parteisuche list --limit 20
    """
    service = SearchService(_store(index_dir), audience=MEMBERS)
    for count, stored in enumerate(service.stored_documents()):
        if limit is not None and count >= limit:
            break
        row = {k: stored.get(k) for k in ("id", "date", "person", "title", "source")}
        row["person"] = (row["person"] or "").replace("\n", ", ") or None
        if as_json:
            echo_json(row)
        else:
            click.echo("\t".join(str(row[k] or "") for k in ("id", "date", "person", "title")))


@cli.command("stats")
@index_option
@json_option
@domain_errors
def stats_cmd(index_dir: Path | None, as_json: bool) -> None:
    """Number of documents, schema version and counts per facet value.

    Example: parteisuche stats --json
    """
    service = SearchService(_store(index_dir), audience=MEMBERS)
    result = service.search(SearchRequest(page_size=1, with_snippets=False))
    facets = {
        name: [{"value": v.value, "count": v.count} for v in values]
        for name, values in result.facets.items()
    }
    data = {"documents": result.total, "schema_version": SCHEMA_VERSION, "facets": facets}
    if as_json:
        echo_json(data)
        return
    click.echo(f"documents: {result.total}\nschema version: {SCHEMA_VERSION}")
    for name, values in facets.items():
        top = ", ".join(f"{v['value']} ({v['count']})" for v in values[:5])
        click.echo(f"{name}: {len(values)} values; top: {top}")


@cli.command("check")
@index_option
@json_option
@quiet_option
def check_cmd(index_dir: Path | None, as_json: bool, quiet: bool) -> None:
    """Check that the index opens, matches this version and reads completely.

    Exit codes: 0 healthy, 1 damaged, 3 outdated schema (run reindex), 4 no index.

    Example: parteisuche check
    """
    from indexer.engine.health import check_index

    store = _store(index_dir)
    try:
        report = check_index(store)
    except IndexMissing as exc:
        _check_out({"healthy": False, "problem": str(exc)}, as_json, quiet)
        sys.exit(EXIT_MISSING)
    except SchemaOutdated as exc:
        _check_out({"healthy": False, "problem": str(exc)}, as_json, quiet)
        sys.exit(EXIT_OUTDATED)
    _check_out(report, as_json, quiet)
    if not report["healthy"]:
        sys.exit(1)


def _check_out(report: dict[str, Any], as_json: bool, quiet: bool) -> None:
    if as_json:
        echo_json(report)
    elif not quiet:
        if report["healthy"]:
            click.echo(f"healthy: {report['documents']} documents, "
                       f"schema version {report['schema_version']}")
        else:
            click.echo(f"not healthy: {report['problem']}")


@cli.command("search")
@click.argument("query", required=False, default="")
@index_option
@click.option(
    "--filter", "filters", multiple=True, metavar="FIELD=VALUE",
    help=f"Keep hits with this facet value (fields: {', '.join(FACETS)}; the German names "
    "of the query language work too, e.g. partei=SPD).",
)
@click.option("--from", "date_from", help="Earliest date (2024, 2024-09, 2024-09-07).")
@click.option("--to", "date_to", help="Latest date.")
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]), default="relevance")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
@click.option(
    "--queries", type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Batch mode: a TSV with header and columns qid, query; one JSON line per query.",
)
@json_option
@domain_errors
def search_cmd(
    query: str,
    index_dir: Path | None,
    filters: tuple[str, ...],
    date_from: str | None,
    date_to: str | None,
    sort: str,
    limit: int,
    page: int,
    queries: Path | None,
    as_json: bool,
) -> None:
    """Search the index with the query language (see README).

    Example: parteisuche search "Direktmandat" --filter party="Die Linke" --from 2024 --json
    """
    service = SearchService(_store(index_dir), audience=MEMBERS)
    parsed_filters = _parse_filters(filters)

    def request(text: str) -> SearchRequest:
        return SearchRequest(
            q=text, filters=parsed_filters, date_from=date_from, date_to=date_to,
            sort=sort, page=page, page_size=min(limit, 100) if not queries else 1,
        )

    if queries is not None:
        _batch(service, queries, request, limit)
        return
    if not query.strip() and not filters and not date_from and not date_to:
        raise click.UsageError("Give a QUERY, a --filter or a date range (or --queries FILE).")
    result = service.search(request(query))
    if as_json:
        echo_json(result.as_json())
        return
    if result.notice:
        click.echo(result.notice, err=True)
    click.echo(f"{result.total} hit{'' if result.total == 1 else 's'}")
    for hit in result.hits:
        who = ", ".join(hit.person) or "-"
        click.echo(f"{hit.id}\t{hit.date or '-'}\t{who}\t{hit.title}")
    if result.suggestion:
        click.echo(f"Meinten Sie: {result.suggestion}")


def _batch(
    service: SearchService, queries: Path, request: Callable[[str], SearchRequest], limit: int
) -> None:
    for qid, text in _read_queries(queries):
        req = request(text)
        req.page_size = min(limit, 1000)
        req.with_snippets = False
        result = service.search(req, max_page_size=1000)
        hits = [{"id": h.id, "score": h.as_json()["score"]} for h in result.hits]
        echo_json({"qid": qid, "query": text, "total": result.total,
                   "took_ms": round(result.took_ms, 3), "hits": hits})


def _read_queries(path: Path) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if not reader.fieldnames or not {"qid", "query"} <= set(reader.fieldnames):
            raise click.UsageError(f"{path} needs a header with the columns qid and query.")
        for row in reader:
            yield row["qid"], row["query"] or ""


def _parse_filters(filters: tuple[str, ...]) -> dict[str, list[str]]:
    parsed: dict[str, list[str]] = {}
    for item in filters:
        name, sep, value = item.partition("=")
        if not sep or not value.strip():
            raise click.BadParameter(f"{item!r}: expected FIELD=VALUE", param_hint="--filter")
        facet = facet_name(name)  # the German names of the query language too: partei=SPD
        if facet is None:
            raise click.BadParameter(
                f"unknown field {name.strip().lower()!r}; fields: {', '.join(FACETS)} "
                f"(or {', '.join(n for n in FACET_NAMES if n not in FACETS)})",
                param_hint="--filter",
            )
        parsed.setdefault(facet, []).append(value.strip())
    return parsed


@cli.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@json_option
def extract_cmd(files: tuple[Path, ...], as_json: bool) -> None:
    """Print the metadata of each file (one JSON line each); nothing is written to the index.

    Example: parteisuche extract --json corpus/*.txt
    """
    from indexer.ingest.pipeline import Failure
    from indexer.readers import Limits

    limits = Limits.from_config()
    failed = False
    for given in files:
        for item in _extract_items(given, limits):
            if isinstance(item, Failure):
                failed = True
                click.echo(f"failed: {item.describe()}", err=True)
                continue
            if as_json:
                echo_json(item)
            else:
                fields = ", ".join(f"{k}={item[k]}" for k in META_FIELDS if item.get(k))
                click.echo(f"{item['file']}: {fields}")
    if failed:
        sys.exit(1)


def _extract_items(given: Path, limits: Limits) -> Iterator[dict[str, Any] | Failure]:
    from indexer.ingest.pipeline import Failure, build_document, discover, read_source

    for source in discover([given]):
        if isinstance(source, Failure):
            yield source
            continue
        shown = str(given) if given.is_file() else str(source.path)
        for prepared in read_source(source, {}, limits):
            if isinstance(prepared, Failure):
                yield prepared
                continue
            doc = build_document(prepared)
            row: dict[str, Any] = {"file": shown, "id": doc.doc_id, "title": doc.title}
            for name in META_FIELDS:
                value = doc.meta.get(name)
                row[name] = (list(value.value) if isinstance(value.value, tuple)
                             else value.value) if value else None
            row["provenance"] = {
                k: {"origin": v.origin, "evidence": v.evidence, "confidence": v.confidence}
                for k, v in doc.meta.items()
            }
            uncertain = doc.extra.get("uncertain") or {}
            for name, item in uncertain.items():
                row["provenance"][name] = {"origin": "extracted", **item}
            row["uncertain"] = uncertain
            row["nominees"] = doc.extra.get("nominees") or []
            row["ignored"] = doc.extra.get("ignored_given") or {}
            yield row


@cli.command("serve")
@index_option
@click.option("--host", default=lambda: config.get("host"), show_default="127.0.0.1")
@click.option("--port", type=int, default=lambda: config.get_int("port"), show_default="8000")
@click.option("--threads", type=int, default=lambda: config.get_int("threads"), show_default="8")
@click.option(
    "--workers", type=click.IntRange(min=1), default=lambda: config.get_int("workers"),
    show_default="all cores", help="Server processes (each with --threads threads).",
)
@click.option(
    "--originals", is_flag=True,
    help="Offer each document's original file for download (only files inside the indexed "
    "folders).",
)
@click.option(
    "--trust-user-header", metavar="HEADER",
    help="Take a member's name from this header of the reverse proxy's requests (single "
    "sign-on); needs --trusted-proxy.",
)
@click.option(
    "--trusted-proxy", metavar="ADDR",
    help="The proxy's address: the header is believed only from there.",
)
@domain_errors
def serve_cmd(
    index_dir: Path | None, host: str, port: int, threads: int, workers: int, originals: bool,
    trust_user_header: str | None, trusted_proxy: str | None,
) -> None:
    """Serve the web app with the production WSGI server (waitress, pre-forked).

    Members sign in at /anmelden or with HTTP Basic (accounts: `parteisuche users`); behind a
    single sign-on proxy, the proxy names them in a header.

    Example: parteisuche serve --port 8000 --workers 2 --originals
    """
    from webapp import create_app
    from webapp.server import run

    if bool(trust_user_header) != bool(trusted_proxy):
        raise click.UsageError("--trust-user-header and --trusted-proxy go together")
    folder = str(config.index_dir(index_dir))
    settings = {
        "INDEX_DIR": folder, "ORIGINALS": originals, "TRUST_USER_HEADER": trust_user_header,
        "TRUSTED_PROXY": trusted_proxy,
    }
    offered = ", original files offered" if originals else ""
    click.echo(f"parteisuche on http://{host}:{port}/ (index {folder}, {workers} workers{offered})")
    run(lambda: create_app(settings), host, port, workers, threads)


cli.add_command(users)


def main() -> None:
    cli(prog_name="parteisuche")


if __name__ == "__main__":
    main()
