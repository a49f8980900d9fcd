"""Where the article names its actors, for the open questions' pronouns: each mention, its kind and sex, and the
names said with "the"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.lexicon import ROLE_NOUNS
from briefgen.extract.persons import GENDERED_PRONOUNS as PRONOUN_SEX, given_gender
from briefgen.extract.question_filters import PERSON_NOUNS
from briefgen.extract.question_grammar import YES_NO_AUX, aux_words
from briefgen.model import Actor


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an actor in the article's joined text."""

    offset: int
    name: str
    kind: str  # "person" or "collective" (organisation, state, group)
    gender: str = ""  # "male" or "female" when a title says so ("Prince George", "the Duchess"), else unknown
    ends_phrase: bool = True  # False where the name modifies a noun ("the Senate Democratic Caucus"): no antecedent


@lru_cache(maxsize=4096)  # own cache: hundreds of names per run would evict re's shared 512-entry cache
def whole_word(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")


# Titles that tell a person's sex, so that "she" never names "Prince George" nor "he" "the Duchess".
GENDERED_TITLES = {
    **dict.fromkeys("Mr Mr. Sir Lord King Prince Duke Earl Baron Father Brother Uncle Monsieur Herr Senor Señor".split(), "male"),
    **dict.fromkeys("Mrs Mrs. Ms Ms. Miss Madam Dame Lady Queen Princess Duchess Countess Baroness Sister Mother "
                    "Madame Frau Senora Señora".split(), "female"),
}
GENDERED_PRONOUNS = {"he": "male", "his": "male", "she": "female", "her": "female"}


def title_gender(words: list[str]) -> str:
    """The sex a title before a mention or opening the actor's name gives, or '' when none does."""
    return next((GENDERED_TITLES[w] for w in words if w in GENDERED_TITLES), "")


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8)  # one index per article, shared by mentions, definite_names, is_family and said_with_the
def word_index(text: str) -> dict[str, list[int]]:
    """Where each word of the text starts, by the word: a name is looked for only where its first word stands, so
    that finding every actor's names costs one pass over the text, not one per name (an article naming hundreds of
    actors took seconds). Callers only read it (it is cached)."""
    index: dict[str, list[int]] = {}
    for word in _WORD.finditer(text):
        index.setdefault(word.group(), []).append(word.start())
    return index


def occurrences(name: str, text: str, index: dict[str, list[int]] | None = None) -> list[int]:
    """Where the name occurs in the text as whole words (whole_word(name).finditer, through the text's word_index
    when there is one: worth building only to look for many names)."""
    first = _WORD.match(name)
    if first is None or index is None:  # (a name opening with a mark: searched the plain way)
        return [m.start() for m in whole_word(name).finditer(text)]
    pattern = whole_word(name)
    return [o for o in index.get(first.group(), ()) if pattern.match(text, o)]


def _finditer_offsets(name: str, text: str) -> list[int]:
    """occurrences(name, text) without overlaps, as whole_word(name).finditer gives them ("A A" twice in "A A A A",
    not three times), found through the text's cached word_index."""
    found: list[int] = []
    for offset in occurrences(name, text, word_index(text)):
        if not found or offset >= found[-1] + len(name):
            found.append(offset)
    return found


def mentions(text: str, actors: Sequence[Actor]) -> list[Mention]:
    """Where each actor's name or alias occurs in the article, in text order."""
    found: list[Mention] = []
    index = word_index(text)
    for actor in actors:
        if actor.type == "place":
            continue
        kind = "person" if actor.type == "person" and not is_family(actor.name, text) else "collective"
        ends: dict[int, int] = {}  # each offset and where its longest name found there ends
        for alias in {actor.name, *actor.aliases}:
            if len(alias) >= 2:
                for offset in occurrences(alias, text, index):
                    ends[offset] = max(ends.get(offset, 0), offset + len(alias))
        offsets = sorted(ends)
        # one title anywhere ("Prince George" once, "George" after) gives the person's sex for every mention, and so
        # does a given name that tells it ("Susan Rice": "he" never names her); a mention's own title tells its sex
        # before any other, and a title of the other sex is another person, named as written ("Mr. Clinton" where
        # "Mrs. Clinton" came first: rule own-title-sex)
        # (the word right before each mention, once: none at the text's start)
        before = {o: text[max(0, o - 30): o].split()[-1:] for o in offsets} if kind == "person" else {}
        own = {o: title_gender(words) for o, words in before.items()}
        gender = (title_gender(actor.name.split()[:1] + [w for words in before.values() for w in words])
                  or GENDERED_PRONOUNS.get(given_gender(actor.name) or "", "")) if kind == "person" else ""
        found.extend(Mention(offset, actor.name if not own.get(offset) or own[offset] == gender else
                             " ".join(text[max(0, offset - 30): ends[offset]].split()[-2:]),  # "Mr. Clinton" as written
                             kind, own.get(offset) or gender, not _MODIFIES_NOUN.match(text, ends[offset]))
                     for offset in offsets)
    return sorted(found, key=lambda m: (m.offset, m.name))


def definite_names(text: str, actors: Sequence[Actor]) -> frozenset[str]:
    """The names the article gives 'the' ("the Supreme Court", "the DNC", "the Queen"): most of their mentions follow
    it. A question keeps it ("Will the Supreme Court …", not "Will Supreme Court …"). A person's name takes it only when
    the name is a title ("the Duchess"): "the Donald Trump campaign" is no article of the name."""
    definite = set()
    index = word_index(text)
    for actor in actors:
        if actor.type == "person" and actor.name not in GENDERED_TITLES and not is_family(actor.name, text):
            continue
        if _mostly_after(_THE_BEFORE, noun_phrase_ends(actor.name, text, index), text):
            definite.add(actor.name)
    return frozenset(definite)


_THE_BEFORE = re.compile(r"\b[Tt]he $")


def noun_phrase_ends(name: str, text: str, index: dict[str, list[int]] | None = None) -> list[int]:
    """Where the name occurs ending its noun phrase (not as a modifier: "the New Zealand government"); without an
    index, not overlapping (as whole_word(name).finditer)."""
    found = occurrences(name, text, index) if index is not None else _finditer_offsets(name, text)
    return [o for o in found if _ENDS_NOUN_PHRASE.match(text, o + len(name))]


def _mostly_after(before: re.Pattern[str], offsets: list[int], text: str, reach: int = 4) -> bool:
    """Whether more than half of the offsets follow what `before` matches in the `reach` characters before them."""
    return sum(before.search(text, max(0, o - reach), o) is not None for o in offsets) * 2 > len(offsets)


# "the" and up to two modifiers before a name: "the extremist National Democratic Party", "the D.C.-based Arab American
# Institute" (the modifiers lower case, or hyphenated)
_THE_AND_MODIFIERS = re.compile(r"\b[Tt]he (?:(?:[a-z]+|[\w.]+-[a-z]+) ){0,2}$")


def said_with_the(name: str, text: str) -> bool:
    """A name (any, not only an actor's) the text writes after "the" most times it ends a noun phrase: "the Senate",
    "the Arab American Institute", so that a pronoun named by it keeps its "the"."""
    return _mostly_after(_THE_AND_MODIFIERS, noun_phrase_ends(name, text), text, reach=40)


def is_family(name: str, text: str) -> bool:
    """"the Clintons", "the Obamas": a surname in the plural, said with "the" most of the times the text names it and
    said in the singular too ("Clinton"), names a family, which "they" may stand for and "he" or "she" never does."""
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+[^s\W]s", name):
        return False
    # (through the text's word index: the namer asks this for each pronoun; a one-word name never overlaps itself)
    index = word_index(text)
    if not occurrences(name[:-1], text, index):
        return False
    return _mostly_after(_THE_BEFORE, occurrences(name, text, index), text)


# Nouns a body's name often modifies ("the Federal Reserve action", "a U.S. Senate seat", "Senate Republicans"): after
# them, or after another capitalised word ("the Senate Democratic Caucus"), the name is no antecedent of "it"/"they".
# (no word that is also a verb after a body's name: "the Senate votes", "Acme reports"; nor those who speak for the
# body: "E.U. leaders warn that … it could fall apart", "Acme officials said it …" name the body)
MODIFIED_NOUNS = frozenset("action actions decision decisions policy policies meeting meetings bill bills hearing "
                           "hearings data seat seats race races candidate candidates nominee nominees nomination "
                           "primary primaries caucus delegates delegation voters majority minority committee "
                           "investigation president presidency business democrats republicans".split())
_MODIFIES_NOUN = re.compile(r"[ \t]+(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]|(?:" +
                            "|".join(sorted(MODIFIED_NOUNS)) + r")\b)")
# What may follow a name that ends its noun phrase: punctuation, a possessive, or a verb or function word.
_ENDS_NOUN_PHRASE = re.compile(r"\s*(?:$|[^\w\s]|(?:" + aux_words() + r"|said|says|and|or|of|in|on|at|to|for|with|"
                               r"from|by|that|which|who|as|\w+n['’]t)\b)")


_SUBJECT_NAME = re.compile(r"^\S+\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(?=\s+[a-z])")  # (not an owner: "X's …")


def name_sex(name: str) -> str | None:
    """'he' or 'she' when the name's first word is a title or a given name that tells it ("Mr. Smith", "Hillary
    Clinton"), else None."""
    first = name.split()[0] if name.split() else ""
    return {"male": "he", "female": "she"}.get(GENDERED_TITLES.get(first, "")) or given_gender(first)


def other_sex_pronoun(question: str, sex_of: Callable[[str], str | None] = name_sex) -> bool:
    """Whether a he/his/she/her in the question is of the other sex than its named subject, with no other name between
    that could own it: 'Will Hillary Clinton win over his supporters?', 'Will Mr. Smith keep her seat?' (the subject's
    sex told by `sex_of`, by default its title or given name; "Will Hillary Clinton's husband …" names a man first)."""
    subject = _SUBJECT_NAME.match(question)
    if len(question.split()) < 3 or question.split()[0].lower() not in YES_NO_AUX or not subject:
        return False
    sex = sex_of(subject.group(1))
    if not sex:
        return False
    for word in re.findall(r"[\w.'’-]+", question[subject.end():]):
        if word[:1].isupper():
            return False  # another name, which may be the pronoun's
        if PRONOUN_SEX.get(word.lower(), sex) != sex:  # (persons' table: "him" → "he")
            return True
    return False


# Words before a he/she in a question that can be the person it stands for: a name (capitalised), a person noun ("the
# driver", "the former president"), an agent noun ("each skater", "the toddler") or an age ("the 34-year-old").
PERSON_WORDS = PERSON_NOUNS | ROLE_NOUNS | frozenset("congressman congresswoman man woman men women person".split()) | \
    frozenset(title.lower().rstrip(".") for title in GENDERED_TITLES)  # "the king", "the duchess"
# Words in -er/-or that name no one ("a loss in either state", "one side over the other").
NOT_AGENTS = ("either", "neither", "whether", "other", "another", "after", "over", "under", "never", "ever", "rather",
              "later", "further", "together", "however", "whatever", "major", "minor", "prior", "order", "matter",
              "number", "power", "water", "paper", "letter", "border", "quarter", "center", "centre", "error", "favor",
              "labor", "honor", "color", "floor", "door", "chapter", "corner", "summer", "winter", "sector", "factor")
_PERSON_WORD = re.compile(r"^(?:[A-Z]|\d+-year-old$)")
_AGENT_NOUN = re.compile(r"\b(?:the|a|an|each|every|one|another)\s+(?:[\w-]+\s+){0,2}(?!" + "|".join(NOT_AGENTS) +
                         r"\b)[a-z-]{3,}(?:er|or|ist|ian)\b")
_GENDERED = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b")


def pronoun_without_person(question: str) -> bool:
    """Whether the question's first he/she/his/her comes with no word before it that could be its person: 'Will the
    political victory become one of the legacies of his presidency?', 'Was the panel created to hurt her prospects?'
    (from an article that writes capitals: a lower-cased one hides its names)."""
    found = _GENDERED.search(question)
    if not found:
        return False
    before = question[: found.start()]
    return not _AGENT_NOUN.search(before) and not any(word.lower() in PERSON_WORDS or _PERSON_WORD.match(word)
                                                      for word in re.findall(r"[\w.'’-]+", before)[1:])


# What follows "her" when it is the object, not a possessive ("help her defeat", "for her once").
_AFTER_OBJECT_HER = re.compile(r"\s+(?:own\b|[a-z]+ly\b|(?:to|in|on|at|for|with|from|into|once|if|when|as|and|or|"
                               r"out|up|down|off|back|over|a|an|the|that|this|[a-z]+(?<!ing)(?<!s)\b(?=\s+(?:the|a|an|"
                               r"to|his|her)\b))\b)")


def unnamed_possessives(question: str) -> str | None:
    """The question with each his/her that no word before it can own turned into "the" ("What happens if his departure
    signals …" → "… if the departure signals …", as question_rules.stray_possessives does for "its" and "their"), or
    None when such a pronoun is no possessive ("if he won", "help her defeat") and the question cannot stand."""
    while pronoun_without_person(question):
        found = _GENDERED.search(question)
        if found is None:
            break
        word = found.group(0)
        if word not in {"his", "her"} or word == "her" and (_AFTER_OBJECT_HER.match(question, found.end()) or
                                                            found.end() == len(question.rstrip("?"))):
            return None
        if re.match(r"\s+own\b", question[found.end():]):
            return None  # ("the own specialty")
        question = question[: found.start()] + "the" + question[found.end():]
    return question
