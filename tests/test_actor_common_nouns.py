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
