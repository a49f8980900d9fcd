"""Pick an article's key points: the best-ranked sentences its summary leaves out, one per section first."""

from __future__ import annotations

import re

from briefgen.extract.captions import Certainty, is_caption
from briefgen.extract.sentences import has_full_stop
from briefgen.extract.summary_lines import (
    COMPARED_START, DANGLING_START, FRAGMENT_START, LEANING_START, LINKED_START, ORDINAL_START, SUBJECTLESS_START, asks,
    attributed_to_a_pronoun, introduces_a_list, is_table_row, is_unattributed_quote, opens_with_a_lone_mark,
    pronoun_after_opener, quotes_a_question, speaker_unknown,
)
from briefgen.extract.timeline_prompts import reader_prompt
from briefgen.model import Paragraph

MAX_KEY_POINTS = 6
MIN_KEY_POINTS = 3
# In an article of several sections, at most this many key points are a section's best taken before the article's
# best (the rest stay the best-ranked: a feature's lead section holds its news, its later sections colour).
SECTION_KEY_POINTS = 3
MIN_WORDS = 6
MAX_KEY_POINT_WORDS = 60  # longer "sentences" are captions and paragraphs run together, not one point

# Openings a line never has: it answers what came before ("Because when you look historically, …", "Yes, all cyclones
# are …") or is a piece of a sentence; a key point, read alone, neither goes on from nor counts beside the sentence
# before it either ("But in a …", "Other Republicans echoed …"). A summary line may: _with_what_they_go_on_from and
# _fix_dangling_start bring in the sentence it leans on.
SUMMARY_LINE_NEVER_OPENS = (LEANING_START, FRAGMENT_START, SUBJECTLESS_START)
KEY_POINT_NEVER_OPENS = (*SUMMARY_LINE_NEVER_OPENS, LINKED_START, COMPARED_START, ORDINAL_START)

# Sentences that are no point of their own, by rule name: a raw web address, which the reader cannot follow from a
# briefing's line ("(http://www.example.com/stats).", "Full data: www.example.org/data").
NOT_A_KEY_POINT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("key-point.raw-url", re.compile(r"\bhttps?://|\bwww\.\w", re.IGNORECASE)),
)

def not_a_key_point(sentence: str) -> str | None:
    """The name of the NOT_A_KEY_POINT rule the sentence matches, else None."""
    return next((name for name, pattern in NOT_A_KEY_POINT if pattern.search(sentence)), None)


def opens_as(openings: tuple[re.Pattern[str], ...], sentence: str) -> bool:
    return any(opening.match(sentence) for opening in openings)


def tells_no_news(sentence: str, speaker: str | None) -> bool:
    """An interviewer's question, a quoted question, someone's "I" or "you" with no one named (and no interview
    answer's speaker), or a prompt to the reader: what the article asks, someone says unnamed or the page bids, not
    what it tells."""
    return asks(sentence) or quotes_a_question(sentence) or (not speaker and speaker_unknown(sentence)) or (
        reader_prompt(sentence) is not None)  # ("Check out what's clicking today", "Be sure to visit us on Facebook")


def normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


QUOTE_REPEAT_MIN_WORDS = 4  # a shorter quote ("despicable") or sentence may share its words by chance


def _repeats_a_quote(sentence: str, quotes: list[str]) -> bool:
    """The sentence is one of the page's key quotes, or holds one whole ("“The evidence has weakened …,” it added.",
    an interview's answer "I am the only candidate …" of a longer quote): the page shows it there already."""
    said = normal(sentence)
    return len(said.split()) >= QUOTE_REPEAT_MIN_WORDS and any(
        said in quote or (len(quote.split()) >= QUOTE_REPEAT_MIN_WORDS and quote in said) for quote in quotes)


def redundant(words: set[str], chosen: list[set[str]], limit: float = 0.5) -> bool:
    """True when most of `words` (or of a chosen sentence's words) is already said."""
    for theirs in chosen:
        if words and theirs and len(words & theirs) / min(len(words), len(theirs)) > limit:
            return True
    return False


def list_items(paragraphs: tuple[Paragraph, ...]) -> frozenset[int]:
    """Indices of the paragraphs that are items of a list a paragraph ending in a colon brings in ("This occurs for two
    reasons:" | "As it moves over land, …;" | "Increased friction …."): the items run on while each ends in a
    semicolon, a comma or a colon. An item read alone has lost what it is a reason or a step of. One paragraph alone
    after a colon is no list (the list the colon brought in may be gone from the page: "… estimates:" | "One possible
    explanation …"), and a block quote after it is a statement quoted whole."""
    items: set[int] = set()
    run: list[int] = []
    for index in range(1, len(paragraphs) + 1):
        before = paragraphs[index - 1].text.rstrip()
        item = index < len(paragraphs) and paragraphs[index].kind != "quote"
        if item and bool(run) and before.endswith((";", ",")):
            run.append(index)
            continue
        if len(run) >= MIN_LIST_ITEMS:
            items.update(run)
        run = [index] if item and before.endswith(":") else []  # (a line that ends in a colon brings in a list anew)
    return frozenset(items)


MIN_LIST_ITEMS = 2


def section_numbers(paragraphs: tuple[Paragraph, ...], paragraph_indices: list[int]) -> list[int]:
    """For each sentence (by the index of its paragraph), how many headings come before it: its section."""
    headings = [i for i, p in enumerate(paragraphs) if p.kind == "heading"]
    return [sum(h < index for h in headings) for index in paragraph_indices]


def _stands_alone(index: int, sentences: list[str], allow_dangling: bool) -> bool:
    sentence = sentences[index]
    if is_unattributed_quote(sentence) or introduces_a_list(sentence) or is_table_row(sentence) \
            or is_caption(sentence, Certainty.SURE) or not has_full_stop(sentence) or opens_with_a_lone_mark(sentence):
        return False
    if opens_as(KEY_POINT_NEVER_OPENS, sentence) or not_a_key_point(sentence):
        return False
    dangles = DANGLING_START.match(sentence) or attributed_to_a_pronoun(sentence) or pronoun_after_opener(sentence)
    return MIN_WORDS <= len(sentence.split()) <= MAX_KEY_POINT_WORDS and not (dangles and not allow_dangling)


def pick_key_points(sentences: list[str], speakers: list[str | None], order: list[int], chosen: list[int],
                    bags: list[set[str]], sections: list[int], key_quotes: tuple[str, ...] = (),
                    left_out: frozenset[int] = frozenset()) -> list[int]:
    """The key points' indices: the sentences in rank `order` that stand alone and repeat neither the summary
    (`chosen`), each other nor the `key_quotes` the page shows, and are not `left_out` (items of a list). In an
    article of several sections (its headings), the best of each section the summary does not speak for comes first
    (at most SECTION_KEY_POINTS), and the key points are shown in the article's order: a report on three matches has a
    point on each, in the order played."""
    said = [bags[i] for i in chosen]
    shown = [normal(q) for q in key_quotes]
    told = {sections[i] for i in chosen}
    passes = (True, False) if len(set(sections)) > 1 else (False,)
    picked: list[int] = []
    # Self-contained sentences first; ones opening with a pronoun only when too few remain.
    for allow_dangling in (False, True):
        for one_per_section in passes:
            for index in order:
                if len(picked) == MAX_KEY_POINTS or (allow_dangling and len(picked) >= MIN_KEY_POINTS):
                    break
                if one_per_section and len(picked) == SECTION_KEY_POINTS:
                    break
                if index in chosen or index in picked or index in left_out:
                    continue
                if one_per_section and sections[index] in told:
                    continue  # (its section has a line already)
                if not _stands_alone(index, sentences, allow_dangling):
                    continue
                if tells_no_news(sentences[index], speakers[index]):
                    continue
                if redundant(bags[index], said) or _repeats_a_quote(sentences[index], shown):
                    continue
                picked.append(index)
                said.append(bags[index])
                told.add(sections[index])
    return sorted(picked) if len(passes) > 1 else picked
