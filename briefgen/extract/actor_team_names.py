"""A team's name NER cut or missed in a sports report: its town's words and its plural nickname ("Florida Marlins")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.actor_teams import TEAM_NICKNAMES
from briefgen.extract.gazetteer import gazetteer
from briefgen.extract.nlp import Entity

__all__ = ["TOWN_LABELS", "team_entities"]

# Labels NER gives the town's words of a team's name it read apart from the nickname ("Florida" of "Florida Marlins").
TOWN_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A plural nickname, and the one or two capitalised words before it that may be its town's: "Minnesota Twins", "Kansas
# City Royals", "St. Louis Cardinals" (the longer town tried first: "The Detroit Tigers" is Detroit's).
_NICKNAME = re.compile(r"(?<![\w'’.-])(?:" + "|".join(sorted(TEAM_NICKNAMES)) + r")(?![\w'’-])")
_TOWN_WORDS = re.compile(r"(?:(?<![\w'’.-])[A-Z][a-z]+\.? )?(?<![\w'’.-])[A-Z][a-z]+\.? $")
_THE = "the "


def _town(words: str, start: int, ents: Sequence[Entity]) -> bool:
    """The words before the nickname name a place: NER read them as one, or the tables know them as a US state, a
    state or a capital (not "The" of "The Twins", not a player's name)."""
    end = start + len(words)
    if any(e.start_char <= start and e.end_char == end and e.label_ in TOWN_LABELS for e in ents):
        return True
    return gazetteer().state_or_capital(words)


def team_entities(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """In a sports report's paragraph: a town and a team's plural nickname right after it are one team, an ORG
    ("Florida" + "Marlins" → "Florida Marlins"; "the Minnesota Twins" NER missed). A name that runs past them stays
    as NER read it ("the Texas Rangers" already one body; "Boston Red Sox")."""
    out = list(ents)
    for nick in _NICKNAME.finditer(text):
        words = _TOWN_WORDS.search(text, max(0, nick.start() - 40), nick.start())
        if not words:
            continue
        towns = [words.group()] + ([words.group().split(" ", 1)[1]] if words.group().count(" ") == 2 else [])
        town = next((t for t in towns if _town(t.rstrip(), nick.start() - len(t), out)), None)
        if town is None:
            continue
        start, end = nick.start() - len(town), nick.end()
        inside = [e for e in out if e.start_char < end and start < e.end_char]
        lead = start - len(_THE) if text[max(0, start - len(_THE)): start].lower() == _THE else start
        if any(e.start_char < lead or e.end_char > end for e in inside):
            continue  # (part of a longer name)
        if any(e.label_ == "ORG" and e.end_char == end and e.start_char <= start for e in inside):
            continue  # (read whole already)
        out = [e for e in out if e not in inside] + [Entity(text[start:end], "ORG", start, end)]
    return sorted(out, key=lambda e: e.start_char)
