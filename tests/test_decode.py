import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.decode import decode
from transforms.errors import DecodeError

STORY = "SEOUL, Dec. 30 (Yonhap) -- Officials said the “talks” would resume in Geneva."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (STORY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decode_unicode_forms(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == STORY
    assert decoded.encoding == encoding


def test_decode_bomless_utf16_is_text_not_binary() -> None:
    assert decode(STORY.encode("utf-16-le")).text == STORY


def test_decode_cp1252_smart_quotes_fall_back() -> None:
    text = "PARIS (AFP) - The minister said the “reform” was “necessary” for France’s economy, and that it would pass."
    assert decode(text.encode("cp1252")).text == text


def test_decode_euc_kr() -> None:
    text = "서울에서 열린 회의에서 정부 관계자들은 새로운 경제 정책을 발표했다고 밝혔다. 국회는 다음 주에 논의한다."
    assert decode(text.encode("euc-kr")).text == text


def test_decode_normalises_to_nfc() -> None:
    assert decode("SA\u0303O PAULO".encode()).text == "S\u00c3O PAULO"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "empty"),
        (codecs.BOM_UTF8 + b"\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" * 20, "binary"),
    ],
)
def test_decode_rejects_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert info.value.reason == reason


@given(st.binary(max_size=2000))
def test_decode_never_raises_anything_but_decode_error(data: bytes) -> None:
    try:
        decoded = decode(data)
    except DecodeError as exc:
        assert exc.reason in {"empty", "binary", "undecodable", "mixed_encoding"}
    else:
        assert decoded.text.strip()
