"""The words between a speaker and its speech verb: adverbs, time words, a parenthetical, "has", "can be heard"."""

from __future__ import annotations

from briefgen.extract.lexicon import CALENDAR_WORDS, PERSON_PRONOUNS, VERB_ADVERBS
from briefgen.extract.speaker_tokens import Token, is_name_word
from briefgen.extract.speaker_words import TIME_WORDS

# A passive of hearing or seeing before a speech verb's participle: "a reporter can be heard asking", "Lee was seen
# shouting" — the subject is who speaks.
PERCEIVED = frozenset("heard seen overheard filmed recorded".split())
AUXILIARIES = frozenset("can could may might is was were are be been".split())
# Auxiliaries of a perfect or a future between a subject and its speech verb: "has written", "would say".
PERFECT_AUXILIARIES = frozenset("has have had would will".split())


def skip_back(tokens: list[Token], i: int) -> int:
    """Step back over adverbs, time words, a parenthetical and a passive 'can be heard' between a subject and its
    verb."""
    while i >= 0:
        low = tokens[i].low
        if low in VERB_ADVERBS or low in CALENDAR_WORDS or low in TIME_WORDS:
            i -= 1
        elif low in PERCEIVED and i > 0 and tokens[i - 1].low in AUXILIARIES:
            i -= 1
            while i >= 0 and tokens[i].low in AUXILIARIES:
                i -= 1
        elif low in PERFECT_AUXILIARIES and i > 0 and tokens[i - 1].is_word:
            i -= 1  # "Howard Gleckman, a senior fellow at …, has written", "Lee would later say"
        elif (tokens[i].text.islower() and low.endswith("ly") and len(low) > 4 and i > 0
              and (is_name_word(tokens[i - 1]) or tokens[i - 1].low in PERSON_PRONOUNS)):
            i -= 1  # "Brooke tearfully asked", "she angrily replied": an adverb after a name ("the family said" stays)
        elif tokens[i].text == ")":
            j = i - 1
            while j >= 0 and tokens[j].text != "(" and i - j < 12:
                j -= 1
            if j < 0 or tokens[j].text != "(":
                return i
            i = j - 1
        else:
            return i
    return i
