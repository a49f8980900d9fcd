"""A team's own possessive in a results table ("Queen's Park 3 1 1 1") stays in its name; elsewhere an owner's
possessive run into a name is cut ("Farrakhan's Nation of Islam"). Invented lines and names."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_names import trim_name
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from ner_helpers import Span, entities


@pytest.mark.parametrize(
    ("name", "team", "trimmed"),
    [
        ("King's Lynn Rovers", True, "King's Lynn Rovers"),
        ("Baron of Ashby's XI", True, "Baron of Ashby's XI"),
        ("King's Lynn Rovers", False, "Lynn Rovers"),  # prose: an owner's possessive
        ("Morgan's Daily Globe", False, "Daily Globe"),
    ],
)
def test_trim_name_team(name: str, team: bool, trimmed: str) -> None:
    assert trim_name(name, "organization", team) == trimmed


def test_team_with_possessive_in_a_results_table() -> None:
    lines: tuple[tuple[str, tuple[Span, ...]], ...] = (
        ("SOCCER - LEAGUE STANDINGS.", ()),
        ("Fernhill 4 3 1 0 9 3 10", (("Fernhill", "GPE"),)),
        ("Bishop's Stortby 4 2 1 1 6 5 7", (("Stortby", "GPE"),)),
        ("Marlow Vale 4 0 0 4 1 9 0", (("Marlow Vale", "PERSON"),)),
    )
    article = Article(name="t", paragraphs=tuple(Paragraph(t) for t, _ in lines))
    found = {a.name: a.type for a in extract_actors(article, entities=[entities(t, s) for t, s in lines])}
    assert found.get("Bishop's Stortby") == "organization" and "Stortby" not in found
