"""How open questions about a clause's own subject are phrased: builders that turn a matched sentence into a question.

(Finding the clause's subject and inverting a clause are in question_clauses; questions about a noun phrase or a
condition are in question_phrases.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.extract.question_clauses import (
    AUX_FOR_QUESTION,
    NOUN_DETERMINERS,
    PARTICIPLE,
    PERFECT,
    SubjectFn,
    clause_subject,
    invert,
    spell_out_negation,
)
from briefgen.extract.question_grammar import (
    IRREGULAR_BASE,
    aux_words,
    VERBS_INSIDE_SUBJECT,
    is_plural,
    sentence_case_subject,
    to_base,
    that_as_determiner,
    trim_predicate,
)
from briefgen.extract.question_rules import (
    CONCESSIVE,
    COUNTERFACTUAL_CONTEXT,
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
from briefgen.extract.question_norms import normative_should, own_view_of_norm
from briefgen.extract.question_settled import settled_modal


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
    vp = _HEDGE_ADVERBS.sub("", vp) if vp else vp  # "could very well have been" is "could have been"
    if not vp or _EMPTY_PREDICATE.match(vp) or _NO_VERB.match(vp):
        return None  # ("he might in some upcoming primaries": the verb was the sentence before's)
    modal = match.group(0).split(" ", 1)[0].lower()
    # the modal's own "not"/"never", not one in its predicate ("should have to pay for it, not the city")
    negated = bool(re.search(r"\b(?:not|never)\b", match.group(0)[: match.start("vp") - match.start()]))
    if settled_modal(match.group(0), vp, sentence[: match.start()], sentence):
        return None  # "she could see the smoke", "residents may now return": done or allowed, not open
    if modal == "can" and not negated and not _EMBEDDING.search(sentence[: match.start()]):
        return None  # "OM can be led in classes", "people can hide": what is possible, not what is left open (but
        # "believes Liverpool can pile the pressure on", "if he can reach agreement" are open)
    if negated and _IDIOM_NOT.match(vp):
        return None  # "he could not be happier": as sure as can be
    if _CLAUSE_OF_TIME.search(sentence[: match.start()]) or re.search(r"\bas\s+$", sentence[: match.start()]):
        # ("as close to perfection as can possibly be achieved": a comparison, with no subject)
        return None  # "since he could walk", "a room where attendees could wear a wig": when or where, not what
    if modal == "would":
        vp = re.sub(r"^like to\s+", "", vp)  # "he would like to pursue X" → "Will he pursue X"
    if modal == "should" and _HOW_TO_REGARD.match(vp):
        return None  # "This verdict should be seen in a broader view": how to regard it, advice, not a forecast
    if modal in {"can", "could"} and _PERCEIVED.match(vp):
        return None  # "a beer keg could be seen outside": what one was able to see, not an open question
    before = sentence[: match.start()]
    if _PURPOSE.search(before) and not (modal in _RESULT_MODALS and _RESULT_SO.search(before)):
        return None  # "so they could be closer": a purpose, not an open question
    if _REASON.search(before):
        return None  # "was delayed because the commission could not agree": a reason given, not an open question
    if modal in COUNTERFACTUAL_MODALS and PERFECT.match(vp):
        return None  # "the toll would have been higher": a counterfactual, not an open question
    if modal in {"could", "might"} and PERFECT.match(vp) and COUNTERFACTUAL_CONTEXT.search(sentence):
        return None  # "he could have been attacked if his pet had not been there": it did not happen
    if modal in {"may", "might"} and CONCESSIVE.match(sentence[match.start("vp"):]):
        return None  # "Alpha may be the first letter …, but …": granted, not doubted
    subj = clause_subject(sentence, match, subject)
    if not subj:
        return None
    if modal == "should" and (normative_should(subj, vp, negated)
                              or own_view_of_norm(sentence[: match.start()], vp)):
        return None  # "kids should say thank you", "the owners should be worried": a norm, not a forecast
    if PERFECT.match(vp):
        # "may have struck" → "Has X struck"
        return finish("Have" if is_plural(subj) else "Has", subj, vp[5:])
    state = PRESENT_STATE.match(vp)
    if state and modal in {"may", "might", "could"}:
        # "8,000 migrants may be currently at sea" → "Are 8,000 migrants currently at sea"
        return finish("Are" if is_plural(subj) else "Is", subj, vp[3:])
    return finish("Will", subj, vp)


# "should be seen as", "should be viewed in the light of": how the speaker wants a thing regarded
_HOW_TO_REGARD = re.compile(r"be\s+(?:seen|viewed|regarded|considered|treated|taken|read|understood|judged|"
                            r"interpreted)\s+(?:as|in|with|through|against)\b")


# Words that put a clause under a belief, a saying or a condition.
_EMBEDDING = re.compile(r"\b(?:if|whether|believes?|believed|thinks?|thought|hopes?|hoped|expects?|expected|says?|said|"
                        r"insists?|insisted|claims?|claimed|fears?|feared|warns?|warned)\b", re.IGNORECASE)
# Adverbs between a modal and its verb that only grade the doubt ("could very well have been").
_HEDGE_ADVERBS = re.compile(r"^(?:(?:very|well|certainly|definitely|undoubtedly|surely|easily|possibly|even|"
                            r"quite|perhaps|conceivably)\s+)+(?=\S)")
_IDIOM_NOT = re.compile(r"be (?:any\s+)?(?:happier|prouder|better|more (?:pleased|delighted|proud|grateful))\b")
# A modal inside a clause of time or place tells when or where something was possible, not what is open.
_CLAUSE_OF_TIME = re.compile(r"\b(?:since|when|whenever|where|wherever|until|till|as soon as|once)\s+"
                             r"(?:[^\s,;]+\s+){0,4}$", re.IGNORECASE)
_PURPOSE = re.compile(r"\bso(?: that)?\s+(?:\S+\s+){0,3}$|\bin order that\s+(?:\S+\s+){0,3}$")
# ", so the decision may reveal …": after a comma, "so" with a modal of possibility gives a result, which is open;
# a purpose takes "can/could/would" ("…, so they could learn English").
_PERCEIVED = re.compile(r"be (?:seen|heard|felt|spotted|smelled|noticed|found|reached)\b")
_REASON = re.compile(r"\bbecause\s+(?:\S+\s+){0,5}$")
_RESULT_SO = re.compile(r",\s+so\s+(?:\S+\s+){0,3}$")
_RESULT_MODALS = frozenset({"may", "might", "will", "should", "must"})
# A predicate that opens with a preposition has lost its verb to an ellipsis.
_NO_VERB = re.compile(r"(?:in|on|at|for|with|from|by|into|over|under|after|before|during|against)\s", re.I)
_EMPTY_PREDICATE = re.compile(r"^be (?:uncertain|unclear|unknown|difficult|possible|likely|unlikely|hard|"
                              r"different|the case|true|so|there)\b|^(?:do|happen|say|be)$|"
                              # "could all – at the worst moments – lead to …": a floating quantifier cut from its verb
                              r"^(?:all|both|each)$|"
                              # "and will be until he leaves": the verb's complement was the sentence's first clause
                              r"^(?:be|do|have)\s+(?:until|unless|if|when|once|because|as long as)\b", re.I)


# Opposites that together cover every case: "adjusts the temperature whether the top is up or down" holds either way
# and asks nothing.
EITHER_WAY_PAIRS = (("up", "down"), ("on", "off"), ("in", "out"), ("open", "closed"), ("rain", "shine"),
                    ("win", "lose"), ("day", "night"), ("young", "old"), ("big", "small"), ("large", "small"),
                    ("wet", "dry"), ("hot", "cold"), ("online", "offline"), ("rich", "poor"))
_EITHER_WAY = re.compile(r"\b(?:" + "|".join(rf"{a}\s+or\s+{b}" for a, b in EITHER_WAY_PAIRS) + r")\b", re.I)


def whether_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    if _WHETHER_OR_CONCESSIVE.match(sentence[: match.start()]) and re.match(r"[^,;]*\bor\b", match.group("clause")):
        return None  # "whether the couple is married or not, there's usually …": "no matter which", nothing open
    if _EITHER_WAY.search(match.group("clause")):
        return None  # "whether the top is up or down": every case, nothing open
    clause = that_as_determiner(sentence[: match.start("clause")], match.group("clause"))
    return invert(clause, subject, match.start("clause"))


# "whether" opening the sentence or following a comma, with an "or" in its clause, means "no matter whether".
_WHETHER_OR_CONCESSIVE = re.compile(r"^(?:.*[,;:—–]\s*)?(?:[A-Z][a-z]*\s+)?$")


def wh_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    return invert(match.group("clause"), subject, match.start("clause"), match.group("wh").lower())


def object_question(verb: str) -> Callable[[str, re.Match[str], SubjectFn], str | None]:
    def build(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
        subj = clause_subject(sentence, match, subject)
        obj = trim_predicate(match.group("obj"))
        if not subj or not obj or len(obj.split()) < 2:
            return None
        if verb == "accept" and _REPORTED.match(obj):
            return None  # "dismissed reports that talks had stalled": a denial, not an offer turned down
        return finish("Will", subj, verb, obj)
    return build


_REPORTED = re.compile(r"(?:the\s+|these\s+|those\s+|such\s+)?(?:reports?|claims?|allegations?|suggestions?|"
                       r"rumou?rs?|speculation|accusations?|criticism|charges?|suspicions?)\b", re.IGNORECASE)


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
    if verb == "have" and (PERFECT.match("have " + participle) or participle.split(" ", 1)[0].endswith(("ed", "en"))) \
            and len(rest.split()) > 1:
        if _PAST_DATE.search(rest):  # "is alleged to have touched the nurses in 2013" → "Did … touch … in 2013"
            first, _, after = participle.partition(" ")
            return finish("Did", subj, rest[: len(rest) - len(participle)], to_base(first), after)
        return finish("Have" if plural else "Has", subj, rest)  # "appears to have fled"
    aux = "Did" if past else ("Do" if plural else "Does")
    return finish(aux, subj, verb, rest)


# A definite past time: the present perfect cannot take it ("has touched … in 2013").
_PAST_DATE = re.compile(r"\b(?:in (?:19|20)\d\d|last (?:week|month|year|night)|yesterday|ago|on (?:Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday))\b")


def _generic_you(sentence: str, match: re.Match[str]) -> bool:
    """'You expect putts to roll out': the believer is anyone, so nobody's expectation is left open."""
    return bool(re.search(r"\b[Yy]ou\s+(?:\w+\s+)?$", sentence[: match.start()]))


def belief_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    if _generic_you(sentence, match) or _NOUN_BEFORE.search(sentence[: match.start()]):
        return None  # "is living in fear after …": the cue word is a noun here
    if re.match(r"(?:after|before|when|while|since|because|as(?! (?:many|much|few|little)\b)|of|for|in|on|with|about|"
                r"from)\b", match.group("clause"),
                re.IGNORECASE):
        return None  # "fear after his dog saved him": no clause follows the cue
    # "he's leaving" → "he is leaving"; "Exxon's response failed" is a possessive and stays
    clause = that_as_determiner(sentence[: match.start("clause")], match.group("clause"))
    # ("she's done a serviceable job" is "she has done": 's before a participle)
    clause = re.sub(r"^(?i:(he|she|it|that|there|what|who))(?:'s|’s)(?=\s+(?:(?:already|just|never|long|also)\s+)?"
                    r"(?:" + PARTICIPLE.pattern + r"))", lambda m: m.group(1) + " has", clause)
    clause = re.sub(r"^(\w+)(?:'s|’s)\b(?=\s+(?:\w+ing|been|not|a|an|the|likely|unlikely|expected|set|due|about)\b)|"
                    r"^(?i:(he|she|it|that|there|what|who))(?:'s|’s)\b", lambda m: (m.group(1) or m.group(2)) + " is",
                    clause)
    if re.match(r"(?:what|who|how|why|where|when)\b", clause, re.IGNORECASE):
        return None  # "I think what he accomplished tonight is …": a free relative, not a clause to invert
    should = re.match(r"[^,;:]*?\b(?=should(?:\s|n['’]t\b))", clause)
    if should and own_view_of_norm(sentence[: match.start("clause")] + should.group(0),
                                   clause[should.end():]):
        return None  # "we don't believe councils should …": the speaker's own norm, not a forecast
    return invert(clause, subject, match.start("clause"), present="does")


_NOUN_BEFORE = re.compile(r"\b(?:in|of|for|with|the|a|an|no|their|his|her|its|our|my)\s+$", re.IGNORECASE)


# The auxiliary a hedged adverb comes before ("apparently hasn't unleashed", "probably will be"), with its "not".
_AUX_AFTER_ADVERB = re.compile(r"(" + aux_words("modal", "be", "have") + r")\s+(?:not\s+(?:yet\s+)?)?", re.IGNORECASE)


_LEADING_NOT = re.compile(r"^not\s+(?:yet\s+)?(?=\S)", re.IGNORECASE)


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
    if aux:  # "would probably not make the playoffs" → "Will the Chargers make the playoffs?" (asked without "not")
        return finish(AUX_FOR_QUESTION.get(aux.lower(), aux.lower()), subj, _LEADING_NOT.sub("", vp))
    spelt = spell_out_negation(vp)
    after = _AUX_AFTER_ADVERB.match(spelt)
    if after:  # "Iraq still apparently hasn't unleashed its stockpile" → "Has Iraq unleashed its stockpile"
        aux, rest = after.group(1).lower(), spelt[after.end():]
        if aux in COUNTERFACTUAL_MODALS and PERFECT.match(rest):
            return None  # "apparently would have won": what did not happen
        if aux in {"has", "have", "had"} and POSSESSED.match(rest):
            return finish({"has": "Does", "have": "Do", "had": "Did"}[aux], subj, "have", rest)  # possession
        return finish(AUX_FOR_QUESTION.get(aux, aux), subj, rest)
    if verb.endswith("ed") or verb.lower() in IRREGULAR_BASE:
        return finish("Did", subj, to_base(verb), rest)
    return None


# Longer objects of "expects X to …" are clauses misread as a noun phrase; a date inside ("net income in the year
# ending June 30, 1990, to fall …") counts as one word.
OBJECT_MAX_WORDS = 8
_A_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}\b")


def object_to_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'they expect the deal to close by May' → 'Will the deal close by May?'."""
    obj = match.group("obj").strip()
    vp = trim_predicate(match.group("vp"))
    if _generic_you(sentence, match):
        return None
    if not obj or not vp or len(_A_DATE.sub("date", obj).split()) > OBJECT_MAX_WORDS or \
            any(w in VERBS_INSIDE_SUBJECT for w in obj.split()[1:]) or \
            UNINVERTIBLE.search(obj) or re.search(r"\b(?:he|she|it|that|there|who|what)['’]s\b", obj, re.I):
        return None  # "believes Trump has the best plan to correct …", "believe he's likely to": a clause
    if vp.split()[0].lower() in NOUN_DETERMINERS:
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
    if match.group("verb").lower() in {"was", "were"} and _CLAUSE_OF_TIME.search(sentence[: match.start()]):
        return None  # "when Bowe was widely regarded as the best": a past reputation, not an open question
    return finish(match.group("verb").capitalize(), subj, vp)


# Words after a copula that show no subject came before ("is possible", "was approved").
NOT_A_SUBJECT = frozenset("possible necessary needed required so not any only ever at in on by for with true "
                           "successful approved elected confirmed convicted".split())
