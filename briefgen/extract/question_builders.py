"""How open questions about a clause's own subject are phrased: builders that turn a matched sentence into a question.

(Questions about a noun phrase or a condition are in question_phrases.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.extract.question_grammar import (
    IRREGULAR_BASE,
    VERBS_INSIDE_SUBJECT,
    is_plural,
    sentence_case_subject,
    subject_before,
    to_base,
    trim_predicate,
)
from briefgen.extract.question_rules import (
    CONCESSIVE,
    COUNTERFACTUAL_MODALS,
    NOUN_LIKE_CUES,
    NOUN_READING_BEFORE,
    POSSESSED,
    PRESENT_STATE,
    REPORTING_VERBS,
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
    # "a rights issue that is expected to …": the relative pronoun stands for the noun phrase before it
    if _OBJECT_RELATIVE.search(before):
        return None  # "a state which it has apparently retained": the verb's object is the relative pronoun
    raw = relative.group("np") if relative else subject_before(before)
    if relative:
        # "a burden on those who may not speak English": the relative pronoun stands for "those", the
        # noun after the last preposition, not for the whole phrase
        inner = re.split(r"\s(?:of|on|for|to|with|in|at|from|among|about)\s", raw)
        if len(inner) > 1 and inner[-1].lower() in _DETERMINERS | {"them", "others", "people", "anyone", "everyone"}:
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
            if (_FINITE.match(word) or word in _PAST_IRREGULAR) and any(w.lower() not in _DETERMINERS for w in words[:i]):
                return subject_before(" ".join(words[:i]))  # "The talks stalled": "talks" is not the verb
    return None


def _looks_like_verb(word: str) -> bool:
    low = word.lower()
    return low in _SAYING_VERBS or low.endswith(("ed", "s")) or low in IRREGULAR_BASE


_SAYING_VERBS = frozenset("know say tell think believe hope expect show suggest warn note argue insist fear mean "
                          "ensure claim feel find learn realise realize recognise recognize see agree deny".split())
_OBJECT_RELATIVE = re.compile(r"\b(?:which|whom)\s+(?:he|she|it|they|we|you|I)\s*$")
_RELATIVE_SUBJECT = re.compile(
    r"\b(?P<np>(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:that|which|who)\s*$")
_ASIDE = re.compile(r",\s*[^,]{1,40},(?=\s*(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|"
                    r"must|did|does|do)\b)|"
                    r",\s*(?:of course|however|meanwhile|though|in fact|too|in turn|analysts say|officials say)\s*,|,\s*(?:which|who|whose|whom)\b[^,]*,|\s\([^)]*\)|,\s*(?:a|an|the)\s[^,]{1,60},(?=\s*(?:has|have|had|is|are|was|were|said|will|would|could|may|might)\b)")


def _drop_asides(text: str) -> str:
    """Remove relative clauses and appositions between commas so the subject sits next to its verb."""
    return _ASIDE.sub("", text)


def will_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    subj = clause_subject(sentence, match, subject)
    vp = trim_predicate(match.group("vp"))
    if not subj or not vp:
        return None
    cue = sentence[match.start(): match.start("vp")].split()  # "was likely to", "plans to"
    if subj.split()[-1].lower() in NOUN_READING_BEFORE and len(cue) > 1 and cue[-2].lower() in NOUN_LIKE_CUES:
        return None  # "no current plans to expand": "plans" is a noun here, not the verb
    past = len(cue) == 3 and cue[0].lower() in {"was", "were"} and cue[1].lower() in {"likely", "unlikely"}
    state = re.match(r"(?:have been|be) (?!\w+ed\b)", vp)
    if state and (past or vp.startswith("have been")):
        # "the hoop was likely to have been a smoke ring" → "Was the hoop a smoke ring"
        return finish(cue[0].capitalize() if past else ("Were" if is_plural(subj) else "Was"), subj, vp[state.end():])
    return finish("Will", subj, vp)


def gerund_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    subj = clause_subject(sentence, match, subject)
    vp = trim_predicate(match.group("vp"))
    if not subj or not vp:
        return None
    return finish("Will", subj, to_base(match.group("ger")), vp)


def modal_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    vp = trim_predicate(match.group("vp"))
    if not vp or _EMPTY_PREDICATE.match(vp):
        return None
    modal = match.group(0).split(" ", 1)[0].lower()
    if modal in {"can", "could"} and _PERCEIVED.match(vp):
        return None  # "a beer keg could be seen outside": what one was able to see, not an open question
    before = sentence[: match.start()]
    if _PURPOSE.search(before) and not (modal in _RESULT_MODALS and _RESULT_SO.search(before)):
        return None  # "so they could be closer": a purpose, not an open question
    if _REASON.search(before):
        return None  # "was delayed because the commission could not agree": a reason given, not an open question
    if modal in COUNTERFACTUAL_MODALS and _PERFECT.match(vp):
        return None  # "the toll would have been higher": a counterfactual, not an open question
    if modal in {"may", "might"} and CONCESSIVE.match(sentence[match.start("vp"):]):
        return None  # "Alpha may be the first letter …, but …": granted, not doubted
    subj = clause_subject(sentence, match, subject)
    if not subj:
        return None
    if _PERFECT.match(vp):
        # "may have struck" → "Has X struck"
        return finish("Have" if is_plural(subj) else "Has", subj, vp[5:])
    state = PRESENT_STATE.match(vp)
    if state and modal in {"may", "might", "could"}:
        # "8,000 migrants may be currently at sea" → "Are 8,000 migrants currently at sea"
        return finish("Are" if is_plural(subj) else "Is", subj, vp[3:])
    return finish("Will", subj, vp)


_PURPOSE = re.compile(r"\bso(?: that)?\s+(?:\S+\s+){0,3}$|\bin order that\s+(?:\S+\s+){0,3}$")
# ", so the decision may reveal …": after a comma, "so" with a modal of possibility gives a result, which is open;
# a purpose takes "can/could/would" ("…, so they could learn English").
_PERCEIVED = re.compile(r"be (?:seen|heard|felt|spotted|smelled|noticed|found|reached)\b")
_REASON = re.compile(r"\bbecause\s+(?:\S+\s+){0,5}$")
_RESULT_SO = re.compile(r",\s+so\s+(?:\S+\s+){0,3}$")
_RESULT_MODALS = frozenset({"may", "might", "will", "should", "must"})
_EMPTY_PREDICATE = re.compile(r"^be (?:uncertain|unclear|unknown|difficult|possible|likely|unlikely|hard|"
                              r"different|the case|true|so|there)\b|^(?:do|happen|say|be)$", re.I)
_AUX = re.compile(r"\b(can|could|will|would|should|might|may|must|is|are|was|were|has|have|had)\b(?:\s+not\b)?")
_AUX_FOR_QUESTION = {"could": "can", "would": "will", "might": "will", "may": "will", "must": "will",
                     "should": "will", "was": "was", "were": "were"}


def _invert(clause: str, subject: SubjectFn, offset: int, wh: str = "") -> str | None:
    """'the talks will resume in May' → 'will the talks resume in May' (with a leading wh-word)."""
    clause = trim_predicate(_drop_asides(clause).lstrip(" ,")) or ""
    if UNINVERTIBLE.search(clause):
        return None  # "Trump isn't gonna be prepared": a contraction the grammar cannot invert
    aux = _AUX.search(clause)
    if not aux or len(clause[: aux.start()].split()) > 9:
        return _invert_past(clause, subject, offset, wh)
    head = clause[: aux.start()].strip()
    rest = clause[aux.end():].strip()
    verb = _AUX_FOR_QUESTION.get(aux.group(1).lower(), aux.group(1).lower())
    if aux.group(1).lower() in COUNTERFACTUAL_MODALS and _PERFECT.match(rest):
        return None  # "the death toll would have been more than a thousand": counterfactual
    if verb in {"will", "can"} and _PERFECT.match(rest):
        if aux.group(1).lower() in {"could", "would", "should"}:
            verb = aux.group(1).lower()  # "how could X have emerged"
        else:  # "may have left" → "have … left"
            verb, rest = ("have" if is_plural(head) else "has"), rest[5:]
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
    if not head:  # "who will lead" / "what comes next": the wh-word is the subject
        return finish(wh, aux.group(0), rest) if wh else None
    named = subject(head, offset)
    if not named or not rest or unplaceable_subject(named):
        return None
    return finish(wh, verb, sentence_case_subject(named), rest)


_PAST_IRREGULAR = frozenset(
    "went made took gave came saw told held met sent won lost left sought brought kept led paid struck began "
    "became fell rose ran spent built chose drew fought found got grew knew meant sold spoke stood wrote".split())
_DETERMINERS = frozenset("the a an this that these those its his her their our my your some any".split())


_REDUCED_RELATIVE_NEXT = frozenset("behind in at on by near from under inside outside with during after".split())


def _later_past(words: list[str], i: int) -> bool:
    return any(w.islower() and ((w.endswith("ed") and len(w) > 4) or w in _PAST_IRREGULAR) for w in words[i + 1: i + 8])


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
    return words[0].lower() in _DETERMINERS and not words[i - 1].lower().endswith("s") and \
        (following.lower() in _OBJECT_START or following[:1].isdigit() or following[:1] == "$" or
         following.lower() == "to")  # "how the union intends to respond"


def _invert_past(clause: str, subject: SubjectFn, offset: int, wh: str) -> str | None:
    """A clause without auxiliary, in the past tense: 'the killer buried the rifle' → 'did the killer bury the rifle'."""
    words = clause.split()
    for i, word in enumerate(words[:10]):
        before = words[i - 1].lower() if i else ""
        if i == 0 or before in _DETERMINERS or before.endswith(("'s", "’s")) or not word.islower() or \
                before in {"being", "been", "be"}:
            continue  # "priority being placed on …": a passive participle, not the clause's verb
        if word.endswith("s") and not word.endswith("ss") and all(w[:1].isupper() for w in words[:i]) and i <= 4:
            named = subject(" ".join(words[:i]), offset)  # "whether Sununu survives" → "will Sununu survive"
            if not named:
                return None
            # "whether Sununu survives the week" asks what will happen; "how Granado intends to plead", what is so now
            return finish(wh, "does" if wh else "will", named, to_base(word), " ".join(words[i + 1:]))
        if _present_verb(words, i):
            named = subject(" ".join(words[:i]), offset)  # "that the offer violates a pact" → "does the offer violate"
            if not named:
                return None
            return finish(wh, "does", sentence_case_subject(named), to_base(word), " ".join(words[i + 1:]))
        if (word.endswith("ed") and len(word) > 4) or word in _PAST_IRREGULAR:
            following = words[i + 1].lower() if i + 1 < len(words) else ""
            if following in _REDUCED_RELATIVE_NEXT and _later_past(words, i):
                continue  # "hair discovered behind the home came from …": a modifier, not the verb
            head = words[:i]
            if any(w.islower() and (w.endswith("ed") or w in _PAST_IRREGULAR) and
                   words[k + 1].lower() not in _REDUCED_RELATIVE_NEXT for k, w in enumerate(head)):
                return None  # "they claimed Montalvo left": two verbs, no clean subject
            if subject_before(" ".join(head)) is None:
                return None  # "what he accomplished": no noun phrase before the verb
            named = subject(" ".join(head), offset)
            if not named or len(words) - i < 2:
                return None
            return finish(wh, "did", sentence_case_subject(named), to_base(word), " ".join(words[i + 1:]))
    return None


# Past participles that neither end in -ed/-en nor share the simple past's form above.
_PARTICIPLES = frozenset("come become run put set cut hit had done gone read let shut spread sung begun".split())
_PERFECT = re.compile(r"have (?:been|[a-z]+(?:ed|en)|" + "|".join(sorted(_PAST_IRREGULAR | _PARTICIPLES)) + r")\b")


def whether_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    return _invert(match.group("clause"), subject, match.start("clause"))


def wh_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    return _invert(match.group("clause"), subject, match.start("clause"), match.group("wh").lower())


def object_question(verb: str) -> Callable[[str, re.Match[str], SubjectFn], str | None]:
    def build(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
        subj = clause_subject(sentence, match, subject)
        obj = trim_predicate(match.group("obj"))
        if not subj or not obj or len(obj.split()) < 2:
            return None
        return finish("Will", subj, verb, obj)
    return build


def seem_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'X appears to have Y' → 'Does X have Y?'; 'X is believed to be Y' → 'Is X Y?'."""
    subj = clause_subject(sentence, match, subject)
    vp = trim_predicate(match.group("vp"))
    if not subj or not vp:
        return None
    past = match.group("verb").lower() in {"appeared", "seemed", "was", "were"}
    plural = is_plural(subj)
    verb, _, rest = vp.partition(" ")
    if verb == "be":
        aux = ("Were" if plural else "Was") if past else ("Are" if plural else "Is")
        return finish(aux, subj, rest)
    participle = re.sub(r"^(?:(?:only|already|never|just|also|recently|long|ever|since|not|[a-z]+ly)\s+)+", "", rest)
    if verb == "have" and (_PERFECT.match("have " + participle) or participle.split(" ", 1)[0].endswith(("ed", "en"))) \
            and len(rest.split()) > 1:
        return finish("Have" if plural else "Has", subj, rest)  # "appears to have fled"
    aux = "Did" if past else ("Do" if plural else "Does")
    return finish(aux, subj, verb, rest)


def _generic_you(sentence: str, match: re.Match[str]) -> bool:
    """'You expect putts to roll out': the believer is anyone, so nobody's expectation is left open."""
    return bool(re.search(r"\b[Yy]ou\s+(?:\w+\s+)?$", sentence[: match.start()]))


def belief_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    if _generic_you(sentence, match):
        return None
    # "he's leaving" → "he is leaving"; "Exxon's response failed" is a possessive and stays
    clause = re.sub(r"^(\w+)(?:'s|’s)\b(?=\s+(?:\w+ing|been|not|a|an|the|likely|unlikely|expected|set|due|about)\b)|"
                    r"^(?i:(he|she|it|that|there|what|who))(?:'s|’s)\b", lambda m: (m.group(1) or m.group(2)) + " is",
                    match.group("clause"))
    if re.match(r"(?:what|who|how|why|where|when)\b", clause, re.IGNORECASE):
        return None  # "I think what he accomplished tonight is …": a free relative, not a clause to invert
    return _invert(clause, subject, match.start("clause"))


def hedged_adverb_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'he probably died within weeks' → 'Did Howes die within weeks?'."""
    subj = clause_subject(sentence, match, subject)
    vp = trim_predicate(match.group("vp"))
    if not subj or not vp:
        return None
    verb, _, rest = vp.partition(" ")
    if to_base(verb) in REPORTING_VERBS or (to_base(verb) == "tell" and " to " not in vp):
        return None  # "he reportedly said …": whether it was said is not what the article leaves open
    aux = match.group("aux")
    if aux:
        return finish(_AUX_FOR_QUESTION.get(aux.lower(), aux.lower()), subj, vp)
    if verb.endswith("ed") or verb.lower() in IRREGULAR_BASE:
        return finish("Did", subj, to_base(verb), rest)
    return None


def object_to_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'they expect the deal to close by May' → 'Will the deal close by May?'."""
    obj = match.group("obj").strip()
    vp = trim_predicate(match.group("vp"))
    if _generic_you(sentence, match):
        return None
    if not obj or not vp or len(obj.split()) > 8 or any(w in VERBS_INSIDE_SUBJECT for w in obj.split()[1:]) or \
            UNINVERTIBLE.search(obj) or re.search(r"\b(?:he|she|it|that|there|who|what)['’]s\b", obj, re.I):
        return None  # "believes Trump has the best plan to correct …", "believe he's likely to": a clause
    if vp.split()[0].lower() in _DETERMINERS:
        return None  # "believes the group made a return to the scene": "to" is a preposition here
    pronoun = {"him": "he", "her": "she", "them": "they", "it": "it"}.get(obj.lower())
    obj = re.sub(r",\s[A-Z][a-z]{1,5}\.,", "", obj)  # "the Sunnyvale, Calif., company" → "the Sunnyvale company"
    named = subject(pronoun or obj, match.start("obj"))  # also names "his government"
    if not named or unplaceable_subject(named):
        return None
    return finish("Will", sentence_case_subject(named), vp)


def accused_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'accused Mr. Antar of engaging in fraud' → 'Did Mr. Antar engage in fraud?'."""
    obj = match.group("obj").strip()
    pronoun = {"him": "he", "her": "she", "them": "they", "it": "it"}.get(obj.lower())
    named = subject(pronoun, match.start("obj")) if pronoun else obj
    vp = trim_predicate(match.group("vp"))
    if not named or not vp:
        return None
    if match.group("ger").lower() == "being":  # "accuses Cruz of being welcoming" → "Was Cruz welcoming"
        return finish("Were" if is_plural(named) else "Was", named, vp)
    return finish("Did", named, to_base(match.group("ger")), vp)


def considered_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'Pol Pot is considered responsible for X' → 'Is Pol Pot responsible for X?'."""
    subj = clause_subject(sentence, match, subject)
    vp = trim_predicate(match.group("vp"))
    if not subj or not vp or vp.split()[0].lower() in NOT_A_SUBJECT | {"because", "due", "as"}:
        return None
    return finish(match.group("verb").capitalize(), subj, vp)


# Words after a copula that show no subject came before ("is possible", "was approved").
NOT_A_SUBJECT = frozenset("possible necessary needed required so not any only ever at in on by for with true "
                           "successful approved elected confirmed convicted".split())
