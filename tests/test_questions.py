"""Open questions: one case per template, actor naming, limits, duplicates, and the example article."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.extract.hedges import CUES, find_cues
from briefgen.extract.question_grammar import is_plural, to_base
from briefgen.extract.questions import MAX_QUESTIONS, extract_questions
from briefgen.model import Actor, Article, Paragraph

ROOT = Path(__file__).resolve().parent.parent


def _article(*paragraphs: str) -> Article:
    return Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))


CASES = [
    ("decision.gerund", "The mayor is considering closing three schools in the northern district.",
     "Will the mayor close three schools in the northern district?"),
    ("commitment.expected", "The next round of talks is expected to take place in Oman in the coming weeks.",
     "Will the next round of talks take place in Oman in the coming weeks?"),
    ("threat.vowed", "Tehran has vowed to retaliate against any attack, officials said.",
     "Will Tehran retaliate against any attack?"),
    ("whether", "Negotiators are unsure whether the deal can be signed before the deadline.",
     "Can the deal be signed before the deadline?"),
    ("wh-clause", "It is unclear when the central bank will cut interest rates again.",
     "When will the central bank cut interest rates again?"),
    ("modal", "Officials warned that the storm might reach the coast by Friday night.",
     "Will the storm reach the coast by Friday night?"),
    ("modal-perfect", "Police said the suspect may have fled to Mexico after the shooting.",
     "Has the suspect fled to Mexico after the shooting?"),
    ("dispute", "Both sides met for hours, though major gaps remain over border security.",
     "Can the gaps over border security be resolved?"),
    ("refusal", "Iran has rejected any expansion of the talks beyond its nuclear activities.",
     "Will Iran accept any expansion of the talks beyond its nuclear activities?"),
    ("seem", "The rebels appear to have the upper hand in the eastern provinces.",
     "Do the rebels have the upper hand in the eastern provinces?"),
    ("belief", "Analysts believe the merger is likely to face a lengthy review.",
     "Will the merger face a lengthy review?"),
    ("accused", "Prosecutors accused Mr. Antar of hiding millions in offshore accounts.",
     "Did Mr. Antar hide millions in offshore accounts?"),
    ("considered", "The general is widely considered responsible for the failed offensive.",
     "Is the general responsible for the failed offensive?"),
    ("belief-past", "Investigators think the killer buried the rifle days before the shooting.",
     "Did the killer bury the rifle days before the shooting?"),
    ("perfect-plural-head", "Police believe the migrants found in the water may have left the boat on purpose.",
     "Have the migrants found in the water left the boat on purpose?"),
    ("whether-present", "Aides are waiting to see whether Sununu survives the week.", "Will Sununu survive the week?"),
    ("possibility-of", "Police left open the possibility of a second attacker in some of the cases.",
     "Will there be a second attacker in some of the cases?"),
    # the phrase after "prospect of" ends before the verb the prospect is the subject of
    ("possibility-of before its verb", "The prospect of a contested party convention remains a worry for party "
     "leaders.", "Will there be a contested party convention?"),
    ("possibility-of before its passive", "The possibility of a second attacker was raised by police in some of the "
     "cases.", "Will there be a second attacker?"),
    ("possibility-of with a relative clause", "The treaty will reduce the possibility of another war of the kind "
     "that has claimed so many lives.", "Will there be another war of the kind that has claimed so many lives?"),
    # a verb of seeming before "set to" is the subject's: "looks set to win" asks "Will … win?"
    ("to-infinitive after seeming", "The company looks set to win the contract next year.",
     "Will the company win the contract next year?"),
    ("to-infinitive after seeming", "The bill seems poised to pass the Senate next week.",
     "Will the bill pass the Senate next week?"),
    ("possible-event", "Norton said it was exploring the possible sale of the drilling unit.",
     "Will the sale of the drilling unit go ahead?"),
    ("likelihood-that", "Tests showed a likelihood that hair discovered behind the house came from the suspect.",
     "Did hair discovered behind the house come from the suspect?"),
    ("decision.noun", "The central bank is weighing a cut in June if inflation keeps falling.",
     "Will the central bank go ahead with a cut in June if inflation keeps falling?"),
    ("expect-noun", "Markets now expect two cuts this year.", "Will there be two cuts this year?"),
    ("how-quickly", "It remains unclear how quickly wage growth will slow.", "How quickly will wage growth slow?"),
    ("stronger-clause", "The government has refused to rule out tax rises, and Rachel Reeves is expected to set out "
     "her plans in the coming weeks.", "Will Rachel Reeves set out her plans in the coming weeks?"),
    ("how-much-of", "Some analysts questioned how much of an impact the package will have.",
     "How much of an impact will the package have?"),
    ("whether-aside", "The board will decide whether the academy, funded by a foreign government, can move to Ashburn.",
     "Can the academy move to Ashburn?"),
    ("could-have", "Investigators wondered how the assailant could have emerged from the woods unseen.",
     "How could the assailant have emerged from the woods unseen?"),
    ("relative-subject", "The firm announced a rights issue that is expected to raise 300 million dollars.",
     "Will the rights issue raise 300 million dollars?"),
    ("skeptical", "Analysts are skeptical Provigo will be able to sell the food businesses.",
     "Will Provigo be able to sell the food businesses?"),
    ("determiner-that", "A source said the outcome of that session was unclear.", "What was the outcome of that session?"),
    ("shared-subject", "Crane Co. said it holds a stake in Milton Roy, an instruments maker, and may seek control "
     "of the company.", "Will Crane Co. seek control of the company?"),
    ("shared-subject-plural", "The talks stalled on Monday, and may not resume before the summer.",
     "Will the talks resume before the summer?"),
    ("attribution-cut", "Chemical prices will probably remain weak, industry executives and analysts say.",
     "Will chemical prices remain weak?"),
    ("sentence-initial-capital", "Measuring cups may soon be replaced by tablespoons in the laundry room.",
     "Will measuring cups be replaced by tablespoons in the laundry room?"),
    ("not-until", "He said construction wouldn't resume until market conditions improve.",
     "Will construction resume once market conditions improve?"),
    ("unknown", "The cause of the fire remains unknown.", "What is the cause of the fire?"),
    ("condition", "If negotiations fail, the outcome would be uncertain.", "What happens if negotiations fail?"),
    ("no-assurance", "The insurer said it can give no assurance that the claims will be paid this year.",
     "Will the claims be paid this year?"),
    ("no-evidence-present", "There is no evidence that the new drug reduces the risk of stroke.",
     "Does the new drug reduce the risk of stroke?"),
    ("it-did-not-appear", "Rescuers said it did not appear that any climbers were still on the mountain.",
     "Were any climbers still on the mountain?"),
    ("it-looks-as-though", "It looks as though the bridge collapsed under the weight of the trucks.",
     "Did the bridge collapse under the weight of the trucks?"),
    ("expect-bare-noun", "The chief financial officer said he expects revenue for the year to reach about $40 million.",
     "Will revenue for the year reach about $40 million?"),
    ("expected-to", "Harmon Corp. said it expected to sell the chemicals unit by the spring.",
     "Will Harmon Corp. sell the chemicals unit by the spring?"),
    ("estimated-that", "The ministry estimated that the drought will cut the wheat harvest by a third.",
     "Will the drought cut the wheat harvest by a third?"),
    ("estimated-present", "It is estimated that the family controls more than half of the voting shares.",
     "Does the family control more than half of the voting shares?"),
    ("alleged-clause", "The prosecutor alleged the driver ignored three red lights before the crash.",
     "Did the driver ignore three red lights before the crash?"),
    ("suspect-link", "Detectives suspect a connection between the two fires at the warehouse.",
     "Is there a connection between the two fires at the warehouse?"),
    ("risk-that", "Economists see a risk that the central bank will raise rates again in March.",
     "Will the central bank raise rates again in March?"),
    ("expect-any", "The company said it doesn't expect any further losses from the recall.",
     "Will there be any further losses from the recall?"),
    ("expect-object-city-state", "One analyst said she expected the Tulsa, Okla., refiner to report a loss for the quarter.",
     "Will the Tulsa refiner report a loss for the quarter?"),
    ("apposition", "Harper Mills, rumored a likely buyer of the plant for weeks, declined to comment.",
     "Is Harper Mills a likely buyer of the plant?"),
    ("suspicion-without-that", "There is a suspicion the fire was started deliberately by a former employee.",
     "Was the fire started deliberately by a former employee?"),
    ("whether-to", "The city council is debating whether to ban cars from the old town.",
     "Will the city council ban cars from the old town?"),
    ("not-ruled-out-noun", "The airline did not rule out further job cuts at its Paris hub.",
     "Will there be further job cuts at its Paris hub?"),
    ("not-ruled-out-gerund", "The senator has not ruled out running for governor in 2030.",
     "Will the senator run for governor in 2030?"),
    ("not-known-how-many", "It is not known how many workers were inside the mine.",
     "How many workers were inside the mine?"),
]


@pytest.mark.parametrize(("name", "sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_templates(name: str, sentence: str, expected: str) -> None:
    questions = extract_questions(_article(sentence))
    assert [q.question for q in questions] == [expected]
    assert questions[0].evidence == sentence


@pytest.mark.parametrize("sentence", [
    "The company reported a profit of $3 million in the third quarter.",
    "The minister met her counterpart in Paris on Tuesday.",
    "The company plans to open a store in Boston.",  # a plan stated as fact is not an open question
    "Her parents moved to London so they could be closer to the church.",  # a purpose, not a doubt
    "Mr. Reupke declined to specify the reasons for his departure.",  # a refusal to speak
    "Officials said the lawsuit they may file would be the first of its kind.",  # two verbs: misread clause
    "Do you think the peace process might fail one day?",  # the article's own question is answered
    "The plan is needed, if physically possible, by the end of the year.",  # no clause to ask about
    # question_rules.NOT_A_QUESTION and unbalanced marks: each case gave a question before the rule
    "Save $31 if you get a turquoise console with your choice of game.",  # addresses the reader
    "“If we wait too long, we may lose the seat,” she said.",  # speaks as I or we
    "The rebels might do so.",  # empty action
    "“If one steps back and says, what is the largest contributor, it is fuel,” Prakash said.",  # speech, no words
    "Boudreau gave his players a pep talk, telling them to “believe in yourselves” and that the Wild are a "
    "“good team.”",  # a quotation cut in half
    "The alleged fraud involved three shell companies in Cyprus.",  # "alleged" as an adjective opens no clause
    "The striker applied the finishing touch as expected to take his tally to 20.",  # "as expected": a fact
    "They didn't expect anything like this to happen.",  # it happened, against expectation
    "You expect the ball to bounce, but it doesn't.",  # generic "you": nobody's forecast
    "It seems that things are getting better.",  # "Are things …?" names nothing
    "Her sister said it seems that keeping her old job was a big mistake.",  # "her" inside the subject
    "The families moved to London for a better life, so their children could learn English.",  # a purpose
    "A crowd could be seen outside the court on Monday.",  # what one was able to see
    "Police suspected a man in a grey van of the burglaries.",  # suspect a person: no link or wrongdoing
    "There is no evidence in either direction, the spokesman said.",  # no clause to ask about
    "A committee is looking into alleged payments made to players by agents.",  # "alleged" after a preposition
    "Analysts believe he's likely to resign before the summer.",  # "he's" is a clause, not an object
    "An unnamed official, believed to be a senior aide, spoke to reporters.",  # an apposition to no one placeable
    "Police arrested six men on suspicion of looting.",  # "suspicion of": no clause
    "The boy will only go to school if his brother is there because he is shy.",  # a habit and its reason
    # a copula and a manner adverb, the verb left behind an aside: "Will voters be eagerly?"
    "As long as the senator stays near the top of the polls, voters will be eagerly, and anxiously, following him.",
    "A win in the state could underscore the mayor's weakness in the general election...and with the delegates.",
    "The mayor may have the following tasks ahead of her tonight:",  # a list follows, no doubt
])
def test_certain_sentences_give_no_question(sentence: str) -> None:
    assert extract_questions(_article(sentence)) == ()


# Grammar and openness rules from the audit of unseen articles (question_ends DANGLING_END, question_rules POSSESSED,
# PRESENT_STATE, CONCESSIVE, COUNTERFACTUAL_MODALS, PAST_CONDITION, LOOKS_AHEAD, NOUN_LIKE_CUES;
# question_grammar VERBS_INSIDE_SUBJECT, COMPLEMENT_NOUNS, _head_of_long_subject). Each case failed before.
PHRASING_CASES = [
    ("accused-of-being", "Sen. Rand Paul released a video that accuses Cruz of being welcoming to Syrian refugees.",
     "Was Cruz welcoming to Syrian refugees?"),
    ("perfect-after-adverb", "The couple appears to have only been inside the club briefly.",
     "Has the couple only been inside the club briefly?"),
    # a guard: a subordinate clause keeps its own verb ("more than the budget office had predicted")
    ("subordinate-verb-kept", "Over 10 years, deficits would add up to $1.5 trillion more than the budget office had "
     "predicted.", "Will deficits add up to $1.5 trillion more than the budget office had predicted?"),
    ("possession-anything", "Trump criticized Ford Motor Company for opening a factory in Mexico, but it is uncertain "
     "whether his criticism had anything to do with it.", "Did Trump's criticism have anything to do with it?"),
    # a guard, not a fix: ", but" after a closing quotation is no concession (CONCESSIVE stops at the quote)
    ("concession-ends-at-quote", 'The letter says "missing the deadline may result in a claim being withdrawn", but '
     "officials will send a reminder.", "Will missing the deadline result in a claim being withdrawn?"),
    ('shared-subject-adjectives', "This latest move is clumsy, unthinking and could put people's safety at risk.",
     "Will the latest move put people's safety at risk?"),
    ('possession-does', 'Analysts believe the rebels have the upper hand in the east.',
     'Do the rebels have the upper hand in the east?'),
    ('present-state', 'Officials said 8,000 migrants may be currently at sea in the region.',
     'Are 8,000 migrants currently at sea in the region?'),
    ('past-likely', 'Experts said the cloud was likely to be a weather event known as a microburst.',
     'Was the cloud a weather event known as a microburst?'),
    ('likely-have-been', 'The fire was likely to have been an accident.',
     'Was the fire an accident?'),
    ('long-subject-head', 'The activist wanted for questioning in the shooting of a doctor in a Buffalo suburb may have fled to Mexico.',
     'Has the activist fled to Mexico?'),
    ('proviso', 'Sinn Fein says the party will challenge the ruling in court if they have to.',
     'Will the party challenge the ruling in court?'),
    ('shared-irregular', 'Police said the fuse made disarming more difficult and could take several hours.',
     'Will the fuse take several hours?'),
    ('plural-head', 'Prosecutors say criminal charges against the firm may have set a new legal standard.',
     'Have criminal charges against the firm set a new legal standard?'),
    ('noun-plans', 'The ministry may review the policy in due course, although no current plans to expand the scheme exist.',
     'Will the ministry review the policy in due course?'),
    # a verb of saying or thinking closes the subject on its left: its clause has its own subject
    ('contends-clause', 'Schoen contends the party superdelegates could switch sides at the convention.',
     'Will the party superdelegates switch sides at the convention?'),
    ('hypothesized-clause', 'The pollster even hypothesized the nominee could be replaced by the vice president.',
     'Will the nominee be replaced by the vice president?'),
    ('verb-in-subject', 'He believes Donald Trump has the best plan to fix the military.',
     'Does Donald Trump have the best plan to fix the military?'),
    # question_templates: a match is looked for again inside a matched clause (the first cue swallowed the second)
    ('nested-cue', 'The resignation had been widely expected after aides said they believe the minister was behind '
     'the leak.', 'Was the minister behind the leak?'),
    ('whether-comma', 'Investigators are looking into whether, Morrow, who fled the scene, is linked to the robbery.',
     'Is Morrow linked to the robbery?'),
    # ", so" with "may": a result, which stays open (a purpose takes "could": see the negative cases)
    ('result-so', 'Sales fell sharply in the spring, so the board may delay the new plant until next year.',
     'Will the board delay the new plant until next year?'),
    # trim_predicate: a coordinator left hanging at a comma cut is dropped
    ('dangling-or', 'The storm is believed to have damaged roads in the valley or, possibly, bridges further north.',
     'Has the storm damaged roads in the valley?'),
    # "refused to rule out X" asks whether there will be X, never "Will the mayor rule out X?"; a time before the
    # verb is not part of the subject
    ('refused-to-rule-out', 'The mayor last night refused to rule out a second lockdown in the city.',
     'Will there be a second lockdown in the city?'),
    # a guard: an adjective in -ly after the copula is no manner adverb left alone
    ('copula-adjective-in-ly', 'Engineers said the repairs to the old bridge could be costly.',
     'Will the repairs to the old bridge be costly?'),
    ('time-before-verb', 'The governor on Monday might veto the spending bill.',
     'Will the governor veto the spending bill?'),
    # an aside is dropped when the verb after it is the match's own ("The bank, if allowed, would …")
    ('aside-before-modal', 'The bank, if allowed, would buy the smaller lender outright.',
     'Will the bank buy the smaller lender outright?'),
    ('adverb-before-participle', "The coach is alleged to have secretly filmed the rival team's training.",
     "Has the coach secretly filmed the rival team's training?"),
    # a wh-question about a present verb asks "does", not "will"
    ('wh-present', 'It is unclear how the union intends to respond to the offer.',
     'How does the union intend to respond to the offer?'),
    # a plural common noun opening the sentence is lower-cased; an acronym keeps its capitals
    ('group-noun-opening', 'Prosecutors are weighing whether to bring charges against the former mayor.',
     'Will prosecutors bring charges against the former mayor?'),
    ('gerund-opening', 'Expanding NATO into eastern Europe could give Russia more security.',
     'Will expanding NATO into eastern Europe give Russia more security?'),
    ('acronym-opening', 'NASA engineers could delay the launch by a week.',
     'Will NASA engineers delay the launch by a week?'),
    # a saying verb closes the subject on the left ("Insiders claim the case could …")
    ('claim-before-subject', 'Insiders claim the lawsuit could prove as costly as the last one.',
     'Will the lawsuit prove as costly as the last one?'),
    # trim_predicate: "and to …" starts a second infinitive the question cannot carry
    ('and-to', 'The lender said it expected to book a small gain and to cut about $3 million in costs a year.',
     'Will the lender book a small gain?'),
    # a name's "'s" after "that" is a possessive, not "is"
    ('possessive-after-that', "The lawsuit alleges that Acme's response to the leak failed to protect residents.",
     "Did Acme's response to the leak fail to protect residents?"),
    ('dash-left-by-cut', 'Both unions appear to be ready to take the dispute to the regional courts -- and to parliament.',
     'Are both unions ready to take the dispute to the regional courts?'),
    # trim_predicate: a reason ("because" and a clause) is not part of what the question asks
    ('because-cut', 'Analysts believe the bank raised rates because inflation rose faster than expected.',
     'Did the bank raise rates?'),
    # trim_predicate: "a week after" is not cut after "a week"
    ('span-before-after', 'Police believe the gang came back a week after the first break-in at the jewellery shop on '
     'Main Street to take the rest of the stock.',
     'Did the gang come back a week after the first break-in at the jewellery shop?'),
]


@pytest.mark.parametrize(("name", "sentence", "expected"), PHRASING_CASES, ids=[c[0] for c in PHRASING_CASES])
def test_phrasing_rules(name: str, sentence: str, expected: str) -> None:
    assert [q.question for q in extract_questions(_article(sentence))] == [expected]


@pytest.mark.parametrize("sentence", [
    # counterfactual: 'would have been'
    'Had it happened an hour later, I think the death toll would have been far higher.',
    # a condition in the past
    "If Pence's goal was to make Kaine defend the status quo, he succeeded.",
    # a rule: nothing in the sentence looks ahead
    'If applicants are over 65, the fee is waived.',
    # concessive 'may …, but'
    'Alpha may be the first letter of the Greek alphabet, but it is one of the last names parents choose.',
    # contraction the grammar cannot invert
    "Don't for a moment believe Trump isn't going to be prepared for this.",
    # participle after 'being' is not the verb
    'Some believe the priority being placed on black voters shows the campaign is worried.',
    # whether words were said
    'The captain reportedly said changes in flight times had placed stress on the network.',
    # 'that' after a complement noun: the clause is not the subject
    'The argument that militants still wear Nike products is unlikely to be considered much of a defence.',
    # 'who' stands for 'those', not the whole phrase
    'Critics say the forms are a burden on those who may not speak English.',
    # predicate cut after 'and as a result'
    'Wines believes that the campaign took black voters for granted and as a result, now has to scramble.',
    # a group noun is not the 'his'
    'Neighbors said his mother may have been the one preventing the meeting.',
    # 'reportedly told the BBC': whether words were said
    'Professor James Marshall reportedly told the BBC.',
    # 'Obama appears': a verb inside the subject
    'As President Obama appears set to veto the bill, Clinton disagrees with him.',
    # a free relative ('what he accomplished') is not a clause to invert
    'But I really think what he accomplished tonight, is made himself the front-runner for 2020.',
    # 'What is the Republican Party?': nobody needs it
    "The Republican Party remains unclear about its plans.",
    # no subject
    "The statue, which consists of 2,000 separate pieces and weighs 200 kilograms - will be flown to Paris.",
    # two clauses run together: a second finite verb after the subject
    "An effort to restore a week of voting when voters could register and vote at the same time has suffered a setback.",
    # "Does Perry have?": the verb lost its object
    "Perry is alleged to have told students that Obama is a Muslim.",
])
def test_questions_the_grammar_cannot_build_or_that_are_not_open_are_dropped(sentence: str) -> None:
    assert extract_questions(_article(sentence)) == ()


def test_name_with_possessive_keeps_its_capital() -> None:
    article = _article("Congress passed the bill that Obama opposes.",
                       "Obama’s veto is expected to come before the deadline on Friday.")
    assert [q.question for q in extract_questions(article)] == ["Will Obama’s veto come before the deadline on Friday?"]


@pytest.mark.parametrize(("word", "base"), [
    ("deploying", "deploy"), ("closing", "close"), ("stopping", "stop"), ("negotiating", "negotiate"),
    ("carried", "carry"), ("agreed", "agree"), ("pursuing", "pursue"), ("opening", "open"), ("struck", "strike"),
    ("fails", "fail"), ("reaches", "reach"),
    # a silent "e" after "is" and "as" ("promised", "purchasing"), not after a vowel ("biased")
    ("promised", "promise"), ("advising", "advise"), ("purchased", "purchase"), ("biased", "bias"),
    # irregular participles a past perfect asked in the simple past brings
    ("flown", "fly"), ("shown", "show"), ("thrown", "throw"), ("broken", "break"), ("stolen", "steal"),
    ("heard", "hear"), ("caught", "catch"), ("forgotten", "forget"),
])
def test_base_forms(word: str, base: str) -> None:
    assert to_base(word) == base


def test_pronouns_are_named_from_actors() -> None:
    article = _article("Chancellor Olaf Scholz met union leaders in Berlin.",
                       "He is considering raising the minimum wage next year.")
    actors = (Actor(name="Olaf Scholz", type="person", aliases=("Scholz",)),)
    (question,) = extract_questions(article, actors)
    assert question.question == "Will Olaf Scholz raise the minimum wage next year?"


@pytest.mark.parametrize(
    ("pronoun", "named"),
    [("He", "Tom Hale"), ("She", "Susan Hale")],
)
def test_pronouns_name_the_person_their_given_name_fits(pronoun: str, named: str) -> None:
    # the nearer person is of the other sex by given name: the pronoun names the one it fits
    first, second = ("Susan Hale", "Tom Hale") if pronoun == "She" else ("Tom Hale", "Susan Hale")
    article = _article(f"{first} chairs the committee. {second} met union leaders in Berlin.",
                       f"{pronoun} is considering raising the minimum wage next year.")
    actors = (Actor(name="Tom Hale", type="person"), Actor(name="Susan Hale", type="person"))
    (question,) = extract_questions(article, actors)
    assert question.question == f"Will {named} raise the minimum wage next year?"


def test_pronoun_without_actor_uses_sentence_subject_or_is_dropped() -> None:
    named = _article("Scholz met union leaders. Scholz said he is considering raising the minimum wage.")
    assert [q.question for q in extract_questions(named)] == ["Will Scholz raise the minimum wage?"]
    unnamed = _article("It might rain over the weekend across the whole region.")
    assert extract_questions(unnamed) == ()


def test_a_dateline_is_not_a_person() -> None:
    article = _article("WASHINGTON -- The summit ended without a deal on Friday.",
                       "He apparently hopes to win support from Arab states.")
    assert extract_questions(article) == ()


def test_speaker_names_it() -> None:
    article = _article("Acme Corp. said it expects to report a loss for the third quarter.")
    assert [q.question for q in extract_questions(article)] == ["Will Acme Corp. report a loss for the third quarter?"]


def test_at_most_six_no_duplicates_questions_end_with_question_mark() -> None:
    sentences = [f"Officials in city number {i} might raise local taxes on fuel by {i} percent." for i in range(10)]
    sentences += ["The council might raise local taxes on fuel.", "The council might raise local taxes on fuel."]
    questions = extract_questions(_article(*sentences))
    assert 1 <= len(questions) <= MAX_QUESTIONS
    texts = [q.question for q in questions]
    assert len(set(texts)) == len(texts)
    assert all(t.endswith("?") and t[0].isupper() for t in texts)


def test_example_article_has_the_key_open_questions() -> None:
    text = (ROOT / "seeds" / "iran-talks-white-house.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    questions = [q.question for q in extract_questions(_article(*paragraphs))]
    assert len(questions) >= 3
    assert "Will Trump deploy a second aircraft carrier strike group to the Middle East?" in questions
    assert "Will Iran accept any expansion of the talks beyond its nuclear activities?" in questions or \
        "Will Tehran retaliate against any attack?" in questions
    assert not any(q.split()[1].lower() in {"he", "she", "it", "they"} for q in questions)


_CUE_WORDS = ["expected", "estimated", "estimates", "no", "assurance", "evidence", "guarantee", "cannot", "confirm",
              "risks", "as", "though", "spokesman", ",", "if", "may", "May", "might", "could", "would", "whether", "think", "thinks", "forecast", "expected",
              "is", "are", "was", "widely", "to", "the", "in", "coming", "weeks", "later", "this", "year", "gaps",
              "remain", "unclear", "possible", "appears", "seems", "alleged", "risk", "of", "that", "weighing",
              "considered", "seen", "as", "rejected", "threatened", "plans", "set", "due", "point", "friction",
              "suspicion", "looks", "like", "charged", "with", "provided", "long", "remains", "be", "seen", "Iran",
              "should", "Should", "until", "will", "sold", "pays", "supposed", "is", "implies", "tentatively"]


@given(st.lists(st.sampled_from(_CUE_WORDS), min_size=1, max_size=12))
def test_cue_index_finds_what_a_plain_scan_finds(words: list[str]) -> None:
    """The prefix index in hedges.find_cues is only a shortcut: same cues as trying every pattern."""
    sentence = " ".join(words) + "."
    assert [c.name for c, _ in find_cues(sentence)] == [c.name for c in CUES if c.pattern.search(sentence)]


_PIECES = [*list("abcXY ,.;:'\"“”?!-—()$%0129"), " may ", " if ", " whether ", " he ", " it ", " is expected to ",
           " the ", " said ", " U.S. ", " could have ", " Iran ", " talks "]


@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), max_size=5))
def test_any_text_gives_well_formed_questions(paragraphs: list[str]) -> None:
    """Whatever the text, no exception, at most six questions, each a capitalised question with evidence."""
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs if p.strip()))
    questions = extract_questions(article)
    assert len(questions) <= MAX_QUESTIONS
    for q in questions:
        assert q.question.endswith("?") and q.question[0].isupper() and q.evidence


def test_questions_about_main_actors_come_first() -> None:
    article = _article("The committee might delay the vote on the budget. Acme might close the plant in Ohio.")
    plain = [q.question for q in extract_questions(article)]
    assert plain == ["Will the committee delay the vote on the budget?", "Will Acme close the plant in Ohio?"]
    ranked = [q.question for q in extract_questions(article, (Actor(name="Acme", type="organization"),))]
    assert ranked == list(reversed(plain))


def test_a_pronoun_never_names_what_its_own_clause_names_again() -> None:
    article = _article("Iran has denied the report.",
                       "In case of a war against Iran, they could use the territory of Azerbaijan to bomb Iran.")
    assert extract_questions(article, (Actor(name="Iran", type="state"),)) == ()


def test_it_reaches_back_only_to_the_previous_sentence_subject() -> None:
    acme = (Actor(name="Acme", type="organization"),)
    near = _article("Acme reported a loss on Tuesday.", "It expects to close two plants next year.")
    assert [q.question for q in extract_questions(near, acme)] == ["Will Acme close two plants next year?"]
    fed = (Actor(name="Federal Reserve", type="organization"),)
    far = _article("The Federal Reserve met on Tuesday.", "Markets rallied and traders said the mood was calm.",
                   "So I think it might be a very real problem for the economy.")
    assert extract_questions(far, fed) == ()  # "it" is the situation, not the Fed


def test_a_question_contained_in_another_is_a_duplicate() -> None:
    article = _article("Flintoff fears Kevin Pietersen is running out of time to resurrect his England career.",
                       "“I just think Kevin is running out of time a little bit.”")
    assert [q.question for q in extract_questions(article)] == [
        "Is Kevin Pietersen running out of time to resurrect his England career?"]


def test_it_of_a_situation_is_never_an_actor() -> None:
    article = _article("CNN spoke to the family on Monday.",
                       "“I think it might be a very sad situation for everyone,” he said.")
    assert extract_questions(article, (Actor(name="CNN", type="organization"),)) == ()


def test_a_title_keeps_she_from_naming_a_man() -> None:
    article = _article("Prince Albert opened the new wing of the hospital on Monday.",
                       "She is expected to return to the hospital for the birth of her second child.")
    actors = (Actor(name="Albert", type="person", aliases=("Prince Albert",)),)
    assert extract_questions(article, actors) == ()  # "she" is not Albert; no woman is named to ask about
    named = _article("Mrs Cole thanked Prince Albert for his visit.",
                     "She is expected to return to the hospital for the birth of her second child.")
    actors = (Actor(name="Albert", type="person"), Actor(name="Cole", type="person"))
    assert [q.question for q in extract_questions(named, actors)] == [
        "Will Cole return to the hospital for the birth of her second child?"]


def test_he_or_she_names_no_one() -> None:
    article = _article("Prince Albert opened the new wing of the hospital on Monday.",
                       "Unlike Albert, he or she is not expected to inherit the title.")
    assert extract_questions(article, (Actor(name="Albert", type="person"),)) == ()


@pytest.mark.parametrize("sentence", [
    # the verb's object is the relative pronoun: "Has the planet retained for billions of years?" asks nothing
    "Scientists studied the oxidised state of the planet, which it has apparently retained for billions of years.",
    # "means" opens the span before the modal: it is a verb, not a subject
    "But the ruling – the result of a long inquiry – means the company may have to change its business model.",
    # a single quotation mark opened and never closed
    "The finding would raise new questions about ‘how the planet ended up in its present state.",
    # a reason given for what happened
    "The sale was delayed for months because the two banks could not agree on a price.",
])
def test_questions_without_a_place_to_stand_are_dropped(sentence: str) -> None:
    assert extract_questions(_article(sentence)) == ()


@pytest.mark.parametrize(
    ("subject", "plural"),
    [
        ("talks", True), ("the U.S. and Iran", True), ("the asylum seekers found in the water", True),
        ("the president", False), ("Sanders", False), ("Kansas", False), ("the news", False),
        # a party's or a people's members, capitalised
        ("Republicans", True), ("the Democrats in Ohio", True), ("Americans", True), ("Palestinians", True),
        # an "and" inside the head's complement joins no subjects
        ("the close friendship between Norway and Sweden", False), ("the long rivalry of Leeds and York", False),
        ("the mayor and her deputy from Leeds", True),
    ],
)
def test_is_plural(subject: str, plural: bool) -> None:
    assert is_plural(subject) is plural
