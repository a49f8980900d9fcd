"""Words around a candidate name that the type rules read: the word before it, a place after it, a place's kind
beside it, a web address it sits in, a place word before a body's name."""

from __future__ import annotations

import re

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_words import BODY_AT_PLACE, HOLDING_WORDS, PLACE_AFTER, PLACE_KIND_BEFORE
from briefgen.extract.gazetteer import gazetteer, lookup_key

__all__ = ["POSSESSIVE_WORDS", "body_at_place", "inside_web_address", "kind_of_place_around", "noun_modifier", "place_after",
           "raw_word_before"]


def raw_word_before(c: Candidate) -> str:
    """The word right before the name as written, lower-cased ('' at the start or after punctuation)."""
    before = c.paragraph[: c.start]
    return before.split()[-1].lower() if before.endswith(" ") and before.split() and before.split()[-1].isalpha() else ""


_PLACE_AFTER = re.compile(r",\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=[,.;]|\s*$)")


def place_after(c: Candidate) -> bool:
    """', Trento,' after the name: a comma, then a place NER saw in the article or a state."""
    m = _PLACE_AFTER.match(c.paragraph, c.end)
    return m is not None and (m.group(1) in c.places or lookup_key(m.group(1)) in gazetteer().states)


_KIND_BEFORE = re.compile(r"\b(?:the|its|their|a) (?:[A-Za-z-]+ )?(" + "|".join(sorted(PLACE_KIND_BEFORE)) + r") $")


def kind_of_place_around(c: Candidate) -> bool:
    """'the mountainous Jebel al-Akhdar region', 'the capital Grozny': a place's kind in lower case right after the
    name or in apposition right before it."""
    after = c.paragraph[c.end: c.end + 12].split(maxsplit=1)
    if after and after[0].strip(".,;:") in PLACE_AFTER and c.paragraph[c.end: c.end + 1] == " ":
        return True
    return bool(_KIND_BEFORE.search(c.paragraph[max(0, c.start - 40): c.start]))


POSSESSIVE_WORDS = frozenset("My Our Your His Her Their Its".split())


def inside_web_address(paragraph: str, start: int) -> bool:
    """The name at `start` sits inside a whitespace-free token that is a web address ("http://…", "www.…")."""
    token_start = max(paragraph.rfind(" ", 0, start), paragraph.rfind("\n", 0, start)) + 1
    token = paragraph[token_start: start].lstrip("([<\"'“‘")
    return start > token_start and ("://" in token or token.lower().startswith("www."))


def body_at_place(c: Candidate) -> bool:
    """'in Chuman', 'neighbouring Chatelineaux': a place word right before the name, and no holding word before that
    ("a stake in Volkswagen", "worked in Siemens")."""
    before = [w.lower().strip(",;:") for w in c.paragraph[: c.start].split()[-2:]]
    return (bool(before) and before[-1] in BODY_AT_PLACE and c.paragraph[c.end: c.end + 1] not in ("'", "’")
            and not (len(before) == 2 and before[0] in HOLDING_WORDS))


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_LOWER_AFTER = re.compile(r"^\s+[a-z]")


def noun_modifier(c: Candidate) -> bool:
    """'the Paris attacks', 'the Paris agreement': the name between "the" and a lower-case word modifies a noun."""
    return bool(_THE_BEFORE.search(c.paragraph[max(0, c.start - 5): c.start]) and _LOWER_AFTER.match(c.paragraph[c.end:]))
