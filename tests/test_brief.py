"""brief.py: which quotes the page shows (mark_key_quotes), pins first."""

from __future__ import annotations

import pytest

from briefgen.brief import KEY_QUOTES, mark_key_quotes
from briefgen.model import Quote


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
