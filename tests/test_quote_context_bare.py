"""A context that is only its opening word (the quote itself followed it) is no context."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_context import context_after


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # (the frame ends where the quote opens: 'Lee is pledging to "win …"')
        ("Lee is pledging to ", "pledging", None),
        ("Lee said on ", "said", None),
        ("Lee said in ", "said", None),
        ("Lee said on Twitter", "said", "on Twitter"),
        ("Lee wrote in a statement", "wrote", "in a statement"),
        ("Lee told CNN", "told", "told CNN"),
    ],
)
def test_bare_opener(text: str, verb: str, expected: str | None) -> None:
    assert context_after(text, text.find(verb) + len(verb), verb) == expected


@pytest.mark.parametrize(
    ("text", "role", "context"),
    [
        ('"The plan is dead," wrote Dana Whitfield on Hot Air.', None, "on Hot Air"),
        ('"The plan is dead," wrote Dana Whitfield in The Ledger.', None, "in The Ledger"),
        ('"The plan is dead," said Dana Whitfield of the Sierra Club.', "of the Sierra Club", None),
    ],
)
def test_where_after_inverted_name(text: str, role: str | None, context: str | None) -> None:
    from briefgen.extract.quotes import extract_quotes

    (quote,) = extract_quotes([text])
    assert (quote.speaker, quote.role, quote.context) == ("Dana Whitfield", role, context)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('"The race is over in the state," wrote Tribune magazine.', "Tribune magazine", None),
        ('Tribune magazine wrote: "The race is over in the state."', "Tribune magazine", None),
        ('"The race is over," said Dana Whitfield, a Tribune magazine columnist.', "Dana Whitfield",
         "a Tribune magazine columnist"),
    ],
)
def test_publication_kind_after_its_name(text: str, speaker: str, role: str | None) -> None:
    from briefgen.extract.quotes import extract_quotes

    (quote,) = extract_quotes([text])
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The senator has no spine at all," reads a Wednesday editorial in the paper.', "a Wednesday editorial"),
        ('"The senator has no spine at all," said a Monday statement from the governor.',
         "a Monday statement from the governor"),
        ('"The senator has no spine at all," said a Monday.', None),  # a day alone is no speaker
    ],
)
def test_day_describing_a_document(text: str, speaker: str | None) -> None:
    from briefgen.extract.quotes import extract_quotes

    (quote,) = extract_quotes([text])
    assert quote.speaker == speaker
