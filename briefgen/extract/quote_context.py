"""Where or how a quotation was said, from the words after its speech verb: "told Axios on Tuesday", "in a statement"."""

from __future__ import annotations

import re

# Context phrases open with these after the verb: "in a statement", "on Twitter", "during a rally".
_CONTEXT_OPENERS = frozenset("in on at during via through while after before when to".split())
# (a date's comma before its year does not end the phrase: "in a March 19, 2011 email")
_CONTEXT_CUT = re.compile(r"\s+(?:that|following|adding|saying|as|because|but|and then)\b.*$|(?:,(?!\s\d{4}\b)|[;:]).*$")


_PHRASAL_ON = frozenset({"call", "calls", "called", "calling"})
CONTEXT_MAX_WORDS = 12  # a longer phrase after the verb is a clause run on, not how or where the words were said
# "…, according to the Post" right after the verb: the report the words are known from (a source the page should show)
_ACCORDING = re.compile(r"\s*,\s*(according to\s+[^,.;:!?\"“”()]{2,60}?)\s*(?:[,.;:!?]|$)")


def context_after(text: str, verb_end: int, verb: str) -> str | None:
    """'told Axios on Tuesday', 'in a social media post': how or where the words were said."""
    rest = text[verb_end:]
    reported = _ACCORDING.match(rest)
    if reported:
        return reported.group(1)  # '"…," the judge said, according to the Post': whose report gives the words
    m = re.match(r"\s+(\S+)", rest)
    if not m:
        return None
    first = m.group(1).lower()
    if verb.lower() in _PHRASAL_ON and first in {"on", "for", "out"}:
        return None  # "calling on Americans not to …", "called for …": the verb's own particle, not where it was said
    if verb.lower() in {"told", "tells", "telling"} or first in _CONTEXT_OPENERS:
        phrase = _CONTEXT_CUT.sub("", rest).strip()
        cut = re.sub(r"[\"“”].*$", "", phrase).strip()
        if cut != phrase:
            cut = re.sub(r"(?<=\w)[’']s$", "", cut)  # 'on CNN’s “State of the Union”', cut at the title: "on CNN"
        phrase = cut
        told = verb.lower() in {"told", "tells", "telling"}
        if told:
            if first in {"to", "about", "of"}:
                # "has been told to prepare …", "the story he told about his father": an order received or a topic,
                # not whom the words were told
                return None
            phrase = _told_whom(phrase)
        else:
            if len(phrase.split()) > CONTEXT_MAX_WORDS:
                return None  # a long phrase is a clause run on ("in August after Nabisco announced it would …")
            phrase = _without_clause(phrase)
        if not phrase or len(phrase.split()) > CONTEXT_MAX_WORDS or (not told and DISCOURSE_MARKER.match(phrase)):
            return None
        if not told and phrase.lower() in _CONTEXT_OPENERS:
            return None  # 'pledging to "win …"', 'said on "…"': the phrase was the quote itself, cut away above
        return f"{verb if told else ''} {phrase}".strip().rstrip(".!?")
    return None


# Phrases after a speech verb that link the argument, not say where or how the words were said:
# '"…," she said on the other hand', '"…," he added in turn'.
DISCOURSE_MARKER = re.compile(r"^(?:on the other hand|on the one hand|in fact|in turn|in addition|in particular|in short|"
                              r"in any case|in other words|at the same time|at least|at last|at first|in the end|"
                              r"on the contrary|in contrast|in return|in part)\b", re.IGNORECASE)


# After "told", words that open what was told rather than name whom or say where: "told Sky News any process
# …", "told reporters he would …", "told Reuters in Macau when asked if …".
_CLAUSE_START = frozenset("he she they it we i you any all there no every each when if whether about then".split())


def _told_whom(phrase: str) -> str:
    """Whom the words were told, and where or when ("Axios on Tuesday"), without the clause reported after it."""
    kept: list[str] = []
    for word in phrase.split():
        if kept and word[0].islower() and word.strip(",") in _CLAUSE_START:
            break
        kept.append(word)
    return " ".join(kept)


# A subject pronoun, or a demonstrative before no time word, right after the phrase's noun opens the clause reported
# after it: "said in a statement he would …", "said in the release this case demonstrates …" (not "in a statement
# this week", nor "at a rally in this city", where a preposition governs the demonstrative).
_SUBJECT_PRONOUNS = frozenset("he she they it we I you there".split())
_DEMONSTRATIVES = frozenset("this these those".split())
_TIME_WORDS = frozenset("week weekend morning afternoon evening night month year season spring summer fall autumn "
                        "winter time past".split())


def _without_clause(phrase: str) -> str:
    """'in the release this case demonstrates' → 'in the release': the context without a reported clause after it."""
    words = phrase.split()
    for n in range(2, len(words)):
        before, word = words[n - 1].lower(), words[n]
        if before in _CONTEXT_OPENERS or before in {"of", "with", "for", "from", "by", "and", "or"}:
            continue
        after = words[n + 1].lower().strip(".,") if n + 1 < len(words) else ""
        if word in _SUBJECT_PRONOUNS or (word.lower() in _DEMONSTRATIVES and after not in _TIME_WORDS
                                         and not after.endswith("day")):
            return " ".join(words[:n])
    return phrase
