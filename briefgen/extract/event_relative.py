"""A date in a name's relative clause ("Jolly, who was elected to Congress in 2014, …"): the clause told as the name's."""

from __future__ import annotations

import re

from briefgen.extract.date_rules import DATE_RULES
from briefgen.extract.timeline_verbs import has_a_finite_word, may_have_a_verb


def _names_a_date(text: str) -> bool:
    return any(rule.pattern.search(text) for rule in DATE_RULES)


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
                 and not _names_a_date(w)), "")
    return has_a_finite_word(verb)
