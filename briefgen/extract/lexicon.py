"""Word lists the quote and actor rules read: speech verbs, titles, pronouns, non-actors (rules as data)."""

from __future__ import annotations

# Verbs that introduce what someone said or wrote. Each group is named so a reader can see why a
# word is here; the rules only need the union. Forms are listed in full (no stemming) so that a
# noun such as "says" in "the says of" cannot sneak in through a suffix rule.
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "say", "saying"),
    "tell": ("told", "tells", "tell", "telling"),
    "write": ("wrote", "writes", "write", "writing", "tweeted", "tweets", "posted", "posts", "posting",
              "tweeting", "blogged", "texted", "emailed"),
    "add": ("added", "adds", "adding", "continued", "continues", "continuing", "went on"),
    "ask": ("asked", "asks", "asking", "wondered", "wonders", "questioned", "queried"),
    "answer": ("replied", "replies", "responded", "responds", "answered", "answers", "retorted", "retorts",
               "countered", "counters", "shot back", "fired back", "rebutted", "rebuts"),
    "state": ("stated", "states", "declared", "declares", "announced", "announces", "proclaimed", "proclaims",
              "explained", "explains", "noted", "notes", "noting", "observed", "observes", "remarked", "remarks",
              "commented", "comments", "mused", "recalled", "recalls", "recounted", "recounts", "remembered",
              "remembers", "agrees", "muses", "pointed out", "points out", "described", "describes", "describing",
              "read", "reads", "stressed", "stresses", "emphasized", "emphasizes", "emphasised", "insisted",
              "insists", "maintained", "acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes",
              "confirmed", "repeated", "repeats", "reiterated", "reiterates", "summarized", "summarizes",
              "concluded", "concludes"),
    "argue": ("argued", "argues", "arguing", "claimed", "claims", "claiming", "contended", "contends",
              "asserted", "asserts", "suggested", "suggests", "predicted", "predicts", "speculated", "speculates",
              "reasoned", "charged", "charges", "alleged", "alleges", "accused", "accuses"),
    "warn": ("warned", "warns", "warning", "cautioned", "cautions", "threatened", "threatens",
             "vowed", "vows", "pledged", "pledges", "promised", "promises", "urged", "urges",
             "pleaded", "pleads", "begged", "begs", "demanded", "demands", "called", "calls", "calling"),
    "feel": ("complained", "complains", "lamented", "laments", "joked", "jokes", "quipped", "quips", "boasted",
             "boasts", "bragged", "brags", "exclaimed", "exclaims", "shouted", "shouts", "yelled", "yells",
             "screamed", "screams", "chanted", "sang", "sings", "cried", "gushed", "gushes", "scoffed", "scoffs",
             "sniffed", "snapped", "thundered", "thunders", "whispered", "whispers", "muttered", "mutters",
             "sighed", "laughed", "beamed", "praised", "praises", "criticized", "criticizes", "blasted", "slammed",
             "slams", "mocked", "mocks", "derided", "derides", "dismissed", "dismisses", "touted", "touts",
             "hailed", "hails"),
    "think": ("thinks", "thought", "believes", "believed", "felt", "feels", "hoped", "hopes",
              "wants", "wanted", "knows", "knew"),
    "report": ("reported", "reports", "reporting", "quoted", "quotes", "cited", "cites"),
    "react": ("reacted", "reacts", "declaring", "portraying", "lauded", "lauds", "blamed", "blames", "pondered",
              "ponders", "referenced", "testified", "testifies", "opined", "opines", "answered", "interjected",
              "interjects", "put it", "puts it", "summed up", "chimed in", "echoed", "echoes", "exhorted",
              "exhorts", "lectured", "read"),
    "label": ("dubbed", "dubs", "labeled", "labelled", "branded", "termed", "characterized", "characterizes", "likened",
              "likens"),
    # present participles: "…, insisting that", "with Trump yelling: …" (the cue rules read them as participles)
    "speaking": ("yelling", "shouting", "chanting", "insisting", "explaining", "stating", "announcing",
                 "replying", "responding", "urging", "vowing", "promising", "pledging", "predicting",
                 "suggesting", "complaining", "joking", "quipping", "boasting", "accusing", "criticizing",
                 "praising", "blasting", "slamming", "demanding", "pleading", "recalling", "acknowledging",
                 "admitting", "conceding", "stressing", "emphasizing", "asserting", "contending", "alleging",
                 "threatening", "cautioning", "touting", "lamenting", "questioning", "wondering", "countering",
                 "repeating", "reiterating", "testifying", "texting", "emailing", "declaring", "reporting"),
}
SPEECH_VERB_FORMS: frozenset[str] = frozenset(w for forms in SPEECH_VERBS.values() for w in forms)

# Narrower lists, each drawn from SPEECH_VERB_FORMS (plus "according to"), for tests that must not fire on the
# table's many verbs that are also nouns or plain verbs ("calls", "claims", "read", "thinks", "wants", "promises"):
# a sentence holding one of these is attributed to someone, whatever else it says.
# The plain reporting verbs a third person's attribution uses at a clause's end ("…, said Bolt.", "she told the court").
REPORTING_VERBS: tuple[str, ...] = ("said", "says", "added", "wrote", "told")
# Words that name a sentence's source anywhere in it (summary_lines.speaker_unknown): not "say" ("to say it was
# unexpected") nor "asked" ("I asked him", the speaker's own question).
ATTRIBUTION_VERBS: tuple[str, ...] = ("said", "says", "told", "added", "according to", "explained", "wrote",
                                      "tweeted", "insisted")
# After a quotation that opens a sentence, "asked" and "say" also name its speaker ("'Why?' asked Ms Lee", "'…,' the
# rebels say"): summary_lines.is_unattributed_quote and a caption's label.
QUOTE_SPEAKER_VERBS: tuple[str, ...] = ("said", "says", "say", "told", "added", "according to", "asked", "explained",
                                        "wrote", "tweeted", "insisted")
# Words that name the speaker of a sentence in someone's voice (timeline._unnamed_voice). It differs from
# ATTRIBUTION_VERBS by history, not by design ("recalled" in, "tweeted" out); it is kept as it is so the timeline's
# output stays the same, and merging the two is a change to measure.
VOICE_NAMING_VERBS: tuple[str, ...] = ("said", "says", "told", "added", "wrote", "according to", "explained",
                                       "insisted", "recalled")
# Verbs after which the reported clause's "he", "it" or "they" is the speaker ("Acme said it expects …"), read by
# question_namer._SAID_BEFORE (which also takes "told" with its hearer: "told reporters it …"). Narrower than the table:
# after "accused", "urged" or "praised" the pronoun is as often the verb's object, and "thinks" or "wants" report no one.
SPEAKER_PRONOUN_VERBS: tuple[str, ...] = ("said", "says", "announced", "added", "stated", "reported")
# Speech verbs that may come before their subject inside a sentence ("The paradox, says Carl Anthony, historian, is
# …", 'said Sen. Ben Cardin: "…') or opening it ("Said Comey"), read by cues. Narrower than the table: a name after
# "told", "urged" or "accused" there is the verb's object ("urged Sen. Ben Cardin:" names no speaker).
INVERTING_VERBS: tuple[str, ...] = ("said", "says", "added", "adds", "wrote", "writes", "asked", "continued",
                                    "explained", "noted")
# Verbs in a label before a colon that make it a speaker's, not a photo caption's ("Mr Jamieson said: '…'"), read by
# question_filters.
LABEL_SPEECH_VERBS: tuple[str, ...] = ("said", "says", "say", "added", "adds", "told", "tells", "asked", "asks", "wrote",
                                       "writes", "explained", "replied", "insisted", "declared", "stated")
# Verbs that answer a reported question in its own sentence ("Asked why …, he said: …"), read by question_filters.
ANSWER_VERBS: tuple[str, ...] = ("said", "says", "replied", "replies", "answered", "responded", "told")


def verb_alternation(verbs: tuple[str, ...]) -> str:
    """A regex alternation of the verbs as whole words: r"\b(?:said|says)\b"."""
    return r"\b(?:" + "|".join(verbs) + r")\b"


# Words that may stand between a subject and its speech verb: "Trump later said", "he has said".
VERB_ADVERBS: frozenset[str] = frozenset(
    "also later then again once further recently previously earlier repeatedly publicly privately "
    "reportedly frequently often has had have would will could might may did does do was is were are "
    "had long never already simply flatly bluntly quietly angrily calmly quickly often usually always "
    "sometimes frequently then really actually still clearly openly strongly firmly".split()
)

# Bare pronouns a quote's attribution may use; resolved to the last fitting named speaker.
PERSON_PRONOUNS: dict[str, str] = {"he": "male", "she": "female", "i": "self", "we": "plural", "they": "plural"}

# Quantifiers before a plural noun ("most voters", "both parties"): a subject counted so is plural.
QUANTIFIERS: frozenset[str] = frozenset("most many some few several all both".split())

# Words that begin a described (unnamed) speaker: "a spokesman", "the newspaper", "one strategist".
DETERMINERS: frozenset[str] = frozenset(
    "a an the one another two three several some many other his her their its our my your this these those "
    "both each".split()
)

# Words that end a noun phrase scanned backwards from a verb: clause openers and conjunctions.
NP_BREAKERS: frozenset[str] = frozenset(
    "that which who whom whose and but or nor because when while where if so since after before as "
    "though although than until unless what how why whether not also said says told to is was were are "
    "be been being has have had do does did will would can could should may might must me him us them you "
    "let".split()
)

# Prepositions that may join a head noun and its modifier inside a speaker: "expert at the Council".
NP_PREPOSITIONS: frozenset[str] = frozenset("of at for from with in on to".split())

# Titles that precede a name; the longest match wins, and the title becomes the role.
PERSON_TITLES: tuple[str, ...] = (
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister",
    "Defense Minister", "Defence Minister", "Finance Minister", "Interior Minister", "Minister",
    "Secretary of State", "Defense Secretary", "Secretary", "Chancellor", "Senator", "Sen.", "Sens.",
    "Representative", "Rep.", "Reps.", "Del.", "Delegate", "Congressman", "Congresswoman", "Governor", "Gov.", "Lt. Gov.",
    "Mayor", "Speaker", "House Speaker", "Majority Leader", "Minority Leader", "Leader", "Chairman",
    "Majority Whip", "Minority Whip", "Whip",
    "Chairwoman", "Chair", "King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Sheikh",
    "Ayatollah", "Supreme Leader", "General", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.",
    "Admiral", "Commander", "Judge", "Justice", "Chief Justice", "Attorney General", "Ambassador",
    "Director", "Dr.", "Mr.", "Mrs.", "Ms.", "Miss", "Sir", "Dame", "Lord", "Lady", "Rev.", "Father",
    "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Professor", "Prof.", "Coach", "Chief",
    "Spokesman", "Spokeswoman", "Candidate", "Nominee", "Former", "former", "Presidential",
    "Democratic", "Republican", "GOP", "Sen", "Rep", "Gov", "Dr", "Mr", "Mrs", "Ms",
    # ranks as British style writes them, without a dot ("Lt Col Alexander Vindman", "Sgt Jane Roe")
    "Lt Col", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm",
)
TITLE_WORDS: frozenset[str] = frozenset(w for t in PERSON_TITLES for w in t.split())
# Plural titles before a list of names ("Sens. Robert Menendez, Joe Manchin …"), and the title each of them holds.
SINGULAR_TITLES: dict[str, str] = {
    "Sens.": "Sen.", "Reps.": "Rep.", "Govs.": "Gov.", "Drs.": "Dr.", "Profs.": "Prof.", "Sens": "Sen", "Reps": "Rep",
    "Govs": "Gov", "Drs": "Dr", "Senators": "Senator", "Representatives": "Representative", "Governors": "Governor",
    "Justices": "Justice",
}
# Titles written abbreviated with a dot that ends no sentence ("Sen.", "Lt.", "Dr.").
ABBREVIATED_TITLES: tuple[str, ...] = (
    "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Gen", "Col", "Sgt", "Capt", "Maj", "Adm", "Dr", "Mr", "Mrs", "Ms", "St",
    "Rev", "Prof", "Jr", "Sr", "Atty", "Supt", "Pres", "Amb",
)

# Lower-case words that describe a speaker's role when they precede a name: "Republican candidate
# Donald Trump", "campaign manager Kellyanne Conway". Also heads of described speakers.
ROLE_NOUNS: frozenset[str] = frozenset(
    "president minister secretary senator congressman congresswoman representative governor mayor "
    "leader chairman chairwoman chair spokesman spokeswoman spokesperson candidate nominee hopeful "
    "adviser advisor aide official officials manager director strategist analyst expert professor "
    "administrator economist lawyer attorney judge justice ambassador envoy diplomat general commander chief ceo "
    "founder co-founder executive host anchor reporter correspondent columnist writer author editor "
    "pollster researcher scientist activist organizer supporter voter voters resident residents "
    "member members delegate delegates lawmaker lawmakers legislator consultant operative staffer "
    "surrogate campaign office statement spokesmen sources source insider insiders observer "
    "critic critics opponent opponents rival challenger incumbent owner worker student teacher "
    "officer police prosecutor prosecutors investigator investigators witness doctor historian "
    # plurals that speak as a group ("Former royal PR aides called it …", "analysts said")
    "aides advisers advisors analysts experts economists lawyers attorneys strategists activists diplomats "
    "researchers scientists executives doctors historians".split()
)

# Capitalised words that are never an actor's name on their own (sentence openers, calendar words).
# Lower-case particles inside personal names: "Kengo wa Dondo", "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES: frozenset[str] = frozenset(
    "wa de da di du del della der den van von bin ibn al el le la ter dos das".split()
)
# The same particles written onto the name with a hyphen: "al-Assad", "el-Sisi", "bin-Laden", "Abd al-Aziz".
HYPHENATED_PARTICLES: frozenset[str] = frozenset("al el ad ar as ash at az bin ibn abu abd ul ud ur".split())

CALENDAR_WORDS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december today yesterday tomorrow tonight".split()
)

# Finite auxiliaries and modals: after a name and its comma they make the words a clause, no description
# (actor_titles._FINITE: "Trump, the race was neck-and-neck"); after "said X" they make X the reported clause's
# subject (speaker_words.REPORTED_CLAUSE_VERBS).
FINITE_AUXILIARIES: frozenset[str] = frozenset(
    "is are was were has have had will would can could should may might must does did do".split())

# Lower-case nouns that can head a described speaker ("the group", "a longtime friend", "the memo"), beside
# ROLE_NOUNS and agent nouns by their ending (see speaker_check). A description whose words hold none of them
# ("His standing", "the past", "The religious test") is not someone who speaks.
SPEAKER_HEADS: dict[str, frozenset[str]] = {
    "person": frozenset(
        "man men woman women person people head persons friend friends wife husband mother father son daughter "
        "child children boy girl guy colleague colleagues partner neighbor neighbour crowd audience audiences "
        "protesters spectators attendee attendees citizens businessman businesswoman mogul tycoon billionaire "
        "millionaire surgeon neurosurgeon physician veteran veterans graduate confidant confidante ally allies "
        "impostor look-alike narrator moderator questioner commenter user users blogger employee employees "
        "assistant resident residents student students participant immigrant immigrants defendant plaintiff "
        "relative relatives parent parents family families survivor survivors victim victims fan fans "
        "delegation nominees candidates panelists panelist guest guests host voice voice-over cleric "
        "brother brothers sister sisters nephew niece cousin uncle aunt grandson granddaughter grandmother "
        "grandfather widow widower fiance fiancee girlfriend boyfriend".split()),
    "institution": frozenset(
        "board group groups company companies firm firms commission committee council agency agencies association "
        "department ministry administration organization organisation union unions team campaign office "
        "government party army military service outlet newspaper paper tabloid magazine network publication "
        "website site station channel court panel coalition alliance movement foundation institute "
        "embassy bank police church school university college hospital club state city county town "
        "caucus chamber legislature parliament senate house bureau regime spokesperson".split()),
    "document": frozenset(
        "report reports email e-mail emails letter letters ad ads advertisement commercial spot memo memorandum "
        "document documents lawsuit suit complaint filing release statement statements editorial column "
        "article piece book passage transcript message messages tweet tweets post readout summary footnote "
        "petition bylaws ruling opinion decision order verdict page headline sign signs banner poll polls "
        "survey study analysis audit assessment review investigation account photo clip video film movie documentary "
        "copy card note notice text cable draft letterhead "
        "guidance manual policy platform resolution bill law constitution agreement indictment affidavit "
        "brief motion testimony speech remarks script caption label".split()),
}
# Documents that carry their owner's own words: "Cornyn's statement added, '…'" is Cornyn speaking in a statement
# (speaker_check.document_owner). Not the bodies that speak for someone ("Netanyahu's office" stays the office),
# nor papers others write about someone ("Trump's indictment", "Clinton's emails" as evidence).
OWNED_DOCUMENTS: frozenset[str] = frozenset(
    "statement statements letter letters email e-mail tweet tweets post posts message messages memo memorandum note "
    "remarks speech testimony affidavit editorial column op-ed blog essay book memoir brief release".split())

SPEAKER_HEAD_WORDS: frozenset[str] = frozenset(w for words in SPEAKER_HEADS.values() for w in words)

# Given names whose bearer is nearly always a man or a woman in English-language news, so that "she said" does not
# resolve to "Rush Limbaugh". A name missing here leaves the gender unknown, which any pronoun may take; names given
# to men and women alike (Kim, Jan, Jean, Leslie, Lynn, Tracy, Jackie, Lindsey, Sandy) are left out on purpose.
GIVEN_NAMES: dict[str, frozenset[str]] = {
    "he": frozenset(
        "aaron adam adrian ahmed al alan albert alex alexander ali allen andrew andy anthony antonin arnold art arthur "
        "barack barney barry ben benjamin bernie bernard bill billy bob bobby boris brad bradley brandon brendan brian "
        "bruce bryan carl carlos chad charles charlie chris christopher chuck clarence clark claude colin craig cory "
        "dan daniel danny darrell dave david dean dennis dick don donald doug douglas duncan dwight earl ed eddie "
        "edward eric ernest eugene evan francis frank franklin fred frederick gary gene george gerald glenn gordon "
        "grant greg gregory hank harold harry harvey henry herbert howard hugh ian isaac jack jacob jake james "
        "jared jason jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose "
        "joseph josh joshua juan justin karl keith ken kenneth kevin kirk kurt larry lawrence leon louis "
        "luis luke lyndon marco mario mark martin matt matthew max michael mickey miguel mike mitch mitt mohammed "
        "muhammad nathan neil newt nicholas nick nigel noah norman oliver omar orrin oscar patrick paul pedro "
        "pete peter phil philip ralph randy ray raymond reince richard rick rob robert roberto roger ron ronald ross "
        "roy rudy rush russell ryan sam samuel scott sean sergei seth sherrod stanley stephen steve steven stuart "
        "ted thomas tim timothy todd tom tommy tony travis trey tyler vernon victor vince vincent vladimir "
        "wade walter warren wayne william willie xi zach zachary".split()),
    "she": frozenset(
        "abigail alice alicia alison allison amanda amy ana andrea angela angelique ann anna anne annie barbara "
        "becky beth betsy betty beverly bonnie brenda bridget brittany camila carly carla carol caroline carolyn "
        "catherine cathy cecile charlotte chelsea cheryl christina christine cindy claire claudia colleen connie "
        "cynthia dawn debbie deborah debra denise diana diane donna doris dorothy edith eileen elaine eleanor "
        "elena elisabeth elizabeth ellen emily emma erica erin eva evelyn frances gail gina gloria grace gwen hannah "
        "heather heidi helen hillary holly huma irene ivana ivanka jacqueline jane janet janice "
        "jeanne jennifer jessica jill joan joanne jodi joni joy joyce judith judy julia julie karen kate katherine "
        "kathleen kathy katie katy kay kayleigh kellyanne kelly kimberly kirsten kristen laura lauren "
        "linda lisa lois lori lorraine louise lucy madeleine maggie marcia margaret maria marie marilyn "
        "marjorie martha mary maxine megan megyn melania melanie melissa michele michelle mindy miriam molly monica "
        "nancy natalie nicole nikki nina nora olivia pam pamela patricia patty paula peggy penny rachel rebecca "
        "regina rita roberta rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley "
        "sonia stephanie sue susan suzanne sylvia tammy tanya teresa theresa tina valerie vanessa veronica "
        "victoria virginia wanda wendy yvonne zoe".split()),
}

# Given names borne by men and women alike, left out of GIVEN_NAMES (no he/she from them) but still a sign
# that a name is a person's ("Leslie Stahl" read as an organisation).
UNISEX_GIVEN_NAMES: frozenset[str] = frozenset(
    "kim jan jean leslie lynn tracy jackie lindsey sandy robin terry pat chris kelly jordan taylor morgan "
    "casey jamie alexis dana".split()
)

# Given names that are also places' names ("Paris Hilton", "Sydney Sweeney", "Jordan Peterson"): NER reads the
# bearer as the place. Not a sign of a person alone ("Paris Saint-Germain", "Dallas Cowboys", "Georgia Tech"), but
# with one (a speech verb after the name) the name is a person's, not a place's or a body's.
PLACE_GIVEN_NAMES: frozenset[str] = frozenset(
    "paris sydney florence georgia savannah madison brooklyn chelsea victoria charlotte virginia carolina kenya "
    "india asia africa aurora sierra dakota jordan austin dallas houston lincoln tyrone chester clifton orlando "
    "denver phoenix israel cleveland sheridan eugene raleigh jackson memphis trenton berlin".split()
)

# The states of the United States (and D.C.): "in Birmingham, Alabama, on Saturday" names a place, not a speaker.
US_STATES: frozenset[str] = frozenset(s.lower() for s in (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "D.C.", "Calif.", "Fla.", "Ky.",
    "Tex.", "Mass.", "Ariz.", "Ill.", "Penn.", "Pa.", "Wash.", "Conn.", "Md.", "Va.", "Ga.", "Ala.", "Mich.",
    "Minn.", "Wis.", "Ore.", "Colo.", "Okla.", "Nev.", "Tenn.", "La.", "Miss.", "Mo.", "N.C.", "S.C.", "N.H.",
    "N.J.", "N.Y.", "N.M.", "Iowa", "Ind.", "Kan.", "Neb.", "Ark.", "Del.", "Vt.", "W.Va.", "Wyo.", "Mont.",
))

# Words of a label before a colon that name no speaker: a page's or an editor's furniture ("Update:", "Editor's
# note:", "Above:", "Related:"). Quote attribution (speaker_labels.cue_label) and transcripts (transcript.py) both read labels.
NOT_SPEAKER_LABEL_WORDS = frozenset("""
update updates updated breaking exclusive note ed editor editors editor's correction corrections clarification
related watch read listen see more also video videos photo photos image images pictured caption credit credits
above below top left right source sources quote quotes excerpt statement transcript headline question answer q a
tweet translation advertisement background context analysis disclosure disclaimer warning tags topics share follow
summary posted opinion
""".split())
