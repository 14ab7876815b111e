"""A story's reference date and what gave it: the value one function (dating.reference) decides once per file.

It rides on the Article (transforms/story.py), so the rows and everything
downstream read the same date; it lives apart from dating.py so that the
Article can carry it without the records importing the rules that date them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

# reference_date_source: what gave a story its reference date, in SPEC's order.
METADATA = "metadata"   # the format's own metadata
GIVEN = "cli"           # --reference-date
RECEIVED = "manifest"   # the received-times file (_received.tsv) beside the file
FILE_MTIME = "mtime"    # the file's modification time
# dateline_date_source's word for a date the reference decided.
_LABELS = {METADATA: "metadata", GIVEN: "reference", RECEIVED: "received"}


@dataclass(frozen=True, slots=True)
class Reference:
    """A story's reference date and what gave it (`source`: METADATA, GIVEN, RECEIVED or FILE_MTIME)."""

    date: dt.date | None = None
    source: str | None = None
    file_time: dt.datetime | None = None  # the file's modification time, where nothing else dates a dateline
    trusted: bool = True               # whether that file time looks like a time of transmission

    def of_story(self, metadata_date: dt.date | None) -> Reference:
        """The reference of a story of the file: its format's own metadata date comes first."""
        if metadata_date is None:
            return self
        return dataclasses.replace(self, date=metadata_date, source=METADATA)

    @property
    def resolves(self) -> dt.date | None:
        """What parsing resolves a dateline against: a file time only afterwards, where it may (with_file_time)."""
        return None if self.source == FILE_MTIME else self.date

    @property
    def label(self) -> str:
        """The word dateline_date_source uses for a date this reference decided."""
        return _LABELS.get(self.source or "", "reference")


NO_REFERENCE = Reference()
