"""Settings: one declared table (name, default, help), read from ``PARTEISUCHE_*`` variables.

The README lists every setting; a test fails when one is undocumented.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_PREFIX = "PARTEISUCHE_"


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("index", "instance/index", "Index folder (``--index`` wins over it)."),
    Setting("max_file_mb", "50", "Files larger than this many MB are refused with a clear error."),
    Setting("max_pdf_pages", "2000", "PDFs with more pages are refused (PDF bombs)."),
    Setting("ocr_max_pages", "100",
            "Scanned PDFs with more pages without a text layer are refused instead of OCR'd."),
    Setting("ocr_page_seconds", "120", "Time limit for the OCR of one scanned PDF page."),
    Setting("lock_wait", "0", "Seconds a writer waits for another writer's lock by default."),
    Setting("host", "127.0.0.1", "Address the web server binds to."),
    Setting("port", "8000", "Port the web server listens on."),
    Setting("threads", "8", "Threads per web server process."),
    Setting("workers", str(os.cpu_count() or 1), "Web server processes (default: all cores)."),
    Setting("index_nice", "10",
            "How much ``index`` and ``reindex`` lower their CPU priority (``--nice``), so that "
            "searches on the same machine keep their speed; 0 keeps the shell's."),
    Setting("cache_dir", "~/.cache/parteisuche",
            "Data built from installed packages on first use (the compound word list); "
            "``$XDG_CACHE_HOME/parteisuche`` where that is set."),
    Setting("metadata_min_confidence", "0.5",
            "Extracted metadata less certain than this (0..1) stays out of the facets; "
            "``extract --json`` and the document page show it as uncertain, with its evidence."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    """The setting's value: environment variable if set, else the default."""
    setting = _BY_NAME[name]
    return os.environ.get(setting.env, setting.default)


def default(name: str) -> str:
    return _BY_NAME[name].default


def get_int(name: str) -> int:
    try:
        return int(get(name))
    except ValueError:
        return int(_BY_NAME[name].default)


def get_float(name: str) -> float:
    try:
        return float(get(name))
    except ValueError:
        return float(_BY_NAME[name].default)


def index_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Index location: ``--index`` > ``PARTEISUCHE_INDEX`` > ``instance/index`` in the cwd."""
    if explicit:
        return Path(explicit)
    return Path(get("index"))
