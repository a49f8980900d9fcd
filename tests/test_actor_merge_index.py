"""The actor merge's form index (actor_merge.FormIndex) finds what the plain loop over every cluster finds."""

import random

import pytest

from briefgen.extract import actor_merge
from briefgen.extract.actor_merge import Mention, cluster_mentions

# names the tests of _find_longer look at: surnames, particles, middle initials, family name first, legal forms,
# acronyms, clubs, "… Institute for …", a verb NER read into a name, places the tables know
WORDS = ("John Joshua Josh Smith J. Donald Trump Wang Xiao Qiang Dan Vicente del Del Bosque Ford Motor Co. Corp. Inc "
         "European Union EU GM General Motors Peterson Institute for of International Economics Borussia Dortmund "
         "Leeds Rhinos Real Madrid Paris Hilton Valeska Hillary Bill Clinton Questioning Biden Hunter Minnesota Wild "
         "Chrysler Lenox Healthcare Jones Medical Industries Georgia Washington Center Udvar-Hazy WTO W.T.O.").split()
KINDS = ("person", "person", "organization", "organization", "place", "state", "group")


def _mentions(rng: random.Random) -> list[Mention]:
    out = []
    for i in range(rng.randint(1, 40)):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))))
        out.append(Mention(text, rng.choice(KINDS), rng.randint(0, 5), rng.randint(0, 300), evidence=rng.randint(0, 2),
                           ner=rng.choice(("", "PERSON", "ORG", "LOC", "FAC", "GPE")), located=rng.random() < 0.1,
                           team=rng.random() < 0.05))
    return out


@pytest.mark.parametrize("seed", range(300))
def test_indexed_search_equals_the_plain_loop(seed, monkeypatch):
    # every search of the merge, run again as the plain loop over all clusters (no index): the same cluster or none
    plain = actor_merge._find_longer
    calls = []

    def both(clusters, m, index=None, *names):  # (the sons, kin and namesakes the merge passes on)
        found = plain(clusters, m, index, *names)
        assert found is plain(clusters, m, None, *names), m
        calls.append(found)
        return found

    monkeypatch.setattr(actor_merge, "_find_longer", both)
    rng = random.Random(seed)
    cluster_mentions(_mentions(rng), {0} if rng.random() < 0.2 else set())
    assert calls


def test_the_random_mentions_merge_some_names():
    # the property above is not vacuous: the random names fit each other in many searches
    found = 0
    for seed in range(50):
        clusters: dict = {}
        index = actor_merge.FormIndex()
        for m in sorted(_mentions(random.Random(seed)), key=lambda m: -len(m.text.split())):
            target = actor_merge._find_longer(clusters, m, index)
            found += target is not None
            if target is None:
                target = clusters.setdefault(("", m.text.lower()), actor_merge.Cluster(m.kind))
            if m.text not in target.forms:
                index.add(target, m.text)
            target.add(m)
    assert found > 50


@pytest.mark.parametrize("longer, longer_kind, shorter, kind", [
    ("Donald J. Trump", "person", "Donald Trump", "person"),  # a middle initial
    ("Vicente del Bosque", "person", "Del Bosque", "person"),  # a particle with a capital
    ("Wang Xiaoming", "person", "Wang", "organization"),  # family name first, the short name read as a body
    ("Xiao Qiang", "person", "Xiao", "person"),  # family name first, both people
    ("European Union", "organization", "EU", "organization"),  # an acronym
    ("General Motors Corp.", "organization", "GM", "organization"),  # the acronym of the company core
    ("Chrysler Corp.", "organization", "Chrysler", "organization"),  # the company core
    ("Peterson Institute for International Economics", "organization", "Peterson Institute", "organization"),
    ("Borussia Dortmund", "organization", "Borussia", "organization"),  # a club's first word
    ("Borussia Dortmund", "organization", "Dortmund", "place"),  # a club's last word, read as a town
])
def test_each_test_of_the_search_finds_its_cluster_through_the_index(longer, longer_kind, shorter, kind):
    # the one cluster, found among many others named by distinct names
    others = [Mention(f"Name{i} Other{i}", "person", 1, i) for i in range(30)]
    clusters = cluster_mentions([Mention(longer, longer_kind, 0, 0), Mention(shorter, kind, 2, 0), *others], set())
    assert len(clusters) == 31
    assert any(set(c.forms) == {longer, shorter} for c in clusters)


def test_a_headline_mention_joins_the_first_cluster_with_its_form_in_any_case():
    # "PARIS" in an all-caps headline: the body's actor named "Paris" in any case (the city: a place the tables
    # know never joins "Robert Paris"), not a cluster of its own; "ACME", never named in the body, is dropped
    body = [Mention("Paris", "place", 1, 0), Mention("Robert Paris", "person", 2, 0),
            *(Mention(f"Name{i} Other{i}", "person", 3, i) for i in range(20))]
    clusters = cluster_mentions([Mention("PARIS", "place", 0, 0), Mention("ACME", "organization", 0, 9), *body], {0})
    assert not any("ACME" in c.forms for c in clusters)
    (paris,) = [c for c in clusters if "PARIS" in c.forms]
    assert "Paris" in paris.forms
