"""Two dates of one sentence that tell its one story give one event; two clauses of their own give two."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

REF = "2019-11-19"  # a Tuesday


def _whens(text: str) -> list[str]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF, date_origin="source")  # type: ignore[arg-type]
    return [e.when for e in extract_timeline(article)]


@pytest.mark.parametrize(("text", "whens"), [
    # a date in a relative clause of the sentence's own event: one event, the one cut to its clause
    ("The company, which is expected to lay off thousands of employees beginning this week as it faces ballooning "
     "losses, confirmed on Monday that it had been contacted by the office of the NYAG, Letitia James.", ["on Monday"]),
    # a later date inside what was announced before: not the article's "next year", no second event
    ("A year ago, the agency announced that nine companies were eligible to bid for contracts to regularly launch "
     "spacecraft carrying instruments and experiments, and to land that cargo on the moon as early as next year.",
     ["a year ago"]),
    # two clauses, each with its own subject: two events
    ("Tariffs on imported goods were increased from 10% to 25% in May 2019, and the list of goods affected by them "
     "expanded in September 2019 to cover clothes, shoes, televisions and a long list of other household items.",
     ["May 2019", "September 2019"]),
])
def test_one_event_per_story_of_a_sentence(text: str, whens: list[str]) -> None:
    assert sorted(_whens(text)) == sorted(whens)
