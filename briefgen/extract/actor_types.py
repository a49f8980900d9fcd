"""An actor mention's type: the NER label corrected by named rules read from word tables (rules as data)."""

from __future__ import annotations

from collections import Counter

from briefgen.extract.actor_candidate import (Candidate, after_a_place, city_of_a_state, named_after_a_body,
                                              is_given_name, listed_with_people, listed_with_places, named_as_place,
                                              particle_surname_of_named_person, named_like_a_person, personal_name,
                                              place_context, place_said, place_team, plain_name, role_before,
                                              role_before_one_word, speaks,
                                              starts_with_given_name, surname_known, surname_of_named_person, team_name,
                                              team_plural, word_after)
from briefgen.extract.actor_report_clubs import (club, club_in_a_report, club_short_name_in_a_report,
                                                county_club_in_a_report, motor_team_in_a_report, nickname_in_a_report,
                                                town_club_in_a_report, venue_in_a_report)
from briefgen.extract.actor_name_forms import GENERATIONAL_SUFFIXES
from briefgen.extract.actor_names import GROUP_HEADS, LOCATIVE, ORGANIZATION_HEADS
from briefgen.extract.actor_around import (acts_as_government, body_at_place, building_or_distance_after,
                                           company_part_after, kind_of_place_around, noun_modifier, place_after,
                                           raw_word_before)
from briefgen.extract.actor_products import MAKER_TITLES
from briefgen.extract.actor_relations import relation_around
from briefgen.extract.actor_results import entrant_team, player, ranked_entrant, team_slots
from briefgen.extract.actor_shapes import pair_of_people, us_state_among_us_states
from briefgen.extract.actor_words import (UK_NATIONS, DOCTRINE_ENDINGS, PLAYER_ACTIONS, DOTTED_INITIALISM, INSIDE,
                                          LAND_HEADS, BODY_KIND_NOUNS, CELESTIAL_BODIES, LEGISLATURES, MEMBER_PLURALS,
                                          NEWSPAPER_ONLY_HEADS, PUBLICATION_HEADS, SITE_HEADS, SURNAME_SHAPE,
                                          TEAM_ROLES, VENUE_HEADS, DISTRICT_HEADS, INSTITUTION_HEADS)
from briefgen.extract.gazetteer import gazetteer
from briefgen.extract.language import LATIN_LANGUAGES, SCRIPT_LANGUAGES
from briefgen.extract.lexicon import PLACE_GIVEN_NAMES
from briefgen.extract.mention_context import body_noun_before, member_of, publication_word_around
from briefgen.extract.actor_non_actors import NON_ACTOR_RULES
from briefgen.extract.actor_type_rule import NOT_AN_ACTOR, TypeRule, next_word
from briefgen.model import ActorType

# The languages an edition of a site or a paper is named by ("English Wikipedia"): language.py's and English.
EDITION_LANGUAGES = frozenset({"English", *(lang.name for lang in (*LATIN_LANGUAGES, *SCRIPT_LANGUAGES))})

__all__ = ["Candidate", "NOT_AN_ACTOR", "TYPE_RULES", "TypeRule", "evidence", "starts_with_given_name", "type_of", "vote"]


def _listed_body(name: str) -> bool:
    """A listed company's or body's name (two look-ups, no union of the tables built for each candidate)."""
    gaz = gazetteer()
    return name in gaz.companies or name in gaz.organizations


# Ordered: the first rule whose test holds decides; the names that are no actors first (actor_non_actors).
TYPE_RULES: tuple[TypeRule, ...] = NON_ACTOR_RULES + (
    # "Anfield", "the Etihad", "Aintree" in a sports report (read as a body, a person, the airline's state): a ground
    TypeRule("place.venue-in-a-report", venue_in_a_report, "place"),
    # "the new England captain", "July 12 v Scotland", "miss England's opening match" read as a body or a person: one of
    # the UK's nations is the place, its national side too, as a state's is the state (not a named person's surname)
    TypeRule("place.uk-nation", lambda c: c.name in UK_NATIONS and not surname_of_named_person(c), "place"),
    # "Ferrari", "Sauber", "Toro Rosso" read as people in a sports report: a racing team
    TypeRule("organization.motor-team-in-a-report", motor_team_in_a_report, "organization"),
    # "the Thunder scored nine straight points" read as a person in a sports report: a team's nickname, no plural
    TypeRule("organization.nickname-in-a-report", nickname_in_a_report, "organization", by_name=False),
    # "Bradford 1 Tranmere 0", "Stoke 4 3 1 0 7 4 10", "Birmingham v Barnsley": a team in a results table's line
    # (not a country's name: its national team stays the state it is named after)
    # (a two-word name NER read as a person is a player there, unless it stands in the team's slot after a ranked
    # entrant: "2. Bobby Rahal (U.S.), Lola Ford Cosworth, 54.483")
    TypeRule("organization.results-line", lambda c: c.key not in gazetteer().states
             and (not player(c.name, c.kind) or entrant_team(c.paragraph, c.start))
             and any(a <= c.start < b for a, b in team_slots(c.paragraph)), "organization", by_name=False),
    # "4. Annemari Sandell (Finland) 15:06.33" read as a body: a ranked competitor
    TypeRule("person.ranked-entrant", lambda c: c.kind != "person" and ranked_entrant(c.paragraph, c.start, c.name),
             "person", by_name=False),
    # "Reuters" read as a person, "U.N." as a place
    TypeRule("organization.listed", lambda c: c.name in gazetteer().organizations, "organization"),
    # "Twitter" read as a person, "YouTube" as a place: well-known companies, platforms and outlets
    TypeRule("organization.company", lambda c: c.name in gazetteer().companies, "organization"),
    # "English Wikipedia", "the German Wikipedia" read as a place: a language's edition of a listed company or body
    TypeRule("organization.language-edition", lambda c: len(c.words) > 1 and c.words[0] in EDITION_LANGUAGES
             and _listed_body(" ".join(c.words[1:])), "organization"),
    TypeRule("group.listed", lambda c: c.key in gazetteer().groups, "group"),
    # "Manchester United", "Borussia Dortmund", "Warrington Wolves" read as people or places: a club's own words
    TypeRule("organization.club-name", club, "organization"),
    # "Stoke City", "Ipswich Town" in a sports report (read as places by their head word): a town's club
    TypeRule("organization.town-club-in-a-report", town_club_in_a_report, "organization", by_name=False),
    # "Everton", "Tottenham", "West Brom" alone in a sports report, read as a place or a person: a listed club
    # (not "in Liverpool")
    TypeRule("organization.club-short-name-in-a-report", club_short_name_in_a_report, "organization", by_name=False),
    # "Kent beat Sussex", "Warwickshire's captain" in a sports report: a county's cricket club
    TypeRule("organization.county-club-in-a-report", county_club_in_a_report, "organization", by_name=False),
    # "Trump-Clinton": a matchup of two people the article names
    TypeRule("not-actor.pair-of-people", lambda c: pair_of_people(c.name, c.persons), NOT_AN_ACTOR),
    # "Georgia" beside "Ohio" and "Wisconsin": the US state, not the country
    TypeRule("place.us-state-among-us-states", lambda c: c.kind != "person" and us_state_among_us_states(c.name, c.places),
             "place", by_name=False),
    # "Neil Jordan … Jordan defends his film", "Trevor Holland … Holland was moved" read as a place: a state's name that
    # ends the full name of a person the article names is his surname (not "in Jordan", "the kingdom of Jordan")
    TypeRule("person.state-name-as-surname", lambda c: c.kind != "person" and c.key in gazetteer().states
             and surname_of_named_person(c), "person", by_name=False),
    TypeRule("state.listed", lambda c: c.key in gazetteer().states and c.kind != "person", "state"),
    # "the team to play Liechtenstein", "held to a draw by Benin" read as a person: a state's name that is no person's
    # name ("Jordan", "Chad", "India" are given names too; "Neil Jordan … Jordan said" is a surname), and no speaker
    TypeRule("state.listed-read-as-person", lambda c: c.kind == "person" and c.key in gazetteer().states
             and c.key not in PLACE_GIVEN_NAMES and not is_given_name(c.name) and not speaks(c)
             and not any(p != c.name and p.split()[-1] == c.last for p in c.persons), "state", by_name=False),
    # "Scientology", "Buddhism" read as a place: a doctrine's name stands for its body of believers
    TypeRule("organization.doctrine", lambda c: len(c.words) == 1 and c.kind != "organization"
             and c.name.lower().endswith(DOCTRINE_ENDINGS), "organization"),
    # "the militant group Al-Shabaab", "the elite group … called the Sea Org", "members of the Sea Org"
    TypeRule("group.armed-body-noun", lambda c: c.kind != "person" and body_noun_before(c.paragraph, c.start) == "armed", "group",
             by_name=False),
    TypeRule("organization.body-noun", lambda c: c.kind == "place" and (body_noun_before(c.paragraph, c.start) == "body"
             or member_of(c.paragraph, c.start, c.end)), "organization", by_name=False),
    # "El Al's head office", "an El Al freighter" read as a place: what only a company has or flies follows the name
    TypeRule("organization.company-part-after", lambda c: c.kind == "place" and company_part_after(c), "organization",
             by_name=False),
    # "keyboard case maker Brydge" read as a place: a noun for a company before the name says it is one
    TypeRule("organization.maker-title-before", lambda c: c.kind == "place" and raw_word_before(c) in MAKER_TITLES,
             "organization"),
    # "Burisma and the Bidens" read as a place: a named person's surname in the plural is the family
    TypeRule("person.family-plural", lambda c: c.kind != "person" and len(c.words) == 1 and c.name.endswith("s")
             and c.name[:-1] in c.surnames, "person"),
    # "Del Bosque", "De Vrij" read as a place or a body beside "Vicente del Bosque": the man's surname
    TypeRule("person.particle-surname", lambda c: c.kind != "person" and particle_surname_of_named_person(c), "person"),
    # "Valeska Paris … Paris claims": a person's surname that is also a city's name, outside "in Paris", "to Paris"
    TypeRule("person.surname-of-a-named-person", lambda c: c.kind != "person" and surname_of_named_person(c),
             "person", by_name=False),
    # "Dhaka" read as an organisation, "envoy to Kyiv" as a person: a capital city is a place
    TypeRule("place.capital", lambda c: c.key in gazetteer().capitals and c.kind in ("organization", "person"),
             "place"),
    # "Washington warned", "Beijing's policy": the capital stands for the government when the sentence has it act as
    # one (actor_around.acts_as_government); "London famously has been fighting dirty air" is the city
    TypeRule("state.capital-as-government", lambda c: c.key in gazetteer().capitals and c.kind == "place"
             and c.word_before() not in LOCATIVE and c.index > 0 and not city_of_a_state(c) and not place_said(c)
             and not noun_modifier(c) and acts_as_government(c), "state", by_name=False),
    # (not "Paris, Texas": a city of a US state that shares a capital's name; not "Seattle, Washington", "reached
    # Washington D.C.": actor_senses; not "the Paris attacks": the city's)
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
             and c.last in PUBLICATION_HEADS and (c.last in NEWSPAPER_ONLY_HEADS or not named_like_a_person(c)),
             "organization"),
    # "Pirelli Cables" read as a person where "Pirelli" alone is read as a company throughout: the company's division
    TypeRule("organization.named-after-a-body", lambda c: c.kind == "person" and named_after_a_body(c), "organization"),
    # "Kloof Gold Mining Co", "Johnson Controls": companies, not people
    TypeRule("organization.company-head", lambda c: c.kind == "person" and (c.last in ORGANIZATION_HEADS or c.name.isupper()),
             "organization"),
    # "the Tang Teaching Museum and Art Gallery" cut at "and", "Art Gallery" read as a person: an institution
    TypeRule("organization.institution-head", lambda c: c.kind == "person" and len(c.words) > 1
             and c.last in INSTITUTION_HEADS, "organization"),  # (a given name does not make a person: "Art Gallery")
    # "KeyBank Arena", "Tahrir Square", "U.S. Gulf" (not "Sally Field": a given name and a surname)
    TypeRule("place.venue-head", lambda c: c.kind in ("person", "organization") and len(c.words) > 1
             and c.last in VENUE_HEADS and not named_like_a_person(c), "place"),
    # "Cuyahoga Falls", "Changi Prison" read as people
    TypeRule("place.land-head", lambda c: c.kind == "person" and len(c.words) > 1 and c.last in LAND_HEADS
             and not named_like_a_person(c), "place"),
    # "into the Oval Office", "in KeyBank Center"
    TypeRule("place.site-head-inside", lambda c: c.kind in ("person", "organization") and len(c.words) > 1
             and c.last in SITE_HEADS and c.word_before() in INSIDE and not named_like_a_person(c), "place", by_name=False),
    # "Yobe North" (not "Oliver North")
    TypeRule("place.district", lambda c: c.kind == "person" and len(c.words) > 1 and c.last in DISTRICT_HEADS
             and not named_like_a_person(c), "place"),
    # "FAIRVIEW, W.Va.", "Herndon, Virginia" read as an organisation or a person: a city, then its state
    TypeRule("place.city-of-a-state", lambda c: c.kind in ("organization", "person") and len(c.words) <= 3
             and city_of_a_state(c) and not named_like_a_person(c), "place", by_name=False),
    # "the mountainous Jebel al-Akhdar region", "the capital Grozny" read as a person, "Santiago de Cuba, Puig's native
    # city" read as a body: a place's kind beside the name
    TypeRule("place.person-beside-place-kind", lambda c: c.kind in ("person", "organization") and len(c.words) <= 3 and not c.name.isupper()
             and kind_of_place_around(c), "place", by_name=False),
    # "Livorno, Tuscany" with 'Tuscany' read as a person
    TypeRule("place.after-a-place", lambda c: c.kind == "person" and len(c.words) == 1 and after_a_place(c), "place",
             by_name=False),
    # "got back Breisach, Kehl and Freiburg" with two read as people: a list with a place in it and no person's name
    # (not in a sports report, whose lists of clubs hold towns: "Orrell, Bath and Leicester")
    TypeRule("place.listed-with-places", lambda c: c.kind == "person" and not c.sporting and not c.name.isupper()
             and listed_with_places(c),
             "place", by_name=False),
    # "the Spokane advertising firm" read as a person where "a Spokane and Seattle agency" was read as a place, "and
    # Clarkston became his home" where NER read "Clarkston" as a place eight times: one word NER reads as a place
    # more often than as a person in the article, or as often and here modifying a noun after "the", which no full
    # name ends with, no role or given name marks and which says nothing, is the place ("Regan is a native of …",
    # once a person and once a place, stays a woman)
    TypeRule("place.read-as-place-elsewhere", lambda c: c.kind == "person" and len(c.words) == 1
             and (c.name in c.mostly_places or (c.name in c.places and noun_modifier(c))) and not c.name.isupper() and not is_given_name(c.name) and not speaks(c) and c.name not in c.speakers
             and not role_before(c) and c.name not in c.surnames,
             "place", by_name=False),
    # "to land humans on the Moon", "larger than the planet Mercury" read as a person or a body: the body in the sky
    # (not "President Moon said", nor "Moon" of a person the article names "Moon Jae-in")
    TypeRule("place.celestial-body", lambda c: c.kind != "place" and c.name in CELESTIAL_BODIES
             and raw_word_before(c) in ("the", "planet") and not speaks(c)
             and not any(p != c.name and c.name in p.split() for p in c.persons), "place", by_name=False),
    # "took Tavildara … east of Tavildara": a one-word "person" the sentence puts somewhere is a place
    TypeRule("place.person-in-place-context", lambda c: c.kind == "person" and len(c.words) == 1 and not c.name.isupper()
             and place_context(c), "place", by_name=False),
    # "in Chuman", "neighbouring Chatelineaux" read as an organisation: a one-word body the sentence puts somewhere is
    # a place (not an acronym, not "a stake in Volkswagen")
    TypeRule("place.body-in-place-context", lambda c: c.kind == "organization" and len(c.words) == 1 and not c.name.isupper()
             and body_at_place(c), "place", by_name=False),
    # "is in Levico Terme, Trento, Italy": a body of a few words put somewhere and followed by a place NER saw (or a
    # state) is a town
    TypeRule("place.body-in-place-before-place", lambda c: c.kind == "organization" and len(c.words) <= 3
             and not c.name.isupper() and body_at_place(c) and place_after(c), "place", by_name=False),
    # "the al-Aqsa mosque", "Sergiyev Posad 70 km (45 miles) from the capital" read as an organisation: a building's kind
    # or a distance after a name of a few words says a place
    TypeRule("place.building-or-distance-after", lambda c: c.kind == "organization" and len(c.words) <= 3
             and not c.name.isupper() and building_or_distance_after(c), "place", by_name=False),
    # "the Kurdish city of Arbil" read as an organisation
    TypeRule("place.named-as-place", lambda c: c.kind == "organization" and len(c.words) <= 3 and named_as_place(c),
             "place", by_name=False),
    # "beat Sevilla", "Getafe striker" in a sports report: a town's club
    TypeRule("organization.club-in-a-report", club_in_a_report, "organization", by_name=False),
    # "Wild coach Bruce Boudreau", "Norwich manager": a place, an organisation or a one-word "person" before a
    # team role is a team
    TypeRule("organization.team-role-after", lambda c: (c.kind != "person" or len(c.words) == 1)
             and word_after(c) in TEAM_ROLES, "organization", by_name=False),
    # "the Buffalo Sabres" read as a place (a building, a city): a team
    TypeRule("organization.team-name", lambda c: c.kind == "place" and team_name(c), "organization"),
    # "the Charlotte Panthers", "Dallas Cowboys" read as a person (a given name that is also a place's, then a plural)
    TypeRule("organization.place-team", lambda c: c.kind == "person" and len(c.words) == 2 and place_team(c), "organization"),
    # "over the Sabres" (not "the Clintons" when a Clinton is named)
    TypeRule("organization.team-plural", lambda c: c.kind == "person" and team_plural(c), "organization", by_name=False),
    # "mineral water firm Multico", "the state oil company Petronor" read as a person: the kind of body before it
    # (not "Ellen Multico", a known given name)
    TypeRule("organization.body-kind-before", lambda c: c.kind == "person" and raw_word_before(c) in BODY_KIND_NOUNS
             and not starts_with_given_name(c.name), "organization", by_name=False),
    # "Ricky Stenhouse Jr." read as a place, "Harry B. Harris Jr." as a body: a generation's suffix ends only people's
    # names
    TypeRule("person.generational-suffix", lambda c: c.kind != "person" and len(c.words) >= 3
             and c.last.rstrip(".") in GENERATIONAL_SUFFIXES and all(w[:1].isupper() for w in c.words), "person"),
    # "Marcelo Claure" read as an organisation: a role word before it or a known given name says a person
    TypeRule("person.role-before", lambda c: c.kind != "person" and plain_name(c) and role_before(c), "person", by_name=False),
    # "fashion designer Halston," read as a place: one word right after a person's lower-case role is that person
    # (not a state, a capital or a listed body: "star Madonna", not "opposition leader Israel")
    TypeRule("person.role-before-one-word", lambda c: c.kind != "person" and role_before_one_word(c), "person",
             by_name=False),
    # "Chipper Jones singled home the tying run" read as a body: in a sports report, what only a player does
    TypeRule("person.player-action-after", lambda c: c.kind != "person" and c.sporting and plain_name(c)
             and next_word(c) in PLAYER_ACTIONS, "person", by_name=False),
    TypeRule("person.given-name", lambda c: c.kind != "person" and plain_name(c) and starts_with_given_name(c.name)
             and not place_team(c), "person"),
    # "Ava DuVernay", "Rachel McAdams" read as a body or a place: a surname's own shape (Mc-, Mac-, Di-, Du-, …)
    TypeRule("person.surname-shape", lambda c: c.kind != "person" and plain_name(c) and bool(SURNAME_SHAPE.fullmatch(c.last)),
             "person"),
    # "Paris Hilton said", "Paris Jackson, 26,": a full name with an age, or a speaker NER read as a place (or as a
    # body because a word of it is a place), is a person
    # "Anton Pfeffer, Stephan Marasek, Dieter Ramusch" with one read as a body: a list of people's full names
    TypeRule("person.listed-with-people", lambda c: c.kind != "person" and listed_with_people(c), "person", by_name=False),
    TypeRule("person.age-or-speech", personal_name, "person", by_name=False),
    # "Levrentyeva's colleagues", "the military regime of Desi Bouterse" read as a place or a body: kin, friends,
    # counsel or a personal rule say a person (states and capitals are typed before this rule)
    TypeRule("person.relation", lambda c: c.kind != "person" and (len(c.words) == 1 or plain_name(c))
             and c.name not in gazetteer().organizations and c.name not in gazetteer().companies
             and relation_around(c.paragraph, c.start, c.end), "person", by_name=False),
    # "Enrique Peña Nieto" read as an organisation where NER read "Peña Nieto" as a person elsewhere
    TypeRule("person.surname-known", lambda c: c.kind != "person" and plain_name(c) and surname_known(c), "person"),
)


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
