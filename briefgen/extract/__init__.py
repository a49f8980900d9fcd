"""Extraction stages: each takes a cleaned Article and returns part of a Briefing.

Code map (read this first). briefgen.brief.make_briefing runs the stages in this order:
quotes → language → actors (then each quote's speaker is linked to its actor) → key quotes →
summary and key points → open questions → timeline. Each family below opens with its entry
point; the rest of the family serves it. Module names mislead in places, so trust this map
over a prefix: cues_* and speaker_* belong to the quotes, date_* and event_* to the timeline,
and some modules serve several stages (the last group). tests/test_code_map.py keeps the map
whole: a new module needs a line here.

Quotes: who said what (entry: quotes.extract_quotes; quote_choice.key_quotes picks the six shown)
    quotes                  entry: find quotations in paragraphs and attribute them to speakers
    quote_marks             pair quotation marks into quoted passages; split narration into sentences
    quote_furniture         text in marks that is no one's words (the publisher's lines)
    transcript              an interview's quotes: paragraphs opened by a speaker's label
    cues                    read the speaker from the narration after, before or around a quote
    cues_according          "according to X", "in a statement released by X"
    cues_clauses            the clause a quote sits in: '"…," as Doocy said', a main clause's reporter
    cues_subject            a clause's subject read as the one speaking
    cues_participle         who says a participle after a subordinate clause: the people it describes acting
    cues_verbs              which word is the speech verb ("said", "pointed out"), not a noun ("his remarks")
    speakers                the speaker in the words before a speech verb ("X said"); the Cue type
    speakers_after          the speaker in the words after a speech verb ("said X", "said pollster X of Y")
    speaker_gap             the words between a speaker and its verb: adverbs, time words, "has", "can be heard"
    speaker_tokens          words around a quote as tokens; a name told from its title
    speaker_words           word tables the speaker scanners read
    speaker_shapes          shapes of the words beside a name: apposition, post and body, hometown
    speaker_phrases         phrases beside a name that are no part of it (co-workers, a second post)
    speaker_relative        the speaker of ", who said …": the relative clause's antecedent
    speaker_labels          a label before a colon as speaker ("PENCE: …")
    speaker_check           a found phrase must be able to speak: a person, body or document
    quote_pronouns          "he", "she", "I" read as the person they point to
    quote_groups            who "they" may be: a pair, a family, a described group
    quote_passive           a passive subject ("were granted …") is no speaker
    quote_repeats           the same words quoted twice are one speaker's
    quote_context           where or how a quote was said ("told Axios on Tuesday")
    quote_roles             a speaker's role taken from the narration about the same person
    quote_choice            the key quotes a page shows: informative, main actors, a spread of speakers

Language (entry: language.detect_language; a text not in English gets no actors, questions or timeline)
    language                which language a text reads as: scripts and common function words

Actors: who is involved (entry: actors.extract_actors, then actors.link_speakers)
  Flow: nlp (spaCy NER) → actor_mentions (typed mentions) → actor_merge (one cluster per actor) → actors.
  Finding names NER missed or cut:
    actors                  entry: the people, bodies, states and groups, merged per actor, most mentioned first
    actor_mentions          typed name mentions from paragraphs and their NER entities (calls the modules below)
    actor_names             surface forms of names: cleaning, trimming, split names joined
    actor_labels            the people an interview's speaker labels name
    actor_article_names     what the whole article tells about its names (bodies, places, site names)
    actor_spans             organisation spans NER misses or cuts; a name run across a sentence end
    actor_cut_names         a person's name NER cut short, made whole
    actor_joined_bodies     one body's name with "and"/"for" inside that NER cut in two
    actor_pairs             two names NER read as one across "and", split
    actor_wrapped           a name a hard line break cut in two
    actor_lines             texts whose capitals mark no names: all caps, Title Case headlines
    actor_lists             names in one list are of one kind
    actor_captions          a place's name a photo caption runs into a person's name
    actor_signoff           a wire story's by-line and sign-off: the reporter and the desk
    actor_lineups           players a sports report lists
    actor_results           teams in a results table's lines
    actor_scorecards        players in a cricket scorecard
    actor_team_names        a team's name NER cut or missed: town plus nickname
    bibliography            a reading list's entry: its authors, not its title's words
  Typing a mention (ordered named rules; actor_types is the list):
    actor_types             a mention's type: the NER label corrected by named rules
    actor_type_rule         a type rule's shape: a named test and its outcome
    actor_candidate         a name NER found, its sentence, and the tests the type rules use
    actor_around            words around a name the type rules read
    mention_context         words around a name that tell its kind (publication, body, sentence opening)
    actor_shapes            evidence beyond the name's words: a matchup, a city then its state, a dateline
    actor_relations         kin and counsel only people have ("the wife of X")
    actor_non_actors        the first type rules: names that are no actors
    actor_not_names         capitalised words that name no actor: posts, labels, ideas
    actor_common_words      English common words: a sentence's first word is no name
    actor_products          products, missions, works and storms: no actors
    actor_listed_works      names listed after a kind of work ("films such as …"): works
    actor_teams             sports clubs and teams, which NER reads as people or places
    actor_report_clubs      tests that read a name as a club, nickname or ground
    actor_states            states and landmark places NER missed; a name two states share
    actor_senses            a name a US state shares with a city: which one is meant
    actor_words             word tables the type rules read
  Merging and roles:
    actor_merge             merge mentions into one cluster per real-world actor
    actor_name_forms        one person's name written several ways (Jr, initials, middle name)
    actor_surnames          a bare surname several people bear: which one
    actor_titles            a title before a name and the description after it: the role
    actor_roles             an actor's best role; "the president" as its holder's mention
    publisher               the publisher or its interviewer: no actor of the news

Summary and key points (entry: summary.summarize; lead_title mends a title cut from the lead)
    summary                 entry: rank sentences; pick the summary and key points
    summary_key_points      the key points: best sentences the summary leaves out
    summary_interview       an interview's summary: its introduction or first question and answer
    summary_lines           tests on one sentence: can it stand alone, whose words is it
    lead_title              a headline-like title made from the lead sentence

Open questions (entry: questions.extract_questions)
  Flow: hedges score a sentence → question_templates phrase it → rules and the tagger drop broken ones.
    questions               entry: the questions an article leaves open, each on its sentence
    hedges                  uncertainty cues with weights
    question_templates      templates: a named pattern and the builder that phrases it
    question_builders       builders for questions about a clause's own subject
    question_phrases        builders about a noun phrase or a condition ("what happens if …")
    question_clauses        a clause's subject; a clause inverted into a question
    question_grammar        English helpers: base verbs, subjects, clause trimming
    question_conditions     a condition put back in the present ("if she won" → "if she wins")
    question_rules          what a question must not be, when a clause is not open; `finish`
    question_cuts           where cutting a predicate short loses its point
    question_ends           question ends that show a phrase was cut
    question_filters        what a question must not rest on: captions, notices, opinions
    question_norms          a "should" that tells what ought to be: no question
    question_settled        a modal telling what was so or allowed: no question
    question_namer          name a question's subject: whom a pronoun stands for
    question_namer_tables   the namer's tables: pronouns, speakers' verbs, plural heads
    question_mentions       where the article names its actors, for the namer
    question_tags           part-of-speech rules: the tagger shows a question is broken
    question_tag_reading    where a tagged question's verbs and noun phrases are
    question_tag_sets       tag sets and word lists the part-of-speech rules share

Timeline (entry: timeline.extract_timeline)
  Flow: date_rules find dates → each date's event is cut by event_text → timeline_* drop non-events.
    timeline                entry: dated events, relative dates resolved against the article's date
    date_rules              date expressions as named patterns and how each resolves
    date_restated           a month's day named again without its year
    date_captions           photo captions around dates
    event_text              the one-line event a date belongs to
    event_parts             a long sentence's parts and which lean on the one before
    event_relative          a date in a relative clause, told as the name's
    timeline_tense          whether a date lies ahead or behind, from the verbs near it
    timeline_deictic        whether "today", "tomorrow" … name a day
    timeline_clauses        an opening "While …" clause; a supposition's date
    timeline_openings       a year opening a sentence that frames no event
    timeline_occasions      whether an occasion with its year dates its sentence
    timeline_projections    a later year in a projection: no event
    timeline_quotes         quotations across sentences: dated attributions
    timeline_stories        two dates of one story make one event
    timeline_verbs          whether a sentence may hold a finite verb
    timeline_marks          quotation marks balanced in a cut event
    timeline_prompts        sentences addressing the reader (also read by the key points)

Shared by several stages (also by readers and cleaning)
    nlp                     load spaCy once: the NER (actors) and the tagger (questions)
    sentences               split text into sentences
    lexicon                 shared word lists: speech verbs, titles, pronouns
    gazetteer               read the data/*.tsv tables: states, demonyms, groups, given names
    names                   actor_key: one stable slug per real-world actor
    persons                 the people an article names, with a gender when told (for he/she)
    captions                what marks a photo caption: one table, two levels of certainty
"""
