"""A subject whose verb is passive is not the speaker of a quote inside its sentence (quote_passive)."""

import pytest

from briefgen.extract.quote_passive import active_subject, passive_subject
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speakers import Cue

PASSIVE = [
    ("plain", "The sailors were granted ", "The sailors"),
    ("perfect", "The mayor has been removed from office for what the board termed ", "The mayor"),
    ("modal-not", "The farmers will not be paid for the ", "The farmers"),
    ("adverb", "The museum was quietly closed because of ", "The museum"),
    ("irregular", "The station was shut down as ", "The station"),
    ("apposition", "Ortega, the treasurer, was fired over ", "Ortega"),
    ("got", "The bakers got arrested after the ", "The bakers"),
]

ACTIVE = [
    ("active-verb", "The sailors demanded ", "The sailors"),
    ("view-worried", "The farmers were worried that the rules would be ", "The farmers"),
    ("view-convinced", "Ortega is convinced the plan is ", "Ortega"),
    ("quoted", "Ortega was quoted as saying the plan was ", "Ortega"),
    ("asked-answers", "Ortega was asked about the plan, calling it ", "Ortega"),
    ("involved", "The charity was involved in talks about the fund, and ", "The charity"),
    ("be-adjective", "The mayor was often ", "The mayor"),
]


@pytest.mark.parametrize("rule, frame, speaker", PASSIVE, ids=[c[0] for c in PASSIVE])
def test_passive_subject(rule, frame, speaker):
    assert passive_subject(frame, Cue(speaker))


@pytest.mark.parametrize("rule, frame, speaker", ACTIVE, ids=[c[0] for c in ACTIVE])
def test_not_passive_subject(rule, frame, speaker):
    assert not passive_subject(frame, Cue(speaker))


def test_subject_not_in_frame():
    assert not passive_subject("The sailors were granted ", Cue("Ortega"))


def test_active_subject_skips_passive_keeps_active():
    assert active_subject("Last week the sailors were granted ") is None
    cue = active_subject("On Monday, Ortega called it ")
    assert cue is not None and cue.speaker == "Ortega"


@pytest.mark.parametrize("paragraph, speaker", [
    ('After a long wait, the sailors were granted leave because their work was "of national importance."', None),
    ('After a long wait, Ortega called the delay "of national importance."', "Ortega"),
], ids=["passive-none", "active-speaks"])
def test_quote_inside_sentence(paragraph, speaker):
    quotes = extract_quotes([paragraph])
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
