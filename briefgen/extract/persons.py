"""The people an article names, with a gender when a given name or a title tells it (for resolving he and she)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib.resources import files

from briefgen.extract.lexicon import GIVEN_NAMES, PERSON_TITLES, TITLE_WORDS, UNISEX_GIVEN_NAMES
from briefgen.extract.names import strip_possessive
from briefgen.extract.speaker_shapes import names_a_state
from briefgen.extract.speaker_tokens import ACCENT_SIGNS

# Titles that tell a gender: "Mr. Farage", "Congresswoman Ruiz".
TITLE_GENDER: dict[str, str] = {
    "Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she", "Sir": "he", "Dame": "she", "Lord": "he", "Lady": "she",
    "King": "he", "Queen": "she", "Prince": "he", "Princess": "she", "Congressman": "he", "Congresswoman": "she",
    "Spokesman": "he", "Spokeswoman": "she", "Chairman": "he", "Chairwoman": "she", "Businessman": "he",
    "Businesswoman": "she",
}
# The pronouns that tell a person's gender, by the gender's subject pronoun ("him" → "he").
GENDERED_PRONOUNS: dict[str, str] = {w: g for g, words in (("he", "he him his himself"), ("she", "she her hers herself"))
                                     for w in words.split()}


def _more_genders() -> dict[str, str]:
    """data/given_name_genders.tsv: given names beyond lexicon.GIVEN_NAMES -> 'he' or 'she' (a gender, a tab, names)."""
    table: dict[str, str] = {}
    for line in (files("briefgen.extract") / "data" / "given_name_genders.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            gender, names = line.split("\t", 1)
            table.update(dict.fromkeys(names.split(), gender))
    return table


# (a name both tables give, or one known as either gender's, keeps lexicon's reading)
_GIVEN = {**{name: g for name, g in _more_genders().items() if name not in UNISEX_GIVEN_NAMES},
          **{name: gender for gender, names in GIVEN_NAMES.items() for name in names}}
# A capitalised word with a small letter in it. (The look-ahead finds the small letter and the word is then taken
# whole: "[A-Z][\w'-]*[a-z][\w'-]*" matches the same but tries every split of a long word, cubic time on "Aa'Aa'…".)
# (Accents written decomposed or as UTF-8 read as Latin-1, "PeÃ±a", are part of the word: speaker_tokens' reading.)
_NAME_WORD = rf"[A-Z](?=[\w’'-]*?[a-z])(?:{ACCENT_SIGNS}|[\w’'-])*+"
# "Hillary Clinton", "Hillary Rodham Clinton", "John F. Kennedy", "Mr. Farage"
# (a lookahead, so that "Republican Donald Trump" is read from "Donald" as well)
# (the middle initial is kept, group 2, so that a name is given as the article writes it: "Mary E. Lovely")
_FULL_NAME = re.compile(rf"(?=\b({_NAME_WORD})(\s+[A-Z]\.)?((?:\s+{_NAME_WORD}){{1,2}}))")
_TITLED = re.compile(rf"\b({'|'.join(TITLE_GENDER)})\.?\s+((?:{_NAME_WORD}\s+)?{_NAME_WORD})")
# Titles that tell a person but no gender: "President Obama", "Sen. Cruz", "Secretary General Ban Ki-moon".
_PERSON_TITLE = "|".join(re.escape(t) for t in sorted((t for t in PERSON_TITLES if t[:1].isupper() and t.rstrip(".")
                                                       not in TITLE_GENDER), key=len, reverse=True))
_TITLED_ANY = re.compile(rf"\b(?:{_PERSON_TITLE})\s+((?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD})")
# A name and an age set off by commas tell a person but no gender: "Groberg, 33, opened up …" (a state's count,
# "Florida, 99,", is no age: names_a_state)
_AGED = re.compile(rf"\b((?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}),\s+(1[6-9]|[2-9]\d|1[01]\d),\s")


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
            rest = m.group(3).split()
            note(" ".join([m.group(1), *(m.group(2) or "").split(), *rest]), gender)
            note(rest[-1], gender)
        for m in _TITLED.finditer(text):
            gender = TITLE_GENDER[m.group(1)]
            note(m.group(2), gender)
            note(m.group(2).split()[-1], gender)
        for m in _AGED.finditer(text):
            if not names_a_state(m.group(1)):
                note(m.group(1), "")
                note(m.group(1).split()[-1], "")
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


def sole_bearer(surname: str, pronoun: str, genders: dict[str, str]) -> str | None:
    """'Carly Fiorina' for "Fiorina" and "she" when the article also names Frank Fiorina: the one full name that
    ends in the surname and has the pronoun's gender (the shortest, when all such names share a given name:
    'Hillary Clinton', 'Hillary Rodham Clinton'); None when there is none or more than one person."""
    names = [n for n, g in genders.items() if g == pronoun and " " in n and n.split()[-1] == surname]
    if not names or len({n.split()[0] for n in names}) > 1:
        return None
    return min(names, key=lambda n: (len(n), n))


def last_person_named(text: str, genders: dict[str, str]) -> str | None:
    """The person (a name of person_genders) the text names last, or None."""
    names = sorted((n for n in genders if n), key=lambda n: (-len(n), n))
    if not names or not text:
        return None
    found = list(re.finditer(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", text))
    return found[-1].group(0) if found else None


# Last words that make a "given name + words" match a body, not a person ("George Washington University", "John
# Birch Society"): such a name is never the one a "he" or "she" points to.
INSTITUTION_WORDS = frozenset("University College School Institute Society Foundation Church Center Centre Party "
                              "Association Council Committee Club Company Corporation Group Bank Hospital Museum "
                              "Library Academy Fund Trust Times Post Journal News Airport Bridge Street Avenue "
                              "Hall Park Square".split())
_PRONOUN_WORDS = {"he": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b"), "she": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b")}


def titled_person(text: str, pronoun: str) -> str | None:
    """The one person a stretch of text names with the pronoun's gender, by a title ('Mrs. Clinton' for "she") or a
    given name ('their neighbor Benjamin Green' for "he"), or None when it names none or several: the New York
    Times' style gives every second reference a Mr./Mrs./Ms., so a "she said" with no speaker named before it is
    the woman so named nearby, when she alone is. Only names before the stretch's first "he"/"his" (or "she"/"her")
    count: 'He declared that Donald Trump …, which he declared "…"' points to a man named earlier, not Trump."""
    first = _PRONOUN_WORDS[pronoun].search(text)
    text = text[: first.start()] if first else text
    found: dict[str, str] = {}  # surname -> the name to give (a titled surname, or the full given name and surname)
    for m in _TITLED.finditer(text):
        if TITLE_GENDER[m.group(1)] == pronoun and not _governed(text, m.start()):
            surname = strip_possessive(m.group(2).split()[-1])
            found.setdefault(surname, surname)
    for name, gender in person_genders([text]).items():
        if (gender == pronoun and " " in name and name.split()[-1] not in INSTITUTION_WORDS
                and not _governed(text, text.find(name))):
            found[name.split()[-1]] = name  # ("Ivanka Trump", not "Trump", whom the article may also name)
    return next(iter(found.values())) if len(found) == 1 else None


# A name after one of these (and any capitalised titles) is an object, not who acts: "the deaths of Ambassador Chris
# Stevens", "a supporter of Mr. Trump" ("with Hillary Clinton — who … — lambasting" opens a clause, so not "with").
_GOVERNING = re.compile(r"\b(?:of|for|to|against|about|on|at|from|by|than|like|under|over)\s+(?:[A-Z][\w.'’-]*\s+)*$")


def _governed(text: str, start: int) -> bool:
    return start >= 0 and bool(_GOVERNING.search(text[max(0, start - 60): start]))


# A second reference by title alone ("the admiral chuckled", "The senator said he …") stands for the person the
# article last named with that title ("Admiral Harris", "Sen. Ted Cruz"): the lower-case title -> its written forms.
SECOND_REFERENCE_TITLES: dict[str, tuple[str, ...]] = {
    "president": ("President",), "senator": ("Senator", "Sen."), "governor": ("Governor", "Gov."),
    "admiral": ("Admiral", "Adm."), "general": ("General", "Gen."), "mayor": ("Mayor",), "judge": ("Judge",),
    "ambassador": ("Ambassador",), "congressman": ("Congressman", "Rep."), "congresswoman": ("Congresswoman", "Rep."),
    "representative": ("Representative", "Rep."), "chancellor": ("Chancellor",), "pope": ("Pope",),
    "justice": ("Justice",), "prime minister": ("Prime Minister",), "speaker": ("Speaker",),
}
_SECOND_REFERENCE = re.compile(r"^(?:the|The)\s+(" + "|".join(SECOND_REFERENCE_TITLES) + r")$")


def second_reference(description: str, before: str) -> str | None:
    """The name 'the admiral' stands for: the last 'Admiral Harris' (or 'Adm. Harris') in the text before it."""
    m = _SECOND_REFERENCE.match(description.strip())
    if m is None:
        return None
    forms = "|".join(re.escape(f) for f in SECOND_REFERENCE_TITLES[m.group(1)])
    named = list(re.finditer(rf"\b(?:{forms})\s+((?:{_NAME_WORD}\s+)?(?:[A-Z]\.\s+)?{_NAME_WORD})", before))
    return strip_possessive(named[-1].group(1)) if named else None
