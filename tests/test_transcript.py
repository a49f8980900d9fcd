"""Transcripts and interviews: each answer is a quote by the speaker its label names; news is no transcript."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.extract.transcript import MAX_QUOTE_WORDS, speaker_name, transcript_turns, with_transcript_quotes
from briefgen.model import Paragraph, Quote

INTERVIEW = [
    "The Tribune: Minister, will the harbour bridge reopen before the winter storms arrive?",
    "Anna Berg: We expect the bridge to reopen in November. The repairs are ahead of schedule.",
    "The Tribune: What did the repairs cost the city so far this year?",
    "Anna Berg: About twelve million, which is less than we feared in the spring.",
    "The rest is covered by the national road fund, as the law requires for bridges.",
    "The Tribune: Is a new toll on the table for drivers from outside the city?",
    'Anna Berg: No. As my predecessor said, "a toll would punish the wrong people," and I agree with her.',
]
BRIEFING = [
    "MS. LEAVITT: Good afternoon, everyone. The President will travel to Ohio on Friday to visit the plant.",
    "Q: Will he meet the union leaders while he is there on Friday afternoon?",
    "MS. LEAVITT: He will meet workers and union leaders at the plant after his remarks there.",
    "Q: And what about the tariffs that the union has asked him to keep in place?",
    "MS. LEAVITT: The tariffs stay in place until the review is finished later this year.",
]


def _paragraphs(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(t) for t in texts]


def test_interview_answers_are_quotes_by_the_one_interviewed() -> None:
    cited = Quote("a toll would punish the wrong people", speaker="Anna Berg", paragraph=6)
    quotes = with_transcript_quotes(_paragraphs(INTERVIEW), [cited])
    assert [(q.speaker, q.paragraph) for q in quotes] == [("Anna Berg", 1), ("Anna Berg", 3), ("Anna Berg", 4),
                                                        ("Anna Berg", 6)]
    assert quotes[0].text == "We expect the bridge to reopen in November. The repairs are ahead of schedule."
    assert quotes[2].text.startswith("The rest is covered")  # an answer over two paragraphs
    assert quotes[3].text.startswith("No. As my predecessor said")  # the cited words stay inside the answer
    assert all(q.speaker_key == "anna-berg" for q in quotes)


def test_press_briefing_labels_in_capitals() -> None:
    quotes = with_transcript_quotes(_paragraphs(BRIEFING), [])
    assert {q.speaker for q in quotes} == {"Ms. Leavitt"}  # "Q" asks; the capitals are typography
    assert len(quotes) == 3


def test_a_heading_ends_a_turn() -> None:
    paragraphs = [*_paragraphs(INTERVIEW[:4]), Paragraph("Tolls and the road fund", kind="heading"),
                  Paragraph("The council meets again in March to set next year's budget for roads.")]
    assert [index for index, _label, _text in transcript_turns(paragraphs)] == [0, 1, 2, 3]


def test_a_long_answer_is_quoted_by_its_opening_sentences() -> None:
    long_answer = "Anna Berg: " + " ".join(f"Sentence {n} of a long answer about the bridge." for n in range(20))
    quotes = with_transcript_quotes(_paragraphs([*INTERVIEW[:3], long_answer, *INTERVIEW[5:]]), [])
    opening = quotes[1].text
    assert opening.startswith("Sentence 0 of") and opening.endswith(".")
    assert len(opening.split()) <= MAX_QUOTE_WORDS


@pytest.mark.parametrize("texts", [
    # a live blog's updates
    ["UPDATE: The bridge reopened to traffic on Monday morning after repairs.",
     "BREAKING: Police closed the bridge again an hour later after a crash.",
     "UPDATE: Traffic is moving again in both directions on the bridge.",
     "UPDATE: The mayor will speak to reporters at noon about the bridge."],
    # related stories' teasers: a source and a headline in Title Case
    ["Police: Two Arrested After Crash On The Harbour Bridge", "Mayor: Bridge Repairs Will Finish Before Winter Storms",
     "Police: Drivers Warned About Black Ice On Bridge Ramps", "Mayor: City Will Not Charge A New Toll This Year"],
    # captions and the teasers beside an article
    ["Above: The harbour bridge seen from the ferry terminal at dawn.",
     "The bridge reopened to traffic on Monday after two years of repairs.",
     "Qualcomm: the chip maker said its profit rose in the third quarter.",
     "Brookings: a think tank said the region's ports are losing trade to rivals."],
    # a place's insiders, each place a heading of what they said
    ["Iowa: the insiders there expect the senator to win by a narrow margin.",
     "Ohio: most insiders there said the race is still open and close.",
     "Iowa: one insider added that the turnout will decide the race there.",
     "Ohio: another insider said the debate changed the minds of few voters."],
    # poll results, one line each
    ["Berg: 45 percent", "Lund: 41 percent", "Holm: 7 percent", "Dahl: 2 percent", "Undecided: 5 percent"],
    # news paragraphs that open with a name and a colon once or twice
    ["Anna Berg: the minister who fixed the bridge is leaving office at the end of the year.",
     "She was appointed in 2019 and oversaw the repairs of three bridges in the city.",
     "Jon Lund: the deputy who will take her place has not yet said what he plans.",
     "The council will vote on the appointment next week, officials said on Monday."],
    # a match report's notes on each team (transcript._team: in a sports report, a label naming a team)
    ["The Hawks beat the Sharks 98-91 on Tuesday night, with Jon Lund scoring 30 points and 12 rebounds, the last "
     "a three-pointer that sealed their place in the playoffs.",
     "NOTES", "Hawks: Guard Jon Lund missed his second straight game with a sore ankle.",
     "Sharks: Center Anna Berg left the court in the first half after a collision.",
     "NEXT", "Hawks: Host the Sharks at the harbour arena on Saturday.",
     "Sharks: Visit the Hawks at the harbour arena on Saturday."],
])
def test_news_is_no_transcript(texts: list[str]) -> None:
    original = (Quote("the minister who fixed it", paragraph=0),)
    assert transcript_turns(_paragraphs(texts)) == []
    assert with_transcript_quotes(_paragraphs(texts), original) == original


@pytest.mark.parametrize(("label", "name"), [("MR. KIRBY", "Mr. Kirby"), ("Shimon Peres", "Shimon Peres"),
                                             ("SECRETARY BLINKEN", "Secretary Blinken"), ("A", None)])
def test_speaker_name(label: str, name: str | None) -> None:
    assert speaker_name(label) == name


@given(st.lists(st.text(max_size=60), max_size=12))
def test_turns_are_text_paragraphs_in_order(texts: list[str]) -> None:
    turns = transcript_turns(_paragraphs(texts))
    indexes = [index for index, _label, _text in turns]
    assert indexes == sorted(set(indexes))
    assert all(texts[index].endswith(text) for index, _label, text in turns)


def test_the_one_who_asks_with_shorter_turns_is_the_interviewer() -> None:
    # each asks once in two turns; the host's turns are the short ones
    texts = [
        "Jon Lund: I wanted to ask about the bridge repairs and the protests planned for next week.",
        "Anna Berg: The obvious question is why the repairs took so long? Two winters of delays, and the contractor "
        "blamed the weather each time, while the costs kept rising for everyone who drives into the city.",
        "Jon Lund: Do you think the protests will change the council's plans for the toll?",
        "Anna Berg: It is really hard to tell what the council will do, because the vote is close and several members "
        "have not said how they will vote on the toll or on the repairs budget for next year.",
    ]
    assert {q.speaker for q in with_transcript_quotes(_paragraphs(texts), [])} == {"Anna Berg"}


def test_in_a_debate_no_one_is_the_interviewer() -> None:
    texts = [
        "BERG: The bridge will reopen in November, and the repairs are ahead of schedule this year.",
        "LUND: The repairs are two years late, and the city paid twelve million more than it planned.",
        "BERG: The national road fund pays most of that, as the law requires for every bridge.",
        "LUND: The fund is money from the same taxpayers who drive over the bridge every day.",
    ]
    assert {q.speaker for q in with_transcript_quotes(_paragraphs(texts), [])} == {"Berg", "Lund"}


def test_a_short_turn_of_a_known_speaker_is_hers() -> None:
    texts = [*INTERVIEW[:2], "Anna Berg: Oh, well?", "The Tribune: Yes.", *INTERVIEW[2:4]]
    turns = transcript_turns(_paragraphs(texts))
    assert [(index, label) for index, label, _text in turns][:4] == [
        (0, "The Tribune"), (1, "Anna Berg"), (2, "Anna Berg"), (3, "The Tribune")]
    quotes = with_transcript_quotes(_paragraphs(texts), [])
    assert all("Oh, well" not in q.text and "Yes." != q.text for q in quotes)  # too short to quote


QA = [
    "Q: Will the harbour bridge reopen before the winter storms arrive this year?",
    "A: We expect the bridge to reopen in November. The repairs are ahead of schedule.",
    "Q: What did the repairs cost the city so far this year, in all?",
    "A: About twelve million, which is less than we feared in the spring.",
]


@pytest.mark.parametrize(("title", "speaker"), [
    ("Q&A with Mayor Anna Berg on the bridge", "Anna Berg"),
    ("Q&A: the bridge, the tolls and the winter", None),  # the title names no one
    ("Anna Berg and Jon Lund on the bridge", None),  # two people: no guess
])
def test_a_q_and_a_s_answers_are_by_the_person_its_title_names(title: str, speaker: str | None) -> None:
    from briefgen.extract.transcript import name_the_answers
    from briefgen.model import Actor

    actors = [Actor("Anna Berg", "person", role="Mayor", key="anna-berg"), Actor("Jon Lund", "person", key="jon-lund"),
              Actor("Harbour Bridge", "place", key="harbour-bridge")]
    quotes = name_the_answers(with_transcript_quotes(_paragraphs(QA), []), _paragraphs(QA), title, actors)
    assert len(quotes) == 2 and {q.speaker for q in quotes} == {speaker}
    assert all(q.speaker_key == ("anna-berg" if speaker else None) for q in quotes)
