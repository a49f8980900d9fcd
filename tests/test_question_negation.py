"""Open questions from negated clauses ("haven't yet", "apparently hasn't"), hedged adverbs before an auxiliary,
a participle of saying before a clause, asides in dashes, "several of whom", a cut "both … and", long objects
holding a date, refusals in the past perfect, and a body of people opening a sentence."""

from __future__ import annotations

import pytest

from briefgen.extract.question_clauses import spell_out_negation
from briefgen.extract.questions import extract_questions
from briefgen.model import Article, Paragraph


def _questions(*paragraphs: str) -> list[str]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return [q.question for q in extract_questions(article)]


@pytest.mark.parametrize(("clause", "expected"), [
    ("the rebels haven't yet crossed the river", "the rebels have not yet crossed the river"),
    ("the mayor isn’t sure", "the mayor is not sure"),
    ("The Mayor Hasn't Said", "The Mayor has not Said"),
    ("the bill won't pass", "the bill will not pass"),
    # ability and do-support keep their contraction (UNINVERTIBLE drops them)
    ("the firm can't pay", "the firm can't pay"),
    ("the firm didn't pay", "the firm didn't pay"),
])
def test_spell_out_negation(clause: str, expected: str) -> None:
    assert spell_out_negation(clause) == expected


CASES = [
    # a polar question asks the same with or without the clause's "not" (and "not yet" goes whole)
    ("it appears, contracted not yet", "It appears that the rebels haven't yet crossed the river into the valley.",
     "Have the rebels crossed the river into the valley?"),
    ("it appears, not yet", "It appears that the rebels have not yet crossed the river into the valley.",
     "Have the rebels crossed the river into the valley?"),
    ("whether, won't", "Officials are unsure whether the ferry service won't resume in the spring.",
     "Will the ferry service resume in the spring?"),
    # a hedged adverb before an auxiliary: the auxiliary asks, not "Did"
    ("adverb before hasn't", "The province apparently hasn't spent its flood relief money.",
     "Has the province spent its flood relief money?"),
    ("adverb before was", "The bakery chain reportedly was preparing a sale of its stores.",
     "Was the bakery chain preparing a sale of its stores?"),
    ("adverb before has, possession", "The coach apparently has three players in mind for the captaincy.",
     "Does the coach have three players in mind for the captaincy?"),
    ("adverb before would have", "The mayor probably would have won a second term.", None),
    # a wh-question without its "not" asks the opposite of what was asked
    ("why not", "Critics questioned why the council had not published the audit.", None),
    ("why n't", "Critics questioned why the council hadn't published the audit.", None),
    # "do that" with a manner after it names its action no better than "do that"
    ("empty action with manner", "Officials fear the landlords won't do that on a voluntary basis.", None),
    # told not to believe the opposite: the writer is sure
    ("imperative not to believe", "Never for a second think the governor won't veto the budget.", None),
    ("imperative not to believe, not", "Critics think the governor won't veto the budget.",
     "Will the governor veto the budget?"),
    # a participle of saying before a clause: the clause's own subject asks (not "someone left notes warning …")
    ("warning participle", "Someone left notes on parked cars warning the new bridge could close for a month.",
     "Will the new bridge close for a month?"),
    ("claiming participle", "Campaigners handed out flyers claiming the factory could poison the river.",
     "Will the factory poison the river?"),
    # an aside in dashes between the subject and its verb
    ("dash aside", "Officials said the relief convoy -- made up of trucks from three charities -- may reach the town "
     "by Friday.", "Will the relief convoy reach the town by Friday?"),
    ("em dash aside", "The merger — announced after months of talks — could face a review by regulators.",
     "Will the merger face a review by regulators?"),
    # "both to X and to Y" cut after its first half loses its "both"; "both sides" stays
    ("both without its and to", "Officials said the fund may be used both to pay teachers and to buy books.",
     "Will the fund be used to pay teachers?"),
    ("both as a determiner", "Both unions may agree to the new contract.",
     "Will both unions agree to the new contract?"),
    # an adjective in -ed opens a subject, not a clause ("allied troops", "armed men")
    ("ed adjective subject", "It appears that armed men haven't yet left the village.",
     "Have armed men left the village?"),
    ("ed verb, not", "It appears that announced cuts have not yet reached the schools.", None),
    # "…, several of whom …": the quantifier of the plural noun before the comma is the subject
    ("of whom", "Police questioned the passengers, two of whom may have seen the driver.",
     "Have two of the passengers seen the driver?"),
    ("of whom, nearest noun", "Officials met the miners and the engineers, several of whom are believed to be "
     "union members.", "Are several of the engineers union members?"),
    # a refusal in the past perfect is the story's background, settled; one in the present perfect is open
    ("had rejected", "Last spring, the council had rejected a plan from the developer.", None),
    ("had repeatedly rejected", "The board had repeatedly rejected the offer from the bank.", None),
    ("has rejected", "The union has rejected the latest offer from the airline.",
     "Will the union accept the latest offer from the airline?"),
    # a yes/no question is asked without the clause's "not" (a hedged adverb before it, an inverted "should")
    ("adverb then not", "The team would probably not reach the final even if it wins twice.",
     "Will the team reach the final even if it wins twice?"),
    ("should … not", "The mayor has threatened fines should the landlords not repair the flats.",
     "Will the landlords repair the flats?"),
    ("should … not, longer subject", "Fares will rise should the city council not approve the subsidy.",
     "Will the city council approve the subsidy?"),
    # an object holding a date counts the date as one word
    ("object with a date", "The brewer said it expects profit in the year ending March 31, 1991, to rise above "
     "the forecast of analysts.",
     "Will profit in the year ending March 31, 1991, rise above the forecast of analysts?"),
]


@pytest.mark.parametrize(("name", "sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_negated_and_hedged_clauses(name: str, sentence: str, expected: str | None) -> None:
    assert _questions(sentence) == ([expected] if expected else [])


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # a sentence opening with a body of people gives a later "she" no name
    (("Police found a man and a woman in the car.", "She may have been driving the car."), []),
    (("Senator Ann Smith met voters.", "She may run for governor."), ["Will Ann Smith run for governor?"]),
])
def test_group_noun_is_no_leading_name(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert _questions(*paragraphs) == expected
