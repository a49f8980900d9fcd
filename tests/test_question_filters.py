"""Open questions: each rule that keeps a question off a caption, an opinion, a settled clause or a wrong name."""

from __future__ import annotations

import pytest

from briefgen.extract.question_filters import ANSWERED_ASKING, headline_paragraphs, is_advice, is_notice, run_on_pieces
from briefgen.extract.question_rules import finish, unplaceable_subject
from briefgen.extract.questions import extract_questions
from briefgen.model import Actor, Article, Paragraph


def _questions(*paragraphs: str, actors: tuple[Actor, ...] = ()) -> list[str]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return [q.question for q in extract_questions(article, actors)]


@pytest.mark.parametrize(("sentence", "pieces"), [
    # a caption's label and a photo position split the run-on; the caption pieces go
    ("The club may sell the striker this summer Injured: Smith (left) limps off the pitch",
     ["The club may sell the striker this summer"]),
    ("The keeper could leave this summer Brown, pictured, saved a penalty", []),  # no seam: all of it is caption
    ("Special offer: Myer stores will sell the doll for $3", []),
    ("Andrew Westphal: We expect the particles will be small.", ["Andrew Westphal: We expect the particles will be small."]),
    # no caption marker: the sentence stays whole, a speaker's label included
    ("Mr Jones said: 'We may appeal the ruling.'", ["Mr Jones said: 'We may appeal the ruling.'"]),
    ("Schumer tweeted: “We may win the seat.”", ["Schumer tweeted: “We may win the seat.”"]),
    # any aside that points into a photo marks a caption piece
    ("The council may close the road Traffic: Cars queue on the bridge (file picture)",
     ["The council may close the road"]),
    ("The deal could close in May, analysts said.", ["The deal could close in May, analysts said."]),
])
def test_run_on_pieces(sentence: str, pieces: list[str]) -> None:
    assert [piece for _, piece in run_on_pieces(sentence)] == pieces


@pytest.mark.parametrize(("sentence", "notice"), [
    ("Additional information will be provided as it becomes available.", True),
    ("This story will be updated.", True),
    ("More details would follow on Friday, the minister said.", False),
    ("We asked the council for comment and will update this story if it responds.", True),
    ("The board will update the plan if the budget changes.", False),
])
def test_notices(sentence: str, notice: bool) -> None:
    assert is_notice(sentence) is notice


@pytest.mark.parametrize(("sentence", "advice"), [
    ("If you own an older charger, the new adapter will probably work with it.", True),
    ("So if you keep practising, the results are going to come.", True),
    ("“If you miss the bus, there may be a taxi,” the driver said.", True),
    ("We have a simple rule: if you think the map could be better, please fix it.", True),
    ("The problem, if you are a shareholder, is that the firm may cut its dividend.", False),
    ("The firm may cut its dividend if sales fall.", False),
])
def test_reader_advice(sentence: str, advice: bool) -> None:
    assert is_advice(sentence) is advice


@pytest.mark.parametrize(("text", "answered"), [
    ("Asked why he was at the scene, the driver said he was lost.", True),
    ("Asked why he was at the scene, the driver said he would not comment.", False),
    ("Asked why he was at the scene, the driver shrugged.", False),
])
def test_answered_asking(text: str, answered: bool) -> None:
    assert bool(ANSWERED_ASKING.match(text)) is answered


# (rule, sentence, the questions asked): each rule once where it holds and once where it must not
CONTEXT_CASES = [
    ("first-person opinion", "'I think the horse is quite clever,' the trainer said.", []),
    ("first-person opinion, not", "Analysts believe the horse is likely to win.", ["Will the horse win?"]),
    ("first-person forecast", "'I think this time the horse will win the race,' the trainer said.",
     ["Will the horse win the race?"]),
    ("granted", "Whilst the panel accepts that the teacher may have felt under pressure, that cannot excuse it.", []),
    ("granted doubt", "The striker admits that he isn't sure if the club will renew the deal.",
     ["Will the club renew the deal?"]),
    ("granted, not", "The panel said the teacher may have felt under pressure.",
     ["Has the teacher felt under pressure?"]),
    ("hard to believe", "It is hard to believe that the bridge is fifty years old.", []),
    ("hard to believe, not", "Engineers believe that the bridge is unsafe.", ["Is the bridge unsafe?"]),
    ("marvelled-at fact", "'It is incredible that such a small club could beat the champions,' the coach said.", []),
    ("marvelled-at fact", "It is simply shameful that the council refuses to publish the audit.", []),
    ("marvelled-at fact, a fear inside", "It is astounding that the prince went ahead with the talk despite advice, "
     "for fear that the fiasco would inflict disaster on the family.", ["Will the fiasco inflict disaster on the family?"]),
    ("marvelled-at fact, not", "'It is possible that such a small club could beat the champions,' the coach said.",
     ["Will such a small club beat the champions?"]),
    ("reader finds out", "The lockers are colour-coded so you know if the tall ones need a coin.", []),
    ("reader finds out", "A small gauge lets you see whether the tank needs more water.", []),
    ("reader finds out, not", "\"You never know if the tank needs more water,\" said the farmer.",
     ["Does the tank need more water?"]),
    ("reader finds out, not", "Engineers do not know whether the tank needs more water.",
     ["Does the tank need more water?"]),
    ("belief given up", "'I used to believe the canal would become a trade route, but the tolls killed that,' she said.",
     []),
    ("belief given up", "Doctors at first thought the swelling might be an allergy.", []),
    ("belief given up", "The owners originally expected the mill would reopen in spring.", []),
    ("belief given up, not", "The owners expect the mill will reopen in spring.", ["Will the mill reopen in spring?"]),
    ("belief given up, not past a comma", "Once thought to be lost, the painting may go on show in June.",
     ["Will the painting go on show in June?"]),
    ("pull-quote topic", "\"We have the port and the people.\" — Mayor Lind, on whether the new bridge will hurt trade.",
     []),
    ("pull-quote topic, not", "Mayor Lind was asked on Monday whether the new bridge will hurt trade.",
     ["Will the new bridge hurt trade?"]),
    ("past date", "By 1929, the arrows could direct flights across the country.", []),
    ("past date, not", "By next year, the arrows could direct flights across the country.",
     ["Will the arrows direct flights across the country?"]),
    ("time clause", "She has played since she could walk.", []),
    ("time clause, not", "Doctors said the patient could walk again by June.", ["Will the patient walk again by June?"]),
    ("comparison", "The champion appears to be driving as close to perfection as can possibly be achieved.", []),
    ("place clause", "The party had a room where guests could wear a wig.", []),
    ("can", "Members can vote online.", []),
    # only the modal's own "not" negates it, not one later in the predicate
    ("can, a later not", "The fever can be fatal in half of the children infected if not treated quickly.", []),
    ("can never", "Critics worry that the old bridge can never be fully repaired after the flood.",
     ["Will the old bridge be fully repaired after the flood?"]),
    ("can under a belief", "The captain believes the club can catch the leaders.", ["Can the club catch the leaders?"]),
    ("can under a saying", "The coach says the side can win the league if the captain stays fit.",
     ["Will the side win the league if the captain stays fit?"]),
    ("can, not", "Members could vote online next year.", ["Will members vote online next year?"]),
    ("request", "She went next door to ask whether the neighbour would mind turning the music down.", []),
    ("so far is no subject", "The winger, who has so far rejected a new contract offer, is wanted by Chelsea.", []),
    ("idiom", "The trainer said the owner could not be happier with the horse.", []),
    ("counterfactual if", "The pensioner fears the man could have been attacked if his dog had not been there.", []),
    ("counterfactual, not", "Police said the victim could have been attacked by a dog.",
     ["Has the victim been attacked by a dog?"]),
    ("should have known", "The manager should have known better than to speak.", []),
    ("fear as a noun", "A pensioner is living in fear after his dog saved him.", []),
    ("fear as a verb", "Neighbours fear the dog will attack again.", ["Will the dog attack again?"]),
    ("past reputation", "He fell from favour after the 1990s, when the boxer was widely regarded as the best.", []),
    ("present reputation", "The boxer is widely regarded as the best in the world.",
     ["Is the boxer the best in the world?"]),
    ("denial", "The minister dismissed reports that the talks had stalled over money.", []),
    ("refusal", "The union rejected the latest pay offer from the company.",
     ["Will the union accept the latest pay offer from the company?"]),
    ("whether-or, no matter", "Whether the couple is married or not, the rules apply.", []),
    # opposites that cover every case: the clause holds either way
    ("whether-or, either way", "The heater keeps the cabin warm whether the roof is up or down.", []),
    ("whether-or, either way 2", "The ferry sails at noon whether it is wet or dry.", []),
    ("whether-or, either way, not", "The council will decide whether the old pier should be rebuilt or torn down.",
     ["Will the old pier be rebuilt or torn down?"]),
    # (the modal's question stays; no "Will there be 20,000 workers call in sick?")
    ("expected as adjective", "Losses could top $7 million if an expected 20,000 workers call in sick.",
     ["Will losses top $7 million if an expected 20,000 workers call in sick?"]),
    ("wish in a condition", "It would be nice if a German coach would take the job.", []),
    ("past in a condition", "The jockey would ride the horse himself if he got luck in the first mile.", []),
    ("supposition", "The pundit claimed the club would be relegated if there were ten games left.", []),
    ("real condition", "The pundit claimed the club would be relegated if it loses on Saturday.",
     ["Will the club be relegated if it loses on Saturday?"]),
    ("institutional we", "'We believe there was a struggle for the gun,' the sheriff said.",
     ["Was there a struggle for the gun?"]),
    ("reduced condition", "Doctors warned of symptoms if given to a healthy person undiluted.", []),
    ("nobody in a condition", "If one doesn't play, another will.", []),
    ("effort", "The club itself is trying to be as positive as possible.", []),
    ("effort, not", "The club may be as strong as ever next season.", ["Will the club be as strong as ever next season?"]),
    ("condition, not", "The union warned of strikes if the talks fail.", ["What happens if the talks fail?"]),
    ("would after a real condition", "If the talks fail, Iran would retaliate.", ["Will Iran retaliate?"]),
    # CONDITION_ANSWERED: an outcome told to the reader ("you") is advice, no open question
    ("outcome told to the reader", "The operator warned of long queues for your cars if the strike goes ahead.", []),
    ("outcome told to the reader, you", "If the ferry is cancelled, you will get a refund.", []),
    # READER_ADVICE: a sentence opening on a condition put to the reader asks nothing
    ("condition put to the reader", "If you own an older charger, the new adapter will probably work with it.", []),
    ("reader inside the sentence", "The problem, if you are a shareholder, is that the firm may cut its dividend.",
     ["Will the firm cut its dividend?"]),
    ("condition, no reader", "The operator warned of long queues if the strike goes ahead.",
     ["What happens if the strike goes ahead?"]),
    # "especially if", like "even if": the outcome holds anyway, the condition only adds to it
    ("especially if", "The growers warned of losses, especially if the frost comes early.", []),
    ("condition, not especially", "The growers warned of losses if the frost comes early.",
     ["What happens if the frost comes early?"]),
    ("particularly if", "The growers warned of losses, particularly if the harvest fails in the south.", []),
]


@pytest.mark.parametrize(("name", "sentence", "expected"), CONTEXT_CASES, ids=[c[0] for c in CONTEXT_CASES])
def test_clause_rules(name: str, sentence: str, expected: list[str]) -> None:
    assert _questions(sentence) == expected


PHRASING_CASES = [
    ("as many as", "The charity believes as many as one in five restaurants are selling the soup.",
     "Are as many as one in five restaurants selling the soup?"),
    ("a number after and", "There are 12 million migrants in the country and 70,000 more are expected to cross the "
     "border this year.", "Will 70,000 more cross the border this year?"),
    ("could asks what will happen", "Analysts wondered whether the bank could raise rates.", "Will the bank raise rates?"),
    ("would like to", "Reporters asked whether Ms Reeves would like to stand for the leadership.",
     "Will Ms Reeves stand for the leadership?"),
    ("wh-word as subject", "It is not clear who had the gun at that point.", "Who had the gun at that point?"),
    ("not yet clear if", "The game is on, but it is not yet clear if the two players will be available.",
     "Will the two players be available?"),
    ("aux, now, reportedly", "The actress is now reportedly engaged to a director.",
     "Is the actress engaged to a director?"),
    ("until a date", "The team won't have their new car until June.", "Will the team have their new car by June?"),
    ("until a condition", "Construction won't resume until demand recovers.",
     "Will construction resume once demand recovers?"),
    ("perfect with a past date", "The doctor is alleged to have touched the nurses in 2013.",
     "Did the doctor touch the nurses in 2013?"),
    ("perfect without one", "The doctor is alleged to have touched the nurses.", "Has the doctor touched the nurses?"),
    ("present state believed", "The agency estimated that the country loses $3 billion a year.",
     "Does the country lose $3 billion a year?"),
    ("adverbs grading a modal", "The reaction could very well have been a result of stress.",
     "Has the reaction been a result of stress?"),
    ("a state after could be", "Rescuers fear 400 migrants could be missing at sea.", "Are 400 migrants missing at sea?"),
    ("women are plural", "Women in politics appear to be more open.", "Are women in politics more open?"),
    ("most are plural", "Most of the migrants appear to be women.", "Are most of the migrants women?"),
    ("capitalised common noun", "Clients may worry about the smell of the clinic.",
     "Will clients worry about the smell of the clinic?"),
    ("even before the verb", "The employee even threatens to make the video public.",
     "Will the employee make the video public?"),
    # "that" before an anaphoric count noun is its determiner (ANAPHORIC_NOUNS); before a mass noun, a conjunction
    ("that as a determiner", "The Greek Orthodox Church estimates that number is closer to 40,000.",
     "Is the number closer to 40,000?"),
    ("that before a subject", "Lt. Craig Martinez said that process could take several weeks.",
     "Will the process take several weeks?"),
    ("that as a conjunction", "Officials believe that peace could be near.", "Will peace be near?"),
    # a quantifier opening the sentence loses its capital
    # a "that" inside the span before the auxiliary opens the clause; "that" after a preposition is no relative
    ("that after an adverb", "You want to believe again that wages can rise, the senator said.", "Can wages rise?"),
    ("that as a preposition's object", "\"The lingering cost of that could be high,\" said the adviser.", None),
    ("relative after a particle", "Jim Bennett told a voter passing by who seemed to be confused at the sight of the "
     "pair.", "Was the voter passing by confused at the sight of the pair?"),
    # a counterfactual with an adverb inside its perfect
    ("would have probably", "An absence of action by NATO would have probably turned Libya into Syria.", None),
    # a modal whose verb is the sentence before's gives nothing
    ("elliptical modal", "John Kasich did not win Tuesday, but he might in some upcoming primaries.", None),
    ("capitalised quantifier", "Almost 1,000 people may have been killed in the strikes.",
     "Have almost 1,000 people been killed in the strikes?"),
    ("that before a time", "A complaint he made that day allegedly drew an angry response from the palace.", None),
    # a noun after "of" is not the shared subject's verb
    ("noun after of", "In the shadow of dams that supplied cheap power, thousands of workers sewed jeans, and could "
     "earn upward of $20 an hour.", "Will thousands of workers earn upward of $20 an hour?"),
]


@pytest.mark.parametrize(("name", "sentence", "expected"), PHRASING_CASES, ids=[c[0] for c in PHRASING_CASES])
def test_phrasing_rules(name: str, sentence: str, expected: str | None) -> None:
    assert _questions(sentence) == ([expected] if expected else [])


def test_list_in_a_long_subject_is_not_cut_at_its_and() -> None:
    # "A military defeat of the group in Syria and Iraq could …" is not about Iraq
    questions = _questions("A military defeat of the Islamic State group in Syria and Iraq could scatter foreign "
                           "fighters across the world.")
    assert not any(q.startswith("Will Iraq") for q in questions)


PRONOUN_CASES = [
    # a person noun nearer the pronoun than the last name
    ("person noun", ("Tom Smith founded the company.", "An off-duty driver was arrested after he allegedly hit "
                     "a cyclist."), (Actor(name="Tom Smith", type="person"),), []),
    ("person noun, not", ("Tom Smith founded the company.", "Police said he allegedly hit a cyclist."),
     (Actor(name="Tom Smith", type="person"),), ["Did Tom Smith hit a cyclist?"]),
    # a plural noun nearer "they" than the body named
    ("plural noun", ("The Pentagon is working on drones at sea, and they could be useful in tracking ships.",),
     (Actor(name="Pentagon", type="organization"),), []),
    ("plural noun, not", ("Acme is short of money, and they could cut the budget next year.",),
     (Actor(name="Acme", type="organization"),), ["Will Acme cut the budget next year?"]),
    # a body after a preposition is not the subject "it" takes
    ("after a preposition", ("A plan backed by Oxfam was rejected over fears it would cost too much money.",),
     (Actor(name="Oxfam", type="organization"),), []),
    # a sentence whose subject is a common noun keeps "it" from the body named before
    ("common noun subject", ("Acme reported a loss.", "A new factory was delayed because it would cost too much."),
     (Actor(name="Acme", type="organization"),), []),
    ("own subject", ("The gun was sent to the FBI laboratory to determine whether it was used in the attack.",),
     (Actor(name="FBI", type="organization"),), ["Was the gun used in the attack?"]),
    # a name the article says with "the" keeps it (question_mentions.definite_names); a person's name does not take it
    ("name said with the", ("The United States has long backed the plan.", "But he fears it may have lost its "
                            "swagger on the world stage."), (Actor(name="United States", type="state"),),
     ["Has the United States lost its swagger on the world stage?"]),
    ("name said without the", ("Acme has long backed the plan.", "But he fears it may have lost its swagger."),
     (Actor(name="Acme", type="organization"),), ["Has Acme lost its swagger?"]),
    ("name as a modifier", ("The New Zealand government announced a process.", "The New Zealand flag was "
                            "debated.", "It will decide whether its citizens would prefer a different flag."),
     (Actor(name="New Zealand", type="state"),), ["Will New Zealand's citizens prefer a different flag?"]),
    ("person after the", ("The Donald Trump campaign met.", "The Donald Trump team said he could win Ohio."),
     (Actor(name="Donald Trump", type="person"),), ["Will Donald Trump win Ohio?"]),
    # the "it" of an extraposed clause names no one (SITUATION_IT)
    ("pronoun and a name", ("President Clinton met Tony Blair on Monday.", "Clinton says he and Blair may stand "
                            "together not just on Iraq but also on arresting the terrorists."),
     (Actor(name="Clinton", type="person"), Actor(name="Tony Blair", type="person")),
     ["Will Clinton and Blair stand together on Iraq?"]),
    # "'s" before a participle is "has"
    ("has after a pronoun", ("Janet Yellen leads the Fed.", "Donald Trump thinks she's done a serviceable job."),
     (Actor(name="Janet Yellen", type="person"), Actor(name="Donald Trump", type="person")),
     ["Has Janet Yellen done a serviceable job?"]),
    # the "it" before "be to" is the infinitive's, no name; a number's thousands comma does not end a condition
    ("it before be to", ("A fresh CNN poll shows how hard it will be to deny Trump the nomination if he gets close to "
                         "1,237 but does not clinch.",),
     (Actor(name="CNN", type="organization"), Actor(name="Trump", type="person")),
     ["What happens if Trump gets close to 1,237?"]),
    # a family ("the Clintons", question_mentions.is_family) is never "she", and "they" names it with its "the"
    ("family is not she", ("Hillary Clinton spoke.", "Reporters asked the Clintons about the house.",
                           "She may sell the house next year."),
     (Actor(name="Clintons", type="person"), Actor(name="Hillary Clinton", type="person")),
     ["Will Hillary Clinton sell the house next year?"]),
    ("family as they", ("Bill Clinton spoke in Iowa.", "Reporters asked about the Clintons.",
                        "They may return to Little Rock next year."),
     (Actor(name="Clintons", type="person"), Actor(name="Hillary Clinton", type="person")),
     ["Will the Clintons return to Little Rock next year?"]),
    # a body no actor list names with "the" keeps the one the article writes, modifiers between (said_with_the)
    ("the and a modifier", ("Protests were led by the extremist Fringe Party.", "It may hold a rally in Berlin "
                            "next month."), (Actor(name="Fringe Party", type="organization"),),
     ["Will the Fringe Party hold a rally in Berlin next month?"]),
    # the pronoun of an indirect question names the one asked, not the asker (questions.ASKED_WHO)
    ("asked whether", ("Tom Brady met Jane Doe on Monday.", "Brady asked Doe on Monday whether she would sell the "
                       "farm."), (Actor(name="Tom Brady", type="person"), Actor(name="Jane Doe", type="person")),
     ["Will Jane Doe sell the farm?"]),
    ("pressed on whether", ("Ann Lee interviewed Tom Ward.", "Lee pressed Ward on whether or not he would run for "
                            "mayor."), (Actor(name="Ann Lee", type="person"), Actor(name="Tom Ward", type="person")),
     ["Will Tom Ward run for mayor?"]),
    # a pronoun never names the person its own clause names again, by the surname either (binding)
    ("surname in the clause", ("Tom Ward spoke.", "Ann Lee was asked in May if he would endorse Ward next year."),
     (Actor(name="Tom Ward", type="person"), Actor(name="Ann Lee", type="person")), []),
    ("possessive and surname", ("Tom Ward spoke.", "His decision to work for Ward may be seen as disloyal."),
     (Actor(name="Tom Ward", type="person"),), []),
    # a he/she kept from a clause of the sentence is named as the sentence's own pronoun there (questions._name_pronouns)
    ("pronoun in a kept clause", ("Officials say Tom Ward can expect strikes to continue well into the future if he "
                                  "does not stop building weapons.",), (Actor(name="Tom Ward", type="person"),),
     ["Will strikes continue well into the future if Tom Ward does not stop building weapons?"]),
    # "Smith said she …": the speaker is a man, so "she" is someone else
    ("speaker of the other sex", ("Mr. Tom Ward spoke.", "Ward said she is expected to resign next week."),
     (Actor(name="Tom Ward", type="person"),), []),
    ("speaker of the same sex", ("Jane Ward spoke.", "Ward said she is expected to resign next week."),
     (Actor(name="Jane Ward", type="person"),), ["Will Ward resign next week?"]),
    # a body's name that modifies a noun is no antecedent of "it" (Mention.ends_phrase)
    ("body as a modifier", ("Support is not shared by the Acme Board Caucus, but it could be a starting point for "
                            "talks.",), (Actor(name="Acme", type="organization"),), []),
    ("extraposed it", ("The NAACP met on Monday.", "Its president said it is incumbent upon Clinton to reach out to "
                       "Sanders if she wins."), (Actor(name="NAACP", type="organization"),), []),
]


@pytest.mark.parametrize(("name", "paragraphs", "actors", "expected"), PRONOUN_CASES, ids=[c[0] for c in PRONOUN_CASES])
def test_pronoun_rules(name: str, paragraphs: tuple[str, ...], actors: tuple[Actor, ...], expected: list[str]) -> None:
    assert _questions(*paragraphs, actors=actors) == expected


def test_questions_sharing_only_a_name_are_both_kept() -> None:
    article = ("His whereabouts are unknown, police said.", "If he is not guilty, he should come forward, his "
               "stepmother said.")
    actors = (Actor(name="James Kopp", type="person"),)
    assert len(_questions("James Kopp is wanted by police.", *article, actors=actors)) == 2


@pytest.mark.parametrize(("parts", "expected"), [
    # a possessive the subject cannot own becomes "the"
    (("Will", "scientists use its brain to power drones"), "Will scientists use the brain to power drones?"),
    (("Can", "a school relocate to their county"), "Can a school relocate to the county?"),
    # one it can own stays
    (("Will", "the company cut its workforce"), "Will the company cut its workforce?"),
    (("Will", "the team keep their captain"), "Will the team keep their captain?"),
    (("Will", "Carlos Tevez end his career at his boyhood club"), "Will Carlos Tevez end his career at his boyhood club?"),
    # what a question must not hold
    (("Will", "the suspect flee the country because he'll avoid prosecution"), None),  # a contraction
    (("Did", "authorities slap her with felony charges"), None),  # an object pronoun
    (("Will", "the court let them stay"), None),
    (("Will", "Loeb implant the embryos and bring them to term"), "Will Loeb implant the embryos and bring them to term?"),
    (("Will", "the name Sam - be used for Samuel"), None),  # a spaced dash
    (("Will", "writers occasionally write their own headlines"), None),  # a habit
    (("Would", "the painter often make three colours of one print"), None),
    (("Will", "writers write their own headlines next season"), "Will writers write their own headlines next season?"),
    (("Will", "many of the surrender the animals to the deputies"), None),  # an article without its noun
    (("Will", "the board approve the sale"), "Will the board approve the sale?"),
    (("Will", "the forward play 59 games by the time the season ends"), "Will the forward play 59 games by the time the season ends?"),
    (("Will", "clients worry about the smell however because"), None),  # a connective without its clause
    (("Will", "Gary Locke accept reports that talks had stalled due"), None),  # a phrase without its "to"
    (("Was", "Alexis a 'gold digger"), None),  # a quotation cut at its end
    (("Has", "all of this been \"forgotten\""), None),
    (("Will", "the pitcher be fiery as long as it ’ s natural"), None),
    (("Will", "a holiday be triggered if it fell on a Monday"), None),
    (("Will", "Acme Ltd.'s shares rise"), "Will Acme Ltd.'s shares rise?"),  # a possessive, not a quotation
    (("Will", "someone remarry ten times"), "Will someone remarry ten times?"),  # (vague subjects are the builders')
    # DANGLING_END "verb without its object": the object was a relative pronoun ("one that politicians may embrace")
    (("Will", "politicians embrace"), None),
    (("Will", "voters reject if they only understood it"), None),
    (("Will", "voters reject the plan if they understand it"), "Will voters reject the plan if they understand it?"),
    (("Will", "Cruz prevail"), "Will Cruz prevail?"),
    # DANGLING_END "stranded preposition"
    (("Will", "caucus-goers in Iowa care about"), None),
    (("Will", "caucus-goers in Iowa care about the emails"), "Will caucus-goers in Iowa care about the emails?"),
    # DANGLING_END "trailing attribution", "remains to be seen"
    (("Will there be a trade agreement “down the line” he warned",), None),
    (("Does Scott have anything in his hands the footage showed",), None),
    (("Will Facebook take down others similar to the one reported",),
     "Will Facebook take down others similar to the one reported?"),
    (("Is the merger a success remains to be seen",), None),
    (("Are the tech backers out there is an unsettled question",), None),
    (("Is the answer to the question open",), "Is the answer to the question open?"),
    # "do so", "do the same": what is done is in the sentence before
    (("Will", "Eliot Spitzer do so on his first day in office"), None),
    (("Will", "coal companies do the same with reclamations"), None),
    # "able" without its "to"
    (("Will", "Sanders ensure that women would be able"), None),
    (("Will", "Sanders be able to win Ohio"), "Will Sanders be able to win Ohio?"),
    # "demonstrative without its noun" after a verb too, not after "than"
    (("Will", "an incident like this energize those"), None),
    (("Will", "prices be higher than those"), "Will prices be higher than those?"),
    # "verb without its object" before a time or a place
    (("Will", "the Fed announce on Wednesday"), None),
    (("Will", "the Fed announce a rate rise on Wednesday"), "Will the Fed announce a rate rise on Wednesday?"),
    # a person owns no "its"
    (("Will", "Mr. Clarke sell its coal for $50 a ton"), "Will Mr. Clarke sell the coal for $50 a ton?"),
    # a pronoun nothing in the question names
    (("Will he and Blair stand together",), None),
    (("Will", "Bush and Blair stand together"), "Will Bush and Blair stand together?"),
    # MENDS "correlative without its but", "future of a past time", "trailing even"
    (("Will", "Bush and Blair stand together not just on Iraq"), "Will Bush and Blair stand together on Iraq?"),
    (("Will", "Grassley lose to Patty Judge not only"), "Will Grassley lose to Patty Judge?"),
    (("Will", "Bush and Blair stand together not just on Iraq but on Iran"),
     "Will Bush and Blair stand together not just on Iraq but on Iran?"),
    (("Will", "the Department approve the agreement five months ago"), "Will the Department approve the agreement?"),
    (("Will", "earnings be lower than the 16 cents it reported last year"),
     "Will earnings be lower than the 16 cents it reported last year?"),
    (("Is the American goal to destroy the regime even",), "Is the American goal to destroy the regime?"),
    (("Will Jason Chaffetz answer last year",), None),  # (the object was the relative's: "the ones he refused to answer")
    # MENDS "or whether"
    (("Did someone inside the campaign make the image or whether he found it somewhere else",),
     "Did someone inside the campaign make the image?"),
    # MENDS "there before a plural count" (and its past): "there" agrees with the count after it; a singular stays
    (("Is there well over 100 people attending",), "Are there well over 100 people attending?"),
    (("Was there", "dozens of new cases"), "Were there dozens of new cases?"),
    (("Is there", "two viable candidates"), "Are there two viable candidates?"),
    (("Is there 100 percent certainty",), "Is there 100 percent certainty?"),
    (("Is there one person left",), "Is there one person left?"),
    (("Is there some hope of a deal",), "Is there some hope of a deal?"),
    (("Is there 2.5 million dollars in the account",), "Is there 2.5 million dollars in the account?"),
    # DANGLING_END "condition verb without its object"; its object kept, or a relative's own verb, the question stands
    (("What happens if Donald Trump wants",), None),
    (("What happens if", "Donald Trump chooses"), None),
    (("What happens if the two spoke about the budget agreement needed",), None),
    (("What happens if Donald Trump wants a deal",), "What happens if Donald Trump wants a deal?"),
    (("Will the upside outweigh any baggage that he brings",), "Will the upside outweigh any baggage that he brings?"),
    # NOT_A_QUESTION "bare quantity asked" (from "Much is not known about …")
    (("What is", "much"), None),
    (("What is", "the plan"), "What is the plan?"),
    # "verb without its object" before a day, not before a day's possessive; "bare have" before a day
    (("Will", "the campaign highlight contrasts between Cruz and Trump to illustrate"), None),
    (("Will", "Trump use Monday's encounter to make news"), "Will Trump use Monday's encounter to make news?"),
    (("Will", "John Kasich have Tuesday"), None),
    (("Will", "the biggest challenge be keeping hold of something they already have"),
     "Will the biggest challenge be keeping hold of something they already have?"),
    # "infinitive without its object", "saying without its words", OBJECT_VERBS + remember
    (("Are Republicans to use in the fall",), None),
    (("Is the software easy to use",), "Is the software easy to use?"),
    (("Will Hillary Clinton weigh in on the debate only saying",), None),
    (("Will", "Barack Obama remember during the primary"), None),
    # "based" without its "on"
    (("Has the senator fallen out of touch with voters based",), None),
    # DANGLING_END "subordinator and bare gerund"; a noun in -ing ends a time phrase (ING_NOUNS)
    (("Will", "the clinic stay open while renovating"), None),
    (("Will", "the bridge be rebuilt by spring"), "Will the bridge be rebuilt by spring?"),
    (("Will", "the ferries run again before evening"), "Will the ferries run again before evening?"),
    (("Will", "the crews finish by morning"), "Will the crews finish by morning?"),
    # DANGLING_END "make without its object": the object was the relative's antecedent
    (("Did", "the caller make to the mayor's office"), None),
    (("Has", "the firm made that could have doubled its value"), None),
    (("Did", "the caller make a threat to the mayor's office"), "Did the caller make a threat to the mayor's office?"),
    (("Has", "the firm made that decision"), "Has the firm made that decision?"),
    (("Will", "the striker make for a good captain"), "Will the striker make for a good captain?"),
    (("Will", "the fine be made to stick"), "Will the fine be made to stick?"),
])
def test_finish_rules(parts: tuple[str, ...], expected: str | None) -> None:
    assert finish(*parts) == expected


@pytest.mark.parametrize(("subject", "unplaceable"), [
    ("My tax plan", True),  # whose plan, the question cannot say
    ("our schools", True),
    ("Trump's tax plan", False),
    # which of two, the question cannot say
    ("both", True),
    ("the other", True),
    ("both sides", False),
])
def test_first_person_possessive_subjects(subject: str, unplaceable: bool) -> None:
    assert unplaceable_subject(subject) is unplaceable


@pytest.mark.parametrize(("paragraphs", "headlines"), [
    # headline and deck lines, no article, above the first paragraph of prose
    (["Mayor rejects union request to reopen port deal.", "Council vote due Friday.", "The mayor of Springfield said on "
      "Monday that she would not reopen the port deal, turning down a union request that dock workers had made twice "
      "this year."], {0, 1}),
    # a short lede keeps its article; a text of short lines only has no headline above its story
    (["The mayor may resign.", "The mayor of Springfield said on Monday that she would not reopen the port deal, turning "
      "down a union request that dock workers had made twice this year."], set()),
    (["Mayor rejects request.", "Vote due Friday."], set()),
])
def test_headline_paragraphs(paragraphs: list[str], headlines: set[int]) -> None:
    assert headline_paragraphs(paragraphs) == headlines


@pytest.mark.parametrize(("headline", "expected"), [
    # a headline line's bare common noun as the subject: headline English, no question
    ("Council unlikely to approve stadium plan.", []),
    # a name as the subject reads as English
    ("After review, Acme's emails might be released.", ["Will Acme's emails be released?"]),
])
def test_questions_from_headline_lines(headline: str, expected: list[str]) -> None:
    story = ("The city council of Springfield met on Monday evening to hear residents speak for and against the "
             "stadium plan that the mayor put forward in the spring, and it heard them for four hours.")
    assert _questions(headline, story) == expected
