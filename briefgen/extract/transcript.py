"""Quotes of an interview or transcript: paragraphs opened by a speaker's label ("Shimon Peres: …", "MR. KIRBY: …")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from briefgen.extract.actor_teams import CLUB_SHORT_NAMES, SINGULAR_NICKNAMES, TEAM_NICKNAMES, club_name, sporting
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.lexicon import NOT_SPEAKER_LABEL_WORDS
from briefgen.extract.names import actor_key, from_capitals
from briefgen.extract.sentences import split_sentences
from briefgen.model import Actor, Paragraph, Quote

# A speaker's label: one to four capitalised words (titles with a full stop: "MR. KIRBY", "Dr. Jane Roe") and a colon,
# or an interviewer's "Q" / "Q." and the answer's "A".
LABEL = re.compile(r"^(?P<label>(?:[A-Z][\w'’-]*\.?)(?:\s+[A-Z][\w'’-]*\.?){0,3}(?=:)|Q(?=[:.])|A(?=:))[:.]\s+(?=\S)")
# Labels that open a paragraph but name no speaker, by first word (lexicon.NOT_SPEAKER_LABEL_WORDS) or whole.
NOT_SPEAKER_LABELS = frozenset({"the bottom line", "bottom line", "why it matters", "the big picture", "big picture",
                                "what's next", "what’s next", "go deeper", "fact check", "the latest", "what we know"})
# A transcript has at least this many labelled paragraphs, at least two speakers with MIN_SPEAKER_TURNS each, taking
# turns this often: captions ("Above: …"), teasers ("Qualcomm: …") and news opened by a name once are no transcript.
MIN_LABELLED = 4
MIN_TURNS = 3
MIN_SPEAKER_TURNS = 2
MIN_TURN_WORDS = 5  # "Clinton: 45 percent." lists results; a turn says something
HEADLINE_CAPITALS = 4  # of a turn's first six words: "Police: 2 In Custody After Death Of …" is a teaser's headline
# A turn is quoted by its opening sentences up to this many words (at least one sentence): an answer can run to
# hundreds of words, and the briefing's quotes are read at a glance; the full text has the rest.
MAX_QUOTE_WORDS = 60
# The speaker whose turns hold a question most often, and in at least this share of them, is the interviewer.
INTERVIEWER_QUESTIONS = 0.25


def _label(paragraph: str) -> str | None:
    m = LABEL.match(paragraph)
    words = paragraph[m.end():].split() if m else []
    if len(words) < MIN_TURN_WORDS or sum(w[:1].isupper() or w[:1].isdigit() for w in words[:6]) >= HEADLINE_CAPITALS:
        return None
    label = m.group("label")
    if label in ("Q", "A"):
        return label  # the turns of a question-and-answer transcript
    first = label.split()[0].lower().rstrip(".:")
    if first in NOT_SPEAKER_LABEL_WORDS or label.lower() in NOT_SPEAKER_LABELS or any(c.isdigit() for c in label):
        return None
    key = lookup_key(label)
    if key in gazetteer().states or label.title() in gazetteer().us_states:
        return None  # "Iowa: …" heads what a place's insiders said, not one speaker
    return label


def _team(label: str) -> bool:
    """'Lakers', 'Thunder', 'Everton', 'Real Madrid': a team's name (the tables of actor_teams)."""
    return (label in TEAM_NICKNAMES or label in SINGULAR_NICKNAMES or label in CLUB_SHORT_NAMES
            or club_name(label.split()))


def speaker_name(label: str) -> str | None:
    """'MR. KIRBY' → 'Mr. Kirby' (a transcript's capitals are typography, not an acronym); 'Shimon Peres' as written;
    None for the answer's bare "A", which names no one."""
    if label == "A":
        return None
    if label.isupper() and len(label) > 2:
        return from_capitals(label)
    return label


def transcript_turns(paragraphs: Sequence[Paragraph]) -> list[tuple[int, str, str]]:
    """(paragraph index, speaker label, spoken text) of each turn, or [] when the text is not a transcript.

    A text paragraph without a label carries on the turn before it (an answer over several paragraphs); a
    heading ends the turn."""
    return list(_turns(tuple(paragraphs)))


@lru_cache(maxsize=16)
def _turns(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[int, str, str], ...]:
    # Cached: the quotes, the actors, the summary and the timeline of one briefing all read its turns.
    labels = [_label(p.text) if p.kind == "text" else None for p in paragraphs]
    if any(label and _team(label) for label in labels) and sporting(p.text for p in paragraphs):
        # "Thunder: F Hamidou Diallo missed his third straight game.": a match report's notes on each team
        labels = [None if label and _team(label) else label for label in labels]
    labelled = [label for label in labels if label]
    turns_taken = sum(1 for a, b in zip(labelled, labelled[1:]) if a != b)
    speakers = sum(1 for n in Counter(labelled).values() if n >= MIN_SPEAKER_TURNS)
    if len(labelled) < MIN_LABELLED or speakers < 2 or turns_taken < MIN_TURNS:
        return ()
    # Once the speakers are known, their short turns count too ("Rebecca: Oh man, well?" is hers, not the last
    # speaker's): labels are first read on turns long enough to tell a speaker from a list or a teaser.
    known = set(labelled)
    for index, paragraph in enumerate(paragraphs):
        m = LABEL.match(paragraph.text) if paragraph.kind == "text" and labels[index] is None else None
        if m and m.group("label") in known:
            labels[index] = m.group("label")
    turns: list[tuple[int, str, str]] = []
    current: str | None = None
    for index, (paragraph, label) in enumerate(zip(paragraphs, labels)):
        if label:
            current = label
            turns.append((index, label, paragraph.text[LABEL.match(paragraph.text).end():]))  # type: ignore[union-attr]
        elif current and paragraph.kind == "text":
            turns.append((index, current, paragraph.text))
        else:
            current = None
    return tuple(turns)


def _opening(text: str) -> str:
    """The turn's opening sentences, up to MAX_QUOTE_WORDS words."""
    sentences = split_sentences(text)
    kept = sentences[:1]
    for sentence in sentences[1:]:
        if len(" ".join([*kept, sentence]).split()) > MAX_QUOTE_WORDS:
            break
        kept.append(sentence)
    return " ".join(kept)


def interviewers(turns: Sequence[tuple[int, str, str]]) -> set[str]:
    """The labels that ask: "Q", and the one speaker whose turns hold a question most often (ties: the one whose
    turns are shorter), if in at least INTERVIEWER_QUESTIONS of them. The one interviewed may ask too ("What are
    they fighting for?"), but less often; in a debate no one asks much, and everyone is quoted."""
    asked: Counter[str] = Counter()
    said: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for _index, label, text in turns:
        said[label] += 1
        asked[label] += "?" in text
        words[label] += len(text.split())
    if not said:
        return set()  # not a transcript
    host = max(said, key=lambda label: (asked[label] / said[label], -words[label] / said[label], label))
    found = {label for label in said if label == "Q"}
    if asked[host] / said[host] >= INTERVIEWER_QUESTIONS:
        found.add(host)
    return found


def with_transcript_quotes(paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """The quotes of a transcript's answers, each turn's opening one quote by its speaker, in place of the quotation-mark
    quotes inside the turns (words the speaker cites, not theirs); other quotes as they were. Not a transcript:
    `quotes` unchanged."""
    turns = transcript_turns(paragraphs)
    if not turns:
        return tuple(quotes)
    in_turns = {index for index, _label, _text in turns}
    asking = interviewers(turns)
    spoken = []
    for index, label, text in turns:
        if label not in asking and len(text.split()) >= MIN_TURN_WORDS:  # "What's up?" is no quote
            speaker = speaker_name(label)
            spoken.append(Quote(text=_opening(text), speaker=speaker, paragraph=index,
                                speaker_key=actor_key(speaker) if speaker else None))
    kept = [q for q in quotes if q.paragraph not in in_turns]
    return tuple(sorted([*kept, *spoken], key=lambda q: q.paragraph))  # stable: a paragraph's quotes keep their order


def name_the_answers(quotes: Sequence[Quote], paragraphs: Sequence[Paragraph], title: str | None,
                     actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """A question-and-answer transcript's answers ("A: …") by the one person its title names ("Q&A with Vice President
    Joe Biden"); without such a title (or with two people in it) they stay unattributed."""
    answers = {index for index, label, _text in transcript_turns(paragraphs) if label == "A"}
    named = [a for a in actors if a.type == "person" and title and any(n in title for n in (a.name, *a.aliases))]
    if not answers or len(named) != 1:
        return tuple(quotes)
    person = named[0]
    return tuple(replace(q, speaker=person.name, role=person.role, speaker_key=person.key)
                 if q.speaker is None and q.paragraph in answers else q for q in quotes)
