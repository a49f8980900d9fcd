"""One person written several ways (a generational suffix, a middle initial, a short given name) is one actor
(actor_name_forms, actor_merge), a name NER cut at its hyphen is whole (actor_cut_names); a plural role noun before a
list names each one's role in the singular, a post after a joiner is the person's own, an initialism's dot ends no
title (actor_titles); words of a quoted work's title are no actors (actor_not_names); a list closed by a place kind's
plural, an apposition a place's kind heads, say a place (actor_around)."""

from __future__ import annotations

import pytest

from actor_type_helpers import type_and_rule
from briefgen.extract.actor_captions import without_leading_place
from briefgen.extract.actor_cut_names import extend_by_hyphen_tail, extend_by_nickname, extend_by_pronoun_family_name
from briefgen.extract.actor_merge import Mention, cluster_mentions
from briefgen.extract.actor_name_forms import (SPACING_TYPOS, bare_name, bare_words, middle_initials, namesakes_by_initials,
                                               same_person_name, spacing_typos, without_spacing_typos)
from briefgen.extract.actor_names import trim_name
from briefgen.extract.actor_roles import said_role
from briefgen.extract.actor_titles import title_before
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from ner_helpers import entities
from briefgen.extract.nlp import Entity

NOT = "not-an-actor"


def _people(*names: str) -> list[list[str]]:
    mentions = [Mention(n, "person", i, 0) for i, n in enumerate(names)]
    return sorted(sorted(c.forms) for c in cluster_mentions(mentions, set()))


@pytest.mark.parametrize("name, words, bare", [
    ("Walter Pike Jr.", ["Walter", "Pike"], "Walter Pike"),
    ("Walter Pike, Jr.", ["Walter", "Pike"], "Walter Pike"),
    ("Nora K. Bell III", ["Nora", "K.", "Bell"], "Nora Bell"),
    ("Edna R. Moss", ["Edna", "R.", "Moss"], "Edna Moss"),
    # negatives: two words keep their last ("Pike Jr" alone is no name to cut), two initials stay
    ("Pike Jr", ["Pike", "Jr"], "Pike Jr"),
    ("Edna R. T. Moss", ["Edna", "R.", "T.", "Moss"], "Edna R. T. Moss"),
])
def test_bare_name(name: str, words: list[str], bare: str) -> None:
    assert bare_words(name) == words
    assert bare_name(name) == bare


@pytest.mark.parametrize("a, b, same", [
    ("Walter G. Pike", "Walter Pike Jr.", True),
    ("Walter Pike", "Walter Pike Jr.", True),
    ("Walter Pike", "Walter G. Pike", True),
    # negatives: father and son, two middle initials, another given name
    ("Walter Pike Sr.", "Walter Pike Jr.", False),
    ("Walter G. Pike", "Walter H. Pike", False),
    ("Walter Pike", "Wendy Pike", False),
    ("Walter Pike", "Walter Pike", False),  # (the same form: nothing to join)
    # a space or a dot a typo lost or added ("spacing")
    ("Walter GPike", "Walter G. Pike", True),
    ("Dee Anne Pike", "DeeAnne Pike", True),
    # negatives: another letter, another case, one word
    ("Walter GPike", "Walter H. Pike", False),
    ("Dee Anne Pike", "Deeanne Pike", False),
    ("GPike", "G. Pike", False),
])
def test_same_person_name(a: str, b: str, same: bool) -> None:
    assert same_person_name(a, b) is same


@pytest.mark.parametrize("names, clusters", [
    # the suffix is no surname: the bare surname and the name without the suffix join the full name
    (("Walter Pike Jr.", "Pike"), [["Pike", "Walter Pike Jr."]]),
    (("Walter G. Pike Jr.", "Walter Pike", "Pike"), [["Pike", "Walter G. Pike Jr.", "Walter Pike"]]),
    (("Walter G. Pike", "Walter Pike Jr.", "Pike"), [["Pike", "Walter G. Pike", "Walter Pike Jr."]]),
    # a short given name after the full one with a middle initial ("Joseph R. …")
    (("Joseph R. Tandy", "Joe Tandy"), [["Joe Tandy", "Joseph R. Tandy"]]),
    # negatives: father and son stay apart, and so does the surname both bear
    (("Walter Pike Sr.", "Walter Pike Jr.", "Pike"), [["Pike"], ["Walter Pike Jr."], ["Walter Pike Sr."]]),
    (("Walter Pike Jr.", "Wendy Pike", "Pike"), [["Pike"], ["Walter Pike Jr."], ["Wendy Pike"]]),
])
def test_one_person_by_suffix_and_initial(names: tuple[str, ...], clusters: list[list[str]]) -> None:
    assert _people(*names) == clusters


@pytest.mark.parametrize("name, initials", [
    ("Walter H. G. Pike", "HG"),
    ("Walter H.G. Pike", "HG"),
    ("Walter HG Pike", "HG"),
    ("Walter G. Pike Jr.", "G"),
    ("Walter Pike", ""),
    # negatives: a full middle name, an initial first, one word
    ("Walter Quincy Pike", None),
    ("W. G. Pike", None),
    ("Pike", None),
])
def test_middle_initials(name: str, initials: str | None) -> None:
    assert middle_initials(name) == initials


@pytest.mark.parametrize("names, namesakes", [
    (("Walter H. G. Pike", "Walter G. Pike", "Walter Pike"), {"Walter Pike"}),
    (("Walter H.G. Pike", "Walter G. Pike Jr."), {"Walter Pike"}),
    # negatives: one set of initials written two ways, another given name, no initials at all
    (("Walter H. G. Pike", "Walter HG Pike", "Walter Pike"), set()),
    (("Walter H. G. Pike", "Wendy G. Pike"), set()),
    (("Walter Pike", "Walter Quincy Pike"), set()),
])
def test_namesakes_by_initials(names: tuple[str, ...], namesakes: set[str]) -> None:
    assert namesakes_by_initials(names) == namesakes


@pytest.mark.parametrize("names, clusters", [
    # a father and son whose names differ by initials: the name without them may be either man, so it stays apart
    (("Walter H. G. Pike", "Walter G. Pike", "Walter Pike"), [["Walter G. Pike"], ["Walter H. G. Pike"], ["Walter Pike"]]),
    (("Walter H.G. Pike", "Walter G. Pike", "Walter Pike"), [["Walter G. Pike"], ["Walter H.G. Pike"], ["Walter Pike"]]),
    (("Joseph T. Tandy", "Joseph R. Tandy", "Joe Tandy"), [["Joe Tandy"], ["Joseph R. Tandy"], ["Joseph T. Tandy"]]),
    # guards: one man's middle initial alone still joins ("Joseph R. Biden", "Joe Biden")
    (("Walter G. Pike", "Walter Pike"), [["Walter G. Pike", "Walter Pike"]]),
    (("Walter G. Pike", "Walter Pike", "Wendy H. Pike"), [["Walter G. Pike", "Walter Pike"], ["Wendy H. Pike"]]),
])
def test_namesakes_by_initials_stay_apart(names: tuple[str, ...], clusters: list[list[str]]) -> None:
    assert _people(*names) == clusters


@pytest.mark.parametrize("names, clusters", [
    # a typo's lost space and dot: one person, and the given name alone joins him
    (("Walter GPike", "Walter G. Pike", "Walter"), [["Walter", "Walter G. Pike", "Walter GPike"]]),
    # negative: another man's initial
    (("Walter GPike", "Walter H. Pike"), [["Walter GPike"], ["Walter H. Pike"]]),
])
def test_one_person_by_spacing(names: tuple[str, ...], clusters: list[list[str]]) -> None:
    assert _people(*names) == clusters


@pytest.mark.parametrize("name, typos", [
    ("Rosa Mc Intyre", ["split-prefix"]),  # a surname's "Mc" written apart
    ("Kieran O' Dowd", ["split-prefix"]),  # "O'" written apart
    ("Walter GPike", ["run-together-initial"]),  # an initial run into the surname
    ("Rosa Mc Intyre and Walter GPike", ["split-prefix", "run-together-initial"]),
    # negative: a surname's own shape, a particle written apart, an initial with its dot, a name in capitals
    ("Rosa McIntyre", []),
    ("Kieran O'Dowd", []),
    ("Lena DeWitt", []),
    ("Lena Van Aalst", []),
    ("Walter G. Pike", []),
    ("WALTER PIKE", []),
])
def test_spacing_typos(name: str, typos: list[str]) -> None:
    assert spacing_typos(name) == typos


def test_spacing_typo_rules_are_named() -> None:
    assert [rule for rule, _shape in SPACING_TYPOS] == ["split-prefix", "run-together-initial"]


@pytest.mark.parametrize("forms, kept", [
    # of two spellings differing only in spaces and dots, the one without a typo's shape, in either order
    (["Rosa Mc Intyre", "Rosa McIntyre"], ["Rosa McIntyre"]),
    (["Rosa McIntyre", "Rosa Mc Intyre"], ["Rosa McIntyre"]),
    (["Walter GPike", "Walter G. Pike"], ["Walter G. Pike"]),
    (["Kieran O' Dowd", "Kieran O'Dowd", "Kieran"], ["Kieran O'Dowd", "Kieran"]),
    # negative: no typo's shape in either (both kept: the fullest form is chosen as before), other letters
    (["Lena Van Aalst", "Lena VanAalst"], ["Lena Van Aalst", "Lena VanAalst"]),
    (["Rosa Mc Intyre", "Rosa McIntosh"], ["Rosa Mc Intyre", "Rosa McIntosh"]),
    (["Rosa Mc Intyre"], ["Rosa Mc Intyre"]),
])
def test_without_spacing_typos(forms: list[str], kept: list[str]) -> None:
    assert without_spacing_typos(forms) == kept


@pytest.mark.parametrize("names, name", [
    # the name shown is the spelling without the typo, whatever the other has more words or more mentions
    (("Rosa Mc Intyre", "Rosa Mc Intyre", "Rosa McIntyre"), "Rosa McIntyre"),
    (("Walter GPike", "Walter GPike", "Walter G. Pike"), "Walter G. Pike"),
    # negative: a particle written apart is no typo: the fullest form, as before
    (("Lena VanAalst", "Lena Van Aalst"), "Lena Van Aalst"),
])
def test_shown_name_of_a_spacing_pair(names: tuple[str, ...], name: str) -> None:
    clusters = cluster_mentions([Mention(n, "person", i, 0) for i, n in enumerate(names)], set())
    assert [c.name for c in clusters] == [name]


@pytest.mark.parametrize("text, apart", [
    ("Walter H. G. Pike met the envoy in Lisbon. His son Walter G. Pike later sent troops abroad. "
     "Walter Pike promised that the alliance would not grow.", "Walter Pike"),
])
def test_namesake_by_initials_in_an_article(text: str, apart: str) -> None:
    found = extract_actors(Article(name="t", paragraphs=(Paragraph(text),)))
    assert apart in {a.name for a in found}
    assert all(apart not in a.aliases for a in found)


@pytest.mark.parametrize("before, role", [
    # a plural role noun before a list of names: each one's, in the singular
    ("founding members ", "founding member"),
    ("economists ", "economist"),
    ("the study by senior researchers ", "senior researcher"),
    ("spokesmen ", "spokesman"),
    # a lower-case post after a joiner is the person's own, what comes before it someone else's or a thing's
    ("relatives of former president ", "former president"),
    ("Sketches of author ", "author"),
    ("an adviser to president ", "president"),
    # negatives: an office after the joiner is what the title governs; singular titles stay
    ("chief of police ", "chief of police"),
    ("minister of justice ", "minister of justice"),
    ("Secretary of State ", "Secretary of State"),
    ("board member ", "board member"),
])
def test_role_before_a_name(before: str, role: str) -> None:
    assert title_before(before + "Name Here", len(before)) == role


@pytest.mark.parametrize("sentence, name, kind", [
    ("The band closed with “Rollin’ Down To the Harbor,” a fan favourite.", "Harbor", "organization"),
    ("The band closed with “Rollin’ Down To the Harbor,” a fan favourite.", "Rollin", "person"),
    ('She sang "Meet Me In Old Savannah" twice.', "Savannah", "place"),
])
def test_words_of_a_quoted_title(sentence: str, name: str, kind: str) -> None:
    assert type_and_rule(sentence, name, kind) == (NOT, "not-actor.inside-a-quoted-title")


@pytest.mark.parametrize("sentence, name, kind", [
    ("Fans chanted “Go Team Lisbon” all night.", "Lisbon", "place"),  # no capitalised short word: a chant
    ("He joined “Friends of the River” last year.", "Friends of the River", "organization"),  # the whole quote
    ("“We Go To Boston. It Is Home,” she said.", "Boston", "place"),  # sentences, not a title
    ("They said “Madrid is next” and left.", "Madrid", "place"),  # a lower-case word: speech
])
def test_quoted_names_that_stay(sentence: str, name: str, kind: str) -> None:
    assert type_and_rule(sentence, name, kind)[1] != "not-actor.inside-a-quoted-title"


@pytest.mark.parametrize("sentence, name", [
    # a list closed by the plural of a place's kind
    ("Cases rose in Alden, Marsh and Tulley counties.", "Marsh"),
    ("Cases rose in Alden, Marsh and Tulley counties.", "Tulley"),
    ("Flooding hit the Orlan and Vesta provinces on Monday.", "Orlan"),
    # an apposition a place's kind heads
    ("They met in Kessel, a town on the river, last week.", "Kessel"),
    ("He grew up in Dunmore, a small port city.", "Dunmore"),
    # …after a possessive pronoun or a name's possessive
    ("She often painted Varnholm, her native city.", "Varnholm"),
    ("They moved to Castel Rosso, Marta's home town.", "Castel Rosso"),
    ("He returned to Lindqvist, his native village, in May.", "Lindqvist"),
])
def test_person_beside_a_place_kind(sentence: str, name: str) -> None:
    assert type_and_rule(sentence, name, "person") == ("place", "place.person-beside-place-kind")


@pytest.mark.parametrize("sentence, name", [
    ("The book follows a day in Porto Lindo, Ruiz's native city, before the war.", "Porto Lindo"),
    ("Voters in Alden and Tulley counties went to the polls.", "Alden and Tulley"),
])
def test_body_beside_a_place_kind(sentence: str, name: str) -> None:
    assert type_and_rule(sentence, name, "organization") == ("place", "place.person-beside-place-kind")


@pytest.mark.parametrize("sentence, name", [
    ("Acme Foods, the city's largest employer, cut jobs.", "Acme Foods"),  # the kind's possessive, not the kind
    ("Harbor Group, the port operator, said no.", "Harbor Group"),  # the kind modifies the head noun
    ("Orlan Partners, a Tulley County firm, said no.", "Orlan Partners"),
])
def test_body_beside_no_place_kind(sentence: str, name: str) -> None:
    assert type_and_rule(sentence, name, "organization")[1] != "place.person-beside-place-kind"


@pytest.mark.parametrize("sentence, name", [
    ("Jo Marsh, a city councilman, spoke first.", "Jo Marsh"),  # the kind modifies the head noun
    ("Jo Marsh, a village elder in the north, spoke.", "Jo Marsh"),
    ("Jo Marsh and Al Tulley met the counties' leaders.", "Al Tulley"),  # no plural kind right after the list
])
def test_person_beside_no_place_kind(sentence: str, name: str) -> None:
    assert type_and_rule(sentence, name, "person")[1] != "place.person-beside-place-kind"


@pytest.mark.parametrize("before, role", [
    # an initialism's dot inside a title ends no sentence
    ("said U.S. Attorney ", "U.S. Attorney"),
    ("the U.N. envoy ", "U.N. envoy"),
    ("an aide to U.S. Sen. ", "U.S. Sen."),  # after a joiner: the person's own title with its initialism
    ("The office of U.S. Attorney ", "U.S. Attorney"),  # an office's noun before the joiner is no post
    # negatives: an initialism alone is no role, a sentence's full stop still ends one
    ("He moved to the U.S. ", None),
    ("It was late. ", None),
])
def test_role_with_an_initialism(before: str, role: str | None) -> None:
    assert title_before(before + "Name Here", len(before)) == role


def _hyphen(text: str, name: str) -> str:
    start = text.index(name)
    return extend_by_hyphen_tail(text, [Entity(name, "PERSON", start, start + len(name))])[0].text


@pytest.mark.parametrize("text, name, whole", [
    ("It was signed by Park Hye-in last year.", "Park Hye", "Park Hye-in"),
    ("Envoy Lee Sun-ho, the minister, spoke.", "Lee Sun", "Lee Sun-ho"),
    # negatives: a compound adjective's tail, one word, a capitalised tail NER would have read
    ("The Jane Doria-led coalition won.", "Jane Doria", "Jane Doria"),
    ("The Jane Doria-era rules stayed.", "Jane Doria", "Jane Doria"),
    ("Doria-in talks went on.", "Doria", "Doria"),
    ("Jane Doria-Smith spoke.", "Jane Doria", "Jane Doria"),
])
def test_name_cut_at_its_hyphen(text: str, name: str, whole: str) -> None:
    assert _hyphen(text, name) == whole


@pytest.mark.parametrize("name, persons, bodies, kept", [
    # a leading word NER read once as a body and once alone as a person is the given name, not a caption's label
    ("DeMarr Tolliver", {"DeMarr", "Tolliver"}, {"DeMarr"}, "DeMarr Tolliver"),
    # negatives: a ground or a club read only as a body stays a caption's label run on
    ("Fernwood Park Tolliver", {"Tolliver"}, {"Fernwood Park"}, "Tolliver"),
    ("Harbourside Tolliver", {"Tolliver"}, {"Harbourside"}, "Tolliver"),
])
def test_leading_place_or_given_name(name: str, persons: set[str], bodies: set[str], kept: str) -> None:
    assert without_leading_place(name, frozenset(persons), frozenset(bodies)) == kept


@pytest.mark.parametrize("sentence, name, expected", [
    # a one-word "person" joined by "and" to a capitalised word and followed by a title's word: a piece of the title
    ("said Ana Ruiz, Policy and Outreach Director at the fund.", "Outreach", (NOT, "not-actor.fragment-of-a-title")),
    ("said Ana Ruiz, Sales and Marketing Chief for the firm.", "Marketing", (NOT, "not-actor.fragment-of-a-title")),
    # negatives: two people named side by side, a person and no title after
    ("Rachel and Severine Director of it.", "Severine", ("person", None)),
    ("Policy and Outreach met on Monday.", "Outreach", ("person", None)),
])
def test_person_inside_a_title(sentence: str, name: str, expected: tuple[str, str | None]) -> None:
    assert type_and_rule(sentence, name, "person") == expected


@pytest.mark.parametrize("name, kind, trimmed", [
    ("Senate of the Republic Rt. Hon.", "organization", "Senate of the Republic"),  # the next name's honorific
    ("Harbour Board Mr.", "organization", "Harbour Board"),
    # negatives: a street's "Dr" (Drive), an honorific alone
    ("Ocean Dr", "place", "Ocean Dr"),
    ("Hon.", "person", "Hon."),
])
def test_trailing_honorific(name: str, kind: str, trimmed: str) -> None:
    assert trim_name(name, kind) == trimmed


@pytest.mark.parametrize("names, clusters", [
    # a name in initials and the full one of the same surname: one person, called by the full name
    (("T. R. Okafor", "Tunde Okafor"), [["T. R. Okafor", "Tunde Okafor"]]),
    # negatives: another initial, another surname
    (("K. R. Okafor", "Tunde Okafor"), [["K. R. Okafor"], ["Tunde Okafor"]]),
    (("T. R. Okafor", "Tunde Adeyemi"), [["T. R. Okafor"], ["Tunde Adeyemi"]]),
])
def test_initials_and_full_name(names: tuple[str, ...], clusters: list[list[str]]) -> None:
    assert _people(*names) == clusters


def test_full_given_name_names_the_actor() -> None:
    mentions = [Mention("T. R. Okafor", "person", 0, 0), Mention("Tunde Okafor", "person", 1, 0)]
    assert [c.name for c in cluster_mentions(mentions, set())] == ["Tunde Okafor"]


@pytest.mark.parametrize("sentence, name, expected", [
    # a portfolio NER cut off from the title after it, a name following (after a comma too)
    ("He was told by former Coastal Security Adviser Mara Holt to wait.", "Coastal Security", NOT),
    ("The then Home Secretary, Mara Holt, signed it.", "Home", NOT),
    # negatives: no name after the title word, a title after the title word
    ("The Coastal Security Adviser post is vacant.", "Coastal Security", "organization"),
    ("UN Secretary General Mara Holt spoke.", "UN", "organization"),
])
def test_portfolio_before_a_title(sentence: str, name: str, expected: str) -> None:
    assert type_and_rule(sentence, name, "organization")[0] == expected


def _family_first(text: str, name: str) -> str:
    start = text.index(name)
    return extend_by_pronoun_family_name(text, [Entity(name, "PERSON", start, start + len(name))])[0].text


@pytest.mark.parametrize("text, name, whole", [
    ("He Minghua, the former envoy, said so.", "Minghua", "He Minghua"),
    ("“It is hard,” He Minghua said.", "Minghua", "He Minghua"),
    ("Talks stalled. He Minghua left.", "Minghua", "He Minghua"),
    # negatives: the pronoun mid-sentence or before two words, another pronoun
    ("Then he Minghua left.", "Minghua", "Minghua"),
    ("He Lin Minghua spoke.", "Lin Minghua", "Lin Minghua"),
    ("She Minghua spoke.", "Minghua", "Minghua"),
])
def test_family_name_read_as_a_pronoun(text: str, name: str, whole: str) -> None:
    assert _family_first(text, name) == whole


@pytest.mark.parametrize("text, span, role", [
    # NER began the name at the title's last word: the whole title before the name is the role
    ("Former secretary of State Ada Mbeki said no.", "State Ada Mbeki", "Former secretary of State"),
    # negatives: a title NER read whole keeps it, and a title with nothing before it
    ("Senator Ada Mbeki said no.", "Senator Ada Mbeki", "Senator"),
])
def test_role_of_a_title_ner_cut(text: str, span: str, role: str) -> None:
    article = Article(name="t", paragraphs=(Paragraph(text),))
    found = extract_actors(article, entities=[entities(text, ((span, "PERSON"),))])
    assert [(a.name, a.role) for a in found] == [("Ada Mbeki", role)]


@pytest.mark.parametrize("role, kept", [
    ("whether", None),  # a conjunction the attribution read before the name
    ("warm-and-fuzzy", None),  # an adjective
    # negatives: a role noun, a common noun, a capitalised or longer role
    ("economist", "economist"),
    ("pastor", "pastor"),
    ("CNN", "CNN"),
    ("a former aide", "a former aide"),
    (None, None),
])
def test_said_role(role: str | None, kept: str | None) -> None:
    assert said_role(role) == kept


@pytest.mark.parametrize(
    ("text", "spans", "names"),
    [
        # a nickname, or the given names' initials, in brackets before a surname NER reads as a person: one name
        ("Her friend Dora Mae (Dot) Vale died.", (("Dora Mae", "PERSON"), ("Vale", "PERSON")), ["Dora Mae (Dot) Vale"]),
        ("Historian Ivor Jon Pell (I.J.P.) Maddox wrote it.", (("Ivor Jon Pell", "PERSON"), ("Maddox", "PERSON")),
         ["Ivor Jon Pell (I.J.P.) Maddox"]),
        ("Dora Mae (Dot) Vale died.", (("Dora Mae", "PERSON"), ("Dot", "PERSON"), ("Vale", "PERSON")),
         ["Dora Mae (Dot) Vale"]),
        # initials of other names; a country in brackets, a team after it (a results line); one given name only
        ("Ivor Jon Pell (A.B.C.) Maddox wrote it.", (("Ivor Jon Pell", "PERSON"), ("Maddox", "PERSON")),
         ["Ivor Jon Pell", "Maddox"]),
        ("3. Olaf Brandt (Germany) Telekom", (("Olaf Brandt", "PERSON"), ("Germany", "GPE"), ("Telekom", "ORG")),
         ["Olaf Brandt", "Germany", "Telekom"]),
        ("3. Olaf Brandt (Germany) Lundqvist", (("Olaf Brandt", "PERSON"), ("Germany", "GPE"), ("Lundqvist", "PERSON")),
         ["Olaf Brandt", "Germany", "Lundqvist"]),
        ("Coach (Frank) Vale said", (("Frank", "PERSON"), ("Vale", "PERSON")), ["Frank", "Vale"]),
    ],
)
def test_name_with_a_nickname(text: str, spans: tuple[tuple[str, str], ...], names: list[str]) -> None:
    assert [e.text for e in extend_by_nickname(text, entities(text, spans))] == names


def test_nicknamed_person_is_one_actor() -> None:
    text = "The death came after Dora Mae (Dot) Vale, a friend of the family, died in prison."
    spans = (("Dora Mae", "PERSON"), ("Vale", "PERSON"))
    actors = extract_actors(Article(name="t", paragraphs=(Paragraph(text),)), entities=[entities(text, spans)])
    assert [a.name for a in actors if a.type == "person"] == ["Dora Mae (Dot) Vale"]
