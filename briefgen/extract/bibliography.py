"""A reading list's entry ("Twain, Mark. A Connecticut Yankee in King Arthur's Court"): its authors, not its title's words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.lexicon import GIVEN_NAMES, UNISEX_GIVEN_NAMES

__all__ = ["bibliography_authors"]

_NAME = r"[A-Z][\w'’-]+"
# One author inverted: "Twain, Mark", "Macaulay, Thomas Babington", "Tolkien, J. R. R."
_AUTHOR = rf"({_NAME}), ((?:{_NAME}|[A-Z]\.)(?: (?:{_NAME}|[A-Z]\.))*?)"
# An entry: its authors ("Marx, Karl and Engels, Friedrich"), a full stop, then a title without a full stop of its
# own (a sentence "Paris, France. The city is …" ends with one).
_ENTRY = re.compile(rf"^{_AUTHOR}((?: and {_AUTHOR})*)(?:\.|(?<=\.)) (?=[A-Z\"“])[^.!?]*(?:\([^()]*\))?\s*$")
_MORE = re.compile(rf" and {_AUTHOR}")
ENTRY_MAX_CHARS = 160
_GIVEN = frozenset().union(*GIVEN_NAMES.values()) | UNISEX_GIVEN_NAMES


def _entry(text: str) -> re.Match[str] | None:
    return _ENTRY.match(text) if len(text) <= ENTRY_MAX_CHARS else None


def bibliography_authors(paragraphs: Sequence[str], index: int) -> list[tuple[str, int]] | None:
    """[(name, offset)] of the authors when paragraphs[index] is a reading list's entry, else None.

    An entry has the shape "Surname, Given. Title" and either a known given name or a neighbouring entry of
    the same shape (a list), so "Paris, France. The city …" or a lone "Lee, Texas. Population 300" is not one.
    """
    text = paragraphs[index]
    m = _entry(text)
    if m is None:
        return None
    neighbours = [paragraphs[i] for i in (index - 1, index + 1) if 0 <= i < len(paragraphs)]
    if m.group(2).split()[0].lower() not in _GIVEN and not any(_entry(p) for p in neighbours):
        return None
    authors = [(f"{m.group(2)} {m.group(1)}", m.start(1))]
    offset = m.end(2)
    for more in _MORE.finditer(m.group(3) or ""):
        authors.append((f"{more.group(2)} {more.group(1)}", offset + more.start(1)))
    return authors
