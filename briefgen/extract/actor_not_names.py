"""Capitalised words NER reads as names that name no actor: a post ("State Department Spokesperson"), a label of a
kind of thing ("the Social Welfare constituency"), a plural common noun ("Professors"); tests the type rules read."""

from __future__ import annotations

import re

from briefgen.extract.actor_candidate import Candidate, speaks, starts_with_given_name

__all__ = ["KIND_LABELS", "POSTS", "names_a_post", "labels_a_kind", "plural_common_noun"]

# Posts a name of two or more words can end with: "State Department Spokesperson", "Virginia Governor" name the post
# (its holder is the actor), not a body or a person.
POSTS = frozenset("spokesperson spokesman spokeswoman governor mayor senator congressman congresswoman minister "
                  "secretary ambassador envoy premier chancellor".split())


def names_a_post(c: Candidate) -> bool:
    """'State Department Spokesperson', 'Virginia Governor': words and a post, no "of" (the "Office of the Governor"
    is a body) and no given name before it ("John Mayor" is a man)."""
    return (len(c.words) > 1 and c.last.lower() in POSTS and "of" not in c.words
            and not starts_with_given_name(c.name))


# Lower-case nouns after a name that make it the label of a kind of thing: "Hitwise UK's Lifestyle-Religion category",
# "Shiu Ka-chun of the Social Welfare constituency" (an electoral roll of a trade), "the #BlackLivesMatter hashtag".
KIND_LABELS = frozenset("category categories genre genres constituency constituencies hashtag".split())
_LABEL_AFTER = re.compile(r"^\s+(" + "|".join(sorted(KIND_LABELS)) + r")\b")


def labels_a_kind(c: Candidate) -> bool:
    return bool(_LABEL_AFTER.match(c.paragraph[c.end:]))


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def plural_common_noun(c: Candidate) -> bool:
    """'Ivy League elites and Professors', 'Atheists and Agnostics' read as a person: one word, the plural of a noun
    the word lists hold, without "the" and outside a sports report, that no full name the article gives ends with and
    that says nothing ("Waters said" is Kathryn Waters)."""
    if (c.kind != "person" or len(c.words) != 1 or not c.name.endswith("s") or not c.name[1:].islower() or c.sporting
            or _THE_BEFORE.search(c.paragraph[max(0, c.start - 5): c.start])):  # ("the Clintons", "the Brewers")
        return False
    word = c.name.lower()
    singulars = [word[:-3] + "y", word[:-2], word[:-1]] if word.endswith("ies") else [word[:-2], word[:-1]] if (
        word.endswith("es")) else [word[:-1]]
    from briefgen.extract.actor_common_words import common_words  # (it reads actor_merge, which reads the type rules)

    nouns = common_words()
    return (any("noun" in nouns.get(s, ()) for s in singulars) and not speaks(c)
            and not any(len(p.split()) > 1 and p.split()[-1] == c.name for p in c.persons))
