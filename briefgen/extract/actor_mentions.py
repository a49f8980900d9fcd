"""Typed name mentions of an article's actors, from its paragraphs and their NER entities."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefgen.extract.actor_article_names import (camel_names, listed_organizations, missed_camel_names, missed_the_names,
                                                  lone_bodies, mostly_places, name_labels, speaker_words)
from briefgen.extract.actor_names import (
    REGNAL,
    clean_name,
    drop_trailing_number,
    join_abbreviated_places,
    join_split_names,
    strip_demonyms,
    trim_name,
    whole_initialism,
)
from briefgen.extract.actor_titles import HONORIFICS, post_after, title_before
from briefgen.extract.actor_common_words import (common_words, without_gerund, without_qualifier, without_run_on_word,
                                                 without_trailing_opener)
from briefgen.extract.actor_merge import Mention
from briefgen.extract.actor_name_forms import GENERATIONAL_SUFFIXES, SON_NOUNS, suffix_after
from briefgen.extract.actor_captions import without_leading_place
from briefgen.extract.actor_cut_names import (NICKNAMED, extend_by_hyphen_tail, extend_by_nickname, extend_by_known_name, extend_by_pronoun_family_name,
                                              glued_surnames, name_after_role)
from briefgen.extract.actor_lines import case_folded, is_caps_line, is_link_label
from briefgen.extract.actor_products import counted_things, makers_named, named_products, product_forms, sold_things, titled_works
from briefgen.extract.actor_results import results_entities, team_slots
from briefgen.extract.actor_lineups import lineup_entities
from briefgen.extract.actor_lists import list_mates
from briefgen.extract.actor_pairs import split_pair
from briefgen.extract.actor_scorecards import scorecard_entities
from briefgen.extract.actor_senses import Sense, formal_state_sense, place_sense, postal_code_sense
from briefgen.extract.actor_surnames import kin_before, person_starts, pronoun_after
from briefgen.extract.actor_states import missed_places, missed_states, norp_place
from briefgen.extract.actor_signoff import byline_entities, credit_line, signoff_entities
from briefgen.extract.actor_spans import cut_at_sentence_ends, digest_entities, organization_spans
from briefgen.extract.actor_joined_bodies import joined_bodies
from briefgen.extract.actor_listed_works import listed_works
from briefgen.extract.actor_team_names import team_entities
from briefgen.extract.actor_teams import lone_club_word, missed_county_clubs, sporting
from briefgen.extract.actor_wrapped import wrapped_names
from briefgen.extract.bibliography import bibliography_authors
from briefgen.extract.actor_candidate import starts_with_given_name
from briefgen.extract.actor_types import NOT_AN_ACTOR, Candidate, evidence, type_of
from briefgen.extract.actor_words import AT_PLACE, DOMAIN_SUFFIX
from briefgen.extract.gazetteer import abbreviation_key, gazetteer, lookup_key
from briefgen.extract.lexicon import CALENDAR_WORDS, PERSON_PRONOUNS
from briefgen.extract.mention_context import starts_sentence
from briefgen.extract.names import strip_titles
from briefgen.extract.nlp import Entity, overlaps
from briefgen.model import ActorType, Article

__all__ = ["LABEL_TYPES", "DATELINE", "article_mentions"]

# spaCy label → actor type; NORP (nationalities) only counts towards a state's mentions.
LABEL_TYPES: dict[str, ActorType] = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
DATELINE = re.compile(r"^([A-Z][A-Z.'’ -]{2,40}?)(?:,\s*([A-Z][A-Za-z. ]{1,20}?))?\s+\d{4}-\d\d-\d\d\s*$")
_ACRONYM_AFTER = re.compile(r"\s*[(\[]([A-Z][A-Z&-]{1,7})[)\]]")  # "(NLD)", "[KPA]"
_NOT_NAME = re.compile(r"^[\d\W]+$|https?:|@|#|\d{4}-\d\d|\+\d")


def article_mentions(article: Article, entities: Sequence[Sequence[Entity]]) -> tuple[list[Mention], Counter[str]]:
    """Typed name mentions from the NER docs, plus demonym counts per state."""
    gaz = gazetteer()
    mentions: list[Mention] = []
    demonyms: Counter[str] = Counter()
    texts = [p.text for p in article.paragraphs]
    entities = [cut_at_sentence_ends(text, ents) for text, ents in zip(texts, entities)]  # "the U.S. border. Team Estonia"
    entities = [organization_spans(text, ents) for text, ents in zip(texts, entities)]  # "Dow Chemical Co", "FOMC (…)"
    report = sporting(texts)
    entities = results_entities(texts, entities, report)  # "Bradford 1 Tranmere 0": a results table's teams
    entities = digest_entities(texts, entities)  # "LA PRESSE": a press digest's papers
    entities = signoff_entities(texts, entities)  # "-- Luli Popescu, Bucharest Newsroom": a reporter and a desk
    entities = byline_entities(texts, entities)  # "Vera Haller" over "VENICE, Italy 1996-08-31": the reporter
    entities = scorecard_entities(texts, entities)  # "S. Law c Tillekeratne b Dharmasena 13": a scorecard's players
    entities = lineup_entities(texts, entities)  # "Scorers: Romania - Cosmin Contra (31st)": a report's lists of players
    entities = glued_surnames(texts, entities, frozenset(gaz.states) | frozenset(gaz.demonyms))  # "Dries" + "Mertens"
    # (names NER cut in two and joined again count: "Valeska Paris" makes a later "Paris" her surname)
    persons = frozenset(clean_name(e.text) for text, ents in zip(texts, entities) for e in join_split_names(text, ents)
                        if e.label_ == "PERSON")
    places = frozenset(clean_name(e.text) for ents in entities for e in ents if e.label_ in ("GPE", "LOC"))
    speakers = speaker_words(texts)
    peoples = frozenset(clean_name(e.text) for ents in entities for e in ents if e.label_ == "NORP")
    products = named_products(texts, persons) | counted_things(texts, persons, peoples)  # ("Warhol's Polaroids")
    labels = name_labels(entities)
    known = frozenset(labels)
    products |= product_forms(known, makers_named(texts))  # "Switch" of "Nintendo Switch" (not "Brydge" of "Brydge Pro")
    products |= sold_things(texts, labels)  # "Nintendo Switch Lite with Pokemon Sword … for $238.99"
    products |= titled_works(texts, labels)  # "Wars Jedi" of "Star Wars Jedi: Fallen Order"
    products |= listed_works(texts, labels)  # "launch titles … They include: Gylt, Kine, …"
    folded = case_folded(texts)
    camels = camel_names(texts) - products  # (not a product the article names)
    the_names = missed_the_names(texts, entities)  # "with The Onion", read nowhere
    named = Counter(clean_name(e.text) for ents in entities for e in ents)
    bodies = frozenset(clean_name(e.text) for ents in entities for e in ents if e.label_ in ("ORG", "GPE", "LOC", "FAC"))
    run_on_bodies = bodies if report else frozenset()
    caps_lines = {i for i, t in enumerate(texts) if is_caps_line(t)}
    lone = lone_bodies(labels)  # "Pirelli", read as an organisation throughout
    mostly = mostly_places(labels)  # "Clarkston", read as a place eight times and as a person once
    wrapped = wrapped_names(texts, entities)  # "…, Ricky" / "Ponting, …": a name a line break cut in two
    for index, (text, ents) in enumerate(zip(texts, entities)):
        authors = bibliography_authors(texts, index)
        if authors is not None:  # "Twain, Mark. A Connecticut Yankee in King Arthur's Court": Mark Twain, no title words
            mentions.extend(Mention(name, "person", index, start, evidence=2) for name, start in authors)
            continue
        dateline = DATELINE.match(text)
        if dateline:
            for part in (dateline.group(1), dateline.group(2)):
                part = (part or "").strip()
                if not part:
                    continue
                if abbreviation_key(part.title()) in gaz.us_abbreviations:  # "FLINT, MICH." → Michigan
                    mentions.append(Mention(part.title().rstrip(".") + ".", "place", index, 0, evidence=2))
                    continue
                name = part.title() if part.isupper() else part
                kind: ActorType = "state" if lookup_key(name) in gaz.states else "place"
                if name in gaz.organizations:  # "UNITED NATIONS 1996-08-29": the body's seat, told by its name
                    mentions.append(Mention(name, "organization", index, 0, evidence=2))
                    continue
                sense = place_sense(name, name, 0, len(name), places) if kind == "place" else None
                mentions.append(Mention(name, kind, index, 0, sense=sense.page if sense else None))  # "NEW YORK": the city
            continue
        if is_link_label(text) or credit_line(text):
            # "Trump Impeachment Inquiry More": a section's label and its link; "(Reporting by …; Editing by …)": the
            # report's staff; no names of the news
            continue
        for name, start, end in wrapped.get(index, ()):
            mentions.append(Mention(name, "person", index, start, evidence=2))
            ents = [e for e in ents if not overlaps(e, start, end)]
        joined = join_abbreviated_places(text, [whole_initialism(text, e) for e in join_split_names(text, ents)])
        joined = extend_by_pronoun_family_name(text, extend_by_hyphen_tail(text, joined))  # ("He Jianxiong", "Moon Jae-in")
        joined = extend_by_nickname(text, joined)  # "James Leander (Leo) Nichols"
        joined = team_entities(text, joined) if report else joined  # "Florida" + "Marlins"
        joined = extend_by_known_name(text, name_after_role(text, joined), persons)  # "Aung San" + "Suu Kyi"
        mates = list_mates(text, joined)
        spans = tuple((e.start_char, e.end_char) for e in ents if e.label_ in LABEL_TYPES)  # (not "Hegemony" read as NORP)
        named_persons = person_starts(ents)  # (once a paragraph: pronoun_after looks the next one up)
        ends = _ends(ents)
        # ("the Test and County Cricket Board": one body NER cut at its "and", after the pairs are split)
        for ent in joined_bodies(text, [part for whole in joined for part in split_pair(whole, known)]):
            ent_key = lookup_key(ent.text)
            if ent.label_ == "NORP" and norp_place(text, ent.start_char, ent_key):
                ent = Entity(ent.text, "GPE", ent.start_char, ent.end_char)  # "Armenia and Tajikistan" read as a people
            if ent.label_ == "NORP" or (ent.label_ == "GPE" and ent_key in gaz.demonyms and ent_key not in gaz.states):
                state = gaz.demonyms.get(ent_key)
                if state:
                    demonyms[state] += 1
                continue
            kind = LABEL_TYPES.get(ent.label_)  # type: ignore[assignment]
            if kind is None or ent_key in gaz.peoples:  # ("Hutu", "Chechens": a community, no actor)
                continue
            postal = postal_code_sense(text, ent.start_char, ent.end_char, _after_person(ent, ends))
            if postal:  # "Raleigh, NC", "Holmdel, NJ" (read as a body): the US state, a place
                mentions.append(Mention(ent.text, "place", index, ent.start_char, evidence=2, sense=postal))
                continue
            abbreviation = _us_state_abbreviation(ent, text)
            if abbreviation:  # "Flint, Mich.", "(R-Fla.)": a place, one actor with the state's full name (actor_merge.canonical)
                mentions.append(Mention(abbreviation, "place", index, ent.start_char, evidence=2))
                continue
            team = ent.label_ == "ORG" and (ent.start_char, ent.end_char) in team_slots(text)  # ("Queen's Park 3 1 1 1")
            head = ent.text if NICKNAMED.match(ent.text) else re.split(r" ?\(| - ", ent.text)[0]  # ("Bo (Leo) Ray" whole)
            given_named = ent.label_ == "PERSON" and starts_with_given_name(head)  # ("Austin Theriault 17": no name's number)
            name = trim_name(clean_name(drop_trailing_number(head, text[ent.end_char:ent.end_char + 20], persons, given_named)),
                             kind, team)
            name = without_trailing_opener(_drop_speech_verb(name, persons).split(":")[0].strip())  # "Jack Herrick: Sure" (a label run on)
            name = _drop_person_before_the(name, kind, persons)
            if folded and " " not in name and starts_sentence(text, ent.start_char):
                continue  # a lower-cased text: its sentences' first words ("Glen" of "Glen gatland") are all NER sees
            role = None
            if kind != "person" and report:
                rest = without_leading_place(name, persons, run_on_bodies, named_only=True)
                name, kind = (rest, "person") if rest != name else (name, kind)  # "Headingley Sinfield" read as a place
            if kind == "person":
                tail = text[ent.end_char:]
                numeral = REGNAL.match(tail)
                if numeral:  # "Elizabeth I", "Henry VIII": spaCy leaves the numeral out
                    name += " " + numeral.group(1)
                # "his father, Brent Bozell, Jr.": not "Brent Bozell III", his son (where the article also writes the
                # name bare, "Donald Trump" beside "Donald Trump, Jr.", which it means is not told: one actor as before)
                suffix = None if numeral or name.split()[-1].rstrip(".") in GENERATIONAL_SUFFIXES else suffix_after(tail)
                # ("his son, Walter Pike, Jr." beside "Walter Pike": the son's, SON_NOUNS)
                name += " " + suffix if suffix and (named[name] == 1 or kin_before(text, ent.start_char) in SON_NOUNS) else ""
                stripped = strip_titles(strip_demonyms(name))
                if stripped != name:
                    role = name[: len(name) - len(stripped)].strip()
                    role = None if all(w in HONORIFICS for w in role.split()) else role  # "Mrs" is no role
                    full = title_before(text, ent.start_char + max(0, ent.text.find(stripped)))
                    role = full if role and full and full.endswith(" " + role) else role  # ("secretary of State Clinton")
                    name = stripped
                whole, name = name, without_run_on_word(name)  # "Shocked Terry Cooper"
                name = without_qualifier(name, named)  # "Recent Samsung smart TVs"
                if whole.split()[0] != name.split()[0] and common_words().get(whole.split()[0].lower()) == {"noun"}:
                    role = whole.split()[0]  # a noun names a post: "Assemblywoman Claudia Tenney" (not "Shocked")
                # "Wembley Frank Lampard": a caption run on (a name NER read as a place or a body counts as one in a
                # sports report only, where captions run on most: "Alexandria Redwood" elsewhere is a woman)
                name = without_leading_place(name, persons, run_on_bodies)
                if starts_sentence(text, ent.start_char):
                    name = without_gerund(name, persons)  # "Hosting Cook at Dreamforce …": a verb run onto the name
                role = title_before(text, ent.start_char) or role
                role = post_after(text, ent.end_char) or role
            if (not name or _NOT_NAME.search(name) or not any(ch.isalpha() for ch in name)  # ("½ ¼" of a recipe)
                    or name.lower() in CALENDAR_WORDS or len(name) > 60
                    or (name.islower() and not DOMAIN_SUFFIX.fullmatch(name))  # ("podiobooks.com" is a site's name)
                    or name.lower() in PERSON_PRONOUNS  # ("[W]e" in a quote, its bracket dropped: a pronoun)
                    or name.rstrip(".") in GENERATIONAL_SUFFIXES):  # (", Jr." read alone: a name's suffix)
                # (all lower case: 'meth', 'n’t' are not proper names; 'eBay', 'al-Qaeda' have a capital)
                continue
            club = lone_club_word(name, named) if report else None
            name = club or name  # "City" beside "Manchester City" in a sports report: the club
            candidate = Candidate(name, kind, text, ent.start_char, index, persons, places, speakers, report, products,
                                  lone, mates.get(ent.start_char, ()), spans, mostly)
            if kind == "person" and candidate.key in gaz.demonyms:  # "Hutu", "Azeris"
                continue
            outcome, rule = type_of(candidate)
            if outcome == NOT_AN_ACTOR:
                continue
            if outcome == "person" and kind != "person":  # "executive chair Marcelo Claure", "Mr Hussen" read as a body
                name, role = strip_titles(name), (post_after(text, ent.end_char) or title_before(text, ent.start_char))
                name = without_leading_place(name, persons, run_on_bodies)  # "Anfield Henderson" read as a body
            kind = outcome  # type: ignore[assignment]
            weight = evidence(rule)
            # "Seattle, Washington" the state, "in Washington D.C." the city: a name a state shares with a city
            sense = _place_sense(name, kind, text, ent, places)
            kind = "place" if sense else kind  # ("State of Texas" read as a body: Texas)
            mentions.append(Mention(sense.written if sense else name, kind, index, ent.start_char, role, weight, ent.label_,
                                    located=candidate.word_before() in AT_PLACE,
                                    team=rule is not None and rule.name == "organization.results-line",
                                    sense=sense.page if sense else None,
                                    relative=kin_before(text, ent.start_char) if kind == "person" else None,
                                    pronoun=pronoun_after(text, ent.end_char, named_persons) if kind == "person" else None))
            if kind in ("organization", "group"):
                # "National League for Democracy (NLD)": the acronym the article goes on to use
                inner = re.search(r" [(\[]([A-Z][A-Z&-]{1,7})[)\]]?$", ent.text)
                short = inner or _ACRONYM_AFTER.match(text, ent.end_char)
                if short:
                    mentions.append(Mention(short.group(1), kind, index, ent.start_char + 1, evidence=weight))
        mentions.extend(listed_organizations(text, index, ents))
        mentions.extend(missed_camel_names(text, index, ents, camels))  # "wikiHow" read nowhere
        mentions.extend(the_names.get(index, ()))
        if index not in caps_lines:  # ("Brigita Bokovec (Slovenia) 12.92": a state NER missed)
            mentions.extend(Mention(form, "state", index, start, evidence=2) for form, start in missed_states(text, ents))
            mentions.extend(Mention(name, "place", index, start, evidence=2) for name, start in missed_places(text, ents))
        if report:  # ("Essex 532-8 declared" in a scores table, "June 2 v Derbyshire" read as a date: a county's club NER missed)
            spans_found = ((e.start_char, e.end_char) for e in ents if e.label_ in LABEL_TYPES or e.label_ == "NORP")
            mentions.extend(Mention(name, "organization", index, start, evidence=1)
                            for name, start in missed_county_clubs(text, spans_found))
    return mentions, demonyms


def _place_sense(name: str, kind: ActorType, text: str, ent: Entity, places: frozenset[str]) -> Sense | None:
    """actor_senses.place_sense of a place mention, read where the name is written in its entity; a US state's formal
    name, whatever NER read it as."""
    formal = formal_state_sense(name) if kind in ("place", "organization") else None
    if formal or kind != "place":
        return formal
    start = text.find(name, ent.start_char, ent.end_char)
    start = ent.start_char if start < 0 else start
    return place_sense(name, text, start, start + len(name), places)


def _ends(ents: Sequence[Entity]) -> dict[int, tuple[int, str]]:
    """Each end offset of the paragraph's entities: the position in `ents` and the label of the last one ending there
    (_after_person's lookup, made once a paragraph)."""
    return {e.end_char: (i, e.label_) for i, e in enumerate(ents)}


def _after_person(ent: Entity, ends: dict[int, tuple[int, str]]) -> bool:
    """The name right before the entity, a comma between, is a person's ("Tom Molomby, SC"): of the entities ending
    up to three characters before it (`ends`: _ends of the paragraph's entities), the last in NER's order."""
    before = [ends[end] for end in range(ent.start_char - 3, ent.start_char + 1) if end in ends]
    return bool(before) and max(before)[1] == "PERSON"


def _us_state_abbreviation(ent: Entity, text: str) -> str | None:
    """'Mich.' in "FLINT, Mich.": a US state's abbreviation with its dot, as written (not "VA", not a person)."""
    written = ent.text.strip()
    if ent.label_ == "PERSON" or abbreviation_key(written) not in gazetteer().us_abbreviations:
        return None
    if written.endswith("."):
        return written
    return written + "." if text[ent.end_char: ent.end_char + 1] == "." else None


# A speech verb NER read as a given name: "Said Ellis, a Republican tax consultant" (after "Ryan Ellis").
SPEECH_VERBS = frozenset("Said Says Added Asked Told Wrote Recalled Explained".split())


def _drop_speech_verb(name: str, persons: frozenset[str]) -> str:
    """'Said Ellis' → 'Ellis' when another person the article names ends with 'Ellis' ("Said" is also a given name:
    Edward Said stays whole)."""
    words = name.split()
    if len(words) == 2 and words[0] in SPEECH_VERBS and any(p.split()[-1] == words[1] and p != name for p in persons):
        return words[1]
    return name


def _drop_person_before_the(name: str, kind: ActorType, persons: frozenset[str]) -> str:
    """'Rathbun the Scientology' (of "According to Rathbun the Scientology property …") → 'Scientology': a person the
    article names, run on by NER into the body after "the" (a person's epithet, "Alexander the Great", is read as a
    person and stays)."""
    head, sep, tail = name.partition(" the ")
    if not sep or kind == "person" or not tail[:1].isupper() or not any(p == head or p.endswith(" " + head) for p in persons):
        return name
    return tail
