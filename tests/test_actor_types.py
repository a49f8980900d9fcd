"""Actor types: the rules that correct spaCy's labels, and one type per actor by a vote of its mentions.

The NER output is given (entities with their labels), so each case shows one rule at work whatever the model
would read: the label in each case is the mistake the small English model was seen to make on real pages.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from briefgen.extract.actor_types import TYPE_RULES, Candidate, type_of, vote
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from ner_helpers import Span, entities



def types(*paragraphs: tuple[str, tuple[Span, ...]]) -> dict[str, str]:
    """name → type of every actor extract_actors finds in the paragraphs with the given NER output."""
    article = Article(name="t", paragraphs=tuple(Paragraph(text) for text, _ in paragraphs))
    ents = [entities(text, spans) for text, spans in paragraphs]
    return {a.name: a.type for a in extract_actors(article, entities=ents)}


OPENING = ("The story begins here with no names at all.", ())  # the capital rule skips the first paragraph


@pytest.mark.parametrize(
    ("paragraphs", "name", "expected"),
    [
        # one mention read as a person ("Delhi's") among many read as a place: the mentions vote
        ((("Delhi’s air is the worst in years.", (("Delhi’s", "PERSON"),)),
          ("Officials in Delhi banned firecrackers.", (("Delhi", "GPE"),)),
          ("Schools in Delhi closed.", (("Delhi", "GPE"),)),
          ("Delhi is choking.", (("Delhi", "GPE"),))), "Delhi", "place"),
        # the full name votes, not the surname NER read as an organisation
        ((("Rebel leader Aslan Maskhadov arrived.", (("Aslan Maskhadov", "PERSON"),)),
          ("Maskhadov said talks would go on.", (("Maskhadov", "ORG"),)),
          ("Maskhadov left.", (("Maskhadov", "ORG"),))), "Aslan Maskhadov", "person"),
        # a role word before a name NER read as an organisation says a person
        ((("The changes were announced by executive chair Marcelo Claure in an email.", (("Marcelo Claure", "ORG"),)),
          ("Claure said more would follow.", (("Claure", "GPE"),))), "Marcelo Claure", "person"),
        # a known given name first
        # (not on a credit line, "Reporting by …", whose names are no actors: test_actor_credits)
        ((("The figures were checked by Megan Dorsey in New York.", (("Megan Dorsey", "ORG"), ("New York", "GPE"))),),
         "Megan Dorsey", "person"),
        # a team: one plural word after "the", or a place before a team role
        ((("Parise scored twice in the win over the Sabres on Tuesday.", (("Parise", "PERSON"), ("Sabres", "PERSON"))),),
         "Sabres", "organization"),
        ((("Wild coach Bruce Boudreau was pleased.", (("Wild", "LOC"), ("Bruce Boudreau", "PERSON"))),
          ("The Wild won 4-1.", (("Wild", "LOC"),))), "Wild", "organization"),
        # the members of a party are a political group
        ((("Virginia Democrats took control of the legislature.", (("Virginia Democrats", "PERSON"),)),),
         "Virginia Democrats", "group"),
        # an electoral district: a place, not a person
        ((("The senator representing Yobe North moved a motion.", (("Yobe North", "PERSON"),)),), "Yobe North", "place"),
        # a venue's head word; a building's head word when the sentence puts someone in it
        ((("The Wild won in front of 15,522 in KeyBank Center.", (("KeyBank Center", "ORG"),)),), "KeyBank Center", "place"),
        ((("No press pool was allowed into the Oval Office.", (("the Oval Office", "ORG"),)),), "Oval Office", "place"),
        ((("Fans filled Yankee Stadium on Sunday.", (("Yankee Stadium", "ORG"),)),), "Yankee Stadium", "place"),
        ((("Traffic stopped in Cuyahoga Falls on Monday.", (("Cuyahoga Falls", "PERSON"),)),), "Cuyahoga Falls", "place"),
        # well-known platforms and companies
        # (where they act: "turned to Twitter", "spread on YouTube" name the medium, no actor: test_actor_pasted_page_names)
        ((("Twitter suspended Kejriwal's account last month.", (("Twitter", "PERSON"), ("Kejriwal", "PERSON"))),), "Twitter",
         "organization"),
        ((("YouTube removed the clip within hours.", (("YouTube", "GPE"),)),), "YouTube", "organization"),
        ((("The show moves to Disney+ next year.", (("Disney+", "PERSON"),)),), "Disney+", "organization"),
        # a listed company stays an actor when the page also has the word in lower case (a link, a handle)
        ((("Twitter locked the account last month (twitter.com/ArvindKejriwal).", (("Twitter", "PERSON"),)),),
         "Twitter", "organization"),
        # a capital city NER read as a person
        ((("Kurt Volker, former special envoy to Kyiv, testified.", (("Kurt Volker", "PERSON"), ("Kyiv", "PERSON"))),),
         "Kyiv", "place"),
        # a one-word "person" the sentence puts somewhere
        ((("Troops took the town of Tavildara on Sunday.", (("Tavildara", "PERSON"),)),
          ("Tavildara is now empty.", (("Tavildara", "PERSON"),)),
          ("Rebels were seen east of Tavildara.", (("Tavildara", "PERSON"),))), "Tavildara", "place"),
        # a place's own words around a name NER read as an organisation
        ((("Tanks advanced on the Kurdish city of Arbil.", (("Arbil", "ORG"),)),
          ("Arbil fell on Saturday.", (("Arbil", "ORG"),))), "Arbil", "place"),
        ((("Farmers in Huize county protested.", (("Huize", "ORG"),)),), "Huize", "place"),
        # a publication named before its kind
        ((("Zycie Warszawy daily said on Saturday the deal was done.", (("Zycie Warszawy", "PERSON"),)),),
         "Zycie Warszawy", "organization"),
    ],
)
def test_actor_type(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...], name: str, expected: str) -> None:
    assert types(OPENING, *paragraphs)[name] == expected


@pytest.mark.parametrize(
    ("paragraphs", "name", "expected"),
    [
        # a given name keeps a person whose surname is a head word
        ((("Oliver North testified on Tuesday.", (("Oliver North", "PERSON"),)),), "Oliver North", "person"),
        ((("Arsenio Hall joked about it.", (("Arsenio Hall", "PERSON"),)),), "Arsenio Hall", "person"),
        ((("Doris Day sang.", (("Doris Day", "PERSON"),)),), "Doris Day", "person"),
        # an organisation that ends like a building stays one when nothing puts anyone inside it
        ((("The Foreign Office said the envoy would return.", (("The Foreign Office", "ORG"),)),), "Foreign Office", "organization"),
        ((("The Pew Research Center published the poll.", (("The Pew Research Center", "ORG"),)),),
         "Pew Research Center", "organization"),
        # a surname is not a team ("Williams" does not follow "the"); a family is not a team
        ((("Williams won the final.", (("Williams", "PERSON"),)),), "Williams", "person"),
        ((("Bill Clinton spoke.", (("Bill Clinton", "PERSON"),)),
          ("Clinton said the Clintons would stay.", (("Clinton", "PERSON"), ("Clintons", "PERSON")))), "Clintons", "person"),
        # "into" does not put a person somewhere; a possessive before a newspaper is its owner
        ((("Joe Biden spoke.", (("Joe Biden", "PERSON"),)),
          ("He opposed an investigation into Biden.", (("Biden", "PERSON"),))), "Joe Biden", "person"),
        ((("The judge reopened Hen Vipheak's newspaper.", (("Hen Vipheak's", "PERSON"),)),), "Hen Vipheak", "person"),
        # a place's newspaper is not the place
        ((("A Hong Kong newspaper reported the deal.", (("Hong Kong", "GPE"),)),), "Hong Kong", "place"),
        # "in" before an organisation does not make it a place
        ((("The bill stalled in Congress.", (("Congress", "ORG"),)),), "Congress", "organization"),
        # a role before a real organisation does not make it a person
        ((("The GOP Senate passed it.", (("Senate", "ORG"),)),), "Senate", "organization"),
    ],
)
def test_actor_type_kept(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...], name: str, expected: str) -> None:
    assert types(OPENING, *paragraphs)[name] == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Pollution peaked during Diwali, the festival of lights.", ("Diwali", "GPE")),
        ("Shops opened early for Black Friday.", ("Black Friday", "ORG")),
        ("Markets were shut for U.S. Labor Day.", ("U.S. Labor Day", "ORG")),
        ("Three million pilgrims attended the Hajj.", ("Hajj", "PERSON")),
        ("Japan reached the final of the Fed Cup.", ("the Fed Cup", "ORG")),
        ("Leaders met at the United Nations Climate Action Summit.", ("the United Nations Climate Action Summit", "ORG")),
        ("The carrier USS Carl Vinson sailed on Monday.", ("USS Carl Vinson", "PERSON")),
        ("The Space Shuttle Discovery will go to a museum.", ("Space Shuttle Discovery", "PERSON")),
        ("Meth is everywhere, and meth kills.", ("meth", "PERSON")),  # all lower case: not a proper name
    ],
)
def test_festivals_holidays_events_and_vehicles_are_not_actors(text: str, span: Span) -> None:
    # (a state the text names beside it, which NER would find too, is an actor: "Japan reached the final …")
    found = types(OPENING, (text, (span,)))
    assert span[0] not in found and set(found) <= {"Japan"}


def test_every_rule_has_a_unique_dotted_name() -> None:
    names = [rule.name for rule in TYPE_RULES]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z-]+\.[a-z-]+", n) for n in names)
    assert {n.split(".")[0] for n in names} <= {"not-actor", "person", "organization", "state", "group", "place"}


def test_rule_that_decides_is_named() -> None:
    outcome, rule = type_of(Candidate("Twitter", "person", "He sued Twitter.", 9, 1))
    assert (outcome, rule and rule.name) == ("organization", "organization.company")
    assert type_of(Candidate("Smith", "person", "Smith said.", 0, 1)) == ("person", None)


@pytest.mark.parametrize(
    ("kinds", "first", "expected"),
    [
        ({("place", 0): 26, ("person", 0): 1}, "person", "place"),  # the majority of labels
        ({("person", 0): 1, ("organization", 0): 1}, "person", "person"),  # a tie keeps the first
        ({("organization", 2): 1, ("person", 0): 9}, "person", "organization"),  # a table outvotes labels
        ({("place", 1): 2, ("person", 0): 4}, "person", "place"),  # the sentence counts more than a label
        ({("place", 1): 1, ("person", 0): 6}, "person", "person"),  # …but not more than many
    ],
)
def test_vote(kinds: dict[tuple[str, int], int], first: str, expected: str) -> None:
    assert vote(Counter(kinds), first) == expected  # type: ignore[arg-type]


def test_company_table_holds_no_listed_organisation_state_or_surname_trap() -> None:
    from briefgen.extract.gazetteer import gazetteer

    gaz = gazetteer()
    assert gaz.companies["Twitter"] == "Twitter" and gaz.companies["Huffington Post"] == "HuffPost"
    assert not set(gaz.companies) & set(gaz.organizations)  # one table per name
    assert not {c.lower() for c in gaz.companies} & set(gaz.states)
    # names that are also surnames or other things stay out (see the table's header)
    assert not {"Ford", "Disney", "Bloomberg", "Tesla", "Amazon", "Apple"} & set(gaz.companies)


@pytest.mark.parametrize(
    ("paragraphs", "full", "merged"),
    [
        # a heading's verb read into a name ("Questioning Vindman") does not keep the surname from its person
        ((("Questioning Vindman", (("Questioning Vindman", "PERSON"),)),
          ("Lt. Col. Alexander Vindman testified on Tuesday.", (("Alexander Vindman", "PERSON"),)),
          ("Vindman said he was alarmed.", (("Vindman", "ORG"),)),
          ("Vindman left.", (("Vindman", "ORG"),))), "Alexander Vindman", True),
        # two people with the surname: it stays apart
        ((("Joe Biden spoke.", (("Joe Biden", "PERSON"),)),
          ("Hunter Biden did not.", (("Hunter Biden", "PERSON"),)),
          ("Biden left.", (("Biden", "PERSON"),))), "Joe Biden", False),
    ],
)
def test_surname_joins_the_one_person_named_so(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...], full: str,
                                               merged: bool) -> None:
    article = Article(name="t", paragraphs=tuple(Paragraph(text) for text, _ in (OPENING, *paragraphs)))
    ents = [entities(text, spans) for text, spans in (OPENING, *paragraphs)]
    actors = {a.name: a for a in extract_actors(article, entities=ents)}
    surname = full.split()[-1]
    assert (surname in actors[full].aliases) is merged
    assert actors[full].type == "person"


def names(*paragraphs: tuple[str, tuple[Span, ...]]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """name → (type, aliases) of every actor extract_actors finds in the paragraphs with the given NER output."""
    article = Article(name="t", paragraphs=tuple(Paragraph(text) for text, _ in paragraphs))
    ents = [entities(text, spans) for text, spans in paragraphs]
    return {a.name: (a.type, a.aliases) for a in extract_actors(article, entities=ents)}


@pytest.mark.parametrize(
    ("paragraphs", "name", "expected"),
    [
        # a full name NER read as a place or a body because it opens with a place's name, with a person's sign
        ((("Paris Lamont said on Monday the tour would go on.", (("Paris Lamont", "ORG"),)),), "Paris Lamont", "person"),
        ((("Sydney Okafor said the team had trained hard.", (("Sydney Okafor", "FAC"),)),), "Sydney Okafor", "person"),
        ((('"We trained hard," said Jordan Pellow.', (("Jordan Pellow", "GPE"),)),), "Jordan Pellow", "person"),
        # the surname alone speaks elsewhere in the article
        ((("The mayor met Paris Lamont in Paris on Friday.", (("Paris Lamont", "FAC"), ("Paris", "GPE"))),
          ("Lamont said the meeting was short.", (("Lamont", "GPE"),))), "Paris Lamont", "person"),
        # an age set off after the name
        ((("Florence Abara, 26, released her first album.", (("Florence Abara", "GPE"),)),), "Florence Abara", "person"),
        ((("Brook Tallis (34) won the final.", (("Brook Tallis", "ORG"),)),), "Brook Tallis", "person"),
        # an apposition headed by a person's noun
        ((("KXRT’s Lester Holm, the moderator for the first debate, asked twice.", (("Lester Holm", "ORG"),)),),
         "Lester Holm", "person"),
        ((("Ruth Calder, an Australian woman and former nurse, sued.", (("Ruth Calder", "GPE"),)),), "Ruth Calder", "person"),
        # a surname's own shape
        ((("The film by Dara DuMont opened in March.", (("Dara DuMont", "ORG"),)),), "Dara DuMont", "person"),
        ((("Critics praised Kerry McAlister for the score.", (("Kerry McAlister", "GPE"),)),), "Kerry McAlister", "person"),
    ],
)
def test_a_person_named_like_a_place(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...], name: str, expected: str) -> None:
    assert types(OPENING, *paragraphs)[name] == expected


@pytest.mark.parametrize(
    ("paragraphs", "name", "expected"),
    [
        # a publication or a team that speaks is no person, nor is a place's own name
        ((("China Daily said the plant would close.", (("China Daily", "ORG"),)),), "China Daily", "organization"),
        ((("Damascus Radio said the road was open.", (("Damascus Radio", "ORG"),)),), "Damascus Radio", "organization"),
        ((("The Dallas Cowboys said the coach would stay.", (("The Dallas Cowboys", "ORG"),)),), "Dallas Cowboys",
         "organization"),
        # a telephone's area code is no age
        ((("-- Harbor Desk Bureau (613) 235-6745", (("Harbor Desk Bureau", "ORG"),)),), "Harbor Desk Bureau",
         "organization"),
        # an apposition that describes a place or a body is no person's sign
        ((("Marsh Harbor, the town of fishermen, flooded.", (("Marsh Harbor", "ORG"),)),), "Marsh Harbor", "organization"),
        ((("Kestrel Holdings, a firm run by a former banker, grew.", (("Kestrel Holdings", "ORG"),)),),
         "Kestrel Holdings", "organization"),
        # without a person's sign, a place-like first word leaves NER's reading alone
        ((("Paris Lamont opened a new store.", (("Paris Lamont", "ORG"),)),), "Paris Lamont", "organization"),
    ],
)
def test_a_place_or_body_that_speaks_keeps_its_type(
        paragraphs: tuple[tuple[str, tuple[Span, ...]], ...], name: str, expected: str) -> None:
    assert types(OPENING, *paragraphs)[name] == expected


def test_the_city_is_not_the_given_name_of_a_person_named_after_it() -> None:
    found = names(OPENING, ("Paris Lamont, 26, moved to Paris last year.", (("Paris Lamont", "PERSON"), ("Paris", "GPE"))))
    assert found["Paris Lamont"] == ("person", ())
    assert found["Paris"][0] == "place"


def test_a_given_name_alone_still_joins_its_person() -> None:
    found = names(OPENING, ("Wang Xiaoming arrived on Monday.", (("Wang Xiaoming", "PERSON"),)),
                  ("Wang said little.", (("Wang", "ORG"),)))
    assert found["Wang Xiaoming"] == ("person", ("Wang",))


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a middle initial: one person
        ((("Donald J. Tallow spoke on Monday.", (("Donald J. Tallow", "PERSON"),)),
          ("Donald Tallow left.", (("Donald Tallow", "PERSON"),))), {"Donald J. Tallow": ("person", ("Donald Tallow",))}),
        # two initials are another person's name than one ("George H. W. Bush", "George W. Bush")
        ((("Gene H. W. Marsh spoke.", (("Gene H. W. Marsh", "PERSON"),)),
          ("Gene W. Marsh left.", (("Gene W. Marsh", "PERSON"),))),
         {"Gene H. W. Marsh": ("person", ()), "Gene W. Marsh": ("person", ())}),
        # an editor's brackets are not part of a name; "[W]e" in a quote is no one
        ((("He thanked [Tom H.] Marsh and Phil] Grant.", (("[Tom H.] Marsh", "PERSON"), ("Phil] Grant", "PERSON"))),
          ("“[W]e will win,” he said.", (("[W]e", "PERSON"),))),
         {"Tom H. Marsh": ("person", ()), "Phil Grant": ("person", ())}),
        # a state the tables know is an actor of its own, not the end of a region's name
        ((("Voters in North Florida turned out.", (("North Florida", "LOC"),)),
          ("Florida is close.", (("Florida", "GPE"),))),
         {"North Florida": ("place", ()), "Florida": ("place", ())}),
        # a team and a paper whose names open with a given name that is also a city's
        ((("The Charlotte Panthers played in Charlotte.", (("Charlotte Panthers", "PERSON"), ("Charlotte", "GPE"))),
          ("The Charlotte Observer reported it.", (("Charlotte Observer", "ORG"),))),
         {"Charlotte Panthers": ("organization", ()), "Charlotte": ("place", ()),
          "Charlotte Observer": ("organization", ())}),
    ],
)
def test_names_merged_and_cleaned(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...],
                                  expected: dict[str, tuple[str, tuple[str, ...]]]) -> None:
    assert names(OPENING, *paragraphs) == expected


def test_names_in_a_title_case_headline_count_only_when_the_body_names_them() -> None:
    headline = "Marsh Seeks More Funds As He Tours Northern Towns"
    found = names((headline, (("Marsh Seeks", "PERSON"), ("Northern Towns", "ORG"))),
                  ("Tom Marsh toured the region on Monday.", (("Tom Marsh", "PERSON"),)))
    assert found == {"Tom Marsh": ("person", ())}


@pytest.mark.parametrize(
    ("line", "title_case"),
    [
        ("Marsh Seeks More Funds As He Tours Northern Towns", True),
        ("Clinton Hid Past Health Problems From Public, Former White House Doctor Says", True),
        ("Marsh seeks more funds as he tours northern towns", False),  # sentence case
        ("IPO FILING -- Homegate Hospitality Inc.", False),  # a wire's slug
        ("65 Billy Andrade, Duffy Waldorf, Jesper Parnevik (Sweden)", False),  # a list of names
        ("Tom Marsh Spoke. Then He Left Town Again", False),  # two sentences
        ("Tom Marsh", False),  # too short to tell from a name
    ],
)
def test_title_case_headline(line: str, title_case: bool) -> None:
    from briefgen.extract.actor_lines import is_title_case_line
    assert is_title_case_line(line) is title_case


def test_a_woman_whose_surname_is_a_city() -> None:
    found = names(
        OPENING,
        ("Marta Paris, an Australian woman, said the firm had kept her passport.",
         (("Marta", "GPE"), ("Paris", "GPE"))),
        ("Paris was born in Geneva and later moved to Paris with her mother.",
         (("Paris", "GPE"), ("Geneva", "GPE"), ("Paris", "GPE"))),
        ("Paris claims she worked from dawn to midnight.", (("Paris", "GPE"),)),
    )
    assert found["Marta Paris"] == ("person", ("Paris",))
    assert found["Paris"] == ("place", ())  # "moved to Paris": the city, after a preposition of place
    assert found["Geneva"] == ("place", ())


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # two places side by side without a person's sign stay two places (and no sign of a government's act)
        ((("Flights from Berlin Paris were cancelled.", (("Berlin", "GPE"), ("Paris", "GPE"))),),
         {"Berlin": "place", "Paris": "place"}),
        # two places with a comma between them are a city and its state
        ((("Storms hit Paris, Texas, on Sunday, a woman said.", (("Paris", "GPE"), ("Texas", "GPE"))),),
         {"Paris": "place", "Texas": "place"}),
    ],
)
def test_places_side_by_side_stay_places(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...],
                                         expected: dict[str, str]) -> None:
    assert types(OPENING, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "name", "expected"),
    [
        # a web address is a website, whatever its suffix spells ("us" a state, "ca" Canada)
        ((("It was covered by Jezebel, Metro.us, and others.", (("Metro.us", "ORG"),)),), "Metro.us", "organization"),
        ((("The clip spread from podiobooks.com to other sites.", (("podiobooks.com", "GPE"),)),), "podiobooks.com",
         "organization"),
        # a publication's head word: a paper, not a person or a place
        ((('"MP calls for probe" — Edmonton Sun, August 16, 2008', (("Edmonton Sun", "PERSON"),)),), "Edmonton Sun",
         "organization"),
        ((("The report was carried by the Canadian Press.", (("Canadian Press", "GPE"),)),), "Canadian Press", "organization"),
        # a doctrine's name stands for its believers' body
        ((("He read about Scientology on the Internet.", (("Scientology", "LOC"),)),), "Scientology", "organization"),
        ((("Scientology officials have stated they received nothing.", (("Scientology", "GPE"),)),), "Scientology",
         "organization"),
        # a body's noun before the name, or members of it
        ((("He was arrested after leaving its elite group the Sea Org.", (("Sea Org", "LOC"),)),), "Sea Org", "organization"),
        ((("A defector from the group called the Sea Org spoke.", (("Sea Org", "LOC"),)),), "Sea Org", "organization"),
        ((("Members of the Sea Org live a strict life.", (("Sea Org", "LOC"),)),), "Sea Org", "organization"),
        ((("Fighters of the militant group Ansar Dine took the town.", (("Ansar Dine", "GPE"),)),), "Ansar Dine", "group"),
        # a person known by one name
        ((("Why count how many elephants Hannibal had on the Alps?", (("Hannibal", "ORG"),)),), "Hannibal", "person"),
    ],
)
def test_website_publication_doctrine_body_and_mononym_types(
        paragraphs: tuple[tuple[str, tuple[Span, ...]], ...], name: str, expected: str) -> None:
    assert types(*paragraphs).get(name) == expected


@pytest.mark.parametrize(
    ("paragraphs", "name", "expected"),
    [
        # not a web address: an initialism, a name with a dot inside
        ((("The U.S. said talks would go on.", (("U.S.", "GPE"),)),), "U.S.", "state"),
        # a place after a preposition, not after a body's noun
        ((("Aid groups in Syria said more was needed.", (("Syria", "GPE"),)),), "Syria", "state"),
        # "members of the" with the name a modifier of another noun stays as NER read it
        ((("Members of the Texas delegation met.", (("Texas", "GPE"),)),), "Texas", "place"),
        # a one-word place that does not end as a doctrine
        ((("Crowds filled Tourism Square.", (("Tourism Square", "FAC"),)),), "Tourism Square", "place"),
        # "Sun" alone (the star) is no paper; a given name and "Sun" is a person
        ((("Genesis brought back a sample from the Sun.", (("Sun", "LOC"),)),), "Sun", "place"),
        ((("Justin Sun said the coin would rise.", (("Justin Sun", "PERSON"),)),), "Justin Sun", "person"),
    ],
)
def test_website_publication_doctrine_body_rules_keep(
        paragraphs: tuple[tuple[str, tuple[Span, ...]], ...], name: str, expected: str) -> None:
    assert types(*paragraphs).get(name) == expected


@pytest.mark.parametrize(
    ("text", "span", "actor"),
    [
        ("Sooner or later they will have to enter the new age.", ("Sooner", "PERSON"), False),
        ("Ed.: See the catalog for a full index.", ("Ed", "PERSON"), False),
        ("Editor's note: the interview was edited for length.", ("Editor", "PERSON"), False),
        ("Ed said the catalog would grow.", ("Ed", "PERSON"), True),
        ("Meanwhile the talks went on.", ("Meanwhile", "ORG"), False),
        ("Overseas, share prices fell in early trade.", ("Overseas", "GPE"), False),
        ("Abroad, the film earned twice as much.", ("Abroad", "GPE"), False),
        ("Armies cannot conquer science. Customs cannot check what a scientist has in his mind.", ("Customs", "ORG"), False),
        # the service speaking, or named inside a sentence, is an actor
        ("Customs said on Monday that the crate was seized.", ("Customs", "ORG"), True),
        ("The crate was seized by Customs at the port.", ("Customs", "ORG"), True),
        # a name that opens a sentence, not followed by "or" and a lower-case word
        ("Sooner Rivera took the stage.", ("Sooner Rivera", "PERSON"), True),
        ("Obama and others said so.", ("Obama", "PERSON"), True),
    ],
)
def test_sentence_openers_and_generic_bodies(text: str, span: Span, actor: bool) -> None:
    found = types(OPENING, (text, (span,)))
    assert (span[0] in found) is actor


@pytest.mark.parametrize(
    ("text", "spans", "name", "kept"),
    [
        # a person NER ran on into the body after "the"
        ("Rathbun spoke. According to Rathbun the Scientology property was returned.",
         (("Rathbun", "PERSON"), ("Rathbun the Scientology", "ORG")), "Scientology", True),
        # an epithet read as a person stays whole
        ("Alexander the Great crossed the river.", (("Alexander the Great", "PERSON"),), "Alexander the Great", True),
    ],
)
def test_person_run_on_into_a_body(text: str, spans: tuple[Span, ...], name: str, kept: bool) -> None:
    assert (name in types(OPENING, (text, spans))) is kept


@pytest.mark.parametrize(
    ("paragraphs", "absent", "present"),
    [
        # a sentence's first word the article also writes in lower case, read as a person
        ((("Homeopathy is a sham, the judge said of homeopathy.", (("Homeopathy", "PERSON"),)),), "Homeopathy", None),
        # a person's given name is kept though it is also a word ("grace")
        ((("Grace went home. She prayed for grace on Monday.", (("Grace", "PERSON"),)),), None, "Grace"),
        # …and a one-word person who speaks
        ((("Homeopathy said nothing. The homeopathy trial went on.", (("Homeopathy", "PERSON"),)),), None, "Homeopathy"),
        # …and one named inside a sentence too
        ((("Rebecca runs the club. Ask Rebecca about rebecca.", (("Rebecca", "PERSON"), ("Rebecca", "PERSON"))),), None,
         "Rebecca"),
        # a label NER ran on past its colon is the speaker alone
        ((("Jack Herrick: Sure. wikiHow is a collaborative manual.", (("Jack Herrick: Sure", "PERSON"),)),), "Jack Herrick: Sure",
         "Jack Herrick"),
    ],
)
def test_sentence_opening_common_nouns_and_run_on_labels(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...],
                                                         absent: str | None, present: str | None) -> None:
    found = types(OPENING, *paragraphs)
    if absent:
        assert absent not in found
    if present:
        assert found.get(present) == "person"
