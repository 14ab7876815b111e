"""What a worker process holds when its first chunk would start: run in the pool by tests/test_pool.py.

A module of its own, importing nothing: the worker unpickles the probe by
importing this module, and must find only what its fork server gave it.
"""

from __future__ import annotations


def where_am_i() -> dict[str, object]:
    import os
    import sys

    from wirecopy.flows.runtime.nlp import load_ner
    from wirecopy.transforms.knowledge import places

    tables = (places._gazetteer, places._standalone_constraints, places._iso_subdivision_names)
    found = {
        "pid": os.getpid(), "ppid": os.getppid(),
        "models": load_ner.cache_info().currsize,
        "place_tables": sum(t.cache_info().currsize for t in tables),
        "prefect": "prefect" in sys.modules,
    }
    return found
