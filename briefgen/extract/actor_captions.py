"""A place's, a ground's or a club's name that a photo caption run into the text puts before a person's name
("Goodison Park Rooney", "Wembley Frank Lampard", "Holland Del Bosque"): NER reads the two as one person."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from briefgen.extract.actor_candidate import starts_with_given_name
from briefgen.extract.actor_teams import CLUB_SHORT_NAMES, MOTOR_TEAMS, SPORTS_VENUES, club_name
from briefgen.extract.actor_words import VENUE_HEADS
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.lexicon import PLACE_GIVEN_NAMES

__all__ = ["without_leading_place"]

MAX_LEADING_WORDS = 3  # "St James' Park", "Sky News": a longer run is no caption's label


def _non_person(words: list[str], bodies: frozenset[str], persons: frozenset[str]) -> bool:
    """The words name a place, a ground, a club or a body: a state, a name NER read as a place or a body in the
    article (`bodies`) and never alone as a person ("LeBron" read once as a body, once as a person, is his given
    name), a listed ground, club or racing team, or a name ending in a venue's head ("Goodison Park")."""
    text = " ".join(words)
    text = text.title() if text.isupper() else text  # "ENGLAND Benaud": a caption's label in capitals
    return (lookup_key(text) in gazetteer().states or (text in bodies and text not in persons) or text in SPORTS_VENUES or text in CLUB_SHORT_NAMES
            or text in MOTOR_TEAMS or (len(words) > 1 and words[-1] in VENUE_HEADS))


def _person(words: list[str], persons: frozenset[str], whole: str, named_only: bool) -> bool:
    """The words name a person: a known given name and a surname (unless `named_only`), a name the article gives, or
    the surname of a full name it gives (compared without case: "Del Bosque" of "Vicente del Bosque")."""
    rest = " ".join(words)
    if starts_with_given_name(rest) and not named_only:
        return True
    low = rest.lower()
    # (when `named_only`, the person must open with a known given name: NER reads clubs as people too, and "United"
    # of a "Manchester United" it called a person is nobody's surname)
    return any(p != whole and not club_name(p.split()) and (not named_only or starts_with_given_name(p))
               for p in _by_ending(persons).get(low, ()))


@lru_cache(maxsize=4)
def _by_ending(persons: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each name by its whole and each of its endings after a space, in small letters ("del bosque" of "Vicente del
    Bosque"): a candidate is looked up, not compared with every person the article names."""
    index: dict[str, list[str]] = {}
    for person in persons:
        low = person.lower()
        for key in {low} | {low[at + 1:] for at, char in enumerate(low) if char == " "}:
            index.setdefault(key, []).append(person)
    return {key: tuple(names) for key, names in index.items()}


def without_leading_place(name: str, persons: Iterable[str], bodies: frozenset[str], named_only: bool = False) -> str:
    """'Goodison Park Rooney' → 'Rooney', 'Wembley Frank Lampard' → 'Frank Lampard', 'Malaga Benzema' → 'Benzema':
    a person's name after a place's or a club's that is no given name ("Jordan Henderson", "Chelsea Clinton",
    "Washington Irving" stay whole); the rest must be a person the article names or a given name and a surname, or
    only a person it names when `named_only` (a name NER read as a place or a body: "Liverpool John Moores
    University" is no John Moores)."""
    words = name.split()
    if len(words) < 2 or starts_with_given_name(name) or words[0].lower() in PLACE_GIVEN_NAMES:
        return name
    people = persons if isinstance(persons, frozenset) else frozenset(persons)
    for cut in range(1, min(MAX_LEADING_WORDS, len(words) - 1) + 1):
        if _non_person(words[:cut], bodies, people) and _person(words[cut:], people, name, named_only):
            return " ".join(words[cut:])
    return name
