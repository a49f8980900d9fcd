"""A slice of the CoNLL actors evaluation keeps its floor (skips without ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not (DATA / "actors").is_dir(), reason="evaluation data not present")


def test_actors_slice_floor() -> None:
    from briefgen.evaluate.actors import evaluate

    result = evaluate(DATA, limit=50)
    # Measured on this slice (first 50 documents, 17 of them news): news micro F1 0.83,
    # news PER F1 0.94, all-documents micro F1 0.73.
    assert result["news_docs"] == 17
    assert result["news_micro_f1"] >= 0.81
    assert result["news_per_f1"] >= 0.92
    assert result["all_micro_f1"] >= 0.71
