"""Teams in a results table's lines ("Bradford 1 Tranmere 0", "Stoke 4 3 1 0 7 4 10", "Birmingham v Barnsley"), which NER misses or reads as towns and people."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefgen.extract.actor_candidate import starts_with_given_name
from briefgen.extract.actor_names import ORGANIZATION_HEADS
from briefgen.extract.actor_teams import club_name, sporting
from briefgen.extract.nlp import Entity, any_overlaps, overlaps

__all__ = ["RESULT_LINES", "RESULTS_MIN", "entrant_team", "player", "ranked_entrant", "results_entities", "team_slots", "without_score"]

# A team's name in a table: capitalised words (a club's "de", "of" inside), then maybe a bracketed country or
# division ("Benetton (Italy)", "Proleter (Z)").
_NAME = r"(?P<{}>[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|de|of))*)(?: \([A-Za-z. ]{{1,20}}\))?"
_SCORE = r"\d{1,3}"
# Named line shapes, each naming its teams' slots a and b.
RESULT_LINES: dict[str, re.Pattern[str]] = {
    # "Bradford 1 Tranmere 0", "Benetton (Italy) 92 Dinamo (Russia) 81 (halftime 50-28)"
    "score": re.compile(rf"^{_NAME.format('a')} {_SCORE} {_NAME.format('b')} ?{_SCORE}\b"),
    # "Red Star (Yugoslavia) beat Dinamo (Russia) 92-90"
    "beat": re.compile(rf"^{_NAME.format('a')} (?:beat|bt|drew with) {_NAME.format('b')} \d{{1,3}}-\d{{1,3}}\b"),
    # "1. Olaf Ludwig (Germany) Telekom 4 hours 48 mins", "2. Bobby Rahal (U.S.), Reynard Mercedes-Benz, 54.507": a
    # ranked rider's or driver's team, after the country
    "entrant-team": re.compile(r"^\d{1,3}=?\.?\s+[A-Z][^()\d]{2,60}?\s+\([A-Z][\w. ]{1,30}\),?\s+"
                               + _NAME.format('b') + r"(?=,|\s+\d|\s+(?:same|all)\b|\s*$)"),
    # "KANSAS CITY AT DETROIT": a schedule's visiting team (the host is named as the place: venue_span)
    "schedule": re.compile(rf"^{_NAME.format('a')} (?:AT|at|@) [A-Z][\w'’. -]*$"),
    # "Stoke 4 3 1 0 7 4 10", "NEW YORK 59 76 .437 25 1/2": a standings row, three figures or more
    "standing": re.compile(rf"^{_NAME.format('a')}(?: (?:\d+|\.\d+|\d+\.\d+|\d+/\d+|-)){{3,}}$"),
}
# "Postponed: Birmingham v Barnsley, Manchester City v Charlton": fixtures, wherever they sit in the line.
_FIXTURE = re.compile(rf"(?:^|: |, ){_NAME.format('a')} (?:v|vs\.?) {_NAME.format('b')}(?=,|$| \()")
# "May 17 v Northampton", "June 28-30 v Hampshire (three days)": a touring side's fixture list, a date then the
# opponent.
_DATED_FIXTURE = re.compile(rf"^[A-Z][a-z]+ \d{{1,2}}(?:-\d{{1,2}})? (?:v|vs\.?) {_NAME.format('b')}(?=,|$| \()")
# A table has this many result lines at least: one line shaped like a result in prose is not enough.
RESULTS_MIN = 2


def team_slots(line: str) -> list[tuple[int, int]]:
    """(start, end) of each team's name in a results line ([] for any other line); a name with a known given name is
    a player's ("Tom Lehman 69 70 72"), no team."""
    return list(_team_slots(line))


@lru_cache(maxsize=4096)
def _team_slots(line: str) -> tuple[tuple[int, int], ...]:
    # (remembered: the type rule "organization.results-line" asks it of each name's paragraph, once per name)
    line = line.rstrip()
    found = [m for pattern in RESULT_LINES.values() for m in [pattern.match(line)] if m]
    found += list(_FIXTURE.finditer(line)) + list(_DATED_FIXTURE.finditer(line))
    slots = []
    for m in found:
        for group in ("a", "b"):
            if group in m.groupdict() and m.group(group) and not starts_with_given_name(m.group(group)):
                slots.append(m.span(group))
    return tuple(sorted(set(slots)))


# A score NER ran into a name: "Mexico 2-0", "the Kansas City Royals 4-0"; in a sports report a lone figure too
# ("Real Madrid 1 (Roberto Carlos 79th)", "Lotte 5"), which elsewhere may be the name's own ("Apollo 11").
_SCORE_AFTER = re.compile(r"(?:\s+\d{1,3}-\d{1,3})+$")
_FIGURES_AFTER = re.compile(r"(?:\s+\d{1,3})+$")


def without_score(ent: Entity, report: bool, text: str = "") -> Entity:
    """The entity without a score run on at its end (`report`: the article reads as a sports report; `text`: its
    paragraph). A lone figure goes in a sports report, after a club's name ("Real Madrid 1"), or when it opens a
    time ("Rabobank 20:36:54")."""
    figures = _FIGURES_AFTER.search(ent.text)
    lone = figures is not None and (report or club_name(ent.text[: figures.start()].split())
                                    or bool(re.match(r":\d", text[ent.end_char: ent.end_char + 2])))
    m = _SCORE_AFTER.search(ent.text) or (figures if lone else None)
    if not m or not m.start() or ent.label_ not in ("ORG", "GPE", "PERSON", "LOC", "NORP", "FAC"):
        return ent
    return Entity(ent.text[: m.start()], ent.label_, ent.start_char, ent.start_char + m.start())


def player(name: str, label: str) -> bool:
    """A name NER read as a person, of two words or more and no figure: a player's ("Darryn Hill (Australia) beat
    …"), which a team's slot does not override (unlike "Chester 4 1 1 2", a standings row NER ran into a name)."""
    return (label in ("PERSON", "person") and len(name.split()) >= 2 and not any(ch.isdigit() for ch in name)
            and not _VERSUS.search(name))  # ("Birmingham v Barnsley": a fixture NER read as one man)


_VERSUS = re.compile(r"\s(?:v|vs\.?)\s")


def entrant_team(line: str, start: int) -> bool:
    """The name at `start` is the team after a ranked entrant and the entrant's country ("2. Bobby Rahal (U.S.),
    Lola Ford Cosworth, 54.483"): the entrant is the person there, so the team is one whatever NER read (not a
    name with a country of its own after it: "2. Michael Green (Jamaica), Osmond Ezinwa (Nigeria), …" lists a relay's
    runners)."""
    m = RESULT_LINES["entrant-team"].match(line.rstrip())
    return m is not None and m.end() == m.end("b") and m.start("b") <= start < m.end("b")


# A ranked entrant's line: "4. Annemari Sandell (Finland) 15:06.33", "1= Igor Trandenkov (Russia) 5.86".
_RANKED = re.compile(r"^\d{1,3}=?\.?\s+(?P<name>[A-Z][^()\d]{2,60}?)\s+\((?P<country>[A-Z][\w. ]{1,30})\)")


def ranked_entrant(line: str, start: int, name: str) -> bool:
    """`name` at `start` is the entrant of a ranked results line, with a country in brackets after it: of two words
    or more and no club's or company's words, a competitor (a person), whatever NER read."""
    m = _RANKED.match(line)
    words = name.split()
    return (m is not None and m.start("name") == start and m.group("name") == name and 2 <= len(words) <= 4
            and not club_name(words) and words[-1] not in ORGANIZATION_HEADS and not name.isupper())


def entrant_span(line: str) -> tuple[int, int] | None:
    """(start, end) of the competitor's name in a ranked results line ("5. Chryste Gaines (U.S.) 11.20"), when it is
    a competitor's (ranked_entrant)."""
    m = _RANKED.match(line)
    if m is None or not ranked_entrant(line, m.start("name"), m.group("name")):
        return None
    return m.span("name")


def entrant_entities(texts: Sequence[str], entities: Sequence[Sequence[Entity]]) -> list[list[Entity]]:
    """Each paragraph's entities, with the competitor of each ranked results line as a PERSON entity where NER saw
    none, when the article has RESULTS_MIN such lines (an athletics meeting's, a race's results)."""
    spans = [entrant_span(text) for text in texts]
    if sum(1 for s in spans if s) < RESULTS_MIN:
        return [list(ents) for ents in entities]
    out = []
    for text, ents, span in zip(texts, entities, spans):
        if span is None or any(e.label_ == "PERSON" and overlaps(e, span[0], span[1]) for e in ents):
            out.append(list(ents))
            continue
        kept = [e for e in ents if not overlaps(e, span[0], span[1])]
        out.append(sorted(kept + [Entity(text[span[0]: span[1]], "PERSON", *span)], key=lambda e: e.start_char))
    return out


_VENUE = re.compile(rf"^{_NAME.format('a')} (?:AT|at|@) {_NAME.format('b')}$")


def venue_span(line: str) -> tuple[int, int] | None:
    """(start, end) of the place a schedule's line names for the game ("KANSAS CITY AT DETROIT": Detroit)."""
    m = _VENUE.match(line.rstrip())
    return m.span("b") if m else None


def results_entities(texts: Sequence[str], entities: Sequence[Sequence[Entity]],
                     report: bool | None = None) -> list[list[Entity]]:
    """Each paragraph's entities with the teams of a results table's lines as ORG entities, in place of the
    entities that cut, ran on or mislabelled them ("Chester 4 1 1 2" as a person, "Notts County" as a place); a name
    NER read as a person of two words or more is left to NER (a player: "Retief Goosen 70 71 69"). `report`:
    sporting(texts), when the caller has it."""
    report = sporting(texts) if report is None else report
    # (a player is told by NER's own span: "Greenock Morton 1" read as a person is a slot's team, its figure cut later)
    players = [[e for e in ents if player(e.text, e.label_)] for ents in entities]
    entities = entrant_entities(texts, [[without_score(e, report, text) for e in ents] for text, ents in zip(texts, entities)])
    slots = [team_slots(text) for text in texts]
    if sum(1 for s in slots if s) < RESULTS_MIN:
        return [list(ents) for ents in entities]
    out = []
    for text, ents, spans, named in zip(texts, entities, slots, players):
        spans = [s for s in spans if not any_overlaps(named, s[0], s[1])]
        venue = venue_span(text)
        places = [venue] if venue else []
        kept = [e for e in ents if not any(overlaps(e, a, b) for a, b in spans + places)]
        kept += [Entity(text[a:b], "ORG", a, b) for a, b in spans] + [Entity(text[a:b], "GPE", a, b) for a, b in places]
        out.append(sorted(kept, key=lambda e: e.start_char))
    return out
