import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.text.reflow import _SPACES_RE, _squeezed, reflow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one paragraph per line, one line broken mid-sentence
        ("He spoke at the office in\nLondon. \"It went well.\"\nThen he left.",
         "He spoke at the office in London. \"It went well.\"\n\nThen he left."),
        # hard-wrapped at a fixed width, paragraphs indented
        ("The bank said rates\nwould stay on hold.\n    It added that\ninflation was high.",
         "The bank said rates would stay on hold.\n\nIt added that inflation was high."),
        # hard-wrapped, paragraphs separated by blank lines
        ("The bank said.\nRates would stay.\n\nIt added more.",
         "The bank said. Rates would stay.\n\nIt added more."),
        ("\n\n  Leading blank lines go.  ", "Leading blank lines go."),
        ("A line ending in a comma,\nis joined.", "A line ending in a comma, is joined."),
    ],
)
def test_reflow_paragraphs(text: str, expected: str) -> None:
    assert reflow(text) == expected


@given(st.text(max_size=300))
def test_reflow_never_raises_and_is_idempotent(text: str) -> None:
    once = reflow(text)
    assert reflow(once) == once


@given(st.text(alphabet=st.sampled_from(["a", "B", " ", "\t", "\xa0", "\u2003", "\x0b", "\u3000", "."])))
def test_reflow_squeezes_lines_as_the_pattern_does(line: str) -> None:
    assert _squeezed(line) == _SPACES_RE.sub(" ", line).strip()
