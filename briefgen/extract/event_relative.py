"""A date in a name's relative clause ("Jolly, who was elected in 2014, …"): the clause told as the name's."""

from __future__ import annotations

import re

from briefgen.extract.date_rules import date_matches, names_a_date, years_or_months_back
from briefgen.extract.timeline_verbs import has_a_finite_word, may_have_a_verb


# A cut that is only a name and the relative clause after it ("His combative former campaign manager, who was fired
# on June 20.", "Senator Ted Cruz of Texas, who last year threatened to shut down …"): the sentence's own verb is cut
# off, so the relative clause is told as the name's ("… campaign manager was fired on June 20."). Only a relative
# pronoun that is its clause's subject (its verb next, after time words or an adverb: not "who many feel need …"), one
# name (not "Paul and Christie, who rejoins …") and a clause that runs to the end unbroken (no words left out in it).
_NAME_AND_RELATIVE = re.compile(r"^(?P<name>[^,;—–…]+), (?:who|which) (?P<rest>[^,;—–…]+)$")
RELATIVE_VERB_AFTER = frozenset("last this next year week month on in at also once still recently previously later "
                                "earlier then".split())


def relative_as_clause(told: str) -> str:
    """The event `told` with a name's relative clause as its clause (_NAME_AND_RELATIVE), else as it is."""
    match = _NAME_AND_RELATIVE.match(told)
    if match is None or " and " in match.group("name") or may_have_a_verb(match.group("name")):
        return told
    if not _relative_verb_first(match.group("rest")):
        return told
    return match.group("name") + " " + match.group("rest")


def _relative_verb_first(rest: str) -> bool:
    """Whether a relative clause's pronoun is its subject: its first word, after time words and adverbs, is finite."""
    verb = next((w for w in rest.split() if w.lower() not in RELATIVE_VERB_AFTER and not w.endswith("ly")
                 and not names_a_date(w)), "")
    return has_a_finite_word(verb)


# A date of years or months back in a relative clause after the name that opens the sentence ("Jolly, who was elected
# to Congress in 2014, doesn't see …", "Scarborough, who served in the House from 1995 to 2001, has flirted …"):
# it dates the clause, not the sentence's verb, so the event is the clause told as the name's ("Jolly was elected to
# Congress in 2014."). Not a day near the article's ("Small, who attended the rally on Wednesday, said …": the rest
# is likely that day's too). A link word before the name is left out ("Yet Crenshaw, who …").
_SUBJECT_RELATIVE = re.compile(r"^(?:(?:And|But|Yet|However|Still),?\s+)?"
                               r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*), (?:who|which) "
                               r"(?P<rest>[^,;:“”\"()—–]+),\s")


def subject_relative_event(sentence: str, start: int) -> str | None:
    """The event for the date at `start` when it lies in the relative clause after the sentence's opening name
    (_SUBJECT_RELATIVE) and lies years or months back (date_rules.years_or_months_back); else None."""
    match = _SUBJECT_RELATIVE.match(sentence)
    if match is None or not match.start("rest") <= start < match.end("rest") or not _relative_verb_first(
            match.group("rest")):
        return None
    if not next((years_or_months_back(rule.name, m.groupdict().get("unit")) for rule, m in date_matches(sentence)
                 if m.start() == start), False):
        return None
    return f"{match.group('name')} {match.group('rest')}."
