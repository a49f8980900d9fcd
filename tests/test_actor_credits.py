"""A report's own staff and agency are no actors of its news (a credit line's names, the agency of a wire dateline),
and a company NER read as a place or a product is a company ("an Acme Air freighter", "keyboard maker Brydge"):
each case gives the NER output the small English model could make, and checks the rule through extract_actors."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_products import makers_named, product_forms
from briefgen.extract.actor_signoff import CREDIT_LINES, credit_line
from briefgen.extract.actors import extract_actors
from briefgen.extract.publisher import dateline_agencies
from briefgen.model import Article, Paragraph
from ner_helpers import Span, entities

OPENING = ("The story begins here with no names at all.", ())


def actors(*paragraphs: tuple[str, tuple[Span, ...]], dateline: str | None = None) -> dict[str, str]:
    """name → type of every actor (aliases too) in the paragraphs with the given NER output."""
    paragraphs = (OPENING, *paragraphs)
    article = Article(name="t", paragraphs=tuple(Paragraph(text) for text, _ in paragraphs), dateline=dateline)
    ents = [entities(text, spans) for text, spans in paragraphs]
    return {form: a.type for a in extract_actors(article, entities=ents) for form in (a.name, *a.aliases)}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("(Reporting by Mara Quist and Tom Vell; Additional reporting by Ida Sorn in Lagos; Editing by Rob Hale)", "staff-by"),
        ("Additional reporting by Pia Lund", "staff-by"),
        ("Edited by: Carl Benz-Ortiz", "staff-by"),
        ("Writing by Nils Ekberg; editing by Sue Dray", "staff-by"),
        ("Omar Fadl contributed reporting from Cairo.", "contributed"),
        ("KTV's Lena Rusk and Abe Moor contributed to this report.", "contributed"),
        ("Writing by the lake is how she spends her summers.", None),  # no name after "by"
        ("The speech was written by Ann Fell, his adviser.", None),  # news: a credit line opens with its credit
        ("Jon Teller contributed $500 to the campaign.", None),  # money, not reporting
        ("Reporting by " + "Ann Fell, " * 40 + "and Bo Rand.", None),  # too long for a credit line
    ],
)
def test_credit_line(text: str, rule: str | None) -> None:
    assert credit_line(text) == rule
    assert rule is None or rule in dict(CREDIT_LINES)


def test_credit_line_names_are_no_actors() -> None:
    found = actors(("Mayor Ellen Drake opened the bridge in Lagos.", (("Ellen Drake", "PERSON"), ("Lagos", "GPE"))),
                   ("(Reporting by Mara Quist in Lagos; Editing by Rob Hale)",
                    (("Mara Quist", "PERSON"), ("Lagos", "GPE"), ("Rob Hale", "PERSON"))))
    assert "Mara Quist" not in found and "Rob Hale" not in found
    assert found["Ellen Drake"] == "person" and found["Lagos"] == "place"


@pytest.mark.parametrize(
    ("texts", "dateline", "agencies"),
    [
        (["OSLO (Reuters) - The council met on Monday."], None, {"reuters"}),
        (["CAMBRIDGE, Mass., Dec. 11 (UPI) — A poll shows a lead."], None, {"upi"}),
        (["Headline of the day", "(AP) — Officials said the road is shut."], None, {"ap"}),
        (["The council met on Monday."], "LONDON (Reuters)", {"reuters"}),
        (["The council met (NATO) - a bracket in the middle of a long sentence about other things."], None, set()),
        (["The council met on Monday, officials (in Oslo) said."], None, set()),
        (["Lawmakers in Oslo (NATO) - the alliance - met."], None, set()),  # a lower-case word: no dateline
    ],
)
def test_dateline_agencies(texts: list[str], dateline: str | None, agencies: set[str]) -> None:
    assert dateline_agencies(texts, dateline) == agencies


def test_dateline_agency_reporting_is_no_actor() -> None:
    found = actors(("OSLO (Nordwire) - The council met on Monday, a memo seen by Nordwire says.",
                    (("OSLO", "GPE"), ("Nordwire", "ORG"), ("Nordwire", "ORG"))),
                   ("The mayor told Nordwire the vote was close.", (("Nordwire", "ORG"),)))
    assert "Nordwire" not in found


def test_dateline_agency_in_the_news_stays() -> None:
    found = actors(("OSLO (Nordwire) - The council met on Monday.", (("OSLO", "GPE"), ("Nordwire", "ORG"))),
                   ("Nordwire was sold to a bank last year.", (("Nordwire", "ORG"),)))
    assert found.get("Nordwire") == "organization"


@pytest.mark.parametrize(
    ("text", "spans", "name", "kind"),
    [
        ("Inspectors examined an Acme Air freighter on Tuesday.", (("Acme Air", "GPE"),), "Acme Air", "organization"),
        ("Papers were sent to Sky Vela's head office in Lima.", (("Sky Vela", "GPE"), ("Lima", "GPE")), "Sky Vela",
         "organization"),
        ("Norlux's shareholders voted against the deal.", (("Norlux", "GPE"),), "Norlux", "organization"),
        ("The Dalton plane landed late.", (("Dalton", "GPE"),), "Dalton", "place"),  # "the": a town's plane may be
        ("Dalton planes landed late.", (("Dalton", "GPE"),), "Dalton", "place"),
        ("A Moscow plane was delayed.", (("Moscow", "GPE"),), "Moscow", "place"),  # a listed capital
        ("Keyboard case maker Brydge made a new case.", (("Brydge", "GPE"),), "Brydge", "organization"),
    ],
)
def test_company_read_as_place(text: str, spans: tuple[Span, ...], name: str, kind: str) -> None:
    assert actors((text, spans)).get(name) == kind


@pytest.mark.parametrize(
    ("texts", "makers"),
    [
        (["Keyboard case maker Brydge had to start again."], {"Brydge"}),
        (["Brydge, a keyboard case maker, said so."], {"Brydge"}),
        (["The start-up Lumo Labs hired ten people."], {"Lumo Labs"}),
        (["The firm said it would pay."], set()),
        (["The maker of the case said so."], set()),
    ],
)
def test_makers_named(texts: list[str], makers: set[str]) -> None:
    assert makers_named(texts) == makers


def test_a_named_maker_is_no_product_form() -> None:
    assert "Brydge" in product_forms(["Brydge Pro"])
    assert "Brydge" not in product_forms(["Brydge Pro"], frozenset({"Brydge"}))
    assert "Mac" in product_forms(["Mac Pro"], frozenset({"Brydge"}))
