"""The public Python API: briefgen.analyze(...).to_dict() keeps its documented shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import briefgen

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "seeds" / "iran-talks-white-house.txt"

TOP_LEVEL = {
    "title": (str,), "date": (str, type(None)), "source": (str, type(None)),
    "dateline": (str, type(None)), "url": (str, type(None)), "summary": (list,),
    "key_points": (list,), "body": (list,), "body_kinds": (list,), "removed": (list,), "quotes": (list,),
    "actors": (list,), "questions": (list,), "timeline": (list,),
}
ITEM_KEYS = {
    "removed": {"text", "rule", "category"},
    "quotes": {"text", "speaker", "role", "context"},
    "actors": {"name", "type", "role", "aliases", "mentions"},
    "questions": {"question", "evidence"},
    "timeline": {"when", "date", "event"},
}


@pytest.fixture(scope="module")
def example() -> dict:
    return briefgen.analyze(EXAMPLE.read_bytes(), name=EXAMPLE.name).to_dict()


def test_to_dict_has_the_documented_keys_and_types(example: dict) -> None:
    for key, types in TOP_LEVEL.items():
        assert isinstance(example[key], types), key
    for key, fields in ITEM_KEYS.items():
        for item in example[key]:
            assert fields <= set(item), (key, item)
    assert len(example["body_kinds"]) == len(example["body"])
    for actor in example["actors"]:
        assert actor["type"] in {"person", "organization", "state", "group", "place"}


def test_to_dict_is_json_serialisable_and_deterministic(example: dict) -> None:
    again = briefgen.analyze(EXAMPLE.read_bytes(), name=EXAMPLE.name).to_dict()
    assert json.dumps(example, sort_keys=True) == json.dumps(again, sort_keys=True)


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        ("Plain paragraph one about a vote.\n\nSecond paragraph about the vote.", None),
        ("---\ntitle: A vote\n---\nThe council voted on Tuesday.\n", None),
        ("<html><body><article><p>" + "The council voted on a long budget plan today. " * 8 + "</p></article></body></html>", "html"),
    ],
)
def test_analyze_accepts_str_and_bytes_in_every_format(data: str, fmt: str | None) -> None:
    from_str = briefgen.analyze(data, format=fmt, name="input")
    from_bytes = briefgen.analyze(data.encode("utf-8"), format=fmt, name="input")
    assert from_str.to_dict() == from_bytes.to_dict()
    assert from_str.to_dict()["body"], "the article text must be kept"


def test_example_article_drops_exactly_the_four_promos(example: dict) -> None:
    removed = [r["text"] for r in example["removed"]]
    assert len(removed) == 4
    assert any(r.startswith("Stay informed. Subscribe to HTT News") for r in removed)
    assert "Subscribe - $5/month" in removed
    assert any("may find books on Iran" in r for r in removed)
    assert any("recommended reading list" in r for r in removed)
    assert len(example["body"]) == 13
    assert example["dateline"] == "WASHINGTON"
    assert example["source"] == "HTT News"
