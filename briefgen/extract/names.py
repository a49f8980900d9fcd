"""Stable keys for actor names: one slug per real-world actor however the article spells it."""

from __future__ import annotations

import re
import unicodedata

from briefgen.extract.lexicon import SPEAKER_HEADS, TITLE_WORDS

_POSSESSIVE = re.compile(r"[’']s?$", re.I)  # "TRUMP'S" as "Trump's"


def strip_possessive(text: str) -> str:
    """"Trump's" → 'Trump', "the Reyes'" → 'the Reyes': a possessive ending dropped."""
    return _POSSESSIVE.sub("", text)


# A word in capitals split where a name capitalises again: after a hyphen or an apostrophe, except a possessive "'s".
_NAME_PART = re.compile(r"([-'’])(?!s\b)")


def from_capitals(name: str) -> str:
    """'MR. KIRBY' → 'Mr. Kirby', "O'NEILL" → "O'Neill", 'AL-ASSAD' → 'Al-Assad', "TRUMP'S" → "Trump's": a name set in
    capitals by a transcript or a label, written as a name (capitals there are typography, not an acronym)."""
    return " ".join("".join(part.capitalize() for part in _NAME_PART.split(word.lower())) for word in name.split())


def strip_titles(name: str) -> str:
    """'President Donald Trump' → 'Donald Trump'; a name that is only titles is kept as it is, and so is a body's
    name that ends in an institution's noun ('Republican Party', 'Democratic National Committee')."""
    words = name.split()
    if words and words[-1].lower() in SPEAKER_HEADS["institution"]:
        return name
    i = 0
    while i < len(words) - 1 and (words[i] in TITLE_WORDS or words[i].lower() in {"the", "former"}):
        i += 1
    return " ".join(words[i:])


def actor_key(name: str) -> str:
    """Stable slug for an actor's page: 'Donald Trump', 'President Donald Trump' → 'donald-trump'.

    Titles, a leading "the", possessives, accents and punctuation are dropped, so every spelling of
    the same full name gives the same key. A surname alone ("Trump") cannot know its first name: within
    one briefing Actor.key is already the key of the actor's fullest name form, and across briefings
    briefgen/site.py (actor_index) decides when a bare surname stands for a full name.
    """
    text = unicodedata.normalize("NFKD", strip_titles(name.strip()))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = strip_possessive(text)
    text = re.sub(r"\bMc\s+(?=[A-Z])", "Mc", text)  # "Tina Mc Kenzie" as an interview's label spells her: McKenzie
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return "-".join(words) or "unknown"
