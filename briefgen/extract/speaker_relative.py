"""The speaker of a relative clause's speech verb: its antecedent ("the running mate, Gov. Mike Pence, who called …")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from briefgen.extract.speaker_check import trim_description
from briefgen.extract.speaker_tokens import Token, person_noun
from briefgen.extract.speaker_words import ARTICLES, JOINING_PREPOSITIONS, ROLE_MODIFIERS, SPEAKER_NAME_PARTICLES

# Owners that may open a role before the name ("his daughter Ivanka Trump").
ROLE_OWNERS = frozenset("his her their its our".split())

if TYPE_CHECKING:
    from briefgen.extract.speakers import Cue


def _role_like(word: str) -> bool:
    low = word.lower()
    return not word[:1].islower() or person_noun(low) or low in ROLE_MODIFIERS or low in ROLE_OWNERS or low in ARTICLES


def _role_words(role: str | None) -> str | None:
    """The role found before a name, from the word after the last clause word that runs into a title: 'The board
    met Gov.' → 'Gov.', 'involve Attorney General' → 'Attorney General', 'the conservative radio host' and 'Sen. of Florida' stay;
    'steep for' → None (a phrase the name ends, not a post)."""
    words = (role or "").split()
    cut = max((n + 1 for n in range(len(words) - 1) if not _role_like(words[n])
               and words[n].lower() not in JOINING_PREPOSITIONS and words[n + 1][:1].isupper()), default=0)
    words = words[cut:]
    while words and not _role_like(words[0]):
        words = words[1:]
    if not words or words[-1].lower() in JOINING_PREPOSITIONS:
        return None
    return " ".join(words)


def _is_name(speaker: str) -> bool:
    """A capitalised name of one person or body: no lower-case word but a particle ("Patti LaBelle and Stevie Wonder"
    names two, and the clause may be either's)."""
    words = speaker.split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in SPEAKER_NAME_PARTICLES for w in words)


def _description(speaker: str) -> str | None:
    """'a lecture from the Mexican president' → 'the Mexican president': the article-led description of a person
    that ends the phrase, or None."""
    words = speaker.split()
    start = max((n for n, w in enumerate(words) if w.lower() in ARTICLES), default=-1)
    if start < 0 or len(words) - start > 4 or not person_noun(words[-1].lower()):
        return None
    if trim_description(" ".join(words[start:])) is None:
        return None  # "the river": an agent noun's ending on a word that names no one
    if any(w.lower() in JOINING_PREPOSITIONS or w.lower() in {"to", "in", "on", "with", "by"} for w in words[start:]):
        return None
    return " ".join(words[start:])


def who_antecedent(tokens: list[Token], who: int, text: str,
                   np_core: Callable[[list[Token], int, str], Cue | None]) -> tuple[str, str | None] | None:
    """The speaker of a speech verb right after ", who" at tokens[who]: the name before the comma (with its role
    when one is written before it), an article-led description of a person, or the name such a description sets off
    ("Scott Reed, the Chamber's strategist, who added"), as (speaker, role); None when the phrase is neither.
    np_core: speakers' reader of the noun phrase ending at a token."""
    if who < 2 or tokens[who - 1].text != ",":
        return None
    core = np_core(tokens, who - 2, text)
    if core is None:
        return None
    if _is_name(core.speaker):
        return core.speaker, _role_words(core.role)
    described = _description(core.speaker)
    if described is None or core.role:
        return None
    at = text.rfind(described, 0, tokens[who - 1].start)
    before = next((n for n in range(who - 2, -1, -1) if tokens[n].start < at), None)
    if before is not None and before > 0 and tokens[before].text == ",":
        named = np_core(tokens, before - 1, text)
        if named is not None and _is_name(named.speaker) and not named.role:
            return named.speaker, described  # the description is the name's apposition
    return described, None
