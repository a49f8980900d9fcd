"""`briefgen eval`: run briefgen on the evaluation data sets and print the scores.

Code map: `run_evaluations` (here) runs each module named in EVALUATORS; each has
`evaluate(data_dir, limit) -> dict[str, float]` and reads its set from ../shared/data (never copied here).
    data                    read the data sets: JSON-lines records and each set's own scorer
    quotes                  quotes and speakers on PolNeAR, with its own scorer
    actors                  actors on CoNLL-2003 documents, with the set's own scorer
    questions               open questions: FactBank hedges and INQUISITIVE reader questions
    summaries               the summary against CNN/DailyMail highlights (ROUGE)
    boilerplate             boilerplate removal on pasted pages, saved HTML and in-body promos
    promos                  promo lines inserted into Wikinews articles: how many go, how much news stays
    readers                 the readers on real and damaged pages: nothing lost, nothing raised
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Sequence
from pathlib import Path

from briefgen.errors import BriefgenError

# name → module in briefgen.evaluate with `evaluate(data_dir: Path, limit: int | None) -> dict[str, float]`
EVALUATORS: dict[str, str] = {
    "quotes": "quotes",
    "actors": "actors",
    "questions": "questions",
    "summaries": "summaries",
    "boilerplate": "boilerplate",
    "promos": "promos",
    "readers": "readers",
}


def run_evaluations(names: Sequence[str], data_dir: Path, limit: int | None = None, as_json: bool = False) -> int:
    """Run the named evaluations (all when none named) and print a table of scores."""
    unknown = [n for n in names if n not in EVALUATORS]
    if unknown:
        raise BriefgenError(f"unknown evaluation(s): {', '.join(unknown)}; known: {', '.join(EVALUATORS)}")
    if not data_dir.is_dir():
        raise BriefgenError(f"{data_dir}: evaluation data folder not found")
    results = {}
    for name in names or list(EVALUATORS):
        module = importlib.import_module(f"briefgen.evaluate.{EVALUATORS[name]}")
        results[name] = module.evaluate(data_dir, limit)
        if not as_json:
            print(f"== {name}")
            for key, value in results[name].items():
                print(f"  {key:<40} {value:.4f}" if isinstance(value, float) else f"  {key:<40} {value}")
    if as_json:
        print(json.dumps(results, indent=2))
    return 0
