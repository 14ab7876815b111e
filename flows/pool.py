"""A Prefect process pool whose workers are forks of the preloaded worker server (flows.workerserver)."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

from prefect.task_runners import ProcessPoolTaskRunner

from flows import workerserver


class PreloadedPool(ProcessPoolTaskRunner):
    """ProcessPoolTaskRunner whose workers are forked from the worker server, not spawned afresh.

    Prefect builds its executor on the "spawn" context; it is swapped for
    one on the fork-server context with the same initializer (Prefect's,
    which wires each worker's logs and events to the parent, then ours).
    No process has started at that point: executors start them on the
    first submit; `prestart` before it loads the model into the server.
    """

    def prestart(self, model: str) -> None:
        workerserver.prestart(model)

    def __enter__(self):
        super().__enter__()
        spawning = self._executor
        # _initializer/_initargs: what Prefect handed its executor (stable in
        # CPython's ProcessPoolExecutor since 3.7); requirements.lock pins both.
        self._executor = ProcessPoolExecutor(max_workers=self._max_workers, mp_context=workerserver.context(),
                                             initializer=spawning._initializer, initargs=spawning._initargs)
        spawning.shutdown(wait=False)
        return self
