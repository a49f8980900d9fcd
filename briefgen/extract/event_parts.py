"""A long sentence's parts, cut at commas, semicolons, spaced dashes and a clause's "and", and which lean on the one before."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from briefgen.extract.date_rules import PAST_TENSE, date_matches

# A comma between digits is a thousands separator ("422,000 euros"), not the end of a clause.
# A dash glued to a word on either side ("Graham—who …", "2009–2013") is inside a part: only a spaced one ends it.
_SEGMENT = re.compile(r"(?:[^,;—–]|(?<=\d),(?=\d{3})|(?<=\S)[—–]|[—–](?=\S))+(?:[,;][\"”’]?|\s[—–]\s|$)")  # (a closing mark glued to the comma stays)
# A part that starts with a quote mark, a participle, a relative pronoun or any lower-case word other
# than a determiner or pronoun ("had been denied visas …") leans on the part before it.
LEANING = re.compile(r"^(?:[\"“”'\d]|(?!(?:the|a|an|this|that|these|those|his|her|its|their|he|she|it|they|we|"
                     r"some|many|most|all|both|no)\b)[a-z])")  # (a figure too: "6-3, 6-1 by Lauren Davis on Wednesday")
APPOSITION_WORDS = 3  # a part this short in capitals ("Tuscany,", "Kiara Perkins,") is a name, not a clause
# Sentence adverbs that open a sentence in capitals but name no one ("However, a different side …").
SENTENCE_ADVERBS = frozenset("""
however meanwhile still instead indeed yet also moreover nevertheless nonetheless therefore thus later earlier now then
today yesterday tomorrow tonight finally first second third previously separately similarly additionally again
likewise otherwise besides furthermore consequently accordingly overall ultimately eventually regardless
""".split())
_QUOTE_ENDS = re.compile(r"[\"”’']\s*$")  # a quotation just before a name: the name is its speaker, the subject


# An apposition after a name: ", an economics professor at Berkeley who …", "Barry Goldwater, the hard-right Arizonan
# who …": a noun phrase with no verb of its own, which leans on the name before it. Not after an opening adverbial
# ("On Friday, a man was …") nor with a finite verb before any relative pronoun (", a witness said").
DETERMINER_PART = re.compile(r"^(?:a|an|the)\s", re.IGNORECASE)
_INTRODUCTORY = re.compile(r"^(?:in|on|at|after|before|during|when|while|if|although|though|as|since|by|for|from|"
                           r"until|last|this|earlier|later|yesterday|today|tomorrow|now|then|meanwhile|however)\b",
                           re.IGNORECASE)
FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do|"
                    r"said|says|told|added)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|which|that|whose|whom|where|when)\b", re.IGNORECASE)


def _apposition(part: str, before: str) -> bool:
    """True for a part that describes the name ending the part before it and has no verb of its own."""
    first = before.split()[0].lower().rstrip(",") if before.split() else ""
    if not DETERMINER_PART.match(part) or not before.endswith(",") or _INTRODUCTORY.match(before) or (
            first in SENTENCE_ADVERBS or first.endswith("ly")):
        return False  # ("Likewise, the minister's visit …": an adverb opens the sentence)
    own = part[: m.start()] if (m := _RELATIVE.search(part)) else part
    if FINITE.search(own):
        return False
    last = before.rstrip(",").split()[-1:]
    # ("a"/"an" after any noun is a description; "the" only after a capitalised name: ", the court ruled" is a clause)
    return part[:2].lower() in ("a ", "an") or bool(last and last[0][:1].isupper())


def _short_name(part: str) -> bool:
    """'Tuscany,', 'Kiara Perkins,', 'Dr. Connie Mariano,': a name the next part stands in apposition to or describes."""
    words = part.rstrip(",").split()
    first = words[0].lower().rstrip(",") if words else ""
    return (0 < len(words) <= APPOSITION_WORDS and all(w[:1].isupper() for w in words)
            and first not in SENTENCE_ADVERBS and not (len(words) == 1 and first.endswith("ly")))


# "and" between two dated clauses with no comma before it ("… will be invited to submit plans this month and a jury
# of experts … will pick the winning design in the first half of next year", "aims to put a crew on the moon by 2024
# and to establish a base … by 2028"): a clause's end as a comma is, so each date keeps its own clause. Only straight
# after a date, with another date after it, and before a subject whose verb comes before any comma (after a verb of
# the first clause: "the mayor and the governor were …" is one subject), or before a second infinitive after a first.
_AND_SUBJECTS = r"(?:the|a|an|this|these|those|his|her|their|its|he|she|it|they|we|I)"
_CLAUSE_VERBS = r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does)"
_CLAUSE_AND = re.compile(rf"(?<![,;])\s+(?=and\s+(?:(?P<infinitive>to\s+[a-z]{{2,}}\b)|{_AND_SUBJECTS}\s"
                         rf"[^,;—–]{{0,60}}?\b(?:{_CLAUSE_VERBS}\b|{PAST_TENSE.pattern})))")
_FIRST_VERB = re.compile(rf"\b{_CLAUSE_VERBS}\b|{PAST_TENSE.pattern}|\b[a-z]{{3,}}s\s+to\b")
_INFINITIVE = re.compile(r"\bto\s+[a-z]{2,}\b")


@lru_cache(maxsize=64)
def clause_and_splits(sentence: str) -> tuple[int, ...]:
    """Where an "and" opens a dated clause of its own with no comma before it (_CLAUSE_AND): the places of its "and"."""
    if " and " not in sentence:
        return ()
    dates = [m.span() for _rule, m in date_matches(sentence)]
    splits = []
    for m in _CLAUSE_AND.finditer(sentence):
        before = sentence[: m.start()]
        if any(end == m.start() for _, end in dates) and any(start > m.end() for start, _ in dates) and (
                _INFINITIVE.search(before) if m.group("infinitive") else _FIRST_VERB.search(before)):
            splits.append(m.end())
    return tuple(splits)


@lru_cache(maxsize=64)
def segments(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the sentence's parts (_SEGMENT, and cut before a clause's "and": clause_and_splits), found once for
    all of its dates (once each was quadratic)."""
    cuts = clause_and_splits(sentence)
    spans: list[tuple[int, int]] = []
    for m in _SEGMENT.finditer(sentence):
        if not m.group(0).strip():
            continue
        start = m.start()
        for cut in cuts[bisect_right(cuts, start): bisect_right(cuts, m.end() - 1)]:
            spans.append((start, cut))
            start = cut
        spans.append((start, m.end()))
    return tuple(spans)


@lru_cache(maxsize=64)
def leaning_starts(sentence: str) -> tuple[int, ...]:
    """For each part of the sentence, the first of the parts it leans back on (a part with no subject of its own takes
    the part before it along, and so on): found once for all of the sentence's dates, where walking back from each
    date was quadratic in their number."""
    parts = [sentence[s:e].strip() for s, e in segments(sentence)]
    starts = [0]
    for low in range(1, len(parts)):
        leans = (LEANING.match(parts[low]) or _short_name(parts[low - 1]) or _apposition(parts[low], parts[low - 1])
                 or (_short_name(parts[low]) and not _QUOTE_ENDS.search(parts[low - 1])))
        starts.append(starts[low - 1] if leans else low)
    return tuple(starts)
