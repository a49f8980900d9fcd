"""Editor corrections in front matter: read leniently, every wrong value reported, never a crash."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen.corrections import parse
from briefgen.model import Question


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({"add_questions": 42}, "'add_questions' must be a text or a list"),
        ({"drop_paragraphs": {"a": 1}}, "'drop_paragraphs' must be a text or a list"),
        ({"hide_quotes": 3.5}, "'hide_quotes' must be a text or a list"),
        ({"add_questions": [7]}, "add_questions item 7"),
        ({"unknown_key": ["x"]}, "unknown correction 'unknown_key'"),
    ],
)
def test_wrong_values_are_reported_not_raised(raw: dict[str, Any], problem: str) -> None:
    _, problems = parse({"corrections": raw})
    assert any(problem in p for p in problems), problems


def test_a_single_text_is_accepted_where_a_list_is_expected() -> None:
    fixes, problems = parse({"corrections": {"add_questions": "Will talks resume?", "pin_quotes": "no missiles"}})
    assert problems == []
    assert fixes.add_questions == (Question("Will talks resume?", ""),)
    assert fixes.pin_quotes == ("no missiles",)
