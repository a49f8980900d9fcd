"""Question templates as data: a named pattern over an uncertain sentence and the builder that phrases it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefgen.extract.hedges import NOT_REPUTED, SHOULD_INVERTED, SHOULD_SUBJECT
from briefgen.extract.question_builders import (
    SubjectFn,
    accused_question,
    belief_question,
    considered_question,
    gerund_question,
    hedged_adverb_question,
    modal_question,
    object_question,
    object_to_question,
    seem_question,
    wh_question,
    whether_question,
    will_question,
)
from briefgen.extract.question_phrases import (
    apposition_question,
    condition_question,
    dispute_question,
    friction_question,
    go_ahead_question,
    inverted_condition_question,
    there_is_question,
    there_question,
    unknown_question,
    until_question,
)


@dataclass(frozen=True, slots=True)
class Template:
    """A named question pattern; `quality` ranks templates when several match one sentence."""

    name: str
    pattern: re.Pattern[str]
    build: Callable[[str, re.Match[str], SubjectFn], str | None]
    quality: float



_VP = r"(?P<vp>[a-z](?:(?!,\s+(?:and|but|while|whereas)\b)[^?!;])*)"
_WH = (r"(?P<wh>when|how\s+(?:much|many)(?:\s+of\s+an?\s+[a-z]+|\s+(?!(?:the|a|an|it|he|she|they|we|of)\b)"
       r"[a-z]+(?=\s+(?:the|a|an|it|he|she|they|we|[A-Z])))?|how(?:\s+(?:much|many|long|quickly|soon|far|fast|often|"
       r"big|large|severe|high|low|deep))?|what|who|why|where)")
# "declined to comment": a refusal to speak is not a decision left open
_SPEECH = r"(?:say|comment|specify|confirm|deny|elaborate|discuss|disclose|identify|be named|be identified)\b"
# Words that cannot open the object of "expects X to …": prepositions and adverbs ("expected in May to …") and
# indefinite pronouns ("didn't expect anything like this to happen", "fair to expect people to …"): no one's forecast.
_NOT_AN_OBJECT = (r"(?:to|that|in|on|at|by|for|with|from|of|about|over|under|after|before|during|this|next|last|"
                  r"later|soon|as|so|there|not|also|still|now|and|or|but|[a-z]+ly|people|anyone|anything|anybody|"
                  r"everyone|everything|everybody|someone|something|somebody|nothing|nobody|one)\b")
# Commas that do not end a noun phrase: a US state after its city ("the Sunnyvale, Calif., company") and a
# year after its day ("the year ending June 30, 1990,").
_INNER_COMMAS = r",\s(?:[A-Z][a-z]{1,5}\.|\d{4}),"
# "did not rule out", "won't rule out", "refused to rule out": a possibility left open
_NOT_RULE_OUT = (r"\b(?:(?:did|does|do|would|will|could|can|has|have|had|is|are|was|were)(?:\s+not|n't)|won't|cannot|can't|"
                 r"never|(?:refused|refuses|declined|declines) to)\s+(?:(?:yet|immediately|entirely|completely)\s+)?"
                 r"rul(?:e|ed|ing)\s+out\s+")
_HAVE = r"(?:(?:has|have|had|is|are|was|were|has been|have been|had been)\s+)?"
# A verb of seeming before "set to", "likely to" belongs to the subject's predicate: "the company looks set to win".
_SEEMING = r"(?:(?:looks?|looked|seems?|seemed|appears?|appeared)\s+)?"
# Verbs a noun phrase is the subject of: where a phrase read as an object ends ("a contested convention | gives").
_SUBJECT_OF_VERB = (r"(?:is|are|was|were|has|have|had|gives?|gave|makes?|made|would|could|will|can|may|might|should|"
                    r"remains?|remained|seems?|seemed|looks?|looked|hangs?|hung|looms?|loomed|raises?|raised|"
                    r"puts?|forces?|forced|means?|meant)\b")
_ADV = r"(?:not\s+)?(?:(?:also|still|now|already|repeatedly|long|publicly|reportedly|widely|again|previously)\s+)?"

TEMPLATES: tuple[Template, ...] = (
    Template("decision.gerund", re.compile(
        _HAVE + _ADV + r"\b(?:weighing|considering|mulling|debating|contemplating|exploring)\s+"
        r"(?P<ger>(?!nothing|something|anything|everything|during|funding|spending)[a-z]+ing)\s+" + _VP),
        gerund_question, 4.0),
    # "prosecutors are weighing whether to bring charges" → "Will prosecutors bring charges?"
    Template("decision.whether-to", re.compile(
        _HAVE + _ADV + r"\b(?:decide|decides|deciding|weigh|weighs|weighing|consider|considers|considering|mull|"
        r"mulls|mulling|debate|debates|debating|determine|determines|determining)\s+whether\s+(?:or\s+not\s+)?to\s+"
        + _VP), will_question, 4.0),
    # "the company did not rule out further job cuts" → "Will there be further job cuts?"; "… running for office"
    Template("epistemic.not-ruled-out-noun", re.compile(
        _NOT_RULE_OUT + r"(?:the\s+possibility\s+of\s+)?(?P<np>(?:(?:a|an|another|any|further|more|new|fresh|additional|"
        r"early|possible)\s+|(?!(?:that|the|it|this|these|those|his|her|its|their)\b|[a-z]+ing\b)(?=[a-z]))[^,;?!]+)"),
        there_question, 3.0),
    Template("epistemic.not-ruled-out-gerund", re.compile(
        _NOT_RULE_OUT + r"(?P<ger>(?!nothing|something|anything|everything)[a-z]+ing)\s+" + _VP), gerund_question, 3.5),
    Template("decision.noun", re.compile(
        _HAVE + _ADV + r"\b(?:weighing|considering|mulling|debating|contemplating|eyeing)\s+"
        r"(?P<obj>(?:a|an|the|further|new|more|additional|possible|fresh|tougher|higher|lower)\s+[^?!;]+)"),
        object_question("go ahead with"), 3.0),
    Template("belief.expect-noun", re.compile(
        # (not "an expected 20,000 workers": an adjective there)
        r"(?<!\ban )(?<!\ba )(?<!\bthe )\b(?:expects?|expected|expecting|anticipates?|anticipated|predicts?|predicted|"
        r"forecasts?)\s+(?P<np>(?:a|an|another|any|further|more|new|two|three|four|five|several|many|\d[\d.,%]*)\s+(?![^,;]*\bto\b)"
        r"[^,;?!]+)"), there_question, 2.5),
    Template("uncertainty.wh-clause", re.compile(
        r"\b(?:unclear|uncertain|unknown|not clear|unsure|to be seen|did not say|would not say|declined to say|"
        r"not known|no word on|questioned|question|wondered|wondering|asked|asking)\s+" + _WH +
        r"\s+(?P<clause>[^?!;]+)", re.I),
        wh_question, 3.5),
    Template("uncertainty.wh-subject", re.compile(
        r"^(?:(?:just|exactly|precisely)\s+)?" + _WH + r"\s+(?P<clause>[^?!;]+?)\s+"
        r"(?:is|was|remains|remained)\s+(?:not clear|unclear|unknown|uncertain|not known|anyone's guess)", re.I),
        wh_question, 3.5),
    Template("uncertainty.unknown-np", re.compile(
        r"\b(?P<verb>is|are|was|were|remains|remain|remained)\s+(?:still\s+|also\s+)?(?:unclear|unknown|uncertain|"
        r"not known|not clear|undetermined|a mystery)\b"), unknown_question, 3.0),
    Template("uncertainty.whether", re.compile(
        r"\b(?:whether,?|(?:see|say|know|ask|asked|determine|decide|check|clear|certain|sure) if)\s+(?:or not\s+)?(?P<clause>[^?!;]+)", re.I), whether_question, 3.5),
    Template("commitment.to-infinitive", re.compile(
        # ("was supposed to" tells what did not happen; "is supposed to be one of the fairest ways", what is reputed)
        _HAVE + _SEEMING + _ADV + r"\b(?:expected|likely|unlikely|(?<!\bwas )(?<!\bwere )supposed(?=\s+to\b" + NOT_REPUTED + r")|set|due|scheduled|"
        r"slated|poised|planning|preparing|seeking|"
        r"hoping|trying|threatening|going|expects?|anticipates?|plans?|planned|intends?|intended|hopes?|hoped|seeks?|sought|aims?|aimed|"
        r"wants?|wanted|threatened|threatens|vowed|vows|pledged|pledges|promised|promises|refused|refuses|"
        r"declined|declines)\s+to\s+(?!" + _SPEECH + r"|rule\s+out\b)" + _VP), will_question, 3.5),
    Template("belief.expect-object", re.compile(
        # (not "didn't expect X to …" nor "never expected": it happened, against expectation)
        r"(?<!\bdidn't )(?<!\bdid not )(?<!\bnever )(?<!\bhadn't )"
        r"\b(?:expects?|expected|expecting|predicts?|predicted|forecasts?|believes?|believed)\s+"
        # a bare noun ("expects revenue … to total") too, but not an adverbial ("expected in May to …")
        r"(?P<obj>(?:the|a|an|him|her|them|it|its|his|their|[A-Z][\w.'-]*|(?!" + _NOT_AN_OBJECT + r")[a-z][\w-]*)\b"
        r"(?:[^,;?!]|" + _INNER_COMMAS + r"){0,50}?)\s+to\s+" + _VP),
        object_to_question, 3.5),
    Template("belief.seem", re.compile(
        r"\b(?P<verb>appears?|appeared|seems?|seemed)\s+to\s+" + _VP), seem_question, 3.0),
    Template("belief.passive", re.compile(
        r"\b(?P<verb>is|are|was|were)\s+(?:(?:widely|generally|now|still)\s+)?(?:believed|thought|considered|"
        r"suspected|reported|alleged|rumored|presumed|said)\s+to\s+" + _VP), seem_question, 3.0),
    Template("belief.accused", re.compile(
        r"\b(?:accused|accuses|accusing)\s+(?P<obj>[A-Z][^,;?!]{0,40}?|him|her|them|it)\s+of\s+(?P<ger>[a-z]+ing)\s+"
        + _VP), accused_question, 3.0),
    Template("belief.considered", re.compile(
        r"\b(?P<verb>is|are|was|were)\s+(?:widely\s+)?(?:considered|presumed|seen as|regarded as)\s+"
        r"(?P<vp>(?!to\b)[a-z][^?!;]*)"), considered_question, 3.0),
    Template("belief.that-clause", re.compile(
        r"\b(?:think|thinks|thought|believe|believes|believed|suspect|suspects|suspected|fear|fears|feared|"
        r"suggests?|suggested|suggesting|indicates?|indicated|impl(?:y|ies)|"
        r"doubt|doubts|concluded|predicted|predicts|expects?|expected|anticipates?|anticipated|estimates|estimated|"
        r"(?<!\b[Tt]he )(?<!\b[Aa]n )(?<!\b[Aa] )(?<!\b[Ii]ts )(?<!\b[Hh]is )(?<!\b[Hh]er )(?<!\b[Tt]heir )"
        # (nor after a preposition: "inquiring into alleged illegalities involved in …")
        r"(?<!\binto )(?<!\bof )(?<!\bin )(?<!\bon )(?<!\bfor )(?<!\babout )(?<!\bover )(?<!\bwith )(?<!\bby )"
        r"(?<!\bfrom )(?<!\bagainst )alleged|"
        r"alleges|alleging|"
        r"(?:is|are|was|were|remains?|seems?)\s+(?:not\s+)?(?:skeptical|sceptical|confident|optimistic|pessimistic|"
        r"hopeful|doubtful|convinced|sure|unsure))\s+(?:that\s+)?(?P<clause>[^?!;]+)"),
        belief_question, 3.0),
    Template("uncertainty.no-assurance", re.compile(
        r"\b(?:no (?:assurance|guarantee|certainty|evidence|proof|confirmation)|(?:cannot|can't|could not|couldn't|"
        r"would not|wouldn't) (?:guarantee|confirm))\s+(?:that\s+)?(?P<clause>[^?!;]+)"), whether_question, 3.5),
    # "it did not appear that anyone else was injured", "it looks as though they panicked": the clause is the doubt
    Template("belief.it-appears", re.compile(
        r"\b[Ii]t\s+(?:(?:does|did)\s+not\s+|(?:doesn't|didn't)\s+)?(?:appears?|appeared|seems?|seemed|looks?|looked)\s+"
        r"(?:that|as (?:though|if)|like)\s+(?P<clause>[^?!;]+)"), whether_question, 3.5),
    # "officials suspect a link between the bombings" → "Is there a link between the bombings?"; only nouns of a
    # relation or a wrongdoing: "police suspected a man in a red car" asks nothing about a man's existence
    Template("belief.suspect-noun", re.compile(
        r"\b(?P<verb>suspects?|suspected)\s+(?P<np>(?:(?:a|an)\s+(?:[a-z-]+\s+)?(?:link|connection|links|connections|"
        r"role|motive|plot|conspiracy|cover-up|leak|pattern|relationship)|foul play|arson|sabotage|fraud)\b[^,;?!]*)"),
        there_is_question, 3.0),
    Template("epistemic.adverb", re.compile(
        r"(?:\b(?P<aux>is|are|was|were|has|have|had|will|would)\s+(?:(?:now|still|also|already)\s+)?)?\b(?:probably|possibly|perhaps|apparently|"
        r"allegedly|reportedly|likely|presumably|seemingly)\s+" + _VP), hedged_adverb_question, 2.5),
    Template("epistemic.possibility-that", re.compile(
        r"\b(?:possibility|likelihood|probability|chances?|prospect|risk|signs?|indications?|suggestions?|"
        r"suspicions?|fears?|concerns?|speculation|doubts?|(?:it's|it is|it was) (?:possible|likely|unlikely|"
        r"probable|conceivable))\s+that\s+(?P<clause>[^?!;]+)", re.I), whether_question, 3.0),
    # "There was a suspicion the body was Blassie": the noun's "that" left out (the clause opens with a determiner
    # or a name; "on suspicion of rioting" has none)
    Template("epistemic.suspicion-clause", re.compile(
        r"\b(?:suspicions?|fears?)\s+(?=(?:the|a|an|[A-Z])\b)(?P<clause>[^?!;]+)"), whether_question, 3.0),
    # "Nashua Corp., rumored a potential takeover target, said …": the apposition is the doubt (of a name or a
    # definite noun: "An Indonesian police team, believed to be …" has no one the reader can place)
    Template("belief.apposition", re.compile(
        r"^(?P<np>(?!(?:A|An)\s)[A-Z][^,]{1,50}),\s+(?:(?:long|widely|once|still)\s+)?(?:rumou?red|believed|suspected|alleged|presumed|"
        r"thought)\s+(?:to be\s+)?(?P<pred>(?:a|an|the)\s+[^,;]+),"), apposition_question, 3.0),
    # (the noun phrase ends before the verb the whole "prospect of …" is the subject of: "the prospect of a contested
    # convention gives Democrats an opening" asks "Will there be a contested convention?"; a relative clause's verb
    # stays in the phrase: "another conflict of the kind that has claimed so many lives")
    Template("epistemic.possibility-of", re.compile(
        r"\b(?:possibility|likelihood|prospect|risk|threat|danger|spectre|specter)\s+of\s+(?P<np>(?:a|an|another|"
        r"further|more|new|renewed|fresh)\s+[^,;?!]+?)(?=[,;?!.]|$|(?<!\bthat)(?<!\bwhich)(?<!\bwho)\s+"
        + _SUBJECT_OF_VERB + r")", re.I),
        there_question, 2.5),
    Template("epistemic.possible-event", re.compile(
        r"\b(?:possible|potential|proposed|planned|pending|rumou?red|mooted)\s+(?P<np>(?:[a-z-]+\s+)?(?:sale|"
        r"acquisition|merger|strike|strikes|attack|deal|takeover|bid|purchase|withdrawal|invasion|resignation|"
        r"sanctions|agreement|ban|cuts|closure|layoffs|split|spin-off|listing|offer|trial|war|ceasefire|visit|"
        r"summit|election|referendum|reform|tax|tariffs?|expansion)\b(?:\s+of\s+[^,;?!]+?)?)"
        r"(?=[,;.]|$|\s+(?:by|to|with|in|from|after|before|despite|against|that|which)\b)"),
        go_ahead_question, 2.5),
    Template("condition.not-until", re.compile(
        r"\b(?:won't|wouldn't|will not|would not|can't|cannot|could not|couldn't)\s+(?P<vp>[a-z][^,;?!]*?)\s+"
        r"until\s+(?P<cond>(?:[^,;?!]|,(?=\d{3}\b))+)"), until_question, 3.0),
    Template("dispute.gaps", re.compile(
        r"\b(?:major |significant |key |big |deep )?(?P<what>gaps?|differences|disagreements?|divisions|"
        r"sticking points?|questions)\s+(?:remain|persist)s?\s+(?:over|on|about|regarding)\s+(?P<obj>[^?!;]+)",
        re.I), dispute_question, 3.0),
    Template("dispute.friction", re.compile(
        r"\bremains?\s+(?:another |a |the |an )?(?:major |key )?(?:point of (?:potential )?(?:friction|contention)|"
        r"unresolved|in doubt|in question|undecided|a sticking point|contentious)\b", re.I),
        friction_question, 3.0),
    # (not in the past perfect: "Earlier this year, Dataproducts had rejected a $15 offer" is the story's background)
    Template("refusal.object", re.compile(
        _HAVE + _ADV + r"(?<!\bhad )(?<!\bhad also )(?<!\bhad already )(?<!\bhad previously )(?<!\bhad repeatedly )"
        r"\b(?:rejected|rejects|dismissed|dismisses|opposed|opposes|resisted|resists)\s+"
        r"(?P<obj>(?!to\b|as\b|by\b|the idea\b)[^?!;]+)"), object_question("accept"), 2.5),
    Template("epistemic.modal", re.compile(
        r"\b(?:may|might|could|would|will|should|can)(?:\s+not|\s+never)?\s+"
        r"(?:(?:also|still|well|soon|eventually|quickly|even|ultimately|only|further|now|yet|likely)\s+)?" + _VP),
        modal_question, 2.5),
    Template("threat.object", re.compile(
        _HAVE + _ADV + r"\b(?:threatened|threatens|vowed|vows)\s+(?!to\b|that\b)(?P<obj>[^?!;]+)"),
        object_question("carry out"), 2.0),
    # "… essential to keeping him under control should he survive the war" → "Will Saddam Hussein survive the war?"
    # (not in a question the sentence asks: "Should the U.S. act now, or wait?", "but now why should it exist")
    Template("condition.should-inverted", re.compile(
        SHOULD_INVERTED + r"(?!.*\?)\s+(?P<clause>" + SHOULD_SUBJECT + r"\s+[^,;:?!—–()\"“”]+)"),
        inverted_condition_question, 3.0),
    # ("even if", "especially if": the outcome the sentence states holds anyway, or the more; nothing is left open)
    Template("condition.if", re.compile(
        r"(?<!\bas )(?<!\beven )(?<!\bespecially )(?<!\bparticularly )"
        r"\b[Ii]f\s+(?!any\b|not\b|so\b|only\b|necessary\b)(?P<cond>(?:[^,;?!—]|,(?=\d{3}\b))+)"),
        condition_question, 1.5),
)
