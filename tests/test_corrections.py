"""Editor corrections in front matter: read leniently, every wrong value reported, never a crash."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen.corrections import correct_article, parse
from briefgen.model import Article, Paragraph, Question, Removal


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({"add_questions": 42}, "'add_questions' must be a text or a list"),
        ({"drop_paragraphs": {"a": 1}}, "'drop_paragraphs' must be a text or a list"),
        ({"hide_quotes": 3.5}, "'hide_quotes' must be a text or a list"),
        ({"add_questions": [7]}, "add_questions item 7"),
        ({"unknown_key": ["x"]}, "unknown correction 'unknown_key'"),
    ],
)
def test_wrong_values_are_reported_not_raised(raw: dict[str, Any], problem: str) -> None:
    _, problems = parse({"corrections": raw})
    assert any(problem in p for p in problems), problems


def test_a_single_text_is_accepted_where_a_list_is_expected() -> None:
    fixes, problems = parse({"corrections": {"add_questions": "Will talks resume?", "pin_quotes": "no missiles"}})
    assert problems == []
    assert fixes.add_questions == (Question("Will talks resume?", ""),)
    assert fixes.pin_quotes == ("no missiles",)


def test_a_restored_paragraph_goes_back_before_one_the_cleaner_cut_a_passage_from() -> None:
    lead = "Gov. Jane Roe (R) said on Monday that the state would reopen the old river bridge next week."
    glued = "Gov. Jane RoeJane Ann RoeState governor doubles down on bridge MORE (R) said on Monday that the state " \
            "would reopen the old river bridge next week."
    promo = "Subscribe to the Valley Post for news of the bridge."
    later = "Engineers found cracks in two of the bridge's supports during an inspection in March."
    raw = Article(name="a.txt", paragraphs=(Paragraph(promo), Paragraph(glued), Paragraph(later)))
    cleaned = Article(name="a.txt", paragraphs=(Paragraph(lead), Paragraph(later)),
                      removed=(Removal(promo, "subscription.cta", "subscription"),))
    fixes, _ = parse({"corrections": {"keep_paragraphs": ["Subscribe to the Valley Post"]}})
    corrected, problems = correct_article(cleaned, raw, fixes)
    assert [p.text for p in corrected.paragraphs] == [promo, lead, later] and problems == []


@pytest.mark.parametrize(
    ("meta", "problem"),
    [
        # rule TOP_LEVEL_SLIPS: a correction's key written beside title and date, not under corrections:
        ({"title": "Ferry resumes", "hide_quotes": ["glad to be back"]}, "'hide_quotes' is ignored: it belongs under"),
        ({"drop_paragraphs": "Sign up for the harbour newsletter"}, "'drop_paragraphs' is ignored: it belongs under"),
        ({"add_questions": ["Will the ferry run in winter?"], "corrections": {"pin_quotes": ["back on the water"]}},
         "'add_questions' is ignored: it belongs under"),
        # rule TOP_LEVEL_SLIPS: the singular of the key
        ({"correction": {"hide_quotes": ["glad to be back"]}}, "'correction' is ignored: the key is 'corrections'"),
    ],
)
def test_corrections_outside_their_key_are_reported(meta: dict[str, Any], problem: str) -> None:
    _, problems = parse(meta)
    assert any(problem in p for p in problems), problems


@pytest.mark.parametrize("meta", [
    {"title": "Ferry resumes", "tags": ["harbour"], "source": "Test Wire"},
    {"corrections": {"hide_quotes": ["glad to be back"]}},
    {"keywords": ["drop", "paragraphs"], "summary": "A quote hidden"},  # words of a key inside a value: no slip
])
def test_ordinary_front_matter_is_no_slip(meta: dict[str, Any]) -> None:
    assert parse(meta)[1] == []
