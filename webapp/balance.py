"""Even out the connections of the pre-forked serving processes, keep-alive clients included.

The workers of :mod:`webapp.server` share one listening socket: the kernel wakes each of them
on a new connection and the first to call ``accept()`` takes it. The first is often the busy
one, whose event loop is awake anyway, and a connection stays with the process that accepted
it for as long as the client keeps it open. Clients that keep their connections (browsers,
scripts, wrk) were measured on two cores with 6 of 8 connections on one process and 2 on the
other: one core queued requests while the other idled (p99 3.6 s at 135 requests/s).

So each worker writes its number of open connections on a :class:`Board` (memory shared by
the forked processes, made before the fork) and listens for new connections only while it
holds no more than the fewest any serving worker holds. The one with the fewest always
listens, so a connection is never left waiting for a worker (a slot that does not serve — a
worker warming up or restarting — is left out). Load follows connections because each
connection carries one request at a time.

The only place that reaches into waitress's server object (its ``readable`` and
``handle_accept`` hooks of the asyncore loop, ``active_channels``, and the channel's task
class, whose response header tells whether the connection closes after the response).
"""

from __future__ import annotations

import mmap
import os
from typing import Any

from waitress import wasyncore

#: What a slot holds while its worker does not serve.
NOT_SERVING = -1


class Board:
    """Open connections per worker slot, shared by every process forked after it was made."""

    def __init__(self, slots: int) -> None:
        self._memory = mmap.mmap(-1, 8 * slots)  # anonymous and shared (MAP_SHARED)
        self._counts = memoryview(self._memory).cast("q")
        for slot in range(slots):
            self._counts[slot] = NOT_SERVING
        #: Per slot a pipe whose read end its worker watches: a worker that took a
        #: connection writes to the others', so one that may take the next one now listens
        #: at once (an idle event loop would otherwise look again only after a second).
        self._wakers = [os.pipe() for _ in range(slots)]
        for ends in self._wakers:
            for end in ends:
                os.set_blocking(end, False)

    def waker(self, slot: int) -> int:
        """The file descriptor the worker of ``slot`` watches."""
        return self._wakers[slot][0]

    def wake_others(self, slot: int | None = None) -> None:
        """Make every worker but ``slot``'s look at the counts again."""
        for other, (_read, write) in enumerate(self._wakers):
            if other != slot:
                try:
                    os.write(write, b"\0")
                except OSError:  # a full pipe: that worker has a wake-up waiting already
                    pass

    def publish(self, slot: int, connections: int) -> None:
        self._counts[slot] = connections

    def leave(self, slot: int) -> None:
        """The slot's worker stopped serving (it died, or warms up after a restart)."""
        self._counts[slot] = NOT_SERVING

    def counts(self) -> list[int]:
        return list(self._counts)

    def may_accept(self, slot: int) -> bool:
        """Whether ``slot`` should take new connections: it holds no more than the fewest
        of the other serving workers (or it is the only one serving)."""
        mine = self._counts[slot]
        others = [n for i, n in enumerate(self._counts) if i != slot and n != NOT_SERVING]
        return not others or mine <= min(others)


def balance(server: Any, board: Board, slot: int) -> None:
    """Make waitress's ``server`` (one listening socket) accept only while ``may_accept``.

    waitress asks ``readable()`` on every turn of its event loop (at least once a second)
    whether to watch the listening socket; the count is published there, after each
    accepted connection, and as soon as a response is known to end with closing its
    connection (a streamed download does): the client connects again the moment the
    response ends, and a count published only once the connection was closed would still
    be the old one when that new connection is handed out.
    """
    plain_readable = server.readable
    plain_accept = server.handle_accept
    #: Channels whose response ends with closing the connection (counted as gone).
    closing: set[Any] = set()

    def connections() -> int:
        channels = server.active_channels
        return len(channels) - sum(1 for c in list(closing) if channels.get(c._fileno) is c)

    def readable() -> bool:
        listening = bool(plain_readable())
        channels = server.active_channels
        closing.intersection_update([c for c in list(closing) if channels.get(c._fileno) is c])
        board.publish(slot, connections())
        return listening and board.may_accept(slot)

    def handle_accept() -> None:
        plain_accept()
        board.publish(slot, connections())
        board.wake_others(slot)

    base_task = server.channel_class.task_class

    class Task(base_task):  # type: ignore[misc, valid-type]
        def build_response_header(self) -> Any:
            header = super().build_response_header()
            if self.close_on_finish:  # decided with the header, long before the end
                closing.add(self.channel)
                board.publish(slot, connections())
                board.wake_others(slot)  # one with more stops listening before the end
            return header

    class Channel(server.channel_class):  # type: ignore[misc]
        task_class = Task

    server.readable = readable
    server.handle_accept = handle_accept
    server.channel_class = Channel
    _Waker(board.waker(slot), server._map)
    board.publish(slot, connections())


class _Waker(wasyncore.file_dispatcher):  # type: ignore[misc]
    """The read end of a worker's wake-up pipe in its event loop: a byte ends its wait, and
    the loop's next turn asks ``readable()`` again."""

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return False

    def handle_read(self) -> None:
        try:
            while os.read(self._fileno, 4096):
                pass
        except BlockingIOError:
            pass
