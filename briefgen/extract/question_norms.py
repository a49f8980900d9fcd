"""Rules as data for a "should" that tells what ought to be (a norm or an advice), not what is left open."""

from __future__ import annotations

import re

from briefgen.extract.date_rules import MONTH_NAMES, WEEKDAY_NAMES

# A subject that stands for anyone ("we should look after our neighbours", "kids should say thank you", "a person
# should not have to choose between rent and food"): a norm about people at large, which no later report settles.
# (A named body or person, "the mayor should publish the audit", is a live demand, and asked; a nation's people,
# "Canadians should …", may be a vote to come, and is left alone.)
GENERIC_SUBJECTS = frozenset({
    "we", "you", "one", "us", "people", "everyone", "everybody", "anyone", "anybody", "someone", "somebody",
    "no one", "nobody", "children", "kids", "parents", "women", "men", "adults", "a person",
    "such a person", "each person", "every person", "any person",
})

# Predicates after "should" that state a duty or a fitting feeling rather than an event to come, each with its name.
NORMATIVE_PREDICATES: dict[str, re.Pattern[str]] = {
    # "the council should be doing more for cyclists", "the figures should be ringing alarm bells": an ongoing duty
    # or what the speaker finds fitting now, with no event a reader can wait for
    "ongoing duty": re.compile(r"(?:not\s+)?be\s+(?:\w+ly\s+)?(?!(?:\w*thing|king|ring|spring|string|wing|"
                               r"during|evening|morning|ceiling|building|being)\b)[a-z]{2,}ing\b"),
    # "the owners should be very worried", "he should be ashamed of himself": how someone ought to feel
    "fitting feeling": re.compile(r"(?:not\s+)?be\s+(?:(?:very|really|so|more|most|deeply|extremely|quite),?\s+)*"
                                  r"(?:worried|concerned|ashamed|embarrassed|afraid|scared|frightened|alarmed|"
                                  r"nervous|proud|grateful|thankful|happy|pleased|glad|angry|outraged|upset|"
                                  r"careful|wary|cautious)\b"),
    # "this should be a wake-up call for the league", "safety should be the first priority": the role the speaker
    # thinks a thing ought to play, no event
    "fitting role": re.compile(r"(?:not\s+)?(?:now\s+|also\s+)?be\s+(?:a|an|the|our|their|his|her|its)\s+"
                               r"(?:(?:top|first|big|real|major|serious|clear|stark|key)\s+)?[\"“‘']?"
                               r"(?:priority|wake-?up call|lesson|warning|litmus test|reminder|model|example|red flag|"
                               r"no-brainer|concern|embarrassment|disgrace)\b"),
    # "patients should not have to wait for a bed", "no family should ever have to choose": a burden the speaker
    # thinks unfair, a norm rather than an event ("should have to pay" without a negation is a live demand)
    "undue burden": re.compile(r"(?:(?:not|never)\s+(?:ever\s+)?|ever\s+)have\s+to\b"),
    # "voters should value experience", "fans should appreciate what they have", "investors should think twice": a
    # stance the speaker commends, no event ("value the land at $2 million" is a price, "care for 200 patients" a
    # task; "respect the ruling", "recognize the state", "embrace the plan" are acts a party may or may not take, and
    # stay asked)
    "commended stance": re.compile(r"(?:not\s+)?(?:(?:always|also|really|still|truly)\s+)?"
                                   r"(?:value(?!(?:\s+[\w'’-]+){1,4}\s+at\s+[$£€\d])|cherish|treasure|appreciate|"
                                   r"care\s+about|take\s+(?:pride|note|heed)|keep\s+in\s+mind|bear\s+in\s+mind|"
                                   r"think\s+twice|know\s+better)\b"),
}


# A time ahead in the predicate makes a "should" a forecast ("we think prices should fall next year"), and asked.
TIME_AHEAD = re.compile(r"\b(?:next|soon|later|shortly|tomorrow|coming|within|by (?:the end|early|late|mid|"
                        rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|20\d\d)\b)|"
                        r"this (?:year|month|week|season|quarter|summer|fall|autumn|winter|spring))\b", re.IGNORECASE)


def normative_should(subject: str, predicate: str, negated: bool = False) -> str | None:
    """The name of the rule by which "<subject> should [not] <predicate>" states a norm, or None.

    `negated`: the "should" had its "not" or "never", which the question builders keep out of the predicate."""
    if negated:
        predicate = f"not {predicate}"  # ("should never have to wait" and "should not have to wait" alike)
    if TIME_AHEAD.search(predicate):
        return None  # "people should see lower bills next year": a forecast after all
    words = re.sub(r"[^\w\s'’-]", "", subject).lower().split()
    if " ".join(words) in GENERIC_SUBJECTS:
        return "generic subject"
    return next((name for name, rule in NORMATIVE_PREDICATES.items() if rule.match(predicate)), None)


# The speaker's own view of what ought to be: "I don't think the club should sell him", "we believe councils should
# publish their budgets". (A third person's view, "voters think the senator should resign", may be a live demand.)
# Searched in the text before "should": the view, then a short subject.
FIRST_PERSON_VIEW = re.compile(r"(?:^|[\s\"“‘'(])(?:I|[Ww]e)\s+(?:(?:do|did)\s+not\s+|(?:don|didn)['’]t\s+|"
                               r"(?:really|strongly|firmly|still|also|just)\s+)?(?:think|believe|feel)\s+"
                               r"(?:that\s+)?(?:[\w'’.-]+\s+){1,5}$")


def own_view_of_norm(before_should: str, predicate: str) -> str | None:
    """"first-person view" when the text before a "should" makes it the speaker's own view of what ought to be done."""
    if FIRST_PERSON_VIEW.search(before_should) and not TIME_AHEAD.search(predicate):
        return "first-person view"
    return None
