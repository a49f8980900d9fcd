"""Rules as data for a modal that tells what was so or what is allowed, not what is left open."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SettledModal:
    """A modal use that asks nothing: its modals, the predicate it takes, and the sentence around it."""

    modals: frozenset[str]
    predicate: re.Pattern[str]  # matched at the start of the predicate after the modal (and its adverb)
    before: re.Pattern[str] | None = None  # searched in the text before the modal (None: anything)
    modal_words: re.Pattern[str] | None = None  # searched in the modal with its adverb ("may now")
    unless: re.Pattern[str] | None = None  # searched in the whole sentence: a sign it looks ahead after all


# A sentence that looks ahead or supposes: "could see profits fall next year if the tariffs stay" is a forecast.
_LOOKS_AHEAD = re.compile(r"\b(?:if|unless|next|coming|soon|future|later|tomorrow|will|would|should|might|may|"
                          r"this (?:year|month|week|season|summer|fall|autumn|winter|spring)|by (?:20\d\d|the end))\b|"
                          r"['’]ll\b|"
                          # "could see prices rise", "could see their savings wiped out": what may come to pass
                          r"\bsee\s+(?:[\w'’-]+\s+){1,4}?(?:rise|fall|drop|climb|soar|plunge|shrink|grow|double|go|"
                          r"return|wiped|cut|slashed|doubled|halved|reduced|raised|frozen|cancell?ed|delayed)\b",
                          re.IGNORECASE)
# What a forecast "sees", "feels" or "hears": "could see a sharp rise in prices", "could feel the pinch", "the court
# could hear the appeal".
_OUTCOME = (r"(?:rise|drop|fall|increase|decrease|decline|gain|loss|boost|surge|jump|cut|windfall|spike|slump|growth|"
            r"benefit|return|shift|change|hike|reduction|improvement|shortfall|deficit|surplus|influx|exodus|wave|"
            r"pinch|squeeze|brunt|impact|effect|fallout|consequence|repercussion|ripple|"
            r"case|appeal|argument|challenge|petition|lawsuit|suit|motion|bid|complaint|testimony)s?")
# Acts a rule or an authority lets people do: "Residents may now return to their homes".
PERMITTED_ACTS = ("return", "apply", "enter", "marry", "wed", "vote", "register", "visit", "worship", "travel",
                  "associate", "resume", "reopen", "access", "attend", "fly", "drive", "adopt", "board", "cross",
                  "camp", "fish", "swim", "gather")
# Openings that set a clause in a past stretch of time: "Every summer he would sail …", "As a boy, she would …".
_PAST_FRAME = re.compile(
    r"^\W*(?:(?:Every|Each)\s+(?:summer|winter|spring|autumn|fall|morning|afternoon|evening|night|weekend|Sunday|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|"
    # ("Each year the plan would save $3 billion": a proposal's yearly effect, open; a person's year is a habit)
    r"(?:Every|Each)\s+(?:year|month|week|day|time),?\s+(?:he|she|they|I|we)|As\s+an?\s+(?:boy|girl|child|kid|"
    r"teenager|teen|student|youngster|young\s+(?:man|woman))|In\s+those\s+(?:days|years|times)|Back\s+then|"
    r"Back\s+in\s+the\s+day|In\s+(?:his|her|their)\s+(?:youth|childhood|early\s+years)|"
    r"When\s+(?:he|she|they|I|we)\s+(?:was|were)\s+(?:young|a\s+(?:boy|girl|child|kid|teenager|student)|"
    r"growing\s+up|little|small))\b", re.IGNORECASE)

SETTLED_MODALS: dict[str, SettledModal] = {
    # "She could see the smoke from her window", "Witnesses could hear gunshots": what one was able to perceive, told
    # as done (the passive "could be seen" is modal_question's own rule); "could see gains next year" looks ahead
    "past perception": SettledModal(
        frozenset({"could"}),
        re.compile(r"(?:not\s+)?(?:see|hear|sense|smell|taste|glimpse|make\s+out|feel)\b"
                   r"(?!\s+(?:(?:a|an|the|some|more|further|its|their|big|sharp|steep|huge|major)\s+){0,2}"
                   + _OUTCOME + r"\b)", re.IGNORECASE),
        unless=_LOOKS_AHEAD),
    # "Residents may now return to their homes", "worshippers may now formally associate": a permission granted
    # ("Sanders may now feel that way", "history may now be working against him" are doubts and stay)
    "permission now": SettledModal(
        frozenset({"may", "can"}),
        re.compile(r"(?:[a-z]+ly\s+)?(?:" + "|".join(PERMITTED_ACTS) + r")\b", re.IGNORECASE),
        modal_words=re.compile(r"\bnow\b", re.IGNORECASE)),
    # "Every summer he would sail to the island", "As a boy, Smith would spend hours in the workshop": a habit of the
    # past (an adverb of habit after the modal is question_rules' "habit")
    "past habit": SettledModal(frozenset({"would"}), re.compile(r""), before=_PAST_FRAME),
}


def settled_modal(modal_words: str, predicate: str, before: str, sentence: str) -> str | None:
    """The name of the SETTLED_MODALS rule a modal meets ('could' + 'see the smoke …'), or None."""
    modal = modal_words.split(" ", 1)[0].lower()
    for name, rule in SETTLED_MODALS.items():
        if (modal in rule.modals and rule.predicate.match(predicate)
                and (rule.before is None or rule.before.search(before))
                and (rule.modal_words is None or rule.modal_words.search(modal_words))
                and (rule.unless is None or not rule.unless.search(sentence))):
            return name
    return None
