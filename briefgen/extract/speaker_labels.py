"""Speakers named by a label before a colon: a transcript's "PENCE: …", a digest's "… - David Wasserman: …"."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import NOT_SPEAKER_LABEL_WORDS
from briefgen.extract.names import from_capitals
from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speakers import Cue
from briefgen.extract.speakers_after import np_after, post_lead

# A speaker's name used as a label before a colon: transcripts ("PENCE: And that's why …") and digests
# ("… - David Wasserman: “Indiana …”"). The name opens its sentence or follows a dash; words that
# label furniture ("Update:", "Editor's note:") are not speakers.
_LABEL = re.compile(r"(?:^|[-—–]\s*|[.!?\]]\s+)((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*[\w.])\s*:\s*$")


def cue_label(frame: str) -> Cue | None:
    """'David Wasserman: "…"', 'PENCE: "…"': the name labelling the quote, or None."""
    m = _LABEL.search(frame.rstrip())
    if not m:
        return None
    name = m.group(1)
    words = name.replace("’s", "").replace("'s", "").split()
    if any(w.lower().strip(".") in NOT_SPEAKER_LABEL_WORDS for w in words) or len(name) < 3:
        return None
    return Cue(from_capitals(name) if name.isupper() else name, None, None)


def cue_described_label(frame: str) -> Cue | None:
    """'Former secretary of state Hillary Rodham Clinton: "…': a label that is a name with its post before it (the
    sentence holds nothing else): the name speaks, the post is the role."""
    tokens = tokenize(frame)
    if len(tokens) < 3 or tokens[-1].text != ":" or not tokens[0].is_word:
        return None
    cue = np_after(tokens, 0, frame)
    if cue is None or not cue.role or len(cue.speaker.split()) < 2 or not cue.speaker[:1].isupper():
        return None
    lead = post_lead(tokens)
    if not lead or not frame[tokens[lead].start:].startswith(cue.speaker):
        return None  # only post words before the name ("… doesn't surprise pollster Daron Shaw:" is a clause)
    end = tokens[lead].start + len(cue.speaker)
    return cue if frame[end:].strip() == ":" else None


# A transcript line inside quotation marks opens with its speaker's name in capitals: "PENCE: Well, look, …".
# Capitals only: a Title Cased word before a colon is as often a place or a sign's text ("Missouri: Remember …").
_INNER_LABEL = re.compile(r"\s*([A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+)?):\s")


def cue_inner_label(quoted: str) -> Cue | None:
    """The speaker a quoted transcript line names before its colon, or None."""
    m = _INNER_LABEL.match(quoted)
    return cue_label(m.group(1) + ":") if m else None


def labels_no_speaker(quoted: str) -> bool:
    """'"VIDEO: Hillary … told me …', '"UPDATE: …': a quoted line opened by a label that names no one. Its words are
    not the quote before's speaker's, though a transcript's turns otherwise carry the speaker on."""
    m = _INNER_LABEL.match(quoted)
    return bool(m) and cue_label(m.group(1) + ":") is None


def without_inner_label(quoted: str) -> str:
    """The words a quoted transcript line says, its speaker's label left out ("RAMOS: Secretary Clinton, …" →
    "Secretary Clinton, …"): the label names the speaker, it is not what was said."""
    m = _INNER_LABEL.match(quoted)
    return quoted[m.end():].lstrip() if m and cue_label(m.group(1) + ":") is not None else quoted
