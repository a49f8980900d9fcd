"""Make a headline-like title from an article's lead sentence when the source gives no headline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.captions import without_photo_asides
from briefgen.extract.date_rules import WEEKDAYS
from briefgen.extract.sentences import split_sentences
from briefgen.model import Actor
from briefgen.readers.common import TITLE_MAX, shorten_title

# Where a lead's main clause ends: a comma before a participle or an adverbial clause adds detail ("…, emerging
# with no definitive agreement …", "…, following …"), but not in a list of gerunds ("dancing, singing") nor
# before a relative clause, which a subject often holds ("Sir Andrew Motion, who is demanding …, said"); a dash or
# a semicolon may open the point itself ("is not only convenient – it also …"). The clause is kept only if it has
# MIN_CLAUSE_WORDS words.
_CLAUSE_END = re.compile(r"(?<!ing),\s+(?=(?:[a-z]+ing|as|while|after|amid|despite|following|according)\b)")
MIN_CLAUSE_WORDS = 5
# Phrases a headline leaves out, each named: it tells what happened, not on which day or for how many hours.
LEFT_OUT: dict[str, re.Pattern[str]] = {
    # "on Wednesday", "This Saturday", "last Friday night" (not "Sunday's derby": a day's event names it)
    "weekday": re.compile(r"\s+(?:(?i:on|last|this|next|late|early)\s+)?(?:"
                          + "|".join(day.capitalize() for day in WEEKDAYS)
                          + r")(?:\s+(?:morning|afternoon|evening|night))?\b(?![’']s)"),
    # "yesterday", "earlier this week", "last night" (not "the tonight show")
    "day-word": re.compile(r"(?<!\bthe)\s+(?:(?:earlier|later)\s+)?(?:today|yesterday|tomorrow|tonight|"
                           r"this (?:week|month|year)|last (?:week|month|year|night))\b(?![’']s)", re.IGNORECASE),
    # "for more than two and a half hours" (a meeting's length; "jailed for five years" keeps its years)
    "duration": re.compile(r"\s+for\s+(?:(?:more|less) than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+|"
                           r"at least\s+)?(?:[\w-]+\s+){1,5}?(?:minutes|hours)\b"),
}


def headline_from_lead(lead: str, actors: Sequence[Actor] = (), limit: int = TITLE_MAX) -> str | None:
    """The lead sentence's main clause without its times (and, if still too long, its people's roles), at most
    `limit` characters ("President Donald Trump and Israeli Prime Minister Benjamin Netanyahu held closed-door talks
    for more than two and a half hours at the White House on Wednesday, emerging …" → "Donald Trump and Benjamin
    Netanyahu held closed-door talks at the White House"); None when the lead gives no sentence."""
    sentences = split_sentences(lead)
    if not sentences:
        return None
    sentence = sentences[0].rstrip(" ").removesuffix(".")
    end = _CLAUSE_END.search(sentence)
    clause = sentence[: end.start()] if end and len(sentence[: end.start()].split()) >= MIN_CLAUSE_WORDS else sentence
    clause = without_photo_asides(clause)
    for pattern in LEFT_OUT.values():
        clause = _left_out(pattern, clause)
    if len(clause) > limit and len(shorter := _without_roles(clause, actors)) <= limit:
        clause = shorter  # (a role stays unless leaving it out makes the clause fit: "Facebook's security chief")
    clause = " ".join(clause.split()).strip(" ,;:")
    # (cut short, it does not end on a word that opens the part cut off: readers.common.shorten_title)
    return shorten_title(clause, limit) if clause else None


def _left_out(pattern: re.Pattern[str], text: str) -> str:
    """`text` without the phrases `pattern` finds, and without the comma after one that opened its clause
    ("calendars: This Saturday, the first doll …" → "calendars: the first doll …")."""
    out, last = [], 0
    for m in pattern.finditer(text):
        end = m.end()
        opens_clause = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ":;,—–"
        if text[end: end + 1] == "," and opens_clause:
            end += 1
        out.append(text[last: m.start()])
        last = end
    return "".join(out) + text[last:]


def _without_roles(text: str, actors: Sequence[Actor]) -> str:
    """A person's title or role written before the name is left out, as headlines do ("President Donald Trump" →
    "Donald Trump", "Israeli Prime Minister Benjamin Netanyahu" → "Benjamin Netanyahu")."""
    for actor in actors:
        if actor.type == "person" and actor.role and " " in actor.name:
            text = re.sub(rf"\b{re.escape(actor.role)}\s+(?={re.escape(actor.name)}\b)", "", text)
    return text
