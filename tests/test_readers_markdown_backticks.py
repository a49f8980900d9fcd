"""Markdown reader: backticks in a news text are apostrophes or literal marks, kept as written (no code spans)."""

from __future__ import annotations

import pytest

from briefgen.readers.markdown import markdown_paragraphs


@pytest.mark.parametrize(
    "text",
    [
        # backticks typed for apostrophes: CommonMark pairs them into a code span, which dropped the marks
        "The clerks say they don`t know why the mayor won`t answer.",
        "Officials couldn`t say, and the firm didn`t reply either.",
        # doubled backticks opening a quotation, TeX style, closed by a pair further on
        "She said: `` We will rebuild the bridge `` and left the hall.",
        # a literal command in a technology story keeps its marks
        "Users can type `sudo apt upgrade` to install the fix.",
        # a lone backtick was never a span
        "The sign read `closed and nobody came back.",
    ],
)
def test_backticks_are_kept_as_written(text: str) -> None:
    assert [p.text for p in markdown_paragraphs(text)] == [text]


def test_a_backtick_span_over_a_line_break_keeps_its_marks_on_one_line() -> None:
    text = "They don`t plan to\nsell, and won`t say more."
    assert [p.text for p in markdown_paragraphs(text)] == ["They don`t plan to sell, and won`t say more."]
