"""One body's name with "and" or "for" inside it that NER cut in two, joined again (rules as data).

For example "the London International Financial Futures and Options Exchange", "the Test and County Cricket Board",
"the Andy Warhol Foundation for the Visual Arts", "the Kemble Museum and Art Gallery".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.actor_names import GROUP_HEADS, ORGANIZATION_HEADS
from briefgen.extract.actor_words import LEGISLATURES
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.nlp import Entity, any_overlaps

__all__ = ["FOR_BODY_HEADS", "JOINED_BODY_HEADS", "OTHER_NAME_LABELS", "SECOND_HOUSE_HEADS", "SECOND_HOUSE_SUBJECTS",
           "joined_bodies"]

# The heads of an institution's name that may hold an "and" ("Securities and Exchange Commission", "Arts and
# Humanities Research Council"); singular only: "the Senate and House committees" are two.
JOINED_BODY_HEADS = frozenset("Exchange Board Commission Council Committee Association Authority Agency Institute "
                              "Federation Society Trust Fund Foundation Bureau Service Administration".split())
# The heads of a body's name that "for" and its cause may follow ("the Kellerman Foundation for the Performing Arts",
# "the Institute for Policy Studies"): NER's body right after "for" is the rest of the name.
FOR_BODY_HEADS = JOINED_BODY_HEADS | frozenset("Center Centre Museum Endowment Academy Alliance Coalition".split())
# NER's readings of the part before "and" that make it a name of its own ("the U.S. and European Union", "the
# Pentagon and National Security Council" read as a place).
OTHER_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
# An institution that houses two things under one name ("the Kemble Museum and Art Gallery", "the Orland Hospital and
# Medical Center", "the Brill Library and Museum"): after a name ending with one of these heads, "and" and a second
# house's head with at most two subject words before it, no name of its own, are the rest of the name.
SECOND_HOUSE_HEADS = frozenset("Museum Gallery Library Archives Garden Gardens Aquarium Zoo Planetarium Observatory "
                               "Seminary Hospital Center Centre".split())
# (words that say what a house holds, never whose it is or where: "Art Gallery", "Sculpture Garden", not "Cornell
# University" or "National Gallery")
SECOND_HOUSE_SUBJECTS = frozenset("Art Arts Fine Sculpture Botanical Botanic Science Sciences Medical Research "
                                  "Natural History Heritage Cultural Culture Music Rare Book Books Visitor Visitors "
                                  "Education Learning Study Studies Archive Records".split())
_CAP = r"[A-Z][\w'’.-]*"
# (" and " and up to three capitalised words, no more of a name after them: no "of"/"for" and a name, no capital)
_UNREAD_HOUSE = re.compile(r" and ((?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*)(?![\w'’-]| (?:of|for) [A-Z]| [A-Z])")
_JOINED = re.compile(r"\b[Tt]he\s+((" + _CAP + r"(?:\s+" + _CAP + r"){0,3})\s+and\s+(?:" + _CAP + r"\s+){0,3}(?:"
                     + "|".join(sorted(JOINED_BODY_HEADS)) + r"))(?![\w'’-])")


def _own_name(first: str, text: str, start: int, ents: Sequence[Entity]) -> bool:
    """The part before "and" names a body, a state or a person of its own: a listed body, company or state, a
    legislature, a name ending with a body's head ("the Senate Finance Committee and …"), an NER reading as another
    kind of name, one word NER reads as a name, or the part written elsewhere in the paragraph."""
    gaz = gazetteer()
    if (first in gaz.organizations or first in gaz.companies or lookup_key(first) in gaz.states or first in LEGISLATURES
            or first.split()[-1] in ORGANIZATION_HEADS | GROUP_HEADS | JOINED_BODY_HEADS):
        return True
    if any(e.label_ in OTHER_NAME_LABELS and e.start_char <= start < e.end_char for e in ents):
        return True
    if " " not in first and any(e.end_char == start + len(first) and e.start_char >= start - len("the ") for e in ents):
        return True  # one word NER reads as a name ("the Nasdaq and New York Stock Exchange", "the Treasury and …")
    return text.count(first) > 1


def _joined_at_for(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """Two bodies NER read side by side across "for", the first ending with a body's head (FOR_BODY_HEADS), the second
    no state's name: one ORG ("the Kellerman Foundation" + "the Performing Arts")."""
    out: list[Entity] = []
    for ent in sorted(ents, key=lambda e: e.start_char):
        last = out[-1] if out else None
        if (last is not None and last.label_ == "ORG" and ent.label_ == "ORG" and text[last.end_char: ent.start_char] == " for "
                and last.text.split()[-1] in FOR_BODY_HEADS
                and lookup_key(re.sub(r"^[Tt]he ", "", ent.text)) not in gazetteer().states):
            out[-1] = Entity(text[last.start_char: ent.end_char], "ORG", last.start_char, ent.end_char)
        else:
            out.append(ent)
    return out


def _second_house(name: str) -> bool:
    """'Art Gallery', 'Medical Center', 'Museum': a house's head with at most two subject words before it."""
    words = name.split()
    return len(words) <= 3 and words[-1] in SECOND_HOUSE_HEADS and all(w in SECOND_HOUSE_SUBJECTS for w in words[:-1])


def _without_trailing_and(ent: Entity) -> Entity:
    """'The Brill Library and' → 'The Brill Library', for a name ending with a house's head before its "and"."""
    words = ent.text.split()
    if len(words) > 2 and words[-1] == "and" and words[-2] in SECOND_HOUSE_HEADS and ent.text.endswith(" and"):
        return Entity(ent.text[: -len(" and")], ent.label_, ent.start_char, ent.end_char - len(" and"))
    return ent


def _joined_houses(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """A house's name and a second house NER read side by side across "and": one name, read as the first was ("the
    Kemble Museum" + "Art Gallery", the second read as a body, a building or a person: its words name no one). NER's
    "and" at the end of the first ("the Brill Library and" + "Museum") is no part of it."""
    out: list[Entity] = []
    for ent in sorted((_without_trailing_and(e) for e in ents), key=lambda e: e.start_char):
        last = out[-1] if out else None
        if (last is not None and last.label_ in ("ORG", "FAC") and ent.label_ in ("ORG", "FAC", "PERSON")
                and text[last.end_char: ent.start_char] == " and " and last.text.split()[-1] in SECOND_HOUSE_HEADS
                and _second_house(ent.text)):
            out[-1] = Entity(text[last.start_char: ent.end_char], last.label_, last.start_char, ent.end_char)
        else:
            out.append(ent)
    return [_with_unread_house(text, e, out) for e in out]


def _with_unread_house(text: str, ent: Entity, ents: Sequence[Entity]) -> Entity:
    """A house's name followed by a second house NER read as nothing ("the Kemble Museum" and Art Gallery): the
    whole name; not when more of a name follows ("… and Art Gallery of Ontario", "… and Museum Director Jane Roe")."""
    if ent.label_ not in ("ORG", "FAC") or ent.text.split()[-1] not in SECOND_HOUSE_HEADS:
        return ent
    m = _UNREAD_HOUSE.match(text, ent.end_char)
    if not m or not _second_house(m.group(1)) or any_overlaps(ents, ent.end_char, m.end()):
        return ent
    return Entity(text[ent.start_char: m.end()], ent.label_, ent.start_char, m.end())


def joined_bodies(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """'the London International Financial Futures' + 'Options Exchange' → one ORG, "London International Financial
    Futures and Options Exchange"; 'County Cricket Board' of "the Test and County Cricket Board" → the whole name.
    Not when the part before "and" is a name of its own (`_own_name`), nor when an entity runs past the words. Two
    bodies across "for" are one first (`_joined_at_for`), as are two houses of one institution across "and"
    (`_joined_houses`)."""
    out = _joined_houses(text, _joined_at_for(text, ents))
    for m in _JOINED.finditer(text):
        start, end = m.start(1), m.end(1)
        if _own_name(m.group(2), text, start, out):
            continue
        inside = [e for e in out if e.start_char < end and m.start() < e.end_char]
        if not inside or any(e.start_char < m.start() or e.end_char > end for e in inside):
            continue  # (NER saw none of it, or a longer name holds it)
        if any(e.start_char <= start and e.end_char == end for e in inside):
            continue  # (read whole already)
        out = [e for e in out if e not in inside] + [Entity(m.group(1), "ORG", start, end)]
    return sorted(out, key=lambda e: e.start_char)
