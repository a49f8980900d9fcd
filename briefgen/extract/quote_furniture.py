"""Text inside quotation marks that is no one's words: the publisher's lines, which are no quotes."""

from __future__ import annotations

import re

# Text inside quotation marks that is the publisher's furniture, not anyone's words: quotes.quote_spans drops it (a
# transcript's closing '"Follow the writer on Twitter @…"' is no quote of the last speaker). Each rule is named.
_CONTACT = r"(?:@\w{2,}|https?://\S+|www\.\S+|\b[\w.-]+@[\w-]+\.\w+)"
NOT_SPOKEN: dict[str, re.Pattern[str]] = {
    # an imperative to the reader with an address: "Follow … on Twitter @…", "Sign up at www…", "Email tips to …"
    "call to action with an address": re.compile(
        r"^\W*(?:follow|subscribe|sign up|click|read more|watch|like|join|contact|reach|e-?mail|download|visit|"
        r"send|share|listen)\b.{0,120}" + _CONTACT, re.I | re.S),
    # nothing but an address: "@handle", "http://…"
    "address alone": re.compile(r"^\W*" + _CONTACT + r"\W*$"),
}


def not_spoken(quoted: str) -> str | None:
    """The name of the NOT_SPOKEN rule the quoted text matches, or None."""
    return next((name for name, rule in NOT_SPOKEN.items() if rule.search(quoted)), None)
