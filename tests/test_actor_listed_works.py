"""Names listed after their kind's plural are works, no actors (actor_listed_works.listed_works)."""

from collections import Counter

import pytest

from briefgen.extract.actor_listed_works import listed_works
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph


def _labels(**names):
    return {n.replace("_", " "): Counter({label: 1}) for n, label in names.items()}


@pytest.mark.parametrize("text, labels, works", [
    ("The console's launch titles are thin. They include: Moonfall Rally, Quarry Kings, Velvet Abyss and Hollowmere.",
     _labels(Moonfall_Rally="PERSON", Quarry_Kings="ORG", Velvet_Abyss="PERSON", Hollowmere="GPE"),
     {"Moonfall Rally", "Quarry Kings", "Velvet Abyss", "Hollowmere"}),
    ("The band played old tracks, including Copper Sky and Lantern Road.",
     _labels(Copper_Sky="PERSON", Lantern_Road="FAC"), {"Copper Sky", "Lantern Road"}),
    ("She loved films such as Harbor Nine, Glass Orchard and Tidewater.",
     _labels(Harbor_Nine="ORG", Glass_Orchard="PERSON", Tidewater="GPE"), {"Harbor Nine", "Glass Orchard", "Tidewater"}),
])
def test_names_in_a_list_of_works_are_works(text, labels, works):
    assert listed_works([text], labels) == works


@pytest.mark.parametrize("text, labels, kept", [
    # a maker or an author named with a possessive, a full name, a full name's surname
    ("Her favourite games include Zentro's Sky Racer, Cloud Hop and Pix Quest by Dana Morrow.",
     _labels(Zentro="ORG", Dana_Morrow="PERSON", Morrow="PERSON"), {"Zentro", "Dana Morrow", "Morrow"}),
    ("The books include works by Elena Varga, Varga's letters and more.", _labels(Elena_Varga="PERSON", Varga="PERSON"),
     {"Elena Varga", "Varga"}),
    # no list of three, nor two joined by "and"
    ("Her films include Harbor Nine.", _labels(Harbor_Nine="ORG"), {"Harbor Nine"}),
    # not a kind of work: people, and "shows" the verb
    ("The players include Tom Vale, Rio Sands and Kit Marr.", _labels(Rio_Sands="PERSON", Kit_Marr="PERSON"),
     {"Rio Sands", "Kit Marr"}),
    ("The poll shows, including in Ohio, Texas and Utah, a lead.", _labels(Ohio="GPE", Texas="GPE", Utah="GPE"),
     {"Ohio", "Texas", "Utah"}),
    # a listed company
    ("The apps include Google Maps, Spotify and Dune Diary.", _labels(Google="ORG", Spotify="ORG"), {"Google", "Spotify"}),
])
def test_other_names_are_kept(text, labels, kept):
    assert not listed_works([text], labels) & kept


def test_listed_games_leave_the_actors():
    paragraphs = ("The service launched on Tuesday with 12 launch titles. They include: Moonfall Rally, Quarry Kings, "
                  "Velvet Abyss, and Hollowmere.",
                  "Orbital Games said more would come next year.")
    names = {a.name for a in extract_actors(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))}
    assert not names & {"Moonfall Rally", "Quarry Kings", "Velvet Abyss", "Hollowmere"}
