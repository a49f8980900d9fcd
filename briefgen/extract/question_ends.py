"""Rules as data for the ends of questions that show their predicate was cut inside a phrase the question needs."""

from __future__ import annotations

import re

from briefgen.extract.date_rules import WEEKDAY_NAMES

# Verbs that never end a clause without their object: after them at a question's end the object is missing.
OBJECT_VERBS = frozenset("embrace heed muster utter choose create sustain reject prompt bring address tackle "
                         "want need use corroborate announce unleash divulge answer illustrate kill imagine prove "
                         "remember ensure".split())
# Nouns in -ing that end a time phrase ("finished by spring", "before evening"), not a gerund cut from its object.
ING_NOUNS = frozenset("spring morning evening".split())
# What may follow such a verb at a question's end: a condition, a time or a place, never its object.
_AFTER_OBJECT_VERB = (r"(?:if|when|unless|because|in|on|during|last|next|this|today|tomorrow|tonight|Monday|Tuesday|"
                      r"Wednesday|Thursday|Friday|Saturday|Sunday)")
# Endings that show the predicate was cut inside a phrase the question needs.
DANGLING_END: dict[str, re.Pattern[str]] = {
    # "What happens if Chuck Grassley does not?": the condition's verb was the clause before, left behind
    "condition without its verb": re.compile(r"\bif\s+(?:\S+\s+){1,4}(?:does|do|did|will|would|can|could)"
                                             r"(?:\s+not|n['’]t)?$", re.IGNORECASE),
    # "… hands tied when attempting": a subordinate clause cut after its verb ("by spring", "before evening": a noun)
    "subordinator and bare gerund": re.compile(r"\b(?:when|while|after|before|by|without|since|upon)\s+"
                                               r"(?!(?:" + "|".join(sorted(ING_NOUNS)) + r")$)[a-z]+ing$"),
    # "took black voters for granted and as a result": a linking phrase with nothing after it
    "linking phrase": re.compile(r"\b(?:and|but|or)?\s*(?:as a result|and then|and so|and also|in turn|"
                                 r"in other words|for example|such as)$", re.IGNORECASE),
    # "will the winner tonight end up being": a copula with nothing after it
    "bare copula": re.compile(r"\b(?:being|been|be)$"),
    # "Will Mexicans be eagerly?" (from "will be eagerly, and trepidatiously, following his campaign"): a copula and a
    # manner adverb whose verb stayed behind an aside (adjectives in -ly, "be costly", "be likely", keep theirs)
    "copula and bare adverb": re.compile(r"\b(?:be|been|being)\s+(?!(?:costly|likely|unlikely|friendly|unfriendly|early|"
                                         r"deadly|timely|orderly|lonely|lively|ugly|holy|silly|lovely|elderly|unruly|"
                                         r"daily|weekly|monthly|quarterly|yearly|only|scholarly|worldly|kindly|"
                                         r"curly|oily|hilly|jolly|sickly|bubbly|wobbly|cuddly|prickly)\b)[a-z]+ly$"),
    # "does Perry have": a yes/no question whose last verb lost its object ("how much … will it have" and
    # "something they already have" keep theirs)
    "bare have": re.compile(r"^(?:will|does|do|did|can|could|would)\s(?!.*\b(?:they|we|already|still)\s+\w+$)"
                            rf".*\s(?:have|has|had)(?:\s+(?:today|tomorrow|tonight|{WEEKDAY_NAMES}))?$", re.IGNORECASE),
    # "will Republican Party not": an elliptical negation whose verb stayed in the sentence before
    "bare negation": re.compile(r"(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bdid)(?<!\bdoes)(?<!\bis)(?<!\bare)(?<!\bwas)"
                                r"(?<!\bwere)(?<!\bcan)(?<!\bwill)(?<!\bor) not$"),
    # "Has the phrase come from?" (from "where the phrase has come from"), "Will caucus-goers care about?" (from
    # "something that caucus-goers are going to care about"): a yes/no question cannot strand its preposition
    "stranded preposition": re.compile(r"^(?:will|would|can|could|is|are|was|were|has|have|had|did|does|do)\s.*\s"
                                       r"(?:from|about|into|upon)$", re.IGNORECASE),
    # "Will there be a trade agreement “down the line” he warned?", "Does Scott have anything in his hands the footage
    # showed?": the attribution after the clause came along
    "trailing attribution": re.compile(r"\s(?:he|she|they|it|we|the\s+(?:footage|video|report|study|survey|poll|data|"
                                       r"records?|documents?|statement|source|official|spokesman|spokeswoman))\s+"
                                       r"(?:said|says|warned|added|noted|argued|claimed|insisted|showed|shows|told)$"),
    # "Are the tech backers out there is an unsettled question?", "Is Clinton gains from the debate an open question?":
    # the sentence's doubt, predicated of the clause, came along
    "open question as predicate": re.compile(r"\b(?:an?\s+)?(?:open|unsettled|unanswered|unresolved)\s+question$",
                                             re.IGNORECASE),
    # "Is the merger a success remains to be seen?": the clause's own predicate came along
    "remains to be seen": re.compile(r"\bremains?\s+to\s+be\s+seen$", re.IGNORECASE),
    # "Are Republicans to use in the fall?" (from "… which Republicans are to use"): the same, after "be to"
    "infinitive without its object": re.compile(r"^(?:is|are|was|were)\s+\S+(?:\s+\S+)?\s+to\s+(?:" +
                                                "|".join(sorted(OBJECT_VERBS)) + r")(?:\s+" + _AFTER_OBJECT_VERB +
                                                r"\b(?!['’]).*)?$", re.IGNORECASE),
    # "… on the debate over Internet encryption, only saying?": a saying verb whose words were cut away
    "saying without its words": re.compile(r"\b(?:only\s+)?(?:saying|adding|noting|stating|declaring)$"),
    # "Will Eliot Spitzer do so on his first day in office?", "Will coal companies do the same?": what is done is in
    # the sentence before
    "do so": re.compile(r"\b(?:do|does|did|done|doing)\s+(?:so|the same)\b", re.IGNORECASE),
    # "Will Sanders ensure that women … would be able?": "able" without its "to"
    "able without its verb": re.compile(r"\b(?:be|been|being)\s+(?:(?:better|more|less|still|not)\s+)?able$"),
    # "Will politicians embrace?", "Will voters reject if they only understood it?" (from "one that politicians may
    # embrace", "a buzz that voters would reject"): a verb that needs an object, whose object was the relative pronoun
    "verb without its object": re.compile(r"^(?:will|would|can|could|did|does|do)\s.*\s(?:" +
                                          "|".join(sorted(OBJECT_VERBS)) + r")(?:\s+" + _AFTER_OBJECT_VERB +
                                          r"\b(?!['’]).*)?$",
                                          re.IGNORECASE),
    # "Did Carlineo make to Omar's office?", "Has Yovanovitch made that could have …?" (from "a call he made to …",
    # "investments that Yovanovitch may have made that …"): "make" whose object was the relative's antecedent
    # ("be made to", "make for", "made that decision" keep theirs)
    "make without its object": re.compile(r"^(?:will|would|can|could|did|does|do)\s.*\smake\s+to\s|"
                                          r"^(?:has|have|had)\s.*\smade\s+that\s+(?:could|would|will|may|might|can|"
                                          r"has|have|had|is|are|was|were)\b", re.IGNORECASE),
    # "What happens if Donald Trump wants?", "… if Donald Trump chooses?" (from "if he wants to", "if he chooses"):
    # the condition's verb, inflected, without its object (the past "needed" of "the agreement needed to prevent …")
    "condition verb without its object": re.compile(r"^what happens if\s.*\s(?:" + "|".join(sorted(OBJECT_VERBS)) +
                                                    r")(?:s|es|d|ed)?$", re.IGNORECASE),
    # "… since signing a pledge to refrain?": a verb cut before the preposition it cannot do without
    "verb without its preposition": re.compile(r"\b(?:refrain|rely|relies|depend|depends|consist|consists|abstain|"
                                               r"comply|cope|dispense|adhere|embark|elaborate)$", re.IGNORECASE),
    # "Is climate change happening or not are over?" (from "whether climate change is happening or not are over"): the
    # sentence's own predicate after the indirect question
    "verb after or not": re.compile(r"\bor not\s+(?:is|are|was|were|remains?|has|have)\b", re.IGNORECASE),
    # "Is Hillary Clinton qualified if she is?": an elliptical condition whose predicate was the question's own
    "elliptical condition": re.compile(r"\b(?:if|whether|unless)\s+(?:[\w'’-]+\s+){1,2}(?:is|are|was|were|does|do|"
                                       r"did|has|have|had|can|will|would)$", re.IGNORECASE),
    # "… in a matter of weeks especially for those": a demonstrative that lost its noun or relative clause
    # ("Will an incident like this do more to energize those?")
    "demonstrative without its noun": re.compile(r"\b(?:for|to|of|by|with|among|from|on|[a-z]+(?<!than))\s+"
                                                 r"(?:those|these)$", re.IGNORECASE),
    # "Will Clients feel the need to worry … however because?", "Is Boente above the law and unfortunately?": a
    # connective or sentence adverb whose clause was cut away
    "connective without its clause": re.compile(r"\b(?:however|therefore|because|although|though|unfortunately|"
                                                r"fortunately|moreover|furthermore|such|whereas|who|which|whom|whose)$",
                                                re.IGNORECASE),
    # "… that talks had stalled due?", "… in their products in line?": a phrase cut before its "to" or "with"
    "phrase without its preposition": re.compile(r"\b(?:due|according|prior|owing|thanks|based|in line|in addition|"
                                                 r"in order|in favou?r|instead|regardless)$",
                                                 re.IGNORECASE),
    # "a coolness that Ronald Reagan himself might have admired": the object is the relative's antecedent
    "reflexive and bare participle": re.compile(r"\b(?:himself|herself|itself|themselves)\s+[a-z]+(?:ed|en)?$"),
}
