"""Uncertainty cues as data: words and phrases that mark a sentence as unresolved, with weights."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Cue:
    """One named cue: a pattern, the kind of open question it signals, and how strongly."""

    name: str
    kind: str  # decision | condition | dispute | uncertainty | epistemic | belief | commitment | threat
    pattern: re.Pattern[str]
    weight: float  # 3 = almost always uncertain; 1 = only with other evidence


def _cue(name: str, kind: str, pattern: str, weight: float, flags: int = re.IGNORECASE) -> Cue:
    return Cue(name, kind, re.compile(pattern, flags), weight)


# "is supposed to be one of the fairest ways": reputed, a general truth; "is supposed to be made public by": a step due
NOT_REPUTED = r"(?!\s+be\s+(?!(?:[a-z]+ed|[a-z]+en|made|held|done|paid|sent|built|set|sold|shut|put)\b))"
# "should" before its subject ("should he survive the war", "Should the talks fail, …"), not in a question the sentence
# asks ("how should …"): the hedge cue and the question template condition.should-inverted share it.
SHOULD_INVERTED = (r"(?<![Hh]ow )(?<![Ww]hy )(?<![Ww]hat )(?<![Ww]here )(?<![Ww]hen )(?<![Ww]ho )"
                   r"(?:(?:^|[:;]\s*)[\"“‘']?Should|\bshould)")
NO_DOUBT = r"(?<!\bno )(?<!\blittle )(?<!\bwithout )(?<!\bbeyond )(?<!\bbeyond any )(?<!\bbeyond a )"
SHOULD_SUBJECT = r"(?:the|a|an|any|he|she|this|that|these|those|(?!NOT\b)[A-Z][\w.'’-]+)"


# Weights follow the Szeged uncertainty guidelines (epistemic, doxastic, condition, investigation):
# hedges that cannot be read as fact score 3; words that are often factual in news ("plans",
# "would" in reported speech, "expected" as in "expected results") score lower, so that a sentence
# needs a strong cue to become an open question. Modals are lower-case only: "May 5" is a date.
CUES: tuple[Cue, ...] = (
    # pending decisions
    _cue("decision.weighing", "decision", r"\b(?:weigh(?:ing|s)?|mull(?:ing|s)?|consider(?:ing|s)|debat(?:ing|es))\b", 2.5),
    _cue("decision.deciding", "decision", r"\b(?:decid(?:e|es|ing)|determin(?:e|es|ing)) (?:whether|if|how|when)\b", 3),
    _cue("decision.review", "decision", r"\b(?:reviewing|studying|evaluating|assessing) (?:whether|options|the proposal)\b", 2),
    # conditions
    _cue("condition.if", "condition", r"\bif\b", 3),
    _cue("condition.unless", "condition", r"\bunless\b", 3),
    _cue("condition.not-until", "condition", r"(?:n't|\bnot|\bnever)\b[^.;]{0,60}\buntil\b", 2.5),
    # "should he survive the war", "Should the talks fail, …": "should" before its subject is an "if" (not before
    # "it", "they": "… loss of trade should they dare to vote" is asked of whom the namer finds, often the wrong body)
    _cue("condition.should-inverted", "condition", SHOULD_INVERTED + r"\s+" + SHOULD_SUBJECT + r"\s", 3, 0),
    # "will remain in effect until Iraq pays", "intends to stay only until the units are sold": a step that waits on
    # a clause still to come (not on a date: "until Dec. 31", "until the end of the year")
    _cue("condition.looks-ahead-until", "condition",
         r"\b(?:will|would|must|could|can|should|shall|may|might|(?:intends?|plans?|wants?|hopes?|going|expected|"
         r"likely) to)\b[^.;]{0,90}\buntil\s+(?!(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|"
         r"Thu|Fri|Sat|Sun|next|last|this|now|then|today|tomorrow|tonight|recently|later|late|early|mid|after|"
         r"the (?:end|start|beginning|middle|close|summer|spring|autumn|fall|winter|weekend|year|month|week|day))\b)"
         r"(?:the|a|an|its|his|her|their|[A-Z][\w.'’-]*|they|he|she|it|we|[a-z]+s)\b(?:\s+[\w.,'’-]+){0,7}?\s+"
         r"(?:is|are|has|have|[a-z]{2,}s|[a-z]+ed)\b", 2.5, 0),
    _cue("condition.provided", "condition", r"\b(?:provided (?:that)?|as long as|on condition that)\b", 2.5),
    # disputes still open
    _cue("dispute.gaps", "dispute", r"\b(?:gaps?|differences|disagreements?|divisions|sticking points?) (?:remain|persist)\b", 2.5),
    _cue("dispute.unresolved", "dispute", r"\b(?:unresolved|at odds|deadlock(?:ed)?|impasse|stalemate)\b", 2),
    # explicit uncertainty
    _cue("uncertainty.unclear", "uncertainty", r"\b(?:unclear|uncertain|uncertainty|unknown|not clear|unsure|not (?:yet )?known(?! for\b| as\b))\b", 3),
    _cue("uncertainty.whether", "uncertainty", r"\bwhether\b", 3),
    _cue("uncertainty.to-be-seen", "uncertainty", r"\bremains? to be seen\b", 3),
    _cue("uncertainty.questioned", "uncertainty",
         r"\b(?:questioned|wondered|wondering|asked|asking)\s+(?:whether|if|how|why|when|what)\b", 3),
    _cue("belief.confidence", "belief", r"\b(?:skeptical|sceptical|confident|optimistic|pessimistic|hopeful|"
         r"doubtful|unconvinced)\b", 2.5),
    _cue("uncertainty.question", "uncertainty", r"\b(?:questions? (?:remain|over|about)|open question)\b", 2),
    # "can provide no assurance a deal will close", "could not confirm that …": the outcome is left open
    _cue("uncertainty.no-assurance", "uncertainty", r"\b(?:no (?:assurance|guarantee|certainty|evidence|proof|"
         r"confirmation)|(?:cannot|can't|could not|couldn't|would not|wouldn't) (?:guarantee|confirm))\b", 2.5),
    # epistemic hedges
    _cue("epistemic.might", "epistemic", r"\bmight\b", 3, 0),
    _cue("epistemic.may", "epistemic", r"\bmay\b", 3, 0),
    _cue("epistemic.could", "epistemic", r"\bcould\b", 2.5, 0),
    _cue("epistemic.likely", "epistemic", r"\b(?:likely|unlikely|likelihood|probabl[ey]|probability)\b", 3),
    _cue("epistemic.possible", "epistemic", r"\b(?:possibl[ey]|possibility|perhaps|maybe)\b", 3),
    _cue("epistemic.appear", "epistemic", r"\b(?:appear(?:s|ed)?|seem(?:s|ed|ingly)?|apparently)\b", 2.5),
    _cue("epistemic.suggest", "epistemic", r"\b(?:suggest(?:s|ed|ing|ion)?|indicat(?:e|es|ion))\b", 2.5),
    # Szeged's epistemic lexicon: "talks that are supposed to conclude by May" (not "was supposed to": it did not
    # happen), "the rulings imply that …" (not "he implied that …": an insinuation told), "tentatively agreed": the
    # writer does not assert it
    _cue("epistemic.supposed", "epistemic", r"\b(?:is|are|['’]s|['’]re)\s+(?:still\s+)?supposed to\b" + NOT_REPUTED, 2.5),
    _cue("epistemic.imply", "epistemic", r"\bimpl(?:y|ies)\b", 2.5),
    _cue("epistemic.tentative", "epistemic", r"\btentative(?:ly)?\b", 2.5),
    _cue("epistemic.alleged", "epistemic", r"\b(?:alleged(?:ly)?|reportedly|purported(?:ly)?|suspected|rumou?red|supposedly|presumed)\b", 2.5),
    _cue("belief.accused", "belief", r"\b(?:accus(?:ed|es|ing)|alleg(?:es|ing)|charged with)\b", 2.5),
    _cue("belief.considered", "belief", r"\b(?:is|are|was|were) (?:widely )?(?:considered|presumed|seen as|regarded as)\b", 2.5),
    # "did not rule out further cuts": the writer leaves the possibility open
    _cue("epistemic.not-ruled-out", "epistemic", r"(?:\bnot|n't|\bnever|\bcannot|\b(?:refused|refuses|declined|declines) to)"
         r"\s+(?:\w+\s+)?rul(?:e|ed|ing) out\b", 3),
    _cue("epistemic.risk", "epistemic", r"\b(?:risk(?:s|ing)? (?:of|that)|potential(?:ly)?)\b", 2),
    # "the risk that the visit will persuade …": a clause the writer does not assert
    _cue("epistemic.risk-that", "epistemic", r"\brisks? that\b", 2.5),
    # beliefs and expectations
    # "I have no doubt that …", "will no doubt win", "proved beyond doubt": a doubt denied is certainty
    _cue("belief.think", "belief", r"\b(?:think|thinks|believe[sd]?|suspects?|" + NO_DOUBT + r"doubts?|fears?|"
         r"worr(?:y|ies|ied))\b", 2.5),
    _cue("belief.thought", "belief", r"\b(?:thought (?:to|that)|suspicions?|looks? (?:like|set to|likely|as (?:though|if)))\b", 2.5),
    _cue("belief.expect", "belief", r"\b(?:expects?|expecting|anticipat(?:e|es|ing)|predict(?:s|ed)?|forecasts?)\b", 3),
    _cue("belief.expected", "belief", r"\b(?:is|are|was|were|be|been) (?:widely )?expected to\b", 2.5),
    _cue("belief.estimate", "belief", r"\bestimated?\b", 1.5),
    # "expected" alone is often factual ("as expected", "worse than expected"); followed by "to", "that" or
    # the thing expected ("he expected the company to earn …", "a move expected to result in …") it is a belief.
    _cue("belief.expected-verb", "belief", r"(?<!\bas )(?<!\bthan )\bexpected (?:to|that|the|a|an|its|his|her|their|him|them|it)\b", 2.5),
    # "Travelers estimated that …", "…, a spokesman estimated.": an estimate, not a figure ("an estimated 300")
    _cue("belief.estimate-clause", "belief", r"\bestimat(?:es|ed) that\b|,\s+[^,]{2,60}\sestimated[.\"”]*$", 2.5),
    # commitments and next steps: often stated as fact, so weaker alone
    _cue("commitment.would", "commitment", r"\bwould\b", 1.5, 0),
    _cue("commitment.plans", "commitment", r"\b(?:plan(?:s|ning)?|intends?|hopes?|seeks?|aims?) to\b", 1.5),
    _cue("commitment.scheduled", "commitment", r"\b(?:scheduled|slated|set|due|poised) to\b", 1.5),
    _cue("commitment.coming", "commitment", r"\b(?:in the coming (?:days|weeks|months)|later this (?:week|month|year))\b", 1.5),
    # threats and refusals: a reader wants to know if they are carried out
    _cue("threat.threatened", "threat", r"\b(?:threaten(?:ed|s|ing)?|vow(?:ed|s)?|warn(?:ed|s)?)\b", 1.5),
    _cue("threat.refused", "threat", r"\b(?:refus(?:ed|es)|reject(?:ed|s)|ruled out|declined) to\b", 1.5),
    _cue("threat.rejected", "threat", r"\b(?:rejected|rejects|refused|ruled out)\b", 1.5),
)


# Function words occur in every sentence; no cue relies on them alone (every alternative of every
# pattern also holds a content word), so they are left out of the index. tests/test_questions.py
# checks the index against a plain scan of every cue.
_COMMON_KEYS = frozenset("is are was wer be bee the to of in on as tha has hav had wid and".split())


def _literal_keys(cue: Cue) -> set[str]:
    """First three letters of every literal content word in the cue's pattern (escapes like \\b removed)."""
    source = re.sub(r"\\[a-zA-Z]", " ", cue.pattern.pattern.lower())
    keys = {run[:3] for run in re.findall(r"[a-z]{2,}", source)}
    return keys - _COMMON_KEYS or keys


def _index() -> dict[str, tuple[int, ...]]:
    table: dict[str, list[int]] = {}
    for number, cue in enumerate(CUES):
        for key in _literal_keys(cue):
            table.setdefault(key, []).append(number)
    return {key: tuple(numbers) for key, numbers in table.items()}


# Every cue pattern starts with a literal word, so a sentence can only match cues whose words'
# first letters occur in it: look those up instead of running every pattern on every sentence.
_BY_PREFIX = _index()
_WORDS = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def find_cues(sentence: str) -> tuple[tuple[Cue, re.Match[str]], ...]:
    """Every cue in `sentence`, in table order, with its first match (cached: called per stage)."""
    candidates: set[int] = set()
    for word in set(_WORDS.findall(sentence.lower())):
        candidates.update(_BY_PREFIX.get(word[:3], ()))
    found = []
    for number in sorted(candidates):
        match = CUES[number].pattern.search(sentence)
        if match:
            found.append((CUES[number], match))
    return tuple(found)


def uncertainty_score(sentence: str) -> float:
    """The strongest cue weight plus a little for each extra kind of cue (0 when none)."""
    cues = find_cues(sentence)
    if not cues:
        return 0.0
    best = max(cue.weight for cue, _ in cues)
    kinds = {cue.kind for cue, _ in cues}
    return best + 0.25 * (len(kinds) - 1)
