"""Part-of-speech rules as data over a finished question: a question the tagger shows to be broken English goes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefgen.extract.question_grammar import BASE_AUX, ED_ADJECTIVES, YES_NO_AUX
from briefgen.extract.question_tag_reading import Tagged, clause_verb, inflected, joined, main_verb, np_start, prepare
from briefgen.extract.question_tag_sets import (BARE_INFINITIVE_VERBS, CLAUSE_OPENERS, CLAUSE_SUBORDINATORS, DEGREE_WORDS,
                                                FINITE, GAPPED_OBJECT_VERBS, INTRODUCERS, OBJECT_OPENERS,
                                                PASSIVE_BEFORE, PLURAL_ONLY_PAST, QUANTITY_WORDS, SUBJECT_OPENERS,
                                                THAT_SUBJECT_OPENERS, VERBS, WHOLE_AFTER_A, WHOLE_AFTER_PREPOSITION)


def no_base_verb(tagged: Tagged) -> bool:
    """'Will the bloodshed seemed shift …?', 'Did it heads …?': after Will/Did/Can … and the subject, the verb is
    finite."""
    if not tagged or tagged[0][0].lower() not in BASE_AUX:
        return False
    at = clause_verb(tagged)
    if at is None or not inflected(*tagged[at]):
        return False
    # (VBP is left out: after a modal the tagger often reads the base form as one, "effectively replace/VBP")
    # Two nouns before a present tense may be a noun and a relative clause's subject: "the role lightning plays in
    # eruptions be …" ("the effort requires", "it assumes" have one).
    # (the relative's head is a common noun: "Mr. Birdthistle points" is one name and its verb)
    return not (tagged[at][1] == "VBZ" and tagged[at - 1][1] in {"NN", "NNS", "NNP", "NNPS"}
                and tagged[at - 2][1] in {"NN", "NNS"})


def participle_before_base_verb(tagged: Tagged) -> bool:
    """'Will Ukraine needed investigate …?': after Will/Did … and a name, a verb in -ed right before a base verb: the
    sentence's verb came along beside the question's (a name takes no reduced relative; "the votes needed come" may)."""
    if not tagged or tagged[0][0].lower() not in BASE_AUX:
        return False
    return any(tagged[i - 1][1] in {"NNP", "NNPS", "PRP"} and tagged[i][1] in {"VBN", "VBD"} and
               tagged[i][0].lower().endswith("ed") and tagged[i + 1][1] in {"VB", "VBP"}
               for i in range(2, len(tagged) - 1))


def degree_before_verb(tagged: Tagged) -> bool:
    """'Will the candidate most carry on …?', '… voters most and least support …?': a degree word between the subject's
    noun and the base verb, whose adjective ("likely") was cut away."""
    if not tagged or tagged[0][0].lower() not in BASE_AUX:
        return False
    for i in range(2, len(tagged) - 1):
        if tagged[i][0].lower() not in DEGREE_WORDS or tagged[i - 1][1] not in {"NN", "NNS", "NNP", "NNPS"}:
            continue
        after = i + 1
        if tagged[after][0].lower() == "and" and after + 1 < len(tagged) and \
                tagged[after + 1][0].lower() in DEGREE_WORDS:
            after += 2  # "most and least"
        if after < len(tagged) and tagged[after][1] in {"VB", "VBP"}:
            return True
    return False


def determiner_before_verb(tagged: Tagged) -> bool:
    """'Will a watch the device last …?': an article followed by a verb: two phrases run together ("the walk-off"
    is a compound the tagger splits)."""
    # The verb must open a second noun phrase ("watch the device"): "a stand down order", "the walk-off" are compounds.
    return any(w.lower() in {"a", "an", "the"} and tagged[i + 1][1] in {"VB", "VBD", "VBZ", "VBP", "MD"}
               and i + 2 < len(tagged) and tagged[i + 2][1] in {"DT", "PRP$"}
               for i, (w, _t) in enumerate(tagged[:-1]))


def no_subject(tagged: Tagged) -> bool:
    """'Has to surface …, China also become …?', 'Did to suggest …?': 'to' or a modal right after the auxiliary,
    where the subject should be. (Not a base verb: there the tagger misreads nouns and adjectives, 'Will base/VB wages
    fall', 'Can sand/VB glow', 'Will coach/VB Vicente del Bosque …'.)"""
    if len(tagged) < 3 or tagged[0][0].lower() not in YES_NO_AUX:
        return False
    # "Will within five to 10 years Iran threaten …", "Will over time reshape …": a preposition opens no subject
    # (a quantity may: "Will about 100 people attend", "Are as many as one in five …")
    if tagged[1][1] == "RB" and tagged[2][1] == "IN" and tagged[2][0].lower() not in QUANTITY_WORDS:
        return True  # "Is though from groups …", "Was even if America leading?"
    return tagged[1][1] in {"TO", "MD"} or tagged[1][1] == "IN" and tagged[1][0].lower() not in QUANTITY_WORDS and \
        tagged[2][1] != "HYPH"  # ("Will down-ballot races …": a compound)


def do_before_verb(tagged: Tagged) -> bool:
    """'Will Republican elders do elevate?': 'do' as the predicate's verb, followed by a second bare verb."""
    if not tagged or tagged[0][0].lower() not in BASE_AUX:
        return False
    at = clause_verb(tagged)
    return at is not None and tagged[at][0].lower() == "do" and at + 1 < len(tagged) and tagged[at + 1][1] == "VB"


def do_with_perfect(tagged: Tagged) -> bool:
    """'Does the Boeing 747 have cost its owner …?': do-support cannot carry a perfect."""
    if not tagged or tagged[0][0].lower() not in {"does", "did", "do"}:
        return False
    at = main_verb(tagged)
    return at is not None and tagged[at][0].lower() == "have" and at + 1 < len(tagged) and tagged[at + 1][1] == "VBN"


def comma_splice(tagged: Tagged) -> bool:
    """'Will Randolph bow out, Grayson began vilifying her …?': a second clause joined by a comma alone."""
    at = main_verb(tagged)
    if at is None:
        return False
    for i in range(at + 1, len(tagged)):
        if tagged[i][1] in FINITE:
            start = np_start(tagged, i)
            if start > at and tagged[start - 1][0] == ",":
                return True
    return False


def stray_base_verb(tagged: Tagged) -> bool:
    """'Will polls show working-class whites be a boon to Trump?': a bare verb after the predicate's object that no
    'to', modal, conjunction or verb of letting/helping/seeing introduces."""
    at = main_verb(tagged)
    if at is None:
        return False
    for i in range(at + 1, len(tagged)):
        if tagged[i][1] != "VB":
            continue
        before = i - 1
        while before > at and tagged[before][1] in {"RB", "RBR"}:
            before -= 1  # "to effectively replace", "and then go"
        if tagged[before][1] in INTRODUCERS | {"MD", "VB", "VBP", "VBZ", "VBD"} or tagged[before][0] == ",":
            continue  # "to support", "will go", "and run", "helps pass", "said go"
        start = np_start(tagged, i)
        if start == i or start <= at:
            continue  # no object between: the tagger's guess, not a second clause
        if tagged[start - 1][0].lower() in BARE_INFINITIVE_VERBS:
            continue  # "help Americans rise"
        if tagged[start - 1][1] in {"VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "RP"}:
            return True  # "show working-class whites be"
    return False


def relative_without_verb(tagged: Tagged) -> bool:
    """'Are there any Christian groups that trying to obtain …?': a relative pronoun followed by a bare gerund.

    "that" may also open a clause whose subject is the gerund ("impress upon them that getting ahead means/NNS
    shouting"): then a word later could be its verb, and the question stands.
    """
    for i, (word, tag) in enumerate(tagged[:-1]):
        if i == 0 or tag not in {"WDT", "WP"} or tagged[i + 1][1] != "VBG":
            continue
        later = tagged[i + 2:]
        if word.lower() != "that" or not any(t in FINITE or (t == "NNS" and w.endswith("s")) for w, t in later):
            return True
    return False


def that_clause_without_verb(tagged: Tagged) -> bool:
    """'Will the campaign argue that industry lobbyists giving thousands?', '… show that Cruz?': a "that" clause whose
    subject has no finite verb after it (a subjunctive base form counts: "rule that the law be struck down")."""
    for i, (word, tag) in enumerate(tagged[:-1]):
        opener = tagged[i + 1][1]
        # (a singular common noun after "that" is its noun, "appreciate that concept", unless a plural follows:
        # "that industry lobbyists")
        if word.lower() == "that" and tag == "IN" and (opener in THAT_SUBJECT_OPENERS or opener == "NN" and
                                                       i + 2 < len(tagged) and tagged[i + 2][1] == "NNS"):
            # (a participle may be the past tense the tagger misread: "report that profits eroded/VBN")
            if not any(t in FINITE or t in {"VB", "VBN"} for _w, t in tagged[i + 1:]):
                return True
    return False


def perfect_and_base(tagged: Tagged) -> bool:
    """'Has Clinton already missed a unique opportunity and warn?': after Has/Have/Had, a base verb joined to the
    participle ("agreed to merge and cut jobs" joins two infinitives)."""
    if not tagged or tagged[0][0].lower() not in {"has", "have", "had"}:
        return False
    return joined(tagged, {"VBN", "VBD"}, "VB")


def base_and_gerund(tagged: Tagged) -> bool:
    """'Did Emanuel cater to special interests and failing to do enough?': after Did/Will …, a gerund joined by "and"
    to the base verb ("keep winning and growing" joins two gerunds, "more open and welcoming" two adjectives; "be
    searches or registering Muslims" two nouns)."""
    return bool(tagged) and tagged[0][0].lower() in BASE_AUX and joined(tagged, {"VB"}, "VBG", {"and"})


CONDITION_WORDS = frozenset({"if", "unless", "whether"})


def clause_without_verb(tagged: Tagged) -> bool:
    """'What happens if Paul Ryan?', '… while Clinton secretary of state?', '… if major war?': a subordinate clause with
    no verb (a condition's noun after its adjective too: not "while chief executive", a post, nor "if necessary")."""
    for i, (word, tag) in enumerate(tagged[:-1]):
        opens = tagged[i + 1][1] in SUBJECT_OPENERS or (word.lower() in CONDITION_WORDS and tagged[i + 1][1] == "JJ"
                                                        and tagged[i + 2: i + 3] and tagged[i + 2][1] in {"NN", "NNS"})
        if word.lower() in CLAUSE_SUBORDINATORS and tag == "IN" and opens:
            rest = tagged[i + 1:]
            # (a plural noun right after a name or pronoun is a verb the tagger misread: "if Trump wins/NNS")
            if not any(t in VERBS or w in {"’s", "'s"} and t != "POS" or
                       t == "NNS" and j and rest[j - 1][1] in {"NNP", "NNPS", "PRP"} for j, (w, t) in enumerate(rest)):
                return True
    return False


def participle_and_adjective(tagged: Tagged) -> bool:
    """'Were donors to the Foundation granted greater access … outrageous?': after "Is/Was …", a passive predicate and
    then a bare adjective at the end: two predicates of two sentences run together."""
    if not tagged or tagged[0][0].lower() not in {"is", "are", "was", "were"} or tagged[-1][1] != "JJ":
        return False
    at = next((i for i in range(2, len(tagged) - 1) if tagged[i][1] in {"VBN", "VBD"}
               and tagged[i - 1][1] not in {"DT", "RB", "JJ", "PRP$", "POS", "HYPH"}), None)
    # ("Was the family made ill?", "Was he found guilty?": a verb whose complement is the adjective, right after it)
    return at is not None and len(tagged) - 1 - at > 2 and not any(t in {"CC", "IN", "TO", "WDT", "WP", "WRB"} and w.lower() not in {"to", "of"}
                                      for w, t in tagged[at + 1:-1]) and tagged[-2][1] not in {"RB", "RBR", "CC", "DT"}


def verb_as_subject(tagged: Tagged) -> bool:
    """'Is loves playing the stock market an exaggeration?', 'Will courted by most of the Republican be …?': a finite
    verb or a participle where the subject should open (a subject clause's verb, or an opening participle's), and 'Did
    51 send …?' (from "Weiner, 51, …"): an age alone before the verb. (A gerund may open a subject: "Will winning Iowa
    unlock …".)"""
    if len(tagged) < 3 or tagged[0][0].lower() not in YES_NO_AUX:
        return False
    (word, tag), (after, after_tag) = tagged[1], tagged[2]
    if tag == "CD":  # ("Will 2016 be the year …", "Will 70,000 more cross …" have their subject)
        return word[:1].isdigit() and after_tag in {"VB", "VBN", "VBD"} and after.lower() not in {"be", "have"}
    if not word.islower():
        return False
    if tag == "NNS" and tagged[0][0].lower() in {"is", "was", "has", "does"} and after_tag == "VBG":
        return True  # "Is loves/NNS playing …": after a singular "Is", a verb in -s the tagger took for a plural noun
    if tag == "VBZ":  # (the tagger calls a plural subject a verb after "Will": "Will talks/VBZ over … break down")
        return inflected(word, tag) and after_tag in OBJECT_OPENERS
    if word in ED_ADJECTIVES and after_tag in {"NNS", "NN", "NNP", "NNPS"}:
        return False  # "Have allied/VBN troops …": an adjective in -ed before its noun (question_grammar.ED_ADJECTIVES)
    return tag == "VBD" and inflected(word, tag) or tag == "VBN" and word.endswith("ed")


def ends_on_modifier(tagged: Tagged) -> bool:
    """'… as a lighthearted?', 'Were drugs a very?', '… referenced the Clintons’ embarrassing?': an article or a
    possessive and then an adjective or adverb at the end, whose noun was cut away."""
    if len(tagged) < 3:
        return False
    (before, before_tag), (last, tag) = tagged[-2], tagged[-1]
    # (the tagger calls an adjective in -ed with no noun after it a noun: "a lighthearted/NN")
    modifier = tag in {"JJ", "RB"} or (last.islower() and last.endswith("ed") and not last.endswith("eed") and len(last) > 5)
    if before_tag == "IN" and before.lower() != "to" and tag == "JJ" and last.lower() not in WHOLE_AFTER_PREPOSITION \
            and not tagged[-3][1].startswith("VB"):
        return True  # "… bulk collection of metadata for political?" (not a verb's particle: "calling in sick")
    return modifier and last.lower() not in WHOLE_AFTER_A and (before.lower() in {"a", "an"} or before_tag == "POS")


def plural_verb_after_name(tagged: Tagged) -> bool:
    """'What happens if China want …?', '… if the White House have …': a singular name ("they" named by one body)
    before a present verb in its plural form, or before "were" ("if Smith and Jones want", a name joined to
    another, is plural)."""
    for i in range(1, len(tagged)):
        word, tag = tagged[i]
        if not (tag == "VBP" or (tag == "VBD" and word.lower() in PLURAL_ONLY_PAST)) or tagged[i - 1][1] != "NNP":
            continue
        start = i - 1
        while start > 0 and tagged[start - 1][1] == "NNP":
            start -= 1
        if start > 0 and tagged[start - 1][0].lower() == "the":
            start -= 1
        if start > 0 and tagged[start - 1][0].lower() in CLAUSE_OPENERS:
            return True  # a clause's own subject ("if China want"), not the inverted "Will the New York Times endorse",
            # whose base verb the tagger may call VBP, nor a preposition's object ("the incident in Paris break down")
    return False


def object_gap(tagged: Tagged) -> bool:
    """'Did Dylann Roof use to kill nine people?', 'Has Trump used to avoid paying taxes?': a verb that needs its object
    (GAPPED_OBJECT_VERBS) right before "to" and a bare verb, not passive ("Was the gun used to kill …?", "be used to")."""
    return any(w.lower() in GAPPED_OBJECT_VERBS and t in VERBS and tagged[i + 1][1] == "TO" and tagged[i + 2][1] == "VB"
               and not any(b.lower() in PASSIVE_BEFORE for b, _t in tagged[:i]) for i, (w, t) in enumerate(tagged[:-2]))


# Verbs of perceiving take their object before a bare verb ("see Cruz lose"), never a bare verb right after them:
# the rest of BARE_INFINITIVE_VERBS may stand right before one ("help find", "let go", "make do").
_PERCEPTION_VERBS = frozenset("see watch hear feel".split())
_BEFORE_BARE_VERB = BARE_INFINITIVE_VERBS - _PERCEPTION_VERBS


def base_verb_pair(tagged: Tagged) -> bool:
    """'Will the RNC see lose?', '… have to choose weigh the risks?', 'Will Britain go have to …?': two bare verbs
    side by side, the first neither one that takes a bare verb ("help find", "let go", "make do") nor the question's
    subject right after its auxiliary, which the tagger may call a verb ("Can sand glow …?", "Will Trump prevail?")."""
    return any(t == "VB" and tagged[i + 1][1] == "VB" and w.islower() and i >= 2 and w not in _BEFORE_BARE_VERB
               for i, (w, t) in enumerate(tagged[:-1]))


@dataclass(frozen=True, slots=True)
class TagRule:
    """A named check over a tagged question; `breaks` is True when the question is broken English."""

    name: str
    breaks: Callable[[Tagged], bool]


TAG_RULES: tuple[TagRule, ...] = (
    TagRule("NO_SUBJECT", no_subject),
    TagRule("NO_BASE_VERB", no_base_verb),
    TagRule("DO_BEFORE_VERB", do_before_verb),
    TagRule("DO_WITH_PERFECT", do_with_perfect),
    TagRule("PARTICIPLE_BEFORE_BASE_VERB", participle_before_base_verb),
    TagRule("DEGREE_BEFORE_VERB", degree_before_verb),
    TagRule("DETERMINER_BEFORE_VERB", determiner_before_verb),
    TagRule("COMMA_SPLICE", comma_splice),
    TagRule("STRAY_BASE_VERB", stray_base_verb),
    TagRule("RELATIVE_WITHOUT_VERB", relative_without_verb),
    TagRule("CLAUSE_WITHOUT_VERB", clause_without_verb),
    TagRule("THAT_CLAUSE_WITHOUT_VERB", that_clause_without_verb),
    TagRule("PERFECT_AND_BASE", perfect_and_base),
    TagRule("BASE_AND_GERUND", base_and_gerund),
    TagRule("PARTICIPLE_AND_ADJECTIVE", participle_and_adjective),
    TagRule("VERB_AS_SUBJECT", verb_as_subject),
    TagRule("ENDS_ON_MODIFIER", ends_on_modifier),
    TagRule("PLURAL_VERB_AFTER_NAME", plural_verb_after_name),
    TagRule("OBJECT_GAP", object_gap),
    TagRule("BASE_VERB_PAIR", base_verb_pair),
)


def broken_by(tagged: Tagged) -> str | None:
    """The name of the first rule the tagged question breaks, or None when it reads as English."""
    words = prepare(tagged)
    return next((rule.name for rule in TAG_RULES if rule.breaks(words)), None)


def load() -> None:
    """Load the tagger now (once per process), not at the first article that has a question to check.

    Analysis loads its models before the work it times or reports on; a tagger loaded halfway through a run would
    put a second's load on whichever article came first.
    """
    from briefgen.extract.nlp import load_tagger

    load_tagger()


def tag_questions(questions: Sequence[str]) -> list[list[tuple[str, str]]]:
    """Each question tagged (word, tag), in one batch through the tagger (see nlp.run_tagger)."""
    from briefgen.extract.nlp import run_tagger

    return [[(token.text, token.tag_) for token in doc] for doc in run_tagger(questions)]
