"""Phrases beside a speaker's name that are no part of it: co-workers after it, an opening phrase or a second post."""

from __future__ import annotations

from briefgen.extract.lexicon import CALENDAR_WORDS, ROLE_NOUNS
from briefgen.extract.speaker_tokens import Token, is_name_word, person_noun
from briefgen.extract.speaker_words import (
    ARTICLES, COWORKER_GROUPS, COWORKER_OWNERS, FIRST_POST_MAX_WORDS, GOVERNING, POST_ENDINGS,
)


def coworkers_start(tokens: list[Token], i: int) -> int:
    """'Paganini and his team (wrote)', 'Lee and colleagues (said)': the index of the named speaker's last token, before
    'and' and the group of co-workers (COWORKER_GROUPS) that speak with them; i itself when no such group ends there."""
    if tokens[i].low not in COWORKER_GROUPS:
        return i
    k = i - 1
    if k >= 0 and tokens[k].low in COWORKER_OWNERS:
        k -= 1
    if k >= 1 and tokens[k].low == "and" and is_name_word(tokens[k - 1]):
        return k - 1
    return i


# Prepositions opening a sentence's introductory phrase of time or occasion ("During the debate Trump said"): the
# phrase ends at a noun and the sentence's subject follows, its comma left out.
INTRO_PREPOSITIONS = frozenset("in at during after before on following since amid".split())


def name_after_intro_phrase(tokens: list[Token], first: int, phrase: str, role: str | None, text: str) -> str | None:
    """'In a Bloomberg interview Trump declared', 'During the debate Trump said', 'At the rally on Tuesday Jane Roe
    said': the name after an opening phrase (a preposition that opens the clause, a determiner, words ending in a
    lower-case noun or a day) is the subject, the phrase (opening at tokens[first]) no part of it; None for any other
    phrase."""
    words = phrase.split()
    if role or len(words) < 3 or words[0].lower() not in ARTICLES:
        return None
    run = len(words)
    while run > 0 and words[run - 1][:1].isupper():
        run -= 1
    while run < len(words) and words[run].lower().strip(".,") in CALENDAR_WORDS:
        run += 1  # "on Tuesday Jane Roe": the day ends the phrase
    name = words[run:]
    before = words[run - 1] if run > 0 else ""
    if not name or run < 2 or not before.isalpha() or before.lower() in GOVERNING or before.lower() in ARTICLES:
        return None  # "an interview with CNN Trump": the object of "with" may run into the name; not read
    if not 0 < first < len(tokens) or not text.startswith(phrase, tokens[first].start):
        return None
    if tokens[first - 1].low not in INTRO_PREPOSITIONS:
        return None
    if first >= 2 and tokens[first - 2].is_word:
        return None  # the phrase must open the clause ("said in a Bloomberg interview Trump …" is not read)
    return " ".join(name)


def joined_post_role(tokens: list[Token], i: int, role: str | None, text: str) -> str | None:
    """'Lead researcher and NASA planetary scientist (Lucas Paganini said)': a bare post (up to three words, lower-case
    but for the sentence's first, ending in a role noun or an agent's ending), "and", then the role found before the
    name (in the phrase ending at tokens[i]), opening the clause: both posts, the whole role; None when no such post
    comes before the role."""
    if not role or not role[:1].isalpha():
        return None
    at = text.rfind(role, 0, tokens[i].end)  # (the same words may come earlier in the text)
    n = next((n for n, t in enumerate(tokens) if t.start >= at), None)
    if at < 0 or n is None or n < 2 or tokens[n].start != at or tokens[n - 1].low != "and":
        return None
    k = n - 2
    while k > 0 and n - 1 - k < FIRST_POST_MAX_WORDS and tokens[k - 1].is_word and (
            tokens[k - 1].text.islower() or k == 1 or not tokens[k - 2].is_word):  # (or the sentence's first word)
        k -= 1
    words = tokens[k: n - 1]
    if k > 0 and tokens[k - 1].is_word:
        return None  # a longer clause runs into the post ("the crowd chanted and team owner …")
    if not is_first_post(words, capital_first=True):
        return None
    return text[words[0].start: tokens[n - 1].end] + " " + role


def is_first_post(words: list[Token], capital_first: bool = False) -> bool:
    """'lead researcher', 'study author': the first of two posts joined by "and" before a name ("lead researcher and
    NASA planetary scientist Lucas Paganini"), read by joined_post_role and speakers_after: up to FIRST_POST_MAX_WORDS
    lower-case words (the first capitalised when capital_first: it opens the sentence), ending in a role noun or a
    post's ending."""
    return (0 < len(words) <= FIRST_POST_MAX_WORDS
            and all(w.text.isalpha() and (w.text.islower() or (capital_first and m == 0)) for m, w in enumerate(words))
            and (words[-1].low in ROLE_NOUNS or words[-1].low.endswith(POST_ENDINGS)))


# The most words of the first description, after its article, in "the Ohio senator and Republican presidential
# candidate (said)".
FIRST_DESCRIPTION_MAX_WORDS = 4


def joined_description(tokens: list[Token], n: int, phrase: str, role: str | None, text: str) -> str | None:
    """'The Ohio senator and Republican presidential candidate (said)': an article and a description ending in a
    lower-case person noun, opening the clause, "and", then a second post with no article of its own (phrase, found
    before the verb opening at tokens[n], ending in a lower-case person noun): one person described twice, the whole
    phrase; else None. (The caller gives where the phrase opens: the same words may come earlier in the text.)"""
    words = phrase.split()
    if role or not words or words[0].lower() in ARTICLES or not (words[-1].islower() and person_noun(words[-1])):
        return None
    if n < 3 or n >= len(tokens) or not text.startswith(phrase, tokens[n].start) or tokens[n - 1].low != "and":
        return None
    head = tokens[n - 2]
    if not (head.text.islower() and person_noun(head.low)):
        return None
    k = n - 2
    while k > 0 and n - 2 - k < FIRST_DESCRIPTION_MAX_WORDS and tokens[k - 1].is_word and tokens[k - 1].low not in ARTICLES:
        k -= 1
    if k == 0 or tokens[k - 1].low not in ARTICLES or (k >= 2 and tokens[k - 2].is_word):
        return None  # (the article must open the clause: "Trump called the senator and …" is no subject)
    return text[tokens[k - 1].start: tokens[n].start] + phrase
