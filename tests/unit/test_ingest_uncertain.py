"""Which extracted values go into the facets and which are shown as uncertain."""

from __future__ import annotations

from typing import Any

from indexer.ingest.pipeline import FIELD_THRESHOLD_SHARE, sort_extracted
from indexer.metadata import Extracted
from indexer.models import MetaValue


def _sorted(found: dict[str, Extracted]) -> tuple[dict[str, MetaValue], dict[str, Any]]:
    meta: dict[str, MetaValue] = {}
    extra = sort_extracted(found, list(found), meta, {})
    return meta, extra


def test_values_below_the_threshold_are_kept_out_of_the_facets() -> None:
    meta, extra = _sorted({"person": Extracted("Anna Beispiel", "Anna Beispiel", confidence=0.4)})
    assert "person" not in meta
    assert extra["uncertain"]["person"]["value"] == "Anna Beispiel"


def test_the_type_facet_takes_a_type_surer_than_its_share_of_the_threshold() -> None:
    share = FIELD_THRESHOLD_SHARE["doc_type"]
    assert 0 < share < 1
    sure_enough = round(0.5 * share + 0.05, 2)  # the default threshold is 0.5
    meta, extra = _sorted(
        {
            "doc_type": Extracted("other", "Protokoll der Sitzung", confidence=sure_enough),
            "office": Extracted("Landrat", "Landrat", confidence=sure_enough),
        }
    )
    assert meta["doc_type"].value == "other"
    assert "office" not in meta and "office" in extra["uncertain"]


def test_a_type_below_its_share_stays_uncertain() -> None:
    low = round(0.5 * FIELD_THRESHOLD_SHARE["doc_type"] - 0.05, 2)
    meta, extra = _sorted({"doc_type": Extracted("other", "…", confidence=low)})
    assert "doc_type" not in meta and extra["uncertain"]["doc_type"]["value"] == "other"
