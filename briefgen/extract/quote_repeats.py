"""The same words quoted twice in an article are one speaker's: an unattributed repeat takes the attributed one's speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.model import Quote

_WORD = re.compile(r"\w+")
# Fewer words than this are a phrase anyone may repeat ("fake news"), not one speaker's sentence.
MIN_REPEATED_WORDS = 3


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def same_words_same_speaker(quotes: list[Quote]) -> list[Quote]:
    """Quotes in order; one without a speaker whose words, word for word, are also quoted with a speaker elsewhere
    in the article (a headline's quote the body attributes, a line quoted again later) takes that speaker, when
    every attributed occurrence names the same one. Unknown stays unknown otherwise."""
    speakers: dict[str, set[str | None]] = {}
    first: dict[str, Quote] = {}
    for q in quotes:
        words = _words(q.text)
        if q.speaker is not None and len(words.split()) >= MIN_REPEATED_WORDS:
            speakers.setdefault(words, set()).add(q.speaker_key)
            first.setdefault(words, q)
    filled: list[Quote] = []
    for q in quotes:
        words = _words(q.text)
        known = first.get(words)
        if q.speaker is None and known is not None and len(speakers[words]) == 1:
            q = replace(q, speaker=known.speaker, role=known.role, speaker_key=known.speaker_key)
        filled.append(q)
    return filled
