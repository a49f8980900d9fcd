"""A person's name a hard line break cut in two ("…, Glenn McGrath, Ricky" / "Ponting, Michael Slater, …"): the
given name ends one line and the surname opens the next, where NER sees two stray words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.actor_candidate import is_given_name
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.nlp import Entity, overlaps

__all__ = ["wrapped_names"]

# The line's last word, after a list's comma, a dash, a bracket or a word ("…, Ricky", "beat Svetlana").
_LINE_END = re.compile(r"(?:^|[\s,;(-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s*$")
# The next line's first word, then what ends a name in a list or a table: a comma, a full stop, a bracket, a figure
# or the line's end ("Ponting, Michael Slater", "Waugh.", "Samokhvalova (Russia) 3:45.011").
_LINE_START = re.compile(r"^([A-Z][a-z][\w'’-]*)(?=\s*(?:[,.;(]|\s\d|$))")


def _free(ents: Sequence[Entity], start: int, end: int, allowed: tuple[str, ...] = ()) -> bool:
    """No entity but the allowed labels covers text[start:end]."""
    return not any(overlaps(e, start, end) and e.label_ not in allowed for e in ents)


def _in_list_of_people(text: str, ents: Sequence[Entity], start: int) -> bool:
    """The word at `start` follows a list's comma after a person's name ("Glenn McGrath, Ricky"): a given name too,
    though no table knows it."""
    before = [e for e in ents if e.end_char <= start]
    return text[:start].endswith(", ") and bool(before) and before[-1].label_ == "PERSON" and before[-1].end_char == start - 2


def wrapped_names(texts: Sequence[str], entities: Sequence[Sequence[Entity]]) -> dict[int, list[tuple[str, int, int]]]:
    """Paragraph index → (whole name, start, end of the surname in that paragraph) of each name cut by a line break:
    a known given name (or any word after a person's name and a list's comma) no entity covers ending a line, a capitalised word (no listed state or capital) opening the
    next, which NER read as no place or body."""
    gaz = gazetteer()
    found: dict[int, list[tuple[str, int, int]]] = {}
    for i in range(len(texts) - 1):
        end, start = _LINE_END.search(texts[i]), _LINE_START.match(texts[i + 1])
        if not end or not start or not (is_given_name(end.group(1)) or _in_list_of_people(texts[i], entities[i], end.start(1))):
            continue
        surname = start.group(1)
        key = lookup_key(surname)
        if (key in gaz.states or key in gaz.capitals or key in gaz.demonyms or is_given_name(surname)
                or not _free(entities[i], end.start(1), end.end(1))
                or not _free(entities[i + 1], 0, start.end(1), allowed=("PERSON",))):
            continue
        found.setdefault(i + 1, []).append((f"{end.group(1)} {surname}", 0, start.end(1)))
    return found
