"""What the extractor states sure enough for the facets, for tests of extraction rules."""

from __future__ import annotations

from indexer.metadata import extract_metadata

#: The default of the ``metadata_min_confidence`` setting: values under it stay out of facets.
FACET_THRESHOLD = 0.5


def sure(text: str, title: str | None = None) -> dict[str, object]:
    """The values sure enough for the facets (the default ``metadata_min_confidence``)."""
    found = extract_metadata(text, title=title)
    return {k: v.value for k, v in found.items() if v.confidence >= FACET_THRESHOLD}
