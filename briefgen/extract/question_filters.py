"""Rules as data for what an open question must not rest on: captions, notices, opinions, granted or past clauses."""

from __future__ import annotations

import re

from briefgen.extract.captions import AFTER_PROSE, Certainty, caption_label, is_caption
from briefgen.extract.lexicon import ANSWER_VERBS, verb_alternation

# Where a run-on made of a sentence and captions splits: before a caption's label (captions.caption_label), and
# before a word that opens sentences but never sits capitalised inside one ("… part of an overcrowded curriculum
# However, Tory …").
RUN_ON_SEAM = re.compile(AFTER_PROSE + "( )(?=" + caption_label("{0,3}") + ")|"
                         r"\b[a-z]+( )(?=(?:However|Meanwhile|He|She|They|It|But|We)\s)")

# Sentences that are the publisher's notices, not news: nothing in them is left open by the story.
NOTICES: dict[str, re.Pattern[str]] = {
    # ("More details would follow on Friday, the minister said" is news: only the stock phrases count)
    "update notice": re.compile(r"\bas (?:it|they|details|more) becomes? available\b|\b(?:this|the) story (?:will be|"
                                r"is being|has been) updated\b|\bcheck back (?:later|for)\b|"
                                # "We … will update this article if more information becomes available."
                                r"\bupdate (?:this|the) (?:article|story|post|report)\b", re.IGNORECASE),
}


def run_on_pieces(sentence: str) -> list[tuple[int, str]]:
    """A sentence with captions run into it (CNN/DailyMail pages lose their caption breaks), as (offset, piece) without
    the pieces that may be a caption (Certainty.MAYBE): a question built on one asks about a photo, and its evidence
    reads as a jumble. Others whole."""
    if not is_caption(sentence, Certainty.MAYBE):
        return [(0, sentence)]
    starts = [0] + [m.end(m.lastindex or 0) for m in RUN_ON_SEAM.finditer(sentence)]
    pieces = [(start, sentence[start:end].strip()) for start, end in zip(starts, starts[1:] + [len(sentence)])]
    return [(start, piece) for start, piece in pieces
            if piece and not is_caption(piece, Certainty.MAYBE)]


# Headlines the source printed as paragraphs above its story ("Judge rejects New York Times request to unseal Trump
# divorce file.", "Trump, Sanders lead; primary unlikely to settle race."): short paragraphs without an article before
# the first paragraph of prose. A question on them may keep their headline English ("Will primary settle race?").
HEADLINE_MAX_WORDS = 20
PROSE_MIN_WORDS = 25
HEADLINE_REACH = 4  # headline, deck and kicker lines come among the first paragraphs


def headline_paragraphs(paragraphs: list[str]) -> set[int]:
    """Indices of the paragraphs that are headline lines above the story's first paragraph of prose."""
    found: set[int] = set()
    for index, text in enumerate(paragraphs[:HEADLINE_REACH]):
        words = len(text.split())
        if words >= PROSE_MIN_WORDS:
            return found
        if words <= HEADLINE_MAX_WORDS and not _ARTICLE.search(text):
            found.add(index)
    return set()  # (no prose below: the short lines are the story itself)


_ARTICLE = re.compile(r"\b(?:the|a|an)\b", re.IGNORECASE)  # a headline drops them; a short lede keeps them
# A question from a headline line whose subject is a bare singular noun ("Will judge accept …", "Will 2nd website let
# …") reads as a headline; one about a name ("Will Clinton's emails be released?") or a plural ("Are single mothers
# covered?") reads as English.
HEADLINE_SUBJECT = re.compile(r"^\S+\s+(?!(?:the|a|an|this|that|these|those|there|his|her|its|their|some|any|many|"
                              r"more|most|all|each|every|no|both|few|several|it|they|he|she)\b)[a-z0-9]"
                              r"(?![\w.-]*[^s\W]s\s|\S*\s+[a-z-]*[^s\W]s\b)")


def is_notice(sentence: str) -> bool:
    return any(rule.search(sentence) for rule in NOTICES.values())


# Sentences that advise the reader: what follows holds for the reader's own case, nothing the story leaves open.
READER_ADVICE: dict[str, re.Pattern[str]] = {
    # "If you have an older dock, the adapter will connect it", "So if you start believing, good things are going to
    # happen", "…: if you think it should be better, please help" (a condition inside the sentence, "the problem, if you
    # are a Republican, is …", "if you look at the polls" after a clause, stays)
    "condition put to the reader": re.compile(r"^[\"“‘'(]?\s*(?:(?:so|but|and|then|now|well)\s*,?\s+)?"
                                              r"(?:if|unless|once|when)\s+you\b|[:;]\s+(?:if|unless|once|when)\s+you\b",
                                              re.IGNORECASE),
}


def is_advice(sentence: str) -> bool:
    return any(rule.search(sentence) for rule in READER_ADVICE.values())


# What the clause before a cue says about it; each makes the cue's clause nothing a later report can settle.
CLAUSE_CONTEXT: dict[str, re.Pattern[str]] = {
    # "I think he is quite clever": the speaker's own opinion, not a report of what is unknown (the question would ask
    # whether a quoted person is right); "we believe there was a struggle" is often a body's (police, a company)
    "first-person opinion": re.compile(r"(?:^|[\s'‘\"“])I\s+(?:\w+\s+)?(?:think|thought|believe|believed|"
                                       r"suspect|suspected|guess|feel|felt|reckon|imagine|suppose|hope|bet|"
                                       r"am sure|am confident|'m sure)\b[^.;:!?]*$"),
    # "Whilst the panel accepts that he may have felt under pressure", "Even though support may be less strong":
    # what is granted is not in doubt
    # (what is admitted may be the doubt itself: "Muto admits that he isn't sure if he will join …")
    "granted": re.compile(r"\b(?:accepts?|accepted|acknowledges?|acknowledged|concedes?|conceded|admits?|admitted|"
                          r"even though|whilst|granted)\b(?:\s+that)?(?:(?!\b(?:sure|unsure|unclear|certain|uncertain|"
                          r"whether|if|know)\b)[^.;:!?,])*$", re.IGNORECASE),
    # "Don't for a moment believe Trump isn't going to be prepared": the writer tells the reader the opposite is sure
    "imperative not to believe": re.compile(r"^\W*(?:Don['’]t|Do not|Never)\s+(?:[\w,]+\s+){0,4}?(?:believe|think|"
                                            r"assume|imagine|doubt)\b[^.;:!?]*$"),
    # "It's hard to believe that his allegory is 44 years old": surprise at a fact
    "hard to believe": re.compile(r"\b(?:hard|difficult|tough) to (?:believe|imagine)\b[^.;:!?]*$", re.IGNORECASE),
    # "It is incredible that such a society could produce such candidates", "It's astounding that he refuses …": the
    # clause is a fact the speaker marvels at or deplores, up to a clause of its own ("astounding that he went ahead,
    # for fear that it would …" leaves the fear open; "ironic that X could be …" may still weigh a chance: left)
    "marvelled-at fact": re.compile(r"\b(?:incredible|unbelievable|astounding|astonishing|amazing|remarkable|"
                                    r"extraordinary|shocking|shameful|disgraceful|outrageous|sad|tragic|troubling|"
                                    r"disappointing)\s+that\s+(?:(?!\bthat\b)[^.;:!?])*$", re.IGNORECASE),
    # "colour-coded so you know if the doors need a key", "a gauge lets you see whether the tank is full": the reader
    # is shown how to find out, so nothing is left open ("you never know if …", "you can't tell whether …" stay)
    "reader finds out": re.compile(r"\byou\s+(?:can\s+|could\s+|will\s+|['’]ll\s+)?(?:easily\s+|quickly\s+|"
                                   r"instantly\s+|always\s+|then\s+)?(?:know|see|tell|check|find\s+out|work\s+out|"
                                   r"learn)\s+(?:(?:if|whether)\s+)?$", re.IGNORECASE),
    # "I used to believe Central Asia would become a bone of contention, but …", "Doctors at first thought the boy
    # might …": a belief its holder gave up, nothing the story leaves open (up to a comma: "Once thought extinct, the
    # bird may …" doubts the bird's number, not the old belief)
    "belief given up": re.compile(r"\b(?:used\s+to|once|initially|originally|at\s+first|previously)\s+(?:believe|"
                                  r"believed|think|thought|assume|assumed|expect|expected|suppose|supposed|fear|"
                                  r"feared)\b[^.;:!?,]*$", re.IGNORECASE),
    # '"We have brains." — Peres, on whether the oil wealth will eclipse …': a pull-quote's caption names the doubt the
    # quote before it answers
    "pull-quote topic": re.compile(r"[\"”]\s*[—–]\s*(?:[A-Z][\w.'’-]*\s*){1,4},\s+on\b[^\"“”]*$"),
    # "By 1929, the arrows could direct flights …": a modal under a past date tells what was so then
    # (the date opens the sentence and governs the clause: "until 1993, so the decision may …" looks ahead)
    "past date": re.compile(r"^\W*(?:In|By|Until|During|Before|From)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?"
                            r"(?:1[6-9]\d\d|200\d)s?,?\s+[^,.;:!?]*$"),
}


def clause_context(before: str) -> str | None:
    """The name of the CLAUSE_CONTEXT rule the text before a cue meets, or None."""
    return next((name for name, rule in CLAUSE_CONTEXT.items() if rule.search(before)), None)


# "Asked why he was pictured at the front of the mob, he said: 'The crowd pushed me'": the reported question is
# answered in its own sentence (a refusal to answer leaves it open).
ANSWERED_ASKING = re.compile(r"^[^,]*,\s*(?:\S+\s+){1,4}" + verb_alternation(ANSWER_VERBS)
                             + r"(?![^.]*\b(?:not|n't|no comment|declined|refused)\b)")

# Singular nouns for people: in "an UberX driver was arrested after he …" the "he" is the driver, not the last
# person the article named.
PERSON_NOUNS = frozenset(
    "man woman boy girl driver passenger officer suspect victim teenager mother father son daughter wife husband "
    "brother sister friend neighbour neighbor pensioner student teacher doctor nurse patient worker employee "
    "customer owner resident gunman attacker pilot soldier child baby player coach manager fan judge lawyer "
    "spokesman spokeswoman witness guard intruder shopper motorist cyclist pedestrian tourist mum dad grandmother "
    "grandfather boyfriend girlfriend partner colleague stranger".split())
PERSON_NOUN_PHRASE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){0,2}(?:"
                                + "|".join(sorted(PERSON_NOUNS)) + r")\b")
# A plural noun after a determiner or a preposition: in "working on drones at sea -- and they could be …" the
# "they" is the drones, not the body named before them.
PLURAL_NOUN_PHRASE = re.compile(r"\b(?:the|these|those|such|many|some|several|other|all|its|their|\d[\d,]*|on|of|for|"
                                r"with|about|from|by|at)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b(?<!ss)(?<!us)(?<!is)")
# A body named after a preposition ("a system backed by the British Red Cross", "deals with Albania") is not the
# subject a later pronoun takes ("of" is left out: "a unit of DPC Acquisition Partners said it …" is that body's).
PREPOSITION_BEFORE = re.compile(r"\b(?:by|for|with|in|at|from|to|on|about|against|between|among|under|over)"
                                r"\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*\s+){1,3}(?:and|or)\s+(?:the\s+)?)?$", re.IGNORECASE)
# A sentence whose own subject is a common noun ("A similar fast-track system … over fears it would …") gives its
# "it" that noun, not a body named in the sentence before.
COMMON_NOUN_SUBJECT = re.compile(r"^\W*(?:A|An|The|This|That|These|Those)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s")
