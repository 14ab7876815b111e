"""The sniffer names formats by content: case table of openings we wrote, and a property."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS
from wirecopy.transforms.formats.sniff import root_name, sniff
from wirecopy.transforms.text.decode import decode


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEOUL, July 5 (Yonhap) -- South Korea said on Friday ...", "text"),
        ("[Photo] SEOUL, July 5 (Yonhap) -- ...", "text"),
        ("\x16\x16\x01a0231\x1fcsu\nu a\x13\x11 BC-US--Fire 09-14 0214\n\x02^BC-US--Fire<\n", "anpa1312"),
        ("\x01dpa0412 3 p 212 dpa\r\n\r\nslug/\r\n\x02Headline =\r\n", "iptc7901"),
        ("\n\n\x01abc12 1 a 30\n\x02text\x03", "iptc7901"),
        ("ZCZC abc12 1 a 30\nheadline\ntext\nNNNN\n", "iptc7901"),
        ("bdt0001 3 pl 80  dpa 0000\n\nHeadline =\n\nText.\n\n051200 Mai 24\n", "iptc7901"),  # controls lost
        ("Page 2 of 10\nText.\nMore text.\n", "text"),
        ('<?xml version="1.0"?>\n<!-- note -->\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">',
         "newsml-g2"),
        ("<newsItem guid='x'/>", "newsml-g2"),
        ("<nar:packageItem xmlns:nar='http://iptc.org/std/nar/2006-10-01/'/>", "newsml-g2"),
        ('<?xml version="1.0"?><NewsML Version="1.2"><NewsItem/></NewsML>', "newsml1"),
        ('<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf><head/></nitf>', "nitf"),
        ('<!DOCTYPE nitf [<!ENTITY x "y">]><nitf/>', "nitf"),
        ('<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "xml"),
        # a web page or the story's paragraphs alone, saved as copy
        ("<!DOCTYPE html>\n<html lang='en'><head><title>t</title></head><body><p>x</p></body></html>", "html"),
        ("<p>KIGALI (QNX) - The council met.</p>\n<p>More.</p>", "html"),
        ("<DIV>KIGALI (QNX) - The council met.</DIV>", "html"),
        ("<?xml version='1.0'", "xml"),
        ('{"uri": "urn:x", "headline": "h"}', "ninjs"),
        ('[{"uri": "urn:x"}]', "ninjs"),
        ("[]", "ninjs"),
        ("{not json at all", "ninjs"),
    ],
)
def test_sniff_names_the_format_by_content(text: str, expected: str) -> None:
    assert sniff(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("anpa1312-ap-utah-wildfire.anpa", "anpa1312"),
        ("iptc7901-dpa-rail-strike.txt", "iptc7901"),
        ("newsml-g2-reuters-singapore.xml", "newsml-g2"),
        ("newsml1-afp-nairobi.xml", "newsml1"),
        ("nitf-pa-manchester-trams.xml", "nitf"),
        ("ninjs-aap-sydney.json", "ninjs"),
        ("reuters-london-rates.txt", "text"),
    ],
)
def test_sniff_seeds(name: str, expected: str) -> None:
    assert sniff(decode((SEEDS / name).read_bytes()).text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<a/>", "a"),
        ("<?xml version='1.0'?><?pi x?><!-- c --><x:b/>", "b"),
        ('<!DOCTYPE r [<!ELEMENT r ANY> <!-- ] > -->]><r/>', "r"),
        ('<!DOCTYPE r SYSTEM "r.dtd"><r/>', "r"),
        ('<!DOCTYPE r [<!ENTITY e "]>">]><r/>', "r"),
        ("<!-- never closed", None),
        ("<?xml never closed", None),
        ("plain", None),
        ("<", None),
    ],
)
def test_sniff_root_name_skips_the_prolog(text: str, expected: str | None) -> None:
    assert root_name(text) == expected


def test_sniff_extension_is_never_read() -> None:
    """A ninjs object saved as .txt is ninjs; sniff only ever sees the text."""
    assert sniff(' \n{"uri": "urn:x", "bodies": []}') == "ninjs"


@given(st.text(max_size=400))
def test_sniff_never_raises_on_any_text(text: str) -> None:
    assert sniff(text) in {"text", "iptc7901", "anpa1312", "newsml-g2", "newsml1", "nitf", "ninjs", "xml"}


@given(st.sampled_from(["<!--", "<?", "<!DOCTYPE x [", "\x16\x01", "{", "["]), st.integers(1, 3000))
def test_sniff_linear_on_hostile_openings(opening: str, repeat: int) -> None:
    assert sniff(opening * repeat) in {"xml", "iptc7901", "ninjs", "text"}
