"""Summary lines and key points and quoted or addressed voices: a single-quoted quotation left open is closed, a line
whose subject is "you" (a quote's later sentence, or the writer talking to the reader) is no line, and a key point never
opens with a quotation mark it does not pair."""

from __future__ import annotations

import pytest

from briefgen.extract.summary import summarize
from briefgen.extract.summary_lines import opens_with_a_lone_mark, speaker_unknown, with_its_quote_closed
from briefgen.model import Article, Paragraph


@pytest.mark.parametrize(("line", "shown"), [
    # opened after a speech colon, the quote running on into the next sentence: closed with the opening mark's pair
    ("The harbour master said: 'The ferry will not sail again before spring.",
     "The harbour master said: 'The ferry will not sail again before spring.'"),
    ("The harbour master said: ‘The ferry will not sail again before spring.",
     "The harbour master said: ‘The ferry will not sail again before spring.’"),
    ("Asked about the delay, the mayor replied, 'Nobody told us anything!",
     "Asked about the delay, the mayor replied, 'Nobody told us anything!'"),
    # apostrophes inside the quote close nothing
    ("The coach added: 'We didn't play the way we'd planned.",
     "The coach added: 'We didn't play the way we'd planned.'"),
    ("The coach added: ‘We didn’t play the way we’d planned.",
     "The coach added: ‘We didn’t play the way we’d planned.’"),
    # closed already: left as it is
    ("The harbour master said: 'The ferry will not sail again,' and left the room.",
     "The harbour master said: 'The ferry will not sail again,' and left the room."),
    ("The harbour master said: ‘The ferry will not sail.’",
     "The harbour master said: ‘The ferry will not sail.’"),
    # a mark that may close the quote or be a possessive: left as it is
    ("The union said: 'This is about the drivers' pay.",
     "The union said: 'This is about the drivers' pay."),
    # a quoted word in lower case, a title or a nickname: no quotation opened by a speech colon or comma
    ("The ferry was described as 'unsafe' by the inspectors.",
     "The ferry was described as 'unsafe' by the inspectors."),
    ("Residents call the old ferry 'the Tub.",
     "Residents call the old ferry 'the Tub."),
    # no full stop at the end: nothing to close after
    ("The harbour master said: 'The ferry will not sail again before",
     "The harbour master said: 'The ferry will not sail again before"),
    # no quotation at all
    ("The ferry will not sail again before spring.", "The ferry will not sail again before spring."),
])
def test_a_single_quoted_quotation_left_open_is_closed(line: str, shown: str) -> None:
    assert with_its_quote_closed(line) == shown


def test_a_key_point_quoting_the_first_sentence_of_a_longer_quote_closes_it() -> None:
    paragraphs = [
        "The island's only ferry was taken out of service on Tuesday after inspectors found cracks in its hull.",
        "About 300 residents depend on the ferry to reach the mainland for work, school and hospital visits.",
        "The operator said a replacement vessel would be chartered from a company in Norway within weeks.",
        "Council leader Ann Price said: 'We have asked the government for emergency funding. We cannot wait for"
        " the spring.'",
        "Inspectors will examine the ferry again once repairs to its hull have been carried out in dry dock.",
        "Island shops have reported shortages of fresh food since the service stopped running last week.",
    ]
    summary, points = summarize(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))
    lines = [*summary, *points]
    assert "Council leader Ann Price said: 'We have asked the government for emergency funding.'" in lines


@pytest.mark.parametrize(("sentence", "unknown"), [
    ("You would be forgiven for thinking the harbour had been closed for good.", True),
    ("You can repaint a ferry, but in the end it is the hull that counts.", True),
    ("Your best chance of a crossing this winter is the Tuesday boat.", True),
    ("You’ll save an hour by taking the early ferry instead.", True),
    # named at its end: the speaker's words, attributed
    ("You cannot run an island on promises, said the council leader.", False),
    ("You cannot run an island on promises, Ms Price said.", False),
    # "you" inside a sentence about someone else is not its subject: the existing first-or-second-person test decides
    ("The harbour master told reporters the ferry would sail on Tuesday.", False),
    ("Young islanders have started a petition for a second ferry.", False),  # "Young" is no "You"
])
def test_a_sentence_whose_subject_is_you(sentence: str, unknown: bool) -> None:
    assert speaker_unknown(sentence) is unknown


def test_a_line_talking_to_the_reader_neither_opens_the_summary_nor_is_a_key_point() -> None:
    reader = "You would be forgiven for thinking the island had been cut off from the mainland for good."
    paragraphs = [
        reader,
        "The island's only ferry was taken out of service on Tuesday after inspectors found cracks in its hull.",
        "About 300 residents depend on the ferry to reach the mainland for work, school and hospital visits.",
        "The operator said a replacement vessel would be chartered from a company in Norway within weeks.",
        "Inspectors will examine the ferry again once repairs to its hull have been carried out in dry dock.",
        "Island shops have reported shortages of fresh food since the service stopped running last week.",
    ]
    summary, points = summarize(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))
    assert summary[0] == paragraphs[1]
    assert reader not in points


@pytest.mark.parametrize(("sentence", "lone"), [
    # the sentence before's closing mark, or a quote running on: either way a mark the line does not pair
    ("' Police say the ferry was not insured at the time of the accident.", True),
    ("’ The council said repairs would start in the spring.", True),
    ('" Inspectors found the cracks during a routine check.', True),
    # apostrophes inside the line pair nothing
    ("' The ferry's owners didn't say when it would sail.", True),
    # a quotation the line opens and closes
    ("' The ferry is safe,' the operator said.", False),
    ("' The ferry is safe, ' the operator said.", False),
    # a mark glued to its first word, or no mark at all
    ("'The ferry is safe,' the operator said.", False),
    ("Police say the ferry was not insured at the time of the accident.", False),
])
def test_a_lone_mark_at_a_lines_head(sentence: str, lone: bool) -> None:
    assert opens_with_a_lone_mark(sentence) is lone


def test_a_key_point_never_opens_with_a_lone_mark() -> None:
    stray = "' Police say the ferry was not insured at the time of the accident."
    paragraphs = [
        "The island's only ferry was taken out of service on Tuesday after inspectors found cracks in its hull.",
        "About 300 residents depend on the ferry to reach the mainland for work, school and hospital visits.",
        "The operator said a replacement vessel would be chartered from a company in Norway within weeks.",
        "'We were lucky nobody was hurt,' said the captain. " + stray,
        "Inspectors will examine the ferry again once repairs to its hull have been carried out in dry dock.",
    ]
    summary, points = summarize(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))
    assert not [line for line in (*summary, *points) if "not insured" in line]
    assert "Inspectors will examine the ferry again once repairs to its hull have been carried out in dry dock." in (
        *summary, *points)


@pytest.mark.parametrize(("sentence", "pronoun"), [
    ("“The river will rise again next spring,” she said.", True),
    ('"We will rebuild the bridge before the floods come back," he added when asked about the piers.', True),
    ("“Not this year,” they quickly replied.", True),
    ("“The river will rise again next spring,” Okafor said.", False),
    ("She said the river would rise again next spring.", False),
])
def test_a_quotation_attributed_to_a_pronoun(sentence: str, pronoun: bool) -> None:
    from briefgen.extract.summary_lines import attributed_to_a_pronoun
    assert attributed_to_a_pronoun(sentence) is pronoun


# A bridge story of ten lines, the sixth left for the line under test: enough other lines for three key points.
_BRIDGE_STORY = (
    "The city council voted on Monday to close the old harbour bridge to cars from next spring.",
    "The bridge, built in 1911, carries about 20,000 cars a day across the river and the old port.",
    "Engineers found deep cracks in two of the bridge's piers during an inspection of the river last year.",
    "Shop owners on the north bank of the river said the closure would cost them many customers.",
    "The council plans a new bridge over the river downstream, which is to open in 2030.",
    "Ferries will carry cars across the river while the new bridge is built, the council said.",
    "The harbour's pilots welcomed the plan for the new bridge over the river at a meeting on Tuesday.",
    "The river's fishermen asked the council to keep one lane of the old bridge open for carts.",
    "A study of the river crossing by the port's engineers will be published in the summer.",
)


def _key_points_with(line: str) -> tuple[str, ...]:
    paragraphs = (*_BRIDGE_STORY[:5], line, *_BRIDGE_STORY[5:])
    return tuple(summarize(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))[1])


def test_a_key_point_names_its_speaker_while_enough_others_remain() -> None:
    key_points = _key_points_with("“The old bridge over the river has served the harbour well for a century,” she said.")
    assert len(key_points) >= 3
    assert not any(p.endswith("she said.") for p in key_points)


@pytest.mark.parametrize(("sentence", "dangles"), [
    ("On Wednesday night, he acknowledged the appeal of the harbour plan.", True),
    ("If he succeeds, he would be the first mayor to close the bridge.", True),
    ("In Sept. 2015, she resigned from the harbour board.", True),
    ("For its part, the council said it would wait for the study.", False),  # (no pronoun after the opening)
    ("After Okafor won the vote, he thanked the fishermen.", False),  # the opening names whom "he" may be
    ("On Wednesday night, the mayor acknowledged the appeal of the harbour plan.", False),
])
def test_a_pronoun_after_an_opening_phrase(sentence: str, dangles: bool) -> None:
    from briefgen.extract.summary_lines import pronoun_after_opener
    assert pronoun_after_opener(sentence) is dangles


def test_a_key_point_with_a_pronoun_after_its_opening_waits_while_enough_others_remain() -> None:
    key_points = _key_points_with(
        "On Tuesday evening, she told the river's fishermen that the old bridge over the river would close.")
    assert len(key_points) >= 3
    assert not any(p.startswith("On Tuesday evening, she") for p in key_points)
