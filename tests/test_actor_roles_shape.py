"""A role is a post or a description, never a clause, a bare 'former' or a sentence's conjunction."""

import pytest

from briefgen.extract.actor_titles import apposition_after, title_before


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("Former Obama speechwriter ", None),  # 'Former' before 'Obama' names no post of Obama's
        ("Fans of former ", None),
        ("But UNH pollster ", "UNH pollster"),  # a sentence's conjunction is no part of the role
        ("And Vermont Gov. ", "Vermont Gov."),
        # negatives: posts stay
        ("said former Vermont Gov. ", "former Vermont Gov."),
        ("Former President ", "Former President"),
        ("Simon Rosenberg, president of ", None),  # a role ending in its joiner is none
    ],
)
def test_title_before(before: str, role: str | None) -> None:
    assert title_before(before + "Name Here", len(before)) == role


@pytest.mark.parametrize(
    ("after", "role"),
    [
        (", the race was neck-and-neck among less-educated voters.", None),
        (", the first boat rescued on Friday was turned around twice.", None),
        (", the delegate math is daunting for anyone.", None),
        # negatives: descriptions stay, a clause inside a relative one too
        (", a former aide who was fired last year, said", "a former aide who was fired last year"),
        (", the Ohio governor, said", "the Ohio governor"),
        (", an adviser to Iran's supreme leader, said", "an adviser to Iran's supreme leader"),
    ],
)
def test_apposition_after_is_no_clause(after: str, role: str | None) -> None:
    assert apposition_after("Name" + after, 4) == role


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("The Republican primary campaign of Sen. ", "Sen."),  # a whole title after the joiner is the person's own
        ("an aide to Gov. ", "Gov."),
        ("teamed up with Sens. ", "Sen."),  # a plural title before a list: each one holds the singular
        ("a letter from Reps. ", "Rep."),
        # negatives: a title with its joiner stays whole
        ("Secretary of State ", "Secretary of State"),
        ("Deputy Secretary of State ", "Deputy Secretary of State"),
    ],
)
def test_title_before_keeps_the_persons_own_title(before: str, role: str) -> None:
    assert title_before(before + "Name Here", len(before)) == role


@pytest.mark.parametrize(
    ("after", "role"),
    [
        (", a senior aide with Sen. Marco Rubio's campaign, said", "a senior aide with Sen. Marco Rubio's campaign"),
        (", the wife of Dr. Smith, said", "the wife of Dr. Smith"),
        # negatives: a sentence's full stop still ends it, and an initial's dot does not
        (", a former aide. He left", "a former aide"),
        (", the U.S. envoy, said", "the U.S. envoy"),
        (", a former Sen. aide to Smith. Then", "a former Sen. aide to Smith"),
    ],
)
def test_apposition_runs_past_a_titles_dot(after: str, role: str) -> None:
    assert apposition_after("Name" + after, 4) == role
