"""What every worker needs, loaded once by the worker fork server (flows/runtime/workerserver.py) before any fork.

Importing this module is its whole job: the fork server imports the
modules it is told to preload, then forks each worker from itself. So
wirecopy.flows.chunks (what a worker runs; it is pickled by reference to it), the
transforms, spaCy and the model are in memory when a worker starts; Prefect
is not, as workers never run it. Nothing here may raise: the fork server
would die with it, and the pool with the fork server. A model that cannot load is left to the worker, which
reports it through the run.
"""

from __future__ import annotations

import atexit
import datetime as dt
import gc
import os

from wirecopy.flows.runtime import allocator, workerserver

# Stories written for the warm-up: a dateline with its country and one
# standing alone, a byline, names of each kind. Parsing them builds what the
# transforms build on first use (the standalone datelines' table and ISO
# region names ~0.15 s; the GeoNames city index is read from its cache
# before), once here instead of in every worker.
_WARM_UP = (
    b"Harbour council approves ferry plan\n"
    b"By Jane Example\n\n"
    b"LYON, France (Reuters) - The harbour council of Lyon approved a ferry plan on Tuesday, "
    b"Mayor Paul Sample told reporters, after talks with Acme Shipping Corp. and the European Union.\n\n"
    b"Sample said the first boats would sail in May.\n",
    b"Lake ferries to run all winter\n\n"
    b"ZURICH (AP) - Ferries on the lake will run all winter, the canton said on Monday.\n",
)


def _preload() -> None:
    allocator.keep_freed_memory()  # before anything is allocated; every worker forked from here keeps it
    try:
        import wirecopy.flows.chunks  # noqa: F401  what a worker runs: the transforms and Parquet writers, no Prefect
        from wirecopy.flows.runtime import gazetteer_cache
        from wirecopy.flows.settings import Settings

        # Before the model: its entity ruler's patterns name the gazetteer's cities.
        gazetteer_cache.load(Settings.from_env().cache_dir)
    except Exception:  # noqa: BLE001  the first story builds it instead
        pass
    try:
        from wirecopy.flows.runtime.nlp import load_ner

        if model := os.environ.get(workerserver.PRELOAD_MODEL):
            _warm_up(load_ner(model))
    except Exception:  # noqa: BLE001  the worker loads what is missing, and says why if it cannot
        pass
    # Everything loaded so far lives as long as the workers: out of the
    # garbage collector's sight, their collections do not walk it (nor touch,
    # and so copy, the pages they share with this server).
    gc.freeze()


def _warm_up(nlp) -> None:
    """One story through what a chunk does to it, without writing anything."""
    from wirecopy.flows import stories
    from wirecopy.transforms.ner import entities, salience
    from wirecopy.transforms.pipeline import parse_file

    for article in (a for story in _WARM_UP for a in parse_file(story, reference_date=dt.date(2024, 1, 2)).articles):
        stories.sketch_row(article, "warm-up", None, "warm-up")
        found = entities.mentions(nlp(article.body).ents, article.body,
                                  home_country=article.dateline.country if article.dateline else None)
        salience.article_entities(found, article.body, article.headline)


def _exit_now() -> None:
    """The server holds nothing to flush; tearing down its heap took ~0.7 s that every run waited for."""
    os._exit(0)


_preload()
atexit.register(_exit_now)
