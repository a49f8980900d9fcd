"""A type rule's shape: a named test on an actor candidate and its outcome (a type, or NOT_AN_ACTOR)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefgen.extract.actor_candidate import Candidate

__all__ = ["NOT_AN_ACTOR", "TypeRule", "next_word"]

NOT_AN_ACTOR = "not-an-actor"  # a rule's outcome that drops the mention


@dataclass(frozen=True, slots=True)
class TypeRule:
    """A named rule: when `test` holds, the mention gets `outcome` (a type, or NOT_AN_ACTOR)."""

    name: str
    test: Callable[[Candidate], bool]
    outcome: str
    # True when the name alone decides (a table, its head word): such a type outvotes the NER labels of the
    # actor's other mentions. A rule that reads the sentence around one mention only changes that mention.
    by_name: bool = True


def next_word(c: Candidate) -> str:
    """The word after the name, lower-cased ('' at the paragraph's end)."""
    after = c.paragraph[c.end:].split(maxsplit=1)
    return after[0].lower().strip(",.;:?!") if after else ""
