"""A quotation's context keeps a date's comma before the year; other commas still end it."""

import pytest

from briefgen.extract.quote_context import context_after


@pytest.mark.parametrize(
    ("after", "verb", "context"),
    [
        (" in a June 10, 2009 email.", "wrote", "in a June 10, 2009 email"),
        (" to Clinton in a March 19, 2011 message.", "wrote", "to Clinton in a March 19, 2011 message"),
        # negatives: a comma that ends the phrase
        (" in a statement, adding that he would stay.", "said", "in a statement"),
        (" on Tuesday, 2,000 people later marched.", "said", "on Tuesday"),  # a figure, not a year after a day
        (" in Des Moines, Iowa.", "said", "in Des Moines"),
    ],
)
def test_context_keeps_a_dates_year(after: str, verb: str, context: str) -> None:
    assert context_after(after, 0, verb) == context
