"""A pronoun speaker read as whom it points to: "he", "she" as the last fitting named speaker, "I" as the writer."""

from __future__ import annotations

from briefgen.extract.cues import without_sentence_openers
from briefgen.extract.lexicon import PERSON_PRONOUNS
from briefgen.extract.persons import TITLE_GENDER, last_person_named, sole_bearer, speaker_gender
from briefgen.extract.quote_groups import is_person_like, last_conjunct
from briefgen.extract.speakers import Cue

# Who "I" is in the narration around a quote (outside the quotation marks): the one who wrote the piece, whose name
# the text does not give.
NARRATOR = "the author"


def resolve_pronoun(cue: Cue | None, named: list[Cue], genders: dict[str, str], people: dict[str, str],
                    recent: str = "", chain: str | None = None) -> Cue | None:
    """A pronoun becomes the last fitting named speaker; 'I', 'we', 'it' and unknowns stay None.

    Fitting: a person's name (not 'the newspaper') whose gender, when known from an earlier "he"/"she", a
    Mr./Mrs./Ms. title or the given name the article gives it (persons.person_genders), agrees with the pronoun,
    and whom the recent text (this paragraph and the two before it) still names; one named further back is too far
    for "he" to be sure of.
    """
    if cue is None:
        return None
    speaker = without_sentence_openers(cue.speaker)
    if speaker is None:
        return None
    cue = Cue(speaker, cue.role, cue.context)
    low = cue.speaker.lower()
    if low in {"he", "she"}:
        for c in reversed(named):
            c = last_conjunct(c)
            if is_person_like(c.speaker) and (genders.get(c.speaker) or speaker_gender(c.speaker, people) or low) == low:
                # (unless the quote just before was already theirs (chain): a run of '"…," she added' paragraphs
                # keeps its speaker however far back her name was written)
                if recent and c.speaker.split()[-1] not in recent and c.speaker != chain:
                    return None
                genders[c.speaker] = low
                return Cue(c.speaker, c.role, cue.context)
        # no named speaker fits: when the last person the recent text names is a surname a man and a woman share
        # ("Fiorina", said of Carly and of Frank), the pronoun is the one of them with its gender
        last = last_person_named(recent, people)
        bearer = sole_bearer(last.split()[-1], low, people) if last and speaker_gender(last, people) == "?" else None
        return Cue(bearer, None, cue.context) if bearer else None
    if low == "i":
        return Cue(NARRATOR, None, cue.context)  # '"…," I said.': the narration's "I" is the writer
    if low in PERSON_PRONOUNS or low == "it":
        return None  # "it" is resolved by quote_spans to a document or body
    title = (cue.role or "").split()[:1]
    if title and title[0].rstrip(".") in TITLE_GENDER:
        genders.setdefault(cue.speaker, TITLE_GENDER[title[0].rstrip(".")])
    return cue


def title_gender(cue: Cue) -> str | None:
    """'she' for 'Mrs. Clinton', whatever other Clinton the article names: a gendered title beside the name tells."""
    title = (cue.role or "").split()[:1]
    return TITLE_GENDER.get(title[0].rstrip(".")) if title else None
