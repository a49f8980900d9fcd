"""A sentence's subject whose verb is passive ("the sailors were granted …") says nothing: no speaker for its quote."""

from __future__ import annotations

import re

from briefgen.extract.cues_subject import sentence_subject
from briefgen.extract.question_clauses import PARTICIPLE
from briefgen.extract.question_grammar import AUXILIARIES, MODALS
from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speaker_words import PASSIVE_AUXILIARIES, PASSIVE_SPEAKER_FORMS
from briefgen.extract.speakers import Cue

# Participles after "be" that tell what the subject holds, says or takes part in, not what was done to it: "was
# worried that it would be "a disaster"", "is convinced", "was involved in the talks", "was quoted as saying"
# (PASSIVE_SPEAKER_FORMS); and "was asked about …, calling it "…"", where the one asked answers.
VIEW_PARTICIPLES = PASSIVE_SPEAKER_FORMS | frozenset(
    "worried concerned pleased delighted disappointed convinced determined surprised shocked frustrated excited "
    "interested committed dedicated opposed prepared satisfied amazed annoyed alarmed angered outraged troubled "
    "involved engaged asked questioned pressed interviewed".split())
# Words between the subject and its auxiliary ("has been", "will not be", "had already been").
_BEFORE_AUXILIARY = (r"(?:(?:" + "|".join(sorted({*MODALS, *AUXILIARIES["have"], "not", "never", "also", "already"}))
                     + r")\s+){0,3}")
_PASSIVE_VERB = re.compile(
    r"\s*(?:,[^,]{1,60},\s*)?" + _BEFORE_AUXILIARY + r"(?:" + "|".join(sorted(PASSIVE_AUXILIARIES)) +
    r")\s+(?:(?:not|never|\w+ly)\s+)?(?P<participle>" + PARTICIPLE.pattern + ")")


def passive_subject(frame: str, subject: Cue) -> bool:
    """The subject, where it first stands in the frame (past an apposition), is followed by a passive verb
    ("the sailors were granted", "Lee, the coach, has been fired"), not by one in VIEW_PARTICIPLES."""
    at = frame.find(subject.speaker)
    if at < 0:
        return False
    m = _PASSIVE_VERB.match(frame, at + len(subject.speaker))
    return m is not None and m.group("participle") not in VIEW_PARTICIPLES


def active_subject(frame: str) -> Cue | None:
    """cues_subject.sentence_subject of the frame, unless its verb is passive (the one a quote inside such a sentence
    is credited to; sentence_subject itself keeps it, for the "he"/"she" chains that read who the sentence is about)."""
    subject = sentence_subject(tokenize(frame), frame)
    return None if subject is None or passive_subject(frame, subject) else subject
