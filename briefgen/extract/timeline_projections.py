"""A date after the article's year in a sentence that tells a projection or a finding about that year, no event."""

from __future__ import annotations

import datetime as dt
import re

# Words that tell an estimate of what is to come: a date in a later year than the article's, in their sentence, is the
# time the estimate is about ("The budget office projects the deficit will pass $1 trillion by 2026", "A projection
# shows turnout could fall in 2030", "They estimated by 2050, world food needs would rise by half"), no event. (Not
# "expected", "plans": "is expected to run for re-election in 2027", a plan, stays dated; not the noun "project": "the
# project will open in 2027".)
PROJECTION_WORDS = ("projected", "projecting", "projection", "projections", "projects that", "project that",
                    "forecast", "forecasts", "forecasted", "forecasting", "estimated", "estimates", "estimate",
                    "estimating", "predicted", "predicts", "predict", "predicting", "prediction", "predictions")
# Words that report a study's finding: a later year in their sentence is the year a modelled result is about ("The
# researchers found rice harvests by 2060 fell in every model", "The survey showed half the farms would close in
# 2040"), no event. (Not "concludes" alone: "the tour concludes in 2030" tells when it ends; nor the noun "shows": "two
# shows in 2030"; nor "to found": "plans to found a school in 2027" is a plan.)
FINDING_WORDS = ("found", "finds", "showed", "shows that", "concluded that", "concludes that", "calculated",
                 "calculates")
# The named rules: a rule's words, and the words that, just before one of them, make it another verb ("to found").
# A later year in a sentence with one of a rule's words is no event.
PROJECTION_RULES = (("estimate-word", PROJECTION_WORDS, ()), ("finding-about-later-year", FINDING_WORDS, ("to",)))
_RULES = tuple((name, re.compile("".join(rf"(?<!\b{w} )" for w in not_after) + rf"\b(?:{'|'.join(words)})\b",
                                 re.IGNORECASE)) for name, words, not_after in PROJECTION_RULES)


def projection_rule(sentence: str, date: str | None, ref: dt.date | None) -> str | None:
    """The name of the PROJECTION_RULES rule by which a resolved date (YYYY, YYYY-MM or YYYY-MM-DD) in a later year
    than the article's `ref` is the time a projection or a finding is about; None when none applies."""
    if not (date and ref and int(date[:4]) > ref.year):
        return None
    return next((name for name, pattern in _RULES if pattern.search(sentence)), None)


def projected_date(sentence: str, date: str | None, ref: dt.date | None) -> bool:
    """Whether a resolved date lies in a later year than the article's `ref` and its sentence tells a projection or a
    finding about that year (projection_rule)."""
    return projection_rule(sentence, date, ref) is not None
