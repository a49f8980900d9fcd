"""An actor mention typed by actor_types' rules from one sentence, for the type rules' parametrized tests."""

from __future__ import annotations

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_types import type_of


def type_and_rule(sentence: str, name: str, kind: str = "organization", report: bool = False,
                  persons: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """(the type or NOT_AN_ACTOR, the deciding rule's name or None) of `name` in `sentence`, NER having read it as
    `kind`; `report`: the article is a sports report; `persons`: the people the article names in full."""
    c = Candidate(name, kind, sentence, sentence.index(name), 1, persons, sporting=report)  # type: ignore[arg-type]
    outcome, rule = type_of(c)
    return outcome, rule.name if rule else None


def type_in(sentence: str, name: str, kind: str, report: bool = False, persons: frozenset[str] = frozenset()) -> str:
    """The type (or NOT_AN_ACTOR) alone."""
    return type_and_rule(sentence, name, kind, report, persons)[0]
