"""The publication a pasted page names as its own: a "Source:" label, its copyright line, its paywall prompt."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from briefgen.readers.common import publisher_from_text

__all__ = ["LINE_MAX_CHARS", "SOURCE_CUES", "page_source"]

LINE_MAX_CHARS = 300  # a label or a copyright notice is a short line; a long paragraph is news

# A publication's name: one to five capitalised words or a web address ("Moneycontrol.com", "The Hindu",
# "Al Jazeera News", "pv magazine" is written lower-case by its owner but opens no name here).
_NAME = r"((?:The\s+)?(?=[\w.-]*[^\W\d_])[A-Z0-9][\w&'’.-]*(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|on|de|&)){0,4})"
# Years a copyright notice gives: "2019", "1996-2019", "2000 - 2019", "2005–2019".
_YEARS = r"(?:\d{4}(?:\s*[-–—]\s*\d{4})?,?\s+)?"

# The cues, in the order they are trusted (rules as data): (name, pattern). Each pattern's group 1 is the name.
# A label must open its line, follow a separator ("Last Updated : Nov 20, 2019 | Source: Moneycontrol.com") or
# stand in brackets ("(Source: The Hindu)"), and end it: "according to a source: …" in a news sentence is no label.
SOURCE_CUES: tuple[tuple[str, str], ...] = (
    ("source-label", r"(?:^|[|•·]\s*|\(\s*)(?i:source)\s*:\s*" + _NAME + r"\s*\)?\.?$"),
    # "Wccftech © 2019 NewAge ADS, LLC": the site's own name before its owner's notice
    ("copyright-brand", r"^" + _NAME + r"\s+©"),
    # "© 2019 The New York Times Company", "Copyright © 2019 The Paradigm. All Rights Reserved.", "This site ©
    # 2018 Gamer Network" (the holder; a company is checked by _holder)
    ("copyright-line", r"^(?:[\w.-]+\s+){0,3}?(?:(?i:copyright)\s*(?:\((?i:c)\)\s*)?)?©\s*(?i:copyright\s+)?" + _YEARS
     + r"(?:by\s+)?" + _NAME),
    # "Copyright The Channel Company, All rights reserved", "Copyright (c) 2019 Example Press"
    ("copyright-word", r"^(?i:copyright)\s+(?:\((?i:c)\)\s*)?" + _YEARS + _NAME),
)
_CUES = tuple((name, re.compile(pattern)) for name, pattern in SOURCE_CUES)

# A "Source:" label naming these is a chart's or a table's data, not the page's publisher ("Source: U.S. Census
# Bureau", "Source: Company reports"); an image's credit ("Image Source: …", "Photo: … © Reuters") is no label.
DATA_WORDS = frozenset(
    "bureau department ministry office survey census data statistics analysis estimates calculations reports "
    "report research agency administration commission authority bank fund institute university council".split())
_CREDIT_BEFORE = re.compile(r"(?i)\b(?:image|images|photo|photos|photograph|picture|pictures|video|illustration|"
                            r"graphic|chart|map|credit|credits|courtesy)\b[^|]{0,20}$")
# The legal form a copyright holder's name ends with: not part of the publication's name.
_LEGAL_FORM = re.compile(r"(?:,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Limited|Pty|Pvt|Private|Corp|Corporation|Co|PLC|GmbH|"
                         r"S\.A|AG)\.?)+$", re.IGNORECASE)
# A holder ending in one of these, or in a legal form, is a company that may own many publications ("Hearst
# Communications, Inc.", "Ziff Davis, LLC", "Future US, Inc."): its name is the page's source only when the page
# names the publication so on its other lines ("The New York Times Company" → "The New York Times").
GROUP_WORDS = frozenset("company media group communication communications publishing network newspapers "
                        "interactive broadcasting holdings enterprises organization organisation institute".split())
# A notice is the page's own when it gives a year or reserves rights; "© Martin Taylor" alone is a photo's credit.
_NOTICE = re.compile(r"(?i)\b(?:19|20)\d\d\b|rights\s+reserved|\bcopyright\b")
_NOT_A_NAME = frozenset("copyright this all the site".split())


def _strip_years(name: str) -> str:
    return re.sub(r"[\s,]+\d{4}(?:\s*[-–—]\s*\d{4})?$", "", name).strip()


def _named_elsewhere(core: str, others: str) -> bool:
    """`core` stands on the page's other lines as a name of its own: not "The Channel" of "The Channel Company";
    one word, twice, never after a capitalised word ("Fox News" names no "News") and never lower-case
    ("Breaking Media": "breaking")."""
    alone = 0
    for m in re.finditer(rf"(?<![\w-]){re.escape(core)}(?![\w-])", others):
        after = others[m.end(): m.end() + 40].split()
        before = others[max(0, m.start() - 40): m.start()].split()
        if after and after[0].strip(",.").lower() in GROUP_WORDS:
            continue
        if " " not in core and before and before[-1][:1].isupper():
            continue
        alone += 1
    if " " in core:
        return alone >= 1
    return alone >= 2 and not re.search(rf"(?<![\w-]){re.escape(core.lower())}(?![\w-])", others)


def _holder(name: str, others: Callable[[], str]) -> str | None:
    """The copyright holder's name as a publication's, or None when it is a company the page names nowhere else
    (`others`: the page's other lines, joined, asked for only then)."""
    name = _strip_years(re.split(r"\.\s|(?i:\s+all\s+rights)", re.sub(r"^(?i:all\s+rights\s+reserved)\s+", "", name))[0])
    bare = _LEGAL_FORM.sub("", name).strip(" ,.")
    words = bare.split()
    if not words or words[0].lower() in _NOT_A_NAME and len(words) == 1 or words[0].lower() == "copyright":
        return None
    if words[-1].lower() not in GROUP_WORDS and bare == name.strip(" ,."):
        return bare
    while words and words[-1].lower() in GROUP_WORDS:
        words.pop()
    if not words or words[-1].lower() in ("the", "of"):
        return None
    core = " ".join(words)
    return core if _named_elsewhere(core, others()) else None


def _label_name(match: re.Match[str]) -> str | None:
    name = match.group(1).rstrip(".")
    if any(w.lower().strip(".,") in DATA_WORDS for w in name.split()):
        return None
    return name


def page_source(paragraphs: list[str]) -> str | None:
    """The publication the page names as its own, by the first of SOURCE_CUES any short line matches, else the
    name in its paywall prompt (publisher_from_text); None when it names none."""
    short = [t.strip() for t in paragraphs if len(t) <= LINE_MAX_CHARS and ("ource" in t or "OURCE" in t
                                                                              or "©" in t or "opyright" in t
                                                                              or "(c)" in t or "(C)" in t)]
    if short:
        # (joined once, and only for a holder that may be a company: most notices name the publication itself)
        others = cache(lambda: "\n".join(t for t in paragraphs if "©" not in t and "opyright" not in t.lower()))
        for name, cue in _CUES:
            for text in short:
                match = cue.search(text)
                if match is None:
                    continue
                if _CREDIT_BEFORE.search(text[: match.start(1)]) or name != "source-label" and not _NOTICE.search(text):
                    continue  # an image's credit: "Image Source: …", "Photo © Reuters"
                found = _label_name(match) if name == "source-label" else _holder(match.group(1), others)
                if found:
                    return found
    return publisher_from_text(paragraphs)
