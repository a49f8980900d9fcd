"""An open question's condition in the present: 'Will X leave … if Mrs. Clinton won?' → '… if Mrs. Clinton wins?'."""

from __future__ import annotations

import re

from briefgen.extract.question_grammar import ED_ADJECTIVES, is_plural, to_base
from briefgen.extract.question_tag_sets import IRREGULAR_PASTS
from briefgen.extract.timeline_clauses import SUPPOSING_WORDS, WHETHER_IF_BEFORE

# A future or present asked with its condition still in the reported past ("he would leave the board if Mrs. Clinton
# won": "said" moved the condition back): the question asks it now, so the condition's verb goes to the present with
# its subject's number (rule condition-in-present). A supposition of what is not so ("if there were …", "if it had
# …") question_rules.SUPPOSITION has dropped before; "was", "were", "had" are never moved (a past perfect, a
# subjunctive).
# The openings of a question that asks of now or later, by rule name.
ASKS_NOW: dict[str, re.Pattern[str]] = {
    "future": re.compile(r"^(?i:will|can|does|do|is|are|has|have)\s"),
    "what happens": re.compile(r"^(?i:what)\s+happens\s"),
    "how will": re.compile(r"^(?i:how)\b[^,?]*?\swill\s"),
}
# "if" as "whether" after these ("Will the FBI say if Clinton was interviewed?"): an indirect question keeps its tense;
# nor "as if" ("act as if nothing happened").
WHETHER_BEFORE = WHETHER_IF_BEFORE + ("say", "says", "tell", "tells", "disclose", "reveal", "confirm", "determine",
                                      "show", "clear", "as")
_NOT_MOVED = frozenset({"was", "were", "had"})
# Words that end a condition's subject before any past verb: no simple past is the condition's verb then.
_SUBJECT_STOPS = frozenset("is are was were had will would can could should may might must has have does do be been "
                           "being that which who whom not never".split())
# Words a subject does not end with: "the proposed rule" is no subject "the" and verb "proposed".
_OPEN_WORDS = frozenset("the a an his her its their this that these those any some no every each our".split())
_MAX_SUBJECT = 6
# Only a sentence that moved its tense back has such a condition, by rule name; "Voters will not care if the mayor
# lied" asks of a past that is one.
PROMISE_VERBS = ("promised", "vowed", "pledged", "threatened", "offered", "agreed")
# A forecast told in the past ("those changes were likely to accelerate if emissions continued"): "is likely to" moved
# back by the reporting. (Not "set", "due", "bound": "was set to music", "was due to the storm".)
PAST_FORECASTS = ("likely", "unlikely", "expected", "going", "poised", "about")
MOVED_BACK_CUES: dict[str, re.Pattern[str]] = {
    # "he would leave … if Mrs. Clinton won", "If Trump lost …, X would be enough", "they'd not care if …"
    "past modal": re.compile(r"\b(?:would|could|might)(?:n['’]t)?\b|\w['’]d\b", re.IGNORECASE),
    # "promised to legalize … if Congress did not pass …"
    "past promise": re.compile(r"\b(?:" + "|".join(PROMISE_VERBS) + r")\s+to\b", re.IGNORECASE),
    "past forecast": re.compile(r"\b(?:was|were)\s+(?:" + "|".join(PAST_FORECASTS) + r")\s+to\b", re.IGNORECASE),
    # "60 percent said he should be able to continue … if his wife became president": what ought to happen, reported
    # (only after a past "said": "He should resign if he lied" may judge a past that is one)
    "reported should": re.compile(r"\bsaid\b[^;]*?\bshould\b", re.IGNORECASE),
}
_CONDITION = re.compile(r"(?<=\s)(?P<word>" + "|".join(SUPPOSING_WORDS) + r")\s+(?P<clause>[^,;:?]+)")


# Simple pasts the other tests miss, with their bases: a short regular verb ("if he died", "if it owed") and
# irregular pasts beyond question_tag_sets.IRREGULAR_PASTS ("if he ate", "if they fled").
CONDITION_PASTS: dict[str, str] = {
    "died": "die", "lied": "lie", "tied": "tie", "owed": "owe", "eyed": "eye", "used": "use", "ate": "eat",
    "flew": "fly", "threw": "throw", "drew": "draw", "heard": "hear", "built": "build", "spent": "spend",
    "meant": "mean", "fled": "flee", "stole": "steal", "forgot": "forget", "sank": "sink", "shook": "shake",
    "withdrew": "withdraw", "understood": "understand", "forgave": "forgive",
}


def _past(word: str) -> bool:
    """A simple past: an irregular past or a regular '-ed' verb (not 'need', 'proceed', an adjective like 'armed')."""
    return word in IRREGULAR_PASTS and word not in _NOT_MOVED or word in CONDITION_PASTS or (
        word.islower() and len(word) > 4 and word.endswith("ed") and not word.endswith("eed")
        and word not in ED_ADJECTIVES)


def _base(word: str) -> str:
    """The base of a condition's past verb ('owed' → 'owe', 'won' → 'win')."""
    return CONDITION_PASTS.get(word) or to_base(word)


def present(base: str, plural: bool) -> str:
    """The present of a base verb for a subject of that number ('win' → 'wins', 'do' → 'does', plural 'win')."""
    if plural:
        return base
    if base in {"have", "do", "go"}:
        return {"have": "has", "do": "does", "go": "goes"}[base]
    if re.search(r"(?:s|x|z|ch|sh|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def _split(words: list[str]) -> int | None:
    """Where the condition's verb stands after its subject, or None: no simple past right after a subject."""
    for at, word in enumerate(words[: _MAX_SUBJECT + 1]):
        if word in _SUBJECT_STOPS or re.search(r"n['’]t$", word):
            return None  # ("if the money isn't approved": a passive's participle is no past to move)
        if at and _past(word) and words[at - 1].lower() not in _OPEN_WORDS:
            # ("if they used to": a habit, no verb to move)
            return None if word == "used" and words[at + 1: at + 2] == ["to"] else at
    return None


def condition_in_present(question: str, sentence: str) -> str:
    """The question with its condition's simple past in the present (rule condition-in-present), else as it was;
    the sentence is the one it was asked from."""
    if not any(cue.search(sentence) for cue in MOVED_BACK_CUES.values()) or \
            not any(rule.match(question) for rule in ASKS_NOW.values()):
        return question
    for found in _CONDITION.finditer(question):
        before = question[: found.start()].split()
        if before and before[-1].lower() in WHETHER_BEFORE:
            continue
        words = found.group("clause").split()
        at = _split(words)
        if at is None:
            continue
        subject = " ".join(words[:at])
        plural = is_plural(subject)  # ("they", "we" plural; "he", "she", "it" not)
        moved = words[:at] + [present(_base(words[at]), plural)]
        rest = words[at + 1:]
        # "ran for president and lost" → "runs for president and loses": a second verb of the same subject
        for i, word in enumerate(rest):
            moved.append(present(_base(word), plural) if i and rest[i - 1] in {"and", "or"} and _past(word) else word)
        # (an "-ed" word right after the verb is its complement, no verb: "continued unabated", "remained unchanged")
        complement = 1 if moved[at + 1: at + 2] and moved[at + 1].endswith("ed") else 0
        if any(_past(w) or w in _NOT_MOVED for w in moved[at + 1 + complement:]):
            continue  # another past in the condition ("if Trump won and the Democrats lost"): left as written
        start = found.start("clause")
        return question[:start] + " ".join(moved) + question[start + len(found.group("clause")):]
    return question
