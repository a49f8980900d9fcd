"""The candidate tests that read a name as a club, a team's nickname, a racing team or a ground (most in a sports report only)."""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.extract.actor_candidate import KNOWN_GIVEN_NAMES, Candidate, named_like_a_person
from briefgen.extract.actor_names import LOCATIVE
from briefgen.extract.actor_teams import (CLUB_FIRST_WORDS, CLUB_SHORT_NAMES, COUNTY_CLUBS, MOTOR_TEAMS, SINGULAR_NICKNAMES,
                                         SPORTS_VENUES, TEAM_NICKNAMES, TOWN_CLUB_WORDS, club_cue, club_name)
from briefgen.extract.actor_words import UK_NATIONS
from briefgen.extract.gazetteer import gazetteer

__all__ = [
    "club", "club_in_a_report", "club_short_name_in_a_report", "county_club_in_a_report",
    "motor_team_in_a_report", "nickname_in_a_report", "town_club_in_a_report", "venue_in_a_report",
]


def club(c: Candidate) -> bool:
    """'Real Madrid', 'Manchester United', 'Warrington Wolves': a club's own words (not "David Villa": a given name
    and a surname, unless a club's first word or a team's nickname says otherwise)."""
    return club_name(c.words) and (c.words[0] in CLUB_FIRST_WORDS or c.last in TEAM_NICKNAMES or not named_like_a_person(c))


def town_club_in_a_report(c: Candidate) -> bool:
    """'Stoke City', 'Man City', 'Ipswich Town' in a sports report: a town's name and City, Town or County is its club
    (not a capital's: "Mexico City"; nor a city of three words: "Salt Lake City"; nor the town: "a fight in Atlantic
    City")."""
    return (c.sporting and len(c.words) == 2 and c.last in TOWN_CLUB_WORDS and c.kind != "organization"
            and c.key not in gazetteer().capitals and c.key not in gazetteer().states and c.word_before() not in _TOWN_BEFORE)


def _surname_named(word: str, persons: frozenset[str]) -> bool:
    """'Williams' after "Serena Williams": the last word of a full name the article gives, all of it names' words
    (not "Sauber - Ferrari", a results table's row NER read as a person)."""
    return any(len(p.split()) > 1 and p.split()[-1] == word
               and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in p.split()) for p in persons)


# Words before a town's name, not its club's ("in Liverpool", "flew into Malaga"); not "to", "from", "at", "of",
# which a club's transfer or its players take as often ("joined from Porto", "his time at Barcelona").
_TOWN_BEFORE = LOCATIVE - {"to", "from", "at", "of"}


def club_short_name_in_a_report(c: Candidate) -> bool:
    """'Everton', 'Tottenham', 'West Brom' alone in a sports report: a listed club's short name (not "in Liverpool",
    a town; nor the surname of a person the article names)."""
    return (c.sporting and c.name in CLUB_SHORT_NAMES and c.word_before() not in _TOWN_BEFORE
            and not _surname_named(c.name, c.persons))


def county_club_in_a_report(c: Candidate) -> bool:
    """'Kent', 'Warwickshire' alone in a sports report: a first-class county's cricket club (not "in Kent", the county;
    nor the surname of a person the article names: "Clark Kent")."""
    return (c.sporting and c.name in COUNTY_CLUBS and c.word_before() not in _TOWN_BEFORE
            and not _surname_named(c.name, c.persons))


def venue_in_a_report(c: Candidate) -> bool:
    """'Anfield', 'the Etihad', 'Aintree' in a sports report: a listed ground or course, a place."""
    return c.sporting and c.kind != "place" and _DETERMINER.sub("", c.name) in SPORTS_VENUES


def nickname_in_a_report(c: Candidate) -> bool:
    """'the Thunder', 'the Heat' in a sports report: a team's nickname that is no plural, after "the"."""
    return c.sporting and len(c.words) == 1 and c.name in SINGULAR_NICKNAMES and c.after_the()


def motor_team_in_a_report(c: Candidate) -> bool:
    """'Ferrari', 'Toro Rosso', 'Williams-Mercedes' in a sports report: a listed racing team (not "Williams" after
    "Serena Williams")."""
    parts = c.name.split("-") if "-" in c.name else [c.name]
    return (c.sporting and all(p in MOTOR_TEAMS for p in parts)
            and not any(_surname_named(p, c.persons) for p in parts))


_DETERMINER = re.compile(r"^[Tt]he\s+")


def club_in_a_report(c: Candidate) -> bool:
    """'beat Sevilla', 'Getafe striker', 'Valencia's fans' in a sports report: a town's one-word name (read as a place
    or a person) that no state, US state or capital spells, and no person's given name or the surname of a person the
    article names ("beat Nadal" after "Rafael Nadal")."""
    if (not c.sporting or len(c.words) != 1 or c.kind not in ("place", "person") or c.word_before() in _TOWN_BEFORE
            or not club_cue(c.paragraph, c.start, c.end)):
        return False  # ("edged Austria in Salzburg 3-2": the town)
    gaz = gazetteer()
    if (gaz.state_or_capital(c.name, c.key) or c.key in _state_tails()
            or c.name in UK_NATIONS):
        return False  # (a national side is its country: "Sweden", "England", and "Korea" of "South Korea")
    return c.name.lower() not in KNOWN_GIVEN_NAMES and c.name not in c.surnames


@lru_cache(maxsize=1)
def _state_tails() -> frozenset[str]:
    """The last word of a state's name of several words ("korea" of "South Korea", "guinea" of "Papua New Guinea")."""
    return frozenset(name.split()[-1] for name in gazetteer().states if " " in name)
