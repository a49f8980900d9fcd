"""Timeline: a date in a later year than the article's, in a sentence that tells an estimate of what is to come, is the
time the projection is about, no event; plans and past estimates keep their dates."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.extract.timeline_projections import projected_date, projection_rule
from briefgen.model import Article, Paragraph

REF = "2019-11-20"


def _dates(text: str, ref: str | None = REF) -> list[tuple[str, str | None]]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=ref,  # type: ignore[arg-type]
                      date_origin="source" if ref else "none")
    return [(e.when, e.date) for e in extract_timeline(article)]


@pytest.mark.parametrize("text", [
    "The harbour board projects that cargo traffic will double by 2030.",
    "They estimated by 2045, the town's water needs would rise by a third.",
    "A projection from the county shows the school roll could fall below 200 in 2024.",
    "Economists forecast a 40% chance of a recession by March 2021.",
    "Growth is projected to slow to 1 percent in 2022, the bank said.",
    "The survey predicts that half of the shops on the high street will close by 2025.",
])
def test_a_later_year_a_projection_is_about_dates_no_event(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a plan, told without a projection's word
    ("The mayor is expected to run for a third term in 2022.", [("in 2022", "2022")]),
    ("The new bridge over the river will open in 2021.", [("in 2021", "2021")]),
    # "project" as a noun
    ("The harbour project will be finished by 2023.", [("by 2023", "2023")]),
    # an estimate made in an earlier year, or about one
    ("In 2012, the ministry estimated the harbour's cost at $40 million.", [("in 2012", "2012")]),
    ("The council estimated that 3,000 people visited the fair in 2018.", [("in 2018", "2018")]),
])
def test_plans_and_past_estimates_keep_their_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("sentence", "date", "ref", "projected"), [
    ("Analysts predict sales will double by 2030.", "2030", dt.date(2019, 1, 1), True),
    ("Analysts predict sales will double by 2030.", "2030-06", dt.date(2019, 1, 1), True),
    ("Analysts predict sales will double this year.", "2019", dt.date(2019, 1, 1), False),  # (not a later year)
    ("Analysts predict sales will double by 2030.", "2030", None, False),  # (no article date to tell)
    ("Sales will double by 2030.", "2030", dt.date(2019, 1, 1), False),
])
def test_projected_date(sentence: str, date: str, ref: dt.date | None, projected: bool) -> None:
    assert projected_date(sentence, date, ref) is projected


@pytest.mark.parametrize("text", [
    "The researchers found rice harvests by 2060 fell 15 percent in every scenario.",
    "The survey showed half the dairy farms would close in 2040.",
    "The auditors concluded that the pension fund runs dry by 2034.",
    "By 2045, sea levels rose 30 centimetres in the model, the team calculated.",
    "A study by the institute shows that the town's population will pass 50,000 in 2031.",
])
def test_a_later_year_a_finding_is_about_dates_no_event(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a finding about an earlier year
    ("Police found the stolen van in 2018.", [("in 2018", "2018")]),
    # "concludes" without "that": when something ends; "to found": a plan
    ("The choir's tour concludes in 2021 with two concerts in Oslo.", [("in 2021", "2021")]),
    ("The bishop plans to found a new school in 2022.", [("in 2022", "2022")]),
])
def test_findings_about_earlier_years_and_other_verbs_keep_their_dates(text: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("sentence", "rule"), [
    ("Analysts predict sales will double by 2030.", "estimate-word"),
    ("The team found sales by 2030 doubled in the model.", "finding-about-later-year"),
    ("The board plans to found a college by 2030.", None),
    ("Sales will double by 2030.", None),
])
def test_projection_rule_names_the_rule(sentence: str, rule: str | None) -> None:
    assert projection_rule(sentence, "2030", dt.date(2019, 1, 1)) == rule
