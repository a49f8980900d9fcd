"""A wire story's sign-off line ("-- Luli Popescu, Bucharest Newsroom 40-1 3120264"): the reporter is a person and a
desk named with a capital ("Bucharest Newsroom", "New York Energy Desk") is the agency's office, whatever NER read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.nlp import Entity

__all__ = ["DESK_HEADS", "signoff_entities"]

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
