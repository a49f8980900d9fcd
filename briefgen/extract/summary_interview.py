"""Where an interview's summary comes from: its introduction, or else its first question and the answer to it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.sentences import has_full_stop, split_sentences
from briefgen.extract.transcript import interviewers, speaker_name, transcript_turns
from briefgen.model import Paragraph

# An introduction of this many words before the first turn says who is interviewed and why ("On Saturday, Wikinews
# interviewed Tina McKenzie, a former member of …"): the summary is made of it alone. An answer's first sentences
# need their question ("[The Spitfire Tournament] was a really good tournament actually."); key points take the answers.
INTRO_WORDS = 25
# With no such introduction, the first question frames the summary ("Wikinews: Mr. President, as a Nobel Peace Prize
# recipient …, do you still think that there is a future to the peace process?"), then the answer to it, when the
# question is at most this long (else its last sentence, if that is short enough).
QUESTION_WORDS = 45
# A question typed without its mark ("How did you come to be involved with this discovery") opens so: it gets its "?"
# (anything else without a stop gets a full stop).
ASKING_START = re.compile(r"^(?:how|what|why|who|whom|whose|when|where|which|do|does|did|is|are|was|were|can|could|"
                          r"would|will|should|have|has|had)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Opening:
    """The paragraphs an interview's summary lines come from, and the question line that opens it (or None)."""

    paragraphs: frozenset[int]
    question: str | None = None


def interview_opening(paragraphs: tuple[Paragraph, ...]) -> Opening | None:
    """Where the summary of a transcript comes from (see INTRO_WORDS, QUESTION_WORDS); None for an article that is
    no interview, or one that opens on an answer with only a short introduction before it."""
    turns = transcript_turns(paragraphs)
    if not turns:
        return None
    first = turns[0][0]
    intro = [i for i in range(first) if paragraphs[i].kind in ("text", "quote")]
    if sum(len(paragraphs[i].text.split()) for i in intro) >= INTRO_WORDS:
        return Opening(frozenset(intro))
    asking = interviewers(turns)
    _at, label, question = turns[0]
    if label not in asking or intro:
        return None
    answer: list[int] = []
    for index, speaker, _text in turns[1:]:
        if speaker in asking:
            break
        answer.append(index)
    line = _question_line(question)
    if not answer or line is None:
        return None
    return Opening(frozenset(answer), f"{speaker_name(label) or 'Q'}: {line}")


def _question_line(question: str) -> str | None:
    """The question as a summary line: whole when short, else its last sentence (the question itself) if short."""
    line = question.strip()
    if len(line.split()) > QUESTION_WORDS:
        line = split_sentences(line)[-1].strip()
        if len(line.split()) > QUESTION_WORDS:
            return None
    if not has_full_stop(line):
        line += "?" if ASKING_START.match(line) else "."
    return line
