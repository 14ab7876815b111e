"""Typed errors of the pure stages, each with a stable reason code.

Transforms raise these with the evidence; only the flow decides that one
becomes a row in `rejects`. Reason codes are persisted and queried: they are
stable names, never reworded.
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
    """Bytes that are not text: `empty`, `binary`, `undecodable`, `mixed_encoding`."""

    reason = "undecodable"


class WireFormatError(WireError):
    """Text that holds no story we can read.

    Reasons: `no_story` (nothing that looks like a story), `no_body` (a story
    whose body is empty), `malformed` (broken framing), `malformed_xml`,
    `malformed_json`, `unsupported_format` (well-formed XML or JSON of a kind
    that is not wire copy).
    """

    reason = "malformed"


class UnsafeInputError(WireError):
    """Input built to exhaust or trick a parser: `xml_forbidden`, `too_deep`.

    XML that declares entities or points at external resources is refused
    before anything is expanded or fetched; documents nested deeper than any
    wire format needs are refused before they are walked.
    """

    reason = "xml_forbidden"
