"""Where the parts of a tagged question are: its verbs, its noun phrases, the words it joins (read by question_tags)."""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.extract.question_tag_sets import IRREGULAR_PASTS, JOINED_NOMINALS, NP_TAGS, SUBORDINATORS, VERBS

# A question as the tagger reads it: (word, Penn Treebank tag) pairs, the final "?" included.
Tagged = Sequence[tuple[str, str]]


def prepare(tagged: Tagged) -> list[tuple[str, str]]:
    """The pairs without the final punctuation; "n’t" with a curly apostrophe, which the tagger often calls a noun,
    is the adverb it is ("does n’t/NN do well")."""
    return [(w, "RB" if w.lower() in {"n't", "n’t"} else t) for w, t in tagged if t not in {".", ","} or w == ","]


def main_verb(tagged: Tagged) -> int | None:
    """Index of the predicate's verb after the opening auxiliary and its subject, or None.

    A participle there is as often inside the subject ("a properly calibrated carbon price", "people living near")
    as the verb itself, so a verb of another form is preferred, and one after "to" is an infinitive inside the
    subject ("deals to increase trade"); "Has the tax been …" has only its participle.
    """
    verbs = [i for i, (_w, t) in enumerate(tagged) if i > 1 and t in VERBS and tagged[i - 1][1] != "TO"]
    return next((i for i in verbs if tagged[i][1] not in {"VBN", "VBG"}), verbs[0] if verbs else None)


def clause_verb(tagged: Tagged) -> int | None:
    """Index of the first verb after the auxiliary and its subject, before any clause of its own opens.

    The tagger often reads the question's own verb as a noun ("Will John Kasich support/NN Trump if the businessman
    became …"); a verb after "if", "when", "who", "to" … is then another clause's, not the predicate.
    """
    for i in range(2, len(tagged)):
        word, tag = tagged[i]
        if tag == "CC" and joins_nouns(tagged, i):
            continue  # "minority and women voters appeared …": one subject of two nouns, not a second clause
        if tag in {"WRB", "WDT", "WP", "CC", "TO"} or word.lower() in SUBORDINATORS:
            return None
        if tag in VERBS and tag not in {"VBN", "VBG"}:
            return i  # (a participle is inside the subject: "a deal reached with Iran led …")
    return None


def joins_nouns(tagged: Tagged, at: int) -> bool:
    """Whether the conjunction at `at` joins two nouns (or adjectives) of the subject, before any verb."""
    return 1 < at < len(tagged) - 1 and tagged[at - 1][1] in JOINED_NOMINALS and \
        tagged[at + 1][1] in JOINED_NOMINALS | {"DT", "PRP$"} and \
        not any(t in VERBS for _w, t in tagged[1:at])


def np_start(tagged: Tagged, end: int) -> int:
    """Where the noun phrase ending just before `end` starts (end itself when there is none)."""
    start = end
    while start > 0 and tagged[start - 1][1] in NP_TAGS:
        start -= 1
    return start


def inflected(word: str, tag: str) -> bool:
    """A finite form the tagger named that also looks finite: '-s', '-ed' or an irregular past.

    Verbs whose past is their base form ("put", "cost", "let", "quit") and base forms the tagger calls past
    ("decline/VBD" after "Did") are not, nor are plural nouns it calls verbs.
    """
    low = word.lower()
    if tag == "VBZ":
        return low.endswith("s") and not low.endswith("ss")
    if tag == "VBD":
        return low.endswith("ed") or low in IRREGULAR_PASTS
    return tag == "MD"


def joined(tagged: Tagged, before: set[str], after: str, joins: frozenset[str] | set[str] = frozenset({"and", "or"})
            ) -> bool:
    """A conjunction with a verb tagged `after` right after it, whose nearest verb before is tagged one of `before`
    (not "be", nor with an adjective or adverb just before the conjunction: those join modifiers)."""
    for i in range(2, len(tagged) - 1):
        if tagged[i][0].lower() in joins and tagged[i + 1][1] == after and tagged[i - 1][1] not in {"JJ", "JJR", "RB"}:
            verbs = [(w, t) for w, t in tagged[1:i] if t in VERBS]
            if verbs and verbs[-1][1] in before and verbs[-1][0].lower() != "be":
                return True
    return False
