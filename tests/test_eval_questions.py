"""A small slice of the open-questions evaluation keeps its floor (skips without ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not (DATA / "questions").is_dir(), reason="evaluation data not present")


def test_questions_slice_floor() -> None:
    from briefgen.evaluate.questions import evaluate

    result = evaluate(DATA, limit=40)
    # Measured on this slice (whole briefings, so questions name actors): anchor precision 0.93, doc macro recall
    # 0.67, INQUISITIVE anchored 1.00 (26 questions; 0.96 before the question-phrasing rules of question_filters).
    assert result["hedge_anchor_precision"] >= 0.90
    assert result["hedge_doc_macro_recall"] >= 0.64
    assert result["inquisitive_anchored_rate"] >= 0.95
