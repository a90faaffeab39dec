"""Keep freed memory in the process, so per-query arrays do not page-fault on every request.

A query works on arrays with one entry per document: at 360,000 documents a score array is
2.9 MB. glibc's ``malloc`` serves blocks above 128 KB (its adaptive limit rises to at most
32 MB) with a fresh ``mmap`` and returns them to the kernel when freed, and it trims the heap's
free top above 128 KB too. Either way the next query's arrays arrive as untouched pages and
fault in one 4 KB page at a time: at ten times the Bundestag corpus that was about half of a
query's time (measured with ``bench/queries.py``; p50 15 ms against 7 ms with these settings).

:func:`keep_freed_memory` raises both limits with ``mallopt``, so freed arrays stay in the
heap and are reused. The cost is memory the process keeps after a large query (bounded by
:data:`TRIM_THRESHOLD` per heap). Other C libraries are left alone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform
import threading

#: ``mallopt`` parameters (glibc's ``malloc.h``).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: Blocks up to this size come from the heap (glibc's maximum on 64-bit systems).
MMAP_THRESHOLD = 32 * 1024 * 1024
#: Free memory at the top of a heap is returned to the kernel only above this.
TRIM_THRESHOLD = 256 * 1024 * 1024

_done = False
_lock = threading.Lock()


def keep_freed_memory() -> bool:
    """Tune glibc's allocator once per process; True if it is glibc and took the settings."""
    global _done
    with _lock:
        if _done:
            return True
        if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
            return False
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            mallopt = libc.mallopt
        except (OSError, AttributeError):
            return False
        mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        mallopt.restype = ctypes.c_int
        _done = bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
            mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
        )
        return _done
