"""Failed sign-ins per client address: after :data:`MAX_FAILURES` within :data:`WINDOW`
seconds, that address may not try again until the oldest failure has left the window.

Kept in memory per serving process (with several workers an address gets that many tries per
worker: still a handful per window rather than thousands). Behind a reverse proxy every client
has the proxy's address, so there the proxy should limit too (see the README).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque

MAX_FAILURES = 5
WINDOW = 300.0
#: Addresses tracked at most (the least recently failing are forgotten first).
MAX_ADDRESSES = 10_000


class FailureLimit:
    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW) -> None:
        self.max_failures, self.window = max_failures, window
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def blocked(self, address: str) -> bool:
        """Has ``address`` failed too often lately?"""
        now = time.monotonic()
        with self._lock:
            times = self._failures.get(address)
            if times is None:
                return False
            while times and now - times[0] > self.window:
                times.popleft()
            if not times:
                del self._failures[address]
                return False
            return len(times) >= self.max_failures

    def failed(self, address: str) -> None:
        with self._lock:
            times = self._failures.setdefault(address, deque(maxlen=self.max_failures))
            times.append(time.monotonic())
            self._failures.move_to_end(address)
            while len(self._failures) > MAX_ADDRESSES:
                self._failures.popitem(last=False)

    def succeeded(self, address: str) -> None:
        with self._lock:
            self._failures.pop(address, None)

    def retry_after(self, address: str) -> int:
        """Seconds until ``address`` may try again (0 if it may now)."""
        with self._lock:
            times = self._failures.get(address)
            if not times or len(times) < self.max_failures:
                return 0
            return max(1, int(self.window - (time.monotonic() - times[0])) + 1)
