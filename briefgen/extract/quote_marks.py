"""Pair quotation marks into quoted passages and split the narration around them into sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.date_rules import MONTH_ABBREVIATIONS, MONTH_NAMES

MIN_WORDS = 3  # two-word quotes are names and scare quotes ("Operation Midnight", "fake news")
_OPEN = "“„«"
_CLOSE = "”»"
_MARKS = re.compile(r"[\"“”„«»]")
WORD = re.compile(r"\w+")
# Markup tags; attribute values may quote whole sentences (a fact-check's verdict in a tweet embed), hence the length
# (… and a tag with attributes that a line break cut off at the paragraph's end: '<tweet author="…" date="')
_TAG = re.compile(r"<[^<>]{1,2000}>|<[A-Za-z][\w-]*\s+[\w-]+=[^<>]{0,2000}$")
# Words a Title Cased name of a work may keep in lower case ("Orange is the New Black", "Los Hijos de
# Trump"), and the pieces \w+ leaves of a contraction ("Here’s the Thing" → Here, s, the, Thing).
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as but nor vs is are be it its de la "
                               "el los las del y s t ll re ve d m".split())
TITLE_MAX_WORDS = 8
TITLE_WITH_AUTHOR_MAX_WORDS = 16  # a Title Cased passage followed by its author is a work's title, even a long one
MASK = "§"  # replaces quoted words so rules read only the narration around quotes
# Sentence ends: terminal punctuation, optional closing quote/bracket, space, then a capital or quote.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(A-Z§])")
# Quoted text that the narration right after it marks as the title of a work or a dated slogan,
# not as speech. Each rule is named; a rule reads the text from the closing mark on.
NOT_SPEECH_AFTER: dict[str, re.Pattern[str]] = {
    # '"Met accused of whitewashing baby Jesus," by Post's Kathiann Murphy': a headline and its byline
    "headline with byline": re.compile(r"[\"”’]\s*by\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?\s+[A-Z]"),
    # '“Orange is the New Black” star Dascha Polanco': a show named before its star
    "show before its star": re.compile(r"[\"”’]\s*(?:star|co-star|actor|actress|host|creator|author)\s+[A-Z]"),
    # '"Document found on street not secret, say feds" — The Canadian Press, August 15, 2008': a source list's
    # headline, its publication and date (not '"… We have brains." — Peres, on whether …': a speaker's words)
    "cited headline": re.compile(r"[\"”’]\s*[—–-]{1,2}\s*(?:[A-Z][\w.&'’-]*\s+){0,5}[A-Z][\w.&'’-]*,\s+"
                                 rf"(?:(?:{MONTH_NAMES})\s+\d{{1,2}},\s+)?(?:1[89]|20)\d\d\b"),
    # 'Tax Foundation, "Tracking the Economic Impact of Tariffs," May 31, 2019': a source list's title, then only
    # the date (and the publication) to the paragraph's end
    "dated citation": re.compile(rf"[\"”’]\s*[,.]?\s*(?:(?:[A-Z][\w.&'’-]*\s+){{0,4}}[A-Z][\w.&'’-]*[,.]\s*)?"
                                 rf"(?:(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\.?\s+\d{{1,2}},?\s+|"
                                 rf"\d{{1,2}}\s+(?:{MONTH_NAMES})\s+|(?:{MONTH_NAMES})\s+)?(?:1[89]|20)\d\d\.?\s*$"),
    # '"Yes to minaret ban" (2009)': a campaign slogan or poster dated in brackets
    "dated slogan": re.compile(r"[\"”’]\s*\((?:\w+\s+){0,3}(?:1[89]|20)\d\d\)"),
}
# … and the narration right before it (read up to and including the opening mark).
NOT_SPEECH_BEFORE: dict[str, re.Pattern[str]] = {
    # 'on the podcast “Here’s the Thing.”', 'author of “America’s Bitter Pill,”', 'a play called "Los Hijos de Trump"'.
    # Lower case only ("Dr. Paul Song “was inappropriate”" names a man), and not before a colon, which opens what the
    # work says ('as he put it in his book: “…”').
    "name of a work": re.compile(
        r"\b(?:podcast|book|novel|memoir|film|movie|documentary|song|anthem|album|play|musical|sitcom|poem|"
        r"op-ed|commentary|column|editorial|essay|author of|host of|star of)"
        r"(?:\s+(?:called|titled|entitled|named))?(?:\s+on\s+\w+\.?\s+\d+)?[\s,]*[\"“]$"),
    # 'in a CounterPunch article titled "Clinton Does Best …"', 'a report entitled, "…"': the title of a piece right
    # before the mark (a piece its author is said to publish keeps its title as the author's words, as PolNeAR reads
    # it: 'Favreau published a column, entitled, "…"', 'The Post responded with a piece, entitled "…"')
    "titled": re.compile(
        r"^(?!.*\b(?:published|publishes|wrote|writes|penned|posted|responded with|released|issued|authored|ran)\b"
        r"[^.!?\"“”]{0,80}[\"“]$).*\b(?:titled|entitled|subtitled|headlined|captioned)[\s,:]*[\"“]$", re.I | re.S),
    # 'a group called "Friends of the River"', 'an app named "…"': a thing given a name right before the mark (not
    # 'what he called "…"', 'The candidate labeled "…"', 'who he dubbed "…"': someone's own words, as PolNeAR reads them)
    "called": re.compile(
        r"\ban?\s+(?:[a-z][\w-]*\s+){0,3}(?:called|named|known as)[\s,:]*[\"“]$"),
}
BEFORE_WINDOW = 160  # characters of narration the NOT_SPEECH_BEFORE rules read ("published a column …, entitled")
_ABBREV_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|No|vs|U\.S|U\.N|[A-Z]))\.$")
# "Del." is a title, Delegate, before a name ("said Del. Stacey Plaskett", "the sponsor, Del. Eleanor Holmes Norton"),
# which does not end a sentence, and Delaware after a place and a comma ("in Dover, Del. The vote …"), which may.
_TITLE_OR_STATE_END = re.compile(r"\bDel\.$")
_PLACE_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*,\s+\w+\.$")


# Some archives (the New York Times' among them) write a double quotation mark as two apostrophes: ''We will win,''
# he said. An opening pair stands before a word, a closing pair after one. Three apostrophes are a double mark and
# a single one: ''' opens with the pair ("'Hey …) and closes with the single mark first (… of us,'").
_APOSTROPHES_OPEN = re.compile(r"(?<![^\s(\[—–-])''(?=[\w$£€(‘\"“…']|\.\.\.)")
_APOSTROPHES_CLOSE = re.compile(r"(?<=[\w.,!?;:…%)\]’'])''(?![\w'])")


def with_double_marks(text: str) -> str:
    """The text with each pair of apostrophes used as a quotation mark written as a straight double mark, padded
    with a space so that every offset stays that of the text as written."""
    if "''" not in text:
        return text
    return _APOSTROPHES_CLOSE.sub('" ', _APOSTROPHES_OPEN.sub(' "', text))


def with_curly_marks(text: str) -> str:
    """The text with each pair of apostrophes used as a quotation mark written as a curly one, as readers see it:
    ''We will win,'' he said → “We will win,” he said."""
    if "''" not in text:
        return text
    return _APOSTROPHES_CLOSE.sub("”", _APOSTROPHES_OPEN.sub("“", text))


@dataclass(frozen=True, slots=True)
class Span:
    """One quoted passage: paragraph index, offsets of the text inside the marks."""

    paragraph: int
    start: int
    end: int
    open_mark: int  # offset of the opening mark (== start - 1 unless the quote carried over)
    close_mark: int  # offset of the closing mark, or len(text) when the quote runs on
    carried: bool = False  # continues a quote left open at the end of the previous paragraph


def _mark_kind(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the quotation mark at text[i]."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in _OPEN:
        # "the best in the world“ and": an opening mark used to close (no space before, space after)
        closes = not before.isspace() and before not in "([{—–-/" and (after.isspace() or after in ".,;:!?)") and i > 0
        return "close" if closes else "open"
    if ch in _CLOSE and not text[:i].strip() and not after.isalnum():
        # '” … in the case of Wyoming, …,” wrote Time': a closing mark opening its paragraph opens a quote (a
        # quote never carries on into a paragraph with its closing mark)
        return "open"
    if ch in _CLOSE and not (before.isspace() and after.isalnum()):
        return "close"
    if before.isspace() or before in "([{—–-/" or i == 0:
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]}—–-" or i + 1 == len(text):
        return "close"
    return "either"


def find_spans(paragraphs: Sequence[str], run_on: bool = True) -> list[Span]:
    """Pair quotation marks, carrying an unclosed quote into a paragraph that opens with a mark.

    With run_on=False only passages closed by a mark in the same paragraph are kept (the opening
    paragraphs of a multi-paragraph quote are dropped), which is how PolNeAR's gold counts quotes.
    """
    spans: list[Span] = []
    carried_open = False
    for index, raw in enumerate(paragraphs):
        text = _TAG.sub(lambda m: " " * len(m.group()), with_double_marks(raw))  # <tweet author="…"> values are not quotes
        open_at: int | None = None
        carried = False
        for m in _MARKS.finditer(text):
            kind = _mark_kind(text, m.start())
            if open_at is None and kind == "close" and carried_open and not (spans and spans[-1].paragraph == index):
                # the closing mark of a quote whose continuation is set without reopening it (as a block quote)
                lead = len(text) - len(text.lstrip())
                spans.append(Span(index, lead, m.start(), lead, m.start(), True))
                continue
            if open_at is None:
                if kind != "close":
                    carried = carried_open and not text[: m.start()].strip()
                    open_at = m.start()
                continue
            if kind == "open":
                # a second opening mark: the first was stray (or lost its closing mark); nothing
                # tells where it ended, so only the second one is kept
                open_at, carried = m.start(), False
            else:
                spans.append(Span(index, open_at + 1, m.start(), open_at, m.start(), carried))
                open_at, carried = None, False
        nxt = with_double_marks(paragraphs[index + 1]).lstrip() if index + 1 < len(paragraphs) else ""
        # a quote left open runs on when the next paragraph reopens it (the print convention) or, set as a block
        # quote, closes it before any other mark
        carried_open = open_at is not None and bool(nxt) and (nxt[0] in _OPEN + '"' or _first_mark_closes(nxt))
        if carried_open and open_at is not None and run_on:
            spans.append(Span(index, open_at + 1, len(text), open_at, len(text), carried))
    return [s for s in _closed_chains(spans, paragraphs)
            if _is_quotation(paragraphs[s.paragraph], s) and not_speech(paragraphs[s.paragraph], s) is None]


# A pull-quote's sign-off set as its own paragraph inside the marks ('Jane Roe, Institute for Fiscal Studies."'): it
# names the speaker, it does not continue the quote.
_SIGNOFF_PARAGRAPH = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+[^.!?\"”]{1,80}[.!?]?[\"”]\s*$")


def _first_mark_closes(text: str) -> bool:
    """Whether a paragraph's first quotation mark closes a quote, none having opened in it (and it is no sign-off)."""
    first = _MARKS.search(text)
    return (first is not None and first.start() > 0 and _mark_kind(text, first.start()) == "close"
            and not _SIGNOFF_PARAGRAPH.match(text))


def not_speech(text: str, span: Span) -> str | None:
    """The name of the rule that marks a quoted passage as a title or slogan rather than speech, or None."""
    after = text[span.close_mark: span.close_mark + 80]
    before = text[max(0, span.open_mark - BEFORE_WINDOW): span.open_mark + 1]
    return next((name for name, rule in NOT_SPEECH_AFTER.items() if rule.match(after)), None) or next(
        (name for name, rule in NOT_SPEECH_BEFORE.items() if rule.search(before)), None)


def _closed_chains(spans: list[Span], paragraphs: Sequence[str]) -> list[Span]:
    """Keep a run-on quote only when its chain of paragraphs ends with a closing mark somewhere."""
    keep: list[Span] = []
    pending: list[Span] = []
    for s in spans:
        runs_on = s.end == len(paragraphs[s.paragraph]) and s.close_mark == len(paragraphs[s.paragraph])
        if s.carried or pending:
            if not s.carried:
                pending = []  # the chain broke off: the quotes left open were stray marks
        if runs_on:
            pending.append(s)
            continue
        if s.carried:
            keep.extend(pending)
        pending = []
        keep.append(s)
    return sorted(keep, key=lambda s: (s.paragraph, s.start))


def _is_quotation(paragraph: str, span: Span) -> bool:
    """At least three words, and not a Title Cased name of a work or slogan ("Meet the Press") unless the
    narration presents it as spoken ('chanting "Feel the Bern!"', '"There it is," Christie said')."""
    text = paragraph[span.start: span.end]
    words = WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    title_cased = bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)
    before = paragraph[max(0, span.open_mark - 40): span.open_mark]
    after = paragraph[span.close_mark + 1: span.close_mark + 60]
    if title_cased and len(words) <= TITLE_WITH_AUTHOR_MAX_WORDS and (
            _AUTHOR_AFTER.match(after) or _AUTHOR_BEFORE.search(before)):
        return False
    if not (len(words) <= TITLE_MAX_WORDS and title_cased):
        return True
    if _PROGRAMME_BEFORE.search(before):
        return False
    return bool(_SPOKEN_BEFORE.search(before) or _SPOKEN_AFTER.match(after))


# '"Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard" by George Anders': the author of a work
_AUTHOR_AFTER = re.compile(r"\s*,?\s*by\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*")


# 'According to E. J. Fleming's "The Fixers: Eddie Mannix, Howard Strickling and the MGM Publicity Machine"': a Title
# Cased passage right after a named person's possessive is that person's work, however long its title
_AUTHOR_BEFORE = re.compile(r"\b[A-Z][\w.-]*[a-z]['’]s\s*$")


# 'on “CBS This Morning,” Sanders said', 'Fox News channel’s “Sunday Morning Futures,” Rep. Issa said': a Title Cased
# passage right after "on" or a possessive is a programme or work, even when a speaker's "X said" follows it.
_PROGRAMME_BEFORE = re.compile(r"(?:\bon|\w['’]s)\s*$")


# Narration that presents a Title Cased passage as something said, not a name: a speech verb or a chant
# right before it, or "X said" right after it. ("told ABC's" and "on NBC's" introduce programme names.)
_SPOKEN_BEFORE = re.compile(
    r"\b(?:said|says|say|declared|declares|exclaimed|shouted|shouting|yelled|chanted|chanting|chants of|cries of|"
    r"calls of|interjecting|interjected|replied|added|tweeted|wrote|asked|singing|sang)[\s,:]*$", re.I)
_SPOKEN_AFTER = re.compile(
    r"\s*(?:(?:[A-Z][\w.’'-]*\s+){1,3}|(?:he|she|they|I|we)\s+)(?:said|says|added|adds|tweeted|wrote|asked|told|"
    r"declared|shouted|replied)\b")


def mask(text: str, spans: Sequence[Span]) -> str:
    """The paragraph with each quote's words replaced by a mark, keeping every offset."""
    out = list(text)
    for s in spans:
        for i in range(s.start, s.end):
            out[i] = " "
        if s.end > s.start:
            out[s.start] = MASK
    return "".join(out)


# A nickname or a short name in quotation marks inside the narration, pairing no quote (fewer than MIN_WORDS words):
# 'Marcia "Cia" Price', 'wearing “Ted Cruz” pins', 'the hacker known as “Guccifer,” stated'. A word or a comma and
# a space before the opening mark: a word quoted at the start of a sentence ('"Safety," said Grimm') is speech. Not
# a programme's name after "on" or a possessive ('on CNN’s “State of the Union”'), where a context is cut.
_SHORT_PHRASE = re.compile(r"(?<=[\w,] )(?<!\bon )(?<!['’]s )[\"“]([^\"“”§.!?;:\n]{1,40})[\"”]")


# A nickname inside a name: 'Marcia "Cia" Price' is Marcia Price.
_NICKNAME = re.compile(r"(\b[A-Z][a-z][\w'’-]* )([\"“][A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?[\"”])(?= [A-Z])")


def without_phrase_marks(masked: str) -> str:
    """The masked paragraph with the marks around short phrases in the narration written as spaces, and a nickname
    inside a name with them, offsets kept, so that a speaker's name and apposition read on past them."""
    if '"' not in masked and "“" not in masked:
        return masked  # (both patterns open on a mark; most paragraphs have none left, and scanning them is the cost)
    def blank(m: re.Match[str]) -> str:
        return f" {m.group(1)} " if len(WORD.findall(m.group(1))) < MIN_WORDS else m.group()
    return _SHORT_PHRASE.sub(blank, _NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), masked))


def sentence_bounds(masked: str) -> list[tuple[int, int]]:
    """Sentence offsets in a masked paragraph (quotes cannot end a sentence from inside)."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(masked):
        if _ABBREV_END.search(masked[max(0, m.start() - 4): m.start() + 1]) or _title_before_name(masked, m):
            continue
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(masked)))
    return bounds


def _title_before_name(masked: str, end: re.Match[str]) -> bool:
    """The sentence end found is the dot of a title that doubles as a state's abbreviation, before a name."""
    before = masked[max(0, end.start() - 40): end.start() + 1]
    return (bool(_TITLE_OR_STATE_END.search(before)) and not _PLACE_BEFORE.search(before)
            and masked[end.end(): end.end() + 1].isupper())
