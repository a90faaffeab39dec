"""Facets, the year histogram and the active-filter chips as plain dicts with URLs built here.

Templates only loop over what these classes return (Datasette's shape: ``value, label, count,
toggle_url, selected``); no URL is assembled in a template.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from indexer.search import FACETS, FacetValue, SearchResult
from webapp.labels import FACET_HEADINGS, FIELD_LABELS, value_label
from webapp.params import SearchState

#: Values shown before "mehr …"; values shown when a facet is expanded or filtered.
TOP_VALUES = 8
MAX_VALUES_SHOWN = 200
#: Gaps between years are filled with empty bars up to this span.
MAX_HISTOGRAM_SPAN = 60
HEIGHT_STEPS = 20


@lru_cache(maxsize=50_000)
def fold(text: str) -> str:
    """Case- and accent-insensitive form for the facet filter box (``Sören`` ~ ``soren``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Facet:
    """One facet box: its top values (selected ones always shown), "mehr …" and a filter."""

    def __init__(
        self,
        name: str,
        values: list[FacetValue],
        state: SearchState,
        base_url: str,
        *,
        expanded: bool = False,
        filter_text: str = "",
    ) -> None:
        self.name = name
        self.values = values
        self.state = state
        self.base_url = base_url
        self.expanded = expanded
        self.filter_text = filter_text.strip()[:100]

    def _shown(self) -> list[FacetValue]:
        if self.filter_text:
            needle = fold(self.filter_text)
            matching = [
                v
                for v in self.values
                if needle in fold(v.value) or needle in fold(value_label(self.name, v.value))
            ]
            return matching[:MAX_VALUES_SHOWN]
        if self.expanded:
            return self.values[:MAX_VALUES_SHOWN]
        top = self.values[:TOP_VALUES]
        return top + [v for v in self.values[TOP_VALUES:] if v.selected]

    def as_dict(self) -> dict[str, Any]:
        shown = self._shown()
        state, base = self.state, self.base_url
        long_facet = len(self.values) > TOP_VALUES
        return {
            "name": self.name,
            "heading": FACET_HEADINGS[self.name],
            "label": FIELD_LABELS[self.name],
            "total_values": len(self.values),
            "hidden": max(0, len(self.values) - len(shown)),
            "values": [
                {
                    "value": v.value,
                    "label": value_label(self.name, v.value),
                    "count": v.count,
                    "selected": v.selected,
                    "toggle_url": state.toggled(self.name, v.value).url(base),
                }
                for v in shown
            ],
            "long": long_facet,
            "expanded": self.expanded,
            "more_url": state.url(base, [("more", self.name)]) if long_facet else None,
            "less_url": state.url(base),
            "action": base,
            "filter_param": f"fq_{self.name}",
            "filter_text": self.filter_text,
            "hidden_fields": state.hidden_fields(),
            "clear_url": state.with_filter(self.name, ()).url(base)
            if state.selected(self.name)
            else None,
        }


class YearHistogram:
    """The year facet as bars; a bar toggles its year (several years are OR-ed).

    Counts ignore the year selection and the date range (so the other years stay visible);
    bars outside the date range are marked.
    """

    def __init__(self, values: list[FacetValue], state: SearchState, base_url: str) -> None:
        self.values = values
        self.state = state
        self.base_url = base_url

    def as_dict(self) -> dict[str, Any]:
        counts = {int(v.value): v for v in self.values if v.value.isdigit()}
        years = sorted(counts)
        if years and years[-1] - years[0] <= MAX_HISTOGRAM_SPAN:
            years = list(range(years[0], years[-1] + 1))
        peak = max((v.count for v in counts.values()), default=0)
        low = int(self.state.date_from[:4]) if self.state.date_from else None
        high = int(self.state.date_to[:4]) if self.state.date_to else None
        bars = []
        for year in years:
            value = counts.get(year)
            count = value.count if value else 0
            height = 0 if not peak or not count else max(1, round(HEIGHT_STEPS * count / peak))
            bars.append(
                {
                    "year": str(year),
                    "count": count,
                    "height": height,
                    "selected": bool(value and value.selected),
                    "outside": (low is not None and year < low)
                    or (high is not None and year > high),
                    "toggle_url": self.state.toggled("year", str(year)).url(self.base_url),
                }
            )
        return {"bars": bars, "peak": peak}


def chips(state: SearchState, base_url: str) -> list[dict[str, str]]:
    """Active filters, each with the URL that removes it."""
    out: list[dict[str, str]] = []
    for name, values in state.filters.items():
        for value in values:
            out.append(
                {
                    "field": FIELD_LABELS[name],
                    "value": value_label(name, value),
                    "remove_url": state.toggled(name, value).url(base_url),
                }
            )
    if state.date_from or state.date_to:
        out.append(
            {
                "field": "Zeitraum",
                "value": date_range_label(state.date_from, state.date_to),
                "remove_url": state.with_dates().url(base_url),
            }
        )
    return out


def date_range_label(date_from: str, date_to: str) -> str:
    if date_from and date_to:
        return date_from if date_from == date_to else f"{date_from} bis {date_to}"
    return f"ab {date_from}" if date_from else f"bis {date_to}"


def facet_boxes(
    result: SearchResult,
    state: SearchState,
    base_url: str,
    args: Mapping[str, str],
    *,
    skip: tuple[str, ...] = (),
) -> list[dict[str, Any]]:
    """The facet boxes of a result page at ``base_url`` ("mehr …" and filter text from the
    URL's ``more`` and ``fq_<facet>``); the year is the histogram, not a box."""
    more = args.get("more", "")
    return [
        Facet(
            name,
            result.facets.get(name, []),
            state,
            base_url,
            expanded=more == name,
            filter_text=args.get(f"fq_{name}", ""),
        ).as_dict()
        for name in FACETS
        if name != "year" and name not in skip
    ]
