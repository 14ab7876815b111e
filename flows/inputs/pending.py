"""What a `wirecopy run` would take, known before Prefect starts.

Starting Prefect (a temporary API server when PREFECT_API_URL is not set)
is most of a short run's time. A scheduled or repeated run often finds
nothing new, and an empty landing folder or a glob that matches nothing is
known from a listing alone: both are answered here, in about the time of a
query, and the flow is never started. The flow plans again under OUT's lock
(flows/ingest.py `plan_inputs`); this look is only ever a shortcut to "no".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wirecopy.flows.inputs.discover import InputFile, discover


@dataclass(frozen=True, slots=True)
class Pending:
    files: int           # inputs under SOURCE
    new: int | None      # of those, not yet in OUT unchanged; None: not looked at (every file counts as new)


def inputs(source: str) -> list[InputFile]:
    """The inputs a run would consider (names starting with "." or "_" are not inputs)."""
    return discover(source)


def look(files: list[InputFile], out: object, *, reprocess: bool) -> Pending:
    """How many of `files` a run would take into OUT.

    Only a local OUT that already holds tables is read (its ingest log at the
    latest complete run): deltalake and pyarrow are imported for it and no sooner, so a first run's worker processes
    start without
    waiting for it. Under --reprocess every file is new.
    """
    if reprocess or not isinstance(out, Path) or not files or not _holds_anything(out):
        return Pending(len(files), None)
    from wirecopy.flows.inputs import ingest_log
    from wirecopy.flows.warehouse import commits
    from wirecopy.flows.warehouse.layout import Warehouse

    if Warehouse.at(out).old_snapshots.exists():  # wirecopy.flows.warehouse.layout: no pyarrow imported for it
        return Pending(len(files), None)  # an old-format warehouse: the flow says to migrate it
    state = ingest_log.read_state(commits.state(out))
    new = sum(1 for f in files if not ingest_log.unmodified(state.latest.get(f.uri), f))
    return Pending(len(files), new)


def _holds_anything(out: Path) -> bool:
    try:
        return any(out.iterdir())
    except OSError:  # missing (a first run), or not a folder (refused elsewhere)
        return False
