"""Players a sports report lists ("Scorers: Romania - Cosmin Contra (31st)", "15 - Christian Cullen", "65 Billy Andrade, Duffy Waldorf"), which NER misses."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.nlp import Entity, overlaps

__all__ = ["LINEUP_MIN", "LIST_SHAPES", "lineup_entities", "listed_players"]

# A player's full name in a list: two to four capitalised words, a particle inside ("Fritz van Heerden").
_NAME = r"[A-Z][\w'’-]+(?: (?:van|von|de|der|den|da|di|du|le|la|[A-Z][\w'’-]+)){1,3}"
# Named list shapes; each finds the players' names (group "name") anywhere in a line.
LIST_SHAPES: dict[str, re.Pattern[str]] = {
    # "Romania - Cosmin Contra (31st), Mihai Tararache (75th minute)": a scorer and the minute of the goal
    "scorer": re.compile(rf"(?:^|- |, )(?P<name>{_NAME}) \(\d{{1,3}}(?:st|nd|rd|th)(?: minute)?(?:, (?:pen|penalty))?\)"),
    # "15 - Christian Cullen (Alama Ieremia, 70), 14 - Jeff Wilson", "2 - Rodney Eyles (Australia) beat 4 - Peter
    # Nicol": a shirt number or a seeding, a dash, the player
    # (a substitute's number in brackets too: "6 - Gunther Schepens (15 - Nico Van Kerckhoven, 81st)")
    "numbered": re.compile(rf"(?:^|, |; |: |- |\) |\(|beat )\d{{1,2}} - (?P<name>{_NAME})(?= \(|,|;|\.|$| beat\b)"),
    # "Steffi Graf (Germany) beat Natasha Zvereva (Belarus) 6-4 6-2": a match's players, each with a country
    "match": re.compile(rf"(?:^|\d |\) |beat )(?P<name>{_NAME}) \([A-Z][\w. ]+\)(?= beat\b| \d)"),
    # "Dieter Ramusch (Andreas Ogris 77th)": a substitute and the minute he came on, in brackets
    "substitute": re.compile(rf"\((?P<name>{_NAME}),? \d{{1,3}}(?:st|nd|rd|th)(?: minute)?\)"),
    # "65 Billy Andrade, Duffy Waldorf, Jesper Parnevik (Sweden)": a round's score, then the players on it
    # (or the round-by-round scores after the name: "292 Iain Pyman 71 75 75 71, David Gilford 69 74 77 72")
    "leaderboard": re.compile(rf"(?:^\d{{2,3}} |, )(?P<name>{_NAME})(?= \([A-Z][\w. ]+\)|,|$| \d{{2}} \d{{2}}\b)"),
}
_LEADERBOARD_LINE = re.compile(r"^\d{2,3} [A-Z]")
# A list has this many lines of its shape at least.
LINEUP_MIN = 2


def listed_players(line: str, shape: str) -> list[tuple[int, int]]:
    """(start, end) of each player a line of that shape lists ([] for another line)."""
    if shape == "leaderboard" and not _LEADERBOARD_LINE.match(line):
        return []
    return [m.span("name") for m in LIST_SHAPES[shape].finditer(line)]


def lineup_entities(texts: Sequence[str], entities: Sequence[Sequence[Entity]]) -> list[list[Entity]]:
    """Each paragraph's entities with the players of the article's lists as PERSON entities where NER saw no person
    (a shape counts when LINEUP_MIN lines of the article have it)."""
    spans: list[list[tuple[int, int]]] = [[] for _ in texts]
    for shape in LIST_SHAPES:
        found = [listed_players(text, shape) for text in texts]
        if sum(1 for f in found if f) >= LINEUP_MIN:
            spans = [s + f for s, f in zip(spans, found)]
    out = []
    for text, ents, found in zip(texts, entities, spans):
        found = [(a, b) for a, b in found
                 if not any(e.label_ == "PERSON" and overlaps(e, a, b) for e in ents)]
        kept = [e for e in ents if not any(overlaps(e, a, b) for a, b in found)]
        out.append(sorted(kept + [Entity(text[a:b], "PERSON", a, b) for a, b in sorted(set(found))],
                          key=lambda e: e.start_char))
    return out
