"""Version markers and editor's notes, in the forms Yonhap, Reuters and AP print (copy written by us)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.leads.markers import Marker, is_correction, read_note_line, split_headline, version_number


@pytest.mark.parametrize(
    ("printed", "clean", "kinds", "version"),
    [
        ("(LEAD) Seoul to expand rice aid", "Seoul to expand rice aid", [("lead", 1)], 1),
        ("(2nd LD) Parliament passes budget bill", "Parliament passes budget bill", [("lead", 2)], 2),
        ("(3rd LD, URGENT) Quake hits east coast", "Quake hits east coast", [("lead", 3), ("urgent", None)], 3),
        ("(URGENT) N. Korea fires missile", "N. Korea fires missile", [("urgent", None)], None),
        ("(LEAD)(URGENT) Markets halt trading", "Markets halt trading", [("lead", 1), ("urgent", None)], 1),
        ("UPDATE 2-Oil climbs on supply worries", "Oil climbs on supply worries", [("update", 2)], 2),
        ("CORRECTED-Shares slip in early trade", "Shares slip in early trade", [("correction", None)], None),
        ("REFILE-Bank keeps rates on hold", "Bank keeps rates on hold", [("refile", None)], None),
        ("RPT-Miners lead gains in London", "Miners lead gains in London", [("repeat", None)], None),
        ("CORRECTED-UPDATE 1-Yen weakens", "Yen weakens", [("correction", None), ("update", 1)], 1),
        ("REFILE-UPDATE 3-Ports reopen after storm", "Ports reopen after storm", [("refile", None), ("update", 3)], 3),
    ],
)
def test_markers_split_headline(printed: str, clean: str, kinds: list, version: int | None) -> None:
    got, found = split_headline(printed)
    assert got == clean
    assert [(m.kind, m.number) for m in found] == kinds
    assert version_number(found) == version


@pytest.mark.parametrize(
    "headline",
    [
        "GLOBAL MARKETS-Asian shares steady",   # a Reuters slug, not a version
        "FACTBOX-What is on the table",
        "(News Focus) Farmers brace for drought",  # a Yonhap genre label
        "(Yonhap Interview) Envoy upbeat on talks",
        "RTRS - Cricket - Rain stops play",
        "ECONOMIC SPOTLIGHT - Irish budget",
        "(LEAD)",  # nothing but the marker: kept whole
        "Update on the talks",
    ],
)
def test_markers_leave_other_headlines_alone(headline: str) -> None:
    assert split_headline(headline) == (headline, ())


@pytest.mark.parametrize(
    ("line", "note", "kinds"),
    [
        ("(ATTN: ADDS details in paras 4-5)", "(ATTN: ADDS details in paras 4-5)", []),
        ("(ATTN: RECASTS headline, lead; UPDATES with comments)",
         "(ATTN: RECASTS headline, lead; UPDATES with comments)", []),
        ("(LEAD)", None, [("lead", 1)]),
        ("(2nd LD)", None, [("lead", 2)]),
        ("(URGENT)", None, [("urgent", None)]),
        ("Eds: APNewsNow. 1st Ld-Writethru. Changes headline.", "Eds: APNewsNow. 1st Ld-Writethru. Changes headline.",
         [("writethru", 1)]),
        ("EDITOR'S NOTE: This story contains language some readers may find offensive.",
         "EDITOR'S NOTE: This story contains language some readers may find offensive.", []),
        ("Editor's note — corrects the spelling of a name", "Editor's note — corrects the spelling of a name", []),
        ("(Yonhap Feature)", "(Yonhap Feature)", []),
        ("1ST LEAD", None, [("lead", 1)]),
        ("2ND LEAD", None, [("lead", 2)]),
        ("EXTRA", None, [("urgent", None)]),
        ("AP Photo NY101, NY102", "AP Photo NY101, NY102", []),
    ],
)
def test_markers_read_note_lines(line: str, note: str | None, kinds: list) -> None:
    found = read_note_line(line)
    assert found is not None
    assert found[0] == note
    assert [(m.kind, m.number) for m in found[1]] == kinds


@pytest.mark.parametrize(
    "line",
    ["SEOUL, July 5 (Yonhap) -- North Korea", "By Kim Min-ji", "The talks (LEAD) stalled.",
     "Editors say the deal is off", ""],
)
def test_markers_story_lines_are_not_notes(line: str) -> None:
    assert read_note_line(line) is None


@pytest.mark.parametrize(
    ("found", "notes", "expected"),
    [
        ((Marker("CORRECTED-", "correction", None),), (), True),
        ((), ("(ATTN: CORRECTS name in para 3)",), True),
        ((), ("Eds: Corrects spelling of minister's name.",), True),
        ((Marker("(LEAD)", "lead", 1),), ("(ATTN: ADDS details)",), False),
    ],
)
def test_markers_correction(found: tuple, notes: tuple, expected: bool) -> None:
    assert is_correction(found, notes) is expected


@given(st.text(max_size=120))
def test_markers_never_raise_and_split_is_idempotent(text: str) -> None:
    clean, found = split_headline(text)
    assert split_headline(clean)[0] == clean
    assert all(isinstance(m, Marker) for m in found)
    read_note_line(text)
    version_number(found)
