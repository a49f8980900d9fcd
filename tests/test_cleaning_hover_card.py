"""page.hover-card: a person's hover card glued into a pasted sentence is cut, and listed as removed."""

from __future__ import annotations

import pytest

from briefgen.cleaning import clean
from briefgen.cleaning.hover_card import cut_hover_cards
from briefgen.cleaning.rules import default_ruleset
from briefgen.model import Article, Paragraph

CUT = [
    ("Gov. Jane RoeJane Ann RoeRoe signs farm bill into law Roe vetoes budget MORE (R) signed the bill on Friday.",
     "Gov. Jane Roe (R) signed the bill on Friday.",
     ["Jane Ann RoeRoe signs farm bill into law Roe vetoes budget MORE"]),
    ("Rep. Maria Lopez-GarciaMaria Lopez-GarciaDems unveil water plan | House passes bill MORE (D-Texas), who chairs it.",
     "Rep. Maria Lopez-Garcia (D-Texas), who chairs it.",
     ["Maria Lopez-GarciaDems unveil water plan | House passes bill MORE"]),
    # a card with no headlines, and one before a comma
    ("Sen. SmithJohn Robert Smith MORE (D-Ohio) spoke first.", "Sen. Smith (D-Ohio) spoke first.",
     ["John Robert Smith MORE"]),
    ("President DoeRichard Doe'It's a hoax,' Doe says of report MORE, speaking on Tuesday, disagreed.",
     "President Doe, speaking on Tuesday, disagreed.", ["Richard Doe'It's a hoax,' Doe says of report MORE"]),
    # two cards in one sentence
    ("Sen. Ann LeeAnn LeeLee wins MORE (D) and Sen. Bo KimBo KimKim loses MORE (R) agreed.",
     "Sen. Ann Lee (D) and Sen. Bo Kim (R) agreed.", ["Ann LeeLee wins MORE", "Bo KimKim loses MORE"]),
]

KEPT = [
    "He said MORE than once that the plan would work.",
    "Gov. Jane Roe (R) signed the bill on Friday.",
    "Michael McDonald said fans wanted MORE songs.",  # a name with a capital inside, and no card
    "The YouTube channel of PolitiFact and DeSantis' iPhone MORE (sic) were there.",
    "LeBron James bought a MacBook on eBay and said he wanted MORE.",
    "Sen. Roe said Jane Roe was wrong MORE than once.",  # the surname repeated, but not glued to anything
    "WASHINGTON — The MORE Act passed the House on Friday.",
]


@pytest.mark.parametrize(("text", "expected", "cards"), CUT)
def test_cards_are_cut(text: str, expected: str, cards: list[str]) -> None:
    assert cut_hover_cards(text) == (expected, cards)


@pytest.mark.parametrize("text", KEPT)
def test_no_card_no_cut(text: str) -> None:
    assert cut_hover_cards(text) == (text, [])


def _article(lead: str, title: str | None = None) -> Article:
    rest = "The tagline drew a mix of criticism and ridicule across the state on Monday, officials said."
    return Article(name="a.txt", paragraphs=(Paragraph(lead), Paragraph(rest)), title=title, title_guessed=True)


def test_clean_lists_the_card_as_removed_and_keeps_the_sentence() -> None:
    lead, expected, cards = CUT[0]
    cleaned = clean(_article(lead, title="Roe signs the bill"))
    assert cleaned.paragraphs[0].text == expected
    card = [r for r in cleaned.removed if r.rule == "page.hover-card"]
    assert [r.text for r in card] == cards and card[0].category == "page" and card[0].reason


def test_a_title_made_from_the_lead_is_made_again_without_the_card() -> None:
    from briefgen.readers.common import title_from_lead

    lead, expected, _ = CUT[0]
    cleaned = clean(_article(lead, title=title_from_lead(lead)))
    assert cleaned.title == title_from_lead(expected)


def test_switched_off_by_name() -> None:
    lead = CUT[0][0]
    cleaned = clean(_article(lead, title="Roe signs the bill"), default_ruleset().without(["page.hover-card"]))
    assert cleaned.paragraphs[0].text == lead
    assert not [r for r in cleaned.removed if r.rule == "page.hover-card"]
