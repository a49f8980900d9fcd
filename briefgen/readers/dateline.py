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

# A place in Title Case with its region and country, run on to the first sentence as some wikis print it, at a
# paragraph's or a sentence's head: "Preston, Victoria, Australia On Saturday, …", "Evansville, Indiana, United
# States-This past week …", "Washington, DC, United States: Getting to …" (Al Jazeera). Its last part must be a country
# or a state of the US ("…, Australia", "…, Indiana", "…, United States") and its first no country, so a list of names
# or of countries is no place ("Italy, Spain, Portugal Face …", "Trump, Pence: …"). After three parts any capitalised
# word may open the story ("…, Australia Wikinews spoke …"; a shorter "Paris, Texas" may be what the sentence is
# about); after two, a dash must end the dateline ("Dayton, Ohio-This year …"), as must a colon after three (one part
# may be in capitals: "DC").
_TITLE_PLACE = r"[A-Z][a-zà-ÿ'’.-]+(?:\s[A-Z][a-zà-ÿ'’.-]+){0,2}"
# Words that open a clause and never a place's name: "If Easter, Christmas, Australia Day, …" lists no place.
NOT_PLACE_OPENERS = ("If", "When", "While", "Whether", "Although", "Though", "Because", "Unless", "Since", "As", "For",
                     "But", "And", "Or", "So", "In", "At", "On", "From", "With", "By")
_PART = re.compile(rf"(?:{_TITLE_PLACE}|[A-Z]{{2,3}})")
TITLE_DATELINE_ENDS = {  # rule name: (fewest parts, what follows the country or state)
    "run-on": (3, re.compile(r" (?=[A-Z][\w'’]*,? +\S)")),
    "dash": (2, re.compile(r"(?:-| (?:—|–|--|-) )(?=[A-Z][a-z])")),
    "colon": (3, re.compile(r": +(?=[A-Z\"“‘'])")),
}
_STATE_MAX_WORDS = 3  # "Bosnia and Herzegovina", "New South Wales"


def _is_state(name: str, sovereign_only: bool = False) -> bool:
    """A country's name or other name in the gazetteer ("Australia", "United States"), or a US state's ("Indiana")."""
    from briefgen.extract.gazetteer import gazetteer, lookup_key  # (data tables, read once, only for such a head)

    table = gazetteer()
    return lookup_key(name) in table.states or (not sovereign_only and name in table.us_states)


def _title_dateline(head: str) -> tuple[str, int] | None:
    """(place, end of the dateline) when a paragraph or sentence opens with a Title Case place list that ends in a
    country or a US state: "Preston, Victoria, Australia On Saturday, …", "Dayton, Ohio-This …"."""
    if ", " not in head[:80]:  # most heads: no list, and no need to split them
        return None
    pieces = head.split(", ", 4)
    if (len(pieces) < 2 or not _PART.fullmatch(pieces[0]) or pieces[0].split(" ", 1)[0] in NOT_PLACE_OPENERS
            or _is_state(pieces[0], sovereign_only=True)):
        return None
    for k in range(1, len(pieces)):  # pieces[k] opens with the last part: the state, then the story
        words = pieces[k].split(" ", _STATE_MAX_WORDS)
        for n in range(min(_STATE_MAX_WORDS, len(words)), 0, -1):
            state = " ".join(words[:n])
            tail = re.split("[-:]", state, maxsplit=1)[0]  # "United States-This", "United States:": the mark ends it
            if not _is_state(tail):
                continue
            place = ", ".join([*pieces[:k], tail])
            for fewest, end in TITLE_DATELINE_ENDS.values():
                m = end.match(head, len(place))
                if k + 1 >= fewest and m:
                    return place, m.end()
        if not _PART.fullmatch(pieces[k]):
            return None
    return None


def _too_short(dateline: str | None) -> bool:
    """A place of under three letters is no place ("U.S. - China talks"); an agency's tag is enough ("(AP) —")."""
    return dateline is not None and "(" not in dateline and sum(c.isalpha() for c in dateline) < 3


def split_dateline(text: str) -> tuple[str | None, str]:
    """('WASHINGTON', rest) when the paragraph opens with a dateline, else (None, text)."""
    head = text[:200]
    # every dateline but a Title Case place list ends in a dash or holds an agency's "(": without either the long
    # pattern need not run
    m = _PARAGRAPH_DATELINE.match(head) if any(mark in head for mark in _DATELINE_MARKS) else None
    if not m or _too_short(m.group("dateline")):
        title = _title_dateline(head)
        return (title[0], text[title[1]:]) if title else (None, text)
    return (m.group("dateline") or m.group("run_on") or m.group("glued_tag")).strip().rstrip(","), text[m.end():]


def strip_dateline(sentence: str) -> str:
    """The sentence without a dateline the reader left at its head ("FAIRVIEW, W.Va. - The coal …")."""
    m = _SENTENCE_DATELINE.match(sentence[:200])
    if not m or _too_short(m.group("dateline")):
        title = _title_dateline(sentence[:200])
        return sentence[title[1]:] if title else sentence
    return sentence[m.end():]
