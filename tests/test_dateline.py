"""Datelines: recognised at the head of a paragraph, stripped from the head of a sentence, never eating prose."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.readers.dateline import _PARAGRAPH_DATELINE, split_dateline, strip_dateline


@pytest.mark.parametrize(
    ("lead", "dateline", "rest"),
    [
        ("WASHINGTON — President Trump met", "WASHINGTON", "President Trump met"),
        ("LONDON (Reuters) - Britain's economy grew", "LONDON (Reuters)", "Britain's economy grew"),
        ("NEW YORK, June 3 (AP) — Stocks fell", "NEW YORK, June 3 (AP)", "Stocks fell"),
        ("BEIRUT, Lebanon — Israeli jets struck", "BEIRUT, Lebanon", "Israeli jets struck"),
        ("ST. LOUIS, Mo., Jan. 5, 2025 (AP) -- A jury", "ST. LOUIS, Mo., Jan. 5, 2025 (AP)", "A jury"),
        ("WASHINGTON—The Senate voted", "WASHINGTON", "The Senate voted"),
        ("SÃO PAULO – Brazil's central bank", "SÃO PAULO", "Brazil's central bank"),
        # an agency's tag, alone or after a place in Title Case
        ("(CNN) -- Officials said on Monday", "(CNN)", "Officials said on Monday"),
        ("Washington (CNN) -- Officials said", "Washington (CNN)", "Officials said"),
        ("New York (CNN) — Stocks fell", "New York (CNN)", "Stocks fell"),
        ("Atlanta, Ga. (AP) -- A jury", "Atlanta, Ga. (AP)", "A jury"),
        ("(AP) — Republican hopefuls met", "(AP)", "Republican hopefuls met"),
        ("Dec 29 (Reuters) - Stocks fell", "Dec 29 (Reuters)", "Stocks fell"),
        # a known agency's tag run on to the text, as pages print it
        ("Washington (CNN)This week marks", "Washington (CNN)", "This week marks"),
        # any publication's tag glued to the first word, as CNN runs its partners' stories
        ("(The Valley Reporter)Jane Roe, the singer, died", "(The Valley Reporter)", "Jane Roe, the singer, died"),
        ("(EW.com)The show returns", "(EW.com)", "The show returns"),
        ("FAIRVIEW, W.Va. - The coal mine", "FAIRVIEW, W.Va.", "The coal mine"),
        ("WASHINGTON, D.C. — The Senate", "WASHINGTON, D.C.", "The Senate"),
    ],
)
def test_dateline_recognised(lead: str, dateline: str, rest: str) -> None:
    assert split_dateline(lead) == (dateline, rest)


@pytest.mark.parametrize(
    "lead",
    [
        "The WASHINGTON — based group said",  # capitals not at the start
        "Washington — the capital — said",  # not in capitals
        "NATO is - according to officials - ready",  # no dash straight after the capitals
        "U.S. - China talks resumed",  # too short to be a place
        "I — and many others — disagree",
        "The Senate (upper house) - a body of 100",  # a lower-case aside in brackets is no agency
        "Officials (who asked not to be named) - said",
        "(Photo)The storm hit the coast",  # a picture's label, not a publication
        "(Updated)Officials said on Monday",
        "(The Valley Reporter) reported on Monday",  # not glued: a tag the sentence goes on from
    ],
)
def test_no_dateline(lead: str) -> None:
    assert split_dateline(lead) == (None, lead)


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("FLINT, Mich., Oct. 4 (UPI) — Finance ministers met.", "Finance ministers met."),
        ("Mich., Oct. 4 (UPI) — Finance ministers met.", "Finance ministers met."),  # the splitter cut "FLINT,"
        ("LONDON, England (CNN) -- Finance ministers met.", "Finance ministers met."),
        ("(CNN)Finance ministers met.", "Finance ministers met."),
        ("DES MOINES - The attacks reframed the contest.", "The attacks reframed the contest."),
    ],
)
def test_dateline_stripped_from_a_sentence(sentence: str, rest: str) -> None:
    assert strip_dateline(sentence) == rest


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S.-led forces attacked the town.",  # a hyphen inside the body joins words
        "WASHINGTON-based groups objected.",
        "NATO is - according to officials - ready.",
        "The report (Reuters) was wrong.",  # a tag after prose is a citation, not a dateline
        "Officials told CNN (CNN) nothing.",
        "IBM - the company - declined to comment.",  # the dash must lead into a sentence
    ],
)
def test_sentence_without_dateline_is_unchanged(sentence: str) -> None:
    assert strip_dateline(sentence) == sentence


# Text shaped like datelines' heads: capitals, commas, dates, agency tags and dashes, often without the dash or "(".
_DATELINE_LIKE = st.lists(st.sampled_from(["WASHINGTON", "NEW YORK", ",", " ", "Lebanon", "June 3", "(AP)", "(CNN)",
                                           "Mich.", "—", "–", "--", "-", "(", ")", "The", "Senate", "voted", "4"]),
                          max_size=12).map("".join)


@given(_DATELINE_LIKE)
def test_the_quick_check_before_the_pattern_drops_no_dateline(lead: str) -> None:
    # split_dateline skips its pattern when the head holds no dash and no "(": the pattern must then never match
    if _PARAGRAPH_DATELINE.match(lead[:200]):
        assert any(mark in lead[:200] for mark in "—–-(")


@given(st.text(max_size=80))
def test_stripping_keeps_a_non_empty_tail_of_the_sentence(sentence: str) -> None:
    rest = strip_dateline(sentence)
    assert sentence.endswith(rest)
    assert rest.strip() or not sentence.strip() or rest == sentence


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        # a Title Case place with region and country run on to the sentence, as some wikis print it
        ("Bendigo, Victoria, Australia On Sunday, the club opened its new stand.", "On Sunday, the club opened its new stand."),
        ("Dayton, Ohio, United States-This year the fair drew record crowds.", "This year the fair drew record crowds."),
        ("Lyon, Rhône, France The council voted to close the bridge.", "The council voted to close the bridge."),
        # three parts and a colon, one of them in capitals
        ("Springfield, IL, United States: The council voted.", "The council voted."),
        ("Lyon, Rhône, France: “We are ready,” the mayor said.", "“We are ready,” the mayor said."),
    ],
)
def test_title_case_dateline_stripped_from_a_sentence(sentence: str, rest: str) -> None:
    assert strip_dateline(sentence) == rest


@pytest.mark.parametrize(
    "sentence",
    [
        "Paris, Texas, The band played its last show there.",  # a comma, not a run-on: a list of names
        "Paris, Texas On Friday it rained.",  # two parts only: may be the subject itself
        "Clinton, Sanders, Trump and Cruz spoke on Monday.",
        "Smith, Jones and Brown, The law firm, said nothing.",
        "Washington, Oregon-based firms grew.",  # a hyphen glued to a lower-case word joins words
        "Clinton, Sanders: The debate went on.",  # two names and a colon: a list, no place
        "In Lyon, Rhône, France: the council voted.",  # a sentence's own words
        # no country or state at the end: names joined by a hyphen, a headline's address
        "For Hull, Sam Smith-Jones trade still stings.",
        "Ann Lee, Bo Chan, Mary-Ellen Park and Tom Wu spoke.",
        "Attention, Bargain-Hunters: Here are the deals.",
        "When Bendigo, Victoria, Australia Day arrives, the town empties.",  # a clause's opener is no place
    ],
)
def test_title_case_names_are_no_dateline(sentence: str) -> None:
    assert strip_dateline(sentence) == sentence


@pytest.mark.parametrize("head", [
    "WASHINGTON" * 20 + " (the Senate)",  # one long word in capitals, then a bracket: no dateline
    "A" * 190 + " (x",
])
def test_a_long_word_in_capitals_is_read_in_linear_time(head: str) -> None:
    # the run-on pattern once cut such a word into pieces every possible way: seconds for 40 letters, hours for 200
    import signal

    def _stuck(*_args: object) -> None:
        raise TimeoutError("the dateline pattern did not return")

    signal.signal(signal.SIGALRM, _stuck)
    signal.alarm(5)
    try:
        assert split_dateline(head) == (None, head)
        assert strip_dateline(head) == head
    finally:
        signal.alarm(0)
