"""page.hover-card: a person's hover card that copying a page glued into the sentence naming them.

Some sites (The Hill) follow a politician's name with a card shown on mouse-over: the full name and the
headlines of other stories about them, ending in "MORE". Copied as text it sits between the name and
what follows it: "Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down on … MORE (R) is
defending …". Its mark: the name's last word glued to the card's capital, the card opening with a name
that ends in that same word, then "MORE" in capitals. Only the card is cut: "Gov. Kristi Noem (R) is
defending …". (The HTML reader drops such cards from the page's tree: readers/html.py.)
"""

from __future__ import annotations

import re

# The name's last word ("Noem", "Ocasio-Cortez"), glued to the card: the card's name (up to three words, then the
# same last word), the headlines (any text glued on, none at all when the card has none) and "MORE".
HEADLINES_MAX_CHARS = 1000
_CARD = re.compile(
    r"(?:(?<=\s)|^)(?P<surname>[A-Z][\w'’-]*?[a-z])"
    r"(?P<card>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}? (?P=surname)(?:\S.{0,%d}?)? MORE)(?=[\s),.;:]|$)"
    % HEADLINES_MAX_CHARS
)


def cut_hover_cards(text: str) -> tuple[str, list[str]]:
    """`text` without its hover cards, and the cards cut (none: `text` itself, unchanged)."""
    if "MORE" not in text:  # every card ends with it: most paragraphs skip the scan
        return text, []
    cards: list[str] = []
    pieces: list[str] = []
    at = 0
    for m in _CARD.finditer(text):
        pieces.append(text[at:m.start("card")])
        cards.append(m.group("card"))
        at = m.end("card")
    if not cards:
        return text, []
    pieces.append(text[at:])
    return "".join(pieces), cards
