"""What no text column keeps: control characters and lone surrogates.

A headline carrying an escape sequence would be stored, then printed raw
to an analyst's terminal; a NUL or a form feed breaks readers downstream.
So every text a parser found loses its C0 and C1 control characters and
DEL, except newline and tab (paragraphs and tables are text). A lone
surrogate (JSON may escape one, `\\udfff`) is no character at all and no
UTF-8 writer takes it: it becomes U+FFFD, the replacement character, so the
text keeps its length. Framing characters of the wire formats (SOH, STX,
ETX, ...) are read by the parsers before this runs.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]+")
_SURROGATES = re.compile("[\ud800-\udfff]")

T = TypeVar("T")


def clean_text(text: str) -> str:
    """TEXT without control characters (newline and tab kept), lone surrogates as U+FFFD."""
    if text.isprintable():  # the common case, in C: nothing to do
        return text
    return _SURROGATES.sub("\ufffd", _CONTROLS.sub("", text))


def clean_fields(record: T) -> T:
    """A frozen dataclass with every text in it cleaned (strings, and strings inside tuples)."""
    changes = {}
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        cleaned = _clean_value(value)
        if cleaned is not value:
            changes[f.name] = cleaned
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]


def _clean_value(value: object) -> object:
    if isinstance(value, str):
        cleaned = clean_text(value)
        return value if cleaned == value else cleaned
    if isinstance(value, tuple):
        items = tuple(_clean_value(v) for v in value)
        return value if all(a is b for a, b in zip(items, value)) else items
    return value
