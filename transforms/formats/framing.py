"""SOH / STX / ETX / EOT framing shared by IPTC 7901 and ANPA-1312 streams.

A stream holds one or more messages:

    [SYN SYN] SOH header-line LF [more header lines] STX text ETX trailer [EOT]

Teleprinter variants of 7901 print `ZCZC` for SOH and `NNNN` for EOT. A
stream cut short (no ETX, no EOT) still yields what it holds: its text runs
to the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecopy.transforms.errors import WireFormatError

SOH, STX, ETX, EOT = "\x01", "\x02", "\x03", "\x04"

# ZCZC and NNNN open their line, perhaps indented ("   ZCZC AAP").
_MESSAGE_START_RE = re.compile(r"\x01|(?m:^[ \t]*ZCZC)")
_END_RE = re.compile(r"\x04|(?m:^[ \t]*NNNN\s*$)")
# Control characters that carry nothing once the framing is read: transmission
# fill (SYN, DEL), the ANPA format codes (DC1-DC4), and the rest of C0 but tab
# and newline.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Framed:
    header: str   # the line after SOH
    pre: str      # lines between the header line and STX (keyword / slug lines)
    text: str     # between STX and ETX
    trailer: str  # after ETX
    has_stx: bool


def split_messages(stream: str) -> list[str]:
    """The messages of a stream, each starting just after its SOH (or ZCZC)."""
    starts = [m for m in _MESSAGE_START_RE.finditer(stream)]
    if not starts:
        return []
    messages = []
    for i, start in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(stream)
        body = stream[start.end():end]
        stop = _END_RE.search(body)
        messages.append(body[: stop.start()] if stop else body)
    return messages


def frame(message: str) -> Framed:
    message = message.replace("\r\n", "\n").replace("\r", "\n")
    stx = message.find(STX)
    head, rest = (message[:stx], message[stx + 1:]) if stx >= 0 else (message, "")
    first_line, _, pre = head.partition("\n")
    if stx < 0:
        # No STX: everything after the header line is text.
        pre, rest = "", pre
    etx = rest.find(ETX)
    text, trailer = (rest[:etx], rest[etx + 1:]) if etx >= 0 else (rest, "")
    return Framed(header=first_line, pre=pre, text=text, trailer=trailer, has_stx=stx >= 0)


def strip_controls(text: str) -> str:
    return _CONTROL_RE.sub("", text)


def parse_stream(text: str, read_message, *, no_start: str) -> tuple:
    """Every story of a framed stream, read message by message by `read_message(message, index)`.

    Raises WireFormatError(no_story) when no message starts (`no_start` says
    what was looked for), WireFormatError(no_body) when none holds a story.
    """
    messages = split_messages(text)
    if not messages:
        raise WireFormatError(no_start, reason="no_story")
    stories = [story for i, m in enumerate(messages) if (story := read_message(m, i)) is not None]
    if not stories:
        raise WireFormatError(f"{len(messages)} message(s) but no story text in any", reason="no_body")
    return tuple(stories)
