"""The publisher named as its article's reporter, credit or medium is no actor of the news (publisher.REPORTER_RULES)."""

from __future__ import annotations

import pytest

from briefgen.extract.publisher import REPORTER_RULES, publisher_forms, reporter_mention


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
    # a reporter's post with its beat between the publisher and the post
    ("Jane Roe, Harbour Daily diplomatic correspondent, says the talks will fail.", "Harbour Daily", "reporter-noun"),
    ("A Harbour Daily chief political correspondent was in the room.", "Harbour Daily", "reporter-noun"),
    ("Harbour Daily has many reporters in the city.", "Harbour Daily", None),
])
def test_publisher_as_medium_or_in_its_disclaimer(text: str, name: str, rule: str | None) -> None:
    start = text.index(name)
    assert reporter_mention(text, start, start + len(name)) == rule


def test_rules_are_named_once() -> None:
    names = [name for name, _, _ in REPORTER_RULES]
    assert len(names) == len(set(names)) and {"medium", "disclaimer"} <= set(names)


@pytest.mark.parametrize(("source", "forms"), [
    ("BBC News", {"bbc news", "bbc"}),
    ("Harbour Daily Online", {"harbour daily online", "harbour daily"}),
    ("News", {"news"}),  # a name that is only the word stays whole
])
def test_publisher_forms_without_news(source: str, forms: set[str]) -> None:
    assert publisher_forms(source) == forms
