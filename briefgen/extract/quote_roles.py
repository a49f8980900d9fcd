"""A speaker quoted without a role takes the one the article gives the same person in its narration."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefgen.extract.cues import cue_before, cue_sentence_end, without_sentence_openers
from briefgen.extract.actor_words import PERSON_ROLES
from briefgen.extract.cues_according import cue_according
from briefgen.extract.cues_subject import sentence_subject
from briefgen.extract.lexicon import DETERMINERS, TITLE_WORDS as TITLES
from briefgen.extract.persons import given_gender
from briefgen.extract.quote_marks import MASK, Span, mask, sentence_bounds
from briefgen.extract.speaker_check import names_a_post
from briefgen.extract.speaker_tokens import person_post, tokenize
from briefgen.extract.speaker_words import SENTENCE_OPENERS
from briefgen.extract.speakers import Cue
from briefgen.model import Quote

# Forms of address: no role ("Mr. Lee").
COURTESY = frozenset({"Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms"})
# A copula giving a name its post: 'Hege is the CEO of DH.' (a/an/the opens the post; a comma ends it).
COPULA_VERBS = ("is", "was", "has been", "had been", "serves as", "served as")
COPULA = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*[a-z])\s+(?P<verb>" + "|".join(COPULA_VERBS)
                    + r")\s+(?P<role>(?:a|an|the)\s+[^,;:()\"“”]+?)\s*(?:[,;:]|\.?$)")


def _copula(sentence: str) -> Cue | None:
    """'Jane Roe is a lawyer in Boston.' → Jane Roe, 'a lawyer in Boston': a name opening the sentence, a copula, a
    noun phrase opened by a/an/the (up to a comma or the sentence's end)."""
    m = COPULA.match(sentence.strip())
    name = without_sentence_openers(m.group("name")) if m else None  # "But Roe is …" → "Roe"
    return Cue(name, m.group("role")) if m and name else None


# How a narration sentence gives a person's role: (rule name, reader, where the role may stand beside the name),
# tried in order. Placements: "after" ('Kathryn Waters, director of the gallery, expressed …'), "before"
# ("Carlineo's attorney, Sonya Zoghlin, said …"), "title" (run up to the name without a comma: 'Wild coach Bruce
# Boudreau said …', only where a speech verb or "according to" makes the name its source, so that 'Clinton beat rival
# Sanders' gives none), "titled" (the same for any subject when the role ends in a title, "Gov." or a post's
# "President": 'Later, Wisconsin Gov. Scott Walker endorsed …'; taken only when no other sentence gives a role),
# "copula" ('Hege is the CEO of DH.').
ROLE_READERS = (
    ("subject", lambda sentence: sentence_subject(tokenize(sentence), sentence), ("after", "before", "titled")),
    ("reporter", cue_before, ("after", "before", "title")),
    ("closing-attribution", cue_sentence_end, ("after", "before", "title")),
    # 'The gift came from the program, according to Jane Roe, assistant professor of art.', '…, according to curator
    # Jane Roe.': the source's role, as for a speech verb's subject
    ("according", cue_according, ("after", "before", "title")),
    ("copula", _copula, ("copula",)),
)
# How each placement writes role and name in the sentence.
PLACEMENTS = {
    "after": "{speaker}, {role}",
    "before": "{role}, {speaker}",
    "title": "{role} {speaker}",
    "titled": "{role} {speaker}",
    "copula": "{speaker} {verb} {role}",
}
ROLE_MAX_WORDS = 10  # a longer apposition tells a story, not a post
# Capitalised words before a surname that are no given name ("The Bush family", "When Bush …")
NOT_GIVEN = DETERMINERS | SENTENCE_OPENERS | frozenset("former president when while but and if as".split())


def person_posts(low: str) -> bool:
    """'candidates', 'analysts': a person_post in the plural."""
    return low.endswith("s") and person_post(low[:-1])


def a_role(role: str) -> bool:
    """A role to keep: not a form of address ("Mr."), not one lower-case word that is no person noun ("whether")."""
    return role not in COURTESY and names_a_post(role)


# Words run together in a pasted page ("BushASSOCIATED PRESSOhio Gov."): no role can be read from them.
GLUED = re.compile(r"[a-z][A-Z]{2,}")
# Words after a role's head: "director of the gallery", "a lawyer at …", "a physician from Massachusetts and …"
HEAD_ENDS = frozenset("of at for from with in on to and".split())


def _a_post(role: str) -> bool:
    """A role naming a post or occupation: its head (before any "of", "at", "for") is a person's noun, a post only a
    person holds ("coach", "actor": actor_words.PERSON_ROLES) or a title; not a form of address ("Manhattan-made
    Mr."), a noun in "-ment" (person_noun takes none), or words run together."""
    words = role.split()
    if not words or len(words) > ROLE_MAX_WORDS or not a_role(role):
        return False
    for n, w in enumerate(words):
        if w.lower() in HEAD_ENDS:
            words = words[:n]
            break
    head = words[-1].lower().strip(",") if words else ""
    if not words or words[-1] in COURTESY or GLUED.search(role):
        return False
    return person_post(head) or words[-1].rstrip(".") in TITLES


# A relative clause closing an apposition says what the person did, not their post: "a strategist for progressive
# causes whose agency" → "a strategist for progressive causes" (and the "and" before it: "… director and whose …").
_RELATIVE = re.compile(r"\s+(?:and\s+)?(?:who|whose|which)\b.*$")
# An apposition that goes on to others is a list, not a role: "To Sanders, his aides and those in attendance".
_LIST = re.compile(r"\band\s+(?:those|the|his|her|their|other|others)\b")


def _given_names(surname: str, paragraphs: Sequence[str]) -> set[str]:
    """The given names the article writes before a surname ('Jeb Bush', 'George P. Bush' → {'Jeb', 'George'}; not a
    title or a post written as one, 'Administrator Bolden')."""
    found = re.finditer(rf"\b([A-Z][\w'’-]+)(?:\s+[A-Z]\.)?\s+{re.escape(surname)}\b", " ".join(paragraphs))
    return {m.group(1) for m in found if m.group(1) not in TITLES and m.group(1).lower() not in NOT_GIVEN
            and (given_gender(m.group(1)) is not None or not person_post(m.group(1).lower()))}  # ("Roger": "-er")


def _placement(cue: Cue, sentence: str, placements: Sequence[str]) -> str | None:
    """The first of the reader's placements (PLACEMENTS), in order, that sets the role beside the name, None when
    none does: not words run up to a name the reader does not make a speaker ('Clinton beat rival Sanders'), nor a
    list of people."""
    if _LIST.search(cue.role or ""):
        return None
    last = (cue.role or "").split()[-1:] or [""]
    # ("Mid-field candidates Sen.": a list's head)
    plural = any(person_posts(w) for w in (cue.role or "").lower().split()[:-1])
    titled = (last[0].rstrip(".") in TITLES and (last[0].endswith(".") or last[0].lower() in PERSON_ROLES)
              and not plural)
    for p in placements:
        if p == "titled" and not titled:
            continue
        for v in COPULA_VERBS if p == "copula" else ("",):
            if PLACEMENTS[p].format(speaker=cue.speaker, role=cue.role, verb=v) in sentence:
                return p
    return None


def _post_from_name(cue: Cue, sentence: str) -> Cue:
    """'Police' + 'Commissioner Richard Ross' → 'Police Commissioner' + 'Richard Ross': a post's head noun a reader
    left on the name (no given name) belongs to the role written right before it."""
    first, _, rest = cue.speaker.partition(" ")
    head = first.lower()
    if (len(rest.split()) >= 2 and given_gender(first) is None and person_post(head)
            and f"{cue.role} {cue.speaker}" in sentence):
        return Cue(rest, f"{cue.role} {first}", cue.context)
    return cue


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
    that person ('Kathryn Waters, director of the gallery, expressed interest …'; then '"…," Waters said'), else the
    first role a quote's attribution gives the person under another name ('said Kevin Barrett, a lawyer at …'). A
    surname two people the narration names share ("Bill Clinton", "Hillary Clinton") takes no role. by_par: the
    quotes' spans by paragraph."""
    roled = {q.speaker for q in quotes if q.role}
    missing = {q.speaker for q in quotes if q.speaker and q.speaker not in roled and _is_name(q.speaker)}
    if not missing:
        return list(quotes)
    surnames = {s.split()[-1] for s in missing}
    named = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, surnames))) + r")\b")
    found: list[Cue] = []  # people the narration names with a role, in reading order
    titled: list[Cue] = []  # ... by a title run up to the name of any subject, taken after the others
    for index, text in enumerate(paragraphs):
        if not named.search(text):
            continue
        masked = mask(text, by_par.get(index, []))
        for start, end in sentence_bounds(masked):
            sentence = masked[start:end]
            if MASK in sentence or not named.search(sentence):
                continue
            for _name, read, placements in ROLE_READERS:
                cue = read(sentence)
                if cue is not None and cue.role:
                    cue = _post_from_name(Cue(cue.speaker, _RELATIVE.sub("", cue.role), cue.context), sentence)
                placement = (_placement(cue, sentence, placements) if cue is not None and cue.role
                             and cue.pronoun is None and _is_name(cue.speaker)
                             and cue.speaker.split()[-1] in surnames and _a_post(cue.role) else None)
                if placement == "titled" and cue not in titled:
                    titled.append(cue)  # (a later reader may still read the sentence another way)
                elif placement is not None:
                    found.append(cue)
                    break
    # then the roles the quotes' own attributions give a fuller name ('"…," said Kevin Barrett, a lawyer at Bailey &
    # Glasser'; then '"…," Mr. Barrett said'), in reading order
    found += [Cue(q.speaker, _RELATIVE.sub("", q.role)) for q in quotes if q.speaker and q.role and _is_name(q.speaker)
              and q.speaker.split()[-1] in surnames and _a_post(_RELATIVE.sub("", q.role))]
    found += titled
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
