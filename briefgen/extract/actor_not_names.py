"""Capitalised words NER reads as names that name no actor: a post, a kind's label, a plural noun, a piece of a title,
a place's people, a region's adjective, an idea, a post's department."""

from __future__ import annotations

import re

from briefgen.extract.actor_candidate import Candidate, age_after, plain_name, speaks, starts_with_given_name
from briefgen.extract.actor_names import ORGANIZATION_HEADS
from briefgen.extract.actor_teams import TEAM_NICKNAMES
from briefgen.extract.date_rules import WEEKDAY_NAMES
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.lexicon import TITLE_WORDS
from briefgen.extract.mention_context import opens_sentence

__all__ = ["JOINING_WORDS", "KIND_LABELS", "POSTS", "concept_name", "inside_a_quoted_title", "named_work", "predicate_description",
           "thing_after_a_person", "department_of_a_post", "fragment_of_a_title",
           "labels_a_kind", "names_a_post", "title_after", "person_followers", "place_people", "region_adjective", "street_alone",
           "plural_common_noun", "portfolio_before_lower_title", "species_name",
           "DAY_NAME_WORDS", "STAGE_WORDS", "competition_stage", "day_name", "pair_of_states"]

# Posts a name of two or more words can end with: "State Department Spokesperson", "Virginia Governor" name the post
# (its holder is the actor), not a body or a person.
POSTS = frozenset("spokesperson spokesman spokeswoman governor mayor senator congressman congresswoman minister "
                  "secretary ambassador envoy premier chancellor speaker "
                  "capt sgt lt col maj gen adm cpl pvt".split())  # ("Army Capt", "Marine Sgt": a rank NER cut from the name)


def names_a_post(c: Candidate) -> bool:
    """'State Department Spokesperson', 'Virginia Governor', 'House of Representatives Speaker': words and a post right
    after a capitalised word (the "Office of the Governor" is a body) and no given name before it ("John Mayor" is
    a man) unless the words before the post are a US state's name ("Virginia", "Georgia": a state's governor)."""
    return (len(c.words) > 1 and c.last.lower().rstrip(".") in POSTS and c.words[-2][:1].isupper()
            and (not starts_with_given_name(c.name) or " ".join(c.words[:-1]) in gazetteer().us_states))


# Lower-case nouns after a name that make it the label of a kind of thing: "Hitwise UK's Lifestyle-Religion category",
# "Shiu Ka-chun of the Social Welfare constituency" (an electoral roll of a trade), "the #BlackLivesMatter hashtag".
KIND_LABELS = frozenset("category categories genre genres constituency constituencies hashtag".split())
_LABEL_AFTER = re.compile(r"^\s+(" + "|".join(sorted(KIND_LABELS)) + r")\b")


def labels_a_kind(c: Candidate) -> bool:
    return bool(_LABEL_AFTER.match(c.paragraph[c.end:]))


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def plural_common_noun(c: Candidate) -> bool:
    """'Ivy League elites and Professors', 'Atheists and Agnostics' read as a person: one word, the plural of a noun
    the word lists hold, without "the" and outside a sports report, that no full name the article gives ends with and
    that says nothing ("Waters said" is Kathryn Waters). Read as a place or a body, such a word opening its sentence
    ("Eyewitnesses told …", "Automakers petitioned …") is no name either, a place whatever verb follows, a body unless
    it speaks ("Customs said": the service); not a state's name ("Philippines") nor a team's nickname ("Cardinals lost
    at home")."""
    opening = c.kind in ("place", "organization") and opens_sentence(c.paragraph, c.start)
    if (not (c.kind == "person" or opening) or len(c.words) != 1 or not c.name.endswith("s") or not c.name[1:].islower()
            or c.sporting or _THE_BEFORE.search(c.paragraph[max(0, c.start - 5): c.start])  # ("the Clintons", "the Brewers")
            or (opening and (lookup_key(c.name) in gazetteer().states or c.name in TEAM_NICKNAMES))):
        return False
    word = c.name.lower()
    singulars = [word[:-3] + "y", word[:-2], word[:-1]] if word.endswith("ies") else [word[:-2], word[:-1]] if (
        word.endswith("es")) else [word[:-1]]
    from briefgen.extract.actor_common_words import common_words  # (it reads actor_merge, which reads the type rules)

    nouns = common_words()
    return (any("noun" in nouns.get(s, ()) for s in singulars) and ((opening and c.kind == "place") or not speaks(c))
            and c.name not in c.surnames)


# Words that join a name NER cut out of a longer title to the rest of it: "Hegemony or Survival" (a book), "Notes from
# the Underground", "the Arts and Humanities Citation Index".
JOINING_WORDS = ("and", "or", "&", "from the")
_JOINED_BEFORE = re.compile(r"([A-Z][a-z][\w'’-]*)\s+(?:" + "|".join(re.escape(w) for w in JOINING_WORDS) + r")\s+$")
_JOINED_AFTER = re.compile(r"^\s+(?:" + "|".join(re.escape(w) for w in JOINING_WORDS if " " not in w)
                           + r")\s+([A-Z][a-z][\w'’-]*)")


def title_after(c: Candidate) -> bool:
    """A capitalised title word right after the name ("Advocacy Director"): the name is a piece of a post's title."""
    after = c.paragraph[c.end:].split(maxsplit=1)
    return c.paragraph[c.end: c.end + 1] == " " and bool(after) and after[0].strip(",.;:") in TITLE_WORDS


def fragment_of_a_title(c: Candidate) -> bool:
    """A name joined by "and", "or" or "from the" to a capitalised word that is no name NER found ("Hegemony or
    Survival"): a piece of a longer title, not an actor ("Belgium and Panama" are two names NER found; "Governor and"
    is a title; a sentence's first word is capitalised anyway)."""
    m = _JOINED_BEFORE.search(c.paragraph[max(0, c.start - 40): c.start])
    at = c.start - len(c.paragraph[max(0, c.start - 40): c.start]) + m.start(1) if m else -1
    if m is None:
        m = _JOINED_AFTER.match(c.paragraph[c.end:])
        at = c.end + m.start(1) if m else -1
    if m is None:
        return False
    word = m.group(1)
    gaz = gazetteer()
    return (not any(a <= at < b for a, b in c.spans) and not opens_sentence(c.paragraph, at) and word not in TITLE_WORDS
            and lookup_key(word) not in gaz.states and lookup_key(c.name) not in gaz.states)


# A living thing's scientific name: a capitalised genus, then its species in lower-case Latin ("Formica fusca",
# "Beauveria bassiana", "Edwardsiella andrillae"), which NER reads as a person or a place.
_SPECIES_AFTER = re.compile(r"^\s+([a-z]{3,}(?:a|ae|us|um|is|ii|i|ensis|oides))\b")


def species_name(c: Candidate) -> bool:
    """A one-word name before a lower-case word of a Latin species' ending that is no English word."""
    from briefgen.extract.actor_common_words import common_words  # (see plural_common_noun)

    m = _SPECIES_AFTER.match(c.paragraph[c.end:])
    return len(c.words) == 1 and m is not None and m.group(1) not in common_words()


# "resign as Foreign Affairs minister", "the Finance secretary": a portfolio before its title in lower case
_TITLE_AFTER = re.compile(r"^\s+(?:minister|secretary)\b(?!s)")


def portfolio_before_lower_title(c: Candidate) -> bool:
    """A body's name of up to three words before "minister" or "secretary" in lower case, no acronym and no body the
    tables know ("a NATO minister", "the WHO secretary" keep their body)."""
    return (c.kind == "organization" and len(c.words) <= 3 and not c.name.isupper()
            and c.name not in gazetteer().organizations and c.key not in gazetteer().groups
            and bool(_TITLE_AFTER.match(c.paragraph[c.end:])))


# A competition's stage named by a letter or a number ("Group G", "Pool B", "Round 3"): no body, though NER reads one.
STAGE_WORDS = ("Group", "Pool", "Round", "Heat", "Stage")
_STAGE = re.compile(r"^(?:" + "|".join(STAGE_WORDS) + r") (?:[A-H]|\d{1,2})$")


def competition_stage(c: Candidate) -> bool:
    return bool(_STAGE.match(c.name))


def pair_of_states(c: Candidate) -> bool:
    """'the U.S.-Mexico border', 'U.S.-China talks': two states joined by a hyphen describe what lies between them."""
    parts = c.name.split("-")
    states = gazetteer().states
    return len(parts) == 2 and all(lookup_key(p.strip()) in states for p in parts)


# First words of days' names ("Super Tuesday", "Black Friday", "Ash Wednesday"), which NER reads apart from the weekday.
DAY_NAME_WORDS = frozenset("Super Black Cyber Good Ash Palm Holy Maundy Bloody Giving Easter Whit".split())
_WEEKDAY_AFTER = re.compile(rf"^ (?:{WEEKDAY_NAMES})\b")


def day_name(c: Candidate) -> bool:
    """'Super' of "Super Tuesday": a day's name's first word right before a weekday's ("in Miami Tuesday" is a place
    and its date)."""
    return c.name in DAY_NAME_WORDS and bool(_WEEKDAY_AFTER.match(c.paragraph[c.end:]))


# Endings that make a place's name the name of its people ("Delhiites", "Londoners", "Parisians", "New Yorkers").
PEOPLE_ENDINGS = ("ites", "ers", "ians", "ans", "ns")


def place_people(c: Candidate) -> bool:
    """'Delhiites', 'Londoners', 'New Yorkers' read as a person: a place's name the article or the tables know, then an
    ending that names its people (who are no one actor; the tables' demonyms are dropped the same way)."""
    gaz = gazetteer()
    for ending in PEOPLE_ENDINGS:
        if c.name.endswith(ending) and len(c.name) > len(ending) + 2:
            stem = c.name[: -len(ending)]
            stems = {stem, stem + "e", stem + "a"}  # ("Chicagoans": "Chicago"; "Angelenos" is not formed so)
            known = {w for p in c.places for w in (p, p.split()[-1])}
            if any(s in known or gaz.state_or_capital(s) for s in stems):
                return True
    return False


# Endings that make a person's surname the name of the fans or followers (one word each: "Swifties", "Clintonites",
# "Corbynistas", "Trumpers"): a crowd no one acts for, neither a body nor the person (a family is "the Bidens", the
# surname and an "s": actor_types person.family-plural).
FOLLOWER_ENDINGS = ("ies", "ites", "istas", "ists", "ers", "ians")


def person_followers(c: Candidate) -> bool:
    """'Swifties' beside "Taylor Swift": one word, the surname of a person the article names in full, then a
    follower ending."""
    if len(c.words) != 1:
        return False
    return any(c.name.endswith(e) and c.name[: -len(e)] in c.surnames for e in FOLLOWER_ENDINGS)


# Adjectives of regions and continents that end a name NER read ("Middle Eastern migrants", "Southeast Asian nations").
REGION_ADJECTIVES = frozenset("Eastern Western Northern Southern Asian African American European Caribbean Arab "
                              "Mediterranean Atlantic Saharan".split())
_LOWER_WORD_AFTER = re.compile(r"^\s+[a-z]")


def region_adjective(c: Candidate) -> bool:
    """'Middle Eastern migrants', 'Southeast Asian nations': two words or more ending in a region's adjective, a
    lower-case noun after it: an adjective, not a place (not "Eastern Europe": the place's noun ends it)."""
    return len(c.words) > 1 and c.last in REGION_ADJECTIVES and bool(_LOWER_WORD_AFTER.match(c.paragraph[c.end:]))


# Last words of the name of an idea, a law of nature or a model named after its finder ("the Environmental Kuznets
# Curve", "the Laffer Curve", "the Dunning-Kruger Effect", "the Fermi Paradox"): no actor.
CONCEPT_HEADS = frozenset("Curve Effect Paradox Hypothesis Theorem Principle Conjecture Equation Dilemma Fallacy "
                          "Syndrome".split())


# Endings of one word that names an idea, a creed or a fear, never a body: "Islamophobia", "Antisemitism",
# "Multiculturalism" ("-ology" is left out: "Scientology" is a church; upper case is left out: "PRISM" is a programme).
CONCEPT_SUFFIXES = ("phobia", "ism")
_CONCEPT_WORD = re.compile(r"[A-Z][a-z-]{3,}(?:" + "|".join(CONCEPT_SUFFIXES) + r")")


def concept_name(c: Candidate) -> bool:
    return (len(c.words) > 1 and c.last in CONCEPT_HEADS) or bool(_CONCEPT_WORD.fullmatch(c.name))


# A copula and an indefinite article, with at most two lower-case words between: "is a self-described", "was an".
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|are|were|am|be|been|being|became|become|becomes)\s+an?\s+"
                               r"(?:(?!(?:of|for|to|with|by|from|like|about|against|on|in|at)\s)[a-z][a-z-]*\s+){0,2}$")
# What may end such a description: the end of a clause ("… Libertarian Socialist."), not "Graham-type", "Trump hater".
_PREDICATE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def predicate_description(c: Candidate) -> bool:
    """'He is a self-described Libertarian Socialist' read as a person: words after "is a" describe the subject,
    they name no one (a person is named, not "a" one); not after a preposition ("is a friend of John Smith") nor
    before more words ("a Lindsey Graham-type")."""
    return (c.kind == "person" and len(c.words) > 1 and bool(_PREDICATE_END.match(c.paragraph, c.end))
            and bool(_PREDICATE_BEFORE.search(c.paragraph[max(0, c.start - 60): c.start])))


# "I called it Character, walks and words", "Overtures I called it": the name a speaker gave a work, no actor.
_CALLED_BEFORE = re.compile(r"\b(?:called|named|titled|dubbed|call|name)\s+it\s+$")
_CALLED_AFTER = re.compile(r"\s+(?:I|we|he|she|they)\s+(?:called|named|titled|dubbed)\s+it\b")


def named_work(c: Candidate) -> bool:
    """A name after "called it", or before "I called it" (not "Jane Harman called it …": the subject who named it)."""
    name_end = c.end - (2 if c.name.endswith(" I") else 0)  # ("Overtures I" read as one name)
    return (bool(_CALLED_BEFORE.search(c.paragraph[max(0, c.start - 20): c.start]))
            or bool(_CALLED_AFTER.match(c.paragraph, name_end)))


def thing_after_a_person(c: Candidate) -> bool:
    """'Warhol Polaroid exhibits' read as a person: the surname of a person the article names in full ("Andy Warhol"),
    then a word that is no one's surname there, is a thing named after that person (not "Jordan Henderson": a
    given name opens it)."""
    return (c.kind == "person" and len(c.words) == 2 and c.words[0] in c.surnames
            and bool(re.fullmatch(r"[A-Z][a-z]+", c.words[1]))  # (not a king's numeral: "Baudouin I")
            and not [n for n in c.surnames.get(c.words[1], ()) if n != c.name] and c.words[1] not in c.persons
            and not starts_with_given_name(c.name) and plain_name(c)  # ("Trump Tower": a venue's head, typed later)
            and not speaks(c) and not age_after(c))  # ('said Singh Jabarjung, 24': a man, his surname first)


# Short words Title Case capitalises inside a work's title ("Takin’ It To the Streets", "Jesus Is Just Alright With
# Me"): a quoted run of capitalised words holding one after its first word is a title, its names no actors.
TITLE_CASE_SMALL_WORDS = frozenset("It Is To The A An Of In On At By For With And Or From Me You My Your Up".split())
_LOWER_SMALL = frozenset(w.lower() for w in TITLE_CASE_SMALL_WORDS)


def _quoted_span(text: str, start: int, end: int) -> str | None:
    """The words between the quotation marks around start..end (80 characters either side at most), if any."""
    for opening, closing in (("“", "”"), ('"', '"')):
        left = text.rfind(opening, max(0, start - 80), start)
        right = text.find(closing, end, end + 80)
        if left < 0 or right < 0 or closing in text[left + 1: start] or opening in text[end: right]:
            continue
        if opening == '"' and text.count('"', 0, left) % 2:
            continue  # (that mark closes an earlier quote)
        return text[left + 1: right]
    return None


def inside_a_quoted_title(c: Candidate) -> bool:
    """'Takin' and 'Streets' of “Takin’ It To the Streets,”: part of a quoted work's title in Title Case (not the
    whole quote: “Black Lives Matter”; not a slogan without a capitalised short word, “Make America Great Again”)."""
    span = _quoted_span(c.paragraph, c.start, c.end)
    if span is None:
        return False
    words = span.strip().rstrip(",.!?").split()
    return (3 <= len(words) <= 10 and c.name != " ".join(words) and not span.isupper()
            and not re.search(r"[.!?;:]\s", span)
            and all(w[:1].isupper() or w[:1].isdigit() or w in _LOWER_SMALL for w in words)
            and any(w in TITLE_CASE_SMALL_WORDS for w in words[1:]))


# Road words that name no place alone: "Street's expectations" (the market, "the Street"), "Avenue".
ROAD_WORDS = frozenset("Street Avenue Boulevard Road Lane".split())


def street_alone(c: Candidate) -> bool:
    return c.name in ROAD_WORDS


_POST_OF_BEFORE = re.compile(r"\b(?:[Hh]ead|[Dd]irector|[Cc]hief|VP|[Vv]ice [Pp]resident|[Mm]anager)\s+of\s+(?:the\s+)?$")


def department_of_a_post(c: Candidate) -> bool:
    """'Head of Fundamental Research at Kotak Securities': the department of a post, two words at most and no body's
    head word, with the body after "at" (the body is the actor; "director of the Texas Politics Project at the
    University of Texas" names a centre, which acts; "Director of the FBI" has no "at")."""
    return (len(c.words) <= 2 and c.last not in ORGANIZATION_HEADS and c.last not in BODY_HEADS
            and bool(_POST_OF_BEFORE.search(c.paragraph[max(0, c.start - 30): c.start]))
            and c.paragraph[c.end: c.end + 4] == " at ")


# Last words of a centre's or a programme's name, which acts as a body ("the Texas Politics Project").
BODY_HEADS = frozenset("Project Program Programme Programs Center Centre Studies Initiative Lab Laboratory Office".split())
