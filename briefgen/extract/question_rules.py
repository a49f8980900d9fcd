"""Rules as data for open questions (what a question must not be, when a clause is not open) and `finish`."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import QUANTIFIERS
from briefgen.extract.persons import given_gender
from briefgen.extract.question_mentions import MODIFIED_NOUNS, other_sex_pronoun
from briefgen.extract.question_ends import DANGLING_END
from briefgen.extract.question_grammar import YES_NO_AUX, aux_words, strip_end

# People whose own doubt an "unknown" template may take for the thing unknown ("Many people are uncertain").
UNSURE_PEOPLE = ("people", "voters", "americans", "investors", "analysts", "observers", "experts", "officials",
                 "residents", "fans", "consumers", "economists", "others")
# The participles of the speech verbs below, which a passive takes ("was told", "been asked"; a passive "said" is
# not among them: "Will the same be said?" asks nothing).
_SPEECH_PARTICIPLE = r"(?:asked|told|added|mentioned)"

# Questions that read well but say nothing a briefing should ask, each with why.
NOT_A_QUESTION: dict[str, re.Pattern[str]] = {
    # "Save $31 if you get a Switch Lite": advice to the reader, not something the article leaves open
    "addresses the reader": re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE),
    # "if I can't help" inside a quotation: the reader cannot tell who "I" or "we" is
    # ("the mine", "a gold mine" is a pit, not the speaker's)
    "speaks as I or we": re.compile(r"\bI\b|\bI['’]\w+|\b(?:me|my|(?<!\bthe )(?<!\ba )(?<!\bgold )(?<!\bcoal )mine|myself|"
                                    r"we|us|our|ours|ourselves)\b"),
    # "they can do it" → "Will China do it?": the pronoun's action is in another sentence
    # ("they won't do that on a voluntary basis": a manner or time after the action names it no better)
    "empty action": re.compile(r"\b(?:do|did|does|doing) (?:it|so|that|this)(?:$|\s+(?:on|in|at|by|for|with|without|"
                               r"again|now|soon|anyway|alone|voluntarily)\b)", re.IGNORECASE),
    # "if one steps back and says, what is …" → "What happens if one steps back and says?"
    # (a passive names the one spoken to as its subject and is whole: "Was the board even told?", "Will she be asked?")
    "speech without its words": re.compile(r"^(?!(?:is|are|was|were)\s.*\b" + _SPEECH_PARTICIPLE + r"$)"
                                           r"(?!.*\b(?:be|been|being|is|are|was|were|get|gets|got|gotten)\s+(?:\w+\s+)?"
                                           + _SPEECH_PARTICIPLE + r"$)"
                                           r".*\b(?:says|said|say|asks|asked|tells|told|adds|added|mentions|mentioned)$",
                                           re.IGNORECASE),
    # "… mean he'll flee the country", "if they feel they're gaining": a clause of the sentence run into the question
    # (a source that spaced its apostrophes, "it ’ s natural", too)
    "pronoun contraction": re.compile(r"\b(?:he|she|it|they|I|we|you|that|there)\s?['’]\s?(?:ll|d|re|ve|s)\b",
                                      re.IGNORECASE),
    # "Did authorities slap her with …", "Will Adeli perform sex acts upon him?": an object pronoun names someone the
    # question never does (a subject who is also the object takes "himself")
    # ("bring the embryos to term and keep them": "them" has its plural noun in the question)
    "object pronoun": re.compile(r"^(?!.*\s(?:the|these|those|its|their)\s+[a-z]{3,}s\s.*\bthem\b)(?=.*\bthem\b)|"
                                 r"\bhim\b|\bher(?=\s+(?:with|into|to|from|about|for|on|in|at|by|of|that|"
                                 r"the|a|an|[a-z]+ly)\b|$)"),
    # "Will Mark Ray mind turning the sound down?" (from "asked whether he would mind …"): a request, not an outcome
    "request": re.compile(r"^will\s.*\bmind\s+\w+ing\b", re.IGNORECASE),
    # "Will the club be as positive as possible?": an effort, not an outcome later news reports
    # ("… liquidate the maker as soon as possible?" keeps its time)
    "effort without an outcome": re.compile(r"\bbe as \w+ as (?:possible|they can|it can|he can|she can)$",
                                            re.IGNORECASE),
    # "Will many of the surrender the animals …": an article whose noun is missing (a run-on caption's seam)
    # ("Is the boxer the best …?": a copula's subject and complement sit side by side; "by the time the season ends":
    # a noun of time or manner takes its clause without "that")
    "article without its noun": re.compile(r"^(?!(?:is|are|was|were)\b).*\bthe (?!(?:time|day|moment|year|week|month|"
                                           r"way|night|morning|minute|season|place|reason|first|last|next|only)\b)"
                                           r"[a-z]+ (?:the|a|an)\b", re.IGNORECASE),
    # "Writers will occasionally write their own headlines", "he would often call": a habit the article tells, not
    # something it leaves open
    "habit": re.compile(r"^(?:will|would|can|could)\s.*\b(?:occasionally|often|usually|sometimes|always|typically|"
                        r"generally|regularly|frequently|normally|routinely|seldom|rarely|habitually)\b", re.IGNORECASE),
    # "Will the name Sam - be used …", "Will the employee -- as he said -- …": an aside cut in half
    "spaced dash": re.compile(r"\s[-–—]{1,2}\s|\s[-–—]{1,2}$"),
    # "Is there the same degree of freedom [as her husband had]?": an editor's aside inside a quotation, whose pronoun
    # only the quotation's reader can place ("if [Cruz] catches on", "[in southern Ohio]" stand)
    "editor's aside with a pronoun": re.compile(r"\[[^\]]*\b(?:he|she|his|her|him|they|them|their|it|its)\b"),
    # "… in the general election…Democratic superdelegates?": the source left words out; so would the question
    "elided words": re.compile(r"…|\.\.\."),
    # "Does Clinton have the following tasks ahead of her?": what follows is a list the article gives, not a doubt
    "points to a list": re.compile(r"\bthe following\b", re.IGNORECASE),
    # "What are many people?" (from "Many people are uncertain in this election year"): the people are unsure, nothing
    # about them is unknown
    "unsure people asked about": re.compile(r"^what (?:is|are|was|were) (?:(?:many|most|some|few|several|all|the|"
                                            r"other)\s+)?(?:" + "|".join(UNSURE_PEOPLE) + r")$", re.IGNORECASE),
    # "Will Bair be immediately reached for comment?", "Will Pittman be contacted for comment?": whether someone
    # answered the reporter is no news to wait for
    "asked for comment": re.compile(r"\bfor (?:a |further |immediate )?comment\b", re.IGNORECASE),
    # "Will Donald Trump advise buying it?", "Can Hillary Clinton help it?", "Will the delegates … change it?": a final
    # "it" whose thing the question never names (no singular noun before it: "Will the court have three judges on it?"
    # keeps its court; "worth it", "make it", "anything to do with it" are whole)
    "it nothing names": re.compile(r"^(?!.*\b(?:the|a|an|this|that|its|his|her|their)\s+[\w’'-]*(?:[^s\W]|ss)\s)"
                                   r".*(?<!\bworth)(?<!\bmake)(?<!\bmade)(?<!\bwith)\s+it$", re.IGNORECASE),
    # "What is much?" (from "Much is not known about …"): a quantity without its noun is no subject to ask about
    "bare quantity asked": re.compile(r"^what (?:is|are|was|were) (?:much|little|more|less|most|enough|all|some|any|"
                                      r"plenty|nothing|something|anything|everything)$", re.IGNORECASE),
    # "Will Jeff Weiner run LinkedIn as a ''fully independent entity?": a quotation in doubled apostrophes (NYT
    # style) cut in half; an odd count of them never pairs
    "doubled-apostrophe quotation cut": re.compile(r"^(?:[^']|'(?!'))*''(?:(?:[^']|'(?!'))*''(?:[^']|'(?!'))*'')*"
                                                   r"(?:[^']|'(?!'))*$"),
    # "What happens if the enemy does not stop the broadcasts?" (a side's statement): the word one side of a conflict
    # calls the other by, never the name a briefing can ask with
    "a side's word for its foe": re.compile(r"\b(?:the|our|their)\s+(?:enem(?:y|ies)|foes?|aggressors?|invaders?|"
                                            r"occupiers?|puppets?|traitors?|warmongers?|imperialists?)\b", re.IGNORECASE),
}


# An "if" clause that supposes what is not so ("if it had the room", "if there were 10 games left"): what would follow
# will not happen, and the question without the clause would ask the opposite of what the article says.
SUPPOSITION = re.compile(r"\s+if\s+(?:[\w'’-]+\s+){1,3}?(?:got|went|came|took|saw|knew|gave|fell|had|were|was|"
                         r"\w+['’]d|didn['’]t|wasn['’]t|weren['’]t|would|could)\b[^,;]*$")

# A count of more than one and its plural noun, after "there" ("well over 100 people", "dozens of new cases").
_PLURAL_COUNT = (r"(?:(?:well\s+|just\s+)?(?:over|more than|fewer than|about|around|nearly|almost|at least|up to|some)"
                 r"\s+)?(?:\d[\d,]*(?!\.\d)|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
                 r"millions|several|many)\s+(?:of\s+)?(?:[a-z-]+\s+)?(?!percent\b|per\s)"
                 r"(?:[a-z-]+[^s\W]s|people|men|women|children|police)\b")
# Heads of names English says with "the" when they stand alone as a subject ("the U.S. Senate", "the Republican Party",
# "the FBI"); "Congress", "Parliament", "NATO" take none, and a name before another noun ("Senate Republicans", "GOP
# moderates", "State Department business": question_mentions.MODIFIED_NOUNS) none either.
DEFINITE_HEADS = ("Senate House Court Department Ministry Pentagon Kremlin Commission Council Agency Administration "
                  "Bureau Assembly Committee Party Reserve Fed Treasury Army Navy Union FBI CIA EPA IRS NSA DNC RNC "
                  "GOP").split()
# Title words that mark a speaker's name and role after the clause ("…, UMWA Director … Phil Smith").
TRAILING_TITLES = ("Director", "Secretary", "Chairman", "Chairwoman", "President", "Spokesman", "Spokeswoman", "Chief",
                   "Executive", "Officer", "Minister", "Adviser", "Advisor", "Professor", "Analyst", "Senator", "Sen.",
                   "Rep.", "Gov.", "Governor", "Mayor", "Manager", "Strategist", "Editor", "Founder")
# Words the question is better without, each a pattern and what replaces it: the rest of the question stands.
MENDS: dict[str, tuple[re.Pattern[str], str]] = {
    # "Will U.S. Senate truly take on …", "Did Republican Party support …" (a pronoun named by the body, its "the" left
    # behind) → "Will the U.S. Senate …": the name ends its noun phrase, a verb or adverb follows, not a plural noun
    "definite name without its the": (re.compile(r"^((?i:will|would|can|could|did|does|do|has|have|had|is|are|was|were)"
                                                 r"\s+)(?!(?:The|A|An|This|That|These|Those)\b)((?:[A-Z][\w.&-]*\s+){0,4}"
                                                 r"(?:" + "|".join(DEFINITE_HEADS) + r"))(?=\s+(?![a-z]*[^su\s]s\b)"
                                                 r"(?!(?:" + "|".join(sorted(MODIFIED_NOUNS)) + r")\b)[a-z])"),
                                      r"\1the \2"),
    # "Will Clinton and Blair stand together not just on Iraq?" → "… together on Iraq?": the correlative's "but" half
    # was cut away
    "correlative without its but": (re.compile(r"\s+not\s+(?:just|only|merely|simply)\b(?![^,]*\bbut\b)(?=[^,]*$)",
                                               re.IGNORECASE), ""),
    # "Will the naval force be used both to stop oil exports?" (from "both to stop oil exports … and to stop …"): the
    # "and to" half was cut away ("both sides", a determiner, stays; "both in Gaza and Lebanon" loses nothing)
    "correlative both without its and": (re.compile(r"\s+both(?=\s+(to|in|on|at|for|by|with|from|as)\b)(?![^,]*\band\s+\1\b)"
                                                    r"(?=[^,]*$)", re.IGNORECASE), ""),
    # "Will the Department of Transportation approve the agreement five months ago?" → "… the agreement?": a future
    # asked of a past time, the past event's words taken along (not a past inside a clause of its own: "lower than the
    # 16 cents it reported last year", "after finishing second a week ago")
    "future of a past time": (re.compile(r"^((?i:will|can)\s(?!.*\b(?:than|that|which|who|after|since|when|it|they|he|"
                                         r"she)\b).*?)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                                         r"several|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|yesterday|"
                                         r"last\s+(?:year|week|month|night))$"), r"\1"),
    # "Is the American goal to destroy the Iraqi regime even?" (from "… even at the cost of …"): the adverb's phrase
    # was cut away
    "trailing even": (re.compile(r"\s+even$"), ""),
    # "Did someone inside the campaign make the image or whether he found it somewhere else?" → "… make the image?":
    # the other half of the indirect question
    "or whether": (re.compile(r",?\s+or\s+whether\b.*$", re.IGNORECASE), ""),
    # "… push them over the cutoff so?" (from "so that the employers will not have to pay"), "… alongside the current
    # plan so?" ("so as not to …"): the purpose was cut, its "so" goes ("Is that so?", "do so", "or so" are whole)
    "so without its purpose": (re.compile(r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bthat)(?<!\bnot)(?<!\bdo)(?<!\bdone)"
                                          r"(?<!\bthink)(?<!\bhope)(?<!\bsay)(?<!\bor)\s+so$", re.IGNORECASE), ""),
    # "Is there well over 100 people attending?" → "Are there …": "there" takes the number of the count after it
    # ("Is there 100 percent certainty?", "Is there one …" keep theirs)
    # "Will the union sit out the election altogether, UMWA Director of Government Affairs Phil Smith?": the speaker's
    # name and title after the clause came along (a title word from TRAILING_TITLES, then a name)
    "trailing speaker": (re.compile(r",\s+(?:[A-Z][\w.&-]*\s+)*(?:" + "|".join(TRAILING_TITLES) + r")\b"
                                    r"(?:\s+(?:of|for|and|the)\b|\s+[A-Z][\w.&-]*)*\s+[A-Z][a-z]+$"), ""),
    # "Are Minnesota and Colorado in particular opportunities for Sanders, largely?": an adverb after a comma, whose
    # clause was cut ("…, largely because …")
    "trailing comma adverb": (re.compile(r",\s+[a-z]+ly$"), ""),
    # "Will Congress almost certainly end up passing …", "Did the network probably get …": the adverb that weighed the
    # doubt is the answer's, not the question's ("most likely to occur" is an adjective's phrase, kept)
    "certainty adverb kept": (re.compile(r"(?<=\s)(?:almost\s+certainly|most\s+likely(?!\s+to\b)|in\s+all\s+likelihood|"
                                         r"probably|almost\s+surely|undoubtedly)\s+(?=[a-z])"), ""),
    # "… taken the threat very seriously indeed?": the "indeed" that stresses a degree ("very … indeed") is the
    # speaker's emphasis, not part of what is asked ("Did the minister indeed sign …?" asks whether he did: kept)
    "emphatic indeed": (re.compile(r"\b((?:very|quite|so|rather)\s+[a-z]+(?:\s+[a-z]+)?)\s+indeed\b"), r"\1"),
    "there before a plural count": (re.compile(r"^(?i:is)(?= there\s+" + _PLURAL_COUNT + r")"), "are"),
    "there before a plural count, past": (re.compile(r"^(?i:was)(?= there\s+" + _PLURAL_COUNT + r")"), "were"),
}
# Subjects a question cannot stand on: "Are things going better?" names nothing the reader can place.
VAGUE_SUBJECTS = frozenset("things thing stuff everything something anything nothing it all this that one someone "
                           "anyone somebody anybody everyone everybody people others some many most few "
                           "both either neither other".split()) | {"the other"}
FIRST_PERSON_POSSESSIVES = frozenset({"my", "our"})
# A possessive or object pronoun inside a subject points outside the question ("maintaining her own locks"),
# unless a name inside the subject comes first and gives it ("Mr. Bush and his aides").
_PRONOUN_INSIDE = re.compile(r"\b(?:his|her|him|them|their|hers|theirs)\b")


def unplaceable_subject(subj: str) -> bool:
    """True when a subject leaves the reader unable to tell what the question is about."""
    if subj.lower() in VAGUE_SUBJECTS:
        return True
    first, _, rest = subj.partition(" ")
    if first.lower() in FIRST_PERSON_POSSESSIVES:
        return True  # "Will My tax plan be …" (from a quoted "My tax plan will be …"): whose, the question cannot say
    inside = _PRONOUN_INSIDE.search(rest)
    return bool(inside) and not re.search(r"\b[A-Z][a-z]", rest[: inside.start()]) and not first[:1].isupper()


# Cue words of the to-infinitive template that are also nouns ("his plans to", "no current plans to").
NOUN_LIKE_CUES = frozenset("plan plans hope hopes aim aims bid threat threats promise promises pledge pledges "
                           "vow vows want wants".split())
# A word just before such a cue that makes it a noun: a determiner, a possessive or a common adjective.
NOUN_READING_BEFORE = frozenset("no the a an its his her their our my your any some current future new early "
                                "initial original latest such further ambitious earlier previous".split())

# "would have been", "should have done": what did not happen, or ought to have; nothing is left open.
COUNTERFACTUAL_MODALS = frozenset({"would", "should"})
# "may be X, but Y": the writer grants X (a concession), so X is not in doubt.
# (a quotation closing before ", but" ends the quoted speaker's clause: no concession inside it)
CONCESSIVE = re.compile(r"[^.;:!?\"”]*?,\s*(?:but|yet)\s", re.IGNORECASE)
# After "may be", a present state ("currently at sea", "responsible for", "linked to") is asked with
# "Is/Are", not "Will … be".
PRESENT_STATE = re.compile(r"be (?:currently|now|still|already|alive|dead|responsible|behind|linked|connected|"
                           r"related|unrelated|involved|aware|unaware|hiding|living|among|missing|trapped|injured|"
                           r"safe|unharmed)\b")

# After "has/have/had", a noun phrase means possession ("Trump has the best plan"), asked with "does … have".
POSSESSED = re.compile(r"(?:the|a|an|his|her|its|their|no|some|any|more|enough|anything|nothing|something|"
                       r"much|little|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many)\s")
# Contractions and colloquial forms that the inversion would garble ("Did Trump isn't gonna be …").
UNINVERTIBLE = re.compile(r"n['’]t\b|\b(?:gonna|wanna|gotta|ain['’]t)\b", re.IGNORECASE)

# "he reportedly said …": whether words were said is not what the article leaves open ("told X to back
# off" is an act, and stays).
REPORTING_VERBS = frozenset("say add write state report note claim argue insist".split())

# A condition in the past ("if he'd started", "if her goal was", "had it happened") is counterfactual
# or already settled; "if the bill were to pass" looks ahead and stays.
PAST_CONDITION = re.compile(r"^(?:(?!(?:is|are|am|be|been|being|get|gets|got|not|never)\b)[^\s'’]+\s+){0,4}?"
                            r"(?:had|did|(?:was|were)(?! to\b)(?!\s+[a-z]+(?:ed|en)\b)|\w+['’]d|[a-z]{2,}[^e\s]ed)\b")
# "if a German coach would take the challenge", "if someone could remarry", "if he got luck", "if Carlos didn't reply":
# a wish, a supposition or a past condition inside the "if" clause, never an outcome the news will settle
HYPOTHETICAL_CONDITION = re.compile(r"\b(?:would|could|might|should)\b|\b(?:didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|"
                                    r"couldn['’]t|wouldn['’]t)|\b(?:got|went|came|took|saw|knew|gave)\b", re.IGNORECASE)
# "could have been attacked if his pet had not been there", "could have shown much greater leadership": what did not
# happen, and a reproach, not a doubt
COUNTERFACTUAL_CONTEXT = re.compile(r"\bif\b[^.;]*\b(?:had|hadn['’]t|['’]d)\b|\b(?:much|far)\s+(?:greater|better|more)\b",
                                    re.IGNORECASE)
# A conditional states a rule, not an open outcome, unless its sentence looks ahead: "if they are Hispanic,
# the rate is 36 percent" holds always; "if talks fail, Iran will retaliate" leaves something open.
LOOKS_AHEAD = re.compile(r"\b(?:will|would|could|can|may|might|should|must|shall|wo|ca)(?:n['’]t)?\b|['’](?:ll|d)\b|"
                         r"\bgoing to\b|\b(?:threat|vow|warn|risk|worr|fear|concern|hope|expect|danger)\w*|\bcannot\b|"
                         r"\b(?:to|and)\s+(?:destroy|retaliate|respond|strike|attack|resign|quit|sue|veto|block)\b",
                         re.IGNORECASE)


# A modal right after a relative pronoun is its relative clause's own verb, no second clause run on ("Will the rifle have
# fibers that can be traced to the buyer?", "… a plan which would cut costs?"); "Will the lawsuit they file would be …"
# (no relative pronoun) stays broken.
_SECOND_VERB = re.compile(r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?:" + aux_words("modal") + r")\b(?! be able\b)",
                          re.IGNORECASE)
_QUESTION_AUX = re.compile(r"\b(?:" + aux_words() + r")\b", re.IGNORECASE)
# A second finite verb after "Will/Did/Has … <subject>" means two clauses were run together ("Has Trump made
# the suggestion, Trump did support …", "Will voters register … has suffered a setback").
_SUBORDINATE = re.compile(r"\b(?:than|as|that|until|after|before|when|while|because|since|if|where|ways|which|who|"
                          r"whom|once|unless|whether|now)\b", re.IGNORECASE)
# Conjunctions that open an adverbial clause with its own subject and verb, a "be" among them ("… until the units are
# sold", "… once the deal is signed"); "that", "which" and "as" are left out: they also join a misread second clause.
# (a noun phrase opens the clause: after "until he leaves" the question would keep a pronoun no one named)
_ADVERBIAL_CLAUSE = re.compile(r"\b(?:until|once|unless|before|after)\s+(?:the|a|an|its|"
                               r"his|her|their|[A-Z][\w.'’-]*|[a-z]+s)\b")
_SECOND_BE = re.compile(r"\b(?:is|are|was|were|did|does|has|(?<!\bhave )(?<!\bhas )had)\b")
_DO_WILL = frozenset({"Will", "Can", "Did", "Does", "Do", "Has", "Have"})


_PERSONAL_PRONOUNS = frozenset("he she it they him them".split())
_GIVEN_AND_INITIAL = re.compile(r"\b([A-Z][a-z]+)\s+[A-Z]$")
_PAIRS = ({"“": 1, "”": -1}, {"(": 1, ")": -1}, {"[": 1, "]": -1})


def _balanced(text: str) -> bool:
    """Curly quotes and brackets open before they close and pair up; straight quotes come in pairs."""
    for pair in _PAIRS:
        depth = 0
        for char in text:
            depth += pair.get(char, 0)
            if depth < 0:
                return False
        if depth:
            return False
    if "‘" in text and "’" not in text[text.rindex("‘"):]:
        return False  # "questions about ‘how Earth ended up …": a single quotation opened, never closed ("’" is
        # also the apostrophe, so only an opening mark with none after it is known to be unclosed)
    return text.count('"') % 2 == 0


def finish(*parts: str) -> str | None:
    """Join the parts into one question, or None when it would be too short, too long or broken."""
    text = re.sub(r"\s+", " ", " ".join(p for p in parts if p).strip())
    if not _balanced(text):
        return None  # a quotation or an aside cut in half
    # "Will There be no conflicts of interest?": the sentence's opening word kept its capital after the inversion
    text = re.sub(r"^(\S+\s+)There\b", r"\1there", text)
    text = strip_end(text)
    if not _balanced(text) or re.search(r"(?<![\w’'.])'(?=\w)(?!s\b)(?![^']*\w'(?!\w))", text):
        return None  # "Has all of this been "forgotten?", "Was Alexis a 'gold digger?": a quotation cut at its end
    if SUPPOSITION.search(text):
        return None  # "… be relegated if there were 10 games left?": without the supposition it asks the opposite
    # "Can a school relocate to their county?" → "… to the county?": a possessive whose owner the question never
    # names becomes the article, which reads as English and points nowhere wrong
    for pronoun in stray_possessives(text):
        text = re.sub(rf"\b{pronoun}\b", "the", text, flags=re.IGNORECASE)
    for pattern, replacement in MENDS.values():
        text = pattern.sub(replacement, text)
    if any(rule.search(text) for rule in NOT_A_QUESTION.values()):
        return None
    if len(text.split()) > 1 and text.split()[1].lower() in _PERSONAL_PRONOUNS:
        return None  # "Will he and Blair stand together …", "Did he still support …": a pronoun nothing named
    if re.search(r"\s[,.;:]", text):
        return None  # a gap before punctuation means a phrase went missing
    if re.search(r"\b(?:whether|if|that|of|the|a|an|to|and|or|but|with|by|for)$|\b[a-z]+ing not$", text, re.IGNORECASE):
        return None  # cut off in mid-phrase
    if any(rule.search(text) for rule in DANGLING_END.values()):
        return None
    if other_sex_pronoun(text):
        return None  # "Will Hillary Clinton win over his supporters?": "his" is someone the question never names
    initial = _GIVEN_AND_INITIAL.search(text)
    if initial and given_gender(initial.group(1)):
        return None  # "Will there be a Donald J?": a name cut after its middle initial ("a Plan B" is whole)
    first_aux = _QUESTION_AUX.search(text)
    rest = text[first_aux.end():] if first_aux else text
    second = _SECOND_BE.search(rest) if text.split(" ", 1)[0].capitalize() in _DO_WILL else None
    if second and second.group(0) == "had" and text.split(" ", 1)[0].lower() in {"has", "have"}:
        second = None  # "Has a delay … had a bearing": the perfect's own participle
    if second and second.group(0) not in {"is", "are", "was", "were"} and _SUBORDINATE.search(rest[: second.start()]):
        second = None  # "… more than the budget office had predicted": a subordinate clause's own verb
    elif second and _ADVERBIAL_CLAUSE.search(rest[: second.start()]):
        second = None  # "Will he remain chief executive until the businesses are sold": the clause of time's own verb
    if _SECOND_VERB.search(rest) or second:
        return None  # "Will the lawsuit they file would be …": two finite verbs, the clause was misread
    if len(text.split()) > 24 or len(text.split()) < 3:
        return None
    return text[0].upper() + text[1:] + "?"


_DETERMINERS = frozenset("the a an this that these those".split())


def stray_possessives(question: str) -> list[str]:
    """The possessives that cannot be the subject's: 'its' in 'Will scientists use its brain?', 'their' in 'Will
    modernity endanger their tradition?' (the owner is in another sentence). A named subject may own any."""
    words = question.split()
    if len(words) < 3 or words[0].lower() not in YES_NO_AUX:
        return []  # ("What happens if his departure …": no subject to agree with)
    head = words[2] if words[1].lower() in _DETERMINERS and len(words) > 2 else words[1]
    if head in _PERSON_TITLES:  # "Will Mr. Clarke sell its coal?": a person owns no "its"
        return ["its"] if re.search(r"\bits\b", " ".join(words[2:])) else []
    if not head[:1].islower():
        return []
    rest = " ".join(words[2:]).lower()
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) or head in _IRREGULAR_PLURALS | QUANTIFIERS
    if plural:
        return [p for p in ("its", "his") if re.search(rf"\b{p}\b", rest)]
    return ["their"] if re.search(r"\btheir\b", rest) and head not in _COLLECTIVE_NOUNS else []


_PERSON_TITLES = frozenset("Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr".split())
_IRREGULAR_PLURALS = frozenset("people men women children police".split())
# Bodies British news gives a plural pronoun: "the team … their"
_COLLECTIVE_NOUNS = frozenset("team club side government family couple pair board committee party company "
                              "group council staff crew band army".split())


# "it's a very sad situation", "it was a terrible mistake": this "it" is the state of affairs, never an
# actor, whatever name came before it; nor is the "it" that stands for a clause after it.
SITUATION_IT = re.compile(r"^\s*(?:['’]s|is|was|would be|will be|could be|may be|might be)\s+(?:not\s+)?(?:a|an)\s+"
                          r"(?:[\w-]+\s+){0,3}(?:situation|problem|thing|issue|mistake|shame|tragedy|disaster|"
                          r"question|matter|time|moment|deal|step|development|idea)\b|"
                          # "it is incumbent upon Clinton to reach out", "it was hard for him to …": the "it" of an
                          # extraposed clause, no one's name
                          r"^\s*(?:['’]s|is|was|would be|will be|could be|may be|might be)\s+(?:not\s+)?(?:incumbent|"
                          r"important|necessary|essential|crucial|vital|possible|impossible|hard|difficult|easy|"
                          r"time)\s+(?:upon|on|for|to|that)\b|"
                          # "how hard it will be to deny Trump the nomination"
                          r"^\s*(?:will|would|could|may|might|can)\s+be\s+to\s", re.IGNORECASE)
