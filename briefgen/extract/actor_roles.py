"""An actor's role: the best of the titles the article gives a person, and "the president" as a mention of its holder."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from briefgen.extract.actor_merge import Cluster
from briefgen.extract.gazetteer import gazetteer
from briefgen.extract.lexicon import ROLE_NOUNS, TITLE_WORDS

__all__ = ["AFFILIATIONS", "best_role", "described_mentions", "role_head", "said_role"]

_ROLE_HEADS = frozenset(w.lower() for w in TITLE_WORDS) | ROLE_NOUNS


def described_mentions(clusters: list[Cluster], paragraphs: Sequence[str]) -> None:
    """'the president' counts as a mention of the one person whose role ends with 'President'."""
    by_head: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.kind == "person" and c.roles:
            head = role_head(c.roles.most_common(1)[0][0])
            if head.rstrip(".") in _ROLE_HEADS:
                by_head.setdefault(head, []).append(c)
    text = "\n".join(paragraphs)
    for head, owners in by_head.items():
        if len(owners) == 1:
            owners[0].extra_mentions += len(_the_head(head).findall(text))


_ROLE_PREPOSITIONS = frozenset("of to for at in with from on".split())


def role_head(role: str) -> str:
    """'Israeli Prime Minister' → 'minister'; 'former aide to the governor' → 'aide' (the post, not whom it serves)."""
    words = role.split()
    cut = next((n for n, w in enumerate(words) if n > 0 and w.lower() in _ROLE_PREPOSITIONS), len(words))
    return words[cut - 1].lower()


# Compiled once per head word: re's own cache (512 patterns) is shared with every module and
# patterns built per call elsewhere can push these out of it.
@lru_cache(maxsize=512)
def _the_head(head: str) -> re.Pattern[str]:
    return re.compile(rf"\bthe {re.escape(head)}\b", re.I)


# Party labels the title tables hold: alone they are an affiliation, not a post.
AFFILIATIONS = frozenset("Republican Republicans Democrat Democrats Democratic Independent Conservative Labour Liberal "
                         "GOP Libertarian Green Tory Socialist".split())


def best_role(roles: Counter[str]) -> str | None:
    """The most frequent role that names a post ("Republican presidential nominee", "an adviser to …"), before a
    party or a nationality alone ("Republican" from "Republican Donald Trump"); ties to the first seen."""
    demonyms = gazetteer().demonyms

    def names_a_post(role: str) -> bool:
        words = role.split()
        if words[0].lower() in ("a", "an", "the"):
            return True  # an apposition
        return any(w not in AFFILIATIONS and w.lower() not in demonyms and (w in TITLE_WORDS or w.lower() in ROLE_NOUNS)
                   for w in words)
    posts = [(r, n) for r, n in roles.most_common() if names_a_post(r)]
    return (posts or roles.most_common())[0][0] if roles else None


def said_role(role: str | None) -> str | None:
    """A quote's role for its speaker's actor, unless it is one lower-case word that is no noun ("whether" of "Asked
    whether Clinton …", "warm-and-fuzzy" of "warm-and-fuzzy Trump said"; "pastor", "economist" stay)."""
    from briefgen.extract.actor_common_words import common_words  # (it reads actor_merge, as this module does)

    if role is None or " " in role or not role.islower() or role in ROLE_NOUNS:
        return role
    return role if "noun" in common_words().get(role, frozenset()) else None
