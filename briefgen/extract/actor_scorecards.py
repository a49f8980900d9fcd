"""Players in a cricket scorecard's lines ("S. Law c Tillekeratne b Dharmasena 13", "Bowling: Vass 7-0-29-0"), which NER misses or reads as bodies."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.nlp import Entity, overlaps

__all__ = ["SCORECARD_MIN", "player_spans", "scorecard_entities"]

# A player as a scorecard writes one: initials and a surname ("M. Waugh", "A.de Silva"), or a surname alone.
_PLAYER = r"(?:(?:[A-Z]\.\s?)+)?(?:de |van |du )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
# How a batsman got out, naming the fielder and the bowler: "c Healy b Fleming", "c and b Jayasuriya", "lbw b
# Fleming", "st Kaluwitharana b Chandana", "b McGrath", "run out", "not out".
_BATTING = re.compile(
    rf"^(?P<bat>{_PLAYER}) (?:c and b (?P<cb>{_PLAYER})|c (?P<c>{_PLAYER}) b (?P<cbw>{_PLAYER})|lbw b (?P<lbw>{_PLAYER})"
    rf"|st (?P<st>{_PLAYER}) b (?P<stb>{_PLAYER})|b (?P<b>{_PLAYER})|run out|not out|retired hurt|absent hurt)"
    r"(?: \([^)]*\))? \d{1,3}\b")
# A bowler's figures: "Vass 7-0-29-0", "de Silva 4-0-25-0", overs-maidens-runs-wickets.
_BOWLING = re.compile(rf"(?:^|, |: )(?P<bowler>{_PLAYER}) \d{{1,2}}(?:\.\d)?-\d{{1,2}}-\d{{1,3}}-\d{{1,2}}\b")
# A scorecard has this many batting lines at least.
SCORECARD_MIN = 3


def player_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each player a scorecard line names."""
    spans = []
    m = _BATTING.match(line)
    if m:
        spans += [m.span(g) for g, v in m.groupdict().items() if v]
    spans += [b.span("bowler") for b in _BOWLING.finditer(line)]
    return sorted(set(spans))


def scorecard_entities(texts: Sequence[str], entities: Sequence[Sequence[Entity]]) -> list[list[Entity]]:
    """Each paragraph's entities with a scorecard's players as PERSON entities, in place of what NER made of them,
    when the article has SCORECARD_MIN batting lines."""
    if sum(1 for t in texts if _BATTING.match(t)) < SCORECARD_MIN:
        return [list(ents) for ents in entities]
    out = []
    for text, ents in zip(texts, entities):
        spans = player_spans(text)
        kept = [e for e in ents if not any(overlaps(e, a, b) for a, b in spans)]
        out.append(sorted(kept + [Entity(text[a:b], "PERSON", a, b) for a, b in spans], key=lambda e: e.start_char))
    return out
