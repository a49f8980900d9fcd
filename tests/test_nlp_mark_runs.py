"""Long runs of punctuation are blanked before NER (spaCy's tokenizer takes time quadratic in a run's length)."""

from __future__ import annotations

import pytest

from briefgen.extract.nlp import MARK_RUN, blank_nameless_sentences


@pytest.mark.parametrize("mark", ["=", "%", "*", "…", "-", "\"", ")"])
def test_a_long_run_of_marks_is_blanked_keeping_offsets(mark: str) -> None:
    text = "Mayor John Smith spoke in Boston. " + mark * 400 + " Officials in Denver agreed."
    out = blank_nameless_sentences(text)
    assert len(out) == len(text)
    assert mark * 50 not in out
    for name in ("John Smith", "Boston", "Denver"):
        assert out[text.index(name):text.index(name) + len(name)] == name


@pytest.mark.parametrize("text", ["Smith -- the mayor -- said so.", "U.S.-Mexico talks (2019)...", "A.B.C. and X.Y.Z."])
def test_short_runs_of_marks_stay(text: str) -> None:
    assert MARK_RUN.search(text) is None


def test_the_shortest_blanked_run_is_fifty_marks() -> None:
    assert MARK_RUN.search("=" * 49) is None and MARK_RUN.search("=" * 50) is not None
