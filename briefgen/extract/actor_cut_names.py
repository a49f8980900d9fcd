"""A person's name NER cut short ("Aung San" before "Suu Kyi"), made whole from the names it reads elsewhere in the
article."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.nlp import Entity

__all__ = ["extend_by_known_name"]

_CAPITAL_RUN = re.compile(r" ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")


def extend_by_known_name(text: str, ents: Sequence[Entity], persons: frozenset[str]) -> list[Entity]:
    """'Aung San' + "Suu Kyi": a person's name NER cut short, the words right after it (in no entity) being a name NER
    reads as a person elsewhere in the article, is the whole name ("Aung San Suu Kyi")."""
    out = list(ents)
    for n, ent in enumerate(out):
        m = _CAPITAL_RUN.match(text, ent.end_char) if ent.label_ == "PERSON" else None
        if m is None or any(e.start_char < m.end() and m.start() < e.end_char for e in out if e is not ent):
            continue
        tail = next((m.group(1)[:k] for k in range(len(m.group(1)), 0, -1)
                     if m.group(1)[:k] in persons and m.group(1)[k:k + 1] in ("", " ")), None)
        if tail and tail != ent.text:
            end = m.start(1) + len(tail)
            out[n] = Entity(text[ent.start_char: end], "PERSON", ent.start_char, end)
    return out
