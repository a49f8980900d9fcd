"""The people an interview's speaker labels name ("Isabel Ruiz: And, I'm …"), one mention per labelled answer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.actor_merge import Mention
from briefgen.extract.actor_name_forms import spaced_letters
from briefgen.extract.lexicon import ROLE_NOUNS, TITLE_WORDS
from briefgen.extract.transcript import interviewers, transcript_turns
from briefgen.model import Paragraph

__all__ = ["LABEL_NOT_PEOPLE", "label_mentions"]

# Labels of a transcript's turns that name a part, not a person ("Moderator: …", "Audience: …"), beside ROLE_NOUNS.
LABEL_NOT_PEOPLE = frozenset("moderator host narrator audience caller panel panelist crowd voice announcer interviewer "
                             "interviewee reporter presenter anchor participant respondent student students".split())
# A person's name as a label: one to four capitalised words, not in capitals ("MR. KIRBY" has a title, "A" answers).
_NAME_LABEL = re.compile(r"[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")


def label_mentions(paragraphs: Sequence[Paragraph], mentions: Sequence[Mention], title: str | None = None) -> list[Mention]:
    """A person mention for each answer of a transcript whose label names someone ("Snow: Yes, it will …") where no
    mention opens the paragraph already (NER read the label there), not the interviewer's turns (transcript.interviewers),
    nor a label with a title, in capitals, or naming a part (LABEL_NOT_PEOPLE, ROLE_NOUNS). A label a typo split
    ("Tina Mc Kenzie") is written as the text or the headline writes the name ("Tina McKenzie")."""
    turns = transcript_turns(paragraphs)
    if not turns:
        return []  # not a transcript
    hosts = interviewers(turns)
    opened = {m.paragraph for m in mentions if m.start == 0}
    # the label as the text writes the name, where a typo split it ("Tina Mc Kenzie:" beside "Tina McKenzie")
    words = re.findall(r"[A-Z][\w'’-]*", title or "")
    written = {spaced_letters(" ".join(words[i: i + n])): " ".join(words[i: i + n])
               for n in (2, 3) for i in range(len(words) - n + 1)}
    written.update({spaced_letters(m.text): m.text for m in sorted(mentions, key=lambda m: (m.paragraph, m.start))
                    if m.kind == "person" and len(m.text.split()) > 1})
    found = []
    for index, label, _said in turns:
        if (label in hosts or index in opened or not paragraphs[index].text.startswith(label + ":")
                or not _NAME_LABEL.fullmatch(label) or label.split()[0] in TITLE_WORDS
                or any(w.lower() in LABEL_NOT_PEOPLE or w.lower() in ROLE_NOUNS for w in label.split())):
            continue
        found.append(Mention(written.get(spaced_letters(label), label), "person", index, 0, evidence=1))
    return found
