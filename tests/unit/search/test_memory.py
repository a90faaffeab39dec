"""The allocator tuning takes effect on glibc and is applied once per process."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from indexer.search import memory

GLIBC = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_glibc_takes_the_settings_once() -> None:
    assert memory.keep_freed_memory() is True
    assert memory.keep_freed_memory() is True


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_a_freed_large_array_is_reused_without_new_page_faults() -> None:
    """A query's pattern: several score arrays of 3 MB at once, then all freed. glibc's own
    limits adapt to one block size, but the freed top of the heap (18 MB) exceeds its trim
    limit, goes back to the kernel and faults in again, one 4 KB page at a time; with the
    settings the pages stay and are reused."""
    script = """
import resource, sys
import numpy as np
from indexer.search import memory
if sys.argv[1] == "tuned":
    assert memory.keep_freed_memory()
def query():
    arrays = [np.ones(360_000 + 1000 * n) for n in range(6)]
    del arrays
query()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(5):
    query()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""
    faults = {
        mode: int(subprocess.run([sys.executable, "-c", script, mode], check=True,
                                 capture_output=True, text=True).stdout)
        for mode in ("tuned", "default")
    }
    pages = 5 * 6 * 360_000 * 8 // 4096
    assert faults["default"] > pages // 2
    assert faults["tuned"] < pages // 20
