"""The one-line event a date in a sentence belongs to: the sentence, or the clause of a long one that holds the date."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence

from briefgen.extract.date_rules import PAST_TENSE, names_a_date
from briefgen.extract.event_parts import (
    DETERMINER_PART, FINITE, LEANING, clause_and_splits, leaning_starts, segments,
)
from briefgen.extract.event_relative import relative_as_clause, subject_relative_event
from briefgen.extract.lexicon import SPEECH_VERB_FORMS, verb_alternation
from briefgen.extract.sentences import word_count
from briefgen.extract.timeline_clauses import opening_clause_alone, opens_with_a_phrase
from briefgen.extract.timeline_marks import close_quotes
from briefgen.extract.timeline_verbs import clause_after_colon, has_a_finite_word, may_have_a_verb
from briefgen.readers.dateline import strip_dateline

MIN_EVENT_WORDS = 8
MAX_EVENT_WORDS = 30

_ATTRIBUTION = re.compile(r",?\s*(?:[\w.’'-]+\s){0,4}(?:said|says|told \w+|according to [^,]+)\s*[.,]?$")  # ("Mr. Lee said")
# A conjunction that opens a clause with its own subject ("— and tomorrow he plans to …", ", as Clinton will host …"):
# that clause is an event of its own once the conjunction is dropped. (Not ", and wrote that …": no subject.)
_TIME_WORDS = r"(?:(?:on\s+)?(?:today|tomorrow|yesterday|tonight|[A-Z][a-z]+day)\s*,?\s+)?"
CLAUSE_CONJUNCTION = re.compile(
    r"^(?:and|but|while|whereas|as|although|though|so)\s+(?=" + _TIME_WORDS +
    r"(?:he|she|it|they|we|I|the|a|an|this|his|her|their|its|[A-Z][\w'’-]+)\b)")
# A clause's end worth stopping at: what follows starts another clause or an aside, not the rest of this one.
# Words in -ing that are no participle ("morning", "spring"). "during" ends a whole clause ("… fled the country in
# February 2014, during a popular revolt …") but not an opening phrase still waiting for its verb ("Sitting down with
# MSNBC on Thursday, during which she also touched on …, Clinton remarked …": see _waits_for_its_verb).
NOT_PARTICIPLES = ("during", "thing", "things", "morning", "evening", "spring", "string", "king", "ring", "wing",
                   "ceiling")
_DURING = re.compile(r"^during\b", re.IGNORECASE)
_STOP_BEFORE = re.compile(r"^(?:and|but|or|while|whereas|as|although|though|so|which|who|whom|whose|where|when|"
                          r"because|since|after|before|including|with|according)\b|"
                          rf"^(?!(?:{'|'.join(NOT_PARTICIPLES)})\b)(?-i:[a-z]+ing)\b",
                          re.IGNORECASE)  # (and a participle's aside: ", emerging with no agreement")
# A conjunction or linking adverb opening a sentence ties it to the one before; the event reads without it.
# ("So far in 2016, …" keeps it, and so does "So says a voice …", "So did the council": "So" and the verb before its
# subject.)
_OPENING_LINK = re.compile(r"^(?:And|But|Yet|So(?!\s+(?:far|says|said|do|does|did|is|was|are|were)\b)|However|Still),?"
                           r"\s+(?=\S)")
# The date in a sentence's attribution: "the Associated Press reported Friday.", "the campaign announced on Friday."
_ATTRIBUTION_CLAUSE = re.compile(r"^(?:[\w(][\w'’.()-]*\s){1,6}(?:said|says|reported|announced|told \w+)\b[^,;]{0,40}[.,]?$")
# (a party after the name: "Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.")
# A part that opens like a sentence of its own, run on after a comma ("…, The retail site offers two free hours"):
# the date's clause ends before it.
_NEW_SENTENCE = re.compile(r"^(?:The|A|An|This|That|These|Those|He|She|It|They|We|I|His|Her|Its|Their)\s")
_STRONG_BREAK = re.compile(r"(?:;|\s[—–])\s*$")
# A part that ends just after "that" and a short subject, or none ("showed that the suit,", "expected to show that
# Cruz,", "It was less than two weeks ago that,"): the clause's verb comes after the aside, so it is not whole there.
# A part that opens with its clause's verb ("issued an open letter …", "concluded that …", "is expected to …"): the
# predicate of a subject that an aside interrupted.
_PREDICATE_START = re.compile(r"^(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|could|may|might|must|"
                              r"should|said|says|told|made|took|gave|won|lost|sent|went|came|found|met|began|held|left|"
                              r"got|saw|wrote|ran|led|brought|paid|put|set|hit|chose|kept|became|spent|sold|struck)\b")
ASIDE_PARTS = 4  # parts an aside may take between a subject and its verb
_NEGATED = re.compile(r"\b\w+n['’]t\b")  # ("didn’t", "won't": a verb)
# A speaker's attribution after the quotation it closes: '…,” Clinton said at …', '…," the minister told reporters …'.
_SPEAKER_AFTER_QUOTE = re.compile(r"^(?:[\w'’.-]+\s){1,6}" + verb_alternation(tuple(sorted(SPEECH_VERB_FORMS))))
# An attribution whose speaker's name and post take parts of their own ('…,” Sweden's deputy director of public
# prosecutions, Eva-Marie Persson, said on Tuesday.'): the words before its verb, commas and all.
ATTRIBUTION_SPEAKER_WORDS = 14  # words of a speaker's name and post before the verb ("John Williams, the president of
# the Federal Reserve Bank of New York, said …")
_SPEAKER_PARTS_AFTER_QUOTE = re.compile(r"^(?:[\w'’.,()-]+\s){1,%d}?" % ATTRIBUTION_SPEAKER_WORDS
                                        + verb_alternation(tuple(sorted(SPEECH_VERB_FORMS))))
ATTRIBUTION_PARTS = 3  # parts such an attribution may take
# A clause with a subject of its own after an attribution's verb ('said as she and hundreds of others marched'): the
# date in it is its event's, not the quotation's. ('said while campaigning', 'taped and released' are no clause.)
_SUBJECT_CLAUSE = re.compile(r"\b(?:as|when|while|after|before|because|since|and|but)\s+(?:he|she|it|they|we|I|the|a|"
                             r"an|his|her|their|its|[A-Z][\w'’-]+)\b")
_QUOTE_CLOSES = re.compile(r"(?:[,!?][\"”’]|[\"”’],)$")
_QUOTE_OPENS = re.compile(r"^[\"“‘]")
QUOTE_PARTS = 4  # parts a quotation before its attribution may take
MIN_QUOTE_WORDS = 5  # words of the quotation worth showing before its attribution
_CLAUSE_WORD = re.compile(r"\s(?=(?:when|while|after|before|as|because|since|where|which|who|including|and|but)\s)")
_OPEN_COMPLEMENT = re.compile(r"\b(?:that|whether)(?:\s+(?:the|a|an|his|her|its|their|this|these|those|[A-Z][\w’'.-]*)"
                              r"(?:\s+[\w’'.-]+){0,2})?,$")  # (not a relative clause: "a warehouse that opened in 2011,")


def _words(text: str) -> int:
    return len(text.split())


def _unlinked(sentence: str) -> str:
    """'But on Tuesday, it increased …' → 'On Tuesday, it increased …'."""
    rest = _OPENING_LINK.sub("", sentence)
    return rest[:1].upper() + rest[1:]


def _finish(clause: str) -> str:
    clause = _unlinked(strip_dateline(clause.strip()))
    attribution = _ATTRIBUTION.search(clause)
    if attribution and not names_a_date(attribution.group()):  # "… on Tuesday the mayor said": the event's date
        clause = clause[:attribution.start()]
    clause = clause.strip().rstrip(",;:—– ")
    clause = clause[:1].upper() + clause[1:]
    if not clause.endswith((".", "!", "?", "…", '"', "”")):
        clause += "."
    return close_quotes(clause)


def _cut(text: str, limit: int) -> str:
    """The first `limit` words of `text` and an ellipsis."""
    return " ".join(text.split()[:limit]) + " …"


_RELATIVE_OPENS = re.compile(r"^(?:who|whom|whose|which)\b")
NAME_PART_WORDS = 6  # words of a part that may be the name an apposition describes ("said Jon Ralston,")
LEAD_WORDS = 10  # words of a long clause's head kept before a cut to its date ("Holt's colleague … earlier this month")


def _around(text: str, at: int, limit: int = MAX_EVENT_WORDS) -> str:
    """At most `limit` words of `text` that keep its head and the date at character `at`, with an ellipsis where words
    were left out."""
    words = text.split()
    if len(words) <= limit:
        return text
    index = len(text[:max(at, 0)].split())  # the date's word
    if index < limit - 3:
        return " ".join(words[:limit]) + " …"
    end = min(len(words), index + 4)
    start = end - (limit - LEAD_WORDS)
    return (" ".join(words[:LEAD_WORDS]) + " … " + " ".join(words[max(start, LEAD_WORDS):end])
            + (" …" if end < len(words) else ""))


def _closed_lead(lead: str, tail: str) -> str:
    """A lead cut inside a quotation that the tail does not close is closed where it is cut ('“I don't know too many
    home-schoolers that …” … said Amy Deace, who …'), not after the tail's words, which are no longer the quotation's."""
    if lead.count("“") > lead.count("”") and "”" not in tail:
        return lead + "”"
    if lead.count('"') % 2 == 1 and tail.count('"') % 2 == 0:
        return lead + '"'
    return lead


def _may_be_a_clause(parts: list[str]) -> bool:
    """Whether the middle one of three parts may be a clause of its own ("the city closed its schools,"): not a
    predicate leaning on the part before ("came to talk to me …") nor a name's apposition between the name and its
    predicate ("Ildefonso Guajardo," "the Mexican secretary of the economy," "came to talk …")."""
    before, part, after = (parts + [""])[:3]
    last = before.rstrip(",").split()[-1:]
    return not (LEANING.match(part) or (DETERMINER_PART.match(part) and bool(last) and last[0][:1].isupper()
                                         and before.endswith(",") and bool(LEANING.match(after))))


def _waits_for_its_verb(head: str) -> bool:
    """An opening phrase with no verb of its own yet ("Sitting down with MSNBC's show on Thursday,")."""
    return not (FINITE.search(head) or PAST_TENSE.search(head) or _NEGATED.search(head))


def _verb_after_aside(spans_text: list[str], head: str, high: int) -> int | None:
    """The part holding the head's verb when an aside cuts in between a bare subject and it ("On Wednesday night, a
    group of … experts, including Michael Chertoff …, issued an open letter …"): its index, else None."""
    if FINITE.search(head) or _PREDICATE_START.search(head) or _NEGATED.search(head):
        return None
    if any(_PREDICATE_START.match(w) for w in head.split()[1:] if w.islower()):
        return None  # (the head has a verb of its own: "Police arrested the man on Friday")
    for index in range(high + 2, min(len(spans_text), high + 2 + ASIDE_PARTS)):
        if _PREDICATE_START.match(spans_text[index]):
            return index
    return None


def _attribution_first(sentence: str, spans: Sequence[tuple[int, int]], here: int, start: int) -> int | None:
    """The first part of the attribution that holds the date at part `here` (at `start`), when a quotation closes just
    before it ('…,” Clinton said on Monday.'; '…,” the White House spokesman, Josh Earnest, said on Thursday.'), and no
    quotation runs on after it ('"Word is," Trump said last month on Twitter, "that …"') nor another clause holds the
    date ('…," Ana Diaz said as she and hundreds of others marched … on Sunday'): else None."""
    if here + 1 < len(spans) and _QUOTE_OPENS.match(sentence[spans[here + 1][0]: spans[here + 1][1]].strip()):
        return None
    for first in range(here, max(0, here + 1 - ATTRIBUTION_PARTS) - 1, -1):
        if first > 0 and _QUOTE_CLOSES.search(sentence[spans[first - 1][0]: spans[first - 1][1]].strip()):
            said = sentence[spans[first][0]: spans[here][1]].strip()
            verb = (_SPEAKER_AFTER_QUOTE if first == here else _SPEAKER_PARTS_AFTER_QUOTE).match(said)
            if verb is None:
                return None
            verb_end = sentence.index(said, spans[first][0]) + verb.end()
            if _SUBJECT_CLAUSE.search(sentence, verb_end, max(verb_end, start)):
                return None
            # (no other clause between its verb and the date: not '…,” Mr. Biden added, noting that … in 1975 …')
            after = [sentence[b: e].strip() for b, e in spans[first + 1: here + 1] if b >= verb_end]
            return None if any(_STOP_BEFORE.match(p) or FINITE.search(p) for p in after) else first
    return None


def _said_then_who(sentence: str, spans: Sequence[tuple[int, int]], here: int, start: int, first: int) -> str | None:
    """'“I think it's so unfortunate that he did not join …,” Clinton said at … on Monday afternoon.': the date is in
    the attribution (parts `first` to `here`), so the event is what was said (its start, when long) and then who said
    it, when."""
    opening = next((i for i in range(first - 1, max(-1, first - 1 - QUOTE_PARTS), -1)
                    if _QUOTE_OPENS.match(sentence[spans[i][0]: spans[i][1]].strip())), None)
    attribution = sentence[spans[first][0]: spans[here][1]].strip()
    if MAX_EVENT_WORDS - _words(attribution) < MIN_QUOTE_WORDS:
        # (an attribution that runs on past its date ends where another clause begins: "… on Thursday when asked …")
        at = max(0, start - spans[first][0] - (len(sentence[spans[first][0]: spans[here][1]])
                                               - len(sentence[spans[first][0]: spans[here][1]].lstrip())))
        end = _CLAUSE_WORD.search(attribution, at)
        attribution = attribution[: end.start()].rstrip(",;:—– ") + "." if end else attribution
    room = MAX_EVENT_WORDS - _words(attribution)
    if opening is None or room < MIN_QUOTE_WORDS:
        return None
    quote = sentence[spans[opening][0]: spans[first - 1][1]].strip()
    if _words(quote) > room:
        mark = "”" if quote[0] == "“" else quote[0]
        quote = " ".join(quote.split()[:room]).rstrip(",;:—– ") + " …" + mark
    return _finish(quote + " " + attribution)


def event_text(sentence: str, start: int, opened: str | None = None) -> str:
    """The event the date at `start` belongs to, as one line of at most MAX_EVENT_WORDS words.

    A short sentence is the event as written. In a long one the event runs from the sentence's start (or from the start
    of the clause holding the date, when the sentence's head is too long to keep) on to the end of that clause; a part
    with no subject of its own ("which will launch on April 29", "Tuscany,") takes the part before it along, and a date
    in the attribution ("…, the Associated Press reported Friday") dates what is reported. `opened`: the quotation mark
    an earlier sentence left open, put back before the sentence's words ('“I regret it,” he said earlier this year').
    """
    if opened and start > 0:
        sentence = ("“" if opened == "“" else '"') + sentence
        start += 1
    if (told := subject_relative_event(sentence, start)) is not None:
        return told
    if word_count(sentence, len(sentence)) <= MAX_EVENT_WORDS:
        return close_quotes(_unlinked(strip_dateline(sentence)))
    if cut := clause_after_colon(sentence, start):  # (the introduction before the colon left out)
        return event_text(sentence[cut:], start - cut)
    told = _clause_event(sentence, start)
    if told and not may_have_a_verb(told) and may_have_a_verb(sentence):
        return _with_a_verb(sentence, start)
    return relative_as_clause(told)


def _with_a_verb(sentence: str, start: int) -> str:
    """The event for a date whose clause was cut with no verb left ("Idaho and Utah on Tuesday." of "…, as they look
    ahead to the next contests — in Arizona, Idaho and Utah on Tuesday."): from the nearest part before it that opens a
    clause with a verb ("They look ahead …"), else the sentence's head and the words around the date ("Likewise, the
    minister's visit Monday to open the school, while not open to the press, will draw …")."""
    spans = segments(sentence)
    here = bisect_right(spans, (start, math.inf)) - 1
    if 0 <= here and start < spans[here][1]:
        for low in range(here, 0, -1):
            part = sentence[spans[low][0]: spans[here][1]].strip()
            piece = CLAUSE_CONJUNCTION.sub("", part)
            if _words(piece) > MAX_EVENT_WORDS:
                break
            if (piece != part or has_a_finite_word(piece)) and may_have_a_verb(piece) and not LEANING.match(piece):
                return _finish(piece)  # (a clause: a conjunction and its subject opened it, or a finite verb is in it)
    return _finish(_around(sentence, start))


def _clause_event(sentence: str, start: int) -> str:
    """The clause of a long sentence the date at `start` belongs to (see event_text)."""
    spans = segments(sentence)
    if not spans:
        return _finish(_around(sentence, start))
    here = bisect_right(spans, (start, math.inf)) - 1  # the part holding the date (they are in order), else the last
    if here < 0 or start >= spans[here][1]:
        here = len(spans) - 1

    def part(i: int) -> str:
        return sentence[spans[i][0]: spans[i][1]].strip()

    low = here
    prefix_fits = word_count(sentence, spans[here][1]) <= MAX_EVENT_WORDS
    own_clause = not prefix_fits and CLAUSE_CONJUNCTION.match(part(here)) is not None
    first = _attribution_first(sentence, spans, here, start)  # (an attribution clause too: '"…," Tester told … on Thursday.')
    if first is not None:
        said = _said_then_who(sentence, spans, here, start, first)
        if said:
            return said
    if _ATTRIBUTION_CLAUSE.match(part(here)) and here > 0:
        low = 0  # what was reported, then who reported it and when
    elif not own_clause:
        low = leaning_starts(sentence)[here]
        if low == here and here > 0 and _STRONG_BREAK.search(part(here - 1)):
            pass  # a clause of its own after ";" or a dash ("— Genesis brought back a sample two years ago")
        elif prefix_fits:
            low = 0  # the sentence's head (its subject) fits: keep it
    head = sentence[spans[low][0]: spans[here][1]].strip()
    if own_clause:
        head = CLAUSE_CONJUNCTION.sub("", head)
    if _words(head) > MAX_EVENT_WORDS:
        # the head and the date's clause, with the middle left out; the clause runs from its own "and" when one opens
        # it ("… by 2024 and to establish a long-term, sustainable human presence … by 2028": not from "sustainable")
        opens = [i for i in range(low + 1, here + 1) if spans[i][0] in clause_and_splits(sentence)]
        tail_from = opens[-1] if opens and _words(
            sentence[spans[opens[-1]][0]: spans[here][1]]) <= MAX_EVENT_WORDS - 4 else here
        if tail_from - 1 > low and _RELATIVE_OPENS.match(part(tail_from)):
            # a relative clause keeps the name it tells of ("… rival Bernie Sanders, who came into …"), and an
            # apposition the short name before it ("… said Jon Ralston, a commentator in Nevada, who attended …")
            for back in (2, 1):
                if tail_from - back > low and _words(sentence[spans[tail_from - back][0]: spans[here][1]]) <= (
                        MAX_EVENT_WORDS - 4) and (back == 1 or (DETERMINER_PART.match(part(tail_from - 1))
                                                                and _words(part(tail_from - 2)) <= NAME_PART_WORDS)):
                    tail_from -= back
                    break
        tail = sentence[spans[tail_from][0]: spans[here][1]].strip()
        first = part(low)
        room = MAX_EVENT_WORDS - _words(tail)
        if room < 4:
            lead = " ".join(first.split()[:LEAD_WORDS]) if low < here else ""
            at = start - spans[here][0] - (len(sentence[spans[here][0]: spans[here][1]]) - len(
                sentence[spans[here][0]: spans[here][1]].lstrip()))
            cut = _around(tail, at, MAX_EVENT_WORDS - _words(lead) - 3 if lead else MAX_EVENT_WORDS)  # (and ellipses)
            return _finish(lead.rstrip(",;:—– ") + " … " + cut.lstrip("… ") if lead else cut)
        lead = first if _words(first) <= room else " ".join(first.split()[:room])
        for more in range(low + 1, tail_from):  # as many whole parts of the head as fit, none with another date
            if _words(lead) + _words(part(more)) > room or (tail_from < here and names_a_date(part(more))):
                break
            lead += " " + part(more)
        head = _closed_lead(lead.rstrip(",;:—– "), tail) + " … " + tail
    high = here
    while high + 1 < len(spans):
        following = part(high + 1)
        if _words(head) >= MIN_EVENT_WORDS and (_STOP_BEFORE.match(following) or _NEW_SENTENCE.match(following)
                                                 or (_DURING.match(following) and not _waits_for_its_verb(head))) \
                and not _OPEN_COMPLEMENT.search(head) and not (opens_with_a_phrase(head) and _waits_for_its_verb(head)):
            verb = _verb_after_aside([part(i) for i in range(min(len(spans), high + 2 + ASIDE_PARTS))], head, high)
            if verb is not None and _words(head) + _words(part(verb)) <= MAX_EVENT_WORDS:
                # the subject, then its verb with the aside left out
                return _finish(head.rstrip(",;:—– ") + " … " + part(verb))
            if low == 0 and not own_clause and head == sentence[spans[0][0]: spans[high][1]].strip() and not any(
                    _may_be_a_clause([part(j) for j in range(i - 1, min(len(spans), i + 2))])
                    for i in range(1, high + 1)):
                alone = opening_clause_alone(head)  # ("While her husband could draw on … in 1992," and no more)
                if alone is not None:
                    return _finish(alone) if alone else ""
            break  # the date's clause is whole
        if _words(head) + _words(following) > MAX_EVENT_WORDS:
            # (never shorter than the head, which holds the date: "… watched … three weeks …" lost its "ago")
            return _finish(_cut(head + " " + following, max(MAX_EVENT_WORDS, _words(head))))
        head = head + " " + following
        high += 1
    return _finish(head)
