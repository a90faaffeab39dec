"""Warm a serving process before it accepts connections.

Much of what a request needs is built once per process and index generation, on first use:
the searcher, the facet and date tables, the ranker's length norms, the compound splitter's
vocabulary (about a second), the compiled templates, the text-less records that exports,
person pages and similar-document lists read. Built by the first requests, that work made each
fresh worker answer its first requests seconds late — the long tail of the load test. A
worker therefore runs one request of each kind through its own app, in its own process, before
it serves; the other workers keep serving meanwhile.

Warm-up never stops a server from starting: without a usable index it logs why and the app
answers with its usual 503 page.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from urllib.parse import quote, urlencode

from flask import Flask

from indexer.errors import ParteisucheError
from indexer.search import SearchRequest, SearchService
from webapp import search_service

log = logging.getLogger(__name__)

#: Records listed between two chances for other threads to run (background warm-ups).
RECORDS_PER_PAUSE = 500
#: A query with a compound and an umlaut, so the splitter and the highlighter load their data.
WARM_QUERY = "Mindestlohnerhöhung Bundesregierung"


def warm_service(service: SearchService) -> dict[str, float]:
    """Build the index-level caches of ``service``: records, tables, splitter, highlighter.

    Raises the service's own errors (:class:`ParteisucheError`) when the index is unusable.
    """
    timings: dict[str, float] = {}
    started = time.perf_counter()
    # Every document's record without its text (exports, person pages, similar documents).
    newest = None
    for count, hit in enumerate(service.iter_hits(SearchRequest(sort="newest"))):
        newest = newest or hit
        if count % RECORDS_PER_PAUSE == 0:
            time.sleep(0)  # let request threads of a serving process have the GIL
    timings["records"] = time.perf_counter() - started
    steps: list[tuple[str, Callable[[], object]]] = [
        ("search", lambda: service.search(SearchRequest(q=WARM_QUERY))),
        ("feed", lambda: list(service.iter_hits(SearchRequest(), order="indexed", limit=1))),
        # nominees and first lines of every candidacy; everyone A–Z
        ("candidacies", lambda: service.candidacies(SearchRequest(sort="newest"))),
        ("people", lambda: service.people(SearchRequest(with_facets=False))),
    ]
    if newest is not None:
        doc_id, persons = newest.id, newest.person
        steps.append(("similar", lambda: service.more_like_this(doc_id)))
        if persons:
            steps.append(("person", lambda: service.person_documents(persons[0])))
    for name, step in steps:
        started = time.perf_counter()
        step()
        timings[name] = time.perf_counter() - started
    return timings


def warm(app: Flask) -> dict[str, float]:
    """Warm the app's search service, then render one page of each kind (templates, routes).

    Returns the seconds each step took; an unusable index is logged and skipped.
    """
    service = search_service(app)
    try:
        timings = warm_service(service)
    except ParteisucheError as exc:  # no index, an outdated one: the app says so per request
        log.warning("warm-up skipped: %s", exc)
        return {}
    newest = next(service.iter_hits(SearchRequest(sort="newest")), None)
    paths = [
        "/?" + urlencode({"q": WARM_QUERY}),
        "/?" + urlencode({"q": WARM_QUERY, "sort": "newest", "page": 2}),
        "/api/search?" + urlencode({"q": WARM_QUERY}),
        "/feed.atom?" + urlencode({"q": WARM_QUERY}),
        "/kandidaturen",
        "/personen",
    ]
    if newest is not None:
        paths.append("/dokument/" + quote(newest.id, safe="") + "?" + urlencode({"q": "Rente"}))
        if newest.person:
            paths.append("/person/" + quote(newest.person[0], safe=""))
            paths.append("/?" + urlencode({"q": "Rente", "person": newest.person[0]}))
    client = app.test_client()
    for path in paths:
        started = time.perf_counter()
        response = client.get(path)
        response.get_data()
        response.close()
        name = "page " + path.split("?")[0]
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
    return timings
