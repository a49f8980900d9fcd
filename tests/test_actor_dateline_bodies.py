"""A wire story's dateline that names a listed organisation ("UNITED NATIONS 2024-03-01", its seat) names the body,
which joins the article's other mentions of it; a town's dateline stays a place."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph


def _types(*lines: str) -> dict[str, str]:
    actors = extract_actors(Article(name="t", paragraphs=tuple(Paragraph(line) for line in lines)))
    return {a.name: a.type for a in actors} | {alias: a.type for a in actors for alias in a.aliases}


@pytest.mark.parametrize(("dateline", "name", "expected"), [
    ("UNITED NATIONS 2024-03-01", "United Nations", "organization"),
    ("GENEVA 2024-03-01", "Geneva", "place"),
])
def test_a_dateline_naming_a_listed_body(dateline: str, name: str, expected: str) -> None:
    types = _types("Council weighs aid plan.", dateline,
                   "U.N. envoys met on Friday to discuss the aid plan, a spokesman said.")
    assert types[name] == expected
    assert types["U.N."] == "organization"
