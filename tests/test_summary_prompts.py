"""A prompt to the reader ("Check out …", "Be sure to visit us on Facebook") is no summary line and no key point."""

from __future__ import annotations

import pytest

from briefgen.extract.summary import summarize
from briefgen.extract.timeline_prompts import reader_prompt
from briefgen.model import Article, Paragraph

NEWS = [
    "The city council voted on Monday to close the old harbour bridge to cars from next spring.",
    "The bridge, built in 1911, carries about 20,000 cars a day across the river.",
    "Engineers found cracks in two of its piers during an inspection last year.",
    "Shop owners on the north bank said the closure would cost them customers.",
    "The council plans a new bridge downstream, which is to open in 2030.",
]


@pytest.mark.parametrize("prompt", [
    "Be sure to visit the harbour museum on Facebook, Twitter and Instagram.",
    "Check out what's new this week at the harbour museum shop.",
    "Sign up for our harbour newsletter for just one dollar a month.",
    "Make sure you follow our river reporter for more updates on the bridge.",
    # a pointer to another page
    "For full details on the bridge closure and the new bus routes, see this page.",
    "For more information on the harbour works, visit the council's website.",
    "See the full list of closed roads on the council's website.",
    "Get more ideas for walks along the harbour here!",
])
def test_a_prompt_to_the_reader_is_neither_summary_nor_key_point(prompt: str) -> None:
    assert reader_prompt(prompt) is not None
    for at in (0, 2, len(NEWS)):
        paragraphs = [*NEWS[:at], prompt, *NEWS[at:]]
        summary, key_points = summarize(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))
        assert prompt not in summary and prompt not in key_points
        assert summary and key_points


@pytest.mark.parametrize("sentence", [
    "Be sure of one thing: the bridge will close in the spring.",  # (no bidding to do something)
    "Visitors checked out the harbour museum's new hall on Sunday.",
    "For more than a decade, the bridge has carried traffic for the mill.",  # (a count, not a pointer)
    "Get more sleep before the night shift, the harbour doctor told the crews.",
    "For more information on the cracks, the engineers asked for a second inspection.",
])
def test_other_sentences_are_no_prompt(sentence: str) -> None:
    assert reader_prompt(sentence) is None
