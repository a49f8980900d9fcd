"""Which actor a place name a US state shares with a city means (shared_place_names.tsv): the city, or the state."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.gazetteer import SharedPlace, abbreviation_key, gazetteer, lookup_key, shared_places
from briefgen.extract.names import actor_key

__all__ = ["ADDRESS_END", "SENSE_RULES", "Sense", "SenseRule", "abbreviation_sense", "formal_state_sense", "page_titles", "place_sense",
           "postal_code_sense"]


@dataclass(frozen=True, slots=True)
class Sense:
    """What one place mention names: the actor's page name ("Washington (state)") and the mention as written, a city's
    own suffix taken in ("Washington D.C." where NER read "Washington")."""

    page: str
    written: str
    rule: str


@dataclass(frozen=True, slots=True)
class Where:
    """A mention of a shared name and the words around it."""

    place: SharedPlace
    before: str  # up to 60 characters before the name
    after: str  # up to 40 characters after it
    places: frozenset[str]  # the places NER saw in the article


# A town NER saw, then a comma, right before the name ("Seattle, Washington"): its state, unless the town is a part of
# the city ("Brooklyn, New York"), a state or a capital, or the name goes on a list ("London, New York and Paris").
_TOWN_COMMA = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+$")
_LIST_GOES_ON = re.compile(r"^(?:,\s+[A-Z]|,?\s+(?:and|or)\s+[A-Z])")
_STATE_WORD_AFTER = re.compile(r"^\s+[Ss]tate\b")  # "Washington state", "New York State Police"
_STATE_OF = re.compile(r"\b(?:[Ss]tate|[Gg]overnor|Gov\.|[Ll]egislature|[Aa]ttorney [Gg]eneral|[Ll]ieutenant [Gg]overnor)"
                       r" of\s+(?:the\s+)?$")  # "Governor of Washington", "the state of New York"
# "New York Gov. Andrew Cuomo", "Washington's governor", "the New York legislature"
_STATE_OFFICE_AFTER = re.compile(r"^(?:['’]s)?\s+(?:[Gg]overnor|Gov\.|[Ll]egislature|[Aa]ttorney [Gg]eneral|[Ss]tate "
                                 r"(?:[Ss]enat|[Aa]ssembl|[Ll]egislat))")
_REGION_OF_STATE = re.compile(r"\b(?:[Uu]pstate|[Dd]ownstate|[Ee]astern|[Ww]estern|[Rr]ural)\s+$")  # "upstate New York"


def _town_before(w: Where) -> bool:
    m = _TOWN_COMMA.search(w.before)
    if not m or _LIST_GOES_ON.match(w.after):
        return False
    town = m.group(1)
    gaz = gazetteer()
    return (town in w.places and town not in w.place.city_parts
            and lookup_key(town) not in gaz.states and lookup_key(town) not in gaz.capitals)


def _part_before(w: Where) -> bool:
    m = _TOWN_COMMA.search(w.before)
    return m is not None and m.group(1) in w.place.city_parts


# A list of US states the name is one of: "Alaska, Hawaii, and Washington", "Washington and Oregon" (a list "X, Y"
# alone is a town and its state: "Washington, Pennsylvania").
_NAME = r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
_STATE_LISTED_BEFORE = re.compile(_NAME + r"(?:,\s+|,?\s+(?:and|or)\s+)$")
_STATE_LISTED_AFTER = re.compile(r"^,?\s+(?:and|or)\s+" + _NAME)


def _listed_with_us_states(w: Where) -> bool:
    us_states = gazetteer().us_states
    before = _STATE_LISTED_BEFORE.search(w.before)
    after = _STATE_LISTED_AFTER.match(w.after)
    mates = {m.group(1) for m in (before, after) if m is not None}
    return bool(mates & us_states) and not mates & w.place.neighbours and w.place.name not in mates


@dataclass(frozen=True, slots=True)
class SenseRule:
    """A named rule: when `test` holds, the mention means the city or the state."""

    name: str
    test: Callable[[Where], bool]
    sense: str  # "city" or "state"


# Ordered: the first rule whose test holds decides; none holding, the mention means the city.
SENSE_RULES: tuple[SenseRule, ...] = (
    # "Brooklyn, New York": a part of the city, then its name
    SenseRule("city.part-before", _part_before, "city"),
    # "Seattle, Washington", "Saratoga Springs, New York": a town, then its state
    SenseRule("state.after-a-town", _town_before, "state"),
    # "caucuses in Alaska, Hawaii, and Washington" (not "Washington, Maryland and Virginia", the city and its neighbours)
    SenseRule("state.listed-with-us-states", _listed_with_us_states, "state"),
    # "Washington state", "New York State"
    SenseRule("state.state-word-after", lambda w: bool(_STATE_WORD_AFTER.match(w.after)), "state"),
    # "Governor of Washington", "the state of New York"
    SenseRule("state.office-of", lambda w: bool(_STATE_OF.search(w.before)), "state"),
    # "New York Gov. Andrew Cuomo", "Washington's legislature"
    SenseRule("state.office-after", lambda w: bool(_STATE_OFFICE_AFTER.match(w.after)), "state"),
    # "upstate New York", "eastern Washington"
    SenseRule("state.region", lambda w: bool(_REGION_OF_STATE.search(w.before)), "state"),
)


def _own_form(paragraph: str, start: int, forms: frozenset[str]) -> str | None:
    """The longest of `forms` written at `start` and not run on into a longer word ("Washington D.C.")."""
    for form in sorted(forms, key=len, reverse=True):
        end = start + len(form)
        if paragraph.startswith(form, start) and not paragraph[end: end + 1].isalnum():
            return form
    return None


def place_sense(name: str, paragraph: str, start: int, end: int, places: frozenset[str]) -> Sense | None:
    """The actor a place mention of a shared name means; None for a name no state shares with a city."""
    place = shared_places().get(lookup_key(name))
    if place is None:
        return None
    if name in place.city_forms or name in place.state_forms:  # "New York City", "Washington State" as NER read it
        return Sense(place.city if name in place.city_forms else place.state, name, "own-form")
    own = _own_form(paragraph, start, place.city_forms)
    if own:  # "Washington D.C.", where NER read "Washington"
        return Sense(place.city, own, "city.own-form")
    where = Where(place, paragraph[max(0, start - 60): start], paragraph[end: end + 40], places)
    rule = next((r for r in SENSE_RULES if r.test(where)), None)
    if rule is None:
        return Sense(place.city, name, "city.default")
    return Sense(place.state if rule.sense == "state" else place.city, name, rule.name)


_FORMAL_STATE = re.compile(r"^(?:[Tt]he )?(?:State|Commonwealth) of (.+)$")


def formal_state_sense(name: str) -> Sense | None:
    """'State of Texas', 'Commonwealth of Virginia' (read as a body): the US state, one actor with "Texas"."""
    m = _FORMAL_STATE.match(name)
    if not m or m.group(1) not in gazetteer().us_states:
        return None
    return Sense(_state_page(m.group(1)), name, "state.formal-name")


def abbreviation_sense(form: str) -> str | None:
    """'Wash.', 'N.Y.': a state's abbreviation names the state ("Washington (state)"), whichever name it shares."""
    state = gazetteer().us_abbreviations.get(abbreviation_key(form))
    return _state_page(state) if state else state


# A postal code in an address's place: a town and its comma before it ("Raleigh, NC", "Spokane, WA 99210"), and after
# it a ZIP code, or no capitalised word going on with a name but a month's ("Charlottesville, VA.", "Holmdel, NJ on
# July 5", "Camden, NJ June 29").
_TOWN_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s*$")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![\w-])"
ADDRESS_END = re.compile(rf"(?:\s+\d{{5}}(?:-\d{{4}})?)?(?![\w&'’-])(?!\s+(?!{_MONTH})[A-Z][a-z])")


def postal_code_sense(text: str, start: int, end: int, after_person: bool = False) -> str | None:
    """'NC' of "Raleigh, NC": the page of the US state a postal code names in an address's place, else None ("VA"
    alone is Veterans Affairs, "IN" and "OR" are words; after a person's name, "Tom Molomby, SC," is a post)."""
    state = gazetteer().us_postal_codes.get(text[start:end])
    if (state is None or after_person or not _TOWN_BEFORE.search(text[max(0, start - 40): start])
            or not ADDRESS_END.match(text, end)):
        return None
    return _state_page(state)


def _state_page(state: str) -> str:
    """A US state's page name: "Washington (state)" for a name it shares with a city, else its own name."""
    place = shared_places().get(lookup_key(state))
    return place.state if place is not None and place.name == state else state


@lru_cache(maxsize=1)
def page_titles() -> dict[str, str]:
    """Actor key → page name of each city and state a shared name stands for ("washington-state" → "Washington
    (state)"): the page says which one it is, whatever the briefings wrote."""
    return {actor_key(page): page for place in shared_places().values() for page in (place.city, place.state)}
