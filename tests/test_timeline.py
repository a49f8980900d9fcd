"""Timeline: date rules resolve against a source date, stay as written otherwise, and sort by time."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

REF = "2026-02-11"  # a Wednesday

CASES = [
    ("month-day-year", "The treaty was signed on March 3, 2019 in Geneva by both sides.", "March 3, 2019", "2019-03-03"),
    ("day-month-year", "The treaty was signed on 3 March 2019 in Geneva by both sides.", "3 March 2019", "2019-03-03"),
    ("month-year", "The United States struck its nuclear sites in June 2025.", "June 2025", "2025-06"),
    ("abbrev-month", "The vote is set for Feb. 18, 2026 after a long delay.", "Feb. 18, 2026", "2026-02-18"),
    ("month-day", "The trip, originally scheduled for February 18, was brought forward.", "February 18", "2026-02-18"),
    ("month-day-closest-year", "The plan was first drafted on December 20 by aides.", "December 20", "2025-12-20"),
    ("weekday-past", "Trump told Axios on Tuesday that he was considering it.", "on Tuesday", "2026-02-10"),
    ("weekday-same-day", "Leaders met at the White House on Wednesday for talks.", "on Wednesday", "2026-02-11"),
    ("weekday-future", "The talks will resume on Friday in Oman, officials said.", "on Friday", "2026-02-13"),
    ("yesterday", "The minister resigned yesterday after the vote.", "yesterday", "2026-02-10"),
    ("last-week", "Both sides at last week's Oman meeting described the talks as positive.", "last week", "2026-02"),
    ("last-month", "Prices rose sharply last month across the region.", "last month", "2026-01"),
    ("last-year", "Trump returned to office last year after the election.", "last year", "2025"),
    ("ago", "The ceasefire was agreed three weeks ago in Cairo.", "three weeks ago", "2026-01-21"),
    ("coming-weeks", "The next round of talks is expected in the coming weeks.", "in the coming weeks", "2026-02"),
    ("year", "The company was founded in 1997 by two engineers.", "in 1997", "1997"),
    ("iso", "The report is dated 2025-11-30 and was leaked.", "2025-11-30", "2025-11-30"),
]


def _article(text: str, date: str | None = REF, origin: str = "source") -> Article:
    return Article(name="t", paragraphs=(Paragraph(text),), date=date, date_origin=origin)  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "text", "when", "date"), CASES, ids=[c[0] for c in CASES])
def test_date_rules(name: str, text: str, when: str, date: str) -> None:
    events = extract_timeline(_article(text))
    assert [(e.when, e.date) for e in events] == [(when, date)]
    assert events[0].event.endswith((".", "…", '"'))


@pytest.mark.parametrize("origin", ["file", "none"])
def test_relative_dates_kept_as_written_without_a_source_date(origin: str) -> None:
    text = "Leaders met on Tuesday. The deal collapsed in June 2025. A vote is due on February 18."
    events = extract_timeline(_article(text, date=REF if origin == "file" else None, origin=origin))
    assert [(e.when, e.date) for e in events] == [
        ("June 2025", "2025-06"), ("on Tuesday", None), ("February 18", None)]


@pytest.mark.parametrize("origin", ["file", "none"])
def test_unresolved_dates_run_from_furthest_back_to_furthest_ahead(origin: str) -> None:
    # without a date from the source nothing resolves, but "last year" still comes before "on Tuesday", and the
    # future after the story's days; days that point alike keep the article's order
    text = ("Talks are expected to resume in the coming weeks. Leaders met on Tuesday. The ceasefire was agreed "
            "three months ago. Officials spoke again yesterday. The party took office last year. "
            "A vote is due on February 18. Ministers will travel to Oman next week.")
    events = extract_timeline(_article(text, date=REF if origin == "file" else None, origin=origin))
    assert [e.when for e in events] == ["last year", "three months ago", "on Tuesday", "yesterday", "February 18",
                                        "next week", "in the coming weeks"]
    assert all(e.date is None for e in events)


def test_sorted_by_time_with_mixed_precision() -> None:
    text = ("The summit opened on Wednesday. The first talks were held in 2019. "
            "A second round followed in March 2024. Officials met again last week.")
    dates = [e.date for e in extract_timeline(_article(text))]
    assert dates == ["2019", "2024-03", "2026-02", "2026-02-11"]


def test_numbers_that_are_not_dates_are_ignored() -> None:
    text = "The company may hire 2,000 workers and spent 2019 dollars; it may also grow by 20%."
    assert extract_timeline(_article(text)) == ()


def test_long_sentence_event_is_the_clause_with_the_date() -> None:
    text = ("The president warned that if negotiations fail, the outcome would be uncertain, noting that the last "
            "time Iran rejected a deal, the United States struck its nuclear sites in June 2025 during Operation "
            "Midnight Hammer.")
    (event,) = extract_timeline(_article(text))
    assert event.event == "The United States struck its nuclear sites in June 2025 during Operation Midnight Hammer."


def test_reference_list_lines_are_not_events() -> None:
    text = '"Sensitive document found on rainy street" — CBC.ca, August 15, 2008'
    assert extract_timeline(_article(text)) == ()


def test_clause_without_subject_takes_its_subject_along() -> None:
    text = ("The six-member Afghan team, which consists entirely of girls, had been denied visas to enter the "
            "United States until last week, drawing notice from critics of the travel ban and from many members "
            "of the public.")
    (event,) = extract_timeline(_article(text))
    assert event.event.startswith("The six-member Afghan team")
    assert "until last week" in event.event


_PIECES = [*list("abc JFMTWS0123456789,.-"), " June ", " 2025 ", " on Tuesday ", " last week ", " Feb. 29 ", " 31 ",
           " ago ", " in the coming weeks "]


@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join), st.sampled_from([None, "2024-02-29", "2026-12-31"]))
def test_any_text_gives_sorted_valid_dates(text: str, date: str | None) -> None:
    events = extract_timeline(_article(text, date=date))
    resolved = [e.date for e in events if e.date]
    assert resolved == sorted(resolved)
    for value in resolved:
        assert len(value) in (4, 7, 10) and value[:4].isdigit()


@pytest.mark.parametrize(
    ("text", "when", "date"),
    [
        # a future word near the date: the next such day
        # (a sentence's opening "On Friday" is written as inside a sentence: one day, one way on the page)
        ("On Friday, the minister and his aides are to travel to Oman for talks.", "on Friday", "2026-02-13"),
        ("The minister will travel to Oman on Friday for talks.", "on Friday", "2026-02-13"),
        # a past verb near the date, a "will" in a quotation far from it: the last such day
        ("During questions on Tuesday, the prime minister defended the government's record at length and "
         "promised an update: \"we will publish the plan soon\".", "on Tuesday", "2026-02-10"),
        ("The talks ended on Friday after two days.", "on Friday", "2026-02-06"),
    ],
)
def test_tense_read_near_the_date(text: str, when: str, date: str) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == [(when, date)]


@pytest.mark.parametrize(
    "text",
    [
        "The case concerned schools in Livorno that owed over 422,000 euros in arrears for the period from 2004 to 2009, "
        "the court said in its long ruling on the appeal brought by the city.",
        "The Home Office today is to begin issuing questionnaires in place of official interviews for some 12,000 "
        "asylum hopefuls from five countries who applied before last summer, officials said.",
    ],
)
def test_thousands_comma_does_not_cut_the_event(text: str) -> None:
    events = extract_timeline(_article(text))
    assert events and all(not e.event.startswith("000") and not e.event.endswith((" 12.", " 422.")) for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative date inside a quotation counts from a day the article does not give
        ('Gomez said, "I think we have learned a lot from today\'s game and will be back."', []),
        ("“We lost yesterday, and we will win next time,” the coach said.", []),
        ("Clinton said Trump ''doesn't want the people watching tonight to know'' what he paid.", []),
        # outside the quotation it is dated; an absolute date inside one is dated too
        ('The coach said yesterday, "it was a hard game."', [("yesterday", "2026-02-10")]),
        ('"We signed it in June 2025," he said.', [("June 2025", "2025-06")]),
    ],
)
def test_relative_dates_in_quotations(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The International Monetary Fund announced Tuesday that it is lowering its forecast for growth this year.",
         ("Tuesday", "2026-02-10")),
        ("A fast-track system backed in September 2021 was rejected by the minister, which the ministry today denies.",
         ("September 2021", "2021-09")),
    ],
)
def test_one_entry_per_event_dated_by_its_first_date(text: str, expected: tuple[str, str]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == [expected]


@pytest.mark.parametrize(("text", "whens"), [
    ("Saturday, March 28.", []),  # a schedule's line: a date and nothing told of it
    ("Canberra on July 2012.", []),
    ("The talks ended on Tuesday.", ["on Tuesday"]),
    ("Leaders met on Tuesday.", ["on Tuesday"]),
    ("Jim Brady died in 2014.", ["in 2014"]),
])
def test_an_event_tells_something_beside_its_date(text: str, whens: list[str]) -> None:
    assert [e.when for e in extract_timeline(_article(text))] == whens


def _paragraphs(*texts: str) -> Article:
    return Article(name="t", paragraphs=tuple(map(Paragraph, texts)), date=REF,  # type: ignore[arg-type]
                   date_origin="source")


@pytest.mark.parametrize(("paragraphs", "kept"), [
    pytest.param(("The new car was unveiled at the Shanghai motor show gala night this week by the company.",
                  "The new car was unveiled at the Shanghai motor show gala night this week (shown)."),
                 [0], id="caption-repeats-its-sentence"),
    pytest.param(("Smith, 66, pleaded guilty to wounding with intent in the district court on Wednesday, media said.",
                  "Mr Smith pleaded guilty to wounding with intent when he appeared in the district court on Wednesday."),
                 [0], id="story-retold-later"),
    pytest.param(("Police arrested two men in the harbour district on Tuesday after a long chase.",
                  "The city council approved the new harbour budget on Tuesday after a long debate."),
                 [0, 1], id="two-stories-one-day"),
    pytest.param(("The minister resigned on Tuesday after the vote on the budget in parliament.",
                  "The minister resigned on Friday after the vote on the budget in parliament."),
                 [0, 1], id="one-story-two-days"),
    pytest.param(("The home team won on Sunday.", "The home team lost on Sunday."), [0, 1], id="short-events"),
])
def test_one_entry_per_story_of_a_day(paragraphs: tuple[str, ...], kept: list[int]) -> None:
    events = extract_timeline(_paragraphs(*paragraphs))
    assert sorted(e.event for e in events) == sorted(paragraphs[n] for n in kept)


def test_two_events_of_one_long_sentence_both_stay() -> None:
    text = ("The court heard the first appeal in March 2024, and after many delays and two changes of judge, "
            "the second appeal was finally heard in June 2025 before the full bench of the court.")
    assert [e.date for e in extract_timeline(_article(text))] == ["2024-03", "2025-06"]


@pytest.mark.parametrize("text", ["Speaking to local news website today.kz, a villager described the cloud.",
                                  "The clip was posted on news.today.com by a reader."])
def test_web_address_is_no_date(text: str) -> None:
    assert extract_timeline(_article(text)) == ()


def test_agency_dateline_is_not_part_of_the_event() -> None:
    text = ("FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton criticized the Affordable Care Act as a crazy "
            "system during a presidential campaign stop in Flint, Michigan, on Monday, aides said.")
    events = extract_timeline(_article(text))
    assert events and all(not e.event.startswith(("FLINT", "Mich")) for e in events)


def test_a_figure_leans_on_the_clause_before() -> None:
    text = ("Eugenie Bouchard's run of poor form continued as the top seed was beaten 6-3, 6-1 by American Lauren Davis "
            "in the second round at the Family Circle Cup in Charleston on Wednesday.")
    events = extract_timeline(_article(text))
    assert events and not events[0].event.startswith("6-1")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a quotation an earlier sentence opened: its words are the speaker's, given elsewhere
        ('The mayor spoke at the opening. "We planned the bridge in 2019. Since then it has cost us dearly, and we '
         'finished it yesterday," she said.', []),
        # a quotation that runs on past the sentence: no speaker in the sentence
        ('The mayor said: "We planned the bridge in 2019 and it cost us dearly. It was worth it."', []),
        # closed in its sentence, an absolute date stays; outside any quotation a relative one does too
        ('The mayor said "we planned the bridge in 2019" at the opening.', [("in 2019", "2019")]),
        ('The bridge opened yesterday. "It is a fine bridge," the mayor said.', [("yesterday", "2026-02-10")]),
    ],
)
def test_dates_in_quotations_across_sentences(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(paragraph))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Did the council approve the plan on Tuesday after the vote?", []),
        ('"Was the bridge finished in 2019?" the reporter asked.', []),
        ("The council approved the plan on Tuesday after the vote.", [("on Tuesday", "2026-02-10")]),
    ],
)
def test_a_question_states_no_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # present or conditional: "today" means nowadays
        ("There are more cyclists on the city's roads today than ever before.", []),
        ("The club would be a very different place today without its founder.", []),
        ("Farmers grow wheat on most of the valley's land today.", []),
        ("She still owns the two books her teacher gave her today.", []),
        # a past or future verb near it: the day itself
        ("The minister resigned today after losing the vote.", [("today", "2026-02-11")]),
        ("Figures to be published today show a record number of crossings.", [("today", "2026-02-11")]),
        ("The ministry is to begin sending the forms today.", [("today", "2026-02-11")]),
        # a frame that sets the present against the past (NOWADAYS_FRAMES), whatever the verbs near it, and the past
        # it is set against
        ("The mayor's warning is as true today as it was a year ago.", []),
        ("The old ferry looks as proud today as it looked when it was launched in 1961.", []),
        ("He said he cannot understand where the harbour town is today.", []),
        ("The lake is what's today called a reservoir, the ranger said.", []),
        # a word in "-ed" that is no past verb of today's clause (timeline_deictic.NOT_A_PAST_VERB_*): an adjective,
        # a present passive, an agent's participle after "today", a relative clause that does not hold "today"
        ("Today, despite a court-appointed panel, the council continues to block the road.", []),
        ("The two rivals are tied in the county polls today.", []),
        ("Today, the old mill is owned by a trust started by local families.", []),
        ("The port, which was a fishing harbour for centuries, is today a marina for yachts.", []),
        ("She is a teacher today who worked as a nurse for a decade.", []),
        ("Today, despite a review that cleared the plan, the council continues to block the road.", []),
        ("The festival owes its continued success today to its volunteers.", []),
        # a participle straight before a state verb (PRESENT_STATE_VERBS) is no verb of the clause
        ("None of the staff involved remains at the bank today.", []),
        ("The families affected stay in school halls today.", []),
        # a likeness of now and then (the "same-as-then" frame), a perfect under "may" (what is so by now)
        ("The party's lead today is the same one it enjoyed after the spring vote.", []),
        ("Rents in the old quarter today are similar to those paid a decade ago.", []),
        ("Today the colony may well have doubled in size since the survey.", []),
        # another main clause's verbs are not today's
        ("The two towns were rivals for years, but today they share a council.", []),
        ("Bus fares are stable today, but they will rise in the spring.", []),
        # nor is the speech verb of a clause it reports
        ("The engineer noted that the old pump is in use today, unlike the new one.", []),
        ("The mayor told reporters that the harbour is busier today than in summer.", []),
        ("The clerk said that the council voted today to close the bridge.", [("today", "2026-02-11")]),
        # the past verb is today's clause's own: the day
        ("The two towns were rivals for years, but today they signed a deal.", [("today", "2026-02-11")]),
        ("The mayor, the elected head of the town, resigned today.", [("today", "2026-02-11")]),
        ("The man who was arrested today appeared in court.", [("today", "2026-02-11")]),
        ("A report released by the ministry today shows rents rising.", [("today", "2026-02-11")]),
        ("The council, which voted today, has no quorum left.", [("today", "2026-02-11")]),
        ("The factory was sold today to a firm owned by its workers.", [("today", "2026-02-11")]),
        ("Those arrested today remain in custody.", [("today", "2026-02-11")]),
        ("The man arrested is appearing in court today.", [("today", "2026-02-11")]),
        ("Today the council voted the same way as the board.", [("today", "2026-02-11")]),
        # not a comparison or a question of what is so: the day
        ("The council said it will decide as early as today whether to close the bridge.", [("today", "2026-02-11")]),
        ("The minister explained today what the new rules were.", [("today", "2026-02-11")]),
        ("He asked what was on today's agenda, the clerk said.", [("today", "2026-02-11")]),
    ],
)
def test_today_in_the_present_means_nowadays(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator told USA Today that she had resigned from the committee.", []),
        ("In an interview with Morning Today Radio, the senator said she had resigned.", []),
        ("Today the senator resigned from the committee after the vote.", [("today", "2026-02-11")]),
        # a programme named for its time, in any case (PROGRAMME_NOUNS)
        ("The senator told the Today programme that she had resigned from the committee.", []),
        ("the governor appeared on the tonight show and mocked the host's jokes.", []),
        ("The senator will appear on the show tonight to explain why she resigned.", [("tonight", "2026-02-11")]),
    ],
)
def test_today_in_a_name_is_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == expected


@pytest.mark.parametrize(
    ("text", "when", "date"),
    [
        ("Twenty-two years ago, the mill closed its gates for good.", "twenty-two years ago", "2004"),
        ("The mill closed its gates thirty years ago this spring.", "thirty years ago", "1996"),
        ("The mill closed its gates two years ago after a fire.", "two years ago", "2024"),
        ("The mill closed its gates eleven days ago after a fire.", "eleven days ago", "2026-01-31"),
    ],
)
def test_counts_in_words(text: str, when: str, date: str) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == [(when, date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff meet every Friday to plan the coming edition of the paper.", []),
        ("The paper usually goes to print on a Monday, its editor said.", []),
        ("The paper went to print on Monday after a long delay.", [("on Monday", "2026-02-09")]),
        # a bare weekday in a routine the sentence tells is no date either
        ("The crew sorts the letters on a Sunday, comes back Wednesday and sends them out.", []),
        ("Volunteers usually cook on Thursday and serve the meals at the hall.", []),
        ("The club meets on Fridays, and players train Saturday at the park.", []),
        # a past or future verb near it makes it a day: one event
        ("The crew usually sorts the letters, but on Wednesday it went on strike.", [("on Wednesday", "2026-02-11")]),
        ("Volunteers usually cook at home, but they will serve the meals on Friday.", [("on Friday", "2026-02-13")]),
        ("The trial resumed Tuesday, a day after the holiday.", [("Tuesday", "2026-02-10")]),
        ("The club usually meets in the hall, and last Monday it picked a captain.", [("last Monday", "2026-02-09")]),
    ],
)
def test_a_habit_is_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # "coming out of" is no future: the last Monday
        ("For all the cheers coming out of the party's headquarters Monday night, the leader still has work to do.",
         "2026-02-09"),
        ("The results are coming next Monday, when the count ends.", "2026-02-16"),
    ],
)
def test_coming_is_future_only_of_a_time(text: str, date: str) -> None:
    assert [e.date for e in extract_timeline(_article(text))] == [date]


def test_one_day_named_twice_in_a_sentence_is_one_event() -> None:
    text = ("Posts on the forum from Friday said the site was under attack, and users wrote that as of Friday the site "
            "was still down for most of its readers across the country.")
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == [("from Friday", "2026-02-06")]


@pytest.mark.parametrize(
    ("text", "when", "starts", "holds", "lacks"),
    [
        # the date's clause goes on after a comma: keep the sentence's head and the clause's end
        ("The spokesman told reporters that on October 6 after flying back from Spain, the suspect \"walked into the "
         "station and gave himself up\", and told the officers on duty everything he had done that week.",
         "October 6", "The spokesman told reporters that on October 6", "gave himself up", "told the officers"),
        # a clause of its own after a conjunction: the conjunction goes, the earlier clause is another event
        ("Yesterday the student received a prize at the national science fair in the capital city — and tomorrow she "
         "plans to meet officials at the United Nations headquarters in New York.",
         "tomorrow", "Tomorrow she plans to meet officials", "New York", "science fair"),
        # a name and its description before the verb stay together
        ("Maria Lopez, a third year law student at the city university, admitted she was willing to skip her evening "
         "class on Thursday to attend the long opening night of the exhibit in the old town.",
         "on Thursday", "Maria Lopez", "on Thursday", "city university"),
        # no conjunction with a subject: the verb leans on the clause before it
        ("The team from the northern province won its first match in the league on Friday after many delays, and "
         "went on to win the next three games against much bigger clubs from the capital.",
         "on Friday", "The team from the northern province", "on Friday", "Went on"),
    ],
)
def test_event_text_of_a_long_sentence(text: str, when: str, starts: str, holds: str, lacks: str) -> None:
    events = {e.when: e.event for e in extract_timeline(_article(text))}
    assert events[when].startswith(starts), events[when]
    assert holds in events[when] and lacks not in events[when]


def test_a_long_head_is_shortened_and_the_dates_clause_kept() -> None:
    text = ("The case on which the highest court of the country has now finally ruled after many years was that of two "
            "small schools in the old port city, Tuscany, to pay over 400,000 euros in arrears for the period from 2004 "
            "to 2009.")
    (event,) = extract_timeline(_article(text))
    assert event.event.startswith("The case on which") and " … " in event.event
    assert event.event.endswith("from 2004 to 2009.") and len(event.event.split()) <= 31


_CLAUSES = ["the council met again", "on Tuesday", "in June 2025", "which angered many residents", "and they voted",
            "the mayor said", "“we will build it,”", "as officials from three towns watched", "three weeks ago",
            "Tuscany", "a long and bitter dispute over the old bridge and its many costs to the town"]


@given(st.lists(st.sampled_from(_CLAUSES), min_size=1, max_size=12), st.sampled_from([", ", "; ", " — ", " "]))
def test_every_event_names_its_date(parts: list[str], joint: str) -> None:
    text = joint.join(parts) + "."
    for event in extract_timeline(_article(text)):
        assert event.when.lower() in event.event.lower(), (event.when, event.event)
        assert len(event.event.split()) <= 32
        assert event.event.count("“") == event.event.count("”")


def test_an_interviews_answer_is_dated_with_its_speaker() -> None:
    paragraphs = [
        "Reporter: When did your team last win the national title?",
        "Tina Cole: We won it in 2005 in front of a home crowd. Then in 2006 we finished fourth.",
        "Reporter: And what comes next for the team after this season?",
        "Tina Cole: We play the cup final in Perth next month.",
        "Reporter: Was that the final where you were captain, in 2005?",
        "Tina Cole: No, I was captain later, in 2010.",
    ]
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs), date=REF, date_origin="source")
    events = extract_timeline(article)
    assert [e.date for e in events] == ["2005", "2006", "2010", "2026-03"]
    assert all(e.event.startswith("Tina Cole: ") for e in events)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("But the council approved the plan on Tuesday.", "The council approved the plan on Tuesday."),
        ("However, the council approved the plan on Tuesday.", "The council approved the plan on Tuesday."),
        ("Bendigo, Victoria, Australia On Tuesday, the council approved the plan.",
         "On Tuesday, the council approved the plan."),
        ("Butter prices rose on Tuesday.", "Butter prices rose on Tuesday."),  # no conjunction, only its letters
    ],
)
def test_event_without_link_or_dateline(text: str, event: str) -> None:
    assert [e.event for e in extract_timeline(_article(text))] == [event]


def test_the_speaker_after_a_quotation_is_the_events_subject() -> None:
    text = ('"They are trying to make us go away by saying nothing at all about the shooting, thinking we will stop," Ana '
            "Diaz, 25, said as she and hundreds of others marched through the city early on Sunday morning.")
    (event,) = extract_timeline(_article(text))
    assert event.event.startswith("Ana Diaz, 25, said as she") and event.event.count('"') % 2 == 0


@pytest.mark.parametrize(
    ("text", "when", "starts", "holds"),
    [
        # the date of the attribution dates what was reported: the report's words lead the event
        ("In Leeds, the mayor made a surprise visit to the flooded market hall in the city centre, where four traders "
         "lost their stock in the storm last weekend, the local paper reported Friday.",
         "Friday", "In Leeds, the mayor made a surprise visit", "the local paper reported Friday"),
        # a sentence run on after a comma ends the date's clause
        ("The driver had parked his van at the retail park in the town centre, pictured above, on April 15, 2013, "
         "The retail park, pictured above, offers two free hours of parking to all of its customers.",
         "April 15, 2013", "The driver had parked his van", "on April 15, 2013."),
        # a sentence adverb is no name the next part describes
        ("Likewise, the minister's visit to the port on Monday, while not open to the public, will draw crowds from the "
         "two nearby towns, which are seen as critical because the party has not won the region in a general election "
         "since 1988.",
         "since 1988", "The minister's visit to the port on Monday", "since 1988"),
    ],
)
def test_event_text_keeps_what_happened(text: str, when: str, starts: str, holds: str) -> None:
    events = {e.when: e.event for e in extract_timeline(_article(text))}
    assert events[when].startswith(starts), events[when]
    assert holds in events[when]


def test_a_quotation_opened_before_is_reopened_in_the_event() -> None:
    text = ('The senator spoke of her doubts. "I was told to keep quiet. I regret having listened to that advice," she '
            "said, in an interview earlier this year.")
    (event,) = extract_timeline(_article(text))
    assert event.event.startswith('"I regret having listened') and event.event.count('"') == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘We really have to win our games in the coming weeks to reach the play-offs.", []),
        ("'I have led the group since I came to the club in 2007.", []),
        ("The champion lost. I was definitely a little bit slow today, she said after the match. I was tired on Monday.",
         [("today", "2026-02-11")]),
        ("We won the cup in 2007 after a long final, the captain said.", [("in 2007", "2007")]),
        ("‘We won the cup in 2007,’ the captain told reporters.", [("in 2007", "2007")]),
        ("Iowa voters met the candidate in 2007.", [("in 2007", "2007")]),
    ],
)
def test_an_unnamed_voice_dates_no_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == expected


def test_a_reporters_own_i_dates_events() -> None:
    text = "I visited the fair on Saturday night, and there was a sea of people in the square."
    assert [e.when for e in extract_timeline(_article(text))] == ["on Saturday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a photo caption run into the prose dates nothing; the sentence after it does
        ("The ferry was towed into port on Monday (pictured) The crew said the engine failed on Sunday.",
         [("on Sunday", "2026-02-08")]),
        ("Divers searched the lake on Tuesday It was the third search this year, police said.",
         [("this year", "2026")]),
        # a paragraph's last line without a full stop (a list's item) still counts
        ("Opening of the new library on Friday", [("on Friday", "2026-02-06")]),
    ],
)
def test_a_caption_run_into_the_text_dates_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On January 9, 2019, the governor issued the following statement:", []),
        ("The trouble started when the council voted on Tuesday:", []),
        # a colon inside the sentence introduces nothing left for later
        ("The council voted on Tuesday: the bridge was closed.", [("on Tuesday", "2026-02-10")]),
    ],
)
def test_a_list_introduction_is_no_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a past verb or a past event beside the day: the last such day, whatever "will" comes after
        ("The party chair announced Sunday she will resign her post after the convention in the summer.", "2026-02-08"),
        ("The president is not running again, but his address Sunday about the crisis will be a major topic.",
         "2026-02-08"),
        ("A producer told the paper Tuesday morning that the host abruptly cancelled a scheduled interview.",
         "2026-02-10"),
        ("Her victories in four states on Tuesday will only speed up that shift among party donors.", "2026-02-10"),
        ("Stocks ended slightly higher on Friday, helped by better-than-expected results from retailers.", "2026-02-06"),
        # negative cases: a future word before the day, or after a day that opens its clause or owns something
        ("The first votes will be counted Tuesday in three tiny villages in the north.", "2026-02-17"),
        ("Her interviews will air Friday evening on the main channel.", "2026-02-13"),
        ("On Monday, the former president will hold two events for the campaign in the state.", "2026-02-16"),
        ("She is hoping Saturday's caucuses will set her on a clear path to the nomination.", "2026-02-14"),
        ("The senator was set to receive an endorsement on Friday from a former rival.", "2026-02-13"),
    ],
)
def test_the_verb_nearest_the_day_gives_its_tense(text: str, date: str) -> None:
    assert [e.date for e in extract_timeline(_article(text))] == [date]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("On Friday, the talks ended without a deal in the capital.", "on Friday"),
        ("Last week the minister resigned after the vote in parliament.", "last week"),
        ("Yesterday the minister resigned after the vote in parliament.", "yesterday"),
        # a month or a weekday keeps its capital
        ("Friday was the day the talks ended without a deal.", "Friday"),
        ("March 3, 2019 was the day the treaty was signed in Geneva.", "March 3, 2019"),
    ],
)
def test_when_is_written_as_inside_a_sentence(text: str, when: str) -> None:
    assert [e.when for e in extract_timeline(_article(text))] == [when]


@pytest.mark.parametrize(
    ("text", "whens"),
    [
        # a show's name in Title Case, a named day, a ranking's column: no date
        ("The senator told ABC's This Week that the deal was weak.", []),
        ("The host mocked the plan on Last Week Tonight with a long segment.", []),
        ("The governor hopes to win most of the southern states on Super Tuesday in the spring.", []),
        ("1. Ben Carson (Last week: 2.)", []),
        ("The Sunday Times reported that the minister had been warned about the costs.", []),
        ("The adviser told The Mail on Sunday that the plan had been dropped.", []),
        # negative cases: the same words as a date
        ("The paper reported on Sunday that the minister had been warned about the costs.", ["on Sunday"]),
        ("The adviser told the Sunday People last week that the plan had been dropped.", ["last week"]),
        ("The senator told reporters this week that the deal was weak.", ["this week"]),
        ("The governor won most of the southern states last week after a long campaign.", ["last week"]),
        ("The governor campaigned in the south on Tuesday ahead of the vote.", ["on Tuesday"]),
    ],
)
def test_names_that_look_like_dates(text: str, whens: list[str]) -> None:
    assert [e.when for e in extract_timeline(_article(text))] == whens


@pytest.mark.parametrize(
    ("text", "starts", "lacks"),
    [
        # an apposition after a name has no verb of its own: the event keeps the clause it describes
        ("The senator is relying on the research of Emmanuel Saez, an economics professor at the University of "
         "California at Berkeley who had once concluded that the top earners took most of all gains from 2009 to 2012.",
         "The senator is relying", None),
        ("The party was led into the campaign by Barry Goldwater, the hard-right Arizonan who went on to lead the "
         "Republican Party to a heavy electoral defeat at the polls in 1964 and then retired.",
         "The party was led", None),
        # negative cases: a clause after an opening adverbial, and a clause with its own verb
        ("In the long and hard campaign that the party fought across the whole of the southern states last year, a "
         "man was killed at a rally in Texas on Friday and two others were hurt.",
         "A man was killed", "southern states"),
        ("The lawyers for the company argued for many hours that the rules of the market had been broken by the "
         "others, the court ruled on Friday after a hearing that lasted for many long hours in the capital.",
         "The court ruled on Friday", "lawyers"),
    ],
)
def test_an_apposition_leans_on_the_name_before_it(text: str, starts: str, lacks: str | None) -> None:
    (event,) = [e.event for e in extract_timeline(_article(text)) if e.date and e.date[:4] in ("2009", "1964", "2026")]
    assert event.startswith(starts), event
    assert lacks is None or lacks not in event


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a future word a long way before the day: no verb in between, the day is ahead
        ("The paper reports the host will endorse the rival senator from Texas at a rally in Iowa on Saturday.",
         "2026-02-14"),
        # negative case: a past verb between the future word and the day
        ("The host will talk about the senator who endorsed the rival from Texas at a rally in Iowa on Saturday.",
         "2026-02-07"),
    ],
)
def test_a_future_word_far_before_the_day(text: str, date: str) -> None:
    assert [e.date for e in extract_timeline(_article(text))] == [date]


def test_a_cut_after_a_long_head_keeps_the_whole_date() -> None:
    # (found by test_every_event_names_its_date: the cut fell inside "three weeks ago")
    parts = ["the council met again", "on Tuesday", "on Tuesday", "on Tuesday", "in June 2025",
             "which angered many residents", "which angered many residents", "as officials from three towns watched",
             "on Tuesday", "three weeks ago", "the council met again"]
    events = {e.when: e.event for e in extract_timeline(_article(", ".join(parts) + "."))}
    assert "three weeks ago" in events["three weeks ago"]
