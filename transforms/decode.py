"""Bytes to text: the first pure stage.

Wire copy arrives in whatever its system wrote: UTF-8 with or without a BOM,
UTF-16 from Windows desks, cp1252 with smart quotes, EUC-KR from Korean
systems. A byte-order mark is authoritative; strict UTF-8 is tried next
because it almost never decodes non-UTF-8 by accident; only then is the
encoding guessed with charset-normalizer. Output is NFC so that offsets and
string equality mean the same thing for every input.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from transforms.errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that legitimately occur in wire copy: tab, newlines, form feed,
# and the IPTC 7901 / ANPA framing characters SOH, STX, ETX, EOT, plus SYN,
# ETB, RS, US that some transmission systems leave in.
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c\x01\x02\x03\x04\x16\x17\x1e\x1f")
# Share of disallowed control characters above which text is really binary.
_BINARY_CONTROL_SHARE = 0.02


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode wire-copy bytes; raises DecodeError(reason=empty|binary|undecodable)."""
    if not data.strip():
        raise DecodeError("file is empty or whitespace only", reason="empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _finish(_strict(data[len(bom):], encoding.removesuffix("-sig")), encoding)
    if b"\x00" not in data:
        try:
            return _finish(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    elif not _looks_like_utf16(data):
        raise DecodeError(f"NUL bytes in content ({data.count(0)} of {len(data)} bytes)", reason="binary")
    return _finish(*_guess(data))


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"declared by BOM as {encoding} but not valid: {exc.reason} at byte {exc.start}") from None


def _looks_like_utf16(data: bytes) -> bool:
    """BOM-less UTF-16 text has a NUL in every other byte for ASCII-heavy copy."""
    if len(data) < 4 or len(data) % 2:
        return False
    even_nuls = data[0::2].count(0) / (len(data) // 2)
    odd_nuls = data[1::2].count(0) / (len(data) // 2)
    return max(even_nuls, odd_nuls) > 0.3 and min(even_nuls, odd_nuls) < 0.05


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("no text encoding fits the bytes", reason="binary")
    return str(best), best.encoding


def _finish(text: str, encoding: str) -> Decoded:
    if not text.strip():
        raise DecodeError("file holds no visible text", reason="empty")
    bad = sum(1 for ch in text if (ch < " " and ch not in _ALLOWED_CONTROLS) or ch == "\x7f")
    if bad / len(text) > _BINARY_CONTROL_SHARE:
        raise DecodeError(
            f"{bad} control characters in {len(text)} decoded as {encoding}", reason="binary"
        )
    return Decoded(unicodedata.normalize("NFC", text), encoding)
