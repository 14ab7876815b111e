"""How far a run has got: a bar on a terminal, log lines everywhere else.

The flow reports two things, the number of files it will process and each
chunk as it finishes; it asks `for_run()` whom to tell. `wirecopy run` on a
terminal installs a rich bar (files, stories/s, ETA) for the length of the
run; otherwise (a pipe, a worker, `wirecopy serve`) progress is a line in the
flow run's log, which Prefect shows in the terminal and in the UI.

Prefect's console log handler keeps its own rich Console on stderr, which
writes straight through a live bar and garbles it (so does any plain stream
handler on the terminal). While the bar is up those handlers print through the
bar's console instead, so log lines scroll above it.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from rich.console import Console
from rich.file_proxy import FileProxy
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress
from rich.text import Text


class Progress(Protocol):
    def planned(self, files: int) -> None: ...

    def advanced(self, files: int, stories: int) -> None: ...


_installed: Progress | None = None


def for_run() -> Progress:
    """The reporter installed by the caller of the flow, else log lines for this run."""
    return _installed if _installed is not None else LogProgress()


class Rate:
    """Files and stories done since the plan, and what that predicts."""

    def __init__(self) -> None:
        self.total = 0
        self.files = 0
        self.stories = 0
        self.started = time.monotonic()

    def planned(self, files: int) -> None:
        self.total, self.started = files, time.monotonic()

    def advanced(self, files: int, stories: int) -> None:
        self.files += files
        self.stories += stories

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        eta = (self.total - self.files) * elapsed / self.files if self.files else None
        percent = 100 * self.files // self.total if self.total else 100
        return (f"progress: {self.files}/{self.total} files ({percent}%), {self.stories} stories, "
                f"{self.stories / elapsed:.1f} stories/s, ETA {_clock(eta)}")


class LogProgress(Rate):
    """One log line per finished chunk, through the flow run's logger."""

    def advanced(self, files: int, stories: int) -> None:
        from prefect import get_run_logger

        super().advanced(files, stories)
        get_run_logger().info(self.line())


class StoriesPerSecond(ProgressColumn):
    """Stories per second since the plan (the bar counts files; a file may hold several stories)."""

    def render(self, task: Task) -> Text:
        since = task.fields.get("since")
        if task.total is None or since is None:
            return Text("")
        until = task.fields.get("until") or time.monotonic()
        rate = task.fields.get("stories", 0) / max(until - since, 1e-9)
        return Text(f"{rate:.1f} stories/s", style="progress.data.speed")


class BarProgress:
    """A rich progress bar on `console`: files done of planned, stories/s, ETA."""

    def __init__(self, bar: RichProgress) -> None:
        self.bar = bar
        self.task = bar.add_task("starting Prefect", total=None, stories=0, since=None, until=None)

    def planned(self, files: int) -> None:
        self.bar.reset(self.task, total=files, description="ingesting", stories=0, since=time.monotonic())

    def advanced(self, files: int, stories: int) -> None:
        task = self.bar.tasks[self.task]
        done = task.completed + files >= (task.total or 0)
        self.bar.update(self.task, advance=files, stories=task.fields["stories"] + stories,
                        until=time.monotonic() if done else None)


@contextmanager
def bar_on(console: Console) -> Iterator[BarProgress]:
    """Show a bar on `console` for the length of the block, with log lines scrolling above it."""
    global _installed
    bar = RichProgress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("files"), StoriesPerSecond(), TimeElapsedColumn(), TextColumn("ETA"),
        TimeRemainingColumn(), console=console,
    )
    reporter = BarProgress(bar)
    with bar, _logs_through(bar.console):
        _installed = reporter
        try:
            yield reporter
        finally:
            _installed = None


@contextmanager
def _logs_through(console: Console) -> Iterator[None]:
    """Point the log handlers that write to the terminal at `console` for the block."""
    prefect_handlers, stream_handlers = terminal_log_handlers()
    consoles = [h.console for h in prefect_handlers]
    streams = [h.stream for h in stream_handlers]
    for handler in prefect_handlers:
        handler.console = console
    for handler, stream in zip(stream_handlers, streams):
        handler.setStream(FileProxy(console, stream))
    try:
        yield
    finally:
        for handler, before in zip(prefect_handlers, consoles):
            handler.console = before
        for handler, stream in zip(stream_handlers, streams):
            handler.setStream(stream)


def terminal_log_handlers() -> tuple[list, list[logging.StreamHandler]]:
    """Prefect's console handlers, and plain stream handlers on a terminal, of every logger."""
    from prefect.logging.handlers import PrefectConsoleHandler

    loggers = [logging.getLogger(), *(
        lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger))]
    handlers = {id(h): h for lg in loggers for h in lg.handlers}.values()
    prefect = [h for h in handlers if isinstance(h, PrefectConsoleHandler)]
    plain = [h for h in handlers if isinstance(h, logging.StreamHandler) and not isinstance(h, PrefectConsoleHandler)
             and not isinstance(h, logging.FileHandler) and _is_terminal(h.stream)]
    return prefect, plain


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _clock(seconds: float | None) -> str:
    return "-:--:--" if seconds is None else str(dt.timedelta(seconds=round(seconds)))
