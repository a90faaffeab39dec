"""A real waitress server in a thread of the test process, started and stopped in one place.

Stopping it is the delicate part. waitress runs an asyncore loop over a socket map in the
server's thread; ``server.close()`` from another thread closes the listening socket and the
trigger under that loop's feet, so the loop's next ``select()`` fails with EBADF and the
thread dies with an exception (an error under ``filterwarnings=error``). It also leaves the
connections a browser keeps alive in the map, so ``while map:`` keeps the loop running until
waitress's 120 s channel timeout, long after a test's join has given up.

So the stop runs in the loop's own thread. The thread runs waitress's loop itself, a poll with
a short timeout at a time, until a stop event is set; then, still in that thread, it closes the
listener, then every channel the way waitress closes a channel whose client left
(``handle_close`` also wakes a worker waiting to flush), then whatever else the map holds. The
thread is joined, and only then are the worker threads shut down, since one of them may wait on
a flush that only the loop can do.

The stop does not write to waitress's trigger (its pipe for waking the loop from other
threads). Once, in a full CI run, that write failed with EBADF right after a test's request:
the pipe's descriptor had been closed under the server, by code that none of 100 runs of this
module nor a traced run of the browser and reliability suites caught doing it. A stop that
needed the pipe failed with it; this one ends the loop within one poll whatever the pipe's
state, and the test run reports any error the loop thread itself meets.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: How long a stop may take before the test run is told the thread is still there.
STOP_TIMEOUT = 10.0
#: Seconds one poll of the loop waits at most: how late a stop is seen without the trigger.
POLL_SECONDS = 0.05


@contextmanager
def serving(app: Any, name: str, threads: int = 4, **options: Any) -> Iterator[Any]:
    """Serve the WSGI ``app`` on a free loopback port in a thread named ``name``; yields the
    waitress server (``server.effective_port``) and stops it cleanly on the way out."""
    from waitress.server import create_server

    server: Any = create_server(
        app, host="127.0.0.1", port=0, threads=threads, ident="parteisuche", **options
    )
    server.stopping = threading.Event()
    thread = threading.Thread(target=_serve, args=(server,), name=name, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop(server, thread)


def _serve(server: Any) -> None:
    """waitress's loop, one poll at a time, until the stop event; then the clean-up, here."""
    from waitress import wasyncore

    while not server.stopping.is_set() and server._map:
        wasyncore.poll(POLL_SECONDS, server._map)
    _close_in_loop(server)


def url(server: Any) -> str:
    """The base address of a server started by :func:`serving`."""
    return f"http://127.0.0.1:{server.effective_port}"


def stop(server: Any, thread: threading.Thread, timeout: float = STOP_TIMEOUT) -> None:
    """Stop the server whose loop runs in ``thread``: close everything from inside the loop,
    wait for the thread, then stop the workers. Raises if the loop thread outlives ``timeout``
    (a daemon thread left serving would only show up as a puzzle in a later test)."""
    server.stopping.set()  # seen within one poll: no write to the trigger, which the loop
    # thread may be closing at this moment (a write then hits a closed or reused descriptor)
    if thread.is_alive():
        thread.join(timeout)
        if thread.is_alive():
            raise RuntimeError(f"waitress thread {thread.name!r} still runs after {timeout} s")
    if server._map:  # the thread ended without its clean-up: nothing polls these sockets now
        _close_in_loop(server)
    server.task_dispatcher.shutdown()


def _close_in_loop(server: Any) -> None:
    """Empty the server's socket map; run in the loop thread, so nothing polls a closed fd."""
    from waitress import wasyncore

    server.close()  # the listener and the trigger: no new connections, no more callbacks
    for channel in list(server.active_channels.values()):
        channel.handle_close()
    wasyncore.close_all(server._map)
