"""Read the actor data tables in briefgen/extract/data: states, demonyms, capitals, groups, bodies, US states, peoples,
given names' short forms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lower-cased name → canonical name lookups."""

    states: dict[str, str]  # "u.s." → "United States", "iran" → "Iran"
    demonyms: dict[str, str]  # "iranian" → "Iran"
    capitals: dict[str, str]  # "tehran" → "Iran"
    groups: dict[str, str]  # "isis" → "Islamic State"
    organizations: dict[str, str]  # "NATO" → "North Atlantic Treaty Organization" (case kept)
    not_actors: frozenset[str]  # "Islam", "GMT": names that are never an actor
    companies: dict[str, str]  # "Twitter" → "Twitter": retypes a name NER found, never searched for in text
    us_states: frozenset[str] = frozenset()  # "West Virginia", "Ohio": places, not sovereign states
    us_abbreviations: dict[str, str] = field(default_factory=dict)  # abbreviation_key("W.Va.") "WVa" → "West Virginia"
    peoples: frozenset[str] = frozenset()  # "hutu", "chechens": communities that are no state and no actor
    us_postal_codes: dict[str, str] = field(default_factory=dict)  # "NC" → "North Carolina" (after "Raleigh, " only)

    def state_named(self, key: str) -> str | None:
        """The state a state actor's name (lookup_key) says: its own ("u.s." → "United States") or its capital's, as
        its government ("washington" → "United States")."""
        return self.states.get(key) or self.capitals.get(key)

    def state_or_capital(self, name: str, key: str | None = None) -> bool:
        """The tables know the name as a place: a US state as written ("Ohio"), or a state or a capital by its
        lookup_key ("iran", "tehran"; key, when given, is the caller's lookup_key(name), computed once)."""
        key = lookup_key(name) if key is None else key
        return key in self.states or key in self.capitals or name in self.us_states


def _rows(name: str) -> list[list[str]]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _cells(row: list[str], i: int) -> list[str]:
    return [c.strip() for c in row[i].split(";") if c.strip()] if i < len(row) else []


def _aliases(name: str, key: Callable[[str], str]) -> dict[str, str]:
    """key(form) → canonical name, for the name in a table's first column and its aliases in the second."""
    table: dict[str, str] = {}
    for row in _rows(name):
        canonical = row[0].strip()
        for form in [canonical, *_cells(row, 1)]:
            table[key(form)] = canonical
    return table


def lookup_key(name: str) -> str:
    """Gazetteer key: lower case, dots dropped ("U.S." and "US" → "us")."""
    return name.lower().replace(".", "")


def abbreviation_key(form: str) -> str:
    """US state abbreviation key: dots and spaces dropped, capitals kept ("W. Va." and "W.Va" → "WVa"; "VA" stays
    "VA", which is no abbreviation of a state here)."""
    return form.replace(".", "").replace(" ", "")


def _as_written(form: str) -> str:
    return form  # case kept: "WHO" is an organisation, "who" is not


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The tables, parsed once per process."""
    states: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in _rows("states.tsv"):
        name = row[0].strip()
        for form in [name, *_cells(row, 1)]:
            states[lookup_key(form)] = name
        for form in _cells(row, 2):
            demonyms.setdefault(lookup_key(form), name)
        for form in _cells(row, 3):
            if lookup_key(form) not in states:  # "Singapore", "Luxembourg": the state itself wins
                capitals[lookup_key(form)] = name
    not_actors = frozenset(row[0].strip() for row in _rows("not_actors.tsv"))
    us_rows = _rows("us_states.tsv")
    return Gazetteer(states, demonyms, capitals, _aliases("groups.tsv", lookup_key),
                     _aliases("organizations.tsv", _as_written), not_actors, _aliases("companies.tsv", _as_written),
                     us_states=frozenset(row[0].strip() for row in us_rows),
                     us_abbreviations={abbreviation_key(form): row[0].strip() for row in us_rows for form in _cells(row, 1)},
                     peoples=frozenset(_aliases("peoples.tsv", lookup_key)),
                     us_postal_codes={code: row[0].strip() for row in us_rows for code in _cells(row, 2)})


@lru_cache(maxsize=1)
def state_forms() -> frozenset[str]:
    """Every state's name and other names as the table writes them ("Belarus", "U.S.", "Burma")."""
    return frozenset(form for row in _rows("states.tsv") for form in [row[0].strip(), *_cells(row, 1)])


@dataclass(frozen=True, slots=True)
class SharedPlace:
    """A name a US state shares with a city (shared_place_names.tsv): the two actors' page names and the forms that
    name one of them alone."""

    name: str  # "Washington"
    city: str  # "Washington, D.C."
    state: str  # "Washington (state)"
    city_forms: frozenset[str]  # "Washington D.C.", "New York City"
    state_forms: frozenset[str]  # "Washington state", "State of New York"
    city_parts: frozenset[str]  # "Brooklyn": "Brooklyn, New York" is the city
    neighbours: frozenset[str] = frozenset()  # "Maryland": "Washington, Maryland and Virginia" is the city


@lru_cache(maxsize=1)
def shared_places() -> dict[str, SharedPlace]:
    """lookup_key of the shared name and of each form of its city or state → its SharedPlace."""
    table: dict[str, SharedPlace] = {}
    for row in _rows("shared_place_names.tsv"):
        place = SharedPlace(row[0].strip(), row[1].strip(), row[2].strip(), frozenset(_cells(row, 3)),
                            frozenset(_cells(row, 4)), frozenset(_cells(row, 5)), frozenset(_cells(row, 6)))
        for form in [place.name, *place.city_forms, *place.state_forms]:
            table[lookup_key(form)] = place
    return table


@lru_cache(maxsize=1)
def given_name_forms() -> dict[str, frozenset[str]]:
    """A given name, full or short, → the full names it may stand for (given_name_forms.tsv): "Josh" → {"Joshua"},
    "Steve" → {"Stephen", "Steven"}, "Joshua" → {"Joshua"}."""
    table: dict[str, set[str]] = {}
    for row in _rows("given_name_forms.tsv"):
        full = row[0].strip()
        for form in [full, *_cells(row, 1)]:
            table.setdefault(form, set()).add(full)
    return {form: frozenset(fulls) for form, fulls in table.items()}
