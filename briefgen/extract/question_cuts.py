"""Rules as data for where cutting a predicate short loses its point: a verb's complement, a bare noun's clause."""

from __future__ import annotations

import re

# Nouns that say nothing after "a"/"an" once the clause that followed is cut: "wise choices in a world [where Western
# capitals can be made into killing fields]", "at a time [when …]", "in a way [that …]".
GENERIC_NOUNS = frozenset("world time way place point moment day era age situation society stage period climate "
                          "environment manner sense position country economy race".split())
# Of those, the ones that name nothing as a relative clause's subject ("a way that could be illegal" → "the way");
# "a race that could stretch into the spring" → "Will the race stretch …" still asks about one race.
EMPTY_HEADS = GENERIC_NOUNS - {"economy", "race"}
# Nouns whose "that" clause is what they say: "by mentioning the fact [that he was at the March]"; cut, no question.
CONTENT_NOUNS = frozenset("fact notion idea insistence belief assumption premise suggestion impression".split())
_CONTENT_END = re.compile(r"\b(?:the|a|an|this)\s+(?:" + "|".join(sorted(CONTENT_NOUNS)) + r")$", re.IGNORECASE)
_PREPOSITION = r"(?:in|at|for|of|on|into|from|to|during|with|by)"
# ("in an engaging way" says how: a modifier gives the noun its point)
_GENERIC = r"(?:a|an)\s+(?:" + "|".join(sorted(GENERIC_NOUNS)) + r")"
_GENERIC_AFTER_PREPOSITION = re.compile(r"\s+" + _PREPOSITION + r"\s+" + _GENERIC + r"$", re.IGNORECASE)
_GENERIC_BARE = re.compile(r"\b" + _GENERIC + r"$", re.IGNORECASE)
# What opens the clause that gave the noun its meaning.
_CLAUSE_AFTER_NOUN = re.compile(r"^\s*,?\s*(?:where|when|that|which|whereby|in which|in that|who)\b", re.IGNORECASE)

# Verbs whose object goes on to an infinitive: "prompt some Democrats [to come to terms with her]", "allow siblings,
# parents and caregivers [to enter the U.S.]", "allow 9/11 families [to sue …]". Cut before the "to", the question asks
# nothing.
_CONTROL_STEMS = "prompt allow forc push persuad convinc urg encourag compel pressur spur inspir tempt induc enabl caus".split()
_CONTROL_END = re.compile(r"\b(?:" + "|".join(_CONTROL_STEMS) + r")(?:e|es|ed|s|ing|ting|ted)?\s+"
                          r"(?:(?!to\b|on\b|in\b|for\b|with\b|into\b)[\w.'’/-]+\s+){0,3}[\w.'’/-]+$", re.IGNORECASE)
# (not past the end of its sentence or clause: "… causing bacteria. ’ while most … was found to be")
_INFINITIVE_AHEAD = re.compile(r"^(?:[^\s.;:!?—–\"“”‘’]+\s+){0,14}?to\s+[a-z]+", re.IGNORECASE)
# Verbs whose object goes on to a "that" clause: "convince the family members [who …] that he was …".
_TELL_END = re.compile(r"\b(?:convinc|persuad|remind|assur)(?:e|es|ed|ing)?\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                       r"(?:[\w'’-]+\s+){0,2}[\w'’-]+$", re.IGNORECASE)
_THAT_AHEAD = re.compile(r"^(?:who|whom)\s+(?:[^\s.;:!?—–\"“”‘]+\s+){0,14}?that\s", re.IGNORECASE)
# "Democrats who want to vote": a "to" after one of these belongs to the relative clause, not to the cut verb.
_TO_TAKERS = re.compile(r"^(?:want|need|plan|hope|tr(?:y|ie)|seek|refuse|decide|agree|expect|intend|prefer|fail|"
                        r"continue|begin|start|able|likely|ready|willing|going|have|has|had|used|about|set)\w*$",
                        re.IGNORECASE)


def generic_noun_end(kept: str, rest: str) -> str | None:
    """'wise choices in a world' (the 'where …' cut) → 'wise choices'; 'find a way' alone → None; else `kept`."""
    if not _CLAUSE_AFTER_NOUN.match(rest):
        return kept
    if _CONTENT_END.search(kept) and re.match(r"^\s*that\s", rest):
        return None
    tail = _GENERIC_AFTER_PREPOSITION.search(kept)
    if tail:
        shorter = kept[: tail.start()]
        if len(shorter.split()) < 2 or re.search(r"[a-z](?:ed|en)$", shorter):
            return None  # "are insults framed [in a way that …]": the manner was what was asked
        return shorter
    return None if _GENERIC_BARE.search(kept) else kept


# Words that mean nothing without the "to"/"that" clause after them: "documents relating [to the campaign]", "as she
# tries [to form a government]", "when Cruz and Rubio implied [that …]", "willing [to ignore …]".
NEEDS_COMPLEMENT = frozenset("relating related subjected tries trying attempts attempting willing unwilling eager "
                             "implied implying denying thinking sufficient fail fails failed refuse refuses refused".split())
_COMPLEMENT_NEXT = re.compile(r"^\s*(?:to|that)\s", re.IGNORECASE)


def lost_complement(kept: str, rest: str) -> bool:
    """'prompt some Democrats' with 'who … to come to terms' cut: the verb's object lost where it was to go."""
    if not kept.split():
        return False  # (a predicate cut before its first word keeps nothing to lose)
    if kept.split()[-1].lower() in NEEDS_COMPLEMENT and _COMPLEMENT_NEXT.match(rest):
        return True
    if _TELL_END.search(kept) and _THAT_AHEAD.match(rest.lstrip(" ,")):
        return True  # "convince the family members [who …] that he was still …"
    return bool(_CONTROL_END.search(kept)) and bool(_INFINITIVE_AHEAD.match(rest.lstrip(" ,")))


def skip_relative(kept: str, rest: str) -> str | None:
    """'prompt some Democrats' + 'who have had misgivings about X to come …' → 'prompt some Democrats to come …'.

    The relative clause goes, the infinitive stays; None when the "to" may be the relative clause's own."""
    if not re.match(r"^\s*(?:who|that|which)\s", rest, re.IGNORECASE):
        return None
    to = re.search(r"\s(to\s+[a-z]+)", rest)
    if not to:
        return None
    before = rest[: to.start()].split()[-1]
    if _TO_TAKERS.match(before) or before.lower().endswith(("ed", "ing")) or len(rest[: to.start()].split()) > 10:
        return None
    # ("to come to terms with her given the potential for …": what follows "given" is a reason, not the complement)
    return kept + " " + re.split(r"\s+(?:given|considering|amid|despite|because)\s", rest[to.start(1):])[0]
