"""A context stops where the clause reported after it opens: 'said in a statement he would …' → 'in a statement'."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_context import context_after
from briefgen.extract.quotes import quote_spans


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # a subject pronoun after the phrase's noun opens the reported clause
        ("Lee said in a statement he would resign", "said", "in a statement"),
        ("Lee wrote in the memo it was time to act", "wrote", "in the memo"),
        ("Lee said on the radio they had no choice", "said", "on the radio"),
        # a demonstrative before no time word opens it too
        ("Lee said in the release this ruling shows the law works", "said", "in the release"),
        ("Lee said at the briefing these figures prove him right", "said", "at the briefing"),
        # … but a demonstrative before a time word is when it was said
        ("Lee said in a statement this week", "said", "in a statement this week"),
        ("Lee said at a rally this afternoon", "said", "at a rally this afternoon"),
        ("Lee said on Twitter this Monday", "said", "on Twitter this Monday"),
        # … and one a preposition governs belongs to the phrase
        ("Lee said at a rally in this city", "said", "at a rally in this city"),
        ("Lee said in an interview with these reporters", "said", "in an interview with these reporters"),
        # a long phrase is a clause run on: no context, as before
        ("Lee said in August after the bakery announced it would move its plant to another state", "said", None),
    ],
)
def test_context_ends_before_reported_clause(text: str, verb: str, expected: str | None) -> None:
    assert context_after(text, text.find(verb) + len(verb), verb) == expected


def test_context_of_a_quote_cut_before_the_clause() -> None:
    paragraph = ("Mayor Dana Whitfield said in the release this ruling shows that the city must “protect the families "
                 "who live along the river.”")
    (_span, quote), = quote_spans([paragraph])
    assert (quote.speaker, quote.context) == ("Dana Whitfield", "in the release")
