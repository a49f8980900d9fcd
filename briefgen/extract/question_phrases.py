"""Builders that ask about a noun phrase or a condition: what is unknown, whether there will be X, whether
a deal goes ahead, a dispute is resolved, what happens if …"""

from __future__ import annotations

import re

from briefgen.extract.date_rules import MONTH_NAMES, WEEKDAY_NAMES
from briefgen.extract.question_builders import NOT_A_SUBJECT
from briefgen.extract.question_clauses import SubjectFn, clause_subject
from briefgen.extract.question_grammar import is_plural, trim_predicate
from briefgen.extract.question_rules import (
    HYPOTHETICAL_CONDITION,
    LOOKS_AHEAD,
    PAST_CONDITION,
    finish,
    unplaceable_subject,
)


def unknown_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'the outcome of the session was unclear' → 'What was the outcome of the session?'."""
    raw = clause_subject(sentence, match, lambda phrase, _offset: phrase)  # as written, before pronouns are named
    subj = clause_subject(sentence, match, subject)
    if not subj or not raw or raw.split()[0].lower() in {"it", "this", "that", "he", "she", "they"} or \
            subj.split()[-1].lower() in {"which", "whom", "who", "that", "what"}:
        return None  # "it is uncertain whether …": "it" stands for the clause, not for a name
    if all(w[:1].isupper() for w in subj.split() if w.lower() not in {"the", "of", "and"}):
        return None  # "What is the European Union?": a name the reader can look up, not an open question
    verb = match.group("verb").lower()
    verb = {"remains": "is", "remain": "are", "remained": "was"}.get(verb, verb)
    if verb in {"is", "are"}:
        verb = "are" if is_plural(subj) or subj.split()[-1].endswith("abouts") else "is"
    return finish("What", verb, subj)


def there_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'the possibility of a ground assault toward the west' → 'Will there be a ground assault toward the west?'."""
    np = trim_predicate(match.group("np"), max_words=12)
    return finish("Will there be", np) if np else None


def there_is_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'officials suspect a link between the bombings' → 'Is there a link between the bombings?'."""
    np = trim_predicate(match.group("np"), max_words=12)
    if not np:
        return None
    past = match.group("verb").lower() == "suspected"
    verb = ("Were" if past else "Are") if is_plural(np) else ("Was" if past else "Is")
    return finish(verb, "there", np)


def go_ahead_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'the possible sale of Eastman Christensen' → 'Will the sale of Eastman Christensen go ahead?'."""
    np = trim_predicate(match.group("np"), max_words=12)
    if not np or re.search(r"\b(?:his|her|its|their)\b", np):
        return None
    return finish("Will the", np, "go ahead")


def until_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'construction won't resume until demand recovers' → 'Will construction resume once demand recovers?'."""
    subj = clause_subject(sentence, match, subject)
    vp = match.group("vp").strip()
    cond = trim_predicate(match.group("cond"), max_words=12)
    if not subj or not cond or not vp or len(vp.split()) > 10:
        return None
    # "won't have their new car until June" → "… by June": a date is a deadline, not a condition
    return finish("Will", subj, vp, "by" if _A_TIME.match(cond) else "once", cond)


_A_TIME = re.compile(rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|next|the (?:end|start|middle|spring|"
                     r"summer|autumn|fall|winter)|(?:late|early|mid)[ -]|\d{4}\b|tomorrow)", re.IGNORECASE)


def dispute_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    obj = trim_predicate(match.group("obj"))
    if not obj:
        return None
    return finish("Can the", match.group("what").lower(), "over", obj, "be resolved")


def friction_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    subj = clause_subject(sentence, match, subject)
    if not subj:
        return None
    return finish("Will", subj, "be resolved")


# What the sentence outside a condition says that makes "What happens if …?" no open question.
CONDITION_ANSWERED: dict[str, re.Pattern[str]] = {
    # "If Google removes a title, the games you paid for will be gone", "If X feels too far off, you can get …":
    # the outcome is told to the reader as advice or a fact of the product, not left open by the news
    "outcome told to the reader": re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE),
}


def condition_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    cond = trim_predicate(match.group("cond"), max_words=12)
    if not cond or len(cond.split()) < 2:
        return None
    if re.match(r"\s*\(", match.group("cond")[len(cond):]):
        return None  # "if this guy (Trump) pretends …": cut at the bracket, the condition lost its verb
    cond = re.sub(r"\s+then$", "", cond)
    # "if he's not guilty" → "if he is not guilty": the contraction is the pronoun's, which is named below
    cond = re.sub(r"^(\w+)['’]s(?= not\b| \w+ing\b)", r"\1 is", re.sub(r"^(\w+)['’]re\b", r"\1 are", cond))
    if PAST_CONDITION.match(cond) or re.match(r"^\s*(?:Had|Were)\s", sentence) or HYPOTHETICAL_CONDITION.search(cond):
        return None  # "If he'd started the season …", "if a German coach would take …": counterfactual or a wish
    rest = sentence[: match.start()] + " " + sentence[match.start("cond") + len(cond):]
    if not LOOKS_AHEAD.search(rest):
        return None  # "if they are Hispanic, the rate is 36 percent": a rule, not an open outcome
    if any(rule.search(rest) for rule in CONDITION_ANSWERED.values()):
        return None
    raw = match.group("cond")
    if raw.startswith(cond) and re.match(r"\s+because\b", raw[len(cond):]):
        return None  # "will only play with the cat if the dog is around because he likes …": a habit and its reason
    clause = re.search(r"\s(?:he|she|they|we|I|you)\s+[a-z]", cond[1:])
    if clause:
        return None  # "if Lester doesn't do this he knows …": the main clause runs on without a comma
    first = cond.split()[0]
    if first.lower().endswith("ly") or first.lower() in NOT_A_SUBJECT or \
            (first.islower() and first.endswith(("ed", "en")) and first not in {"the", "then"}):
        return None  # "if physically possible", "if necessary", "if given to a healthy person": no clause to ask about
    named = subject(first, match.start("cond")) if first.lower() in {"he", "she", "they", "it"} else first
    if not named or unplaceable_subject(named):
        return None  # "if one doesn't play", "if someone could remarry": nobody the reader can place
    return finish("What happens if", named + cond[len(first):])


_NOT_AFTER_SUBJECT = re.compile(r"^((?:\S+\s+){1,5}?)not\s+(?=[a-z])")


def inverted_condition_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'… under control should he survive the war' → 'Will Saddam Hussein survive the war?': the inverted condition
    is already in a question's order, "should" asks what will happen."""
    clause = trim_predicate(match.group("clause"), max_words=12)
    if not clause or len(clause.split()) < 2 or re.search(r"\b(?:them|him|it)\b", clause):
        return None  # "should the appeals court strike them down": what "them" is, the question cannot say
    # "should China not accede to his terms" → "Will China accede …?": a yes/no question asked without its "not"
    clause = _NOT_AFTER_SUBJECT.sub(r"\1", clause, count=1)
    first = clause.split()[0]
    named = subject(first, match.start("clause")) if first.lower() in {"he", "she"} else first
    if not named or unplaceable_subject(named):
        return None  # "should that happen": nothing the reader can place
    return finish("Will", named + clause[len(first):])


# "for six months", "over the past year": how long the doubt has lasted, not part of what is doubted
_DURATION_END = re.compile(r"\s+(?:for|over|since|in)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\w+\s+)?"
                           r"(?:days?|weeks?|months?|years?|decades?)$")


def apposition_question(sentence: str, match: re.Match[str], subject: SubjectFn) -> str | None:
    """'Nashua Corp., rumored a potential takeover target for six months, said …' → 'Is Nashua Corp. a potential
    takeover target?'."""
    pred = trim_predicate(match.group("pred"), max_words=12)
    named = subject(match.group("np"), 0)
    if not pred or not named or len(named.split()) > 6:
        return None
    pred = _DURATION_END.sub("", pred)
    return finish("Are" if is_plural(named) else "Is", named, pred)
