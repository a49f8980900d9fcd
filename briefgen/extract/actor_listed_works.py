"""Works listed after their kind's plural ("launch titles … They include: A, B, C", "tracks, including A and B"): the
names in the list are games, films, songs or books, no actors (rules as data)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from briefgen.extract.actor_candidate import starts_with_given_name
from briefgen.extract.gazetteer import gazetteer

__all__ = ["LISTED_WORK_NOUNS", "LIST_OPENERS", "listed_works"]

# Plurals of works whose list names the works themselves (not "shows", a verb as often; not "titles" of posts:
# "his titles have included campaign chairman" names no work, and opens no list below).
LISTED_WORK_NOUNS = ("titles", "games", "films", "movies", "songs", "albums", "books", "novels", "apps", "episodes",
                     "tracks", "series")
# What opens the list right after the plural ("games, including", "films such as") or after the sentence it ends
# ("… launch titles are uninspiring. They include: …").
LIST_OPENERS = ("include", "includes", "included", "including", "such as", "like")
_NOUNS = "|".join(LISTED_WORK_NOUNS)
_OPENERS = "|".join(sorted(LIST_OPENERS, key=len, reverse=True))
_LIST = re.compile(r"\b(?:" + _NOUNS + r")(?:,?\s+(?:" + _OPENERS + r")|(?:\s+(?:are|were)\s+[a-z]+)?[.!]\s+(?:They|These)\s+(?:"
                   + _OPENERS + r"))\s*:?\s+(.+?)(?=[.!?](?:\s|$)|\n|$)")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")


def listed_works(texts: Sequence[str], labels: Mapping[str, Counter[str]]) -> frozenset[str]:
    """The names NER found (`labels`) inside a list of works its kind's plural opens, of three items or more, or
    two joined by "and": not a maker or author named with a possessive ("Nintendo's Mario Kart"), a name starting
    with a given name, the surname of a person the article names in full, nor a listed company, body or state."""
    lists = [m.group(1) for t in texts for m in _LIST.finditer(t)]
    lists = [items for items in lists if items.count(",") >= 2 or " and " in items]
    if not lists:
        return frozenset()
    gaz = gazetteer()
    surnames = {n.split()[-1] for n, read in labels.items() if read["PERSON"] and starts_with_given_name(n)}
    found = set()
    for name in labels:
        if (not name[:1].isupper() or starts_with_given_name(name) or name in surnames or name in gaz.companies
                or name in gaz.organizations or name.lower() in gaz.states):
            continue
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])")
        for items in lists:
            m = pattern.search(items)
            if m and not _POSSESSIVE_AFTER.match(items, m.end()):
                found.add(name)
                break
    return frozenset(found)
