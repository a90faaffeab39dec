"""Searching: the service the CLI, the web app and the API share, its request and result types,
highlighting and the per-generation caches.

May import :mod:`indexer.engine`, :mod:`indexer.query`, :mod:`indexer.analysis` and the top-level
modules; never ``ingest`` or ``readers``. The names below are the package's public interface.
"""

from indexer.search.service import SearchService
from indexer.search.types import (
    FACET_NAMES,
    FACETS,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    SORTS,
    FacetValue,
    Hit,
    SearchRequest,
    SearchResult,
    facet_name,
)

__all__ = [
    "FACET_NAMES",
    "FACETS",
    "MAX_PAGE",
    "MAX_PAGE_SIZE",
    "SORTS",
    "FacetValue",
    "Hit",
    "SearchRequest",
    "SearchResult",
    "SearchService",
    "facet_name",
]
