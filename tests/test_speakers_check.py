"""speaker_check: a phrase found as a speaker is kept only when it can speak, trimmed to its head."""

from __future__ import annotations

import pytest

from briefgen.extract.speaker_check import (
    capitalised_inside,
    common_word,
    document_owner,
    head_after_possessive,
    is_thing,
    lowercase_words,
    plausible_speaker,
    trim_description,
)


@pytest.mark.parametrize(
    ("rule", "speaker", "expected"),
    [
        # a description runs to its head; the sentence's verb after it is cut off
        ("verb after a role noun", "The governor noted", "The governor"),
        ("irregular verb after a document", "The memo went", "The memo"),
        ("verb and object after a name", "The Daily Ledger’s Ann Marsh sees the plan", "The Daily Ledger’s Ann Marsh"),
        ("reduced relative after the head", "one Democrat familiar", "one Democrat"),
        ("participle after the head", "a source involved", "a source"),
        ("prepositional phrase is kept", "a strategist for one of the candidates", "a strategist for one of the candidates"),
        ("phrase's own noun is kept", "the former secretary of state argued about", "the former secretary of state"),
        ("modifiers before a lower-case head", "the Democratic vice-presidential nominee", "the Democratic vice-presidential nominee"),
        ("compound before a head", "a longtime party finance chairman", "a longtime party finance chairman"),
        ("possessive owner then head", "the paper’s senior politics editor Jo Diaz", "the paper’s senior politics editor Jo Diaz"),
        ("plural of a role noun", "their lawyers", "their lawyers"),
        ("plural -men", "the committee chairmen", "the committee chairmen"),
        ("compound in -man", "the weatherman pointed out", "the weatherman"),
        ("agent noun by ending", "a local organizer", "a local organizer"),
        ("age as the head", "the 52-year-old", "the 52-year-old"),
        ("one of a group", "one of three witnesses", "one of three witnesses"),
        ("document and its author", "a memo sent out by the mayor", "a memo sent out by the mayor"),
        ("particle inside a name", "his cousin Omar el Said", "his cousin Omar el Said"),
        ("title word as head", "the prince", "the prince"),
        # no head: nothing in the words speaks
        ("sentence opener, no head", "Her standing rose", None),
        ("abstract noun", "the past", None),
        ("adjective cut short", "his recent", None),
        ("abstract noun and verb", "The debate centers", None),
        ("abstract noun phrase", "The new rule overall", None),
    ],
)
def test_trim_description(rule: str, speaker: str, expected: str | None) -> None:
    assert trim_description(speaker) == expected, rule


@pytest.mark.parametrize(
    ("rule", "speaker", "expected"),
    [
        ("opens with a preposition", "Under Texas", None),
        ("preposition alone", "From", None),
        ("possessive alone", "Garcia’s", None),
        ("possessive of a country", "South Sudan's", None),
        ("quantity alone", "Most", None),
        ("quantity alone, plural", "Dozens", None),
        ("others is a group that speaks", "Others", "Others"),
        ("a name is kept", "Maria Lopez", "Maria Lopez"),
        ("a pronoun is kept", "she", "she"),
        ("a description is trimmed", "The senator replied", "The senator"),
        ("a possessive inside a description", "the mayor’s office", "the mayor’s office"),
    ],
)
def test_plausible_speaker(rule: str, speaker: str, expected: str | None) -> None:
    assert plausible_speaker(speaker) == expected, rule


ARTICLE = ["Guns were everywhere at the fair, and guns were the topic.", "Mayor Stone said the fair was safe.",
           "Voters asked Stone about guns. Respondents said little, and respondents left."]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Guns", True),  # lower case elsewhere, capitalised only where a sentence opens
        ("Stone", False),  # capitalised inside a sentence: a name
        ("Respondents", False),  # a group that speaks, whatever its case elsewhere
        ("He", False),  # a pronoun is resolved elsewhere
        ("Mayor Stone", False),  # several words
    ],
)
def test_common_word(speaker: str, expected: bool) -> None:
    assert common_word(speaker, lowercase_words(ARTICLE), capitalised_inside(ARTICLE)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rubio’s campaign sent out a release", "Rubio’s campaign"),
        ("the mayor’s office, which", "the mayor’s office"),
        ("Garcia’s former campaign chairman said", "Garcia’s former campaign chairman"),
        ("Lee's rhetoric has shifted", None),  # a noun that does not speak
        ("Lee's plan for the city", None),  # … nor does a plan as the owner's thing
        ("the senator spoke", None),  # no owner
    ],
)
def test_head_after_possessive(text: str, expected: str | None) -> None:
    assert head_after_possessive(text) == expected


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("the memo", True),
        ("The editorial board", True),
        ("Trump’s campaign", True),
        ("The White House", True),
        ("the senator", False),  # a person: he or she, not it
        ("Maria Lopez", False),
        ("memo", False),
    ],
)
def test_is_thing(speaker: str, expected: bool) -> None:
    assert is_thing(speaker) is expected


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Cornyn's statement", ("Cornyn", "in a statement")),
        ("John Cornyn’s letter", ("John Cornyn", "in a letter")),
        ("The campaign’s statement", ("The campaign", "in a statement")),
        ("Ivana Trump's affidavit", ("Ivana Trump", "in an affidavit")),
        ("Sen. Ann Lee's remarks", ("Sen. Ann Lee", "in remarks")),
        ("the Democrats' tweets", None),  # a lower-case owner that is no "the" + noun phrase of one or two words: kept
        ("Trump's tweets", ("Trump", "in tweets")),
        # a body that speaks for its owner, a pronoun owner, a document with no owner, a paper about the owner
        ("Netanyahu's office", None),
        ("His statement", None),
        ("The statement", None),
        ("Trump's indictment", None),
        ("Clinton's campaign", None),
    ],
)
def test_document_owner(speaker: str, expected: tuple[str, str] | None) -> None:
    assert document_owner(speaker) == expected
