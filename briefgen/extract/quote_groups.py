"""Who a pronoun around quotes may stand for: people's names, a pair of people, a family ("they": 'the Richards')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.lexicon import DETERMINERS
from briefgen.extract.persons import given_gender
from briefgen.extract.quote_marks import Span, mask
from briefgen.extract.speaker_tokens import person_noun
from briefgen.extract.speaker_words import ARTICLES, ROLE_MODIFIERS
from briefgen.extract.speakers import Cue

# '"…," they wrote.': "they" is the group of people named last before the quote, within the paragraph and the two
# before it: a pair of people ("Bill and Denise Richard wrote …", a pair quoted), a family, "the" and the plural of a
# surname the article gives a person ("the Richards", "the Clintons"), or a described group that reports
# (REPORTING_GROUP: "The authors say …"). (A bare plural, "officials", is not followed: "they" then stays unresolved.)
FAMILY = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+(?:[’'-][A-Z][a-z]+)?)s\b")
# "The authors say", "the two researchers wrote": "the", up to two lower-case words, a plural person's noun
# (person_noun of its singular), then a speech verb right after it.
REPORTING_GROUP = re.compile(r"\b([Tt]he\s+(?:[a-z-]+\s+){0,2}([a-z]+)s)\s+(?:say|said|wrote|told|argue|argued|warn|"
                             r"warned|conclude|concluded|report|reported)\b")
GROUP_PARAGRAPHS_BACK = 2
CONJUNCTION = re.compile(r"\s+(?:and|&)\s+")

Position = tuple[int, int]  # (paragraph, offset)


def last_conjunct(cue: Cue) -> Cue:
    """'Wilcox and Beruff' → 'Beruff': of two people who spoke together, a later "he" or "she" can only be one, and
    the one named last is the nearest (as for any other speaker, the most recent fitting name is taken)."""
    parts = CONJUNCTION.split(cue.speaker)
    if len(parts) > 1 and all(is_person_like(p) for p in parts):
        return Cue(parts[-1], cue.role, cue.context)  # (an apposition after the pair stands beside the last name)
    return cue


def is_person_like(speaker: str) -> bool:
    """A proper name (capitalised words), not a description such as 'the newspaper'."""
    words = speaker.split()
    return (bool(words) and words[0].lower() not in DETERMINERS and all(w[0].isupper() for w in words if w.isalpha())
            and "’s" not in speaker and "'s" not in speaker)


def is_person(name: str, people: dict[str, str]) -> bool:
    """A name the article gives a person: opened by a given name, or (its surname) met with one or a title."""
    return given_gender(name) is not None or name in people or name.split()[-1] in people


def pair_of_people(cue: Cue, people: dict[str, str]) -> bool:
    """'Bill and Denise Richard', 'Wilcox and Beruff': names joined by "and", each a person's (is_person), not the
    end of a body's name ('the National Academies of Sciences, Engineering and Medicine')."""
    parts = CONJUNCTION.split(cue.speaker)
    return len(parts) > 1 and all(is_person_like(p) and is_person(p, people) for p in parts)


def families(paragraphs: Sequence[str], by_par: dict[int, list[Span]], people: dict[str, str]) -> list[tuple[Position, Cue]]:
    """Where the narration names a family by a surname the article gives a person ("the Richards" beside "Martin
    Richard") or a described group that reports ("The authors say"), with the group, for a later "they"."""
    surnames = {name.split()[-1] for name in people}
    found: list[tuple[Position, Cue]] = []
    for index, text in enumerate(paragraphs):
        masked = mask(text, by_par.get(index, []))
        for m in FAMILY.finditer(masked):
            if m.group(1) in surnames:
                found.append(((index, m.start()), Cue("the " + m.group(1) + "s")))
        for m in REPORTING_GROUP.finditer(masked):
            if person_noun(m.group(2)):
                found.append(((index, m.start()), Cue(m.group(1))))
    return sorted(found, key=lambda item: item[0])


def last_group(groups: list[tuple[Position, Cue]], span: Span) -> Cue | None:
    """The group named last before the quote, when it is named close enough (GROUP_PARAGRAPHS_BACK)."""
    before = [(at, g) for at, g in groups if at < (span.paragraph, span.open_mark)]
    if not before:
        return None
    at, group = max(before, key=lambda item: item[0])
    return group if at[0] >= span.paragraph - GROUP_PARAGRAPHS_BACK else None


def described_person(cue: Cue) -> bool:
    """'Raynard Jackson, a black Republican campaign consultant, …': a full name its apposition describes as a person
    (a/an/the, then a person's noun before any "of")."""
    words = (cue.role or "").split()
    if len(cue.speaker.split()) < 2 or not words or words[0].lower() not in ARTICLES:
        return False
    head = words[: words.index("of")] if "of" in words else words
    return any(person_noun(w.lower().strip(",")) and w.lower() not in ROLE_MODIFIERS for w in head[1:])
