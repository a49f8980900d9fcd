"""The first type rules, in order: names that are no actors, and the few names typed before those are read.

No actors: tables, products, a sentence's openers, posts, labels, parts of titles. Typed first: a dateline's place,
a website, a person known by one name.
"""

from __future__ import annotations

import re

from briefgen.extract.actor_candidate import named_like_a_person, portfolio, speaks
from briefgen.extract.actor_names import ADJECTIVE_PREFIX
from briefgen.extract.actor_around import POSSESSIVE_WORDS, inside_web_address, platform_as_medium
from briefgen.extract.actor_not_names import (competition_stage, concept_name, day_name, department_of_a_post,
                                              fragment_of_a_title, labels_a_kind, names_a_post, pair_of_states, person_followers,
                                              inside_a_quoted_title, named_work, place_people, predicate_description, thing_after_a_person,
                                              plural_common_noun, portfolio_before_lower_title, region_adjective,
                                              species_name, street_alone, title_after)
from briefgen.extract.actor_products import model_code, product_line
from briefgen.extract.actor_shapes import dash_dateline, portfolio_before_title
from briefgen.extract.actor_teams import SPORT_STATS
from briefgen.extract.actor_words import (DOMAIN_SUFFIX, EDITOR_LABELS, EVENT_HEADS, GENERIC_BODIES, LAW_HEADS,
                                          LICENCE_CODE, LICENCE_HOLDERS, MEMBER_NOUN,
                                          COMPOUND_ADJECTIVE, INDEX_HEADS, MARKET_INDICES, LEADER_SURNAMES, MEASURE_UNITS, MONONYMS,
                                          OPENING_ADVERBS, OPENING_MODALS, QUESTION_PRONOUNS, VEHICLE_PREFIXES)
from briefgen.extract.gazetteer import gazetteer
from briefgen.extract.mention_context import opens_sentence, or_lower_after
from briefgen.extract.actor_type_rule import NOT_AN_ACTOR, TypeRule, next_word

__all__ = ["NON_ACTOR_RULES"]

_FIGURE_BEFORE = re.compile(r"\d ?$")  # ("512GB", "3.7 GW")
_FIGURE_AFTER_A_LETTER = re.compile(r"[A-Za-z]\d")  # ("X4", "S10")
_LICENCE_AFTER = re.compile(r"['’]?s?\s+(?:licen[cs]es?|permits?)\b", re.I)  # ("Driver's license", "Drivers Licence")
_INDICES_UPPER = frozenset(n.upper() for n in MARKET_INDICES)  # "NY Dow close", "FTSE close" in a caps table

# Ordered: read first by actor_types.TYPE_RULES, the first rule whose test holds decides.
NON_ACTOR_RULES: tuple[TypeRule, ...] = (
    TypeRule("not-actor.listed", lambda c: c.name in gazetteer().not_actors
             or (c.name.isupper() and c.name.title() in gazetteer().not_actors), NOT_AN_ACTOR),  # ("EUROBONDS")
    # "the Dow", "FTSE 100", "Chicago PMI": a market index or an indicator a report quotes
    TypeRule("not-actor.market-index", lambda c: c.name in MARKET_INDICES or c.name.upper() in _INDICES_UPPER
             or (len(c.words) > 1 and c.last in INDEX_HEADS) or c.name in INDEX_HEADS, NOT_AN_ACTOR),
    # "a 512GB model", "3.7 GW of capacity": a unit right after a figure, a quantity
    TypeRule("not-actor.unit-after-a-figure", lambda c: c.name in MEASURE_UNITS
             and bool(_FIGURE_BEFORE.search(c.paragraph, 0, c.start)), NOT_AN_ACTOR, by_name=False),
    # "Logitech MX Master 3 Mouse" read as the person "3 Mouse", "802.11ax Wi-Fi", "Nighthawk X4": no person's name has
    # a word opening on a figure before its last word, nor a figure right after a letter (a model's code; an ordinal,
    # "Henry Tudor 8th", opens on its figure)
    TypeRule("not-actor.figure-in-a-person", lambda c: c.kind == "person" and (
        any(w[:1].isdigit() for w in c.words[:-1]) or any(_FIGURE_AFTER_A_LETTER.search(w) for w in c.words)),
             NOT_AN_ACTOR),
    # "the spacecraft Stardust", "the Mozilla Firefox browser", "his novel Overtures", "IE6", "STS-134": a made thing,
    # a work or a model's code, which does not act (not a state: "the Mars mission" names no actor either way)
    TypeRule("not-actor.product", lambda c: (c.name in c.products or model_code(c.name)) and c.key not in gazetteer().states,
             NOT_AN_ACTOR),
    # "Retina MacBook Pro", "iPad Pro", "Apple Watch", "Switch Lite" read as a person or a body: a made thing by its
    # product line or its model's word
    TypeRule("not-actor.product-line", lambda c: product_line(c.name) and c.key not in gazetteer().states, NOT_AN_ACTOR),
    # "CLEVELAND — Donald Trump …", "PORTSMOUTH, N.H. — He …": a dateline names where the story was filed, a place
    TypeRule("place.dash-dateline", lambda c: dash_dateline(c.name, c.paragraph, c.start, c.places, c.index),
             "place", by_name=False),
    # "Sooner or later they will …": a sentence's opening word, not a name
    TypeRule("not-actor.sentence-opener", lambda c: len(c.words) == 1 and opens_sentence(c.paragraph, c.start)
             and (c.name in OPENING_ADVERBS or or_lower_after(c.paragraph, c.end)), NOT_AN_ACTOR, by_name=False),
    # "Shall we go back in time …?": a modal opening a question before a pronoun, not a name
    TypeRule("not-actor.question-opener", lambda c: c.name in OPENING_MODALS and opens_sentence(c.paragraph, c.start)
             and next_word(c) in QUESTION_PRONOUNS, NOT_AN_ACTOR, by_name=False),
    # "Customs cannot check what a scientist has in his mind": a generic body's common noun opening a sentence
    # (not "Customs said on Monday", the service speaking)
    TypeRule("not-actor.generic-body-opening", lambda c: c.name in GENERIC_BODIES and opens_sentence(c.paragraph, c.start)
             and not speaks(c) and c.paragraph[c.end: c.end + 1] not in ("'", "’"), NOT_AN_ACTOR, by_name=False),
    # "Ed.: See the catalog …": an editor's note's label, not a man named Ed
    TypeRule("not-actor.editor-label", lambda c: c.name.rstrip(".") in EDITOR_LABELS and not c.paragraph[: c.start].strip(" *_")
             and bool(re.match(r"\.?(?:['’]s note)?\s*:|\.\s", c.paragraph[c.start + len(c.name.rstrip(".")):])),
             NOT_AN_ACTOR, by_name=False),
    # "(http://www.wikihow.com/wikiHow:Carbon-Neutral)": a word of a web address, no name in the text
    TypeRule("not-actor.inside-web-address", lambda c: inside_web_address(c.paragraph, c.start), NOT_AN_ACTOR,
             by_name=False),
    # "Boston-based Reagan Communications", "Moscow-backed leader": a name made an adjective by a participle after its
    # hyphen describes the noun after it and acts in no sentence (the same name elsewhere still counts)
    TypeRule("not-actor.compound-adjective", lambda c: bool(COMPOUND_ADJECTIVE.match(c.paragraph, c.end)), NOT_AN_ACTOR,
             by_name=False),
    # "her biography My Turn", "Your Honor" read as a person: no person's name opens with a possessive pronoun
    TypeRule("not-actor.possessive-first", lambda c: c.kind == "person" and len(c.words) > 1 and c.words[0] in POSSESSIVE_WORDS,
             NOT_AN_ACTOR),
    # "responded on Twitter", "a 2010 YouTube video", "her Instagram account": a platform as the medium, no actor there
    # ("Twitter suspended the account", "a Twitter spokesman said": the company)
    TypeRule("not-actor.platform-as-medium", platform_as_medium, NOT_AN_ACTOR, by_name=False),
    # "Metro.us", "podiobooks.com": a website (not the state its suffix spells)
    TypeRule("organization.web-address", lambda c: bool(DOMAIN_SUFFIX.fullmatch(c.name)), "organization"),
    # "how many elephants Hannibal had": a person known by one name, read as a body
    TypeRule("person.mononym", lambda c: c.name in MONONYMS and c.kind != "person", "person"),
    # "Take say on Obama, Obama's national security advisor …" read as a place: a leader's surname used alone
    TypeRule("person.leader-surname", lambda c: c.name in LEADER_SURNAMES and c.kind != "person", "person"),
    TypeRule("not-actor.event-head", lambda c: len(c.words) > 1 and c.last in EVENT_HEADS and not named_like_a_person(c), NOT_AN_ACTOR),
    TypeRule("not-actor.vehicle", lambda c: c.name.startswith(VEHICLE_PREFIXES), NOT_AN_ACTOR),
    # "Minister of Education Stefania Giannini": 'Education' alone
    TypeRule("not-actor.portfolio", lambda c: c.kind == "organization" and portfolio(c), NOT_AN_ACTOR),
    TypeRule("not-actor.portfolio-before-title", lambda c: c.kind == "organization" and portfolio_before_title(c.name, c.paragraph, c.end),
             NOT_AN_ACTOR, by_name=False),
    # "Valeska Paris, … former Scientologist" read as a body: one member's noun, a kind of person (not a person's surname)
    TypeRule("not-actor.member-noun", lambda c: c.kind != "person" and bool(MEMBER_NOUN.fullmatch(c.name))
             and c.name not in c.surnames, NOT_AN_ACTOR),
    # "instead of CC-BY-SA-NC", "under GPLv3": a licence's code, read as a body
    TypeRule("not-actor.licence-code", lambda c: bool(LICENCE_CODE.fullmatch(c.name)), NOT_AN_ACTOR),
    # "my California Driver's license", "a Pilot's Licence": the licence's holder ended the name, a document's kind
    # (not "Minnie Driver's license", NER's person)
    TypeRule("not-actor.licence-holder", lambda c: c.kind != "person" and c.last in LICENCE_HOLDERS
             and bool(_LICENCE_AFTER.match(c.paragraph, c.end)), NOT_AN_ACTOR, by_name=False),
    # "Affordable Care Act", "North American Free Trade Agreement" (not "Bill Act", a man)
    TypeRule("not-actor.law-head", lambda c: len(c.words) > 1 and c.last in LAW_HEADS and not named_like_a_person(c), NOT_AN_ACTOR),
    # "State Department Spokesperson", "Virginia Governor": a post, whose holder is the actor
    TypeRule("not-actor.post", lambda c: c.kind != "state" and names_a_post(c), NOT_AN_ACTOR),
    # "Hitwise UK's Lifestyle-Religion category", "the Social Welfare constituency": the label of a kind of thing
    # (not "the Hong Kong Island constituency": a place's)
    TypeRule("not-actor.kind-label", lambda c: c.kind != "place" and labels_a_kind(c), NOT_AN_ACTOR, by_name=False),
    # "Ivy League elites and Professors" read as a person: a plural common noun, capitalised
    TypeRule("not-actor.plural-common-noun", plural_common_noun, NOT_AN_ACTOR, by_name=False),
    # "his latest book, Hegemony or Survival", "the Arts and Humanities Citation Index": a piece of a longer title
    # (one word, no person's: "Rachel and Severine", "NTU Hospital Station or Shandao Station" with a name NER missed)
    # ("Research and Advocacy Director": a "person" the title's word follows)
    TypeRule("not-actor.fragment-of-a-title", lambda c: (c.kind != "person" or title_after(c)) and len(c.words) == 1
             and fragment_of_a_title(c), NOT_AN_ACTOR, by_name=False),
    # "forced to resign as Foreign Affairs minister": a portfolio, not a body
    TypeRule("not-actor.portfolio-before-lower-title", portfolio_before_lower_title, NOT_AN_ACTOR, by_name=False),
    # "the U.S.-Mexico border": two states, joined, describe a thing between them
    TypeRule("not-actor.pair-of-states", pair_of_states, NOT_AN_ACTOR),
    # "Super Tuesday", "Black Friday": a day's name
    TypeRule("not-actor.day-name", day_name, NOT_AN_ACTOR, by_name=False),
    # "In the first game of Group G": a competition's stage
    TypeRule("not-actor.competition-stage", competition_stage, NOT_AN_ACTOR),
    # "Formica fusca", "the fungus Beauveria bassiana": a genus, no actor
    TypeRule("not-actor.species-name", species_name, NOT_AN_ACTOR, by_name=False),
    # "pro-Beijing", "anti-Trump": an adjective
    TypeRule("not-actor.adjective-prefix", lambda c: bool(ADJECTIVE_PREFIX.match(c.name)), NOT_AN_ACTOR),
    # "Delhiites", "Londoners" read as a person: a place's people, no one actor (as the tables' demonyms)
    TypeRule("not-actor.place-people", lambda c: c.kind == "person" and len(c.words) <= 2 and place_people(c), NOT_AN_ACTOR),
    # "Brace yourself, Swifties", "the Clintonites" beside "Taylor Swift", "Hillary Clinton": a person's fans or followers,
    # a crowd (not the person, not a body; "the Bidens" is the family: person.family-plural)
    TypeRule("not-actor.person-followers", person_followers, NOT_AN_ACTOR),
    # "Middle Eastern migrants" read as a place: a region's adjective
    TypeRule("not-actor.region-adjective", region_adjective, NOT_AN_ACTOR, by_name=False),
    # "the Environmental Kuznets Curve" read as a body: an idea named after its finder
    TypeRule("not-actor.concept", lambda c: concept_name(c) and not named_like_a_person(c), NOT_AN_ACTOR),
    # "He is a self-described Libertarian Socialist" read as a person: a description after "is a", no name
    TypeRule("not-actor.predicate-description", predicate_description, NOT_AN_ACTOR, by_name=False),
    # "I called it Character, walks and words", "Overtures I called it": a work the speaker named
    TypeRule("not-actor.named-work", named_work, NOT_AN_ACTOR, by_name=False),
    # 'Takin' and 'Streets' of “Takin’ It To the Streets”: words of a quoted work's title
    TypeRule("not-actor.inside-a-quoted-title", inside_a_quoted_title, NOT_AN_ACTOR, by_name=False),
    # "Warhol Polaroid exhibits" read as a person: a thing named after a person the article names in full
    TypeRule("not-actor.thing-after-a-person", thing_after_a_person, NOT_AN_ACTOR, by_name=False),
    # "Street's expectations" read as a place: a road's word alone
    TypeRule("not-actor.street-alone", street_alone, NOT_AN_ACTOR),
    # "Head of Fundamental Research at Kotak Securities": a post's department, the body after "at" the actor
    TypeRule("not-actor.department-of-a-post", lambda c: c.kind == "organization" and department_of_a_post(c), NOT_AN_ACTOR,
             by_name=False),
    # "his 121 RBI", "lowered his ERA" in a sports report: a statistic's abbreviation, no body
    TypeRule("not-actor.sport-stat", lambda c: c.sporting and c.name in SPORT_STATS, NOT_AN_ACTOR),
)
