"""Subordinate clauses in the timeline: an opening one an event is cut down to ("While her husband could …"), told as a clause of its own or not at all, and a supposition's date ("if … Tuesday"), no event."""

from __future__ import annotations

import re
from functools import lru_cache

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


# A date inside a supposition dates what may happen, not what did ("If Cruz wins the contest Tuesday, …", "… will go on
# if he has a good night Tuesday", "even if funding were to pass within the next week, …"): no event. The supposition
# runs from its word to the next comma, semicolon, spaced dash ("—", "--"), colon or "then", else to the sentence's end.
SUPPOSING_WORDS = tuple(word for word, fact in OPENING_SUBORDINATORS.items() if not fact)  # ("if", "unless")
# Not a supposition after these: "if" as "whether" ("asked him if he would …", "unclear if"); nor "as if".
WHETHER_IF_BEFORE = ("ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "know", "knew", "see", "saw",
                     "check", "checked", "decide", "decided", "unclear", "unsure", "doubt")
# Nor before these: a phrase, not a clause ("if any", "if not", "important if sometimes unsexy").
NOT_SUPPOSING_AFTER = ("any", "anything", "not", "ever", "so", "only", "sometimes", "necessary", "possible", "needed",
                       "at")
# A date that names an occasion ("Tuesday's vote", "the Aug. 30 primary", not "the next week") or one inside a clause the supposition holds
# ("If you watch what he said this week, …": what he said is told as a fact; "if the party loses by more than it did in
# 2008") is left dated.
_SUPPOSITION = re.compile(rf"\b(?:{'|'.join(SUPPOSING_WORDS)})\s+(?!(?:{'|'.join(NOT_SUPPOSING_AFTER)})\b)[^,;:—–]*?"
                          r"(?=\s+then\b|\s(?:[—–]|--)\s|[,;:]|$)", re.IGNORECASE)
_WHETHER_BEFORE = re.compile(rf"\b(?:(?:{'|'.join(WHETHER_IF_BEFORE)})\s+(?:\w+\s+){{0,2}}|as\s+)$", re.IGNORECASE)
_EMBEDDED_CLAUSE = re.compile(r"\b(?:what|who|which|that|when|where|how|as|than)\b", re.IGNORECASE)
_OCCASION_BEFORE = re.compile(r"\b(?:the|this|next)\s+$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def supposed_date(sentence: str, start: int, end: int) -> bool:
    """Whether the date at start:end lies in a supposition (_SUPPOSITION) and dates it, not an occasion or a clause
    inside it."""
    if _POSSESSIVE_AFTER.match(sentence, end) or (sentence[start:start + 1].isupper() and _OCCASION_BEFORE.search(
            sentence[max(0, start - 6): start])):  # ("the Aug. 30 primary"; "within the next week" is a span)
        return False
    for clause_start, clause_end in _suppositions(sentence):
        if clause_start > start:
            break
        if end <= clause_end and not _WHETHER_BEFORE.search(sentence, max(0, clause_start - 40), clause_start):
            return not _EMBEDDED_CLAUSE.search(sentence, clause_start, start)
    return False


@lru_cache(maxsize=256)
def _suppositions(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the sentence's suppositions, found once for all its dates."""
    return tuple(clause.span() for clause in _SUPPOSITION.finditer(sentence))


# A past time the sentence's news is set against ("Unlike in 2012, when he spoke for an hour, this time he spoke
# briefly", "She fears the generals will not honour the vote, as in 1990", "just like in 2008"): the time compared
# with, no event of the sentence's. ("as" needs a mark before it: "such as in 2008" lists examples.)
COMPARED_TIME_BEFORE = re.compile(r"(?:\b(?:[Uu]nlike|(?:[Jj]ust\s+)?like)|(?:^|[,;:—–(]\s*)(?:just\s+|much\s+)?as)"
                                  r"\s+$")


def compared_time(sentence: str, start: int) -> bool:
    """Whether a date (its phrase starting at `start`, with its "in") follows COMPARED_TIME_BEFORE."""
    return COMPARED_TIME_BEFORE.search(sentence, max(0, start - 20), start) is not None
