"""A pronoun speaker read as whom it points to: "he", "she" as the last fitting named speaker, "I" as the writer."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.extract.actor_common_words import common_word
from briefgen.extract.cues import without_sentence_openers
from briefgen.extract.cues_clauses import cue_first_clause
from briefgen.extract.cues_subject import sentence_subject
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.lexicon import PERSON_PRONOUNS
from briefgen.extract.persons import TITLE_GENDER, last_person_named, sole_bearer, speaker_gender
from briefgen.extract.quote_groups import is_person_like, last_conjunct
from briefgen.extract.quote_marks import sentence_bounds
from briefgen.extract.speaker_tokens import tokenize
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
        clause = clause_subject(recent, low, people) or lone_reporter(recent, people)
        for c in reversed(named):
            c = last_conjunct(c)
            if is_person_like(c.speaker) and (genders.get(c.speaker) or speaker_gender(c.speaker, people) or low) == low:
                if clause is not None and c.speaker.split()[-1] not in clause[1]:
                    # the sentence just before names her as a clause's subject ("…, with Hillary Clinton lambasting
                    # Trump's plan."), not the last one quoted
                    genders[clause[0]] = low
                    return Cue(clause[0], None, cue.context)
                # (unless the quote just before was already theirs (chain): a run of '"…," she added' paragraphs
                # keeps its speaker however far back her name was written)
                if recent and c.speaker.split()[-1] not in recent and c.speaker != chain:
                    return None
                genders[c.speaker] = low
                return Cue(c.speaker, c.role, cue.context)
        if clause is not None:
            genders[clause[0]] = low
            return Cue(clause[0], None, cue.context)
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


# Clauses inside a sentence whose subject a following '"…," she said' points to, when the sentence's main subject
# does not fit the pronoun: (rule name, the words that open the clause, whether its verb must be a participle).
# "with" opens an absolute clause, its verb an -ing form ("with Hillary Clinton — who … — lambasting Trump's plan");
# the conjunctions open a finite clause read by cues_subject.sentence_subject ("…, while Warren called it a gift").
# (Another list than cues_clauses.SUBORDINATE_OPENERS, which takes "since" and "though" out: here the clause opens
# only at the sentence's start or after a comma or a dash, and its subject must be the one person of the pronoun's
# gender the sentence names.)
CLAUSE_OPENERS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("with-participle", re.compile(r"(?:^|[,;—–]\s*|\s)[Ww]ith\s+(?=[A-Z])"), True),
    ("subordinate", re.compile(r"(?:^|[,;—–]\s*)(?:[Ww]hile|[Aa]s|[Aa]fter|[Ww]hen|[Bb]efore|[Bb]ecause|"
                               r"[Ss]ince|(?:[Aa]l)?[Tt]hough|[Ww]hereas|but)\s+(?=[A-Z])"), False),
    # a lower-case group reports what a named person does: "…, aides say Ivanka Trump also advises her father …"
    ("reported by a group", re.compile(r"\b[a-z]+s\s+(?:say|says|said)\s+(?:that\s+)?(?=[A-Z])"), False),
)
# An aside between dashes or commas after the name, then the participle: "Clinton — who has … — lambasting"
_ASIDE_THEN_PARTICIPLE = re.compile(r"\s*(?:[—–][^—–]{1,160}[—–]|,[^,]{1,80},)?\s*[a-z]+ing\b")


def _narration_sentences(recent: str) -> list[str]:
    """The recent narration's sentences that hold more than quote marks and masks."""
    return [recent[a:b] for a, b in sentence_bounds(recent) if recent[a:b].strip(" \"“”'§\n")]


def clause_subject(recent: str, pronoun: str, people: dict[str, str]) -> tuple[str, str] | None:
    """(the person, the sentence) when the last sentence of the recent narration has a clause (CLAUSE_OPENERS) whose
    subject is a person the article names (persons.person_genders) with the pronoun's gender, and no quote of its own;
    None when there is no such person, or when the sentence names another person of that gender."""
    sentences = _narration_sentences(recent)
    if not sentences or any(mark in sentences[-1] for mark in '"“”'):
        return None
    sentence = sentences[-1].strip()
    found: set[str] = set()
    for _name, opener, participle in CLAUSE_OPENERS:
        for m in opener.finditer(sentence):
            rest = sentence[m.end():]
            if participle:
                name = _name_before_participle(rest, people)
            else:
                subject = sentence_subject(tokenize(rest), rest)
                name = subject.speaker if subject is not None else None
            if name and name in people and speaker_gender(name, people) == pronoun:
                found.add(name)
    if len(found) != 1:
        return None
    name = found.pop()
    # another person of the pronoun's gender in the sentence ("While Obama had …, which concerns Henry Crespo") makes
    # the clause's subject no surer a referent than them
    others = (n for n in people if n and n.split()[-1] != name.split()[-1] and speaker_gender(n, people) == pronoun
              and re.search(r"\b" + re.escape(n) + r"\b", sentence))
    return None if next(others, None) else (name, sentence)


# What a one-word reporter (lone_reporter) must not be, each a named rule reading (the word, the recent text): a body's
# initials ("CNN reported …"); a place, state, group, organisation or company the actor tables name ("Iran said …",
# "Reuters reported …"); anyone or no one ("Nobody asked …"); a common word opening its sentence ("Delegates
# questioned …", actor_common_words), or one the recent text also writes in lower case ("Coal miners …" after "coal").
INDEFINITE_PRONOUNS = frozenset("nobody everybody somebody anybody everyone someone anyone none".split())
NOT_LONE_REPORTER: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("initials", lambda word, recent: re.fullmatch(r"[A-Z0-9.&-]+", word) is not None),
    ("place or body", lambda word, recent: (
        (g := gazetteer()).state_or_capital(word, key := lookup_key(word)) or key in g.groups
        or word in g.organizations or word in g.companies or word in g.not_actors)),
    ("anyone or no one", lambda word, recent: word.lower() in INDEFINITE_PRONOUNS),
    ("common word", lambda word, recent: common_word(word)),
    ("written in lower case", lambda word, recent: re.search(r"\b" + re.escape(word.lower()) + r"\b", recent) is not None),
)
_WHOLE_SENTENCE = re.compile(r"[.!?][\"”’']?\s*$")


def lone_reporter(recent: str, people: dict[str, str]) -> tuple[str, str] | None:
    """(the name, its sentence) when the last whole sentence before the quote reports speech by a one-word name the
    article gives no given name or title ('Cruz openly admitted that his pick was political. "…," he said.'): the
    quotes' rule for narration keeps only names it knows for people, so the pronoun would skip this reporter for
    someone named further back. None when the sentence quotes, or the name is a body or place (NOT_LONE_REPORTER), or
    the start of the quote's own sentence names someone. A sentence without speech gives its subject instead when the
    recent text writes that word capitalised inside a sentence."""
    sentences = _narration_sentences(recent)
    if sentences and not _WHOLE_SENTENCE.search(sentences[-1]):
        if re.search(r"\s[A-Z]", sentences[-1].strip()):
            return None  # 'Later, Smith added, "…"': the quote's own sentence names someone
        sentences.pop()
    if not sentences or any(mark in sentences[-1] for mark in '"“”'):
        return None
    sentence = sentences[-1].strip()
    cue = cue_first_clause(sentence)
    if cue is None:
        # no speech in it: its subject, when the recent text also writes the word capitalised inside a sentence
        # ('Growing up in El Paso, Mendoza regularly saw …'), a name, not a common word opening the sentence
        cue = sentence_subject(tokenize(sentence), sentence)
        if cue is not None and not re.search(r"(?<=[a-z,;] )" + re.escape(cue.speaker) + r"\b", recent):
            return None
    if cue is None or cue.pronoun is not None or " " in cue.speaker or cue.speaker in people:
        return None
    name = cue.speaker
    if not (name[:1].isupper() and name.replace("-", "").replace("’", "").replace("'", "").isalpha()):
        return None
    if any(test(name, recent) for _rule, test in NOT_LONE_REPORTER):
        return None
    return name, sentence


def _name_before_participle(rest: str, people: dict[str, str]) -> str | None:
    """The longest person's name opening `rest` when an -ing verb follows it (past an aside)."""
    for name in sorted((n for n in people if rest.startswith(n)), key=len, reverse=True):
        if _ASIDE_THEN_PARTICIPLE.match(rest, len(name)):
            return name
    return None


def title_gender(cue: Cue) -> str | None:
    """'she' for 'Mrs. Clinton', whatever other Clinton the article names: a gendered title beside the name tells."""
    title = (cue.role or "").split()[:1]
    return TITLE_GENDER.get(title[0].rstrip(".")) if title else None
