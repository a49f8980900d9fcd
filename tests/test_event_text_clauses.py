"""Event text: a long sentence's clause is cut where it is whole, never between 'that' and its verb."""

from __future__ import annotations

import pytest

from briefgen.extract.event_relative import relative_as_clause
from briefgen.extract.event_text import event_text


@pytest.mark.parametrize(("sentence", "date", "must_hold"), [
    ("Court papers obtained by our correspondent on Monday showed that the suit, with Number FHC/ABJ/03/095/2018, "
     "was filed by Mahmud Abubakar Magaji, a Senior Advocate of Nigeria, on behalf of the lawmakers.",
     "on Monday", "was filed"),
    ("The filings due Sunday night are expected to show that Cruz, who has boasted of his appeal to the overlapping "
     "demographics that comprise the GOP base, did significant additional business in the last quarter of the year.",
     "Sunday", "did significant"),
    ("It was less than two weeks ago that, standing on stage at the Wells Fargo Center in Philadelphia, Khizr Khan "
     "pulled his worn pocket-sized copy of the Constitution from his pocket and offered to loan it to Trump.",
     "two weeks ago", "Khizr Khan"),
    # a clause that is whole before its aside still stops there
    ("The council approved the new bypass plan for the old town on Monday, which opponents had fought for years in the "
     "courts and in the streets of the old town, where the new road is to run past the cathedral.",
     "on Monday", None),
])
def test_a_clause_is_not_cut_between_that_and_its_verb(sentence: str, date: str, must_hold: str | None) -> None:
    event = event_text(sentence, sentence.index(date))
    assert date in event
    if must_hold:
        assert must_hold in event
    else:
        assert event == "The council approved the new bypass plan for the old town on Monday."


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    ("On Wednesday night, a group of more than 50 conservative foreign policy experts, including former homeland "
     "security secretary Michael Chertoff and former deputy secretary of state Robert Zoellick, issued an open letter "
     "calling Trump unfit for the office of president.", "On Wednesday",
     "On Wednesday night, a group of more than 50 conservative foreign policy experts … issued an open letter calling "
     "Trump unfit for the office of president."),
    # the head has a verb of its own: the aside is where its clause ends
    ("The NEA didn’t endorse a candidate until after the primaries in 2008, when the union and its three million teachers "
     "across the country, and the rival federation of teachers, followed suit in October.", "in 2008",
     "The NEA didn’t endorse a candidate until after the primaries in 2008."),
    ("Police in the northern city arrested the man on Friday at his home, including his two brothers and a cousin, "
     "and charged all four with fraud and the theft of several cars.", "on Friday", None),
])
def test_a_subject_cut_off_by_an_aside_gets_its_verb(sentence: str, date: str, expected: str | None) -> None:
    event = event_text(sentence, sentence.index(date))
    if expected:
        assert event == expected
    else:
        assert " … " not in event and event.startswith("Police in the northern city arrested the man on Friday")


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    ("“I think it's so unfortunate that he did not join with others of us in either the House or the Senate,” Clinton "
     "said at an impromptu question-and-answer session with reporters at a restaurant in Queens on Monday afternoon.",
     "on Monday",
     "“I think it's so unfortunate that he did not join with others of …” Clinton said at an impromptu "
     "question-and-answer session with reporters at a restaurant in Queens on Monday afternoon."),
    ('"We are going to win," Trump told a crowd of thousands of supporters at a rally in the state capital on Tuesday '
     "night, before flying to Florida for another rally with his running mate and his family.", "on Tuesday",
     '"We are going to win," Trump told a crowd of thousands of supporters at a rally in the state capital on Tuesday '
     "night."),
    # an attribution that runs on past its date ends where another clause begins
    ("“I stand by everything I said during the campaign,” the Florida senator told THE WEEKLY STANDARD on Thursday "
     "when asked if he still believes Trump cannot be trusted with access to the country’s nuclear weapons codes.",
     "on Thursday",
     "“I stand by everything I said during the campaign,” the Florida senator told THE WEEKLY STANDARD on Thursday."),
    # a quotation that opens inside the part: the sentence's head as before
    ("Bernie Sanders' plan would \"end all the kinds of health care we know,\" Hillary Clinton declared in an interview "
     "Thursday, in the latest escalation of words between the Democratic candidates ahead of the Iowa caucus.",
     "Thursday",
     "Bernie Sanders' plan would \"end all the kinds of health care we know,\" Hillary Clinton declared in an interview "
     "Thursday, in the latest escalation of words between the Democratic candidates …"),
])
def test_a_date_in_the_attribution_dates_what_was_said(sentence: str, date: str, expected: str) -> None:
    assert event_text(sentence, sentence.index(date)) == expected


@pytest.mark.parametrize(("sentence", "date", "dropped"), [
    # the attribution holds the event's date: kept ("… according to a survey released on Thursday")
    ("The regional water board has failed to significantly reduce the leaks in the old pipes of the valley's three "
     "largest towns over the past decade, according to an audit published on Thursday.", "on Thursday", None),
    ("The old council met again and again and again over the plans for the bridge and the road and the new school "
     "near the river, “we will build it,” on Tuesday the mayor said.", "on Tuesday", None),
    # an attribution without a date still goes ("…, the mayor said")
    ("On Tuesday the old council met again and again over the plans for the bridge and the road and the new school "
     "near the river and the park by the station in the north of the town, the mayor said.", "On Tuesday",
     "the mayor said"),
])
def test_an_attribution_holding_the_date_is_kept(sentence: str, date: str, dropped: str | None) -> None:
    event = event_text(sentence, sentence.index(date))
    assert date in event
    if dropped:
        assert dropped not in event


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    # a long quotation before a short dated attribution: its start, the mark closed before who said it
    ("“The council has ignored the people of this valley for years, and it has ignored the floods, the closed roads "
     "and the schools that shut every winter because of them,” the campaigner told reporters on Monday.", "on Monday",
     "“The council has ignored the people of this valley for years, and it has ignored the floods, the closed roads "
     "and the schools that …” the campaigner told reporters on Monday."),
    # the quotation runs on after its attribution: the attribution is no end
    ("\"People tell me,\" the mayor said last week at the harbour, \"that the new wall will keep out every flood the "
     "river can send, but nobody has shown me a single study that says so.\"", "last week",
     "\"People tell me,\" the mayor said last week at the harbour, \"that the new wall will keep out every flood the "
     "river can send.\""),
    # the speaker's name and post take up to ATTRIBUTION_SPEAKER_WORDS words before the verb
    ("“It is striking that in almost every port of the coast the new tolls are threatening to put the brakes on "
     "trade,” Ana Ruiz, the head of the harbour board of the city of Porto, said in a speech last week.", "last week",
     "“It is striking that in almost every port of the coast …” Ana Ruiz, the head of the harbour board "
     "of the city of Porto, said in a speech last week."),
])
def test_a_dated_attribution_after_a_long_quotation(sentence: str, date: str, expected: str) -> None:
    assert event_text(sentence, sentence.index(date)) == expected


@pytest.mark.parametrize(("sentence", "date", "must_hold"), [
    # "during" is no participle: its aside does not end the opening phrase, whose main clause follows
    ("Speaking with reporters at the harbour on Thursday, during which she also mentioned the plans for a second pier, "
     "the mayor said that the new sea wall would be finished before the storms of next winter.", "on Thursday",
     "the mayor said"),
    # a subject whose verb comes after a long aside with a comma in its date: the verb, after the aside left out
    ("The mayor's sharp attack on the builders at a meeting on Monday, including a claim that they had ignored warnings "
     "before the March 4, 2019, flood, angered many councillors who had backed the project for years.", "on Monday",
     "angered many councillors"),
])
def test_the_dates_clause_reaches_its_verb(sentence: str, date: str, must_hold: str) -> None:
    event = event_text(sentence, sentence.index(date))
    assert date in event and must_hold in event


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    # the speaker's name and post take parts of their own: the quotation still comes first
    ("“We have looked at every report the engineers sent us and none of them explains why the wall cracked so soon,” "
     "the council's chief planning officer, Ana Ruiz, said on Tuesday.", "on Tuesday",
     "“We have looked at every report the engineers sent us and none of them explains why the wall cracked so …” "
     "the council's chief planning officer, Ana Ruiz, said on Tuesday."),
    # a party after the name does not hide the attribution: what was reported comes first
    ("The new harbour wall could be finished before the winter storms, but only if the builders get the steel in time, "
     "Rep. Jane Holt (D-Maine) told the Portland Herald on Wednesday.", "on Wednesday",
     "The new harbour wall could be finished before the winter storms … Rep. Jane Holt (D-Maine) told the Portland "
     "Herald on Wednesday."),
])
def test_what_was_said_before_a_dated_attribution(sentence: str, date: str, expected: str) -> None:
    assert event_text(sentence, sentence.index(date)) == expected


def test_a_participle_after_the_attribution_is_a_clause_of_its_own() -> None:
    sentence = ("“The wall was built too fast and too cheaply,” the engineer added, noting that more than half of the "
                "town's sea walls were rebuilt in 1998 with the same steel, but only one has cracked since.")
    event = event_text(sentence, sentence.index("in 1998"))
    assert "noting that" in event and "in 1998" in event and "has cracked since" not in event


def test_during_ends_a_whole_clause() -> None:
    sentence = ("The old ferry company kept its licence until shortly after its owner left the island in March 2014, "
                "during a long strike prompted in part by the company's refusal to pay the crews their wages.")
    assert event_text(sentence, sentence.index("March 2014")) == (
        "The old ferry company kept its licence until shortly after its owner left the island in March 2014.")


@pytest.mark.parametrize(("sentence", "date", "must_hold"), [
    # a dash glued to a word is inside its part: the words around it are kept
    ("On Monday, Okafor—who had backed the mayor in the spring and then broke with her over the port contracts and the "
     "dredging plan— will host a dinner for the new candidate's donors.", "On Monday", "Okafor—who had backed"),
    ("The survey covered the towns where the new tram lines had opened by 2016—Leeds, Nantes, Porto and Lyon— and "
     "asked how often the people living near them still drove to work in the past month.", "by 2016",
     "The survey covered the towns"),
])
def test_a_glued_dash_does_not_drop_words(sentence: str, date: str, must_hold: str) -> None:
    event = event_text(sentence, sentence.index(date))
    assert date in event and must_hold in event


@pytest.mark.parametrize(("sentence", "date", "event"), [
    # "So far" is no link word to drop
    ("So far in 2019, the harbour has handled fewer ships than in any year since the new locks opened downstream.",
     "in 2019", "So far in 2019, the harbour has handled fewer ships than in any year since the new locks opened "
     "downstream."),
    ("But the council met again on Monday to vote on the budget.", "on Monday",
     "The council met again on Monday to vote on the budget."),
    # nor is "So" with its verb before the subject
    ("So says the harbour master in a letter to the council sent on Monday.", "on Monday",
     "So says the harbour master in a letter to the council sent on Monday."),
    ("So did the ferry union at its meeting on Monday.", "on Monday", "So did the ferry union at its meeting on Monday."),
    ("So the council met again on Monday to vote on the budget.", "on Monday",
     "The council met again on Monday to vote on the budget."),
    # an attribution whose speaker's title has a dot goes whole
    ("The ferry company will raise its fares on the island routes in the spring of next year to pay for two new boats, "
     "Mr. Okafor said, and the unions have already protested against the rise.", "next year",
     "The ferry company will raise its fares on the island routes in the spring of next year to pay for two new "
     "boats."),
])
def test_link_words_and_attributions_go_whole(sentence: str, date: str, event: str) -> None:
    assert event_text(sentence, sentence.index(date)) == event


@pytest.mark.parametrize(("sentence", "date", "event"), [
    # a cut left as a name and its relative clause tells the clause as the name's
    ("The new mayor has no experience with ports or ships, but he represents the kind of stubborn builder that the town "
     "once had in Rosa Lind, its tireless former harbour master, who was dismissed on June 20.", "June 20",
     "Its tireless former harbour master was dismissed on June 20."),
    ("Senator Anna Berg of Utah, who last year threatened to close the state parks over the water dispute, and who has "
     "been hoping to win back the farmers of the south, quickly went up with a new television advertisement.",
     "last year", "Senator Anna Berg of Utah last year threatened to close the state parks over the water dispute."),
    ("Sanders held a rally Saturday while Clinton hosted an event Monday during which she thanked the vice president "
     "and his late son, the former Attorney General of the state, who died of cancer last year.", "last year",
     "The former Attorney General of the state died of cancer last year."),
    # not when the pronoun is no subject ("who many feel need …")
    ("The leader has already won three of the previous four contests, putting him ahead of his rivals, particularly "
     "Sens. Anna Berg and Tom Reyes, who many feel need a strong showing on Tuesday to stay in the race.", "on Tuesday",
     "The leader has already won three of the previous … particularly Sens. Anna Berg and Tom Reyes, who many feel "
     "need a strong showing on Tuesday to stay in the race."),
])
def test_a_name_and_its_relative_clause_are_told_as_a_clause(sentence: str, date: str, event: str) -> None:
    assert event_text(sentence, sentence.index(date)) == event


@pytest.mark.parametrize(("told", "kept"), [
    ("Anna Berg and Tom Reyes, who rejoins the debate on Monday.", True),  # (two names: whose clause?)
    ("The lawsuit, which will be filed on Friday, names the county.", True),  # (the sentence's own verb is there)
    ("The harbour master, who was dismissed … on June 20.", True),  # (words left out)
    ("The harbour master, who many say left on June 20.", True),
    ("The harbour master, who quietly left on June 20.", False),
])
def test_which_relative_clauses_are_told_as_clauses(told: str, kept: bool) -> None:
    assert (relative_as_clause(told) == told) is kept


@pytest.mark.parametrize(("sentence", "date", "event"), [
    # a relative clause cut from a long sentence keeps the name it tells of
    ("The harbour board will share the new berths among the ferry lines in keeping with the port's old rules of many "
     "years, but the vote puts the island line ahead of its rival Nordic Ferries, which came into Tuesday's meeting "
     "with hopes.", "Tuesday",
     "The harbour board will share the new berths among the … but the vote puts the island line ahead of its rival "
     "Nordic Ferries, which came into Tuesday's meeting with hopes."),
    # and an apposition the short name before it; a quotation cut in the lead is closed there
    ("“I do not know many fishermen in this town who are not worried about the new quotas in some way or other,” said "
     "Ana Ruiz, a harbour official in the town, who was named last week as the head of the port's new fisheries board.",
     "last week", "“I do not know many fishermen in” … said Ana Ruiz, a harbour official in the town, who was named "
     "last week as the head of the port's new fisheries board."),
])
def test_a_relative_clause_keeps_its_name(sentence: str, date: str, event: str) -> None:
    assert event_text(sentence, sentence.index(date)) == event


@pytest.mark.parametrize(("sentence", "date", "event"), [
    # a date of years or months back in the relative clause after the opening name dates that clause
    ("Novak, who was elected to the council in 2014, doesn't see the harbour fees as a problem.", "in 2014",
     "Novak was elected to the council in 2014."),
    ("Yet Rosa Lind, who quietly left the port board 14 months ago, had to wait a year for her pension.",
     "14 months ago", "Rosa Lind quietly left the port board 14 months ago."),
    ("Ruiz, who served on the board from 1995 to 2001, has also thought of running for mayor.", "from 1995",
     "Ruiz served on the board from 1995 to 2001."),
    # not a day near the article's, nor an object's relative clause, nor a date outside the clause
    ("Ruiz, who spoke at the quay on Monday, said the fees would rise.", "on Monday",
     "Ruiz, who spoke at the quay on Monday, said the fees would rise."),
    ("The island, which the mayor won in 2008 but lost four years later, is leaning to the new party.", "in 2008",
     "The island, which the mayor won in 2008 but lost four years later, is leaning to the new party."),
    ("Ruiz, who runs the port, was elected to the council in 2014.", "in 2014",
     "Ruiz, who runs the port, was elected to the council in 2014."),
])
def test_a_date_in_the_subjects_relative_clause_dates_that_clause(sentence: str, date: str, event: str) -> None:
    assert event_text(sentence, sentence.index(date)) == event
