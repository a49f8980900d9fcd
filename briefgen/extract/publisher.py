"""The article's publisher or interviewer named as its reporter or credit ("told Wikinews"): no actor of the news."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["REPORTER_RULES", "dateline_agencies", "is_publisher", "publisher_forms", "reporter_mention"]

# The words of a reporter's post between the publisher and the post: "BBC diplomatic correspondent", "Times chief
# political correspondent" (not any word: "the BBC has many reporters" is news about it).
BEAT_WORDS = ("chief", "senior", "deputy", "political", "diplomatic", "foreign", "security", "defence", "defense",
              "economics", "economic", "business", "legal", "health", "science", "technology", "media", "royal",
              "sports", "special", "investigative", "international", "world", "europe", "africa", "asia", "middle",
              "east", "local", "national", "staff", "global", "environment", "education", "home", "affairs")

# The place and the date a wire dateline puts before its agency, each word capitalised or a number ("CAMBRIDGE, Mass.,
# Dec. 11 (UPI) —"): read by the reporter rule "dateline-agency" and by dateline_agencies.
_DATELINE_WORDS = r"(?:[A-Z0-9][\w.'’-]*,?\s+){0,6}"

# Words around a mention of the publisher that make it the one reporting, not someone in the news (rules as
# data, each named). `before` is matched against the text right before the name, `after` right after it.
# A publisher the news is about ("The Times was sued by …", "The Times's owner …") matches none and stays.
REPORTER_RULES: tuple[tuple[str, str, str], ...] = (
    # "Wikinews: What are you going to talk about?": an interview's question label
    ("interview-label", r"^\W*$", r"^\W*:"),
    # "told Wikinews", "tells the Times", "spoke to Wikinews", "interviewed by Wikinews", "discusses his work with
    # Wikinews", "With Wikinews, Sarvis discusses …", "according to Wikinews" (not a bare "by" or "with":
    # "sued by the Times", "a merger with Reuters" are news about the publisher)
    ("addressed-to", r"(?:\b(?:told|tells|tell|telling|according to|(?:spoke|speaks|speaking|talked|talks|talking|said|says|"
     r"explained|explains|wrote|writes|confirmed|described|revealed|sent|submitted|emailed)\s+to|"
     r"(?:interviewed|asked|contacted|reached|obtained|seen|reviewed|commissioned|conducted|submitted|taken|"
     r"photographed)\s+by|(?:writing|reporting|wrote|written|reported|exclusively|exclusive)\s+for|"
     r"(?:spoke|speaks|speaking|talked|talks|talking|discuss\w*|chat\w*|sat down|shared|interview\w*|corresponded|"
     r"conversation)\b[^.;:!?]{0,30}\bwith)|(?:^|[.!?]\s+)with)\s+(?:an?\s+)?(?:accredited\s+)?$", ""),
    # "Wikinews has learned", "Wikinews interviewed …", "Wikinews observed", "Wikinews caught up with her"
    ("reporter-verb", "", r"^\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|later\s+)*(?:learned|learnt|"
     r"interviewed|interviews|observed|observes|spoke|speaks|talked|talks|asked|asks|contacted|contacts|reached|"
     r"caught up|catches up|visited|attended|obtained|reviewed|confirmed|understands|understood|reported|reports|"
     r"provides|provided|presents|emailed|e-mailed|requested|sought|posed)\b"),
    # "submitted by accredited Wikinews reporter William Saturn": the interviewer named after the post
    ("reporter-title", r"\b(?:reporters?|correspondents?|journalists?|interviewers?|writers?)\s+$", ""),
    # the publisher as the medium its disclaimer names: "the views expressed by experts on Moneycontrol.com",
    # "first published on Inexhibit" ("sanctions on Reuters", "a ban on the Times" are news: no such verb before)
    ("medium", r"\b(?:expressed|published|posted|appeared|appearing|featured|shared|available)\b[^.;:!?]{0,40}\b(?:on|at)"
     r"\s+$", ""),
    # its disclaimer's own voice: "Moneycontrol.com advises users to check with certified experts"
    ("disclaimer", "", r"^\s+(?:advises|recommends|reserves|disclaims|accepts no|is not responsible|does not "
     r"(?:endorse|guarantee|accept|provide))\b"),
    # a wire dateline's agency: "WASHINGTON (Reuters) - …", "CAMBRIDGE, Mass., Dec. 11 (UPI) — …", "(AFP) – …"
    ("dateline-agency", r"^" + _DATELINE_WORDS + r"\($", r"^\)\s*[-–—]"),
    # "a Wikinews reporter", "Wikinews's correspondent", "Wikinews staff", "the Wikinews interview", "BBC diplomatic
    # correspondent", "the Times' chief political correspondent"
    ("reporter-noun", "", r"^(?:['’]s?)?\s+(?:(?:" + "|".join(BEAT_WORDS) + r")\s+){0,2}(?:reporters?|correspondents?|journalists?|staff|writers?|contributors?|"
     r"editors?|interview|interviews|interviewer|team|photographers?|readers)\b"),
)
_RULES = tuple((name, re.compile(before, re.I), re.compile(after, re.I))
               for name, before, after in REPORTER_RULES)
_WINDOW = 40  # characters read on each side of the mention


def publisher_forms(source: str | None) -> frozenset[str]:
    """Lower-cased ways an article names its publisher: 'The New York Times' → also 'new york times';
    'Metro.us' → also 'metro'; 'BBC News' → also 'bbc'."""
    if not source or not source.strip():
        return frozenset()
    name = source.strip().lower()
    forms = {name}
    if name.startswith("the "):
        forms.add(name[4:])
    forms |= {re.sub(r"\.(?:com|org|net|co\.uk|[a-z]{2})$", "", f) for f in list(forms)}
    forms |= {re.sub(r"\s+(?:news|online)$", "", f) for f in list(forms)}  # "BBC News" → also "bbc"
    return frozenset(f for f in forms if f)


# A wire dateline's agency, in brackets before the dash that opens the story ("WASHINGTON (Reuters) - "), in the
# article's first DATELINE_PARAGRAPHS paragraphs (a pasted page's headline and credits stand above it), or ending the
# dateline the cleaner took off the story ("LONDON (Reuters)").
_AGENCY = r"\(([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\)"
_AGENCY_DATELINE = re.compile(rf"^{_DATELINE_WORDS}{_AGENCY}\s*[-–—]")
_AGENCY_END = re.compile(rf"{_AGENCY}\s*$")
DATELINE_PARAGRAPHS = 5


def dateline_agencies(texts: Sequence[str], dateline: str | None = None) -> frozenset[str]:
    """Lower-cased names of the agencies whose dateline opens the story ("(Reuters) -" → 'reuters'): the article's
    publisher, whoever pasted it."""
    found = [_AGENCY_DATELINE.match(text) for text in texts[:DATELINE_PARAGRAPHS]]
    found.append(_AGENCY_END.search(dateline or ""))
    return frozenset(m.group(1).lower() for m in found if m)


def is_publisher(name: str, forms: frozenset[str]) -> bool:
    low = name.strip().lower()
    return low in forms or (low.startswith("the ") and low[4:] in forms)


def reporter_mention(text: str, start: int, end: int) -> str | None:
    """The name of the REPORTER_RULES rule under which the mention text[start:end] names the reporter, or None."""
    # (a window cut inside the paragraph must not read as its start: "^" in a rule is the paragraph's start)
    before = text[max(0, start - _WINDOW): start] if start <= _WINDOW else "… " + text[start - _WINDOW: start]
    before = re.sub(r"\bthe\s+$", "", before, flags=re.I)  # "told the Times"
    after = text[end: end + _WINDOW]
    for name, before_rule, after_rule in _RULES:
        if before_rule.pattern and not before_rule.search(before):
            continue
        if after_rule.pattern and not after_rule.search(after):
            continue
        if name == "interview-label" and start > 4:  # a label opens its paragraph (after "**" at most)
            continue
        return name
    return None
