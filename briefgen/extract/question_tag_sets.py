"""The tag sets and word lists the part-of-speech rules (question_tags) share: verbs, noun phrases, clause openers."""

from __future__ import annotations

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERBS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
# What a noun phrase is made of, walking left from the verb it is the subject of.
NP_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS", "CD", "HYPH",
                     "NFP", "``", "''"})
# Words that open a clause of their own: a conjunction, a relative or a complementizer lets a second verb in.
INTRODUCERS = frozenset({"CC", "WDT", "WP", "WP$", "WRB", "IN", "TO"})
# Verbs whose object is followed by a bare infinitive: "help Americans rise", "let the deal lapse".
BARE_INFINITIVE_VERBS = frozenset("help helps helped helping make makes made making let lets letting see sees saw seen "
                                  "seeing watch watches watched hear hears heard feel feels felt have has had having "
                                  "bid rather".split())
# Subordinators whose clause needs a verb ("if Paul Ryan", "while Clinton secretary of state"); "before", "after",
# "since", "until" are prepositions as often, and take a bare noun phrase.
CLAUSE_SUBORDINATORS = frozenset("if while because although though unless whereas whether".split())
# (not a bare common noun: "while secretary of state" is a clause without its verb that English allows)
SUBJECT_OPENERS = frozenset({"DT", "NNP", "NNPS", "PRP", "PRP$"})
# Words that open a clause of their own: the predicate's verb is before them.
SUBORDINATORS = CLAUSE_SUBORDINATORS | frozenset("when as than that until unless since after before because".split())
IRREGULAR_PASTS = frozenset("was were had did said made took came went saw gave knew led began became left ran won got "
                            "held told thought brought felt found kept met paid sent stood lost fell rose chose drove "
                            "fought grew sold spoke wrote broke bought caught taught threw wore struck sought".split())
# What a conjunction joins when it joins two nouns of one subject ("minority and women voters", "Trump and Clinton").
JOINED_NOMINALS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
# Degree words left behind when the hedge they graded was taken out ("most likely to carry on" → "most carry on").
DEGREE_WORDS = frozenset("more most less least".split())
# Tags that open a verb's object: "worries/VBZ Republican/JJ officials", not "talks/VBZ over/IN the package".
OBJECT_OPENERS = frozenset({"DT", "JJ", "NNP", "NNPS", "PRP", "PRP$", "VBG", "CD"})
# Prepositions that open a quantity, and so a subject: "about 100 people", "as many as", "up to 100 teachers".
QUANTITY_WORDS = frozenset("about around over under up as nearly approximately roughly some between than".split())
# Adjectives that end a phrase after a preposition: "in general", "for good", "at large".
WHOLE_AFTER_PREPOSITION = frozenset("general particular full large good sure short brief public private common vain "
                                    "advance earnest total part time place possible usual "
                                    # an elliptical condition: "if necessary", "when appropriate", "if true"
                                    "necessary appropriate feasible practicable applicable warranted true".split())
# What opens the subject of a "that" clause (a bare plural too: "that lobbyists giving …").
THAT_SUBJECT_OPENERS = SUBJECT_OPENERS | frozenset({"NNS", "JJ", "CD"})
# Words that may end a phrase after "a": "a little", "a few", "a lot" are whole.
WHOLE_AFTER_A = frozenset("little few lot bit while".split())
# The past form a singular name never takes (the present plural is the tagger's VBP).
PLURAL_ONLY_PAST = frozenset({"were"})
# Words that open a clause whose subject comes next.
CLAUSE_OPENERS = frozenset("if when unless because while since until that whether after before though although once "
                           "where which who".split())
# Verbs that need an object: right before "to" and a bare verb, their object was the head of the relative clause a
# question was cut from ("the gun Dylann Roof used to kill …" asked "Did Dylann Roof use to kill …?").
GAPPED_OBJECT_VERBS = frozenset("use uses used take takes took taken bring brings brought employ employs employed "
                                "exploit exploits exploited deploy deploys deployed".split())
# Before such a verb these make it passive or an idiom ("be used to harm", "got used to"): its object is its subject.
PASSIVE_BEFORE = frozenset("be is are was were been being get gets got gotten become became".split())
