"""Where SOURCE and OUT are: a local path, or a prefix in an object store.

Plain paths and `file://` URLs are local `Path`s, so every local code path
(hard links, the `current` symlink swap, flock) stays as it is. Other URLs
name a `Remote`: an fsspec filesystem and the prefix inside it. Only object
stores are accepted: fsspec also knows schemes such as ftp:// or smb:// whose
filesystems connect as soon as they are made, which a URL parser must not do.

Credentials are never part of the URL: they come from the store's usual
environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_ENDPOINT_URL,
AWS_DEFAULT_REGION for s3://, read by botocore itself) or from the
`storage_options` setting (flows/settings.py), passed to the filesystem.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fsspec import AbstractFileSystem

# Object stores fsspec knows; the packages named are those that implement them.
OBJECT_STORES = {"s3": "s3fs", "s3a": "s3fs", "gs": "gcsfs", "gcs": "gcsfs", "az": "adlfs", "abfs": "adlfs",
                 "abfss": "adlfs", "memory": "fsspec"}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
CREDENTIALS_HINT = ("credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_ENDPOINT_URL for a "
                    "server other than AWS), or from `storage_options` in wirecopy.toml or WIRECOPY_STORAGE_OPTIONS")


class LocationError(ValueError):
    """Text that names no usable location; the message says why."""


@dataclass(frozen=True)
class Remote:
    """A prefix in an object store: `fs` reaches it, `root` is the prefix inside `fs` (no scheme, no '/' at the end)."""

    url: str
    fs: "AbstractFileSystem"
    root: str

    @property
    def scheme(self) -> str:
        return self.url.split("://", 1)[0]

    def path(self, rel: str = "") -> str:
        """The fsspec path of something below the prefix."""
        return f"{self.root}/{rel}" if rel else self.root

    def uri(self, rel: str = "") -> str:
        """The URL of something below the prefix, as DuckDB spells it (memory:// paths keep their leading '/')."""
        return f"{self.scheme}://{self.path(rel)}"

    def __str__(self) -> str:
        return self.url


def is_storage_error(exc: BaseException) -> bool:
    """An error of a store's request: an OSError (s3fs translates most), or botocore's (no endpoint, no credentials).

    botocore's are matched by module so that this module imports nothing heavy.
    """
    return isinstance(exc, OSError) or type(exc).__module__.split(".")[0] in ("botocore", "aiobotocore")


def modified(info: dict) -> dt.datetime | None:
    """When an object was written, in UTC, from an fsspec listing entry (S3 LastModified, else mtime or created)."""
    stamp = info.get("LastModified") or info.get("mtime") or info.get("created")
    if isinstance(stamp, (int, float)):
        return dt.datetime.fromtimestamp(stamp, tz=dt.timezone.utc)
    if isinstance(stamp, dt.datetime):
        return stamp.astimezone(dt.timezone.utc) if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)
    return None


def is_url(text: str) -> bool:
    return _SCHEME.match(text) is not None


def parse(text: str, storage_options: dict[str, Any] | None = None) -> Path | Remote:
    """A local Path or a Remote; raises LocationError, nothing else.

    `storage_options` None means: those of the settings (wirecopy.toml,
    WIRECOPY_STORAGE_OPTIONS). Making the filesystem does not connect: a
    wrong key or a missing bucket shows at the first request.
    """
    m = _SCHEME.match(text)
    if m is None:
        if not text:
            raise LocationError("an empty location")
        return Path(text)
    scheme = m.group(1).lower()
    rest = text[m.end():]
    if scheme == "file":
        if not rest:
            raise LocationError(f"{text!r} names no path")
        return Path(rest)
    if scheme not in OBJECT_STORES:
        raise LocationError(f"{text!r}: {scheme}:// is not an object store wirecopy reads or writes "
                            f"(use a path, file://, or one of {', '.join(s + '://' for s in sorted(OBJECT_STORES))})")
    root = rest.strip("/")
    if scheme != "memory" and not root.split("/")[0]:
        raise LocationError(f"{text!r} names no bucket")
    if storage_options is None:
        from wirecopy.flows.settings import Settings

        storage_options = Settings.from_env().storage_options
    import fsspec

    try:
        fs = fsspec.filesystem(scheme, **storage_options)
    except ImportError:
        raise LocationError(f"{text!r}: {scheme}:// needs the package {OBJECT_STORES[scheme]}, "
                            "which is not installed") from None
    except (TypeError, ValueError) as exc:
        raise LocationError(f"{text!r}: storage_options not accepted by {scheme}://: {exc}") from None
    path = fs._strip_protocol(f"{scheme}://{root}").rstrip("/")
    if scheme == "memory":
        path = "/" + path.lstrip("/")
        if path == "/":
            raise LocationError(f"{text!r} names no folder")
    return Remote(f"{scheme}://{path.lstrip('/')}", fs, path)
