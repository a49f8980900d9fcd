"""An event cut down to a sentence's opening subordinate clause ("While her husband could …"): told as a clause of its own, or not at all."""

from __future__ import annotations

import re

# Conjunctions that open a clause before the sentence's main one, and whether the clause states a fact (True: "While
# her husband drew on … in 1992," → "Her husband drew on … in 1992.") or a supposition, which tells no event (False:
# "If you want to understand Thursday's debate,"). Not "as", "after", "before", "since": they open phrases as well
# ("After years of debate, Congress …", "As a senator, she …").
OPENING_SUBORDINATORS: dict[str, bool] = {
    "when": True, "while": True, "whereas": True, "although": True, "though": True, "because": True,
    "if": False, "unless": False,
}
# The clause has a subject of its own straight after its conjunction ("When asked about it on Monday," has none).
_SUBJECT = r"(?:he|she|it|they|we|I|you|the|a|an|this|that|these|those|his|her|their|its|our|my|[A-Z][\w'’.-]*)\b"
_OPENING_CLAUSE = re.compile(rf"^(?P<word>{'|'.join(w.capitalize() for w in OPENING_SUBORDINATORS)})\s+(?={_SUBJECT})")
_LINK = re.compile(r"^(?:And|But|Yet|So),?\s+", re.IGNORECASE)  # ("But while …": the link goes first)


def opening_clause_alone(head: str) -> str | None:
    """The event for a head that is only a sentence's opening subordinate clause, its main clause left out: the clause
    without its conjunction when it states a fact, "" (no event) when it supposes; None for any other head."""
    unlinked = _LINK.sub("", head.strip())
    unlinked = unlinked[:1].upper() + unlinked[1:]
    match = _OPENING_CLAUSE.match(unlinked)
    if match is None:
        return None
    if not OPENING_SUBORDINATORS[match.group("word").lower()]:
        return ""
    rest = unlinked[match.end():]
    return rest[:1].upper() + rest[1:]


# Prepositions that open a sentence's adverbial phrase of time or concession ("Until the treaty with Mexico in 1994,
# and especially …, trade deals were …", "After the breakdown of relations in 2014, …"): a head that is only such a
# phrase, with no verb yet, is no event until its main clause comes. Not "On", "In", "By": their phrase is short ("On
# Monday,") and the verb after it is often one the verb tests miss ("Sanders let Kingson speak").
OPENING_PREPOSITIONS = ("Until", "Till", "After", "Before", "Despite", "Amid", "Following")
_OPENING_PREPOSITION = re.compile(rf"^(?:{'|'.join(OPENING_PREPOSITIONS)})\s")


def opens_with_a_phrase(head: str) -> bool:
    """Whether the head opens with one of OPENING_PREPOSITIONS."""
    return _OPENING_PREPOSITION.match(head.strip()) is not None
