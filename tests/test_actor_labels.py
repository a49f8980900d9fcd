"""An interview's answers labelled with a name ("Snow: Yes, it will …") name a person, one mention per answer, where
NER missed the label (actor_labels.label_mentions); not the interviewer, a part ("Moderator"), a label in capitals."""

import pytest

from briefgen import analyze
from briefgen.extract.actor_labels import LABEL_NOT_PEOPLE, label_mentions
from briefgen.extract.actor_merge import Mention
from briefgen.model import Paragraph


def _interview(host: str, guest: str) -> list[Paragraph]:
    return [Paragraph(t) for t in (
        f"{host}: What first drew you to the study of storms at sea?",
        f"{guest}: Growing up near the coast, I watched the weather every single day.",
        f"{host}: How will the storm change once it reaches the land?",
        f"{guest}: It will lose strength steadily as it moves away from warm water.",
        f"{host}: Is the government ready for the evacuation, do you think?",
        f"{guest}: From what I have read, the preparations began early this year.",
    )]


@pytest.mark.parametrize("guest, name", [
    ("Brook", "Brook"),
    ("Ilse Varga", "Ilse Varga"),
    ("Tomas Ek Lund", "Tomas Ek Lund"),
])
def test_each_answer_names_its_speaker(guest, name):
    found = label_mentions(_interview("Wikinews", guest), [])
    assert [(m.text, m.kind, m.paragraph) for m in found] == [(name, "person", i) for i in (1, 3, 5)]


@pytest.mark.parametrize("guest", ["Moderator", "Audience", "Panelist", "DR. VARGA", "Dr. Varga", "Spokesman"])
def test_no_person_for_a_part_or_a_title(guest):
    assert label_mentions(_interview("Wikinews", guest), []) == []


def test_a_label_ner_read_is_not_counted_twice():
    paragraphs = _interview("Wikinews", "Ilse Varga")
    read = [Mention("Ilse Varga", "person", 1, 0)]
    assert [m.paragraph for m in label_mentions(paragraphs, read)] == [3, 5]


@pytest.mark.parametrize("title, written", [
    ("An interview with ocean scientist Ilse VanDorn", "Ilse VanDorn"),
    (None, "Ilse Van Dorn"),
])
def test_a_label_split_by_a_typo_is_written_as_the_headline_writes_it(title, written):
    found = label_mentions(_interview("Wikinews", "Ilse Van Dorn"), [], title)
    assert {m.text for m in found} == {written}


def test_the_part_words_are_lower_case():
    assert all(w == w.lower() for w in LABEL_NOT_PEOPLE)


def test_a_surname_label_that_is_a_word_is_the_person_in_an_article():
    # "Brook" opens only answers, an English word all the same: the one who answers, kept with a mention per answer
    text = "\n\n".join(p.text for p in _interview("Wikinews", "Brook"))
    found = {a.name: (a.type, a.mentions) for a in analyze(text, format="text").actors}
    assert found.get("Brook") == ("person", 3)
    assert "Wikinews" not in found


# An invented interview where NER reads the guest's label, a typo splitting her surname ("Dana Mc Arthur:"), beside the
# introduction's "Dana McArthur".
_HARBOUR = """---
title: "Harbour Herald talks to Dana McArthur about the harbour festival"
date: 2026-03-02
---

Dana McArthur runs the harbour festival in Port Ellery. We spoke with her about this year's plans and the new pier.

**Harbour Herald:** How did the festival start?

**Dana Mc Arthur:** It started with six boats and a brass band. Now we have forty boats and three stages on the pier.

**Harbour Herald:** What is new this year?

**Dana Mc Arthur:** We have a night market and a lantern parade along the harbour wall.

**Harbour Herald:** Who pays for it?

**Dana Mc Arthur:** The town council pays half, and local shops pay the rest.
"""


def test_a_label_ner_read_with_a_typo_shows_the_name_as_the_prose_writes_it():
    brief = analyze(_HARBOUR, format="markdown")
    people = [(a.name, a.mentions) for a in brief.actors if a.type == "person"]
    assert people == [("Dana McArthur", 4)]
    assert {q.speaker for q in brief.quotes} == {"Dana McArthur"}
