"""Built-in boilerplate rules as data, grouped by concept."""

from __future__ import annotations

import re

from briefgen.cleaning.rules import Rule


def _rule(name: str, reason: str, pattern: str) -> Rule:
    return Rule(name, name.split(".")[0], reason, re.compile(pattern, re.IGNORECASE))


BUILTIN_RULES = (
    _rule("subscription.cta", "asks the reader to subscribe",
          r"^(stay informed\.\s*)?subscribe\b.*(access|month|year|\$)"),
    _rule("subscription.price", "a subscription price tag", r"^subscribe\s*[-–—:]\s*\$\d"),
    _rule("plug.reading-list", "advertises reading material",
          r"(readers interested in .* may find books|recommended reading list)"),
)
