"""Two names NER read as one across 'and' ("Laurent Cabannes and Laurent Benezech"): split by named pair rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from briefgen.extract.actor_candidate import starts_with_given_name
from briefgen.extract.actor_names import split_coordinated
from briefgen.extract.nlp import Entity

_AND = re.compile(r"\s+and\s+")


class PairRule(NamedTuple):
    """A rule telling that the two sides of 'A and B' are two names: what it is called, the test of both sides (with
    the names the article's NER found, `known`), and the label each side gets (None: the entity's own)."""

    name: str
    test: Callable[[str, str, frozenset[str]], bool]
    label: str | None


def _person(side: str) -> bool:
    """'Laurent Cabannes', 'Mary J. Blige': a known given name, then one or two capitalised words."""
    words = side.split()
    return 2 <= len(words) <= 3 and starts_with_given_name(side) and all(w[:1].isupper() for w in words)


def _opens_a_longer_name(side: str, known: frozenset[str]) -> bool:
    """'Mercantile' of "Mercantile Bancorp Inc.": one capitalised word that is the first word of a longer name the
    article gives."""
    return (" " not in side and side[:1].isupper() and not side.isupper()
            and any(k.startswith(side + " ") for k in known))


PAIR_RULES: tuple[PairRule, ...] = (
    # "Laurent Cabannes and Laurent Benezech scored": two people by their full names (a firm of two partners is named by
    # their surnames alone: "Marks and Spencer")
    PairRule("two full names", lambda a, b, _known: _person(a) and _person(b), "PERSON"),
    # "Mercantile and Commerce did not return calls" beside "Mercantile Bancorp Inc." and "Commerce Bancshares Inc.":
    # each side the short name of a body the article names in full ("Procter and Gamble" beside "Procter & Gamble Co"
    # stays whole: "Gamble" opens no name)
    PairRule("two short names", lambda a, b, known: a != b and _opens_a_longer_name(a, known)
             and _opens_a_longer_name(b, known), None),
)


def split_pair(ent: Entity, known: frozenset[str]) -> list[Entity]:
    """actor_names.split_coordinated, and then 'A and B' (one 'and', no comma) split in two when a PAIR_RULES rule
    holds."""
    parts = split_coordinated(ent, known)
    if len(parts) > 1:
        return parts
    cuts = list(_AND.finditer(ent.text))
    if len(cuts) != 1 or "," in ent.text:
        return parts
    cut = cuts[0]
    first, second = ent.text[:cut.start()], ent.text[cut.end():]
    rule = next((r for r in PAIR_RULES if r.test(first, second, known)), None)
    if rule is None:
        return parts
    label = rule.label or ent.label_
    return [Entity(first, label, ent.start_char, ent.start_char + cut.start()),
            Entity(second, label, ent.start_char + cut.end(), ent.end_char)]
