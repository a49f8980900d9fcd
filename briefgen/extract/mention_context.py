"""Words around a name that say what kind of actor it is: a publication's, a body's, a sentence's opening."""

from __future__ import annotations

import re

from briefgen.extract.actor_words import ARMED_BODY_WORDS, BODY_NOUNS

__all__ = ["body_noun_before", "member_of", "opens_sentence", "or_lower_after", "publication_word_around", "starts_sentence"]

# A name right after a kind of publication is that publication ("the news weekly Der Spiegel", "the
# daily Kompas"), whatever NER read it as.
_PUBLICATION_BEFORE = re.compile(
    r"\b(?:newspaper|daily|weekly|magazine|tabloid|broadsheet|journal|news agency|agency|broadcaster|"
    r"television|radio|station|newsletter|website|paper)\s+(?:the\s+)?$", re.I)


# …or right before one: "Zycie Warszawy daily said", "the Kompas newspaper".
# ("Hen Vipheak's newspaper" is a person's paper: no possessive).
_PUBLICATION_AFTER = re.compile(r"^\s+(?:newspaper|daily|weekly|magazine|tabloid|news agency|broadcaster|website)\b", re.I)


def publication_word_around(paragraph: str, start: int, end: int, kind: str) -> bool:
    """A kind of publication right before a name NER read as a person or a place, or right after one read as a
    person or a body."""
    before = kind in ("person", "place") and _PUBLICATION_BEFORE.search(paragraph[max(0, start - 30): start])
    after = kind in ("person", "organization") and _PUBLICATION_AFTER.match(paragraph[end: end + 30])
    return bool(before or after)


_OR_LOWER = re.compile(r"^\s+or\s+[a-z]")  # "Sooner or later"
_OPENING = re.compile(r"(?:^|[.!?][\"”’']?\s+|[:;]\s+)[\"“‘']?$")


def or_lower_after(paragraph: str, end: int) -> bool:
    """'Sooner or later': "or" and a lower-case word after the name make it a common word."""
    return bool(_OR_LOWER.match(paragraph[end:]))


def opens_sentence(paragraph: str, start: int) -> bool:
    return bool(_OPENING.search(paragraph[max(0, start - 4): start]))


_BODY_BEFORE = re.compile(r"\b(\w+\s+)?(" + "|".join(sorted(BODY_NOUNS)) + r")(?:\s+[\w-]+){0,3}?\s+(?:called|named|known as)"
                          r"\s+(?:the\s+)?$|\b(\w+\s+)?(" + "|".join(sorted(BODY_NOUNS)) + r")\s+(?:the\s+)?$", re.I)


def body_noun_before(paragraph: str, start: int) -> str | None:
    """'armed' after "the militant group", 'body' after "its elite group the" or "a sect known as", None else."""
    m = _BODY_BEFORE.search(paragraph[max(0, start - 60): start])
    if not m:
        return None
    adjective = (m.group(1) or m.group(3) or "").strip().lower()
    return "armed" if adjective in ARMED_BODY_WORDS else "body"


_MEMBERS_OF = re.compile(r"\b(?:members?|membership|leaders?|founders?|head) of\s+(?:the\s+)?$", re.I)
# What may follow a body's whole name (not "members of the Texas delegation": there the name is a modifier).
_NAME_ENDS = re.compile(r"^(?:[.,;:!?)]|\s+(?:who|which|that|and|or|in|at|on|for|to|with|from|were|are|was|is|have|"
                        r"has|had|live|lived|since|after|before)\b|$)")


def member_of(paragraph: str, start: int, end: int) -> bool:
    """'Members of the Sea Org live …': people belong to a body, not to a place ("citizens of" is not here)."""
    return (bool(_MEMBERS_OF.search(paragraph[max(0, start - 30): start]))
            and bool(_NAME_ENDS.match(paragraph[end: end + 12])))


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[\"“‘']\s*)$")


def starts_sentence(text: str, start: int) -> bool:
    """The name at `start` opens the paragraph, a sentence, a label's text or a quotation."""
    return bool(_SENTENCE_START.search(text[max(0, start - 3): start])) or start == 0
