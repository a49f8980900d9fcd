"""Tests on one sentence: can it stand alone as a summary line or key point, and whose words is it?"""

from __future__ import annotations

import re

from briefgen.extract.captions import caption_label
from briefgen.extract.date_rules import MONTHS, WEEKDAY_NAMES, WEEKDAYS
from briefgen.extract.lexicon import (
    ATTRIBUTION_VERBS, QUOTE_SPEAKER_VERBS, REPORTING_VERBS, SPEECH_VERB_FORMS, verb_alternation,
)

# A sentence opening with one of these leans on an earlier one and reads badly as a summary start.
DANGLING_START = re.compile(r"^(?:he|she|it|they|his|her|its|their|this|these|those|that|there|but|and|so|"
                            r"however|meanwhile|also|then|him|them|such)\b", re.IGNORECASE)
# Openers that lean on the sentence before, though no pronoun starts them ("Nor was it …", "Worse, …",
# "Among them: …"): a key point must stand alone.
LEANING_START = re.compile(r"^(?:nor|yet|still|worse|better|well|instead|rather|indeed|after all|in this case|"
                           r"in that case|among them|for example|for instance|in addition|additionally|moreover|"
                           r"furthermore|likewise|similarly|otherwise|thus|therefore|hence|as a result|even so|"
                           r"by contrast|in contrast|on the other hand|at the same time|['’]?cause(?! of)|because(?! of)|"
                           # a repeat or a step that points back ("Again, those surveyed said …", "To do so, the party
                           # must …"; "Since then, …" and "That said, …" were measured too: they cost 0.07 ROUGE-1 on
                           # the whole set, 0.01 ROUGE-Lsum on one half, and stay out)
                           r"again\b|then again|(?:to|in|by) do(?:ing)? (?:so|that|this)\b|in turn\b|in other words|"
                           r"as such\b|if so\b|if not\b|"
                           r"either way|in any case|"
                           # a short opener whose object is a pronoun ("Due to that, …", "Despite this, …")
                           r"(?:\w+\s){1,3}(?:that|this|these|those|it|them)\s*,|"
                           # an answer's first word, which leans on the question ("Yes, all cyclones are …")
                           r"(?:yes|no|yeah|yep|nope|sure|absolutely|exactly|definitely|of course|okay|ok|oh|um|uh|"
                           r"right|true|correct)\s*[,.!—–-]|"
                           # a speaker's filler that glosses what was just said ("I mean the theory was …", "You know,
                           # …")
                           r"I mean\b|you know\s*,|"
                           # an answer's ellipsis: a subject and its auxiliary, the verb left in the question ("I sure
                           # do, I sure do.", "We did.", "It is not.")
                           r"(?:I|we|you|he|she|it|they)\s+(?:\w+\s+)?(?:do|does|did|am|is|are|was|were|have|has|had|"
                           r"can|could|will|would|should|must)(?:\s+not|n['’]t)?\s*[,.!—–-])", re.IGNORECASE)
# An answer's sentence with no subject, opening on a verb and its object ("Fired us up for the actual Paralympics.",
# "Convinced me to stay."): its subject is in the question or the sentence before it.
SUBJECTLESS_START = re.compile(r"^[A-Z][a-z]+ed\s+(?:me|us|him|her|them|you|it)\b")
# A sentence that goes on from the one before it ("But now that …", "And it could also explain …"): a summary line only
# right after that sentence.
LINKED_START = re.compile(r"^(?:but|and|so|yet|however|also|then|meanwhile)\b", re.IGNORECASE)
# A line that counts itself beside something told before it ("Other Republicans echoed those comments", "Another
# amendment would repeal the Act", "Others said …", "The other two were freed", "The same could not be said for …",
# "The latter …"): alone, as a key point, it leans on a sentence the reader has not seen. The article's first sentence
# may open so: a lead often does ("Another cloud of smoke is set to descend on Delhi this week").
COMPARED_START = re.compile(r"^(?:(?:an)?other|others|the others?|the rest|the latter|the same\s+(?:could|can|cannot|"
                            r"can't|is|was|goes|went|applies|applied|holds|held|might|may|will|would)\b)\b(?![-’'])",
                            re.IGNORECASE)
# A line that counts itself after a first one ("A second aspect is the hours …", "The third reason is …"): alone, as a
# key point, it leans on the first, which the reader has not seen.
ORDINAL_START = re.compile(r"^(?:a|the)\s+(?:second|third|fourth|fifth|sixth)\s+(?!time\b|half\b|round\b)\w+",
                           re.IGNORECASE)
# A first word all in lower case opens a piece of a sentence ('would "not yield to excessive demands"', "ad blitz
# planned; romney to speak out."); a capital or a name spelt with an inner capital ("iPhone sales …", "wikiHow is a
# wiki-based site …") opens a sentence of its own. render.quote_text reads quotes with it too.
LOWER_CASE_WORD_START = re.compile(r"[a-z][a-z'’-]*\b")
# A fragment: a sentence that opens with a lower-case word, a dash or an ellipsis ("-- and he's in the end, …").
FRAGMENT_START = re.compile(r"^(?:[-–—…]|\.\.\.|" + LOWER_CASE_WORD_START.pattern + ")")
_OPEN_QUOTE = re.compile(r"^[\"“‘']")
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_QUOTE_OPENS = re.compile(r"[“\"]|(?:^|\s)[‘'](?=\w)")
# A photo caption's label ("Terrible: tragedy struck …", "Not allowed: the leaflet …"): one to three words and a
# colon, no speech verb ("Judge Milford added: …" is reported speech); any words, as the label goes and its sentence
# stays (captions.caption_label).
_CAPTION = re.compile("^" + caption_label("{0,2}", names=True))
_SAID = re.compile(verb_alternation(QUOTE_SPEAKER_VERBS))
# A pronoun whose person the sentence before names, or a sentence before that ("She promptly changed her name …" after
# "She married him …"): one for a person, not "it" or "this", which often stand for the sentence's own subject.
PERSON_PRONOUN_START = re.compile(r"^(?:he|she|they|his|her|their|him|them)\b", re.IGNORECASE)
# A short opening phrase, then a person's pronoun as the subject ("On Wednesday night, he acknowledged …", "If he
# succeeds, he would …"): read alone as a key point, the line names no one, as one opening on "He" does. Not when the
# opening names someone the pronoun may be ("After Obama won, he said …"): a capital past its first word, other than a
# day's or a month's name.
_OPENER_THEN_PRONOUN = re.compile(r"^(?P<opener>[A-Z][^,;:“”\"()]{0,40}),\s+(?:he|she|they)\s")
_CALENDAR_WORDS = frozenset((*WEEKDAYS, *MONTHS))  # (lower case: "Wednesday", "Sept.")


def pronoun_after_opener(sentence: str) -> bool:
    """True for a line whose subject, after a short opening phrase that names no one, is he, she or they."""
    match = _OPENER_THEN_PRONOUN.match(sentence)
    if not match:
        return False
    later = match.group("opener").split()[1:]
    return not any(w[:1].isupper() and w.strip(".").lower() not in _CALENDAR_WORDS for w in later)


def toggles_quote(sentence: str) -> bool:
    """True when the sentence leaves a quotation open (or closes one opened before it)."""
    straight = sentence.count('"') % 2 == 1
    curly = sentence.count("“") != sentence.count("”")
    return straight or curly


def outside_quotes(sentence: str) -> str:
    """The sentence's own words: closed quotations removed, and an unclosed one from its opening mark on."""
    text = _QUOTED.sub(" ", sentence)
    opening = _QUOTE_OPENS.search(text)
    return text[: opening.start()] if opening else text


def is_unattributed_quote(sentence: str) -> bool:
    """A sentence opening with a quotation and no speech verb outside it ("“It says that everyone is free."):
    on its own it is a quote without its speaker."""
    return bool(_OPEN_QUOTE.match(sentence)) and not _SAID.search(outside_quotes(sentence))


# The speaker's own words outside quotation marks ("I realised I was climbing for myself."): a quote's later
# sentence, whose speaker the sentence does not give; or an interviewer's words to the one interviewed ("Compared to
# previous candidates, you have done well").
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|we're|we’re|our|us|you|your|you're|you’re)\b")
# Who says it, in the third person ("he said", "told the court"); not "to say it was unexpected".
_ATTRIBUTED = re.compile(verb_alternation(ATTRIBUTION_VERBS))


# A sentence whose own subject is "I" or "we" ("I was basically hauled in and told that …") is someone's voice even
# with a speech verb in it: the verb is theirs.
_FIRST_PERSON_START = re.compile(r"^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|We|We're|We’re|We've|We’ve|My|Our)\b")
# A sentence whose subject is "you" ("You can list their qualities, but …", "You would be forgiven for thinking …") is a
# quote's later sentence or the writer talking to the reader: no one's news, unless a speaker is named at its end.
_SECOND_PERSON_START = re.compile(r"^(?:You|You're|You’re|You've|You’ve|You'd|You’d|You'll|You’ll|Your)\b")

# A third person's speech verb in the sentence's last clause: "…, said Bolt.", "…, she told the court.", "…, says a new
# paper."; not "I was hauled in and told that …".
_REPORTING = "|".join(REPORTING_VERBS)
_SAID_AT_THE_END = re.compile(rf"(?:\b(?:{_REPORTING})\s+(?!I\b|me\b|we\b|us\b|that\b)[\w.]+"
                              rf"|\b(?:he|she|they|[A-Z][\w.]*)\s+(?:{_REPORTING})\b"
                              r"|\baccording to\s+\w+)[^,;]*$")


def speaker_unknown(sentence: str) -> bool:
    own = outside_quotes(sentence)
    if _FIRST_PERSON_START.match(own.lstrip()) or _SECOND_PERSON_START.match(own.lstrip()):
        return not _SAID_AT_THE_END.search(own)  # ("I am ready to run,' said Bolt." names its speaker at the end)
    return bool(_FIRST_OR_SECOND_PERSON.search(own)) and not _ATTRIBUTED.search(own)


# A social-media post embedded in the page: an archive's markup ('<tweet id="…" author="@SpeakerRyan" …>…</tweet>'),
# the post's signature line ('— Paul Ryan (@SpeakerRyan) July 5, 2016'), or its text ending in the post's own link
# ('… pic.twitter.com/OqctxglquI'). It is someone's post shown as it was, not the article's telling: no summary line,
# key point or timeline event comes from it (the article tells what matters in its own words: "Ryan tweeted …").
EMBEDDED_POST_RULES: dict[str, re.Pattern[str]] = {
    "post-markup": re.compile(r"^\s*(?:<tweet\b|\">)|</tweet>\W*$|<tweet\s*/>\W*$"),
    "post-signature": re.compile(r"[—–-]\s*[^—–()]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\W*$"),
    "post-link-at-end": re.compile(r"(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)\W*$"),
}


# A post is at most 280 characters; with its markup and signature a paragraph this long is prose that ends with one
# (a text read as one paragraph, a summary data set's article, must never vanish for its last line).
POST_MAX_CHARS = 600


def is_embedded_post(paragraph: str) -> bool:
    """True for a paragraph that is an embedded social-media post or its signature (EMBEDDED_POST_RULES)."""
    if len(paragraph) > POST_MAX_CHARS and not paragraph.lstrip().startswith("<tweet"):
        return False
    return any(rule.search(paragraph) for rule in EMBEDDED_POST_RULES.values())


# An interview printed with a bold "Q" run into the question ("QYou've stayed on the sidelines …") and "A:" before
# each answer: the Q paragraphs are the interviewer's turns. Only beside "A:" answers ("QAnon believers …" is no label).
_GLUED_Q = re.compile(r"^Q(?=[A-Z][a-z’'])")
_ANSWER_LABEL = re.compile(r"^A\s*:\s")


def glued_question_turns(paragraphs: list[str]) -> frozenset[int]:
    """Indices of the paragraphs that are an interviewer's question with its "Q" label run into it."""
    if not any(_ANSWER_LABEL.match(text) for text in paragraphs):
        return frozenset()
    return frozenset(i for i, text in enumerate(paragraphs) if _GLUED_Q.match(text))


# A quotation that ends with "?" or "!" is split from its attribution ('“Isn’t that sort of a bribe?”' | 'Trump
# asked.'): the attribution alone states nothing, and the quotation alone has no speaker. They are one sentence.
_ENDS_WITH_QUOTED_CRY = re.compile(r"[?!][”\"’']$")
# Who speaks in an attribution, and an adverb: "Trump", "He", "The aide", "Mr. Smith quickly".
_ATTRIBUTION_SUBJECT = (r"^(?:(?:[A-Z][\w'’.-]*\s+){1,4}|(?:He|She|They|We|It)\s+|The\s+[\w-]+(?:\s+[\w-]+)?\s+)"
                        r"(?:\w+ly\s+)?")
# After a quoted question or cry, a name with its apposition too ('“How are you today?”' + 'Miller, a retired worker
# from a nuclear plant, said pleasantly into the phone.'): nothing else opens a sentence that way and then says it.
_NAME_WITH_APPOSITION = r"^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?:a|an|the)\s+[^,“”\"]{1,60},\s+(?:\w+ly\s+)?"
_ATTRIBUTION_START = re.compile(f"(?:{_ATTRIBUTION_SUBJECT}|{_NAME_WITH_APPOSITION})" + verb_alternation(
    QUOTE_SPEAKER_VERBS + ("replied", "responded", "tweeted", "declared")))
# An attribution's first word written small once it is joined to its quotation ('“…?” he asked', '“…!” the aide said')
_SMALL_AFTER_QUOTE = ("He", "She", "They", "We", "It", "The")


# After a quotation that ends with a full stop, only an attribution that says nothing more is its speaker's
# ('…missing.”' + 'Trump said.', '…'' + 'Mr. Trump wrote on Twitter on Monday.'); "He added, “…”" opens a new quotation.
# Saying nothing more, any speech verb in the past tense attributes it ('…aplomb.'' + 'Meacham concluded in an
# interview.').
_ENDS_WITH_QUOTE = re.compile(r"(?:[.”\"’]|''|\.')$")  # (a straight single mark only after a full stop)
_PAST_SPEECH_VERBS = tuple(sorted(w for w in SPEECH_VERB_FORMS if w.endswith("ed") or w in ("said", "told", "wrote")))
_SPEAKER_VERB = verb_alternation(QUOTE_SPEAKER_VERBS + _PAST_SPEECH_VERBS)  # (also in _PRONOUN_ATTRIBUTED)
_ATTRIBUTION_THEN_NOTHING = re.compile(_ATTRIBUTION_SUBJECT + _SPEAKER_VERB)
_NOTHING_MORE = re.compile(r"\s*(?:\.$|(?:on|in|at|during|to|from|while|after|before|last|this|earlier|later|late|"
                           rf"yesterday|today|recently|{WEEKDAY_NAMES})\b)")


def _attribution_of(previous: str, sentence: str) -> bool:
    if _ENDS_WITH_QUOTED_CRY.search(previous):
        return _ATTRIBUTION_START.match(sentence) is not None
    if not _ENDS_WITH_QUOTE.search(previous) or previous[-1] == ".":
        return False
    start = _ATTRIBUTION_THEN_NOTHING.match(sentence)
    return bool(start) and bool(_NOTHING_MORE.match(sentence, start.end()))


def with_attributions(sentences: list[str]) -> list[str]:
    """The sentences, an attribution split from the quotation before it joined back ('“Not fit!” Trump tweeted.',
    '“Too forced?” he tweeted when …', '“… are missing.” Trump said.')."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and _attribution_of(joined[-1], sentence):
            first = sentence.split(" ", 1)[0]
            if first in _SMALL_AFTER_QUOTE:
                sentence = first.lower() + sentence[len(first):]
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return joined


# A quoted question and no more than its attribution ('“Did you know it was Mussolini?” Todd asked the mogul.'): still a
# question, not news the article tells.
_QUOTED_QUESTION_THEN_WHO = re.compile(r"\?(?:''|[”\"’'])\s+(?P<who>[^\"“”]{0,80})$")  # ("…, didn't he?'' Mrs. Clinton said.")


def asks(sentence: str) -> bool:
    """A question ("Do you think magic is alive today?"): what the article asks, not what it tells or dates."""
    return sentence.rstrip("”\"' ").endswith("?")


def quotes_a_question(sentence: str) -> bool:
    """'“That would be you?” Borger asked.': someone's question and who asked it, no news for a summary or key point
    (the timeline still dates the asking)."""
    tail = _QUOTED_QUESTION_THEN_WHO.search(sentence)
    who = tail.group("who") if tail else ""
    return bool(who) and _ATTRIBUTION_START.match(who[:1].upper() + who[1:]) is not None  # ("… Mistake?” he asked.")


# A results table's row run into the next row's number ("Lewis Hamilton (Britain) Mercedes 1:35.782 2."): a figure,
# then the next place's number and its full stop; no prose line ends so.
_TABLE_ROW = re.compile(r"\d[\d:.,]*\s+\d{1,2}\.$")


TABLE_FIGURE_SHARE = 0.4  # a line whose words are this much figures is a table's (players' ratings, results)


def is_table_row(sentence: str) -> bool:
    words = sentence.split()
    figures = sum(any(c.isdigit() for c in w) for w in words)
    return bool(_TABLE_ROW.search(sentence.rstrip())) or (len(words) >= 8 and figures / len(words) >= TABLE_FIGURE_SHARE)


# A quotation in single marks opened after a speech colon or comma and not closed in its sentence ("Mr Rose said: 'The
# officers told me … sausage rolls.", the quote running on into the next sentence, as British papers print it): a line
# shown alone closes it, so the speaker's words do not seem to run on past the line. Its closing mark is the opening
# one's pair; a mark glued to a word on both sides is an apostrophe ("I’m"), and one after a word and before a space or
# a stop may close the quote or be a possessive ("the players' actions"): either way the line is left as it is.
_SINGLE_QUOTE_OPENS = re.compile(r"(?:^|[:,]\s+)([‘'])(?=[A-Z])")
_SINGLE_QUOTE_CLOSES = {"‘": re.compile(r"’(?!\w)"), "'": re.compile(r"'(?!\w)")}
_CLOSING_MARK = {"‘": "’", "'": "'"}


def with_its_quote_closed(line: str) -> str:
    """The line with the closing mark of a single-quoted quotation it leaves open (_SINGLE_QUOTE_OPENS) added after
    its last stop: "He said: 'We will win." -> "He said: 'We will win.'"."""
    opening = _SINGLE_QUOTE_OPENS.search(line)
    if not opening or not line.rstrip().endswith((".", "!", "?")):
        return line
    mark = opening.group(1)
    if _SINGLE_QUOTE_CLOSES[mark].search(line, opening.end()):
        return line
    return line.rstrip() + _CLOSING_MARK[mark]


# A lone quotation mark and a space at a line's head, and no other mark in it ("' Police say there were no signs …",
# "' They did not need to have …"): the mark closes the sentence before's quotation, which the splitter left here, or
# opens a quotation that runs on into the next sentence, as British papers print a quote's later paragraphs; which, the
# line cannot tell. Alone, as a key point, it would show a stray mark or a quote as the article's own words.
_LEADING_LONE_MARK = re.compile(r"^['’\"”]\s+(?=\S)")
# a mark, not an apostrophe: not glued to letters or figures on both sides ("I’m", "rock'n'roll" are apostrophes)
_QUOTE_MARK = re.compile(r"(?<![^\W_])['’‘\"“”]|['’‘\"“”](?![^\W_])")


def opens_with_a_lone_mark(sentence: str) -> bool:
    """True for a line whose head is a quotation mark it does not pair (_LEADING_LONE_MARK)."""
    lone = _LEADING_LONE_MARK.match(sentence)
    return bool(lone) and not _QUOTE_MARK.search(sentence, lone.end())


def introduces_a_list(sentence: str) -> bool:
    """"The Latest on the presidential race (all times EDT):": a list's introduction, not a summary line."""
    return sentence.rstrip().endswith(":")


def strip_caption_label(sentence: str) -> str:
    """'Terrible: tragedy struck …' → 'Tragedy struck …': a photo caption's label dropped (its words are the news);
    'Judge Milford added: …' is reported speech and stays."""
    label = _CAPTION.match(sentence)
    if not label or LEANING_START.match(sentence) or len(sentence) - label.end() < 20:
        return sentence  # ("Among them: …" leans on the sentence before: it stays whole and is no key point)
    rest = sentence[label.end():].lstrip("'‘ ")
    return rest[:1].upper() + rest[1:]


# Lines of page furniture that read as prose, by rule name: an author's one-line bio at the end ("Jane Roe is a
# reporter for NBC News."), a numbered footnote or reference ("[1] Alarm fatigue: …"), a box of links ("Top
# entertainment headlines for Nov. 19 are here.").
FURNITURE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("furniture.author-bio", re.compile(
        r"^(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+\s+is\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:reporter|correspondent|"
        r"writer|editor|columnist|contributor|producer|journalist)\b(?:\s+(?:for|at|with|on|of)\s+[^.;:]{1,50})?\.$")),
    ("furniture.footnote", re.compile(r"^\[\d{1,3}\]\s")),
    ("furniture.headlines-box", re.compile(r"^.{0,80}\b(?:top|latest)\s+(?:[\w&]+\s+){0,4}headlines\s+(?:for|are here)\b",
                                           re.IGNORECASE)),
)


def page_furniture(sentence: str) -> str | None:
    """The name of the FURNITURE_LINES rule the sentence matches, else None."""
    return next((name for name, pattern in FURNITURE_LINES if pattern.match(sentence)), None)


# A quotation whose speaker is only a pronoun ('“He is used to scoring goals,” he said.'): read alone, as a key point
# is, it names no one; the page's quotes show it with its speaker.
_PRONOUN_ATTRIBUTED = re.compile(r"^[“\"‘'].*?[,.?!…—-][”\"’']\s+(?:he|she|they)\s+(?:\w+ly\s+)?" + _SPEAKER_VERB)


def attributed_to_a_pronoun(sentence: str) -> bool:
    """Whether the sentence is a quotation attributed to "he", "she" or "they" only."""
    return _PRONOUN_ATTRIBUTED.match(sentence) is not None
