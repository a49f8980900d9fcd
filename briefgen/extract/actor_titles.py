"""A person's title before the name and the description after it ("Prime Minister", ", an adviser to …,"): the
actor's role."""

from __future__ import annotations

import re

from briefgen.extract.gazetteer import abbreviation_key, gazetteer
from briefgen.extract.lexicon import (ABBREVIATED_TITLES, CALENDAR_WORDS, FINITE_AUXILIARIES, PERSON_TITLES, ROLE_NOUNS,
                                      SINGULAR_TITLES, TITLE_WORDS)

__all__ = ["HONORIFICS", "NO_POST_WORDS", "OFFICE_NOUNS", "PLURAL_ROLE_NOUNS", "ROLE_JOINERS", "ROLE_MODIFIERS", "ROLE_OPENERS", "apposition_after", "bracketed_post_after",
           "post_after", "title_before"]

# Lower-case words that stand inside a title, before its role noun ("White House press secretary", "Republican
# presidential nominee", "deputy foreign minister"); read only once a role noun has been found after them.
ROLE_MODIFIERS = frozenset(
    "press deputy chief senior junior foreign defense defence interior finance justice health education national "
    "security state executive vice assistant associate acting interim communications campaign policy economic "
    "trade managing principal special top presidential vice-presidential team party founding board band council "
    "committee cabinet staff".split()
)
# A plural role noun before a list of names ("economists Ann Lee and Bo Park", "founding members Tom Johnston, …") is
# each one's role in the singular; "spokesmen" is the one plural no "-s" ends.
PLURAL_ROLE_NOUNS = {w: w[:-1] for w in ROLE_NOUNS if w.endswith("s") and w[:-1] in ROLE_NOUNS} | {"spokesmen": "spokesman"}
# Honorifics: they open a name ("Mr. Clarke"), they are no role.
HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", "Dr.", "Dr"})
# Words that join a title to what it governs ("Secretary of State"): never the first word of a role ("the
# extradition of Venezuelan Jorge Castro" gives no role "of"; "part of Prime Minister Rishi Sunak" gives
# "Prime Minister").
ROLE_JOINERS = frozenset({"of", "for", "to"})
# Words that open a sentence before a title, capitalised there but no part of the role: "As President, Obama …",
# "Then Governor Bush", "Like Senator Warren".
ROLE_OPENERS = frozenset("as then like unlike while when after before since now under with without but and or so yet".split())
# Role nouns that name an office, a body or a portfolio, not its holder: after a joiner they are what the title
# governs ("commissioner of police", "minister of justice"), no post of the person named.
OFFICE_NOUNS = frozenset("justice police campaign office statement source sources".split())
# Words of a title that name no post alone: a role never ends with them ("Former Obama speechwriter Jon Favreau" gives
# Obama no role "Former"; "Fans of former Seinfeld star" none).
NO_POST_WORDS = frozenset("former late ex then".split())
# Words that join the parts of a body's name ("the Arts and Humanities Citation Index"): a capitalised run before a title
# that stops at one of them is the end of a name, no part of the role.
NAME_JOINERS = frozenset({"and", "&"})


def _body_before(prefix: str, taken: int) -> bool:
    """'the Arts and' before the words taken as a role: "the", capitalised words that are no title, then the joiner."""
    words = prefix.rsplit(None, taken + 5)[: -taken - 1] if taken else []
    for n in range(len(words) - 1, max(-1, len(words) - 5), -1):  # (three name words at most)
        if words[n].lower() == "the":
            return n < len(words) - 1
        if (not words[n][:1].isupper() or not words[n][-1].isalpha() or words[n] in TITLE_WORDS
                or words[n].lower() in ROLE_NOUNS):
            return False  # ("the United Farm Workers, and Dream Act activist …": a comma ends the name)
    return False


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,3}")  # "U.S.", "U.N.", "D.C.": its dot ends no sentence inside a title


def title_before(paragraph: str, start: int) -> str | None:
    """'Israeli Prime Minister' before 'Benjamin Netanyahu': title and role words right before a name."""
    words = paragraph[:start].rsplit(None, 6)[-6:]  # (the last six only: not the whole prefix split for each name)
    role: list[str] = []
    stop = ""
    for word in reversed(words):
        bare = word.strip(",")
        if word != bare or (word[-1] in ".;:!?\"”’')" and word not in TITLE_WORDS and not _INITIALISM.fullmatch(word)):
            break  # (a clause or a quotation ends there: 'Afghans," team member'; not "U.S." of "U.S. Attorney")
        low = bare.lower()
        if (bare in TITLE_WORDS or low in ROLE_NOUNS or (bare[:1].isupper() and low in gazetteer().demonyms)
                or (role and bare[:1].isupper() and bare not in CALENDAR_WORDS and not low.startswith("the"))
                or (role and low in ROLE_MODIFIERS)):
            role.insert(0, bare)
            continue
        stop = bare
        break
    if stop in NAME_JOINERS and _body_before(paragraph[:start], len(role)):
        # "the Arts and Humanities Citation Index Professor Chomsky": a body's name, cut by its "and", runs into the
        # title; the role is the title alone ("Professor")
        while role and not (role[0] in TITLE_WORDS or role[0].lower() in ROLE_NOUNS):
            role.pop(0)
    while role and role[-1] in HONORIFICS and len(role) > 1:
        role.pop()  # "Undersecretary for Education Mr. Toccafondi": the title before the honorific is cut off
    while role and (not (role[-1] in TITLE_WORDS or role[-1].lower() in ROLE_NOUNS) or role[-1].lower() in NO_POST_WORDS):
        role.pop()
    while role and (role[0].lower() in ROLE_JOINERS or role[0].lower() in ROLE_OPENERS):
        role.pop(0)
    if not role or all(w in HONORIFICS for w in role) or role[-1].lower() in ROLE_JOINERS:
        return None
    # "the campaign of Sen. Rand Paul", "an aide to Sen. …": after a joiner, a whole title of the person's own
    # ("Secretary of State" keeps its joiner: 'State' alone is no title)
    joiner = max((n for n, w in enumerate(role) if w.lower() in ROLE_JOINERS), default=None)
    after = role[joiner + 1:] if joiner is not None else []
    own = after[1:] if after and _INITIALISM.fullmatch(after[0]) else after  # ("an aide to U.S. Sen. …")
    if joiner is not None and (" ".join(own) in PERSON_TITLES or any(w in ROLE_NOUNS and w not in OFFICE_NOUNS for w in after)
                               or (joiner > 0 and role[joiner - 1] in OFFICE_NOUNS)):  # ("the office of U.S. Attorney …")
        # ("family members of former president …", "Polaroids of author …": a lower-case post after the joiner is
        # the person's own, what comes before it someone else's or a thing's)
        role = role[joiner + 1:]
    # "Sens. Robert Menendez (D-N.J.), Joe Manchin III …": each of them is one senator ("economists …": one economist)
    return " ".join(SINGULAR_TITLES.get(w, PLURAL_ROLE_NOUNS.get(w, w)) for w in role)



# ", an adviser to …," — the description runs to a comma, full stop or semicolon; the dot of an initial or of
# an abbreviation ("George W. Bush", "the U.S. envoy") does not end it.
# An abbreviated title's dot ends nothing either: "a senior aide with Sen. Marco Rubio's campaign".
_TITLE_DOT = "|".join(rf"(?<=\b{t})" for t in ABBREVIATED_TITLES)
_NOT_TITLE_DOT = "".join(rf"(?<!\b{t})" for t in ABBREVIATED_TITLES)
_APPOSITION = re.compile(r",\s+((?:an?|the|who is|now|former)\s(?:[^,;:.\"“”()]|(?<=\b[A-Z])\.|(?:" + _TITLE_DOT + r")\.)"
                         r"{3,80}?)(?:,|(?<!\b[A-Z])" + _NOT_TITLE_DOT + r"\.|;|$)")


_SPEECH_VERB_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|stated|wrote|explained|noted)\b.*$", re.S)


# A finite auxiliary makes the words after a name's comma a clause, not a description ("Trump, the race was
# neck-and-neck …", "Amin, the first boat rescued on Friday was turned around …"), unless a relative pronoun opens
# the clause inside the description ("a former aide who was fired").
_FINITE = re.compile(r"\b(?:" + "|".join(sorted(FINITE_AUXILIARIES)) + r")\b")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b")


def _clause(words: str) -> bool:
    finite = _FINITE.search(words)
    return finite is not None and not _RELATIVE.search(words[: finite.start()])


# Endings of a compound adjective that still waits for its noun ("a Russian-born, London-based investor").
_ADJECTIVE_ENDINGS = ("-born", "-based", "-bred", "-raised", "-educated", "-trained")
# The part after a description's comma that goes on with it: a US state after its town ("a Neptune, N.J., native"),
# or the next adjective of a list before the noun ("a burly, balding 58-year-old").
_STATE_PART = re.compile(r",\s+((?:[A-Z][a-z]*\.\s?){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?=[a-z\d])")
_NEXT_PART = re.compile(r",\s+([^,;:.\"“”()]{1,80}?)(?=,|\.(?:\s|$)|;|$)")


def _waits_for_noun(role: str) -> bool:
    """'a Russian-born', 'a burly': the description so far ends with an adjective, no noun yet."""
    from briefgen.extract.actor_common_words import common_words  # (it reads actor_merge, which reads actor_titles)

    last = role.split()[-1]
    return last.lower().endswith(_ADJECTIVE_ENDINGS) or (
        last.islower() and common_words().get(last) == frozenset({"adj"}))


def _state_after_town(part: str) -> bool:
    gaz = gazetteer()
    return abbreviation_key(part) in gaz.us_abbreviations or part in gaz.us_states


def _town_modifies(role: str) -> bool:
    """'a Neptune', 'by a North Charleston': the description ends with a town's name that modifies a noun still to
    come after its state, not a town after a preposition ("a broker based in Tampa" is whole)."""
    words = role.split()
    while words and words[-1][:1].isupper():
        words.pop()
    return len(words) < len(role.split()) and bool(words) and words[-1].lower() in ("a", "an", "the")


_HEAD_ENDS = re.compile(r"\s(?:of|in|at|for|to|with|from|on|who|whom|whose|that|which|and)\s")
# Abstract nouns' endings: a description whose head noun is one says what, not who ("With Bush, the aggressive
# militarism of the Bush administration, …"; "a leader", "a 58-year-old" are who).
ABSTRACT_HEAD_ENDINGS = ("ism", "ness", "ity", "tion", "sion", "ment", "ance", "ence", "ship", "hood", "dom")


def _abstract_head(role: str) -> bool:
    """The description's head noun, the last word before its first preposition or relative, is abstract."""
    head = _HEAD_ENDS.split(f" {role} ", maxsplit=1)[0].split()
    return bool(head) and head[-1].islower() and head[-1].endswith(ABSTRACT_HEAD_ENDINGS)


def apposition_after(paragraph: str, end: int) -> str | None:
    """', an adviser to Iran's supreme leader,' after a name; a comma inside the description does not end it ("a
    Russian-born, London-based American investor", "a Neptune, N.J., native")."""
    m = _APPOSITION.match(paragraph, end)
    if not m or m.group(1).startswith("who") or _clause(m.group(1)) or _abstract_head(m.group(1)):
        return None
    # "Mary Holt, former aide to the governor said on Monday": the closing comma left out, the role ends at the verb
    role, at = m.group(1), m.end(1)
    for _ in range(3):
        state = _STATE_PART.match(paragraph, at)
        if state and _town_modifies(role) and _state_after_town(state.group(1).strip()):
            part = _NEXT_PART.match(paragraph, state.end(1))  # (", native and 2009 … graduate")
            if part is None:
                break
            role, at = f"{role}, {state.group(1).strip()}, {part.group(1)}", part.end(1)
            continue
        if _waits_for_noun(role):
            part = _NEXT_PART.match(paragraph, at)
            if part and not _clause(part.group(1)) and not _SPEECH_VERB_AFTER.match(" " + part.group(1)):
                role, at = f"{role}, {part.group(1)}", part.end(1)
                continue
            return None  # (no noun comes: no role)
        break
    return _SPEECH_VERB_AFTER.sub("", role).strip()


# Title words that name no post on their own, so never head a post in brackets ("(Vice)", "(Foreign)", "(Republican)").
NOT_POST_TITLE_WORDS = frozenset("defence defense democratic deputy finance foreign former gop house interior majority "
                                 "minority presidential prime republican state supreme vice of lady".split())
# The head nouns a post in brackets ends its first part with: a role noun or a title that names a post alone
# ("Speaker", "King", "Coach"), not an office ("(police)"), nor a plural ("(officials)"), nor an honorific.
BRACKETED_POST_HEADS = frozenset(
    (ROLE_NOUNS - OFFICE_NOUNS - frozenset(PLURAL_ROLE_NOUNS))
    | {w.lower() for w in TITLE_WORDS if w.isalpha() and w not in HONORIFICS} - NOT_POST_TITLE_WORDS)
# Words that end a post's head and open what it governs: "(Chief Executive Officer of Google)", "(CEO, Apple)".
_POST_TAIL_OPENERS = frozenset("of for to at in with".split())
_BRACKETED = re.compile(r"[ \t]*\(([^()\n]{2,80})\)")


def bracketed_post_after(paragraph: str, end: int) -> str | None:
    """'(Vice President)' of "Joe Biden (Vice President)", '(CEO, Apple)', '(deputy mayor of Lima)': a post written in
    brackets right after a name is the role. Its first part (up to a comma or a joiner) ends with a post's head
    (`BRACKETED_POST_HEADS`) after capitalised words or role modifiers only: a party label ("(R-Texas)"), a
    nickname ("(Leo)"), an age, a year ("(junior)") or words of a sentence ("(who was then president)") name no post."""
    m = _BRACKETED.match(paragraph, end)
    if not m:
        return None
    post = " ".join(m.group(1).split())
    words = post.split(",")[0].split()
    cut = next((n for n, w in enumerate(words) if n > 0 and w in _POST_TAIL_OPENERS), len(words))
    first = words[:cut]
    if not first or first[-1].lower() not in BRACKETED_POST_HEADS:
        return None
    if not all(w[:1].isupper() or w in ROLE_MODIFIERS or w in NO_POST_WORDS for w in first[:-1]):
        return None
    return post


def post_after(paragraph: str, end: int) -> str | None:
    """The role written right after a name: its apposition (", an adviser to …,"), else a post in brackets
    ("(Vice President)")."""
    return apposition_after(paragraph, end) or bracketed_post_after(paragraph, end)
