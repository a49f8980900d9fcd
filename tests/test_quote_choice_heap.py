"""key_quotes takes the best quote left from a heap; it chooses what taking the min of every quote left chose."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from briefgen.extract import quote_choice
from briefgen.extract.quote_choice import key_quotes
from briefgen.extract.quote_marks import WORD
from briefgen.model import Actor, Quote


def _min_of_all_left(quotes: Sequence[Quote], limit: int, actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """The choice as it was written before the heap: the min of every quote left, each round (quadratic)."""
    prominence = quote_choice._prominence(quotes, actors)
    top = max(prominence.values(), default=0) or 1
    topical = quote_choice._topic_words(actors)
    scores, phrase = [], []
    for q in quotes:
        words = WORD.findall(q.text)
        phrase.append(len(words) < quote_choice.PHRASE_WORDS)
        score = (min(len(words), quote_choice.FULL_LENGTH_WORDS) / quote_choice.FULL_LENGTH_WORDS
                 + (quote_choice.NAMED_SPEAKER if q.speaker else 0.0)
                 + (quote_choice.FULL_SENTENCE if q.text[:1].isupper() else 0.0)
                 + (quote_choice.TOPIC if topical and any(w in topical for w in words) else 0.0))
        scores.append(score * (1 + quote_choice.PROMINENCE * quote_choice._weight(q, prominence) / top))
    chosen: list[int] = []
    taken: Counter[str] = Counter()
    left = set(range(len(quotes)))
    while left and len(chosen) < limit:
        n = min(left, key=lambda m: (phrase[m], -scores[m] / (1 + taken[quotes[m].speaker_key or ""]), m))
        left.discard(n)
        words = set(WORD.findall(quotes[n].text.lower()))
        if any(len(words & set(WORD.findall(quotes[m].text.lower()))) > quote_choice.DUPLICATE_SHARE * len(words)
               for m in chosen):
            continue
        chosen.append(n)
        taken[quotes[n].speaker_key or ""] += 1
    return tuple(quotes[n] for n in sorted(chosen))


WORDS = ["Iran", "deal", "the", "talks", "will", "go", "on", "we", "said", "no", "Trump", "missiles", "a", "plan"]
SPEAKERS = [None, "Donald Trump", "Ali Shamkhani", "Netanyahu's office", "Benjamin Netanyahu"]
QUOTES = st.builds(
    lambda words, speaker: Quote(text=" ".join(words), speaker=speaker,
                                 speaker_key=speaker.lower().replace(" ", "-") if speaker else None),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from(SPEAKERS))
ACTORS = [Actor(name="Donald Trump", type="person", mentions=5, key="donald-trump"),
          Actor(name="Benjamin Netanyahu", type="person", mentions=3, key="benjamin-netanyahu"),
          Actor(name="Iran", type="state", mentions=7, key="iran")]


@given(st.lists(QUOTES, max_size=25), st.integers(1, 7), st.booleans())
def test_heap_chooses_as_the_min_of_all_left(quotes: list[Quote], limit: int, with_actors: bool) -> None:
    actors = ACTORS if with_actors else []
    assert key_quotes(quotes, limit, actors) == _min_of_all_left(quotes, limit, actors)
