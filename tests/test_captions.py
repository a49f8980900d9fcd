"""Photo captions and photo asides: each marker of captions.CAPTION_MARKERS where it fires and where it must not."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from briefgen.extract.captions import CAPTION_MARKERS, Certainty, caption_label, is_caption, without_photo_asides

# (marker, sentence, fires): each marker once where it holds and once where it must not
MARKER_CASES = [
    ("photo aside", "Glenn Murray (left) cost Palace nothing four years ago yet found a way past the defence.", True),
    ("photo aside", "Perry with Cheyenne Tozzi (pictured left) who previously starred in the show.", True),
    ("photo aside", "Weiner (second left) and Abedin wore baseball caps as they enjoyed their lunch.", True),
    ("photo aside", "Both Ellery (left and right) and Gail Sorronda (middle) sent models out in ear pieces.", True),
    ("photo aside", "He brought a stun gun back into the UK in his luggage (file picture).", True),
    ("photo aside", "Stephen Munden, 54, (pictured with and without a beard) was last seen near Hook.", True),
    ("photo aside", "The sports brand features prominently (circled) on a leaflet.", True),
    ("photo aside", "The party's left (and its unions) opposed the rescue fund from the start.", False),
    ("photo aside", "The ruling party (the PRI) won the vote in the state.", False),
    ("pictured aside", "Lindsay Sandiford, pictured, believes that she will be executed.", True),
    ("pictured aside", "Michael Schumacher pictured during Formula One testing at the Jerez circuit.", True),
    ("pictured aside", "Ambulances carrying the bodies were pictured arriving at the port.", False),
    ("is pictured", "The young star is pictured wearing a black lacy dress with sheer panels.", True),
    ("is pictured", "The young star was pictured wearing a black lacy dress last week.", False),
    ("loose photo aside", "Spahic became involved in a fight with stewards (first photo).", True),
    ("loose photo aside", "Marine Le Pen (top left) greets supporters.", True),
    ("loose photo aside", "The vote (held on Monday) was close.", False),
    ("pictured", "Ambulances carrying the bodies were pictured arriving at the port.", True),
    ("pictured", "The ambulances arrived at the port from the prison island.", False),
    ("opening caption label", "Special offer: Myer stores will sell the doll for $3", True),
    ("opening caption label", "Bloody scene: After the stabbing the couple lay in the street.", True),
    # a name opening it is an interview's speaker; a speech verb makes it a speaker's
    ("opening caption label", "Andrew Westphal: We expect the particles will be small.", False),
    ("opening caption label", "Mr Jamieson said: 'I'm not going anywhere.'", False),
    ("opening caption label", "Schumer tweeted: “Let’s go.", False),
    ("caption label", "The club may sell the striker this summer Injured: Smith limps off the pitch", True),
    ("caption label", "He said the deal was done and Smith added: 'We are happy.'", False),
]


@pytest.mark.parametrize(("name", "sentence", "fires"), MARKER_CASES)
def test_caption_marker(name: str, sentence: str, fires: bool) -> None:
    assert bool(CAPTION_MARKERS[name].pattern.search(sentence)) is fires


def test_every_marker_has_cases_both_ways() -> None:
    covered = {(name, fires) for name, _, fires in MARKER_CASES}
    assert covered == {(name, fires) for name in CAPTION_MARKERS for fires in (True, False)}


@pytest.mark.parametrize(("sentence", "sure", "maybe"), [
    ("Glenn Murray (left) cost Palace nothing four years ago.", True, True),
    # prose that tells of a photo, or a caption's label: might be a caption (no question rests on it), but the
    # summary still takes it as a line
    ("Ambulances carrying the bodies were pictured arriving at the port.", False, True),
    ("Special offer: Myer stores will sell the doll for $3", False, True),
    ("The minister said the rescue fund would be ready in May.", False, False),
])
def test_the_levels_nest(sentence: str, sure: bool, maybe: bool) -> None:
    assert is_caption(sentence, Certainty.SURE) is sure
    assert is_caption(sentence, Certainty.MAYBE) is maybe


@pytest.mark.parametrize(("sentence", "without"), [
    ("Abby Bishop (right) took in her niece Zala (left) when her sister could not.",
     "Abby Bishop took in her niece Zala when her sister could not."),
    ("He brought a stun gun back in his luggage (file picture).", "He brought a stun gun back in his luggage."),
    ("Chloe (pictured with newborn Lola, left, and at three months, right) struggled to remember.",
     "Chloe struggled to remember."),
    # an aside that is no photo's stays
    ("The ruling party (the PRI) won the vote.", "The ruling party (the PRI) won the vote."),
])
def test_photo_asides_are_dropped(sentence: str, without: str) -> None:
    assert without_photo_asides(sentence) == without


@given(st.text(alphabet=st.characters(blacklist_characters="()")))
def test_text_without_brackets_keeps_every_character(text: str) -> None:
    assert without_photo_asides(text) == text


@given(st.lists(st.sampled_from(["Smith", "(left)", "(file photo)", "(the PRI)", "said", "(pictured in 2014)", "."]))
       .map(" ".join))
def test_no_photo_aside_is_left(text: str) -> None:
    once = without_photo_asides(text)
    assert without_photo_asides(once) == once
    assert not CAPTION_MARKERS["photo aside"].pattern.search(once)
    assert once.count("(the PRI)") == text.count("(the PRI)")


@pytest.mark.parametrize(("label", "names", "matches"), [
    ("Terrible: tragedy struck", True, True),  # a label the summary drops may be one word before small letters
    ("Terrible: tragedy struck", False, False),  # one the questions drop needs a capital after it
    ("Andrew Westphal: We expect", True, True),
    ("Andrew Westphal: We expect", False, False),
    ("Judge Milford added: 'he had'", True, False),
    ("Bloody scene: After", False, True),
])
def test_caption_label_shapes(label: str, names: bool, matches: bool) -> None:
    more = "{0,2}" if names else "{1,3}"
    assert bool(re.match(caption_label(more, names=names), label)) is matches
