"""A bare surname that several people of an article bear ("Clinton" beside "Hillary Clinton" and "Bill Clinton"):
joined to one of them when the article tells which."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.extract.actor_name_forms import bare_words, named_son
from briefgen.extract.actor_words import KIN
from briefgen.extract.nlp import Entity
from briefgen.extract.persons import GENDERED_PRONOUNS, given_gender

if TYPE_CHECKING:
    from briefgen.extract.actor_merge import Cluster


# Nouns of kinship that name a person as someone's relative ("his father, Brent Bozell, Jr.", "her late husband Tom"):
# actor_words.KIN and the kin further off.
KINSHIP_NOUNS = KIN | frozenset("""widower uncle aunt nephew niece cousin grandfather grandmother stepfather stepmother
stepson stepdaughter father-in-law mother-in-law son-in-law daughter-in-law brother-in-law sister-in-law""".split())
# "his father, ", "her late husband ", "Ted Cruz's father " right before a name: a possessive, up to two lower-case
# words, a kinship noun, an optional comma.
_KIN_BEFORE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\w['’]s?) (?:[a-z]+ ){0,2}([a-z-]+),? $")


def kin_before(text: str, start: int) -> str | None:
    """'father' for "… and his father, Brent Bozell, Jr. was …": the kinship noun that introduces the name at `start`
    as someone's relative."""
    m = _KIN_BEFORE.search(text, max(0, start - 60), start)
    return m.group(1) if m and m.group(1) in KINSHIP_NOUNS else None


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[\"“”]")  # (a quotation's words speak of others: the window ends there)


def person_starts(entities: Sequence[Entity]) -> list[int]:
    """Where NER's PERSON entities start, in order: pronoun_after's stops, found once for a paragraph."""
    return sorted(e.start_char for e in entities if e.label_ == "PERSON")


def pronoun_after(text: str, end: int, persons: Sequence[int]) -> str | None:
    """'she' for "Trump, however, paints herself as …": the gender of the first gendered pronoun after a name in its
    sentence, before any quotation mark and any other person's name (`persons`: person_starts of the text's entities)."""
    stop = _SENTENCE_END.search(text, end)
    until = stop.start() if stop else len(text)
    following = bisect_left(persons, end)  # (the first person's name at or after `end`: one lookup, not a scan)
    until = min(until, persons[following]) if following < len(persons) else until
    for word in re.findall(r"[A-Za-z]+", text[end:until]):
        if word.lower() in GENDERED_PRONOUNS:
            return GENDERED_PRONOUNS[word.lower()]
    return None


def _only_one_of_gender(owners: list[Cluster], bare: Cluster) -> Cluster | None:
    """'Trump' beside "Donald Trump" and "Ivanka Trump", the pronouns after it all 'she' (at least PRONOUN_VOTES of
    them): the only bearer whose given name is a woman's, when every other bearer's is a man's (persons.given_gender);
    and so for 'he'."""
    if len(bare.pronouns) != 1 or sum(bare.pronouns.values()) < PRONOUN_VOTES:
        return None
    gender = next(iter(bare.pronouns))
    genders = [{given_gender(f) for f in c.forms if " " in f} for c in owners]
    if not all(len(g) == 1 and None not in g for g in genders):
        return None
    fits = [c for c, g in zip(owners, genders) if g == {gender}]
    return fits[0] if len(fits) == 1 else None


PRONOUN_VOTES = 2  # pronouns after a bare surname, all of one gender, that tell which bearer it is

# Words before a title that date it but leave the post the same ("former Vice President Biden" holds the post
# "Vice President Joe Biden" held).
_TITLE_TENSE = re.compile(r"^(?:(?:former|then|ex|late)[- ]+)+")


def post(role: str) -> str:
    """'vice president' of "former Vice President", "then-Vice President": the title in lower case without the
    words that date it."""
    return _TITLE_TENSE.sub("", role.lower().strip())


def _only_one_with_its_title(owners: list[Cluster], bare: Cluster) -> Cluster | None:
    """'Obama' as "President Obama" beside "President Barack Obama" and "Michelle Obama": the only bearer the article
    gives the title the bare surname carries, when all its titles name one post ("former Vice President" and "Vice
    President" are one)."""
    posts = {post(r) for r in bare.roles}
    if len(posts) != 1:
        return None
    fits = [c for c in owners if posts & {post(r) for r in c.roles}]
    return fits[0] if len(fits) == 1 else None


def _only_one_not_kin(owners: list[Cluster], surname: str) -> Cluster | None:
    """Of the people who bear the surname, the one not named in full only as someone's relative ("Brent Bozell III"
    beside "his father, Brent Bozell, Jr."), when there is one only."""
    others = [c for c in owners if not (0 < _full_name_mentions(c, surname) <= c.as_kin)]
    return others[0] if len(others) == 1 else None


def _only_one_not_son(owners: list[Cluster], sons: frozenset[str]) -> Cluster | None:
    """Of the people who bear the surname, the one who is not a son named after his father ("Walter Pike" beside
    "Walter Pike Jr.", introduced as his son: actor_name_forms.named_son), when there is one only."""
    others = [c for c in owners if not any(named_son(f, sons) for f in c.forms)]
    return others[0] if len(others) == 1 else None


def attach_shared_surnames(clusters: list[Cluster], sons: frozenset[str] = frozenset()) -> list[Cluster]:
    """'Cruz' with "Ted Cruz", "Heidi Cruz" and "Rafael Cruz" all named: the bare surname is the first of them named,
    when the article calls the others by their given names ("Heidi", "Rafael") and never that one; or the one
    whose full name the article gives SURNAME_DOMINANCE times as often as any other's; or the only one not named
    as someone's relative ("his father, Brent Bozell, Jr." beside "Brent Bozell III"); or the only one who is not a son
    named after his father ("Walter Pike" beside his son "Walter Pike Jr.", `sons`); or the only one given the title
    the surname carries ("President Obama" beside "President Barack Obama", "Michelle Obama"); or the only one of the gender
    the pronouns after the surname tell. Otherwise ("Joe Biden",
    "Hunter Biden", both called "Biden") it stays apart."""
    merged: set[int] = set()
    # the people by the surname of each of their full names, in list order (a merge adds one-word forms only, so
    # this stays true through the loop)
    bearers: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.kind == "person":
            for surname in dict.fromkeys(bare_words(f)[-1] for f in c.forms if len(f.split()) > 1):
                bearers.setdefault(surname, []).append(c)
    for bare in clusters:
        if bare.kind != "person" or any(" " in f for f in bare.forms):
            continue
        surname = next(iter(bare.forms)).split()[-1] if len(bare.forms) == 1 else None
        if surname is None:
            continue
        owners = [c for c in bearers.get(surname, ()) if c is not bare]
        if not owners:
            # "President Zelenskyy" beside "Volodymyr Zelensky": one bearer of the surname spelt with its last
            # letter doubled or single
            spelt = [c for v in spelling_variants(surname) for c in bearers.get(v, ()) if c is not bare]
            first = spelt[0] if len(spelt) == 1 else None
        elif len(owners) < 2:
            continue
        else:
            first = _bearer(owners, bare, surname, sons)
        if first is None:
            continue
        for form, n in bare.forms.items():
            first.forms[form] += n
            first.kinds.setdefault(form, Counter()).update(bare.kinds.get(form, Counter()))
        first.roles.update(bare.roles)
        first.extra_mentions += bare.extra_mentions
        first.first = min(first.first, bare.first)
        merged.add(id(bare))
    return [c for c in clusters if id(c) not in merged]


def _bearer(owners: list[Cluster], bare: Cluster, surname: str, sons: frozenset[str]) -> Cluster | None:
    """Which of the people who bear `surname` (two or more) the bare surname is, when the article tells
    (attach_shared_surnames)."""
    first = min(owners, key=lambda c: c.first)
    called_by_given_name = [c for c in owners if any(" " not in f and f != surname for f in c.forms)]
    named = sorted(owners, key=lambda c: -_full_name_mentions(c, surname))
    if _full_name_mentions(named[0], surname) >= SURNAME_DOMINANCE * _full_name_mentions(named[1], surname):
        return named[0]  # "Hillary Clinton" named four times, "Bill Clinton" once: "Clinton" is Hillary
    if first in called_by_given_name or len(called_by_given_name) != len(owners) - 1:
        # "his father, Brent Bozell, Jr." beside "Brent Bozell III"; "Trump … paints herself" beside Donald and Ivanka
        return (_only_one_not_kin(owners, surname) or _only_one_not_son(owners, sons)
                or _only_one_with_its_title(owners, bare) or _only_one_of_gender(owners, bare))
    return first


MIN_VARIANT_LENGTH = 5  # letters of a surname before its last letter is read as a spelling variant ("Hall" ≠ "Hal")


def spelling_variants(surname: str) -> tuple[str, ...]:
    """'Zelensky' for "Zelenskyy" and 'Zelenskyy' for "Zelensky": the surname with its last letter single or
    doubled (transliterations differ so), for a surname of at least MIN_VARIANT_LENGTH letters."""
    if len(surname) < MIN_VARIANT_LENGTH or not surname.isalpha():
        return ()
    if surname[-1] == surname[-2]:
        return (surname[:-1],)
    return (surname + surname[-1],)


SURNAME_DOMINANCE = 2  # at least this many times the full-name mentions of any other bearer of the surname


def _full_name_mentions(cluster: Cluster, surname: str) -> int:
    return sum(n for f, n in cluster.forms.items() if len(f.split()) > 1 and bare_words(f)[-1] == surname)
