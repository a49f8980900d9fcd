"""Read the actor data tables (states, demonyms, capitals, groups, organisations, companies) shipped in briefgen/extract/data."""

from __future__ import annotations

from dataclasses import dataclass
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


def _rows(name: str) -> list[list[str]]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _cells(row: list[str], i: int) -> list[str]:
    return [c.strip() for c in row[i].split(";") if c.strip()] if i < len(row) else []


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The tables, parsed once per process."""
    states: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in _rows("states.tsv"):
        name = row[0].strip()
        for form in [name, *_cells(row, 1)]:
            states[form.lower().replace(".", "")] = name
        for form in _cells(row, 2):
            demonyms.setdefault(form.lower().replace(".", ""), name)
        for form in _cells(row, 3):
            if form.lower().replace(".", "") not in states:  # "Singapore", "Luxembourg": the state itself wins
                capitals[form.lower().replace(".", "")] = name
    groups: dict[str, str] = {}
    for row in _rows("groups.tsv"):
        name = row[0].strip()
        for form in [name, *_cells(row, 1)]:
            groups[form.lower().replace(".", "")] = name
    organizations: dict[str, str] = {}
    for row in _rows("organizations.tsv"):
        name = row[0].strip()
        for form in [name, *_cells(row, 1)]:
            organizations[form] = name  # case kept: "WHO" is an organisation, "who" is not
    not_actors = frozenset(row[0].strip() for row in _rows("not_actors.tsv"))
    companies: dict[str, str] = {}
    for row in _rows("companies.tsv"):
        name = row[0].strip()
        for form in [name, *_cells(row, 1)]:
            companies[form] = name  # case kept, as for organisations
    return Gazetteer(states, demonyms, capitals, groups, organizations, not_actors, companies)
