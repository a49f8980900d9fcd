"""Who says a speech verb's participle after a subordinate clause: the people that clause describes acting."""

from __future__ import annotations

from briefgen.extract.lexicon import DETERMINERS, NP_PREPOSITIONS
from briefgen.extract.speaker_tokens import Token, people_noun
from briefgen.extract.speaker_words import CROWD_COUNTS

# Words opening a clause that sets a scene beside the main clause; a crowd's participle (CROWD_PARTICIPLES) right
# after that clause's comma goes with the people gathered in it: '… where about 50 protesters had gathered, chanting
# "…"', '… when Sanders protesters interrupted her speech, shouting "…"'. ("after" and "because" are left out: '…
# went after Trump over his taxes, calling it "…"', the main clause's subject says it; so is a plain "saying": 'Lee
# spoke as reporters waited, saying she was "…"'.)
SCENE_CLAUSE_OPENERS = frozenset("where as when while".split())
# What many voices do at once.
CROWD_PARTICIPLES = frozenset("chanting shouting yelling singing cheering booing screaming".split())
# Words counting the people before their noun: "about 50 protesters", "some nurses", "dozens of fans"; the speaker
# is named from the count on, without the words that only hedge it ("about", a preposition opening no speaker).
HEDGING_COUNT_WORDS = frozenset("about nearly almost around roughly over".split())
COUNT_WORDS = frozenset("some more than several many few of".split()) | CROWD_COUNTS | HEDGING_COUNT_WORDS
# The most words from the opener to the comma before the participle.
SCENE_CLAUSE_MAX_TOKENS = 16
# The most lower-case words describing the people between their count or names and their noun ("maintenance").
SCENE_MODIFIERS_MAX = 2


# Words after the people noun that show it is not yet the subject's end or its verb: "protesters from Ohio", "and".
_NOT_VERBS = NP_PREPOSITIONS | DETERMINERS | {"and", "or", "who", "that"}


def _subject_end(tokens: list[Token], start: int, comma: int) -> int | None:
    """The index of the people noun heading the subject that opens tokens[start:comma], when a verb follows it:
    determiners or counts, capitalised words, at most SCENE_MODIFIERS_MAX lower-case modifiers, then the noun."""
    k = start
    while k < comma and (tokens[k].low in DETERMINERS or tokens[k].low in COUNT_WORDS or tokens[k].text.isdigit()):
        k += 1
    while k < comma and tokens[k].is_word and tokens[k].text[:1].isupper():
        k += 1
    for n in range(k, min(comma - 1, k + SCENE_MODIFIERS_MAX + 1)):
        tok, nxt = tokens[n], tokens[n + 1]
        if not (tok.is_word and tok.text.islower()) or tok.low in DETERMINERS or tok.low in NP_PREPOSITIONS:
            return None
        if people_noun(tok.low) and nxt.is_word and nxt.text.islower() and nxt.low not in _NOT_VERBS:
            return n
    return None


def scene_clause_subject(tokens: list[Token], j: int, frame: str) -> str | None:
    """'… where about 50 protesters had gathered on Wednesday, chanting': a crowd's participle tokens[j] follows a
    comma that closes a clause opened by a SCENE_CLAUSE_OPENERS word, whose subject is people described by a plural
    noun acting (a verb after them); they say the words. None when a name or pronoun, or no such noun, opens it."""
    if j < 3 or tokens[j - 1].text != "," or tokens[j].low not in CROWD_PARTICIPLES:
        return None
    opener = j - 2
    while opener >= 0 and tokens[opener].is_word and tokens[opener].low not in SCENE_CLAUSE_OPENERS:
        opener -= 1
    if opener < 0 or not tokens[opener].is_word or j - 1 - opener > SCENE_CLAUSE_MAX_TOKENS:
        return None
    end = _subject_end(tokens, opener + 1, j - 1)
    if end is None:
        return None
    start = opener + 1
    while start < end and tokens[start].low in HEDGING_COUNT_WORDS:
        start += 1
    return frame[tokens[start].start: tokens[end].end]
