"""A speaker quoted without a role takes the one the article gives the same person in its narration."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefgen.extract.cues import cue_before
from briefgen.extract.cues_subject import sentence_subject
from briefgen.extract.lexicon import DETERMINERS, TITLE_WORDS as TITLES
from briefgen.extract.quote_marks import MASK, Span, mask, sentence_bounds
from briefgen.extract.speaker_check import names_a_post
from briefgen.extract.speaker_tokens import person_noun, tokenize
from briefgen.extract.speaker_words import SENTENCE_OPENERS
from briefgen.extract.speakers import Cue
from briefgen.model import Quote

# Forms of address: no role ("Mr. Lee").
COURTESY = frozenset({"Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms"})
# How a narration sentence gives a person's role, tried in order: its subject with an apposition ('Kathryn Waters,
# director of the gallery, expressed …'), or the speaker of its speech verb ("Carlineo's attorney, Sonya Zoghlin,
# said in an email …").
ROLE_READERS = (
    ("subject", lambda sentence: sentence_subject(tokenize(sentence), sentence)),
    ("reporter", cue_before),
)
ROLE_MAX_WORDS = 10  # a longer apposition tells a story, not a post
# Capitalised words before a surname that are no given name ("The Bush family", "When Bush …")
NOT_GIVEN = DETERMINERS | SENTENCE_OPENERS | frozenset("former president when while but and if as".split())


def a_role(role: str) -> bool:
    """A role to keep: not a form of address ("Mr."), not one lower-case word that is no person noun ("whether")."""
    return role not in COURTESY and names_a_post(role)


# Words after a role's head: "director of the gallery", "a lawyer at …", "a physician from Massachusetts and …"
HEAD_ENDS = frozenset("of at for from with in and".split())


def _a_post(role: str) -> bool:
    """A role naming a post or occupation: its head (before any "of", "at", "for") is a person's noun or title."""
    words = role.split()
    if not words or len(words) > ROLE_MAX_WORDS or not a_role(role):
        return False
    for n, w in enumerate(words):
        if w.lower() in HEAD_ENDS:
            words = words[:n]
            break
    return bool(words) and (person_noun(words[-1].lower().strip(",")) or words[-1].rstrip(".") in TITLES)


# A relative clause closing an apposition says what the person did, not their post: "a strategist for progressive
# causes whose agency" → "a strategist for progressive causes".
_RELATIVE = re.compile(r"\s+(?:who|whose|which)\b.*$")
# An apposition that goes on to others is a list, not a role: "To Sanders, his aides and those in attendance".
_LIST = re.compile(r"\band\s+(?:those|the|his|her|their|other|others)\b")


def _given_names(surname: str, paragraphs: Sequence[str]) -> set[str]:
    """The given names the article writes before a surname ('Jeb Bush', 'George P. Bush' → {'Jeb', 'George'})."""
    found = re.finditer(rf"\b([A-Z][\w'’-]+)(?:\s+[A-Z]\.)?\s+{re.escape(surname)}\b", " ".join(paragraphs))
    return {m.group(1) for m in found if m.group(1) not in TITLES and m.group(1).lower() not in NOT_GIVEN}


def _set_off(cue: Cue, sentence: str) -> bool:
    """The role is set off from the name by a comma, after it ('Kathryn Waters, director of the gallery,') or before
    it ("Carlineo's attorney, Sonya Zoghlin,"): not words run up to a name ('Clinton beat rival Sanders')."""
    beside = f"{cue.speaker}, {cue.role}" in sentence or f"{cue.role}, {cue.speaker}" in sentence
    return beside and not _LIST.search(cue.role)


def _is_name(speaker: str) -> bool:
    words = speaker.split()
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() for w in words)


def _same_person(quoted: str, named: str) -> bool:
    """'Zoghlin' or 'Sonya Zoghlin' quoted, 'Sonya Zoghlin' named: one surname, and one given name when both give
    one."""
    q, n = quoted.split(), named.split()
    return q[-1] == n[-1] and (len(q) == 1 or len(n) == 1 or q[0] == n[0])


def with_narration_roles(quotes: Sequence[Quote], paragraphs: Sequence[str],
                         by_par: Mapping[int, Sequence[Span]]) -> list[Quote]:
    """The quotes, those whose named speaker has no role given the role a narration sentence (no quote in it) gives
    that person ('Kathryn Waters, director of the gallery, expressed interest …'; then '"…," Waters said'). A
    surname two people the narration names share ("Bill Clinton", "Hillary Clinton") takes no role. by_par: the
    quotes' spans by paragraph."""
    roled = {q.speaker for q in quotes if q.role}
    missing = {q.speaker for q in quotes if q.speaker and q.speaker not in roled and _is_name(q.speaker)}
    if not missing:
        return list(quotes)
    surnames = {s.split()[-1] for s in missing}
    found: list[Cue] = []  # people the narration names with a role, in reading order
    for index, text in enumerate(paragraphs):
        if not any(f"{name}," in text for name in surnames):
            continue
        masked = mask(text, by_par.get(index, []))
        for start, end in sentence_bounds(masked):
            sentence = masked[start:end]
            if MASK in sentence or not any(f"{name}," in sentence for name in surnames):
                continue  # (a role set off by commas puts one after the name: "Lee, a pollster," "an aide, Ann Lee,")
            for _name, read in ROLE_READERS:
                cue = read(sentence)
                if cue is not None and cue.role:
                    cue = Cue(cue.speaker, _RELATIVE.sub("", cue.role), cue.context)
                if (cue is not None and cue.role and cue.pronoun is None and _is_name(cue.speaker)
                        and cue.speaker.split()[-1] in surnames and _a_post(cue.role)
                        and _set_off(cue, sentence)):
                    found.append(cue)
                    break
    if not found:
        return list(quotes)
    roles: dict[str, str] = {}
    for speaker in missing:
        role = next((c.role for c in found if _same_person(speaker, c.speaker)), None)
        people = {c.speaker for c in found if _same_person(speaker, c.speaker) and " " in c.speaker}
        if role is None or len(people) > 1 or (" " not in speaker and len(_given_names(speaker, paragraphs)) > 1):
            continue  # two people of that surname: the quote's may be either
        roles[speaker] = role
    return [replace(q, role=roles[q.speaker]) if q.speaker in roles and not q.role else q for q in quotes]
