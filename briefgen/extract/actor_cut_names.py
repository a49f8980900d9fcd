"""A person's name NER cut short ("Aung San" before "Suu Kyi"), made whole again.

It is made whole from the names the article reads elsewhere ("Dries" before "Mertens"), from the person's role
before it, from its hyphen's tail ("Moon Jae" before "-in") or from a family name NER took for a pronoun
("Jianxiong" after "He").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefgen.extract.actor_candidate import is_given_name
from briefgen.extract.actor_words import COMPOUND_PARTICIPLES, PERSON_ROLES
from briefgen.extract.nlp import Entity, any_overlaps, overlaps

__all__ = ["COMPOUND_TAILS", "NICKNAMED", "PRONOUN_FAMILY_NAMES", "extend_by_known_name", "extend_by_hyphen_tail",
           "extend_by_nickname", "extend_by_pronoun_family_name", "glued_surnames", "name_after_role"]

_CAPITAL_RUN = re.compile(r" ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")


def extend_by_known_name(text: str, ents: Sequence[Entity], persons: frozenset[str]) -> list[Entity]:
    """'Aung San' + "Suu Kyi": a person's name NER cut short, the words right after it (in no entity) being a name NER
    reads as a person elsewhere in the article, is the whole name ("Aung San Suu Kyi")."""
    out = list(ents)
    for n, ent in enumerate(out):
        m = _CAPITAL_RUN.match(text, ent.end_char) if ent.label_ == "PERSON" else None
        if m is None or any(overlaps(e, m.start(), m.end()) for e in out if e is not ent):
            continue
        tail = next((m.group(1)[:k] for k in range(len(m.group(1)), 0, -1)
                     if m.group(1)[:k] in persons and m.group(1)[k:k + 1] in ("", " ")), None)
        if tail and tail != ent.text:
            end = m.start(1) + len(tail)
            out[n] = Entity(text[ent.start_char: end], "PERSON", ent.start_char, end)
    return out


# Lower-case tails after a name's hyphen that make a compound adjective, not a name ("Obama-era", "Trump-style"), beside
# the participles ("Kremlin-backed").
COMPOUND_TAILS = COMPOUND_PARTICIPLES | frozenset("era style like type esque ish sized year old wing".split())
_HYPHEN_TAIL = re.compile(r"-([a-z]{1,5})(?![\w'’-])")


def extend_by_hyphen_tail(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """'Moon Jae' before "-in a year ago": a person's name of two words or more that NER ended at a hyphen, the short
    lower-case tail after it no compound's ("Barack Obama-era"), is the whole hyphenated name ("Moon Jae-in")."""
    out = list(ents)
    for n, ent in enumerate(out):
        m = _HYPHEN_TAIL.match(text, ent.end_char) if ent.label_ == "PERSON" and " " in ent.text else None
        if m and m.group(1) not in COMPOUND_TAILS and ent.text.split()[-1][:1].isupper():
            out[n] = Entity(text[ent.start_char: m.end()], "PERSON", ent.start_char, m.end())
    return out


# Family names that are also English pronouns: NER leaves them out where a sentence opens with them ("He Jianxiong,
# the former executive director …" read as "Jianxiong").
PRONOUN_FAMILY_NAMES = frozenset({"He"})
_OPENING_PRONOUN = re.compile(r"(?:^|(?<=[.!?”\"]\s))(" + "|".join(sorted(PRONOUN_FAMILY_NAMES)) + r") $")


def extend_by_pronoun_family_name(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """'He' + 'Jianxiong': a one-word person right after a sentence's opening "He" is one name, family name first (no
    English sentence sets a bare name after the pronoun)."""
    out = list(ents)
    for n, ent in enumerate(out):
        m = _OPENING_PRONOUN.search(text, max(0, ent.start_char - 6), ent.start_char) if ent.label_ == "PERSON" else None
        if m and " " not in ent.text and ent.text[:1].isupper() and not ent.text.isupper():
            out[n] = Entity(text[m.start(1): ent.end_char], "PERSON", m.start(1), ent.end_char)
    return out


# A nickname or the initials of the given names in brackets, then the surname ("James Leander (Leo) Nichols",
# "Alan John Percivale (A.J.P.) Taylor"); NICKNAMED, a whole name so written.
_NICK = r"\(([A-Z][a-z]+|(?:[A-Z]\.){2,})\) ([A-Z][a-z][\w'’-]*)(?![\w'’-])"
_NICKNAME_AFTER = re.compile(" " + _NICK)
NICKNAMED = re.compile(r"^[A-Z]\S* (?:\S+ )*" + _NICK + "$")


def _nickname_fits(nick: str, given: str, inside: Sequence[Entity]) -> bool:
    """'A.J.P.' the initials of "Alan John Percivale"; or a word NER reads as no other kind of name ("Leo"; not
    "(Germany)" of a results line)."""
    if nick.endswith("."):
        return nick.replace(".", "") == "".join(w[0] for w in given.split())
    return all(e.label_ == "PERSON" for e in inside)


def extend_by_nickname(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """'James Leander' + " (Leo) Nichols": a person's given names NER ended before a nickname or their initials in
    brackets, then a surname NER reads as a person, are one name ("James Leander (Leo) Nichols"); the entities
    inside it go."""
    out: list[Entity] = []
    taken = -1
    for ent in ents:
        if ent.start_char < taken:
            continue
        m = _NICKNAME_AFTER.match(text, ent.end_char) if ent.label_ == "PERSON" and " " in ent.text else None
        if (m and any(e.label_ == "PERSON" and e.start_char == m.start(2) for e in ents)
                and _nickname_fits(m.group(1), ent.text, [e for e in ents if overlaps(e, m.start(1), m.end(1))])):
            ent, taken = Entity(text[ent.start_char: m.end()], "PERSON", ent.start_char, m.end()), m.end()
        out.append(ent)
    return out


# Labels of an entity that may be a given name NER misread ("Dries" read as a body, "Dries Mertens" as a product).
_GLUE_LABELS = frozenset(("PERSON", "ORG", "GPE", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"))
_ONE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_WORD_AFTER = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s?)?(?![\w'’-])")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")


def _bare(text: str) -> str:
    return re.sub(r"['’]s?$", "", text.strip())


def glued_surnames(texts: Sequence[str], entities: Sequence[Sequence[Entity]],
                   not_given: frozenset[str] = frozenset()) -> list[list[Entity]]:
    """'Romelu Lukaku, Yannick Carrasco, and Dries Mertens': a capitalised word (one word NER read as a body, or read
    nowhere) glued to a surname the article reads alone as a person's ("Mertens") is that person's given name: the two
    words are one person, wherever the article writes them ("Dries Mertens" read as a product too). Names of states
    and peoples (`not_given`: "Belgian Mertens") give no given name, nor a name the article reads alone elsewhere
    ("Apple" before a product "Thunderbolt" NER read as a person)."""
    surnames = {_bare(e.text) for ents in entities for e in ents if e.label_ == "PERSON" and _ONE_WORD.fullmatch(_bare(e.text))}
    alone = Counter(_bare(e.text) for ents in entities for e in ents)  # ("Apple" read as a body throughout is one)
    full: set[str] = set()
    for text, ents in zip(texts, entities):
        for ent in ents:
            m = _WORD_AFTER.match(text, ent.end_char)
            if (ent.label_ in _GLUE_LABELS and ent.label_ != "PERSON" and _ONE_WORD.fullmatch(ent.text)
                    and ent.text.lower() not in not_given and alone[ent.text] == 1 and m and m.group(1) in surnames
                    and not any_overlaps(ents, m.start(1), m.end(1))):
                full.add(f"{ent.text} {m.group(1)}")
    if not full:
        return [list(ents) for ents in entities]
    out = []
    for text, ents in zip(texts, entities):
        found = []
        for ent in ents:
            before = _WORD_BEFORE.search(text, 0, ent.start_char) if ent.label_ == "PERSON" else None
            after = _WORD_AFTER.match(text, ent.end_char)
            if before and f"{before.group(1)} {_bare(ent.text)}" in full and not any_overlaps(ents, before.start(1), before.end(1)):  # "Dries" + "Mertens's" read as a person
                ent = Entity(text[before.start(1): ent.end_char], "PERSON", before.start(1), ent.end_char)
            elif after and f"{ent.text} {after.group(1)}" in full and not any_overlaps(ents, after.start(1), after.end(1)):  # "Dries" read as a body + "Mertens"
                ent = Entity(text[ent.start_char: after.end(1)], "PERSON", ent.start_char, after.end(1))
            elif _bare(ent.text) in full:  # "Dries Mertens" read as a product
                ent = Entity(ent.text, "PERSON", ent.start_char, ent.end_char)
            found.append(ent)
        out.append(found)
    return out


_ROLE_AND_WORD = re.compile(r"(?<![\w'’-])([a-z]+(?:-[a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")
_NOT_PEOPLE_LABELS = frozenset(("ORG", "GPE", "LOC", "FAC"))
_ROLE_NAME_LABELS = _NOT_PEOPLE_LABELS | {"PERSON"}


def name_after_role(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """'athletes Vitas Gerulaitis (tennis)', NER reading "Gerulaitis" alone, as a place: a person's lower-case role, a
    capitalised word NER read nowhere and one word read as a place or a body are a person's whole name; so are a role, a
    given name and one word NER read as a person ("singer-songwriter Carly Simon", NER reading "Simon")."""
    out = list(ents)
    for n, ent in enumerate(out):
        m = _ROLE_AND_WORD.search(text, 0, ent.start_char) if ent.label_ in _ROLE_NAME_LABELS else None
        if (m and any(r in PERSON_ROLES or r[:-1] in PERSON_ROLES for r in m.group(1).split("-"))  # ("athletes …")
                and (ent.label_ != "PERSON" or is_given_name(m.group(2)))  # ("singer-songwriter Carly" + "Simon")
                and _ONE_WORD.fullmatch(_bare(ent.text))
                and not any_overlaps(out, m.start(2), m.end(2))):
            out[n] = Entity(text[m.start(2): ent.end_char], "PERSON", m.start(2), ent.end_char)
    return out
