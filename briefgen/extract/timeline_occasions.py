"""Whether an occasion named with its year ("after the 2012 Summer Paralympics") dates the event its sentence tells."""

from __future__ import annotations

import re

from briefgen.extract.date_rules import PAST_TENSE
from briefgen.extract.timeline_openings import LINK_WORDS

# Where an occasion's year (date_rules.OCCASION_NOUNS) dates what its sentence tells, by name: the preposition it opens
# with ("" for a bare "2002 World Cup,"), what the sentence holds before it, and right after it. Elsewhere the
# occasion is mostly a name's background ("Americans killed in the 2012 attack have filed a lawsuit", "Brown, who lost
# in the 1992 primaries, said …") and dates nothing.
#   "opening": the occasion opens its sentence (or a quotation opening it; a LINK_WORDS word such as "But" may come
#       first) and a comma closes it within a few words ("During the 2012 election, Romney ran on …", "In the 2010 race
#       in Florida, …", "2002 World Cup, we won bronze."); not after a comma inside the sentence.
#   "after a past verb": "after the 2012 Summer Paralympics" a few words behind a verb in the past ("retired from the
#       game after …", "disbanded after the 2008 election"), no mark between.
PAST_VERB_WORDS = 4  # words between the past verb and "after", at most
OCCASION_PLACES: tuple[tuple[str, tuple[str, ...], re.Pattern[str], re.Pattern[str]], ...] = (
    ("opening", ("", "in", "at", "during", "after", "before", "following"),
     re.compile(rf"^\W{{0,3}}(?:(?:{'|'.join(LINK_WORDS)}),?\s+)?$"), re.compile(r"(?:\s+[\w'’.-]+){0,3},")),
    ("after a past verb", ("after", "following"),
     re.compile(rf"(?:{PAST_TENSE.pattern})(?:\s+[\w'’-]+){{0,{PAST_VERB_WORDS}}}\s+$"), re.compile("")),
)


def occasion_place(sentence: str, start: int, end: int) -> str | None:
    """The name of the OCCASION_PLACES rule an occasion's words (at start:end of `sentence`) meet, else None."""
    first = sentence[start:end].split()[0].lower()
    preposition = first if first.isalpha() else ""
    for name, prepositions, before, after in OCCASION_PLACES:
        if preposition in prepositions and before.search(sentence[:start]) and after.match(sentence, end):
            return name
    return None
