"""The local pool of worker processes that run chunks: forks of the preloaded fork server (workerserver.py).

A plain process pool, not a Prefect task runner. The `process-chunk` tasks
run on the flow's threads, each handing its chunk to this pool and waiting
for its result; the workers run `wirecopy.flows.chunks.run_chunk` and nothing of
Prefect. So a chunk is still a task the API tracks, with its state,
retries and log lines, while the worker's only work is the chunk: no task
engine, settings or API client to start in it, per process or per chunk.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from wirecopy.flows.runtime import workerserver


def warm_worker(model: str) -> None:
    """Initializer of each worker: load the model once (a no-op when the fork server had it).

    A model that cannot load is left to the first chunk, which reports it
    as the run's error: an initializer that raises only breaks the pool.
    """
    from wirecopy.flows.runtime.nlp import load_ner

    try:
        load_ner(model)
    except (OSError, RuntimeError):
        pass


@contextmanager
def worker_pool(workers: int, model: str) -> Iterator[ProcessPoolExecutor]:
    """`workers` processes forked from the fork server that loaded `model`; shut down on exit.

    The fork server is started here unless the CLI has started it already
    (it loads while the run starts and plans). Processes start on the first
    submit.
    """
    workerserver.prestart(model)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=workerserver.context(),
                               initializer=warm_worker, initargs=(model,))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
