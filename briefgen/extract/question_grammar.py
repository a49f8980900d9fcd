"""Small English helpers for phrasing questions: base verb forms, subjects, clause trimming."""

from __future__ import annotations

import re

from briefgen.extract.actor_words import MEMBER_PLURALS
from briefgen.extract.gazetteer import gazetteer
from briefgen.extract.question_cuts import generic_noun_end, lost_complement, skip_relative

# The auxiliaries by kind: what a yes/no question opens with and what a clause's verb phrase inverts. One table for
# the builders (question_clauses), the word rules (question_rules) and the tag rules (question_tags).
AUXILIARIES: dict[str, tuple[str, ...]] = {
    "modal": ("will", "would", "can", "could", "should", "may", "might", "must", "shall"),
    "do": ("do", "does", "did"),
    "be": ("is", "are", "was", "were"),
    "have": ("has", "have", "had"),
}
MODALS = frozenset(AUXILIARIES["modal"])
# The auxiliaries after which a question's subject takes a verb in the base form ("Will X win", "Did X win").
BASE_AUX = MODALS | frozenset(AUXILIARIES["do"])
YES_NO_AUX = BASE_AUX | frozenset(AUXILIARIES["be"] + AUXILIARIES["have"])


def aux_words(*kinds: str) -> str:
    """The auxiliaries of these kinds (all kinds when none is named) as a regular-expression alternation."""
    return "|".join(word for kind in kinds or tuple(AUXILIARIES) for word in AUXILIARIES[kind])


# Irregular verbs news uses most; everything else goes through the suffix rules in `to_base`.
IRREGULAR_BASE = {
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "has": "have",
    "had": "have", "having": "have", "does": "do", "did": "do", "done": "do", "went": "go", "goes": "go",
    "gone": "go", "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "came": "come", "saw": "see", "seen": "see", "said": "say", "told": "tell", "held": "hold",
    "met": "meet", "sent": "send", "won": "win", "lost": "lose", "left": "leave", "sought": "seek",
    "brought": "bring", "bought": "buy", "kept": "keep", "led": "lead", "paid": "pay", "set": "set",
    "put": "put", "cut": "cut", "hit": "hit", "struck": "strike", "began": "begin", "begun": "begin",
    "became": "become", "fell": "fall", "rose": "rise", "risen": "rise", "ran": "run", "spent": "spend",
    "built": "build", "chose": "choose", "chosen": "choose", "drew": "draw", "drawn": "draw",
    "fought": "fight", "found": "find", "got": "get", "grew": "grow", "knew": "know", "known": "know",
    "meant": "mean", "sold": "sell", "spoke": "speak", "stood": "stand", "thought": "think",
    "wrote": "write", "written": "write", "dying": "die", "lying": "lie", "tying": "tie",
    "died": "die", "lied": "lie", "tied": "tie",
    # participles a past perfect asked in the simple past brings ("had never flown" → "did … never fly")
    "flew": "fly", "flown": "fly", "shown": "show", "grown": "grow", "threw": "throw", "thrown": "throw",
    "blew": "blow", "blown": "blow", "heard": "hear", "felt": "feel", "broke": "break", "broken": "break",
    "spoken": "speak", "stole": "steal", "stolen": "steal", "drove": "drive", "driven": "drive",
    "forgot": "forget", "forgotten": "forget", "fallen": "fall", "taught": "teach", "caught": "catch",
    "wore": "wear", "worn": "wear", "sat": "sit", "sung": "sing", "sang": "sing",
    "restoring": "restore", "exploring": "explore", "ignoring": "ignore", "scoring": "score",
    "restored": "restore", "explored": "explore", "ignored": "ignore", "scored": "score", "stored": "store",
    "storing": "store", "visiting": "visit", "targeting": "target", "budgeting": "budget",
    # -ite verbs keep their e ("invited" is not "invit"); "visited", "limited", "edited" end in a plain -it
    "invited": "invite", "inviting": "invite", "united": "unite", "cited": "cite", "citing": "cite",
    "excited": "excite", "ignited": "ignite", "incited": "incite", "recited": "recite",
    "uniting": "unite", "exciting": "excite", "igniting": "ignite", "inciting": "incite", "reciting": "recite",
}
# After "-ing"/"-ed" is removed, stems with these endings had a silent e ("negotiat" → "negotiate",
# "reduc" → "reduce", "decid" → "decide"); "monosyllable CVC" stems too ("mak" → "make").
_SILENT_E = re.compile(
    r"(?:(?<![aeo])(?:at|ut|ud|id|in|ir|ur|ag|os|ar|um|is)|(?<![aeiou])as|us|ais|ois|[aiu]c|[nr]c|eas|ps|rs|ns|ls|rg|dg|v|"
    r"iz|yz|ys|u|[bcdfgkptz]l|(?:an|al|en)g)$"
)
_ONE_SYLLABLE_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
_DOUBLED = re.compile(r"([bdgmnprt])\1$")


def to_base(word: str) -> str:
    """Best-effort base form of a verb ('deploying' → 'deploy', 'fails' → 'fail', 'struck' → 'strike')."""
    low = word.lower()
    if low in IRREGULAR_BASE:
        return IRREGULAR_BASE[low]
    for suffix in ("ing", "ed"):
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            stem = low[: -len(suffix)]
            if suffix == "ed" and stem.endswith("i") and len(stem) > 2:
                return stem[:-1] + "y"  # carried → carry
            if _DOUBLED.search(stem):
                return stem[:-1]  # stopping → stop
            if stem.endswith("e"):
                return stem + "e" if suffix == "ed" else stem  # agreed, agreeing → agree
            if stem.endswith("focus"):
                return stem
            if _SILENT_E.search(stem) or _ONE_SYLLABLE_CVC.match(stem):
                return stem + "e"  # making → make, closing → close
            return stem
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "they": "group", "it": "thing", "we": "group", "i": "person", "you": "person"}

# Words that close a subject on the left: the subject of a clause starts after the last of them.
# ("and" is not one: "the U.S. and Iran" is a single subject.)
_SUBJECT_LEFT = re.compile(
    r"[;:—–(]\s*|,(?!\d{3}\b)\s*|--\s*|\b(?-i:that)\s+|\b(?:but|while|because|although|though|as|when|after|before|if|unless|whether|"
    r"said|says|say|told|warned|argued|insisted|noted|adding|noting|telling|saying|since|so|where|"
    r"believe|believes|believed|think|thinks|thought|fear|fears|feared|suspect|suspects|doubt|doubts|"
    r"suggest|suggested|suggests|provided|"
    # ("Insiders claim the case could …": the clause's subject is "the case")
    r"claim|claims|claimed|predict|predicts|predicted|warn|warns|argue|argues|insist|insists|"
    # ("Schoen contends the superdelegates could …", "the pollster even hypothesized Clinton could …")
    r"contend|contends|contended|hypothesi[sz]e|hypothesi[sz]es|hypothesi[sz]ed|concede|concedes|conceded|"
    r"acknowledge|acknowledges|acknowledged|assert|asserts|asserted|reckon|reckons|reckoned|speculate|speculates|"
    r"speculated|maintain|maintains|maintained|write|writes|wrote|explain|explains|explained|"
    # ("leaflets warning the school could bring …": the participle's clause has its own subject)
    r"warning|claiming|arguing|insisting|suggesting|predicting|contending|asserting|speculating)\s+",
    re.IGNORECASE,
)
_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|on|at|for|with|from|by|about|to|into|over|under)\s*$", re.I)
_BAD_SUBJECT_START = re.compile(
    r"^(?:that|which|who|whom|whose|one that|here|this is|it is|what|when|where|how|why|to|in|on|at|"
    r"(?:the )?(?:last|next|first|same) time|last|next|earlier|later|once|then|since|based|although|because|"
    r"while|after|before|unless|until|despite|during|including|according|no one|nobody|neither|none|nothing|"
    r"for|with|by|from|of|about|than|not|also|only|even|just|instead|rather|far|no(?=\s))\b",
    re.IGNORECASE,
)
# Count nouns that "that" points back with ("estimates that number is …", "said that process could …"): alone, or with
# "of" after them, they need a determiner, so the "that" before them was one, not a conjunction (a mass noun, "that
# peace is …", "that modernity could …", reads both ways and is left bare).
ANAPHORIC_NOUNS = frozenset("number figure amount percentage total share person man woman "
                            "process route threshold argument kind sort type plan deal move decision approach strategy "
                            "scenario idea proposal measure bill effort trend situation case story".split())
_TIME_NOUNS = frozenset("day night week month year morning evening afternoon time".split())
_ANAPHORIC_NOUN = re.compile(r"(?:" + "|".join(sorted(ANAPHORIC_NOUNS)) + r")(?:$|\s+of\s)")


def that_as_determiner(before: str, clause: str) -> str:
    """'estimates that | number is closer …' → 'the number is closer …': the "that" a cue's clause follows was the
    determiner of an anaphoric count noun (ANAPHORIC_NOUNS), which the clause cannot lose."""
    if re.search(r"\bthat\s+$", before) and _ANAPHORIC_NOUN.match(clause.split(" ", 1)[0]):
        return "the " + clause
    return clause


# Finite verbs that cannot sit inside a subject noun phrase: "Trump has the best (plan to …)",
# "Obama appears (set to …)" — the span runs past the real subject into its clause.
VERBS_INSIDE_SUBJECT = frozenset(
    "has have had is are was were does did appears appear seems seem says believes thinks wants say said tell "
    "tells told insist insists".split())
# Nouns whose "that" opens a complement clause: in "the argument that militants wear Nike is unlikely to …"
# the clause after "that" is not the subject of "is unlikely".
COMPLEMENT_NOUNS = frozenset(
    "argument claim fact idea notion suggestion possibility fear belief report view hope assumption "
    "assertion allegation theory sense impression news evidence".split())
# A lone lower-case word with these endings is an adjective or adverb, never a subject ("unthinking").
_NOT_NOUN_ALONE = re.compile(r"(?:ing|ly|ful|ous|ive|able|ible|ish|less|ed)$")
MAX_SUBJECT_WORDS = 10
# Adjectives in -ed that open a noun phrase ("allied troops", "armed men"), where another -ed word opens a clause
# ("gave no indication …" aside, "announced the deal")
ED_ADJECTIVES = frozenset("allied armed united elected retired advanced organized organised unnamed unidentified "
                          "masked wounded injured displaced undocumented registered licensed married concerned "
                          "qualified trained experienced talented unemployed disabled aged skilled detained "
                          "accused suspected".split())
_SUBJECT_JUNK = re.compile(r"\b(?:whom|which|whose|who|how|why|what)\b|n['’]t\b|\bgonna\b|[\"“”]|\b\w+(?:'s|’s|'re|’re)$|"
                           r"\b(?:he|she|it|that|there|what|who)(?:'s|’s)\b|"
                           r"\b(?:uh|um|ah|er|yeah)\b|.\s(?:he|she|they|him|them|we|I)\b", re.IGNORECASE)
_TIME_WORDS = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday", "today", "yesterday", "tomorrow"}
_LOWER_FIRST = {"the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "both", "some",
                "any", "many", "most", "no", "one", "two", "several", "each", "all", "other", "such",
                # quantifiers and adjectives that open a sentence ("Almost 1,000 people", "Presumptive nominee …")
                "almost", "nearly", "roughly", "about", "around", "more", "fewer", "only", "presumptive", "former"}
# Verbs that take a clause; a span opening with one ("– means google may …") is the end of a clause, not a subject.
_CLAUSE_VERBS = frozenset("means shows suggests indicates signals implies ensures proves".split())
_TIME_BEFORE_VERB = re.compile(r"\s+(?:(?:last|this|on)\s+(?:night|week|month|year|morning|evening|weekend|Monday|Tuesday|"
                               r"Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight)$", re.IGNORECASE)
_ADVERBS_BEFORE_VERB = re.compile(r"\b(?:also|still|now|already|even|repeatedly|again|reportedly|previously|apparently|"
                                  r"allegedly|probably|possibly|perhaps|clearly|evidently|certainly|"
                                  r"long|recently|publicly|privately|currently|initially|first)\s*$", re.I)


# Words that start a noun's post-modifier: a reduced relative ("found near …", "wanted for …") or a
# relative clause ("who leave …"). A subject too long to ask about keeps only the noun phrase before it.
_POST_MODIFIER = re.compile(r"(?<=[a-z])\s(?:who|which|whose|(?:(?!(?:need|speed|feed|seed|breed|creed|greed)\b)"
                            r"[a-z]{3,}ed|found|held|seen|known|taken|given|made|built|sent|kept|led|left|caught|"
                            r"shot|hit|set)(?=\s(?:by|in|at|on|for|near|from|with|under|during|after|to|into|"
                            r"outside|inside|behind|since|over)\b))\s")
# A finite verb after the cut means the span is a clause ("… doctor may yield clues for investigators").
_FINITE_IN_TAIL = re.compile(r"\b(?:" + aux_words() + r"|says|said)\b")
_NP_HEAD_START = re.compile(r"^(?:(?:the|a|an|this|these|those|its|his|her|their)\s|[A-Z])")


def _head_of_long_subject(subj: str) -> str:
    """'A rifle found near the home of a slain doctor' → 'A rifle' (only when the whole is too long or relative)."""
    if len(subj.split()) <= MAX_SUBJECT_WORDS and not re.search(r"\s(?:who|which|whose)\s", subj):
        return subj
    cut = _POST_MODIFIER.search(subj)
    head = subj[: cut.start()] if cut else subj
    if cut and len(head.split()) >= 2 and _NP_HEAD_START.match(head) and not _FINITE_IN_TAIL.search(subj[cut.end():]):
        return head
    return subj


def subject_before(text: str) -> str | None:
    """The noun phrase just before the end of `text` (the clause's subject), or None if implausible."""
    text = _ADVERBS_BEFORE_VERB.sub("", text.rstrip()).rstrip()
    text = re.sub(r"\s+(?:has|have|had|is|are|was|were|has been|have been|had been)$", "", text, flags=re.I)
    text = _ADVERBS_BEFORE_VERB.sub("", text.rstrip()).rstrip()
    text = _TIME_BEFORE_VERB.sub("", text)  # "Nicola Sturgeon last night refused …": the time is not the subject's
    start = 0
    complement = after_that = False
    for match in _SUBJECT_LEFT.finditer(text):
        if match.group(0).startswith("that") and _AFTER_PREPOSITION.search(text, 0, match.start()):
            continue  # "the outcome of that session": a determiner, not a clause boundary
        start = match.end()
        after_that = match.group(0).startswith("that")
        before = text[: match.start()].split()
        complement = match.group(0).startswith("that") and bool(before) and before[-1].lower() in COMPLEMENT_NOUNS
    if complement and len(text[start:].split()) >= 4:
        # (a short span, "the notion that Democrats could …", is the complement clause's own subject)
        return None  # "the argument that X wear Y is unlikely": the real subject is "the argument"
    subj = text[start:].strip(" \"“”'`")
    if after_that and subj.lower() in _TIME_NOUNS:
        return None  # "a complaint he made that day drew …": a time adverbial, not the subject
    if after_that and _ANAPHORIC_NOUN.match(subj):
        subj = "the " + subj  # "estimates that number is closer": "that" was the noun's determiner, not a conjunction
    subj = re.sub(r"^(?:(?:and|or|but|then|today|now|yesterday|also|somehow|indeed|perhaps|frankly|"
                  r"probably|possibly|sometimes|still|thus|however|meanwhile|(?:this|one|some) (?:time|day))(?:\s+|$))+",
                  "", subj, flags=re.I)  # ("this time the horse will …", "one day OM will …": the time is no subject)
    # "appeared confident he" → "he": a subject pronoun late in the span is the real subject.
    # ("… carry the larvae down to the reef and this can feed …": "this" after "and" is the clause before, no noun)
    pronoun = re.search(r"\b(?:he|she|they|it|we|I)$|(?<=\band )(?:this|that)$", subj)
    if pronoun and pronoun.start() > 0:
        subj = pronoun.group(0)
    if len(subj.split()) > MAX_SUBJECT_WORDS and re.search(r" and (?:the|a|an|his|her|its|their|\d)", subj):
        subj = subj.rsplit(" and ", 1)[1]  # "the lights are out and the heat" → "the heat" (not "… in Syria and Iraq")
    subj = _head_of_long_subject(subj)
    words = subj.split()
    if not words or len(words) > MAX_SUBJECT_WORDS or _BAD_SUBJECT_START.match(subj) or words[0].lower() in _TIME_WORDS:
        return None
    if not re.match(r"^[A-Za-z0-9]", subj) or subj.endswith(("-", "–", "—")):
        return None
    if _SUBJECT_JUNK.search(subj):
        return None  # a relative or wh-word, a quote mark, a contraction or a pronoun inside: not one phrase
    if words[0].islower() and ((words[0].endswith("ed") and not (words[0] in ED_ADJECTIVES and len(words) > 1)) or
                               words[0] in IRREGULAR_BASE or words[0] in _CLAUSE_VERBS):
        return None  # "gave no indication of …" starts with a verb
    if words[-1].islower() and words[-1].endswith("ed") and len(words) > 1:
        return None  # "Cohen announced" — a verb, so this is not a noun phrase
    if len(words) > 2 and words[1].islower() and (words[1].endswith("ed") or words[1] in IRREGULAR_BASE) and \
            (words[0][:1].isupper() or words[0].lower() in PRONOUNS):
        return None  # "they claimed Montalvo": a clause, not a subject
    if any(w in VERBS_INSIDE_SUBJECT for w in words[1:]):
        return None  # "GOP nominee Donald Trump has the best": a clause, not a subject
    if words[-1].lower() in _PREPOSITIONS | {"of"}:
        return None  # "thousands of" (of "thousands of workers sewed jeans, and could earn …"): the noun is cut off
    if words[-1].lower() in {"and", "or", "but", "nor", "that", "which", "who"} or " - " in subj:
        return None  # "clumsy, unthinking and", "principle - stances that": not one noun phrase
    if len(words) == 1 and words[0].islower() and _NOT_NOUN_ALONE.search(words[0]) and words[0] not in PRONOUNS:
        return None  # "clumsy, unthinking and could …": an adjective, not a subject
    return subj


def sentence_case_subject(subj: str) -> str:
    """Lower-case a leading function word ('The talks' → 'the talks'), keep names as written."""
    first, _, rest = subj.partition(" ")
    if first.lower() in _LOWER_FIRST and first[:1].isupper():
        return (first.lower() + " " + rest).strip()
    return subj


# A "told" right after a form of "be" is a passive, no attribution: "the union may be told before the vote". (A passive
# "said" stays a cut: "the same could not be said for X" is a statement, no question.)
_NOT_PASSIVE = "".join(rf"(?<!\b{be})" for be in ("be", "been", "being", "is", "are", "was", "were", "get", "got"))

# Where a predicate stops being about the main point: relative clauses, attributions, asides. (A match never starts
# just after a space, as the search would have found it one space earlier: the look-behind spares a long run of
# spaces a quadratic search.)
_CLAUSE_END = re.compile(
    r"(?<!\s)\s*(?:[;:(—–]|\s-\s|,[\"”’']|,\s+[\"”]\s|,\s*[a-z]+ing\b|,\s*(?:which|who|whom|while|although|though|but|as|after|before|because|saying|"
    r"according|officials?|analysts?|he|she|they|it|we|and|with|where|amid|despite|even|so|since|"
    r"said|says|adding|noting|in a|the|unless|please|noted|added|wrote|argued|explained|warned|stated|reported|observed)\b|"
    r"\s+and\s+(?:would|will|could|may|might|should|can|has|have|had|is|are|was|were|[a-z]{3,}ed)\b|\s+because\s+(?!of\b)|\s+and\s+to\s+|"
    r"\s(?:said|says)\s|" + _NOT_PASSIVE + r"\stold\s|,?\s+according to\b|"
    r",\s*(?:[\w.'-]+\s){1,4}(?:said|says|say|reported|added|replied|asked|noted|wrote|explained|warned|"
    r"believe|think|predict|told \w+)\b|\s+but\s+(?=\S+\s+\S+)|"
    # "Asked whether the plant would close, Tom Reed, a spokesman, …": a name with its role set off by commas is the
    # main clause's subject
    r"(?-i:,\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*,\s+(?:the|a|an|his|her|its|their|[A-Z][\w.-]*['’]s)\s))",
    re.IGNORECASE,
)
_PREPOSITIONS = {"with", "for", "in", "to", "by", "at", "on", "from", "under", "over", "after", "before",
                 "during", "through", "despite", "against", "amid", "into", "about", "than"}
# "and"/"or" are cut points unless they join modifiers: "armed or potentially dangerous suspects" cut at
# "or" would leave "armed" hanging without its noun.
_COORDINATORS = {"and", "or"}
_MODIFIER_BEFORE = re.compile(r"(?:ed|ing|ous|ive|ful|able|ible|al|ic|ish|less|ent|ant|ary)$")
_LONG_CUT = re.compile(r"\s(?:that|which|who|where|while|because|amid|after|as)\s", re.IGNORECASE)


_AS_MUCH = re.compile(r"\s+as\s+(?:much|many|often)\s+(?=(?:on|in|about|for|to|with|at|from|over)\s)(?P<what>.+?)\s+as\s")
_SPAN_BEFORE = re.compile(r"\b(?:a|an|one|two|three|several|few|some|days|weeks|months|years)\s+(?:day|week|month|year|"
                         r"hour|minute|decade)s?\s+(?:after|before)$", re.IGNORECASE)  # checked on a cut's last three words
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$")


def strip_end(text: str) -> str:
    """Drop trailing punctuation, but keep the period of a final 'U.S.'."""
    text = text.rstrip(" ,;:!?\"”’'-—–")  # (a dash left by a cut: "to other states --")
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        text = text.rstrip(".").rstrip(" ,;:")
    return text


# "will challenge the move by legal means if they have to": a stock proviso, not the point of the clause.
_IF_NEEDED = re.compile(r"\s+if (?:(?:they|he|she|it|we|you) (?:have|has|need|needs|must) to|necessary|needed|"
                        r"required|possible|need be)[\s.,]*$", re.IGNORECASE)


# "… made up out of whole cloth in an apparent attempt [to discredit her]": a purpose phrase whose verb a cut took
# goes too ("oppose the effort" keeps its object: a determiner-less end or no "in"/"as" before)
_PURPOSE_CUT = re.compile(r"\s+(?:in|as)\s+(?:an?|their|his|her|its|one)\s+(?:[\w-]+\s+)?"
                          r"(?:attempt|effort|bid|push|ploy|drive|move)$", re.IGNORECASE)


def trim_predicate(text: str, max_words: int = 16) -> str | None:
    """Keep the first clause of `text`, at most `max_words` words; None when nothing sensible is left."""
    original = text
    cut = _CLAUSE_END.search(text)
    if cut:
        text = text[: cut.start()]
    text = _IF_NEEDED.sub("", text)
    # ", defended the use …": a comma then a lower-case word after a full predicate starts a new clause.
    comma = re.search(r",\s+(?=[a-z])", text)
    if comma and len(text[: comma.start()].split()) >= 4:
        text = text[: comma.start()]
    text = strip_end(text.strip().rstrip("\"”’' "))
    # "chemical weapons in shells or, perhaps, atop missiles" cut at the comma leaves "or" hanging
    text = re.sub(r"\s+(?:and|or|but|nor)$", "", text)
    if len(text.split()) > max_words:
        # "focus as much on security as on the economy": the comparison goes, its first term stays
        comparative = _AS_MUCH.search(text)
        if comparative:
            text = text[: comparative.start()] + " " + comparative.group("what")
    if len(text.split()) > max_words:
        long_cut = next((m for m in _LONG_CUT.finditer(text)
                         if not _SPAN_BEFORE.search(text[: m.end()].rstrip())), None)
        if long_cut and len(text[: long_cut.start()].split()) >= 3:
            # "a campaign in [which she is …]": the relative's preposition goes with it
            text = re.sub(r"\s+(?:in|on|at|of|for|with|by|from|under|to)$", "", text[: long_cut.start()])
    if len(text.split()) > max_words:
        # Drop trailing prepositional phrases until the predicate fits ("... for a year with an increase").
        words = text.split()
        for end in range(max_words, 2, -1):
            if _SPAN_BEFORE.match(" ".join(words[end - 2: end + 1])):
                continue  # "returned a day | after the robbery": the span means nothing without its "after"
            if words[end].lower() in _PREPOSITIONS or (
                    words[end].lower() in _COORDINATORS and not _MODIFIER_BEFORE.search(words[end - 1].lower()) and
                    not (end + 1 < len(words) and words[end + 1].lower().endswith("ly"))):
                text = " ".join(words[:end])
                break
    text = _PURPOSE_CUT.sub("", text)
    if len(text.split()) > max_words or not text:
        return None
    kept = strip_end(text)  # ("bacteria. ’" cut at "while": the sentence had ended)
    at = original.find(kept)
    if at >= 0:  # what was cut: a verb's complement or the clause a bare noun needed
        rest = original[at + len(kept):]
        if lost_complement(kept, rest):
            spliced = skip_relative(kept, rest)
            return trim_predicate(spliced, max_words) if spliced else None
        shorter = generic_noun_end(kept, rest)
        if shorter is None:
            return None
        text = text if shorter == kept else shorter
    if text.count("\"") % 2 or text.count("“") != text.count("”"):
        text = text.replace("\"", "").replace("“", "").replace("”", "")
    return text.strip()


_HEAD_END = re.compile(r"\s(?:of|in|at|on|from|with|for|to|by|who|that|which|whose|near|under|over|against|about|"
                       r"between|among|during|after|before|"
                       r"[a-z]+ed|found|held|seen|known|taken|given)\b")


_COUNTS_ABOVE_ONE = frozenset("two three four five six seven eight nine ten dozens hundreds thousands".split())


def is_plural(subj: str) -> bool:
    """Rough number agreement: 'talks', 'the U.S. and Iran', 'Republicans' are plural; names and 'the president' are not."""
    if not subj.strip():
        return False
    words = subj.split()
    cut = _HEAD_END.search(subj)  # "the asylum seekers found in the water" → head "seekers"
    head_phrase = subj[: cut.start()] if cut and cut.start() > 0 else subj
    # ("the relationship between America and Britain": an "and" after the head joins the head's own complements)
    if " and " in f" {head_phrase} " or \
            words[0].lower() in {"both", "they", "we", "many", "several", "some", "most", "all", "few"} or \
            (len(words) > 2 and words[1] == "of" and words[0].lower() in _COUNTS_ABOVE_ONE):
        return True  # ("two of the passengers")
    head = head_phrase.split()[-1]
    if head in MEMBER_PLURALS or (head[:1].isupper() and head.endswith("s")
                                  and head[:-1].lower() in gazetteer().demonyms):
        return True  # "Republicans", "Americans", "Palestinians": a party's or a people's members
    return head.islower() and (head.endswith("s") and not head.endswith(("ss", "us", "is", "news")) or
                               head in {"people", "men", "women", "children", "police"})
