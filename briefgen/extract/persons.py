"""The people an article names, with a gender when a given name or a title tells it (for resolving he and she)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.lexicon import GIVEN_NAMES, PERSON_TITLES, TITLE_WORDS
from briefgen.extract.names import strip_possessive

# Titles that tell a gender: "Mr. Farage", "Congresswoman Ruiz".
TITLE_GENDER: dict[str, str] = {
    "Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she", "Sir": "he", "Dame": "she", "Lord": "he", "Lady": "she",
    "King": "he", "Queen": "she", "Prince": "he", "Princess": "she", "Congressman": "he", "Congresswoman": "she",
    "Spokesman": "he", "Spokeswoman": "she", "Chairman": "he", "Chairwoman": "she", "Businessman": "he",
    "Businesswoman": "she",
}
_GIVEN = {name: gender for gender, names in GIVEN_NAMES.items() for name in names}
# A capitalised word with a small letter in it. (The look-ahead finds the small letter and the word is then taken
# whole: "[A-Z][\w'-]*[a-z][\w'-]*" matches the same but tries every split of a long word, cubic time on "Aa'Aa'…".)
_NAME_WORD = r"[A-Z](?=[\w’'-]*?[a-z])[\w’'-]*+"
# "Hillary Clinton", "Hillary Rodham Clinton", "John F. Kennedy", "Mr. Farage"
# (a lookahead, so that "Republican Donald Trump" is read from "Donald" as well)
_FULL_NAME = re.compile(rf"(?=\b({_NAME_WORD})(?:\s+[A-Z]\.)?((?:\s+{_NAME_WORD}){{1,2}}))")
_TITLED = re.compile(rf"\b({'|'.join(TITLE_GENDER)})\.?\s+((?:{_NAME_WORD}\s+)?{_NAME_WORD})")
# Titles that tell a person but no gender: "President Obama", "Sen. Cruz", "Secretary General Ban Ki-moon".
_PERSON_TITLE = "|".join(re.escape(t) for t in sorted((t for t in PERSON_TITLES if t[:1].isupper() and t.rstrip(".")
                                                       not in TITLE_GENDER), key=len, reverse=True))
_TITLED_ANY = re.compile(rf"\b(?:{_PERSON_TITLE})\s+((?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD})")


def given_gender(name: str) -> str | None:
    """'he' or 'she' from the first word of a name when it is a given name with a clear gender, else None."""
    first = name.split()[0].lower() if name.split() else ""
    return _GIVEN.get(first)


def person_genders(paragraphs: Sequence[str]) -> dict[str, str]:
    """Names the article gives a person ('Hillary Clinton' and the surname 'Clinton') -> 'he', 'she' or '?'.

    A person is a name opened by a known given name or a title; '' marks a person of unknown gender
    ("President Obama") and '?' a surname two people of different gender share in the article ('Bill Clinton',
    'Hillary Clinton'), so that it tells no gender.
    """
    found: dict[str, str] = {}

    def note(name: str, gender: str) -> None:
        name = strip_possessive(name)
        known = found.get(name, "")
        found[name] = gender if known in {"", gender} else known if gender == "" else "?"

    for text in paragraphs:
        for m in _FULL_NAME.finditer(text):
            gender = _GIVEN.get(m.group(1).lower())
            if gender is None:
                continue
            rest = m.group(2).split()
            note(f"{m.group(1)} {' '.join(rest)}", gender)
            note(rest[-1], gender)
        for m in _TITLED.finditer(text):
            gender = TITLE_GENDER[m.group(1)]
            note(m.group(2), gender)
            note(m.group(2).split()[-1], gender)
        for m in _TITLED_ANY.finditer(text):
            words = m.group(1).split()
            while len(words) > 1 and words[0] in TITLE_WORDS:
                words.pop(0)  # "Secretary General Ban Ki-moon": a second title word
            note(" ".join(words), "")
            note(words[-1], "")
    return found


def speaker_gender(speaker: str, genders: dict[str, str]) -> str | None:
    """The gender ('he', 'she') the article tells for a speaker's name, by its given name, the whole name or its
    surname; '?' for a surname shared by a man and a woman, None when nothing tells."""
    by_name = given_gender(speaker) if " " in speaker or speaker not in genders else None
    if by_name:
        return by_name  # "Hillary Clinton", or "Tom" alone when the article has no surname "Tom"
    for key in (speaker, speaker.split()[-1] if speaker.split() else speaker):
        gender = genders.get(key)
        if gender in {"he", "she"}:
            return gender
        if gender == "?":
            return "?"  # a surname two people of different gender share: fits neither pronoun
    return None


def titled_person(text: str, pronoun: str) -> str | None:
    """The one person a stretch of text names with a title of the pronoun's gender ('Mrs. Clinton' for "she"), or
    None when it names none or several, or names another person of that gender untitled: the New York Times' style gives every second reference a Mr./Mrs./Ms., so a
    "she said" with no speaker named before it is the woman so titled nearby, when she alone is."""
    names = {strip_possessive(m.group(2).split()[-1]) for m in _TITLED.finditer(text)
             if TITLE_GENDER[m.group(1)] == pronoun}
    if len(names) != 1:
        return None
    name = names.pop()
    # ("Paul Porter, a supporter of Mr. Trump, said …": an untitled person of that gender may be the one speaking)
    others = {n.split()[-1] for n, g in person_genders([text]).items() if g == pronoun}
    return name if others <= {name} else None
