"""Whether a date lies ahead of the article or behind it, read from the verbs near it."""

from __future__ import annotations

import re

from briefgen.extract.date_rules import PAST_TENSE
from briefgen.extract.sentences import words_back

FUTURE = re.compile(r"\b(?:will|next|expected|scheduled|due|set to|likely to|should(?!\s+have)|plans?\s+to|"
                     r"coming\s+(?:up|days|weeks|months|week|month|year)|upcoming|(?:is|are) to)\b", re.I)
# The sentence's attribution after the date (", Claure said in the email.", ", said Mark Quinlan, a director …"): its
# past tense is the telling's, not the date's ("… will be divulged in a meeting on Friday, Claure said": a Friday to
# come). Only at the sentence's end: in "Friday, Bill Clinton announced he will step down …" it is the main verb.
_ATTRIBUTION_AFTER = re.compile(r",\s*(?:[\w'’.-]+\s){0,6}$")
ATTRIBUTION_TAIL_WORDS = 12  # words after its verb, at most
SPEECH_PAST = frozenset({"said", "told", "reported", "announced", "added", "wrote", "stated", "explained"})
# "should" dates only the verb it governs ("should ease by Thursday"; not "should also get a boost from the win Tuesday"),
# and never a "today" of the present ("should do the same for radical jihadists today": nowadays).
MODAL_WINDOW = 20  # characters between "should" and the date, at most
_RELATIVE_BETWEEN = re.compile(r"\b(?:who|which)\b")  # ("should ignore the critics who on Sunday cast …": not Sunday's)


def _attribution_verb(sentence: str, offset: int, verb: re.Match[str]) -> bool:
    """Whether a past verb found `offset` characters into the sentence is the verb of its closing attribution."""
    tail = sentence[offset + verb.end():]
    return verb.group(0) in SPEECH_PAST and _ATTRIBUTION_AFTER.search(sentence, 0, offset + verb.start()) is not None \
        and len(tail.split()) <= ATTRIBUTION_TAIL_WORDS and not re.search(r"\bthat\b", tail) and not FUTURE.search(tail)


# How far from a date a future word counts ("On Wednesday, he and his father are to travel"; not a "will" in a
# quotation at the end of a long sentence whose verb near the date is past: "Wednesday, Sunak defended …").
FUTURE_WINDOW = 50  # characters either side
# Before the date a future word reaches further ("Beck will endorse Trump rival Sen. Ted Cruz at a rally in Iowa on
# Saturday"): the nearest verb decides, so a past verb in between still wins.
FUTURE_BEFORE_WINDOW = 80


# A participle after a form of "be" is no past tense: "will be counted Tuesday", "is expected Friday".
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:—–]|\b(?:and|but|so|then)\s)\s*[\"“]?$")
OPENS_CLAUSE_WORDS = 3  # words _OPENS_CLAUSE spans at most ("and" and a mark, or a mark glued to a word)
_POSSESSIVE = re.compile(r"['’]s\b")


# A day straight after a verb of the present that tells a schedule is a day to come: "Launch day is Tuesday", "the
# trial opens on Monday", "the sale runs until Friday" (in the past it would read "was", "opened").
SCHEDULE_PRESENT_VERBS = ("is", "are", "begins", "starts", "opens", "ends", "closes", "comes", "falls", "airs",
                          "premieres", "launches", "arrives", "resumes", "runs", "expires", "kicks off", "takes place",
                          "concludes", "continues", "debuts", "wraps up", "goes on sale", "picks up")
_SCHEDULE_PRESENT = re.compile(rf"\b(?:{'|'.join(SCHEDULE_PRESENT_VERBS)})\s+$")


def date_tense(sentence: str, match: re.Match[str]) -> bool | None:
    """Whether a date is in the future of the article (True) or its past (False), read from the verb nearest it
    (FUTURE_WINDOW characters); None when no verb near it tells ("the March 21 show") and for a date that opens with
    "last", "since" or "past", which needs no verb.

    A future word before the date counts ("will air Wednesday", "next Friday"); one after it only when the date opens
    its clause ("On Friday, the minister is to travel") or is a possessive ("Saturday's caucuses will set …"): in "his
    address Sunday … will be a major topic" or "announced Sunday she will resign" the day's event is past. The nearest
    of a past verb and a counted future word decides ("told The Times Tuesday that … a scheduled interview").
    """
    if re.match(r"(?:last|since|past)\b", match.group(0), re.I):
        return None
    if _SCHEDULE_PRESENT.search(sentence, max(0, match.start() - FUTURE_WINDOW), match.start()):
        return True
    before = sentence[max(0, match.start() - FUTURE_BEFORE_WINDOW): match.end()]
    after = sentence[match.end(): match.end() + FUTURE_WINDOW]
    nearest: list[tuple[int, bool]] = []  # (distance, future)
    for m in FUTURE.finditer(before):
        distance = max(0, len(before) - (match.end() - match.start()) - m.end())
        if not _RELATIVE_BETWEEN.search(before, m.end(), len(before) - (match.end() - match.start())) and (
                distance <= MODAL_WINDOW or m.group(0).lower() != "should"):
            nearest.append((distance, True))
    for m in PAST_TENSE.finditer(before[: len(before) - (match.end() - match.start())]):
        if not _PASSIVE.search(before[: m.start()]):
            nearest.append((len(before) - (match.end() - match.start()) - m.end(), False))
    end = len(sentence[: match.start()].rstrip(" "))
    future_after = _OPENS_CLAUSE.search(sentence, words_back(sentence, end, OPENS_CLAUSE_WORDS), end) is not None \
        or bool(_POSSESSIVE.match(after))
    for m in FUTURE.finditer(after):
        if future_after:
            nearest.append((m.start(), True))
    for m in PAST_TENSE.finditer(after):
        if not _PASSIVE.search(after[: m.start()]) and not _attribution_verb(sentence, match.end(), m):
            nearest.append((m.start(), False))
    return min(nearest)[1] if nearest else None
