"""speakers_after.named_after_description: a description, then a name set off by commas, is the name and its role."""

from __future__ import annotations

import pytest

from briefgen.extract.cues_according import cue_according
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speakers_after import named_after_description, np_after


def _read(phrase: str):
    tokens = tokenize(phrase)
    return named_after_description(np_after(tokens, 0, phrase), tokens, 0, phrase)


@pytest.mark.parametrize(
    ("rule", "phrase", "speaker", "role"),
    [
        ("name between commas", "the harbour chief, Ida Berg, on Monday.", "Ida Berg", "the harbour chief"),
        ("name before a full stop", "a longtime neighbour, Tomas Vrba.", "Tomas Vrba", "a longtime neighbour"),
        ("name before a colon", "the county clerk, Rhoda Penn: the count was done", "Rhoda Penn", "the county clerk"),
        ("an initial inside the name", "the fire marshal, Ruth K. Amsel, said", "Ruth K. Amsel", "the fire marshal"),
        ("a name alone stays", "Ida Berg, the harbour chief, on Monday.", "Ida Berg", "the harbour chief"),
        ("no name after the comma", "the harbour chief, who spoke on Monday.", "the harbour chief", None),
        ("a clause after the comma", "the harbour chief, and Ida Berg agreed", "the harbour chief", None),
    ],
)
def test_named_after_description(rule: str, phrase: str, speaker: str, role: str | None) -> None:
    cue = _read(phrase)
    assert cue is not None and (cue.speaker, cue.role) == (speaker, role), rule


def test_nothing_read_stays_nothing() -> None:
    assert named_after_description(None, tokenize("that is all."), 0, "that is all.") is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("The mill will close in May, according to the union's secretary, Oskar Lind, who spoke on Friday.",
         "Oskar Lind", "the union's secretary"),
        ("The ferry was late, in the words of a weary commuter, Nell Ashby.", "Nell Ashby", "a weary commuter"),
        ("The mill will close in May, according to the union's secretary.", "the union's secretary", None),
    ],
)
def test_according_to_a_description_then_a_name(sentence: str, speaker: str, role: str | None) -> None:
    cue = cue_according(sentence)
    assert cue is not None and (cue.speaker, cue.role) == (speaker, role)


@pytest.mark.parametrize(
    ("rule", "paragraph", "speaker", "role"),
    [
        ("said, a description, a name", '"The dam will hold," said the county engineer, Marta Ilves, on Monday.',
         "Marta Ilves", "the county engineer"),
        ("wrote, a description, a name", '"The dam will hold," wrote a retired surveyor, Piet Oudman.',
         "Piet Oudman", "a retired surveyor"),
        ("an owner's description", '"The dam will hold," said the mill\'s night foreman, Abel Krane.',
         "Abel Krane", "the mill's night foreman"),
        ("a name alone after said", '"The dam will hold," said Marta Ilves, the county engineer.',
         "Marta Ilves", "the county engineer"),
    ],
)
def test_said_a_description_then_a_name(rule: str, paragraph: str, speaker: str, role: str) -> None:
    quote = extract_quotes([paragraph])[0]
    assert (quote.speaker, quote.role) == (speaker, role), rule


def test_a_name_going_on_past_an_initial_is_not_cut_at_it() -> None:
    # ", Ruth K. Amsel of …": the name runs on past "K." into its affiliation; "Ruth K" is no name
    cue = _read("the fire marshal, Ruth K. Amsel of the county, said")
    assert cue is not None and cue.speaker != "Ruth K"
