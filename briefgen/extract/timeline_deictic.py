"""Whether "today", "tomorrow", "yesterday" or "tonight" names a day: not in a name ("USA Today"), for the present at large ("nowadays") or an age ("tomorrow's leaders")."""

from __future__ import annotations

import re

from briefgen.extract.date_rules import PAST_TENSE
from briefgen.extract.lexicon import VOICE_NAMING_VERBS, verb_alternation
from briefgen.extract.timeline_tense import FUTURE


# "Today" with a past or future verb near it is a day ("gave it to the CBC today", "is to begin today"); in the present
# or conditional it means "nowadays" ("there are more magicians working today", "he would be a Libertarian today").
# (So is a perfect under "may", as under "might": "today the scope may well have expanded" infers what is so by now.)
_NOWADAYS = re.compile(r"\b(?:still|than ever|these days|nowadays|even today|would|could|might|"
                       r"may\s+(?:well\s+)?have)\b", re.IGNORECASE)
TENSE_WINDOW = 60  # characters either side of "today"
# Frames around "today" that set the present against the past or ask what is so now, whatever the verbs near them
# (a past one in "as true today as it was"): (name, pattern).
NOWADAYS_FRAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "That's as true today as it was a month ago", "she is just as strong today as she was"
    # (and the time it is set against: "a week or a month ago" there is no event either)
    ("then-and-now", re.compile(r"\b(?:as|so)\s+\w+\s+today\s+as\b[^,;.!?]*", re.IGNORECASE)),
    # "she can't make sense of where the party is today", "what's today called 'regenerative medicine'"
    ("what-it-is-today", re.compile(r"\b(?:where|what|who|how)(?:['’]s|\s+[^,.;]{1,40}?\s+(?:is|are))\s+today\b"
                                    r"(?!['’]s)", re.IGNORECASE)),
    # "Clinton's advantage today is the same one Obama enjoyed in 2008", "the rift today is no different": a likeness
    # of now and then (only "today" is in it: the past it is likened to may be an event of its own)
    ("same-as-then", re.compile(r"\btoday\s+(?:is|are|remains?)\s+(?:\w+ly\s+|just\s+|much\s+)?"
                                r"(?:the\s+same|similar|no\s+different)\b", re.IGNORECASE)),
)


def in_nowadays_frame(sentence: str, at: int) -> bool:
    """Whether the date at `at` lies in one of NOWADAYS_FRAMES (its "today", or the past it is set against)."""
    if "today" not in sentence.lower():
        return False
    start, end = max(0, at - 2 * TENSE_WINDOW), at + 2 * TENSE_WINDOW
    return any(frame.start() <= at < frame.end()
               for _name, pattern in NOWADAYS_FRAMES for frame in pattern.finditer(sentence, start, end))


# A word in "-ed" that tells no past of "today"'s clause (name, pattern read at the word: the text before it, or after
# it): an adjective ("a UN-supervised vote", "state-owned"), a participle of the present passive ("it is owned by",
# "are deployed", "'re tied") or, after "today", one after its noun with its agent ("Today it is owned by a company
# started by Mr. Clarke"; before it, "a report released by the ministry today" tells the day's release).
NOT_A_PAST_VERB_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("compound-adjective", re.compile(r"\w-$")),
    ("present-passive", re.compile(r"(?:\b(?:is|are|am)|['’](?:s|re))\s+(?:\w+ly\s+)?$", re.IGNORECASE)),
    # after an article or a possessive, a word in "-ed" modifies a noun: "its continued influence", "the elected mayor"
    ("after-a-determiner", re.compile(r"\b(?:a|an|the|its|his|her|their|our|my|your)\s+$", re.IGNORECASE)),
)
NOT_A_PAST_VERB_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("agent-by", re.compile(r"\s+by\b")),
)
# Present verbs of a state: a word in "-ed" straight before one, on either side of "today", is a participle after its
# noun, not the clause's verb ("nobody involved remains at the firm today"; "those killed today remain" cannot occur:
# "today" would lie between them). "is"/"are" are left out: "the man arrested is due in court today" is the day's.
PRESENT_STATE_VERBS = ("remain", "remains", "stay", "stays", "seem", "seems")
_BEFORE_A_STATE_VERB = re.compile(rf"\s+(?:{'|'.join(PRESENT_STATE_VERBS)})\b", re.IGNORECASE)
# A relative clause that does not hold "today" tells of its noun, not of today's clause: "Turkey, which was an ally of
# the West, is today …", "a real estate agent today who was a trader 25 years ago". It opens with "who" or "which"
# (or "that" straight before its verb: "a mediation that awarded …") and runs to the next mark.
_RELATIVE_OPENS = re.compile(r"\b(?:who|which)\b|\bthat\s+$", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:—–.!?]")


def _in_a_relative_clause_without(near: str, at: int, today: int) -> bool:
    """Whether the word at `at` lies in a relative clause of `near` that does not hold the "today" at `today`."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(near, 0, at)]
    opens = list(_RELATIVE_OPENS.finditer(near, marks[-1] if marks else 0, at))
    if not opens:
        return False
    close = _CLAUSE_MARK.search(near, at)
    return not opens[-1].start() <= today < (close.start() if close else len(near))


def _tells_the_past(near: str, today: int) -> bool:
    """Whether `near` holds a past verb of "today"'s clause (at `today`): a past form that is no adjective, present
    passive or agent's participle (NOT_A_PAST_VERB_*), no participle before a state verb (PRESENT_STATE_VERBS), nor in
    a relative clause without "today"."""
    for verb in PAST_TENSE.finditer(near):
        if any(p.search(near, 0, verb.start()) for _name, p in NOT_A_PAST_VERB_BEFORE) \
                or (verb.start() > today and any(p.match(near, verb.end()) for _name, p in NOT_A_PAST_VERB_AFTER)) \
                or _BEFORE_A_STATE_VERB.match(near, verb.end()) \
                or _in_a_relative_clause_without(near, verb.start(), today):
            continue
        return True
    return False


# Where another main clause begins: its verbs are not today's ("They were never allies, but today they share a view"),
# nor is the speech verb of a clause it reports ("noted that the rocket is in service today"). (THAT_CLAUSE_SPEECH_VERBS:
# the forms that report a "that" clause here; lexicon.REPORTING_VERBS and question_rules.REPORTING_VERBS are other lists.)
_ANOTHER_CLAUSE = re.compile(r";|,\s+(?:but|yet|whereas)\b", re.IGNORECASE)
THAT_CLAUSE_SPEECH_VERBS = (*VOICE_NAMING_VERBS, "saying", "noted", "noting", "argued", "stated")
_REPORTED_CLAUSE = re.compile(verb_alternation(THAT_CLAUSE_SPEECH_VERBS) + r"(?:\s+\w+)?\s+that\s", re.IGNORECASE)


def _means_nowadays(sentence: str, match: re.Match[str]) -> bool:
    if match.group(0).lower() != "today":
        return False
    start, end = max(0, match.start() - TENSE_WINDOW), match.end() + TENSE_WINDOW
    start = max([start] + [m.end() for m in _ANOTHER_CLAUSE.finditer(sentence, start, match.start())]
                + [m.end() for m in _REPORTED_CLAUSE.finditer(sentence, start, match.start())])
    after = _ANOTHER_CLAUSE.search(sentence, match.end(), end)
    near = sentence[start: after.start() if after else end]
    if _NOWADAYS.search(near):
        return True
    return not (_tells_the_past(near, match.start() - start)
                or any(m.group(0).lower() != "should" for m in FUTURE.finditer(near)) or re.search(r"\bto be\b", near))


# "the Today programme", "the tonight show" (in a text written small): a programme named for its time, in any case.
PROGRAMME_NOUNS = ("show", "programme", "program")
_PROGRAMME_AFTER = re.compile(rf"\s+(?:{'|'.join(PROGRAMME_NOUNS)})\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _part_of_a_name(sentence: str, match: re.Match[str]) -> bool:
    """A capitalised 'Today' inside a sentence, beside another capitalised word, is a name: 'USA Today', 'Trending
    Today USA', 'the Today Show'; so is 'the Today programme' (PROGRAMME_NOUNS)."""
    word = match.group(0)
    if _PROGRAMME_AFTER.match(sentence, match.end()) and _THE_BEFORE.search(sentence, max(0, match.start() - 5),
                                                                          match.start()):
        return True
    if not word[:1].isupper() or not sentence[: match.start()].strip(" \"“‘'("):
        return False
    before = sentence[: match.start()].rsplit(None, 1)  # (the next words only: splitting the whole sentence at each
    after = sentence[match.end():].split(None, 1)  # of its dates was quadratic)
    return bool(before and before[-1][:1].isupper()) or bool(after and after[0][:1].isupper())


# Nouns of an age, not of an occasion: after "today's", "tomorrow's" or "yesterday's" they name the present, the future
# or the past at large ("tomorrow's leaders", "today's world", "yesterday's news"); "tomorrow's vote", "today's hearing"
# and "yesterday's Grand National" are days.
ERA_NOUNS = frozenset("""
world society generation generations youth children kids teens teenagers students leaders politicians voters consumers
workers workforce families parents women men heroes stars standards terms dollars money prices economy market markets
climate politics culture technology technologies media era age times problems challenges threats jobs news doings
version versions equivalent schools cities cars
""".split())
ERA_LOOKAHEAD = 4  # words after the possessive that may hold its noun ("today's more stridently ideological media")
_DEICTIC_POSSESSIVE = re.compile(r"['’]s\s+((?:[\w-]+ ){0,%d}[\w-]+)" % (ERA_LOOKAHEAD - 1))
# Where the noun phrase after the possessive ends: its head is the word before ("tomorrow's vote on jobs": "vote").
_PHRASE_ENDS = frozenset("of on in at for with to and or but that which who by from as is are was were will would has "
                         "have had".split())


def _names_an_era(sentence: str, match: re.Match[str]) -> bool:
    """'tomorrow's leaders', 'today's more stridently ideological media': a day's possessive whose noun is one of an
    age (ERA_NOUNS), or a comparison ('more', 'most'), which no day has."""
    after = _DEICTIC_POSSESSIVE.match(sentence, match.end())
    if not after:
        return False
    words = [w.lower() for w in after.group(1).split()]
    phrase = words[: next((i for i, w in enumerate(words) if w in _PHRASE_ENDS), len(words))]
    return bool(phrase) and (phrase[0] in ("more", "most", "less", "least") or phrase[-1] in ERA_NOUNS)


def no_day_meant(sentence: str, match: re.Match[str]) -> bool:
    """Whether the deictic day at `match` names no day: part of a name, "nowadays" or an age. (A frame that means
    nowadays, in_nowadays_frame, the timeline reads for every rule's date first: its "today" never gets here.)"""
    return _part_of_a_name(sentence, match) or _means_nowadays(sentence, match) or _names_an_era(sentence, match)
