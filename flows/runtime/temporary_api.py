"""A `wirecopy run`'s temporary Prefect API server, started while the command is still importing.

Without PREFECT_API_URL, Prefect starts a temporary API server (a uvicorn
subprocess) when the flow first talks to the API: only after this process
has imported Prefect, the flow's modules and pyarrow. The two waits came one
after the other: in a 10-file run on the shared 2-core machine, ~6 s to the
server's start and ~7.5 s more until the flow began. Started from a thread as
soon as the command knows it has work, the server's process comes up on the
other core while this one imports; the flow finds it running, as Prefect
keeps one temporary server per process (SubprocessASGIServer is a singleton)
and stops it at exit as before.
"""

from __future__ import annotations

import threading


class EarlyServer:
    """The start of the temporary server, off the main thread; `wait()` before the flow runs."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=_start, name="wirecopy-temporary-api", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Block until the server answers (or its start failed: the flow then starts it itself, or says why)."""
        if self._thread is not None:
            self._thread.join()


def _start() -> None:
    from wirecopy.flows.runtime.prefect_env import apply_offline_defaults

    apply_offline_defaults()
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return  # a configured server (environment or profile): nothing to start
    from prefect.server.api.server import SubprocessASGIServer

    try:
        SubprocessASGIServer().start()
    except Exception:  # noqa: BLE001 - the flow's own start tries again and reports what fails
        return
