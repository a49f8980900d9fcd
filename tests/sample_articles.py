"""Small invented articles tests write into a project's seeds/: a ferry back in service, a bridge to reopen."""

from __future__ import annotations

FERRY_TITLE = "Harbour ferry resumes service"
_FERRY = """---
title: {title}
date: 2024-04-02
source: Test Wire
{extra}---
The harbour ferry resumed its service on Tuesday after a month of repairs to its engines, the operator said,
and the first crossing of the morning carried more than two hundred passengers to the island.

"We are glad to be back on the water," said captain Ana Ruiz, who has run the route for twelve years.
"""


def ferry_article(title: str = FERRY_TITLE, front_matter: str = "") -> str:
    """The article's Markdown, with `title` and any further front-matter lines (each ending in a newline)."""
    return _FERRY.format(title=title, extra=front_matter)


# A pasted article with no date anywhere (its headline, then three paragraphs, one of them a quote).
UNDATED_BRIDGE = """Bridge to reopen after repairs

Officials in Springfield said the river bridge, closed since a flood damaged its eastern approach,
would reopen to traffic once repairs to the deck and the railings are finished by the contractor.

"We expect traffic to return to normal by the end of the month," said Mayor Jane Roe, who visited
the site with the city's chief engineer and members of the council's transport committee.

Engineers found cracks in two of the bridge's supports during an inspection, and the council voted
to spend four million dollars on repairs after a public meeting about the long detour.
"""
