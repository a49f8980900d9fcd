"""Find direct quotations in cleaned paragraphs and attribute them to speakers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.model import Quote

# Placeholder first version: paired straight/curly quotes of 3+ words, "X said" window.
_QUOTE = re.compile(r"[\"“]([^\"“”]{10,}?)[\"”]")
_SAID = re.compile(r"(?:said|told)\s+((?:[A-Z][\w'-]+\s?){1,3})|((?:[A-Z][\w'-]+\s?){1,3})\s+(?:said|told)")


def extract_quotes(paragraphs: Sequence[str]) -> tuple[Quote, ...]:
    """Return the direct quotations in reading order."""
    quotes: list[Quote] = []
    for index, text in enumerate(paragraphs):
        for match in _QUOTE.finditer(text):
            if len(match.group(1).split()) < 3:
                continue
            window = text[match.end(): match.end() + 80]
            said = _SAID.search(window)
            speaker = (said.group(1) or said.group(2)).strip() if said else None
            quotes.append(Quote(text=match.group(1).strip(), speaker=speaker, paragraph=index))
    return tuple(quotes)
