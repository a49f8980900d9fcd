"""A wire story's by-line and sign-off line: the reporter is a person, a desk the agency's office.

For example "Vera Haller" over "VENICE, Italy 1996-08-31", or "-- Luli Popescu, Bucharest Newsroom 40-1 3120264": a
desk named with a capital ("Bucharest Newsroom", "New York Energy Desk") is the office, whatever NER read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.nlp import Entity, overlaps

__all__ = ["CREDIT_LINES", "DESK_HEADS", "byline_entities", "credit_line", "signoff_entities"]

# The words that end an agency office's name in a sign-off ("London Newsroom", "Chicago Newsdesk", "Energy Desk").
DESK_HEADS = ("Newsroom", "Newsdesk", "Desk", "Bureau")
_HEADS = "|".join(DESK_HEADS)
_DESK = rf"(?:[A-Z][\w.-]* ){{1,4}}(?:{_HEADS})\b"
# "-- <reporter>, <desk>" or "-- <desk>": a dash pair opens the line, then a reporter's name of two to four capitalised
# words and a comma before a desk, or a desk alone. (A name before a telephone number alone may be a desk without its
# head word, "-- Bombay Commodities +91-22 …": NER decides it.)
_SIGNOFF = re.compile(rf"^\s*-{{2,}}\s*(?:(?P<person>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{1,3}}),\s*(?={_DESK}))?"
                      rf"(?P<desk>{_DESK})?")


def signoff_entities(texts: Sequence[str], entities: Sequence[Sequence[Entity]]) -> list[list[Entity]]:
    """Each paragraph's entities; on a sign-off line the reporter is one PERSON entity and the desk one ORG entity
    (in place of what NER read there)."""
    out = []
    for text, ents in zip(texts, entities):
        m = _SIGNOFF.match(text)
        if not m or not (m.group("person") or m.group("desk")):
            out.append(list(ents))
            continue
        spans = [Entity(m.group(g).strip(), label, m.start(g), m.start(g) + len(m.group(g).strip()))
                 for g, label in (("person", "PERSON"), ("desk", "ORG")) if m.group(g)]
        rest = [e for e in ents if not any(overlaps(e, s.start_char, s.end_char) for s in spans)]
        out.append(sorted(rest + spans, key=lambda e: e.start_char))
    return out


# A by-line: the reporter's name alone on its line ("Vera Haller", "By Jim Adams"), right over the dateline.
_BYLINE = re.compile(r"^\s*(?:By\s+)?([A-Z][a-z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|van|von|der|den|de|da|di|del|du|dos|le|la|bin|ibn|al|el)){1,3})\s*$")
_DATELINE_START = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Za-z. ]{1,20})?\s+\d{4}-\d\d-\d\d\s*$")
# How far down the article a by-line stands (under the headline, over the dateline).
BYLINE_LINES = 3


def byline_entities(texts: Sequence[str], entities: Sequence[Sequence[Entity]]) -> list[list[Entity]]:
    """Each paragraph's entities; a by-line's name right over the dateline is one PERSON entity (NER misses a name
    alone on its line, or runs it into the dateline)."""
    out = [list(ents) for ents in entities]
    for i, text in enumerate(texts[: BYLINE_LINES]):
        m = _BYLINE.match(text)
        if m and i + 1 < len(texts) and _DATELINE_START.match(texts[i + 1]):
            out[i] = [Entity(m.group(1), "PERSON", m.start(1), m.end(1))]
    return out


# A report's credit line, where the names are its staff, not actors of the news (rules as data, each named; read on a
# paragraph of at most CREDIT_MAX_WORDS words). A wire sign-off ("-- Luli Popescu, Bucharest Newsroom") is not one: its
# reporter stays a person.
CREDIT_LINES: tuple[tuple[str, str], ...] = (
    # "(Reporting by Ann Lee and Bo Chan; Additional reporting by Cy Dunn in Boston; Editing by Di Fox)",
    # "Additional reporting by Ann Lee", "Edited by: Bo Chan"
    ("staff-by", r"^\W*(?:(?:additional|further|with)\s+)?(?:reporting|writing|editing|edited|written|compiled|"
     r"researched|research|fact-checking|fact-checked|graphics|produced)\s+by\s*:?\s*(?-i:[A-Z])"),
    # "Ann Lee contributed reporting from Hong Kong.", "CNN's Bo Chan and Cy Dunn contributed to this report."
    ("contributed", r"^\W*[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.,-]*){1,7}\s+contributed\s+(?:additional\s+)?"
     r"(?:reporting|research|to\s+this\s+(?:report|story|article))\b"),
)
_CREDIT_RULES = tuple((name, re.compile(pattern, re.I if name == "staff-by" else 0)) for name, pattern in CREDIT_LINES)
CREDIT_MAX_WORDS = 60


def credit_line(text: str) -> str | None:
    """The name of the CREDIT_LINES rule the paragraph matches (a report's staff credits), or None."""
    if len(text.split()) > CREDIT_MAX_WORDS:
        return None
    return next((name for name, rule in _CREDIT_RULES if rule.search(text)), None)
