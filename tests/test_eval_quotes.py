"""A slice of the PolNeAR quotes evaluation keeps its floor (skips without ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not (DATA / "quotes").is_dir(), reason="evaluation data not present")


def test_quotes_slice_floor() -> None:
    from briefgen.evaluate.quotes import evaluate

    result = evaluate(DATA, limit=200)
    # Measured on this slice (first 200 articles): extraction F1 0.914 (0.949 closed-only),
    # quote recall 0.98, attribution accuracy 0.826.
    assert result["extraction_f1"] >= 0.90
    assert result["closed_only_extraction_f1"] >= 0.94
    assert result["quote_recall"] >= 0.97
    assert result["attribution_accuracy"] >= 0.80
