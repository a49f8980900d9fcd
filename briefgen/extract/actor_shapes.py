"""Evidence on a name's type beyond its own words: a matchup of two people, a US state among US states, a city then
its state, a dateline, a portfolio cut off from its title."""

from __future__ import annotations

import re
from collections.abc import Collection

from briefgen.extract.actor_senses import ADDRESS_END
from briefgen.extract.gazetteer import abbreviation_key, gazetteer, lookup_key
from briefgen.extract.lexicon import ROLE_NOUNS, TITLE_WORDS

# "Trump-Clinton", "Obama–Romney": two surnames joined by a hyphen or a dash.
_PAIR = re.compile(r"^([A-Z][\w'’]+)[-–]([A-Z][\w'’]+)$")


def pair_of_people(name: str, persons: Collection[str]) -> bool:
    """'Trump-Clinton' (a matchup, a ticket) where each half is the surname of a person the article names: no actor
    of its own ('Lloyd-Webber', 'Al-Maeena' are one person's name: their halves name no two people)."""
    m = _PAIR.match(name)
    if not m:
        return False
    surnames = {p.split()[-1] for p in persons if len(p.split()) >= 2}  # (full names: "Donald Trump", not "UWP")
    return m.group(1) != m.group(2) and all(h in surnames and not h.isupper() for h in m.groups())


# US states that share their name with a sovereign state (states.tsv and us_states.tsv both list them).
def us_state_among_us_states(name: str, places: Collection[str], least: int = 2) -> bool:
    """'Georgia' in an article that names at least `least` other US states ('Ohio', 'Wisconsin', …) is the US state,
    a place, not the country (not in an article about the Caucasus that names no US state)."""
    gaz = gazetteer()
    if name not in gaz.us_states or lookup_key(name) not in gaz.states:
        return False  # (a name no sovereign state shares, "Washington", "Florida", is left to the other rules)
    return len({p for p in places if p in gaz.us_states and p != name}) >= least


# A city then its US state: "Flint, Mich.", "Herndon, Virginia", "FAIRVIEW, W.Va.".
STATE_AFTER = re.compile(r"^,\s+([A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.?)?)")
_POSTAL_AFTER = re.compile(r",\s+([A-Z]{2})\b")  # "Camden, NJ June 29": a postal code (actor_senses.ADDRESS_END after it)


def state_after(after: str) -> bool:
    """', Mich.', ', Virginia', ', NC' (a postal code ending an address) right after a name: the name is a city of that
    US state."""
    gaz = gazetteer()
    code = _POSTAL_AFTER.match(after)
    if code and code.group(1) in gaz.us_postal_codes:
        return bool(ADDRESS_END.match(after, code.end(1)))
    m = STATE_AFTER.match(after[:20])
    if not m:
        return False
    state = m.group(1)
    return state.rstrip(".") in gaz.us_states or (state.endswith(".") and abbreviation_key(state) in gaz.us_abbreviations)


# A dateline opening a paragraph: the place in capitals, perhaps its state, then a dash ("WASHINGTON —",
# "PORTSMOUTH, N.H. —", "CLEVELAND - …").
_DASH_DATELINE = re.compile(r"^[A-Z][A-Z.' -]*[A-Z.](?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\s+(?:—|–|--?)\s")


def dash_dateline(name: str, paragraph: str, start: int, places: Collection[str] = (), index: int = 0) -> bool:
    """The name is the capitalised place of a dateline that opens its paragraph ('CLEVELAND — Donald Trump …'): the
    name starts the paragraph, in capitals, and a dash follows it (or its state); the paragraph opens the story
    (`index`: its place, headline first) or the place is one the article or the gazetteer knows (`places`: names NER
    reads as places elsewhere), so a section's label further down ("EUROBONDS - …") is not."""
    # (a dash also opens a table's short rows and headlines, "JAPAN - …", "IPO FILING -- Homegate …": a dateline opens
    # a paragraph of prose, and names a city, not a sovereign state)
    return (start == 0 and name.isupper() and len(paragraph) >= _PROSE and bool(_DASH_DATELINE.match(paragraph))
            and paragraph.startswith(name) and lookup_key(name) not in gazetteer().states
            and (index <= _OPENING or name.title() in places or name.title() in gazetteer().us_states or lookup_key(name) in gazetteer().capitals
                 or paragraph[len(name):].startswith(",")))


_PROSE = 100  # characters: a paragraph of at least one sentence
_OPENING = 2  # a dateline opens the story: the headline, perhaps a byline, then the dateline's paragraph


# A title a portfolio's name comes before ("Home Secretary", "Foreign Minister", "Shadow Chancellor"), then a name.
_TITLE_THEN_NAME = re.compile(r"^\s+(?:Secretary|Minister|Chancellor|Adviser|Advisor),?\s+([A-Z][a-z]+)\s+[A-Z]")


def portfolio_before_title(name: str, paragraph: str, end: int) -> bool:
    """'Shadow Home' in "Labour's Shadow Home Secretary Yvette Cooper": a portfolio NER cut off from the title after
    it, which a person's name follows; no actor of its own (not "UN Secretary General Ban Ki-moon", where no name
    follows the title word)."""
    m = _TITLE_THEN_NAME.match(paragraph[end: end + 60])
    return len(name.split()) <= 2 and m is not None and m.group(1) not in TITLE_WORDS


def portfolio_after_of(name: str, paragraph: str, start: int) -> bool:
    """'Education' in "Minister of Education Stefania Giannini", 'State' in "Secretary of State": the portfolio of a
    title NER cut off from it, one word after a title word and "of" or "for"."""
    words = paragraph[:start].split()[-2:]
    return (len(name.split()) == 1 and len(words) == 2 and words[1] in ("of", "for")
            and (words[0] in TITLE_WORDS or _ROLE_PREFIX.sub("", words[0].lower()) in ROLE_NOUNS))


# "Undersecretary", "Vice-Minister": a role noun behind a prefix.
_ROLE_PREFIX = re.compile(r"^(?:under|vice-?|deputy-?|co-)")
