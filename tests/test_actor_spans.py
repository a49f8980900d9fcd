"""Organisation spans from a name's own shape: a company's legal suffix, an acronym spelled out in brackets after it."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_spans import acronym_spans, company_spans, organization_spans
from briefgen.extract.nlp import Entity, any_overlaps, overlaps
from ner_helpers import entities


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in company_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Halvard Marine Systems Inc said on Monday it had won the order.", ["Halvard Marine Systems Inc"]),
    ("The Tolland Chemical Co of Canada will build a plant.", ["Tolland Chemical Co"]),
    ("Brokers Crane Hollis & Co Inc led the issue.", ["Brokers Crane Hollis & Co Inc"]),
    ("managers Silver Reef of North Borneo Ltd said on Friday", ["Silver Reef of North Borneo Ltd"]),
    ("said Megan Trask of Orchard Valley Banks Inc.", ["Orchard Valley Banks Inc."]),  # a person, then "of"
    ("Norway's Fjordline ASA sold the ships.", ["Fjordline ASA"]),  # the owner is no part of the name
    ("the U.S.-based Quillon Labs Corp said", ["Quillon Labs Corp"]),
    ("Shares of Brantwood Foods Plc fell.", ["Brantwood Foods Plc"]),
    ("Velmar AG and Ostrava Steel AG signed.", ["Velmar AG", "Ostrava Steel AG"]),
    # negatives: "Co" before a capitalised word is a county's; a suffix alone; no suffix
    ("ISSUER: Marsh Co Building Authority", []),
    ("The firm is an Inc now.", []),
    ("Halvard Marine Systems said on Monday", []),
])
def test_company_spans(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The NMPC (National Monetary Policy Council) met on Tuesday.", ["NMPC"]),
    ("the WFTU (World Federation of Trade Unions) said", ["WFTU"]),
    ("Officials of the RDP (Rural Development Programme) spoke.", ["RDP"]),
    # negatives: the brackets spell something else; a figure in brackets
    ("The NMPC (which meets monthly) said", []),
    ("GDP (Gross Domestic Product in Kenya) rose", []),
    ("The ABC (12 percent) held", []),
])
def test_acronym_spans(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in acronym_spans(text)] == expected


def test_organization_spans_replace_cut_and_run_on_entities() -> None:
    text = "Orin Medical Industries Inc bought Daniels Labs Inc of St. Petersburg on Friday."
    ents = [Entity("Medical Industries Inc", "ORG", 5, 27),
            Entity("Daniels Labs Inc of St. Petersburg", "ORG", 35, 69), Entity("Friday", "DATE", 73, 79)]
    out = [(e.text, e.label_) for e in organization_spans(text, ents)]
    assert out == [("Orin Medical Industries Inc", "ORG"), ("Daniels Labs Inc", "ORG"), ("St. Petersburg", "GPE"),
                   ("Friday", "DATE")]


def test_organization_spans_keep_entities_when_nothing_matches() -> None:
    ents = [Entity("Acme", "ORG", 0, 4)]
    assert organization_spans("Acme said so.", ents) == ents


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("the Port Ellis Standard said on Friday", [Entity("Port Ellis", "GPE", 4, 14)], ["Port Ellis Standard"]),
    ("the Ostrava Independent reported", [Entity("Ostrava", "GPE", 4, 11)], ["Ostrava Independent"]),
    ("the Ostrava Sunday Times reported", [Entity("Ostrava", "GPE", 4, 11)], ["Ostrava Sunday Times"]),
    # negatives: a person; a head word that runs on into a longer name
    ("Emily Post wrote", [Entity("Emily", "PERSON", 0, 5)], []),
    ("the Ostrava Post Office", [Entity("Ostrava", "GPE", 4, 11)], []),
])
def test_paper_spans(text: str, ents: list[Entity], expected: list[str]) -> None:
    from briefgen.extract.actor_spans import paper_spans

    assert [text[a:b] for a, b in paper_spans(text, ents)] == expected


@pytest.mark.parametrize(("texts", "expected"), [
    (["PRESS DIGEST - Ruritania - Aug 31.", "STRELSAU 1996-08-31", "LE MATIN", "- The cabinet met.", "DAILY NEWS",
      "- Rain fell."], {2, 4}),
    (["Press review: the week in Ruritania", "THE HERALD", "- Rain fell."], {1}),
    # negatives: no digest headline; a capitals line with a figure
    (["STOCKS FALL IN STRELSAU", "LE MATIN", "- The cabinet met."], set()),
    (["PRESS DIGEST - Ruritania", "TOP 10 STORIES"], set()),
])
def test_digest_headings(texts: list[str], expected: set[int]) -> None:
    from briefgen.extract.actor_spans import digest_headings

    assert digest_headings(texts) == expected


def test_digest_entities_make_headings_papers() -> None:
    from briefgen.extract.actor_spans import digest_entities

    texts = ["PRESS DIGEST - Ruritania", "LE MATIN", "- The cabinet met."]
    out = digest_entities(texts, [[], [Entity("LE", "GPE", 0, 2)], []])
    assert [(e.text, e.label_) for e in out[1]] == [("LE MATIN", "ORG")]


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("British Labour Party leader spoke", [Entity("British", "NORP", 0, 7), Entity("Labour Party", "ORG", 8, 20)],
     [("British Labour Party", "ORG")]),
    # negatives: a body that is no party; a word between
    ("British Airways Group said", [Entity("British", "NORP", 0, 7), Entity("Airways Group", "ORG", 8, 21)],
     [("British", "NORP"), ("Airways Group", "ORG")]),
    ("British and Labour Party", [Entity("British", "NORP", 0, 7), Entity("Labour Party", "ORG", 12, 24)],
     [("British", "NORP"), ("Labour Party", "ORG")]),
])
def test_demonym_party_joined(text: str, ents: list[Entity], expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label_) for e in organization_spans(text, ents)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("held in Mountain View, California. Co-founder Sergey Brin spoke.", []),  # a sentence's end, then "Co-founder"
    ("U.S. Tinplate Corp said", ["U.S. Tinplate Corp"]),
    ("St. Ives Paper Co said", ["St. Ives Paper Co"]),
    ("J.R. Halloway & Co Inc led", ["J.R. Halloway & Co Inc"]),
])
def test_company_spans_dots_and_hyphens(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("start", "end", "shares"),
    [(0, 5, False), (0, 6, True), (7, 9, True), (10, 14, True), (11, 14, False), (4, 12, True)],
)
def test_entity_overlaps_a_span(start: int, end: int, shares: bool) -> None:
    ent = Entity("Dorval", "PERSON", 5, 11)  # text[5:11]; a span ending at 5 or opening at 11 touches, shares nothing
    assert overlaps(ent, start, end) is shares
    assert any_overlaps([Entity("x", "ORG", 20, 21), ent], start, end) is shares
    assert not any_overlaps([], start, end)


@pytest.mark.parametrize(
    ("text", "spans", "body"),
    [
        # NER began a body's name after a Romance particle: the word and the particle before it are the name's
        ("The Gazzetta dello Calcio said so.", (("Gazzetta", "PRODUCT"), ("Calcio", "ORG")), "Gazzetta dello Calcio"),
        ("Banco do Norte cut rates.", (("Norte", "ORG"),), "Banco do Norte"),
        ("He read the Corriere della Mattina.", (("Mattina", "ORG"),), "Corriere della Mattina"),
        # a place's or a person's name before the particle, a one-letter entity, or a body not read as one: as it was
        ("Santiago de Vela hosts it.", (("Santiago", "GPE"), ("Vela", "ORG")), "Vela"),
        ("Neither do I.", (("I", "ORG"),), "I"),
        ("The Gazzetta dello Calcio said so.", (("Calcio", "PERSON"),), None),
    ],
)
def test_body_begun_after_a_particle(text: str, spans: tuple[tuple[str, str], ...], body: str | None) -> None:
    orgs = [e.text for e in organization_spans(text, entities(text, spans)) if e.label_ == "ORG"]
    assert orgs == ([body] if body else [])
