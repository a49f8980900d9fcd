"""A year opening a sentence that frames no event: a state since then ("Since 1964, voters have been …"), a hypothetical ("By 2019, the war would cost …")."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import FINITE_AUXILIARIES, SPEECH_VERB_FORMS

# What follows an opening year's phrase and its subject (a few words, see _plain_subject) when the sentence tells no
# event at that year. By name: the words the year's phrase opens with, and the verb group after the subject.
#   "state since": an opening "Since 1964," with a present perfect of a state (STATE_PARTICIPLES: "Since 1964, a
#       majority of voters have been women", "Since 2000, it's been a Republican standby", "Since 2007, Republicans
#       have become …"): a state up to the article's day, no event at 1964. (An action's "Since 2009, the orchestra
#       has played every summer …" starts at that year: it stays dated.)
#   "hypothetical": a conditional modal ("By 2019, the trade war would cost …", "In 2030, the city could run out of
#       water"): a projection or a supposition, not something that happened or is set to happen. ("could not" is a
#       past fact: "In 2012, the council could not agree on a budget".)
#   "present state": "it" told in the present ("“In 2016, it's harder for her …”", "In 2030, it is a different town"):
#       how things stand in that year, no event (not "it's going to …", "it is set to …", a plan; not "it is expected",
#       a passive that may tell one).
STATE_PARTICIPLES = ("been", "become", "remained", "stayed")
# A story's "would" that tells what came next is no supposition: "In 1968, he would go on to win the nomination",
# "By 1975, the firm would later employ …".
NARRATIVE_AFTER_WOULD = ("go on", "later", "eventually", "ultimately", "soon", "then", "again", "finally")
OPENING_YEAR_NON_EVENTS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("state since", ("since",), re.compile(rf"(?:has|have|['’]ve|['’]s)\s+(?:(?:not|never|also|only|long|always|"
                                           rf"\w+ly)\s+)?(?:{'|'.join(STATE_PARTICIPLES)})\b")),
    ("hypothetical", ("in", "by", "until", "from", "during", "before", "after"),
     re.compile(rf"(?:would|might|could(?!\s+(?:not|never)\b))\b(?!\s+(?:{'|'.join(NARRATIVE_AFTER_WOULD)})\b)")),
    ("present state", ("in",), re.compile(r"(?:['’]s|\bis)\s+(?!(?:going|set|due|about|scheduled|planned|to)\b)"
                                          r"(?!\w+(?:ed|en)\b)\w+")),
)
PRONOUN_SUBJECT_RULES = ("present state",)  # rules whose subject is "it" alone
_PRONOUN_IT = re.compile(r"it(?:['’]s|\s+is)\b")
SUBJECT_MAX_WORDS = 7  # words between the phrase's comma and its verb, at most
# Words that show the subject has ended and another clause begun ("In 2008, Clinton said she would …": the event is
# her saying it; "In 2014, Obama unveiled what would become …").
_CLAUSE_WORDS = frozenset({*FINITE_AUXILIARIES, *SPEECH_VERB_FORMS, "that", "what", "which", "who", "whom", "whose",
                           "when", "where", "if"})
# Before the year's phrase: nothing, a quotation mark, or a link word ("But since 2000, it's been …").
LINK_WORDS = ("And", "But", "Yet", "So", "Still")
_OPENING = re.compile(r"^\W{0,3}$")
_LINKED_OPENING = re.compile(rf"^\W{{0,3}}(?:{'|'.join(LINK_WORDS)}),?\s+$")
_PHRASE_END = re.compile(r",\s+")
_WORD = re.compile(r"[\w'’.-]+")


def _plain_subject(words: list[str]) -> bool:
    """Whether words can be a subject alone: none a verb of another clause (_CLAUSE_WORDS, a lower-case '-ed')."""
    return all(w.lower() not in _CLAUSE_WORDS and not (w.islower() and w.endswith("ed")) for w in words)


def opening_year_non_event(sentence: str, start: int, end: int, phrase: str) -> str | None:
    """The name of the OPENING_YEAR_NON_EVENTS rule a year's phrase (`phrase`, at start:end of `sentence`) opening
    its sentence or quotation meets, else None."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    if not ((phrase[:1].isupper() and _OPENING.match(sentence[:start])) or _LINKED_OPENING.match(sentence[:start])):
        return None
    comma = _PHRASE_END.match(sentence, end)
    if comma is None:
        return None
    rest = sentence[comma.end():]
    for name, openers, verb in OPENING_YEAR_NON_EVENTS:
        if first not in openers or (name in PRONOUN_SUBJECT_RULES and not _PRONOUN_IT.match(rest)):
            continue
        for found in verb.finditer(rest):
            subject = _WORD.findall(rest[:found.start()])
            if 1 <= len(subject) <= SUBJECT_MAX_WORDS and _plain_subject(subject) \
                    and not re.search(r"[,;:()—–]", rest[:found.start()]):
                return name
            if subject:  # (only the first verb after a subject: later ones are another clause's)
                break
    return None
