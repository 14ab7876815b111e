"""Plain-text copy: where the headline ends and the story begins (copy written by us)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.errors import WireFormatError
from wirecopy.transforms.formats.text_format import parse_text


@pytest.mark.parametrize(
    ("text", "headline", "starts"),
    [
        ("Markets rally on rate hopes\n\nLONDON, July 5 (Reuters) - Shares rose.", "Markets rally on rate hopes",
         "LONDON"),
        ("(LEAD) Seoul to expand aid\n(ATTN: ADDS details)\nBy Kim Min-ji\nSEOUL, July 5 (Yonhap) -- Aid.",
         "(LEAD) Seoul to expand aid", "(ATTN"),
        ("Parliament passes bill\nBy Kim Min-ji\nSEOUL, July 5 (Yonhap) -- The bill.", "Parliament passes bill",
         "By Kim"),
        ("Markets rally\nLONDON, July 5 (Reuters) - Shares rose.", "Markets rally", "LONDON"),
        ("INDONESIA SEEN AT CROSSROADS\nJAKARTA, March 1 - Indonesia appears.", "INDONESIA SEEN AT CROSSROADS",
         "JAKARTA"),
        ("Klara Novakova\nPRAGUE 1996-12-06\nCzech officials said.", None, "Klara"),
        ("BRUSSELS, July 5 (Yonhap) -- The alliance said.\nNATO said more.", None, "BRUSSELS"),
        ("The minister said on Friday\nthat talks would resume.", None, "The minister"),
        ("By Jane Doe\nLONDON, July 5 (Reuters) - Shares.", None, "By Jane"),
        ("By: Q.Z. Vokar KOROR, Palau (Dec. 29, 2025) — The jail reopened.\n\nMore.", None, "By: Q.Z."),
        ("Byzantine Empire falls\n\nThe city fell in 1453.", "Byzantine Empire falls", "The city"),
        ("JAPAN - U.S. TRADE TALKS STALL\n\nTOKYO, March 3 - Japan and the U.S. failed.",
         "JAPAN - U.S. TRADE TALKS STALL",
         "TOKYO"),
        ("HONOLULU (AP) _ Hawaii sues over the travel ban.\n\nAP-WF-06-29-17 2350GMT", None, "HONOLULU"),
        # a story that opens with its lead, set apart: a dateline and a sentence are no headline
        ("NAIROBI, Kenya - Four people were hurt in a crash on Monday.\n\nPolice said more.", None, "NAIROBI"),
        ("BOSTON -- A rematch of an old final opens on Tuesday.\n\nBoth sides rested.", None, "BOSTON"),
        ("Fed holds rates steady.\n\nWASHINGTON (Reuters) - The Fed held.", "Fed holds rates steady.",
         "WASHINGTON"),  # a headline with a stop but no dateline stays one
        # a credit alone before a sentence no headline is as long as: the lead
        ("QZV.VN - The Ministry of Industry and Trade has asked power companies to prepare for a heatwave.\n\nMore.",
         None, "QZV.VN"),
        # a credit alone before a dash heads a headline too: no place, no lead
        ("RTRS - Tennis - Hosts win in the rain.\n\nQARZEN 1996-12-06\nThe hosts won.",
         "RTRS - Tennis - Hosts win in the rain.", "QARZEN"),
        # a city the gazetteer knows as a paragraph of its own is the dateline, no headline
        ("Riyadh\n\nThe kingdom announced a plan.", None, "Riyadh"),
        # or on its line straight over the story's sentence (The Namibian's, Finland's police's house style)
        ("WINDHOEK\nThe regional governor has defended his housing plan.", None, "WINDHOEK"),
        ("IRAQ\nThe country said it would vote.", "IRAQ", "The country"),  # a country alone over it: a headline
        # a lead whose sentence opens with a quotation; a place and its credit filling the line over the story
        ("ROMA, 5 GEN – ''Il traffico è insostenibile'', ha detto il sindaco.\n\nPoi ha aggiunto altro.", None,
         "ROMA"),
        ("London - Qarzen Al-Awsat\n\nA group of lawmakers wrote to the editor.", None, "London"),
        ("WASHINGTON, Dec. 23 -- The Department of Energy issued the following news release:\n\nThe plant will close.",
         None, "WASHINGTON"),  # a release's introduction closed by a colon is the lead's sentence too
        # a news service's name alone over the day and the lead is the credit, read with the head
        ("Qarzen Howard News Service\nAugust 26, 2005\nWASHINGTON - Senate aides expect a vote.", None, "Qarzen"),
        ("Qarzen News Service wins award\n\nNAIROBI - The service won.", "Qarzen News Service wins award", "NAIROBI"),
    ],
)
def test_text_format_headline_split(text: str, headline: str | None, starts: str) -> None:
    story = parse_text(text)
    assert story.headline == headline
    assert story.text.startswith(starts)


@pytest.mark.parametrize("text", ["", "\n\n  \n", "\r\n\t\r\n"])
def test_text_format_no_story_is_a_typed_error(text: str) -> None:
    with pytest.raises(WireFormatError) as caught:
        parse_text(text)
    assert caught.value.reason == "no_story"


@given(st.text(max_size=300))
def test_text_format_never_raises_but_its_typed_error(text: str) -> None:
    try:
        story = parse_text(text)
    except WireFormatError as exc:
        assert exc.reason == "no_story"
    else:
        assert story.text.strip()
