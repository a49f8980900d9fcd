"""Find the subject of the clause a question rests on, and invert a clause into a question ('the talks will
resume' → 'will the talks resume')."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.extract.question_cuts import EMPTY_HEADS
from briefgen.extract.question_norms import normative_should
from briefgen.extract.question_grammar import (
    IRREGULAR_BASE,
    aux_words,
    is_plural,
    sentence_case_subject,
    subject_before,
    to_base,
    trim_predicate,
)
from briefgen.extract.question_rules import (
    COUNTERFACTUAL_CONTEXT,
    COUNTERFACTUAL_MODALS,
    POSSESSED,
    PRESENT_STATE,
    UNINVERTIBLE,
    finish,
    unplaceable_subject,
)

# Resolves a subject phrase (possibly a pronoun) found at a character offset of the sentence to a
# name, or returns None when it cannot be named; supplied by questions.py per sentence.
SubjectFn = Callable[[str, int], str | None]


def clause_subject(sentence: str, match: re.Match[str], subject: SubjectFn, group: str | int = 0) -> str | None:
    """The subject of the clause the match sits in, named by `subject`, or None when there is none to ask about."""
    start = match.start(group)
    # An aside is known by the verb after it ("The deal, if approved, would …"), so the verb goes along.
    tail = sentence[start: start + 16]
    joined = _drop_asides(sentence[:start] + tail)
    before = joined[: -len(tail)] if tail and joined.endswith(tail) else _drop_asides(sentence[:start])
    relative = _RELATIVE_SUBJECT.search(before)
    if relative and relative.group(0).rstrip().endswith("that") and _looks_like_verb(relative.group("np").split()[-1]):
        relative = None  # "let the minister know that …": a complement clause, not a relative one
    last = relative.group("np").split()[-1].lower() if relative else ""
    if last in _OF_LIKE and (relative.group(0).rstrip().endswith("that") or last != "by"):
        # "the lingering cost of that could be high": "that" is the preposition's object, no relative; "the inability
        # to agree on who should lead": a question word's own clause ("a voter passing by who …": a particle)
        relative = None
    # "a rights issue that is expected to …": the relative pronoun stands for the noun phrase before it
    if _OBJECT_RELATIVE.search(before):
        return None  # "a state which it has apparently retained": the verb's object is the relative pronoun
    part = None if relative else _PART_OF_WHOM.search(before)
    raw = relative.group("np") if relative else f"{part.group('q')} of {part.group('np')}" if part else \
        subject_before(before)
    if relative:  # "in a match that could decide …" → "Will the match decide …": the question is about that one
        if re.match(r"(?:a|an)\s+\S+$", raw) and raw.split()[-1].lower() in EMPTY_HEADS:
            return None  # "framed in a way that could be illegal": "the way" names nothing to ask about
        raw = re.sub(r"^(?:a|an)\s+", "the ", raw)
    if relative:
        # "a burden on those who may not speak English": the relative pronoun stands for "those", the
        # noun after the last preposition, not for the whole phrase
        inner = re.split(r"\s(?:of|on|for|to|with|in|at|from|among|about)\s", raw)
        if len(inner) > 1 and inner[-1].lower() in NOUN_DETERMINERS | {"them", "others", "people", "anyone", "everyone"}:
            return None
    if raw is None:
        raw = _shared_subject(before)
    if raw is None:
        return None
    if re.search(r"\bwhat\s+(?:\S+\s+){0,2}$", before[: before.rfind(raw)] if raw in before else ""):
        return None  # "what they were trying to accomplish": the object is the wh-word, not in the question
    named = subject(raw, start)
    if named and re.search(r",(?!\d{3}\b)", named):
        return None  # "lineker, left, or take that singer barlow": a list or a caption, not one subject
    if named and unplaceable_subject(named):
        return None
    return sentence_case_subject(named) if named else None


_COORDINATED = re.compile(r"^(?P<head>.*\S),?\s+(?:and|but)(?:\s+(?:also|still|now|then|later))?\s*$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|\b(?:said|says|that)\s+|[;,]\s*)")
_FINITE = re.compile(r"^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|"
                     r"hasn't|haven't|hadn't|isn't|aren't|wasn't|weren't|won't|can't|didn't|doesn't|don't|"
                     r"[a-z]+(?:ed|s))$")


_OF_LIKE = frozenset("of for in on at to by from with".split())


def _shared_subject(before: str) -> str | None:
    """'X said it holds a stake, and may seek control': the second verb shares the first one's subject."""
    coordinated = _COORDINATED.match(before)
    if not coordinated:
        return None
    head = coordinated.group("head")
    # The nearest clause that has a subject and a verb, looking back from the "and".
    for boundary in reversed(list(_CLAUSE_START.finditer(head))):
        words = head[boundary.end():].split()
        for i, word in enumerate(words[1:7], start=1):
            if words[i - 1].lower() in _OF_LIKE:
                continue  # "thousands of workers sewed": a noun after a preposition is no verb
            if (_FINITE.match(word) or word in _PAST_IRREGULAR) and any(w.lower() not in NOUN_DETERMINERS for w in words[:i]):
                return subject_before(" ".join(words[:i]))  # "The talks stalled": "talks" is not the verb
    return None


def _looks_like_verb(word: str) -> bool:
    low = word.lower()
    return low in _SAYING_VERBS or low.endswith(("ed", "s")) or low in IRREGULAR_BASE


_SAYING_VERBS = frozenset("know say tell think believe hope expect show suggest warn note argue insist fear mean "
                          "ensure claim feel find learn realise realize recognise recognize see agree deny".split())
_OBJECT_RELATIVE = re.compile(r"\b(?:which|whom)\s+(?:he|she|it|they|we|you|I)\s*$")
_RELATIVE_SUBJECT = re.compile(  # (the last determiner's phrase: "the fame in the 1990s as the only man who")
    r"\b(?P<np>(?:a|an|the|its|his|her|their)\s+(?:(?!(?:a|an|the)\s)[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:that|which|who)\s*$")
# "the victims, several of whom were believed to be …": the quantifier of the plural noun before the comma
_PART_OF_WHOM = re.compile(r"\b(?P<np>(?:the|these|those|its|his|her|their)\s+"
                           r"(?:(?!(?:the|a|an|or|and)\s)[\w'’-]+\s+){0,3}?[\w'’-]+[^s\W]s),\s+"
                           r"(?P<q>several|some|many|most|all|both|few|two|three|four|five|six|seven|eight|nine|ten)\s+"
                           r"of\s+whom\s*$", re.IGNORECASE)
_ASIDE = re.compile(r",\s*[^,]{1,40},(?=\s*(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|"
                    r"must|did|does|do)\b)|"
                    r",\s*(?:of course|however|meanwhile|though|in fact|too|in turn|analysts say|officials say)\s*,|,\s*(?:which|who|whose|whom)\b[^,]*,|\s\([^)]*\)|,\s*(?:a|an|the)\s[^,]{1,60},(?=\s*(?:has|have|had|is|are|was|were|said|will|would|could|may|might)\b)|"
                    # "the naval force -- consisting of American and British ships -- may be used": an aside in dashes
                    r"\s+(?:--|—|–)\s*[^-—–]{1,120}?\s*(?:--|—|–)"
                    r"(?=\s*(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must)\b)")


def _drop_asides(text: str) -> str:
    """Remove relative clauses and appositions between commas so the subject sits next to its verb."""
    return _ASIDE.sub("", text)


# (a polar question asks the same whether its clause said "not" or not: "the troops have not yet engaged the Guard" →
# "have the troops engaged the Guard"; "not yet" goes whole, or "yet" would be left asking "have the troops yet …")
_AUX = re.compile(r"\b(" + aux_words("modal", "be", "have") + r")\b(?P<not>\s+not(?:\s+yet)?\b)?")
# Negated auxiliaries written as one word, spelt out so that the clause inverts like its "has not" ("allied troops
# haven't yet fully engaged …" → "have allied troops fully engaged …"); "can't", "don't", "didn't" are left to
# UNINVERTIBLE: "can" is ability, "do" would need its own inversion.
NEGATED_AUX = {"hasn't": "has not", "haven't": "have not", "hadn't": "had not", "isn't": "is not", "aren't": "are not",
               "wasn't": "was not", "weren't": "were not", "won't": "will not", "wouldn't": "would not",
               "couldn't": "could not", "shouldn't": "should not"}
_NEGATED_AUX = re.compile(r"\b(" + "|".join(w[:-3] for w in NEGATED_AUX) + r")n['’]t\b", re.IGNORECASE)


def spell_out_negation(clause: str) -> str:
    """'haven't yet engaged' → 'have not yet engaged' (NEGATED_AUX); other contractions are left as written."""
    return _NEGATED_AUX.sub(lambda m: NEGATED_AUX[m.group(1).lower() + "n't"], clause)
# ("whether he could head for the Premier League" asks what will happen, not what he is able to do)
AUX_FOR_QUESTION = {"could": "will", "would": "will", "might": "will", "may": "will", "must": "will",
                     "should": "will", "shall": "will", "was": "was", "were": "were"}


def invert(clause: str, subject: SubjectFn, offset: int, wh: str = "", present: str = "will") -> str | None:
    """'the talks will resume in May' → 'will the talks resume in May' (with a leading wh-word)."""
    clause = spell_out_negation(trim_predicate(_drop_asides(clause).lstrip(" ,")) or "")
    if UNINVERTIBLE.search(clause):
        return None  # "Trump isn't gonna be prepared": a contraction the grammar cannot invert
    aux = _AUX.search(clause)
    if not aux or len(clause[: aux.start()].split()) > 9:
        return _invert_past(clause, subject, offset, wh, present)
    head = clause[: aux.start()].strip()
    rest = clause[aux.end():].strip()
    degree = _HOW_DEGREE.match(head) if wh.lower() == "how" and _BARE_BE.match(rest) else None
    if degree:  # "how loyal all of his slate will be" → "how loyal will all of his slate be"
        wh, head = f"{wh} {degree.group('adj')}", head[degree.end():]
    negated = aux.group("not") is not None
    if wh and negated:
        return None  # "questioned why Ghazala Khan hadn't spoken": without its "not" a wh-question asks the opposite
    if not head:  # "who will lead" / "who had the gun": the wh-word is the subject, nothing is inverted
        return finish(wh, aux.group(0), rest) if wh else None
    verb = AUX_FOR_QUESTION.get(aux.group(1).lower(), aux.group(1).lower())
    if aux.group(1).lower() in COUNTERFACTUAL_MODALS and PERFECT.match(rest):
        return None  # "the death toll would have been more than a thousand": counterfactual
    if PERFECT.match(rest) and COUNTERFACTUAL_CONTEXT.search(clause):
        return None  # "he could have been attacked if his pet had not been there": it did not happen
    if aux.group(1).lower() == "should" and normative_should(head, rest, negated):
        return None  # "he thinks kids should say thank you": a norm, not a forecast
    if verb in {"will", "can"} and PERFECT.match(rest):
        if aux.group(1).lower() in {"could", "would", "should"}:
            verb = aux.group(1).lower()  # "how could X have emerged"
        else:  # "may have left" → "have … left"
            verb, rest = ("have" if is_plural(head) else "has"), rest[5:]
    past = _PAST_PERFECT.match(rest) if verb == "had" else None
    if past:  # "whether he had really fought for the bill" → "did he really fight for the bill"
        if past.group("part") == "been":  # "whether Trump had been exposed" → "was Trump exposed"
            verb, rest = ("were" if is_plural(head) else "was"), past.group("adv") + rest[past.end():].lstrip()
        else:
            verb, rest = "did", past.group("adv") + to_base(past.group("part")) + rest[past.end():]
    found = subject_before(head) if head else None
    if head and found is None or re.search(r",\s*(?:or|and)\b", head):
        return None  # "to have fired …": no subject in front of the auxiliary; "X, or Y": a list
    if found and found != head and found.lower() in {"he", "she", "it", "they"}:
        return None  # "issues she had …", "at 37 he will …": the pronoun's clause is inside a longer phrase
    if aux.group(1).lower() in {"may", "might", "could"} and PRESENT_STATE.match(rest):
        verb, rest = ("are" if is_plural(head) else "is"), rest[3:]  # "may be currently at sea" → "are … currently"
    elif verb in {"has", "have", "had"} and POSSESSED.match(rest):
        # "Trump has the best plan" → "does Trump have the best plan": possession, not a perfect
        verb, rest = {"has": "does", "have": "do", "had": "did"}[verb], "have " + rest
    if verb == "will" and aux.group(1).lower() == "would":
        rest = re.sub(r"^like to\s+", "", rest)  # "whether he would like to pursue X" → "will he pursue X"
    # ("this time the horse will …": the time is not the subject, nor "again that" in "believe again that wages can
    # rise": a complementizer inside the span)
    inside = found and (_TIME_OPENING.match(head) or re.search(r"\S\s+that\s+" + re.escape(found) + "$", head))
    named = subject(found if inside else head, offset)
    if not named or not rest or unplaceable_subject(named):
        return None
    return finish(wh, verb, sentence_case_subject(named), rest)


# "how loyal all of his slate will be", "how close the race is": an adjective after "how" belongs to it, when a noun
# phrase opens right after it and the verb is a bare "be" ("how people will be affected" has its subject after "how").
_HOW_DEGREE = re.compile(r"(?P<adj>[a-z][a-z-]+)\s+(?=(?:the|a|an|all|both|each|every|many|most|some|this|that|these|"
                         r"those|its|his|her|their|our|[A-Z])\b)")
_BARE_BE = re.compile(r"be\b(?!\s+[a-z]+(?:ed|en|ing)\b)(?:\s+(?:if|when|once|after|before|by|in|under|at|for)\b.*)?$")
_TIME_OPENING = re.compile(r"(?:this|one|some) (?:time|day)\b", re.IGNORECASE)
# Irregular simple past forms: a clause's verb when no auxiliary comes before it ("the killer led police to …").
_PAST_IRREGULAR = frozenset(
    "went made took gave came saw told held met sent won lost left sought brought kept led paid struck began "
    "became fell rose ran spent built chose drew fought found got grew knew meant sold spoke stood wrote".split())
# Words that open a noun phrase: the word after one is part of the subject, not its verb ("the talks stalled").
NOUN_DETERMINERS = frozenset("the a an this that these those its his her their our my your some any".split())


_REDUCED_RELATIVE_NEXT = frozenset("behind in at on by near from under inside outside with during after".split())


# Adverbs a participle takes in a subject ("the doors blocked off", "the cars parked outside"), beside the
# prepositions above.
_PARTICIPLE_ADVERBS = frozenset("off up down away out outside inside back there here earlier".split())
# Present verbs and auxiliaries that, a few words after a participle and its adverb, are the clause's own verb: "the
# doors blocked off need a key" asks whether they need one, not whether they were blocked.
_LATER_PRESENT = frozenset("is are has have need needs require requires remain remains must can will may".split())
_FREQUENCY_ADVERBS = frozenset("still also now often usually always never".split())


def _later_past(words: list[str], i: int) -> bool:
    return any(w.islower() and ((w.endswith("ed") and len(w) > 4) or w in _PAST_IRREGULAR) for w in words[i + 1: i + 8])


def _reduced_relative(words: list[str], i: int) -> bool:
    """'hair discovered behind the home came from …', 'the doors blocked off need a key': the past form at i modifies
    the subject, and the clause's verb comes later."""
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    if following in _REDUCED_RELATIVE_NEXT and _later_past(words, i):
        return True
    if following not in _PARTICIPLE_ADVERBS:
        return False
    # (only right after the adverb: "the firm paid back the loan as it has promised" has its verb at "paid")
    after = next((w for w in (w.lower() for w in words[i + 2: i + 4]) if w not in _FREQUENCY_ADVERBS), "")
    return after in _LATER_PRESENT


_OBJECT_START = frozenset("the a an its his her their this that these those more less most some any all no "
                          "much many several".split())


def _present_verb(words: list[str], i: int) -> bool:
    """'the offer violates a pact': a singular noun phrase, then a verb in -s with its object after it.

    The object is required: 'the U.S. troops in Iraq' or 'the oil prices rose' read a plural noun as a verb.
    """
    word = words[i]
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")) or not 1 < i <= 6:
        return False
    following = words[i + 1] if i + 1 < len(words) else ""
    return words[0].lower() in NOUN_DETERMINERS and not words[i - 1].lower().endswith("s") and \
        (following.lower() in _OBJECT_START or following[:1].isdigit() or following[:1] == "$" or
         following.lower() == "to")  # "how the union intends to respond"


# "expect much change when it came to speakers": a subordinator before the past verb means the verb is its clause's,
# and "much change when it" is no subject (not "after", "before", "since", "until": prepositions inside a subject too)
SUBORDINATORS_IN_SUBJECT = frozenset("when whenever if because while unless although though whether".split())


def _invert_past(clause: str, subject: SubjectFn, offset: int, wh: str, present: str = "will") -> str | None:
    """A clause without auxiliary, in the past tense: 'the killer buried the rifle' → 'did the killer bury the rifle'."""
    words = clause.split()
    for i, word in enumerate(words[:10]):
        before = words[i - 1].lower() if i else ""
        if i == 0 or before in NOUN_DETERMINERS or before.endswith(("'s", "’s")) or not word.islower() or \
                before in {"being", "been", "be"}:
            continue  # "priority being placed on …": a passive participle, not the clause's verb
        if word.endswith("s") and not word.endswith("ss") and all(w[:1].isupper() for w in words[:i]) and i <= 4:
            named = subject(" ".join(words[:i]), offset)  # "whether Sununu survives" → "will Sununu survive"
            if not named:
                return None
            # "whether Sununu survives the week" asks what will happen; "how Granado intends to plead", what is so now
            # ("estimated that Australia experiences a cost" states what is so: "does")
            return finish(wh, "does" if wh else present, named, to_base(word), " ".join(words[i + 1:]))
        if _present_verb(words, i):
            named = subject(" ".join(words[:i]), offset)  # "that the offer violates a pact" → "does the offer violate"
            if not named:
                return None
            return finish(wh, "does", sentence_case_subject(named), to_base(word), " ".join(words[i + 1:]))
        if (word.endswith("ed") and len(word) > 4) or word in _PAST_IRREGULAR:
            if _reduced_relative(words, i):
                continue  # "hair discovered behind the home came from …": a modifier, not the verb
            head = words[:i]
            if any(w.islower() and (w.endswith("ed") or w in _PAST_IRREGULAR) and
                   words[k + 1].lower() not in _REDUCED_RELATIVE_NEXT for k, w in enumerate(head)):
                return None  # "they claimed Montalvo left": two verbs, no clean subject
            if any(w in SUBORDINATORS_IN_SUBJECT for w in head):
                return None
            if subject_before(" ".join(head)) is None:
                return None  # "what he accomplished": no noun phrase before the verb
            named = subject(" ".join(head), offset)
            if not named or len(words) - i < 2:
                return None
            return finish(wh, "did", sentence_case_subject(named), to_base(word), " ".join(words[i + 1:]))
    return None


# Past participles that neither end in -ed/-en nor share the simple past's form above.
_PARTICIPLES = frozenset("come become run put set cut hit had done gone read let shut spread sung begun felt heard known shown "
                         "grown thrown drawn blown flown".split())
# Words ending in -ed/-en that are no participle ("may have seven seats", "would have even more"): not a perfect.
_NOT_PARTICIPLES = frozenset("even often indeed when then between open need seven ten eleven thirteen fourteen fifteen "
                             "sixteen seventeen eighteen nineteen hundred men women children".split())
PARTICIPLE = re.compile(r"(?!(?:" + "|".join(sorted(_NOT_PARTICIPLES)) + r")\b)(?:been|[a-z]+(?:ed|en)|" +
                        "|".join(sorted(_PAST_IRREGULAR | _PARTICIPLES)) + r")\b")
# ("would have probably turned", "may have even left": an adverb may come between)
PERFECT = re.compile(r"have (?:(?:probably|likely|certainly|surely|possibly|already|never|also|just|even|often|"
                     r"indeed)\s+)?" + PARTICIPLE.pattern)
# A past perfect the reporting put a clause in ("said he had fought", "whether she had changed her mind") is asked in
# the simple past, as its speaker would ask it ("Did he fight …?", not "Had he fought …?"); its adverb is carried over
# ("whether he had even read it" → "did he even read it").
_PAST_PERFECT_ADVERBS = ("really", "just", "already", "ever", "actually", "seemingly", "apparently", "also", "even",
                         "never", "indeed", "once", "previously")
_PAST_PERFECT = re.compile(r"(?P<adv>(?:(?:" + "|".join(_PAST_PERFECT_ADVERBS) + r")\s+)?)"
                           r"(?P<part>" + PARTICIPLE.pattern + ")")
