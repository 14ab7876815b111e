"""Which failures a task retries: transient I/O only.

A network share that hiccups, an object store that times out, an API that
drops a connection: these may pass, so the task that met them runs again
after a growing pause. Everything else is terminal and fails at once; a
problem with one input file never reaches here, because the flow turns it
into a `rejects` row first (STYLE: two families, transient and terminal).
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from typing import Any

# errno values of I/O that can succeed when tried again later.
TRANSIENT_ERRNOS = frozenset({
    errno.EIO, errno.EAGAIN, errno.EBUSY, errno.EINTR, errno.ETIMEDOUT, errno.ESTALE,
    errno.ENETDOWN, errno.ENETUNREACH, errno.ENETRESET, errno.ECONNABORTED,
    errno.ECONNRESET, errno.ECONNREFUSED, errno.EHOSTDOWN, errno.EHOSTUNREACH,
})
# Exception classes that are transient whatever their errno (TimeoutError and
# ConnectionError are OSError subclasses; httpx's TransportError covers the
# Prefect API client and fsspec's HTTP filesystems), matched by name so this
# module imports nothing heavy.
TRANSIENT_TYPES = frozenset({"TimeoutError", "ConnectionError", "InterruptedError", "BlockingIOError",
                             "TransportError"})

RETRIES = 3
BACKOFF_SECONDS = 2.0  # pauses of 2, 4 and 8 s, each stretched or shrunk by up to half


def is_transient(exc: BaseException) -> bool:
    """True when the error, or one it was raised from, may pass on its own."""
    for link in _chain(exc):
        names = {cls.__name__ for cls in type(link).__mro__}
        if names & TRANSIENT_TYPES:
            return True
        if isinstance(link, OSError) and link.errno in TRANSIENT_ERRNOS:
            return True
    return False


def retry_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect's retry_condition_fn: retry only what is_transient accepts."""
    exc = state.result(raise_on_failure=False)
    return isinstance(exc, BaseException) and is_transient(exc)


def io_retries() -> dict[str, Any]:
    """Task options for I/O tasks: bounded retries with exponential backoff and jitter."""
    from prefect.tasks import exponential_backoff

    return {
        "retries": RETRIES,
        "retry_delay_seconds": exponential_backoff(backoff_factor=BACKOFF_SECONDS),
        "retry_jitter_factor": 0.5,
        "retry_condition_fn": retry_transient,
    }


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        yield link
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
