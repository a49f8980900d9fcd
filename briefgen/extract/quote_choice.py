"""The key quotes a briefing shows: the most informative, from the article's main actors, with a spread of speakers."""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Sequence

from briefgen.extract.names import actor_key
from briefgen.extract.quote_marks import WORD
from briefgen.model import Actor, Quote

__all__ = ["key_quotes"]

# Weights of a quote's score (each named; the score is (substance + named + sentence + topic) × prominence).
FULL_LENGTH_WORDS = 40  # a quote this long or longer counts as fully substantial
NAMED_SPEAKER = 1.0  # a quote someone is named for, over an unattributed one
FULL_SENTENCE = 0.3  # a quote that opens as a sentence, over a fragment ("not yield to excessive demands")
TOPIC = 0.5  # a quote that names the article's most mentioned actor ("A good deal with Iran …")
PROMINENCE = 1.0  # the main actor's quotes count up to (1 + PROMINENCE) times an unknown speaker's
DUPLICATE_SHARE = 0.7  # a quote sharing more of its words with one already chosen repeats it
# A quote of fewer words is a phrase ("planting the seeds", "political Stockholm Syndrome"): it tells little alone,
# so it is shown only when no fuller quote is left to show.
PHRASE_WORDS = 5

# "Netanyahu's office", "Trump's spokesman": a body or an aide speaking for a person weighs as that person.
_OWNER = re.compile(r"^(.+?)(?:[’']s|s[’'])\s+\S+$")


def key_quotes(quotes: Sequence[Quote], limit: int = 6, actors: Sequence[Actor] = ()) -> tuple[Quote, ...]:
    """The most informative quotes for the page: attributed, substantial, one idea each, in reading order.

    `actors`: the article's actors (extract_actors, after link_speakers gave each quote its actor's key). A
    speaker weighs by its actor's mentions, so the main actors' quotes come first; without actors, by the number
    of quotes the speaker gave. Speakers are spread: each quote already chosen from a speaker divides that
    speaker's next by one more (a second counts half, a third a third); near-duplicates are dropped. Phrases of
    under PHRASE_WORDS words come only after every fuller quote.
    """
    prominence = _prominence(quotes, actors)
    top = max(prominence.values(), default=0) or 1
    topical = _topic_words(actors)
    scores = []
    phrase = []
    for q in quotes:
        words = WORD.findall(q.text)
        phrase.append(len(words) < PHRASE_WORDS)
        score = (min(len(words), FULL_LENGTH_WORDS) / FULL_LENGTH_WORDS + (NAMED_SPEAKER if q.speaker else 0.0)
                 + (FULL_SENTENCE if q.text[:1].isupper() else 0.0)
                 + (TOPIC if topical and any(w in topical for w in words) else 0.0))
        scores.append(score * (1 + PROMINENCE * _weight(q, prominence) / top))
    chosen: list[int] = []
    chosen_words: list[set[str]] = []
    taken: Counter[str] = Counter()

    def rank(m: int) -> tuple[bool, float, int]:
        return phrase[m], -scores[m] / (1 + taken[quotes[m].speaker_key or ""]), m

    # The best quote left, from a heap: a rank only rises as its speaker's quotes are taken (scores are >= 0), so a
    # quote whose rank is stale goes back in with its new one, and the first whose rank holds is the best. (Taking the
    # min of all quotes left each time was quadratic where near-duplicates are passed over one by one.)
    heap = [rank(m) for m in range(len(quotes))]
    heapq.heapify(heap)
    while heap and len(chosen) < limit:
        n = heap[0][2]
        if heapq.heappop(heap) != (now := rank(n)):
            heapq.heappush(heap, now)
            continue
        words = set(WORD.findall(quotes[n].text.lower()))
        if any(len(words & other) > DUPLICATE_SHARE * len(words) for other in chosen_words):
            continue
        chosen.append(n)
        chosen_words.append(words)
        taken[quotes[n].speaker_key or ""] += 1
    return tuple(quotes[n] for n in sorted(chosen))


def _prominence(quotes: Sequence[Quote], actors: Sequence[Actor]) -> dict[str, int]:
    """Speaker key → weight: the actor's mentions, or without actors the speaker's number of quotes."""
    if actors:
        return {a.key: a.mentions for a in actors if a.key}
    return dict(Counter(q.speaker_key for q in quotes if q.speaker and q.speaker_key))


def _weight(q: Quote, prominence: dict[str, int]) -> int:
    if not q.speaker or not q.speaker_key:
        return 0
    if q.speaker_key in prominence:
        return prominence[q.speaker_key]
    owner = _OWNER.match(q.speaker)  # "Netanyahu's office" → the actor whose key is or ends with "netanyahu"
    if owner:
        key = actor_key(owner.group(1))
        return max((n for k, n in prominence.items() if k == key or k.endswith("-" + key)), default=0)
    return 0


def _topic_words(actors: Sequence[Actor]) -> frozenset[str]:
    """The words of the most mentioned actor's name and aliases ("Iran"), which a quote on the topic names."""
    if not actors:
        return frozenset()
    main = max(actors, key=lambda a: a.mentions)
    return frozenset(w for form in (main.name, *main.aliases) for w in WORD.findall(form) if len(w) > 2 and w[0].isupper())
