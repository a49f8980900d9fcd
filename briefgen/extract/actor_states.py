"""States and landmark places NER missed or read as a people.

A state's name from the table written in the text where NER found no name at all ("Brigita Bokovec (Slovenia)
12.92", "ITALY - Bond futures held …") or took for a people ("Armenia and Tajikistan"), a street or a hill that news
names for the power seated there ("on Wall Street"), and a name two states share ("Korea") meaning the one of them
the article names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from briefgen.extract.actor_candidate import is_given_name
from briefgen.extract.actor_merge import Mention
from briefgen.extract.actor_words import PLACE_OF, UK_NATIONS
from briefgen.extract.gazetteer import gazetteer, state_forms
from briefgen.extract.lexicon import PLACE_GIVEN_NAMES
from briefgen.extract.nlp import Entity, any_overlaps

__all__ = ["AMBIGUOUS_STATE_FORMS", "DIVIDED_STATE_NAMES", "SEAT_PLACES", "divided_state_senses", "missed_places",
           "missed_states", "norp_place"]

# Forms of a state's name that name other things as often: an airline, a surname, a river, a bird, a continent, a
# pronoun in capitals ("LET US"), a state's name inside others' ("Guinea").
AMBIGUOUS_STATE_FORMS = frozenset(
    "Emirates Holland Niger Congo Turkey America US Guinea Islamic Republic Dominica Georgia".split())


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    forms = [f for f in state_forms() if f not in AMBIGUOUS_STATE_FORMS and not is_given_name(f)
             and f.lower() not in PLACE_GIVEN_NAMES and len(f.replace(".", "")) > 2]  # ("U.S.", "UK": NER's own;
    # searched for, "U.S." named no more states on CoNLL than NER had and fewer right ones)
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # (not inside a longer name: "Italy Fund", "Italy-based", "Franco-Italian"; the words before: _inside_a_name)
    # (a dotted form goes before a name of its own: "U.S.A. Track and Field")
    return re.compile(rf"(?<![\w.&'’-])({alternation})(?![\w&'’-])(?:(?<=\.)|(?! [A-Z]))")


# A capitalised word before the name ("Latin America", "Radio Romania"), or one and "of" ("Bank of Italy"): a longer
# name's end.
_NAME_BEFORE = re.compile(r"[A-Z][\w.'’&-]*(?: of| for| in)? $")


def _inside_a_name(text: str, start: int) -> bool:
    before = text[max(0, start - 40): start]
    return bool(_NAME_BEFORE.search(before)) and not _SENTENCE_START.search(before)


_SENTENCE_START = re.compile(r"(?:^|[.!?:;(\[\"“]\s*)(?:[A-Z][\w'’]*) $")  # "In Belarus", "(Slovenia": no name before


# A market report's section label: the state in capitals, a dash ("ITALY - Bond futures held …").
_SECTION = re.compile(r"^([A-Z][A-Z. ]+?) - (?=\S)")


def missed_states(text: str, ents: Sequence[Entity]) -> list[tuple[str, int]]:
    """(form as written, start) of each state's name in `text` that overlaps no entity NER found."""
    found = [(m.group(1), m.start(1)) for m in _pattern().finditer(text) if not _inside_a_name(text, m.start(1))]
    section = _SECTION.match(text)
    if section and section.group(1).title() in state_forms():
        found.append((section.group(1).title(), 0))
    return [(form, start) for form, start in found
            if not any_overlaps(ents, start, start + len(form))]


# Places news names for the power seated there, which NER often leaves out ("worries on Wall Street"): the financial
# district, a government's street or hill, a press's street.
SEAT_PLACES = ("Wall Street", "Downing Street", "Capitol Hill", "Whitehall", "Fleet Street", "Dalal Street")
_SEAT = re.compile(r"(?<![\w.&'’-])(" + "|".join(re.escape(p) for p in SEAT_PLACES) + r")(?![\w&'’-])(?! [A-Z])")


# The United Kingdom's nations (actor_words.UK_NATIONS), which NER misses opening a sentence ("Wales beat San Marino
# 6-0"); not inside a longer name ("Bank of England", "New England", "Prince of Wales", "ex-England").
_NATION = re.compile(r"(?<![\w.&'’-])(" + "|".join(UK_NATIONS) + r")(?![\w&'’-])(?! [A-Z])")


def missed_places(text: str, ents: Sequence[Entity]) -> list[tuple[str, int]]:
    """(name, start) of each seat of power (not "Wall Street Journal") and each of the UK's nations in `text` that
    overlaps no entity NER found."""
    found = [*_SEAT.finditer(text), *(m for m in _NATION.finditer(text) if not _inside_a_name(text, m.start(1)))]
    return [(m.group(1), m.start(1)) for m in sorted(found, key=lambda m: m.start())
            if not any_overlaps(ents, m.start(1), m.end(1))]


# The words before "of" and a place's name ("the western Mexican state of Michoacan", "the coastal town of Staoueli").
_PLACE_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_OF | {"state"})) + r") of $")


def norp_place(text: str, start: int, key: str) -> bool:
    """A name at `start` NER read as a people (NORP; `key`: its lookup key) that is no demonym and no people's name but
    a state's or a capital's name, or a place's after "the state of", "the town of": the place ("Armenia and
    Tajikistan", "the state of Michoacan")."""
    gaz = gazetteer()
    if key in gaz.demonyms or key in gaz.peoples:
        return False
    return key in gaz.states or key in gaz.capitals or bool(_PLACE_OF_BEFORE.search(text, 0, start))


# The name two states share, each table name adding a word to it: alone ("Korea's Kim Shin-Wook was shown a yellow
# card"), it is the one of them the article names, if it names one only; with both or neither named (the peninsula, a
# history of the war) it stays the place it is.
DIVIDED_STATE_NAMES: dict[str, tuple[str, ...]] = {
    "korea": ("South Korea", "North Korea"),
}


def divided_state_senses(mentions: Sequence[Mention]) -> list[Mention]:
    """Each mention of a shared name (DIVIDED_STATE_NAMES) that is no person's, given the sense of the one state of it
    the mentions name, and typed a state (`actor_merge.canonical` then joins it to that state's actor)."""
    gaz = gazetteer()
    named = {gaz.states.get(m.key) for m in mentions if m.kind == "state"}
    out = list(mentions)
    for i, m in enumerate(out):
        states = [s for s in DIVIDED_STATE_NAMES.get(m.key, ()) if s in named]
        if m.kind != "person" and len(states) == 1:
            out[i] = replace(m, kind="state", sense=states[0])
    return out
