"""Hostile XML never expands or fetches anything: each attack gets its stable reason.

A local HTTP server started by the test proves no external entity or DTD is
ever fetched: it counts requests, and must count none.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator

import pytest

from tests.conftest import trap_server
from wirecopy.transforms.errors import UnsafeInputError, WireFormatError
from wirecopy.transforms.formats.safe_xml import MAX_DEPTH, parse_xml

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]><lolz>&lol9;</lolz>"
)
QUADRATIC = '<!DOCTYPE r [<!ENTITY a "' + "x" * 50000 + '">]><r>' + "&a;" * 1000 + "</r>"


@pytest.fixture(scope="module")
def trap() -> Iterator[tuple[str, list[str]]]:
    """A server on 127.0.0.1 that records every request made to it (and would serve an entity)."""
    with trap_server(b'<!ENTITY leak "fetched">') as found:
        yield found


def test_safe_xml_trap_counts_what_is_fetched() -> None:
    """The trap would see a fetch: its empty list below means nothing was fetched, not that nothing was counted."""
    with trap_server(b"x") as (url, hits):
        with urllib.request.urlopen(f"{url}/probe.dtd", timeout=10) as answer:
            assert answer.read() == b"x"
    assert hits == ["/probe.dtd"]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda url: BILLION_LAUGHS, "xml_forbidden"),
        (lambda url: QUADRATIC, "xml_forbidden"),
        (lambda url: f'<!DOCTYPE r [<!ENTITY x SYSTEM "{url}/xxe">]><r>&x;</r>', "xml_forbidden"),
        (lambda url: '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>', "xml_forbidden"),
        # a subset of external parameter entities is dropped unread: an entity from it is undefined
        (lambda url: f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{url}/param"> %p;]><r>&leak;</r>', "malformed_xml"),
        (lambda url: f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{url}/param"> %p; <!ENTITY x "y">]><r>&x;</r>',
         "xml_forbidden"),
        (lambda url: """<!DOCTYPE r [<!ENTITY % p "<!ENTITY x 'y'>"> %p;]><r>&x;</r>""", "xml_forbidden"),
        (lambda url: '<!DOCTYPE r [<!ENTITY x "internal">]><r>&x;</r>', "xml_forbidden"),
        (lambda url: "<r>" * (MAX_DEPTH + 1) + "</r>" * (MAX_DEPTH + 1), "too_deep"),
        (lambda url: "<r><a></r>", "malformed_xml"),
        (lambda url: "<nitf><body><p>cut off in the mid", "malformed_xml"),
        (lambda url: "", "malformed_xml"),
        (lambda url: "<r>\x00</r>", "malformed_xml"),
    ],
    ids=["billion-laughs", "quadratic-blowup", "xxe-http", "xxe-file", "parameter-entity",
         "parameter-entity-and-declaration", "internal-parameter-entity", "internal-entity",
         "too-deep", "mismatched", "truncated", "empty", "nul"],
)
def test_safe_xml_refuses_with_reason(make, reason: str, trap) -> None:
    url, hits = trap
    with pytest.raises((UnsafeInputError, WireFormatError)) as info:
        parse_xml(make(url))
    assert info.value.reason == reason
    assert hits == []


def test_safe_xml_external_dtd_named_but_never_fetched(trap) -> None:
    url, hits = trap
    root = parse_xml(f'<!DOCTYPE nitf SYSTEM "{url}/nitf.dtd"><nitf a="caf&eacute;">x&nbsp;y&amp;z</nitf>')
    assert (root.tag, root.get("a"), root.text) == ("nitf", "café", "x\xa0y&z")
    assert hits == []


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE NewsML [<!ENTITY % nitf SYSTEM "{url}/nitf-3-0.dtd"> %nitf;]>',
    '<!DOCTYPE NewsML SYSTEM "{url}/newsml.dtd" [\n  <!-- the NITF DTD -->\n'
    '  <!ENTITY % nitf PUBLIC "-//IPTC//DTD NITF 3.0//EN" "{url}/nitf.dtd">\n  %nitf;\n]>',
])
def test_safe_xml_subset_of_external_parameter_entities_is_dropped_unread(doctype: str, trap) -> None:
    """NewsML 1 pulls the NITF DTD in through a parameter entity: read as if the subset were not there."""
    url, hits = trap
    root = parse_xml(f'<?xml version="1.0"?>\n{doctype.format(url=url)}\n<NewsML><p>caf&eacute;</p></NewsML>')
    assert (root.tag, root[0].text) == ("NewsML", "café")
    assert hits == []


def test_safe_xml_depth_at_the_limit_is_fine() -> None:
    root = parse_xml("<r>" * MAX_DEPTH + "</r>" * MAX_DEPTH)
    assert root.tag == "r"
