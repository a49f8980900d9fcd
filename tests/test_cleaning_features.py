"""Page-scorer features: the fast forms of the date, contact and capital features read what they say."""

from __future__ import annotations

import pytest

from briefgen.cleaning.features import page_features, shape_features, words


@pytest.mark.parametrize(("text", "has_date"), [
    ("Posted 3/5/2019 by the desk", 1.0),
    ("Updated 2019-03-05", 1.0),
    ("Published at 5:23 p.m.", 1.0),
    ("Last edited March 5, 2019", 1.0),
    ("sept. 12, 2020", 1.0),
    ("The vote was 35-12 in favour", 0.0),
    ("Room 12345:67 is closed", 0.0),  # no word boundary before the time
    ("No numbers here at all", 0.0),
    ("He was born in May 2001", 0.0),  # a month and a year, but no day
])
def test_has_date(text: str, has_date: float) -> None:
    assert shape_features(text, words(text))["has_date"] == has_date


@pytest.mark.parametrize(("text", "contact"), [
    ("Write to news@example.org", 1.0),
    ("See www.example.org", 1.0),
    ("https://example.org/story", 1.0),
    ("Follow @example", 1.0),
    ("Prices rose 5% at the store", 0.0),
])
def test_contact(text: str, contact: float) -> None:
    assert shape_features(text, words(text))["contact"] == contact


def test_capitals_and_all_caps() -> None:
    row = shape_features("Home News World Sport", words("Home News World Sport"))
    assert row["capital_ratio"] == 1.0 and row["all_caps"] == 0.0
    caps = "BREAKING NEWS FROM THE COAST"
    assert shape_features(caps, words(caps))["all_caps"] == 1.0


def test_neighbour_and_window_features() -> None:
    prose = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports and more."
    prose = prose + " " + prose  # prose is at least 25 words
    rows = page_features(["Home", prose, prose + " Again.", "Sport"])
    assert rows[0]["nb_log_words"] == rows[1]["log_words"]  # one neighbour: its value
    assert rows[1]["nb_log_words"] == (rows[0]["log_words"] + rows[2]["log_words"]) / 2
    assert rows[0]["prose_nearby"] == 1.0 and rows[3]["prose_nearby"] == 1.0
    assert rows[1]["prose_nearby"] == pytest.approx(1 / 3)
