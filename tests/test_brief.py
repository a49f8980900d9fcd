"""brief.py: which quotes the page shows (mark_key_quotes), pins first; speakers named as their actors."""

from __future__ import annotations

import pytest

from briefgen.brief import KEY_QUOTES, actor_spellings, mark_key_quotes, told_as_actor
from briefgen.model import Actor, Quote


WORDS = ("harbour bridge tolls rise sharply next spring after years of delay and mounting repair bills across "
         "every district while teachers nurses drivers farmers bakers miners welders pilots clerks judges").split()


def _quotes(n: int) -> tuple[Quote, ...]:
    # distinct speakers and words, so none is a near-duplicate of another
    return tuple(Quote(" ".join(WORDS[3 * i: 3 * i + 3]).capitalize() + " matter most.", f"Speaker {i}",
                       speaker_key=f"speaker-{i}") for i in range(n))


@pytest.mark.parametrize(("n", "pinned", "shown"), [
    (3, 0, 3),  # few quotes: all shown
    (KEY_QUOTES + 4, 0, KEY_QUOTES),
    (KEY_QUOTES + 4, 2, KEY_QUOTES),
    (KEY_QUOTES + 4, KEY_QUOTES + 2, KEY_QUOTES + 2),  # an editor may pin more than the page usually shows
])
def test_key_quotes_marked(n: int, pinned: int, shown: int) -> None:
    marked = mark_key_quotes(_quotes(n), pinned=pinned)
    assert [q.text for q in marked] == [q.text for q in _quotes(n)]  # order and text untouched
    assert sum(q.key for q in marked) == shown
    assert all(q.key for q in marked[:pinned])


def test_an_attributed_sentence_is_shown_before_an_unattributed_fragment() -> None:
    quotes = (Quote("three word fragment"), *_quotes(KEY_QUOTES))
    marked = mark_key_quotes(quotes)
    assert not marked[0].key and all(q.key for q in marked[1:])


@pytest.mark.parametrize(("speaker", "actor", "shown"), [
    ("Dana Mc Arthur", "Dana McArthur", "Dana McArthur"),  # a space a typo added
    ("Olek PWinter", "Olek P. Winter", "Olek P. Winter"),  # a dot and a space a typo lost
    ("Dana McArthur", "Dana McArthur", "Dana McArthur"),  # spelt alike: nothing to change
    ("Dana", "Dana McArthur", "Dana"),  # a short form is no typo: the quote keeps the name it gives
    ("Deeanne Ross", "Dee Anne Ross", "Deeanne Ross"),  # letters in another case: another spelling, not a typo
    ("James Kennedy Jr.", "James Kennedy Jr", "James Kennedy Jr."),  # a dot alone is no typo: the text's stays
    ("Ann Lee Jr", "Ann Lee Jr.", "Ann Lee Jr"),  # nor its lack
])
def test_a_speaker_is_shown_as_its_actor_writes_a_name_a_typo_spaced(speaker: str, actor: str, shown: str) -> None:
    key = actor.lower().replace(" ", "-").replace(".", "")
    quotes = (Quote("We will open the new wing in spring.", speaker, speaker_key=key),)
    respelt = actor_spellings(quotes, (Actor(actor, "person", key=key, quotes=(0,)),))
    assert respelt.get(speaker, speaker) == shown


def test_an_unlinked_speaker_keeps_its_name() -> None:
    quotes = (Quote("We will open the new wing in spring.", "Dana Mc Arthur", speaker_key="dana-mc-arthur"),)
    assert actor_spellings(quotes, (Actor("Dana McArthur", "person", key="dana-mcarthur"),)) == {}


@pytest.mark.parametrize(("line", "told"), [
    ("Dana Mc Arthur: Then in 2015 we won the title.", "Dana McArthur: Then in 2015 we won the title."),
    ("Dana Mc Arthur said in 2015 the club had grown.", "Dana Mc Arthur said in 2015 the club had grown."),  # no label
    ("Olek Winter: In 2015 Dana Mc Arthur won.", "Olek Winter: In 2015 Dana Mc Arthur won."),  # another speaker's
])
def test_a_line_an_interviews_answer_tells_opens_with_its_speaker_as_the_quotes_show_it(line: str, told: str) -> None:
    assert told_as_actor(line, {"Dana Mc Arthur": "Dana McArthur"}) == told
