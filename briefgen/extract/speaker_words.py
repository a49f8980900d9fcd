"""Word tables the speaker-phrase scanners read (rules as data), beside the shared lists in lexicon."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import (CALENDAR_WORDS, DETERMINERS, FINITE_AUXILIARIES, NAME_PARTICLES, NP_BREAKERS,
                                      NP_PREPOSITIONS, ROLE_NOUNS, SPEAKER_HEADS)

# Words that open a sentence, capitalised there, but never a speaker's name: a phrase found as the speaker that
# starts with one ("Why was he …", "Still, …", "Hours later, …", "Both Bolton and …", "Back in 1999, …") loses it
# (cues.without_sentence_openers), and no clause's subject starts with one (cues_subject.sentence_subject).
SENTENCE_OPENERS = frozenset(
    "across any beyond both do does did ever hours immediately informed led once or over reached stated still that "
    "what why where how whatever whenever you we’ve we've here’s here's there’s there's he’s she’s it’s "
    "meanwhile however also later earlier then even shortly given just only perhaps maybe indeed instead yet like "
    "unlike amid among according back".split()
)  # not "this", "these", "such": they open a described speaker ("this source", "these officials")
# Conjunctions and adverbs stepped over before a subject: '"…," but Trump said', '"…" And Blige sings'.
LEADING_CONNECTORS = frozenset({"but", "and", "so", "yet", "however", "then", "still"})

# Conjunctions and adverbs that open a clause: never part of a speaker's name ("And America Rising", "When Sanders").
# (Other jobs read lists of subordinators of their own: cues_clauses.SUBORDINATE_OPENERS, the clauses after
# which the main clause's subject reports, and quote_pronouns.CLAUSE_OPENERS, the clauses whose subject a pronoun may
# point to; each comment says why.)
CLAUSE_OPENERS = frozenset("and but or so yet when while as if because although though after before since "
                           "then also now once".split())
# Prepositions that carry a speaker phrase on to its affiliation: "expert at the Council", "Ingram of the Globe".
JOINING_PREPOSITIONS = frozenset({"of", "at", "for", "from"})
# Words after which a forward-scanned speaker stops: time and place phrases, clause openers.
FORWARD_STOPS = NP_BREAKERS | CALENDAR_WORDS | {"in", "on", "during", "last", "this", "next", "earlier", "told"}
# Time words between a subject and its verb: "Trump later said", "Clinton on Tuesday night said".
TIME_WORDS = frozenset("later earlier night morning evening afternoon week month year last this on".split())
COURTESY_TITLES = frozenset({"Mr.", "Mrs.", "Ms."})  # a form of address, not a post
ARTICLES = frozenset({"a", "an", "the"})  # (a description, not a name, opens with one: "the economist Jared Bernstein")
# Lower-case particles inside a speaker's name ("Charles de Gaulle", "Michery el Soheil"): speaker_relative takes a
# name with them whole, speaker_check steps over them in a description: lexicon.NAME_PARTICLES without "wa",
# "della", "ter", "das" and "dos".
SPEAKER_NAME_PARTICLES = NAME_PARTICLES - frozenset("wa della ter das dos".split())
# Lower-case words after which a particle-led name may begin ("said de Blasio", "according to al Ashry"); after any
# other lower-case word the particle is a word of the sentence ("a van", "a la Casa Blanca"), see speaker_tokens.
PARTICLE_NAME_LEADS = frozenset("said says told asked added wrote tweeted according to by and that".split())
# An apposition opened by a relative pronoun says what someone does or did (", who advises Kasich,"), not who they are.
RELATIVE_PRONOUNS = frozenset({"who", "which", "whose"})
# … and one opened by these describes someone at another time, as a description does (", now a lobbyist,").
APPOSITION_ADVERBS = frozenset({"now", "then", "also"})
POSSESSIVE_ENDINGS = ("’s", "'s", "’", "s'")  # "Rubio’s campaign", "Sanders' comments"
ROLE_MODIFIERS = frozenset("former then longtime veteran top senior chief deputy assistant acting state federal "
                           "democratic republican conservative liberal campaign party vice retired founding managing associate "
                           "principal".split())

BREAK_PUNCT = frozenset({".", ";", ":", "?", "!", '"', "“", "”", "§", "—", "–", "(", "[", "]"})
# ", R-Ky.," or "(D-Md.)": a party and state label between a name and its verb
PARTY_LABEL = re.compile(r"^[RDI]-[A-Z][\w.]*$")
POSTAL_CODE = re.compile(r"^[A-Z]{2}$")
# The prepositions that open a place: "in Birmingham, Alabama", "Stacy Baker of Columbia, South Carolina".
LOCATIVES = frozenset("in at from near outside of".split())

# The longest description, in tokens, read between a name and its verb when the closing comma is missing.
APPOSITION_MAX_TOKENS = 20

# Words that make the noun phrase after them part of a longer phrase, never a verb's subject on their own: a
# preposition ("aide to the governor") or a conjunction inside a name ("founder of Marsh and Partners").
GOVERNING = NP_PREPOSITIONS | {"to", "by", "and", "&"}

# An apposition opening with these says where or how the words were said, not who said them:
# "Suleiman al-Amr, in remarks to al-Ikhbariya television, said", "Smith, speaking to reporters, said".
CIRCUMSTANCE_OPENERS = frozenset("in on at during via through while after before when speaking writing".split())

# Lower-case words that can end a description before a name: role nouns, a few more heads, and agent nouns by
# their ending ("front-runner", "organizer", "activist", "historian", "consultant", "resident").
# (A post's ending alone, POST_ENDINGS, leaves out "-ant" and "-ent": 'impeachment', 'statement' describe no one.)
POST_ENDINGS = ("er", "or", "ist", "ian")
AGENT_ENDINGS = POST_ENDINGS + ("ant", "ent")
# Common words that share an agent noun's ending but name no one ("former", "number", "paper"; "superior" does:
# "Vindman's superior"), and endings of nouns that name no one though "-ent" takes them ("the disappointment").
NOT_AGENT_WORDS = frozenset(
    "after other others another either neither whether rather together never ever over under later earlier former "
    "latter better bigger longer number numbers matter matters order orders center centers centre water power "
    "powers paper error errors factor factors sector sectors major minor corner border borders murder manner "
    "character chapter quarter summer winter member letter letters register answer answers cancer danger "
    "finger layer meter tower river offer offers super proper sober clever master computer "
    "monitor behavior behaviour color colour favor favour honor honour humor humour labor labour rumor rumors "
    "terror horror mirror vigor motor floor door minor indoor outdoor list lists twist exist assist insist "
    "persist resist consist christian median senior junior prior interior exterior "
    "further farther".split()
)
NOT_AGENT_ENDINGS = ("ment", "ments")
# Nouns that head a description of a person only as a compound's last word, after the noun they are master of, "the
# harbor master", "a quiz master", or before "of" and it, "the master of ceremonies" (NOT_AGENT_WORDS keeps them out
# alone or before a noun: "the master plan"), so the description is not cut to its first noun ("the harbor", an agent
# noun by its ending) (speaker_check.trim_description; before a name: speakers_after.post_lead).
COMPOUND_POST_HEADS = frozenset({"master", "masters"})
# The most words of a first post joined by "and" to a second before a name: "lead researcher and NASA scientist X"
# (speakers_after reads it after a verb, speaker_phrases before one).
FIRST_POST_MAX_WORDS = 3
# (… and the person nouns that head a described speaker, as before a verb: "said 9/11 widow Terry Strada")
DESCRIPTION_HEADS = frozenset({"boss", "fellow"}) | SPEAKER_HEADS["person"]
# Posts run up to a name that lexicon.ROLE_NOUNS (shared with the actor readers) leaves out: "said coach Ann Lee",
# "said team captain Ann Lee", "Peru coach Ann Lee said" (speakers_after.post_lead, _described_name).
NAME_POSTS = frozenset("coach captain referee umpire skipper".split())
# Every post noun the speaker readers run up to a name or read as a description's head: the shared ones and NAME_POSTS.
SPEAKER_POSTS = ROLE_NOUNS | NAME_POSTS
# A member of a parliament by its initials, lower-cased: "an Ottawa New Democrat MP", "a Labour MEP"
# (speaker_tokens.person_noun).
MEMBER_INITIALS = frozenset("mp mps mep meps msp msps mla mlas mpp mpps".split())
INSIDE_NAME = frozenset({"of", "on", "for", "and", "&"})
# … and words that end the description instead: "Cameron Easley for Morning Consult" is a name and an affiliation
NOT_DESCRIPTION = DETERMINERS | NP_PREPOSITIONS | CLAUSE_OPENERS | JOINING_PREPOSITIONS | {"to", "with", "by"}

# An introduction that hands the quotation that follows to a document's text names no speaker: "Transcript as
# follows:", "Full text of the speech:", "Read the full transcript below:", "The text of his remarks follows:".
DOCUMENT_INTRO = re.compile(
    r"^(?:(?:(?:here\s+is|here['’]s|below\s+is|following\s+is|read)\s+)?(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:(?:full|partial|complete|edited|prepared)\s+)?(?:text|transcripts?|excerpts?)\b", re.IGNORECASE)

# Adverbs that open a sentence, set off by a comma, before its subject and that subject's apposition: "Meanwhile,
# Ann Lee, a spokeswoman, said", "Still, Petrilli, who …, called". Capitalised there, such a word is no name, so the
# subject is the stretch after it. (A list, not an "-ly" rule: "Kelly, a spokeswoman, said" is a name.)
LEAD_ADVERBS = frozenset(
    "meanwhile however still moreover nevertheless nonetheless instead yet besides furthermore thus hence indeed "
    "now then again otherwise likewise similarly separately additionally finally ultimately notably specifically "
    "previously recently currently initially eventually fortunately unfortunately ironically interestingly "
    "importantly surprisingly privately publicly elsewhere afterward afterwards overall".split()
)

# The finite verb or modal that, right after "said X", makes X the subject of the reported clause ("said the
# candidate could win", "said Mr. Lee was wrong"): "said X" then is no inverted attribution, X does not speak.
REPORTED_CLAUSE_VERBS = FINITE_AUXILIARIES

# Past-tense verbs that, after a quotation and a name, say nothing was said: a report's credit line ('"We'll continue
# to fight!" CNN's Sam Stringer contributed to this report.'), read by cues._any_verb_cue.
NOT_SPEECH_VERBS = frozenset("contributed".split())

# Speech verbs whose object is the listener: right after a quotation ('…," told Fox News' after an apposition's comma)
# the name that follows them is who heard the words, never who said them, so no inverted "verb X" is read there.
LISTENER_VERBS = frozenset("told tells".split())

# A speech verb after these and before "to" is a passive instruction ("the army was told to prepare for …", "has been
# urged to"): its subject heard the words, it did not say them (cues_verbs.speech_verb_at reads no verb there);
# PASSIVE_SPEAKER_FORMS still name the speaker.
PASSIVE_AUXILIARIES = frozenset("is are was were be been being get gets got".split())
PASSIVE_SPEAKER_FORMS = frozenset("quoted".split())

# Nouns a figure counts inside a speaker phrase: "25 percent of likely voters say" (the figure opens the phrase).
COUNTED_NOUNS = frozenset({"percent"})
# Counts of a crowd that speaks as one: "Hundreds of demonstrators chanted", "Dozens of protesters shouted".
CROWD_COUNTS = frozenset("hundreds thousands dozens scores millions".split())

# Co-workers named after the speaker ("Paganini and his team wrote", "Lee and colleagues said"): the named one is who
# speaks for them, so the group after "and" is no part of the speaker (speakers.np_before).
COWORKER_GROUPS = frozenset("team colleagues co-authors coauthors collaborators co-workers coworkers researchers "
                            "staff aides".split())
COWORKER_OWNERS = frozenset("his her their the".split())

# An age written as a word ("43-year-old"): it describes a person, and may head a description ("the 43-year-old said").
AGE_ADJECTIVE = re.compile(r"\d{1,3}-year-old")
# A number that opens a post before a name ("9/11 widow Terry Strada", "2012 nominee Mitt Romney", "30-year veteran Ann
# Lee", "49ers coach Kyle Shanahan"): a word opening on a digit, its "/"-joined parts read with it ("9/11").
NUMBER_LED = re.compile(r"\d[\w’'-]*")

# Words in "-ing" that open a post, not a circumstance ("acting director", "ranking member", "visiting professor"); any
# other lower-case "-ing" word opening an apposition is a participle ("Others, reacting to the video, chanted").
POST_PARTICIPLES = frozenset("acting managing founding leading ranking outgoing incoming visiting presiding reigning "
                             "governing ruling sitting serving king sibling darling".split())

