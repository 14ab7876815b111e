"""pyarrow told once, early, that this process has no pandas to convert from.

pyarrow imports pandas (~0.2 s, ~50 MiB a process) on the first array it
builds, only to ask whether the input is a pandas object; wirecopy hands it
lists of Python values and Arrow tables and never converts to pandas. Both
the run's own process (planning builds the first array, on the path to the
first chunk) and the worker fork server (flows.preload) settle it here.
"""

from __future__ import annotations

import sys


class _NoPandas:
    """An import finder under which `import pandas` fails as if it were not installed."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("hidden from pyarrow while it settles whether pandas is there", name=name)


def settle() -> None:
    """Let pyarrow find no pandas.

    pyarrow asks once per process and remembers the answer, so one empty
    array built while pandas is hidden settles it. The finder is removed at
    once: anything else may still import pandas. Where pandas is already
    imported, or should pyarrow ever ask differently, this costs nothing:
    pandas is used as before.
    """
    hide = _NoPandas()
    sys.meta_path.insert(0, hide)
    try:
        import pyarrow

        pyarrow.array([])
    except Exception:  # noqa: BLE001  only a speed-up is lost
        pass
    finally:
        sys.meta_path.remove(hide)
