"""context_after: "…, according to X" right after the speech verb is the quote's context (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_context import context_after
from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("frame", "context"),
    [
        (" said, according to the Ledger.", "according to the Ledger"),
        (" said, according to a transcript of the hearing, and left.", "according to a transcript of the hearing"),
        (" said on Monday, according to the Ledger.", "on Monday"),  # where it was said still comes first
        (" said.", None),
    ],
)
def test_according_context(frame: str, context: str | None) -> None:
    assert context_after(frame, 5, "said") == context


def test_quote_keeps_speaker_and_report() -> None:
    quote = extract_quotes(['"The delays must stop," the judge said, according to the Ledger.'])[0]
    assert (quote.speaker, quote.context) == ("the judge", "according to the Ledger")
