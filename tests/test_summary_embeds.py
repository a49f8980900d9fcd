"""Embedded social-media posts and lines that count beside an earlier one: neither summary, key point nor event."""

from __future__ import annotations

import pytest

from briefgen.extract.summary import summarize
from briefgen.extract.summary_lines import COMPARED_START, is_embedded_post
from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

NEWS = [
    "Finance ministers from the eurozone agreed on Monday to a new rescue fund for indebted member states.",
    "The fund, worth 500 billion euros, will lend to governments that cannot borrow on the markets.",
    "Germany had resisted the rescue fund for months before agreeing to its size.",
    "Markets rose after the announcement, with bank shares gaining most.",
    "Critics said the rescue fund would reward governments that spent too much.",
    "The rescue fund must still be ratified by national parliaments next year.",
]


def _article(paragraphs: list[str]) -> Article:
    return Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs), date="2016-07-06",
                   date_origin="source")


@pytest.mark.parametrize(("paragraph", "post"), [
    ('<tweet id="750366792434978816" author="@SpeakerRyan" datetime="2016-07-05">While I respect the professionals at '
     "the FBI, this announcement defies explanation. No one should be above the law.</tweet>.", True),
    ('<tweet tweet-author="@edhenry" tweet-date="March 10, 2016">Candidates are not supposed to confer w staff during '
     "commercial breaks<tweet/>.", True),
    ("No one should be above the law. pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, 2016", True),
    ("— The Nigerian Senate (@NGRSenate) October 9, 2018", True),
    ("The air quality in Delhi was horrific on Sunday. pic.twitter.com/fCXab12", True),
    ("Dayton's plan is online: https://t.co/AbCdE12", True),
    # prose that mentions a post, a handle or a link stays
    ("Trump tweeted Monday that Bush was a loser, and Bush tweeted back within the hour.", False),
    ('Former Florida governor Jeb Bush tweeted: "No @HillaryClinton - We are not where we need to be."', False),
    ("Peter Morici is an economist and a national columnist. He tweets @pmorici1.", False),
    ("The senator (@SenX on Twitter) spoke on July 5, 2016 about the ruling, aides said.", False),
    # a long paragraph ending in a link is prose that cites it (one-paragraph texts must not vanish)
    (" ".join(NEWS * 2) + " pic.twitter.com/OqctxglquI", False),
])
def test_embedded_post(paragraph: str, post: bool) -> None:
    assert is_embedded_post(paragraph) is post


def test_an_embedded_post_gives_no_summary_key_point_or_event() -> None:
    post = ("The FBI announcement on July 5, 2016 defies explanation and sets a dangerous example for officials. "
            "pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, 2016.")
    article = _article([NEWS[0], post, *NEWS[1:]])
    summary, points = summarize(article)
    lines = " ".join((*summary, *points))
    assert "pic.twitter" not in lines and "@SpeakerRyan" not in lines and "FBI" not in lines
    assert not any("FBI" in e.event or "@" in e.event for e in extract_timeline(article))
    assert any(e.when == "on Monday" for e in extract_timeline(article))  # the prose's own dates stay


@pytest.mark.parametrize(("sentence", "compared"), [
    ("Other Republicans echoed those comments, saying the strategy is inadequate to the threat.", True),
    ("Another amendment would repeal the Affordable Care Act.", True),
    ("Others said the rescue fund came too late for the banks.", True),
    ("The other two suspects were released without charge on Friday.", True),
    ("The rest voted against the rescue fund in the second round.", True),
    ("Otherwise the fund would have run out of money by June.", False),  # (LEANING_START's, not this rule's)
    ("Anothertown council voted for the plan.", False),
    ("Otherworldly light filled the hall of the museum.", False),
    ("The fund's other aim is to calm the markets.", False),
])
def test_compared_openers(sentence: str, compared: bool) -> None:
    assert bool(COMPARED_START.match(sentence)) is compared


@pytest.mark.parametrize("compared", [
    "Other ministers warned that Greece would need a bigger loan within two years.",
    "Another rescue fund for the banks would be set up by the central bank in the spring.",
])
def test_a_line_counted_beside_another_is_no_key_point(compared: str) -> None:
    summary, points = summarize(_article([*NEWS[:3], compared, *NEWS[3:]]))
    assert compared not in points


@pytest.mark.parametrize(("sentence", "compared"), [
    ("The same could not be said for the protester, who was punched in the face on Wednesday.", True),
    ("The same goes for the banks, which must hold more capital from next year.", True),
    ("The latter has refused to testify before the committee.", True),
    ("The same popular frustration that drove the vote could send voters to the populists.", False),
    ("The same day, the central bank cut its main interest rate by half a point.", False),
])
def test_the_same_and_the_latter_lean_back(sentence: str, compared: bool) -> None:
    assert bool(COMPARED_START.match(sentence)) is compared


def test_a_summary_opening_with_other_starts_at_what_it_counts_beside() -> None:
    from briefgen.extract.summary import _fix_dangling_start
    sentences = ["Some Republicans want to stop the front-runner at the convention in July.",
                 "Other voices counter it's time to embrace the mogul.",
                 "The campaign found a new leader in the party's 2012 nominee."]
    assert _fix_dangling_start([1, 2], sentences) == [0, 1, 2]
    # a deck's fragment before it is no lead: the line that leans on it goes instead
    deck = ["ad blitz planned; romney to speak out.", *sentences[1:]]
    assert _fix_dangling_start([1, 2], deck) == [2]
    # a name with an inner capital is no fragment: the line leaning on it starts there
    named = ["wikiHow is a wiki-based site which aims to build the largest how-to manual.",
             "It recently published its 50,000th article.", "The founder explains why he chose the licence."]
    assert _fix_dangling_start([1, 2], named) == [0, 1, 2]


def test_a_caption_line_is_left_out_of_key_points() -> None:
    caption = "Finance minister Pierre Dupont (left) shakes hands with his German counterpart after the vote."
    _, points = summarize(_article([*NEWS[:3], caption, *NEWS[3:]]))
    assert caption not in points and len(points) >= 2


@pytest.mark.parametrize(("paragraphs", "questions"), [
    (["QYou've stayed on the sidelines in politics since leaving the White House.", "A: I have, and gladly so.",
      "QAfghanistan is America's longest war.", "A: It is, and we cannot leave."], {0, 2}),
    # no "A:" answers: a word that starts with Q is just a word
    (["QAnon believers gathered outside the court on Monday.", "The judge ruled against them."], set()),
])
def test_glued_q_labels_mark_the_interviewers_turns(paragraphs: list[str], questions: set[int]) -> None:
    from briefgen.extract.summary_lines import glued_question_turns
    assert glued_question_turns(paragraphs) == questions


@pytest.mark.parametrize(("sentences", "joined"), [
    (["“Who do they think they are?”", "Trump said of Apple in February.", "He left."],
     ["“Who do they think they are?” Trump said of Apple in February.", "He left."]),
    (["“Too forced?”", "He tweeted when Clinton ended a debate."], ["“Too forced?” he tweeted when Clinton ended a debate."]),
    (['"Pat Kennedy is the greatest!!!"', "McDonough wrote in a September 16, 2012 email."],
     ['"Pat Kennedy is the greatest!!!" McDonough wrote in a September 16, 2012 email.']),
    # no quotation before it, or one that ends with a full stop (the splitter keeps those whole already)
    (["Is it true?", "Trump said no."], ["Is it true?", "Trump said no."]),
    (["“We won.”", "Trump said the count was over."], ["“We won.”", "Trump said the count was over."]),
    (["“What now?”", "The crowd fell silent."], ["“What now?”", "The crowd fell silent."]),
    # after a full stop inside the quotation, only an attribution that says nothing more
    (["“Find the 30,000 emails that are missing.”", "Trump said."], ["“Find the 30,000 emails that are missing.” Trump said."]),
    (["''I wish I could be like that.''", "Mr. Trump wrote on Twitter on Monday."],
     ["''I wish I could be like that.'' Mr. Trump wrote on Twitter on Monday."]),
    (["“It is characteristic.”", "He added, “In this case things happened.”"],
     ["“It is characteristic.”", "He added, “In this case things happened.”"]),
    (["The vote was close.", "Trump said."], ["The vote was close.", "Trump said."]),
    # any speech verb in the past tense, and a straight single mark after the full stop
    (["'I play it with aplomb.'", "Meacham concluded in an interview."],
     ["'I play it with aplomb.' Meacham concluded in an interview."]),
    (["“It is over.”", "The minister warned."], ["“It is over.” the minister warned."]),
    (["“It is over.”", "Smith warned that the plan would fail."], ["“It is over.”", "Smith warned that the plan would fail."]),
    (["He met the players'", "Smith concluded."], ["He met the players'", "Smith concluded."]),
    # after a quoted question or cry, a name with its apposition
    (["“Can you come to the meeting tonight?”", "Okafor, a retired ferry pilot, asked quietly on the phone."],
     ["“Can you come to the meeting tonight?” Okafor, a retired ferry pilot, asked quietly on the phone."]),
    # (not after a full stop: the named sentence may tell news of its own)
    (["“The fund is unfair.”", "Ana Lind, a city lawyer, warned Saturday that the plan could fail."],
     ["“The fund is unfair.”", "Ana Lind, a city lawyer, warned Saturday that the plan could fail."]),
    (["“What now?”", "Lind, the mayor's lawyer, is not sure."], ["“What now?”", "Lind, the mayor's lawyer, is not sure."]),
])
def test_an_attribution_split_from_its_quotation_is_joined_back(sentences: list[str], joined: list[str]) -> None:
    from briefgen.extract.summary_lines import with_attributions
    assert with_attributions(sentences) == joined


def test_a_bare_attribution_is_neither_key_point_nor_event() -> None:
    article = _article([*NEWS[:3], "“Who would ever lend them money again, after all this?” Lagarde asked reporters "
                        "in Brussels on Monday.", *NEWS[3:]])
    _, points = summarize(article)
    assert not any(p.startswith("Lagarde asked") for p in points)
    assert not any(e.event.startswith("Lagarde asked") for e in extract_timeline(article))


@pytest.mark.parametrize(("sentence", "question"), [
    ("“Did you know it was Mussolini?” Todd asked the real estate mogul.", True),
    ('"That would be you?" Borger asked.', True),
    ("“What kind of people do I have here?” Trump asked, looking far from displeased.", True),
    ("“But by using the term ‘founder,’ they’re hitting with you on this again. Mistake?” he asked.", True),
    ("“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.", True),
    ("''Mr. Khan made the ultimate sacrifice in his family, didn't he?'' Mrs. Clinton said.", True),
    # a question word in the quotation, and more than its asking after it; or no question at all
    ("“Why?” is the question the report asks, and the answer lies in the budget figures for next year.", False),
    ('The minister said "no" to the plan on Monday.', False),
])
def test_a_quoted_question_and_its_asker_is_no_key_point(sentence: str, question: bool) -> None:
    from briefgen.extract.summary_lines import quotes_a_question
    assert quotes_a_question(sentence) is question
