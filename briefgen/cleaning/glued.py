"""page.glued-teaser: teasers whose headline a copy glued to their lead ("… At Troy SteakhouseA party of six left …").

Copying a page whose teasers set a headline above a one-sentence summary, in boxes without a line break
between them, glues the two: "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left
Ruth's Chris Steakhouse in Troy without paying their bill." Such a paragraph is known only where the signal is
strong: it opens with a headline in Title Case whose last word is glued, with no space, to a capitalised word
that opens a sentence (a lower-case word or a number follows it, and the rest ends as a sentence does). An
article's own paragraphs never open so; its headline glued to its lead would be one such paragraph, a teaser
list several: GLUED_TEASERS_MIN on the page (a page that lost its line breaks) make each a teaser. Names
written with a capital inside ("McDonald", "YouTube", "PolitiFact", "MacBook") are no glue: their first part is
a name's prefix or a brand's first half (NAME_PREFIXES), too short to end a headline or in lower case ("iPhone"),
or the page writes the whole word elsewhere too. A headline run on into its lead's dateline, with a space
("… return home from US NEW DELHI: Their American dream …"), is the same teaser (dateline_after_headline).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

GLUED_TEASERS_MIN = 3
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 3, 20
LEAD_MIN_WORDS = 5
DATELINE_HEADLINE_MIN_WORDS = 4
# The capital-inside names' first parts (a surname's prefix, a brand's first half): never a headline's last word.
NAME_PREFIXES = frozenset(
    "mc mac de di da du la le van von der del o d al el you politi give we soft air face mag key jet shop news good "
    "info insta wiki black apple play power drop net git linked post fire smart dual my".split())
FRAGMENT_MIN_CHARS = 3
# Function words a Title Case headline writes in lower case.
_SMALL_WORDS = frozenset("a an the and or but of in on at to for from by with as vs v. via into over after".split())

# headline (no sentence end inside), its last word's end glued to a capitalised word, a lower-case word or a
# number after it, and the rest of the lead ending as a sentence does
_GLUED = re.compile(
    r"^(?P<head>[^.!\n]{10,200}?[a-z0-9?’'”)])(?P<lead>[A-Z][a-z]*\s+[a-z0-9][^\n]*[.!?…][\"”’)]?)$")
# On a page with GLUED_TEASERS_MIN such teasers, the glued word may be followed by anything (a name, a comma:
# "… In Northern MichiganMichigan Department of Natural Resources …", "… In Metro DetroitOfficially, the …").
# (and the headline may hold a sentence's end: "… Cider Mill. Here's A Look At Some FavoritesFall has arrived.")
_GLUED_LOOSE = re.compile(
    r"^(?P<head>[^\n]{10,200}?[a-z0-9?’'”)])(?P<lead>[A-Z][\w'’-]*[\s,;:][^\n]*[.!?…][\"”’)]?)$")
# A teaser's headline run on into its lead's dateline, a space between them ("… deportees return home from US
# NEW DELHI: Their American dream …"): an article's paragraph opens with its dateline, never after a headline.
_DATELINE_AFTER_HEADLINE = re.compile(
    r"^(?P<head>[A-Z0-9‘“'\"](?:[^.!?\n]|(?<=\d)\.(?=\d)){15,200}[\w’'”)?]) "
    r"(?P<lead>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}: [A-Z][^\n]*)$")
_WORD = re.compile(r"[\w'’-]+")
# Quick tests of what each shape needs, so that most paragraphs skip the backtracking patterns above: a word's end
# glued to a capital (within the longest headline), and a colon after a word in capitals.
_GLUE_MARK = re.compile(r"[a-z0-9?’'”)][A-Z]")
_DATELINE_COLON = re.compile(r"[A-Z]: [A-Z]")
_HEAD_REACH = 320  # characters a headline and the words after it span at most (200 and a dateline)


def _title_case(head: str) -> bool:
    words = [w for w in _WORD.findall(head) if w.lower() not in _SMALL_WORDS and not w[0].isdigit()]
    return (HEADLINE_MIN_WORDS <= len(head.split()) <= HEADLINE_MAX_WORDS and bool(words)
            and sum(w[0].isupper() for w in words) >= 0.8 * len(words))


def glue_point(text: str, written_elsewhere: Callable[[str], bool] = lambda word: False,
               loose: bool = False) -> int | None:
    """Where the lead starts in a headline glued to its lead, or None (`written_elsewhere`: whether the page
    writes a word in another place too, so that a name with a capital inside, written whole, is never cut;
    `loose`: on a page known to glue its teasers, any word may follow the glued one)."""
    m = (_GLUED_LOOSE if loose else _GLUED).match(text)
    if m is None or len(m["lead"].split()) < LEAD_MIN_WORDS or not _title_case(m["head"]):
        return None
    fragment = m["head"].rsplit(None, 1)[-1]
    opening = _WORD.match(m["lead"]).group()  # type: ignore[union-attr]
    letters = fragment.strip("'’\"“”(")
    if (letters[:1].islower() or (letters.isalpha() and len(letters) < FRAGMENT_MIN_CHARS)
            or letters.lower() in NAME_PREFIXES or letters.lower() in _SMALL_WORDS  # "Readers of TheBlaze …"
            or len(opening) == 1 and opening not in "AI"  # "SciSpacE team"
            or written_elsewhere(fragment + opening)):
        return None
    return m.start("lead")


def dateline_after_headline(text: str) -> bool:
    """A headline (DATELINE_HEADLINE_MIN_WORDS or more, not all in capitals) run on into a lead that opens with
    its dateline in capitals ("NEW DELHI: …")."""
    if text.find(": ", 0, _HEAD_REACH) < 0 or not _DATELINE_COLON.search(text, 0, _HEAD_REACH):
        return False
    m = _DATELINE_AFTER_HEADLINE.match(text)
    return (m is not None and len(m["head"].split()) >= DATELINE_HEADLINE_MIN_WORDS and not m["head"].isupper()
            and len(m["lead"].split()) >= LEAD_MIN_WORDS + 2
            and m["head"].rsplit(None, 1)[-1].lower() not in _SMALL_WORDS)  # "Former AG Mukasey at RNC: …"


def glued_teasers(texts: list[str]) -> list[bool]:
    """Which paragraphs are a headline glued to its lead, when the page has at least GLUED_TEASERS_MIN of them."""
    flags = [dateline_after_headline(text) for text in texts]
    if sum(flags) >= GLUED_TEASERS_MIN:
        return flags
    flags = [False] * len(texts)
    candidates = [i for i, text in enumerate(texts) if _GLUE_MARK.search(text, 0, _HEAD_REACH) and _GLUED.match(text)]
    if len(candidates) < GLUED_TEASERS_MIN:  # most pages: one regex scan a paragraph, nothing more
        return flags
    counts = Counter(w for text in texts for w in _WORD.findall(text))

    def elsewhere(i: int) -> Callable[[str], bool]:
        own = Counter(_WORD.findall(texts[i]))
        return lambda word: counts[word] > own[word]

    for i in candidates:
        flags[i] = glue_point(texts[i], elsewhere(i)) is not None
    if sum(flags) < GLUED_TEASERS_MIN:
        return [False] * len(texts)
    for i, text in enumerate(texts):  # the page glues its teasers: the looser shape is one too
        flags[i] = flags[i] or (_GLUED_LOOSE.match(text) is not None and glue_point(text, elsewhere(i), loose=True) is not None
                                or _doubled_headline(text))
    return flags


def _doubled_headline(text: str) -> bool:
    """A teaser whose summary is its headline again, glued ("… During Home RenovationMichigan Couple Finds … Renovation")."""
    half = len(text) // 2
    return (len(text) % 2 == 0 and text[:half] == text[half:] and text[half - 1:half].isalnum() and text[half].isupper()
            and _title_case(text[:half]))
