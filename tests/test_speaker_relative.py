"""who_antecedent: the speech verb of a ", who" clause is its antecedent's (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_relative import who_antecedent
from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speakers import _np_core

OPENING = "Tom Hale spoke to the board on Monday."


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        # a name before ", who", with its title
        ('The guests included the mayor\'s deputy, Deputy Mayor Ana Ruiz, who called the park "a gift to every child."',
         "Ana Ruiz", "Deputy Mayor"),
        ('Hale later praised pastor Nils Berg, who has vowed to fight "every single closure in this county."',
         "Nils Berg", "pastor"),
        # a lower-case phrase the name ends is no role ("was hard for")
        ('The defeat was hard for Ms. Ruiz, who said she needed to "rest and see her family for a while."',
         "Ruiz", None),
        # an article-led description of a person, cut from the phrase it ends
        ('Hale sat through a long speech from the visiting governor, who said the port was "the best on the coast."',
         "the visiting governor", None),
        # a description set off after a name: the name speaks, the description is its role
        ('"We are ready," said Ana Ruiz, the club\'s head coach, who added that the team would "play to win."',
         "Ana Ruiz", "the club's head coach"),
    ],
)
def test_who_clause_speaks_for_its_antecedent(paragraph: str, speaker: str, role: str | None) -> None:
    quote = extract_quotes([OPENING, paragraph])[-1]
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(
    "paragraph",
    [
        # two people before ", who": the clause may be either's, so the pair is not taken as one speaker
        'The crowd cheered for Ana Ruiz and Nils Berg, who joked that they had "never seen so many people here."',
    ],
)
def test_no_pair_as_antecedent(paragraph: str) -> None:
    quote = extract_quotes([OPENING, paragraph])[-1]
    assert quote.speaker != "Ana Ruiz and Nils Berg"


@pytest.mark.parametrize(
    ("narration", "antecedent"),
    [
        ("Hale heard a lecture from the Mexican president, who", ("the Mexican president", None)),
        ("The board met Gov. Ana Ruiz, who", ("Ana Ruiz", "Gov.")),
        ("It gave fodder to rivals such as Sen. Ana Ruiz of Utah, who", ("Ana Ruiz", "Sen. of Utah")),
        ("The guest was the veteran radio host Nils Berg, who", ("Nils Berg", "the veteran radio host")),
        # a description that ends in no person, or a name inside a longer phrase, is read as no antecedent
        ("Hale took a long walk along the river, who", None),
        ("Hale gave a warm welcome to the crowd of fans, who", None),
        # no comma: a restrictive clause ("the people who said") is not read here
        ("Hale met Ana Ruiz who", None),
    ],
)
def test_who_antecedent(narration: str, antecedent: tuple[str, str | None] | None) -> None:
    tokens = tokenize(narration)
    assert who_antecedent(tokens, len(tokens) - 1, narration, _np_core) == antecedent
