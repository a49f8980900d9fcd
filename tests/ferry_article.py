"""One small Markdown article the build tests write into a project's seeds/ (a ferry back in service, one quote)."""

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
