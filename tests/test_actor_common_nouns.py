"""A capitalised common noun the article mostly writes in lower case is no person."""

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph


def _names(paragraphs: list[str]) -> set[str]:
    return {a.name for a in extract_actors(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))}


IODINE = [
    "Almost half of all children are iodine deficient, researchers say.",
    "The report says iodine intake has fallen, and iodine is added to only some salt.",
    "The WHO says Iodine deficiency is the most prevalent cause of brain damage.",
    '"If Iodine deficiency is serious you lose 15 IQ points," Professor Cres Eastman said.',
]


@pytest.mark.parametrize(
    ("paragraphs", "absent", "present"),
    [
        (IODINE, "Iodine", "Cres Eastman"),
        # negative: a person whose name is also a word the article uses once in lower case stays
        (["Mr Rose said the rose garden would open.", "Rose added that the Rose family paid for it.",
          "Rose spoke on Monday."], None, "Rose"),
    ],
)
def test_common_noun_mostly_lower_case_is_no_actor(paragraphs: list[str], absent: str | None, present: str) -> None:
    names = _names(paragraphs)
    assert present in names or any(n.endswith(present) for n in names)
    if absent:
        assert absent not in names


@pytest.mark.parametrize(
    ("paragraphs", "absent", "present"),
    [
        # an adjective, a verb's noun, a plural noun: only ever a sentence's first word or a caption's label
        (["Sullen and silent, the crowd left the square.", "Mayor Ann Fisk said the square would reopen."], "Sullen", "Ann Fisk"),
        (["Scroll down for the video of the launch.", "Ann Fisk said the launch went well."], "Scroll", "Ann Fisk"),
        (["Meteorites are older than the Earth, Ann Fisk said.", "She studies them."], "Meteorites", "Ann Fisk"),
        (["The band fought on stage Brawl: a guitarist fell.", "Ann Fisk said it was over soon."], "Brawl", "Ann Fisk"),
        # negatives: a surname the lists hold as a noun only; a word inside a sentence too; a speech verb after it;
        # a state the tables know
        (["Clinton will speak on Monday.", "The speech is in Ohio."], None, "Clinton"),
        (["Brown will speak on Monday.", "Voters cheered for Brown in Ohio."], None, "Brown"),
        (["Brown said the vote was close.", "The count went on."], None, "Brown"),
        (["Ohio is close.", "The count went on."], None, "Ohio"),
        (["Brown and Harris debated on Monday.", "The count went on."], None, "Brown"),  # a list of names
    ],
)
def test_an_english_word_only_opening_sentences_is_no_actor(paragraphs: list[str], absent: str | None,
                                                              present: str) -> None:
    names = _names(paragraphs)
    assert present in names
    if absent:
        assert absent not in names


def test_a_team_called_by_its_nickname_alone_stays() -> None:
    from briefgen.extract.nlp import Entity

    paragraphs = ("Spurs won again on Sunday.", "Cardinals lost at home.")
    ents = [[Entity("Spurs", "ORG", 0, 5)], [Entity("Cardinals", "ORG", 0, 9)]]
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    assert {a.name for a in extract_actors(article, entities=ents)} == {"Spurs", "Cardinals"}


@pytest.mark.parametrize(("word", "kept"), [("Target", True), ("Shell", True), ("Halfway", False)])
def test_a_firm_named_with_a_noun_or_a_verb_stays(word: str, kept: bool) -> None:
    from briefgen.extract.nlp import Entity

    paragraphs = (f"{word} through the year, sales fell.", "The count went on.")
    ents = [[Entity(word, "ORG", 0, len(word))], []]
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    assert (word in {a.name for a in extract_actors(article, entities=ents)}) is kept
