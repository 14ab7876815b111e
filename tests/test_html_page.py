"""Web pages and HTML fragments saved as copy: read as the plain text of their paragraphs.

The pages here are written by us in the shapes agencies' sites print.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.transforms.errors import WireError, WireFormatError
from wirecopy.transforms.formats.html_page import parse_html
from wirecopy.transforms.pipeline import parse_file

REF = dt.date(2024, 6, 20)
LEAD = "KIGALI (QNX) - The council approved the budget on Friday, officials said."


@pytest.mark.parametrize("markup", [
    f"<p>{LEAD}</p>\n<p>Traders said the barges would arrive on Wednesday.</p>",  # paragraphs under a .txt name
    f"<P>{LEAD}<BR>Traders said the barges would arrive on Wednesday.</P>",
    f"<div class='story'><p>{LEAD}</p><p>Traders said the barges would arrive &amp; unload.</p></div>",
])
def test_html_page_fragment_reads_as_copy(markup: str) -> None:
    article = parse_file(markup.encode(), reference_date=REF).articles[0]
    assert article.story.source_format == "html"
    assert (article.dateline.city, article.agency) == ("Kigali", "QNX")
    assert article.body.startswith("The council approved") and "Traders said" in article.body
    assert "<" not in article.body


def test_html_page_whole_page_leaves_head_scripts_and_styles_out() -> None:
    page = ("<!DOCTYPE html><html><head><title>Site | Budget</title><style>p{color:red}</style>"
            "<script>var lead = 'LONDON (Reuters) -';</script></head><body><h1>Council approves budget</h1>"
            f"<p class='date'>June 3, 2024</p><p>{LEAD}</p><p>More &eacute;l&egrave;ves came.</p></body></html>")
    article = parse_file(page.encode(), reference_date=REF).articles[0]
    assert article.headline == "Council approves budget"
    assert (article.dateline.city, article.dateline.date) == ("Kigali", dt.date(2024, 6, 3))  # the page's date line
    assert "var lead" not in article.body and "color" not in article.body and "Site |" not in article.body
    assert "élèves" in article.body


def test_html_page_with_no_text_is_a_typed_error() -> None:
    with pytest.raises(WireFormatError) as raised:
        parse_html("<html><head><title>Only a title</title></head><body><script>x()</script></body></html>")
    assert raised.value.reason == "no_story"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400).map(lambda t: f"<p>{t}</p>"))
def test_html_page_never_raises_but_its_typed_error(markup: str) -> None:
    try:
        stories = parse_html(markup)
    except WireError:
        return
    assert stories and all(s.source_format == "html" and s.text.strip() for s in stories)


def test_html_page_deep_nesting_is_read_in_linear_time() -> None:
    """Hostile nesting: no recursion over the tags, the text still read."""
    markup = "<div>" * 50_000 + LEAD + "</div>" * 50_000
    article = parse_file(markup.encode(), reference_date=REF).articles[0]
    assert article.dateline.city == "Kigali"
