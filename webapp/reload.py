"""Switch a serving process to a rebuilt index only once its caches are warm.

``parteisuche reindex`` builds a new data folder and publishes it by replacing the manifest.
A search service that follows the manifest switches every thread at once, and each thread's
first request then finds the new generation's tables missing and builds them — several threads
of a process the same tables at the same time — while every other request waits behind them
for the GIL: about two seconds of slow answers per process after each rebuild.

Here each serving process keeps answering from the data folder it is *pinned* to
(:class:`PinnedStore`), while :class:`Reloader` notices a newly published folder, builds and
warms a second search service on it in the background, and then swaps the app over to it in
one assignment. Requests in flight finish on the service they started with (views reach the
service through :func:`webapp.search_service`, fixed per request).

Only the switch between data folders is held back this way; documents added to the active
folder by ``parteisuche index`` still show on the next request, as before.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from flask import Flask

from indexer.engine.store import IndexStore, Manifest
from indexer.errors import ParteisucheError
from indexer.search import SearchService
from webapp.warmup import warm_service

log = logging.getLogger(__name__)

#: Seconds between two looks at the manifest.
INTERVAL = 0.5


class PinnedStore(IndexStore):
    """An index folder whose readers stay on one data folder while it exists.

    ``data=None`` follows the manifest (the unpinned behaviour). A pinned folder that has
    vanished (two rebuilds in quick succession) also falls back to the manifest.
    """

    def __init__(self, root: Path | str, data: str | None) -> None:
        super().__init__(Path(root))
        self.data = data

    def manifest(self) -> Manifest:
        current = super().manifest()
        if self.data and self.data != current.data and (self.root / self.data).is_dir():
            current.data = self.data
        return current


def pinned_service(root: Path | str) -> SearchService:
    """A search service pinned to the data folder published now (unpinned if there is none)."""
    try:
        data: str | None = IndexStore(Path(root)).manifest().data
    except ParteisucheError:  # no index yet: follow the manifest once there is one
        data = None
    return SearchService(PinnedStore(root, data))


class Reloader:
    """Watches the manifest of the app's index; :meth:`check` does one round of the work."""

    def __init__(self, app: Flask, interval: float = INTERVAL) -> None:
        self.app, self.interval = app, interval
        self.root = Path(app.config["INDEX_DIR"])
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Watch in a daemon thread (serving processes only; tests call :meth:`check`)."""
        self._thread = threading.Thread(target=self._run, name="reloader", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            time.sleep(self.interval)
            try:
                self.check()
            except Exception:  # noqa: BLE001 - the watcher must outlive any one failure
                log.exception("switching to the rebuilt index failed; trying again")

    def check(self) -> bool:
        """Switch the app to a newly published data folder, warm; True if it switched."""
        current = self.app.extensions["search"]
        store = current.store
        try:
            published = IndexStore(self.root).manifest().data
        except ParteisucheError:
            return False
        if not isinstance(store, PinnedStore) or store.data == published:
            return False
        started = time.perf_counter()
        service = SearchService(PinnedStore(self.root, published))
        try:
            warm_service(service)
        except ParteisucheError as exc:  # e.g. an outdated schema: switch, the app says so
            log.warning("rebuilt index %s not warmed: %s", published, exc)
        self.app.extensions["search"] = service
        log.info("switched to %s in %.1f s", published, time.perf_counter() - started)
        return True
