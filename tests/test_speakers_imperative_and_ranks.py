"""An order to the reader names no speaker ('Check them out below'); a capitalised post may open with its rank
words ('Senior Vice President of Sales for Acme')."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import quote_spans


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # cues_subject._IMPERATIVE_OBJECTS: a verb and its object pronoun open an order, not a subject
        (["We gathered some reviews of the show. Check them out below!",
          "“The dancers were wonderful and the seats were comfortable.”"], None),
        (["Join us at the festival next week. “The dancers were wonderful and the seats were comfortable.”"], None),
        (["Follow me on the tour. “The dancers were wonderful and the seats were comfortable.”"], None),
        # … whereas a name and its verb still open a clause
        (["Priya Nandakumar praised the show. “The dancers were wonderful and the seats were comfortable.”"],
         "Priya Nandakumar"),
    ],
)
def test_an_order_names_no_speaker(paragraphs: list[str], speaker: str | None) -> None:
    (_span, quote), = quote_spans(paragraphs)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        # speaker_shapes.capitalised_post: capitalised rank words (ROLE_MODIFIERS) before the post's noun
        ("Omar Lindqvist, Senior Vice President of Sales for Northwind, says: “Our new pumps cut the energy bill "
         "of every plant we serve.”", "Senior Vice President of Sales for Northwind"),
        ("Omar Lindqvist, Deputy Director of Operations at Northwind, said: “Our new pumps cut the energy bill "
         "of every plant we serve.”", "Deputy Director of Operations at Northwind"),
        ("“Our new pumps cut the energy bill of every plant we serve,” Omar Lindqvist, Vice President, said.",
         "Vice President"),
        # … the rank word alone is no post, and a title before a name is another person
        ("“Our new pumps cut the energy bill of every plant we serve,” Omar Lindqvist, Senior Ann Lee, said.", None),
    ],
)
def test_capitalised_post_with_rank_words(paragraph: str, role: str | None) -> None:
    (_span, quote), = quote_spans([paragraph])
    assert (quote.speaker, quote.role) == ("Omar Lindqvist", role)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # cues_subject._PLURAL_NOUN: a quantifier and a name before a plural noun describe that noun, no one speaks
        ("Most Gazette assignments begin when readers ask us, “Is this claim about the bridge true?”", None),
        ("Several Harbour projects stalled last year. “The bridge should have been fixed years ago.”", None),
    ],
)
def test_a_quantified_description_is_no_speaker(paragraph: str, speaker: str | None) -> None:
    (_span, quote), = quote_spans([paragraph])
    assert quote.speaker == speaker
