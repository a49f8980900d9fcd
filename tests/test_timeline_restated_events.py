"""Timeline: a thing named again with "the" and only when it happened ("The accident, which occurred yesterday, …")
is the day's event told before, not a second one."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.extract.timeline_stories import restates_an_occurrence
from briefgen.model import Article, Paragraph

REF = "2019-11-20"  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None, str]]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF,  # type: ignore[arg-type]
                      date_origin="source")
    return [(e.when, e.date, e.event) for e in extract_timeline(article)]


@pytest.mark.parametrize(("told", "restates"), [
    ("The accident, which occurred yesterday afternoon, was caused by a burst tyre.", True),
    ("The blast happened on Monday just before noon.", True),
    ("The ferry fire, which happened on Monday, closed the port for a day.", True),
    ("This collision took place on Monday in thick fog.", True),
    ("The mayor said the vote took place on Monday.", False),  # (a verb in the name: another clause)
    ("A blast happened on Monday near the port.", False),  # (told for the first time)
    ("The debate came two weeks before the vote on Monday.", False),
])
def test_restates_an_occurrence(told: str, restates: bool) -> None:
    assert restates_an_occurrence(told) is restates


def test_a_thing_named_again_with_its_day_is_not_a_second_event() -> None:
    text = ("A lorry crashed into a bus shelter in the harbour town yesterday, injuring four people. The accident, "
            "which occurred yesterday evening, was caused by a burst tyre, the police said.")
    assert [when for when, _date, _event in _events(text)] == ["yesterday"]
    assert _events(text)[0][2].startswith("A lorry crashed")


@pytest.mark.parametrize("text", [
    # another day: its own event
    "A lorry crashed into a bus shelter on Monday. The accident, which occurred yesterday, closed the road.",
    # the first thing told that day
    "The accident, which occurred yesterday evening, was caused by a burst tyre, the police said.",
])
def test_a_thing_told_first_or_on_another_day_stays(text: str) -> None:
    assert any(event.startswith("The accident") for _when, _date, event in _events(text))
