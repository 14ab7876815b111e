"""Bytes to text: the first pure stage.

Wire copy arrives in whatever its system wrote: UTF-8 with or without a BOM,
UTF-16 from Windows desks, cp1252 with smart quotes, EUC-KR from Korean
systems, Shift_JIS, GB18030. The order of trust:

1. a byte-order mark;
2. an encoding the file declares: the XML prolog (`encoding="iso-8859-1"`)
   or an ISO 2022 designation in an IPTC 7901 header (`ESC - A` = Latin-1,
   Annex C of the Recommendation) - unless a single-byte label sits over
   valid UTF-8 with multi-byte sequences, which Latin-1 text never holds by
   chance: such a label is stale (a template's prolog) and UTF-8 wins;
3. strict UTF-8, which almost never decodes other encodings by accident;
4. mostly-ASCII copy whose few non-ASCII bytes stand alone between ASCII
   ones is Western single-byte text (cp1252 / ISO-8859-1): multi-byte CJK
   encodings and non-Latin alphabets always put high bytes in runs, and a
   statistical guess on such copy picks GB18030 for a German `M\\xfcller`;
5. charset-normalizer's guess.

A file that is part valid UTF-8 and part single-byte text (a cp1252 quote
pasted into UTF-8 copy) is refused as `mixed_encoding` rather than guessed:
any single decoding garbles one of the parts. Output is NFC so that offsets
and string equality mean the same thing for every input.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from wirecopy.transforms.errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that legitimately occur in wire copy: tab, newlines, form feed,
# the IPTC 7901 / ANPA framing characters SOH, STX, ETX, EOT, the ANPA format
# codes DC1-DC4, and SYN, ETB, RS, US that transmission systems leave in.
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c\x01\x02\x03\x04\x11\x12\x13\x14\x16\x17\x1e\x1f")
# str.translate deletes these: what it removes is the count of disallowed ones, at C speed.
_DISALLOWED_CONTROLS = {c: None for c in [*range(32), 0x7F] if chr(c) not in _ALLOWED_CONTROLS}
# Share of disallowed control characters above which text is really binary.
_BINARY_CONTROL_SHARE = 0.02

# Encodings a file may declare (by any alias Python knows). Anything else
# (unicode_escape, rot13, a typo) is ignored and the bytes are detected.
_DECLARABLE = frozenset(
    codecs.lookup(name).name
    for name in (
        "utf-8", "ascii", "latin-1", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5",
        "iso-8859-6", "iso-8859-7", "iso-8859-8", "iso-8859-9", "iso-8859-13", "iso-8859-15",
        "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
        "koi8-r", "koi8-u", "mac-roman", "euc-kr", "cp949", "shift_jis", "cp932", "euc-jp",
        "iso-2022-jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "tis-620",
    )
)
_SINGLE_BYTE = frozenset(
    codecs.lookup(name).name
    for name in (
        "ascii", "latin-1", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6",
        "iso-8859-7", "iso-8859-8", "iso-8859-9", "iso-8859-13", "iso-8859-15", "cp1250", "cp1251", "cp1252",
        "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "koi8-r", "koi8-u", "mac-roman", "tis-620",
    )
)
# Declared names that mean their superset in practice (as in the WHATWG
# encoding standard): a "latin-1" desk system writes cp1252 quotes.
_SUPERSETS = {
    codecs.lookup(a).name: b
    for a, b in (
        ("ascii", "cp1252"), ("latin-1", "cp1252"), ("euc-kr", "cp949"),
        ("gb2312", "gb18030"), ("gbk", "gb18030"), ("shift_jis", "cp932"),
    )
}
_XML_PROLOG_RE = re.compile(rb"""^\s*<\?xml[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]{0,39})["']""")
# ISO 2022 designations of a character set (IPTC 7901 Annex C) and what they name.
_ISO2022_RE = re.compile(rb"\x1b(?:[-.][A-Mb]|%G)")
_ISO2022 = {
    b"\x1b-A": "iso8859-1", b"\x1b-B": "iso8859-2", b"\x1b-C": "iso8859-3", b"\x1b-D": "iso8859-4",
    b"\x1b-F": "iso8859-7", b"\x1b-G": "iso8859-6", b"\x1b-H": "iso8859-8", b"\x1b-L": "iso8859-5",
    b"\x1b-M": "iso8859-9", b"\x1b-b": "iso8859-15", b"\x1b%G": "utf-8",
}
_ISO2022_TEXT_RE = re.compile("\x1b(?:[-.][A-Mb]|%G)")
# How far into a 7901 message its header (before STX) may run.
_HEADER_BYTES = 512

_UTF8_MULTIBYTE_RE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_RUN_RE = re.compile(rb"[\x80-\xff]+")
# Western single-byte copy: high bytes in runs of at most this many...
_WESTERN_MAX_RUN = 3
# ...and no more than this share of all bytes.
_WESTERN_MAX_SHARE = 0.15
# Bytes cp1252 leaves undefined.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode wire-copy bytes.

    Raises DecodeError(reason=empty|binary|undecodable|mixed_encoding).
    """
    if not data.strip():
        raise DecodeError("file is empty or whitespace only", reason="empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _finish(_strict(data[len(bom):], encoding.removesuffix("-sig")), encoding)
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise DecodeError(f"NUL bytes in content ({data.count(0)} of {len(data)} bytes)", reason="binary")
        return _finish(_strict(data, encoding), encoding)
    declared = declared_encoding(data)
    if declared is not None and declared in _SINGLE_BYTE and _UTF8_MULTIBYTE_RE.search(data):
        # Valid UTF-8 with multi-byte sequences under a single-byte label: the
        # label is stale (a template's prolog); Latin-1 text never holds
        # whole UTF-8 sequences by chance.
        if (text := _try(data, "utf-8")) is not None:
            return _finish(text, "utf-8")
    if declared is not None:
        text, used = _try(data, declared), declared
        wider = _SUPERSETS.get(declared)
        if wider is not None and (wide := _try(data, wider)) is not None and wide != text:
            text, used = wide, wider
        if text is not None:
            return _finish(_ISO2022_TEXT_RE.sub("", text), used)
    text = _try(data, "utf-8")
    if text is not None:
        return _finish(text, "utf-8")
    if _is_mixed(data):
        raise DecodeError(
            "part valid UTF-8, part single-byte text: no one encoding reads all of it", reason="mixed_encoding"
        )
    western = _western(data)
    if western is not None:
        return _finish(*western)
    return _finish(*_guess(data))


def declared_encoding(data: bytes) -> str | None:
    """The encoding the bytes name for themselves, as a Python codec name, if usable."""
    head = data[:_HEADER_BYTES]
    found = _XML_PROLOG_RE.match(head)
    name: str | None = None
    if found:
        name = found.group(1).decode("ascii")
    elif b"\x01" in head:
        stx = head.find(b"\x02")
        escape = _ISO2022_RE.search(head, 0, stx if stx >= 0 else len(head))
        if escape:
            name = _ISO2022[escape.group(0)]
    if name is None:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return codec if codec in _DECLARABLE else None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"read as {encoding} but not valid: {exc.reason} at byte {exc.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """BOM-less UTF-16 has a NUL in every other byte of ASCII-heavy copy; which half says LE or BE."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls = data[0::2].count(0) / half
    odd_nuls = data[1::2].count(0) / half
    if max(even_nuls, odd_nuls) <= 0.3 or min(even_nuls, odd_nuls) >= 0.05:
        return None
    return "utf-16-be" if even_nuls > odd_nuls else "utf-16-le"


def _is_mixed(data: bytes) -> bool:
    """Valid UTF-8 sequences beside lone high bytes that UTF-8 cannot read."""
    if len(_UTF8_MULTIBYTE_RE.findall(data)) < 2:
        return False
    leftover = _HIGH_RUN_RE.findall(_UTF8_MULTIBYTE_RE.sub(b" ", data))
    return bool(leftover) and all(len(run) == 1 and run[0] not in _CP1252_HOLES for run in leftover)


def _western(data: bytes) -> tuple[str, str] | None:
    runs = _HIGH_RUN_RE.findall(data)
    if not runs or max(map(len, runs)) > _WESTERN_MAX_RUN:
        return None
    if sum(map(len, runs)) > _WESTERN_MAX_SHARE * len(data):
        return None
    if any(0x80 <= b <= 0x9F for run in runs for b in run):
        text = _try(data, "cp1252")
        return None if text is None else (text, "cp1252")
    return data.decode("iso8859-1"), "iso8859-1"


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("no text encoding fits the bytes", reason="binary")
    return str(best), best.encoding


def _finish(text: str, encoding: str) -> Decoded:
    if not text.strip():
        raise DecodeError("file holds no visible text", reason="empty")
    bad = len(text) - len(text.translate(_DISALLOWED_CONTROLS))
    if bad / len(text) > _BINARY_CONTROL_SHARE:
        raise DecodeError(
            f"{bad} control characters in {len(text)} decoded as {encoding}", reason="binary"
        )
    return Decoded(unicodedata.normalize("NFC", text), encoding)
