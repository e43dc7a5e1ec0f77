"""Handing freed heap memory back to the system during a run (issue 19, round mem73).

glibc's malloc keeps the memory a process frees for its next allocations: after a large page
(its text, tokens and records freed) or a vocabulary renewed (`runner.Extractor._refresh`),
megabytes of free heap stay resident, and the next large page's peak comes on top of them, so
the run's peak memory grew with the archive. `malloc_trim(0)` gives the free pages back; the
runner calls it after such moments only (20 times in a 1-worker archive run), as each call
walks the heap (1-2 ms) and the pages it gives back cost page faults when used again.

Where the C library has no `malloc_trim` (macOS, Windows, musl) the call is a no-op. Nothing
here changes what a run writes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import lru_cache

# characters of text in one annotated batch (a file's documents) from which the runner hands the
# freed heap back after it: 11 of the archive's 7,188 documents have so much. (50,000, 41 of
# them, held the peak as low but cost 0.09 s of calls and 55,000 more page faults in a 1-worker
# archive run, against 0.03 s and 27,000 here: round mem73)
LARGE_TEXT = 100_000


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """The C library's malloc_trim, or None where there is none (not Linux, or not glibc)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim  # the process's own C library
    except (OSError, AttributeError):  # no such library or function (musl has none)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Give the heap's free memory back to the system (`malloc_trim(0)`): True when it was
    asked, False where the C library cannot (a no-op)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def after_large_text(characters: int) -> bool:
    """After a batch of documents holding `characters` characters of text: release the free
    memory when that is LARGE_TEXT or more (True when it was asked)."""
    return characters >= LARGE_TEXT and release_free_memory()
