"""A "he" or "she" after a sentence whose clause (not its main subject) names a person of that gender: that person."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_pronouns import CLAUSE_OPENERS, clause_subject
from briefgen.extract.quotes import extract_quotes

PEOPLE = {"Maria Lopez": "she", "Lopez": "she", "Paul Grant": "he", "Grant": "he", "Karen Webb": "she", "Webb": "she"}
INTRO = "Maria Lopez and Paul Grant sit on the county council."
QUOTED = '"The county cannot wait another year," said Karen Webb, the county clerk.'


@pytest.mark.parametrize(
    ("rule", "paragraphs", "expected"),
    [
        ("with-participle", [QUOTED, "The budget has become the main fight of the race, with Maria Lopez — who "
                             "chairs the finance panel — attacking every line of it.",
                             '"This plan spends money we do not have," she said.'], "Maria Lopez"),
        ("with-participle, an aside between commas", [
            QUOTED, "The vote drew a crowd, with Maria Lopez, the finance chair, urging members to wait.",
            '"We should not rush," she said at the meeting.'], "Maria Lopez"),
        ("subordinate: but", [INTRO, QUOTED, "The council was ready to adjourn, but Lopez wanted another vote.",
                              '"We owe the voters an answer tonight," she said.'], "Lopez"),
        ("subordinate: though, fronted", [
            QUOTED, "Though Maria Lopez has lived in the town for decades, the new rents have pushed her out.",
            '"I cannot afford my own street," she said.'], "Maria Lopez"),
        ("subordinate: while", [INTRO, QUOTED, "The plan passed easily, while Lopez voted against it.",
                                '"It is a mistake," she said.'], "Lopez"),
        ("reported by a group", [INTRO, QUOTED, "Beyond the budget, aides say Maria Lopez also advises the mayor on parks.",
                                 '"Every child needs a park nearby," she said.'], "Maria Lopez"),
        ("reported by a group, with that", [INTRO, QUOTED, "Her neighbors said that Lopez walks the park every morning.",
                                            '"It keeps me sane," she said.'], "Lopez"),
    ],
)
def test_clause_subject_speaks(rule: str, paragraphs: list[str], expected: str) -> None:
    assert extract_quotes(paragraphs)[-1].speaker == expected, rule


@pytest.mark.parametrize(
    ("rule", "paragraphs", "expected"),
    [
        ("the main subject fits and is named", [
            QUOTED, "Webb spoke after Maria Lopez had left the hall.", '"We will finish the work," she said.'],
         "Webb"),
        ("another person of that gender in the sentence", [
            QUOTED, "While Maria Lopez backed the plan, the vote troubled Karen Webb, the clerk.",
            '"We should wait," she said.'], "Karen Webb"),
        ("the clause's subject has the other gender", [
            QUOTED, "The vote was close, with Paul Grant casting the last ballot.", '"It was fair," she said.'],
         "Karen Webb"),
        ("reported by a group, but the main subject is the last speaker", [
            QUOTED, "Webb answered questions while aides said Maria Lopez would vote later.",
            '"We are ready," she said.'], "Webb"),
        ("a name after 'with' that is no clause's subject", [
            QUOTED, "The clerk met with Maria Lopez on Monday.", '"We agree on the schedule," she said.'],
         "Karen Webb"),
    ],
)
def test_clause_subject_does_not_speak(rule: str, paragraphs: list[str], expected: str) -> None:
    assert extract_quotes(paragraphs)[-1].speaker == expected, rule


@pytest.mark.parametrize(
    ("recent", "pronoun", "expected"),
    [
        ("The plan passed, with Maria Lopez cheering.", "she", "Maria Lopez"),
        ("The plan passed, with Maria Lopez cheering.", "he", None),
        ('The plan passed, "finally," with Maria Lopez cheering.', "she", None),  # a quote names its own speaker
        ("The plan passed. Everyone went home.", "she", None),  # the clause is not in the last sentence
        ("The plan passed, as Lopez and Webb had hoped.", "she", None),  # two people fit
    ],
)
def test_clause_subject(recent: str, pronoun: str, expected: str | None) -> None:
    found = clause_subject(recent, pronoun, PEOPLE)
    assert (found[0] if found else None) == expected


def test_rule_names_are_unique() -> None:
    names = [name for name, _opener, _participle in CLAUSE_OPENERS]
    assert len(names) == len(set(names))
