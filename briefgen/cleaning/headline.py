"""Find a pasted page's headline among the lines cleaning removed above the article, or as its first kept line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from briefgen.cleaning.page import ENDS_SENTENCE
from briefgen.cleaning.page_date import DATE_LINE_WORDS, PAGE_MONTHS, date_line_date
from briefgen.cleaning.standfirst import HEAD_CATEGORIES
from briefgen.cleaning.words import STOP_WORDS, words
from briefgen.readers.common import title_from_lead
from briefgen.readers.dateline import split_dateline

# A pasted page's first line is a menu item ("Skip to content", "Got a news tip?"), which the text
# reader takes for the headline. The real headline is one of the lines the cleaner removed just above
# the article: a line of headline length whose words come back in the article's first paragraphs.
SEARCH_ABOVE = 16  # lines above the article's first kept paragraph to look at (share buttons may stand between)
MIN_WORDS, MAX_WORDS = 5, 25  # "Sweden drops Assange rape investigation"; shorter lines are menu items
MAX_PERIOD_WORDS = 12  # a line ending in a period is a headline only when this short
MIN_SHARE_IN_LEAD = 0.3  # of the line's content words found in the first LEAD_PARAGRAPHS kept paragraphs
LEAD_PARAGRAPHS = 3
DISTANCE_COST = 0.02  # per line between it and the article: the nearest of equal candidates wins
# The first kept line is looked at only under a page's header: this many removed lines above it (not
# counting the title's own repeat). An article's text has a headline and a standfirst, not a header.
MIN_HEADER_LINES = 2

_FINAL_PERIOD = re.compile(r"(?<![.\s][A-Z])(?<!\.\.)\.$")  # not the period of "U.S." or of an ellipsis
# A credit in brackets after a line's last sentence ("… campaign. (onmeth.com)", "… on Monday. (AP Photo)"): a caption's;
# the line ends where its sentence does
_FINAL_CREDIT = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]$")


# Endings a headline's word may differ by from the lead's ("pleads" / "pleaded", "hibernating" / "hibernation"):
# words are compared without them, a stem of at least STEM_MIN_CHARS left
STEM_ENDINGS = ("ations", "ation", "ating", "ings", "ions", "ated", "ates", "ing", "ion", "ies", "ate", "ed", "es", "s", "e", "y")
STEM_MIN_CHARS = 4
# (a word can end only with the endings of its last letter: those are tried, in STEM_ENDINGS' order)
_ENDINGS_BY_LAST = {c: tuple(e for e in STEM_ENDINGS if e[-1] == c) for c in {e[-1] for e in STEM_ENDINGS}}


STEM_MEMO_MAX = 100_000  # words whose stem is remembered across pages (a few MB at most)
_STEMS: dict[str, str] = {}


def _stem(word: str) -> str:
    """The word without the first of STEM_ENDINGS it ends with, when that leaves STEM_MIN_CHARS."""
    stem = _STEMS.get(word)
    if stem is None:
        stem = next((word[:-len(ending)] for ending in _ENDINGS_BY_LAST.get(word[-1:], ())
                     if word.endswith(ending) and len(word) - len(ending) >= STEM_MIN_CHARS), word)
        if len(_STEMS) < STEM_MEMO_MAX:  # (a page's words recur from line to line and page to page: stemmed once)
            _STEMS[word] = stem
    return stem


# Chinese and Japanese write no spaces between words: a run of their characters counts as its pairs of characters
# (a word is mostly two), so that a headline's share of the lead and its length are measured as in other languages
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")


def _units(token: str) -> list[str]:
    """The token as words: itself, or its parts outside runs of CJK characters and each run's character pairs."""
    if token.isascii() or not _CJK_RUN.search(token):
        return [token]
    units: list[str] = []
    at = 0
    for run in _CJK_RUN.finditer(token):
        units.extend([token[at:run.start()]] if run.start() > at else [])
        chars = run.group()
        units.extend(chars[k:k + 2] for k in range(max(1, len(chars) - 1)))
        at = run.end()
    return units + ([token[at:]] if at < len(token) else [])


def _size(tokens: Sequence[str]) -> int:
    """A line's length in words, a run of CJK characters counting one word for each two of its characters."""
    return sum(1 if t.isascii() or not _CJK_RUN.search(t) else len(_CJK_RUN.sub(" ", t).split()) + sum(
        (len(run) + 1) // 2 for run in _CJK_RUN.findall(t)) for t in tokens)


def _content_words(tokens: Sequence[str]) -> list[str]:
    """The tokens that are no function words, each as its stem (a run of CJK characters as its character pairs)."""
    stems = _STEMS  # (looked up here, as _stem would: most words were stemmed before)
    return [stems.get(u) or _stem(u) for w in tokens if w not in STOP_WORDS
            for u in ((w,) if w.isascii() else _units(w))]


# An issue of a column or a newsletter is titled by its name and its date ("Opening Bell 11.18.19", "Morning Memo
# November 18, 2019"): the article never uses those words, yet the title is the page's own, no menu item. Its name
# is at least ISSUE_NAME_MIN_WORDS words, none a date line's ("Last updated Nov. 18, 2019" is a date line).
ISSUE_NAME_MIN_WORDS = 2


def _is_day_month(a: str, b: str) -> bool:
    """Are the numbers a day and a month in either order ("11" "18", "18" "11")?"""
    x, y = int(a), int(b)
    return 1 <= x <= 31 and 1 <= y <= 31 and min(x, y) <= 12


def _is_issue_title(title_words: Sequence[str]) -> bool:
    """Is the title (its words) a name followed by a full date: numbers (month, day, year of 2 or 4 digits, "11.18.19")
    or a month's name, a day and a year ("November 18 2019", "18 November 2019")?"""
    if len(title_words) < ISSUE_NAME_MIN_WORDS + 3:
        return False
    name, (a, b, year) = title_words[:-3], title_words[-3:]
    if not year.isdigit() or len(year) not in (2, 4):
        return False
    numeric = a.isdigit() and b.isdigit() and _is_day_month(a, b)
    month_day = a in PAGE_MONTHS and b.isdigit() and 1 <= int(b) <= 31
    day_month = a.isdigit() and 1 <= int(a) <= 31 and b in PAGE_MONTHS
    return (numeric or month_day or day_month) and \
        all(not w.isdigit() and w not in DATE_LINE_WORDS and w not in PAGE_MONTHS for w in name)


# A reader's title that is a removed line with a site's name after it ("Snooze cruise: … astronauts | CTV News", the
# page's <title>) names that line as the headline, whatever the lead's words: it outscores every other candidate.
TITLE_SUFFIX_MAX_WORDS = 4
SUFFIXED_TITLE_SCORE = 2.0


def _title_with_suffix(title_words: Sequence[str], line_words: Sequence[str]) -> bool:
    """Are the title's words the line's and then at most TITLE_SUFFIX_MAX_WORDS more?"""
    extra = len(title_words) - len(line_words)
    return 0 < extra <= TITLE_SUFFIX_MAX_WORDS and list(title_words[:len(line_words)]) == list(line_words)


def _share_in(words: list[str], lead: set[str]) -> float:
    return sum(w in lead for w in words) / len(words) if words else 0.0


def _is_headline_shaped(text: str, n_words: int, min_words: int = MIN_WORDS) -> bool:
    """Headline length (at least `min_words`), one sentence at most (some sources end a headline with a period, no
    paragraph is a one-liner of MAX_PERIOD_WORDS), no link, no dateline ("WASHINGTON (AP) —")."""
    if not min_words <= n_words <= MAX_WORDS or "://" in text or split_dateline(text)[0]:
        return False
    text = _FINAL_CREDIT.sub("", text.rstrip())
    return not text.endswith((".", "。")) or (n_words <= MAX_PERIOD_WORDS and ". " not in text and "。" not in text[:-1])


# The line just above the author's byline, or a date line naming the author (and the lines with them), is where a page
# sets its headline: one of headline shape there is the headline when its words come back anywhere in the article, not
# only in its lead (an opinion piece's or a feature's headline alludes to what the lead does not say yet). A page's
# head ends with such lines: bylines and date lines (whatever rule removed them: "21:40 18.02.2021 Share this"),
# credits and captions (standfirst.HEAD_CATEGORIES). So placed, a headline may be as short as ABOVE_BYLINE_MIN_WORDS
# ("The Mayor's Costly Silence", "March 2021 reader mailbag"): a menu's item is not set there, though a photo's
# caption may be ("Jo Smith Central High"), so a line that short needs a word the article writes lower-case (a common
# word, no name).
ABOVE_BYLINE_MIN_WORDS = 3
# (there a quarter of its words being the article's is enough: "The man whose duvet nearly killed him: How this medical
# mystery was solved" over an article on the duvet's man; MIN_SHARE_IN_LEAD's lines have no such place)
ABOVE_BYLINE_MIN_SHARE = 0.25
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")


def _is_head_tail(text: str, decision: str | None) -> bool:
    """Was the line removed as a byline, a credit or a caption, or as a date line?"""
    return decision is not None and (decision.split(".")[0] in HEAD_CATEGORIES or date_line_date(text) is not None)


def _is_byline(text: str, tokens: Sequence[str], decision: str | None) -> bool:
    """Was the line removed as the author's byline, or is it a removed date line that names its author ("March 3,
    2021 | by Jo")?"""
    return decision == "byline.author" or (decision is not None and "by" in tokens and date_line_date(text) is not None)


def _is_bare_headline(texts: Sequence[str], token_lists: Sequence[list[str]], decisions: Sequence[str | None],
                      line: int) -> bool:
    """Is the line one a page.* rule removed, of headline shape, without a final period?"""
    return (decisions[line] or "").startswith("page.") and not _FINAL_PERIOD.search(texts[line]) and \
        _is_headline_shaped(texts[line], _size(token_lists[line]))


def _above_byline(texts: Sequence[str], token_lists: Sequence[list[str]], decisions: Sequence[str | None],
                  first: int) -> tuple[float, int] | None:
    """(0.0, index) of the headline-shaped line a page.* rule removed right above the head's last lines nearest the
    article (starting at `first`: the author's byline or a date line naming the author, with the other head lines next
    to them, _is_head_tail), when ABOVE_BYLINE_MIN_SHARE of its words are the article's (a line shorter than MIN_WORDS
    needs a word the article writes lower-case); else None."""
    top = next((i for i in range(first - 1, max(-1, first - SEARCH_ABOVE - 1), -1)
                if _is_byline(texts[i], token_lists[i], decisions[i])), None)
    if top is None:
        return None
    while top > 0 and _is_head_tail(texts[top - 1], decisions[top - 1]):
        top -= 1
    line = top - 1
    if line > 0 and _FINAL_PERIOD.search(texts[line]) and _is_bare_headline(texts, token_lists, decisions, line - 1):
        line -= 1  # (a standfirst under the headline: a sentence with its period, the headline has none)
    if line < 0 or not (decisions[line] or "").startswith("page.") or \
            not _is_headline_shaped(texts[line], _size(token_lists[line]), ABOVE_BYLINE_MIN_WORDS):
        return None
    body = [i for i in range(first, len(texts)) if decisions[i] is None]
    # (the body's words as one set, each stemmed once: a word's content form depends on the word alone, and no
    # token runs across the spaces joining the paragraphs' lower-case words)
    if _size(token_lists[line]) < MIN_WORDS:
        common = set(_content_words(set(words(" ".join(w for i in body for w in _LOWER_WORD.findall(texts[i]))))))
        if not any(w in common for w in _content_words(token_lists[line])):
            return None
    article = set(_content_words(set().union(*(token_lists[i] for i in body))))
    return (0.0, line) if _share_in(_content_words(token_lists[line]), article) >= ABOVE_BYLINE_MIN_SHARE else None


def _under_head(texts: Sequence[str], token_lists: Sequence[list[str]], decisions: Sequence[str | None],
                headline: int, other: int) -> bool:
    """Does the line `other` stand below the byline under the `headline` (a photo's or a video's title, a show's name
    the article repeats) or is it the standfirst right under it (its sentence ends with a period), the headline having
    no final period (a standfirst's sentence is none)?"""
    return not _FINAL_PERIOD.search(texts[headline]) and (
        (other == headline + 1 and bool(_FINAL_PERIOD.search(texts[other]))) or
        any(_is_byline(texts[i], token_lists[i], decisions[i]) for i in range(headline + 1, other)))


class Headline(NamedTuple):
    """A pasted page's headline, and the index of the line it is (None: made from the lead)."""

    text: str
    line: int | None


def page_headline(texts: Sequence[str], token_lists: Sequence[list[str]], decisions: Sequence[str | None],
                  title_is_furniture: bool, title_words: Sequence[str] = ()) -> Headline | None:
    """The headline of a pasted page, or None to keep the title the reader guessed.

    `texts`: the paragraphs as read, `token_lists` their words (words.words); `decisions`: for
    each, the rule that removed it (None: kept). Looks only when lines above the article were
    removed (a page's header); candidates are lines the page rules (page.*) removed there, not
    lines a phrase rule named as something else. Failing one, a title that a phrase rule would
    remove (`title_is_furniture`: "Skip to content"), or one none of whose words the lead uses under a page's
    header ("Got a news tip?"), gives way to one made from the lead; such a title, or a menu's item, first gives way
    to the headline set above the page's byline (_above_byline).
    When no removed line is the headline, the first kept line is, if it has a headline's shape and
    its words come back in the paragraphs after it, while the reader's title (`title_words`, its
    words) is not about the article (a menu item, the site's name) and at least MIN_HEADER_LINES
    lines were removed above it (a page's header): the page scorer kept the
    headline at the head of the article's run, and it is not a paragraph of the article (clean()
    then removes it). A title that is about the article is the headline, and the line under it a
    standfirst, which stays.
    """
    first = next((i for i, d in enumerate(decisions) if d is None), None)
    if not first:  # nothing kept, or nothing removed above the article: the reader's title stands
        return None
    kept = [i for i in range(first, len(texts)) if decisions[i] is None][:LEAD_PARAGRAPHS + 1]
    contents = [set(_content_words(token_lists[i])) for i in kept]  # (each paragraph's once: the two sets overlap)
    lead, lead_after = set().union(*contents[:LEAD_PARAGRAPHS]), set().union(*contents[1:])
    best: tuple[float, int] | None = None
    for i in range(max(0, first - SEARCH_ABOVE), first):
        if not (decisions[i] or "").startswith("page.") or not _is_headline_shaped(texts[i], _size(token_lists[i])):
            continue
        share = _share_in(_content_words(token_lists[i]), lead)
        score = share - DISTANCE_COST * (first - i)
        if _title_with_suffix(title_words, token_lists[i]):
            share, score = 1.0, SUFFIXED_TITLE_SCORE  # the page's <title>: this headline and the site's name
        if share >= MIN_SHARE_IN_LEAD and (best is None or score > best[0]):
            best = (score, i)
    header = sum(1 for d in decisions[:first] if d is not None and d != "page.title-repeat")
    title_content = _content_words(list(title_words))
    # (the reader's title is the page's first line: a header line too when the article never uses its words)
    # (and so is one shorter than a headline, "iPhone XS Max", "U.S. news": a menu item or a section's name)
    menu_title = 0 < _size(title_words) < MIN_WORDS
    issue = _is_issue_title(title_words)  # (its words are never the article's: no header line for that)
    title_in_header = menu_title or (not issue and bool(title_content) and _share_in(title_content, lead_after) == 0)
    # under a page's header, a title none of whose words the article's lead uses is the page's furniture too
    # ("Got a news tip?", "Your privacy is important to us", "55°F Clear"): the lead says more of the article
    unrelated = header >= MIN_HEADER_LINES and not issue and bool(title_content) and _share_in(title_content, lead) == 0
    if title_is_furniture or title_in_header or unrelated:  # (a title about the article is its headline)
        above = _above_byline(texts, token_lists, decisions, first)
        if above and (best is None or _under_head(texts, token_lists, decisions, above[1], best[1])):
            best = above
    if best is None and header + title_in_header >= MIN_HEADER_LINES and _is_headline_shaped(texts[first], _size(token_lists[first])) and \
            _share_in(_content_words(token_lists[first]), lead_after) >= MIN_SHARE_IN_LEAD and \
            (menu_title or _share_in(title_content, lead_after) < MIN_SHARE_IN_LEAD):
        best = (0.0, first)  # the page's headline was kept as the run's first line: it is no paragraph
    if best:
        return Headline(_FINAL_PERIOD.sub("", texts[best[1]]), best[1])
    # (without the lead's dateline: "LOS ANGELES (AP) — To LeBron James, …" titles the story "To LeBron James, …")
    # (from the first kept line long enough to say something: not a label kept above it, "Eye on Detroit")
    opening = next((i for i in kept if _size(token_lists[i]) >= MIN_WORDS or ENDS_SENTENCE.search(texts[i])), first)
    lead_line = split_dateline(texts[opening])[1] or texts[opening]
    return Headline(title_from_lead(lead_line), None) if title_is_furniture or unrelated else None
