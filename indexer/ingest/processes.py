"""Child processes that never outlive their parent."""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (no orphans after a kill)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: callers also mark children as daemons
        pass


#: Signals that stop a write: Ctrl-C, a service manager, a closed terminal.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def ignore_interrupts() -> None:
    """In a worker: Ctrl-C at a terminal, or SIGTERM to the process group, reaches every
    process, but only the parent decides what happens (it kills the workers, whose work is
    unpublished); a worker printing a traceback helps no one. A forked worker would otherwise
    inherit the parent's handler that turns SIGTERM into :class:`KeyboardInterrupt`."""
    for sig in STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


@contextmanager
def stop_signals_held() -> Iterator[None]:
    """Hold stop signals back while a worker is forked: a signal between the fork and the
    worker's :func:`ignore_interrupts` would run the parent's handler in the child. The parent
    gets what arrived meanwhile as soon as the fork is done."""
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


@contextmanager
def _signal_handlers(
    signals: tuple[signal.Signals, ...], handler: Callable[[int, FrameType | None], None]
) -> Iterator[None]:
    """``handler`` for ``signals`` while the block runs, the previous handlers restored after.
    Only the main thread may set handlers; elsewhere the block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, handler) for sig in signals}
    try:
        yield
    finally:
        for sig, earlier in previous.items():
            signal.signal(sig, earlier)


@contextmanager
def stop_signals_deferred() -> Iterator[None]:
    """Let a short step that must not be cut in two (publishing a commit and counting what it
    published) finish before a stop signal takes effect.

    Python runs signal handlers in the main thread whichever thread receives the signal, so
    masking the main thread alone would not hold them back while other threads run; instead the
    handlers only remember the signal, and it is raised again, under the handlers that were in
    place, as soon as the step is done. In other threads there is nothing to defer."""
    caught: list[int] = []

    def remember(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    with _signal_handlers(STOP_SIGNALS, remember):
        yield
    if caught:
        signal.raise_signal(caught[0])


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


@contextmanager
def stop_signals_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP (a service manager, a closed terminal) stop a write the way Ctrl-C
    does: as :class:`KeyboardInterrupt`, so the same clean-up runs."""
    with _signal_handlers((signal.SIGTERM, signal.SIGHUP), _raise_interrupt):
        yield
