"""Recognise the dateline that opens a news paragraph or sentence: "NEW YORK, June 3 (AP) —", "(CNN) --"."""

from __future__ import annotations

import re

# The parts of a dateline, as data: "NEW YORK, June 3 (AP) —", "BEIRUT, Lebanon —", "LONDON (Reuters) -".
_UPPER = "A-ZÀ-ÖØ-Þ"
DATELINE_PARTS = {
    "place": rf"[{_UPPER}][{_UPPER}.'’-]+(?:\s[{_UPPER}][{_UPPER}.'’-]*){{0,3}}",
    "region": r"(?:,\s+[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?|,\s+[A-Z]\.[A-Z][a-z]?\.)?",  # ", Lebanon", ", Ill.", ", W.Va."
    "date": r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?",  # ", June 3", ", Jan. 5, 2025"
    "agency": r"(?:\s*\([A-Za-z][\w .&/-]{0,30}\))?",  # "(Reuters)", "(AP)"
}
# A news agency's tag, alone or after a place in Title Case: "(CNN) --", "Washington (CNN) --", "Atlanta, Ga. (AP)".
AGENCY_DATELINE = r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:,\s+[A-Z][a-z]+\.?)?\s)?\([A-Z][\w .&/-]{1,30}\)"
# Agencies whose tag is a dateline even with no dash after it, as pages run it on: "Washington (CNN)This week …".
NEWS_AGENCIES = ("AP", "AFP", "CNN", "dpa", "Reuters", "UPI")
_DATELINE = "(?P<dateline>" + "".join(DATELINE_PARTS.values()) + "|" + AGENCY_DATELINE + ")"
# A known agency's tag after any run of capitalised words or day numbers, with or without a dash: the splitter
# may have left only the tail of a dateline before it ("Mich., Oct. 4 (UPI) —"). A word is taken whole (*+): with the
# space after it optional, a long word in capitals could otherwise be cut into pieces every way, which takes seconds.
_RUN_ON = r"(?P<run_on>(?:(?:[A-Z][\w.'’-]*+|\d{1,2}),?\s*){0,6}\((?:" + "|".join(NEWS_AGENCIES) + r")\))\s*(?:--|—|–|-)?\s*"
# Any publication's tag glued to the first word, as CNN runs its partners' stories: "(The Hollywood Reporter)Stan
# Freberg …", "(EW.com)The …" (not a picture's or an update's label: "(Photo)", "(Updated)").
NOT_PUBLICATION_TAGS = ("Photo", "Photos", "Video", "Image", "Left", "Right", "Above", "Below", "Update", "Updated",
                        "Watch", "Listen", "File", "Sponsored", "Advertisement")
_GLUED_TAG = (r"(?P<glued_tag>\((?!(?:" + "|".join(NOT_PUBLICATION_TAGS) + r")\))(?:The\s)?[A-Z][\w&.'’-]*"
              r"(?:\s[A-Z][\w&.'’-]*){0,3}\))(?=[A-Z][a-z])")

# At the head of a paragraph a bare hyphen ends a dateline: "WASHINGTON-The Senate".
_PARAGRAPH_DATELINE = re.compile("^(?:" + _DATELINE + r"\s*(?:—|–|--|-)\s*|" + _RUN_ON + r"|" + _GLUED_TAG + r")(?=\S)")
_DATELINE_MARKS = ("—", "–", "-", "(")
# Inside the body a hyphen must stand apart, so "U.S.-led forces" keeps its words.
_SENTENCE_DATELINE = re.compile("^(?:" + _DATELINE + r"\s*(?:—|–|--|\s-)\s+(?=[A-Z])|" + _RUN_ON + r"(?=\S)|"
                                + _GLUED_TAG + ")")

# A place in Title Case with its region and country and no dash, run on to the first sentence as some wikis print it:
# "Preston, Victoria, Australia On Saturday, …", "Evansville, Indiana, United States-This past week …". At least three
# parts before a usual opener (a shorter "Paris, Texas" may be a name the sentence is about), or two and a hyphen glued
# to the next word, or three (one may be in capitals: "DC") and a colon, as Al Jazeera prints them: "Washington, DC,
# United States: Getting to …" ("Trump, Pence: …" is no place).
_TITLE_PLACE = r"[A-Z][a-zà-ÿ'’.-]+(?:\s[A-Z][a-zà-ÿ'’.-]+){0,2}"
TITLE_DATELINE_OPENERS = ("On", "In", "At", "The", "A", "An", "This", "Last", "Yesterday", "Today", "Earlier", "Late",
                          "Early", "After", "Before", "During", "Officials", "Police")
_TITLE_DATELINE = re.compile(
    rf"^(?P<title_place>{_TITLE_PLACE}(?:,\s{_TITLE_PLACE}){{2,3}})\s(?=(?:{'|'.join(TITLE_DATELINE_OPENERS)})\s)"
    rf"|^(?P<glued_place>{_TITLE_PLACE}(?:,\s{_TITLE_PLACE}){{1,3}})-(?=[A-Z][a-z])"
    rf"|^(?P<colon_place>{_TITLE_PLACE}(?:,\s(?:{_TITLE_PLACE}|[A-Z]{{2,3}})){{2,3}}):\s+(?=[A-Z\"“‘'])")


def _too_short(dateline: str | None) -> bool:
    """A place of under three letters is no place ("U.S. - China talks"); an agency's tag is enough ("(AP) —")."""
    return dateline is not None and "(" not in dateline and sum(c.isalpha() for c in dateline) < 3


def split_dateline(text: str) -> tuple[str | None, str]:
    """('WASHINGTON', rest) when the paragraph opens with a dateline, else (None, text)."""
    head = text[:200]
    # every dateline ends in a dash or holds an agency's "(": without either the long pattern need not run
    if not any(mark in head for mark in _DATELINE_MARKS):
        return None, text
    m = _PARAGRAPH_DATELINE.match(head)
    if not m or _too_short(m.group("dateline")):
        return None, text
    return (m.group("dateline") or m.group("run_on") or m.group("glued_tag")).strip().rstrip(","), text[m.end():]


def strip_dateline(sentence: str) -> str:
    """The sentence without a dateline the reader left at its head ("FAIRVIEW, W.Va. - The coal …")."""
    m = _SENTENCE_DATELINE.match(sentence[:200])
    if not m or _too_short(m.group("dateline")):
        title = _TITLE_DATELINE.match(sentence[:200])
        return sentence[title.end():] if title else sentence
    return sentence[m.end():]
