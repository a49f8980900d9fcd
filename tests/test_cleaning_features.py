"""Page-scorer features (and the words and topic they read): the fast forms of the features read what they say."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cleaning import features
from briefgen.cleaning.features import PAGE_FEATURES, feature_columns, page_features, shape_features
from briefgen.cleaning.topic import TopicIndex
from briefgen.cleaning.words import ascii_twin, content_bag, words


@pytest.mark.parametrize(("text", "has_date"), [
    ("Posted 3/5/2019 by the desk", 1.0),
    ("Updated 2019-03-05", 1.0),
    ("Published at 5:23 p.m.", 1.0),
    ("Last edited March 5, 2019", 1.0),
    ("sept. 12, 2020", 1.0),
    ("The vote was 35-12 in favour", 0.0),
    ("Room 12345:67 is closed", 0.0),  # no word boundary before the time
    ("No numbers here at all", 0.0),
    ("He was born in May 2001", 0.0),  # a month and a year, but no day
])
def test_has_date(text: str, has_date: float) -> None:
    assert shape_features(text, words(text))["has_date"] == has_date


@pytest.mark.parametrize(("text", "contact"), [
    ("Write to news@example.org", 1.0),
    ("See www.example.org", 1.0),
    ("https://example.org/story", 1.0),
    ("Follow @example", 1.0),
    ("Prices rose 5% at the store", 0.0),
])
def test_contact(text: str, contact: float) -> None:
    assert shape_features(text, words(text))["contact"] == contact


def test_capitals_and_all_caps() -> None:
    row = shape_features("Home News World Sport", words("Home News World Sport"))
    assert row["capital_ratio"] == 1.0 and row["all_caps"] == 0.0
    caps = "BREAKING NEWS FROM THE COAST"
    assert shape_features(caps, words(caps))["all_caps"] == 1.0


@pytest.mark.parametrize(("text", "capital_ratio", "title_case_ratio"), [
    ("Home News World Sport", 1.0, 1.0),  # a menu
    ("3 Ana Silva 412 7", 0.4, 1.0),  # a table row: the numbers are not words in small letters
    ("Politics – Elections – 2024", 0.4, 1.0),  # section path with dashes and a year
    ("The council voted to close the old bridge.", 0.125, 0.125),  # prose: one capital, at the start
    ("Le conseil a voté, écrit Élise Dupont.", 3 / 7, 3 / 7),  # non-ASCII capitals count too
    ("1 2 3 – 4", 0.0, 0.0),  # no word starts with a letter
    ("", 0.0, 0.0),
])
def test_title_case_ratio_counts_capitals_among_words_only(text: str, capital_ratio: float,
                                                           title_case_ratio: float) -> None:
    row = shape_features(text, words(text))
    assert row["capital_ratio"] == pytest.approx(capital_ratio)
    assert row["title_case_ratio"] == pytest.approx(title_case_ratio)


def test_neighbour_and_window_features() -> None:
    prose = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports and more."
    prose = prose + " " + prose  # prose is at least 25 words
    rows = page_features(["Home", prose, prose + " Again.", "Sport"])
    assert rows[0]["nb_log_words"] == rows[1]["log_words"]  # one neighbour: its value
    assert rows[1]["nb_log_words"] == (rows[0]["log_words"] + rows[2]["log_words"]) / 2
    assert rows[0]["prose_nearby"] == 1.0 and rows[3]["prose_nearby"] == 1.0
    assert rows[1]["prose_nearby"] == pytest.approx(1 / 3)


def _cosine(a: dict[str, int], b: dict[str, int]) -> float:
    dot = sum(count * b.get(word, 0) for word, count in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def test_topic_similarity_is_the_cosine_with_the_other_prose_paragraphs() -> None:
    prose = [
        "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks "
        "in two of its supports, and the mayor said the bridge would reopen next year after the repairs.",
        "Engineers said the cracks in the bridge supports were found during a routine inspection of the river "
        "crossing last month, and the council said the repairs would cost the city about two million.",
        "Drivers of heavy trucks will have to use the ring road while the bridge is closed, the council said, "
        "and buses will stop on the far side of the river until the repairs on the old bridge are finished.",
    ]
    texts = ["Home", *prose, "Bridge news and more bridge news", "Sport"]
    rows = page_features(texts)
    bags = [content_bag(words(t)) for t in texts]
    for i, row in enumerate(rows):
        topic: dict[str, int] = {}
        for j in (1, 2, 3):
            if j != i:  # a prose paragraph is compared with the others, not with itself
                for word, count in bags[j].items():
                    topic[word] = topic.get(word, 0) + count
        assert row["topic_sim"] == pytest.approx(_cosine(bags[i], topic)), texts[i]
    assert rows[4]["topic_sim"] > 0.1 and rows[0]["topic_sim"] == 0.0


def test_feature_columns_and_rows_agree() -> None:
    texts = ["Home | News", "A sentence that ends here.", "BREAKING NEWS FROM THE COAST TODAY", "Écrit le 3/5/2019"]
    columns = feature_columns(texts)
    rows = page_features(texts)
    assert set(columns) == set(PAGE_FEATURES) == set(rows[0])
    assert all(columns[name][i] == row[name] for i, row in enumerate(rows) for name in PAGE_FEATURES)
    assert rows[0]["separators"] == 1.0 and rows[2]["all_caps"] == 1.0 and rows[3]["has_date"] == 1.0


def test_article_topic_comes_from_the_paragraphs_the_run_keeps() -> None:
    texts = [
        "Bridge council repairs cracks",
        "The council voted to close the bridge after engineers found cracks in its supports.",
        "Engineers said the bridge repairs would take a year, the council said on Tuesday.",
        "Football results and transfer gossip from the weekend.",
    ]
    toks = [words(t) for t in texts]
    sims = TopicIndex(toks).similarities([1, 2])
    bags = [content_bag(t) for t in toks]
    topic_without = {1: bags[2], 2: bags[1]}
    both = {w: bags[1].get(w, 0) + bags[2].get(w, 0) for w in set(bags[1]) | set(bags[2])}
    for i, bag in enumerate(bags):
        assert sims[i] == pytest.approx(_cosine(bag, topic_without.get(i, both))), texts[i]
    assert sims[0] > 0.3 and sims[3] == 0.0


def test_topic_index_measures_any_topic_from_one_pass_over_the_page() -> None:
    texts = [
        "Bridge council repairs cracks",
        "The council voted to close the bridge after engineers found cracks in its supports.",
        "Engineers said the bridge repairs would take a year, the council said on Tuesday. Bridge bridge.",
        "Football results and transfer gossip from the weekend.",
        "and the of 2024",  # no content word at all
    ]
    toks = [words(t) for t in texts]
    index = TopicIndex(toks)
    bags = [content_bag(t) for t in toks]
    assert index.content == [[w for w in t if w in b] for t, b in zip(toks, bags)]  # in text order
    assert index.own2 == [sum(c * c for c in b.values()) for b in bags]  # "bridge" three times counts 9
    for members in ([1, 2], [0, 3], [2], [4]):  # the same index, one topic after another
        sims = index.similarities(members)
        for i, bag in enumerate(bags):
            topic: dict[str, int] = {}
            for j in members:
                if j != i:
                    for word, count in bags[j].items():
                        topic[word] = topic.get(word, 0) + count
            assert sims[i] == pytest.approx(_cosine(bag, topic)), (members, texts[i])
    assert index.similarities([4]) == [0.0] * len(texts)  # a topic without content words


def test_second_pass_scores_against_the_article_not_the_page() -> None:
    from briefgen.cleaning import page

    texts = [
        "Council closes the bridge for repairs",  # the headline, outside the run
        "The council voted to close the bridge after engineers found cracks in its supports.",
        "Engineers said the bridge repairs would take a year, the council said on Tuesday.",
        "Football results and transfer gossip from the weekend, with goals and league tables.",
    ]
    toks = [words(t) for t in texts]
    scores = [-4.0, 3.0, 3.0, -4.0]  # the run is paragraphs 1-2
    page_sims = [0.0, 0.0, 0.0, 0.5]  # as if the page's prose were mostly about football
    new = page.rescore_on_article_topic(scores, page_sims, TopicIndex(toks), keep_inside=-2.0, topic_weight=2.0)
    assert new[0] > scores[0]  # the headline shares the article's words
    assert new[3] == pytest.approx(scores[3] - 2.0 * 0.5)  # other stories share none
    assert new[1] > scores[1] and new[2] > scores[2]
    # Nothing kept in the run: the scores are left as they are.
    assert page.rescore_on_article_topic([-5.0] * 4, page_sims, TopicIndex(toks), keep_inside=-2.0) == [-5.0] * 4


@pytest.mark.parametrize(("text", "rule", "starts"), [
    ("Comments", "comments.prompt", True),
    ("12 Comments", "comments.prompt", True),
    ("Kommentare (3)", "comments.prompt", True),
    ("Leave a Reply", "comments.prompt", True),
    ("Comments are closed.", "comments.prompt", True),
    ("Jane on May 3, 2018 at 5:23 pm said:", "comments.prompt", True),
    ("Reactions", "comments.prompt", False),  # also heads a section of an article
    ("Join the discussion", "comments.prompt", False),  # an in-body prompt, mid-article
    ("Comments", None, False),  # only lines a comments rule removed
    ("Comments", "nav.menu", False),
])
def test_comment_section_starts(text: str, rule: str | None, starts: bool) -> None:
    from briefgen.cleaning.page import comment_section_starts

    assert comment_section_starts([text], [rule]) == [starts]


def test_comment_cut_needs_prose_before_it_and_a_thread_after_it() -> None:
    from briefgen.cleaning.page import comment_cut

    starts = [False, False, True, False, True, False]
    assert comment_cut([1.0, 3.0, -1.0, 2.0, -1.0, 2.0], 0, 5, starts) == 2
    assert comment_cut([-0.5, -0.5, -1.0, 2.0, -1.0, 2.0], 0, 5, starts) is None  # no prose before it
    assert comment_cut([1.0, 3.0, -1.0, 2.0, -1.0, 2.0], 0, 3, starts) == 2  # the run may end inside the thread
    assert comment_cut([1.0, 3.0, -1.0, 2.0, -1.0, 2.0], 3, 5, starts) is None  # the run starts after it...
    lone = [False, False, True, False, False, False]
    assert comment_cut([1.0, 3.0, -1.0, 2.0, -1.0, 2.0], 0, 5, lone) is None  # a lone link, not a thread
    assert comment_cut([1.0, 3.0], 0, 1, None) is None


# The fast paths of words() and _shape() against the plain definitions they replace.
_ASCII_TEXT = st.text(alphabet=st.characters(max_codepoint=127), max_size=80)
_ANY_TEXT = st.text(max_size=80)
_DATE_BITS = st.lists(st.sampled_from(
    ["May", "sept.", "Dec", "decade", " ", "  ", "\t", ",", "5", "12", "2019", "20190", "x", "İ", "é", "3:45", "pm",
     "\xa0", "–", "…", "’"]),
    max_size=10).map("".join)
# English with typographic quotes, dashes and no-break spaces: the texts ascii_twin() makes ASCII
_TYPOGRAPHIC_TEXT = st.text(alphabet=st.sampled_from(list("aZ5_ ,.-'\"\n’‘“”—–…\xa0\u2009éK")), max_size=80)


@settings(max_examples=300)
@given(st.one_of(_ASCII_TEXT, _ANY_TEXT, _TYPOGRAPHIC_TEXT))
def test_words_are_the_lower_cased_word_runs(text: str) -> None:
    assert words(text) == re.findall(r"\w+", text.lower())


@settings(max_examples=300)
@given(st.one_of(_ASCII_TEXT, _ANY_TEXT, _DATE_BITS, _TYPOGRAPHIC_TEXT))
def test_case_counts_match_counting_words_and_letters(text: str) -> None:
    raw_words = text.split()
    letters = sum(c.isalpha() for c in text)
    upper = sum(c.isupper() for c in text)
    all_caps = float(len(text) <= features.ALL_CAPS_MAX_CHARS and letters > 8 and upper / letters > 0.8)
    expected = (len(raw_words), sum(w[0].isupper() for w in raw_words), sum(w[0].isalpha() for w in raw_words),
                all_caps, bool(re.search(r"\d", text)))
    assert features._case_counts(text, ascii_twin(text)) == expected


@settings(max_examples=300)
@given(_DATE_BITS)
def test_month_dates_are_found_whatever_the_gate(text: str) -> None:
    if re.search(r"\d", text):
        expected = bool(features._NUMERIC_DATE.search(text) or features._MONTH_DATE.search(text.lower()))
        assert features._has_date(text, ascii_twin(text)) == expected


_ASCII_DATE_BITS = st.lists(st.sampled_from(
    ["May", "sept.", "Dec", " ", "  ", "\t", "\x1c", ",", ".", "/", "-", ":", "5", "12", "2019", "20190", "x", "3:45",
     "pm", "a.m."]),
    max_size=12).map("".join)


@settings(max_examples=500)
@given(_ASCII_DATE_BITS)
def test_ascii_date_gate_never_hides_a_date(text: str) -> None:
    # _has_date's byte gate (and where it starts the numeric pattern) is a necessary test: with
    # or without it, the patterns find the same dates (an ASCII text is its own twin)
    if re.search(r"\d", text):
        expected = bool(features._NUMERIC_DATE.search(text) or features._MONTH_DATE.search(text.lower()))
        assert features._has_date(text, text) == expected
        assert features._has_date(text, None) == expected


@pytest.mark.parametrize(("text", "twin"), [
    ("plain ASCII", "plain ASCII"),
    ("“Don’t,” she said — twice…", "\"Don't,\" she said - twice."),  # one character for one
    ("5\xa0May 2019", "5 May 2019"),
    ("Café “news”", None),  # a letter that is not ASCII: no twin
])
def test_ascii_twin_swaps_only_typographic_punctuation_and_spaces(text: str, twin: str | None) -> None:
    assert ascii_twin(text) == twin


_SENTENCE_BITS = st.lists(st.sampled_from(
    ["Yes", " ", "\n", ".", "!", "?", "…", "。", '"', "”", "’", "“", ")", "a.m", "U.S.", "x"]), max_size=12).map("".join)


@settings(max_examples=500)
@given(_SENTENCE_BITS)
def test_two_sentence_ends_read_their_definition(text: str) -> None:
    first = features._SENTENCE_END.search(text)
    expected = first is not None and features._SENTENCE_END.search(text, first.end()) is not None
    assert features._has_two_sentence_ends(text, ascii_twin(text)) == expected


_SEPARATOR_BITS = st.lists(st.sampled_from(
    ["Home", " ", "  ", "\t", "\n", "\xa0", "\u2009", "-", "–", "—", "/", "|", "x-y", "a/b"]), max_size=12).map("".join)


@settings(max_examples=500)
@given(_SEPARATOR_BITS)
def test_dash_separators_read_their_definition(text: str) -> None:
    expected = len(features._DASH_SEPARATOR.findall(text)) >= 2
    assert features._has_dash_separators(text, ascii_twin(text)) == expected


_MIXED_TEXT = st.text(alphabet=st.sampled_from(list("ab |-/•»©’“—…\xa0中文字한국")), max_size=40)


@settings(max_examples=300)
@given(st.one_of(_MIXED_TEXT, _TYPOGRAPHIC_TEXT, _SEPARATOR_BITS))
def test_separator_and_cjk_features_read_their_definitions(text: str) -> None:
    # a text with an ASCII twin skips the separator-character and CJK scans: they find nothing in it
    row = shape_features(text, words(text))
    assert row["separators"] == float(bool(features._SEPARATOR_CHARS.search(text))
                                      or len(features._DASH_SEPARATOR.findall(text)) >= 2)
    assert row["cjk"] == float(len(features._CJK.findall(text)) > 10)
