"""The production server: waitress, in one process or pre-forked over a shared socket.

waitress answers from one Python process, so the GIL keeps a busy search engine on one core.
With ``workers > 1`` the parent binds the listening socket, forks that many children and each
child runs waitress on the inherited socket (waitress's documented ``sockets=`` parameter); the
kernel hands each connection to one of them, and :mod:`webapp.balance` keeps their numbers of
open connections even (a keep-alive connection stays with one process). Children die with the
parent (PR_SET_PDEATHSIG), are restarted if they die alone, and are stopped on SIGTERM/SIGINT.

Each serving process warms its caches (:mod:`webapp.warmup`) before it serves: the first
requests of a fresh worker would otherwise build them, seconds late. For the same reason it
moves to an index rebuilt by ``reindex`` only once that one is warm (:mod:`webapp.reload`).

waitress stays the server (not gunicorn) because it accepts long request lines: a hostile
10,000-character query must reach the app and get its German 400, not a bare 414.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

from webapp.balance import Board, balance

log = logging.getLogger(__name__)

_STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}

#: waitress settings that bound what one client can hold or send.
LIMITS: dict[str, Any] = {
    "connection_limit": 200,
    "channel_timeout": 30,
    "max_request_header_size": 64 * 1024,
    "max_request_body_size": 64 * 1024,
}


def run(
    make_app: Callable[[], Any], host: str, port: int, workers: int, threads: int
) -> None:
    """Serve until SIGTERM/SIGINT; ``make_app`` is called in each serving process."""
    from waitress import serve

    if workers <= 1:
        app = _warmed(make_app)
        serve(app, host=host, port=port, threads=threads, ident="parteisuche", **LIMITS)
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.create_server((host, port), family=family, backlog=2048)
    listener.set_inheritable(True)
    try:
        _Supervisor(listener, make_app, threads, workers).run()
    finally:
        listener.close()


class _Supervisor:
    """Forks the serving children, restarts the ones that die, stops all on a signal."""

    def __init__(
        self, listener: socket.socket, make_app: Callable[[], Any], threads: int, workers: int
    ) -> None:
        self.listener, self.make_app, self.threads = listener, make_app, threads
        self.workers = workers
        self.children: dict[int, int] = {}
        self.stopping = False
        #: Open connections per slot (webapp.balance); made before the first fork, so every
        #: child shares it.
        self.board = Board(workers)

    def run(self) -> None:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        for slot in range(self.workers):
            self.start(slot)
        while self.children:
            try:
                pid, _status = os.wait()
            except ChildProcessError:
                break
            except InterruptedError:
                continue
            if pid in self.children:
                slot = self.children.pop(pid)
                self.board.leave(slot)  # its connections died with it
                self.board.wake_others()  # the others may take new ones now
                self.replace(slot)

    def replace(self, slot: int) -> None:
        if not self.stopping:
            time.sleep(0.5)  # a child that dies at once must not make us spin
        if not self.stopping:  # checked again: SIGTERM may have come during the pause
            self.start(slot)

    def start(self, slot: int) -> None:
        # No stop signal between fork and bookkeeping: a child the handler does not know of
        # would be left running and the parent would wait for it forever.
        signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
        try:
            pid = os.fork()
            if pid == 0:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler
                signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
                _child(self.listener, self.make_app, self.threads, self.board, slot)
            self.children[pid] = slot
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)

    def stop(self, _signum: int, _frame: FrameType | None) -> None:
        self.stopping = True
        for pid in list(self.children):
            _kill(pid, signal.SIGTERM)


def _child(
    listener: socket.socket, make_app: Callable[[], Any], threads: int, board: Board, slot: int
) -> None:
    from waitress.server import create_server

    from indexer.ingest.processes import die_with_parent

    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        # Nothing to finish while warming up: stop at once (an exception raised by a handler
        # can be swallowed where it lands, e.g. in a finaliser, and the parent waits forever).
        signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
        app = _warmed(make_app)
        # Serving: SystemExit lets waitress finish the requests in flight (briefly).
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        logging.basicConfig()  # as waitress.serve does: its warnings reach the log
        server = create_server(
            app, sockets=[listener], threads=threads, ident="parteisuche", **LIMITS
        )
        balance(server, board, slot)
        server.print_listen("Serving on http://{}:{}")
        server.run()
    finally:
        os._exit(0)


def _warmed(make_app: Callable[[], Any]) -> Any:
    """The app, warm and pinned to the published index; a rebuilt index is switched in when
    warm (:mod:`webapp.reload`). Apps other than this project's are served as they are."""
    from flask import Flask

    from webapp.reload import Reloader, pinned_service
    from webapp.warmup import warm

    app = make_app()
    if isinstance(app, Flask) and "search" in app.extensions:
        started = time.perf_counter()
        app.extensions["search"] = pinned_service(app.config["INDEX_DIR"])
        try:
            warm(app)
        except Exception:  # noqa: BLE001 - a failed warm-up must not keep the server down
            log.exception("warm-up failed; serving cold")
        log.info("worker %d warmed in %.1f s", os.getpid(), time.perf_counter() - started)
        Reloader(app).start()
    return app


def _kill(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass
