"""Which word of the narration around a quote is its speech verb: "said", "pointed out", "has written", not "his remarks"."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import DETERMINERS, INVERTING_VERBS, PERSON_PRONOUNS, QUANTIFIERS, SPEECH_VERB_FORMS
from briefgen.extract.speaker_tokens import Token
from briefgen.extract.speaker_words import PASSIVE_AUXILIARIES, PASSIVE_SPEAKER_FORMS, POSSESSIVE_ENDINGS

# Speech verbs written before their speaker ("said Comey", "…, says Carl Anthony, historian,"); opening a text, a
# capitalised one is still the verb.
INVERTING = frozenset(INVERTING_VERBS)


def speech_verb_at(tokens: list[Token], k: int) -> str | None:
    """The speech verb tokens[k] is or opens ("said", "pointed out", "has written"), as written; None when it is no
    speech verb here (a noun, "his remarks"; an agreement, "agrees with"; a passive instruction, "was told to")."""
    tok = tokens[k]
    low = tok.text.lower()
    if low not in _VERB_STARTS:
        return None  # (most words: every verb found below is or opens a SPEECH_VERB_FORMS form, or a PERFECT_ONLY_FORMS)
    if not tok.text[0].islower() and not (k == 0 and low in INVERTING):
        return None  # "States", "Says": a capitalised word is a name or a title, not the verb ("Said Comey" is)
    if low.endswith("s") and k > 0 and _noun_context(tokens[k - 1]):
        return None  # "Sanders' comments", "his remarks", "the claims": a noun, not the verb
    if low.endswith("s") and k > 1 and tokens[k - 1].is_word and tokens[k - 1].low not in PERSON_PRONOUNS and (
            tokens[k - 2].low in PLURAL_QUANTIFIERS or (tokens[k - 2].low == "of" and _ADJECTIVE.search(tokens[k - 1].text))):
        # "so many Republican claims", "32% of Democratic claims": a plural noun after its quantifier and a modifier
        # (but "the letter says", "the Department of Agriculture notes": a subject and its verb)
        return None
    if k + 1 < len(tokens) and tokens[k + 1].low in NOT_SPEECH_BEFORE.get(low, ()):
        return None  # "Gupta agrees with Putnam", "agrees to pay": an agreement, not the quote's attribution
    if _passive(tokens, k):
        return None  # "the army has been told to prepare for a …": the subject heard it
    if low in SPEECH_VERB_FORMS:
        return tok.text
    if low in PERFECT_ONLY_FORMS and k > 0 and tokens[k - 1].low in {"has", "have", "had"}:
        return tok.text  # '"…," Howard Gleckman, a senior fellow at …, has written'
    if k + 1 < len(tokens) and f"{low} {tokens[k + 1].low}" in SPEECH_VERB_FORMS:
        return f"{tok.text} {tokens[k + 1].text}"
    return None


def _passive(tokens: list[Token], k: int) -> bool:
    """tokens[k], a speech verb's past form, follows a passive auxiliary, maybe past one adverb in "-ly" ("was
    reportedly told"), and "to" follows it: an instruction its subject got ("has been told to prepare"; not "-ing",
    "was telling", nor PASSIVE_SPEAKER_FORMS; nor "Lee was asked about it", which often opens Lee's answer)."""
    low = tokens[k].low
    if low.endswith("ing") or low in PASSIVE_SPEAKER_FORMS or k + 1 >= len(tokens) or tokens[k + 1].low != "to":
        return False
    before = k - 1 if k > 1 and tokens[k - 1].low.endswith("ly") else k
    return before > 0 and tokens[before - 1].low in PASSIVE_AUXILIARIES


# Past participles of speech verbs that differ from their past tense, read as the verb after "has", "have", "had".
PERFECT_ONLY_FORMS = frozenset({"written"})
# The words speech_verb_at can read as a verb: a form, the first word of a two-word form ("pointed" of "pointed out"),
# or a PERFECT_ONLY_FORMS; it passes over any other word at once (most of a sentence's words).
_VERB_STARTS = SPEECH_VERB_FORMS | PERFECT_ONLY_FORMS | {f[:n] for f in SPEECH_VERB_FORMS for n, c in enumerate(f) if c == " "}


# Speech verbs that say nothing was said when these words follow them.
NOT_SPEECH_BEFORE: dict[str, frozenset[str]] = {"agrees": frozenset({"with", "to"})}


# Words that count a plural noun: a speech verb's -s form two words after one is that noun ("many Republican claims").
PLURAL_QUANTIFIERS = QUANTIFIERS | frozenset("numerous these those such other various".split())


# An adjective by its shape: lower case ("many recent claims") or a capitalised party or nationality ("Republican",
# "Democratic", "Islamic", "British", "Chinese").
_ADJECTIVE = re.compile(r"^[a-z]|(?:an|ic|ish|ese)$")


def _noun_context(prev: Token) -> bool:
    return prev.low in DETERMINERS or prev.text.endswith(POSSESSIVE_ENDINGS) or prev.low in {"of", "whose"}
