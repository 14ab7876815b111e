"""Processes that run NER keep the memory they free, instead of handing it back to the system at once.

spaCy's NER allocates and frees arrays of a few hundred KB to a few MB for
every batch. glibc's malloc serves blocks over 128 KB with fresh mmap()s and
trims freed memory at the top of the heap past 128 KB, so every batch's
arrays were new pages: ~500,000 page faults per 600 stories, measured, ~8 %
of NER's CPU time. (A process that once freed a big block, such as the
20 MB GeoNames JSON text, had malloc raise those limits by itself, which is
how this was found: its NER was faster.) Two mallopt() settings keep those
blocks in the heap for reuse: page faults fall to ~1,500 and NER's CPU time
by ~8 %, for memory the process had at its peak anyway.

glibc only (Linux); elsewhere nothing is changed. Workers forked from a
process that set it keep the setting.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

# mallopt() parameters (glibc's malloc.h)
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
# The largest M_MMAP_THRESHOLD glibc accepts on 64-bit (DEFAULT_MMAP_THRESHOLD_MAX)
# and a trim threshold well above what a worker frees at once.
MMAP_THRESHOLD = 32 << 20
TRIM_THRESHOLD = 256 << 20

_applied: bool | None = None


def keep_freed_memory() -> bool:
    """Set malloc to reuse freed blocks of up to 32 MB rather than unmap or trim them; True when set. Once a process."""
    global _applied
    if _applied is None:
        _applied = _mallopt((M_MMAP_THRESHOLD, MMAP_THRESHOLD), (M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    return _applied


def _mallopt(*settings: tuple[int, int]) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt
    except (OSError, AttributeError):  # no C library found, or one without mallopt (not glibc)
        return False
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    return all([mallopt(param, value) == 1 for param, value in settings])
