"""Jinja filters and globals shared by all templates."""

from __future__ import annotations

from flask import Flask

from webapp.labels import FIELD_LABELS, german_date, short_date, value_label


def init_app(app: Flask) -> None:
    app.jinja_env.filters["german_date"] = german_date
    app.jinja_env.filters["short_date"] = short_date
    app.jinja_env.filters["value_label"] = value_label
    app.jinja_env.filters["thousands"] = thousands
    app.jinja_env.globals["FIELD_LABELS"] = FIELD_LABELS
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True


def thousands(number: int) -> str:
    """German digit grouping: 35900 → 35.900."""
    return f"{number:,}".replace(",", ".")
