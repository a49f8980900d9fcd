"""Quote finding and speaker attribution rules, one case per rule, plus properties of the pairing."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.extract.quote_marks import with_double_marks
from briefgen.extract.quotes import extract_quotes, find_spans, key_quotes
from briefgen.model import Actor, Quote


# a fact-check verdict as an embed's attribute values: long enough to pass the old 400-character tag limit
VERDICT = ("that in a fair comparison the young have worse prospects in the job market than the old do. The statement "
           "is accurate but needs context, so we rate it Mostly True. ") * 2 + "In short, Mostly True"


def texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in extract_quotes(paragraphs)]


@pytest.mark.parametrize(
    ("name", "paragraphs", "expected"),
    [
        ("straight marks", ['"We will win this race," Smith said.'], ["We will win this race,"]),
        ("curly marks", ["“We will win this race,” Smith said."], ["We will win this race,"]),
        ("multi-sentence", ['"We will win. They will lose. It is over," Smith said.'], ["We will win. They will lose. It is over,"]),
        ("split quote", ['"We will win," he said, "and they know it."'], ["We will win,", "and they know it."]),
        ("partial quote", ['Pezeshkian said Iran would "not yield to excessive demands" on the program.'],
         ["not yield to excessive demands"]),
        ("paragraph runs on", ["“We will win the vote.", "“And then we govern,” Smith said."],
         ["We will win the vote.", "And then we govern,"]),
        ("scare quotes of two words", ['The so-called "fake news" story spread.'], []),
        ("title of a work", ['She appeared on "Meet the Press" on Sunday.'], []),
        ("name of an operation", ['It was called "Operation Midnight Hammer" by the Pentagon.'], []),
        ("headline with a byline", ['NOW OPEN—"Pop-up art show strives to confront gentrification," by DNAinfo\'s Eddie Small: '
                                    'Curators set up a show.'], []),
        ("passive by-phrase is still a quote", ['Voters were "both nauseated and terrified" by Trump.'],
         ["both nauseated and terrified"]),
        ("show named before its star", ['“Orange is the New Black” star Dascha Polanco spoke up.'], []),
        ("podcast title", ['“Being a dad is my job,” Weiner said on the podcast “Here’s the Thing.”'], ["Being a dad is my job,"]),
        ("chant in title case is speech", ['Supporters were chanting "Feel the Bern Tonight!" outside.'], ["Feel the Bern Tonight!"]),
        ("title-cased words said by someone", ['"There It Is Again," Christie said.'], ["There It Is Again,"]),
        ("programme after told", ['Fiorina told “Fox and Friends,” that she would run.'], []),
        ("programme after on, before its guest's said",
         ['In an appearance Friday on "CBS This Morning," Sanders said he would vote.'], []),
        ("programme after a broadcaster's possessive",
         ['Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said it was over.'], []),
        ("title-cased speech after a sentence is kept", ['He paused. “Like Oakland. Or Ferguson,” Trump said.'],
         ["Like Oakland. Or Ferguson,"]),
        ("dated campaign slogan", ['The party ran “Stop mass naturalization, yes to the initiative” (2008) and won.'], []),
        ("markup attribute", ['<tweet author="@someone" datetime="2016-07-23">Hello there all</tweet>'], []),
        ("markup tag a line break cut off", ['The mayor listed her plans.', '<tweet author="see the old harbour" date="',
                                             '— Fix the bridges by spring.'], []),
        ("a mark inside a paragraph's last words is no tag", ['They met at 3 <b>noon</b> and "talked about the roads" then.'],
         ["talked about the roads"]),
        ("stray straight mark among curly ones", ['"Critics called it a “term of endearment gone wrong” at best.'],
         ["term of endearment gone wrong"]),
        ("unclosed, next paragraph not a quote", ['"This never closes and runs on', "Next paragraph is narration."], []),
        ("continuation set without reopening", ['Jones said, "We learned a lot from the loss.',
                                                'It was a long day for the team, and they kept going."'],
         ["We learned a lot from the loss.", "It was a long day for the team, and they kept going."]),
        ("continuation closing with no opening mark, then narration", ['Jones said, "We learned a lot from the loss.',
                                                                        'It was a long day," he added. Then he left.'],
         ["We learned a lot from the loss.", "It was a long day,"]),
        ("a sign-off paragraph inside the marks continues nothing", ['"We will not balance the budget this year.',
                                                                     'Jane Roe, Institute for Fiscal Studies."'], []),
        ("long markup attribute", [f'<tweet tweet-author=" {VERDICT}" tweet-date="{VERDICT}.">Smith said the rate '
                                   '“is 51 percent in the city.” He was right<tweet/>.'], ["is 51 percent in the city."]),
        ("title of a work with its author",
         ['According to "Perfect Enough: The Making of a Chief Executive and Her Company" by Jane Doe, she sat down.'], []),
        ("title-cased speech without an author is kept", ['"Perfect Enough For The Rest Of Us All Now," Doe said.'],
         ["Perfect Enough For The Rest Of Us All Now,"]),
        ("mistyped closing mark still closes", ['Analysts found the force is “the best in the world“ and growing.'],
         ["the best in the world"]),
        ("a quoted transcript line's label is no part of what was said",
         ['"WALLACE: Do you really see a path to victory in this race?"'], ["Do you really see a path to victory in this race?"]),
        ("a label that names no speaker stays", ['He said: "UPDATE: the vote is on Tuesday now."'],
         ["UPDATE: the vote is on Tuesday now."]),
    ],
)
def test_quote_spans(name: str, paragraphs: list[str], expected: list[str]) -> None:
    assert texts(paragraphs) == expected, name


def speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)]


@pytest.mark.parametrize(
    ("name", "paragraphs", "expected"),
    [
        ("X said after", ['"We will win this race," Smith said.'], ["Smith"]),
        ("said X after", ['"We will win this race," said Jane Smith.'], ["Jane Smith"]),
        ("X said before, colon", ['Smith said in a statement: "We will win this race."'], ["Smith"]),
        ("X told Y", ['"We will win this race," Smith told Fox Business.'], ["Smith"]),
        ("X told before a partial", ['Smith told reporters that they would "fight to the very end" of it.'], ["Smith"]),
        ("according to X", ['The plan is "dead on arrival," according to Senator Mary Jones.'], ["Mary Jones"]),
        ("According to X opening the sentence", ['According to the newspaper, “Very few classes of people are barred.”'],
         ["the newspaper"]),
        ("apposition after said", ['"We will win this race," said Ali Rahimi, an adviser to the leader, on Monday.'], ["Ali Rahimi"]),
        ("capitalised modifier and description before the name",
         ['"We will win this race," said Republican presidential candidate Jane Smith.'], ["Jane Smith"]),
        ("organisation and role before the name", ['"We will win this race," said Bank of America chief Jane Smith.'],
         ["Jane Smith"]),
        ("affiliation after the name", ['"We will win this race," said Jane Smith of Cheyenne.'], ["Jane Smith"]),
        ("lower-case description before the name", ['"We will win this race," said former tech executive Jane Smith.'],
         ["Jane Smith"]),
        ("description ending in a listed head", ['"We will win this race," said Republican party boss Jane Smith.'],
         ["Jane Smith"]),
        ("a preposition is not a description", ['"We will win this race," wrote Jane Smith for Morning Consult.'],
         ["Jane Smith"]),
        ("apposition before verb", ['Richard Hasen, a law professor at Irvine, wrote: "The court is divided."'], ["Richard Hasen"]),
        ("party label", ['"That is not our view at all," Senate Leader Mitch Brown, R-Ky., said.'], ["Mitch Brown"]),
        ("institution", ["The minister's office said in a statement that he \"welcomed the talks with the envoy.\""],
         ["The minister's office"]),
        ("name as a label", ['POLLS TIGHTEN - David Wasserman: “Indiana has long looked like a fork in the road.”'],
         ["David Wasserman"]),
        ("label after a dash wins over the verb before it",
         ['Pollsters agree - Carl Bialik: “One of the lessons was simple: keep contacting voters.”'], ["Carl Bialik"]),
        ("transcript label in capitals", ['PENCE: "And that is why we will win in November."'], ["Pence"]),
        ("furniture label is not a speaker", ['Update: "We will not pass this bill at all."'], [None]),
        ("unnamed source", ['"The gap remains wide," said a policy expert at the Council on Foreign Relations.'],
         ["a policy expert at the Council on Foreign Relations"]),
        ("pronoun to last named speaker", ['"We will win this race," Smith said.', '"They know it too," he said.'],
         ["Smith", "Smith"]),
        ("second quote in the paragraph inherits", ['"We will win this race," Smith said. "They know it too."'],
         ["Smith", "Smith"]),
        ("speaker in previous sentence with a colon", ["Smith continued:", '"They know it and we know it."'],
         ["Smith"]),
        ("participle takes the clause subject", ['Warren appeared on MSNBC on Monday, saying, "She is ready to lead us."'],
         ["Warren"]),
        ("name of an organisation", ['Matthew Ingram of the Globe and Mail called it "another small skirmish in a war".'],
         ["Matthew Ingram"]),
        ("listener is not the speaker", ['"We want to thank all of them," said Bolden to the gathered crowd.'], ["Bolden"]),
        ("described speaker before the verb", ['A policy expert at the Council on Foreign Relations said: "The gap remains."'],
         ["A policy expert at the Council on Foreign Relations"]),
        ("any verb after a comma-ended quote", ['"That would have been good faith," Toomey fumed on Tuesday.'], ["Toomey"]),
        ("trailing attribution after a clause", ['"Let me thank the volunteers" for the victory, Sanders said.'], ["Sanders"]),
        ("X said at the end of a sentence with a partial quote",
         ['Jones "felt a moral obligation to do something about" the climate, Smith said.'], ["Smith"]),
        ("inverted verb opening the sentence", ['Said Comey, "The thought that we erred is painful."'], ["Comey"]),
        ("speaker of the sentence before", ['Smith said the plan was dead. "Nobody will vote for it now."'], ["Smith"]),
        ("pronoun defers to the named speaker", ['Trump said he wants "a total and complete shutdown" of it.'], ["Trump"]),
        ("parenthetical party after the name", ['"We will not back down," Rep. Jim Jordan (R-Ohio), a member, said.'],
         ["Jim Jordan"]),
        ("plural noun is not a verb", ['Weaver was not impressed with Sanders\' comments, telling reporters, "It is over now."'],
         ["Weaver"]),
        ("leftmost name of a clause with appositions",
         ['Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said, "These images document life."'],
         ["Cynthia Thompson"]),
        ("a phrase ending in a name is not the subject", ['After meeting Obama, Trump, the nominee, said: "It went well."'],
         ["Trump"]),
        ("multi-paragraph quote attributed at its end", ["“We will win the vote in the end.", "“And then we govern,” Smith said."],
         ["Smith", "Smith"]),
        ("unknown stays None", ['"Nobody here knows the answer yet."'], [None]),
        ("a continuation keeps its speaker before the next speaker's introduction",
         ['Kane said, "We started well in the first half.',
          'We could have scored three goals by then." After the match, coach Jan Berg said, "We were beaten today."'],
         ["Kane", "Kane", "Jan Berg"]),
        ("a run-on quote keeps the speaker its introduction named",
         ["Mayor Jane Smith told the crowd on Monday:", "“We will win the vote in the end.",
          "“We will govern for everyone, and we will start with the libraries.", "“And then we will fix the roads.”"],
         ["Jane Smith", "Jane Smith", "Jane Smith"]),
        ("transcript label inside the marks", ['"HOST: Do you really see those two as equivalent?',
                                               '"GUEST: Well, look, we will see about that soon," he said.'],
         ["Host", "Guest"]),
        ("sentence opener is not a speaker", ['Why was he out in the heat that day? "We had to be here for the rally."'],
         [None]),
        ("participle phrase before the subject",
         ['Reached by phone, Bennett denied the report, saying he was "taking a day off from it."'], ["Bennett"]),
        ("time phrase before the subject",
         ['Hours later, Smith returned the compliment, telling Reuters, "We have been friends a long time."'], ["Smith"]),
        ("place after a participle phrase is not the subject",
         ['Speaking at a town hall in Salem, New Hampshire, Smith went after Jones, calling him “a low-energy person.”'],
         ["Smith"]),
        ("capitalised apposition still describes", ['Jane Smith, Donald Trump’s fired campaign manager, said the '
                                                    'trial "was the judge and the jury at once."'], ["Jane Smith"]),
        ("subject with an apposition, then any verb",
         ['Aaron Smith, the director of debate at the university, compared him to a coach who is "working the referees."'],
         ["Aaron Smith"]),
        ("past participle phrase before the subject",
         ['Preceded at the lectern by the sheriff, a hard-liner, Smith launched into a lament for those who are '
          '"victims of violence" by criminals.'], ["Smith"]),
        ("place phrase before the subject",
         ['Here in Columbia, Sanders stepped up his emphasis on justice, saying, "We have got to achieve that day."'],
         ["Sanders"]),
        ("here's presents its speaker", ['Here’s Clinton in December 1992: "Our new direction must rest on that idea."'],
         ["Clinton"]),
        ("title-cased label inside the marks is not a speaker", ['"Missouri: Remember in November who voted," he said.'],
         [None]),
        ("pronoun with nobody named stays None", ['"Nobody here knows the answer yet," he said.'], [None]),
        ("a quoted transcript's turns carry their labels' speakers",
         ['Partial transcript as follows:', '"RAMOS: Secretary Clinton, you sent an e-mail to your daughter. Listen.',
          '"VIDEO: They all told me it was a video when they knew it was not.', '"RAMOS: Did you lie to them?',
          '"CLINTON: I feel a great deal of sympathy for the families."'], ["Ramos", None, "Ramos", "Clinton"]),
    ],
)
def test_attribution(name: str, paragraphs: list[str], expected: list[str | None]) -> None:
    assert speakers(paragraphs) == expected, name


def test_role_and_context_as_the_article_gives_them() -> None:
    (ingram,) = extract_quotes(['Matthew Ingram of the Globe and Mail called it "another small skirmish in a war".'])
    assert ingram.role == "of the Globe and Mail"
    (governor,) = extract_quotes(['Governor of Washington Chris Gregoire said: "The museum put in a tremendous effort."'])
    assert (governor.speaker, governor.role) == ("Chris Gregoire", "Governor of Washington")
    (shamkhani,) = extract_quotes(['"Our missiles are not negotiable," said Ali Rahimi, an adviser to the supreme leader, on Wednesday.'])
    assert shamkhani.role == "an adviser to the supreme leader"
    (president,) = extract_quotes(['Iranian President Masoud Rahimi said his country would "not yield to excessive demands" now.'])
    assert (president.speaker, president.role) == ("Masoud Rahimi", "Iranian President")
    (post,) = extract_quotes(['"Nothing definitive was reached today," Smith said in a social media post following the meeting.'])
    assert post.context == "in a social media post"
    (senator,) = extract_quotes(['"We will win this race," said Ohio Sen. Jane Smith, a Democrat.'])
    assert (senator.speaker, senator.role) == ("Jane Smith", "Ohio Sen.")
    (adviser,) = extract_quotes(['"We will win this race," said Obama adviser David Smith.'])
    assert (adviser.speaker, adviser.role) == ("David Smith", "Obama adviser")
    (told,) = extract_quotes(['"A good deal would mean no weapons," Smith told Axios on Tuesday.'])
    assert told.context == "told Axios on Tuesday"


def test_speaker_key_groups_spellings() -> None:
    quotes = extract_quotes(['"We will win this race," President Donald Smith said.', '"We will win it all," Donald Smith said.'])
    assert {q.speaker_key for q in quotes} == {"donald-smith"}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an archive's quotation marks: two apostrophes on either side
        ("''We finally may be seeing some wage growth,'' Smith said.", [("We finally may be seeing some wage growth,", "Smith")]),
        ("He warned of a ''rigged economy that works for the few.'' Then he left.", [("rigged economy that works for the few.", None)]),
        ("''It is over,'' Smith said. ''We lost the vote in the end.''", [("It is over,", "Smith"),
                                                                         ("We lost the vote in the end.", "Smith")]),
        # feet and inches, and a lone pair, quote nothing
        ("The player stands 6'10'' tall and weighs 240 pounds today.", []),
        ("The sign read '' and nothing more was written on it.", []),
    ],
)
def test_apostrophe_pairs_are_quotation_marks(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes([paragraph])] == expected


@given(st.text(alphabet="ab '.,\"“”\n", max_size=40))
def test_apostrophe_pairs_keep_every_offset(text: str) -> None:
    assert len(with_double_marks(text)) == len(text)


def test_key_quotes_prefers_attributed_substantial_and_varied() -> None:
    quotes = [
        Quote("short bit here", speaker=None, speaker_key=None),
        Quote("We will keep negotiating with everyone at the table until a deal is reached.", speaker="Smith", speaker_key="smith"),
        Quote("We will keep negotiating with everyone at the table until a deal is reached!", speaker="Smith", speaker_key="smith"),
        Quote("Our missile program is not on the table and it never will be.", speaker="Rahimi", speaker_key="rahimi"),
        Quote("The gap between the two sides remains significant for now.", speaker="an expert", speaker_key="an-expert"),
    ]
    chosen = key_quotes(quotes, limit=3)
    assert len(chosen) == 3
    assert {q.speaker_key for q in chosen} == {"smith", "rahimi", "an-expert"}  # near-duplicate dropped
    assert [quotes.index(q) for q in chosen] == sorted(quotes.index(q) for q in chosen)  # reading order


def test_key_quotes_show_a_phrase_only_when_no_fuller_quote_is_left() -> None:
    main = (Actor("Paul Ryan", "person", key="paul-ryan", mentions=20),)
    phrase = Quote("planting the seeds", speaker="Ryan", speaker_key="paul-ryan")  # the main actor's, but four words
    fuller = [Quote("We can always have our differences on policy.", speaker="Lee", speaker_key="ann-lee"),
              Quote("Voters in the state want the party to come together now.", speaker="Cole", speaker_key="tom-cole")]
    assert key_quotes([phrase, *fuller], limit=2, actors=main) == tuple(fuller)
    assert key_quotes([phrase, *fuller], limit=3, actors=main) == (phrase, *fuller)  # room left: shown


def _q(text: str, speaker: str | None, key: str | None = None) -> Quote:
    return Quote(text, speaker=speaker, speaker_key=key if key is not None else (speaker or "").lower().replace(" ", "-") or None)


# Seven quotes of the same length and no words in common (a shared word would make them near-duplicates).
_TEXTS = [" ".join(f"{w}{n}" for w in "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima".split())
          for n in range(7)]
_MAIN = [_q(t, "Smith", "jane-smith") for t in _TEXTS[:4]]
_EXPERT = [_q(t, "an expert at a think tank") for t in _TEXTS[4:6]]
_MINOR = [_q(_TEXTS[6], "Lee", "ann-lee")]
_ACTORS = (Actor("Jane Smith", "person", key="jane-smith", mentions=12), Actor("Ann Lee", "person", key="ann-lee", mentions=2))


@pytest.mark.parametrize(
    ("quotes", "actors", "limit", "expected"),
    [
        # the main actor (12 mentions) gets more of the shown quotes than a one-off expert, but not all of them
        (_EXPERT + _MAIN + _MINOR, _ACTORS, 4, {"jane-smith": 2, "an-expert-at-a-think-tank": 1, "ann-lee": 1}),
        (_EXPERT + _MAIN + _MINOR, _ACTORS, 6, {"jane-smith": 3, "an-expert-at-a-think-tank": 2, "ann-lee": 1}),
        # without actors, a speaker weighs by the quotes they gave (four against two)
        (_EXPERT + _MAIN, (), 3, {"jane-smith": 2, "an-expert-at-a-think-tank": 1}),
        # equal weights: the speakers alternate
        (_EXPERT + [_q(t, "Lee", "ann-lee") for t in _TEXTS[:2]],
         (Actor("Ann Lee", "person", key="ann-lee", mentions=0),), 2, {"an-expert-at-a-think-tank": 1, "ann-lee": 1}),
    ],
)
def test_key_quotes_prefer_main_actors_with_a_spread(quotes: list[Quote], actors: tuple[Actor, ...], limit: int,
                                                     expected: dict[str, int]) -> None:
    chosen = key_quotes(quotes, limit=limit, actors=actors)
    assert Counter(q.speaker_key for q in chosen) == Counter(expected)


def test_key_quotes_weigh_an_office_as_its_owner_and_prefer_the_topic() -> None:
    actors = (Actor("Iran", "state", key="iran", mentions=16), Actor("Benjamin Netanyahu", "person", key="benjamin-netanyahu",
                                                                     mentions=8))
    office = _q("emphasized the security needs of the State of Israel in the talks", "Netanyahu's office")
    aside = _q("emphasized the long history of the region in general and its many peoples", "an analyst")
    assert key_quotes([aside, office], limit=1, actors=actors) == (office,)
    on_topic = _q("A good deal with Iran would mean no nuclear weapons, no missiles.", "Trump", "donald-trump")
    off_topic = _q("We discussed the tremendous progress being made in Gaza, and much more.", "Trump", "donald-trump")
    assert key_quotes([off_topic, on_topic], limit=1, actors=actors) == (on_topic,)
    assert key_quotes([off_topic, on_topic], limit=1) == (off_topic,)  # no actors: no topic, reading order breaks the tie


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list('ab CD."“”,\':<>=')), max_size=80), min_size=1, max_size=4))
@example(['"<b\'\':C>C"'])  # two apostrophes inside a quote stay as written (not the '" ' they are read as)
def test_quotes_are_substrings_in_bounds(paragraphs: list[str]) -> None:
    for span in find_spans(paragraphs):
        assert 0 <= span.start <= span.end <= len(paragraphs[span.paragraph])
    for quote in extract_quotes(paragraphs):
        assert quote.text in paragraphs[quote.paragraph]
        assert quote.text == quote.text.strip()


def test_deterministic() -> None:
    paragraphs = ['"We will win this race," Smith said. "They know it too."', '"And more," he added.']
    assert extract_quotes(paragraphs) == extract_quotes(list(paragraphs))


def test_pronoun_skips_a_speaker_of_the_other_gender() -> None:
    paragraphs = [
        '"We will win this race," Mrs. Jones said.',
        '"They know it too," said Mr. Brown.',
        '"And so do I," she said.',
    ]
    assert speakers(paragraphs) == ["Jones", "Brown", "Jones"]


@pytest.mark.parametrize(
    ("name", "paragraphs", "expected"),
    [
        ("reported speech names the pronoun's referent",
         ['"We will be fine in the end," said Jackson, the delegate.', "Tad Devine said he does not think the contest will hurt.",
          '"We can do an awful lot of good things," he said.'], ["Jackson", "Tad Devine"]),
        ("a place opening a sentence is not a referent",
         ['"We will be fine in the end," said Tom Jackson, the delegate.', "Texas said it would appeal the ruling.",
          '"We can do an awful lot of good things," he said.'], ["Tom Jackson", "Tom Jackson"]),
        ("an institution is not a referent",
         ['"We will be fine in the end," said Tom Jackson, the delegate.', "The White House said the law works well.",
          '"We can do an awful lot of good things," he said.'], ["Tom Jackson", "Tom Jackson"]),
    ],
)
def test_pronoun_after_reported_speech(name: str, paragraphs: list[str], expected: list[str | None]) -> None:
    assert speakers(paragraphs) == expected, name


def test_many_quotes_in_one_paragraph() -> None:
    # one sentence with 2,000 quotes: bounded narration windows keep this linear (about a second)
    paragraph = " ".join('word "quoted words here now" and' for _ in range(2000))
    quotes = extract_quotes([paragraph])
    assert len(quotes) == 2000
    assert all(q.text == "quoted words here now" and q.speaker is None for q in quotes)


@pytest.mark.parametrize(("paragraph", "quoted"), [
    # a closing mark that opens its paragraph opens a quote (a publisher's mistyped mark)
    ("” … in the case of the valley, the council has already left the station,” wrote the Herald.",
     ["… in the case of the valley, the council has already left the station,"]),
    ("”The roads will be closed all week,” the mayor said.", ["The roads will be closed all week,"]),
    # inside a paragraph a closing mark still closes
    ("She said the plan was “far too costly for the town” and left.", ["far too costly for the town"]),
])
def test_a_closing_mark_opening_its_paragraph_opens_a_quote(paragraph: str, quoted: list[str]) -> None:
    assert [q.text for q in extract_quotes(["The council met on Monday.", paragraph])] == quoted


@pytest.mark.parametrize("verb", ["proclaims", "touts", "shouts", "slams", "mocks", "yells", "whispers", "retorts",
                                  "reiterates", "characterizes"])
def test_a_speech_verbs_present_tense_names_the_speaker(verb: str) -> None:
    (quote,) = extract_quotes([f'"We will never give up on this old town," Mayor Jane Roe {verb}.'])
    assert quote.speaker == "Jane Roe"
