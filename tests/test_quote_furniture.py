"""quote_furniture.NOT_SPOKEN: the publisher's lines inside quotation marks, which take no speaker from their neighbours."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_furniture import not_spoken
from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Follow Dana Whitfield on Twitter @dwhitfield.", "call to action with an address"),
        ("Sign up for our morning newsletter at www.example.com/news", "call to action with an address"),
        ("Email tips to newsroom@example.org.", "call to action with an address"),
        ("@cityhall", "address alone"),
        ("https://example.com/live", "address alone"),
        # a speaker's own words that name an account or ask for something are speech
        ("Proud of my friend @MayorLee for opening the shelter,", None),
        ("Follow the money and you will find the answer.", None),
        ("Join us on Tuesday, and bring your neighbors.", None),
    ],
)
def test_not_spoken(text: str, expected: str | None) -> None:
    assert not_spoken(text) == expected


def test_publisher_line_in_a_transcript_is_no_quote() -> None:
    paragraphs = ['"HALE: We will rebuild the bridge by spring.', '"And we will pay for it without new taxes.',
                  '"Follow Dana Whitfield on Twitter @dwhitfield."']
    quotes = extract_quotes(paragraphs)
    assert [q.speaker for q in quotes] == ["Hale", "Hale"]
    assert not any("Follow" in q.text for q in quotes)
