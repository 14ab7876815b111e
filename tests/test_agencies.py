"""The agency table as data: look-ups by tag, e-mail domain and sign-off word."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.agencies import AGENCIES, by_email, by_signoff_word, canonical, lookup


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("AP", "AP"), ("Associated Press", "AP"), ("the associated press", "AP"), ("Reuter", "Reuters"),
        ("REUTERS", "Reuters"), ("Agence France-Presse", "AFP"), ("Yonhap News Agency", "Yonhap"),
        ("dpa", "dpa"), ("DPA", "dpa"), ("AA", "Anadolu"), ("ITAR-TASS", "TASS"), ("Press Trust of India", "PTI"),
        ("Focus Taiwan", "CNA"), ("Jiji Press", "Jiji"), ("EUROPA PRESS", "Europa Press"),
    ],
)
def test_agencies_lookup_by_printed_tag(tag: str, name: str) -> None:
    assert canonical(tag) == name


@pytest.mark.parametrize("tag", ["LEAD", "URGENT", "Officials", "", "Reporting"])
def test_agencies_unknown_tags(tag: str) -> None:
    assert lookup(tag) is None


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("jdoe@yna.co.kr", "Yonhap"), ("jane.doe@thomsonreuters.com", "Reuters"), ("x@news.afp.com", "AFP"),
        ("desk@dpa.com", "dpa"), ("a.b@ap.org", "AP"), ("someone@example.com", None), ("not an address", None),
    ],
)
def test_agencies_by_email_domain(address: str, name: str | None) -> None:
    found = by_email(address)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(("word", "name"), [("dpa", "dpa"), ("PTI", "PTI"), ("afp", "AFP"), ("the", None)])
def test_agencies_by_signoff_word(word: str, name: str | None) -> None:
    found = by_signoff_word(word)
    assert (found.name if found else None) == name


def test_agencies_table_is_consistent() -> None:
    names = [a.name for a in AGENCIES]
    assert len(names) == len(set(names))
    for agency in AGENCIES:
        assert len(agency.country) == 2 and agency.country.isupper()
        assert lookup(agency.name) is agency
        assert agency.forms, f"{agency.name} has no dateline forms"


@given(st.text(max_size=60))
def test_agencies_lookups_never_raise(text: str) -> None:
    lookup(text)
    by_email(text)
    by_signoff_word(text)
