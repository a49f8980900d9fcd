"""clean(): drop boilerplate paragraphs from an Article and record each removal with its rule."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from briefgen.cleaning.words import ascii_twin, twin_words, words
from briefgen.cleaning.author_bio import author_bios
from briefgen.cleaning.glued import glued_teasers
from briefgen.cleaning.headline import page_headline
from briefgen.cleaning.hover_card import cut_hover_cards
from briefgen.cleaning.inner_gaps import inner_gaps
from briefgen.cleaning.page_date import page_date
from briefgen.cleaning.pull_quote import pull_quotes
from briefgen.cleaning.page import (
    ENDS_SENTENCE, PAGE_FURNITURE_CATEGORIES, SCORER_DROPS, comment_section_starts, page_decisions, with_article_parts,
)
from briefgen.cleaning.rules import Rule, RuleSet, default_ruleset
from briefgen.cleaning.title_repeat import title_repeats
from briefgen.cleaning.standfirst import above_dateline, standfirsts
from briefgen.model import Article, Paragraph, Removal
from briefgen.readers.common import title_from_lead

# A paragraph that reports what someone said is news even when the words are a promo's
# ("'Subscribe to my channel,' he told followers"): phrase rules leave it alone.
_REPORTED = re.compile(
    r"[\"“”«»„]|(?:^|\s)['‘]\w"  # a double quotation mark, or a single one opening a word
)
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|according to|wrote|writes|added|asked|stated|announced|tweeted|"
    r"sagte|erklärte|a déclaré|a dit|dijo|afirmó|disse|afirmou|ha detto)\b",
    re.IGNORECASE,
)


def is_reported_speech(text: str) -> bool:
    """True for a paragraph that quotes and attributes speech."""
    return bool(_REPORTED.search(text)) and bool(_SPEECH.search(text))


def phrase_rule_name(rules: RuleSet, para: Paragraph, tokens: list[str] | None = None,
                     learned: bool = False) -> str | None:
    """The name of the phrase rule that removes this paragraph, or None (reported speech is never removed).

    `tokens`: words(para.text), when the caller has them already (`learned`: and passed them to rules.learn()).
    """
    text = para.text  # a list item is judged by its words: "- Published 18 November 2019" (the mark holds no word)
    rule = rules.match(text[2:] if text.startswith(LIST_ITEM_MARKS) else text, tokens=tokens, learned=learned)
    return rule.name if rule and not is_reported_speech(para.text) else None


LIST_ITEM_MARKS = ("- ", "• ", "* ")  # a list item's mark as readers write it (trafilatura's "- " for an <li>)


LINK_ITEM_MAX_WORDS = 16
# page.link-heavy (saved HTML, where readers/html.py measures link density): a line this short
# that is this much link text points elsewhere. Longer or sentence-like lines stay: losing news
# is worse than keeping a teaser.
LINK_HEAVY_MAX_WORDS = 20
LINK_HEAVY_MIN_DENSITY = 0.9


def _link_heavy(para: Paragraph, tokens: list[str]) -> bool:
    return (para.link_density >= LINK_HEAVY_MIN_DENSITY and len(tokens) <= LINK_HEAVY_MAX_WORDS
            and not is_reported_speech(para.text) and not ENDS_SENTENCE.search(para.text))


# A "Related" heading (related.link, not "Continue reading") alone on its line, no headline after its label, heads a
# list even when the items carry no list marks, as a pasted page gives them; an item is a short line that does not
# end as a sentence does (a teaser's headline may end with its question mark).
BARE_HEADING_MAX_WORDS, BARE_HEADING_MAX_CHARS = 5, 40
LINK_ITEM_MAX_CHARS = 120
_AFTER_LABEL = re.compile(r"[:|»›>–—]\s*\S")  # "Related: <a headline>"
# A statement's end ("." "!" "…" and CJK stops) or a colon that introduces something (the article's own list): an item
# under a bare heading ends with neither (a teaser's headline may end with its question mark). Wider than
# page._ENDS_FULL_STOP_OR_BANG, a closing section's test, which takes no "…", CJK stop or colon.
_ENDS_STATEMENT_OR_COLON = re.compile(r"[.!…。！:：][\"'”’)\]]*\s*$")


def _link_list_items(paragraphs: tuple[Paragraph, ...], decisions: list[str | None]) -> list[bool]:
    """Short non-sentence items right after a "Related:" / "Read more" heading are links too."""
    flags = [False] * len(paragraphs)
    under_heading = bare = False
    for i, (para, name) in enumerate(zip(paragraphs, decisions)):
        if name is not None and name.startswith("related."):
            under_heading = True
            bare = (name == "related.link" and len(para.text) <= BARE_HEADING_MAX_CHARS
                    and len(para.text.split()) <= BARE_HEADING_MAX_WORDS and not _AFTER_LABEL.search(para.text))
            continue
        marked = para.kind == "list" or para.text.startswith(LIST_ITEM_MARKS)
        if (under_heading and name is None and len(para.text.split()) <= LINK_ITEM_MAX_WORDS
                and (marked and not ENDS_SENTENCE.search(para.text)
                     or bare and len(para.text) <= LINK_ITEM_MAX_CHARS and not _ENDS_STATEMENT_OR_COLON.search(para.text))):
            flags[i] = True  # a short item (tested only under a heading: most paragraphs are not)
        else:
            under_heading = False
    return flags


EDGE_FRAGMENT_MAX_WORDS = 8


def _edge_fragments(paragraphs: tuple[Paragraph, ...], authored: bool = True) -> list[bool]:
    """Runs of short non-sentences at the very start and end of the body ("BAAR, SWITZERLAND",
    "Updated at 1:23 p.m.", "___"): extractors keep them, they are never the article.

    A heading is no fragment when `authored` (a Markdown author wrote it); a heading a page's extractor kept at the
    body's edge ("Comments", "2019 American Music Awards") is furniture like any other line there."""
    def fragment(p: Paragraph) -> bool:
        return (not (authored and p.kind == "heading") and len(p.text) < 80
                and len(p.text.split()) <= EDGE_FRAGMENT_MAX_WORDS and not ENDS_SENTENCE.search(p.text))

    flags = [False] * len(paragraphs)
    start = 0
    while start < len(paragraphs) - 1 and fragment(paragraphs[start]):
        flags[start] = True
        start += 1
    end = len(paragraphs) - 1
    while end > start and fragment(paragraphs[end]):
        flags[end] = True
        end -= 1
    return flags


# page.teaser-neighbour: a headline-shaped line (this many words, no sentence end, no price or number
# list) next to one the scorer dropped that has the same shape is one more item of the same teaser block
# ("Related" headlines between the article's paragraphs); a lone subheading has no such neighbour.
TEASER_MIN_WORDS, TEASER_MAX_WORDS = 6, 20
_NOT_A_HEADLINE = re.compile(r"[$€£¥%]|(?:\d+\D+){2}\d")  # a price, a share, or three numbers (a table row, a date)


# A headline may open with its number ("7 key moments from …", "10 photos that …"); an item numbered "2." is a
# list's or a subheading's
_NUMBER_OPENING = re.compile(r"\d{1,3} (?=[A-Za-z])")


def _words_to(text: str, most: int) -> int:
    """len(text.split()) for a text of at most `most` words, else `most` + 1: split() stops there, so a long paragraph
    is not cut into every word to be compared with a headline's or a heading's few (these tests run on most lines)."""
    return len(text.split(None, most))


def _headline_shaped(text: str) -> bool:
    return (TEASER_MIN_WORDS <= _words_to(text, TEASER_MAX_WORDS) <= TEASER_MAX_WORDS
            and (text[:1].isupper() or _NUMBER_OPENING.match(text) is not None)
            and not ENDS_SENTENCE.search(text) and not text.endswith(":") and not _NOT_A_HEADLINE.search(text)
            and not is_reported_speech(text))


# A teaser's headline glued to its one-sentence summary when the page is copied, no full stop between them:
# "<headline> A new study suggests …." (a word that opens sentences, capitalised after a word, no punctuation)
_GLUED_TEASER = re.compile(
    r"^(?=[A-Z“\"'‘])[^.!?:;]{15,140}?[\w’'”\"]\s+(?:A|An|The|This|These|Even|He|She|It|It’s|It's|They|We|His|Her|"
    r"Their|How|Why|What|But|Now|Here)\s[^\n]{10,300}[.!?]$")
GLUED_TEASER_MAX_WORDS = 50


def _teaser_shaped(text: str) -> bool:
    return _headline_shaped(text) or (_words_to(text, GLUED_TEASER_MAX_WORDS) <= GLUED_TEASER_MAX_WORDS
                                      and _GLUED_TEASER.search(text) is not None and not is_reported_speech(text))


def _teaser_neighbours(texts: list[str], decisions: list[str | None]) -> list[bool]:
    """Kept teaser-shaped lines (a headline, or a headline glued to its summary) next to one of the same shape
    that the page scorer dropped."""
    shaped: dict[int, bool] = {}  # only lines at a border of kept and dropped ones are looked at, each once

    def teaser(i: int) -> bool:
        if i not in shaped:
            shaped[i] = _teaser_shaped(texts[i])
        return shaped[i]

    return [d is None and any(decisions[k] in SCORER_DROPS and teaser(k) for k in (i - 1, i + 1) if 0 <= k < len(texts))
            and teaser(i) for i, d in enumerate(decisions)]


PROSE_MIN_WORDS = 12


def _prose(text: str) -> bool:
    return _words_to(text, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS and ENDS_SENTENCE.search(text) is not None


def _teaser_runs(texts: list[str], decisions: list[str | None]) -> list[bool]:
    """Two or more kept headline-shaped lines in a row between kept paragraphs of prose: a teaser block inside
    the article (a subheading is one line, and the prose it heads follows it)."""
    kept = [i for i, d in enumerate(decisions) if d is None]
    flags = [False] * len(texts)
    a = 1
    while a < len(kept):
        b = a
        while b < len(kept) and _headline_shaped(texts[kept[b]]):
            b += 1
        if b - a >= 2 and b < len(kept) and _prose(texts[kept[a - 1]]) and _prose(texts[kept[b]]):
            for k in kept[a:b]:
                flags[k] = True
        a = max(b, a + 1)
    return flags


# page.lone-teaser: an article with subheadings has several (the pages read have four or more lines that are no
# sentence: headline-shaped or shorter headings); a headline-shaped line alone between the article's paragraphs,
# with at most one other line that is no sentence in the whole article, is a link to another story set into the
# text. Only on a pasted page, where the scorer found furniture to cut: an article pasted alone may have a single
# subheading.
LONE_TEASER_MAX_HEADINGS = 2
_CITES_SOURCE = re.compile(r"\[[^\[\]]{2,40}\]\s*$")
_HAS_LINK = re.compile(r"https?://|\bpic\.twitter\.com/|\bwww\.", re.IGNORECASE)


def _heading_like(text: str) -> bool:
    n = _words_to(text, TEASER_MAX_WORDS)  # (split once: a paragraph of more words is neither, most lines tested are)
    return n <= TEASER_MAX_WORDS and (_headline_shaped(text)
                                      or (n < TEASER_MIN_WORDS and not ENDS_SENTENCE.search(text)))


def _lone_teasers(texts: list[str], decisions: list[str | None], pasted_page: bool = True) -> list[bool]:
    """Kept headline-shaped lines between kept paragraphs of prose, or after the last paragraph of prose, in an
    article that keeps at most LONE_TEASER_MAX_HEADINGS lines that are no sentence (`pasted_page`: the scorer cut
    furniture from the text)."""
    flags = [False] * len(texts)
    if not pasted_page:
        return flags
    kept = [i for i, d in enumerate(decisions) if d is None]
    headings = list(islice((pos for pos, i in enumerate(kept) if _heading_like(texts[i])),
                           LONE_TEASER_MAX_HEADINGS + 1))
    if len(headings) > LONE_TEASER_MAX_HEADINGS:  # more than that: looked no further
        return flags
    # (a headline-shaped line is heading-like, so it is one of these; a line with a link is an embedded post's text,
    # whose signature the article keeps: no headline)
    shaped = [pos for pos in headings if _headline_shaped(texts[kept[pos]]) and not _HAS_LINK.search(texts[kept[pos]])]
    last_prose = next((pos for pos in range(len(kept) - 1, -1, -1) if _prose(texts[kept[pos]])), -1)  # from the end
    for pos in shaped:
        if not (0 < pos and _prose(texts[kept[pos - 1]])):
            continue
        if pos > last_prose:  # after the article's last paragraph: no subheading ends an article
            # (but a roundup's item ends by citing its source's headline: "… It’s Complicated [Bloomberg]")
            flags[kept[pos]] = not _CITES_SOURCE.search(texts[kept[pos]])
        elif (pos < len(kept) - 1 and _prose(texts[kept[pos + 1]])
              and not texts[kept[pos + 1]][:1].islower()):  # a line that runs on into the next is no headline
            flags[kept[pos]] = True
    return flags


def rule_decisions(article: Article, rules: RuleSet, token_lists: list[list[str]] | None = None) -> list[str | None]:
    """Per paragraph, the name of the phrase or layout rule that removes it (None: none does).

    `token_lists`: words(text) of each paragraph, when the caller has them already.
    """
    paragraphs = article.paragraphs
    tokens = token_lists if token_lists is not None else [words(p.text) for p in paragraphs]
    rules.learn(tokens)  # the page's words looked up for the gates at once, not paragraph by paragraph
    decisions = [phrase_rule_name(rules, p, t, True) for p, t in zip(paragraphs, tokens)]
    if "page.title-repeat" in rules:
        decisions = _with_rule(decisions, "page.title-repeat", title_repeats(article))
    if "page.edge-fragment" in rules:
        authored = not article.body_extracted  # (a page's headings are the extractor's reading, not an author's)
        decisions = _with_rule(decisions, "page.edge-fragment", _edge_fragments(paragraphs, authored))
    if "page.link-list" in rules:
        decisions = _with_rule(decisions, "page.link-list", _link_list_items(paragraphs, decisions))
    if "page.link-heavy" in rules:
        # (tested only on paragraphs no rule removed yet)
        decisions = [d or ("page.link-heavy" if _link_heavy(p, t) else None) for d, p, t in zip(decisions, paragraphs, tokens)]
    return decisions


def _with_rule(decisions: list[str | None], name: str, flags: list[bool]) -> list[str | None]:
    """`decisions` with rule `name` for each flagged paragraph that no rule before it removes."""
    return [d or (name if f else None) for d, f in zip(decisions, flags)]


def furniture_hits(decisions: list[str | None]) -> int:
    """How many paragraphs rules of the page-furniture categories removed (evidence of a pasted page)."""
    return sum(1 for d in decisions if d is not None and d.split(".")[0] in PAGE_FURNITURE_CATEGORIES)


def _without_hover_cards(para: Paragraph, rule: Rule, removed: list[Removal]) -> Paragraph:
    """The paragraph without the hover cards glued into its sentences (page.hover-card), each card added to
    `removed`: the one rule that cuts a passage out of a paragraph the article keeps."""
    text, cards = cut_hover_cards(para.text)
    if not cards:
        return para
    removed.extend(Removal(card, rule.name, rule.category, rule.reason) for card in cards)
    return replace(para, text=text)


def _title_without_hover_cards(title: str, article: Article) -> str:
    """A title the reader made from the lead sentence is made again from the lead without its cards (a card
    would fill the title's 80 characters); any other title loses its cards."""
    lead = article.paragraphs[0].text if article.paragraphs else ""
    if article.title_guessed and title == title_from_lead(lead) and (cut := cut_hover_cards(lead))[1]:
        return title_from_lead(cut[0])
    return cut_hover_cards(title)[0]


def clean(article: Article, rules: RuleSet | None = None) -> Article:
    """Return the article with boilerplate paragraphs moved to `removed`, each with its rule.

    Phrase rules (briefgen.cleaning.patterns) decide first; then the page scorer
    (briefgen.cleaning.page) finds the article in a pasted page. Either can be switched off by
    rule name (`page.*` switches off the scorer). A title guessed from the text's first line gives
    way to the headline found above the article (briefgen.cleaning.headline).
    """
    rules = default_ruleset() if rules is None else rules
    paragraphs = article.paragraphs
    texts = [p.text for p in paragraphs]
    twins = list(map(ascii_twin, texts))  # once, for words() and the scorer's byte paths
    token_lists = list(map(twin_words, texts, twins))  # once, for the rules' gates, the scorer and the headline
    decisions = rule_decisions(article, rules, token_lists)
    if not article.body_extracted and ("page.furniture" in rules or "page.short-fragment" in rules):
        page = page_decisions(texts, [p.link_density for p in paragraphs], furniture_hits(decisions), token_lists,
                              comment_section_starts(texts, decisions), twins, decisions)
        decisions = [d or (pd if pd in rules else None) for d, pd in zip(decisions, page)]
        # the items of a list the article introduces with a colon are the article's, whatever they score, and so is
        # a social post embedded in it (its text, its signature line)
        decisions = with_article_parts(texts, decisions)
        if "page.teaser-neighbour" in rules:
            decisions = _with_rule(decisions, "page.teaser-neighbour", _teaser_neighbours(texts, decisions))
        if "page.teaser-run" in rules:
            decisions = _with_rule(decisions, "page.teaser-run", _teaser_runs(texts, decisions))
        if "page.glued-teaser" in rules:
            decisions = _with_rule(decisions, "page.glued-teaser", glued_teasers(texts))
        if "page.lone-teaser" in rules:
            decisions = _with_rule(decisions, "page.lone-teaser", _lone_teasers(texts, decisions, pasted_page=any(page)))
        # (after the teaser rules: a gap holding a teaser they named is a block set into the article)
        decisions = [None if gap else d for d, gap in zip(decisions, inner_gaps(texts, decisions))]
    # (before the headline is looked for: a standfirst parts the page's head from the article, and the headline may be
    # one of the lines it removes)
    if "page.above-dateline" in rules and not article.body_extracted:
        decisions = _with_rule(decisions, "page.above-dateline", above_dateline(texts, decisions))
    if "page.standfirst" in rules and not article.body_extracted:
        decisions = _with_rule(decisions, "page.standfirst", standfirsts(texts, decisions))
    title = article.title
    headline_line = None
    if article.title_guessed:  # only the text's first line or lead: a pasted page's is a menu item
        title_is_furniture = title is not None and phrase_rule_name(rules, Paragraph(title)) is not None
        headline = page_headline(texts, token_lists, decisions, title_is_furniture, words(title or ""))
        if headline:
            title = headline.text
            headline_line = headline.line
            if headline.line is not None and "page.title-repeat" in rules:
                decisions[headline.line] = "page.title-repeat"  # removed as what it is: the headline
    if "byline.named-bio" in rules:
        decisions = _with_rule(decisions, "byline.named-bio", author_bios(texts, decisions))
    if "page.pull-quote" in rules:
        decisions = _with_rule(decisions, "page.pull-quote", pull_quotes(texts))
    kept: list[Paragraph] = []
    removed = list(article.removed)
    card_rule = rules.get("page.hover-card")
    for para, name in zip(paragraphs, decisions):
        rule = rules.get(name) if name else None
        if rule is None:
            if card_rule is not None:
                para = _without_hover_cards(para, card_rule, removed)
            kept.append(para)
        else:
            removed.append(Removal(para.text, rule.name, rule.category, rule.reason))
    if card_rule is not None and title:
        title = _title_without_hover_cards(title, article)
    date, date_origin = article.date, article.date_origin
    if date_origin != "source" and not article.body_extracted and (line := page_date(texts, decisions, headline_line)):
        date, date_origin = line.date, "text"  # the page's own date line, over the file's modification date
    return replace(article, paragraphs=tuple(kept), removed=tuple(removed), title=title, date=date,
                   date_origin=date_origin)
