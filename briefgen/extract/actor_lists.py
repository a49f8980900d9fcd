"""Names in one list ("Breisach, Kehl and Freiburg", "Anton Pfeffer, Stephan Marasek, Dieter Ramusch"): a list holds
names of one kind, so the other names in it tell what a name NER misread is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.nlp import Entity

__all__ = ["LIST_JOINERS", "list_mates"]

# What stands between two names of one list: a comma, "and", "or", a comma and "and".
LIST_JOINERS = re.compile(r"^(?:,\s+|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$")
# Labels of names (not dates, figures or works) that make a list of names.
_NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"))


def list_mates(text: str, ents: Sequence[Entity]) -> dict[int, tuple[tuple[str, str], ...]]:
    """For each name entity (by its start) that is one item of a list of names, the (label, text) of the list's
    other items; names outside a list are left out."""
    names = [e for e in ents if e.label_ in _NAME_LABELS]
    chains: list[list[Entity]] = []
    for ent in names:
        if chains and LIST_JOINERS.match(text[chains[-1][-1].end_char: ent.start_char]):
            chains[-1].append(ent)
        else:
            chains.append([ent])
    out: dict[int, tuple[tuple[str, str], ...]] = {}
    for chain in chains:
        if len(chain) < 3 and not any(" and " in text[a.end_char: b.start_char] or " or " in text[a.end_char: b.start_char]
                                      for a, b in zip(chain, chain[1:])):
            continue  # two names with a comma between are as often a name and its apposition ("Livorno, Tuscany")
        for ent in chain:
            out[ent.start_char] = tuple((e.label_, e.text) for e in chain if e is not ent)
    return out
