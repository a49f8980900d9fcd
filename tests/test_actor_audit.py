"""Actor rules found by reading whole briefings of unseen articles: roles, US state abbreviations, laws and
fragments that are no actors, companies' heads and legal forms, parties as groups, case-folded texts.

The NER output is given (entities with their labels) so each case shows one rule at work; the labels are the
mistakes the small English model made on real pages.
"""

from __future__ import annotations

import pytest

from briefgen.extract.actor_names import drop_trailing_number, trim_name
from briefgen.extract.actor_titles import title_before
from briefgen.extract.actor_merge import company_core
from briefgen.extract.actors import extract_actors
from briefgen.extract.nlp import Entity
from briefgen.model import Actor, Article, Paragraph

Span = tuple[str, str]


def actors(*paragraphs: tuple[str, tuple[Span, ...]]) -> list[Actor]:
    """The actors extract_actors finds in the paragraphs, given NER's spans (found left to right)."""
    ents = []
    for text, spans in paragraphs:
        found, at = [], 0
        for surface, label in spans:
            start = text.index(surface, at)
            found.append(Entity(surface, label, start, start + len(surface)))
            at = start + len(surface)
        ents.append(found)
    article = Article(name="t", paragraphs=tuple(Paragraph(text) for text, _ in paragraphs))
    return list(extract_actors(article, entities=ents))


def by_name(found: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in found}


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("the extradition of Venezuelan", None),  # "of" joins, it is no role
        ("the suicide of", None),
        ("part of Prime Minister", "Prime Minister"),
        ("an interview with Mr.", None),
        ("Undersecretary for Education Mr.", None),  # the honorific ends it: no "Education Mr."
        ("said White House press secretary", "White House press secretary"),
        ("Republican presidential nominee", "Republican presidential nominee"),
        ("Secretary of State", "Secretary of State"),
        ("former President", "former President"),
        ('to show the talent of Afghans," team member', "team member"),  # a quotation ends before the role
        ("the press", None),  # a modifier needs a role noun after it
    ],
)
def test_title_before_a_name(before: str, role: str | None) -> None:
    text = f"{before} Jane Doe spoke."
    assert title_before(text, len(before) + 1) == role


@pytest.mark.parametrize(
    ("entity", "after", "name"),
    [
        ("Patriot 13", " percent of its reserves", "Patriot"),
        ("Sweden 1", " – 0 South Korea", "Sweden"),
        ("Trump’s 1995", " state income tax", "Trump’s"),
        ("Intermediate School 285", " in Brooklyn", "Intermediate School 285"),
        ("Apollo 11", " landed", "Apollo 11"),
    ],
)
def test_number_taken_into_a_name(entity: str, after: str, name: str) -> None:
    assert drop_trailing_number(entity, after) == name


@pytest.mark.parametrize(
    ("raw", "kind", "name"),
    [
        ("state Department of Revenue Services", "organization", "Department of Revenue Services"),
        ("pro-Socialist CFDT", "organization", "CFDT"),
        ("501st Legion", "organization", "501st Legion"),  # a number, not a lower-case word
        ("Patriot 13 percent", "organization", "Patriot"),  # NER took the figure and its unit
        ("Group 4 securities", "organization", "Group 4"),  # a lower-case word that is no unit
        ("de Klerk", "person", "de Klerk"),  # a particle stays
    ],
)
def test_trim_name_drops_lower_case_openers(raw: str, kind: str, name: str) -> None:
    assert trim_name(raw, kind) == name


@pytest.mark.parametrize(
    ("paragraph", "spans", "absent"),
    [
        ("The Affordable Care Act raised premiums.", (("Affordable Care Act", "ORG"),), "Affordable Care Act"),
        ("They renegotiated the North American Free Trade Agreement again.",
         (("North American Free Trade Agreement", "ORG"),), "North American Free Trade Agreement"),
        ("Premiums under Obamacare rose.", (("Obamacare", "ORG"),), "Obamacare"),
        ("The pro-Beijing camp lost seats.", (("pro-Beijing", "PERSON"),), "pro-Beijing"),
        ("The girl met finalists at the Google Science Fair on Sunday.", (("Google Science Fair", "ORG"),),
         "Google Science Fair"),
        ("Dikes dating from the Middle Ages broke.", (("Middle Ages", "LOC"),), "Middle Ages"),
        ("Correction Appended", (("Correction Appended", "PERSON"),), "Correction Appended"),
    ],
)
def test_laws_events_and_fragments_are_not_actors(paragraph: str, spans: tuple[Span, ...], absent: str) -> None:
    assert absent not in by_name(actors(("No names open this story.", ()), (paragraph, spans)))


def test_a_man_named_like_a_law_stays() -> None:
    found = by_name(actors(("Bill Act spoke first.", (("Bill Act", "PERSON"),))))
    assert found["Bill Act"].type == "person"


@pytest.mark.parametrize(
    ("paragraph", "spans", "name", "kind"),
    [
        ("Patriot Coal filed for bankruptcy.", (("Patriot Coal", "PERSON"),), "Patriot Coal", "organization"),
        ("Walter Energy sold its mines.", (("Walter Energy", "PERSON"),), "Walter Energy", "organization"),
        ("Khaled Al-Maeena, editor at large at the Saudi Gazette, said so.",
         (("Khaled Al-Maeena", "PERSON"), ("Saudi Gazette", "GPE")), "Saudi Gazette", "organization"),
        ("The Jakarta Post reported it.", (("Jakarta Post", "PERSON"),), "Jakarta Post", "organization"),
        ("Police in Lone Star, Texas said so.", (("Lone Star", "GPE"), ("Texas", "GPE")), "Lone Star", "place"),
        ("FAIRVIEW, W.Va. - The coal was piled high.", (("FAIRVIEW", "ORG"), ("W.Va", "GPE")), "FAIRVIEW", "place"),
        ("He spoke at a conference in Herndon, Virginia on Monday.", (("Herndon", "PERSON"), ("Virginia", "GPE")),
         "Herndon", "place"),
        ("Labour said it would vote against.", (("Labour", "ORG"),), "Labour", "group"),
        ("The GOP nominee spoke.", (("GOP", "ORG"),), "GOP", "group"),
        ("It was guided by moderator Lester Holt on Monday.", (("Lester Holt", "ORG"),), "Lester Holt", "person"),
    ],
)
def test_types_corrected(paragraph: str, spans: tuple[Span, ...], name: str, kind: str) -> None:
    found = by_name(actors(("No names open this story.", ()), (paragraph, spans)))
    assert found[name].type == kind


def test_trump_and_clinton_comma_is_no_city_of_a_state() -> None:
    found = by_name(actors(("Trump, Clinton and Kaine debated.", (("Trump", "PERSON"), ("Clinton", "PERSON")))))
    assert found["Trump"].type == "person"


@pytest.mark.parametrize(
    ("paragraphs", "name", "alias"),
    [
        # the abbreviation with its dot joins the state the article names
        ((("Coal mines in West Virginia closed.", (("West Virginia", "GPE"),)),
          ("FAIRVIEW, W.Va. - The coal was piled high.", (("FAIRVIEW", "ORG"), ("W.Va", "GPE")))), "West Virginia", "W.Va."),
        ((("Sen. Marco Rubio (R-Fla.) spoke in Florida.", (("Marco Rubio", "PERSON"), ("Fla", "GPE"), ("Florida", "GPE"))),),
         "Florida", "Fla."),
        # a company's legal form, its acronym, its first word before an industry
        ((("Chrysler Corp. and General Motors Corp. took issue.", (("Chrysler Corp.", "ORG"), ("General Motors Corp.", "ORG"))),
          ("Chrysler and GM said so.", (("Chrysler", "ORG"), ("GM", "ORG")))), "Chrysler Corp", "Chrysler"),
        ((("Chrysler Corp. and General Motors Corp. took issue.", (("Chrysler Corp.", "ORG"), ("General Motors Corp.", "ORG"))),
          ("Chrysler and GM said so.", (("Chrysler", "ORG"), ("GM", "ORG")))), "General Motors Corp", "GM"),
        ((("He ran Lenox Healthcare for years.", (("Lenox Healthcare", "ORG"),)),
          ("Lenox went bankrupt in 1999.", (("Lenox", "ORG"),))), "Lenox Healthcare", "Lenox"),
    ],
)
def test_merged(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...], name: str, alias: str) -> None:
    found = by_name(actors(*paragraphs))
    assert alias in found[name].aliases
    assert alias not in found


def test_abbreviation_alone_is_a_place_with_its_dot_and_postal_codes_are_not_read() -> None:
    found = by_name(actors(("FLINT, Mich., Oct. 4 (UPI) — Bill Clinton spoke.", (("FLINT", "GPE"), ("Mich", "GPE"), ("Bill Clinton", "PERSON"))),
                           ("The VA said it would look into it.", (("VA", "ORG"),))))
    assert found["Mich."].type == "place" and "Mich" not in found
    assert found["VA"].type == "organization"


@pytest.mark.parametrize("form", ["Coal", "Healthcare"])
def test_head_word_alone_is_no_alias(form: str) -> None:
    found = by_name(actors((f"Patriot Coal and Lenox Healthcare met. {form} was mentioned.",
                            (("Patriot Coal", "ORG"), ("Lenox Healthcare", "ORG"), (form, "ORG")))))
    assert all(form not in a.aliases for a in found.values())


def test_speech_verb_read_as_a_given_name() -> None:
    found = by_name(actors(("“It is hard,” said Ryan Ellis, a consultant.", (("Ryan Ellis", "PERSON"),)),
                           ("“It is regressive,” Said Ellis.", (("Said Ellis", "PERSON"),)),
                           ("Edward Said wrote Orientalism.", (("Edward Said", "PERSON"),))))
    assert "Said Ellis" not in found and found["Ryan Ellis"].mentions == 2
    assert "Edward Said" in found


def test_organisations_take_no_title() -> None:
    found = by_name(actors(("He donated a former Patriot mine.", (("Patriot", "PERSON"),)),
                           ("Patriot Coal went bankrupt.", (("Patriot Coal", "ORG"),))))
    assert found["Patriot Coal"].role is None


FOLDED = ("paul armstrong, 26, of sunderland, flew to cyprus with four friends before beginning his new role as an it "
          "project manager. but after a spending spree on the trip, armstrong was stopped at the airport with the stun "
          "gun disguised as a torch. judge john milford qc told newcastle crown court that the public need to be warned "
          "about the gravity of bringing home such souvenirs. mr gatland said the weapons were bought from a corner "
          "shop in cyprus and armstrong had been given the knuckle duster free with his other purchases, which he had "
          "not asked for. ")


def test_case_folded_text_has_no_first_word_actors() -> None:
    text = "Paul armstrong, 26, was sacked. " + FOLDED + "Glen gatland, defending, said it was a shame."
    assert actors((text, (("Paul", "PERSON"), ("Glen gatland", "PERSON")))) == []


def test_cased_text_keeps_a_name_that_opens_a_sentence() -> None:
    text = ("Paul Armstrong, 26, was sacked after returning from Cyprus. " + FOLDED.title())
    assert "Paul Armstrong" in by_name(actors((text, (("Paul Armstrong", "PERSON"),))))


@pytest.mark.parametrize(("name", "core"), [("Chrysler Corp.", "Chrysler"), ("Ford Motor Co.", "Ford Motor"),
                                            ("Daniels Pharmaceuticals Inc", "Daniels Pharmaceuticals"), ("Co", "Co")])
def test_company_core(name: str, core: str) -> None:
    assert company_core(name) == core


@pytest.mark.parametrize(
    ("paragraph", "spans", "name", "kind"),
    [
        ("The Wild beat the Buffalo Sabres 3-2.", (("Buffalo Sabres", "FAC"),), "Buffalo Sabres", "organization"),
        ("Fans cheered the New York Yankees on.", (("New York Yankees", "GPE"),), "New York Yankees", "organization"),
        # places that take "the" and end in a plural stay places
        ("Money flowed to the Cayman Islands.", (("Cayman Islands", "GPE"),), "Cayman Islands", "place"),
        ("Troops left the Golan Heights.", (("Golan Heights", "GPE"),), "Golan Heights", "place"),
        # no "the": a city
        ("Officials in Los Angeles said so.", (("Los Angeles", "GPE"),), "Los Angeles", "place"),
    ],
)
def test_team_names(paragraph: str, spans: tuple[Span, ...], name: str, kind: str) -> None:
    assert by_name(actors(("No names open this story.", ()), (paragraph, spans)))[name].type == kind


def test_team_short_name_read_as_a_place_joins_the_team() -> None:
    found = by_name(actors(("The Minnesota Wild won again.", (("Minnesota Wild", "ORG"),)),
                           ("The Wild have won five straight games.", (("Wild", "LOC"),))))
    assert found["Minnesota Wild"].aliases == ("Wild",) and "Wild" not in found


@pytest.mark.parametrize(
    ("paragraphs", "apart"),
    [
        # a city NER knows stays apart from a bank named after it
        ((("First Chicago said nothing.", (("First Chicago", "ORG"),)),
          ("Banks in Chicago rallied.", (("Chicago", "GPE"),))), "Chicago"),
        ((("The Bank of Korea raised rates.", (("Bank of Korea", "ORG"),)),
          ("Exports from Korea rose.", (("Korea", "LOC"),))), "Korea"),
    ],
)
def test_places_are_not_team_short_names(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...], apart: str) -> None:
    assert by_name(actors(*paragraphs))[apart].type == "place"


@pytest.mark.parametrize(
    ("entity", "known", "parts"),
    [
        ("North and South Korea", (), ["North Korea", "South Korea"]),
        ("East and West Germany", (), ["East Germany", "West Germany"]),
        ("Mercantile or Commerce", ("Mercantile", "Commerce"), ["Mercantile", "Commerce"]),
        ("Mercantile, Commerce and Roosevelt", ("Mercantile", "Commerce", "Roosevelt"), ["Mercantile", "Commerce", "Roosevelt"]),
        # a part the article never names alone: one name
        ("Procter and Gamble", ("Procter",), ["Procter and Gamble"]),
        ("Bosnia and Herzegovina", (), ["Bosnia and Herzegovina"]),
        ("Black and Brown", (), ["Black and Brown"]),
    ],
)
def test_coordinated_names_split(entity: str, known: tuple[str, ...], parts: list[str]) -> None:
    from briefgen.extract.actor_names import split_coordinated
    ent = Entity(entity, "ORG", 5, 5 + len(entity))
    found = split_coordinated(ent, frozenset(known))
    assert [e.text for e in found] == parts
    assert all(ent.start_char <= e.start_char < e.end_char <= ent.end_char for e in found)
    assert found[0].start_char == ent.start_char and found[-1].end_char == ent.end_char


@pytest.mark.parametrize(
    ("paragraph", "spans", "name", "kind"),
    [
        ("Minister of Education Stefania Giannini spoke.", (("Education", "ORG"), ("Stefania Giannini", "PERSON")),
         "Education", None),
        ("The Undersecretary for Education said so.", (("Education", "ORG"),), "Education", None),
        # an organisation of that name stands
        ("Education International said so.", (("Education International", "ORG"),), "Education International",
         "organization"),
        ("The schools in Livorno, Tuscany must pay.", (("Livorno", "GPE"), ("Tuscany", "PERSON")), "Tuscany", "place"),
        # a person after a person and a comma stays a person
        ("Thanks went to Smith, Jones and others.", (("Smith", "PERSON"), ("Jones", "PERSON")), "Jones", "person"),
    ],
)
def test_portfolio_and_region(paragraph: str, spans: tuple[Span, ...], name: str, kind: str | None) -> None:
    found = by_name(actors(("No names open this story.", ()), (paragraph, spans)))
    assert (found[name].type if name in found else None) == kind


@pytest.mark.parametrize(
    ("text", "start", "end", "whole"),
    [
        ("The I.R.S. said so.", 6, 10, "I.R.S."),  # NER read "R.S."
        ("The F.B.I. agreed.", 4, 8, "F.B.I."),  # NER read "F.B."
        ("The U.S. agreed.", 4, 8, "U.S."),
        ("Agents of the FBI agreed.", 14, 17, "FBI"),  # no dots: as read
    ],
)
def test_initialism_taken_whole(text: str, start: int, end: int, whole: str) -> None:
    from briefgen.extract.actor_names import whole_initialism
    assert whole_initialism(text, Entity(text[start:end], "ORG", start, end)).text == whole


def test_abbreviated_place_joined_and_dotted_initialisms_typed() -> None:
    found = by_name(actors(("No names open this story.", ()),
                           ("He lives in St. Louis now, the I.R.S. said.", (("St", "GPE"), ("Louis", "GPE"), ("R.S.", "GPE"))),
                           ("The W.T.O. and the World Trade Organization agreed; Congress voted.",
                            (("W.T.O.", "ORG"), ("World Trade Organization", "ORG"), ("Congress", "GPE")))))
    assert found["St. Louis"].type == "place" and "Louis" not in found
    assert found["I.R.S."].type == "organization"
    assert "W.T.O." in found["World Trade Organization"].aliases
    assert found["Congress"].type == "organization"


def test_organisation_named_short_joins_its_full_name() -> None:
    found = by_name(actors(("The Peterson Institute for International Economics said so.",
                            (("Peterson Institute for International Economics", "ORG"),)),
                           ("The Peterson Institute agreed; the Peterson Foundation did not.",
                            (("Peterson Institute", "ORG"), ("Peterson Foundation", "ORG")))))
    assert found["Peterson Institute for International Economics"].aliases == ("Peterson Institute",)
    assert "Peterson Foundation" in found


def test_bracket_ends_a_name() -> None:
    found = by_name(actors(("Virginia Governor(s) were named.", (("Virginia Governor(s", "PERSON"),))))
    assert all("(" not in name for name in found)


@pytest.mark.parametrize(
    ("entity", "after", "persons", "name"),
    [
        ("Trump 47.3", ", Clinton 44", ("Trump",), "Trump"),
        ("Jayasuriya 3", " not out", ("Jayasuriya",), "Jayasuriya"),
        ("Party 5%", " of the vote", (), "Party"),
        ("Route 66", " crosses the state", ("Trump",), "Route 66"),  # no person, no unit: a name
    ],
)
def test_figure_after_a_person(entity: str, after: str, persons: tuple[str, ...], name: str) -> None:
    assert drop_trailing_number(entity, after, frozenset(persons)) == name


@pytest.mark.parametrize(
    ("paragraph", "spans", "name", "kind"),
    [
        ("The Charlotte Observer reported it.", (("Charlotte Observer", "PERSON"),), "Charlotte Observer", "organization"),
        ("Emily Post wrote on manners.", (("Emily Post", "PERSON"),), "Emily Post", "organization"),  # "Post" heads companies
        ("Goalkeeper Thibaut Courtois saved it. Coach Martinez praised Courtois.",
         (("Thibaut Courtois", "ORG"), ("Martinez", "PERSON"), ("Courtois", "PERSON")), "Thibaut Courtois", "person"),
        # a surname shared with no person the article names: the label stands
        ("Goldman Sachs said so.", (("Goldman Sachs", "ORG"),), "Goldman Sachs", "organization"),
    ],
)
def test_publication_and_known_surname(paragraph: str, spans: tuple[Span, ...], name: str, kind: str) -> None:
    assert by_name(actors(("No names open this story.", ()), (paragraph, spans)))[name].type == kind


def test_honorific_alone_is_no_role() -> None:
    found = by_name(actors(("Mrs Alison Hargreaves died on K2.", (("Mrs Alison Hargreaves", "PERSON"),))))
    assert found["Alison Hargreaves"].role is None


def test_shared_surname_goes_to_the_one_never_called_by_given_name() -> None:
    cruz = actors(("Sen. Ted Cruz endorsed Trump. Cruz said so.", (("Ted Cruz", "PERSON"), ("Trump", "PERSON"), ("Cruz", "PERSON"))),
                  ("His wife Heidi Cruz was insulted. Heidi said nothing.", (("Heidi Cruz", "PERSON"), ("Heidi", "PERSON"))))
    assert "Cruz" in by_name(cruz)["Ted Cruz"].aliases and "Cruz" not in by_name(cruz)
    biden = actors(("Joe Biden met Hunter Biden. Biden said so.", (("Joe Biden", "PERSON"), ("Hunter Biden", "PERSON"), ("Biden", "PERSON"))),)
    assert "Biden" in by_name(biden)


@pytest.mark.parametrize(
    ("paragraphs", "absent", "present"),
    [
        ((("Tragic: the climber died on the mountain.", (("Tragic", "PERSON"),)),), "Tragic", None),
        ((("Attendance: 12,000", (("Attendance", "PERSON"),)),), "Attendance", None),
        # a name that opens a headline and stands in the text too stays; a state in a list stays
        ((("Trump: I will win", (("Trump", "PERSON"),)), ("Trump said so.", (("Trump", "PERSON"),))), None, "Trump"),
        ((("France: 1. Paris 2. Lyon", (("France", "GPE"),)),), None, "France"),
    ],
)
def test_caption_label_is_no_actor(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...], absent: str | None,
                                   present: str | None) -> None:
    found = by_name(actors(*paragraphs))
    assert absent is None or absent not in found
    assert present is None or present in found


@pytest.mark.parametrize("brackets", ["({})", "[{}]"])
def test_acronym_in_brackets_after_a_name(brackets: str) -> None:
    text = f"The National League for Democracy {brackets.format('NLD')} won. The NLD said so."
    found = by_name(actors((text, (("National League for Democracy", "ORG"), ("NLD", "ORG")))))
    assert "NLD" in found["National League for Democracy"].aliases


def test_initialism_at_the_end_of_a_name_keeps_its_dot() -> None:
    from briefgen.extract.actor_names import whole_initialism
    text = "He filed a complaint in Washington D.C. on Monday."
    start = text.index("Washington")
    ent = whole_initialism(text, Entity("Washington D.C", "GPE", start, start + len("Washington D.C")))
    assert ent.text == "Washington D.C." and text[ent.start_char:ent.end_char] == ent.text


@pytest.mark.parametrize(
    ("text", "spans", "present", "absent"),
    [
        ("Dries Mertens scored twice.", (("Dries", "ORG"), ("Mertens", "PERSON")), "Dries Mertens", "Dries"),
        ("Petra Langrova won.", (("Petra", "ORG"), ("Langrova", "PERSON")), "Petra Langrova", "Petra"),
        # a listed organisation, a state, a US state before a name stay apart
        ("Reuters Smith reported.", (("Reuters", "ORG"), ("Smith", "PERSON")), "Reuters", "Reuters Smith"),
        ("Sweden Berg scored.", (("Sweden", "GPE"), ("Berg", "PERSON")), "Sweden", "Sweden Berg"),
        ("Florida Marlins won.", (("Florida", "GPE"), ("Marlins", "PERSON")), "Florida", "Florida Marlins"),
    ],
)
def test_given_name_read_as_an_organisation(text: str, spans: tuple[Span, ...], present: str, absent: str) -> None:
    found = by_name(actors(("No names open this story.", ()), (text, spans)))
    assert present in found and absent not in found


def test_possessive_after_an_initialism_keeps_its_dot() -> None:
    from briefgen.extract.actor_names import clean_name
    assert clean_name("Washington D.C.’s") == "Washington D.C."
    assert clean_name("the U.S.'s") == "U.S."


@pytest.mark.parametrize(
    ("roles", "best"),
    [
        ({"Republican": 3, "Republican presidential nominee": 2}, "Republican presidential nominee"),
        ({"Israeli": 2, "Israeli Prime Minister": 1}, "Israeli Prime Minister"),
        ({"an adviser to Iran's supreme leader": 1, "Iranian": 2}, "an adviser to Iran's supreme leader"),
        ({"Republican": 2}, "Republican"),  # no post named: the affiliation stands
        ({"Senator": 2, "Sen.": 1}, "Senator"),
    ],
)
def test_role_names_a_post_before_an_affiliation(roles: dict[str, int], best: str) -> None:
    from collections import Counter

    from briefgen.extract.actor_roles import best_role as _best_role
    assert _best_role(Counter(roles)) == best
