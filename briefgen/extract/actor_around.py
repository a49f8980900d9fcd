"""Words around a candidate name that the type rules read: the word before it, a place after it, a place's kind
beside it, a web address it sits in, a place word before a body's name, a capital's government acting."""

from __future__ import annotations

import re

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_words import (BODY_AT_PLACE, BUILDING_AFTER, COMPANY_PARTS, OPERATED_CRAFT, DISTANCE_AFTER, GOVERNMENT_ACTS_ON, MEDIUM_AFTER, MEDIUM_BEFORE, MEDIUM_TO_VERBS, ON_TARGET_NOUNS,
                                         PLATFORMS, GOVERNMENT_DEALINGS, GOVERNMENT_NOUNS,
                                         GOVERNMENT_PARTNER_BEFORE, GOVERNMENT_PRESSURE, GOVERNMENT_VERB_GAP,
                                         GOVERNMENT_VERBS, HOLDING_WORDS, PLACE_AFTER, PLACE_APPOSITIONS,
                                         PLACE_KIND_BEFORE, PLACES_AFTER)
from briefgen.extract.gazetteer import gazetteer, lookup_key

__all__ = ["POSSESSIVE_WORDS", "acts_as_government", "body_at_place", "building_or_distance_after", "company_part_after", "inside_web_address", "kind_of_place_around", "noun_modifier", "place_after", "platform_as_medium",
           "raw_word_before"]


def raw_word_before(c: Candidate) -> str:
    """The word right before the name as written, lower-cased ('' at the start or after punctuation)."""
    last = c.words_before(1)
    return last[0].lower() if c.paragraph.endswith(" ", 0, c.start) and last and last[0].isalpha() else ""


_PLACE_AFTER = re.compile(r",\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=[,.;]|\s*$)")


def place_after(c: Candidate) -> bool:
    """', Trento,' after the name: a comma, then a place NER saw in the article or a state."""
    m = _PLACE_AFTER.match(c.paragraph, c.end)
    return m is not None and (m.group(1) in c.places or lookup_key(m.group(1)) in gazetteer().states)


_KIND_BEFORE = re.compile(r"\b(?:the|its|their|a) (?:[A-Za-z-]+ )?(" + "|".join(sorted(PLACE_KIND_BEFORE)) + r") $")


# The rest of a list of names and its plural kind: " and Van Buren counties", ", Cass and Berrien counties".
_LIST_THEN_KIND = re.compile(r"(?:(?:,\s+|,?\s+and\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}){0,8}\s+("
                             + "|".join(sorted(PLACES_AFTER)) + r")\b")
# ", a town on the border with …", ", a port city,", ", Puig's native city,", ", his home town,": the kind heads the
# apposition (not ", a city councilman"; not after "the", which a body's description opens as often).
_KIND_APPOSITION = re.compile(r",\s+(?:a|an|his|her|its|their|[A-Z][\w.-]*['’]s)\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(sorted(PLACE_APPOSITIONS))
                              + r")(?=\s*[,.;]|\s+(?:on|in|of|near|north|south|east|west|outside|where|close|known)\b)")


def kind_of_place_around(c: Candidate) -> bool:
    """'the mountainous Jebel al-Akhdar region', 'the capital Grozny': a place's kind in lower case right after the
    name or in apposition right before it; a list closed by the kind's plural ("Kalamazoo and Van Buren counties"),
    an apposition the kind heads ("Braunau am Inn, a town on the border")."""
    after = c.paragraph[c.end: c.end + 12].split(maxsplit=1)
    if after and after[0].strip(".,;:") in PLACE_AFTER and c.paragraph[c.end: c.end + 1] == " ":
        return True
    return bool(_KIND_BEFORE.search(c.paragraph[max(0, c.start - 40): c.start])
                or _LIST_THEN_KIND.match(c.paragraph, c.end) or _KIND_APPOSITION.match(c.paragraph, c.end))


_BUILDING = re.compile(r" (?:[a-z][a-z-]+ )?(" + "|".join(sorted(BUILDING_AFTER)) + r")\b")


def building_or_distance_after(c: Candidate) -> bool:
    """'the al-Aqsa mosque', 'the Casa de Narino presidential palace', 'Sergiyev Posad 70 km (45 miles) from the
    capital': a building's kind or a distance right after the name says a place."""
    return bool(_BUILDING.match(c.paragraph, c.end) or DISTANCE_AFTER.match(c.paragraph, c.end))


POSSESSIVE_WORDS = frozenset("My Our Your His Her Their Its".split())


def inside_web_address(paragraph: str, start: int) -> bool:
    """The name at `start` sits inside a whitespace-free token that is a web address ("http://…", "www.…")."""
    token_start = max(paragraph.rfind(" ", 0, start), paragraph.rfind("\n", 0, start)) + 1
    token = paragraph[token_start: start].lstrip("([<\"'“‘")
    return start > token_start and ("://" in token or token.lower().startswith("www."))


def body_at_place(c: Candidate) -> bool:
    """'in Chuman', 'neighbouring Chatelineaux': a place word right before the name, and no holding word before that
    ("a stake in Volkswagen", "worked in Siemens")."""
    before = [w.lower().strip(",;:") for w in c.words_before(2)]
    return (bool(before) and before[-1] in BODY_AT_PLACE and c.paragraph[c.end: c.end + 1] not in ("'", "’")
            and not (len(before) == 2 and before[0] in HOLDING_WORDS))


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_LOWER_AFTER = re.compile(r"^\s+[a-z]")


def noun_modifier(c: Candidate) -> bool:
    """'the Paris attacks', 'the Paris agreement': the name between "the" and a lower-case word modifies a noun."""
    return bool(_THE_BEFORE.search(c.paragraph[max(0, c.start - 5): c.start]) and _LOWER_AFTER.match(c.paragraph[c.end:]))


_DEALING_PAIRS = frozenset({("with", w) for w in GOVERNMENT_DEALINGS} | {("on", w) for w in GOVERNMENT_PRESSURE})
_AND_CAPITAL = re.compile(r" and [A-Z][a-z]+(?= )")
_WORDS_AFTER = re.compile(r"[A-Za-z’']+|[^\sA-Za-z]")


def acts_as_government(c: Candidate) -> bool:
    """'Washington warned', 'Beijing has imposed', "Moscow's demands", 'between Washington and Beijing', 'warned
    Tehran', 'pressure on Tehran': a sign that the capital stands for its government: the subject or the object of a verb of state action,
    the owner of a policy's noun, or set against another actor."""
    after = c.paragraph[c.end:]
    if after[:2] in ("'s", "’s"):  # (a lower-case word or two between: "Tehran's alleged deployment")
        words = [w.strip(".,;:") for w in after[2:60].split()[:3]]
        return any(w in GOVERNMENT_NOUNS for w in words) and all(w.islower() for w in words[: next(
            (i for i, w in enumerate(words) if w in GOVERNMENT_NOUNS), 0)])
    before = c.words_before(2)
    if raw_word_before(c) in GOVERNMENT_PARTNER_BEFORE or raw_word_before(c) in GOVERNMENT_ACTS_ON or (
            len(before) == 2 and (before[1], before[0].lower()) in _DEALING_PAIRS):
        # ("a pact with Moscow", "military pressure on Tehran", "sanctions on Moscow"; not "the attacks on Paris", "its
        # policy on Jerusalem": the city's)
        return True
    coordinated = _AND_CAPITAL.match(after)  # "Moscow and Beijing may speak …": the verb after the pair
    for word in _WORDS_AFTER.findall(after[coordinated.end() if coordinated else 0:][:80]):
        low = word.lower()
        if low in GOVERNMENT_VERBS:
            return True
        if low not in GOVERNMENT_VERB_GAP:
            return False
    return False


_LIST_WORD = re.compile(r"[A-Za-z]+|,")


def platform_as_medium(c: Candidate) -> bool:
    """'responded on Twitter', 'on Facebook, Twitter, and Instagram', 'took to Twitter', 'a YouTube video', 'Facebook
    and Twitter followings': a platform named as where something is said or shown, past the other platforms listed
    with it."""
    if c.name not in PLATFORMS:
        return False
    before = [w for w in _LIST_WORD.findall(c.paragraph[max(0, c.start - 80): c.start])]
    while before and (before[-1] in PLATFORMS or before[-1] in (",", "and", "or")):
        before.pop()
    if before and before[-1].lower() in MEDIUM_BEFORE:
        return not (len(before) >= 2 and before[-2].lower() in ON_TARGET_NOUNS)  # ("pressure on Twitter": the company)
    if len(before) >= 2 and before[-1] == "to" and before[-2].lower() in MEDIUM_TO_VERBS:
        return True
    after = _LIST_WORD.findall(c.paragraph[c.end: c.end + 80])
    while after and (after[0] in PLATFORMS or after[0] in (",", "and", "or")):
        after.pop(0)
    return bool(after) and after[0] in MEDIUM_AFTER


_COMPANY_PART = re.compile(r"^['’]s\s+(?:" + "|".join(COMPANY_PARTS) + r")\b")
_CRAFT_AFTER = re.compile(r"^\s+(?:cargo\s+)?(?:" + "|".join(OPERATED_CRAFT) + r")\b")
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?\s+$")  # ("the Denver plane" may be a town's)


def company_part_after(c: Candidate) -> bool:
    """"El Al's head office", "an El Al freighter": what only a company has or flies follows the name (not a listed
    state's or capital's: "a Moscow plane" is not read here)."""
    gaz = gazetteer()
    if c.key in gaz.states or c.key in gaz.capitals:
        return False
    after = c.paragraph[c.end: c.end + 40]
    return bool(_COMPANY_PART.match(after)
                or (_CRAFT_AFTER.match(after) and _ARTICLE_BEFORE.search(c.paragraph[max(0, c.start - 6): c.start])))
