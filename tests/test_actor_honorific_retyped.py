"""A name NER read as a place or a body that the rules make a person loses its honorific ('Mr Hussen' → Hussen)."""

from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph

TEXT = (
    "Abase Hussen took his daughter to a rally in London when she was 13. "
    "In an extraordinary exchange at the home affairs select committee, Mr Hussen blamed the authorities. "
    "Giving evidence to the MPs’ committee, Mr Hussen accused police of not doing enough. "
    "Mr Hussen told The Times yesterday that he felt ashamed."
)


def test_honorific_goes_when_a_body_or_place_is_a_person() -> None:
    actors = extract_actors(Article(name="t", paragraphs=(Paragraph(TEXT),)))
    names = [a.name for a in actors if a.type == "person"]
    assert "Mr Hussen" not in names
    hussen = [a for a in actors if a.name == "Abase Hussen"]
    assert hussen and hussen[0].mentions >= 3
