"""Build ``indexer/metadata/data/gemeinden.tsv`` from the official Gemeinden extract.

Reads ``../shared/gazetteers/gemeinden-2025.csv`` (Destatis GV100AD, Gebietsstand 30.11.2025,
dl-de/by-2-0; see ``../shared/gazetteers/SOURCES.md``) and writes the project's compact table:
the columns the region rules need (key, Land code, Kreis key, type, population, postcode, name,
aliases), sorted by key, so two runs give the same bytes and a diff shows real changes.

Run: ``python bench/build_gemeinden.py`` (``--check`` only compares and exits 1 on a difference).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from shared_data import ROOT, SHARED

SOURCE = SHARED / "gazetteers" / "gemeinden-2025.csv"
TARGET = ROOT / "indexer" / "metadata" / "data" / "gemeinden.tsv"
LAENDER = ROOT / "indexer" / "metadata" / "data" / "laender.tsv"

HEADER = """\
# Gemeinden (Gebietsstand 30.11.2025): AGS key, Land code, Kreis key, type, population
# (31.12.2024), postcode of the seat, short name, aliases ('|'-separated: the name without a river
# or landscape suffix, "Frankfurt am Main" -> "Frankfurt", and the plain name of 30.11.2024 where
# it changed). Source: (c) Statistisches Bundesamt (Destatis), 2025, on behalf of the
# Herausgebergemeinschaft Statistische Aemter des Bundes und der Laender, Gemeindeverzeichnis
# GV100AD. Licence: Datenlizenz Deutschland - Namensnennung 2.0 (dl-de/by-2-0,
# https://www.govdata.de/dl-de/by-2-0); attribution required. Veraenderungshinweis: extract,
# reformatted; short name and aliases derived. The last column names the Gemeindeverband the
# Gemeinde belongs to ("Amt:Hüttener Berge", "Verbandsgemeinde:Kirchberg (Hunsrück)"): its
# type and short name (cut at the first comma, without a "GVV " prefix); "Erfüllende Gemeinde"
# and the Kirchspielslandgemeinden are left out. Built by bench/build_gemeinden.py.
ags\tland\tkreis\ttyp\teinwohner\tplz\tname\taliases\tverband
"""

#: The Gemeindeverbände that elect or are named as a unit of their own (a Verbandsgemeinde's
#: Bürgermeister and council, an Amt's committee, a Samtgemeinde's council).
VERBAND_TYPES = (
    "Verbandsgemeinde", "Samtgemeinde", "Amt", "Verwaltungsgemeinschaft", "Verwaltungsverband",
)  # fmt: skip


def land_codes() -> dict[str, str]:
    """Land name -> official two-letter code, from the project's own Länder table."""
    codes: dict[str, str] = {}
    header_seen = False
    for line in LAENDER.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        code, name = line.split("\t")[:2]
        codes[name] = code
    return codes


def build(source: Path) -> str:
    """The table's text for the official extract at ``source``."""
    codes = land_codes()
    with source.open(encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda row: row["ags"])
    lines = [HEADER]
    for row in rows:
        aliases = [a for a in (row["name_kurz"], row["name_frueher"]) if a and a != row["name"]]
        fields = [
            row["ags"],
            codes[row["land"]],
            row["kreis_ags"],
            row["typ"],
            row["einwohner"],
            row["plz"],
            row["name"],
            "|".join(dict.fromkeys(aliases)),
            verband(row),
        ]
        if any("\t" in field or "\n" in field for field in fields):
            raise ValueError(f"tab or newline in a field of {row['ags']}")
        lines.append("\t".join(fields) + "\n")
    return "".join(lines)


def verband(row: dict[str, str]) -> str:
    """"Type:short name" of the row's Gemeindeverband, "" for none (or a type left out)."""
    kind, name = row["gemeindeverband_typ"], row["gemeindeverband"]
    if kind not in VERBAND_TYPES or not name:
        return ""
    short = name.split(",")[0].strip()
    if short.startswith("GVV "):
        short = short[4:]
    return f"{kind}:{short}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 if different")
    args = parser.parse_args()
    if not SOURCE.exists():
        print(f"official extract not found: {SOURCE}", file=sys.stderr)
        return 2
    text = build(SOURCE)
    if args.check:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print("gemeinden.tsv is up to date" if same else "gemeinden.tsv differs from the source")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET} ({text.count(chr(10)) - HEADER.count(chr(10))} Gemeinden)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
