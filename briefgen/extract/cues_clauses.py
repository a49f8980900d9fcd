"""Attributions read from the clause a quote sits in (New York Times style among others): '"…," as Doocy said',
'Mr. Lee, citing "…," said', 'his statement that "…', and a narration sentence's main-clause reporter."""

from __future__ import annotations

import re

from briefgen.extract.cues import cue_after, cue_before, cue_sentence_end
from briefgen.extract.cues_subject import sentence_subject
from briefgen.extract.lexicon import PERSON_PRONOUNS, SPEECH_VERB_FORMS
from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speaker_words import COURTESY_TITLES, SENTENCE_OPENERS, SPEAKER_NAME_PARTICLES
from briefgen.extract.speakers import Cue

__all__ = ["OWNER_STATEMENT", "cue_as_said", "cue_first_clause", "cue_owner_statement", "cue_phrase_subject"]


# '"…," as the host Steve Doocy said in April': an attribution clause opened by "as" right after the quote names
# its speaker before any subject earlier in the sentence ('Its hosts report that "…," as Doocy said').
_AS_SAID = re.compile(r"^[\s,]*as\s+(?=\S)")


def cue_as_said(frame: str) -> Cue | None:
    """'"…," as Doocy said': the speaker of the "as" clause right after a quote (a named one, not 'as he said')."""
    m = _AS_SAID.match(frame)
    if m is None:
        return None
    cue = cue_after(frame[m.end():], any_verb=False)
    return cue if cue is not None and cue.speaker[:1].isupper() and cue.pronoun is None else None


# 'Mr. Lee, citing "…," said the candidate could win': a quote inside an apposition or participle phrase set off
# by commas after the sentence's subject, whose verb follows the quote, belongs to that subject.
_SUBJECT_THEN_PHRASE = re.compile(r"^\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*[a-z]),\s+[a-z][a-z\s-]{0,60}$")
_VERB_AFTER = re.compile(r"^[\s,]*(\w+)")


def cue_phrase_subject(frame_before: str, frame_after: str) -> Cue | None:
    """The sentence's subject when the quote sits in a phrase between it and its speech verb."""
    m = _SUBJECT_THEN_PHRASE.match(frame_before)
    verb = _VERB_AFTER.match(frame_after)
    if m is None or verb is None or verb.group(1) not in SPEECH_VERB_FORMS:
        return None
    return _titled_name(m.group(1))


def _titled_name(name: str) -> Cue:
    """'Mr. Lee' → Lee, role 'Mr.': a courtesy title opening a name is its role; any other name whole (its words
    joined by one space)."""
    words = name.split()
    if words[0] in COURTESY_TITLES and len(words) > 1:
        return Cue(" ".join(words[1:]), words[0])
    return Cue(" ".join(words))


# 'Trump stood by his comment Monday that "Islam hates us"', 'Madeleine Albright, a Clinton supporter, fanned
# controversy over her remark that "…"': the words are those of the one "his"/"her" stands for, the name just before
# it or the sentence's subject (a pronoun subject is left alone: the last speaker named may be someone else).
STATEMENT_NOUNS = ("statement|remark|comment|claim|assertion|vow|promise|pledge|warning|declaration|insistence|"
                   "contention|boast|prediction|suggestion|complaint|description|characterization|admission|quip")
OWNER_STATEMENT = re.compile(rf"\b(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){{0,2}}(?:{STATEMENT_NOUNS})s?"
                             rf"(?:\s+[\w,.-]+){{0,4}}?\s+(?:that|:)[\s,]*[\"“]?\s*$")
_OWNER_NEAR = re.compile(r"\b((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*[a-z])(?:,[^,]{1,60},)?\s+(?:[a-z]+\s+){1,6}"
                         r"(?:[Hh]is|[Hh]er)\s+"
                         r"(?:[\w-]+\s+){0,2}(?:" + STATEMENT_NOUNS + r")")


def cue_owner_statement(frame_before: str) -> Cue | None:
    """Who 'his statement that "…' quotes: the name right before "his" ('Trump stood by his comment'), else the
    sentence's named subject; None when neither names anyone."""
    m = OWNER_STATEMENT.search(frame_before)
    if m is None:
        return None
    near = _OWNER_NEAR.search(frame_before[: m.end()])
    first = near.group(1).split()[0].lower() if near is not None else ""
    if near is not None and first not in SENTENCE_OPENERS and first not in PERSON_PRONOUNS:
        return _titled_name(near.group(1))
    subject = sentence_subject(tokenize(frame_before), frame_before)
    return subject if subject is not None and subject.pronoun is None and subject.speaker[:1].isupper() else None


_REPORTING = r"(?:said|says|added|adds|wrote|writes|told|noted|explained|recalled|argued|insisted)"
_TRAILING_ATTRIBUTION = re.compile(rf",\s+(?:(?:[A-Z][\w.'’-]*\s+){{1,3}}{_REPORTING}\b[^,.;]{{0,30}}|{_REPORTING}\s+"
                                   rf"(?:[A-Z][\w.'’-]*\s*){{1,3}})[.!?]?\s*$")
# A comma, then a reporting verb and the name of the one who reports, after which only an apposition may follow:
# the sentence closes with an inverted attribution (', said Ann Lee, a pollster.'; a name only: in 'Lee, a
# pollster, said Ms. Ruiz wanted …' the name after "said" opens the clause reported)
_PARTICLES = "|".join(sorted(SPEAKER_NAME_PARTICLES))  # ("Pieter de Wit")
_INVERTED_CLOSE = re.compile(rf",\s+{_REPORTING}\s+(?:(?:[A-Z][\w.'’-]*|{_PARTICLES})\s+){{0,4}}[A-Z][\w.'’-]*"
                             rf"(?:,[^,;:!?]*)?[.!?]?\s*$")
_ONE_WORD_VERB = re.compile(r"\b(?:" + "|".join(sorted(w for w in SPEECH_VERB_FORMS if " " not in w)) + r")\b")


# Lower-case words opening a subordinate clause after the main one: when the sentence's first speech verb is past one
# of them, the reporter is the subordinate clause's and the main clause's named subject is the sentence's topic ('Ryan
# did not exude confidence when Tapper asked whether …': a '"…," he said' after it is Ryan).
# (Not all the conjunctions of speaker_words.CLAUSE_OPENERS, words never part of a name: before a name "since" is
# mostly a preposition, 'the best mayor since Ann Lee', and an "if", "although" or "though" clause is often the
# reporter's own, 'The plan was costly, although Lee notes that …'; with those four added, 11 narration sentences of
# the quotes DEV set and the pasted pages changed reporter, at least 7 of them for a wrong one.)
SUBORDINATE_OPENERS = ("when", "as", "after", "before", "while", "until", "once", "because")
_SUBORDINATE = re.compile(r"\s(?:" + "|".join(SUBORDINATE_OPENERS) + r")\s+(?=[A-Z])")


def _main_before_subordinate(sentence: str, verbs: list[re.Match[str]]) -> Cue | None:
    """The main clause's named subject when no speech verb comes before a subordinate clause's opener (and a name
    opens that clause); None when the main clause itself reports or has no named subject."""
    m = _SUBORDINATE.search(sentence)
    if m is None or not verbs or verbs[0].start() < m.start():
        return None
    head = sentence[: m.start()]
    subject = sentence_subject(tokenize(head), head)
    if subject is None or subject.pronoun is not None or not subject.speaker[:1].isupper():
        return None
    return Cue(subject.speaker, subject.role)


def cue_first_clause(sentence: str) -> Cue | None:
    """Who reports in a sentence without a quote: the subject of its first speech verb, the main clause's ('Mr. Lee
    was blunt, claiming that Mr. Obama wanted …' → Lee, not Obama, whose clause is what Lee claimed); a pronoun
    there or no subject found leaves it to cue_before on the whole sentence (its last verb)."""
    inverted = _INVERTED_CLOSE.search(sentence)
    if inverted is not None:
        # 'Computers have seen impacts, too, said Mary E. Lovely, an economist.': the reporter the closing inverted
        # attribution names, not "Computers", the subject of the clause reported
        cue = cue_sentence_end(sentence[inverted.start():])
        if cue is not None and cue.pronoun is None:
            return cue
    verbs = list(_ONE_WORD_VERB.finditer(sentence))
    main = _main_before_subordinate(sentence, verbs)
    if main is not None:
        return main
    # not when the sentence ends with its own attribution: in 'Cruz made promises to …, Stovall said.' the first
    # "verb" is a noun and the reporter is named at the end
    if len(verbs) > 1 and not _TRAILING_ATTRIBUTION.search(sentence):
        cue = cue_before(sentence[: verbs[0].end()])
        if cue is not None and cue.pronoun is None:
            return Cue(cue.speaker, cue.role)
    # 'That will be true up to a point, said Sherman, a former aide.': an inverted attribution closing the sentence
    return cue_before(sentence) or cue_sentence_end(sentence)
