"""A person noun before a name describes the speaker after the speech verb as it does before it ("said widow X")."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_tokens import person_noun


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("kin noun after the verb", '"The bridge must be fixed before winter," said widow Ann Carver.',
         ("Ann Carver", "widow")),
        ("kin noun before the verb", '"The bridge must be fixed before winter," widow Ann Carver said.',
         ("Ann Carver", "widow")),
        ("person noun after a capitalised word", '"We waited six hours for a bus," said Reyes family cousin Tom Reyes.',
         ("Tom Reyes", "Reyes family cousin")),
        ("person noun after according to", '"We waited six hours for a bus," according to neighbour Lila Banks.',
         ("Lila Banks", "neighbour")),
        ("a role noun as before", '"We waited six hours for a bus," said organizer Tom Reyes.',
         ("Tom Reyes", "organizer")),
    ],
)
def test_person_noun_before_name(rule: str, text: str, expected: tuple[str, str]) -> None:
    quotes = extract_quotes([text])
    assert [(q.speaker, q.role) for q in quotes] == [expected], rule


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("a crowd before the verb", 'Dozens of protesters shouted “we want our jobs back” at the rally.',
         "Dozens of protesters"),
        ("a crowd after the quote", '“We want our jobs back!” dozens of angry workers chanted.', "dozens of angry workers"),
        ("a crowd as the subject of a chanting participle",
         'Hundreds of pro-union marchers crossed the bridge on Monday, chanting "jobs not cuts, jobs not cuts," '
         'and waving signs.', "Hundreds of pro-union marchers"),
        ("a count of things is no crowd", 'Thousands of pages said “we want our jobs back” in print.', None),
        ("a count of pronouns is no crowd", 'Hundreds of them said “we want our jobs back” in the poll.', None),
    ],
)
def test_crowd_of_people(rule: str, text: str, expected: str | None) -> None:
    assert [q.speaker for q in extract_quotes([text])] == [expected], rule


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("a dated letter from its owner", 'A Feb. 1 letter from the Harbor Trust obtained by a local paper warns '
                                          'that “the lease will not be renewed this year.”', ("the Harbor Trust", "in a letter")),
        ("a dated memo, the month written out", 'A March 19 memo from the agency says “we will not renew the '
                                                'contract this year.”', ("the agency", "in a memo")),
        ("a date before another noun is no document's",
         'One group campaigning before the June 23 national referendum posted a message warning of an “utterly '
         'ruinous outcome” for the city.', ("One group", None)),
    ],
)
def test_dated_document(rule: str, text: str, expected: tuple[str, str | None]) -> None:
    assert [(q.speaker, q.context) for q in extract_quotes([text])] == [expected], rule


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("organizer", True),   # agent endings: -er, -or, -ist, -ian, -ant, -ent
        ("investor", True),
        ("activist", True),
        ("historian", True),
        ("consultant", True),
        ("resident", True),
        ("superior", True),    # "her superior said"
        ("widow", True),       # a person noun from the tables
        ("former", False),     # a common word sharing an agent ending (speaker_words.NOT_AGENT_WORDS)
        ("number", False),
        ("paper", False),
        ("disappointment", False),  # "-ment" names no one (speaker_words.NOT_AGENT_ENDINGS)
        ("settlement", False),
        ("story", False),
    ],
)
def test_person_noun_by_ending_and_its_exceptions(word: str, expected: bool) -> None:
    assert person_noun(word) is expected
