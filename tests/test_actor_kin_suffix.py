"""A generational suffix NER leaves out after a comma ("Walter Pike, Jr.") is the name's (actor_name_forms.suffix_after),
and a bare surname two people bear goes to the one not named as someone's relative (actor_surnames.kin_before), or
to the one of the gender the pronouns after it tell (actor_surnames.pronoun_after); a son named after his father and
introduced as someone's son ("his son, Walter Pike Jr.") is not the father written bare (actor_name_forms.father_and_son)."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_merge import Mention, cluster_mentions
from briefgen.extract.actor_name_forms import father_and_son, suffix_after
from briefgen.extract.actor_surnames import KINSHIP_NOUNS, kin_before, person_starts, pronoun_after
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from ner_helpers import Span, entities


@pytest.mark.parametrize(
    ("tail", "suffix"),
    [
        (", Jr. was a lawyer", "Jr"),
        (", Jr., 41, said", "Jr"),
        (" Jr., 55, faces", "Jr"),
        (" Sr. said on Monday", "Sr"),
        (", Jr.", "Jr"),
        (", Jr.)", "Jr"),
        # a capitalised word after it: a title ("Sr. Vice President") or a new sentence, no suffix
        (", Sr. Vice President of sales", None),
        (", Jr. The next day", None),
        (", Junior said", None),
        (" Jrx", None),
        (", who spoke", None),
    ],
)
def test_suffix_after(tail: str, suffix: str | None) -> None:
    assert suffix_after(tail) == suffix


@pytest.mark.parametrize(
    ("before", "kin"),
    [
        ("He took after his father, ", "father"),
        ("She thanked her late husband ", "husband"),
        ("The town knew Lena Marsh’s eldest son, ", "son"),
        ("Their grandmother ", "grandmother"),
        # no possessive, or no kinship noun
        ("She thanked the father, ", None),
        ("He met his lawyer, ", None),
        ("He met his ", None),
        ("He praised his sons, ", None),
    ],
)
def test_kin_before(before: str, kin: str | None) -> None:
    text = before + "Walter Pike spoke."
    assert kin_before(text, len(before)) == kin


def test_kinship_nouns_are_lower_case_words() -> None:
    assert all(w.islower() and " " not in w for w in KINSHIP_NOUNS)


def _actors(*paragraphs: tuple[str, tuple[Span, ...]]) -> dict[str, tuple[str, ...]]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p, _ in paragraphs))
    found = extract_actors(article, entities=[entities(p, spans) for p, spans in paragraphs])
    return {a.name: a.aliases for a in found if a.type == "person"}


def test_father_with_suffix_is_apart_from_his_son() -> None:
    people = _actors(
        ("Walter Pike III, head of the Harbor Trust, backs the plan.", (("Walter Pike III", "PERSON"),)),
        ("His father, Walter Pike, Jr. was a judge in the county.", (("Walter Pike", "PERSON"), ("Jr.", "PERSON"))),
        ("Pike says the vote will be close.", (("Pike", "PERSON"),)),
        ("Pike adds that he is hopeful.", (("Pike", "PERSON"),)),
    )
    assert people == {"Walter Pike III": ("Pike",), "Walter Pike Jr": ()}


def test_suffix_left_out_when_the_bare_name_is_written_too() -> None:
    # "Walter Pike" and "Walter Pike, Jr." both written: which is which is not told, one actor as before
    people = _actors(
        ("Walter Pike spoke at the rally on Monday.", (("Walter Pike", "PERSON"),)),
        ("His children are Walter Pike, Jr., 38, and Ann.", (("Walter Pike", "PERSON"), ("Jr.", "PERSON"))),
    )
    assert list(people) == ["Walter Pike"]


@pytest.mark.parametrize(
    ("a", "b", "sons", "apart"),
    [
        # introduced as someone's son by the full name or by the given name and suffix ("his son Walter Jr.")
        ("Walter Pike Jr", "Walter Pike", {"Walter Pike Jr"}, True),
        ("Walter Pike", "Walter Pike Jr", {"Walter Pike Jr"}, True),
        ("Walter Pike Jr", "Walter J. Pike", {"Walter Jr"}, True),
        ("Walter Pike III", "Walter Pike", {"Walter Pike III"}, True),
        # never introduced as a son ("Joseph R. Biden Jr." beside "Joe Biden"), or another man's son
        ("Walter Pike Jr", "Walter Pike", set(), False),
        ("Walter Pike Jr", "Walter Pike", {"Hunter Jr"}, False),
        # a father's suffix; both names with a suffix (the Jr. and the III: same_person_name's business)
        ("Walter Pike Sr", "Walter Pike", {"Walter Pike Sr"}, False),
        ("Walter Pike Jr", "Walter Pike III", {"Walter Pike Jr"}, False),
    ],
)
def test_father_and_son(a: str, b: str, sons: set[str], apart: bool) -> None:
    assert father_and_son(a, b, frozenset(sons)) is apart


@pytest.mark.parametrize(
    ("paragraphs", "people"),
    [
        # "his eldest son, Walter Pike, Jr.": the son, though the bare name is written too; "Pike" is the father
        ((("Walter Pike opened the plant on Monday.", (("Walter Pike", "PERSON"),)),
          ("His eldest son, Walter Pike, Jr., runs it.", (("Walter Pike", "PERSON"), ("Jr.", "PERSON"))),
          ("Pike says the plant will grow.", (("Pike", "PERSON"),))),
         {"Walter Pike": ("Pike",), "Walter Pike Jr": ()}),
        # introduced by his given name and suffix, then named in full
        ((("Walter J. Pike opened the plant on Monday.", (("Walter J. Pike", "PERSON"),)),
          ("His son Walter Jr. runs it.", (("Walter Jr.", "PERSON"),)),
          ("The board named Walter Pike Jr. its chief.", (("Walter Pike Jr.", "PERSON"),))),
         {"Walter J. Pike": (), "Walter Jr": (), "Walter Pike Jr": ()}),
        # a Jr. who is someone's father tells nothing of the bare name: one actor as before
        ((("Walter Pike opened the plant on Monday.", (("Walter Pike", "PERSON"),)),
          ("Ann Pike's father, Walter Pike Jr., runs it.", (("Ann Pike", "PERSON"), ("Walter Pike Jr.", "PERSON")))),
         {"Walter Pike Jr": ("Walter Pike",), "Ann Pike": ()}),
    ],
)
def test_son_named_after_his_father_is_apart(paragraphs: tuple, people: dict[str, tuple[str, ...]]) -> None:
    assert _actors(*paragraphs) == people


def test_surname_goes_to_the_one_not_named_as_kin() -> None:
    mentions = [Mention("Nora Bell", "person", 0, 0), Mention("Tom Bell", "person", 1, 20, relative="father"),
                Mention("Bell", "person", 2, 0), Mention("Bell", "person", 3, 0)]
    clusters = sorted(sorted(c.forms) for c in cluster_mentions(mentions, set()))
    assert clusters == [["Bell", "Nora Bell"], ["Tom Bell"]]


def test_surname_stays_apart_when_both_are_named_as_kin_or_neither() -> None:
    for flags in (("father", "husband"), (None, None)):
        mentions = [Mention("Nora Bell", "person", 0, 0, relative=flags[0]),
                    Mention("Tom Bell", "person", 1, 20, relative=flags[1]), Mention("Bell", "person", 2, 0)]
        assert sorted(sorted(c.forms) for c in cluster_mentions(mentions, set())) == [["Bell"], ["Nora Bell"], ["Tom Bell"]]


@pytest.mark.parametrize(
    ("sentence", "gender"),
    [
        ("Lowe, however, paints herself as a careful planner.", "she"),
        ("Lowe signed the deal in 2012, granting the firm rights to his designs.", "he"),
        ("Lowe said nothing more. She left at noon.", None),  # the sentence ends first
        ('Lowe said: "He is wrong about it."', None),  # a quotation's words speak of others
        ("Lowe praised Tom Reed and his team.", None),  # another person's name comes first
        ("Lowe declined to comment.", None),
    ],
)
def test_pronoun_after(sentence: str, gender: str | None) -> None:
    spans = entities(sentence, (("Tom Reed", "PERSON"),)) if "Tom Reed" in sentence else []
    assert pronoun_after(sentence, len("Lowe"), person_starts(spans)) == gender


def _bare_surname_owner(pronouns: tuple[str | None, ...], given: tuple[str, str]) -> list[list[str]]:
    mentions = [Mention(f"{given[0]} Lowe", "person", 0, 0), Mention(f"{given[1]} Lowe", "person", 1, 0)]
    mentions += [Mention("Lowe", "person", 2 + n, 0, pronoun=p) for n, p in enumerate(pronouns)]
    return sorted(sorted(c.forms) for c in cluster_mentions(mentions, set()))


@pytest.mark.parametrize(
    ("pronouns", "given", "clusters"),
    [
        # the pronouns after the bare surname all say 'she', one bearer is a woman: hers
        (("she", None, "she"), ("Daniel", "Mary"), [["Daniel Lowe"], ["Lowe", "Mary Lowe"]]),
        (("he", "he"), ("Daniel", "Mary"), [["Daniel Lowe", "Lowe"], ["Mary Lowe"]]),
        # one pronoun is too few; pronouns of both genders tell nothing; two women: no one
        (("she",), ("Daniel", "Mary"), [["Daniel Lowe"], ["Lowe"], ["Mary Lowe"]]),
        (("she", "he", "she"), ("Daniel", "Mary"), [["Daniel Lowe"], ["Lowe"], ["Mary Lowe"]]),
        (("she", "she"), ("Anna", "Mary"), [["Anna Lowe"], ["Lowe"], ["Mary Lowe"]]),
        # a given name of no known gender
        (("she", "she"), ("Quenby", "Daniel"), [["Daniel Lowe"], ["Lowe"], ["Quenby Lowe"]]),
    ],
)
def test_bare_surname_by_the_pronouns_after_it(pronouns: tuple[str | None, ...], given: tuple[str, str],
                                               clusters: list[list[str]]) -> None:
    assert _bare_surname_owner(pronouns, given) == clusters
