"""An actor mention's type: the NER label corrected by named rules read from word tables (rules as data)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from briefgen.extract.actor_names import (
    ADJECTIVE_PREFIX,
    GROUP_HEADS,
    LOCATIVE,
    ORGANIZATION_HEADS,
    described_as_person,
    title_before,
)
from briefgen.extract.actor_shapes import STATE_AFTER as _STATE_AFTER
from briefgen.extract.actor_shapes import (dash_dateline, pair_of_people, portfolio_after_of, portfolio_before_title,
                                          state_after, us_state_among_us_states)
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.actor_words import (
    AT_PLACE,
    DOCTRINE_ENDINGS,
    DOMAIN_SUFFIX,
    EDITOR_LABELS,
    GENERIC_BODIES,
    MONONYMS,
    SENTENCE_OPENERS,
    DISTRICT_HEADS,
    EVENT_HEADS,
    INSIDE,
    LAND_HEADS,
    LAW_HEADS,
    LEGISLATURES,
    MEMBER_PLURALS,
    NEWSPAPER_ONLY_HEADS,
    PERSON_ROLES,
    PLACE_AFTER,
    PLACE_OF,
    PLURAL_LAND_HEADS,
    PUBLICATION_HEADS,
    SITE_HEADS,
    SPEAKING,
    SURNAME_SHAPE,
    TEAM_ROLES,
    VEHICLE_PREFIXES,
    VENUE_HEADS,
    DOTTED_INITIALISM,
)
from briefgen.extract.lexicon import GIVEN_NAMES, PLACE_GIVEN_NAMES, UNISEX_GIVEN_NAMES
from briefgen.extract.mention_context import (
    body_noun_before,
    member_of,
    opens_sentence,
    or_lower_after,
    publication_word_around,
)
from briefgen.model import ActorType

__all__ = ["Candidate", "NOT_AN_ACTOR", "TYPE_RULES", "TypeRule", "evidence", "starts_with_given_name", "type_of", "vote"]

NOT_AN_ACTOR = "not-an-actor"  # a rule's outcome that drops the mention

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
    key: str = field(init=False)  # lookup_key(name), computed once for every table the rules consult

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", lookup_key(self.name))

    @property
    def words(self) -> list[str]:
        return self.name.split()

    @property
    def last(self) -> str:
        return self.words[-1]

    def word_before(self) -> str:
        """The word before the name, an article or an owner skipped ("in the Oval Office", "in Moscow's Central
        Clinical Hospital" → 'in')."""
        words = self.paragraph[: self.start].split()
        while words and (words[-1].lower() in {"the", "a", "an"} or words[-1][:1].isupper() and words[-1].endswith(("'s", "’s"))):
            words = words[:-1]
        return words[-1].lower() if words else ""

    def after_the(self) -> bool:
        words = self.paragraph[: self.start].split()
        return (bool(words) and words[-1].lower() == "the") or self.paragraph[self.start: self.start + 4].lower() == "the "

    @property
    def end(self) -> int:
        """Where the name ends in the paragraph (the entity may have begun with "the" or had a possessive)."""
        end = self.start + len(self.name)
        if self.paragraph[self.start: end] != self.name:
            found = self.paragraph.find(self.name, self.start)
            end = found + len(self.name) if found >= 0 else end
        return end


def _named_like_a_person(c: Candidate) -> bool:
    """'Oliver North', 'Arsenio Hall', 'Doris Day': two words, a known given name and a capitalised surname,
    which a head word ("North", "Hall", "Day") does not make a place or an event. ("John F. Kennedy Center" is
    named after a man; it is not one.)"""
    return len(c.words) == 2 and starts_with_given_name(c.name)


def starts_with_given_name(name: str) -> bool:
    """'Megan Davies', 'Todd Van Poppel', 'Eva-Marie Persson': a known given name, then a capitalised word."""
    words = name.split()
    first = words[0].lower().split("-")[0] if words else ""
    return len(words) >= 2 and (first in _GIVEN or first in UNISEX_GIVEN_NAMES) and words[1][:1].isupper()


_GIVEN = frozenset().union(*GIVEN_NAMES.values())
_ALL_HEADS = ORGANIZATION_HEADS | GROUP_HEADS | VENUE_HEADS | LAND_HEADS | SITE_HEADS | EVENT_HEADS | DISTRICT_HEADS | MEMBER_PLURALS


def _place_context(c: Candidate) -> bool:
    """'in Longyear', 'near Tavildara' (not "in Smith's view"), or a place's own words around it."""
    before = c.paragraph[: c.start].split()[-1:]
    if c.paragraph[c.end: c.end + 1] in ("'", "’") or not before:
        return False
    return before[-1].lower() in AT_PLACE or _named_as_place(c)


def _named_as_place(c: Candidate) -> bool:
    """'the town of Arbil', 'east of Longyear', 'Huize county', 'the Nagorno-Karabakh region'."""
    before = c.paragraph[: c.start].split()[-2:]
    if len(before) == 2 and before[-1] == "of" and before[0].lower() in PLACE_OF:
        return True
    return _word_after(c) in PLACE_AFTER


def _word_after(c: Candidate) -> str:
    after = c.paragraph[c.end:].split(maxsplit=1)
    return after[0].strip(".,;:!?").lower() if after and c.paragraph[c.end: c.end + 1] == " " else ""


def _team_name(c: Candidate) -> bool:
    """'the Buffalo Sabres', 'the New York Yankees': after "the", a place's name and a capitalised plural (not "the
    Cayman Islands", "the Golan Heights", "the United States")."""
    return (2 <= len(c.words) <= 3 and c.after_the() and _capitalised_plural(c.last) and c.last not in PLURAL_LAND_HEADS
            and c.key not in gazetteer().states and c.name not in gazetteer().us_states)


def _capitalised_plural(word: str) -> bool:
    """'Sabres', 'Yankees': a capitalised word in the plural (not "Williams"-like "ss", "us", "is" endings, not a
    possessive, not an acronym)."""
    return (word[:1].isupper() and not word.isupper() and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s", "’s")))


def _portfolio(c: Candidate) -> bool:
    return portfolio_after_of(c.name, c.paragraph, c.start)


def _after_a_place(c: Candidate) -> bool:
    """'Tuscany' in "Livorno, Tuscany", read as a person: a word after a place the article names and a comma is
    the larger place it lies in."""
    before = c.paragraph[: c.start]
    if not before.endswith(", "):
        return False
    return any(before[: -2].endswith(place) for place in c.places if place)


def _surname_known(c: Candidate) -> bool:
    """The last word (or two) of the name is a person the article names on its own ("Courtois" for "Thibaut
    Courtois")."""
    return c.last in c.persons or (len(c.words) == 3 and " ".join(c.words[1:]) in c.persons)


def _surname_of_named_person(c: Candidate) -> bool:
    """One word that ends the full name of a person the article names ("Paris" after "Valeska Paris"), not after a
    preposition of place ("born in Paris") nor a place's own words ("the city of Paris", "Paris, Texas")."""
    if len(c.words) != 1 or not c.name[:1].isupper() or c.word_before() in LOCATIVE or _named_as_place(c):
        return False
    if c.paragraph[c.end: c.end + 2] == ", " and _STATE_AFTER.match(c.paragraph[c.end: c.end + 20]):
        return False
    return any(len(p.split()) >= 2 and p.split()[-1] == c.name and not p.startswith(VEHICLE_PREFIXES) for p in c.persons)


def _plain_name(c: Candidate) -> bool:
    """Two or three capitalised words (letters only) and no word that heads organisations, places or events, nor a
    newspaper's ("Charlotte Observer" opens with a given name but is a paper)."""
    return 2 <= len(c.words) <= 3 and all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha()
                                          for w in c.words) and not (
        set(c.words) & _ALL_HEADS) and c.name not in gazetteer().organizations and c.last not in NEWSPAPER_ONLY_HEADS


def _role_before(c: Candidate) -> bool:
    """'executive chair Marcelo Claure', 'moderator Lester Holt': a person's role right before the name."""
    role = title_before(c.paragraph, c.start)
    if role:
        return role.split()[-1].lower() in PERSON_ROLES
    before = c.paragraph[: c.start].split()[-1:]
    return bool(before) and before[0] in PERSON_ROLES  # a role word the title tables do not hold, in lower case


def _team_plural(c: Candidate) -> bool:
    """'the Sabres', 'the Lakers': one capitalised plural word after "the" is a team or a band, not a person
    ('Williams' is a surname: it does not come after "the"; "the Clintons" are the family of a Clinton named
    in the article)."""
    word = c.name
    if word.rstrip("s") in c.persons or word[:-2] in c.persons:
        return False
    return len(c.words) == 1 and _capitalised_plural(word) and c.after_the()


# An age set off after a name: "Paris Jackson, 26, said", "Ava Lee (41)". People have ages; firms and places do not.
# (not a telephone's area code: "Reuters Ottawa Bureau (613) 235-6745")
_AGE_AFTER = re.compile(r"^(?:,\s+(?:aged\s+)?\d{1,3}(?:,|\s|$)|\s+\(\d{1,3}\)(?!\s*\d))")


def _place_team(c: Candidate) -> bool:
    """'Charlotte Panthers', 'Dallas Cowboys', 'Leeds Rhinos': a given name that is also a place's (or a name NER reads
    as a place elsewhere in the article), then a capitalised plural, is a team (while "Charlotte Adams" ends in a
    surname)."""
    first = c.words[0]
    place = first.lower() in PLACE_GIVEN_NAMES or (first in c.places and not starts_with_given_name(c.name))
    return place and _capitalised_plural(c.last) and c.last[-2:] not in ("ms", "ns")


def _age_after(c: Candidate) -> bool:
    return bool(_AGE_AFTER.match(c.paragraph[c.end: c.end + 12]))


def _speaks(c: Candidate) -> bool:
    """'Paris Hilton said', 'told Paris Hilton' is not it: the name right before a speech verb, or right after an
    inverted 'said'/'says' ("…," said Paris Hilton)."""
    before = c.paragraph[: c.start].split()[-1:]
    return _word_after(c) in SPEAKING or (bool(before) and before[0].lower().strip(",") in {"said", "says"})


def _personal_name(c: Candidate) -> bool:
    """A person's full name NER read as a place or a body because a word of it is a place: two or three plain
    capitalised words, with a person's sign beside it: an age, or a speech verb after the name (or its surname) when
    NER read it as a place (a place does not speak) or when it opens with a given name that is also a place's
    ("Paris Hilton said", read as an organisation; "China Daily said" stays one)."""
    if (c.kind == "person" or not _plain_name(c) or c.key in gazetteer().states or c.key in gazetteer().capitals
            or _capitalised_plural(c.last)):  # (not "the Dallas Cowboys said")
        return False
    if _age_after(c) or described_as_person(c.paragraph[c.end:]):
        return True  # "Paris Jackson, 26,", "NBC’s Lester Holt, the moderator for …"
    # (the name itself, or its last word alone elsewhere: "met Paris Hilton in Paris … Hilton said")
    return (_speaks(c) or c.last in c.speakers) and (c.kind == "place" or c.words[0].lower() in PLACE_GIVEN_NAMES)


@dataclass(frozen=True, slots=True)
class TypeRule:
    """A named rule: when `test` holds, the mention gets `outcome` (a type, or NOT_AN_ACTOR)."""

    name: str
    test: Callable[[Candidate], bool]
    outcome: str
    # True when the name alone decides (a table, its head word): such a type outvotes the NER labels of the
    # actor's other mentions. A rule that reads the sentence around one mention only changes that mention.
    by_name: bool = True


# Ordered: the first rule whose test holds decides.
TYPE_RULES: tuple[TypeRule, ...] = (
    TypeRule("not-actor.listed", lambda c: c.name in gazetteer().not_actors, NOT_AN_ACTOR),
    # "CLEVELAND — Donald Trump …", "PORTSMOUTH, N.H. — He …": a dateline names where the story was filed, a place
    TypeRule("place.dash-dateline", lambda c: dash_dateline(c.name, c.paragraph, c.start, c.places, c.index),
             "place", by_name=False),
    # "Sooner or later they will …": a sentence's opening word, not a name
    TypeRule("not-actor.sentence-opener", lambda c: len(c.words) == 1 and opens_sentence(c.paragraph, c.start)
             and (c.name in SENTENCE_OPENERS or or_lower_after(c.paragraph, c.end)), NOT_AN_ACTOR, by_name=False),
    # "Customs cannot check what a scientist has in his mind": a generic body's common noun opening a sentence
    # (not "Customs said on Monday", the service speaking)
    TypeRule("not-actor.generic-body-opening", lambda c: c.name in GENERIC_BODIES and opens_sentence(c.paragraph, c.start)
             and not _speaks(c) and c.paragraph[c.end: c.end + 1] not in ("'", "’"), NOT_AN_ACTOR, by_name=False),
    # "Ed.: See the catalog …": an editor's note's label, not a man named Ed
    TypeRule("not-actor.editor-label", lambda c: c.name.rstrip(".") in EDITOR_LABELS and not c.paragraph[: c.start].strip(" *_")
             and bool(re.match(r"\.?(?:['’]s note)?\s*:|\.\s", c.paragraph[c.start + len(c.name.rstrip(".")):])),
             NOT_AN_ACTOR, by_name=False),
    # "Metro.us", "podiobooks.com": a website (not the state its suffix spells)
    TypeRule("organization.web-address", lambda c: bool(DOMAIN_SUFFIX.fullmatch(c.name)), "organization"),
    # "how many elephants Hannibal had": a person known by one name, read as a body
    TypeRule("person.mononym", lambda c: c.name in MONONYMS and c.kind != "person", "person"),
    TypeRule("not-actor.event-head", lambda c: len(c.words) > 1 and c.last in EVENT_HEADS and not _named_like_a_person(c), NOT_AN_ACTOR),
    TypeRule("not-actor.vehicle", lambda c: c.name.startswith(VEHICLE_PREFIXES), NOT_AN_ACTOR),
    # "Minister of Education Stefania Giannini": 'Education' alone
    TypeRule("not-actor.portfolio", lambda c: c.kind == "organization" and _portfolio(c), NOT_AN_ACTOR),
    TypeRule("not-actor.portfolio-before-title", lambda c: c.kind == "organization" and portfolio_before_title(c.name, c.paragraph, c.end),
             NOT_AN_ACTOR, by_name=False),
    # "Affordable Care Act", "North American Free Trade Agreement" (not "Bill Act", a man)
    TypeRule("not-actor.law-head", lambda c: len(c.words) > 1 and c.last in LAW_HEADS and not _named_like_a_person(c), NOT_AN_ACTOR),
    # "pro-Beijing", "anti-Trump": an adjective
    TypeRule("not-actor.adjective-prefix", lambda c: bool(ADJECTIVE_PREFIX.match(c.name)), NOT_AN_ACTOR),
    # "Reuters" read as a person, "U.N." as a place
    TypeRule("organization.listed", lambda c: c.name in gazetteer().organizations, "organization"),
    # "Twitter" read as a person, "YouTube" as a place: well-known companies, platforms and outlets
    TypeRule("organization.company", lambda c: c.name in gazetteer().companies, "organization"),
    TypeRule("group.listed", lambda c: c.key in gazetteer().groups, "group"),
    # "Trump-Clinton": a matchup of two people the article names
    TypeRule("not-actor.pair-of-people", lambda c: pair_of_people(c.name, c.persons), NOT_AN_ACTOR),
    # "Georgia" beside "Ohio" and "Wisconsin": the US state, not the country
    TypeRule("place.us-state-among-us-states", lambda c: c.kind != "person" and us_state_among_us_states(c.name, c.places),
             "place", by_name=False),
    TypeRule("state.listed", lambda c: c.key in gazetteer().states and c.kind != "person", "state"),
    # "Scientology", "Buddhism" read as a place: a doctrine's name stands for its body of believers
    TypeRule("organization.doctrine", lambda c: len(c.words) == 1 and c.kind != "organization"
             and c.name.lower().endswith(DOCTRINE_ENDINGS), "organization"),
    # "the militant group Al-Shabaab", "the elite group … called the Sea Org", "members of the Sea Org"
    TypeRule("group.armed-body-noun", lambda c: c.kind != "person" and body_noun_before(c.paragraph, c.start) == "armed", "group",
             by_name=False),
    TypeRule("organization.body-noun", lambda c: c.kind == "place" and (body_noun_before(c.paragraph, c.start) == "body"
             or member_of(c.paragraph, c.start, c.end)), "organization", by_name=False),
    # "Valeska Paris … Paris claims": a person's surname that is also a city's name, outside "in Paris", "to Paris"
    TypeRule("person.surname-of-a-named-person", lambda c: c.kind != "person" and _surname_of_named_person(c),
             "person", by_name=False),
    # "Dhaka" read as an organisation, "envoy to Kyiv" as a person: a capital city is a place
    TypeRule("place.capital", lambda c: c.key in gazetteer().capitals and c.kind in ("organization", "person"),
             "place"),
    # "Washington warned": the capital stands for the government (not "talks in Washington", not a dateline)
    TypeRule("state.capital-as-government", lambda c: c.key in gazetteer().capitals and c.kind == "place"
             and c.word_before() not in LOCATIVE and c.index > 0 and not _city_of_a_state(c), "state", by_name=False),
    # (not "Paris, Texas": a city of a US state that shares a capital's name)
    # "Polisario Front", "Revolutionary Army": an organisation whose last word says it is an armed or political group
    TypeRule("group.head", lambda c: c.kind == "organization" and c.last in GROUP_HEADS, "group"),
    # "Virginia Democrats", "the Tories"
    TypeRule("group.party-members", lambda c: c.last in MEMBER_PLURALS, "group"),
    # "the news weekly Der Spiegel", "Zycie Warszawy daily said" (but "a Hong Kong newspaper" is a place's paper)
    TypeRule("organization.publication-word", lambda c: publication_word_around(c.paragraph, c.start, c.end, c.kind), "organization", by_name=False),
    # "I.R.S." read as a place: an initialism with dots that names no state is an organisation ("U.S." is a state)
    TypeRule("organization.dotted-initialism", lambda c: bool(DOTTED_INITIALISM.fullmatch(c.name)) and c.key not in gazetteer().states,
             "organization"),
    # "Congress" read as a place
    TypeRule("organization.legislature", lambda c: c.name in LEGISLATURES, "organization"),
    # "Saudi Gazette" read as a place, "Jakarta Post" as a person (not "Emily Post": a given name and a surname)
    TypeRule("organization.publication-head", lambda c: c.kind in ("place", "person") and len(c.words) > 1
             and c.last in PUBLICATION_HEADS and (c.last in NEWSPAPER_ONLY_HEADS or not _named_like_a_person(c)),
             "organization"),
    # "Kloof Gold Mining Co", "Johnson Controls": companies, not people
    TypeRule("organization.company-head", lambda c: c.kind == "person" and (c.last in ORGANIZATION_HEADS or c.name.isupper()),
             "organization"),
    # "KeyBank Arena", "Tahrir Square", "U.S. Gulf" (not "Sally Field": a given name and a surname)
    TypeRule("place.venue-head", lambda c: c.kind in ("person", "organization") and len(c.words) > 1
             and c.last in VENUE_HEADS and not _named_like_a_person(c), "place"),
    # "Cuyahoga Falls", "Changi Prison" read as people
    TypeRule("place.land-head", lambda c: c.kind == "person" and len(c.words) > 1 and c.last in LAND_HEADS
             and not _named_like_a_person(c), "place"),
    # "into the Oval Office", "in KeyBank Center"
    TypeRule("place.site-head-inside", lambda c: c.kind in ("person", "organization") and len(c.words) > 1
             and c.last in SITE_HEADS and c.word_before() in INSIDE and not _named_like_a_person(c), "place", by_name=False),
    # "Yobe North" (not "Oliver North")
    TypeRule("place.district", lambda c: c.kind == "person" and len(c.words) > 1 and c.last in DISTRICT_HEADS
             and not _named_like_a_person(c), "place"),
    # "FAIRVIEW, W.Va.", "Herndon, Virginia" read as an organisation or a person: a city, then its state
    TypeRule("place.city-of-a-state", lambda c: c.kind in ("organization", "person") and len(c.words) <= 3
             and _city_of_a_state(c) and not _named_like_a_person(c), "place", by_name=False),
    # "Livorno, Tuscany" with 'Tuscany' read as a person
    TypeRule("place.after-a-place", lambda c: c.kind == "person" and len(c.words) == 1 and _after_a_place(c), "place",
             by_name=False),
    # "took Tavildara … east of Tavildara": a one-word "person" the sentence puts somewhere is a place
    TypeRule("place.person-in-place-context", lambda c: c.kind == "person" and len(c.words) == 1 and not c.name.isupper()
             and _place_context(c), "place", by_name=False),
    # "the Kurdish city of Arbil" read as an organisation
    TypeRule("place.named-as-place", lambda c: c.kind == "organization" and len(c.words) <= 3 and _named_as_place(c),
             "place", by_name=False),
    # "Wild coach Bruce Boudreau", "Norwich manager": a place, an organisation or a one-word "person" before a
    # team role is a team
    TypeRule("organization.team-role-after", lambda c: (c.kind != "person" or len(c.words) == 1)
             and _word_after(c) in TEAM_ROLES, "organization", by_name=False),
    # "the Buffalo Sabres" read as a place (a building, a city): a team
    TypeRule("organization.team-name", lambda c: c.kind == "place" and _team_name(c), "organization"),
    # "the Charlotte Panthers", "Dallas Cowboys" read as a person (a given name that is also a place's, then a plural)
    TypeRule("organization.place-team", lambda c: c.kind == "person" and len(c.words) == 2 and _place_team(c), "organization"),
    # "over the Sabres" (not "the Clintons" when a Clinton is named)
    TypeRule("organization.team-plural", lambda c: c.kind == "person" and _team_plural(c), "organization", by_name=False),
    # "Marcelo Claure" read as an organisation: a role word before it or a known given name says a person
    TypeRule("person.role-before", lambda c: c.kind != "person" and _plain_name(c) and _role_before(c), "person", by_name=False),
    TypeRule("person.given-name", lambda c: c.kind != "person" and _plain_name(c) and starts_with_given_name(c.name)
             and not _place_team(c), "person"),
    # "Ava DuVernay", "Rachel McAdams" read as a body or a place: a surname's own shape (Mc-, Mac-, Di-, Du-, …)
    TypeRule("person.surname-shape", lambda c: c.kind != "person" and _plain_name(c) and bool(SURNAME_SHAPE.fullmatch(c.last)),
             "person"),
    # "Paris Hilton said", "Paris Jackson, 26,": a full name with an age, or a speaker NER read as a place (or as a
    # body because a word of it is a place), is a person
    TypeRule("person.age-or-speech", _personal_name, "person", by_name=False),
    # "Enrique Peña Nieto" read as an organisation where NER read "Peña Nieto" as a person elsewhere
    TypeRule("person.surname-known", lambda c: c.kind != "person" and _plain_name(c) and _surname_known(c), "person"),
)


def _city_of_a_state(c: Candidate) -> bool:
    return state_after(c.paragraph[c.end:])


def type_of(c: Candidate) -> tuple[str, TypeRule | None]:
    """(type or NOT_AN_ACTOR, the rule that decided it; None when the NER label stands)."""
    for rule in TYPE_RULES:
        if rule.test(c):
            return rule.outcome, rule
    return c.kind, None


def evidence(rule: TypeRule | None) -> int:
    """How much a mention's type says: 2 decided by the name itself, 1 by the sentence around it, 0 the NER label."""
    return 0 if rule is None else 2 if rule.by_name else 1


# A mention typed by the sentence around it counts as much as this many mentions typed by NER alone.
CONTEXT_WEIGHT = 3


def vote(kinds: Counter[tuple[ActorType, int]], first: ActorType) -> ActorType:
    """An actor's type from its mentions' (type, evidence) counts: a type the name itself decides (a table,
    a head word) outvotes the rest; otherwise the types vote, a sentence's evidence worth CONTEXT_WEIGHT NER
    labels ("Delhi's" read once as a person beside 26 "Delhi" places); ties go to `first`."""
    pool: Counter[ActorType] = Counter()
    decided = any(e == 2 for _k, e in kinds)
    for (k, e), n in kinds.items():
        if e == 2 or not decided:
            pool[k] += n * (CONTEXT_WEIGHT if e == 1 else 1)
    best = max(pool.values(), default=0)
    if pool.get(first) == best:
        return first
    return min((k for k, n in pool.items() if n == best), default=first)
