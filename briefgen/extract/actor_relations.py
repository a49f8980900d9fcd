"""A person's relations around a name: kin, friends and counsel only people have ("Levrentyeva's colleagues",
"the wife of X"), and a rule only a person holds ("the regime of Desi Bouterse")."""

from __future__ import annotations

import re

from briefgen.extract.actor_words import KIN

__all__ = ["PERSONAL_RELATIONS", "PERSONAL_RULE", "relation_around"]

# Nouns for a person's kin, friends and counsel: a name that has them ("Levrentyeva's colleagues", "a son of
# Suharto") is a person's (a state has no widow; its spokesman, minister or people are not here: a body has those).
PERSONAL_RELATIONS = KIN | frozenset(
    "widower sons daughters brothers sisters children child parents family uncle aunt nephew niece cousin "
    "grandfather grandmother fiancee fiance girlfriend boyfriend colleague colleagues friend friends lawyer lawyers "
    "attorney attorneys bodyguard bodyguards funeral assassination assassin assassins killer killers murderer "
    "biographer".split()
)
# A rule of one person ("the regime of Desi Bouterse", "the dictatorship of …"): a country's own government is
# "the government of Chile", which the state tables type first.
PERSONAL_RULE = frozenset("regime dictatorship reign".split())

_OWNER = re.compile(r"['’]s? (?:(?:late|former|estranged|elder|eldest|younger|youngest|own|two|three|four) )?([a-z]+)\b")
_OF_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er) (?:(?:late|former|military|estranged|elder|eldest|younger|youngest) )?"
                        r"([a-z]+) of (?:(?:[A-Z][\w.'’-]*|the) )*$")


def relation_around(paragraph: str, start: int, end: int) -> bool:
    """'X's colleagues', 'X's late wife', 'the widow of X', 'the military regime of X': a person's relation or rule
    owned by the name at [start, end)."""
    after = _OWNER.match(paragraph, end)
    if after and after.group(1) in PERSONAL_RELATIONS:
        return True
    before = _OF_BEFORE.search(paragraph[max(0, start - 60): start])
    return before is not None and (before.group(1) in PERSONAL_RELATIONS or before.group(1) in PERSONAL_RULE)
