"""Quotations across a paragraph's sentences, for the timeline: which mark is open, a quotation's earlier sentences
before its dated attribution, and the speaker's description after it."""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.extract.date_rules import years_or_months_back
from briefgen.extract.event_text import MAX_EVENT_WORDS
from briefgen.extract.lexicon import NAME_PARTICLES


def open_quote(text: str, carried: str | None = None) -> str | None:
    """The quotation mark still open at the end of `text` ('"', '“', "''" or None), given the one open at its start."""
    prefix = (carried or "") + text
    doubled = prefix.count("''")  # two apostrophes: the quotation marks of some papers' archives ("''makes me smart''")
    if prefix.count("“") > prefix.count("”"):
        return "“"
    if prefix.replace("''", "").count('"') % 2 == 1:
        return '"'
    return "''" if doubled % 2 == 1 else None


def inside_quotation(sentence: str, start: int, carried: str | None = None) -> bool:
    """True when `start` lies inside a quotation: one the sentence opens, or one an earlier sentence of the
    paragraph left open (`carried`)."""
    return open_quote(sentence[:start], carried) is not None


def quotation_runs_on(sentence: str, carried: str | None) -> bool:
    """True when the sentence ends inside a quotation: its words go on in the next sentence, where the speaker is."""
    return open_quote(sentence, carried) is not None


# A quotation an earlier sentence opened, closed in this one after a few words, then its speaker and the date ('"…
# We are here to Get. It. OUT," the governor tweeted Monday night.'): the event reads the quotation's last sentences
# before it, as many as fit in one event, or all of it (cut by event_text) when its attribution is short.
SHORT_QUOTED_END = 5  # words of the quotation's last sentence that say too little on their own
SHORT_ATTRIBUTION = 10  # words of a sentence that is little more than who said it and when


def with_quotation(sentences: list[str], opened_at: int | None, number: int, sentence: str,
                   opened: str | None) -> tuple[str, int, str | None]:
    """The sentence, with the quotation's earlier sentences before it when it closes a quotation `opened` in sentence
    `opened_at` after fewer than SHORT_QUOTED_END words; how many characters were put before it; and the quotation
    mark still open before its first word (none when the quotation's opening sentence is taken whole)."""
    if not opened or opened_at is None or opened_at >= number - 1:
        return sentence, 0, opened
    close = sentence.find("”" if opened == "“" else '"' if opened == '"' else "''")
    if close < 0 or len(sentence[:close].split()) >= SHORT_QUOTED_END:
        return sentence, 0, opened
    earlier = sentences[opened_at: number - 1]
    size, first = len(sentence.split()), len(earlier)
    while first > 0 and size + len(earlier[first - 1].split()) <= MAX_EVENT_WORDS:
        first -= 1
        size += len(earlier[first].split())
    if first == len(earlier):
        if len(sentence.split()) > SHORT_ATTRIBUTION:
            return sentence, 0, opened
        first = 0
    before = " ".join(earlier[first:]) + " "
    return before + sentence, len(before), opened if first else None


# A speaker's description after the attribution that ends a sentence ('"…," said Stuart Stevens, who was Mitt Romney's
# top adviser in 2012.', '…, predicted Madeleine Kunin, the former governor challenged by Sanders 30 years ago.'): its
# date is the speaker's past, not the day of what is reported, and no event. Only a date of years or months back
# (date_rules.years_or_months_back): "said Smith, who spoke at a rally on Tuesday" may date the words.
ATTRIBUTION_VERBS = ("said", "says", "predicted", "added", "noted", "wrote", "explained", "argued", "recalled",
                     "warned", "according to")
# A name's words: capitalised, or a particle in small letters ("Federico de Jesús", "Ursula von der Leyen").
_NAME_WORD = rf"(?:[A-Z][\w.'’-]*|(?:{'|'.join(sorted(NAME_PARTICLES))})\b)"
# Before the name, a title's word in small letters ("said former Gov. Bill Richardson"); after it, the place the speaker
# is of ("said Sen. Jane Doe of New Mexico, a Democrat who ran for president in 2008").
SPEAKER_TITLE_PREFIXES = ("former", "acting", "retired", "outgoing", "incoming", "then-")
_PLACE_OF_SPEAKER = r"(?:\s+of\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)?"
_SPEAKERS_DESCRIPTION = re.compile(
    rf"(?:[,”\"]|^)\s*(?:{'|'.join(ATTRIBUTION_VERBS)})\s+(?:(?:{'|'.join(SPEAKER_TITLE_PREFIXES)})\s*)?"
    rf"(?:{_NAME_WORD}\s+){{0,4}}[A-Z][\w.'’-]*{_PLACE_OF_SPEAKER},\s+"
    r"(?P<description>(?:the|a|an|who|whose)\s[^;:“\"]*)$")

# The same description between the speaker's name and the verb ("Mike Morrell, a veteran of the CIA who retired as
# acting director in 2013, said the approach is insufficient."), the sentence opening with the name.
_DESCRIBED_SPEAKER = re.compile(
    rf"^(?:{_NAME_WORD}\s+){{0,5}}[A-Z][\w.'’-]*,\s+(?P<description>(?:the|a|an|who|whose)\s[^,;:“\"]*),\s+"
    rf"(?:{'|'.join(verb for verb in ATTRIBUTION_VERBS if verb != 'according to')})\b")


def in_speakers_description(sentence: str, start: int, rule_name: str, unit: str | None) -> bool:
    """Whether the date at `start` (of the rule named `rule_name`; `unit`: the "ago" rule's) lies in the description of
    the speaker named at the sentence's end (_SPEAKERS_DESCRIPTION) or at its start (_DESCRIBED_SPEAKER)."""
    if not years_or_months_back(rule_name, unit):
        return False
    after, before = _descriptions(sentence)
    if after is not None and start >= after:
        return True
    return before is not None and before[0] <= start < before[1]


@lru_cache(maxsize=256)  # (asked of a whole sentence again for each of its dates)
def _descriptions(sentence: str) -> tuple[int | None, tuple[int, int] | None]:
    """Where the sentence's speaker's descriptions lie: the start of the one after the name at its end, and the span
    of the one after the name at its start (None: no such description)."""
    after = _SPEAKERS_DESCRIPTION.search(sentence)
    before = _DESCRIBED_SPEAKER.match(sentence)
    return (after.start("description") if after else None), (before.span("description") if before else None)


# A quotation its sentence names a saying, a joke or a slogan ('"In 2030, we'll all wake up speaking Chinese," is one
# common saying here'; 'As the old joke goes, "…"'; 'the town's slogan, "By 2020, a bike for every child"'): no one's
# account of an event, so a date inside it dates nothing. Before the quotation the noun needs a determiner and its
# opening mark ("saying", "jokes" are verbs too: 'by saying, "…"', 'He jokes, "…"', 'a statement saying "…"').
SAYING_NOUNS = ("saying", "joke", "slogan", "motto", "proverb", "adage", "refrain", "catchphrase", "mantra", "quip",
                "punchline", "chant", "jingle")
VERB_LIKE_SAYING_NOUNS = ("saying",)  # (named a saying only after the quotation, or with "goes")
_SAYING = "|".join(SAYING_NOUNS)
_DETERMINER = r"\b(?:the|a|an|one|this|that|its|his|her|their|our|whose)\s+(?:[\w'’-]+\s+){0,2}?"
_NAMED_A_SAYING = re.compile(
    rf"[”\"],?\s+(?:is|was|goes|went|runs|ran|became|remains|has\s+become)\s+(?:[\w'’-]+\s+){{0,3}}(?:{_SAYING})\b|"
    rf"{_DETERMINER}(?:{_SAYING})\s+(?:goes|went|runs|ran)\b|"
    rf"{_DETERMINER}(?:{'|'.join(n for n in SAYING_NOUNS if n not in VERB_LIKE_SAYING_NOUNS)})[:,]?\s+(?:“|\"(?=\w))",
    re.IGNORECASE)


def quoted_saying(sentence: str) -> bool:
    """Whether the sentence names its quotation a saying, a joke or a slogan (SAYING_NOUNS)."""
    return _NAMED_A_SAYING.search(sentence) is not None
