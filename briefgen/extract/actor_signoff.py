"""A wire story's by-line and sign-off line ("Vera Haller" over "VENICE, Italy 1996-08-31"; "-- Luli Popescu, Bucharest
Newsroom 40-1 3120264"): the reporter is a person and a desk named with a capital ("Bucharest Newsroom", "New York
Energy Desk") is the agency's office, whatever NER read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.nlp import Entity

__all__ = ["DESK_HEADS", "byline_entities", "signoff_entities"]

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
        rest = [e for e in ents if not any(e.start_char < s.end_char and s.start_char < e.end_char for s in spans)]
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
