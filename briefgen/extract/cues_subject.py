"""The subject of a clause read as who speaks: 'Speaking in Salem, New Hampshire, Trump went after Bush, calling …'."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import DETERMINERS, PERSON_PRONOUNS, QUANTIFIERS
from briefgen.readers.dateline import strip_dateline
from briefgen.extract.speaker_check import head_after_possessive, trim_description
from briefgen.extract.speaker_tokens import Token
from briefgen.extract.speaker_words import (
    LEAD_ADVERBS, LEADING_CONNECTORS, LOCATIVES, POSSESSIVE_ENDINGS, ROLE_MODIFIERS, SENTENCE_OPENERS,
)
from briefgen.extract.speaker_shapes import names_a_state
from briefgen.extract.speakers import Cue
from briefgen.extract.speakers_after import np_after

# Capitalised sentence openers that are not a subject: "Even", "Shortly", "Given …", "Couple … with".
_NOT_SUBJECTS = frozenset("even shortly given just only perhaps maybe indeed instead yet couple here there now today "
                          "tonight yesterday last next this these those such according like unlike amid among "
                          "early late soon recently already".split())  # "Early in his campaign, Trump …"
_INTRO_WORDS = frozenset("in at on after before during as when while despite meanwhile however but and also still later "
                         "earlier asked speaking since with without following for of from by if though although".split())
# Focusing adverbs that may stand before a subject's name and leave it the subject: "And even Obama tried …, noting",
# "Only Rivera voted against" (not "Even before the vote, …", where a lower-case word follows: an intro phrase).
FOCUS_ADVERBS = frozenset({"even", "only"})
# Object pronouns: after a clause's first word they make it an order's verb ("Check them out"), not a subject's name.
_IMPERATIVE_OBJECTS = frozenset("them us me him".split())
# "Here’s Clinton in 1992: …" presents the speaker it opens with; the other openers start no subject
_SKIPPED_OPENERS = SENTENCE_OPENERS - {"here’s", "here's"}


# Between commas after a subject, a name followed by its verb is a clause, not an apposition: "Salem, New Hampshire,
# Trump went after Bush, calling …" (whereas ", Donald Trump’s campaign manager," and ", Michael Sexton," describe).
_CLAUSE = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.-]*(?<![’'])\s+(?!(?:of|at|for|from|in|on|and|to)\b)[a-z]")


def _after_place(tokens: list[Token], s: int) -> bool:
    """tokens[s] is the state in 'in Birmingham, Alabama,': a state or country set off by commas after a place
    named after a locative preposition (not 'in Salem, Reyes went …' nor 'in Washington, Marc Morial, the …')."""
    k = s - 2  # the word before the comma
    while k >= 0 and tokens[k].is_word and tokens[k].text[:1].isupper() and tokens[k].low not in LOCATIVES:
        k -= 1
    e = s
    while e < len(tokens) and tokens[e].is_word and tokens[e].text[:1].isupper():
        e += 1
    if not (s >= 2 and tokens[s - 1].text == "," and 0 <= k < s - 2 and tokens[k].low in LOCATIVES
            and s < e < len(tokens) and tokens[e].text == ","):
        return False
    return names_a_state(" ".join(t.text for t in tokens[s:e]))


# A sentence opened by one or two quoted words and an inverted speech verb: '"Safety," said Grimm, …'.
_SHORT_QUOTE_SAID = re.compile(r"\s*[\"“]\s*[\w’'-]+(?:\s+[\w’'-]+)?[,!?]?\s*[\"”]\s*,?\s*(?:said|says|asked|added)\s+")


def sentence_subject(tokens: list[Token], frame: str) -> Cue | None:
    """The name opening a clause ('Speaking in Salem, New Hampshire, Trump went after Bush, calling …').

    The clause may follow introductory phrases set off by commas; the subject is the first name
    (or pronoun) that is followed, past any apposition, by a lower-case word, its verb.
    """
    short = _SHORT_QUOTE_SAID.match(frame)
    if short:
        # '"Safety," said Grimm, a Donald Trump supporter.': a word or two quoted (too short to be a quote) then
        # an inverted attribution: the name after the verb is the subject, not the quoted word
        k = next((n for n, t in enumerate(tokens) if t.start >= short.end()), len(tokens))
        cue = np_after(tokens, k, frame)
        return cue if cue is not None and cue.speaker[:1].isupper() else None
    head = len(frame) - len(strip_dateline(frame))
    if head:
        # "PHILADELPHIA, July 25 (UPI) — The committee released …": a dateline the reader left is no clause
        tokens = [t for t in tokens if t.start >= head]
    # a semicolon opens a clause with its own subject: the subject is looked for after the last one
    clause = next((n + 1 for n in range(len(tokens) - 1, -1, -1) if tokens[n].text == ";"), 0)
    starts = [clause] + [n + 1 for n, t in enumerate(tokens[clause: clause + 40], start=clause) if t.text == ","]
    for s in starts[:6]:
        if _after_place(tokens, s):
            continue  # "in Birmingham, Alabama, …": the second half of a place
        while s < len(tokens) and (tokens[s].low in LEADING_CONNECTORS or not tokens[s].is_word):
            s += 1  # '"…" Blige sings': quote marks and conjunctions before the subject
        if (s + 1 < len(tokens) and tokens[s].low in FOCUS_ADVERBS and tokens[s + 1].text[:1].isupper()
                and tokens[s + 1].low not in _INTRO_WORDS | _NOT_SUBJECTS | SENTENCE_OPENERS):
            s += 1  # "Even Obama tried …": the name after the adverb
        if s >= len(tokens) or tokens[s].low in _INTRO_WORDS or tokens[s].low in _SKIPPED_OPENERS:
            continue
        if (not tokens[s].text[:1].isupper() and tokens[s].low not in PERSON_PRONOUNS and tokens[s].low not in DETERMINERS
                and not (tokens[s].low in ROLE_MODIFIERS and s + 1 < len(tokens) and tokens[s + 1].text[:1].isupper())):
            continue  # a clause opens with a name, a pronoun or a description ("Hours later, she …", ", his campaign …",
            # ", former Arkansas Gov. Mike Huckabee agreed")
        if (tokens[s].text.endswith("ing") and "-" not in tokens[s].text) or (tokens[s].low.endswith("ed") and s + 1 < len(tokens) and tokens[s + 1].text[:1].islower()):
            continue  # "Speaking at a rally, …", "Preceded at the lectern by …, …": a participle phrase, not the subject
        if s + 1 < len(tokens) and tokens[s + 1].low in _IMPERATIVE_OBJECTS and tokens[s].text[:1].isupper():
            continue  # "Check them out below", "Join us": an order to the reader, its first word a verb, no subject
        cue = np_after(tokens, s, frame)
        if cue is None or not (cue.speaker[:1].isupper() or cue.pronoun or tokens[s].low in DETERMINERS):
            continue
        first = cue.speaker.split()[0].lower()
        if first in _INTRO_WORDS or first in _NOT_SUBJECTS or (first in LEAD_ADVERBS and len(cue.speaker.split()) == 1):
            continue  # "Even before …,", "Here in Columbia,": an introductory phrase; the subject may follow it
        if first in DETERMINERS:
            # "The town released a statement …": the description ends at its head, and its verb follows
            trimmed = trim_description(cue.speaker)
            if trimmed is None or (not cue.speaker[:1].isupper() and not trimmed.split()[-1][:1].islower()
                                   and len(trimmed.split()) < 3):
                continue  # inside a sentence "the Trump (campaign)" cut short names no one ("the Security Council" does)
            cue = Cue(trimmed, cue.role)
        if cue.speaker.endswith(POSSESSIVE_ENDINGS):
            # "Rubio’s campaign sent out …" speaks; "Clinton's rhetoric" does not
            owned = head_after_possessive(frame[frame.find(cue.speaker, tokens[s].start):])
            if owned is None:
                return None
            cue = Cue(owned, cue.role)
        pos = frame.find(cue.speaker, tokens[s].start) + len(cue.speaker)
        rest = frame[pos:]
        if cue.role and rest.lstrip(" ,").startswith(cue.role):
            # "Aaron Kall, the director of debate at …, compared": past the apposition and its closing comma
            rest = " " + rest.lstrip(" ,")[len(cue.role):].lstrip(" ,")
        # ("Sen. Jack Reed (D-R.I.), said …": a comma the writer left after the party label closes nothing)
        rest = re.sub(r"^\s*\([^)]{0,30}\)(?:\s*,(?=\s+[a-z]))?", "", rest)
        apposition = re.match(r"\s*,([^,]{0,60}),", rest) or _WHO_CLAUSE.match(rest)
        if apposition and not _CLAUSE.match(apposition.group(1)):
            rest = rest[apposition.end():]
        if _GERUND_CLAUSE.match(rest):
            return None  # "White America embracing Obama announced …": a gerund clause is the subject, no one speaks
        if cue.speaker.split()[0].lower() in QUANTIFIERS and _PLURAL_NOUN.match(rest):
            continue  # "Most Snopes assignments begin …": the name describes the plural noun after it, the subject
        if re.match(r"\s+[a-z]", rest):
            return cue
    return None


# A quantifier (lexicon.QUANTIFIERS) and a name before a lower-case word ending in -s: a plural noun the name
# describes ("Most Snopes assignments", "Many Trump rallies"), not a verb, which takes no -s after a plural ("Most
# Americans say").
_PLURAL_NOUN = re.compile(r"\s+[a-z]+[^s\W]s\b")


# A relative clause set off by commas after the subject, longer than a short apposition: "Sanders, who has represented
# mostly white Vermont in Congress for two decades, rallied …"
_WHO_CLAUSE = re.compile(r"\s*,(\s*(?:who|whose)\s[^,;:.!?\"“”§]{0,160}),")


# A name, then a participle and its object name: the subject is a gerund clause ("White America embracing Obama")
_GERUND_CLAUSE = re.compile(r"\s+[a-z]{3,}ing\s+[A-Z]")
