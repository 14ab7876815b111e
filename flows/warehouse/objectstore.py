"""A warehouse in an object store (s3://, ...): its errors, its first probe, and a run's local staging folder.

The tables of a remote OUT are Delta Lake tables under the URL, written and
read by delta-rs itself (flows/warehouse/delta.py gives it the storage options;
commits use S3 conditional put, so two writers never both write one log
version). The run's pending record (flows/warehouse/commits.py) is on the URL too,
so any machine can complete a killed run. Only a run's chunks stage their
Parquet in a local folder, one per OUT URL under the cache folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from wirecopy.flows.settings import cache_root
from wirecopy.flows.warehouse.locations import CREDENTIALS_HINT, Remote, is_storage_error


class StorageError(RuntimeError):
    """The object store refused or could not be reached; the message names the URL, the step and the credentials."""


@contextlib.contextmanager
def storage(remote: Remote, what: str) -> Iterator[None]:
    """Turn the store's errors into a StorageError that says what failed and where credentials come from."""
    try:
        yield
    except Exception as exc:
        if not is_storage_error(exc):
            raise
        raise StorageError(f"{remote.url}: {what} failed: {_reason(exc)}; {CREDENTIALS_HINT}") from None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return f"access denied ({exc}): wrong or missing credentials, or no permission on this bucket"
    if isinstance(exc, FileNotFoundError):
        return f"not found ({exc})"
    return f"{type(exc).__name__}: {exc}"


def probe(remote: Remote) -> bool:
    """Whether anything is under the prefix; raises StorageError for wrong credentials, a missing bucket, no endpoint.

    One or two listings, so that those fail before any work. (`ls`, not
    `find` or `exists`: s3fs's `exists`, `isfile` and `find(maxdepth=...)`
    answer False or nothing when the request itself is refused.)
    """
    fs = remote.fs
    with storage(remote, "listing"):
        fs.invalidate_cache(remote.path())
        if remote.scheme != "memory":
            fs.ls(remote.root.split("/")[0])
        try:
            return bool(fs.ls(remote.root))
        except FileNotFoundError:
            return False


def mirror_dir(remote: Remote, cache_dir: str | None) -> Path:
    """The local staging folder of one remote OUT: a readable slug and a short hash of its URL."""
    root = cache_root(cache_dir)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", remote.url).strip("-")[:60]
    return root / f"{slug}-{hashlib.sha256(remote.url.encode()).hexdigest()[:12]}"
