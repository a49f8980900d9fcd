"""A name NER found, with the sentence around it, and the tests the type rules read it with (an age, a place's
preposition, a team's plural, a role word before it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from briefgen.extract.actor_names import (
    GROUP_HEADS,
    LOCATIVE,
    ORGANIZATION_HEADS,
    described_as_person,
)
from briefgen.extract.actor_titles import title_before
from briefgen.extract.actor_senses import place_sense
from briefgen.extract.actor_shapes import STATE_AFTER as _STATE_AFTER
from briefgen.extract.actor_shapes import portfolio_after_of, state_after
from briefgen.extract.actor_words import (
    AT_PLACE,
    DISTRICT_HEADS,
    EVENT_HEADS,
    LAND_HEADS,
    MEMBER_PLURALS,
    NEWSPAPER_ONLY_HEADS,
    PERSON_ROLES,
    PLACE_AFTER,
    PLACE_OF,
    PLURAL_LAND_HEADS,
    SITE_HEADS,
    SPEAKING,
    VEHICLE_PREFIXES,
    VENUE_HEADS,
)
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.lexicon import GIVEN_NAMES, NAME_PARTICLES, PLACE_GIVEN_NAMES, UNISEX_GIVEN_NAMES
from briefgen.model import ActorType

@lru_cache(maxsize=64)
def full_names_by_surname(persons: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """'Swift' → ('Taylor Swift',): the article's names read as a person of two words or more, by their last word
    (read, not changed, by the rules that ask whether a name is such a person's surname)."""
    found: dict[str, list[str]] = {}
    for person in sorted(persons):
        words = person.split()
        if len(words) > 1:
            found.setdefault(words[-1], []).append(person)
    return {surname: tuple(names) for surname, names in found.items()}


# Candidate and starts_with_given_name, and the tests actor_types.TYPE_RULES reads a candidate with (its club tests are in
# actor_report_clubs)
__all__ = [
    "Candidate", "KNOWN_GIVEN_NAMES", "after_a_place", "age_after", "capitalised_plural", "city_of_a_state",
    "place_said",
    "is_given_name", "named_as_place",
    "named_like_a_person", "personal_name", "place_context", "place_team", "plain_name", "portfolio", "role_before",
    "role_before_one_word",
    "speaks", "starts_with_given_name", "surname_known", "surname_of_named_person", "team_name", "team_plural",
    "particle_surname_of_named_person",
    "word_after", "named_after_a_body", "listed_with_people", "listed_with_places", "full_names_by_surname",
]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One name NER found, with what the rules may look at around it."""

    name: str  # cleaned surface form ("Marcelo Claure")
    kind: ActorType  # from the NER label
    paragraph: str  # the paragraph's text
    start: int  # where the entity starts in the paragraph
    index: int  # the paragraph's place in the article
    persons: frozenset[str] = frozenset()  # every name NER read as a person in the article
    places: frozenset[str] = frozenset()  # every name NER read as a place in the article
    speakers: frozenset[str] = frozenset()  # capitalised words right before a speech verb in the article ("Hilton said")
    sporting: bool = False  # the article reads as a sports report (actor_teams.sporting)
    products: frozenset[str] = frozenset()  # names the article calls a made thing or a work (actor_products)
    bodies: frozenset[str] = frozenset()  # one-word names NER read only as organisations in the article, twice or more
    mates: tuple[tuple[str, str], ...] = ()  # (NER label, text) of the other names in the list it is one of (actor_lists)
    spans: tuple[tuple[int, int], ...] = ()  # (start, end) of every actor's name NER found in the paragraph
    mostly_places: frozenset[str] = frozenset()  # names NER read as a place more often than as a person in the article
    key: str = field(init=False)  # lookup_key(name), computed once for every table the rules consult

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", lookup_key(self.name))

    @property
    def words(self) -> list[str]:
        return self.name.split()

    @property
    def surnames(self) -> dict[str, tuple[str, ...]]:
        """The last word of each of the article's full names → those names (full_names_by_surname, built once per
        article: every candidate of an article shares its `persons`)."""
        return full_names_by_surname(self.persons)

    @property
    def last(self) -> str:
        return self.words[-1]

    def words_before(self, n: int) -> list[str]:
        """The last n words before the name (its paragraph's prefix split on white space), read from the end: a rule
        looking at the words before each of many names in a long paragraph does not split the whole prefix each time."""
        return self.paragraph[: self.start].rsplit(None, n)[-n:]

    def word_before(self) -> str:
        """The word before the name, an article or an owner skipped ("in the Oval Office", "in Moscow's Central
        Clinical Hospital" → 'in')."""
        n = 8
        while True:
            words = self.words_before(n)
            i = len(words)
            while i and (words[i - 1].lower() in {"the", "a", "an"}
                         or words[i - 1][:1].isupper() and words[i - 1].endswith(("'s", "’s"))):
                i -= 1
            if i or len(words) < n:
                return words[i - 1].lower() if i else ""
            n *= 4  # every word looked at was skipped: look further back

    def after_the(self) -> bool:
        words = self.words_before(1)
        return (bool(words) and words[-1].lower() == "the") or self.paragraph[self.start: self.start + 4].lower() == "the "

    @property
    def end(self) -> int:
        """Where the name ends in the paragraph (the entity may have begun with "the" or had a possessive)."""
        end = self.start + len(self.name)
        if self.paragraph[self.start: end] != self.name:
            found = self.paragraph.find(self.name, self.start)
            end = found + len(self.name) if found >= 0 else end
        return end


def named_like_a_person(c: Candidate) -> bool:
    """'Oliver North', 'Arsenio Hall', 'Doris Day': two words, a known given name and a capitalised surname,
    which a head word ("North", "Hall", "Day") does not make a place or an event. ("John F. Kennedy Center" is
    named after a man; it is not one.)"""
    return len(c.words) == 2 and starts_with_given_name(c.name)


def is_given_name(word: str) -> bool:
    """'Megan', 'george', 'Eva-Marie': a known given name (of a double name, its first part)."""
    first = word.lower().split("-")[0]
    return first in KNOWN_GIVEN_NAMES or first in UNISEX_GIVEN_NAMES


def starts_with_given_name(name: str) -> bool:
    """'Megan Davies', 'Todd Van Poppel', 'Eva-Marie Persson': a known given name, then a capitalised word."""
    words = name.split()
    return len(words) >= 2 and is_given_name(words[0]) and words[1][:1].isupper()


def _more_given_names() -> frozenset[str]:
    """data/given_names.tsv: given names the actor rules know beyond lexicon.GIVEN_NAMES (words, '#' comments)."""
    lines = (Path(__file__).parent / "data" / "given_names.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


KNOWN_GIVEN_NAMES = frozenset().union(*GIVEN_NAMES.values()) | _more_given_names()
_ALL_HEADS = ORGANIZATION_HEADS | GROUP_HEADS | VENUE_HEADS | LAND_HEADS | SITE_HEADS | EVENT_HEADS | DISTRICT_HEADS | MEMBER_PLURALS


def place_context(c: Candidate) -> bool:
    """'in Longyear', 'near Tavildara' (not "in Smith's view"), or a place's own words around it."""
    before = c.words_before(1)
    if c.paragraph[c.end: c.end + 1] in ("'", "’") or not before:
        return False
    return before[-1].lower() in AT_PLACE or named_as_place(c)


def named_as_place(c: Candidate) -> bool:
    """'the town of Arbil', 'east of Longyear', 'Huize county', 'the Nagorno-Karabakh region'."""
    before = c.words_before(2)
    if len(before) == 2 and before[-1] == "of" and before[0].lower() in PLACE_OF:
        return True
    return word_after(c) in PLACE_AFTER


def word_after(c: Candidate) -> str:
    after = c.paragraph[c.end:].split(maxsplit=1)
    return after[0].strip(".,;:!?").lower() if after and c.paragraph[c.end: c.end + 1] == " " else ""


def team_name(c: Candidate) -> bool:
    """'the Buffalo Sabres', 'the New York Yankees': after "the", a place's name and a capitalised plural (not "the
    Cayman Islands", "the Golan Heights", "the United States")."""
    return (2 <= len(c.words) <= 3 and c.after_the() and capitalised_plural(c.last) and c.last not in PLURAL_LAND_HEADS
            and c.key not in gazetteer().states and c.name not in gazetteer().us_states)


def capitalised_plural(word: str) -> bool:
    """'Sabres', 'Yankees': a capitalised word in the plural (not "Williams"-like "ss", "us", "is" endings, not a
    possessive, not an acronym)."""
    return (word[:1].isupper() and not word.isupper() and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s", "’s")))


def portfolio(c: Candidate) -> bool:
    return portfolio_after_of(c.name, c.paragraph, c.start)


def after_a_place(c: Candidate) -> bool:
    """'Tuscany' in "Livorno, Tuscany", read as a person: a word after a place the article names and a comma is
    the larger place it lies in."""
    before = c.paragraph[: c.start]
    if not before.endswith(", "):
        return False
    return any(before[: -2].endswith(place) for place in c.places if place)


# First words of places' names that are no given name: "New Delhi" is not a person called Delhi, even where NER read
# "Delhi's Chief Minister" as one.
PLACE_NAME_PREFIXES = frozenset("New North South East West Upper Lower Greater Port Fort Lake Mount San Santa Los Las".split())


def surname_known(c: Candidate) -> bool:
    """The last word (or two) of the name is a person the article names on its own ("Courtois" for "Thibaut
    Courtois")."""
    return c.words[0] not in PLACE_NAME_PREFIXES and (
        c.last in c.persons or (len(c.words) == 3 and " ".join(c.words[1:]) in c.persons))


def place_said(c: Candidate) -> bool:
    """A name a state shares with a city, which the words around it say is the one or the other ("Yakima, Washington",
    "Washington D.C."): a place, no person's surname and no government."""
    sense = place_sense(c.name, c.paragraph, c.start, c.end, c.places)
    return sense is not None and sense.rule != "city.default"


def surname_of_named_person(c: Candidate) -> bool:
    """One word that ends the full name of a person the article names ("Paris" after "Valeska Paris"), not after a
    preposition of place ("born in Paris") nor a place's own words ("the city of Paris", "Paris, Texas")."""
    if len(c.words) != 1 or not c.name[:1].isupper() or c.word_before() in LOCATIVE or named_as_place(c):
        return False
    if c.paragraph[c.end: c.end + 2] == ", " and _STATE_AFTER.match(c.paragraph[c.end: c.end + 20]):
        return False
    if place_said(c):
        return False  # "Yakima, Washington", "Washington D.C." beside George Washington
    return any(not p.startswith(VEHICLE_PREFIXES) for p in c.surnames.get(c.name, ()))


# Particles that open a surname ("del Bosque", "van Gaal", "de Gea"), written with a capital when the surname
# stands alone or opens a sentence: the European ones of lexicon.NAME_PARTICLES (not "al", "bin", "el", "ibn", "wa"),
# and the Dutch "ten".
SURNAME_PARTICLES = (NAME_PARTICLES - frozenset("al bin el ibn wa".split())) | {"ten"}


def particle_surname_of_named_person(c: Candidate) -> bool:
    """'Del Bosque' after "Vicente del Bosque", 'De Vrij' after "Stefan de Vrij": a surname that opens with a particle,
    capitalised, ending a longer name the article gives a person (compared without case)."""
    if len(c.words) not in (2, 3) or c.words[0].lower() not in SURNAME_PARTICLES:
        return False
    low = c.name.lower()
    return any(len(p.split()) > len(c.words) and p.lower().endswith(" " + low) for p in c.persons)


def plain_name(c: Candidate) -> bool:
    """Two or three capitalised words (letters only) and no word that heads organisations, places or events, nor a
    newspaper's ("Charlotte Observer" opens with a given name but is a paper)."""
    return 2 <= len(c.words) <= 3 and all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha()
                                          for w in c.words) and not (
        set(c.words) & _ALL_HEADS) and c.name not in gazetteer().organizations and c.last not in NEWSPAPER_ONLY_HEADS


def role_before(c: Candidate) -> bool:
    """'executive chair Marcelo Claure', 'moderator Lester Holt': a person's role right before the name."""
    role = title_before(c.paragraph, c.start)
    if role:
        return role.split()[-1].lower() in PERSON_ROLES
    before = c.words_before(1)
    return bool(before) and before[0] in PERSON_ROLES  # a role word the title tables do not hold, in lower case


def role_before_one_word(c: Candidate) -> bool:
    """'fashion designer Halston', 'musician Prince': one capitalised word (no state, capital, people or listed body)
    right after a person's role written in lower case."""
    before = c.words_before(1)
    gaz = gazetteer()
    return (len(c.words) == 1 and c.name.isalpha() and c.name[:1].isupper() and not c.name.isupper()
            and bool(before) and before[0] in PERSON_ROLES
            and not gaz.state_or_capital(c.name, c.key) and c.key not in gaz.demonyms
            and c.name not in gaz.organizations and c.name not in gaz.companies)


def team_plural(c: Candidate) -> bool:
    """'the Sabres', 'the Lakers': one capitalised plural word after "the" is a team or a band, not a person
    ('Williams' is a surname: it does not come after "the"; "the Clintons" are the family of a Clinton named
    in the article)."""
    word = c.name
    if word.rstrip("s") in c.persons or word[:-2] in c.persons:
        return False
    return len(c.words) == 1 and capitalised_plural(word) and c.after_the()


# An age set off after a name: "Paris Jackson, 26, said", "Ava Lee (41)". People have ages; firms and places do not.
# (not a telephone's area code: "Reuters Ottawa Bureau (613) 235-6745")
_AGE_AFTER = re.compile(r"^(?:,\s+(?:aged\s+)?\d{1,3}(?:,|\s|$)|\s+\(\d{1,3}\)(?!\s*\d))")


def place_team(c: Candidate) -> bool:
    """'Charlotte Panthers', 'Dallas Cowboys', 'Leeds Rhinos': a given name that is also a place's (or a name NER reads
    as a place elsewhere in the article), then a capitalised plural, is a team (while "Charlotte Adams" ends in a
    surname)."""
    first = c.words[0]
    place = first.lower() in PLACE_GIVEN_NAMES or (first in c.places and not starts_with_given_name(c.name))
    return place and capitalised_plural(c.last) and c.last[-2:] not in ("ms", "ns")


def age_after(c: Candidate) -> bool:
    return bool(_AGE_AFTER.match(c.paragraph[c.end: c.end + 12]))


def speaks(c: Candidate) -> bool:
    """'Paris Hilton said', 'told Paris Hilton' is not it: the name right before a speech verb, or right after an
    inverted 'said'/'says' ("…," said Paris Hilton)."""
    before = c.words_before(1)
    return word_after(c) in SPEAKING or (bool(before) and before[0].lower().strip(",") in {"said", "says"})


def personal_name(c: Candidate) -> bool:
    """A person's full name NER read as a place or a body because a word of it is a place: two or three plain
    capitalised words, with a person's sign beside it: an age, or a speech verb after the name (or its surname) when
    NER read it as a place (a place does not speak) or when it opens with a given name that is also a place's
    ("Paris Hilton said", read as an organisation; "China Daily said" stays one)."""
    if (c.kind == "person" or not plain_name(c) or gazetteer().state_or_capital(c.name, c.key)
            or capitalised_plural(c.last)):  # (not "the Dallas Cowboys said")
        return False  # (nor "Gov. Chris Christie of New Jersey, a former federal prosecutor": the governor's description)
    if age_after(c) or described_as_person(c.paragraph[c.end:]):
        return True  # "Paris Jackson, 26,", "NBC’s Lester Holt, the moderator for …"
    # (the name itself, or its last word alone elsewhere: "met Paris Hilton in Paris … Hilton said")
    return (speaks(c) or c.last in c.speakers) and (c.kind == "place" or c.words[0].lower() in PLACE_GIVEN_NAMES)


def city_of_a_state(c: Candidate) -> bool:
    return state_after(c.paragraph[c.end:])


def named_after_a_body(c: Candidate) -> bool:
    """'Pirelli Cables' read as a person where "Pirelli" alone is read as an organisation again and again: a
    division or a unit named after its company, no person (a given name is not read as a body on its own; "the Mets
    Poet" ends in a person's noun)."""
    return (len(c.words) >= 2 and c.words[0] in c.bodies and not is_given_name(c.words[0])
            and c.last.lower() not in PERSON_ROLES)


def listed_with_people(c: Candidate) -> bool:
    """'Anton Pfeffer, Stephan Marasek, Dieter Ramusch' with the middle one read as a body: a plain name of two or three
    words in a list of at least two other people's full names, which are most of its other items."""
    people = sum(1 for label, text in c.mates if label == "PERSON" and " " in text.strip())
    return plain_name(c) and people >= 2 and 3 * people >= 2 * len(c.mates)


def listed_with_places(c: Candidate) -> bool:
    """'Breisach, Kehl and Freiburg' with two read as people: a one-word name in a list with a place in it and no
    person's full name, that ends no full name the article gives a person."""
    if len(c.words) != 1 or not c.mates or any(label == "PERSON" and " " in text.strip() for label, text in c.mates):
        return False
    named = c.surnames  # (the article's full names' last words)
    return (any(label in ("GPE", "LOC") for label, _t in c.mates) and c.name not in named
            and not any(text in named for _l, text in c.mates))
