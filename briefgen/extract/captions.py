"""What marks a photo caption, or a photo's aside, in prose: one table of named markers at two levels of certainty."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from briefgen.extract.lexicon import LABEL_SPEECH_VERBS, QUOTE_SPEAKER_VERBS, verb_alternation


class Certainty(IntEnum):
    """How sure a marker is that its text is a photo's; a consumer asks for a level and gets the markers up to it."""
    SURE = 1  # a caption's or an aside's own words: the summary takes no key point from it and drops the aside
    MAYBE = 2  # it might be a caption: an open question must not rest on it (SURE markers count here too)


# The words of a parenthesised aside that points into the photo beside the text ("Glenn Murray (left)", "… in his
# luggage (file picture)"): where someone stands in it, or what the photo is. Prose has no photo to point into.
PHOTO_ASIDE_WORDS: dict[str, tuple[str, ...]] = {
    "where in the photo": ("left", "right", "centre", "center", "middle", "above", "below", "top", "bottom", "inset",
                           "front", "back", "rear", "circled"),
    # ("Both Ellery (left and right) and Gail Sorronda (middle)", "Weiner (second left)")
    "which of several": ("left and right", "far left", "far right", "second left", "second right", "third left",
                         "third right"),
    "what the photo is": ("pictured", "photo", "file picture", "file photo", "stock image", "stock photo"),
}
_ASIDE_WORDS = sorted((w for words in PHOTO_ASIDE_WORDS.values() for w in words), key=len, reverse=True)
_ONE_WORD_ASIDES = sorted(w for w in _ASIDE_WORDS if " " not in w)

# A photo's aside in parentheses: one of the words, or "pictured" and what the photo shows ("(pictured with and
# without a beard)", "(pictured left in 2010)").
_PHOTO_ASIDE = r"\((?:pictured\b[^()]{0,60}|(?:" + "|".join(_ASIDE_WORDS) + r"))\)"
# "pictured" as an aside: after a comma or a bracket ("Amira Abase, pictured, was …", "Mr Waley-Cohen, pictured in
# 2014, rode …") or straight after a name ("Michael Schumacher pictured during testing"); not prose telling of a photo
# ("were pictured arriving at the port"). The name is read from its word's start, and a lookahead finds the capital in
# it ("McDonald", "O’Neill"): a capital anywhere but the word's last letter, as "[A-Z][\w'’-]+" from any letter reads
# it, but the word is scanned once, not once from each of its letters (a 6,400-letter word took 0.19 s).
PICTURED_ASIDE = r"(?:[,(]\s*|(?-i:(?<![\w'’-])(?=[\w'’-]*?[A-Z][\w'’-])[\w'’-]+\s+))pictured\b"

# A caption's label before a colon ("Bloody scene: After …", "Injured : Video by a passerby …", "Terrible: tragedy
# struck …"): a capitalised word and a few more, none a speech verb ("Mr Jamieson said: 'I'm not …'", "Trump
# tweeted: '…'" are a speaker's). The verbs are those the questions and the summary each read a label by (lexicon).
_SPEECH = verb_alternation(tuple(dict.fromkeys(LABEL_SPEECH_VERBS + QUOTE_SPEAKER_VERBS)))


def caption_label(more_words: str, *, names: bool = False) -> str:
    """The regex of a caption's label: a capitalised word and `more_words` ("{0,3}") words after it. Only small
    words, and a capital or a quotation mark after the colon ("Special offer: Myer stores …"), unless `names`: then
    any words and anything after ("Terrible: tragedy struck …"), which may be a speaker's name too ("Andrew Westphal:
    We …"), so only good for a label that is dropped while its sentence stays."""
    if names:
        return r"[A-Z][\w'’-]*(?:\s+(?!" + _SPEECH + r")[\w'’-]+)" + more_words + r"\s?:\s"
    return r"[A-Z][\w'’-]*(?: (?!" + _SPEECH + r")[a-z][\w'’-]*)" + more_words + r" ?: (?=[A-Z‘'\"“])"


# The end of a lower-case word (or a closing mark) before a label run into the text: a caption's label there follows
# prose with no stop between ("… of the magazine Short and sweet: Julia revealed …").
AFTER_PROSE = r"(?:\b[a-z0-9][\w’'\")]*|[’'\")])"


@dataclass(frozen=True)
class CaptionMarker:
    """A sign in a sentence that it is (SURE) or may be (MAYBE) a photo caption, or carries a photo's aside."""
    certainty: Certainty
    pattern: re.Pattern[str]


CAPTION_MARKERS: dict[str, CaptionMarker] = {
    # "Glenn Murray (left) cost Palace nothing …", "Kym Ellery (pictured left)", "… in his luggage (file picture)."
    "photo aside": CaptionMarker(Certainty.SURE, re.compile(_PHOTO_ASIDE, re.I)),
    # "Lindsay Sandiford, pictured, believes …", "Michael Schumacher pictured during testing"
    "pictured aside": CaptionMarker(Certainty.SURE, re.compile(PICTURED_ASIDE, re.I)),
    # the present, which only a caption tells of its photo ("The young star is pictured wearing …")
    "is pictured": CaptionMarker(Certainty.SURE, re.compile(r"\b(?:is|are)\s+pictured\b", re.I)),
    # any word before a one-word aside ("Spahic became involved … (first photo)", "(front left)", "(shown above)"; but
    # "(centre right)" may be a party's place, so only maybe)
    "loose photo aside": CaptionMarker(Certainty.MAYBE, re.compile(
        r"\((?:[a-z]+\s+)?(?:" + "|".join(_ONE_WORD_ASIDES) + r")\)", re.I)),
    # a photo told of in prose may be its caption too ("were pictured arriving at the port")
    "pictured": CaptionMarker(Certainty.MAYBE, re.compile(r"\bpictured\b", re.I)),
    # a label of common words opening the sentence ("Special offer: Myer stores …"); a name opening it is an
    # interview's speaker ("Andrew Westphal: We …")
    "opening caption label": CaptionMarker(Certainty.MAYBE, re.compile(r"^\W*" + caption_label("{1,3}"))),
    # a label after a lower-case word: a caption run into the text ("… of the magazine Short and sweet: Julia …")
    "caption label": CaptionMarker(Certainty.MAYBE, re.compile(AFTER_PROSE + " " + caption_label("{0,3}"))),
}


# A photo caption's own sentence: names, then a verb only a picture tells in the present ("Jim Bennett and Sandy
# Paradis stand in front of a polling location … on Tuesday.", "Christoph Blocher reacts during a meeting … on October
# 2, 2015.", "… Bolt reacts as he wins gold at the London Olympic Games in 2012"). Read by the timeline only (its dates
# are the photo's): prose uses these verbs too ("Unemployment stands at 5%"), too often for a marker of the
# table.
PHOTO_VERBS = ("poses", "pose", "stands", "stand", "waves", "wave", "reacts", "react", "celebrates", "celebrate",
               "gestures", "gesture", "smiles", "smile", "listens", "listen", "looks on", "look on", "walks", "walk",
               "is pictured", "are pictured")
PHOTO_VERB_CAPTION = re.compile(r"(?:^|(?<=[a-z0-9)’'] ))(?!To\s)(?:[A-Z][\w'’.-]+\s+){1,4}"
                                r"(?:and\s+(?:[A-Z][\w'’.-]+\s+){1,3})?" rf"(?:{'|'.join(PHOTO_VERBS)})\b")


def is_caption(text: str, certainty: Certainty) -> bool:
    """True when a CAPTION_MARKERS marker of this certainty or a surer one is in the text."""
    return any(m.certainty <= certainty and m.pattern.search(text) for m in CAPTION_MARKERS.values())


_PHOTO_ASIDE_AND_SPACE = re.compile(r"\s*" + _PHOTO_ASIDE, re.I)


def without_photo_asides(text: str) -> str:
    """The text without its photo asides ("Abby Bishop (right) took in her niece" → "Abby Bishop took in her niece"):
    where there is no photo, they say nothing."""
    return _PHOTO_ASIDE_AND_SPACE.sub("", text)
