"""Speakers named by a label before a colon: a transcript's "PENCE: …", a digest's "… - David Wasserman: …"."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import CALENDAR_WORDS, NOT_SPEAKER_LABEL_WORDS, ROLE_NOUNS, SPEECH_VERB_FORMS, TITLE_WORDS
from briefgen.extract.names import from_capitals
from briefgen.extract.speaker_tokens import Token, tokenize
from briefgen.extract.speaker_words import REPORTED_CLAUSE_VERBS, ROLE_MODIFIERS
from briefgen.extract.speakers import Cue
from briefgen.extract.speakers_after import np_after, post_lead

# A speaker's name used as a label before a colon: transcripts ("PENCE: And that's why …") and digests
# ("… - David Wasserman: “Indiana …”"). The name opens its sentence or follows a dash; words that
# label furniture ("Update:", "Editor's note:") are not speakers.
_LABEL = re.compile(r"(?:^|[-—–]\s*|[.!?\]]\s+)((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*[\w.])\s*:\s*$")


# A lawmaker's party and state after the name in a label: "Rep. Trey Gowdy (R-S.C.):"
_PARTY_BEFORE_COLON = re.compile(r"\s*\([RDI]-[A-Z][\w. ]{0,20}\)\s*(?=:\s*$)")


def cue_label(frame: str) -> Cue | None:
    """'David Wasserman: "…"', 'PENCE: "…"', 'Rep. Trey Gowdy (R-S.C.): "…"': the name labelling the quote, or None."""
    m = _LABEL.search(_PARTY_BEFORE_COLON.sub("", frame.rstrip()))
    if not m:
        return None
    name = m.group(1)
    words = name.replace("’s", "").replace("'s", "").split()
    if any(w.lower().strip(".") in NOT_SPEAKER_LABEL_WORDS for w in words) or len(name) < 3:
        return None
    return Cue(from_capitals(name) if name.isupper() else name, None, None)


# A digest's source label before a quote: "More from Blumenthal and Cohen:", "From Bush's Facebook post:" (the
# label opens its sentence or follows a dash; a possessive names the owner of what is quoted).
_FROM_LABEL = re.compile(r"(?:^|[.!?]\s+|[-—–]\s*)(?:More\s+)?[Ff]rom\s+((?:[A-Z][\w.'’-]*\s+(?:and\s+)?){0,3}[A-Z][\w.'’-]*?)"
                         r"(?:['’]s?(?:\s+[\w-]+){1,3})?\s*:\s*$")


def cue_from_label(frame: str) -> Cue | None:
    """'More from Blumenthal and Cohen: "…"', 'From Bush's Facebook post: "…"': the source the label names, or None."""
    m = _FROM_LABEL.search(frame.rstrip())
    if m is None or m.group(1).split()[0].lower() in NOT_SPEAKER_LABEL_WORDS | CALENDAR_WORDS:
        return None
    return Cue(m.group(1))


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


# A pull-quote's sign-off inside its marks: '"[Sanders] should stay in … as possible.\nFormer NAACP president Ben
# Jealous."' (its line break read as a space). The last sentence is a post and a name of two or more words, nothing
# else: at most this many words, and no word of it a verb (np_after reads it whole as a described name).
SIGNOFF_MAX_WORDS = 8
# (a sentence ends in a small letter, a digit or a bracket before its stop: not "U.S." or a middle initial)
_LAST_SENTENCE = re.compile(r"(?<=[a-z0-9)\]’'][.!?])\s+([A-Z][^.!?]*(?:\b[A-Z]\.\s*[^.!?]*)*)\.?\s*$")


def _signoff(quoted: str) -> tuple[int, Cue] | None:
    """(where the sign-off starts, its speaker) when the quote's last sentence signs it off, else None."""
    m = _LAST_SENTENCE.search(quoted.rstrip())
    if m is None or not quoted[: m.start()].strip() or len(m.group(1).split()) > SIGNOFF_MAX_WORDS:
        return None
    line = m.group(1).strip()
    tokens = tokenize(line)
    if not tokens or not tokens[0].is_word:
        return None
    cue = np_after(tokens, 0, line)
    if cue is None or not cue.role or len(cue.speaker.split()) < 2 or not cue.speaker[:1].isupper():
        return None
    if not (line.endswith(cue.speaker) and line.startswith(cue.role)):
        return None  # the post, then the name, and nothing else ("Former NAACP president Ben Jealous")
    if any(t.low in SPEECH_VERB_FORMS or t.low in REPORTED_CLAUSE_VERBS for t in tokens) or not _post_word(tokens[0]):
        return None  # a verb: a sentence of the quote ("I thank Senator John Smith", "Ask former senator John Smith")
    return m.start(1), cue


# The endings of an adjective opening a post ("Democratic", "American", "federal"), besides the role words' tables
_ADJECTIVE_ENDINGS = ("an", "ic", "ish", "ese", "al")


def _post_word(token: Token) -> bool:
    """A word that can open a post: 'Former', 'NAACP', 'Democratic', 'Sen.', 'spokeswoman' (not 'Ask', 'Thank')."""
    return (token.low in ROLE_MODIFIERS or token.low in ROLE_NOUNS or token.text in TITLE_WORDS or token.text.isupper()
            or token.low.endswith(_ADJECTIVE_ENDINGS))


def cue_inner_signoff(quoted: str) -> Cue | None:
    """The speaker a pull-quote names in a sign-off line inside its marks ('"… as possible. Former NAACP president
    Ben Jealous."'), or None."""
    found = _signoff(quoted)
    return found[1] if found else None


def without_inner_signoff(quoted: str) -> str:
    """The words a pull-quote says, its sign-off line left out: it names the speaker, it is not what was said."""
    found = _signoff(quoted)
    return quoted[: found[0]].rstrip() if found else quoted
