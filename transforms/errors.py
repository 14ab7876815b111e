"""Typed errors of the pure stages, each with a stable reason code.

Transforms raise these with the evidence; only the flow decides that one
becomes a row in `rejects`.
"""

from __future__ import annotations


class WireError(Exception):
    """Input that cannot become an article. `reason` is a stable code."""

    reason: str = "invalid"

    def __init__(self, detail: str, *, reason: str | None = None) -> None:
        super().__init__(detail)
        if reason is not None:
            self.reason = reason
        self.detail = detail


class DecodeError(WireError):
    """Bytes that are not text: reasons `empty`, `binary`, `undecodable`."""

    reason = "undecodable"


class WireFormatError(WireError):
    """Text that holds no story we can read: reasons `no_story`, `malformed`."""

    reason = "malformed"
