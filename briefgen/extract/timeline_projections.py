"""A date after the article's year in a sentence that tells a projection ("They estimated by 2050, food needs would rise")."""

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
_PROJECTION = re.compile(rf"\b(?:{'|'.join(PROJECTION_WORDS)})\b", re.IGNORECASE)


def projected_date(sentence: str, date: str | None, ref: dt.date | None) -> bool:
    """Whether a resolved date (YYYY, YYYY-MM or YYYY-MM-DD) lies in a later year than the article's `ref` and its
    sentence tells a projection (PROJECTION_WORDS)."""
    return bool(date and ref and int(date[:4]) > ref.year and _PROJECTION.search(sentence))
