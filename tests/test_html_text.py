"""HTML and XHTML bodies to paragraphs: blocks, inline markup, skipped media, broken markup."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.formats.html_text import element_text, html_text
from wirecopy.transforms.formats.safe_xml import parse_xml


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>One.</p><p>Two <b>bold</b> and <a href='x'>link</a>.</p>", "One.\n\nTwo bold and link."),
        ("<p>Unclosed<p>second<li>item", "Unclosed\n\nsecond\n\nitem"),
        ("<p>line one\n   line two</p>", "line one\nline two"),
        ("<p>a&nbsp;b &amp; c &eacute;</p>", "a b & c é"),
        ("<div><figure><img src=x><figcaption>Caption</figcaption></figure><p>Text</p></div>", "Text"),
        ("<script>var x = '<p>no</p>';</script><p>yes</p>", "yes"),
        ("<h2>Sub</h2>Loose text<br>after break", "Sub\n\nLoose text\n\nafter break"),
        ("<p>  </p><p></p>", ""),
        ("<![weird section<p>kept</p>", "kept"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "ab\n\nc"),
        ("plain text, no tags", "plain text, no tags"),
    ],
)
def test_html_text_paragraphs(markup: str, expected: str) -> None:
    assert html_text(markup) == expected


def test_html_text_xhtml_elements_with_namespaces() -> None:
    root = parse_xml(
        '<body xmlns="http://www.w3.org/1999/xhtml"><p>First <span>inline</span> sentence.</p>'
        "<!-- a comment --><p>Second<br/>line</p><media><media-caption>x</media-caption></media>tail text</body>")
    assert element_text(root) == "First inline sentence.\n\nSecond\n\nline\n\ntail text"


def test_html_text_deep_nesting_does_not_overflow() -> None:
    deep = "<div>" * 5000 + "<p>deep</p>" + "</div>" * 5000
    assert html_text(deep) == "deep"


@given(st.text(max_size=500))
def test_html_text_never_raises(markup: str) -> None:
    assert isinstance(html_text(markup), str)


@given(st.lists(st.sampled_from(["<p>", "</p>", "<![", "<!--", "-->", "<?", "&#", "&#x", "99999999;", "<br/>", "a",
                                 "<head>", "</head>", "<script>", "]]>", "<![CDATA[", " ", "\n", "<", ">"]),
                max_size=60).map("".join))
def test_html_text_never_raises_on_markup_fragments(markup: str) -> None:
    assert isinstance(html_text(markup), str)


def test_element_text_reads_html_a_feed_escaped_into_the_text() -> None:
    root = parse_xml("<body.content>&lt;p&gt;One &amp;amp; two.&lt;/p&gt;&lt;p&gt;Three.&lt;/p&gt;</body.content>")
    assert element_text(root) == "One & two.\n\nThree."
    root = parse_xml("<body.content>&lt;b&gt;Bold&lt;/b&gt; lead&lt;br/&gt;next line</body.content>")
    assert element_text(root) == "Bold lead\n\nnext line"


@pytest.mark.parametrize("words", ["Prices fell 2% as 3 < 4 and <p> stayed unclosed", "a <b and c> d"])
def test_element_text_keeps_angle_brackets_that_are_no_markup(words: str) -> None:
    root = parse_xml("<p>" + words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>")
    assert element_text(root) == words
