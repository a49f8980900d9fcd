"""The publisher named as its article's reporter, credit or medium is no actor of the news (publisher.REPORTER_RULES)."""

from __future__ import annotations

import pytest

from briefgen.extract.publisher import REPORTER_RULES, reporter_mention


@pytest.mark.parametrize(("text", "name", "rule"), [
    # the medium a disclaimer names
    ("The views and tips expressed by investment experts on Ledgerwire.com are their own.", "Ledgerwire.com", "medium"),
    ("This article first appeared on Harbour Daily and is reproduced with permission.", "Harbour Daily", "medium"),
    ("The report is also available at Harbour Daily for subscribers.", "Harbour Daily", "medium"),
    # its disclaimer's voice
    ("Ledgerwire.com advises users to check with certified experts before investing.", "Ledgerwire.com", "disclaimer"),
    ("Harbour Daily is not responsible for the content of external sites.", "Harbour Daily", "disclaimer"),
    # news about the publisher
    ("The government imposed sanctions on Harbour Daily after the report.", "Harbour Daily", None),
    ("Harbour Daily advised readers of the strike last year, its editor said in court.", "Harbour Daily", None),
    ("A court ruled on Harbour Daily's appeal on Monday.", "Harbour Daily", None),
])
def test_publisher_as_medium_or_in_its_disclaimer(text: str, name: str, rule: str | None) -> None:
    start = text.index(name)
    assert reporter_mention(text, start, start + len(name)) == rule


def test_rules_are_named_once() -> None:
    names = [name for name, _, _ in REPORTER_RULES]
    assert len(names) == len(set(names)) and {"medium", "disclaimer"} <= set(names)
