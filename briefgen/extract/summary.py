"""Pick the summary sentences and key points of an article by ranking its sentences."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass

from briefgen.extract.captions import without_photo_asides
from briefgen.extract.sentences import has_full_stop, split_sentences
from briefgen.extract.summary_lines import (
    COMPARED_START, DANGLING_START, FRAGMENT_START, LEANING_START, LINKED_START, PERSON_PRONOUN_START, asks,
    glued_question_turns, introduces_a_list, is_embedded_post, is_table_row, is_unattributed_quote, page_furniture,
    strip_caption_label, toggles_quote, with_attributions, with_its_quote_closed,
)
from briefgen.extract.summary_key_points import (
    MIN_WORDS, SUMMARY_LINE_NEVER_OPENS, list_items, normal, opens_as, pick_key_points, redundant, section_numbers,
    tells_no_news,
)
from briefgen.extract.summary_interview import interview_opening
from briefgen.extract.transcript import interviewers, speaker_name, transcript_turns
from briefgen.model import Article
from briefgen.readers.dateline import strip_dateline

SUMMARY_SENTENCES = 4  # at most; the word budget (Weights.summary_words) usually stops it at 2 or 3


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each signal counts when ranking sentences (tuned on half the CNN/DM dev sample)."""

    position_decay: float = 0.35  # score for sentence i is exp(-decay * i): news puts the point first
    centrality: float = 0.6  # share of the article's frequent words the sentence contains
    title: float = 0.5  # overlap with the headline
    short_penalty: float = 1.0  # fragments under MIN_WORDS are rarely the news
    figures: float = 0.1  # a sentence with a figure in it (an age, a count, a sum, a score, a date) tells a fact
    lead_window: int = 12  # only the first sentences compete for the summary
    # Lines are taken in rank order until the summary has this many words (at most SUMMARY_SENTENCES lines): the
    # references average 49 words, and three fixed lines ran to 78, two short ones say too little.
    summary_words: int = 60


WEIGHTS = Weights()
MAX_WORDS = 45

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset("""
a an the and or but if of to in on at for with by from as is are was were be been being has have had do does
did it its this that these those he she they them his her their we our you your i me my not no so than then
there here who whom which what when where why how will would could should may might can said says say told
also after before over under about into out up down more most some any all one two new just very
""".split())
# Lines that are not news prose: bylines, timestamps, photo credits.
_NOT_PROSE = re.compile(r"^(?:by\s|published:|updated:|last updated|photo:|image:|\(?cnn\)?\s*$|follow\b|"
                        r"ed(?:itor)?(?:'s|’s)?\.?(?:\s+note)?:|read (?:below|more|on)\b|see below\b)", re.I)
# (and an editor's note, "Ed.: See the catalogue", or a pointer to the rest of the page, "Read below for more")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Lower-cased, lightly stemmed words that carry meaning."""
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2]


# Two sentences a page glued with no space ("… a chief physician.Police arrested …", its markup's break lost): a word
# of three or more lower-case letters, a full stop, a capitalised word; not in an address ("www.Example.com").
_GLUED = re.compile(r"(?<![\w.@/:])(?!www\.)([^\W\d_]*[a-z]{3})\.(?=[A-Z][a-z]{2,}\b)")


def unglued(text: str) -> str:
    """The text with a space after each full stop that glued two sentences (_GLUED), so that they split."""
    return _GLUED.sub(r"\1. ", text) if "." in text else text


def article_sentences(article: Article) -> list[str]:
    """The article's prose sentences in order (headings and captions left out); see spoken_sentences."""
    return [sentence for sentence, _speaker, _index in spoken_sentences(article)]


def spoken_sentences(article: Article) -> list[tuple[str, str | None, int]]:
    """The article's prose sentences in order, each with the speaker whose turn of an interview it is (else None) and
    the index of its paragraph.

    A quotation over several sentences is one unit (see _quote_whole_units). A leading agency tag ("(CNN) --")
    is removed. An embedded social-media post is left out, and so are an interview's questions: the interviewer's
    turns ask, the answers tell; an answer's sentences lose their speaker's label ("Shimon Peres: The future is only
    peace.") and keep its name beside them.
    """
    turns = transcript_turns(article.paragraphs)
    turn_of = {index: (label, text) for index, label, text in turns}
    asking = interviewers(turns)
    questions = glued_question_turns([p.text for p in article.paragraphs])
    found: list[tuple[str, str | None, int]] = []
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.kind not in ("text", "quote", "list") or is_embedded_post(paragraph.text) or index in questions:
            continue  # (an embedded post is someone's words shown as posted: the article tells its news itself)
        text, speaker = paragraph.text, None
        if index in turn_of:
            label, text = turn_of[index]
            if label in asking:
                continue
            speaker = speaker_name(label) or UNNAMED
        units = _quote_whole_units(with_attributions(split_sentences(unglued(text))))
        for k, sentence in enumerate(units):
            sentence = strip_caption_label(strip_dateline(sentence))
            if _NOT_PROSE.match(sentence) or len(sentence.split()) < 3 or page_furniture(sentence):
                continue
            if not has_full_stop(sentence):
                if k + 1 == len(units) or len(sentence.split()) < RUN_IN_LINE_WORDS:
                    continue  # a heading, a credit or a label: no line of prose (else a run-in caption, see below)
            found.append((sentence, speaker, index))
    return found


# A caption run into the text with no full stop ("Guilty: Glenn Mason, 56, has said he will pay back the whole £185,000
# out of his RBS pension pot A respected NatWest bank manager …"; the splitter cuts it off) is often the story in one
# line: of this many words or more, and with more of its paragraph after it, it competes as a summary line (given its
# full stop), but is no key point: such a caption is often two captions run together ("Abase Hussen, left, took his
# daughter Amira, right, to a demonstration when she was aged just 13 Abase Hussen, circled, marched …").
RUN_IN_LINE_WORDS = 8
UNNAMED = ""  # the speaker of an answer labelled only "A:": a voice the article does not name


QUOTE_JOIN_MAX = 2  # sentences a quotation may run on for and still be one summary line


def _quote_whole_units(sentences: list[str]) -> list[str]:
    """The paragraph's sentences, a quotation that runs on over the next sentences joined into one unit
    ('He said "All were taken to hospital. None are left."'), so no summary line leaves a quote open.

    A quotation that runs longer, or on into the next paragraph, is left out whole: its opening sentence would
    leave the quote open, and its later ones are a quote without its speaker.
    """
    units: list[str] = []
    k = 0
    while k < len(sentences):
        end = k + 1
        if toggles_quote(sentences[k]):
            while end < len(sentences) and end - k <= QUOTE_JOIN_MAX and not toggles_quote(sentences[end]):
                end += 1
            closed = end < len(sentences) and end - k <= QUOTE_JOIN_MAX
            if closed:
                end += 1
                units.append(" ".join(sentences[k:end]))
            else:
                while end < len(sentences) and not toggles_quote(sentences[end]):
                    end += 1
                end += 1  # the sentence that closes it is inside the quotation too
        else:
            units.append(sentences[k])
        k = end
    return units


def _headline_line(article: Article) -> str | None:
    """The body's first line when it is the headline again (a pasted text whose headline ends with a full stop
    stays in the body and is also the guessed title): a short line the title is, or begins."""
    if not article.title or not article.paragraphs or article.title.endswith("…"):
        return None  # (a title cut short with "…" was made from a longer lead: the lead is news, not a headline)
    first = article.paragraphs[0].text.strip()
    title = normal(article.title)
    if len(first.split()) > HEADLINE_WORDS or not title or not normal(first).startswith(title):
        return None
    return first


HEADLINE_WORDS = 20
_FIGURE = re.compile(r"\d")


def rank_sentences(sentences: list[str], title: str | None, weights: Weights = WEIGHTS) -> list[float]:
    """One score per sentence; higher is more summary-worthy."""
    bags = [content_words(s) for s in sentences]
    frequency = Counter(w for bag in bags for w in set(bag))
    # Ties broken by the word itself: Counter order follows set order, which varies between runs.
    ranked = sorted(frequency.items(), key=lambda item: (-item[1], item[0]))
    top = {w for w, n in ranked[:20] if n > 1}
    title_words = set(content_words(title or ""))
    scores = []
    for index, (sentence, bag) in enumerate(zip(sentences, bags)):
        words = set(bag)
        score = math.exp(-weights.position_decay * index)
        if _FIGURE.search(sentence):
            score += weights.figures
        if top:
            score += weights.centrality * len(words & top) / len(top)
        if title_words:
            score += weights.title * len(words & title_words) / len(title_words)
        n_words = len(sentence.split())
        if n_words < MIN_WORDS:
            score -= weights.short_penalty
        if n_words > MAX_WORDS:
            score -= 0.5
        if is_unattributed_quote(sentence) or asks(sentence):
            score -= 1.0
        if introduces_a_list(sentence) or is_table_row(sentence):
            score -= 3.0  # out of the running: its list is what says something (a table's row says it in figures)
        if index >= weights.lead_window:
            score -= 10.0
        scores.append(score)
    return scores


def _named_too_far_back(index: int, sentences: list[str], chosen: list[int]) -> bool:
    """True for a line opening with a person's pronoun when the sentence before it is no summary line and leans on an
    earlier one too: the person is named two or more sentences back, and the summary cannot bring the name in."""
    if index == 0 or index - 1 in chosen or not PERSON_PRONOUN_START.match(sentences[index]):
        return False
    before = sentences[index - 1]
    return bool(DANGLING_START.match(before) or LEANING_START.match(before) or LINKED_START.match(before))


def _fix_dangling_start(chosen: list[int], sentences: list[str]) -> list[int]:
    """Start with the sentence a leading pronoun (or "Other …", COMPARED_START) leans on, or else drop that sentence.

    A sentence once dropped is not taken back: ['"Empire" is a term …', 'It is said …', 'However, …'] would
    otherwise drop 'It is said …' (it leans on a quote) and take it back for 'However, …', for ever."""
    dropped: set[int] = set()
    while chosen and chosen[0] > 0 and (DANGLING_START.match(sentences[chosen[0]])
                                        or COMPARED_START.match(sentences[chosen[0]])):
        previous = chosen[0] - 1
        if previous not in dropped and not is_unattributed_quote(sentences[previous]) \
                and not FRAGMENT_START.match(sentences[previous]):  # (a deck's "ad blitz planned; …" is no lead)
            chosen = [previous, *chosen][:SUMMARY_SENTENCES]
        elif len(chosen) > 1:
            dropped.add(chosen[0])
            chosen = chosen[1:]
        else:
            break
    return chosen


def _with_what_they_go_on_from(chosen: list[int], sentences: list[str], bags: list[set[str]]) -> list[int]:
    """A later summary line that goes on from the sentence before it ("But now that …") is replaced by that sentence
    when the summary leaves it out (and it says something new), else dropped."""
    kept: list[int] = []
    for index in chosen:
        if kept and LINKED_START.match(sentences[index]) and index - 1 not in chosen:
            before = index - 1
            if before not in kept and not is_unattributed_quote(sentences[before]) and not redundant(
                    bags[before], [bags[i] for i in kept]) and not _named_too_far_back(before, sentences, kept):
                kept.append(before)
            continue
        kept.append(index)
    return sorted(kept)


_LINK_WORD = re.compile(LINKED_START.pattern + r"(?![-’'])", re.IGNORECASE)  # ("Then-President Obama" links nothing)


def _without_an_unanchored_link(chosen: list[int], sentences: list[str]) -> list[int]:
    """A first line that still goes on from a sentence the summary cannot show ("And she has told friends …" when the
    sentence before it was left out, or opens the text) is dropped while other lines remain: it leans on nothing."""
    while len(chosen) > 1 and _LINK_WORD.match(sentences[chosen[0]]):
        chosen = chosen[1:]
    return chosen


def summarize(article: Article, weights: Weights = WEIGHTS,
              key_quotes: tuple[str, ...] = ()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (summary sentences, key points).

    The summary is the best-ranked sentences, in article order, taken until it has Weights.summary_words words (at
    most SUMMARY_SENTENCES); it never starts with a sentence that leans on an earlier one ("He said…"), and quotes
    without a speaker are skipped.
    Key points are the next best sentences that repeat neither the summary nor each other, nor the `key_quotes`
    the page shows (their texts).
    """
    spoken = spoken_sentences(article)
    headline = _headline_line(article)
    if headline is not None:
        # the page shows it as the title already (its sentence may have lost a caption-like label: "The Latest: …")
        # (a deck may follow it in the same line: "The real Trump showed up at debate. GOP must live with it.")
        parts = split_sentences(headline)
        again = {normal(x) for part in parts for x in (part, strip_caption_label(part))}
        spoken = [(s, who, at) for s, who, at in spoken if normal(s) not in again]
    sentences = [s for s, _who, _at in spoken]
    speakers = [who for _s, who, _at in spoken]
    sections = section_numbers(article.paragraphs, [at for _s, _who, at in spoken])
    items = list_items(article.paragraphs)
    in_a_list = frozenset(k for k, (_s, _who, at) in enumerate(spoken) if at in items)  # (no key point alone)
    if not sentences:
        return (), ()
    scores = rank_sentences(sentences, article.title, weights)
    bags = [set(content_words(s)) for s in sentences]
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    opening = interview_opening(article.paragraphs)  # (an interview: its introduction, or its first question)
    framed = [opening.question] if opening and opening.question else []
    budget = weights.summary_words - sum(len(line.split()) for line in framed)
    chosen: list[int] = []
    for index in sorted(order) if framed else order:  # (the answer to the question in its own order)
        if len(chosen) + len(framed) == SUMMARY_SENTENCES or sum(len(sentences[i].split()) for i in chosen) >= budget:
            break
        sentence = sentences[index]
        if opening and spoken[index][2] not in opening.paragraphs:
            continue
        if is_unattributed_quote(sentence) or redundant(bags[index], [bags[i] for i in chosen]):
            continue
        if tells_no_news(sentence, speakers[index]) or opens_as(SUMMARY_LINE_NEVER_OPENS, sentence):
            continue
        chosen.append(index)
    chosen = _fix_dangling_start(_with_what_they_go_on_from(sorted(chosen), sentences, bags), sentences)
    chosen = _without_an_unanchored_link(chosen, sentences)
    picked = pick_key_points(sentences, speakers, order, chosen, bags, sections, key_quotes, in_a_list)
    return (*framed, *(_with_speaker(_as_line(sentences[i]), speakers[i]) for i in chosen)), tuple(
        _with_speaker(_as_line(sentences[i]), speakers[i]) for i in picked)


def _as_line(sentence: str) -> str:
    """A sentence as a summary line or key point: its photo asides dropped (the summary has no photo: captions.
    PHOTO_ASIDE_WORDS), and a run-in caption (RUN_IN_LINE_WORDS) given its full stop."""
    sentence = without_photo_asides(sentence)
    return with_its_quote_closed(sentence if has_full_stop(sentence) else sentence + ".")


def _with_speaker(sentence: str, speaker: str | None) -> str:
    """An interview's answer with the name of the one who gave it: 'Shimon Peres: The future is only peace.'"""
    return f"{speaker}: {sentence}" if speaker else sentence
