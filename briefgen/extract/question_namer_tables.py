"""The tables a question's subject is named by: pronouns, speakers' verbs, plural heads, name runs (question_namer)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.lexicon import SPEAKER_HEADS, SPEAKER_PRONOUN_VERBS
from briefgen.extract.question_mentions import whole_word
from briefgen.extract.speaker_words import AGENT_ENDINGS, NOT_AGENT_WORDS

_SUBJECT_PRONOUNS = {"he": "person", "she": "person", "they": "collective", "it": "collective"}
_POSSESSIVES = {"his": "person", "her": "person", "their": "collective", "its": "collective"}
# "Acme Corp. said it expects …": the speaker before the verb is who the clause's pronoun names ("told" takes its
# hearer first: "told reporters it …").
_SAID_BEFORE = re.compile(r"^(?P<head>.*?\S)\s+(?:" + "|".join(SPEAKER_PRONOUN_VERBS) + r"|told \w+)\s+"
                          r"(?:that\s+)?(?:(?:he|she|it|they|his|her|its|their)\b.*)?$", re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"^The\s+(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?P<verb>was|is|has|had|will|would|could|may|"
                          r"might|said|says|were|are|have)\b")
# The verbs after a subject that give its number, by the pronouns they rule out.
_NUMBER_OF_VERB = {**dict.fromkeys(("they", "their"), {"was", "is", "has"}),
                   **dict.fromkeys(("it", "its"), {"were", "are", "have"})}
_CALENDAR = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
_MID_CAPITALS = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]*")
# Endings of common nouns ("Clients", "Construction", "Management"): capitalised only as a sentence's first word.
_COMMON_NOUN_END = re.compile(r"(?:[^s]s|tion|sion|ment|ness|ity|ance|ence|ism)$")
_DEMONSTRATIVES = {"this", "that", "these", "those"}
# "Considering a Mac is intended to be portable, …", "Given the rules may change, …": a word that opens a subordinate
# clause or a preposition's phrase, never a subject ("Considering a Mac" is not a gerund with its object)
SUBORDINATING_PARTICIPLES = frozenset("considering given assuming supposing regarding concerning barring pending "
                                      "notwithstanding".split())
# "Summary BED may be linked to …": a box's label the page glued onto the sentence after it, before a capital
HEADING_LABELS = frozenset("Summary Conclusion Conclusions Takeaway Overview Background Recap".split())
# "those featured in the campaign", "those who voted", "those of us": a demonstrative standing for people, its noun a
# participle, relative or preposition after it; "the featured in the campaign" would be no noun phrase
_PRONOUN_DEMONSTRATIVE = re.compile(r"^(?:[a-z]+ed|who|whom|whose|which|that|in|of|with|at|from|on|for|among)\b")
# A singular thing named with "the" in the pronoun's own sentence, before it: "it" there is more likely that thing than
# a body of the sentence before ("Russia has stalled ratification. … called for ratification of the treaty, saying it
# would create …")
_THING_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[a-z-]+\s+){0,3}?[a-z-]{3,}(?<!s)\b(?!\s+[A-Z])")
# A reporting verb and "that" right before a body's name: the name opens the reported clause, whose "it" is that
# body, not the reporter's ("Bloomberg News reported on Friday that WeWork is … whether it violated …").
# The same with "the" or "this" alone (not "that", which opens clauses), for a thing between a body named in the
# pronoun's own sentence and the pronoun: "Julie Graham, Acme Health officer, said she did not want to judge the
# campaign, and thinks it could …" is the campaign, not Acme Health (rule thing-between-in-sentence).
# (not a thing after a preposition, which no clause takes as subject: "said that in the past it considered …")
PREPOSITIONS_BEFORE_A_THING = ("in", "on", "at", "to", "by", "of", "for", "with", "from", "into", "over", "under", "after",
                               "before", "about", "during", "through", "against")
_THING_BETWEEN = re.compile("".join(rf"(?<!\b{p} )" for p in PREPOSITIONS_BEFORE_A_THING) +
                            r"\b(?:the|this)\s+(?:[a-z-]+\s+){0,3}?[a-z-]{3,}(?<!s)\b(?!\s+[A-Z])")
REPORTED_THAT = re.compile(r"\b(?:" + "|".join(SPEAKER_PRONOUN_VERBS) + r")\b[^,;:]{0,30}?\bthat\s+(?:the\s+)?$",
                           re.IGNORECASE)
# A sentence's opening plural noun, after a quantifier and up to two modifiers, with the words after it that tell
# what they are, where a body may stand ("People who are diagnosed with BED", "families affected by …"); the
# plural before its verb ("Reporters asked about the Clintons. They may …") leaves "they" open to the object.
_PLURAL_SUBJECT = re.compile(r"^\W*(?:(?:The|These|Those|Many|Most|Some|All|Several|Other|Such|Few)\s+(?:[a-z-]+\s+){0,2})?"
                             r"(?P<noun>[A-Za-z][a-z-]{2,}(?<!ss)(?<!us)(?<!is)s|[Pp]eople|[Cc]hildren|[Mm]en|[Ww]omen)"
                             r"\s+(?:who|that|with|without|in|from|at|on|across|among|like|[a-z]{3,}ing|"
                             r"[a-z]{3,}ed\s+(?:by|with))\b")
# A sentence opening on he/she/his/her (after a quotation mark), and what follows a possessive name ("Epstein's").
_OPENING_PRONOUN = re.compile(r"^(?P<mark>[\"“‘']?)\s*(?P<word>He|She|His|Her)\b")
_POSSESSIVE_AFTER = re.compile(r"(?:'s|’s|'|’)(?!\w)")
# Verbs a thing or a state of affairs does with no object, not a body that speaks ("the weather … if it improves",
# "the shortage … until it eases"): such an "it", a thing named between, is not the speaker before "said" (rule
# it-thing-change; "Acme said it will close the plant if it cannot find a buyer" keeps Acme).
THING_CHANGE_VERBS = frozenset("improve improves worsen worsens deteriorate deteriorates clear clears ease eases "
                               "subside subsides persist persists abate abates intensify intensifies calm calms "
                               "stabilize stabilizes stabilise stabilises".split())
_CHANGE_NO_OBJECT = re.compile(r"\s+(?P<verb>[a-z]+)\b(?=\s*(?:[,.;:!?”\"]|$|\s(?:and|or|but|in|by|over|soon|"
                               r"enough|further|significantly|quickly)\b))")
# "While he refused to …, Mr. Obama deemed …": a he/she in a fronted clause is the person who opens the main clause
_FRONTED_PRONOUN = re.compile(r"^\W*(?:While|Although|Though|When|After|Before|Because|As|Since|Once|Even though)\s+"
                              r"(?:he|she)\b[^,;:\"“”]*,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
BINDING_REACH = 4  # words after the pronoun: its verb and the verb's object ("he might back Trump")


def _alone(surname: str, text: str) -> bool:
    """The surname in the text as a name of its own, not inside another ("Hillary Clinton", "the Clinton Foundation")."""
    return any(not re.search(r"[A-Z][\w.'’-]*\s+$", text[: m.start()]) and not re.match(r"\s+[A-Z]", text[m.end():])
               for m in whole_word(surname).finditer(text))


_CLAUSE_END = re.compile(r"[,;:()]|\s[-–—]{1,2}\s")
# "Lee Wang asked Clinton Friday whether she would …", "Maddow tried to press Warren on whether or not she would …":
# the pronoun of an indirect question names the person asked, never the asker (the sentence's subject).
ASKED_WHO = re.compile(r"\b(?:ask|asks|asked|asking|press|presses|pressed|pressing|question|questioned|quiz|quizzed|"
                       r"challenge|challenged)\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
                       r"(?:[\w.]+\s+){0,2}?(?:(?:on\s+|about\s+)?(?:whether|if|how|why|when|what|where)"
                       r"(?:\s+or\s+not)?\s+)?$")  # (the clause may be cut at its "if")
# Plural common nouns that open sentences as speakers; "he"/"his" after them is someone else.
GROUP_NOUNS = frozenset("neighbors neighbours residents officials police witnesses experts analysts authorities "
                        "investigators prosecutors critics officers sources doctors relatives friends parents "
                        "students workers protesters family".split())
_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")
# Nouns ending in "s" that name one thing ("the news", "the series"): no plural speaker
SINGULAR_S_NOUNS = frozenset("news series species means headquarters".split())
# A plural common noun heading a speaker ("some experts", "Local residents", "The company's lawyers"): "it" after its
# "said" is never those people (rule it-not-plural-speaker); the body a name or possessive before the noun gives is.
# Its number is question_grammar.is_plural's; a capital opening the sentence hides such a noun only when it is a word
# for people ("Economists said it", "Women said it"; not "Reuters said it", a name the article writes mid-sentence or
# names as an actor).
_PEOPLE_ENDINGS = tuple(ending + "s" for ending in AGENT_ENDINGS)


def word_for_people(low: str) -> bool:
    """Whether a lower-case plural is a word for people: a speaker noun ("women", "residents") or an agent noun
    ("economists", "lawyers", "historians"). Wider than speaker_tokens.people_noun (a person noun plus "s"), which
    heads a speaking crowd: here any plural that can be the people "it" does not name."""
    return low in SPEAKER_HEADS["person"] or (len(low) >= 6 and low.endswith(_PEOPLE_ENDINGS)
                                              and low not in NOT_AGENT_WORDS)


_NAME_RUN = re.compile(r"^(?:[A-Z][\w.'’-]*(?:\s+|$)){1,4}")
_STOP_NAME_WORDS = {"The", "A", "An", "But", "And", "In", "On", "At", "For", "After", "Before", "When",
                    "While", "As", "If", "However", "Meanwhile", "Still", "Yet", "It", "He", "She", "They",
                    # subordinators and other function words that open sentences, never names
                    "Though", "Although", "Because", "Since", "Until", "Unless", "Once", "Then", "So", "Now",
                    "There", "This", "That", "These", "Those", "We", "I", "You", "Even", "Despite", "With",
                    "Yeah", "Yes", "No", "Oh", "Well", "Okay", "OK", "Uh", "Um", "During", "From", "To", "By",
                    "Of", "Under", "Over", "Through", "Without", "Within", "Among", "Amid", "Following",
                    "According", "Like", "Unlike", "Upon"}


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    paragraph: int
    offset: int  # character offset in the article's joined text


_EITHER_SEX = re.compile(r"\b(?:he or she|she or he|his or her|her or his|him or her|he/she|s/he)\b", re.IGNORECASE)


def _leading_name(sentence: str) -> str | None:
    """Without actors, a sentence that opens with a capitalised name is taken to be about it."""
    match = _NAME_RUN.match(sentence)
    if not match:
        return None
    if re.match(r"[A-Z]{4,}\b", match.group(0)):
        return None  # "WASHINGTON --": a dateline, not a person
    words = [w for w in match.group(0).split() if w not in _STOP_NAME_WORDS]
    if not words or words[0] != match.group(0).split()[0]:
        return None
    if len(words) == 1 and words[0].lower() in GROUP_NOUNS:
        return None  # "Police found a woman in the car. She may have …": a body of people, never "he" or "she"
    if len(words) == 1 and words[0].endswith("s"):
        following = sentence[match.end():].split(" ", 1)[0]
        if following.islower() and not following.endswith("s"):
            return None  # "Authorities want …": a plural noun, never "he" or "she"
    words = [_POSSESSIVE_END.sub("", w) for w in words]
    return " ".join(words[-2:])
