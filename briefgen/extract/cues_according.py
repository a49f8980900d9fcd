"""A source named anywhere in a quote's sentence: "according to X", or "in a statement released by X"."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import OWNED_DOCUMENTS
from briefgen.extract.speaker_check import GIVEN_OUT, in_document
from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speakers import Cue
from briefgen.extract.speakers_after import named_after_description, np_after

# "in a statement released by Acme Corp", "in a letter from the campaign": the document's owner speaks, as with
# "according to"
_IN_DOCUMENT_FROM = re.compile(r"\b[Ii]n\s+(?:an?|the|its|their)\s+(?:new\s+|joint\s+|written\s+)?("
                               + "|".join(sorted(OWNED_DOCUMENTS, key=len, reverse=True))
                               + rf")\s+(?:{GIVEN_OUT}\s+)?(?:by|from)\s+")


# Phrases that name the source of what the sentence reports, wherever they stand in it: "according to X", "in the
# words of X".
_ACCORDING = re.compile(r"\b(?:[Aa]ccording to|[Ii]n the words of)\s+")


def cue_according(sentence: str) -> Cue | None:
    """'according to a campaign spokesman' or 'in the words of the prosecutor, Ann Lee,' anywhere in the sentence, or
    'in a statement released by Acme Corp'."""
    m = _ACCORDING.search(sentence)  # "According to the newspaper, “…”" opens a sentence too
    document = None if m else _IN_DOCUMENT_FROM.search(sentence)
    if document is not None:
        m = document
    if not m:
        return None
    tokens = tokenize(sentence)
    start = next((n for n, t in enumerate(tokens) if t.start >= m.end()), len(tokens))
    cue = named_after_description(np_after(tokens, start, sentence), tokens, start, sentence)
    if cue is None or document is None:
        return cue
    return Cue(cue.speaker, cue.role, in_document(document.group(1)))
