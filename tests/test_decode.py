import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.errors import DecodeError
from wirecopy.transforms.text.decode import decode

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


KOREAN = "서울에서 열린 회의에서 정부 관계자들은 새로운 경제 정책을 발표했다고 밝혔다. 국회는 다음 주에 논의한다."
JAPANESE = "東京で開かれた会議で、政府関係者は新しい経済政策を発表したと述べた。国会は来週審議する。"
CHINESE = "北京新华社电 国务院总理在会议上表示，将继续推进经济改革，扩大对外开放。"


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (KOREAN, "euc-kr", "cp949"),
        (JAPANESE, "shift_jis", "cp932"),
        (CHINESE, "gb18030", "gb18030"),
    ],
)
def test_decode_undeclared_cjk_is_detected(text: str, encoding: str, expected: str) -> None:
    decoded = decode(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, expected)


@pytest.mark.parametrize(
    ("declared", "text", "encoding"),
    [
        ("iso-8859-1", "Zürich, naïve, façade", None),
        ("ISO-8859-1", "Le “résumé” de l’été", "cp1252"),  # C1 bytes under a latin-1 label are cp1252
        ("windows-1252", "Le “résumé” de l’été", "cp1252"),
        ("Shift_JIS", JAPANESE, "shift_jis"),
        ("EUC-KR", KOREAN, "euc_kr"),
        ("GB2312", CHINESE, "gb2312"),
        ("iso-8859-2", "Łódź i Kraków", "iso8859-2"),
    ],
)
def test_decode_honours_the_xml_prolog(declared: str, text: str, encoding: str | None) -> None:
    xml_text = f'<?xml version="1.0" encoding="{declared}"?>\n<nitf><p>{text}</p></nitf>'
    try:
        data = xml_text.encode(declared)
    except UnicodeEncodeError:
        data = xml_text.encode("cp1252")
    decoded = decode(data)
    assert decoded.text == xml_text
    assert decoded.encoding == (encoding or "iso8859-1")


@pytest.mark.parametrize("declared", ["unicode_escape", "rot13", "no-such-charset", "utf-7"])
def test_decode_ignores_declarations_it_must_not_trust(declared: str) -> None:
    xml_text = f'<?xml version="1.0" encoding="{declared}"?><r>caf\u00e9 \\u0041</r>'
    decoded = decode(xml_text.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (xml_text, "utf-8")


def test_decode_stale_single_byte_label_over_utf8() -> None:
    xml_text = '<?xml version="1.0" encoding="iso-8859-1"?><r>Décès à Strasbourg</r>'
    decoded = decode(xml_text.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (xml_text, "utf-8")


@pytest.mark.parametrize(
    ("escape", "text", "encoding"),
    [
        (b"\x1b-A", "Müller in Düsseldorf", "iso8859-1"),
        (b"\x1b-B", "Wałęsa w Gdańsku", "iso8859-2"),
        (b"\x1b%G", "Müller in Düsseldorf", "utf-8"),
    ],
)
def test_decode_honours_iptc7901_charset_designation(escape: bytes, text: str, encoding: str) -> None:
    data = b"\x01abc0001 3 a 10 " + escape + b" dpa\r\n\x02" + text.encode(encoding) + b"\r\n\x03\x04"
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert text in decoded.text and "\x1b" not in decoded.text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_decode_bomless_utf16_byte_order(encoding: str) -> None:
    decoded = decode(STORY.encode(encoding))
    assert (decoded.text, decoded.encoding) == (STORY, encoding)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"Thomas M\xfcller, and we", "Thomas Müller, and we", "iso8859-1"),  # not GB18030
        (b"the \x93reform\x94 was \x96 for now \x96 dead", "the “reform” was – for now – dead", "cp1252"),
        (b"The Gr\xf6\xdfe of the hall left the minister d\xe9\xe7u, aides said in Paris on Friday.",
         "The Größe of the hall left the minister déçu, aides said in Paris on Friday.", "iso8859-1"),
    ],
)
def test_decode_western_single_byte_copy(data: bytes, text: str, encoding: str) -> None:
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (text, encoding)


@pytest.mark.parametrize(
    "data",
    [
        "Il a dit “oui” à Zürich".encode() + " puis “non”".encode("cp1252"),
        b"caf\xc3\xa9 and na\xc3\xafve, then a cp1252 \x93quote\x94",
    ],
)
def test_decode_mixed_encodings_are_refused(data: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert info.value.reason == "mixed_encoding"
