"""Sentence splitter: abbreviations, initials, numbers and quotes, plus a no-data-lost property."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.extract.sentences import has_full_stop, split_sentences, word_count, words_back

CASES = [
    ("plain", "It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
    ("title", "Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    ("prefixed-title", "She lost to then-Sen. Barack Obama in 2008. He won.",
     ["She lost to then-Sen. Barack Obama in 2008.", "He won."]),
    ("hyphen-word-final", "The pie was home-baked. Then it rained.", ["The pie was home-baked.", "Then it rained."]),
    ("case-versus", "The ruling in Smith v. Jones stands. The firm appealed.",
     ["The ruling in Smith v. Jones stands.", "The firm appealed."]),
    ("month", "He arrived on Jan. 5 in Paris. She left.", ["He arrived on Jan. 5 in Paris.", "She left."]),
    ("us-mid", "The U.S. Army said so. Iran denied it.", ["The U.S. Army said so.", "Iran denied it."]),
    ("us-final", "Talks were held in the U.S. The next day they ended.",
     ["Talks were held in the U.S.", "The next day they ended."]),
    ("middle-initial", "President John F. Kennedy spoke. Crowds cheered.",
     ["President John F. Kennedy spoke.", "Crowds cheered."]),
    ("initials", "J.R.R. Tolkien wrote it. Readers loved it.", ["J.R.R. Tolkien wrote it.", "Readers loved it."]),
    ("company", "Shares of Apple Inc. rose. The index fell.", ["Shares of Apple Inc. rose.", "The index fell."]),
    ("company-final", "He works for Acme Inc. The firm is small.",
     ["He works for Acme Inc.", "The firm is small."]),
    ("number-abbrev", "He lives at No. 10 Downing Street. The answer was no. Then it rained.",
     ["He lives at No. 10 Downing Street.", "The answer was no.", "Then it rained."]),
    ("decimal", "It cost $3.5 million. Nobody paid.", ["It cost $3.5 million.", "Nobody paid."]),
    ("time", "They met at 3 p.m. The talks lasted an hour.", ["They met at 3 p.m.", "The talks lasted an hour."]),
    ("time-mid", "They met at 3 p.m. Tuesday in Rome.", ["They met at 3 p.m. Tuesday in Rome."]),
    ("quote-end", 'He said, "It is over." The crowd cheered.', ['He said, "It is over."', "The crowd cheered."]),
    ("quote-question", '"Why?" she asked. He left.', ['"Why?" she asked.', "He left."]),
    ("curly-quote", "“We will win,” he said. “Soon.” Then silence.",
     ["“We will win,” he said.", "“Soon.”", "Then silence."]),
    ("exclaim", "Stop! Who goes there? Nobody.", ["Stop!", "Who goes there?", "Nobody."]),
    ("ellipsis", "Wait... Maybe not.", ["Wait...", "Maybe not."]),
    ("eg", "Some fruit, e.g. apples, is sweet. Other fruit is not.",
     ["Some fruit, e.g. apples, is sweet.", "Other fruit is not."]),
    ("paragraphs", "First line without stop\n\nSecond paragraph.", ["First line without stop", "Second paragraph."]),
    ("empty", "  \n ", []),
    # a run of marks is one end, taken from its first mark: with a space after it ends a sentence, without one none
    ("marks-run", "It ended?!?! Then it rained.", ["It ended?!?!", "Then it rained."]),
    ("marks-run-glued", "Wait......then it rained.", ["Wait......then it rained."]),
    ("marks-run-at-end", "He left ???? ....", ["He left ????", "...."]),
    # a spaced dash and a small letter after "!" or "?" go on with the sentence (CONTINUING_DASHES)
    ("dash-after-exclaim", "Call the mayor stubborn - and I have! - but the fault lies with the law. She left.",
     ["Call the mayor stubborn - and I have! - but the fault lies with the law.", "She left."]),
    ("double-dash-after-title", "So ends ''Harbour Lights!'' -- a play opening on May 5. It sold out.",
     ["So ends ''Harbour Lights!'' -- a play opening on May 5.", "It sold out."]),
    ("em-dash-question", "The bell — is it the church's? — rang at noon. Nobody came.",
     ["The bell — is it the church's? — rang at noon.", "Nobody came."]),
    ("en-dash-question", "The mayor – a stubborn man, right? – gave way. Nobody came.",
     ["The mayor – a stubborn man, right? – gave way.", "Nobody came."]),
    # a capital after the dash opens one as before
    ("dash-then-capital", "Stop! — The crowd ran.", ["Stop!", "— The crowd ran."]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_split_rules(name: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@given(st.text(alphabet=st.sampled_from(list("ab AB.?!\"“”'\n5")), max_size=80))
def test_no_characters_lost(text: str) -> None:
    """Splitting only removes whitespace: every other character survives, in order."""
    joined = "".join(split_sentences(text))
    assert joined.replace(" ", "") == "".join(text.split())


@given(st.lists(st.sampled_from(["Iran agreed.", "Mr. Lee left.", "The U.S. Navy sailed.", "Why?"]),
                min_size=1, max_size=6))
def test_known_sentences_round_trip(parts: list[str]) -> None:
    assert split_sentences(" ".join(parts)) == parts


# A photo caption run into the prose without a full stop ends where a sentence opener follows a word that ends no
# sentence; a name or a title that happens to hold an opener stays whole.
RUN_IN_CASES = [
    ("pronoun", "Rain can flood the valley, a report warned It also closes roads for days.",
     ["Rain can flood the valley, a report warned", "It also closes roads for days."]),
    ("article-after-year", "The bridge was opened in 1998 The council repaired it last spring.",
     ["The bridge was opened in 1998", "The council repaired it last spring."]),
    ("article-a", "The mayor spoke at the harbour in June A local fisherman has been fined for overfishing.",
     ["The mayor spoke at the harbour in June", "A local fisherman has been fined for overfishing."]),
    ("after-pictured", "The old mill by the river (pictured) But the owners want to sell it soon.",
     ["The old mill by the river (pictured)", "But the owners want to sell it soon."]),
    ("furniture", "Scroll down for video A tiny owl was rescued from a chimney.",
     ["Scroll down for video", "A tiny owl was rescued from a chimney."]),
    ("label-after-caption", "Her garden in bloom (above) Proud: The gardener won first prize.",
     ["Her garden in bloom (above)", "Proud: The gardener won first prize."]),
    # negative cases: names and titles, a preposition or a speech verb before a name, a full stop already there
    ("newspaper-name", "The minister told The Times he would resign.", ["The minister told The Times he would resign."]),
    ("film-title", "She starred in The Lost Valley with her brother.",
     ["She starred in The Lost Valley with her brother."]),
    ("name-after-article", "Fans of the band loved The Rolling Tides last night.",
     ["Fans of the band loved The Rolling Tides last night."]),
    ("title-case-run", "The horse Don't Push It was a favourite.", ["The horse Don't Push It was a favourite."]),
    ("letter-label", "Patients with type A blood were tested.", ["Patients with type A blood were tested."]),
    ("plan-a", "The club's Plan A was to sell the ground.", ["The club's Plan A was to sell the ground."]),
    ("list-colon", "The choice is between two rivals: Smith and Jones.",
     ["The choice is between two rivals: Smith and Jones."]),
    ("title-colon", "He wrote the book Broken Promises: How We Lost the Vote.",
     ["He wrote the book Broken Promises: How We Lost the Vote."]),
    ("first-word", "It rained all day.", ["It rained all day."]),
    ("lower-after", "A man said He would come.", ["A man said He would come."]),
]


@pytest.mark.parametrize(("name", "text", "expected"), RUN_IN_CASES, ids=[c[0] for c in RUN_IN_CASES])
def test_run_in_caption(name: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The vote was close.", True), ('He said "no."', True), ("Why now?", True), ("(It expired.)", True),
    ("A study found", False), ("Scroll down for video", False), ("Her garden in bloom (above)", False),
])
def test_has_full_stop(sentence: str, expected: bool) -> None:
    assert has_full_stop(sentence) is expected


@given(st.text(alphabet=st.sampled_from(list("ab \n\t\xa0.")), max_size=40), st.integers(0, 45), st.integers(1, 4))
def test_word_count_and_words_back(text: str, end: int, count: int) -> None:
    """word_count is len(text[:end].split()); words_back starts the last `count` of those words (or is 0)."""
    words = text[:end].split()
    assert word_count(text, end) == len(words)
    start = words_back(text, end, count)
    assert len(text[start:end].split()) == min(count, len(words))
    assert start == 0 or (text[start - 1].isspace() and not text[start].isspace())
