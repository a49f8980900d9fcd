"""The PolNeAR quotes evaluation: what the gold's definition leaves out, and a slice keeping its floor (skips without ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate.quotes import outside_gold
from briefgen.extract.quotes import quote_spans

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


@pytest.mark.parametrize(
    ("name", "paragraphs", "expected"),
    [
        ("curly pair", ["“We will win this race,” Smith said."], [None]),
        ("straight pair", ['"We will win this race," Smith said.'], [None]),
        ("curly open, straight close", ['“We will win this race," Smith said.'], [None]),
        ("straight open, curly close", ['"We will win this race,” Smith said.'], [None]),
        ("opening mark used to close", ["They are “the best in the world“ and growing."], ["mistyped_marks"]),
        ("closing mark used to open", ["Doing so ”looked like an attempt to poison the race.” She said no more."],
         ["mistyped_marks"]),
        ("multi-paragraph quote", ["“We will win the vote in the end.", "“And then we govern,” Smith said."],
         ["multi_paragraph_opening", None]),
        ("multi-paragraph quote continued without reopening", ["Smith said, “We will win the vote in the end.",
                                                               "And then we will govern for everyone.”"],
         ["multi_paragraph_opening", "unopened_continuation"]),
        ("apostrophe pairs", ["''We will win this race,'' Smith said."], ["apostrophe_marks"]),
        ("apostrophe pairs over two paragraphs", ["''We will win the vote in the end.", "''And then we govern,'' he said."],
         ["apostrophe_marks", "apostrophe_marks"]),
    ],
)
def test_outside_gold(name: str, paragraphs: list[str], expected: list[str | None]) -> None:
    assert [outside_gold(paragraphs[s.paragraph], s) for s, _q in quote_spans(paragraphs)] == expected, name


@pytest.mark.skipif(not (DATA / "quotes").is_dir(), reason="evaluation data not present")
def test_quotes_slice_floor() -> None:
    from briefgen.evaluate.quotes import evaluate

    result = evaluate(DATA, limit=200)
    # Measured on this slice (first 200 articles): extraction F1 0.914 (0.949 closed-only, 0.950 on the gold's
    # definition), quote recall 0.982, attribution accuracy 0.872.
    assert result["extraction_f1"] >= 0.91
    assert result["closed_only_extraction_f1"] >= 0.945
    assert result["gold_definition_extraction_f1"] >= 0.945
    assert result["quote_recall"] >= 0.975
    assert result["attribution_accuracy"] >= 0.865
